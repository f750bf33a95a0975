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

Reporting attributions ("according to Caixin", "CCTV reported") are quotes whose source is
an outlet; `reporting_sources` lists them for the mentions of a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from wirecode.records import ActorRef

__all__ = ["CUE_VERBS", "MEDIA_WORDS", "Quote", "find_quotes", "reporting_sources"]

CUE_VERBS = frozenset(
    """say tell add note state claim argue insist explain write report announce warn declare
    stress reiterate emphasize emphasise assert maintain acknowledge admit concede confirm deny
    reply respond answer tweet post quip joke complain suggest predict promise vow pledge
    threaten urge caution recall recount testify allege charge accuse remark observe contend
    believe think feel know hope fear worry expect say tout boast describe call show find
    cite agree ask want indicate reveal signal estimate conclude""".split()
)
BELIEF_VERBS = frozenset("believe think feel know hope fear worry expect".split())
MEDIA_WORDS = frozenset(
    """twitter facebook instagram telegram weibo x statement readout interview conference
    briefing speech address post tweet letter op-ed article radio television broadcast
    podcast rally video message email memo report communique""".split()
)
QUOTE_MARKS = '"“”«»'
SOURCE_DEPS = ("nsubj", "nsubjpass")
CONTENT_DEPS = ("ccomp", "xcomp", "parataxis")


@dataclass(slots=True)
class Quote:
    """One attribution: character offsets are into the document text (end exclusive)."""

    kind: str  # direct | indirect | mixed
    cue: str
    cue_start: int
    cue_end: int
    start: int  # the content span
    end: int
    content: str
    source_start: int | None = None
    source_end: int | None = None
    source: str = ""
    speaker: ActorRef | None = None
    addressee: ActorRef | None = None
    medium: str | None = None
    sentence_index: int = 0

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "cue": self.cue,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "medium": self.medium,
        }


def _span_chars(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS:
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct and tokens[0].text not in QUOTE_MARKS:
        tokens = tokens[1:]
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree(token, *, skip: tuple[str, ...] = ()) -> list:
    """A token's subtree as a contiguous run, leaving out children of the deps in `skip`."""
    left, right = token.i, token.i
    for child in token.children:
        if child.dep_ in skip:
            continue
        left, right = min(left, child.left_edge.i), max(right, child.right_edge.i)
    return list(token.doc[left : right + 1])


def _actor_at(actor_mentions, start: int, end: int, doc) -> ActorRef | None:
    """The actor named in a character span: the mention whose head lies inside, first one."""
    for mention in actor_mentions:
        head = doc[mention.head]
        if start <= head.idx < end:
            return mention.members[0] if mention.members else mention.actor
    return None


def _cue_tokens(verb) -> list:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    parts = [c for c in verb.children if c.dep_ == "prt"]
    tokens = sorted([verb, *auxes, *parts], key=lambda t: t.i)
    first = tokens[0].i
    return list(verb.doc[first : tokens[-1].i + 1]) if tokens[-1].i - first < 4 else [verb]


def _medium(verb) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "via"):
            words = {t.lower_ for t in child.subtree}
            if words & MEDIA_WORDS:
                return " ".join(t.text for t in child.subtree)
    return None


def _addressee(verb, actor_mentions, doc) -> ActorRef | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell", "inform", "assure", "urge"):
            return _actor_at(actor_mentions, *_span_chars(list(child.subtree)), doc)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            return _actor_at(actor_mentions, *_span_chars(list(child.subtree)), doc)
    return None


def _kind(doc, start: int, end: int) -> str:
    text = doc.text[start:end]
    inside = any(mark in text for mark in QUOTE_MARKS)
    before = doc.text[max(0, start - 2) : start]
    after = doc.text[end : end + 2]
    if any(m in before for m in QUOTE_MARKS) and any(m in after for m in QUOTE_MARKS):
        return "direct"
    if inside:
        stripped = text.strip(" ,.")
        whole = stripped[:1] in QUOTE_MARKS and stripped[-1:] in QUOTE_MARKS
        return "direct" if whole and sum(text.count(m) for m in QUOTE_MARKS) == 2 else "mixed"
    return "indirect"


def _content_token(verb):
    """The clause a cue reports: its complement, or the clause it is set into ("..., he said")."""
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS:
            return child
    if verb.lemma_ in ("show", "find", "cite", "reveal", "indicate"):
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        return None  # handled from the head's side
    return None


def find_quotes(doc, actor_mentions) -> list[Quote]:
    """Every attribution of a parsed document, in text order."""
    quotes: list[Quote] = []
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = index
    for token in doc:
        quote = None
        if token.pos_ == "VERB" and token.lemma_.lower() in CUE_VERBS:
            quote = _verb_quote(token, actor_mentions, doc)
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            quote = _according_to(token, actor_mentions, doc)
        if quote is not None:
            quote.sentence_index = sentence_of.get(token.i, 0)
            quotes.append(quote)
    return quotes


def subjects_first(verb) -> int:
    """Token index of the verb's first subject, or the verb's own."""
    return min([c.left_edge.i for c in verb.children if c.dep_ in SOURCE_DEPS] + [verb.i])


def nested(quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue lies inside another quote's content ("I think", said inside a
    quotation): univocal annotations such as PolNeAR's leave them out."""
    return [q for q in quotes if any(o is not q and o.start <= q.cue_start < o.end for o in quotes)]


def _verb_quote(verb, actor_mentions, doc) -> Quote | None:
    content = _content_token(verb)
    inverted = None
    if content is None and verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < verb.i:
        inverted = verb.head  # "The talks were useful, Xi said": the head clause is said
    if content is None and inverted is None:
        return None
    if content is not None and content.i < subjects_first(verb) and content.dep_ == "dobj":
        return None
    if (
        content is not None
        and content.dep_ == "xcomp"
        and verb.lemma_ not in ("urge", "promise", "vow", "pledge", "threaten", "expect", "hope")
    ):
        return None
    subjects = [c for c in verb.children if c.dep_ in SOURCE_DEPS]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG":
        subjects = [c for c in verb.head.children if c.dep_ in SOURCE_DEPS]  # "..., saying"
    if not subjects:
        return None
    if content is not None:
        tokens = _subtree(content)
        if content.i < verb.i:  # "X is wrong, he said": the clause before the cue
            tokens = [t for t in tokens if t.i < verb.i and t.i < subjects[0].left_edge.i]
    else:
        tokens = [
            t for t in _subtree(inverted, skip=()) if t.i < subjects[0].left_edge.i and t.i < verb.i
        ]
    start, end = _span_chars(tokens)
    if end <= start:
        return None
    source_start, source_end = _span_chars(_subtree(subjects[0], skip=("relcl", "appos", "acl")))
    cue = _cue_tokens(verb)
    cue_start, cue_end = _span_chars(cue)
    return Quote(
        kind=_kind(doc, start, end),
        cue=doc.text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        start=start,
        end=end,
        content=doc.text[start:end],
        source_start=source_start,
        source_end=source_end,
        source=doc.text[source_start:source_end],
        speaker=_actor_at(actor_mentions, source_start, source_end, doc),
        addressee=_addressee(verb, actor_mentions, doc),
        medium=_medium(verb),
    )


def _according_to(token, actor_mentions, doc) -> Quote | None:
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in token.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    source_tokens = list(objects[0].subtree)
    source_start, source_end = _span_chars(source_tokens)
    sent = token.sent
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    rest = [t for t in sent if t.i not in phrase]
    start, end = _span_chars(rest)
    cue_start, cue_end = token.idx, to.idx + len(to.text)
    return Quote(
        kind=_kind(doc, start, end),
        cue=doc.text[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        start=start,
        end=end,
        content=doc.text[start:end],
        source_start=source_start,
        source_end=source_end,
        source=doc.text[source_start:source_end],
        speaker=_actor_at(actor_mentions, source_start, source_end, doc),
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
