"""The documented Python API: `wirecode.code`, `wirecode.open`, and `__all__`."""

from __future__ import annotations

import pytest

import wirecode


def test_all_names_exist() -> None:
    missing = [name for name in wirecode.__all__ if not hasattr(wirecode, name)]
    assert missing == []
    assert {"code", "run", "open", "Database"} <= set(wirecode.__all__)


def test_code_one_text(coder) -> None:
    events = wirecode.code(
        "Xi Jinping spoke with Vladimir Putin by phone on Wednesday.", published="2023-04-27"
    )
    assert [e.date.value for e in events if e.event == "CONSULT"] == ["2023-04-26"]


def test_open_gives_plain_records(tmp_path, seed_files, coder) -> None:
    from wirecode.pipeline import run
    from wirecode.store import SQLiteStore

    db = str(tmp_path / "w.db")
    with SQLiteStore(db) as store:
        run([str(seed_files[0])], store, coder=coder)
    with wirecode.open(db) as opened:
        events = opened.events()
        assert events and all(isinstance(e, dict) for e in events)
        assert {"id", "sources", "independent_sources", "corrections"} <= set(events[0])
        assert opened.events(actor="Xi Jinping", event="CONSULT")
        assert opened.mentions()[0]["coder"]
        assert opened.documents()[0]["id"].startswith("doc_")
        assert opened.corrections() == []
        try:
            import pandas  # noqa: F401
        except ImportError:
            with pytest.raises(wirecode.WirecodeError, match="pip install pandas"):
                opened.dataframe()
        else:
            frame = opened.dataframe()
            assert len(frame) == len(events) and "independent_sources" in frame.columns
