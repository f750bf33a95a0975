"""Bytes to text: UTF-8 first, then byte-order marks, UTF-16 without a mark, then detection.

`decode(data)` returns a `Decoded`: the text and the encoding it was read in (with a note
when that was not plain UTF-8), or the reason the bytes are not text. The choices:

- UTF-8 (with or without its byte-order mark) is read as is.
- UTF-8 cut off in the middle of its last character (a truncated download) is read without
  that last, incomplete character, and says so.
- UTF-16 and UTF-32 with a byte-order mark are read; UTF-16 without a mark is recognised by
  its zero bytes (ASCII letters in UTF-16 are every other byte zero) and read.
- Anything else that is not UTF-8 is first tried as cp1252 (Windows-1252, the superset of
  Latin-1 that browsers use for it): accepted when the result reads as Western text (mostly
  ASCII letters, the others accented Latin letters or common punctuation). Otherwise
  charset-normalizer detects the encoding. Either way the note records it ("decoded as
  cp1252"), and the account shows it: detection on short texts is a guess.
- Bytes that no encoding fits, that hold NUL bytes outside UTF-16, or that decode to many
  control characters, are binary: skipped with that reason.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

BINARY_PROBE = 8192
CONTROL_SHARE = 0.02  # more control characters than this in the probe: binary
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NOT_DETECTED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
_WESTERN_MARKS = set("\u00a0‘’‚“”„–—…•€£¥°§©®™·×÷«»¿¡¢¤¦¨ª¬¯±´µ¶¸º¼½¾†‡‰‹›")
WESTERN_SHARE = 0.3  # at most this share of a Western text's letters is not ASCII
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of some bytes and how it was read, or the reason they are not text."""

    text: str | None
    encoding: str | None = None
    note: str | None = None  # said in the account when the reading was not plain UTF-8
    reason: str | None = None


def decode(data: bytes) -> Decoded:
    """The text of `data`; never raises."""
    if not data.strip():
        return Decoded(None, reason="empty file" if not data else "empty file (only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, note=None if bom == codecs.BOM_UTF8 else encoding)
    utf16 = _utf16_without_bom(data[:BINARY_PROBE])
    if utf16:
        return _strict(data, utf16, note=f"{utf16} without a byte-order mark")
    if b"\x00" in data[:BINARY_PROBE]:
        return Decoded(None, reason="binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if (
            error.reason == "unexpected end of data"
            and error.end == len(data)
            and max(data[: error.start], default=0) >= 0x80  # other UTF-8 before: truncated
        ):
            return _checked(
                data[: error.start].decode("utf-8"),
                "utf-8",
                note="truncated UTF-8: the incomplete last character was dropped",
            )
        first_bad = error.start
    western = _western(data)
    if western is not None:
        return _checked(western, "cp1252", note="decoded as cp1252 (not UTF-8)")
    return _detected(data, first_bad)


def _western(data: bytes) -> str | None:
    """`data` as cp1252 when it reads as Western-European text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = high = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
        elif ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
            letters += 1
            high += 1
        elif ch not in _WESTERN_MARKS:
            return None
    return text if letters and high <= WESTERN_SHARE * letters else None


def _utf16_without_bom(probe: bytes) -> str | None:
    """utf-16-le or utf-16-be when every other byte is mostly zero (ASCII-range text)."""
    if len(probe) < 4:
        return None
    probe = probe[: len(probe) // 2 * 2]
    even, odd = probe[0::2], probe[1::2]
    half = len(probe) // 2
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, *, note: str | None) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        return Decoded(None, reason=f"not valid {encoding} (bad bytes at offset {error.start})")
    return _checked(text, encoding, note=f"decoded as {note}" if note else None)


def _detected(data: bytes, first_bad: int) -> Decoded:
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_exclusion=_NOT_DETECTED)
    if matches.best() is None:
        return Decoded(
            None, reason=f"not text: invalid UTF-8 at offset {first_bad} and no encoding fits"
        )
    best = matches.best()
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return Decoded(None, reason=f"not text: invalid UTF-8 at offset {first_bad}")
    return _checked(text, best.encoding, note=f"decoded as {best.encoding} (not UTF-8; detected)")


def _checked(text: str, encoding: str, *, note: str | None = None) -> Decoded:
    """Text that is mostly control characters is binary, whatever decoded it."""
    probe = text[:BINARY_PROBE]
    controls = sum(
        1 for ch in probe if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if probe and controls > CONTROL_SHARE * len(probe):
        return Decoded(
            None, reason=f"binary file ({controls} control characters in the first {len(probe):,})"
        )
    if not text.strip():
        return Decoded(None, reason="empty file (only whitespace)")
    return Decoded(text, encoding=encoding, note=note)
