"""The word forms of contact triggers, for the fast contact mode (`wirecode.prefilter`).

The prefilter reads text before the tokenizer, as runs of letters: it needs every form a
trigger lemma of `events/data/contacts.yaml` (or a CONSULT word of plover.yaml) can take,
and for the forms that contacts.yaml codes only with some word after them ("stopped over",
"received Lula", "flew to"), what that word must be.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["Follows", "line_forms", "speaker_forms", "trigger_forms"]

NAME_REACH = 4  # words after "went", "saw" within which a name must begin ("went to see Mubarak")
OBJECT_REACH = 6  # ... after "received" within which the one received must ("received the new
# Egyptian ambassador", "hosted a high-level delegation")
PARTICLE_REACH = 6  # "brought the Israeli and Palestinian leaders together"
ARRIVAL_REACH = 4  # "flew on Sunday to Cairo"
PARTNER_REACH = 6  # "exchanged views on the crisis with Putin"
MODIFIER_REACH = 2  # "a video and telephone conference"
VERB_REACH = 10_000  # the whole line before: "gathered at the hotel for a press conference"
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
PASSIVE = frozenset({"be", "is", "are", "was", "were", "been", "being", "get", "got", "gets"})

IRREGULAR = {
    "meet": ["met"],
    "say": ["said"],
    "write": ["wrote", "written"],
    "speak": ["spoke", "spoken"],
    "hold": ["held"],
    "fly": ["flew", "flown", "flies"],
    "send": ["sent"],
    "seek": ["sought"],
    "take": ["took", "taken"],
    "make": ["made"],
    "give": ["gave", "given"],
    "come": ["came"],
    "go": ["went", "gone"],
    "see": ["saw", "seen"],
    "ring": ["rang", "rung"],
    "sit": ["sat"],
    "tell": ["told"],
    "shoot": ["shot"],
    "strike": ["struck", "stricken"],
    "fight": ["fought"],
    "lead": ["led"],
    "leave": ["left"],
    "break": ["broke", "broken"],
    "seize": ["seized"],
    "withdraw": ["withdrew", "withdrawn"],
    "forgive": ["forgave", "forgiven"],
    "steal": ["stole", "stolen"],
    "sweep": ["swept"],
    "shake": ["shook", "shaken"],
    "bring": ["brought"],
    "buy": ["bought"],
    "beat": ["beaten"],
    "bind": ["bound"],
    "freeze": ["froze", "frozen"],
    "blow": ["blew", "blown"],
    "draw": ["drew", "drawn"],
    "throw": ["threw", "thrown"],
    "wage": ["waged"],
    "hang": ["hung"],
    "flee": ["fled"],
    "shut": ["shut"],
    "cut": ["cut"],
    "put": ["put"],
    "set": ["set"],
    "hit": ["hit"],
    "quit": ["quit"],
    "keep": ["kept"],
    "win": ["won"],
    "lose": ["lost"],
}


def _inflections(lemma: str) -> set[str]:
    """Forms of a lemma a tokenizer can see: plural and verb endings, doubled consonants."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "travelled"
    forms |= set(IRREGULAR.get(lemma, ()))
    return forms


@functools.cache
def trigger_forms() -> frozenset[str]:
    """Every word form of every contact trigger lemma (over-inclusive on purpose): the consult
    verbs and nouns of contacts.yaml, the objects of requests ("talks", "meeting"), and the
    words plover.yaml codes as CONSULT ("negotiate", "consultations").

    The other PLOVER types of plover.yaml (ACCUSE, AID, ...) are not looked for: in news
    nearly every line holds one of their words, and the prefilter would save nothing.
    """
    return _forms_of(frozenset(_contact_lemmas())) | _repeated(_consult_verbs(_plover()))


@functools.cache
def speaker_forms() -> frozenset[str]:
    """Every word form of the reporting verbs whose subject speaks for "I" ("said", "told",
    "writes": `wirecode.actors.words.REPORTING_VERBS`)."""
    from wirecode.actors.words import REPORTING_VERBS

    return _forms_of(frozenset(REPORTING_VERBS))


@dataclass(frozen=True, slots=True)
class Follows:
    """What must follow a word form within `reach` words of its line for the line to be
    parsed: one of `words` (lower-cased), or with `capitalised` any capitalised word; with
    `passive`, a passive auxiliary just before the form does as well ("was received"); one
    of `before` within `reach` words before it does too (the verb whose object makes a
    noun a contact: "gathered for a conference")."""

    words: frozenset[str]
    reach: int
    capitalised: bool = False
    passive: bool = False
    before: frozenset[str] = frozenset()

    def holds(self, words: list[str], i: int) -> bool:
        after = words[i + 1 : i + 1 + self.reach]
        if any(w.lower() in self.words or self.capitalised and w[:1].isupper() for w in after):
            return True
        if self.before and any(w.lower() in self.before for w in words[max(0, i - self.reach) : i]):
            return True
        return self.passive and any(w.lower() in PASSIVE for w in words[max(0, i - 2) : i])


@functools.cache
def line_forms() -> tuple[frozenset[str], dict[str, tuple[Follows, ...]]]:
    """(forms that make a line relevant, forms that do so only with what follows them).

    contacts.yaml codes some contact words only with a word after them, and several are among
    the commonest words of news ("going to", "see what happens", "called on", "stopped the
    war", "brought hope"); a line is parsed for such a form only when one of its
    `Follows` holds: the verb's particle ("stopped over", "sat down", "brought ...
    together"); a name or object pronoun for a named goal or a bare person ("went to
    Cairo", "saw Mubarak"); someone as object ("received Lula", "hosted his counterpart",
    "called him", or the passive "was received"); a preposition of arrival after a verb of
    travel ("flew to", "landed in"); the partner's preposition after a noun that needs one
    ("exchanged views with", "dinner with"); the modifier before a noun that needs one ("video
    conference"). A form that any trigger lemma takes without a
    condition (a noun "call", "talks", the words of plover.yaml) is always relevant."""
    from wirecode.events import lexicon

    lex = lexicon.load()
    conditions: dict[str, set[Follows]] = {}
    free: set[str] = set()

    def add(forms: set[str], condition: Follows | None) -> None:
        for form in forms:
            if condition is None:
                free.add(form)
            else:
                conditions.setdefault(form, set()).add(condition)

    for verb in lex.consult_verbs:
        add(_inflections(verb.lower()), _verb_condition(verb.lower(), lex))
    for noun in lex.consult_nouns:
        add(_noun_forms(noun.lower()), _noun_condition(noun.lower(), lex))
    for noun in lex.request_objects:  # "asked for talks", "sought a call"
        add(_noun_forms(noun.lower()), None)
    add(_forms_of(frozenset(w.lower() for w in lex.inviting)), None)  # "invited Xi to Ukraine"
    plover_lex = _plover()
    add(_forms_of(frozenset(_consult_words(plover_lex, objects=False))), None)
    add(_repeated(_consult_verbs(plover_lex)), None)  # "renegotiate"
    for verb, nouns in _consult_objects(plover_lex).items():  # "gathered for a conference"
        after = Follows(frozenset(), VERB_REACH, before=frozenset(_inflections(verb)))
        for noun in nouns:
            add(_noun_forms(noun), after)
    conditional = {f: tuple(sorted(c, key=repr)) for f, c in conditions.items() if f not in free}
    return frozenset(free), conditional


def _verb_condition(verb: str, lex) -> Follows | None:
    """The most telling word that contacts.yaml requires after a contact verb, if any."""
    if verb in lex.particles:
        return Follows(frozenset(lex.particles[verb]), PARTICLE_REACH)
    if verb in lex.required_objects:  # "shook hands"
        return Follows(frozenset(lex.required_objects[verb]), PARTICLE_REACH)
    if verb in lex.place_goals or verb in lex.bare_objects:
        return Follows(OBJECT_PRONOUNS, NAME_REACH, capitalised=True)
    if verb in lex.needs_person_object:
        return Follows(_person_forms(), OBJECT_REACH, capitalised=True, passive=True)
    if lex.consult_verbs[verb] == "visit" and verb not in ("visit", "tour"):
        from wirecode.events.trigger_words import ARRIVAL_PREPS

        return Follows(frozenset(ARRIVAL_PREPS), ARRIVAL_REACH)
    return None


def _noun_condition(noun: str, lex) -> Follows | None:
    if noun in lex.modified_nouns:  # "video conference", "shuttle diplomacy"
        return Follows(frozenset(), MODIFIER_REACH, before=frozenset(lex.modified_nouns[noun]))
    if noun in lex.partner_nouns:
        return Follows(frozenset(lex.partner_nouns[noun]), PARTNER_REACH)
    return None


@functools.cache
def _person_forms() -> frozenset[str]:
    """Words that can name the one met when no capital does: "received the visiting
    delegation", "hosted his counterpart", "called him"."""
    from wirecode.actors.words import TITLE_LEMMAS
    from wirecode.events import lexicon
    from wirecode.events.trigger_words import PERSON_WORDS

    nouns = {*TITLE_LEMMAS, *lexicon.load().party_nouns}
    return frozenset({*OBJECT_PRONOUNS, *PERSON_WORDS, *(f for n in nouns for f in _noun_forms(n))})


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def _plover():
    from wirecode.events import plover

    return plover.load()


def _contact_lemmas() -> set[str]:
    """The lower-cased lemmas of `trigger_forms`."""
    from wirecode.events import lexicon

    lex = lexicon.load()
    lemmas = {*lex.consult_verbs, *lex.consult_nouns, *lex.request_objects, *lex.arrival_adjectives}
    lemmas |= lex.inviting  # "invited Xi to Ukraine": a request to visit, no contact word
    lemmas |= _consult_words(_plover())
    return {lemma.lower() for lemma in lemmas}


def _forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= _inflections(lemma)
    return frozenset(forms)


def _consult_words(lex, *, objects: bool = True) -> set[str]:
    """The lemmas plover.yaml codes as CONSULT: a verb, noun or compound whose code is
    CONSULT (each word of a compound), and with `objects` the object of a verb that makes it
    one ("resume negotiations")."""
    words = {w for w, c in (*lex.verbs.items(), *lex.nouns.items()) if c.event == "CONSULT"}
    words |= {w for ws, c in lex.compounds.items() if c.event == "CONSULT" for w in ws}
    if objects:
        words |= {o for nouns in _consult_objects(lex).values() for o in nouns}
    return words


def _consult_verbs(lex) -> set[str]:
    """The verbs plover.yaml codes as CONSULT ("negotiate")."""
    return {w.lower() for w, c in lex.verbs.items() if c.event == "CONSULT"}


def _repeated(verbs: set[str]) -> set[str]:
    """The forms of a verb of repetition, which the PLOVER coder reads as its base verb
    ("renegotiating": `wirecode.events.plover_verbs`, a base of four letters or more; "re-"
    with a hyphen is split off by the tokenizer and needs nothing)."""
    return {"re" + form for verb in verbs if len(verb) >= 4 for form in _inflections(verb)}


def _consult_objects(lex) -> dict[str, set[str]]:
    """verb → the words plover.yaml codes as CONSULT as its object, its preposition's
    object or its subject ("resume" → "negotiations", "gather" → "conference")."""
    found: dict[str, set[str]] = {}
    for table in (lex.objects, lex.prep_objects, lex.subjects):
        for key, codes in table.items():
            words = {o for o, c in codes.items() if c.event == "CONSULT"}
            if words:
                found.setdefault(key.split()[0].lower(), set()).update(words)
    return found
