"""wirecode's benchmarks, in one command: `python bench/run.py` (about 20 minutes on 2 cores).

Prints a table and writes bench/results.json:

- throughput on Timeline17 articles (../shared/evaldata/timeline17): bare `nlp.pipe` with the
  full model, `wirecode run` and `wirecode run --prefilter` (contacts alone), side by side,
  model loaded once, and how many contact events the prefilter run shares with the full run;
- `wirecode run --workers 2` ÷ `--workers 1`, as commands (model loading included);
- peak memory (ru_maxrss of a subprocess) coding N documents vs 4N;
- merge time of 100k and 1M synthetic mentions.

Options: --docs 200 --memory 500 --merge 100000 --rounds 3 (throughput and workers measured
three times, medians reported) --quick (small sizes, a smoke run, not written) --only
SECTION... (the other sections of bench/results.json are kept, each with the date it was
measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMELINE17 = ROOT.parent / "shared" / "evaldata" / "timeline17"
RESULTS = Path(__file__).resolve().parent / "results.json"
SECTIONS = ("throughput", "workers", "memory", "merge")


def sample(n: int, *, seed: int = 17) -> list[dict]:
    """n articles drawn evenly from every Timeline17 topic, reproducibly."""
    articles = []
    for path in sorted(TIMELINE17.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as handle:
            articles += [json.loads(line) for line in handle if line.strip()]
    random.Random(seed).shuffle(articles)
    return [
        {"text": a["text"], "published": a.get("time"), "id": a.get("id")} for a in articles[:n]
    ]


def write_jsonl(articles: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def throughput(articles: list[dict], folder: Path, rounds: int = 1) -> dict:
    """Bare `nlp.pipe`, `wirecode run` and `wirecode run --prefilter` on the same articles,
    one after the other in each round; each figure is the median over the rounds, and each
    ratio the median of the rounds' own ratios (a busy machine slows a whole round)."""
    import spacy

    from wirecode.nlp import available_model
    from wirecode.pipeline import Coder
    from wirecode.records import Document

    texts = [a["text"] for a in articles]
    bare_nlp = spacy.load(available_model())
    bare_nlp("warm up")
    coders = {}
    for name, prefilter in (("wirecode", False), ("prefilter", True)):
        coders[name] = Coder(prefilter=prefilter)
        coders[name].code(Document(id="warm-up", text="warm up"))  # as bare_nlp("warm up")
    data = write_jsonl(articles, folder / "sample.jsonl")
    timed, events = [], {}
    for round_ in range(rounds):
        started, cpu = time.perf_counter(), time.process_time()
        for _ in bare_nlp.pipe(texts, batch_size=16):
            pass
        one = {"bare_seconds": time.perf_counter() - started}
        one["bare_cpu_seconds"] = time.process_time() - cpu
        for name, coder in coders.items():
            seconds, cpu_seconds, stored = _timed_run(coder, data, folder / f"{name}{round_}")
            one[f"{name}_seconds"], one[f"{name}_cpu_seconds"] = seconds, cpu_seconds
            events.setdefault(name, stored)
        timed.append(one)
    results = {"documents": len(texts), "rounds": timed}
    for key in timed[0]:
        results[key] = statistics.median(r[key] for r in timed)
    for name in coders:  # documents per second ÷ bare documents per second
        results[f"{name}_ratios"] = [r["bare_seconds"] / r[f"{name}_seconds"] for r in timed]
        results[f"{name}_ratio"] = statistics.median(results[f"{name}_ratios"])
    results["events"] = len(events["wirecode"])
    # --prefilter codes contacts alone: compare them with the contacts of the full run
    full, fast = (Counter(map(_contact_key, filter(_is_contact, events[n]))) for n in events)
    results["contacts"] = sum(full.values())
    results["prefilter_contacts"] = sum(fast.values())
    results["prefilter_same_contacts"] = sum((full & fast).values())
    results["prefilter_other_events"] = sum(not _is_contact(e) for e in events["prefilter"])
    return results


def _timed_run(coder, data: Path, stem: Path) -> tuple[float, float, list[dict]]:
    """`wirecode run` of one JSONL file into a new database: wall and CPU seconds, events."""
    from wirecode.pipeline import run
    from wirecode.store.sqlite import SQLiteStore

    # what a run loads once per process (the gazetteer, the copy finder's libraries),
    # as the bare pipeline's loading is not timed either
    warm = write_jsonl([{"text": "Warm up.", "id": "warm-up"}], stem.with_suffix(".warm.jsonl"))
    with SQLiteStore(stem.with_suffix(".warm.db")) as store:
        run([str(warm)], store, coder=coder)
    with SQLiteStore(stem.with_suffix(".db")) as store:
        started, cpu = time.perf_counter(), time.process_time()
        run([str(data)], store, coder=coder)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        events = [{k: v for k, v in e.items() if k != "mentions"} for e in store.events()]
    return seconds, cpu_seconds, events


def _is_contact(event: dict) -> bool:
    from types import SimpleNamespace

    from wirecode.records import is_contact

    return is_contact(SimpleNamespace(event=event["event"], mode=event["mode"]))


def _contact_key(event: dict) -> tuple:
    people = (tuple(sorted(a["id"] for a in event[role])) for role in ("actors", "recipients"))
    return (event["event"], event["mode"], event["status"], event["date"], *people)


def workers(articles: list[dict], folder: Path, rounds: int = 1) -> dict:
    """`wirecode run --workers 1` then `--workers 2` as commands, in each round; the
    speed-up is the median of the rounds' own ratios."""
    data = write_jsonl(articles, folder / "workers.jsonl")
    timed = []
    for round_ in range(rounds):
        one = {}
        for n in (1, 2):
            db = folder / f"workers{n}-{round_}.db"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "wirecode.cli", "run", str(data), "--db", str(db)]
                + ["-q", "--workers", str(n)],
                check=True,
                capture_output=True,
            )
            one[f"workers{n}_seconds"] = time.perf_counter() - started
        timed.append(one)
    results = {"documents": len(articles), "rounds": timed}
    for key in timed[0]:
        results[key] = statistics.median(r[key] for r in timed)
    results["speedups"] = [r["workers1_seconds"] / r["workers2_seconds"] for r in timed]
    results["speedup"] = statistics.median(results["speedups"])
    return results


MEMORY_SCRIPT = """
import resource, sys
from wirecode.pipeline import run
from wirecode.store.sqlite import SQLiteStore
with SQLiteStore(sys.argv[2]) as store:
    run([sys.argv[1]], store, workers=1)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory(articles: list[dict], small: int, folder: Path) -> dict:
    """Peak RSS of a serial run over `small` and 4 × `small` documents (texts cut to 2,000
    characters so that the large run stays within minutes)."""
    short = [{**a, "text": a["text"][:2000]} for a in articles]
    results = {}
    for n in (small, 4 * small):
        data = write_jsonl(short[:n], folder / f"memory{n}.jsonl")
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, str(data), str(folder / f"memory{n}.db")],
            check=True,
            capture_output=True,
            text=True,
        )
        results[f"peak_kib_{n}"] = int(out.stdout.split()[-1])
    results["documents"] = [small, 4 * small]
    return results


def synthetic_mentions(n: int, *, seed: int = 7):
    from wirecode.records import ActorRef, DateValue, Mention

    rng = random.Random(seed)
    actors = [ActorRef(f"a{i}", f"Actor {i}", "XXX", "GOV") for i in range(max(50, n // 200))]
    origin = dt.date(2015, 1, 1)
    mentions = []
    for i in range(n):
        a, b = rng.sample(actors, 2)
        day = origin + dt.timedelta(days=rng.randrange(3650))
        mentions.append(
            Mention(
                document=f"d{i // 5}",
                sentence_index=i % 5,
                start=i % 5 * 100,
                end=i % 5 * 100 + 80,
                sentence="s",
                trigger="met",
                event="CONSULT",
                mode=rng.choice(("phone", "meet", None)),
                status="occurred",
                actors=[a, b],
                date=DateValue.day(day, basis="weekday") if rng.random() < 0.9 else None,
            )
        )
    return mentions


def merge_time(sizes: list[int]) -> dict:
    from wirecode.merge import merge

    results = {}
    for n in sizes:
        mentions = synthetic_mentions(n)
        published = {f"d{i // 5}": dt.date(2025, 1, 1) for i in range(n)}
        started = time.perf_counter()
        events = merge(mentions, published=published.get)
        results[f"merge_seconds_{n}"] = time.perf_counter() - started
        results[f"events_{n}"] = len(events)
        del mentions, events
    return results


def table(results: dict) -> str:
    t, w, m, g = (results.get(k, {}) for k in SECTIONS)
    rows = []
    if t:
        n = t["documents"]
        bare, plain, pre = (n / t[f"{k}_seconds"] for k in ("bare", "wirecode", "prefilter"))
        rows += [
            ("bare nlp.pipe, full model", f"{bare:.2f} docs/s", _rounds(t["rounds"])),
            ("wirecode run", f"{plain:.2f} docs/s", f"÷ bare {_spread(t['wirecode_ratios'])}"),
            (
                "wirecode run --prefilter",
                f"{pre:.2f} docs/s",
                f"÷ bare {_spread(t['prefilter_ratios'])} (goal ≥ 2.0)",
            ),
            (
                "CPU time of this process (a busy machine)",
                f"bare {t['bare_cpu_seconds']:.1f} s",
                f"÷ bare: run {t['bare_cpu_seconds'] / t['wirecode_cpu_seconds']:.2f}, "
                f"--prefilter {t['bare_cpu_seconds'] / t['prefilter_cpu_seconds']:.2f}",
            ),
            (
                "--prefilter: same contacts",
                f"{t['prefilter_same_contacts']} of {t['contacts']}",
                f"{t['prefilter_contacts']} found; {t['events']} events in a full run",
            ),
        ]
    if w:
        rows.append(
            (
                f"--workers 2 ÷ --workers 1 ({w['documents']} docs)",
                f"{w['workers1_seconds']:.1f} s → {w['workers2_seconds']:.1f} s",
                f"speed-up {_spread(w['speedups'])} (goal ≥ 1.7)",
            )
        )
    if m:
        small, large = m["documents"]
        a, b = m[f"peak_kib_{small}"], m[f"peak_kib_{large}"]
        rows.append(
            (
                f"peak memory {large} ÷ {small} docs",
                f"{a / 1024:.0f} → {b / 1024:.0f} MiB",
                f"ratio {b / a:.2f} (goal ≤ 1.1)",
            )
        )
    if g:
        sizes = sorted(int(k.rsplit("_", 1)[1]) for k in g if k.startswith("merge_seconds_"))
        cells = ", ".join(f"{s:,}: {g[f'merge_seconds_{s}']:.1f} s" for s in sizes)
        ratio = g[f"merge_seconds_{sizes[-1]}"] / g[f"merge_seconds_{sizes[0]}"]
        rows.append(("merge of synthetic mentions", cells, f"ratio {ratio:.1f} (goal ≤ 15)"))
    width = max(len(r[0]) for r in rows)
    value = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{width}}  {b:<{value}}  {c}" for a, b, c in rows)


def _spread(ratios: list[float]) -> str:
    """The median of the rounds' ratios, with their range when there are several."""
    median = f"{statistics.median(ratios):.2f}"
    return median if len(ratios) < 2 else f"{median} ({min(ratios):.2f}–{max(ratios):.2f})"


def _rounds(rounds: list) -> str:
    return "" if len(rounds) < 2 else f"median of {len(rounds)} rounds"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="throughput sample size")
    parser.add_argument("--workers-docs", type=int, default=100, help="--workers sample size")
    parser.add_argument("--memory", type=int, default=500, help="small memory run (and 4×)")
    parser.add_argument("--merge", type=int, default=100_000, help="small merge size (and 10×)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat throughput and workers; report medians"
    )
    parser.add_argument("--only", nargs="*", default=None, help="throughput workers memory merge")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.workers_docs, args.memory, args.merge = 10, 20, 10, 1_000
    only = set(args.only or SECTIONS)
    results: dict = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "date": dt.date.today().isoformat(),
        "args": vars(args),
    }
    articles = sample(max(args.docs, args.workers_docs, 4 * args.memory))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "throughput" in only:
            results["throughput"] = throughput(articles[: args.docs], folder, args.rounds)
        if "workers" in only:
            results["workers"] = workers(articles[: args.workers_docs], folder, args.rounds)
        if "memory" in only:
            results["memory"] = memory(articles, args.memory, folder)
        if "merge" in only:
            results["merge"] = merge_time([args.merge, 10 * args.merge])
    for name in SECTIONS:
        if name in results:
            results[name]["measured"] = {"date": results["date"], "args": results["args"]}
    if args.quick:  # a smoke run's tiny sizes are no figure to keep
        print(table(results))
        print(f"\n--quick: not written to {RESULTS}")
        return
    results, kept = merge_results(previous_results(), results)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    for name in kept:
        print(f"{name}: kept from the run of {results[name]['measured']['date']}")
    print(f"\nwritten to {RESULTS}")


def previous_results() -> dict:
    """The results file as the last runs left it ({} when there is none or it is unreadable)."""
    try:
        data = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def merge_results(previous: dict, fresh: dict) -> tuple[dict, list[str]]:
    """The fresh run's sections replace the file's; the sections it did not measure (an
    `--only` run) are kept, each with the date and arguments it was measured with, so the
    file always holds the latest figure of every measure. Returns the results and the names
    of the sections kept."""
    kept = [name for name in SECTIONS if name not in fresh and isinstance(previous.get(name), dict)]
    results = dict(fresh)
    for name in kept:
        section = dict(previous[name])
        section.setdefault("measured", {"date": previous.get("date"), "args": previous.get("args")})
        results[name] = section
    return results, kept


if __name__ == "__main__":
    main()
