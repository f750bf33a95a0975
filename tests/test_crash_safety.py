"""Crash safety and concurrency: SIGKILL mid-run loses and duplicates nothing; readers of
the database never see "database is locked" while a run writes to it.

Two kill-and-resume rounds run here; `python scripts/kill_resume.py --rounds 50` runs many.
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
