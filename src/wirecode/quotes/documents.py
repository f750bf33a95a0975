"""Attributions that are one: a document issued and what it says ("released a letter that
says ..."), a light verb and its noun of saying ("expressed concern that ..."). Passes over
the quotes `find_quotes` found, each merging or dropping the second of such a pair."""

from __future__ import annotations

from wirecode.nlp.views import text_of
from wirecode.quotes.cues import DOCUMENT_NOUNS, ISSUING_VERBS, lemma_of
from wirecode.quotes.record import SOURCE_DEPS, Quote
from wirecode.quotes.speakers import source_span, subjects_of

__all__ = ["issued_documents", "light_nouns_apart"]


def light_nouns_apart(quotes: list[Quote], doc) -> list[Quote]:
    """Without the quotes of a noun of saying that a light verb took into its cue: "have
    expressed concern that ..." is one attribution, not also one of "concern"."""
    return [
        q
        for q in quotes
        if not (
            (noun := doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")) is not None
            and noun[-1].pos_ == "NOUN"
            and noun.root.i == noun[-1].i  # the noun, with the adjectives before it
            and any(
                o is not q and o.cue_start < q.cue_start and q.cue_end <= o.cue_end for o in quotes
            )
        )
    ]


def issued_documents(quotes: list[Quote], doc) -> list[Quote]:
    """A document issued by someone and what it says are one attribution ("Trump unleashed
    a series of tweets early Friday saying that ...", "He released a letter from his doctor
    that says ...", "The council issued a statement calling the test a violation"): the cue
    runs from the issuing verb to the verb of saying, the source is who issued it, and the
    issuing verb is no attribution of its own."""
    by_cue = {}
    for quote in quotes:
        span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if span is not None:
            by_cue[span.root.i] = quote
    dropped = set()
    for quote in quotes:
        span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if span is None or quote.start < quote.cue_end:
            continue
        issuer = _issuing_verb(span.root)
        if (
            issuer is None
            or lemma_of(issuer) not in ISSUING_VERBS
            or any(
                c.dep_ in SOURCE_DEPS and c.tag_ not in ("WDT", "WP") for c in span.root.children
            )
        ):
            continue  # "noted reports alleging ...", "is defending his tweets, saying ...": the
            # reports and tweets are what is noted or defended; "tweets in which he called
            # her ...": he speaks, not the tweets
        issued = by_cue.get(issuer.i)
        subjects = subjects_of(issuer)
        if issued is not None:
            quote.cue_start = issued.cue_start
            quote.source_start, quote.source_end = issued.source_start, issued.source_end
            dropped.add(id(issued))
        elif subjects:
            quote.cue_start = issuer.idx
            quote.source_start, quote.source_end = source_span(subjects[0], issuer, doc)
        else:
            continue
        text = text_of(doc)
        quote.cue = text[quote.cue_start : quote.cue_end]
        quote.source = text[quote.source_start : quote.source_end] if quote.source_end else ""
    return [q for q in quotes if id(q) not in dropped]


def _issuing_verb(verb):
    """The verb whose object is the document a participle or relative clause of saying
    describes ("released a letter ... that says", "a series of tweets saying"), also when
    the parser hung the participle on that verb ("unleashed tweets early Friday saying"),
    if any."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objects and _document(objects[0]):
            return verb.head
        return None
    if verb.dep_ not in ("acl", "relcl"):
        return None
    noun = verb.head
    documents: list[str] = []
    while noun.pos_ in ("NOUN", "PROPN") or noun.dep_ == "prep" and noun.lower_ == "of":
        if noun.pos_ in ("NOUN", "PROPN"):
            documents.append(lemma_of(noun))
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                return noun.head if _document(noun) or documents[0] in DOCUMENT_NOUNS else None
        noun = noun.head
        if noun.i == noun.head.i:
            break
    return None


def _document(noun) -> bool:
    """A noun of a document or message, or a series of them ("a series of tweets")."""
    if lemma_of(noun) in DOCUMENT_NOUNS:
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(_document(o) for o in p.children)
        for p in noun.children
    )
