"""TimeML values for durations and sets: "three days" P3D, "two years and three months"
P2Y3M, "three days later" P3D, "daily" P1D, "every Monday" XXXX-WXX-1, "every summer"
XXXX-SU. `UNIT_CODE` and `VAGUE_X` say how each unit is written."""

from __future__ import annotations

import re

from wirecode.time.patterns import MONTHS, WEEKDAYS, words_to_number
from wirecode.time.timeml_values import PART_CODE, SEASON_NAME, TimemlValue

UNIT_CODE = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1),
    "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
    "century": ("", "Y", 100), "centurie": ("", "Y", 100), "fortnight": ("", "W", 2),
}  # fmt: skip
VAGUE_X = {"second": "PTXS", "minute": "PTXM", "hour": "PTXH", "day": "PXD", "night": "PXD",
            "week": "PXW", "month": "PXM", "quarter": "PXQ", "year": "PXY", "decade": "PXE",
            "century": "PXC", "centurie": "PXC", "fortnight": "PXW"}  # fmt: skip


_SET_UNIT = r"second|minute|hour|day|night|week|month|quarter|year|decade|century"
_SET_COUNT = (
    r"\d+|(?:a\s+)?couple\s+of|few|several|many|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred"
)
_SET_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_SET = re.compile(
    r"(?:(?:once|twice|thrice|(?:\w+|\d+)\s+times)[\s-]+)?"
    r"(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|annual|yearly|hourly|biweekly|"
    r"fortnightly|bi-?monthly|bi-?annual(?:ly)?|semi-?annual(?:ly)?)"
    r"|(?:on\s+)?an?\s+(?P<basis>daily|nightly|weekly|monthly|quarterly|annual|yearly|hourly)"
    r"\s+basis|per\s+(?P<annum>annum)"
    # "every four years" P4Y, "every other day" P2D, "every few weeks" PXW, "every third
    # day" P3D, "once every two years" P2Y
    r"|(?:once\s+)?(?:each|every)\s+(?:single\s+)?(?:(?P<other>other)\s+|(?P<n>"
    rf"{_SET_COUNT})(?:\s*(?:to|or|-|–)\s*(?:{_SET_COUNT}))?\s+|"
    rf"(?P<ord>{'|'.join(_SET_ORDINAL)})\s+)?(?P<unit>{_SET_UNIT})(?:s|ies)?"
    # "twice a year", "three times a week", "two days a week": P1Y, P1W, P1W
    r"|(?:(?:once|twice|thrice|(?:\w+|\d+)\s+times|(?:\w+|\d+)\s+(?:days|nights|hours))\s+)?"
    rf"(?:each|every|per|a|an)\s+(?P<unit1>{_SET_UNIT})"
    # "year after year", "day after day"
    r"|(?P<unit2>day|night|week|month|year)\s+after\s+(?P=unit2)"
    # ("every other Monday": the weekday, recurring; TimeML gives the step in `quant`)
    r"|(?:each|every)\s+(?:(?:other|second|third)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"|(?P<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:s(?:\s+(?P<parts>morning|afternoon|evening|night)s)?"
    r"|\s+(?P<parts1>morning|afternoon|evening|night)s)"
    r"|(?:each|every)\s+(?P<mon>january|february|march|april|may|june|july|august|september|"
    r"october|november|december)"
    # "every summer" XXXX-SU, "every morning" XXXX-XX-XXTMO, "on weekends" XXXX-WXX-WE
    r"|(?:each|every)\s+(?P<season>spring|summer|autumn|fall|winter)"
    # "in summers", "the past three summers": the season, recurring (as "on weekends")
    r"|(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:[a-z]+\s+)?)?"
    r"(?P<seasons>spring|summer|autumn|fall|winter)s"
    r"|(?:each|every)\s+(?P<pday>morning|afternoon|evening)|(?P<pdays>morning|afternoon|evening)s"
    r"|(?:each|every)\s+(?P<we>weekend)|(?P<wes>weekends)"
)
_SET_ADV = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
            "quarterly": "P1Q", "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H",
            "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M", "bi-monthly": "P2M",
            "biannual": "P6M", "bi-annual": "P6M", "biannually": "P6M", "bi-annually": "P6M",
            "semiannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M",
            "semi-annually": "P6M"}  # fmt: skip
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|[a-z]+-[a-z]+|"
    r"couple(?:\s+of)?|few|several|some|many|numerous|half(?:\s+an?)?|dozen)"
)
_DURATION = re.compile(
    rf"(?:(?:for|over|during|within|in|of|about|around|nearly|almost|roughly|some|only|just|"
    rf"barely|approximately|"
    rf"at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|no\s+more\s+than|under|"
    rf"the|a|an|each|all|another|past|last|next|first|final|coming|previous|preceding|prior|"
    rf"entire|whole|full|following|remaining|additional|further|other|long|latest|"
    # a stretch compared with the year before is still the stretch: "the year-earlier nine
    # months" P9M
    rf"year-earlier|year-ago|comparable|corresponding)\s+)*"
    rf"(?P<num>(?:{_NUMBER})(?:[\s-]+(?:{_NUMBER}))*)?(?P<half2>\s+and\s+a\s+half)?[\s-]*"
    rf"(?:more\s+|additional\s+|"
    rf"straight\s+|consecutive\s+|full\s+|trading\s+|business\s+|working\s+)?"
    rf"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|"
    rf"centur(?:y|ie))"
    rf"(?P<plural>s)?(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old|or\s+so))?"
    rf"(?:\s+(?:period|term|span|stretch|stint|window))?"
)
# A duration's count may be hedged: "over an hour", "nearly a year", "an additional year".
_HEDGE = re.compile(
    r"(?:(?:for|over|about|around|nearly|almost|roughly|some|only|just|barely|approximately|"
    r"at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|under|another|an?\s+additional|"
    r"an?\s+extra)\s+)*"
    r"(?:a|an|one|another)?\s*(?:additional\s+|extra\s+|full\s+)?"
)


def set_value(low, dct, future, ref, ref_date):
    m = _SET.fullmatch(low)
    if m is None:
        return None
    if m["adv"] or m["basis"] or m["annum"]:
        return TimemlValue(_SET_ADV[m["adv"] or m["basis"] or "annually"], "SET")
    if m["unit"] or m["unit1"] or m["unit2"]:
        unit = m["unit"] or m["unit1"] or m["unit2"]
        if m["other"]:
            n: float | None = 2.0
        elif m["ord"]:
            n = float(_SET_ORDINAL[m["ord"]])
        else:
            n = _number(m["n"])  # None when vague: "every few weeks" PXW
        return TimemlValue(_duration_value(n, unit, False), "SET")
    if m["mon"]:
        return TimemlValue(f"XXXX-{MONTHS[m['mon']]:02d}", "SET")
    if m["season"] or m["seasons"]:
        return TimemlValue(f"XXXX-{SEASON_NAME[m['season'] or m['seasons']]}", "SET")
    if m["pday"] or m["pdays"]:
        return TimemlValue(f"XXXX-XX-XXT{PART_CODE[m['pday'] or m['pdays']]}", "SET")
    if m["we"] or m["wes"]:
        return TimemlValue("XXXX-WXX-WE", "SET")
    wd, part = (m["wd"], m["part"]) if m["wd"] else (m["wds"], m["parts"] or m["parts1"])
    value = f"XXXX-WXX-{WEEKDAYS[wd] + 1}" + (f"T{PART_CODE[part]}" if part else "")
    return TimemlValue(value, "SET")


def _number(words: str | None) -> float | None:
    """The count of a duration: "three", "2 1/2", "twenty four", "a"; None when vague."""
    if not words:
        return 1.0
    words = words.strip()
    frac = re.fullmatch(r"(\d+)\s+(\d)/(\d)", words)
    if frac:
        return int(frac[1]) + int(frac[2]) / int(frac[3])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", words):
        return float(words.replace(",", ""))
    if words in ("a", "an", "one"):
        return 1.0
    if words.endswith("dozen"):  # "a dozen" 12, "two dozen" 24, "half a dozen" 6
        count = _number(words[: -len("dozen")].strip())
        return 12 * count if count is not None else None
    if words.startswith("half"):
        return 0.5
    if words.startswith("couple"):
        return 2.0
    value = words_to_number(words)
    return float(value) if value is not None else None


def _duration_value(n: float | None, unit: str, half: bool) -> str:
    prefix, code, scale = UNIT_CODE[unit]
    if n is None:
        return VAGUE_X[unit]
    n = n * scale + (0.5 * scale if half else 0)
    if code == "Y" and n >= 1000 and n % 1000 == 0:  # millennia: "two thousand years" P2L
        return f"P{int(n) // 1000}L"
    if n == int(n):
        return f"P{prefix}{int(n)}{code}"
    whole, part = int(n), n - int(n)
    smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60), "W": ("D", 7)}
    if code in smaller:
        sub, per = smaller[code]
        extra = round(part * per)
        if code == "D":
            return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
        if code == "M" and prefix == "":  # months → days
            return f"P{whole}M{round(part * 30)}D" if whole else f"P{round(part * 30)}D"
        return f"P{prefix}{whole}{code}{extra}{sub}" if whole else f"P{prefix}{extra}{sub}"
    return f"P{prefix}{n:g}{code}"


_QUARTER_UNIT = re.compile(
    r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just|only)\s+)?(?:a|one|(?P<three>"
    r"three))[\s-]+quarters?(?:\s+of\s+an?)?[\s-]+(?P<unit>century|hour)"
)


_BOUND_AFTER = re.compile(r"(?<=[a-z])\s+or\s+(?:more|longer|less|fewer|shorter)$")
_POINTED = re.compile(
    r"^(?:those|these)\s+(?=(?:(?:past|last|next|first|final|same)\s+)?(?:\d|(?:a\s+)?few\b|"
    r"several\b|(?:a\s+)?couple\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\b))"
)
_RANGE_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty)"
)
_RANGE = re.compile(
    rf"(?:between\s+)?(?P<first>{_RANGE_NUM})\s*(?:to|or|and|-|–)\s*{_RANGE_NUM}"
    r"(?=\s+(?:second|minute|hour|day|week|month|year|decade)s?\b)"
    r"|(?P<first2>(?:a|an|one)\s+(?:second|minute|hour|day|week|month|year|decade))\s+or\s+two\b"
)


def duration(low, dct, future, ref, ref_date):
    if re.search(r"\b(?<!-)(?:ago|later|earlier|before|after|since|from\s+now|hence)\b", low):
        return None
    # "a quarter century" P25Y, "three quarters of an hour" PT45M
    m = _QUARTER_UNIT.fullmatch(low)
    if m is not None:
        share = 0.75 if m["three"] else 0.25
        return TimemlValue(_duration_value(share, m["unit"], False), "DURATION")
    # "two-and-a-half years" is "two and a half years"; "yearlong" is "year-long"; "in two
    # years' time" is two years
    low = re.sub(r"-and-a-half\b", " and a half", low)
    low = re.sub(r"\b(day|week|month|year)long\b", r"\1-long", low)
    low = re.sub(r"(?<=[a-z])(?:(?P<pl>s)'|'s)\s+time$", lambda t: t["pl"] or "", low)
    # "a period of six months", "the course of three days": the stretch named
    low = re.sub(r"^(?:over\s+)?(?:a|the)\s+(?:period|course|span|space|stretch)\s+of\s+", "", low)
    # a range is written as its first count: "two to three weeks" P2W, "a day or two" P1D
    low = _RANGE.sub(lambda t: t["first"] or t["first2"], low)
    # a bound after the count is the count, as one before it is ("more than a year" P1Y):
    # "a year or more", "five years or longer", "30 days or less" (TimeML puts it in `mod`)
    low = _BOUND_AFTER.sub("", low)
    # a stretch counted and pointed back to is the stretch: "those two weeks", "these past
    # three days" (as "the two weeks"; "those days" with no count is no stretch)
    low = _POINTED.sub("the ", low)
    # "all day", "all week", "all year": the whole unit
    m = re.fullmatch(r"all\s+(?P<unit>day|night|week|month|year)(?:\s+long)?", low)
    if m is not None:
        return TimemlValue(_duration_value(1, m["unit"], False), "DURATION")
    m = _DURATION.fullmatch(low)
    if m is None:
        return None
    unit, plural, num = m["unit"], bool(m["plural"]), m["num"]
    half = bool(m["half"] or m["half2"])  # "a year and a half", "two and a half years"
    head = low[: m.start("unit")] if num is None else low[: m.start("num")]
    if num is None and not plural:
        # "the past week", "this year", "the year": dates, unless "the full/entire year"
        if low.endswith("-long") or m["half"]:  # "the year-long dispute", "the past year
            # and a half"
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if re.search(r"\b(?:entire|whole|full|long)\b", head) and unit not in ("year",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if re.fullmatch(r"(?:the\s+)?(?:past|last)\s+", head) and unit in ("decade", "century"):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        # an hour beside the document's day names no hour of a date: "in the past hour",
        # "within the next hour" PT1H (as "the past 24 hours" PT24H); a fortnight no calendar
        # unit: "over the past fortnight" P2W
        beside = re.fullmatch(r"the\s+(?:past|last|next|coming)\s+", head)
        if beside and unit in ("hour", "fortnight"):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        # ... and the day gone by, no day of the calendar: "in the past day" P1D (as "the
        # past 24 hours"; "the next day" is the day after the discourse's, and "the last day
        # of the talks" is not found)
        if re.fullmatch(r"the\s+(?:past|last)\s+", head) and unit == "day":
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if _HEDGE.fullmatch(head) and head.strip() and unit not in ("quarter",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if head.strip() in ("", "a", "an", "one") and unit not in ("quarter",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        return None
    n = _number(num) if num else None
    vague = num is not None and re.search(r"few|several|some|many|numerous|couple", num)
    if num is not None and n is None and not vague:  # "the fiscal-first quarter"
        return None
    if n is not None and n >= 1000 and not ("," in num or (plural and unit == "year")):
        # "the 1988 quarter" is a date, not 1988 quarters; "1,000 years" is P1000Y, and a
        # count grouped with a comma is no year: "a 3,000-year history" P3L
        return None
    return TimemlValue(_duration_value(n, unit, half), "DURATION")


_COMPOUND = re.compile(
    r"(?P<a>.+?(?:year|month|week|day|hour|minute)s?)\s*(?:,\s*|\s+and\s+|,\s+and\s+)"
    r"(?P<b>.+?(?:month|week|day|hour|minute|second)s?)"
)
_PART_VALUE = re.compile(r"P(?P<date>(?:\d+[YMWD])*)(?:T(?P<time>(?:\d+[HMS])+))?")


def compound_duration(low, dct, future, ref, ref_date):
    """ "two years and three months" P2Y3M, "an hour and 20 minutes" PT1H20M."""
    m = _COMPOUND.fullmatch(low)
    if m is None or " and a half" in low:
        return None
    parts = [duration(m[g], dct, future, ref, ref_date) for g in ("a", "b")]
    if any(p is None or p.type != "DURATION" for p in parts):
        return None
    first, second = (_PART_VALUE.fullmatch(p.value) for p in parts)
    if first is None or second is None:
        return None
    date = first["date"] + second["date"]
    time = (first["time"] or "") + (second["time"] or "")
    return TimemlValue(f"P{date}" + (f"T{time}" if time else ""), "DURATION")


_GAP = re.compile(r"(?P<stretch>.+?)\s+(?P<signal>later|earlier|afterwards?|after|before)")


def gap(low, dct, future, ref, ref_date):
    """ "three days later", "a day earlier": TimeBank writes the stretch of days, hours, weeks
    or months (P3D), "later" being the signal; so "two years later" (P2Y) and "a decade later"
    (P10Y); but "a year earlier", a comparison with the year before, is a date."""
    m = _GAP.fullmatch(low)
    if m is None:
        return None
    vague = re.fullmatch(
        r"(?:many\s+|several\s+|a\s+few\s+|some\s+)?(?P<u>year|decade)s", m["stretch"]
    )
    if vague:  # "years later", "decades earlier": a stretch of no stated count
        return TimemlValue(VAGUE_X[vague["u"]], "DURATION")
    if m["signal"] in ("earlier", "before") and re.search(r"\b(?:years?|decades?)\b", m["stretch"]):
        return None
    found = duration(m["stretch"], dct, future, ref, ref_date)
    return found if found is not None and found.type == "DURATION" else None
