"""Groups: "the two leaders", "both presidents", "the pair" (the two people last seen together
as parties of one clause, else the last two people named), "the latter two" (the last two
people of a list just named).
"""

from __future__ import annotations

from wirecode.actors.clauses import verb_of
from wirecode.actors.walker import ActorMention, Walker
from wirecode.actors.words import PAIR_REACH, TITLE_LEMMAS
from wirecode.records import ActorRef

__all__ = ["Groups"]

MANY = {"each", "every", "all", "many", "several", "other", "some", "various"}


class Groups(Walker):
    """The walk's finder of the pairs of people that group nouns stand for."""

    def _group(self, token) -> None:
        """ "The two leaders", "both presidents", "the pair": the two people last seen together
        as parties of one clause, else the last two people named."""
        words = {c.lower_ for c in token.children}
        if not words & {"two", "both", "the"}:
            return
        owners = [o for c in token.children if c.lower_ == "of" for o in c.children]
        if any({w.lower_ for w in owner.children} & MANY for owner in owners):
            return  # "the leaders of each country": many, not the pair of "the two countries"
        if not words & {"two", "both"} and any(
            c.dep_ in ("amod", "compound")
            and c.i < token.i
            and not self.kb.state_of_adjective(c.text)
            and not self.kb.state_named(c.text)
            for c in token.children
        ):
            return  # "the world leaders", "the foreign leaders": a crowd, not a pair
        parties = self._parties(self.found, self._clause(token))
        own = {m.actor.id for m in parties}
        if len(own) == 2 and (
            token.head.lower_ == "between" or self._between_before(token, parties)
        ):
            # "He spoke with Milei on Friday, the first conversation between the two
            # leaders": what passed between a pair in the clause of the pair's own act;
            # "In a telephone conversation between Obama and Putin, the two leaders were
            # divided": the pair that phrase named
            people = list({m.actor.id: m.actor for m in parties}.values())
        elif token.lower_ == "two":  # "the two" alone names no kind: only a pair seen together
            people = self._pair_together(token, own)  # (not "Two journalists ... The two")
        else:
            people = self._pair_together(token, own) or self._last_two(token, own, named=False)
        if people:
            self._add_group(token.left_edge.i, token.i + 1, token.text, people)

    def _between_before(self, token, parties: list[ActorMention]) -> bool:
        """Whether the people of the group's clause (`parties`) are the two named in a
        "between" phrase before it ("In a conversation between Obama and Putin, the two
        leaders ...")."""
        return bool(parties) and all(
            m.end <= token.left_edge.i
            and any(a.lower_ == "between" for a in self.doc[m.head].ancestors)
            for m in parties
        )

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
