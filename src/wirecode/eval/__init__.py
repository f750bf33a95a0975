"""Gold suites: each scores the engine against public or development data.

`SUITES` maps a suite name to "module:function"; the function takes an optional path and
returns a result with `to_dict()` (the `--json` object) and `format_table()`.
"""

from __future__ import annotations

import importlib

SUITES: dict[str, str] = {
    "tempeval3": "wirecode.eval.tempeval:run_tempeval3",
    "devset": "wirecode.eval.run:run_devset",
    "plover-gsr": "wirecode.eval.plover_gsr:run_plover_gsr",
    "timeline17": "wirecode.eval.timeline17:run_timeline17",
    "petr2-gsr": "wirecode.eval.petr2:run_petr2",
    "polnear": "wirecode.eval.polnear:run_polnear",
    "locations": "wirecode.eval.locations:run_locations",
    "undated": "wirecode.eval.undated:run_undated",
}


def run_suite(name: str, path: str | None = None):
    """Run one suite by name."""
    module, function = SUITES[name].split(":")
    return getattr(importlib.import_module(module), function)(path)
