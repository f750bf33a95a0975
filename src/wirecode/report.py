"""`wirecode report`: the timeline and every event's evidence in ONE self-contained HTML file.

Data, styles and scripts are inlined (vis-timeline included), so the file opens offline and
can be mailed. Every text reaches the page as JSON inside a `<script type="application/json">`
block (with `<`, `>`, `&` and `'` escaped) and is put into the page by `textContent`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from wirecode.web.queries import Filters, Queries

WEB = Path(__file__).parent / "web"
VIS_TIMELINE = "vis-timeline-8.5.4.Apache-2.0-OR-MIT.min.js"
SCRIPTS = (VIS_TIMELINE, "timeline.js", "report.js")

__all__ = ["build_report", "write_report"]


def _inline(name: str) -> str:
    text = (WEB / "static" / name).read_text(encoding="utf-8")
    # A closing tag inside an inline block would end it early; `<\/` means the same in JS.
    if name.endswith(".js"):
        return re.sub(r"</(?=script)", r"<\\/", text, flags=re.IGNORECASE)
    if "</" in text:
        raise ValueError(f"{name} cannot be inlined: it contains '</'")
    return text


def build_report(queries: Queries, *, title: str | None = None) -> tuple[str, int]:
    """The report's HTML and its number of events."""
    events = queries.timeline(Filters(), limit=-1, offset=0)["events"]
    documents = {}
    for event in events:
        for mention in event["mentions"]:
            if mention["document"] not in documents:
                row = queries.document_row(mention["document"])
                if row is not None:
                    documents[row["id"]] = row
    env = Environment(
        loader=FileSystemLoader(str(WEB / "templates")),
        autoescape=select_autoescape(default=True),
    )
    html = env.get_template("report.html").render(
        title=title or f"wirecode: {Path(queries.path).name}",
        generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        data={"events": events, "documents": documents},
        count=len(events),
        documents=len(documents),
        css=_inline("wirecode.css"),
        scripts=[_inline(name) for name in SCRIPTS],
    )
    return html, len(events)


def write_report(db: str | Path, output: str | Path, *, title: str | None = None) -> int:
    """Write the report of the database `db` to `output`; returns the number of events."""
    queries = Queries(db)
    try:
        html, count = build_report(queries, title=title)
    finally:
        queries.close()
    Path(output).write_text(html, encoding="utf-8")
    return count
