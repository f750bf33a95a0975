"""Issue 2's acceptance points, asserted on the five seed articles run through the real engine.

One module-scoped run of `wirecode.pipeline.run` over `examples/seeds` into a SQLite store;
every test reads its events (the event JSON of design.md) or re-merges its mentions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from wirecode.actors.kb import KnowledgeBase
from wirecode.merge import merge
from wirecode.pipeline import Account, run
from wirecode.records import Event
from wirecode.store.sqlite import SQLiteStore

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"

XI, ZELENSKY, PUTIN = "Xi Jinping", "Volodymyr Zelensky", "Vladimir Putin"
WANG_YI, LAVROV = "Wang Yi", "Sergey Lavrov"

# Outlets, platforms and agencies the seeds name: none of them may stand in a person's place.
NOT_PEOPLE = {
    "twitter",
    "facebook",
    "zoom",
    "cctv",
    "caixin",
    "xinhua",
    "npr",
    "bbc",
    "cnn",
    "abc news",
    "scmp",
    "south china morning post",
    "getty images",
    "the epoch times",
    "white house",
    "the white house",
    "kremlin",
    "the kremlin",
    "the two leaders",
}


@dataclass
class SeedRun:
    account: Account
    events: list[dict]  # the store's event JSON after the first run
    merged: list[Event]  # `merge` of the stored mentions (actors keep their kind)
    rerun: Account  # the second run over the same files
    rerun_events: list[dict]


def _run(store: SQLiteStore, paths: list[Path], coder) -> Account:
    return run([str(p) for p in paths], store, coder=coder)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, coder) -> SeedRun:
    db = tmp_path_factory.mktemp("seeds") / "wirecode.db"
    with SQLiteStore(db) as store:
        account = _run(store, [SEEDS], coder)
        events = store.events()
        published = store.published_dates()
        merged = merge(store.mentions(), published=published.get, outlets=store.outlets())
        rerun = _run(store, [SEEDS], coder)
        rerun_events = store.events()
    return SeedRun(account, events, merged, rerun, rerun_events)


def names(actors: list[dict]) -> set[str]:
    return {a["name"] for a in actors}


def participants(event: dict) -> set[str]:
    return names(event["actors"]) | names(event["recipients"])


def contacts(events: list[dict], who: set[str], *, event="CONSULT", mode=None, status=None):
    """Events of type `event` whose participants are exactly `who` (mode, status if given)."""
    return [
        e
        for e in events
        if e["event"] == event
        and participants(e) == who
        and (mode is None or e["mode"] == mode)
        and (status is None or e["status"] == status)
    ]


def overlaps_year(event: dict, year: int) -> bool:
    if not event["date_start"]:
        return False
    return event["date_start"] <= f"{year}-12-31" and event["date_end"] >= f"{year}-01-01"


def summary(events: list[dict]) -> str:
    return "\n".join(
        f"  {e['event']}/{e['mode']}/{e['status']} {sorted(names(e['actors']))}"
        f" -> {sorted(names(e['recipients']))} {e['date']} ({e['date_precision']})"
        f" sources={e['sources']}"
        for e in events
    )


def mention_files(event: dict) -> set[str]:
    return {Path(m["path"]).name[:4] for m in event["mentions"] if m["path"]}


# -- the run ---------------------------------------------------------------------------------


def test_every_seed_is_ingested(seeds: SeedRun) -> None:
    assert len(seeds.account.ingested) == 5, seeds.account.skipped
    assert seeds.account.skipped == []
    assert seeds.events, "the seeds give no events at all"


# -- acceptance points of issue 2 --------------------------------------------------------------


def test_xi_zelensky_call_is_one_event_from_two_articles(seeds: SeedRun) -> None:
    calls = [
        e
        for e in contacts(seeds.events, {XI, ZELENSKY}, mode="phone", status="occurred")
        if overlaps_year(e, 2023)
    ]
    assert len(calls) == 1, "want exactly one Xi–Zelensky call in 2023:\n" + summary(calls)
    call = calls[0]
    assert names(call["actors"]) == {XI, ZELENSKY}
    assert call["recipients"] == []
    assert (call["date"], call["date_precision"]) == ("2023-04-26", "day")
    assert {"000_", "002_"} <= mention_files(call), mention_files(call)
    assert call["sources"] == 2


def test_xi_zelensky_call_was_initiated_by_ukraine(seeds: SeedRun) -> None:
    (call,) = [
        e
        for e in contacts(seeds.events, {XI, ZELENSKY}, mode="phone", status="occurred")
        if e["date"] == "2023-04-26"
    ]
    assert call["initiator"] is not None, "the initiator ('initiated by Kyiv') is missing"
    assert call["initiator"]["country"] == "UKR"


@pytest.mark.parametrize("day", ["2022-02-25", "2022-06-15"])
def test_xi_putin_calls(seeds: SeedRun, day: str) -> None:
    calls = [
        e
        for e in contacts(seeds.events, {XI, PUTIN}, mode="phone", status="occurred")
        if e["date"] == day and e["date_precision"] == "day"
    ]
    assert len(calls) == 1, f"want one Xi–Putin call on {day}:\n" + summary(seeds.events)


def test_xi_putin_calls_stay_apart(seeds: SeedRun) -> None:
    calls = contacts(seeds.events, {XI, PUTIN}, mode="phone", status="occurred")
    feb = [e for e in calls if e["date"] == "2022-02-25"]
    jun = [e for e in calls if e["date"] == "2022-06-15"]
    assert feb and jun and feb[0]["id"] != jun[0]["id"], summary(calls)
    for event in calls:
        assert not {"003_", "004_"} <= mention_files(event), (
            "the February and June calls were merged:\n" + summary([event])
        )


def test_wang_yi_lavrov_call(seeds: SeedRun) -> None:
    calls = contacts(seeds.events, {WANG_YI, LAVROV}, mode="phone", status="occurred")
    assert [(e["date"], e["date_precision"]) for e in calls] == [("2022-02-25", "day")], summary(
        seeds.events
    )


def test_xi_state_visit_to_putin_in_march_2023(seeds: SeedRun) -> None:
    visits = [
        e
        for e in seeds.events
        if e["event"] == "CONSULT"
        and e["mode"] == "visit"
        and e["status"] == "occurred"
        and XI in names(e["actors"])
        and PUTIN in names(e["recipients"])
    ]
    assert [(e["date"], e["date_precision"]) for e in visits] == [("2023-03", "month")], summary(
        seeds.events
    )
    assert PUTIN not in names(visits[0]["actors"])


def test_zelensky_request_for_talks_with_xi(seeds: SeedRun) -> None:
    requests = [
        e
        for e in seeds.events
        if e["event"] == "REQUEST"
        and ZELENSKY in names(e["actors"])
        and XI in names(e["recipients"])
        and e["date"] == "2022-08-04"
    ]
    assert len(requests) == 1, summary(seeds.events)
    assert requests[0]["date_precision"] == "day"


def test_no_xi_zelensky_contact_occurred_in_2022(seeds: SeedRun) -> None:
    wrong = [
        e
        for e in contacts(seeds.events, {XI, ZELENSKY}, status="occurred")
        if overlaps_year(e, 2022)
    ]
    assert wrong == [], "no Xi–Zelensky contact took place in 2022:\n" + summary(wrong)


def test_earlier_xi_zelensky_conversation_is_dated_2021(seeds: SeedRun) -> None:
    earlier = [
        e
        for e in contacts(seeds.events, {XI, ZELENSKY}, status="occurred")
        if (e["date"], e["date_precision"]) == ("2021", "year")
    ]
    assert len(earlier) == 1, summary(contacts(seeds.events, {XI, ZELENSKY}))
    assert mention_files(earlier[0]) == {"001_"}


def test_no_outlet_or_platform_as_a_person(seeds: SeedRun) -> None:
    kb = KnowledgeBase.default()
    bad = []
    for event in seeds.merged:
        for actor in (*event.actors, *event.recipients):
            if actor.kind != "person":
                continue
            words = actor.name.split()
            known = kb.person(actor.id) is not None
            named = len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()
            if actor.name.lower() in NOT_PEOPLE or not (known or named):
                bad.append(f"{actor.name!r} ({actor.id}, {actor.basis}) in {event.event}")
    assert bad == [], "non-people in a person's place:\n" + "\n".join(bad)


def test_json_actor_names_are_not_outlets(seeds: SeedRun) -> None:
    found = {
        a["name"]
        for e in seeds.events
        for a in (*e["actors"], *e["recipients"])
        if a["name"].lower() in NOT_PEOPLE
    }
    assert found == set()


# -- idempotent and incremental runs ------------------------------------------------------------


def test_second_run_ingests_nothing_and_changes_nothing(seeds: SeedRun) -> None:
    assert seeds.rerun.ingested == []
    assert len(seeds.rerun.known) == 5
    assert seeds.rerun.skipped == []
    assert seeds.rerun_events == seeds.events


def test_incremental_run_equals_one_run(tmp_path, seeds: SeedRun, coder, seed_files) -> None:
    first, rest = seed_files[:2] + seed_files[3:4], seed_files
    with SQLiteStore(tmp_path / "incremental.db") as store:
        account = _run(store, first, coder)
        assert len(account.ingested) == 3
        account = _run(store, rest, coder)
        assert len(account.ingested) == 2 and len(account.known) == 3
        events = store.events()
    assert summary(events) == summary(seeds.events)
    assert events == seeds.events


def test_event_dates_are_real_dates(seeds: SeedRun) -> None:
    for event in seeds.events:
        if event["date_start"]:
            start = dt.date.fromisoformat(event["date_start"])
            assert start <= dt.date.fromisoformat(event["date_end"])
