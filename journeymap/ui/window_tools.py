"""Main-window commands beyond files: structure dialogs, workshop mode, export, survey import."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox


class ToolsMixin:
    """Mixed into MainWindow."""

    def edit_structure(self, name: str) -> None:
        from journeymap.ui.structure_dialog import StructureDialog

        titles = {"stages": self.tr("Stages"), "lanes": self.tr("Lanes"), "personas": self.tr("Personas"),
                  "kpis": self.tr("KPIs"), "periods": self.tr("Periods")}
        StructureDialog(self.controller, name, titles[name], self).exec()

    # ---- workshop mode ----
    def toggle_workshop(self) -> None:
        on = self.actions_by_name["workshop"].isChecked()
        self.set_workshop(on)

    def set_workshop(self, on: bool) -> None:
        """Projector mode: no menu bar, editing toolbar or docks (a slim bar instead), sticky headers,
        readable titles, locked structure, quick emotion keys and journey walking."""
        self.actions_by_name["workshop"].setChecked(on)
        self.controller.structure_locked = on
        for dock in (self.inspector_dock, self.weak_dock):
            dock.setVisible(not on)
        if on:
            self.curve_dock.hide()
        if not hasattr(self, "workshop_actions"):
            self.workshop_actions = self._build_workshop_actions()
        for action in self.workshop_actions:
            action.setEnabled(on)
        self._workshop_chrome(on)
        if on:
            self.workshop_fit()
        else:
            self.view.set_zoom(1.0)
        self.statusBar().showMessage(self.tr("Workshop mode: keys 1–5 set the emotion, Tab walks the journey") if on
                                     else self.tr("Workshop mode off"), 5000)

    def _workshop_chrome(self, on: bool) -> None:
        from PySide6.QtWidgets import QToolBar

        from journeymap.ui.workshop import StickyHeaders, WorkshopBar

        if not hasattr(self, "workshop_bar"):
            self.workshop_bar = WorkshopBar(self)
            self._workshop_bar_style(self.workshop_bar)
            self.addToolBar(Qt.TopToolBarArea, self.workshop_bar)
            self.sticky_headers = StickyHeaders(self.view, self.doc)
        self.workshop_bar.setVisible(on)
        self.sticky_headers.setVisible(on)
        self.menuBar().setVisible(not on)
        for bar in self.findChildren(QToolBar):
            if bar is not self.workshop_bar:
                bar.setVisible(not on)

    def _workshop_bar_style(self, bar) -> None:
        """Large icons with their names under them: read from the back of the room."""
        from PySide6.QtCore import QSize

        from journeymap.ui.icons import action_icon

        bar.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        bar.setIconSize(QSize(32, 32))
        bar.exit_action.setIcon(action_icon("exit_workshop"))
        bar.fit_action.setIcon(action_icon("fit"))
        self._icons_rtl = None  # the new bar's arrows too
        self.refresh_direction_icons()

    def refresh_direction_icons(self) -> None:
        """Arrows about the map (add the next step, previous / next stage) point the map's way."""
        from journeymap.ui.icons import action_icon

        rtl = self.doc.map.is_rtl()
        if getattr(self, "_icons_rtl", None) == rtl:
            return
        self._icons_rtl = rtl
        self.actions_by_name["add_next"].setIcon(action_icon("add_next", rtl))
        if hasattr(self, "workshop_bar"):
            self.workshop_bar.previous_action.setIcon(action_icon("previous", rtl))
            self.workshop_bar.next_action.setIcon(action_icon("next", rtl))

    def fit_map(self) -> None:
        """View → Fit map: the whole map; in workshop mode never below readable titles."""
        if self.actions_by_name["workshop"].isChecked():
            self.workshop_fit()
        else:
            self.view.fit_all()

    def workshop_fit(self) -> None:
        """Fit the map, but never below readable titles (then show the current stage instead)."""
        from journeymap.ui.workshop import min_title_zoom

        self.view.fit_all()
        minimum = min_title_zoom(self.view)
        if self.view.zoom() < minimum:
            self.view.set_zoom(minimum)
            self.go_to_stage(0, from_top=True)  # the real stage header in sight, no lane under the frozen one

    def go_to_stage(self, step: int, from_top: bool = False) -> None:
        """Scroll so that the next (step 1), previous (-1) or current (0) stage starts at the reading edge."""
        from journeymap.model.layout import Grid

        stages = self.doc.map.stages
        if not stages:
            return
        index = max(0, min(len(stages) - 1, getattr(self, "workshop_stage", 0) + step))
        self.workshop_stage = index
        grid = Grid(self.doc.map)
        rect = grid.stage_rect(stages[index].id)
        zoom = self.view.zoom()
        band = (self.sticky_headers.lane_band_width() if hasattr(self, "sticky_headers") else 0) / zoom
        half = self.view.viewport().width() / 2 / zoom
        center_y = self.view.mapToScene(self.view.viewport().rect().center()).y()
        if from_top:  # the map's top edge (its stage header) at the top of the view
            center_y = (self.view.viewport().height() / 2 - 4) / zoom  # the grid starts at scene y = 0
        # centerOn, not the scroll bars: their direction flips in a right-to-left UI
        center_x = rect.x + rect.w + band - half if grid.rtl else rect.x - band + half
        self.view.centerOn(center_x, center_y)

    def _build_workshop_actions(self) -> list[QAction]:
        scale = self.doc.map.emotion_scale
        actions = []
        for key, score in zip("12345", range(-2, 3)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, s=score: self.controller.set_emotion(self.selected_nodes(), s))
            actions.append(action)
        for keys, step in (((Qt.Key_Tab,), 1), ((Qt.Key_Backtab,), -1)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _=False, s=step: self.walk_journey(s))
            actions.append(action)
        for action in actions:
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.setEnabled(False)
            self.view.addAction(action)
        del scale
        return actions

    def walk_journey(self, step: int) -> None:
        """Select the next (or previous) node on the customer's path: main path first, backstage last."""
        from journeymap.ui.workshop import walk_order

        order = walk_order(self.doc)
        if not order:
            return
        selected = self.selected_nodes()
        index = order.index(selected[0]) + step if selected and selected[0] in order else 0
        self.focus_node(order[index % len(order)])

    def show_shortcuts(self) -> None:
        from journeymap.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ---- export and import ----
    def export_dialog(self) -> None:
        from journeymap.ui.export_dialog import ExportDialog

        ExportDialog(self).exec()

    def export_report(self) -> None:
        from journeymap.export import ExportError
        from journeymap.report import write_report
        from journeymap.ui.progress import Cancelled, ProgressDialog

        base = (self.path or "journey.json").rsplit(".", 1)[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export review report"), base + "-report.pdf", "PDF (*.pdf)")
        if not path:
            return
        try:
            with ProgressDialog(self, self.tr("Writing the review report…"), unit="page") as progress:
                write_report(self.doc.map, path, period_id=self.runner.period_id, progress=progress)
        except Cancelled:
            self.statusBar().showMessage(self.tr("Export cancelled: no file was written"), 4000)
            return
        except ExportError as exc:
            self.show_error(self.tr("Cannot export"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", path), 4000)

    def copy_as_image(self) -> None:
        from journeymap.export import render_image

        image = render_image(self.doc.map, dpi=150, period_id=self.runner.period_id)
        QGuiApplication.clipboard().setImage(image)
        self.statusBar().showMessage(self.tr("Map copied as an image"), 3000)

    def import_survey(self) -> None:
        from journeymap.ui.survey_dialog import import_survey_interactive

        import_survey_interactive(self)

    def compare_with(self) -> None:
        from journeymap.ui.compare_view import compare_with_file

        dialog = compare_with_file(self)
        if dialog is not None:
            dialog.exec()

    def compare_periods(self) -> None:
        from journeymap.ui.compare_view import compare_periods

        dialog = compare_periods(self)
        if dialog is not None:
            dialog.exec()

    def preferences(self) -> None:
        from journeymap.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def about_box(self) -> QMessageBox:
        """Help → About: version, journeymap's licence and the bundled font's (plain text, not shown yet)."""
        from journeymap import __version__
        from journeymap.resources import resource_path
        from journeymap.ui.icons import app_icon

        mark = "\u200f" if self.isRightToLeft() else ""  # paragraphs that open with "journeymap" still read RTL
        text = "\n\n".join(mark + paragraph for paragraph in [
            self.tr("journeymap %1 — offline customer-journey maps with explainable weak points.").replace("%1", __version__),
            self.tr("Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty."),
            self.tr("The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 "
                    "(Show Details… for its text)."),
        ])
        box = QMessageBox(QMessageBox.NoIcon, self.tr("About journeymap"), text, QMessageBox.Ok, self)
        box.setObjectName("about_box")
        box.setTextFormat(Qt.PlainText)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        font_licence = resource_path("fonts", "OFL.txt")
        box.setDetailedText(font_licence.read_text("utf-8") if font_licence.exists() else "")
        return box

    def about(self) -> None:
        self.about_box().exec()
