"""The forms of a verb that status, dates and sides read: an infinitive with "to", a past or
present tense, a lemma the tagger got wrong, a verb the tagger read as a noun."""

from __future__ import annotations


def to_infinitive(token) -> bool:
    """A verb with its "to": "(flew to Delhi) to meet Modi"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def forms(word) -> set[str]:
    """The lemma and plain inflection-stripped forms: the tagger's lemma is sometimes wrong
    ("hopes" → "hop"). A noun has no verb's endings ("the opening of the summit" is no
    "open")."""
    lower = word.lower_
    found = {word.lemma_.lower(), lower}
    for suffix, replacement in NOUN_ENDINGS if word.pos_ == "NOUN" else ENDINGS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            found.add(lower[: -len(suffix)] + replacement)
    return found


NOUN_ENDINGS = (("ies", "y"), ("es", "e"), ("s", ""))


ENDINGS = (*NOUN_ENDINGS, ("ed", "e"), ("ed", ""), ("ing", ""), ("ing", "e"))


PAST_TAGS = {"VBD"}


def past(verb) -> bool:
    """ "met", "did not meet", "had not met", "has met": a verb told in a past tense."""
    if verb.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in verb.children
    ):
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had") for c in verb.children)


def verb_read_as_noun(token) -> bool:
    """A word the tagger read as a noun that governs a subject, as only a verb does ("If
    Putin and Zelensky meet, ...": `meet` tagged NN, with `Putin` as its subject)."""
    return token.pos_ == "NOUN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def told_in_present(verb) -> bool:
    """A present verb: "meets", "are held", "has met" (not "met", "was held")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP") or verb_read_as_noun(verb)  # "when Biden and Xi meet"
    return all(a in PRESENT_AUX or a in ("has", "have") for a in auxes)


def simple_present(verb) -> bool:
    """A finite present verb with no auxiliary: a headline's "heads to", a timetable's "flies
    to Moscow on Monday"."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def present_aux(verb, dep: str = "aux") -> bool:
    auxes = [c.lower_ for c in verb.children if c.dep_ == dep]
    return bool(auxes) and all(a in PRESENT_AUX for a in auxes)
