"""Crash safety and concurrency: SIGKILL mid-run loses and duplicates nothing; readers of
the database never see "database is locked" while a run writes to it.

Two kill-and-resume rounds run here; `python scripts/kill_resume.py --rounds 50` runs many.
The lineage tests below kill inside the one transaction of a document, its mentions and its
near-copy lineage, at every kind of point and in shuffled orders, without spaCy (fast).
"""

from __future__ import annotations

import importlib.util
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from wirecode.errors import StoreError
from wirecode.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]


def _kill_resume():
    spec = importlib.util.spec_from_file_location("kill_resume", ROOT / "scripts/kill_resume.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_killed_runs_resume_with_nothing_lost_or_duplicated(tmp_path):
    rounds = _kill_resume().run_rounds(2, seed=3, work=tmp_path, log=lambda _: None, workers=["1"])
    assert rounds == 2  # many more, with 2 workers too: scripts/kill_resume.py


def test_a_reader_never_sees_a_locked_database_while_run_writes(tmp_path):
    """`serve` reads while `run` writes (WAL): every read answers, none errors."""
    kill_resume = _kill_resume()
    inputs = kill_resume.make_corpus(tmp_path / "inputs")
    db = tmp_path / "shared.db"
    SQLiteStore(db).close()  # the schema exists before the reader starts
    errors: list[Exception] = []
    reads = 0
    done = threading.Event()

    def reader() -> None:
        nonlocal reads
        while not done.is_set():
            try:
                with SQLiteStore(db) as store:
                    store.events()
                    store.counts()
                reads += 1
            except Exception as error:  # noqa: BLE001 - any error is the failure we look for
                errors.append(error)
            time.sleep(0.002)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        kill_resume.finish("run", *inputs, "--db", str(db), "-q", "--workers", "1")
    finally:
        done.set()
        thread.join()
    assert not errors, errors[:3]
    assert reads > 10
    with SQLiteStore(db) as store:
        assert store.integrity_check() == "ok"
        assert store.counts()["documents"] == 45


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        SQLiteStore(path)


def test_run_on_an_unusable_database_exits_non_zero_without_a_traceback(tmp_path):
    from click.testing import CliRunner

    from wirecode.cli import main

    (tmp_path / "a.txt").write_text("Xi met Putin in Moscow on Tuesday.")
    for db in (tmp_path, tmp_path / "junk.db"):
        if db.suffix:
            db.write_bytes(b"\x00junk" * 1000)
        result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "--db", str(db)])
        assert result.exit_code == 1, result.output
        assert "cannot open database" in result.output
        assert "Traceback" not in result.output


def test_an_interrupted_transaction_leaves_no_trace(tmp_path):
    """A document and its mentions are one transaction: a failure half-way stores neither."""
    from wirecode.ingest import make_document

    store = SQLiteStore(tmp_path / "t.db")
    document = make_document("Xi met Putin.")

    class Boom(list):
        def __iter__(self):
            raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError):
        store.add_document(document, Boom(), coder="test")
    assert not store.known_document(document.id)
    assert store.counts()["mentions"] == 0
    assert sqlite3.connect(tmp_path / "t.db").execute("PRAGMA integrity_check").fetchone() == (
        "ok",
    )


# -- the document, its mentions and its near-copy lineage: one transaction ------------------
class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, nothing uncommitted survives."""


def _reports(count: int = 40):
    """The kill_resume corpus's short reports: many near-copies of each other."""
    import datetime as dt
    import json
    import tempfile

    from wirecode.ingest import make_document

    with tempfile.TemporaryDirectory() as work:
        _kill_resume().make_corpus(Path(work), documents=count)
        lines = (Path(work) / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    documents = []
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        published = dt.date.fromisoformat(record["published"])
        documents.append(make_document(record["text"], published=published, path=record["id"]))
    return documents


def _store(path: Path, documents, *, kill_at: int | None = None) -> None:
    """Store `documents` as `pipeline.run` does (document, mentions, lineage in one
    transaction); `kill_at` stops the run inside the transaction of that document."""
    from unittest import mock

    from wirecode.dedup import CopyFinder

    store = SQLiteStore(path)
    finder = CopyFinder(store)
    stored = 0

    def record(document):
        if stored == kill_at:
            with mock.patch.object(CopyFinder, "_index", side_effect=Killed):
                return finder.record(document)  # the signature is written, then the kill
        return finder.record(document)

    try:
        for document in documents:
            if store.known_document(document.id):
                continue
            store.add_document(document, [], coder="test", then=lambda d=document: record(d))
            stored += 1
    except Killed:
        pass
    store.close()  # uncommitted work is gone, as after SIGKILL


def _lineage(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return sorted(
            con.execute(
                "SELECT d.id, l.copy_of, l.signature IS NOT NULL FROM documents d "
                "LEFT JOIN document_lineage l ON l.document = d.id"
            )
        )


def test_a_kill_inside_the_lineage_write_stores_neither_document_nor_lineage(tmp_path):
    documents = _reports(6)
    _store(tmp_path / "k.db", documents, kill_at=3)
    rows = _lineage(tmp_path / "k.db")
    assert [r[0] for r in rows] == sorted(d.id for d in documents[:3])
    assert all(signed for _, _, signed in rows)  # no document without its lineage
    with sqlite3.connect(tmp_path / "k.db") as con:
        assert con.execute("SELECT count(*) FROM document_lineage").fetchone() == (3,)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_copy_groups_depend_neither_on_ingest_order_nor_on_where_a_run_was_killed(tmp_path):
    """Seed 21, round 4 of kill_resume.py: lineage written apart from the document let a
    kill between them split a copy group, so `independent_sources` differed on resume."""
    import random

    documents = _reports(40)
    _store(tmp_path / "clean.db", documents)
    expected = _lineage(tmp_path / "clean.db")
    copies = [row for row in expected if row[1]]
    assert len(copies) >= 10  # the corpus has near-copies to group
    published = {d.id: d.published.end for d in documents}
    for document, original, _ in copies:  # the original: earliest published, ties by id
        group = [d for d, o, _ in expected if d == original or o == original]
        assert original == min(group, key=lambda d: (published[d], d)), document
    rng = random.Random(21)
    for number in range(6):
        order = documents[:] if number == 0 else rng.sample(documents, len(documents))
        if number % 2:
            order.reverse()
        db = tmp_path / f"order{number}.db"
        kill_at = rng.randrange(len(documents)) if number else None
        _store(db, order, kill_at=kill_at)
        if kill_at is not None:
            _store(db, rng.sample(documents, len(documents)))  # the resumed run
        assert _lineage(db) == expected, (number, kill_at)
