"""The lexicon and the rules that find time expressions in English news text.

Laid out as constants, then one table of rules. A rule's `body` is the expression itself;
its optional `ctx` is a word that must precede it when scanning running text ("in February",
"since 2014"), but is not part of the span. `resolve` also matches a rule's body alone
("February"), so a caller may hand it the bare expression.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

logger = logging.getLogger(__name__)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2, "a dozen": 12,
    "a few": None, "few": None, "several": None, "many": None, "some": None,
}  # fmt: skip
# (first month, last month, year offset of the last month) of each northern-hemisphere season
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}

# Proper nouns are matched case-sensitively inside case-insensitive rules: "may" is a verb.
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in NUMBERS), key=len)[::-1])
UNIT = r"(?P<unit>day|week|month|year|decade)"
# a part of a decade or century: "the last half of", "the early part of"
_PART_OF = (
    r"(?:(?:the\s+)?(?:first|second|last|latter|early|earlier|later)\s+(?:half|part)\s+of\s+)?"
)
SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
PART = r"(?:morning|afternoon|evening|night)"
APOS = r"(?:['’´ʼ]s)?"
MOD = r"(?P<pre>early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)"
_END = r"(?=\s*[,.;:)!?]|\s*$)"  # followed by punctuation or the end: "the day before."


def month(group: str, *, abbr_dot: bool = False) -> str:
    """A month name; abbreviations need their dot when `abbr_dot` (a month standing alone)."""
    dot = r"\." if abbr_dot else r"\.?"
    return rf"(?P<{group}>(?-i:{_MONTH_FULL})|(?-i:{_MONTH_ABBR}){dot})(?![A-Za-z])"


def day(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d)"


def year(group: str) -> str:
    return rf"(?P<{group}>(?:1[89]|20|21)\d\d)(?![\d])"


def year_or_words(group: str) -> str:
    """A year in digits or in words ("nineteen ninety-seven", as broadcast transcripts write
    it); `resolve` reads the words with `years_in_words`."""
    return rf"(?P<{group}>(?:1[89]|20|21)\d\d(?![\d])|(?:{_YEAR_WORDS_BODY})\b)"


_WD_PREFIX = rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
_NOT_NUMBER = r"(?![-–/,.]\d)"  # "2021" but not "2021-22", "1,200" or "2021.5"
_NUM_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|"
    r"hundred|a\s+hundred|a\s+thousand"
)
_YEAR_WORDS_BODY = (
    r"(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:the\s+year\s+)two\s+thousand"
)
# a count in digits, thousands grouped ("2,000 years"), never the tail of a longer number
_COUNT = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3})"
_PREPS = r"in|since|until|till|by|during|from|through|throughout|before|after|as\s+of"
# right after an amount, "a year" is its rate ("$2 million a year"), not a stretch of time
_AMOUNT_BEFORE = (
    r"(?:(?<=[\d%]\s)|(?<=million\s)|(?<=billion\s)|(?<=trillion\s)|(?<=thousand\s)|"
    r"(?<=percent\s)|(?<=cents\s))"
)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    body: str
    ctx: str | None = None

    @property
    def scan(self) -> re.Pattern[str]:
        return _SCAN[self.name]

    @property
    def bare(self) -> re.Pattern[str]:
        return _BARE[self.name]


RULES: tuple[Rule, ...] = (
    # full dates
    Rule("iso", "date", r"\b(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    Rule(
        "us_numeric",
        "date",
        r"\b(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d\d)\b",
    ),
    Rule("mdy", "date", rf"\b{_WD_PREFIX}{month('mon')}\s+{day('day')},?\s+{year('year')}"),
    Rule(
        "dmy",
        "date",
        rf"\b{_WD_PREFIX}{day('day')}\s+(?:of\s+)?{month('mon')},?\s+{year('year')}",
    ),
    # month (and day) of the year before, of or after the document's
    Rule(
        "md_relyear",
        "date",
        rf"\b{_WD_PREFIX}{month('mon')}\s+{day('day')},?\s+(?P<mod>last|this|next)\s+year\b",
    ),
    Rule(
        "dm_relyear",
        "date",
        rf"\b{_WD_PREFIX}(?:the\s+)?\b{day('day')}\s+(?:of\s+)?{month('mon')},?\s+"
        rf"(?P<mod>last|this|next)\s+year\b",
    ),
    Rule(
        "month_relyear",
        "month",
        rf"\b{month('mon')}\s+(?:of\s+)?(?P<mod>last|this|next)\s+year\b",
    ),
    # the calendar week of a day: "the week of March 6"
    Rule(
        "week_of",
        "date",
        rf"\b(?:the\s+)?week\s+of\s+{month('mon')}\s+{day('day')}(?:,?\s+{year('year')})?",
    ),
    # month and day, year implied
    Rule("md", "date", rf"\b{_WD_PREFIX}{month('mon')}\s+{day('day')}"),
    Rule("dm", "date", rf"\b{_WD_PREFIX}(?:the\s+)?\b{day('day')}\s+(?:of\s+)?{month('mon')}"),
    # intervals
    Rule(
        "interval_md",
        "interval",
        rf"\b(?:(?:between|from)\s+)?{month('m1')}\s+{day('d1')}\s*(?:-|–|—|and|to|through|until)"
        rf"\s*(?:{month('m2')}\s+)?{day('d2')}(?:,?\s+{year('year')})?",
    ),
    Rule(
        "interval_dm",
        "interval",
        rf"\b{day('d1')}\s*(?:-|–|and|to)\s*{day('d2')}\s+{month('m1')}(?:,?\s+{year('year')})?",
    ),
    Rule(
        "interval_month",
        "interval",
        rf"\b(?:between|from)\s+{month('m1', abbr_dot=True)}\s+(?:and|to|until|through)\s+"
        rf"{month('m2', abbr_dot=True)}(?:,?\s+{year('year')})?",
    ),
    Rule(
        "interval_year",
        "interval",
        rf"\b(?:(?:between|from)\s+)?{year('y1')}\s*(?:-|–|and|to|until|through)\s*{year('y2')}",
    ),
    # months and years
    Rule(
        "month_year",
        "month",
        rf"\b(?:{MOD}[\s-]+)?{month('mon')},?\s+(?:of\s+)?{year_or_words('year')}{_NOT_NUMBER}",
    ),
    Rule(
        "month_mod",
        "month",
        # (not "last Oct. 23": the month and day are the date, "last" its direction)
        rf"\b(?:{MOD}|(?P<mod>last|this|next|past|coming))[\s-]+{month('mon', abbr_dot=True)}"
        rf"(?!\s+\d)",
    ),
    # after a preposition, or a determiner before a month used as a modifier ("the October
    # slaying", "a June agreement", "the figures for January")
    Rule(
        "month",
        "month",
        month("mon", abbr_dot=True),
        ctx=rf"{_PREPS}|to|for|of|the|an?|its|their|his|her",
    ),
    # a month coordinated with a month before it: "in April and June", "September or October"
    Rule(
        "month_coord",
        "month",
        month("mon", abbr_dot=True),
        ctx=rf"(?-i:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)\s*,?\s+(?:and|or)",
    ),
    Rule("year_mod", "year", rf"\b{MOD}[\s-]+{year('year')}{_NOT_NUMBER}"),
    Rule("year", "year", rf"{year('year')}{_NOT_NUMBER}", ctx=_PREPS),
    # "expectations for 1989", "forecasts for 1990" (not "for 2000 years", "for 1500 people")
    Rule("year_for", "year", rf"{year('year')}{_NOT_NUMBER}(?!\s+[a-z]+s\b)", ctx="for"),
    # a year prefixed "pre-" or "post-": "the post-1959 politics"
    Rule("year_prepost", "year", rf"\b(?:pre|post)-{year('year')}{_NOT_NUMBER}"),
    # weekdays and days around the document date
    Rule(
        "weekday",
        "weekday",
        rf"\b(?:(?P<mod>last|next|this\s+coming|this|coming|past|previous)\s+)?(?P<wd>{WD})"
        rf"{APOS}(?:\s+{PART})?(?![A-Za-z])",
    ),
    Rule(
        "relday",
        "relative",
        rf"\b(?:(?P<el>earlier|later)\s+today|(?P<word>today|tonight|yesterday|tomorrow){APOS}"
        rf"(?:\s+{PART})?|(?P<this>this|last)\s+(?P<part>{PART[3:-1]})"
        rf"|the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow))\b",
    ),
    Rule(
        "relunit",
        "relative",
        rf"\b(?:(?:{MOD}|(?P<el>earlier|later|early|late|mid))[\s-]+)?"
        rf"(?:this\s+(?=past\b))?(?P<mod>last|this|next|past|coming|current)\s+"
        rf"(?:fiscal\s+(?=year))?"
        rf"(?P<unit>week|weekend|month|year|decade){APOS}\b",
    ),
    # the end or start of a unit: "the end of the month", "the beginning of last year"
    Rule(
        "edge",
        "relative",
        r"\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?"
        r"(?:(?P<mod>last|this|next|past|current)\s+)?(?P<unit>week|month|year)\b(?![-'’])",
    ),
    Rule(
        "year_end",
        "relative",
        r"year(?:[\s-]end|['’]s\s+end)\b(?!-)",
        ctx=r"by|at|since|until|till|around|before|after|through|from|near|toward|towards",
    ),
    # after a preposition (not "the weekend edition" heading a clause)
    Rule(
        "weekend",
        "relative",
        r"\bthe\s+weekend\b",
        ctx=r"over|during|at|on|of|before|after|until|till|through|throughout|by|for|from|since|into",
    ),
    Rule(
        "ago",
        "relative",
        rf"\b(?:(?:just|only|about|around|nearly|almost|more\s+than|less\s+than|over|some|"
        rf"roughly)\s+)?(?:(?P<n>{NUM}|(?<![\d,.])\d{{1,3}})\s+)?(?:and\s+a\s+half\s+)?{UNIT}s?"
        rf"(?:\s+and\s+a\s+half)?\s+ago\b",
    ),
    # seasons
    Rule(
        "season_mod",
        "season",
        rf"\b(?:(?P<pre>early|late|mid)[\s-]+)?(?P<mod>last|this|next|past|coming)\s+{SEASON}\b",
    ),
    Rule(
        "season_year",
        "season",
        rf"\b(?:the\s+)?(?:(?P<pre>early|late|mid)[\s-]+)?{SEASON}\s+(?:of\s+)?{year_or_words('year')}",
    ),
    Rule(
        "season",
        "season",
        # (not "the fall of the regime": a season named with "of" is followed by its year)
        rf"\b(?:(?P<pre>early|late|mid)[\s-]+)?{SEASON}\b(?!\s+of\b)",
        ctx=r"(?:in|into|during|over|since|by|until|till|through|throughout|for|of|before|after|"
        r"from|toward|towards)(?:\s+the)?",
    ),
    # anaphora: resolved against the date the discourse last mentioned
    Rule(
        "ana_same",
        "anaphoric",
        rf"\b(?:(?P<el>earlier|later)\s+(?:on\s+|in\s+)?)?(?:that\s+same|the\s+same|that)\s+"
        rf"(?P<unit>day|{PART[3:-1]}|week|month|year)\b",
    ),
    Rule(
        "ana_inthe",
        "anaphoric",
        r"\b(?P<el>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)\b",
    ),
    Rule(
        "ana_shift",
        "anaphoric",
        rf"\bthe\s+(?P<dir>next|following|previous|preceding|prior)\s+"
        rf"(?P<unit>day|{PART[3:-1]}|week|month|year)\b",
    ),
    Rule("ana_dayafter", "anaphoric", rf"\bthe\s+day\s+(?P<dir>after|before){_END}"),
    Rule(
        "ana_later",
        "anaphoric",
        rf"\b(?P<n>{NUM}|{_COUNT})\s+{UNIT}s?\s+"
        rf"(?:(?P<dir>later|earlier|afterwards)|(?P<dir2>after|before){_END})",
    ),
    # the present, and stretches of time that date nothing
    Rule(
        "present",
        "present",
        r"\b(?:right\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days)"
        r"\b(?!-)",
    ),
    Rule(
        "duration",
        "duration",
        rf"\b(?:for|over|during|within|in)\s+(?:the\s+)?(?:(?:past|last|next|coming|previous|"
        rf"first)\s+)?(?:(?:{NUM}|{_COUNT})\s+)?(?:more\s+)?(?:hours|days|weeks|months|years|"
        rf"decades)\b",
    ),
    Rule(
        "duration_the",
        "duration",
        r"\b(?:for|over|within|in)\s+the\s+(?:past|last|next|coming)\s+"
        r"(?:hour|day|week|month|year|decade)(?:\s+and\s+a\s+half)?\b",
    ),
    # a stretch that measures the gap to another event: "one year after he was killed",
    # "at least 30 days before closing" (TimeML marks the stretch; "two days later." is
    # anaphoric, above)
    Rule(
        "duration_gap",
        "duration",
        rf"\b(?:(?:just|only|about|around|nearly|almost|barely|at\s+least|more\s+than|less\s+than|"
        rf"over|some)\s+)?(?:{NUM}|{_COUNT})\s+(?:(?:trading|business|working)\s+(?=days?\b))?"
        rf"(?:minute|hour|day|week|month|year|decade)s?(?=\s+(?:after|before)\s+[\w$“\"'])"
        # "two hours later", "45 minutes earlier" (days and longer are anaphoric, above)
        # ("a minute and a half later", "two and a half hours earlier")
        rf"|\b(?:(?:just|only|about|around|nearly|almost|barely|some|less\s+than|more\s+than)"
        rf"\s+)?(?:{NUM}|{_COUNT})(?:\s+and\s+a\s+half)?\s+(?:minute|hour)s?"
        rf"(?:\s+and\s+a\s+half)?(?=\s+(?:later|earlier|afterwards?)\b)",
    ),
    # "half a century", "half an hour", "a half-century" (P50Y, PT30M)
    Rule(
        "duration_half",
        "duration",
        r"\b(?:half\s+an?\s+(?:hour|day|week|month|year|decade|century)|"
        r"an?\s+half[\s-](?:hour|century))\b(?!-)",
    ),
    Rule("duration_one", "duration", r"\bfor\s+(?:a|an|one)\s+(?:day|week|month|year)\b"),
    Rule(
        "duration_adj",
        "duration",
        rf"\b(?:{NUM}|{_COUNT}|{_NUM_WORDS})-(?:minute|hour|day|week|month|year|decade)"
        rf"(?:-long)?\b(?!-|\s+old\b)",
    ),
    # TimeML's stretches, sets, quarters and clock times: found for evaluation and kept out of
    # dating (resolve gives them no date unless they name a day: "9 a.m. Tuesday")
    Rule(
        "duration_bare",
        "duration",
        # "the past three years", "about two hours", "two to three weeks" (not the verb "last
        # over a week": a hedge never follows "past" or "last"; nor the rate of an amount,
        # "$2 million a year", "358,000 a month")
        rf"\b(?!{_AMOUNT_BEFORE}an?\s+(?:year|month|week|day|hour)\b)"
        rf"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|coming|previous|first|final|"
        rf"following|remaining|entire|whole|full)\s+(?!(?:about|around|nearly|almost|only|just|"
        rf"barely|at\s+least|more\s+than|less\s+than|up\s+to|over)\b))?(?:(?:about|around|"
        rf"nearly|almost|only|just|barely|at\s+least|more\s+than|less\s+than|up\s+to|over)\s+)?"
        rf"(?:(?:{NUM}|{_COUNT})\s*(?:to|or|-|–)\s*)?"
        rf"(?:{NUM}|{_COUNT}(?:\s+\d/\d)?|{_NUM_WORDS})(?:\s+and\s+a\s+half)?"
        rf"(?:\s+(?:more|additional|straight|consecutive|full|trading|business|working))?\s+"
        # ("a quarter of the market" is a share; "several quarters of losses" a stretch)
        # (nor "a quarter" alone, a share; nor "some quarters", "quarters of the city": places
        # and circles)
        rf"(?:minute|hour|day|week|fortnight|month|(?<!\ba\s)(?<!\bsome\s)"
        rf"quarter(?!\s+of\b|s\s+(?:of\s+the|with|in\s+the)\b)|year|decade|centurie)s?"
        rf"(?:\s+and\s+a\s+half)?"
        rf"\b(?!\s+(?:old|ago|later|earlier|before|after|from\s+now)\b)(?!-)",
    ),
    Rule(
        "duration_vague",
        "duration",
        r"\b(?:(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several)\s+(?:days|weeks|months|"
        r"years|decades)|(?:for|over)\s+(?:many\s+|several\s+)?(?:decades|years|months|weeks)|"
        r"decades|centuries)\b(?!\s+(?:ago|later|earlier)\b)",
    ),
    Rule(
        "set",
        "set",
        # (not a newspaper or magazine: "the Israeli daily Haaretz", "the news weekly Der
        # Spiegel", "the daily said", "a monthly magazine")
        r"\b(?:(?:daily|weekly|monthly)(?!\s+(?-i:[A-Z])|\s+(?:said|says|reported|reports|quoted|"
        r"cited|wrote|writes|added|newspapers?|papers?|magazines?|tabloids?|editions?)\b)|"
        r"nightly|hourly|"
        r"(?:each|every)\s+(?:day|night|week|month|quarter|year|hour|morning|afternoon|evening|"
        r"weekend|(?-i:Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
        r"August|September|October|November|December))|"
        r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:s|\s+(?:morning|afternoon|evening|night)s))\b",
    ),
    Rule(
        "quarter",
        "quarter",
        r"\b(?:the\s+)?(?:(?:\d{4}|(?:this|last|next)\s+year['’]s|year-(?:ago|earlier))"
        r"\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
        r"(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:\d{4}|(?:this|last|next)\s+year\b))?"
        r"|\bthe\s+(?:latest|current|year-ago|year-earlier|just-ended|same)\s+"
        r"(?:fiscal\s+)?(?:quarter|period)\b|\bthe\s+quarter\b(?![-'’])"
        # "last quarter", "the previous quarter", "next quarter" (not "the last quarter of
        # 2012", "the past quarter century", "a quarter-point")
        r"|\b(?:the\s+)?(?:last|this|that|next|previous|past|prior|preceding|coming|following)"
        r"\s+(?:fiscal\s+)?quarter\b(?!-|\s+(?:of|century|point|percent)\b)"
        # the period of a year a report compares with: "in the 1988 period"
        r"|\bthe\s+(?:19|20)\d\d\s+(?:fiscal\s+)?(?:period|quarter)\b"
        # the fiscal year last reported: "sales in the latest fiscal year"
        r"|\bthe\s+(?:latest|previous)\s+fiscal\s+year\b",
    ),
    # "Q3", "Q3 2012", "2012 Q3"
    Rule(
        "quarter_short",
        "quarter",
        r"\b(?:(?:19|20)\d\d\s*)?(?-i:Q[1-4])(?:\s+(?:of\s+)?(?:(?:19|20)\d\d|['’]\d\d))?\b",
    ),
    # halves of a year: "the first half of 1989", "the first two quarters of 1990" (1990-H1)
    Rule(
        "half",
        "quarter",
        rf"\b(?:the\s+)?(?:first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
        rf"(?:{year('year')}|(?:the\s+)?(?:this|last|next|current)\s+year|the\s+year)\b",
    ),
    # generic stretches: "for the year", "during the week" (TimeML: P1Y, 1989-WXX)
    Rule(
        "generic",
        "duration",
        # (and "the week's": "the week's most active session")
        r"\bthe\s+(?:fiscal\s+|full\s+)?(?:year|week)\b(?![-'’]|\s+(?:before|after|earlier|later|"
        r"ago|of|that|when|in|to)\b)|\bthe\s+week(?=['’]s\b)",
    ),
    # "in the near term", "over the long term" (TimeML FUTURE_REF; not "long-term debt")
    Rule("term", "vague", r"\bthe\s+(?:near|short|long)\s+term\b(?!-)"),
    # the day it is, counted in something: "today is the eighth day of the blockade", "it's
    # the second day of the strike" (TimeML: that day; not "his first day in office")
    Rule(
        "nth_day",
        "vague",
        r"\bthe\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|[a-z]+-(?:first|second|"
        r"third|[a-z]+th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b(?!-)",
        ctx=r"is|was|marks|marked|\w+['’]s",
    ),
    # "this century" (TimeML P100Y), "at a later date" (FUTURE_REF), "for a while" (PXX)
    Rule(
        "vague_more",
        "vague",
        r"\bthis\s+century\b(?!-)|\ba\s+later\s+date\b|(?<=\bfor\s)(?:quite\s+)?a\s+while\b",
    ),
    Rule(
        "vague",
        "vague",
        # "recent weeks" before "recent": the longer alternative first
        r"\b(?:recent\s+(?:days|weeks|months|quarters|years)|recent(?!ly)|(?:more\s+)?recently|"
        r"(?:in\s+)?the\s+(?:near\s+)?future|the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|"
        r"months?|quarters?|years?|decades?|hours?))|"
        r"year-(?:ago|earlier))\b(?!-)",
    ),
    Rule(
        "clock",
        "time",
        r"\b(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|noon|midnight|midday"
        # "4 in the morning", "mid-afternoon"
        r"|\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening)|mid[- ]?(?:morning|afternoon)"
        # the wire services' 24-hour clock: "at 1430 GMT"
        r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?-i:GMT|UTC)\b)"
        # the 24-hour clock with a colon: "at 15:30", "21:00 GMT" (not "John 3:16", "2:1")
        r"|(?<=\b(?:at|by)\s)(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:)"
        r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:(?-i:GMT|UTC|[ECMP][SD]T)|local\s+time)\b))"
        r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))?(?:\s+(?:on\s+)?(?:(?-i:Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday)|today|yesterday|tomorrow))?)",
    ),
    # (with a part of it: "the last half of the 1980s", "the early part of the 20th century")
    Rule(
        "decade",
        "decade",
        rf"\b{_PART_OF}(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[0-9]|20)\d0['’]?s|(?:twenties|"
        r"thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:\d{1,2}(?:st|nd|rd|th)"
        r"|(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twentie)th|twenty[\s-]first)[\s-]+century)\b",
    ),
    # a decade written short: "the '90s", "the late ’80s" (TimeML 199, 198)
    Rule(
        "decade_short",
        "decade",
        rf"(?:\b{_PART_OF}the\s+(?:(?:early|late|mid)[\s-]+)?|(?<![\w'’]))['’]\d0s\b",
    ),
    Rule("year_words", "year", rf"\b{_YEAR_WORDS_BODY}\b"),
    Rule("fiscal", "year", r"\bfiscal\s+(?:year\s+)?(?P<year>(?:19|20)\d\d)\b"),
    Rule(
        "year_bare",
        "year",
        # a year's possessive ("2012's record"; not "1990's", a decade written with "'s")
        rf"(?<![$#\d,.])(?P<year>(?:19|20)\d\d)(?!s\b)(?!(?<=0)['’]s\b){_NOT_NUMBER}"
        rf"(?=\s*[,.;:)!?\"”]|\s*$|['’]s\b|\s+(?:and|to|through|when|after|before|as|with|but)\b)",
    ),
    Rule(
        "holiday",
        "holiday",
        r"\b(?:(?:last|next|this)\s+)?(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|"
        r"\s+Eve)?|Thanksgiving(?:\s+Day)?|Election\s+Day|Independence\s+Day|"
        r"Easter(?:\s+(?:Sunday|Monday))?|"
        r"Halloween|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|"
        r"Palm\s+Sunday|Good\s+Friday|(?:Holy|Maundy)\s+Thursday|Holy\s+Saturday|Holy\s+Week|"
        r"Ash\s+Wednesday|Pentecost|St\.?\s+Patrick['’]?s\s+Day|Boxing\s+Day|"
        r"Bastille\s+Day|Remembrance\s+Day|Armistice\s+Day|Mother['’]?s\s+Day|"
        r"Father['’]?s\s+Day)(?:\s+week(?:end)?)?\b",
    ),
)

_FLAGS = re.IGNORECASE


def _compile_scan(rule: Rule) -> re.Pattern[str]:
    if rule.ctx:
        return re.compile(rf"\b(?:{rule.ctx})\s+(?P<t>{rule.body})", _FLAGS)
    return re.compile(rule.body, _FLAGS)


_SCAN: dict[str, re.Pattern[str]] = {r.name: _compile_scan(r) for r in RULES}
_BARE: dict[str, re.Pattern[str]] = {r.name: re.compile(r.body, _FLAGS) for r in RULES}
RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}
_ORDER: dict[str, int] = {r.name: i for i, r in enumerate(RULES)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule's match in a text: the span of the expression and the match that found it."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("t") if "t" in m.re.groupindex else m.span()


def candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping, in rule order."""
    for rule in RULES:
        for m in rule.scan.finditer(text):
            start, end = _span(m)
            if end > start:
                yield Candidate(start, end, rule, m)


def select(found: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates, left to right (ties: the earlier rule)."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.start, _ORDER[c.rule.name])):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def bare_match(text: str) -> Candidate | None:
    """The first rule whose body alone matches the whole of `text` (e.g. "February")."""
    for rule in RULES:
        m = rule.bare.fullmatch(text)
        if m:
            return Candidate(0, len(text), rule, m)
    return None


# --- numbers and years written in words ----------------------------------------------------

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def words_to_number(words: str) -> int | None:
    """ "twenty four", "forty-two", "two hundred", "a hundred" → the number; None if not one."""
    total, current = 0, 0
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    for token in tokens:
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token in _TENS_WORDS:
            current += _TENS_WORDS[token]
        elif token in ("a", "an") and current == 0:
            current = 1
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif token.isdigit():
            current += int(token)
        else:
            return None
    return total + current


_TEENS_YEAR = "|".join(k for k, v in _UNITS_WORDS.items() if v >= 10)
_DIGIT_WORDS = "|".join(k for k, v in _UNITS_WORDS.items() if 0 < v < 10)
_TENS_UNITS = (
    rf"(?:{'|'.join(_TENS_WORDS)})(?:[\s-]+(?:{_DIGIT_WORDS}))?"
    rf"|{_TEENS_YEAR}|hundred"
)
YEAR_WORDS = re.compile(
    rf"\b(?P<c>nineteen|eighteen|twenty)[\s-]+(?P<rest>{_TENS_UNITS}|oh[\s-]+\w+)\b"
    rf"|\b(?:the\s+year\s+)?two\s+thousand(?:[\s-]+(?:and\s+)?(?P<small>(?:{_TENS_UNITS})|"
    rf"one|two|three|four|five|six|seven|eight|nine))?\b",
    re.IGNORECASE,
)


def years_in_words(text: str) -> str:
    """Years spelled out as digits: "nineteen ninety-six" → "1996", "two thousand" → "2000"."""

    def repl(m: re.Match[str]) -> str:
        if m["c"]:
            rest = m["rest"].lower()
            low = 0 if rest == "hundred" else words_to_number(rest.replace("oh", "").strip())
            if low is None or low > 99:
                return m.group(0)
            return str(_UNITS_WORDS.get(m["c"].lower(), 20) * 100 + low)
        small = words_to_number(m["small"]) if m["small"] else 0
        return str(2000 + (small or 0)) if small is not None and small < 100 else m.group(0)

    return YEAR_WORDS.sub(repl, text)
