"""The place filter of `wirecode timeline --place` and the API's `place` parameter.

A query matches an event whose place has that name or is written so ("Moscow", "Kremlin"),
whose country has that ISO code ("RUS"), or lies in the country of that name ("Russia",
"Britain"); case and accents are ignored.
"""

from __future__ import annotations

from wirecode.places.gazetteer import normalise

__all__ = ["country_of_query", "place_matches"]


def country_of_query(query: str, *, kb=None) -> str | None:
    """The ISO alpha-3 code a query names as a country ("Russia", "UK", "RUS"), else None."""
    if kb is None:
        from wirecode.actors.kb import KnowledgeBase

        kb = KnowledgeBase.default()
    text = query.strip()
    state = kb.state_named(text)
    if state is None or state.kind != "state":
        return None
    names = {normalise(n) for n in (state.name, state.code, *state.names)}
    return state.code if normalise(text) in names else None


def place_matches(location: dict | None, query: str, *, country: str | None = None) -> bool:
    """Whether an event JSON `location` answers a place query (`country`: the query's
    country code, from `country_of_query`)."""
    if not location or not query.strip():
        return False
    key = normalise(query)
    names = (normalise(location.get("name") or ""), normalise(location.get("text") or ""))
    if any(key and key in name for name in names):
        return True
    code = location.get("country")
    return bool(code) and (code == query.strip().upper() or code == country)
