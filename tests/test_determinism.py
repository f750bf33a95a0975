"""Determinism: the same inputs in any order give a byte-identical `export --format jsonl`."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecode.cli import main
from wirecode.pipeline import run
from wirecode.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
REPORTS = [  # the same contacts told by several outlets, undated and dated, plus repeats
    " date 2023-04-27\nChinese President Xi Jinping spoke with Ukrainian President Volodymyr "
    "Zelensky by phone on Wednesday.",
    " date 2023-04-26\nXi Jinping and Volodymyr Zelensky held a phone call on Wednesday, "
    "Kyiv said.",
    "Xi Jinping spoke with Volodymyr Zelensky by phone. The two leaders discussed peace.",
    " date 2023-03-22\nXi Jinping met Vladimir Putin in Moscow on Tuesday.",
    " date 2023-03-21\nChinese President Xi Jinping met Russian President Vladimir Putin in "
    "the Kremlin on Monday.",
    " date 2023-03-23\nPutin and Xi held talks in Moscow this week.",
    " date 2022-02-25\nXi Jinping spoke by phone with Vladimir Putin on Friday.",
    " date 2022-06-15\nXi Jinping and Vladimir Putin spoke by phone on Wednesday.",
    " date 2022-06-16\nXi and Putin had a phone call on Wednesday, the Kremlin said.",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, folder / seed.name)
    for index, text in enumerate(REPORTS):
        (folder / f"report_{index}.txt").write_text(text, encoding="utf-8")
    (folder / "report_0_copy.txt").write_text(REPORTS[0], encoding="utf-8")  # a second path
    (folder / "z_junk.txt").write_bytes(b"\x00\x01")
    return sorted(folder.iterdir())


def export(paths: list[str], db: Path, coder) -> str:
    with SQLiteStore(db) as store:
        run(paths, store, coder=coder)
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return result.output


def test_any_input_order_gives_the_same_export(inputs, tmp_path, coder):
    folder = str(inputs[0].parent)
    reference = export([folder], tmp_path / "folder.db", coder)
    assert reference.count("\n") >= 5
    orders = [list(reversed(inputs)), random.Random(1).sample(inputs, len(inputs))]
    for number, order in enumerate(orders):
        got = export([str(p) for p in order], tmp_path / f"order{number}.db", coder)
        assert got == reference, f"order {number} differs"


def test_incremental_runs_give_the_same_export_as_one_run(inputs, tmp_path, coder):
    folder = str(inputs[0].parent)
    reference = export([folder], tmp_path / "once.db", coder)
    db = tmp_path / "steps.db"
    half = len(inputs) // 2
    export([str(p) for p in inputs[half:]], db, coder)
    assert export([str(p) for p in inputs[:half]], db, coder) == reference


def test_running_twice_changes_nothing(inputs, tmp_path, coder):
    folder = str(inputs[0].parent)
    db = tmp_path / "twice.db"
    assert export([folder], db, coder) == export([folder], db, coder)
