"""What each side said: quotes attached to the contact during which they were said.

A quote belongs to a contact when it is told in the contact's own sentence ("during the
call -- which was initiated by Kyiv -- Xi told Zelensky that …"), or a few sentences after
it by one of its parties ("Zelensky said on Twitter: …"). Other quotes stand as statements of
their speaker and are not attached to an event.
"""

from __future__ import annotations

from wirecode.records import Mention

REACH = 3  # sentences after a contact within which its parties' words are its own
CONTACTS = ("CONSULT", "REQUEST")


def attach_quotes(mentions: list[Mention], quotes) -> None:
    """Add each quote's record to the contact mention it was said in (in place)."""
    contacts = [m for m in mentions if m.event in CONTACTS and m.status == "occurred"]
    for quote in quotes:
        home = _home(quote, contacts)
        if home is not None:
            home.quotes.append(quote_record(quote))


def quote_record(quote) -> dict:
    return {**quote.to_dict(), "sentence_index": quote.sentence_index}


def _home(quote, contacts: list[Mention]) -> Mention | None:
    same = [m for m in contacts if m.sentence_index == quote.sentence_index]
    if same:
        return same[0]
    if quote.speaker is None:
        return None
    earlier = [
        m
        for m in contacts
        if quote.sentence_index - REACH <= m.sentence_index < quote.sentence_index
        and quote.speaker.id in m.participants
    ]
    return earlier[-1] if earlier else None
