"""What is said about an act: claims, judgements, blame, condemnation (CAMEO 11).

A claim that someone else did harm is an accusation (`allegations`: "Iraq claimed that
Iranian jets had bombed Basra"); calling an act a crime is criticism (`judgements`:
"described the attack as a barbaric act", "in what it called an act of aggression");
a harm attributed to someone accuses (`attributions`); an act that draws condemnation is
what is condemned (`condemned_subjects`), and one that charges or allegations name "of" is
alleged (`alleged_content`). In each the act is the content of what is said, no event of
its own. `plover_frames.candidates` applies them to a sentence's candidates.
"""

from __future__ import annotations

from wirecode.events.plover_background import MAX_CLIMB, is_background
from wirecode.events.plover_lexicon import Candidate, Code, PloverLexicon
from wirecode.events.plover_words import lemma_of
from wirecode.events.status import REPORTING
from wirecode.events.trigger_words import prep_objects


def condemned_subjects(found: dict[int, Candidate], lex: PloverLexicon) -> list[int]:
    """An act that draws condemnation or criticism ("the killing of the journalist drew
    strong condemnation", "the shelling provoked criticism"): the subject of a verb of
    undergoing whose object is an accusation is what is condemned, no event of its own (as
    the object of "condemned" is)."""
    accusing = {
        c.token.head.i
        for c in found.values()
        if c.code.event == "ACCUSE" and c.token.dep_ == "dobj" and c.token.pos_ == "NOUN"
    }
    return [
        i
        for i, c in found.items()
        if c.token.dep_ == "nsubj"
        and c.token.head.i in accusing
        and lemma_of(c.token.head) in lex.undergoing
        and c.code.event != "ACCUSE"
    ]


def allegations(sent, found: dict[int, Candidate], lex: PloverLexicon) -> dict:
    """A claim that someone did harm is an accusation (CAMEO 112), its content no event of
    its own: "Iraq claimed that Iranian jets had bombed Basra" is ACCUSE, not ASSAULT. A
    claim of casualties that names no doer ("claimed that 40 people had been killed") or of
    the claimant's own act ("claimed they had killed 50 soldiers") reports the harm. A noun
    of claiming with its clause reads so too ("repeated its claim that armed gangs had
    killed 120 policemen")."""
    claims = {}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in found or not _claiming(verb, lex):
            continue
        claimants = {lemma_of(c) for c in verb.children if c.dep_ == "nsubj"}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            span = {t.i for t in clause.subtree}
            if any(
                i in span and c.code.event in lex.harms and _other_doer(c.token, claimants)
                for i, c in found.items()
            ):
                claims[verb.i] = Candidate(verb, Code("ACCUSE", "allege"), verb, "verb")
    for noun in sent:
        if noun.pos_ != "NOUN" or lemma_of(noun) not in lex.allegation_nouns:
            continue
        verb = noun.head  # "repeated its claim that armed gangs had killed 120 policemen"
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.i in found:
            continue
        if lemma_of(verb) not in lex.claim_making:
            continue  # "invalidated claims that ...": a claim refuted, not made
        if is_background(noun):
            continue
        claimants = {lemma_of(c) for c in verb.children if c.dep_ == "nsubj"}
        claimants |= {lemma_of(c) for c in noun.children if c.dep_ == "poss"}
        for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp")):
            if any(
                (code := lex.verbs.get(lemma_of(t))) is not None
                and code.event in lex.harms
                and _other_doer(t, claimants)
                for t in clause.subtree
                if t.pos_ == "VERB"
            ):
                claims[noun.i] = Candidate(noun, Code("ACCUSE", "allege"), verb, "noun")
    return claims


def _claiming(verb, lex: PloverLexicon) -> bool:
    """A verb of claiming, of finding with an inquiry as its subject ("a UN inquiry found
    that ..."), or of saying whose report is labelled a claim (`_labelled_a_claim`)."""
    lemma = lemma_of(verb)
    return (
        lemma in lex.allegations
        or lemma in lex.finding
        and any(c.dep_ == "nsubj" and lemma_of(c) in lex.finders for c in verb.children)
        or lemma in REPORTING
        and _labelled_a_claim(verb, lex)
    )


def _labelled_a_claim(verb, lex: PloverLexicon) -> bool:
    """A report that the noun set after it, behind a comma, calls a claim: "said Turkish
    troops had killed 12 civilians, an accusation Ankara denied", "..., a charge the army
    rejected" (the parser hangs the noun on the last noun or on the verb of the report)."""
    doc = verb.doc
    return any(
        t.pos_ == "NOUN"
        and t.dep_ in ("appos", "npadvmod")
        and lemma_of(t) in lex.claim_labels
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for t in clause.subtree
    )


def alleged_content(found: dict[int, Candidate], lex: PloverLexicon) -> list[int]:
    """The acts that charges or allegations name in their "of" phrase: alleged, not reported
    ("went on trial on charges of ordering the killing of protesters": no killing told)."""
    alleged = []
    for i, c in found.items():
        child, head = c.token, c.token.head
        for _ in range(MAX_CLIMB):
            if head.i == child.i:
                break
            if (
                head.pos_ == "NOUN"
                and lemma_of(head) in lex.alleged_nouns
                and child.dep_ == "prep"
                and child.lower_ == "of"
            ):
                alleged.append(i)
                break
            child, head = head, head.head
    return alleged


def reporters_verdicts(found: dict[int, Candidate], lex: PloverLexicon) -> list[int]:
    """The reported harms that a participle of accusing or judging, hung by the parser on the
    verb of the reported clause, speaks of: the participle has no subject of its own and is
    the reporter's ("Iran said Iraqi jets had bombed a border town, calling the raid a war
    crime", "..., accusing Baghdad of violating the truce"), so the harm is what it accuses,
    no event of its own (as in "shelled the village, in what it called a massacre"). So is a
    conjunct with no subject, hung on the reported act or on the report ("said settlers had
    attacked homes in Hebron and called the attack a crime", "... and blamed them for
    breaking the truce")."""
    judged = []
    for c in found.values():
        verb = c.token
        if c.code.event != "ACCUSE" or any(s.dep_ in ("nsubj", "nsubjpass") for s in verb.children):
            continue
        judged += [
            act.i
            for act in _judged_reports(verb)
            if act.i in found and found[act.i].code.event in lex.harms
        ]
    return judged


def _judged_reports(verb) -> list:
    """The reported clauses a verdict with no subject of its own speaks of: the clause it is
    hung on as a participle or as a conjunct (after the verb of reporting: a closing "...,
    officials said" reports the conjunct too), or the clauses before it of the report it is
    a conjunct of."""
    head = verb.head
    on_the_act = verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "conj"
    if verb.dep_ == "conj" and head.head.i > head.i:
        on_the_act = False  # "Police arrested a general and charged him ..., a spokesman
        # said": the conjunct of a clause reported by a closing attribution is its subject's
    if on_the_act and head.dep_ == "ccomp" and lemma_of(head.head) in REPORTING:
        return [head]
    if verb.dep_ == "conj" and lemma_of(head) in REPORTING:
        return [a for a in head.children if a.dep_ == "ccomp" and a.i < verb.i]
    return []


def _other_doer(act, claimants: set[str]) -> bool:
    """An act with a doer named, who is not the claimant: the subject of an active verb, the
    agent of a passive or of a noun ("by security forces"), a noun's adjective or possessor
    ("Iranian air raids"); a pronoun subject stands for the claimant."""
    if act.pos_ in ("NOUN", "PROPN"):
        doers = [
            c
            for c in act.children
            if c.dep_ == "poss"
            or c.dep_ in ("amod", "compound")
            and (c.ent_type_ or c.pos_ == "PROPN")
        ]
    else:
        doers = [c for c in act.children if c.dep_ == "nsubj"]
    doers += [o for c in act.children if c.dep_ == "agent" or c.lower_ == "by" for o in c.children]
    return any(d.pos_ != "PRON" and d.tag_ != "CD" and lemma_of(d) not in claimants for d in doers)


def judgements(sent, found: dict[int, Candidate], lex: PloverLexicon) -> dict:
    """Calling something a crime is criticism (CAMEO 111): "described the attack as a
    barbaric act", "called the rebels terrorists", "said the bombing was a crime against
    humanity". What is judged is no event of its own."""
    judged = {}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in found:
            continue
        if lemma_of(verb) not in lex.judging and not _inquiry_finding(verb, lex):
            continue
        if any(c.dep_ == "prt" for c in verb.children):
            continue  # "call off the carnage": a phrasal verb names nothing
        words, clauses = [], []
        for child in verb.children:
            if child.dep_ in ("oprd", "xcomp") or child.dep_ == "ccomp" and child.pos_ == "ADJ":
                words.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as":
                words += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "dobj":
                words += [a for a in child.children if a.dep_ == "appos"]
                words += [o for o in prep_objects(child, {"as"})]  # "described the massacre
                # of tourists as a senseless crime": the parser hangs "as" on the object
                if lemma_of(verb) not in ("say", "describe"):  # "called the soldiers
                    words.append(child)  # murderers", parsed as one noun phrase
            elif child.dep_ == "ccomp" and _perpetrated_by_another(child, verb, lex):
                clauses.append(child)  # "said troops had committed atrocities", "said war
                words += [o for o in child.children if o.dep_ in ("dobj", "nsubjpass")]
                # crimes had been carried out by both sides"
            elif child.dep_ == "ccomp" and lemma_of(child) == "be" and not _asked(child):
                if any(c.dep_ == "expl" for c in child.children):
                    continue  # "said there was outrage over the price rises": no one judged
                clauses.append(child)
                words += [c for c in child.children if c.dep_ in ("attr", "acomp")]
                words += [c for c in child.children if c.dep_ == "prep" and c.lower_ == "behind"]
            elif child.dep_ == "ccomp" and lemma_of(child) == "bear" and not _asked(child):
                clauses.append(child)  # "said Israel bore full responsibility for the deaths"
                words += [c for c in child.children if c.dep_ == "dobj"]
        words += [a for w in words for a in w.children if a.dep_ in ("amod", "compound")]
        words += [o for w in words for o in prep_objects(w, {"of"})]  # "as an act of terrorism"
        if not any(
            lemma_of(w) in lex.disapproval or w.lower_ in lex.disapproval for w in words
        ) and not any(_culpable(w, lex) for w in words):
            continue
        code = Code("ACCUSE", "disapprove")
        if _judges_words(verb, clauses, lex):
            code = Code("REJECT")  # "said the accusation was a lie": a charge rejected
        judged[verb.i] = Candidate(verb, code, verb, "verb")
        for clause in clauses:  # "said the bombing was a crime": the bombing is judged
            for i in {t.i for t in clause.subtree} & set(found):
                found.pop(i)
        act = _judged_act(verb)  # "shelled the village, in what it called a massacre"
        if act is not None:
            found.pop(act.i, None)
    return judged


def _inquiry_finding(verb, lex: PloverLexicon) -> bool:
    """A verb of finding with an inquiry, a report or a commission as its subject judges as a
    verb of saying does ("the commission concluded that war crimes had been committed by
    government forces")."""
    return lemma_of(verb) in lex.finding and any(
        c.dep_ == "nsubj" and lemma_of(c) in lex.finders for c in verb.children
    )


def _judges_words(verb, clauses, lex: PloverLexicon) -> bool:
    """What is judged is something said against the speaker (an accusation, a claim, a charge,
    a report: the objects that "dismiss" rejects): "said the accusation was a lie", "branded
    the charges baseless". Its judgement rejects it, as "dismissed the charges" does."""
    rejected = lex.objects.get("dismiss", {})
    judged = [c for c in verb.children if c.dep_ == "dobj"]
    judged += [s for clause in clauses for s in clause.children if s.dep_ == "nsubj"]
    return any(lemma_of(n) in rejected or n.lower_ in rejected for n in judged)


def _asked(clause) -> bool:
    """A clause whose subject is a question word asks who did it, says nothing of anyone:
    "too early to say who was behind the attack", "did not say what was responsible"."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)


def _perpetrated_by_another(clause, verb, lex: PloverLexicon) -> bool:
    """A clause saying that someone other than the speaker committed or carried out
    something (the agent of a passive: "war crimes have been carried out by both sides"),
    with no "no" on what was committed ("said it had committed no abuses" denies)."""
    lemma = lemma_of(clause)
    phrasal = {f"{lemma} {c.lower_}" for c in clause.children if c.dep_ == "prt"}
    if lemma not in lex.perpetrating and not phrasal & lex.perpetrating:
        return False
    committed = [o for o in clause.children if o.dep_ in ("dobj", "nsubjpass")]
    if any(d.lower_ == "no" for o in committed for d in o.children):
        return False
    return _other_doer(clause, {lemma_of(c) for c in verb.children if c.dep_ == "nsubj"})


def _judged_act(verb):
    """The act that a judgement "in what X called ..." is said of: the head of its "in"
    ("shelled the village, in what the government described as a massacre")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return None
    return verb.head.head


def attributions(sent, found: dict[int, Candidate], lex: PloverLexicon) -> dict:
    """A harm attributed to someone is an accusation (CAMEO 112): "attributed the massacre
    to left-wing guerrillas". The harm is what is alleged, no event of its own."""
    attributed = {}
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.attributing or verb.i in found:
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            continue
        harms = [
            c.i
            for c in verb.children
            if c.dep_ == "dobj" and c.i in found and found[c.i].code.event in lex.harms
        ]
        if harms:
            attributed[verb.i] = Candidate(verb, Code("ACCUSE", "allege"), verb, "verb")
            for i in harms:
                found.pop(i)
    for verb in sent:  # "linked Chechen separatists to the bombings": the doer the object
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.linking or verb.i in found:
            continue
        doers = [c for c in verb.children if c.dep_ == "dobj"]
        if not doers:
            continue
        places = [verb, *doers]  # the parser may hang "to" on the object
        harms = [o for w in places for o in prep_objects(w, {"to"}) if _harm(o, found, lex)]
        if harms:
            attributed[verb.i] = Candidate(verb, Code("ACCUSE", "allege"), verb, "verb")
            for harm in harms:
                found.pop(harm.i, None)
    for verb in sent:  # "named ETA as the prime suspect in the bombing": the doer designated
        if verb.pos_ != "VERB" or lemma_of(verb) not in lex.designating or verb.i in found:
            continue
        roles = [o for o in prep_objects(verb, {"as"}) if lemma_of(o) in lex.suspects]
        if roles:
            attributed[verb.i] = Candidate(verb, Code("ACCUSE", "allege"), verb, "verb")
            for i in {t.i for role in roles for t in role.subtree} & set(found):
                found.pop(i)  # the bombing the suspect is named in: alleged, no event
    return attributed


def _harm(noun, found: dict[int, Candidate], lex: PloverLexicon) -> bool:
    """A harm named by a noun: coded as one, or one in the lexicon's nouns ("the bombings that
    killed 300 people", told in a relative clause, is not coded but named)."""
    if noun.i in found:
        return found[noun.i].code.event in lex.harms
    while lemma_of(noun) in lex.quantity_nouns:  # "a series of kidnappings"
        objects = prep_objects(noun, {"of"})
        if not objects:
            return False
        noun = objects[0]
    code = lex.nouns.get(lemma_of(noun))
    return code is not None and code.event in lex.harms


def _culpable(word, lex: PloverLexicon) -> bool:
    """ "responsible for the shelling", "guilty of the massacre": blame for a harm named by
    its noun or gerund (a duty, "responsible for security", is none)."""
    if lemma_of(word) in lex.authorship and word.dep_ == "attr" and prep_objects(word, {"of"}):
        acts = [c for c in word.head.children if c.dep_ == "nsubj"]  # "said the bombing was
        codes = [lex.nouns.get(lemma_of(o)) for o in acts]  # the work of Hamas militants"
        return any(code is not None and code.event in lex.harms for code in codes)
    if word.lower_ not in lex.culpability:
        return False
    acts = [o for p in word.children if p.lower_ in ("for", "of") for o in p.children]
    if word.dep_ == "prep":  # "said Iran was behind the bombing"
        acts = [o for o in word.children if o.dep_ == "pobj"]
    codes = [lex.nouns.get(lemma_of(o)) or lex.verbs.get(lemma_of(o)) for o in acts]
    if any(lemma_of(o) in lex.deaths for o in acts):
        return True  # "responsible for the deaths of three youths": deaths someone caused
    return any(code is not None and code.event in lex.harms for code in codes)
