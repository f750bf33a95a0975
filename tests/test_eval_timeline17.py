"""The Timeline17 scorer on a tiny synthetic topic (the real suite runs outside CI)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecode.cli import main
from wirecode.errors import EvalDataError
from wirecode.eval import SUITES
from wirecode.eval.timeline17 import (
    average_precision,
    detokenise,
    evidence_kind,
    run_timeline17,
    source_lags,
)
from wirecode.keydates import DatedItem, KeyDate

ARTICLES = [
    {"id": "1", "time": "2011-01-26",
     "text": "Thousands protested in Cairo on Tuesday -LRB- Jan. 25 -RRB- ."},
    {"id": "2", "time": "2011-01-29",
     "text": "Protests that began on Jan. 25 , 2011 grew on Friday ."},
    {"id": "3", "time": "2011-01-30",
     "text": "Since the protests began on Jan. 25 , curfews came on Friday ."},
    {"id": "4", "time": "2011-02-02",
     "text": "Mubarak spoke on Tuesday , days after Friday 's clashes ."},
]  # fmt: skip
GOLD = [[["2011-01-25", ["Protests begin."]], ["2011-01-28", ["Day of rage."]]]]


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    topic = tmp_path / "TinyTopic_test"
    topic.mkdir()
    (topic / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    (topic / "timelines.jsonl").write_text("\n".join(json.dumps(t) for t in GOLD) + "\n")
    return tmp_path


def test_detokenise() -> None:
    assert detokenise("Tripoli -LRB- CNN -RRB- -- on June 13 , 2011 .") == (
        "Tripoli (CNN) -- on June 13, 2011."
    )
    assert detokenise("`` We have n't , '' he said") == '"We haven\'t," he said'


def test_scores_the_tiny_topic(tiny_dir: Path) -> None:
    result = run_timeline17(tiny_dir)
    data = result.to_dict()
    assert data["suite"] == "timeline17"
    (timeline,) = data["counts"]["topics"]["TinyTopic_test"]["timelines"]
    assert timeline == {"size": 2, "hits": 2, "date_f1": 1.0, "adjacent_share": 0.0}
    assert data["metrics"]["date_f1"] == 1.0
    assert data["metrics"]["date_f1_test"] == 1.0  # not a development topic
    assert "date_f1" in result.format_table()


def test_registry_and_missing_folder(tmp_path: Path) -> None:
    assert SUITES["timeline17"] == "wirecode.eval.timeline17:run_timeline17"
    with pytest.raises(EvalDataError):
        run_timeline17(tmp_path / "nowhere")
    with pytest.raises(EvalDataError):
        run_timeline17(tmp_path)


def test_errors_are_listed_for_development_topics_only(tmp_path: Path) -> None:
    # two later articles name Jan. 26, which outranks the gold Jan. 28 (three weekday mentions)
    extra = [
        {"id": "5", "time": "2011-01-31", "text": "Police withdrew on Jan. 26 ."},
        {"id": "6", "time": "2011-02-01", "text": "The police left the streets on Jan. 26 ."},
    ]
    for name in ("LibyaWar_cnn", "LibyaWar_reuters"):  # a development and a test topic
        topic = tmp_path / name
        topic.mkdir()
        lines = [json.dumps(a) for a in ARTICLES + extra]
        (topic / "articles.jsonl").write_text("\n".join(lines) + "\n")
        (topic / "timelines.jsonl").write_text("\n".join(json.dumps(t) for t in GOLD) + "\n")
    errors = run_timeline17(tmp_path).to_dict()["errors"]
    assert list(errors) == ["LibyaWar_cnn"]  # the test topic's errors stay unread
    (timeline,) = errors["LibyaWar_cnn"]
    assert timeline["kinds"] == {"missed: ranked below N": 1, "false: next to a gold day": 1}
    # Jan. 28 is named by weekdays within six days (reported), Jan. 26 five and six days on
    assert timeline["evidence"] == {"missed: reported": 1, "false: reported": 1}
    (missed,) = timeline["missed"]
    assert (missed["date"], missed["rank"], missed["sources"]) == ("2011-01-28", 3, 3)
    assert missed["evidence"] == "reported"
    # why it missed: its score below the N-th day's, and the sentence that names it most
    assert missed["score"] < timeline["cut"]
    assert "Friday" in missed["example"]
    (false,) = timeline["false"]
    assert (false["date"], false["sources"], false["evidence"]) == ("2011-01-26", 2, "reported")
    assert "Jan. 26" in false["example"]
    assert timeline["average_precision"] == round((1 / 1 + 2 / 3) / 2, 4)  # ranks 1 and 3
    # when each day's sources wrote: Jan. 28 one, two and five days on; Jan. 26 five and six
    assert missed["lags"] == {"same day": 0, "within the week": 3, "later": 0}
    assert false["lags"] == {"same day": 0, "within the week": 2, "later": 0}
    assert timeline["lags_mean"] == {
        "hit": {"same day": 0.0, "within the week": 3.0, "later": 0.0},  # Jan. 25
        "false": {"same day": 0.0, "within the week": 2.0, "later": 0.0},
        "missed": {"same day": 0.0, "within the week": 3.0, "later": 0.0},
    }


def test_average_precision_of_the_whole_ranking() -> None:
    days = [dt.date(2011, 2, d) for d in (1, 2, 3, 4)]
    ranking = [KeyDate(day, 1.0, 1, 1, ()) for day in days]
    # gold days at ranks 1 and 3: (1/1 + 2/3) / 2; a gold day never ranked counts 0
    assert average_precision(ranking, [days[0], days[2]]) == 0.8333
    assert average_precision(ranking, [days[0], dt.date(2011, 3, 1)]) == 0.5
    assert average_precision([], [days[0]]) == 0.0


def test_evidence_kind_reported_or_looked_back() -> None:
    day = dt.date(2011, 2, 17)

    def item(source: str, published: dt.date, weight: float = 2.0) -> DatedItem:
        return DatedItem(day, source, weight, published=published)

    reported = [item("a", day, 0.4), item("b", dt.date(2011, 2, 18), 1.2)]
    looked_back = [item("c", dt.date(2011, 4, 1), 5.0)]
    assert evidence_kind(KeyDate(day, 1.6, 2, 2, tuple(reported))) == "reported"
    assert evidence_kind(KeyDate(day, 6.6, 3, 3, tuple(reported + looked_back))) == "looked back"
    # one source, one vote: a source's lighter early item does not count beside its heaviest
    late = [item("a", dt.date(2011, 3, 20), 4.0), item("a", day, 0.4), item("b", day, 0.4)]
    assert evidence_kind(KeyDate(day, 4.4, 2, 3, tuple(late))) == "looked back"


def test_cli_lists_the_errors(tiny_dir: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "timeline17", "--path", str(tiny_dir), "--errors"])
    assert result.exit_code == 0, result.output
    assert "date_f1" in result.output and result.output.rstrip().endswith("{}")


def test_source_lags_count_each_source_once_by_its_heaviest_item() -> None:
    day = dt.date(2011, 2, 17)

    def item(source: str, published: dt.date | None, weight: float) -> DatedItem:
        return DatedItem(day, source, weight, published=published)

    items = (
        item("a", day, 0.4),  # the day's own report
        item("b", dt.date(2011, 2, 23), 1.6),  # six days on: still within the week
        item("c", dt.date(2011, 2, 24), 1.7),  # a week on: later
        item("c", day, 0.4),  # c's lighter item does not count
        item("d", None, 1.2),  # no publication date: counted as later, as evidence_kind does
    )
    lags = source_lags(KeyDate(day, 4.9, 4, 5, items))
    assert lags == {"same day": 1, "within the week": 1, "later": 2}
