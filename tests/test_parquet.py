"""Exports: four Parquet tables read back with pyarrow (and DuckDB when installed); the JSON
lines unchanged byte for byte. Stores are filled by hand, so no spaCy model is loaded."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from wirecode.cli import main
from wirecode.ingest import make_document
from wirecode.pipeline import merge_store
from wirecode.records import ActorRef, DateValue, Mention
from wirecode.store.sqlite import SQLiteStore

pq = pytest.importorskip("pyarrow.parquet", reason='pyarrow is not installed ("wirecode[parquet]")')

XI = ActorRef("xi-jinping", "Xi Jinping", "CHN", "GOV")
ZELENSKY = ActorRef("volodymyr-zelensky", "Volodymyr Zelensky", "UKR", "GOV")
KYIV = ActorRef("UKR", "Ukraine", "UKR", None, "state")


def _mention(document_id: str, day: str, *, initiator=None) -> Mention:
    return Mention(
        document=document_id,
        sentence_index=0,
        start=0,
        end=38,
        sentence="Xi spoke with Zelensky by phone, «first».",
        trigger="spoke",
        event="CONSULT",
        mode="phone",
        status="occurred",
        actors=[XI, ZELENSKY],
        date=DateValue.day(dt.date.fromisoformat(day), text="Wednesday", basis="weekday"),
        initiator=initiator,
        trigger_start=3,
        trigger_end=8,
    )


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "export.db")
    with SQLiteStore(path) as store:
        for n, (published, day) in enumerate(
            [("2023-04-27", "2023-04-26"), ("2023-04-28", "2023-04-27"), ("2022-06-16", None)]
        ):
            document = make_document(
                f"Article {n}: Xi spoke with Zelensky by phone, «first».",
                path=f"{n}.txt",
                published=dt.date.fromisoformat(published),
                published_basis="header",
            )
            mentions = [_mention(document.id, day or published, initiator=KYIV if n else None)]
            store.add_document(document, mentions, coder="test")
        merge_store(store)
    return path


def test_parquet_tables_read_back(db, tmp_path):
    out = tmp_path / "parquet"
    result = CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet", "-o", out])
    assert result.exit_code == 0, result.output
    tables = {
        name: pq.read_table(out / f"{name}.parquet")
        for name in ("events", "mentions", "actors", "documents")
    }
    events = tables["events"].to_pylist()
    with SQLiteStore(db) as store:
        stored = store.events()
    assert [e["id"] for e in events] == [e["id"] for e in stored]
    assert [e["date"] for e in events] == ["2022-06-16", "2023-04-26"]
    call = events[1]
    assert call["date_start"] == dt.date(2023, 4, 26)
    assert call["sources"] == 2 and call["mention_count"] == 2
    assert [a["name"] for a in call["actors"]] == ["Volodymyr Zelensky", "Xi Jinping"]
    assert call["initiator"]["id"] == "UKR"
    assert json.loads(call["conflicts"])[0]["field"] == "date"
    mentions = tables["mentions"].to_pylist()
    assert len(mentions) == 3
    assert {m["event_id"] for m in mentions} == {e["id"] for e in events}
    assert mentions[0]["sentence"].endswith("«first».")  # text survives as UTF-8
    actors = tables["actors"].to_pylist()
    assert sorted({a["role"] for a in actors}) == ["actor", "initiator"]
    assert len([a for a in actors if a["event_id"] == call["id"]]) == 3
    documents = tables["documents"].to_pylist()
    assert len(documents) == 3 and documents[0]["published_basis"] == "header"
    assert documents[0]["paths"] and documents[0]["published_end"]


def test_parquet_reads_in_duckdb(db, tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet", "-o", tmp_path])
    rows = duckdb.sql(
        f"SELECT e.date, count(*) FROM '{tmp_path}/events.parquet' e "
        f"JOIN '{tmp_path}/actors.parquet' a ON a.event_id = e.id GROUP BY e.date ORDER BY 1"
    ).fetchall()
    with SQLiteStore(db) as store:  # every party of an event is a row: actors, recipients,
        events = store.events()  # and the initiator where the text names one
    expected = sorted(
        (e["date"], len(e["actors"]) + len(e["recipients"]) + (1 if e["initiator"] else 0))
        for e in events
    )
    assert rows == expected
    assert [date for date, _ in rows] == ["2022-06-16", "2023-04-26"]


def test_parquet_of_an_empty_store_and_without_a_folder(tmp_path):
    db = str(tmp_path / "empty.db")
    SQLiteStore(db).close()
    runner = CliRunner()
    assert runner.invoke(main, ["export", "--db", db, "--format", "parquet"]).exit_code == 2
    result = runner.invoke(main, ["export", "--db", db, "--format", "parquet", "-o", tmp_path])
    assert result.exit_code == 0
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "documents.parquet").num_rows == 0


def test_jsonl_bytes_are_unchanged(db, tmp_path):
    with SQLiteStore(db) as store:
        events = store.events()
    expected = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in events)
    stdout = CliRunner().invoke(main, ["export", "--db", db]).stdout_bytes
    assert stdout == expected.encode("utf-8")
    CliRunner().invoke(main, ["export", "--db", db, "-o", tmp_path / "e.jsonl"])
    assert (tmp_path / "e.jsonl").read_bytes() == expected.encode("utf-8")
