"""wirecode: news articles in, a sourced, deduplicated, time-resolved record of events out.

The Python API:

    import wirecode
    events = wirecode.code(text, published="2023-04-27")   # one article → merged events
    account = wirecode.run(["examples/seeds"], db="wirecode.db")
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from wirecode import component  # noqa: E402, F401  (registers the spaCy factory)
from wirecode.api import code, run  # noqa: E402  (after __version__, which the coder reads)
from wirecode.database import Database, open  # noqa: E402, A004  (wirecode.open(db))
from wirecode.errors import (  # noqa: E402
    EvalDataError,
    InputError,
    ModelNotInstalled,
    SkippedInput,
    StoreError,
    WirecodeError,
)
from wirecode.records import ActorRef, DateValue, Document, Event, Mention, Place  # noqa: E402

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "ActorRef",
    "DateValue",
    "Document",
    "Event",
    "EvalDataError",
    "InputError",
    "Mention",
    "Place",
    "ModelNotInstalled",
    "SkippedInput",
    "StoreError",
    "WirecodeError",
    "Database",
    "__version__",
    "code",
    "open",
    "run",
]
