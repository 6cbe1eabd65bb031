"""View → Legend: a dock that explains every mark, colour and line style on the canvas.

The symbols are painted with the canvas's own colours and pens (canvas/style.py), so the legend
cannot drift from what the map shows. Texts are UI strings (translated), in the UI's language.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDockWidget, QGridLayout, QLabel, QScrollArea, QWidget

from journeymap.canvas import style
from journeymap.canvas.curve import BRANCH_COLOR, LINE_COLOR, MARKER_RING

SYMBOL_W, SYMBOL_H = 56, 26


def _symbol(draw: Callable[[QPainter], None]) -> QPixmap:
    pixmap = QPixmap(SYMBOL_W, SYMBOL_H)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    draw(painter)
    painter.end()
    return pixmap


def _card(border: str, width: float, fill: str = style.CARD_FILL):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor(border), width))
        p.setBrush(QColor(fill))
        p.drawRoundedRect(QRectF(4, 3, SYMBOL_W - 8, SYMBOL_H - 6), 5, 5)
    return draw


def _disc(color: str, text: str = "", ring: str = "#ffffff", radius: float = 10):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor(ring), 2))
        p.setBrush(QColor(color))
        center = QPointF(SYMBOL_W / 2, SYMBOL_H / 2)
        p.drawEllipse(center, radius, radius)
        if text:
            p.setPen(QColor("#ffffff"))
            p.setFont(style.map_font(8, bold=True))
            p.drawText(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius), Qt.AlignCenter, text)
    return draw


def _chip(color: str, text: str, dim: bool = False):
    def draw(p: QPainter) -> None:
        p.setOpacity(0.45 if dim else 1.0)
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(color))
        p.drawRoundedRect(QRectF(2, 5, SYMBOL_W - 4, SYMBOL_H - 10), 8, 8)
        p.setPen(QColor("#ffffff"))
        p.setFont(style.map_font(7.5))
        p.drawText(QRectF(2, 5, SYMBOL_W - 4, SYMBOL_H - 10), Qt.AlignCenter, text)
    return draw


def _line(color: str, pen_style, width: float = 2.0, arrow: bool = True):
    def draw(p: QPainter) -> None:
        p.setPen(QPen(QColor(color), width, pen_style))
        y = SYMBOL_H / 2
        p.drawLine(QPointF(4, y), QPointF(SYMBOL_W - 8, y))
        if arrow:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(color))
            p.drawPolygon([QPointF(SYMBOL_W - 4, y), QPointF(SYMBOL_W - 12, y - 4), QPointF(SYMBOL_W - 12, y + 4)])
    return draw


def _hollow(p: QPainter) -> None:
    p.setPen(QPen(QColor(BRANCH_COLOR), 1.4, Qt.DashLine))
    p.drawLine(QPointF(4, SYMBOL_H / 2), QPointF(SYMBOL_W - 4, SYMBOL_H / 2))
    p.setPen(QPen(style.emotion_color(-1), 2.5))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(SYMBOL_W / 2, SYMBOL_H / 2), 6, 6)


class LegendPanel(QWidget):
    """One row per mark: its symbol and what it means."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        for row, (draw, text) in enumerate(self.entries()):
            symbol = QLabel()
            symbol.setPixmap(_symbol(draw))
            label = QLabel(text)
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(True)
            layout.addWidget(symbol, row, 0)
            layout.addWidget(label, row, 1)
        layout.setRowStretch(len(self.entries()), 1)

    def entries(self) -> list[tuple[Callable, str]]:
        tr = self.tr
        emotions = [(_disc(style.EMOTION_COLORS[s], f"{s:+d}" if s else "0"),
                     tr("Expected emotion %1 (colour of the card's side band and badge)").replace("%1", f"{s:+d}" if s else "0"))
                    for s in (2, 1, 0, -1, -2)]
        return [
            (_card(style.CARD_BORDER, 1.2), tr("Touchpoint: a step of the journey (title, then the named feeling)")),
            (_card(style.KEY_MOMENT_BORDER, 3.0, "#faf8ff"), tr("Key moment (★ badge): a moment that makes or breaks the journey")),
            *emotions,
            (_disc("#d8dde3", "?"), tr("No expected emotion yet")),
            (_chip(style.KPI_GOOD, "CSAT 93%"), tr("KPI on target: name, value, ▲/▼ change since the previous period")),
            (_chip(style.KPI_BAD, "NPS -5"), tr("KPI off target")),
            (_chip(style.KPI_NEUTRAL, "CES 2.1"), tr("KPI without a target")),
            (_chip(style.KPI_NEUTRAL, "CSAT 80%", dim=True), tr("Faded chip: a value from an earlier period (its tooltip names the period)")),
            (_chip(style.KPI_NEUTRAL, "+2"), tr("+N: more KPIs than fit on the card (hover to see them)")),
            (_disc(style.SEVERITY_COLORS["high"], "3"), tr("Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)")),
            (_line(style.EDGE_STYLES["flow"][0], style.EDGE_STYLES["flow"][1]), tr("Flow: the usual next step")),
            (_line(style.EDGE_STYLES["alternative"][0], style.EDGE_STYLES["alternative"][1]), tr("Alternative path")),
            (_line(style.EDGE_STYLES["fallback"][0], style.EDGE_STYLES["fallback"][1]), tr("Fallback path (when something fails)")),
            (_line(LINE_COLOR, Qt.SolidLine, 2.6, arrow=False), tr("Emotion curve: the main path, in journey order")),
            (_hollow, tr("Emotion curve: steps off the main path (branches), hollow on a dashed line")),
            (_disc(style.EMOTION_COLORS[-2], ring=MARKER_RING), tr("Ringed point: the worst moment, or an end of the journey")),
        ]


class LegendDock(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legend"))
        self.setObjectName("legend_dock")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(LegendPanel())
        self.setWidget(scroll)


def install_legend(window) -> LegendDock:
    """Add the (hidden) legend dock to a main window and View → Legend to show or hide it."""
    dock = LegendDock(window)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.setText(dock.tr("&Legend"))
    view_menu = None
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and menu.objectName() == "menu_zoom_in":  # View
            view_menu = menu
    if view_menu is not None:
        view_menu.addAction(action)
    window.legend_dock = dock
    return dock
