"""Whether a contact names its sides: two or more parties by nouns ("talks between the
government and the rebels"), a group subject ("the two leaders talked"), someone received."""

from __future__ import annotations

from wirecode.actors.words import GROUP_NOUNS, TITLE_LEMMAS
from wirecode.events.lexicon import Lexicon
from wirecode.events.trigger_words import (
    GOAL_PREPS,
    SUBCLAUSES,
    Trigger,
    actor_word,
    is_someone,
    prep_objects,
)


def _party_count(token, lex: Lexicon, *, counted: bool = False) -> int:
    """How many sides a word names: a plural party noun ("negotiators", "the two sides")
    two, a party noun or an actor word ("the government", "Norway") one, any other none.
    With `counted`, a plural names two sides only when a number says so ("the two men
    talked", not "the men talked on condition of anonymity")."""
    lemma = token.lemma_.lower()
    if lemma in lex.party_nouns and token.tag_ in ("NNS", "NNPS"):
        numbered = any(c.dep_ in ("nummod", "det") and c.lower_ in NUMBERED for c in token.children)
        return 2 if numbered or not counted else 1
    return 1 if lemma in lex.party_nouns or actor_word(token) or lemma in TITLE_LEMMAS else 0


NUMBERED = {"two", "both", "three", "four", "five", "all"}


def _several(token) -> bool:
    """Two or more of something that is no time: "the army and the guerrillas", "the
    factions" (not "between 10 and 12 May")."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    return bool(token.conjuncts) or token.tag_ in ("NNS", "NNPS")


PARTY_DEPS = ("nsubj", "nsubjpass", "poss", "dobj", "agent")


PARTY_PREPS = {"between", "with", "among", "by", "of"}  # "a summit of Arab leaders"


def names_two_parties(trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a contact names two or more sides by nouns, known by name or not: "the
    leaders of the two Koreas met", "negotiators from both sides held talks", "talks
    between the government and the rebels". Visits and requests are directed, and need
    their sides known; what is met must be someone ("the mediators met resistance")."""
    if trigger.event != "CONSULT" or trigger.mode == "visit":
        return False
    token = trigger.token
    if token.lemma_.lower() == "meet" and any(
        c.dep_ == "dobj" and not any(_party_count(t, lex) for t in (c, *c.conjuncts))
        for c in token.children
    ):
        return False  # "met the deadline", "met fierce resistance"
    words = []
    heads = {token, trigger.predicate}
    heads |= {c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    for head in heads:  # "mediated talks between Israel and Syria": the talks' sides too
        for child in head.children:
            if child.dep_ in PARTY_DEPS:
                words.append(child)
            elif child.dep_ in ("prep", "agent") and child.lower_ in PARTY_PREPS:
                objects = [o for o in child.children if o.dep_ == "pobj"]
                if child.lower_ in ("between", "among") and any(_several(o) for o in objects):
                    return True  # "between the army and the guerrillas": two sides by sense
                words += objects
    counted = token.pos_ == "VERB" and token.lemma_.lower() in lex.needs_partner  # "spoke"
    sides = (_party_count(t, lex, counted=counted) for w in words for t in (w, *w.conjuncts))
    return sum(sides) >= 2


def visits_places_told(trigger: Trigger, lex: Lexicon) -> bool:
    """A visit whose hosts are told by a plural noun of a side ("a week-long visit to four
    southern African countries", "a tour of three Gulf countries"): the host side is
    told though not known by name, as the sides of "talks between the government and the
    rebels" are."""
    if trigger.event != "CONSULT" or trigger.mode != "visit":
        return False
    token = trigger.token
    preps = GOAL_PREPS | ({"of"} if token.pos_ == "NOUN" else set())  # "a tour of"
    goals = prep_objects(token, preps) + prep_objects(trigger.predicate, GOAL_PREPS)
    return any(
        t.lemma_.lower() in lex.party_nouns and t.tag_ in ("NNS", "NNPS")
        for goal in goals
        for t in (goal, *goal.conjuncts)
    )


GROUP_SUBJECTS = GROUP_NOUNS | {"two"}  # "the leaders", "the pair", "the latter two"


def group_subject(verb) -> bool:
    """ "The two leaders talked", "the latter two spoke", "both sides conferred": a subject
    that stands for two or more people talks among itself ("... talked to reporters" does
    not, see the caller); so does a plural subject of two nationalities or bodies ("Indian
    and Pakistani envoys conferred")."""
    return any(
        c.dep_ == "nsubj" and (c.lower_ in GROUP_SUBJECTS or _of_two_sides(c))
        for c in verb.children
    )


def _of_two_sides(noun) -> bool:
    """A plural noun modified by two conjoined words: "Indian and Pakistani envoys"."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in noun.children
    )


def together(verb) -> bool:
    """Two or more people as the subject of a light verb: "Mubarak and Assad exchanged views",
    "the two leaders had dinner"."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in SUBCLAUSES | {"oprd"} for c in verb.children
    ):
        return False  # "Mubarak and Arafat made their views known"
    return any(
        c.dep_ == "nsubj" and is_someone(c) and (c.conjuncts or c.lower_ in GROUP_SUBJECTS)
        for c in verb.children
    )


def person_object(token) -> bool:
    """ "received Lula", "was received by Xi", "hosted his counterpart": the one received is
    someone, not a thing ("received a letter", "hosted a dinner", "received criticism")."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    deps = ("nsubjpass", "csubjpass") if passive else ("dobj",)
    return any(
        (c.dep_ in deps or c.dep_ == "oprd" and named_alone(c))
        and (is_someone(c) or passive and (_stands_for_someone(c) or _participle_of_someone(c)))
        for c in token.children
    )


def _stands_for_someone(pronoun) -> bool:
    """ "Arafat, who was received by Mubarak": a relative pronoun stands for the noun its
    clause modifies (the participants take that noun too)."""
    clause = pronoun.head
    return pronoun.lower_ in ("who", "that") and clause.dep_ == "relcl" and is_someone(clause.head)


def _participle_of_someone(subject) -> bool:
    """ "Visiting Chinese Defence Minister Chi Haotian was received by Chuan": a subject
    that opens with a participle the parser reads as a verb taking the name as object."""
    return subject.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "dobj" and is_someone(c) for c in subject.children
    )


def named_alone(oprd) -> bool:
    """A name read as what something is called, with nothing called it: the parser's
    reading of "Obama called British Prime Minister David Cameron" (no object, no passive
    subject), where the name is the one called ("called Xi a dictator" has its object)."""
    verb = oprd.head
    return (
        oprd.pos_ == "PROPN"
        and oprd.ent_type_ == "PERSON"
        and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children)
    )
