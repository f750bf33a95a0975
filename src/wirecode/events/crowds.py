"""Crowds: a state's people at large ("142,000 Syrians", "thousands of Iranian pilgrims"),
who travel and are hosted as migrants, refugees or pilgrims, not as anyone the state sends."""

from __future__ import annotations

from wirecode.actors.mentions import ActorMention

__all__ = ["a_people"]

# people by what they are, not by any office: their travels and stays are no contact
CIVILIANS = {
    "pilgrim", "refugee", "migrant", "tourist", "worker", "student", "fan", "civilian",
    "resident", "immigrant", "asylum-seeker", "holidaymaker", "visitor", "expatriate",
}  # fmt: skip
COUNTS = {"thousand", "hundred", "million", "dozen", "score", "ten", "tens"}


def a_people(word, mentions: list[ActorMention]) -> bool:
    """A plural that names a state's people at large, who move as migrants, refugees or
    pilgrims and are hosted as such, not anyone the state sends: bare ("Syrians", "Afghans"),
    counted by a large number ("142,000 Syrians", "some 24,000 Syrians") or "thousands of
    Iranians", and civilians by what they are ("Iranian pilgrims", "Syrian refugees"); "the
    Afghans", "two Afghan envoys", a state by its name are not."""
    if word.lemma_.lower() in COUNTS and word.tag_ in ("NNS", "CD"):  # "Thousands of Iranians"
        return any(
            a_people(o, mentions)
            for c in word.children
            if c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj"
        )
    if word.lemma_.lower() in CIVILIANS and word.tag_ == "NNS":
        return True  # "Iranian pilgrims", "thousands of Syrian refugees"
    if word.tag_ not in ("NNS", "NNPS") or not any(
        m.head == word.i and m.how == "state" for m in mentions
    ):
        return False
    marks = [c for c in word.children if c.dep_ in ("det", "poss", "nummod", "amod", "compound")]
    counted = (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and (word.head.head.lemma_.lower() in COUNTS)
    )
    return counted or all(_large_number(c) or c.lower_ in ("some", "about") for c in marks)


def _large_number(word) -> bool:
    """A count of a crowd: "142,000", "24,000", "hundreds"."""
    if word.dep_ != "nummod":
        return False
    digits = word.text.replace(",", "")
    return (digits.isdigit() and int(digits) >= 100) or word.lemma_.lower() in COUNTS
