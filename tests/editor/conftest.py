import pytest

from journeymap.model.io import dumps_map, load_map
from tests.conftest import SAMPLES


def sample(name: str):
    return next(p for p in SAMPLES if name in p.name)


@pytest.fixture
def window(qtbot):
    """A real main window on the English hotel sample."""
    from journeymap.ui.main_window import MainWindow

    path = sample("hotel")
    win = MainWindow(load_map(path), str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.reset_zoom()
    yield win


@pytest.fixture
def rtl_window(qtbot):
    from journeymap.ui.main_window import MainWindow

    win = MainWindow(load_map(sample("store_fa")))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win


def doc_json(win) -> bytes:
    return dumps_map(win.doc.map)


class DialogRecorder:
    """Records modal message boxes instead of blocking on them (they would hang offscreen)."""

    def __init__(self):
        self.calls: list[tuple[str, str, str]] = []
        self.answers: list = []
        self.formats: list = []  # textFormat() of each QMessageBox instance shown (plain_text.ask)

    def make(self, kind, default):
        def show(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answers.pop(0) if self.answers else default
        return show

    def exec_box(self, box):
        """QMessageBox.exec for boxes built by journeymap.ui.plain_text: recorded like the static ones."""
        from PySide6.QtWidgets import QMessageBox

        kinds = {QMessageBox.Critical: ("critical", QMessageBox.Ok), QMessageBox.Warning: ("warning", QMessageBox.Discard),
                 QMessageBox.Question: ("question", QMessageBox.No)}
        kind, default = kinds.get(box.icon(), ("information", QMessageBox.Ok))
        self.formats.append(box.textFormat())
        return self.make(kind, default)(box.parent(), box.windowTitle(), box.text())


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    recorder = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", recorder.make("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "warning", recorder.make("warning", QMessageBox.Discard))
    monkeypatch.setattr(QMessageBox, "question", recorder.make("question", QMessageBox.No))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec_box(box))
    return recorder
