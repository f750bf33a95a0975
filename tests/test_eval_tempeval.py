"""The TempEval-3 scorer on a tiny TimeML file, TimeML values, and the real platinum set."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from wirecode.errors import EvalDataError
from wirecode.eval import SUITES, run_suite
from wirecode.eval.tempeval import (
    TEMPEVAL_DEFAULT,
    load_timeml,
    parse_timeml,
    resolve_tempeval_dir,
    run_tempeval3,
)
from wirecode.time import timeml_value

TINY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">\
March 22, 2013</TIMEX3></DCT>
<TEXT>
Officials said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that cases \
rose <TIMEX3 tid="t2" type="DATE" value="2012-SU">last summer</TIMEX3> &amp; will fall \
<TIMEX3 tid="t3" type="DATE" value="FUTURE_REF">soon</TIMEX3>. Prices rose for \
<TIMEX3 tid="t4" type="DURATION" value="P3D">three days</TIMEX3> after a vote held \
<TIMEX3 tid="t5" type="DATE" value="2013-03-15">a week ago</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    (tmp_path / "tiny.tml").write_text(TINY, encoding="utf-8")
    return tmp_path


def test_parse_timeml_spans_and_dct() -> None:
    doc = parse_timeml(TINY, "tiny")
    assert doc.dct == dt.date(2013, 3, 22)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2013-03-22"),
        ("last summer", "DATE", "2012-SU"),
        ("soon", "DATE", "FUTURE_REF"),
        ("three days", "DURATION", "P3D"),
        ("a week ago", "DATE", "2013-03-15"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    assert "&amp;" not in doc.text and " & " in doc.text


def test_score_on_a_tiny_file(tiny_dir: Path) -> None:
    result = run_tempeval3(tiny_dir)
    data = result.to_dict()
    assert data["suite"] == "tempeval3"
    assert data["reference"] == {"HeidelTime value F1": 0.7761, "SUTime value F1": 0.6738}
    metrics = data["metrics"]
    # gold spans: all but "a week ago" (ours 2013-W11) are right
    assert metrics["value_accuracy_gold_spans"] == 0.8
    # found: Friday, last summer, for three days, a week ago ("soon" is not looked for)
    assert metrics["span_precision"] == 1.0
    assert metrics["span_recall"] == 0.8
    assert metrics["value_precision"] == 0.75
    assert metrics["value_recall"] == 0.6
    assert metrics["value_f1"] == 0.6667
    assert data["counts"]["gold"] == 5 and data["counts"]["found"] == 4
    assert data["errors"]["value"][0] == {
        "text": "a week ago",
        "gold": "2013-03-15",
        "ours": "2013-W11",
        "count": 1,
        "example": "tiny: …ill fall soon. Prices rose for three days after a vote held "
        "[[a week ago]] .…",
    }
    # each error shows where it was first seen, for `wirecode eval tempeval3 --errors`
    assert data["errors"]["missed"] == [
        {
            "text": "soon",
            "count": 1,
            "example": "tiny: …ficials said Friday that cases rose last summer & will fall "
            "[[soon]] . Prices rose for three days after a vote held a week ago.…",
        }
    ]
    assert "value_f1" in result.format_table()


def test_the_test_sets_errors_are_not_listed(tmp_path: Path) -> None:
    """Platinum is the test set: its figures are shown, not the text of its errors (a tbaq
    folder's are)."""
    platinum = tmp_path / "platinum"
    platinum.mkdir()
    (platinum / "tiny.tml").write_text(TINY, encoding="utf-8")
    hidden = run_tempeval3(platinum).to_dict()
    assert "value" not in hidden["errors"] and "example" not in json.dumps(hidden)
    assert hidden["metrics"]["value_accuracy_gold_spans"] == 0.8
    dev = tmp_path / "tbaq-cleaned"
    dev.mkdir()
    (dev / "tiny.tml").write_text(TINY, encoding="utf-8")
    assert run_tempeval3(dev).to_dict()["errors"]["value"]


def test_path_env_and_registry(tiny_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert SUITES["tempeval3"] == "wirecode.eval.tempeval:run_tempeval3"
    monkeypatch.setenv("WIRECODE_TEMPEVAL", str(tiny_dir))
    assert resolve_tempeval_dir() == tiny_dir
    assert run_suite("tempeval3").to_dict()["counts"]["documents"] == 1
    monkeypatch.delenv("WIRECODE_TEMPEVAL")
    assert resolve_tempeval_dir() == TEMPEVAL_DEFAULT


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(EvalDataError):
        load_timeml(tmp_path / "nowhere")
    with pytest.raises(EvalDataError):
        load_timeml(tmp_path)


FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("last summer", False, "2012-SU"),
        ("the last week", False, "2013-W11"),
        ("now", False, "PRESENT_REF"),
        ("recently", False, "PAST_REF"),
        ("the future", False, "FUTURE_REF"),
        ("three days", False, "P3D"),
        ("two-year", False, "P2Y"),
        ("several years", False, "PXY"),
        ("5 1/2 hours", False, "PT5H30M"),
        ("daily", False, "P1D"),
        ("every Monday", False, "XXXX-WXX-1"),
        ("the third quarter", False, "2012-Q3"),
        ("the first quarter", False, "2013-Q1"),
        # a decade with its article is TimeML's "199"; marked without it, ISO-TimeML's 199X
        ("the 1990s", False, "199"),
        ("the late 1970s", False, "197"),
        ("the nineties", False, "199"),
        ("1980s", False, "198X"),
        ("early 1990s", False, "199X"),
        ("the 20th century", False, "19"),
        ("nineteen ninety-six", False, "1996"),
        ("10:35 a.m.", False, "2013-03-22T10:35"),
        ("9 a.m. Tuesday", False, "2013-03-19T09:00"),
        ("Wednesday night", False, "2013-03-20TNI"),
        ("this morning", False, "2013-03-22TMO"),
        ("Thanksgiving", False, "2012-11-22"),
        ("Friday", True, "2013-03-22"),  # to come, named on a Friday: that Friday
        ("Feb. 24", False, "2013-02-24"),
        ("the meeting", False, "XXXX-XX-XX"),
        # hedged and compound durations, vague stretches, generic nouns
        ("over an hour", False, "PT1H"),
        ("at least 72 hours", False, "PT72H"),
        ("an additional year", False, "P1Y"),
        ("a three-year period", False, "P3Y"),
        ("eight trading days", False, "P8D"),
        ("the last three months", False, "P3M"),
        ("recent weeks", False, "PXW"),
        ("the past few days", False, "PXD"),
        ("the weeks ahead", False, "PXW"),
        ("the year", False, "P1Y"),
        ("the week", False, "2013-WXX"),
    ],
)
def test_timeml_value(text: str, future: bool, value: str) -> None:
    assert timeml_value(text, FRI, future=future) == value


def test_timeml_value_guesses_the_tense_from_the_context() -> None:
    from wirecode.time import Timex

    text = "The committee will vote on Monday."
    start = text.index("Monday")
    timex = Timex(start, start + 6, "Monday", "weekday")
    assert timeml_value(timex, FRI, context=text) == "2013-03-25"
    said = "The committee said on Monday it had voted."
    start = said.index("Monday")
    assert timeml_value(Timex(start, start + 6, "Monday", "weekday"), FRI, context=said) == (
        "2013-03-18"
    )


@pytest.mark.parametrize(
    ("text", "target", "tense"),
    [
        ("The committee will vote on Monday.", "Monday", "future"),
        ("The committee said on Monday it had voted.", "Monday", "past"),
        ("Leaders signed an economic cooperation plan Friday.", "Friday", "past"),
        ("The dividend is payable Jan. 2 to holders of record.", "Jan. 2", "future"),
        ("The bank extended loans through January.", "January", "future"),
        ("Up until Thursday, they had described him as a witness.", "Thursday", None),
        ("The talks, which will resume soon, ended on Monday.", "Monday", "past"),
        ("Officials met on Tuesday.", "Tuesday", "past"),
        ("On Tuesday, protests.", "Tuesday", None),
    ],
)
def test_tense_of(text: str, target: str, tense: str | None) -> None:
    from wirecode.time.tense import tense_of

    start = text.index(target)
    assert tense_of(text, start, start + len(target)) == tense


PLATINUM = Path(__file__).resolve().parents[1] / TEMPEVAL_DEFAULT


@pytest.mark.skipif(not PLATINUM.is_dir(), reason="TempEval-3 platinum data not present")
def test_platinum_floors() -> None:
    metrics = run_tempeval3(PLATINUM).metrics()
    assert metrics["value_accuracy_gold_spans"] >= 0.78
    assert metrics["value_f1"] >= 0.76
