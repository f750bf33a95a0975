"""The quality gate: no score on a gold suite may fall below its pinned floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecode.eval import gate

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize("suite", gate.GATED)
def test_scores_stay_at_or_above_their_floors(suite, monkeypatch):
    if not (SHARED / "devset").exists():
        pytest.skip("the shared gold data is not beside the project")
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    baseline = gate.load()
    assert suite in baseline, (
        f"no floors pinned for {suite}: run python -m wirecode.eval.gate --update"
    )
    assert gate.check(suite, baseline, gate.measure(suite)) == []


def test_update_only_raises_floors():
    baseline = {"devset": {"data": "x", "floors": {"f1": 0.7, "dedup": 0.8}}}
    raised = gate.update(baseline, "devset", {"f1": 0.75, "dedup": 0.5})
    assert raised["devset"]["floors"] == {"f1": 0.75, "dedup": 0.8}


def test_check_reports_a_regression(tmp_path, monkeypatch):
    monkeypatch.setitem(gate.DATA, "devset", str(tmp_path))
    baseline = {"devset": {"data": gate.data_hash(tmp_path), "floors": {"f1": 0.7}}}
    assert gate.check("devset", baseline, {"f1": 0.71}) == []
    [problem] = gate.check("devset", baseline, {"f1": 0.6})
    assert "f1 0.6000 < floor 0.7" in problem


def test_changed_gold_data_is_caught(tmp_path, monkeypatch):
    (tmp_path / "gold.txt").write_text("a")
    monkeypatch.setitem(gate.DATA, "devset", str(tmp_path))
    baseline = {"devset": {"data": gate.data_hash(tmp_path), "floors": {}}}
    (tmp_path / "gold.txt").write_text("b")
    assert gate.check("devset", baseline, {}) == [
        "devset: the gold data changed since the floors were pinned"
    ]


@pytest.mark.parametrize("suite", gate.SLOW)
def test_slow_suites_are_pinned_on_the_gold_data_of_today(suite, monkeypatch):
    """Timeline17 is measured outside the test run (`python -m wirecode.eval.gate --all`),
    but its floors are pinned like the others', on the same gold data."""
    if not (SHARED / "devset").exists():
        pytest.skip("the shared gold data is not beside the project")
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    pinned = gate.load()[suite]
    assert pinned["data"] == gate.data_hash(gate.DATA[suite]) and pinned["floors"]


def test_the_gate_refuses_an_unknown_suite(capsys):
    with pytest.raises(SystemExit):
        gate.main(["no-such-suite"])
    assert "unknown suite: no-such-suite" in capsys.readouterr().err


def test_a_descriptive_figure_is_no_floor():
    raised = gate.update({}, "devset", {"f1": 0.9, "adjacent_share": 0.4})
    assert raised["devset"]["floors"] == {"f1": 0.9}


def test_a_share_of_errors_is_a_ceiling_that_only_moves_down(tmp_path, monkeypatch):
    monkeypatch.setitem(gate.DATA, "undated", (str(tmp_path),))
    pinned = gate.update({}, "undated", {"month_dev": 0.05, "after_dev": 0.0892})
    assert pinned["undated"]["floors"] == {"month_dev": 0.05}
    assert pinned["undated"]["ceilings"] == {"after_dev": 0.0892}
    again = gate.update(pinned, "undated", {"month_dev": 0.04, "after_dev": 0.1})
    assert again["undated"]["ceilings"] == {"after_dev": 0.0892}
    assert gate.check("undated", again, {"month_dev": 0.05, "after_dev": 0.08}) == []
    [problem] = gate.check("undated", again, {"month_dev": 0.05, "after_dev": 0.12})
    assert "after_dev 0.1200 > ceiling 0.0892" in problem
