"""The undated-documents scorer on small made-up documents (the real suite runs outside CI)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecode.cli import main
from wirecode.errors import EvalDataError
from wirecode.eval import SUITES
from wirecode.eval.undated import STEP, judge, run_undated, score, strip_known_date
from wirecode.records import DateValue
from wirecode.time.published import Inference

D = dt.date(2011, 2, 11)  # a Friday

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-20" functionInDocument="CREATION_TIME">\
19980120</TIMEX3></DCT>
<TEXT>
The talks held on <TIMEX3 tid="t1" type="DATE" value="1998-01-19">Jan. 19, 1998</TIMEX3> \
ended without a deal.
</TEXT>
</TimeML>
"""


@pytest.mark.parametrize(
    "written",
    [
        "February 11, 2011",
        "Feb. 11, 2011",
        "Friday, February 11, 2011",
        "11 February 2011",
        "Friday, 11 February 2011",
        "2011-02-11",
        "02/11/2011",
        "February 11th, 2011",
    ],
)
def test_strip_known_date_blanks_the_full_date(written: str) -> None:
    stripped = strip_known_date(f"Updated {written} | By the staff. Crowds cheered.", D)
    assert "2011" not in stripped
    assert stripped.endswith("By the staff. Crowds cheered.")


@pytest.mark.parametrize(
    "text",
    [
        "Crowds cheered on February 11.",  # no year: the text's own evidence, kept
        "Crowds cheered on February 12, 2011.",  # another day
        "Crowds cheered on February 11, 20112.",
        "In 2011, crowds cheered.",
    ],
)
def test_strip_known_date_keeps_the_rest(text: str) -> None:
    assert strip_known_date(text, D) == text


def test_judge() -> None:
    assert judge(None, D) == dict.fromkeys(judge(None, D), False)
    exact = judge(DateValue.day(D), D)
    assert {k for k, v in exact.items() if v} == {
        "coverage", "exact", "within_1", "within_7", "month", "in_window"
    }  # fmt: skip
    before = judge(DateValue.day(D - dt.timedelta(days=1)), D)
    assert (before["exact"], before["within_1"], before["after"]) == (False, True, False)
    after = judge(DateValue.day(D + dt.timedelta(days=3)), D)
    assert (after["within_1"], after["within_7"], after["after"]) == (False, True, True)
    month = judge(DateValue.month(2011, 2), D)
    assert (month["month"], month["within_7"], month["after"]) == (True, False, False)
    year = judge(DateValue.year(2011), D)
    assert (year["coverage"], year["month"], year["after"]) == (True, False, False)
    assert judge(DateValue.year(2012), D)["after"]


def _articles(*rows: tuple[str, str]) -> str:
    return "\n".join(
        json.dumps({"id": str(i), "time": t, "text": x}) for i, (t, x) in enumerate(rows)
    )


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    dev = tmp_path / "timeline17" / "EgyptianProtest_cnn"
    test = tmp_path / "timeline17" / "TinyTopic_test"
    tbaq = tmp_path / "tempeval3" / "tbaq-cleaned"
    for folder in (dev, test, tbaq):
        folder.mkdir(parents=True)
    filler = ("2011-02-05", "Not sampled: on Feb. 4, 2011 nothing happened.")
    dev_rows = [("2011-02-11", "February 11, 2011 | Mubarak left office on Feb. 10, 2011.")]
    dev_rows += [filler] * (STEP - 1)
    dev_rows += [("2011-02-12", "Crowds cheered.")]  # dates nothing
    (dev / "articles.jsonl").write_text(_articles(*dev_rows) + "\n")
    test_rows = [("2011-03-01", "Talks resumed on March 1, 2011 and ended on March 2, 2011.")]
    (test / "articles.jsonl").write_text(_articles(*test_rows) + "\n")
    (tbaq / "doc.tml").write_text(TML)
    return tmp_path


def test_scores_the_tiny_folder(tiny_dir: Path) -> None:
    result = run_undated(tiny_dir)
    data = result.to_dict()
    assert data["suite"] == "undated"
    assert data["reference"] == {}
    assert data["counts"]["documents"] == {"dev": 3, "tbaq": 1, "test": 1, "timeline17-dev": 2}
    metrics = data["metrics"]
    assert metrics["coverage_dev"] == round(2 / 3, 4)  # the article that dates nothing
    assert metrics["within_1_dev"] == round(2 / 3, 4)  # Feb. 10 and Jan. 19, the day before
    assert metrics["exact_dev"] == 0.0
    assert metrics["after_test"] == 1.0  # March 2: the day after the known date
    assert metrics["exact_test"] == 0.0
    table = result.format_table()
    assert "timeline17-dev" in table and "tbaq" in table


def test_errors_list_development_documents_only(tiny_dir: Path) -> None:
    errors = run_undated(tiny_dir).to_dict()["errors"]
    assert {e["id"].split("/")[0] for e in errors} == {"EgyptianProtest_cnn", "doc"}
    first = next(e for e in errors if e["id"] == "EgyptianProtest_cnn/0")
    assert first["value"] == "2011-02-10"
    assert "Mubarak left office" in first["context"]
    assert next(e for e in errors if e["id"].endswith("/3"))["value"] is None


def test_judge_the_window() -> None:
    value = DateValue.day(D - dt.timedelta(days=2))
    assert judge(Inference(value, value.start, D), D)["in_window"]
    assert not judge(Inference(value, value.start, D - dt.timedelta(days=1)), D)["in_window"]
    assert not judge(value, D)["in_window"]  # a bare date: its own interval


def test_score_takes_any_inference() -> None:
    from wirecode.eval.undated import Sample

    samples = [Sample("tbaq", "dev", "a", D, "Nothing here.")]
    result = score(samples, lambda text: Inference(DateValue.day(D), D, D))
    assert result.metrics()["exact_dev"] == 1.0
    assert result.metrics()["in_window_dev"] == 1.0
    assert result.errors == []


def test_missing_folder_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError, match="timeline17"):
        run_undated(tmp_path)


def test_registered_and_json_from_the_cli(tiny_dir: Path) -> None:
    assert SUITES["undated"] == "wirecode.eval.undated:run_undated"
    out = CliRunner().invoke(main, ["eval", "undated", "--path", str(tiny_dir), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["suite"] == "undated"


# `--run`: an article dated by the rest of its topic (`wirecode.run_dates`)
HELD = (
    "Russian President Vladimir Putin and US President Donald Trump met in Anchorage on "
    "Friday for talks on Ukraine, the Kremlin said."
)
PLANNED = (
    "Anchorage will host Friday's summit between Russian President Vladimir Putin and US "
    "President Donald Trump, the White House said."
)


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    dev = tmp_path / "timeline17" / "EgyptianProtest_cnn"
    tbaq = tmp_path / "tempeval3" / "tbaq-cleaned"
    for folder in (dev, tbaq):
        folder.mkdir(parents=True)
    filler = ("2025-08-01", "Not sampled.")
    rows = [("2025-08-16", HELD)] + [filler] * (STEP - 1) + [("2025-08-13", PLANNED)]
    (dev / "articles.jsonl").write_text(_articles(*rows) + "\n")
    (tbaq / "doc.tml").write_text(TML)
    return tmp_path


def test_by_run_dates_each_article_by_the_others(run_dir: Path, coder) -> None:
    from wirecode.eval.undated import run_undated_by_run

    result = run_undated_by_run(run_dir, sample=2, coder=coder)
    data = result.to_dict()
    assert data["counts"]["documents"] == {"dev": 2, "timeline17-dev": 2}  # no tbaq
    assert data["counts"]["dated"]["dev"] == 2
    assert data["counts"]["with_a_day_to_try"]["dev"] == 2
    metrics = data["metrics"]
    # the held summit's report: Friday 08-15, the day before its date
    # the planned summit's: 08-15 too, two days after its date ("Friday's summit")
    assert metrics["within_1_dev"] == 0.5 and metrics["within_7_dev"] == 1.0
    assert metrics["after_dev"] == 0.5
    assert metrics["in_window_dev"] == 1.0  # the week each basis names
    assert {e["id"] for e in result.errors} == {
        "EgyptianProtest_cnn/0", "EgyptianProtest_cnn/3"
    }  # fmt: skip
    assert "dated by the run" in result.format_table()


def test_by_run_alone_the_article_stays_undated(run_dir: Path, coder) -> None:
    from wirecode.eval.undated import run_undated_by_run

    result = run_undated_by_run(run_dir, sample=1, coder=coder)  # the first article alone
    data = result.to_dict()
    assert data["counts"]["documents"]["dev"] == 1
    assert data["counts"]["dated"]["dev"] == 1  # by the planned summit's report
    assert result.errors[0]["value"] == "2025-08-15"


def test_spread_and_window() -> None:
    from wirecode.eval.undated import _run_window, _spread

    assert _spread(list(range(10)), 3) == [0, 3, 6]
    assert _spread([1, 2], 5) == [1, 2]
    value = DateValue.day(D, basis="inferred from the run: ...; likely 2011-02-05 to 2011-02-11")
    window = _run_window(value)
    assert (window.low, window.high) == (dt.date(2011, 2, 5), D)


def test_run_is_an_option_of_the_devset_and_undated_suites() -> None:
    out = CliRunner().invoke(main, ["eval", "plover-gsr", "--run"])
    assert out.exit_code != 0 and "devset and undated" in out.output
