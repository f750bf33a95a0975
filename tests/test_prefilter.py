"""The fast contact mode (`run --prefilter`): which lines are parsed, that the joined `Doc`
keeps every offset, that it codes the contacts a full parse codes and nothing else, and that
it loses no contact of the devset."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecode import prefilter
from wirecode.ingest.documents import document_id
from wirecode.pipeline import Coder
from wirecode.records import DateValue, Document

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"

FILLER = [
    "Heavy rain fell across the region for most of the week.",
    "Farmers said the harvest would be late this year.",
    "Prices of grain rose on the markets in the capital.",
    "The weather service expects a dry spell in the autumn.",
    "Schools reopened after the summer holidays.",
]


@pytest.fixture(scope="module")
def fast(coder):
    return Coder(nlp=coder.nlp, kb=coder.kb, prefilter=True)


def _document(text: str, day: str = "2023-04-27") -> Document:
    import datetime as dt

    published = dt.date.fromisoformat(day)
    return Document(
        id=document_id(text),
        text=text,
        published=DateValue.day(published, text=day, basis="metadata"),
        published_basis="metadata",
    )


def _article(*middle: str) -> str:
    return "\n\n".join([*FILLER, *middle, *FILLER]) + "\n"


def _key(mention) -> tuple:
    return (
        mention.event,
        mention.mode,
        mention.status,
        mention.trigger,
        mention.trigger_start,
        str(mention.date),
        tuple(a.id for a in mention.actors),
        tuple(a.id for a in mention.recipients),
    )


def test_lines_are_cut_where_a_sentence_always_starts_and_cover_the_text():
    text = "Headline Here\nXi spoke to Putin\nby phone.\n\nSecond paragraph."
    spans = prefilter.split_lines(text)
    assert "".join(text[a:b] for a, b in spans) == text
    assert [text[a:b].strip() for a, b in spans] == [
        "Headline Here",
        "Xi spoke to Putin\nby phone.",  # a lower-case continuation stays on its line
        "Second paragraph.",
    ]


def test_a_trigger_line_is_parsed_with_one_line_before_and_one_after():
    lines = ["Alpha one.", "Beta two.", "Gamma three.", "Macron met Xi in Paris.", "Delta.", "E."]
    text = "\n\n".join(lines)
    keep = prefilter.relevant_lines(text, prefilter.split_lines(text))
    assert keep == [False, False, True, True, True, False]


@pytest.mark.parametrize("word", ["They", "he", "his", "Her", "them", "its", "such", "president"])
def test_a_trigger_line_that_refers_back_is_parsed_with_two_lines_before(word):
    """The antecedent of a pronoun or of "the president" may lie two lines back: "Macron
    landed in Beijing. ... He met Xi on Thursday." """
    lines = ["Alpha one.", "Beta two.", "Gamma three.", f"X: {word} met in Paris.", "Delta."]
    text = "\n\n".join(lines)
    keep = prefilter.relevant_lines(text, prefilter.split_lines(text))
    assert keep == [False, True, True, True, True]


def test_a_line_is_relevant_when_the_tokenizer_would_find_a_trigger_in_it(coder):
    """Words are runs of letters: a trigger glued to punctuation, a hyphen or a digit is
    found, as the tokenizer splits it off; a word that only contains a trigger is not."""
    lines = [
        "Peace-talks resumed.",
        '"Meetings," he said.',
        "(TALKS)",
        "round2 of talks",
        "A meetinghouse burned.",
        "Callers were angry.",
    ]
    text = "\n\n".join(lines)
    spans = prefilter.split_lines(text)
    lines_alone = [prefilter.relevant_lines(text[a:b], [(0, b - a)])[0] for a, b in spans]
    assert lines_alone == [True, True, True, True, False, False]
    forms = prefilter.trigger_forms()
    for (a, b), relevant in zip(spans, lines_alone, strict=True):
        tokens = {t.lower_ for t in coder.nlp.tokenizer(text[a:b])}
        assert relevant == bool(tokens & forms)  # the same answer as the tokenizer's


def test_going_or_seeing_makes_a_line_relevant_only_before_a_name():
    """ "went", "saw" are contacts only with a named goal or person: a line holding them is
    parsed when a capitalised word or an object pronoun follows within four words."""
    lines = [
        "Barak went to see Mubarak.",
        "He saw them at the palace.",
        "Prices are going to rise.",
        "We will see what happens next.",
        "She went to the Egyptian capital.",
    ]
    keep = [prefilter.relevant_lines(line, [(0, len(line))])[0] for line in lines]
    assert keep == [True, True, False, False, True]
    forms, conditional = prefilter.line_forms()
    assert {"went", "saw", "going"} <= conditional.keys() and not forms & conditional.keys()
    assert {"met", "talks", "visited"} <= forms  # never conditional


def _relevant(lines: list[str]) -> list[bool]:
    return [prefilter.relevant_lines(line, [(0, len(line))])[0] for line in lines]


def test_the_line_that_first_names_someone_in_full_is_parsed_with_the_contact():
    """ "Mr Zureikat" is linked to the person the model found only if the parse saw his
    full name: the line that first writes it is parsed though it is far from the contact;
    a line that only repeats a name, or names nobody of the contact's line, is not."""
    lines = [
        "Fawaz Zureikat, a businessman, ran the company in Amman.",
        *FILLER,
        "Mr Zureikat was questioned again on Monday.",
        "Prices of grain rose on the markets in the capital.",
        "Mr Galloway met Mr Zureikat in Baghdad.",
    ]
    text = "\n\n".join(lines)
    keep = prefilter.relevant_lines(text, prefilter.split_lines(text))
    assert keep == [True, False, False, False, False, False, False, True, True]


def test_a_full_name_with_a_particle_before_the_surname_is_found_as_well():
    """ "Mr Arabi" is the "Nabil el-Arabi" named far before (a lower-case particle joined by
    a hyphen or a space: "al-Assad", "bin Laden", "de Gaulle"); a lower-case word that is
    no particle joins no name ("Prime Minister and Putin")."""
    lines = [
        "Secretary General Nabil el-Arabi said the mission would stop.",
        "Charles de Gaulle ran the country for a decade.",
        "Crowds cheered the Prime Minister and Putin in the square.",
        *FILLER,
        "Mr Arabi met Mr Gaulle and Mr Putin in Cairo.",
    ]
    text = "\n\n".join(lines)
    keep = prefilter.relevant_lines(text, prefilter.split_lines(text))
    assert keep[:3] == [True, True, False]


def test_contacts_of_a_surname_named_in_full_with_a_particle_equal_a_full_parse(coder, fast):
    text = _article(
        "Secretary General Tarek el-Mansouri said the mission would stop.",  # no one known
        *FILLER,
        "Mr Mansouri will travel to New York on Monday. He has held talks with Chinese officials.",
    )
    document = _document(text)
    full = [m for m in coder.code(document) if m.event == "CONSULT"]
    assert "person:tarek-el-mansouri" in {a.id for m in full for a in (*m.actors, *m.recipients)}
    assert sorted(map(_key, fast.code(document))) == sorted(map(_key, full))


def test_the_line_that_names_the_speaker_of_a_quoted_i_is_parsed_with_it():
    """ "I" in a quotation is the last speaker named, however far back: the nearest line
    before a parsed "I", "me" or "my" with a reporting verb ("said") and a capitalised word
    after its first is parsed; a line that says nothing, or only "Another man said", does
    not end the search."""
    lines = [
        '"We lived in peace," Iman Abu Futuh, a demonstrator, said on television.',
        *FILLER,
        'Another man said, "I cried when he spoke.',
        'I grew up seeing him as my leader."',
    ]
    text = "\n\n".join(lines)
    keep = prefilter.relevant_lines(text, prefilter.split_lines(text))
    assert keep[0] and not any(keep[1 : len(FILLER) - 1])
    lines[-2:] = ['Another man said, "We cried when he spoke.', 'We saw him as our leader."']
    text = "\n\n".join(lines)  # no first person singular
    assert not prefilter.relevant_lines(text, prefilter.split_lines(text))[0]


def test_contacts_of_a_quoted_i_equal_a_full_parse(coder, fast):
    """A quotation runs over lines (a line break before a capital starts a line): its "I" is
    the last named speaker's, four lines back."""
    lines = [
        '"We lived in peace for years," Ahmed Hassan, a teacher from Giza, told reporters.',
        *FILLER[:4],
        'Another man said: "I met Hosni Mubarak in Cairo in 2009.',
        'He was our father."',
    ]
    document = _document("\n".join(lines) + "\n")
    full = [m for m in coder.code(document) if m.event == "CONSULT"]
    assert "person:ahmed-hassan" in {a.id for m in full for a in m.actors}
    assert sorted(map(_key, fast.code(document))) == sorted(map(_key, full))


def test_a_verb_that_needs_its_particle_makes_a_line_relevant_only_with_it():
    """contacts.yaml codes "stop", "sit" and "bring" only with their particle ("stopped over
    in", "sat down with", "brought ... together"): without it the line is not parsed."""
    assert _relevant(
        [
            "Blair stopped over in Ireland on his way home.",
            "Arafat sat down with Barak at Camp David.",
            "Clinton brought the Israeli and Palestinian leaders together.",
            "The convoy stopped at the border.",
            "The war brought misery to millions.",
            "Investors sat on their cash.",
        ]
    ) == [True, True, True, False, False, False]


def test_a_verb_that_needs_its_object_makes_a_line_relevant_only_with_it():
    """ "shake" is a contact only as "shook hands": the line of an earthquake that shook a
    region is not parsed."""
    assert _relevant(
        [
            "Zelensky and Modi shook hands in Hiroshima.",
            "Putin shook Erdogan's hand warmly.",
            "The earthquake shook the region.",
        ]
    ) == [True, True, False]


def test_a_verb_that_needs_someone_as_object_makes_a_line_relevant_only_near_someone():
    """ "received", "hosted", "called" are contacts only with someone as object: a name, a
    pronoun or a noun of a person after them, or a passive ("was received")."""
    assert _relevant(
        [
            "Putin received Lula at the Kremlin.",
            "Mubarak hosted his counterpart for lunch.",
            "Obama called him after the vote.",
            "He was warmly received at the palace.",
            "The ministry received a letter of protest.",
            "The so-called reforms have stalled.",
            "The city hosted a festival of music.",
        ]
    ) == [True, True, True, True, False, False, False]


def test_a_noun_that_is_a_contact_only_after_its_verb_needs_the_verb_before_it():
    """plover.yaml codes "a conference" as a contact only after "gathered for": a line
    with a news conference alone is not parsed. The verb may be anywhere before it, as the
    parse links a verb to its preposition's object however far ("gathered at the hotel in
    the old city for a news conference")."""
    assert _relevant(
        [
            "Officials gathered for a conference in Cairo.",
            "He told a news conference in Cairo on Monday.",
            "Reporters had been gathered at the hotel in the old city for a news conference.",
        ]
    ) == [True, False, True]


def test_a_noun_that_is_a_contact_only_with_a_modifier_needs_it_before():
    """contacts.yaml codes "conference" alone as a contact by video or telephone, and
    "diplomacy" as shuttle diplomacy: other conferences and diplomacy are not parsed for
    them."""
    assert _relevant(
        [
            "Putin held a video conference with Xi.",
            "Blair and Chirac took part in a telephone conference.",
            "Albright began a round of shuttle diplomacy.",
            "Quiet diplomacy has failed, officials said.",
            "The peace conference opened in Madrid.",
        ]
    ) == [True, True, True, False, False]


def test_a_verb_of_travel_or_a_noun_that_needs_a_partner_needs_its_preposition():
    """ "flew", "landed" are visits only with a preposition of arrival ("flew to Cairo");
    "views", "dinner" contacts only with their partner's ("exchanged views with Assad")."""
    assert _relevant(
        [
            "The prime minister flew to Cairo.",
            "Time flies when the markets are calm.",
            "The two leaders exchanged views with each other.",
            "Analysts said his views had hardened.",
        ]
    ) == [True, False, True, False]


def test_word_forms_of_triggers_include_irregular_and_inflected_ones():
    forms = prefilter.trigger_forms()
    assert {"met", "meeting", "talks", "spoke", "visited", "called", "sat"} <= forms
    # words plover.yaml codes as CONSULT are contacts too
    assert {"negotiate", "negotiated", "negotiations", "consultations"} <= forms
    assert "harvest" not in forms
    # "+d" is no ending of its own ("arrived" is "arriv" + "ed"): "God" is no form of "go"
    assert not {"god", "calld", "visitd"} & forms
    assert _relevant(["God bless Egypt, the protesters chanted."]) == [False]


def test_an_invitation_to_a_place_makes_its_line_relevant():
    """ "invited Xi to Ukraine" asks for a visit with no contact word of its own."""
    assert _relevant(["Zelensky said he had invited Xi to Ukraine.", "Prices rose."]) == [
        True,
        False,
    ]


def test_the_joined_doc_keeps_the_text_and_parses_only_near_triggers(coder):
    text = _article("Xi Jinping spoke with Vladimir Putin by phone on Wednesday.")
    doc = prefilter.parse_near_contacts(coder.nlp, [text])[0]
    assert doc.text == text
    assert len(list(doc.sents)) >= len(FILLER) * 2
    far = doc.char_span(0, len(FILLER[0]))  # the first line: far from the trigger
    near = doc[[t.i for t in doc if t.text == "spoke"][0]]
    assert not any(t.pos_ or t.lemma_ for t in far)  # tokens only, cut into sentences
    assert [s.text.strip() for s in doc.sents][: len(FILLER)] == FILLER
    assert near.dep_ == "ROOT" and near.pos_ == "VERB"
    assert "Vladimir Putin" in [e.text for e in doc.ents]  # named entities near it


def test_a_text_without_any_trigger_is_never_parsed(coder):
    text = "\n\n".join(FILLER)
    doc = prefilter.parse_near_contacts(coder.nlp, [text])[0]
    assert doc.text == text and not any(t.pos_ for t in doc)


def test_contacts_equal_those_of_a_full_parse_and_other_types_are_left_out(coder, fast):
    text = _article(
        "Chinese President Xi Jinping spoke with Russian President Vladimir Putin by phone "
        "on Wednesday.",
        "Putin accused NATO of provoking the war.",
        "Ukraine's President Volodymyr Zelensky said he had asked for talks with Xi.",
    )
    document = _document(text)
    full = coder.code(document)
    quick = fast.code(document)
    assert any(m.event == "ACCUSE" for m in full)  # the full coder codes every PLOVER type
    assert {m.event for m in quick} <= {"CONSULT", "REQUEST"}
    contacts_of_full = fast.code_doc(coder.nlp(text), document)  # contacts of a full parse
    assert sorted(map(_key, quick)) == sorted(map(_key, contacts_of_full))
    assert {m.event for m in quick} == {"CONSULT", "REQUEST"}


def test_negotiations_coded_by_the_plover_rules_are_contacts_of_the_fast_mode(coder, fast):
    text = _article("Ambassadors of the two countries began intense negotiations on Wednesday.")
    document = _document(text)
    full = [m for m in coder.code(document) if m.event == "CONSULT"]
    assert [m.trigger for m in full] == ["negotiations"]
    assert sorted(map(_key, fast.code(document))) == sorted(map(_key, full))


def test_a_consult_verb_told_again_is_a_contact_of_the_fast_mode_too(coder, fast):
    """The PLOVER coder reads "renegotiating" as "negotiating" again: the line holding it is
    parsed, and its sentence is one the PLOVER coder reads."""
    line = "Germany is renegotiating the trade agreement with China."
    assert _relevant([line]) == [True]
    assert {"renegotiate", "renegotiated"} <= prefilter.trigger_forms()
    document = _document(_article(line))
    full = [m for m in coder.code(document) if m.event == "CONSULT"]
    assert [m.trigger for m in full] == ["renegotiating"]
    assert sorted(map(_key, fast.code(document))) == sorted(map(_key, full))


def test_a_refusal_to_meet_is_no_contact_in_the_fast_mode_either(fast):
    text = _article("Russian President Vladimir Putin refused to meet Volodymyr Zelensky.")
    assert fast.code(_document(text)) == []


def test_the_fast_mode_has_its_own_coder_version(coder, fast):
    """Documents coded with --prefilter are outdated for a full run (`run --recode`)."""
    assert fast.version == coder.version + ".contacts"


@pytest.mark.skipif(not (DEVSET / "gold_events.jsonl").is_file(), reason="no ../shared/devset")
def test_the_fast_mode_loses_no_contact_of_the_devset(coder, fast):
    from wirecode.eval.run import run_devset

    full = run_devset(DEVSET, coder=coder).metrics()
    quick = run_devset(DEVSET, coder=fast).metrics()
    assert quick["recall"] == full["recall"]
    assert quick["precision"] >= full["precision"] - 0.02
    assert quick["date_accuracy"] == full["date_accuracy"]


def test_texts_parsed_together_are_those_parsed_alone(coder):
    texts = [
        _article("Xi Jinping spoke with Vladimir Putin by phone on Wednesday."),
        "\n\n".join(FILLER),
        "Zelensky met Macron in Paris.",
    ]

    def parse(doc):
        return [(t.idx, t.pos_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]

    together = prefilter.parse_near_contacts(coder.nlp, texts)
    alone = [prefilter.parse_near_contacts(coder.nlp, [text])[0] for text in texts]
    assert [d.text for d in together] == texts
    assert [parse(d) for d in together] == [parse(d) for d in alone]


def test_the_parts_are_joined_as_doc_from_docs_joins_them(coder):
    """`prefilter._joined` reads the words from the token columns instead of a `Token` per
    token: the same tokens, annotations, sentences and entities as `Doc.from_docs`, and the
    text, which the joined `Doc` then need not join again."""
    from spacy.tokens import Doc

    from wirecode.nlp.views import text_of

    text = _article("Xi Jinping spoke with Vladimir Putin by phone on Wednesday.")
    parts = [
        coder.nlp(text[a:b]) if parse else prefilter._unparsed(coder.nlp, text[a:b])
        for parse, a, b in prefilter._runs(coder.nlp, text)
    ]
    assert len(parts) == 3
    joined, joined_text = prefilter._joined(parts)
    expected = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
    attrs = [*Doc._get_array_attrs()]
    assert joined.to_array(attrs).tolist() == expected.to_array(attrs).tolist()
    assert [s.start for s in joined.sents] == [s.start for s in expected.sents]
    assert [(e.start, e.end, e.label_) for e in joined.ents] == [
        (e.start, e.end, e.label_) for e in expected.ents
    ]
    assert joined_text == joined.text == text
    doc = prefilter.parse_near_contacts(coder.nlp, [text])[0]
    assert text_of(doc) is text  # recorded, not joined from the tokens


def test_time_expressions_are_read_only_where_the_text_was_parsed(coder):
    from wirecode.events.dating import _anchored
    from wirecode.nlp.views import parsed_stretches

    plain = ["Rain fell.", "Farmers waited.", "Prices rose.", "Schools reopened."]
    lines = ["Markets closed early on Monday.", *plain]
    lines += ["Xi Jinping spoke with Vladimir Putin by phone on Wednesday.", *plain]
    text = "\n\n".join(lines)
    doc = prefilter.parse_near_contacts(coder.nlp, [text])[0]
    stretches = parsed_stretches(doc)
    assert stretches and all(0 < a < b <= len(text) for a, b in stretches)
    assert [a.timex.text for a in _anchored(doc)] == ["Wednesday"]  # not the far "Monday"
    assert [a.timex.text for a in _anchored(coder.nlp(text))] == ["Monday", "Wednesday"]


def test_frames_and_quotes_are_read_only_where_a_contact_can_be(coder, fast):
    """The PLOVER coder reads the sentences with a contact word (a frame governs its contact
    within its sentence); quotes are looked for in a contact's sentence and the `REACH`
    after it, the only ones whose quotes can be the contact's."""
    from types import SimpleNamespace

    from wirecode.actors.mentions import find_actor_mentions
    from wirecode.events.plover import plover_mentions
    from wirecode.events.quoting import REACH
    from wirecode.quotes import find_quotes

    text = _article(
        "Putin accused NATO of provoking the war. "
        "Xi Jinping spoke with Vladimir Putin by phone on Wednesday. "
        '"We agreed to deepen our ties," Putin said.'
    )
    document = _document(text)
    doc = prefilter.parse_near_contacts(coder.nlp, [text])[0]
    starts = {s.text.split()[0].strip('"'): i for i, s in enumerate(doc.sents)}
    call, said = starts["Xi"], starts["We"]
    assert prefilter.contact_sentences(doc, []) == {call}
    assert prefilter.contact_sentences(doc, [SimpleNamespace(sentence_index=2)]) == {2, call}
    assert prefilter.quoted_sentences([SimpleNamespace(sentence_index=call)]) == set(
        range(call, call + REACH + 1)
    )
    people = find_actor_mentions(doc, coder.kb, on=document.published.end)
    everywhere = plover_mentions(doc, document, people)
    assert "ACCUSE" in {m.event for m in everywhere}
    near = plover_mentions(doc, document, people, sentences={call})
    assert "ACCUSE" not in {m.event for m in near}
    assert said in {q.sentence_index for q in find_quotes(doc, people)}
    assert {q.sentence_index for q in find_quotes(doc, people, sentences={call})} <= {call}
    # what is left out changes nothing the fast mode keeps: the call has its quote
    (contact,) = fast.code(document)
    assert "We agreed to deepen our ties" in [q["content"] for q in contact.quotes]
    full = [m for m in coder.code(document) if m.event == "CONSULT"]
    assert [m.quotes for m in full] == [contact.quotes]


def test_no_work_is_done_for_mentions_that_cannot_be(coder, fast, monkeypatch):
    """What nothing can use is not computed: with no line parsed no word has the part of
    speech of a trigger, so the fast mode reads no actors; with no mention, no quotes or
    places are looked for (in either mode)."""
    import wirecode.pipeline

    def never(*args, **kwargs):
        raise AssertionError("not needed")

    unparsed = _document("\n\n".join(FILLER))
    no_contact = _document(_article("Farmers met to discuss the harvest."))
    for step in ("find_quotes", "locate_mentions"):
        monkeypatch.setattr(wirecode.pipeline, step, never)
    assert coder.code(unparsed) == []
    assert fast.code(no_contact) == []
    monkeypatch.setattr(wirecode.pipeline, "find_actor_mentions", never)
    assert fast.code(unparsed) == []


def test_an_empty_text_is_one_empty_doc(coder):
    (doc,) = prefilter.parse_near_contacts(coder.nlp, [""])
    assert doc.text == "" and len(doc) == 0
