"""Kill `wirecode run` with SIGKILL at random points, run it again, and check nothing is lost.

    python scripts/kill_resume.py --rounds 50 [--seed 1] [--keep DIR]

Each round starts `wirecode run` on a corpus (the seed articles, a JSONL batch and a few
bad inputs) in a subprocess, waits until a random number of documents is stored (read from
the same database while the run writes, as `serve` would), kills it with SIGKILL, runs it
again to completion, and compares with a clean run: the same documents, no document or
mention stored twice, `PRAGMA integrity_check` = ok, and a byte-identical
`wirecode export --format jsonl`. tests/test_crash_safety.py runs two rounds of this.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
LEADERS = [
    ("Chinese President Xi Jinping", "Russian President Vladimir Putin"),
    ("U.S. President Joe Biden", "Ukrainian President Volodymyr Zelensky"),
    ("French President Emmanuel Macron", "Chinese President Xi Jinping"),
    ("German Chancellor Olaf Scholz", "Indian Prime Minister Narendra Modi"),
    ("Brazilian President Luiz Inacio Lula da Silva", "U.S. President Joe Biden"),
]
VERBS = ["spoke by phone with", "held talks with", "met", "had a phone call with"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_corpus(folder: Path, *, documents: int = 40) -> list[str]:
    """The inputs of a run: seed articles, a JSONL batch of short reports, some junk."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    lines = []
    for i in range(documents):
        a, b = rng.choice(LEADERS)
        day = 10 + i % 15
        text = (
            f"{a} {rng.choice(VERBS)} {b} on {rng.choice(WEEKDAYS)}, officials said. "
            f"The two leaders discussed trade and security, report {i} said."
        )
        lines.append(json.dumps({"id": f"r{i}", "text": text, "published": f"2023-05-{day}"}))
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "copy.txt").write_bytes((SEEDS / sorted(os.listdir(SEEDS))[0]).read_bytes())
    return [str(SEEDS), str(folder)]


def wirecode(*args: str, output=subprocess.PIPE) -> subprocess.Popen:
    """`wirecode ARGS` in its own process group (its extraction workers included)."""
    return subprocess.Popen(
        [sys.executable, "-m", "wirecode.cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=output,
        start_new_session=True,
    )


def finish(*args: str) -> str:
    process = wirecode(*args)
    out, err = process.communicate(timeout=600)
    if process.returncode != 0:
        raise RuntimeError(f"wirecode {' '.join(args)} exited {process.returncode}: {err[-2000:]}")
    return out.decode("utf-8")


def stored_documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as con:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError as error:  # no tables yet: the run is starting
        if "no such table" in str(error) or "unable to open" in str(error):
            return 0
        raise


def snapshot(db: Path) -> dict:
    """What must be equal between a clean run and a killed-and-resumed one."""
    with sqlite3.connect(db) as con:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        documents = sorted(con.execute("SELECT id, path, paths FROM documents"))
        per_document = sorted(
            con.execute("SELECT document, count(*) FROM mentions GROUP BY document")
        )
        duplicates = con.execute(
            "SELECT count(*) FROM (SELECT document, data FROM mentions "
            "GROUP BY document, data HAVING count(*) > 1)"
        ).fetchone()[0]
    return {
        "integrity": integrity,
        "documents": documents,
        "mentions": per_document,
        "duplicate mentions": duplicates,
        "export": finish("export", "--db", str(db), "--format", "jsonl"),
    }


def kill_round(
    inputs: list[str], db: Path, rng: random.Random, *, most: int, options: list[str]
) -> int:
    """Start a run, SIGKILL it once `target` documents are stored; the documents seen then."""
    target = rng.randint(0, most)
    process = wirecode("run", *inputs, "--db", str(db), "-q", *options, output=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    seen = 0
    while process.poll() is None and time.monotonic() < deadline:
        seen = stored_documents(db)
        if seen >= target:
            break
        time.sleep(0.005)
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, as a crash would
    except ProcessLookupError:
        pass
    process.wait()
    return seen


def run_rounds(
    rounds: int,
    *,
    seed: int = 1,
    work: Path | None = None,
    log=print,
    workers: list[str] = ("1", "2"),
) -> int:
    """Kill-and-resume `rounds` times against one clean reference; the rounds survived.
    Each killed run uses one of `workers` (extraction processes), chosen at random."""
    work = work or Path(tempfile.mkdtemp(prefix="wirecode-kill-"))
    inputs = make_corpus(work / "inputs")
    reference_db = work / "reference.db"
    finish("run", *inputs, "--db", str(reference_db), "-q", "--workers", "1")
    reference = snapshot(reference_db)
    assert reference["integrity"] == "ok"
    rng = random.Random(seed)
    for number in range(1, rounds + 1):
        db = work / f"round{number}.db"
        kills = rng.randint(1, 2)
        most = len(reference["documents"])
        seen = [
            kill_round(inputs, db, rng, most=most, options=["--workers", rng.choice(workers)])
            for _ in range(kills)
        ]
        finish("run", *inputs, "--db", str(db), "-q", "--workers", rng.choice(workers))
        got = snapshot(db)
        for key, value in reference.items():
            if got[key] != value:
                (work / f"round{number}.{key}.expected").write_text(str(value))
                (work / f"round{number}.{key}.got").write_text(str(got[key]))
                raise AssertionError(
                    f"round {number} (killed at {seen} documents): {key} differs "
                    f"(both kept in {work})"
                )
        log(f"round {number}: killed {kills}x at {seen} stored documents; resumed: identical")
        for path in work.glob(f"round{number}.db*"):
            path.unlink()
    return rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="wirecode-kill-"))
    survived = run_rounds(args.rounds, seed=args.seed, work=work)
    print(f"{survived} kill-and-resume rounds survived")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
