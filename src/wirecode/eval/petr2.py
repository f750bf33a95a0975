"""PETR2-GSR: PLOVER event types against PETRARCH-2's validation sentences (test only).

The gold (``../shared/evaldata/petr2-gsr/PETR2_GSR_validation.xml``, 78 wire sentences, MIT)
codes each sentence with CAMEO event codes, or ``noevents="True"``. Each gold code is read
as PLOVER through wirecode's crosswalk (``wirecode.crosswalk.to_plover``); codes PLOVER
drops (01 statements, 02 appeals) count as "no event". The file is not strictly valid XML,
so it is read with a tolerant pattern reader. Sentences are coded exactly as PLOVER-GSR's
(``plover_gsr.code_sentence``: contacts + other PLOVER types, negated ones aside, an
intended contact as AGREE), and type accuracy is the share of sentences whose type set
equals the gold set. This suite is test only: nothing is tuned on it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.crosswalk import to_plover
from wirecode.errors import EvalDataError
from wirecode.eval.plover_gsr import TypeScore, code_sentence, coded_types

__all__ = ["PetrSentence", "Petr2Score", "gold_sentences", "run_petr2"]

GOLD_FILE = "PETR2_GSR_validation.xml"
PETR2_ENV = "WIRECODE_PETR2_GSR"
PETR2_DEFAULT = Path("../shared/evaldata/petr2-gsr")
REFERENCE = {
    "type_accuracy_goal": 0.80,
    "note": "issue 4 goal; the set is PETRARCH-2's own validation set (no published score)",
}
SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
CODING = re.compile(r"<EventCoding\b([^>]*)>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


@dataclass(slots=True)
class PetrSentence:
    id: str
    text: str
    date: dt.date | None
    codes: list[str] = field(default_factory=list)  # gold CAMEO codes

    @property
    def types(self) -> set[str]:
        found = (to_plover(code) for code in self.codes)
        return {row.plover for row in found if row is not None}


def resolve_dir(path: str | Path | None = None) -> Path:
    if path is not None:
        return Path(path)
    env = os.environ.get(PETR2_ENV)
    return Path(env) if env else PETR2_DEFAULT


def gold_sentences(path: str | Path | None = None) -> list[PetrSentence]:
    """The gold sentences, read tolerantly (a folder or the XML file itself)."""
    location = resolve_dir(path)
    file = location / GOLD_FILE if location.is_dir() else location
    if not file.is_file():
        raise EvalDataError(f"PETR2-GSR gold not found at {file} (pass --path)")
    text = file.read_text(encoding="utf-8", errors="replace")
    sentences = []
    for attributes, body in SENTENCE.findall(text):
        attrs = dict(ATTRIBUTE.findall(attributes))
        match = TEXT.search(body)
        if match is None:
            continue
        codes = []
        for coding in CODING.findall(body):
            code = dict(ATTRIBUTE.findall(coding)).get("eventcode")
            if code:
                codes.append(code)
        raw = attrs.get("date", "")
        date = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])) if len(raw) == 8 else None
        sentences.append(
            PetrSentence(attrs.get("id", ""), " ".join(match.group(1).split()), date, codes)
        )
    if not sentences:
        raise EvalDataError(f"no <Sentence> records in {file}")
    return sentences


@dataclass
class Petr2Score:
    types: TypeScore
    errors: list[dict]
    model: str = ""

    def metrics(self) -> dict[str, float]:
        return {
            "type_accuracy": round(self.types.accuracy, 4),
            "type_macro_f1": round(self.types.macro_f1, 4),
        }

    def to_dict(self) -> dict:
        confusions = Counter(
            f"{'+'.join(e['gold']) or 'none'} -> {'+'.join(e['coded']) or 'none'}"
            for e in self.errors
        )
        return {
            "suite": "petr2-gsr",
            "metrics": self.metrics(),
            "reference": REFERENCE,
            "counts": {"sentences": self.types.sentences, "correct": self.types.correct},
            "model": self.model,
            "errors": {
                # a test-only suite: its sentences are never shown, so that no rule is
                # fitted to them; the kinds of error are counted
                "listed": "none (PETR2-GSR is test only)",
                "confusions": confusions.most_common(20),
            },
        }

    def format_table(self) -> str:
        goal = REFERENCE["type_accuracy_goal"]
        mark = "ok" if self.types.accuracy >= goal else "MISS"
        return "\n".join(
            [
                f"{'split':<6} {'type acc':>8} {'macro-F1':>8}  sentences",
                f"{'test':<6} {self.types.accuracy:>8.3f} {self.types.macro_f1:>8.3f}  "
                f"{self.types.sentences}",
                f"goal: type accuracy ≥ {goal:.2f}: {mark} (gold CAMEO read through the "
                "crosswalk; 01/02 codes are no event)",
            ]
        )


def run_petr2(path: str | Path | None = None, *, kb=None, nlp=None) -> Petr2Score:
    """Code every gold sentence and score its PLOVER type set."""
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.nlp import load, model_version

    sentences = gold_sentences(path)
    kb = kb or KnowledgeBase.default()
    nlp = nlp or load()
    score = TypeScore()
    errors = []
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        mentions, _ = code_sentence(doc, kb, sentence.date or dt.date(2008, 1, 1))
        coded = coded_types(mentions)
        score.add(sentence.types, coded)
        if coded != sentence.types:
            errors.append(
                {
                    "gold": sorted(sentence.types),
                    "coded": sorted(coded),
                }
            )
    return Petr2Score(score, errors, model_version(nlp))
