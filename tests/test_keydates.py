"""wirecode.keydates: ranking days by the evidence behind them."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import replace

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import wirecode.cli
from wirecode.keydates import (
    DatedItem,
    items_from_events,
    items_from_text,
    rank,
    top_dates,
    update_stamps,
)
from wirecode.records import DateValue, Document

D = dt.date


def test_distinct_sources_outvote_repeated_mentions() -> None:
    items = [
        DatedItem(D(2011, 1, 25), "a"),
        DatedItem(D(2011, 1, 25), "a"),
        DatedItem(D(2011, 1, 25), "a"),
        DatedItem(D(2011, 1, 28), "a"),
        DatedItem(D(2011, 1, 28), "b"),
    ]
    ranked = rank(items, 2)
    assert [k.date for k in ranked] == [D(2011, 1, 28), D(2011, 1, 25)]
    assert (ranked[0].sources, ranked[0].mentions) == (2, 2)
    assert (ranked[1].sources, ranked[1].mentions) == (1, 3)


def test_one_article_one_vote_however_often_it_repeats_the_day() -> None:
    # one article naming Jan. 25 twenty times is one reference; a single heavier reference
    # to Jan. 28 (a day written out, say, against a weekday) outranks it
    items = [DatedItem(D(2011, 1, 25), "a", 1.0)] * 20 + [DatedItem(D(2011, 1, 28), "b", 1.2)]
    ranked = rank(items, 2)
    assert [k.date for k in ranked] == [D(2011, 1, 28), D(2011, 1, 25)]
    assert (ranked[1].score, ranked[1].sources, ranked[1].mentions) == (1.0, 1, 20)


def test_where_the_page_names_the_day_does_not_count() -> None:
    # page furniture (navigation, captions) comes before many articles' bodies: a day named
    # after 1,500 characters of it weighs what the same words weigh at the top
    furniture = "Home | World | Africa | Middle East | Video | Most popular | " * 25
    sentence = "Protests began on Jan. 25 in Cairo. "
    text = sentence + furniture + sentence
    top, deep = items_from_text(text, D(2011, 2, 5), "doc1")
    assert deep.date == top.date == D(2011, 1, 25)
    assert text.index("Jan. 25", len(sentence)) > 1500
    assert deep.weight == top.weight


def test_the_collections_last_days_are_scaled_for_the_follow_up_they_missed() -> None:
    # the articles end on Aug. 21: a day reported that day has had no time to be named back,
    # and counts what a month of follow-up would have given it (x30); the day of two later
    # references, long before the end, is not scaled
    end = D(2011, 8, 21)
    items = [
        DatedItem(D(2011, 3, 19), "a", 2.0, published=D(2011, 4, 30)),
        DatedItem(D(2011, 3, 19), "b", 2.0, published=D(2011, 5, 2)),
        DatedItem(end, "c", 0.4, published=end),
    ]
    ranked = rank(items, 2)
    assert [k.date for k in ranked] == [end, D(2011, 3, 19)]
    assert [k.score for k in ranked] == [12.0, 4.0]


def test_the_follow_up_scale_is_the_share_of_a_month_the_articles_cover() -> None:
    end = D(2011, 8, 21)
    items = [DatedItem(end, "a", 1.0, published=end)] + [
        DatedItem(end - dt.timedelta(days=back), "b", 1.0) for back in (14, 29, 40)
    ]
    items.append(DatedItem(D(2011, 8, 25), "event", 1.0))  # after the last article
    scores = {k.date: k.score for k in rank(items, 10)}
    assert scores[end] == 30.0
    assert scores[D(2011, 8, 7)] == 2.0  # 15 days of a month covered
    assert scores[D(2011, 7, 23)] == scores[D(2011, 7, 12)] == 1.0  # a month or more
    assert scores[D(2011, 8, 25)] == 1.0  # no article could look back at it
    # without publication dates (evidence from events alone) nothing is scaled
    assert {k.score for k in rank([replace(i, published=None) for i in items], 10)} == {1.0}


def test_ties_go_to_the_earlier_day_and_n_bounds() -> None:
    items = [DatedItem(D(2011, 2, 2), "a"), DatedItem(D(2011, 2, 1), "b")]
    assert [k.date for k in rank(items, 5)] == [D(2011, 2, 1), D(2011, 2, 2)]
    assert rank(items, 0) == []


def test_items_from_text_resolve_against_the_publication_date() -> None:
    text = (
        "Protesters returned to Tahrir Square on Friday. The uprising began on Jan. 25, "
        "and the president will speak on Monday."
    )
    items = items_from_text(text, D(2011, 2, 5), "doc1")
    days = {i.date: i.weight for i in items}
    assert D(2011, 2, 4) in days  # Friday before Saturday Feb. 5
    assert D(2011, 1, 25) in days
    assert days[D(2011, 1, 25)] > days[D(2011, 2, 4)]  # a written-out day, further back
    assert all(d <= D(2011, 2, 5) for d in days)  # Monday is a plan, not a key day
    assert {i.published for i in items} == {D(2011, 2, 5)}  # how long it was followed up


def test_an_item_is_labelled_with_its_whole_sentence() -> None:
    text = "Protests grew. The uprising began on Jan. 25 in Cairo. It spread to Suez."
    (item,) = items_from_text(text, D(2011, 2, 5), "doc1")
    assert item.label == "The uprising began on Jan. 25 in Cairo."


def test_a_live_pages_update_stamp_anchors_what_follows_it() -> None:
    # the page is dated by its first post (Monday Jan. 31); the entry under the stamp was
    # written on Wednesday Feb. 2, Cairo time: its "Wednesday" is that day, not Jan. 26,
    # its "Tuesday" the day before; the stamp itself names no day
    text = (
        "Protesters filled Tahrir Square on Monday. "
        "(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday) Clashes broke out "
        "on Wednesday after the president spoke on Tuesday."
    )
    items = items_from_text(text, D(2011, 1, 31), "doc1")
    assert [i.date for i in items] == [D(2011, 1, 31), D(2011, 2, 2), D(2011, 2, 1)]
    assert [i.published for i in items] == [D(2011, 1, 31), D(2011, 2, 2), D(2011, 2, 2)]
    # an entry stamped in two zones with no "Update", at the start of a sentence, alike
    text = "NATO met. (4:52 p.m. Monday ET, 10:52 p.m. Monday in Libya) Misrata was shelled Monday."
    (item,) = items_from_text(text, D(2011, 3, 20), "doc1")
    assert item.date == D(2011, 3, 21)


def test_an_hour_converted_in_running_text_is_no_update_stamp() -> None:
    # one hour, after no sentence's end, or a span of hours inside a sentence: what follows
    # keeps the page's date (Wednesday June 8)
    text = (
        "Troops attacked around 6 a.m. (11 p.m. Tuesday ET) Rebels said Misrata was shelled Monday."
    )
    assert update_stamps(text, D(2011, 6, 8)) == []
    assert [i.date for i in items_from_text(text, D(2011, 6, 8), "doc1")] == [D(2011, 6, 6)]
    text = (
        "The curfew runs to 8 a.m. Tuesday (8 a.m. ET Monday to 1 a.m. ET Tuesday). Crowds stayed."
    )
    assert update_stamps(text, D(2011, 1, 30)) == []


def test_a_bare_weekday_six_days_back_names_no_key_day() -> None:
    # on a page dated Saturday March 19, "early Sunday" is most often the next morning where
    # the news happened, not March 13: no key day; Monday, five days back, and "last Sunday"
    # stay references to their days
    text = (
        "Explosions shook Tripoli early Sunday. Rebels took Ajdabiya on Monday. "
        "The talks had failed last Sunday."
    )
    days = [i.date for i in items_from_text(text, D(2011, 3, 19), "doc1")]
    assert days == [D(2011, 3, 14), D(2011, 3, 13)]


def test_a_day_that_closes_a_stretch_names_no_key_day() -> None:
    # "through June 3", "as of Thursday": the end of a count or a state, not an act; the act
    # of the day after "until Wednesday, when ..." and a day that opens a stretch still count
    text = (
        "The cost of operations through June 3 was about $800 million. "
        "As of Thursday, more than 172,000 people had left the country. "
        "That was until Wednesday, when reporters were able to reach the city. "
        "The run-up to the March 19 deployment was short. "
        "Protests have spread since February 15."
    )
    days = [i.date for i in items_from_text(text, D(2011, 6, 24), "doc1")]
    assert days == [D(2011, 6, 22), D(2011, 3, 19), D(2011, 2, 15)]


def test_a_stretch_of_two_or_three_days_names_each_of_its_days() -> None:
    # as "on Friday and Saturday" names both days, so do "19-20 December 2011" and "from
    # Thursday to Saturday" (page dated Wednesday July 18, 2012); a stretch of two weeks is a
    # campaign, not a day
    text = (
        "Around 70 soldiers were mown down in Idlib on 19-20 December 2011. "
        "Clashes went on from Thursday to Saturday. "
        "The bombardment lasted from February 4 to February 28."
    )
    items = items_from_text(text, D(2012, 7, 18), "doc1")
    days = [i.date for i in items]
    assert days == [
        D(2011, 12, 19),
        D(2011, 12, 20),
        D(2012, 7, 12),
        D(2012, 7, 13),
        D(2012, 7, 14),
    ]
    # each day a full reference: a written day's weight (a day apart in lag), above a weekday's
    assert abs(items[0].weight - items[1].weight) < 0.01
    assert items[1].weight > items[2].weight
    assert items[0].label == "Around 70 soldiers were mown down in Idlib on 19-20 December 2011."
    # a stretch running past the page's date names its days up to that date only
    days = [
        i.date for i in items_from_text("Talks run from Tuesday to Thursday.", D(2012, 7, 18), "x")
    ]
    assert days == [D(2012, 7, 17), D(2012, 7, 18)]


def test_top_dates_from_event_json() -> None:
    def event(eid: str, day: str, docs: list[str], status: str = "occurred") -> dict:
        return {
            "id": eid, "event": "CONSULT", "status": status, "date_precision": "day",
            "date_start": day, "date_end": day,
            "mentions": [{"document": d, "outlet": None} for d in docs],
        }  # fmt: skip

    events = [
        event("e1", "2023-04-26", ["d1", "d2"]),
        event("e2", "2022-06-15", ["d3"]),
        event("e3", "2022-06-16", ["d4", "d5", "d6"], status="planned"),
        {
            "id": "e4",
            "event": "CONSULT",
            "status": "occurred",
            "date_precision": "month",
            "date_start": "2023-03-01",
            "date_end": "2023-03-31",
            "mentions": [],
        },  # fmt: skip
    ]
    assert len(items_from_events(events)) == 3
    ranked = top_dates(events, 5)
    assert [(k.date.isoformat(), [e["id"] for e in evs]) for k, evs in ranked] == [
        ("2023-04-26", ["e1"]),
        ("2022-06-15", ["e2"]),
    ]


def test_the_timeline_command_ranks_with_top_dates(monkeypatch) -> None:
    def event(eid: str, day: str, event_type: str, docs: list[str]) -> dict:
        return {
            "id": eid, "event": event_type, "status": "occurred", "date_precision": "day",
            "date_start": day, "date_end": day, "mode": None, "actors": [], "recipients": [],
            "mentions": [{"document": d, "outlet": None} for d in docs],
        }  # fmt: skip

    events = [
        event("e1", "2011-03-17", "CONSULT", ["d1"]),
        event("e2", "2011-03-19", "ASSAULT", ["d1"]),  # one source, but an assault
        event("e3", "2011-02-15", "PROTEST", ["d2", "d3"]),
    ]

    published = DateValue.day(D(2011, 3, 25), text="2011-03-25", basis="metadata")
    articles = [
        Document(id=f"a{i}", text=text, published=published)
        for i, text in enumerate(
            [
                "The uprising began on March 15, 2011, in Deraa.",
                "Protests have spread since the uprising began on March 15.",
                "On March 19, 2011, jets struck Tripoli.",
            ]
        )
    ]

    class Store:
        def events(self, **filters):
            return [e for e in events if filters.get("event") in (None, e["event"])]

        def documents(self):
            return iter(articles)

    monkeypatch.setattr(wirecode.cli, "open_store", lambda db: contextlib.nullcontext(Store()))

    def top(*options: str) -> list[dict]:
        args = ["timeline", "--top", "2", "--format", "json", *options]
        result = CliRunner().invoke(wirecode.cli.main, args)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    # the whole story: the days its articles name, each with its events (the uprising's
    # first day has none coded, and says why it is a key date)
    rows = top()
    assert [r["date"] for r in rows] == [
        k.date.isoformat() for k, _ in top_dates(events, 2, articles)
    ]
    assert [r["date"] for r in rows] == ["2011-03-15", "2011-03-19"]
    assert rows[0]["events"] == [] and "uprising began" in rows[0]["evidence"][0]
    assert [e["id"] for e in rows[1]["events"]] == ["e2"]
    # one type's key dates: its events alone
    assert [r["date"] for r in top("--event", "PROTEST")] == ["2011-02-15"]


def test_the_timeline_command_refuses_a_day_it_cannot_read() -> None:
    result = CliRunner().invoke(wirecode.cli.main, ["timeline", "--since", "2023-02-30"])
    assert result.exit_code == 2 and "is not a day written YYYY-MM-DD" in result.output


@given(
    st.lists(
        st.tuples(st.dates(D(1900, 1, 1), D(2100, 12, 31)), st.sampled_from("abc"),
                  st.floats(0, 5)),
        max_size=30,
    ),
    st.integers(0, 10),
)  # fmt: skip
def test_rank_properties(raw: list[tuple[dt.date, str, float]], n: int) -> None:
    ranked = rank([DatedItem(d, s, w) for d, s, w in raw], n)
    assert len(ranked) <= n
    assert len({k.date for k in ranked}) == len(ranked)
    assert all(a.score >= b.score for a, b in zip(ranked, ranked[1:], strict=False))
    assert all(1 <= k.sources <= k.mentions for k in ranked)


@given(st.text(max_size=200), st.dates(D(1900, 1, 1), D(2100, 12, 31)))
def test_items_from_text_never_after_publication(text: str, published: dt.date) -> None:
    # never after the day it was written: the page's date, or an update stamp's in the week after
    for item in items_from_text(text, published, "x"):
        assert item.date <= item.published <= published + dt.timedelta(days=6)
        assert item.weight > 0
