"""Clauses of condition and time on a verb: "if" and "unless", "when" and "once", "until"."""

from __future__ import annotations

CONDITIONS = frozenset({"if", "unless"})


def on_condition(verb) -> bool:
    """A verb with a clause of condition ("would meet Xi if China stopped", "will travel
    unless the talks fail"): what it tells hangs on the condition; "even if" concedes and "as
    if" compares, neither is a condition."""
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        for mark in clause.children:
            if mark.dep_ == "mark" and mark.lower_ in CONDITIONS:
                before = mark.doc[mark.i - 1] if mark.i > 0 else None
                if before is None or before.lower_ not in ("even", "as"):
                    return True
    return False


TIME_CLAUSE = frozenset({"when", "whenever", "once", "after", "before", "until", "till"})


def time_clause(verb) -> bool:
    """A verb opened by a word of time: "when he meets Xi", "once the talks are held"."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE and c.i < verb.i
        for c in verb.children
    )


UNTIL = frozenset({"until", "till"})


def not_until(verb, *, clause: bool = False) -> bool:
    """A verb with a phrase or (`clause`: only) a clause of "until": negated, it says when
    the act came."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in UNTIL
        and not clause
        or c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in UNTIL for m in c.children)
        for c in verb.children
    )
