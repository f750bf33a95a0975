"""The fast contact mode (`wirecode run --prefilter`): parse only where contacts can be.

A diplomatic contact needs a contact word ("call", "met", "talks", "visit", ...). The text
is cut into lines at the breaks where `wirecode.nlp.line_breaks` always starts a sentence (a
blank line, or a line break before a word that is not lower case); a line is *relevant* when
the tokenizer finds in it a word form of a trigger lemma of `events/data/contacts.yaml`.
Relevant lines and their neighbourhood (`BEFORE` lines before, `AFTER` after: "the call",
"the same day", what each side said; `REFERRING_BEFORE` before a line with a word that refers
back, a pronoun or "the president", whose antecedent may lie further back) go through the
full pipeline; the rest is
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
import logging
import re

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, ORTH, SPACY

from wirecode.actors.words import ROLE_WORDS
from wirecode.contact_forms import line_forms, speaker_forms, trigger_forms
from wirecode.events.quoting import REACH
from wirecode.nlp.views import PARSED, columns, remember_text, text_of

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

BEFORE = 1
AFTER = 1
REFERRING_BEFORE = 2
# words that refer back to someone or something named before, whose antecedent the actor
# walk and the contact coder look for in the lines before: pronouns of the third person (not
# "it", mostly expletive: "it was the first call"), "such" and demonstratives ("no such
# visit"), and the nouns of roles ("the president", "the two ministers")
_REFERRING = frozenset(
    "he him his she her hers they them their theirs its such this these those".split()
    + [form for role in ROLE_WORDS for form in (role, role + "s")]
)
# a break where line_breaks always starts a sentence: a blank line, or a line break before a
# character that is not a lower-case letter
_LETTERS = re.compile(r"[^\W\d_]+")
# the lower-case particles of surnames, joined by a hyphen ("Nabil el-Arabi", "Bashar
# al-Assad") or a space ("Osama bin Laden", "Charles de Gaulle", "Ludwig van Beethoven")
_HYPHENED = "al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ben|abu"
_SPACED = "al|el|bin|ibn|ben|abu|da|de|di|do|dos|das|du|del|della|der|den|la|le|ter|van|von"
# two capitalised words in a row, the second captured ("Fawaz Zureikat", "George Galloway"),
# with any particles between them ("Nabil el-Arabi": "Arabi", as "Mr Arabi" names him)
_PAIR = re.compile(
    rf"(?<![^\W_])[A-Z][^\W\d_]*[ \t]+(?:(?:{_HYPHENED})-|(?:{_SPACED})[ \t]+)*"
    r"(?=([A-Z][^\W\d_]+))"
)
_FIRST_PERSON = frozenset({"I", "me", "my", "My"})
_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W\d_]+")
_BREAK = re.compile(r"\n\s*\n\s*|\n[ \t]*(?=[^a-z\s])")


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
    """Lines to parse: those with a trigger form, and their neighbourhood (one line more
    before a line with a word that refers back: 6 % less text parsed than two lines before
    every line, with the same contact mentions on the devset and on 550 Timeline17 articles
    of the development topics).

    A line's words are its runs of letters, lower-cased: every word the tokenizer could
    make a trigger form of is such a run (it only splits more), so no line with a trigger
    token is missed, and a regular expression is much cheaper than the tokenizer."""
    forms, conditional = line_forms()
    hits, reach = [], []
    for start, end in spans:
        line = text[start:end]
        lower = _LETTERS.findall(line.lower())
        reach.append(BEFORE if _REFERRING.isdisjoint(lower) else REFERRING_BEFORE)
        hit = not forms.isdisjoint(lower)
        if not hit and not conditional.keys().isdisjoint(lower):
            words = _LETTERS.findall(line)
            hit = any(
                follows.holds(words, i)
                for i, w in enumerate(words)
                for follows in conditional.get(w.lower(), ())
            )
        hits.append(hit)
    keep = [False] * len(spans)
    for index, hit in enumerate(hits):
        if hit:
            for near in range(max(0, index - reach[index]), min(len(spans), index + AFTER + 1)):
                keep[near] = True
    for index in _introductions(text, spans, keep) | _speakers(text, spans, keep):
        keep[index] = True
    return keep


def _introductions(text: str, spans: list[tuple[int, int]], keep: list[bool]) -> set[int]:
    """Lines not kept where a name of a kept line is first written in full: "Mr Zureikat"
    is Fawaz Zureikat only if the parse saw "Fawaz Zureikat" (the people the model finds are
    linked by surname to their first full mention, `wirecode.actors.people`)."""
    first: dict[str, int] = {}  # the last word of a capitalised pair → the first line with it
    used: dict[str, int] = {}  # a capitalised word of a kept line → the first such line
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        for match in _PAIR.finditer(line):
            first.setdefault(match.group(1), index)
        if keep[index]:
            for word in _CAPITALISED.findall(line):
                used.setdefault(word, index)
    return {
        first[word]
        for word, index in used.items()
        if word in first and first[word] < index and not keep[first[word]]
    }


def _speakers(text: str, spans: list[tuple[int, int]], keep: list[bool]) -> set[int]:
    """Lines not kept that name the last speaker before a kept line that says "I", "me" or
    "my": "I" in a quotation is the last named speaker's, however far back
    (`wirecode.actors.mentions.find_actor_mentions`). A speaker's line is the nearest line
    before with a reporting verb in lower case ("said", "told") and a capitalised word after
    its first word ("..., '' Ahmed Hassan, a teacher, told reporters")."""
    reporting = speaker_forms()
    found, last = set(), None  # last: the nearest speaker's line so far
    for index, (start, end) in enumerate(spans):
        words = _LETTERS.findall(text[start:end])
        if keep[index] and last is not None and _FIRST_PERSON.intersection(words):
            found.add(last)
        if not reporting.isdisjoint(words) and any(w[:1].isupper() and w != "I" for w in words[1:]):
            last = index
    return {index for index in found if not keep[index]}


def _unparsed(nlp, text: str):
    """A stretch that holds no trigger: tokens, and sentences cut at final punctuation and
    line breaks. Each sentence is a flat tree (its first token the "ROOT", the others "dep"
    under it), without tags or lemmas: `Doc.from_docs` keeps sentence boundaries from the
    heads once any part is parsed, so they must be given as heads. Read from the token
    columns, as arrays: no `Token` is made, and each word form is looked at once."""
    doc = nlp.make_doc(text)
    if not len(doc):
        return doc
    strings = nlp.vocab.strings
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    forms = numpy.unique(orth[:-1])
    ends = forms[[_ends_a_sentence(strings[form]) for form in forms.tolist()]]
    first = numpy.ones(len(doc), dtype=bool)  # a token that starts a sentence
    first[1:] = numpy.isin(orth[:-1], ends) & (space[1:] == 0)
    starts = numpy.flatnonzero(first)
    heads = numpy.empty((len(doc), 2), dtype="int64")
    heads[:, 0] = starts[numpy.cumsum(first) - 1] - numpy.arange(len(doc))  # head offset
    heads[:, 1] = strings.add("dep")
    heads[starts, 1] = strings.add("ROOT")
    doc.from_array([HEAD, DEP], heads.view("uint64"))
    return doc


def _ends_a_sentence(word: str) -> bool:
    return word in (".", "!", "?") or "\n" in word


def _joined(parts: list):
    """`Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])` for parts with no
    spans or user data, and the text of the new `Doc`: the words are read from the token
    columns, not from a `Token` per token and its text twice (`Doc.text` of each part, then
    of the whole), which took a tenth of the fast mode's time."""
    from spacy.tokens import Doc

    if len(parts) == 1:  # all parsed or none: nothing to join
        return parts[0], text_of(parts[0])
    vocab = parts[0].vocab
    attrs = [*Doc._get_array_attrs()]  # what `Doc.from_docs` copies (SPACY among them)
    arrays = numpy.concatenate([part.to_array(attrs) for part in parts])
    strings = vocab.strings
    words = [strings[h] for h in arrays[:, attrs.index(ORTH)].tolist()]
    spaces = [bool(s) for s in arrays[:, attrs.index(SPACY)].tolist()]
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.from_array(attrs, arrays)
    return doc, "".join(w + " " if s else w for w, s in zip(words, spaces, strict=True))


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
    runs = [_runs(nlp, text) for text in texts]
    stretches = [t[a:b] for t, r in zip(texts, runs, strict=True) for parse, a, b in r if parse]
    parsed = iter(nlp.pipe(stretches, batch_size=max(1, len(stretches))))
    docs = []
    for text, r in zip(texts, runs, strict=True):
        parts = [next(parsed) if parse else _unparsed(nlp, text[a:b]) for parse, a, b in r]
        doc, joined = _joined(parts)
        if joined != text:  # never expected: the whole pipeline, offsets first
            logger.warning("prefilter changed the text; parsing the whole document")
            doc = nlp(text)
        else:  # time expressions are read where the parse is (events.dating)
            doc.user_data[PARSED] = [(a, b) for parse, a, b in r if parse]
            remember_text(doc, text)
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
