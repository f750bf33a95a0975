"""A parse-free guess of whether a time expression sits in a future clause.

TimeML text carries no parse, and callers without one need the same judgement, so the rule
is lexical and documented here: within the sentence holding the expression, look at the
words at most `WINDOW` words to either side; the tense cue nearest to the expression decides.
Future cues are modals and plans ("will", "'ll", "shall", "going to", "plans to", "expected
to", "scheduled", "upcoming", "would" after the expression's clause start...); past cues are
past auxiliaries and reporting verbs ("was", "had", "did", "said", "-ed" verbs). No cue:
not future.
"""

from __future__ import annotations

import re

WINDOW = 8
_FUTURE = {
    "will", "'ll", "’ll", "shall", "wo", "won't", "gonna", "upcoming", "scheduled",
    "plans", "plan", "expected", "expects", "expect", "intends", "intend", "due", "aims",
    "would", "forecast", "forecasts", "projected", "next", "coming", "tomorrow",
}  # fmt: skip
_PAST = {
    "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier",
    "been", "reported", "announced", "since", "previously", "recently", "former", "ended",
}  # fmt: skip
_PAST_SUFFIX = re.compile(r"[a-z]{3,}ed$")
_NOT_PAST = {"need", "based", "red", "bed", "indeed", "speed", "seed", "feed", "shed", "hundred"}
_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n\s*\n")


def _is_past(word: str) -> bool:
    return word in _PAST or (_PAST_SUFFIX.match(word) is not None and word not in _NOT_PAST)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE.finditer(text, max(0, start - 600), start):
        left = m.end()
    nxt = _SENTENCE.search(text, end, end + 600)
    return left, nxt.start() if nxt else min(len(text), end + 600)


def is_future_context(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] put it in the future (see the module doc)."""
    left, right = _sentence_bounds(text, start, end)
    before = [w.lower() for w in _WORDS.findall(text[left:start])][-WINDOW:]
    after = [w.lower() for w in _WORDS.findall(text[end:right])][:WINDOW]
    cues: list[tuple[int, bool]] = []
    for distance, word in enumerate(reversed(before), start=1):
        if word in _FUTURE:
            cues.append((distance, True))
        elif _is_past(word):
            cues.append((distance, False))
    for distance, word in enumerate(after, start=1):
        if word in _FUTURE:
            cues.append((distance, True))
        elif _is_past(word):
            cues.append((distance, False))
    if not cues:
        return False
    return min(cues, key=lambda c: c[0])[1]
