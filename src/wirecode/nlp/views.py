"""Read-once views of a parsed `Doc`.

spaCy rebuilds `Doc.text` from every token, and `Span.ents` reads every entity of the
document, on each access; code that asks per token or per sentence becomes quadratic on
long articles. These functions compute once per `Doc` and keep the result beside it under a
weak reference: nothing is stored in the `Doc`, so it pickles and serialises as before. A
`Doc` is not changed after the pipeline, which is what makes the memo safe. A memo value
must never refer to its `Doc` (no `Span` or `Token`): the `Doc` would then never be freed.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable
from typing import Any, NamedTuple

from wirecode.time.stamps import stamp_spans

__all__ = [
    "Columns",
    "columns",
    "entities_in",
    "once",
    "parsed_stretches",
    "remember_text",
    "stamps_of",
    "text_of",
    "tokens_starting_in",
]

_memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def once(doc, key: str, compute: Callable[[Any], Any]) -> Any:
    """`compute(doc)`, computed on the first call for this `doc` and `key` only."""
    values = _memo.get(doc)
    if values is None:
        values = _memo[doc] = {}
    if key not in values:
        values[key] = compute(doc)
    return values[key]


def stamps_of(doc) -> list[tuple[int, int]]:
    """The character spans of a live page's update stamps in `doc`, found once (the line
    breaker, the actor finder and the dater all ask)."""
    return once(doc, "update stamps", lambda d: stamp_spans(text_of(d)))


def text_of(doc) -> str:
    """`doc.text`, joined once."""
    return once(doc, "text", lambda d: d.text)


def remember_text(doc, text: str) -> None:
    """Record `text` as `doc.text`, for a caller that built `doc` over it and checked that
    its words and spaces make it up (`wirecode.prefilter`): `text_of` then joins nothing."""
    once(doc, "text", lambda _doc: text)


class Columns(NamedTuple):
    """Per-token attributes of a `Doc` as plain lists, index = token index."""

    text: list[str]
    idx: list[int]
    is_punct: list[bool]
    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]


def _columns(doc) -> Columns:
    # one `to_array` instead of a `Token` object per token and attribute
    from spacy.attrs import IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS

    strings = doc.vocab.strings
    array = doc.to_array([ORTH, IDX, IS_PUNCT, LOWER, LEMMA, POS])
    orth, idx, punct, lower, lemma, pos = array.T.tolist() if len(doc) else ([],) * 6
    return Columns(
        [strings[h] for h in orth],
        idx,
        [bool(p) for p in punct],
        [strings[h] for h in lower],
        [strings[h].lower() for h in lemma],
        [strings[h] for h in pos],
    )


def columns(doc) -> Columns:
    """The text, offset, punctuation flag, lower case, lower-cased lemma and part of speech
    of every token, read once."""
    return once(doc, "columns", _columns)


def _entities(doc) -> tuple[list[tuple[int, int, int]], list[int]]:
    # offsets and labels only: a memo that held the `Span`s would hold their `Doc`, and a
    # weak key whose value refers to it is never freed
    ents = [(e.start, e.end, e.label) for e in doc.ents]
    return ents, [start for start, _, _ in ents]


def entities_in(span) -> list:
    """The named entities that lie wholly inside `span` (a sentence, say), in order, as
    `span.ents` gives them."""
    from spacy.tokens import Span

    doc = span.doc
    ents, starts = once(doc, "entities", _entities)
    first = bisect.bisect_left(starts, span.start)
    last = bisect.bisect_left(starts, span.end)
    return [Span(doc, s, e, label=label) for s, e, label in ents[first:last] if e <= span.end]


def tokens_starting_in(doc, start: int, end: int):
    """The tokens whose first character lies in [start, end) of the text, as a `Span`."""
    starts = columns(doc).idx
    return doc[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


PARSED = "wirecode.parsed"  # Doc.user_data key: the stretches a partial parse covered


def parsed_stretches(doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the text the pipeline parsed: the whole text, or,
    for a `Doc` the fast contact mode parsed only in part (`wirecode.prefilter`), its
    parsed stretches."""
    return doc.user_data.get(PARSED, [(0, len(text_of(doc)))])
