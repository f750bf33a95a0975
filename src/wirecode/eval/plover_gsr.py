"""PLOVER-GSR country accuracy: are the gold actors' and targets' countries found?

The gold (``../shared/evaldata/plover-gsr/PLOVER_GSR_CAMEO.txt``, 322 coded sentences from
the CAMEO manual, CC BY-SA 4.0) codes each sentence's source and target actors with a
country code. The unit is a distinct sentence (a sentence coded twice carries the codes of
both records). A gold code counts as found when it is among the countries of the actors
that wirecode codes for that sentence.

What "coded" means here: event types beyond contacts are not extracted yet, so the
sentence's coded actors are the actors wirecode resolves in it. Each sentence is parsed
with the spaCy pipeline (``wirecode.nlp.load()``) and ``find_actor_mentions(doc, kb,
on=...)`` is run on it; the countries of every person, state and organisation found
(a group's members included, unknown people with the country their title gives) make the
sentence's set. This measures actor resolution, not event extraction: an actor found in
the sentence but not a party to its event still counts. The resolution date is the gold
record's own date, which is a placeholder (2000-01-01): people are thus found by name,
not by office ("the US president" resolves to nobody before the knowledge base's reach).

Code conventions (from ``evaldata/README.md``): the gold's legacy CAMEO codes are read as
ISO 3166 alpha-3 (``LEGACY_CODES``; found by checking every gold code against ISO 3166),
and the gold's IGO, NGO, IMG and ISM are matched by any organisation code found (any
non-state actor of the knowledge base: UNO, EUR, NAT, ...). Gold codes that are empty or
not codes at all (one target is the string "diplomatic") are left out.

Halves: a sentence belongs to the half of its first record's id: an even last digit is
``dev`` (develop on it), odd is ``test`` (report it). The gold is used only to score.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.errors import EvalDataError

__all__ = [
    "GOLD_FILE",
    "LEGACY_CODES",
    "NON_STATE_CODES",
    "GoldSentence",
    "PloverGsrScore",
    "gold_sentences",
    "normalise_code",
    "run_plover_gsr",
    "score",
    "split_of",
]

GOLD_FILE = "PLOVER_GSR_CAMEO.txt"
PLOVER_ENV = "WIRECODE_PLOVER_GSR"
PLOVER_DEFAULT = Path("../shared/evaldata/plover-gsr")  # relative to the working directory
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "ISM"})
REFERENCE = {
    "goal": 0.90,
    "note": "issue 3 goal; PLOVER-GSR publishes no country-accuracy reference",
}
NOTE = (
    "coded actors = the actors wirecode resolves in the sentence (find_actor_mentions on "
    "the spaCy parse), not only the parties of an extracted event; resolution date = the "
    "gold's placeholder date 2000-01-01, so people are found by name, not by office"
)
MAX_ERRORS = 60


def normalise_code(code: str) -> str:
    """A gold code read as ISO 3166 alpha-3 (legacy CAMEO codes mapped), upper case."""
    code = code.strip().upper()
    return LEGACY_CODES.get(code, code)


def split_of(record_id: str) -> str:
    """``dev`` for ids ending in an even digit, ``test`` for odd."""
    digits = [ch for ch in record_id if ch.isdigit()]
    if not digits:
        raise EvalDataError(f"PLOVER-GSR record id without a digit: {record_id!r}")
    return "dev" if int(digits[-1]) % 2 == 0 else "test"


@dataclass(slots=True)
class GoldSentence:
    """One distinct gold sentence with its gold actor/target codes."""

    id: str  # the first record's id
    text: str
    date: dt.date | None
    codes: list[str] = field(default_factory=list)  # normalised, distinct, in order
    actor_texts: dict[str, str] = field(default_factory=dict)  # code -> the gold's words

    @property
    def split(self) -> str:
        return split_of(self.id)


def resolve_dir(path: str | Path | None = None) -> Path:
    """The suite folder: ``path``, else $WIRECODE_PLOVER_GSR, else ../shared/evaldata/..."""
    if path is not None:
        return Path(path)
    env = os.environ.get(PLOVER_ENV)
    return Path(env) if env else PLOVER_DEFAULT


def _actors(value) -> list[dict]:
    if isinstance(value, list):
        return [a for a in value if isinstance(a, dict)]
    return [value] if isinstance(value, dict) else []  # "" or "diplomatic": no actor


def gold_sentences(path: str | Path | None = None) -> list[GoldSentence]:
    """The gold's distinct sentences (a folder or the JSON file itself)."""
    location = resolve_dir(path)
    file = location / GOLD_FILE if location.is_dir() else location
    if not file.is_file():
        raise EvalDataError(f"PLOVER-GSR gold not found at {file} (pass --path)")
    try:
        records = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvalDataError(f"cannot read PLOVER-GSR gold {file}: {error}") from error
    sentences: dict[str, GoldSentence] = {}
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        text = " ".join(record["text"].split())
        sentence = sentences.get(text)
        if sentence is None:
            try:
                day = dt.date.fromisoformat(record.get("date", ""))
            except ValueError:
                day = None
            sentence = sentences[text] = GoldSentence(record["id"], text, day)
        for actor in _actors(record.get("source")) + _actors(record.get("target")):
            raw = actor.get("code")
            if not isinstance(raw, str) or not raw.strip().isalpha():
                continue
            code = normalise_code(raw)
            if code not in sentence.codes:
                sentence.codes.append(code)
                sentence.actor_texts[code] = actor.get("actorText", "")
    return list(sentences.values())


def code_found(gold: str, found: set[str], organisations: set[str]) -> bool:
    """A gold code matches a found country; IGO/NGO/IMG/ISM match any organisation."""
    if gold in NON_STATE_CODES:
        return bool(found & (organisations | NON_STATE_CODES))
    return gold in found


@dataclass
class PloverGsrScore:
    """Country accuracy on the whole gold and on its dev and test halves."""

    found: dict[str, int]
    total: dict[str, int]
    sentences: dict[str, int]
    misses: list[dict]
    model: str = ""
    kb: str = ""

    def accuracy(self, split: str) -> float:
        return self.found[split] / self.total[split] if self.total[split] else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "country_accuracy": round(self.accuracy("all"), 4),
            "country_accuracy_dev": round(self.accuracy("dev"), 4),
            "country_accuracy_test": round(self.accuracy("test"), 4),
        }

    def to_dict(self) -> dict:
        by_code = Counter(m["code"] for m in self.misses)
        return {
            "suite": "plover-gsr",
            "metrics": self.metrics(),
            "reference": REFERENCE,
            "counts": {
                "codes": self.total,
                "found": self.found,
                "sentences": self.sentences,
            },
            "note": NOTE,
            "model": self.model,
            "kb": self.kb,
            "errors": {
                "missed_by_code": by_code.most_common(20),
                "missed": self.misses[:MAX_ERRORS],
            },
        }

    def format_table(self) -> str:
        lines = [f"{'half':<6} {'accuracy':>8}  found/codes  sentences"]
        for split in ("dev", "test", "all"):
            lines.append(
                f"{split:<6} {self.accuracy(split):>8.3f}  "
                f"{self.found[split]:>5}/{self.total[split]:<5}  {self.sentences[split]}"
            )
        goal = REFERENCE["goal"]
        mark = "ok" if self.accuracy("all") >= goal else "MISS"
        lines.append(f"goal ≥ {goal:.2f} on all: {mark}")
        lines.append(f"note: {NOTE}")
        return "\n".join(lines)


def score(
    sentences: list[GoldSentence],
    countries_of: dict[str, set[str]],
    organisations: set[str],
) -> PloverGsrScore:
    """Score found countries (sentence text -> codes) against the gold sentences."""
    found = Counter({"dev": 0, "test": 0, "all": 0})
    total = Counter({"dev": 0, "test": 0, "all": 0})
    counted = Counter({"dev": 0, "test": 0, "all": 0})
    misses = []
    for sentence in sentences:
        if not sentence.codes:
            continue
        countries = countries_of.get(sentence.text, set())
        for split in (sentence.split, "all"):
            counted[split] += 1
        for code in sentence.codes:
            ok = code_found(code, countries, organisations)
            for split in (sentence.split, "all"):
                total[split] += 1
                found[split] += ok
            if not ok:
                misses.append(
                    {
                        "id": sentence.id,
                        "split": sentence.split,
                        "code": code,
                        "gold_text": sentence.actor_texts.get(code, ""),
                        "found": sorted(countries),
                        "sentence": sentence.text[:160],
                    }
                )
    return PloverGsrScore(dict(found), dict(total), dict(counted), misses)


def sentence_countries(doc, kb, on: dt.date) -> set[str]:
    """Countries of the people, states and organisations resolved in a parsed sentence."""
    from wirecode.actors.mentions import find_actor_mentions

    countries: set[str] = set()
    for mention in find_actor_mentions(doc, kb, on=on):
        for actor in (*mention.members, mention.actor):
            if actor.country:
                countries.add(actor.country)
    return countries


def run_plover_gsr(path: str | Path | None = None, *, kb=None, nlp=None) -> PloverGsrScore:
    """Parse every gold sentence, resolve its actors and score their countries."""
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.nlp import load, model_version

    sentences = gold_sentences(path)
    kb = kb or KnowledgeBase.default()
    nlp = nlp or load()
    texts = [s.text for s in sentences]
    countries_of = {}
    for sentence, doc in zip(sentences, nlp.pipe(texts), strict=True):
        on = sentence.date or dt.date(2000, 1, 1)
        countries_of[sentence.text] = sentence_countries(doc, kb, on)
    organisations = {s.code for s in kb.states if s.igo or s.kind != "state"}
    result = score(sentences, countries_of, organisations)
    result.model = model_version(nlp)
    result.kb = kb.fingerprint()
    return result
