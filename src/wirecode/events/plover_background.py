"""Events told as background, not as news: `is_background(token)`.

A relative clause or a participle modifying a noun ("the curfew imposed in Sudan"), a
framing phrase or clause of time ("after days of fighting", "as battles raged"), a
condition ("if it is attacked"), an open question ("whether the army would withdraw"), or
what a response answers. A clause reported by a closing "..., officials said" that the
parser reads as a participle is news all the same.
"""

from __future__ import annotations

from wirecode.events.plover_lexicon import load
from wirecode.events.plover_senses import closing_report
from wirecode.events.plover_words import lemma_of
from wirecode.events.trigger_words import FRAMING_PREPS
from wirecode.events.verb_forms import to_infinitive
from wirecode.nlp import modals

STOP_CLIMB = {"conj", "parataxis"}  # coordinated clauses are events of their own
# a verb whose clause tells whether it is background: "fighting" in "fears that fighting
# could disrupt supplies" is as background as the clause it is the subject of
CLIMBING = {"xcomp", "advcl", "pcomp", "csubj"}
MAX_CLIMB = 10
ROOT_SUBJECTS = {"NOUN", "PROPN", "NUM"}  # a verbless root that is the subject of its participle
SUBJECTS = {"nsubj", "dep"}  # "youths resorted to ..., officials said": two subjects
CONDITIONS = {"if", "unless", "whether"}
# participles that open a condition as "if" does: "provided that twelve states ratify it"
CONDITIONAL_PARTICIPLES = {"provided", "providing", "assuming", "supposing"}
TOPICS = {"about", "concerning", "regarding"}  # what is talked about is a topic
# a power or a means to act names what could be done, nothing done: "has the authority to
# deploy troops", "gives police the power to detain suspects", "lacks the means to enforce"
ABILITY = {"authority", "power", "right", "means", "capacity", "capability", "ability"}
ABILITY |= {"mandate", "leeway", "licence", "license", "freedom", "option", "wherewithal"}
RESERVING = {"reserve", "retain", "keep"}  # "reserved the right to retaliate": a threat
LACKING = {"lack"}  # "lacked the weapons to mount an attack": what could not be done
TEMPORAL = {"after", "since", "before", "until", "when", "while", "as"}  # a clause of time

# verbs whose "under" is a state undergone, not a framing ("came under fire", "was put under
# investigation"); elsewhere "under an agreement" names the terms, background
UNDERGOING_STATES = {"come", "be", "remain", "fall", "put", "place", "keep", "bring", "go"}
RESPONSES = {"respond", "reply", "react", "answer"}  # what they answer is background
# what responsibility is claimed, denied or borne for is named, not reported (CAMEO 015,
# 016): "claimed responsibility for the killing of a governor"
ANSWERABILITY = {"responsibility", "credit", "blame"}
# a hope or an expectation of what may happen is a comment (CAMEO 013), no intent: "was
# optimistic that an agreement could be reached", "hoped the army would withdraw"
EXPECTATIONS = {"optimistic", "hopeful", "confident", "pessimistic", "doubtful", "hope", "expect"}
EXPECTATIONS |= {"fear", "concern", "worry", "expectation"}  # "on fears that fighting could"
# what is discussed is a topic, not an event: "discussed the withdrawal", "talks on a truce"
DISCUSSING = {"discuss", "debate"}
# ... and what leaders speak, confer or negotiate about or on: "spoke by telephone about the
# earthquake relief effort", "talked with Barak about the withdrawal of Israeli troops"; so
# is what someone is asked or questioned about ("Asked about the allegations, a spokesman")
TALKING = {"speak", "talk", "confer", "consult", "negotiate", "converse", "chat", "telephone"}
TALKING |= {"ask", "question", "quiz"}
TALKS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions"}
TALKS |= {"consultation", "consultations", "debate"}
# a judgement of how likely something is, is a forecast, no intent (CAMEO 012): "is unlikely
# to launch an assault", "is likely to reject the offer"
IMPROBABLE = {"unlikely", "improbable", "likely", "probable"}
# "in line with an agreement reached last year": its terms, as "under an agreement"
CONFORMITY = {"line", "accordance", "keeping", "compliance", "conformity"}
# a modal other than one of obligation: a forecast, a condition, a capacity
MODALS = modals.ALL - modals.OBLIGED
# "in protest at the arrest", "in retaliation for the raids": the act answered
REASONS = {"protest", "retaliation", "response", "reprisal", "revenge"}


def is_background(token) -> bool:
    """Told as background, not as news: in a relative clause or a participle modifying a
    noun ("the curfew imposed in Sudan", "observers who were taken hostage"), in a framing
    phrase or clause of time ("following the peace deal", "after days of fighting", "after
    police arrested him", "as battles raged"), or in a condition ("if it is attacked": the
    condition of a promise or threat)."""
    current = token
    if _asked(token):
        return True  # "Could Mubarak step down Thursday?": a question reports nothing
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in TOPICS:
        return True  # "wouldn't bite about targeting Gadhafi", "spoke about killing him"
    if token.pos_ == "VERB" and token.dep_ == "amod":
        return True  # "the alleged violations", "the banned movement": a description
    if _reduced_relative(token):
        return True  # "in violation of the ceasefire agreed in May", parsed as a conjunct
    if closing_report(token):
        return False
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ROOT_SUBJECTS:
        return False  # "5,000 guerrillas handed in their weapons ...", a headline's "Three
        # killed in Kashmir gunbattle": no finite verb parsed
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") and _standing(current):
            return True  # "India has long accused Pakistan of arming the militants"
        if current.pos_ in ("VERB", "AUX") and _terms(current, token):
            return True  # "the accord provides for the release of prisoners": its terms
        if current.pos_ in ("VERB", "AUX") and _relative_subject(current):
            return True  # "..., some of whom have been on hunger strike": a relative clause
        if current.pos_ in ("VERB", "AUX") and (
            current.dep_ == "relcl" or current.dep_ == "acl" and current.tag_ in ("VBN", "VBG")
        ):
            if current.tag_ == "VBG" and lemma_of(current.head) in load().documents:
                return False  # "issued a report accusing the army": what the report does
            return not _reported_clause(current)
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "killed or wounded" shares its head's background
            continue
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS | TEMPORAL for c in current.children
        ):
            return True
        if _future_when(current):
            return True  # "there will be peace when the colonel relinquishes power"
        if (
            current.dep_ in ("ccomp", "pcomp", "advcl")
            and current.head.lower_ in CONDITIONAL_PARTICIPLES
            and current.head.dep_ in ("prep", "advcl", "mark", "conj")
        ):
            return True  # "will come into force, provided that twelve states ratify it"
        if current.dep_ in ("ccomp", "csubj", "pcomp") and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in current.children
        ):
            return True  # "it was not clear whether the army would withdraw", "divided over
            # whether the junta would hand over power": an open question
        if current.dep_ in ("ccomp", "csubj") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in current.children
        ):
            return True  # "it was not clear who was behind the attack": whose act is asked
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "to"
            and lemma_of(current.head.head) in RESPONSES
        ):
            return True  # "failed to respond to the rebels' demands": made before, background
        if current.dep_ == "pobj" and current.head.lower_ in FRAMING_PREPS:
            return True
        if current.dep_ == "pobj" and _answered(current.head):
            return True  # "on hunger strike in protest at his detention" ("at" on the verb)
        if _topic(current):
            return True  # "discussed the withdrawal of Russian troops": what talks are about
        if _done_little(current):
            return True  # "the plan will do little to help the poor": an assessment
        if current.dep_ == "pobj" and _answerable(current.head):
            return True  # "claimed responsibility for the killing of a governor": named
        if current.dep_ == "dobj" and lemma_of(current.head) == "follow":
            return True  # "the arrests follow a bomb attack last week": what came before
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "with"
            and current.head.head.lower_ in CONFORMITY
        ):
            return True  # "in line with an agreement reached with the IMF"
        if _forecast(current):
            return True  # "expected fighting to intensify", "is unlikely to launch an assault"
        if (
            current.dep_ in ("ccomp", "acl")
            and lemma_of(current.head) in EXPECTATIONS
            and any(c.dep_ == "aux" and c.lower_ in MODALS for c in current.children)
        ):
            return True  # "optimistic that an agreement could be reached": a hope
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "under"
            and (
                lemma_of(current.head.head) not in UNDERGOING_STATES
                or current.head.i < current.head.head.i
            )
        ):
            return True  # "under an agreement signed last year": its terms ("came under fire",
            # "kept under arrest"), also before a verb of state ("Under the accord, Russia keeps")
        if (
            current.dep_ == "dobj"
            and current.head.dep_ == "prep"
            and current.head.lower_ in FRAMING_PREPS
        ):
            return True  # "following mass protests", parsed as a verb with its object
        if (
            _noun_infinitive(current)
            and lemma_of(current.head) in ABILITY
            and lemma_of(current.head.head) not in RESERVING
        ):
            return True  # "has the authority to deploy troops": a power, no act
        if _lacking_means(current):
            return True  # "the rebels lacked the weapons to mount a sustained attack"
        if current.dep_ in STOP_CLIMB or current.head.i == current.i:
            return False
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in CLIMBING:
            if not _noun_infinitive(current):
                return False  # "Iraq's refusal to cooperate": as background as its noun
        current = current.head
    return False


def _terms(verb, token) -> bool:
    """A verb of stipulating whose subject is an agreement, a plan or a law ("the accord
    provides for", "the resolution requires", "the law allows the police to detain"), or
    its clause: what it says are terms. A clause joined to it with a subject of its own
    ("..., and Japan will provide aid") is no part of them."""
    if not _stipulating(verb) and verb.dep_ == "ccomp":
        verb = verb.head  # "the law allows the police to detain suspects"
    if not _stipulating(verb):
        return False
    return not any(
        t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.children)
        for t in (token, *token.ancestors)
        if t.i != verb.i and verb in t.ancestors
    )


def _standing(verb) -> bool:
    """A stance or a practice told in the perfect with an adverb of habit ("has long accused
    Pakistan of arming the militants", "have frequently criticised the president's ties with
    the army"): no event of the day. (Violence "for months" is still told: "armed gangs have
    terrorised villages for months".)"""
    return any(c.dep_ == "aux" and lemma_of(c) == "have" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in load().habitual for c in verb.children
    )


def _stipulating(verb) -> bool:
    lex = load()
    return lemma_of(verb) in lex.stipulating and any(
        c.dep_ == "nsubj" and lemma_of(c) in lex.terms for c in verb.children
    )


def _asked(token) -> bool:
    """The trigger's clause is a question: the first end mark after it is a "?" that closes
    a clause above it (not the question of a headline run on after it)."""
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.text in (".", "!", ";"):
            return False
        if word.text == "?":
            return word.head.i == token.i or word.head in token.ancestors
    return False


def _future_when(verb) -> bool:
    """A clause of time in the present under a future or a modal is a condition: "will lay
    down their arms when the president resigns" ("died when their vehicle hit a mine" is the
    news: the past)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBP")
        and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once") for c in verb.children
        )
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children)
    )


def _reduced_relative(verb) -> bool:
    """A participle right after its noun that the parser reads as a conjunct of the main
    verb ("the ceasefire agreed in May"), or as an adverbial clause with no conjunction
    ("a week after the collapse of the ceasefire agreed in March"): no subject, no
    auxiliary, no comma or conjunction before it."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl"):
        return False
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        return False  # "after they agreed", "had agreed": a clause of its own
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.text == "," and verb.dep_ == "conj" and verb.tag_ == "VBN":
        before = verb.doc[verb.i - 2] if verb.i > 1 else None  # "restore diplomatic relations,
        if any(c.dep_ == "cc" for c in verb.head.children):  # broken off in 1979, ...": set
            return False  # off by a comma; "shelled the town, and killed ..." coordinates
    return (
        before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _relative_subject(verb) -> bool:
    """A clause whose subject is a relative pronoun's part ("some of whom", "most of
    which"), which the parser may read as a conjunct of the main clause."""
    return any(
        o.lower_ in ("whom", "which")
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _answered(prep) -> bool:
    """A preposition right after "in protest", "in retaliation" (which the parser may hang
    on the verb): its object is the act answered, background."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return (
        prep.dep_ == "prep"
        and before is not None
        and lemma_of(before) in REASONS
        and before.dep_ == "pobj"
        and before.head.lower_ == "in"
    )


def _reported_clause(verb) -> bool:
    """A clause reported by a closing "..., officials said", misparsed as a participle of its
    own subject ("Palestinian youths resorted to throwing stones ..., officials said"): the
    noun carrying the participle hangs from a verb whose own subject comes after it. A
    passive participle with its agent is a reduced relative ("troops backed by tanks"), and
    the verb the parser hangs on that agent's noun is the predicate ("Thousands of troops
    backed by tanks massed on the border, diplomats said")."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    noun = verb.head
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ in ("agent", "prep")
        and noun.head.head.dep_ == "acl"
        and noun.head.head.tag_ == "VBN"
    ):
        noun = noun.head.head.head  # "Militiamen armed with machetes massacred 30 villagers"
    elif (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.dep_ in SUBJECTS
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        noun = noun.head.head  # "Gunmen on a motorcycle gunned down a police officer, police
        # said": a participle with a direct object is no passive one of the noun before it
    if noun.dep_ not in SUBJECTS:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in noun.head.children)


def _answerable(prep) -> bool:
    """A "for" after responsibility ("claimed responsibility for the killing", parsed on the
    noun or on the verb whose object it is): what it names is the act answered for."""
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ == "NOUN" and lemma_of(head) in ANSWERABILITY:
        return True
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and lemma_of(c) in ANSWERABILITY for c in head.children
    )


def _forecast(token) -> bool:
    """A forecast, not an intent (CAMEO 012-013): an event the parser hangs as the raised
    object of a verb of expecting, with an infinitive of how it goes ("expected fighting to
    intensify", "expect the violence to continue"), or an act judged improbable ("is
    unlikely to launch a major assault")."""
    head = token.head
    if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in IMPROBABLE:
        return True
    return (
        token.dep_ in ("xcomp", "dobj")
        and head.pos_ == "VERB"
        and lemma_of(head) in EXPECTATIONS
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in token.children
        )
    )


def _done_little(token) -> bool:
    """The act or the subject of "do little/nothing to ...": "the plan will do little to
    help the poor" (no help), "the sanctions have done nothing to stop the fighting" (the
    sanctions are judged, not imposed). The parser hangs the infinitive on "do" or on
    "nothing"."""
    if token.dep_ == "nsubj" and lemma_of(token.head) == "do":
        verb = token.head
    elif token.dep_ in ("advcl", "xcomp", "relcl", "acl") and to_infinitive(token):
        verb = token.head if token.head.lower_ not in load().little else token.head.head
    else:
        return False
    return lemma_of(verb) == "do" and any(
        c.dep_ == "dobj" and c.lower_ in load().little for c in verb.children
    )


def _noun_infinitive(verb) -> bool:
    """An infinitive that completes a noun ("the crisis sparked by Iraq's refusal to
    cooperate", "plans to withdraw"): told as its noun is told."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _lacking_means(verb) -> bool:
    """The purpose of means lacked, the infinitive on "lack" or on its object ("lacked the
    troops and the equipment to disarm the militias"): what could not be done, no act."""
    if verb.dep_ not in ("advcl", "acl", "xcomp") or not to_infinitive(verb):
        return False
    governor = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    return lemma_of(governor) in LACKING


def _topic(token) -> bool:
    """What talks are about ("discussed the withdrawal of Russian troops", "talks on a
    ceasefire", "negotiations over the release of the hostages"): a topic, no event."""
    if token.dep_ == "dobj" and lemma_of(token.head) in DISCUSSING:
        return True
    prep = token.head
    if (
        token.dep_ == "pobj"
        and prep.lower_ in ("on", "about")
        and lemma_of(prep.head) in load().commenting
    ):
        return True  # "declined to comment on the allegations"
    if (
        token.dep_ == "pobj"
        and prep.lower_ in ("on", "about", "over")
        and prep.head.pos_ == "VERB"
        and lemma_of(prep.head) in TALKING
    ):
        return True  # "spoke by telephone about the relief effort": what the call was about
    if token.dep_ != "pobj" or prep.lower_ not in ("on", "about", "over"):
        return False
    talks = [prep.head] if prep.head.pos_ == "NOUN" else []
    if prep.head.pos_ == "VERB":  # "held talks on Wednesday on a withdrawal": on the verb
        talks = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i]
    if lemma_of(prep.head) in load().focusing:  # "the talks are expected to focus on the release
        verb = prep.head  # of prisoners": the subject of the verb, or of the one above it
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "xcomp":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "acl":
            subjects = [verb.head]  # "The discussions centred on ..., a spokesman said"
        talks = subjects
    return any(t.lower_ in TALKS or lemma_of(t) in TALKS for t in talks)
