"""Did it happen? The status of a trigger from the words that govern it.

The governing chain runs from the trigger up through its heads (objects, prepositions,
open complements) to the root of its clause; a reporting verb ends it ("Zelensky said he
would be open to talks": `would` counts, `said` does not). On that chain:
- a negation ("did not meet", "no call", "has yet to happen") → negated;
- a modal or attitude ("would", "could", "open to", "willing to", "hopes to") → hypothetical;
- the future ("will meet", "is expected to", "is scheduled to", "plans to") → planned;
- otherwise → occurred.
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.events.journeys import (
    headline_subject,
    hung_on_names,
    journey_under_way,
    purpose_of_a_journey,
)
from wirecode.events.lexicon import Lexicon
from wirecode.events.subordinate_clauses import not_until, on_condition, time_clause
from wirecode.events.verb_forms import forms, past, to_infinitive, told_in_present
from wirecode.nlp import modals

CLIMB = {
    "xcomp",
    "prep",
    "pobj",
    "dobj",
    "nsubj",
    "nsubjpass",
    "attr",
    "acomp",
    "compound",
    "conj",
    "appos",
    "npadvmod",
    "oprd",
    "amod",
    "pcomp",
    "aux",
    "auxpass",
}
STOP_AT = {"ccomp", "advcl", "relcl", "parataxis", "ROOT", "csubj", "acl"}
PRESUPPOSING = {"after", "following", "since", "during", "amid", "despite"}
OCCURRENCE = {
    "happen",
    "take",
    "occur",
    "hold",
    "come",
    "go",
    "proceed",
    "begin",
    "start",
    "materialize",
    "materialise",
    "end",
    "last",
    "continue",  # "the talks will continue on Friday"
    "resume",
    "be",
}
REPORTING = {
    "say",
    "tell",
    "write",
    "add",
    "report",
    "announce",
    "state",
    "note",
    "claim",
    "confirm",
}
FUTURE_IN_PAST = modals.CONDITIONAL
MAX_STEPS = 8


def governing_chain(token, *, planned: frozenset[str] = frozenset()) -> list:
    """The trigger and its heads up to the root of its clause; the subject of a passive
    verb of `planned` climbs to it ("talks are scheduled for Sunday")."""
    chain = [token]
    current = token
    for _ in range(MAX_STEPS):
        purpose = current.dep_ == "advcl" and to_infinitive(current)
        # "wanted Obama to call Saleh", "expect Xi to speak with Zelensky": an infinitive with
        # a subject of its own is the content of the verb above, told with its attitude
        purpose = purpose or current.dep_ == "ccomp" and to_infinitive(current)
        # a gerund as its verb's subject is told with that verb's tense and modals:
        # "Starting negotiations with Gadhafi would be a significant step"
        gerund = current.dep_ == "csubj" and current.tag_ == "VBG"
        # "would be the first leader to visit Kyiv": the copula's tense and modals are its own
        said_of = (
            current.dep_ in ("relcl", "acl")
            and to_infinitive(current)
            and current.head.dep_ == "attr"
        )
        if (
            current.dep_ in STOP_AT and not (purpose or gerund or said_of)
        ) or current.head.i == current.i:
            break
        if _clause_of_its_own(current):
            break  # "Germany did not sign, but Scholz met Macron": the "not" is not the meeting's
        unrealised = any(c.lower_ in lex_unrealised for c in current.head.children)
        scheduled = current.dep_ == "nsubjpass" and current.head.lemma_ in planned
        if (
            current.dep_ in ("nsubj", "nsubjpass")
            and current.head.lemma_ not in OCCURRENCE
            and not unrealised
            and not scheduled
        ):  # "a meeting ... has yet to happen" climbs to "has"
            break  # "this call will give impetus": what the call does, not whether it was
        if (
            current.dep_ == "pobj"
            and current.head.lower_ in PRESUPPOSING
            and not (current.head.lower_ == "during" and current.head.head.pos_ in ("VERB", "AUX"))
            and not _sequenced(current)
        ):
            break  # "after the call", "the readout of the call": the call took place
        if _told_about(current):
            break  # "could not give details of that conversation": it was held
        # "is to meet his counterparts during Wednesday's meeting": the meeting is when the
        # verb is, and climbs to it
        current = current.head
        if current.lemma_ in REPORTING:
            break
        chain.append(current)
    return chain


MODALS = modals.ALL - modals.ABLE  # "can" tells a capacity, no act to come


def _sequenced(noun) -> bool:
    """A contact told with no article after "after" on a verb still to come (a modal, or
    an infinitive) comes in sequence with it ("will sign the deal after talks with Xi":
    planned with the signing; "wants the League to withdraw the decision after talks with
    Assad"); "after the call" presupposes a call told before, and "Following Xi-Zelenskyy
    Talk" in a headline looks back."""
    verb = noun.head.head
    if noun.head.lower_ != "after" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return verb.pos_ == "VERB" and (
        to_infinitive(verb) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    )


CONTRAST = frozenset({"but", "yet", "while", "whereas"})

# nouns of what is known or told about a thing, which presuppose it: "details of the call"
TELLING_NOUNS = frozenset(
    {
        "detail", "knowledge", "account", "record", "readout", "transcript", "summary",
        "description", "content", "outcome", "result", "photo", "picture", "video", "footage",
    }
)  # fmt: skip
DEFINITE = frozenset({"the", "that", "this", "these", "those"})


def _told_about(noun) -> bool:
    """A contact the text names as known, after "of" a noun of what is known or told about
    it: "could not give details of that conversation", "has no knowledge of the meeting" (the
    negation or modal is of the telling; "no prospect of talks" is no such noun)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in TELLING_NOUNS
        and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    )


def _clause_of_its_own(verb) -> bool:
    """A verb conjoined to another with its own subject or after a contrast ("did not sign
    the accord, but Scholz met Macron", "did not meet him but spoke with him by phone"): the
    first verb's negation, modal or tense is not this one's ("will not travel or meet" shares
    them)."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    contrast = any(
        c.dep_ == "cc" and c.lower_ in CONTRAST and head.i < c.i < verb.i for c in head.children
    )
    return own_subject or contrast


MARK_DEPS = ("aux", "auxpass", "neg", "det", "advmod", "mark", "acomp", "prep")


def _marks(
    token,
    lex: Lexicon,
    *,
    skip: frozenset[str] = frozenset(),
    own: bool = True,
    adjectives: bool = False,
) -> set[str]:
    """The status words on a token: its auxiliaries, negation, adverbs…; with `adjectives`
    (the trigger itself) also its adjectives ("the upcoming summit", "a possible call")."""
    marks: set[str] = set()
    deps = MARK_DEPS + ("amod",) * adjectives
    words = [token] * own + [c for c in token.children if c.dep_ in deps and c.lower_ not in skip]
    for word in words:
        lower = word.lower_
        words = forms(word)
        if word.dep_ == "neg" or (
            word.i != token.i
            and lower in lex.negators
            and word.dep_ in ("det", "neg", "advmod", "prep")
            and not without_a_thing(word)
        ):
            marks.add("negated")
        if lower in lex.unrealised and word.i != token.i:
            marks.add("negated")
        if word.dep_ in ("aux", "auxpass") and lower in lex.future_aux:
            marks.add("planned")
        elif (
            word.dep_ == "aux"
            and lower == "to"
            and token.dep_ == "xcomp"
            and token.head.lemma_ == "be"
        ):
            marks.add("planned")  # "Macron is to meet Xi"
        elif words & lex.hypothetical:
            if word.i == token.i or word.dep_ in ("aux", "mark", "acomp", "advmod", "amod"):
                marks.add("hypothetical")
        elif words & lex.planned and not _advancing(word, lex):
            marks.add("planned")
    if own and _neither(token):
        marks.add("negated")
    return marks


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _neither(verb) -> bool:
    """A verb whose subject or object is opened by "neither" denies it of each ("Neither
    Russia nor China were attending the summit", "met neither Putin nor Xi")."""
    return any(
        c.dep_ in ARGUMENTS
        and any(g.lower_ == "neither" and g.dep_ in ("det", "preconj") for g in c.children)
        for c in verb.children
    )


def _advancing(word, lex: Lexicon) -> bool:
    """The particle of a verb of pressing, "pushed forward the talks": it carries on what
    exists, and plans nothing ("looks forward to meeting Xi" looks ahead to the meeting)."""
    return (
        word.lower_ in lex.advancing
        and word.head.lemma_.lower() in lex.request_verbs
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in word.head.children)
    )


def without_a_thing(word) -> bool:
    """A "without" whose objects are things, not acts: no negation of the act it modifies
    ("met without aides", "talks without preconditions", "detained without trial"); "left
    without meeting him" negates the meeting."""
    objects = [o for o in word.children if o.dep_ in ("pobj", "pcomp")]
    return (
        word.lower_ == "without"
        and bool(objects)
        and all(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in objects)
    )


def without_another_act(token) -> bool:
    """ "ended two days of talks without reaching agreement", "broke off talks without
    agreeing on a date": a "without" beside the event's clause, not above it, tells an act
    that did not happen besides; the event did ("left without meeting him" puts the meeting
    under the "without", and negates it)."""
    chain = governing_chain(token)
    on_chain = {t.i for t in chain}
    besides = [
        c
        for t in chain
        for c in t.children
        if c.lower_ == "without" and c.dep_ == "prep" and c.i not in on_chain
    ]
    return (
        bool(besides)
        and not any(t.lower_ == "without" for t in chain)
        and all(
            any(o.dep_ == "pcomp" and o.pos_ in ("VERB", "AUX") for o in c.children)
            for c in besides
        )
    )


lex_unrealised = {"yet"}


def told_as_past(trigger) -> bool:
    """Whether the clause around a trigger is in a past tense ("was", "had", "has met")."""
    verbs = [t for t in governing_chain(trigger) if t.pos_ in ("VERB", "AUX")]
    if trigger.sent.root.lemma_ not in REPORTING:  # "the meeting will focus on ..., X said"
        verbs.append(trigger.sent.root)
    return any(past(verb) for verb in verbs)


EARLIER = {
    "previously",
    "earlier",
    "once",
    "already",
    "last",
    "before",
    "ever",
    "formerly",
    "first",
    "repeatedly",
    "often",
    "twice",
}


def told_as_earlier(predicate) -> bool:
    """ "Previously met", "had met", "last spoke": a contact before the news of the day,
    also when told by a participle under such a verb ("had written letters seeking talks")."""
    chain = governing_chain(predicate)
    top = chain[-1]
    if top.tag_ == "VBG" and top.dep_ in ("advcl", "acl", "xcomp"):
        head = top.head
        while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("pobj", "prep", "dobj"):
            head = head.head
        chain.append(head)
    for token in chain:
        if any(c.lower_ in EARLIER for c in token.children if c.dep_ in ("advmod", "npadvmod")):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
            return True
    return False


# adverbs of frequency: "have met repeatedly", "speak regularly", "spoke twice this year"
REPEATED = frozenset(
    {"repeatedly", "regularly", "often", "frequently", "routinely", "twice", "thrice"}
)


def told_as_repeated(predicate) -> bool:
    """ "Has met Xi six times since 2017", "have spoken twice this year", "meet regularly":
    many contacts told as one, none of them on the day of the news."""
    for child in predicate.children:
        if child.dep_ not in ("advmod", "npadvmod"):
            continue
        if child.lower_ in REPEATED or any(g.lower_ in REPEATED for g in child.children):
            return True  # "twice this year": the parser hangs "twice" on the year
        if child.lower_ == "times" and any(g.dep_ in ("nummod", "amod") for g in child.children):
            return True  # "six times", "several times"
    return False


def _content_of_a_plan(top, lex: Lexicon) -> str | None:
    """The clause a noun of planning is of ("plans for Xi to speak with Zelensky"): planned,
    or negated when no such plan is ("there are no plans for ...")."""
    noun = top.head
    if top.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in lex.planned:
        return None
    if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "negated"
    return "planned"


# the prepositions of an occasion a contact is ("in a phone call", "during their talks")
MEDIUM_PREPS = frozenset({"in", "during", "over", "at"})
OCCASION_PREPS = MEDIUM_PREPS - {"during"}  # "during" frames its verb (`_framing_verb`)


def _told_in(chain, i: int) -> bool:
    """A noun the contact is the occasion of: a noun of planning plans what it is for, not
    what it was told in ("briefed Xi on his plans in a phone call on Monday": the call was
    held; "plans for a call" are the call's)."""
    token = chain[i]
    return (
        i >= 2
        and token.pos_ == "NOUN"
        and chain[i - 1].dep_ == "prep"
        and chain[i - 1].lower_ in OCCASION_PREPS
    )


def _framing_verb(chain) -> int | None:
    """Where in a chain the verb that a contact frames begins ("did not discuss the war
    during their talks": the talks are the time of the verb, which takes them as held, so
    its negation is not theirs; its plans and conditions are: "is to meet them during the
    summit"). A contact noun that is the occasion of a verb frames it too: "at his last
    meeting with Assad, the two men agreed to try" (the meeting was held)."""
    for i in range(len(chain) - 2):
        if chain[i].dep_ != "pobj":
            continue
        prep = chain[i + 1].lower_
        if prep == "during" or i == 0 and prep in OCCASION_PREPS and _of_a_verb(chain[i + 1]):
            return i + 2
    return None


def _of_a_verb(prep) -> bool:
    return prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")


def negates_the_topic(trigger, lex: Lexicon) -> bool:
    """ "The leaders did not discuss Ukraine": the negation is of the topic, and the talk it
    presupposes is no contact denied."""
    token = trigger.token
    return token.lemma_.lower() in lex.topic_objects and any(
        c.dep_ == "dobj" for c in token.children
    )


def _judged(trigger, verb) -> bool:
    """A contact not yet told of, judged as a thing that would be good or useful ("a call
    between Xi and Zelensky would be helpful", "would be a good idea"): a wish, not a future
    reported (as "said the talks would be difficult" is of talks known)."""
    known = any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
        for c in trigger.children
    )
    return (
        not known
        and verb.lemma_ == "be"
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )


# adverbs that hedge what a sentence says, not whether its subject happened
HEDGES = frozenset({"probably", "possibly", "perhaps", "maybe", "likely", "surely", "certainly"})


def _said_of(chain, i: int, lex: Lexicon) -> bool:
    """Whether chain[i] is a copula that says what its subject, the contact, was or is: "This
    visit was probably Turkey's last chance" (the hedge is on the judgement; "the talks are
    likely" or "possible" forecast them)."""
    copula = chain[i]
    return (
        i > 0
        and copula.lemma_ == "be"
        and chain[i - 1].dep_ == "nsubj"
        and any(
            c.dep_ == "attr" or c.dep_ == "acomp" and not forms(c) & lex.hypothetical
            for c in copula.children
        )
    )


def status_of(trigger, lex: Lexicon, *, own_word: bool = True) -> str:
    """occurred | planned | hypothetical | negated. Without `own_word` the trigger's own
    word is no mark: "Zelensky sought talks" is a request made, not an attitude."""
    marks: set[str] = set()
    if "without" in lex.negators and without_another_act(trigger):
        lex = replace(lex, negators=lex.negators - {"without"})
    chain = governing_chain(trigger, planned=lex.planned)
    frame = _framing_verb(chain)
    for i, token in enumerate(chain):
        own = (own_word or token is not trigger) and i != frame and not _told_in(chain, i)
        # the verb a contact frames is done in it, not planned by it: "agreed during their
        # summit to resume visits" (its auxiliaries and the verbs above it still plan it:
        # "will agree during the summit", "is expected to sign it during the summit")
        skip = HEDGES if _said_of(chain, i, lex) else frozenset()
        found = _marks(
            token, lex, skip=skip, own=own, adjectives=token is trigger and token.pos_ == "NOUN"
        )
        if frame is not None and i >= frame:
            found -= {"negated"}  # "did not discuss the war during their talks": talks held
        if "negated" in found and not_until(token):
            # "did not meet Sarkozy until Monday", "did not comment until speaking to him":
            # not before then, and then it was done; "will not meet him until next month"
            # is planned then ("will not meet him until he withdraws" stays a refusal)
            if past(token):
                found.discard("negated")
            elif not not_until(token, clause=True):
                found = (found - {"negated"}) | {"planned"}
        marks |= found
    top = chain[-1]
    reported = (
        top.dep_ == "ccomp" and top.head.lemma_ in REPORTING and top.head.tag_ in ("VBD", "VBN")
    )
    if "hypothetical" in marks and reported and not _judged(trigger, top):
        # "The Kremlin confirmed that Putin would meet Guterres on Tuesday": the future of a
        # past report, not a condition
        plain = _chain_marks(chain, lex, skip=FUTURE_IN_PAST)
        if "hypothetical" not in plain:
            marks = plain | {"planned"}
    if any(on_condition(token) for token in chain):
        marks.add("hypothetical")  # "said he would meet Xi if China stopped arming Russia"
    if top.dep_ == "ccomp" and (
        _wished(top, lex) or top.head.lemma_ in REPORTING and _wished(top.head, lex)
    ):
        marks.add("hypothetical")  # "I hope Obama meets them", "I hope he will say he met"
    if not marks:
        ahead = _future_of_a_time_clause(top, lex)
        if ahead is not None:
            marks.add(ahead)  # "will raise the issue when he meets Xi on Monday"
    if any(_supposed(prep, noun, lex) for prep, noun in zip(chain[1:], chain[2:], strict=False)):
        marks.add("hypothetical")  # "talk of a new summit grew"
    plan = _content_of_a_plan(top, lex)
    if plan is not None:
        marks.add(plan)  # "there are no plans for Xi to speak with Zelensky"
    if purpose_of_a_journey(chain) or _headline_infinitive(top) or journey_under_way(chain):
        marks.add("planned")  # "arrived in Kazan on Wednesday to hold talks with Putin"
    if "negated" in marks and (_denies_no_happening(chain, lex) or _hopes_denied(chain, lex)):
        marks.discard("negated")  # "the talks did not last long", "is not expected to produce"
    for status in ("negated", "hypothetical", "planned"):
        if status in marks:
            return status
    return "occurred"


def _wished(verb, lex: Lexicon) -> bool:
    """A clause someone hopes or wishes for, or a saying they hope for: what it tells is not
    told as so ("I hope Obama meets the League", "I hope the president will say he is
    consulting Congress")."""
    return verb.dep_ in ("ccomp", "xcomp") and bool(forms(verb.head) & lex.wishes)


def negated_word_on(word, lex: Lexicon) -> bool:
    """A negation hung on a word: "not", "n't", or a negating determiner or adverb ("no
    plans", "never")."""
    return any(
        c.dep_ == "neg" or c.dep_ in ("det", "advmod") and c.lower_ in lex.negators
        for c in word.children
    )


LASTING = frozenset({"last", "be"})  # verbs of what a contact was like: "did not last long"


def _denies_no_happening(chain, lex: Lexicon) -> bool:
    """A negation on the verb a contact is the subject of that says what the contact was
    like or would bring, not whether it happened: "the talks did not last long", "the
    meeting was not a success", "the summit is not expected to produce a breakthrough"."""
    if len(chain) < 2 or chain[0].dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = chain[1]
    if not negated_word_on(verb, lex) or any(negated_word_on(t, lex) for t in chain[2:]):
        return False
    complement = ("acomp", "attr", "advmod", "npadvmod", "dobj")
    if verb.lemma_ in LASTING:
        return chain[0].dep_ == "nsubj" and any(c.dep_ in complement for c in verb.children)
    done = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return (
        verb.lemma_.lower() in lex.planned
        and bool(done)
        and all(
            d.lemma_ not in OCCURRENCE and d.lemma_.lower() not in lex.happening_verbs for d in done
        )
    )


def _hopes_denied(chain, lex: Lexicon) -> bool:
    """A negated adjective said of something else, for or about a contact, denies that thing,
    not the contact ("Expectations were not high for the talks", "hopes are not great for the
    summit"): what was hoped of it, not whether it was held."""
    if len(chain) < 4 or chain[0].dep_ != "pobj" or chain[1].lower_ == "of":
        return False
    adjective, verb = chain[2], chain[3]
    if adjective.dep_ != "acomp" or adjective.pos_ != "ADJ":
        return False
    if any(negated_word_on(t, lex) for t in chain[4:]):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _headline_infinitive(top) -> bool:
    """ "Biden and Xi to meet in Peru, US officials say", "Putin to visit China": an
    infinitive with a subject and no finite verb above it is the headline's future."""
    return hung_on_names(top) or (
        to_infinitive(top)
        and any(c.dep_ in ("nsubj", "nsubjpass") or headline_subject(c) for c in top.children)
        and (top.dep_ == "ROOT" or (top.dep_ == "ccomp" and top.head.lemma_ in REPORTING))
    )


def _future_of_a_time_clause(clause, lex: Lexicon) -> str | None:
    """A clause of time told in the present under a clause of the future is in that future:
    English keeps "will" out of it ("will raise the issue when he meets Xi on Monday", "is
    expected to sign the deal after the leaders meet", "would travel to Kyiv once the talks
    are held"). The head's negation is its own ("will not raise it when he meets Xi": the
    meeting is still ahead); a past head keeps the clause past ("raised it when he met Xi")."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i or not told_in_present(clause):
        return None
    if not time_clause(clause):
        return None
    ahead = status_of(clause.head, lex)
    if ahead == "negated":
        marks = _chain_marks(governing_chain(clause.head, planned=lex.planned), lex)
        ahead = next((m for m in ("hypothetical", "planned") if m in marks), None)
    return ahead if ahead in ("planned", "hypothetical") else None


def _chain_marks(chain, lex: Lexicon, *, skip: frozenset[str] = frozenset()) -> set[str]:
    return set().union(*(_marks(token, lex, skip=skip) for token in chain))


def _supposed(prep, noun, lex: Lexicon) -> bool:
    """The contact is what a noun of speculation is "of" or "about" ("talk of a new summit",
    "speculation about a meeting"): said or supposed, not held."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "about", "over")
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in lex.speculation
    )
