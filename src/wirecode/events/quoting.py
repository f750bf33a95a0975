"""What each side said: quotes attached to the contact during which they were said.

A quote belongs to a contact when one of its sides says it in the contact's own sentence
("during the call -- which was initiated by Kyiv -- Xi told Zelensky that …"), or one of
its parties a few sentences after it ("Zelensky said on Twitter: …"). A side is a party or
its government ("the Kremlin said"); an outlet reporting the contact or an onlooker
commenting on it is none. Other quotes stand as statements of their speaker and are not
attached to an event.
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
    if quote.speaker is None:
        return None
    same = [
        m
        for m in contacts
        if m.sentence_index == quote.sentence_index and _a_side(quote.speaker, m)
    ]
    if same:
        return same[0]
    earlier = [
        m
        for m in contacts
        if quote.sentence_index - REACH <= m.sentence_index < quote.sentence_index
        and quote.speaker.id in m.participants
    ]
    return earlier[-1] if earlier else None


def _a_side(speaker, contact: Mention) -> bool:
    """The speaker is a party to the contact, or speaks for the government of one ("the
    Kremlin said", "a Chinese foreign ministry spokesman said"); an outlet that reports the
    contact ("CCTV reported that Xi spoke with Putin") or an onlooker is no side of it."""
    if speaker.id in contact.participants:
        return True
    countries = {a.country for a in (*contact.actors, *contact.recipients)} - {None}
    return speaker.sector == "GOV" and speaker.country in countries
