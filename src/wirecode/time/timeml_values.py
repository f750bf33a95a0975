"""The TimeML value of an expression (`TimemlValue`) and how a DateValue is written in TimeML.

`date_to_timeml` writes a DateValue as a TIMEX3 DATE value (a season `2012-SU`, a weekend
`2013-W11-WE`); `dated` makes a value that later anaphora may resolve against. The codes
TimeML writes for seasons and parts of days are here, shared by the value builders
(`timeml_dates`, `timeml_durations`, `timeml_times`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecode.records import DateValue

_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
SEASON_NAME = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@dataclass(frozen=True, slots=True)
class TimemlValue:
    """A TimeML value and type; `date` is the interval when it denotes one, and `anchors`
    says whether later anaphora ("the next day", "a year earlier") may resolve against it.
    A value that does not anchor but carries the discourse's quarter carries the date the
    discourse was on before it too (`focus`): a comparison ("up from $4 a year earlier")
    or a stretch ("in the nine months") does not move the discourse."""

    value: str
    type: str
    date: DateValue | None = None
    anchors: bool = False
    quarter: str | None = None  # the last fiscal quarter the discourse named, carried along
    focus: DateValue | None = None  # the discourse's date, carried by a value that does not anchor

    @property
    def discourse_date(self) -> DateValue | None:
        """The date later anaphora resolve against: its own when it anchors, else the one
        carried from before it."""
        return self.date if self.anchors else self.focus


def date_to_timeml(value: DateValue) -> str:
    """A DateValue written as TimeML writes a DATE value."""
    if value.precision == "season":
        return f"{value.start.year}-{_SEASON_CODE.get(value.start.month, 'XX')}"
    if value.precision == "year" and value.start.year != value.end.year:
        # a decade is written as its first three digits ("early this decade" 201)
        decade = value.start.year % 10 == 0 and value.end.year == value.start.year + 9
        return str(value.start.year // 10) if decade else str(value.start.year)
    weekend = value.start.weekday() == 5 and (value.end - value.start).days == 1
    if value.precision == "week" and weekend:  # Saturday and Sunday, not any two days
        year, week, _ = value.start.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return value.value


def dated(value: DateValue, suffix: str = "", type_: str = "DATE") -> TimemlValue:
    return TimemlValue(date_to_timeml(value) + suffix, type_, value, anchors=True)


_NAMES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
    r"aug|sept|sep|oct|nov|dec)\b"
)


def recase(fragment: str) -> str:
    """Capitalise weekday and month names again: `resolve` reads them case-sensitively."""
    return _NAMES.sub(lambda m: m.group(0).capitalize(), fragment)
