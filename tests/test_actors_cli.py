"""`wirecode actors`: event counts, the knowledge base listing, and `--check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecode.cli import main
from wirecode.commands.actors import actor_counts

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "BEIJING, April 27, 2023 - Chinese President Xi Jinping spoke by phone with Ukrainian "
    "President Volodymyr Zelensky on Wednesday, their first call since the war began.\n"
)


def test_actors_has_help():
    result = CliRunner().invoke(main, ["actors", "--help"])
    assert result.exit_code == 0
    assert "--check" in result.output and "--kb" in result.output


def test_check_good_file():
    result = CliRunner().invoke(main, ["actors", "--check", str(ROOT / "examples/actors.yaml")])
    assert result.exit_code == 0, result.output
    assert "ok (2 people" in result.output


def test_check_bad_file_prints_file_line_field_reason(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "people:\n  - name: A\n    country: ZZZ\n  - country: USA\n    gender: x\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["actors", "--check", str(path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(str(path))]
    assert lines[0].startswith(f"{path}:3: country: unknown country")
    assert any(line.startswith(f"{path}:4: name: required") for line in lines)
    assert any(line.startswith(f"{path}:5: gender: ") for line in lines)


def test_check_bad_csv(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,country\nA B,USA\n,USA\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", "--check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:3: name: required" in result.output


def test_kb_lists_trump_as_us_head_of_state():
    result = CliRunner().invoke(
        main, ["actors", "--kb", "--on", "2025-02-12", "--country", "USA", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    roles = {o["role"] for o in rows["Donald Trump"]["offices"]}
    assert "head_of_state" in roles
    assert "Joe Biden" not in rows


def test_kb_table_and_bad_date():
    runner = CliRunner()
    result = runner.invoke(main, ["actors", "--kb", "--on", "2025-02-12"])
    assert result.exit_code == 0 and "Donald Trump" in result.output
    assert runner.invoke(main, ["actors", "--kb", "--on", "next week"]).exit_code == 2


def test_actor_counts_counts_each_event_once():
    xi = {"id": "xi-jinping", "name": "Xi Jinping", "country": "CHN", "sector": "GOV"}
    ze = {"id": "volodymyr-zelensky", "name": "Volodymyr Zelensky", "country": "UKR"}
    events = [
        {"actors": [xi, ze], "recipients": []},
        {"actors": [xi], "recipients": [ze]},
        {"actors": [xi, xi], "recipients": []},
    ]
    rows = {r["id"]: r for r in actor_counts(events)}
    assert rows["xi-jinping"]["events"] == 3 and rows["xi-jinping"]["as_actor"] == 3
    assert (rows["volodymyr-zelensky"]["events"], rows["volodymyr-zelensky"]["as_recipient"]) == (
        2,
        1,
    )


@pytest.mark.slow
def test_actors_counts_events_in_a_store(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    run = runner.invoke(main, ["run", str(story), "--db", db, "-q"])
    assert run.exit_code == 0, run.output
    result = runner.invoke(main, ["actors", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert rows["Xi Jinping"]["events"] >= 1
    assert rows["Volodymyr Zelensky"]["country"] == "UKR"
    table = runner.invoke(main, ["actors", "--db", db])
    assert "Xi Jinping" in table.output


@pytest.mark.slow
def test_run_takes_user_actor_files(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        "MUNICH, May 2, 2024 - Bavarian premier Markus Soeder spoke by phone with Chinese "
        "President Xi Jinping on Wednesday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    args = ["run", str(story), "--db", db, "-q", "--actors", str(ROOT / "examples/actors.yaml")]
    run = runner.invoke(main, args)
    assert run.exit_code == 0, run.output
    result = runner.invoke(main, ["actors", "--db", db, "--format", "json"])
    names = {row["name"] for row in json.loads(result.output)}
    assert "Markus Söder" in names


def test_run_refuses_a_bad_actor_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - country: USA\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    args = ["run", str(story), "--db", str(tmp_path / "w.db"), "--actors", str(bad)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert f"{bad}:2: name: required" in result.output
