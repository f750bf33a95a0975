"""Attributions signed by punctuation or a phrase: a name and a colon ("WALLACE: ...",
"Poll: ..."), a quotation signed with a dash ('"..." ― Maria Lopez') or set off by dashes
after a name ('Mitt Romney -- "..." --'), "according to"."""

from __future__ import annotations

import re

from wirecode.nlp.views import text_of
from wirecode.quotes.cue_spans import cue_span
from wirecode.quotes.cues import SPEECH, lemma_of
from wirecode.quotes.marks import QUOTE_CHARS
from wirecode.quotes.record import DASHES, SOURCE_DEPS, Quote, build_quote, span_chars
from wirecode.quotes.spans import after_colon
from wirecode.quotes.speakers import source_span, subjects_of
from wirecode.quotes.verbs import is_cue

# a speaker's label opening a transcript's line ("WALLACE:", "Mr. Pence:")
TURN_LABEL = re.compile(r"[A-Z][\w.'’ -]{0,40}:")
NEXT_LABEL = re.compile(r"\n[\"“]?[A-Z][\w.'’ -]{0,40}:")
MAX_NAME = 8  # tokens of a speaker named before a colon or after a dash
# A newspaper's own labels before a colon, which name no speaker ("Correction: ...").
EDITORIAL_LABELS = frozenset(
    ("correction", "corrections", "clarification", "update", "note", "editor 's note")
)
# Nouns of an utterance as the words said, which a clause names before a colon, the words
# after it being what was said ("made the following comment: ...", "The implication is
# clear: ..."); not nouns of a claim, a finding or a view ("released its findings: ...").
SAID_NOUNS = frozenset(
    """comment remark statement message answer response reply word quote implication
    verdict advice""".split()
)


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


def colon_quote(colon, actor_mentions, doc, marks) -> Quote | None:
    """ "Pat Caddell: Democrat voters worried ..." — a speaker, a colon and what they said."""
    named = said_before_colon(colon)
    if named is not None:  # "made the following comment: ..."
        return _said_quote(colon, *named, actor_mentions, marks)
    if colon.i > 0 and is_cue(doc[colon.i - 1]):
        return None  # "said:" belongs to the verb
    line_start = text_of(doc).rfind("\n", 0, colon.idx) + 1
    before = [t for t in colon.sent if t.i < colon.i and t.idx >= line_start]
    opened = bool(before) and before[0].text in (*QUOTE_CHARS, "''", "``")
    while before and before[0].text in (*QUOTE_CHARS, "''", "``"):
        before = before[1:]  # '"WALLACE: But, Governor ...': a transcript opened by a mark
    cue = [colon]
    if len(before) > 1 and _fronted_verb(before[0]):
        cue, before = [before[0]], before[1:]  # 'Said Ellis: "I don't get the sense ..."'
    if not before or not (_name_tokens(before) or _headline_name(before, line_start)):
        return None
    if " ".join(t.lower_ for t in before) in EDITORIAL_LABELS:
        return None  # "Correction: An earlier version ...": the paper's note, no one's words
    span = after_colon(colon, marks, run_on=_headline_name(before, line_start))
    opens_line = before[0].idx <= line_start + 1 and not _headline_name(before, line_start)
    if span is None and opens_line and opened:  # '"WALLACE: But, ...', the parser ending
        at = colon.idx + 1  # a sentence at the colon: the label's line is the turn still
        while at < len(text_of(doc)) and text_of(doc)[at] in " \t":
            at += 1
        span = (at, _line_end(text_of(doc), at))
    if span is None or span[1] <= span[0]:
        return None
    if opens_line:
        span = (span[0], max(span[1], _line_end(text_of(doc), span[0])))
        if opened:  # the speaker's turn goes on over the paragraphs a mark opens
            span = (span[0], _turn_end(text_of(doc), span[1]))
    split = next((t for t in before[1:] if t.lower_ == "on" and t.pos_ == "ADP"), None)
    if split is not None and cue == [colon]:  # "Obama on Climate Change: The Trends Are
        cue = [t for t in before if t.i >= split.i] + [colon]  # 'Terrifying'": the topic
        before = [t for t in before if t.i < split.i]  # belongs to the cue (not "to": test)
    source = span_chars(before)
    return build_quote(doc, span, span, cue, source, actor_mentions)


def said_before_colon(colon):
    """(verb, noun) of a clause that names what someone says as the object of its verb or
    the subject of its copula and ends at a colon, what follows the colon being what was
    said ("Sanders made the following comment: ...", "Obama is rolling out a new message:
    \"It's about me.\"", "The implication is clear: that ..."), else None."""
    doc = colon.doc
    if colon.text != ":" or colon.i == 0:
        return None
    last = doc[colon.i - 1]
    if last.is_punct or last.i < colon.sent.start:
        return None
    for verb in [last, *last.ancestors]:
        if verb.pos_ not in ("VERB", "AUX") or verb.i >= colon.i:
            continue
        if verb.dep_ not in ("ROOT", "ccomp", "conj", "xcomp") or not _ends_at(verb, colon):
            return None
        said = [
            t
            for t in doc[verb.i + 1 : colon.i]
            if t.pos_ == "NOUN" and lemma_of(t) in SAID_NOUNS and _object_of(t, verb)
        ]
        if said:
            return verb, said[0]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and lemma_of(subject) in SAID_NOUNS:
            return verb, subject  # "The implication is clear:", "Her reply came quickly:"
        return None
    return None


def names_said(verb) -> bool:
    """Whether the verb's clause names, before a colon, what is said after it (see
    `said_before_colon`): the attribution is the colon's, not the verb's own."""
    colon = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.text == ":"), None)
    named = said_before_colon(colon) if colon is not None else None
    return named is not None and named[0].i == verb.i


def _ends_at(verb, colon) -> bool:
    """Whether the verb's clause, its subject aside, ends right before the colon."""
    tokens = [t for t in verb.subtree if t.i < colon.i and t.i > verb.i]
    return not tokens or tokens[-1].i == colon.i - 1


def _object_of(noun, verb) -> bool:
    """Whether a noun is the verb's object, or in it or in its "as" phrase ("used one of
    the woman's quotes as its headline")."""
    for token in [noun, *noun.ancestors]:
        if token.head.i == verb.i:
            return token.dep_ in ("dobj", "prep") and (token.dep_ == "dobj" or token.lower_ == "as")
    return False


def _said_quote(colon, verb, noun, actor_mentions, marks) -> Quote | None:
    doc = colon.doc
    if any(start <= colon.idx < end for start, end in marks):
        return None  # '"I will make this promise to you: ..."': the speaker's own words
    span = after_colon(colon, marks)
    if span is None or span[1] <= span[0]:
        return None
    if noun.i < verb.i:  # "Her response was blunt:": its owner says it, if named
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        first = owner.right_edge.i + 1 if owner is not None else noun.left_edge.i
        source = span_chars(list(owner.subtree)) if owner is not None else None
        cue = list(doc[first : colon.i + 1])
        return build_quote(doc, span, span, cue, source, actor_mentions)
    subjects = subjects_of(verb)
    subject = subjects[0] if subjects else None
    cue = list(doc[cue_span(verb, subject, [])[0].i : colon.i + 1])
    source = source_span(subject, cue[0], doc) if subject is not None else None
    return build_quote(doc, span, span, cue, source, actor_mentions, verb)


def _fronted_verb(token) -> bool:
    """A verb of saying that opens its sentence before the speaker's name and a colon, the
    order a reporter inverts for a quotation to come ("Said Ellis:", "Added Smith:")."""
    return (
        token.i == token.sent.start
        and token.is_title
        and token.tag_ in ("VBD", "VBZ")
        and lemma_of(token) in SPEECH
    )


def _line_end(text: str, at: int) -> int:
    """The end of the line `at` is on, without the spaces and quotation marks closing it."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    while end > at and text[end - 1] in " \t":
        end -= 1
    return end


def _turn_end(text: str, end: int) -> int:
    """The end of a transcript's turn that runs on over paragraphs each opened by a
    quotation mark and left open, as a quotation of several paragraphs is printed, up to
    the next speaker's label or a note in brackets ('"(CROSSTALK.)'); the last turn, with
    no label after it, ends with its line."""
    label = NEXT_LABEL.search(text, end)
    if label is None:
        return end  # the last turn: what follows may be the article's own words again
    while text[end - 1 : end] not in QUOTE_CHARS and end < label.start():
        at = end
        while at < len(text) and text[at] in " \t\n":
            at += 1
        if at == end or "\n" not in text[end:at] or at >= len(text) or text[at] not in '"“':
            break
        if text[at + 1 : at + 2] in ("(", "[") or TURN_LABEL.match(text, at + 1):
            break
        end = _line_end(text, at)
    return end


def is_glued_dash(text: str) -> bool:
    """A token of a closing mark and a dash the tokenizer kept together ('wall.”― Jorge
    Falcon')."""
    return len(text) == 2 and text[0] in QUOTE_CHARS and text[1] in DASHES


def dash_quote(dash, actor_mentions, doc, marks) -> Quote | None:
    """'"We can build a wall." ― Jorge Falcon': a quotation signed by a dash and a name."""
    text = text_of(doc)
    at = dash.idx + len(dash.text) - 1 if is_glued_dash(dash.text) else dash.idx
    before = text[:at].rstrip()
    if not before or before[-1] not in QUOTE_CHARS + "'":
        return _set_off_quote(dash, actor_mentions, doc, marks)
    region = next((r for r in marks if r[1] == len(before)), None)
    if region is None:
        return None
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    after = [t for t in doc[dash.i + 1 :] if t.idx < line_end]
    name = []
    for token in after:
        if token.text in QUOTE_CHARS or token.text in ("''", "``"):
            break
        name.append(token)
    if not _name_tokens(name):
        return None
    start = region[0]
    for other in reversed(marks):  # the quotations of the same paragraph before it
        if other[1] <= start and not text[other[1] : start].strip():
            start = other[0]
    quote = build_quote(doc, region, (start, region[1]), [dash], span_chars(name), actor_mentions)
    end = dash.idx + len(dash)
    quote.cue, quote.cue_start, quote.cue_end = text[at:end], at, end
    return quote


def _set_off_quote(dash, actor_mentions, doc, marks) -> Quote | None:
    """'... including Mitt Romney -- "It is disqualifying ..." -- and Fred Goldberg': a
    quotation set off by dashes right after a name is that person's words, the first dash
    its cue."""
    text = text_of(doc)
    if dash.text not in DASHES or dash.i == 0:
        return None
    start = dash.idx + len(dash.text)
    start += len(text[start:]) - len(text[start:].lstrip(" "))
    region = next((r for r in marks if r[0] == start), None)
    if region is None:
        return None
    closing = text[region[1] :].lstrip(" ")
    if not closing.startswith(DASHES):  # closed by a dash too
        return None
    name = doc[dash.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG"):
        return None
    first = name.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == name.i:
        first -= 1
    return build_quote(
        doc, region, region, [dash], span_chars(list(doc[first : name.i + 1])), actor_mentions
    )


def _before_clause(tokens) -> list:
    """The source of "according to" up to a comma that opens a clause with a subject of its
    own ("According to the host, the move reeks of fear"; "an analysis by X, whose
    conclusions were seconded by Y"): the parser sometimes hangs that clause on the source;
    an apposition ("X, a former aide now teaching at NYU") stays."""
    commas = [t.i for t in tokens if t.text == "," and t.i > tokens[0].i]
    ends = [*commas[1:], tokens[-1].i + 1] if commas else []
    for at, following in zip(commas, ends, strict=True):
        part = [t for t in tokens if at < t.i < following]
        if any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in SOURCE_DEPS for c in t.children)
            for t in part
        ):
            return [t for t in tokens if t.i < at]
    return tokens


def according_to(token, actor_mentions, doc) -> Quote | None:
    to = doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in [*token.children, *to.children] if c.dep_ in ("pobj", "pcomp")
    ]  # "according to show insiders", its noun read as a verb
    if not objects:
        return None
    source_tokens = _before_clause(list(objects[0].subtree))
    sent = token.sent
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    rest = [t for t in sent if t.i not in phrase]
    commas = [t for t in source_tokens if t.text == ","]
    if not span_chars(rest)[1] and commas:  # "According to X, the move reeks of fear": the
        rest = [t for t in sent if t.i > commas[0].i]  # parser hung the clause on X
        source_tokens = [t for t in source_tokens if t.i < commas[0].i]
    subject = _copula_subject(token)
    if subject is not None:  # "That is according to a new poll": what the poll says is
        rest = list(subject.subtree)  # "That", the copula no part of it
    source_start, source_end = span_chars(source_tokens)
    start, end = span_chars(rest)
    return build_quote(
        doc, (start, end), (start, end), [token, to], (source_start, source_end), actor_mentions
    )


def _copula_subject(according):
    """The subject of "is according to" ("That is according to a new poll", "Those numbers
    are according to the campaign"), whether the parser made "according" the head or a
    preposition of the copula, when the copula has nothing else to say; else None."""
    if according.dep_ == "ROOT":
        head = according
    elif according.dep_ == "prep" and lemma_of(according.head) == "be":
        head = according.head
    else:
        return None
    rest = [c for c in head.children if c.i not in (according.i, according.i + 1)]
    rest = [c for c in rest if not c.is_punct]
    subjects = [c for c in rest if c.dep_ == "nsubj" and c.i < according.i]
    others = [c for c in rest if c.dep_ not in ("nsubj", "aux", "advmod") and c.lemma_ != "be"]
    return subjects[0] if subjects and not others else None


def words_of(token, actor_mentions, doc) -> Quote | None:
    """ "In the words of one Republican senator, the nominee is 'a disaster.'": "in the
    words of" signs the clause it hangs on as "according to" does, the object of its "of"
    the source; the cue is the phrase up to "of"."""
    first = token.i - 2
    if (
        first < 0
        or doc[first].lower_ != "in"
        or doc[first + 1].lower_ != "the"
        or token.head.i != first
        or token.i + 1 >= len(doc)
        or doc[token.i + 1].lower_ != "of"
    ):
        return None
    of = doc[token.i + 1]
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects or of.head.i != token.i:
        return None
    source_tokens = _before_clause(list(objects[0].subtree))
    quoted = next(  # ', in the words of one senator, "a disaster."': the quotation is not his
        (t.i for t in source_tokens[:-1] if t.text == "," and doc[t.i + 1].text in QUOTE_CHARS),
        None,
    )
    if quoted is not None:
        source_tokens = [t for t in source_tokens if t.i < quoted]
    phrase = {t.i for t in doc[first].subtree} | {first}
    rest = [t for t in token.sent if t.i not in phrase]
    start, end = span_chars(rest)
    if end <= start:
        return None
    cue = list(doc[first : of.i + 1])
    return build_quote(
        doc, (start, end), (start, end), cue, span_chars(source_tokens), actor_mentions
    )


# Named entities that tell where or when, not who or in what ("as reported in Ohio", "as
# noted in 2015").
_NOT_SOURCES = ("DATE", "TIME", "GPE", "LOC", "FAC")
# Verbs of evidence, whose "as shown by X" offers X as the writer's proof, not as a report.
EVIDENCING = frozenset(("show", "demonstrate", "prove", "illustrate", "evidence"))


def passive_as_quote(verb, actor_mentions, doc) -> Quote | None:
    """ "As first reported by The Washington Post, the FBI is investigating the campaign",
    "As stated in Davis' commentary, there are conflicting stories": a verb of saying in
    the passive in an "as" clause reports the clause it hangs on, its "by" agent or the
    document its "in" names the source; the cue is the verb with its adverbs. Without
    either ("As noted, ...", the writer's own reference back) it is no attribution, nor is
    a verb of evidence ("as shown by his inclusion of it": the writer's proof)."""
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBN"
        or lemma_of(verb) not in SPEECH
        or lemma_of(verb) in EVIDENCING
        or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        or any(c.dep_ in SOURCE_DEPS or c.dep_ == "nsubjpass" for c in verb.children)
    ):
        return None
    source = None
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("agent", "prep"):
            continue
        if child.dep_ == "prep" and child.lower_ != "in":
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ not in _NOT_SOURCES:
            source = list(objects[0].subtree)
            break
    if source is None:
        return None
    clause = {t.i for t in verb.subtree}
    rest = [t for t in verb.head.subtree if t.i not in clause]
    start, end = span_chars(rest)
    if end <= start:
        return None
    first = verb.i
    while doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in ("advmod", "auxpass"):
        first -= 1  # "As first reported by"
    cue = list(doc[first : verb.i + 1])
    return build_quote(doc, (start, end), (start, end), cue, span_chars(source), actor_mentions)
