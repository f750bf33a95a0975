"""The devset scorer on small hand-made events and gold sets, and on the real gold file."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from wirecode.errors import EvalDataError
from wirecode.eval.devset import (
    DEVSET_DEFAULT,
    dates_compatible,
    devset_inputs,
    load_gold,
    names_match,
    resolve_devset_dir,
    score,
    story_halves,
)
from wirecode.records import ActorRef, DateValue, Event, Mention

BIDEN, ZELENSKY = "Joe Biden", "Volodymyr Zelensky"
MACRON, XI = "Emmanuel Macron", "Xi Jinping"


def day(text: str) -> DateValue:
    return DateValue.day(dt.date.fromisoformat(text))


def person(name: str) -> ActorRef:
    return ActorRef(name.lower().replace(" ", "_"), name, None, "GOV", "person")


def event(
    eid: str,
    names: list[str],
    date: DateValue | None,
    *,
    kind: str = "CONSULT",
    status: str = "occurred",
    recipients: tuple[str, ...] = (),
    doc: str = "001",
) -> Event:
    actors = [person(n) for n in names]
    recips = [person(n) for n in recipients]
    sentence = f"{' and '.join(names)} met."
    mention = Mention(doc, 0, 0, len(sentence), sentence, "met", kind, "meet", status, actors)
    mention.recipients, mention.date = recips, date
    return Event(eid, kind, "meet", status, actors, recips, date, [mention])


def gold_row(gid: str, actors: list[str], date: str | None, **kw: object) -> dict:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "unknown")
    files = kw.pop("files", ("pages/001.txt", "pages/002.txt"))
    row = {
        "id": gid,
        "kind": "CONSULT",
        "mode": "meet",
        "actors": actors,
        "source": None,
        "target": None,
        "status": "occurred",
        "date": date,
        "date_precision": precision,
        "date_basis": "test",
        "mentions": [
            {"file": f, "quote": f"{gid} in {f}", "mention_status": "occurred"} for f in files
        ],
        "note": "",
    }
    row.update(kw)
    return row


def gold_set(tmp_path: Path, *rows: dict) -> list:
    lines = "\n".join(json.dumps(r) for r in rows)
    (tmp_path / "gold_events.jsonl").write_text(lines + "\n", encoding="utf-8")
    return load_gold(tmp_path)


def path_of(mention: Mention) -> str:
    return f"corpus/pages/{mention.document}.txt"


def metrics(result) -> tuple[float, ...]:
    return (result.precision, result.recall, result.f1, result.date_accuracy, result.dedup)


def test_perfect_match(tmp_path: Path) -> None:
    gold = gold_set(
        tmp_path,
        gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"),
        gold_row("G2", [MACRON, XI], "2023-04", files=("pages/005.txt",)),
    )
    events = [
        event("e1", [BIDEN, ZELENSKY], day("2023-02-20")),
        event("e2", [MACRON], day("2023-04-06"), recipients=(XI,)),
    ]
    result = score(events, gold, path_of=path_of)
    assert metrics(result) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert (result.found, result.gold_total, result.predicted_total) == (2, 2, 2)
    assert (result.false_positives, result.date_total, result.dedup_total) == (0, 1, 1)
    assert not (result.missed or result.false_positive_events or result.wrong_dates or result.split)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["suite"] == "devset"
    assert set(data["metrics"]) == {"precision", "recall", "f1", "date_accuracy", "dedup"}
    assert data["counts"]["found"] == 2 and data["counts"]["predicted_total"] == 2
    table = result.format_table()
    assert "f1" in table and "≥ 0.90" in table and "≥ 0.95" in table and "date accuracy" in table


def test_duplicate_costs_dedup_not_precision(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"))
    events = [
        event("e1", [BIDEN, ZELENSKY], day("2023-02-20"), doc="001"),
        event("e2", [ZELENSKY, BIDEN], day("2023-02-20"), doc="002"),
    ]
    result = score(events, gold, path_of=path_of)
    assert metrics(result) == (1.0, 1.0, 1.0, 1.0, 0.0)
    assert (result.dedup_total, result.dedup_correct, result.false_positives) == (1, 0, 0)
    assert result.split == [{"id": "G1", "events": ["e1", "e2"]}]


def test_single_file_gold_is_not_a_dedup_case(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20", files=("a/1.txt",)))
    events = [event(f"e{i}", [BIDEN, ZELENSKY], day("2023-02-20")) for i in range(2)]
    result = score(events, gold, path_of=path_of)
    assert (result.dedup, result.dedup_total, result.precision) == (0.0, 0, 1.0)
    assert [s["id"] for s in result.split] == ["G1"]


def test_date_within_three_days_is_found_but_wrong(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"))
    result = score([event("e1", [BIDEN, ZELENSKY], day("2023-02-23"))], gold, path_of=path_of)
    assert metrics(result) == (1.0, 1.0, 1.0, 0.0, 1.0)
    assert result.wrong_dates == [
        {"id": "G1", "gold_date": "2023-02-20", "wirecode_date": ["2023-02-23"]}
    ]


def test_date_five_days_off_is_a_false_positive(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"))
    result = score([event("e1", [BIDEN, ZELENSKY], day("2023-02-25"))], gold, path_of=path_of)
    assert metrics(result) == (0.0, 0.0, 0.0, 0.0, 0.0)
    assert (result.found, result.gold_total, result.false_positives) == (0, 1, 1)
    assert [m["id"] for m in result.missed] == ["G1"]
    assert result.missed[0]["quotes"][0] == {
        "file": "pages/001.txt",
        "quote": "G1 in pages/001.txt",
    }
    fp = result.false_positive_events[0]
    assert fp["id"] == "e1" and fp["files"] == ["001.txt"] and fp["gold"] == []
    assert fp["summary"].startswith("CONSULT/meet Joe Biden / Volodymyr Zelensky 2023-02-25 | ")


def test_month_precision_event_matches_day_gold(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"))
    result = score(
        [event("e1", [BIDEN, ZELENSKY], DateValue.month(2023, 2))], gold, path_of=path_of
    )
    assert metrics(result) == (1.0, 1.0, 1.0, 0.0, 1.0)
    assert result.wrong_dates[0]["wirecode_date"] == ["2023-02"]


def test_date_compatibility_rules() -> None:
    assert not dates_compatible(DateValue.month(2023, 3), day("2023-02-28"))
    assert not dates_compatible(DateValue.year(2023), day("2023-02-20"))
    assert dates_compatible(day("2023-04-30"), DateValue.month(2023, 4))
    assert not dates_compatible(day("2023-05-01"), DateValue.month(2023, 4))
    assert not dates_compatible(DateValue.year(2023), DateValue.month(2023, 4))
    assert dates_compatible(DateValue.month(2023, 4), DateValue.year(2023))
    assert dates_compatible(None, None) and dates_compatible(day("1999-01-01"), None)
    assert not dates_compatible(None, day("2023-02-20"))


def test_planned_gold_matched_by_occurred_event_is_a_false_positive(tmp_path: Path) -> None:
    gold = gold_set(
        tmp_path,
        gold_row("G1", ["Li Qiang", "Olaf Scholz"], "2024-04-16", status="planned"),
        gold_row("G2", [BIDEN, ZELENSKY], "2023-02-20"),
    )
    events = [
        event("e1", ["Olaf Scholz", "Li Qiang"], day("2024-04-16")),
        event("e2", [BIDEN, ZELENSKY], day("2023-02-20")),
        event("e3", [BIDEN, XI], day("2023-02-20"), status="planned"),  # not scored
    ]
    result = score(events, gold, path_of=path_of)
    assert metrics(result) == pytest.approx((0.5, 1.0, 2 / 3, 1.0, 1.0))
    assert (result.predicted_total, result.false_positives, result.gold_total) == (2, 1, 1)
    assert result.false_positive_events[0]["gold"] == ["G1"]


def test_optional_gold_events(tmp_path: Path) -> None:
    gold = gold_set(
        tmp_path,
        gold_row("G1", [BIDEN, ZELENSKY], "2023-02-20"),
        gold_row("G2", [BIDEN, "Olena Zelenska"], "2023-02-20", note="borderline: first lady"),
        gold_row("G3", [MACRON, XI], None, note="Borderline: invitation"),
    )
    events = [
        event("e1", [BIDEN, ZELENSKY], day("2023-02-20")),
        event("e2", [BIDEN, "Olena Zelenska"], day("2023-02-21")),
    ]
    result = score(events, gold, path_of=path_of)
    assert metrics(result) == (1.0, 1.0, 1.0, 0.5, 1.0)
    assert (result.found, result.gold_total, result.dedup_total, result.date_total) == (2, 2, 1, 2)
    assert result.missed == []
    alone = score(events[:1], gold, path_of=path_of)
    assert metrics(alone) == (1.0, 1.0, 1.0, 1.0, 1.0) and alone.gold_total == 1


def test_request_kind(tmp_path: Path) -> None:
    guterres, putin = "Antonio Guterres", "Vladimir Putin"
    row = gold_row("G1", [guterres, putin], "2022-04-19", kind="REQUEST_TALKS")
    gold = gold_set(tmp_path, dict(row, source=guterres, target=putin))
    events = [
        event("e1", ["António Guterres"], day("2022-04-19"), kind="REQUEST", recipients=(putin,)),
        event("e2", [guterres, putin], day("2022-04-19"), kind="CONSULT"),
    ]
    result = score(events, gold, path_of=path_of)
    assert metrics(result) == pytest.approx((0.5, 1.0, 2 / 3, 1.0, 1.0))
    assert [fp["id"] for fp in result.false_positive_events] == ["e2"]


def test_surname_only_matching(tmp_path: Path) -> None:
    gold = gold_set(tmp_path, gold_row("G1", [ZELENSKY, "Recep Tayyip Erdogan"], "2022-08-18"))
    events = [event("e1", ["Zelenskyy", "Recep Tayyip Erdoğan"], day("2022-08-18"))]
    assert metrics(score(events, gold, path_of=path_of)) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert names_match("Volodymyr Zelenskiy", ZELENSKY) and names_match("Sergei Lavrov", "Lavrov")
    assert not names_match("Olena Zelenska", ZELENSKY)
    assert not names_match("Kim Jong Il", "Kim Jong Un")
    assert names_match("Xi", XI) and names_match("Lula", "Luiz Inacio Lula da Silva")
    assert not names_match("Jinping Xi", "Xi Mingze")


def test_bilateral_is_not_a_duplicate_of_the_trilateral(tmp_path: Path) -> None:
    gold = gold_set(
        tmp_path,
        gold_row("G1", [MACRON, XI], "2023-04-06"),
        gold_row("G2", [MACRON, "Ursula von der Leyen", XI], "2023-04"),
    )
    bilateral = event("e1", [MACRON, XI], day("2023-04-06"))
    trilateral = event("e2", [MACRON, "Ursula von der Leyen", XI], day("2023-04-06"))
    both = score([bilateral, trilateral], gold, path_of=path_of)
    assert metrics(both) == (1.0, 1.0, 1.0, 1.0, 1.0) and both.split == []
    alone = score([bilateral], gold, path_of=path_of)  # one event finds both (literal rule)
    assert metrics(alone) == (1.0, 1.0, 1.0, 1.0, 1.0) and alone.found == 2
    twice = score([bilateral, event("e3", [XI, MACRON], day("2023-04-07"))], gold, path_of=path_of)
    assert (twice.dedup, twice.dedup_correct, twice.dedup_total) == (0.0, 0, 2)
    assert [s["id"] for s in twice.split] == ["G1", "G2"]


def test_people_rules(tmp_path: Path) -> None:
    trio = ["Antonio Guterres", "Recep Tayyip Erdogan", ZELENSKY]
    gold = gold_set(tmp_path, gold_row("G1", trio, "2022-08-18", files=("x/051.txt",)))
    two_of_three = event("e1", ["Erdogan", "Zelensky"], day("2022-08-18"))
    extra = event("e2", [*trio, BIDEN], day("2022-08-18"))
    lone = event("e3", ["Erdogan"], day("2022-08-18"), recipients=())
    lone.actors.append(ActorRef("ukr", "Ukraine", "UKR", None, "state"))
    result = score([two_of_three, extra, lone], gold, path_of=path_of)
    assert (result.found, result.predicted_total, result.false_positives) == (1, 2, 1)
    assert [fp["id"] for fp in result.false_positive_events] == ["e2"]


def test_devset_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRECODE_DEVSET", raising=False)
    assert resolve_devset_dir() == DEVSET_DEFAULT == Path("../shared/devset")
    monkeypatch.setenv("WIRECODE_DEVSET", str(tmp_path))
    assert resolve_devset_dir() == tmp_path and resolve_devset_dir("x") == Path("x")


def test_malformed_or_missing_gold(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        load_gold(tmp_path)
    with pytest.raises(EvalDataError):
        devset_inputs(tmp_path)
    (tmp_path / "gold_events.jsonl").write_text('{"id": "G1"}\n', encoding="utf-8")
    with pytest.raises(EvalDataError, match=":1:"):
        load_gold(tmp_path)


REAL = Path(
    os.environ.get("WIRECODE_DEVSET") or Path(__file__).resolve().parents[2] / "shared/devset"
)


@pytest.mark.skipif(not (REAL / "gold_events.jsonl").is_file(), reason="no ../shared/devset")
def test_real_gold_file_parses() -> None:
    gold = load_gold(REAL)
    assert len(gold) == 72 and len({g.id for g in gold}) == 72
    assert {g.kind for g in gold} == {"CONSULT", "REQUEST_TALKS"}
    assert all(len(g.participants) >= 2 for g in gold)
    assert all((g.period is None) == (g.date is None) for g in gold)
    assert len(devset_inputs(REAL)) == 55
    empty = score([], gold, path_of=path_of)
    assert (empty.recall, empty.precision, empty.found) == (0.0, 0.0, 0)
    assert empty.gold_total == sum(g.status == "occurred" and not g.optional for g in gold)


def test_only_requests_for_talks_count_as_contacts() -> None:
    from wirecode.eval.devset import is_contact_event

    talks = event("e1", ["Volodymyr Zelensky"], None, kind="REQUEST", recipients=("Xi Jinping",))
    assert is_contact_event(talks)
    aid = event("e2", ["Volodymyr Zelensky"], None, kind="REQUEST", recipients=("Joe Biden",))
    aid.mode = None  # a demand for weapons, not for a meeting
    assert not is_contact_event(aid)


def test_stories_alternate_between_the_dev_and_test_halves(tmp_path: Path) -> None:
    rows = [
        ("pages/001.txt", "Biden visit to Kyiv 2023-02-20"),
        ("pages/002.txt", "Macron state visit to China (Apr 2023)"),
        ("pages/003.txt", "Biden visit to Kyiv 2023-02-20, passing mention"),
        ("pages/004.txt", "Macron state visit to China / Macron-Xi (Apr 2023)"),
        ("pages/005.txt", "Lula-Xi meeting in Beijing (Apr 2023)"),
    ]
    lines = ["file\tdate\thow_known\tsite\turl\tevent_label"]
    lines += [f"{f}\t2023-01-01\tx\tsite\turl\t{label}" for f, label in rows]
    (tmp_path / "index.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert story_halves(tmp_path) == {
        "001.txt": "dev",
        "002.txt": "test",
        "003.txt": "dev",  # the same story stays in its half
        "004.txt": "test",
        "005.txt": "dev",
    }
    assert story_halves(tmp_path / "missing") == {}


@pytest.mark.skipif(not (REAL / "index.tsv").is_file(), reason="no ../shared/devset")
def test_real_devset_halves_share_no_story() -> None:
    halves = story_halves(REAL)
    assert set(halves.values()) == {"dev", "test"} and len(halves) == 55
    stories = {}
    for line in (REAL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        stories.setdefault(cells[5].split()[0], set()).add(halves[Path(cells[0]).name])
    assert len(stories) == 12 and all(len(h) == 1 for h in stories.values())
