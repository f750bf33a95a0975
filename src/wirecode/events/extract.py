"""From a parsed document to Mentions: trigger, participants, status, initiator and date.

Participants of a trigger are the actors named inside the clause it governs (`scope`), plus
the subject it inherits when it has none of its own ("made a visit to Kyiv to meet
Zelensky": `meet` takes `made`'s subject). A visit puts its subject in `actors` and the host
(person or place) in `recipients`; calls and meetings are reciprocal. "The call" with no
participants of its own refers back to the latest contact of the document.
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from wirecode.actors.mentions import ActorMention
from wirecode.actors.words import TITLE_LEMMAS
from wirecode.events.dating import DOCUMENT_BASIS, NARRATIVE, NARRATIVE_BASIS, DateFinder
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import (
    PRESUPPOSING,
    forms,
    governing_chain,
    status_of,
    to_infinitive,
    told_as_earlier,
    told_as_past,
)
from wirecode.events.triggers import (
    Trigger,
    find_triggers,
    governing_verb,
    mode_of,
    names_two_parties,
    scope,
)
from wirecode.records import ActorRef, DateValue, Document, Mention

logger = logging.getLogger(__name__)

SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}
INHERIT_THROUGH = {"xcomp", "advcl", "acl", "conj", "pcomp", "pobj", "prep", "acomp"}
STATE_DEPTH = 2  # a state takes part only when named close to the trigger (not "the anniversary
# of the Russian invasion")
MAX_INHERIT = 4
NARRATIVE_REACH = 4  # sentences over which a told day stays the narrative's reference time
REPORT_SLACK = dt.timedelta(days=3)  # a report may trail the contact it reports by days


@dataclass(slots=True)
class Side:
    subjects: list[ActorRef] = field(default_factory=list)
    others: list[ActorRef] = field(default_factory=list)


def _expand(mention: ActorMention) -> list[ActorRef]:
    return list(mention.members) if mention.members else [mention.actor]


def _subject_tokens(token) -> set[int]:
    """Tokens of the subject-like dependents of a token (nsubj, agent "by X", poss)."""
    found: set[int] = set()
    for child in token.children:
        # "a visit by Biden": "by" names the doer of a noun; after a verb in the active voice
        # it is a manner ("arrived by surprise"), the passive's doer being an `agent`
        by = child.dep_ == "prep" and child.lower_ == "by" and token.pos_ in ("NOUN", "PROPN")
        if child.dep_ in SUBJECT_DEPS or by:
            if child.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                found.update(t.i for t in token.head.subtree if t.i < token.head.i + 1)
                continue
            found.update(t.i for t in child.subtree)
    head = token.head
    if token.dep_ == "acl" and token.tag_ == "VBG" and head.pos_ == "PROPN" and not found:
        # "Mubarak and Barak, meeting in Alexandria on Monday, agreed": the names it follows
        found.update({t.i for t in head.subtree} - {t.i for t in token.subtree})
    return found


def _inherited_subject(token, actor_heads: set[int]) -> set[int]:
    """The subject of the nearest governing verb, for triggers with none of their own.

    A verb inherits through open complements and purpose clauses ("made a visit to meet
    Zelensky"); a noun only through prepositions ("expressed its stance in a call with"),
    never as the object of another verb ("Dujarric announced the meeting").
    """
    current = token
    for _ in range(MAX_INHERIT):
        if current.dep_ == "dobj" and current.pos_ in ("NOUN", "PROPN"):
            return set()
        if current.dep_ not in INHERIT_THROUGH or current.head.i == current.i:
            return set()
        current = current.head
        found = _subject_tokens(current)
        if found & actor_heads:  # "since the war began, speaking with him": not the war
            return found
    return set()


def participants(
    trigger: Trigger,
    mentions: list[ActorMention],
    *,
    lex: Lexicon,
    inherit: bool = False,
) -> tuple[Side, set[int]]:
    """The actors a trigger governs, split into its subject side and the others; a reference
    ("the call") inherits no subject unless told to (`inherit`)."""
    tokens = scope(trigger.token)
    if trigger.predicate.i != trigger.token.i:
        tokens |= scope(trigger.predicate)
    subject = _subject_tokens(trigger.token) | _subject_tokens(trigger.predicate)
    tokens |= subject  # "Mubarak, who met Barak on Monday, said": the noun "who" stands for
    doc = trigger.token.doc
    if subject and all(doc[i].pos_ == "PRON" for i in subject):
        if not subject & {m.head for m in mentions}:
            subject = set()  # "During his state visit, Xi praised": "his" is Xi, named after
    inherited = False
    if not subject and (inherit or not trigger.anaphoric):
        subject = _inherited_subject(trigger.predicate, {m.head for m in mentions})
        tokens |= subject
        inherited = bool(subject)
    side = Side()
    seen: set[str] = set()
    people_tokens = {i for m in mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    for mention in mentions:
        if mention.head not in tokens:
            continue
        if (
            mention.actor.kind != "person"
            and mention.head not in subject
            and _depth(doc[mention.head], trigger) > STATE_DEPTH
            and not _of_a_side(doc[mention.head], trigger, lex)
        ):
            continue
        head = doc[mention.head]
        if _dateline(doc, mention) or _occasion(doc, mention, lex.occasion_nouns):
            continue  # "ROME: Trump met Zelensky", "met ... before Pope Francis' funeral"
        if _byline(doc, mention):
            continue  # "By Larry Shaughnessy, Pentagon Producer Maj. Harney is welcomed"
        if (
            head.dep_ == "poss"
            and head.head.i not in (trigger.token.i, trigger.predicate.i)
            and not (
                inherited and head.i in subject and not _of_person(head.head, people_tokens)
            )  # "Orban's visit to meet Putin", "Putin's remarks, made after a meeting with"
        ):
            continue  # "Biden's G-7 counterparts have visited", "Putin's adviser flew to meet"
        if _attribution(head):
            continue  # "talked with Tantawi, according to Pentagon spokesman Geoff Morrell"
        if mention.actor.kind != "person" and (
            _affiliation(head, people_tokens) or _title_of(doc, mention.end, people_tokens)
        ):
            continue  # "UN Secretary-General Guterres": the UN is his title, not a party
        if mention.actor.kind != "person" and trigger.mode != "visit" and _located(head):
            continue  # "talks in Beijing": a place, not a party
        if mention.actor.kind != "person" and _topic(doc[mention.end - 1], trigger, lex):
            continue  # "held talks on Iraq": what is talked about, not a party
        target = side.subjects if mention.head in subject else side.others
        members = _expand(mention)
        for actor in members:
            if actor.id not in seen:
                seen.add(actor.id)
                target.append(actor)
    return side, tokens


DATELINE_MARKS = {":", "(", "-", "--", "—", "–", "_"}
DATELINE_REACH = 6  # tokens of the dateline after its place: ", West Bank", ", March 13"


def _dateline(doc, mention: ActorMention) -> bool:
    """A place that opens its sentence followed by a colon, a dash or the agency ("ROME:",
    "Kyiv (Reuters) -", "RAMALLAH, West Bank (AP) _", "ABU DHABI, March 13 (Reuters) -"):
    where the story was filed, not a party to what it reports. A name in capitals there is
    a place too, whatever the actor finder made of it ("SHARM EL-SHEIKH, Egypt:")."""
    if mention.start != doc[mention.start].sent.start:
        return False
    if mention.actor.kind == "person" and not doc[mention.start : mention.end].text.isupper():
        return False
    for token in doc[mention.end : mention.end + DATELINE_REACH]:
        if token.text in DATELINE_MARKS:  # a hyphen with no space before it joins words
            return token.text not in ("-", "_") or bool(doc[token.i - 1].whitespace_)
        if not (token.text == "," or token.pos_ in ("PROPN", "NUM") or token.ent_type_):
            return False
    return False


def _byline(doc, mention: ActorMention) -> bool:
    """A person named after "By" that opens the sentence: the writer of the story."""
    by = mention.start - 1
    return (
        mention.actor.kind == "person"
        and by >= 0
        and doc[by].text in ("By", "BY")
        and doc[by].is_sent_start
    )


def _occasion(doc, mention: ActorMention, nouns: frozenset[str]) -> bool:
    """A person named as the occasion of a contact, not a party to it: "met before Pope
    Francis' funeral", "talks on the sidelines of the funeral of the Queen"."""
    after = mention.end
    while after < len(doc) and doc[after].text in ("'s", "’s", "'", "’"):
        after += 1
    if after < len(doc) and after > mention.end and doc[after].lemma_.lower() in nouns:
        return True  # the possessive read on the surface: the parser may miss it
    token = doc[mention.head]
    while token.dep_ in ("compound", "appos"):
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head
    return token.dep_ in ("poss", "prep") and token.head.lemma_.lower() in nouns


def _of_person(token, people_tokens: set[int]) -> bool:
    """A word for a person: part of a person's name or title ("adviser Yuri Ushakov")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.i in people_tokens or token.lemma_.lower() in TITLE_LEMMAS


def _attribution(token) -> bool:
    """The source a report is attributed to, no party to what it reports: "according to
    Pentagon spokesman Geoff Morrell"."""
    while token.dep_ in ("compound", "appos", "conj", "poss") and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
    )


def _affiliation(token, people_tokens: set[int]) -> bool:
    """A state or organisation that modifies a person's name or title."""
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod"):
            return False
        token = token.head
        if token.i in people_tokens:
            return True
    return False


def _title_of(doc, end: int, people_tokens: set[int]) -> bool:
    """Read on the surface, for when the parser splits them: a state or organisation right
    before a person's title and name ("United Nations (UN) Secretary-General Guterres")."""
    i = end
    if i < len(doc) and doc[i].text == "(":  # an abbreviation in brackets
        close = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    for _ in range(5):
        if i >= len(doc):
            return False
        if i in people_tokens:
            return True
        if not (doc[i].is_title or doc[i].text in ("-", "–")):
            return False
        i += 1
    return False


def _located(token) -> bool:
    """A place where something happens: the object of "in" or "at"."""
    while token.dep_ == "compound":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


TOPIC_PREPS = {"on", "about", "over", "concerning", "regarding"}


def _topic(token, trigger: Trigger, lex: Lexicon) -> bool:
    """A state or body the contact is about: "talks on Iraq", "spoke about Kosovo and
    Bosnia" (the object of a preposition of topic on the trigger or its predicate),
    "discussed Iraq" (the object of a verb of topic)."""
    while token.dep_ in ("compound", "conj"):
        token = token.head
    if token.dep_ == "dobj" and token.head.i == trigger.token.i:
        return trigger.token.lemma_.lower() in lex.topic_objects
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in TOPIC_PREPS
        and prep.head.i in (trigger.token.i, trigger.predicate.i)
    )


MOTION = {"arrive", "travel", "fly", "land", "sweep", "stop"}
REFERENCE_SPAN = 8  # sentences back that "the call" may refer to


def _traveller_named(trigger: Trigger, mentions: list[ActorMention]) -> bool:
    """A visit by motion ("arrived in", "travelled to") needs an actor as the one moving:
    the subject itself, not a word that merely modifies it ("NATO troops")."""
    if trigger.token.lemma_.lower() not in MOTION:
        return True
    subjects = _shared_subjects(trigger.token)
    if not subjects:
        return True  # "… to meet Zelensky, arriving in Kyiv": the subject is elsewhere
    return any(m.start <= s.i < m.end or m.head == s.i for s in subjects for m in mentions)


def _shared_subjects(verb) -> list:
    """The verb's subjects, or those of the verb it completes or is a conjunct of: "planes
    are expected to arrive", "were released and have arrived" ("planes", the released)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


SIDE_PREPS = {"between", "with", "among", "by", "of", "from", "for", "to"}  # "envoys of Syria"


def _of_a_side(token, trigger: Trigger, lex: Lexicon) -> bool:
    """A state named in a phrase that names a side of the contact, however deep: "talks
    between representatives of Ethiopia and Eritrea", "mediated talks between Israel and
    Syria" (not "the anniversary of the Russian invasion", nor "met Kim Jong Il, the late
    North Korean leader": the title of a person named beside it tells his affiliation)."""
    tops = {trigger.token.i, trigger.predicate.i}
    side = False
    for ancestor in token.ancestors:
        if ancestor.i in tops:
            return side
        if ancestor.dep_ == "appos" or (
            ancestor.dep_ == "prep" and ancestor.lower_ not in SIDE_PREPS
        ):
            return False  # "talked about the imbalances between the EU and China": a topic
        lemma = ancestor.lemma_.lower()
        side = side or lemma in lex.party_nouns or lemma in TITLE_LEMMAS or lemma == "between"
    return False


def _depth(token, trigger: Trigger) -> int:
    """How many arcs separate a token from the trigger or its predicate (a conjunct's arc to
    the first conjunct not counted)."""
    tops = {trigger.token.i, trigger.predicate.i}
    tops |= {
        obj.i
        for c in trigger.token.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for obj in c.children
    }  # "asked for talks with Beijing"
    depth = 0
    for _ in range(12):
        if token.i in tops:
            return depth
        if token.head.i == token.i:
            break
        depth += token.dep_ != "conj"  # "between Israel and Hamas": both as near as the first
        token = token.head
    return 99


def _drop_redundant_states(actors: list[ActorRef], people: list[ActorRef]) -> list[ActorRef]:
    """A state stands for nobody new when a person of that state takes part."""
    countries = {p.country for p in people if p.kind == "person"}
    return [a for a in actors if a.kind == "person" or a.country not in countries]


def arrange(trigger: Trigger, mode: str | None, side: Side) -> tuple[list, list]:
    """(actors, recipients): visits and requests are directed, other contacts reciprocal."""
    everyone = side.subjects + side.others
    if (mode == "visit" or trigger.event == "REQUEST") and side.subjects:
        actors = _drop_redundant_states(side.subjects, side.subjects)
        recipients = [a for a in side.others if a.id not in {s.id for s in actors}]
        recipients = _drop_redundant_states(recipients, recipients)
        return actors, [
            r
            for r in recipients
            if r.country not in {a.country for a in actors} or r.kind == "person"
        ]
    if mode == "visit" and trigger.token.pos_ == "NOUN":
        # "the Queen's visit to Pakistan and India": with no visitor known, the places
        # visited are hosts, not visitors
        return [], _drop_redundant_states(everyone, everyone)
    return _drop_redundant_states(everyone, everyone), []


def dyads(
    trigger: Trigger,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    side: Side,
    *,
    together: bool = False,
):
    """One subject meeting several people ("met Fernandez in Buenos Aires and Biden in
    Washington") is one contact per counterpart, as event data codes dyads; several subjects
    together ("Biden, Yoon and Ishiba held talks") are one multilateral contact, and so are
    the counterparts of one gathering (`together`: "arrived for talks with Zelensky and
    Guterres"), and the sides a mediator goes between ("mediated between Barak and
    Arafat")."""
    if together or trigger.mode == "third-party":
        return [(actors, recipients)]
    subjects = [a for a in side.subjects if a.kind == "person"]
    separate = trigger.token.tag_ == "NNS" and trigger.token.lower_ != "talks"
    if len(subjects) >= 2 and separate:
        # "They held private meetings with Zelensky": one meeting each
        others = [a for a in actors + recipients if a.kind == "person" and a not in subjects]
        if others:
            return [([s, o], []) for s in subjects for o in others]
    if len(subjects) != 1:
        return [(actors, recipients)]
    subject = subjects[0]
    directed = bool(recipients)
    others = [
        a for a in (recipients if directed else actors) if a.kind == "person" and a.id != subject.id
    ]
    if len(others) < 2:
        return [(actors, recipients)]
    if directed:
        return [(actors, [other]) for other in others]
    return [([subject, other], []) for other in others]


def _with_partners(verb) -> list:
    """The people a verb is done "with", conjuncts and the words of their names included
    ("met with Xi Jinping and Emmanuel Macron"), unless done apart ("separately")."""
    if any(c.lower_ in ("separately", "individually", "respectively") for c in verb.children):
        return []
    objects = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(o.conjuncts for o in objects):
        return []
    return [t for o in objects for t in o.subtree]


def _one_gathering(trigger: Trigger, heads: list[int], lex: Lexicon) -> bool:
    """Whether several counterparts are all named inside one singular contact noun ("talks
    with Zelensky and Guterres", "a meeting with Macron and Scholz"): one gathering, not a
    contact with each ("separate meetings with" are several)."""
    if len(heads) < 2:
        return False
    doc = trigger.token.doc
    if trigger.token.lemma_.lower() in lex.gathering_verbs:
        withs = {o.i for o in _with_partners(trigger.token)}
        if all(h in withs for h in heads):
            return True  # "sat down with Xi and Macron": at one table
    for head in heads:
        nouns = [doc[head], *doc[head].ancestors]
        gathering = any(
            t.pos_ == "NOUN"
            and t.lemma_.lower() in lex.consult_nouns
            and (t.tag_ != "NNS" or t.lower_ == "talks")
            and not any(c.lower_ in ("separate", "individual", "bilateral") for c in t.children)
            for t in nouns[1:]
        )
        if not gathering:
            return False
    return True


def _sides(trigger: Trigger, in_sent: list[ActorMention], lex: Lexicon, *, inherit=False):
    """(side, tokens, mode, actors, recipients) of a trigger in its sentence."""
    side, tokens = participants(trigger, in_sent, lex=lex, inherit=inherit)
    mode = mode_of(trigger, [trigger.token.doc[i] for i in tokens], lex)
    actors, recipients = arrange(trigger, mode, side)
    actors = _drop_redundant_states(actors, actors + recipients)
    recipients = _drop_redundant_states(recipients, actors + recipients)
    return side, tokens, mode, actors, recipients


def find_initiator(sent, mentions: list[ActorMention], kb, lex: Lexicon):
    """Who started it, and where it is said: "initiated by Kyiv", "at the request of X"."""
    for token in sent:
        if token.lemma_.lower() in lex.initiator_verbs | lex.initiator_nouns:
            by = [
                c
                for c in token.children
                if c.dep_ in ("agent", "prep", "poss")
                and c.lower_ in ("by", "of")
                or c.dep_ == "poss"
            ]
            for child in by:
                for word in child.subtree:
                    for mention in mentions:
                        if mention.start <= word.i < mention.end:
                            return mention.actor, token.i
                    state = kb.state_of_adjective(word.text) or kb.state_named(word.text)
                    if state:
                        return ActorRef(
                            state.id,
                            state.name,
                            state.code,
                            state.sector,
                            "state",
                            text=word.text,
                            basis="initiator",
                        ), token.i
    return None, None


@dataclass(slots=True)
class _Context:
    """What coding one document needs at every trigger."""

    doc: object
    document: Document
    dates: DateFinder
    lex: Lexicon
    coder: str


def extract_mentions(
    doc, document: Document, actor_mentions: list[ActorMention], *, kb, lex: Lexicon, coder: str
) -> list[Mention]:
    """Every contact mention in a parsed document."""
    found: list[Mention] = []
    ctx = _Context(doc, document, DateFinder(doc, document), lex, coder)
    older_starts: set[int] = set()  # triggers told in a "since" clause
    aside: list[Mention] = []  # contacts whose sides are told by nouns, not known by name
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in actor_mentions:  # each actor mention under its sentence, read once
        by_sentence.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)
    for index, sent in enumerate(sentences):
        in_sent = by_sentence.get(index, [])
        initiator, said_at = find_initiator(sent, in_sent, kb, lex)
        sentence_mentions: list[Mention] = []
        for trigger in find_triggers(sent, lex):
            if not _traveller_named(trigger, in_sent):
                continue  # "peacekeeping troops arrived in Bosnia": a deployment, no visit
            side, tokens, mode, actors, recipients = _sides(trigger, in_sent, lex)
            everyone = {a.id for a in actors + recipients}
            antecedent, unnamed = None, False
            if (trigger.anaphoric or len(everyone) < 2) and not _named_gathering(
                trigger.token, in_sent
            ):
                antecedent = _antecedent(trigger, mode, found + sentence_mentions, index)
                if antecedent is not None and not _could_be_of(antecedent, actors + recipients):
                    antecedent = None  # "the call between X and Y" names its own people
            if antecedent is None and trigger.anaphoric and mode == "visit" and len(everyone) < 2:
                # "Yeltsin is on a three-day visit to China": no visit told before, so the
                # subject of the clause it sits in is the visitor
                side, tokens, mode, actors, recipients = _sides(trigger, in_sent, lex, inherit=True)
                everyone = {a.id for a in actors + recipients}
            people = {a.id for a in actors + recipients if a.kind == "person"}
            if antecedent is not None and (len(people) < 2 or len(everyone) < 2):
                actors, recipients = antecedent.actors, antecedent.recipients
                mode = mode or antecedent.mode
            elif len(everyone) < 2:
                if not names_two_parties(trigger, lex):
                    continue  # a contact needs two sides, known by name or told by nouns
                unnamed = True
            date, status = _date_and_status(trigger, tokens, ctx)
            if (
                antecedent is not None
                and status == "occurred"
                and (
                    not told_as_past(trigger.token)
                    or _names_a_thing_of(trigger.token)
                    or _announced(trigger.token, lex)
                )
            ):  # "the meeting comes amid ...", "venues were discussed for the meeting"
                status = antecedent.status  # as announced
            older = _since_clause(trigger.predicate)
            if older:
                older_starts.add(trigger.token.idx)
            if date is None and status == "occurred" and antecedent is None:
                if not (older or told_as_earlier(trigger.predicate)):  # "had previously met"
                    date = (
                        _narrative_date(found + sentence_mentions, index)
                        or ctx.dates.cast_day(people)
                        or ctx.dates.scene_day()
                        or ctx.dates.report_date()
                    )
            future = status in ("planned", "hypothetical")
            again = ctx.dates.again_date(tokens, trigger.predicate, future=future)
            if again is not None and date is not None and again[1].value == date.value:
                again = None
            wish = _wish_to_meet(trigger, lex) if status == "hypothetical" else None
            wish_date = _wish_date(wish, ctx) if wish is not None else None
            subject_ids = {a.id for a in side.subjects}
            heads = [m.head for m in in_sent if m.actor.id in everyone - subject_ids]
            together = _one_gathering(trigger, heads, lex)
            told = len(sentence_mentions)
            for dyad_actors, dyad_recipients in dyads(
                trigger, actors, recipients, side, together=together
            ):
                counterparts = {a.id for a in dyad_actors + dyad_recipients} - subject_ids
                own = ctx.dates.conjunct_date(
                    tokens,
                    trigger.predicate,
                    [m.start for m in in_sent if m.actor.id in counterparts],
                    future=future,
                )
                sentence_mentions.append(
                    Mention(
                        document=document.id,
                        sentence_index=index,
                        start=sent.start_char,
                        end=sent.end_char,
                        sentence=sent.text.strip(),
                        trigger=trigger.token.text,
                        event=trigger.event,
                        mode=mode,
                        status=status,
                        actors=dyad_actors,
                        recipients=dyad_recipients,
                        date=own or date,
                        coder=coder,
                        trigger_start=trigger.token.idx,
                        trigger_end=trigger.token.idx + len(trigger.token.text),
                    )
                )
                if again is not None:  # "met in 2022 and again in 2023": a second contact
                    word, again_date = again
                    sentence_mentions.append(
                        replace(
                            sentence_mentions[-1],
                            trigger=word.text,
                            date=again_date,
                            trigger_start=word.idx,
                            trigger_end=word.idx + len(word.text),
                        )
                    )
                wisher = [a for a in dyad_actors + dyad_recipients if a.id in subject_ids]
                wished = [a for a in dyad_actors + dyad_recipients if a.id in counterparts]
                if wish is not None and wisher and wished:
                    sentence_mentions.append(
                        replace(
                            sentence_mentions[-1],
                            trigger=wish.text,
                            event="REQUEST",
                            mode=mode or "meet",
                            status="occurred",
                            actors=wisher,
                            recipients=wished,
                            date=wish_date,
                            trigger_start=wish.idx,
                            trigger_end=wish.idx + len(wish.text),
                        )
                    )
            if unnamed:  # sides not known by name: no contact for a later one to refer to
                aside.extend(sentence_mentions[told:])
                del sentence_mentions[told:]
        if initiator is not None and sentence_mentions:
            nearest = min(sentence_mentions, key=lambda m: abs(m.trigger_start - doc[said_at].idx))
            nearest.initiator = initiator
        ctx.dates.advance(sent, frozenset(m.actor.id for m in in_sent if m.actor.kind == "person"))
        found.extend(_combine_visits(sentence_mentions, older=older_starts))
    return sorted(found + aside, key=lambda m: m.sentence_index)  # stable: text order


# Nouns whose "of the call" presupposes the call: "the readout of the call".
RECORD_NOUNS = frozenset(
    "readout transcript record outcome result details footage photo video minutes summary "
    "account aftermath".split()
)


def _announced(token, lex: Lexicon) -> bool:
    """ "Dujarric announced the meeting on Tuesday": the contact is the object of its
    announcement, which tells neither that it took place nor when."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in lex.announcing


def _names_a_thing_of(token) -> bool:
    """ "venues for the meeting", "aspects of the summit": the contact noun describes
    another noun, so the clause's tense tells nothing of the contact ("after the call", "the
    readout of the call" do presuppose it)."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.lower_ not in PRESUPPOSING
        and prep.head.lemma_.lower() not in RECORD_NOUNS
    )


POLITE = frozenset({"would", "'d"})  # "would like to meet": a wish stated, not a condition
STATED_IN = frozenset({"ccomp", "csubj", "oprd", "acomp"})  # "made clear that he would like"


def _wish_to_meet(trigger: Trigger, lex: Lexicon):
    """ "Zelensky made clear that he would like to meet Trump", "Macron wants to visit
    Beijing": a wish of the subject's own, stated without condition, is a request for the
    contact (the contact itself stays hypothetical). The wish verb, or None."""
    verb = trigger.predicate
    wish = verb.head
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or wish.lemma_.lower() not in lex.wishes:
        return None
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "wants Xi to meet Putin": someone else's contact
    auxes = {c.lower_ for c in wish.children if c.dep_ in ("aux", "neg")}
    allowed = {"do", "does", "did", "has", "have", "had"} | (
        POLITE if wish.lemma_.lower() == "like" else set()
    )
    if wish.lemma_.lower() == "like" and not auxes & POLITE:
        return None  # "likes to meet": a habit
    return wish if auxes <= allowed else None


def _wish_date(wish, ctx: _Context) -> DateValue | None:
    """The day the wish was stated: its own clause, then the verb that reports it ("made
    clear on Tuesday that he would like to meet"), then a present report's own date."""
    current = wish
    for _ in range(3):
        date = ctx.dates.date_for(scope(current), current)
        if date is not None or current.dep_ not in STATED_IN or current.head.i == current.i:
            return date
        current = current.head  # "made clear that he would like": the clause that states it
    return None


def _named_gathering(token, mentions: list[ActorMention]) -> bool:
    """ "On the sidelines of the G20 summit", "the APEC summit": a proper name that is no
    person's names a gathering of its own, so the noun refers back to no contact told
    before ("the Biden-Xi summit" names its people, and may)."""
    people = {i for m in mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    return any(
        c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.i not in people
        for c in token.children
    )


def _narrative_date(earlier: list[Mention], index: int) -> DateValue | None:
    """The reference time of the narrative: a contact told with no date of its own, a few
    sentences after one told with its day ("Trump and Zelensky met today ... Starmer and
    Macron also held meetings with Zelensky"), happened that day."""
    for mention in reversed(earlier):
        if mention.sentence_index < index - NARRATIVE_REACH:
            return None
        date = mention.date
        if date is not None and date.basis.startswith(DOCUMENT_BASIS):
            continue  # dated by its report, not told with a day of its own
        if mention.status == "occurred" and date is not None and date.precision == "day":
            return DateValue(
                date.start,
                date.end,
                "day",
                text="",
                basis=f"{NARRATIVE_BASIS} ({date.value})",
            )
    return None


def _date_and_status(trigger: Trigger, tokens: set[int], ctx: _Context):
    """The trigger's date (its own clause first, then the verb it sits under) and status."""
    status = status_of(trigger.token, ctx.lex, own_word=trigger.event != "REQUEST")
    if status == "occurred" and any(
        forms(t) & ctx.lex.failing for t in governing_chain(trigger.token)[1:]
    ):
        status = "negated"  # "NATO and Russia failed to meet" (an attempt, in PLOVER's terms)
    future = status in ("planned", "hypothetical")  # "would like to meet on Saturday"
    planned = status == "planned"
    date = ctx.dates.date_for(tokens, trigger.predicate, future=future, planned=planned)
    if date is None:
        date = ctx.dates.when_date(trigger.predicate, future=future)
    contact = _contact_purposed(trigger.predicate, ctx.lex) if date is None else None
    if contact is not None:  # "a visit in March by Xi to meet Putin": the visit's time
        date = ctx.dates.date_for(scope(contact), contact, future=future, planned=planned)
    announced = _announced(trigger.token, ctx.lex)  # "announced the meeting on Tuesday"
    verb = governing_verb(trigger.predicate) if date is None and not announced else None
    if verb is not None:  # "Earlier that day, Wang expressed ... in a phone call with"
        if verb.tag_ == "VBD":  # "flew to Damascus on Monday to meet Assad": that Monday
            future = planned = False
        date = ctx.dates.date_for(scope(verb), verb, future=future, planned=planned)
    if status == "occurred" and ctx.dates.is_after_document(date):
        status = "planned"
    return date, status


def _contact_purposed(verb, lex: Lexicon):
    """The contact noun whose purpose an infinitive tells ("a trip last week to meet Putin",
    "his visit in March to see Xi"), or None."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.consult_nouns:
        if to_infinitive(verb):
            return head
    return None


def _antecedent(
    trigger: Trigger, mode: str | None, earlier: list[Mention], sentence: int
) -> Mention | None:
    """The contact that "the call" or "Wednesday's call" in sentence number `sentence`
    refers back to: one told at most `REFERENCE_SPAN` sentences before (each reference
    renews it). Further back, a reference is of something else: another story on the same
    page, or a web page's "This discussion is now closed." under the article."""
    if not trigger.anaphoric or trigger.event != "CONSULT":
        return None
    candidates = [
        m
        for m in earlier
        if m.event == "CONSULT"
        and m.status != "negated"
        and (mode is None or m.mode in (None, mode))
        and m.sentence_index >= sentence - REFERENCE_SPAN
    ]

    def rank(item: tuple[int, Mention]) -> tuple:
        position, mention = item
        persons = sum(a.kind == "person" for a in (*mention.actors, *mention.recipients))
        return (mention.mode == mode, persons >= 2, mention.status == "occurred", position)

    return max(enumerate(candidates), key=rank)[1] if candidates else None


def _could_be_of(antecedent: Mention, named: list[ActorRef]) -> bool:
    """Whether the actors a reference names can be the parties of the contact it would refer
    back to: each is one of them, or a state or body one of them belongs to ("Moscow called
    the talks useful"). "The call between X and Y" and "UN observers made their first field
    trip" name parties of their own."""
    parties = (*antecedent.actors, *antecedent.recipients)
    ids = {a.id for a in parties}
    countries = {a.country for a in parties if a.country}
    return all(a.id in ids or (a.kind != "person" and a.id in countries) for a in named)


def _same_time(a: DateValue | None, b: DateValue | None) -> bool:
    """Dates that may be one visit's: either unknown or a guess from the narrative, or
    intervals that overlap, or lie a few days apart when one is the report's own date ("this
    trip, the first since his visit in 2000, when he met Kim": the meeting is the old
    visit's)."""
    if a is None or b is None or _guessed(a) or _guessed(b):
        return True
    gap = max(a.start, b.start) - min(a.end, b.end)
    reported = a.basis.startswith(DOCUMENT_BASIS) or b.basis.startswith(DOCUMENT_BASIS)
    return gap <= (REPORT_SLACK if reported else dt.timedelta(0))


def _guessed(date: DateValue) -> bool:
    return date.basis.startswith(NARRATIVE)


def _since_clause(predicate) -> bool:
    """ "His first trip in 24 years, since he met Kim Jong Il": what a "since" clause tells
    is older than the news it frames."""
    if predicate.dep_ == "pobj" and predicate.head.lower_ == "since":
        return True
    # a "since" phrase of the trigger's own ("requested talks since the invasion") is the
    # interval it spans, not an older time
    return any(c.lower_ == "since" and c.dep_ == "mark" for c in predicate.children)


def _combine_visits(mentions: list[Mention], *, older: set[int] = frozenset()) -> list[Mention]:
    """ "Made a visit to Kyiv to meet Zelensky": the visit's host is the person met there."""
    visits = [m for m in mentions if m.mode == "visit" and m.status == "occurred"]
    kept: list[Mention] = []
    for mention in mentions:
        visit = next(
            (
                v
                for v in visits
                if v is not mention
                and mention.mode == "meet"
                and mention.status == v.status  # "who is visiting China will meet Xi"
                and (mention.trigger_start in older) == (v.trigger_start in older)
                and {a.id for a in v.actors} & {a.id for a in mention.actors}
                and _same_time(v.date, mention.date)
            ),
            None,
        )
        if visit is None:
            kept.append(mention)
            continue
        hosts = [a for a in mention.actors if a.id not in {v.id for v in visit.actors}]
        visit.recipients = _drop_redundant_states(visit.recipients + hosts, hosts) or hosts
        if visit.date is None:
            visit.date = mention.date
    return kept
