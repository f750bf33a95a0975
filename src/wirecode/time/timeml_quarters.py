"""TimeML values for quarters and other parts of a year: "the third quarter" 1989-Q3, "Q3
2012", "the year-ago quarter", "the first half of 1989" 1989-H1, "fiscal 1990", "the end of
the year", "a year earlier". A quarter named by a report is carried along the discourse
(`TimemlValue.quarter`, read back with `ref_quarter`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from wirecode.records import DateValue
from wirecode.time.arithmetic import add_months, make_date, shift
from wirecode.time.timeml_values import TimemlValue, dated

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}  # fmt: skip


# "the fourth quarter", "its fourth quarter", "a flat second quarter" (an adjective between
# the determiner and the ordinal)
_QUARTER = re.compile(
    r"(?:(?:the|its|their|an?)\s+(?:(?!(?:fiscal|this|last|next)\b)[a-z]+\s+"
    r"(?=(?:fiscal[\s-]+)?(?:first|second|third|fourth|final)[\s-]))?)?"
    r"(?:(?P<year>\d{4})(?:'s)?\s+|(?P<rel>this|last|next)\s+year'?s\s+|(?P<ago>year-"
    r"(?:ago|earlier))\s+)?(?:fiscal[\s-]+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|"
    r"3rd|4th|last(?=\s+quarter\s+of\s))[\s-]+)?(?:fiscal\s+)?(?:-?\s*)quarter(?:\s+of\s+"
    r"(?:(?P<year2>\d{4})|(?P<rel2>this|last|next)\s+year|the\s+year))?"
)
_QUARTER_REF = re.compile(
    r"(?:the\s+)?(?P<step>this|next|coming|following|previous|prior|preceding|past)\s+"
    r"(?:fiscal\s+)?quarter"
    r"|(?:(?:the|this|that|its)\s+)?(?:comparable\s+|corresponding\s+)?(?P<ago>year-(?:ago|earlier)|prior-year|(?:latest|current|recent|same|last|"
    r"just-ended|just-completed|most\s+recent)?)\s*(?:fiscal\s+)?(?:quarter|period)"
    r"(?:\s+(?P<ago3>a\s+year\s+(?:ago|earlier)|last\s+year))?"
    r"|(?:the\s+)?(?P<ago2>latest|current|recent|same|just-ended|just-completed|most\s+recent)"
    r"\s+three\s+months"
)


_YEAR_AGO = re.compile(
    r"(?:the\s+)?(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier)"
    r"(?:\s+(?:period|quarter|level|results?|figures?))?|(?:the\s+)?previous\s+year|"
    r"(?:the\s+)?prior\s+year)"
)


_FISCAL = re.compile(
    r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>\d{4})|fy\s*(?P<y2>\d{4})"
    r"|(?:the\s+|its\s+)?(?P<y3>\d{4})\s+(?:fiscal|calendar|financial)\s+year"
)
_FISCAL_REL = re.compile(
    r"(?:the\s+)?(?P<mod>current|this|last|next|previous|latest|full|entire|whole)\s+"
    r"(?:fiscal\s+)?year|(?:the\s+)?(?:current\s+)?fiscal\s+year"
)

# how many years (quarters, months) a modifier moves from the document's: "last year",
# "next quarter", "the latest fiscal year" (the last one ended); any other word, none
_STEP = {"last": -1, "past": -1, "previous": -1, "latest": -1, "this": 0, "current": 0, "next": 1}


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _prev_quarter(year: int, quarter: int, n: int = 1) -> tuple[int, int]:
    index = year * 4 + quarter - 1 - n
    return index // 4, index % 4 + 1


def quarter_value(year: int, quarter: int) -> TimemlValue:
    start = dt.date(year, 3 * quarter - 2, 1)
    end_y, end_m = add_months(year, 3 * quarter, 0)
    end = shift(make_date(end_y, end_m, 1) or start, 0) or start
    end = dt.date(end_y, end_m, _last_day(end_y, end_m))
    date = DateValue(start, end, "month", basis="quarter")
    return TimemlValue(f"{year}-Q{quarter}", "DATE", date, anchors=True)


def _last_day(year: int, month: int) -> int:
    nxt_y, nxt_m = add_months(year, month, 1)
    return (dt.date(nxt_y, nxt_m, 1) - dt.timedelta(days=1)).day


QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def ref_quarter(ref: TimemlValue | None) -> tuple[int, int] | None:
    if ref is not None and ref.quarter:
        m = QUARTER_VALUE.fullmatch(ref.quarter)
        if m:
            return int(m[1]), int(m[2])
    return None


_QUARTER_SHORT = re.compile(
    r"q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<y>\d{4}|'\d\d))?|(?P<y2>\d{4})\s*q(?P<q2>[1-4])"
)


# a calendar quarter named by its first and last months: "the april-june quarter", read as
# "the second quarter"
_BY_MONTHS = re.compile(
    r"(?:jan(?:uary|\.)\s?[-–]\s?mar(?:ch|\.)(?P<q1>)|apr(?:il|\.)\s?[-–]\s?june(?P<q2>)|"
    r"july\s?[-–]\s?sept?(?:ember|\.)(?P<q3>)|oct(?:ober|\.)\s?[-–]\s?dec(?:ember|\.)(?P<q4>))"
    r"\s+(?:(?P<fiscal>fiscal)\s+)?(?:quarter|period)\b"
)
_NTH = ("first", "second", "third", "fourth")


def named_quarter(low, dct, future, ref, ref_date):
    by_months = _BY_MONTHS.search(low)
    if by_months is not None:
        nth = next(n for n, q in enumerate(("q1", "q2", "q3", "q4")) if by_months[q] is not None)
        fiscal = "fiscal " if by_months["fiscal"] else ""
        said = f"{fiscal}{_NTH[nth]} quarter"
        low = low[: by_months.start()] + said + low[by_months.end() :]
    m = re.fullmatch(r"(?:the\s+)?(?P<ord>first|second|third|fourth)\s+quarters", low)
    if m is not None:  # "usually in the fourth quarters": a quarter of any year
        return TimemlValue(f"XXXX-Q{_ORDINAL[m['ord']]}", "SET")
    m = _QUARTER_SHORT.fullmatch(low)
    if m is not None:  # "Q3", "Q3 2012", "2012 Q3"
        written = m["y"] or m["y2"]
        quarter = int(m["q"] or m["q2"])
        if written:
            year = int(written) if len(written) == 4 else 2000 + int(written[1:])
        else:
            year = dct.year - (not future and quarter_of(dct) < (dct.year, quarter))
        return quarter_value(year, quarter)
    m = re.fullmatch(r"(?:the\s+)?(?P<year>\d{4})\s+(?:fiscal\s+)?period", low)
    if m is not None:  # "the 1988 period": the discourse's quarter in that year, else the year
        ref_q = ref_quarter(ref)
        if after_stretch(ref):  # the stretch compared ("the first nine months") in that year
            return dataclasses.replace(dated(DateValue.year(int(m["year"]))), anchors=False)
        if ref_q is None:
            return dated(DateValue.year(int(m["year"])))
        return quarter_value(int(m["year"]), ref_q[1])
    m = _QUARTER.fullmatch(low)
    if m is not None and (m["year"] or m["rel"]) and not m["ord"] and not m["year2"]:
        # "the 1988 quarter", "last year's quarter": the discourse's quarter in that year
        ref_q = ref_quarter(ref)
        step = _STEP.get(m["rel"], 0)
        year = int(m["year"]) if m["year"] else dct.year + step
        return quarter_value(year, ref_q[1]) if ref_q else None
    if m is not None and m["ord"]:
        found = _ordinal_quarter(m, dct, future, ref)
        # a quarter described with "a" ("after a flat second quarter") is not the one reported
        return dataclasses.replace(found, anchors=False) if low.startswith("a") else found
    m = _QUARTER_REF.fullmatch(low)
    if m is None or (low.endswith(("period", "three months", "last year")) and not m["ago"] and
                     ref_quarter(ref) is None):  # fmt: skip
        return None
    ref_q = ref_quarter(ref)
    if m["step"]:  # "next quarter" after the document's; "the previous quarter" before the
        # discourse's ("the previous quarter" of a report compares with the one reported)
        step = m["step"]
        if step in ("next", "coming"):
            return quarter_value(*_prev_quarter(*quarter_of(dct), -1))
        if step == "following":
            return quarter_value(*_prev_quarter(*(ref_q or quarter_of(dct)), -1))
        if step == "this" and ref_q is None:
            return quarter_value(*quarter_of(dct))
        if step in ("previous", "prior", "preceding") and ref_q is not None:
            return quarter_value(*_prev_quarter(*ref_q))
        return quarter_value(*(ref_q or _prev_quarter(*quarter_of(dct))))
    ago = m["ago"] or m["ago2"]
    latest = ago is not None and ago.startswith(("latest", "current", "just", "most"))
    if latest and ref_q is not None and not _recent(ref_q, dct):
        ref_q = None  # a quarter of years before is not the latest one
    year, quarter = ref_q if ref_q else _prev_quarter(*quarter_of(dct))
    if ago is not None and ago.startswith("current"):  # the quarter the document is in
        year, quarter = quarter_of(dct)
    if (m["ago"] and m["ago"].startswith(("year-", "prior-year"))) or m["ago3"]:
        year -= 1
    return quarter_value(year, quarter)


def _recent(quarter: tuple[int, int], dct: dt.date) -> bool:
    """Whether a quarter is one of the four up to the document's: a report's latest
    quarter, however its fiscal year is numbered."""
    return _prev_quarter(*quarter_of(dct), 3) <= quarter <= quarter_of(dct)


def _ordinal_quarter(m: re.Match[str], dct: dt.date, future: bool, ref) -> TimemlValue:
    """ "the third quarter", "last year's third quarter", "the year-ago third quarter"."""
    quarter = _ORDINAL[m["ord"]]
    year = m["year"] or m["year2"]
    if year:
        return quarter_value(int(year), quarter)
    ref_q = ref_quarter(ref)
    base_year = dct.year
    if m["rel"] or m["rel2"]:  # "last year's third quarter", "the third quarter of
        # last year"
        base_year += _STEP[m["rel"] or m["rel2"]]
    elif ref_q is not None and ref_q[1] == quarter and abs(ref_q[0] - dct.year) <= 1:
        base_year = ref_q[0]
    elif not future and quarter_of(dct) < (dct.year, quarter):
        base_year -= 1
    if m["ago"]:
        base_year -= 1
    return quarter_value(base_year, quarter)


_HALF = re.compile(
    r"(?:the\s+)?(?:(?P<year0>\d{4})(?:'s)?\s+)?(?P<ord>first|second|last|latter)\s+(?:half|two\s+"
    r"quarters)(?:\s+of\s+"
    r"(?:(?P<year>\d{4})|(?:the\s+)?(?P<mod>this|last|next|current)\s+year|the\s+year))?"
)


_HALF_SHORT = re.compile(r"h(?P<h>[12])\s+(?:of\s+)?(?P<y>\d{4})|(?P<y2>\d{4})\s+h(?P<h2>[12])")


def half_year(low, dct, future, ref, ref_date):
    """ "the first half of 1989" 1989-H1; "the last two quarters of the year" H2; "H1 2012"."""
    short = _HALF_SHORT.fullmatch(low)
    m = _HALF.fullmatch(low)
    if m is None and short is None:
        return None
    if short is not None:
        year, half = int(short["y"] or short["y2"]), int(short["h"] or short["h2"])
    else:
        step = _STEP.get(m["mod"], 0)
        written = m["year0"] or m["year"]  # "the 1989 second half", "the second half of 1989"
        year = int(written) if written else dct.year + step
        half = 1 if m["ord"] == "first" else 2
    start, end = dt.date(year, 6 * half - 5, 1), dt.date(year, 6 * half, 30 if half == 1 else 31)
    date = DateValue(start, end, "month", basis="half year")
    return TimemlValue(f"{year}-H{half}", "DATE", date, anchors=True)


_EDGE = re.compile(
    r"(?:(?:around|at|by|near|toward|towards|until|through)\s+)?(?:the\s+)?"
    r"(?:(?:very\s+)?(?:end|beginning|start|middle|close|rest)\s+of\s+(?:the\s+)?"
    r"(?:(?P<mod>this|last|next|current|past)\s+)?(?P<unit>year|month|week|quarter|decade)"
    r"|(?P<ye>year(?:[\s-]+|'s\s+)end))"
)


def edge(low, dct, future, ref, ref_date):
    """ "the end of the year", "year-end", "the beginning of last month": the unit itself
    (TimeML marks the edge with mod="END"/"START" and keeps the unit's value)."""
    m = _EDGE.fullmatch(low)
    if m is None:
        return None
    unit = "year" if m["ye"] else m["unit"]
    step = _STEP.get(m["mod"], 0)
    if unit == "quarter":
        return quarter_value(*_prev_quarter(*quarter_of(dct), -step))
    if unit == "decade":  # "the end of the decade": the decade, as "this decade" is (201)
        return TimemlValue(str(dct.year // 10 + step), "DATE")
    if unit == "year":
        return dated(DateValue.year(dct.year + step))
    if unit == "month":
        return dated(DateValue.month(*add_months(dct.year, dct.month, step)))
    return dated(DateValue.week(dct + dt.timedelta(days=7 * step)))


def year_ago(low, dct, future, ref, ref_date):
    found = _year_ago(low, dct, ref, ref_date)
    return None if found is None else dataclasses.replace(found, anchors=False)


def _year_ago(low, dct, ref, ref_date):
    if not _YEAR_AGO.fullmatch(low):
        return None
    if after_stretch(ref):
        # after a stretch of months ("in the first nine months, ... a year earlier") the
        # comparison is with the year before, not with the quarter discussed before it
        return dated(DateValue.year(dct.year - 1))
    ref_q = ref_quarter(ref)
    if ref_q is not None:
        return quarter_value(ref_q[0] - 1, ref_q[1])
    if low.endswith(("earlier", "before", "period", "quarter", "level")) and ref_date:
        if ref_date.precision == "day":
            date = make_date(ref_date.start.year - 1, ref_date.start.month, ref_date.start.day)
            if date:
                return dated(DateValue.day(date, basis="a year before the reference"))
        if ref_date.precision == "month":
            return dated(DateValue.month(ref_date.start.year - 1, ref_date.start.month))
        return dated(DateValue.year(ref_date.start.year - 1))
    return dated(DateValue.year(dct.year - 1))


def after_stretch(ref: TimemlValue | None) -> bool:
    """Whether the discourse compares a stretch of months: the stretch itself ("in the first
    nine months") or a comparison made with it, read as a year ("in the 1988 period")."""
    if ref is None:
        return False
    return re.fullmatch(r"P\d+M", ref.value) is not None or (
        not ref.anchors and re.fullmatch(r"\d{4}", ref.value) is not None
    )


def fiscal_year(low, dct, future, ref, ref_date):
    m = _FISCAL.fullmatch(low)
    if m:
        return dated(DateValue.year(int(m["year"] or m["y2"] or m["y3"])))
    m = _FISCAL_REL.fullmatch(low)
    if m:
        # "the latest fiscal year" is the last one ended, as "the latest quarter" is
        step = _STEP.get(m["mod"], 0)
        return dated(DateValue.year(dct.year + step))
    return None
