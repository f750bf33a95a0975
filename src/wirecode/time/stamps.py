"""A live page's update stamps: the day each entry of the page was written."""

from __future__ import annotations

import datetime as dt
import re

from wirecode.time.lexicon import WD, WEEKDAYS

__all__ = ["stamp_spans", "update_stamps"]

# A live page's entries open with the hour they were written, in parentheses: "(Update 3:28
# a.m. Thursday in Cairo, 8:28 p.m. ET Wednesday)", or with no "Update" but the hour in two
# zones, at the start of a sentence: "(4:52 p.m. Monday ET, 10:52 p.m. Monday in Libya)". An
# hour converted in running text ("attacked around 6 a.m. (11 p.m. Tuesday ET), with") is
# none: it has one hour and follows no sentence's end.
_CLOCK = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.)"
_STAMP = re.compile(r"\((Updated?:?\s*)?" + _CLOCK + r"[^()]{0,80}\)(?=\s*(?:--\s*)?[A-Z\"“‘])")
_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "’", "--")


def update_stamps(text: str, published: dt.date) -> list[tuple[int, int, dt.date]]:
    """The update stamps of a live page: (start, end, day) in the order of the text.

    A stamp's day is the latest weekday it names, on or after the publication date (a live
    page is dated by its first post; on the Timeline17 development topics every stamp's
    weekdays fall on the page's date or the two days after it). A stamp that names no weekday
    gives the publication date back: its day is not known.
    """
    stamps = []
    for match in _stamps(text):
        offsets = [
            (WEEKDAYS[name.lower()] - published.weekday()) % 7
            for name in re.findall(WD, match.group())
        ]
        day = published + dt.timedelta(days=max(offsets, default=0))
        stamps.append((match.start(), match.end(), day))
    return stamps


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Where a live page's update stamps stand: the places in them ("9:08 p.m. Monday in
    Libya") are time zones, not parties."""
    return [match.span() for match in _stamps(text)]


def _stamps(text: str):
    for match in _STAMP.finditer(text):
        if not match.group(1):
            if len(re.findall(_CLOCK, match.group())) < 2:
                continue
            gap = text[max(0, match.start() - 40) : match.start()]
            before = gap.rstrip()
            if before and not before.endswith(_SENTENCE_ENDS) and "\n" not in gap[len(before) :]:
                continue  # mid-sentence, not after a sentence's end or at a line's start
        yield match
