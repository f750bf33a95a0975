"""Criticism someone faces or draws: "Trump has faced questions about his foundation",
"Suu Kyi has faced sharp criticism for failing to ...", "Donald Trump is drawing
criticism", "the United Nations came under withering criticism for its failure ..."; and
support someone enjoys or wins: "Clinton enjoyed tremendous support from black voters".

The one who faces the criticism is its target, not its source; the critics, if named, are
the object of "from". With a preposition ("criticism for", "questions about") the noun and
its preposition are the cue and their object the content; without one the cue runs from
the verb to the noun and its subject, the one criticised, is the content.
"""

from __future__ import annotations

from wirecode.nlp.views import text_of
from wirecode.quotes.cue_spans import cue_span
from wirecode.quotes.cues import lemma_of
from wirecode.quotes.record import Quote, build_quote, span_chars
from wirecode.quotes.spans import snap

# nouns of criticism and doubt that someone faces, draws or comes under
CRITICISM = frozenset(
    "criticism ridicule question backlash pushback condemnation derision flak".split()
)
# verbs of facing or drawing them ("has faced", "is drawing", "received", "took")
FACING = frozenset("face draw receive attract".split())
# the prepositions that name what the criticism is about
ABOUT = ("for", "about", "over", "on")


def faced_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """The attribution of a noun of criticism faced or drawn, if the noun is one."""
    if lemma_of(noun) not in CRITICISM:
        return None
    verb = _facing_verb(noun)
    if verb is None:
        return None
    source = _critics(noun, verb)
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in ABOUT),
        None,
    )
    if lemma_of(noun) == "question" and (prep is None or noun.tag_ != "NNS"):
        return None  # "is facing this question": an issue, not a doubt raised by others
    if prep is not None:
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return None
        first = noun.i
        while first - 1 > verb.i and doc[first - 1].dep_ == "amod":
            first -= 1  # "sharp criticism for", "withering criticism for"
        cue = list(doc[first : prep.i + 1])
        tokens = list(doc[prep.i + 1 : max(prep.right_edge.i, noun.right_edge.i) + 1])
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.tag_ in ("WDT", "WP"):
            return None
        cue = [*cue_span(verb, subject, []), *doc[verb.i + 1 : noun.i + 1]]
        tokens = list(subject.subtree)
    start, end = snap(*span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions)


def _facing_verb(noun):
    """The verb that faces or draws the noun ("faced criticism"), or "come" of "came under
    criticism"; None otherwise."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and lemma_of(head) in FACING:
        return head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "under"
        and head.head.pos_ == "VERB"
        and lemma_of(head.head) == "come"
    ):
        return head.head
    return None


def _critics(noun, verb) -> tuple[int, int] | None:
    """The object of "from" after the noun or the verb ("faced heavy criticism from
    reporters"), if any."""
    for child in [*noun.children, *verb.children]:
        if child.dep_ == "prep" and child.lower_ == "from" and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            tokens = list(objects[0].subtree) if objects else []
            if tokens and tokens[-1].pos_ != "CCONJ":  # "from outlets and": a coordination
                return span_chars(tokens)  # the parser left open names only some of them
    return None


# nouns of support that someone enjoys, wins or receives from those who give it
SUPPORT = frozenset("support backing endorsement".split())
# verbs of having or getting it ("enjoyed tremendous support from", "won the backing of")
RECEIVING = frozenset("enjoy receive win gain earn garner attract secure draw".split())


def received_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """ "Clinton enjoyed tremendous support from black voters", "The bill won the backing of
    the unions": a noun of support that the subject enjoys, wins or receives is the stance
    of those the noun's "from" or "of" names (the source) toward the subject (the
    content), the cue running from the verb to the noun; None without them named."""
    if lemma_of(noun) not in SUPPORT or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in RECEIVING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    holder = next(
        (
            c
            for c in [*noun.children, *verb.children]
            if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i == noun.i + 1
        ),
        None,
    )
    objects = [c for c in holder.children if c.dep_ == "pobj"] if holder is not None else []
    if subject is None or subject.tag_ in ("WDT", "WP") or not objects:
        return None
    start, end = snap(*span_chars(list(subject.subtree)), marks, text_of(doc))
    if end <= start:
        return None
    cue = [*cue_span(verb, subject, []), *doc[verb.i + 1 : noun.i + 1]]
    holders = list(objects[0].subtree)
    relative = next(
        (c for c in holders if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","), None
    )
    source = span_chars(holders)
    if relative is not None:  # "from black voters, who helped her win": who they are, cut
        comma = doc[relative.left_edge.i - 1]  # after the comma that sets it off
        source = (source[0], comma.idx + 1)
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions)
