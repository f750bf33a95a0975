"""Walk the inputs a user names and read each into Documents, or a reason to skip it."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from wirecode.ingest.documents import make_document, parse_date, parse_text_file
from wirecode.records import Document

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 5_000_000  # larger inputs are skipped with a reason (raise with --max-bytes)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
BINARY_PROBE = 8192


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: a Document, or the reason it was skipped."""

    source: str  # the path, "path:line" for JSONL, or "<stdin>"
    document: Document | None = None
    reason: str | None = None

    @property
    def skipped(self) -> bool:
        return self.document is None


def read_inputs(
    paths: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Outcome]:
    """One Outcome per input file, JSONL line or standard input, in a stable order."""
    for given in paths:
        if given == "-":
            if stdin is None:
                yield Outcome("<stdin>", reason="standard input is not available")
                continue
            yield from _read_bytes("<stdin>", stdin.read(max_bytes + 1), max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield Outcome(given, reason="no such file or folder")


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Outcome]:
    """Every file below a folder, recursively, in sorted order; links to folders not followed."""
    files: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=lambda error: logger.warning("%s", error)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / name for name in names if not name.startswith("."))
    for path in sorted(files):
        yield from _read_file(path, max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Outcome]:
    source = str(path)
    try:
        if not path.is_file():
            yield Outcome(source, reason="not a regular file")
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Outcome(source, reason=f"larger than the {max_bytes:,}-byte limit ({size:,})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Outcome(source, reason=f"cannot be read: {error.strerror or error}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(source, data)
    else:
        yield from _read_bytes(source, data, max_bytes)


def _decode(source: str, data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason)."""
    if not data.strip():
        return None, "empty file"
    if b"\x00" in data[:BINARY_PROBE]:
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 text (invalid byte at offset {error.start})"


def _read_bytes(source: str, data: bytes, max_bytes: int) -> Iterator[Outcome]:
    if len(data) > max_bytes:
        yield Outcome(source, reason=f"larger than the {max_bytes:,}-byte limit")
        return
    text, reason = _decode(source, data)
    if text is None:
        yield Outcome(source, reason=reason)
        return
    document = parse_text_file(text, path=None if source == "<stdin>" else source)
    if not document.text:
        yield Outcome(source, reason="no text after the date header")
        return
    yield Outcome(source, document=document)


def _read_jsonl(source: str, data: bytes) -> Iterator[Outcome]:
    text, reason = _decode(source, data)
    if text is None:
        yield Outcome(source, reason=reason)
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Outcome(where, reason=f"broken JSON line ({error.msg})")
            continue
        yield _jsonl_record(where, source, record)


def _jsonl_record(where: str, source: str, record: object) -> Outcome:
    if not isinstance(record, dict):
        return Outcome(where, reason="JSON line is not an object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Outcome(where, reason="JSON line has no 'text' string")
    published_raw = record.get("published", record.get("date"))
    published = parse_date(published_raw) if isinstance(published_raw, str) else None
    fields = {key: record.get(key) for key in ("url", "title", "outlet")}
    fields = {key: value if isinstance(value, str) else None for key, value in fields.items()}
    document = make_document(
        body,
        path=where if not record.get("id") else f"{source}#{record['id']}",
        published=published,
        published_basis="metadata" if published else "unknown",
        **fields,
    )
    return Outcome(where, document=document)
