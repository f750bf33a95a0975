"""Corrections that stick: applied after every merge, through new runs and re-coding."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from wirecode import corrections
from wirecode.cli import main
from wirecode.errors import AmbiguousId
from wirecode.export import jsonl_lines
from wirecode.pipeline import run
from wirecode.recode import recode
from wirecode.store import SQLiteStore


@pytest.fixture
def store(tmp_path, seed_files, coder):
    """Three seed articles coded; the other two are added by the tests as new articles."""
    with SQLiteStore(tmp_path / "w.db") as store:
        run([str(p) for p in seed_files[:3]], store, coder=coder)
        yield store


def _find(store, **where) -> dict:
    found = [
        e for e in store.events()
        if all(e.get(k) == v for k, v in where.items() if k != "names")
        and where.get("names", set()) <= {a["name"] for a in e["actors"] + e["recipients"]}
    ]  # fmt: skip
    assert found, where
    return found[0]


def _ids(store) -> set[str]:
    return {e["id"] for e in store.events()}


def test_rejected_event_stays_rejected_after_run_and_recode(store, seed_files, coder):
    event = _find(store, event="CONSULT", mode="phone")
    correction = corrections.reject(store, event["id"], comment="not a real call")
    assert event["id"] not in _ids(store)
    run([str(p) for p in seed_files], store, coder=coder)  # new articles arrive
    assert event["id"] not in _ids(store)
    change = recode(store, coder, everything=True)
    assert change.documents == 5
    assert event["id"] not in _ids(store)
    assert [c.id for c in corrections.load(store)] == [correction.id]
    corrections.undo(store, correction.id)
    assert event["id"] in _ids(store)
    assert corrections.get(store, correction.id).undone


def test_merge_and_split_survive_a_rerun(store, seed_files, coder):
    calls = [e for e in store.events() if e["event"] == "CONSULT"]
    first, second = calls[0], calls[1]
    corrections.merge_events(store, first["id"], second["id"], comment="one call")
    merged = [e for e in store.events() if e["corrections"]]
    assert len(merged) == 1
    keys = {(m["document"], m["trigger_start"]) for m in merged[0]["mentions"]}
    for event in (first, second):
        assert {(m["document"], m["trigger_start"]) for m in event["mentions"]} <= keys
    several = next(e for e in store.events() if len(e["mentions"]) >= 2 and not e["corrections"])
    moved = several["mentions"][-1]
    corrections.split(store, several["id"], len(several["mentions"]), comment="another day")

    def check() -> None:
        events = store.events()
        kinds = sorted(c["kind"] for e in events for c in e["corrections"])
        assert kinds == ["merge", "split", "split"]  # the split shows on both halves
        alone = [
            e
            for e in events
            if any(c["kind"] == "split" for c in e["corrections"])
            and [m["trigger_start"] for m in e["mentions"]] == [moved["trigger_start"]]
        ]
        assert len(alone) == 1
        together = [e for e in events if any(c["kind"] == "merge" for c in e["corrections"])]
        assert {(m["document"], m["trigger_start"]) for m in together[0]["mentions"]} >= keys

    check()
    run([str(p) for p in seed_files], store, coder=coder)  # a re-run with new articles
    check()
    recode(store, coder, everything=True)
    check()


def test_fix_shows_in_the_export(store):
    event = _find(store, event="CONSULT", mode="phone")
    corrections.fix(
        store, event["id"], date="2022-02-24", actors=["Xi Jinping", "Joe Biden"],
        comment="checked against the readout",
    )  # fmt: skip
    exported = [json.loads(line) for line in jsonl_lines(store.events())]
    fixed = next(e for e in exported if e["corrections"])
    assert fixed["date"] == "2022-02-24"
    assert fixed["date_basis"].startswith("corrected by analyst")
    assert [a["name"] for a in fixed["actors"]] == ["Xi Jinping", "Joe Biden"]
    (note,) = fixed["corrections"]  # fmt: skip
    assert note["kind"] == "fix" and note["comment"] == "checked against the readout"
    assert note["changes"]["date"] == "2022-02-24"


def test_bad_corrections_say_why(store):
    event = store.events()[0]
    with pytest.raises(corrections.CorrectionError, match="no event 'ev_nope'"):
        corrections.reject(store, "ev_nope")
    with pytest.raises(AmbiguousId):  # a prefix of several ids: no event is guessed
        corrections.reject(store, "ev_")
    assert corrections.load(store) == []
    with pytest.raises(corrections.CorrectionError, match="YYYY-MM-DD"):
        corrections.fix(store, event["id"], date="yesterday")
    with pytest.raises(corrections.CorrectionError, match="with itself"):
        corrections.merge_events(store, event["id"], event["id"])
    with pytest.raises(corrections.CorrectionError, match="no correction 42"):
        corrections.undo(store, 42)


def test_cli_correct_list_and_undo(store):
    db = store.path
    event = _find(store, event="CONSULT", mode="phone")
    runner = CliRunner()
    result = runner.invoke(main, ["correct", event["id"], "--reject", "-m", "dup", "--db", db])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["correct", "--list", "--json", "--db", db])
    (row,) = json.loads(listed.output)  # fmt: skip
    assert row["kind"] == "reject" and row["comment"] == "dup" and row["event_id"] == event["id"]
    result = runner.invoke(main, ["correct", "--undo", str(row["id"]), "--db", db])
    assert result.exit_code == 0, result.output
    assert event["id"] in _ids(store)
    result = runner.invoke(main, ["correct", event["id"], "--db", db])
    assert result.exit_code == 2 and "give one of" in result.output


def test_an_actor_the_kb_does_not_know_has_the_id_the_coder_gives_it(coder):
    from wirecode.records import Document

    text = "Irish envoy Seán O'Brien met Ukrainian President Volodymyr Zelensky in Kyiv."
    coded = {a.name: a.id for m in coder.code(Document(id="t", text=text)) for a in m.actors}
    typed = corrections.resolve_actor("Seán O'Brien")
    assert typed["id"] == coded["Seán O'Brien"] == "person:sean-obrien"
    assert corrections.resolve_actor("Volodymyr Zelensky")["id"] == "volodymyr-zelensky"
