"""PLOVER types of sentences in the register of agency wire copy: `cases/plover_wire.yaml`.

Long titled subjects, days and places, closing attributions, passives, nominalisations and
reported speech, written for this suite (none copied from a gold suite); the conventions
are those of `cases/plover_own.yaml`, run by `test_plover_types.py`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from wirecode.eval.plover_gsr import code_sentence, coded_types
from wirecode.events.plover import TYPES

WIRE_FILE = Path(__file__).resolve().parent / "cases" / "plover_wire.yaml"
WIRE = yaml.safe_load(WIRE_FILE.read_text(encoding="utf-8"))
WIRE_CASES = [
    pytest.param(
        case["text"],
        set(case["types"]),
        id=f"{case['cameo']}-{case['text'][:40]}",
        marks=[pytest.mark.xfail(reason=case["xfail"], strict=False)] if "xfail" in case else [],
    )
    for case in WIRE
]


def test_wire_cases_are_wire_length_and_well_formed():
    assert all(set(case) <= {"cameo", "types", "text", "xfail"} for case in WIRE)
    assert all(set(case["types"]) <= set(TYPES) for case in WIRE)
    assert sum(not case["types"] for case in WIRE) >= 20  # statements, appeals, news
    words = sorted(len(case["text"].split()) for case in WIRE)
    assert words[len(words) // 2] >= 20  # the median sentence is as long as a wire lead
    assert len({case["text"] for case in WIRE}) == len(WIRE)


@pytest.mark.parametrize(("text", "expected"), WIRE_CASES)
def test_wire_sentence_types(coder, text, expected):
    # the session's coder (conftest) holds the model and the knowledge base
    mentions, _ = code_sentence(coder.nlp(text), coder.kb, dt.date(2000, 1, 1))
    assert coded_types(mentions) == expected, [(m.event, m.trigger) for m in mentions]
