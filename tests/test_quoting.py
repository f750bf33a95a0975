"""What each side said: quotes attach to the contact they were said in."""

from __future__ import annotations

import wirecode


def quotes_of(events, speaker):
    return [
        q["content"]
        for e in events
        for q in e["quotes"]
        if (q["speaker"] or {}).get("name") == speaker
    ]


def as_json(events):
    from wirecode.serialize import event_to_json

    return [event_to_json(e, {}) for e in events]


def test_words_said_after_a_call_by_one_of_its_parties_belong_to_it():
    text = (
        "German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping on "
        "Tuesday. \u201cWe agreed to keep talking,\u201d Scholz said afterwards."
    )
    [call] = [
        e for e in as_json(wirecode.code(text, published="2024-03-14")) if e["event"] == "CONSULT"
    ]
    assert any("We agreed to keep talking" in q for q in quotes_of([call], "Olaf Scholz"))


def test_words_of_an_outsider_do_not_belong_to_the_call():
    text = (
        "German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping on "
        "Tuesday. \u201cThis changes nothing,\u201d French President Emmanuel Macron said."
    )
    [call] = [
        e for e in as_json(wirecode.code(text, published="2024-03-14")) if e["event"] == "CONSULT"
    ]
    assert quotes_of([call], "Emmanuel Macron") == []
