"""Finding time expressions in text: `find_timexes`, and whether each bounds an interval."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from wirecode.time.patterns import Candidate, candidates, select

logger = logging.getLogger(__name__)

# Words that make what follows them a bound of an interval rather than the date of the event:
# "since Feb. 24", "since the start of the invasion in February", "ahead of Friday's vote".
# Each with how many words may stand between it and the expression within one clause.
BOUNDING: dict[str, int] = {
    "since": 12,
    "until": 10,
    "till": 10,
    "ahead of": 8,
    "prior to": 8,
    "before": 8,
    "after": 8,
    "up to": 2,
    "by": 0,
    "from": 0,
    "through": 0,
    "as of": 0,
}
_BOUNDING_RE = re.compile(
    r"\b(" + "|".join(k.replace(" ", r"\s+") for k in BOUNDING) + r")\b", re.IGNORECASE
)
# A clause ends at punctuation (not the dot of "Feb." or "U.S.") or a coordinating word.
_CLAUSE_BREAK = re.compile(
    r"[,;:!?()\[\]—–\"“”]|\b(?P<word>\w+)\.(?=\s)"
    r"|\b(?:but|while|whereas|and|then|yet|so|when)\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "no", "vs",
}  # fmt: skip
# "after 2 a.m. on Wednesday": the word bounds a time of day, not the date.
_TIME_OF_DAY = re.compile(
    r"\s*(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|hours?\b|o['’]clock)|midnight|noon|"
    r"midday|dawn|dusk|sunrise|sunset|nightfall|daybreak)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’.-]+")
_LOOKBACK = 240
# When an expression is glossed in parentheses, "Friday afternoon (Feb. 25)", the two are one.
_PAREN_GAP = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")
_SPECIFICITY = {"date": 0, "weekday": 1, "relative": 2}


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: its character span in the text given, its kind, and whether it bounds.

    `kind` is one of date, weekday, relative, month, year, season, anaphoric, present,
    duration, interval, holiday ("Christmas Day", which `resolve` dates by the calendar); and,
    found for TimeML's sake but dating nothing by themselves: set ("daily"), quarter ("the
    third quarter"), vague ("recently", "the future"), time ("9 a.m. Tuesday", which
    `resolve` dates by its day) and decade ("the 1990s").

    `bounded` is True when the expression bounds an interval ("since
    Feb. 24", "until March") rather than dating the event of its clause.
    """

    start: int
    end: int
    text: str
    kind: str
    bounded: bool = False


def find_timexes(text: str) -> list[Timex]:
    """All time expressions in `text`, left to right, non-overlapping, the longest match first."""
    chosen = select(list(candidates(text)))
    spans = [
        s
        for s in _with_day_beside(text, _merge_glosses(text, chosen))
        if not _in_a_name(text, *s)
        and not _names_a_group(text, *s)
        and not _names_an_age(text, *s)
        and not _names_a_thing(text, *s)
        and not _names_no_day(text, *s)
        and not _numbers_a_thing(text, *s)
    ]
    # "after 2 a.m. on Wednesday": the word bounds the time of day, not the day (as is_bounded)
    return [
        Timex(
            start,
            end,
            text[start:end],
            kind,
            bounded=is_bounded(text, start) and not _TIME_OF_DAY.match(text, start),
        )
        for start, end, kind in spans
    ]


# Common time words that, capitalized inside an expression in running text, make it a title
# ("ABC's 'This Week'", "CBS's '60 Minutes'"); holidays are names of days themselves.
_TITLE_WORD = re.compile(
    r"(?-i:Week|Weeks|Minutes|Hours|Days|Years|Months|Day|Year|Month|Night|Morning|Noon|Today)"
)
_WORD_RE = re.compile(r"[A-Za-z][\w'’]*")
# A war, an offensive or a campaign named by its length: "the Six-Day War", "the Thirty Years
# War", "the Hundred Days Offensive"; and a programme so named: "on the 60 Minutes program"
# (a name: TIMEX3 marks no time in it)
_WAR_NAME = re.compile(
    r"['’]?[^\S\n]+(?-i:Wars?|Offensive|Campaign|Revolution|Uprising|Siege|[Pp]rogram(?:me)?|[Ss]how)\b"
)
_AFTER_A_WORD = re.compile(r"[A-Za-z0-9][^\S\n]+$")  # on the same line


def _in_a_name(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is part of a title or name rather than a time expression: a
    common time word capitalized after the expression's first word, or as its first word
    right after another word of the sentence ("USA Today", the film "High Noon"), in running
    (not title-case) text."""
    if kind in ("holiday", "date", "weekday", "month"):
        return False
    # (each half of a hyphenated word: "the Six-Day War")
    words = [w for word in _WORD.findall(text[start:end]) for w in word.split("-") if w]
    after_a_word = _AFTER_A_WORD.search(text, max(0, start - 40), start) is not None
    if not any(_TITLE_WORD.fullmatch(w) for w in (words if after_a_word else words[1:])):
        return False
    if _TITLE_WORD.fullmatch(words[-1]) and _WAR_NAME.match(text, end):
        return True  # a war or campaign named by its length, whatever the case around it
    # (the word just before a name's first time word is of the name: "VOA Today")
    before = text[max(0, start - 60) : start]
    around = _WORD_RE.findall(before)[-5:-1] if after_a_word else _WORD_RE.findall(before)[-4:]
    around += _WORD_RE.findall(text[end : end + 60])[:4]
    capitalized = sum(w[0].isupper() for w in around)
    return capitalized * 2 < len(around)  # a title-case headline keeps its expressions


# A year's digits right after a name are part of that name ("a joint venture called Orion
# 1980", "it runs Windows 2000.", "tickets for Euro 2012."), and after a noun of a numbered
# text or trip they are its number ("UN Security Council resolution 1973", "a Section 1983
# claim", "Flight 1549"): TIMEX3 marks neither (no time is meant; tbaq leaves "Orion 1980"
# unmarked). The name's word must follow a word in lower case on its line, so that a
# sentence's or a headline's first words ("Since 1949, ...", "Sales Rise In 1989") keep
# their year; a month, a season, a holiday or "Fiscal" before a year dates it.
_NAME_BEFORE = re.compile(
    r"(?<![^\s(\"“])(?-i:[a-z][\w'’-]*[^\S\n]+(?:the[^\S\n]+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Autumn|Fall|Winter|Fiscal|Christmas|Easter|Ramadan|Passover|"
    r"Hanukkah|Thanksgiving|Lent|Advent|Eid|Diwali|Mid|Early|Late|In|On|At|By|For|From|Since|"
    r"Until|Through|During|After|Before|Of|To|And|Or|The|Circa|Around|About)\b)[A-Z][A-Za-z]*[a-z]"
    r"[A-Za-z]*)[^\S\n]+$"
    r"|\b(?:resolutions?|article|section|chapter|paragraph|clause|flight)[^\S\n]+$",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _numbers_a_thing(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is a year's four digits that are part of the name before them,
    or the number of the resolution, article or flight named before them."""
    return (
        kind == "year"
        and _YEAR_DIGITS.fullmatch(text, start, end) is not None
        and _NAME_BEFORE.search(text, max(0, start - 60), start) is not None
    )


# A date before a noun naming a group or a movement is the group's name ("the March 14
# coalition", "the April 6 Movement", "the January 25 Youth", "the 17th February Martyrs
# Brigade"): it dates nothing the text tells. A date before a noun of a happening still dates
# it ("the January 25 uprising", "the Oct. 23 attack").
_GROUP_NOUN = re.compile(
    r"[^\S\n]+(?:coalition|movement|alliance|bloc|youth|martyrs|brigades?|front|party|group)\b",
    re.IGNORECASE,
)


def _names_a_group(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is a date that names the group or movement after it."""
    return kind == "date" and _GROUP_NOUN.match(text, end) is not None


# A holiday before a capitalized noun of a place, a pact or an uprising is part of its name
# ("Easter Island", "Christmas Island", "the Good Friday Agreement", "the Easter Rising"): no
# day the text tells. Before a common noun it still names its day ("the Christmas truce").
_THING_NAME = re.compile(
    r"[^\S\n]+(?-i:Islands?|Agreement|Accords?|Treaty|Declaration|Proclamation|Rising|Uprising)\b"
)


def _names_a_thing(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is a holiday that names the place or pact after it."""
    return kind == "holiday" and _THING_NAME.match(text, end) is not None


# A weekday after "a", "one" or "any" that is the head of its noun phrase names no particular
# day: "they meet on a Friday", "one Friday in May, he left", "any Monday will do". Before a
# noun the article is that noun's and the day is one ("attended a Sunday night memorial").
# (not after a copula: "It was a Monday" says which day the one told was)
_INDEFINITE = re.compile(
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)\b(?:an?|one|any)[^\S\n]+$", re.IGNORECASE
)
_HEAD_ENDS = re.compile(
    r"\s*(?:[,.;:!?)\"”—–]|$)|[^\S\n]+(?:in|of|when|and|or|but|that|at|after|before|with|while|"
    r"as|if|is|was|will|would|could|can|might|should|to|for)\b",
    re.IGNORECASE,
)


def _names_no_day(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is a weekday, the head of a phrase with an indefinite article."""
    return (
        kind == "weekday"
        and _INDEFINITE.search(text, max(0, start - 16), start) is not None
        and _HEAD_ENDS.match(text, end) is not None
    )


# "today's", "tomorrow's" or "yesterday's" before a noun of people, a world or its things, and
# "of today" or "of tomorrow" after one, name an age, not a day: "today's youth", "in today's
# world", "many of today's personal computers", "the people of tomorrow" (tbaq marks none of its
# five; it marks "today's editions", "today's geography quiz": a thing of that day).
_AGE_NOUN = (
    r"(?:world|youth|society|generations?|young|children|kids|teenagers|students|parents|"
    r"families|women|men|people|workers|consumers|voters|leaders|economy|culture|technology|"
    r"computers|cars|machines|standards)"
)
_AGE_AFTER = re.compile(rf"[^\S\n]+(?:[a-z]+[^\S\n]+)?{_AGE_NOUN}\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(rf"\b{_AGE_NOUN}[^\S\n]+of[^\S\n]+$", re.IGNORECASE)
_AGE_DAY = re.compile(r"(?:today|tomorrow|yesterday)(?P<s>['’]s)?", re.IGNORECASE)


def _names_an_age(text: str, start: int, end: int, kind: str) -> bool:
    """Whether text[start:end] is "today's" (or "tomorrow's", "yesterday's") before a noun of
    an age's people or things, or "today" or "tomorrow" after one and "of": an age, no day."""
    day = _AGE_DAY.fullmatch(text, start, end) if kind == "relative" else None
    if day is None:
        return False
    if day["s"]:
        return _AGE_AFTER.match(text, end) is not None
    return _AGE_BEFORE.search(text, max(0, start - 40), start) is not None


def _merge_glosses(text: str, chosen: list[Candidate]) -> list[tuple[int, int, str]]:
    """Join "this afternoon (Wednesday)", "Friday afternoon (Feb. 25)" and "10:35 a.m. (0735
    GMT)" into one expression."""
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if nxt is not None and _is_gloss(text, cand, nxt):
            close = _PAREN_CLOSE.match(text, nxt.end)
            kind = min(cand.rule.kind, nxt.rule.kind, key=lambda k: _SPECIFICITY.get(k, 9))
            spans.append((cand.start, close.end() if close else nxt.end, kind))
            i += 2
            continue
        spans.append((cand.start, cand.end, cand.rule.kind))
        i += 1
    return spans


# "the day before last Tuesday's hearing", "the day after Christmas", "the eve of Christmas":
# one expression, the day named moved by one (TimeML marks it whole)
_DAY_BESIDE = re.compile(r"\bthe\s+(?:day\s+(?:before|after)|eve\s+of)\s+$", re.IGNORECASE)


def _with_day_beside(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join "the day before", "the day after" or "the eve of" to the day named after it."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        m = _DAY_BESIDE.search(text, max(0, start - 20), start) if kind in _DAY_KINDS else None
        if m is not None and (not out or out[-1][1] <= m.start()):
            start = m.start()
        out.append((start, end, kind))
    return out


_DAY_KINDS = ("date", "weekday", "holiday")


def _is_gloss(text: str, first: Candidate, second: Candidate) -> bool:
    gap = _PAREN_GAP.fullmatch(text, first.end, second.start)
    if gap is None or _PAREN_CLOSE.match(text, second.end) is None:
        return False
    kinds = {first.rule.kind, second.rule.kind}
    # (a clock time glossed by the clock of another zone is one too: "10:35 a.m. (0735 GMT)";
    # not a gloss that names its day, "4 in the morning (4 a.m. EDT Thursday)", an expression
    # of its own)
    clock_only = second.rule.name == "clock" and second.match["digits"] and not second.match["on"]
    return kinds <= set(_SPECIFICITY) or (kinds == {"time"} and bool(clock_only))


def is_bounded(text: str, start: int) -> bool:
    """Whether a bounding word ("since", "until", ...) governs the expression starting here."""
    window = text[max(0, start - _LOOKBACK) : start]
    breaks = [b for b in _CLAUSE_BREAK.finditer(window) if not _is_abbreviation(b)]
    clause = window[breaks[-1].end() :] if breaks else window
    for m in reversed(list(_BOUNDING_RE.finditer(clause))):
        key = " ".join(m.group(1).lower().split())
        if _TIME_OF_DAY.match(clause, m.end()):
            return False
        between = len(_WORD.findall(clause[m.end() :]))
        if between <= BOUNDING[key] or _only_articles(clause[m.end() :]):
            return True
    return False


def _is_abbreviation(brk: re.Match[str]) -> bool:
    word = brk.group("word")
    return word is not None and (len(word) == 1 or word.lower() in _ABBREVIATIONS)


_ARTICLES = {"on", "in", "the", "end", "start", "beginning", "of", "early", "late", "mid"}


def _only_articles(gap: str) -> bool:
    return all(w.lower() in _ARTICLES for w in _WORD.findall(gap))
