"""The words that mark a contact's status are read in their own part of speech: a noun has
no verb's endings ("the opening of the summit" is no "open to" a summit)."""

from __future__ import annotations

import datetime as dt

from wirecode.records import DateValue, Document, is_contact


def statuses(coder, text: str) -> dict[str, str]:
    document = Document(id="doc_status", text=text, published=DateValue.day(dt.date(2012, 3, 30)))
    return {m.trigger: m.status for m in coder.code(document) if is_contact(m)}


def test_the_opening_of_a_summit_is_held(coder):
    text = "Iraqi Prime Minister Nouri al-Maliki spoke at the opening of an Arab League summit."
    assert statuses(coder, text)["summit"] == "occurred"


def test_openness_to_talks_stays_hypothetical(coder):
    text = "Iraqi Prime Minister Nouri al-Maliki said he was open to talks with the Arab League."
    assert statuses(coder, text)["talks"] == "hypothetical"
