"""wirecode.keydates: ranking days by the evidence behind them."""

from __future__ import annotations

import contextlib
import datetime as dt
import json

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import wirecode.cli
from wirecode.keydates import DatedItem, items_from_events, items_from_text, rank, top_dates

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


def test_an_item_is_labelled_with_its_whole_sentence() -> None:
    text = "Protests grew. The uprising began on Jan. 25 in Cairo. It spread to Suez."
    (item,) = items_from_text(text, D(2011, 2, 5), "doc1")
    assert item.label == "The uprising began on Jan. 25 in Cairo."


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

    class Store:
        def events(self, **filters):
            return events

    monkeypatch.setattr(wirecode.cli, "open_store", lambda db: contextlib.nullcontext(Store()))
    result = CliRunner().invoke(wirecode.cli.main, ["timeline", "--top", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = [row["date"] for row in json.loads(result.output)]
    assert shown == [k.date.isoformat() for k, _ in top_dates(events, 2)]
    assert shown == ["2011-02-15", "2011-03-19"]


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
    for item in items_from_text(text, published, "x"):
        assert item.date <= published and item.weight > 0
