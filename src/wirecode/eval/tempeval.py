"""Score `wirecode.time` against TempEval-3 TimeML gold (../shared/evaldata/tempeval3).

Reading of the TempEval-3 conventions, as implemented here:

- A document is a TimeML `.tml` file. Its creation date (DCT) is the TIMEX3 with
  `functionInDocument="CREATION_TIME"`; the scored expressions are the other TIMEX3 of the
  `<TEXT>` element, with their character spans in the tag-free text.
- `value_accuracy_gold_spans`: each gold span's text, with the gold DCT, normalised by
  `wirecode.time.timeml_value` (its tense guessed from the words around the span, the
  discourse reference being the last date wirecode itself resolved before it); correct when
  the string equals the gold `value` exactly.
- `value_f1`: spans found by `wirecode.time.find_timexes` on the whole text, an interval
  written as its two ends (`timeml_timexes`: TIMEX3 marks each end of a range). A found span
  matches a gold span when they share a character (TE3 relaxed match), one to one, left to
  right. Value precision = matched found spans with the gold value / found spans; value
  recall = the same count / gold spans. `span_precision` / `span_recall` / `span_f1` count
  the relaxed matches alone.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.errors import EvalDataError
from wirecode.time import Timex
from wirecode.time.timeml import TimemlValue, carried, timeml_normalise, timeml_timexes

logger = logging.getLogger(__name__)

TEMPEVAL_DEFAULT = Path("../shared/evaldata/tempeval3/platinum")  # relative to the CWD
# the errors of the test set, listed nowhere: look at its figures, tune on tbaq-cleaned
HIDDEN = {"note": "platinum is the test set: its errors are not listed (tbaq-cleaned's are)"}
TEMPEVAL_ENV = "WIRECODE_TEMPEVAL"
REFERENCE: dict[str, float] = {"HeidelTime value F1": 0.7761, "SUTime value F1": 0.6738}
GOALS: dict[str, float] = {"value_accuracy_gold_spans": 0.92, "value_f1": 0.85}
TOP_ERRORS = 40
EXAMPLE_CONTEXT = 60  # characters either side of an error's first example

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass(slots=True)
class TimemlDoc:
    """One TimeML document: the tag-free text of <TEXT>, its DCT and its gold TIMEX3."""

    name: str
    text: str
    dct: dt.date
    timexes: list[GoldTimex]


def resolve_tempeval_dir(path: Path | str | None = None) -> Path:
    """The folder: `path` if given, else $WIRECODE_TEMPEVAL, else the platinum set."""
    if path is not None:
        return Path(path)
    env = os.environ.get(TEMPEVAL_ENV)
    return Path(env) if env else TEMPEVAL_DEFAULT


def parse_timeml(source: str, name: str = "") -> TimemlDoc:
    """Read a TimeML document from its XML text (tolerantly: tags are scanned, not parsed)."""
    dct_match = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", source)
    if dct_match is None:
        raise EvalDataError(f"{name or 'TimeML'}: no CREATION_TIME TIMEX3")
    dct_value = dict(_ATTR.findall(dct_match.group(0))).get("value", "")
    try:
        dct = dt.date.fromisoformat(dct_value[:10])
    except ValueError as exc:
        raise EvalDataError(f"{name}: unreadable DCT value {dct_value!r}") from exc
    begin, finish = source.find("<TEXT>"), source.find("</TEXT>")
    if begin < 0 or finish < 0:
        raise EvalDataError(f"{name}: no <TEXT> element")
    body = source[begin + len("<TEXT>") : finish]
    parts: list[str] = []
    length = 0
    timexes: list[GoldTimex] = []
    open_attrs: dict[str, str] | None = None
    open_start = 0
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, tag_name = tag.group(1) == "/", tag.group(2)
        if tag_name != "TIMEX3":
            continue
        if not closing:
            open_attrs, open_start = dict(_ATTR.findall(tag.group(3))), length
        elif open_attrs is not None:
            text = "".join(parts)[open_start:length]
            timexes.append(
                GoldTimex(
                    open_start,
                    length,
                    text,
                    open_attrs.get("type", ""),
                    open_attrs.get("value", ""),
                    open_attrs.get("tid", ""),
                )
            )
            open_attrs = None
    parts.append(html.unescape(body[pos:]))
    return TimemlDoc(name, "".join(parts), dct, timexes)


def load_timeml(folder: Path | str) -> list[TimemlDoc]:
    """Every `.tml` file under `folder` (recursively), sorted by path; a file that repeats
    one already read byte for byte is one document, scored once (tbaq-cleaned/testpipeline/
    holds a copy of TimeBank/AP900815-0044.tml)."""
    root = Path(folder)
    if not root.is_dir():
        raise EvalDataError(f"TempEval folder not found: {root} (set --path or {TEMPEVAL_ENV})")
    files = sorted(root.rglob("*.tml"))
    if not files:
        raise EvalDataError(f"no .tml files in {root}")
    docs: list[TimemlDoc] = []
    seen: set[str] = set()
    for path in files:
        source = path.read_text(encoding="utf-8")
        if source in seen:
            logger.info("%s repeats a document already read: scored once", path)
            continue
        seen.add(source)
        docs.append(parse_timeml(source, path.stem))
    return docs


@dataclass(slots=True)
class TempevalScore:
    gold_total: int = 0
    gold_value_correct: int = 0
    found_total: int = 0
    span_matched: int = 0
    value_matched: int = 0
    documents: int = 0
    seconds: float = 0.0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type → [correct, total]
    mismatches: Counter = field(default_factory=Counter)  # (text, gold, ours) on gold spans
    missed: Counter = field(default_factory=Counter)  # gold text not found
    spurious: Counter = field(default_factory=Counter)  # found text matching no gold span
    examples: dict = field(default_factory=dict)  # (list, key) → first "doc: …[[text]]…"
    held_out: bool = False  # the test set: its errors are not shown (tune on tbaq only)

    def metrics(self) -> dict[str, float]:
        span_p = _ratio(self.span_matched, self.found_total)
        span_r = _ratio(self.span_matched, self.gold_total)
        value_p = _ratio(self.value_matched, self.found_total)
        value_r = _ratio(self.value_matched, self.gold_total)
        return {
            "value_accuracy_gold_spans": round(_ratio(self.gold_value_correct, self.gold_total), 4),
            "value_f1": round(_f1(value_p, value_r), 4),
            "value_precision": round(value_p, 4),
            "value_recall": round(value_r, 4),
            "span_precision": round(span_p, 4),
            "span_recall": round(span_r, 4),
            "span_f1": round(_f1(span_p, span_r), 4),
        }

    def to_dict(self) -> dict:
        return {
            "suite": "tempeval3",
            "metrics": self.metrics(),
            "reference": dict(REFERENCE),
            "counts": {
                "documents": self.documents,
                "gold": self.gold_total,
                "gold_value_correct": self.gold_value_correct,
                "found": self.found_total,
                "span_matched": self.span_matched,
                "value_matched": self.value_matched,
                "by_type": {t: {"correct": c, "total": n} for t, (c, n) in self.by_type.items()},
                "seconds": round(self.seconds, 2),
            },
            "errors": HIDDEN
            if self.held_out
            else {
                "value": [
                    {"text": t, "gold": g, "ours": o, "count": n}
                    | self._example("value", (t, g, o))
                    for (t, g, o), n in self.mismatches.most_common(TOP_ERRORS)
                ],
                "missed": [
                    {"text": t, "count": n} | self._example("missed", t)
                    for t, n in self.missed.most_common(TOP_ERRORS)
                ],
                "spurious": [
                    {"text": t, "count": n} | self._example("spurious", t)
                    for t, n in self.spurious.most_common(TOP_ERRORS)
                ],
            },
        }

    def _example(self, kind: str, key) -> dict[str, str]:
        example = self.examples.get((kind, key))
        return {"example": example} if example else {}

    def note(self, kind: str, key, doc: TimemlDoc, start: int, end: int) -> None:
        """Keep the first place an error of this kind and key was seen, for `--errors`."""
        if (kind, key) not in self.examples:
            left = _clean(doc.text[max(0, start - EXAMPLE_CONTEXT) : start])
            right = _clean(doc.text[end : end + EXAMPLE_CONTEXT])
            text = _clean(doc.text[start:end])
            self.examples[(kind, key)] = f"{doc.name}: …{left} [[{text}]] {right}…"

    def format_table(self) -> str:
        lines = [f"{'metric':<26} {'value':>6}  goal / reference"]
        for name, value in self.metrics().items():
            goal = GOALS.get(name)
            mark = "" if goal is None else f"≥ {goal:.2f} {'ok' if value >= goal else 'MISS'}"
            lines.append(f"{name:<26} {value:>6.3f}  {mark}".rstrip())
        lines.append("reference: " + ", ".join(f"{k} {v:.4f}" for k, v in REFERENCE.items()))
        types = ", ".join(f"{t} {c}/{n}" for t, (c, n) in sorted(self.by_type.items()))
        lines.append(
            f"{self.documents} documents · gold values {self.gold_value_correct}/"
            f"{self.gold_total} ({types}) · found {self.found_total}, spans matched "
            f"{self.span_matched}, values {self.value_matched} · {self.seconds:.1f}s"
        )
        return "\n".join(lines)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


Normaliser = Callable[[Timex, dt.date, str, TimemlValue | None], TimemlValue]


def _normalise(timex: Timex, dct: dt.date, text: str, ref: TimemlValue | None) -> TimemlValue:
    return timeml_normalise(timex, dct, context=text, reference=ref)


def score(docs: list[TimemlDoc], normalise: Normaliser = _normalise) -> TempevalScore:
    """Score the normaliser on gold spans, and `timeml_timexes` + the normaliser on the text."""
    result = TempevalScore()
    started = time.perf_counter()
    for doc in docs:
        result.documents += 1
        ref: TimemlValue | None = None
        for gold in doc.timexes:
            timex = Timex(gold.start, gold.end, gold.text, "gold")
            ours = normalise(timex, doc.dct, doc.text, ref)
            ref = carried(ours, ref)
            right = ours.value == gold.value
            result.gold_total += 1
            result.gold_value_correct += right
            counts = result.by_type.setdefault(gold.type, [0, 0])
            counts[0] += right
            counts[1] += 1
            if not right:
                key = (_clean(gold.text), gold.value, ours.value)
                result.mismatches[key] += 1
                result.note("value", key, doc, gold.start, gold.end)
        _score_found(result, doc, normalise)
    result.seconds = time.perf_counter() - started
    return result


def _score_found(result: TempevalScore, doc: TimemlDoc, normalise: Normaliser) -> None:
    found = timeml_timexes(doc.text)  # an interval is its two ends, as TIMEX3 marks them
    result.found_total += len(found)
    matched: set[int] = set()
    ref: TimemlValue | None = None
    for timex in found:
        ours = normalise(timex, doc.dct, doc.text, ref)
        ref = carried(ours, ref)
        hit = next(
            (
                i
                for i, g in enumerate(doc.timexes)
                if i not in matched and g.start < timex.end and timex.start < g.end
            ),
            None,
        )
        if hit is None:
            result.spurious[_clean(timex.text)] += 1
            result.note("spurious", _clean(timex.text), doc, timex.start, timex.end)
            continue
        matched.add(hit)
        result.span_matched += 1
        result.value_matched += ours.value == doc.timexes[hit].value
    for i, gold in enumerate(doc.timexes):
        if i not in matched:
            result.missed[_clean(gold.text)] += 1
            result.note("missed", _clean(gold.text), doc, gold.start, gold.end)


def _clean(text: str) -> str:
    return " ".join(text.split())


def run_tempeval3(path: str | Path | None = None) -> TempevalScore:
    """Score wirecode.time on the TempEval-3 folder (default: the platinum test set)."""
    folder = resolve_tempeval_dir(path)
    result = score(load_timeml(folder))
    result.held_out = folder.name == TEMPEVAL_DEFAULT.name
    return result
