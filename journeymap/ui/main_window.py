"""MainWindow: wires the document, undo stack, scene, view, docks and file handling together.

It holds little logic of its own: editing goes through EditorController, painting through the
scene, file state through ui/files.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDockWidget, QGraphicsView, QLabel, QLineEdit, QMainWindow

from journeymap.document import Document
from journeymap.editor.controller import EditorController
from journeymap.editor.inline import InlineTitleEditor, own_enter_key
from journeymap.editor.legend_dock import install_legend
from journeymap.editor.tools import EditorScene
from journeymap.editor.view import MapView
from journeymap.model.messages import localize_digits
from journeymap.model.schema import JourneyMap
from journeymap.ui import files
from journeymap.ui.actions import build_actions, build_menus, build_toolbar
from journeymap.ui.inspector import Inspector
from journeymap.ui.window_files import FileMixin
from journeymap.ui.window_tools import ToolsMixin
from journeymap.ui.analysis_runner import AnalysisRunner
from journeymap.ui.weakpoints_dock import WeakPointsPanel

WINDOWS: list["MainWindow"] = []  # open windows (kept alive; New opens another)


class MainWindow(FileMixin, ToolsMixin, QMainWindow):
    def __init__(self, jmap: Optional[JourneyMap] = None, path: Optional[str] = None):
        super().__init__()
        self.setObjectName("journeymap_main")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.path: Optional[str] = path
        self.disk_fingerprint = files.fingerprint(path)
        self.doc = Document(jmap or self.blank_map(), self)
        self.stack = QUndoStack(self)
        self.controller = EditorController(self.doc, self.stack, self)
        self.scene = EditorScene(self.doc, self.controller, parent=self)
        self.view = MapView(self.scene, self)
        self.setCentralWidget(self.view)
        self.inline_editor = InlineTitleEditor(self.view, self.controller)
        self.runner = AnalysisRunner(self.doc, self)
        self._build_chrome()
        self._connect()
        self.autosaver = files.Autosaver()
        self.startup_notes: list[str] = []
        self.autosave_timer = QTimer(self, interval=files.AUTOSAVE_MS, timeout=self.autosave)
        self.autosave_timer.start()
        self.setAcceptDrops(True)
        self.restore_geometry()
        self.show_startup_notes()
        self.runner.schedule()  # after the first paint: the window appears first, markers follow
        self.update_title()
        WINDOWS.append(self)

    def _build_chrome(self) -> None:
        self.period_box = QComboBox()
        self.period_box.setToolTip(self.tr("Period shown: KPI chips, weak points and the emotion curve"))
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find node…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(220)
        self.actions_by_name = build_actions(self)
        build_menus(self, self.actions_by_name)
        build_toolbar(self, self.actions_by_name)
        self.inspector = Inspector(self.controller)
        self.weak_panel = WeakPointsPanel(self.controller, self.runner)
        self.inspector_dock = self._dock(self.tr("Inspector"), self.inspector, "inspector_dock", Qt.RightDockWidgetArea)
        self.weak_dock = self._dock(self.tr("Weak points"), self.weak_panel, "weak_dock", Qt.RightDockWidgetArea)
        from journeymap.ui.chart_dock import EmotionCurvePanel

        self.curve_panel = EmotionCurvePanel(self.doc)
        self.curve_dock = self._dock(self.tr("Emotion curve chart"), self.curve_panel, "curve_dock", Qt.BottomDockWidgetArea)
        self.curve_dock.hide()  # opened from View → Panels; matplotlib loads only then
        install_legend(self)  # View → Legend
        self.status_counts = QLabel()
        self.status_zoom = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.statusBar().addPermanentWidget(self.status_zoom)
        self.fill_periods()

    def _dock(self, title: str, widget, name: str, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks_menu.addAction(dock.toggleViewAction())
        return dock

    def _connect(self) -> None:
        self.scene.selectionChanged.connect(self._selection_changed)
        self.runner.updated.connect(self.scene.set_weak_points)
        self.scene.curve_waits_for_analysis = self.runner.in_worker
        self.runner.updated.connect(self.scene.journey_arrived)
        self.runner.updated.connect(self.update_status)
        self.weak_panel.nodeActivated.connect(self.focus_node)
        self.weak_panel.stepsActivated.connect(self.scene.select_ids)  # journey-level flags: all their steps
        self.stack.cleanChanged.connect(self.update_title)
        self.doc.changed.connect(self.update_status)
        self.doc.structureChanged.connect(self._structure_changed)
        self.doc.reset.connect(self.fill_periods)
        self.period_box.activated.connect(self._period_chosen)
        self.find_box.returnPressed.connect(self.find_next)
        own_enter_key(self.find_box)  # Enter in Find: next match, never "add next node"
        self.view.zoomChanged.connect(self.update_status)
        self.controller.renameRequested.connect(self.inline_editor.edit)
        self.controller.lockRefused.connect(self._lock_refused)
        self.controller.changeRefused.connect(self._change_refused)

    @staticmethod
    def blank_map() -> JourneyMap:
        """A new map in the UI language (a Persian UI starts a Persian, right-to-left map)."""
        from journeymap.templates import blank_map
        from journeymap.ui.display import ui_language

        return blank_map(ui_language())

    # ---- view state ----
    def _selection_changed(self) -> None:
        self.inspector.show_selection(self.scene.selected_node_ids(), self.scene.selected_edge_ids())
        self.update_status()

    def focus_node(self, node_id: str) -> None:
        item = self.scene.node_items.get(node_id)
        if item is not None:
            self.scene.select_ids([node_id])
            self.view.centerOn(item)

    def fill_periods(self) -> None:
        blocker = QSignalBlocker(self.period_box)
        current = self.runner.period_id
        self.period_box.clear()
        self.period_box.addItem(self.tr("Latest data"), None)
        for period in self.doc.map.periods:
            self.period_box.addItem(period.label, period.id)
        index = self.period_box.findData(current)
        self.period_box.setCurrentIndex(max(0, index))
        del blocker
        if index < 0 and current is not None:
            self.set_period(None)

    def _period_chosen(self, _index: int) -> None:
        self.set_period(self.period_box.currentData())

    def set_period(self, period_id: Optional[str]) -> None:
        self.scene.set_period(period_id)
        self.runner.set_period(period_id)

    def _structure_changed(self, name: str) -> None:
        if name == "periods":
            self.fill_periods()

    def _change_refused(self, why: str) -> None:
        """The Document refused a change that would have made the map unsavable: say so, plainly."""
        from journeymap.model.text import isolate, terminal_safe

        message = self.tr("Not changed: the map would become invalid (%1)").replace("%1", isolate(terminal_safe(why)))
        self.statusBar().showMessage(message, 8000)

    def _lock_refused(self, _what: str) -> None:
        self.statusBar().showMessage(self.tr("Workshop mode: the structure is locked"), 4000)

    def update_status(self, *_args) -> None:
        jmap = self.doc.map
        open_points = self.runner.open_count
        text = self.tr("%1 nodes · %2 connections · %3 weak points · %4 selected")
        for i, value in enumerate((len(jmap.nodes), len(jmap.edges), open_points, len(self.scene.selectedItems())), 1):
            text = text.replace(f"%{i}", self.locale().toString(value))
        self.status_counts.setText(text)
        self.status_zoom.setText(self.locale().toString(round(self.view.zoom() * 100)) + self.locale().percent())

    def update_title(self, *_args) -> None:
        name = Path(self.path).name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — journeymap")
        self.setWindowModified(not self.stack.isClean())

    # ---- editing entry points used by actions ----
    def selected_nodes(self) -> list[str]:
        return self.scene.selected_node_ids()

    def add_node(self, kind: str) -> None:
        jmap = self.doc.map
        if not jmap.stages or not jmap.lanes:
            self.statusBar().showMessage(self.tr("Add a stage and a lane first (Map menu)"), 4000)
            return
        selected = self.selected_nodes()
        anchor = self.doc.node(selected[0]) if selected else None
        stage_id = anchor.stage_id if anchor else jmap.stages[0].id
        lane_id = anchor.lane_id if anchor else jmap.lanes[0].id
        node_id = self.controller.add_node_in_cell(stage_id, lane_id, kind)
        self.scene.select_ids([node_id])
        self.inline_editor.edit(node_id)

    def add_next(self) -> None:
        selected = self.selected_nodes()
        if len(selected) == 1:
            node_id = self.controller.add_next(selected[0])
            if node_id:
                self.scene.select_ids([node_id])
                self.view.ensureVisible(self.scene.node_items[node_id])
                self.inline_editor.edit(node_id)

    def toggle_connect_tool(self) -> None:
        """Connect tool: drag from any card to another to connect them (else drag the handle)."""
        on = self.actions_by_name["connect_tool"].isChecked()
        self.scene.set_tool("connect" if on else "select")
        self.view.setDragMode(QGraphicsView.NoDrag if on else QGraphicsView.RubberBandDrag)

    def rename_selected(self) -> None:
        selected = self.selected_nodes()
        if len(selected) == 1:
            self.inline_editor.edit(selected[0])

    def delete_selection(self) -> None:
        self.controller.delete(self.selected_nodes(), self.scene.selected_edge_ids())

    def select_all(self) -> None:
        for item in self.scene.node_items.values():
            item.setSelected(True)

    def cut(self) -> None:
        self.controller.cut(self.selected_nodes())

    def copy(self) -> None:
        self.controller.copy(self.selected_nodes())

    def paste(self) -> None:
        self.scene.select_ids(self.controller.paste())

    def duplicate(self) -> None:
        self.scene.select_ids(self.controller.duplicate(self.selected_nodes()))

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self) -> None:
        needle = self.find_box.text().strip().casefold()
        if not needle:
            return
        matches = [n.id for n in self.doc.map.nodes if needle in n.title.casefold()]
        if not matches:
            self.statusBar().showMessage(self.tr("No node matches “%1”").replace("%1", self.find_box.text()), 3000)
            return
        selected = self.selected_nodes()
        index = (matches.index(selected[0]) + 1) % len(matches) if selected and selected[0] in matches else 0
        self.focus_node(matches[index])

    def show_error(self, title: str, message: str) -> None:
        """A plain-text error box: the message may quote map or file text (``<img …>`` shows literally)."""
        from journeymap.ui.plain_text import critical

        critical(self, title, message)

    def localized(self, number: int) -> str:
        return localize_digits(str(number), self.doc.map.language)
