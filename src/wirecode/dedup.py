"""Independent sources: which documents are copies of one report, and which replace another.

Ten sites that republish one agency story, each with its own headline, boilerplate or a
trimmed ending, are one report, not ten confirmations. Each document gets a MinHash
signature (datasketch, 128 permutations, `affine32` scheme) of its word 5-grams; an LSH
index proposes candidates, and a candidate is a copy when the estimated *containment* of
the shorter text in the longer is at least `CONTAINMENT` (a trimmed reprint is contained in
its original; two stories on the same day's news share a few phrases, not most of them).

A group of copies points at its original report (`copy_of`): the earliest-published member,
ties broken by id, so the answer does not depend on the order of ingestion. An event's
`independent_sources` counts distinct originals (by outlet where known), beside `sources`.

A newer text at the same URL (an updated article) supersedes the older one: the older
document stays stored, marked `superseded_by`, and its mentions are removed, so the update
replaces them instead of adding to them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import struct
from dataclasses import dataclass, field

from wirecode.records import Document
from wirecode.store import sql

logger = logging.getLogger(__name__)

NUM_PERM = 128
SCHEME = "affine32"  # datasketch >= 2.0; stored signatures depend on it
SHINGLE = 5  # words
CONTAINMENT = 0.6  # estimated share of the shorter text's 5-grams found in the longer
LSH_THRESHOLD = 0.2  # Jaccard at which LSH proposes a candidate (recall first)
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Lower-cased word k-grams; punctuation, spacing and tokenisation do not count."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str):
    """(MinHash, number of shingles) of a text."""
    from datasketch import MinHash

    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(grams))
    return minhash, len(grams)


def containment(a, size_a: int, b, size_b: int) -> float:
    """Estimated |A ∩ B| / min(|A|, |B|) from the MinHash Jaccard and the set sizes."""
    if not size_a or not size_b:
        return 0.0
    jaccard = a.jaccard(b)
    shared = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, shared / min(size_a, size_b))


def pack(minhash, size: int) -> bytes:
    return struct.pack("<Q", size) + minhash.hashvalues.tobytes()


def unpack(data: bytes):
    import numpy as np
    from datasketch import MinHash

    (size,) = struct.unpack("<Q", data[:8])
    values = np.frombuffer(data[8:], dtype=np.uint32 if len(data) - 8 == 4 * NUM_PERM else "<u8")
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=values), size


@dataclass(slots=True)
class Lineage:
    """Copies and newer versions among the stored documents."""

    originals: dict[str, str] = field(default_factory=dict)  # copy → original report
    successors: dict[str, str] = field(default_factory=dict)  # older version → newer


def lineage(store) -> Lineage:
    found = Lineage()
    rows = sql.execute(store, "SELECT document, copy_of, superseded_by FROM document_lineage")
    for document, copy_of, superseded_by in rows.fetchall():
        if copy_of:
            found.originals[document] = copy_of
        if superseded_by:
            found.successors[document] = superseded_by
    return found


class CopyFinder:
    """Finds, for each newly stored document, its copies and older versions."""

    def __init__(self, store, *, threshold: float = CONTAINMENT) -> None:
        from datasketch import MinHashLSH

        self.store = store
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, tuple] = {}
        self.roots: dict[str, str] = {}
        self.published: dict[str, dt.date] = {}
        rows = sql.execute(
            store,
            "SELECT l.document, l.copy_of, l.superseded_by, l.signature, d.published "
            "FROM document_lineage l JOIN documents d ON d.id = l.document",
        ).fetchall()
        dates = store.published_dates()
        for document, copy_of, superseded_by, data, _ in rows:
            self.roots[document] = copy_of or document
            self.published[document] = dates.get(document) or dt.date.max
            if data is not None and not superseded_by:
                self._index(document, unpack(bytes(data)))
        missing = sql.execute(
            store,
            "SELECT id FROM documents WHERE id NOT IN (SELECT document FROM document_lineage "
            "WHERE signature IS NOT NULL OR superseded_by IS NOT NULL) ORDER BY id",
        ).fetchall()
        for (document_id,) in missing:  # stored before schema 2: signed on first use
            self.add(store.document(document_id))

    def _index(self, document: str, sig: tuple) -> None:
        self.signatures[document] = sig
        self.lsh.insert(document, sig[0])

    def copies(self, minhash, size: int, *, exclude: str = "") -> list[str]:
        """Stored documents whose text the new one copies, or that copy it."""
        found = []
        for other in self.lsh.query(minhash):
            if other == exclude:
                continue
            other_hash, other_size = self.signatures[other]
            if containment(minhash, size, other_hash, other_size) >= self.threshold:
                found.append(other)
        return sorted(found)

    def add(self, document: Document) -> str | None:
        """Record a stored document, in a transaction of its own; returns its original
        report (None if it is one)."""
        with sql.transaction(self.store):
            return self.record(document)

    def record(self, document: Document) -> str | None:
        """`add` inside the caller's transaction: `pipeline.run` writes a document, its
        mentions and its lineage as one (a kill between them must not split a group)."""
        if document.id in self.signatures:  # signed already (when this finder was built)
            root = self.roots.get(document.id, document.id)
            return None if root == document.id else root
        sig = signature(document.text)
        published = document.published.end if document.published else dt.date.max
        self.published[document.id] = published
        older = self._older_versions(document, published)
        sql.execute(
            self.store,
            "INSERT INTO document_lineage(document, signature) VALUES (?, ?) "
            "ON CONFLICT(document) DO UPDATE SET signature = excluded.signature",
            (document.id, sql.blob(self.store, pack(*sig))),
        )
        for old, new in older.items():
            self._supersede(old, new)
        if document.id in older:
            return None
        # the group is the connected set of copies, whatever the order they came in; its
        # original is the earliest-published member, ties broken by id
        group = {document.id} | {d for d, r in self.roots.items() if r == document.id}
        for other in self.copies(*sig, exclude=document.id):
            root = self.roots.get(other, other)
            group |= {d for d, r in self.roots.items() if r == root} | {other}
        self._index(document.id, sig)
        group = {d for d in group if d in self.signatures}
        root = min(group, key=lambda d: (self.published.get(d, dt.date.max), d))
        for member in sorted(group):
            self.roots[member] = root
            sql.execute(
                self.store,
                "UPDATE document_lineage SET copy_of = ? WHERE document = ?",
                (None if member == root else root, member),
            )
        return None if root == document.id else root

    def _older_versions(self, document: Document, published: dt.date) -> dict[str, str]:
        """Older version → newer version, for the stored texts at this document's URL."""
        if not document.url:
            return {}
        rows = sql.execute(
            self.store,
            "SELECT d.id FROM documents d LEFT JOIN document_lineage l ON l.document = d.id "
            "WHERE d.url = ? AND d.id != ? AND l.superseded_by IS NULL",
            (document.url, document.id),
        ).fetchall()
        found = {}
        for (other,) in rows:
            other_published = self.published.get(other, dt.date.max)
            if other_published != dt.date.max and published < other_published:
                found[document.id] = other  # the incoming text is the older version
            else:
                found[other] = document.id
        return found

    def _supersede(self, old: str, new: str) -> None:
        logger.info("document %s is a newer version of %s: its mentions replace", new, old)
        sql.execute(
            self.store,
            "INSERT INTO document_lineage(document, superseded_by) VALUES (?, ?) "
            "ON CONFLICT(document) DO UPDATE SET superseded_by = excluded.superseded_by, "
            "copy_of = NULL",
            (old, new),
        )
        sql.execute(self.store, "DELETE FROM mentions WHERE document = ?", (old,))
        if old in self.signatures:
            self.lsh.remove(old)
            del self.signatures[old]
        # the newer version is the original report its copies now point at
        sql.execute(
            self.store, "UPDATE document_lineage SET copy_of = ? WHERE copy_of = ?", (new, old)
        )
        for member, root in list(self.roots.items()):
            if root == old:
                self.roots[member] = new
        self.roots.pop(old, None)
        self.roots.setdefault(new, new)
