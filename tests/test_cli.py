"""The command line: every command documented, run's account, timeline/show/export contracts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecode.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, f"`wirecode {name}` has no help text"
        assert f"wirecode {name}" in readme, f"`wirecode {name}` is missing from the README"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "w.db"
    result = invoke("run", SEEDS, "--db", db, "-q")
    assert result.exit_code == 0, result.output
    return db, result.output


def test_run_accounts_for_every_input(seeded):
    _, output = seeded
    assert "5 inputs: 5 ingested, 0 already known, 0 skipped" in output
    assert output.count("ingested  ") == 5


def test_second_run_finds_everything_known(seeded):
    db, _ = seeded
    result = invoke("run", SEEDS, "--db", db, "-q")
    assert "0 ingested, 5 already known" in result.output


def test_bad_inputs_are_reported_and_do_not_fail_the_run(tmp_path, seeded):
    db, _ = seeded
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "broken.jsonl").write_text('{"text": "Xi met Putin in Moscow on Monday."}\n{oops\n')
    result = invoke("run", tmp_path, "--db", db, "-q")
    assert result.exit_code == 0
    assert "skipped   " in result.output
    assert re.search(r"empty\.txt: empty file", result.output)
    assert re.search(r"bin\.txt: binary file", result.output)
    assert re.search(r"broken\.jsonl:2: broken JSON line", result.output)
    assert "1 ingested" in result.output


def test_run_fails_only_when_nothing_could_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "no input could be read" in result.output


def test_stdin_input(tmp_path):
    text = " date 2024-03-01 Chinese President Xi Jinping held talks with Brazilian President "
    text += "Luiz Inacio Lula da Silva in Beijing on Friday."
    result = invoke("run", "-", "--db", tmp_path / "s.db", "-q", input=text)
    assert "1 ingested" in result.output
    assert "<stdin>" in result.output


def test_timeline_formats_and_filters(seeded):
    db, _ = seeded
    events = json.loads(invoke("timeline", "--db", db, "--format", "json").output)
    assert events and all("date_precision" in e for e in events)
    putin = json.loads(
        invoke("timeline", "--db", db, "--format", "json", "--actor", "Putin").output
    )
    assert putin and all(
        any("Putin" in a["name"] for a in e["actors"] + e["recipients"]) for e in putin
    )
    since = json.loads(
        invoke("timeline", "--db", db, "--format", "json", "--since", "2023-01-01").output
    )
    assert since and all(e["date_end"] >= "2023-01-01" for e in since)
    assert invoke("timeline", "--db", db, "--format", "csv").output.startswith("date,event")
    assert "| date | event |" in invoke("timeline", "--db", db, "--format", "md").output


def test_filter_values_are_data_not_sql(seeded):
    db, _ = seeded
    result = invoke("timeline", "--db", db, "--format", "json", "--actor", "x' OR '1'='1")
    assert json.loads(result.output) == []


def test_show_prints_every_source_sentence(seeded):
    db, _ = seeded
    events = json.loads(invoke("timeline", "--db", db, "--format", "json").output)
    call = next(
        e
        for e in events
        if e["date"] == "2023-04-26" and {a["name"] for a in e["actors"]} >= {"Xi Jinping"}
    )
    result = invoke("show", call["id"], "--db", db)
    assert "2023-04-26" in result.output
    assert "000_6d0f9cb123943487.txt" in result.output
    assert "002_b62b2335cf97d1a4.txt" in result.output


def test_show_unknown_event_is_a_clear_error(seeded):
    db, _ = seeded
    result = CliRunner().invoke(main, ["show", "ev_nope", "--db", str(db)])
    assert result.exit_code != 0
    assert "no event 'ev_nope'" in result.output
    result = CliRunner().invoke(main, ["show", "ev_", "--db", str(db)])  # every id's prefix
    assert result.exit_code == 1 and "'ev_' begins the ids of several events" in result.output


def test_export_to_a_path_that_cannot_be_written_is_a_clear_error(seeded, tmp_path):
    db, _ = seeded
    target = tmp_path / "no such folder" / "out.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(target)])
    assert result.exit_code == 1
    assert "cannot write" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_export_jsonl_is_stable_and_carries_the_contract_fields(seeded, tmp_path):
    db, _ = seeded
    first = invoke("export", "--db", db, "--format", "jsonl").output
    invoke("export", "--db", db, "--format", "jsonl", "-o", tmp_path / "out.jsonl")
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == first
    for line in first.splitlines():
        event = json.loads(line)
        for key in (
            "id",
            "event",
            "mode",
            "status",
            "date",
            "date_precision",
            "date_start",
            "date_end",
            "actors",
            "recipients",
            "location",
            "contexts",
            "sources",
            "conflicts",
            "mentions",
        ):
            assert key in event
        for mention in event["mentions"]:
            for key in ("document", "path", "outlet", "published", "sentence", "start", "end"):
                assert key in mention
