"""People named in a text: by a name or alias of the knowledge base; by a surname alone, when
nothing in the text says otherwise (docs/actors.md, "A name written alone"); by a name right
after a title, which the tagger missed; or as someone outside the knowledge base, who keeps
their name and the country their title gives.
"""

from __future__ import annotations

import re

from wirecode.actors.clauses import first_conjunct, placed
from wirecode.actors.kb import FAMILY_NAME_FIRST, Person
from wirecode.actors.names import PATRONYMIC_PARTICLES, person_id
from wirecode.actors.surnames import first_names_agree, near_office, own_name, written_in
from wirecode.actors.walker import Walker, person_ref
from wirecode.actors.words import (
    GENDER_OF_HONORIFIC,
    HONORIFICS,
    KIN_WORDS,
    MAX_NAME_TOKENS,
    NAME_PART,
    NAME_PARTICLES,
    NOT_NAME_POS,
    NOT_NAME_WORDS,
    PLACE_NAME_HEADS,
    PLACE_WORDS,
    RANKS,
    TITLE_LEMMAS,
)
from wirecode.nlp import common_words
from wirecode.nlp.views import entities_in
from wirecode.records import ActorRef
from wirecode.time.lexicon import MONTHS

__all__ = ["NamedPeople"]

HYPHENS = ("-", "‐", "–")
# names the tagger gives to things other than people: a surname inside one of them is a word of
# that name ("Fox News", "Dow Jones")
OTHER_NAMES = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# nouns of a settlement or area: "the town of Brega" names a place
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "port", "province", "district", "region", "capital", "suburb"}
)


# titles of royals and princes, written before one name: "Crown Prince Hassan"
ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "crown", "emir", "sheikh", "sheikha", "sultan"}
)


class NamedPeople(Walker):
    """The walk's finder of people by name."""

    _named_states: set[str] | None = None  # the states the document names, read once

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
        self._surnames_of_the_unknown(sent)
        self._shared_surnames(sent)
        self._titled_names(sent)

    def _surnames_of_the_unknown(self, sent) -> None:
        """The surname of someone the text named in full before, written alone where the
        tagger reads it as no person's ("Joseph Nye ... After he met Gadhafi, Nye wrote":
        tagged as a firm); not inside a longer name ("Nye Bevan")."""
        for i in range(sent.start, sent.end):
            earlier = self.unknown.get(self._texts[i])
            if earlier is None or i in self.taken or self._pos[i] != "PROPN":
                continue
            if self.doc[i].ent_type_ == "PERSON":
                continue  # the tagger's: read with its entity
            before = i > sent.start and NAME_PART.match(self._texts[i - 1])
            after = i + 1 < sent.end and NAME_PART.match(self._texts[i + 1])
            if not before and not after:
                self._add(i, i + 1, earlier, "surname")

    def _shared_surnames(self, sent) -> None:
        """Two first names joined before one surname: "received by Emmanuel and Brigitte
        Macron", "Bill and Hillary Clinton" (the first is the known person of that first
        name and the surname after the second)."""
        found = {m.start: m for m in self.found if m.actor.kind == "person"}
        for i in range(sent.start, sent.end - 3):
            second = found.get(i + 2)
            if (
                second is None
                or i in self.taken
                or self._lowers[i + 1] != "and"
                or not NAME_PART.match(self._texts[i])
                or second.end - second.start < 2
            ):
                continue
            surname = self._span_text(second.start + 1, second.end)
            people = self.kb.people_named(f"{self._texts[i]} {surname}")
            if people:
                person = self._pick(people)
                self._add(i, i + 1, person_ref(person, text=self._texts[i], basis="name"), "name")

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
        particle = first.lower() in PATRONYMIC_PARTICLES
        if not NAME_PART.match(first) and first.lower() not in ("xi",) and not particle:
            return None
        longest = min(limit, i + MAX_NAME_TOKENS)
        if not particle and not self._may_begin_a_name(i):
            longest = i + 1  # "Mr", "Foreign": only a surname written alone is left to try
        for end in range(longest, i, -1):
            if self._punct[end - 1]:
                continue
            text = self._span_text(i, end)
            if end - i == 1:
                return None if particle else self._surname(i, i + 1, text)
            people = self.kb.people_named(text)
            if people:
                return end, self._pick(people), "name"
            if particle and end - i == 2 and NAME_PART.match(self._texts[i + 1]):
                # "bin Salman": the surname of an Arabic name, its particle and all
                return self._surname(i, end, f"{first.lower()} {self._texts[i + 1]}")
        return None

    def _may_begin_a_name(self, i: int) -> bool:
        """Whether a name of several words known to the knowledge base can start at token i:
        unless the token is a plain word followed by a space, whose key is then the first
        word of any such name's key, whether its first word begins a known name."""
        word = self._texts[i]
        if not word.isalpha() or i + 1 >= len(self._texts):
            return True
        if self._starts[i] + len(word) == self._starts[i + 1]:
            return True  # "O'Neill": the name's first word runs on into the next token
        return self.kb.begins_a_name(word)

    def _in_a_longer_name(self, i: int, stop: int) -> bool:
        """Whether the words lie inside a longer name the tagger reads as no person's."""
        first, last = self.doc[i], self.doc[stop - 1]
        before = self.doc[i - 1] if i > 0 else None
        after = self.doc[stop] if stop < len(self.doc) else None
        inside = (  # "Dow Jones"; not the tagger's "Biden invited Modi" read as one firm
            before is not None
            and first.ent_iob_ == "I"
            and first.ent_type_ in OTHER_NAMES
            and before.pos_ == "PROPN"
        )
        runs_on = (  # "Fox News"
            after is not None
            and after.ent_iob_ == "I"
            and after.ent_type_ in OTHER_NAMES
            and last.ent_type_ == after.ent_type_
            and after.pos_ == "PROPN"
        )
        return inside or runs_on

    def _surname(self, i: int, stop: int, text: str) -> tuple[int, Person, str] | None:
        """The known person whose surname tokens i to `stop` write alone ("Putin", "bin
        Salman"), if nothing in the text says otherwise."""
        token = self.doc[stop - 1]
        listed = self._listed_with_a_person(i, stop)  # "Trump, Putin hold talks"
        if token.pos_ not in ("PROPN", "NOUN") and token.ent_type_ != "PERSON" and not listed:
            return None
        if token.lower_ in TITLE_LEMMAS or token.lemma_.lower() in TITLE_LEMMAS:
            return None  # "President" alone names nobody
        if len(text) < 2 or (text.isupper() and len(text) <= 4):
            return None  # "UN" is no surname
        if token.ent_type_ in ("DATE", "TIME") and not (listed and not self._number_at(stop)):
            return None  # "Friday's summit", "in May": a day or month, not Godwin Friday or May
        if self._dated_month(i, stop):
            return None  # "on Tuesday 7 May", "May 7": a month, whatever the tagger says
        if self.kb.state_named(text) or self.kb.state_of_adjective(text):
            return None  # "Luxembourg", "Jordan": the state, not someone of that name
        if self._in_a_longer_name(i, stop):
            return None  # "Fox News", "Dow Jones": a word of a firm's or a place's name
        if i > 1 and self._lowers[i - 1] == "of" and self._lemmas[i - 2] in PLACE_NOUNS:
            return None  # "the oil town of Brega": a place, not Gheorghe Brega
        if i > 0 and self._lowers[i - 1] in PATRONYMIC_PARTICLES:
            return None  # "Salman" of a "bin Salman" no one known bears: not King Salman
        following = self.doc[stop] if stop < len(self.doc) else None
        if (
            following is not None
            and following.pos_ == "PROPN"
            and following.ent_type_ == "PERSON"
            and following.ent_iob_ == "I"
            and (NAME_PART.match(following.text) or following.lower_ in NAME_PARTICLES)
            and token.ent_type_ == "PERSON"
            and not (self._headline_case(token.sent) and not self._name_word(following.text))
        ):
            return None  # "Wu Ken", "Saud al-Faisal": longer names than Joseph Wu's, Al Saud's
        people = self.kb.people_named(text) or self.kb.people_with_surname(text)
        people = [
            p for p in people if any(written_in(text, name) for name in (p.name, *p.aliases))
        ]  # the same words, case and all
        countries = self._qualifying_states(i)
        if countries:  # "Jordan's King Abdullah": not Malaysia's King Abdullah
            people = [p for p in people if countries & {p.country, *(o.country for o in p.offices)}]
            if not people and i > 0 and self._lemmas[i - 1] in TITLE_LEMMAS:
                people = [  # ... but the king of Jordan whose name begins so: Abdullah II
                    p
                    for p in self.kb.people_with_given_name(text)
                    if p.name.split()[0] == text and countries & {o.country for o in p.offices}
                ]
        if stop - i > 1 and i > 0 and self._is_given(i - 1):
            # "Turki bin Salman" is not Mohammed bin Salman: the word before a patronymic is
            # the one before it in the person's name
            word = self._texts[i - 1]
            people = [p for p in people if _word_before(text, p)[:1] in ("", word[:1])]
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
            return stop, known[0], "surname"
        if text in self.unknown:
            return None  # "Hosni Mubarak ... Mubarak": the text's own earlier name wins
        titled = self._titled(i, people)
        if len(titled) == 1:
            return stop, titled[0], "title and surname"
        if honorific in HONORIFICS:  # "Mr Yang": someone the story is about, of its states
            people = self._of_named_states(people)
            if not people:
                return None
        if self.kb.is_given_name(text, common=True):
            return None  # "Mohammed" alone: anyone of that name, in office or not
        in_office = [p for p in people if self.on and any(o.holds_on(self.on) for o in p.offices)]
        curated = [p for p in in_office if any(o.start_precision == "day" for o in p.offices)]
        # "Trump, Kim to meet": of several in office, the one who leads a state
        leaders = [p for p in in_office if self.kb.leader(p.country, self.on) is p]
        for pool in (in_office, curated, leaders):
            if len(pool) == 1:
                return stop, pool[0], "surname"
        if self.dated:  # "Bush" in 2010: of the two Presidents Bush, the one near the date
            people = [p for p in people if near_office(p, self.on)]
        # the tagger reads some surnames as a thing or a firm ("Trump will meet Putin": ORG);
        # near the years of its one bearer's office, the surname is that person
        tagged = ("PERSON", "", "ORG") if self.dated else ("PERSON", "")
        if (
            len(people) == 1
            and token.ent_type_ in tagged
            and own_name(text, people[0])
            and not self.kb.is_given_name(text)  # "Ibrahim" alone: anyone of that name
        ):
            return stop, people[0], "surname"
        return None

    def _qualifying_states(self, i: int) -> set[str]:
        """The states that the words governed by token i name before it: "Jordan's" in
        "Jordan's King Abdullah", "South Korean" in "South Korean President Yoon"; not a
        dateline's place that the parser hangs on the name after its dash ("BEIJING -
        Putin")."""
        head = self.doc[i]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "Prince Salman bin Abdul Aziz": the name's last word heads it
        words = [
            t
            for t in head.subtree
            if t.i < i
            and t.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")
            and not any(self._punct[k] for k in range(t.i + 1, i))  # "BEIJING - Putin"
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

    def _of_named_states(self, people: list[Person]) -> list[Person]:
        """The people of a state the document names ("Mr Yang" in a story of China is not
        Cameroon's Philemon Yang): all of them when the document names no state."""
        if self._named_states is None:
            self._named_states = set()
            for ent in self.doc.ents:
                if ent.label_ in ("GPE", "NORP"):
                    state = self.kb.state_named(ent.text) or self.kb.state_of_adjective(ent.text)
                    if state is not None and state.kind == "state":
                        self._named_states.add(state.code)
        if not self._named_states:
            return people
        return [
            p for p in people if self._named_states & {p.country, *(o.country for o in p.offices)}
        ]

    def _dated_month(self, i: int, stop: int) -> bool:
        """A month's name with a day's number written next to it ("7 May", "May 7")."""
        if stop - i != 1 or self._lowers[i] not in MONTHS or len(self._lowers[i]) < 3:
            return False
        return self._number_at(stop) or i > 0 and self._texts[i - 1].isdigit()

    def _number_at(self, k: int) -> bool:
        """Token k is a number: the day or year of a date ("John Smith, May 5")."""
        return k < len(self.doc) and self.doc[k].like_num

    def _listed_with_a_person(self, i: int, stop: int) -> bool:
        """Tokens i to `stop` stand in a list with a person's name, a comma between them
        ("Merkel, May to meet", "Trump, Putin hold talks"): a name too, whatever part of
        speech or date the tagger took it for in the headline."""
        doc = self.doc
        if i >= 2 and self._texts[i - 1] == ",":
            if doc[i - 2].ent_type_ == "PERSON" or any(
                m.end == i - 1 and m.actor.kind == "person" for m in self.found
            ):
                return True
        return (
            stop + 1 < len(doc)
            and self._texts[stop] == ","
            and doc[stop + 1].ent_type_ == "PERSON"
            and doc[stop + 1].sent == doc[i].sent
        )

    @staticmethod
    def _headline_case(sent) -> bool:
        """Every longer word of the sentence begins with a capital ("Putin, Xi Hold Talks on
        Trade"): its capitals say nothing of names, and the tagger's PERSON spans run on."""
        words = [t.text for t in sent if t.is_alpha and len(t) > 3]
        return len(words) >= 3 and all(w[:1].isupper() for w in words)

    def _name_word(self, word: str) -> bool:
        """A word of someone's name in the knowledge base: a given name or a surname."""
        return (
            word.lower() in NAME_PARTICLES
            or self.kb.is_given_name(word)
            or bool(self.kb.people_with_surname(word))
        )

    def _is_given(self, k: int) -> bool:
        """Token k may be a given name: a capitalised word that is no title or honorific, nor
        a word the tagger reads as no name's ("Following Mubarak's resignation")."""
        return (
            NAME_PART.match(self._texts[k]) is not None
            and self._lemmas[k] not in TITLE_LEMMAS
            and self._lowers[k].rstrip(".") not in HONORIFICS | RANKS
            and self._pos[k] not in NOT_NAME_POS
        )

    def _given_names(self, i: int) -> set[str]:
        """The words of a name written before token i in the same PERSON entity, titles
        left out: "Hunter" in "Hunter Biden", none in "President Biden"."""
        doc, start = self.doc, i
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start].ent_type_ == "PERSON":
            start -= 1
        for k in range(i - 1, start, -1):  # "the Xi-Zelensky call": two people, hyphenated
            if self._texts[k] in HYPHENS and k - 1 in self.taken:
                start = k + 1
                break
        found = {self._texts[k] for k in range(start, i) if self._is_given(k)}
        return found or self._given_outside_the_entity(i)

    def _given_outside_the_entity(self, i: int) -> set[str]:
        """A first name the tagger left out of the person's entity: a capitalised word hung
        on the surname that English does not use as a word ("Saadi Gadhafi" is not Muammar
        Gaddafi; "Speaker Pelosi" and "Senator Graham" keep the word as a title)."""
        if i == 0:
            return set()
        word, k = self.doc[i - 1], i - 1
        if (
            word.dep_ != "compound"
            or word.head.i != i
            or word.tag_ != "NNP"
            or word.text.endswith(".")
            or not self._is_given(k)
            or word.lower_ in common_words()
            and not self.kb.is_given_name(word.text)
        ):
            return set()
        return {word.text}

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
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in PATRONYMIC_PARTICLES
            and doc[end + 1].ent_type_ == "PERSON"
            and NAME_PART.match(doc[end + 1].text)
        ):  # "Prince Salman bin Abdul Aziz": the tagger's span stops at "bin"
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
                end += 1
        start = ent.start - len(self._given_outside_the_entity(ent.start))  # "Saadi Gadhafi"
        ent = doc[start:end]
        tokens = [
            t
            for t in ent
            if NAME_PART.match(t.text)
            and t.lower_.rstrip(".") not in HONORIFICS | RANKS
            and not (t.i == ent.start and t.pos_ in NOT_NAME_POS)
        ]  # "Lady Amos", "Baroness Amos": Amos, named before as "Valerie Amos"; "Following
        # Mubarak's resignation": Mubarak
        if not tokens:
            return
        surname = tokens[-1].text
        if tokens[-1].lemma_.lower() in TITLE_LEMMAS:
            return  # "Foreign Minister": a title with no name
        before = doc[tokens[-1].i - 1] if tokens[-1].i > 0 else None
        if before is not None and before.lower_ in PATRONYMIC_PARTICLES:
            surname = f"{before.lower_} {surname}"  # "Osama bin Laden" is "bin Laden"
            if before.i <= ent.start:
                tokens = tokens[-1:]  # "Bin Laden" written alone
        royal = self._royal_title(ent.start) if len(tokens) == 1 else 0
        if len(tokens) == 1 and not royal:
            earlier = self.unknown.get(surname)
            if earlier:
                self._add(ent.start, ent.end, earlier, "surname")
                return
            if not self._honorific_before(tokens[0].i):
                return  # a lone word is no evidence of a person (Twitter, CCTV)
        if royal:  # "Jordanian Crown Prince Hassan": a royal's title and one name
            ent = doc[ent.start - royal : ent.end]
            tokens = list(ent)
        if self.kb.state_named(ent.text) or self.kb.state_of_adjective(tokens[0].text):
            return
        if any(t.lower_ in NOT_NAME_WORDS for t in ent):
            return  # "Joint Base Elmendorf-Richardson", "St. Peter's Basilica"
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in PLACE_WORDS and ent.root.head.i == after.i:
            return  # "visited Al-Jala hospital": the name of the place the word says
        if tokens[0].lower_.rstrip(".") in PLACE_NAME_HEADS:
            return  # "a summit in St Petersburg", "talks in Port Said": a place
        if any(t.lower_ in KIN_WORDS for t in self.doc[max(0, ent.start - 3) : ent.start]):
            return  # "his wife Peng Liyuan": family, not a party to the contact
        if placed(ent.root) or any(_where_a_verb_is_done(t) for t in (ent.root, ent[0])):
            return  # "troops inside Umm al-Far": a place the tagger took for a person
        first = tokens[0].i
        name = doc[first : ent.end].text if ent.end > first else " ".join(t.text for t in tokens)
        name = re.sub(r"\s+", " ", name).removesuffix("'s").removesuffix("’s")
        country, title = self._title_country(ent.start)
        ref = ActorRef(
            person_id(name),
            name,
            country,
            "GOV" if title else None,
            "person",
            text=ent.text,
            basis="unknown person" + (f" ({title})" if title else ""),
        )
        self.unknown[surname] = ref
        if country in FAMILY_NAME_FIRST:  # "Chinese Foreign Minister Yang Jiechi ... Mr Yang"
            self.unknown[tokens[0].text] = ref
        self._add(ent.start, ent.end, ref, "unknown-person")

    def _honorific_before(self, i: int) -> bool:
        """Whether "Mr", "Mrs", "Ms" or "Dr" stands right before token i: one name after it
        is a person's, known before or not ("Mr Arabi is due to address the council")."""
        return i > 0 and self._lowers[i - 1].rstrip(".") in HONORIFICS

    def _royal_title(self, start: int) -> int:
        """How many words of a royal or princely title stand right before token `start`
        ("King", "Crown Prince", "Emir", "Sheikh"): with one name after them they name a
        person, as a given name and a surname do."""
        size = 0
        while start - size > 0 and self._lowers[start - size - 1] in ROYAL_TITLES:
            size += 1
        return size


# verbs whose "in" takes a person: "believes in Mandela", "trusts in Allah"
IN_A_PERSON = frozenset({"believe", "trust", "confide", "invest"})


def _where_a_verb_is_done(name) -> bool:
    """A name no one knows after "in" or "at" of a verb or of another name: where it was done
    or where one is, a place the tagger took for a person ("spent four days in Baba Amr", "met
    Abu Laila in Baba Amr"; not "believe in Mandela", nor "confidence in Smith", a noun's)."""
    name = first_conjunct(name)
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ in ("in", "at")
        and prep.head.pos_ in ("VERB", "PROPN")
        and prep.head.lemma_.lower() not in IN_A_PERSON
    )


def _word_before(surname: str, person: Person) -> str:
    """The word before a patronymic surname in the person's own name ("Mohammed" before
    "bin Salman"), or "" when their name begins with it."""
    words = person.name.split()
    size = len(surname.split())
    for k in range(1, len(words) - size + 1):
        if written_in(surname, " ".join(words[k : k + size])):
            return words[k - 1]
    return ""
