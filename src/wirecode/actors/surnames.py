"""Whether a name written alone can be a known person's: a word of their own name, first
names that agree, and the years around their offices."""

from __future__ import annotations

import datetime as dt

from wirecode.actors.kb import Person
from wirecode.actors.names import PATRONYMIC_PARTICLES

__all__ = ["LONE_SURNAME_YEARS", "first_names_agree", "near_office", "own_name", "written_in"]

# a surname alone names a known person only this near (in years) to one of their offices
LONE_SURNAME_YEARS = 5


def own_name(word: str, person: Person) -> bool:
    """A word of the person's name, or one of their aliases whole ("Lula", "Bibi"); not a
    word found only inside a longer alias ("Lama" of "Manuel Merino de Lama", who is called
    Merino): such a word alone is no evidence of them."""
    return written_in(word, person.name) or word in person.aliases


def written_in(words: str, name: str) -> bool:
    """The words stand in the name as written, case and all ("Salman" in "Mohammed bin
    Salman", not "salman"); a patronymic particle in any case ("Bin Salman" heads a
    sentence)."""
    wanted, have = words.split(), name.split()
    return any(
        all(
            a == b or (a.lower() == b.lower() and a.lower() in PATRONYMIC_PARTICLES)
            for a, b in zip(wanted, have[k : k + len(wanted)], strict=True)
        )
        for k in range(len(have) - len(wanted) + 1)
    )


def near_office(person: Person, day: dt.date) -> bool:
    """`day` lies within `LONE_SURNAME_YEARS` of one of the person's offices: a surname
    alone names a known person only around the years they held office ("Mubarak" in a 2011
    report is not the Yemeni minister of 2020). The margin allows for the years before and
    after an office that the knowledge base does not record."""
    margin = dt.timedelta(days=round(365.25 * LONE_SURNAME_YEARS))
    return any(
        (office.start is None or day >= office.start - margin)
        and (office.end is None or day < office.end + margin)
        for office in person.offices
    )


def first_names_agree(given: set[str], person: Person, surname: str) -> bool:
    """Names written before a surname can be the person's: one of them has the initial of
    another word of their name or aliases ("Sergiy" and "Serhii" are one name spelled two
    ways; "Hunter" is not "Joe")."""
    words = {w for name in (person.name, *person.aliases) for w in name.split()}
    words -= set(surname.split())
    return any(
        g[:1] == w[:1] and _consonants(g)[:2] == _consonants(w)[:2] for g in given for w in words
    )


def _consonants(word: str) -> str:
    """The consonants of a name, which its spellings keep ("Muammar" and "Moammar" are
    "mm…", "Mutassim" is "mt…": Gaddafi's son, not Gaddafi)."""
    return "".join(c for c in word.lower() if c.isalpha() and c not in "aeiouy")
