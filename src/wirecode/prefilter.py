"""The fast contact mode (`wirecode run --prefilter`): parse only where contacts can be.

A diplomatic contact needs a contact word ("call", "met", "talks", "visit", ...). The text
is cut into lines at the breaks where `wirecode.nlp.line_breaks` always starts a sentence (a
blank line, or a line break before a word that is not lower case); a line is *relevant* when
the tokenizer finds in it a word form of a trigger lemma of `events/data/contacts.yaml`.
Relevant lines and their neighbourhood (`BEFORE` lines before, `AFTER` after: pronouns,
"the call", "the same day", what each side said) go through the full pipeline; the rest is
only tokenized and split into sentences by punctuation. The parts are joined with
`Doc.from_docs` into one `Doc` over the exact original text, so every character offset is a
document offset, as without the prefilter. Time expressions are read in the parsed
stretches alone (`Doc.user_data`, `wirecode.nlp.views.parsed_stretches`).

The coder then keeps the contacts alone (`Coder(prefilter=True)`, coder version suffix
`.contacts`): the other PLOVER types are only looked for near contacts, where a frame such
as "refused to meet" (REJECT) decides that a contact word is no contact.

It is not exact: a parse sees only its own stretch of text, sentences of skipped lines are
cut by punctuation (sentence indices can shift), and people the tagger alone finds are not
found in skipped lines. The loss is measured: on the devset the contact scores are the same
(tests/test_prefilter.py), and `bench/run.py` counts the contact events of Timeline17
articles that differ from a full run (docs/scale.md).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re

import numpy
from spacy.attrs import DEP, HEAD

from wirecode.events.quoting import REACH
from wirecode.nlp.views import PARSED, columns, text_of

logger = logging.getLogger(__name__)

__all__ = [
    "contact_sentences",
    "parse_near_contacts",
    "quoted_sentences",
    "line_forms",
    "relevant_lines",
    "split_lines",
    "trigger_forms",
]

BEFORE = 2
AFTER = 1
NAME_REACH = 4  # words after "went", "saw" within which a name must begin ("went to see Mubarak")
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
# a break where line_breaks always starts a sentence: a blank line, or a line break before a
# character that is not a lower-case letter
_LETTERS = re.compile(r"[^\W\d_]+")
_BREAK = re.compile(r"\n\s*\n\s*|\n[ \t]*(?=[^a-z\s])")

IRREGULAR = {
    "meet": ["met"],
    "speak": ["spoke", "spoken"],
    "hold": ["held"],
    "fly": ["flew", "flown", "flies"],
    "send": ["sent"],
    "seek": ["sought"],
    "take": ["took", "taken"],
    "make": ["made"],
    "give": ["gave", "given"],
    "come": ["came"],
    "go": ["went", "gone"],
    "see": ["saw", "seen"],
    "ring": ["rang", "rung"],
    "tell": ["told"],
    "shoot": ["shot"],
    "strike": ["struck", "stricken"],
    "fight": ["fought"],
    "lead": ["led"],
    "leave": ["left"],
    "break": ["broke", "broken"],
    "seize": ["seized"],
    "withdraw": ["withdrew", "withdrawn"],
    "forgive": ["forgave", "forgiven"],
    "steal": ["stole", "stolen"],
    "sweep": ["swept"],
    "bring": ["brought"],
    "buy": ["bought"],
    "beat": ["beaten"],
    "bind": ["bound"],
    "freeze": ["froze", "frozen"],
    "blow": ["blew", "blown"],
    "draw": ["drew", "drawn"],
    "throw": ["threw", "thrown"],
    "wage": ["waged"],
    "hang": ["hung"],
    "flee": ["fled"],
    "shut": ["shut"],
    "cut": ["cut"],
    "put": ["put"],
    "set": ["set"],
    "hit": ["hit"],
    "quit": ["quit"],
    "keep": ["kept"],
    "win": ["won"],
    "lose": ["lost"],
}


def _inflections(lemma: str) -> set[str]:
    """Forms of a lemma a tokenizer can see: plural and verb endings, doubled consonants."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "travelled"
    forms |= set(IRREGULAR.get(lemma, ()))
    return forms


@functools.cache
def trigger_forms() -> frozenset[str]:
    """Every word form of every contact trigger lemma (over-inclusive on purpose): the consult
    verbs and nouns of contacts.yaml, the objects of requests ("talks", "meeting"), and the
    words plover.yaml codes as CONSULT ("negotiate", "consultations").

    The other PLOVER types of plover.yaml (ACCUSE, AID, ...) are not looked for: in news
    nearly every line holds one of their words, and the prefilter would save nothing.
    """
    return _forms_of(frozenset(_contact_lemmas()))


@functools.cache
def line_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(forms that make a line relevant, forms that do so only before a name): the forms of
    the verbs that contacts.yaml codes only with a named goal or a bare person as object
    ("went to Cairo", "saw Mubarak": `place_goals`, `bare_objects`) are among the commonest
    words of news ("going to", "see what happens"), so a line is parsed for them only when a
    capitalised word or an object pronoun follows within `NAME_REACH` words."""
    from wirecode.events import lexicon

    lex = lexicon.load()
    lemmas = _contact_lemmas()
    named_only = {lemma.lower() for lemma in lex.place_goals | lex.bare_objects}
    others = _forms_of(frozenset(lemmas - named_only))
    return others, _forms_of(frozenset(lemmas & named_only)) - others


def _contact_lemmas() -> set[str]:
    """The lower-cased lemmas of `trigger_forms`."""
    from wirecode.events import lexicon, plover

    lex = lexicon.load()
    lemmas = {*lex.consult_verbs, *lex.consult_nouns, *lex.request_objects}
    lemmas |= _consult_words(plover.load())
    return {lemma.lower() for lemma in lemmas}


def _forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= _inflections(lemma)
    return frozenset(forms)


def _consult_words(lex) -> set[str]:
    """The lemmas plover.yaml codes as CONSULT: a verb, noun or compound whose code is
    CONSULT (each word of a compound), or the object of a verb that makes it one ("resume
    negotiations")."""
    words = {w for w, c in (*lex.verbs.items(), *lex.nouns.items()) if c.event == "CONSULT"}
    words |= {w for ws, c in lex.compounds.items() if c.event == "CONSULT" for w in ws}
    for table in (lex.objects, lex.prep_objects, lex.subjects):
        words |= {o for codes in table.values() for o, c in codes.items() if c.event == "CONSULT"}
    return words


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of a text: contiguous, covering it, each ending with its
    break, cut only where the pipeline always starts a sentence."""
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        if match.end() > start and match.end() < len(text):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(text)))
    return spans


def relevant_lines(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Lines to parse: those with a trigger form, and their neighbourhood.

    A line's words are its runs of letters, lower-cased: every word the tokenizer could
    make a trigger form of is such a run (it only splits more), so no line with a trigger
    token is missed, and a regular expression is much cheaper than the tokenizer."""
    forms, conditional = line_forms()
    hits = []
    for start, end in spans:
        line = text[start:end]
        lower = _LETTERS.findall(line.lower())
        hit = not forms.isdisjoint(lower)
        if not hit and not conditional.isdisjoint(lower):
            words = _LETTERS.findall(line)
            hit = any(
                w.lower() in conditional and _named_after(words, i) for i, w in enumerate(words)
            )
        hits.append(hit)
    keep = [False] * len(spans)
    for index, hit in enumerate(hits):
        if hit:
            for near in range(max(0, index - BEFORE), min(len(spans), index + AFTER + 1)):
                keep[near] = True
    return keep


def _named_after(words: list[str], i: int) -> bool:
    """A capitalised word or an object pronoun within `NAME_REACH` words after word i."""
    return any(
        w[:1].isupper() or w.lower() in OBJECT_PRONOUNS for w in words[i + 1 : i + 1 + NAME_REACH]
    )


def _unparsed(nlp, text: str):
    """A stretch that holds no trigger: tokens, and sentences cut at final punctuation and
    line breaks. Each sentence is a flat tree (its first token the "ROOT", the others "dep"
    under it), without tags or lemmas: `Doc.from_docs` keeps sentence boundaries from the
    heads once any part is parsed, so they must be given as heads."""
    doc = nlp.make_doc(text)
    starts = [
        t.i
        for t in doc
        if t.i == 0
        or not t.is_space
        and (doc[t.i - 1].text in (".", "!", "?") or "\n" in doc[t.i - 1].text)
    ]
    root, dep = nlp.vocab.strings.add("ROOT"), nlp.vocab.strings.add("dep")
    heads = numpy.zeros((len(doc), 2), dtype="int64")
    for first, stop in zip(starts, [*starts[1:], len(doc)], strict=True):
        for i in range(first, stop):
            heads[i] = (first - i, root if i == first else dep)  # head offset, label
    doc.from_array([HEAD, DEP], heads.view("uint64"))
    return doc


def _runs(nlp, text: str) -> list[tuple[bool, int, int]]:
    """(parse, start, end) over the consecutive lines of a text that are parsed or not."""
    spans = split_lines(text)
    runs: list[tuple[bool, int, int]] = []
    for (start, end), parse in zip(spans, relevant_lines(text, spans), strict=True):
        if runs and runs[-1][0] == parse:
            runs[-1] = (parse, runs[-1][1], end)
        else:
            runs.append((parse, start, end))
    return runs


def parse_near_contacts(nlp, texts: list[str]) -> list:
    """One `Doc` over each text, parsed by the full pipeline only near possible triggers;
    the parsed stretches of all texts go through the pipeline as one batch."""
    from spacy.tokens import Doc

    runs = [_runs(nlp, text) for text in texts]
    stretches = [t[a:b] for t, r in zip(texts, runs, strict=True) for parse, a, b in r if parse]
    parsed = iter(nlp.pipe(stretches, batch_size=max(1, len(stretches))))
    docs = []
    for text, r in zip(texts, runs, strict=True):
        parts = [next(parsed) if parse else _unparsed(nlp, text[a:b]) for parse, a, b in r]
        doc = (
            parts[0]
            if len(parts) == 1
            else Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
        )
        if text_of(doc) != text:  # never expected: the whole pipeline, offsets first
            logger.warning("prefilter changed the text; parsing the whole document")
            doc = nlp(text)
        else:  # time expressions are read where the parse is (events.dating)
            doc.user_data[PARSED] = [(a, b) for parse, a, b in r if parse]
        docs.append(doc)
    return docs


def contact_sentences(doc, contacts) -> set[int]:
    """Indices of the sentences that hold a contact mention or a word of `trigger_forms`:
    the only ones where the PLOVER coder can code a contact or frame one ("refused to meet"),
    as a frame governs its contact from within their sentence."""
    forms = trigger_forms()
    starts = [sent.start for sent in doc.sents]
    found = {m.sentence_index for m in contacts}
    for i, lower in enumerate(columns(doc).lower):
        if lower in forms:
            found.add(bisect.bisect_right(starts, i) - 1)
    return found


def quoted_sentences(contacts) -> set[int]:
    """Indices of the sentences whose quotes can be attached to one of `contacts`: their own,
    and the `REACH` sentences after each (`wirecode.events.quoting`)."""
    return {m.sentence_index + k for m in contacts for k in range(REACH + 1)}
