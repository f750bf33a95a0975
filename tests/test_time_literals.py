"""wirecode.time.literals: the words a time rule cannot match without, which let a scan skip
the rule on a text that has none of them. Skipping must never lose a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecode.time.literals import first_class, fold, may_match, needed
from wirecode.time.patterns import RULES, candidates

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    """Real text: the sample articles and every sentence of the case files."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    for path in sorted((ROOT / "tests" / "cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    return texts


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:two|three)\s+days?\s+ago\b", {"ago", "day"}),  # any one element will do
        (r"(?:last|next)\s+week", {"week"}),  # the longest
        (r"(?:in|on)\s+(?:May|June)", {"may", "june"}),  # each alternative needs one
        (r"(?:about\s+)?\d+\s+years", {"years"}),  # an optional part needs nothing
        (r"\d{4}", None),  # a class alone: nothing certain
        (r"(?:spring|\d{4})", None),  # an alternative that needs nothing
        (r"(?:(?=now)|the)\s+now", {"now"}),  # a look-ahead is not read
    ],
)
def test_the_strings_a_pattern_needs(pattern, expected):
    needs = needed(re.compile(pattern, re.IGNORECASE))
    if expected is None:
        assert needs is None
    else:
        assert needs is not None and set(needs) <= expected and needs


def test_folding_makes_the_letters_ignorecase_equates_one():
    assert fold("TODAY") == "today"
    assert fold("ſpring") == fold("spring")  # long s
    assert fold("SUMMER ΣΑΣ") == fold("summer σας")  # final sigma
    assert fold("TİME") == "time"  # the dotted capital i as `re` lowers it
    assert may_match(frozenset({"spring"}), fold("Last ſpring"))
    assert re.search("spring", "Last ſpring", re.IGNORECASE)


def test_a_rule_without_its_words_is_not_run():
    season = next(r for r in RULES if r.name == "season")
    assert season.needs is not None and "summer" in season.needs
    assert not may_match(season.needs, fold("The talks were held in Geneva."))
    assert may_match(season.needs, fold("The talks were held in the Summer."))


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:two|three)\s+days", re.IGNORECASE, "[t]"),  # a word boundary is no character
        (r"(?<!\bnot\s)(?:about\s+)?\d+\s+years", re.IGNORECASE, r"[\da]"),  # optional: both
        (r"(?:early|late)?\s*(?:May|June)", 0, r"[JM\sel]"),  # the class of each alternative
        (r"(?=x)y", 0, "[y]"),  # a look-ahead does not consume: its text is not read
        (r"[^a-z]+days", 0, None),  # a negated class: nothing to skip by
        (r".?days", 0, None),  # any character
        (r"(?i:may)", 0, None),  # folding switched on inside a pattern without it
        (r"(?:a|)", 0, "[a]"),  # the empty match is never a candidate
    ],
)
def test_the_characters_a_match_begins_with(pattern, flags, expected):
    assert first_class(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_searching_behind_the_first_characters_finds_what_scanning_finds(rule, data):
    text = data.draw(st.from_regex(rule.scan))
    text = data.draw(st.sampled_from(["", "In ", "x", " 1", "Ünder ", "-"])) + text + " to"
    scanned = [m.span() for m in rule.scan.finditer(text) if m.end() > m.start()]
    searched = [m.span() for m in rule.search.finditer(text) if m.end() > m.start()]
    assert searched == scanned, (rule.name, text)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_text_a_rule_matches_has_a_word_it_needs(rule, data):
    text = data.draw(st.from_regex(rule.scan))
    if rule.scan.search(text):
        assert may_match(rule.needs, fold(text)), (rule.name, text)


def test_the_matches_in_real_text_are_those_of_scanning_every_rule():
    texts = _texts()
    assert len(texts) > 1000
    for text in texts:
        every = [(m.span(), rule.name) for rule in RULES for m in rule.scan.finditer(text)]
        found = [(c.match.span(), c.rule.name) for c in candidates(text)]
        assert found == [(span, name) for span, name in every if _spans_text(span, name, text)]


def _spans_text(span, name, text) -> bool:
    """Whether a match of rule `name` at `span` covers a character of its expression (what
    `candidates` yields)."""
    match = next(r for r in RULES if r.name == name).scan.match(text, span[0])
    start, end = match.span("t") if "t" in match.re.groupindex else match.span()
    return end > start


def test_a_coder_compiles_the_time_rules_as_it_loads():
    """A process that codes documents compiles every rule once, with the model and the
    gazetteer, not at the first text each rule may match."""
    from wirecode.pipeline import Coder
    from wirecode.time import rule as rule_module

    rule_module._compile_search.cache_clear()
    Coder(nlp=object())
    assert rule_module._compile_search.cache_info().currsize == len(RULES)
