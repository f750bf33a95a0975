"""A parse-free guess of whether a time expression sits in a future clause.

TimeML text carries no parse, and callers without one need the same judgement, so the rule
is lexical and documented here (and in docs/time.md):

1. Only the expression's own clause counts: the words to its left back to the start of the
   sentence or the last clause break (a comma, semicolon, dash, quotation mark, or a
   coordinating or subordinating word such as "and", "but", "after", "when"), at most
   `WINDOW` words; and, when the left gives no cue, at most `RIGHT_WINDOW` words to its right.
2. Right before the expression, a deadline word ("by", "until", "through", "effective",
   "payable") makes it future: "payable Jan. 2", "through January" (not a weekday: "until
   Thursday" is as often past), unless a time left is given in the present ("has until
   Monday to pay") or something was put off until it ("postponed until Tuesday"), or the
   clause is told in the past perfect ("had sold its stake by March": past). Else,
   on the left, the nearest cue decides. Future cues are modals and plans ("will", "'ll",
   "shall", "going to", "is to", "plans", "scheduled", "expected", "due", "set to", "set
   for", "upcoming", "as soon as", "as early as", "should", "must", a passive infinitive "to
   be held"; not "as planned", which tells how, not when); past cues are past auxiliaries, "said",
   irregular past verbs and "-ed" verbs ("was", "had", "said", "met", "announced"), but not
   a passive participle after "be", "is" or "are" ("will be named", "is heard": the
   auxiliary decides), nor an adjective after a determiner ("on a still unspecified date").
   A scheduling verb in the present tense is future ("the trial begins Monday", "the offer
   expires Friday", "takes effect Nov. 13"). An expression opening its sentence before a
   comma reads the clause after the comma ("On Tuesday, the league plans to ..."); a gloss
   in parentheses reads past the parenthesis. A sentence does
   not end at an initial or a title ("Daniel P. Davison", "Dr. Jones").
   A weekday's possessive before a plan is future ("Tuesday's planned march"), and so is a
   weekday after "until"/"through" in a clause whose verb of lasting is present ("runs until
   Sunday"); a weak modal ("could") is future before a deadline word ("could resume by
   Monday"); with no cue either side, "this" weekday is future ("tune in this Sunday").
   Commas inside an apposition of names or between a place and its country do not
   end the clause; a name of several capitalized words counts as one word of it, and so do
   a few words in quotation marks (no break, and no cue); a clock's colon is no break. An
   expression that is the subject of its clause takes the tense of the verb right after it
   ("said that Friday will be his last chance").
3. No cue at all: not future. News reports what happened: in TimeBank a bare weekday is the
   most recent such day on or before the document date nine times in ten, so a weak or
   ambiguous cue ("could", "may") never makes a clause future on its own. A reported
   "would" on the left is a future seen from the report ("said the father would travel
   Thursday"), unless it is "would have" or the expression owns a noun ("would look for
   ways around Wednesday's ruling"); on the right it is no cue ("officials on Tuesday would
   not say").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirecode.nlp import modals
from wirecode.time.lexicon import MONTH_ABBR, MONTH_FULL, WD

WINDOW = 10
RIGHT_WINDOW = 5
FRONTED_WINDOW = 10  # the words read after a fronted expression and its comma
# what may stand before an expression that opens its sentence: "On Tuesday, ..."
_OPENERS = {"on", "in", "by", "early", "late", "later", "earlier", "and", "but", "also", "then"}
_FUTURE = {
    "will", "'ll", "’ll", "shall", "wo", "won't", "gonna", "upcoming", "scheduled",
    "planned", "planning", "expected", "expects", "expect", "intends", "intend", "due",
    "aims", "forecast", "forecasts", "projected", "tomorrow", "intended", "slated",
}  # fmt: skip
# A present tense of a scheduling verb dates a thing still to come: "the trial begins
# Monday", "the offer expires Friday", "the law takes effect in July" (news reports what
# happened in the past tense, and what is planned in the present; only verbs that are
# seldom plural nouns: not "votes", "visits", "reports", "starts")
_SCHEDULED = {
    "begins", "opens", "closes", "resumes", "reopens", "expires", "convenes", "meets",
    "testifies", "debuts", "premieres", "arrives", "departs", "travels",
    # the end or the return of a meeting planned: "the summit concludes Friday" (not
    # "ends", also a plural noun: "loose ends remain after Monday's talks")
    "concludes", "adjourns", "reconvenes",
}  # fmt: skip
# ... and its plural, after its subject: "Netanyahu and Arafat meet separately Monday" (not
# an infinitive, "agreed to meet Monday", nor a verb after a modal or "did")
_SCHEDULED_PLURAL = {"meet", "begin", "resume", "reopen", "convene"}
# A modal of obligation or expectation looks forward ("the handover should be complete by
# Monday", "a resolution must be passed before Friday"), unless it looks back ("should have").
_MODALS = modals.OBLIGED
# Weaker modals ("could", "may", "might", "can") are no cue on their own (news reports what
# happened: "could be heard Thursday"); before a deadline they are: "could resume by Monday".
_WEAK_MODALS = modals.POSSIBLE | modals.ABLE
_NOT_FINITE_BEFORE = modals.ALL | {"to", "did", "didn't", "not", "never"}
# words that are future only as a pair: "going to", "is to", "as soon as"
_FUTURE_PAIRS = {
    ("going", "to"), ("is", "to"), ("are", "to"), ("as", "soon"), ("as", "early"),
    ("plans", "to"), ("plan", "to"), ("hopes", "to"), ("hope", "to"),
    ("wants", "to"), ("want", "to"), ("set", "to"), ("set", "for"), ("due", "to"),
    ("takes", "effect"), ("kicks", "off"),
}  # fmt: skip
# After these, an "-ed" word is a passive participle, not a past: "will be named in December",
# "when the case is heard in May" (a present passive).
_PASSIVE_AUX = {"be", "being", "is", "are", "am"}
_PAST = {
    "was", "were", "had", "did", "said", "told", "ago", "yesterday", "earlier", "been",
    "since", "previously", "former", "met", "spoke", "went", "came", "left", "began", "took",
    "made", "gave", "held", "sent", "got", "saw", "found", "rose", "fell", "won", "lost",
    "struck", "hit", "put", "led", "fled", "paid", "sold", "bought", "brought", "thought",
    "knew", "wrote", "ran", "shot", "broke", "chose", "drove", "flew", "heard", "kept",
    "let", "meant", "read", "set", "stood", "swore", "threw", "understood", "wore", "became",
    "quit", "cut", "sank", "sought", "taught", "caught", "overtook", "arose",
    "withdrew", "undertook", "forgot", "forbade", "hung", "laid", "lay", "lit", "slid",
}  # fmt: skip
# irregular participles that are no past tense (those that are, "held", "sent", are in _PAST)
_PARTICIPLES = {
    "broadcast", "given", "taken", "shown", "seen", "done", "written", "chosen", "sworn",
    "driven", "begun", "built", "spent", "known", "drawn", "shut", "beaten", "forgiven",
}  # fmt: skip
_PAST_SUFFIX = re.compile(r"[a-z]{3,}ed$")
_NOT_PAST = {
    "need", "based", "red", "bed", "indeed", "speed", "seed", "feed", "shed", "hundred",
    "scheduled", "planned", "expected", "intended", "proposed", "unexpected", "alleged",
    "related", "united", "armed", "detailed", "limited", "advanced", "wounded", "injured",
    "succeed", "proceed", "exceed", "breed", "bleed", "heed", "greed", "weed",
    "embattled", "beleaguered", "talented", "renowned", "famed", "vaunted",
}  # fmt: skip
# After a weekday's possessive, a plan: "Friday's planned protests", "Tuesday's scheduled vote"
_PLAN_ADJECTIVES = {"planned", "scheduled", "expected", "upcoming", "proposed", "slated"}
# Present verbs of lasting: before "until"/"through" a weekday they reach into days to come
_LASTING = {
    "runs", "run", "lasts", "last", "continues", "continue", "remains", "remain", "stays",
    "stay", "is", "are", "extends", "extend",
}  # fmt: skip
# Past verbs of lasting: before "until"/"till" they end a state already over ("the siege
# lasted until January", "he remained in prison until December"; not a copula, as often a
# reported present, "said the offer was valid until March 31")
_LASTED = {
    "lasted", "continued", "remained", "stayed", "persisted", "endured", "ran", "served",
    "ruled", "reigned", "lived", "worked",
}  # fmt: skip
# A present verb of a schedule, right before a weekday or a stretch of weekdays (past "on",
# "from", "between" and a first weekday), dates a thing still to come: "the conference runs
# from Thursday to Saturday", "the summit takes place on Thursday", "the vote is held on
# Sunday" (a verb right before its day: "starts", "ends" as plural nouns stand elsewhere,
# "loose ends remain after Monday's talks"; not an infinitive, "to take place on Monday")
_SCHEDULE_NOW = {"runs", "starts", "begins", "opens", "ends", "closes"}
_SCHEDULE_NOW_PAIRS = {("takes", "place"), ("take", "place"), ("is", "held"), ("are", "held")}
_SCHEDULE_GAP = {
    # ("at" before a clock time on its weekday: "voting ends at 8 p.m. Sunday")
    "on", "from", "between", "to", "through", "thru", "until", "till", "and", "at",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
# the units of a stretch whose end a deadline word names ("the 12 months through February")
_STRETCH_UNITS = {"months", "year", "quarter", "period"}
# Words that, right before the expression, make it a deadline or a start still to come.
_DEADLINE = {"by", "through", "until", "till", "effective", "payable"}
# "until Thursday" is as often a past bound as a coming deadline: weekdays keep rule 3,
# unless something was put off until then.
_PUT_OFF = {
    "postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "recessed",
    "rescheduled", "moved", "pushed",
}  # fmt: skip
_WEEKDAY = re.compile(WD)
_THIS_WEEKDAY = re.compile(rf"[Tt]his\s+{WD}")
_TIME_NAME = re.compile(rf"{WD}|{MONTH_FULL}|{MONTH_ABBR}")
# Before an "-ed" word, these make it an adjective: "a delayed flight", "its revised plan".
_DETERMINERS = {
    "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "each", "every", "no", "any", "some",
}  # fmt: skip
_ADVERBS = {"still", "yet", "newly", "recently", "previously", "long", "much", "widely", "not"}
# A clause break: words that start a new clause or bound a clause, and punctuation.
_BREAK_WORDS = {
    "and", "but", "while", "whereas", "when", "after", "before", "because", "although",
    "though", "if", "unless", "where", "which", "who", "that", "so", "then", "as",
}  # fmt: skip
# Words that are read for what they are, capitalized or not: no part of a name
_KNOWN = (
    _FUTURE
    | _SCHEDULED
    | _SCHEDULED_PLURAL
    | _MODALS
    | _WEAK_MODALS
    | _NOT_FINITE_BEFORE
    | _PASSIVE_AUX
    | _PAST
    | _DEADLINE
    | _DETERMINERS
    | _BREAK_WORDS
    | _OPENERS
    | _LASTING
    | {a for a, _ in _FUTURE_PAIRS}
    | {"would", "on", "in", "at", "of", "for", "to", "with"}
)
# (a bar, as between reader comments, is a mark; a clock's colon is none: "at 7:30 p.m. ET
# Monday" is one clause)
# ("they'll", "we’ll": the word and its "'ll", a future cue as "will" is)
_TOKENS = re.compile(
    r"[A-Za-z]+(?:['’](?!ll\b)[a-z]+)?|['’]ll|[,;()|\"“”—–]|(?<!\d):|:(?!\d)|``|''|--"
)
_QUOTES = {'"', "“", "”", "``", "''"}
# A sentence ends at a stop, but not at an initial ("Daniel P. Davison"), a title ("Mr.") or
# a clock's "a.m."/"p.m." before its time zone or weekday ("at 7:30 p.m. ET Monday").
_SENTENCE = re.compile(
    r"(?<![\s.][A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St)\.)(?<!\bMrs\.)(?<=[.!?])"
    rf"(?!(?<=[ap]\.m\.)\s+(?:[A-Z]{{2,4}}|{WD})\b)(?:''|[\"”’])?\s+"
    r"(?=[A-Z\"“`'])|\n\s*\n"
)


def _leftward(before: list[str], first: int) -> Iterator[int]:
    """The positions of the clause's words from `first` leftward, nearest first: at most
    WINDOW words, up to a mark ("'ll" is a word; a gloss's "(" right before the expression is
    skipped: "will leave at 4 in the morning (4 a.m. EDT Thursday)"), and up to a clause break
    (the break word itself is read: "after" or "before" heading the expression's own phrase is
    a preposition, and the clause goes on: "since shortly after the Oct. 23 attack")."""
    for steps, i in enumerate(range(first, -1, -1)):
        word = before[i]
        if steps >= WINDOW:
            return
        if word == "(" and i == len(before) - 1:
            continue
        if not word[0].isalpha() and word not in ("'ll", "’ll"):
            return
        yield i
        if word in _BREAK_WORDS and steps > 0:
            if word in ("after", "before") and all(w in _DETERMINERS for w in before[i + 1 :]):
                continue
            # ... and before a gerund, which has no tense of its own: the clause it hangs on
            # tells it ("will visit Jordan before returning home on Saturday")
            if word in ("after", "before") and before[i + 1].endswith("ing"):
                continue
            return


def _past_perfect(before: list[str], after: list[str]) -> bool:
    """Whether the clause of an expression after a deadline word is told in the past perfect:
    "had" on its left ("had sold half its stake by March"), or, when the expression opens the
    sentence before a comma, in the clause after it ("By the end of the year, he had fallen")."""
    for i in _leftward(before, len(before) - 2):
        if before[i] == "had":
            return True
        if before[i] in _FUTURE or before[i] in ("would", "to", "'d"):  # "had said he would"
            return False
    fronted = after[:1] == [","] and all(w in _OPENERS for w in before)
    for word in after[1 : 1 + FRONTED_WINDOW] if fronted else []:
        if not word[0].isalpha():
            return False
        if word == "had":
            return True
    return False


def _lasts_now(before: list[str]) -> bool:
    """Whether the clause before a deadline word ("until", "through") holds a present verb of
    lasting before any other cue: "runs until Sunday", "are closed through Friday"."""
    for i in _leftward(before, len(before) - 2):
        if before[i] in _LASTING:
            return not (i > 0 and before[i - 1] in _NOT_FINITE_BEFORE)
        if _cue(before, i) is not None:
            return False
    return False


def _lasted(before: list[str]) -> bool:
    """Whether the clause before "until" holds a past verb of lasting before any other cue:
    "lasted until January", "remained in prison until December"."""
    for i in _leftward(before, len(before) - 2):
        if before[i] in _LASTED:
            return True
        if _cue(before, i) is not None:
            return False
    return False


def _scheduled_now(before: list[str]) -> bool:
    """Whether a present verb of a schedule stands right before the expression, past at most
    four words of a stretch of weekdays ("runs from Thursday to", "takes place on")."""
    i = len(before) - 1
    while i >= 0 and len(before) - i <= 4 and before[i] in _SCHEDULE_GAP:
        i -= 1
    if i < 0:
        return False
    if before[i] in _SCHEDULE_NOW:
        return i == 0 or before[i - 1] not in _NOT_FINITE_BEFORE | _DETERMINERS
    if i >= 1 and (before[i - 1], before[i]) in _SCHEDULE_NOW_PAIRS:
        return i == 1 or before[i - 2] not in _NOT_FINITE_BEFORE
    return False


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not _TIME_NAME.fullmatch(word)


def _names_joined(words: list[str]) -> list[str]:
    """The words without the commas that join names inside a clause: an apposition of names,
    dropped whole as it holds no cue and counts for no word of the clause ("to meet the head
    of the Red Crescent, Abdulrahman Attar, on Thursday"; "in the Afghan capital, Kabul, on
    Thursday"), and the comma between a place and its country ("to arrive in Valletta, Malta
    on Friday"). A comma after a month or a weekday stays a break ("said Tuesday, Egypt")."""
    drop: set[int] = set()
    for i, word in enumerate(words):
        if word != ",":
            continue
        if 0 < i < len(words) - 1 and _is_name(words[i - 1]) and _is_name(words[i + 1]):
            drop.add(i)
        # the comma closing an apposition of one to four name words
        for j in range(i - 2, max(-1, i - 6), -1):
            if words[j] == "," and all(_is_name(w) for w in words[j + 1 : i]):
                drop.update(range(j, i + 1))
                break
            if not _is_name(words[j]):
                break
    return [w for i, w in enumerate(words) if i not in drop]


def _quoted_as_one(words: list[str]) -> list[str]:
    """The words with one to five words in quotation marks inside a clause read as one word
    of no tense: a quoted name or phrase ('planning a "march of millions" in the city
    Tuesday', 'will "hopefully" be seen by Saturday', 'told NBC's "Meet the Press" Sunday') is
    no clause break, and its words are no cue. A quotation that opens its sentence or holds a
    mark ('"We will win," he said') is a break."""
    kept: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _QUOTES and i > 0 and words[i - 1][0].isalpha():
            ends = range(i + 1, min(len(words), i + 7))
            close = next((j for j in ends if words[j] in _QUOTES), 0)
            inside, after = words[i + 1 : close], words[close + 1 : close + 2]
            if inside and all(w[0].isalpha() for w in inside + after):
                kept.append("phrase")
                i = close + 1
                continue
        kept.append(words[i])
        i += 1
    return kept


def _names_as_one(words: list[str]) -> list[str]:
    """The words with each run of capitalized names kept as its last word: a name is one
    word of the clause ("is to brief the UN Security Council on Friday", "due to meet British
    Foreign Secretary William Hague on Thursday"), so a long plan keeps its cue in the window.
    A capitalized word that is a cue or a function word is kept ("Will", "The")."""
    kept: list[str] = []
    for i, word in enumerate(words):
        name = _is_name(word) and word.lower() not in _KNOWN
        if name and i + 1 < len(words) and _is_name(words[i + 1]):
            if words[i + 1].lower() not in _KNOWN:
                continue
        kept.append(word)
    return kept


def _is_past(word: str) -> bool:
    return word in _PAST or (_PAST_SUFFIX.match(word) is not None and word not in _NOT_PAST)


def _modifier(words: list[str], i: int) -> bool:
    """Whether words[i] follows a determiner, with at most an adverb between: an adjective
    ("the revised plan", "a still unspecified date"), not a verb."""
    if i > 0 and words[i - 1] in _DETERMINERS:
        return True
    return i > 1 and words[i - 2] in _DETERMINERS and words[i - 1] in _ADVERBS


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE.finditer(text, max(0, start - 600), start + 1):
        left = m.end()
    nxt = _SENTENCE.search(text, end, end + 600)
    return left, nxt.start() if nxt else min(len(text), end + 600)


def _cue(words: list[str], i: int, *, would: bool = True, deadline: bool = False) -> bool | None:
    """The cue of words[i] read with its neighbours: True future, False past, None none.
    `would`: whether a reported "would" dates the expression (not when the expression owns
    a noun, "Wednesday's ruling", nor when "would" follows it); `deadline`: whether the
    expression follows a deadline word ("by Monday"), which a weak modal makes future."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _MODALS or (deadline and word in _WEAK_MODALS):
        return None if nxt in ("have", "'ve", "’ve") else True
    # a passive infinitive is a thing still to be done: "the program to be broadcast on
    # Sunday", "talks to be held Friday" (not one of the past: "was to be held Friday")
    participle = words[i + 2] if i + 2 < len(words) else ""
    if (word, nxt) == ("to", "be") and (_is_past(participle) or participle in _PARTICIPLES):
        return None if i > 0 and words[i - 1] in ("was", "were", "had", "been") else True
    # a future seen from a past report: "said the father would travel Thursday" (not "would
    # have", a past that did not happen)
    if word == "would" and would:
        return None if nxt in ("have", "'ve", "’ve") else True
    if word in _SCHEDULED_PLURAL and i > 0 and words[i - 1] not in _NOT_FINITE_BEFORE:
        return None if _modifier(words, i) else True
    if (word, nxt) in _FUTURE_PAIRS or word in _FUTURE or word in _SCHEDULED:
        # a plan under a past perfect is a plan of the past: "had been due to expire Friday";
        # "as planned" tells how, not when ("began as previously planned Saturday night")
        if i >= 1 and (words[i - 1] == "as" or words[i - 2 : i] == ["as", "previously"]):
            return None
        return not (i >= 2 and words[i - 2 : i] == ["had", "been"])
    # a participle in a future verb group is no past: "will be named", "will stay closed";
    # nor is one that modifies a noun after a determiner: "on a still unspecified date"
    if _is_past(word) and not (i > 0 and words[i - 1] in _PASSIVE_AUX) and not _modifier(words, i):
        return None if i > 1 and (words[i - 2] in _FUTURE or words[i - 2] == "would") else False
    return None


def is_future_context(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] put it in the future (see the module doc)."""
    return tense_of(text, start, end) == "future"


def tense_of(text: str, start: int, end: int) -> str | None:
    """ "future", "past", or None when the clause around text[start:end] gives no cue."""
    left, right = _sentence_bounds(text, start, end)
    words = _quoted_as_one(_TOKENS.findall(text[left:start]))
    before = [w.lower() for w in _names_as_one(_names_joined(words))]
    words = _quoted_as_one(_TOKENS.findall(text[end:right]))
    after = [w.lower() for w in _names_as_one(words)]
    # a deadline ("by February", "effective Feb. 1", "through January") looks forward
    # (not the end of a stretch already run: "sales this year through August")
    to_date = before[-3:-1] in (["this", "year"], ["so", "far"], ["to", "date"])
    # ... nor the end of a stretch counted up to it: "in the 12 months through February",
    # "the year through February", "the three months until January"
    to_date = to_date or (len(before) >= 2 and before[-2] in _STRETCH_UNITS)
    # (a weekday, with a clock time or not, keeps rule 3: "talks lasted until 2 a.m. Friday")
    if before and before[-1] in _DEADLINE and not _WEEKDAY.search(text, start, end) and not to_date:
        # ... unless the clause tells it in the past perfect: a deadline already reached ("by
        # the end of the year, the president had fallen", "had sold half its stake by March")
        # ... or it bounds a state told as over ("the siege lasted until January")
        if _past_perfect(before, after) or (before[-1] in ("until", "till") and _lasted(before)):
            return "past"
        return "future"
    # a thing put off until a day is put off to a day still to come: "postponed until
    # Tuesday", "adjourned until Monday", "extended the deadline to Friday"
    if before[-1:] in (["until"], ["till"], ["to"]) and _PUT_OFF.intersection(before[-4:-1]):
        return "future"
    # a time left to act, given in the present, is still to come: "has until Monday to pay"
    if before[-2:] in (["has", "until"], ["have", "until"], ["has", "till"], ["have", "till"]):
        return "future"
    owner = text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s")
    # a day whose event is still a plan is to come: "ahead of Tuesday's planned march", "a
    # page devoted to Friday's planned protests"
    plan = after[1:2] if after[:1] == ["s"] else after[:1]  # ("Tuesday" + "'s" read apart)
    if owner and plan and plan[0] in _PLAN_ADJECTIVES:
        return "future"
    deadline = before[-1:] in (["by"], ["until"], ["till"], ["through"])
    # a state that lasts until a day, told in the present, lasts into days to come: "the
    # congress runs until Sunday", "the exhibition is open through Friday"
    if deadline and _lasts_now(before):
        return "future"
    if _WEEKDAY.search(text, start, end) and _scheduled_now(before):
        return "future"
    # an expression that is the subject of its clause, right after the clause opens, takes
    # the tense of the verb right after it: "told CNN that Friday will be his last chance",
    # "Thursday saw an escalation of attacks"
    opens = not before or before[-1] in _BREAK_WORDS or not before[-1][0].isalpha()
    if opens and after[:1] and after[0][0].isalpha() and not owner:
        cue = _cue(after, 0, would=False)
        if cue is not None:
            return "future" if cue else "past"
    # the left part of the clause, nearest first (a gloss in parentheses belongs to the clause
    # of what it glosses)
    for i in _leftward(before, len(before) - 1):
        cue = _cue(before, i, would=not owner, deadline=deadline)
        if cue is not None:
            return "future" if cue else "past"
    # an expression that opens its sentence, set off by a comma, dates the clause after it:
    # "On Tuesday, the league plans to hold a news conference"
    fronted = after[:1] == [","] and all(w in _OPENERS for w in before)
    window = after[1 : 1 + FRONTED_WINDOW] if fronted else after[:RIGHT_WINDOW]
    for i, word in enumerate(window):
        if not word[0].isalpha() and word not in ("'ll", "’ll"):
            break
        cue = _cue(window, i, would=False)
        if cue is not None:
            return "future" if cue else "past"
    # with no cue either side, a time given to act is still to come: "has given the relatives
    # until 9 a.m. Tuesday to sign" (not "had until Friday to respond", a past)
    if before[-1:] in (["until"], ["till"]) and after[:1] == ["to"]:
        return "future"
    # ... and so is "this" weekday: a day past is "on Friday" or "last Friday", one to come
    # (or today) "this Friday" ("tune in this Sunday at 10 a.m."); a past verb still decides
    if _THIS_WEEKDAY.match(text, start, end):
        return "future"
    return None
