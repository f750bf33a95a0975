"""A shared server: writes always need the token, reads only when private."""

from __future__ import annotations

import warnings

import pytest

pytest.importorskip("fastapi", reason="the server extra: pip install 'wirecode[server]'")
with warnings.catch_warnings():  # starlette's test client warns about its httpx backend
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from wirecode.auth import Access, TokenError, read_token  # noqa: E402
from wirecode.pipeline import run  # noqa: E402
from wirecode.store import SQLiteStore  # noqa: E402
from wirecode.web.app import create_app  # noqa: E402

TOKEN = "s3cret-token-for-tests-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def db(tmp_path_factory, seed_files, coder) -> str:
    path = str(tmp_path_factory.mktemp("auth") / "w.db")
    with SQLiteStore(path) as store:
        run([str(p) for p in seed_files[:2]], store, coder=coder)
    return path


def client(db, **access) -> TestClient:
    return TestClient(create_app(db, access=Access(**access)))


def _event_id(c: TestClient, **where) -> str:
    events = c.get("/timeline.json", params={"limit": 1000}).json()["events"]
    return next(
        e["id"]
        for e in events
        if all(e.get(k) == v for k, v in where.items()) and not e.get("quotes")
    )


def test_read_only_server_refuses_writes(db) -> None:
    c = client(db)
    assert c.get("/timeline.json").status_code == 200
    response = c.post("/corrections", json={"kind": "reject", "event": "x"}, headers=BEARER)
    assert response.status_code == 405 and "--writable" in response.json()["error"]


def test_writes_need_the_token(db) -> None:
    c = client(db, token=TOKEN, writable=True)
    event_id = _event_id(c, event="CONSULT")
    body = {"kind": "reject", "event": event_id, "comment": "duplicate"}
    assert c.post("/corrections", json=body).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token-at-all-000"}
    assert c.post("/corrections", json=body, headers=wrong).status_code == 403
    response = c.post("/corrections", json=body, headers=BEARER)
    assert response.status_code == 201, response.text
    correction = response.json()
    assert correction["kind"] == "reject" and correction["comment"] == "duplicate"
    assert c.get(f"/events/{event_id}.json").status_code == 404  # rejected: out of the views
    assert [x["id"] for x in c.get("/corrections.json").json()] == [correction["id"]]
    assert c.delete(f"/corrections/{correction['id']}").status_code == 401
    assert c.delete(f"/corrections/{correction['id']}", headers=BEARER).status_code == 200
    assert c.get(f"/events/{event_id}.json").status_code == 200


def test_fix_through_the_api_shows_on_the_event_page(db) -> None:
    c = client(db, token=TOKEN, writable=True)
    event_id = _event_id(c, event="CONSULT")
    body = {"kind": "fix", "event": event_id, "date": "2022-02-24", "comment": "per readout"}
    correction = c.post("/corrections", json=body, headers=BEARER).json()
    event = c.get(f"/events/{event_id}.json").json()["event"]
    assert event["date"] == "2022-02-24"
    assert event["corrections"][0]["comment"] == "per readout"
    page = c.get(f"/events/{event_id}").text
    assert "Corrected by an analyst" in page and "per readout" in page
    bad = c.post("/corrections", json={**body, "date": "soon"}, headers=BEARER)
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["error"]
    c.delete(f"/corrections/{correction['id']}", headers=BEARER)


def test_private_server_guards_reads(db) -> None:
    c = client(db, token=TOKEN, private=True)
    assert c.get("/timeline.json").status_code == 401
    assert c.get("/timeline.json", headers=BEARER).status_code == 200


def test_tokens_are_checked_when_read(tmp_path) -> None:
    assert read_token(None) is None
    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    assert read_token(token_file=path) == TOKEN
    with pytest.raises(TokenError, match="at least 16"):
        read_token("short")
