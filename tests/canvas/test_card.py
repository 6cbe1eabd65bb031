"""Card content: KPI chips keep their values and overflow as "+N"; tooltips are literal text."""
from journeymap.canvas import card
from journeymap.canvas.items import rich_tooltip
from journeymap.model.layout import CARD_WIDTH


def test_chips_that_do_not_fit_become_plus_n_with_a_tooltip(qapp):
    chips = [card.Chip(f"Delivery on time {i}", f"{90 + i}% ▲2", "#2e9e5b", tip=f"KPI {i}") for i in range(4)]
    placed = card.parts(chips, rtl=False).chips
    shown = [c for _, c in placed]
    assert shown[-1].name == "" and shown[-1].value == f"+{4 - len(shown) + 1}"
    assert all(c.value in {ch.value for ch in chips} for c in shown[:-1])  # values never cut
    assert shown[-1].tip.split("\n") == [c.tip for c in chips[len(shown) - 1:]]
    assert all(0 <= rect.left() and rect.right() <= CARD_WIDTH for rect, _ in placed)


def test_rtl_chips_run_right_to_left_and_shorten_the_name_only(qapp):
    chips = [card.Chip("رضا العملاء (CSAT) في الفرع الرئيسي", "٩١٪ ▲٣", "#2e9e5b")]
    (rect, chip), = card.parts(chips, rtl=True).chips
    assert chip.value == "٩١٪ ▲٣" and chip.name.endswith("…")
    assert rect.right() > CARD_WIDTH / 2  # starts at the right
    assert "\u2066\u202d٩١٪ ▲٣\u202c\u2069" in chip.painted_text()


def test_tooltips_show_user_text_literally():
    tip = rich_tooltip(["<img src=file:///dev/zero>", "a & b"])
    assert "<img" not in tip and "&lt;img src=file:///dev/zero&gt;" in tip and "a &amp; b" in tip


def test_an_older_kpi_value_is_dimmed_and_names_its_period(qapp):
    from journeymap.model.io import load_map
    from tests.canvas.scenes import editor_scene
    from tests.conftest import SAMPLES

    jmap = load_map(next(p for p in SAMPLES if "hotel" in p.name))
    latest = jmap.periods[-1].id
    node_id, kpi_id = next((m.node_id, m.kpi_id) for m in jmap.measurements if m.period_id == latest)
    jmap.measurements = [m for m in jmap.measurements
                         if not (m.node_id == node_id and m.kpi_id == kpi_id and m.period_id == latest)]
    scene = editor_scene(jmap)
    reading = scene.doc.derived().reading(node_id, kpi_id)
    chip = next(c for c in scene.node_info(node_id).chips if c.name == reading.kpi.name)
    assert chip.dim and not reading.is_current
    assert reading.period_label in chip.tip and jmap.periods[-1].label in chip.tip
    fresh = [c for other in scene.doc.map.nodes if other.id != node_id for c in scene.node_info(other.id).chips]
    assert fresh and not all(c.dim for c in fresh)


def test_a_long_standard_kpi_name_gives_way_to_its_abbreviation_not_an_ellipsis(qapp):
    chips = [card.Chip("رضایت مشتری (CSAT)", "۶۶٪ ▼۱۲", "#b35c00", short="CSAT")]
    (rect, chip), = card.parts(chips, rtl=True).chips
    assert chip.name == "CSAT" and chip.value == "۶۶٪ ▼۱۲"  # not "رضایت…"
    assert chip.tip == "رضایت مشتری (CSAT) ۶۶٪ ▼۱۲"  # the full name stays in the tooltip
    assert rect.right() <= CARD_WIDTH and rect.left() >= 0


def test_persian_sample_chips_name_their_kpi_instead_of_a_cut_word(qapp):
    from journeymap.model.io import load_map
    from tests.canvas.scenes import editor_scene
    from tests.conftest import SAMPLES

    scene = editor_scene(load_map(next(p for p in SAMPLES if "store_fa" in p.name)))
    kinds = {k.name: k.kind.upper() for k in scene.doc.map.kpis}
    painted = [(rect, c) for node in scene.doc.map.nodes
               for rect, c in card.parts(scene.node_info(node.id).chips, rtl=True).chips if c.name]
    assert painted
    assert not [c.name for _, c in painted if "…" in c.name]
    assert {c.name for _, c in painted} & set(kinds.values())  # some chips show NPS / CSAT / CES


def test_the_overflow_chip_counts_in_the_maps_digits(qapp):
    chips = [card.Chip(f"مؤشر طويل جدًا رقم {i}", "٩١٪", "#2e9e5b") for i in range(4)]
    for language, digits in (("fa", "۰۱۲۳۴۵۶۷۸۹"), ("ar", "٠١٢٣٤٥٦٧٨٩"), ("en", "0123456789")):
        overflow = card.parts(chips, rtl=True, language=language).chips[-1][1]
        assert not overflow.name and overflow.value[0] == "+" and len(overflow.value) == 2
        assert overflow.value[1] in digits  # "+۳" on a Persian map, not "+3"


def _visual_x(text: str, index: int) -> float:
    from PySide6.QtGui import QTextLayout

    from journeymap.canvas import style

    layout = QTextLayout(text, style.map_font(card.CHIP_POINTS))
    layout.setTextOption(style.number_option())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_an_abbreviated_arabic_chip_keeps_its_value_in_reading_order(qapp):
    chips = [card.Chip("رضا العملاء (CSAT) في الفرع الرئيسي", "٤٨٪ ▼٧", "#b35c00", short="CSAT")]
    (_, chip), = card.parts(chips, rtl=True).chips
    text = chip.painted_text()
    assert chip.name == "CSAT"
    first, last = text.index("٤"), text.index("٧")
    assert _visual_x(text, first) < _visual_x(text, last)  # "CSAT ٤٨٪ ▼٧", not "CSAT ٧▼ ٪٤٨"
    assert _visual_x(text, text.index("C")) < _visual_x(text, first)
