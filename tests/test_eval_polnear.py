"""PolNeAR span reading and F1 conventions."""

from __future__ import annotations

import pytest

from wirecode.eval.polnear import SpanCounts, gold_spans

ANN = """T1\tSource 0 5\tTrump
T2\tCue 6 10\tsaid
T3\tContent 11 20;25 30\tsomething else
T4\tAttribution 6 10\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
"""


def test_gold_spans_discontinuous_as_extent():
    spans = gold_spans(ANN)
    assert spans == {"source": {(0, 5)}, "cue": {(6, 10)}, "content": {(11, 30)}}


def test_a_span_written_last_part_first_is_read_as_its_extent():
    ann = "T1\tContent 25 30;11 20\tsomething else\n"
    assert gold_spans(ann)["content"] == {(11, 30)}


def test_exact_and_overlap_f1():
    counts = SpanCounts()
    counts.add({(0, 5), (20, 30)}, {(0, 5), (21, 25), (40, 50)})
    assert counts.exact_f1() == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert counts.overlap_f1() == pytest.approx(2 * (2 / 3) * 1.0 / (2 / 3 + 1.0))


def test_relations_and_dev_error_kinds():
    from collections import Counter

    from wirecode.eval.polnear import error_kinds, relations
    from wirecode.quotes import Quote

    text = "Trump said something else. Biden also spoke."
    (relation,) = relations(ANN)
    assert relation == {"source": (0, 5), "cue": (6, 10), "content": (11, 30)}
    quotes = [
        Quote("indirect", "said", 6, 10, 11, 25, "something", 0, 5, "Trump"),
        Quote("indirect", "spoke", 38, 43, 27, 32, "Biden", 27, 32, "Biden"),
    ]
    errors = {
        name: Counter() for name in ("kinds", "missed_cues", "false_cues", "source_boundaries")
    }
    error_kinds([relation], quotes, text, errors)
    assert errors["kinds"] == Counter({"content boundary": 1, "false attribution": 1})
    assert errors["false_cues"] == Counter({"spoke": 1})


def test_an_attribution_in_a_discarded_stretch_is_not_scored(tmp_path):
    """The annotators' `Discard` stretches (an editor's note, a biography) were not
    annotated: what is found there is neither right nor wrong."""
    from wirecode.eval.polnear import discarded, run_polnear

    text = (
        "Senator Clara Whitfield said the bill would pass.\n"
        "Editor's note: Whitfield said she would run again.\n"
    )
    note = text.index("Editor")
    ann = (
        "T1\tSource 0 23\tSenator Clara Whitfield\n"
        "T2\tCue 24 28\tsaid\n"
        "T3\tContent 29 49\tthe bill would pass\n"
        "T4\tAttribution 24 28\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        f"T5\tDiscard {note} {len(text) - 1}\t{text[note:-1]}\n"
    )
    assert discarded(ann) == [(note, len(text) - 1)]
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "a_1.ann").write_text(ann, encoding="utf-8")
    score = run_polnear(tmp_path, splits=("dev",))
    assert score.counts["dev"]["cue"].predicted == 1
    assert score.counts["dev"]["cue"].exact_tp == 1
