"""Precision and recall of "copy of" (wirecode.dedup) on pairs built from Timeline17.

Not part of the test run: `python scripts/eval_dedup.py [--data ../shared/evaldata/timeline17]`.

Timeline17 has no copy labels, so the pairs are built, and labelled by how they were built:

* copies (positive): a real article against a republished form of itself, made the way
  sites republish wire copy: a new headline line, site boilerplate before and after, and
  the ending trimmed by 0-40 % of its sentences (one in three also loses a middle
  paragraph-sized run of sentences). The transforms are ours, so recall is measured on
  realistic but synthetic reprints.
* hard negatives: two different real articles of the same topic published at most two days
  apart (the same story across days), including the same story told by two outlets
  (LibyaWar cnn vs reuters, SyrianCrisis bbc vs reuters). Labelled "not a copy".
  Timeline17 itself holds a few true near-duplicates (the same article crawled twice);
  such pairs are labelled by a reader: the script lists every negative it calls a copy, with
  its containment, so each can be read and relabelled (`--show`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
from pathlib import Path

from datasketch import MinHashLSH

from wirecode import dedup

DATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "timeline17"
PTB = {"-LRB-": "(", "-RRB-": ")", "``": '"', "''": '"'}


def detok(text: str) -> str:
    for a, b in PTB.items():
        text = text.replace(a, b)
    return re.sub(r" ([,.;:!?%)]|'s|n't)", r"\1", text)


def load(data: Path) -> list[dict]:
    articles = []
    for topic in sorted(p for p in data.iterdir() if p.is_dir()):
        story = topic.name.split("_")[0]
        for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            articles.append(
                {
                    "id": f"{topic.name}/{record['id']}",
                    "topic": topic.name,
                    "story": story,
                    "time": dt.date.fromisoformat(record["time"][:10]),
                    "text": detok(record["text"]),
                }
            )
    return articles


def reprint(text: str, rng: random.Random, i: int) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", text)
    keep = max(3, round(len(sentences) * (1 - rng.uniform(0.0, 0.4))))
    kept = sentences[:keep]
    if i % 3 == 0 and len(kept) > 12:
        cut = rng.randrange(3, len(kept) - 6)
        kept = kept[:cut] + kept[cut + 3 :]
    head = f"Breaking: site {i} headline on today's news ({rng.randint(1, 999)})"
    boiler = f"Share this article. Follow site {i} on social media. Copyright {i} Media."
    return f"{head}\n{boiler}\n{' '.join(kept)}\nRead more: related stories from site {i}."


def is_copy(a: str, b: str, threshold: float) -> tuple[bool, float]:
    (ha, na), (hb, nb) = dedup.signature(a), dedup.signature(b)
    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
    lsh.insert("a", ha)
    score = dedup.containment(ha, na, hb, nb)
    return bool(lsh.query(hb)) and score >= threshold, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--positives", type=int, default=300)
    parser.add_argument("--negatives", type=int, default=1500)
    parser.add_argument("--threshold", type=float, default=dedup.CONTAINMENT)
    parser.add_argument("--show", action="store_true", help="Print negatives called copies.")
    args = parser.parse_args()
    rng = random.Random(10)
    articles = [a for a in load(args.data) if len(a["text"]) > 400]
    positives = [(a["text"], reprint(a["text"], rng, i), a["id"])
                 for i, a in enumerate(rng.sample(articles, args.positives))]  # fmt: skip
    near = [
        (a, b)
        for a, b in itertools.combinations(articles, 2)
        if a["story"] == b["story"] and abs((a["time"] - b["time"]).days) <= 2
    ]
    negatives = rng.sample(near, min(args.negatives, len(near)))
    cross = [(a, b) for a, b in negatives if a["topic"] != b["topic"]]
    tp = sum(is_copy(a, b, args.threshold)[0] for a, b, _ in positives)
    flagged = []
    for a, b in negatives:
        copy, score = is_copy(a["text"], b["text"], args.threshold)
        if copy:
            flagged.append((score, a, b))
    fp = len(flagged)
    fn = len(positives) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / len(positives)
    print(f"threshold {args.threshold}: {len(positives)} copy pairs, {len(negatives)} "
          f"same-story pairs ({len(cross)} across outlets)")  # fmt: skip
    print(f"true copies found {tp}, missed {fn}; different reports called copies {fp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    if args.show:
        for score, a, b in sorted(flagged, key=lambda f: -f[0]):
            print(f"\n{score:.2f}  {a['id']} ({a['time']})  ~  {b['id']} ({b['time']})")
            print("   ", a["text"][:160].replace("\n", " "))
            print("   ", b["text"][:160].replace("\n", " "))


if __name__ == "__main__":
    main()
