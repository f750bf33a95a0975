"""Quotations and their speakers: who said what, to whom, how and where.

`find_quotes(doc, actor_mentions)` returns one `Quote` per attribution in a parsed document:

- **direct** ("We will not give up," Zelensky said), **indirect** (Xi told Zelensky that
  China would send an envoy) and **mixed** (Putin said the talks were "constructive");
- the **cue**: a verb of saying or thinking (`CUE_VERBS`) with its auxiliaries ("has
  said"), or the phrase "according to";
- the **source** span (the cue's subject, or the object of "according to") and the
  **speaker** it names, resolved through the document's actor mentions, pronouns included;
- the **addressee** ("told Zelensky", "said to reporters");
- the **medium** ("on Twitter", "in a readout", "at a press conference", "in an interview
  with CNN") among the cue's prepositional phrases;
- the **content** span: the clause the cue governs, with its "that", or the quoted text.

The frames are laid out by what they start from: `verbs` (whether a verb is a cue),
`frames` (what a verb cue reports), `cue_spans` (the tokens of its cue), `speakers` (its
source), `spans` (quotation marks and content spans), `nouns` (noun and adjective cues),
`signed` (a colon, a dash, "according to"), `headlines` and `titles` (a headline's verb read
as a noun or a name) and `record` (the `Quote` record); the word lists are data in `cues`.

Reporting attributions ("according to Caixin", "CCTV reported") are quotes whose source is
an outlet; `reporting_sources` lists them for the mentions of a sentence.
"""

from __future__ import annotations

import bisect

from wirecode.nlp.views import columns, text_of
from wirecode.quotes.criticism import CRITICISM, SUPPORT, faced_quote, received_quote
from wirecode.quotes.cue_spans import cue_span
from wirecode.quotes.cues import (
    ATTITUDE_ADJECTIVES,
    BELIEF_VERBS,
    CUE_VERBS,
    EVIDENT_ADJECTIVES,
    INTENT_NOUNS,
    MEDIA_WORDS,
    NOUN_CUES,
    OBJECT_CUES,
    PREP_CUES,
    PREP_NOUNS,
    SEEMING,
    SPEECH,
    STANCE_AGENTS,
    lemma_of,
)
from wirecode.quotes.documents import issued_documents, light_nouns_apart
from wirecode.quotes.feelings import felt_by_object, felt_by_subject
from wirecode.quotes.frames import content_of, for_clause
from wirecode.quotes.headlines import clause_final_quote, headline_quote
from wirecode.quotes.marks import QUOTE_CHARS, regions
from wirecode.quotes.nouns import adjective_quote, evident_quote, noun_quote, stance_quote
from wirecode.quotes.record import (
    DASHES,
    SOURCE_DEPS,
    Quote,
    build_quote,
    span_chars,
    subtree_of,
)
from wirecode.quotes.signed import (
    according_to,
    colon_quote,
    dash_quote,
    is_glued_dash,
    names_said,
    passive_as_quote,
    words_of,
)
from wirecode.quotes.spans import (
    after_colon,
    colon_after,
    end_before_inner_attributions,
    end_before_next_speaker,
    own_clauses,
    quotation_after,
    quotation_before,
    resumed_end,
    snap,
    to_quotation_ends,
)
from wirecode.quotes.speakers import (
    agent_span,
    asks_the_reader,
    describing_speakers,
    passive_target,
    permitted,
    source_span,
    speech_tag_before,
    subjects_of,
)
from wirecode.quotes.titles import maybe_verb, title_end, title_quote
from wirecode.quotes.verbs import after_break, as_clause, graded, is_cue

__all__ = ["CUE_VERBS", "MEDIA_WORDS", "Quote", "find_quotes", "nested", "reporting_sources"]

FINDING = ("find", "show", "determine", "rule", "order", "publish", "document", "project")


def find_quotes(doc, actor_mentions, *, sentences: set[int] | None = None) -> list[Quote]:
    """Every attribution of a parsed document, in text order; with `sentences`, only those
    whose cue lies in a sentence of these indices."""
    quotes: list[Quote] = []
    starts = [sent.start for sent in doc.sents]
    marks = regions(text_of(doc))
    cols = columns(doc)
    for i, (pos, lower, text) in enumerate(zip(cols.pos, cols.lower, cols.text, strict=True)):
        capital_cue = text[:1].isupper() and maybe_verb(lower)
        titled = pos in ("PROPN", "NOUN") and capital_cue
        if pos not in CUE_POS and not titled and lower != "according" and not _sign_mark(text):
            continue  # read from the token columns: most tokens need no `Token` at all
        if sentences is not None and bisect.bisect_right(starts, i) - 1 not in sentences:
            continue
        token = doc[i]
        quote = title_quote(token, actor_mentions, doc, marks) if titled else None
        if quote is None and token.tag_ == "NNS":
            quote = headline_quote(token, actor_mentions, doc, marks)
        if quote is None and token.tag_ == "NNS":
            quote = clause_final_quote(token, actor_mentions, doc, marks)
        if quote is None:
            quote = _cue_quote(token, actor_mentions, doc, marks)
        if quote is None and pos == "VERB" and capital_cue:
            quote = title_quote(token, actor_mentions, doc, marks)  # a title's verb, no frame
        if quote is not None:
            quote.sentence_index = max(bisect.bisect_right(starts, token.i) - 1, 0)
            quote.quotation = next((r for r in marks if r[0] <= quote.cue_start < r[1]), None)
            quote.quoted = quote.quotation is not None
            quotes.append(quote)
    to_quotation_ends(quotes, doc, marks)
    end_before_inner_attributions(quotes, doc, marks)
    end_before_next_speaker(quotes, doc)
    own_clauses(quotes, doc)
    quotes = describing_speakers(quotes, doc)  # "Americans worried about ... might stop"
    quotes = light_nouns_apart(issued_documents(quotes, doc), doc)
    for quote in quotes if sentences is None else ():  # the quotation's own may be unread
        if quote.quoted and not any(o is not quote and _inside(quote, o) for o in quotes):
            _without_source(quote)
    for quote in quotes:
        if quote.source_end is not None and _quoted_source(quote, marks, text_of(doc)):
            _without_source(quote)
    return quotes


def _quoted_source(quote: Quote, marks, text: str) -> bool:
    """A source that is a part of the words of a quotation while its cue lies outside it:
    the parser took the speaker from what someone is quoted as saying ('Garner, who said
    "I can't breathe"' read as "I" said; '-- "That makes me smart" -- and, when questioned,
    asserting ...'), which names no one who speaks here. A quoted name that is the whole
    quotation stays ('"60 Minutes" reported')."""
    for r in marks:
        if (
            r[0] <= quote.source_start
            and quote.source_end <= r[1]
            and not r[0] <= quote.cue_start < r[1]
        ):
            strip = QUOTE_CHARS + "'`.,;:!? "
            return text[r[0] : r[1]].strip(strip) != quote.source.strip(strip)
    return False


def _without_source(quote: Quote) -> None:
    """`quote` with no source span and no speaker; its cue and content stay. A cue inside a
    quotation that no attribution found reports ('"He showed again and again an ability to
    make deals"', with no one named as saying it) names no source: its subject is in the
    unknown speaker's words ("I", "we", "you" are that speaker and the hearers)."""
    quote.source_start = quote.source_end = None
    quote.source = ""
    quote.speaker = None


CUE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})  # the parts of speech a cue can be


def _cue_quote(token, actor_mentions, doc, marks) -> Quote | None:
    """The attribution whose cue is `token`, by the kind of word it is, if any."""
    if token.pos_ in ("VERB", "AUX") and names_said(token):
        return None  # "issued a stark warning: ...": the colon's attribution
    if token.pos_ == "VERB":
        felt = felt_by_subject(token, actor_mentions, doc, marks)
        if felt is not None:  # "Business leaders have been unsettled by the protests"
            return felt
    if token.pos_ in ("VERB", "AUX") and (is_cue(token) or _speech_tag(token)):
        quote = _verb_quote(token, actor_mentions, doc, marks)
        if quote is not None and permitted(token):
            return _permission_quote(token, actor_mentions, doc, marks)  # the law's duty
        return quote
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return according_to(token, actor_mentions, doc)
    if token.lower_ == "words" and token.dep_ == "pobj":  # "In the words of one senator, ..."
        quote = words_of(token, actor_mentions, doc)
        if quote is not None:
            return quote
    if token.pos_ in ("VERB", "AUX") and lemma_of(token) in SEEMING:
        return _seeming_quote(token, doc, marks)
    if token.pos_ == "ADJ" and token.lower_ in EVIDENT_ADJECTIVES:
        return evident_quote(token, actor_mentions, doc, marks)
    if token.pos_ in ("ADJ", "VERB") and token.lower_ in ATTITUDE_ADJECTIVES:
        return adjective_quote(token, actor_mentions, doc, marks)
    if token.pos_ == "NOUN" and lemma_of(token) in CRITICISM:
        quote = faced_quote(token, actor_mentions, doc, marks)  # "has faced criticism for"
        if quote is not None:
            return quote
    if token.pos_ == "NOUN" and lemma_of(token) in SUPPORT:
        quote = received_quote(token, actor_mentions, doc, marks)  # "enjoyed support from"
        if quote is not None:
            return quote
    if token.pos_ == "NOUN" and lemma_of(token) in STANCE_AGENTS:
        return stance_quote(token, actor_mentions, doc, marks)  # "is a vocal critic of"
    if token.pos_ == "NOUN" and (
        lemma_of(token) in NOUN_CUES
        or lemma_of(token) in INTENT_NOUNS
        or token.lower_ in PREP_NOUNS
        or lemma_of(token) in PREP_NOUNS
    ):
        return noun_quote(token, actor_mentions, doc, marks)
    if token.text == ":":
        return colon_quote(token, actor_mentions, doc, marks)
    if token.text in DASHES or is_glued_dash(token.text):
        return dash_quote(token, actor_mentions, doc, marks)
    return None


def _speech_tag(verb) -> bool:
    """A verb in the place of a speech tag, right after a quotation that a comma, a question
    or an exclamation mark closes and the speaker's name, with nothing after it but the end
    of the sentence ('"Thank you," she beamed', '"Never," Clinton shot back'): whatever the
    verb, it tells how the quotation was said."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children
    ):
        return False
    start = subjects[0].left_edge.i
    if (
        start < 2
        or doc[start - 1].text not in QUOTE_CHARS + "''"
        or doc[start - 2].text not in (",", "?", "!")
    ):
        return False
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ in ("prt", "advmod") and doc[after].head.i == verb.i:
        after += 1  # "shot back", "said softly"
    return after >= len(doc) or doc[after].text in (".", "!", "?") or doc[after].is_space


def _sign_mark(text: str) -> bool:
    """A colon or a dash that can introduce or sign a quotation (see `colon_quote`,
    `dash_quote`)."""
    return text == ":" or text in DASHES or is_glued_dash(text)


def nested(quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue lies inside another quote's content ("I think", said inside a
    quotation) or runs into it from the other's cue ("declined to threaten" beside
    "declined"): univocal annotations such as PolNeAR's leave them out. A cue in the
    attribution that interrupts a quotation ('"...," she said, speaking of the plan. "..."')
    is the writer's, not the speaker's, and is not nested. Of two attributions each inside
    the other's content, the outer one stays (`_outer`)."""
    return [
        q
        for q in quotes
        if any(
            o is not q and (_inside(q, o) and not _outer(q, o) or _reaches_into(q, o))
            for o in quotes
        )
    ]


def _inside(inner: Quote, outer: Quote) -> bool:
    """A cue inside another quote's content, not in the attribution that interrupts it."""
    return outer.start <= inner.cue_start < outer.end and not (
        outer.aside and outer.aside[0] <= inner.cue_start < outer.aside[1]
    )


def _outer(quote: Quote, other: Quote) -> bool:
    """Of two attributions each inside the other's content, whether `quote` is the outer
    one: its cue is the writer's and the other's lies inside a quotation (the writer's
    'Brinkley recalled, "Out of nowhere, he said, ..."' against the "he said" inside the
    quotation, whose clause the parser ran back over "recalled"), or its content holds the
    other's whole and more ("The top 1 percent would see their incomes go up ..., according
    to the Tax Foundation" against "would see" and the clause after it)."""
    if not _inside(other, quote):
        return False
    if other.quoted and not quote.quoted:
        return True
    return (
        quote.start <= other.start
        and other.end <= quote.end
        and (quote.start, quote.end) != (other.start, other.end)
    )


def _reaches_into(inner: Quote, outer: Quote) -> bool:
    """A cue that runs from a verb of intent into what that verb reports ("declined to
    threaten" beside "declined" · "to threaten Moscow"): the infinitive is the content of
    the intent, and the longer cue is the same attribution read again."""
    return (
        inner.cue_start == outer.cue_start
        and outer.cue_end < inner.cue_end
        and outer.start < inner.cue_end <= outer.end
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def reporting_sources(quotes: list[Quote], sentence_index: int) -> list[str]:
    """The outlets or agencies a sentence relies on ("according to Caixin", "CCTV reported")."""
    return [
        q.source
        for q in quotes
        if q.sentence_index == sentence_index
        and (
            q.cue.lower() == "according to" or q.cue.split()[-1].lower() in ("reported", "reports")
        )
    ]


def _verb_quote(verb, actor_mentions, doc, marks) -> Quote | None:
    raised = _raised_passive(verb)
    if raised is not None:
        return _whole_clause_quote(verb, raised, doc, marks)
    found = content_of(verb)
    if found is None:
        felt = felt_by_object(verb, actor_mentions, doc, marks)
        if felt is not None:  # "That worries environmentalists"
            return felt
    if found is None and _passive_object(verb) is not None:
        return _passive_quote(verb, actor_mentions, doc, marks)
    if found is None and lemma_of(verb) in SPEECH:
        split = _split_clause(verb)
        if split is not None:  # "The plan, as one adviser pointed out, does not cover ..."
            return _split_quote(verb, *split, actor_mentions, marks)
        fragment = _fragment_before(verb)
        if fragment is not None:  # "People like Scott, he said."
            return _fragment_quote(verb, *fragment, actor_mentions, marks)
    inverted = None
    extra: list = []
    if found is None and as_clause(verb) and not subjects_of(verb):  # "As reported by CNN"
        return passive_as_quote(verb, actor_mentions, doc)
    if found is None and as_clause(verb):  # "..., as a memo put it", "As Xi said, ..."
        inverted = verb.head
        extra = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"]
    elif (
        found is None
        and (verb.dep_ == "parataxis" or verb.dep_ in ("ccomp", "advcl") and after_break(verb))
        and speech_tag_before(verb.head) is None  # 'X said, not bothering to name ...'
    ):
        inverted = verb.head  # "The talks were useful, Xi said": the head clause is said
        if lemma_of(verb) not in CUE_VERBS:
            return None
        if verb.dep_ == "parataxis" and _subject_before(inverted, verb):
            inverted = inverted.head  # "The problem now, she told me, is that ...": its clause
    speaker = _as_speaker(verb) if found is None and inverted is None else None
    if speaker is not None:  # "Hawaii, as one of the advisers pointed out, does not get ..."
        cue = cue_span(verb, speaker, [])
        start, end = snap(*span_chars(subtree_of(verb, skip=("punct",))), marks, text_of(doc))
        source = source_span(speaker, cue[0], doc)
        return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)
    subjects = subjects_of(verb)
    if not subjects:
        return _unsourced(verb, found, marks, actor_mentions)
    subject = subjects[0]
    if asks_the_reader(verb, subject, marks):
        return None  # "Would you still vote for her?": the writer's question, no one's words
    if for_clause(verb) and "for" in PREP_CUES.get(lemma_of(verb.head), ()):
        return None  # "called for the police to release the videos": the police say nothing
    if (
        verb.dep_ == "relcl"
        and subject.tag_ in ("WDT", "WP")
        and subject.lower_ != "who"
        and lemma_of(verb) not in CUE_VERBS
    ):
        return None  # "groups that don't disclose their fundraising": a description
    if found is not None:
        content, tokens, extra = found
        if content.i < verb.i:  # "X is wrong, he said": the clause before the cue
            tokens = [t for t in tokens if t.i < verb.i and t.i < subject.left_edge.i]
            first = _first_conjunct(verb, content)
            if first is not None and tokens:  # "A, but B, a source said": both are said
                tokens = list(doc[first.left_edge.i : tokens[-1].i + 1])
            if tokens and not any(r[0] <= tokens[-1].idx < r[1] for r in marks):
                tokens = tokens + _joined_after(verb)  # 'A, X said, and B'
    elif inverted is not None:
        head_tokens = subtree_of(inverted)
        tokens = [t for t in head_tokens if t.i < subject.left_edge.i and t.i < verb.i]
        if head_tokens and head_tokens[-1].i > verb.i and tokens:
            said = {t.i for t in verb.subtree} - _fronted(verb, subject)
            tokens = [t for t in head_tokens if t.i not in said] or tokens
    else:
        tokens = []
    cue = cue_span(verb, subject, extra)
    colon = colon_after(cue)
    span = None
    if found is None and inverted is None and (subject.head.i == verb.i or subject.i > verb.i):
        span = quotation_before(min(subject.left_edge.i, cue[0].i), marks, doc)
    if found is None and inverted is None:
        span = span or quotation_after(cue[-1], marks, doc, verb=verb)
        if span is None and colon is None:
            return None
    if colon is not None and (found is None or found[0].i > colon.i):
        span = after_colon(colon, marks)
        cue = [*cue, colon]
    if span is None:
        if not tokens:
            return None
        span = span_chars(tokens)
    start, end = span
    if end <= start:
        return None
    kind_span = (start, end)
    clause = snap(start, end, marks, text_of(doc), cue=cue[0].idx)
    start, end = snapped = snap(start, end, marks, text_of(doc))
    source = source_span(subject, cue[0], doc)
    if source[1] <= source[0] or passive_target(verb, subject):
        source = agent_span(verb)  # "X was criticized for": X is not the speaker; "by Y" is
    if _relative_that(subject):
        source = None
    aside = None
    if start >= cue[-1].idx and any(r[0] == start for r in marks):
        opened = _first_part(subject, cue, start, marks, doc)
        if opened is not None:  # '"By locking in China," Mr. Obama said, "it now allowed me"'
            aside = (opened[1], start)
            start = opened[0]
    if end <= cue[0].idx:  # '"...," he said. "..."': the quotation goes on after the cue
        resumed = resumed_end(
            end, max(cue[-1].idx + len(cue[-1]), source[1] if source else 0), marks, doc
        )
        if resumed > end:
            aside = (end, next(r[0] for r in marks if r[0] >= end and r[1] <= resumed))
        end = resumed
    if aside is None:  # "Chris Christie Calls Hillary Clinton 'A Disgrace' Over ...": to the end
        end = title_end(verb, cue, start, end, marks)
    quote = build_quote(doc, kind_span, (start, end), cue, source, actor_mentions, verb)
    quote.aside = aside
    if clause != snapped and (quote.start, quote.end) == snapped:
        quote.clause = clause
    return quote


def _as_speaker(verb):
    """The speaker of a verb of saying set off with "as" inside the clause it reports,
    which the parser made the head of the clause, "as" a preposition and the speaker its
    object ("Hawaii, as one of the president's advisers pointed out, does not get
    hurricanes") or a second subject: the phrase between an "as" that a comma opens and
    the cue."""
    if lemma_of(verb) not in SPEECH:
        return None
    doc = verb.doc
    first = cue_span(verb, None, [])[0].i
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i == 0 or prep.i > first:
            continue
        speakers = [c for c in prep.children if c.dep_ == "pobj"] or [
            c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == prep.i + 1
        ]  # "as" left without its object, the speaker read as a second subject
        if (
            speakers
            and doc[prep.i - 1].text == ","
            and speakers[0].left_edge.i == prep.i + 1
            and speakers[0].right_edge.i + 1 == first
        ):
            return speakers[0]
    return None


def _permission_quote(verb, actor_mentions, doc, marks) -> Quote | None:
    """The attribution of a verb of permitting or requiring whose object may or must do
    what a cue in the infinitive says ("Federal law requires candidates to disclose their
    assets", "Readers may not let editorials tell them how to vote"): no one has said
    anything yet, and what is reported is the permission or the duty, whose source is the
    one who permits or requires (the law, the readers), its cue the verb of permitting,
    its content the object and the infinitive (as PolNeAR marks "DNC rules permit members
    to appoint proxies")."""
    head = verb.head
    subjects = subjects_of(head)
    subject = subjects[0] if subjects else None
    cue = cue_span(head, subject, [])
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    first = objects[0].left_edge.i if objects else verb.left_edge.i
    start, end = snap(*span_chars(list(doc[first : verb.right_edge.i + 1])), marks, text_of(doc))
    source = source_span(subject, cue[0], doc) if subject is not None else None
    if source is not None and source[1] <= source[0]:
        source = None
    if subject is not None and subject.dep_ == "nsubjpass":
        source = agent_span(head)  # "Reporters were not allowed to ask": theirs is no stance
    if subject is not None and _relative_that(subject):
        source = None  # "guidelines that allow companies to ...": no one named
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, head)


def _relative_that(subject) -> bool:
    """A relative "that" as a cue's subject ("a group that opposes the plan"): it stands
    for the noun before it and names no one, so the attribution has no source span."""
    return subject.tag_ == "WDT" and subject.lower_ == "that"


def _joined_after(verb) -> list:
    """The clause with a subject of its own joined by ", and" to an attribution set off
    after the first clause it reports ('The top tenth paid 20 percent, the office said in a
    May report, and those at the bottom paid 1 percent'): the parser joined it to the cue,
    but it goes on with what is reported. After a quotation ('"He loves us," Mary said,
    and soon the balloons dropped') the writer's narration goes on instead."""
    doc = verb.doc
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            and child.left_edge.i >= 2
            and doc[child.left_edge.i - 1].lower_ == "and"
            and doc[child.left_edge.i - 2].text == ","
        ):
            return list(child.subtree)
    return []


def _subject_before(head, verb) -> bool:
    """The subject of a clause that goes on after an attribution set off after it, where
    the parser hung the attribution ('The problem now, she told me on Monday, is that the
    money is gone': "told" on "problem"): what is said is that clause, not the noun."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.i > verb.i


def _fronted(verb, subject) -> set[int]:
    """The tokens of an adverbial clause with a subject of its own that opens the sentence
    before an attribution set off inside it, which the parser hung on the cue verb ('If the
    talks fail, the minister argues, there are other ways': the condition is the minister's,
    part of what is argued); not a participle ('Asked about the vote, Smith said, ...'),
    which is an attribution of its own or the writer's setting."""
    return {
        t.i
        for child in verb.children
        if child.dep_ == "advcl"
        and child.right_edge.i < subject.left_edge.i
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        for t in child.subtree
    }


def _first_part(subject, cue, start: int, marks, doc):
    """The first part of a quotation split by its attribution ('"If you look back," Scott
    said, "I could ..."'): the quotation that ends with a comma right before the speaker
    and cue, with no other speaker's verb in the attribution ('"...," Trump said, adding
    later, "..."' leaves the first part to "said")."""
    opened = quotation_before(min(subject.left_edge.i, cue[0].i), marks, doc)
    if opened is None or text_of(doc)[opened[0] : opened[1]].rstrip(QUOTE_CHARS + "'")[-1:] != ",":
        return None
    cue_ids = {t.i for t in cue}
    between = [t for t in doc if opened[1] <= t.idx < start]
    if any(
        t.pos_ == "VERB" and t.i not in cue_ids and any(c.dep_ in SOURCE_DEPS for c in t.children)
        for t in between
    ):
        return None
    return opened


def _first_conjunct(verb, content):
    """The first clause of "A, but B, a source said", which the parser read as "A, but [B, a
    source said]": the cue joined to it as a conjunct, its content the clause after "but"."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > content.left_edge.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in SOURCE_DEPS for c in head.children) or head.left_edge.i != head.sent.start:
        return None
    return head


def _split_clause(verb):
    """(speaker, first part, rest) of a cue set off inside the clause it reports, which the
    parser made the head of both halves ("These workers, the manager explained, were well
    paid"; "The plan, as one adviser pointed out, does not cover farmers"): a phrase and a
    comma before the speaker, a comma and a predicate without a subject after the cue."""
    doc = verb.doc
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in ("nsubj", "dep", "npadvmod")]
    rest = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in SOURCE_DEPS for g in c.children)
    ]
    if len(before) != 2 or before[1].dep_ != "nsubj" or not rest:
        return None
    first, speaker = before
    comma = doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(doc) else None
    if comma is None or comma.text != "," or first.left_edge.i != verb.sent.start:
        return None
    if doc[rest[0].left_edge.i - 1].text != ",":
        return None
    return speaker, first, rest[0]


def _split_quote(verb, speaker, first, rest, actor_mentions, marks) -> Quote | None:
    """The content runs from the first part to the end of the rest, the cue and its speaker
    inside it, as PolNeAR reads a discontinuous span."""
    doc = verb.doc
    start, end = span_chars(list(doc[first.left_edge.i : rest.right_edge.i + 1]))
    if end <= start:
        return None
    start, end = snap(start, end, marks, text_of(doc))
    cue = cue_span(verb, speaker, [])
    source = source_span(speaker, cue[0], doc)
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _fragment_before(verb):
    """(phrase, speaker) of a clause-final cue after a phrase without a verb, which the
    parser took for a second subject ("People like Scott, he said."; "Language unclear on
    whether single mothers are covered, experts say."): the phrase opens the sentence, a
    comma and the speaker follow it, and nothing but punctuation follows the cue."""
    doc = verb.doc
    before = [c for c in verb.children if c.i < verb.i and c.dep_ in ("nsubj", "dep")]
    if len(before) != 2 or before[1].dep_ != "nsubj" or before[0].pos_ not in ("NOUN", "PROPN"):
        return None
    phrase, speaker = before
    if phrase.left_edge.i != verb.sent.start or doc[phrase.right_edge.i + 1].text != ",":
        return None
    if speaker.left_edge.i != phrase.right_edge.i + 2 or speaker.right_edge.i != verb.i - 1:
        return None
    if not all(t.is_punct or t.is_space for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    return phrase, speaker


def _fragment_quote(verb, phrase, speaker, actor_mentions, marks) -> Quote | None:
    doc = verb.doc
    start, end = snap(*span_chars(subtree_of(phrase)), marks, text_of(doc))
    if end <= start:
        return None
    cue = cue_span(verb, speaker, [])
    source = source_span(speaker, cue[0], doc)
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _passive_object(verb):
    """The subject of a passive verb whose active object is what is said or judged ("The
    registration issue was first reported by The Washington Post"), if any."""
    if verb.tag_ != "VBN" or lemma_of(verb) not in OBJECT_CUES and graded(verb) is None:
        return None  # "is viewed favorably by 40 percent": graded, as "criticized" judges
    if (lemma_of(verb) not in SPEECH or lemma_of(verb) in FINDING) and not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None  # "was released", "a device was found": said by no one, no attribution
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _passive_quote(verb, actor_mentions, doc, marks) -> Quote | None:
    """A passive cue: its subject is the content and the object of its "by" the source
    ("The nominee has been endorsed by dozens of papers"); the "by" stays out of the cue."""
    content = _passive_object(verb)
    if any(t.text in QUOTE_CHARS for t in content.subtree):
        return None  # a quotation as subject: its speaker is the question, not its topic
    cue = cue_span(verb, content, [])
    source = agent_span(verb)
    start, end = span_chars(list(content.subtree))
    if end <= start:
        return None
    start, end = snap(start, end, marks, text_of(doc))
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _unsourced(verb, found, marks, actor_mentions) -> Quote | None:
    """A verb of saying or thinking whose speaker the sentence does not name ("..., aside
    from saying he wants a diverse delegation"; "Asked about the device, ..."): the cue and
    what it reports, without a source."""
    if found is None or lemma_of(verb) not in CUE_VERBS or found[0].i < verb.i:
        return None
    content, tokens, extra = found
    if not tokens:
        return None
    doc = verb.doc
    start, end = span_chars(tokens)
    if end <= start:
        return None
    kind_span = (start, end)
    start, end = snap(start, end, marks, text_of(doc))
    return build_quote(
        doc, kind_span, (start, end), cue_span(verb, None, extra), None, actor_mentions, verb
    )


def _raised_passive(verb):
    """The complement of a verb of thinking in the passive with no agent ("North Korea is
    not thought to be capable of ...", "it is considered a threat", "The veto is expected
    to come Friday"), also as the participle of an absolute "with" ("with the president
    expected to attend"): what someone unnamed thinks of the subject, if any."""
    saying = lemma_of(verb) in SPEECH and lemma_of(verb) not in BELIEF_VERBS
    children = list(verb.children)
    absolute = (  # "with Obama and his wife expected to visit the state": a participle,
        not saying  # whatever its tag, the parser giving it a subject
        and (
            any(c.dep_ == "mark" and c.lower_ == "with" and c.i < verb.i for c in children)
            or verb.dep_ == "pcomp"
            and verb.head.lower_ == "with"
        )
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )
    if verb.tag_ != "VBN" and not absolute or not (lemma_of(verb) in BELIEF_VERBS or saying):
        return None
    if lemma_of(verb) == "suppose":
        return None  # "was supposed to" is what ought to be, not what anyone thinks
    passive = any(c.dep_ == "nsubjpass" and c.i < verb.i for c in children)
    if not (passive or absolute) or any(c.dep_ == "agent" for c in children):
        return None
    return next(
        (
            c
            for c in children
            if c.i > verb.i
            and (c.dep_ in ("oprd", "attr") and not saying or c.dep_ == "xcomp" and _infinitive(c))
        ),
        None,
    )  # and of a verb of saying with its infinitive ("Trump is said to be furious")


def _whole_clause_quote(verb, complement, doc, marks) -> Quote | None:
    """A judgement whose holder the sentence does not name, as PolNeAR marks it: the content
    is the whole clause from the subject, cue included, and there is no source."""
    subject = next(c for c in verb.children if c.dep_ in SOURCE_DEPS)
    tokens = list(doc[subject.left_edge.i : complement.right_edge.i + 1])
    start, end = snap(*span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    return build_quote(doc, (start, end), (start, end), cue_span(verb, subject, []), None, [])


def _seeming_quote(verb, doc, marks) -> Quote | None:
    """ "Melania seems to have vanished", "That looks unlikely", "it appeared that ...", "The
    plan seems like a gift": a verb of seeming with its infinitive, adjective, clause or
    "like" phrase is the writer's judgement, no one's words: the content is the whole
    clause, cue included, and there is no source; a clause that "like" opens as "that"
    would ("it looks like the deal is dead") is the content, "like" joining the cue."""
    complements = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ == "acomp"
            or c.dep_ == "xcomp"
            and _infinitive(c)
            and lemma_of(verb) != "look"
            or c.dep_ == "ccomp"
            and any(m.dep_ == "mark" for m in c.children)
            or _likeness(c, lemma_of(verb))
        )
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not complements or not subjects or complements[0].pos_ != "ADP" and is_cue(complements[0]):
        return None  # "appeared to blame": the verb of saying is the cue, as PolNeAR has it
    complement = complements[0]
    extra = []
    if complement.dep_ == "ccomp":  # "it appeared that Trump was unable ..."
        tokens = subtree_of(complement)
    elif complement.dep_ == "advcl":  # "it looks like King and Schultz are": "like" is "that"
        extra = [m for m in complement.children if m.dep_ == "mark" and m.lower_ == "like"]
        tokens = [t for t in subtree_of(complement) if t.i > extra[0].i]
    else:
        tokens = list(doc[subjects[0].left_edge.i : complement.right_edge.i + 1])
    start, end = snap(*span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    cue = cue_span(verb, subjects[0], extra)
    return build_quote(doc, (start, end), (start, end), cue, None, [])


def _likeness(child, lemma: str) -> bool:
    """What a thing seems like ("can seem like just another entrant with an agenda") or a
    clause "like" introduces as "that" would ("it sure looks like King and Schultz are");
    "looked like a giant whale" is a sight, not a judgement."""
    if child.dep_ == "prep" and child.lower_ == "like":
        return lemma != "look" and any(c.dep_ == "pobj" for c in child.children)
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "like" for m in child.children
    )


def _infinitive(verb) -> bool:
    """A verb with "to" ("seems to have vanished"); "looks to shore up" is aiming, not
    seeming, and "look" takes an adjective only."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
