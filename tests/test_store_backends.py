"""The stores behave alike: every test runs against SQLite and a real PostgreSQL server.

PostgreSQL is reached at `WIRECODE_TEST_POSTGRES` (default `postgresql:///wirecode_test`, the
Unix socket; `scripts/test.sh` starts a server when run as root). Each test gets a schema of
its own, dropped afterwards. Without a reachable server the PostgreSQL half is skipped, with
the reason. No spaCy model is loaded here: documents and mentions are built by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from urllib.parse import quote

import pytest

from wirecode.errors import AmbiguousId, StoreError
from wirecode.ingest import make_document
from wirecode.pipeline import merge_store
from wirecode.records import ActorRef, DateValue, Mention
from wirecode.store import open_store
from wirecode.store.sqlite import SQLiteStore

POSTGRES_URL = os.environ.get("WIRECODE_TEST_POSTGRES", "postgresql:///wirecode_test")

XI = ActorRef("xi-jinping", "Xi Jinping", "CHN", "GOV")
PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "RUS", "GOV")
ZELENSKY = ActorRef("volodymyr-zelensky", "Volodymyr Zelensky", "UKR", "GOV")


def _postgres_unavailable() -> str | None:
    try:
        import psycopg
    except ImportError:
        return 'psycopg is not installed (pip install "wirecode[postgres]")'
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.Error as error:
        return f"no PostgreSQL server at {POSTGRES_URL}: {str(error).strip().splitlines()[0]}"
    return None


def _integrity_errors() -> tuple[type[Exception], ...]:
    """What each driver raises for a broken constraint (the stores do not translate it)."""
    errors: list[type[Exception]] = [sqlite3.IntegrityError]
    with contextlib.suppress(ImportError):
        import psycopg

        errors.append(psycopg.IntegrityError)
    return tuple(errors)


@pytest.fixture(scope="module")
def postgres_reason() -> str | None:
    return _postgres_unavailable()


@contextlib.contextmanager
def _database(backend: str, tmp_path, postgres_reason: str | None):
    """A fresh database URL for a backend: a SQLite file, or a PostgreSQL schema of its own."""
    if backend == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if postgres_reason:
        pytest.skip(postgres_reason)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store_url(request, tmp_path, postgres_reason):
    with _database(request.param, tmp_path, postgres_reason) as url:
        yield url


backends = pytest.mark.parametrize("store_url", ["sqlite", "postgres"], indirect=True)


def _document(text: str, published: str | None = "2023-04-27", path: str = "a.txt"):
    date = dt.date.fromisoformat(published) if published else None
    basis = "header" if date else "unknown"
    return make_document(text, path=path, published=date, published_basis=basis)


def _mention(document_id: str, who=(XI, ZELENSKY), day="2023-04-26", start=0) -> Mention:
    return Mention(
        document=document_id,
        sentence_index=0,
        start=start,
        end=start + 20,
        sentence="Xi spoke with Zelensky",
        trigger="spoke",
        event="CONSULT",
        mode="phone",
        status="occurred",
        actors=list(who),
        date=DateValue.day(dt.date.fromisoformat(day), text="Wednesday", basis="weekday"),
        trigger_start=start + 3,
        trigger_end=start + 8,
    )


def _fill(store) -> None:
    first = _document("Xi spoke with Zelensky on Wednesday.", path="b.txt")
    second = _document("Zelensky and Xi held a call.", published="2023-04-28", path="c.txt")
    third = _document("Xi spoke with Putin.", published=None, path="d.txt")
    store.add_document(first, [_mention(first.id)], coder="test")
    store.add_document(second, [_mention(second.id)], coder="test")
    store.add_document(third, [_mention(third.id, who=(XI, PUTIN), day="2022-06-15")], coder="test")


@backends
def test_documents_round_trip(store_url):
    document = _document("Xi spoke with Zelensky on Wednesday.", path="b.txt")
    with open_store(store_url) as store:
        assert not store.known_document(document.id)
        store.add_document(document, [_mention(document.id)], coder="test")
        assert store.known_document(document.id)
        store.add_path(document.id, "a.txt")
        store.add_path(document.id, None)
        back = store.document(document.id)
    assert back.path == "a.txt"  # the smallest path
    assert back.paths == ["a.txt", "b.txt"]
    assert back.text == document.text
    assert back.published == document.published
    assert back.published_basis == "header"


@backends
def test_mentions_outlets_dates_counts(store_url):
    with open_store(store_url) as store:
        _fill(store)
        mentions = list(store.mentions())
        assert [m.actors[1].id for m in mentions] == [
            "volodymyr-zelensky",
            "volodymyr-zelensky",
            "vladimir-putin",
        ]
        assert mentions[0] == _mention(mentions[0].document)
        assert sorted(v.isoformat() for v in store.published_dates().values() if v) == [
            "2023-04-27",
            "2023-04-28",
        ]
        assert set(store.outlets().values()) == {None}
        assert store.counts() == {"documents": 3, "mentions": 3, "events": 0}
        assert [d.id for d in store.documents()] == sorted(d.id for d in store.documents())


@backends
def test_a_document_and_its_mentions_are_one_transaction(store_url):
    document = _document("Xi spoke with Zelensky on Wednesday.")
    with open_store(store_url) as store:
        store.add_document(document, [_mention(document.id)], coder="test")
        with pytest.raises(_integrity_errors()):  # the same id again: the whole document is refused
            store.add_document(document, [_mention(document.id)] * 3, coder="test")
        assert store.counts()["mentions"] == 1
        broken = _document("Another text entirely.")
        with pytest.raises(
            _integrity_errors()
        ):  # a mention of an unknown document breaks the insert
            store.add_document(broken, [_mention("doc_missing")], coder="test")
        assert not store.known_document(broken.id)
        assert store.counts() == {"documents": 1, "mentions": 1, "events": 0}


@backends
def test_events_are_replaced_and_filtered(store_url):
    with open_store(store_url) as store:
        _fill(store)
        events = merge_store(store)
        assert len(events) == 2
        assert store.counts()["events"] == 2
        stored = store.events()
        assert [e["date"] for e in stored] == ["2022-06-15", "2023-04-26"]
        assert stored[1]["sources"] == 2
        assert [e["date"] for e in store.events(actor="putin")] == ["2022-06-15"]  # any case
        assert [e["date"] for e in store.events(actor="volodymyr-zelensky")] == ["2023-04-26"]
        assert store.events(actor="%") == []  # filters are bound and escaped
        assert len(store.events(event="consult", status="occurred")) == 2
        assert [e["date"] for e in store.events(since="2023-01-01")] == ["2023-04-26"]
        assert [e["date"] for e in store.events(until="2023-01-01")] == ["2022-06-15"]
        first = stored[0]["id"]
        assert store.event(first) == stored[0]
        assert store.event(first[:8])["id"] == first
        assert store.event("ev_nothing") is None
        with pytest.raises(AmbiguousId) as ambiguous:  # the prefix of both: no guess
            store.event("ev_")
        assert ambiguous.value.matches == sorted(e["id"] for e in stored)
        merge_store(store)  # re-deriving changes nothing
        assert store.events() == stored


def test_both_backends_store_the_same_events(tmp_path, postgres_reason):
    results = []
    for backend in ("sqlite", "postgres"):
        with _database(backend, tmp_path, postgres_reason) as url, open_store(url) as store:
            _fill(store)
            merge_store(store)
            results.append((store.events(), [d.id for d in store.documents()]))
    assert results[0] == results[1]


@backends
def test_a_newer_schema_is_refused(store_url):
    with open_store(store_url) as store:
        store.db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
        if isinstance(store, SQLiteStore):
            store.db.commit()
    with pytest.raises(StoreError, match="newer than this wirecode"):
        open_store(store_url)


def test_open_store_selects_the_backend(tmp_path, monkeypatch):
    with open_store(str(tmp_path / "x.db")) as store:
        assert isinstance(store, SQLiteStore)
    with pytest.raises(StoreError, match="cannot connect|install the PostgreSQL extra"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


@backends
def test_mentions_and_documents_stream_past_one_round_trip(store_url, monkeypatch):
    """PostgreSQL hands rows over in chunks of STREAM_ROWS (a server-side cursor); reading
    more rows than one chunk gives every row once, in order, while writes go on."""
    from wirecode.store import postgres

    monkeypatch.setattr(postgres, "STREAM_ROWS", 2)
    with open_store(store_url) as store:
        documents = [
            _document(f"Xi spoke with Zelensky, call {i}.", path=f"{i}.txt") for i in range(5)
        ]
        for document in documents:
            store.add_document(
                document, [_mention(document.id, start=s) for s in (0, 30)], coder="t"
            )
        assert [d.id for d in store.documents()] == sorted(d.id for d in documents)
        streamed = list(store.mentions())
        assert len(streamed) == 10 and {m.document for m in streamed} == {d.id for d in documents}
        events = merge_store(store)
        assert events and len(list(store.mentions())) == 10
