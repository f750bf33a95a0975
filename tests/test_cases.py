"""Issue 2's rules as input → expected events: the cases in `cases/contacts.yaml`.

Each case runs `wirecode.code(text, published=…)` on the real model (loaded once per session,
cached by `wirecode.code`) and checks that every expected event is present and that nothing
listed under `absent` is. The file's header describes the pattern fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import wirecode
from wirecode.records import Event

CASES_FILE = Path(__file__).resolve().parent / "cases" / "contacts.yaml"
PATTERN_KEYS = {
    "event",
    "mode",
    "status",
    "actors",
    "recipients",
    "participants",
    "date",
    "precision",
    "initiator",
    "mentions",
    "count",
}
CASE_KEYS = {"name", "published", "text", "expect", "absent"}
MIN_CASES = 45


def load_cases() -> list[dict]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


CASES = load_cases()


def names(actors) -> set[str]:
    return {actor.name for actor in actors}


def matches(event: Event, pattern: dict) -> bool:
    """Whether `event` has every field that `pattern` gives (sets of names compare equal)."""
    checks = {
        "event": lambda v: event.event == v,
        "mode": lambda v: event.mode == v,
        "status": lambda v: event.status == v,
        "actors": lambda v: names(event.actors) == set(v),
        "recipients": lambda v: names(event.recipients) == set(v),
        "participants": lambda v: names(event.actors) | names(event.recipients) == set(v),
        "date": lambda v: event.date is not None and event.date.value == str(v),
        "precision": lambda v: event.date is not None and event.date.precision == v,
        "initiator": lambda v: (
            event.initiator is not None and v in (event.initiator.name, event.initiator.country)
        ),
        "mentions": lambda v: len(event.mentions) == v,
    }
    return all(checks[key](value) for key, value in pattern.items() if key != "count")


def describe(event: Event) -> str:
    date = f"{event.date.value} ({event.date.precision})" if event.date else "undated"
    initiator = f" initiator={event.initiator.name}" if event.initiator else ""
    return (
        f"{event.event}/{event.mode}/{event.status} actors={sorted(names(event.actors))} "
        f"recipients={sorted(names(event.recipients))} {date}{initiator} "
        f"mentions={len(event.mentions)}"
    )


def report(events: list[Event]) -> str:
    return "\n".join("  " + describe(e) for e in events) or "  (no events)"


def test_the_case_file_is_well_formed() -> None:
    assert len(CASES) >= MIN_CASES, f"{len(CASES)} cases, want at least {MIN_CASES}"
    seen = set()
    for case in CASES:
        assert set(case) <= CASE_KEYS, (case["name"], set(case) - CASE_KEYS)
        assert case["name"] not in seen, f"duplicate case name {case['name']}"
        seen.add(case["name"])
        assert case.get("text") and case.get("published"), case["name"]
        assert case.get("expect") or case.get("absent"), case["name"]
        for pattern in case.get("expect", []):
            assert set(pattern) <= PATTERN_KEYS, (case["name"], set(pattern) - PATTERN_KEYS)
            assert {"event", "actors"} <= set(pattern), (case["name"], pattern)
            assert "status" in pattern or "count" in pattern, (case["name"], pattern)
        for pattern in case.get("absent", []):
            assert set(pattern) <= PATTERN_KEYS - {"count"}, (case["name"], pattern)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(case: dict) -> None:
    events = wirecode.code(" ".join(case["text"].split()), published=case["published"])
    problems = []
    for expected in case.get("expect", []):
        pattern = dict(expected)
        pattern.setdefault("recipients", [])
        found = [e for e in events if matches(e, pattern)]
        want = pattern.get("count")
        if want is None and not found:
            problems.append(f"missing: {expected}")
        elif want is not None and len(found) != want:
            problems.append(f"want {want} event(s), found {len(found)}: {expected}")
    for pattern in case.get("absent", []):
        for event in events:
            if matches(event, pattern):
                problems.append(f"unwanted ({pattern}): {describe(event)}")
    assert not problems, "\n".join(problems) + "\nactual events:\n" + report(events)
