"""Roles: a title resolved by office tenure on the article's date ("the Chinese leader", "his
Ukrainian counterpart"), or, when it names no state, the person named before who holds that
office on the day ("the Secretary of State"); in the plural with several states, the holder in
each ("the leaders of Russia and China").
"""

from __future__ import annotations

from wirecode.actors.clauses import clause_subjects, phrase, verb_of
from wirecode.actors.kb import Person, State
from wirecode.actors.walker import Walker, person_ref
from wirecode.actors.words import (
    PAST_TITLE_WORDS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SOLE_TITLES,
    STATING_VERBS,
)
from wirecode.records import ActorRef

__all__ = ["Roles"]

OFFICES = ROLE_WORDS - {"counterpart"}  # words an official is called by
TITLE_STATE_PREPS = frozenset({"of", "to", "for"})  # "ambassador to Morocco", "president of"
# a title that says no office alone: "the Secretary" of a State Department readout is the
# Secretary of State named before, "the Secretary" of a Pentagon one the defense secretary
BARE_TITLES = frozenset({"secretary"})


class Roles(Walker):
    """The walk's finder of people by their role."""

    def _role(self, token) -> None:
        first = token.i
        if token.dep_ == "compound" and token.head.i == token.i + 2 and token.nbor().text == "-":
            token = token.head  # "the Secretary-General of NATO": the title is the whole word
        if any(child.dep_ in ("appos",) for child in token.children):
            return  # "his Ukrainian counterpart Volodymyr Zelensky": the name speaks
        if self._past(token):
            return
        if token.dep_ == "compound" and token.head.i in self.taken:
            return  # "President Xi Jinping"
        if self._person_named_after(token):
            return  # "China's top diplomat Wang Yi", whatever the parser hung the name on
        country, span_start = self._title_state(token, first)
        if country is None and not any(c.dep_ in ("amod", "compound") for c in token.children):
            country = SOLE_TITLES.get(token.lemma_.lower())  # "the Pope"
        if country is None:
            self._title_named_before(token)
            return
        person = self._office_holder(token, country)
        if person:
            text = self.doc[span_start : token.i + 1].text
            self._add(
                span_start, token.i + 1, person_ref(person, text=text, basis="role by date"), "role"
            )

    def take_past_title_states(self, sent) -> None:
        """The states a past title names are no parties: "a former U.S. ambassador to
        Morocco", "a former Egyptian prime minister", "former Soviet republics" speak for
        neither state (a named holder, "former Egyptian Prime Minister Ahmed Shafiq", is
        found by name; "the former Yugoslavia" is a name)."""
        for word in sent:
            if word.lower_ in PAST_TITLE_WORDS and word.dep_ == "amod" and word.head.pos_ == "NOUN":
                self._take_title_states(word.head)

    def _take_title_states(self, token) -> None:
        for child in token.children:
            modifier = child.dep_ in ("amod", "compound", "nmod", "poss")
            of_state = child.dep_ == "prep" and child.lower_ in TITLE_STATE_PREPS
            if (modifier or of_state) and child.lower_ not in PAST_TITLE_WORDS:
                self.taken.update(range(child.left_edge.i, child.right_edge.i + 1))

    def _person_named_after(self, token) -> bool:
        """A known person's name right after the title: the title is that person's. An
        unknown name leaves the title to name the office's holder ("South Korean President
        Yoon Seok Yul", a spelling the knowledge base does not hold)."""
        after = token.i + 1
        return any(
            m.start == after and m.actor.kind == "person" and m.how != "unknown-person"
            for m in self.found
        )

    def _title_state(self, token, first: int) -> tuple[str | None, int]:
        """The state a title is of ("the Chinese leader", "Pakistan's foreign secretary",
        "the president of France", "its president"), and where its phrase begins."""
        country, span_start = None, first
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
            if child.dep_ == "poss" and (child.lower_ == "its" or self._the_country(child)):
                state = self._its_state(token)
            if state:
                country = state.code
                span_start = min(span_start, child.left_edge.i)
        return country, span_start

    @staticmethod
    def _the_country(token) -> bool:
        """ "The country's president", "the nation's foreign minister": a state said again."""
        return token.lemma_.lower() in ("country", "nation") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        )

    def _its_state(self, token) -> State | None:
        """The state or body that "its" or "the country's" before a title stands for: the
        subject of the title's clause, or of the verb of saying that reports it ("China said
        its foreign minister would visit Moscow", "Russia sent its defence minister", "Ukraine
        said the country's president would travel")."""
        verb = verb_of(token)
        own = {t.i for t in token.subtree}
        subjects = {c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS | STATING_VERBS:
            subjects |= {c for c in verb.head.children if c.dep_ == "nsubj"}
        for subject in sorted(subjects, key=lambda c: c.i):
            if subject.i not in own and subject.i not in self.taken:  # "Putin said its ..."
                state = self.kb.state_named(phrase(subject))
                if state:
                    return state
        return None

    def _past(self, token) -> bool:
        """ "The former Israeli prime minister", "the then Russian president", "an ex-
        president", "the late Chinese leader": a title of someone who held the office before,
        whom the holder on the article's date is not."""
        head = token
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the former Secretary-General": "former" is on "General"
        return any(
            c.lower_ in PAST_TITLE_WORDS and c.i < head.i for t in (token, head) for c in t.children
        )

    def _holders(self, token) -> bool:
        """ "The leaders of Russia and China", "the Russian and Chinese presidents", "the US
        and Chinese defence ministers": a title in the plural with two or more states stands
        for the holder of that office in each, resolved by date (when each state has one).
        True when the title needs no other reading."""
        if self._past(token):
            return False
        states: dict[str, None] = {}
        end, title = token.i + 1, None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                heads = [c for c in child.children if c.dep_ == "pobj"]
                end = max(end, child.right_edge.i + 1)
                for office in [h for h in heads if h.lemma_.lower() in ("state", "government")]:
                    # "the heads of state of Kenya and Tanzania": the states follow the office
                    title = f"head of {office.lemma_.lower()}"
                    heads += [c for p in office.children if p.lower_ == "of" for c in p.children]
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
                heads = [child]
            else:
                continue
            for head in heads:
                for word in (head, *head.conjuncts):
                    words = phrase(word)
                    state = self.kb.state_of_adjective(words) or self.kb.state_named(words)
                    if state:
                        states.setdefault(state.code)
                    elif word.i != head.i and word.text.islower():
                        # "the Chinese and Russian defense chiefs", parsed with "defense" as a
                        # third of the list: an office it cannot name, and no one person
                        return True
        start = token.left_edge.i
        if len(states) < 2 or self.taken.intersection(range(start, end)):
            return False
        people = [
            self._holder_titled(title, country) if title else self._office_holder(token, country)
            for country in states
        ]
        if not all(people):
            return False
        text = self._span_text(start, end)
        members = tuple(person_ref(p, text=text, basis="role by date") for p in people if p)
        group = ActorRef("group", "the office holders", None, None, "person", text=text)
        self._add(start, end, group, "group", members)
        return True

    def _holder_titled(self, title: str, country: str) -> Person | None:
        for role in self.kb.roles_for_title(title, country):
            person = self.kb.holder(country, role, self.on)
            if person:
                return person
        return None

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
        title = " ".join(words)
        roles = set(self.kb.roles_for_title(title))
        bare = not roles and title in BARE_TITLES  # "the Secretary": of whatever he is
        if not (roles or bare) or not span or self.taken.intersection(range(span[0].i, end)):
            return
        for mention in self.before(token.i):
            person = self.kb.person(mention.actor.id) if mention.actor.kind == "person" else None
            offices = [o for o in person.offices if o.holds_on(self.on)] if person else []
            if any(o.role in roles or bare and o.title.lower().startswith(title) for o in offices):
                text = self._span_text(span[0].i, end)
                ref = person_ref(person, text=text, basis="title of a person named before")
                self._add(span[0].i, end, ref, "role")
                return

    def _office_holder(self, token, country: str) -> Person | None:
        if token.lemma_.lower() == "counterpart":
            roles = self._counterpart_roles(token, country)
        else:
            roles = self._title_roles(token, country)
        for role in roles:
            person = self.kb.holder(country, role, self.on)
            if person:
                return person
        return None

    def _title_roles(self, token, country: str | None) -> list[str]:
        """The offices a title word names, with its modifiers ("foreign minister")."""
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
        if title in ("chief", "head") and not any(c.text.islower() for c in modifiers):
            # "the UN chief", "the EU Commission chief" (a word of the body's name)
            return self.kb.roles_for_title("leader", country)
        # "the UN humanitarian chief" is not the UN's chief
        roles = self.kb.roles_for_title(f"{compound} {title}".strip(), country)
        if any(c.lower_ == "top" and c.i < token.i for c in token.children):
            # "Beijing's top diplomat", "the top US diplomat": "top" is of the title
            top = " ".join(w for w in ("top", compound, title) if w)
            roles = self.kb.roles_for_title(top, country) or roles
        return roles

    def _counterpart_roles(self, token, country: str) -> list[str]:
        """A counterpart holds the same office as the person it is the counterpart of; the
        counterpart of a state's leader is the other state's leader, whatever its office is
        called there ("Biden and his Chinese counterpart" is Xi, not the premier; "Macron's
        German counterpart" the chancellor)."""
        for mention in self.before(token.i):
            if mention.actor.kind == "person" and mention.actor.id != "group":
                roles, home = self._offices_of(mention)
                own = self.kb.state(home) if home else None
                if own is not None and own.leader_role in roles:
                    return self.kb.roles_for_title("leader", country)
                if roles:
                    return roles
        official = self._unnamed_official(token)
        if official is not None:  # "Pakistan's foreign secretary ... his Afghan counterpart"
            return self._title_roles(official, self._title_state(official, official.i)[0])
        return ["head_of_state", "head_of_government"]

    def _offices_of(self, mention) -> tuple[list[str], str | None]:
        """(offices held on the day, state) of a person named: from the knowledge base, or
        from the title written before an unknown person's name ("Turkish Foreign Minister
        Hikmet Cetin ... his Greek counterpart": the Greek foreign minister)."""
        person = self.kb.person(mention.actor.id)
        if person is not None:
            return [o.role for o in person.offices if o.holds_on(self.on)], person.country
        _, title = self._title_country(mention.start)
        country = mention.actor.country
        return (self.kb.roles_for_title(title, country) if title else []), country

    def _unnamed_official(self, counterpart):
        """The subject a counterpart is "his" or "her" counterpart of, when it is a title that
        names no one ("Pakistan's foreign secretary held talks with his Afghan counterpart":
        a civil servant, whose counterpart is no minister; "the deputy minister met his
        counterpart")."""
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in counterpart.children):
            return None
        for i in sorted(clause_subjects(counterpart)):
            subject = self.doc[i]
            if subject.lemma_.lower() in OFFICES and i not in self.taken:
                return subject
        return None
