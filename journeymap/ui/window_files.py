"""File handling of the main window: new, open, save, revert, recent, drop, autosave, close."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journeymap.model.io import MapFileError, load_map, save_map
from journeymap.ui import files, plain_text

FILE_FILTER = "Journey maps (*.json);;All files (*)"


class FileMixin:
    """Mixed into MainWindow (which provides doc, stack, path, autosaver, ...)."""

    # ---- opening ----
    def new_window(self, jmap=None, path: Optional[str] = None):
        from journeymap.ui.main_window import MainWindow

        window = MainWindow(jmap, path)
        window.show()
        return window

    def new_from_template(self) -> None:
        from journeymap.ui.template_dialog import choose_template

        jmap = choose_template(self)
        if jmap is not None:
            self.new_window(jmap)

    def new_from_spreadsheet(self, path: Optional[str] = None):
        from journeymap.ui.table_files import new_from_spreadsheet

        return new_from_spreadsheet(self, path)

    def save_spreadsheet_template(self, path: Optional[str] = None) -> bool:
        from journeymap.ui.table_files import save_spreadsheet_template

        return save_spreadsheet_template(self, path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open map"), self._folder(), FILE_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a file: into this window if it is empty and unmodified, else into a new one."""
        try:
            jmap = files.open_file(path)
        except MapFileError as exc:
            self.show_error(self.tr("Cannot open map"), f"{os.path.basename(path)}: {exc}")
            return False
        files.add_recent(path)
        if self.stack.isClean() and self.path is None and not self.doc.map.nodes:
            self._adopt(jmap, path)
        else:
            self.new_window(jmap, path)
        return True

    def _adopt(self, jmap, path: Optional[str]) -> None:
        self.doc.replace_map(jmap)
        self.stack.clear()
        self.path = path
        self.disk_fingerprint = files.fingerprint(path)
        self.update_title()
        self.runner.run_now()
        self.view.show_map()

    def _folder(self) -> str:
        return os.path.dirname(self.path) if self.path else os.getcwd()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in files.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def dragEnterEvent(self, event) -> None:
        if any(u.toLocalFile().lower().endswith(".json") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".json"):
                self.open_path(url.toLocalFile())
        event.acceptProposedAction()

    # ---- saving ----
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map as"), self.path or self._folder(), FILE_FILTER)
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        self.disk_fingerprint = files.fingerprint(path)
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        if not self._confirm_overwrite_changed(path):
            return False
        try:
            save_map(self.doc.map, path)
        except MapFileError as exc:
            self.show_error(self.tr("Cannot save map"), str(exc))
            return False
        self.path = path
        self.disk_fingerprint = files.fingerprint(path)
        self.stack.setClean()
        self.autosaver.clear()
        files.add_recent(path)
        self.update_title()
        self.statusBar().showMessage(self.tr("Saved"), 2000)
        return True

    def _confirm_overwrite_changed(self, path: str) -> bool:
        """If another program changed the file since we opened it (e.g. git pull), ask first."""
        if path != self.path or self.disk_fingerprint is None:
            return True
        if files.fingerprint(path) in (None, self.disk_fingerprint):
            return True
        answer = plain_text.warning(
            self, self.tr("File changed on disk"),
            self.tr("%1 was changed by another program since you opened it. Overwrite it?").replace("%1", os.path.basename(path)),
            QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Save

    def revert(self) -> None:
        if self.path is None:
            return
        if not self.stack.isClean():
            answer = QMessageBox.question(self, self.tr("Revert"), self.tr("Discard your changes and reload the file?"))
            if answer != QMessageBox.Yes:
                return
        try:
            jmap = load_map(self.path)
        except MapFileError as exc:
            self.show_error(self.tr("Cannot open map"), str(exc))
            return
        self._adopt(jmap, self.path)
        self.autosaver.clear()

    # ---- autosave and closing ----
    def autosave(self) -> None:
        if self.stack.isClean():
            return
        try:
            self.autosaver.save(self.doc.map, self.path)
        except MapFileError as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(exc)), 5000)

    def maybe_save(self) -> bool:
        if self.stack.isClean():
            return True
        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this map before closing?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        files.settings().setValue("window/geometry", self.saveGeometry())
        files.settings().setValue("window/state", self.saveState())
        self.autosave_timer.stop()
        self.autosaver.clear()
        self.autosaver.release()
        from journeymap.ui.main_window import WINDOWS

        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()

    def restore_geometry(self) -> None:
        """Size and docks from the settings; a damaged saved layout is dropped, with a note."""
        store = files.settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        state_ok = state is None or isinstance(state, QByteArray) and (state.isEmpty() or self.restoreState(state))
        if (geometry is not None and not restored) or not state_ok:
            store.remove("window/geometry")
            store.remove("window/state")
            self.startup_notes.append(self.tr("The saved window layout was damaged; it has been reset."))
        if not restored:
            self.resize(1400, 900)

    def show_startup_notes(self) -> None:
        """What start-up had to work around (damaged settings, autosave off) stays in the status bar."""
        notes = list(self.startup_notes)
        if self.autosaver.problem:
            notes.append(self.tr("Autosave is off: the data folder is not writable (%1).")
                         .replace("%1", self.autosaver.problem))
        if notes:
            label = plain_text.plain_label(" ".join(notes))
            label.setObjectName("startup_warning")
            label.setStyleSheet("color: #c0392b")
            self.statusBar().addWidget(label, 1)

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    def offer_recovery(self) -> None:
        """After a crash: offer to restore autosaved work left by a process that is gone."""
        skipped: list[str] = []
        for recovery in files.pending_recoveries(skipped):
            answer = plain_text.question(
                self, self.tr("Recover unsaved work"),
                self.tr("journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?")
                .replace("%1", recovery.title or self.tr("Untitled")),
                QMessageBox.Yes | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Yes)
            if answer == QMessageBox.Yes:
                self.recover(recovery)
            elif answer == QMessageBox.Discard:
                recovery.discard()
        if skipped:
            self.statusBar().showMessage(self.tr("Skipped %1 damaged recovery file(s).")
                                         .replace("%1", str(len(skipped))), 8000)

    def recover(self, recovery) -> None:
        try:
            jmap = recovery.load()
        except MapFileError as exc:
            self.show_error(self.tr("Cannot recover"), str(exc))
            return
        window = self if (self.stack.isClean() and self.path is None and not self.doc.map.nodes) else self.new_window()
        window._adopt(jmap, recovery.original)
        window.stack.resetClean()
        window.update_title()
        window.autosave()
        recovery.discard()
