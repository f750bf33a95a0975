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


# the parse spaCy gives a clause-final "maintains": a plural noun, the sentence's root, with
# the reported clause and the speaker's head hung on it
MAINTAINS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("tax", 2, "nsubj", "NOUN", "NN", "tax"),
    ("is", 10, "ccomp", "AUX", "VBZ", "be"),
    ("unfair", 2, "acomp", "ADJ", "JJ", "unfair"),
    (",", 10, "punct", "PUNCT", ",", ","),
    ("the", 6, "det", "DET", "DT", "the"),
    ("governor", 10, "nsubj", "NOUN", "NN", "governor"),
    ("'s", 6, "case", "PART", "POS", "'s"),
    ("former", 10, "amod", "ADJ", "JJ", "former"),
    ("aide", 10, "compound", "NOUN", "NN", "aide"),
    ("maintains", 10, "ROOT", "NOUN", "NNS", "maintain"),
    (".", 10, "punct", "PUNCT", ".", "."),
]


def test_a_clause_final_verb_of_saying_read_as_a_plural_noun_is_the_cue(nlp):
    """ "The tax is unfair, the governor's former aide maintains.": the last word of the
    sentence, with the form of a verb of saying, after a comma and its subject's noun
    phrase, is a clause-final cue though the tagger read it as a plural noun."""
    spaces = [True] * len(MAINTAINS)
    spaces[3] = spaces[6] = spaces[10] = False  # "unfair,", "governor's", "maintains."
    doc = hand_parse(nlp.vocab, MAINTAINS, spaces)
    (quote,) = find_quotes(doc, [])
    assert (quote.source, quote.cue, quote.content) == (
        "the governor's former aide",
        "maintains",
        "The tax is unfair",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The flood took the barn, the fields and the farmers' hopes.",
        "He sold the farm, his claims.",
    ],
)
def test_a_plural_noun_closing_a_list_is_no_cue(nlp, text):
    """ "the fields and the farmers' hopes": a noun that closes a list or an apposition
    after a clause that reports nothing is no cue."""
    assert [q.cue for q in find_quotes(nlp(text), [])] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("European farmers gathered Friday to discuss the drought.", "to discuss"),
        ("The ministers met Monday to discuss the budget.", "to discuss"),
        ("The minister went on to explain the budget.", "went on to explain"),
    ],
)
def test_a_phrase_of_time_leaves_an_infinitive_cue_its_own(nlp, text, cue):
    """ "gathered Friday to discuss": the verb before the infinitive tells when the speakers
    came together and is no part of the cue; one that completes it stays ("went on to
    explain")."""
    (quote,) = find_quotes(nlp(text), [])
    assert quote.cue == cue
