"""The `wirecode` command: a thin client of the library.

Each command opens the store, calls one library function and prints; a WirecodeError becomes
a one-line message and exit status 1.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import sys
import time

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from wirecode.errors import WirecodeError
from wirecode.eval import SUITES, run_suite
from wirecode.records import STATUSES
from wirecode.store import open_store

DB_HELP = "Database file (default ./wirecode.db, or WIRECODE_DB)."
db_option = click.option("--db", envvar="WIRECODE_DB", default=None, help=DB_HELP)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WirecodeError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Group)
@click.version_option(package_name="wirecode")
def main() -> None:
    """Turn news articles into a sourced, deduplicated timeline of political events."""


@main.command()
@click.argument("paths", nargs=-1, required=False)
@db_option
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Skip files larger than this many bytes (default 5,000,000; JSONL: per line).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the account, not the timeline.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A user actor file (YAML or CSV, see docs/actors.md) to add; may be repeated.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Extract in N processes (default: the number of cores; 1 runs in this process).",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    default=None,
    help="Extract on a dask.distributed cluster, e.g. tcp://127.0.0.1:8786 (wirecode[dask]).",
)
@click.option(
    "--prefilter",
    is_flag=True,
    help="Fast contact mode: code diplomatic contacts alone, parsing only the lines near a "
    "contact word (docs/scale.md).",
)
@click.option(
    "--recode",
    is_flag=True,
    help="Re-extract the stored documents coded by an older coder version (rules, actors), "
    "merge again, keep the corrections, and report what changed.",
)
@click.option(
    "--date-by-run",
    is_flag=True,
    help="Date an undated text by the day the run's dated reports give a contact it tells by "
    "a weekday (docs/time.md, 'Dated by the run'; off by default).",
)
def run(
    paths, db, max_bytes, quiet, actor_files, workers, dask_address, prefilter, recode, date_by_run
) -> None:
    """Ingest PATHS (files, folders, JSONL, - for stdin), extract and merge events."""
    if not paths and not recode:
        raise click.UsageError("give PATHS to ingest, or --recode to re-code the stored ones")
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.ingest import MAX_DOCUMENT_BYTES
    from wirecode.parallel import default_workers
    from wirecode.pipeline import run as run_pipeline

    kb = KnowledgeBase.load(*actor_files) if actor_files else None
    console = Console(stderr=True, soft_wrap=True, highlight=False)
    started = time.perf_counter()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn(
            "{task.completed}/{task.total} inputs"
            if (total := _count_files(paths))
            else "{task.completed} inputs"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    with open_store(db) as store, progress:
        task = progress.add_task("coding", total=total)

        def advance(source: str) -> None:
            progress.update(task, advance=1, description=f"coding {escape(source)}")

        account = run_pipeline(
            paths,
            store,
            kb=kb,
            workers=workers or default_workers(),
            dask=dask_address,
            prefilter=prefilter,
            stdin=sys.stdin.buffer,
            max_bytes=max_bytes or MAX_DOCUMENT_BYTES,
            progress=advance,
            date_by_run=date_by_run,
        )
        change = _recode(store, kb, prefilter, console) if recode else None  # issue 10
        events = store.events()
    _print_account(console, account, time.perf_counter() - started)
    _print_recode(console, account, change)
    if not quiet:
        _print_table(events)
    if account.total and not account.ingested and not account.known:
        raise click.ClickException("no input could be read (see the reasons above)")


def _recode(store, kb, prefilter, console):
    from wirecode.pipeline import Coder
    from wirecode.recode import recode

    with console.status("re-coding stored documents") as status:
        return recode(
            store,
            Coder(kb=kb, prefilter=prefilter),
            progress=lambda source: status.update(f"re-coding {escape(source)}"),
        )


def _print_recode(console: Console, account, change) -> None:
    """What `--recode` changed, or the hint that stored mentions are from an older coder."""
    if change is None:
        if account.outdated:
            console.print(
                f"[yellow]note[/]: {account.outdated} stored documents were coded by an older "
                "coder version (rules or actors changed): `wirecode run --recode` re-codes "
                "them and keeps your corrections"
            )
        return
    console.print(
        f"re-coded {change.documents} documents ({change.mentions_before} → "
        f"{change.mentions_after} mentions): {len(change.added)} events added, "
        f"{len(change.removed)} removed, {len(change.redated)} re-dated, "
        f"{change.unchanged} unchanged"
    )
    for label, events in (("added", change.added), ("removed", change.removed)):
        for e in events:
            console.print(
                f"  {label:8}  {e['date'] or '?'}  {e['event']}  {_names(e['actors'])}  "
                f"[dim]{e['id']}[/]",
                highlight=False,
            )
    for before, after in change.redated:
        console.print(
            f"  re-dated  {before['date'] or '?'} → {after['date'] or '?'}  {after['event']}  "
            f"{_names(after['actors'])}  [dim]{after['id']}[/]",
            highlight=False,
        )


def _count_files(paths) -> int | None:
    """How many inputs a run will read, when it can be told without reading them (no JSONL,
    whose lines are inputs of their own, and no standard input)."""
    count = 0
    for given in paths:
        if given == "-":
            return None
        if os.path.isdir(given):
            for _root, dirs, names in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                names = [n for n in names if not n.startswith(".")]
                if any(n.lower().endswith((".jsonl", ".ndjson")) for n in names):
                    return None
                count += len(names)
        elif given.lower().endswith((".jsonl", ".ndjson")):
            return None
        else:
            count += 1
    return count


def _print_account(console: Console, account, seconds: float) -> None:
    console.print(
        f"[bold]{account.total}[/] inputs: {len(account.ingested)} ingested, "
        f"{len(account.known)} already known, {len(account.skipped)} skipped; "
        f"{account.mentions} new mentions, {account.events} events ({seconds:.1f} s)"
    )
    # sources and reasons are data (file names, JSON messages): never rich markup
    for source, document_id in account.ingested:
        console.print(f"  ingested  {escape(source)}  [dim]{document_id}[/]", highlight=False)
    for source, document_id in account.known:
        console.print(f"  known     {escape(source)}  [dim]{document_id}[/]", highlight=False)
    for source, reason in account.skipped:
        console.print(f"  skipped   {escape(source)}: {escape(reason)}", highlight=False)
    for source, note in getattr(account, "notes", []):
        console.print(f"  note      {escape(source)}: {escape(note)}", highlight=False)


def _names(actors: list[dict]) -> str:
    return ", ".join(a["name"] for a in actors)


def _rows(events: list[dict]) -> list[dict]:
    return [
        {
            "date": e["date"] or "?",
            "event": e["event"],
            "mode": e["mode"] or "",
            "status": e["status"],
            "actors": _names(e["actors"]),
            "recipients": _names(e["recipients"]),
            "sources": e["sources"],
            "id": e["id"],
        }
        for e in events
    ]


def _print_table(events: list[dict]) -> None:
    table = Table(title=f"{len(events)} events", title_justify="left")
    for column in ("date", "event", "mode", "status", "actors", "recipients", "sources", "id"):
        table.add_column(column, overflow="fold")
    for row in _rows(events):
        table.add_row(*(str(value) for value in row.values()))
    Console(width=160).print(table)


def _iso_day(ctx, param, value: str | None) -> dt.date | None:
    """A day written YYYY-MM-DD, or a clear usage error (a wrong date matches nothing)."""
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a day written YYYY-MM-DD")


@main.command()
@db_option
@click.option("--actor", help="Only events with this actor (name or part of it, or id).")
@click.option("--event", "event_type", help="Only this PLOVER event type, e.g. CONSULT.")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--since", callback=_iso_day, help="Only events on or after this date (YYYY-MM-DD).")
@click.option("--until", callback=_iso_day, help="Only events on or before this date (YYYY-MM-DD).")
@click.option(
    "--place",
    help="Only events at this place (name or part of it, e.g. Moscow, Kremlin) or in this "
    "country (name or ISO code, e.g. Russia, RUS).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "md"]),
    default="table",
    show_default=True,
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=None,
    help="Only the N key dates, each with its events: ranked by the days the stored "
    "articles' time expressions name (distinct articles, recency, kind), or, with --actor, "
    "--event, --status or --place, by the evidence behind the events shown.",
)
def timeline(db, actor, event_type, status, since, until, place, fmt, top) -> None:
    """Print the stored events in time order (or the key dates with --top N)."""
    from wirecode.keydates import top_dates

    ranked = None
    with open_store(db) as store:
        events = store.events(
            actor=actor,
            event=event_type,
            since=since and since.isoformat(),
            until=until and until.isoformat(),
            status=status,
        )
        if top is not None and not (actor or event_type or status or place):
            # the whole story: the days its articles name, read one article at a time
            ranked = top_dates(events, top, store.documents(), since=since, until=until)
    if place:  # issue 9
        from wirecode.places.query import country_of_query, place_matches

        country = country_of_query(place)
        events = [e for e in events if place_matches(e.get("location"), place, country=country)]
    if top is not None:
        _print_key_dates(ranked if ranked is not None else top_dates(events, top), fmt)
        return
    if fmt == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        rows = _rows(events)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["date"])
        writer.writeheader()
        writer.writerows(rows)
        click.echo(out.getvalue(), nl=False)
    elif fmt == "md":
        click.echo("| date | event | mode | status | actors | recipients | sources |")
        click.echo("|---|---|---|---|---|---|---|")
        for row in _rows(events):
            click.echo("| " + " | ".join(str(v) for k, v in row.items() if k != "id") + " |")
    else:
        _print_table(events)


def _print_key_dates(ranked: list, fmt: str) -> None:
    from wirecode.keydates import evidence

    if fmt == "json":
        rows = [
            {"date": k.date.isoformat(), "score": k.score, "sources": k.sources,
             "mentions": k.mentions, "evidence": evidence(k), "events": evs}
            for k, evs in ranked
        ]  # fmt: skip
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    rows = []
    for rank, (key, evs) in enumerate(ranked, start=1):
        day = {"rank": rank, "date": key.date.isoformat(), "score": round(key.score, 2),
               "sources": key.sources}  # fmt: skip
        # a day the articles keep naming may have no coded event: its sentence says why
        said = (evidence(key, 1) or [""])[0]
        for row in _rows(evs) or [{"event": "", "mode": "", "status": "", "actors": "",
                                    "recipients": "", "id": ""}]:  # fmt: skip
            rows.append({**day, **{c: v for c, v in row.items() if c not in ("date", "sources")},
                         "evidence": "" if evs else said})  # fmt: skip
    if fmt in ("csv", "md"):
        out = io.StringIO()
        columns = list(rows[0]) if rows else ["rank", "date", "score"]
        if fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        else:
            out.write("| " + " | ".join(columns) + " |\n" + "|---" * len(columns) + "|\n")
            for row in rows:
                out.write("| " + " | ".join(str(v) for v in row.values()) + " |\n")
        click.echo(out.getvalue(), nl=False)
        return
    table = Table(title=f"{len(ranked)} key dates", title_justify="left")
    columns = ("rank", "date", "score", "sources", "event", "mode", "actors", "recipients")
    columns += ("evidence",) if any(row["evidence"] for row in rows) else ()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in columns))
    Console(width=160).print(table)


@main.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the event JSON.")
def show(event_id, db, as_json) -> None:
    """Show one event (id or a unique prefix) with every source sentence."""
    with open_store(db) as store:
        event = store.event(event_id)
    if event is None:
        raise click.ClickException(f"no event {event_id!r}: `wirecode timeline` lists the ids")
    if as_json:
        click.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(
        f"[bold]{event['event']}[/] {event['mode'] or ''} · {event['status']} · "
        f"{event['date'] or 'undated'}  [dim]{event['id']}[/]"
    )
    if event.get("date_basis"):
        console.print(f"date: {event['date']} ({event['date_basis']})", highlight=False)
    console.print(f"actors: {_names(event['actors'])}")
    if event["recipients"]:
        console.print(f"recipients: {_names(event['recipients'])}")
    if event.get("initiator"):
        console.print(f"initiated by: {event['initiator']['name']}")
    console.print(f"sources: {event['sources']}")
    for conflict in event["conflicts"]:
        console.print(
            f"conflict on {conflict['field']}: {conflict['values']} → {conflict['chosen']}",
            highlight=False,
        )
    for mention in event["mentions"]:
        console.print(
            f"\n[bold]{escape(mention['path'] or mention['document'])}[/] "
            f"(published {mention['published'] or '?'}, {mention['status']})",
            highlight=False,
        )
        console.print(f"  {escape(mention['sentence'])}", highlight=False)


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet", "plover", "csv", "cameo"]),
    default="jsonl",
    show_default=True,
    help="Export format: jsonl (event JSON lines), parquet (four tables in -o DIR), plover "
    "(PLOVER field names), csv, cameo (CAMEO-coded TSV).",
)
@click.option(
    "-o", "--output", type=click.Path(), help="File (default stdout); a folder for parquet."
)
@click.option("--mentions", is_flag=True, help="CSV: one row per mention, not per event.")
def export(db, fmt, output, mentions) -> None:
    """Export every event in a stable order: JSON lines, or Parquet tables in a folder."""
    from wirecode.export import jsonl_lines, write_parquet

    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet writes a folder: give it with -o DIR")
        with open_store(db) as store, _writing(output):
            counts = write_parquet(store, output)
        click.echo(
            ", ".join(f"{n} {table}" for table, n in counts.items()) + f" written to {output}",
            err=True,
        )
        return
    with open_store(db) as store:
        events = store.events()
    if fmt in ("plover", "csv", "cameo"):
        from wirecode import formats

        writers = {"plover": formats.to_plover_jsonl, "cameo": formats.to_cameo_tsv}
        lines = formats.to_csv(events, mentions=mentions) if fmt == "csv" else writers[fmt](events)
    else:
        lines = "".join(jsonl_lines(events))
    if output:
        with _writing(output), open(output, "w", encoding="utf-8") as handle:
            handle.write(lines)
    else:
        click.echo(lines, nl=False)


@contextlib.contextmanager
def _writing(output: str):
    """An output that cannot be written is a clear error, not a traceback ("-o [/]": no
    such folder)."""
    try:
        yield
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from error


@main.command(name="eval")
@click.argument("suite", type=click.Choice(sorted(SUITES)))
@click.option("--path", type=click.Path(file_okay=False), help="The suite's folder.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--errors", is_flag=True, help="List missed, false and mis-dated events.")
@click.option(
    "--run", "by_run", is_flag=True, help="devset, undated: date undated texts by the run."
)
@click.option(
    "--sample", type=click.IntRange(min=1), default=None, help="undated --run: per topic."
)
def eval_(suite, path, as_json, errors, by_run, sample) -> None:
    """Score the engine against a gold suite (devset: ../shared/devset)."""
    if by_run and suite not in ("undated", "devset"):
        raise click.UsageError("--run is an option of the devset and undated suites")
    if by_run and suite == "devset":
        from wirecode.eval.run import run_devset

        result = run_devset(path, date_by_run=True)
    elif by_run:
        from wirecode.eval.undated import SAMPLE_BY_RUN, run_undated_by_run

        result = run_undated_by_run(path, sample=sample or SAMPLE_BY_RUN)
    else:
        result = run_suite(suite, path)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2))
        return
    click.echo(result.format_table())
    if errors:
        click.echo(json.dumps(result.to_dict()["errors"], indent=2, ensure_ascii=False))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to bind.")
@click.option(
    "--token", envvar="WIRECODE_TOKEN", default=None,
    help="Bearer token that writes (and private reads) need (or WIRECODE_TOKEN).",
)  # fmt: skip
@click.option(
    "--token-file", type=click.Path(exists=True, dir_okay=False), default=None,
    help="Read the token from the first line of this file.",
)  # fmt: skip
@click.option("--writable", is_flag=True, help="Accept corrections (POST /corrections).")
@click.option("--private", is_flag=True, help="Reads need the token too.")
def serve(db, host, port, token, token_file, writable, private) -> None:
    """Serve the HTTP API and web UI over the database (read-only unless --writable);
    see docs/web.md and docs/analyst.md."""
    from wirecode.auth import Access, read_token

    token = read_token(token, token_file)
    if (writable or private) and token is None:
        raise click.UsageError("--writable and --private need --token or --token-file")
    access = Access(token=token, private=private, writable=writable)
    try:
        import uvicorn

        from wirecode.web.app import create_app
    except ImportError as error:
        raise click.ClickException(
            f"{error.name} is missing: install the server extra, pip install 'wirecode[server]'"
        ) from error
    from wirecode.store import DEFAULT_DB

    app = create_app(db or DEFAULT_DB, access=access)
    mode = "writable (token)" if writable else "read-only"
    mode += ", reads need the token" if private else ""
    click.echo(f"wirecode: serving {db or DEFAULT_DB} {mode} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@db_option
@click.option("-o", "--output", default="timeline.html", show_default=True, help="HTML file.")
@click.option("--title", default=None, help="Title of the report (default: the database).")
def report(db, output, title) -> None:
    """Write the timeline and every event's evidence into one self-contained HTML file."""
    from wirecode.report import write_report
    from wirecode.store import DEFAULT_DB

    count = write_report(db or DEFAULT_DB, output, title=title)
    click.echo(f"wrote {output}: {count} events; it opens offline in any browser", err=True)


from wirecode.commands.actors import actors_command  # noqa: E402  (registered last)

main.add_command(actors_command)

from wirecode.commands.correct import correct_command  # noqa: E402  (issue 10)

main.add_command(correct_command)


if __name__ == "__main__":
    main()
