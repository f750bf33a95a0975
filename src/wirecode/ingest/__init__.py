"""Ingest: files, folders, standard input and JSONL become Documents, or skips with a reason.

`read_inputs(paths)` yields one `Outcome` per input (a file, a JSONL line, standard input):
either a Document or the reason it was skipped. Nothing here raises for one bad input.
"""

from wirecode.ingest.decode import Decoded, decode
from wirecode.ingest.documents import (
    MAX_TEXT_CHARS,
    make_document,
    normalise_text,
    parse_text_file,
)
from wirecode.ingest.sources import MAX_DOCUMENT_BYTES, Outcome, display_name, read_inputs

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_TEXT_CHARS",
    "Decoded",
    "Outcome",
    "decode",
    "display_name",
    "make_document",
    "normalise_text",
    "parse_text_file",
    "read_inputs",
]
