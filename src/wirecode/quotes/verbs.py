"""Whether a verb is a cue, and of which kind.

`is_cue` takes a verb of saying, thinking or intent, one with the preposition or particle
that makes it a cue ("called for", "lashed out"), a verb of perceiving with an "as" phrase
("saw it as a dig"), a light verb with a noun of saying (`light_construction`: "made the
case for") and a cue in an "as" clause (`as_clause`: "As the senator said, ..."); not a
filler of speech ("you know") nor a set phrase of the writer's ("needless to say").
`after_break` tells a clause-final cue set off from the clause it reports.
"""

from __future__ import annotations

from wirecode.quotes.cues import (
    AS_CUES,
    ATTITUDE_ADJECTIVES,
    CUE_VERBS,
    INTENT_CUES,
    LIGHT_NOUNS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    LINKING,
    NOUN_CUES,
    OBJECT_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    SPEECH,
    lemma_of,
)
from wirecode.quotes.record import CLAUSE_BREAKS, subtree_of

DISCOURSE_MARKERS = (("know", "you"), ("see", "you"), ("mean", "i"))
# Verbs whose participle without a subject of its own sets a condition ("assuming that",
# "supposing that"), as "if" does.
CONDITIONAL = frozenset(("assume", "suppose"))


def is_cue(token) -> bool:
    lemma = lemma_of(token)
    if token.pos_ == "AUX" and lemma not in ("say", "think") or _discourse_marker(token):
        return False
    if lemma == "say" and _set_phrase(token):
        return False
    if token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].lower_ == "worth":
        return False  # "It is worth noting that ...": the writer's aside, no one's words
    if (
        token.tag_ == "VBG"
        and lemma in CONDITIONAL
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        return False  # "assuming that the avoidance is legal, we would know": "if", no stance
    if _managed_or_ended_up(token):
        return False  # "found a way to cut taxes", "find themselves in a war": no finding
    if _let_in(token):
        return False  # "admitting Poland to NATO", "was admitted to the hospital": entry
    if (
        token.dep_ == "acomp"
        and token.lower_ in ATTITUDE_ADJECTIVES
        and token.head.i < token.i
        and not any(c.dep_ in ("auxpass", "agent") for c in token.children)
    ):
        return False  # "We are convinced this is ...": a participle of attitude predicated
        # of the subject, read as an adjective (`adjective_quote`)
    if token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return False  # "according to show insiders": a noun the parser read as a verb
    return (
        lemma in CUE_VERBS
        or lemma in OBJECT_CUES
        or lemma in INTENT_CUES
        or lemma in PREP_CUES
        and any(topic_phrase(c, PREP_CUES[lemma]) for c in prep_children(token))
        or with_particle(token) in PREP_CUES
        or phrasal(token)
        or judged_as(token)
        or polled_choice(token)
        or linked_to(token)
        or light_construction(token) is not None
        or as_clause(token)
    )


def _managed_or_ended_up(verb) -> bool:
    """ "find" in its idioms of managing ("found a way to make the code work for them") and
    of ending up ("they occasionally find themselves in war zones"): its object is a way or
    the subject itself, nothing found to be so, and no finding is reported."""
    if lemma_of(verb) != "find":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and (
        objects[0].lower_.endswith(("self", "selves")) or objects[0].lemma_.lower() == "way"
    )


def _let_in(verb) -> bool:
    """ "admit" in its sense of letting in: with an object and the place it is let into
    ("voted for admitting Poland and Hungary to NATO"), or in the passive with no clause of
    its own ("Clinton was admitted to the hospital", "14 Catholics were admitted"); no one
    admits anything said ("He admitted that he lied", "has admitted using the tax code")."""
    if lemma_of(verb) != "admit":
        return False
    children = list(verb.children)
    if any(c.dep_ == "auxpass" for c in children):
        return not any(c.dep_ in ("ccomp", "xcomp", "csubjpass") for c in children)
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and c.i > objects[0].i
        for c in [*children, *objects[0].children]
    )


# The terms on which a source speaks to a reporter ("spoke on condition of anonymity", "on
# background", "on the record"): how they spoke, not what about.
GROUND_RULES = frozenset(("condition", "background", "record"))


def on_ground_rules(verb) -> bool:
    """A participle that tells on what terms a source spoke ("..., speaking on condition of
    anonymity", "talking on background"): the writer's note, no part of what was said."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in GROUND_RULES for o in c.children)
        for c in verb.children
    )


def topic_phrase(child, preps) -> bool:
    """A phrase of one of `preps` that can say what was said ("spoke on the economy"), not
    when ("spoke on Wednesday", "commented on Monday": its object is a date or a time) nor
    on what terms ("spoke on condition of anonymity", "on background")."""
    return (
        child.dep_ == "prep"
        and child.lower_ in preps
        and not any(
            o.ent_type_ in ("DATE", "TIME") or o.lower_ in GROUND_RULES
            for o in child.children
            if o.dep_ == "pobj"
        )
    )


def _discourse_marker(verb) -> bool:
    """ "you know", "you see", "I mean" set off by commas ("Well, you know, he ...", '"You
    know, I love Larry," he said'): a filler of speech, not an attribution."""
    doc = verb.doc
    if (verb.lower_, doc[verb.i - 1].lower_ if verb.i else "") not in DISCOURSE_MARKERS:
        return False
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return after is not None and after.text in (",", "--", "—", "…", "...")


def _set_phrase(verb) -> bool:
    """ "say" in a set phrase of the writer's, which reports no one's words: "it goes
    without saying that", "having said that", "that said", "let's say", "needless to say"."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(verb.i - 2, 0) : verb.i]]
    after = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    return (
        before[-1:] == ["without"]
        and lemma_of(verb.head.head if verb.head.dep_ == "prep" else verb.head) == "go"
        or before[-1:] == ["having"]
        and after == "that"
        or before[-1:] == ["that"]
        and after == ","
        and verb.tag_ == "VBN"
        or before[-2:] in (["let", "'s"], ["let", "’s"], ["let", "us"])
        or before[-2:] == ["needless", "to"]
    )


# Adverbs that grade what a verb of perceiving or regarding holds of its object, the
# language of polls ("views Clinton favorably", "is viewed unfavorably by 55 percent").
GRADING = frozenset("favorably unfavorably favourably unfavourably positively negatively".split())


def judged_as(verb) -> bool:
    """A verb of perceiving with an object and an "as" phrase ("saw it as a dig") or an
    adverb that grades it ("views Clinton favorably")."""
    if lemma_of(verb) not in AS_CUES:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and (
        any(
            c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0].i
            for c in [*verb.children, *objects[0].children]
        )
        or graded(verb) is not None
    )


def graded(verb):
    """The adverb after a verb of regarding that grades what it holds of its object
    ("views Clinton more favorably than Trump", "is viewed unfavorably"), else None."""
    if lemma_of(verb) not in AS_CUES:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in GRADING and c.i > verb.i),
        None,
    )


# Verbs of choosing, and the shares of those polled that can be their subject.
CHOOSING = frozenset(("choose", "pick", "select"))
SHARES = frozenset(
    """percent % majority plurality minority share proportion half third quarter fifth
    fraction""".split()
)


def polled_choice(verb) -> bool:
    """A verb of choosing with an object whose subject is a share of those polled ("46
    percent would choose Clinton", "a majority picked Trump"): the poll reports their
    choice, a stance as "favor" and "prefer" are; a choice of anyone else is an act ("The
    company chose a new chief")."""
    if lemma_of(verb) not in CHOOSING:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return (
        bool(subjects)
        and subjects[0].lemma_.lower() in SHARES
        and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
    )


def linked_to(verb) -> bool:
    """A verb of linking with an object and a "to" phrase right after it ("linked
    cybersecurity to her server")."""
    if lemma_of(verb) not in LINKING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i == objects[0].right_edge.i + 1
        for c in verb.children
    )


def with_particle(verb) -> str:
    """ "lash out" for "lashed out": the lemma and the particle right after it."""
    particle = particle_of(verb)
    return f"{lemma_of(verb)} {particle.lower_}" if particle is not None else lemma_of(verb)


def particle_of(verb):
    """The particle right after a verb, also one the parser read as an adverb with the
    preposition after it hung on it or on the verb ("pushed back against the report"), when
    the verb, the particle and a preposition make a cue (`PREP_CUES`); else None."""
    if verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after.head.i != verb.i:
        return None
    if after.dep_ == "prt":
        return after
    if (  # "walked back his remarks": the particle read as an adverb, the object after it
        after.dep_ == "advmod"
        and (lemma_of(verb), after.lower_) in PHRASAL_CUES
        and any(c.dep_ == "dobj" and c.i > after.i for c in verb.children)
    ):
        return after
    preps = PREP_CUES.get(f"{lemma_of(verb)} {after.lower_}", ())
    if after.dep_ == "advmod" and preps and any(c.dep_ == "prep" for c in after.children):
        return after
    following = verb.doc[after.i + 1] if after.i + 1 < len(verb.doc) else None
    if (  # "pushed back against the notion": the preposition hung on the verb right after
        after.dep_ == "advmod"
        and following is not None
        and following.dep_ == "prep"
        and following.head.i == verb.i
        and following.lower_ in preps
    ):
        return after
    timed = time_run_end(verb.doc, after.i + 1)  # "pushed back Thursday against": the
    if (  # preposition hung on the verb after the date
        after.dep_ == "advmod"
        and timed > after.i + 1
        and timed < len(verb.doc)
        and verb.doc[timed].lower_ in preps
        and verb.doc[timed].head.i in (verb.i, after.i)
    ):
        return after
    return None


def stray_agent_prep(verb, noun=None):
    """The verb's own preposition with a gerund that the parser hung on the object of the
    passive verb's "by" ("was accused by several women of groping them": "of groping them"
    is what they accuse him of, not part of who they are), if any; `noun` is that object,
    found when not given."""
    if noun is None:
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
        noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if noun is None:
            return None
    preps = PREP_CUES.get(lemma_of(verb), frozenset())
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "prep"
            and c.i > noun.i
            and c.lower_ in preps
            and c.right_edge.i == noun.right_edge.i
            and any(o.dep_ == "pcomp" for o in c.children)
        ),
        None,
    )


TIME_PREPS = frozenset(("on", "in", "at", "during"))


def prep_children(verb, last=None) -> list:
    """The verb's children, and the preposition right after a phrase of time after the verb
    (or its particle, at `last`) that the parser hung on the date ("learned on Friday of the
    arrangements": "of" hung on "Friday")."""
    last = verb.i if last is None else last
    doc = verb.doc
    timed = time_run_end(doc, last + 1)
    children = list(verb.children)
    if last + 1 < timed < len(doc) and doc[timed].dep_ == "prep":
        if last < doc[timed].head.i < timed:
            children.append(doc[timed])
    return children


def time_run_end(doc, start: int) -> int:
    """The index right after a phrase of time that starts at `start` ("Friday", "last week",
    "on Friday", "Tuesday morning"), or `start` when none starts there."""
    end = start
    while end < len(doc):
        token = doc[end]
        if token.ent_type_ in ("DATE", "TIME") and not token.is_punct:
            end += 1
        elif (
            token.lower_ in TIME_PREPS
            and end + 1 < len(doc)
            and doc[end + 1].ent_type_ in ("DATE", "TIME")
            and doc[end + 1].head.i == end
        ):
            end += 1
        else:
            break
    return end


def phrasal(verb) -> bool:
    """A verb with the particle that makes it a verb of saying ("laid out", "played down")."""
    lemma = lemma_of(verb)
    particle = particle_of(verb)
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES for c in verb.children) or (
        particle is not None and (lemma, particle.lower_) in PHRASAL_CUES
    )


def as_clause(verb) -> bool:
    """A cue in an "as" clause reports the clause it hangs on, before or after it ("As the
    senator said, the bill is dead"; "..., as a Homeland Security memo put it"): a verb of
    saying, or "put it"."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    ):
        return False
    put_it = lemma_of(verb) == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "as many residents continued to stay away": a time, its verb's own
    return put_it or lemma_of(verb) in SPEECH


def light_construction(verb):
    """(object, content tokens, extra cue tokens) of a light verb and a noun of saying or
    attitude: "made the case for Clinton", "expressed deep concern about the policy",
    "has questions about his returns" report the preposition's object, the cue running
    from the verb to the preposition, and "expressed concern that ..." the noun's clause,
    the cue running to the noun; None for any other verb."""
    if lemma_of(verb) not in LIGHT_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i or lemma_of(noun) not in LIGHT_NOUNS:
            continue
        # "took offense at": a noun of attitude's preposition hung on the verb; a noun of
        # saying's is its addressee or its place ("made the case to members", "the pledge at")
        after = [
            c
            for c in verb.children
            if c.i == noun.right_edge.i + 1 and c.lower_ != "to" and lemma_of(noun) not in NOUN_CUES
        ]
        for clause in noun.children:  # "expressed concern that the change could ..."
            if (
                clause.dep_ in ("acl", "ccomp")
                and clause.i > noun.i
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            ):
                return clause, subtree_of(clause), list(verb.doc[verb.i + 1 : noun.i + 1])
        for prep in [*noun.children, *after]:
            if prep.dep_ != "prep" or prep.lower_ not in LIGHT_PREPS or prep.i < noun.i:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects and prep.left_edge.i == prep.i:
                extra = list(verb.doc[verb.i + 1 : prep.i + 1])
                return objects[0], [t for t in subtree_of(prep) if t.i > prep.i], extra
    return None


def after_break(verb) -> bool:
    """A clause-final cue set off from the clause it reports ("The talks were useful, Xi
    said"): its head comes first and a comma, dash or quotation mark opens its own clause.
    A cue inside what another cue reports ("Obama says the museum will tell ...") is not."""
    if verb.head.i >= verb.i:
        return False
    left = verb.left_edge.i
    return left > 0 and verb.doc[left - 1].text in CLAUSE_BREAKS
