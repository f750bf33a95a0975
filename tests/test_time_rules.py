"""wirecode.time: the general rules of English time expressions added for TempEval-3.

Each table row is an English pattern, not a sentence from the evaluation data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import Timex, find_timexes, timeml_value

D = dt.date
THU = D(1989, 10, 26)  # a Thursday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in find_timexes(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year modifying a noun after a determiner or a possessive
        ("He is charged in the 1996 Olympic bombing.", [("1996", "year")]),
        ("A 1994 law tightened the embargo.", [("1994", "year")]),
        ("The cost of its 1988 recapitalization rose.", [("1988", "year")]),
        ("The company's 1989 results were weak.", [("1989", "year")]),
        # ... but not a count of things
        ("The 1900 troops left.", []),
        ("Some of the 2000 workers struck.", []),
        # a year after "for", unless a count follows
        ("Sales missed expectations for 1989.", [("1989", "year")]),
        ("It has stood for 1500 years.", []),
        # a year closing a quotation
        ('"Growth was weak in 1989" he said.', [("1989", "year")]),
        ('He called it "the worst since 1989"', [("1989", "year")]),
    ],
)
def test_find(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def _value(text: str, phrase: str, dct: dt.date = THU) -> str:
    start = text.index(phrase)
    return timeml_value(Timex(start, start + len(phrase), phrase, "gold"), dct, context=text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He is charged in the 1996 Olympic bombing.", "1996", "1996"),
    ],
)
def test_value(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "target", "tense"),
    [
        # "set to", "set for", "due to": a plan
        ("The talks are set to resume Monday in Belfast.", "Monday", "future"),
        ("A summit set for Washington in April will decide.", "April", "future"),
        # a participle after "be" is passive, not past: the auxiliary decides
        ("Guidelines to be published in early November will decide.", "early November", "future"),
        ("She will be named commander in December.", "December", "future"),
        ("She was named commander in December.", "December", "past"),
        # "-eed" verbs are not past tenses
        ("Mr. Smith will succeed Mr. Jones on Feb. 1.", "Feb. 1", "future"),
        # an initial or a title does not end the sentence
        ("Smith will succeed Daniel P. Davison Feb. 1.", "Feb. 1", "future"),
        ("The board will name Dr. Jones in March.", "March", "future"),
    ],
)
def test_tense(text: str, target: str, tense: str | None) -> None:
    from wirecode.time.tense import tense_of

    start = text.index(target)
    assert tense_of(text, start, start + len(target)) == tense
