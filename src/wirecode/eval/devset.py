"""Score merged wirecode events against the development set (../shared/devset/README.md).

Reading of the README's rules, as implemented here:

- The unit is a wirecode event of type CONSULT or REQUEST (gold kind REQUEST_TALKS) whose
  actors + recipients hold at least two distinct persons (`ActorRef.kind == "person"`);
  states and organisations among them are ignored. Only events with status "occurred" are
  scored (`predicted_total`).
- An event matches a gold event (of any status) when the kinds agree, every person of the event
  matches a gold participant (actors + source + target) by full name or by surname (see
  `names_match`), at least two distinct gold participants are matched, and the dates are
  compatible (see `dates_compatible`). Mode and place are not compared. Matching is not
  one-to-one: one event may find several gold events (a Macron-Xi event also finds a
  Macron-von der Leyen-Xi gold event of the same days), and several events may match one.
- Recall = found / gold occurred events; an optional ("borderline ...") event counts in the
  denominator, and in `found`, only when found. `missed` lists the non-optional ones not found.
- Precision = events matching at least one found gold occurred event (optional ones included)
  / `predicted_total`. So duplicates of a found event are true positives (they cost dedup,
  not precision), and a false positive is an event matching no gold occurred event, only
  planned or hypothetical ones or nothing at all.
- Date accuracy = found day-precise gold events for which some matching event has precision
  "day" and exactly the gold date / found day-precise gold events (optional ones included).
- Dedup = found non-optional gold events whose mentions lie in two or more distinct files
  (by basename) that are matched by exactly one event / all such gold events. Here an event
  matching several found gold events is counted only for the one it fits best (`_fit`:
  fewest gold participants left out, then the most precise gold date, then the nearest),
  unless that leaves a gold event with none: a bilateral is not a duplicate of the
  trilateral held the same day. `split` lists found gold events with more than one event.
- A ratio with an empty denominator is 0.0. A gold event without a date accepts any date
  (even none); an event without a date matches no dated gold event.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path

from wirecode.errors import EvalDataError
from wirecode.records import PRECISION_RANK, ActorRef, DateValue, Event, Mention, is_contact

logger = logging.getLogger(__name__)

DEVSET_DEFAULT = Path("../shared/devset")  # relative to the working directory
DEVSET_ENV = "WIRECODE_DEVSET"
METRICS = ("precision", "recall", "f1", "date_accuracy", "dedup")
GOALS: dict[str, float] = {"f1": 0.90, "date_accuracy": 0.95, "dedup": 0.95}
GOLD_KIND: dict[str, str] = {"CONSULT": "CONSULT", "REQUEST": "REQUEST_TALKS"}
DAY_SLACK = 3

_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i"})
_SURNAME_VARIANT = re.compile(r"(?:yy|iy|y|i)$")  # Zelenskyy / Zelenskiy / Zelensky


def resolve_devset_dir(path: Path | str | None = None) -> Path:
    """The devset directory: `path` if given, else $WIRECODE_DEVSET, else ../shared/devset."""
    if path is not None:
        return Path(path)
    env = os.environ.get(DEVSET_ENV)
    return Path(env) if env else DEVSET_DEFAULT


@dataclass(frozen=True, slots=True)
class GoldMention:
    file: str
    quote: str
    mention_status: str


@dataclass(slots=True)
class GoldEvent:
    """One line of gold_events.jsonl."""

    id: str
    kind: str  # CONSULT | REQUEST_TALKS
    mode: str | None
    actors: list[str]
    source: str | None
    target: str | None
    status: str  # occurred | planned | hypothetical
    date: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None
    date_precision: str
    date_basis: str
    mentions: list[GoldMention]
    note: str = ""
    period: DateValue | None = field(default=None, repr=False)

    @property
    def participants(self) -> list[str]:
        out: list[str] = []
        for name in (*self.actors, self.source, self.target):
            if name and normalise_name(name) not in {normalise_name(n) for n in out}:
                out.append(name)
        return out

    @property
    def optional(self) -> bool:
        return self.note.strip().lower().startswith("borderline")

    @property
    def files(self) -> set[str]:
        return {basename(m.file) for m in self.mentions}


def _parse_date(value: str | None) -> DateValue | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return DateValue.day(dt.date(*parts), text=value)
    if len(parts) == 2:
        return DateValue.month(*parts, text=value)
    if len(parts) == 1:
        return DateValue.year(parts[0], text=value)
    raise ValueError(f"bad date {value!r}")


def load_gold(devset_dir: Path) -> list[GoldEvent]:
    """Read `gold_events.jsonl` from the devset directory."""
    path = Path(devset_dir) / "gold_events.jsonl"
    if not path.is_file():
        raise EvalDataError(f"{path}: gold file not found")
    gold: list[GoldEvent] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            mentions = [
                GoldMention(m["file"], m.get("quote", ""), m.get("mention_status", ""))
                for m in data.get("mentions", [])
            ]
            text = {k: data.get(k) or "" for k in ("date_basis", "note")}
            kept = {k: data.get(k) for k in ("mode", "source", "target", "date")}
            gold.append(
                GoldEvent(
                    **kept,
                    **text,
                    id=data["id"],
                    kind=data["kind"],
                    actors=list(data["actors"]),
                    status=data["status"],
                    date_precision=data.get("date_precision") or "unknown",
                    mentions=mentions,
                    period=_parse_date(data.get("date")),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise EvalDataError(f"{path}:{lineno}: {exc}") from exc
    logger.debug("loaded %d gold events from %s", len(gold), path)
    return gold


def devset_inputs(devset_dir: Path) -> list[Path]:
    """The devset pages, `pages/*.txt`, sorted."""
    pages = Path(devset_dir) / "pages"
    if not pages.is_dir():
        raise EvalDataError(f"{pages}: pages directory not found")
    return sorted(pages.glob("*.txt"))


def story_halves(devset_dir: Path) -> dict[str, str]:
    """Page basename → "dev" or "test". A story is the first word of a page's event label
    in index.tsv ("Putin-Kim", "Scholz"); in order of first appearance, the stories
    alternate between the halves, so no story lies in both: rules are tuned on the dev
    half and the test half tells whether they hold on stories not looked at."""
    path = Path(devset_dir) / "index.tsv"
    if not path.is_file():
        return {}
    stories: list[str] = []
    half_of: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < 6 or not cells[5].strip():
            continue
        story = cells[5].split()[0]
        if story not in stories:
            stories.append(story)
        half_of[basename(cells[0])] = "dev" if stories.index(story) % 2 == 0 else "test"
    return half_of


def basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def normalise_name(name: str) -> str:
    """Lowercased, without diacritics or punctuation: 'Erdoğan' → 'erdogan'."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _surname(normalised: str) -> str:
    last = normalised.rsplit(" ", 1)[-1]
    return _SURNAME_VARIANT.sub("", last) if len(last) > 4 else last


def names_match(a: str, b: str) -> bool:
    """Same person: equal normalised full names, or equal surnames (last words, y/i-folded),
    or a one-word name that is a word of the other ('Xi' ~ 'Xi Jinping', 'Lula' ~ 'Luiz
    Inacio Lula da Silva')."""
    na, nb = normalise_name(a), normalise_name(b)
    if not (na and nb):
        return False
    one_word = (" " not in na and na in nb.split()) or (" " not in nb and nb in na.split())
    return na == nb or _surname(na) == _surname(nb) or one_word


def persons(event: Event) -> list[ActorRef]:
    """The distinct persons among an event's actors and recipients."""
    seen: set[str] = set()
    out: list[ActorRef] = []
    for ref in (*event.actors, *event.recipients):
        key = ref.id or normalise_name(ref.name)
        if ref.kind == "person" and key not in seen:
            seen.add(key)
            out.append(ref)
    return out


def is_contact_event(event: Event) -> bool:
    """The unit: CONSULT, or REQUEST for talks (mode meet: a demand for aid is no request
    for talks), with at least two persons (any status)."""
    return is_contact(event) and len(persons(event)) >= 2


def _covered(people: list[ActorRef], gold: GoldEvent) -> set[int] | None:
    """Indices of the gold participants named by `people`; None if one of them is not one."""
    participants = gold.participants
    covered: set[int] = set()
    for person in people:
        full = normalise_name(person.name)
        hits = {i for i, g in enumerate(participants) if normalise_name(g) == full}
        hits = hits or {i for i, g in enumerate(participants) if names_match(person.name, g)}
        if not hits:
            return None
        covered |= hits
    return covered


def people_match(people: list[ActorRef], gold: GoldEvent) -> bool:
    covered = _covered(people, gold)
    return covered is not None and len(covered) >= 2


def _fit(event: Event, gold: GoldEvent) -> tuple[int, int, int]:
    """How well a matching event fits a gold event (lower is better): gold participants it
    leaves out, the gold date's coarseness, days between the dates."""
    missing = len(gold.participants) - len(_covered(persons(event), gold) or ())
    if gold.period is None:
        return missing, 9, 0
    days = abs((event.date.start - gold.period.start).days) if event.date else 0
    return missing, PRECISION_RANK[gold.period.precision], days


def dates_compatible(date: DateValue | None, gold: DateValue | None) -> bool:
    """Day gold: within 3 days (a week overlapping that span, or the same month, also
    pass); month or year gold: a date at least as precise, inside that month or year."""
    if gold is None:
        return True
    if date is None:
        return False
    if gold.precision == "day":
        day, slack = gold.start, dt.timedelta(days=DAY_SLACK)
        if date.precision == "day":
            return abs((date.start - day).days) <= DAY_SLACK
        if date.precision == "week":
            return date.start <= day + slack and day - slack <= date.end
        if date.precision == "month":
            return (date.start.year, date.start.month) == (day.year, day.month)
        return False
    if PRECISION_RANK[date.precision] > PRECISION_RANK[gold.precision]:
        return False
    return date.overlaps(gold)


def matches(event: Event, gold: GoldEvent) -> bool:
    """Kind, people and date agree (the event's status is not checked here)."""
    return (
        GOLD_KIND.get(event.event) == gold.kind
        and people_match(persons(event), gold)
        and dates_compatible(event.date, gold.period)
    )


@dataclass(slots=True)
class DevsetScore:
    precision: float
    recall: float
    f1: float
    date_accuracy: float
    dedup: float
    found: int
    gold_total: int
    predicted_total: int
    false_positives: int
    date_total: int
    date_correct: int
    dedup_total: int
    dedup_correct: int
    missed: list[dict] = field(default_factory=list)
    false_positive_events: list[dict] = field(default_factory=list)
    wrong_dates: list[dict] = field(default_factory=list)
    split: list[dict] = field(default_factory=list)
    halves: dict[str, dict[str, float]] = field(default_factory=dict)  # `story_halves`

    def metrics(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in METRICS}

    def to_dict(self) -> dict:
        names = [f.name for f in fields(self)]
        errors = names[names.index("missed") : names.index("halves")]
        return {
            "suite": "devset",
            "metrics": self.metrics(),
            "halves": self.halves,
            "counts": {n: getattr(self, n) for n in names[len(METRICS) : names.index("missed")]},
            "errors": {n: getattr(self, n) for n in errors},
        }

    def format_table(self) -> str:
        labels = {"date_accuracy": "date accuracy"}
        lines = [f"{'metric':<14} {'value':>6}  goal"]
        for name, value in self.metrics().items():
            goal = GOALS.get(name)
            mark = "" if goal is None else f"≥ {goal:.2f} {'ok' if value >= goal else 'MISS'}"
            lines.append(f"{labels.get(name, name):<14} {value:>6.3f}  {mark}".rstrip())
        lines.append(
            f"found {self.found}/{self.gold_total} · predicted {self.predicted_total} "
            f"({self.false_positives} false positive) · dates {self.date_correct}/"
            f"{self.date_total} · dedup {self.dedup_correct}/{self.dedup_total}"
        )
        for half, values in self.halves.items():
            shown = " · ".join(f"{labels.get(k, k)} {v:.3f}" for k, v in values.items())
            lines.append(f"{half} half (stories): {shown}")
        return "\n".join(lines)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _date_text(event: Event) -> str:
    return event.date.value if event.date else "none"


def _summary(event: Event) -> str:
    names = " / ".join(p.name for p in persons(event))
    sentence = " ".join(event.mentions[0].sentence.split()) if event.mentions else ""
    line = f"{event.event}/{event.mode or '-'} {names} {_date_text(event)} | {sentence}"
    return line if len(line) <= 200 else line[:199] + "…"


def score(
    events: list[Event], gold: list[GoldEvent], *, path_of: Callable[[Mention], str]
) -> DevsetScore:
    """Score merged events against the gold events, by the rules in this module's docstring."""
    predicted = [e for e in events if e.status == "occurred" and is_contact_event(e)]
    by_gold = {g.id: [i for i, e in enumerate(predicted) if matches(e, g)] for g in gold}
    occurred = [g for g in gold if g.status == "occurred"]
    found = [g for g in occurred if by_gold[g.id]]
    counted = [g for g in occurred if by_gold[g.id] or not g.optional]
    true_pos = {i for g in found for i in by_gold[g.id]}

    def files(event: Event) -> list[str]:
        return sorted({basename(path_of(m)) for m in event.mentions})

    false_pos = []
    for i, event in enumerate(predicted):
        if i not in true_pos:
            also = [g.id for g in gold if g.status != "occurred" and i in by_gold[g.id]]
            false_pos.append(
                {"id": event.id, "summary": _summary(event), "files": files(event), "gold": also}
            )
    missed = [
        {
            "id": g.id,
            "kind": g.kind,
            "participants": g.participants,
            "date": g.date,
            "quotes": [{"file": m.file, "quote": m.quote} for m in g.mentions],
        }
        for g in occurred
        if g.id not in {f.id for f in found} and not g.optional
    ]
    dated = [g for g in found if g.period is not None and g.period.precision == "day"]
    wrong_dates = []
    for g in dated:
        hits = [predicted[i] for i in by_gold[g.id]]
        if not any(
            e.date and e.date.precision == "day" and e.date.start == g.period.start for e in hits
        ):
            wrong_dates.append(
                {"id": g.id, "gold_date": g.date, "wirecode_date": [_date_text(e) for e in hits]}
            )
    # For dedup, an event matching several gold events belongs to the one it fits best.
    best = {
        i: min((g for g in found if i in by_gold[g.id]), key=lambda g: _fit(predicted[i], g)).id
        for i in true_pos
    }
    own = {g.id: [i for i in by_gold[g.id] if best[i] == g.id] or by_gold[g.id] for g in found}
    multi = [g for g in found if not g.optional and len(g.files) >= 2]
    dedup_correct = sum(len(own[g.id]) == 1 for g in multi)
    split = [
        {"id": g.id, "events": [predicted[i].id for i in own[g.id]]}
        for g in found
        if len(own[g.id]) > 1
    ]
    precision = _ratio(len(true_pos), len(predicted))
    recall = _ratio(len(found), len(counted))
    result = DevsetScore(
        precision=precision,
        recall=recall,
        f1=_ratio(2 * precision * recall, precision + recall),
        date_accuracy=_ratio(len(dated) - len(wrong_dates), len(dated)),
        dedup=_ratio(dedup_correct, len(multi)),
        found=len(found),
        gold_total=len(counted),
        predicted_total=len(predicted),
        false_positives=len(false_pos),
        date_total=len(dated),
        date_correct=len(dated) - len(wrong_dates),
        dedup_total=len(multi),
        dedup_correct=dedup_correct,
        missed=missed,
        false_positive_events=false_pos,
        wrong_dates=wrong_dates,
        split=split,
    )
    logger.info("devset scores: %s", result.metrics())
    return result
