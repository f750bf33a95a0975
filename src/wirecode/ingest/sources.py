"""Walk the inputs a user names and read each into Documents, or a reason to skip it.

Every input gets an `Outcome`, and nothing here raises for one bad input: a missing path, a
symbolic-link loop, a FIFO, an unreadable or oversized file, a broken JSON line, a PDF
without text. Memory stays bounded: no file larger than `max_bytes` is read (its size is
known before reading), JSONL files are read line by line with each line held to `max_bytes`,
and a text longer than `MAX_TEXT_CHARS` is split into parts (`path#part2`, ...).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from wirecode.ingest.decode import decode
from wirecode.ingest.documents import (
    MAX_TEXT_CHARS,
    date_note,
    make_document,
    parse_date,
    read_header,
    split_text,
)
from wirecode.ingest.pdf import PDF_MAGIC, read_pdf
from wirecode.ingest.webpage import looks_like_html, read_webpage
from wirecode.records import Document

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 5_000_000  # larger inputs are skipped with a reason (raise with --max-bytes)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
_CHUNK = 1 << 20
_MAGIC = (  # binary formats recognised by their first bytes, and what to say about them
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (also .docx, .odt, .epub): unpack or convert it first"),
    (b"\x1f\x8b", "gzip-compressed file: decompress it first"),
    (b"BZh", "bzip2-compressed file: decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed file: decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive: unpack it first"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office file: convert it first"),
    (b"{\\rtf", "RTF document: convert it to text first"),
)
_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: a Document, or the reason it was skipped."""

    source: str  # the path, "path:line" for JSONL, or "<stdin>"
    document: Document | None = None
    reason: str | None = None
    note: str | None = None  # how an ingested input was read, when that is worth saying

    @property
    def skipped(self) -> bool:
        return self.document is None


def display_name(path: str | os.PathLike) -> str:
    """A path as text that is safe to store and print: undecodable bytes and control
    characters (newlines, terminal escapes) written as backslash escapes."""
    name = os.fsdecode(path)
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in name
    )


def read_inputs(
    paths: Iterable[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[Outcome]:
    """One Outcome per input file, JSONL line or standard input, in a stable order."""
    max_bytes = max(1, max_bytes)
    for given in paths:
        if given == "-":
            yield from _read_stdin(stdin, max_bytes)
        else:
            yield from _read_path(given, max_bytes)


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> Iterator[Outcome]:
    if stdin is None:
        yield Outcome("<stdin>", reason="standard input is not available")
        return
    try:
        data = stdin.read(max_bytes + 1)
    except (OSError, ValueError) as error:
        yield Outcome("<stdin>", reason=f"standard input cannot be read: {error}")
        return
    if len(data) > max_bytes:
        yield Outcome("<stdin>", reason=_too_large(max_bytes))
        return
    yield from _read_bytes("<stdin>", data, suffix="", path=None)


def _too_large(max_bytes: int, size: int | None = None) -> str:
    found = f" ({size:,} bytes)" if size is not None else ""
    return f"larger than the {max_bytes:,}-byte limit{found}: raise it with --max-bytes"


def _stat_reason(path: str, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if os.path.islink(path):
        return "broken symbolic link"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file or folder"
    if error.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return f"cannot be read: {error.strerror or error}"


def _read_path(given: str | os.PathLike, max_bytes: int) -> Iterator[Outcome]:
    source = display_name(given)
    try:
        info = os.stat(given)
    except OSError as error:
        yield Outcome(source, reason=_stat_reason(os.fsdecode(given), error))
        return
    except ValueError:  # a NUL byte in the name
        yield Outcome(source, reason="not a valid path")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_folder(os.fsdecode(given), max_bytes)
    elif stat.S_ISREG(info.st_mode):
        yield from _read_file(os.fsdecode(given), source, info.st_size, max_bytes)
    else:
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        yield Outcome(source, reason=f"not a regular file ({kind})")


def _read_folder(folder: str, max_bytes: int) -> Iterator[Outcome]:
    """Every file below a folder, in sorted order; hidden files and folders are left out,
    links to folders are reported and not followed (no loops, no escaping the folder)."""
    found: list[tuple[str, Outcome | None]] = []
    stack = [folder]
    while stack:  # iterative: a folder tree of any depth cannot exhaust the stack
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as error:
            found.append((current, Outcome(display_name(current), reason=_listing(error))))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
                linked_dir = not is_dir and entry.is_symlink() and entry.is_dir()
            except OSError:
                is_dir = linked_dir = False
            if is_dir:
                stack.append(entry.path)
            elif linked_dir:
                reason = "link to a folder (not followed: name the folder itself)"
                found.append((entry.path, Outcome(display_name(entry.path), reason=reason)))
            else:
                found.append((entry.path, None))
    if not found:
        yield Outcome(display_name(folder), reason="folder holds no files")
        return
    for path, outcome in sorted(found, key=lambda item: item[0]):
        if outcome is not None:
            yield outcome
        else:
            yield from _read_path(path, max_bytes)


def _listing(error: OSError) -> str:
    return f"folder cannot be listed: {error.strerror or error}"


def _open(path: str) -> tuple[BinaryIO, int]:
    """The file open for reading, and its size; never blocks on a FIFO swapped in."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise IsADirectoryError(errno.EISDIR, "no longer a regular file")
    return os.fdopen(fd, "rb"), info.st_size


def _read_file(path: str, source: str, size: int, max_bytes: int) -> Iterator[Outcome]:
    suffix = os.path.splitext(path)[1].lower()
    jsonl = suffix in JSONL_SUFFIXES
    if size > max_bytes and not jsonl:
        yield Outcome(source, reason=_too_large(max_bytes, size))
        return
    try:
        handle, size = _open(path)
        with handle:
            if jsonl and size > max_bytes:
                yield from _read_jsonl_stream(source, handle, max_bytes)
                return
            data = handle.read(max_bytes + 1)
    except OSError as error:
        yield Outcome(source, reason=f"cannot be read: {error.strerror or error}")
        return
    if len(data) > max_bytes:
        yield Outcome(source, reason=_too_large(max_bytes))
    elif jsonl:
        yield from _read_jsonl(source, data)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(source, data)
    else:
        yield from _read_bytes(source, data, suffix=suffix, path=source)


def _binary_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


def _read_bytes(source: str, data: bytes, *, suffix: str, path: str | None) -> Iterator[Outcome]:
    """One text, PDF or HTML file's bytes: its Document (or parts), or the reason to skip."""
    kind = _binary_kind(data)
    if kind:
        yield Outcome(source, reason=f"binary file ({kind})")
        return
    if data.startswith(PDF_MAGIC) or (suffix == ".pdf" and PDF_MAGIC in data[:1024]):
        text, note = read_pdf(data, max_chars=20 * MAX_TEXT_CHARS)
        if text is None:
            yield Outcome(source, reason=note)
            return
        yield from _documents(source, text, path=path, note=note or "text of a PDF")
        return
    decoded = decode(data)
    if decoded.text is None:
        yield Outcome(source, reason=decoded.reason)
        return
    if looks_like_html(data, suffix) or looks_like_html(decoded.text[:4096].encode(), ""):
        page = read_webpage(decoded.text)
        if page is None:
            yield Outcome(source, reason="HTML page with no text")
            return
        fallback = "HTML: whole page text (no article found)" if page.fallback else None
        notes = [decoded.note, fallback]
        yield from _documents(
            source,
            page.text,
            path=path,
            note="; ".join(n for n in notes if n) or None,
            title=page.title,
            url=page.url,
            outlet=page.outlet,
            published=page.published,
            basis="metadata",
        )
        return
    published, text, date_problem = read_header(decoded.text)
    notes = "; ".join(n for n in (decoded.note, date_problem) if n) or None
    empty = "no text after the date header" if text != decoded.text else None
    yield from _documents(
        source, text, path=path, note=notes, published=published, basis="header", empty=empty
    )


def _documents(
    source: str,
    text: str,
    *,
    path: str | None,
    note: str | None = None,
    published=None,
    basis: str = "unknown",
    empty: str | None = None,
    **fields: str | None,
) -> Iterator[Outcome]:
    """The Document of one text, or its parts when it is longer than MAX_TEXT_CHARS."""
    document = make_document(
        text,
        path=path,
        published=published,
        published_basis=basis if published else "unknown",
        **fields,
    )
    if not document.text:
        yield Outcome(source, reason=empty or "no text (only invisible or control characters)")
        return
    if len(document.text) <= MAX_TEXT_CHARS:
        yield Outcome(source, document=document, note=note)
        return
    parts = split_text(document.text)
    for number, part in enumerate(parts, start=1):
        where = f"{source}#part{number}"
        split_note = f"part {number} of {len(parts)}: text longer than {MAX_TEXT_CHARS:,} chars"
        yield Outcome(
            where,
            document=make_document(
                part,
                path=f"{path}#part{number}" if path else None,
                published=published,
                published_basis=basis if published else "unknown",
                title=document.title,
                **{k: v for k, v in fields.items() if k != "title"},
            ),
            note="; ".join(n for n in (note, split_note) if n),
        )


# -- JSON and JSONL ------------------------------------------------------------------------
def _read_jsonl(source: str, data: bytes) -> Iterator[Outcome]:
    decoded = decode(data)
    if decoded.text is None:
        yield Outcome(source, reason=decoded.reason)
        return
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            yield from _jsonl_line(f"{source}:{number}", source, line)


def _read_jsonl_stream(source: str, handle: BinaryIO, max_bytes: int) -> Iterator[Outcome]:
    """A JSONL file larger than the limit, line by line; each line held to `max_bytes`."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # the rest of the long line, in chunks
                line = handle.readline(_CHUNK)
            yield Outcome(where, reason="JSON line " + _too_large(max_bytes))
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Outcome(where, reason=f"JSON line is not UTF-8 (offset {error.start})")
            continue
        if text.strip():
            yield from _jsonl_line(where, source, text)


def _jsonl_line(where: str, source: str, line: str) -> Iterator[Outcome]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        yield Outcome(where, reason=f"broken JSON line ({error.msg}, column {error.colno})")
        return
    except (ValueError, RecursionError) as error:  # huge integers, absurd nesting
        yield Outcome(where, reason=f"unusable JSON line ({str(error)[:80]})")
        return
    yield from _record(where, source, record)


def _read_json(source: str, data: bytes) -> Iterator[Outcome]:
    """A .json file: one record (an object with `text`) or a list of records."""
    decoded = decode(data)
    if decoded.text is None:
        yield Outcome(source, reason=decoded.reason)
        return
    try:
        content = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        yield Outcome(source, reason=f"broken JSON ({error.msg}, line {error.lineno})")
        return
    except (ValueError, RecursionError) as error:
        yield Outcome(source, reason=f"unusable JSON ({str(error)[:80]})")
        return
    if isinstance(content, list):
        if not content:
            yield Outcome(source, reason="JSON list is empty")
        for index, record in enumerate(content):
            yield from _record(f"{source}[{index}]", source, record)
    else:
        yield from _record(source, source, content)


def _record(where: str, source: str, record: object) -> Iterator[Outcome]:
    if not isinstance(record, dict):
        yield Outcome(where, reason="JSON record is not an object")
        return
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        yield Outcome(where, reason="JSON record has no 'text' string")
        return
    notes = []
    published_raw = record.get("published", record.get("date"))
    published = None
    if isinstance(published_raw, str):
        published = parse_date(published_raw)
        notes.append(date_note(published_raw, published))
    elif published_raw is not None:
        notes.append(f"'published' ignored (a {type(published_raw).__name__}, not a string)")
    fields = {key: record.get(key) for key in ("url", "title", "outlet")}
    fields = {key: value if isinstance(value, str) else None for key, value in fields.items()}
    record_id = record.get("id")
    if isinstance(record_id, bool) or not isinstance(record_id, str | int) or record_id == "":
        record_id = None
    path = where if record_id is None else f"{source}#{display_name(str(record_id))[:200]}"
    yield from _documents(
        where,
        body,
        path=path,
        note="; ".join(n for n in notes if n) or None,
        published=published,
        basis="metadata",
        **fields,
    )
