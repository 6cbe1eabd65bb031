"""Localised digits and titles a user reads, new ids, and the map lookups and copies the editor relies on."""
import re

import pytest
from pydantic import ValidationError

from journeymap.model.ids import new_id
from journeymap.model.messages import (
    base_language,
    localize_digits,
    localize_digits_outside_isolates,
    new_node_title,
    render,
    template,
)
from journeymap.model.schema import KpiDef, Stage, updated
from tests.model.factories import build

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"


@pytest.mark.parametrize("language, base", [("fa", "fa"), ("fa_IR", "fa"), ("AR-eg", "ar"), ("en_US", "en"),
                                            ("Fa-Latn_IR", "fa")])
def test_the_base_language_ignores_region_and_case(language, base):
    assert base_language(language) == base


def test_persian_and_arabic_digits_decimal_point_and_percent_sign():
    assert localize_digits("2.5% of 1,040", "fa_IR") == "۲٫۵٪ of ۱,۰۴۰"
    assert localize_digits("2.5% v.3", "ar-EG") == "٢٫٥٪ v.٣"
    assert localize_digits("2.5% of 10", "en") == "2.5% of 10"


def test_a_language_without_a_translation_reads_english():
    assert template("dead_end", "de") == "Dead end: no way on from here, and it is not marked as an exit"
    assert template("dead_end", "fa_IR") == "بن‌بست: از اینجا راهی به ادامه سفر نیست و نقطه خروج هم نیست"
    assert render("unreachable", "tr-TR") == "Customers cannot reach this from any entry point"


@pytest.mark.parametrize("language, touchpoint, key_moment", [
    ("en", "New touchpoint", "New key moment"), ("de-DE", "New touchpoint", "New key moment"),
    ("fa_IR", "نقطه تماس جدید", "لحظه کلیدی جدید"), ("ar", "نقطة اتصال جديدة", "لحظة حاسمة جديدة"),
])
def test_a_new_card_is_titled_in_the_maps_language(language, touchpoint, key_moment):
    assert new_node_title("touchpoint", language) == touchpoint
    assert new_node_title("key_moment", language) == key_moment


@pytest.mark.parametrize("text, expected", [
    ("12 x", "۱۲ x"),
    (f"12 {FSI}a 3{PDI} 45", f"۱۲ {FSI}a 3{PDI} ۴۵"),
    (f"1{FSI}x{RLI}2{PDI} 3{PDI} 4", f"۱{FSI}x{RLI}2{PDI} 3{PDI} ۴"),  # nested: digits inside stay
    (f"{LRI}7{PDI}8{RLI}9{PDI}0", f"{LRI}7{PDI}۸{RLI}9{PDI}۰"),
    (f"1 {LRI} 2", f"۱ {LRI} 2"),  # never closed: the rest is user text
    (f"{PDI}1 {FSI}2{PDI} 3", f"{PDI}۱ {FSI}2{PDI} ۳"),  # a stray PDI closes nothing
    (f"5{PDI}6{FSI}7{PDI}8", f"۵{PDI}۶{FSI}7{PDI}۸"),
    (f"{FSI}{FSI}1{PDI}{PDI}2", f"{FSI}{FSI}1{PDI}{PDI}۲"),
    (f"{FSI}1{PDI}{LRI}2{PDI}{RLI}3{PDI}4", f"{FSI}1{PDI}{LRI}2{PDI}{RLI}3{PDI}۴"),  # all three kinds of isolate
    ("X5", "X۵"),
])
def test_digits_are_localised_only_outside_isolated_user_text(text, expected):
    assert localize_digits_outside_isolates(text, "fa") == expected


def test_isolates_are_kept_as_they_are_in_a_language_with_latin_digits():
    text = f"1 {FSI}2{PDI} 3"
    assert localize_digits_outside_isolates(text, "en") == text


def test_a_new_id_is_twelve_hex_digits_with_its_prefix():
    assert re.fullmatch(r"n-[0-9a-f]{12}", new_id("n"))
    assert re.fullmatch(r"[0-9a-f]{12}", new_id())
    assert new_id("e") != new_id("e")


@pytest.mark.parametrize("method, expected", [("nps", (-100.0, 100.0)), ("top2box", (0.0, 100.0)),
                                              ("percent", (0.0, 100.0)), ("mean", (1.0, 7.0))])
def test_a_kpis_value_range_follows_its_method(method, expected):
    assert KpiDef(id="k", name="K", method=method, scale_min=1, scale_max=7).value_range() == expected


def test_a_card_is_found_by_its_id_and_an_unknown_id_is_a_key_error():
    jmap = build()
    assert jmap.node("b").title == "Checkout" and jmap.node("c").title == "Call"
    with pytest.raises(KeyError, match="zz"):
        jmap.node("zz")


def test_only_a_right_to_left_map_is_rtl():
    assert build(direction="rtl").is_rtl() is True
    assert build(direction="ltr").is_rtl() is False


def test_a_detached_map_has_lists_of_its_own_that_share_the_items():
    jmap = build(personas=[{"id": "p1", "name": "Buyer"}], reviews=[{"rule": "dead_end", "node_id": "a",
                                                                     "decision": "accepted"}])
    copy = jmap.detached()
    assert copy == jmap
    for name in ("personas", "stages", "lanes", "nodes", "edges", "kpis", "periods", "measurements", "reviews"):
        assert getattr(copy, name) is not getattr(jmap, name), name
        assert all(a is b for a, b in zip(getattr(copy, name), getattr(jmap, name))), name
    copy.nodes.pop()
    copy.stages.append(Stage(id="s3", name="After"))
    assert [n.id for n in jmap.nodes] == ["a", "b", "c"] and len(jmap.stages) == 2
    assert copy.emotion_scale is jmap.emotion_scale and copy.rules is jmap.rules


def test_updated_validates_the_changed_copy():
    stage = Stage(id="s1", name="Before")
    assert updated(stage, name="After", width=400) == Stage(id="s1", name="After", width=400)
    assert stage.name == "Before"
    with pytest.raises(ValidationError, match="greater than or equal to 120"):
        updated(stage, width=50)
