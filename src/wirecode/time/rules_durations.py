"""The rules for stretches of time and the other expressions that date nothing by themselves.

Durations ("for three years", "the past two weeks", "half an hour", "a 10-day visit"), sets
("every Monday", "weekly"), quarters and halves of a year ("the third quarter", "Q3 2012"),
generic stretches ("for the year"), vague references ("recently", "the near future") and clock
times ("9 a.m."): found for TimeML's sake; `resolve` gives them no date unless they name a day.
"""

from __future__ import annotations

from wirecode.time.lexicon import COUNT, MONTH_ABBR, MONTH_FULL, NUM, WD, ZONE, year
from wirecode.time.rule import Rule

_NUM_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|"
    r"hundred|a\s+hundred|a\s+thousand"
    # "two thousand years", "several hundred years"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:hundred|thousand)"
)
# right after an amount, "a year" is its rate ("$2 million a year"), not a stretch of time
_AMOUNT_BEFORE = (
    r"(?:(?<=[\d%]\s)|(?<=million\s)|(?<=billion\s)|(?<=trillion\s)|(?<=thousand\s)|"
    r"(?<=percent\s)|(?<=cents\s))"
)

# what has an age that is a stretch of time: states and happenings, which last ("the 8-month-old
# truce"), not bodies or things, which are founded or made ("the 50-year-old alliance": tbaq
# leaves it unmarked, as it does a person's age)
_AGED = (
    r"truce|cease-?fire|armistice|war|conflict|dispute|feud|rivalry|standoff|stand-off|siege|"
    r"blockade|embargo|ban|moratorium|boycott|strike|walkout|lockout|slump|recession|downturn|"
    r"crisis|insurgency|rebellion|revolt|uprising|occupation|campaign|freeze|peace|"
    r"investigation|inquiry|probe|battle|struggle|stalemate|deadlock|impasse|shutdown|"
    r"protests?|demonstrations?|sit-in|drought|outbreak|epidemic|manhunt|search|negotiations|"
    r"talks|effort"
)

# a month and a day of it, for a clock time's date ("Oct. 7", "7 October")
_MONTH = rf"(?:(?-i:{MONTH_FULL})|(?-i:{MONTH_ABBR})\.?)(?![A-Za-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
# before "last", what makes it the verb ("will last", "to last")
_NOT_THE_VERB = (
    "".join(
        rf"(?<!\b{w}\s)" for w in ("will", "would", "could", "can", "may", "might", "must", "to")
    )
    + r"(?<!\bshould\s)(?<!n't\s)(?<!\bnot\s)"
)
# two units a vague stretch is counted in, coordinated ("recent weeks and months"; written out
# with their spaces, so that a text without one of these strings is not scanned for them)
_UNITS = ("days", "weeks", "months", "years")
_AND = "(?:" + "|".join(f"{a} and {b}" for a in _UNITS for b in _UNITS if a != b) + ")"
_OR = "(?:" + "|".join(f"{a} or {b}" for a in _UNITS for b in _UNITS if a != b) + ")"
# a calendar quarter's first and last months, joined: "April-June" (the second quarter)
_QUARTER_MONTHS = (
    r"(?-i:(?:January|Jan\.)\s?[-–]\s?(?:March|Mar\.)|(?:April|Apr\.)\s?[-–]\s?June|"
    r"July\s?[-–]\s?(?:September|Sept?\.)|(?:October|Oct\.)\s?[-–]\s?(?:December|Dec\.))"
)

DURATION_RULES: tuple[Rule, ...] = (
    Rule(
        "duration",
        "duration",
        rf"\b(?:for|over|during|within|in)\s+(?:the\s+)?(?:(?:past|last|next|coming|previous|"
        rf"first)\s+)?(?:(?:{NUM}|{COUNT})\s+)?(?:more\s+)?(?:hours|days|weeks|months|years|"
        # (not the first half of an adjective: "in a decades-long alliance")
        rf"decades)\b(?!-)(?:\s+ahead\b)?"
        # units ahead as a subject or an object: "The weeks ahead will be difficult"
        r"|\bthe\s+(?:coming\s+)?(?:days|weeks|months|years)\s+ahead\b",
    ),
    Rule(
        "duration_the",
        "duration",
        r"\b(?:for|over|within|in)\s+the\s+(?:past|last|next|coming)\s+"
        r"(?:hour|day|week|fortnight|month|year|decade|century)(?:\s+and\s+a\s+half)?\b"
        # with no preposition, as "the past decade" is found: "the events of the past century"
        # (P100Y), "The past fortnight has been calm" (P2W)
        r"|\bthe\s+past\s+(?:fortnight|century)\b(?!-)",
    ),
    # a stretch that measures the gap to another event: "one year after he was killed",
    # "at least 30 days before closing" (TimeML marks the stretch; "two days later." is
    # anaphoric, above)
    Rule(
        "duration_gap",
        "duration",
        rf"\b(?:(?:just|only|about|around|nearly|almost|barely|at\s+least|more\s+than|less\s+than|"
        rf"over|some)\s+)?(?:{NUM}|{COUNT})\s+(?:(?:trading|business|working)\s+(?=days?\b))?"
        rf"(?:minute|hour|day|week|month|year|decade)s?(?=\s+(?:after|before)\s+[\w$“\"'])"
        # "two hours later", "45 minutes earlier" (days and longer are anaphoric, above)
        # ("a minute and a half later", "two and a half hours earlier")
        rf"|\b(?:(?:just|only|about|around|nearly|almost|barely|some|less\s+than|more\s+than)"
        rf"\s+)?(?:{NUM}|{COUNT})(?:\s+and\s+a\s+half)?\s+(?:second(?=s\b)|minute|hour)s?"
        rf"(?:\s+and\s+a\s+half)?(?=\s+(?:later|earlier|afterwards?)\b)"
        # no count: "Days later, he was dead", "years earlier" (a vague stretch, PXD, PXY)
        rf"|\b(?<!-)(?:minutes|hours|days|weeks|months|years|decades)(?=\s+(?:later|earlier|"
        rf"afterwards?)\b)",
    ),
    # "half a century", "half an hour", "a half-century" (P50Y, PT30M)
    Rule(
        "duration_half",
        "duration",
        r"\b(?:half\s+an?\s+(?:hour|day|week|month|year|decade|century)|"
        r"an?\s+half[\s-](?:hour|century))\b(?!-)",
    ),
    # a quarter of an hour or of a century: "a quarter of an hour" PT15M, "three quarters of
    # an hour" PT45M, "a quarter century" P25Y (they were found as "an hour" alone, PT1H)
    Rule(
        "duration_quarter",
        "duration",
        # ("a quarter-century", as AP writes it)
        r"\b(?:a|one|three)[\s-]+quarters?(?:\s+(?:of\s+an?\s+)?(?:hour|century)|-century)\b(?!-)",
    ),
    Rule("duration_one", "duration", r"\bfor\s+(?:a|an|one)\s+(?:day|week|month|year)\b"),
    Rule(
        "duration_adj",
        "duration",
        rf"\b(?:{NUM}|{COUNT}|{_NUM_WORDS})(?:-and-a-half)?-(?:second|minute|hour|day|week|"
        rf"month|year|decade)(?:-long)?\b(?!-|\s+old\b)"
        # a stretch of one or some units as an adjective: "a day-long meeting", "its
        # decades-long battle", "a month-long strike" (TimeML DURATION P1D, PXE, P1M)
        r"|\b(?:(?:minute|hour|day|week|month|year|decade)s?|century|centuries)-long\b(?!-)"
        # ... written solid: "a weeklong protest", "a yearlong inquiry" (P1W, P1Y)
        r"|\b(?:day|week|month|year)long\b(?!-)"
        # the age of a state or a happening is a stretch: "the IRA's 8-month-old truce", "a
        # 10-year-old ban" (TimeML P8M, P10Y); not a person's ("their 6-month-old son", "the
        # 44-year-old protester", "a 6-year-old": TimeML marks no age of a person)
        rf"|\b(?:{NUM}|{COUNT}|{_NUM_WORDS})-(?:day|week|month|year|decade)-old"
        rf"(?=\s+(?:{_AGED})\b)"
        # ... in one unit, with no count: "the decade-old conflict", "a week-old ceasefire",
        # "a century-old feud" (P10Y, P1W, P100Y; not "years-old", with no count of its own)
        rf"|(?<!-)\b(?:day|week|month|year|decade|century)-old(?=\s+(?:{_AGED})\b)",
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
        # (not the verb after a modal or "to": "could last a week", "to last three weeks")
        rf"(?:(?:the|a|an)\s+)?(?:(?:past|{_NOT_THE_VERB}last|next|coming|previous|first|final|"
        rf"following|remaining|entire|whole|full|year-(?:ago|earlier))\s+"
        rf"(?!(?:about|around|nearly|almost|only|just|"
        rf"barely|at\s+least|more\s+than|less\s+than|up\s+to|over)\b))?(?:(?:about|around|"
        rf"nearly|almost|only|just|barely|at\s+least|more\s+than|less\s+than|up\s+to|over)\s+)?"
        # (a range: "two to three weeks", "between three and five years")
        rf"(?:(?:{NUM}|{COUNT})\s*(?:to|or|-|–)\s*|between\s+(?:{NUM}|{COUNT})\s+and\s+)?"
        # ("two and a half years", and hyphenated: "four-and-a-half years")
        rf"(?:{NUM}|{COUNT}(?:\s+\d/\d)?|{_NUM_WORDS})(?:\s+and\s+a\s+half|-and-a-half)?"
        rf"(?:\s+(?:more|additional|straight|consecutive|full|trading|business|working))?\s+"
        # ("a quarter of the market" is a share; "several quarters of losses" a stretch)
        # (nor "a quarter" alone, a share; nor "some quarters", "quarters of the city": places
        # and circles)
        # (seconds counted, in the plural: "a second" is as often the ordinal, "a second term")
        rf"(?:second(?=s\b)|minute|hour|day|week|fortnight|month|(?<!\ba\s)(?<!\bsome\s)"
        # (a century in the singular too: "more than a century", "a century and a half")
        rf"quarter(?!\s+of\b|s\s+(?:of\s+the|with|in\s+the)\b)|year|decade|centurie(?=s)|"
        rf"century)s?"
        rf"(?:\s+and\s+a\s+half)?"
        rf"\b(?!\s+(?:old|ago|later|earlier|before|after|from\s+now)\b)(?!-)",
    ),
    Rule(
        "duration_vague",
        "duration",
        r"\b(?:(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several)\s+(?:days|weeks|months|"
        r"years|decades)|(?:for|over)\s+(?:many\s+|several\s+)?(?:decades|years|months|weeks)|"
        r"decades|centuries)\b(?!\s+(?:ago|later|earlier)\b)"
        # a stretch of no count before what filled it: "follows months of twists and turns",
        # "the heady days of swelling sales", "after weeks of talks" (PXM, PXD, PXW)
        # "in the early years", "the early days of the war" (as "the first years", PXY)
        r"|\bthe\s+early\s+(?:days|weeks|months|years)\b"
        # (not a unit coordinated with one before it: "within weeks or months of his capture")
        r"|\b(?<![-\d]\s)(?<!-)(?<!\bor\s)(?<!\band\s)(?:days|weeks|months|years)"
        r"(?=\s+of\s+(?!age\b|the\s+(?:year|month|week)\b)[a-z])",
    ),
    Rule(
        "set",
        "set",
        # (not a newspaper or magazine: "the Israeli daily Haaretz", "the news weekly Der
        # Spiegel", "the daily said", "a monthly magazine")
        # a weekday's part of day, recurring: "every Friday afternoon" (it had given way to the
        # longer "Friday afternoon", one day); the weekends: "on weekends", "at weekends"
        r"\b(?:each|every)\s+(?:other\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday)\s+(?:morning|afternoon|evening|night)\b"
        r"|(?<=\bon\s)weekends\b|(?<=\bat\s)weekends\b"
        r"|\b(?:(?:daily|weekly|monthly)(?!\s+(?-i:[A-Z])|\s+(?:said|says|reported|reports|quoted|"
        r"cited|wrote|writes|added|newspapers?|papers?|magazines?|tabloids?|editions?)\b)|"
        r"nightly|hourly|"
        # ("every other day", "every third week": one in two, one in three)
        r"(?:each|every)\s+(?:(?:other|second|third|fourth|fifth|sixth)\s+"
        r"(?=(?:day|night|week|month|quarter|year|hour|(?-i:[MTWFS][a-z]+day))\b))?"
        r"(?:day|night|week|month|quarter|year|hour|morning|afternoon|evening|"
        # ("each fall", not the verb: "prices each fall by 5%")
        r"weekend|summer|autumn|winter|(?:fall|spring)(?!\s+(?:by|to|from|back|below|short|"
        r"sharply|further|off|apart|into|behind|victim)\b)|(?-i:Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
        r"August|September|October|November|December))|"
        rf"{WD}"
        r"(?:s|\s+(?:morning|afternoon|evening|night)s))\b",
    ),
    # a count of units per occurrence, whole: "every four years", "every 10 minutes", "every
    # few weeks", "every couple of years" (TimeML P4Y, PT10M, PXW, P2Y; the stretch alone, "four
    # years", was found as a duration)
    Rule(
        "set_count",
        "set",
        # (a range of counts too: "every two to three years", written as its first count)
        rf"\bevery\s+(?:(?:{NUM}|{COUNT})\s*(?:to|or|-|–)\s*)?(?:{NUM}|{COUNT})\s+"
        r"(?:minutes|hours|days|nights|weeks|months|quarters|years|decades)\b",
    ),
    # quarters of any year: "usually in the second and fourth quarters" (TimeML marks
    # "second" and "fourth quarters", each a set)
    Rule(
        "quarters_set",
        "set",
        r"\b(?:first|second|third|fourth)\s+quarters\b"
        r"|\b(?:first|second|third)(?=\s+(?:and|or)\s+(?:the\s+)?(?:second|third|fourth)\s+"
        r"quarters\b)",
    ),
    # seasons counted back or ahead: "the past three summers" (each of them: a set)
    Rule(
        "seasons",
        "set",
        rf"\b(?:the\s+)?(?:past|last|next|coming)\s+(?:(?:{NUM}|\d{{1,2}})\s+)?"
        r"(?:spring|summer|autumn|fall|winter)s\b",
    ),
    Rule(
        "quarter",
        "quarter",
        r"\b(?:the\s+)?(?:(?:\d{4}(?:['’]s)?|(?:this|last|next)\s+year['’]s|year-(?:ago|earlier))"
        r"\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
        r"(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:\d{4}|(?:this|last|next)\s+year\b))?"
        # the final (last) quarter of a year is its fourth: "the final quarter of 2012", "the
        # last quarter of the year" (not "the final quarter" of a game, with no year)
        r"|\bthe\s+(?:final|last)\s+quarter\s+of\s+(?:(?:19|20)\d\d|(?:this|last|next|the)\s+year)\b"
        r"|\bthe\s+(?:latest|current|year-ago|year-earlier|just-ended|same)\s+"
        r"(?:fiscal\s+)?(?:quarter|period)\b|\bthe\s+quarter\b(?![-'’])"
        # "last quarter", "the previous quarter", "next quarter" (not "the last quarter of
        # 2012", "the past quarter century", "a quarter-point")
        r"|\b(?:the\s+)?(?:last|this|that|next|previous|past|prior|preceding|coming|following)"
        r"\s+(?:fiscal\s+)?quarter\b(?!-|\s+(?:of|century|point|percent)\b)"
        # the quarter of the year before, after or of the document's: "last year's quarter"
        r"|\b(?:last|this|next)\s+year['’]s\s+(?:fiscal\s+)?quarter\b(?!-)"
        # the period of a year a report compares with: "in the 1988 period"
        r"|\bthe\s+(?:19|20)\d\d\s+(?:fiscal\s+)?(?:period|quarter)\b"
        # the fiscal year last reported: "sales in the latest fiscal year"
        r"|\bthe\s+(?:latest|previous)\s+fiscal\s+year\b"
        # a calendar quarter named by its first and last months: "the April-June quarter",
        # "the July-September period", "the October-December quarter of 2012" (2012-Q4)
        rf"|\b(?:the\s+)?{_QUARTER_MONTHS}\s+(?:fiscal\s+)?(?:quarter|period)\b"
        r"(?:\s+of\s+(?:(?:19|20)\d\d|(?:this|last|next)\s+year)\b)?",
    ),
    # "Q3", "Q3 2012", "2012 Q3"
    Rule(
        "quarter_short",
        "quarter",
        r"\b(?:(?:19|20)\d\d\s*)?(?-i:Q[1-4])(?:\s+(?:of\s+)?(?:(?:19|20)\d\d|['’]\d\d))?\b",
    ),
    # a half written short with its year: "H1 2012", "2012 H2" (not "H1" alone)
    Rule(
        "half_short",
        "quarter",
        r"\b(?:(?-i:H[12])\s+(?:of\s+)?(?:19|20)\d\d|(?:19|20)\d\d\s+(?-i:H[12]))\b",
    ),
    # halves of a year: "the first half of 1989", "the first two quarters of 1990" (1990-H1)
    Rule(
        "half",
        "quarter",
        rf"\b(?:the\s+)?(?:first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
        rf"(?:{year('year')}|(?:the\s+)?(?:this|last|next|current)\s+year|the\s+year)\b"
        # a year before its half: "the 1989 second half" (not "the 2012 first-half results",
        # a year before a noun)
        # (and its possessive: "2011's second half")
        r"|\b(?:the\s+)?(?:19|20)\d\d(?:['’]s)?\s+(?:first|second)\s+half\b(?![-'’])",
    ),
    # generic stretches: "for the year", "during the week" (TimeML: P1Y, 1989-WXX)
    Rule(
        "generic",
        "duration",
        # (and "the week's": "the week's most active session")
        # (not "the year of the dragon"; but "a high for the year of $42.875", an amount)
        # (nor an award's title: "person of the year", "coach of the week")
        r"(?<!person\sof\s)(?<!man\sof\s)(?<!player\sof\s)(?<!coach\sof\s)(?<!rookie\sof\s)"
        r"(?<!athlete\sof\s)(?<!team\sof\s)(?<!album\sof\s)(?<!song\sof\s)(?<!book\sof\s)"
        r"(?<!car\sof\s)(?<!word\sof\s)"
        r"\bthe\s+(?:fiscal\s+|full\s+)?(?:year|week)\b(?![-'’]|\s+(?:before|after|earlier|later|"
        r"ago|of(?!\s+[$#£€]?\d)|that|when|in|to)\b)|\bthe\s+week(?=['’]s\b)",
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
    # a day or a week judged, after a copula and "a": "it was a great day for Poland", "it's
    # turning out to be another very bad financial week for Asia" (TimeML marks the unit: the
    # day the discourse is on); not when a time is the copula's subject ("Today is a sad day
    # for ...": the day is marked already)
    Rule(
        "judged_day",
        "vague",
        r"(?:day|week)(?=\s+for\b)",
        ctx=r"(?<!today\s)(?<!tonight\s)(?<!yesterday\s)(?<!tomorrow\s)(?:is|was|be|been|being|"
        r"(?<=\w)['’]s)\s+"
        '["“]?'
        r"(?:a|an|another)(?:\s+[a-z]+){0,3}",
    ),
    # "this century" (TimeML P100Y), "at a later date" (FUTURE_REF), "for a while" (PXX), "for
    # a lengthy period" (PXX)
    Rule(
        "vague_more",
        "vague",
        r"\bthis\s+century\b(?!-)|\ba\s+later\s+date\b|(?<=\bfor\s)(?:quite\s+)?a\s+while\b"
        # a stretch named by its length alone: "for a fairly lengthy period" (PXX)
        r"|(?<=\bfor\s)an?\s+(?:(?:very|fairly|rather|relatively)\s+)?(?:long|lengthy|short|"
        r"brief|extended|prolonged|limited)\s+(?:period|stretch|spell)(?:\s+of\s+time)?\b",
    ),
    Rule(
        "vague",
        "vague",
        # "recent weeks" before "recent": the longer alternative first
        # ("coming quarters", "future quarters": TimeML FUTURE_REF)
        # two units coordinated under one modifier, one vague reference: "in recent weeks and
        # months", "the past months and years", "in the coming days and weeks", "the days and
        # weeks ahead" (not the last units of a thing: "the last days and weeks of the war")
        # ("or" after "recent" only: "the next weeks or months" is a range, its first unit)
        rf"\b(?:(?:recent\s+(?:{_AND}|{_OR})|(?:the\s+)?(?:past|{_NOT_THE_VERB}last|next|"
        rf"coming)(?:\s+(?:few|several))?\s+{_AND})(?:\s+ahead)?"
        rf"(?!\s+of\b)|the\s+{_AND}\s+ahead|"
        r"recent\s+(?:days|weeks|months|quarters|years)|recent(?!ly)|(?:more\s+)?recently|"
        r"(?:the\s+)?(?:coming|future)\s+quarters(?!\s+of\b)|"
        # ("the past" before a unit is no time past but the unit's: "the past century",
        # "the past fortnight", "the past weekend")
        r"(?:in\s+)?the\s+(?:near\s+)?future|the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|"
        r"months?|quarters?|years?|decades?|hours?|minutes?|seconds?|nights?|weekends?|"
        r"fortnights?|centur(?:y|ies)|millenni(?:um|a)))|"
        # "the then current price": the state of a time past (TimeML PAST_REF)
        r"year-(?:ago|earlier)|(?<=\bthe\s)then[\s-]current)\b(?!-)",
    ),
    # a part of the day the discourse is on, after a preposition: "placed orders in the
    # morning", "in the early morning", "into the late afternoon" (TimeML: that day's TMO;
    # "early" and "late" its mod; not "the morning of March 5", "the morning papers")
    Rule(
        "day_part",
        "time",
        r"\bthe\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening)\b(?!-|\s+(?:of|after|"
        r"before)\b|\s+[a-z]+s\b)",
        ctx=r"in|into|during|until|till|through|throughout",
    ),
    # "overnight" before the noun of a happening: the night before the day the discourse is
    # on ("shares fell after overnight losses in New York", "an overnight raid"); not the
    # sudden sense ("an overnight success"), a stretch or a tenor ("an overnight stay", "the
    # overnight rate"), nor the adverb, as often "suddenly" as "in the night" ("it did not
    # change overnight"); before a weekday, the weekday's rule finds both
    Rule(
        "overnight",
        "time",
        rf"\bovernight(?=[^\S\n]+(?!{WD}\b)(?!(?:with|in|on|at|and|or|as|to|by|from|for|after|before|but|"
        r"when|while|the|an?|his|her|its|their|into|until|was|were|is|are|has|had|have|will|"
        r"would|could|that|which|so|than|of|success(?:es)?|sensations?|stars?|celebrit(?:y|ies)|"
        r"hits?|millionaires?|transformations?|changes?|stays?|bags?|guests?|visits?|trips?|"
        r"flights?|trains?|rates?|lending|loans?|deposits?|repos?|interbank|delivery|shipping|"
        r"camps?|shifts?|parking)\b)[a-z]+\b)",
    ),
    Rule(
        "clock",
        "time",
        # (group `digits`: a time in figures, as another zone's clock glosses one; `on`: its day)
        r"\b(?:(?P<digits>\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
        # the wire services' 24-hour clock: "at 1430 GMT", "at 1800 local time"
        # (not a year after "in" or "since": "in 2000 local time zones changed")
        r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?-i:GMT|UTC)\b)"
        r"|(?<!\bin\s)(?<!\bsince\s)(?:[01]\d|2[0-3])[0-5]\d(?=\s+local\s+time\b)"
        # the 24-hour clock with a colon: "at 15:30", "21:00 GMT" (not "John 3:16", "2:1")
        r"|(?<=\b(?:at|by)\s)(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:|\s+in\s+the\s|\s+at\s+night\b)"
        rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*{ZONE}))"
        # "noon", "4 in the morning", "3:30 in the afternoon", "9:30 at night", "mid-afternoon"
        # (not an amount's decimals: "fell 1.25 in the morning session")
        r"|noon|midnight|midday"
        r"|(?<![\d.,:])\d{1,2}(?::[0-5]\d)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)\b|"
        r"(?<=:\d\d\s)at\s+night\b)|mid[- ]?(?:morning|afternoon)"
        # "at 9 o'clock", "eleven o'clock"
        r"|(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"\s+o['’]clock\b(?:\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b)?)"
        # (the zone may be "local time": "3 p.m. local time on Saturday"; the wires' clock
        # may be glued to its zone: "2100GMT")
        rf"(?:\s+{ZONE}|(?<=\d)(?-i:GMT|UTC)\b)?"
        # its day, and the part of that day ("6 a.m. Monday morning", "ten o'clock tonight")
        rf"(?P<on>\s+(?:on\s+)?(?:(?:{WD}|yesterday|tomorrow)"
        r"(?:\s+(?:morning|afternoon|evening|night)\b)?|today|tonight)"
        # (a weekday's date after it: "10 p.m. Saturday, Oct. 7", "10pm on Saturday 7 October")
        rf"(?:(?<=day),?\s+(?:{_MONTH}\s+{_DAY}(?:,\s+(?:19|20)\d\d\b)?|{_DAY}\s+{_MONTH}))?)?",
    ),
)
