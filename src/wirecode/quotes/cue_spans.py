"""A verb cue's span: the verb with its auxiliaries, negation and adverbs ("has also said"),
its particle and manner adverb ("played down", "said sarcastically"), a verb it completes
("went on to explain") and the preposition that introduces its content ("called for").
"""

from __future__ import annotations

from wirecode.quotes.cues import ASPECTUAL, CUE_VERBS, PREP_CUES, lemma_of
from wirecode.quotes.frames import pro_form_of
from wirecode.quotes.record import SOURCE_DEPS
from wirecode.quotes.verbs import particle_of


def _infinitive_of(verb) -> bool:
    """A cue in the infinitive that takes its speaker from the verb before it."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and verb.head.i < verb.i
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
    )


def _aspect_of(verb) -> bool:
    """A gerund of saying right after a verb of going on or starting, which says that the
    saying goes on or starts and is one cue with it ("Clinton keeps saying ...", "The
    senator continued arguing that ...")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and lemma_of(head) in ASPECTUAL
        and head.i < verb.i <= head.i + 2
    )


def _timed_apart(verb) -> bool:
    """Whether a phrase of time lies between an infinitive cue and the verb before it
    ("gathered Friday to discuss", "met on Monday to review"): the verb before tells when
    and where the speaker came together, not the cue, which is the infinitive alone (not
    "went on to explain", "had to")."""
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(t.dep_ == "npadvmod" or t.ent_type_ in ("DATE", "TIME") for t in between)


def _stopped_short(verb):
    """The verb "stop" of "stopped short of" before a gerund of saying ("Trump stopped
    short of calling the shooting racist", "Ryan stopped short of endorsing him"): the
    speaker went so far and no further, and the idiom is one cue with the gerund, whether
    the parser hung "of" on the verb or on "short"; else None."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.i < 2:
        return None
    short = verb.doc[prep.i - 1]
    stop = short.head
    if short.lower_ != "short" or short.dep_ != "advmod" or lemma_of(stop) != "stop":
        return None
    return stop if stop.i == short.i - 1 and prep.head.i in (stop.i, short.i) else None


def cue_span(verb, subject, extra) -> list:
    """The cue: the verb with its auxiliaries, negation and adverbs between the speaker and
    the verb ("has also said", "did not immediately respond"), its particle, and the
    preposition that introduces the content ("called for")."""
    doc = verb.doc
    first = verb.i
    floor = subject.right_edge.i if subject is not None and subject.i < verb.i else -1
    while True:
        before = first - 1
        while before > floor and doc[before].is_space and "\n" not in doc[before].text:
            before -= 1  # "has\xa0acknowledged": a non-breaking space between
        if not (
            before > floor
            and doc[before].head.i == verb.i
            and doc[before].dep_ in ("aux", "auxpass", "neg", "advmod")
        ):
            break
        first = before
        if doc[first].dep_ == "advmod" and doc[first].left_edge.i > floor:
            first = min(first, doc[first].left_edge.i)  # "almost immediately disclosed"
    close = _infinitive_of(verb) and verb.i - verb.head.i <= 3
    close = close or _aspect_of(verb)  # "keeps saying", "continued arguing"
    held_back = _stopped_short(verb)
    if held_back is not None:  # "stopped short of calling": one cue, as "refused to call"
        first = min(first, cue_span(held_back, subject, [])[0].i)
    if close and not _timed_apart(verb):  # "went on to explain", "had to"
        head = verb.head
        if head.dep_ == "acomp" and head.head.i < head.i:
            head = head.head  # "won't be able to brag about": from the adjective's verb
        first = min(first, cue_span(head, subject, [])[0].i)
    tokens = list(doc[first : verb.i + 1])
    particle = particle_of(verb)  # "lashed out", "pushed back" read as an adverb
    tokens += [particle] if particle is not None else []
    after = max(t.i for t in tokens) + 1
    tokens += [  # "called for compensation to be clawed back": a "for" left without object
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i == after
        and not any(c.children)
        and c.lower_ in PREP_CUES.get(lemma_of(verb), ())
    ]
    after = max(t.i for t in tokens) + 1
    manner = [
        c
        for c in verb.children
        if c.dep_ == "advmod" and c.pos_ == "ADV" and c.left_edge.i == after
    ]
    manner = [c for c in manner if c not in pro_form_of(verb)]
    if manner:  # "said sarcastically", "complain bitterly", "speaks more frequently"
        tokens += list(doc[after : manner[0].i + 1])
    tokens += _completing(verb)
    tokens += extra
    return sorted(set(tokens), key=lambda t: t.i)


def _completing(verb) -> list:
    """The infinitive of saying after a verb of going on or starting whose clause the parser
    hung on that verb ("The senator continues to insist, most recently in an interview,
    that he wants to run": the cue is "continues to insist", not "continues")."""
    if lemma_of(verb) not in ASPECTUAL:
        return []
    doc = verb.doc
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and child.tag_ == "VB"
            and verb.i < child.i <= verb.i + 2
            and lemma_of(child) in CUE_VERBS
            and not any(c.dep_ in ("ccomp", "dobj") for c in child.children)
        ):
            return list(doc[verb.i + 1 : child.i + 1])
    return []
