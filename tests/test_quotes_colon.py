"""What a clause names before a colon as something said: the words after the colon are
what was said ("made the following comment: ...", "The implication is clear: ...")."""

from __future__ import annotations

import pytest

from parses import hand_parse
from wirecode.quotes import find_quotes, nested


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


def _found(doc):
    inner = {id(q) for q in nested(find_quotes(doc, []))}
    return [(q.source, q.cue, q.content) for q in find_quotes(doc, []) if id(q) not in inner]


# the parse spaCy gives: the clause before the colon hung on the quotation's verb
COMMENT = [
    ("Sanders", 1, "nsubj", "PROPN", "NNP", "Sanders"),
    ("made", 11, "ccomp", "VERB", "VBD", "make"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("following", 4, "amod", "ADJ", "JJ", "following"),
    ("comment", 1, "dobj", "NOUN", "NN", "comment"),
    (":", 11, "punct", "PUNCT", ":", ":"),
    ('"', 11, "punct", "PUNCT", "``", '"'),
    ("Young", 8, "amod", "ADJ", "JJ", "young"),
    ("people", 11, "nsubjpass", "NOUN", "NNS", "people"),
    ("are", 11, "aux", "AUX", "VBP", "be"),
    ("being", 11, "auxpass", "AUX", "VBG", "be"),
    ("left", 11, "ROOT", "VERB", "VBN", "leave"),
    ("behind", 11, "advmod", "ADV", "RB", "behind"),
    (".", 11, "punct", "PUNCT", ".", "."),
    ('"', 11, "punct", "PUNCT", "''", '"'),
]
COMMENT_SPACES = [True, True, True, True, False, True, False] + [True] * 5 + [False] * 3


def test_a_comment_named_before_a_colon_is_what_follows_it(nlp):
    """'Sanders made the following comment: "Young people are being left behind."': the
    quotation is what Sanders said, the clause naming it the cue; no attribution had been
    found (nor for "is rolling out a new campaign message:", "had to change my answer:",
    "used one of the woman's quotes as its headline:")."""
    doc = hand_parse(nlp.vocab, COMMENT, COMMENT_SPACES)
    assert _found(doc) == [
        ("Sanders", "made the following comment:", "Young people are being left behind")
    ]


IMPLICATION = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("implication", 2, "nsubj", "NOUN", "NN", "implication"),
    ("is", 7, "ccomp", "AUX", "VBZ", "be"),
    ("clear", 2, "acomp", "ADJ", "JJ", "clear"),
    (":", 7, "punct", "PUNCT", ":", ":"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("mayor", 7, "nsubj", "NOUN", "NN", "mayor"),
    ("knew", 7, "ROOT", "VERB", "VBD", "know"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_an_utterance_as_the_subject_of_a_copula_before_a_colon(nlp):
    """'The implication is clear: the mayor knew.': an implication no one is named for,
    the words after the colon its content."""
    spaces = [True, True, True, False, True, True, True, False, False]
    doc = hand_parse(nlp.vocab, IMPLICATION, spaces)
    assert _found(doc) == [("", "The implication is clear:", "the mayor knew")]


def test_a_comment_named_inside_a_quotation_is_the_speakers_own_words(nlp):
    """'"I will make one comment to you: we will win," the mayor said': the quotation is
    the mayor's, and what the speaker frames inside it is no attribution of its own."""
    rows = [
        ('"', 16, "punct", "PUNCT", "``", '"'),
        ("I", 3, "nsubj", "PRON", "PRP", "I"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("make", 11, "ccomp", "VERB", "VB", "make"),
        ("one", 5, "nummod", "NUM", "CD", "one"),
        ("comment", 3, "dobj", "NOUN", "NN", "comment"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("you", 6, "pobj", "PRON", "PRP", "you"),
        (":", 11, "punct", "PUNCT", ":", ":"),
        ("we", 11, "nsubj", "PRON", "PRP", "we"),
        ("will", 11, "aux", "AUX", "MD", "will"),
        ("win", 16, "ccomp", "VERB", "VB", "win"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ('"', 16, "punct", "PUNCT", "''", '"'),
        ("the", 15, "det", "DET", "DT", "the"),
        ("mayor", 16, "nsubj", "NOUN", "NN", "mayor"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, True, True, True, True, False, True, True, True, False]
    spaces += [False, True, True, True, False, False]
    doc = hand_parse(nlp.vocab, rows, spaces)
    assert [q.cue for q in find_quotes(doc, [])] == ["said"]


def test_a_statement_released_before_a_colon_is_one_attribution(nlp):
    """'The campaign released a statement Friday: "The senator is recovering well."': the
    verb's own attribution (the statement as what was released, the quotation run into
    it) gives way to the colon's."""
    doc = nlp('The campaign released a statement Friday: "The senator is recovering well."')
    assert _found(doc) == [
        ("The campaign", "released a statement Friday:", "The senator is recovering well")
    ]


REPLY = [
    ("Her", 1, "poss", "PRON", "PRP$", "her"),
    ("reply", 2, "nsubj", "NOUN", "NN", "reply"),
    ("came", 2, "ROOT", "VERB", "VBD", "come"),
    ("quickly", 2, "advmod", "ADV", "RB", "quickly"),
    (":", 2, "punct", "PUNCT", ":", ":"),
    ('"', 2, "punct", "PUNCT", "``", '"'),
    ("He", 7, "nsubj", "PRON", "PRP", "he"),
    ("is", 1, "acl", "AUX", "VBZ", "be"),
    ("unfit", 7, "acomp", "ADJ", "JJ", "unfit"),
    (".", 2, "punct", "PUNCT", ".", "."),
    ('"', 2, "punct", "PUNCT", "''", '"'),
]
WORDS = [
    ("His", 1, "poss", "PRON", "PRP$", "his"),
    ("words", 2, "nsubj", "NOUN", "NNS", "word"),
    ("were", 8, "ccomp", "AUX", "VBD", "be"),
    ("blunt", 2, "acomp", "ADJ", "JJ", "blunt"),
    (":", 8, "punct", "PUNCT", ":", ":"),
    ('"', 8, "punct", "PUNCT", "``", '"'),
    ("You", 8, "nsubjpass", "PRON", "PRP", "you"),
    ("are", 8, "auxpass", "AUX", "VBP", "be"),
    ("fired", 8, "ROOT", "VERB", "VBN", "fire"),
    (".", 8, "punct", "PUNCT", ".", "."),
    ('"', 8, "punct", "PUNCT", "''", '"'),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (REPLY, ("Her", "reply came quickly:", "He is unfit")),
        (WORDS, ("His", "words were blunt:", "You are fired")),
    ],
)
def test_an_utterance_as_the_subject_of_any_verb_before_a_colon(nlp, rows, expected):
    """'Her reply came quickly: "He is unfit."', 'His words were blunt: "You are fired."':
    the owner's words follow the colon, whatever verb the utterance is the subject of; no
    attribution had been found ("came" is no copula, and "words" had been looked up as a
    plural)."""
    spaces = [True, True, True, False, True, False, True, True, False, False, False]
    assert _found(hand_parse(nlp.vocab, rows, spaces)) == [expected]
