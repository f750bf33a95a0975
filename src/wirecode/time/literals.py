"""What a regular expression cannot match without: cheap tests that skip a rule or a position.

Scanning a text with each of the time rules is most of what finding time expressions costs,
and most rules cannot match most texts: "two weeks ago" needs "ago", a season needs one of
five words. `needed(pattern)` reads the parsed pattern and returns strings of which every
match contains at least one (case folded as `fold` folds a text), or None when it finds no
such set; `may_match` is then a plain substring test. It is exact: a text for which it is
False has no match, whatever the rule (tests/test_time_literals.py checks every rule).

A rule that does run is tried by `re` at every position of the text, and with IGNORECASE
and a leading word boundary or look-behind the `re` module has no first character to skip to: it
tries all of a rule's alternatives ("a couple of", "several", "two", ...) at every word.
`first_class(pattern)` reads the characters a non-empty match can begin with ("[a-z0-9]"
for most rules); a look-ahead of that class before the pattern makes the same matches and
rejects most positions at once (half the scanning time of the rules that run).
"""

from __future__ import annotations

import re
from re import _casefix, _parser  # the parser the `re` module compiles with
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_SPACE,
    CATEGORY_WORD,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

__all__ = ["first_class", "fold", "may_match", "needed"]

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


_CATEGORIES = {CATEGORY_DIGIT: r"\d", CATEGORY_SPACE: r"\s", CATEGORY_WORD: r"\w"}


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A character class ("[...]", for `pattern`'s flags) holding the first character of
    every non-empty match of `pattern`, or None when it cannot be read (a negated class, any
    character, a back-reference, case folding switched on inside a pattern without it)."""
    try:
        found = _first_of_sequence(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # a construct this reading does not know
        return None
    if found is None or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def _char(code: int) -> str:
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\U{code:08x}"


def _first_of_sequence(items, flags: int) -> tuple[set[str], bool] | None:
    """(class members one of which starts a non-empty match, whether the sequence can match
    the empty string), or None."""
    members: set[str] = set()
    for op, av in items:
        found = _first_of_item(op, av, flags)
        if found is None:
            return None
        members |= found[0]
        if not found[1]:
            return members, False
    return members, True


def _first_of_item(op, av, flags: int) -> tuple[set[str], bool] | None:
    if op is LITERAL:
        return {_char(av)}, False
    if op is IN:
        members = set()
        for kind, value in av:
            if kind is LITERAL:
                members.add(_char(value))
            elif kind is RANGE:
                members.add(_char(value[0]) + "-" + _char(value[1]))
            elif kind is CATEGORY and value in _CATEGORIES:
                members.add(_CATEGORIES[value])
            else:  # a negated class or category: nothing to skip by
                return None
        return members, False
    if op in (AT, ASSERT, ASSERT_NOT):  # zero width: the match goes on at the same place
        return set(), True
    if op is SUBPATTERN:  # (group, flags added, flags removed, pattern)
        if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # the class, compiled without it, would miss the other case
        return _first_of_sequence(av[3], flags)
    if op is ATOMIC_GROUP:
        return _first_of_sequence(av, flags)
    if op is BRANCH:
        members, empty = set(), False
        for branch in av[1]:
            found = _first_of_sequence(branch, flags)
            if found is None:
                return None
            members |= found[0]
            empty = empty or found[1]
        return members, empty
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):  # (min, max, pattern)
        found = _first_of_sequence(av[2], flags)
        if found is None:
            return None
        return found[0], found[1] or av[0] == 0
    return None  # any character, a back-reference, a conditional: not read
