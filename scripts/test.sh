#!/usr/bin/env bash
# Install wirecode with its test dependencies in a fresh virtualenv, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[test]"
ruff check src tests scripts
# PostgreSQL for the store tests (tests/test_store_backends.py), from Debian's packages, when
# running as root; without a server those tests skip with the reason.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if ! command -v pg_ctlcluster >/dev/null; then
        { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null; } \
            || echo "postgresql not installed: the PostgreSQL store tests will skip"
    fi
    if command -v pg_ctlcluster >/dev/null; then
        version=$(ls /etc/postgresql | sort -n | tail -1)
        pg_ctlcluster "$version" main start 2>/dev/null || true
        su postgres -c "psql -qc 'create role root superuser login'" 2>/dev/null || true
        su postgres -c "createdb -O root wirecode_test" 2>/dev/null || true
    fi
fi
# Debian's Chromium for the browser tests (tests/test_web_browser.py), as root on CI or when
# asked (WIRECODE_INSTALL_CHROMIUM=1); never `playwright install`. Without it they skip.
if [ "$(id -u)" = 0 ] && { [ "${CI:-}" = true ] || [ "${WIRECODE_INSTALL_CHROMIUM:-}" = 1 ]; }; then
    command -v chromium >/dev/null || {
        apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null
    } || echo "chromium not installed: the browser tests will skip"
fi
python -m pytest -q "$@"
