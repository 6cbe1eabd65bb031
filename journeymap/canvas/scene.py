"""MapScene: a projection of the Document. Builds items, keeps id -> item dicts, and updates
only the affected items on each document signal. A rebuild on ``reset`` is O(n)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QRectF, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from journeymap.canvas import style
from journeymap.canvas.card import Chip
from journeymap.canvas.curve import CurveItem
from journeymap.canvas.items import EdgeItem, EdgeLabelItem, GridItem, NodeItem, label_size
from journeymap.document import Document
from journeymap.model import routing
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, Grid
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.metrics import format_value

EAGER_ROUTES = 1500  # up to this many arrows are routed while the scene is built; more follow on a timer

CURVE_TEXT = {
    "en": {"title": "Emotion curve", "worst": "worst moment", "end": "end"},
    "fa": {"title": "منحنی احساس", "worst": "بدترین لحظه", "end": "پایان"},
    "ar": {"title": "منحنى الشعور", "worst": "أسوأ لحظة", "end": "النهاية"},
}


def emotion_tooltip(score_text: Optional[str], feeling: str) -> str:
    if score_text is None:
        return QCoreApplication.translate("Canvas", "No expected emotion yet")
    text = QCoreApplication.translate("Canvas", "Expected emotion: {score}").format(score=score_text)
    return f"{text} ({feeling})" if feeling else text


@dataclass
class NodeInfo:
    """What a card shows besides the node's own fields (derived, cached per node)."""

    rtl: bool
    emotion_color: QColor
    emotion_text: str
    chips: list[Chip] = field(default_factory=list)
    weak_points: list = field(default_factory=list)
    weak_text: str = ""
    feeling: str = ""  # the named feeling ("frustrated"), shown under the title
    emotion_tip: str = ""


class MapScene(QGraphicsScene):
    def __init__(self, doc: Document, options: Optional[style.RenderOptions] = None, parent=None):
        super().__init__(parent)
        style.register_fonts()
        self.doc = doc
        self.options = options or style.RenderOptions()
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: dict[str, EdgeItem] = {}
        self._node_edges: dict[str, set[str]] = defaultdict(set)
        self._info: dict[str, NodeInfo] = {}
        self._blocks: dict[str, QColor] = {}  # zoomed-out card colours, forgotten with ``_info``
        self._weak: dict[str, list] = {}
        self._curve_timer = QTimer(self, singleShot=True, interval=120, timeout=self._recompute_curve)
        self.curve_waits_for_analysis: Callable[[], bool] = lambda: False  # the window: on big maps
        self._curve_waiting = False
        self.cards = routing.CardIndex()  # card boxes for the arrow router
        self._unrouted: set[str] = set()
        self._building = False
        self._selection_lost = False  # a removed item was selected: announce once the change is done
        self._arrived: list[str] = []  # cards added by the document change in progress
        self._index_stale = False  # big maps: the card index is built when the first route needs it
        self._route_timer = QTimer(self, singleShot=True, interval=200, timeout=self.route_pending)
        self.setBackgroundBrush(QColor("#ffffff"))
        self._connect(doc)
        self.rebuild()

    def _connect(self, doc: Document) -> None:
        doc.nodeAdded.connect(self._on_node_added)
        doc.nodeRemoved.connect(self._on_node_removed)
        doc.nodeChanged.connect(self._on_node_changed)
        doc.edgeAdded.connect(self._on_edge_added)
        doc.edgeRemoved.connect(self._on_edge_removed)
        doc.edgeChanged.connect(self._on_edge_changed)
        doc.structureChanged.connect(self._on_structure_changed)
        doc.measurementsChanged.connect(self._on_measurements_changed)
        doc.mapFieldsChanged.connect(self._on_map_fields_changed)
        doc.reset.connect(self.rebuild)
        doc.changed.connect(self._after_change)

    # ---- derived data for painting ----
    @property
    def rtl(self) -> bool:
        return self.doc.map.is_rtl()

    @property
    def language(self) -> str:
        return base_language(self.doc.map.language)

    def curve_title(self) -> str:
        return CURVE_TEXT.get(self.language, CURVE_TEXT["en"])["title"]

    def curve_label(self, key: str) -> str:
        return CURVE_TEXT.get(self.language, CURVE_TEXT["en"])[key]

    def journey_facts(self) -> tuple[list[str], list[str], Optional[str], list[str]]:
        """Journey order, main path, worst moment and last moments: the derived data (one source)."""
        facts = self.doc.derived(self.options.period_id)
        return facts.journey_order, facts.main_path, facts.worst_moment, facts.last_moments

    def node_info(self, node_id: str) -> NodeInfo:
        info = self._info.get(node_id)
        if info is None:
            info = self._info[node_id] = self._make_info(node_id)
        return info

    def _band_score(self, node) -> Optional[int]:
        """The node's expected emotion on the colour scale −2…+2 (None: not set)."""
        scale, emotion = self.doc.map.emotion_scale, node.expected_emotion
        return None if emotion is None else round(-2 + 4 * (emotion.score - scale.min) / (scale.max - scale.min))

    def block_color(self, node_id: str) -> QColor:
        """A zoomed-out card's colour: its emotion colour, without building the card's chips."""
        color = self._blocks.get(node_id)
        if color is None:
            info = self._info.get(node_id)
            color = info.emotion_color if info is not None else style.emotion_color(self._band_score(self.doc.node(node_id)))
            self._blocks[node_id] = color
        return color

    def _make_info(self, node_id: str) -> NodeInfo:
        node = self.doc.node(node_id)
        lang = self.doc.map.language
        emotion = node.expected_emotion
        score = self._band_score(node)
        text = "?" if emotion is None else localize_digits(f"{emotion.score:+d}" if emotion.score else "0", lang)
        weak = self._weak.get(node_id, [])
        feeling = emotion.feeling.strip() if emotion else ""
        return NodeInfo(
            rtl=style.is_rtl_text(node.title) if node.title.strip() else self.rtl,
            emotion_color=style.emotion_color(score), emotion_text=text, chips=self._chips(node_id),
            weak_points=weak, weak_text=localize_digits(str(len(weak)), lang), feeling=feeling,
            emotion_tip=emotion_tooltip(text if emotion else None, feeling),
        )

    def _chips(self, node_id: str) -> list[Chip]:
        """One chip per KPI reading (derived: the latest value at or before the chosen period)."""
        derived = self.doc.derived(self.options.period_id)
        reference = next((p.label for p in self.doc.map.periods if p.id == derived.reference_period_id), "")
        return [self._chip(reading, reference) for reading in derived.readings(node_id)]

    def _chip(self, reading, reference_label: str) -> Chip:
        """Name, value and change; an older value is dimmed and its tooltip names its period."""
        kpi, lang = reading.kpi, self.doc.map.language
        text = format_value(kpi, reading.value)
        if reading.change is not None and abs(reading.improvement or 0) >= 0.05:
            text += f" {'▲' if reading.change > 0 else '▼'}{abs(reading.change):g}"
        verdict = reading.meets_target
        color = style.KPI_NEUTRAL if verdict is None else (style.KPI_GOOD if verdict else style.KPI_BAD)
        value = localize_digits(text, lang)
        period = localize_digits(reading.period_label, lang)
        if reading.is_current:
            tip = f"{kpi.name}: {value} ({period})"
        else:
            tip = QCoreApplication.translate("Canvas", "{kpi}: {value}, measured in {period} (no value in {reference})").format(
                kpi=kpi.name, value=value, period=period, reference=localize_digits(reference_label, lang))
        short = "" if kpi.kind == "custom" else kpi.kind.upper()
        return Chip(kpi.name, value, color, not reading.is_current, tip, short)

    def set_weak_points(self, points: list) -> None:
        """Show weak-point markers: only open points (accepted/dismissed ones are not markers)."""
        grouped: dict[str, list] = defaultdict(list)
        for point in points:
            if point.decision is None and point.node_id in self.node_items:
                grouped[point.node_id].append(point)
        touched = set(grouped) | set(self._weak)
        self._weak = dict(grouped)
        for node_id in touched:
            self._refresh_node(node_id)

    def set_period(self, period_id: Optional[str]) -> None:
        self.options.period_id = period_id
        self._on_measurements_changed()

    # ---- building ----
    def rebuild(self) -> None:
        self.clear()
        self.node_items.clear()
        self.edge_items.clear()
        self._node_edges.clear()
        self._info.clear()
        self._blocks.clear()
        self.cards = routing.CardIndex()
        self._unrouted = set()
        self._weak = {k: v for k, v in self._weak.items() if self.doc.has_node(k)}
        self.grid = Grid(self.doc.map)
        self.grid_item = GridItem()
        self.addItem(self.grid_item)
        self.curve_item = CurveItem()
        self.addItem(self.curve_item)
        defer = not self.options.export and len(self.doc.map.edges) > EAGER_ROUTES
        self._building, self._index_stale = True, defer
        for node in self.doc.map.nodes:
            self._on_node_added(node.id)
        for edge in self.doc.map.edges:
            self._on_edge_added(edge.id, defer)
        self._building = False
        if defer:
            self._route_timer.start()  # after the first paint
        self._curve_timer.start()  # the curve follows shortly after the first paint
        self._update_scene_rect()

    def _update_scene_rect(self) -> None:
        margin = 60
        self.setSceneRect(QRectF(-margin, -margin, self.grid.total_width + 2 * margin,
                                 self.grid.total_height + 2 * margin))

    # ---- document signal handlers (O(1) items each) ----
    def _on_node_added(self, node_id: str) -> None:
        item = NodeItem(node_id)
        if self.options.export:  # vector output for PDF/SVG: no cached bitmaps
            item.setCacheMode(NodeItem.NoCache)
        self.node_items[node_id] = item
        item.setPos(*self.grid.node_scene_pos(self.doc.node(node_id)))
        if not self._index_stale:
            self._index_card(node_id)
        self.addItem(item)
        if not self._building:
            self._arrived.append(node_id)  # re-routed once the document's change is complete
            self._curve_timer.start()

    def _remove_quietly(self, item) -> None:
        """Remove an item; a selected one is deselected without a signal per item (deleting 2,000
        selected cards would update the Inspector and status bar 2,000 times) and the selection
        change is announced once, when the document's change is complete."""
        if not item.isSelected():
            self.removeItem(item)
            return
        blocker = QSignalBlocker(self)  # removeItem itself signals a selected item's removal
        item.setSelected(False)
        self.removeItem(item)
        del blocker
        self._selection_lost = True

    def _after_change(self) -> None:
        """After one document change (which may add 2,000 cards): re-route the arrows now under
        the new cards, with the scene's index brought up to date once, not once per card."""
        arrived, self._arrived = self._arrived, []
        for node_id in arrived:  # their own arrows were routed when added, after all the cards
            if node_id in self.node_items:
                self._ensure_index()
                self._index_card(node_id)
                self._reroute_under(node_id)
        self._announce_lost_selection()

    def _announce_lost_selection(self) -> None:
        if self._selection_lost:
            self._selection_lost = False
            self.selectionChanged.emit()

    def _on_node_removed(self, node_id: str) -> None:
        item = self.node_items.pop(node_id)
        self._remove_quietly(item)
        self.cards.remove(node_id)
        self._info.pop(node_id, None)
        self._blocks.pop(node_id, None)
        self._weak.pop(node_id, None)
        self._node_edges.pop(node_id, None)
        self._curve_timer.start()

    def _on_node_changed(self, node_id: str) -> None:
        item = self.node_items[node_id]
        item.setPos(*self.grid.node_scene_pos(self.doc.node(node_id)))
        self._reroute_blocked(node_id)
        self._refresh_node(node_id)
        self._curve_timer.start()

    def _refresh_node(self, node_id: str) -> None:
        self._info.pop(node_id, None)
        self._blocks.pop(node_id, None)
        item = self.node_items.get(node_id)
        if item is not None:
            item.update()

    def _on_edge_added(self, edge_id: str, defer: bool = False) -> None:
        edge = self.doc.edge(edge_id)
        item = EdgeItem(edge_id, edge.kind, edge.label)
        if not self.options.export:  # blit cached arrows on repaint; a moved edge re-renders only itself
            item.setCacheMode(EdgeItem.DeviceCoordinateCache)
        self.edge_items[edge_id] = item
        self._node_edges[edge.source].add(edge_id)
        self._node_edges[edge.target].add(edge_id)
        item.ends = (edge.source, edge.target)  # to unlink it in O(1) once the document has dropped it
        self._place_edge(edge_id, plain=defer, edge=edge)  # geometry first: the BSP index gets the final rect once
        self.addItem(item)
        if edge.label:
            self._sync_label(item)
        if not self._building:  # rebuild starts the curve timer once
            self._curve_timer.start()

    def _on_edge_changed(self, edge_id: str) -> None:
        edge, item = self.doc.edge(edge_id), self.edge_items[edge_id]
        item.kind, item.label = edge.kind, edge.label
        self._sync_label(item)
        self._place_edge(edge_id)

    def _sync_label(self, item: EdgeItem) -> None:
        """A labelled arrow has a label item (above all arrows); an unlabelled one has none."""
        if item.label and item.label_item is None:
            item.label_item = EdgeLabelItem(item)
            self.addItem(item.label_item)
        elif not item.label and item.label_item is not None:
            self.removeItem(item.label_item)
            item.label_item = None

    def _on_edge_removed(self, edge_id: str) -> None:
        item = self.edge_items.pop(edge_id)
        self._remove_quietly(item)
        if item.label_item is not None:
            self._remove_quietly(item.label_item)
        for end in item.ends:
            self._node_edges[end].discard(edge_id)
        self._curve_timer.start()

    def _on_structure_changed(self, name: str) -> None:
        if name in ("stages", "lanes", "direction"):
            self.rebuild()
        elif name in ("kpis", "periods"):
            self._on_measurements_changed()

    def _on_measurements_changed(self) -> None:
        self._info.clear()
        self._blocks.clear()
        for item in self.node_items.values():
            item.update()

    def _on_map_fields_changed(self) -> None:
        self._info.clear()
        self._blocks.clear()
        self.update()

    # ---- arrows: routed through the gutters, cached per edge, re-routed only when a card moves ----
    def _index_card(self, node_id: str) -> None:
        self.cards.set(node_id, self._box(node_id))

    def _place_edge(self, edge_id: str, plain: bool = False, edge=None) -> None:
        """Route one arrow (``plain``: the first simple shape, unchecked, until route_pending runs)."""
        edge, item = edge or self.doc.edge(edge_id), self.edge_items[edge_id]
        if plain:
            self._unrouted.add(edge_id)
            points = routing.plain_route(self._box(edge.source), self._box(edge.target), self.rtl)
        else:
            self._ensure_index()
            self._unrouted.discard(edge_id)
            points = routing.route(edge.source, edge.target, self.cards, self.rtl)
        label_at = routing.label_spot(points, label_size(item.label), self.cards) if item.label else points[0]
        item.set_route(points, label_at)

    def _box(self, node_id: str) -> routing.Box:
        pos = self.node_items[node_id].pos()
        x, y = pos.x(), pos.y()
        return (x, y, x + CARD_WIDTH, y + CARD_HEIGHT)

    def _ensure_index(self) -> None:
        if self._index_stale:
            self._index_stale = False
            for node_id in self.node_items:
                self._index_card(node_id)

    def route_pending(self) -> None:
        """Route the arrows that were drawn plainly on opening a big map."""
        self._ensure_index()
        for edge_id in list(self._unrouted):
            if edge_id in self.edge_items:
                self._place_edge(edge_id)
        self._unrouted.clear()

    def _reroute_blocked(self, node_id: str) -> None:
        """A card landed somewhere: its own arrows and any arrow now passing under it are re-routed."""
        self._ensure_index()
        self._index_card(node_id)
        self.node_moved_live(node_id)
        self._reroute_under(node_id)

    def _reroute_under(self, node_id: str) -> None:
        """Re-route the arrows that now pass under the card (its own arrows keep their route)."""
        box = self.cards.boxes[node_id]
        area = QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])
        for item in self.items(area, Qt.IntersectsItemBoundingRect):
            if (isinstance(item, EdgeItem) and item.points and item.edge_id in self.edge_items
                    and node_id not in item.ends and routing.route_crosses(item.points, box)):
                self._place_edge(item.edge_id)

    def follow_moved_cards(self) -> None:
        """Selected cards a drag has moved since the last call: their arrows follow, re-routed."""
        for item in self.selectedItems():
            if isinstance(item, NodeItem) and self.cards.boxes.get(item.node_id) != self._box(item.node_id):
                self.node_moved_live(item.node_id)

    def node_moved_live(self, node_id: str) -> None:
        """A card moved (drag or document change): re-route its edges."""
        self._ensure_index()
        if node_id in self.cards.boxes:
            self._index_card(node_id)
        for edge_id in self._node_edges.get(node_id, ()):
            if edge_id in self.edge_items:
                self._place_edge(edge_id)

    def _recompute_curve(self) -> None:
        if self.curve_waits_for_analysis() and not self.doc.journey_ready(self.options.period_id):
            self._curve_waiting = True  # a big map: the analysis worker brings the journey order
            return
        self._curve_waiting = False
        self.curve_item.recompute()

    def journey_arrived(self) -> None:
        """The analysis has brought this revision's journey order: draw the curve it was waiting for."""
        if self._curve_waiting:
            self._curve_waiting = False
            self.curve_item.recompute()

    def items_bounding_rect(self) -> QRectF:
        return QRectF(0, 0, self.grid.total_width, self.grid.total_height)
