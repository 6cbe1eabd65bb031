"""The one strict parser for numbers typed or imported by users.

Accepted: digits of one script (Latin 0-9, Persian ۰-۹, Arabic-Indic ٠-٩ or any other Unicode
decimal digits without a compatibility form), an optional leading sign (``-``, ``+``, ``−`` U+2212),
a decimal point ``.`` or the Arabic/Persian decimal separator ``٫`` (U+066B), and, when asked,
a decimal comma and a trailing percent sign. Invisible bidi marks pasted from RTL text are ignored.

Refused: underscores (``1_0``), full-width and other compatibility digits (``１０``), mixed scripts,
thousands separators, exponents, ``inf``/``nan``, anything that is not finite, text over 64
characters. Pure Python.
"""
from __future__ import annotations

import math
import unicodedata

MAX_NUMBER_CHARS = 64
MINUS_SIGNS = frozenset("-\u2212")
PLUS_SIGNS = frozenset("+")
DECIMAL_POINTS = frozenset(".\u066b")
PERCENT_SIGNS = frozenset("%\u066a")
# LRM, RLM, ALM, LRE..RLO, LRI..PDI: invisible, often pasted around numbers from RTL text
BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class NumberError(ValueError):
    """Text that is not a number; ``str()`` says why, for the user."""


def _digit_zero(char: str) -> int | None:
    """The code point of the zero of ``char``'s digit block, or None if it is not a plain digit."""
    value = unicodedata.decimal(char, None)
    if value is None or unicodedata.decomposition(char):
        return None  # not a digit, or a compatibility form (full-width, mathematical, ...)
    return ord(char) - value


def _split_sign(text: str) -> tuple[int, str]:
    if text and text[0] in MINUS_SIGNS:
        return -1, text[1:]
    if text and text[0] in PLUS_SIGNS:
        return 1, text[1:]
    return 1, text


def _latin_digits(text: str, shown: str) -> str:
    """The digits of ``text`` as ASCII, all of one script; raise NumberError otherwise."""
    zero = None
    out = []
    for char in text:
        char_zero = _digit_zero(char)
        if char_zero is None:
            raise NumberError(f"'{shown}' is not a number")
        if zero is not None and char_zero != zero:
            raise NumberError(f"'{shown}' mixes digits of different scripts")
        zero = char_zero
        out.append(chr(ord("0") + ord(char) - char_zero))
    return "".join(out)


def parse_number(text: str, *, decimal_comma: bool = False, percent: bool = False) -> float:
    """The finite float written in ``text``; raise NumberError (a ValueError) if it is not one."""
    if not isinstance(text, str):
        raise NumberError("not a number")
    shown = text.strip()
    if len(shown) > MAX_NUMBER_CHARS:
        raise NumberError(f"'{shown[:MAX_NUMBER_CHARS]}…' is too long for a number")
    body = "".join(c for c in shown if c not in BIDI_MARKS)
    if percent and body and body[-1] in PERCENT_SIGNS:
        body = body[:-1]
    sign, body = _split_sign(body)
    points = DECIMAL_POINTS | ({","} if decimal_comma else set())
    positions = [i for i, c in enumerate(body) if c in points]
    if len(positions) > 1:
        raise NumberError(f"'{shown}' has more than one decimal separator")
    whole, frac = (body[:positions[0]], body[positions[0] + 1:]) if positions else (body, "")
    if not whole and not frac:
        raise NumberError(f"'{shown}' is not a number" if shown else "no number given")
    digits = _latin_digits(whole + frac, shown)
    value = sign * float(f"{digits[:len(whole)] or '0'}.{digits[len(whole):] or '0'}")
    if not math.isfinite(value):
        raise NumberError(f"'{shown}' is too large")
    return value


def parse_int(text: str) -> int:
    """A whole number written in ``text`` (any script's digits); raise NumberError otherwise."""
    value = parse_number(text)
    if value != int(value):
        raise NumberError(f"'{text.strip()}' is not a whole number")
    return int(value)
