"""The one strict number parser: digits of any script, nothing that only looks like a number."""
import pytest

from journeymap.model.numbers import NumberError, parse_int, parse_number


@pytest.mark.parametrize("text, value", [
    ("10", 10.0), ("  7 ", 7.0), ("-3", -3.0), ("+2", 2.0), ("\u22124", -4.0),
    ("۱۰", 10.0), ("٤٫٥", 4.5), ("۴٫۵", 4.5), ("4.5", 4.5), (".5", 0.5), ("5.", 5.0),
    ("\u200f۹\u200f", 9.0), ("\u2068-۲\u2069", -2.0), ("१०", 10.0),
])
def test_accepts_digits_of_any_script(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "1_0", "１０", "１", "inf", "nan", "-inf", "Infinity", "1e3", "1E3", "0x10", "1,000", "1 000",
    "", "  ", "-", ".", "1.2.3", "۱0", "4٫5.0", "--1", "+-1", "1-", "𝟏", "²", "1" * 65, "9" * 400,
    "4,5",
])
def test_refuses_what_is_not_a_plain_number(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_decimal_comma_and_percent_only_when_asked():
    assert parse_number("4,5", decimal_comma=True) == 4.5
    assert parse_number("72%", percent=True) == 72.0
    assert parse_number("۷۲٪", percent=True) == 72.0
    with pytest.raises(NumberError):
        parse_number("72%")
    with pytest.raises(NumberError):
        parse_number("1,2,3", decimal_comma=True)


def test_parse_int():
    assert parse_int("۱۲") == 12
    with pytest.raises(NumberError):
        parse_int("1.5")
    with pytest.raises(ValueError):  # NumberError is a ValueError for callers that catch that
        parse_int("x")


@pytest.mark.parametrize("text,message", [
    ("", "no number given"),
    ("   ", "no number given"),
    ("abc", "'abc' is not a number"),
    ("1.2.3", "'1.2.3' has more than one decimal separator"),
    ("۱2", "'۱2' mixes digits of different scripts"),
    ("1e999", "is not a number"),
    ("9" * 65, "is too long for a number"),
])
def test_a_refused_number_says_why_in_one_line(text, message):
    """The Inspector, the KPI table and the CLI show this message to the user."""
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_sixty_four_characters_are_still_a_number():
    assert parse_number("9" * 64) == float("9" * 64)


def test_a_refused_whole_number_names_what_was_typed():
    with pytest.raises(NumberError, match="'2.5' is not a whole number"):
        parse_int(" 2.5 ")


@pytest.mark.parametrize("text, message", [(None, "not a number"), ("-", "'-' is not a number"),
                                           ("%", "'%' is not a number"), ("", "no number given"),
                                           ("  ", "no number given")])
def test_a_refusal_reads_exactly(text, message):
    with pytest.raises(NumberError) as info:
        parse_number(text, percent=True)
    assert str(info.value) == message
