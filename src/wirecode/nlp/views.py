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
from typing import Any

__all__ = ["entities_in", "once", "text_of", "tokens_starting_in"]

_memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def once(doc, key: str, compute: Callable[[Any], Any]) -> Any:
    """`compute(doc)`, computed on the first call for this `doc` and `key` only."""
    values = _memo.get(doc)
    if values is None:
        values = _memo[doc] = {}
    if key not in values:
        values[key] = compute(doc)
    return values[key]


def text_of(doc) -> str:
    """`doc.text`, joined once."""
    return once(doc, "text", lambda d: d.text)


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
    starts = once(doc, "token starts", lambda d: [t.idx for t in d])
    return doc[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
