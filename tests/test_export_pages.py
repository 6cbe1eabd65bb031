"""The page plan (pure): one page when readable, else an overview and blocks of whole stages in order."""
import pytest

from journeymap.export_pages import min_image_scale, min_paper_scale, page_size_units, plan_pages

STAGES = [(f"s{i}", 300.0) for i in range(7)]
LANES = [("a", 200.0), ("b", 200.0)]
FRAME = (230.0, 500.0)  # lane headers, margins, title band, legend ...


def test_a_map_readable_on_the_page_stays_whole():
    plan = plan_pages(STAGES, LANES, FRAME, area=(3000, 1200), min_scale=0.6)
    assert not plan.split
    assert plan.blocks[0].stage_ids == tuple(s for s, _ in STAGES) and not plan.blocks[0].overview


def test_a_wide_map_gets_an_overview_then_consecutive_blocks_of_whole_stages():
    plan = plan_pages(STAGES, LANES, FRAME, area=(1000, 900), min_scale=0.6)
    overview, *blocks = plan.blocks
    assert overview.overview and overview.stage_ids == tuple(s for s, _ in STAGES)
    assert [s for b in blocks for s in b.stage_ids] == [s for s, _ in STAGES]  # each stage once, in order
    room = 1000 / 0.6 - FRAME[0]
    assert all(len(b.stage_ids) * 300 <= room for b in blocks)  # every block is readable at 0.6
    assert len(blocks[0].stage_ids) == int(room // 300)  # and as full as it can be
    assert [b.number for b in plan.blocks] == list(range(1, len(plan.blocks) + 1))
    assert {b.count for b in plan.blocks} == {len(plan.blocks)}


def test_a_tall_map_is_cut_between_lanes_too():
    lanes = [(f"l{i}", 300.0) for i in range(6)]
    plan = plan_pages(STAGES[:2], lanes, FRAME, area=(2000, 900), min_scale=0.6)
    blocks = plan.blocks[1:]
    assert len(blocks) >= 2 and all(b.stage_ids == ("s0", "s1") for b in blocks)
    assert [lane for b in blocks for lane in b.lane_ids] == [lane for lane, _ in lanes]


def test_presets_and_orientation():
    a4 = page_size_units("A4")
    assert a4 == pytest.approx((297 * 96 / 25.4, 210 * 96 / 25.4))
    assert page_size_units("A4", portrait=True) == pytest.approx(a4[::-1])
    assert page_size_units("16:9")[0] / page_size_units("16:9")[1] == pytest.approx(16 / 9, rel=0.01)
    with pytest.raises(ValueError):
        page_size_units("B5")


def test_minimum_scales_follow_the_type_sizes():
    assert min_paper_scale(15, 12.5) == pytest.approx(0.6)  # 15-pt titles may shrink to 9 pt
    assert min_paper_scale(9, 12.5) == pytest.approx(1.0)
    # a 1920-px slide: 15-pt titles are 20 px at scale 1, need 14 px; twice as wide, twice the pixels
    assert min_image_scale(15, 12.5, 1920, 1080) == pytest.approx(0.7)
    assert min_image_scale(15, 12.5, 3840, 2160) == pytest.approx(1.4)


def test_lane_blocks_are_balanced_and_blocks_without_cards_left_out():
    lanes = [(f"l{i}", 200.0) for i in range(5)]
    plan = plan_pages(STAGES[:2], lanes, FRAME, area=(2000, 800), min_scale=0.6)
    sizes = [len(b.lane_ids) for b in plan.blocks[1:]]
    assert sizes == [3, 2]  # not [4, 1]: a page of one lane is mostly empty
    occupied = {("s0", "l0"), ("s1", "l1")}  # no card in the lower lanes
    plan = plan_pages(STAGES[:2], lanes, FRAME, area=(2000, 800), min_scale=0.6, occupied=occupied)
    assert [b.lane_ids for b in plan.blocks[1:]] == [("l0", "l1", "l2")]
    assert [b.number for b in plan.blocks] == [1, 2] and {b.count for b in plan.blocks} == {2}
