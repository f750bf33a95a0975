"""What a cue reports, read on parses built by hand: the clauses the parser hangs on a cue
that are no part of its content."""

from __future__ import annotations

import pytest

from parses import hand_parse
from wirecode.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


# the parse spaCy gives a headline of two clauses joined by a semicolon: the first hung on
# the second's verb as its clause, the semicolon on the first's verb
SEMICOLON = [
    ("Farmers", 1, "nsubj", "NOUN", "NNS", "farmer"),
    ("denounce", 9, "ccomp", "VERB", "VBP", "denounce"),
    ("water", 3, "compound", "NOUN", "NN", "water"),
    ("rules", 1, "dobj", "NOUN", "NNS", "rule"),
    (";", 1, "punct", "PUNCT", ":", ";"),
    ("mayor", 1, "npadvmod", "NOUN", "NN", "mayor"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("others", 9, "nsubj", "NOUN", "NNS", "other"),
    ("quickly", 9, "advmod", "ADV", "RB", "quickly"),
    ("vow", 9, "ROOT", "VERB", "VBP", "vow"),
    ("review", 9, "dobj", "NOUN", "NN", "review"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


def test_a_clause_a_semicolon_closes_is_no_content_of_the_cue_after_it(nlp):
    """ "Farmers denounce water rules; mayor, others vow review": two sentences joined by a
    semicolon; the first reports what the farmers denounce and is no part of what the
    second's cue reports, though the parser hangs it there as a clause."""
    spaces = [True] * len(SEMICOLON)
    spaces[3] = spaces[6] = spaces[10] = False  # "rules;", "mayor,", "review."
    doc = hand_parse(nlp.vocab, SEMICOLON, spaces)
    found = {q.cue: q.content for q in find_quotes(doc, [])}
    assert found["quickly vow"] == "review"
    assert found["denounce"] == "water rules"


def test_a_semicolon_inside_a_quotation_keeps_its_clause(nlp):
    """'"We won; they lost," the coach said': the quotation before the cue is its content
    whole, its semicolon the speaker's own."""
    (quote,) = find_quotes(nlp('"We won; they lost," the coach said.'), [])
    assert quote.content == "We won; they lost"
