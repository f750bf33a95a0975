"""How much text could a full run skip? `python bench/coverage.py --docs 40`.

Parses a Timeline17 sample (bench/run.py's) and counts the tokens that lie in sentences
holding a trigger lemma of any PLOVER type (events/data/plover.yaml) or of a contact
(events/data/contacts.yaml), and in those sentences with their neighbourhood (2 sentences
before, 1 after, as `--prefilter` keeps lines). A full run can skip the NER and parse of
the rest at most: this bounds what skipping sentences without a candidate could save.
Lemmas from the full parse are exact, so a cheap tokenizer-level test could only select more.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import sample  # noqa: E402  (bench/ is not a package)

BEFORE, AFTER = 2, 1


def trigger_lemmas() -> set[str]:
    folder = resources.files("wirecode.events") / "data"
    plover = yaml.safe_load((folder / "plover.yaml").read_text("utf-8"))
    lemmas: set[str] = set()
    for key in ("verbs", "nouns", "compounds", "objects"):
        lemmas |= {str(entry).split()[0].lower() for entry in plover.get(key) or ()}
    for key in ("needs_partner", "ending", "light_nouns"):
        lemmas |= {str(entry).lower() for entry in plover.get(key) or ()}
    contacts = yaml.safe_load((folder / "contacts.yaml").read_text("utf-8"))
    consult = contacts.get("consult", {})
    lemmas |= {str(x).lower() for x in (*consult.get("verbs", {}), *consult.get("nouns", {}))}
    lemmas |= {str(x).lower() for x in contacts.get("request", {}).get("objects", [])}
    return lemmas


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    args = parser.parse_args(argv)

    from wirecode.nlp import load

    lemmas = trigger_lemmas()
    nlp = load()
    total = with_trigger = near = 0
    for doc in nlp.pipe([a["text"] for a in sample(args.docs)], batch_size=8):
        sents = list(doc.sents)
        hits = [any(t.lemma_.lower() in lemmas for t in sent) for sent in sents]
        for index, sent in enumerate(sents):
            total += len(sent)
            with_trigger += len(sent) * hits[index]
            near += len(sent) * any(hits[max(0, index - AFTER) : index + BEFORE + 1])
    print(f"{len(lemmas)} trigger lemmas, {total} tokens in {args.docs} articles")
    print(f"in sentences with a trigger lemma: {with_trigger / total:.0%}")
    print(f"with their neighbourhood ({BEFORE} before, {AFTER} after): {near / total:.0%}")


if __name__ == "__main__":
    main()
