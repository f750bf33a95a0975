"""The actor knowledge base: states, organisations and office-holders, with tenure dates.

Data ships as package data (``actors/data/states.json``, ``people.json``), built by
``scripts/build_actors.py`` from the sourced tables in ``shared/kbdata`` plus hand-added
facts (``manual.yaml``, one source per fact). Pure Python: no spaCy here.

Dates: an office's ``end`` is the day its holder left, which is the successor's first day;
``Office.holds_on`` treats it as exclusive, so the change-over day belongs to the new
holder (US president on 2025-01-20 is Donald Trump). A year- or month-precision date
covers its whole year or month. An ``end_precision`` of ``unknown`` means the holder left
at an unknown date after ``confirmed_until``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from wirecode.actors.names import normalise, slugify, strip_article, surname

__all__ = ["FAMILY_NAME_FIRST", "KnowledgeBase", "Office", "Person", "State"]

logger = logging.getLogger(__name__)

DATA_FILES = ("states.json", "people.json")
SPOKESPEOPLE = (
    "spokesperson_head_of_state",
    "spokesperson_head_of_government",
    "spokesperson_foreign_ministry",
)
ONE_HOLDER_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "foreign_minister",
        "defence_minister",
        "general_secretary",
        "secretary_general",
        "supreme_leader",
        "crown_prince",
        "national_security_adviser",
        "spokesperson_head_of_state",
    }
)
_TITLE_ROLES = {
    # the specific before the general: "foreign ministry spokesman" before "spokesman"
    "foreign ministry spokesman": ("spokesperson_foreign_ministry",),
    "foreign ministry spokeswoman": ("spokesperson_foreign_ministry",),
    "foreign ministry spokesperson": ("spokesperson_foreign_ministry",),
    "national security adviser": ("national_security_adviser",),
    "pope": ("head_of_state",),
    "pontiff": ("head_of_state",),
    "national security advisor": ("national_security_adviser",),
    "security council secretary": ("national_security_adviser",),
    "press secretary": ("spokesperson_head_of_state", "spokesperson_head_of_government"),
    "spokesman": SPOKESPEOPLE,
    "spokeswoman": SPOKESPEOPLE,
    "spokesperson": SPOKESPEOPLE,
    "secretary of war": ("defence_minister",),
    "prime minister": ("head_of_government",),
    "pm": ("head_of_government",),  # headlines' "Greek PM"
    "premier": ("head_of_government",),
    "chancellor": ("head_of_government",),
    "taoiseach": ("head_of_government",),
    "foreign minister": ("foreign_minister",),
    "minister of foreign affairs": ("foreign_minister",),
    "foreign affairs minister": ("foreign_minister",),
    "external affairs minister": ("foreign_minister",),
    "secretary of state": ("foreign_minister",),
    "foreign secretary": ("foreign_minister",),
    "top diplomat": ("foreign_minister",),
    "high representative": ("foreign_minister",),
    "defence minister": ("defence_minister",),
    "defense minister": ("defence_minister",),
    "defence secretary": ("defence_minister",),
    "defense secretary": ("defence_minister",),
    "secretary of defense": ("defence_minister",),
    "minister of defence": ("defence_minister",),
    "minister of defense": ("defence_minister",),
    "general secretary": ("general_secretary",),
    "party chief": ("general_secretary",),
    "secretary general": ("secretary_general",),
    "supreme leader": ("supreme_leader",),
    "crown prince": ("crown_prince",),  # before "prince": the heir, no head of state
    "king": ("head_of_state",),
    "queen": ("head_of_state",),
    "monarch": ("head_of_state",),
    "emperor": ("head_of_state",),
    "emir": ("head_of_state",),  # "Qatar's emir", "the Kuwaiti emir"
    "amir": ("head_of_state",),
    "head of state": ("head_of_state",),
    "head of government": ("head_of_government",),
}
# States where a "foreign secretary" or "defence secretary" is the ministry's senior civil
# servant, not its minister: "India's foreign secretary" is not the external affairs minister
CIVIL_SERVICE_SECRETARIES = frozenset({"IND", "PAK", "BGD", "NPL", "LKA"})
_CIVIL_SERVICE_TITLES = ("foreign secretary", "defence secretary", "defense secretary")
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC"})
# a monarch's name is a given name with a title or a territory, and has no surname: "Henri,
# Grand Duke of Luxembourg" is not Mr Luxembourg, nor "Sultan Ibrahim" Mr Ibrahim
_REGNAL = re.compile(
    r"\bof\s+[A-Z]|^(?:King|Queen|Sultan|Emir|Amir|Sheikh|Grand\s+Duke|Prince|Princess|Pope"
    r"|Emperor|Empress|Crown\s+Prince)\s"
)


def _regnal(name: str) -> bool:
    return _REGNAL.search(name) is not None


_PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}
COMMON_GIVEN = 3  # a first word of this many known names is a common first name


def _parse(value: str | None, *, last: bool) -> date | None:
    """An ISO date of day, month or year precision; ``last`` gives the exclusive upper end."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts[0], (parts[1] if len(parts) == 2 else None)
    if not last:
        return date(year, month or 1, 1)
    if month is None or month == 12:
        return date(year + 1, 1, 1)
    return date(year, month + 1, 1)


@dataclass(frozen=True)
class Office:
    """One tenure of one office. ``end`` is exclusive: the successor's first day."""

    role: str
    country: str
    title: str
    start: date | None
    end: date | None
    source: str
    start_precision: str | None = None
    end_precision: str | None = None
    confirmed_until: date | None = None
    collegial: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> Office:
        end_unknown = data.get("end_precision") == "unknown"
        confirmed = data.get("confirmed_until")
        return cls(
            role=data["role"],
            country=data["country"],
            title=data["title"],
            start=_parse(data.get("start"), last=False),
            end=None if end_unknown else _parse(data.get("end"), last=True),
            source=data["source"],
            start_precision=data.get("start_precision"),
            end_precision=data.get("end_precision"),
            confirmed_until=date.fromisoformat(confirmed) if confirmed else None,
            collegial=bool(data.get("collegial")),
        )

    @property
    def exact(self) -> bool:
        """Both ends known to the day (an open end counts as exact)."""
        return self.start_precision == "day" and self.end_precision in (None, "day")

    def holds_on(self, day: date) -> bool:
        """True when ``day`` lies in [start, end); open ends are unbounded.

        A tenure whose end is ``unknown`` is only trusted up to its ``confirmed_until``.
        Imprecise (month/year) dates cover their whole period, so two holders can
        overlap; ``KnowledgeBase.holder`` prefers the more precise and the later one.
        """
        if self.start is not None and day < self.start:
            return False
        if self.end_precision == "unknown":
            return self.confirmed_until is not None and day <= self.confirmed_until
        return self.end is None or day < self.end


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    offices: tuple[Office, ...]
    gender: str | None = None
    wikidata: str | None = None
    kind: str = "person"

    @classmethod
    def from_dict(cls, data: dict) -> Person:
        return cls(
            id=data["id"],
            name=data["name"],
            aliases=tuple(data.get("aliases", ())),
            country=data.get("country"),
            sector=data.get("sector") or "GOV",
            offices=tuple(Office.from_dict(o) for o in data.get("offices", ())),
            gender=data.get("gender"),
            wikidata=data.get("wikidata"),
        )

    def offices_on(self, day: date) -> list[Office]:
        return [o for o in self.offices if o.holds_on(day)]


@dataclass(frozen=True)
class State:
    id: str
    code: str
    name: str
    kind: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]
    leader_role: str
    sector: str | None = None
    igo: bool = False
    official_name: str | None = None

    @classmethod
    def from_dict(cls, data: dict) -> State:
        return cls(
            id=data["id"],
            code=data["code"],
            name=data["name"],
            kind=data["kind"],
            names=tuple(data.get("names", ())),
            adjectives=tuple(data.get("adjectives", ())),
            capitals=tuple(data.get("capitals", ())),
            metonyms=tuple(data.get("metonyms", ())),
            leader_role=data["leader_role"],
            sector=data.get("sector"),
            igo=bool(data.get("igo")),
            official_name=data.get("official_name"),
        )


class KnowledgeBase:
    """Lookups over states, organisations and people. Build with ``load`` or ``default``."""

    def __init__(
        self,
        states: Iterable[State],
        people: Iterable[Person],
        fingerprint: str,
        *,
        preferred: Iterable[str] = (),
        cutoff: date | None = None,
    ):
        """``preferred`` codes (from user files) claim their names before any other state;
        ``cutoff`` is the day up to which the data knows who held which office."""
        self.cutoff = cutoff or date.max
        self._states = {s.code: s for s in states}
        self._people = {p.id: p for p in people}
        self._fingerprint = fingerprint
        self._by_name: dict[str, list[Person]] = defaultdict(list)
        self._by_surname: dict[str, list[Person]] = defaultdict(list)
        # the people by the first word of their name: their given name
        self._by_given: dict[str, list[Person]] = defaultdict(list)
        for person in self._people.values():
            if person.country not in FAMILY_NAME_FIRST and person.name.strip():
                self._by_given[normalise(person.name).split()[0]].append(person)
            for name in dict.fromkeys(normalise(n) for n in (person.name, *person.aliases)):
                self._by_name[name].append(person)
            names = (person.name, *person.aliases)
            lasts = [surname(n) for n in names if not _regnal(n)]
            if person.country in FAMILY_NAME_FIRST:  # "Xi Jinping", "Kim Jong Un"
                lasts += [normalise(n).split()[0] for n in names if " " in n.strip()]
            for last in dict.fromkeys(lasts):
                self._by_surname[last].append(person)
        # the first word of every name and alias: a span of text can be a name only if
        # its first word is one of them
        self._first_words = frozenset(key.split()[0] for key in self._by_name if key)
        self._state_key: dict[str, State] = {}
        self._code_key: dict[str, State] = {}  # "NIC": only as written, in capitals
        self._adjective: dict[str, State] = {}
        # Later passes do not overwrite earlier ones: names beat metonyms beat capitals.
        first = [self._states[c] for c in dict.fromkeys(preferred) if c in self._states]
        ordered = first + sorted(self._states.values(), key=lambda s: (s.igo, s.code))
        for field in ("names", "metonyms", "capitals"):
            for state in ordered:
                for text in (state.name, *getattr(state, field)):
                    self._state_key.setdefault(strip_article(normalise(text)), state)
        for state in ordered:
            self._code_key.setdefault(normalise(state.code), state)
        # the buildings and streets of governments ("the Kremlin", "Downing Street"): a
        # metonym that is neither a capital nor a word of its state's own name ("the Vatican")
        self._seats: dict[str, str] = {}
        for state in ordered:
            capitals = {strip_article(normalise(c)) for c in state.capitals}
            named = {w for n in (state.name, *state.names) for w in normalise(n).split()}
            for metonym in state.metonyms:
                key = strip_article(normalise(metonym))
                if key not in capitals and named.isdisjoint(key.split()):
                    self._seats.setdefault(key, state.id)
        # the states by the last word of their name: "korea" → North Korea, South Korea
        self._by_last_word: dict[str, list[State]] = defaultdict(list)
        for state in self._states.values():
            words = normalise(state.name).split()
            if state.kind == "state" and words:
                self._by_last_word[words[-1]].append(state)
        for state in first + list(self._states.values()):
            for text in _demonym_forms(state.adjectives):
                self._adjective.setdefault(normalise(text), state)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, *extra_files: str | Path) -> KnowledgeBase:
        """The package data, plus extra files that add or override entries.

        A ``.yaml``/``.yml``/``.csv`` file is a user actor file (see ``docs/actors.md``,
        validated by ``wirecode.actors.userfile``; a problem raises ``ActorFileError``). A
        ``.json`` file has the package data's own shape. Later files win: a person with the
        same id (or, without an id, the same name) replaces the earlier one; a state or
        organisation with a known code keeps its entry, takes a new name if given, and
        gains the file's aliases, adjectives, capitals and metonyms.
        """
        from wirecode.actors.userfile import load_actor_file

        folder = resources.files("wirecode.actors") / "data"
        texts = [(folder / name).read_text(encoding="utf-8") for name in DATA_FILES]
        states: dict[str, State] = {}
        people: dict[str, Person] = {}
        cutoff = None
        for text in texts:
            data = json.loads(text)
            cutoff = data.get("meta", {}).get("cutoff", cutoff)
            for item in data.get("states", ()):
                states[item["code"]] = State.from_dict(item)
            for item in data.get("people", ()):
                people[item["id"]] = Person.from_dict(item)
        preferred: list[str] = []
        for path in extra_files:
            text = Path(path).read_text(encoding="utf-8")
            texts.append(text)
            if Path(path).suffix.lower() == ".json":
                data = json.loads(text)
                for item in data.get("states", ()):
                    states[item["code"]] = State.from_dict(item)
                for item in data.get("people", ()):
                    people[item["id"]] = Person.from_dict(item)
                continue
            parsed = load_actor_file(path, known_codes=states.keys())
            for item in parsed.states:
                states[item["code"]] = _merge_state(states.get(item["code"]), item)
                preferred.append(item["code"])
            by_name = {normalise(p.name): p.id for p in people.values() if p.name}
            for item in parsed.people:
                item = dict(item)
                item["id"] = item["id"] or by_name.get(normalise(item["name"]))
                item["id"] = item["id"] or slugify(item["name"])
                people[item["id"]] = Person.from_dict(item)
        digest = hashlib.sha256("\0".join(texts).encode("utf-8")).hexdigest()[:12]
        logger.debug("actor KB %s: %d states, %d people", digest, len(states), len(people))
        cutoff = date.fromisoformat(cutoff) if cutoff else None
        return cls(states.values(), people.values(), digest, preferred=preferred, cutoff=cutoff)

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The package data, loaded once per process."""
        return _default()

    # ------------------------------------------------------------------ lookups
    @property
    def people(self) -> Iterable[Person]:
        return self._people.values()

    @property
    def states(self) -> Iterable[State]:
        return self._states.values()

    def fingerprint(self) -> str:
        return self._fingerprint

    def person(self, id: str) -> Person | None:
        return self._people.get(id)

    def state(self, code: str) -> State | None:
        return self._states.get(code.upper()) if code else None

    def people_named(self, name: str) -> list[Person]:
        """People whose name or an alias equals ``name`` (case, accents, hyphens ignored)."""
        return list(self._by_name.get(_key(name), ()))

    def begins_a_name(self, word: str) -> bool:
        """Whether a name or alias of someone known begins with the word `word` ("Xi",
        "Vladimir"): a name of several words starting with any other word is unknown."""
        return _key(word) in self._first_words

    def people_with_surname(self, surname_: str) -> list[Person]:
        return list(self._by_surname.get(_key(surname_), ()))

    def is_given_name(self, word: str, *, common: bool = False) -> bool:
        """Whether a word begins the name of someone known: "Mohammed", "Ibrahim", "Jesus"
        alone may be anyone of that first name, not the one person whose surname it is.
        `common`: the first name of at least `COMMON_GIVEN` people known ("Mohammed", not
        "Abbas", which is Mahmoud Abbas's surname and Abbas Araghchi's first name)."""
        return len(self._by_given.get(_key(word), ())) >= (COMMON_GIVEN if common else 1)

    def people_with_given_name(self, word: str) -> list[Person]:
        """The known people whose name begins with `word` ("Abdullah": Abdullah II, ...)."""
        return list(self._by_given.get(_key(word), ()))

    def gender_of_first_name(self, word: str) -> str | None:
        """The gender of every known person whose name begins with `word`, if they agree."""
        genders = {p.gender for p in self._by_given.get(_key(word), ()) if p.gender}
        return genders.pop() if len(genders) == 1 else None

    def state_named(self, text: str) -> State | None:
        """A state or organisation by name, code (in capitals: "NIC", not "Nic"), metonym or
        capital ("the Kremlin").

        A possessive is ignored: "North Korea's" is North Korea.
        """
        key = strip_article(_without_possessive(_key(text)))
        found = self._state_key.get(key)
        if found is None and _in_capitals(text):
            found = self._code_key.get(key)  # "USA", "NIC"; not "Nic", "Ben", "Can"
        return found

    def is_seat(self, text: str) -> bool:
        """Whether `text` names a state by the building or street of its government ("the
        Kremlin", "the White House", "Downing Street"), not by its capital city nor by a word
        of its own name ("the Vatican" is Vatican City itself)."""
        state = self.state_named(text)
        key = strip_article(_without_possessive(_key(text)))
        return state is not None and self._seats.get(key) == state.id

    def states_sharing_name(self, word: str) -> list[State]:
        """The states whose names end in one word ("Korea": North Korea and South Korea,
        "Congo": Congo and DR Congo), in code order: what "the two Koreas" names."""
        return sorted(self._by_last_word.get(normalise(word), ()), key=lambda s: s.code)

    def state_of_adjective(self, word: str) -> State | None:
        """ "Ukrainian" -> UKR, "U.S." -> USA, "Palestinians" -> PSE (plural demonyms)."""
        key = _without_possessive(_key(word))
        return self._adjective.get(key) or self._adjective.get(strip_article(key))

    def holders(self, country: str, role: str, on: date) -> list[tuple[Person, Office]]:
        """Everyone recorded in (country, role) on ``on``, best candidate first."""
        found = [
            (person, office)
            for person in self._people.values()
            for office in person.offices
            if office.country == country and office.role == role and office.holds_on(on)
        ]

        def rank(item: tuple[Person, Office]) -> tuple:
            office = item[1]
            precision = _PRECISION_ORDER.get(office.start_precision or "year", 2)
            return (precision, -(office.start or date.min).toordinal(), item[0].id)

        return sorted(found, key=rank)

    def holder(self, country: str, role: str, on: date) -> Person | None:
        """Who held that office on that day (None when unknown)."""
        found = self.holders(country, role, on)
        return found[0][0] if found else None

    def leader(self, country: str, on: date) -> Person | None:
        state = self.state(country)
        if state is None:
            return None
        return self.holder(state.code, state.leader_role, on)

    def roles_for_title(self, title: str, country: str | None = None) -> list[str]:
        """The office roles a title names: "president" -> head_of_state, "leader" -> ..."""
        key = _key(title)
        if key.startswith(("deputy ", "vice ", "former ", "ex ")):
            return []  # a deputy prime minister is not the head of government
        key = key.removeprefix("acting ")
        state = self.state(country) if country else None
        if key in ("leader", "supreme leader") and state is not None:
            return [state.leader_role] if key == "leader" else ["supreme_leader"]
        if key in ("president", "head of state"):
            if state is not None and state.igo:
                return ["head_of_state", "head_of_government", "secretary_general"]
            return ["head_of_state"]
        if key == "leader":
            return ["head_of_state", "head_of_government"]
        if country in CIVIL_SERVICE_SECRETARIES and key.endswith(_CIVIL_SERVICE_TITLES):
            return []
        for words, roles in _TITLE_ROLES.items():
            if key == words or key.endswith(" " + words):
                return list(roles)
        return []


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """`normalise(text)`, remembered: the lookups ask it of the same words again and again
    (every capitalised token of every sentence), and it is a pure function of its text."""
    return normalise(text)


def _in_capitals(text: str) -> bool:
    """Written in capitals, a leading article and a possessive aside: "the USA's"."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    rest = " ".join(words).removesuffix("'s").removesuffix("’s")
    return any(c.isalpha() for c in rest) and not any(c.islower() for c in rest)


def _without_possessive(key: str) -> str:
    """ "north korea's" -> "north korea"; "israelis'" -> "israelis"."""
    if key.endswith("'s"):
        return key[:-2].rstrip()
    return key[:-1] if key.endswith("s'") else key


def _demonym_forms(adjectives: Iterable[str]) -> list[str]:
    """Adjectives as written, split where the sources join two ("Bosnian, Herzegovinian",
    "Kittitian or Nevisian"), each with its plural demonym: "Palestinian" -> "Palestinians",
    "Israeli" -> "Israelis" ("-ese", "-ish", "-ch" forms have no plural in -s)."""
    forms: list[str] = []
    for text in adjectives:
        parts = [p.strip() for p in re.split(r",| or ", text) if p.strip()]
        for part in dict.fromkeys([text, *parts]):
            forms.append(part)
            if part[-1:] in ("n", "i") and part[:1].isupper() and " " not in part:
                forms.append(part + "s")
    return forms


def _merge_state(known: State | None, item: dict) -> State:
    """A user file's state entry over the built-in one (lists are added, name replaced)."""
    code = item["code"]
    igo = item["kind"] == "organisation"
    if known is None:
        return State(
            id=code,
            code=code,
            name=item["name"],
            kind=item["kind"],
            names=tuple(item["names"]),
            adjectives=tuple(item["adjectives"]),
            capitals=tuple(item["capitals"]),
            metonyms=tuple(item["metonyms"]),
            leader_role=item.get("leader_role")
            or ("secretary_general" if igo else "head_of_state"),
            sector=item.get("sector") or ("IGO" if igo else None),
            igo=igo,
            official_name=item.get("official_name"),
        )

    def added(field: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*getattr(known, field), *item[field])))

    return dataclasses.replace(
        known,
        name=item.get("name") or known.name,
        names=added("names"),
        adjectives=added("adjectives"),
        capitals=added("capitals"),
        metonyms=added("metonyms"),
        leader_role=item.get("leader_role") or known.leader_role,
        sector=item.get("sector") or known.sector,
        official_name=item.get("official_name") or known.official_name,
    )


@cache
def _default() -> KnowledgeBase:
    return KnowledgeBase.load()
