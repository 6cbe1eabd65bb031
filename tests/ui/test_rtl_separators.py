"""A middle dot "·" between numbers reads as a zero in Persian and Arabic (Persian ۰ and Arabic-Indic
٠ are dots): "۱۴ · اتصال" looks like "۱۴۰ اتصال". Persian and Arabic UI texts separate with "،"."""
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymap.model.io import load_map
from journeymap.resources import resource_path
from tests.editor.conftest import sample

MIDDLE_DOT = "\u00b7"


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_persian_or_arabic_translation_uses_a_middle_dot(language):
    root = ET.parse(Path(resource_path("translations", f"journeymap_{language}.ts"))).getroot()
    dotted = [m.find("source").text for m in root.iter("message")
              if MIDDLE_DOT in ((m.find("translation").text or "") if m.find("translation") is not None else "")]
    assert dotted == []


@pytest.mark.parametrize("language, digits", [("fa", "۰۱۲۳۴۵۶۷۸۹"), ("ar", "٠١٢٣٤٥٦٧٨٩")])
def test_status_bar_counts_cannot_be_read_as_a_zero(qtbot, ui_language, language, digits):
    from journeymap.ui.main_window import MainWindow

    ui_language(language)
    win = MainWindow(load_map(sample("store_fa")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.status_counts.text() != "")
    text = win.status_counts.text()
    assert any(d in text for d in digits), text  # the counts are there, in the UI's digits
    assert MIDDLE_DOT not in text
    assert "،" in text
