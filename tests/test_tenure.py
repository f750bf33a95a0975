"""Undated texts: the terms of the office-holders a text titles bound when it was written."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.tenure import tenure_window
from wirecode.ingest import make_document
from wirecode.pipeline import complete_date
from wirecode.records import DateValue


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_a_titled_president_bounds_the_text(kb):
    window = tenure_window("President Joe Biden visited Kyiv.", kb)
    assert (window.start, window.end) == (dt.date(2021, 1, 20), dt.date(2025, 1, 19))
    assert window.evidence == ("President Joe Biden",)


def test_titles_are_intersected_and_a_state_adjective_picks_the_office(kb):
    text = "German Chancellor Olaf Scholz met Chinese Premier Li Qiang in Beijing."
    window = tenure_window(text, kb)
    # Scholz from 2021-12-08, Li Qiang from 2023-03-11; Scholz left on 2025-05-06
    assert window.start == dt.date(2023, 3, 11)
    assert window.end == dt.date(2025, 5, 5)


def test_former_and_deputy_titles_say_nothing_about_now(kb):
    assert tenure_window("Former President Barack Obama spoke at the event.", kb) is None
    assert tenure_window("the late President Jacques Chirac", kb) is None
    assert tenure_window("then-President Donald Trump met Kim Jong Un.", kb) is None
    assert tenure_window("Vice President Kamala Harris arrived.", kb) is None


def test_titles_true_at_no_common_time_are_no_evidence(kb):
    text = "President Donald Trump met Kim in 2019. Later, President Joe Biden did not."
    assert tenure_window(text, kb) is None


def test_a_name_alone_is_no_evidence(kb):
    assert tenure_window("Joe Biden and Xi Jinping talked.", kb) is None


def test_a_reported_date_outside_the_terms_gives_way_to_them(kb):
    text = (
        "Putin's previous journey to North Korea was in 2000. Vietnam enhanced its ties with "
        "the U.S. during a visit by President Joe Biden last year."
    )
    document = complete_date(make_document(text), kb)
    assert document.published_basis == "inferred"
    assert (document.published.start, document.published.end) == (
        dt.date(2021, 1, 20),
        dt.date(2025, 1, 19),
    )
    assert document.published.value == "2021/2025"
    assert "President Joe Biden" in document.published.basis


def test_a_reported_date_within_the_terms_stands(kb):
    text = "President Joe Biden met Xi Jinping on November 14, 2022 in Bali."
    document = complete_date(make_document(text), kb)
    assert document.published.value == "2022-11-14"


def test_a_text_dating_nothing_is_still_coded(coder):
    """No date line, no date in the text, no titled office-holder: the people are still
    resolved (offices as the knowledge base last knows them) and the contact kept, undated."""
    document = complete_date(
        make_document("Vladimir Putin and Kim Jong Un held talks. The two leaders spoke.")
    )
    assert document.published is None
    mentions = coder.code(document)
    assert {a.name for m in mentions for a in m.actors} == {"Vladimir Putin", "Kim Jong Un"}
    assert all(m.date is None for m in mentions)


def test_a_window_of_years_is_written_as_an_interval():
    value = DateValue(dt.date(2021, 1, 20), dt.date(2025, 1, 19), "year")
    assert value.value == "2021/2025"
    assert DateValue.year(2021).value == "2021"


def test_titles_of_the_1980s_bound_the_text(kb):
    text = "Chancellor Helmut Kohl met President Francois Mitterrand in Bonn."
    window = tenure_window(text, kb)
    # Kohl from 1982-10-01; Mitterrand left on 1995-05-17
    assert (window.start, window.end) == (dt.date(1982, 10, 1), dt.date(1995, 5, 16))
