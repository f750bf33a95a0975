"""The table of rules that find time expressions in English news text, and how it is scanned.

The rules are written, a group per kind of expression, in `rules_calendar.py` (dates, months,
years, seasons, decades, holidays), `rules_relative.py` (days around the document date,
anaphora, the present) and `rules_durations.py` (stretches, sets, quarters, vague references,
clock times), with the words and fragments of `lexicon.py` and `number_words.py`; `rule.py`
holds the `Rule` and its `Candidate` match. `RULES` puts them in one order, which breaks ties
between matches of the same span. The names of those modules are importable from here too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from wirecode.time.lexicon import (
    APOS,
    MOD,
    MONTHS,
    NUM,
    NUMBERS,
    PART,
    SEASON,
    SEASONS,
    UNIT,
    WD,
    WEEKDAYS,
    day,
    month,
    year,
    year_or_words,
)
from wirecode.time.literals import fold, may_match
from wirecode.time.number_words import YEAR_WORDS, words_to_number, years_in_words
from wirecode.time.rule import Candidate, Rule
from wirecode.time.rules_calendar import DATE_RULES, DECADE_YEAR_HOLIDAY_RULES, SEASON_RULES
from wirecode.time.rules_durations import DURATION_RULES
from wirecode.time.rules_relative import ANAPHORA_RULES, RELATIVE_RULES

__all__ = [
    "APOS",
    "MOD",
    "MONTHS",
    "NUM",
    "NUMBERS",
    "PART",
    "RULES",
    "RULES_BY_NAME",
    "SEASON",
    "SEASONS",
    "UNIT",
    "WD",
    "WEEKDAYS",
    "YEAR_WORDS",
    "Candidate",
    "Rule",
    "bare_match",
    "candidates",
    "compile_rules",
    "day",
    "month",
    "select",
    "words_to_number",
    "year",
    "year_or_words",
    "years_in_words",
]

logger = logging.getLogger(__name__)

RULES: tuple[Rule, ...] = (
    *DATE_RULES,
    *RELATIVE_RULES,
    *SEASON_RULES,
    *ANAPHORA_RULES,
    *DURATION_RULES,
    *DECADE_YEAR_HOLIDAY_RULES,
)
RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}
_ORDER: dict[str, int] = {r.name: i for i, r in enumerate(RULES)}


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("t") if "t" in m.re.groupindex else m.span()


def candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping, in rule order (a rule runs only on a text
    that has a word it needs)."""
    folded = fold(text)
    for rule in RULES:
        if not may_match(rule.needs, folded):
            continue
        for m in rule.search.finditer(text):
            start, end = _span(m)
            if end > start:
                yield Candidate(start, end, rule, m)


def select(found: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates, left to right (ties: the earlier rule)."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.start, _ORDER[c.rule.name])):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def compile_rules() -> None:
    """Compile every rule's patterns now (a process that codes documents does it once, as it
    loads the model), not at the first text each rule may match."""
    for rule in RULES:
        _ = rule.needs, rule.search


def bare_match(text: str) -> Candidate | None:
    """The first rule whose body alone matches the whole of `text` (e.g. "February")."""
    for rule in RULES:
        m = rule.bare.fullmatch(text)
        if m:
            return Candidate(0, len(text), rule, m)
    return None
