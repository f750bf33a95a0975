"""PETR2-GSR reader and scorer (test only; the scores are pinned by the quality gate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecode.eval.petr2 import gold_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "petr2-gsr"

XML = """<Sentences>
<Sentence date="20080804" id="A_1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader visited Beijing.
</Text>
<Parse> & not valid xml < </Parse>
</Sentence>
<Sentence date="20080805" id="A_2">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20080805" id="A_3">
<EventCoding eventcode="010" sourcecode="USA" />
<Text>The US made a statement.</Text>
</Sentence>
</Sentences>"""


def test_tolerant_reader_and_crosswalk(tmp_path):
    (tmp_path / "PETR2_GSR_validation.xml").write_text(XML, encoding="utf-8")
    sentences = gold_sentences(tmp_path)
    assert [s.id for s in sentences] == ["A_1", "A_2", "A_3"]
    assert sentences[0].text == "The US leader visited Beijing."
    assert [s.types for s in sentences] == [{"CONSULT"}, set(), set()]


@pytest.mark.skipif(not DATA.is_dir(), reason="evaldata not present")
def test_real_gold_reads():
    sentences = gold_sentences(DATA)
    assert len(sentences) == 78
    assert sum(not s.types for s in sentences) >= 12


def test_errors_count_kinds_and_never_show_a_test_sentence():
    from wirecode.eval.petr2 import Petr2Score
    from wirecode.eval.plover_gsr import TypeScore

    score = TypeScore()
    score.add({"CONSULT"}, set())
    errors = [{"gold": ["CONSULT"], "coded": []}]
    shown = json.loads(json.dumps(Petr2Score(score, errors).to_dict()))["errors"]
    assert shown["confusions"] == [["CONSULT -> none", 1]]
    assert set(shown) == {"listed", "confusions"}
