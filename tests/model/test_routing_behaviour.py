"""Arrows between a card and one below it (vertical ports), searched and fallback routes over the
whole map, far down the map and right to left, which pieces of a route must keep clear, and where
an arrow's label goes.

Cards are boxes (x0, y0, x1, y1) in scene units; the source ``s`` is 100 x 60 at the origin unless
a test says otherwise. Arrows run a ``STUB`` (10) straight out of and into a card and keep ``CLEAR``
(8) from every other card. (The upward jog, the zero-width column band, half-unit steps, the
right-to-left wall and three-point clearance are in test_routing_shapes.py / test_routing_index.py.)
"""
from journeymap.model.routing import CardIndex, label_spot, route, route_clear

S = (0, 0, 100, 60)
BELOW = (90, 200, 190, 260)  # less than 20 ahead of S: joined from S's bottom (50, 60) to its top (140, 200)


def cards(**boxes) -> CardIndex:
    index = CardIndex()
    for key, box in boxes.items():
        index.set(key, box)
    return index


def down(dy, **boxes) -> CardIndex:
    """The same cards moved ``dy`` down the map."""
    return cards(**{key: (b[0], b[1] + dy, b[2], b[3] + dy) for key, b in boxes.items()})


# --- a card below: straight drop, jogs across, then down a column gutter -----------------------


def test_a_column_half_a_unit_too_narrow_gets_a_jog_halfway_down():
    points = route("s", "d", cards(s=S, d=(76.5, 200, 176.5, 260)))
    assert points == [(50, 60), (50, 130), (126.5, 130), (126.5, 200)]



def test_a_card_on_the_middle_crossing_moves_it_up_to_the_source_stub():
    points = route("s", "d", cards(s=S, d=BELOW, m=(80, 110, 110, 150)))
    assert points == [(50, 60), (50, 70), (140, 70), (140, 200)]


def test_a_card_on_both_early_crossings_moves_it_down_to_the_target_stub():
    points = route("s", "d", cards(s=S, d=BELOW, m=(80, 65, 110, 150)))
    assert points == [(50, 60), (50, 190), (140, 190), (140, 200)]


def test_with_every_crossing_blocked_the_column_left_of_the_target_is_tried_first():
    index = cards(s=S, d=BELOW, b1=(100, 62, 130, 80), b2=(100, 120, 130, 140), b3=(30, 150, 45, 170))
    points = route("s", "d", index)
    assert points == [(50, 60), (50, 70), (80, 70), (80, 190), (140, 190), (140, 200)]


def test_then_the_column_left_of_the_source_then_the_one_right_of_it():
    blockers = dict(a=(125, 62, 135, 78), b=(60, 120, 95, 140), c=(30, 150, 45, 170))
    index = cards(s=S, d=BELOW, **blockers)
    assert route("s", "d", index) == [(50, 60), (50, 70), (-10, 70), (-10, 190), (140, 190), (140, 200)]
    far_down = route("s", "d", down(1000, s=S, d=BELOW, **blockers))
    assert far_down == [(50, 1060), (50, 1070), (-10, 1070), (-10, 1190), (140, 1190), (140, 1200)]
    index.set("e", (-30, 100, -5, 120))
    assert route("s", "d", index) == [(50, 60), (50, 70), (110, 70), (110, 190), (140, 190), (140, 200)]


def test_a_drop_blocked_by_a_wide_card_is_searched_down_its_right_side_at_clear_distance():
    boxes = dict(s=S, d=(0, 400, 100, 460), w=(-100, 200, 130, 260))
    assert route("s", "d", cards(**boxes)) == [(50, 60), (50, 70), (138, 70), (138, 390), (50, 390), (50, 400)]
    far_down = route("s", "d", down(1000, **boxes))
    assert far_down == [(50, 1060), (50, 1070), (138, 1070), (138, 1390), (50, 1390), (50, 1400)]


# --- searched and fallback routes -------------------------------------------------------------


def test_a_wall_beyond_both_search_regions_is_passed_over_the_whole_map():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -600, 300, 700))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, -608), (390, -608), (390, 30), (400, 30)]


def test_a_wall_reaching_further_up_than_down_is_passed_under_over_the_whole_map():
    index = cards(s=S, d=(400, 0, 500, 60), w=(200, -700, 300, 600))
    points = route("s", "d", index)
    assert points == [(100, 30), (110, 30), (110, 608), (390, 608), (390, 30), (400, 30)]


def test_a_wall_beyond_the_first_region_is_passed_on_its_nearer_side_in_the_wider_one():
    """The wall's bottom (1238) is 178 below the arrow, its top (692) 338 above: the bottom wins."""
    index = cards(s=(0, 1000, 100, 1060), d=(400, 1000, 500, 1060), w=(200, 700, 300, 1230))
    points = route("s", "d", index)
    assert points == [(100, 1030), (110, 1030), (110, 1238), (390, 1238), (390, 1030), (400, 1030)]


def test_right_to_left_an_enclosed_target_gets_the_plain_jog_halfway_between_the_stubs():
    boxes = dict(s=(400, 0, 500, 60), d=(0, 100, 100, 160), left=(-15, 80, -5, 180),
                 right=(105, 80, 115, 180), top=(-15, 80, 115, 90), bottom=(-15, 170, 115, 180))
    assert route("s", "d", cards(**boxes), rtl=True) == [(400, 30), (250, 30), (250, 130), (100, 130)]
    assert route("s", "d", down(1000, **boxes), rtl=True) == [(400, 1030), (250, 1030), (250, 1130), (100, 1130)]


def test_an_enclosed_target_far_down_the_map_gets_the_same_plain_jog():
    index = down(1000, s=S, d=(400, 100, 500, 160), left=(385, 80, 395, 180), right=(505, 80, 515, 180),
                 top=(385, 80, 515, 90), bottom=(385, 170, 515, 180))
    assert route("s", "d", index) == [(100, 1030), (250, 1030), (250, 1130), (400, 1130)]



def test_level_cards_too_low_for_a_band_still_get_one_straight_arrow():
    assert route("s", "d", cards(s=(0, 0, 100, 20), d=(200, 0, 300, 20))) == [(100, 10), (200, 10)]


# --- which pieces of a route must keep clear ----------------------------------------------------


def test_cards_in_the_corners_of_a_jog_but_clear_of_its_pieces_do_not_block_it():
    jog = [(100, 30), (150, 30), (150, 130), (200, 130)]
    index = cards(s=S, d=(200, 100, 300, 160), inner=(115, 60, 135, 110), outer=(165, 45, 185, 115))
    assert route_clear(jog, index, ("s", "d"))


def test_a_card_beside_the_middle_piece_of_a_jog_blocks_it_unless_only_tight_is_asked():
    jog = [(100, 30), (150, 30), (150, 130), (200, 130)]
    index = cards(s=S, d=(200, 100, 300, 160), x=(155, 60, 170, 90))
    assert not route_clear(jog, index, ("s", "d"))
    assert route_clear(jog, index, ("s", "d"), 1.0)



# --- where an arrow's label goes (60 x 20, with a 2-unit margin) --------------------------------

LABEL = (60, 20)


def spot(points, **boxes):
    return label_spot(points, LABEL, cards(**boxes))


def test_a_label_goes_on_the_truly_longest_piece_wherever_the_route_lies():
    assert spot([(1000, 0), (1200, 0), (1200, 100)]) == (1100, 0)
    assert spot([(0, -100), (0, 100), (50, 100)]) == (0, 0)


def test_a_label_on_a_vertical_piece_away_from_the_origin_still_moves_sideways():
    assert spot([(500, 0), (500, 300)], c=(420, 100, 468.5, 200)) == (533, 150)


def test_a_label_blocked_only_on_the_line_moves_right_of_a_vertical_piece_and_below_a_horizontal_one():
    assert spot([(0, 0), (0, 300)], c=(-0.5, 140, 0.5, 160)) == (33, 150)
    assert spot([(0, 0), (200, 0)], c=(95, -0.5, 105, 0.5)) == (100, 13)


def test_a_label_keeps_exactly_2_clear_on_each_side():
    assert spot([(0, 0), (0, 300)], c=(-80, 100, -32.5, 200)) == (0, 150)     # left: 2.5 away
    assert spot([(0, 0), (200, 0)], c=(80, -30, 120, -12.5)) == (100, 0)      # above: 2.5 away
    assert spot([(0, 0), (200, 0)], c=(80, -30, 120, -10)) == (100, 13)       # above: inside the margin
    assert spot([(0, 0), (200, 0)], c=(80, 10, 120, 30)) == (100, -13)        # below: inside the margin


def test_a_label_covering_even_one_square_unit_of_a_card_moves():
    assert spot([(0, 0), (0, 300)], c=(31, 161, 40, 170)) == (-33, 150)
