"""Quotations: kind, cue, source, speaker, addressee, medium and content."""

from __future__ import annotations

import datetime as dt

import pytest

from parses import hand_parse
from wirecode.quotes import find_quotes, nested, reporting_sources


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


@pytest.fixture(scope="module")
def kb():
    from wirecode.actors.kb import KnowledgeBase

    return KnowledgeBase.default()


def _quotes(nlp, kb, text):
    from wirecode.actors.mentions import find_actor_mentions

    doc = nlp(text)
    return find_quotes(doc, find_actor_mentions(doc, kb, on=dt.date(2023, 4, 27)))


def test_direct_quote_with_medium(nlp, kb):
    (quote,) = _quotes(nlp, kb, '"We will not give up," Zelensky said on Twitter.')
    assert quote.kind == "direct"
    assert quote.content == "We will not give up"
    assert quote.cue == "said"
    assert quote.medium == "on Twitter"
    assert quote.speaker is not None and quote.speaker.name == "Volodymyr Zelensky"


def test_the_document_a_quote_is_reported_from_is_its_medium(nlp, kb):
    text = "Xi told Putin that China was willing to offer mutual support, according to a readout"
    (quote,) = [q for q in _quotes(nlp, kb, text + " from Beijing.") if q.cue == "told"]
    assert quote.speaker is not None and quote.speaker.name == "Xi Jinping"
    assert quote.medium == "a readout from Beijing"
    text = "Xi told Putin that China was ready, according to Lavrov."
    (other,) = [q for q in _quotes(nlp, kb, text) if q.cue == "told"]
    assert other.medium is None  # a person reported from is no medium


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping spoke with Volodymyr Zelensky by phone on Wednesday.",
        "The ministry commented on Monday.",
    ],
)
def test_a_phrase_of_time_after_a_verb_of_speaking_is_no_content(nlp, kb, text):
    """ "Spoke on Wednesday" says when, not what ("spoke on the economy")."""
    assert _quotes(nlp, kb, text) == []
    (quote,) = _quotes(nlp, kb, "The minister spoke on the economy.")
    assert quote.content == "the economy"


def test_the_speaker_is_the_head_of_the_source_not_a_word_before_it(nlp, kb):
    """ "Chinese President Xi Jinping said": Xi speaks, not the China of "Chinese"."""
    (quote,) = _quotes(nlp, kb, "Chinese President Xi Jinping said talks were the only way.")
    assert quote.speaker is not None and quote.speaker.name == "Xi Jinping"


def test_the_speaker_after_a_dateline_is_the_person_not_a_state_before_him(nlp, kb):
    """A dateline the source phrase runs on from ("SAN FRANCISCO, Nov 16, 2023 (Reuters) -
    Chinese President Xi Jinping told ..."): the phrase's head is the dateline's, and the
    speaker is the person it names, not the China of "Chinese"."""
    text = (
        "SAN FRANCISCO, Nov 16, 2023 (Reuters) - Chinese President Xi Jinping told "
        "Joe Biden that Taiwan was the biggest issue."
    )
    told = [q for q in _quotes(nlp, kb, text) if q.cue == "told"]
    assert [q.speaker.name for q in told] == ["Xi Jinping"]


def test_indirect_quote_with_addressee(nlp, kb):
    (quote,) = _quotes(
        nlp, kb, "Xi Jinping told Volodymyr Zelensky that China would send an envoy."
    )
    assert quote.kind == "indirect"
    assert quote.content == "that China would send an envoy"
    assert quote.speaker.name == "Xi Jinping"
    assert quote.addressee is not None and quote.addressee.name == "Volodymyr Zelensky"


def test_mixed_quote(nlp, kb):
    (quote,) = _quotes(nlp, kb, 'Vladimir Putin said the talks were "constructive".')
    assert quote.kind == "mixed"


def test_pronoun_speaker(nlp, kb):
    quotes = _quotes(nlp, kb, "Xi Jinping spoke with Putin. He said the relationship was strong.")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Xi Jinping"


def test_reporting_attribution(nlp, kb):
    quotes = _quotes(nlp, kb, "The economy slowed in March, according to Caixin.")
    assert [q.source for q in quotes] == ["Caixin"]
    assert reporting_sources(quotes, 0) == ["Caixin"]


def test_nested_quotes(nlp, kb):
    quotes = _quotes(nlp, kb, '"I think we can win," Biden said.')
    assert [q.cue for q in nested(quotes)] == ["think"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Brian Fallon, the campaign's press secretary, said the plan was sound.",
            "Brian Fallon, the campaign's press secretary,",
            "said",
        ),
        ("The senator has also called for a full inquiry.", "The senator", "has also called for"),
        ("Acts of protest, Mr. Obama said, are acts of patriotism.", "Mr. Obama", "said"),
        ("Critics questioned the very need for moderators.", "Critics", "questioned"),
    ],
)
def test_source_and_cue_spans_follow_the_attribution_convention(nlp, kb, text, source, cue):
    quote = _quotes(nlp, kb, text)[0]
    assert (quote.source, quote.cue) == (source, cue)


def test_quotation_content_keeps_its_marks(nlp, kb):
    text = '"We will win," Biden said.'
    quote = _quotes(nlp, kb, text)[0]
    assert text[quote.start : quote.end] == '"We will win,"'
    assert quote.content == "We will win"


def _content_of(nlp, kb, text, cue):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    return text[quote.start : quote.end]


def test_a_cue_inside_reported_speech_is_not_an_inverted_attribution(nlp, kb):
    text = "Police officials said a second device was also found in the park."
    assert [q.cue for q in _quotes(nlp, kb, text)] == ["said"]


def test_quotation_resumed_after_its_attribution(nlp, kb):
    text = '"The economy has moved sideways," the economist said. "Growth risks stalling."'
    assert _content_of(nlp, kb, text, "said") == (
        '"The economy has moved sideways," the economist said. "Growth risks stalling."'
    )


def test_resumed_quotation_that_another_speaker_claims_stays_apart(nlp, kb):
    text = '"We will win," Biden said. "We will not," Trump replied.'
    assert _content_of(nlp, kb, text, "said") == '"We will win,"'


@pytest.mark.parametrize(
    "text",
    [
        '"Now is the time to act," said Smith, speaking of the senator\'s health. "Nobody waits."',
        '"We have had problems," Obama said after meeting with the leaders. "Our goal is peace."',
        '"How many times?" Clinton said. "Not again."\n"Maybe I can," she continued.',
    ],
)
def test_quotation_resumed_over_an_attribution_that_says_what_it_was_about(nlp, kb, text):
    """The quotation goes on after a speaker's aside ('speaking of', 'after meeting'), and
    after the one right after the cue when the one after that is another's."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    last = text.index('"', text.index('"', text.index("said")) + 1) + 1
    assert text[quote.start : quote.end] == text[:last]
    assert quote not in nested(_quotes(nlp, kb, text))


@pytest.mark.parametrize(
    "text",
    [
        '"If you look back at the record," Scott said, "I could have written those things last'
        ' week, and you really have a choice with crime policy."',
        '"When the storm hit," the mayor said, "we had no power for three days."',
    ],
)
def test_quotation_split_by_its_attribution_starts_at_its_first_part(nlp, kb, text):
    assert _content_of(nlp, kb, text, "said") == text


def test_a_quotation_that_ends_a_sentence_before_the_cue_is_no_first_part(nlp, kb):
    text = (
        'The ad calls it the "same rigged system that he claims he is going to change." She'
        ' adds, "What kind of genius loses a billion dollars in a single year?"'
    )
    assert _content_of(nlp, kb, text, "adds") == (
        '"What kind of genius loses a billion dollars in a single year?"'
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Growth held up. But the outlook is weaker, the fund said.",
            "said",
            "the outlook is weaker",
        ),
        (
            "However, slower growth in rich nations is offset by faster growth elsewhere,"
            " the fund said.",
            "said",
            "slower growth in rich nations is offset by faster growth elsewhere",
        ),
        (
            "In addition, the campaign plans to release more records, aides announced.",
            "announced",
            "the campaign plans to release more records",
        ),
        (
            "However laudable the goal, the tax is a misguided approach, he said.",
            "said",
            "However laudable the goal, the tax is a misguided approach",
        ),
    ],
)
def test_content_leaves_out_the_word_that_links_its_sentence(nlp, kb, text, cue, content):
    assert _content_of(nlp, kb, text, cue) == content


def test_an_aside_that_reports_a_clause_ends_the_quotation(nlp, kb):
    text = '"We will win," he said, adding that the polls were wrong. "They always are."'
    assert _content_of(nlp, kb, text, "said") == '"We will win,"'


def test_a_cue_in_the_aside_of_a_quotation_is_not_nested_in_it(nlp, kb):
    text = (
        '"Now is the time to act," said Smith, speaking of the senator\'s health. "Nobody waits."'
    )
    quotes = _quotes(nlp, kb, text)
    said = next(q for q in quotes if q.cue == "said")
    assert text[said.start : said.end] == text
    assert "speaking of" in [q.cue for q in quotes if q not in nested(quotes)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('“Deals are no requirement," he said.', ['“Deals are no requirement,"']),
        ('“He said "no" to me,” she said.', ['“He said "no" to me,”']),
    ],
)
def test_a_straight_mark_closes_a_curly_one_no_curly_mark_closes(text, quoted):
    from wirecode.quotes.marks import regions

    assert [text[start:end] for start, end in regions(text)] == quoted


def test_content_of_a_quotation_opened_curly_and_closed_straight(nlp, kb):
    text = '“Immunity deals should not be a requirement," Rep. Jim Smith said in a statement.'
    assert _content_of(nlp, kb, text, "said") == '“Immunity deals should not be a requirement,"'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor says the explosion was an 'intentional act.'",
            "says",
            "the explosion was an 'intentional act.'",
        ),
        ("Critics say ‘reform’ is a myth.", "say", "‘reform’ is a myth"),
        (
            "The mayor said the '90s were Trump's best years.",
            "said",
            "the '90s were Trump's best years",
        ),
    ],
)
def test_content_keeps_the_single_quotation_marks_of_its_words(nlp, kb, text, cue, content):
    assert _content_of(nlp, kb, text, cue) == content


def test_quotation_before_a_cue_the_parser_did_not_link(nlp, kb):
    text = (
        '"Wall Street\'s a pretty cynical place," said Tim Hess, a real estate developer'
        " in Virginia, who introduced Mr. Clarke to his banking contacts."
    )
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert text[quote.start : quote.end] == '"Wall Street\'s a pretty cynical place,"'
    assert quote.source.startswith("Tim Hess, a real estate developer")


def test_mixed_content_keeps_that_and_the_closing_mark(nlp, kb):
    text = 'The mayor said that the police should release the videos "without delay."'
    assert _content_of(nlp, kb, text, "said") == (
        'that the police should release the videos "without delay."'
    )


def test_colon_cue_over_a_block_quotation(nlp, kb):
    text = "The host added:\n\nThis campaign is in panic mode and everyone sees it.\n\nMore."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "added:")
    assert text[quote.start : quote.end] == "This campaign is in panic mode and everyone sees it"


def test_dash_signature_glued_to_the_closing_mark(nlp, kb):
    text = "“He has no plan for us.”― Maria Lopez\n"
    quote = next(q for q in _quotes(nlp, kb, text) if q.source == "Maria Lopez")
    assert quote.cue == "―"
    assert text[quote.start : quote.end] == "“He has no plan for us.”"


def test_speaker_of_a_gerund_after_a_preposition(nlp, kb):
    text = "The senator began by saying that the bill was flawed."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "saying")
    assert quote.source == "The senator"


def test_infinitive_cue_takes_its_raising_verb(nlp, kb):
    text = "The governor appeared to suggest that taxes would rise."
    quote = next(q for q in _quotes(nlp, kb, text) if "suggest" in q.cue)
    assert (quote.cue, quote.source) == ("appeared to suggest", "The governor")


def test_noun_cue_with_a_that_clause(nlp, kb):
    text = "Reporters checked the senator's claim that crime had doubled in the city."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "claim")
    assert quote.source == "the senator's"
    assert text[quote.start : quote.end] == "that crime had doubled in the city"


def test_noun_with_a_relative_clause_is_no_cue(nlp, kb):
    text = "The report that came out on Monday was false."
    assert not [q for q in _quotes(nlp, kb, text) if q.cue == "report"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A New York Times report that the plant would close upset workers.", "A New York Times"),
        (
            "The mayor dismissed warnings from the police that the march would turn violent.",
            "the police",
        ),
    ],
)
def test_noun_cue_source_named_beside_the_noun(nlp, kb, text, source):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue in ("report", "warnings"))
    assert quote.source == source


def test_predicate_adjective_of_attitude(nlp, kb):
    text = "The union leaders are confident that the strike will end soon."
    quote = next(q for q in _quotes(nlp, kb, text) if "confident" in q.cue)
    assert (quote.source, quote.cue) == ("The union leaders", "are confident")
    assert text[quote.start : quote.end] == "that the strike will end soon"


def test_passive_feeling_verb_with_a_clause(nlp, kb):
    text = "Republicans were also incensed that the deals did not require testimony."
    quote = next(q for q in _quotes(nlp, kb, text) if "incensed" in q.cue)
    assert quote.source == "Republicans"
    assert text[quote.start : quote.end] == "that the deals did not require testimony"


def test_transcript_speaker_after_an_opening_mark(nlp, kb):
    text = 'The exchange went on.\n\n"WALLACE: Governor Pence, do you agree with the plan?'
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == ":")
    assert quote.source == "WALLACE"


def test_quotation_goes_on_in_the_next_paragraph(nlp, kb):
    text = '"Nobody sings for her," he said.\n\n"Right now the vote is against Trump."\n\nMore.'
    assert _content_of(nlp, kb, text, "said") == (
        '"Nobody sings for her," he said.\n\n"Right now the vote is against Trump."'
    )


def test_quotation_right_after_the_cue(nlp, kb):
    text = 'Asked about the device, the commissioner said, "Not going to go into that."'
    assert _content_of(nlp, kb, text, "said") == '"Not going to go into that."'


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BRUSSELS - European leaders said the talks would resume.", "European leaders"),
        ("The mayor, speaking to reporters, said the budget was balanced.", "The mayor"),
        ("Rep. Jean-Pierre Smith said the budget was balanced.", "Rep. Jean-Pierre Smith"),
        ('"We are tired," said Jones, speaking of the voters. "Very tired."', "Jones"),
    ],
)
def test_source_leaves_out_datelines_and_participial_asides(nlp, kb, text, source):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.source == source


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"Now is the time to act," said Smith, speaking of the senator\'s health.', "speaking of"),
        ("The plan is dead, said Donald Tusk, summing up the talks.", "summing up"),
    ],
)
def test_a_source_ends_with_a_comma_only_when_it_closes_an_aside(nlp, kb, text, cue):
    """ "Brian Fallon, the campaign's press secretary," keeps the comma that closes its
    apposition; the speaker of a participle after it has no comma of its own."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert not quote.source.endswith(",")


def test_naming_cue_with_two_predicate_nouns(nlp):
    from spacy.tokens import Doc

    # the parse spaCy gives in context: both "Trump" and "liar" predicates of "called"
    words = ["Cruz", "called", "Trump", "a", "pathological", "liar", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, True, False, False],
        heads=[1, 1, 1, 5, 5, 1, 1],
        deps=["nsubj", "ROOT", "oprd", "det", "amod", "oprd", "punct"],
        pos=["PROPN", "VERB", "PROPN", "DET", "ADJ", "NOUN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "DT", "JJ", "NN", "."],
        lemmas=["Cruz", "call", "Trump", "a", "pathological", "liar", "."],
        sent_starts=[True, False, False, False, False, False, False],
    )
    (quote,) = find_quotes(doc, [])
    assert (quote.source, quote.cue, quote.content) == (
        "Cruz",
        "called",
        "Trump a pathological liar",
    )


def test_content_text_drops_a_mark_whose_partner_was_trimmed(nlp, kb):
    text = 'Xi said China "will neither watch the fire nor add fuel to it."'
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.content == "China will neither watch the fire nor add fuel to it"


def test_span_keeps_a_closing_bracket_it_opened(nlp, kb):
    text = "Turnout rose, according to the organizer Alliance to Reclaim Our Schools (AROS)."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "according to")
    assert quote.source == "the organizer Alliance to Reclaim Our Schools (AROS)"


def _doc(nlp, words, heads, deps, pos, tags, lemmas):
    return hand_parse(nlp.vocab, zip(words, heads, deps, pos, tags, lemmas, strict=True))


def test_a_cue_whose_lemma_lost_its_silent_e(nlp):
    # the lemmatizer gives "hop" for "hoped"
    doc = _doc(
        nlp,
        ["Clarke", "hoped", "utilities", "would", "buy", "credits", "."],
        [1, 1, 4, 4, 1, 4, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
        ["PROPN", "VERB", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
        ["NNP", "VBD", "NNS", "MD", "VB", "NNS", "."],
        ["Clarke", "hop", "utility", "would", "buy", "credit", "."],
    )
    (quote,) = find_quotes(doc, [])
    assert (quote.source, quote.cue, quote.content) == (
        "Clarke",
        "hoped",
        "utilities would buy credits",
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor told his advisers to find a new site.",
            "told",
            "his advisers to find a new site",
        ),
        (
            "Warren attacked the banker for his role in the scandal.",
            "attacked",
            "the banker for his role in the scandal",
        ),
    ],
)
def test_content_of_a_cue_starts_at_the_object_it_is_addressed_to(nlp, kb, text, cue, content):
    assert _content_of(nlp, kb, text, cue) == content


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The senator invoked the rising seas in his speech.",
            "The senator",
            "invoked",
            "the rising seas",
        ),
        (
            "In a speech on Friday, Clinton laid out her proposals to expand national service.",
            "Clinton",
            "laid out",
            "her proposals to expand national service",
        ),
        (
            "Many veterans saw the comment as an insult.",
            "Many veterans",
            "saw",
            "the comment as an insult",
        ),
        (
            "Trump has portrayed himself as a champion of workers.",
            "Trump",
            "has portrayed",
            "himself as a champion of workers",
        ),
        (
            "The governor has largely ignored the issue of school funding.",
            "The governor",
            "has largely ignored",
            "the issue of school funding",
        ),
    ],
)
def test_verbs_that_put_out_portray_or_slight_a_message(nlp, kb, text, source, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert (quote.source, text[quote.start : quote.end]) == (source, content)


def test_a_perceiving_verb_without_as_judges_nothing(nlp, kb):
    assert not _quotes(nlp, kb, "Many veterans saw the parade on Monday.")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Graham has been critical of Trump since the primary.", "has been critical of", "Trump"),
        ("Republicans were not willing to pass the bill.", "were not willing", "to pass the bill"),
    ],
)
def test_attitude_adjective_with_an_object_or_an_infinitive(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senators have expressed deep concern about the policy.",
            "have expressed deep concern about",
            "the policy",
        ),
        (
            "The leaders made little secret of their disagreements.",
            "made little secret of",
            "their disagreements",
        ),
    ],
)
def test_light_verb_and_noun_of_attitude(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            'The primary requirement is a "lawful source of income," as a federal memo put it.',
            "a federal memo",
            'The primary requirement is a "lawful source of income,"',
        ),
        (
            "As Ms. Simonyan put it in July, RT offers another perspective.",
            "Ms. Simonyan",
            "RT offers another perspective",
        ),
    ],
)
def test_as_someone_put_it(nlp, kb, text, source, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "put it")
    assert (quote.source, text[quote.start : quote.end]) == (source, content)


def test_that_clause_the_parser_hung_on_the_addressee(nlp, kb):
    text = "In Honolulu, he told a meeting of island leaders that few people understood the stakes."
    assert _content_of(nlp, kb, text, "told") == "that few people understood the stakes"


def test_closing_mark_that_starts_a_line_opens_a_quotation(nlp, kb):
    text = "Voters spoke.\n”He has no plan for us.”\n― Maria Lopez\n"
    quote = next(q for q in _quotes(nlp, kb, text) if q.source == "Maria Lopez")
    assert text[quote.start : quote.end] == "”He has no plan for us.”"


def test_a_call_with_someone_is_no_light_verb_attribution(nlp, kb):
    text = "Zelensky had a long phone call with Xi Jinping."
    assert not [q for q in _quotes(nlp, kb, text) if "call" in q.cue]


def test_a_second_cue_of_the_same_speaker_inside_the_first_ones_clause(nlp, kb):
    text = "Trump said he would order a review of the defenses and warned against hackers."
    quotes = {q.cue: q for q in _quotes(nlp, kb, text)}
    said, warned = quotes["said"], quotes["warned against"]
    assert text[said.start : said.end] == "he would order a review of the defenses"
    assert (warned.source, text[warned.start : warned.end]) == ("Trump", "hackers")
    assert not nested(list(quotes.values()))


def test_called_on_someone_to_act(nlp, kb):
    text = "Sanders calls on Dean to apologize."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue.startswith("calls"))
    assert (quote.cue, text[quote.start : quote.end]) == ("calls on", "Dean to apologize")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Voters doubted her plan to raise taxes.", "her", "plan", "to raise taxes"),
        (
            "Editorial boards showed their disdain for the nominee.",
            "their",
            "disdain for",
            "the nominee",
        ),
        (
            "Reporters doubted his latest effort to explain the loss.",
            "his",
            "latest effort",
            "to explain the loss",
        ),
    ],
)
def test_noun_of_intent_or_attitude_with_its_owner(nlp, kb, text, source, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert (quote.source, text[quote.start : quote.end]) == (source, content)


def test_an_unowned_noun_of_intent_is_no_attribution(nlp, kb):
    text = "Voters doubted the plan to raise taxes."
    assert [q.cue for q in _quotes(nlp, kb, text)] == ["doubted"]


@pytest.mark.parametrize(
    ("text", "noun", "found"),
    [
        (
            "After Britain's decision to leave the union, the leaders met in Bratislava.",
            "decision",
            False,
        ),
        (
            "The plan was cited as evidence of his willingness to tax the rich.",
            "willingness",
            False,
        ),
        ("Britain's decision to leave the union shocked the leaders.", "decision", True),
    ],
)
def test_a_noun_of_intent_after_a_preposition_is_a_circumstance(nlp, kb, text, noun, found):
    """An owned intention named after a preposition ("after Britain's decision to leave",
    "as evidence of his willingness to ...") is the setting of something else, not a stance
    reported; as subject or object of the clause it is one ("Britain's decision to leave
    shocked the leaders")."""
    assert (noun in [q.cue for q in _quotes(nlp, kb, text)]) is found


@pytest.mark.parametrize(
    "text",
    [
        "Democratic groups raised $64 million in August.",
        "The senator forced the banker to resign.",
    ],
)
def test_raising_money_or_forcing_someone_is_no_attribution(nlp, kb, text):
    assert not [q for q in _quotes(nlp, kb, text) if q.cue in ("raised", "forced")]


def test_speaker_after_the_cue_not_the_quoted_noun_before_it(nlp, kb):
    text = (
        '"Our campaign is in panic mode. Full panic mode," said Leslie Wimes, a Florida activist.'
    )
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.source == "Leslie Wimes, a Florida activist"
    assert text[quote.start : quote.end] == '"Our campaign is in panic mode. Full panic mode,"'


def test_a_gerund_after_aside_from_is_said_by_the_subject_of_the_verb(nlp, kb):
    """The one who refuses is the one saying (PolNeAR's dev gold marks him as the source);
    the parser hangs "aside from" on the adverb "aside", which had stopped the speaker search
    and left the cue without a speaker."""
    text = (
        "McAuliffe refuses to discuss appointees, aside from saying he wants a diverse delegation."
    )
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "saying")
    assert (quote.source, text[quote.start : quote.end]) == (
        "McAuliffe",
        "he wants a diverse delegation",
    )


def test_owner_of_a_noun_cue_without_the_verb_the_parser_hung_on_it(nlp):
    from spacy.tokens import Doc

    # a parse seen in a golden article: "largely repeated" hung on the owner
    words = ["The", "envoy", "largely", "repeated", "China", "'s", "prior", "comments"]
    words += ["on", "Russia", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, True, True, True, True, False, False],
        heads=[1, 1, 3, 4, 7, 4, 7, 1, 7, 8, 1],
        deps=["det", "ROOT", "advmod", "amod", "poss", "case", "amod", "appos", "prep"]
        + ["pobj", "punct"],
        pos=["DET", "NOUN", "ADV", "VERB", "PROPN", "PART", "ADJ", "NOUN", "ADP", "PROPN"]
        + ["PUNCT"],
        lemmas=["the", "envoy", "largely", "repeat", "China", "'s", "prior", "comment"]
        + ["on", "Russia", "."],
        sent_starts=[True] + [False] * 10,
    )
    (quote,) = find_quotes(doc, [])
    assert (quote.source, quote.cue, quote.content) == ("China's", "prior comments on", "Russia")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The registration issue was first reported by The Washington Post.",
            "The Washington Post",
            "was first reported",
            "The registration issue",
        ),
        ("A curfew was announced on Friday.", "", "was announced", "A curfew"),
    ],
)
def test_passive_cue_its_subject_the_content_its_agent_the_source(
    nlp, kb, text, source, cue, content
):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert (quote.source, text[quote.start : quote.end]) == (source, content)


def test_a_passive_without_a_speaker_or_a_verb_of_saying_is_no_attribution(nlp, kb):
    assert not _quotes(nlp, kb, "The video was released on Friday.")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator apologized for his remarks.", "apologized for", "his remarks"),
        ("Trump lashed out at the moderators on Monday.", "lashed out at", "the moderators"),
        ("The senator weighed in on the dispute.", "weighed in on", "the dispute"),
    ],
)
def test_verbs_of_taking_a_stand_with_their_preposition(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "He apparently believed the unscientific polls.",
            "apparently believed",
            "the unscientific polls",
        ),
        (
            "Scholars have long debated the role of ethnic ties.",
            "have long debated",
            "the role of ethnic ties",
        ),
        (
            "Republicans approved a bill to limit the agency.",
            "approved",
            "a bill to limit the agency",
        ),
        ("Warren grilled the chief executive on Tuesday.", "grilled", "the chief executive"),
    ],
)
def test_verbs_of_holding_weighing_deciding_and_questioning(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_liking_to_do_something_is_an_intent(nlp, kb):
    text = "The campaign would like to organize another rally."
    quote = next(q for q in _quotes(nlp, kb, text) if "like" in q.cue)
    assert (quote.cue, text[quote.start : quote.end]) == ("would like", "to organize another rally")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Christie assailed her record on Tuesday.", "assailed", "her record"),
        ("The senator mused that the bill might pass.", "mused", "that the bill might pass"),
    ],
)
def test_verbs_of_attacking_in_words_and_of_musing(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The senator has been harshly criticized for his remarks.",
            "has been harshly criticized for",
        ),
        ("About one of every nine voters is expected to vote early.", "is expected"),
    ],
)
def test_the_subject_of_a_passive_cue_is_not_its_speaker(nlp, kb, text, cue):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert quote.source == ""


def test_the_subject_of_a_passive_verb_of_feeling_feels(nlp, kb):
    text = "Protesters were frustrated that the police did not release the video."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "were frustrated")
    assert quote.source == "Protesters"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Trump accused the audience of supporting Clinton.",
            "accused",
            "the audience of supporting Clinton",
        ),
        ("Peacekeepers have been accused of abuses.", "have been accused of", "abuses"),
    ],
)
def test_accusing_someone_of_something(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_headline_word_before_colon_is_the_source(nlp, kb):
    text = (
        "Sanders: Clinton needs to get away from all of this personality stuff.\n\n"
        "Correction: An earlier version misstated the date."
    )
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.source, quote.cue) == ("Sanders", ":")
    assert quote.content == "Clinton needs to get away from all of this personality stuff"


def test_infinitive_cue_after_a_predicate_adjective_takes_its_verb(nlp, kb):
    text = "He was able to consistently tout his polling strength."
    quote = next(q for q in _quotes(nlp, kb, text) if "tout" in q.cue)
    assert quote.cue == "was able to consistently tout"


def test_cue_keeps_the_adverb_that_modifies_its_adverb(nlp, kb):
    text = "The company almost immediately disclosed the breach."
    quote = next(q for q in _quotes(nlp, kb, text) if "disclosed" in q.cue)
    assert quote.cue == "almost immediately disclosed"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Farmers complain bitterly that prices are too low.", "complain bitterly"),
        ("Critics argue more frequently that the plan fails.", "argue more frequently"),
        ("Obama spoke emotionally of the long struggle for civil rights.", "spoke emotionally of"),
    ],
)
def test_cue_keeps_the_adverb_right_after_its_verb(nlp, kb, text, cue):
    assert any(q.cue == cue for q in _quotes(nlp, kb, text))


def test_source_leaves_out_a_phrase_of_time(nlp, kb):
    text = "A group of doctors in 2015 wrote that the treatments did not work."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "wrote")
    assert quote.source == "A group of doctors"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor seems to have changed his mind about the bridge.",
            "seems",
            "The governor seems to have changed his mind about the bridge",
        ),
        ("That plan looks doubtful.", "looks", "That plan looks doubtful"),
        (
            "Sometimes it appeared that the mayor was tired of the job.",
            "appeared",
            "that the mayor was tired of the job",
        ),
        # impersonal adjectives of evidence: the clause is the content
        (
            "By now it is obvious that the council will not vote.",
            "it is obvious",
            "that the council will not vote",
        ),
        (
            "Nor is it clear that the new rules would help.",
            "Nor is it clear",
            "that the new rules would help",
        ),
        # verbs of thinking in the passive, with no agent: the whole clause
        (
            "The treaty is expected to pass next month.",
            "is expected",
            "The treaty is expected to pass next month",
        ),
        (
            "The region is not thought to be at risk.",
            "is not thought",
            "The region is not thought to be at risk",
        ),
    ],
)
def test_seeming_evidence_and_agentless_thinking_have_no_source(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert quote.source_end is None
    assert text[quote.start : quote.end] == content


def test_seeming_before_a_verb_of_saying_leaves_the_cue_to_it(nlp, kb):
    text = "The senator appeared to blame the staff for the delay."
    assert [q.cue for q in _quotes(nlp, kb, text)] == ["appeared to blame"]


def test_looking_to_do_something_is_aiming_not_seeming(nlp, kb):
    text = "The party looks to win back the suburbs."
    assert not [q for q in _quotes(nlp, kb, text) if q.cue == "looks"]


def test_an_open_question_is_not_evident(nlp, kb):
    text = "It is not clear what effect the tariff will have."
    assert not [q for q in _quotes(nlp, kb, text) if "clear" in q.cue]


def test_made_it_clear_is_the_maker_s(nlp, kb):
    text = "The coach made it clear he would not resign."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "made it clear")
    assert (quote.source, quote.content) == ("The coach", "he would not resign")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Residents bemoaned the closure of the plant.", "bemoaned", "the closure of the plant"),
        ("Two airlines declared bankruptcy last year.", "declared", "bankruptcy"),
        ("The fans chanted his name.", "chanted", "his name"),
        ("The auditors rated the bank's controls as weak.", "rated", "the bank's controls as weak"),
        ("Ms. Ortiz retweeted the mayor's video.", "retweeted", "the mayor's video"),
    ],
)
def test_verb_of_communication_or_judgement_with_its_object(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister condemned what she called a reckless provocation.",
            "condemned",
            "what she called a reckless provocation",
        ),
        (
            "The board decided the school should stay open.",
            "decided",
            "the school should stay open",
        ),
    ],
)
def test_clause_as_the_object_of_a_cue(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    "text",
    [
        "Jones said after the election he would not accept the post if it were offered.",
        "Jones said after the hearing he would not accept the post if it were offered.",
    ],
)
def test_reported_clause_starts_at_its_subject(nlp, kb, text):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.content == "he would not accept the post if it were offered"


@pytest.mark.parametrize(
    ("text", "cue", "content", "inner"),
    [
        (
            "The senators argued that the agency overstepped its authority, which the court"
            " later said was a fair reading.",
            "argued",
            "that the agency overstepped its authority",
            "later said",
        ),
        (
            "Officials have called for the release of the video, though the mayor noted that"
            " it could harm the inquiry.",
            "have called for",
            "the release of the video",
            "noted",
        ),
        (
            "Trump endorsed the governor, who says he is honored.",
            "endorsed",
            "the governor",
            "says",
        ),
    ],
)
def test_content_ends_before_a_trailing_clause_with_its_own_speaker(
    nlp, kb, text, cue, content, inner
):
    """The attribution in the trailing clause is reported beside the first, not in it."""
    quotes = _quotes(nlp, kb, text)
    assert _content_of(nlp, kb, text, cue) == content
    assert inner in [q.cue for q in quotes if q not in nested(quotes)]


def test_a_trailing_clause_without_a_speaker_of_its_own_stays_in_the_content(nlp, kb):
    text = "She said the plan, which critics say is flawed, will pass."
    assert _content_of(nlp, kb, text, "said") == "the plan, which critics say is flawed, will pass"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Trump unleashed a series of tweets early Friday saying that his rival had shown"
            " bad judgment.",
            "Trump",
            "unleashed a series of tweets early Friday saying",
            "that his rival had shown bad judgment",
        ),
        (
            "The mayor released a letter from her doctor that says she is in good health.",
            "The mayor",
            "released a letter from her doctor that says",
            "she is in good health",
        ),
    ],
)
def test_a_document_issued_and_what_it_says_are_one_attribution(
    nlp, kb, text, source, cue, content
):
    quotes = _quotes(nlp, kb, text)
    quote = next(q for q in quotes if q.cue == cue)
    assert (quote.source, quote.content) == (source, content)
    assert not any(q.cue in ("unleashed", "released") for q in quotes)


def test_a_participle_after_a_verb_that_reports_its_object_stays_apart(nlp, kb):
    text = "Trump is defending his early-morning tweets, saying they were fair."
    assert "saying" in [q.cue for q in _quotes(nlp, kb, text)]


def test_a_light_verb_and_a_noun_with_a_that_clause(nlp, kb):
    text = "Democrats have expressed concern that the change could lead to voter fraud."
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.source, quote.cue, quote.content) == (
        "Democrats",
        "have expressed concern",
        "that the change could lead to voter fraud",
    )


def test_what_someone_described_as_something(nlp, kb):
    text = "They condemned what the minister described as a provocation."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue.startswith("described"))
    assert (quote.cue, quote.content, quote.source) == (
        "described as",
        "a provocation",
        "the minister",
    )


def test_object_pronoun_of_a_relative_clause_of_saying(nlp, kb):
    text = "That was what the coach said before the game."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert (quote.source, quote.content) == ("the coach", "what")


def test_noun_inside_the_quotation_is_not_the_speaker(nlp, kb):
    text = '"My answer, that is final," the party\'s longtime treasurer said.'
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.source == "the party's longtime treasurer"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Many voters resented the question.", "resented", "the question"),
        ("The report underscored the risk of a default.", "underscored", "the risk of a default"),
        ("The mayor unleashed a flurry of angry posts.", "unleashed", "a flurry of angry posts"),
    ],
)
def test_verbs_of_feeling_toward_and_of_setting_out_take_their_object(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_prepositional_cue_keeps_the_as_phrase_after_its_object(nlp, kb):
    text = "The senator has gone after the governor as a coward."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "has gone after")
    assert quote.content == "the governor as a coward"


def test_verb_of_a_prepositional_cue_without_its_preposition_is_no_cue(nlp, kb):
    text = "The Story Goes On: the company opened a second plant."
    assert not [q for q in _quotes(nlp, kb, text) if "Goes" in q.cue]


def test_agent_of_a_passive_cue_is_its_source(nlp, kb):
    text = "The mayor was branded a coward by the union leaders."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "was branded")
    assert (quote.source, quote.content) == ("the union leaders", "a coward")


def test_you_know_set_off_by_commas_is_a_filler(nlp, kb):
    text = '"You know, I like the mayor," she said.'
    quotes = _quotes(nlp, kb, text)
    assert not [q for q in quotes if "know" in q.cue]
    assert ("she", "said") in [(q.source, q.cue) for q in quotes]


def test_a_newspaper_s_label_before_a_colon_is_no_speaker(nlp, kb):
    text = "The council met on Monday.\n\nCorrection: An earlier version gave the wrong date."
    assert not [q for q in _quotes(nlp, kb, text) if q.cue == ":"]


def test_supposed_to_is_no_one_s_thought(nlp, kb):
    text = "The van was supposed to wait at the gate."
    assert not [q for q in _quotes(nlp, kb, text) if "supposed" in q.cue]


def test_according_to_a_noun_read_as_a_verb(nlp, kb):
    text = "The mayor often insulted reporters, according to show insiders."
    quotes = _quotes(nlp, kb, text)
    assert ("show insiders", "according to") in [(q.source, q.cue) for q in quotes]
    assert not [q for q in quotes if q.cue == "show"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The farmers believe in the power of local markets.",
            "believe in",
            "the power of local markets",
        ),
        (
            "The neighbours were wondering about the noise from the quarry.",
            "were wondering about",
            "the noise from the quarry",
        ),
        ("The board decided against a second vote.", "decided against", "a second vote"),
        ("A state judge ruled against the mining company.", "ruled against", "the mining company"),
        ("The fisherman's mother pleads for his release.", "pleads for", "his release"),
        ("The bishop weighed in with a sharp rebuke.", "weighed in with", "a sharp rebuke"),
        ("The coach responded with a list of injuries.", "responded with", "a list of injuries"),
    ],
)
def test_verbs_of_believing_deciding_and_answering_with_their_preposition(
    nlp, kb, text, cue, content
):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The treasurer admitted using the club's money.", "admitted", "using the club's money"),
        ("The mayor denied taking bribes.", "denied", "taking bribes"),
    ],
)
def test_a_gerund_after_a_cue_is_what_it_reports(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_the_infinitive_after_the_object_of_telling_read_as_a_purpose(nlp, kb):
    text = "The coach told his players before the game to stay calm."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "told")
    assert (quote.source, quote.content) == (
        "The coach",
        "his players before the game to stay calm",
    )


def test_a_question_left_unanswered_by_a_negated_verb_of_saying(nlp, kb):
    text = "The ministry has not said when the bridge will reopen."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "has not said")
    assert (quote.source, quote.content) == ("The ministry", "when the bridge will reopen")


def test_an_attribution_set_off_inside_its_quotation_is_not_what_the_quotation_reports(nlp, kb):
    text = "“If the bridge closes,” the mayor says, “what will the farmers think of us?”"
    quotes = _quotes(nlp, kb, text)
    says = next(q for q in quotes if q.cue == "says")
    assert says.source == "the mayor"
    assert "think of" in [q.cue for q in nested(quotes)]
    assert not [q for q in quotes if "the mayor says" in q.content and q is not says]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The senator said "budget reforms" and new taxes would pay for the plan.',
            '"budget reforms" and new taxes would pay for the plan',
        ),
        (
            "The mayor said ''road repairs'' and a new bus line would come first.",
            "''road repairs'' and a new bus line would come first",
        ),
    ],
)
def test_content_that_begins_with_a_quotation_keeps_its_opening_mark(nlp, kb, text, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that the bridge needs repairs.",
        "Having said that, the council will vote on Monday.",
        "Let's say you want to buy a house in the valley.",
    ],
)
def test_say_in_a_set_phrase_of_the_writer_is_no_cue(nlp, kb, text):
    assert not [q for q in _quotes(nlp, kb, text) if "sa" in q.cue.lower()]


def test_quotation_after_the_phrases_of_time_and_place_of_its_cue(nlp, kb):
    text = 'The clip shows the governor shouting at a rally on Friday, "Nobody will stop us."'
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "shouting")
    assert (quote.source, quote.content) == ("the governor", "Nobody will stop us")


def test_cue_keeps_its_auxiliary_across_a_non_breaking_space(nlp, kb):
    text = "The senator has\u00a0acknowledged the problem."
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.source, quote.cue) == ("The senator", "has\u00a0acknowledged")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor doesn't think so.", "doesn't think", "so"),
        ("The coach said as much in an interview.", "said", "as much"),
    ],
)
def test_so_or_as_much_stands_for_the_reported_clause(nlp, kb, text, cue, content):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "These workers, the manager explained at the hearing, were well paid.",
            "the manager",
            "explained",
        ),
        (
            "The plan, as one adviser pointed out, does not cover farmers.",
            "one adviser",
            "pointed out",
        ),
    ],
)
def test_cue_set_off_inside_the_clause_it_reports(nlp, kb, text, source, cue):
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert quote.source == source
    assert text[quote.start : quote.end] == text.rstrip(".")


def test_the_source_leaves_out_a_conjunction_before_it(nlp, kb):
    text = "Both the mayor and the governor say the bridge is safe."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "say")
    assert quote.source == "the mayor and the governor"


def test_a_dateline_the_parser_took_for_the_speaker_is_left_out(nlp, kb):
    text = (
        "WASHINGTON -- President Obama, speaking at the museum, said it would tell an American "
        "story."
    )
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.source == "President Obama"


def test_source_leaves_out_a_participle_the_parser_hung_on_it_as_a_clause(nlp):
    from spacy.tokens import Doc

    words = ["Jones", ",", "speaking", "at", "the", "forum", ",", "cited", "the", "polls", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False, True, True, True, True, False, True, True, True, False, False],
        tags=["NNP", ",", "VBG", "IN", "DT", "NN", ",", "VBD", "DT", "NNS", "."],
        pos=[
            "PROPN",
            "PUNCT",
            "VERB",
            "ADP",
            "DET",
            "NOUN",
            "PUNCT",
            "VERB",
            "DET",
            "NOUN",
            "PUNCT",
        ],
        lemmas=["Jones", ",", "speak", "at", "the", "forum", ",", "cite", "the", "poll", "."],
        heads=[7, 0, 0, 2, 5, 3, 0, 7, 9, 7, 7],
        deps=[
            "nsubj",
            "punct",
            "advcl",
            "prep",
            "det",
            "pobj",
            "punct",
            "ROOT",
            "det",
            "dobj",
            "punct",
        ],
        sent_starts=[True] + [False] * 10,
    )
    (quote,) = find_quotes(doc, [])
    assert (quote.source, quote.cue, quote.content) == ("Jones", "cited", "the polls")


def test_according_to_stops_before_a_clause_hung_on_its_source(nlp, kb):
    text = (
        "The tax would hit small farms hardest, according to a study by Ann Lee, an economist "
        "at the state university, whose findings were confirmed by the treasury."
    )
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "according to")
    assert quote.source == "a study by Ann Lee, an economist at the state university"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor called for the police to release the videos.",
            "the police to release the videos",
        ),
        (
            "Trump called for female contestants to wear shorter dresses.",
            "female contestants to wear shorter dresses",
        ),
    ],
)
def test_call_for_someone_to_act(nlp, kb, text, content):
    """ "called for X to do Y": the cue keeps its "for", the content starts at X, who says
    nothing (however the parser hangs the "for" clause)."""
    quotes = _quotes(nlp, kb, text)
    assert [(q.cue, text[q.start : q.end]) for q in quotes] == [("called for", content)]


def test_relative_who_is_the_speaker_of_any_cue(nlp, kb):
    """ "who" stands for a person or group, whose act or stance its relative clause reports
    ("the governor, who signed the funding bill"); "that" or "which" with a verb of the
    object class more often describes a thing ("groups that don't disclose ...")."""
    text = "The museum was built with help from the governor, who signed the funding bill in 2003."
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [
        ("who", "signed", "the funding bill")
    ]


def test_speaker_of_an_infinitive_after_a_control_adjective(nlp, kb):
    """The subject of "able", "willing", "determined" is the one who does what the
    infinitive says."""
    text = "The mayor was able to consistently tout her record on crime."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue.endswith("tout"))
    assert quote.source == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "It is worth noting that the mayor was absent.",
        "It's worth mentioning that the bridge was closed.",
    ],
)
def test_it_is_worth_noting_is_the_writers_aside(nlp, kb, text):
    """ "It is worth noting that ..." is the writer's own aside, no one's attribution."""
    assert _quotes(nlp, kb, text) == []


def test_focusing_adverb_is_no_part_of_the_speaker(nlp, kb):
    text = "Even China, the country's only ally, said it opposed the test."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == "said")
    assert quote.source == "China, the country's only ally,"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor wants to expand the bus network, build new bike lanes and create a "
            "ferry service.",
            "to expand the bus network, build new bike lanes and create a ferry service",
        ),
        (
            "Many countries agreed to share a currency and rely on one another for border "
            "controls.",
            "to share a currency and rely on one another for border controls",
        ),
    ],
)
def test_infinitive_content_keeps_its_coordinated_bare_verbs(nlp, kb, text, content):
    """Bare verbs coordinated with the infinitive belong to what is wanted or agreed, even
    when the parser hangs them on the cue."""
    (quote,) = _quotes(nlp, kb, text)
    assert text[quote.start : quote.end] == content


def test_quotation_resumed_after_a_long_attribution(nlp, kb):
    """However long the speaker's name and the phrases of the cue, a quotation resumed right
    after them continues the content, as long as no other verb comes between."""
    text = (
        '"My reaction was that it was outrageous," the former campaign strategist of the '
        'senator said in an interview with the network on Sunday. "He has refused to apologize."'
    )
    assert _content_of(nlp, kb, text, "said") == text


def test_transcript_label_speaks_the_whole_paragraph(nlp, kb):
    """A speaker's name and a colon opening a line of a transcript label all of it, not only
    its first sentence; the attributions inside it are nested."""
    text = (
        "Partial transcript:\n\n"
        '"HOST: Let us start with the news. Will the senator be there tomorrow?\n\n'
        '"SENATOR: She will not. I think the voters care about other things.'
    )
    quotes = _quotes(nlp, kb, text)
    host = next(q for q in quotes if q.source == "HOST")
    assert host.content == "Let us start with the news. Will the senator be there tomorrow?"
    assert [q.cue for q in nested(quotes)] == ["think"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The city lifted a midnight curfew on Sunday.", "lifted", "a midnight curfew"),
        (
            "The council imposed new sanctions on the regime.",
            "imposed",
            "new sanctions on the regime",
        ),
    ],
)
def test_acts_of_authority_report_the_decision(nlp, kb, text, cue, content):
    """Putting a decision in force or taking it back ("imposed sanctions", "lifted a
    curfew") is an attribution, as approving or vetoing is: the decision is the content."""
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.cue, text[quote.start : quote.end]) == (cue, content)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("People like Scott, he said.", ("he", "said", "People like Scott")),
        (
            "Rules unclear on whether part-time workers are covered, experts say.",
            ("experts", "say", "Rules unclear on whether part-time workers are covered"),
        ),
    ],
)
def test_phrase_without_a_verb_before_a_final_cue(nlp, kb, text, found):
    """A verbless phrase, a comma and "he said": the phrase is what was said, though the
    parser takes it for a second subject."""
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.source, quote.cue, text[quote.start : quote.end]) == found


def test_light_noun_preposition_hung_on_the_verb(nlp, kb):
    """ "took offense at": the parser may hang the noun's preposition on the verb; a noun of
    saying's preposition there is an addressee ("made the case to members") and no content."""
    text = "The senator took offense at suggestions that he had lied."
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue.startswith("took"))
    assert (quote.source, quote.cue, text[quote.start : quote.end]) == (
        "The senator",
        "took offense at",
        "suggestions that he had lied",
    )
    assert _quotes(nlp, kb, "The mayor made the case to members of the council.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("I know all about hardship.", "hardship"),
        ("They learned of the plan on Friday.", "the plan"),
    ],
)
def test_knowing_about_a_thing(nlp, kb, text, content):
    (quote,) = _quotes(nlp, kb, text)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Should the company run into trouble, environmentalists worry that the cost "
            "could fall to taxpayers.",
            "that the cost could fall to taxpayers",
        ),
        (
            "Claiming the criticism is designed to pressure moderators, Trump told Fox that "
            "they hit the host because he was soft.",
            "that they hit the host because he was soft",
        ),
    ],
)
def test_that_clause_after_the_cue_wins_over_a_clause_before(nlp, kb, text, content):
    """When the parser hangs both the clause before a cue and a "that" clause after it on the
    cue, the "that" clause is what is said."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue in ("worry", "told"))
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The revelation set off another round of partisan fireworks on Friday: Republicans "
            "said they were convinced the department had erred.",
            "said",
            "they were convinced the department had erred",
        ),
        (
            "It is an extremely unlikely scenario; the team says she will continue her march "
            "toward Election Day later this week.",
            "says",
            "she will continue her march toward Election Day later this week",
        ),
    ],
)
def test_clause_before_a_colon_is_not_what_a_later_cue_reports(nlp, kb, text, cue, content):
    """A colon or semicolon closes the clause before it: a cue after it reports its own
    clause, though the parser hangs the first one on it."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_clause_final_cue_after_two_coordinated_clauses(nlp, kb):
    """ "A, but B, a source said": the source says both, though the parser joins the cue to
    the first clause and gives it only the second."""
    text = (
        "The van was supposed to be escorted by a police detail, but the guards whisked her "
        "away before the officers could follow, another source said."
    )
    assert _content_of(nlp, kb, text, "said") == text[: text.index(", another")]


def test_according_to_whose_source_swallowed_the_clause(nlp, kb):
    """ "According to X, CLAUSE" with the clause hung on X by the parser (read as an
    apposition): the source stops at the comma and the clause after it is the content."""
    text = (
        "According to conservative talk radio host Rush Limbaugh, the move reeks of fear and "
        "desperation."
    )
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.source, quote.content) == (
        "conservative talk radio host Rush Limbaugh",
        "the move reeks of fear and desperation",
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator is demanding the governor make a pledge not to pardon the officers.",
            "is demanding",
            "the governor make a pledge not to pardon the officers",
        ),
        (
            "She seemed to think the outreach to voters was phony.",
            "seemed to think",
            "the outreach to voters was phony",
        ),
    ],
)
def test_object_read_as_the_subject_of_the_reported_clause(nlp, kb, text, cue, content):
    """The parser may read the subject of a reported clause without "that" as the cue's
    object; it belongs to the content (not after a verb of telling, whose object is the
    addressee)."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert text[quote.start : quote.end] == content


def test_likened_to(nlp, kb):
    """A verb of comparing reports its object and what it is likened to, up to the comma
    that closes the comparison."""
    text = "The host likened the network to the BBC, which receives some government funding."
    (quote,) = _quotes(nlp, kb, text)
    assert (quote.cue, quote.content) == ("likened", "the network to the BBC")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator blasted the agency for being dishonest.", "the agency for being dishonest"),
        ("The union endorsed Hillary Clinton for president.", "Hillary Clinton for president"),
    ],
)
def test_object_content_keeps_its_for_phrase(nlp, kb, text, content):
    """The reason or role a judgement gives its object ("blasted the agency for being
    dishonest") belongs to the content, as an "as" phrase does."""
    (quote,) = _quotes(nlp, kb, text)
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The treasurer, who admitted that the fund was short, said the club would pay.",
            "said",
            "The treasurer",
        ),
        (
            "The senator, who has campaigned for the governor, blasted the plan.",
            "blasted",
            "The senator",
        ),
        (
            "The treasurer, who is 70, said the club would pay.",
            "said",
            "The treasurer, who is 70,",
        ),
    ],
)
def test_a_relative_clause_that_is_an_attribution_of_its_own_leaves_the_source(
    nlp, kb, text, cue, source
):
    """A relative clause set off after the speaker whose verb is itself a cue ("who
    admitted that ...") is an attribution of its own, with "who" as its source: each word
    belongs to one attribution, so the speaker's span stops before it; a relative clause
    that reports nothing stays."""
    quote = next(q for q in _quotes(nlp, kb, text) if q.cue == cue)
    assert quote.source == source


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Senate panel votes to hold bank chief in contempt.",
            [("Senate panel", "votes", "to hold bank chief in contempt")],
        ),
        (
            "Federal court rules against Ohio purge of voter rolls.",
            [("Federal court", "rules against", "Ohio purge of voter rolls")],
        ),
        (
            "Trump questions the fairness of the moderators ahead of debate;",
            [("Trump", "questions", "the fairness of the moderators ahead of debate")],
        ),
        (
            "Trump claims that the election was rigged.",
            [("Trump", "claims", "that the election was rigged")],
        ),
        ("State election rules in dispute.", []),
        ("Parents questions unanswered after school closure.", []),
    ],
)
def test_a_headline_verb_the_parser_read_as_a_plural_noun(nlp, kb, text, found):
    """A headline has no article or auxiliary to tell "votes" the verb from "votes" the
    noun: in a sentence without a verb, a plural noun with the form of a cue verb after the
    opening noun phrase is the cue when what its verb takes follows (an infinitive of
    intent, the verb's preposition, an object)."""
    quotes = _quotes(nlp, kb, text + "\n\nThe story follows.")
    assert [(q.source, q.cue, q.content) for q in quotes] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The mayor closed the bridge. That worries the farmers.", [("the farmers", "That")]),
        (
            "The rise in prices surprised economists.",
            [("economists", "The rise in prices")],
        ),
        ("The case concerns the sale of the land.", []),
    ],
)
def test_a_verb_of_feeling_whose_object_feels_it(nlp, kb, text, found):
    """ "That worries the farmers": a verb of the amuse class puts the one who feels in the
    object (the source) and what is felt in the subject (the content); the object must be
    able to feel ("concerns the sale" is what the case is about)."""
    quotes = _quotes(nlp, kb, text)
    assert [(q.source, q.content) for q in quotes if q.cue in ("worries", "surprised")] == found
    if not found:
        assert quotes == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The senator repeatedly linked the outage to the new billing software"
            " — a charge the company denies.",
            [("The senator", "repeatedly linked", "the outage to the new billing software")],
        ),
        (
            "The report tied the floods to rising seas.",
            [("The report", "tied", "the floods to rising seas")],
        ),
        ("The fans linked arms outside the stadium.", []),
    ],
)
def test_a_verb_of_linking_with_its_to_phrase_claims_a_connection(nlp, kb, text, found):
    """ "linked X to Y", "tied X to Y" claim a connection, as "likened X to Y" claims a
    likeness: the object and its "to" phrase are the content, up to a dash or comma that
    closes it; without the "to" phrase the verb claims nothing ("linked arms")."""
    quotes = _quotes(nlp, kb, text)
    assert [(q.source, q.cue, q.content) for q in quotes] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The senator has faced sharp criticism for skipping the vote.",
            [("", "sharp criticism for", "skipping the vote")],
        ),
        (
            "The coach faced heavy criticism from fans after the loss.",
            [("fans", "faced heavy criticism", "The coach")],
        ),
        ("The mayor is facing this question now.", []),
        ("The candidates took questions from veterans.", []),
    ],
)
def test_criticism_someone_faces_or_draws(nlp, kb, text, found):
    """The one who faces or draws criticism is its target, not its source: with a
    preposition the noun and preposition are the cue and their object the content, else
    the one criticised is; the critics are the object of "from". A question faced without
    "about" is an issue, and questions taken are answered."""
    quotes = _quotes(nlp, kb, text)
    assert [(q.source, q.cue, q.content) for q in quotes] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Despite the minister's repeated emphasis that the budget was balanced, the deficit"
            " grew.",
            ("the minister's", "repeated emphasis", "that the budget was balanced"),
        ),
        (
            "The speech carried a tacit acknowledgment that the plan had failed.",
            ("", "a tacit acknowledgment", "that the plan had failed"),
        ),
        ("His obsession with trade deals is genuine.", ("His", "obsession with", "trade deals")),
        ("The bank's estimate of growth rose.", ("The bank's", "estimate of", "growth")),
        (
            "The mayor's eagerness to cut taxes worried the council.",
            ("The mayor's", "eagerness", "to cut taxes"),
        ),
    ],
)
def test_more_nouns_of_saying_and_attitude(nlp, kb, text, found):
    """Nouns of saying with their "that" clause (acknowledgment, pronouncement, declaration,
    emphasis), of estimating with "of" or "for", of fixation with "with", of readiness with
    an infinitive (eagerness, readiness, reluctance); the adjectives right before a noun of
    saying are in its cue ("repeated emphasis", "a tacit acknowledgment")."""
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)][0] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Auditors have discovered that the fund was empty.",
            ("Auditors", "have discovered", "that the fund was empty"),
        ),
        (
            "No one could have envisioned what happened next.",
            ("No one", "could have envisioned", "what happened next"),
        ),
        (
            "The senator exhorted Republicans to vote their conscience.",
            ("The senator", "exhorted", "Republicans to vote their conscience"),
        ),
    ],
)
def test_verbs_of_discovering_imagining_and_exhorting(nlp, kb, text, found):
    """ "discovered that", "envisioned what" report what is known or imagined, as "learned
    that" does; "exhorted X to" what X is urged to do. A thing discovered is no attribution
    ("Police discovered a device")."""
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [found]
    assert _quotes(nlp, kb, "Police discovered a device near the station.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The players resented being held to a curfew.", "being held to a curfew"),
        ("The treasurer denied being paid by the club.", "being paid by the club"),
    ],
)
def test_a_passive_gerund_is_the_content_as_an_active_one_is(nlp, kb, text, content):
    """ "denied taking the money" reports the gerund; so does "denied being paid", whose
    head the parser tags as a participle with "being" as its auxiliary."""
    (quote,) = _quotes(nlp, kb, text)
    assert quote.content == content


def test_what_as_the_object_of_a_verb_of_thinking(nlp, kb):
    """ "what the campaign hopes", as "what the coach said": the relative "what" stands for
    the content of the hope or belief."""
    quotes = _quotes(nlp, kb, "At least that is what the campaign now hopes.")
    assert [(q.source, q.cue, q.content) for q in quotes] == [("the campaign", "now hopes", "what")]


@pytest.mark.parametrize(
    "text",
    [
        "Assuming that the bridge reopens, traffic will ease.",
        "For starters, and assuming that the plan is legal, we would know the cost.",
    ],
)
def test_assuming_without_a_subject_sets_a_condition(nlp, kb, text):
    """ "assuming that ..." with no subject of its own is a condition, as "if" is, not
    anyone's stance."""
    assert _quotes(nlp, kb, text) == []


def test_an_appeal_joined_to_a_reported_clause_is_the_speakers_second_attribution(nlp, kb):
    """ "tweeted that ... and encouraged residents to use it": a verb of intent with an
    object and its infinitive, an appeal, without a subject of its own, is the speaker's
    second attribution, as a verb of saying there is; the first content stops before it."""
    text = 'The mayor tweeted that the bridge was "safe" and encouraged residents to use it.'
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [
        ("The mayor", "tweeted", "that the bridge was safe"),
        ("The mayor", "encouraged", "residents to use it"),
    ]


def test_a_naming_verb_joined_to_a_reported_clause_is_the_speakers_second_attribution(nlp, kb):
    """ "said he had battled pneumonia and called it a common ailment": a verb of naming
    without a subject of its own names what the speaker calls the thing, a second
    attribution as a verb of saying there is; the first content stops before it."""
    text = "The senator said the bill was flawed and called it a giveaway to the banks."
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [
        ("The senator", "said", "the bill was flawed"),
        ("The senator", "called", "it a giveaway to the banks"),
    ]


def test_a_transcripts_turn_runs_on_over_paragraphs_a_mark_opens(nlp, kb):
    """A speaker's turn in a transcript printed as a quotation goes on over the paragraphs
    that open with a quotation mark, up to the next label or a note in brackets; the last
    turn ends with its line (the article's own words may follow)."""
    text = (
        'Partial transcript as follows:\n\n"HOST: Will the mayor attend the hearing?\n\n'
        '"MAYOR: Well, look, the hearing is on Tuesday.\n\n'
        '"But the truth is that I think the council has done its work.\n\n"(CROSSTALK.)\n\n'
        '"HOST: Thank you, sir.\n\n"MAYOR: Thank you.\n\n"Follow our reporter on Twitter.'
    )
    turns = [text[q.start : q.end] for q in _quotes(nlp, kb, text) if q.source == "MAYOR"]
    assert turns == [
        "Well, look, the hearing is on Tuesday.\n\n"
        '"But the truth is that I think the council has done its work.',
        "Thank you.",
    ]
    assert "think" in [q.cue for q in nested(_quotes(nlp, kb, text))]  # inside the turn


def test_a_transcript_label_the_parser_split_from_its_line(nlp, kb):
    """'"GOVERNOR: Well, look, ...': the parser may end a sentence at the label's colon;
    the line is the speaker's turn all the same."""
    text = (
        'Partial transcript as follows:\n\n"HOST: But, Governor, I have to ask you, because'
        " as “The Wall Street Journal” wrote, it shows people worry about the deficit. So why"
        ' would you bring it up?\n\n"GOVERNOR: Well, look, we have a plan.'
    )
    turns = {q.source: text[q.start : q.end] for q in _quotes(nlp, kb, text) if q.cue == ":"}
    assert turns["GOVERNOR"] == "Well, look, we have a plan."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The mayor isn't saying much about the budget.",
            ("The mayor", "isn't saying much about", "the budget"),
        ),
        (
            "The mayor said about 20 people were hurt.",
            ("The mayor", "said", "about 20 people were hurt"),
        ),
    ],
)
def test_saying_about_a_topic(nlp, kb, text, found):
    """ "isn't saying much about the budget": the object of "about" is what is (not) said,
    as with "talk about"; "about" before a number is no topic."""
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [found]


def test_the_preposition_of_the_content_joins_the_cue(nlp, kb):
    """The preposition that introduces the content is in the cue also with a modifier
    before it ("know all about") or when the parser left it without an object and hung
    the clause on the verb ("called for compensation to be clawed back", built by hand as
    the parser read it)."""
    from spacy.tokens import Doc

    from wirecode.quotes.cue_spans import cue_span

    assert [q.cue for q in _quotes(nlp, kb, "Voters know all about rising prices.")] == [
        "know all about"
    ]
    doc = Doc(
        nlp.vocab,
        words=["She", "called", "for", "compensation", "to", "be", "clawed", "back", "."],
        heads=[1, 1, 1, 6, 6, 6, 1, 6, 1],
        deps=["nsubj", "ROOT", "prep", "nsubjpass", "aux", "auxpass", "ccomp", "advmod", "punct"],
        pos=["PRON", "VERB", "ADP", "NOUN", "PART", "AUX", "VERB", "ADV", "PUNCT"],
        lemmas=["she", "call", "for", "compensation", "to", "be", "claw", "back", "."],
    )
    assert [t.text for t in cue_span(doc[1], doc[0], [])] == ["called", "for"]


def test_a_light_verb_takes_in_a_noun_of_saying_with_its_adjectives(nlp, kb):
    """ "expressed his oft-repeated views that ...": one attribution, the light verb's; the
    noun's own quote, whose cue now holds its adjectives, is left out as before."""
    text = "He further expressed his oft-repeated views that the deal was unfair."
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == [
        ("He", "further expressed his oft-repeated views", "that the deal was unfair")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Her plan to raise taxes was popular.", [("Her", "plan", "to raise taxes")]),
        ("Russia's aggressive attempt to sway the vote failed.", []),
        ("The rebels' bid to take the capital failed.", []),
    ],
)
def test_an_attempt_is_an_act_not_an_intention(nlp, kb, text, found):
    """A noun of intention reports a state of mind ("her plan to raise taxes"); an attempt
    or a bid is the act of trying, which the writer reports, not an attribution ("his
    latest effort to explain" stays one, as its test has it)."""
    assert [(q.source, q.cue, q.content) for q in _quotes(nlp, kb, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Local Farmers Rip Governor As A ‘Total Failure.’",
            [("Local Farmers", "Rip", "Governor As A ‘Total Failure.’")],
        ),
        (
            "Veteran Lawmakers Blast Joe Biden Over Border Plan",
            [("Veteran Lawmakers", "Blast", "Joe Biden Over Border Plan")],
        ),
        (
            "One Poll Sums Up The Mood Of Rural Voters",
            [("One Poll", "Sums Up", "The Mood Of Rural Voters")],
        ),
        ("Washington Post Report Exploits Farmer", []),
        ("Coal Plant Rules Face Key Test In Court", []),
        ("Home Business China Europe Politics Tech United States Video", []),  # a site's menu
    ],
)
def test_a_title_case_headline_verb_read_as_a_name(nlp, kb, text, found):
    """In a line of capitalised words the tagger reads the verb as part of a name ("Rip"
    as a proper noun): a word with the form of a cue verb is the cue when the line has no
    verb of its own and the word agrees with the one before it (a bare form after a plural:
    not "Washington Post"); the words before it, a few at most (not a row of a site's menu),
    are the source, the rest of the line the content."""
    quotes = _quotes(nlp, kb, text + "\n\nThe story follows.")
    assert [(q.source, q.cue, q.content) for q in quotes] == found


def test_a_title_case_headline_content_runs_to_the_end_of_the_line(nlp, kb):
    """A headline says what it says in one line: the content of its main verb is the rest
    of the line, not the verb's object alone."""
    text = "Mayor Seeks More Money As She Marks Holiday\n\nThe story follows."
    (quote,) = _quotes(nlp, kb, text)
    assert quote.content == "More Money As She Marks Holiday"
    (quote,) = _quotes(nlp, kb, "The mayor seeks more money as she marks the holiday.")
    assert quote.content == "more money"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Maria Lopez, president of the National Farmers Union, which represents small "
            "growers, said the drought was the worst in decades.",
            "Maria Lopez, president of the National Farmers Union,",
        ),
        (
            "Tom Hale, a spokesman for the Ohio Coal Association, which is made up of mine "
            "owners, said the rules would cost jobs.",
            "Tom Hale, a spokesman for the Ohio Coal Association,",
        ),
        (
            "Tom Hale, a spokesman for the association, who has worked there for years, said "
            "the rules would cost jobs.",
            "Tom Hale, a spokesman for the association, who has worked there for years,",
        ),
    ],
)
def test_a_relative_clause_on_a_noun_inside_the_speakers_title_is_no_part_of_it(
    nlp, kb, text, source
):
    """ "president of the Union, which represents growers": a "which" clause set off after a
    noun inside the speaker's title describes that noun, not the speaker, and the source
    ends at the comma before it; a "who" clause after the title describes the speaker and
    stays."""
    (quote,) = _quotes(nlp, kb, text)
    assert quote.source == source


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("If the mayor were a farmer, would you still vote for him?", []),
        ("Do you think the plan will work?", []),
        (
            '"Do you think the plan will work?" the mayor asked.',
            [("you", "think"), ("the mayor", "asked")],
        ),
        ("You said the plan would work.", [("You", "said")]),
    ],
)
def test_a_question_put_to_the_reader_is_no_attribution(nlp, kb, text, found):
    """ "Would you still vote for him?": a question of the writer's to the reader, "you" the
    cue's own subject and the sentence ending in a question mark outside any quotation,
    reports no one's words; a quoted question and a statement about "you" still do."""
    assert [(q.source, q.cue) for q in _quotes(nlp, kb, text)] == found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The senator forced the bank chief to admit that no executives were fired.",
            "the bank chief",
        ),
        ("The scandal has led the mayor to concede that mistakes were made.", "the mayor"),
        ("She took the stage to say that the plan would fail.", "She"),
    ],
)
def test_the_object_of_an_object_control_verb_speaks_its_infinitive(nlp, kb, text, source):
    """ "forced the bank chief to admit": a verb of causing or urging ("force", "lead",
    "persuade", "urge") makes its object the doer of its infinitive, so the object is the
    speaker; another verb's object is not ("took the stage to say": she says it)."""
    (quote,) = [q for q in _quotes(nlp, kb, text) if q.cue.startswith("to ")]
    assert quote.source == source


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Governor Speaks ‘Bluntly To Voters’ After Storm",
            [("Governor", "Speaks", "‘Bluntly To Voters’ After Storm")],
        ),
        (
            "Mayor Sees ‘Real Danger’ if Bridge Closes",
            [("Mayor", "Sees", "‘Real Danger’ if Bridge Closes")],
        ),
        ("Senator Speaks Out After Vote", []),
    ],
)
def test_a_title_case_headline_verb_whose_frame_finds_nothing(nlp, kb, text, found):
    """A title's verb that the parser did read as the line's verb but whose frame finds no
    content ("Speaks" without "about", "Sees" without "as") takes the rest of the line when
    an object or a quotation follows it; with neither ("Speaks Out After Vote") it says
    nothing."""
    quotes = _quotes(nlp, kb, text + "\n\nThe story follows.")
    assert [(q.source, q.cue, q.content) for q in quotes] == found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "She then urges her husband to come out of the car and repeatedly says, "
            '"Don\'t do it."',
            "then urges",
            "her husband to come out of the car",
        ),
        (
            "The president stressed that the reforms were not complete, and human rights "
            "groups warned that the administration was giving up leverage.",
            "stressed",
            "that the reforms were not complete",
        ),
    ],
)
def test_a_content_does_not_end_on_a_conjunction(nlp, kb, text, cue, content):
    """A conjunction the parser leaves at the close of a content ("... out of the car and",
    "... not complete, and") joins what follows, which is not what is reported: the content
    stops before it and the comma in front of it."""
    (quote,) = [q for q in _quotes(nlp, kb, text) if q.cue == cue]
    assert quote.content == content
    assert text[quote.start : quote.end] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The government offers loans to parents.", "loans to parents"),
        ("She did appoint several women to key posts.", "several women to key posts"),
        (
            "The court blocked the company from abandoning its plants in bankruptcy.",
            "the company from abandoning its plants in bankruptcy",
        ),
        (
            "Polls show the senator with a lead in the low single digits.",
            "the senator with a lead in the low single digits",
        ),
        ("The host confronted him with insulting remarks he had made about women.", "him"),
        (
            "The senator praised the chairman of the panel, Tom Reed of Ohio, but with a "
            "distinct edge.",
            "the chairman of the panel, Tom Reed of Ohio",
        ),
    ],
)
def test_an_object_content_takes_the_verbs_argument_after_it(nlp, kb, text, content):
    """The object of a verb whose object is the content comes with the phrase that
    completes what the verb does with it: where it goes or whom it reaches ("loans to
    parents"), what it is kept from ("the company from abandoning ..."), what it is shown
    with ("the senator with a lead"); not a phrase holding a cue of its own ("with
    insulting remarks") nor one after a conjunction ("but with a distinct edge")."""
    (quote,) = _quotes(nlp, kb, text)
    assert quote.content == content


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It looks like the deal is dead.", [("", "looks like", "the deal is dead")]),
        (
            "The plan seems like a gift to the rich.",
            [("", "seems", "The plan seems like a gift to the rich")],
        ),
        ("The black heap looked like a giant whale.", []),
    ],
)
def test_a_verb_of_seeming_with_like(nlp, kb, text, found):
    """ "Seems like a gift" judges as "seems generous" does, so the whole clause is the
    content; a clause "like" opens ("it looks like the deal is dead") is the content as a
    "that" clause is, "like" in the cue; what something looks like is a sight, no
    judgement."""
    quotes = _quotes(nlp, kb, text)
    assert [(q.source, q.cue, q.content) for q in quotes] == found


def test_a_bare_verb_tagged_present_joins_the_infinitive_content(nlp, kb):
    """ "declined to punish the agency or even formally declare it at fault": the tagger reads
    the second bare verb as a present tense ("VBP") and the parser hangs it on the cue, but
    without a subject of its own it is the infinitive's second verb, part of what was
    declined, as a bare verb tagged "VB" already is."""
    text = (
        "Last week, the governor declined to punish the agency or even formally declare it at "
        "fault."
    )
    (quote,) = [q for q in _quotes(nlp, kb, text) if q.cue == "declined"]
    assert quote.content == "to punish the agency or even formally declare it at fault"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Smith’s “Harvest” documents how farm families lost their land.",
            ("Smith’s “Harvest”", "documents", "how farm families lost their land"),
        ),
        (
            "New report questions why the agency ignored the warnings.",
            ("New report", "questions", "why the agency ignored the warnings"),
        ),
    ],
)
def test_a_verb_read_as_a_noun_with_a_wh_clause(nlp, kb, text, found):
    """A verb read as a plural noun takes a clause opened by "how", "why" or "what" as it
    takes a "that" clause ("documents how ...", "questions why ..."), and the quotation marks
    around a title are part of the source before it ("Smith's “Harvest”")."""
    quotes = _quotes(nlp, kb, text)
    assert found in [(q.source, q.cue, q.content) for q in quotes]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The governor declined to sign the bill.", ["declined"]),
        ("The mayor went on to explain that the budget was short.", ["went on to explain"]),
    ],
)
def test_a_cue_running_into_an_intents_content_is_nested(nlp, kb, text, kept):
    """ "declined to sign" beside "declined" · "to sign the bill" reads the same attribution
    again, its cue running into the first one's content: univocal annotations keep the
    verb of intent alone; a verb that is no cue itself ("went on to explain") keeps the
    longer cue."""
    quotes = _quotes(nlp, kb, text)
    assert [q.cue for q in quotes if q not in nested(quotes)] == kept
