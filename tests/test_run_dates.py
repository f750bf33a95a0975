"""Undated documents dated by the run (`wirecode.run_dates`): a weekday told of a contact that
the run's dated reports give a day dates the text that tells it, and then its other times."""

from __future__ import annotations

import pytest

from wirecode.pipeline import run
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


def _run(tmp_path, coder, texts: dict[str, str]):
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with SQLiteStore(str(tmp_path / "w.db")) as store:
        account = run(paths, store, coder=coder)
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
    ],
    ids=["no-time-expression", "another-weekday"],
)
def test_a_report_whose_own_words_do_not_give_the_day_stays_undated(tmp_path, coder, undated):
    _, documents, _ = _run(tmp_path, coder, {"a.txt": DATED, "b.txt": undated})
    assert not documents["b.txt"].published.basis.startswith("inferred from the run")
