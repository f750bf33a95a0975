"""Pronouns: "he" and "she" to the nearest compatible person (a subject first), "they" to the
people named together just before, "it" to the state or organisation whose words it reports.
"""

from __future__ import annotations

from wirecode.actors.clauses import clause_subjects, first_conjunct, fronted_for
from wirecode.actors.walker import Walker
from wirecode.actors.words import GROUP_NOUNS, REPORTING_VERBS, STATING_VERBS
from wirecode.quotes.marks import QUOTE_CHARS
from wirecode.records import ActorRef

__all__ = ["Pronouns"]


OBJECTS_OF = {"male": ("him",), "female": ("her",)}  # object pronouns by gender


class Pronouns(Walker):
    """The walk's finder of the people, states and organisations that pronouns stand for."""

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

    def _gender_of(self, actor: ActorRef) -> str | None:
        """A known person's gender; for someone else, that of the known people who share
        their first name, when they all agree ("Patrick Leahy" is no "she")."""
        person = self.kb.person(actor.id)
        if person is not None:
            return person.gender
        return self.kb.gender_of_first_name(actor.name.split()[0]) if actor.name else None

    def _bound_to_the_object(self, possessive, gender: str):
        """The person a verb's object pronoun stands for, when a possessive of the same
        gender sits in that verb's prepositional phrase: "congratulate him on his
        re-election", "thanked her for her support", "praised him for his courage"; in a
        phrase of reason, a named object too: "criticized Macron for his call with Putin"."""
        noun = possessive.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        verb = noun.head.head
        reason = noun.head.lower_ == "for"
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            if child.lower_ in OBJECTS_OF.get(gender, ()):
                for mention in self.found:
                    if mention.start == child.i and mention.actor.kind == "person":
                        return mention.actor
            elif reason:
                for mention in self.found:
                    if (
                        mention.head == child.i
                        and mention.actor.kind == "person"
                        and self._gender_of(mention.actor) in (None, gender)
                    ):
                        return mention.actor
        return None

    def _speaking(self, token) -> ActorRef | None:
        """Who speaks the quotation a pronoun stands in: 'Sullivan said, "Tomorrow, he
        travels to Peru"' ("he" is someone else: a speaker says "I"). Only of a quotation
        that opens with a capital, words as they were said: a quoted phrase inside the
        writer's own sentence keeps the writer's pronouns ("thanked Duda for “offering help
        to his journey”" is the thanker's journey)."""
        if self.speaker is None:
            return None
        at, text = token.idx, self._text
        for start, end in self.quoted:
            if start <= at < end:
                opening = text[start:end].lstrip(QUOTE_CHARS + "`' ")
                return self.speaker if opening[:1].isupper() else None
        return None

    def _named_beside(self, token) -> ActorRef | None:
        """The person a pronoun's own apposition names: "he (Biden) travels", "she, Ms
        Harris, said"."""
        for child in token.children:
            if child.dep_ != "appos":
                continue
            for mention in self.found:
                if mention.head == child.i and mention.actor.kind == "person":
                    return mention.actor
        return None

    def _pronoun(self, token, gender: str) -> None:
        """The nearest compatible person, a subject first: "Zelenskyy called ... as he urged";
        in a phrase set before its clause's subject, that subject ("Speaking after his meeting
        with Assad, Annan said")."""
        named = self._named_beside(token)
        if named is not None:  # "he (Biden) travels": the name says who
            self._add(token.i, token.i + 1, named, "pronoun")
            return
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
        bound = self._bound_to_the_object(token, gender) if token.dep_ == "poss" else None
        if bound is not None:  # "congratulate him on his re-election": his is him
            self._add(token.i, token.i + 1, bound, "pronoun")
            return
        candidates = []
        speaking = self._speaking(token)
        for mention in self.before(token.i):
            if mention.actor.kind != "person" or mention.actor.id == "group":
                continue
            if speaking is not None and mention.actor.id == speaking.id:
                continue  # the speaker says "I"
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
            echoed = self._echoed(token)
            if echoed is not None:  # "Obama has called him. Cameron has called him.": both
                self._add(token.i, token.i + 1, echoed, "pronoun")
                return
        last = [m for m in previous if m.start >= previous_sent]
        for group in (here, last, candidates):
            subjects = [m for m in group if self.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
            if group is last:
                # the sentence before's own subject, not one of a clause inside it: "Blinken
                # is the first to visit since Biden took office. He also held talks"
                subjects.sort(key=lambda m: not _of_the_main_clause(self.doc[m.head]))
            if subjects or group:
                self._add(token.i, token.i + 1, (subjects or group)[0].actor, "pronoun")
                return

    def _echoed(self, token) -> ActorRef | None:
        """The person the same pronoun in the same place of the sentence before stands for:
        a series of parallel sentences keeps its object ("The President of the United States
        has called him. The prime minister of the U.K. has called him.")."""
        start = token.sent.start
        if start == 0:
            return None
        before = self.doc[start - 1].sent
        for mention in self.found:
            word = self.doc[mention.start]
            if (
                mention.how == "pronoun"
                and before.start <= mention.start < before.end
                and word.lower_ == token.lower_
                and word.dep_ == token.dep_
            ):
                return mention.actor
        return None

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


def _of_the_main_clause(subject) -> bool:
    """A subject of its sentence's main verb, or of a verb joined to it ("Xi arrived and
    met Putin")."""
    verb = first_conjunct(subject.head)
    return verb.head.i == verb.i
