"""Hostile requests on the web surface (issue 8, item 5), beyond tests/test_web_api.py.

Oversized parameters, path traversal in every route with an id, unknown methods and content
types, malformed percent-encoding, huge query strings, `Accept` headers, raw bytes: every
answer is < 500, no 4xx/5xx body shows a traceback or a Python file path, and no HTML page
echoes raw input. Requests that an HTTP client would refuse or normalise (`..` segments, raw
NUL or non-UTF-8 bytes, URLs over 64 KB) go straight to the ASGI app, as a server hands them.
"""

from __future__ import annotations

import asyncio
import shutil
import urllib.parse
import warnings
from pathlib import Path

import pytest

pytest.importorskip(
    "fastapi", reason="the web UI needs the server extra: pip install -e '.[server]'"
)

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

with warnings.catch_warnings():  # starlette's test client warns about its httpx backend
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from wirecode.auth import Access  # noqa: E402
from wirecode.pipeline import run  # noqa: E402
from wirecode.store.sqlite import SQLiteStore  # noqa: E402
from wirecode.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
TOKEN = "hostile-test-token-0123456789abcdef"
XSS = [
    "<script>alert(1)</script>",
    '"><svg onload=alert(2)>',
    "<img src=x onerror=alert(3)>",
    "javascript:alert(4)",
    "'><iframe src=//evil.example>",
]
TRACE_MARKS = ("Traceback", 'File "', ".py:", '.py"', "site-packages", str(ROOT))
ID_ROUTES = ["/events/{}", "/actors/{}", "/documents/{}"]
LIST_ROUTES = ["/timeline", "/graph", "/map", "/actors"]
TEXT_PARAMS = ["actor", "with", "event", "status", "since", "until", "q", "place", "name"]


# -- the app, and requests as a server hands them over ------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory, coder) -> Path:
    """Two seed articles and one whose file name and text are markup."""
    folder = tmp_path_factory.mktemp("hostile-web")
    inputs = folder / "inputs"
    inputs.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, inputs / seed.name)
    (inputs / '<svg onload=alert(9)>"x.txt').write_text(
        " date 2023-05-02 Xi Jinping spoke with Vladimir Putin by phone on Monday "
        "<script>alert(8)</script> about trade.\n",
        encoding="utf-8",
    )
    path = folder / "hostile.db"
    with SQLiteStore(path) as store:
        run([str(inputs)], store, coder=coder)
    return path


@pytest.fixture(scope="module")
def app(db):
    return create_app(db)


@pytest.fixture(scope="module")
def client(app) -> TestClient:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def writable(db, tmp_path_factory) -> TestClient:
    copy = tmp_path_factory.mktemp("writable") / "w.db"
    shutil.copy(db, copy)
    app = create_app(copy, access=Access(token=TOKEN, writable=True))
    with TestClient(app, raise_server_exceptions=False) as client:
        client.headers["authorization"] = f"Bearer {TOKEN}"
        yield client


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code, self.headers, self.content = status, headers, body
        self.text = body.decode("utf-8", "replace")


def send(app, method: str, target: bytes, headers=(), body: bytes = b"") -> Answer:
    """One request straight to the ASGI app: the path percent-decoded as uvicorn does,
    nothing normalised, any bytes allowed."""
    raw_path, _, query = target.partition(b"?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": urllib.parse.unquote(raw_path.decode("latin-1")),
        "raw_path": raw_path,
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    messages: list[dict] = []
    delivered = False

    async def receive():
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def collect(message):
        messages.append(message)

    asyncio.run(app(scope, receive, collect))
    start = messages[0]
    headers_out = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in start["headers"]}
    return Answer(start["status"], headers_out, b"".join(m.get("body", b"") for m in messages[1:]))


def check(answer, *raw: str) -> None:
    """Never a 5xx or a traceback; no raw input from `raw` in an HTML body."""
    assert answer.status_code < 500, answer.text[:300]
    if answer.status_code >= 400:
        for mark in TRACE_MARKS:
            assert mark not in answer.text, (mark, answer.text[:300])
    if answer.headers.get("content-type", "").startswith("text/html"):
        for value in raw:
            if any(c in value for c in "<>\"'"):
                assert value not in answer.text, value


# -- path traversal, in every route with an id ---------------------------------------------
TRAVERSALS = [
    b"../../../../etc/passwd",
    b"..%2f..%2f..%2fetc%2fpasswd",
    b"%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    b"%2e%2e/%2e%2e/pyproject.toml",
    b"..%5c..%5cwindows%5cwin.ini",
    b"%252e%252e%252fetc%252fpasswd",
    b"....//....//etc/passwd",
    b"..%c0%af..%c0%afetc%c0%afpasswd",
    b"%00",
    b"..",
    b"%2e%2e",
    b"/etc/passwd",
    b"file:%2f%2f%2fetc%2fpasswd",
    b"..%00.json",
]


@pytest.mark.parametrize("route", [*ID_ROUTES, "/static/{}"])
@pytest.mark.parametrize("suffix", [b"", b".json"])
def test_path_traversal_in_every_route_with_an_id(app, route, suffix):
    for traversal in TRAVERSALS:
        target = route.encode().replace(b"{}", traversal) + suffix
        answer = send(app, "GET", target)
        check(answer)
        assert 400 <= answer.status_code < 500, (target, answer.status_code)
        assert "root:" not in answer.text and "[project]" not in answer.text
        assert "import " not in answer.text


def test_the_writable_routes_refuse_traversal_and_numbers_beyond_64_bits(writable):
    for value in ("..%2f..%2fetc%2fpasswd", "1e5", "-1", "9" * 100, "<script>", "%00"):
        answer = writable.delete(f"/corrections/{value}")
        check(answer, value)
        assert 400 <= answer.status_code < 500, (value, answer.status_code)
        assert answer.headers["content-type"] == "application/json"  # writes answer JSON


# -- oversized parameters and huge query strings -------------------------------------------
@pytest.mark.parametrize("route", LIST_ROUTES)
@pytest.mark.parametrize("suffix", ["", ".json"])
def test_oversized_parameters_answer_400_without_echoing_them(client, route, suffix):
    names = [*TEXT_PARAMS, "min_sources", "limit", "offset"]
    for name in names:
        for value in ("x" * 10_000, "9" * 5_000, "<b>" * 3_000):
            answer = client.get(route + suffix, params={name: value})
            check(answer, value)
            assert answer.status_code in (200, 400), (route, name, answer.status_code)
            if answer.status_code == 400:  # an error quotes at most a short prefix
                assert value not in answer.text
    for name, value in (("limit", 10**30), ("offset", 10**30), ("limit", -(10**30))):
        answer = client.get("/timeline.json", params={name: value})
        assert answer.status_code == 400 and name in answer.json()["error"]


def test_huge_query_strings_and_ids(app):
    for target in (
        b"/timeline.json?" + b"a=1&" * 250_000,  # 1 MB of unknown parameters
        b"/timeline?" + b"actor=x&" * 100_000,  # one parameter repeated
        b"/timeline?actor=" + b"x" * 2_000_000,
        b"/timeline.json?q=" + b"%41" * 300_000,
        b"/events/" + b"e" * 1_000_000,
        b"/documents/" + b"%2e" * 100_000 + b".json",
        b"/timeline.json?" + b"&" * 500_000 + b"=" * 10,
    ):
        answer = send(app, "GET", target)
        check(answer, target.decode("latin-1"))
        assert answer.status_code in (200, 400, 404), (target[:40], answer.status_code)
        assert len(answer.content) < 500_000 or answer.status_code == 200


# -- malformed percent-encoding and raw bytes ----------------------------------------------
@pytest.mark.parametrize(
    "value",
    [
        b"%",
        b"%z",
        b"%zz",
        b"%f",
        b"%ff%fe",
        b"%C0%AE",
        b"%ED%A0%80",
        b"%00",
        b"%%%",
        b"%25%",
        b"%E2%82",
    ],
)
def test_malformed_percent_encoding_in_queries_and_paths(app, value):
    for target in (
        b"/timeline?actor=" + value,
        b"/timeline.json?q=" + value,
        b"/graph.json?since=" + value,
        b"/map?place=" + value,
        b"/actors.json?name=" + value,
        b"/timeline?" + value + b"=" + value,
        b"/events/" + value,
        b"/actors/" + value + b".json",
        b"/documents/" + value,
        b"/static/" + value,
        b"/" + value,
    ):
        check(send(app, "GET", target))


@pytest.mark.parametrize(
    "raw", [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x80abc", b"\x00", b"\x1b[31m"]
)
def test_raw_bytes_that_are_not_utf8_answer_400_not_500(app, raw):
    """A query string that is not UTF-8 broke Starlette (a 500) before `_RawRequests`."""
    for target in (b"/timeline?actor=" + raw, b"/timeline.json?q=" + raw, b"/map.json?" + raw):
        answer = send(app, "GET", target)
        check(answer)
        assert answer.status_code in (200, 400), (target, answer.status_code)
    check(send(app, "GET", b"/events/" + raw))
    check(send(app, "GET", b"/actors/" + raw + b".json"))


# -- methods, content types, Accept ------------------------------------------------------------
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"])
def test_unknown_and_unsupported_methods_answer_405_in_json(app, method):
    for path in (b"/", b"/timeline", b"/timeline.json", b"/events/x", b"/static/app.css"):
        answer = send(app, method, path, [(b"content-type", b"application/x-evil")], b"\x00" * 64)
        check(answer)
        assert answer.status_code == 405, (method, path)
        assert answer.headers["content-type"] == "application/json"


def test_head_answers_as_get_without_a_body(client):
    for path in ("/", "/timeline", "/timeline.json", "/actors/xi-jinping", "/events/nope"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code, path
        assert head.headers["content-type"] == get.headers["content-type"]
        assert head.content == b""


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{"),
        ("application/json", b"\xff\xfe{}"),
        ("application/json", b"[" * 50_000 + b"]" * 50_000),
        ("application/json", b'{"kind": "reject", "event": "x", "n": ' + b"9" * 50_000 + b"}"),
        ("application/json", b'{"kind": "<script>alert(1)</script>", "event": "x"}'),
        ("application/json", b'{"kind": "reject", "event": "' + b"e" * 100_000 + b'"}'),
        (
            "application/xml",
            b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
        ),
        ("application/x-www-form-urlencoded", b"kind=reject&event=x"),
        ("multipart/form-data; boundary=zz", b"--zz\r\nbroken"),
        ("text/plain", b'{"kind": "reject", "event": "x"}'),
        ("", b""),
        ("application/json; charset=utf-7", b"+ADw-script+AD4-"),
    ],
)
def test_writes_refuse_bad_bodies_and_content_types_with_400_json(writable, content_type, body):
    headers = {"content-type": content_type} if content_type else {}
    answer = writable.post("/corrections", content=body, headers=headers)
    check(answer, body.decode("latin-1"))
    assert 400 <= answer.status_code < 500
    assert answer.headers["content-type"] == "application/json"
    assert "root:" not in answer.text and len(answer.content) < 2000
    assert writable.get("/corrections.json").json() == []  # nothing was recorded


@pytest.mark.parametrize(
    "path", ["/", "/timeline", "/timeline.json", "/events/nope", "/events/nope.json", "/nowhere"]
)
def test_accept_never_changes_the_answer_the_path_decides(client, path):
    answers = [
        client.get(path, headers={"accept": accept})
        for accept in ("*/*", "application/json", "text/html", "image/png", "x" * 8000, "")
    ]
    for answer in answers:
        check(answer)
    assert {a.status_code for a in answers} == {answers[0].status_code}
    kinds = {a.headers["content-type"] for a in answers}
    assert kinds == {"application/json" if path.endswith(".json") else "text/html; charset=utf-8"}


def test_odd_headers_are_harmless(app):
    for name, value in (
        (b"accept", b"\xff\xfe" * 2000),
        (b"cookie", b"a" * 100_000),
        (b"authorization", b"Bearer \xff" * 100),
        (b"host", b"<script>alert(1)</script>"),
        (b"x-forwarded-for", b"' OR 1=1 --"),
        (b"content-length", b"-1"),
        (b"range", b"bytes=99999999999999999999-"),
    ):
        for path in (b"/timeline", b"/static/app.css", b"/events/nope"):
            check(send(app, "GET", path, [(name, value)]), value.decode("latin-1"))


# -- no raw input in HTML ------------------------------------------------------------------
@pytest.mark.parametrize("payload", XSS)
def test_raw_input_is_never_echoed_into_html(client, payload):
    quoted = urllib.parse.quote(payload, safe="")
    for route in LIST_ROUTES:
        for name in [*TEXT_PARAMS, "limit", "group", "min_sources"]:
            check(client.get(route, params={name: payload}), payload)
    for route in ID_ROUTES:
        check(client.get(route.format(quoted)), payload)
    check(client.get(f"/{quoted}"), payload)
    check(client.get(f"/static/{quoted}"), payload)


def test_stored_markup_in_file_names_and_text_is_escaped(client):
    events = client.get("/timeline.json").json()["events"]
    documents = {m["document"] for e in events for m in e["mentions"]}
    for path in ["/", "/timeline", "/graph", "/map", "/actors"] + [
        f"/documents/{d}" for d in sorted(documents)
    ]:
        html = client.get(path).text
        assert "<svg onload=alert(9)>" not in html and "<script>alert(8)" not in html, path


# -- random paths and query strings ------------------------------------------------------------
PIECES = [
    b"/", b"..", b".", b"%2e", b"%2f", b"%5c", b"%00", b"%ff", b"%", b"%zz", b".json", b"\\",
    b"%c0%ae", b"events", b"actors", b"documents", b"static", b"timeline", b"xi-jinping",
    b"<script>", b"'", b'"', b";", b"~", b"*", b"%0d%0a", b"\xff", b"\x00", b"+",
]  # fmt: skip
STARTS = [b"/", b"/events/", b"/actors/", b"/documents/", b"/static/", b"/timeline", b"/graph",
          b"/map", b"/corrections/", b"//"]  # fmt: skip
PARAMS = [*TEXT_PARAMS, "limit", "offset", "min_sources", "group", "x", ""]


def _piece():
    return st.one_of(
        st.sampled_from(PIECES),
        st.binary(max_size=12).map(lambda b: urllib.parse.quote_from_bytes(b).encode()),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", max_size=20).map(str.encode),
    )


@st.composite
def targets(draw):
    start = draw(st.sampled_from(STARTS))
    path = start + b"".join(draw(st.lists(_piece(), max_size=8)))
    pairs = draw(
        st.lists(
            st.tuples(
                st.sampled_from(PARAMS),
                st.one_of(
                    st.text(max_size=60).map(lambda t: urllib.parse.quote(t).encode()),
                    st.sampled_from([p.encode() for p in XSS]),
                    st.integers().map(lambda n: str(n).encode()),
                    st.binary(max_size=20),
                    st.lists(_piece(), max_size=4).map(b"".join),
                ),
            ),
            max_size=6,
        )
    )
    query = b"&".join(name.encode() + b"=" + value for name, value in pairs)
    return path + (b"?" + query if query else b"")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(target=targets(), method=st.sampled_from(["GET", "GET", "GET", "HEAD", "POST"]))
def test_random_paths_and_query_strings_never_fail(app, target, method):
    answer = send(app, method, target)
    check(answer, *XSS)
    assert answer.status_code < 500
