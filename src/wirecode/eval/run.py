"""Run the engine over a gold suite's inputs and score it."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from wirecode.eval.devset import (
    DevsetScore,
    GoldEvent,
    basename,
    devset_inputs,
    load_gold,
    resolve_devset_dir,
    score,
    story_halves,
)
from wirecode.merge import merge
from wirecode.pipeline import Coder, run
from wirecode.records import Event
from wirecode.store.sqlite import SQLiteStore


def run_devset(path: str | Path | None = None, *, coder: Coder | None = None) -> DevsetScore:
    """Code every devset page into a fresh database and score the merged events."""
    folder = resolve_devset_dir(path)
    gold = load_gold(folder)
    inputs = [str(p) for p in devset_inputs(folder)]
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "devset.db") as store:
        run(inputs, store, coder=coder)
        paths = {d.id: d.path or d.id for d in store.documents()}
        events = merge(
            store.mentions(), published=store.published_dates().get, outlets=store.outlets()
        )
    path_of = lambda mention: paths.get(mention.document, "")  # noqa: E731
    result = score(events, gold, path_of=path_of)
    halves = story_halves(folder)
    for half in ("dev", "test"):
        files = {f for f, h in halves.items() if h == half}
        if files:
            part = score(
                _within(events, files, path_of), _gold_within(gold, files), path_of=path_of
            )
            result.halves[half] = part.metrics()
    return result


def _within(events: list[Event], files: set[str], path_of) -> list[Event]:
    """The events told in `files`, with only the mentions of those files."""
    kept = []
    for event in events:
        mentions = [m for m in event.mentions if basename(path_of(m)) in files]
        if mentions:
            kept.append(dataclasses.replace(event, mentions=mentions))
    return kept


def _gold_within(gold: list[GoldEvent], files: set[str]) -> list[GoldEvent]:
    """The gold events told in `files`, with only the mentions of those files."""
    kept = []
    for event in gold:
        mentions = [m for m in event.mentions if basename(m.file) in files]
        if mentions:
            kept.append(dataclasses.replace(event, mentions=mentions))
    return kept
