"""TimeML values (TIMEX3 `value`) for time expressions, for evaluation against TempEval-3.

    >>> import datetime as dt
    >>> timeml_value("last summer", dt.date(2013, 3, 22))
    '2012-SU'
    >>> timeml_value("three days", dt.date(2013, 3, 22))
    'P3D'
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from wirecode.records import DateValue
from wirecode.time.find import Timex
from wirecode.time.resolve import resolve
from wirecode.time.tense import is_future_context

logger = logging.getLogger(__name__)

_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


@dataclass(frozen=True, slots=True)
class TimemlValue:
    """A TimeML value and type; `date` is the interval when it denotes one, and `anchors`
    says whether later anaphora ("the next day") may resolve against it."""

    value: str
    type: str
    date: DateValue | None = None
    anchors: bool = False


def date_to_timeml(value: DateValue) -> str:
    """A DateValue written as TimeML writes a DATE value."""
    if value.precision == "season":
        return f"{value.start.year}-{_SEASON_CODE.get(value.start.month, 'XX')}"
    if value.precision == "year" and value.start.year != value.end.year:
        return str(value.start.year)
    return value.value


def timeml_normalise(
    timex: Timex | str,
    dct: dt.date,
    *,
    context: str | None = None,
    future: bool | None = None,
    reference: DateValue | None = None,
) -> TimemlValue:
    """The TimeML value of an expression against the creation date `dct`.

    When `timex` is a Timex found in `context` (the document text), the tense is guessed from
    the words around it (`is_future_context`) unless `future` is given.
    """
    text = timex.text if isinstance(timex, Timex) else timex
    if future is None:
        future = (
            isinstance(timex, Timex)
            and context is not None
            and is_future_context(context, timex.start, timex.end)
        )
    resolved = resolve(text, dct, future=future, reference=reference)
    if resolved is None:
        return TimemlValue("XXXX-XX-XX", "DATE")
    return TimemlValue(date_to_timeml(resolved), "DATE", resolved, anchors=True)


def timeml_value(
    timex: Timex | str,
    dct: dt.date,
    *,
    context: str | None = None,
    future: bool | None = None,
    reference: DateValue | None = None,
) -> str:
    """The TimeML value string: `2013-03-22`, `2012-SU`, `2013-W11`, `PRESENT_REF`, `P3D`..."""
    return timeml_normalise(
        timex, dct, context=context, future=future, reference=reference
    ).value
