"""PLOVER-GSR country accuracy: code mapping, IGO matching, halves, scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecode.eval import SUITES
from wirecode.eval.plover_gsr import (
    code_found,
    gold_sentences,
    normalise_code,
    run_plover_gsr,
    score,
    split_of,
)

GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "plover-gsr"
# Measured 2026-11-24 after the knowledge-base additions: all 0.927, dev 0.944, test 0.911.
# Countries come from the parties of coded events since issue 4 (stricter than every actor
# resolved in the sentence, which scored 0.927); the goal stays 0.90.
FLOOR = {
    "country_accuracy": 0.90,
    "country_accuracy_dev": 0.92,
    "country_accuracy_test": 0.88,
    "type_accuracy_dev": 0.82,
    "type_macro_f1_dev": 0.85,
}


@pytest.mark.parametrize(
    ("code", "iso"), [("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("usa", "USA")]
)
def test_legacy_codes_read_as_iso(code, iso):
    assert normalise_code(code) == iso


def test_igo_matches_any_organisation_code():
    organisations = {"UNO", "EUR"}
    assert code_found("IGO", {"UNO"}, organisations)
    assert code_found("NGO", {"FRA", "EUR"}, organisations)
    assert code_found("IMG", {"IGO"}, organisations)
    assert not code_found("IGO", {"FRA"}, organisations)
    assert not code_found("FRA", {"UNO"}, organisations)


@pytest.mark.parametrize(
    ("record_id", "split"),
    [("PLOVER-GSR01-AGREE-0002", "dev"), ("PLOVER-GSR01-AGREE-0017", "test"), ("X-10", "dev")],
)
def test_split_by_id_parity(record_id, split):
    assert split_of(record_id) == split


def test_scoring_on_a_tiny_file(tmp_path):
    records = [
        {"id": "HEADER", "event": "DOCUMENT"},
        {
            "id": "T-0001",
            "date": "2000-01-01",
            "event": "AGREE",
            "text": "Japan and the United Nations agreed.",
            "source": [{"actorText": "Japan", "code": "JAP"}],
            "target": [{"actorText": "United Nations", "code": "IGO"}],
        },
        {  # the same sentence coded twice: one unit, codes merged
            "id": "T-0003",
            "date": "2000-01-01",
            "event": "CONSULT",
            "text": "Japan and the United Nations  agreed.",
            "source": [{"actorText": "Japan", "code": "JAP"}],
            "target": "",
        },
        {
            "id": "T-0002",
            "date": "2000-01-01",
            "event": "REJECT",
            "text": "Italy rejected it.",
            "source": [{"actorText": "Italy", "code": "ITL"}],
            "target": "diplomatic",
        },
    ]
    path = tmp_path / "gold.txt"
    path.write_text(json.dumps(records), encoding="utf-8")
    sentences = gold_sentences(path)
    assert [(s.id, s.codes, s.split) for s in sentences] == [
        ("T-0001", ["JPN", "IGO"], "test"),
        ("T-0002", ["ITA"], "dev"),
    ]
    found = {"Japan and the United Nations agreed.": {"JPN", "UNO"}, "Italy rejected it.": set()}
    result = score(sentences, found, organisations={"UNO"})
    assert result.metrics() == {
        "country_accuracy": round(2 / 3, 4),
        "country_accuracy_dev": 0.0,
        "country_accuracy_test": 1.0,
    }
    data = result.to_dict()
    assert data["suite"] == "plover-gsr"
    assert data["errors"]["missed_by_code"] == [("ITA", 1)]
    assert data["errors"]["missed"][0]["gold_text"] == "Italy"
    assert result.format_table().splitlines()[1].startswith("dev")


def test_errors_are_listed_for_the_dev_half_only():
    def miss(split):
        return {"id": "X", "split": split, "code": "FRA", "gold_text": "", "found": []}

    def error(split):
        return {"id": "X", "split": split, "gold": ["AGREE"], "coded": [], "sentence": ""}

    result = score([], {}, organisations=set())
    result.misses = [miss("dev"), miss("test"), miss("test")]
    result.type_errors = [error("test"), error("dev")]
    errors = result.to_dict()["errors"]
    assert [m["split"] for m in errors["missed"]] == ["dev"]
    assert [e["split"] for e in errors["types"]] == ["dev"]
    assert errors["type_confusions"] == [("AGREE -> none", 1)]
    assert errors["test_half_unlisted"] == {"missed": 2, "types": 1}


def test_suite_is_registered():
    assert SUITES["plover-gsr"] == "wirecode.eval.plover_gsr:run_plover_gsr"


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="shared/evaldata/plover-gsr not present")
def test_real_suite_keeps_its_floor():
    result = run_plover_gsr(GOLD_DIR)
    metrics = result.to_dict()["metrics"]
    for name, floor in FLOOR.items():
        assert metrics[name] >= floor, (name, metrics[name])
    assert result.to_dict()["counts"]["sentences"]["all"] == 316
    assert "note" in result.to_dict()
