#!/usr/bin/env bash
# Install wirecode with its test dependencies in a fresh virtualenv, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[test]"
ruff check src tests scripts
python -m pytest -q "$@"
