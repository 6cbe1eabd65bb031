"""Messages in the map's language with localised digits, and user text made safe for terminals and XML."""
import json
import os

from journeymap.model.messages import (base_language, localize_digits, localize_digits_outside_isolates,
                                       new_node_title, render, template)
from journeymap.model.text import (FSI, LRI, PDI, RLI, clean_xml_file, terminal_safe_json, terminal_safe_tree,
                                   truncate_utf8)


def test_a_regional_language_code_uses_its_base_language():
    assert base_language("fa_IR") == "fa" and base_language("AR-eg") == "ar" and base_language("en") == "en"
    assert render("unreachable", "fa_IR") == "مشتری از هیچ نقطه ورودی به اینجا نمی‌رسد"
    assert render("dead_end", "ar-SA") == "طريق مسدود: لا مسار بعد هذه النقطة وليست نقطة خروج"


def test_a_language_without_translations_gets_english():
    assert template("dead_end", "de") == "Dead end: no way on from here, and it is not marked as an exit"
    assert render("emotion_dip", "fr_CA", drop=2, prev="Pay") == f"Emotion drops by 2 steps after “{FSI}Pay{PDI}”"


def test_persian_and_arabic_digits_with_their_decimal_and_percent_signs():
    assert localize_digits("3.5% of 10. 2.x", "fa") == "۳٫۵٪ of ۱۰. ۲.x"
    assert localize_digits("12.25%", "ar-EG") == "١٢٫٢٥٪"
    assert localize_digits("3.5%", "en") == "3.5%"


def test_rendered_numbers_are_localised_and_floats_trimmed():
    text = render("kpi_falling", "fa", kpi="NPS", old=42.0, old_period="Q1", value=31.5, period="Q2")
    assert text == f"{FSI}NPS{PDI} از ۴۲ در {FSI}Q1{PDI} به ۳۱٫۵ در {FSI}Q2{PDI} افت کرده است"


def test_digits_inside_isolates_stay_and_digits_around_them_are_localised():
    text = f"1 {FSI}Q3 2024{PDI} 22 {RLI}7{PDI}3"
    assert localize_digits_outside_isolates(text, "fa") == f"۱ {FSI}Q3 2024{PDI} ۲۲ {RLI}7{PDI}۳"
    assert localize_digits_outside_isolates("12 of 30", "ar") == "١٢ of ٣٠"


def test_nested_isolates_are_kept_whole_until_the_outer_one_closes():
    text = f"5{FSI}a1{LRI}2{PDI}3{PDI}45{RLI}6{PDI}7"
    assert localize_digits_outside_isolates(text, "fa") == f"۵{FSI}a1{LRI}2{PDI}3{PDI}۴۵{RLI}6{PDI}۷"


def test_a_stray_closer_is_ignored_and_an_unclosed_isolate_keeps_its_digits():
    assert localize_digits_outside_isolates(f"{PDI}1{FSI}2{PDI}3", "fa") == f"{PDI}۱{FSI}2{PDI}۳"
    assert localize_digits_outside_isolates(f"9 {FSI}8 7", "fa") == f"۹ {FSI}8 7"


def test_reasons_built_from_other_messages_keep_user_digits():
    reasons = "; ".join([render("spof_missed", "fa", kpi="CSAT 2"), render("spof_negative", "fa", score=-2)])
    text = render("single_point_of_failure", "fa", reasons=reasons)
    assert text.startswith(f"همه مسیرها از ورود تا خروج از این گام می‌گذرند: {FSI}CSAT 2{PDI} به هدف نرسیده است; ")
    assert "(احساس -۲)" in text


def test_new_cards_are_titled_in_the_map_language():
    assert new_node_title("key_moment", "fa-IR") == "لحظه کلیدی جدید"
    assert new_node_title("touchpoint", "ar") == "نقطة اتصال جديدة"
    assert new_node_title("touchpoint", "de") == "New touchpoint"
    assert new_node_title("key_moment", "en") == "New key moment"


def test_json_for_a_terminal_escapes_controls_and_overrides_and_means_the_same():
    data = {"title": "a\u202eb\x85c\u2028d", "n": 3}
    text = terminal_safe_json(json.dumps(data, ensure_ascii=False))
    assert text == '{"title": "a\\u202eb\\u0085c\\u2028d", "n": 3}'
    assert json.loads(text) == data


def test_every_string_and_key_of_a_tree_is_made_terminal_safe():
    tree = {"a\x1b": ["x\ny", ("t\u202e", 4)], "k": {"z\x07": None}, "n": 2.5}
    assert terminal_safe_tree(tree) == {"a\\x1b": ["x\\ny", ["t\\u202e", 4]], "k": {"z\\x07": None}, "n": 2.5}


def test_clean_xml_file_rewrites_only_a_file_with_forbidden_characters(tmp_path):
    dirty = tmp_path / "dirty.svg"
    dirty.write_bytes(b"<svg><text>a\x0bb&#12;c</text></svg>")
    clean_xml_file(dirty)
    assert dirty.read_bytes() == b"<svg><text>abc</text></svg>"
    clean = tmp_path / "clean.svg"
    clean.write_bytes(b"<svg/>")
    os.utime(clean, ns=(1_000_000_000, 1_000_000_000))
    clean_xml_file(clean)
    assert clean.read_bytes() == b"<svg/>" and clean.stat().st_mtime_ns == 1_000_000_000


def test_truncating_a_file_name_with_an_undecodable_byte_keeps_it_when_it_fits():
    name = os.fsdecode(b"map\xff")  # a file name from a foreign file system: a lone surrogate
    assert truncate_utf8(name, 4) == name
    assert truncate_utf8(name, 10) == name
    assert truncate_utf8(name, 3) == "map"
