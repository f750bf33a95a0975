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

from wirecode.nlp.views import text_of, tokens_starting_in
from wirecode.quotes.cues import (
    AS_CUES,
    ATTITUDE_ADJECTIVES,
    CUE_VERBS,
    EVIDENT_ADJECTIVES,
    INTENT_CUES,
    INTENT_NOUNS,
    LIGHT_NOUNS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    MEDIA_WORDS,
    NAMING_CUES,
    NOUN_CUES,
    OBJECT_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    PREP_NOUNS,
    SEEMING,
    SPEECH,
    lemma_of,
)
from wirecode.quotes.marks import QUOTE_CHARS, region_at, regions
from wirecode.records import ActorRef

__all__ = ["CUE_VERBS", "MEDIA_WORDS", "Quote", "find_quotes", "nested", "reporting_sources"]

QUOTE_MARKS = QUOTE_CHARS
SOURCE_DEPS = ("nsubj", "nsubjpass")
CONTENT_DEPS = ("ccomp", "parataxis")
FEELING = (
    *"incense anger outrage frustrate alarm concern convince persuade surprise shock".split(),
    *"disappoint worry please upset",
)
FINDING = ("find", "show", "determine", "rule", "order", "publish", "document", "project")
ADJECTIVE_PREPS = ("of", "about", "over", "with", "toward", "towards", "on")
DASHES = ("―", "—", "--", "–")
MAX_NAME = 8  # tokens of a speaker named before a colon or after a dash


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
        if tokens[-1].text == ")" and any(t.text == "(" for t in tokens):
            break  # "Alliance to Reclaim Our Schools (AROS)"
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
        if child.dep_ in ("dobj", "dative") and lemma_of(verb) in (
            "tell",
            "inform",
            "assure",
            "urge",
        ):
            return _actor_at(actor_mentions, *_span_chars(list(child.subtree)), doc)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            return _actor_at(actor_mentions, *_span_chars(list(child.subtree)), doc)
    return None


def _kind(doc, start: int, end: int) -> str:
    text = text_of(doc)[start:end]
    inside = any(mark in text for mark in QUOTE_MARKS)
    before = text_of(doc)[max(0, start - 2) : start]
    after = text_of(doc)[end : end + 2]
    if any(m in before for m in QUOTE_MARKS) and any(m in after for m in QUOTE_MARKS):
        return "direct"
    if inside:
        stripped = text.strip(" ,.")
        whole = stripped[:1] in QUOTE_MARKS and stripped[-1:] in QUOTE_MARKS
        return "direct" if whole and sum(text.count(m) for m in QUOTE_MARKS) == 2 else "mixed"
    return "indirect"


def _content(verb):
    """(token, tokens, extra cue tokens) of what a cue reports: its clause ("said that ..."),
    its infinitive ("wants to run"), a preposition's object ("called for talks"), or its
    direct object ("denied the report"); None when it reports nothing."""
    lemma = lemma_of(verb)
    children = list(verb.children)
    for child in children:
        if child.dep_ in CONTENT_DEPS and lemma in CUE_VERBS:
            return child, _from_subject(child, _before_second_cue(child, _subtree(child))), []
    if lemma in SPEECH:
        clause = _stray_that_clause(verb)
        if clause is not None:
            return clause, _subtree(clause), []
    for child in children:
        if child.dep_ == "xcomp" and lemma in INTENT_CUES and child.i > verb.i:
            on = _addressee_on(verb, child)  # "called on police to release the videos"
            if on is not None:
                return child, list(verb.doc[on.i + 1 : child.right_edge.i + 1]), [on]
            return child, _with_object(verb, child, _subtree(child)), []
    preps = PREP_CUES.get(lemma, frozenset()) | PREP_CUES.get(_with_particle(verb), frozenset())
    last = max([verb.i, *(c.i for c in children if c.dep_ == "prt" and c.i == verb.i + 1)])
    last = max(
        [last, *(c.i for c in children if c.dep_ == "advmod" and c.left_edge.i == last + 1)]
    )  # "spoke emotionally of"
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > verb.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tokens = _with_object(verb, child, [t for t in _subtree(child) if t.i > child.i])
                tokens = _with_as(verb, tokens)
                return objects[0], tokens, [child] if child.i == last + 1 else []
    light = _light_construction(verb)
    if light is not None:
        return light
    if lemma in OBJECT_CUES or _phrasal(verb) or _judged_as(verb):
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects and lemma in NAMING_CUES:
            objects = [c for c in children if c.dep_ == "oprd" and c.i > verb.i][:1]
        for child in objects:  # "called Trump a liar", parsed with Trump as a predicate too
            tokens = _subtree(child)
            for other in children:  # "called him a liar", "described it as a hoax"
                if other.dep_ in ("oprd", "ccomp", "xcomp") and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
                if other.dep_ == "prep" and other.lower_ == "as" and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
            return child, tokens, []
    for child in children:
        if _object_clause(verb, child):
            tokens = _subtree(child)
            tokens = _before_second_cue(child, tokens)
            if child.dep_ == "advcl":  # "said after the talks he would": from the subject
                first = min(
                    c.left_edge.i
                    for c in child.children
                    if c.i < child.i and (c.dep_ in ("mark", "nsubj") or c.lower_ == "that")
                )
                tokens = [t for t in tokens if t.i >= first]
            return child, tokens, []
    for child in children:  # "what Liz Wahl said", "which the bank detailed": the pronoun
        if child.dep_ == "dobj" and child.i < verb.i and child.tag_ in ("WDT", "WP"):
            if lemma in SPEECH:
                return child, [child], []
    return None


def _from_subject(clause, tokens) -> list:
    """A reported clause without "that" starts at its subject: a phrase between the cue
    and the subject tells when or where it was said ("said after the vote he would ...",
    "said on Monday the plan ..."), whatever the parser hung it on."""
    if clause.i < clause.head.i or any(c.dep_ == "mark" for c in clause.children):
        return tokens
    subjects = [c for c in clause.children if c.dep_ in SOURCE_DEPS and c.i < clause.i]
    if not subjects:
        return tokens
    first = subjects[0].left_edge.i
    before = [t for t in tokens if t.i < first]
    if not before or any(t.head.i not in {b.i for b in before} | {clause.i} for t in before):
        return tokens
    if not all(t.dep_ in ("prep", "npadvmod") for t in before if t.head.i == clause.i):
        return tokens
    return [t for t in tokens if t.i >= first]


def _object_clause(verb, child) -> bool:
    """A clause after a verb whose object is the content ("condemned what he called a
    breach", "decided she should share the honor", "discussed how ..."), or a "that" clause
    or a clause with its own subject and no conjunction that the parser hung on a verb of
    saying as an adverbial ("tweeted in the early hours that ...", "said after the talks he
    would ...")."""
    if child.i < verb.i:
        return False
    lemma = lemma_of(verb)
    if child.dep_ == "ccomp":
        return lemma in OBJECT_CUES or lemma in INTENT_CUES
    marks = [c for c in child.children if c.dep_ == "mark"]
    return (
        child.dep_ == "advcl"
        and lemma in SPEECH
        and (
            any(c.lower_ == "that" for c in marks)
            or not marks
            and any(c.dep_ == "nsubj" for c in child.children)
            and not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in child.children)
        )
    )


def _with_as(verb, tokens) -> list:
    """A content and the "as" phrase of the verb right after it: "went after Trump as a
    con artist" reports "Trump as a con artist"."""
    if not tokens:
        return tokens
    after = tokens[-1].i + 1
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i == after:
            return list(verb.doc[tokens[0].i : child.right_edge.i + 1])
    return tokens


def _stray_that_clause(verb):
    """The "that" clause of a verb of saying that the parser hung on a noun after it ("told
    a meeting of island leaders that few people understood ...", "told his proteges on a
    regular basis that ..."): "that" is its complementizer, not a relative pronoun, and
    only nouns and prepositions lie between it and the verb, none a noun of saying."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("relcl", "acl"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        head = token.head
        while head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "PRON", "ADP", "NUM"):
            if lemma_of(head) in LIGHT_NOUNS:
                break  # "his message that ...": the noun's own clause
            head = head.head
        if head.i == verb.i:
            return token
    return None


def _as_clause(verb) -> bool:
    """A cue in an "as" clause reports the clause it hangs on, before or after it ("As the
    senator said, the bill is dead"; "..., as a Homeland Security memo put it"): a verb of
    saying, or "put it"."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    ):
        return False
    put_it = lemma_of(verb) == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )
    return put_it or lemma_of(verb) in SPEECH


def _light_construction(verb):
    """(object, content tokens, extra cue tokens) of a light verb and a noun of saying or
    attitude: "made the case for Clinton", "expressed deep concern about the policy",
    "has questions about his returns" report the preposition's object, the cue running
    from the verb to the preposition; None for any other verb."""
    if lemma_of(verb) not in LIGHT_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i or lemma_of(noun) not in LIGHT_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in LIGHT_PREPS or prep.i < noun.i:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects and prep.left_edge.i == prep.i:
                extra = list(verb.doc[verb.i + 1 : prep.i + 1])
                return objects[0], [t for t in _subtree(prep) if t.i > prep.i], extra
    return None


def _addressee_on(verb, infinitive):
    """The "on" right after a verb whose object, before the infinitive, is the one called on
    ("called on police to release", "calls on Dean to apologize"), if any."""
    on = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if on is None or on.lower_ != "on" or on.head.i != verb.i or on.dep_ not in ("prep", "prt"):
        return None
    objects = [c for c in on.children if c.dep_ == "pobj" and c.i < infinitive.i]
    return on if objects else None


def _with_object(verb, complement, tokens) -> list:
    """The content of a cue whose object the content is about or addressed to starts at the
    object: "told his advisers to act", "urged Congress to act", "attacked Clinton for her
    vote" report "his advisers to act", "Congress to act", "Clinton for her vote"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < complement.i]
    if not objects:
        return tokens
    return list(verb.doc[objects[0].left_edge.i : tokens[-1].i + 1]) if tokens else tokens


def _colon_after(tokens):
    """The colon right after a cue ("said:", "scolded him:"), if any."""
    last = max(t.i for t in tokens)
    doc = tokens[0].doc
    if last + 1 < len(doc) and doc[last + 1].text == ":":
        return doc[last + 1]
    return None


def _after_colon(colon, marks) -> tuple[int, int] | None:
    """What follows a colon: the quotation that starts there, else the rest of the line."""
    doc = colon.doc
    text = text_of(doc)
    at = colon.idx + 1
    while at < len(text) and text[at] in " \t":
        at += 1
    block = at < len(text) and text[at] == "\n"  # "Limbaugh added:" over a block quotation
    while at < len(text) and text[at].isspace():
        at += 1
    for region in marks:
        if region[0] == at:
            return _continued(region, marks, text)
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    sent_end = colon.sent.end_char
    end = max(sent_end, colon.idx + 1) if sent_end < line_end and not block else line_end
    end = min(end, line_end)
    while end > at and text[end - 1] in " .\t":
        end -= 1
    return (at, end) if end > at else None


def _continued(region, marks, text) -> tuple[int, int]:
    """A quotation and the quotations that continue it in the sentences that follow, with
    nothing but the speaker's attribution between them ('"...," he said. "..."')."""
    start, end = region
    for other in marks:
        if other[0] < end:
            continue
        between = text[end : other[0]]
        if "\n\n" in between or len(between) > 200:
            break
        if not between.strip(" \t\n"):
            end = other[1]  # paragraph-internal adjacent quotations
            continue
        break
    return start, end


def find_quotes(doc, actor_mentions) -> list[Quote]:
    """Every attribution of a parsed document, in text order."""
    quotes: list[Quote] = []
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = index
    marks = regions(text_of(doc))
    for token in doc:
        quote = None
        if token.pos_ in ("VERB", "AUX") and _is_cue(token):
            quote = _verb_quote(token, actor_mentions, doc, marks)
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            quote = _according_to(token, actor_mentions, doc)
        elif token.pos_ in ("VERB", "AUX") and lemma_of(token) in SEEMING:
            quote = _seeming_quote(token, doc, marks)
        elif token.pos_ == "ADJ" and token.lower_ in EVIDENT_ADJECTIVES:
            quote = _evident_quote(token, actor_mentions, doc, marks)
        elif token.pos_ in ("ADJ", "VERB") and token.lower_ in ATTITUDE_ADJECTIVES:
            quote = _adjective_quote(token, actor_mentions, doc, marks)
        elif token.pos_ == "NOUN" and (
            lemma_of(token) in NOUN_CUES
            or lemma_of(token) in INTENT_NOUNS
            or token.lower_ in PREP_NOUNS
            or lemma_of(token) in PREP_NOUNS
        ):
            quote = _noun_quote(token, actor_mentions, doc, marks)
        elif token.text == ":":
            quote = _colon_quote(token, actor_mentions, doc, marks)
        elif token.text in DASHES or _glued_dash(token):
            quote = _dash_quote(token, actor_mentions, doc, marks)
        if quote is not None:
            quote.sentence_index = sentence_of.get(token.i, 0)
            quotes.append(quote)
    return quotes


def _is_cue(token) -> bool:
    lemma = lemma_of(token)
    if token.pos_ == "AUX" and lemma not in ("say", "think"):
        return False
    return (
        lemma in CUE_VERBS
        or lemma in OBJECT_CUES
        or lemma in INTENT_CUES
        or lemma in PREP_CUES
        and any(c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma] for c in token.children)
        or _with_particle(token) in PREP_CUES
        or _phrasal(token)
        or _judged_as(token)
        or _light_construction(token) is not None
        or _as_clause(token)
    )


def _judged_as(verb) -> bool:
    """A verb of perceiving with an object and an "as" phrase ("saw it as a dig")."""
    if lemma_of(verb) not in AS_CUES:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0].i
        for c in [*verb.children, *objects[0].children]
    )


def _with_particle(verb) -> str:
    """ "lash out" for "lashed out": the lemma and the particle right after it."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    return f"{lemma_of(verb)} {particles[0]}" if particles else lemma_of(verb)


def _phrasal(verb) -> bool:
    """A verb with the particle that makes it a verb of saying ("laid out", "played down")."""
    lemma = lemma_of(verb)
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES for c in verb.children)


def subjects_first(verb) -> int:
    """Token index of the verb's first subject, or the verb's own."""
    return min([c.left_edge.i for c in verb.children if c.dep_ in SOURCE_DEPS] + [verb.i])


def nested(quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue lies inside another quote's content ("I think", said inside a
    quotation): univocal annotations such as PolNeAR's leave them out."""
    return [q for q in quotes if any(o is not q and o.start <= q.cue_start < o.end for o in quotes)]


def _second_cue(verb) -> bool:
    """A verb of saying without a subject, joined by "and" or a participle to the clause
    another cue reports, is the first speaker's second attribution ("Trump said he would
    order a review and warned against hackers"; "She said she believes ..., saying that
    ..."): the parser hangs it inside the first one's content."""
    head = verb.head
    return (
        lemma_of(verb) in SPEECH
        and head.i < verb.i
        and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG")
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
        and (head.dep_ in CONTENT_DEPS or _object_clause(head.head, head))
        and head.head.i < head.i
        and lemma_of(head.head) in CUE_VERBS
    )


def _before_second_cue(clause, tokens) -> list:
    """A reported clause up to the second attribution of the same speaker inside it."""
    for child in clause.children:
        if child.i > clause.i and _second_cue(child):
            tokens = [t for t in tokens if t.i < child.left_edge.i]
            while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
                tokens = tokens[:-1]
            return tokens
    return tokens


def _subjects(verb) -> list:
    """The verb's subject; a coordinated or participial verb's is its head's ("He attacked
    the plan and said ...", "..., saying ..."); an inverted one follows the verb ("...,"
    said Tim Hess)."""
    current = verb.head.head if _second_cue(verb) else verb
    for _ in range(3):
        found = [c for c in current.children if c.dep_ in SOURCE_DEPS]
        after = [c for c in found if c.i > current.i]
        if after and any(t.text in QUOTE_MARKS for t in verb.doc[found[0].i : current.i]):
            return after  # '"... Full panic mode," said Leslie Wimes': not the quoted noun
        later = [
            c
            for c in found[1:]
            if any(t.text in QUOTE_MARKS for t in verb.doc[found[0].i : c.left_edge.i])
        ]
        if later:
            return later  # '"My reaction, that was outrageous," the strategist said'
        if found:
            return found
        if current.dep_ == "conj" or (
            current.dep_ in ("advcl", "xcomp") and current.tag_ in ("VBG", "VB")
        ):
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.tag_ == "VBG":
            current = current.head.head  # "began by saying ...", "was criticised for saying ..."
            continue
        break
    after = [
        c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i == verb.i + 1
    ]
    if after and any(c.i < verb.i and c.dep_ in CONTENT_DEPS for c in verb.children):
        return after  # '"...," said Tim Hess' parsed with the speaker as object
    return []


def _source_span(subject, cue_start_token, doc) -> tuple[int, int]:
    """The whole noun phrase of the speaker, with its titles, appositions and relative
    clauses, and the punctuation that closes it before the cue ("Brian Fallon, the
    campaign's press secretary, said")."""
    tokens = list(doc[subject.left_edge.i : subject.right_edge.i + 1])
    if subject.i < cue_start_token.i:
        tokens = list(doc[subject.left_edge.i : cue_start_token.i])
        while tokens and (tokens[-1].is_space or tokens[-1].dep_ in ("advmod", "aux", "neg")):
            tokens = tokens[:-1]
        if any(
            not (t.is_punct or t.is_space) for t in tokens[subject.right_edge.i - tokens[0].i + 1 :]
        ):
            tokens = list(doc[subject.left_edge.i : subject.right_edge.i + 1])
        tokens = _without_aside(subject, tokens)
    dashes = [
        t.i
        for t in tokens
        if t.text in (*DASHES, "-")
        and t.whitespace_
        and t.i < subject.i
        and t.i > tokens[0].i
        and t.doc[t.i - 1].whitespace_
    ]
    if dashes:  # "BRUSSELS - European leaders said": a dateline before the speaker
        tokens = [t for t in tokens if t.i > dashes[-1]]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    for child in subject.children:  # "A group of doctors in 2015 wrote": when, not who
        if (
            child.dep_ == "prep"
            and child.i > subject.i
            and tokens
            and child.right_edge.i == tokens[-1].i
            and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if t.i > child.i)
        ):
            tokens = [t for t in tokens if t.i < child.i]
    while tokens and (tokens[-1].is_space or tokens[-1].text in QUOTE_MARKS + "''``"):
        tokens = tokens[:-1]
    if tokens and tokens[-1].text in ("(",):
        tokens = tokens[:-1]
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_aside(subject, tokens) -> list:
    """A speaker before the cue without the participle set off by commas that tells what
    they were doing ("Trump, speaking to veterans, said"); appositions and relative clauses
    stay ("Brian Fallon, the campaign's press secretary, said")."""
    for child in subject.children:
        if child.i < subject.i or child.dep_ != "acl" or child.tag_ != "VBG":
            continue
        comma = child.left_edge.i - 1
        if comma > tokens[0].i and child.doc[comma].text == ",":
            return [t for t in tokens if t.i < comma]
    return tokens


def _infinitive_of(verb) -> bool:
    """A cue in the infinitive that takes its speaker from the verb before it."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and verb.head.i < verb.i
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
    )


def _cue_span(verb, subject, extra) -> list:
    """The cue: the verb with its auxiliaries, negation and adverbs between the speaker and
    the verb ("has also said", "did not immediately respond"), its particle, and the
    preposition that introduces the content ("called for")."""
    doc = verb.doc
    first = verb.i
    floor = subject.right_edge.i if subject is not None and subject.i < verb.i else -1
    while (
        first - 1 > floor
        and doc[first - 1].head.i == verb.i
        and doc[first - 1].dep_
        in (
            "aux",
            "auxpass",
            "neg",
            "advmod",
        )
    ):
        first -= 1
        if doc[first].dep_ == "advmod" and doc[first].left_edge.i > floor:
            first = min(first, doc[first].left_edge.i)  # "almost immediately disclosed"
    if _infinitive_of(verb) and verb.i - verb.head.i <= 3:  # "went on to explain", "had to"
        head = verb.head
        if head.dep_ == "acomp" and head.head.i < head.i:
            head = head.head  # "won't be able to brag about": from the adjective's verb
        first = min(first, _cue_span(head, subject, [])[0].i)
    tokens = list(doc[first : verb.i + 1])
    tokens += [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    after = max(t.i for t in tokens) + 1
    manner = [
        c
        for c in verb.children
        if c.dep_ == "advmod" and c.pos_ == "ADV" and c.left_edge.i == after
    ]
    if manner:  # "said sarcastically", "complain bitterly", "speaks more frequently"
        tokens += list(doc[after : manner[0].i + 1])
    tokens += extra
    return sorted(tokens, key=lambda t: t.i)


def _quote(doc, kind_span, content, cue_tokens, source, actor_mentions, verb=None) -> Quote:
    start, end = content
    cue_start, cue_end = cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1].text)
    source_start, source_end = source if source else (None, None)
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


def _clean(text: str) -> str:
    """The words of a content span without its enclosing quotation marks."""
    text = text.strip()
    for _ in range(2):
        text = text.strip(QUOTE_MARKS + "'`").strip(" ,.").strip()
    lone = [mark for mark in QUOTE_MARKS if text.count(mark) == 1]
    if sum(text.count(mark) for mark in QUOTE_MARKS) == 1:  # 'China “will not' (its close cut)
        text = text.replace(lone[0], "")
    return text


def _snap(start: int, end: int, marks, text: str) -> tuple[int, int]:
    """A content span that is a quotation, or mostly one, becomes the whole quotation with
    its marks and the quotations continuing it."""
    region = region_at(marks, start, end)
    if region is None:
        return start, _closed(start, end, marks, text)
    inside = min(end, region[1]) - max(start, region[0])
    if inside < 0.6 * (end - start):  # a mixed quote: 'said the talks were "constructive"'
        return start, _closed(start, end, marks, text)
    first, last = _continued(region, marks, text)
    return min(start, first), last  # '... says that "there were issues"' keeps its "that"


def _closed(start: int, end: int, marks, text: str) -> int:
    """The end of a content span that stops inside a quotation it opened, moved past the
    quotation's closing punctuation and mark ('called it "a disgrace."')."""
    for region in marks:
        if start <= region[0] < end < region[1] and not text[end : region[1]].strip(
            QUOTE_MARKS + "'.,!?;: "
        ):
            return region[1]
    return end


def _after_break(verb) -> bool:
    """A clause-final cue set off from the clause it reports ("The talks were useful, Xi
    said"): its head comes first and a comma, dash or quotation mark opens its own clause.
    A cue inside what another cue reports ("Obama says the museum will tell ...") is not."""
    if verb.head.i >= verb.i:
        return False
    left = verb.left_edge.i
    return left > 0 and verb.doc[left - 1].text in (",", "--", *DASHES, *QUOTE_MARKS, "''")


def _verb_quote(verb, actor_mentions, doc, marks) -> Quote | None:
    found = _content(verb)
    if found is None and _passive_object(verb) is not None:
        return _passive_quote(verb, actor_mentions, doc, marks)
    inverted = None
    extra: list = []
    if found is None and _as_clause(verb):  # "..., as a memo put it", "As Xi said, ..."
        inverted = verb.head
        extra = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"]
    elif found is None and (
        verb.dep_ == "parataxis" or verb.dep_ in ("ccomp", "advcl") and _after_break(verb)
    ):
        inverted = verb.head  # "The talks were useful, Xi said": the head clause is said
        if lemma_of(verb) not in CUE_VERBS:
            return None
    subjects = _subjects(verb)
    if not subjects:
        return _unsourced(verb, found, marks, actor_mentions)
    subject = subjects[0]
    if verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") and lemma_of(verb) not in CUE_VERBS:
        return None  # "groups that don't disclose their fundraising": a description
    if found is not None:
        content, tokens, extra = found
        if content.i < verb.i:  # "X is wrong, he said": the clause before the cue
            tokens = [t for t in tokens if t.i < verb.i and t.i < subject.left_edge.i]
    elif inverted is not None:
        head_tokens = _subtree(inverted)
        tokens = [t for t in head_tokens if t.i < subject.left_edge.i and t.i < verb.i]
        if head_tokens and head_tokens[-1].i > verb.i and tokens:
            tokens = [t for t in head_tokens if t.i not in {x.i for x in verb.subtree}] or tokens
    else:
        tokens = []
    cue = _cue_span(verb, subject, extra)
    colon = _colon_after(cue)
    span = None
    if found is None and inverted is None:
        span = _quotation_before(min(subject.left_edge.i, cue[0].i), marks, doc)
        span = span or _quotation_after(cue[-1], marks, doc)
        if span is None and colon is None:
            return None
    if colon is not None and (found is None or found[0].i > colon.i):
        span = _after_colon(colon, marks)
        cue = [*cue, colon]
    if span is None:
        if not tokens:
            return None
        span = _span_chars(tokens)
    start, end = span
    if end <= start:
        return None
    kind_span = (start, end)
    start, end = _snap(start, end, marks, text_of(doc))
    source = _source_span(subject, cue[0], doc)
    if source[1] <= source[0] or _passive_target(verb, subject):
        source = None  # "X is expected to win", "X was criticized for": X is not the speaker
    if end <= cue[0].idx:  # '"...," he said. "..."': the quotation goes on after the cue
        end = _resumed(end, max(cue[-1].idx + len(cue[-1]), source[1] if source else 0), marks, doc)
    return _quote(doc, kind_span, (start, end), cue, source, actor_mentions, verb)


def _passive_target(verb, subject) -> bool:
    """The subject of a cue in the passive is what is said or judged, not who says it ("He
    has been harshly criticized for ...", "Obama's veto is expected"), unless the verb is
    one of feeling, whose passive subject feels ("Protesters were frustrated that ...")."""
    return (
        subject.dep_ == "nsubjpass" and subject.head.i == verb.i and lemma_of(verb) not in FEELING
    )


def _passive_object(verb):
    """The subject of a passive verb whose active object is what is said or judged ("The
    registration issue was first reported by The Washington Post"), if any."""
    if verb.tag_ != "VBN" or lemma_of(verb) not in OBJECT_CUES:
        return None
    if (lemma_of(verb) not in SPEECH or lemma_of(verb) in FINDING) and not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None  # "was released", "a device was found": said by no one, no attribution
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _passive_quote(verb, actor_mentions, doc, marks) -> Quote | None:
    """A passive cue: its subject is the content and the object of its "by" the source
    ("The nominee has been endorsed by dozens of papers"); the "by" stays out of the cue."""
    content = _passive_object(verb)
    if any(t.text in QUOTE_MARKS for t in content.subtree):
        return None  # a quotation as subject: its speaker is the question, not its topic
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    cue = _cue_span(verb, content, [])
    source = None
    if agent is not None:
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        if objects:
            source = _span_chars(list(objects[0].subtree))
    start, end = _span_chars(list(content.subtree))
    if end <= start:
        return None
    start, end = _snap(start, end, marks, text_of(doc))
    return _quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


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
    start, end = _span_chars(tokens)
    if end <= start:
        return None
    kind_span = (start, end)
    start, end = _snap(start, end, marks, text_of(doc))
    return _quote(
        doc, kind_span, (start, end), _cue_span(verb, None, extra), None, actor_mentions, verb
    )


def _quotation_before(first: int, marks, doc) -> tuple[int, int] | None:
    """The quotation that ends just before an attribution clause starting at token `first`
    ('"Wall Street\'s a cynical place," said Tim Hess'), with nothing but a comma between."""
    text = text_of(doc)
    at = doc[first].idx
    for region in marks:
        if region[1] <= at and not text[region[1] : at].strip(" ,\t"):
            return region
    return None


def _quotation_after(last, marks, doc) -> tuple[int, int] | None:
    """The quotation that opens right after a cue and a comma ('O'Neill said, "Not going to
    go into that."'), with the quotations that continue it."""
    text = text_of(doc)
    at = last.idx + len(last)
    for region in marks:
        if region[0] >= at and not text[at : region[0]].strip(" ,\t"):
            return _continued(region, marks, text)
        if region[0] >= at:
            break
    return None


def _resumed(end: int, after: int, marks, doc) -> int:
    """Where a quotation interrupted by its attribution ends: the quotation that resumes
    right after the speaker and cue ('"...," Mr. Barrett said. "..."', '"...," he said
    in a statement, "..."') continues the content, unless another cue claims it."""
    text = text_of(doc)
    following = next((r for r in marks if r[0] >= after), None)
    if following is None:
        return end
    gap = tokens_starting_in(doc, after, following[0])
    between = text[after : following[0]]
    if len(gap) > 8 or "\n" in between and (between.strip(" .\n") or "\n\n" not in between):
        return end  # the next paragraph may go on quoting: '... he said.\n\n"Right now ..."'
    if any(t.pos_ in ("VERB", "AUX") for t in gap):
        return end  # '"...," he said, adding that ... "...": another clause
    resumed = _continued(following, marks, text)
    last = doc.char_span(resumed[1] - 1, resumed[1], alignment_mode="expand")
    for token in doc[last.end if last is not None else len(doc) :]:
        if token.is_sent_start or "\n" in token.text:
            break
        if token.pos_ == "VERB" and lemma_of(token) in CUE_VERBS:
            return end  # '"...," he said. "...," she added': the next one is hers
    return resumed[1]


def _name_tokens(tokens) -> bool:
    """A short speaker's name: a proper noun or a pronoun, and no verb."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return (
        0 < len(words) <= MAX_NAME
        and words[0].pos_ in ("PROPN", "PRON", "DET", "ADJ", "NOUN")
        and any(t.pos_ == "PROPN" for t in words)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _headline_name(tokens, line_start: int) -> bool:
    """A headline's one capitalised word before its colon ("Poll: Clinton and Trump in dead
    heat", "Sanders: Clinton needs to ..."): the source, however the tagger reads a word
    without a sentence around it; only on the first line, where the headline stands."""
    return (
        line_start == 0
        and len(tokens) == 1
        and tokens[0].is_alpha
        and tokens[0].is_title
        and tokens[0].pos_ not in ("DET", "ADP", "CCONJ", "VERB", "AUX")
    )


def _colon_quote(colon, actor_mentions, doc, marks) -> Quote | None:
    """ "Pat Caddell: Democrat voters worried ..." — a speaker, a colon and what they said."""
    if colon.i > 0 and _is_cue(doc[colon.i - 1]):
        return None  # "said:" belongs to the verb
    line_start = text_of(doc).rfind("\n", 0, colon.idx) + 1
    before = [t for t in colon.sent if t.i < colon.i and t.idx >= line_start]
    while before and before[0].text in (*QUOTE_MARKS, "''", "``"):
        before = before[1:]  # '"WALLACE: But, Governor ...': a transcript opened by a mark
    if not before or not (_name_tokens(before) or _headline_name(before, line_start)):
        return None
    span = _after_colon(colon, marks)
    if span is None:
        return None
    source = _span_chars(before)
    return _quote(doc, span, span, [colon], source, actor_mentions)


def _glued_dash(token) -> bool:
    """A closing mark and a dash the tokenizer kept together ('wall.”― Jorge Falcon')."""
    return len(token.text) == 2 and token.text[0] in QUOTE_MARKS and token.text[1] in DASHES


def _dash_quote(dash, actor_mentions, doc, marks) -> Quote | None:
    """'"We can build a wall." ― Jorge Falcon': a quotation signed by a dash and a name."""
    text = text_of(doc)
    at = dash.idx + len(dash.text) - 1 if _glued_dash(dash) else dash.idx
    before = text[:at].rstrip()
    if not before or before[-1] not in QUOTE_MARKS + "'":
        return None
    region = next((r for r in marks if r[1] == len(before)), None)
    if region is None:
        return None
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    after = [t for t in doc[dash.i + 1 :] if t.idx < line_end]
    name = []
    for token in after:
        if token.text in QUOTE_MARKS or token.text in ("''", "``"):
            break
        name.append(token)
    if not _name_tokens(name):
        return None
    start = region[0]
    for other in reversed(marks):  # the quotations of the same paragraph before it
        if other[1] <= start and not text[other[1] : start].strip():
            start = other[0]
    quote = _quote(doc, region, (start, region[1]), [dash], _span_chars(name), actor_mentions)
    end = dash.idx + len(dash)
    quote.cue, quote.cue_start, quote.cue_end = text[at:end], at, end
    return quote


def _noun_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """ "Trump's claim that there were thousands of shootings": a noun of saying or believing,
    its "that" clause (not a relative clause) the content and its possessor the source."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl", "appos") or clause.i < noun.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        start, end = _span_chars(_subtree(clause))
        start, end = _snap(start, end, marks, text_of(doc))
        return _quote(doc, (start, end), (start, end), [noun], _noun_source(noun), actor_mentions)
    found = _noun_complement(noun)
    source = _noun_source(noun)
    if found is None or source is None:  # unowned ("the decision to ..."): too often no one's
        return None
    tokens, cue = found
    cue = [*_noun_modifiers(noun), *cue]
    start, end = _snap(*_span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    return _quote(doc, (start, end), (start, end), cue, source, actor_mentions)


def _noun_modifiers(noun) -> list:
    """The adjectives right before a noun cue, which say what kind of saying it is ("his
    latest effort", "long-standing ideas about")."""
    doc = noun.doc
    first = noun.i
    while first - 1 >= 0:
        modifier = next(
            (t for t in noun.lefts if t.dep_ == "amod" and t.right_edge.i == first - 1), None
        )
        if modifier is None:
            break
        first = modifier.left_edge.i
    while first < noun.i and doc[first].is_punct:
        first += 1
    return list(doc[first : noun.i])


def _noun_complement(noun):
    """(content tokens, cue tokens) of a noun of intention with its infinitive ("plan to
    raise taxes") or of attitude with its preposition ("disdain for the nominee"), else
    None."""
    lemma = lemma_of(noun)
    for child in noun.children:
        if child.i < noun.i:
            continue
        if (
            child.dep_ in ("acl", "xcomp")
            and lemma in INTENT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return _subtree(child), [noun]
        preps = PREP_NOUNS.get(noun.lower_) or PREP_NOUNS.get(lemma, frozenset())
        if child.dep_ == "prep" and child.lower_ in preps and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return [t for t in _subtree(child) if t.i > child.i], [noun, child]
    return None


def _adjective_quote(adjective, actor_mentions, doc, marks) -> Quote | None:
    """ "Republicans seem confident they have the votes": a predicate adjective of certainty
    or feeling, its clause the content, the subject of its verb the source."""
    verb = adjective.head
    if adjective.dep_ not in ("acomp", "oprd") or verb.i > adjective.i:
        return None
    clauses = [c for c in adjective.children if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i]
    last = adjective
    if not clauses:  # "critical of Trump", "worried about the cost": the object, and the
        clauses, last = _adjective_object(adjective)  # preposition joins the cue
    subjects = _subjects(verb)
    if not clauses or not subjects:
        return None
    start, end = _snap(*_span_chars(_subtree(clauses[0])), marks, text_of(doc))
    if end <= start:
        return None
    cue = list(doc[_cue_span(verb, subjects[0], [])[0].i : last.i + 1])
    source = _source_span(subjects[0], cue[0], doc)
    source = source if source[1] > source[0] else None
    return _quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _adjective_object(adjective) -> tuple[list, object]:
    """([object], preposition) of an attitude adjective's prepositional object right after
    it ("critical of Trump", "concerned about the shift"), or ([], adjective)."""
    for prep in adjective.children:
        if prep.dep_ == "prep" and prep.i == adjective.i + 1 and prep.lower_ in ADJECTIVE_PREPS:
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[:1], prep
    return [], adjective


def _noun_source(noun) -> tuple[int, int] | None:
    """Who a noun cue belongs to: its possessor ("Trump's claim"), the name it is
    compounded with ("a New York Times report"), or the object of "from" or "by" after it
    ("warnings from his attorney")."""
    before = list(noun.doc[noun.left_edge.i : noun.i])
    if any(t.dep_ == "poss" and t.head.i == noun.i for t in before):
        owner = next(t for t in before if t.dep_ == "poss" and t.head.i == noun.i)
        tokens = list(owner.subtree)
        while tokens and tokens[0].pos_ in ("VERB", "AUX", "ADV", "ADP", "CCONJ"):
            tokens = tokens[1:]  # "largely repeated China's comments": not the owner's words
        return _span_chars(tokens)
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.i == noun.i for t in before):
        return _span_chars(before)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by") and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _span_chars(list(objects[0].subtree))
    return None


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
    return _quote(
        doc, (start, end), (start, end), [token, to], (source_start, source_end), actor_mentions
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


def _seeming_quote(verb, doc, marks) -> Quote | None:
    """ "Melania seems to have vanished", "That looks unlikely", "it appeared that ...": a
    verb of seeming with its infinitive, adjective or clause is the writer's judgement, no
    one's words: the content is the whole clause, cue included, and there is no source."""
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
        )
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not complements or not subjects or _is_cue(complements[0]):
        return None  # "appeared to blame": the verb of saying is the cue, as PolNeAR has it
    complement = complements[0]
    if complement.dep_ == "ccomp":  # "it appeared that Trump was unable ..."
        tokens = _subtree(complement)
    else:
        tokens = list(doc[subjects[0].left_edge.i : complement.right_edge.i + 1])
    start, end = _snap(*_span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    return _quote(doc, (start, end), (start, end), _cue_span(verb, subjects[0], []), None, [])


def _infinitive(verb) -> bool:
    """A verb with "to" ("seems to have vanished"); "looks to shore up" is aiming, not
    seeming, and "look" takes an adjective only."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _wh_clause(clause) -> bool:
    """A clause opened by "what", "whether" or "if" ("it is not clear what effect it might
    have"): a question left open, no claim to attribute."""
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WRB", "WP$") or first.lower_ in ("whether", "if")


def _evident_quote(adjective, actor_mentions, doc, marks) -> Quote | None:
    """ "It is clear that ...", "Nor is it obvious that ...": an adjective of evidence with
    "it" and a clause is the writer's judgement, the cue running from the first word of the
    frame to the adjective; "Ham made it clear (that) he ..." is Ham's."""
    verb = adjective.head
    clauses = [
        c
        for c in [*adjective.children, *verb.children]
        if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i and not _wh_clause(c)
    ]
    it = [
        c for c in [*verb.children, *adjective.children] if c.lower_ == "it" and c.i < adjective.i
    ]
    if not clauses or not it or adjective.dep_ not in ("acomp", "ccomp", "oprd"):
        return None
    start, end = _snap(*_span_chars(_subtree(clauses[0])), marks, text_of(doc))
    if end <= start:
        return None
    if lemma_of(verb) == "make":  # "made it clear": the maker is the source
        subjects = _subjects(verb)
        if not subjects:
            return None
        cue = list(doc[_cue_span(verb, subjects[0], [])[0].i : adjective.i + 1])
        source = _source_span(subjects[0], cue[0], doc)
        return _quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)
    first = min(it[0].i, _cue_span(verb, None, [])[0].i)
    if first > 0 and doc[first - 1].dep_ == "cc" and doc[first - 1].head.i == verb.i:
        first -= 1  # "Nor is it clear"
    cue = list(doc[first : adjective.i + 1])
    return _quote(doc, (start, end), (start, end), cue, None, actor_mentions)
