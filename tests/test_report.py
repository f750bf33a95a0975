"""`wirecode report`: one self-contained HTML file with the timeline and the evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip(
    "jinja2", reason="the report needs the server extra: pip install -e '.[server]'"
)

from wirecode.cli import main  # noqa: E402
from wirecode.pipeline import run  # noqa: E402
from wirecode.report import write_report  # noqa: E402
from wirecode.store.sqlite import SQLiteStore  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
HOSTILE = (
    " date 2023-05-02 President Xi Jinping spoke with Vladimir Putin by phone on Monday "
    '</script><script>window.__pwned = 1</script> and <img src=x onerror="alert(1)"> '
    'about <a href="javascript:alert(1)">peace</a> talks.\n'
)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("report") / "seeds.db"
    with SQLiteStore(db) as store:
        run([str(SEEDS)], store)
    return db


def _data(html: str) -> dict:
    block = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S
    )
    return json.loads(block.group(1))


def test_report_is_one_self_contained_file(seed_db, tmp_path):
    output = tmp_path / "timeline.html"
    result = CliRunner().invoke(main, ["report", "--db", str(seed_db), "-o", str(output)])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    # nothing is fetched: no external script, style, image or font
    assert not re.search(r"<script[^>]+src=|<link[^>]+stylesheet|<img |url\(http", html)
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "vis-timeline" in html and "drawTimeline" in html
    data = _data(html)
    call = next(e for e in data["events"] if e["date"] == "2023-04-26" and e["mode"] == "phone")
    assert {m["document"] for m in call["mentions"]} <= set(data["documents"])
    assert len({m["document"] for m in call["mentions"]}) == 2
    for document in data["documents"].values():
        assert document["text"]


def test_report_embeds_hostile_text_as_inert_json(tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "hostile.db"
    with SQLiteStore(db) as store:
        run([str(tmp_path / "hostile.txt")], store)
    output = tmp_path / "hostile.html"
    assert write_report(db, output) >= 1
    html = output.read_text(encoding="utf-8")
    for raw in ("<script>window", "</script><script>", "<img src=x", 'href="javascript:'):
        assert raw not in html
    data = _data(html)
    text = next(iter(data["documents"].values()))["text"]
    assert "<script>window.__pwned = 1</script>" in text  # kept as text, shown as text


def test_report_of_a_missing_database_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.db"), "-o", "x.html"])
    assert result.exit_code == 1
    assert "wirecode run" in result.output
