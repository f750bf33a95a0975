"""Quotation marks: where quoted text starts and ends in a document's characters.

Curly marks (“…”, «…») open and close unambiguously, and a straight mark closes a curly
one that no curly mark closes (“…"); straight marks (`"…"`) and the doubled apostrophes
of some newspapers (`''…''`, also opened by ``` `` ```) are paired in order within a
paragraph; curly marks around a few words inside an open curly quotation quote those
words, and the quotation goes on. A region runs from its opening mark to its closing
mark, both included, as quotation annotations (PolNeAR, PARC) mark them.
"""

from __future__ import annotations

import re

__all__ = ["QUOTE_CHARS", "regions", "region_at"]

QUOTE_CHARS = '"“”«»'
_MARK = re.compile(r"``|''|[\"“”«»]")
_OPEN = {"“": "”", "«": "»", "``": "''"}


def regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted region, end exclusive, in text order."""
    found: list[tuple[int, int]] = []
    offset = 0
    for paragraph in re.split(r"(\n\s*\n)", text):
        found.extend(_paragraph_regions(paragraph, offset))
        offset += len(paragraph)
    return found


def _paragraph_regions(paragraph: str, offset: int) -> list[tuple[int, int]]:
    found = []
    opened: tuple[str, int] | None = None
    inner = 0  # curly quotations opened inside the open one
    for match in _MARK.finditer(paragraph):
        mark, at = match.group(), match.start()
        if opened is not None and opened[0] == "“" and mark in ("“", "”"):
            if mark == "“" and _scare_quoted(paragraph, at):
                inner += 1  # “... what he calls “hell” than ...”: a quotation inside
                continue
            if mark == "”" and inner:
                inner -= 1
                continue
        if opened is None:
            line_start = paragraph.rfind("\n", 0, at) + 1
            if mark in ("”", "»") and paragraph[line_start:at].strip():
                continue  # a closing mark without its opening: ignore
            opened = (mark, at)  # one that starts a line opens, typed the wrong way round
            continue
        first, start = opened
        closes = _OPEN.get(first, first)
        if (
            mark == closes
            or (first in ('"', "''") and mark in ('"', "”", "''"))
            or (first == "“" and mark == '"' and not _closed_later(paragraph, at))
        ):
            found.append((offset + start, offset + match.end()))
            opened = None
        elif mark in _OPEN or mark == '"':
            opened = (mark, at) if first not in _OPEN else opened
    return found


def _scare_quoted(paragraph: str, at: int) -> bool:
    """Whether a curly opening mark at `at`, inside a quotation already open, quotes a few
    words within it ('“... in what he calls “hell” than ...”'): it follows a word in
    lower case and a closing mark comes soon after, with no sentence ending between."""
    close = paragraph.find("”", at + 1)
    words = paragraph[at + 1 : close]
    return (
        at > 1
        and paragraph[at - 1] == " "
        and paragraph[at - 2].islower()
        and 0 < len(words) <= 40
        and "“" not in words
        and not re.search(r"[.!?]\s", words)
    )


def _closed_later(paragraph: str, at: int) -> bool:
    """Whether a curly closing mark comes after `at` before the next curly opening one: if
    not, a straight mark closes the curly quotation ('“... with the FBI," he said')."""
    close, opening = paragraph.find("”", at), paragraph.find("“", at)
    return close >= 0 and (opening < 0 or close < opening)


def region_at(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The region that a character span lies in or mostly covers, if any."""
    for region in spans:
        if region[0] <= start < region[1] or start <= region[0] < end:
            inside = min(end, region[1]) - max(start, region[0])
            if inside >= 0.5 * (end - start) or inside >= 0.8 * (region[1] - region[0]):
                return region
    return None
