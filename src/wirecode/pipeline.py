"""The run: ingest every input, extract each new document, merge all mentions, store events.

Extraction of one document never looks at another; only the merge sees them all. Every
input ends up in the run's `Account`: ingested, already known, or skipped with its reason.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.mentions import find_actor_mentions
from wirecode.events import lexicon
from wirecode.events.extract import extract_mentions
from wirecode.ingest import MAX_DOCUMENT_BYTES, read_inputs
from wirecode.merge import merge
from wirecode.records import Document, Event, Mention
from wirecode.store.sqlite import SQLiteStore
from wirecode.time import infer_published

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Account:
    """What became of every input of a run."""

    ingested: list[tuple[str, str]] = field(default_factory=list)  # (source, document id)
    known: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    mentions: int = 0
    events: int = 0

    @property
    def total(self) -> int:
        return len(self.ingested) + len(self.known) + len(self.skipped)


def complete_date(document: Document) -> Document:
    """A document without a date gets one inferred from its own text, basis `inferred`."""
    if document.published is not None:
        return document
    inferred = infer_published(document.text)
    if inferred is None:
        return document
    return dataclasses.replace(document, published=inferred, published_basis="inferred")


class Coder:
    """Turns one document into mentions; holds the model, knowledge and rules it needs."""

    def __init__(self, *, nlp=None, kb: KnowledgeBase | None = None) -> None:
        if nlp is None:
            from wirecode.nlp import load

            nlp = load()
        self.nlp = nlp
        self.kb = kb or KnowledgeBase.default()
        self.lex = lexicon.load()

    @property
    def version(self) -> str:
        from wirecode import __version__

        return f"wirecode-{__version__}+rules.{self.lex.fingerprint}.kb.{self.kb.fingerprint()}"

    def code(self, document: Document) -> list[Mention]:
        doc = self.nlp(document.text)
        on = document.published.end if document.published else None
        actor_mentions = find_actor_mentions(doc, self.kb, on=on)
        return extract_mentions(
            doc, document, actor_mentions, kb=self.kb, lex=self.lex, coder=self.version
        )


def merge_store(store: SQLiteStore) -> list[Event]:
    """Merge every stored mention into events and store them."""
    published = store.published_dates()
    events = merge(store.mentions(), published=published.get, outlets=store.outlets())
    store.replace_events(events)
    return events


def run(
    paths: Iterable[str],
    store: SQLiteStore,
    *,
    coder: Coder | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    progress: Callable[[str], None] | None = None,
) -> Account:
    """Ingest, extract and merge; one bad input never stops the batch."""
    account = Account()
    for outcome in read_inputs(paths, stdin=stdin, max_bytes=max_bytes):
        if progress:
            progress(outcome.source)
        if outcome.document is None:
            account.skipped.append((outcome.source, outcome.reason or "unreadable"))
            continue
        document = outcome.document
        if store.known_document(document.id):
            store.add_path(document.id, document.path)
            account.known.append((outcome.source, document.id))
            continue
        coder = coder or Coder()
        document = complete_date(document)
        try:
            mentions = coder.code(document)
        except Exception as error:  # one document's failure must not stop the batch
            logger.exception("extraction failed for %s", outcome.source)
            account.skipped.append((outcome.source, f"extraction failed: {error!r}"))
            continue
        store.add_document(document, mentions, coder=coder.version)
        account.ingested.append((outcome.source, document.id))
        account.mentions += len(mentions)
    account.events = len(merge_store(store))
    return account
