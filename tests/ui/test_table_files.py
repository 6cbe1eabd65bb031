"""File → New from spreadsheet…, File → Save spreadsheet template…, File → Export to .pptx/.xlsx."""
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.interchange.table_import import import_table

EXAMPLES = Path(__file__).parents[2] / "docs" / "examples"


def capture_message_boxes(monkeypatch) -> list:
    """Record QMessageBox.exec calls (text, format, details) instead of blocking on them."""
    seen = []

    def exec_(box):
        seen.append((box.text(), box.textFormat(), box.detailedText()))
        return QMessageBox.Ok
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_file_menu_offers_the_spreadsheet_actions(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "New from sprea&dsheet…" in texts and "Save spreadsheet te&mplate…" in texts


def test_new_from_spreadsheet_opens_the_table_as_a_new_map(window, qtbot):
    new = window.new_from_spreadsheet(str(EXAMPLES / "journey_table_fa.xlsx"))
    qtbot.addWidget(new)
    assert new is not window and new.path is None
    assert new.doc.map.language == "fa" and new.doc.map.is_rtl()
    assert len(new.doc.map.nodes) == 6 and len(new.doc.map.measurements) == 5
    assert window.doc.map.title != new.doc.map.title  # the open map is untouched


def test_a_bad_table_lists_every_bad_row_as_plain_text_and_opens_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    table = tmp_path / "bad.csv"
    table.write_text("stage,lane,title,emotion\nA,Web,<b>Search</b>,5\nA,Web,,0\nA,Web,Pay,1\n", encoding="utf-8")
    from journeymap.ui.main_window import MainWindow

    windows = lambda: [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    before = len(windows())
    seen = capture_message_boxes(monkeypatch)
    assert window.new_from_spreadsheet(str(table)) is None
    text, text_format, details = seen[0]
    assert text_format == Qt.PlainText
    assert "row 2" in text and "row 3" in text and "row 4" not in text
    assert details.count("\n") == 1  # two bad rows, one line each
    assert len(windows()) == before


def test_spreadsheet_template_is_in_the_ui_language_and_imports(window, ui_language, tmp_path):
    ui_language("ar")
    path = tmp_path / "template.xlsx"
    assert window.save_spreadsheet_template(str(path))
    jmap = import_table(path).map
    assert jmap.language == "ar" and len(jmap.nodes) == 6
    assert any(n.is_exit for n in jmap.nodes)


def test_export_dialog_writes_excel_that_imports_back(window, tmp_path):
    from journeymap.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window)
    dialog.path.setText(str(tmp_path / "map.xlsx"))
    dialog.run()
    imported = import_table(tmp_path / "map.xlsx").map
    assert sorted(n.title for n in imported.nodes) == sorted(n.title for n in window.doc.map.nodes)


def test_export_dialog_writes_a_4x3_powerpoint_deck(window, tmp_path):
    from pptx import Presentation

    from journeymap.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window)
    dialog.path.setText(str(tmp_path / "map.pptx"))
    dialog.slide.setCurrentIndex(dialog.slide.findData("4:3"))
    dialog.run()
    deck = Presentation(str(tmp_path / "map.pptx"))
    assert deck.slide_width == 9144000
    overview_cards = [s for s in deck.slides[1].shapes if s.name.startswith("card:")]
    assert len(overview_cards) == len(window.doc.map.nodes)
