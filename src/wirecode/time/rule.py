"""A rule that finds one kind of time expression, and a rule's match in a text.

A rule's `body` is the expression itself; its optional `ctx` is a word that must precede it
when scanning running text ("in February", "since 2014"), but is not part of the span (the
`scan` pattern's group `t`). `bare` matches the body alone ("February"), so a caller may hand
`resolve` the bare expression; `search` is `scan`, faster. Both are compiled once, on first use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from wirecode.time.literals import first_class, needed

_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    body: str
    ctx: str | None = None

    @property
    def scan(self) -> re.Pattern[str]:
        return _compile_scan(self)

    @property
    def search(self) -> re.Pattern[str]:
        """`scan` behind a look-ahead of the characters its matches begin with
        (`wirecode.time.literals.first_class`): the same matches, found faster."""
        return _compile_search(self)

    @property
    def bare(self) -> re.Pattern[str]:
        return _compile_bare(self)

    @property
    def needs(self) -> frozenset[str] | None:
        """Folded strings one of which a text must contain for `scan` to match in it
        (`wirecode.time.literals`), or None."""
        return _needs(self)


@functools.cache
def _compile_scan(rule: Rule) -> re.Pattern[str]:
    if rule.ctx:
        return re.compile(rf"\b(?:{rule.ctx})\s+(?P<t>{rule.body})", _FLAGS)
    return re.compile(rule.body, _FLAGS)


@functools.cache
def _compile_search(rule: Rule) -> re.Pattern[str]:
    scan = _compile_scan(rule)
    first = first_class(scan)
    return re.compile(f"(?={first})(?:{scan.pattern})", scan.flags) if first else scan


@functools.cache
def _compile_bare(rule: Rule) -> re.Pattern[str]:
    return re.compile(rule.body, _FLAGS)


@functools.cache
def _needs(rule: Rule) -> frozenset[str] | None:
    return needed(_compile_scan(rule))


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's match in a text: the span of the expression and the match that found it."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
