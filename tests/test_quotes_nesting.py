"""Nested attributions: which quotes a univocal annotation such as PolNeAR's leaves out."""

from __future__ import annotations

import pytest

from wirecode.quotes import Quote, find_quotes, nested


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


def _quote(text: str, cue: str, content: str, *, quoted: bool = False) -> Quote:
    """A quote whose cue and content are the first occurrences of their words in `text`."""
    cue_start = text.index(cue)
    start = text.index(content)
    return Quote(
        kind="indirect",
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_start + len(cue),
        start=start,
        end=start + len(content),
        content=content,
        quoted=quoted,
    )


def test_a_cue_inside_a_quotation_is_the_inner_one_of_two_each_inside_the_other():
    """The parser reads the "he said" inside the quotation as saying the clause before it,
    over "recalled": each cue lies inside the other's content, and the writer's attribution
    is the outer one."""
    text = (
        'Douglas Brinkley, a historian, recalled, "Out of nowhere, he said, '
        "'If we don't act, all bets are off.'\""
    )
    recalled = _quote(text, "recalled", text[text.index('"') :])
    said = _quote(text, "said", 'Douglas Brinkley, a historian, recalled, "Out', quoted=True)
    assert nested([recalled, said]) == [said]


def test_a_content_holding_the_others_whole_is_the_outer_one():
    text = (
        "The top 1 percent would see their incomes go up by 19.9 percent, according to "
        "the Tax Foundation, more than twice what it projected."
    )
    end = text.index(".", 100)
    according = _quote(text, "according to", text[:end])
    see = _quote(text, "would see", text[text.index("their") : end])
    longer = _quote(text, "would see", text[text.index("their") : end + 1])
    assert nested([according, see]) == [see]
    assert nested([according, longer]) == [according, longer]  # neither holds the other


def test_two_attributions_of_the_same_content_are_both_nested():
    """Neither is the outer one when both report the same span and both cues are the
    writer's or both someone's quoted words."""
    text = 'Kall said: "I feel like he\'s got a surprise up his sleeve."'
    said = _quote(text, "said", text)
    feel = _quote(text, "feel", text)
    assert nested([said, feel]) == [said, feel]
    feel.quoted = True  # the writer's cue against one inside the quotation
    assert nested([said, feel]) == [feel]


def test_a_cue_inside_a_quotation_stays_nested():
    quotes = [
        _quote('"I think we can win," Biden said.', "said", '"I think we can win,"'),
        _quote('"I think we can win," Biden said.', "think", "we can win"),
    ]
    assert nested(quotes) == [quotes[1]]


def test_find_quotes_marks_a_cue_inside_a_quotation(nlp):
    quotes = find_quotes(nlp('"I think we can win," Biden said.'), [])
    assert {q.cue: q.quoted for q in quotes} == {"think": True, "said": False}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            '"We believe the tax plan will hurt working families." That was the message at '
            "every stop.",
            "believe",
            "",
        ),
        ('"I think the deal is a mistake," the senator said.', "think", "I"),
    ],
)
def test_a_cue_in_a_quotation_no_attribution_reports_names_no_source(nlp, text, cue, source):
    """A cue inside a quotation that no attribution found reports: its subject is in the
    unknown speaker's words ("We" is that speaker), so it has no source span (it had been
    "We"); the cue and content stay. Inside a quotation whose attribution is found ("the
    senator said") the inner quote keeps its source, and is nested."""
    quotes = find_quotes(nlp(text), [])
    assert next(q for q in quotes if q.cue == cue).source == source
