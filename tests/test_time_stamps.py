"""A live page's update stamps: where they stand, and the sentence each opens."""

from __future__ import annotations

from wirecode.nlp import load
from wirecode.time.stamps import stamp_spans


def test_a_stamp_opens_a_line_or_follows_a_sentence():
    text = (
        "Libya live updates\n(3:08 p.m. Monday ET, 9:08 p.m. Monday in Libya) Obama spoke. "
        "(4:52 p.m. Monday ET, 10:52 p.m. Monday in Libya) Gates spoke."
    )
    assert [text[s:e][:6] for s, e in stamp_spans(text)] == ["(3:08 ", "(4:52 "]


def test_an_hour_converted_in_running_text_is_no_stamp():
    text = "Jets attacked the town around dawn (11 p.m. Tuesday ET, 6 a.m. in Libya) Wednesday."
    assert stamp_spans(text) == []


def test_an_entry_after_a_stamp_is_a_sentence_of_its_own():
    text = (
        "Libya live updates\n(3:08 p.m. Monday ET, 9:08 p.m. Monday in Libya) President Barack "
        "Obama, addressing the situation during a trip to Chile, told reporters he would act."
    )
    starts = [sent[0].text for sent in load()(text).sents]
    assert "President" in starts
