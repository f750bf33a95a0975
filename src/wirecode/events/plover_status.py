"""Status and intent, read the PLOVER way.

`event_status` is `wirecode.events.status.status_of`, except that a trigger is not its own
modal ("opened fire") and an attempt is the event ("tried to hack"). `plover_reading`
turns an expressed intent into a type of its own: a cooperative act told as planned or
hypothetical is AGREE, a hostile one THREATEN, a cooperative one refused in the future
tense ("would not meet their demands") REJECT, an intent on a condition an ultimatum.
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.events.journeys import is_journey_aim
from wirecode.events.lexicon import load as load_contacts
from wirecode.events.plover_background import DISCUSSING
from wirecode.events.plover_lexicon import Code, PloverLexicon, load
from wirecode.events.plover_verbs import obligation_candidate, wished_of_another
from wirecode.events.plover_words import lemma_of, planned_for, ruling_out
from wirecode.events.status import status_of
from wirecode.events.subordinate_clauses import on_condition
from wirecode.events.trigger_words import actor_word
from wirecode.events.verb_forms import forms, to_infinitive
from wirecode.nlp import modals

ATTEMPTS = {"try", "attempt"}  # "tried to hack": PLOVER codes the attempt as the event


def event_status(token, contacts) -> str:
    """`status_of`, except that a trigger is not its own modal ("opened fire", "offered
    help": open and offer mark attitudes only when they govern another verb) and that an
    attempt is the event ("tried to hack")."""
    status = status_of(token, contacts)
    if status == "planned" and _going_on(token):
        status = status_of(token, replace(contacts, planned=contacts.planned - {"going"}))
    if status == "planned" and (aim := _journey_aim(token)) is not None:
        status = event_status(aim.head, contacts)  # "traveled to attend the demonstration"
    if _lacked(token):
        return "negated"  # "the talks ended without agreement": no agreement reached
    if status == "negated" and _demanded_not(token):
        return status_of(token.head, contacts)  # "told Xi that China must not arm Russia"
    if status in ("hypothetical", "planned") and forms(token) & (
        contacts.hypothetical | contacts.planned
    ):
        status = _own_status(token, contacts)
        if status == "occurred" and token.dep_ in ("xcomp", "ccomp", "conj"):
            status = status_of(token.head, contacts)
    if status == "hypothetical" and token.dep_ == "xcomp" and lemma_of(token.head) in ATTEMPTS:
        status = event_status(token.head, contacts)
    return status


def _journey_aim(token):
    """The purpose clause of a journey the trigger is in ("traveled two hours by bus to attend
    the demonstration", "flew two helicopters to Ajdabiya to join the fighting"): what the
    journey was for, told by the reporter, takes the journey's own status; it is no intent
    the doer stated (a meeting aimed at is the contact coder's). None: no such clause."""
    return next(
        (
            t
            for t in (token, *token.ancestors)
            if is_journey_aim(t) and not (t.head.lower_ == "going" and t.dep_ == "xcomp")
        ),
        None,
    )  # "police were going to arrest anyone": the future, no journey


def _going_on(token) -> bool:
    """A "going" above the trigger that goes on or goes somewhere, with no "to" infinitive
    after it: it continues or moves, and plans nothing ("the fighting was still going on",
    "soldiers are going door to door evicting people"; "are going to arrest them" plans)."""
    goings = [t for t in (token, *token.ancestors) if t.lower_ == "going"]
    return bool(goings) and not any(
        c.dep_ == "xcomp" and to_infinitive(c) for t in goings for c in t.children
    )


def _demanded_not(token) -> bool:
    """A demand put on someone else that says what they must not do ("said that China must
    not arm Russia", `plover_verbs.obligation_candidate`), whose subject names someone: its
    negation is its content, not the demand's."""
    return (
        obligation_candidate(token, load()) is not None
        and any(c.dep_ == "neg" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and actor_word(c) for c in token.children)
    )  # "said the talks must not fail" demands nothing of anyone


def _lacked(token) -> bool:
    """An act named by a noun that is the object of "without": what did not happen ("ended
    without agreement", "broke up without a deal"); so is an act in the "of" of a noun with
    "no" ("with no reports of fighting", "there was no sign of a withdrawal")."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    return (
        token.dep_ in ("pobj", "pcomp")
        and token.head.lower_ == "of"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.head.children)
    )


def _own_status(token, contacts) -> str:
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in contacts.negators for c in auxes):
        return "negated"
    if any(c.lower_ in contacts.future_aux for c in auxes):
        return "planned"
    if any(forms(c) & contacts.hypothetical for c in auxes):
        return "hypothetical"
    return "occurred"


def plover_reading(code: Code, status: str, token, lex: PloverLexicon) -> tuple[str, str]:
    """(type, status) read the PLOVER way: intents are AGREE/THREATEN, refusals REJECT."""
    if _withheld(token, lex):
        return code.event, "negated"  # "to prevent the army from attacking civilians"
    if _weighed(token):
        return code.event, "negated"  # "sending troops would be a mistake": an opinion
    if _proposed(token, lex):
        return code.event, "negated"  # "the only solution is to send in troops": an opinion
    if _discussed(token):
        return code.event, "negated"  # "met to discuss imposing sanctions": a topic
    if _foreseen(token):
        return code.event, "negated"  # "more protests are expected at the weekend"
    if _written_about(token):
        return code.event, "negated"  # "she wrote about the arrests on her blog": a topic
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and wished_of_another(token.head, lex):
        return code.event, "negated"  # "wants the police to end the protests": no protest
    if _foretold_effect(token, lex) or _in_the_event_of(token):
        return code.event, "negated"  # "an invasion would be costly": an assessment
    if status == "hypothetical" and _capacity(token, lex):
        return code.event, "negated"  # "the EU can deploy 300 paramilitaries": a capacity
    if _imperative(token):
        return code.event, "negated"  # "just give them weapons": advice, no act
    if _passed_over(token):
        return code.event, "negated"  # "rather than lifting the curfew": not done
    if status in ("hypothetical", "planned") and (told := _perfect_modal(token)) is not None:
        if told == "negated":
            return code.event, told  # "could have killed hundreds if it had gone off"
        status = told  # "said detainees may have been tortured": a past act told as likely
    if status == "negated" and code.event in ("THREATEN", "AGREE") and ruling_out(token):
        status = "occurred"  # "did not rule out military action": an option kept open
    if status == "hypothetical" and code.event == "THREATEN" and _conditional_threat(token):
        status = "occurred"  # "threatened serious consequences if she goes": a threat made
    if status == "occurred" and _deliberated(token, lex):
        status = "hypothetical"  # "is considering sanctions": weighed, not taken
    if status == "occurred" and (noun := _intention_noun(token, lex)) is not None:
        status = "planned"  # "announced plans to release them": an intent
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            status = "negated"  # "has no plans to send troops": an intent disowned
    if status == "occurred" and token.dep_ == "xcomp" and lemma_of(token.head) in lex.promising:
        status = "planned"  # "undertook to release all prisoners": a promise
    if status == "negated" and _unhesitating(token):
        status = "planned"  # "would not hesitate to use force": a resolve, not a refusal
    if status == "occurred" and code.event not in lex.hostile and _failed(token):
        status = "negated"  # "failed to reach an agreement" (a failed attack is still one)
    if status == "negated" and _acceptance_withheld(token, lex):
        return "REJECT", "occurred"  # "would not accept the annexation of Crimea"
    if status in ("planned", "hypothetical", "negated") and _ultimatum(token):
        return "THREATEN", "occurred"  # "will not release them unless": an ultimatum
    if status == "negated" and code.event in lex.cooperative | {"AGREE"}:
        chain = [token, *token.ancestors][:4]
        if lemma_of(token) in lex.intolerance and any(
            c.lower_ in lex.refusal_aux for c in token.children if c.dep_ == "aux"
        ):
            return "THREATEN", "occurred"  # "will not tolerate protests": repression promised
        if any(c.lower_ in lex.refusal_aux for t in chain for c in t.children if c.dep_ == "aux"):
            return "REJECT", "occurred"  # "said it would not meet their demands"
        if any(_no_intention(t, lex) for t in chain):
            return "REJECT", "occurred"  # "has no intention of negotiating with terrorists"
        if lemma_of(token) in lex.acceptance and not any(c.lower_ == "yet" for c in token.children):
            return "REJECT", "occurred"  # "did not accept the plan": acceptance withheld
    if status in ("planned", "hypothetical") and _others_attitude(token):
        return code.event, status  # "analysts expect China to attack": no intent of China's
    if status in ("planned", "hypothetical"):
        if code.event in lex.cooperative:
            return "AGREE", "occurred"  # "will support", "is willing to withdraw"
        if code.event in lex.hostile:
            return "THREATEN", "occurred"  # "will extend the curfew", "may halt"
    return code.event, status


# verbs by which others foresee an event: "troops are expected to attack", "more protests
# are expected at the weekend", "further clashes are feared"
FORESEEING = {"expect", "fear", "anticipate", "predict", "forecast"}


def _foreseen(token) -> bool:
    """An event named by a noun that is the passive subject of a verb of foreseeing ("more
    protests are expected at the weekend", "further clashes are feared in the coming days",
    "a government offensive is expected within days") is a forecast (CAMEO 012-013), no
    event, as one the parser hangs as the raised object of such a verb is."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "nsubjpass"
        and lemma_of(token.head) in FORESEEING
        and not any(c.dep_ == "xcomp" for c in token.head.children)
    )


def _others_attitude(token) -> bool:
    """An act told as what others want, expect or fear someone to do: an infinitive with a
    subject of its own under their verb ("analysts expect China to attack Taiwan", "voters
    want Biden to sanction Russia"), or the infinitive of a passive verb of foreseeing
    ("government troops are expected to attack the town"); the attitude is theirs, not the
    doer's intent."""
    verb = token
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        if lemma_of(verb.head) in FORESEEING and any(
            c.dep_ == "nsubjpass" for c in verb.head.children
        ):
            return True  # "troops are expected to attack the town": others expect it
        verb = verb.head  # "expect China to try to attack"
    return (
        verb.dep_ == "ccomp"
        and to_infinitive(verb)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and verb.head.pos_ == "VERB"
    )


PAST_POSSIBILITY = {"may", "might", "must"}  # "may have been tortured"
UNREALISED_PAST = {"would", "should", "could"}  # "would have killed hundreds", "could have
# cancelled his trip" (what could have been done was, in news copy, mostly not)


def _perfect_modal(token) -> str | None:
    """A modal with the perfect on the trigger tells a past act, not an intent: one that may,
    might or must have happened is told as likely ("said detainees may have been tortured",
    "might have used heavy weapons": occurred); one that would, should or could have
    happened, or that any modal puts under a condition, did not happen ("would have
    massacred thousands", "could have cancelled his trip", "could have killed hundreds if it
    had gone off": negated). None: no such modal."""
    auxes = sorted((c for c in token.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    modal = next((c for c in auxes if c.tag_ == "MD"), None)
    if modal is None or not any(c.lower_ == "have" and c.i > modal.i for c in auxes):
        return None
    if modal.lower_ in UNREALISED_PAST or on_condition(token):
        return "negated"
    return "occurred" if modal.lower_ in PAST_POSSIBILITY else None


def _conditional_threat(token) -> bool:
    """A threat whose only mark of the hypothetical is its condition: a threat is made on a
    condition by nature ("warned of a strong response if Pelosi visits Taiwan"); one told
    with a modal of its own is still a possibility ("could threaten Ukraine")."""
    return on_condition(token) and _own_status(token, load_contacts()) == "occurred"


def _acceptance_withheld(token, lex: PloverLexicon) -> bool:
    """An act named as the object of a verb of acceptance that is negated ("would not accept
    the annexation of Crimea", "will never recognise the occupation"): a refusal of what it
    names, whatever its type (an act of one's own not accepted is covered above)."""
    head = token.head
    if token.dep_ != "dobj" or token.pos_ != "NOUN" or lemma_of(head) not in lex.acceptance:
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)


def _deliberated(token, lex: PloverLexicon) -> bool:
    """An act under a verb of deliberation ("considering imposing sanctions", "weighing
    military action"): its complement or object."""
    head = token.head
    if token.dep_ in ("xcomp", "dobj", "ccomp") and lemma_of(head) in lex.deliberation:
        return True
    return token.dep_ == "pobj" and lemma_of(head.head) in lex.deliberation


def _intention_noun(token, lex: PloverLexicon):
    """The noun of intention whose content an act is ("announced plans to release the
    prisoners", "expressed its intention to cooperate", "reserved the right to retaliate"):
    the noun that the infinitive modifies, also when the act is the object of that
    infinitive ("announced plans to launch air strikes") or the noun after its "for" ("drew
    up plans for air strikes"). None if there is none."""
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        return planned_for(token, lex)  # "drew up plans for air strikes"
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB":
        token = token.head  # the light verb of an act named by its noun
    if token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return None
    if not to_infinitive(token):
        return None
    noun = token.head
    if lemma_of(noun) in lex.intention_nouns:
        return noun
    return noun if lemma_of(noun) == "right" and lemma_of(noun.head) == "reserve" else None


def _no_intention(token, lex: PloverLexicon) -> bool:
    """A noun of intention with "no" ("has no intention of negotiating"): a refusal."""
    return lemma_of(token) in lex.intention_nouns and any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children
    )


def _unhesitating(token) -> bool:
    """ "would not hesitate to use force": a negated verb of hesitating affirms its
    complement."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and lemma_of(head) == "hesitate"
        and any(c.dep_ == "neg" for c in head.children)
    )


def _withheld(token, lex: PloverLexicon) -> bool:
    """An act that did not happen because it was withheld: the gerund of a "from" after a
    verb of preventing or refraining ("to prevent the army from attacking civilians",
    "refrained from criticising the king"; the parser may hang the "from" on the object),
    the gerund of an "of" after "stop short" or "fall short" ("stopped short of criticising
    the king"), or the clause of a sign or an indication with "no" ("gave no indication that
    he would step down"). An act named by the gerund's object counts too ("kept them from
    holding talks")."""
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.dep_ == "pcomp":
        token = token.head  # "prevented them from holding talks"
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        prep, verb = token.head, token.head.head
        if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
            verb = verb.head  # "prevent the army from": the parser's "from" on the object
        if prep.lower_ == "from" and lemma_of(verb) in lex.preventing:
            return True
        if prep.lower_ == "of" and prep.head.lower_ == "short":
            verb = prep.head.head
        if prep.lower_ == "of" and lemma_of(verb) in lex.falling_short:
            return any(c.lower_ == "short" for c in verb.children)
        return False
    if token.dep_ not in ("acl", "ccomp") or lemma_of(token.head) not in lex.no_sign:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children)


def _imperative(token) -> bool:
    """A verb in the imperative, a bare root with no subject and no auxiliary, tells someone
    what to do: advice or an appeal (CAMEO 02), no act, and so does an act it governs or a
    conjunct that has no subject of its own ("just give them weapons and let them fight",
    "send your money there"); so does a bare verb that opens a quotation hung on the verb
    that reports it ('"Bomb the airfields," one senator said'); a headline's present with
    its subject is the news."""
    verb = token
    while verb.dep_ in ("conj", "xcomp", "ccomp", "advcl"):
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            return False  # "drop a few bombs and the war will end": its own clause
        if verb.dep_ in ("ccomp", "advcl") and _bare(verb) and _quoted(verb):
            return True  # '"Arrest them all," the officer shouted': an order quoted
        if verb.dep_ == "advcl":
            return False
        verb = verb.head
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children
        )
    )


def _bare(verb) -> bool:
    """A verb in its base form with no subject and no auxiliary of its own."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children
    )


def _quoted(verb) -> bool:
    """The verb opens a quotation: the last quotation mark before it in its sentence opens
    one, and only words that do not name a doer ("please", "now", "just") come between."""
    marks = [t for t in verb.sent if t.i < verb.i and t.tag_ in ("``", "''")]
    if not marks or marks[-1].tag_ != "``":
        return False
    between = verb.doc[marks[-1].i + 1 : verb.i]
    return all(t.pos_ in ("ADV", "INTJ", "PUNCT") for t in between)


def _passed_over(token) -> bool:
    """The gerund of "rather than" or "instead of" names what was not done in place of the
    act of the clause ("rather than lifting the curfew, the army extended it"); the parser
    hangs "rather" on the preposition or on the verb, so the word before it is read."""
    prep = token.head
    before = token.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return token.dep_ == "pcomp" and (prep.lower_, before) in (
        ("than", "rather"),
        ("of", "instead"),
    )


def _capacity(token, lex: PloverLexicon) -> bool:
    """An act told with a plain "can" is what someone is able to do, no intent and no act
    (CAMEO 01, as a power or a means to act is): "the EU can deploy several hundred
    paramilitaries within days", "the army can strike any target". Not "cannot" (a refusal
    or a denial), not "could" (an offer or a forecast), not a speaker's own "we can" or "I
    can" (a boast, a threat or an offer), not a judgement ("can be described as slaughter")."""
    return (
        any(c.dep_ == "aux" and c.lower_ == "can" for c in token.children)
        and not any(c.dep_ == "neg" for c in token.children)
        and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children)
        and lemma_of(token) not in lex.judging
    )


def _weighed(token) -> bool:
    """An act that is judged, not told: the clause subject of a copula with a complement
    ("shutting down the internet would be impossible", "arming the rebels is dangerous"), or
    the infinitive of a complement of an "it" copula ("it would be premature to send weapons",
    "it would be a mistake to impose sanctions"), or the clause subject of a verb with a
    modal ("sending more troops would only prolong the war"). What is said of it is an
    opinion or a forecast (CAMEO 01), no report of the act; an act named by the gerund's
    object counts too ("bombing the city killed 20 people" still reports the bombing)."""
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.dep_ == "csubj":
        token = token.head  # "imposing sanctions would be a mistake"
    head = token.head
    if token.dep_ == "acl" and head.dep_ in ("attr", "acomp"):
        head = head.head  # "it would be a mistake to impose": the infinitive on the noun
    elif token.dep_ == "csubj":
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return True  # "sending more troops would only prolong the war": a forecast
    elif token.dep_ != "xcomp" or not to_infinitive(token):
        return False
    elif not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return False
    if token.dep_ == "acl" and not any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children
    ):
        return False
    return lemma_of(head) == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)


def _proposed(token, lex: PloverLexicon) -> bool:
    """An act told as what a way, an option or a step is, the infinitive or bare verb after
    a copula whose subject is such a noun (`intent.options`: "the right thing to do is give
    the protesters weapons", "the best way to end the war is to arm the rebels", "the only
    solution is to send in ground troops"), is advice or an opinion (CAMEO 01/02), no act;
    an act named by the verb's object counts too. A doer's "be to" ("the president is to
    visit Paris", "the government was to blame") and a goal ("the aim is to force him out")
    are read by the other rules."""
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB":
        token = token.head  # "the answer is to launch air strikes"
    if token.dep_ == "conj" and token.head.dep_ == "xcomp":
        token = token.head  # "the answer is to arm the rebels and bomb the airfields"
    if token.dep_ != "xcomp" or token.tag_ != "VB" or lemma_of(token.head) != "be":
        return False
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(lemma_of(s) in lex.options for s in subjects)


def _discussed(token) -> bool:
    """A gerund that a verb of discussing takes as its complement is what is discussed, a
    topic, no act, as a noun object is ("met to discuss imposing sanctions on Damascus",
    "the cabinet debated lifting the state of emergency"); an act named by the gerund's
    object counts too ("discussed launching air strikes")."""
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.tag_ == "VBG":
        token = token.head
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("xcomp", "ccomp", "dobj")
        and lemma_of(token.head) in DISCUSSING
    )


def _written_about(token) -> bool:
    """An event named by a noun that a verb is about (wrote, testified, learned, complained
    or protested about it: "about", "concerning", "regarding" hung on the verb) is that
    verb's topic, as what is talked about is, no event of its own: "she wrote about the
    arrests on her blog", "testified about the torture she suffered"."""
    prep = token.head
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and prep.lower_ in ("about", "concerning", "regarding")
        and prep.dep_ == "prep"
        and prep.head.pos_ == "VERB"
    )


FORECASTING = modals.CONDITIONAL | modals.POSSIBLE  # "an invasion would be costly"
LATER = {"soon", "later", "eventually", "then", "subsequently", "ultimately"}  # narrative


def _foretold_effect(token, lex: PloverLexicon) -> bool:
    """What an event or a measure would, could or might do or be, told of it as the subject
    of a verb with such a modal, is a forecast or an assessment (CAMEO 012-013), no intent
    of anyone's and no event: "an invasion would be costly and dangerous" (the invasion),
    "a ceasefire would allow aid to reach the wounded" (the allowing), "a no-fly zone would
    not stop the killing" (no refusal), as an act told by a clause subject is ("sending
    troops would prolong the war"). Only what it would be or do (a complement, an object or
    a clause): when it would happen is a plan ("said an offensive would begin at dawn"); a
    modal with the perfect tells a past act ("an airstrike may have caused casualties"), and
    "would" with "soon", "later" or "eventually" what followed ("mass protests would soon
    topple his reign"); a doer's modal ("the army would attack") is read by the intent
    rules."""
    if token.pos_ == "NOUN" and token.dep_ == "nsubj":
        verb, subject = token.head, token
    else:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return False
        verb, subject = token, subjects[0]
    things = lex.risk_subjects | set(lex.nouns)
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # "an airstrike may have caused casualties": a past act told as likely
    if any(c.dep_ == "advmod" and c.lower_ in LATER for c in verb.children):
        return False  # "mass protests would soon topple his reign": what followed, told
    told = [c.dep_ for c in verb.children]  # what it would be or do: "would be costly",
    # "would allow aid"; not when it would happen ("an offensive would begin at dawn", said
    # of a plan)
    return (
        subject.pos_ == "NOUN"
        and (lemma_of(subject) in things or subject.lower_ in things)
        and any(c.dep_ == "aux" and c.lower_ in FORECASTING for c in verb.children)
        and (
            lemma_of(verb) == "be"
            and ("acomp" in told or "attr" in told)
            or lemma_of(verb) != "be"
            and ("dobj" in told or "ccomp" in told)
        )
    )


def _in_the_event_of(token) -> bool:
    """An event named after "in the event of" or "in case of" is a condition, no event: "in
    the event of an attack, residents are told to go to the shelters"."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in ("event", "case")
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ == "in"
    )


def _failed(token) -> bool:
    """The act is the complement of "fail", or the object of one ("failed to reach an
    agreement", "failed to lift the curfew")."""
    for _ in range(3):
        if token.dep_ == "xcomp" and lemma_of(token.head) == "fail":
            return True
        if token.dep_ not in ("dobj", "xcomp"):
            return False
        token = token.head
    return False


def _ultimatum(token) -> bool:
    """An intent or refusal on a condition the other side must meet: "would free the
    hostages unless", "will not withdraw unless" (CAMEO 139: an ultimatum)."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for t in [token, *token.ancestors][:2]
        for c in t.children
    )
