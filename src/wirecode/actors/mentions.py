"""Who is named where: people, roles, pronouns and states in a parsed document.

`find_actor_mentions(doc, kb, on=date)` walks the document once, in order, and returns one
`ActorMention` per place that names an actor: a person by name or alias, a role resolved by
office tenure on the date ("the Chinese leader", "his Ukrainian counterpart"), a pronoun
resolved to the nearest compatible person, a group ("the two leaders"), or a state by name,
adjective or seat ("Beijing", "the Kremlin").
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from wirecode.actors.clauses import (
    clause_subjects,
    fronted_for,
    overlaps,
    phrase,
    placed,
    verb_of,
)
from wirecode.actors.kb import KnowledgeBase, Person, State
from wirecode.actors.surnames import first_names_agree, near_office, own_name
from wirecode.actors.words import (
    FIRST_PERSON,
    GENDER_OF_HONORIFIC,
    GROUP_NOUNS,
    HONORIFICS,
    KIN_WORDS,
    MAX_NAME_TOKENS,
    NAME_PART,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PAIR_REACH,
    PLURAL_PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEAKER_REACH,
    STATING_VERBS,
    SUBJECT_PRONOUNS,
    TITLE_LEMMAS,
)
from wirecode.nlp.views import columns, entities_in, text_of
from wirecode.quotes.marks import regions
from wirecode.records import ActorRef

logger = logging.getLogger(__name__)

# the lower-case forms `_Walker.others` acts on (besides role words, known by their lemma)
_OTHERS_WORDS = frozenset(
    GROUP_NOUNS | {"pair", "two"} | set(SUBJECT_PRONOUNS) | FIRST_PERSON | PLURAL_PRONOUNS
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One place in a document that names an actor (token offsets, end exclusive)."""

    start: int
    end: int
    head: int
    actor: ActorRef
    how: str  # name | alias | surname | role | pronoun | group | state | unknown-person
    members: tuple[ActorRef, ...] = ()  # for groups: the people it stands for


def person_ref(person: Person, *, text: str, basis: str) -> ActorRef:
    return ActorRef(
        person.id, person.name, person.country, person.sector, "person", text=text, basis=basis
    )


def state_ref(state: State, *, text: str, basis: str) -> ActorRef:
    return ActorRef(
        state.id,
        state.name,
        state.code,
        state.sector,
        "state" if state.kind == "state" else "organisation",
        text=text,
        basis=basis,
    )


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


class _Walker:
    """Walks one document in order, keeping the discourse memory that pronouns need."""

    def __init__(self, doc, kb: KnowledgeBase, on: dt.date | None) -> None:
        self.doc = doc
        self.kb = kb
        self.dated = on is not None
        self.on = on or kb.cutoff  # undated: offices as the knowledge base last knows them
        self.found: list[ActorMention] = []
        self.taken: set[int] = set()
        self.unknown: dict[str, ActorRef] = {}  # surname → unknown person named earlier
        self.seen_people: dict[str, ActorRef] = {}
        # read once per document: what the scans below ask of every token
        self._text = text_of(doc)
        cols = columns(doc)
        self._texts, self._starts, self._punct = cols.text, cols.idx, cols.is_punct
        self._lowers, self._lemmas = cols.lower, cols.lemma

    def _span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, cut from the document's text."""
        if end <= start:
            return ""
        return self._text[self._starts[start] : self._starts[end - 1] + len(self._texts[end - 1])]

    # -- people by name ------------------------------------------------------------------
    def names(self, sent) -> None:
        i = sent.start
        while i < sent.end:
            match = self._kb_name_at(i, sent.end)
            if match:
                end, person, how = match
                self._add(i, end, person_ref(person, text=self.doc[i:end].text, basis=how), how)
                i = end
            else:
                i += 1
        for ent in entities_in(sent):
            if ent.label_ == "PERSON" and not self.taken.intersection(range(ent.start, ent.end)):
                self._unknown_person(ent)
        self._titled_names(sent)

    def _titled_names(self, sent) -> None:
        """A name the tagger missed, right after a title: "ambassador to China Pavlo Riabikin"."""
        doc = self.doc
        for index in range(sent.start, sent.end):
            if self._lemmas[index] not in TITLE_LEMMAS or index in self.taken:
                continue
            token = doc[index]
            i = token.i + 1
            while i < sent.end and i < token.i + 4 and not NAME_PART.match(doc[i].text):
                if doc[i].pos_ not in ("ADP", "DET"):
                    break  # "the leader held talks with ...": the title names no one here
                i += 1  # "to", "of"
            if not NAME_PART.match(doc[min(i, sent.end - 1)].text):
                continue
            while i < sent.end and (
                self.kb.state_named(doc[i].text) or doc[i].lemma_.lower() in TITLE_LEMMAS
            ):
                i += 1  # "China", "Minister"
            end = i
            while (
                end < sent.end
                and end - i < 5
                and doc[end].pos_ == "PROPN"
                and NAME_PART.match(doc[end].text)
                and end not in self.taken
            ):
                end += 1
            if end - i > 3:
                i = end - 2  # "Minister of Natural Resources Alexander Kozlov": the name ends it
            if end - i >= 2 and not self.kb.state_named(doc[i:end].text):
                self._unknown_person(doc[i:end])

    def _kb_name_at(self, i: int, limit: int) -> tuple[int, Person, str] | None:
        first = self._texts[i]
        if not NAME_PART.match(first) and first.lower() not in ("xi",):
            return None
        for end in range(min(limit, i + MAX_NAME_TOKENS), i, -1):
            if self._punct[end - 1]:
                continue
            text = self._span_text(i, end)
            if end - i == 1:
                return self._surname(i, text)
            people = self.kb.people_named(text)
            if people:
                return end, self._pick(people), "name"
        return None

    def _surname(self, i: int, text: str) -> tuple[int, Person, str] | None:
        token = self.doc[i]
        if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "PERSON":
            return None
        if token.lower_ in TITLE_LEMMAS or token.lemma_.lower() in TITLE_LEMMAS:
            return None  # "President" alone names nobody
        if len(text) < 2 or (text.isupper() and len(text) <= 4):
            return None  # "UN" is no surname
        if token.ent_type_ in ("DATE", "TIME"):
            return None  # "Friday's summit", "in May": a day or month, not Godwin Friday or May
        if self.kb.state_named(text) or self.kb.state_of_adjective(text):
            return None  # "Luxembourg", "Jordan": the state, not someone of that name
        following = self.doc[i + 1] if i + 1 < len(self.doc) else None
        if (
            following is not None
            and following.pos_ == "PROPN"
            and following.ent_type_ == "PERSON"
            and following.ent_iob_ == "I"
            and (NAME_PART.match(following.text) or following.lower_ in NAME_PARTICLES)
            and token.ent_type_ == "PERSON"
        ):
            return None  # "Wu Ken", "Saud al-Faisal": longer names than Joseph Wu's, Al Saud's
        people = self.kb.people_named(text) or self.kb.people_with_surname(text)
        people = [
            p
            for p in people
            if text in p.name.split() or any(text in alias.split() for alias in p.aliases)
        ]  # the same word, case and all
        countries = self._qualifying_states(i)
        if countries:  # "Jordan's King Abdullah": not Malaysia's King Abdullah
            people = [p for p in people if countries & {p.country, *(o.country for o in p.offices)}]
            if not people and i > 0 and self._lemmas[i - 1] in TITLE_LEMMAS:
                people = [  # ... but the king of Jordan whose name begins so: Abdullah II
                    p
                    for p in self.kb.people_with_given_name(text)
                    if p.name.split()[0] == text and countries & {o.country for o in p.offices}
                ]
        given = self._given_names(i)
        if given:  # "Hunter Biden", "the Dalai Lama": a first name that is not theirs
            people = [p for p in people if first_names_agree(given, p, text)]
        honorific = self._lowers[i - 1].rstrip(".") if i > 0 else ""
        if honorific in GENDER_OF_HONORIFIC:  # "Mr Cooper" is no woman of that name
            people = [p for p in people if p.gender in (None, GENDER_OF_HONORIFIC[honorific])]
        if not people:
            return None
        known = [p for p in people if p.id in self.seen_people]
        if known:
            return i + 1, known[0], "surname"
        if text in self.unknown:
            return None  # "Hosni Mubarak ... Mubarak": the text's own earlier name wins
        titled = self._titled(i, people)
        if len(titled) == 1:
            return i + 1, titled[0], "title and surname"
        if self.kb.is_given_name(text, common=True):
            return None  # "Mohammed" alone: anyone of that name, in office or not
        in_office = [p for p in people if self.on and any(o.holds_on(self.on) for o in p.offices)]
        curated = [p for p in in_office if any(o.start_precision == "day" for o in p.offices)]
        for pool in (in_office, curated):
            if len(pool) == 1:
                return i + 1, pool[0], "surname"
        if (
            len(people) == 1
            and token.ent_type_ in ("PERSON", "")
            and own_name(text, people[0])
            and not self.kb.is_given_name(text)  # "Ibrahim" alone: anyone of that name
            and (not self.dated or near_office(people[0], self.on))
        ):
            return i + 1, people[0], "surname"
        return None

    def _qualifying_states(self, i: int) -> set[str]:
        """The states that the words governed by token i name before it: "Jordan's" in
        "Jordan's King Abdullah", "South Korean" in "South Korean President Yoon"."""
        head = self.doc[i]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "Prince Salman bin Abdul Aziz": the name's last word heads it
        words = [
            t
            for t in head.subtree
            if t.i < i and t.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")
        ]
        found = set()
        for k, token in enumerate(words):
            texts = [token.text]
            if k + 1 < len(words) and words[k + 1].i == token.i + 1:
                texts.append(f"{token.text} {words[k + 1].text}")  # "South Korean"
            for text in texts:
                state = self.kb.state_of_adjective(text) or self.kb.state_named(text)
                if state is not None:
                    found.add(state.code)
        return found

    def _given_names(self, i: int) -> set[str]:
        """The words of a name written before token i in the same PERSON entity, titles
        left out: "Hunter" in "Hunter Biden", none in "President Biden"."""
        doc, start = self.doc, i
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON":
            start -= 1
        return {
            self._texts[k]
            for k in range(start, i)
            if NAME_PART.match(self._texts[k])
            and self._lemmas[k] not in TITLE_LEMMAS
            and self._lowers[k].rstrip(".") not in HONORIFICS
        }

    def _titled(self, i: int, people: list[Person]) -> list[Person]:
        """Candidates whose office matches the title written before the name."""
        words = [t.lower_ for t in self.doc[max(0, i - 3) : i] if t.is_alpha]
        for size in (3, 2, 1):
            roles = self.kb.roles_for_title(" ".join(words[-size:])) if len(words) >= size else []
            if roles:
                return [p for p in people if any(o.role in roles for o in p.offices)]
        return []

    def _pick(self, people: list[Person]) -> Person:
        known = [p for p in people if p.id in self.seen_people]
        if known:
            return known[0]
        in_office = [p for p in people if any(o.holds_on(self.on) for o in p.offices)]
        return (in_office or people)[0]

    def _unknown_person(self, ent) -> None:
        doc = self.doc
        end = ent.end
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2  # "Kim Jong-il": the tagger's span stops at the hyphen
        ent = doc[ent.start : end]
        tokens = [t for t in ent if NAME_PART.match(t.text)]
        if not tokens:
            return
        surname = tokens[-1].text
        if tokens[-1].lemma_.lower() in TITLE_LEMMAS:
            return  # "Foreign Minister": a title with no name
        if len(tokens) == 1:
            earlier = self.unknown.get(surname)
            if earlier:
                self._add(ent.start, ent.end, earlier, "surname")
            return  # a lone word is no evidence of a person (Twitter, CCTV)
        if self.kb.state_named(ent.text) or self.kb.state_of_adjective(tokens[0].text):
            return
        if any(t.lower_ in NOT_NAME_WORDS for t in ent):
            return  # "Joint Base Elmendorf-Richardson", "St. Peter's Basilica"
        if any(t.lower_ in KIN_WORDS for t in self.doc[max(0, ent.start - 3) : ent.start]):
            return  # "his wife Peng Liyuan": family, not a party to the contact
        if placed(ent.root):
            return  # "troops inside Umm al-Far": a place the tagger took for a person
        first = tokens[0].i
        name = doc[first : ent.end].text if ent.end > first else " ".join(t.text for t in tokens)
        name = re.sub(r"\s+", " ", name).removesuffix("'s").removesuffix("’s")
        country, title = self._title_country(ent.start)
        ref = ActorRef(
            "person:" + slug(name),
            name,
            country,
            "GOV" if title else None,
            "person",
            text=ent.text,
            basis="unknown person" + (f" ({title})" if title else ""),
        )
        self.unknown[surname] = ref
        self._add(ent.start, ent.end, ref, "unknown-person")

    def _title_country(self, start: int) -> tuple[str | None, str | None]:
        """The country and title written before a name: "Ukrainian Ambassador X"."""
        country = title = None
        for token in reversed(self.doc[max(0, start - 5) : start]):
            if token.lemma_.lower() in TITLE_LEMMAS and title is None:
                title = token.lemma_.lower()
            if token.i > 0 and self.doc[token.i - 1].lower_ in ("to", "in", "at"):
                continue  # "Ukraine's ambassador to China": the post, not the country
            state = self.kb.state_of_adjective(token.text) or self.kb.state_named(token.text)
            if state and country is None:
                country = state.code
        return country, title

    # -- roles, pronouns, groups, states -------------------------------------------------
    def others(self, sent, reporting_subject: ActorRef | None) -> None:
        doc, lowers = self.doc, self._lowers
        for i in range(sent.start, sent.end):
            if i in self.taken:
                continue
            lower = lowers[i]
            if lower not in _OTHERS_WORDS and self._lemmas[i] not in ROLE_WORDS:
                continue  # none of the branches below can take it
            token = doc[i]
            if lower in GROUP_NOUNS and token.tag_ in ("NNS", "NNPS") or lower == "pair":
                self._group(token)
            elif lower == "two" and any(c.lower_ == "latter" for c in token.children):
                self._latter(token)
            elif token.lemma_.lower() in ROLE_WORDS and token.pos_ in ("NOUN", "PROPN"):
                self._role(token)
            elif lower in SUBJECT_PRONOUNS and token.pos_ == "PRON":
                self._pronoun(token, SUBJECT_PRONOUNS[lower])
            elif lower in FIRST_PERSON and reporting_subject is not None:
                self._add(token.i, token.i + 1, reporting_subject, "pronoun")
            elif lower in PLURAL_PRONOUNS and token.pos_ == "PRON":
                self._plural_pronoun(token)
        for ent in entities_in(sent):
            if ent.label_ in ("GPE", "NORP", "ORG", "FAC", "LOC"):
                self._state(ent.start, ent.end)
        texts = self._texts
        for i in range(sent.start, sent.end):
            if i not in self.taken and texts[i][:1].isupper():
                self._state(i, i + 1)
        for i in range(sent.start, sent.end):
            if lowers[i] == "it" and i not in self.taken:
                self._it(doc[i])

    def _it(self, token) -> None:
        """ "Qatar said it would mediate": "it", the subject of what a state or organisation
        says, is that state or organisation."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return
        verb = clause.head
        if verb.lemma_ not in REPORTING_VERBS | STATING_VERBS:
            return
        subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        for mention in self.found:
            if mention.head in subjects and mention.actor.kind != "person" and not mention.members:
                self._add(token.i, token.i + 1, mention.actor, "pronoun")
                return

    def _role(self, token) -> None:
        if any(child.dep_ in ("appos",) for child in token.children):
            return  # "his Ukrainian counterpart Volodymyr Zelensky": the name speaks
        if token.dep_ == "compound" and token.head.i in self.taken:
            return  # "President Xi Jinping"
        country, span_start = None, token.i
        for child in token.children:
            state = None
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                words = phrase(child)  # "North Korean", not "Korean"
                state = self.kb.state_of_adjective(words) or self.kb.state_named(words)
                for word in child.subtree if state is None else ():
                    state = state or self.kb.state_named(word.text)  # "the EU Commission chief"
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    state = self.kb.state_named(phrase(obj)) or state
            if state:
                country = state.code
                span_start = min(span_start, child.left_edge.i)
        if country is None:
            self._title_named_before(token)
            return
        person = self._office_holder(token, country)
        if person:
            text = self.doc[span_start : token.i + 1].text
            self._add(
                span_start, token.i + 1, person_ref(person, text=text, basis="role by date"), "role"
            )

    def _title_named_before(self, token) -> None:
        """ "US Secretary of State Antony Blinken ... the Secretary of State met Qin": a
        definite title that names no state is the person named before who holds that
        office on the day."""
        head = token
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the Secretary-General": the phrase ends at "General"
        if head.i in self.taken or any(c.dep_ == "appos" for c in head.children):
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return
        span = [t for t in self.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
        words = [t.lower_ for t in span if t.is_alpha]
        end = head.i + 1
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                tail = [t for t in child.subtree if t.dep_ != "det"]
                words += [t.lower_ for t in tail if t.is_alpha]
                end = max(t.i for t in child.subtree) + 1
        roles = set(self.kb.roles_for_title(" ".join(words)))
        if not roles or not span or self.taken.intersection(range(span[0].i, end)):
            return
        for mention in self.before(token.i):
            person = self.kb.person(mention.actor.id) if mention.actor.kind == "person" else None
            if person and any(o.role in roles and o.holds_on(self.on) for o in person.offices):
                text = self._span_text(span[0].i, end)
                ref = person_ref(person, text=text, basis="title of a person named before")
                self._add(span[0].i, end, ref, "role")
                return

    def _office_holder(self, token, country: str) -> Person | None:
        title = token.lemma_.lower()
        modifiers = [
            c
            for c in token.children
            if c.dep_ in ("compound", "amod")
            and c.i < token.i
            and c.lower_ not in ("new", "former", "current", "then", "top")
            and not self.kb.state_named(c.text)
            and not self.kb.state_of_adjective(c.text)
        ]  # "US president" is a president, "the British prime minister" a prime minister
        compound = " ".join(c.lower_ for c in modifiers)
        if title == "counterpart":
            roles = self._counterpart_roles(token)
        elif title in ("chief", "head") and not any(c.text.islower() for c in modifiers):
            # "the UN chief", "the EU Commission chief" (a word of the body's name)
            roles = self.kb.roles_for_title("leader", country)
        else:  # "the UN humanitarian chief" is not the UN's chief
            roles = self.kb.roles_for_title(f"{compound} {title}".strip(), country)
        for role in roles:
            person = self.kb.holder(country, role, self.on)
            if person:
                return person
        return None

    def _counterpart_roles(self, token) -> list[str]:
        """A counterpart holds the same office as the person it is the counterpart of."""
        for mention in self.before(token.i):
            if mention.actor.kind == "person" and mention.actor.id != "group":
                person = self.kb.person(mention.actor.id)
                if person:
                    roles = [o.role for o in person.offices if o.holds_on(self.on)]
                    if roles:
                        return roles
        return ["head_of_state", "head_of_government"]

    def before(self, index: int) -> list[ActorMention]:
        """Mentions found so far that start before a token, nearest first."""
        earlier = [m for m in self.found if m.start < index]
        return sorted(earlier, key=lambda m: m.start, reverse=True)

    def _gender_of(self, actor: ActorRef) -> str | None:
        """A known person's gender; for someone else, that of the known people who share
        their first name, when they all agree ("Patrick Leahy" is no "she")."""
        person = self.kb.person(actor.id)
        if person is not None:
            return person.gender
        return self.kb.gender_of_first_name(actor.name.split()[0]) if actor.name else None

    def _pronoun(self, token, gender: str) -> None:
        """The nearest compatible person, a subject first: "Zelenskyy called ... as he urged";
        in a phrase set before its clause's subject, that subject ("Speaking after his meeting
        with Assad, Annan said")."""
        subject = fronted_for(token) if token.dep_ in ("poss", "nsubj", "nsubjpass") else None
        if subject is not None:
            for mention in self.found:
                if (
                    (mention.start <= subject.i < mention.end or mention.head == subject.i)
                    and mention.actor.kind == "person"
                    and self._gender_of(mention.actor) in (None, gender)
                ):
                    self._add(token.i, token.i + 1, mention.actor, "pronoun")
                    return
            if subject.ent_type_ == "PERSON":
                return  # someone not known by that name alone ("Mr Annan"): not an earlier one
        candidates = []
        for mention in self.before(token.i):
            if mention.actor.kind != "person" or mention.actor.id == "group":
                continue
            if self._gender_of(mention.actor) in (None, gender):
                candidates.append(mention)
        sent_start = token.sent.start
        previous = [m for m in candidates if m.start < sent_start]
        previous_sent = self.doc[previous[0].start].sent.start if previous else -1
        here = [m for m in candidates if m.start >= sent_start]
        if token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS:
            here = []  # "…, he told the newspaper": the speaker carries on from before
        if token.dep_ in ("dobj", "pobj", "dative") and token.lower_ != "his":
            # "Guterres ... speaking with him", "asked Putin to receive him": an object is
            # not its own clause's subject
            local = clause_subjects(token)
            here = [m for m in here if m.head not in local]
            if here:
                self._add(token.i, token.i + 1, here[0].actor, "pronoun")
                return
        for group in (here, [m for m in previous if m.start >= previous_sent], candidates):
            subjects = [m for m in group if self.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
            if subjects or group:
                self._add(token.i, token.i + 1, (subjects or group)[0].actor, "pronoun")
                return

    def _plural_pronoun(self, token) -> None:
        """ "They": the people named together as the subject just before ("Starmer and Macron
        also joined ... They held private meetings with Zelensky")."""
        # "told its citizens ... to call for all of them to leave": the citizens; a subject
        # "they" carries on an earlier subject ("the two sides discussed tariffs, and they")
        subject = token.dep_ in ("nsubj", "nsubjpass")
        nouns = [
            t.i
            for t in self.doc[token.sent.start : token.i]
            if t.tag_ == "NNS"
            and t.lower_ not in GROUP_NOUNS
            and t.i not in self.taken
            and (not subject or t.dep_ in ("nsubj", "nsubjpass"))
        ]
        for mention in self.before(token.i):
            if nouns and mention.start < nouns[-1]:
                return
            if mention.actor.id == "group" and mention.members:
                self._add(token.i, token.i + 1, mention.actor, "pronoun", mention.members)
                return
            head = self.doc[mention.head]
            if mention.actor.kind != "person" or head.dep_ not in ("nsubj", "conj"):
                continue
            subject = head if head.dep_ == "nsubj" else head.head
            # "Biden, Yoon and Ishiba spent": the parser may split one list into two subjects
            subjects = {c.i for c in subject.head.children if c.dep_ == "nsubj"} | {subject.i}
            together = list(
                {
                    m.actor.id: m.actor
                    for m in self.found
                    if m.actor.kind == "person"
                    and m.actor.id != "group"
                    and (
                        m.head in subjects
                        or self.doc[m.head].head.i in subjects
                        and self.doc[m.head].dep_ == "conj"
                    )
                }.values()
            )
            if len(together) < 2:  # the tagger missed the coordination: the people of the
                sent = head.sent  # sentence just before, when they are few
                together = list(
                    {
                        m.actor.id: m.actor
                        for m in self.found
                        if m.actor.kind == "person"
                        and m.actor.id != "group"
                        and sent.start <= m.start < sent.end
                    }.values()
                )
            if 2 <= len(together) <= 3:
                group = ActorRef("group", "they", None, None, "person", text=token.text)
                self._add(token.i, token.i + 1, group, "pronoun", tuple(together))
            return

    def _group(self, token) -> None:
        """ "The two leaders", "both presidents", "the pair": the two people last seen together
        as parties of one clause, else the last two people named."""
        words = {c.lower_ for c in token.children}
        if not words & {"two", "both", "the"}:
            return
        if not words & {"two", "both"} and any(
            c.dep_ in ("amod", "compound")
            and c.i < token.i
            and not self.kb.state_of_adjective(c.text)
            and not self.kb.state_named(c.text)
            for c in token.children
        ):
            return  # "the world leaders", "the foreign leaders": a crowd, not a pair
        own = {m.actor.id for m in self._parties(self.found, self._clause(token))}
        people = self._pair_together(token, own) or self._last_two(token, own, named=False)
        if people:
            self._add_group(token.left_edge.i, token.i + 1, token.text, people)

    def _latter(self, token) -> None:
        """ "The latter two": the last two people of a list just named."""
        people = self._last_two(token, set(), named=True)
        if people:
            self._add_group(token.left_edge.i, token.i + 1, token.text, people)

    def _add_group(self, start: int, end: int, text: str, people: list[ActorRef]) -> None:
        group = ActorRef("group", "the two leaders", None, None, "person", text=text)
        self._add(start, end, group, "group", tuple(people))

    def _clause(self, token) -> int:
        """The verb whose clause a token sits in (the sentence's root, failing a verb)."""
        return verb_of(token).i

    def _parties(self, mentions: list[ActorMention], clause: int) -> list[ActorMention]:
        """The people of a clause, as its parties: not "Putin's" in "Putin's spokesman"."""
        parties = []
        for mention in mentions:
            head = self.doc[mention.head]
            if mention.actor.kind != "person" or self._clause(head) != clause:
                continue
            if head.dep_ in ("poss", "compound") and head.head.lemma_.lower() in TITLE_LEMMAS:
                continue
            parties.append(mention)
        return parties

    def _pair_together(self, token, own: set[str]) -> list[ActorRef] | None:
        """The latest two people seen together as parties of one clause (or one group) in
        the sentences just before, leaving out the parties of the group's own clause."""
        first_sent = token.sent.start
        for _ in range(PAIR_REACH):
            if first_sent == 0:
                break
            first_sent = self.doc[first_sent - 1].sent.start
        earlier = sorted(
            (m for m in self.found if first_sent <= m.start < token.i), key=lambda m: m.start
        )
        clauses: dict[int, int] = {}  # clause → latest start of a mention in it
        for mention in earlier:
            clause = self._clause(self.doc[mention.head])
            clauses[clause] = max(clauses.get(clause, -1), mention.start)
        own_clause = self._clause(token)
        for clause in sorted(clauses, key=clauses.get, reverse=True):
            if clause == own_clause:
                continue
            people: dict[str, ActorRef] = {}
            for mention in self._parties(earlier, clause):
                for actor in mention.members or (mention.actor,):
                    if actor.id != "group" and actor.id not in own:
                        people.setdefault(actor.id, actor)
            if len(people) == 2:
                return list(people.values())
        return None

    def _last_two(self, token, own: set[str], *, named: bool) -> list[ActorRef] | None:
        """The last two people named before a token (or met through a group, unless only
        names count), in text order."""
        people: list[ActorRef] = []
        for mention in self.before(token.i):
            if named and mention.how in ("pronoun", "group"):
                continue
            for actor in reversed(mention.members) if mention.actor.id == "group" else ():
                if actor.id not in own and actor.id not in {p.id for p in people}:
                    people.append(actor)
            if mention.actor.kind == "person" and mention.actor.id != "group":
                if mention.actor.id not in own | {p.id for p in people}:
                    people.append(mention.actor)
            if len(people) >= 2:
                return list(reversed(people[:2]))
        return None

    def _state(self, start: int, end: int) -> None:
        if self.taken.intersection(range(start, end)):
            return
        if start > 0 and self._lowers[start - 1] == "the":
            start -= 1
        text = self._span_text(start, end)
        state = self.kb.state_named(text) or self.kb.state_of_adjective(text)
        if state:
            self._add(start, end, state_ref(state, text=text, basis="state"), "state")

    def _add(self, start, end, actor: ActorRef, how: str, members=()) -> None:
        head = self.doc[start:end].root.i
        self.found.append(ActorMention(start, end, head, actor, how, members))
        self.taken.update(range(start, end))
        if actor.kind == "person" and actor.id != "group":
            self.seen_people[actor.id] = actor


def reporting_subject(sent, mentions: list[ActorMention]) -> ActorRef | None:
    """The person who speaks in a sentence: the subject of say, tell, write (for "I")."""
    for token in sent:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    for mention in mentions:
                        if (
                            mention.start <= child.i < mention.end
                            and mention.actor.kind == "person"
                        ):
                            return mention.actor
    return None


def find_actor_mentions(doc, kb: KnowledgeBase, *, on: dt.date | None) -> list[ActorMention]:
    """Every actor mention in a document, in text order, resolved at the date `on` (for a
    text that dates nothing, `None`: offices as the knowledge base last knows them)."""
    walker = _Walker(doc, kb, on)
    previous_speaker: ActorRef | None = None
    spoke_at = -SPEAKER_REACH - 1  # the sentence that named previous_speaker
    quoted = regions(text_of(doc))
    for index, sent in enumerate(doc.sents):
        walker.names(sent)
        own = reporting_subject(sent, walker.found)
        # "I" of a sentence with no speaker of its own is the last speaker's inside a
        # quotation ("... ," Xi said. "I told him ...") or right after that speaker's words
        # (quotations printed without marks); further on it is the writer's own
        near = index - spoke_at <= SPEAKER_REACH or overlaps(quoted, sent)
        walker.others(sent, own or (previous_speaker if near else None))
        speaker = reporting_subject(sent, walker.found)
        if speaker is not None:
            previous_speaker, spoke_at = speaker, index
    return sorted(walker.found, key=lambda mention: mention.start)
