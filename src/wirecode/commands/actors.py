"""`wirecode actors`: actors with their event counts, the knowledge base, user-file checks."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import click
from rich.console import Console
from rich.table import Table

from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.userfile import read_actor_file
from wirecode.store import open_store

__all__ = ["actor_counts", "actors_command", "kb_listing"]


def actor_counts(events: list[dict]) -> list[dict]:
    """One row per actor: in how many events it took part, as actor and as recipient."""
    info: dict[str, dict] = {}
    as_actor: Counter[str] = Counter()
    as_recipient: Counter[str] = Counter()
    for event in events:
        for field, counter in (("actors", as_actor), ("recipients", as_recipient)):
            for actor_id in dict.fromkeys(a["id"] for a in event.get(field) or ()):
                counter[actor_id] += 1
            for actor in event.get(field) or ():
                info.setdefault(actor["id"], actor)
    total: Counter[str] = Counter()
    for event in events:
        ids = {a["id"] for a in (event.get("actors") or []) + (event.get("recipients") or [])}
        total.update(ids)
    rows = [
        {
            "id": actor_id,
            "name": actor.get("name"),
            "country": actor.get("country"),
            "sector": actor.get("sector"),
            "events": total[actor_id],
            "as_actor": as_actor[actor_id],
            "as_recipient": as_recipient[actor_id],
        }
        for actor_id, actor in info.items()
    ]
    return sorted(rows, key=lambda r: (-r["events"], r["name"] or "", r["id"]))


def kb_listing(kb: KnowledgeBase, on: dt.date, *, country: str | None = None) -> list[dict]:
    """People holding an office on `on`, with those offices, by country then name."""
    rows = []
    for person in kb.people:
        offices = [o for o in person.offices_on(on) if not country or o.country == country]
        if not offices or not person.name:
            continue
        rows.append(
            {
                "id": person.id,
                "name": person.name,
                "country": person.country,
                "sector": person.sector,
                "offices": [
                    {
                        "role": o.role,
                        "country": o.country,
                        "title": o.title,
                        "start": o.start.isoformat() if o.start else None,
                        "end": o.end.isoformat() if o.end else None,
                    }
                    for o in offices
                ],
            }
        )
    return sorted(rows, key=lambda r: (r["offices"][0]["country"], r["name"], r["id"]))


def _print_table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(width=160).print(table)


@click.command(name="actors")
@click.option(
    "--db",
    envvar="WIRECODE_DB",
    default=None,
    help="Database file (default ./wirecode.db, or WIRECODE_DB).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--kb", "list_kb", is_flag=True, help="List the knowledge base instead: office-holders on --on."
)
@click.option("--on", "on", help="With --kb: the date of the offices (YYYY-MM-DD, default today).")
@click.option("--country", help="With --kb: only offices of this country or organisation code.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="With --kb: a user actor file (YAML or CSV) to add; may be repeated.",
)
@click.option(
    "--check",
    "check_file",
    type=click.Path(dir_okay=False),
    help="Validate a user actor file; print each problem as FILE:LINE: field: reason.",
)
def actors_command(db, fmt, list_kb, on, country, actor_files, check_file) -> None:
    """List actors with their event counts (--kb: the knowledge base; --check FILE: validate)."""
    if check_file:
        _check(check_file)
        return
    if list_kb:
        try:
            day = dt.date.fromisoformat(on) if on else dt.date.today()
        except ValueError as error:
            raise click.BadParameter(
                f"{on!r} is not a date (YYYY-MM-DD)", param_hint="--on"
            ) from error
        kb = KnowledgeBase.load(*actor_files) if actor_files else KnowledgeBase.default()
        rows = kb_listing(kb, day, country=country.upper() if country else None)
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        _print_table(
            f"{len(rows)} office-holders on {day.isoformat()}",
            ["country", "name", "offices", "since", "id"],
            [
                [
                    ", ".join(dict.fromkeys(o["country"] for o in r["offices"])),
                    r["name"],
                    "; ".join(dict.fromkeys(o["title"] for o in r["offices"])),
                    min((o["start"] or "?") for o in r["offices"]),
                    r["id"],
                ]
                for r in rows
            ],
        )
        return
    with open_store(db) as store:
        rows = actor_counts(store.events())
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    _print_table(
        f"{len(rows)} actors",
        ["name", "country", "sector", "events", "as actor", "as recipient", "id"],
        [
            [
                r["name"] or "",
                r["country"] or "",
                r["sector"] or "",
                str(r["events"]),
                str(r["as_actor"]),
                str(r["as_recipient"]),
                r["id"],
            ]
            for r in rows
        ],
    )


def _check(path: str) -> None:
    codes = [state.code for state in KnowledgeBase.default().states]
    result = read_actor_file(path, known_codes=codes)
    for problem in result.problems:
        click.echo(str(problem))
    if result.problems:
        click.echo(f"{len(result.problems)} problem(s) in {path}", err=True)
        raise SystemExit(1)
    click.echo(
        f"{path}: ok ({len(result.people)} people, {len(result.states)} states/organisations)"
    )
