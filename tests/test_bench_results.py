"""bench/run.py keeps the sections of its results file that a run did not measure."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_only_run_keeps_the_other_sections_with_their_date(bench):
    previous = {
        "date": "2026-12-01",
        "args": {"docs": 100},
        "throughput": {"documents": 100, "wirecode_ratio": 0.79},
        "merge": {"merge_seconds_100000": 4.9},
    }
    fresh = {
        "date": "2026-12-07",
        "args": {"docs": 50},
        "throughput": {"documents": 50, "wirecode_ratio": 0.77},
    }
    results, kept = bench.merge_results(previous, fresh)
    assert kept == ["merge"]
    assert results["throughput"] == {"documents": 50, "wirecode_ratio": 0.77}
    assert results["merge"]["merge_seconds_100000"] == 4.9
    assert results["merge"]["measured"] == {"date": "2026-12-01", "args": {"docs": 100}}
    assert results["date"] == "2026-12-07"
    assert "measured" not in previous["merge"]  # the previous results are not changed


def test_a_section_keeps_the_date_it_was_first_measured(bench):
    measured = {"date": "2026-11-20", "args": {"memory": 500}}
    previous = {"date": "2026-12-01", "memory": {"peak_kib_500": 1, "measured": measured}}
    results, kept = bench.merge_results(previous, {"date": "2026-12-07"})
    assert kept == ["memory"]
    assert results["memory"]["measured"] == measured


def test_nothing_to_keep_from_no_file_or_a_broken_one(bench, tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "RESULTS", tmp_path / "results.json")
    assert bench.previous_results() == {}
    (tmp_path / "results.json").write_text("{not json", encoding="utf-8")
    assert bench.previous_results() == {}
    assert bench.merge_results(bench.previous_results(), {"date": "x"}) == ({"date": "x"}, [])
