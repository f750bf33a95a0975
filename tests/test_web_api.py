"""The HTTP API and its HTML pages over the seed corpus: every route, filter and error."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytest.importorskip(
    "fastapi", reason="the web UI needs the server extra: pip install -e '.[server]'"
)

with warnings.catch_warnings():  # starlette's test client warns about its httpx backend
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from wirecode.pipeline import run  # noqa: E402
from wirecode.store.sqlite import SQLiteStore  # noqa: E402
from wirecode.web.app import create_app  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
CALL = "2023-04-26"
PAYLOAD = (
    " date 2023-05-02 President Xi Jinping spoke with Vladimir Putin by phone on Monday "
    '<script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> '
    'about <a href="javascript:window.__pwned=3">peace</a> talks.\n'
    'Putin said the call with Xi Jinping was useful <svg onload="window.__pwned=4">.\n'
)


def build_store(path: Path, *inputs: str) -> Path:
    with SQLiteStore(path) as store:
        run(list(inputs), store)
    return path


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "seeds.db", str(SEEDS))


@pytest.fixture(scope="module")
def client(seed_db) -> TestClient:
    with TestClient(create_app(seed_db)) as client:
        yield client


@pytest.fixture(scope="module")
def call(client) -> dict:
    events = client.get("/timeline.json", params={"actor": "Zelensky"}).json()["events"]
    return next(e for e in events if e["date"] == CALL and e["mode"] == "phone")


# -- every route and its twin -------------------------------------------------------------
def test_every_page_has_a_json_twin(client, call):
    doc = call["mentions"][0]["document"]
    for path in (
        "/",
        "/timeline",
        "/graph",
        f"/events/{call['id']}",
        "/actors",
        "/actors/xi-jinping",
        f"/documents/{doc}",
    ):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        assert "Content-Security-Policy" in page.headers
        twin = client.get(("/index" if path == "/" else path) + ".json")
        assert twin.status_code == 200, path
        assert twin.headers["content-type"] == "application/json"
    assert client.get("/.json").json() == client.get("/index.json").json()


def test_openapi_describes_the_json_routes(client):
    spec = client.get("/openapi.json").json()
    for path in ("/timeline.json", "/graph.json", "/events/{event_id}.json", "/actors.json"):
        assert path in spec["paths"]
    names = {p["name"] for p in spec["paths"]["/timeline.json"]["get"]["parameters"]}
    assert {"actor", "with", "event", "status", "since", "until", "min_sources", "q"} <= names
    assert {"limit", "offset"} <= names


def test_overview(client):
    data = client.get("/index.json").json()
    assert data["counts"]["documents"] == 5
    assert data["counts"]["events"] >= 5
    assert len(data["documents"]) == 5


# -- timeline filters ---------------------------------------------------------------------
def test_timeline_lists_events_in_time_order(client):
    data = client.get("/timeline.json").json()
    assert data["total"] == data["count"] == len(data["events"]) >= 5
    dates = [e["date_start"] for e in data["events"] if e["date_start"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "Xi Jinping"}, lambda e: "Xi Jinping" in _names(e)),
        ({"actor": "xi-jinping"}, lambda e: "xi-jinping" in _ids(e)),
        ({"actor": "xi", "with": "putin"}, lambda e: {"Xi Jinping", "Vladimir Putin"} <= _names(e)),
        ({"event": "request"}, lambda e: e["event"] == "REQUEST"),
        ({"status": "occurred"}, lambda e: e["status"] == "occurred"),
        ({"since": "2023"}, lambda e: e["date_end"] >= "2023-01-01"),
        ({"until": "2022-06"}, lambda e: e["date_start"] <= "2022-06-30"),
        (
            {"since": "2022-06-01", "until": "2022-06-30"},  # the 2022-06-15 call, June 2022
            lambda e: e["date_start"] <= "2022-06-30" and e["date_end"] >= "2022-06-01",
        ),
        ({"min_sources": 2}, lambda e: e["sources"] >= 2),
        ({"q": "telephone"}, lambda e: any("telephone" in m["sentence"] for m in e["mentions"])),
    ],
)
def test_timeline_filters(client, params, check):
    data = client.get("/timeline.json", params=params).json()
    assert data["events"], params
    assert all(check(e) for e in data["events"]), params
    assert data["total"] < client.get("/timeline.json").json()["total"] or "status" in params


def test_the_xi_zelensky_call_has_two_sources_and_a_date_basis(call):
    assert call["sources"] == 2
    assert len({m["document"] for m in call["mentions"]}) == 2
    assert "weekday" in call["date_basis"]


def test_full_text_search_takes_words_not_syntax(client):
    for q in ('"unbalanced', "phone OR", "NEAR(call", "call*", "-call", "^"):
        response = client.get("/timeline.json", params={"q": q})
        assert response.status_code in (200, 400), q
        assert "error" in response.json() or "events" in response.json()
    assert client.get("/timeline.json", params={"q": "^"}).status_code == 400


def test_pagination(client):
    everything = client.get("/timeline.json").json()["events"]
    pages = [
        client.get("/timeline.json", params={"limit": 3, "offset": offset}).json()
        for offset in range(0, len(everything), 3)
    ]
    assert [e["id"] for page in pages for e in page["events"]] == [e["id"] for e in everything]
    assert all(page["total"] == len(everything) for page in pages)
    assert client.get("/timeline.json", params={"offset": 10_000}).json()["events"] == []
    html = client.get("/timeline", params={"limit": 3}).text
    assert 'rel="next"' in html and "offset=3" in html


def test_timeline_page_shows_the_filters_and_the_rows(client):
    html = client.get("/timeline", params={"actor": "Xi Jinping", "group": "type"}).text
    assert 'value="Xi Jinping"' in html
    assert CALL in html and "Sergey Lavrov" not in html.split("<table")[1]


# -- graph, actors, events, documents ---------------------------------------------------------
def test_graph_has_weighted_edges(client):
    data = client.get("/graph.json").json()
    ids = {n["id"] for n in data["nodes"]}
    assert {"xi-jinping", "vladimir-putin"} <= ids
    edge = next(
        e for e in data["edges"] if {e["source"], e["target"]} == {"xi-jinping", "vladimir-putin"}
    )
    assert edge["events"] >= 2
    later = client.get("/graph.json", params={"since": "2023-04-01"}).json()
    assert not any(
        {e["source"], e["target"]} == {"xi-jinping", "vladimir-putin"} for e in later["edges"]
    )
    assert client.get("/graph.json", params={"event": "REQUEST"}).json()["edges"]


def test_actors_and_actor(client):
    data = client.get("/actors.json").json()
    assert data["actors"][0]["id"] == "xi-jinping"
    assert client.get("/actors.json", params={"name": "putin"}).json()["total"] == 1
    assert len(client.get("/actors.json", params={"limit": 2}).json()["actors"]) == 2
    xi = client.get("/actors/xi-jinping.json").json()
    assert xi["actor"]["name"] == "Xi Jinping"
    assert {c["id"] for c in xi["counterparts"]} >= {"vladimir-putin", "volodymyr-zelensky"}
    assert sum(xi["by_year"].values()) == xi["total"] == len(xi["events"])
    # the actor's own words, attributed to Xi during his contacts ("talks and negotiation")
    assert xi["quotes"] and all(q["text"].startswith("Xi Jinping") for q in xi["quotes"])
    assert any("talks and negotiation" in q["text"] for q in xi["quotes"])


def test_event_page_highlights_every_source_sentence(client, call):
    data = client.get(f"/events/{call['id']}.json").json()
    assert len(data["sources"]) == 2
    for source in data["sources"]:
        marked = "".join(s["text"] for s in source["segments"] if s["keys"])
        assert all(sentence in marked for sentence in source["sentences"])
    html = client.get(f"/events/{call['id']}").text
    assert html.count("<mark") >= 2 and "weekday before document date" in html
    assert "Conflicts between sources" in html


def test_event_page_names_the_outlets_a_source_relies_on(client, call):
    """ "Chinese state broadcaster CCTV reported that during the call ...": the evidence
    says whose report the sentence passes on."""
    data = client.get(f"/events/{call['id']}.json").json()
    relied = {r for source in data["sources"] for r in source["reported_by"]}
    assert "Chinese state broadcaster CCTV" in relied
    html = client.get(f"/events/{call['id']}").text
    assert "as reported by Chinese state broadcaster CCTV" in html


def test_document_page_highlights_its_events(client, call):
    doc = call["mentions"][0]["document"]
    data = client.get(f"/documents/{doc}.json").json()
    assert call["id"] in {e["id"] for e in data["events"]}
    assert "".join(s["text"] for s in data["segments"]) == data["document"]["text"]
    html = client.get(f"/documents/{doc}").text
    assert f'href="/events/{call["id"]}"' in html


# -- errors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    ["/events/ev_nothing", "/actors/nobody", "/documents/doc_nothing", "/nothing", "/events/x/y"],
)
def test_unknown_ids_answer_404(client, path):
    assert client.get(path).status_code == 404
    answer = client.get(path + ".json")
    assert answer.status_code == 404
    if path != "/events/x/y":
        assert answer.json()["error"]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 5000}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"min_sources": -2}, "min_sources"),
        ({"event": "PARTY"}, "PLOVER"),
        ({"status": "rumoured"}, "status"),
        ({"since": "2023-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2023-05-01", "until": "2023-04-01"}, "after"),
        ({"actor": "x" * 201}, "actor"),
        ({"q": "q" * 5000}, "q"),
    ],
)
def test_bad_parameters_answer_400_with_a_clear_message(client, params, words):
    answer = client.get("/timeline.json", params=params)
    assert answer.status_code == 400
    assert words in answer.json()["error"]
    page = client.get("/timeline", params=params)
    assert page.status_code == 400 and "Traceback" not in page.text
    assert "bad request" in page.text


INJECTIONS = [
    "' OR 1=1 --",
    "x'); DROP TABLE events; --",
    '" OR ""="',
    "%' UNION SELECT data FROM documents --",
    "1; ATTACH DATABASE '/tmp/x' AS x",
]


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("name", ["actor", "with", "event", "status", "since", "until", "q"])
def test_sql_injection_in_any_filter_is_harmless(client, name, value):
    answer = client.get("/timeline.json", params={name: value})
    assert answer.status_code in (200, 400)
    if answer.status_code == 200:
        assert answer.json()["total"] == 0
    assert client.get("/index.json").json()["counts"]["events"] >= 5


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_in_ids_and_names_is_harmless(client, value):
    assert client.get("/actors.json", params={"name": value}).json()["total"] == 0
    assert client.get(f"/events/{value}.json").status_code in (400, 404)
    assert client.get("/graph.json", params={"actor": value}).json()["edges"] == []


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/app.py",
        "/documents/..%2f..%2fetc%2fpasswd",
        "/events/%2e%2e%2f%2e%2e%2fwirecode.db",
        "/static/../queries.py",
    ],
)
def test_path_traversal_answers_4xx(client, path):
    answer = client.get(path)
    assert 400 <= answer.status_code < 500
    assert "root:" not in answer.text and "import" not in answer.text


def test_oversized_id_answers_4xx(client):
    assert client.get("/events/" + "e" * 5000).status_code == 400
    assert client.get("/actors/" + "a" * 5000 + ".json").status_code == 400


# -- escaping ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> TestClient:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(PAYLOAD, encoding="utf-8")
    db = build_store(folder / "hostile.db", str(folder / "hostile.txt"))
    with TestClient(create_app(db)) as client:
        yield client


def test_article_markup_is_escaped_on_every_page(hostile):
    events = hostile.get("/timeline.json").json()["events"]
    assert events, "the hostile article should give at least one event"
    doc = events[0]["mentions"][0]["document"]
    pages = ["/", "/timeline", "/graph", "/actors", f"/documents/{doc}"]
    pages += [f"/events/{e['id']}" for e in events]
    pages += [f"/actors/{a['id']}" for e in events for a in e["actors"]]
    for path in pages:
        html = hostile.get(path).text
        for raw in ("<script>window", "<img src=x", "<svg onload", 'href="javascript:'):
            assert raw not in html, (path, raw)
    text = hostile.get(f"/documents/{doc}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in text


def _names(event: dict) -> set[str]:
    return {a["name"] for a in event["actors"] + event["recipients"]}


def _ids(event: dict) -> set[str]:
    return {a["id"] for a in event["actors"] + event["recipients"]}
