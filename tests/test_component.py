"""The spaCy component in a user's own pipeline, and its documented requirements."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import wirecode
from wirecode.component import MissingComponent

TEXT = (
    "Chinese President Xi Jinping spoke with Ukrainian President Volodymyr Zelensky by "
    "phone on Wednesday, their first contact since the war began."
)


@pytest.fixture(scope="module")
def nlp(coder):
    """A user's pipeline: the model package loaded by the user, not by wirecode."""
    from wirecode.nlp import available_model

    user = spacy.load(available_model())
    user.add_pipe("wirecode_events", config={"published": "2023-04-27"})
    return user


def test_factory_is_registered() -> None:
    assert spacy.language.Language.has_factory("wirecode_events")


def test_sets_mentions_and_events_on_the_doc(nlp) -> None:
    doc = nlp(TEXT)
    mentions = doc._.wirecode_mentions
    assert all(isinstance(m, wirecode.Mention) for m in mentions)
    call = next(e for e in doc._.wirecode_events if e.event == "CONSULT")
    assert call.mode == "phone"
    assert call.date.start == dt.date(2023, 4, 26)
    assert {a.name for a in call.actors} == {"Xi Jinping", "Volodymyr Zelensky"}
    trigger = next(m for m in mentions if m.event == "CONSULT")
    assert doc.text[trigger.trigger_start : trigger.trigger_end] == trigger.trigger


def test_per_doc_date_wins_over_the_config(nlp) -> None:
    doc = nlp.make_doc(TEXT)
    doc._.wirecode_published = "2023-05-04"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    call = next(e for e in doc._.wirecode_events if e.event == "CONSULT")
    assert call.date.start == dt.date(2023, 5, 3)


def test_needs_a_parser_and_ner() -> None:
    blank = spacy.blank("en")
    with pytest.raises(MissingComponent, match="needs a pipeline with parser and ner"):
        blank.add_pipe("wirecode_events")
