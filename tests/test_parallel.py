"""Extraction elsewhere gives the same events: a process pool and a Dask cluster against a
run in this process, on the seed articles."""

from __future__ import annotations

import shutil

import pytest

from wirecode import parallel
from wirecode.pipeline import run
from wirecode.store.sqlite import SQLiteStore


def _events(tmp_path, name, paths, **options):
    with SQLiteStore(tmp_path / f"{name}.db") as store:
        account = run([str(p) for p in paths], store, **options)
        return account, store.events(), sorted(m.start for m in store.mentions())


def _without_paths(events: list[dict]) -> list[dict]:
    return [
        {**e, "mentions": [{k: v for k, v in m.items() if k != "path"} for m in e["mentions"]]}
        for e in events
    ]


@pytest.fixture(scope="module")
def serial(tmp_path_factory, seed_files, coder):
    return _events(tmp_path_factory.mktemp("serial"), "serial", seed_files, coder=coder)


def test_default_workers_is_the_number_of_usable_cores():
    assert parallel.default_workers() >= 1


def test_a_few_documents_never_start_a_pool(tmp_path, seed_files, coder, serial, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a pool was started for five documents")

    monkeypatch.setattr(parallel, "_ordered", refuse)
    account, events, _ = _events(tmp_path, "few", seed_files, coder=coder, workers=2)
    assert events == serial[1]
    assert len(account.ingested) == 5


def test_dask_local_cluster_gives_the_events_of_a_local_run(tmp_path, seed_files, serial):
    distributed = pytest.importorskip("distributed", reason="dask is not installed")
    copy = tmp_path / "copy.txt"  # the same text twice in flight: coded once, known once
    shutil.copy(seed_files[0], copy)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        account, events, starts = _events(tmp_path, "dask", [*seed_files, copy], dask=client)
    assert _without_paths(events) == _without_paths(serial[1])
    # a mention names the smallest path its text was read from, wherever the checkout is
    first = min(str(copy), str(seed_files[0]))
    assert first in {m["path"] for e in events for m in e["mentions"]}
    assert starts == serial[2]
    assert len(account.ingested) == 5
    assert [source for source, _ in account.known] == [str(copy)]
    assert account.mentions == serial[0].mentions


@pytest.mark.slow
def test_two_processes_give_the_events_of_a_local_run(tmp_path, seed_files, serial, monkeypatch):
    monkeypatch.setattr(parallel, "SERIAL_BELOW", 0)
    account, events, starts = _events(tmp_path, "pool", seed_files, workers=2)
    assert events == serial[1]
    assert starts == serial[2]
    assert [source for source, _ in account.ingested] == [s for s, _ in serial[0].ingested]
