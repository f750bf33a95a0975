"""The words a regular expression cannot match without: a cheap test that skips a rule.

Scanning a text with each of the time rules is most of what finding time expressions costs,
and most rules cannot match most texts: "two weeks ago" needs "ago", a season needs one of
five words. `needed(pattern)` reads the parsed pattern and returns strings of which every
match contains at least one (case folded as `fold` folds a text), or None when it finds no
such set; `may_match` is then a plain substring test. It is exact: a text for which it is
False has no match, whatever the rule (tests/test_time_literals.py checks every rule).
"""

from __future__ import annotations

import re
from re import _casefix, _parser  # the parser the `re` module compiles with
from re._constants import (
    ATOMIC_GROUP,
    BRANCH,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)

__all__ = ["fold", "may_match", "needed"]

# re.IGNORECASE also matches the pairs of `re._casefix` ("i" and dotless "ı", "s" and long
# "ſ", "σ" and final "ς", ...), which lower() keeps apart: fold each to one of its set
_TRANSLATION = {
    char: chr(min(others)) for char, others in _casefix._EXTRA_CASES.items() if min(others) < char
}


def fold(text: str) -> str:
    """`text` in lower case, with the letters IGNORECASE takes for one another made one.
    ("İ" is lowered as the `re` module lowers it, to "i", where `str.lower` adds a dot.)"""
    return text.replace("\u0130", "i").lower().translate(_TRANSLATION)


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings at least one of which every match of `pattern` contains, or None."""
    try:
        found = _of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a construct this reading does not know: the rule is always run
        return None
    return frozenset(fold(s) for s in found) if found else None


def may_match(needs: frozenset[str] | None, folded: str) -> bool:
    """Whether a text, `fold`ed, contains one of `needs` (always, with no needs known)."""
    return needs is None or any(n in folded for n in needs)


def _of_sequence(items) -> set[str] | None:
    """One element of a sequence is enough: the one whose strings are longest (a run of
    literal characters is one string)."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        found = _of_item(op, av)
        if found:
            options.append(found)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _of_item(op, av) -> set[str] | None:
    if op is SUBPATTERN:  # (group, flags added, flags removed, pattern)
        return _of_sequence(av[3])
    if op is ATOMIC_GROUP:
        return _of_sequence(av)
    if op is BRANCH:  # every alternative must need something: their union is needed
        alternatives = [_of_sequence(branch) for branch in av[1]]
        if any(not a for a in alternatives):
            return None
        return set().union(*alternatives)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):  # (min, max, pattern)
        return _of_sequence(av[2]) if av[0] >= 1 else None
    return None  # a class, a look-around, an anchor: nothing certain to read
