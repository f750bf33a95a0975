"""A content that opens a quotation runs to the quotation's closing mark."""

from __future__ import annotations

import pytest

from parses import hand_parse
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


def test_a_few_words_quoted_inside_a_quotation_leave_it_whole(nlp):
    """'“... with what he calls “reform” than with this.” ― Maria Lopez': the marks around
    a few words inside an open quotation, after a word in lower case, quote those words;
    the quotation closes at the last mark, and its signature is found."""
    from wirecode.quotes.marks import regions

    text = (
        "“As a farmer, I’d rather live with the drought than with what he calls “reform” "
        "than with this.” ― Maria Lopez"
    )
    assert regions(text) == [(0, text.index(" ―"))]
    signed = [q for q in find_quotes(nlp(text), []) if q.cue == "―"]
    assert [q.source for q in signed] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "“We will win the vote.\n“They will lose,” he said.",
            ["“We will win the vote.\n“They will lose,”"],
        ),
        ("“We will win,” he said. “They will lose.”", ["“We will win,”", "“They will lose.”"]),
    ],
)
def test_a_mark_opening_a_line_or_sentence_is_no_quotation_inside(text, quoted):
    """A mark that opens a line inside a quotation the line before left open goes on with
    it (a quotation of several lines), and one after a closed quotation opens its own:
    neither quotes a few words inside."""
    from wirecode.quotes.marks import regions

    assert [text[start:end] for start, end in regions(text)] == quoted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            'Several senators have said so, including Maria Lopez -- "It is wrong to hide '
            'the tax returns from voters" -- and Tom Hale.',
            [("Maria Lopez", "--")],
        ),
        ('The mayor -- "a bridge too far" -- said no.', []),
    ],
)
def test_a_quotation_set_off_by_dashes_after_a_name_is_theirs(nlp, text, found):
    """'including Maria Lopez -- "It is wrong ..." -- and Tom Hale': a quotation set off by
    dashes right after a person's name is that person's words, the first dash its cue; after
    a common noun it is a phrase quoted in passing."""
    quotes = [q for q in find_quotes(nlp(text), []) if q.cue == "--"]
    assert [(q.source, q.cue) for q in quotes] == found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            '"I believe that the new bridge will bring the two towns closer," the mayor wrote '
            "on Facebook.",
            "believe",
            "that the new bridge will bring the two towns closer",
        ),
        (
            'The coach said: "We think the referee made a terrible mistake."',
            "think",
            "the referee made a terrible mistake",
        ),
        (
            '"I believe that the new bridge will bring the two towns closer," the mayor wrote '
            "on Facebook.",
            "wrote",
            '"I believe that the new bridge will bring the two towns closer,"',
        ),
    ],
)
def test_a_cue_inside_a_quotation_reports_its_own_clause(nlp, text, cue, content):
    """'"I believe that the bridge will ...," the mayor wrote': the speaker's own "believe"
    inside the quotation reports the clause it governs, not the whole quotation that holds
    its cue and subject; the writer's "wrote" still quotes the whole."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_a_cue_inside_a_quotation_no_one_is_found_saying_keeps_it_whole(nlp):
    """'"Of course we think the plan is wrong."' alone: no attribution reports the
    quotation, and the speaker's "think" stands for the words it quotes."""
    text = 'The meeting ended late. "Of course we think the plan is wrong."'
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue == "think")
    assert text[quote.start : quote.end] == '"Of course we think the plan is wrong."'


# a headline's name, its topic and a colon
NAME_ON_TOPIC = [
    ("Obama", 4, "nsubj", "PROPN", "NNP", "Obama"),
    ("on", 0, "prep", "ADP", "IN", "on"),
    ("Climate", 3, "compound", "PROPN", "NNP", "Climate"),
    ("Change", 1, "pobj", "PROPN", "NNP", "Change"),
    (":", 4, "punct", "PUNCT", ":", ":"),
    ("The", 6, "det", "DET", "DT", "the"),
    ("Trends", 7, "nsubj", "NOUN", "NNS", "trend"),
    ("Are", 7, "ROOT", "AUX", "VBP", "be"),
    ("Terrifying", 7, "acomp", "ADJ", "JJ", "terrifying"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_the_topic_between_a_headlines_name_and_its_colon_belongs_to_the_cue(nlp):
    """ "Obama on Climate Change: The Trends Are Terrifying": Obama is the speaker, "on
    Climate Change:" the cue, as PolNeAR marks it; the topic had been part of the source."""
    rows = list(NAME_ON_TOPIC)
    rows[0] = ("Obama", 0, "ROOT", "PROPN", "NNP", "Obama")
    rows[4] = (":", 0, "punct", "PUNCT", ":", ":")
    rows[7] = ("Are", 0, "appos", "AUX", "VBP", "be")
    spaces = [True] * len(rows)
    spaces[3] = spaces[8] = False  # "Change:", "Terrifying."
    doc = hand_parse(nlp.vocab, rows, spaces)
    found = [(q.source, q.cue) for q in find_quotes(doc, []) if q.cue.endswith(":")]
    assert found == [("Obama", "on Climate Change:")]


# a speech tag whose verb is no verb of saying
SHE_BEAMED = [
    ('"', 1, "punct", "PUNCT", "``", '"'),
    ("Thank", 6, "ccomp", "VERB", "VBP", "thank"),
    ("you", 1, "dobj", "PRON", "PRP", "you"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ('"', 6, "punct", "PUNCT", "''", '"'),
    ("she", 6, "nsubj", "PRON", "PRP", "she"),
    ("beamed", 6, "ROOT", "VERB", "VBD", "beam"),
    (".", 6, "punct", "PUNCT", ".", "."),
]
# a name in quotation marks set off before its verb is no quotation said
HAMILTON_OPENED = [
    ('"', 1, "punct", "PUNCT", "``", '"'),
    ("Hamilton", 7, "nsubj", "PROPN", "NNP", "Hamilton"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ('"', 1, "punct", "PUNCT", "''", '"'),
    ("the", 5, "det", "DET", "DT", "the"),
    ("musical", 1, "appos", "NOUN", "NN", "musical"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("opened", 7, "ROOT", "VERB", "VBD", "open"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_a_verb_in_the_place_of_a_speech_tag_tells_how_the_quotation_was_said(nlp):
    """'"Thank you," she beamed': a verb right after a quotation closed by a comma and the
    speaker's name, with nothing after it, is a speech tag whatever the verb."""
    spaces = [False, True, False, False, True, True, False, False]
    doc = hand_parse(nlp.vocab, SHE_BEAMED, spaces)
    found = [(q.source, q.cue, q.content.strip('",')) for q in find_quotes(doc, [])]
    assert found == [("she", "beamed", "Thank you")]


def test_a_quoted_name_set_off_before_its_verb_is_no_speech_tag(nlp):
    """'"Hamilton," the musical, opened': the verb's subject is the quoted name itself."""
    spaces = [False, False, False, True, True, False, True, False, False]
    doc = hand_parse(nlp.vocab, HAMILTON_OPENED, spaces)
    assert find_quotes(doc, []) == []


# "Obama: Trump Is 'Unfit' To Serve": the parser ends a sentence at the headline's colon
OBAMA_COLON = [
    ("Obama", 0, "ROOT", "PROPN", "NNP", "Obama"),
    (":", 0, "punct", "PUNCT", ":", ":"),
    ("Trump", 3, "nsubj", "PROPN", "NNP", "Trump"),
    ("Is", 3, "ROOT", "AUX", "VBZ", "be"),
    ("Unfit", 3, "acomp", "ADJ", "JJ", "unfit"),
    ("To", 6, "aux", "PART", "TO", "to"),
    ("Serve", 3, "xcomp", "VERB", "VB", "serve"),
]


def test_a_headline_name_and_colon_reports_the_sentence_the_parser_split_off(nlp):
    """ "Obama: Trump Is Unfit To Serve": what Obama said, though the parser ended a
    sentence at the colon and nothing had been found after it."""
    spaces = [False, True, True, True, True, True, False]
    doc = hand_parse(nlp.vocab, OBAMA_COLON, spaces)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Obama", ":", "Trump Is Unfit To Serve")]


# "Trump Vows To Sue Accusers": the name read as a bare verb, the title's verb as a name
TRUMP_VOWS = [
    ("Trump", 0, "ROOT", "VERB", "VB", "trump"),
    ("Vows", 0, "dobj", "PROPN", "NNP", "Vows"),
    ("To", 0, "dative", "ADP", "IN", "to"),
    ("Sue", 4, "compound", "PROPN", "NNP", "Sue"),
    ("Accusers", 2, "pobj", "PROPN", "NNPS", "Accusers"),
]


def test_a_lone_title_word_read_as_a_bare_verb_before_the_titles_verb_is_its_source(nlp):
    """ "Trump Vows To Sue Accusers": "Trump" is the one who vows, though the tagger read it
    as a bare verb and no source could be made of it."""
    doc = hand_parse(nlp.vocab, TRUMP_VOWS)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Trump", "Vows", "To Sue Accusers")]


# '"It is vague," she said after reading the plan.': "reading" takes its subject from "said"
AFTER_READING = [
    ('"', 7, "punct", "PUNCT", "``", '"'),
    ("It", 2, "nsubj", "PRON", "PRP", "it"),
    ("is", 7, "ccomp", "AUX", "VBZ", "be"),
    ("vague", 2, "acomp", "ADJ", "JJ", "vague"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ('"', 7, "punct", "PUNCT", "''", '"'),
    ("she", 7, "nsubj", "PRON", "PRP", "she"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("after", 7, "prep", "ADP", "IN", "after"),
    ("reading", 8, "pcomp", "VERB", "VBG", "read"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("plan", 9, "dobj", "NOUN", "NN", "plan"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_a_quotation_before_a_speaker_is_not_the_content_of_a_verb_borrowing_them(nlp):
    """'"It is vague," she said after reading the plan.': the quotation is what she said,
    not what "reading" reports; a verb that takes its subject from the verb its phrase hangs
    on leaves that verb's quotation alone (it had been a second, false attribution)."""
    spaces = [False, True, True, False, False, True, True, True, True, True, True, False, False]
    doc = hand_parse(nlp.vocab, AFTER_READING, spaces)
    assert [(q.source, q.cue, q.content) for q in find_quotes(doc, [])] == [
        ("she", "said", "It is vague")
    ]


# a phrase that holds a quoted word and goes on after it
DANGEROUS_PATH = [
    ("Obama", 1, "nsubj", "PROPN", "NNP", "Obama"),
    ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("a", 7, "det", "DET", "DT", "a"),
    ('"', 7, "punct", "PUNCT", "``", '"'),
    ("dangerous", 7, "amod", "ADJ", "JJ", "dangerous"),
    ('"', 7, "punct", "PUNCT", "''", '"'),
    ("path", 2, "pobj", "NOUN", "NN", "path"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_content_that_goes_on_after_the_quotation_it_holds_keeps_its_words(nlp):
    """'Obama warned of a "dangerous" path.': the content is the phrase, the quoted word
    inside it; a short phrase that is mostly a quotation had been snapped to the quotation,
    losing "path" after it."""
    spaces = [True, True, True, True, False, False, True, False, False]
    doc = hand_parse(nlp.vocab, DANGEROUS_PATH, spaces)
    (quote,) = find_quotes(doc, [])
    assert (quote.cue, doc.text[quote.start : quote.end]) == ("warned of", 'a "dangerous" path')
