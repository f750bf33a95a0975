"""Merge: the same contact reported many times is one event; different contacts stay apart."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from wirecode.merge import dates_compatible, merge, modes_compatible
from wirecode.records import ActorRef, DateValue, Mention

XI = ActorRef("xi-jinping", "Xi Jinping", "CHN", "GOV")
PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "RUS", "GOV")
ZELENSKY = ActorRef("volodymyr-zelensky", "Volodymyr Zelensky", "UKR", "GOV")
UKR = ActorRef("UKR", "Ukraine", "UKR", None, "state")
LULA = ActorRef("lula", "Luiz Inácio Lula da Silva", "BRA", "GOV")


def day(text: str) -> DateValue:
    return DateValue.day(dt.date.fromisoformat(text))


def mention(
    doc="d1",
    *,
    who=(XI, ZELENSKY),
    date=None,
    mode="phone",
    status="occurred",
    event="CONSULT",
    start=0,
    recipients=(),
    initiator=None,
) -> Mention:
    return Mention(
        document=doc,
        sentence_index=start,
        start=start,
        end=start + 10,
        sentence="s",
        trigger="call",
        event=event,
        mode=mode,
        status=status,
        actors=list(who),
        recipients=list(recipients),
        date=date,
        trigger_start=start,
        initiator=initiator,
    )


def test_two_documents_one_call():
    events = merge([mention("a", date=day("2023-04-26")), mention("b", date=day("2023-04-26"))])
    assert len(events) == 1
    assert events[0].sources == 2
    assert events[0].date.value == "2023-04-26"


def test_outlets_count_as_sources_when_known():
    events = merge(
        [mention("a", date=day("2023-04-26")), mention("b", date=day("2023-04-26"))],
        outlets={"a": "AFP", "b": "AFP"},
    )
    assert events[0].sources == 1


def test_days_one_apart_merge_and_record_a_conflict():
    events = merge(
        [
            mention("a", date=day("2023-04-26")),
            mention("b", date=day("2023-04-26")),
            mention("c", date=day("2023-04-27")),
        ]
    )
    [event] = events
    assert event.date.value == "2023-04-26"  # most sources
    [conflict] = event.conflicts
    assert conflict.field == "date"
    assert conflict.values == {"2023-04-26": ["a", "b"], "2023-04-27": ["c"]}


def test_days_far_apart_stay_apart():
    events = merge([mention("a", date=day("2022-02-25")), mention("b", date=day("2022-06-15"))])
    assert [e.date.value for e in events] == ["2022-02-25", "2022-06-15"]


def test_month_mention_joins_the_day_inside_it():
    events = merge(
        [
            mention("a", date=day("2023-03-21"), mode="visit"),
            mention("b", date=DateValue.month(2023, 3), mode="visit"),
        ]
    )
    assert len(events) == 1
    assert events[0].date.precision == "day"


def test_month_alone_keeps_month_precision():
    [event] = merge([mention("a", date=DateValue.month(2023, 3), mode="visit")])
    assert event.date.value == "2023-03"


def test_planned_joins_occurred_and_status_is_strongest():
    events = merge(
        [
            mention("a", date=day("2023-09-04"), mode="meet", status="planned"),
            mention("b", date=day("2023-09-04"), mode="meet"),
        ]
    )
    [event] = events
    assert event.status == "occurred"
    assert len(event.mentions) == 2


def test_negated_never_joins_an_occurred_contact():
    events = merge(
        [
            mention("a", date=day("2023-09-04"), status="negated"),
            mention("b", date=day("2023-09-04")),
        ]
    )
    assert sorted(e.status for e in events) == ["negated", "occurred"]


def test_different_participants_stay_apart():
    events = merge(
        [
            mention("a", who=(XI, PUTIN), date=day("2022-02-25")),
            mention("a", who=(XI, ZELENSKY), date=day("2022-02-25"), start=20),
        ]
    )
    assert len(events) == 2


def test_phone_call_and_meeting_are_different_contacts():
    assert not modes_compatible("phone", "meet")
    assert modes_compatible("meet", "visit")
    assert modes_compatible(None, "phone")


def test_undated_mention_joins_its_documents_event():
    events = merge([mention("a", date=day("2022-06-15")), mention("a", start=50)])
    [event] = events
    assert len(event.mentions) == 2


def test_undated_mention_joins_a_recent_event_of_another_document():
    published = {"a": dt.date(2022, 6, 15), "b": dt.date(2022, 6, 20)}
    events = merge([mention("a", date=day("2022-06-15")), mention("b")], published=published.get)
    assert len(events) == 1 and events[0].sources == 2


def test_undated_mention_far_from_any_event_is_the_latest_contact_before_it():
    # the extractor leaves a contact of the news undated only when the text tells it as
    # older ("had previously spoken", "since they spoke"): the latest known one is meant
    published = {"a": dt.date(2022, 6, 15), "b": dt.date(2023, 6, 20)}
    events = merge([mention("a", date=day("2022-06-15")), mention("b")], published=published.get)
    assert [(e.date.value, len(e.mentions)) for e in events] == [("2022-06-15", 2)]


def test_undated_mention_before_any_event_stays_undated():
    published = {"a": dt.date(2022, 6, 15), "b": dt.date(2021, 6, 20)}
    events = merge([mention("a", date=day("2022-06-15")), mention("b")], published=published.get)
    assert [e.date.value if e.date else None for e in events] == ["2022-06-15", None]


def test_a_report_dated_day_is_an_upper_bound():
    reported = DateValue.day(dt.date(2023, 2, 22), basis="document date 2023-02-22 (present)")
    events = merge(
        [
            mention("a", date=day("2023-02-20"), mode="visit"),
            mention("b", date=reported, mode="visit"),
        ]
    )
    [event] = events
    assert event.date.value == "2023-02-20"  # the text's own day wins over the report's
    assert event.conflicts == []


def test_a_report_dated_day_never_precedes_the_contact():
    reported = DateValue.day(dt.date(2023, 2, 17), basis="document date 2023-02-17 (present)")
    events = merge([mention("a", date=day("2023-02-20")), mention("b", date=reported)])
    assert len(events) == 2


def test_undated_planned_mention_stays_undated():
    published = {"b": dt.date(2023, 6, 20)}
    [event] = merge([mention("b", status="planned")], published=published.get)
    assert event.date is None


def test_undated_planned_mention_is_the_next_contact_known_after_its_report():
    # "Biden will meet Xi at the summit in Lima" in a report of the 14th; others tell the
    # meeting of the 16th
    published = {"a": dt.date(2024, 11, 17), "b": dt.date(2024, 11, 14)}
    events = merge(
        [
            mention("a", date=day("2024-11-16"), mode="meet"),
            mention("b", mode="meet", status="planned"),
        ],
        published=published.get,
    )
    assert [(e.date.value, len(e.mentions)) for e in events] == [("2024-11-16", 2)]


def test_undated_planned_mention_does_not_join_a_contact_before_its_report():
    published = {"a": dt.date(2024, 11, 10), "b": dt.date(2024, 11, 14)}
    events = merge(
        [
            mention("a", date=day("2024-11-09"), mode="meet"),
            mention("b", mode="meet", status="planned"),
        ],
        published=published.get,
    )
    assert len(events) == 2


def test_undated_mention_without_document_date_stays_undated():
    [event] = merge([mention("b")])
    assert event.date is None


def test_one_participant_is_no_contact():
    assert merge([mention("a", who=(XI,), date=day("2022-06-15"))]) == []


def test_initiator_is_kept():
    [event] = merge([mention("a", date=day("2023-04-26"), initiator=UKR)])
    assert event.initiator == UKR


def test_ids_and_order_are_stable_whatever_the_input_order():
    ms = [
        mention("b", date=day("2022-06-15")),
        mention("a", who=(XI, PUTIN), date=day("2022-02-25")),
    ]
    first = [(e.id, e.date.value) for e in merge(ms)]
    second = [(e.id, e.date.value) for e in merge(list(reversed(ms)))]
    assert first == second
    assert [d for _, d in first] == ["2022-02-25", "2022-06-15"]


def test_dates_compatible_rules():
    assert dates_compatible(day("2023-04-26"), day("2023-04-27"))
    assert not dates_compatible(day("2023-04-26"), day("2023-04-28"))
    assert dates_compatible(DateValue.month(2023, 4), day("2023-04-28"))
    assert not dates_compatible(DateValue.month(2023, 3), day("2023-04-01"))


def test_a_visit_to_a_state_folds_into_the_contact_most_told_there():
    li = ActorRef("li-qiang", "Li Qiang", "CHN", "GOV")
    lula = ActorRef("lula", "Luiz Inácio Lula da Silva", "BRA", "GOV")
    chn = ActorRef("CHN", "China", "CHN", None, "state")
    mentions = [
        mention("a", who=(lula,), recipients=(chn,), date=day("2023-04-14"), mode="visit"),
        mention("a", who=(lula, li), date=day("2023-04-14"), mode="meet", start=10),
        *[mention(d, who=(lula, XI), date=day("2023-04-14"), mode="meet") for d in "bcd"],
    ]
    events = merge(mentions)
    with_xi = next(e for e in events if XI in (*e.actors, *e.recipients))
    assert len(with_xi.mentions) == 4
    assert with_xi.mode == "visit"


def test_a_visit_joined_by_its_meetings_keeps_the_visitor_as_its_actor():
    """ "Xi arrived in Moscow for a state visit" and "Xi and Putin held talks": one visit of
    Xi to Putin, not a contact of two actors."""
    putin = ActorRef("vladimir-putin", "Vladimir Putin", "RUS", "GOV")
    rus = ActorRef("RUS", "Russia", "RUS", None, "state")
    arrival = mention("a", who=(XI,), recipients=(rus,), date=day("2023-03-20"), mode="visit")
    talks = mention("a", who=(XI, putin), date=day("2023-03-20"), mode="meet", start=10)
    [event] = merge([arrival, talks])
    assert event.mode == "visit"
    assert event.actors == [XI]
    assert event.recipients == [putin]  # Russia: Putin stands for it


def test_a_visit_is_dated_by_the_day_its_people_met_not_the_arrival():
    arrival = [mention(d, date=day("2023-04-05"), mode="visit") for d in "ab"]
    talks = [mention(d, date=day("2023-04-06"), mode="meet", start=20) for d in "bc"]
    [event] = merge(arrival + talks)
    assert event.date.value == "2023-04-06"
    assert event.conflicts == []  # the days of a visit differ by nature


def test_a_visit_under_way_does_not_make_a_planned_meeting_happen():
    scholz = ActorRef("olaf-scholz", "Olaf Scholz", "DEU", "GOV")
    chn = ActorRef("CHN", "China", "CHN", None, "state")
    visiting = mention("a", who=(scholz,), recipients=(chn,), date=day("2024-04-15"), mode="visit")
    to_meet = mention(
        "a", who=(scholz, XI), date=day("2024-04-16"), mode="meet", status="planned", start=10
    )
    events = merge([visiting, to_meet])
    with_xi = next(e for e in events if XI in e.actors)
    assert with_xi.status == "planned"
    assert [e.status for e in events if XI not in e.actors] == ["occurred"]


def test_a_planned_visit_and_its_planned_meeting_stay_one_when_a_later_report_says_it_was():
    """ "Xi is expected on a state visit to France on May 6 ... will be received on May 6 by
    Macron", and a year later "after Xi visited France in May 2024": the visit and the meeting
    told together in the first report are one contact, held."""
    macron = ActorRef("emmanuel-macron", "Emmanuel Macron", "FRA", "GOV")
    fra = ActorRef("FRA", "France", "FRA", None, "state")
    visit = dict(who=(XI,), recipients=(fra,), date=day("2024-05-06"), mode="visit")
    mentions = [
        mention("a", status="planned", **visit),
        mention("b", **visit),
        mention("a", who=(XI, macron), date=day("2024-05-06"), mode="meet", status="planned"),
    ]
    [event] = merge(mentions)
    assert event.status == "occurred"
    assert event.actors == [XI]
    assert event.recipients == [macron]  # France: Macron stands for it


def test_an_announced_visit_to_a_state_joins_the_meeting_that_took_place():
    scholz = ActorRef("olaf-scholz", "Olaf Scholz", "DEU", "GOV")
    chn = ActorRef("CHN", "China", "CHN", None, "state")
    announced = mention(
        "a",
        who=(scholz,),
        recipients=(chn,),
        date=day("2024-04-16"),
        mode="visit",
        status="planned",
    )
    met = mention("b", who=(scholz, XI), date=day("2024-04-16"), mode="meet")
    [event] = merge([announced, met])
    assert event.status == "occurred"


def test_an_undated_older_contact_is_the_latest_known_before_the_report():
    published = {"old": dt.date(2024, 6, 19), "new": dt.date(2024, 6, 20)}.get
    events = merge(
        [
            mention("a", date=DateValue.month(2000, 7), mode="meet"),
            mention("b", date=DateValue.month(2019, 4), mode="meet"),
            mention("new", mode="meet"),  # "since they met", no date
        ],
        published=published,
    )
    assert len(events) == 2
    latest = next(e for e in events if e.date.value == "2019-04")
    assert len(latest.mentions) == 2


def test_an_undated_contact_after_every_known_one_stays_apart():
    events = merge(
        [mention("a", date=day("2024-06-01"), mode="meet"), mention("new", mode="meet")],
        published={"new": dt.date(2024, 3, 1)}.get,
    )
    assert len(events) == 2


def test_the_merge_is_the_same_in_every_process():
    """Which of two equal contacts a contact with a state folds into does not follow the
    process's hash seed (blocks were ordered by the repr of a frozenset)."""
    script = """
import datetime as dt
from wirecode.merge import merge
from wirecode.records import ActorRef, DateValue, Mention
people = [ActorRef(f"p{i}", f"P{i}", "CHN", "GOV") for i in range(8)]
zelensky = ActorRef("volodymyr-zelensky", "Volodymyr Zelensky", "UKR", "GOV")
china = ActorRef("CHN", "China", "CHN", None, "state")
day = DateValue.day(dt.date(2023, 4, 26))
def told(doc, who):
    return Mention(document=doc, sentence_index=0, start=0, end=1, sentence="s",
                   trigger="call", event="CONSULT", mode="phone", status="occurred",
                   actors=list(who), date=day)
mentions = [told(f"d{i}", (zelensky, p)) for i, p in enumerate(people)]
mentions.append(told("s", (zelensky, china)))
print([sorted(m.document for m in e.mentions) for e in merge(mentions)])
"""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1, outputs


def test_one_document_telling_two_days_tells_two_contacts():
    """ "The two leaders held talks on Tuesday. On Monday, Putin hosted Xi for a dinner": a
    text does not tell one contact on two days, so the day's tolerance for outlets that
    differ by a time zone does not join them."""
    talks = mention("a", who=(XI, PUTIN), mode="meet", date=day("2023-03-21"))
    dinner = mention("a", who=(XI, PUTIN), mode="meet", date=day("2023-03-20"), start=20)
    assert sorted(e.date.value for e in merge([talks, dinner])) == ["2023-03-20", "2023-03-21"]
    other = mention("b", who=(XI, PUTIN), mode="meet", date=day("2023-03-20"))
    assert len(merge([talks, other])) == 1  # two outlets a day apart: one contact


def test_a_visit_told_on_two_days_by_one_document_stays_one():
    arrival = mention("a", who=(XI,), recipients=(PUTIN,), mode="visit", date=day("2023-03-20"))
    talks = mention("a", who=(XI,), recipients=(PUTIN,), mode="visit", date=day("2023-03-21"))
    assert len(merge([arrival, talks])) == 1


def test_a_stretch_of_days_holds_the_contacts_on_the_days_inside_it():
    """ "Lula is paying a state visit to China from April 12 to 15" and "Xi held talks with
    Lula on Friday" (the 14th): the stretch holds the day, though not a day from its start."""
    stretch = DateValue(dt.date(2023, 4, 12), dt.date(2023, 4, 15), "day", "from April 12 to 15")
    assert dates_compatible(stretch, day("2023-04-14"))
    assert not dates_compatible(stretch, day("2023-04-18"))
    visit = mention("a", who=(LULA,), recipients=(XI,), mode="visit", date=stretch)
    talks = mention("a", who=(LULA,), recipients=(XI,), mode="visit", date=day("2023-04-14"))
    assert len(merge([visit, talks])) == 1
