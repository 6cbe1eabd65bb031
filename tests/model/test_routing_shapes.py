"""The exact arrow a user sees between two cards: straight, one jog, along a gutter, or searched.

Cards are boxes (x0, y0, x1, y1) in scene units; the source ``s`` is 100 x 60 at the origin unless
a test says otherwise. Arrows leave the side facing the target, run a ``STUB`` (10) straight out,
and keep ``CLEAR`` (8) from every other card, or ``TIGHT`` (1) when nothing else fits.
"""
import pytest

from journeymap.model.routing import (
    CardIndex,
    path_clear,
    plain_route,
    route,
    route_clear,
)

S = (0, 0, 100, 60)


def cards(**boxes) -> CardIndex:
    index = CardIndex()
    for key, box in boxes.items():
        index.set(key, box)
    return index


def bends(points) -> int:
    return len(points) - 2


# --- ports: which sides an arrow leaves and enters -------------------------------------------

def test_a_card_20_ahead_is_joined_side_to_side_at_mid_height():
    assert plain_route(S, (120, 40, 220, 100)) == [(100, 30), (120, 70)]


def test_a_card_less_than_20_ahead_is_joined_bottom_to_top():
    assert plain_route(S, (119, 40, 219, 100)) == [(50, 60), (169, 40)]


def test_a_card_level_but_behind_is_joined_bottom_to_top():
    assert plain_route(S, (-300, 0, -200, 60)) == [(50, 60), (-250, 0)]


def test_a_card_above_and_behind_is_joined_top_to_bottom():
    assert plain_route(S, (-300, -200, -200, -140)) == [(50, 0), (-250, -140)]


def test_right_to_left_joins_the_left_side_to_the_next_cards_right_side():
    source = (300, 0, 400, 60)
    assert plain_route(source, (180, 40, 280, 100), rtl=True) == [(300, 30), (280, 70)]
    assert plain_route(source, (181, 40, 281, 100), rtl=True) == [(350, 60), (231, 40)]
    assert plain_route(source, (500, -200, 600, -140), rtl=True) == [(350, 0), (550, -140)]


# --- straight and one-jog routes --------------------------------------------------------------

def test_cards_sharing_a_band_get_one_straight_line_through_its_middle():
    assert route("s", "d", cards(s=S, d=(200, 10, 300, 70))) == [(100, 35), (200, 35)]


def test_a_band_of_exactly_zero_after_the_12_margin_is_still_straight():
    assert route("s", "d", cards(s=S, d=(200, 36, 300, 96))) == [(100, 48), (200, 48)]


def test_cards_offset_beyond_the_band_get_one_jog_halfway_between_the_stubs():
    points = route("s", "d", cards(s=S, d=(200, 36.5, 300, 96.5)))
    assert points == [(100, 30), (150, 30), (150, 66.5), (200, 66.5)]


def test_a_card_on_the_middle_jog_moves_the_jog_to_the_source_stub():
    index = cards(s=S, d=(200, 100, 300, 160))
    assert route("s", "d", index) == [(100, 30), (150, 30), (150, 130), (200, 130)]
    index.set("m", (130, 50, 170, 90))
    assert route("s", "d", index) == [(100, 30), (110, 30), (110, 130), (200, 130)]


def test_a_card_on_both_early_jogs_moves_the_jog_to_the_target_stub():
    index = cards(s=S, d=(200, 100, 300, 160), m=(105, 50, 170, 90))
    assert route("s", "d", index) == [(100, 30), (190, 30), (190, 130), (200, 130)]


def test_right_to_left_jogs_halfway_between_the_stubs_going_left():
    index = cards(s=(400, 0, 500, 60), d=(200, 100, 300, 160))
    assert route("s", "d", index, rtl=True) == [(400, 30), (350, 30), (350, 130), (300, 130)]


def test_a_card_below_sharing_a_column_gets_a_straight_drop():
    assert route("s", "d", cards(s=S, d=(50, 200, 150, 260))) == [(75, 60), (75, 200)]


def test_a_card_above_sharing_a_column_gets_a_straight_rise():
    assert route("s", "d", cards(s=S, d=(50, -300, 150, -240))) == [(75, 0), (75, -240)]


def test_a_card_below_outside_the_column_gets_a_jog_halfway_down():
    points = route("s", "d", cards(s=S, d=(90, 200, 190, 260)))
    assert points == [(50, 60), (50, 130), (140, 130), (140, 200)]


def test_a_gap_of_one_and_a_half_is_taken_straight_when_nothing_keeps_clear():
    index = cards(s=S, d=(200, 0, 300, 60), up=(120, -50, 180, 28.5), down=(120, 31.5, 180, 110))
    assert route("s", "d", index) == [(100, 30), (200, 30)]


# --- along a gutter beside the target or the source --------------------------------------------

def test_the_gutter_above_the_target_is_tried_first():
    index = cards(s=S, d=(200, 100, 300, 160), b1=(120, 110, 180, 150), b2=(130, 0, 170, 40))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, 90), (190, 90), (190, 130), (200, 130)]


def test_the_gutter_below_the_target_comes_next():
    index = cards(s=S, d=(200, 100, 300, 160), w=(120, 20, 180, 140))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, 170), (190, 170), (190, 130), (200, 130)]


def test_then_the_gutter_above_the_source():
    index = cards(s=S, d=(200, 100, 300, 160), w=(120, 20, 180, 400))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, -10), (190, -10), (190, 130), (200, 130)]


def test_then_the_gutter_below_the_source():
    index = cards(s=S, d=(200, 100, 300, 160), c=(183, -40, 230, 55), e=(120, 80, 180, 400))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, 70), (190, 70), (190, 130), (200, 130)]


def test_a_drop_blocked_everywhere_goes_down_the_column_right_of_the_target():
    index = cards(s=S, d=(90, 200, 190, 260), b=(40, 100, 150, 160))
    points = route("s", "d", index)
    assert points == [(50, 60), (50, 70), (200, 70), (200, 190), (140, 190), (140, 200)]


# --- searched routes ---------------------------------------------------------------------------

def test_a_wall_is_passed_over_its_top_with_two_bends_between_the_stubs():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -20, 300, 80))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, -28), (390, -28), (390, 30), (400, 30)]
    assert route_clear(points, index, ("s", "d")) and bends(points) == 4


def test_a_wall_taller_than_the_first_search_region_is_passed_in_the_wider_one():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -250, 300, 360))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, -258), (390, -258), (390, 30), (400, 30)]


def test_a_gap_in_a_wall_is_used_along_its_nearer_edge():
    index = cards(s=S, d=(400, 0, 500, 60), top=(200, -250, 300, 100), bottom=(200, 130, 300, 360))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, 108), (390, 108), (390, 30), (400, 30)]


def test_a_bend_costs_40_so_a_shorter_route_with_one_more_bend_wins():
    """Under the wall with 3 bends (length 396) beats under both cards with 2 (length 456)."""
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -200, 300, 80), p=(120, 50, 180, 110))
    points = route("s", "d", index)
    assert points == [(100, 30), (192, 30), (192, 88), (390, 88), (390, 30), (400, 30)]
    assert path_clear(points, index, ("s", "d"))


def test_a_region_of_400_cards_is_still_searched():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -20, 300, 80))
    for k in range(397):  # far below the route, inside the first search region
        index.set(f"f{k}", (-150 + 2 * k, 205, -149 + 2 * k, 206))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, -28), (390, -28), (390, 30), (400, 30)]


def test_a_region_of_401_cards_is_not_searched_and_the_arrow_runs_straight():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -20, 300, 80))
    for k in range(398):
        index.set(f"f{k}", (-150 + 2 * k, 205, -149 + 2 * k, 206))
    assert route("s", "d", index) == [(100, 30), (400, 30)]


def test_an_enclosed_target_gets_the_plain_jog_halfway_between_the_stubs():
    index = cards(s=S, d=(400, 100, 500, 160), left=(385, 80, 395, 180), right=(505, 80, 515, 180),
                  top=(385, 80, 515, 90), bottom=(385, 170, 515, 180))
    assert route("s", "d", index) == [(100, 30), (250, 30), (250, 130), (400, 130)]


def test_an_enclosed_target_below_gets_the_plain_jog_halfway_down():
    index = cards(s=S, d=(50, 300, 150, 360), left=(35, 285, 45, 375), right=(155, 285, 165, 375),
                  top=(35, 285, 165, 295), bottom=(35, 365, 165, 375))
    assert route("s", "d", index) == [(50, 60), (50, 180), (100, 180), (100, 300)]


def test_a_card_above_outside_the_column_gets_a_jog_halfway_up():
    points = route("s", "d", cards(s=S, d=(90, -260, 190, -200)))
    assert points == [(50, 0), (50, -100), (140, -100), (140, -200)]


def test_a_column_band_of_exactly_zero_is_still_a_straight_drop():
    assert route("s", "d", cards(s=S, d=(76, 200, 176, 260))) == [(88, 60), (88, 200)]
    assert route("s", "d", cards(s=(0, 50, 100, 110), d=(20, 300, 120, 360))) == [(60, 110), (60, 300)]


@pytest.mark.parametrize("source, target, expected", [
    ((-150, 0, -50, 60), (50, 0, 150, 60), [(-50, 30), (50, 30)]),
    ((0, -160, 100, -60), (0, 60, 100, 160), [(50, -60), (50, 60)]),
    ((0, 70, 100, 130), (200, 70, 300, 130), [(100, 100), (200, 100)]),
    ((0, 170, 100, 230), (200, 170, 300, 230), [(100, 200), (200, 200)]),
])
def test_a_straight_arrow_keeps_both_ends_wherever_the_cards_are(source, target, expected):
    assert route("s", "d", cards(s=source, d=target)) == expected


def test_a_half_unit_step_between_small_cards_is_kept():
    across = route("s", "d", cards(s=(0, 0, 100, 20), d=(200, 0.5, 300, 20.5)))
    down = route("s", "d", cards(s=(0, 0, 20, 60), d=(0.5, 200, 20.5, 260)))
    assert across == [(100, 10), (150, 10), (150, 10.5), (200, 10.5)]
    assert down == [(10, 60), (10, 130), (10.5, 130), (10.5, 200)]


def test_right_to_left_a_wall_is_passed_over_its_top_going_left():
    index = cards(s=(400, 0, 500, 60), d=(0, 0, 100, 60), w=(200, -20, 300, 80))
    points = route("s", "d", index, rtl=True)
    assert points == [(400, 30), (390, 30), (390, -28), (110, -28), (110, 30), (100, 30)]


def test_right_to_left_the_shorter_route_hugs_the_walls_right_side():
    index = cards(s=(400, 0, 500, 60), d=(0, 0, 100, 60), w=(200, -200, 300, 80), p=(320, 50, 380, 110))
    points = route("s", "d", index, rtl=True)
    assert points == [(400, 30), (308, 30), (308, 88), (110, 88), (110, 30), (100, 30)]


def enclosed(box) -> dict:
    x0, y0, x1, y1 = box
    return {"left": (x0 - 15, y0 - 15, x0 - 5, y1 + 15), "right": (x1 + 5, y0 - 15, x1 + 15, y1 + 15),
            "top": (x0 - 15, y0 - 15, x1 + 15, y0 - 5), "bottom": (x0 - 15, y1 + 5, x1 + 15, y1 + 15)}


@pytest.mark.parametrize("source, target, expected", [
    ((100, 0, 200, 40), (150, 300, 250, 360), [(150, 40), (150, 170), (200, 170), (200, 300)]),
    ((100, 160, 200, 200), (150, 400, 250, 460), [(150, 200), (150, 300), (200, 300), (200, 400)]),
])
def test_an_enclosed_target_below_anywhere_gets_the_jog_halfway_down(source, target, expected):
    assert route("s", "d", cards(s=source, d=target, **enclosed(target))) == expected


@pytest.mark.parametrize("walls, x", [
    ({"b0": (40, 170, 70, 230), "b1": (90, 80, 220, 170)}, 80),      # left of the target
    ({"b0": (120, 70, 190, 160), "b1": (0, 90, 110, 140)}, -10),     # left of the source
    ({"b0": (0, 150, 80, 260), "b1": (120, 100, 230, 170)}, 110),    # right of the source
])
def test_a_blocked_drop_takes_the_first_free_column_gutter(walls, x):
    points = route("s", "d", cards(s=S, d=(90, 200, 190, 260), **walls))
    assert points == [(50, 60), (50, 70), (x, 70), (x, 190), (140, 190), (140, 200)]


def test_a_blocked_drop_away_from_the_origin_takes_the_column_left_of_the_source():
    walls = {"b0": (120, 110, 190, 200), "b1": (0, 130, 110, 180)}
    points = route("s", "d", cards(s=(0, 40, 100, 100), d=(90, 240, 190, 300), **walls))
    assert points == [(50, 100), (50, 110), (-10, 110), (-10, 230), (140, 230), (140, 240)]


def test_a_thin_wall_is_passed_round_its_nearer_end():
    index = cards(s=(30, -250, 130, -190), d=(370, -100, 470, -40), w=(160, -260, 180, 20))
    points = route("s", "d", index)
    assert points == [(130, -220), (140, -220), (140, -268), (360, -268), (360, -70), (370, -70)]


def test_a_wide_card_below_is_passed_round_its_left_side():
    index = cards(s=(-260, 220, -160, 280), d=(-270, 470, -170, 530), w0=(-420, 330, -130, 430),
                  w1=(-130, 440, 40, 730))
    points = route("s", "d", index)
    assert points == [(-210, 280), (-210, 290), (-428, 290), (-428, 460), (-220, 460), (-220, 470)]


def test_a_detour_ending_beside_the_target_keeps_clear_of_it_until_the_stub():
    index = cards(s=(250, -180, 350, -120), d=(120, -550, 220, -490), w0=(220, -300, 390, -220),
                  w2=(110, -450, 350, -330))
    points = route("s", "d", index)
    assert points == [(300, -180), (300, -190), (102, -190), (102, -480), (170, -480), (170, -490)]
    index2 = cards(s=(190, -130, 290, -70), d=(330, -410, 430, -350), w0=(50, -270, 320, -250),
                   w2=(-10, -420, 10, -400), w3=(360, 120, 590, 270))
    points2 = route("s", "d", index2)
    assert points2 == [(290, -100), (328, -100), (328, -342), (320, -342), (320, -380), (330, -380)]


@pytest.mark.parametrize("source, target, bar, others, expected", [
    ((-30, 50, 70, 110), (80, 390, 180, 450), (-160, 200, 330, 230), {"w1": (200, -160, 490, -140)},
     [(20, 110), (20, 120), (-168, 120), (-168, 380), (130, 380), (130, 390)]),
    ((-40, 210, 60, 270), (-10, 540, 90, 600), (-300, 360, 550, 410), {"w0": (-80, 10, 400, 150)},
     [(10, 270), (10, 280), (-308, 280), (-308, 530), (40, 530), (40, 540)]),
    ((130, -160, 230, -100), (120, -450, 220, -390), (-60, -330, 560, -230),
     {"w0": (110, -20, 140, 850), "w3": (450, 90, 1330, 830)},
     [(180, -160), (180, -170), (-68, -170), (-68, -380), (170, -380), (170, -390)]),
])
def test_a_bar_between_cards_one_above_the_other_is_passed_round_its_nearer_end(source, target, bar, others,
                                                                                 expected):
    assert route("s", "d", cards(s=source, d=target, bar=bar, **others)) == expected


def test_a_tall_wall_beside_the_source_is_passed_over_its_top_arriving_from_above():
    index = cards(s=(-100, 100, 0, 160), d=(-390, 330, -290, 390), w0=(-230, 60, -160, 440),
                  w1=(230, 240, 980, 980))
    points = route("s", "d", index)
    assert points == [(-50, 160), (-50, 170), (-152, 170), (-152, 52), (-340, 52), (-340, 330)]


@pytest.mark.parametrize("target, wall, expected", [
    ((400, 0, 500, 60), (200, -900, 300, 1000), [(100, 30), (110, 30), (110, -908), (390, -908), (390, 30), (400, 30)]),
    ((400, 0, 500, 60), (200, -1000, 300, 900), [(100, 30), (110, 30), (110, 908), (390, 908), (390, 30), (400, 30)]),
    ((0, 400, 100, 460), (-900, 200, 1100, 230), [(50, 60), (50, 70), (-908, 70), (-908, 390), (50, 390), (50, 400)]),
    ((0, 400, 100, 460), (-1100, 200, 900, 230), [(50, 60), (50, 70), (908, 70), (908, 390), (50, 390), (50, 400)]),
])
def test_a_wall_longer_than_both_search_regions_is_passed_round_its_nearer_end_on_the_whole_map(target, wall,
                                                                                               expected):
    assert route("s", "d", cards(s=S, d=target, w=wall)) == expected
