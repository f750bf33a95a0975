"""Where a word sits in its sentence's parse: its clause, verb and subject, a phrase set
before its clause's subject, a preposition of place, quoted text."""

from __future__ import annotations

from wirecode.actors.words import PLACE_PREPOSITIONS

__all__ = [
    "clause_subjects",
    "fronted_for",
    "overlaps",
    "phrase",
    "placed",
    "verb_of",
]


def first_conjunct(token):
    """The first of the words a word is coordinated with ("Xi and Macron": Xi), or itself."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def placed(token) -> bool:
    """The object of a preposition of place that no one is the object of ("inside Umm
    al-Far", "near Baba Amr"), or a conjunct of one."""
    token = first_conjunct(token)
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def verb_of(token):
    """The verb whose clause a token sits in (the sentence's root, failing a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def clause_subjects(token) -> set[int]:
    """The subject of the clause a word sits in, written or understood: "asked Putin to
    receive him" (Putin receives), "Guterres ... speaking with him" (Guterres speaks)."""
    verb = verb_of(token.head)
    found = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    if not found and verb.dep_ in ("xcomp", "advcl", "conj", "acl"):
        governor = verb.head
        objects = (
            [c.i for c in governor.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        )
        found = set(objects) or {c.i for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")}
    return found


def phrase(token) -> str:
    """A word with its compounds: "North Korea" for the token "Korea"."""
    words = [
        c
        for c in token.children
        if c.dep_ in ("compound", "amod") and c.i < token.i and c.text[:1].isupper()
    ]  # "North Korean", "South Sudan"
    start = min([token.i] + [w.left_edge.i for w in words])
    return token.doc[start : token.i + 1].text


def fronted_for(token):
    """The subject of the clause that a phrase holding `token` is set before: "Annan" for
    "his" in "Speaking after his meeting with Assad, Annan said"; None elsewhere."""
    current = token
    for _ in range(12):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ in ("advcl", "prep", "npadvmod") and head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:  # the clause's own subject: after the phrase, or none of this
                return subjects[0] if current.right_edge.i < subjects[0].i < head.i else None
        current = head
    return None


def overlaps(quoted: list[tuple[int, int]], sent) -> bool:
    """Whether a sentence has quoted text in it (character regions of `quotes.marks`)."""
    start, end = sent.start_char, sent.end_char
    return any(a < end and start < b for a, b in quoted)
