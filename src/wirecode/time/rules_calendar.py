"""The rules for expressions that name a place on the calendar.

Full dates ("March 6, 2023", "6 March 2023", "2023-03-06"), months and days of the year before,
of or after the document's ("March 6 last year"), intervals ("March 6-8", "between 1989 and
1991"), months and years, seasons, years in words and fiscal years, holidays (dated by the
calendar of `holidays.py`); and decades and centuries, found for TimeML's sake: `resolve`
dates a decade as a window of its years ("the early 1990s" 1990/1993), a century nothing.
`patterns.RULES` places each group among the others: the order decides ties.
"""

from __future__ import annotations

from wirecode.time.holidays import HOLIDAY
from wirecode.time.lexicon import (
    MOD,
    MONTH_ABBR,
    MONTH_FULL,
    NOT_NUMBER,
    PREPS,
    SEASON,
    WD,
    WD_PREFIX,
    day,
    day_words,
    month,
    year,
    year_or_words,
)
from wirecode.time.number_words import YEAR_WORDS_BODY
from wirecode.time.rule import Rule

# a part of a decade or century: "the last half of", "the early part of"
_PART_OF = (
    r"(?:(?:the\s+)?(?:first|second|last|latter|early|earlier|later)\s+(?:half|part)\s+of\s+)?"
)

DATE_RULES: tuple[Rule, ...] = (
    # full dates
    Rule("iso", "date", r"\b(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    Rule(
        "us_numeric",
        "date",
        r"\b(?P<mon>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d\d)\b",
    ),
    Rule("mdy", "date", rf"\b{WD_PREFIX}{month('mon')}\s+{day('day')},?\s+{year('year')}"),
    Rule(
        "dmy",
        "date",
        rf"\b{WD_PREFIX}{day('day')}\s+(?:of\s+)?{month('mon')},?\s+{year('year')}",
    ),
    # month (and day) of the year before, of or after the document's
    Rule(
        "md_relyear",
        "date",
        rf"\b{WD_PREFIX}{month('mon')}\s+{day('day')},?\s+(?P<mod>last|this|next)\s+year\b",
    ),
    Rule(
        "dm_relyear",
        "date",
        rf"\b{WD_PREFIX}(?:the\s+)?\b{day('day')}\s+(?:of\s+)?{month('mon')},?\s+"
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
    # the weekend of a day: "the weekend of March 2" (not "a weekend of protests")
    Rule(
        "weekend_of",
        "date",
        rf"\bthe\s+weekend\s+of\s+{month('mon')}\s+{day('day')}(?:,?\s+{year('year')})?",
    ),
    # an ordinal weekday of a month: "the first Monday in March", "the last Friday of the
    # month", "the second Sunday of next month" (not "of every month", a set)
    Rule(
        "nth_weekday",
        "date",
        rf"\bthe\s+(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<wdn>{WD})\s+"
        rf"(?:of|in)\s+(?:{month('mon')}(?:,?\s+{year('year')})?|(?P<mod>the|this|last|next)\s+"
        r"month\b)",
    ),
    # month and day, year implied
    Rule("md", "date", rf"\b{WD_PREFIX}{month('mon')}\s+{day('day')}"),
    Rule("dm", "date", rf"\b{WD_PREFIX}(?:the\s+)?\b{day('day')}\s+(?:of\s+)?{month('mon')}"),
    # a month, "the" and its day: "March the 9th", "March the ninth"
    Rule(
        "md_the",
        "date",
        rf"\b{WD_PREFIX}{month('mon')}\s+the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
        rf"|{day_words('dw')})(?![-'’])"
        # (not "In May the first rains came": a noun after it is the ordinal's)
        r"(?=\s*(?:[,.;:)!?\"”—–]|$)|\s+(?:and|or|but|when|at|in|after|before|with|to)\b)",
    ),
    # a day in words, with its month: "the ninth of March", "the twenty-first of May, 2021"
    Rule(
        "dm_words",
        "date",
        # (not a rank among a month's things: "the second of March's three votes")
        rf"\b(?:(?P<wd>{WD}),?\s+)?the\s+{day_words('day')}\s+of\s+{month('mon')}(?!['’]s\b)"
        rf"(?:,?\s+{year('year')}{NOT_NUMBER})?",
    ),
    # a day of the month named from the document's: "the 20th of last month", "the 3rd of
    # next month", "the 15th of this month"
    Rule(
        "day_relmonth",
        "date",
        r"\bthe\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\s+of\s+(?P<rel>last|this|next)"
        r"\s+month\b(?!['’])",
    ),
    # a weekday and its day of the month: "on Friday the 13th", "Tuesday, the 10th"
    Rule(
        "wd_day_ordinal",
        "date",
        rf"\b(?P<wd>{WD}),?\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?![-'’])"
        r"(?!\s+(?:of|century|centuries)\b)",
    ),
    # a day of the month alone, ordinal, after a preposition: "on the 20th", "by the 3rd" (not
    # "the 20th century", "on the 2nd floor": nothing but a clause's end or joint may follow)
    Rule(
        "day_ordinal",
        "date",
        r"\bthe\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?![-'’])"
        r"(?=\s*(?:[,.;:)!?\"”—–]|$)|\s+(?:and|or|but|when|at|in|after|before|with)\b)",
        ctx=r"on|by|until|till|since|from|before|after|through",
    ),
    # intervals
    Rule(
        "interval_md",
        "interval",
        rf"\b(?:(?:between|from)\s+)?{month('m1')}\s+{day('d1')}\s*(?:-|–|—|and|to|through|until)"
        # (not "April 2 and 4,000 people", "March 3 to 4 p.m.": a count, a clock time)
        rf"\s*(?:{month('m2')}\s+)?{day('d2')}(?!,\d|\s*(?:[ap]\.?m\b|o['’]clock\b))"
        rf"(?:,?\s+{year('year')})?",
    ),
    Rule(
        "interval_dm",
        "interval",
        # (with its "from" or "between", as "from March 26 to 31": not a bound of the event;
        # each day may follow its weekday, as British and European dates write it, "Monday 6
        # and Tuesday 7 May": the month is the first day's too; so is a choice of days, "on
        # Monday 6 or Tuesday 7 May", the stretch that holds them)
        rf"\b(?:(?:between|from)\s+)?(?:(?P<wd1>{WD}),?\s+)?{day('d1')}"
        rf"\s*(?:-|–|and|or|to|until|through)\s*(?:(?P<wd2>{WD}),?\s+)?{day('d2')}"
        rf"\s+{month('m1')}(?:,?\s+{year('year')})?",
    ),
    Rule(
        "interval_month",
        "interval",
        rf"\b(?:between|from)\s+{month('m1', abbr_dot=True)}\s+(?:and|to|until|through)\s+"
        rf"{month('m2', abbr_dot=True)}(?:,?\s+{year('year')})?",
    ),
    # a range of months without its "from", as a range of years may stand: "covers January
    # through March", "in the January-March period" (not "January and March", two months)
    Rule(
        "interval_month_to",
        "interval",
        rf"\b{month('m1', abbr_dot=True)}(?:\s+(?:to|until|through|thru)\s+|\s*[-–]\s*)"
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
        rf"\b(?:{MOD}[\s-]+)?{month('mon')},?\s+(?:of\s+)?{year_or_words('year')}{NOT_NUMBER}",
    ),
    Rule(
        "month_mod",
        "month",
        # (not "last Oct. 23": the month and day are the date, "last" its direction)
        rf"\b(?:{MOD}|(?P<mod>last|this|next|past|coming))[\s-]+{month('mon', abbr_dot=True)}"
        rf"(?!\s+\d)",
    ),
    # after a preposition, or a determiner before a month used as a modifier ("the October
    # slaying", "a June agreement", "the figures for January"); the prepositions of a bound or
    # a nearness too ("no later than June", "around March", "into April", "toward May"), and
    # of a stretch from now ("as early as March", "between now and September")
    Rule(
        "month",
        "month",
        month("mon", abbr_dot=True),
        ctx=rf"{PREPS}|to|for|of|the|an?|its|their|his|her|than|around|into|towards?|"
        r"as\s+(?:early|late|soon)\s+as|(?:now|today)\s+and",
    ),
    # a month's possessive wherever it stands, the month ("January's smog was the worst on
    # record", as "to December's figures" is found after its preposition); not May, also a
    # name ("May's government")
    Rule(
        "month_poss",
        "month",
        r"\b(?-i:January|February|March|April|June|July|August|September|October|November|"
        r"December)(?=['’]s\b)",
    ),
    # a month coordinated with a month before it: "in April and June", "September or October"
    Rule(
        "month_coord",
        "month",
        month("mon", abbr_dot=True),
        ctx=rf"(?-i:{MONTH_FULL}|(?:{MONTH_ABBR})\.)\s*,?\s+(?:and|or)",
    ),
    Rule("year_mod", "year", rf"\b{MOD}[\s-]+{year('year')}{NOT_NUMBER}"),
    Rule("year", "year", rf"{year('year')}{NOT_NUMBER}", ctx=PREPS),
    # "expectations for 1989", "forecasts for 1990" (not "for 2000 years", "for 1500 people";
    # a word in -s that is no plural noun is no count: "the budget for 2014 was approved")
    Rule(
        "year_for",
        "year",
        rf"{year('year')}{NOT_NUMBER}(?!\s+(?!(?:was|is|has|as|its|his|this|thus|plus|unless|"
        r"always|perhaps|whereas)\b)[a-z]+s\b)",
        ctx="for",
    ),
    # "the year 2000", "by the year 2020": the year named (the words "the year" are its own)
    Rule("year_named", "year", rf"\bthe\s+year\s+{year('year')}{NOT_NUMBER}"),
    # a year prefixed "pre-" or "post-": "the post-1959 politics"
    Rule("year_prepost", "year", rf"\b(?:pre|post)-{year('year')}{NOT_NUMBER}"),
)

SEASON_RULES: tuple[Rule, ...] = (
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
    # a season of the year named from the document's: "the spring of last year", "the autumn
    # of next year", "the summer of this year" (the season of that year, as "the fall of 2011")
    Rule(
        "season_relyear",
        "season",
        rf"\b(?:the\s+)?(?:(?P<pre>early|late|mid)[\s-]+)?{SEASON}\s+of\s+(?P<rel>last|this|next)"
        r"\s+year\b(?!['’])",
    ),
    Rule(
        "season",
        "season",
        # (not "the fall of the regime": a season named with "of" is followed by its year)
        rf"\b(?:(?P<pre>early|late|mid)[\s-]+)?{SEASON}\b(?!\s+of\b)",
        ctx=r"(?:in|into|during|over|since|by|until|till|through|throughout|for|of|before|after|"
        r"from|toward|towards)(?:\s+the)?",
    ),
)

DECADE_YEAR_HOLIDAY_RULES: tuple[Rule, ...] = (
    # (with a part of it: "the last half of the 1980s", "the early part of the 20th century")
    Rule(
        "decade",
        "decade",
        # (not an age: "in his late seventies", "in her twenties"; a decade alone never starts
        # after its own "early" or "late", which the match holds)
        rf"\b(?:(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bour\s)"
        # (only a decade in words: "her 1980s hits", "their 19th-century walls" stay)
        r"|(?!(?:(?:early|late|mid)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|"
        r"seventies|eighties|nineties)\b))"
        r"(?<!early\s)(?<!late\s)(?<!mid\s)(?<!mid-)"
        rf"{_PART_OF}(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[0-9]|20)\d0['’]?s|(?:twenties|"
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
    Rule("year_words", "year", rf"\b{YEAR_WORDS_BODY}\b"),
    # "fiscal 1990", "fiscal year 1990", "FY2013", and a year before the noun of its reporting
    # year: "the 2012 fiscal year", "the 2012 calendar year" (one period, not a year before a
    # noun)
    Rule(
        "fiscal",
        "year",
        r"\b(?:fiscal\s+(?:year\s+)?|(?-i:FY)\s?|the\s+(?=(?:19|20)\d\d\s+(?:fiscal|calendar|financial)\s+"
        r"year\b))(?P<year>(?:19|20)\d\d)\b(?:\s+(?:fiscal|calendar|financial)\s+year\b)?",
    ),
    Rule(
        "year_bare",
        "year",
        # a year's possessive ("2012's record"; not "1990's", a decade written with "'s"); not
        # digits glued to a word, a name's ("a reply from Blue2054:", "user2012,")
        rf"(?<![$#\d,.\w])(?P<year>(?:19|20)\d\d)(?!s\b)(?!(?<=0)['’]s\b){NOT_NUMBER}"
        rf"(?=\s*[,.;:)!?\"”]|\s*$|['’]s\b|\s+(?:and|to|through|when|after|before|as|with|but)\b)",
    ),
    Rule(
        "holiday",
        "holiday",
        rf"\b(?:(?:last|next|this)\s+)?(?-i:{HOLIDAY})"
        # its year, when written: "at Christmas 2019", "on Christmas Day, 1914"
        rf"(?:\s+week(?:end)?)?\b(?:,?\s+(?:of\s+)?{year('year')}{NOT_NUMBER})?",
    ),
)
