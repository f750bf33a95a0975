"""When can a text have been written? The terms of office its titled people hold.

A news text that calls someone "President Joe Biden" or "Russian President Vladimir Putin"
was written while they held that office (a former holder is "former President …", "the
late …", "then-President …"). For a document without a date line, the days on which every
such title was true bound its publication date: `tenure_window` returns that window, or None
when the text names no titled office-holder the knowledge base knows, or when the titles
contradict each other (a history piece).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wirecode.actors.kb import KnowledgeBase, Person

TERMS_BASIS = "inferred (weak): while"  # a date bounded only by office-holders' terms

TITLES = (
    r"President|Prime Minister|Premier|Chancellor|Secretary of State|Foreign Minister|"
    r"Defen[cs]e Minister|Defen[cs]e Secretary|King|Queen|Emperor|Supreme Leader|"
    r"Secretary[- ]General"
)
_NAME = r"[A-Z][\w'’.-]+"
_TITLED = re.compile(
    rf"\b(?P<title>(?:(?P<prefix>[A-Z][a-z]+)\s+)?(?P<office>{TITLES}))\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})"
)
_NOT_NOW = re.compile(r"\b(?:former|then|late|ex|outgoing|incoming|elect|future|acting)\b", re.I)


@dataclass(frozen=True, slots=True)
class Window:
    start: dt.date
    end: dt.date  # inclusive
    evidence: tuple[str, ...]  # the titled names that bound it, as written


def tenure_window(text: str, kb: KnowledgeBase) -> Window | None:
    """The days on which every office-holder the text titles held that office."""
    spans: list[tuple[dt.date, dt.date]] = [(dt.date.min, dt.date.max)]
    evidence: list[str] = []
    for match in _TITLED.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()].split()[-2:]
        if _NOT_NOW.search(" ".join(before)) or text[match.start() - 1 : match.start()] == "-":
            continue  # "former President …", "then-President …"
        found = _terms(match["prefix"], match["office"], match["name"], kb)
        if found is None:
            continue
        terms, written = found
        spans = [
            (max(a, s), min(b, e)) for a, b in spans for s, e in terms if max(a, s) <= min(b, e)
        ]
        if not spans:
            return None  # titles true at no common time: not evidence of one date
        evidence.append(f"{match['title']} {written}")
    if not evidence:
        return None
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    return Window(start, end, tuple(dict.fromkeys(evidence)))


def _terms(prefix: str | None, title: str, name: str, kb: KnowledgeBase):
    """The terms in which the person a name gives held an office the title names (in the
    state a prefix names: "German Chancellor"), and the words that named them; None for no
    known person, no such office, or a prefix that is no state ("Vice President")."""
    country = None
    if prefix:
        state = kb.state_of_adjective(prefix) or kb.state_named(prefix)
        if state is None:
            return None  # "Vice President", "Deputy Prime Minister": not the office itself
        country = state.code
    roles = set(kb.roles_for_title(title, country))
    person, written = _person(name, kb)
    if person is None or not roles:
        return None
    terms = [
        (
            office.start or dt.date.min,
            office.end - dt.timedelta(days=1) if office.end else dt.date.max,
        )
        for office in person.offices
        if office.role in roles and (country is None or office.country == country)
    ]
    return (terms, written) if terms else None


def _person(name: str, kb: KnowledgeBase) -> tuple[Person | None, str]:
    """The one known person a name (or its first words) gives, and those words; a lone
    surname counts."""
    words = name.split()
    for size in range(len(words), 0, -1):
        part = " ".join(words[:size])
        found = kb.people_named(part) or (kb.people_with_surname(part) if size == 1 else [])
        if len(found) == 1:
            return found[0], re.sub(r"(?<=\w\w)\.$", "", part)
        if found:
            return None, part
    return None, name
