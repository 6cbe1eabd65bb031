"""User text in the app's own sentences, terminals and XML."""
import pytest

from journeymap.model.messages import render
from journeymap.model.text import FSI, PDI, terminal_safe, truncate_utf8, xml_safe, xml_safe_bytes


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
