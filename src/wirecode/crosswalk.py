"""PLOVER ↔ CAMEO: the crosswalk shipped in `data/cameo_plover.tsv`.

The table is derived from PLOVER's `CAMEO2PLOVER-2021.txt` (manual draft 0.8): each CAMEO
code maps to a PLOVER type, mode and context. CAMEO 01 (public statements) and 02
(appeals) have no PLOVER type: `to_plover` returns None for them ("no event"). A code not
in the table falls back to its three-digit parent ("0234" → "023"), then to its root.

`to_cameo(event, mode)` goes the other way: the most general CAMEO code of that type and
mode (the shortest code, then the smallest), else of the type alone (CONSULT/phone → 041,
ASSAULT → 180).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

__all__ = ["CameoCode", "table", "to_cameo", "to_plover"]

# Where the table's most general code is not the one a reader expects for a bare type.
BARE_TYPE_CODES = {"ACCUSE": "112", "RETREAT": "084", "AGREE": "030", "SANCTION": "160"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    cameo: str
    plover: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


@functools.cache
def table() -> dict[str, CameoCode]:
    """CAMEO code → its PLOVER reading."""
    text = resources.files("wirecode").joinpath("data/cameo_plover.tsv").read_text("utf-8")
    rows: dict[str, CameoCode] = {}
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:  # the header
        cameo, plover, mode, context, description = (line.split("\t") + [""] * 5)[:5]
        contexts = tuple(c for c in context.split(";") if c)
        rows[cameo] = CameoCode(cameo, plover, mode or None, contexts, description)
    return rows


def to_plover(code: str) -> CameoCode | None:
    """The PLOVER reading of a CAMEO code, or None when PLOVER codes no event for it."""
    code = code.strip()
    rows = table()
    for candidate in (code, code[:3], code[:2] + "0"):
        if candidate in rows:
            return rows[candidate]
    return None


@functools.cache
def to_cameo(event: str, mode: str | None = None) -> str | None:
    """The CAMEO code written for a PLOVER type (and mode), or None for an unknown type."""
    rows = sorted(table().values(), key=lambda r: (len(r.cameo), r.cameo))
    if mode:
        for row in rows:
            if row.plover == event and row.mode == mode:
                return row.cameo
    if event in BARE_TYPE_CODES:
        return BARE_TYPE_CODES[event]
    for row in rows:
        if row.plover == event and row.mode is None:
            return row.cameo
    return next((row.cameo for row in rows if row.plover == event), None)
