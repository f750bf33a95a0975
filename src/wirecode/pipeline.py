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
from wirecode.actors.tenure import TERMS_BASIS, tenure_window
from wirecode.events import lexicon
from wirecode.events.dating import DateFinder, countries_named
from wirecode.events.extract import extract_mentions
from wirecode.events.plover import combine_with_contacts, plover_mentions
from wirecode.events.quoting import attach_quotes
from wirecode.ingest import MAX_DOCUMENT_BYTES, read_inputs
from wirecode.merge import merge
from wirecode.nlp.views import parsed_stretches
from wirecode.places import Gazetteer, locate_mentions
from wirecode.prefilter import contact_sentences, parse_near_contacts, quoted_sentences
from wirecode.quotes import find_quotes, reporting_sources
from wirecode.records import DateValue, Document, Event, Mention, is_contact
from wirecode.run_dates import date_undated_documents
from wirecode.store.sqlite import SQLiteStore
from wirecode.time import infer_published
from wirecode.time.patterns import compile_rules

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Account:
    """What became of every input of a run."""

    ingested: list[tuple[str, str]] = field(default_factory=list)  # (source, document id)
    known: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (source, how it was read)
    mentions: int = 0
    events: int = 0
    outdated: int = 0  # stored documents coded by another coder version (`run --recode`)

    @property
    def total(self) -> int:
        return len(self.ingested) + len(self.known) + len(self.skipped)


def complete_date(document: Document, kb: KnowledgeBase | None = None) -> Document:
    """A document without a date gets one inferred from its own text, basis `inferred`: the
    latest date it reports, unless that falls outside the terms of the office-holders it
    titles ("President Joe Biden"); then, or with no date reported, those terms bound it
    (a window of years, which dates no event but resolves "the Russian president")."""
    if document.published is not None:
        return document
    kb = kb or KnowledgeBase.default()
    inferred = infer_published(document.text)
    window = tenure_window(document.text, kb)
    if window is not None and (inferred is None or not _within(inferred, window)):
        end = min(window.end, kb.cutoff)
        if window.start <= end:
            names = ", ".join(window.evidence[:3])
            inferred = DateValue(
                window.start,
                end,
                "year",
                text=window.evidence[0],
                basis=f"{TERMS_BASIS} {names} held office "
                f"({window.start.isoformat()} to {'' if end < window.end else 'after '}"
                f"{end.isoformat()})",
            )
    if inferred is None:
        return document
    return dataclasses.replace(document, published=inferred, published_basis="inferred")


def _within(value: DateValue, window) -> bool:
    return window.start <= value.end and value.start <= window.end


class Coder:
    """Turns one document into mentions; holds the model, knowledge and rules it needs.

    `prefilter=True` is the fast contact mode: only contacts (CONSULT, requests for talks)
    are coded, and only the lines near a contact word are parsed (`wirecode.prefilter`).
    """

    def __init__(
        self, *, nlp=None, kb: KnowledgeBase | None = None, prefilter: bool = False
    ) -> None:
        if nlp is None:
            from wirecode.nlp import load

            nlp = load()
        self.nlp = nlp
        self.kb = kb or KnowledgeBase.default()
        self.lex = lexicon.load()
        self.gazetteer = Gazetteer.default()  # loaded once, as the model, not at a first place
        compile_rules()  # the time rules too, not at a first time expression
        self.prefilter = prefilter

    @property
    def version(self) -> str:
        from wirecode import __version__
        from wirecode.events import plover

        rules = f"{self.lex.fingerprint}.{plover.load().fingerprint}"
        scope = ".contacts" if self.prefilter else ""  # `--prefilter` codes contacts alone
        return f"wirecode-{__version__}+rules.{rules}.kb.{self.kb.fingerprint()}{scope}"

    def code(self, document: Document) -> list[Mention]:
        return self.code_doc(self.parse([document.text])[0], document)

    def parse(self, texts: list[str]) -> list:
        """The parsed `Doc`s of texts, as one batch of the pipeline."""
        if self.prefilter:
            return parse_near_contacts(self.nlp, texts)
        return list(self.nlp.pipe(texts, batch_size=max(1, len(texts))))

    def code_doc(self, doc, document: Document) -> list[Mention]:
        """The mentions of a `doc` already parsed (by any pipeline with a parser and NER)."""
        if self.prefilter and not parsed_stretches(doc):
            return []  # no line parsed: no word has the part of speech of a trigger
        on = document.published.end if document.published else None
        actor_mentions = find_actor_mentions(doc, self.kb, on=on)
        contacts = extract_mentions(
            doc, document, actor_mentions, kb=self.kb, lex=self.lex, coder=self.version
        )
        # the fast contact mode reads PLOVER frames and quotes only where contacts can be
        near = contact_sentences(doc, contacts) if self.prefilter else None
        others = []  # none when no sentence is to be read (nor its time expressions resolved)
        if near is None or near:
            others = plover_mentions(
                doc,
                document,
                actor_mentions,
                dates=DateFinder(doc, document, countries_named(actor_mentions)),
                coder=self.version,
                sentences=near,
            )
        mentions = combine_with_contacts(doc, contacts, others)
        if self.prefilter:  # contacts alone: the other types were looked for only near them
            mentions = [m for m in mentions if is_contact(m)]
        if not mentions:
            return mentions  # no quotes or places to attach
        quoted = quoted_sentences(mentions) if self.prefilter else None
        quotes = find_quotes(doc, actor_mentions, sentences=quoted)
        attach_quotes(mentions, quotes)
        for mention in mentions:  # "according to Caixin": the outlets a report relies on
            mention.reported_by = reporting_sources(quotes, mention.sentence_index)
        # issue 9: where
        locate_mentions(
            doc, document.text, mentions, actor_mentions, kb=self.kb, gazetteer=self.gazetteer
        )
        return mentions


def merge_store(store: SQLiteStore) -> list[Event]:
    """Merge every stored mention into events, apply the analysts' corrections, store them."""
    from wirecode import corrections, dedup

    published = store.published_dates()
    outlets, lineage = store.outlets(), dedup.lineage(store)
    events = merge(
        store.mentions(), published=published.get, outlets=outlets, originals=lineage.originals
    )
    events = corrections.apply(
        events,
        corrections.load(store),
        outlets=outlets,
        originals=lineage.originals,
        successors=lineage.successors,
    )
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
    workers: int = 1,
    dask: object | None = None,
    prefilter: bool = False,
    kb: KnowledgeBase | None = None,
    date_by_run: bool = False,
) -> Account:
    """Ingest, extract and merge; one bad input never stops the batch.

    `workers` > 1 extracts in that many processes, `dask` (a scheduler address or a
    `distributed.Client`) on a cluster; the parent stores and merges. `prefilter` codes
    contacts alone, parsing only the lines near a contact word (see `wirecode.prefilter`).
    `kb` is the knowledge base of a coder built here (default: the package's).
    `date_by_run` dates an undated text by the days the run's dated reports give the
    contacts it tells by a weekday (`wirecode.run_dates`; off by default: see its measure).
    """
    from wirecode.parallel import CoderOptions, DaskEngine, ProcessEngine, SerialEngine

    account = Account()
    date_kb = coder.kb if coder is not None else kb  # office terms bound undated texts
    waiting: dict[str, tuple[str, list[tuple[str, str | None]]]] = {}  # id → source, copies

    def new_documents():
        for outcome in read_inputs(paths, stdin=stdin, max_bytes=max_bytes):
            if progress:
                progress(outcome.source)
            if outcome.document is None:
                account.skipped.append((outcome.source, outcome.reason or "unreadable"))
                continue
            document = outcome.document
            if outcome.note:
                account.notes.append((outcome.source, outcome.note))
            if document.id in waiting:  # the same text again while the first is being coded
                waiting[document.id][1].append((outcome.source, document.path))
                continue
            if store.known_document(document.id):
                store.add_path(document.id, document.path)
                account.known.append((outcome.source, document.id))
                continue
            waiting[document.id] = (outcome.source, [])
            yield complete_date(document, date_kb)

    if dask is not None or workers > 1:
        if coder is not None:
            kb = None if coder.kb is KnowledgeBase.default() else coder.kb
        options = CoderOptions(
            kb=kb,
            prefilter=coder.prefilter if coder is not None else prefilter,
        )
        if dask is not None:
            engine = DaskEngine(dask, options=options)
        else:
            engine = ProcessEngine(
                workers=workers,
                options=options,
                fallback=SerialEngine(lambda: coder or Coder(kb=kb, prefilter=prefilter)),
            )
    else:
        engine = SerialEngine(lambda: coder or Coder(kb=kb, prefilter=prefilter))
    from wirecode.dedup import CopyFinder

    # issue 10: reprints, newer versions. Built before anything is stored, so it signs any
    # document stored without lineage (schema 1) even when this run adds nothing new.
    copies_of = CopyFinder(store)
    coded_with = None  # the coder version of this run's mentions (no model needed to know it)
    with engine:
        for result in engine.map(new_documents()):
            document = result.document
            source, copies = waiting.pop(document.id)
            coded_with = result.coder
            if result.error is not None:
                account.skipped.append((source, result.error))
                account.skipped.extend((copy, result.error) for copy, _ in copies)
                continue
            # the document, its mentions and its lineage: one transaction (crash safety)
            original = store.add_document(
                document,
                result.mentions,
                coder=result.coder,
                then=lambda document=document: copies_of.record(document),
            )
            if original:
                account.notes.append((source, f"a copy of {original}"))
            account.ingested.append((source, document.id))
            account.mentions += len(result.mentions)
            for copy, path in copies:
                store.add_path(document.id, path)
                account.known.append((copy, document.id))
    if date_by_run:  # issue 5: an undated text dated by the contacts it tells (run_dates)
        make_coder = lambda: coder or Coder(kb=kb, prefilter=prefilter)  # noqa: E731
        for document in date_undated_documents(store, make_coder):
            account.notes.append((document.path or document.id, document.published.basis))
    account.events = len(merge_store(store))
    from wirecode.recode import current_version, outdated_documents

    version = coded_with or current_version(coder=coder, kb=kb, prefilter=prefilter)
    account.outdated = len(outdated_documents(store, version))
    return account
