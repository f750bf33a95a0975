"""What the pages show of an event and its sources: one-line labels for events and quotes,
and an article cut into segments, each knowing the events whose sentences cover it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Segment", "event_label", "locate", "quote_text", "segments"]


def quote_text(quote) -> str:
    """A quote said during a contact, as one line: who said what (and how)."""
    if isinstance(quote, str):
        return quote
    speaker = (quote.get("speaker") or {}).get("name") or quote.get("source") or "?"
    return f"{speaker} ({quote.get('cue', '')}): \u201c{quote.get('content', '')}\u201d"


def event_label(event: dict) -> str:
    """`Xi Jinping, Vladimir Putin` or `Volodymyr Zelensky → Xi Jinping`."""
    names = ", ".join(a["name"] for a in event.get("actors") or [])
    recipients = ", ".join(a["name"] for a in event.get("recipients") or [])
    return f"{names} → {recipients}" if recipients else names


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of an article's text, with the keys (event ids) of the spans covering it."""

    text: str
    keys: tuple[str, ...] = ()


def locate(text: str, start: int | None, end: int | None, sentence: str | None):
    """The (start, end) of a sentence in its text; offsets first, else a search, else None."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if not sentence or text[start:end] == sentence:
            return start, end
    if sentence:
        found = text.find(sentence)
        if found >= 0:
            return found, found + len(sentence)
    return None


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece knows which spans cover it."""
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        keys = tuple(dict.fromkeys(k for s, e, k in spans if s <= a and b <= e))
        pieces.append(Segment(text[a:b], keys))
    return pieces
