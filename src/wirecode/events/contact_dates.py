"""The date and status of a contact mention.

The date comes from the trigger's own clause first, then from the verb it sits under; a
contact told with no date of its own takes the day of the narrative it is told in. A
contact that is the object of an announcement, or that describes another noun, keeps the
status of the contact it refers to. A wish to meet ("would like to meet") is dated by the
clause that states it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from wirecode.events.dating import (
    BOUNDING_PREPS,
    NARRATIVE_BASIS,
    DateFinder,
    during_phrase,
    from_report,
    puts_off,
    told_by_the_report,
    without_other_clauses,
)
from wirecode.events.journeys import is_journey_aim
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import PRESUPPOSING, governing_chain, negated_word_on, status_of
from wirecode.events.subordinate_clauses import UNTIL
from wirecode.events.trigger_verbs import light_verb
from wirecode.events.trigger_words import FRAMING_ADVERBS, Trigger, framing_noun, scope
from wirecode.events.triggers import governing_verb, holding_clause, prospect
from wirecode.events.verb_forms import PRESENT_AUX, forms, to_infinitive
from wirecode.nlp import modals
from wirecode.records import DateValue, Document, Mention

NARRATIVE_REACH = 4  # sentences over which a told day stays the narrative's reference time


@dataclass(slots=True)
class Context:
    """What coding one document needs at every trigger."""

    doc: object
    document: Document
    dates: DateFinder
    lex: Lexicon
    coder: str


# Nouns whose "of the call" presupposes the call: "the readout of the call".
RECORD_NOUNS = frozenset(
    "readout transcript record outcome result details footage photo video minutes summary "
    "account aftermath".split()
)


def is_announced(token, lex: Lexicon) -> bool:
    """ "Dujarric announced the meeting on Tuesday": the contact is the object of its
    announcement, which tells neither that it took place nor when."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in lex.announcing


def names_a_thing_of(token) -> bool:
    """ "venues for the meeting", "aspects of the summit": the contact noun describes
    another noun, so the clause's tense tells nothing of the contact ("after the call", "the
    readout of the call" do presuppose it)."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.lower_ not in PRESUPPOSING
        and prep.head.lemma_.lower() not in RECORD_NOUNS
    )


POLITE = modals.CONDITIONAL  # "would like to meet": a wish stated, not a condition
STATED_IN = frozenset({"ccomp", "csubj", "oprd", "acomp"})  # "made clear that he would like"


def wish_to_meet(trigger: Trigger, lex: Lexicon):
    """ "Zelensky made clear that he would like to meet Trump", "Macron wants to visit
    Beijing": a wish of the subject's own, stated without condition, is a request for the
    contact (the contact itself stays hypothetical). The wish verb, or None."""
    verb = trigger.predicate
    wish = verb.head
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or wish.lemma_.lower() not in lex.wishes:
        return None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "wants Xi to meet Putin": someone else's contact
    auxes = {c.lower_ for c in wish.children if c.dep_ in ("aux", "neg")}
    allowed = {"do", "does", "did", "has", "have", "had"} | (
        POLITE if wish.lemma_.lower() == "like" else set()
    )
    if wish.lemma_.lower() == "like" and not auxes & POLITE:
        return None  # "likes to meet": a habit
    return wish if auxes <= allowed else None


def date_of_wish(wish, ctx: Context) -> DateValue | None:
    """The day the wish was stated: its own clause, then the verb that reports it ("made
    clear on Tuesday that he would like to meet"), then a present report's own date."""
    current = wish
    for _ in range(3):
        date = ctx.dates.date_for(scope(current), current)
        if date is not None or current.dep_ not in STATED_IN or current.head.i == current.i:
            return date
        current = current.head  # "made clear that he would like": the clause that states it
    return None


def narrative_date(earlier: list[Mention], index: int) -> DateValue | None:
    """The reference time of the narrative: a contact told with no date of its own, a few
    sentences after one told with its day ("Trump and Zelensky met today ... Starmer and
    Macron also held meetings with Zelensky"), happened that day."""
    for mention in reversed(earlier):
        if mention.sentence_index < index - NARRATIVE_REACH:
            return None
        date = mention.date
        if date is not None and from_report(date):
            continue  # dated by its report, not told with a day of its own
        if mention.status == "occurred" and date is not None and date.precision == "day":
            return DateValue(
                date.start,
                date.end,
                "day",
                text="",
                basis=f"{NARRATIVE_BASIS} ({date.value})",
            )
    return None


def _not_until_phrase(verb, lex: Lexicon) -> set[int]:
    """The "until" phrase of a negated verb, which tells when the act came ("did not meet
    Sarkozy until Monday", "had not spoken to him until last week")."""
    if not negated_word_on(verb, lex):
        return set()
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in UNTIL for t in c.subtree}


def date_and_status(trigger: Trigger, tokens: set[int], ctx: Context):
    """The trigger's date (its own clause first, then the verb it sits under) and status."""
    status = status_of(
        trigger.token, _status_words(trigger, ctx.lex), own_word=trigger.event != "REQUEST"
    )
    if status == "occurred" and any(
        forms(t) & ctx.lex.failing for t in governing_chain(trigger.token)[1:]
    ):
        status = "negated"  # "NATO and Russia failed to meet" (an attempt, in PLOVER's terms)
    if _put_off(trigger.token, ctx.lex):  # "the meeting was delayed": not held when it was to be
        denied = status == "negated" or _denied_above(trigger.token.head, ctx.lex)
        status = _not_put_off(trigger.token.head, ctx.lex) if denied else "negated"
    future = status in ("planned", "hypothetical")  # "would like to meet on Saturday"
    if _aim_of_a_past_journey(trigger.predicate):
        future = False  # "travelled to Kyiv to meet Zelensky on Monday": the Monday before
    # a contact wished or planned is not done on the report's day ("I really want to meet
    # with Xi," he said); one referred back to is the one told ("whether this call is going
    # to lead to peace")
    planned = status == "planned" or future and not trigger.anaphoric
    tokens = without_other_clauses(tokens, trigger) | _held_participle(trigger, ctx.lex)
    tokens -= told_by_the_report(tokens, ctx.doc)  # "said on Friday he would host Putin"
    until = _not_until_phrase(trigger.predicate, ctx.lex)
    if until:  # "did not meet Sarkozy until Monday": that Monday
        date = ctx.dates.phrase_date(until, future=future)
    else:
        date = ctx.dates.date_for(tokens, trigger.predicate, future=future, planned=planned)
    if status == "occurred" and _futurate(trigger.predicate) and own_day_before(date, ctx):
        date = ctx.dates.date_again(tokens, trigger.predicate, date, future=True)
    during = during_phrase(trigger) if date is None else set()
    if during:  # "met Arafat during a summit in Cairo on Wednesday": the summit's Wednesday
        date = ctx.dates.date_for(during, trigger.predicate, future=future, planned=planned)
    if date is None:
        date = ctx.dates.when_date(trigger.predicate, future=future)
    when = _when_clause(trigger.predicate) if date is None else None
    if when is not None:  # "will hold talks with Xi when he visits Beijing later this month"
        date = ctx.dates.date_for(scope(when), when, future=future, planned=planned)
    scheduled = _scheduled_for(trigger.token, ctx.lex) if date is None else set()
    if scheduled:  # "scheduled a meeting with Xi for Friday": the Friday it is set for
        date = ctx.dates.date_for(scheduled, trigger.token.head, future=True, planned=True)
    contact = _contact_purposed(trigger.predicate, ctx.lex) if date is None else None
    if contact is not None:  # "a visit in March by Xi to meet Putin": the visit's time
        date = ctx.dates.date_for(scope(contact), contact, future=future, planned=planned)
    aim = _aim_of(trigger.token) if date is None and trigger.token.tag_ == "VBD" else None
    if aim is not None:  # "went to Kyiv to meet Zelensky last year": the journey's time
        date = ctx.dates.date_for(scope(aim), aim, future=False, planned=False)
    announced = is_announced(trigger.token, ctx.lex)  # "announced the meeting on Tuesday"
    verb = governing_verb(trigger.predicate) if date is None and not announced else None
    if verb is not None:  # "Earlier that day, Wang expressed ... in a phone call with"
        if verb.tag_ == "VBD":  # "flew to Damascus on Monday to meet Assad": that Monday
            future = planned = False
        tokens = _without_prospects(scope(verb), verb.doc, ctx.lex)
        tokens -= told_by_the_report(tokens, ctx.doc)
        date = ctx.dates.date_for(tokens, verb, future=future, planned=planned)
        lead = told_ahead_of(trigger.predicate) if status == "occurred" else None
        if lead == "ahead" and verb.tag_ == "VBD":
            # "the motorcade drove through the city ahead of his meeting with Assad": told
            # when both may be past, as the clause's day
            lead = None
        if lead is not None:
            date, status = _after_its_clause(date, lead, ctx)
    if status == "occurred" and ctx.dates.is_after_document(date):
        status = "planned"
    return date, status


def _aim_of(journey):
    """The to-infinitive that tells what a journey is for ("went to Kyiv to meet Zelensky"):
    the journey and its aim are told at one time."""
    return next((c for c in journey.children if is_journey_aim(c)), None)


def _aim_of_a_past_journey(verb) -> bool:
    """A verb that tells the aim of a journey told in the past ("flew to Beijing to meet Xi
    on Monday"): its time is the journey's, before the report."""
    return verb.head.tag_ == "VBD" and is_journey_aim(verb)


def _put_off(token, lex: Lexicon) -> bool:
    """A contact that a verb of putting off takes as its object ("delayed the talks", "the
    meeting was pushed back"); its new time, if told, is planned apart
    (`DateFinder.rescheduled_date`)."""
    return token.dep_ in ("dobj", "nsubjpass") and puts_off(token.head, lex.rescheduling)


def _when_clause(verb):
    """The clause opened by "when" that a verb governs, whose time is the verb's: "will
    hold talks with Xi when he visits Beijing later this month"."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < clause.i
            for c in clause.children
        ):
            return clause
    return None


def own_day_before(date: DateValue | None, ctx: Context) -> bool:
    """A day the contact's own words name, before the report's (not the day of the report
    or of a saying, which have no words of their own)."""
    return date is not None and bool(date.text) and ctx.dates.is_before(date)


def _futurate(verb) -> bool:
    """A verb of contact in the present progressive tells an arrangement: a day it names
    before the report's is the day to come ("Biden is meeting Xi on Wednesday", "is hosting
    Albanese at the White House on Wednesday"); the report's own day stays that day."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and bool(auxes) and all(a in PRESENT_AUX for a in auxes)


def _scheduled_for(token, lex: Lexicon) -> set[int]:
    """The "for" phrase of a verb of planning that takes the contact as its object: the time
    it is set for ("scheduled a meeting with Xi for Friday", "set the talks for next week"),
    not of the scheduling."""
    verb = token.head
    if token.dep_ != "dobj" or not forms(verb) & lex.planned:
        return set()
    return {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}


def _denied_above(verb, lex: Lexicon) -> bool:
    """A putting off that words above it deny: "There is no consideration being given to
    delaying this trip", "no plans to postpone the talks"."""
    chain = governing_chain(verb)
    above = chain[1:] + [chain[-1].head] * (chain[-1].dep_ == "acl")  # "no consideration given to"
    return any(negated_word_on(head, lex) for head in above)


def _not_put_off(verb, lex: Lexicon) -> str:
    """The status of a contact whose putting off is denied: "will not delay his trip" plans
    it, "did not delay the talks" held them."""
    future = any(c.dep_ == "aux" and c.lower_ in lex.future_aux for c in verb.children)
    return "planned" if future else "occurred"


OPENING = frozenset({"start", "begin", "open"})  # "a two-day visit starting Wednesday"


def _held_participle(trigger: Trigger, lex: Lexicon) -> set[int]:
    """ "The talks held in Moscow on Tuesday", "a meeting convened last week": a light verb's
    participle after the contact noun holds it, and its time is the contact's; so is the
    time a participle of planning gives it ("the visit, planned for next week, has been
    cancelled", "a summit scheduled for Thursday"), also in a passive relative clause ("the
    talks, which were held on Monday", "the trip, which had been scheduled for February"),
    and a relative clause of holding with a subject of its own ("the talks Xi held with
    Putin on Monday")."""
    found: set[int] = set()
    for clause in trigger.token.subtree:
        # the parser hangs "which" on the phrase's last noun ("the talks between Putin and
        # Erdogan, which were held on Monday"), but a person or a place is not held
        if clause.dep_ == "relcl" and clause.tag_ == "VBN" and _of_the_noun(clause):
            if light_verb(clause, lex) or forms(clause) & lex.planned:
                found |= scope(clause)
    for child in trigger.token.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in OPENING:
            found |= scope(child)  # "a visit to Moscow starting on Sunday": its first day
        if child.dep_ != "acl" or child.tag_ != "VBN":
            continue
        if light_verb(child, lex) or forms(child) & lex.planned:
            found |= scope(child)
    held = holding_clause(trigger.token, lex)
    if held is not None:
        found |= scope(held)  # "the meeting Xi had with Putin on Monday"
    return found


RELATIVE = frozenset({"which", "that"})


def _of_the_noun(clause) -> bool:
    """A relative clause told of its noun in the passive: "which had been scheduled"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE for c in clause.children)


def _status_words(trigger: Trigger, lex: Lexicon) -> Lexicon:
    """The lexicon that tells a contact's status: with the verbs of agreeing among the
    words of plans ("agreed to meet in November"), and without the words of its own light
    verb (the verb that holds a contact noun is no mark of it: "opened talks" begins them, as
    "open to talks" does not)."""
    lex = replace(lex, planned=lex.planned | lex.agreed)
    predicate = trigger.predicate
    if predicate.i == trigger.token.i:
        return lex
    own = forms(predicate)
    if not own & (lex.hypothetical | lex.planned):
        return lex
    return replace(lex, hypothetical=lex.hypothetical - own, planned=lex.planned - own)


def _without_prospects(tokens: set[int], doc, lex: Lexicon) -> set[int]:
    """A verb's tokens without the contacts it clears the way for: "the meeting opened the
    way for talks next month" dates the talks, not the meeting."""
    for i in list(tokens):
        if i in tokens and prospect(doc[i], lex):
            tokens -= {t.i for t in doc[i].subtree}
    return tokens


def _contact_purposed(verb, lex: Lexicon):
    """The contact noun whose purpose an infinitive tells ("a trip last week to meet Putin",
    "his visit in March to see Xi"), or None."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.consult_nouns:
        if to_infinitive(verb):
            return head
    return None


def bounded_by(predicate) -> bool:
    """ "A day after meeting Xi", "before he met Putin", "following talks with Modi": a contact
    told as the bound of another time is not at the time the story is at (a day before it,
    or any time before it), so it takes no day from the narrative."""
    if predicate.dep_ in ("pobj", "pcomp") and predicate.head.lower_ in BOUNDING_PREPS:
        return True
    return any(c.lower_ in BOUNDING_PREPS and c.dep_ == "mark" for c in predicate.children)


def since_clause(predicate) -> bool:
    """ "His first trip in 24 years, since he met Kim Jong Il": what a "since" clause tells
    is older than the news it frames."""
    if predicate.dep_ == "pobj" and predicate.head.lower_ == "since":
        return True
    # a "since" phrase of the trigger's own ("requested talks since the invasion") is the
    # interval it spans, not an older time
    return any(c.lower_ == "since" and c.dep_ == "mark" for c in predicate.children)


# framing words (`trigger_words.framing_phrase`) that put the clause before a contact still
# ahead: not "prior to" (as neutral as "before"), nor "in the wake of" (after it)
STILL_AHEAD = frozenset({"ahead", "advance", "eve", "up"})


def told_ahead_of(predicate) -> str | None:
    """ "Ahead of his visit to Moscow, Xi wrote an article", "on the eve of a meeting with Xi,
    Biden restated", "in the run-up to the summit": the clause is told before the contact,
    which is still ahead of it; "eve" (the day before it), "ahead" (some time before) or
    None."""
    prep = predicate.head
    if predicate.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "to"):
        return None
    word = prep.head
    framing = word.dep_ == "advmod" and word.lower_ in FRAMING_ADVERBS or framing_noun(word)
    if not framing or word.lower_ not in STILL_AHEAD:
        return None
    return "eve" if word.lower_ == "eve" else "ahead"


def _after_its_clause(date: DateValue | None, lead: str, ctx: Context):
    """(date, status) of a contact told ahead of a clause dated `date`, not in the past tense:
    on its eve, the day after it; else no day of the clause's, and still to come when the
    clause is of the report's day or later (what came after a day before the report is not
    known)."""
    if lead == "eve" and date is not None and date.precision == "day":
        day = date.start + timedelta(days=1)
        basis = f"the day after {date.start.isoformat()} ({date.basis})"
        return DateValue.day(day, text=date.text, basis=basis), "occurred"
    if ctx.dates.is_before(date):
        return date if lead == "eve" else None, "occurred"
    return None, "planned"
