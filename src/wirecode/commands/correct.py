"""`wirecode correct`: an analyst's corrections, kept apart from the machine output.

A thin client of `wirecode.corrections`: one correction per call, then the events are merged
again with every correction applied.
"""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from wirecode.store import open_store

DB_HELP = "Database file (default ./wirecode.db, or WIRECODE_DB)."


@click.command(name="correct")
@click.argument("event_id", required=False)
@click.option("--db", envvar="WIRECODE_DB", default=None, help=DB_HELP)
@click.option("--reject", is_flag=True, help="Reject the event: it leaves every view and export.")
@click.option("--merge", "merge_with", metavar="OTHER_ID", help="Merge OTHER_ID into the event.")
@click.option(
    "--split",
    metavar="N",
    help="Split mention N (as `wirecode show` numbers them, or DOCUMENT:OFFSET) out of the "
    "event into an event of its own.",
)
@click.option("--date", help="Fix the date: YYYY-MM-DD, YYYY-MM or YYYY.")
@click.option("--type", "event_type", help="Fix the PLOVER event type, e.g. CONSULT.")
@click.option("--mode", help="Fix the mode, e.g. phone, visit, meet.")
@click.option(
    "--status", type=click.Choice(["occurred", "planned", "hypothetical", "negated"]),
    help="Fix the status.",
)  # fmt: skip
@click.option("--actor", "actors", multiple=True, help="Fix the actors (name or id; repeat).")
@click.option(
    "--recipient", "recipients", multiple=True, help="Fix the recipients (name or id; repeat)."
)
@click.option("--comment", "-m", help="Why: kept with the correction and shown with the event.")
@click.option("--author", envvar="USER", default=None, help="Who corrects (default $USER).")
@click.option("--list", "list_", is_flag=True, help="List the corrections (undone ones too).")
@click.option("--undo", "undo_id", type=int, metavar="ID", help="Undo correction ID.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def correct_command(
    event_id, db, reject, merge_with, split, date, event_type, mode, status, actors,
    recipients, comment, author, list_, undo_id, as_json,
) -> None:  # fmt: skip
    """Correct an event: reject, merge, split a mention out, or fix date/type/actors.

    Corrections are stored apart from the machine output and applied after every merge, so
    later runs and `run --recode` keep them; `--list` shows them, `--undo ID` undoes one.
    """
    from wirecode import corrections

    with open_store(db) as store:
        if list_:
            _print_list(corrections.load(store), as_json)
            return
        if undo_id is not None:
            done = corrections.undo(store, undo_id)
            _print_done(done, as_json, "undone")
            return
        if not event_id:
            raise click.UsageError("give the EVENT_ID to correct (or --list, --undo ID)")
        fixes = {
            "date": date,
            "event": event_type,
            "mode": mode,
            "status": status,
            "actors": list(actors),
            "recipients": list(recipients),
        }
        chosen = [reject, bool(merge_with), bool(split), any(fixes.values())]
        if sum(chosen) != 1:
            raise click.UsageError(
                "give one of --reject, --merge OTHER_ID, --split N, or fixes (--date, --type, "
                "--mode, --status, --actor, --recipient)"
            )
        who = {"comment": comment, "author": author}
        if reject:
            done = corrections.reject(store, event_id, **who)
        elif merge_with:
            done = corrections.merge_events(store, event_id, merge_with, **who)
        elif split:
            done = corrections.split(store, event_id, split, **who)
        else:
            done = corrections.fix(store, event_id, **fixes, **who)
    _print_done(done, as_json, "recorded")


def _print_done(correction, as_json: bool, verb: str) -> None:
    if as_json:
        click.echo(json.dumps(correction.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"correction {correction.id} {verb}: {correction.kind} "
        f"{correction.data.get('summary', correction.event_id)} ({correction.event_id})",
        err=True,
    )


def _print_list(found, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(found)} corrections", title_justify="left")
    for column in ("id", "kind", "event", "what", "comment", "by", "when", "undone"):
        table.add_column(column, overflow="fold")
    for c in found:
        what = {k: v for k, v in c.data.items() if k not in ("summary", "other", "mention")}
        if c.kind == "split":
            what = {"mention": c.data["mention"]["sentence"][:60]}
        table.add_row(
            str(c.id),
            c.kind,
            f"{c.event_id}\n{c.data.get('summary', '')}",
            json.dumps(what, ensure_ascii=False) if what else "",
            c.comment or "",
            c.author or "",
            c.created,
            c.undone or "",
        )
    Console(width=160).print(table)
