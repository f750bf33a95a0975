"""Ingest: files, folders, standard input and JSONL become Documents, or skips with a reason.

`read_inputs(paths)` yields one `Outcome` per input (a file, a JSONL line, standard input):
either a Document or the reason it was skipped. Nothing here raises for one bad input.
"""

from wirecode.ingest.documents import make_document, normalise_text, parse_text_file
from wirecode.ingest.sources import MAX_DOCUMENT_BYTES, Outcome, read_inputs

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Outcome",
    "make_document",
    "normalise_text",
    "parse_text_file",
    "read_inputs",
]
