"""A request told by its noun: "from" names the asker; with no asker told, the sides of the
contact asked for are asked, not askers (the case file holds the one-line forms)."""

from __future__ import annotations

import datetime as dt

from wirecode.records import DateValue, Document


def requests(coder, text: str) -> list:
    document = Document(id="doc_rq", text=text, published=DateValue.day(dt.date(2023, 4, 27)))
    return [m for m in coder.code(document) if m.event == "REQUEST"]


def test_calls_the_tagger_reads_as_a_verb_in_a_subject_place_name_no_asker(coder):
    """Under a dateline the tagger reads "Calls" as a verb that is the subject of "grew"."""
    text = "BEIJING, April 27, 2023\n\nCalls for talks between Beijing and Washington grew louder."
    doc = coder.nlp(text)
    calls = next(t for t in doc if t.text == "Calls")
    assert (calls.pos_, calls.dep_) == ("VERB", "nsubj")  # the shape this test is about
    [found] = requests(coder, text)
    assert found.actors == []
    assert {a.name for a in found.recipients} == {"China", "United States"}
