"""A verb of feeling whose object feels it: "That worries environmentalists", "The BBC has
regularly angered prime ministers", "something that concerns the party chairman".

Verbs of the amuse class (Levin 31.1: anger, worry, alarm, surprise, ...) put the one who
feels in the object and what is felt in the subject. As an attribution of a stance, the
object is the source and the subject the content; "It worries me that ..." keeps its
clause as the content (see `frames.content_of`), as a subject "it" says nothing. The one
who feels is a person or a group: "The case concerns the sale of the land" is what the case
is about, no one's feeling.
"""

from __future__ import annotations

from wirecode.nlp.views import text_of
from wirecode.quotes.cue_spans import cue_span
from wirecode.quotes.cues import lemma_of
from wirecode.quotes.record import Quote, build_quote, span_chars
from wirecode.quotes.spans import snap

# the verbs of feeling among the cue verbs whose object is the one who feels
AMUSE = frozenset(
    "worry concern anger outrage incense frustrate alarm surprise shock disappoint".split()
)


# Levin's amuse verbs (31.1) whose passive with "by" names what someone feels about ("were
# unsettled by the protests", "was troubled by the report", "were pleased by the result");
# not those of a literal sense too (shake, move, strike, rattle, disturb, upset: "windows
# rattled by the blast") nor of urging (encourage).
FELT_BY = AMUSE | frozenset(
    """alarm amaze annoy appall astonish baffle bewilder bother confuse delight disgust
    dishearten dismay displease distress embarrass enrage exasperate frighten hearten
    horrify impress infuriate irk irritate madden offend perplex puzzle sadden scare
    startle stun trouble unnerve unsettle please thrill excite relieve""".split()
)


def felt_by_subject(verb, actor_mentions, doc, marks) -> Quote | None:
    """The stance of a verb of feeling in the passive with "by" ("Business leaders have been
    unsettled by the protests") or a preposition of what is felt ("Clinton was disappointed
    in the outcome"): its subject feels what the object of "by" is, the cue running to
    "by"; the subject may be any noun ("The senator was troubled by the
    report"), the verbs' objects being ones who feel. Not with a clause of its own ("were
    angered that ..."), which the verb's frame reads."""
    if lemma_of(verb) not in FELT_BY or verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(
        c.dep_ in ("ccomp", "xcomp") for c in children
    ):
        return None
    feeler = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    by = next((c for c in children if c.dep_ == "agent" and c.lower_ == "by"), None)
    if by is None:
        by = next((c for c in children if _stimulus(c, verb)), None)
    objects = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
    if feeler is None or not objects or feeler.lower_ in ("it", "this", "that"):
        return None  # the verbs' objects feel, so their passive subjects do
    start, end = snap(*span_chars(list(objects[0].subtree)), marks, text_of(doc))
    if end <= start:
        return None
    cue = [*cue_span(verb, feeler, []), by]
    source = span_chars(list(feeler.subtree))
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


# the prepositions that name what is felt after the passive of a verb of feeling ("were
# frustrated with the delays", "was disappointed in the outcome", "angered over the vote")
STIMULUS_PREPS = frozenset({"at", "with", "over", "about", "in"})


def _stimulus(prep, verb) -> bool:
    """A preposition right after a passive verb of feeling that names what is felt, not
    where or when ("was surprised at the meeting in Ohio" is read as what surprised: a
    place or a date as its object is left out)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and prep.i == verb.i + 1
        and prep.lower_ in STIMULUS_PREPS
        and bool(objects)
        and objects[0].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
    )


def felt_by_object(verb, actor_mentions, doc, marks) -> Quote | None:
    """The stance of a verb of feeling in the active voice: its object feels what its
    subject is, if the verb has both and no clause of its own."""
    if lemma_of(verb) not in AMUSE or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass", "ccomp", "xcomp") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    feeler = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subject is None or feeler is None or subject.lower_ == "it" or not _sentient(feeler):
        return None
    start, end = snap(*span_chars(list(subject.subtree)), marks, text_of(doc))
    if end <= start:
        return None
    source = span_chars(list(feeler.subtree))
    cue = cue_span(verb, subject, [])
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _sentient(feeler) -> bool:
    """An object that can feel: a personal pronoun, a person, group, organisation or state
    named, or people as a plural noun ("environmentalists", "prime ministers")."""
    if feeler.pos_ == "PRON":
        return feeler.lower_ not in ("it", "this", "that", "itself")
    return feeler.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or feeler.tag_ in ("NNS", "NNPS")
