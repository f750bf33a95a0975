"""A reference to a contact that names no one ("the call", "this discussion") takes the
parties of a contact told shortly before it, and of nothing further back."""

from __future__ import annotations

import datetime as dt

from wirecode.records import DateValue, Document, is_contact

CONTACT = "Xi Jinping spoke with Vladimir Putin by phone on Monday."
FILLER = (
    "Markets in Shanghai closed higher. Oil prices rose slightly. The weather was mild. "
    "Traffic in the capital was light. A new bridge opened in the south. Schools reopened. "
    "The central bank left rates unchanged. Exports grew in October. A festival began. "
    "Officials inspected a new railway line."
)


def contacts(coder, text: str) -> list:
    document = Document(id="doc_ref", text=text, published=DateValue.day(dt.date(2024, 3, 6)))
    return [m for m in coder.code(document) if is_contact(m)]


def parties(coder, text: str) -> set[str]:
    """Everyone any contact of the text names, on either side."""
    return {a.name for m in contacts(coder, text) for a in (*m.actors, *m.recipients)}


def test_a_reference_just_after_a_contact_is_that_contact(coder):
    found = contacts(coder, f"{CONTACT} The call lasted an hour.")
    reference = next(m for m in found if m.trigger == "call")
    assert {a.name for a in reference.actors} == {"Xi Jinping", "Vladimir Putin"}


def test_a_reference_far_below_a_contact_is_of_something_else(coder):
    """Ten sentences on, "This discussion is now closed." (a web page's comment thread) is
    no mention of the call."""
    found = contacts(coder, f"{CONTACT} {FILLER} This discussion is now closed.")
    assert [m.trigger for m in found] == ["spoke"]


def test_the_source_of_a_report_and_the_owner_of_a_title_are_no_parties(coder):
    """ "according to X" names who reports the call; "Putin's adviser" flew, Putin did not."""
    text = (
        "Defense Secretary Lloyd Austin talked by phone on Sunday with Israeli Defense "
        "Minister Yoav Gallant, according to Pentagon spokesman Pat Ryder. "
        "Putin's foreign policy adviser Yuri Ushakov flew to Beijing on Monday to meet Wang Yi."
    )
    named = parties(coder, text)
    assert "Pat Ryder" not in named
    assert "Vladimir Putin" not in named
    assert {"Lloyd Austin", "Yoav Gallant", "Yuri Ushakov", "Wang Yi"} <= named


def test_the_owner_of_an_act_takes_part_in_the_contact_it_follows(coder):
    text = (
        "Mr Putin's remarks, made after a meeting with French President Emmanuel Macron, "
        "highlight the divisions between Moscow and Paris."
    )
    assert any(
        {"Vladimir Putin", "Emmanuel Macron"} <= {a.name for a in m.actors}
        for m in contacts(coder, text)
    )


def test_the_places_of_a_visit_are_hosts_even_with_no_visitor_known(coder):
    """The Queen is no actor the knowledge base resolves; Pakistan and India did not visit."""
    text = "On the Queen's visit to Pakistan and India in 1997, he said nothing publicly."
    visits = [m for m in contacts(coder, text) if m.mode == "visit"]
    assert visits
    assert all(not m.actors for m in visits)
    assert {a.name for m in visits for a in m.recipients} == {"Pakistan", "India"}


def test_a_byline_and_a_castle_are_no_parties(coder):
    text = (
        "By Larry Shaughnessy, Pentagon Producer Maj. Kenneth Harney is welcomed home at RAF "
        "Lakenheath on Saturday. Deputy Prime Minister Nick Clegg speaks to the media at "
        "Chapultepec Castle in Mexico City."
    )
    named = parties(coder, text)
    assert not {"Larry Shaughnessy", "Chapultepec Castle", "RAF Lakenheath"} & named


def test_a_host_named_twice_is_one_recipient(coder):
    """A visit combined with the meeting held during it takes the person met as its host
    once, also when the visit already names them ("his first visit" after "received Xi")."""
    text = (
        "French President Emmanuel Macron received Chinese President Xi Jinping at the Elysee "
        "Palace on Monday, his first visit to Europe in five years."
    )
    for mention in contacts(coder, text):
        ids = [a.id for a in (*mention.actors, *mention.recipients)]
        assert len(ids) == len(set(ids)), ids


def test_a_gathering_named_by_a_group_code_is_no_reference(coder):
    """ "The G8 meeting" (the tagger's common noun "G8") is a gathering of its own, not the
    talks told just before it."""
    text = (
        "Biden held talks with Scholz on Wednesday. "
        "Alongside Syria, the G8 meeting also discussed Iran."
    )
    assert [m.trigger for m in contacts(coder, text)] == ["talks"]


def test_a_meeting_named_by_its_day_refers_back(coder):
    """ "The Sunday meeting" names its day, not a gathering: it is the meeting told before."""
    text = (
        "Biden will meet Scholz on Sunday in Berlin. "
        "The Sunday meeting is expected to focus on Iran."
    )
    reference = next(m for m in contacts(coder, text) if m.trigger == "meeting")
    assert {a.name for a in reference.actors} == {"Joe Biden", "Olaf Scholz"}


def test_a_visit_that_says_where_it_went_refers_back_only_to_a_visit(coder):
    """ "The visit to the chamber" after talks between two states is a visit of its own;
    "the visit to the Russian capital" after an arrival in Moscow is that arrival."""
    talks = (
        "North Korea and South Korea are scheduled to hold military discussions on Tuesday. "
        "The visit to the chamber is seen as part of the effort to build bridges with business."
    )
    assert [m.trigger for m in contacts(coder, talks)] == ["discussions"]
    arrival = "Xi arrived in Moscow on Monday. The visit to the Russian capital is his first."
    reference = next(m for m in contacts(coder, arrival) if m.trigger == "visit")
    assert [a.name for a in reference.actors] == ["Xi Jinping"]


def test_a_reference_takes_the_contact_told_with_its_own_word(coder):
    """ "The summit" after a summit and a meeting told since is the summit."""
    text = (
        "Iraqi Prime Minister Nouri al-Maliki opened an Arab League summit in Baghdad. "
        "Xi Jinping met Vladimir Putin in Moscow on Monday. "
        "Explosions were heard in Baghdad as the summit got under way."
    )
    found = contacts(coder, text)
    reference = [m for m in found if m.trigger == "summit"][-1]
    assert {a.name for a in reference.actors} == {"Nouri al-Maliki", "Arab League"}
