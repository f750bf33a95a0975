"""Verb frames: whether a verb is a cue, what it reports and where its cue begins and ends.

`content_of` finds what a cue reports: its clause ("said that ..."), its infinitive ("wants
to run"), a preposition's object ("called for talks"), a light verb's noun ("made the case
for"), its direct object ("denied the report") or a clause as its object ("condemned what
he called ..."); `_cue_span` gives the cue's tokens, auxiliaries, adverbs and particle.
"""

from __future__ import annotations

from wirecode.quotes.cues import (
    AS_CUES,
    CUE_VERBS,
    INTENT_CUES,
    LIGHT_NOUNS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    NAMING_CUES,
    OBJECT_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    SPEECH,
    lemma_of,
)
from wirecode.quotes.record import CONTENT_DEPS, DASHES, QUOTE_MARKS, SOURCE_DEPS, _subtree

DISCOURSE_MARKERS = (("know", "you"), ("see", "you"), ("mean", "i"))


def _is_cue(token) -> bool:
    lemma = lemma_of(token)
    if token.pos_ == "AUX" and lemma not in ("say", "think") or _discourse_marker(token):
        return False
    if lemma == "say" and _set_phrase(token):
        return False
    if token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return False  # "according to show insiders": a noun the parser read as a verb
    return (
        lemma in CUE_VERBS
        or lemma in OBJECT_CUES
        or lemma in INTENT_CUES
        or lemma in PREP_CUES
        and any(c.dep_ == "prep" and c.lower_ in PREP_CUES[lemma] for c in token.children)
        or _with_particle(token) in PREP_CUES
        or _phrasal(token)
        or _judged_as(token)
        or _light_construction(token) is not None
        or _as_clause(token)
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


def _judged_as(verb) -> bool:
    """A verb of perceiving with an object and an "as" phrase ("saw it as a dig")."""
    if lemma_of(verb) not in AS_CUES:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > objects[0].i
        for c in [*verb.children, *objects[0].children]
    )


def _with_particle(verb) -> str:
    """ "lash out" for "lashed out": the lemma and the particle right after it."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    return f"{lemma_of(verb)} {particles[0]}" if particles else lemma_of(verb)


def _phrasal(verb) -> bool:
    """A verb with the particle that makes it a verb of saying ("laid out", "played down")."""
    lemma = lemma_of(verb)
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES for c in verb.children)


def content_of(verb):
    """(token, tokens, extra cue tokens) of what a cue reports: its clause ("said that ..."),
    its infinitive ("wants to run"), a preposition's object ("called for talks"), or its
    direct object ("denied the report"); None when it reports nothing."""
    lemma = lemma_of(verb)
    children = list(verb.children)
    pro_form = _pro_form(verb)
    if pro_form:  # "He doesn't think so", "said as much": what stands for the clause
        return pro_form[-1], pro_form, []
    for child in children:
        if child.dep_ in CONTENT_DEPS and lemma in CUE_VERBS and not _interjected(child):
            return child, _from_subject(child, _before_second_cue(child, _subtree(child))), []
    if lemma in SPEECH:
        clause = _stray_that_clause(verb)
        if clause is not None:
            return clause, _subtree(clause), []
    for child in children:
        if child.dep_ == "xcomp" and lemma in INTENT_CUES and child.i > verb.i:
            on = _addressee_on(verb, child)  # "called on police to release the videos"
            if on is not None:
                return child, list(verb.doc[on.i + 1 : child.right_edge.i + 1]), [on]
            return child, _with_object(verb, child, _subtree(child)), []
    for child in children:  # "tells supporters to go and vote", the infinitive read as a purpose
        if _told_to(verb, child):
            return child, _with_object(verb, child, _subtree(child)), []
    for child in children:  # "admitted using the tax code", "denied taking the money"
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i:
            if lemma in OBJECT_CUES or lemma in SPEECH:
                return child, _subtree(child), []
    preps = PREP_CUES.get(lemma, frozenset()) | PREP_CUES.get(_with_particle(verb), frozenset())
    last = max([verb.i, *(c.i for c in children if c.dep_ == "prt" and c.i == verb.i + 1)])
    last = max(
        [last, *(c.i for c in children if c.dep_ == "advmod" and c.left_edge.i == last + 1)]
    )  # "spoke emotionally of"
    for child in children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > verb.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tokens = _with_object(verb, child, [t for t in _subtree(child) if t.i > child.i])
                tokens = _with_as(verb, tokens)
                return objects[0], tokens, [child] if child.i == last + 1 else []
    light = _light_construction(verb)
    if light is not None:
        return light
    if lemma in OBJECT_CUES or _phrasal(verb) or _judged_as(verb):
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects and lemma in NAMING_CUES:
            objects = [c for c in children if c.dep_ == "oprd" and c.i > verb.i][:1]
        for child in objects:  # "called Trump a liar", parsed with Trump as a predicate too
            tokens = _subtree(child)
            for other in children:  # "called him a liar", "described it as a hoax"
                if other.dep_ in ("oprd", "ccomp", "xcomp") and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
                if other.dep_ == "prep" and other.lower_ == "as" and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
            return child, tokens, []
    for child in children:
        if _object_clause(verb, child):
            tokens = _subtree(child)
            tokens = _before_second_cue(child, tokens)
            if child.dep_ == "advcl":  # "said after the talks he would": from the subject
                first = min(
                    c.left_edge.i
                    for c in child.children
                    if c.i < child.i
                    and (c.dep_ in ("mark", "nsubj") or c.lower_ == "that" or c.tag_ == "WRB")
                )
                tokens = [t for t in tokens if t.i >= first]
            return child, tokens, []
    for child in children:  # "what Liz Wahl said", "which the bank detailed": the pronoun
        if child.dep_ == "dobj" and child.i < verb.i and child.tag_ in ("WDT", "WP"):
            if lemma in SPEECH:
                return child, [child], []
    return None


def _pro_form(verb) -> list:
    """The "so" or "as much" right after a verb of saying or thinking, which stands for the
    clause it reports ("He doesn't think so", "Mook said as much"), if any."""
    doc = verb.doc
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
    if lemma_of(verb) not in CUE_VERBS or not after:
        return []
    if after[0] == "so" and doc[verb.i + 1].head.i == verb.i:
        return [doc[verb.i + 1]]
    if after == ["as", "much"]:
        return list(doc[verb.i + 1 : verb.i + 3])
    return []


def _told_to(verb, child) -> bool:
    """The infinitive after the object of a verb of telling or asking ("told reporters to
    wait", "urges voters to turn out"), which the parser may hang on the verb as a clause of
    purpose: what the object is told to do."""
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and lemma_of(verb) in SPEECH
        and lemma_of(verb) in INTENT_CUES
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and any(c.dep_ == "dobj" and verb.i < c.i < child.i for c in verb.children)
    )


def _interjected(clause) -> bool:
    """An attribution set off inside the sentence it attributes ('"If he wins," the
    narrator says, "what then?"'): the parser may hang it on that sentence's verb as a
    clause of its own, but it is the speaker's cue, not what the verb reports."""
    return (
        clause.dep_ == "parataxis"
        and lemma_of(clause) in SPEECH
        and any(c.dep_ in SOURCE_DEPS for c in clause.children)
        and clause.doc[_first_word(clause) - 1].text in (",", "--", *DASHES, *QUOTE_MARKS, "''")
    )


def _first_word(clause) -> int:
    """The index of a clause's first token that is not punctuation."""
    return min((t.i for t in clause.subtree if not t.is_punct), default=clause.i)


def _from_subject(clause, tokens) -> list:
    """A reported clause without "that" starts at its subject: a phrase between the cue
    and the subject tells when or where it was said ("said after the vote he would ...",
    "said on Monday the plan ..."), whatever the parser hung it on."""
    if clause.i < clause.head.i or any(c.dep_ == "mark" for c in clause.children):
        return tokens
    subjects = [c for c in clause.children if c.dep_ in SOURCE_DEPS and c.i < clause.i]
    if not subjects:
        return tokens
    first = subjects[0].left_edge.i
    before = [t for t in tokens if t.i < first]
    if not before or any(t.head.i not in {b.i for b in before} | {clause.i} for t in before):
        return tokens
    if not all(t.dep_ in ("prep", "npadvmod") for t in before if t.head.i == clause.i):
        return tokens
    return [t for t in tokens if t.i >= first]


def _object_clause(verb, child) -> bool:
    """A clause after a verb whose object is the content ("condemned what he called a
    breach", "decided she should share the honor", "discussed how ..."), or a "that" clause
    or a clause with its own subject and no conjunction that the parser hung on a verb of
    saying as an adverbial ("tweeted in the early hours that ...", "said after the talks he
    would ...")."""
    if child.i < verb.i:
        return False
    lemma = lemma_of(verb)
    if child.dep_ == "ccomp":
        return lemma in OBJECT_CUES or lemma in INTENT_CUES
    marks = [c for c in child.children if c.dep_ == "mark"]
    return (
        child.dep_ == "advcl"
        and lemma in SPEECH
        and (
            any(c.lower_ == "that" for c in marks)
            or not marks
            and any(c.dep_ == "nsubj" for c in child.children)
            and (
                not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in child.children)
                or _negated(verb)
                and child.left_edge.i == verb.i + 1
            )
        )
    )


def _negated(verb) -> bool:
    """ "have not said", "didn't explain": a verb of saying with its negation, whose clause
    opened by "when", "how" or "why" is the question left unanswered, not a time."""
    return any(c.dep_ == "neg" for c in verb.children)


def _with_as(verb, tokens) -> list:
    """A content and the "as" phrase of the verb right after it: "went after Trump as a
    con artist" reports "Trump as a con artist"."""
    if not tokens:
        return tokens
    after = tokens[-1].i + 1
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i == after:
            return list(verb.doc[tokens[0].i : child.right_edge.i + 1])
    return tokens


def _stray_that_clause(verb):
    """The "that" clause of a verb of saying that the parser hung on a noun after it ("told
    a meeting of island leaders that few people understood ...", "told his proteges on a
    regular basis that ..."): "that" is its complementizer, not a relative pronoun, and
    only nouns and prepositions lie between it and the verb, none a noun of saying."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("relcl", "acl"):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        head = token.head
        while head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "PRON", "ADP", "NUM"):
            if lemma_of(head) in LIGHT_NOUNS:
                break  # "his message that ...": the noun's own clause
            head = head.head
        if head.i == verb.i:
            return token
    return None


def _as_clause(verb) -> bool:
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
    return put_it or lemma_of(verb) in SPEECH


def _light_construction(verb):
    """(object, content tokens, extra cue tokens) of a light verb and a noun of saying or
    attitude: "made the case for Clinton", "expressed deep concern about the policy",
    "has questions about his returns" report the preposition's object, the cue running
    from the verb to the preposition; None for any other verb."""
    if lemma_of(verb) not in LIGHT_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i or lemma_of(noun) not in LIGHT_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in LIGHT_PREPS or prep.i < noun.i:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects and prep.left_edge.i == prep.i:
                extra = list(verb.doc[verb.i + 1 : prep.i + 1])
                return objects[0], [t for t in _subtree(prep) if t.i > prep.i], extra
    return None


def _addressee_on(verb, infinitive):
    """The "on" right after a verb whose object, before the infinitive, is the one called on
    ("called on police to release", "calls on Dean to apologize"), if any."""
    on = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if on is None or on.lower_ != "on" or on.head.i != verb.i or on.dep_ not in ("prep", "prt"):
        return None
    objects = [c for c in on.children if c.dep_ == "pobj" and c.i < infinitive.i]
    return on if objects else None


def _with_object(verb, complement, tokens) -> list:
    """The content of a cue whose object the content is about or addressed to starts at the
    object: "told his advisers to act", "urged Congress to act", "attacked Clinton for her
    vote" report "his advisers to act", "Congress to act", "Clinton for her vote"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < complement.i]
    if not objects:
        return tokens
    return list(verb.doc[objects[0].left_edge.i : tokens[-1].i + 1]) if tokens else tokens


def _second_cue(verb) -> bool:
    """A verb of saying without a subject, joined by "and" or a participle to the clause
    another cue reports, is the first speaker's second attribution ("Trump said he would
    order a review and warned against hackers"; "She said she believes ..., saying that
    ..."): the parser hangs it inside the first one's content."""
    head = verb.head
    return (
        lemma_of(verb) in SPEECH
        and head.i < verb.i
        and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG")
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
        and (head.dep_ in CONTENT_DEPS or _object_clause(head.head, head))
        and head.head.i < head.i
        and lemma_of(head.head) in CUE_VERBS
    )


def _before_second_cue(clause, tokens) -> list:
    """A reported clause up to the second attribution of the same speaker inside it."""
    for child in clause.children:
        if child.i > clause.i and _second_cue(child):
            tokens = [t for t in tokens if t.i < child.left_edge.i]
            while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
                tokens = tokens[:-1]
            return tokens
    return tokens


def _infinitive_of(verb) -> bool:
    """A cue in the infinitive that takes its speaker from the verb before it."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.tag_ == "VB"
        and verb.head.i < verb.i
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
    )


def _cue_span(verb, subject, extra) -> list:
    """The cue: the verb with its auxiliaries, negation and adverbs between the speaker and
    the verb ("has also said", "did not immediately respond"), its particle, and the
    preposition that introduces the content ("called for")."""
    doc = verb.doc
    first = verb.i
    floor = subject.right_edge.i if subject is not None and subject.i < verb.i else -1
    while True:
        before = first - 1
        while before > floor and doc[before].is_space and "\n" not in doc[before].text:
            before -= 1  # "has\xa0acknowledged": a non-breaking space between
        if not (
            before > floor
            and doc[before].head.i == verb.i
            and doc[before].dep_ in ("aux", "auxpass", "neg", "advmod")
        ):
            break
        first = before
        if doc[first].dep_ == "advmod" and doc[first].left_edge.i > floor:
            first = min(first, doc[first].left_edge.i)  # "almost immediately disclosed"
    if _infinitive_of(verb) and verb.i - verb.head.i <= 3:  # "went on to explain", "had to"
        head = verb.head
        if head.dep_ == "acomp" and head.head.i < head.i:
            head = head.head  # "won't be able to brag about": from the adjective's verb
        first = min(first, _cue_span(head, subject, [])[0].i)
    tokens = list(doc[first : verb.i + 1])
    tokens += [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    after = max(t.i for t in tokens) + 1
    manner = [
        c
        for c in verb.children
        if c.dep_ == "advmod" and c.pos_ == "ADV" and c.left_edge.i == after
    ]
    manner = [c for c in manner if c not in _pro_form(verb)]
    if manner:  # "said sarcastically", "complain bitterly", "speaks more frequently"
        tokens += list(doc[after : manner[0].i + 1])
    tokens += extra
    return sorted(tokens, key=lambda t: t.i)


def _after_break(verb) -> bool:
    """A clause-final cue set off from the clause it reports ("The talks were useful, Xi
    said"): its head comes first and a comma, dash or quotation mark opens its own clause.
    A cue inside what another cue reports ("Obama says the museum will tell ...") is not."""
    if verb.head.i >= verb.i:
        return False
    left = verb.left_edge.i
    return left > 0 and verb.doc[left - 1].text in (",", "--", *DASHES, *QUOTE_MARKS, "''")
