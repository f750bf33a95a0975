"""Re-coding: documents of an older coder version are coded again; the change is reported."""

from __future__ import annotations

import json

from click.testing import CliRunner

from wirecode import corrections
from wirecode.cli import main
from wirecode.pipeline import run
from wirecode.recode import current_version, outdated_documents, recode
from wirecode.store import SQLiteStore


def _age(store, *, redate: str | None = None) -> None:
    """Make the stored output look like an older coder's (optionally with another date)."""
    with store.db:
        store.db.execute("UPDATE documents SET coder = 'wirecode-0.0.1+rules.old.kb.old'")
        if redate:
            for rowid, data in store.db.execute("SELECT id, data FROM mentions").fetchall():
                mention = json.loads(data)
                if mention["event"] == "CONSULT" and mention["mode"] == "phone":
                    day = {"start": redate, "end": redate, "precision": "day", "basis": "old"}
                    mention["date"] = day
                    store.db.execute(
                        "UPDATE mentions SET data = ? WHERE id = ?", (json.dumps(mention), rowid)
                    )
    from wirecode.pipeline import merge_store

    merge_store(store)


def test_current_version_needs_no_model(coder) -> None:
    assert current_version() == coder.version


def test_run_counts_outdated_documents(tmp_path, seed_files, coder) -> None:
    with SQLiteStore(tmp_path / "w.db") as store:
        account = run([str(seed_files[0])], store, coder=coder)
        assert account.outdated == 0
        first = account.ingested[0][1]
        _age(store)
        account = run([str(seed_files[1])], store, coder=coder)
        assert account.outdated == 1
        assert outdated_documents(store, coder.version) == [first]


def test_recode_reports_redated_events_and_keeps_corrections(tmp_path, seed_files, coder):
    with SQLiteStore(tmp_path / "w.db") as store:
        run([str(p) for p in seed_files], store, coder=coder)
        truth = {e["id"]: e["date"] for e in store.events()}
        rejected = next(e for e in store.events() if e["event"] == "AGREE")
        corrections.reject(store, rejected["id"], comment="not an agreement")
        _age(store, redate="2001-01-01")
        assert len(outdated_documents(store, coder.version)) == 5
        change = recode(store, coder)
        assert change.documents == 5 and outdated_documents(store, coder.version) == []
        # the old output had every phone call on 2001-01-01, so some calls were one event
        assert change.redated and change.added
        assert all(before["date"] == "2001-01-01" for before, _ in change.redated)
        assert all(e["date"] != "2001-01-01" for e in change.added)
        after = {e["id"]: e["date"] for e in store.events()}
        assert after == {i: d for i, d in truth.items() if i != rejected["id"]}
        again = recode(store, coder)  # nothing left to re-code
        assert again.documents == 0 and again.unchanged == len(after)


def test_cli_hint_and_recode(tmp_path, seed_files, coder) -> None:
    db = str(tmp_path / "w.db")  # the model is loaded once per process (nlp.load caches)
    with SQLiteStore(db) as store:
        run([str(seed_files[0])], store, coder=coder)
        _age(store)
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(seed_files[0]), "--db", db, "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "wirecode run --recode" in result.output
    result = runner.invoke(main, ["run", "--recode", "--db", db, "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "re-coded 1 documents" in result.output
    result = runner.invoke(main, ["run", "--db", db])
    assert result.exit_code == 2 and "--recode" in result.output
