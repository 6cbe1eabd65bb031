"""Workshop mode for a projector: a slim bar (Exit, Fit, Previous / Next stage, the 1–5 emotion key
legend), stage and lane headers that stay visible while scrolling, a fit that keeps card titles
readable, and the order Tab walks (the customer's path first)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QTextOption
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from journeymap.canvas import style
from journeymap.canvas.card import TITLE_POINTS
from journeymap.model.layout import HEADER_HEIGHT, LANE_HEADER_WIDTH, Grid
from journeymap.model.messages import localize_digits
from journeymap.ui.display import ui_language

TITLE_POINT_SIZE = TITLE_POINTS  # card titles (canvas/card.py)
MIN_TITLE_PX = 18.0  # readable from the back of the room on a 1920x1080 projector
EMOTION_KEYS = "12345"


def walk_order(doc) -> list[str]:
    """Tab order: the main path, then the rest of the journey, backstage cards last."""
    jmap, derived = doc.map, doc.derived()
    backstage = {lane.id for lane in jmap.lanes if lane.kind == "backstage"}
    lane_of = {n.id: n.lane_id for n in jmap.nodes}
    main = derived.main_path
    rest = [n for n in derived.journey_order if n not in set(main)]
    ordered = main + rest
    return [n for n in ordered if lane_of[n] not in backstage] + [n for n in ordered if lane_of[n] in backstage]


def min_title_zoom(view) -> float:
    """The zoom at which card titles are MIN_TITLE_PX pixels tall on this screen."""
    pixels_at_1 = TITLE_POINT_SIZE * view.logicalDpiY() / 72.0
    return MIN_TITLE_PX / pixels_at_1


def emotion_legend(jmap) -> list[tuple[str, str]]:
    """(key, emotion name) for the keys 1–5 (scores −2..+2), names from the map's emotion scale."""
    labels = jmap.emotion_scale.labels
    language = ui_language()
    return [(localize_digits(key, language), labels.get(score, localize_digits(f"{score:+d}", jmap.language)))
            for key, score in zip(EMOTION_KEYS, range(-2, 3))]


def _centered(text: str, rtl: bool) -> QTextOption:
    """A header name centred in its band, in its own direction (a copy: style's options are shared)."""
    option = QTextOption(style.text_option(text, rtl_default=rtl))
    option.setAlignment(Qt.AlignCenter)
    return option


class WorkshopBar(QToolBar):
    """The only chrome in workshop mode: Exit, Fit, Previous / Next stage and the key legend."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("workshop_toolbar")
        self.setWindowTitle(self.tr("Workshop"))
        self.setMovable(False)
        self.window_ = window
        self.exit_action = self.addAction(self.tr("Exit workshop"), lambda: window.set_workshop(False))
        self.fit_action = self.addAction(self.tr("Fit"), window.workshop_fit)
        self.previous_action = self.addAction(self.tr("Previous stage"), lambda: window.go_to_stage(-1))
        self.next_action = self.addAction(self.tr("Next stage"), lambda: window.go_to_stage(1))
        self.previous_action.setShortcut(QKeySequence(Qt.Key_PageUp))
        self.next_action.setShortcut(QKeySequence(Qt.Key_PageDown))
        self.addSeparator()
        self.legend = QLabel()
        self.legend.setObjectName("workshop_legend")
        self.legend.setTextFormat(Qt.PlainText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)  # read from the back of the room
        self.setFont(font)
        font.setBold(True)
        self.legend.setFont(font)
        self.addWidget(self.legend)
        window.doc.changed.connect(self.refresh_legend)
        self.refresh_legend()

    def refresh_legend(self, *_args) -> None:
        parts = [f"{key} {name}" for key, name in emotion_legend(self.window_.doc.map)]
        self.legend.setText(self.tr("Emotion keys:") + "  " + "   ".join(parts))


class StickyHeaders(QWidget):
    """Paints the stage names along the top and the lane names along the reading-start edge of the
    view whenever the real headers have scrolled out of sight. Transparent to the mouse."""

    def __init__(self, view, doc):
        super().__init__(view.viewport())
        self.view, self.doc = view, doc
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setGeometry(view.viewport().rect())
        view.viewport().installEventFilter(self)
        view.horizontalScrollBar().valueChanged.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self.follow)
        view.zoomChanged.connect(self.follow)
        doc.changed.connect(self.update)

    def follow(self, *_args) -> None:
        """Stay over the whole viewport (scrolling the view also scrolls the viewport's children)."""
        self.setGeometry(self.view.viewport().rect())
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt virtual
        if event.type() == QEvent.Resize:
            self.follow()
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt virtual
        grid = Grid(self.doc.map)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        lanes_hidden = self.lanes_hidden(grid)
        if self.view.mapFromScene(0, 0).y() < 0:
            band = self.lane_band_width() if lanes_hidden else 0.0
            self._paint_stages(painter, grid, (0.0, self.width() - band) if grid.rtl else (band, float(self.width())))
        if lanes_hidden:
            self._paint_lanes(painter, grid)
        painter.end()

    def header_font(self, point_size: float):
        """A bold header font never smaller than the card titles at the current zoom."""
        font = style.map_font(point_size, bold=True)
        title_px = TITLE_POINT_SIZE * self.logicalDpiY() / 72.0 * self.view.zoom()
        font.setPixelSize(max(1, round(max(point_size * self.logicalDpiY() / 72.0, title_px))))
        return font

    def stage_band_height(self) -> float:
        text = self.header_font(11).pixelSize() * 1.6
        return max(30.0, text, min(HEADER_HEIGHT * self.view.zoom(), 56.0))

    def lane_band_width(self) -> float:
        return max(90.0, min(LANE_HEADER_WIDTH * self.view.zoom(), 170.0))

    def lanes_hidden(self, grid: Grid) -> bool:
        if grid.rtl:
            return self.view.mapFromScene(grid.total_width, 0).x() > self.width()
        return self.view.mapFromScene(0, 0).x() < 0

    def _paint_stages(self, painter: QPainter, grid: Grid, free: tuple[float, float]) -> None:
        """Stage names centred in the part of each stage that is in sight (not under the lane band)."""
        height = self.stage_band_height()
        painter.fillRect(QRectF(0, 0, self.width(), height), QColor(style.GRID_HEADER))
        painter.setFont(self.header_font(11))
        painter.setPen(QColor(style.TEXT))
        for stage in self.doc.map.stages:
            rect = grid.stage_rect(stage.id)
            left = max(self.view.mapFromScene(rect.x, 0).x(), free[0])
            right = min(self.view.mapFromScene(rect.x + rect.w, 0).x(), free[1])
            if right - left < 20:
                continue
            painter.drawText(QRectF(left, 0, right - left, height), stage.name,
                             _centered(stage.name, grid.rtl))
            painter.setPen(QColor(style.GRID_LINE))
            painter.drawLine(int(left), 0, int(left), int(height))
            painter.setPen(QColor(style.TEXT))

    def _paint_lanes(self, painter: QPainter, grid: Grid) -> None:
        width = self.lane_band_width()
        top_limit = self.stage_band_height() if self.view.mapFromScene(0, 0).y() < 0 else 0
        band = QRectF(self.width() - width if grid.rtl else 0, top_limit, width, self.height() - top_limit)
        painter.fillRect(band, QColor(style.GRID_HEADER))
        painter.setFont(self.header_font(TITLE_POINT_SIZE))
        for lane in self.doc.map.lanes:
            rect = grid.lane_rect(lane.id)
            top = max(self.view.mapFromScene(0, rect.y).y(), top_limit)
            bottom = self.view.mapFromScene(0, rect.y + rect.h).y()
            if bottom <= top:
                continue
            painter.setPen(QColor(style.GRID_LINE))
            painter.drawLine(int(band.left()), int(bottom), int(band.right()), int(bottom))
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(band.left() + 6, top, width - 12, bottom - top), lane.name,
                             _centered(lane.name, grid.rtl))
