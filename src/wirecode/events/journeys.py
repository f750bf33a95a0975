"""Journeys and the sending of envoys: what a journey is for ("flew to Beijing to meet Xi"),
whether it is under way ("is heading to Damascus for talks"), and headlines that hang an
infinitive on the names that open them ("Putin, Erdogan to meet in Sochi")."""

from __future__ import annotations

from wirecode.actors.words import TITLE_LEMMAS
from wirecode.events.verb_forms import present_aux, simple_present, to_infinitive

# Verbs of arriving and setting out: their "to"-clause is what the journey is for, not yet done.
JOURNEY = frozenset(
    {"arrive", "travel", "fly", "head", "go", "come", "land", "touch", "leave", "depart"}
)


# ... and those of setting out alone: told in the simple present, the journey is under way or
# timetabled ("heads to Beijing", "flies to Moscow on Monday"); one that arrives has arrived
SETTING_OUT = frozenset({"travel", "fly", "head", "go", "leave", "depart"})


def hung_on_names(verb) -> bool:
    """An infinitive the parser hangs on the names that open a headline with no verb of its
    own ("Putin, Erdogan to meet in Sochi": the names are its subject); not on a noun ("the
    first leader to meet Xi")."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and to_infinitive(verb)
        and head.pos_ == "PROPN"
        and head.head.i == head.i
    )


def headline_subject(child) -> bool:
    """A name before a headline's infinitive that the parser left unattached: a headline joins
    its subjects with a comma ("Biden, Xi to hold virtual summit on Monday")."""
    return child.dep_ == "dep" and child.pos_ == "PROPN" and child.i < child.head.i


def purpose_of_a_journey(chain) -> bool:
    """A trigger inside the purpose clause of a journey ("flew to Beijing to meet Xi"): the
    journey is reported, the meeting is its aim."""
    return any(is_journey_aim(token) for token in chain[:-1])


def is_journey_aim(clause) -> bool:
    """A to-infinitive that tells what a journey, or the sending of someone on one, is for
    ("flew to Beijing to meet Xi", "sent Lavrov to Beijing to meet Wang")."""
    verb = clause.head
    return (
        clause.dep_ in ("advcl", "xcomp")
        and to_infinitive(clause)
        and (verb.lemma_.lower() in JOURNEY or sends_someone(verb))
    )


# verbs of sending or carrying someone: "was sending a senior envoy to Damascus to negotiate",
# "brought Netanyahu and Abbas to Washington to meet Clinton", "flew rebel leaders to Paris";
# one appointed to do it: "appointed a new special envoy to Libya to discuss the crisis"
SENDING = frozenset({"send", "dispatch", "bring", "fly", "escort", "appoint"})


MOVING = SENDING | JOURNEY


def moves_someone(verb) -> bool:
    """A verb of moving or sending, whose passive subject is the one who travels ("Khaddam
    was flown to Paris", "was brought to Cairo"), not one visited."""
    return verb.lemma_.lower() in MOVING


def sends_someone(verb) -> bool:
    """A verb of sending a person on a journey ("sent Lavrov to Beijing to meet Wang", "is
    sending an envoy to negotiate"; not "sent a letter to ask for talks": the asking is done)."""
    return verb.lemma_.lower() in SENDING and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in TITLE_LEMMAS)
        for c in verb.children
    )


def journey_under_way(chain) -> bool:
    """A journey told in the present progressive, or a setting out in the simple present, has
    not arrived: the visit it makes and the contact it is for are still ahead ("is travelling
    to Damascus", "is heading to Damascus for talks with Assad", "heads to Beijing for talks",
    "is on his way to Kyiv for talks"). A past journey is told as
    done ("flew to Damascus for talks"), and so is one in the past progressive ("was
    heading to Cairo when ...", which says nothing of what came after)."""
    for below, token in zip([None, *chain], chain, strict=False):
        if below is not None and not _aim(below):
            continue  # "is heading to Kyiv after being left out of the talks": done before
        if token.lemma_.lower() in JOURNEY and token.tag_ == "VBG" and present_aux(token):
            return True
        if token.lemma_.lower() in SETTING_OUT and simple_present(token):
            return True  # "Blinken heads to Beijing for talks", "flies to Moscow on Monday"
        if token.lower_ == "headed" and present_aux(token, dep="auxpass"):
            return True  # "is headed to the White House", "are headed for Kyiv"
        if token.tag_ in ("VBZ", "VBP") and any(_on_the_way(c) for c in token.children):
            return True  # "is on his way to Kyiv (for talks, to meet Zelensky)"
    return False


def _on_the_way(prep) -> bool:
    """ "on his way", "on their way" """
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(
            o.dep_ == "pobj" and o.lower_ == "way" and any(p.dep_ == "poss" for p in o.children)
            for o in prep.children
        )
    )


def _aim(below) -> bool:
    """Whether a journey's dependant is its goal or its aim: "to Kyiv", "for talks", "to
    meet Xi" (not "after the summit", "as Xi met Putin")."""
    if below.dep_ == "prep":
        return below.lower_ in ("to", "for", "toward", "towards", "on")  # "on his way"
    return below.dep_ in ("advcl", "xcomp") and to_infinitive(below)
