"""Where a contact is reported: trigger words and the clause they govern.

A trigger is a verb or noun of the lexicon (`data/contacts.yaml`) in a frame that makes it a
contact: "met", "held talks", "a phone call with", "visited", "arrived in", "calls for talks".
`find_triggers(sent, lex)` yields them; `scope(token)` gives the tokens a trigger governs
without descending into other clauses, which is where its participants and its date are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wirecode.actors.words import GROUP_NOUNS, TITLE_LEMMAS
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import MEDIUM_PREPS, time_clause, to_infinitive, verb_read_as_noun
from wirecode.nlp.views import columns

PERSON_WORDS = {
    "him",
    "her",
    "them",
    "counterpart",
    "counterparts",
    "leader",
    "leaders",
    "president",
    "minister",
    "chancellor",
    "premier",
    "envoy",
    "side",
    "sides",
    "pair",
    "presidents",
    "ministers",
    "king",
    "emir",
    "prince",
    "delegation",
    "delegations",
}
ACTOR_ENTS = {"PERSON", "GPE", "NORP", "ORG"}
OCCURRENCE = {
    "happen",
    "take",
    "occur",
    "hold",
    "proceed",
    "begin",
    "start",
    "end",
    "last",
}  # "the meeting will take place next Friday"

SUBCLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp"}
FRAMING_PREPS = {"since", "after", "before", "following", "amid", "despite", "during", "until"}
ARRIVAL_PREPS = {"in", "to", "into", "at", "for"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
GOAL_PREPS = {"to", "into", "toward", "towards"}  # "went to Cairo", not "went to vote in Cairo"
CONTACT_PREPS = {"with", "to", "between"}


@dataclass(frozen=True, slots=True)
class Trigger:
    token: object  # spaCy Token
    event: str  # CONSULT | REQUEST
    mode: str | None
    predicate: object  # the verb that carries tense and subject (a light verb for nouns)
    anaphoric: bool = False  # "the call", "Wednesday's call": may refer back


def scope(token, *, keep: frozenset[str] = frozenset()) -> set[int]:
    """Token indices governed by `token`, not descending into subordinate clauses."""
    found = {token.i}
    stack = list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ in SUBCLAUSES and child.dep_ not in keep:
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue  # "arrived at the Vatican and was seated not far from Macron"
        if child.dep_ == "prep" and child.lower_ in FRAMING_PREPS:
            continue  # "since the start of Russia's invasion" frames, it does not take part
        found.add(child.i)
        stack.extend(child.children)
    return found


def has_prep(token, preps: set[str]) -> bool:
    return any(c.dep_ in ("prep", "agent") and c.lower_ in preps for c in token.children)


def prep_objects(token, preps: set[str]) -> list:
    return [
        obj
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for obj in c.children
        if obj.dep_ == "pobj"
    ]


def actor_word(token) -> bool:
    """A proper name, or a pronoun or role noun that can stand for one ("him", "his
    counterpart", "the two leaders"); "reporters" and "criticism" cannot."""
    if token.lower_ in ("side", "sides") and _sides_of_a_thing(token):
        return False  # "saw both sides of that argument", "the other side of the border"
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ACTOR_ENTS
        or token.lower_ in PERSON_WORDS
        or token.lemma_.lower() in TITLE_LEMMAS  # "the security chiefs", "the secretary"
    )


def _sides_of_a_thing(side) -> bool:
    """ "Both sides of the argument", "either side of the border": the sides of a thing that
    has aspects or banks, not parties (the sides of a conflict or of the talks are)."""
    return any(o.lemma_.lower() in SIDED_THINGS for o in prep_objects(side, {"of"}))


# things whose sides are aspects or places, not parties to a contact
SIDED_THINGS = {
    "argument",
    "debate",
    "issue",
    "story",
    "question",
    "coin",
    "equation",
    "border",
    "frontier",
    "road",
    "street",
    "river",
    "line",
    "aisle",
}


# prepositions of what a phrase is about: their objects are its topic, not someone in it
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def _names_someone(tokens) -> bool:
    """Some word under `tokens` is an actor word, a topic's aside ("spoke with confidence
    about Xi" names no one spoken with)."""
    return any(actor_word(t) for tok in tokens for t in _without_topics(tok))


def _without_topics(token):
    """The words of a phrase, less those of its topic phrases ("about Xi")."""
    yield token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            continue
        yield from _without_topics(child)


def _is_someone(token) -> bool:
    """The word itself names an actor ("Lula", "his counterpart", "the Hamas delegation"),
    or one of its conjuncts does; "a letter from Putin" or "criticism" does not."""
    return any(actor_word(t) for t in (token, *token.conjuncts))


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


def _group_subject(verb) -> bool:
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


TIME_NOUNS = {"day", "week", "month", "year", "time", "hour", "minute", "night", "morning"}


def _names_as(verb) -> bool:
    """ "called Xi a dictator": the verb names someone as something; whatever the parse made
    of it, a name followed by an indefinite noun phrase ("a friend", "an ally", not "a day
    later" or "a second time") right after the verb."""
    doc, i = verb.doc, verb.i + 1
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return False
    while i < len(doc) and doc[i].pos_ == "PROPN":
        i += 1  # the name
    if i >= len(doc) or doc[i].lower_ not in ("a", "an"):
        return False
    phrase = list(doc[i + 1 : i + 5])
    nouns = [t for t in phrase if t.pos_ == "NOUN"]
    return bool(nouns) and nouns[0].lemma_.lower() not in TIME_NOUNS


NAMING_WORDS = 6  # at most this many words between quotation marks name what is called so


def _names_in_quotes(verb) -> bool:
    """ "Called China's veto \"despicable\"", "called the talks 'a farce'": a few words
    quoted after the verb's object, with no verb among them, are what it is called (the
    parser may hang them anywhere in the object's phrase); not quoted words in a clause of
    the verb's or a phrase of its own preposition ("to discuss the \"ceasefire\"", "about
    the \"ceasefire\"")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    doc, after = verb.doc, objects[0].i  # after the object's noun: not "the \"G20\" group"
    topics = {t.i for c in verb.children if c.dep_ == "prep" for t in c.subtree}
    marks = sorted(i for i in scope(verb) - topics if i > after and doc[i].is_quote)
    return any(
        0 < end - start - 1 <= NAMING_WORDS
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[start + 1 : end])
        for start, end in zip(marks, marks[1:], strict=False)
    )


def _person_object(token) -> bool:
    """ "received Lula", "was received by Xi", "hosted his counterpart": the one received is
    someone, not a thing ("received a letter", "hosted a dinner", "received criticism")."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    deps = ("nsubjpass", "csubjpass") if passive else ("dobj",)
    return any(
        (c.dep_ in deps or c.dep_ == "oprd" and _named_alone(c))
        and (_is_someone(c) or passive and (_stands_for_someone(c) or _participle_of_someone(c)))
        for c in token.children
    )


def _stands_for_someone(pronoun) -> bool:
    """ "Arafat, who was received by Mubarak": a relative pronoun stands for the noun its
    clause modifies (the participants take that noun too)."""
    clause = pronoun.head
    return pronoun.lower_ in ("who", "that") and clause.dep_ == "relcl" and _is_someone(clause.head)


def _participle_of_someone(subject) -> bool:
    """ "Visiting Chinese Defence Minister Chi Haotian was received by Chuan": a subject
    that opens with a participle the parser reads as a verb taking the name as object."""
    return subject.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "dobj" and _is_someone(c) for c in subject.children
    )


def request_object(token, lex: Lexicon):
    """The contact noun a request verb asks for: "called for talks", "requested a conversation"
    (not "pushed forward the talks": advancing them; nor "called off the visit")."""
    if any(
        c.dep_ in ("advmod", "prt") and c.lower_ in lex.advancing | lex.ending
        for c in token.children
    ):
        return None  # "pushed forward the talks", "called off the visit"
    if token.lemma_.lower() == "call" and _names_in_quotes(token):
        return None  # "called the talks \"a failure\"": named so, not asked for
    inviting = token.lemma_.lower() in lex.inviting
    asked_to = ("for", "to") if inviting else ("for",)
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.request_objects:
            return child
        if child.dep_ == "prep" and child.lower_ in asked_to:  # "invited Xi to talks"
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in lex.request_objects:
                    return obj
                if obj.dep_ == "pobj" and inviting and child.lower_ == "to" and _a_place(obj):
                    return obj  # "invited Xi to Ukraine": to visit it
        if (
            token.pos_ == "NOUN"
            and child.dep_ in ("acl", "relcl")
            and _is_contact_verb(child, lex)
            and (inviting or child.dep_ == "acl" and to_infinitive(child) and _with_someone(child))
        ):
            return child  # "an invitation to visit Washington", "his request to meet Xi"
    return None


def holding_clause(noun, lex: Lexicon):
    """A relative clause of holding, with a subject of its own, whose object is the contact
    noun it modifies: "the meeting Xi had with Putin on Monday", "the talks that Suleiman
    held with opposition leaders" (not "his visit in March, when he held talks with Biden":
    that clause holds talks of its own)."""
    if noun.pos_ != "NOUN":
        return None
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in lex.light_verbs:
            continue
        if any(c.dep_ in ("dobj", "advmod") for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children):
            return clause
    return None


def _a_place(token) -> bool:
    """A place by name: "Ukraine", "the White House"."""
    return token.ent_type_ in ("GPE", "LOC", "FAC")


def _asked_to_meet(token, lex: Lexicon) -> bool:
    """ "asked Putin to receive him", "invited Erdogan to visit": a request for a contact
    (the verb asked for is one by itself: not "urged Syria to stop the violence")."""
    has_object = any(c.dep_ == "dobj" for c in token.children)
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and not time_clause(c)  # "urged Xi to act when they meet": when, not what is asked
        and (_is_contact_verb(c, lex) or _holds_a_contact(c, lex))
        and (has_object or _with_someone(c))  # "asked to speak with Xi": the asker's own
        for c in token.children
    )


def partner_phrases(verb) -> list:
    """The phrases of a contact verb that name the one it is with: its object and its "with",
    "to" or "between" ("to meet Putin", "to speak with Xi")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in CONTACT_PREPS
    ]


def _with_someone(verb) -> bool:
    """A contact verb that names the one it is with: "to speak with Xi", "to meet Putin"."""
    return _names_someone(partner_phrases(verb))


def _holds_a_contact(verb, lex: Lexicon) -> bool:
    """A light verb with a contact noun for object: "(invited Modi) to attend the summit",
    "(asked Iran) to join the talks"."""
    return light_verb(verb, lex) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.consult_nouns for c in verb.children
    )


def _asked_to_mediate(token, lex: Lexicon) -> bool:
    """ "asked Algeria to mediate between ...": the one asked is to meet others, not the one
    asking; an appeal for mediation (CAMEO 028), no request for talks."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and lex.consult_verbs.get(c.lemma_.lower()) == "third-party"
        for c in token.children
    )


def is_requested(noun, lex: Lexicon) -> bool:
    """True when a contact noun is what someone asks for ("calls for talks", "a request for
    a call")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "to"):
        head = head.head
    asking = lex.request_verbs | lex.request_nouns
    asked_for = request_object(head, lex) if head.lemma_.lower() in asking else None
    return asked_for is not None and asked_for.i == noun.i


def _noun_request(token, lex: Lexicon) -> Trigger | None:
    """A noun of asking for a contact is a request for it: "Zelensky's request for a call
    with Xi", "renewed his call for talks with the Chinese president", "an invitation to
    talks"; made by the subject of the verb that makes it when the noun names no one ("made
    a request for talks with Xi")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.request_nouns:
        return None
    if request_object(token, lex) is None:
        return None
    predicate = token
    made = token.dep_ == "dobj" and token.head.lemma_.lower() in lex.request_making
    if made and not any(  # "extended an invitation to Qin": "to" names the one asked
        c.dep_ in ("poss", "prep") and c.lower_ not in ("for", "to") for c in token.children
    ):
        predicate = token.head
    return Trigger(token, "REQUEST", "meet", predicate)


def _verb_trigger(token, lex: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if lemma in lex.request_verbs and lemma != "want":
        if request_object(token, lex) is not None or (
            _asked_to_meet(token, lex) and not _asked_to_mediate(token, lex)
        ):
            return Trigger(token, "REQUEST", "meet", token)
    if lemma not in lex.consult_verbs:
        return None
    if token.tag_ == "VBG" and _visiting_partner(token, lex):
        return None  # "met with visiting Lebanese Prime Minister Hariri": the meeting is told
    if (
        token.dep_ in ("xcomp", "ccomp", "advcl")
        and token.head.lemma_.lower() in (lex.request_verbs - {"want"})
        and _asked_to_meet(token.head, lex)
    ):
        return None  # the contact asked for is no contact yet
    if token.dep_ in ("acl", "relcl") and _noun_request(token.head, lex) is not None:
        asked_for = request_object(token.head, lex)
        if asked_for is not None and asked_for.i == token.i:
            return None  # "renewed his request to meet Xi": asked for, not held
    if not _is_contact_verb(token, lex):
        return None
    mode = lex.consult_verbs[lemma]
    if mode == "third-party" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.consult_nouns for c in token.children
    ):
        mode = "meet"  # "the summit brought together Barak and Arafat": no go-between
    return Trigger(token, "CONSULT", mode, token)


def _visiting_partner(participle, lex: Lexicon) -> bool:
    """ "Visiting" before the one met, read as a gerund after "with" ("met with visiting
    Prime Minister Hariri"): it tells who came, the contact is the meeting, no visit of its
    own (the parser's other reading, an adjective, is no trigger of any kind)."""
    head = participle.head
    contact = head.head
    return (
        participle.dep_ == "pcomp"
        and head.lower_ == "with"
        and (contact.lemma_.lower() in lex.consult_verbs or contact.lower_ in lex.consult_nouns)
    )


def _named_alone(oprd) -> bool:
    """A name read as what something is called, with nothing called it: the parser's
    reading of "Obama called British Prime Minister David Cameron" (no object, no passive
    subject), where the name is the one called ("called Xi a dictator" has its object)."""
    verb = oprd.head
    return (
        oprd.pos_ == "PROPN"
        and oprd.ent_type_ == "PERSON"
        and not any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in verb.children)
    )


def _rang_to(call, clause) -> bool:
    """ "Called X to V" with no "on": X was rung up for the caller to do V ("Kohl called
    Yeltsin to congratulate him", "Obama called Mubarak to urge restraint"); "called on China
    to act" asks China to act."""
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ == "dobj" and actor_word(c) for c in call.children)
        and not any(c.dep_ == "prep" and c.lower_ == "on" for c in call.children)
    )


def _is_contact_verb(token, lex: Lexicon) -> bool:
    """Whether a verb of contact is used as one: "called Erdogan", "spoke with Putin",
    "stopped over in Ireland", "travelled to Moscow"; not "called on China to act", "spoke
    to reporters", "stopped the war", "travelled widely"."""
    lemma = token.lemma_.lower()
    if lemma not in lex.consult_verbs:
        return False
    mode = lex.consult_verbs[lemma]
    if lemma == "call" and any(
        c.dep_ == "ccomp"
        or c.dep_ == "xcomp"
        and not _rang_to(token, c)
        or c.dep_ == "oprd"
        and not _named_alone(c)
        for c in token.children
    ):
        return False  # "called the invasion a war", "called on China to act"
    if lemma == "call" and _appeal(token, lex):
        return False  # "called for talks", "called on Beijing"; not "called him on Monday"
    if lemma == "call" and (_names_as(token) or _names_in_quotes(token)):
        return False  # "called Xi a dictator", "called the veto \"despicable\""
    if any(
        c.dep_ == "prt" and c.lower_ in lex.other_particles.get(lemma, ()) for c in token.children
    ):
        return False  # "spoke out against the regime": said in public, with no one
    if lemma in lex.particles and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in lex.particles[lemma] for c in token.children
    ):
        return False  # "stopped over in", "sat down with", "brought together"; not "stopped"
    if lemma in lex.required_objects and not any(
        c.dep_ == "dobj" and c.lower_ in lex.required_objects[lemma] for c in token.children
    ):
        return False  # "shook hands with Modi"; not "the crisis shook the region"
    if mode == "third-party" and any(
        c.dep_ == "nsubj"
        and c.pos_ != "PRON"  # "said it would mediate"
        and not _is_someone(c)
        and c.lemma_.lower() not in lex.party_nouns
        and c.lemma_.lower() not in lex.consult_nouns  # "the summit brought together"
        for c in token.children
    ):
        return False  # "ferries shuttled between Dover and Calais": no go-between
    if lemma in lex.needs_partner and _purpose_of_contact(token, lex):
        return False  # "met Putin to discuss trade": the meeting's purpose, no second contact
    if lemma in lex.needs_partner:
        # "spoke with Putin", "spoke by phone", "Biden and Putin have not spoken" — not
        # "spoke to reporters"
        partners = prep_objects(token, CONTACT_PREPS) + _partners_by_topic(token, lex)
        by_phone = has_prep(token, BY_PHONE_PREPS)
        together = any(
            c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in token.children
        ) and not any(
            o.lemma_.lower() in lex.unison_nouns for o in prep_objects(token, {"with", "in"})
        )
        among = _group_subject(token) and not (partners and not _names_someone(partners))
        met = lemma in lex.partner_objects and _person_object(token)  # "consulted Mubarak"
        if not ((partners and _names_someone(partners)) or by_phone or together or among or met):
            return False
    if lemma in lex.needs_person_object and not _person_object(token):
        return False  # "received a letter from Putin"; "received a call from" is the noun's
    if lemma in lex.bare_objects and (
        _says_of_object(token)
        or any(o.lemma_.lower() in lex.media_nouns for o in prep_objects(token, {"on", "in"}))
    ):
        return False  # "saw Iran as a threat", "saw Putin winning", "saw Yeltsin on television"
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in token.children):
        # "remarks were met with criticism"; "Arafat was met at the airport by Mubarak" is
        # a meeting
        return _person_object(token) and any(_is_someone(o) for o in prep_objects(token, {"by"}))
    if mode == "visit" and lemma != "visit" and lemma != "tour":
        if not has_prep(token, ARRIVAL_PREPS):
            return False
        if lemma in lex.place_goals and not any(
            o.ent_type_ in PLACE_ENTS or _is_someone(o) for o in prep_objects(token, GOAL_PREPS)
        ):
            return False  # "went to Cairo"; not "went to war with Lebanon", "went to the polls"
    return True


# nouns whose own "with" names the other side of what they are: "discussed relations with
# Iran" talks about Iran, not with it
RELATIONAL_TOPICS = {
    "relation",
    "relations",
    "tie",
    "ties",
    "link",
    "links",
    "contact",
    "contacts",
    "cooperation",
    "trade",
    "talks",
    "negotiation",
    "negotiations",
    "agreement",
    "accord",
    "deal",
    "treaty",
    "dispute",
    "conflict",
    "war",
    "border",
    "problem",
    "problems",
    "difference",
    "differences",
    "peace",
    "dialogue",
    "partnership",
    "alliance",
}


def _partners_by_topic(verb, lex: Lexicon) -> list:
    """The partners of a verb whose object is its topic, where the parser hangs them on the
    object or on a noun of its phrase: "discussed the peace process with King Hussein",
    "discussed the situation in Bosnia with Kohl" (not "discussed relations with Iran",
    where "with" belongs to the topic)."""
    if verb.lemma_.lower() not in lex.topic_objects:
        return []
    nouns = [d for d in verb.children if d.dep_ == "dobj"]
    partners = []
    while nouns:  # down the topic's chain of nouns and prepositions, no clause entered
        noun = nouns.pop()
        if noun.lemma_.lower() in RELATIONAL_TOPICS:
            continue
        partners += prep_objects(noun, {"with"})
        nouns += [o for o in prep_objects(noun, {"in", "of", "on", "over"})]
    return partners


def _says_of_object(verb) -> bool:
    """The verb says something of its object ("saw Iran as a threat", "saw Putin winning",
    "saw Arafat's forces retreat")."""
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children
    ):
        return True
    return any(
        c.dep_ == "dobj" and any(g.dep_ in SUBCLAUSES for g in c.children) for c in verb.children
    )


def _purpose_of_contact(verb, lex: Lexicon) -> bool:
    """A purpose infinitive of a meeting or call ("met Putin to discuss trade", "held talks
    to discuss the border"); the purpose of a journey ("flew to Moscow to talk with Putin")
    is the contact at its end."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not to_infinitive(verb) or head.pos_ != "VERB":
        return False
    if lex.consult_verbs.get(head.lemma_.lower(), "visit") != "visit":
        return _is_contact_verb(head, lex)
    return any(
        c.dep_ == "dobj" and lex.consult_nouns.get(c.lemma_.lower(), "visit") != "visit"
        for c in head.children
    )


def _aim_of_a_journey(noun, lex: Lexicon) -> bool:
    """A contact noun that the purpose clause of a journey acts on ("arrived in Cairo to try to
    revive the stalled talks between Israel and the Palestinians", "flew to Oslo to salvage
    the negotiations"): what the visit is for, no contact of its own. Talks the traveller
    holds there stay: held by a light verb ("to hold talks with") or with a partner of
    their own ("to resume talks with Assad")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or prep_objects(noun, {"with"}):
        return False
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "advcl") or not to_infinitive(verb):
            return False
        verb = verb.head
        if verb.pos_ == "VERB" and lex.consult_verbs.get(verb.lemma_.lower(), "") == "visit":
            return _is_contact_verb(verb, lex)
        if any(
            c.dep_ == "dobj" and lex.consult_nouns.get(c.lemma_.lower(), "") == "visit"
            for c in verb.children
        ):
            return True  # "made a trip to Cairo to revive the talks"
    return False


BY_PHONE_PREPS = frozenset({"by", "over", "via"})


def _done_by_phone(noun, lex: Lexicon):
    """The verb a phone cue tells the means of, when it is done to someone ("congratulated
    Macron by phone", "told Putin by telephone that ...", "briefed Kuleba over the phone"): a
    call between them. A verb of contact or request is its own trigger ("spoke by phone",
    "asked by phone for talks"); "urged Putin by phone to extend the deal" is a call."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in BY_PHONE_PREPS or verb.pos_ != "VERB":
        return None
    if noun.lower_ not in lex.mode_cues["phone"] or noun.lemma_.lower() in lex.consult_nouns:
        return None  # "by videoconference": a contact noun is its own trigger
    if verb.lemma_.lower() in lex.consult_verbs or _verb_trigger(verb, lex) is not None:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    partners = objects + prep_objects(verb, {"with"})
    return verb if any(_leader_word(p) for p in partners) else None


def _leader_word(token) -> bool:
    """A person or state, by name or title ("Macron", "his counterpart", "Kyiv"); not a firm
    or an agency ("a rebel spokesman told Reuters by telephone": an interview, no contact)."""
    if token.ent_type_ in ("PERSON", "GPE"):
        return True
    return token.ent_type_ == "" and (
        token.lower_ in PERSON_WORDS or token.lemma_.lower() in TITLE_LEMMAS
    )


def _noun_trigger(token, lex: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    means = _done_by_phone(token, lex)
    if means is not None:
        return Trigger(token, "CONSULT", "phone", means)
    text = token.lower_
    if text == "talks":
        lemma = "talks"
    if lemma not in lex.consult_nouns and lemma not in lex.held_nouns or is_requested(token, lex):
        return None
    if lemma in lex.modified_nouns and not any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.modified_nouns[lemma]
        for c in token.children
    ):
        return None  # "shuttle diplomacy between X and Y"; not "quiet diplomacy"
    if token.dep_ == "dobj" and lex.consult_verbs.get(token.head.lemma_.lower()) == "third-party":
        return None  # "mediated talks between X and Y": one mediation, with the talks' sides
    predicate = token
    held = _counted_by(token, lex) or token  # "held a new round of talks": the round is held
    # a counted stretch read as the verb's adverb is its object too ("wound up two days of
    # talks": the parser takes "two days" for a time)
    counted = held.i != token.i and held.dep_ == "npadvmod"
    if (held.dep_ in ("dobj", "attr", "nsubjpass") or counted) and light_verb(held.head, lex):
        predicate = held.head
    elif held.dep_ == "nsubj" and happening(held.head, lex):
        predicate = held.head  # "talks took place between Putin and Kim on Monday"
    if prospect(held, lex):
        return None  # "opened the way for talks": made possible, not held or planned
    if lemma in lex.held_nouns and predicate.i == token.i:
        return None  # "after the negotiations": the PLOVER lexicon's
    if predicate.i == token.i and _aim_of_a_journey(token, lex):
        return None  # "arrived in Cairo to try to revive the talks": the visit is the contact
    mode = lex.consult_nouns.get(lemma)
    if lemma in ("talks", *lex.held_nouns) and predicate.lemma_ in ("hold", "conduct", "have"):
        mode = "meet"  # "held talks": in person unless a phone cue says otherwise
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    anaphoric = bool(determiners & {"the", "this", "that", "their", "its", "no"}) or any(
        c.dep_ in ("poss", "compound")
        and c.ent_type_ in ("DATE", "TIME")
        and not any(n.dep_ == "nummod" for n in c.children)  # "a three-day visit": how long
        for c in token.children
    )  # "the call", "Wednesday's call": the contact the text already reported
    if text == "talk" and _speech_about(token):
        return None  # "talk of a rift", "there is talk that": speech about, not a talk held
    if lemma == "call" and predicate.lemma_.lower() == "pay":
        mode = "visit"  # "paid a courtesy call on the king": a visit, no appeal
    elif lemma == "call" and _appeal(token, lex):
        return None  # "a call for NATO backing", "the call on China to act": an appeal
    if lemma in lex.object_nouns and predicate.i == token.i:
        return None  # "played host to Arafat", "exchanged views with"; not "the host country"
    if lemma in lex.partner_nouns:
        preps = set(lex.partner_nouns[lemma])
        partners = prep_objects(predicate, preps) + prep_objects(token, preps)
        if predicate.i != token.i:  # "gave Macron a warm welcome": the one it is given to
            for c in predicate.children:  # "gave a warm welcome to Macron": a dative "to"
                if c.dep_ == "dative":
                    partners += [o for o in c.children if o.dep_ == "pobj"] or [c]
        if not any(_is_someone(o) for o in partners) and (partners or not _together(predicate)):
            return None  # "had dinner with Assad"; not "a dinner for business leaders"
    if lemma == "call" and predicate.i == token.i and not anaphoric:
        cues = {c.lemma_.lower() for c in token.children}
        # "told Zelensky in a call on Monday": the call an act addressed to someone is done in
        partnered = has_prep(token, CONTACT_PREPS) or addressed_in(token, lex)
        if not (cues & lex.mode_cues["phone"] or partnered):
            return None
    return Trigger(token, "CONSULT", mode, predicate, anaphoric)


MAX_HOPS = 2  # nouns of other phrases between a contact and the act said in it


def addressed_in(contact, lex: Lexicon) -> set[int]:
    """The one a verb addresses in the contact it is said in, a contact with no partner of
    its own: "Xi told Zelensky in a phone call that ...", "Biden warned Xi during their
    talks", "Putin thanked Lula in a call" (the object is the other side); also the one
    thanked for it ("Zelensky thanked Xi for the phone call on Wednesday")."""
    prep = contact.head
    if contact.dep_ != "pobj" or has_prep(contact, {"with"}):
        return set()
    if prep.lower_ not in MEDIUM_PREPS and not thanked_for(contact, lex):
        return set()
    verb = prep.head
    for _ in range(MAX_HOPS):
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            break
        # "invited Zelensky to the summit in a phone call": the parser hangs the call on the
        # summit, but a thing is not said in a call; the act is
        verb = verb.head.head
    if verb.pos_ != "VERB":
        return set()
    # "told Zelensky in a call", "In a call on Monday, Biden told Zelensky"
    before = prep.i < verb.i
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "dative") and (c.i < prep.i or before)
    ]
    return {t.i for o in objects if actor_word(o) for t in o.subtree}


def thanked_for(contact, lex: Lexicon) -> bool:
    """A contact someone is thanked or praised for: "Zelensky thanked Xi for the phone call
    on Wednesday" (the thanker and the one thanked are its sides)."""
    prep = contact.head
    return (
        contact.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in lex.thanking_verbs
    )


def _speech_about(noun) -> bool:
    """The bare singular "talk" as speech about something: "talk of a rift", "talk about a
    deal", "there was talk that he would resign"; not one held ("a talk", "their talk",
    "Xi-Zelenskyy Talk", a headline's "Blair, Chirac talk Iraq"); "all the talk" and "the
    talk is of new initiatives" are speech too."""
    head = noun.head
    owned = any(c.dep_ == "poss" for c in noun.children)  # "their talk was about Ukraine"
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and has_prep(head, {"of", "about"}):
        return not owned  # "all the talk now is of new initiatives"
    if any(c.dep_ == "predet" and c.lower_ == "all" for c in noun.children):
        return True
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "about") or c.dep_ in ("acl", "ccomp")
        for c in noun.children
    ) or any(c.dep_ == "expl" for c in noun.head.children)


def _together(verb) -> bool:
    """Two or more people as the subject of a light verb: "Mubarak and Assad exchanged views",
    "the two leaders had dinner"."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in SUBCLAUSES | {"oprd"} for c in verb.children
    ):
        return False  # "Mubarak and Arafat made their views known"
    return any(
        c.dep_ == "nsubj" and _is_someone(c) and (c.conjuncts or c.lower_ in GROUP_SUBJECTS)
        for c in verb.children
    )


def light_verb(verb, lex: Lexicon) -> bool:
    """A verb that holds the contact noun it takes: "held talks", "opened negotiations",
    "wound up two days of talks"."""
    lemma = verb.lemma_
    for c in verb.children:
        if c.dep_ == "prt":
            lemma = lex.particle_lemmas.get((verb.lower_, c.lower_), lemma)
    return lemma in lex.light_verbs or (
        verb.pos_ == "VERB" and verb.lemma_.lower() in lex.opening_verbs
    )


def happening(verb, lex: Lexicon) -> bool:
    """A verb that tells its subject happened: "took place", "began", "resumed", "ended";
    with an object it tells what the subject did ("the meeting opened the way for talks")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lex.happening_verbs:
        return False
    objects = [c.lower_ for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    return objects == ["place"] if lemma == "take" else not objects


def prospect(noun, lex: Lexicon) -> bool:
    """A contact that something clears the way for ("opened the way for talks", "paved the
    way for a summit", "opened the door to talks", "the road to a meeting")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    owner = prep.head
    return owner.lemma_.lower() in lex.prospect_nouns or (
        owner.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.prospect_nouns for c in owner.children)
    )


def _counted_by(noun, lex: Lexicon):
    """The noun that counts a contact noun after "of" ("a new round of talks", "three days
    of talks"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    counter = prep.head
    return counter if counter.lemma_.lower() in lex.counting_nouns else None


def _appeal(call, lex: Lexicon) -> bool:
    """A call for something or on someone ("for NATO backing", "on China to act"); not a
    call on a day ("a call on Monday"), nor a call by phone ("during a phone call on
    Thursday for the new aid package": the parser may hang the thanks' "for" on it)."""
    if any(
        c.dep_ in ("compound", "amod") and c.lower_ in lex.mode_cues["phone"] for c in call.children
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "on")
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
        for c in call.children
    )


def find_triggers(sent, lex: Lexicon) -> Iterator[Trigger]:
    """Contact triggers in a sentence, in order."""
    pos = columns(sent.doc).pos
    for i in range(sent.start, sent.end):
        if pos[i] not in ("VERB", "NOUN", "PROPN", "ADJ"):  # no `Token` for the other words
            continue
        token = sent.doc[i]
        if token.pos_ == "ADJ" and _adjective_as_noun(token, lex):
            trigger = _noun_trigger(token, lex)  # "held a bilateral with Albanese"
        elif token.pos_ == "ADJ":
            trigger = _due_at(token, lex)
        elif token.pos_ == "VERB" or verb_read_as_noun(token):
            trigger = _verb_trigger(token, lex)
        elif token.pos_ in ("NOUN", "PROPN"):
            trigger = _noun_request(token, lex) or _noun_trigger(token, lex)
        else:
            trigger = None
        if trigger is not None:
            yield trigger


def _adjective_as_noun(adjective, lex: Lexicon) -> bool:
    """A contact noun the tagger reads as an adjective, heading a noun phrase of its own:
    "held a bilateral with Albanese" (not "bilateral talks", where the noun is "talks")."""
    return adjective.lemma_.lower() in lex.consult_nouns and adjective.dep_ in (
        "dobj",
        "pobj",
        "nsubj",
        "nsubjpass",
    )


def _due_at(adjective, lex: Lexicon) -> Trigger | None:
    """ "Macron is due in Beijing next week", "is due at the White House on Friday": one
    due at a place is to arrive there, a visit ahead, as "arrives in Beijing" is one made
    ("due to meet Xi" is the verb's, "due for talks" the noun's; "the payment is due in
    March" has no place)."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or adjective.lower_ not in lex.arrival_adjectives:
        return None
    if verb.lemma_ != "be":
        return None
    places = prep_objects(verb, ARRIVAL_PREPS) + prep_objects(adjective, ARRIVAL_PREPS)
    if not any(p.ent_type_ in PLACE_ENTS for p in places):
        return None
    return Trigger(adjective, "CONSULT", "visit", verb)


def governing_verb(token):
    """The verb whose clause holds a trigger: "expressed its stance in a phone call" →
    expressed; "swept into Ukraine on February 20 to meet Zelensky" → swept."""
    current = token
    for _ in range(4):
        purpose = current.dep_ in ("xcomp", "advcl") and to_infinitive(current)
        happens = current.dep_ in ("nsubj", "nsubjpass") and (
            current.head.lemma_ in OCCURRENCE or current.pos_ in ("NOUN", "PROPN")
        )
        # "the meeting will take place next Friday"; "Modi's trip last week drew criticism"
        if (
            current.dep_ not in ("pobj", "prep", "dobj", "attr", "appos", "npadvmod")
            and not purpose
            and not happens
        ):
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def mode_of(trigger: Trigger, tokens, lex: Lexicon) -> str | None:
    """The trigger's own mode, refined by cue words in its scope ("held phone talks")."""
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    lemmas.discard(trigger.token.lemma_.lower())
    if trigger.event == "REQUEST":
        return "meet"
    if trigger.mode in (None, "meet") and lemmas & lex.mode_cues["phone"]:
        return "phone"
    if trigger.mode is None and lemmas & lex.mode_cues["visit"]:
        return "visit"
    return trigger.mode
