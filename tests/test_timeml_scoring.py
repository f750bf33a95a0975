"""TempEval-3 scoring: how the gold folder is read."""

from __future__ import annotations

from pathlib import Path

from wirecode.eval.tempeval import load_timeml, score

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">\
March 22, 2013</TIMEX3></DCT>
<TEXT>
Officials said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">{day}</TIMEX3> that cases rose.
</TEXT>
</TimeML>
"""


def test_a_copy_of_a_document_in_another_folder_is_scored_once(tmp_path: Path) -> None:
    for folder in ("TimeBank", "testpipeline"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a1.tml").write_text(DOC.format(name="a1", day="Friday"))
    (tmp_path / "TimeBank" / "b2.tml").write_text(DOC.format(name="b2", day="Thursday"))
    docs = load_timeml(tmp_path)
    assert [d.name for d in docs] == ["a1", "b2"]
    result = score(docs)
    assert (result.documents, result.gold_total, result.gold_value_correct) == (2, 2, 1)


def test_two_documents_of_one_name_that_differ_are_both_read(tmp_path: Path) -> None:
    for folder, day in (("one", "Friday"), ("two", "Thursday")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a1.tml").write_text(DOC.format(name="a1", day=day))
    assert len(load_timeml(tmp_path)) == 2
