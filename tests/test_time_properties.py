"""wirecode.time never raises, and keeps its invariants, on any anchor and any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecode.records import DateValue
from wirecode.time import find_timexes, infer_published, resolve

TEMPLATES = [
    "on {wd}", "{wd} afternoon", "{wd}'s call", "last {wd}", "next {wd}", "this afternoon ({wd})",
    "in {month}", "late {month}", "early {month}", "mid-{month}", "last {month}", "next {month}",
    "{month} {day}", "{mon}. {day}", "{day} {month}", "{wd}, {mon}. {day}", "({mon}. {day})",
    "{month} {day}, {year}", "{day} {month} {year}", "{wd}, {month} {day}, {year}",
    "{year}-{m:02d}-{day:02d}", "{m}/{day}/{year}", "{m}/{day}/{yy:02d}", "{month} {year}",
    "in {year}", "since {year}", "in early {year}", "the summer of {year}",
    "today", "this morning", "tonight", "yesterday", "tomorrow", "last night",
    "last week", "this week", "next week", "last weekend", "this weekend", "over the weekend",
    "last month", "this month", "earlier this month", "earlier in the month", "later that month",
    "last year", "this year", "next year", "the past year", "the end of last year",
    "a year ago", "{n} years ago", "{n} weeks ago", "{n} days ago", "{n} months ago",
    "days ago", "weeks ago", "a few months ago", "years ago", "decades ago", "a decade ago",
    "last summer", "this spring", "next winter", "in the fall", "this winter", "last winter",
    "now", "currently", "for three days", "between {month} {day} and {day2}",
    "from {month} to {month2}", "between {year} and {year2}", "{month} {day}-{day2}",
    "the same day", "that day", "the next day", "the following week", "the previous month",
    "{n} days later", "a week earlier", "the day before.", "that year", "the same month",
    "last decade", "this decade", "the past decade",
]  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
references = (
    st.none()
    | st.builds(DateValue.day, anchors)
    | st.builds(DateValue.month, st.integers(1900, 2100), st.integers(1, 12))
)


@st.composite
def expressions(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    m = draw(st.integers(1, 12))
    year = draw(st.integers(1000, 2999))
    return template.format(
        wd=draw(st.sampled_from(WEEKDAYS)),
        month=MONTHS[m - 1],
        month2=draw(st.sampled_from(MONTHS)),
        mon=ABBR[m - 1],
        m=m,
        day=draw(st.integers(0, 39)),
        day2=draw(st.integers(0, 39)),
        year=year,
        year2=draw(st.integers(1000, 2999)),
        yy=year % 100,
        n=draw(st.sampled_from(["two", "a few", "several", "3", "999", "0", "twelve"])),
    )


def _check(value: DateValue | None) -> None:
    assert value is None or isinstance(value, DateValue)
    if value is not None:
        assert value.start <= value.end
        assert value.precision in ("day", "week", "month", "season", "year")


@settings(max_examples=400)
@given(expressions(), anchors, st.booleans(), references)
def test_resolve_templates(
    text: str, anchor: dt.date, future: bool, reference: DateValue | None
) -> None:
    _check(resolve(text, anchor, future=future, reference=reference))


@given(st.text(max_size=80), anchors, st.booleans(), references)
def test_resolve_random_text(
    text: str, anchor: dt.date, future: bool, reference: DateValue | None
) -> None:
    _check(resolve(text, anchor, future=future, reference=reference))


def _check_spans(text: str) -> None:
    found = find_timexes(text)
    previous_end = 0
    for timex in found:
        assert previous_end <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        previous_end = timex.end


@given(st.text(max_size=200))
def test_find_timexes_random_text(text: str) -> None:
    _check_spans(text)


@given(
    st.lists(
        st.sampled_from(["on", "since", "(", ")", ",", "the", "and"])
        | st.text(max_size=8)
        | expressions(),
        max_size=12,
    )
)
def test_find_timexes_mixed_text(parts: list[str]) -> None:
    text = " ".join(parts)
    _check_spans(text)
    for timex in find_timexes(text):
        _check(resolve(timex, dt.date(2023, 4, 27)))


@given(st.lists(expressions() | st.text(max_size=10), max_size=8))
def test_infer_published_never_raises(parts: list[str]) -> None:
    _check(infer_published(". ".join(parts)))


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 40))
def test_tense_of_never_raises(text: str, start: int, length: int) -> None:
    from wirecode.time.tense import is_future_context, tense_of

    start = min(start, len(text))
    end = min(len(text), start + length)
    assert tense_of(text, start, end) in ("future", "past", None)
    assert is_future_context(text, start, end) == (tense_of(text, start, end) == "future")
