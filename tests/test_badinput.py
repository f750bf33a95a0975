"""The bad-input corpus: every kind of junk has a defined outcome, and none stops a batch.

Small samples live in tests/badinput/; large ones are generated here at test time (never
committed). Each kind is one row of KINDS: a builder that makes the input under a temporary
folder, and the outcomes expected, in order: ("ok", text the document holds or its note
says) or ("skip", part of the reason). `docs/robustness.md` lists them as a table.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from wirecode.ingest import MAX_TEXT_CHARS, read_inputs
from wirecode.ingest import sources as ingest_sources

CORPUS = Path(__file__).resolve().parent / "badinput"
ARTICLE = "Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Friday."


def write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def corpus(name: str):
    return lambda tmp: CORPUS / name


def sparse(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with open(path, "wb") as handle:  # 200 MB on paper, no disk used
        handle.truncate(200 * 1024 * 1024)
    return path


def fifo(tmp: Path) -> Path:
    path = tmp / "pipe.txt"
    os.mkfifo(path)
    return path


def symlink(tmp: Path, name: str, target: str) -> Path:
    path = tmp / name
    os.symlink(target, path)
    return path


def folder_named_like_a_file(tmp: Path) -> Path:
    write(tmp / "article.txt", "inside.txt", ARTICLE)
    return tmp / "article.txt"


def folder_with_link_to_folder(tmp: Path) -> Path:
    write(tmp / "real", "a.txt", ARTICLE)
    (tmp / "links").mkdir()
    os.symlink(tmp / "real", tmp / "links" / "to_real")
    os.symlink(tmp / "links", tmp / "links" / "to_self")
    return tmp / "links"


def deep_tree(tmp: Path) -> Path:
    current = tmp / "deep"
    for _ in range(300):
        current = current / "d"
    write(current, "bottom.txt", ARTICLE)
    return tmp / "deep"


def sqlite_db(tmp: Path) -> Path:
    path = tmp / "notes.txt"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    return path


def big_jsonl(tmp: Path) -> Path:
    lines = [json.dumps({"id": f"n{i}", "text": f"{ARTICLE} Item {i}."}) for i in range(30)]
    lines.insert(10, json.dumps({"id": "long", "text": "word " * 4000}))
    return write(tmp, "stream.jsonl", "\n".join(lines) + "\n")


SENTENCES = " ".join(f"Officials met on day {i} to discuss trade." for i in range(100_000))

# name, builder, outcomes, read_inputs options
KINDS = [
    ("empty file", lambda t: write(t, "e.txt", b""), [("skip", "empty file")]),
    ("whitespace only", lambda t: write(t, "w.txt", " \n\t\r\n  "), [("skip", "empty file")]),
    ("NUL bytes", lambda t: write(t, "b.bin", b"\x00\x01\x02abc" * 10), [("skip", "binary")]),
    ("control bytes", lambda t: write(t, "c.txt", bytes(range(1, 32)) * 40), [("skip", "binary")]),
    ("PNG image", lambda t: write(t, "i.txt", b"\x89PNG\r\n\x1a\n" + b"x" * 50), [("skip", "PNG")]),
    (
        "gzip file",
        lambda t: write(t, "a.txt.gz", gzip.compress(ARTICLE.encode())),
        [("skip", "gzip")],
    ),
    ("ZIP/docx", lambda t: write(t, "a.docx", b"PK\x03\x04" + b"\x00" * 40), [("skip", "ZIP")]),
    ("SQLite file named .txt", sqlite_db, [("skip", "SQLite")]),
    (
        "truncated UTF-8",
        lambda t: write(t, "t.txt", "Zelensky — “talks” ".encode()[:-2]),
        [("ok", "truncated UTF-8")],
    ),
    (
        "UTF-8 with BOM",
        lambda t: write(t, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode()),
        [("ok", ARTICLE)],
    ),
    ("UTF-16 LE with BOM", corpus("utf16le_bom.txt"), [("ok", "Vladimir Putin on Friday")]),
    (
        "UTF-16 BE with BOM",
        lambda t: write(t, "be.txt", ARTICLE.encode("utf-16")),
        [("ok", ARTICLE)],
    ),
    ("UTF-16 BE without BOM", corpus("utf16be_nobom.txt"), [("ok", "without a byte-order mark")]),
    (
        "UTF-16 LE without BOM",
        lambda t: write(t, "le.txt", ARTICLE.encode("utf-16-le")),
        [("ok", "utf-16-le")],
    ),
    (
        "UTF-32 with BOM",
        lambda t: write(t, "u32.txt", ARTICLE.encode("utf-32")),
        [("ok", ARTICLE)],
    ),
    ("Latin-1", corpus("latin1.txt"), [("ok", "président chinois")]),
    ("cp1252 quotes", corpus("cp1252_quotes.txt"), [("ok", "“deep and candid” —")]),
    (
        "cp1251 Russian",
        lambda t: write(
            t, "ru.txt", "Путин провёл телефонный разговор с Си Цзиньпином.".encode("cp1251")
        ),
        [("ok", "Путин провёл")],
    ),
    (
        "Shift-JIS Japanese",
        lambda t: write(t, "ja.txt", "習近平国家主席は水曜日に電話会談した。".encode("shift_jis")),
        [("ok", "習近平")],
    ),
    ("200 MB file", sparse, [("skip", "larger than the 5,000,000-byte limit (209,715,200")]),
    (
        "single 5 MB line",
        lambda t: write(t, "line.txt", ("Xi met Putin and " * 310_000)[: 5 * 2**20]),
        [("skip", "raise it with --max-bytes")],
    ),
    (
        "HTML with scripts and navigation",
        corpus("page_with_scripts.html"),
        [("ok", "special envoy")],
    ),
    ("HTML with no text", corpus("only_navigation.html"), [("skip", "HTML page with no text")]),
    (
        "HTML fragment in a .txt",
        lambda t: write(t, "h.txt", f"<html><body><p>{ARTICLE}</p></body></html>"),
        [("ok", ARTICLE)],
    ),
    ("PDF with text", corpus("article.pdf"), [("ok", "Vladimir Putin by phone")]),
    ("PDF without text layer", corpus("scanned.pdf"), [("skip", "without a text layer")]),
    ("truncated PDF", corpus("truncated.pdf"), [("skip", "unreadable PDF")]),
    (
        "JSONL: broken lines, wrong types, missing text",
        corpus("broken.jsonl"),
        [
            ("ok", "Moscow on Tuesday"),
            ("skip", "broken JSON line"),
            ("skip", "no 'text' string"),  # text is a number
            ("skip", "no 'text' string"),  # no text field
            ("skip", "not an object"),  # an array
            ("skip", "not an object"),  # null
            ("skip", "no 'text' string"),  # text is null
            ("skip", "no 'text' string"),  # text is blank
            ("ok", "'published' ignored"),  # wrong types for id, date and title
            ("ok", "ignored (not a real date"),  # year 2999
            ("skip", "broken JSON line"),  # terminal escapes around junk
        ],
    ),
    (
        "JSONL: absurd nesting",
        lambda t: write(t, "n.jsonl", "[" * 100_000 + "]" * 100_000),
        [("skip", "JSON line")],
    ),
    (
        "JSONL: 5,000-digit number",
        lambda t: write(t, "d.jsonl", '{"text": "a", "n": ' + "9" * 5000 + "}"),
        [("skip", "unusable JSON line")],
    ),
    (
        "JSONL: lone surrogate",
        lambda t: write(t, "s.jsonl", '{"text": "Xi met \\ud800 Putin.", "title": "\\udfff"}'),
        [("ok", "Xi met \ufffd Putin.")],
    ),
    ("JSONL: empty", lambda t: write(t, "e.jsonl", b""), [("skip", "empty file")]),
    (
        "JSONL larger than the limit, one line too long",
        big_jsonl,
        [("ok", "Item")] * 10 + [("skip", "JSON line larger than")] + [("ok", "Item")] * 20,
        {"max_bytes": 2_000},
    ),
    (
        "JSON object",
        lambda t: write(t, "o.json", json.dumps({"text": ARTICLE, "published": "2022-02-25"})),
        [("ok", ARTICLE)],
    ),
    (
        "JSON list with a bad item",
        lambda t: write(t, "l.json", json.dumps([{"text": ARTICLE}, 3])),
        [("ok", ARTICLE), ("skip", "not an object")],
    ),
    ("JSON scalar", lambda t: write(t, "s.json", "42"), [("skip", "not an object")]),
    ("no date header", lambda t: write(t, "n.txt", ARTICLE), [("ok", ARTICLE)]),
    (
        "malformed date header",
        lambda t: write(t, "m.txt", f" date 2023-13-45\n{ARTICLE}"),
        [("ok", "'2023-13-45' ignored")],
    ),
    (
        "date header in the future",
        lambda t: write(t, "f.txt", f" date 2099-12-31\n{ARTICLE}"),
        [("ok", ARTICLE)],
    ),
    (
        "date header year 0001",
        lambda t: write(t, "y.txt", f" date 0001-01-01\n{ARTICLE}"),
        [("ok", "'0001-01-01' ignored")],
    ),
    (
        "date header and no text",
        lambda t: write(t, "h.txt", " date 2023-04-27\n\n"),
        [("skip", "no text after the date header")],
    ),
    (
        "Chinese text",
        lambda t: write(t, "zh.txt", "国家主席习近平4月26日下午同乌克兰总统泽连斯基通电话。"),
        [("ok", "习近平")],
    ),
    (
        "Arabic text",
        lambda t: write(t, "ar.txt", "التقى الرئيس الصيني بنظيره الروسي."),
        [("ok", "الصيني")],
    ),
    ("one word", lambda t: write(t, "one.txt", "Xi"), [("ok", "Xi")]),
    (
        "only invisible characters",
        lambda t: write(t, "z.txt", "\u200b\u200b\u2060\ufeff\u202e"),
        [("skip", "no text")],
    ),
    (
        "terminal escapes and bidi controls",
        lambda t: write(t, "esc.txt", f"\x1b[2J\x1b[31m{ARTICLE}\x1b[0m\u202e\x07"),
        [("ok", ARTICLE)],
    ),
    (
        "NUL past the binary probe",
        lambda t: write(t, "late.txt", ARTICLE + " " * 9000 + "\x00 tail."),
        [("ok", "tail.")],
    ),
    (
        "CR and CRLF line ends",
        lambda t: write(t, "cr.txt", "Headline\rBody one.\r\nBody two."),
        [("ok", "Headline\nBody one.\nBody two.")],
    ),
    (
        "combining-mark flood",
        lambda t: write(t, "zalgo.txt", "X" + "\u0301" * 20_000 + "i met Putin."),
        [("ok", "i met Putin.")],
    ),
    (
        "one 40,000-character word",
        lambda t: write(t, "word.txt", "x" * 40_000),
        [("ok", "part 1 of 2"), ("ok", "part 2 of 2")],
    ),
    (
        "symbolic link loop",
        lambda t: symlink(t, "loop.txt", "loop.txt"),
        [("skip", "symbolic link loop")],
    ),
    (
        "broken symbolic link",
        lambda t: symlink(t, "gone.txt", "nowhere.txt"),
        [("skip", "broken symbolic link")],
    ),
    (
        "links to folders inside a folder",
        folder_with_link_to_folder,
        [("skip", "link to a folder"), ("skip", "link to a folder")],
    ),
    ("folder named like a file", folder_named_like_a_file, [("ok", ARTICLE)]),
    (
        "empty folder",
        lambda t: (t / "void").mkdir() or t / "void",
        [("skip", "folder holds no files")],
    ),
    ("300-level folder tree", deep_tree, [("ok", ARTICLE)]),
    ("FIFO", fifo, [("skip", "FIFO")]),
    ("character device", lambda t: Path("/dev/null"), [("skip", "character device")]),
    ("missing path", lambda t: t / "missing.txt", [("skip", "no such file or folder")]),
    ("NUL in the path", lambda t: str(t / "a\x00b.txt"), [("skip", "not a valid path")]),
    (
        "file name with markup and escapes",
        lambda t: write(t, "[/]\x1b[31m\n.txt", ARTICLE),
        [("ok", ARTICLE)],
    ),
    (
        "file name not UTF-8",
        lambda t: write(t, os.fsdecode(b"caf\xe9.txt"), ARTICLE),
        [("ok", ARTICLE)],
    ),
]


@pytest.mark.parametrize(("builder", "expected", "options"), [
    pytest.param(k[1], k[2], k[3] if len(k) > 3 else {}, id=k[0]) for k in KINDS
])  # fmt: skip
def test_every_kind_of_bad_input_has_a_defined_outcome(tmp_path, builder, expected, options):
    source = builder(tmp_path)
    started = time.perf_counter()
    found = list(read_inputs([str(source)], **options))
    assert time.perf_counter() - started < 10
    assert len(found) == len(expected), [(o.source, o.reason, o.note) for o in found]
    for outcome, (status, part) in zip(found, expected, strict=True):
        if status == "skip":
            assert outcome.skipped and part in outcome.reason, outcome
        else:
            assert not outcome.skipped, outcome
            assert part in outcome.document.text + " | " + (outcome.note or ""), outcome
        text = outcome.source + (outcome.reason or "") + (outcome.note or "")
        assert text.isprintable() or text.replace("\n", "").isprintable()
        assert "\x1b" not in text and "\n" not in outcome.source


def test_there_are_at_least_forty_kinds():
    assert len(KINDS) >= 40


def test_a_200_megabyte_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = sparse(tmp_path)
    monkeypatch.setattr(ingest_sources, "_open", lambda p: pytest.fail("opened a huge file"))
    started = time.perf_counter()
    [outcome] = read_inputs([str(path)])
    assert time.perf_counter() - started < 1
    assert "--max-bytes" in outcome.reason


def test_the_5_megabyte_line_is_split_when_the_limit_is_raised(tmp_path):
    path = write(tmp_path, "line.txt", ("Xi met Putin and " * 310_000)[: 5 * 2**20])
    found = list(read_inputs([str(path)], max_bytes=6_000_000))
    assert len(found) > 100
    assert all(len(o.document.text) <= MAX_TEXT_CHARS for o in found)
    assert found[0].source.endswith("line.txt#part1")
    assert sum(len(o.document.text) for o in found) >= 5 * 2**20 - len(found) - 20


def test_an_article_of_100000_sentences_is_split_into_bounded_parts(tmp_path):
    path = write(tmp_path, "long.txt", " date 2023-04-27\n" + SENTENCES)
    started = time.perf_counter()
    found = list(read_inputs([str(path)]))
    assert time.perf_counter() - started < 10
    assert len(found) == len(SENTENCES) // MAX_TEXT_CHARS + 1
    assert {o.document.published.value for o in found} == {"2023-04-27"}
    assert all(len(o.document.text) <= MAX_TEXT_CHARS for o in found)
    assert all(o.document.text.endswith("trade.") for o in found)  # cut at sentence ends
    assert len({o.document.id for o in found}) == len(found)


def test_an_unreadable_file_is_skipped(tmp_path, monkeypatch):
    # tests run as root in CI, where chmod 000 does not stop reading: simulate EACCES
    bad = write(tmp_path, "secret.txt", ARTICLE)
    write(tmp_path, "fine.txt", ARTICLE + " Again.")
    real_open = os.open

    def guarded(path, flags, *args, **kwargs):
        if os.fspath(path) == str(bad):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(ingest_sources.os, "open", guarded)
    fine, secret = read_inputs([str(tmp_path)])
    assert fine.document is not None
    assert secret.reason == "cannot be read: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_chmod_000_file_is_skipped(tmp_path):
    bad = write(tmp_path, "secret.txt", ARTICLE)
    bad.chmod(0)
    [outcome] = read_inputs([str(bad)])
    assert "Permission denied" in outcome.reason


def test_an_unlistable_folder_is_skipped(tmp_path, monkeypatch):
    write(tmp_path / "locked", "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE + " B.")
    real_scandir = os.scandir

    def guarded(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest_sources.os, "scandir", guarded)
    found = list(read_inputs([str(tmp_path)]))
    assert [o.skipped for o in found] == [False, True]
    assert found[1].reason == "folder cannot be listed: Permission denied"


def test_a_file_that_vanishes_before_reading_is_skipped(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", ARTICLE)
    real_open = ingest_sources._open

    def vanish(p):
        os.unlink(p)
        return real_open(p)

    monkeypatch.setattr(ingest_sources, "_open", vanish)
    [outcome] = read_inputs([str(path)])
    assert outcome.reason.startswith("cannot be read: No such file")


@pytest.mark.parametrize(
    ("data", "status"),
    [(b"\x00\x01binary", "binary"), (b"", "empty"), (ARTICLE.encode("utf-16"), None)],
)
def test_standard_input(data, status):
    [outcome] = read_inputs(["-"], stdin=io.BytesIO(data))
    assert outcome.source == "<stdin>"
    if status:
        assert status in outcome.reason
    else:
        assert outcome.document.text == ARTICLE


def test_standard_input_is_bounded():
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    [outcome] = read_inputs(["-"], stdin=io.BufferedReader(Endless()), max_bytes=10_000)
    assert "larger than the 10,000-byte limit" in outcome.reason


def test_html_is_reduced_to_the_article():
    [outcome] = read_inputs([str(CORPUS / "page_with_scripts.html")])
    document = outcome.document
    assert document.title == "Xi and Zelensky speak by phone"
    assert document.published.value == "2023-04-27"
    assert document.published_basis == "metadata"
    for junk in ("Sign in", "ADVERTISEMENT", "alert", "dataLayer", "Cookie", "Celebrity chef"):
        assert junk not in document.text


def test_invisible_characters_do_not_split_documents():
    plain = list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode())))[0].document
    hidden = ARTICLE.replace("Xi", "X\u200bi").replace(" ", " \u202e", 2)
    dirty = list(read_inputs(["-"], stdin=io.BytesIO(hidden.encode())))[0].document
    assert dirty.id == plain.id


def test_a_batch_of_every_kind_runs_through_the_cli(tmp_path):
    """One `wirecode run` over a folder holding every kind: exit 0, every input accounted."""
    from click.testing import CliRunner

    from wirecode.cli import main

    batch = tmp_path / "batch"
    batch.mkdir()
    expected = 0
    slow = {"single 5 MB line", "one 40,000-character word", "300-level folder tree"}
    for index, kind in enumerate(KINDS):
        name, builder, outcomes = kind[:3]
        if len(kind) > 3 or name in slow:
            continue
        home = batch / f"{index:02d}"
        home.mkdir()
        source = builder(home)
        if isinstance(source, str) or not str(source).startswith(str(home)):
            continue  # /dev/null, a NUL path, corpus files: read from where they are
        expected += len(outcomes)
    for name in sorted(os.listdir(CORPUS)):
        os.symlink(CORPUS / name, batch / f"corpus_{name}")
    expected += 9 + len(KINDS[27][2]) - 1  # corpus files; broken.jsonl has 11 outcomes
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["run", str(batch), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    header = next(line for line in result.output.splitlines() if " inputs: " in line)
    assert header.startswith(f"{expected} inputs:"), header
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
