"""Ingest: every input becomes a document or a skip with its reason."""

from __future__ import annotations

import io
import json

import pytest

from wirecode.ingest import normalise_text, parse_text_file, read_inputs


def outcomes(paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_header_on_same_line_as_article():
    document = parse_text_file(" date 2023-04-27 BEIJING: Xi spoke with Zelensky.")
    assert document.published.value == "2023-04-27"
    assert document.published_basis == "header"
    assert document.text == "BEIJING: Xi spoke with Zelensky."


def test_header_on_its_own_line():
    document = parse_text_file(" date 2022-08-04\nUkraine's president calls for talks.")
    assert document.published.value == "2022-08-04"
    assert document.text.startswith("Ukraine's president")


@pytest.mark.parametrize("raw", ["No header here.", " date 2023-13-45 Bad month."])
def test_missing_or_malformed_header_leaves_date_unknown(raw):
    document = parse_text_file(raw)
    assert document.published is None
    assert document.published_basis == "unknown"


def test_same_text_gives_same_id_whatever_the_spacing():
    a = parse_text_file("Xi  spoke with\r\nPutin. ")
    b = parse_text_file("Xi spoke with\nPutin.")
    assert a.id == b.id
    assert a.id != parse_text_file("Xi spoke with Biden.").id


def test_normalise_collapses_blank_lines():
    assert normalise_text("a\n\n\n\nb") == "a\n\nb"


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.")
    (tmp_path / "1.txt").write_text("First article.")
    found = outcomes([tmp_path])
    assert [o.document.text for o in found] == ["First article.", "Second article."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t ", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b" date 2023-04-27\n", "no text after the date header"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [outcome] = outcomes([path])
    assert outcome.skipped
    assert reason in outcome.reason


def test_missing_path_is_skipped(tmp_path):
    [outcome] = outcomes([tmp_path / "nope.txt"])
    assert outcome.reason == "no such file or folder"


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    [outcome] = outcomes([path], max_bytes=100)
    assert "limit" in outcome.reason


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffXi met Putin.".encode())
    [outcome] = outcomes([path])
    assert outcome.document.text == "Xi met Putin."


def test_stdin():
    [outcome] = list(read_inputs(["-"], stdin=io.BytesIO(b" date 2022-02-25 Xi called Putin.")))
    assert outcome.source == "<stdin>"
    assert outcome.document.published.value == "2022-02-25"


def test_jsonl_lines_become_documents_and_broken_lines_are_skipped(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Xi met Putin.",
                "published": "2023-03-21",
                "outlet": "Reuters",
                "url": "https://example.org/a",
                "title": "T",
            }
        ),
        "{broken",
        json.dumps({"text": "Lula met Xi.", "date": "2023-04-14T10:00:00Z"}),
        json.dumps({"title": "no text"}),
        json.dumps(["not", "an", "object"]),
        "",
    ]
    path.write_text("\n".join(lines))
    found = outcomes([path])
    assert [o.skipped for o in found] == [False, True, False, True, True]
    first, broken, second, no_text, not_object = found
    assert first.document.outlet == "Reuters"
    assert first.document.published.value == "2023-03-21"
    assert first.document.published_basis == "metadata"
    assert first.document.url == "https://example.org/a"
    assert broken.source.endswith(":2") and "broken JSON" in broken.reason
    assert second.document.published.value == "2023-04-14"
    assert "no 'text'" in no_text.reason
    assert "not an object" in not_object.reason
