"""One map slide: lanes, stage headers, cards (native shapes, editable text), connectors attached
to the cards, the emotion curve (a freeform with markers) and, per slide, markers for steps that
continue on another slide.

Shape names say what a shape is (``card:ID``, ``edge:ID``, ``marker:ID``, ``curve``…): tests and
people editing the deck can find them in the selection pane.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.interchange.slide_layout import GAP, TITLE_PT, Box, MapLayout, curve_y
from journeymap.interchange.slide_text import Run, frame, number, set_paragraphs

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.interchange.slides import Deck

EMU_PER_INCH = 914400
SIDES = {"top": 0, "left": 1, "bottom": 2, "right": 3}  # connection points of a (rounded) rectangle
DASHES = {"flow": None, "alternative": "dash", "fallback": "sysDot"}


def emu(value: float) -> int:
    return round(value * EMU_PER_INCH)


def add_box(slide, kind, box: Box, name: str, fill: str | None, line: str | None, width_pt: float = 0.75):
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    shape = slide.shapes.add_shape(kind, emu(box.x), emu(box.y), emu(box.w), emu(box.h))
    shape.name = name
    shape.shadow.inherit = False
    if fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill.lstrip("#"))
    else:
        shape.fill.background()
    if line:
        shape.line.color.rgb = RGBColor.from_string(line.lstrip("#"))
        shape.line.width = Pt(width_pt)
    else:
        shape.line.fill.background()
    return shape


def style_line(line, color: str, width_pt: float, dash: str | None, arrow: bool) -> None:
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    line.color.rgb = RGBColor.from_string(color.lstrip("#"))
    line.width = Pt(width_pt)
    ln = line._get_or_add_ln()
    if dash:
        ln.append(ln.makeelement(qn("a:prstDash"), {"val": dash}))
    if arrow:
        ln.append(ln.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"}))


def sides(source: Box, target: Box) -> tuple[int, int]:
    """Connection points facing each other: left/right when the cards are side by side."""
    dx, dy = target.cx - source.cx, target.cy - source.cy
    if abs(dx) >= min(source.w, abs(dy)):
        return (SIDES["right"], SIDES["left"]) if dx > 0 else (SIDES["left"], SIDES["right"])
    return (SIDES["bottom"], SIDES["top"]) if dy > 0 else (SIDES["top"], SIDES["bottom"])


class MapSlide:
    """Draws one layout of the deck's map onto ``slide``."""

    def __init__(self, deck: "Deck", slide, layout: MapLayout):
        self.deck, self.slide, self.layout = deck, slide, layout
        self.shapes: dict[str, object] = {}  # node id -> card or marker shape
        self.marker_slots: dict[str, list[float]] = {"start": [], "end": []}

    def draw(self) -> None:
        self._grid()
        for node_id, box in self.layout.cards.items():
            self.shapes[node_id] = self._card(node_id, box)
        self._edges()
        self._curve()

    # -- grid --
    def _grid(self) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        d, s = self.deck, self.layout.scale
        style = d.style
        for lane in d.map.lanes:
            add_box(self.slide, MSO_SHAPE.RECTANGLE, self.layout.bands[lane.id], f"band:{lane.id}",
                    style.LANE_FILLS.get(lane.kind, "#fafafa"), style.GRID_LINE, 0.5)
            header = add_box(self.slide, MSO_SHAPE.RECTANGLE, self.layout.lanes[lane.id], f"lane:{lane.id}",
                             style.GRID_HEADER, style.GRID_LINE, 0.5)
            set_paragraphs(frame(header, 0.06 * s, "middle"), [[Run(lane.name, 8.5 * s, True)]], d.lang, d.rtl)
        for stage in d.map.stages:
            box = self.layout.stages.get(stage.id)
            if box is not None:
                header = add_box(self.slide, MSO_SHAPE.RECTANGLE, box, f"stage:{stage.id}", style.GRID_HEADER,
                                 style.GRID_LINE, 0.5)
                set_paragraphs(frame(header, 0.05 * s, "middle"), [[Run(stage.name, 10 * s, True)]],
                               d.lang, d.rtl, "center")

    # -- cards --
    def _card(self, node_id: str, box: Box):
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Inches

        d, s = self.deck, self.layout.scale
        node = d.nodes[node_id]
        key = node.kind == "key_moment"
        card = add_box(self.slide, MSO_SHAPE.ROUNDED_RECTANGLE, box, f"card:{node_id}", d.style.CARD_FILL,
                       d.style.KEY_MOMENT_BORDER if key else d.style.CARD_BORDER, 2.0 if key else 0.75)
        card.adjustments[0] = 0.08
        tf = frame(card, 0.05 * s)
        setattr(tf, "margin_left" if d.rtl else "margin_right", Inches(0.27 * s))  # room for the emotion dot
        paragraphs = [[Run(node.title, TITLE_PT * s, key)]]
        if node.expected_emotion and node.expected_emotion.feeling:
            paragraphs.append([Run(node.expected_emotion.feeling, 7 * s, False, d.style.MUTED_TEXT)])
        chips = d.chips(node_id, 6.5 * s)
        if chips:
            paragraphs.append(chips)
        set_paragraphs(tf, paragraphs, d.lang, d.rtl)
        self._emotion_dot(node_id, box)
        self._weak_badge(node_id, box)
        return card

    def _emotion_dot(self, node_id: str, box: Box) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        d, s = self.deck, self.layout.scale
        emotion = d.nodes[node_id].expected_emotion
        if emotion is None:
            return
        size = 0.22 * s
        x = box.x + 0.04 * s if d.rtl else box.x + box.w - size - 0.04 * s
        dot = add_box(self.slide, MSO_SHAPE.OVAL, Box(x, box.y + 0.04 * s, size, size), f"emotion:{node_id}",
                      d.style.EMOTION_COLORS.get(max(-2, min(2, emotion.score)), "#9aa5b1"), None)
        set_paragraphs(frame(dot, 0.0, "middle", wrap=False),
                       [[Run(number(f"{emotion.score:+d}" if emotion.score else "0", d.lang), 6.5 * s, True, "ffffff")]],
                       d.lang, False, "center")

    def _weak_badge(self, node_id: str, box: Box) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        d, s = self.deck, self.layout.scale
        points = d.weak_by_node.get(node_id)
        if not points:
            return
        size = 0.22 * s
        x = box.x - size / 3 if not d.rtl else box.x + box.w - size * 2 / 3
        badge = add_box(self.slide, MSO_SHAPE.OVAL, Box(x, box.y + box.h - size * 2 / 3, size, size), f"weak:{node_id}",
                        d.style.SEVERITY_COLORS[points[0].severity], "#ffffff", 0.75)
        set_paragraphs(frame(badge, 0.0, "middle", wrap=False),
                       [[Run(number(str(len(points)), d.lang), 6.5 * s, True, "ffffff")]], d.lang, False, "center")

    # -- connectors --
    def _edges(self) -> None:
        d = self.deck
        first_card = min((c._element.getparent().index(c._element) for c in self.shapes.values()), default=None)
        connectors = []
        for edge in d.map.edges:
            inside = (edge.source in self.layout.cards, edge.target in self.layout.cards)
            if not any(inside):
                continue
            source = self._end(edge.source, edge.target) if not inside[0] else self.shapes[edge.source]
            target = self._end(edge.target, edge.source) if not inside[1] else self.shapes[edge.target]
            connectors.append(self._connector(edge, source, target))
        if first_card is not None:  # connectors under the cards
            tree = self.slide.shapes._spTree
            for offset, connector in enumerate(connectors):
                tree.remove(connector._element)
                tree.insert(first_card + offset, connector._element)

    def _connector(self, edge, source, target):
        from pptx.enum.shapes import MSO_CONNECTOR

        color = self.deck.edge_colors[edge.kind]
        a, b = _box_of(source), _box_of(target)
        begin, end = sides(a, b)
        connector = self.slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, 0, 0)
        connector.begin_connect(source, begin)
        connector.end_connect(target, end)
        connector.name = f"edge:{edge.id}"
        style_line(connector.line, color, 1.25, DASHES[edge.kind], arrow=True)
        return connector

    def _end(self, outside_id: str, inside_id: str):
        """The marker shape standing for a step on another slide (one per step and slide)."""
        from pptx.enum.shapes import MSO_SHAPE

        if outside_id in self.shapes:
            return self.shapes[outside_id]
        d, s, lay = self.deck, self.layout.scale, self.layout
        order = [st.id for st in d.map.stages]
        before = order.index(d.nodes[outside_id].stage_id) < order.index(lay.stage_ids[0])
        left_side = before != d.rtl
        width, height = 0.9 * s, 0.5 * s
        x = lay.body.x - width - 0.05 * s if left_side else lay.body.x + lay.body.w + 0.05 * s
        y = self._free_y("start" if before else "end", lay.cards[inside_id].cy - height / 2, height)
        marker = add_box(self.slide, MSO_SHAPE.ROUNDED_RECTANGLE, Box(x, y, width, height), f"marker:{outside_id}",
                         "#f4f6f8", d.style.GRID_LINE, 0.75)
        marker.line.dash_style = 4  # MSO_LINE.DASH
        set_paragraphs(frame(marker, 0.03 * s, "middle"),
                       [[Run(d.nodes[outside_id].title, 6.5 * s, False, d.style.MUTED_TEXT)]], d.lang, d.rtl, "center")
        self.shapes[outside_id] = marker
        return marker

    def _free_y(self, side: str, wanted: float, height: float) -> float:
        used = self.marker_slots[side]
        y = wanted
        while any(abs(y - other) < height + GAP * self.layout.scale / 2 for other in used):
            y += height + GAP * self.layout.scale / 2
        used.append(y)
        return y

    # -- emotion curve --
    def _curve(self) -> None:
        d, lay = self.deck, self.layout
        scale = d.map.emotion_scale
        points = []
        for node_id in d.curve_path:
            node = d.nodes[node_id]
            if node_id in lay.cards and node.expected_emotion is not None:
                score = node.expected_emotion.score
                points.append((node_id, lay.cards[node_id].cx, curve_y(lay.curve, score, scale.min, scale.max), score))
        mid = curve_y(lay.curve, 0, scale.min, scale.max) if scale.min < 0 < scale.max else None
        if mid is not None:
            axis = self.slide.shapes.add_connector(1, emu(lay.curve.x), emu(mid), emu(lay.curve.x + lay.curve.w), emu(mid))
            axis.name = "curve-axis"
            style_line(axis.line, d.style.GRID_LINE, 0.75, "dash", arrow=False)
        if len(points) >= 2:
            builder = self.slide.shapes.build_freeform(emu(points[0][1]), emu(points[0][2]))
            builder.add_line_segments([(emu(x), emu(y)) for _, x, y, _ in points[1:]], close=False)
            curve = builder.convert_to_shape()
            curve.name = "curve"
            curve.fill.background()
            style_line(curve.line, "#4a5563", 2.0, None, arrow=False)
        for node_id, x, y, score in points:
            self._curve_point(node_id, x, y, score)

    def _curve_point(self, node_id: str, x: float, y: float, score: int) -> None:
        from pptx.enum.shapes import MSO_SHAPE

        d, s = self.deck, self.layout.scale
        special = "worst" if node_id == d.worst else ("end" if node_id in d.last else None)
        size = (0.2 if special else 0.13) * s
        add_box(self.slide, MSO_SHAPE.OVAL, Box(x - size / 2, y - size / 2, size, size), f"curve-point:{node_id}",
                      d.style.EMOTION_COLORS.get(max(-2, min(2, score)), "#9aa5b1"),
                      "#1f2933" if special else "#ffffff", 1.5 if special else 0.75)
        if special:
            from journeymap.interchange.slide_text import word

            label = self.slide.shapes.add_textbox(emu(x - 0.6 * s), emu(y + size / 2), emu(1.2 * s), emu(0.22 * s))
            label.name = f"curve-label:{node_id}"
            set_paragraphs(frame(label, 0.0, wrap=False), [[Run(word(d.lang, special), 6.5 * s, True, d.style.MUTED_TEXT)]],
                           d.lang, d.rtl, "center")


def _box_of(shape) -> Box:
    return Box(shape.left / EMU_PER_INCH, shape.top / EMU_PER_INCH, shape.width / EMU_PER_INCH,
               shape.height / EMU_PER_INCH)
