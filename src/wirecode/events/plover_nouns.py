"""Nouns that report a PLOVER event: "staged demonstrations", "a hunger strike".

`noun_candidate` codes a noun of the lexicon, a compound or "X of Y" phrase, a request
with what it asks for ("renewed its call for a ceasefire"), or a verb named by its noun
("the lifting of sanctions"), and finds the verb whose clause tells whether it happened; a
noun under no verb, or an event only described ("the protests had been largely
peaceful"), is no candidate.
"""

from __future__ import annotations

from wirecode.events.plover_lexicon import Candidate, Code, PloverLexicon, load
from wirecode.events.plover_verbs import ending_code
from wirecode.events.plover_words import (
    joined_forms,
    lemma_of,
    object_words,
    phrasal_lemmas,
    planned_for,
)
from wirecode.events.status import REPORTING
from wirecode.events.trigger_words import prep_objects
from wirecode.nlp import modals

COPULAS = {"be", "remain", "seem", "appear", "prove", "become"}
PLACING = {"after", "as", "before", "while"}  # "the attack came a day after ...": its context
BEGINNING = {"take", "begin", "start", "come", "enter"}  # "the curfew took effect at dusk"
GOING_ON = {"continue", "resume", "go", "proceed", "last", "end", "stop", "cease", "finish"}
FORESEEING = modals.ALL
POSSIBILITY = modals.POSSIBLE  # "fighting could erupt": a forecast
# "said an agreement was unlikely", "an offensive was imminent": a forecast (CAMEO 012)
LIKELIHOOD = {"likely", "unlikely", "probable", "improbable", "possible", "impossible"}
LIKELIHOOD |= {"imminent", "inevitable"}
MEASURES = {"restrict", "curfew", "ban", "martial-law"}  # modes of restrictions in force
# someone's part or role in an act names the act as what they are known or held for, no news:
# "is serving a life sentence for his role in the bombing of a Pan Am airliner"
ROLES = {"part", "role", "involvement", "complicity", "participation"}


def noun_candidate(token, lex: PloverLexicon, contacts) -> Candidate | None:
    if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
        return None  # "in March": a month, no march
    if any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return None  # "any attack on its territory would be met": none has happened
    if _described(token) or _placed(token) or _of_a_kind(token) or _possible(token):
        return None  # "said the protests had been largely peaceful": a comment on them
    if _judged_likely(token):
        return None  # "said an agreement was unlikely before the end of the year": a forecast
    if token.dep_ in ("dobj", "nsubjpass") and phrasal_lemmas(token.head) & lex.defusing:
        return None  # "experts defused a large bomb", "police foiled an attack", "to head off
        # air strikes": none went off
    if any(
        c.dep_ in ("compound", "amod") and (c.lower_, token.lower_) in lex.other_compounds
        for c in token.children
    ):
        return None  # "suffered a heart attack": an illness
    if token.dep_ == "dobj" and lemma_of(token.head) in lex.wishes:
        return None  # "Annan wants a ceasefire", "the refugees need aid": wished for
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in ("on", "upon")
        and lemma_of(token.head.head) in lex.wishes
    ):
        return None  # "the blockaded enclave depends on aid": needed, not given
    if _figurative(token, lex):
        return None  # "a battle against inflation", "the battle for the presidency"
    if token.lower_ in lex.perceived and (
        token.dep_ == "attr"
        or token.dep_ == "pobj"
        and token.head.lower_ == "as"
        or token.dep_ == "dobj"
        and lemma_of(token.head) in lex.posing
    ):
        return None  # "regards the programme as a threat", "is a threat": a danger seen
    if _believed(token, lex) or _scant(token):
        return None  # "the company's understanding that he was", "there is little consensus"
    if (
        token.dep_ == "nsubj"
        and token.head.lemma_ in REPORTING
        and not any(c.dep_ == "dobj" for c in token.head.children)
    ):
        return None  # "Amnesty said", "Solidarity announced": a speaker, named like an act
    code = _phrase_code(token, lex)
    rule = "compound"
    if code is None:  # "the expulsion of the journalists": as "expelled the journalists"
        code = _nominal_code(token, lex, contacts) if lemma_of(token) in lex.nouns else None
        code = code or next((lex.nouns[w] for w in joined_forms(token) if w in lex.nouns), None)
        code = code or lex.nouns.get(token.lower_) or lex.nouns.get(lemma_of(token))
        rule = "noun"
    if code is None and lemma_of(token) in lex.request_nouns:
        code = _asked_for(token, contacts)
    if code is None:
        code = _nominal_code(token, lex, contacts)  # "announced the lifting of sanctions"
    if code is None or _in_force(token, code):
        return None  # "the sanctions have hit the economy hard": a measure in force, described
    code = _by_object(token, lex) or _by_critics(token, code, lex) or code  # "a scathing
    # attack on the government's policy", "the press launched a fresh attack on the Dalai Lama"
    if rule == "noun":
        code = _aimed(token, lex) or code  # "strikes on rebel bases": attacks, no stoppage
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and lemma_of(token.head.head) in lex.background_of
    ):
        return None  # "victims of the fighting": people, the fighting background
    if _role_in(token):
        return None  # "spent 12 years in prison for his part in the 1985 hijacking"
    anchor = token  # the noun whose place in the clause tells whether the event happens
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and ((token.head.head.lower_, "of", token.lower_) in lex.compounds)
    ):
        anchor = token.head.head  # "staged a show of force": the phrase's head noun
    if token.dep_ == "compound":
        if lemma_of(token.head) not in lex.light_nouns:
            return None  # "protest leaders", "aid workers"
        anchor = token.head  # "an aid package", "a mediation mission": the event itself
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and lemma_of(anchor.head.head) in lex.quantity_nouns
    ):
        anchor = anchor.head.head  # "a wave of arrests", "a series of bombings": the events
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "in"
        and anchor.head.head.lower_ in lex.amounts
    ):
        anchor = anchor.head.head  # "approved 25 million euros in aid": the aid
    if anchor is not token and anchor.dep_ == "dobj" and lemma_of(anchor.head) in lex.wishes:
        return None  # "required an additional $20 million in aid": wished for, as "needs aid"
    if (
        anchor is not token
        and anchor.dep_ in ("dobj", "nsubjpass")
        and phrasal_lemmas(anchor.head) & lex.cancelling
    ):
        return None  # "the signing of the peace accord has been postponed": not done
    if (plan := planned_for(anchor, lex)) is not None:
        anchor = plan  # "drew up plans for air strikes": intended (plover_status)
    head = anchor.head
    if anchor.dep_ == "ROOT":
        return Candidate(token, code, token, rule)  # a headline: "Clashes in Kirkuk"
    climb = anchor
    while climb.dep_ in ("pobj", "prep", "agent") and climb.head.i != climb.i:
        climb = climb.head  # "killed in a car bomb explosion": the verb above the preposition
    verb = climb if climb.pos_ in ("VERB", "AUX") else None
    if verb is None and head.pos_ in ("VERB", "AUX"):
        verb = head
    if verb is None and _headline_verb(anchor):
        verb = head  # "Russian troops complete withdrawal from Chechen capital"
    if verb is None:
        return None  # "the demonstration's organisers", "an offer of talks" stays a noun
    return Candidate(token, code, verb, rule)


def _figurative(noun, lex: PloverLexicon) -> bool:
    """A noun of violence read with its "on", "against", "for" or "of" object as its verb
    is in another sense (`other_senses`: the noun's own key with its "on" or "against"
    object, else its key with the preposition): "the war on corruption", "a battle against
    inflation", "the battle for the presidency", "a battle of ideas", "an assault on the
    Asian market" are figures of speech, no fighting."""
    lemma = lemma_of(noun)
    for prep in (p for p in noun.children if p.dep_ == "prep"):
        told = set(lex.other_senses.get(f"{lemma} {prep.lower_}", ()))
        if prep.lower_ in ("on", "against"):
            told |= set(lex.other_senses.get(lemma, ()))
        if any(
            o.dep_ == "pobj" and (o.lower_ in told or lemma_of(o) in told) for o in prep.children
        ):
            return True
    return False


def _by_object(noun, lex: PloverLexicon) -> Code | None:
    """A noun read with its "on" or "against" object as its verb reads its direct object:
    "an attack on the government's policy" is criticism, as "attacked the policy" is."""
    table = lex.objects.get(lemma_of(noun), {})
    words = [
        w
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
        for w in object_words(o)
    ]
    return next((table[w] for w in words if w in table), None)


def _by_critics(noun, code: Code, lex: PloverLexicon) -> Code | None:
    """A verbal attack by critics is criticism (CAMEO 111): the object of a verb whose
    subject is a critic ("the opposition launched a scathing attack on the minister")."""
    if code.event != "ASSAULT" or lemma_of(noun) not in lex.verbal_violence:
        return None
    if noun.dep_ != "dobj":
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if any(w in lex.critics for s in subjects for w in object_words(s)):
        return Code("ACCUSE", "disapprove")
    return None


def _believed(noun, lex: PloverLexicon) -> bool:
    """A noun of agreement that tells a belief: "the understanding that he was a student"."""
    return lemma_of(noun) in lex.beliefs and any(
        c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def _scant(noun) -> bool:
    """An event said to be scarce is lacking: "there is little consensus", "scant support"
    ("a little protest" has its article)."""
    children = list(noun.children)
    return any(c.lower_ in ("little", "scant") for c in children) and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children
    )


def _aimed(noun, lex: PloverLexicon) -> Code | None:
    """A noun aimed at a target: "strikes on rebel bases", "strikes against government
    positions" (not "the strike on Monday", nor "a strike against the labour law")."""
    code = lex.aimed_nouns.get(lemma_of(noun))
    if code is None:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "on" and obj.ent_type_ not in ("DATE", "TIME"):
                return code
            if prep.lower_ == "against" and (
                obj.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                or {obj.lower_, lemma_of(obj)} & lex.aimed_targets
            ):
                return code
    return None


def _phrase_code(noun, lex: PloverLexicon) -> Code | None:
    """A noun with its compound or adjective ("hunger strike") or "state of emergency"."""
    lemma, text = lemma_of(noun), noun.lower_
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i < noun.i:
            for key in ((child.lower_, text), (child.lower_, lemma)):
                if key in lex.compounds:
                    return lex.compounds[key]
    if noun.head.lower_ == "of" and noun.head.head.i != noun.i:
        key = (noun.head.head.lower_, "of", text)
        if key in lex.compounds:
            return lex.compounds[key]
    return None


def _nominal_code(noun, lex: PloverLexicon, contacts) -> Code | None:
    """A verb of the lexicon named by its noun, read with its "of" object as the verb with
    its object: "the lifting of sanctions", "the suspension of aid", "the closure of three
    newspapers"."""
    verb = lex.nominalisations.get(lemma_of(noun)) or lex.nominalisations.get(noun.lower_)
    verb = verb or _gerund_verb(noun, lex)
    if verb is None or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None  # "announced the lifting of", "the closure of ... was ordered"
    objects = prep_objects(noun, {"of"})
    table = lex.objects.get(verb, {})
    for key in (k for o in objects for k in object_words(o)):
        if key in table:
            return table[key]
    if verb in lex.ending:
        return ending_code({verb}, objects, lex, contacts)
    code = lex.verbs.get(verb)
    if code is None or table or noun.lower_ in lex.nominalisations:
        return None
    senses = lex.other_senses.get(verb, ())
    if not objects or any(o.lower_ in senses or lemma_of(o) in senses for o in objects):
        return None  # "the firing of the minister": another sense
    return code if code.event in _DONE_TO else None


# Types of acts done to someone or something, which a gerund's "of" names as the object
# ("the beating of the protesters"); for words, the "of" names the speaker ("the warning of
# the UN chief"), so no gerund of theirs is read.
_DONE_TO = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION", "CONCEDE"}


def _gerund_verb(noun, lex: PloverLexicon) -> str | None:
    """The verb of the lexicon a noun in "-ing" with an "of" object names ("the looting of
    the museum", "the massing of troops", "the banning of the party")."""
    word = noun.lower_
    if noun.pos_ != "NOUN" or not word.endswith("ing") or not prep_objects(noun, {"of"}):
        return None
    stem = word[:-3]
    forms = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((f for f in forms if f in lex.verbs or f in lex.objects), None)


def _described(noun) -> bool:
    """A known event described, not reported: the subject, with a definite determiner or
    possessor, of a copula with a complement ("the attack was a reminder of the dangers",
    "the curfew would remain in force"). "There was fighting" and passives stay events."""
    head = noun.head
    if noun.dep_ != "nsubj" or not _definite(noun):
        return False
    if lemma_of(head) in COPULAS and any(c.dep_ == "xcomp" for c in head.children):
        head = next(c for c in head.children if c.dep_ == "xcomp")  # "appeared to be holding"
    return (
        lemma_of(head) in COPULAS
        and any(c.dep_ in ("attr", "acomp", "prep") for c in head.children)
        or _holding(head)
        or _foreseen(head)
        or _evidence(head)
    )


def _evidence(verb) -> bool:
    """ "said the attack showed that the rebels were desperate", "the accusations reflected a
    power struggle": a known event taken as evidence of something, a comment on it."""
    return lemma_of(verb) in load().evidencing and any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children
    )


def _foreseen(verb) -> bool:
    """ "said the attack would not derail the peace process": what a known event may or may
    not do, a comment on it; one that will begin, go on or end is told ("the offensive will
    continue", "the ceasefire will take effect at midnight")."""
    return lemma_of(verb) not in BEGINNING | GOING_ON and any(
        c.dep_ == "aux" and c.lower_ in FORESEEING for c in verb.children
    )


def _holding(verb) -> bool:
    """ "The ceasefire was largely holding", "the truce has held": an agreement in force, its
    state told with no object ("held talks", "held the town" have one)."""
    return lemma_of(verb) == "hold" and not any(
        c.dep_ in ("dobj", "nsubjpass", "prt", "agent", "attr", "oprd", "ccomp")
        for c in verb.children
    )


def _possible(noun) -> bool:
    """An event told as a possibility, the subject of a verb with a modal of possibility
    ("warned that fighting could erupt again", "a new offensive might begin"): a forecast, no
    event; one that "may have" happened is told ("the bombing may have been the work of")."""
    head = noun.head
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return noun.dep_ == "nsubj" and bool(auxes & POSSIBILITY) and "have" not in auxes


def _role_in(noun) -> bool:
    """An act named after someone's part or role "in" it ("serving a life sentence for his
    role in the bombing", "jailed for their involvement in the kidnapping"): what they are
    known or held for, no news. The parser may hang the "in" on the verb: the role noun is
    then the word right before it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return False
    role = prep.head if prep.head.pos_ == "NOUN" else noun.doc[prep.i - 1]
    return lemma_of(role) in ROLES and any(c.dep_ == "poss" for c in role.children)


def _judged_likely(noun) -> bool:
    """An event whose likelihood is judged, the subject of a copula with "likely",
    "possible", "imminent" ("diplomats said an agreement was unlikely before the end of the
    year", "said a full-scale offensive was imminent"): a forecast, definite or not."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and lemma_of(head) in COPULAS
        and any(c.dep_ == "acomp" and c.lower_ in LIKELIHOOD for c in head.children)
    )


def _in_force(noun, code: Code) -> bool:
    """A restriction in force named as the subject of what it does to something ("the
    sanctions have hit the economy hard", "the blockade has caused severe shortages"):
    described, not imposed. A verb of beginning reports it ("the curfew took effect"); an
    arrest or an expulsion is an act ("the arrest sparked protests")."""
    head = noun.head
    return (
        code.event == "COERCE"
        and code.mode in MEASURES
        and noun.dep_ == "nsubj"
        and _definite(noun)
        and head.pos_ == "VERB"
        and lemma_of(head) not in BEGINNING
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _placed(noun) -> bool:
    """A known event placed in time by "come" ("the attack came a day after the government
    announced new measures", "the killings came as ...", "came amid rising tension"): the
    story's event named to give its context, no report of its own."""
    head = noun.head
    if noun.dep_ != "nsubj" or lemma_of(head) != "come" or not _definite(noun):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in PLACING for m in c.children)
        or c.dep_ == "prep"
        and c.lower_ in ("amid", "amidst")
        for c in head.children
    )


def _of_a_kind(noun) -> bool:
    """Events named as a kind told before, with no count: "such attacks have become
    increasingly common" ("the third such attack", "two such raids" are counted ones)."""
    children = list(noun.children)
    return (
        noun.tag_ == "NNS"
        and any(c.dep_ in ("amod", "predet", "det") and c.lower_ == "such" for c in children)
        and not any(c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" for c in children)
    )


def _definite(noun) -> bool:
    return any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
        for c in noun.children
    )


def _asked_for(noun, contacts) -> Code | None:
    """ "renewed its call for a ceasefire", "calls for the president to resign": a noun that
    is a request only with what it asks for ("calls for talks" are the contact coder's)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and not any(lemma_of(o) in contacts.request_objects for o in objects):
                return Code("REQUEST")
        if child.dep_ in ("acl", "relcl", "advcl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in child.children
        ):
            return Code("REQUEST")
    return None


def _headline_verb(noun) -> bool:
    """The object of a headline's present-tense verb that the parser tags as an adjective
    ("Russian troops complete withdrawal from capital"): a root with a subject and with the
    noun as its direct object."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and head.dep_ == "ROOT"
        and head.pos_ == "ADJ"
        and any(c.dep_ == "nsubj" for c in head.children)
    )
