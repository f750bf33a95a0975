"""Independent sources: reprints of one story are one report; an update replaces its mentions."""

from __future__ import annotations

import json

import pytest

from wirecode import dedup
from wirecode.pipeline import run
from wirecode.store import SQLiteStore

STORY = (
    "Chinese President Xi Jinping held a phone call with Ukrainian President Volodymyr "
    "Zelensky on Wednesday, the first known contact between the two leaders since Russia "
    "invaded Ukraine. Zelensky said the long and meaningful call would give a powerful "
    "impetus to relations between the two countries. Beijing said it would send a special "
    "envoy to Ukraine and hold talks with all parties on a political settlement. Xi told "
    "Zelensky that dialogue and negotiation were the only viable way out of the war, "
    "according to the state broadcaster. Ukraine named a new ambassador to China, a post "
    "that had been vacant since the invasion began last year. Analysts said the call was "
    "a response to criticism that Beijing had sided with Moscow in the conflict."
)
OTHER = (
    "Germany and France agreed on Monday to expand their energy partnership, after "
    "ministers met in Berlin to discuss gas storage, grid links and hydrogen projects. The "
    "two governments said new pipelines would be financed jointly over the next decade, "
    "and that the plan would be presented to the European Commission before the summer."
)


def reprint(i: int) -> str:
    """The same wire story as a site republishes it: its headline, boilerplate, a cut."""
    sentences = STORY.split(". ")
    kept = ". ".join(sentences[: len(sentences) - i % 3]) + "."
    return (
        f"Site {i} headline: Xi and Zelensky talk at last (version {i})\n"
        f"{kept}\nSubscribe to the site {i} newsletter. Copyright site {i} media group."
    )


def write_jsonl(path, records) -> str:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


def test_shingles_ignore_case_punctuation_and_spacing() -> None:
    assert dedup.shingles("A b, C  d e!") == dedup.shingles("a B c d\nE")


def test_containment_of_reprint_and_of_other_story() -> None:
    a, size_a = dedup.signature(STORY)
    b, size_b = dedup.signature(reprint(2))
    c, size_c = dedup.signature(OTHER)
    assert dedup.containment(a, size_a, b, size_b) >= dedup.CONTAINMENT
    assert dedup.containment(a, size_a, c, size_c) < 0.2


def test_signature_survives_the_database() -> None:
    minhash, size = dedup.signature(STORY)
    back, back_size = dedup.unpack(dedup.pack(minhash, size))
    assert back_size == size and back.jaccard(minhash) == 1.0


def test_ten_reprints_give_one_independent_source(tmp_path, coder) -> None:
    records = [
        {"text": reprint(i), "published": "2023-04-27", "outlet": f"site{i}.example",
         "url": f"https://site{i}.example/xi-zelensky"}
        for i in range(10)
    ]  # fmt: skip
    records.append({"text": OTHER, "published": "2023-04-27", "outlet": "other.example"})
    with SQLiteStore(tmp_path / "w.db") as store:
        run([write_jsonl(tmp_path / "in.jsonl", records)], store, coder=coder)
        lineage = dedup.lineage(store)
        events = store.events(actor="Zelensky", event="CONSULT")
    assert len(lineage.originals) == 9  # every reprint points at one original report
    assert len(set(lineage.originals.values())) == 1
    call = next(e for e in events if e["mode"] == "phone")
    assert call["sources"] == 10
    assert call["independent_sources"] == 1


def test_original_is_the_earliest_whatever_the_order(tmp_path, coder) -> None:
    later = {"text": reprint(1), "published": "2023-04-28", "outlet": "late.example"}
    first = {"text": reprint(0), "published": "2023-04-27", "outlet": "wire.example"}
    with SQLiteStore(tmp_path / "w.db") as store:
        run([write_jsonl(tmp_path / "a.jsonl", [later])], store, coder=coder)
        run([write_jsonl(tmp_path / "b.jsonl", [first])], store, coder=coder)
        originals = dedup.lineage(store).originals
        wire = next(d.id for d in store.documents() if d.outlet == "wire.example")
    assert list(originals.values()) == [wire]


def test_an_updated_article_replaces_its_mentions(tmp_path, coder) -> None:
    url = "https://news.example/xi-zelensky-call"
    old = {"text": STORY.replace("on Wednesday", "on Tuesday"), "published": "2023-04-27",
           "url": url, "outlet": "news.example"}  # fmt: skip
    new = {**old, "text": STORY + " The Kremlin said it noted the call.", "published": "2023-04-27"}
    with SQLiteStore(tmp_path / "w.db") as store:
        run([write_jsonl(tmp_path / "old.jsonl", [old])], store, coder=coder)
        before = store.events(actor="Zelensky", event="CONSULT")
        run([write_jsonl(tmp_path / "new.jsonl", [new])], store, coder=coder)
        after = store.events(actor="Zelensky", event="CONSULT")
        lineage = dedup.lineage(store)
        documents = {d.id: d for d in store.documents()}
        mention_documents = {m.document for m in store.mentions()}
    assert [e["date"] for e in before if e["mode"] == "phone"] == ["2023-04-25"]
    assert [e["date"] for e in after if e["mode"] == "phone"] == ["2023-04-26"]
    (older, newer), = lineage.successors.items()  # fmt: skip
    assert documents[newer].text.endswith("noted the call.")
    assert older not in mention_documents and newer in mention_documents
    call = next(e for e in after if e["mode"] == "phone")
    assert call["sources"] == 1 and call["independent_sources"] == 1


@pytest.mark.parametrize("threshold", [dedup.CONTAINMENT])
def test_different_stories_are_not_copies(tmp_path, threshold) -> None:
    with SQLiteStore(tmp_path / "w.db") as store:
        finder = dedup.CopyFinder(store, threshold=threshold)
        from wirecode.ingest import make_document

        for text in (STORY, OTHER):
            document = make_document(text)
            store.add_document(document, [], coder="test")
            assert finder.add(document) is None
        assert dedup.lineage(store).originals == {}
