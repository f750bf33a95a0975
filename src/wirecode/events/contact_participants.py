"""Who takes part in a contact: the actors of the clause its trigger governs.

Participants of a trigger are the actors named inside the clause it governs (`scope`), plus
the subject it inherits when it has none of its own ("made a visit to Kyiv to meet
Zelensky": `meet` takes `made`'s subject). Some actors named there are no parties: the
place a story was filed from, its writer, the source it is attributed to, the state in a
person's title, the place where the contact happens, and what it is about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecode.actors.clauses import first_conjunct
from wirecode.actors.mentions import ActorMention
from wirecode.actors.words import TITLE_LEMMAS
from wirecode.events.contact_clauses import (
    asked_in_a_second_conjunct,
    held_by,
    in_a_thing_apposed,
    phrase_without_clauses,
    said_aside,
    visited_by_passive,
)
from wirecode.events.contact_control import carried, reason_doer, sent_one
from wirecode.events.contact_receiving import asker_and_asked, received_guests
from wirecode.events.crowds import a_people
from wirecode.events.dating import phrasal
from wirecode.events.journeys import headline_subject, hung_on_names
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import MEDIUM_PREPS
from wirecode.events.trigger_words import (
    TOPIC_PREPS,
    Trigger,
    actor_word,
    framing_phrase,
    has_prep,
    partner_phrases,
    prep_objects,
    scope,
)
from wirecode.events.triggers import addressed_in, thanked_for
from wirecode.events.verb_forms import to_infinitive
from wirecode.records import ActorRef

SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "poss"}
RELATIVES = frozenset({"who", "that", "which"})  # a relative clause's subject stands for a noun
# titles of one posted to a state or a body: "the UN envoy for Libya" is not Libya
POSTED_TITLES = frozenset({"envoy", "ambassador", "emissary", "representative", "consul"})
INHERIT_THROUGH = {"xcomp", "advcl", "acl", "conj", "pcomp", "pobj", "prep", "acomp", "npadvmod"}
STATE_DEPTH = 2  # a state takes part only when named close to the trigger (not "the anniversary
# of the Russian invasion")
MAX_INHERIT = 4


@dataclass(slots=True)
class Side:
    subjects: list[ActorRef] = field(default_factory=list)
    others: list[ActorRef] = field(default_factory=list)


def met_by_someone_unnamed(trigger: Trigger, side: Side, mode: str | None, lex: Lexicon) -> bool:
    """ "We met Putin and Xi", "The delegation spoke with Putin and Xi", "They held talks
    with Putin and Xi": a subject told that names no actor met each of the others, who did
    not meet one another."""
    verb = trigger.predicate
    if side.subjects or len(side.others) < 2 or verb.pos_ != "VERB" or verb.dep_ == "relcl":
        return False
    if mode == "visit" or verb.lemma_.lower() in lex.receiving_verbs:
        return False  # "welcomed the Chinese delegation to Nairobi": its host's
    if any(c.lower_ == "together" for c in verb.children):
        return False  # "brought Putin and Xi together": they met
    return any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVES and trigger.token not in c.subtree
        for c in verb.children
    )  # not "Talks between X and Y took place", "Two days of talks between them ended"


def _expand(mention: ActorMention) -> list[ActorRef]:
    return list(mention.members) if mention.members else [mention.actor]


def _subject_tokens(token) -> set[int]:
    """Tokens of the subject-like dependents of a token (nsubj, agent "by X", poss)."""
    found: set[int] = set()
    for child in token.children:
        # "a visit by Biden": "by" names the doer of a noun; after a verb in the active voice
        # it is a manner ("arrived by surprise"), the passive's doer being an `agent`
        by = child.dep_ == "prep" and child.lower_ == "by" and token.pos_ in ("NOUN", "PROPN")
        if child.dep_ in SUBJECT_DEPS or by or headline_subject(child) or _list_opener(child):
            if child.lower_ in RELATIVES and token.dep_ == "relcl":
                # the noun phrase it follows, all of it: "Xi and Macron, who met in Paris"
                antecedent = first_conjunct(token.head) if _reciprocal(token) else token.head
                found.update(t.i for t in antecedent.subtree if t.i < token.left_edge.i)
                continue
            found.update(phrase_without_clauses(child))
    head = token.head
    if token.dep_ == "acl" and token.tag_ == "VBG" and head.pos_ == "PROPN" and not found:
        # "Mubarak and Barak, meeting in Alexandria on Monday, agreed": the names it follows
        found.update({t.i for t in head.subtree} - {t.i for t in token.subtree})
    if hung_on_names(token) and not found:
        # "Putin, Erdogan to meet in Sochi": the names the headline's infinitive follows
        found.update({t.i for t in head.subtree if t.i < token.left_edge.i})
    return found


def _list_opener(child) -> bool:
    """The first name of a subject list the parser cut off: in "Scholz, Macron and Draghi
    travelled to Kyiv" it reads "Scholz" as an adverbial noun of the verb."""
    if child.dep_ != "npadvmod" or child.pos_ != "PROPN" or child.i + 1 >= len(child.doc):
        return False
    return child.doc[child.i + 1].text == "," and any(
        s.dep_ == "nsubj" and s.i > child.i and any(c.dep_ == "conj" for c in s.children)
        for s in child.head.children
    )


def _reciprocal(verb) -> bool:
    """A verb of contact with no one to contact: "who met in Paris", "who spoke on Monday"
    (its subject is both sides)."""
    return not any(
        c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("with", "to")
        for c in verb.children
    )


def _inherited_subject(token, actor_heads: set[int], lex: Lexicon) -> set[int]:
    """The subject of the nearest governing verb, for triggers with none of their own.

    A verb inherits through open complements and purpose clauses ("made a visit to meet
    Zelensky") and the plan whose content it is ("has plans to meet Zelensky"); a noun
    through prepositions ("expressed its stance in a call with") and as the object of a verb
    of holding it ("Biden scheduled a meeting with Xi", "Blinken cancelled a trip to
    Beijing"; not "talks between Biden and Xi", whose sides are told), never as the object
    of another verb ("Dujarric announced the meeting").
    """
    current, medium = token, False
    for _ in range(MAX_INHERIT):
        plan = current.dep_ == "dobj" and current.lemma_.lower() in lex.planned  # "has plans to"
        # "vow deeper ties in phone call": a contact the verb's object holds "in" is the
        # verb's occasion, whatever the parser hung it on
        occasion = medium and token.dep_ == "pobj" and current.dep_ == "dobj"
        held = (
            current.i == token.i
            and current.dep_ == "dobj"
            and bool(phrasal(current.head) & lex.holding_verbs)
            and not has_prep(current, {"between"})
        )
        if (
            current.dep_ == "dobj"
            and current.pos_ in ("NOUN", "PROPN")
            and not (plan or occasion or held)
        ):
            return set()
        medium = (
            current.dep_ == "prep" and current.lower_ in MEDIUM_PREPS and current.i == token.head.i
        )
        # "Meloni became the latest European leader to visit Kyiv": the one the copula's
        # noun is said of
        predicate = current.dep_ == "attr" and current.head.lemma_ in ("be", "become")
        predicate = predicate or current.dep_ == "relcl" and to_infinitive(current)
        # "Ahead of his visit to Moscow, Xi wrote": the framed clause's subject
        framed = framing_phrase(current)
        if current.dep_ not in INHERIT_THROUGH and not (
            plan or occasion or held or predicate or framed
        ):
            return set()
        if current.head.i == current.i:
            return set()
        reason = reason_doer(current) or sent_one(current)
        if said_aside(current):  # "..., speaking during a trip to Jamaica": the sayer's
            current = current.head.head
        else:
            current = current.head
        if reason is not None:  # "criticized Macron for calling Putin": Macron called
            found = set(phrase_without_clauses(reason))
            if found & actor_heads:
                return found
        found = _subject_tokens(current)
        if found & actor_heads:  # "since the war began, speaking with him": not the war
            return found
    return set()


# prepositions of the one asked, as an object is: "called on Xi to ...", "urged upon Putin"
ASKED_PREPS = frozenset({"on", "upon"})


def _asked_for_oneself(trigger: Trigger, lex: Lexicon) -> set[int]:
    """A request with no one asked, for a contact of the asker's own: the one it is to be
    with is the other side ("Zelensky asked to speak with Xi", "asked to meet Putin", "his
    request to meet Xi"; not "an invitation to visit Washington", made to the one invited,
    nor "called on Xi to talk to Zelensky", made to the one called on)."""
    verb = trigger.token
    if trigger.event != "REQUEST" or any(c.dep_ == "dobj" for c in verb.children):
        return set()
    if any(actor_word(o) for o in prep_objects(verb, ASKED_PREPS)):
        return set()  # "called on Xi to talk to Zelensky": Xi is asked, the talk is his
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.pos_ == "NOUN" and verb.lemma_.lower() not in lex.inviting:
        clauses = [c for c in verb.children if c.dep_ == "acl" and to_infinitive(c)]
    return {t.i for clause in clauses for p in partner_phrases(clause) for t in p.subtree}


LEFT_AFTER = 3  # prepositions between a visit and the verb of leaving: "at the end of"


def _place_left(trigger: Trigger, lex: Lexicon) -> set[int]:
    """A visit with no destination of its own, told as what came before its visitor left a
    place, was to that place: "Xi left Moscow on Wednesday after a three-day state visit",
    "returned from Beijing at the end of a visit" (the place left, or come back "from")."""
    noun = trigger.token
    if trigger.mode != "visit" or noun.pos_ != "NOUN" or has_prep(noun, {"to"}):
        return set()
    current = noun
    for _ in range(LEFT_AFTER):
        prep = current.head
        if current.dep_ != "pobj" or prep.dep_ != "prep":
            return set()
        current = prep.head
        if current.pos_ == "VERB":
            break
    if current.pos_ != "VERB" or current.lemma_.lower() not in lex.leaving_verbs:
        return set()
    left = [c for c in current.children if c.dep_ == "dobj"] + prep_objects(current, {"from"})
    return {t.i for place in left for t in place.subtree}


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
    tokens |= _asked_for_oneself(trigger, lex) | asked_in_a_second_conjunct(trigger)
    asker, asked = asker_and_asked(trigger, lex)
    tokens |= asker | asked
    tokens |= received_guests(trigger, lex)
    left = _place_left(trigger, lex)
    tokens |= left
    # the contact noun as its verb's subject is no side of its own: "Zuma's first visit to
    # Tripoli was launched in April" (the visit's own words say who: Zuma, to Tripoli)
    own = {t.i for t in trigger.token.subtree} if trigger.predicate.i != trigger.token.i else set()
    subject = _subject_tokens(trigger.token) | (_subject_tokens(trigger.predicate) - own) | asker
    held = held_by(trigger, lex)  # "the talks Xi held with Putin": Xi held them
    subject |= held[0]
    tokens |= held[0] | held[1]
    visited = visited_by_passive(
        trigger
    )  # "Iran was visited by Muallem", "Xi was invited by Putin"
    subject -= visited
    tokens |= visited
    tokens |= subject  # "Mubarak, who met Barak on Monday, said": the noun "who" stands for
    doc = trigger.token.doc
    if subject and all(doc[i].pos_ == "PRON" for i in subject):
        if not subject & {m.head for m in mentions}:
            subject = set()  # "During his state visit, Xi praised": "his" is Xi, named after
    inherited = False
    if (
        not subject
        and not (trigger.mode != "third-party" and _between_a_pair(trigger.token))
        and (inherit or not trigger.anaphoric or thanked_for(trigger.predicate, lex))
    ):
        subject = _inherited_subject(trigger.predicate, {m.head for m in mentions}, lex)
        tokens |= subject
        inherited = bool(subject)
        if inherited:
            tokens |= addressed_in(trigger.predicate, lex)
    if flown := carried(trigger):  # "flying rebel leaders to Paris": they travel
        tokens = tokens - subject | flown
        subject = flown
    aside = _on_the_sidelines(trigger, lex)
    side = Side()
    seen: set[str] = set()
    people_tokens = {i for m in mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    for mention in mentions:
        if mention.head not in tokens:
            continue
        if (
            mention.actor.kind != "person"
            and mention.head not in subject | left
            and _depth(doc[mention.head], trigger) > STATE_DEPTH
            and not _of_a_side(doc[mention.head], trigger, lex)
            and not _place_of_a_side(doc[mention.head], lex)
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
        if in_a_thing_apposed(head, lex):
            continue  # "met with his counterpart, Cameron, increased pressure on Gadhafi"
        if head.i in aside:
            continue  # "met on the sidelines of a trilateral summit with Raisi"
        if _in_a_comparison(head, trigger):
            continue  # "began a visit to Italy, the first by an Iranian leader since 1979"
        if _before_a_named_pair(head, trigger.token):
            continue  # "US Supports China-Ukraine Talks": the pair names the two sides
        if mention.actor.kind != "person" and (
            _affiliation(head, people_tokens) or _title_of(doc, mention.end, people_tokens)
        ):
            continue  # "UN Secretary-General Guterres": the UN is his title, not a party
        if (
            mention.actor.kind != "person"
            and trigger.mode != "visit"
            and _located(head, lex.place_nouns)
            and not _place_of_a_side(head, lex)
            and not _at_a_seat(head, mention)
        ):
            continue  # "talks in Beijing": a place, not a party ("talks at the Kremlin": one)
        if _spouse_beside(doc, mention, mentions):
            continue  # "received by Emmanuel and Brigitte Macron": the president's wife
        if mention.actor.kind == "person" and _interviewed(trigger, head, mentions):
            continue  # "spoke with CNN's Wolf Blitzer": an interview, no party
        if mention.actor.kind == "person" and _of_the_press(head, lex):
            continue  # "The BBC's bureau editor Paul Danahar visited Syria": to report
        if mention.actor.kind != "person" and _addressed(head, trigger, lex):
            continue  # "spoke to the General Assembly by video link": a speech
        if mention.how == "state" and _crowd(head, mentions):
            continue  # "Turkey now hosts some 24,000 Syrians": refugees, not Syria
        if mention.actor.kind != "person" and _origin(head, trigger):
            continue  # "arrived in Addis Ababa from Djibouti": where the visitor came from
        if mention.actor.kind != "person" and _topic(doc[mention.end - 1], trigger, lex):
            continue  # "held talks on Iraq": what is talked about, not a party
        target = side.subjects if mention.head in subject else side.others
        members = _expand(mention)
        for actor in members:
            if actor.id not in seen:
                seen.add(actor.id)
                target.append(actor)
    return side, tokens


def _between_a_pair(noun) -> bool:
    """A contact noun told to be, or to be so, whose "between" names its sides ("there have
    been calls between Obama and Mubarak"): it takes no subject from a clause above ("Asked
    if there have been any calls between Obama and Mubarak, Vietor said": Vietor is no side;
    one who "hosted talks between" a pair still is)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("attr", "nsubj", "nsubjpass")
        and any(o.conjuncts for o in prep_objects(noun, {"between"}))
    )


def _on_the_sidelines(trigger: Trigger, lex: Lexicon) -> set[int]:
    """The names that tell the people of the gathering a contact was held on the sidelines
    of ("met in Tehran on the sidelines of a trilateral summit with Raisi", "the G20
    summit"): they are not the contact's."""
    found: set[int] = set()
    for verb in {trigger.token, trigger.predicate}:
        for prep in verb.children:
            for noun in prep.children:
                if prep.dep_ != "prep" or noun.lemma_.lower() not in lex.sideline_nouns:
                    continue
                for gathering in prep_objects(noun, {"of"}):
                    found |= {
                        t.i
                        for c in gathering.children
                        if c.dep_ in ("compound", "nmod", "amod")
                        or c.dep_ == "prep"
                        and c.lower_ in ("with", "between")
                        for t in c.subtree
                    }
    return found


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


BYLINE_LIST = frozenset({",", "and", "&"})  # the words between a byline's names


def _byline(doc, mention: ActorMention) -> bool:
    """A person named in a list after "By" that opens the sentence, or after "From" when
    the list ends with the outlet ("From Jomana Karadsheh and Nima Elbagir, CNN"): the
    writers of the story."""
    if mention.actor.kind != "person":
        return False
    start = mention.start
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in BYLINE_LIST):
        start -= 1
    if start == 0 or not doc[start - 1].is_sent_start:
        return False
    opener = doc[start - 1].text
    if opener in ("By", "BY"):
        return True
    if opener not in ("From", "FROM"):
        return False
    end = mention.end
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in BYLINE_LIST - {","}):
        end += 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "ORG"


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


ORDINALS = {"first", "second", "third", "last", "latest", "only"}


def _in_a_comparison(token, trigger: Trigger) -> bool:
    """Inside a phrase that ranks the contact among others ("visited Italy, the first by an
    Iranian leader", "met Arafat, their second meeting this year"): who else made such
    contacts, no party to this one."""
    tops = {trigger.token.i, trigger.predicate.i}
    for ancestor in (token, *token.ancestors):
        if ancestor.i in tops:
            return False
        if ancestor.dep_ in ("npadvmod", "appos") and any(
            t.lower_ in ORDINALS for t in (ancestor, *ancestor.children)
        ):
            return True
    return False


def _affiliation(token, people_tokens: set[int]) -> bool:
    """A state or organisation that modifies a person's name or title ("UN Secretary-General
    Guterres"), or is the object of its "of" ("the Secretary-General of NATO"); each of
    a list ("the envoy for the UN and the Arab League, Kofi Annan": both his)."""
    if token.dep_ == "conj":
        token = first_conjunct(token)  # "UN and Arab League envoy Kofi Annan": both his
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "to", "for"):
        holder = token.head.head
        if (
            holder.i in people_tokens
            and token.head.lower_ == "of"
            or _named_title(holder, people_tokens)
            or token.head.lower_ in ("to", "for")
            and holder.lemma_.lower() in POSTED_TITLES
        ):
            return True  # "the envoy to Syria, Kofi Annan", "the UN envoy for Libya": his post
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "poss", "nmod", "npadvmod", "det"):
            return False  # ("det": "The UN envoy", whose article and name the parser splits)
        token = token.head
        if token.i in people_tokens or _named_title(token, people_tokens):
            return True
    return False


def _named_title(token, people_tokens: set[int]) -> bool:
    """A title in apposition with a person's name: "the UN envoy to Syria, Kofi Annan",
    "Kofi Annan, the UN envoy to Syria" (the parser may hang the name on the title's last
    noun, "Syria")."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    if not any(w.lemma_.lower() in TITLE_LEMMAS for w in words):
        return False  # ("Secretary General": the parser's head is "General")
    if token.dep_ == "appos" and token.head.i in people_tokens:
        return True
    if token.dep_ == "appos" and _after_a_name(token, people_tokens):
        return True  # "the call by Ban Ki-moon, United Nations Secretary General, for": his
    return any(t.dep_ == "appos" and t.i in people_tokens for t in token.subtree)


def _after_a_name(token, people_tokens: set[int]) -> bool:
    """An appositive set off right after a person's name is that person's, wherever the
    parser hung it ("the call by Ban Ki-moon, United Nations Secretary General, ...": on
    the call)."""
    start = token.left_edge.i
    return start >= 2 and token.doc[start - 1].text == "," and start - 2 in people_tokens


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


def _located(token, place_nouns: frozenset[str]) -> bool:
    """A place where something happens: the object of "in" or "at" ("in Samarkand,
    Uzbekistan": the country set after its city too), or a state's word on a noun of a
    settlement there ("in the Egyptian capital, Cairo", the city's name too when the parser
    hangs it on the verb)."""
    doc = token.doc
    if token.dep_ == "npadvmod" and token.i > 1 and doc[token.i - 1].text == ",":
        token = doc[token.i - 2]  # "met in the Afghan capital, Kabul, on Thursday"
    if (
        token.dep_ in ("amod", "compound", "poss", "det")
        and token.head.lemma_.lower() in place_nouns
    ):
        token = token.head
    while token.dep_ == "compound" or token.dep_ in ("appos", "conj") and token.head.i < token.i:
        token = token.head  # (the parser joins "Samarkand, Uzbekistan" as either)
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


def _place_of_a_side(token, lex: Lexicon) -> bool:
    """The place of people who speak for a side, told by nothing else: "had talks with
    officials in Moscow", "met officials in Iran and Iraq" (not "met Ukrainian officials in
    Warsaw": their side is told, and Warsaw is where they met)."""
    while token.dep_ in ("compound", "conj"):
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    noun = prep.head
    return noun.lemma_.lower() in lex.party_nouns and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.i != prep.i
        for c in noun.children
    )  # "the leaders of Sudan and Uganda in Nairobi": their side is told


SEAT = "seat of government"  # a state named by its government's building: "the Kremlin"


def _spouse_beside(doc, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """Someone no one knows whose first name is joined by "and" to that of a known person of
    the same surname: "Emmanuel and Brigitte Macron", "Joe and Jill Biden" (family beside an
    office holder, no party of their own; "Bill and Hillary Clinton" are both known)."""
    if mention.actor.kind != "person" or not mention.actor.basis.startswith("unknown person"):
        return False
    if (
        mention.end - mention.start < 2
        or mention.start < 2
        or doc[mention.start - 1].lower_ != "and"
    ):
        return False
    surname = doc[mention.end - 1].text
    return any(
        m.end == mention.start - 1
        and m.actor.kind == "person"
        and not m.actor.basis.startswith("unknown person")
        and m.actor.name.split()[-1] == surname
        for m in mentions
    )


def _at_a_seat(token, mention: ActorMention) -> bool:
    """Talks "at" a government's building are with that government: "held talks at the
    Pentagon", "at the Kremlin" (not "in Washington", "inside the Vatican": places)."""
    while token.dep_ == "compound":
        token = token.head
    return mention.actor.basis == SEAT and token.dep_ == "pobj" and token.head.lower_ == "at"


SPEAKING = {"speak", "talk", "chat", "conversation", "interview"}


def _interviewed(trigger: Trigger, token, mentions: list[ActorMention]) -> bool:
    """A person the text gives as a firm's, speaking or spoken with ("spoke with CNN's Wolf
    Blitzer", "the BBC's Jon Leyne", "CNN's John Vause and Don Lemon talk to"), or speaking
    on a firm's air ("talked on CNN with Candy Crowley"): an organisation the tagger names
    that is no state or body the knowledge base knows; an interview, not a contact ("met
    Apple's Tim Cook" is one)."""
    if trigger.token.lemma_.lower() not in SPEAKING:
        return False
    actors = {i for m in mentions for i in range(m.start, m.end)}
    if any(o.ent_type_ == "ORG" and o.i not in actors for o in prep_objects(trigger.token, {"on"})):
        return True  # "talked about the hearings on CNN with Candy Crowley": on the air
    return any(  # "CNN's John Vause and Don Lemon": the firm's, both
        c.dep_ == "poss" and c.ent_type_ == "ORG" and c.i not in actors
        for c in first_conjunct(token).children
    )


def _of_the_press(name, lex: Lexicon) -> bool:
    """A person named with a title of the press, before the name or in apposition ("CNN
    correspondent Ben Wedeman", "Paul Danahar, the BBC's editor", "Jonathan Marcus BBC
    Diplomatic Correspondent"): a reporter, no party to what they report or whom they
    interview."""
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Jonathan Marcus BBC Diplomatic Correspondent": the title's head
    words = [name, *(c for c in name.children if c.dep_ in ("compound", "appos"))]
    if name.dep_ == "appos":
        words.append(name.head)  # "the BBC's editor, Paul Danahar"
    return any(w.lemma_.lower() in lex.press_titles for w in words)


def _addressed(token, trigger: Trigger, lex: Lexicon) -> bool:
    """A body a speaker addresses, the "to" object of a verb of speaking ("spoke to the
    General Assembly", "talked to Congress"): an audience, not a party."""
    prep = token.head
    return (
        trigger.token.lemma_.lower() in SPEAKING
        and token.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i == trigger.token.i
        and token.lemma_.lower() in lex.audience_nouns
    )


def _crowd(token, mentions: list[ActorMention]) -> bool:
    """A state's people at large, named by their state's name or adjective ("some 24,000
    Syrians", "Iranian pilgrims")."""
    return a_people(token, mentions) or (
        token.dep_ in ("amod", "compound") and a_people(token.head, mentions)
    )


def _origin(token, trigger: Trigger) -> bool:
    """The place a journey set out from: the object of the trigger's own "from"."""
    prep = token.head
    return (
        trigger.mode == "visit"
        and token.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.i in (trigger.token.i, trigger.predicate.i)
    )


def _topic(token, trigger: Trigger, lex: Lexicon) -> bool:
    """A state or body the contact is about: "talks on Iraq", "spoke about Kosovo and
    Bosnia" (the object of a preposition of topic on the trigger or its predicate, or on a
    contact noun that says what it was for: "met on Friday for talks on Ukraine"),
    "discussed Iraq", "a no-fly zone over Libya was discussed" (in the object of a verb
    of topic)."""
    while token.dep_ in ("compound", "conj"):
        token = token.head
    if trigger.token.lemma_.lower() in lex.topic_objects and _in_the_topic(token, trigger):
        return True  # "discussed Iraq", "a no-fly zone over Libya was discussed"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS:
        return False
    noun = prep.head
    return noun.i in (trigger.token.i, trigger.predicate.i) or (
        noun.lemma_.lower() in lex.consult_nouns
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.i in (trigger.token.i, trigger.predicate.i)
    )


def _in_the_topic(token, trigger: Trigger) -> bool:
    """The token lies in the object of a verb of topic, active or passive ("discussed a
    no-fly zone over Libya", "a no-fly zone over Libya was discussed"), not in a "with"
    phrase the parser hangs there ("discussed the peace process with King Hussein")."""
    for word in (token, *token.ancestors):
        if word.head.i == trigger.token.i:
            return word.dep_ in ("dobj", "nsubjpass")
        if word.dep_ == "prep" and word.lower_ == "with":
            return False
    return False


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
        side = side or lemma in lex.member_nouns  # "met members of the Arab League"
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
    if trigger.event == "REQUEST":  # "proposed talks with Seoul": the talks asked for
        tops |= {c.i for c in trigger.token.children if c.dep_ == "dobj"}
    depth = 0
    for _ in range(12):
        if token.i in tops:
            return depth
        if token.head.i == token.i:
            break
        depth += token.dep_ != "conj"  # "between Israel and Hamas": both as near as the first
        token = token.head
    return 99


def _before_a_named_pair(head, noun) -> bool:
    """A name compounded before a pair of names a hyphen joins, all modifying a contact noun
    ("US Supports China-Ukraine Talks", a headline the parser reads as one long name): the
    pair names the contact's two sides, the name before it is none of them."""
    doc = noun.doc
    if head.i >= noun.i or head.dep_ != "compound":
        return False
    if not all(t.dep_ in ("compound", "punct") for t in doc[head.i : noun.i]):
        return False
    return any(
        doc[i].text in ("-", "–")
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].pos_ == doc[i + 1].pos_ == "PROPN"
        for i in range(head.i + 2, noun.i - 1)
    )
