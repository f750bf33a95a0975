"""What a walk through a document finds, and the memory the walk keeps.

`ActorMention` is one place in a document that names an actor; `person_ref` and `state_ref`
make the actor it names. `Walker` keeps what the walk has found so far (the mentions, the
tokens they take, the people seen, the people outside the knowledge base) and what it reads
of every token once. The finders of `people`, `roles`, `pronouns` and `groups` extend it, and
`wirecode.actors.mentions` walks a document with all of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wirecode.actors.kb import KnowledgeBase, Person, State
from wirecode.actors.words import STANCE_PREFIXES, TITLE_LEMMAS
from wirecode.nlp.views import columns, text_of
from wirecode.records import ActorRef

__all__ = ["ActorMention", "Walker", "person_ref", "state_ref"]


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


class Walker:
    """The memory of a walk through one document: the mentions found so far, the tokens they
    take, the people seen, and what the finders ask of every token, read once."""

    def __init__(self, doc, kb: KnowledgeBase, on: dt.date | None) -> None:
        self.doc = doc
        self.kb = kb
        self.dated = on is not None
        self.on = on or kb.cutoff  # undated: offices as the knowledge base last knows them
        self.found: list[ActorMention] = []
        self.taken: set[int] = set()
        self.unknown: dict[str, ActorRef] = {}  # surname → unknown person named earlier
        self.seen_people: dict[str, ActorRef] = {}
        # the quoted regions and the speaker of the sentence walked: "he" in their words
        self.quoted: list[tuple[int, int]] = []
        self.speaker: ActorRef | None = None
        # read once per document: what the finders ask of every token
        self._text = text_of(doc)
        cols = columns(doc)
        self._texts, self._starts, self._punct = cols.text, cols.idx, cols.is_punct
        self._lowers, self._lemmas, self._pos = cols.lower, cols.lemma, cols.pos

    def _span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, cut from the document's text."""
        if end <= start:
            return ""
        return self._text[self._starts[start] : self._starts[end - 1] + len(self._texts[end - 1])]

    def before(self, index: int) -> list[ActorMention]:
        """Mentions found so far that start before a token, nearest first."""
        earlier = [m for m in self.found if m.start < index]
        return sorted(earlier, key=lambda m: m.start, reverse=True)

    def _stance(self, start: int) -> bool:
        """Whether the name that begins at token `start` follows "pro-" ("pro-Russian
        separatists", "a pro-Kremlin party"): support for the one named, who is no party to
        what the phrase does."""
        if start < 2 or self._texts[start - 1] != "-":
            return False
        starts, texts = self._starts, self._texts
        if (
            starts[start - 1] + 1 != starts[start]
            or starts[start - 2] + len(texts[start - 2]) != starts[start - 1]
        ):
            return False  # "... Iran - American officials said": a dash set apart
        return self._lowers[start - 2] in STANCE_PREFIXES

    def _add(self, start, end, actor: ActorRef, how: str, members=()) -> None:
        """Record a mention; a name after "pro-" (`_stance`) names no party, and
        its words are taken so that no other finder reads them as one."""
        if how not in ("pronoun", "group") and self._stance(start):
            self.taken.update(range(start, end))
            return
        head = self.doc[start:end].root.i
        self.found.append(ActorMention(start, end, head, actor, how, members))
        self.taken.update(range(start, end))
        if actor.kind == "person" and actor.id != "group":
            self.seen_people[actor.id] = actor

    def _title_words(self, word) -> str:
        """A title with the capitalised words before it that make it one office: "Foreign
        Minister", "Prime Minister", "Defence Secretary" (not the state's adjective)."""
        words = [word.lemma_.lower()]
        k = word.i - 1
        while (
            k >= 0
            and self.doc[k].dep_ in ("compound", "amod")
            and self.doc[k].text[:1].isupper()
            and not self.kb.state_of_adjective(self.doc[k].text)
            and not self.kb.state_named(self.doc[k].text)
        ):
            words.insert(0, self.doc[k].lower_)
            k -= 1
        return " ".join(words)

    def _title_country(self, start: int) -> tuple[str | None, str | None]:
        """The country and title written before a name: "Ukrainian Ambassador X"."""
        country = title = None
        for token in reversed(self.doc[max(0, start - 5) : start]):
            if token.lemma_.lower() in TITLE_LEMMAS and title is None:
                title = self._title_words(token)
            if token.i > 0 and self.doc[token.i - 1].lower_ in ("to", "in", "at"):
                continue  # "Ukraine's ambassador to China": the post, not the country
            state = self.kb.state_of_adjective(token.text) or self.kb.state_named(token.text)
            if state and country is None:
                country = state.code
        return country, title
