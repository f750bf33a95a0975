"""A sentence's PLOVER candidates with their frames resolved: `candidates(sent)`.

A candidate governed by another one, through complements, purposes, objects or
prepositions, is the content of that one and not an event of its own ("agreed to set up"
is AGREE, "accused X of violating" ACCUSE); coordinated verbs are events of their own. A
frame may re-type its act by what it governs: a claim of harm is an accusation, calling
something a crime criticism (both in `plover_claims`), a vow of harm or "did not rule out
military action" a threat, an order that restricts a restriction, an appeal to support a
third party a rally. Appeals and statements frame what they say but code nothing
(`appeals`).
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.events.lexicon import load as load_contacts
from wirecode.events.plover_background import MAX_CLIMB, STOP_CLIMB, is_background
from wirecode.events.plover_claims import (
    allegations,
    alleged_content,
    attributions,
    condemned_subjects,
    judgements,
    reporters_verdicts,
)
from wirecode.events.plover_lexicon import Candidate, Code, PloverLexicon, load
from wirecode.events.plover_nouns import noun_candidate
from wirecode.events.plover_senses import natural_cause
from wirecode.events.plover_verbs import obligation_candidate, verb_candidate
from wirecode.events.plover_words import (
    lemma_of,
    object_words,
    objects_of,
    ruling_out,
    shifted_object,
)
from wirecode.events.verb_forms import to_infinitive
from wirecode.nlp import modals

LIGHT_DEPS = {"dobj", "attr", "pobj"}  # "staged a rally to ...", "went on strike to ..."
ORDERS = {"order", "instruct"}  # orders, not appeals: their content is what they impose


def candidates(
    sent, lex: PloverLexicon | None = None, contacts=None, *, appeals: set[int] | None = None
) -> list[Candidate]:
    """Every candidate of a sentence, frames resolved: nested candidates are dropped. The
    triggers of appeals and statements, which frame what they say but are no event, go to
    `appeals`."""
    lex = lex or load()
    contacts = contacts or load_contacts()
    found: dict[int, Candidate] = {}
    for token in sent:
        candidate = None
        if token.pos_ in ("VERB", "AUX"):
            candidate = obligation_candidate(token, lex) or (
                verb_candidate(token, lex, contacts) if _main_verb(token) else None
            )
        elif token.pos_ in ("NOUN", "PROPN"):
            candidate = noun_candidate(token, lex, contacts)
        if candidate is not None and candidate.code.event == "MOBILIZE" and _peacekeeping(token):
            candidate = replace(candidate, code=_PEACEKEEPING)  # troops sent to keep peace
        if candidate is not None and _rioting(candidate, lex):
            candidate = replace(candidate, code=_RIOT)  # "rioters looted shops"
        if candidate is not None and _forces_obstructing(candidate, lex):
            candidate = replace(candidate, code=_CHECKPOINTS)  # "troops set up roadblocks"
        if candidate is not None and _crowd_obstructing(candidate, lex):
            candidate = replace(candidate, code=_OCCUPATION)  # "protesters shut down the port"
        if (
            candidate is not None
            and (candidate.rule not in ("noun", "compound") or token.dep_ == "nsubjpass")
            and natural_cause(candidate.predicate, lex)
        ):
            candidate = None  # "the storm killed 20 people", "a snowstorm blasted the
            # northeast", "the explosion was caused by a gas leak": no actor did it
        if candidate is not None and not is_background(token):
            found[token.i] = candidate
    for i in condemned_subjects(found, lex) + alleged_content(found, lex):
        found.pop(i, None)  # "the killing drew condemnation", "on charges of ordering the
        # killing": what is condemned or alleged is no event of its own
    found.update(allegations(sent, found, lex))
    found.update(judgements(sent, found, lex))
    found.update(attributions(sent, found, lex))
    for i in reporters_verdicts(found, lex):
        found.pop(i)  # "said jets had bombed a town, calling the raid a crime": accused
    for c in [c for c in found.values() if c.rule == "object"]:
        shifted = shifted_object(c.token)  # "shortened by one hour the curfew": the verb's
        if shifted is not None and shifted.i != c.token.i:
            found.pop(shifted.i, None)  # object, not an event of its own
    frames = set(found) | _contact_frames(sent, contacts, lex)
    light = {c.predicate.i for c in found.values() if c.token.dep_ in LIGHT_DEPS} - frames
    # "staged demonstrations to demand reforms": the light verb frames what it governs too
    kept, content = {}, {}
    for i, c in found.items():
        frame = frame_of(
            c.token, (frames | light) - {i, c.predicate.i if c.predicate.i in light else -1}
        )
        if frame is None:
            frame = _light_frame(c, found)
        if frame is None or _result(c, found.get(frame), lex):
            kept[i] = c
        else:
            content.setdefault(frame, []).append(c)
    for i, c in list(kept.items()):  # "helped broker a ceasefire": the act helped with
        acts = _helped_acts(c, content.get(i, ()), lex, contacts)
        if acts is not None:
            del kept[i]
            kept.update((n.token.i, n) for n in acts)
    for i, c in list(kept.items()):  # "warned that prices could rise": a comment
        if lemma_of(c.token) in lex.warning_verbs and not content.get(i) and _comment(c.token, lex):
            del kept[i]
        elif lemma_of(c.token) in lex.warning_verbs and _cautioned(c.token):
            del kept[i]  # "warned against any military intervention": advice, no threat
    for i, c in kept.items():
        kept[i] = _retyped(c, content.get(i, ()), lex)
    for i, c in list(kept.items()):
        if c.code.event == "REQUEST" and (faced := _or_face(c.token, kept)):
            kept[i] = replace(c, code=_ULTIMATUM)  # "must withdraw or face air strikes"
            for j in faced:
                kept.pop(j)
    silent = {i for i, c in kept.items() if _silent(c, lex)}
    if appeals is not None:
        appeals.update(silent)
    return [c for i, c in kept.items() if i not in silent]


def _helped_acts(c: Candidate, nested, lex: PloverLexicon, contacts) -> list | None:
    """Help with an act named by an infinitive is a part in that act, no aid of its own:
    "helped broker a ceasefire" is the mediation, "helped the rebels capture the town" the
    capture, "helped organise the protests" the protest (the infinitive's verb, its
    conjuncts, or the object of a verb of organising; or a contact verb, whose candidate the
    contact coder makes). None when the help names no act ("helped Jordan cope with the
    refugees", "helped families escape the killings" are aid)."""
    if lemma_of(c.token) not in lex.instrument_verbs or any(
        a.dep_ == "aux" and a.tag_ == "MD" for a in c.token.children
    ):
        return None  # "would help Syria crush the revolt": an intent, told by the help
    clauses = [
        v
        for v in c.token.children
        if v.dep_ in ("xcomp", "ccomp") and v.pos_ == "VERB" and not v.tag_.startswith("VBG")
    ]
    verbs = {v.i for v in clauses} | {c.i for v in clauses for c in v.children if c.dep_ == "conj"}
    acts = [
        n
        for n in nested
        if n.token.i in verbs
        or n.token.dep_ == "dobj"
        and n.token.head.i in verbs
        and lemma_of(n.token.head) in lex.helped_by_object
    ]
    if acts or any(lemma_of(v) in contacts.consult_verbs for v in clauses):
        return acts
    return None


def _result(c: Candidate, frame: Candidate | None, lex: PloverLexicon) -> bool:
    """Harm told by a participle of result after another physical act ("arrested dozens,
    wounding five", "cracked down on the protesters, killing five"): an event of its own,
    as the conjuncts of such a participle are ("opened fire, killing one and arresting 12");
    after an assault it stays one event ("opened fire, killing five")."""
    return (
        frame is not None
        and c.code.event == "ASSAULT"
        and frame.code.event in lex.hostile - {"ASSAULT"}
        and c.token.dep_ == "advcl"
        and c.token.tag_ == "VBG"
        and c.token.head.i == frame.token.i
        and not any(m.dep_ in ("mark", "prep") for m in c.token.children)
    )


# A demand with the harm that awaits refusal is an ultimatum (CAMEO 139): "must withdraw
# their heavy weapons by Sunday or face air strikes", "comply or risk sanctions".
_ULTIMATUM = Code("THREATEN", None, "diplomatic")
ALTERNATIVES = {"face", "risk"}


def _or_face(verb, kept: dict[int, Candidate]) -> list[int]:
    """The candidates that an "or face ..." conjunct of the demanded act names."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children):
        return []
    faces = {c.i for c in verb.children if c.dep_ == "conj" and lemma_of(c) in ALTERNATIVES}
    return [j for j, d in kept.items() if d.predicate.i in faces]


def _retyped(c: Candidate, nested: list[Candidate], lex: PloverLexicon) -> Candidate:
    """A frame re-typed by what it governs (`nested`): "did not rule out military action"
    and a promise of harm are threats, an order that restricts is the restriction, an
    appeal to support a third party a rally."""
    lemma = lemma_of(c.token)
    if ruling_out(c.token) and any(n.dep_ == "neg" for n in c.token.children):
        events = [n.code.event for n in nested]  # an intent kept open
        if any(e in lex.hostile for e in events) or _object_words(c.token) & lex.warning_threats:
            c = replace(c, code=Code("THREATEN"))
        elif any(e in lex.cooperative for e in events):
            c = replace(c, code=Code("AGREE"))
    if lemma in lex.promises and _object_words(c.token) & lex.warning_threats:
        c = replace(c, code=Code("THREATEN"))  # "vowed revenge", "promised a tough response"
    if lemma in lex.commissive and any(n.code.event in lex.hostile for n in nested):
        c = replace(c, code=Code("THREATEN"))  # "vowed to crush the revolt": a threat
    if c.code.event == "COERCE" and c.code.mode == "seize" and any(_protested(n) for n in nested):
        c = replace(c, code=_OCCUPATION)  # "students seized the rector's office to protest"
    if c.code.event != "REQUEST":
        return c
    if lemma in ORDERS:  # "ordered the newspaper to suspend publication": an order that
        coerced = [n for n in nested if n.code.event == "COERCE"]  # restricts the one
        return replace(c, code=coerced[0].code) if coerced else c  # ordered is the restriction
    for n in nested:  # "urged the EC to support the PLO": rallying support
        key = f"{n.code.event}/{n.code.mode}" if n.code.mode else n.code.event
        rallied = lex.rallying.get(key) or lex.rallying.get(n.code.event)
        if rallied is not None and not _for_oneself(n.token) and not _ended(n.token, lex):
            return replace(c, code=rallied)
    return c


def _protested(nested: Candidate) -> bool:
    """A protest that is the purpose of the act above it: "occupied the office to protest"."""
    token = nested.token
    return (
        nested.code.event == "PROTEST" and token.dep_ in ("advcl", "xcomp") and to_infinitive(token)
    )


def _ended(token, lex: PloverLexicon) -> bool:
    """What an end is asked for ("called for an end to the siege"): no sanction rallied."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("to", "of")
        and lemma_of(token.head.head) in lex.ending
    )


def _object_words(verb) -> set[str]:
    """The words of all the verb's objects (`object_words`)."""
    return {w for o in objects_of(verb) for w in object_words(o)}


def _silent(candidate: Candidate, lex: PloverLexicon) -> bool:
    """A frame that codes nothing: an appeal, not a demand (PLOVER codes no appeals, CAMEO
    02), or a statement (a denial, accord expressed: CAMEO 016, 019). It still frames what it
    says ("urged both sides to cease fire" is no ceasefire, "denied that its troops had
    shelled the village" no shelling)."""
    if candidate.rule == "statement":
        return True
    if candidate.code.event != "REQUEST" and _advised(candidate.token):
        return True  # "said all parties should push for a settlement" stays a stance
    return candidate.code.event == "REQUEST" and lemma_of(candidate.token) in lex.appeals


ADVICE = {"should", "ought"}  # "said Arab countries should send troops": advice, no intent


def _advised(token) -> bool:
    """An act told with "should" or "ought to" is advice or an opinion, an appeal (CAMEO 02),
    no intent of its doer ("said Arab countries should send troops into Syria", "said some
    troops should go to stop the killing"); a request so told stays the speaker's stance
    ("said all parties should push for a settlement"); with the perfect it is a reproach of
    what was not done ("should have acted"), read by `plover_status`."""
    verb = token
    while verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and verb.head.pos_ != "NOUN":
        verb = verb.head  # "should go to stop the killing", "ought to arm the rebels"
        if verb.lower_ == "ought":
            return True
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    ):
        verb = verb.head  # "should be patient and help the two sides": the modal is shared
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    advice = [c for c in auxes if c.lower_ in ADVICE]
    return bool(advice) and not any(c.lower_ == "have" and c.i > advice[0].i for c in auxes)


# Forces sent to a peacekeeping force or mission provide peacekeeping (CAMEO 074), where
# "sent troops to the border" is a show of force.
_PEACEKEEPING = Code("AID", None, "peacekeeping")


def _peacekeeping(verb) -> bool:
    """ "sent 500 troops to the peacekeeping force", "deployed soldiers as peacekeepers",
    "deployed peacekeepers in the buffer zone"."""
    places = [
        o
        for prep in verb.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for", "as", "with", "into")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    places += [  # "sent troops to lead a peacekeeping force": the purpose's object
        o
        for purpose in verb.children
        if purpose.dep_ in ("advcl", "xcomp") and to_infinitive(purpose)
        for o in purpose.children
        if o.dep_ == "dobj"
    ]
    return any(
        "peacekeep" in w.text_with_ws.lower().replace("-", "").replace(" ", "")
        or "peacekeep" in "".join(t.lower_ for t in w.subtree if t.text != "-")
        for o in places + [c for c in verb.children if c.dep_ == "dobj"]
        for w in (o, *o.children)
    )


# Property destroyed by a crowd is a riot (CAMEO 145), as crowds who attack riot (the
# subjects of "attack" in plover.yaml), where soldiers who loot assault (1712).
_RIOT = Code("PROTEST", "riot")
_OCCUPATION = Code("PROTEST", "obstruct")  # a place seized in protest (CAMEO 144)


# Roadblocks that troops or police put up restrict movement (CAMEO 191), where protesters'
# obstruct (144).
_CHECKPOINTS = Code("COERCE", "restrict", "military")


def _forces_obstructing(candidate: Candidate, lex: PloverLexicon) -> bool:
    """ "troops fanned out, setting up roadblocks": an obstruction whose doer is a force of
    order (the subject of the verb, or of the verb a participle with none hangs on)."""
    if candidate.code.event != "PROTEST" or candidate.code.mode != "obstruct":
        return False
    verb = candidate.predicate
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(lemma_of(s) in lex.own_forces for s in subjects)


def _crowd_obstructing(candidate: Candidate, lex: PloverLexicon) -> bool:
    """ "protesters shut down the port", "farmers sealed off the ministry", "demonstrators
    seized the governor's office": a place closed or seized by protesters or strikers (the
    subjects of "blockade" in plover.yaml) is obstructed in protest (CAMEO 144), where police
    who close it restrict movement and troops who seize it take territory."""
    if candidate.code.event != "COERCE" or candidate.code.mode not in ("restrict", "seize"):
        return False
    verb = candidate.predicate
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    crowds = lex.subjects.get("blockade", {})
    return any(w in crowds for s in subjects for w in object_words(s))


def _rioting(candidate: Candidate, lex: PloverLexicon) -> bool:
    """ "rioters looted shops and set fire to government buildings": destruction of
    property whose subject is a crowd."""
    if candidate.code.event != "ASSAULT" or candidate.code.mode != "seize":
        return False
    crowds = lex.subjects.get("storm", {})  # the crowds who riot (as in "attack")
    subjects = [c for c in candidate.predicate.children if c.dep_ == "nsubj"]
    if candidate.predicate.dep_ == "conj":  # "looted shops and set fire": the first verb's
        subjects += [c for c in candidate.predicate.head.children if c.dep_ == "nsubj"]
    return any(w in crowds for s in subjects for w in object_words(s))


def _light_frame(c: Candidate, found: dict[int, Candidate]) -> int | None:
    """A noun in a preposition of the verb whose object or passive subject is another event
    noun is that noun's content: "an investigation was launched into the killings", "an
    appeal was made for aid", "staged demonstrations against the arrests", "was put under
    investigation for her role in the rioting"; so is one it includes ("concessions,
    including a pledge")."""
    if c.rule not in ("noun", "compound") or c.token.dep_ != "pobj":
        return None
    if c.token.head.lower_ == "including":  # "made concessions, including a pledge to keep
        return next(  # the pits open": one of the concessions
            (
                d.token.i
                for d in found.values()
                if d.rule in ("noun", "compound")
                and d.token.i < c.token.i
                and d.predicate.i == c.predicate.i
            ),
            None,
        )
    return next(
        (
            d.token.i
            for d in found.values()
            if d.rule in ("noun", "compound")
            and d.token.i != c.token.i
            and d.predicate.i == c.predicate.i
            and _light_place(d.token, c.predicate)
        ),
        None,
    )


def _light_place(noun, verb) -> bool:
    """The verb's object or passive subject, or what it puts someone under ("was put under
    investigation for her role in the rioting")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.head.head.i == verb.i
    return noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.i == verb.i


def _cautioned(verb) -> bool:
    """A warning against something, addressed to no one named ("warned against any military
    intervention", "cautioned against exceeding the mandate"): advice (CAMEO 02), no threat;
    one put to someone is a threat ("warned Iran against any attack on its ships")."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative", "nsubjpass") for c in verb.children
    )


def _comment(verb, lex: PloverLexicon) -> bool:
    """A warning that only says something will happen ("warned that food prices could
    rise", CAMEO 012): a clause that holds no event and no word of threat."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    subjects = {lemma_of(c) for c in verb.children if c.dep_ == "nsubj"}
    if any(  # "Russia warned it would target convoys": its own act, a threat
        s.dep_ == "nsubj"
        and (s.lower_ in ("it", "they", "we", "he", "she") or lemma_of(s) in subjects)
        for c in clauses
        for s in c.children
    ) and any(a.lower_ in modals.TO_COME for c in clauses for a in c.children):
        return False
    words = {w for c in clauses for t in c.subtree for w in (t.lower_, lemma_of(t))}
    return not words & lex.warning_threats


def _for_oneself(token) -> bool:
    """ "pushed for the US to support its plan": what is asked for serves the asker (its
    own plan), a request (CAMEO 102), not a rally on behalf of another (053)."""
    return any(
        p.dep_ == "poss" and p.pos_ == "PRON"
        for obj in token.children
        if obj.dep_ in ("dobj", "pobj")
        for p in obj.children
    )


def _contact_frames(sent, contacts, lex: PloverLexicon) -> set[int]:
    """Request verbs of the contact lexicon govern what they ask for ("urged talks"), when
    they ask for something: "troops pushed into the town, killing 30" asks for nothing."""
    verbs = contacts.request_verbs - {"want"}
    return {t.i for t in sent if t.pos_ == "VERB" and lemma_of(t) in verbs and _asks(t, lex)}


ASKING_DEPS = {"dobj", "dative", "xcomp", "ccomp"}  # "urged restraint", "pressed Iran to"


def _asks(verb, lex: PloverLexicon) -> bool:
    """A verb of requesting with what it asks for: an object, a clause or its request
    preposition ("pushed for reform", "called on Israel"; "on Sunday" asks for nothing)."""
    preps = lex.request_preps.get(lemma_of(verb), ("for",))
    return any(
        c.dep_ in ASKING_DEPS or c.dep_ == "prep" and c.lower_ in preps for c in verb.children
    )


def _apposed_clause(clause) -> bool:
    """A clause the parser hangs on a verb that follows it with its own object between them:
    "X accused Y of Z, a charge Islamabad denies" is the news with a relative clause on "a
    charge", not the content of "denies"."""
    head = clause.head
    return clause.i < head.i and any(
        c.dep_ == "dobj" and clause.right_edge.i < c.i < head.i for c in head.children
    )


def _gerund_of_finite(conjunct) -> bool:
    """A gerund with neither subject nor auxiliary that the parser coordinates with a finite
    verb ("accused Pakistan of training and arming militants"): no second predicate of that
    verb's clause, but a conjunct of the gerund in its complement."""
    return (
        conjunct.tag_ == "VBG"
        and conjunct.head.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conjunct.children)
    )


def frame_of(token, frames: set[int]) -> int | None:
    """The index of the governing head of `token` that is another candidate, if any."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ == "conj" and current.head.i != current.i:
            if _gerund_of_finite(current) and current.head.i in frames:
                return current.head.i  # "accused Pakistan of training and arming militants"
            current = current.head  # "accused X of killing or wounding": conjuncts share a
            if current.dep_ == "advcl" and not to_infinitive(current):  # frame, but not a
                return None  # clause of result ("opened fire, killing one and arresting 12");
            continue  # a purpose does ("poured into the streets to celebrate and demand");
            # the first conjunct itself frames nothing ("kidnapped and bombed")
        if current.dep_ in STOP_CLIMB or current.head.i == current.i:
            return None
        if (sibling := _clause_beside(current, frames)) is not None:
            return sibling  # "The rebel leadership charged on Sunday that troops had
            # massacred ...": both verbs hung on the noun, the "that" clause the first's
        if current.dep_ == "ccomp" and _apposed_clause(current):
            return None
        if (
            current.dep_ in ("nsubj", "nsubjpass")
            and current.head.i not in frames
            and not (current.head.dep_ == "ccomp" and to_infinitive(current.head))
        ):  # ("allowed the relief convoy to enter": the convoy is what is allowed)
            return None  # "protests that followed the arrests" climbs no further
        current = current.head
        if current.i in frames:
            return current.i
    return None


def _clause_beside(clause, frames: set[int]) -> int | None:
    """A "that" clause the parser hangs on a noun beside an earlier participle of that noun
    which is a frame: the subject and its verb misread as a noun with two clauses ("The
    Chechen rebel leadership charged on Sunday that Russian troops had massacred ...")."""
    if clause.dep_ != "acl" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    return next(
        (
            c.i
            for c in clause.head.children
            if c.dep_ == "acl" and c.i < clause.i and c.i in frames and c.tag_ in ("VBD", "VBN")
        ),
        None,
    )


def _main_verb(token) -> bool:
    """A verb, or "be" as the main verb ("two journalists were among the dead": its
    preposition's object read as a verb's is)."""
    return token.pos_ == "VERB" or (
        token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass")
    )
