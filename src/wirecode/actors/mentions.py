"""Who is named where: people, roles, pronouns and states in a parsed document.

`find_actor_mentions(doc, kb, on=date)` walks the document once, in order, and returns one
`ActorMention` per place that names an actor: a person by name or alias, a role resolved by
office tenure on the date ("the Chinese leader", "his Ukrainian counterpart"), a pronoun
resolved to the nearest compatible person, a group ("the two leaders"), or a state by name,
adjective or seat ("Beijing", "the Kremlin").

The walk's finders are in `people` (names), `roles`, `pronouns` and `groups`, on the memory
of `walker`; this module walks a document with all of them, and finds states.
"""

from __future__ import annotations

import datetime as dt
import logging

from wirecode.actors.clauses import overlaps
from wirecode.actors.groups import Groups
from wirecode.actors.institutions import for_their_states
from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.opposition import for_their_opposition
from wirecode.actors.people import NamedPeople
from wirecode.actors.pronouns import Pronouns
from wirecode.actors.roles import Roles
from wirecode.actors.walker import ActorMention, person_ref, state_ref
from wirecode.actors.words import (
    COMBINING_FORMS,
    FIRST_PERSON,
    GROUP_NOUNS,
    PLURAL_PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEAKER_REACH,
    SUBJECT_PRONOUNS,
)
from wirecode.nlp.views import columns, entities_in, stamps_of, text_of
from wirecode.quotes.marks import regions
from wirecode.records import ActorRef

__all__ = [
    "ActorMention",
    "find_actor_mentions",
    "person_ref",
    "reporting_subject",
    "state_ref",
]

logger = logging.getLogger(__name__)

COMPASS = frozenset({"North", "South", "East", "West"})

# parts of speech of words that name no one, whatever their case ("WHO", "US" in capitals)
FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})

# the lower-case forms `_Walker.others` acts on (besides role words, known by their lemma)
_OTHERS_WORDS = frozenset(
    GROUP_NOUNS | {"pair", "two"} | set(SUBJECT_PRONOUNS) | FIRST_PERSON | PLURAL_PRONOUNS
)


class _Walker(NamedPeople, Roles, Pronouns, Groups):
    """Walks one document in order, keeping the discourse memory that pronouns need."""

    # -- roles, pronouns, groups, states -------------------------------------------------
    def others(self, sent, reporting_subject: ActorRef | None) -> None:
        doc, lowers = self.doc, self._lowers
        self.take_past_title_states(sent)
        for i in range(sent.start, sent.end):
            if i in self.taken:
                continue
            lower = lowers[i]
            if lower not in _OTHERS_WORDS and self._lemmas[i] not in ROLE_WORDS:
                continue  # none of the branches below can take it
            token = doc[i]
            plural = token.tag_ in ("NNS", "NNPS")
            if plural and self._lemmas[i] in ROLE_WORDS and self._holders(token):
                continue  # "the leaders of Russia and China"
            if lower in GROUP_NOUNS and token.tag_ in ("NNS", "NNPS") or lower == "pair":
                self._group(token)
            elif lower == "two" and any(c.lower_ == "latter" for c in token.children):
                self._latter(token)
            elif lower == "two" and _the_two(token):
                self._group(token)  # "The two had last met in Bali"
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
            elif ent.label_ == "PERSON" and self._organisation_named(ent.start, ent.end):
                self._state(ent.start, ent.end)  # "Boko Haram attacked": the tagger's person
        texts = self._texts
        for i in range(sent.start, sent.end):
            if i not in self.taken and texts[i][:1].isupper() and not self._shouted_word(i):
                self._elided_state(i)
                self._state(i, i + 1)
        for i in range(sent.start, sent.end):
            if lowers[i] == "it" and i not in self.taken:
                self._it(doc[i])

    def _elided_state(self, i: int) -> None:
        """ "North and South Korea", "East and West Germany": the first point of the compass
        names its state with the name the second one has."""
        texts = self._texts
        if texts[i] not in COMPASS or i + 3 >= len(texts) or self._lowers[i + 1] != "and":
            return
        if texts[i + 2] not in COMPASS:
            return
        state = self.kb.state_named(f"{texts[i]} {texts[i + 3]}")
        if state and self.kb.state_named(f"{texts[i + 2]} {texts[i + 3]}"):
            self._add(i, i + 1, state_ref(state, text=texts[i], basis="state"), "state")

    def _shouted_word(self, i: int) -> bool:
        """A function word inside a run of capitals, which names no body: "AS A MAN WHO
        HAS VISITED SUDAN" (a reader's comment) is no "WHO"; in running text "IS fighters",
        and at the head of a line "WHO AND UNICEF SENT DOCTORS", the name stays."""
        texts = self._texts
        if self._pos[i] not in FUNCTION_POS or not 0 < i < len(texts) - 1:
            return False
        return texts[i - 1].isalpha() and texts[i - 1].isupper() and texts[i + 1].isupper()

    def _state(self, start: int, end: int) -> None:
        if self.taken.intersection(range(start, end)):
            return
        if start > 0 and self._lowers[start - 1] == "the":
            start -= 1
        text = self._span_text(start, end)
        state = self.kb.state_named(text) or self.kb.state_of_adjective(text)
        if state:
            basis = "seat of government" if self._seat(start, end, text) else "state"
            self._add(start, end, state_ref(state, text=text, basis=basis), "state")
        elif self._combined(end - 1):
            state = self.kb.state_named(COMBINING_FORMS[self._lowers[end - 1]])
            if state:
                self._add(start, end, state_ref(state, text=text, basis="state"), "state")
        else:
            self._states_alike(start, end)

    def _seat(self, start: int, end: int, text: str) -> bool:
        """A state named by its government's building or street ("the Kremlin", "the White
        House"), which the tagger reads as no city ("Washington", "Moscow" are places too)."""
        doc = self.doc
        return self.kb.is_seat(text) and all(doc[i].ent_type_ != "GPE" for i in range(start, end))

    def _organisation_named(self, start: int, end: int) -> bool:
        """A name the knowledge base holds as an organisation, whole ("Boko Haram",
        "Al-Shabaab"), which the tagger may read as a person's."""
        state = self.kb.state_named(self._span_text(start, end))
        return state is not None and state.kind == "organisation"

    def _combined(self, i: int) -> bool:
        """Whether token i is a state's combining form joined by a hyphen to a state
        ("Sino-Russian ties", "the Franco-German summit"; not "the Indo-Pacific")."""
        if self._lowers[i] not in COMBINING_FORMS or i + 2 >= len(self._texts):
            return False
        starts, texts = self._starts, self._texts
        if texts[i + 1] != "-" or starts[i + 2] != starts[i] + len(texts[i]) + 1:
            return False
        after = texts[i + 2]
        return bool(self.kb.state_of_adjective(after) or self.kb.state_named(after))

    def _states_alike(self, start: int, end: int) -> None:
        """ "The two Koreas", "both Sudans": a name in the plural after "two" or "both"
        stands for the two states whose names end in it (North and South Korea); with more
        or fewer such states it names none ("the two Guineas")."""
        last = end - 1
        word = self._texts[last]
        if not (word[:1].isupper() and word.endswith("s") and last > 0):
            return
        if self._lowers[last - 1] not in ("two", "both"):
            return
        states = self.kb.states_sharing_name(word[:-1])
        if len(states) != 2:
            return
        first = last - 2 if last > 1 and self._lowers[last - 2] == "the" else last - 1
        if self.taken.intersection(range(first, last + 1)):
            return
        text = self._span_text(first, last + 1)
        members = tuple(state_ref(s, text=text, basis="state") for s in states)
        group = ActorRef("group", "the two states", None, None, "state", text=text)
        self._add(first, last + 1, group, "group", members)


def reporting_subject(sent, mentions: list[ActorMention]) -> ActorRef | None:
    """The person who speaks in a sentence: the subject of say, tell, write (for "I")."""
    pos = columns(sent.doc).pos
    for i in range(sent.start, sent.end):
        if pos[i] != "VERB":  # read from the columns: no `Token` for the other words
            continue
        token = sent.doc[i]
        if token.lemma_ in REPORTING_VERBS:
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
    quoted = walker.quoted = regions(text_of(doc))  # "he" in quoted words (Pronouns)
    for index, sent in enumerate(doc.sents):
        walker.names(sent)
        own = reporting_subject(sent, walker.found)
        # "I" of a sentence with no speaker of its own is the last speaker's inside a
        # quotation ("... ," Xi said. "I told him ...") or right after that speaker's words
        # (quotations printed without marks); further on it is the writer's own
        near = index - spoke_at <= SPEAKER_REACH or overlaps(quoted, sent)
        walker.speaker = own or (previous_speaker if near else None)
        walker.others(sent, walker.speaker)
        speaker = reporting_subject(sent, walker.found)
        if speaker is not None:
            previous_speaker, spoke_at = speaker, index
    found = for_their_states(walker.found, doc, kb)  # "the Biden administration"
    found = for_their_opposition(found, doc)  # "Syrian rebels"
    stamps = stamps_of(doc)  # "(9:08 p.m. Monday in Libya)": a time zone, no party
    found = [m for m in found if not any(s <= doc[m.start].idx < e for s, e in stamps)]
    return sorted(found, key=lambda mention: mention.start)


def _the_two(token) -> bool:
    """ "The two" standing alone as a noun phrase, for a pair of people ("The two had last
    met in Bali"), not a number before its noun ("the two leaders", "the two sides")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(
            c.dep_ == "prep" for c in token.children
        )  # "the two of them", "of the two countries"
    )
