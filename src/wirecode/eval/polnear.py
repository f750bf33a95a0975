"""PolNeAR: quotation source, cue and content spans against the PolNeAR corpus.

The gold (``../shared/evaldata/polnear/{dev,test}``: 84 + 84 US political news articles of
2016, BRAT standoff) marks every attribution relation's Source, Cue and Content spans.
An article annotated by several annotators is scored against its first annotation (file
names sorted). A discontinuous span ("s1 e1;s2 e2") is read as its extent, from its lowest
start to its highest end (BRAT keeps the parts in annotation order: some come last first).

Each article's text is parsed whole with the spaCy pipeline and
``wirecode.quotes.find_quotes`` is run on it (speakers need no knowledge base here).
PolNeAR labels each token once, so a quote inside another's content ("I think" within a
quotation) is left out. Scores, as the evaldata README asks: exact-span F1 (start and end
equal) and overlap F1 (a predicted span is right when it shares a character with a gold
span of the same role; a gold span is found when a predicted one shares a character with
it) for source, cue and content. Tune on ``dev``, report ``test``: the error listing
(``wirecode eval polnear --errors``) counts the dev half's errors by kind (missed and
false attributions, cue, source and content boundaries) and never reads the test half's.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.errors import EvalDataError

__all__ = ["PolnearScore", "error_kinds", "gold_spans", "relations", "run_polnear", "span_f1"]

POLNEAR_ENV = "WIRECODE_POLNEAR"
POLNEAR_DEFAULT = Path("../shared/evaldata/polnear")
ROLES = ("source", "cue", "content")
T_LINE = re.compile(r"^T\d+\t(Source|Cue|Content) ([\d ;]+)\t", re.M)
T_ID_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t", re.M)
E_LINE = re.compile(r"^E\d+\t(.*)$", re.M)
DISCARD_LINE = re.compile(r"^T\d+\tDiscard ([\d ;]+)\t", re.M)
REFERENCE = {
    "source_exact_f1_goal": 0.80,
    "content_overlap_f1_goal": 0.85,
    "citron_parc3": {"source_exact_f1": 0.820, "cue_exact_f1": 0.823, "content_overlap_f1": 0.833},
    "textacy_direct_quotes_source_f1": 0.27,
}


def resolve_dir(path: str | Path | None = None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get(POLNEAR_ENV)
    return Path(env) if env else POLNEAR_DEFAULT


def gold_spans(annotation: str) -> dict[str, set[tuple[int, int]]]:
    """Role → set of (start, end) from one BRAT .ann text."""
    spans: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
    for role, offsets in T_LINE.findall(annotation):
        spans[role.lower()].add(_extent(offsets))
    return spans


def _extent(offsets: str) -> tuple[int, int]:
    """The extent of a BRAT span "s1 e1;s2 e2": (lowest start, highest end), whatever order
    its parts are written in."""
    numbers = [int(n) for n in re.split(r"[ ;]", offsets.strip()) if n]
    return min(numbers[0::2]), max(numbers[1::2])


def discarded(annotation: str) -> list[tuple[int, int]]:
    """The stretches the annotators set aside as no part of the article (`Discard`: an
    editor's note, an author's biography, photo credits): their text was not annotated, so
    an attribution found there is neither right nor wrong."""
    parts = []
    for offsets in DISCARD_LINE.findall(annotation):
        numbers = [int(n) for n in re.split(r"[ ;]", offsets.strip()) if n]
        parts += list(zip(numbers[0::2], numbers[1::2], strict=False))
    return parts


def _inside(span: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in parts)


def relations(annotation: str) -> list[dict[str, tuple[int, int]]]:
    """Every attribution relation of one BRAT .ann text: role -> (start, end) extent."""
    spans = {}
    for tid, role, offsets in T_ID_LINE.findall(annotation):
        spans[tid] = (role.lower(), _extent(offsets))
    found = []
    for line in E_LINE.findall(annotation):
        relation = {}
        for part in line.split():
            role, _, tid = part.partition(":")
            if tid in spans and spans[tid][0] in ROLES:
                relation[spans[tid][0]] = spans[tid][1]
        found.append(relation)
    return found


def error_kinds(gold: list[dict], quotes, text: str, errors: dict[str, Counter]) -> None:
    """Count one article's errors by kind, the dev half's only: a gold attribution whose
    cue nothing predicted overlaps is missed; one whose cue a prediction overlaps has that
    prediction's cue, source and content compared; a prediction overlapping no gold cue is
    false."""
    used = set()
    for relation in gold:
        cue = relation.get("cue")
        if cue is None:
            continue
        match = next((q for q in quotes if q.cue_start < cue[1] and cue[0] < q.cue_end), None)
        if match is None:
            errors["kinds"]["missed attribution"] += 1
            errors["missed_cues"][text[cue[0] : cue[1]].lower()] += 1
            continue
        used.add(id(match))
        if (match.cue_start, match.cue_end) != cue:
            errors["kinds"]["cue boundary"] += 1
        source = (match.source_start, match.source_end) if match.source_end else None
        gold_source = relation.get("source")
        if source is None and gold_source is not None:
            errors["kinds"]["source missing"] += 1
        elif source is not None and gold_source is None:
            errors["kinds"]["source extra"] += 1
        elif source != gold_source:
            errors["kinds"]["source boundary"] += 1
            errors["source_boundaries"][f"{text[slice(*gold_source)]} | {match.source}"] += 1
        if (match.start, match.end) != relation.get("content"):
            errors["kinds"]["content boundary"] += 1
    for quote in quotes:
        if id(quote) not in used:
            errors["kinds"]["false attribution"] += 1
            errors["false_cues"][text[quote.cue_start : quote.cue_end].lower()] += 1


def articles(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, text file, first annotation file) of every article of a split."""
    texts = folder / "text"
    if not texts.is_dir():
        raise EvalDataError(f"PolNeAR split not found at {folder} (pass --path)")
    found = []
    for text in sorted(texts.glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(f"{text.stem}_*.ann"))
        if annotations:
            found.append((text.stem, text, annotations[0]))
    return found


def _overlaps(span: tuple[int, int], others: set[tuple[int, int]]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


@dataclass
class SpanCounts:
    exact_tp: int = 0
    predicted: int = 0
    gold: int = 0
    overlap_precise: int = 0  # predicted spans overlapping a gold one
    overlap_found: int = 0  # gold spans overlapping a predicted one

    def add(self, gold: set, predicted: set) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.exact_tp += len(gold & predicted)
        self.overlap_precise += sum(_overlaps(p, gold) for p in predicted)
        self.overlap_found += sum(_overlaps(g, predicted) for g in gold)

    def exact_f1(self) -> float:
        return span_f1(self.exact_tp, self.exact_tp, self.predicted, self.gold)

    def overlap_f1(self) -> float:
        return span_f1(self.overlap_precise, self.overlap_found, self.predicted, self.gold)


def span_f1(precise: int, found: int, predicted: int, gold: int) -> float:
    precision = precise / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class PolnearScore:
    counts: dict[str, dict[str, SpanCounts]]  # split -> role -> counts
    errors: dict[str, Counter] = field(default_factory=dict)
    model: str = ""

    def metrics(self) -> dict[str, float]:
        found = {}
        for split, roles in self.counts.items():
            suffix = "" if split == "test" else f"_{split}"
            for role in ROLES:
                found[f"{role}_exact_f1{suffix}"] = round(roles[role].exact_f1(), 4)
                found[f"{role}_overlap_f1{suffix}"] = round(roles[role].overlap_f1(), 4)
        return found

    def to_dict(self) -> dict:
        return {
            "suite": "polnear",
            "metrics": self.metrics(),
            "reference": REFERENCE,
            "note": "metrics without a suffix are on test; _dev on dev (tuned on dev only)",
            "model": self.model,
            "errors": {k: v.most_common(15) for k, v in self.errors.items()},
        }

    def format_table(self) -> str:
        lines = [f"{'split':<5} {'role':<8} {'exact F1':>8} {'overlap F1':>10}"]
        for split, roles in self.counts.items():
            for role in ROLES:
                counts = roles[role]
                lines.append(
                    f"{split:<5} {role:<8} {counts.exact_f1():>8.3f} {counts.overlap_f1():>10.3f}"
                )
        lines.append(
            "goal (test): source exact F1 ≥ 0.80, content overlap F1 ≥ 0.85 "
            "(Citron on PARC 3.0: 0.820 / 0.833)"
        )
        return "\n".join(lines)


def run_polnear(path: str | Path | None = None, *, nlp=None, splits=("dev", "test")):
    """Find the quotes of every dev and test article and score their spans."""
    from wirecode.nlp import load, model_version
    from wirecode.quotes import find_quotes, nested

    root = resolve_dir(path)
    nlp = nlp or load()
    counts: dict[str, dict[str, SpanCounts]] = {}
    errors = {
        name: Counter() for name in ("kinds", "missed_cues", "false_cues", "source_boundaries")
    }
    for split in splits:
        counts[split] = {role: SpanCounts() for role in ROLES}
        items = articles(root / split)
        texts = [t.read_text(encoding="utf-8") for _, t, _ in items]
        for (_, _, ann), text, doc in zip(items, texts, nlp.pipe(texts), strict=True):
            annotation = ann.read_text(encoding="utf-8")
            gold = gold_spans(annotation)
            quotes = find_quotes(doc, [])
            inner = {id(q) for q in nested(quotes)}  # PolNeAR is univocal: no nesting
            aside = discarded(annotation)
            quotes = [
                q
                for q in quotes
                if id(q) not in inner and not _inside((q.cue_start, q.cue_end), aside)
            ]
            predicted = {
                "source": {(q.source_start, q.source_end) for q in quotes if q.source_end},
                "cue": {(q.cue_start, q.cue_end) for q in quotes},
                "content": {(q.start, q.end) for q in quotes},
            }
            for role in ROLES:
                counts[split][role].add(gold[role], predicted[role])
            if split == "dev":  # errors are read on dev only: test texts stay unread
                error_kinds(relations(annotation), quotes, text, errors)
    return PolnearScore(counts, errors, model_version(nlp))
