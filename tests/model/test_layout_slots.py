"""Cards never overlap and never leave their cell: the slot finder and ``settle`` (pure Python)."""
import pytest

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH
from journeymap.model.schema import JourneyMap
from journeymap.model.slots import GAP, Occupancy, grown_lanes, misplaced, settle
from tests.model.factories import small_map
from tests.model.geometry import all_maps, intersecting_pairs, outside_cell

MAPS = all_maps()


@pytest.mark.parametrize("name,jmap", MAPS, ids=[name for name, _ in MAPS])
def test_loaded_maps_have_no_overlapping_or_stray_cards_after_settle(name, jmap):
    fixed, _ = settle(jmap)
    assert intersecting_pairs(fixed) == []
    assert outside_cell(fixed) == []
    assert [n.id for n in fixed.nodes] == [n.id for n in jmap.nodes]


def test_samples_and_templates_need_no_settling():
    for name, jmap in MAPS:
        if not name.startswith("synthetic"):
            assert settle(jmap) == (jmap, []), name


def test_settle_puts_a_card_beyond_its_cell_back_inside_and_reports_it():
    data = small_map()
    data["nodes"][0].update(x=5000.0, y=900.0)
    jmap = JourneyMap.model_validate(data)
    fixed, moves = settle(jmap)
    assert [(m.node_id, m.reason, m.old) for m in moves] == [("a", "outside", (5000.0, 900.0))]
    assert outside_cell(fixed) == [] and jmap.nodes[0].x == 5000.0  # input untouched


def test_settle_moves_a_card_off_another_one():
    data = small_map()
    data["nodes"][1].update(stage_id="s1", x=data["nodes"][0].get("x", 0.0) + 30)
    jmap = JourneyMap.model_validate(data)
    fixed, moves = settle(jmap)
    assert [(m.node_id, m.reason) for m in moves] == [("b", "overlap")]
    assert intersecting_pairs(fixed) == []


def test_nearest_free_slot_keeps_the_gutter_and_is_nearest():
    jmap = JourneyMap.model_validate(small_map(stages=[{"id": "s1", "name": "A", "width": 700}, {"id": "s2", "name": "B"}]))
    occupancy = Occupancy(jmap)
    a = jmap.nodes[0]
    x, y = occupancy.nearest_free("s1", "l1", a.x, a.y)  # the wanted place is taken
    assert abs(x - a.x) >= CARD_WIDTH + GAP or abs(y - a.y) >= CARD_HEIGHT + GAP
    assert x + CARD_WIDTH <= jmap.stages[0].width and y + CARD_HEIGHT <= jmap.lanes[0].height
    assert (x - a.x) ** 2 + (y - a.y) ** 2 <= (CARD_WIDTH + GAP + 10) ** 2  # right next to it


def test_a_full_cell_grows_its_lane_and_new_cards_never_overlap():
    jmap = JourneyMap.model_validate(small_map())
    occupancy = Occupancy(jmap)
    placed = [occupancy.place("s1", "l1", 12.0, 30.0) for _ in range(7)]
    nodes = [jmap.nodes[0].model_copy(update={"id": f"new{i}", "stage_id": "s1", "lane_id": "l1", "x": x, "y": y})
             for i, (x, y) in enumerate(placed)]
    grown = jmap.model_copy(update={"nodes": jmap.nodes + nodes, "lanes": grown_lanes(jmap, occupancy)})
    assert grown.lanes[0].height > jmap.lanes[0].height
    assert intersecting_pairs(grown) == [] and outside_cell(grown) == []
    assert misplaced(grown) == (set(), set())
