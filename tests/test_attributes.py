"""`wirecode.nlp.attributes`: the memoised attribute ruler + lemmatizer gives, token by
token, what spaCy's own `attribute_ruler` and `lemmatizer` give, on real text (the seeds,
the devset pages, Timeline17 articles) and on the rare cases its patterns single out."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from wirecode.nlp import build, load
from wirecode.nlp.attributes import FastAttributes, compile_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# every multi-token pattern and the dependency and space patterns of en_core_web_sm
RARE = [
    "I ain't gonna do it, y'all. Let's go, c'mon, we gotta win.",
    "There is a problem. There are two. There was one; there were none, and there's more.",
    "Y all know it ain t so.\n\n  \n\tThe end  of it.",
    "AIN'T NOBODY GONNA STOP 'EM! Lemme see. Gimme that. Dunno.",
    "He said: \"we're here\" -- and they're off.\r\n\r\nNew line\u00a0after.",
    "",
    " ",
]


def _attributes(doc) -> list[tuple]:
    return [
        (t.i, t.text, t.tag_, t.pos_, t.morph.key, str(t.morph), t.lemma_, t.dep_, t.head.i)
        for t in doc
    ]


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples" / "seeds").glob("*.txt"))]
    pages = SHARED / "devset" / "pages"
    texts += [p.read_text("utf-8") for p in sorted(pages.glob("*.txt"))]
    articles = []
    for path in sorted((SHARED / "evaldata" / "timeline17").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as handle:
            articles += [json.loads(line)["text"] for line in handle if line.strip()]
    random.Random(7).shuffle(articles)
    return texts + articles[:40]


@pytest.fixture(scope="module")
def spacy_nlp():
    return build(fast_attributes=False)


def test_the_default_pipeline_uses_the_fast_step():
    names = load().pipe_names
    assert "wirecode_attributes" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("wirecode_attributes") < names.index("ner")


def test_every_pattern_of_the_model_is_understood(spacy_nlp):
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    rules = compile_rules(ruler)
    assert rules is not None
    assert {rule.number for rule in rules} == set(range(len(ruler.attrs)))
    assert any(len(rule.specs) > 1 for rule in rules)  # the multi-token ones are kept


def test_a_pattern_it_cannot_read_is_refused():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert compile_rules(ruler) is None


@pytest.mark.parametrize("text", RARE)
def test_the_same_on_the_rare_patterns(spacy_nlp, text):
    assert _attributes(load()(text)) == _attributes(spacy_nlp(text))


@pytest.mark.slow
def test_the_same_token_by_token_on_real_text(spacy_nlp):
    """Seeds, devset pages and 40 Timeline17 articles, parsed as batches by both pipelines
    (a fresh fast step: its memos fill during the comparison)."""
    texts = _texts()
    shared = (SHARED / "devset" / "pages").is_dir()  # a clone on its own: the seeds alone
    assert len(texts) > (60 if shared else 4)
    fast = build()
    expected = list(spacy_nlp.pipe(texts, batch_size=8))
    tokens = 0
    for text, doc, reference in zip(texts, fast.pipe(texts, batch_size=8), expected, strict=True):
        assert _attributes(doc) == _attributes(reference), text[:80]
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [
            (e.start, e.end, e.label_) for e in reference.ents
        ]
        tokens += len(doc)
    assert tokens > (50_000 if shared else 2_000)


def test_an_annotated_doc_goes_through_spacys_own_components():
    """A `Doc` that already has a lemma (not what the pipeline hands it) is given to the
    ruler and lemmatizer themselves: the lemmatizer keeps a lemma it is given."""
    step = load().get_pipe("wirecode_attributes")
    assert isinstance(step, FastAttributes)
    nlp = load()
    with nlp.select_pipes(disable=["wirecode_attributes", "ner"]):
        doc = nlp("Leaders met in Paris.")
    doc[1].lemma_ = "gather"
    step(doc)
    assert (doc[1].pos_, doc[1].lemma_, doc[0].lemma_) == ("VERB", "gather", "leader")
