"""Extraction on many cores or a cluster: documents out, (document, mentions) back, in order.

Extraction of one document never looks at another, so it can run anywhere; the parent keeps
reading inputs, writing the store (one writer) and merging. Two engines:

- `ProcessEngine(workers=N)`: N spawned processes (spawn-safe on every platform); each
  builds one `Coder` (loads the spaCy model once) in its initializer.
- `DaskEngine(address)`: document partitions sent to a `dask.distributed` cluster (extra
  `wirecode[dask]`; wirecode must be installed on the workers). The knowledge base is
  scattered once; each worker process builds its coder once and keeps it.

Both keep a bounded window of partitions in flight and yield results in input order, so
memory does not grow with the corpus and a parallel run stores exactly what a serial run
stores.
"""

from __future__ import annotations

import atexit
import collections
import itertools
import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wirecode.errors import WirecodeError
from wirecode.records import Document, Mention

logger = logging.getLogger(__name__)

__all__ = [
    "CoderOptions",
    "DaskEngine",
    "ProcessEngine",
    "Result",
    "SerialEngine",
    "default_workers",
]

PARTITION = 4  # documents per task: spaCy codes 2, 4 or 8 at a time equally fast, and the
# last task of a run keeps one worker busy while the others wait, so small tasks balance
WINDOW = 4  # partitions in flight per worker
SERIAL_BELOW = 16  # fewer new documents than this are coded in the parent, without a pool


class EngineError(WirecodeError):
    """The parallel engine could not start (no cluster at the address, dask not installed)."""


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class CoderOptions:
    """What a worker needs to build the parent's coder: its knowledge base (None: the
    package's own, not shipped) and its options."""

    kb: object | None = None
    prefilter: bool = False

    def build(self):
        from wirecode.pipeline import Coder

        return Coder(kb=self.kb, prefilter=self.prefilter)

    @property
    def key(self) -> tuple:
        return (self.kb.fingerprint() if self.kb is not None else None, self.prefilter)


@dataclass(slots=True)
class Result:
    """One document coded somewhere: its mentions and the coder version, or the error."""

    document: Document
    mentions: list[Mention]
    coder: str
    error: str | None = None


def code_partition(coder, documents: list[Document]) -> list[Result]:
    """Code documents parsed together (`Coder.parse`: spaCy is faster on batches); one
    document's failure does not stop the others."""
    try:
        docs = coder.parse([document.text for document in documents])
    except Exception:  # parse each alone below, so that only the culprit fails
        logger.warning("a batch of %d documents failed to parse together", len(documents))
        docs = [None] * len(documents)
    results = []
    for document, doc in zip(documents, docs, strict=True):
        try:
            mentions = coder.code(document) if doc is None else coder.code_doc(doc, document)
            results.append(Result(document, mentions, coder.version))
        except Exception as error:  # reported in the run's account, as in a serial run
            logger.exception("extraction failed for %s", document.path or document.id)
            results.append(Result(document, [], coder.version, f"extraction failed: {error!r}"))
    return results


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered(submit, documents: Iterable[Document], *, size: int, window: int):
    """Submit partitions lazily, at most `window` in flight; yield results in input order."""
    in_flight: collections.deque = collections.deque()
    for batch in _partitions(documents, size):
        in_flight.append(submit(batch))
        while len(in_flight) >= window:
            yield from in_flight.popleft().result()
    while in_flight:
        yield from in_flight.popleft().result()


# -- processes -------------------------------------------------------------------------------
_process_coder = None


def _init_process(options: CoderOptions) -> None:
    global _process_coder
    _process_coder = options.build()
    _process_coder.nlp  # noqa: B018  (load the model now, not on the first document)
    # A worker's results are sent by the time it exits; tearing down its model and rules
    # would keep the parent waiting about a second at the end of every run.
    atexit.register(_exit_now)


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _code_in_process(documents: list[Document]) -> list[Result]:
    return code_partition(_process_coder, documents)


class ProcessEngine:
    """Extraction in N spawned processes, each with one coder."""

    def __init__(
        self,
        *,
        workers: int,
        options: CoderOptions,
        partition: int = PARTITION,
        fallback: SerialEngine | None = None,
    ):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.partition = partition
        self.fallback = fallback
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_process,
            initargs=(options,),
        )

    def map(self, documents: Iterable[Document]) -> Iterator[Result]:
        documents = iter(documents)
        head = list(itertools.islice(documents, SERIAL_BELOW))
        if len(head) < SERIAL_BELOW and self.fallback is not None:
            # a handful of documents: starting N processes and models costs more than it saves
            with self.fallback:
                yield from self.fallback.map(head)
            return
        yield from _ordered(
            lambda batch: self.pool.submit(_code_in_process, batch),
            itertools.chain(head, documents),
            size=self.partition,
            window=self.workers * WINDOW,
        )

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- dask ------------------------------------------------------------------------------------
_dask_coders: dict[tuple, object] = {}
_dask_lock = threading.Lock()


def _code_on_dask(options: CoderOptions, documents: list[Document]) -> list[Result]:
    """Runs on a dask worker: one coder per worker process and options, built on first use.

    Threads of one process share the coder under a lock (extraction holds the GIL anyway).
    """
    with _dask_lock:
        coder = _dask_coders.get(options.key)
        if coder is None:
            coder = _dask_coders[options.key] = options.build()
        return code_partition(coder, documents)


class DaskEngine:
    """Extraction on a dask.distributed cluster, in document partitions."""

    def __init__(self, address, *, options: CoderOptions, partition: int = PARTITION):
        try:
            from distributed import Client
        except ImportError as error:
            raise EngineError(
                'running on Dask needs the dask extra: pip install "wirecode[dask]"'
            ) from error
        self.own_client = not isinstance(address, Client)
        try:
            self.client = Client(address, timeout="10s") if self.own_client else address
        except OSError as error:
            raise EngineError(f"no Dask scheduler at {address}: {error}") from error
        self.partition = partition
        workers = max(1, sum(self.client.nthreads().values()))
        self.window = workers * WINDOW
        [self.options] = self.client.scatter([options], broadcast=True, hash=False)

    def map(self, documents: Iterable[Document]) -> Iterator[Result]:
        yield from _ordered(
            lambda batch: self.client.submit(_code_on_dask, self.options, batch, pure=False),
            documents,
            size=self.partition,
            window=self.window,
        )

    def close(self) -> None:
        if self.own_client:
            self.client.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- one process -----------------------------------------------------------------------------
class SerialEngine:
    """Extraction in this process, `PARTITION` documents at a time (parsed as one batch);
    the coder is built on first use (a run over known documents never loads the model)."""

    def __init__(self, make_coder) -> None:
        self.make_coder = make_coder
        self.coder = None

    def map(self, documents: Iterable[Document]) -> Iterator[Result]:
        for batch in _partitions(documents, PARTITION):
            if self.coder is None:
                self.coder = self.make_coder()
            yield from code_partition(self.coder, batch)

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
