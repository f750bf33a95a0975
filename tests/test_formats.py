"""Export formats: PLOVER field names, CSV per event and per mention, CAMEO TSV."""

from __future__ import annotations

import csv
import io
import json

from wirecode.formats import EVENT_COLUMNS, to_cameo_tsv, to_csv, to_plover_jsonl

EVENT = {
    "id": "ev_1",
    "event": "CONSULT",
    "mode": "phone",
    "status": "occurred",
    "date": "2023-04-26",
    "date_precision": "day",
    "date_start": "2023-04-26",
    "date_end": "2023-04-26",
    "actors": [
        {"id": "xi-jinping", "name": "Xi Jinping", "country": "CHN", "sector": "GOV"},
        {"id": "volodymyr-zelensky", "name": "Volodymyr Zelensky", "country": "UKR"},
    ],
    "recipients": [],
    "contexts": ["diplomatic"],
    "sources": 2,
    "mentions": [
        {"document": "doc_1", "path": "a.txt", "sentence": "Xi spoke with Zelensky.",
         "trigger": "spoke", "start": 0, "end": 23, "status": "occurred"},
        {"document": "doc_2", "path": "b.txt", "sentence": "Zelensky called Xi, CCTV reported.",
         "trigger": "called", "start": 0, "end": 34, "status": "occurred",
         "reported_by": ["CCTV"]},
    ],
}  # fmt: skip


def test_plover_field_names():
    (line,) = to_plover_jsonl([EVENT]).splitlines()
    record = json.loads(line)
    assert record["event"] == "CONSULT" and record["mode"] == "phone"
    assert record["source"][0] == {
        "actorText": "Xi Jinping", "code": "CHN", "sector": "GOV", "id": "xi-jinping"
    }  # fmt: skip
    assert record["target"] == [] and record["eventText"] == "spoke"


def test_csv_one_row_per_event_or_mention():
    rows = list(csv.DictReader(io.StringIO(to_csv([EVENT]))))
    assert len(rows) == 1 and list(rows[0]) == EVENT_COLUMNS
    assert rows[0]["cameo"] == "041" and rows[0]["actor_countries"] == "CHN; UKR"
    rows = list(csv.DictReader(io.StringIO(to_csv([EVENT], mentions=True))))
    assert [r["document"] for r in rows] == ["doc_1", "doc_2"]
    assert [r["reported_by"] for r in rows] == ["", "CCTV"]  # whose report it passes on
    assert {r["event_id"] for r in rows} == {"ev_1"}


def test_cameo_dyads():
    lines = to_cameo_tsv([EVENT]).splitlines()
    assert lines[0].split("\t")[:5] == ["id", "date", "source", "target", "cameo"]
    assert [line.split("\t")[2:5] for line in lines[1:]] == [
        ["CHN", "UKR", "041"],
        ["UKR", "CHN", "041"],
    ]
    header = lines[0].split("\t")
    row = dict(zip(header, lines[1].split("\t"), strict=True))
    assert (row["date"], row["date_precision"]) == ("20230426", "day")
    year = {**EVENT, "date": "2021", "date_precision": "year"}
    year |= {"date_start": "2021-01-01", "date_end": "2021-12-31"}
    row = dict(zip(header, to_cameo_tsv([year]).splitlines()[1].split("\t"), strict=True))
    assert (row["date"], row["date_precision"]) == ("20210101", "year")  # not a day
