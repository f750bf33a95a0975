#!/usr/bin/env bash
# Install wirecode in a fresh virtualenv and run it on the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e .
rm -f examples/wirecode.db
wirecode run examples/seeds --db examples/wirecode.db
