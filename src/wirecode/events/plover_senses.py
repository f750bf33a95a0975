"""When a verb of the PLOVER lexicon does not code what its entry says.

It may make a statement ("denied any involvement", "agreed that the crisis was serious"),
report words ("..., a rights group protested"), lodge an official complaint ("protested to
Japan"), attack in words ("attacked the opposition for obstructing the reforms"), refuse
only to speak ("declined to comment"), have another sense ("released a statement", "beat
Chelsea 2-1"), or tell of harm done by no actor ("the storm killed 20 people").
`plover_verbs` and `plover_frames` ask these questions.
"""

from __future__ import annotations

import re

from wirecode.events.plover_lexicon import Code, PloverLexicon, load
from wirecode.events.plover_words import lemma_of, nested_preps, object_words, objects_of
from wirecode.events.trigger_words import prep_objects

GOVERNMENT_BODIES = {"government", "ministry", "kremlin", "embassy", "cabinet", "administration"}

# A protest lodged with someone ("protested to Japan over the textbook") is an official
# complaint (CAMEO 114), not a demonstration.
COMPLAINT = Code("ACCUSE", "allege", "diplomatic")


def lodged_with(verb) -> bool:
    """ "protested to Japan", "protested to the United Nations": a "to" whose object names a
    party (a proper name), not a place on the way."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and o.dep_ == "pobj" and o.pos_ == "PROPN"
        for prep in verb.children
        for o in prep.children
    )


def state_subject(verb) -> bool:
    """A state or government protests officially ("China protested strongly against the
    sale"), where people protest in the streets: a subject that is a country or capital
    standing for its government, or a government body. A purpose or a participle with no
    subject of its own has that of its verb ("Britain summoned the envoy to protest against
    the attack"), and a document's participle that of the verb that sends it ("Iraq sent a
    letter to the Council protesting against the raids")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "acl"):
        head = verb.head
        if verb.dep_ == "acl" and lemma_of(head) in load().documents:
            head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(c.ent_type_ == "GPE" or lemma_of(c) in GOVERNMENT_BODIES for c in subjects)


def for_doing(verb) -> bool:
    """A verb of violence given a reason in a gerund is a verbal attack ("attacked the
    opposition for obstructing the reforms"; the parser may hang the "for" on the object)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
        for head in heads
        for p in head.children
    )


CRITICISM = Code("ACCUSE", "disapprove")


def verbal_attack(verb, lex: PloverLexicon) -> bool:
    """Violence named by a figure of speech is criticism (CAMEO 111): "came under fire from
    opposition parties", "came under fire over its plans", "attacked the minister over his
    remarks" (a critic as the source, or a reason that the verbal attack table names); what
    came under fire "over" or "for" an act did it ("came under fire over the execution of the
    activists"), where one attacked over an act may be attacked in revenge."""
    reasons = lex.objects.get("attack", {})
    if lemma_of(verb) not in lex.verbal_violence:
        reasons = {**lex.nouns, **reasons}
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # "came under fresh fire from Commonwealth leaders over the executions": the parser
    # hangs the critic and the reason on the object of "under"
    preps += nested_preps(prep for prep in preps if prep.lower_ == "under")
    for prep in preps:
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = object_words(obj)
            if prep.lower_ == "from" and any(w in lex.critics for w in words):
                return True
            if prep.lower_ in ("over", "for") and any(w in reasons for w in words):
                return True
    return False


def at_risk(verb, lex: PloverLexicon) -> bool:
    """A situation or measure that "threatens to" do harm ("the crisis threatens to spill
    over"): a risk, no threat by anyone."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ in ("NOUN", "PROPN")
        and ({c.lower_, lemma_of(c)} & (lex.risk_subjects | lex.natural_causes))
        for c in verb.children
    )


def to_death(verb) -> bool:
    """ "hacked to death", "stoned to death": a killing, whatever the verb says otherwise."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(o.lower_ == "death" for o in prep.children)
        for prep in verb.children
    )


def commits_to_act(verb) -> bool:
    """ "is committed to withdrawing", "committed itself to hold talks": an act promised."""
    return any(
        c.dep_ in ("xcomp", "pcomp", "dobj")
        or c.dep_ == "prep"
        and any(g.pos_ == "VERB" for g in c.children)
        for c in verb.children
    )


def is_statement(verb, lemma: str, lex: PloverLexicon) -> bool:
    """A denial of responsibility (CAMEO 016) or accord expressed (019): statements, no
    PLOVER event. "denied that its troops had shelled the village", "denied the reports",
    "denied carrying out the raid" (a gerund: an act of its own denied); "agreed that the
    crisis should be resolved peacefully" (a clause without a promise)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if lemma in lex.denial_verbs and any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in verb.children
    ):
        return True
    if lemma in lex.denial_verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return (
            bool(clauses)
            and not objects
            or any(
                o.lower_ in lex.denial_objects or lemma_of(o) in lex.denial_objects for o in objects
            )
        )
    if lemma in lex.accord_verbs and not any(
        c.dep_ in ("xcomp", "ccomp", "dobj", "advcl", "pcomp", "oprd", "attr", "conj")
        or c.dep_ == "prep"
        and c.lower_ != "with"
        for c in verb.children
    ):
        return True  # "the official agreed", "analysts agree with the minister": accord
    if lemma in lex.accord_verbs and clauses:
        if any(c.dep_ in ("xcomp", "prep") for c in verb.children):
            return False  # "agreed to withdraw", "agreed on a ceasefire"
        return not any(
            a.dep_ == "aux" and a.lower_ in lex.promise_aux for c in clauses for a in c.children
        )
    return False


def refuses_to_speak(verb, lex: PloverLexicon) -> bool:
    """ "declined to comment", "refused to say whether", "declined comment", "declined to
    give further details" (a verb with its object: "give details"); also an infinitive the
    parser hangs as an adverbial clause ("declined on Tuesday to comment")."""
    return any(
        (
            c.dep_ in ("xcomp", "dobj")
            or c.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        )
        and (
            lemma_of(c) in lex.speech
            or c.lower_ in lex.speech
            or any(
                o.dep_ == "dobj" and f"{lemma_of(c)} {o.lower_}" in lex.speech for o in c.children
            )
        )
        for c in verb.children
    )


def natural_cause(token, lex: PloverLexicon) -> bool:
    """Harm done by nature or accident ("the storm killed 20 people", "were killed in a
    landslide", "floods forced thousands from their homes"): the subject, the "by" agent or
    the "in" of the verb names a cause that is no actor."""
    causes = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    participle = token  # "rain fell, flooding roads and cutting power": the first conjunct's
    while participle.dep_ == "conj" and participle.tag_ == participle.head.tag_ == "VBG":
        participle = participle.head  # clause is each conjunct's
    if participle.dep_ == "advcl" and participle.tag_ == "VBG" and not causes:  # "an
        causes = [c for c in participle.head.children if c.dep_ == "nsubj"]  # earthquake
        # struck, killing"
    causes += [
        o
        for p in token.children
        if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in ("in", "by")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(c.lower_ in lex.natural_causes or lemma_of(c) in lex.natural_causes for c in causes):
        return True
    accidents = [c for c in token.children if c.dep_ == "advcl"]  # "killed when a bus overturned"
    accidents += [participle.head] * (participle.dep_ == "advcl")  # "a ferry sank, killing 16"
    return any(_accident(verb, lex) for verb in accidents)


def _accident(verb, lex: PloverLexicon) -> bool:
    """A vehicle or a building that sank, crashed or collapsed: "a ferry sank"; not "a
    bomber crashed his car into the gate"."""
    return lemma_of(verb) in lex.accident_verbs and any(
        c.dep_ == "nsubj" and lemma_of(c) in lex.accident_things for c in verb.children
    )


def other_sense(token, lemma: str, lex: PloverLexicon) -> bool:
    """The verb's object gives it a sense that is no event: "released a statement" publishes,
    "fired the minister" dismisses, "executed the plan" carries it out; keys "verb
    preposition" and "verb particle" read the object of either ("contributed to this
    report", "handed over letters"), "*" any object; keys "verb object preposition" read
    the preposition only where it hangs on that object ("took control of the House", not
    "members of parliament were taken into custody")."""
    senses = lex.other_senses.get(lemma)
    preps = [*token.children, *(p for o in objects_of(token) for p in o.children)]
    if any(  # "contributed to this report", "complained of chest pains", "captured some of
        "*" in told or o.lower_ in told or lemma_of(o) in told  # the protesters on camera"
        for p in preps  # (the parser hangs the preposition on the object)
        if p.dep_ == "prep" and (told := _told_by_prep(token, lemma, p, lex))
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return True
    for particle in (c for c in token.children if c.dep_ == "prt"):
        told = lex.other_senses.get(f"{lemma} {particle.lower_}", ())
        if "*" in told or any(
            o.lower_ in told or lemma_of(o) in told for o in _with_parts(objects_of(token))
        ):
            return True  # "struck up a friendship", "handed over letters"
    if not senses:
        return False
    clause = token.doc[token.left_edge.i : token.right_edge.i + 1].text
    if "SCORE" in senses and _SCORE.search(clause):
        return True  # "beat Chelsea 2-1": a match
    if "CLAUSE" in senses and any(
        c.dep_ == "ccomp" or c.dep_ == "pcomp" and any(m.dep_ == "mark" for m in c.children)
        for c in token.children
    ):
        return True  # "questioned whether the plan would work": a doubt; "provided that"
    objects = _with_parts(objects_of(token))
    if not objects and token.dep_ == "csubj":
        objects = [c for c in token.children if c.dep_ == "nsubj"]  # "the minister fired
        # last week has joined the opposition": a reduced relative read as a clause subject
    return any(
        obj.lower_ in senses
        or lemma_of(obj) in senses
        or "PERSON" in senses
        and obj.ent_type_ == "PERSON"
        for obj in objects
    )


def _told_by_prep(token, lemma: str, prep, lex: PloverLexicon):
    """The other senses a preposition tells: by the verb's key ("gain of"), else, where it
    hangs on the verb's object, by the key with that object ("take control of")."""
    told = lex.other_senses.get(f"{lemma} {prep.lower_}", ())
    if told or prep.head is token:
        return told
    return lex.other_senses.get(f"{lemma} {lemma_of(prep.head)} {prep.lower_}", ())


PARTITIVES = {"most", "much", "all", "some", "part", "half", "many", "bulk", "rest", "none"}


def _with_parts(objects: list) -> list:
    """The objects, and what a part of is taken of ("wiped out most of the gains": the
    gains)."""
    return objects + [o for w in objects if w.lower_ in PARTITIVES for o in prep_objects(w, {"of"})]


_SCORE = re.compile(
    r"\b\d{1,3} ?- ?\d{1,3}\b|\bin (?:straight|two|three|four|five) sets\b|\bon penalties\b"
)  # "beat Chelsea 2-1", "beating Ivanisevic in five sets"


def reports(verb) -> bool:
    """A verb used to report words ("..., a rights group protested"): it governs a clause or
    stands after the clause it reports."""
    return (
        any(c.dep_ == "ccomp" for c in verb.children)
        or verb.dep_ == "parataxis"
        or closing_report(verb)
    )


def closing_report(verb) -> bool:
    """A reporting clause that closes the sentence, misparsed as a participle of the noun
    before it ("..., refugees, a rights group protested here Wednesday."): the verb ends
    the sentence with adverbs only, after an apposition."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "appos":
        return False
    if any(c.dep_ not in ("advmod", "npadvmod", "punct") for c in verb.children):
        return False
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    return all(t.is_punct or t.head.i == verb.i for t in rest)


def blames_a_cause(verb, lex: PloverLexicon) -> bool:
    """Blame laid on a thing or a circumstance ("blamed bad weather for the poor harvest",
    "blamed the crash on a technical fault"): an explanation, no accusation. The blamed is
    the object of "on", else the direct object."""
    if lemma_of(verb) not in lex.blaming:
        return False
    blamed = prep_objects(verb, {"on"}) or [c for c in verb.children if c.dep_ == "dobj"]
    # "blamed the problems on former prisoners", "on" parsed under the object
    blamed = [o for b in blamed for o in prep_objects(b, {"on"})] or blamed
    causes = lex.blamed_causes | lex.natural_causes
    return bool(blamed) and all(
        not o.ent_type_ and (o.lower_ in causes or lemma_of(o) in causes) for o in blamed
    )
