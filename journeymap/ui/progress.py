"""A progress dialog you can cancel, for export, the review report and survey import.

It appears only when the work takes longer than half a second, says which step or page it is on,
and is itself the ``progress(done, total)`` callback that export_map / write_report take. After
Cancel the next call raises ``Cancelled``: the exception unwinds the export through its atomic
output, which removes the partial temporary file, so the target is never written.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

MINIMUM_DURATION_MS = 500


class Cancelled(Exception):
    """The user pressed Cancel in a progress dialog."""


class ProgressDialog(QProgressDialog):
    """``with ProgressDialog(parent, title, unit="page") as progress: export_map(..., progress=progress)``."""

    UNITS = ("step", "page", "row")

    def __init__(self, parent, label: str, unit: str = "step"):
        super().__init__(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(QCoreApplication.translate("Progress", "Working…"))
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumDuration(MINIMUM_DURATION_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.base_label, self.unit = label, unit if unit in self.UNITS else "step"
        self.clock = QElapsedTimer()
        self.clock.start()
        self.setValue(0)  # starts Qt's show-after-minimumDuration timer

    def __call__(self, done: int, total: int) -> bool:
        """Report ``done`` of ``total``; raises Cancelled once the user pressed Cancel."""
        if total > 0:
            self.setMaximum(total)
            self.setLabelText(f"{self.base_label}\n{self.step_text(done, total)}")
        if not self.isVisible() and self.clock.elapsed() >= MINIMUM_DURATION_MS:
            self.show()  # long steps: appear even if Qt's estimate has not fired yet
        self.setValue(min(done, self.maximum()) if total > 0 else 0)
        QApplication.processEvents()
        if self.wasCanceled():
            raise Cancelled()
        return True

    def busy(self) -> None:
        """Work that cannot report steps nor stop halfway: show a busy box now, without Cancel."""
        self.setCancelButton(None)
        self.setRange(0, 0)
        self.show()
        QApplication.processEvents()

    def step_text(self, done: int, total: int) -> str:
        texts = {"step": QCoreApplication.translate("Progress", "Step %1 of %2"),
                 "page": QCoreApplication.translate("Progress", "Page %1 of %2"),
                 "row": QCoreApplication.translate("Progress", "Row %1 of %2")}
        current = min(done + 1, total)
        return texts[self.unit].replace("%1", self.locale().toString(current)).replace("%2", self.locale().toString(total))

    def __enter__(self) -> "ProgressDialog":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
        self.deleteLater()
