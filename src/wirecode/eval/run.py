"""Run the engine over a gold suite's inputs and score it."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from wirecode.eval.devset import (
    DevsetScore,
    basename,
    devset_inputs,
    load_gold,
    resolve_devset_dir,
    score,
    story_halves,
)
from wirecode.merge import merge
from wirecode.pipeline import Coder, run
from wirecode.store.sqlite import SQLiteStore

T = TypeVar("T")


def run_devset(
    path: str | Path | None = None, *, coder: Coder | None = None, date_by_run: bool = False
) -> DevsetScore:
    """Code every devset page into a fresh database and score the merged events
    (`date_by_run`: undated pages dated by the run, `wirecode.run_dates`)."""
    folder = resolve_devset_dir(path)
    gold = load_gold(folder)
    inputs = [str(p) for p in devset_inputs(folder)]
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / "devset.db") as store:
        run(inputs, store, coder=coder, date_by_run=date_by_run)
        paths = {d.id: d.path or d.id for d in store.documents()}
        events = merge(
            store.mentions(), published=store.published_dates().get, outlets=store.outlets()
        )

    def path_of(mention) -> str:
        return paths.get(mention.document, "")

    result = score(events, gold, path_of=path_of)
    halves = story_halves(folder)
    for half in ("dev", "test"):
        files = {f for f, h in halves.items() if h == half}
        if files:
            told = _told_in(events, files, path_of)
            gold_told = _told_in(gold, files, lambda m: m.file)
            result.halves[half] = score(told, gold_told, path_of=path_of).metrics()
    return result


def _told_in(events: list[T], files: set[str], file_of: Callable) -> list[T]:
    """The events (wirecode's or gold) told in `files`, with only the mentions of those files."""
    kept = []
    for event in events:
        mentions = [m for m in event.mentions if basename(file_of(m)) in files]
        if mentions:
            kept.append(dataclasses.replace(event, mentions=mentions))
    return kept
