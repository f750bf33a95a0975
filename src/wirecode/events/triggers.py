"""Where a contact is reported: trigger words and the clause they govern.

A trigger is a verb or noun of the lexicon (`data/contacts.yaml`) in a frame that makes it a
contact: "met", "held talks", "a phone call with", "visited", "arrived in", "calls for talks".
`find_triggers(sent, lex)` yields them. Its parts: `trigger_words` (who can be a party, and
`scope(token)`, the tokens a trigger governs without descending into other clauses, which is
where its participants and its date are), `trigger_verbs` (a verb of contact used as one),
`trigger_requests` (a contact asked for) and `trigger_parties` (sides named by nouns).
"""

from __future__ import annotations

from collections.abc import Iterator

from wirecode.actors.words import TITLE_LEMMAS
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import MEDIUM_PREPS
from wirecode.events.trigger_parties import together
from wirecode.events.trigger_requests import (
    asked_to_mediate,
    asked_to_meet,
    is_requested,
    noun_request,
    request_object,
)
from wirecode.events.trigger_verbs import BY_PHONE_PREPS, appeal, is_contact_verb, light_verb
from wirecode.events.trigger_words import (
    ARRIVAL_PREPS,
    CONTACT_PREPS,
    PERSON_WORDS,
    PLACE_ENTS,
    Trigger,
    actor_word,
    framing_phrase,
    has_prep,
    is_someone,
    prep_objects,
)
from wirecode.events.verb_forms import to_infinitive, verb_read_as_noun
from wirecode.nlp.views import columns

OCCURRENCE = {
    "happen",
    "take",
    "occur",
    "hold",
    "proceed",
    "begin",
    "start",
    "end",
    "last",
}  # "the meeting will take place next Friday"


def holding_clause(noun, lex: Lexicon):
    """A relative clause of holding, with a subject of its own, whose object is the contact
    noun it modifies: "the meeting Xi had with Putin on Monday", "the talks that Suleiman
    held with opposition leaders" (not "his visit in March, when he held talks with Biden":
    that clause holds talks of its own)."""
    if noun.pos_ != "NOUN":
        return None
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in lex.light_verbs:
            continue
        if any(c.dep_ in ("dobj", "advmod") for c in clause.children):
            continue
        if any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children):
            return clause
    return None


def _verb_trigger(token, lex: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    if lemma in lex.request_verbs and lemma != "want":
        if request_object(token, lex) is not None or (
            asked_to_meet(token, lex) and not asked_to_mediate(token, lex)
        ):
            return Trigger(token, "REQUEST", "meet", token)
    if lemma not in lex.consult_verbs:
        return None
    if token.tag_ == "VBG" and _visiting_partner(token, lex):
        return None  # "met with visiting Lebanese Prime Minister Hariri": the meeting is told
    if (
        token.dep_ in ("xcomp", "ccomp", "advcl")
        and token.head.lemma_.lower() in (lex.request_verbs - {"want"})
        and asked_to_meet(token.head, lex)
    ):
        return None  # the contact asked for is no contact yet
    if token.dep_ in ("acl", "relcl") and noun_request(token.head, lex) is not None:
        asked_for = request_object(token.head, lex)
        if asked_for is not None and asked_for.i == token.i:
            return None  # "renewed his request to meet Xi": asked for, not held
    if not is_contact_verb(token, lex):
        return None
    mode = lex.consult_verbs[lemma]
    if mode == "third-party" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.consult_nouns for c in token.children
    ):
        mode = "meet"  # "the summit brought together Barak and Arafat": no go-between
    return Trigger(token, "CONSULT", mode, token)


def _visiting_partner(participle, lex: Lexicon) -> bool:
    """ "Visiting" before the one met, read as a gerund after "with" ("met with visiting
    Prime Minister Hariri"): it tells who came, the contact is the meeting, no visit of its
    own (the parser's other reading, an adjective, is no trigger of any kind)."""
    head = participle.head
    contact = head.head
    return (
        participle.dep_ == "pcomp"
        and head.lower_ == "with"
        and (contact.lemma_.lower() in lex.consult_verbs or contact.lower_ in lex.consult_nouns)
    )


def _aim_of_a_journey(noun, lex: Lexicon) -> bool:
    """A contact noun that the purpose clause of a journey acts on ("arrived in Cairo to try to
    revive the stalled talks between Israel and the Palestinians", "flew to Oslo to salvage
    the negotiations"): what the visit is for, no contact of its own. Talks the traveller
    holds there stay: held by a light verb ("to hold talks with") or with a partner of
    their own ("to resume talks with Assad")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or prep_objects(noun, {"with"}):
        return False
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "advcl") or not to_infinitive(verb):
            return False
        verb = verb.head
        if verb.pos_ == "VERB" and lex.consult_verbs.get(verb.lemma_.lower(), "") == "visit":
            return is_contact_verb(verb, lex)
        if any(
            c.dep_ == "dobj" and lex.consult_nouns.get(c.lemma_.lower(), "") == "visit"
            for c in verb.children
        ):
            return True  # "made a trip to Cairo to revive the talks"
    return False


def _done_by_phone(noun, lex: Lexicon):
    """The verb a phone cue tells the means of, when it is done to someone ("congratulated
    Macron by phone", "told Putin by telephone that ...", "briefed Kuleba over the phone"): a
    call between them. A verb of contact or request is its own trigger ("spoke by phone",
    "asked by phone for talks"); "urged Putin by phone to extend the deal" is a call."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in BY_PHONE_PREPS or verb.pos_ != "VERB":
        return None
    if noun.lower_ not in lex.mode_cues["phone"] or noun.lemma_.lower() in lex.consult_nouns:
        return None  # "by videoconference": a contact noun is its own trigger
    if verb.lemma_.lower() in lex.consult_verbs or _verb_trigger(verb, lex) is not None:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    partners = objects + prep_objects(verb, {"with"})
    return verb if any(_leader_word(p) for p in partners) else None


def _leader_word(token) -> bool:
    """A person or state, by name or title ("Macron", "his counterpart", "Kyiv"); not a firm
    or an agency ("a rebel spokesman told Reuters by telephone": an interview, no contact)."""
    if token.ent_type_ in ("PERSON", "GPE"):
        return True
    return token.ent_type_ == "" and (
        token.lower_ in PERSON_WORDS or token.lemma_.lower() in TITLE_LEMMAS
    )


def _noun_trigger(token, lex: Lexicon) -> Trigger | None:
    lemma = token.lemma_.lower()
    means = _done_by_phone(token, lex)
    if means is not None:
        return Trigger(token, "CONSULT", "phone", means)
    text = token.lower_
    if text == "talks":
        lemma = "talks"
    if lemma not in lex.consult_nouns and lemma not in lex.held_nouns or is_requested(token, lex):
        return None
    if lemma in lex.modified_nouns and not any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.modified_nouns[lemma]
        for c in token.children
    ):
        return None  # "shuttle diplomacy between X and Y"; not "quiet diplomacy"
    postings = lex.posting_objects.get(lemma, frozenset())
    if any(o.lemma_.lower() in postings for o in prep_objects(token, {"of"})):
        return None  # "a tour of duty in neighbouring Chad": service there, no visit
    if token.dep_ == "dobj" and lex.consult_verbs.get(token.head.lemma_.lower()) == "third-party":
        return None  # "mediated talks between X and Y": one mediation, with the talks' sides
    predicate = token
    held = _counted_by(token, lex) or token  # "held a new round of talks": the round is held
    # a counted stretch read as the verb's adverb is its object too ("wound up two days of
    # talks": the parser takes "two days" for a time)
    counted = held.i != token.i and held.dep_ == "npadvmod"
    if (held.dep_ in ("dobj", "attr", "nsubjpass") or counted) and light_verb(held.head, lex):
        predicate = held.head
    elif held.dep_ == "nsubj" and happening(held.head, lex):
        predicate = held.head  # "talks took place between Putin and Kim on Monday"
    if prospect(held, lex):
        return None  # "opened the way for talks": made possible, not held or planned
    if recalled_for(token, lex):
        return None  # "recalled their ambassadors for consultations": at home
    if lemma in lex.held_nouns and predicate.i == token.i:
        return None  # "after the negotiations": the PLOVER lexicon's
    if predicate.i == token.i and _aim_of_a_journey(token, lex):
        return None  # "arrived in Cairo to try to revive the talks": the visit is the contact
    mode = lex.consult_nouns.get(lemma)
    if lemma in ("talks", *lex.held_nouns) and predicate.lemma_ in ("hold", "conduct", "have"):
        mode = "meet"  # "held talks": in person unless a phone cue says otherwise
    determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
    anaphoric = bool(determiners & {"the", "this", "that", "their", "its", "no"}) or any(
        c.dep_ in ("poss", "compound")
        and c.ent_type_ in ("DATE", "TIME")
        and not any(n.dep_ == "nummod" for n in c.children)  # "a three-day visit": how long
        for c in token.children
    )  # "the call", "Wednesday's call": the contact the text already reported
    if text == "talk" and _speech_about(token) or text == "talks" and _talks_of(token):
        return None  # "talk of a rift", "there is talk that": speech about, not a talk held
    if lemma == "call" and predicate.lemma_.lower() == "pay":
        mode = "visit"  # "paid a courtesy call on the king": a visit, no appeal
    elif lemma == "call" and (appeal(token, lex) or _heeded(token, lex)):
        return None  # "a call for NATO backing", "the call on China to act": an appeal
    if lemma in lex.object_nouns and predicate.i == token.i:
        return None  # "played host to Arafat", "exchanged views with"; not "the host country"
    if lemma in lex.partner_nouns:
        preps = set(lex.partner_nouns[lemma])
        partners = prep_objects(predicate, preps) + prep_objects(token, preps)
        if predicate.i != token.i:  # "gave Macron a warm welcome": the one it is given to
            for c in predicate.children:  # "gave a warm welcome to Macron": a dative "to"
                if c.dep_ == "dative":
                    partners += [o for o in c.children if o.dep_ == "pobj"] or [c]
        if not any(is_someone(o) for o in partners) and (partners or not together(predicate)):
            return None  # "had dinner with Assad"; not "a dinner for business leaders"
    if lemma == "call" and predicate.i == token.i and not anaphoric:
        cues = {c.lemma_.lower() for c in token.children}
        # "told Zelensky in a call on Monday": the call an act addressed to someone is done in
        partnered = has_prep(token, CONTACT_PREPS) or addressed_in(token, lex)
        if not (cues & lex.mode_cues["phone"] or partnered):
            return None
    return Trigger(token, "CONSULT", mode, predicate, anaphoric)


MAX_HOPS = 2  # nouns of other phrases between a contact and the act said in it


def addressed_in(contact, lex: Lexicon) -> set[int]:
    """The one a verb addresses in the contact it is said in, a contact with no partner of
    its own: "Xi told Zelensky in a phone call that ...", "Biden warned Xi during their
    talks", "Putin thanked Lula in a call" (the object is the other side); also the one
    thanked for it ("Zelensky thanked Xi for the phone call on Wednesday")."""
    prep = contact.head
    if contact.dep_ != "pobj" or has_prep(contact, {"with"}):
        return set()
    if prep.lower_ not in MEDIUM_PREPS and not thanked_for(contact, lex):
        return set()
    verb = prep.head
    for _ in range(MAX_HOPS):
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            break
        # "invited Zelensky to the summit in a phone call": the parser hangs the call on the
        # summit, but a thing is not said in a call; the act is
        verb = verb.head.head
    if verb.pos_ != "VERB":
        return set()
    # "told Zelensky in a call", "In a call on Monday, Biden told Zelensky"
    before = prep.i < verb.i
    objects = [
        c for c in verb.children if c.dep_ in ("dobj", "dative") and (c.i < prep.i or before)
    ]
    return {t.i for o in objects if actor_word(o) for t in o.subtree}


def thanked_for(contact, lex: Lexicon) -> bool:
    """A contact someone is thanked or praised for: "Zelensky thanked Xi for the phone call
    on Wednesday" (the thanker and the one thanked are its sides)."""
    return _for_object_of(contact, lex.thanking_verbs)


def recalled_for(noun, lex: Lexicon) -> bool:
    """A contact noun that envoys are called home "for" ("Kuwait recalled its ambassador
    for consultations"): held with their own government."""
    return _for_object_of(noun, lex.recalling_verbs)


def _for_object_of(noun, verbs: frozenset[str]) -> bool:
    """The noun is the object of the "for" of one of `verbs`."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in verbs
    )


def _speech_about(noun) -> bool:
    """The bare singular "talk" as speech about something: "talk of a rift", "talk about a
    deal", "there was talk that he would resign"; not one held ("a talk", "their talk",
    "Xi-Zelenskyy Talk", a headline's "Blair, Chirac talk Iraq"); "all the talk" and "the
    talk is of new initiatives" are speech too."""
    head = noun.head
    owned = any(c.dep_ == "poss" for c in noun.children)  # "their talk was about Ukraine"
    if noun.dep_ == "nsubj" and head.lemma_ == "be" and has_prep(head, {"of", "about"}):
        return not owned  # "all the talk now is of new initiatives"
    if any(c.dep_ == "predet" and c.lower_ == "all" for c in noun.children):
        return True
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "about") or c.dep_ in ("acl", "ccomp")
        for c in noun.children
    ) or any(c.dep_ == "expl" for c in noun.head.children)


def _talks_of(noun) -> bool:
    """ "Professor Clarke talks of an arc of confrontation between Iran and Saudi Arabia":
    the verb of speaking of something, which the tagger reads as a plural noun heading the
    sentence (a headline's "Putin-Xi talks in Moscow" has no "of" after it)."""
    doc = noun.doc
    return (
        noun.dep_ == "ROOT" and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in ("of", "about")
    )


def happening(verb, lex: Lexicon) -> bool:
    """A verb that tells its subject happened: "took place", "began", "resumed", "ended";
    with an object it tells what the subject did ("the meeting opened the way for talks")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lex.happening_verbs:
        return False
    objects = [c.lower_ for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    return objects == ["place"] if lemma == "take" else not objects


def prospect(noun, lex: Lexicon) -> bool:
    """A contact that something clears the way for ("opened the way for talks", "paved the
    way for a summit", "opened the door to talks", "the road to a meeting")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    owner = prep.head
    return owner.lemma_.lower() in lex.prospect_nouns or (
        owner.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.prospect_nouns for c in owner.children)
    )


def _counted_by(noun, lex: Lexicon):
    """The noun that counts a contact noun after "of" ("a new round of talks", "three days
    of talks"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    counter = prep.head
    return counter if counter.lemma_.lower() in lex.counting_nouns else None


def find_triggers(sent, lex: Lexicon) -> Iterator[Trigger]:
    """Contact triggers in a sentence, in order."""
    pos = columns(sent.doc).pos
    for i in range(sent.start, sent.end):
        if pos[i] not in ("VERB", "NOUN", "PROPN", "ADJ"):  # no `Token` for the other words
            continue
        token = sent.doc[i]
        if token.pos_ == "ADJ" and _adjective_as_noun(token, lex):
            trigger = _noun_trigger(token, lex)  # "held a bilateral with Albanese"
        elif token.pos_ == "ADJ":
            trigger = _due_at(token, lex)
        elif token.pos_ == "VERB" or verb_read_as_noun(token):
            trigger = _verb_trigger(token, lex)
        elif token.pos_ in ("NOUN", "PROPN"):
            trigger = noun_request(token, lex) or _noun_trigger(token, lex)
        else:
            trigger = None
        if trigger is not None:
            yield trigger


def _adjective_as_noun(adjective, lex: Lexicon) -> bool:
    """A contact noun the tagger reads as an adjective, heading a noun phrase of its own:
    "held a bilateral with Albanese" (not "bilateral talks", where the noun is "talks")."""
    return adjective.lemma_.lower() in lex.consult_nouns and adjective.dep_ in (
        "dobj",
        "pobj",
        "nsubj",
        "nsubjpass",
    )


def _due_at(adjective, lex: Lexicon) -> Trigger | None:
    """ "Macron is due in Beijing next week", "is due at the White House on Friday": one
    due at a place is to arrive there, a visit ahead, as "arrives in Beijing" is one made
    ("due to meet Xi" is the verb's, "due for talks" the noun's; "the payment is due in
    March" has no place)."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or adjective.lower_ not in lex.arrival_adjectives:
        return None
    if verb.lemma_ != "be":
        return None
    places = prep_objects(verb, ARRIVAL_PREPS) + prep_objects(adjective, ARRIVAL_PREPS)
    if not any(p.ent_type_ in PLACE_ENTS for p in places):
        return None
    return Trigger(adjective, "CONSULT", "visit", verb)


def governing_verb(token):
    """The verb whose clause holds a trigger: "expressed its stance in a phone call" →
    expressed; "swept into Ukraine on February 20 to meet Zelensky" → swept."""
    current = token
    for _ in range(4):
        purpose = current.dep_ in ("xcomp", "advcl") and to_infinitive(current)
        happens = current.dep_ in ("nsubj", "nsubjpass") and (
            current.head.lemma_ in OCCURRENCE or current.pos_ in ("NOUN", "PROPN")
        )
        # "the meeting will take place next Friday"; "Modi's trip last week drew criticism"
        listed = current.dep_ == "conj" and current.pos_ == "NOUN"  # "a trade deal and visits"
        if (
            current.dep_ not in ("pobj", "prep", "dobj", "attr", "appos", "npadvmod")
            and not listed
            and not purpose
            and not happens
            and not framing_phrase(current)  # "toured the cathedral ahead of his talks"
        ):
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def mode_of(trigger: Trigger, tokens, lex: Lexicon) -> str | None:
    """The trigger's own mode, refined by cue words in its scope ("held phone talks"); a
    verb is no cue ("will meet for what is being called working-level talks": a naming)."""
    cues = [t for t in tokens if t.pos_ != "VERB"]
    lemmas = {t.lemma_.lower() for t in cues} | {t.lower_ for t in cues}
    lemmas.discard(trigger.token.lemma_.lower())
    if trigger.event == "REQUEST":
        return "meet"
    if trigger.mode in (None, "meet") and lemmas & lex.mode_cues["phone"]:
        return "phone"
    if trigger.mode is None and lemmas & lex.mode_cues["visit"]:
        return "visit"
    return trigger.mode


def _heeded(call, lex: Lexicon) -> bool:
    """A "call" a verb of backing or heeding takes, naming no partner, is an appeal ("Russia
    supported the call of the Syrian people for change": the parser hung "for change" on
    the verb); "backed the call between Xi and Zelensky" is a phone call."""
    return (
        call.dep_ == "dobj"
        and call.head.lemma_.lower() in lex.heeding_verbs
        and not prep_objects(call, {"with", "between", "to"})
    )
