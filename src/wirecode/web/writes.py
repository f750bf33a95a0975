"""The HTTP API's writes: analysts' corrections, when the server is started writable.

    POST   /corrections        {"kind": "reject"|"merge"|"split"|"fix", "event": ID, ...}
    DELETE /corrections/{id}   undo one
    GET    /corrections.json   every correction, undone ones too

The same operations as `wirecode correct` (wirecode.corrections); each request opens the
store, records the correction and merges again, so readers see the corrected events at once.
Access (a Bearer token) is checked by the middleware in `wirecode.web.app`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from wirecode import corrections
from wirecode.store import SQLiteStore

Name = Field(default=None, max_length=200)


class CorrectionIn(BaseModel):
    """One correction: `kind` and the `event` it applies to, with what that kind needs."""

    kind: Literal["reject", "merge", "split", "fix"]
    event: str = Field(max_length=200)
    other: str | None = Field(default=None, max_length=200, description="merge: the other event")
    mention: str | None = Field(
        default=None, max_length=300, description="split: number (1 = first) or DOCUMENT:OFFSET"
    )
    date: str | None = Field(default=None, max_length=10)
    event_type: str | None = Field(default=None, max_length=20)
    mode: str | None = Field(default=None, max_length=40)
    status: str | None = Field(default=None, max_length=20)
    actors: list[str] | None = Field(default=None, max_length=20)
    recipients: list[str] | None = Field(default=None, max_length=20)
    comment: str | None = Field(default=None, max_length=2000)
    author: str | None = Field(default=None, max_length=200)


def add_write_routes(app: FastAPI, db: str | Path) -> None:
    def store() -> SQLiteStore:
        return SQLiteStore(db)

    @app.get("/corrections.json", summary="Every correction, undone ones too")
    def list_corrections():
        with store() as s:
            return JSONResponse([c.to_dict() for c in corrections.load(s)])

    @app.post("/corrections", status_code=201, summary="Record a correction (needs the token)")
    def add_correction(body: CorrectionIn):
        who = {"comment": body.comment, "author": body.author}
        with store() as s:
            if body.kind == "reject":
                done = corrections.reject(s, body.event, **who)
            elif body.kind == "merge":
                if not body.other:
                    raise corrections.CorrectionError("merge needs `other`: the event to merge")
                done = corrections.merge_events(s, body.event, body.other, **who)
            elif body.kind == "split":
                if not body.mention:
                    raise corrections.CorrectionError("split needs `mention`: 1..N")
                done = corrections.split(s, body.event, body.mention, **who)
            else:
                done = corrections.fix(
                    s,
                    body.event,
                    date=body.date,
                    event=body.event_type,
                    mode=body.mode,
                    status=body.status,
                    actors=body.actors,
                    recipients=body.recipients,
                    **who,
                )
            return JSONResponse(done.to_dict(), status_code=201)

    @app.delete("/corrections/{correction_id}", summary="Undo a correction (needs the token)")
    def undo_correction(correction_id: int):
        with store() as s:
            return JSONResponse(corrections.undo(s, correction_id).to_dict())
