from journeymap.model.pagination import stage_groups


def test_stages_fill_a_page_in_order_and_are_never_cut():
    assert stage_groups([3, 3, 3, 3, 3], 10) == [[0, 1, 2], [3, 4]]
    assert stage_groups([4, 6, 1], 10) == [[0, 1], [2]]  # exactly full counts as fitting


def test_a_stage_wider_than_the_page_gets_its_own_page():
    assert stage_groups([2, 15, 2, 2], 10) == [[0], [1], [2, 3]]
    assert stage_groups([], 10) == []
