"""The web UI and the report in a real headless Chromium (Debian's `/usr/bin/chromium`).

Screenshots go to tests/output/ (gitignored). Skipped, with the reason, where Playwright or
Chromium is missing: `scripts/test.sh` installs Chromium on CI.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUTPUT = Path(__file__).resolve().parent / "output"
SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
PAYLOAD = (
    " date 2023-05-02 President Xi Jinping spoke with Vladimir Putin by phone on Monday "
    '<script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> '
    'about <a id="bad" href="javascript:window.__pwned=3">peace</a> talks.\n'
    'Putin said the call with Xi Jinping was useful <svg onload="window.__pwned=4">.\n'
)

if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
    pytest.skip(
        "Chromium is missing: apt-get install chromium (scripts/test.sh does on CI)",
        allow_module_level=True,
    )
pytest.importorskip("playwright.sync_api", reason="Playwright is missing: pip install playwright")
pytest.importorskip("uvicorn", reason="the server extra is missing: pip install -e '.[server]'")

import uvicorn  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from wirecode.pipeline import run  # noqa: E402
from wirecode.report import write_report  # noqa: E402
from wirecode.store.sqlite import SQLiteStore  # noqa: E402
from wirecode.web.app import create_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """uvicorn on 127.0.0.1 in a thread."""

    def __init__(self, db: Path) -> None:
        self.port = _free_port()
        config = uvicorn.Config(
            create_app(db), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("browser")
    seeds = folder / "seeds.db"
    with SQLiteStore(seeds) as store:
        run([str(SEEDS)], store)
    (folder / "hostile.txt").write_text(PAYLOAD, encoding="utf-8")
    hostile = folder / "hostile.db"
    with SQLiteStore(hostile) as store:
        run([str(folder / "hostile.txt")], store)
    return {"seeds": seeds, "hostile": hostile}


@pytest.fixture(scope="module")
def browser():
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / ".gitignore").write_text("*\n")  # screenshots are for looking at, not for git
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # bypass_csp: Playwright's waits evaluate strings, which the UI's CSP forbids; it also
    # makes the hostile-article test prove the escaping, not the CSP.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on(
        "dialog", lambda dialog: (page.errors.append("dialog: " + dialog.message), dialog.dismiss())
    )
    yield page
    context.close()


def test_timeline_filter_event_and_network(dbs, page):
    with Server(dbs["seeds"]) as base:
        page.goto(base + "/timeline")
        expect(page.locator("#timeline .vis-item").first).to_be_visible()
        page.screenshot(path=OUTPUT / "timeline.png", full_page=True)

        # filter to Xi Jinping with the form
        page.fill("input[name=actor]", "Xi Jinping")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**/timeline?actor=Xi+Jinping*")
        rows = page.locator("table.events tbody tr")
        expect(rows.first).to_be_visible()
        assert rows.count() >= 4
        for text in rows.all_inner_texts():
            assert "Xi Jinping" in text
        expect(page.locator("#timeline .vis-item").first).to_be_visible()
        page.screenshot(path=OUTPUT / "timeline-xi.png", full_page=True)

        # open the 2023-04-26 call: both sources, each with its sentences highlighted
        row = page.locator("table.events tbody tr", has_text="2023-04-26").filter(has_text="phone")
        row.locator("a").first.click()
        page.wait_for_url("**/events/ev_*")
        expect(page.locator("h1")).to_contain_text("2023-04-26")
        expect(page.locator("dd.basis")).to_contain_text("weekday before document date")
        sources = page.locator("section.source")
        assert sources.count() == 2
        for i in range(2):
            marks = sources.nth(i).locator(".article mark")
            expect(marks.first).to_be_visible()
            marked = " ".join(marks.all_inner_texts())
            assert "Xi" in marked and ("Zelensky" in marked or "call" in marked)
        page.screenshot(path=OUTPUT / "event-2023-04-26.png", full_page=True)

        # the network: click the Xi–Putin edge, its events are listed
        page.click("header nav >> text=Network")
        page.wait_for_function("window.wirecode && window.wirecode.networkReady === true")
        point = page.evaluate(
            """() => {
              const net = window.wirecode.network;
              const pos = net.getPositions(["xi-jinping", "vladimir-putin"]);
              const a = pos["xi-jinping"], b = pos["vladimir-putin"];
              const ends = new Set(["xi-jinping", "vladimir-putin"]);
              const box = document.getElementById("network").getBoundingClientRect();
              // a point on the line, away from both nodes and from edges that cross it
              let chosen = null;
              // every hundredth of the line, nearest the middle first (a layout may cross
              // the edge with another near its middle)
              const steps = [];
              for (let k = 5; k <= 95; k++) steps.push(k / 100);
              steps.sort((p, q) => Math.abs(p - 0.5) - Math.abs(q - 0.5));
              for (const t of steps) {
                const dom = net.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
                const edge = net.getEdgeAt(dom);
                const found = edge !== undefined && net.body.edges[edge];
                if (net.getNodeAt(dom) === undefined && found
                    && ends.has(found.fromId) && ends.has(found.toId)) {
                  chosen = dom;
                  break;
                }
              }
              chosen = chosen || net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
              return {x: box.left + chosen.x, y: box.top + chosen.y};
            }"""
        )
        page.mouse.click(point["x"], point["y"])
        panel = page.locator("#selection")
        expect(panel.locator("h2")).to_contain_text("Vladimir Putin")
        expect(panel.locator("h2")).to_contain_text("Xi Jinping")
        expect(panel.locator("ol.selected-events li").first).to_be_visible()
        assert panel.locator("ol.selected-events li").count() >= 2
        expect(panel).to_contain_text("2022-06-15")
        page.screenshot(path=OUTPUT / "network-xi-putin.png")

        # the actor and document pages draw
        page.goto(base + "/actors/xi-jinping")
        expect(page.locator("#timeline .vis-item").first).to_be_visible()
        page.screenshot(path=OUTPUT / "actor-xi.png", full_page=True)
    assert page.errors == []


def test_report_opens_offline(dbs, page, tmp_path):
    report = tmp_path / "timeline.html"
    write_report(dbs["seeds"], report)
    page.route(
        "**/*",
        lambda route: (
            route.abort() if not route.request.url.startswith("file:") else route.continue_()
        ),
    )
    page.goto(report.as_uri())
    expect(page.locator("#timeline .vis-item").first).to_be_visible()
    page.locator("#events li", has_text="2023-04-26").filter(has_text="phone").first.click()
    expect(page.locator("#detail section.source")).to_have_count(2)
    expect(page.locator("#detail .article mark").first).to_be_visible()
    page.fill("#filter", "putin")
    assert all("Putin" in t for t in page.locator("#events li:visible").all_inner_texts())
    page.screenshot(path=OUTPUT / "report.png", full_page=True)
    assert page.errors == []


def test_hostile_article_runs_nothing(dbs, page, tmp_path):
    with Server(dbs["hostile"]) as base:
        events = page.request.get(base + "/timeline.json").json()["events"]
        assert events
        doc = events[0]["mentions"][0]["document"]
        paths = ["/", "/timeline", "/graph", "/actors", f"/documents/{doc}"]
        paths += [f"/events/{e['id']}" for e in events]
        for path in paths:
            page.goto(base + path)
            page.wait_for_load_state("load")
            page.wait_for_timeout(200)
            assert page.evaluate("window.__pwned") is None, path
            assert (
                page.locator("a[href^='javascript:'], #bad, img[src=x], svg[onload]").count() == 0
            )
        page.goto(base + f"/documents/{doc}")
        expect(page.locator(".article")).to_contain_text("<script>window.__pwned = 1</script>")
        page.screenshot(path=OUTPUT / "hostile-document.png", full_page=True)
    report = tmp_path / "hostile.html"
    write_report(dbs["hostile"], report)
    page.goto(report.as_uri())
    page.locator("#events li").first.click()
    expect(page.locator("#detail .article")).to_contain_text("<img src=x onerror")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x], svg[onload], a[href^='javascript:']").count() == 0
    assert page.errors == []
