"""The small Python API: code one text, or run a corpus into a database."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from wirecode.ingest import make_document
from wirecode.merge import merge
from wirecode.pipeline import Account, Coder, complete_date
from wirecode.pipeline import run as _run
from wirecode.records import Event
from wirecode.store import open_store


@functools.cache
def _coder() -> Coder:
    return Coder()


def code(text: str, *, published: str | dt.date | None = None) -> list[Event]:
    """The merged events of one article, dated against `published` (inferred when absent)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    basis = "metadata" if published else "unknown"
    coder = _coder()
    document = complete_date(
        make_document(text, published=published, published_basis=basis), coder.kb
    )
    mentions = coder.code(document)
    date = document.published.end if document.published else None
    return merge(mentions, published=lambda _doc: date)


def run(paths: Iterable[str], *, db: str | None = None) -> Account:
    """Ingest, extract and merge `paths` into the database `db` (default ./wirecode.db)."""
    with open_store(db) as store:
        return _run(paths, store, coder=_coder())
