"""Undated documents dated by the run (`wirecode.run_dates`): a weekday told of a contact that
the run's dated reports give a day dates the text that tells it, and then its other times."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.pipeline import run
from wirecode.records import ActorRef, DateValue, Document, Mention
from wirecode.run_dates import known_days, proposals
from wirecode.store import SQLiteStore

DATED = (
    " date 2025-08-16\n"
    "Russian President Vladimir Putin and US President Donald Trump met in Anchorage on "
    "Friday for talks on Ukraine, the Kremlin said.\n"
)
UNDATED = (
    "Anchorage will host Friday's summit between Russian President Vladimir Putin and US "
    "President Donald Trump, the White House said.\n"
    "Earlier on Tuesday, Russian Foreign Minister Sergey Lavrov spoke with US Secretary of "
    "State Marco Rubio by phone.\n"
)


def _run(tmp_path, coder, texts: dict[str, str], *, by_run: bool = True):
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        account = run(paths, store, coder=coder, date_by_run=by_run)
        documents = {d.path.rsplit("/", 1)[-1]: d for d in store.documents()}
        return account, documents, store.events()


def _call(events) -> dict:
    [call] = [e for e in events if e["mode"] == "phone"]
    return call


def test_an_undated_report_of_a_contact_the_run_dates_is_dated_by_it(tmp_path, coder):
    account, documents, events = _run(tmp_path, coder, {"a.txt": DATED, "b.txt": UNDATED})
    published = documents["b.txt"].published
    assert published.value == "2025-08-15"
    assert published.basis.startswith("inferred from the run")
    assert "likely 2025-08-09 to 2025-08-15" in published.basis
    assert any(
        "b.txt" in source and "inferred from the run" in note for source, note in account.notes
    )
    assert _call(events)["date"] == "2025-08-12"  # "Earlier on Tuesday" now resolves
    summits = [e for e in events if e["mode"] != "phone" and e["event"] == "CONSULT"]
    assert len(summits) == 1 and summits[0]["sources"] == 2  # the planned summit joins it


def test_a_run_dates_nothing_so_unless_asked(tmp_path, coder):
    _, documents, events = _run(tmp_path, coder, {"a.txt": DATED, "b.txt": UNDATED}, by_run=False)
    assert not documents["b.txt"].published.basis.startswith("inferred from the run")
    assert _call(events)["date"] is None


def test_without_a_dated_report_of_the_contact_the_report_stays_undated(tmp_path, coder):
    _, documents, events = _run(tmp_path, coder, {"b.txt": UNDATED})
    assert not documents["b.txt"].published.basis.startswith("inferred from the run")
    assert _call(events)["date"] is None


@pytest.mark.parametrize(
    "undated",
    [
        # no time expression of its own for the contact: nothing confirms the day
        "Russian President Vladimir Putin and US President Donald Trump held a summit in "
        "Anchorage.\n",
        # a weekday that names another day than the one the run knows
        "Anchorage will host Wednesday's summit between Russian President Vladimir Putin and "
        "US President Donald Trump, the White House said.\n",
        # one day off is another day: a weekday one off would confirm three days in seven
        "Russian President Vladimir Putin and US President Donald Trump held talks in "
        "Anchorage on Thursday, the White House said.\n",
    ],
    ids=["no-time-expression", "another-weekday", "the-day-before"],
)
def test_a_report_whose_own_words_do_not_give_the_day_stays_undated(tmp_path, coder, undated):
    _, documents, _ = _run(tmp_path, coder, {"a.txt": DATED, "b.txt": undated})
    assert not documents["b.txt"].published.basis.startswith("inferred from the run")


# -- the safeguards, on plain records (no model) ---------------------------------------------

XI = ActorRef("xi-jinping", "Xi Jinping", "CHN", "GOV")
PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "RUS", "GOV")


def _mention(doc: str, day: str | None, *, start: int = 0) -> Mention:
    date = DateValue.day(dt.date.fromisoformat(day), basis="explicit date") if day else None
    return Mention(
        document=doc,
        sentence_index=0,
        start=start,
        end=start + 10,
        sentence="s",
        trigger="met",
        event="CONSULT",
        mode="meet",
        status="occurred",
        actors=[XI, PUTIN],
        date=date,
        trigger_start=start,
    )


def _document(doc_id: str, published: str | None) -> Document:
    value = DateValue.day(dt.date.fromisoformat(published)) if published else None
    return Document(id=doc_id, text="t", published=value, published_basis="header")


def test_only_a_reports_news_proposes_a_day():
    """A day within six days before its report, or announced up to a month ahead, is news;
    one years before ("the summit of 2019" in a report of 2023) is background."""
    documents = {"a": _document("a", "2023-03-22"), "u": _document("u", None)}
    known = known_days(
        [
            _mention("a", "2023-03-21"),
            _mention("a", "2023-04-21", start=20),
            _mention("a", "2019-06-05", start=40),
        ],
        documents,
    )
    days = proposals(documents["u"], [_mention("u", None)], known)
    assert days == [dt.date(2023, 3, 21), dt.date(2023, 4, 21)]


def test_a_pair_known_on_many_days_proposes_none():
    documents = {f"d{i}": _document(f"d{i}", f"2023-03-{10 + i}") for i in range(7)}
    documents["u"] = _document("u", None)
    reports = [_mention(f"d{i}", f"2023-03-{10 + i}") for i in range(7)]
    assert proposals(documents["u"], [_mention("u", None)], known_days(reports, documents)) == []


def test_a_pair_told_on_two_days_weeks_apart_proposes_neither():
    """Two meetings of the same pair ten days apart: a weekday cannot tell which one an
    undated text tells; reports a day apart (time zones) tell one day."""
    documents = {d: _document(d, "2023-03-22") for d in ("a", "b")}
    documents |= {"c": _document("c", "2023-03-12"), "u": _document("u", None)}
    undated = [_mention("u", None)]
    one_day = [_mention("a", "2023-03-21"), _mention("b", "2023-03-22")]
    assert proposals(documents["u"], undated, known_days(one_day, documents)) == [
        dt.date(2023, 3, 21),
        dt.date(2023, 3, 22),
    ]
    apart = [_mention("a", "2023-03-21"), _mention("c", "2023-03-11")]
    assert proposals(documents["u"], undated, known_days(apart, documents)) == []


def test_wirecode_run_date_by_run(tmp_path, coder):
    from click.testing import CliRunner

    from wirecode.cli import main

    for name, text in {"a.txt": DATED, "b.txt": UNDATED}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "w.db"
    args = ["run", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)]
    result = CliRunner().invoke(main, [*args, "--date-by-run"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "inferred from the run" in result.output
