"""User text in the app's own sentences, terminals and XML."""
import json
import os

import pytest

from journeymap.model.messages import render
from journeymap.model.text import (
    FSI,
    PDI,
    clean_xml_file,
    terminal_safe,
    terminal_safe_json,
    terminal_safe_tree,
    truncate_utf8,
    xml_safe,
    xml_safe_bytes,
)


def test_weak_point_messages_isolate_user_text_so_it_cannot_reverse_the_sentence():
    message = render("kpi_below_target", "en", kpi="\u202eCSAT", value="70%", period="Q1", target="80%")
    # before: the unclosed U+202E reversed everything after it, "is 70% in Q1, missing ..." included
    assert message == f"{FSI}\u202eCSAT{PDI} is 70% in {FSI}Q1{PDI}, missing the target of 80%"


def test_digits_inside_user_text_are_never_rewritten():
    message = render("kpi_below_target", "fa", kpi="NPS 2024", value="45", period="Q1 1404", target="50")
    assert f"{FSI}NPS 2024{PDI}" in message and f"{FSI}Q1 1404{PDI}" in message
    assert "۴۵" in message and "۵۰" in message


def test_terminal_safe_escapes_controls_and_overrides_only():
    assert terminal_safe("a\nb\tc\x1b[2J\x07\u202ed\u0085") == "a\\nb\\tc\\x1b[2J\\x07\\u202ed\\x85"
    assert terminal_safe("نقشه \u2068x\u2069") == "نقشه \u2068x\u2069"


def test_xml_safe_drops_what_xml_forbids():
    assert xml_safe("a\vb\x0c\x00c\td\n") == "abc\td\n"
    assert xml_safe_bytes(b"<t>a\x0b&#11;&#x1F;&#x41;&amp;#11;</t>") == b"<t>a&#x41;&amp;#11;</t>"


def test_truncate_utf8_never_splits_a_character():
    assert truncate_utf8("نقشه", 3) == "ن"
    assert truncate_utf8("abc", 10) == "abc"


@pytest.mark.parametrize("n", [1, 2, 3, 10, 11, 25, 100])
def test_arabic_answer_counts_need_no_number_noun_agreement(n):
    """'٢٥ إجابات' is wrong Arabic (11-99 take the singular); the messages say 'عدد الإجابات ٢٥'."""
    from journeymap.model.messages import render

    for key, fields in (("small_sample", {"kpi": "NPS", "period": "Q3"}), ("within_noise", {"interval": "±5"}),
                        ("within_noise_change", {})):
        text = render(key, "ar", n=n, **fields)
        digits = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        assert f"عدد الإجابات {digits} فقط" in text, text


def test_terminal_safe_tree_escapes_every_string_and_key_and_keeps_other_values():
    tree = {"t\x1bitle": ["a\nb", ("\u202ex", 3)], "n": 2.5, "ok": None, "flag": True}
    assert terminal_safe_tree(tree) == {"t\\x1bitle": ["a\\nb", ["\\u202ex", 3]], "n": 2.5, "ok": None, "flag": True}
    assert terminal_safe_tree("\x07") == "\\x07" and terminal_safe_tree(7) == 7


def test_terminal_safe_json_writes_what_a_terminal_would_act_on_as_json_escapes():
    text = json.dumps({"title": "a\u202eb\x85c\u2028d\x7f", "ok": "\u2068نقشه\u2069"}, ensure_ascii=False)
    safe = terminal_safe_json(text)
    assert safe == '{"title": "a\\u202eb\\u0085c\\u2028d\\u007f", "ok": "\u2068نقشه\u2069"}'
    assert json.loads(safe) == json.loads(text)


def test_escapes_use_two_hex_digits_below_0x100_and_four_above():
    assert terminal_safe("\x00\x9f\u2029\u202a") == "\\x00\\x9f\\u2029\\u202a"
    assert terminal_safe("\r") == "\\r"


def test_clean_xml_file_rewrites_only_a_file_with_forbidden_characters(tmp_path):
    dirty = tmp_path / "dirty.svg"
    dirty.write_bytes(b"<svg><text>a\x0bb&#12;c\xd9\x86</text></svg>")
    clean_xml_file(dirty)
    assert dirty.read_bytes() == "<svg><text>abcن</text></svg>".encode()
    clean = tmp_path / "clean.svg"
    clean.write_bytes(b"<svg>&#65;</svg>")
    os.utime(clean, ns=(1_000_000_000, 1_000_000_000))
    clean_xml_file(clean)  # a clean file is not written at all (its time stays)
    assert clean.read_bytes() == b"<svg>&#65;</svg>" and clean.stat().st_mtime_ns == 1_000_000_000


def test_xml_safe_bytes_keeps_allowed_references_and_text_without_any():
    assert xml_safe_bytes(b"<t>&#9;&#10;&#13;&#x20;&#32;&#31;&#x0b;</t>") == b"<t>&#9;&#10;&#13;&#x20;&#32;</t>"
    assert xml_safe_bytes(b"<t>a\tb\nc\x0c</t>") == b"<t>a\tb\nc</t>"


def test_truncate_utf8_at_the_exact_byte_limit():
    assert truncate_utf8("abc", 3) == "abc" and truncate_utf8("abcd", 3) == "abc"
    assert truncate_utf8("aن", 2) == "a" and truncate_utf8("aن", 3) == "aن"
    assert truncate_utf8("a\udcff", 2) == "a\udcff"  # a file name's undecodable byte counts as one byte
    assert truncate_utf8("ab\udcffcd", 3) == "ab"
