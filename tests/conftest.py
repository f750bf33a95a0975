"""Shared test set-up: paths, the `--update-golden` flag and the spaCy-backed coder.

The spaCy model is loaded once per session: `wirecode.code` caches its coder, and the
fixtures below only hand out that one instance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = Path(__file__).resolve().parent / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.events.json from the current engine output",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5, f"expected the 5 seed articles in {SEEDS}, found {len(files)}"
    return files


@pytest.fixture(scope="session")
def coder():
    """The process-wide coder of `wirecode.code` (the model loads once per session)."""
    from wirecode.api import _coder

    return _coder()
