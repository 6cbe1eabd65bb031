"""On the 12-card samples at fit-all in a 1440×900 window, titles are at least 11 px and KPI
chips at least 9 px tall on screen (the projector/laptop legibility target)."""
import pytest

from journeymap.canvas import card
from journeymap.model.io import load_map
from tests.conftest import SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_titles_and_chips_are_readable_at_fit_all(qtbot, path):
    from journeymap.ui.main_window import MainWindow

    window = MainWindow(load_map(path), str(path))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_all()
    zoom, dpi = window.view.zoom(), window.view.logicalDpiY()
    assert len(window.doc.map.nodes) == 12
    assert card.TITLE_POINTS * dpi / 72 * zoom >= 11
    assert card.CHIP_POINTS * dpi / 72 * zoom >= 9
    rect = window.scene.items_bounding_rect()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(rect)  # fit-all covers every card
    window.stack.setClean()
