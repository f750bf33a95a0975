"""PLOVER-GSR: event types (accuracy, macro-F1) and actor/target country accuracy.

The gold (``../shared/evaldata/plover-gsr/PLOVER_GSR_CAMEO.txt``, 322 coded sentences from
the CAMEO manual, CC BY-SA 4.0) codes each sentence's source and target actors with a
country code. The unit is a distinct sentence (a sentence coded twice carries the codes of
both records). A gold code counts as found when it is among the countries of the actors
that wirecode codes for that sentence.

Types: each sentence is parsed with the spaCy pipeline (``wirecode.nlp.load()``), its
actors resolved (``find_actor_mentions``), and coded by both coders: contacts
(``events.extract.extract_mentions``) and the other PLOVER types
(``events.plover.plover_mentions``), combined by ``events.plover.combine_with_contacts``.
The sentence's type set is the types of its mentions, negated ones aside; an intended
contact ("would meet the mediator") reads as AGREE, PLOVER's code for an expressed intent
(CAMEO 036). Type accuracy: the set equals the gold set (gold v0.5 labels mapped:
DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT). Macro-F1: per-type
F1 over (sentence, type) pairs, averaged over the types of the gold.

Countries: where an event is coded in the sentence, the countries of its actors and
recipients; where none is, the countries of every actor resolved in the sentence (people,
states and organisations, a group's members included, unknown people with the country
their title gives). The resolution date is the gold
record's own date, which is a placeholder (2000-01-01): people are thus found by name,
not by office ("the US president" resolves to nobody before the knowledge base's reach).

Code conventions (from ``evaldata/README.md``): the gold's legacy CAMEO codes are read as
ISO 3166 alpha-3 (``LEGACY_CODES``; found by checking every gold code against ISO 3166),
and the gold's IGO, NGO, IMG and ISM are matched by any organisation code found (any
non-state actor of the knowledge base: UNO, EUR, NAT, ...). Gold codes that are empty or
not codes at all (one target is the string "diplomatic") are left out.

Halves: a sentence belongs to the half of its first record's id: an even last digit is
``dev`` (develop on it), odd is ``test`` (report it). The gold is used only to score, and
``--errors`` lists the dev half's errors only (the test half's are counted, not shown).
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
    "GOLD_TYPE_MAP",
    "PloverGsrScore",
    "TypeScore",
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
GOLD_TYPE_MAP = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
REFERENCE = {
    "goal": 0.90,
    "type_accuracy_goal": 0.85,
    "type_macro_f1_goal": 0.80,
    "zero_shot_nli": {"type_accuracy": 0.838, "type_macro_f1": 0.824},
    "note": "issue 4 goals; ZSP reference on a comparable PLOVER set; no country reference",
}
NOTE = (
    "types = contacts + other PLOVER types coded on the spaCy parse, negated aside; "
    "countries = parties of the coded events, else every actor resolved in the sentence; "
    "resolution date = the gold's placeholder 2000-01-01 (people found by name, not office)"
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
    types: set[str] = field(default_factory=set)  # gold PLOVER types (mapped to v1 names)
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


def gold_records(path: str | Path | None = None) -> list[dict]:
    """The gold file's records (a folder or the JSON file itself)."""
    location = resolve_dir(path)
    file = location / GOLD_FILE if location.is_dir() else location
    if not file.is_file():
        raise EvalDataError(f"PLOVER-GSR gold not found at {file} (pass --path)")
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvalDataError(f"cannot read PLOVER-GSR gold {file}: {error}") from error


def gold_sentences(path: str | Path | None = None) -> list[GoldSentence]:
    """The gold's distinct sentences (a folder or the JSON file itself)."""
    records = gold_records(path)
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
        event = str(record.get("event", ""))
        sentence.types.add(GOLD_TYPE_MAP.get(event, event))
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
class TypeScore:
    """Event-type accuracy and macro-F1 of one half (or all) of a gold suite."""

    correct: int = 0
    sentences: int = 0
    pairs: dict[str, list[int]] = field(default_factory=dict)  # type -> [tp, fp, fn]
    gold_types: set[str] = field(default_factory=set)

    def add(self, gold: set[str], coded: set[str]) -> None:
        self.sentences += 1
        self.correct += gold == coded
        self.gold_types |= gold
        for event in gold | coded:
            counts = self.pairs.setdefault(event, [0, 0, 0])
            counts[0] += event in gold and event in coded
            counts[1] += event in coded and event not in gold
            counts[2] += event in gold and event not in coded

    @property
    def accuracy(self) -> float:
        return self.correct / self.sentences if self.sentences else 0.0

    def f1(self, event: str) -> float:
        tp, fp, fn = self.pairs.get(event, [0, 0, 0])
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def macro_f1(self) -> float:
        types = sorted(self.gold_types)
        return sum(self.f1(t) for t in types) / len(types) if types else 0.0


def type_scores(items) -> dict[str, TypeScore]:
    """TypeScores per half and for all, from (split, gold set, coded set) triples."""
    scores = {"dev": TypeScore(), "test": TypeScore(), "all": TypeScore()}
    for split, gold, coded in items:
        for name in (split, "all"):
            if name in scores:
                scores[name].add(set(gold), set(coded))
    return scores


def coded_types(mentions) -> set[str]:
    """A sentence's coded PLOVER types: negated ones aside, an intended contact as AGREE."""
    types = set()
    for mention in mentions:
        if mention.status == "negated":
            continue
        intended = mention.event == "CONSULT" and mention.status in ("planned", "hypothetical")
        types.add("AGREE" if intended else mention.event)
    return types


def code_sentence(doc, kb, on: dt.date, *, lex=None):
    """(mentions, actor mentions) of one parsed sentence, both coders combined."""
    from wirecode.actors.mentions import find_actor_mentions
    from wirecode.events import lexicon
    from wirecode.events.extract import extract_mentions
    from wirecode.events.plover import combine_with_contacts, plover_mentions
    from wirecode.records import Document

    actor_mentions = find_actor_mentions(doc, kb, on=on)
    document = Document(id="gold", text=doc.text)
    contacts = extract_mentions(
        doc, document, actor_mentions, kb=kb, lex=lex or lexicon.load(), coder="eval"
    )
    others = plover_mentions(doc, document, actor_mentions, dates=None, coder="eval")
    return combine_with_contacts(doc, contacts, others), actor_mentions


@dataclass
class PloverGsrScore:
    """Type and country accuracy on the whole gold and on its dev and test halves."""

    found: dict[str, int]
    total: dict[str, int]
    sentences: dict[str, int]
    misses: list[dict]
    model: str = ""
    kb: str = ""
    types: dict[str, TypeScore] = field(default_factory=dict)
    type_errors: list[dict] = field(default_factory=list)
    resolved: dict[str, float] = field(default_factory=dict)

    def accuracy(self, split: str) -> float:
        return self.found[split] / self.total[split] if self.total[split] else 0.0

    def metrics(self) -> dict[str, float]:
        types = {}
        if self.types:
            types = {
                "type_accuracy": round(self.types["all"].accuracy, 4),
                "type_accuracy_dev": round(self.types["dev"].accuracy, 4),
                "type_accuracy_test": round(self.types["test"].accuracy, 4),
                "type_macro_f1": round(self.types["all"].macro_f1, 4),
                "type_macro_f1_dev": round(self.types["dev"].macro_f1, 4),
                "type_macro_f1_test": round(self.types["test"].macro_f1, 4),
            }
        resolved = {}
        if self.resolved:  # every resolved actor, not only the parties: actor resolution
            resolved = {
                "resolved_country_accuracy": round(self.resolved["all"], 4),
                "resolved_country_accuracy_dev": round(self.resolved["dev"], 4),
                "resolved_country_accuracy_test": round(self.resolved["test"], 4),
            }
        return {
            **types,
            **resolved,
            "country_accuracy": round(self.accuracy("all"), 4),
            "country_accuracy_dev": round(self.accuracy("dev"), 4),
            "country_accuracy_test": round(self.accuracy("test"), 4),
        }

    def to_dict(self) -> dict:
        """The figures of every half; errors are listed for the dev half only (the test
        half's are counted, never shown, so that no rule is fitted to them)."""
        misses = [m for m in self.misses if m["split"] == "dev"]
        type_errors = [e for e in self.type_errors if e["split"] == "dev"]
        by_code = Counter(m["code"] for m in misses)
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
                "listed": "dev half only",
                "test_half_unlisted": {
                    "missed": len(self.misses) - len(misses),
                    "types": len(self.type_errors) - len(type_errors),
                },
                "missed_by_code": by_code.most_common(20),
                "missed": misses[:MAX_ERRORS],
                "types": type_errors[:MAX_ERRORS],
                "type_confusions": Counter(
                    f"{'+'.join(e['gold']) or 'none'} -> {'+'.join(e['coded']) or 'none'}"
                    for e in type_errors
                ).most_common(20),
            },
        }

    def format_table(self) -> str:
        lines = []
        if self.types:
            lines.append(f"{'half':<6} {'type acc':>8} {'macro-F1':>8}  sentences")
            for split in ("dev", "test", "all"):
                score = self.types[split]
                lines.append(
                    f"{split:<6} {score.accuracy:>8.3f} {score.macro_f1:>8.3f}  {score.sentences}"
                )
            lines.append(
                "goal: type accuracy ≥ 0.85, macro-F1 ≥ 0.80 "
                "(zero-shot NLI reference 0.838 / 0.824)"
            )
        lines.append(f"{'half':<6} {'country':>8}  found/codes  sentences")
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

    return _countries(find_actor_mentions(doc, kb, on=on))


def _countries(actor_mentions) -> set[str]:
    found: set[str] = set()
    for mention in actor_mentions:
        for actor in (*mention.members, mention.actor):
            if actor.country:
                found.add(actor.country)
    return found


def run_plover_gsr(path: str | Path | None = None, *, kb=None, nlp=None) -> PloverGsrScore:
    """Parse every gold sentence, resolve its actors and score their countries."""
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.nlp import load, model_version

    sentences = gold_sentences(path)
    kb = kb or KnowledgeBase.default()
    nlp = nlp or load()
    from wirecode.events.plover import countries

    texts = [s.text for s in sentences]
    countries_of = {}
    resolved_of = {}  # every actor resolved in the sentence: actor resolution on its own
    typed = []
    type_errors = []
    for sentence, doc in zip(sentences, nlp.pipe(texts), strict=True):
        on = sentence.date or dt.date(2000, 1, 1)
        mentions, actor_mentions = code_sentence(doc, kb, on)
        coded = coded_types(mentions)
        found = countries([m for m in mentions if m.status != "negated"])
        countries_of[sentence.text] = found or _countries(actor_mentions)
        resolved_of[sentence.text] = _countries(actor_mentions)
        typed.append((sentence.split, sentence.types, coded))
        if coded != sentence.types:
            type_errors.append(
                {
                    "id": sentence.id,
                    "split": sentence.split,
                    "gold": sorted(sentence.types),
                    "coded": sorted(coded),
                    "triggers": [f"{m.event}:{m.trigger}:{m.status}" for m in mentions],
                    "sentence": sentence.text[:160],
                }
            )
    organisations = {s.code for s in kb.states if s.igo or s.kind != "state"}
    result = score(sentences, countries_of, organisations)
    resolved = score(sentences, resolved_of, organisations)
    result.resolved = {split: resolved.accuracy(split) for split in ("all", "dev", "test")}
    result.types = type_scores(typed)
    result.type_errors = type_errors
    result.model = model_version(nlp)
    result.kb = kb.fingerprint()
    return result
