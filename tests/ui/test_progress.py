"""Progress you can cancel: export and the review report from the GUI; Cancel leaves no output file
and no temporary file; the dialog stays away for work under half a second."""
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from journeymap.export import export_map
from journeymap.report import write_report
from journeymap.ui.progress import MINIMUM_DURATION_MS, Cancelled, ProgressDialog


def press_cancel_at_first_step(parent) -> list:
    """Press Cancel in the progress dialog as soon as the work reports its first step."""
    pressed = []

    def cancel():
        dialog = parent.findChild(QProgressDialog, "progress_dialog")
        if dialog is not None:
            dialog.cancel()  # what the Cancel button does
            pressed.append(dialog.labelText())
    QTimer.singleShot(0, cancel)
    return pressed


def test_cancelled_export_from_the_dialog_leaves_no_file(window, tmp_path):
    from journeymap.ui.export_dialog import ExportDialog

    out = tmp_path / "map.pdf"
    dialog = ExportDialog(window)
    dialog.path.setText(str(out))
    pressed = press_cancel_at_first_step(dialog)
    dialog.run()
    assert pressed, "the export never reported progress"
    assert os.listdir(tmp_path) == []  # neither map.pdf nor .map.pdf.tmp-…
    assert "cancelled" in window.statusBar().currentMessage()
    dialog.run()  # without Cancel the same export is written
    assert out.read_bytes().startswith(b"%PDF")


def test_cancelled_report_leaves_no_file_and_keeps_an_older_one(window, tmp_path, monkeypatch):
    out = tmp_path / "review.pdf"
    out.write_bytes(b"%PDF last quarter's report")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    pressed = press_cancel_at_first_step(window)
    window.export_report()
    assert pressed and "1" in pressed[0]  # "Page 1 of 5"
    assert sorted(os.listdir(tmp_path)) == ["review.pdf"]
    assert out.read_bytes() == b"%PDF last quarter's report"


@pytest.mark.parametrize("write, cancel_at", [("export", 1), ("report", 2)])
def test_a_callback_that_cancels_after_the_first_step_leaves_nothing(tmp_path, sample_paths, write, cancel_at):
    """export: cancelled when the first page is painted; report: after the cover page."""
    from journeymap.model.io import load_map

    jmap = load_map(next(p for p in sample_paths if "hotel" in p.name))
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == cancel_at:
            raise Cancelled()

    out = tmp_path / "out.pdf"
    with pytest.raises(Cancelled):
        if write == "export":
            export_map(jmap, str(out), page="A4", progress=progress)
        else:
            write_report(jmap, str(out), progress=progress)
    assert len(calls) == cancel_at and os.listdir(tmp_path) == []


def test_report_counts_its_pages(tmp_path, sample_paths):
    from journeymap.model.io import load_map

    jmap = load_map(next(p for p in sample_paths if "hotel" in p.name))
    calls = []
    write_report(jmap, str(tmp_path / "r.pdf"), progress=lambda d, t: calls.append((d, t)))
    total = calls[0][1]
    assert total >= 5 and calls == [(i, total) for i in range(total + 1)]  # 0 of N … N of N, one per page or section


def test_dialog_appears_only_after_half_a_second(window, qtbot):
    with ProgressDialog(window, "Exporting…", unit="page") as progress:
        progress(0, 4)
        assert not progress.isVisible()  # quick work: no flash of a dialog
        qtbot.wait(MINIMUM_DURATION_MS + 80)
        progress(1, 4)
        assert progress.isVisible()
        assert progress.labelText().endswith("Page 2 of 4") and progress.value() == 1
        progress.cancel()
        with pytest.raises(Cancelled):
            progress(2, 4)


def test_cancelled_survey_import_imports_nothing(rtl_window, tmp_path):
    from journeymap.ui.survey_dialog import import_survey_interactive

    csv = tmp_path / "answers.csv"
    csv.write_text("node,kpi,score\nتحویل مرسوله,NPS,10\n", encoding="utf-8")
    before = rtl_window.stack.count()
    pressed = press_cancel_at_first_step(rtl_window)
    assert import_survey_interactive(rtl_window, str(csv), confirm=False) is None
    assert pressed and rtl_window.stack.count() == before
    assert "cancelled" in rtl_window.statusBar().currentMessage()
    assert import_survey_interactive(rtl_window, str(csv), confirm=False) is not None  # not cancelled: the preview
