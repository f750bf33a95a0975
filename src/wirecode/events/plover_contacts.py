"""The contact coder's mentions combined with the PLOVER coder's: `combine_with_contacts`.

A contact that a PLOVER frame governs is dropped ("refused to meet" is REJECT, not a
meeting), and so is one that an appeal or statement speaks of: `plover_mentions` leaves
their token indices in `doc.user_data[APPEALS_KEY]`. A contact denied is kept as negated
("the Kremlin denied that Putin had met Kim": the denial is a statement, no PLOVER event,
and the meeting it denies is what a reader of the record needs to see, with its source).
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.events.dating import new_time_phrase
from wirecode.events.lexicon import load as load_contacts
from wirecode.events.plover_frames import frame_of
from wirecode.events.plover_lexicon import Code, load
from wirecode.events.plover_status import plover_reading
from wirecode.events.plover_words import lemma_of, phrasal_lemmas
from wirecode.events.status import MEDIUM_PREPS, governing_chain
from wirecode.events.subordinate_clauses import time_clause
from wirecode.events.trigger_verbs import BY_PHONE_PREPS
from wirecode.events.triggers import happening
from wirecode.records import Mention

# Where `plover_mentions` leaves the token indices of a document's appeals and statements
# for `combine_with_contacts` (no mentions, but they frame the contacts they speak of).
APPEALS_KEY = "wirecode.plover.appeals"


# frames that keep the contact they govern: praise takes a fact ("welcomed the news of the
# call"), and an agreement to meet plans the meeting ("agreed to meet in November")
KEEP = frozenset({"SUPPORT", "AGREE"})


def combine_with_contacts(doc, contacts: list[Mention], plovers: list[Mention]) -> list[Mention]:
    """Both coders' mentions in text order, without the contacts that a PLOVER frame
    governs ("refused to meet" is REJECT, not a meeting; praise and agreement are no such
    frame: "welcomed the news of the call" keeps the call, "agreed to meet in November" the
    planned meeting); a contact refused in the future
    tense ("said it would not attend the talks") is a REJECT too."""
    frames = {_token_at(doc, m.trigger_start) for m in plovers if m.event not in KEEP} - {None}
    negated = {_token_at(doc, m.trigger_start) for m in plovers if m.status == "negated"}
    # "welcomed the news that there was a call": praise takes a fact, and the call stays
    frames |= doc.user_data.get(APPEALS_KEY, set())  # "urged Russia to resolve it through
    # negotiations": an appeal is no event, and what it asks for is no contact
    lex, contact_lex = load(), load_contacts()
    kept: list[Mention] = []
    for mention in contacts:
        token = doc[_token_at(doc, mention.trigger_start) or 0]
        if token.dep_ == "nsubj" and happening(token.head, contact_lex):
            token = token.head  # "denied that talks took place": the verb tells the talks
        frame = frame_of(token, frames)
        if frame is not None and _request_acted_on(mention, token, frame):
            frame = None  # "Zelensky's request for talks with Xi was rejected": it was made
        if frame is not None and _new_time_of(token, doc[frame], contact_lex):
            frame = None  # "postponed to next month": the contact at its new time
        if frame is not None and (
            _occasion_of(token, frame) or _time_of(token, frame) or _reason_for(token, frame)
        ):
            frame = None  # "urged Putin in a phone call to end the war": the call was held
        if frame is not None and _during_an_act(token) and _denied(token, doc[frame], mention, lex):
            frame = None  # "denied that he had threatened him during talks": talks were held
        if frame is not None and not (
            _denied(token, doc[frame], mention, lex) or _called_off(token, doc[frame], lex)
        ):
            continue
        if frame is not None and frame in negated and _called_off(token, doc[frame], lex):
            pass  # "did not postpone his trip": the contact keeps its own status
        elif frame is not None:  # "denied that Putin had met Kim", "the summit was called off"
            mention = replace(mention, status="negated")
        elif mention.status == "negated":  # "said it would not attend the talks": REJECT
            event, status = plover_reading(Code(mention.event), "negated", token, lex)
            if event == "REJECT":
                actors, recipients = _refuser_first(mention, token)
                mention = replace(
                    mention,
                    event=event,
                    mode=None,
                    status=status,
                    actors=actors,
                    recipients=recipients,
                )
        kept.append(mention)
    coded = {m.trigger_start for m in kept}  # a contact's trigger is not coded twice
    plovers = [m for m in plovers if m.trigger_start not in coded]
    return sorted(kept + plovers, key=lambda m: (m.sentence_index, m.trigger_start))


def _request_acted_on(mention: Mention, token, frame: int) -> bool:
    """A request told by its noun that the frame's verb takes as subject or object ("the
    request ... was rejected", "ignored Kyiv's request for a call"): the verb answers a
    request that was made, and the request stands beside the answer."""
    return (
        mention.event == "REQUEST"
        and token.pos_ == "NOUN"
        and token.head.i == frame
        and token.dep_ in ("nsubj", "nsubjpass", "dobj")
    )


def _new_time_of(word, frame, contact_lex) -> bool:
    """The phrase of a verb of putting off that tells the new time of the contact it puts
    off: the contact coder's copy of it, planned at that time, stands."""
    return word.head.i == frame.i and word.i in new_time_phrase(frame, contact_lex.rescheduling)


def _occasion_of(contact, frame: int) -> bool:
    """A contact in or during which the frame's act was done ("urged Putin in a phone call",
    "warned Xi during their talks"): its occasion, not its content ("refused to take part in
    the talks" frames them: the "in" is not the refusal's)."""
    prep = contact.head
    return (
        contact.dep_ == "pobj"
        and prep.lower_ in MEDIUM_PREPS | BY_PHONE_PREPS  # "urged Putin by phone to ..."
        and prep.head.i == frame
    )


def _during_an_act(contact) -> bool:
    """A contact during which a verb's act was done ("had threatened him during talks at the
    UN"): a denial of the act is not one of the contact."""
    prep = contact.head
    return contact.dep_ == "pobj" and prep.lower_ == "during" and prep.head.pos_ in ("VERB", "AUX")


def _reason_for(contact, frame: int) -> bool:
    """A contact the frame's act is done "for" ("criticized Macron for calling Putin", "was
    criticized for his call with Putin", "sanctioned them for meeting Hamas"): the reason,
    which was done ("accused him of meeting" alleges it, and frames it)."""
    prep = contact.head
    return (
        contact.dep_ in ("pcomp", "pobj")
        and prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.head.i == frame
    )


def _refuser_first(mention: Mention, token) -> tuple[list, list]:
    """The sides of a contact refused: the parties its own words name besides their
    subject ("to speak with Biden", "would not meet Putin") are refused, the others refuse
    ("Putin had no plans to speak with Biden": Putin rejects, Biden is the recipient);
    "Erdogan and Putin will not meet" names no one else, and keeps both as actors."""
    parties = mention.actors + mention.recipients
    subjects = {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    words = " " + " ".join(t.text for t in token.subtree if t.i not in subjects) + " "
    refused = [a for a in parties if a.text and f" {a.text} " in words]
    refusers = [a for a in parties if a not in refused]
    if refused and refusers:
        return refusers, refused
    return mention.actors, mention.recipients


def _time_of(contact, frame: int) -> bool:
    """A contact in a clause of time under the frame ("urged Xi to act when they met in
    Bali", "will press Xi on Ukraine when the two leaders speak"): it tells when the act is
    done, not what is asked, denied or refused."""
    current = contact
    while current.i != frame and current.head.i != current.i:
        if current.dep_ == "advcl" and time_clause(current):
            return True
        current = current.head
    return False


def _called_off(token, frame, lex) -> bool:
    """A contact that a verb of cancelling takes as its object ("cancelled the visit",
    "the meeting, scheduled for Thursday, was called off", "postponed the summit"): it will
    not take place as planned. The cancelling is reduced relations (PLOVER's SANCTION), and
    the contact stays in the record as negated."""
    return (
        bool(phrasal_lemmas(frame) & lex.cancelling)
        and token.head.i == frame.i
        and token.dep_ in ("dobj", "nsubjpass")
    )


def _denied(token, frame, mention: Mention, lex) -> bool:
    """A contact told as held, planned or possible that a verb of denial says is not:
    "denied that Putin had met Kim", "denied reports that talks took place", "denied that Xi
    would visit" (not "denied that the talks had failed": what is denied is their failure)."""
    if mention.event != "CONSULT" or mention.status == "negated":
        return False
    if lemma_of(frame) not in lex.denial_verbs:
        return False
    chain = governing_chain(token)
    top = chain[-1]
    reported = top.head.dep_ == "dobj" and top.head.head.i == frame.i  # "denied reports that"
    return any(t.i == frame.i for t in chain) or top.head.i == frame.i or reported


def _token_at(doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None
