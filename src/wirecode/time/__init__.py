"""When: finding time expressions in news text and resolving them against the document date.

    >>> import datetime as dt
    >>> from wirecode.time import find_timexes, resolve
    >>> [t.text for t in find_timexes("Xi spoke with Zelensky by phone on Wednesday.")]
    ['Wednesday']
    >>> resolve("on Wednesday", dt.date(2023, 4, 27)).value
    '2023-04-26'

Pure text in: no spaCy. The grammatical tense of a clause is the caller's to judge (`future`),
and so is the discourse's latest date (`reference`) for anaphora such as "the same day".
"""

from __future__ import annotations

import logging

from wirecode.time.find import Timex, find_timexes, is_bounded
from wirecode.time.published import infer_published
from wirecode.time.resolve import resolve
from wirecode.time.tense import is_future_context
from wirecode.time.timeml import TimemlValue, timeml_normalise, timeml_value

__all__ = [
    "Timex",
    "TimemlValue",
    "find_timexes",
    "infer_published",
    "is_bounded",
    "is_future_context",
    "resolve",
    "timeml_normalise",
    "timeml_value",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
