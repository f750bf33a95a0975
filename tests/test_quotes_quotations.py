"""A content that opens a quotation runs to the quotation's closing mark."""

from __future__ import annotations

import pytest

from wirecode.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            '"One of the reasons China was prepared to go further," Mr. Obama said, "is that '
            "their concern is political stability. Interestingly, one of their greatest "
            'vulnerabilities is the environment."',
            "said",
            '"One of the reasons China was prepared to go further," Mr. Obama said, "is that '
            "their concern is political stability. Interestingly, one of their greatest "
            'vulnerabilities is the environment."',
        ),
        (
            "Dean added that this is a problem because, \"In the end, we don't vote against "
            'somebody. We vote for somebody."',
            "added",
            "that this is a problem because, \"In the end, we don't vote against somebody. "
            'We vote for somebody."',
        ),
    ],
)
def test_a_quotation_is_quoted_whole_past_its_sentence_ends(nlp, text, cue, content):
    """The parser ends the reported clause with the first sentence inside the quotation;
    the speaker's quoted words go on to the closing mark."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"He is right," Smith, a party adviser, said Thursday on CNN’s “State of the Union.”',
            '"He is right,"',
        ),
        ('"We will win," the senator said in an interview with “The Daily.”', '"We will win,"'),
        ('"He is right," Smith said. "It is time."', '"He is right," Smith said. "It is time."'),
    ],
)
def test_a_title_named_after_the_cue_is_no_quotation_resumed(nlp, text, content):
    """'..., Smith said on CNN's “State of the Union.”': a quotation after a possessive, a
    preposition or "the" names a show, a book or a song, and is not the speaker's words
    resumed after the attribution; a quotation opening a sentence of its own is."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue == "said")
    assert text[quote.start : quote.end] == content
