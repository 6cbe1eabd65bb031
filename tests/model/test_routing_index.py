"""The card index the router asks (which cards are near, which block a segment), after cards move,
and where an arrow's label is placed: exact boxes, exact boundaries, exact label centres."""
import pytest

from journeymap.model.routing import (
    CardIndex,
    label_spot,
    path_clear,
    route_clear,
    route_crosses,
)

BOX = (100, 100, 200, 200)


def cards(**boxes) -> CardIndex:
    index = CardIndex()
    for key, box in boxes.items():
        index.set(key, box)
    return index


# --- near: the cards a region touches ----------------------------------------------------------

def test_a_card_across_a_bucket_border_is_found_from_either_side():
    index = cards(a=(250, 250, 262, 262))
    assert index.near((258, 258, 300, 300)) == {"a"}
    assert index.near((240, 240, 251, 251)) == {"a"}
    assert index.near((0, 0, 10, 10)) == set()


def test_a_card_at_negative_coordinates_is_found():
    index = cards(n=(-100, -100, -90, -90), far=(-600, -600, -590, -590))
    assert index.near((-95, -95, -92, -92)) == {"n"}
    assert index.near((-595, -700, -400, -595)) == {"far"}


def test_a_region_only_touching_a_card_does_not_find_it():
    index = cards(a=BOX)
    assert index.near((200, 100, 300, 200)) == set()
    assert index.near((100, 200, 200, 300)) == set()
    assert index.near((0, 0, 100, 100)) == set()
    assert index.near((0, 100, 100, 200)) == set() and index.near((100, 0, 200, 100)) == set()
    assert index.near((199, 199, 300, 300)) == {"a"}


def test_a_moved_card_is_found_only_at_its_new_place():
    index = cards(a=BOX, b=(300, 100, 400, 200))
    index.set("a", (1000, 1000, 1100, 1100))
    assert index.boxes["a"] == (1000, 1000, 1100, 1100)
    assert index.near((90, 90, 210, 210)) == set()
    assert index.near((990, 990, 1010, 1010)) == {"a"}
    assert not index.blocked((0, 150), (250, 150)) and index.blocked((1050, 0), (1050, 2000))


def test_a_moved_then_removed_card_leaves_no_trace():
    index = cards(a=BOX, b=(300, 100, 400, 200))
    index.set("a", (1000, 1000, 1100, 1100))
    index.remove("a")
    assert "a" not in index.boxes
    assert index.near((0, 0, 2000, 2000)) == {"b"}
    assert not index.blocked((150, 0), (150, 2000)) and not index.blocked((1050, 0), (1050, 2000))


def test_a_removed_card_at_negative_coordinates_leaves_no_trace():
    index = cards(n=(-100, -100, -90, -90), w=(-300, -20, -290, -10))
    index.remove("n")
    index.remove("w")
    assert index.near((-400, -400, 400, 400)) == set() and index.boxes == {}
    assert not index.blocked((-400, -95), (400, -95)) and not index.blocked((-295, -400), (-295, 400))


def test_removing_an_unknown_card_changes_nothing():
    index = cards(a=BOX)
    index.remove("ghost")
    assert index.boxes == {"a": BOX} and index.near((0, 0, 300, 300)) == {"a"}


def test_bounds_span_every_card():
    index = cards(a=(10, -20, 30, 40), b=(-50, 5, -40, 15), c=(0, 0, 500, 35))
    assert index.bounds() == (-50, -20, 500, 40)


# --- blocked: a segment keeps CLEAR (8) from every other card -----------------------------------

@pytest.mark.parametrize("a, b, expected", [
    ((0, 92), (300, 92), False), ((0, 92.5), (300, 92.5), True),          # above
    ((300, 208), (0, 208), False), ((300, 207.5), (0, 207.5), True),      # below, drawn leftwards
    ((92, 0), (92, 300), False), ((92.5, 300), (92.5, 0), True),          # left, drawn upwards
    ((208, 0), (208, 300), False), ((207.5, 0), (207.5, 300), True),      # right
    ((0, 150), (92, 150), False), ((92.5, 150), (0, 150), True),          # stops short on the left
    ((300, 150), (208, 150), False), ((207.5, 150), (300, 150), True),    # stops short on the right
    ((150, 0), (150, 92), False), ((150, 92.5), (150, 0), True),          # stops short above
    ((150, 300), (150, 208), False), ((150, 207.5), (150, 300), True),    # stops short below
])
def test_a_segment_is_blocked_when_closer_than_8_to_a_card(a, b, expected):
    assert cards(c=BOX).blocked(a, b) is expected


def test_a_segment_may_pass_an_ignored_card_and_any_clearance_can_be_asked():
    index = cards(c=BOX)
    assert not index.blocked((0, 150), (300, 150), ("c",))
    assert not index.blocked((0, 100), (300, 100), clear=0.0)
    assert index.blocked((0, 100.5), (300, 100.5), clear=0.0)
    assert not index.blocked((0, 97), (300, 97), clear=3.0) and index.blocked((0, 97.5), (300, 97.5), clear=3.0)


def test_long_segments_see_cards_in_far_buckets_and_at_negative_coordinates():
    index = cards(far=(800, 590, 820, 610), low=(690, 700, 710, 720), neg=(-300, -50, -280, 50))
    assert index.blocked((0, 600), (1000, 600))
    assert index.blocked((700, 0), (700, 1000))
    assert index.blocked((-290, -200), (-290, 200))
    assert index.blocked((-400, 0), (-200, 0))
    assert not index.blocked((0, 0), (600, 0))


# --- which routes count as clear or as crossing a card ------------------------------------------

def test_a_route_crosses_a_card_under_any_of_its_pieces_in_either_direction():
    points = [(0, 50), (100, 50), (100, 200)]
    assert route_crosses(points, (40, 0, 60, 100))
    assert route_crosses(points, (90, 150, 110, 160))
    assert route_crosses(points[::-1], (40, 0, 60, 100)) and route_crosses(points[::-1], (90, 150, 110, 160))
    assert not route_crosses(points, (40, 50, 60, 100))      # only touches its top border
    assert not route_crosses(points, (100, 0, 120, 300))     # only touches its left border
    assert not route_crosses(points, (0, 0, 90, 40)) and not route_crosses([(50, 50)], (0, 0, 100, 100))


def test_the_end_pieces_may_touch_their_own_cards_but_inner_pieces_may_not():
    index = cards(s=(0, 0, 100, 60), d=(200, 0, 300, 60), x=(120, 100, 180, 130))
    assert route_clear([(100, 30), (200, 30)], index, ("s", "d"))
    assert route_clear([(90, 30), (210, 30)], index, ("s", "d"))
    assert not route_clear([(90, 30), (105, 30), (105, 50), (210, 50)], index, ("s", "d"))
    assert not route_clear([(90, 30), (190, 30), (195, 30), (195, 50), (210, 50)], index, ("s", "d"))
    assert not route_clear([(100, 30), (150, 30), (150, 50), (200, 50)], index, ("s",))
    assert not route_clear([(100, 30), (110, 30), (110, 95), (190, 95), (190, 30), (200, 30)], index, ("s", "d"))
    assert route_clear([(100, 30), (110, 30), (110, 95), (190, 95), (190, 30), (200, 30)], index, ("s", "d"), 1.0)


def test_the_clearance_asked_applies_to_every_piece():
    index = cards(s=(0, 0, 100, 60), d=(200, 0, 300, 60), n=(103, 35, 107, 45), m=(193, 35, 197, 45))
    points = [(100, 30), (110, 30), (110, 95), (190, 95), (190, 30), (200, 30)]
    assert route_clear(points, index, ("s", "d"), 1.0) and not route_clear(points, index, ("s", "d"))
    assert route_clear([(100, 30), (200, 30)], index, ("s", "d"), 1.0)
    assert not route_clear([(100, 30), (200, 30)], index, ("s", "d"))


def test_a_three_point_route_is_checked_on_both_pieces():
    index = cards(s=(0, 0, 100, 60), x=(120, 100, 180, 130))
    assert not route_clear([(100, 30), (150, 30), (150, 200)], index, ("s", "d"))
    assert route_clear([(100, 30), (110, 30), (110, 200)], index, ("s", "d"))


def test_a_path_is_clear_only_when_every_piece_is():
    index = cards(s=(0, 0, 100, 60), x=(120, 100, 180, 130))
    assert path_clear([(110, 0), (110, 200), (300, 200)], index, ())
    assert not path_clear([(110, 0), (110, 200), (150, 200), (150, 0)], index, ())
    assert path_clear([(110, 0), (110, 200), (150, 200), (150, 0)], index, ("x",))


# --- where the label goes -----------------------------------------------------------------------

def test_a_label_sits_in_the_middle_of_the_longest_piece():
    assert label_spot([(0, 0), (100, 0), (100, 300)], (60, 20), CardIndex()) == (100, 150)
    assert label_spot([(0, 0), (0, 50), (400, 50)], (60, 20), CardIndex()) == (200, 50)


def test_the_longest_piece_wins_wherever_it_lies():
    assert label_spot([(0, 0), (300, 0), (300, 100)], (60, 20), CardIndex()) == (150, 0)
    assert label_spot([(0, 0), (0, 300), (100, 300)], (60, 20), CardIndex()) == (0, 150)


def test_a_covered_label_on_a_vertical_piece_away_from_the_origin_moves_right():
    assert label_spot([(500, 0), (500, 300)], (60, 20), cards(c=(420, 100, 468.5, 200))) == (533, 150)


def test_a_covered_label_on_a_vertical_piece_moves_right_then_left():
    right = label_spot([(0, 0), (0, 300)], (60, 20), cards(c=(-80, 100, -31.5, 200)))
    left = label_spot([(0, 0), (0, 300)], (60, 20), cards(c=(31.5, 100, 80, 200)))
    assert right == (33, 150) and left == (-33, 150)
    assert label_spot([(0, 0), (0, 300)], (60, 20), cards(c=(32.5, 100, 80, 200))) == (0, 150)  # 2 to spare


def test_a_covered_label_on_a_horizontal_piece_moves_below_then_above():
    assert label_spot([(0, 0), (200, 0)], (60, 20), cards(c=(80, -5, 120, 0))) == (100, 13)
    assert label_spot([(0, 0), (200, 0)], (60, 20), cards(c=(80, -1, 120, 30))) == (100, -13)


@pytest.mark.parametrize("k", range(7))
def test_a_label_tries_the_middle_then_points_further_out(k):
    order = (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9)
    index = cards(**{f"c{j}": (-100, 1000 * t - 13, 100, 1000 * t + 13) for j, t in enumerate(order[:k])})
    assert label_spot([(0, 0), (0, 1000)], (60, 20), index) == pytest.approx((0, 1000 * order[k]))


def test_a_label_on_a_piece_shorter_than_one_moves_like_a_horizontal_one():
    assert label_spot([(0, 0), (0.5, 0)], (60, 20), cards(c=(-40, -5, 40, 0))) == (0.25, 13)


def test_a_label_with_no_free_place_goes_where_it_covers_the_least_card():
    index = cards(c=(-100, -4, 200, 100))
    assert label_spot([(0, 0), (100, 0)], (20, 10), index) == (50, -8)


def test_a_label_of_a_route_without_pieces_sits_on_its_point():
    assert label_spot([(5, 5)], (20, 10), CardIndex()) == (5, 5)


def test_a_label_blocked_only_in_the_middle_moves_right_of_a_vertical_and_below_a_horizontal_piece():
    assert label_spot([(0, 0), (0, 300)], (60, 20), cards(c=(-0.5, 140, 0.5, 160))) == (33, 150)
    assert label_spot([(0, 0), (200, 0)], (60, 20), cards(c=(90, -0.5, 110, 0.5))) == (100, 13)


@pytest.mark.parametrize("card, expected", [
    ((-100, 100, 100, 139), (0, 195)),      # 1 into the 2 kept above the label
    ((-100, 100, 100, 137.5), (0, 150)),    # half a unit beyond it
    ((-100, 161, 100, 200), (0, 105)),      # 1 into the 2 kept below
    ((-80, 100, -32.5, 200), (0, 150)),     # half a unit beyond the 2 kept on the left
    ((31, 161, 40, 200), (-33, 150)),       # one square unit of card is still covered
])
def test_a_label_keeps_exactly_2_clear_of_every_card_on_every_side(card, expected):
    assert label_spot([(0, 0), (0, 300)], (60, 20), cards(c=card)) == expected
