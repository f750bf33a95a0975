"""Export formats beside the event JSON: PLOVER's own field names, CSV, CAMEO-coded TSV.

Each function takes event dicts as the store gives them (the event JSON contract of
`design.md`) and returns the text to write, in the events' stable order.

- `to_plover_jsonl`: one PLOVER record per line, with PLOVER's field names (`id`, `date`,
  `event`, `mode`, `context`, `source`, `target` as lists of `{actorText, code, sector}`,
  `eventText`, `text`, `publication`), as in PLOVER's gold-standard records.
- `to_csv`: one row per event, or one per mention with `mentions=True`.
- `to_cameo_tsv`: one row per event and source-target pair (the dyads of CAMEO data sets):
  date (YYYYMMDD, the first day of the event's interval, with its precision in the last
  column: a month is not a day), source and target codes, the CAMEO code through
  `wirecode.crosswalk`, its root, and the status (a negated call is no call).
"""

from __future__ import annotations

import csv
import io
import json

from wirecode.crosswalk import to_cameo

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "to_cameo_tsv", "to_csv", "to_plover_jsonl"]

EVENT_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "event",
    "mode",
    "status",
    "cameo",
    "actors",
    "actor_countries",
    "recipients",
    "recipient_countries",
    "contexts",
    "sources",
    "location",
    "location_country",
    "lat",
    "lon",
]
MENTION_COLUMNS = [
    "event_id",
    "event",
    "mode",
    "status",
    "document",
    "path",
    "outlet",
    "published",
    "start",
    "end",
    "trigger",
    "date",
    "sentence",
    "reported_by",
]
CAMEO_COLUMNS = [
    "id",
    "date",
    "source",
    "target",
    "cameo",
    "root",
    "plover",
    "mode",
    "status",
    "sources",
    "date_precision",  # "date" is the first day of the event's interval: a year is YYYY0101
]


def _actor(actor: dict) -> dict:
    return {
        "actorText": actor.get("name", ""),
        "code": actor.get("country") or "",
        "sector": actor.get("sector") or "",
        "id": actor.get("id", ""),
    }


def to_plover_jsonl(events: list[dict]) -> str:
    """One PLOVER record per event and line."""
    lines = []
    for event in events:
        mentions = event.get("mentions") or [{}]
        record = {
            "id": event["id"],
            "date": event.get("date"),
            "date_start": event.get("date_start"),
            "date_end": event.get("date_end"),
            "event": event["event"],
            "mode": event.get("mode") or "",
            "context": ", ".join(event.get("contexts") or []),
            "status": event.get("status"),
            "source": [_actor(a) for a in event.get("actors", [])],
            "target": [_actor(a) for a in event.get("recipients", [])],
            "eventText": mentions[0].get("trigger", ""),
            "text": mentions[0].get("sentence", ""),
            "publication": mentions[0].get("outlet") or mentions[0].get("path") or "",
            "location": event.get("location"),
            "sources": event.get("sources", 0),
            "coder": "wirecode",
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)


def _names(actors: list[dict]) -> str:
    return "; ".join(a.get("name", "") for a in actors)


def _countries(actors: list[dict]) -> str:
    return "; ".join(a.get("country") or "" for a in actors)


def to_csv(events: list[dict], *, mentions: bool = False) -> str:
    """CSV with a header: one row per event, or per mention (with its event's id)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=MENTION_COLUMNS if mentions else EVENT_COLUMNS)
    writer.writeheader()
    for event in events:
        if mentions:
            for mention in event.get("mentions", []):
                row = {k: mention.get(k, "") for k in MENTION_COLUMNS}
                row.update(
                    event_id=event["id"],
                    event=event["event"],
                    mode=mention.get("mode") or event.get("mode") or "",
                    status=mention.get("status") or event.get("status"),
                    reported_by="; ".join(mention.get("reported_by") or []),
                )
                writer.writerow(row)
            continue
        writer.writerow(
            {
                **{k: event.get(k) for k in EVENT_COLUMNS if k in event},
                "mode": event.get("mode") or "",
                "cameo": to_cameo(event["event"], event.get("mode")) or "",
                "actors": _names(event.get("actors", [])),
                "actor_countries": _countries(event.get("actors", [])),
                "recipients": _names(event.get("recipients", [])),
                "recipient_countries": _countries(event.get("recipients", [])),
                "contexts": "; ".join(event.get("contexts") or []),
                "location": (event.get("location") or {}).get("name", ""),  # issue 9
                "location_country": (event.get("location") or {}).get("country") or "",
                "lat": (event.get("location") or {}).get("lat", ""),
                "lon": (event.get("location") or {}).get("lon", ""),
            }
        )
    return out.getvalue()


def to_cameo_tsv(events: list[dict]) -> str:
    """CAMEO-coded dyads, tab-separated: a reciprocal event gives each ordered pair."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(CAMEO_COLUMNS)
    for event in events:
        code = to_cameo(event["event"], event.get("mode")) or ""
        actors = [a.get("country") or a.get("name", "") for a in event.get("actors", [])]
        recipients = [a.get("country") or a.get("name", "") for a in event.get("recipients", [])]
        if recipients:
            pairs = [(a, r) for a in actors for r in recipients]
        elif len(actors) > 1:
            pairs = [(a, b) for a in actors for b in actors if a != b]
        else:
            pairs = [(a, "") for a in actors] or [("", "")]
        date = (event.get("date_start") or "").replace("-", "")
        for source, target in dict.fromkeys(pairs):
            writer.writerow(
                [
                    event["id"],
                    date,
                    source,
                    target,
                    code,
                    code[:2],
                    event["event"],
                    event.get("mode") or "",
                    event.get("status", ""),
                    event.get("sources", 0),
                    event.get("date_precision") or "" if date else "",
                ]
            )
    return out.getvalue()
