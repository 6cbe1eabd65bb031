"""Inline title editing over a card (F2, double-click, or right after adding a node)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtWidgets import QLineEdit

from journeymap.canvas.style import is_rtl_text
from journeymap.model.layout import CARD_WIDTH


EDITOR_KEYS = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape, Qt.Key_Delete, Qt.Key_Backspace, Qt.Key_Tab)


class EnterKeepsFocus(QObject):
    """Makes Enter belong to a text field (e.g. Find: next match) rather than to a window shortcut."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
        return False


def own_enter_key(field) -> None:
    """Enter pressed in ``field`` reaches the field (its returnPressed), never the Enter shortcut."""
    field.installEventFilter(EnterKeepsFocus(field))


class InlineTitleEditor(QObject):
    """A line edit placed over the card's title; Enter commits one rename command, Esc cancels."""

    def __init__(self, view, controller):
        super().__init__(view)
        self.view, self.controller = view, controller
        self.node_id: str | None = None
        self.editor = QLineEdit(view.viewport())
        self.editor.hide()
        self.editor.installEventFilter(self)
        self.editor.returnPressed.connect(self.commit)

    def edit(self, node_id: str) -> None:
        scene = self.view.scene()
        item = scene.node_items.get(node_id)
        if item is None:
            return
        self.node_id = node_id
        title = scene.doc.node(node_id).title
        rect = item.mapRectToScene(QRectF(8, 6, CARD_WIDTH - 16, 30))
        geometry = self.view.mapFromScene(rect).boundingRect()
        self.editor.setGeometry(geometry.adjusted(0, 0, 0, 4))
        rtl = is_rtl_text(title) or scene.rtl
        self.editor.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        self.editor.setText(title)
        self.editor.selectAll()
        self.editor.show()
        self.editor.setFocus()

    def is_active(self) -> bool:
        return self.editor.isVisible()

    def commit(self) -> None:
        node_id, self.node_id = self.node_id, None
        self.editor.hide()
        if node_id and self.controller.doc.has_node(node_id):
            self.controller.rename(node_id, self.editor.text())
        self.view.setFocus()

    def cancel(self) -> None:
        """Esc: keep the old title; a card added a moment ago and never named goes away again."""
        node_id, self.node_id = self.node_id, None
        self.editor.hide()
        if node_id:
            self.controller.discard_fresh(node_id)
        self.view.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.ShortcutOverride and event.key() in EDITOR_KEYS:
                event.accept()  # Enter/Esc belong to the editor, not to canvas shortcuts
                return False
            if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Escape:
                self.cancel()
                return True
            if event.type() == QEvent.FocusOut and self.node_id is not None:
                self.commit()
        return False
