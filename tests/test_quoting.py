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


def test_in_the_call_s_own_sentence_only_its_sides_speak_for_it():
    """A report of the call ("CCTV reported that ...") or an onlooker's comment in the
    call's own sentence is no word said in it; a party's and its government's are."""
    text = (
        "US spokesman John Kirby said Washington welcomed the news that Chinese President "
        "Xi Jinping had spoken with Ukrainian President Volodymyr Zelensky. "
        "During the call, Xi told Zelensky that talks were the only way out of the war."
    )
    events = as_json(wirecode.code(text, published="2023-04-27"))
    calls = [e for e in events if e["event"] == "CONSULT"]
    assert calls
    speakers = {(q["speaker"] or {}).get("name") for e in calls for q in e["quotes"]}
    assert speakers == {"Xi Jinping"}  # not the US spokesman's welcome
    assert any("talks were the only way out" in q for q in quotes_of(calls, "Xi Jinping"))


def test_a_report_marks_the_outlet_its_mention_relies_on():
    """ "According to Xinhua", "CCTV reported": the mention relies on that outlet; the
    report is no quote of the call."""
    text = (
        "Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin "
        "on Wednesday, according to Xinhua."
    )
    [call] = [
        e for e in as_json(wirecode.code(text, published="2022-06-16")) if e["event"] == "CONSULT"
    ]
    assert [m["reported_by"] for m in call["mentions"]] == [["Xinhua"]]
    assert not any(q["cue"] == "according to" for q in call["quotes"])
