"""A quote as a record: its spans, kind, speaker, addressee and medium, built from tokens.

`Quote` holds character offsets into the document text; `build_quote` makes one from the
content span, the cue tokens and the source span, resolving the speaker and addressee
through the document's actor mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecode.nlp import TITLE_ABBREVIATIONS
from wirecode.nlp.views import text_of
from wirecode.quotes.cues import CONNECTIVES, MEDIA_WORDS, lemma_of
from wirecode.quotes.marks import QUOTE_CHARS
from wirecode.records import ActorRef

SOURCE_DEPS = ("nsubj", "nsubjpass")


CONTENT_DEPS = ("ccomp", "parataxis")


DASHES = ("―", "—", "--", "–")


# what sets a clause off from the one before it: a comma, a dash or a quotation mark
CLAUSE_BREAKS = frozenset((",", *DASHES, *QUOTE_CHARS, "''"))
# A title abbreviation right before names ("Sens. John McCain and Lindsey Graham", "Sgt.
# John Smith"), which the tokenizer may split off as a sentence of its own.
TITLE_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.\s+)+$")


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
    aside: tuple[int, int] | None = None  # the attribution inside a quotation it interrupts
    quoted: bool = False  # the cue lies inside a quotation: someone's words, not the writer's
    quotation: tuple[int, int] | None = None  # that quotation's characters, marks included
    clause: tuple[int, int] | None = None  # a quoted cue's own clause, if its content is wider

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


def span_chars(tokens) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTE_CHARS:
        if tokens[-1].text == ")" and any(t.text == "(" for t in tokens):
            break  # "Alliance to Reclaim Our Schools (AROS)"
        tokens = tokens[:-1]
    while tokens and tokens[0].is_punct and tokens[0].text not in QUOTE_CHARS:
        tokens = tokens[1:]
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def subtree_of(token, *, skip: tuple[str, ...] = ()) -> list:
    """A token's subtree as a contiguous run, leaving out children of the deps in `skip`."""
    left, right = token.i, token.i
    for child in token.children:
        if child.dep_ in skip:
            continue
        left, right = min(left, child.left_edge.i), max(right, child.right_edge.i)
    return list(token.doc[left : right + 1])


def _actor_at(actor_mentions, start: int, end: int, doc) -> ActorRef | None:
    """The actor named in a character span: the mention that holds the phrase's head word
    ("Chinese President Xi Jinping" is Xi, not the China of "Chinese"), else the first
    person whose mention lies inside ("SAN FRANCISCO, Nov 16 (Reuters) - Chinese President
    Xi Jinping", where the phrase's head is the dateline's), else the first mention."""
    inside = [m for m in actor_mentions if start <= doc[m.head].idx < end]
    span = doc.char_span(start, end, alignment_mode="expand") if inside else None
    if span is not None and len(span):
        root = span.root.i
        # stable: the head's mention, then people, then text order
        inside.sort(key=lambda m: (not m.start <= root < m.end, m.actor.kind != "person"))
    if not inside:
        return None
    return inside[0].members[0] if inside[0].members else inside[0].actor


def _medium(verb) -> str | None:
    """Where the words were said or written: "on Twitter", "in a readout", "at a press
    conference", or the document the report relies on ("according to a readout from
    Beijing": a readout from Beijing)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "via"):
            words = {t.lower_ for t in child.subtree}
            if words & MEDIA_WORDS:
                return " ".join(t.text for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                objects = [o for o in to.children if o.dep_ == "pobj"]
                if to.lower_ == "to" and objects and objects[0].lower_ in MEDIA_WORDS:
                    return " ".join(t.text for t in objects[0].subtree)
    return None


def _addressee(verb, actor_mentions, doc) -> ActorRef | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and lemma_of(verb) in (
            "tell",
            "inform",
            "assure",
            "urge",
        ):
            return _actor_at(actor_mentions, *span_chars(list(child.subtree)), doc)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            return _actor_at(actor_mentions, *span_chars(list(child.subtree)), doc)
    return None


def _kind(doc, start: int, end: int) -> str:
    text = text_of(doc)[start:end]
    inside = any(mark in text for mark in QUOTE_CHARS)
    before = text_of(doc)[max(0, start - 2) : start]
    after = text_of(doc)[end : end + 2]
    if any(m in before for m in QUOTE_CHARS) and any(m in after for m in QUOTE_CHARS):
        return "direct"
    if inside:
        stripped = text.strip(" ,.")
        whole = stripped[:1] in QUOTE_CHARS and stripped[-1:] in QUOTE_CHARS
        return "direct" if whole and sum(text.count(m) for m in QUOTE_CHARS) == 2 else "mixed"
    return "indirect"


def _clean(text: str) -> str:
    """The words of a content span without its enclosing quotation marks."""
    text = text.strip()
    for _ in range(2):
        text = text.strip(QUOTE_CHARS + "'`").strip(" ,.").strip()
    lone = [mark for mark in QUOTE_CHARS if text.count(mark) == 1]
    if sum(text.count(mark) for mark in QUOTE_CHARS) == 1:  # 'China “will not' (its close cut)
        text = text.replace(lone[0], "")
    return text


def _without_connective(doc, start: int, end: int) -> int:
    """The start of a content that opens a sentence, after the word that joins the sentence
    to the one before ("But the goal is not revenue, the speech said"; "However, slower
    growth is offset, the report said"; "In addition, the campaign plans ..."): the
    writer's link, not what is reported. A quotation keeps its words; "however" that
    modifies the word after it is no link ("However laudable the goal, ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span[0].is_sent_start or len(span) < 3:
        return start
    first = span[0]
    skip = 0
    if first.lower_ in CONNECTIVES and first.pos_ in ("CCONJ", "ADV"):
        skip = 0 if first.head.i == first.i + 1 and first.head.pos_ in ("ADJ", "ADV") else 1
    elif first.lower_ == "in" and span[1].lower_ in ("addition", "fact"):
        skip = 2
    if not skip:
        return start
    rest = [t for t in span[skip:] if not (t.is_punct and t.text == ",") and not t.is_space]
    return rest[0].idx if rest and rest[0].idx < end else start


def _opens_single(text: str, at: int) -> bool:
    """A single quotation mark opening at `at` ("‘crazy system’", "an 'intentional act'"),
    not an apostrophe ("Trump's", "'90s") nor half of a doubled mark ("''")."""
    if text[at] == "‘":
        return True
    return (
        text[at] == "'"
        and (at == 0 or text[at - 1] in " \t\n(")
        and at + 1 < len(text)
        and text[at + 1].isalpha()
    )


def _closes_single(text: str, at: int) -> bool:
    return text[at] in "’'" and (at + 1 == len(text) or not text[at + 1].isalnum())


def _single_quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """A content keeps the single quotation marks around its words ("Obamacare ‘crazy
    system’", "Chelsea explosion was an 'intentional act.'"): its start moves back over the
    mark that opens its first word when the mark is closed inside it, its end forward over
    the punctuation and mark that close a quotation it opened."""
    if start > 0 and _opens_single(text, start - 1):
        if any(_closes_single(text, i) for i in range(start, end)):
            start -= 1
    opened = None
    for i in range(start, end):
        if _opens_single(text, i):
            opened = i
        elif opened is not None and _closes_single(text, i):
            opened = None
    if opened is not None:
        tail = end
        while tail < len(text) and tail < end + 1 and text[tail] in ".,!?":
            tail += 1
        if tail < len(text) and _closes_single(text, tail):
            end = tail + 1
    return start, end


def _without_dangling_conjunction(doc, start: int, end: int) -> int:
    """The end of a content before a conjunction the parser left at its close ("urges her
    husband to come out of the car and", "stressed that the reforms were not complete,
    and"): it joins what follows, which is not reported, to what is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if not _mark_or_space(t)] if span is not None else []
    if len(tokens) < 2 or tokens[-1].pos_ != "CCONJ":
        return end
    tokens.pop()
    return min(end, tokens[-1].idx + len(tokens[-1].text))


def _mark_or_space(token) -> bool:
    """A space or a punctuation mark other than a quotation mark."""
    return token.is_space or token.is_punct and token.text not in QUOTE_CHARS


def build_quote(doc, kind_span, content, cue_tokens, source, actor_mentions, verb=None) -> Quote:
    start, end = content
    if cue_tokens[-1].text != ":":  # what follows a colon is quoted word for word
        start = _without_connective(doc, start, end)
        end = _without_dangling_conjunction(doc, start, end)
    start, end = _single_quoted(text_of(doc), start, end)
    cue_start, cue_end = cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1].text)
    source_start, source_end = source if source else (None, None)
    if source:
        title = TITLE_BEFORE.search(text_of(doc), max(source_start - 24, 0), source_start)
        if title is not None:  # "Reps. Adam Schiff and Elijah Cummings said": their title
            source_start = title.start()
        source_end = _name_after_title(doc, source_start, source_end)
    return Quote(
        kind=_kind(doc, *kind_span),
        cue=text_of(doc)[cue_start:cue_end],
        cue_start=cue_start,
        cue_end=cue_end,
        start=start,
        end=end,
        content=_clean(text_of(doc)[start:end]),
        source_start=source_start,
        source_end=source_end,
        source=text_of(doc)[source_start:source_end] if source else "",
        speaker=_actor_at(actor_mentions, source_start, source_end, doc) if source else None,
        addressee=_addressee(verb, actor_mentions, doc) if verb is not None else None,
        medium=_medium(verb) if verb is not None else None,
    )


def _name_after_title(doc, start: int, end: int) -> int:
    """The end of a source that closes on a title abbreviation the tokenizer split from the
    name after it ('"We are ready," said Amb. John Smith.', "according to Sgt. John
    Smith": the source had been "Amb"): the name's last word; else `end` as it is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[-1].text not in TITLE_ABBREVIATIONS:
        return end
    first = span[-1].i + 2
    if first >= len(doc) or doc[first - 1].text != ".":
        return end
    last = first
    while last < len(doc) and doc[last].pos_ == "PROPN":
        last += 1
    return end if last == first else doc[last - 1].idx + len(doc[last - 1].text)


def set_end(quote: Quote, doc, end: int) -> None:
    """Shorten a quote's content to end at `end`."""
    quote.end = end
    quote.content = _clean(text_of(doc)[quote.start : end])


def set_span(quote: Quote, doc, start: int, end: int) -> None:
    """Move a quote's content to the characters start to end."""
    quote.start = start
    set_end(quote, doc, end)
