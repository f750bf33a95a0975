"""Fuzzing (hypothesis): ingest, the date resolver and the CLI's option parsing never crash.

The CI run keeps the example counts small; `python scripts/fuzz_long.py` runs the same
properties with many more examples.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecode.cli import main
from wirecode.ingest import MAX_TEXT_CHARS, decode, read_inputs
from wirecode.time import find_timexes, infer_published, resolve

EXAMPLES = int(os.environ.get("WIRECODE_FUZZ_EXAMPLES", "0")) or None
FAST = settings(
    max_examples=EXAMPLES or 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SUFFIXES = ["", ".txt", ".jsonl", ".json", ".html", ".pdf", ".ndjson", ".md"]
# bytes that look like what ingest sniffs for, spliced into random data
PIECES = [
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"%PDF-1.4\n", b"<html>",
    b"<!doctype html>", b"<p>", b"</p>", b"<script>", b" date 2023-04-27\n", b" date 0001-01-01 ",
    b"\n", b"\r\n", b'{"text": "', b'"}', b"[", b"]", b"{", b"}", b'"published": ', b"\\ud800",
    b"\xc3", b"\xe2\x80", b"\x1b[31m", b"\xe2\x80\xae", b"Xi met Putin on Wednesday. ",
    b"PK\x03\x04", b"\x1f\x8b",
]  # fmt: skip
documents_bytes = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.sampled_from(PIECES) | st.binary(max_size=20), max_size=40).map(b"".join),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=300).map(lambda t: t.encode("utf-16", "surrogatepass")),
)


def check(outcomes) -> None:
    for outcome in outcomes:
        assert (outcome.document is None) != (outcome.reason is None), outcome
        if outcome.document is not None:
            text = outcome.document.text
            assert text and len(text) <= MAX_TEXT_CHARS
            text.encode("utf-8")  # storable: no lone surrogates
            assert outcome.document.id.startswith("doc_")
        else:
            assert outcome.reason.strip()


@FAST
@given(data=documents_bytes, suffix=st.sampled_from(SUFFIXES))
def test_ingest_never_raises_on_any_file(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input" + suffix)
        with open(path, "wb") as handle:
            handle.write(data)
        check(list(read_inputs([path], max_bytes=4096)))


@FAST
@given(data=documents_bytes)
def test_ingest_never_raises_on_standard_input(data):
    check(list(read_inputs(["-"], stdin=io.BytesIO(data))))


@FAST
@given(data=documents_bytes)
def test_decode_never_raises(data):
    decoded = decode(data)
    assert (decoded.text is None) != (decoded.reason is None)


anchors = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
WORDS = [
    "on", "last", "next", "this", "Monday", "Friday", "April", "Feb.", "26", "31", "0", "2023",
    "0001", "9999", "ago", "days", "years", "week", "month", "the", "same", "day", "earlier",
    "later", "since", "between", "and", "-", "/", ".", ",", "(", ")", "summer", "mid-",
    "weekend", "tomorrow", "yesterday", "a", "decade", "century", "1e9", "99999999999", "",
]  # fmt: skip
time_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join),
)


@settings(max_examples=EXAMPLES or 200, deadline=None)
@given(text=time_texts, anchor=anchors, future=st.booleans())
def test_date_resolver_never_raises_on_any_text(text, anchor, future):
    for timex in find_timexes(text):
        value = resolve(timex, anchor, future=future)
        assert value is None or value.start <= value.end
    value = resolve(text, anchor, future=future)
    assert value is None or value.start <= value.end
    infer_published(text)


OPTIONS = [
    "--db", "--format", "--actor", "--event", "--status", "--since", "--until", "--json",
    "--max-bytes", "-q", "--quiet", "-o", "--help", "--version", "--kb", "--on", "--country",
    "--check", "--workers", "--", "-", "jsonl", "json", "csv", "md", "table", "parquet",
    "occurred", "CONSULT", "0", "-1", "99999999999999999999", "2023-13-45", "x' OR '1'='1",
    "[/]", "\x1b[31m", "é", "%s", "{}", "ev_", "nonexistent.txt", "",
]  # fmt: skip
COMMANDS = ["run", "timeline", "show", "export", "actors", "nope", "--help", ""]


@settings(
    max_examples=EXAMPLES or 60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(command=st.sampled_from(COMMANDS), args=st.lists(st.sampled_from(OPTIONS), max_size=6))
def test_cli_option_parsing_never_shows_a_traceback(tmp_path, command, args):
    db = str(tmp_path / "fuzz.db")
    argv = [command, *args] if command else args
    runner = CliRunner()
    with contextlib.chdir(tmp_path):  # "--db {}", "-o parquet" write there, not in the checkout
        result = runner.invoke(main, argv, env={"WIRECODE_DB": db}, catch_exceptions=True, input="")
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (argv, repr(result.exception))
    assert "Traceback" not in result.output, argv
    assert result.exit_code in (0, 1, 2), (argv, result.exit_code, result.output)
