"""User text made safe for where it goes: terminals, XML (SVG) and the app's own sentences.

Pure Python. Maps travel by e-mail and their text is pasted from Excel and web pages, so titles
can hold control characters (``\\v``, escape sequences), bidi overrides (U+202E) and newlines.
"""
from __future__ import annotations

import re

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides: they reverse what follows
# C0 controls (newline and tab included: one printed line must stay one line), DEL, C1 controls,
# bidi embeddings and overrides, line and paragraph separators. Isolates (FSI..PDI) stay: the app's
# own messages use them and they cannot reverse text outside themselves.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + BIDI_OVERRIDES + "]")
# what json.dumps leaves raw in strings that a terminal would still act on
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029" + BIDI_OVERRIDES + "]")
# characters XML 1.0 does not allow at all, raw or as &#...; references
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_INVALID_BYTE_VALUES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
# references to C0 controls other than tab, LF and CR (what a pasted \v or \f becomes): one pass, no callback
_XML_INVALID_REF = re.compile(rb"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[1-24-9]|2[0-9]|3[01]));")


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(match: re.Match) -> str:
    if match.group() in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[match.group()]
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with control characters and bidi overrides shown as ``\\x0b`` / ``\\u202e`` escapes."""
    return _TERMINAL_UNSAFE.sub(_escape_char, str(text))


def terminal_safe_tree(value):
    """A copy of a JSON-like structure with every string (and dict key) passed through terminal_safe."""
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, dict):
        return {terminal_safe_tree(k): terminal_safe_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [terminal_safe_tree(v) for v in value]
    return value


def _json_escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe_json(text: str) -> str:
    """JSON text (from ``json.dumps``) with control and bidi characters written as ``\\uXXXX``.

    The JSON means exactly the same data; only the characters that a terminal would act on are
    escaped (they can only occur inside JSON strings).
    """
    return _JSON_UNSAFE.sub(_json_escape, text)


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (``\\v``, ``\\f``, NUL, other C0 controls)."""
    return _XML_INVALID.sub("", text)


def xml_safe_bytes(data: bytes) -> bytes:
    """UTF-8 XML bytes without forbidden control characters, raw or as character references."""
    data = data.translate(None, _XML_INVALID_BYTE_VALUES)
    return _XML_INVALID_REF.sub(b"", data) if b"&#" in data else data


def clean_xml_file(path) -> None:
    """Rewrite an XML (SVG) file in place without the characters XML forbids, if it has any."""
    with open(path, "rb") as handle:
        data = handle.read()
    cleaned = xml_safe_bytes(data)
    if cleaned != data:
        with open(path, "wb") as handle:
            handle.write(cleaned)


def isolate(text: str) -> str:
    """User text inside the app's own sentence: first-strong isolated (FSI … PDI).

    The isolate keeps an RTL title from reordering the sentence around it, and its PDI closes any
    embedding or override (an unclosed U+202E) the text opened.
    """
    return f"{FSI}{text}{PDI}"


def truncate_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 encoding fits in ``max_bytes`` (no split characters)."""
    data = text.encode("utf-8", "surrogateescape")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")
