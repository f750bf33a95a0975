"""Golden files: the events `wirecode.code` gives for each seed article, reviewed as a diff.

`tests/golden/<seed-stem>.events.json` holds the serialised events of one seed article coded
on its own (its header date, if any, as the publication date), plus the spaCy model and the
coder version that produced them. Only the article, its date and the events must match; the
model and coder recorded beside them explain a difference but do not cause one. Rewrite
them with `pytest --update-golden` and review the diff; never edit them by hand.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

import wirecode
from wirecode.ingest import parse_text_file
from wirecode.nlp import model_version
from wirecode.serialize import event_to_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"
VERSIONS = ("model", "coder")  # recorded for the reader of a diff, not compared


def golden_path(seed: Path) -> Path:
    return GOLDEN / f"{seed.stem}.events.json"


def current(seed: Path, coder) -> dict:
    document = parse_text_file(seed.read_text(encoding="utf-8"), path=seed.name)
    published = document.published.start if document.published else None
    events = wirecode.code(document.text, published=published)
    return {
        "article": seed.name,
        "published": published.isoformat() if published else None,
        "model": model_version(coder.nlp),
        "coder": coder.version,
        "events": [event_to_json(event, {}) for event in events],
    }


def dumps(data: dict) -> str:
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_every_seed_has_a_golden_file(update_golden: bool) -> None:
    if update_golden:
        pytest.skip("the golden files are being rewritten")
    assert len(SEEDS) == 5
    have = {p.name for p in GOLDEN.glob("*.events.json")}
    assert have == {golden_path(s).name for s in SEEDS}


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_golden(seed: Path, coder, update_golden: bool) -> None:
    text = dumps(current(seed, coder))
    path = golden_path(seed)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{path.name} is missing: run `pytest --update-golden` and review it"
    expected = path.read_text(encoding="utf-8")
    recorded, now = json.loads(expected), json.loads(text)
    if {k: v for k, v in recorded.items() if k not in VERSIONS} == {
        k: v for k, v in now.items() if k not in VERSIONS
    }:
        return
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"golden/{path.name}",
            tofile="current output",
        )
    )
    pytest.fail(
        f"{seed.name}: output differs from golden/{path.name}; if the change is intended, "
        f"rerun with --update-golden and review the diff.\n{diff}",
        pytrace=False,
    )
