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


class _Fragile:
    """The session's coder, except that it breaks on any text holding `marker`."""

    def __init__(self, coder, marker: str, *, in_parse: bool) -> None:
        self.coder, self.marker, self.in_parse = coder, marker, in_parse
        self.prefilter, self.kb, self.version = coder.prefilter, coder.kb, coder.version

    def parse(self, texts):
        if self.in_parse and any(self.marker in text for text in texts):
            raise RuntimeError("the parser broke")
        return self.coder.parse(texts)

    def code(self, document):
        return self.code_doc(self.coder.parse([document.text])[0], document)

    def code_doc(self, doc, document):
        if self.marker in document.text:
            raise RuntimeError("the coder broke")
        return self.coder.code_doc(doc, document)


@pytest.mark.parametrize("in_parse", [False, True], ids=["coding", "batch parse"])
def test_a_document_that_breaks_fails_alone_in_its_batch(tmp_path, seed_files, coder, in_parse):
    """Documents are parsed in batches; a failure, even of the batch's parse, loses only the
    document that caused it, with its reason, and the others are coded as without it."""
    broken = tmp_path / "broken.txt"
    broken.write_text("Kaboom. Xi Jinping met Vladimir Putin in Moscow on Monday.\n")
    fragile = _Fragile(coder, "Kaboom", in_parse=in_parse)
    paths = [*seed_files[:2], broken, *seed_files[2:]]
    with SQLiteStore(tmp_path / "x.db") as store:
        account = run([str(p) for p in paths], store, coder=fragile)
        coded = {m.document for m in store.mentions()}
    assert [source for source, _ in account.skipped] == [str(broken)]
    assert "extraction failed" in account.skipped[0][1] and "broke" in account.skipped[0][1]
    assert len(account.ingested) == 5 and len(coded) == 5


def test_a_worker_exits_without_tearing_down_its_model(tmp_path):
    """A pool worker's results are sent before it exits; the interpreter's teardown of a
    loaded model (about a second) is skipped, so the parent does not wait for it. The
    handler registered first runs last at exit: it must not run."""
    import subprocess
    import sys

    script = tmp_path / "worker.py"
    script.write_text(
        "import atexit\n"
        "from wirecode import parallel\n"
        "class Options:\n"
        "    def build(self):\n"
        "        return type('Coder', (), {'nlp': None})()\n"
        "atexit.register(print, 'torn down')\n"
        "parallel._init_process(Options())\n"
        "print('coded', flush=True)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["coded"]


def test_a_run_takes_its_coder_version_from_what_it_coded(tmp_path, seed_files, coder, monkeypatch):
    """The outdated-document count compares with the version the run's mentions carry; only a
    run that coded nothing rebuilds the rules (and knowledge base) to learn the version."""
    from wirecode import recode

    def refuse(**options):
        raise AssertionError("the version was rebuilt although the run coded documents")

    other = tmp_path / "other.txt"
    other.write_text("Xi Jinping met Vladimir Putin in Moscow on Monday.\n")
    with SQLiteStore(tmp_path / "v.db") as store:
        monkeypatch.setattr(recode, "current_version", refuse)
        stale = _Fragile(coder, "\0", in_parse=False)  # breaks on nothing
        stale.version = "wirecode-0+stale"
        account = run([str(p) for p in seed_files], store, coder=stale)
        assert account.outdated == 0  # all coded by this run's (stale-named) coder
        monkeypatch.undo()
        account = run([str(other)], store, coder=coder)
    assert account.outdated == 5  # the stale documents, against the current coder
