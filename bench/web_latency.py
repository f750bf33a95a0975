"""p95 latency of `/timeline.json` at 100,000 synthetic events, under a loopback load.

    python bench/web_latency.py [--events 100000] [--requests 2000] [--threads 4] [-o FILE]

Builds a database with the store API (`SQLiteStore.replace_events`), serves it with uvicorn
in a separate process on 127.0.0.1 (a free port), and sends a bounded number of requests
(for at most `--seconds`) from a few threads, each with its own keep-alive httpx client.
Prints a table per query and writes the figures as JSON (default
bench/results/web_latency.json). Goal: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from wirecode.records import ActorRef, DateValue, Event, Mention
from wirecode.store.sqlite import SQLiteStore

ACTORS = [
    ActorRef(id=f"actor-{i}", name=f"Leader {i}", country=f"C{i % 90:02d}", sector="GOV")
    for i in range(400)
]
QUERIES = {
    "first page": {"limit": 50},
    "deep page": {"limit": 50, "offset": 90_000},
    "actor": {"actor": "actor-7", "limit": 50},
    "actor name": {"actor": "Leader 12", "limit": 50},
    "type + status": {"event": "CONSULT", "status": "occurred", "limit": 50},
    "date range": {"since": "2020-03-01", "until": "2020-06-30", "limit": 50},
    "min sources": {"min_sources": 3, "limit": 50},
    "pair": {"actor": "actor-3", "with": "actor-4", "limit": 50},
}


def synthetic_events(n: int, *, seed: int = 6) -> list[Event]:
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    events = []
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(3650))
        a, b = rng.sample(ACTORS, 2)
        sentence = f"{a.name} spoke with {b.name} by phone on {day:%A}, officials said ({i})."
        mention = Mention(
            document=f"doc_{i % 5000:05d}",
            sentence_index=0,
            start=0,
            end=len(sentence),
            sentence=sentence,
            trigger="spoke",
            event="CONSULT",
            mode="phone",
            status="occurred",
            actors=[a, b],
            date=DateValue(day, day, "day", day.strftime("%A"), "synthetic"),
        )
        events.append(
            Event(
                id=f"ev_{i:016x}",
                event=rng.choice(["CONSULT", "CONSULT", "REQUEST", "AGREE"]),
                mode="phone",
                status=rng.choice(["occurred", "occurred", "planned"]),
                actors=[a, b],
                recipients=[],
                date=DateValue(day, day, "day", day.strftime("%A"), "synthetic"),
                mentions=[mention],
                sources=rng.randint(1, 4),
            )
        )
    events.sort(key=lambda e: (e.date.start, e.id))
    return events


SERVE = """
import sys, uvicorn
from wirecode.web.app import create_app
app = create_app(sys.argv[1])
app.state.queries.overview()  # the read-side index is built before the load
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def _wait(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited")
        try:
            httpx.get(base + "/index.json", timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not start within 120 s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load(base: str, *, requests: int, threads: int, seconds: float) -> dict[str, list[float]]:
    """Send `requests` requests (at most `seconds`) from `threads` threads; times in ms."""
    names = list(QUERIES)
    timings: dict[str, list[float]] = {name: [] for name in names}
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                name = names[i % len(names)]
                began = time.perf_counter()
                response = client.get("/timeline.json", params=QUERIES[name])
                took = (time.perf_counter() - began) * 1000
                with lock:
                    if response.status_code != 200:
                        errors.append(f"{name}: {response.status_code}")
                    timings[name].append(took)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    if errors:
        raise SystemExit(f"{len(errors)} requests failed, first: {errors[0]}")
    return timings


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument(
        "-o", "--output", default=str(Path(__file__).parent / "results" / "web_latency.json")
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        began = time.perf_counter()
        with SQLiteStore(db) as store:
            stored = store.replace_events(synthetic_events(args.events))
        build = time.perf_counter() - began
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        began = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-c", SERVE, str(db), str(port)])
        try:
            _wait(base, server)
            index = time.perf_counter() - began
            load(base, requests=len(QUERIES) * 3, threads=1, seconds=30)  # warm-up
            began = time.perf_counter()
            timings = load(base, requests=args.requests, threads=args.threads, seconds=args.seconds)
            wall = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=10)

    every = [t for values in timings.values() for t in values]
    rows = {name: values for name, values in timings.items() if values}
    rows["all"] = every
    print(f"{stored} events stored in {build:.1f} s; server up, index built, in {index:.1f} s")
    print(
        f"{len(every)} requests, {args.threads} threads, {wall:.1f} s, "
        f"{len(every) / wall:.0f} req/s"
    )
    print(f"{'query':<15} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    result = {
        "events": stored,
        "requests": len(every),
        "threads": args.threads,
        "seconds": round(wall, 2),
        "requests_per_second": round(len(every) / wall, 1),
        "python": sys.version.split()[0],
        "queries": {},
    }
    for name, values in rows.items():
        figures = {
            "n": len(values),
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(percentile(values, 95), 2),
            "p99_ms": round(percentile(values, 99), 2),
            "max_ms": round(max(values), 2),
        }
        result["queries"][name] = {**QUERIES.get(name, {}), **figures}
        print(
            f"{name:<15} {figures['n']:>5} {figures['p50_ms']:>8.1f} {figures['p95_ms']:>8.1f} "
            f"{figures['p99_ms']:>8.1f} {figures['max_ms']:>8.1f}"
        )
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
