"""Run the engine over a gold suite's inputs and score it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from wirecode.eval.devset import DevsetScore, devset_inputs, load_gold, resolve_devset_dir, score
from wirecode.merge import merge
from wirecode.pipeline import Coder, run
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
    return score(events, gold, path_of=lambda mention: paths.get(mention.document, ""))
