"""Score key-date timelines against Timeline17 (../shared/evaldata/timeline17).

Reading of the conventions, as implemented here:

- A topic is a folder with `articles.jsonl` ({id, time, text}: PTB-tokenised, with page
  boilerplate) and `timelines.jsonl` (each line a journalist's timeline, `[[date,
  [sentences]], ...]`).
- Each article is detokenised, its time expressions found and resolved against its
  publication date (`wirecode.keydates.items_from_text`), and the days are ranked by
  `wirecode.keydates.rank`. No spaCy: the pass is regular expressions only.
- For each gold timeline of N dates, the top N days of its topic (kept within the timeline's
  own first and last day, as news-tls does) are compared with the gold dates: Date-F1 is
  2PR/(P+R) over the two date sets (with N dates on each side, P = R = F1). The suite's
  Date-F1 is the mean over timelines; `adjacent_share` is the share of consecutive selected
  dates exactly one day apart (the gold timelines: 0.45).
- Development topics are EgyptianProtest_cnn, LibyaWar_cnn and SyrianCrisis_bbc; the report
  gives all six topics and the other three alone (`test`).
- `wirecode eval timeline17 --errors` lists the development timelines' errors: each gold day
  missed (with no evidence at all, or ranked below N: its rank, score, sources and the sentence
  of its heaviest item) and each day chosen that the journalists did not list (next to a gold
  day, or elsewhere: the same), with the score of the N-th day chosen (`cut`) and the average
  precision of the whole ranking (how high the gold days rank beyond N). Each day with
  evidence is also "reported" (most of its score comes from references written within
  `REPORTED_DAYS` of it: the collection covered it as it happened) or "looked back" (later
  articles named it back), counted in `evidence`. Each such day also counts its sources by
  when they were written (`lags`: on the day itself, within `REPORTED_DAYS` after it, or later;
  a source's heaviest item decides), and `lags_mean` gives the mean counts over the days
  chosen rightly, the false days and the missed ones: whether many outlets naming a day
  afterwards sets the journalists' days apart from those chosen wrongly. The test topics'
  errors are never listed.

Run it with `wirecode eval timeline17` (about a minute; not part of the CI test run).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.errors import EvalDataError
from wirecode.keydates import DatedItem, KeyDate, items_from_text, rank

logger = logging.getLogger(__name__)

TIMELINE17_DEFAULT = Path("../shared/evaldata/timeline17")  # relative to the CWD
TIMELINE17_ENV = "WIRECODE_TIMELINE17"
DEV_TOPICS = ("EgyptianProtest_cnn", "LibyaWar_cnn", "SyrianCrisis_bbc")
REFERENCE: dict[str, float] = {"news-tls best Date-F1": 0.544, "gold adjacent share": 0.45}
GOALS: dict[str, float] = {"date_f1": 0.60}
# A reference written within this many days of the day it names reports it as news; later ones
# look back at it (the errors listing's "reported" and "looked back").
REPORTED_DAYS = 6

_PTB = [
    (re.compile(r"-LRB-"), "("), (re.compile(r"-RRB-"), ")"), (re.compile(r"-LSB-"), "["),
    (re.compile(r"-RSB-"), "]"), (re.compile(r"-LCB-"), "{"), (re.compile(r"-RCB-"), "}"),
    (re.compile(r"``\s*"), '"'), (re.compile(r"\s*''"), '"'),
    (re.compile(r"\s+([,.;:!?%)\]}])"), r"\1"), (re.compile(r"([(\[{$])\s+"), r"\1"),
    (re.compile(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", re.IGNORECASE), r"\1"),
]  # fmt: skip


def detokenise(text: str) -> str:
    """PTB tokens back to news text: `-LRB- CNN -RRB-` → `(CNN)`, `June 13 , 2011` → `June 13, 2011`."""  # noqa: E501 (an example reads best on one line)
    for pattern, repl in _PTB:
        text = pattern.sub(repl, text)
    return text


@dataclass(slots=True)
class TopicScore:
    name: str
    articles: int
    timelines: list[dict] = field(default_factory=list)  # per timeline: size, hits, f1, adjacent
    errors: list[dict] = field(default_factory=list)  # per timeline, development topics only


@dataclass(slots=True)
class Timeline17Score:
    topics: list[TopicScore] = field(default_factory=list)
    seconds: float = 0.0

    def _timelines(self, names: set[str] | None = None) -> list[dict]:
        return [t for s in self.topics if names is None or s.name in names for t in s.timelines]

    def _mean(self, key: str, names: set[str] | None = None) -> float:
        rows = self._timelines(names)
        return round(sum(r[key] for r in rows) / len(rows), 4) if rows else 0.0

    def metrics(self) -> dict[str, float]:
        test = {s.name for s in self.topics} - set(DEV_TOPICS)
        dev = set(DEV_TOPICS)
        return {
            "date_f1": self._mean("date_f1"),
            "date_f1_test": self._mean("date_f1", test),
            "date_f1_dev": self._mean("date_f1", dev),
            "adjacent_share": self._mean("adjacent_share"),
            "adjacent_share_test": self._mean("adjacent_share", test),
        }

    def to_dict(self) -> dict:
        return {
            "suite": "timeline17",
            "metrics": self.metrics(),
            "reference": dict(REFERENCE),
            "errors": {s.name: s.errors for s in self.topics if s.name in DEV_TOPICS},
            "counts": {
                "topics": {
                    s.name: {"articles": s.articles, "timelines": s.timelines} for s in self.topics
                },
                "seconds": round(self.seconds, 1),
            },
        }

    def format_table(self) -> str:
        lines = [f"{'topic':<22} {'art.':>5} {'N':>4} {'Date-F1':>8} {'adjacent':>9}"]
        for topic in self.topics:
            for tl in topic.timelines:
                mark = " (dev)" if topic.name in DEV_TOPICS else ""
                lines.append(
                    f"{topic.name:<22} {topic.articles:>5} {tl['size']:>4} "
                    f"{tl['date_f1']:>8.3f} {tl['adjacent_share']:>9.3f}{mark}"
                )
        for name, value in self.metrics().items():
            goal = GOALS.get(name)
            ok = "ok" if goal is not None and value >= goal else "MISS"
            mark = "" if goal is None else f"  goal ≥ {goal:.2f} {ok}"
            lines.append(f"{name:<22} {value:.3f}{mark}")
        lines.append("reference: " + ", ".join(f"{k} {v:.3f}" for k, v in REFERENCE.items()))
        lines.append(f"{self.seconds:.1f}s")
        return "\n".join(lines)


def resolve_timeline17_dir(path: Path | str | None = None) -> Path:
    """The folder: `path` if given, else $WIRECODE_TIMELINE17, else the shared copy."""
    if path is not None:
        return Path(path)
    env = os.environ.get(TIMELINE17_ENV)
    return Path(env) if env else TIMELINE17_DEFAULT


def topic_items(folder: Path) -> tuple[int, list[DatedItem]]:
    """The number of articles of a topic, and the dated items of all of them."""
    items: list[DatedItem] = []
    count = 0
    with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            published = dt.date.fromisoformat(article["time"][:10])
            text = detokenise(article.get("text", ""))
            items.extend(items_from_text(text, published, str(article["id"])))
            count += 1
    return count, items


def load_timelines(folder: Path) -> list[list[dt.date]]:
    """The gold timelines of a topic: each a sorted list of distinct dates."""
    timelines = []
    with (folder / "timelines.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                entries = json.loads(line)
                timelines.append(sorted({dt.date.fromisoformat(d[:10]) for d, _ in entries}))
    return timelines


def score_timeline(
    items: list[DatedItem], gold: list[dt.date], *, errors: list[dict] | None = None
) -> dict:
    """Date-F1 of the top len(gold) days within the gold span, and their adjacent-day share.

    With `errors`, the timeline's missed and false days are appended to it (see the module doc).
    """
    first, last = gold[0], gold[-1]
    in_span = [i for i in items if first <= i.date <= last]
    ranking = rank(in_span, len({i.date for i in in_span}))
    chosen = sorted(k.date for k in ranking[: len(gold)])
    if errors is not None:
        errors.append(timeline_errors(ranking, gold))
    hits = len(set(chosen) & set(gold))
    precision = hits / len(chosen) if chosen else 0.0
    recall = hits / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    pairs = list(zip(chosen, chosen[1:], strict=False))
    adjacent = sum((b - a).days == 1 for a, b in pairs) / len(pairs) if pairs else 0.0
    return {
        "size": len(gold),
        "hits": hits,
        "date_f1": round(f1, 4),
        "adjacent_share": round(adjacent, 4),
    }


def timeline_errors(ranking: list[KeyDate], gold: list[dt.date]) -> dict:
    """The gold days a ranking misses and the days it chooses that the gold does not list."""
    size, gold_days = len(gold), set(gold)
    position = {k.date: i for i, k in enumerate(ranking, start=1)}
    kinds: Counter[str] = Counter()
    by_evidence: Counter[str] = Counter()
    missed, false = [], []
    for day in gold:
        if day not in position:
            kinds["missed: no evidence"] += 1
            missed.append({"date": day.isoformat(), "rank": None, "sources": 0})
        elif position[day] > size:
            kinds["missed: ranked below N"] += 1
            key = ranking[position[day] - 1]
            evidence = evidence_kind(key)
            by_evidence[f"missed: {evidence}"] += 1
            missed.append({
                "date": day.isoformat(), "rank": position[day], "score": round(key.score, 2),
                "sources": key.sources, "evidence": evidence, "lags": source_lags(key),
                "example": _heaviest(key),
            })  # fmt: skip
    hits = []
    for key in ranking[:size]:
        if key.date in gold_days:
            hits.append(source_lags(key))
            continue
        near = any(key.date + dt.timedelta(days=step) in gold_days for step in (-1, 1))
        kinds["false: next to a gold day" if near else "false: elsewhere"] += 1
        evidence = evidence_kind(key)
        by_evidence[f"false: {evidence}"] += 1
        false.append({
            "date": key.date.isoformat(), "score": round(key.score, 2), "sources": key.sources,
            "next_to_gold": near, "evidence": evidence, "lags": source_lags(key),
            "example": _heaviest(key),
        })  # fmt: skip
    cut = round(ranking[min(size, len(ranking)) - 1].score, 2) if ranking else 0.0
    ranked_missed = [m["lags"] for m in missed if "lags" in m]
    groups = {"hit": hits, "false": [f["lags"] for f in false], "missed": ranked_missed}
    return {
        "size": size, "cut": cut, "average_precision": average_precision(ranking, gold),
        "kinds": dict(kinds), "evidence": dict(by_evidence),
        "lags_mean": {name: _mean_lags(rows) for name, rows in groups.items() if rows},
        "missed": missed, "false": false,
    }  # fmt: skip


def average_precision(ranking: list[KeyDate], gold: list[dt.date]) -> float:
    """The average precision of the whole ranking against the gold days (a gold day the ranking
    never reaches counts 0): how high the gold days rank, beyond the N chosen. A diagnostic of
    the development timelines, not the suite's score."""
    gold_days, hits, total = set(gold), 0, 0.0
    for position, key in enumerate(ranking, start=1):
        if key.date in gold_days:
            hits += 1
            total += hits / position
    return round(total / len(gold_days), 4) if gold_days else 0.0


def _heaviest(key: KeyDate) -> str:
    return max(key.items, key=lambda item: item.weight).label


def _best_items(key: KeyDate) -> dict[str, DatedItem]:
    """The heaviest item of each source of a day, the one `rank` counts."""
    best: dict[str, DatedItem] = {}
    for item in key.items:
        if item.source not in best or item.weight > best[item.source].weight:
            best[item.source] = item
    return best


def source_lags(key: KeyDate) -> dict[str, int]:
    """A day's sources by when their heaviest item was written: on the day itself ("same
    day"), within `REPORTED_DAYS` after it ("within the week") or later ("later"; an item with
    no publication date counts as later, as in `evidence_kind`)."""
    counts = dict.fromkeys(("same day", "within the week", "later"), 0)
    for item in _best_items(key).values():
        lag = None if item.published is None else (item.published - key.date).days
        if lag is not None and lag <= 0:
            counts["same day"] += 1
        elif lag is not None and lag <= REPORTED_DAYS:
            counts["within the week"] += 1
        else:
            counts["later"] += 1
    return counts


def _mean_lags(rows: list[dict[str, int]]) -> dict[str, float]:
    return {name: round(sum(r[name] for r in rows) / len(rows), 2) for name in rows[0]}


def evidence_kind(key: KeyDate) -> str:
    """Whether a day was "reported" (most of its evidence, the heaviest item of each source as
    `rank` counts it, written within `REPORTED_DAYS` of the day) or "looked back" (named by
    later articles). An item with no publication date counts as looking back."""
    best = _best_items(key)
    reported = sum(
        item.weight
        for item in best.values()
        if item.published is not None and (item.published - key.date).days <= REPORTED_DAYS
    )
    return "reported" if 2 * reported >= sum(i.weight for i in best.values()) else "looked back"


def run_timeline17(path: str | Path | None = None) -> Timeline17Score:
    """Score `keydates.rank` over the time expressions of every Timeline17 topic."""
    root = resolve_timeline17_dir(path)
    if not root.is_dir():
        raise EvalDataError(f"Timeline17 folder not found: {root} (set --path or {TIMELINE17_ENV})")
    topics = sorted(p for p in root.iterdir() if (p / "articles.jsonl").is_file())
    if not topics:
        raise EvalDataError(f"no topic folders with articles.jsonl in {root}")
    result = Timeline17Score()
    started = time.perf_counter()
    for folder in topics:
        count, items = topic_items(folder)
        topic = TopicScore(folder.name, count)
        errors = topic.errors if folder.name in DEV_TOPICS else None
        for gold in load_timelines(folder):
            if gold:
                topic.timelines.append(score_timeline(items, gold, errors=errors))
        result.topics.append(topic)
        logger.info("%s: %d articles, %d items", folder.name, count, len(items))
    result.seconds = time.perf_counter() - started
    return result
