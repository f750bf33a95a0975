"""Dating undated documents: `infer_published` against known publication dates
(`wirecode eval undated`).

Documents whose publication date is known have it taken away: the date is not passed, and
every place the text writes it out in full with its year ("February 11, 2011", "Friday, 11
February 2011", "2011-02-11", "02/11/2011": a page's own stamp) is blanked. What is left is
dated by `wirecode.time.infer_published(text)` alone and compared with the known date:

- **coverage**: the share of documents given a date at all;
- **exact**: dated to the day, and that day is the known one;
- **within_1**, **within_7**: dated to the day, at most 1 (7) days from the known one;
- **month**: the month is right (a day or a month inferred; a year is not);
- **after**: the inferred date begins after the known one: a date the document could not have
  reported, the worst error (lower is better);
- **in_window**: the known date lies between the days the inference gives as most likely
  (`wirecode.time.published.Inference`: `low` to `high`).

Each share is over all documents of its split, dated or not. The corpora:

- Timeline17 (`timeline17/`, see `wirecode.eval.timeline17`): every `STEP`-th article of each
  topic (by line, so the sample is the same on every run: the whole set takes about two
  minutes, the sample a fraction of one), dated by its `time`. Development topics are
  `DEV_TOPICS`; the other three are `test`, reported as aggregates only.
- TempEval-3 `tempeval3/tbaq-cleaned/` (development), every document, dated by its DCT (the text
  inside <TEXT>, which does not hold the DCT).

`--errors` lists the development documents not dated exactly (Timeline17 development topics and
tbaq): the known date, the value, its basis and the words around the expression it came from.

`--run` (`run_undated_by_run`, slow, outside the gate) measures instead the dating of an undated
document by the run (`wirecode.run_dates`): each Timeline17 topic's articles of the sample above
are coded once with their dates (the run's dated reports); then `--sample` of them per topic,
evenly spaced, have their date taken away and blanked as above, are coded undated (with the
window of their office-holders' terms, as `pipeline.complete_date` gives, when that is all it
gives) and dated by the contacts the topic's other articles give a day
(`run_dates.date_from_run`), and scored with the same measures; `in_window` is the week the
basis names. Only Timeline17: a tbaq document has no topic around it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.errors import EvalDataError
from wirecode.eval.tempeval import load_timeml
from wirecode.eval.timeline17 import DEV_TOPICS, detokenise
from wirecode.records import DateValue, Document
from wirecode.time.published import Inference, infer_published_window

__all__ = [
    "UndatedScore",
    "judge",
    "load_samples",
    "run_undated",
    "run_undated_by_run",
    "score",
    "strip_known_date",
]

EVALDATA_DEFAULT = Path("../shared/evaldata")  # relative to the CWD
STEP = 3  # every third Timeline17 article
MEASURES = ("coverage", "exact", "within_1", "within_7", "month", "after", "in_window")
CONTEXT = 80  # characters each side of the expression in an error
SAMPLE_BY_RUN = 10  # `--run`: articles dated by the rest of their topic, per topic

Infer = Callable[[str], Inference | None]


@dataclass(frozen=True, slots=True)
class Sample:
    corpus: str  # "timeline17" or "tbaq"
    split: str  # "dev" or "test"
    id: str
    date: dt.date
    text: str


def _month_names(number: int) -> str:
    full, short = calendar.month_name[number], calendar.month_abbr[number]
    forms = {full, short, "Sept"} if number == 9 else {full, short}
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\.?"


def _date_forms(day: dt.date) -> re.Pattern[str]:
    months = _month_names(day.month)
    d, m, y = day.day, day.month, day.year
    forms = [
        rf"{months}\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}",
        rf"0?{d}(?:st|nd|rd|th)?\s+(?:of\s+)?{months},?\s+{y}",
        rf"{y}-{m:02d}-{d:02d}",
        rf"0?{m}/0?{d}/{y}",
    ]
    weekday = calendar.day_name[day.weekday()]
    return re.compile(rf"\b(?:{weekday},?\s+)?(?:{'|'.join(forms)})(?!\d)", re.IGNORECASE)


def strip_known_date(text: str, day: dt.date) -> str:
    """`text` with every full writing of `day` (with its year) blanked out."""
    return _date_forms(day).sub(" ", text)


def judge(inference: Inference | DateValue | None, day: dt.date) -> dict[str, bool]:
    """Which measures an inference (or a bare date: its window is its own interval) meets for a
    document written on `day`."""
    if inference is None:
        return dict.fromkeys(MEASURES, False)
    if isinstance(inference, DateValue):
        inference = Inference(inference, inference.start, inference.end)
    value = inference.value
    off = (value.start - day).days if value.precision == "day" else None
    return {
        "coverage": True,
        "exact": off == 0,
        "within_1": off is not None and abs(off) <= 1,
        "within_7": off is not None and abs(off) <= 7,
        "month": value.precision in ("day", "month")
        and (value.start.year, value.start.month) == (day.year, day.month),
        "after": value.start > day,
        "in_window": inference.low <= day <= inference.high,
    }


@dataclass(slots=True)
class UndatedScore:
    counts: dict[str, Counter] = field(default_factory=dict)  # group → measure → count
    totals: Counter = field(default_factory=Counter)  # group → documents
    errors: list[dict] = field(default_factory=list)  # development documents only
    offsets: Counter = field(default_factory=Counter)  # dev: day-precision offsets in days
    seconds: float = 0.0
    by_run: int = 0  # `--run`: the articles sampled per topic (0: the text alone)
    tried: Counter = field(default_factory=Counter)  # `--run`: group → articles with a day to try
    undated_in_run: Counter = field(default_factory=Counter)  # `--run`: left undated by its text

    def add(self, sample: Sample, verdict: dict[str, bool]) -> list[str]:
        """Count a sample's verdict in its split (and its corpus, for development); its
        groups."""
        groups = [sample.split]
        if sample.split == "dev":
            groups.append("tbaq" if sample.corpus == "tbaq" else "timeline17-dev")
        for group in groups:
            self.totals[group] += 1
            self.counts.setdefault(group, Counter()).update(k for k, v in verdict.items() if v)
        return groups

    def share(self, group: str, measure: str) -> float:
        total = self.totals[group]
        return round(self.counts.get(group, Counter())[measure] / total, 4) if total else 0.0

    def metrics(self) -> dict[str, float]:
        return {f"{m}_{g}": self.share(g, m) for g in ("dev", "test") for m in MEASURES}

    def to_dict(self) -> dict:
        groups = sorted(self.totals)
        return {
            "suite": "undated",
            "metrics": self.metrics(),
            "reference": {},
            "errors": self.errors,
            "counts": {
                "documents": {g: self.totals[g] for g in groups},
                "shares": {g: {m: self.share(g, m) for m in MEASURES} for g in groups},
                "dev_day_offsets": {str(k): v for k, v in sorted(self.offsets.items())},
                "sample_step": STEP,
                **self._run_counts(groups),
                "seconds": round(self.seconds, 1),
            },
        }

    def _run_counts(self, groups: list[str]) -> dict:
        if not self.by_run:
            return {}
        return {
            "by_run_sample_per_topic": self.by_run,
            "dated": {g: self.counts.get(g, Counter())["coverage"] for g in groups},
            "with_a_day_to_try": {g: self.tried[g] for g in groups},
            "undated_by_their_text": {g: self.undated_in_run[g] for g in groups},
        }

    def format_table(self) -> str:
        groups = [g for g in ("timeline17-dev", "tbaq", "dev", "test") if self.totals[g]]
        lines = [f"{'group':<16} {'docs':>5} " + " ".join(f"{m:>9}" for m in MEASURES)]
        for group in groups:
            shares = " ".join(f"{self.share(group, m):>9.3f}" for m in MEASURES)
            lines.append(f"{group:<16} {self.totals[group]:>5} {shares}")
        if self.by_run:
            lines.append(
                f"(dated by the run: {self.by_run} of the sampled articles per topic; dated "
                + ", ".join(f"{g} {self.counts.get(g, Counter())['coverage']}" for g in groups)
                + "; with a day to try "
                + ", ".join(f"{g} {self.tried[g]}" for g in groups)
                + "; undated by their text "
                + ", ".join(f"{g} {self.undated_in_run[g]}" for g in groups)
                + ")"
            )
        lines.append(f"(one Timeline17 article in {STEP}; 'after' is an error: lower is better)")
        lines.append(f"{self.seconds:.1f}s")
        return "\n".join(lines)


def load_samples(root: Path | str) -> Iterator[Sample]:
    """The documents of the suite, with their known dates (see the module doc)."""
    root = Path(root)
    topics = root / "timeline17"
    tbaq = root / "tempeval3" / "tbaq-cleaned"
    if not topics.is_dir() or not tbaq.is_dir():
        raise EvalDataError(f"{root} needs timeline17/ and tempeval3/tbaq-cleaned/ (set --path)")
    for folder in sorted(p for p in topics.iterdir() if (p / "articles.jsonl").is_file()):
        split = "dev" if folder.name in DEV_TOPICS else "test"
        with (folder / "articles.jsonl").open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % STEP or not line.strip():
                    continue
                article = json.loads(line)
                day = dt.date.fromisoformat(article["time"][:10])
                text = detokenise(article.get("text", ""))
                yield Sample("timeline17", split, f"{folder.name}/{article['id']}", day, text)
    for doc in load_timeml(tbaq):
        yield Sample("tbaq", "dev", doc.name, doc.dct, doc.text)


def score(samples: Iterator[Sample] | list[Sample], infer: Infer = infer_published_window):
    """Infer each sample's date from its stripped text and count the measures it meets."""
    result = UndatedScore()
    started = time.perf_counter()
    for sample in samples:
        text = strip_known_date(sample.text, sample.date)
        inference = infer(text)
        verdict = judge(inference, sample.date)
        value = inference.value if inference is not None else None
        result.add(sample, verdict)
        if sample.split != "dev":
            continue
        if value is not None and value.precision == "day":
            result.offsets[(value.start - sample.date).days] += 1
        if not verdict["exact"]:
            result.errors.append(_error(sample, text, inference))
    result.seconds = time.perf_counter() - started
    return result


def _error(sample: Sample, text: str, inference: Inference | None) -> dict:
    row = {"corpus": sample.corpus, "id": sample.id, "date": sample.date.isoformat()}
    if inference is None:
        return {**row, "value": None}
    value = inference.value
    at = text.find(value.text) if value.text else -1
    context = " ".join(text[max(0, at - CONTEXT) : at + len(value.text) + CONTEXT].split())
    return {
        **row,
        "value": value.value,
        "after": value.start > sample.date,
        "window": f"{inference.low.isoformat()}/{inference.high.isoformat()}",
        "basis": value.basis,
        "context": context if at >= 0 else "",
    }


def run_undated(path: str | Path | None = None) -> UndatedScore:
    """Score `infer_published` on the folder holding timeline17/ and tempeval3/ (default:
    ../shared/evaldata)."""
    return score(load_samples(Path(path) if path is not None else EVALDATA_DEFAULT))


def _topics(samples: Iterator[Sample]) -> Iterator[list[Sample]]:
    """The Timeline17 samples, a topic at a time."""
    topic: list[Sample] = []
    for sample in samples:
        if sample.corpus != "timeline17":
            continue
        if topic and sample.id.split("/")[0] != topic[0].id.split("/")[0]:
            yield topic
            topic = []
        topic.append(sample)
    if topic:
        yield topic


def _spread(items: list, count: int) -> list:
    """`count` of `items`, evenly spaced (all of them when there are no more)."""
    if count >= len(items):
        return list(items)
    return [items[i * len(items) // count] for i in range(count)]


def _run_window(value: DateValue) -> Inference:
    """The value dated by the run, with the days its basis names ("likely A to B")."""
    found = re.search(r"likely (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)", value.basis)
    if found is None:
        return Inference(value, value.start, value.end)
    low, high = (dt.date.fromisoformat(d) for d in found.groups())
    return Inference(value, low, high)


def score_by_run(samples: Iterator[Sample] | list[Sample], *, sample: int, coder) -> UndatedScore:
    """Date `sample` articles of each topic by the topic's other articles (see the module)."""
    from wirecode.pipeline import complete_date
    from wirecode.run_dates import date_from_run, known_days, proposals, undated

    result = UndatedScore(by_run=sample)
    started = time.perf_counter()
    for topic in _topics(iter(samples)):
        documents = {
            s.id: Document(
                s.id, s.text, published=DateValue.day(s.date, basis="metadata"),
                published_basis="metadata",
            )
            for s in topic
        }  # fmt: skip
        coded = [m for d in documents.values() for m in coder.code(d)]
        known = known_days(coded, documents)
        for chosen in _spread(topic, sample):
            others = {k: [m for m in v if m.document != chosen.id] for k, v in known.items()}
            text = strip_known_date(chosen.text, chosen.date)
            document = Document(f"{chosen.id}#undated", text)
            completed = complete_date(document, coder.kb)
            if undated(completed):
                document = completed  # its window of office terms, as a run keeps it
            mentions = coder.code(document)
            tried = bool(proposals(document, mentions, others))
            found = date_from_run(document, mentions, others, coder) if tried else None
            value = found[0].published if found is not None else None
            verdict = judge(_run_window(value) if value is not None else None, chosen.date)
            for group in result.add(chosen, verdict):
                result.tried[group] += tried
                result.undated_in_run[group] += undated(completed)
            if chosen.split == "dev" and value is not None and not verdict["exact"]:
                result.errors.append(_error(chosen, text, _run_window(value)))
    result.seconds = time.perf_counter() - started
    return result


def run_undated_by_run(
    path: str | Path | None = None, *, sample: int = SAMPLE_BY_RUN, coder=None
) -> UndatedScore:
    """Score dating by the run (`wirecode.run_dates`) on the Timeline17 topics of the folder
    holding timeline17/ and tempeval3/ (default: ../shared/evaldata); `sample` articles a
    topic."""
    if coder is None:
        from wirecode.pipeline import Coder

        coder = Coder()
    root = Path(path) if path is not None else EVALDATA_DEFAULT
    return score_by_run(load_samples(root), sample=sample, coder=coder)
