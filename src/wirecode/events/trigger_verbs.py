"""Whether a verb of contact is used as one: "called Erdogan", "spoke with Putin", "travelled
to Moscow"; not "called on China to act", "spoke to reporters", "called Xi a dictator"."""

from __future__ import annotations

from wirecode.events.lexicon import Lexicon
from wirecode.events.trigger_parties import group_subject, named_alone, person_object
from wirecode.events.trigger_words import (
    ARRIVAL_PREPS,
    CONTACT_PREPS,
    GOAL_PREPS,
    PLACE_ENTS,
    SUBCLAUSES,
    actor_word,
    has_prep,
    is_someone,
    names_someone,
    prep_objects,
    scope,
)
from wirecode.events.verb_forms import to_infinitive


def is_contact_verb(token, lex: Lexicon) -> bool:
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
        and not named_alone(c)
        or c.dep_ == "prep"
        and c.lower_ == "as"
        and any(o.dep_ in ("pobj", "amod", "acomp") for o in c.children)
        for c in token.children
    ):
        return False  # "called the invasion a war", "on China to act", "NATO as irrelevant"
    if lemma == "call" and appeal(token, lex):
        return False  # "called for talks", "called on Beijing"; not "called him on Monday"
    if lemma == "call" and (_names_as(token) or names_in_quotes(token)):
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
        and not is_someone(c)
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
        among = group_subject(token) and not (partners and not names_someone(partners))
        met = lemma in lex.partner_objects and person_object(token)  # "consulted Mubarak"
        if not ((partners and names_someone(partners)) or by_phone or together or among or met):
            return False
    if lemma in lex.needs_person_object and not person_object(token):
        return False  # "received a letter from Putin"; "received a call from" is the noun's
    if lemma in lex.bare_objects and (
        _says_of_object(token)
        or any(o.lemma_.lower() in lex.media_nouns for o in prep_objects(token, {"on", "in"}))
    ):
        return False  # "saw Iran as a threat", "saw Putin winning", "saw Yeltsin on television"
    if lemma == "see" and any(c.dep_ == "auxpass" for c in token.children):
        return False  # "for them to be seen commenting on air strikes": perceived, not met
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in token.children):
        # "remarks were met with criticism"; "Arafat was met at the airport by Mubarak" is
        # a meeting
        return person_object(token) and any(is_someone(o) for o in prep_objects(token, {"by"}))
    if mode == "visit" and lemma != "visit" and lemma != "tour":
        if not has_prep(token, ARRIVAL_PREPS):
            return False
        if any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not is_someone(c) for c in token.children):
            return False  # "to fly chartered jets between Djerba and Cairo": carried, not gone
        if lemma in lex.place_goals and not any(
            o.ent_type_ in PLACE_ENTS or is_someone(o) for o in prep_objects(token, GOAL_PREPS)
        ):
            return False  # "went to Cairo"; not "went to war with Lebanon", "went to the polls"
    return True


def _rang_to(call, clause) -> bool:
    """ "Called X to V" with no "on": X was rung up for the caller to do V ("Kohl called
    Yeltsin to congratulate him", "Obama called Mubarak to urge restraint"); "called on China
    to act" asks China to act."""
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ == "dobj" and actor_word(c) for c in call.children)
        and not any(c.dep_ == "prep" and c.lower_ == "on" for c in call.children)
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


def names_in_quotes(verb) -> bool:
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


def appeal(call, lex: Lexicon) -> bool:
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
    "saw Arafat's forces retreat", "never seen Egypt like this")."""
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
        or c.dep_ == "prep"
        and c.lower_ in ("as", "like")
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
        return is_contact_verb(head, lex)
    return any(
        c.dep_ == "dobj" and lex.consult_nouns.get(c.lemma_.lower(), "visit") != "visit"
        for c in head.children
    )


BY_PHONE_PREPS = frozenset({"by", "over", "via"})


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
