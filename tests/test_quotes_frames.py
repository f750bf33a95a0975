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


# the parse spaCy gives a "that" clause set apart from its verb by a phrase between commas:
# the clause the sentence's root, the verb of saying before it hung on it
INVERTED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("continues", 12, "ccomp", "VERB", "VBZ", "continue"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("insist", 2, "xcomp", "VERB", "VB", "insist"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("in", 4, "prep", "ADP", "IN", "in"),
    ("an", 8, "det", "DET", "DT", "an"),
    ("interview", 6, "pobj", "NOUN", "NN", "interview"),
    (",", 12, "punct", "PUNCT", ",", ","),
    ("that", 12, "mark", "SCONJ", "IN", "that"),
    ("he", 12, "nsubj", "PRON", "PRP", "he"),
    ("wants", 12, "ROOT", "VERB", "VBZ", "want"),
    ("to", 14, "aux", "PART", "TO", "to"),
    ("run", 12, "xcomp", "VERB", "VB", "run"),
    (".", 12, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_made_the_root_is_what_the_verb_before_says(nlp):
    """ "The senator continues to insist, in an interview, that he wants to run": a clause
    that "that" opens is no main clause though the parser made it the root; it is what the
    verb of saying before it reports, and a verb of going on takes that verb into the cue."""
    doc = hand_parse(nlp.vocab, INVERTED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert ("The senator", "continues to insist", "that he wants to run") in found


def test_a_verb_of_going_on_takes_its_verb_of_saying_into_the_cue(nlp):
    """ "continued to insist that ...": the cue is the verb of saying with the verb it
    goes on with, whichever of the two the parser hangs the clause on."""
    (quote, *_) = find_quotes(nlp("The senator continued to insist that he would run."), [])
    assert (quote.cue, quote.content) == ("continued to insist", "that he would run")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "If the talks fail, the minister argues, there are other ways to press Moscow.",
            "If the talks fail, the minister argues, there are other ways to press Moscow",
        ),
        (
            "When the storm hit the coast, the mayor said, the town was not ready.",
            "When the storm hit the coast, the mayor said, the town was not ready",
        ),
        (
            "Asked about the vote, the senator said, the bill was dead.",
            "the bill was dead",
        ),
    ],
)
def test_a_clause_fronted_before_a_set_off_attribution_is_said(nlp, text, content):
    """'If the talks fail, the minister argues, there are other ways': an adverbial clause
    with its own subject that opens the sentence before the attribution is part of what is
    said, though the parser hung it on the cue; a participle ('Asked about the vote') is
    not."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue in ("argues", "said"))
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    "text",
    [
        "The problem now, she told me on Monday, is that the money is gone.",
        "The museum, the mayor said, would open in May.",
    ],
)
def test_an_attribution_set_off_after_the_subject_reports_its_clause(nlp, text):
    """'The problem now, she told me on Monday, is that the money is gone': the parser hung
    "told" on the subject "problem"; what she told is the clause that subject opens, not the
    noun alone."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue in ("told", "said"))
    assert text[quote.start : quote.end] == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The middle tenth paid 9 percent, the agency said in a June report, and those in "
            "the bottom tenth paid 1 percent.",
            "The middle tenth paid 9 percent, the agency said in a June report, and those in "
            "the bottom tenth paid 1 percent",
        ),
        (
            '"He really does care," Mary said, and soon the crowd was cheering.',
            '"He really does care,"',
        ),
    ],
)
def test_a_clause_joined_after_a_set_off_attribution_goes_on_with_what_is_said(nlp, text, content):
    """'A, the agency said in a report, and B': the parser joined B to the cue, but it
    goes on with what is reported; after a quotation the writer's narration goes on."""
    quote = next(q for q in find_quotes(nlp(text), []) if q.cue == "said")
    assert text[quote.start : quote.end] == content


# "call" with a pronoun and a noun, the pronoun read as a dative ("give them a book")
CALLED_THEM = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("them", 1, "dative", "PRON", "PRP", "they"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("joke", 1, "oprd", "NOUN", "NN", "joke"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_verb_of_naming_reports_the_one_named_read_as_a_dative(nlp):
    """ "She called them a joke": what is said is that they are a joke, the one named
    included, though the parser read "them" as a dative, as in "gave them a book"."""
    doc = hand_parse(nlp.vocab, CALLED_THEM)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("She", "called", "them a joke")]


# "X, as Y pointed out, Z" parsed with the cue as the head of the clause, "as" a
# preposition and the speaker its object
AS_PHRASE = [
    ("Hawaii", 9, "nsubj", "PROPN", "NNP", "Hawaii"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("as", 9, "prep", "ADP", "IN", "as"),
    ("one", 2, "pobj", "NUM", "CD", "one"),
    ("of", 3, "prep", "ADP", "IN", "of"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("president", 8, "poss", "NOUN", "NN", "president"),
    ("'s", 6, "case", "PART", "POS", "'s"),
    ("advisers", 4, "pobj", "NOUN", "NNS", "adviser"),
    ("pointed", 9, "ROOT", "VERB", "VBD", "point"),
    ("out", 9, "prt", "ADP", "RP", "out"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("rarely", 14, "advmod", "ADV", "RB", "rarely"),
    ("gets", 9, "advcl", "VERB", "VBZ", "get"),
    ("hurricanes", 13, "dobj", "NOUN", "NNS", "hurricane"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize("pobj", [True, False], ids=["object of as", "second subject"])
def test_a_cue_set_off_with_as_that_the_parser_made_the_head_reports_the_clause(nlp, pobj):
    """ "Hawaii, as one of the president's advisers pointed out, rarely gets hurricanes":
    the adviser pointed it out, and what is pointed out is the clause (its extent, as for
    "The bill, as the senator noted, does not cover farms"), though the parser made "pointed"
    the head of the sentence, "as" a preposition and the speaker its object (or, "as" left
    alone, a second subject)."""
    rows = list(AS_PHRASE)
    if not pobj:
        rows[3] = ("one", 9, "nsubj", "NUM", "CD", "one")
    spaces = [True] * len(rows)
    spaces[0] = spaces[6] = spaces[10] = spaces[14] = False  # "Hawaii,", "president's", ...
    doc = hand_parse(nlp.vocab, rows, spaces)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [
        (
            "one of the president's advisers",
            "pointed out",
            "Hawaii, as one of the president's advisers pointed out, rarely gets hurricanes",
        )
    ]


# "said in a filing that ...", "that" read as a relative pronoun on the medium
SAID_IN_A_FILING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("company", 2, "nsubj", "NOUN", "NN", "company"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("filing", 3, "pobj", "NOUN", "NN", "filing"),
    ("that", 8, "dobj", "PRON", "WDT", "that"),
    ("profits", 8, "nsubj", "NOUN", "NNS", "profit"),
    ("fell", 5, "relcl", "VERB", "VBD", "fall"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# a relative clause on a noun inside the cue's object
CITED_PROBLEMS = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("cited", 1, "ROOT", "VERB", "VBD", "cite"),
    ("problems", 1, "dobj", "NOUN", "NNS", "problem"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("region", 3, "pobj", "NOUN", "NN", "region"),
    ("that", 8, "dobj", "PRON", "WDT", "that"),
    ("he", 8, "nsubj", "PRON", "PRP", "he"),
    ("blamed", 5, "relcl", "VERB", "VBD", "blame"),
    ("on", 8, "prep", "ADP", "IN", "on"),
    ("Obama", 9, "pobj", "PROPN", "NNP", "Obama"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_read_as_a_relative_on_the_cues_medium_is_its_content(nlp):
    """ "The company said in a filing that profits fell": "that" opens what was said, though
    the parser read it as a relative pronoun on "filing" (an object of "fell")."""
    doc = hand_parse(nlp.vocab, SAID_IN_A_FILING)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The company", "said", "that profits fell")]


def test_a_relative_clause_inside_the_cues_object_stays_there(nlp):
    """ "He cited problems in the region that he blamed on Obama": a relative clause on a
    noun inside what is cited, not a clause of its own."""
    doc = hand_parse(nlp.vocab, CITED_PROBLEMS)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert ("He", "cited", "problems in the region that he blamed on Obama") in found


# "wrote in an op-ed published Sunday that ...": the clause hung on the medium's participle
WROTE_IN_AN_OP_ED = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("an", 4, "det", "DET", "DT", "an"),
    ("essay", 2, "pobj", "NOUN", "NN", "essay"),
    ("published", 4, "acl", "VERB", "VBN", "publish"),
    ("Sunday", 5, "npadvmod", "PROPN", "NNP", "Sunday"),
    ("that", 11, "mark", "SCONJ", "IN", "that"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("law", 11, "nsubj", "NOUN", "NN", "law"),
    ("should", 11, "aux", "AUX", "MD", "should"),
    ("change", 5, "ccomp", "VERB", "VB", "change"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_hung_on_the_participle_of_the_cues_medium_is_its_content(nlp):
    """ "He wrote in an essay published Sunday that the law should change": what he wrote,
    though the parser hung the clause on "published", which then took it as what was
    published, with no source."""
    doc = hand_parse(nlp.vocab, WROTE_IN_AN_OP_ED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("He", "wrote", "that the law should change")]


# "are considering whether to impose new sanctions": a question weighed
CONSIDERING_WHETHER = [
    ("Officials", 2, "nsubj", "NOUN", "NNS", "official"),
    ("are", 2, "aux", "AUX", "VBP", "be"),
    ("considering", 2, "ROOT", "VERB", "VBG", "consider"),
    ("whether", 5, "mark", "SCONJ", "IN", "whether"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("impose", 2, "xcomp", "VERB", "VB", "impose"),
    ("new", 7, "amod", "ADJ", "JJ", "new"),
    ("sanctions", 5, "dobj", "NOUN", "NNS", "sanction"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_an_infinitive_that_whether_opens_is_what_a_verb_of_thinking_weighs(nlp):
    """ "Officials are considering whether to impose new sanctions": what they consider is
    the question; the infinitive's own cue ran back over "considering" with only "new
    sanctions" for content."""
    doc = hand_parse(nlp.vocab, CONSIDERING_WHETHER)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert ("Officials", "are considering", "whether to impose new sanctions") in found


# "X said A, speaking on condition of anonymity": the writer's note on the terms
SPEAKING_ON_CONDITION = [
    ("Two", 1, "nummod", "NUM", "CD", "two"),
    ("officials", 2, "nsubj", "NOUN", "NNS", "official"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("deal", 5, "nsubj", "NOUN", "NN", "deal"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("close", 5, "acomp", "ADJ", "JJ", "close"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("speaking", 5, "advcl", "VERB", "VBG", "speak"),
    ("on", 8, "prep", "ADP", "IN", "on"),
    ("condition", 9, "pobj", "NOUN", "NN", "condition"),
    ("of", 10, "prep", "ADP", "IN", "of"),
    ("anonymity", 11, "pobj", "NOUN", "NN", "anonymity"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_content_ends_before_the_terms_the_source_spoke_on(nlp):
    """ "Two officials said the deal was close, speaking on condition of anonymity": the
    terms are the writer's note, no part of what the officials said."""
    doc = hand_parse(nlp.vocab, SPEAKING_ON_CONDITION)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Two officials", "said", "the deal was close")]


# a verb of saying in the passive, raised: "X is said to be furious"
SAID_TO_BE = [
    ("Trump", 2, "nsubjpass", "PROPN", "NNP", "Trump"),
    ("is", 2, "auxpass", "AUX", "VBZ", "be"),
    ("said", 2, "ROOT", "VERB", "VBN", "say"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("be", 2, "xcomp", "AUX", "VB", "be"),
    ("furious", 4, "acomp", "ADJ", "JJ", "furious"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_raised_passive_of_saying_reports_the_whole_clause(nlp):
    """ "Trump is said to be furious": what unnamed people say of Trump, the whole clause as
    PolNeAR marks "is expected to" and "is thought to"; the content had been "Trump"."""
    doc = hand_parse(nlp.vocab, SAID_TO_BE)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("", "is said", "Trump is said to be furious")]


# "said yes, yes, yes": the answer a verb of saying gives
SAID_YES = [
    ("Melanie", 1, "nsubj", "PROPN", "NNP", "Melanie"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("yes", 1, "intj", "INTJ", "UH", "yes"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("yes", 1, "intj", "INTJ", "UH", "yes"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("yes", 1, "intj", "INTJ", "UH", "yes"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("again", 1, "advmod", "ADV", "RB", "again"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_the_answer_a_verb_of_saying_gives_is_its_content(nlp):
    """ "Melanie said yes, yes, yes, again": what she said is the answer, as "so" stands
    for a clause in "He doesn't think so"; nothing had been found."""
    doc = hand_parse(nlp.vocab, SAID_YES)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Melanie", "said", "yes, yes, yes")]


# "said in a report that ...": the clause hung on the medium noun, "that" a complementizer
SAID_IN_A_REPORT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("agency", 2, "nsubj", "NOUN", "NN", "agency"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("report", 3, "pobj", "NOUN", "NN", "report"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("emissions", 8, "nsubj", "NOUN", "NNS", "emission"),
    ("rose", 5, "acl", "VERB", "VBD", "rise"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_hung_on_the_document_the_cue_speaks_in_is_the_cues(nlp):
    """ "The agency said in a report that emissions rose": what the agency said, though the
    parser hung the clause on "report", a noun of saying, which then took it with no
    source."""
    doc = hand_parse(nlp.vocab, SAID_IN_A_REPORT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The agency", "said", "that emissions rose")]


# "A new poll shows Clinton ahead by five points": the standing an adverb hung on the verb
SHOWS_AHEAD = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("new", 2, "amod", "ADJ", "JJ", "new"),
    ("poll", 3, "nsubj", "NOUN", "NN", "poll"),
    ("shows", 3, "ROOT", "VERB", "VBZ", "show"),
    ("Clinton", 3, "dobj", "PROPN", "NNP", "Clinton"),
    ("ahead", 3, "advmod", "ADV", "RB", "ahead"),
    ("by", 3, "prep", "ADP", "IN", "by"),
    ("five", 8, "nummod", "NUM", "CD", "five"),
    ("points", 6, "pobj", "NOUN", "NNS", "point"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_the_standing_a_poll_shows_is_part_of_what_it_shows(nlp):
    """ "A new poll shows Clinton ahead by five points": what the poll shows is Clinton's
    lead, not Clinton, though the parser hung "ahead" and its phrase on the verb."""
    doc = hand_parse(nlp.vocab, SHOWS_AHEAD)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("A new poll", "shows", "Clinton ahead by five points")]


def _dated(doc, start: int, end: int):
    """The doc with its tokens start..end marked as a date, as the tagger marks them."""
    from spacy.tokens import Span

    doc.ents = [Span(doc, start, end, label="DATE")]
    return doc


# "Clinton warned Monday against isolationism": the day hung on the verb before its
# preposition
WARNED_MONDAY = [
    ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
    ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
    ("Monday", 1, "npadvmod", "PROPN", "NNP", "Monday"),
    ("against", 1, "prep", "ADP", "IN", "against"),
    ("isolationism", 3, "pobj", "NOUN", "NN", "isolationism"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "They only learned on Friday of the arrangements": "of" hung on the day
LEARNED_ON_FRIDAY = [
    ("They", 2, "nsubj", "PRON", "PRP", "they"),
    ("only", 2, "advmod", "ADV", "RB", "only"),
    ("learned", 2, "ROOT", "VERB", "VBD", "learn"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("arrangements", 5, "pobj", "NOUN", "NNS", "arrangement"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "Ryan pushed back Thursday against the report": the particle read as an adverb, the day
# between it and the preposition
PUSHED_BACK_THURSDAY = [
    ("Ryan", 1, "nsubj", "PROPN", "NNP", "Ryan"),
    ("pushed", 1, "ROOT", "VERB", "VBD", "push"),
    ("back", 1, "advmod", "ADV", "RB", "back"),
    ("Thursday", 1, "npadvmod", "PROPN", "NNP", "Thursday"),
    ("against", 1, "prep", "ADP", "IN", "against"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("report", 4, "pobj", "NOUN", "NN", "report"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "date", "expected"),
    [
        (WARNED_MONDAY, (2, 3), ("Clinton", "warned Monday against", "isolationism")),
        (LEARNED_ON_FRIDAY, (4, 5), ("They", "only learned on Friday of", "the arrangements")),
        (PUSHED_BACK_THURSDAY, (3, 4), ("Ryan", "pushed back Thursday against", "the report")),
    ],
)
def test_a_phrase_of_time_before_the_cues_preposition_is_in_the_cue(nlp, rows, date, expected):
    """ "warned Monday against", "learned on Friday of", "pushed back Thursday against": a
    phrase of time between a verb (or its particle) and the preposition that makes it a cue
    tells when, and the cue runs over it to the preposition (PolNeAR dev: "called Friday
    for", "weighed in Friday about", "spoke out Tuesday about")."""
    doc = _dated(hand_parse(nlp.vocab, rows), *date)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [expected]


# "Trump's attacks this week on the judge were condemned": the time hung on the noun
ATTACKS_THIS_WEEK = [
    ("Trump", 2, "poss", "PROPN", "NNP", "Trump"),
    ("'s", 0, "case", "PART", "POS", "'s"),
    ("attacks", 9, "nsubjpass", "NOUN", "NNS", "attack"),
    ("this", 4, "det", "DET", "DT", "this"),
    ("week", 2, "npadvmod", "NOUN", "NN", "week"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("judge", 5, "pobj", "NOUN", "NN", "judge"),
    ("were", 9, "auxpass", "AUX", "VBD", "be"),
    ("stung", 9, "ROOT", "VERB", "VBN", "sting"),
    (".", 9, "punct", "PUNCT", ".", "."),
]
# "The governor's remarks on Friday about the protests were brief": the date's preposition
# right after the noun, the topic's after the date
REMARKS_ON_FRIDAY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("governor", 3, "poss", "NOUN", "NN", "governor"),
    ("'s", 1, "case", "PART", "POS", "'s"),
    ("remarks", 9, "nsubj", "NOUN", "NNS", "remark"),
    ("on", 3, "prep", "ADP", "IN", "on"),
    ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
    ("about", 3, "prep", "ADP", "IN", "about"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("protests", 6, "pobj", "NOUN", "NNS", "protest"),
    ("were", 9, "ROOT", "AUX", "VBD", "be"),
    ("brief", 9, "acomp", "ADJ", "JJ", "brief"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "date", "expected"),
    [
        (ATTACKS_THIS_WEEK, (3, 5), ("Trump's", "attacks this week on", "the judge")),
        (REMARKS_ON_FRIDAY, (5, 6), ("The governor's", "remarks on Friday about", "the protests")),
    ],
)
def test_a_phrase_of_time_after_a_noun_of_saying_leaves_it_its_topic(nlp, rows, date, expected):
    """ "Trump's attacks this week on the judge", "the governor's remarks on Friday about the
    protests": the time between a noun of saying and its preposition is the cue's, and the
    topic is the phrase after it, not the date (PolNeAR dev: "Clinton's comments Tuesday on
    the shooting death of Crutcher")."""
    spaces = [after[0] not in (".", "'s") for after in rows[1:]] + [False]
    doc = _dated(hand_parse(nlp.vocab, rows, spaces), *date)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert expected in found


# "Graham said in remarks to reporters that he would not attend": the clause hung on the
# utterance the verb names with "in"
SAID_IN_REMARKS = [
    ("Graham", 1, "nsubj", "PROPN", "NNP", "Graham"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("in", 1, "prep", "ADP", "IN", "in"),
    ("remarks", 2, "pobj", "NOUN", "NNS", "remark"),
    ("to", 3, "prep", "ADP", "IN", "to"),
    ("reporters", 4, "pobj", "NOUN", "NNS", "reporter"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("he", 10, "nsubj", "PRON", "PRP", "he"),
    ("would", 10, "aux", "AUX", "MD", "would"),
    ("not", 10, "neg", "PART", "RB", "not"),
    ("attend", 3, "acl", "VERB", "VB", "attend"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_hung_on_the_utterance_the_cue_speaks_in_is_the_cues(nlp):
    """ "Graham said in remarks to reporters that he would not attend": what Graham said,
    though the parser hung the clause on "remarks", which then took it with no source and
    left "said" nothing, as a document named with "in" already was ("said in a report
    that")."""
    doc = hand_parse(nlp.vocab, SAID_IN_REMARKS)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Graham", "said", "that he would not attend")]


# "There is a widespread belief that the system is broken": an unowned noun of believing
A_WIDESPREAD_BELIEF = [
    ("There", 1, "expl", "PRON", "EX", "there"),
    ("is", 1, "ROOT", "VERB", "VBZ", "be"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("widespread", 4, "amod", "ADJ", "JJ", "widespread"),
    ("belief", 1, "attr", "NOUN", "NN", "belief"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("system", 8, "nsubj", "NOUN", "NN", "system"),
    ("is", 4, "acl", "AUX", "VBZ", "be"),
    ("broken", 8, "acomp", "ADJ", "JJ", "broken"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_noun_cues_article_is_part_of_the_cue(nlp):
    """ "There is a widespread belief that the system is broken": the article before a noun
    of saying or believing and its adjectives is part of the cue, as PolNeAR marks it ("a
    tacit acknowledgment that", "This political decision to not recommend")."""
    doc = hand_parse(nlp.vocab, A_WIDESPREAD_BELIEF)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("", "a widespread belief", "that the system is broken")]


# "As first reported by The Post, the FBI is investigating the campaign"
AS_REPORTED_BY = [
    ("As", 2, "mark", "SCONJ", "IN", "as"),
    ("first", 2, "advmod", "ADV", "RB", "first"),
    ("reported", 10, "advcl", "VERB", "VBN", "report"),
    ("by", 2, "agent", "ADP", "IN", "by"),
    ("The", 5, "det", "DET", "DT", "the"),
    ("Post", 3, "pobj", "PROPN", "NNP", "Post"),
    (",", 10, "punct", "PUNCT", ",", ","),
    ("the", 8, "det", "DET", "DT", "the"),
    ("FBI", 10, "nsubj", "PROPN", "NNP", "FBI"),
    ("is", 10, "aux", "AUX", "VBZ", "be"),
    ("investigating", 10, "ROOT", "VERB", "VBG", "investigate"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("campaign", 10, "dobj", "NOUN", "NN", "campaign"),
    (".", 10, "punct", "PUNCT", ".", "."),
]
# "As noted, the plan will fail": the writer's own reference back, no source
AS_NOTED = [
    ("As", 1, "mark", "SCONJ", "IN", "as"),
    ("noted", 6, "advcl", "VERB", "VBN", "note"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("the", 4, "det", "DET", "DT", "the"),
    ("plan", 6, "nsubj", "NOUN", "NN", "plan"),
    ("will", 6, "aux", "AUX", "MD", "will"),
    ("fail", 6, "ROOT", "VERB", "VB", "fail"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def test_a_passive_verb_of_saying_in_an_as_clause_reports_the_clause(nlp):
    """ "As first reported by The Post, the FBI is investigating the campaign": the clause
    the "as" clause hangs on is what The Post reported, as with "As the senator noted, ..."
    (PolNeAR dev: "As stated in Davis' commentary, there are conflicting stories ...": the
    document its "in" names is the source); nothing had been found, the verb having no
    subject."""
    doc = hand_parse(nlp.vocab, AS_REPORTED_BY)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The Post", "first reported", "the FBI is investigating the campaign")]


def test_a_passive_as_clause_with_no_source_is_no_attribution(nlp):
    """ "As noted, the plan will fail": the writer's reference back to what the article
    said, no one's report."""
    doc = hand_parse(nlp.vocab, AS_NOTED)
    assert [(q.source, q.cue, q.content) for q in find_quotes(doc, [])] == []


# "While he acknowledged funding was short, Ham noted several problems": the parser hung
# "acknowledged" on the clause right after it, and that clause on "noted"
WHILE_HE_ACKNOWLEDGED = [
    ("While", 2, "mark", "SCONJ", "IN", "while"),
    ("he", 2, "nsubj", "PRON", "PRP", "he"),
    ("acknowledged", 4, "advcl", "VERB", "VBD", "acknowledge"),
    ("funding", 4, "nsubj", "NOUN", "NN", "funding"),
    ("was", 8, "ccomp", "AUX", "VBD", "be"),
    ("short", 4, "acomp", "ADJ", "JJ", "short"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("Ham", 8, "nsubj", "PROPN", "NNP", "Ham"),
    ("noted", 8, "ROOT", "VERB", "VBD", "note"),
    ("several", 10, "amod", "ADJ", "JJ", "several"),
    ("problems", 8, "dobj", "NOUN", "NNS", "problem"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def test_a_clause_a_subordinate_verb_of_saying_was_hung_on_is_what_it_reports(nlp):
    """ "While he acknowledged funding was short, Ham noted several problems": the clause
    right after "acknowledged" is what he acknowledged, though the parser made it the
    verb's head and hung it on "noted", which had taken it for its own content (PolNeAR
    dev: "While he acknowledged funding was a major reason ..., Ham also noted ...",
    "after he admitted under Warren's grilling he hadn't yet been held ...")."""
    doc = hand_parse(nlp.vocab, WHILE_HE_ACKNOWLEDGED)
    found = {(q.source, q.cue, q.content) for q in find_quotes(doc, [])}
    assert found == {
        ("he", "acknowledged", "funding was short"),
        ("Ham", "noted", "several problems"),
    }


# "Security was tight, with the president expected to attend": an absolute "with" whose
# participle the parser tagged as a past tense with a subject
WITH_THE_PRESIDENT_EXPECTED = [
    ("Security", 1, "nsubj", "NOUN", "NN", "security"),
    ("was", 1, "ROOT", "AUX", "VBD", "be"),
    ("tight", 1, "acomp", "ADJ", "JJ", "tight"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("with", 1, "prep", "ADP", "IN", "with"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("president", 7, "nsubj", "NOUN", "NN", "president"),
    ("expected", 4, "pcomp", "VERB", "VBD", "expect"),
    ("to", 9, "aux", "PART", "TO", "to"),
    ("attend", 7, "xcomp", "VERB", "VB", "attend"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_verb_of_thinking_in_an_absolute_with_is_a_passive_without_source(nlp):
    """ "..., with the president expected to attend": the participle of an absolute "with"
    is the passive without its "be" ("the president is expected to attend"), a judgement
    whose holder is not named, the whole clause its content; the president expects
    nothing (PolNeAR dev: "with both President Barack Obama and his wife Michelle expected
    to visit the Sunshine state in the coming weeks")."""
    doc = hand_parse(nlp.vocab, WITH_THE_PRESIDENT_EXPECTED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("", "expected", "the president expected to attend")]


# "Republicans are convinced that the vote is rigged": the participle of attitude tagged as
# a verb and hung on the copula as its complement
ARE_CONVINCED = [
    ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"),
    ("are", 1, "ROOT", "AUX", "VBP", "be"),
    ("convinced", 1, "acomp", "VERB", "VBN", "convince"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("vote", 7, "nsubjpass", "NOUN", "NN", "vote"),
    ("is", 7, "auxpass", "AUX", "VBZ", "be"),
    ("rigged", 2, "ccomp", "VERB", "VBN", "rig"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_participle_of_attitude_after_the_copula_is_the_subjects_attitude(nlp):
    """ "Republicans are convinced that the vote is rigged": the participle the tagger read
    as a verb, which had no subject of its own and so no source, is a predicate of
    attitude as "are sure that" is; its holder is the copula's subject and the copula is in
    the cue (PolNeAR dev: "we are convinced this is the only country ...")."""
    doc = hand_parse(nlp.vocab, ARE_CONVINCED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Republicans", "are convinced", "that the vote is rigged")]


# "Voters are unsure whether Clinton is honest": an adjective of uncertainty and its clause
ARE_UNSURE = [
    ("Voters", 1, "nsubj", "NOUN", "NNS", "voter"),
    ("are", 1, "ROOT", "AUX", "VBP", "be"),
    ("unsure", 1, "acomp", "ADJ", "JJ", "unsure"),
    ("whether", 5, "mark", "SCONJ", "IN", "whether"),
    ("Clinton", 5, "nsubj", "PROPN", "NNP", "Clinton"),
    ("is", 2, "ccomp", "AUX", "VBZ", "be"),
    ("honest", 5, "acomp", "ADJ", "JJ", "honest"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_an_adjective_of_uncertainty_reports_its_clause(nlp):
    """ "Voters are unsure whether Clinton is honest": "unsure" and "uncertain" are
    attitudes as "not sure" is ("Officials are not sure whether the deal will hold")."""
    doc = hand_parse(nlp.vocab, ARE_UNSURE)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Voters", "are unsure", "whether Clinton is honest")]


# "Democrats are nervous that turnout will fall": an adjective of feeling and its clause
ARE_NERVOUS = [
    ("Democrats", 1, "nsubj", "PROPN", "NNPS", "Democrats"),
    ("are", 1, "ROOT", "AUX", "VBP", "be"),
    ("nervous", 1, "acomp", "ADJ", "JJ", "nervous"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("turnout", 6, "nsubj", "NOUN", "NN", "turnout"),
    ("will", 6, "aux", "AUX", "MD", "will"),
    ("fall", 2, "ccomp", "VERB", "VB", "fall"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_more_adjectives_of_attitude_report_their_clause(nlp):
    """ "Democrats are nervous that turnout will fall": adjectives of knowing, doubting and
    feeling (unconvinced, unaware, nervous, fearful, grateful, thankful, outraged, dismayed,
    alarmed, troubled, insistent, mindful) report their clause, as "worried that" does."""
    doc = hand_parse(nlp.vocab, ARE_NERVOUS)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Democrats", "are nervous", "that turnout will fall")]


# "The aide confessed that he had leaked the memo"
CONFESSED_THAT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("aide", 2, "nsubj", "NOUN", "NN", "aide"),
    ("confessed", 2, "ROOT", "VERB", "VBD", "confess"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("he", 6, "nsubj", "PRON", "PRP", "he"),
    ("had", 6, "aux", "AUX", "VBD", "have"),
    ("leaked", 2, "ccomp", "VERB", "VBN", "leak"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("memo", 6, "dobj", "NOUN", "NN", "memo"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_more_verbs_of_saying_and_thinking_report_their_clause(nlp):
    """ "The aide confessed that he had leaked the memo": verbs of saying (confess, divulge,
    insinuate, reassure) and of thinking (surmise, infer, deduce, presume, regret) report
    their clause as "admitted that" does."""
    doc = hand_parse(nlp.vocab, CONFESSED_THAT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert ("The aide", "confessed", "that he had leaked the memo") in found


# "46 percent would choose Clinton and 44 percent would pick Trump": two poll shares
POLL_CHOICE = [
    ("46", 1, "nummod", "NUM", "CD", "46"),
    ("percent", 3, "nsubj", "NOUN", "NN", "percent"),
    ("would", 3, "aux", "AUX", "MD", "would"),
    ("choose", 3, "ROOT", "VERB", "VB", "choose"),
    ("Clinton", 3, "dobj", "PROPN", "NNP", "Clinton"),
    ("and", 3, "cc", "CCONJ", "CC", "and"),
    ("44", 7, "nummod", "NUM", "CD", "44"),
    ("percent", 9, "nsubj", "NOUN", "NN", "percent"),
    ("would", 9, "aux", "AUX", "MD", "would"),
    ("pick", 3, "conj", "VERB", "VB", "pick"),
    ("Trump", 9, "dobj", "PROPN", "NNP", "Trump"),
    (".", 9, "punct", "PUNCT", ".", "."),
]
# "The company chose a new chief": a choice, no stance reported
CHOSE_CHIEF = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("company", 2, "nsubj", "NOUN", "NN", "company"),
    ("chose", 2, "ROOT", "VERB", "VBD", "choose"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("new", 5, "amod", "ADJ", "JJ", "new"),
    ("chief", 2, "dobj", "NOUN", "NN", "chief"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_share_of_those_polled_choosing_reports_their_choice(nlp):
    """ "46 percent would choose Clinton and 44 percent would pick Trump": a share of those
    polled choosing a candidate is a stance the poll reports, as "favor" is; a company's
    choice of a chief is an act."""
    doc = hand_parse(nlp.vocab, POLL_CHOICE)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [
        ("46 percent", "would choose", "Clinton"),
        ("44 percent", "would pick", "Trump"),
    ]
    assert find_quotes(hand_parse(nlp.vocab, CHOSE_CHIEF), []) == []


# "Insisting the deal was fair, the governor signed the bill.": the participle read as the
# subject of the clause it reports, that clause hung on the main verb
INSISTING_FRONTED = [
    ("Insisting", 3, "csubj", "VERB", "VBG", "insist"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("deal", 0, "dobj", "NOUN", "NN", "deal"),
    ("was", 8, "ccomp", "AUX", "VBD", "be"),
    ("fair", 3, "acomp", "ADJ", "JJ", "fair"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("the", 7, "det", "DET", "DT", "the"),
    ("governor", 8, "nsubj", "NOUN", "NN", "governor"),
    ("signed", 8, "ROOT", "VERB", "VBD", "sign"),
    ("the", 10, "det", "DET", "DT", "the"),
    ("bill", 8, "dobj", "NOUN", "NN", "bill"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def test_a_participle_opening_the_sentence_reports_the_clause_up_to_its_comma(nlp):
    """ "Insisting the deal was fair, the governor signed the bill": the governor insists that
    the deal was fair, though the parser made "Insisting" the subject of "was" and hung that
    clause on "signed"; the content had been "the deal", and no one its speaker."""
    doc = hand_parse(nlp.vocab, INSISTING_FRONTED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [
        ("the governor", "Insisting", "the deal was fair"),
        ("the governor", "signed", "the bill"),
    ]


# "The senator stopped short of calling the attack terrorism": "of" hung on the verb
STOPPED_SHORT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("stopped", 2, "ROOT", "VERB", "VBD", "stop"),
    ("short", 2, "advmod", "ADV", "RB", "short"),
    ("of", 2, "prep", "ADP", "IN", "of"),
    ("calling", 4, "pcomp", "VERB", "VBG", "call"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("attack", 8, "compound", "NOUN", "NN", "attack"),
    ("terrorism", 5, "dobj", "NOUN", "NN", "terrorism"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_stopped_short_of_and_the_gerund_of_saying_are_one_cue(nlp):
    """ "The senator stopped short of calling the attack terrorism": the idiom of holding
    back and the gerund are one cue, as "refused to call" is; the cue had been "calling"."""
    doc = hand_parse(nlp.vocab, STOPPED_SHORT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The senator", "stopped short of calling", "the attack terrorism")]


# "Trump later walked back the comment": "back" read as an adverb
WALKED_BACK = [
    ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
    ("later", 2, "advmod", "ADV", "RB", "later"),
    ("walked", 2, "ROOT", "VERB", "VBD", "walk"),
    ("back", 2, "advmod", "ADV", "RB", "back"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("comment", 2, "dobj", "NOUN", "NN", "comment"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "He walked back to the car": no object, no retraction
WALKED_BACK_HOME = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("walked", 1, "ROOT", "VERB", "VBD", "walk"),
    ("back", 1, "advmod", "ADV", "RB", "back"),
    ("to", 1, "prep", "ADP", "IN", "to"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("car", 3, "pobj", "NOUN", "NN", "car"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_walking_back_a_remark_retracts_it(nlp):
    """ "Trump later walked back the comment": a verb and its particle that take back what
    was said, the particle read as an adverb with the object after it (as "played down"
    and "laid out" report theirs); nothing had been found. Walking back to a car is not."""
    doc = hand_parse(nlp.vocab, WALKED_BACK)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Trump", "later walked back", "the comment")]
    assert find_quotes(hand_parse(nlp.vocab, WALKED_BACK_HOME), []) == []


# "Bashar al - Assad, agreed": the parser made the hyphen of a name a subject of its own
HYPHEN_SUBJECT = [
    ("Assad", 3, "nsubj", "PROPN", "NNP", "Assad"),
    ("-", 3, "nsubj", "PUNCT", "HYPH", "-"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
    ("to", 3, "prep", "ADP", "IN", "to"),
    ("talks", 4, "pobj", "NOUN", "NNS", "talk"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_subject_made_of_punctuation_alone_is_no_speaker_and_no_error(nlp):
    """A verb after a comma is looked at as a participle set off after its subject
    (`frames.set_off_participle`): a subject of punctuation alone has no last word and
    sets nothing off (it raised an error, which lost the document's quotes and contacts)."""
    doc = hand_parse(nlp.vocab, HYPHEN_SUBJECT)
    assert all(q.source != "-" for q in find_quotes(doc, []))


# "Her doctor said in a letter released by the campaign that Clinton was fit.": the "that"
# clause hung on the participle's agent, as spaCy parses it
LETTER_RELEASED_BY = [
    ("Her", 1, "poss", "PRON", "PRP$", "her"),
    ("doctor", 2, "nsubj", "NOUN", "NN", "doctor"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("letter", 3, "pobj", "NOUN", "NN", "letter"),
    ("released", 5, "acl", "VERB", "VBN", "release"),
    ("by", 6, "agent", "ADP", "IN", "by"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("campaign", 7, "pobj", "NOUN", "NN", "campaign"),
    ("that", 12, "mark", "SCONJ", "IN", "that"),
    ("Clinton", 12, "nsubj", "PROPN", "NNP", "Clinton"),
    ("was", 9, "acl", "AUX", "VBD", "be"),
    ("fit", 12, "acomp", "ADJ", "JJ", "fit"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_that_clause_hung_on_a_participles_agent_is_the_cues(nlp):
    """ "Her doctor said in a letter released by the campaign that Clinton was fit": the
    parser hung the "that" clause on the agent of the participle describing the medium
    (on "campaign"); it is what the doctor said, as it is when hung on the participle
    itself ("wrote in an essay published Sunday that ..."). Nothing had been found."""
    doc = hand_parse(nlp.vocab, LETTER_RELEASED_BY)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Her doctor", "said", "that Clinton was fit")]


# "What Trump said was that it is rigged.", as spaCy parses it
PSEUDO_CLEFT = [
    ("What", 2, "dobj", "PRON", "WP", "what"),
    ("Trump", 2, "nsubj", "PROPN", "NNP", "Trump"),
    ("said", 3, "csubj", "VERB", "VBD", "say"),
    ("was", 3, "ROOT", "AUX", "VBD", "be"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("it", 7, "nsubjpass", "PRON", "PRP", "it"),
    ("is", 7, "auxpass", "AUX", "VBZ", "be"),
    ("rigged", 3, "ccomp", "VERB", "VBN", "rig"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_cue_in_the_what_clause_of_a_pseudo_cleft_reports_the_copulas_complement(nlp):
    """ "What Trump said was that it is rigged", "What Clinton wants is a ban": what was said
    is the complement of "is", the content running from "what" over the cue to it (PolNeAR:
    "what the senators said was economic gerrymandering"); the content had been "What"."""
    doc = hand_parse(nlp.vocab, PSEUDO_CLEFT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Trump", "said", "What Trump said was that it is rigged")]


# "Graham has long been a vocal critic of the deal.": the noun a predicate of "been"
CRITIC_OF = [
    ("Graham", 3, "nsubj", "PROPN", "NNP", "Graham"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("long", 3, "advmod", "ADV", "RB", "long"),
    ("been", 3, "ROOT", "AUX", "VBN", "be"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("vocal", 6, "amod", "ADJ", "JJ", "vocal"),
    ("critic", 3, "attr", "NOUN", "NN", "critic"),
    ("of", 6, "prep", "ADP", "IN", "of"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("deal", 7, "pobj", "NOUN", "NN", "deal"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
# "A fierce critic of the deal, Cotton voted no.": the noun's phrase set before the subject
CRITIC_BEFORE = [
    ("A", 2, "det", "DET", "DT", "a"),
    ("fierce", 2, "amod", "ADJ", "JJ", "fierce"),
    ("critic", 8, "advcl", "NOUN", "NN", "critic"),
    ("of", 2, "prep", "ADP", "IN", "of"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("deal", 3, "pobj", "NOUN", "NN", "deal"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("Cotton", 8, "nsubj", "PROPN", "NNP", "Cotton"),
    ("voted", 8, "ROOT", "VERB", "VBD", "vote"),
    ("no", 8, "intj", "INTJ", "UH", "no"),
    (".", 8, "punct", "PUNCT", ".", "."),
]
# "Smith, a minister who is a harsh critic of the president, suggests that Mexico wait."
CRITIC_IN_SUBJECT = [
    ("Smith", 13, "nsubj", "PROPN", "NNP", "Smith"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("a", 3, "det", "DET", "DT", "a"),
    ("minister", 0, "appos", "NOUN", "NN", "minister"),
    ("who", 5, "nsubj", "PRON", "WP", "who"),
    ("is", 3, "relcl", "AUX", "VBZ", "be"),
    ("a", 8, "det", "DET", "DT", "a"),
    ("harsh", 8, "amod", "ADJ", "JJ", "harsh"),
    ("critic", 5, "attr", "NOUN", "NN", "critic"),
    ("of", 8, "prep", "ADP", "IN", "of"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("president", 9, "pobj", "NOUN", "NN", "president"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("suggests", 13, "ROOT", "VERB", "VBZ", "suggest"),
    ("that", 16, "mark", "SCONJ", "IN", "that"),
    ("Mexico", 16, "nsubj", "PROPN", "NNP", "Mexico"),
    ("wait", 13, "ccomp", "VERB", "VB", "wait"),
    (".", 13, "punct", "PUNCT", ".", "."),
]
# "Clinton's opponent in the election is Trump.": a rival, no stance
OPPONENT_IN = [
    ("Clinton", 2, "poss", "PROPN", "NNP", "Clinton"),
    ("'s", 0, "case", "PART", "POS", "'s"),
    ("opponent", 6, "nsubj", "NOUN", "NN", "opponent"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("election", 3, "pobj", "NOUN", "NN", "election"),
    ("is", 6, "ROOT", "AUX", "VBZ", "be"),
    ("Trump", 6, "attr", "PROPN", "NNP", "Trump"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (CRITIC_OF, [("Graham", "has long been a vocal critic of", "the deal")]),
        (CRITIC_BEFORE, [("Cotton", "A fierce critic of", "the deal")]),
        (
            CRITIC_IN_SUBJECT,
            [
                (
                    "Smith, a minister who is a harsh critic of the president,",
                    "suggests",
                    "that Mexico wait",
                )
            ],
        ),
        (OPPONENT_IN, []),
    ],
)
def test_an_agent_noun_of_a_stance_with_of_reports_what_its_holder_stands_for(nlp, rows, expected):
    """ "Graham has long been a vocal critic of the deal", "A fierce critic of the deal,
    Cotton voted no": an agent noun of a verb of position (critic, supporter, opponent,
    defender, proponent, backer, detractor) with its "of", predicated of someone or set
    before them, reports their stance, the object of "of" the content; nothing had been
    found. Not in a relative clause inside a speaker's phrase, which tells who speaks, nor
    a rival ("Clinton's opponent in the election")."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "The campaign has been vague about the details.", "The senator was candid about his health."
VAGUE_ABOUT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("campaign", 3, "nsubj", "NOUN", "NN", "campaign"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("been", 3, "ROOT", "AUX", "VBN", "be"),
    ("vague", 3, "acomp", "ADJ", "JJ", "vague"),
    ("about", 4, "prep", "ADP", "IN", "about"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("details", 5, "pobj", "NOUN", "NNS", "detail"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
CANDID_ABOUT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"),
    ("candid", 2, "acomp", "ADJ", "JJ", "candid"),
    ("about", 3, "prep", "ADP", "IN", "about"),
    ("his", 6, "poss", "PRON", "PRP$", "his"),
    ("health", 4, "pobj", "NOUN", "NN", "health"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (VAGUE_ABOUT, [("The campaign", "has been vague about", "the details")]),
        (CANDID_ABOUT, [("The senator", "was candid about", "his health")]),
    ],
)
def test_an_adjective_of_how_forthcoming_one_is_reports_its_topic(nlp, rows, expected):
    """ "The campaign has been vague about the details", "The senator was candid about his
    health": an adjective of the manner of saying or withholding (vague, coy, frank,
    candid, forthcoming, outspoken, vocal, cagey, evasive, reticent, noncommittal) with its
    preposition is an attitude adjective, the copula's subject the source; nothing had
    been found."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "Business leaders have been unsettled by the protests.", as spaCy parses it
UNSETTLED_BY = [
    ("Business", 1, "compound", "NOUN", "NN", "business"),
    ("leaders", 4, "nsubjpass", "NOUN", "NNS", "leader"),
    ("have", 4, "aux", "AUX", "VBP", "have"),
    ("been", 4, "auxpass", "AUX", "VBN", "be"),
    ("unsettled", 4, "ROOT", "VERB", "VBN", "unsettle"),
    ("by", 4, "agent", "ADP", "IN", "by"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("protests", 5, "pobj", "NOUN", "NNS", "protest"),
    (".", 4, "punct", "PUNCT", ".", "."),
]
# "The senator was troubled by the report.": one who feels named by a singular noun
TROUBLED_BY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 3, "nsubjpass", "NOUN", "NN", "senator"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("troubled", 3, "ROOT", "VERB", "VBN", "trouble"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("report", 4, "pobj", "NOUN", "NN", "report"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
# "Democrats were pleased by the result."
PLEASED_BY = [
    ("Democrats", 2, "nsubjpass", "PROPN", "NNPS", "Democrats"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("pleased", 2, "ROOT", "VERB", "VBN", "please"),
    ("by", 2, "agent", "ADP", "IN", "by"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("result", 3, "pobj", "NOUN", "NN", "result"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "The windows were rattled by the blast.": a literal sense, no feeling
RATTLED_BY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("windows", 3, "nsubjpass", "NOUN", "NNS", "window"),
    ("were", 3, "auxpass", "AUX", "VBD", "be"),
    ("rattled", 3, "ROOT", "VERB", "VBN", "rattle"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("blast", 4, "pobj", "NOUN", "NN", "blast"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (UNSETTLED_BY, [("Business leaders", "have been unsettled by", "the protests")]),
        (TROUBLED_BY, [("The senator", "was troubled by", "the report")]),
        (PLEASED_BY, [("Democrats", "were pleased by", "the result")]),
        (RATTLED_BY, []),
    ],
)
def test_a_verb_of_feeling_in_the_passive_with_by_is_its_subjects_stance(nlp, rows, expected):
    """ "Business leaders have been unsettled by the protests": a verb of Levin's amuse
    class in the passive puts the one who feels in the subject (the source) and what is
    felt in the object of "by" (the content), the cue running to "by"; nothing had been
    found. The passive subject of such a verb feels whatever noun names it ("The senator
    was troubled by the report"), as the verbs' objects are ones who feel. Not a verb with
    a literal sense too ("The windows were rattled by the blast")."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "Clinton was disappointed in the outcome.", as spaCy parses it
DISAPPOINTED_IN = [
    ("Clinton", 2, "nsubjpass", "PROPN", "NNP", "Clinton"),
    ("was", 2, "auxpass", "AUX", "VBD", "be"),
    ("disappointed", 2, "ROOT", "VERB", "VBN", "disappoint"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("outcome", 3, "pobj", "NOUN", "NN", "outcome"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "Voters were frustrated with the delays."
FRUSTRATED_WITH = [
    ("Voters", 2, "nsubjpass", "NOUN", "NNS", "voter"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("frustrated", 2, "ROOT", "VERB", "VBN", "frustrate"),
    ("with", 2, "prep", "ADP", "IN", "with"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("delays", 3, "pobj", "NOUN", "NNS", "delay"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (DISAPPOINTED_IN, [("Clinton", "was disappointed in", "the outcome")]),
        (FRUSTRATED_WITH, [("Voters", "were frustrated with", "the delays")]),
    ],
)
def test_a_passive_verb_of_feeling_names_what_is_felt_with_its_preposition(nlp, rows, expected):
    """ "Clinton was disappointed in the outcome", "Voters were frustrated with the delays":
    the passive of a verb of feeling names what is felt with "at", "with", "over", "about"
    or "in" right after it, as with "by"; nothing had been found. A place or a date as the
    object tells where or when instead."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "Republicans were angry at the decision."
ANGRY_AT = [
    ("Republicans", 1, "nsubj", "PROPN", "NNPS", "Republicans"),
    ("were", 1, "ROOT", "AUX", "VBD", "be"),
    ("angry", 1, "acomp", "ADJ", "JJ", "angry"),
    ("at", 2, "prep", "ADP", "IN", "at"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("decision", 3, "pobj", "NOUN", "NN", "decision"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "The senator was critical at the hearing.": "at" says where
CRITICAL_AT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"),
    ("critical", 2, "acomp", "ADJ", "JJ", "critical"),
    ("at", 3, "prep", "ADP", "IN", "at"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("hearing", 4, "pobj", "NOUN", "NN", "hearing"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (ANGRY_AT, [("Republicans", "were angry at", "the decision")]),
        (CRITICAL_AT, []),
    ],
)
def test_an_adjective_of_feeling_names_what_is_felt_with_at(nlp, rows, expected):
    """ "Republicans were angry at the decision": after an adjective of feeling "at" names
    what is felt, as "about" and "over" do; nothing had been found. After another
    attitude adjective it says where ("The senator was critical at the hearing")."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "Most voters view Trump unfavorably.", "The senator is viewed favorably by most voters."
VIEW_UNFAVORABLY = [
    ("Most", 1, "amod", "ADJ", "JJS", "most"),
    ("voters", 2, "nsubj", "NOUN", "NNS", "voter"),
    ("view", 2, "ROOT", "VERB", "VBP", "view"),
    ("Trump", 2, "dobj", "PROPN", "NNP", "Trump"),
    ("unfavorably", 2, "advmod", "ADV", "RB", "unfavorably"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
VIEWED_FAVORABLY_BY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 3, "nsubjpass", "NOUN", "NN", "senator"),
    ("is", 3, "auxpass", "AUX", "VBZ", "be"),
    ("viewed", 3, "ROOT", "VERB", "VBN", "view"),
    ("favorably", 3, "advmod", "ADV", "RB", "favorably"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("most", 7, "amod", "ADJ", "JJS", "most"),
    ("voters", 5, "pobj", "NOUN", "NNS", "voter"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (VIEW_UNFAVORABLY, [("Most voters", "view", "Trump unfavorably")]),
        (VIEWED_FAVORABLY_BY, [("most voters", "is viewed favorably", "The senator")]),
    ],
)
def test_a_verb_of_regarding_with_a_grading_adverb_judges_its_object(nlp, rows, expected):
    """ "Most voters view Trump unfavorably", "The senator is viewed favorably by most
    voters": an adverb that grades (favorably, unfavorably, positively, negatively) makes a
    verb of regarding a judgement of its object, as an "as" phrase does; nothing had been
    found."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "Clinton enjoyed strong support from black voters, who helped her win.", as spaCy parses it
ENJOYED_SUPPORT = [
    ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
    ("enjoyed", 1, "ROOT", "VERB", "VBD", "enjoy"),
    ("strong", 3, "amod", "ADJ", "JJ", "strong"),
    ("support", 1, "dobj", "NOUN", "NN", "support"),
    ("from", 3, "prep", "ADP", "IN", "from"),
    ("black", 6, "amod", "ADJ", "JJ", "black"),
    ("voters", 4, "pobj", "NOUN", "NNS", "voter"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("who", 9, "nsubj", "PRON", "WP", "who"),
    ("helped", 6, "relcl", "VERB", "VBD", "help"),
    ("her", 11, "poss", "PRON", "PRP$", "her"),
    ("win", 9, "dobj", "NOUN", "NN", "win"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# "The bill won the backing of the unions."
WON_BACKING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("bill", 2, "nsubj", "NOUN", "NN", "bill"),
    ("won", 2, "ROOT", "VERB", "VBD", "win"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("backing", 2, "dobj", "NOUN", "NN", "backing"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("unions", 5, "pobj", "NOUN", "NNS", "union"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (ENJOYED_SUPPORT, [("black voters,", "enjoyed strong support", "Clinton")]),
        (WON_BACKING, [("the unions", "won the backing", "The bill")]),
    ],
)
def test_support_enjoyed_or_won_is_the_stance_of_those_who_give_it(nlp, rows, expected):
    """ "Clinton enjoyed strong support from black voters", "The bill won the backing of the
    unions": a noun of support that the subject enjoys, wins or receives is the stance of
    those its "from" or "of" names toward the subject, the cue running from the verb to
    the noun, as criticism faced is the critics'; nothing had been found. A relative clause
    set off after them tells who they are and stays out of the source."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "The senator refused the offer.", "Shares declined 3 percent on Monday."
REFUSED_OFFER = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("refused", 2, "ROOT", "VERB", "VBD", "refuse"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("offer", 2, "dobj", "NOUN", "NN", "offer"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
SHARES_DECLINED = [
    ("Shares", 1, "nsubj", "NOUN", "NNS", "share"),
    ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
    ("3", 3, "nummod", "NUM", "CD", "3"),
    ("percent", 1, "npadvmod", "NOUN", "NN", "percent"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("Monday", 4, "pobj", "PROPN", "NNP", "Monday"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (REFUSED_OFFER, [("The senator", "refused", "the offer")]),
        (SHARES_DECLINED, []),
    ],
)
def test_turning_down_what_is_offered_takes_its_object(nlp, rows, expected):
    """ "The senator refused the offer", "She declined that assignment": a verb of turning
    down with an object reports that refusal, the object the content, as with its
    infinitive ("declined to comment"); nothing had been found. A decline in number
    ("Shares declined 3 percent") has no object."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == expected


# "The governor defied the court order."
DEFIED_ORDER = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("governor", 2, "nsubj", "NOUN", "NN", "governor"),
    ("defied", 2, "ROOT", "VERB", "VBD", "defy"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("court", 5, "compound", "NOUN", "NN", "court"),
    ("order", 2, "dobj", "NOUN", "NN", "order"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_heeding_or_defying_what_others_ask_takes_its_object(nlp):
    """ "The governor defied the court order", "Country after country flouts that treaty":
    heeding or defying what others ask or rule (heed, obey, disobey, defy, flout) is a
    stance toward it, as ignoring it is; nothing had been found."""
    doc = hand_parse(nlp.vocab, DEFIED_ORDER)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The governor", "defied", "the court order")]


# "He became interested in poverty issues."
INTERESTED_IN = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("became", 1, "ROOT", "VERB", "VBD", "become"),
    ("interested", 1, "acomp", "ADJ", "JJ", "interested"),
    ("in", 2, "prep", "ADP", "IN", "in"),
    ("poverty", 5, "compound", "NOUN", "NN", "poverty"),
    ("issues", 3, "pobj", "NOUN", "NNS", "issue"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_participle_of_attitude_takes_its_own_preposition(nlp):
    """ "He became interested in poverty issues", "The governor remains committed to the
    deal": a participle of attitude (interested, opposed, committed, wedded, obsessed,
    fixated) with the preposition it takes reports the attitude, its object the content;
    nothing had been found."""
    doc = hand_parse(nlp.vocab, INTERESTED_IN)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("He", "became interested in", "poverty issues")]


# "Asked whether he would run, Ryan said the race was over.": the parse spaCy gives this
# shape, the opening participle read as a second clause of "said"
ASKED_FIRST = [
    ("Asked", 7, "ccomp", "VERB", "VBN", "ask"),
    ("whether", 4, "mark", "SCONJ", "IN", "whether"),
    ("he", 4, "nsubj", "PRON", "PRP", "he"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("run", 0, "ccomp", "VERB", "VB", "run"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("Ryan", 7, "nsubj", "PROPN", "NNP", "Ryan"),
    ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("race", 10, "nsubj", "NOUN", "NN", "race"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("over", 10, "acomp", "ADJ", "JJ", "over"),
    (".", 7, "punct", "PUNCT", ".", "."),
]


def test_an_opening_participle_is_not_what_the_speaker_says(nlp):
    """ "Asked whether he would run, Ryan said the race was over": the participle that opens
    the sentence tells when the words were said (an attribution of its own), and the parser
    made it a clause of "said", whose content had been "Asked whether he would run"."""
    doc = hand_parse(nlp.vocab, ASKED_FIRST)
    said = next(q for q in find_quotes(doc, []) if q.cue == "said")
    assert (said.source, said.content) == ("Ryan", "the race was over")
