"""Content spans and quotation marks: a colon's quotation, quotations that continue or
resume after their attribution, a content snapped to the quotation it mostly is, a content
that ends before a trailing clause with an attribution of its own."""

from __future__ import annotations

import re

from wirecode.nlp.views import text_of, tokens_starting_in
from wirecode.quotes.cues import CUE_VERBS, SPEECH, lemma_of
from wirecode.quotes.marks import QUOTE_CHARS, region_at
from wirecode.quotes.record import SOURCE_DEPS, set_end, set_span
from wirecode.quotes.verbs import is_cue


def colon_after(tokens):
    """The colon right after a cue ("said:", "scolded him:"), if any."""
    last = max(t.i for t in tokens)
    doc = tokens[0].doc
    if last + 1 < len(doc) and doc[last + 1].text == ":":
        return doc[last + 1]
    return None


def after_colon(colon, marks, *, run_on: bool = False) -> tuple[int, int] | None:
    """What follows a colon: the quotation that starts there, else the rest of the line;
    with `run_on`, over the sentence after it when the parser ended one at the colon."""
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
    if run_on and colon.i == colon.sent.end - 1 and colon.i + 1 < len(doc):
        sent_end = doc[colon.i + 1].sent.end_char  # "Obama:" | "Trump Is 'Unfit' To Serve"
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


def snap(start: int, end: int, marks, text: str, *, cue: int | None = None) -> tuple[int, int]:
    """A content span that is a quotation, or mostly one, becomes the whole quotation with
    its marks and the quotations continuing it; not when the cue, at character `cue`, lies
    inside that quotation ('"I believe that the bridge will help," the mayor wrote': the
    speaker's "believe" reports its own clause, not the words that hold it)."""
    region = region_at(marks, start, end)
    if region is not None and cue is not None and region[0] < cue < region[1]:
        return start, end
    if region is None:
        return _opened(start, marks, text), _closed(start, end, marks, text)
    inside = min(end, region[1]) - max(start, region[0])
    first, last = _continued(region, marks, text)
    # a phrase that holds the quotation and goes on after it: 'warned of a "dangerous" path'
    words_after = start <= region[0] and any(c.isalnum() for c in text[last:end])
    if inside < 0.6 * (end - start) or words_after:  # a mixed quote: 'said the talks were
        return _opened(start, marks, text), _closed(start, end, marks, text)  # "constructive"'
    return min(start, first), last  # '... says that "there were issues"' keeps its "that"


def _opened(start: int, marks, text: str) -> int:
    """The start of a content span that begins right after the opening mark of a quotation
    it runs into ('said "budget reforms" would pay for it' read from "budget"), moved back
    to the mark."""
    for region in marks:
        if region[0] < start < region[1] and not text[region[0] : start].strip(QUOTE_CHARS + "'`"):
            return region[0]
    return start


def _closed(start: int, end: int, marks, text: str) -> int:
    """The end of a content span that stops inside a quotation it opened, moved past the
    quotation's closing punctuation and mark ('called it "a disgrace."')."""
    for region in marks:
        if start <= region[0] < end < region[1] and not text[end : region[1]].strip(
            QUOTE_CHARS + "'.,!?;: "
        ):
            return region[1]
    return end


def quotation_before(first: int, marks, doc) -> tuple[int, int] | None:
    """The quotation that ends just before an attribution clause starting at token `first`
    ('"Wall Street\'s a cynical place," said Tim Hess'), with nothing but a comma between."""
    text = text_of(doc)
    at = doc[first].idx
    for region in marks:
        if region[1] <= at and not text[region[1] : at].strip(" ,\t"):
            return region
    return None


def quotation_after(last, marks, doc, *, verb=None) -> tuple[int, int] | None:
    """The quotation that opens right after a cue and a comma ('O'Neill said, "Not going to
    go into that."'), or after the phrases of time, place, medium or addressee the verb
    takes before it ('said on Monday, "..."', 'told reporters in Ohio, "..."'), with the
    quotations that continue it."""
    text = text_of(doc)
    at = last.idx + len(last)
    for region in marks:
        if region[0] >= at and not text[at : region[0]].strip(" ,\t"):
            return _continued(region, marks, text)
        if region[0] >= at and verb is not None and _verb_phrases_between(verb, last, region[0]):
            return _continued(region, marks, text)
        if region[0] >= at:
            break
    return None


def _verb_phrases_between(verb, last, start: int) -> bool:
    """Whether only the verb's phrases of time, place, medium or addressee, and a closing
    comma, lie between a cue's last token and a character offset."""
    doc = verb.doc
    between = [t for t in doc[last.i + 1 :] if t.idx < start]
    if not between or between[-1].text != "," or "\n" in "".join(t.text for t in between):
        return False
    inside = set()
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "advmod", "dative") or (
            child.dep_ == "dobj" and lemma_of(verb) in ("tell", "ask", "remind", "assure")
        ):
            if child.i > last.i:
                inside |= {t.i for t in child.subtree}
    return all(t.i in inside or t.is_punct for t in between)


def resumed_end(end: int, after: int, marks, doc) -> int:
    """Where a quotation interrupted by its attribution ends: the quotation that resumes
    after the speaker and cue ('"...," Mr. Barrett said. "..."', '"...," he said in a
    statement, "..."', '"...," she said of the election, in which she was sure Trump would
    win. "..."') continues the content, with the words of the attribution between, unless
    another cue claims it: a verb of saying between ('"...," he said, adding that ...
    "..."') or after it ('"...," he said. "...," she added'), or the quotation after is a
    title the sentence names ('"...," Pence said on CNN's "State of the Union."')."""
    text = text_of(doc)
    following = next((r for r in marks if r[0] >= after), None)
    if following is None or _named(following, text) and text[end - 1 : end] in QUOTE_CHARS:
        return end  # '"...," Pence said on CNN's "State of the Union."': a show's name
    gap = tokens_starting_in(doc, after, following[0])
    between = text[after : following[0]]
    if "\n" in between and (between.strip(" .\n") or "\n\n" not in between):
        return end  # the next paragraph may go on quoting: '... he said.\n\n"Right now ..."'
    if any(_reports(t, following[0]) for t in gap):
        return end  # '"...," he said, adding that ... "...": another attribution
    chain = [following]
    while True:  # the quotations that continue it, each read in turn
        further = _continued(chain[-1], marks, text)
        if further[1] == chain[-1][1]:
            break
        chain.append(next(r for r in marks if r[0] >= chain[-1][1]))
    for region in reversed(chain):  # the longest run that no later cue claims
        if not _claimed(region[1], doc):
            return region[1]
    return end


# The words after which a quotation names a title ('on CNN's “State of the Union”', 'in
# “The Art of the Deal”') rather than going on with a speaker's words.
_BEFORE_TITLE = re.compile(r"(?:['’]s|\b(?:on|in|at|of|to|from|for|by|with|about|the))\s*$", re.I)


def _named(region, text: str) -> bool:
    """Whether a quotation is a title named in the sentence, after a possessive, a
    preposition or "the" ('said on CNN's “State of the Union.”'), not the speaker's
    words resumed."""
    return bool(_BEFORE_TITLE.search(text[max(0, region[0] - 8) : region[0]]))


def _reports(verb, quotation: int) -> bool:
    """Whether a verb between two parts of a quotation is a cue with a content of its own:
    a clause ('adding that ...') or the quotation that follows it ('adding later, "..."');
    one whose object is a noun phrase tells what the speaker spoke of ('speaking of
    Clinton's health', 'referring to the country's official name')."""
    if verb.pos_ not in ("VERB", "AUX") or not is_cue(verb):
        return False
    doc = verb.doc
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True
    if lemma_of(verb) in SPEECH and any(c.dep_ in SOURCE_DEPS for c in verb.children):
        return True  # '"...," Mr. Rubio said. But the weapons, he added, are "..."'
    after = [t for t in doc[verb.right_edge.i + 1 :] if t.idx < quotation]
    if any(t.text in (".", "!", "?") for t in after):
        return False  # the quotation opens a sentence of its own
    return all(t.is_punct or t.is_space or t.pos_ == "ADV" for t in after)


def _claimed(end: int, doc) -> bool:
    """Whether a verb of saying follows a quotation ending at `end` in its sentence
    ('"...," she added'), which makes the quotation another attribution's."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    for token in doc[last.end if last is not None else len(doc) :]:
        if token.is_sent_start or "\n" in token.text:
            break
        if token.pos_ == "VERB" and lemma_of(token) in CUE_VERBS:
            return True  # '"...," he said. "...," she added': the next one is hers
    return False


# what sets a trailing clause off from the content before it
TRAILING_BREAKS = frozenset((",", "(", "-", "--", "—", "–", "―", ";"))
# the attachments that can trail a reported clause
TRAILING_DEPS = frozenset(("relcl", "advcl", "acl", "appos", "parataxis", "npadvmod"))


def end_before_next_speaker(quotes, doc) -> None:
    """A content after its cue that runs into the speaker of the attribution after it ends
    before that speaker and the conjunction joining them ("Republicans said the department
    mishandled the investigation and Democrats accused the GOP ...": "and Democrats" is the
    next speaker, the parser having read it as a second object)."""
    text = text_of(doc)
    for quote in quotes:
        if quote.start < quote.cue_end:
            continue
        for other in quotes:
            if (
                other is quote
                or other.source_start is None
                or not quote.start < other.source_start
                or other.source_end != quote.end
                or other.cue_start < quote.end
            ):
                continue
            kept = _JOINT_AT_END.sub("", text[quote.start : other.source_start])
            if kept:
                set_end(quote, doc, quote.start + len(kept))


# what joins a clause to the next speaker: spaces, commas and a conjunction ("and", "as")
_JOINT_AT_END = re.compile(r"[\s,]*(?:\b(?:and|or|but|as|while|when|whereas)\b)?[\s,]*$")


def end_before_inner_attributions(quotes, doc, marks) -> None:
    """A content after its cue ends before a trailing clause, set off by a comma, dash,
    semicolon or parenthesis, that holds a verb of saying with a speaker of its own, or a
    noun of saying: a relative clause ('the test, which state media claimed ...', '...,
    who says he is honored'), a concessive or participial one ('..., though she noted
    ...', '..., engaging in what analysts described as ...', '..., contradicting the
    police's earlier claim ...') or a dash's aside ('-- meddling the congressman said is
    ...'). That attribution is reported beside the first, not inside it. A clause joined by
    "and" stays ('said X and that Y'), and so does one whose verb of wanting or thinking
    has no speaker of its own; quotations keep their words."""
    text = text_of(doc)
    for quote in quotes:
        if quote.start < quote.cue_end:
            continue
        for other in quotes:
            if other is quote or not quote.start <= other.cue_start < quote.end:
                continue
            cut = _aside_before(doc, other, quote, marks, text)
            if cut is not None:
                set_end(quote, doc, cut)


def _aside_before(doc, inner, outer, marks, text) -> int | None:
    """Where the trailing clause holding `inner`'s cue starts inside `outer`'s content."""
    span = doc.char_span(inner.cue_start, inner.cue_end, alignment_mode="expand")
    if span is None:
        return None
    last = doc.char_span(outer.end - 1, outer.end, alignment_mode="expand")
    if last is None:
        return None
    last_word = last[-1].i
    while last_word > 0 and (doc[last_word].is_punct or doc[last_word].is_space):
        last_word -= 1
    if lemma_of(span.root) not in SPEECH:
        return None  # "..., which ones he'd like to ...": what he wants is still what was said
    node, found = span.root, None
    while node.head.i != node.i and node.idx >= outer.start:
        before = node.left_edge.i - 1
        if (
            node.dep_ in TRAILING_DEPS
            and before >= 0
            and doc[before].idx > outer.start
            and node.right_edge.i >= last_word
            and doc[before].text in TRAILING_BREAKS
        ):
            found = before
        node = node.head
    if found is None:
        return None
    while found > 0 and doc[found - 1].text in TRAILING_BREAKS:
        found -= 1
    cut = doc[found].idx
    if any(r[0] < cut < r[1] for r in marks):
        return None  # inside a quotation
    if (inner.source_start is None and span.root.pos_ != "NOUN") or (
        inner.source_start is not None and inner.source_start < cut
    ):
        return None  # "..., which is his inability to resist responding to": no one says it
    end = cut
    while end > outer.start and text[end - 1] in " \t\n,;":
        end -= 1
    return end if end > outer.start else None


def to_quotation_ends(quotes, doc, marks) -> None:
    """A content that opens a quotation and stops inside it runs to the quotation's closing
    mark: what is quoted is quoted whole ('asked a few questions, including, "Mr. Trump,
    do you ...? ..."', 'recalled thinking, "This is what ..."', 'said, "is that their
    concern is stability. Interestingly, ..."'), past the sentence ends inside it."""
    for quote in quotes:
        region = next((r for r in marks if r[0] < quote.end < r[1]), None)
        if region is not None and quote.start <= region[0] and quote.cue_start < region[0]:
            set_end(quote, doc, region[1])


def own_clauses(quotes, doc) -> None:
    """A cue inside a quotation that another attribution reports reports its own clause
    ('"I believe that the bridge will help," the mayor wrote': "believe" reports "that the
    bridge will help", inside the mayor's words), not the whole quotation its content was
    widened to; a quotation whose own attribution was not found stays whole, as the words
    its speaker reports."""
    for quote in quotes:
        if quote.clause is None or quote.quotation is None:
            continue
        first, last = quote.quotation
        if any(
            other is not quote and not other.quoted and other.start <= first and last <= other.end
            for other in quotes
        ):
            set_span(quote, doc, *quote.clause)
