"""Re-coding: when the rules or the actor knowledge change, code the stored documents again.

Every mention (and its document) records the version of the coder that produced it: the
package version plus fingerprints of the rules and the knowledge base. `recode` re-extracts
the documents coded by another version, merges everything again, re-applies the analysts'
corrections and says what changed: events added, removed and re-dated.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from wirecode.serialize import mention_to_dict
from wirecode.store import sql

logger = logging.getLogger(__name__)


def current_version(*, coder=None, kb=None, prefilter: bool = False) -> str:
    """The version string the coder would write, without loading the spaCy model."""
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.events import lexicon
    from wirecode.pipeline import Coder

    if coder is not None:
        return coder.version
    shell = Coder.__new__(Coder)  # the same `version` property, without a model
    shell.kb, shell.lex = kb or KnowledgeBase.default(), lexicon.load()
    shell.prefilter = prefilter
    return shell.version


def outdated_documents(store, version: str) -> list[str]:
    """Ids of the stored documents coded by another version (newer versions of an article
    replace older ones, which are not counted)."""
    rows = sql.execute(
        store,
        "SELECT id FROM documents WHERE (coder IS NULL OR coder != ?) AND id NOT IN "
        "(SELECT document FROM document_lineage WHERE superseded_by IS NOT NULL) ORDER BY id",
        (version,),
    ).fetchall()
    return [r[0] for r in rows]


@dataclass(slots=True)
class Change:
    """What a re-coding changed."""

    documents: int = 0
    mentions_before: int = 0
    mentions_after: int = 0
    added: list[dict] = field(default_factory=list)  # event JSON
    removed: list[dict] = field(default_factory=list)
    redated: list[tuple[dict, dict]] = field(default_factory=list)  # (before, after)
    unchanged: int = 0

    def to_dict(self) -> dict:
        def brief(e: dict) -> dict:
            return {k: e[k] for k in ("id", "event", "mode", "date", "actors", "recipients")}

        return {
            "documents": self.documents,
            "mentions_before": self.mentions_before,
            "mentions_after": self.mentions_after,
            "added": [brief(e) for e in self.added],
            "removed": [brief(e) for e in self.removed],
            "redated": [{"before": brief(a), "after": brief(b)} for a, b in self.redated],
            "unchanged": self.unchanged,
        }


def _keys(event: dict) -> set[tuple]:
    return {(m["document"], m["start"], m.get("trigger_start")) for m in event["mentions"]}


def compare(before: list[dict], after: list[dict], change: Change) -> Change:
    """Events matched by id, else by a shared mention; the rest are added or removed."""
    old = {e["id"]: e for e in before}
    new = {e["id"]: e for e in after}
    pairs = [(old[i], new[i]) for i in old.keys() & new.keys()]
    lost = [old[i] for i in sorted(old.keys() - new.keys())]
    found = [new[i] for i in sorted(new.keys() - old.keys())]
    for event in list(lost):
        twin = next((f for f in found if _keys(f) & _keys(event)), None)
        if twin is not None:
            pairs.append((event, twin))
            lost.remove(event)
            found.remove(twin)
    for a, b in pairs:
        if (a["date_start"], a["date_end"]) != (b["date_start"], b["date_end"]):
            change.redated.append((a, b))
        else:
            change.unchanged += 1
    change.added, change.removed = found, lost
    return change


def replace_mentions(store, document, mentions, *, coder: str) -> int:
    """A document's mentions coded again (and its date, which may have been inferred
    again), in one transaction; returns how many it had."""
    published = json.dumps(document.published.to_dict()) if document.published else None
    with sql.transaction(store):
        count = sql.execute(
            store, "SELECT count(*) FROM mentions WHERE document = ?", (document.id,)
        ).fetchone()[0]
        sql.execute(store, "DELETE FROM mentions WHERE document = ?", (document.id,))
        for m in mentions:
            sql.execute(
                store,
                "INSERT INTO mentions(document, event, data) VALUES (?,?,?)",
                (m.document, m.event, json.dumps(mention_to_dict(m))),
            )
        sql.execute(
            store,
            "UPDATE documents SET coder = ?, published = ?, published_basis = ? WHERE id = ?",
            (coder, published, document.published_basis, document.id),
        )
    return count


def recode(
    store,
    coder,
    *,
    everything: bool = False,
    progress: Callable[[str], None] | None = None,
) -> Change:
    """Re-extract the documents of another coder version (all with `everything`), merge,
    re-apply corrections; returns what changed."""
    from wirecode.pipeline import merge_store

    change = Change()
    before = store.events()
    version = coder.version
    ids = outdated_documents(store, "\0" if everything else version)  # "\0": every one
    for document_id in ids:
        document = store.document(document_id)
        if progress:
            progress(document.path or document_id)
        mentions = coder.code(document)
        count = replace_mentions(store, document, mentions, coder=version)
        change.documents += 1
        change.mentions_before += count
        change.mentions_after += len(mentions)
    merge_store(store)
    return compare(before, store.events(), change)
