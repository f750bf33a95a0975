"""Verb frames: what a cue reports.

`content_of` finds what a cue reports: its clause ("said that ..."), its infinitive ("wants
to run"), a preposition's object ("called for talks"), a light verb's noun ("made the case
for"), its direct object ("denied the report") or a clause as its object ("condemned what
he called ..."). `pro_form_of` finds the "so" that stands for a reported clause ("doesn't
think so"), `second_cue` a second attribution of the same speaker inside the content.
"""

from __future__ import annotations

from wirecode.quotes.cues import (
    ASPECTUAL,
    BELIEF_VERBS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    INTENT_CUES,
    LIGHT_NOUNS,
    LINKING,
    NAMING_CUES,
    OBJECT_CUES,
    PREP_CUES,
    SPEECH,
    lemma_of,
)
from wirecode.quotes.marks import QUOTE_CHARS
from wirecode.quotes.record import CLAUSE_BREAKS, CONTENT_DEPS, DASHES, SOURCE_DEPS, subtree_of
from wirecode.quotes.verbs import (
    graded,
    is_cue,
    judged_as,
    light_construction,
    on_ground_rules,
    particle_of,
    phrasal,
    polled_choice,
    prep_children,
    stray_agent_prep,
    time_run_end,
    topic_phrase,
    with_particle,
)

# Verbs of comparing whose "to" names what their object is likened to.
COMPARING = frozenset(("liken", "compare", "equate"))
# Verbs whose object is the one addressed, not what is said ("told a young woman that").
ADDRESSING = frozenset("tell ask inform remind assure warn urge advise notify".split())
# Verbs of showing or finding whose object and an adverb of its standing are what is shown
# ("polls show Clinton ahead"), and those adverbs.
SHOWING = frozenset(("show", "find"))
STANDINGS = frozenset(("ahead", "behind", "up", "down", "even", "tied", "level"))
# Prepositions of a verb's arguments after its object: a goal or recipient, a source, an
# instrument or charge ("offers loans to parents", "blocked X from", "charged X with").
ARGUMENT_PREPS = ("to", "from", "with", "into", "onto")


def content_of(verb):
    """(token, tokens, extra cue tokens) of what a cue reports: its clause ("said that ..."),
    its infinitive ("wants to run"), a preposition's object ("called for talks"), or its
    direct object ("denied the report"); None when it reports nothing."""
    lemma = lemma_of(verb)
    reported = stranded_report(verb)
    if reported is not None:  # "While he acknowledged funding was a reason, ...": the
        return reported, [t for t in subtree_of(reported) if t.i > verb.right_edge.i], []
    children = [
        c
        for c in verb.children
        if not _medium_participle_clause(verb, c)
        and not _participle_of(c, verb)
        and not any(_reports(g, c) for g in c.children if g.dep_ == "advcl")
        and not any(fronted_participle(g) for g in c.children)
    ]  # the clause that a verb of saying in a subordinate clause inside it reports, or a
    # participle opening the sentence ("Insisting the deal was fair, the governor ...")
    fronted = fronted_participle(verb)
    if fronted is not None:
        clause, comma, _ = fronted
        return clause, list(verb.doc[verb.i + 1 : comma]), []
    pro_form = pro_form_of(verb)
    if pro_form:  # "He doesn't think so", "said as much": what stands for the clause
        return pro_form[-1], pro_form, []
    clauses = [c for c in children if c.dep_ in CONTENT_DEPS and lemma in CUE_VERBS]
    after = [c for c in clauses if c.i > verb.i and any(m.lower_ == "that" for m in c.children)]
    if after and any(c.i < verb.i for c in clauses):  # "X face questions (her campaign later
        children = [after[0], *children]  # disclosed that ...)": the clause after is said
    doc = verb.doc
    for child in children:
        if child.i < verb.i and (
            any(t.text in (":", ";") for t in doc[child.right_edge.i + 1 : verb.i])
            or _semicolon_closes(child, verb)
        ):
            continue  # "... the story of Copenhagen: In 2009, the two learned of a meeting"
        if _opening_participle(child, verb):
            continue  # "Asked whether he would endorse Trump, Ryan said, "...""
        if child.dep_ in CONTENT_DEPS and lemma in CUE_VERBS and not _interjected(child):
            tokens = _from_subject(child, _before_second_cue(child, subtree_of(child)))
            if _object_is_subject(verb, child):  # "demanding Obama make a pledge"
                tokens = _with_object(verb, child, tokens)
            return child, tokens, []
    if lemma in SPEECH:
        clause = _stray_that_clause(verb)
        if clause is not None:
            return clause, subtree_of(clause), []
        main = _inverted_that_clause(verb)
        if main is not None:  # "The nominee continues to insist, ..., that he wants ..."
            mark = next(c for c in main.children if c.dep_ == "mark")
            return main, list(doc[mark.i : main.right_edge.i + 1]), []
    for child in children:  # "are considering whether to impose sanctions"
        if (
            _question_infinitive(child)
            and child.i > verb.i
            and (lemma in CUE_VERBS or lemma in OBJECT_CUES)
        ):
            return child, subtree_of(child), []
    for child in children:
        if child.dep_ == "xcomp" and lemma in INTENT_CUES and child.i > verb.i:
            on = _addressee_on(verb, child)  # "called on police to release the videos"
            if on is not None:
                return child, list(verb.doc[on.i + 1 : child.right_edge.i + 1]), [on]
            return child, _with_object(verb, child, _with_bare_conjuncts(verb, child)), []
    for child in children:  # "called for the police to release the videos"
        if for_clause(child) and child.i > verb.i and "for" in PREP_CUES.get(lemma, ()):
            mark = next(c for c in child.children if c.dep_ == "mark")
            if mark.i == verb.i + 1:
                return child, list(verb.doc[mark.i + 1 : child.right_edge.i + 1]), [mark]
    for child in children:  # "tells supporters to go and vote", the infinitive read as a purpose
        if _told_to(verb, child):
            return child, _with_object(verb, child, subtree_of(child)), []
    for child in children:  # "admitted using the tax code", "denied taking the money"
        if child.dep_ == "xcomp" and _gerund(child) and child.i > verb.i:
            if (lemma in OBJECT_CUES or lemma in SPEECH) and lemma not in ASPECTUAL:
                return child, subtree_of(child), []
    preps = PREP_CUES.get(lemma, frozenset()) | PREP_CUES.get(with_particle(verb), frozenset())
    particle = particle_of(verb)
    last = verb.i if particle is None else particle.i
    if particle is not None and particle.dep_ == "advmod":  # "pushed back against": the
        children = [*children, *(c for c in particle.children if c.dep_ == "prep")]  # "against"
    last = max(
        [last, *(c.i for c in children if c.dep_ == "advmod" and c.left_edge.i == last + 1)]
    )  # "spoke emotionally of"
    timed = time_run_end(verb.doc, last + 1)  # "called Friday for", "learned on Friday of"
    children += [c for c in prep_children(verb, last) if c.head.i != verb.i and c not in children]
    stray = stray_agent_prep(verb)
    if stray is not None:  # "was accused by several women of groping them": "of" theirs
        children.append(stray)
    for child in children:
        if topic_phrase(child, preps) and child.i > verb.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tokens = _with_object(verb, child, [t for t in subtree_of(child) if t.i > child.i])
                tokens = _with_as(verb, tokens)
                if child.left_edge.i in (last + 1, timed):  # "know all about": its modifier
                    return objects[0], tokens, list(verb.doc[last + 1 : child.i + 1])
                return objects[0], tokens, []
    light = light_construction(verb)
    if light is not None:
        return light
    likened = _likened_to(verb)
    if likened is not None:
        return likened
    if lemma in OBJECT_CUES or phrasal(verb) or judged_as(verb) or polled_choice(verb):
        objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects and lemma in NAMING_CUES:  # "calling them a joke": "them" a dative
            objects = [c for c in children if c.dep_ in ("dative", "oprd") and c.i > verb.i][:1]
        for child in objects:  # "called Trump a liar", parsed with Trump as a predicate too
            tokens = subtree_of(child)
            for other in children:  # "called him a liar", "described it as a hoax"
                if other.dep_ in ("oprd", "ccomp", "xcomp") and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
                if other.dep_ == "prep" and other.lower_ in ("as", "for") and other.i > child.i:
                    tokens = list(verb.doc[child.left_edge.i : other.right_edge.i + 1])
            grade = graded(verb)
            if grade is not None and grade.i > child.i:  # "views Clinton more favorably"
                tokens = list(verb.doc[child.left_edge.i : grade.right_edge.i + 1])
            return child, _with_arguments(verb, tokens), []
    for child in children:
        if _object_clause(verb, child):
            tokens = subtree_of(child)
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
            cleft = _pseudo_cleft(verb, child)
            if cleft is not None:  # "What Trump said was that the system is rigged"
                return cleft
            if lemma in SPEECH:
                as_phrase = _as_right_after(verb)
                if as_phrase is not None:  # "what analysts described as age-old tactics"
                    return as_phrase
                return child, [child], []
            if lemma in BELIEF_VERBS and child.lower_ == "what":  # "what I always knew"
                return child, [child], []
    return None


def _pseudo_cleft(verb, what):
    """(complement, tokens, no extra cue) of a cue in a "what" clause that is the subject of
    "is" ("What Trump said was that the system is rigged", "What voters want is change"):
    what was said is the copula's complement, and the content runs from "what" over the cue
    to it, as PolNeAR marks "what the senators said was economic gerrymandering"."""
    copula = verb.head
    if what.lower_ != "what" or verb.dep_ != "csubj" or lemma_of(copula) != "be":
        return None
    complement = next(
        (c for c in copula.children if c.dep_ in ("ccomp", "attr", "acomp") and c.i > copula.i),
        None,
    )
    if complement is None:
        return None
    return complement, list(verb.doc[what.i : complement.right_edge.i + 1]), []


def _as_right_after(verb):
    """(object, its tokens, the "as") of an "as" phrase right after a verb whose object is
    a relative pronoun before it ("what analysts described as age-old tactics"): what the
    thing is described as is what is said."""
    after = verb.i + 1
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i == after:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                tokens = [t for t in subtree_of(prep) if t.i > prep.i]
                colon = next((t.i for t in tokens if t.text in (":", ";")), None)
                if colon is not None:
                    tokens = [t for t in tokens if t.i < colon]
                return objects[0], tokens, [prep]
    return None


def _with_bare_conjuncts(verb, infinitive) -> list:
    """An infinitive and the bare verbs coordinated with it that the parser hung on the cue
    ("wants to triple the program, grow the Peace Corps and create a reserve": "grow" and
    "create" are what she wants, not what she does), a bare verb the tagger read as a
    present tense too ("declined to punish the agency or even declare it at fault")."""
    tokens = subtree_of(infinitive)
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.tag_ in ("VB", "VBP")
            and conj.i > tokens[-1].i
            and not any(c.dep_ in (*SOURCE_DEPS, "aux") for c in conj.children)
            and all(
                t.is_punct or t.dep_ == "cc" for t in verb.doc[tokens[-1].i + 1 : conj.left_edge.i]
            )
        ):
            tokens = list(verb.doc[tokens[0].i : conj.right_edge.i + 1])
    return tokens


def for_clause(verb) -> bool:
    """An infinitive clause with "for" and its own subject ("for the police to release the
    videos", "hard for Trump to attack them"): what is wanted or would be, its subject no
    speaker."""
    children = list(verb.children)
    return (
        any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in SOURCE_DEPS for c in children)
    )


def pro_form_of(verb) -> list:
    """The "so" or "as much" right after a verb of saying or thinking, which stands for the
    clause it reports ("He doesn't think so", "Mook said as much"), or the answer it gives
    ("Trump said no", "said yes, yes, yes"), if any."""
    doc = verb.doc
    after = [t.lower_ for t in doc[verb.i + 1 : verb.i + 3]]
    if lemma_of(verb) not in CUE_VERBS or not after:
        return []
    if after[0] == "so" and doc[verb.i + 1].head.i == verb.i:
        return [doc[verb.i + 1]]
    if after == ["as", "much"]:
        return list(doc[verb.i + 1 : verb.i + 3])
    if after[0] in ANSWERS and doc[verb.i + 1].head.i == verb.i:  # "Trump said no"
        answer = [doc[verb.i + 1]]
        at = verb.i + 2
        while at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in ANSWERS:
            answer += [doc[at], doc[at + 1]]  # "said yes, yes, yes"
            at += 2
        return answer
    return []


# The answers a verb of saying reports as its content ("Trump said no").
ANSWERS = frozenset(("yes", "no"))


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


def _semicolon_closes(clause, verb) -> bool:
    """Whether a semicolon of the clause's own closes it before the cue ("Farmers protest
    the rules; the mayor, others promise a review": the parser hangs the first clause on
    the second's verb and the semicolon on the first's): two sentences joined, the first
    no part of what the second reports; inside a quotation it may be ('"We won; they
    lost," he said')."""
    doc = verb.doc
    if any(t.text in QUOTE_CHARS for t in doc[clause.left_edge.i : verb.i]):
        return False
    return any(t.text == ";" and t.head.i == clause.i for t in doc[clause.i + 1 : verb.i])


def _interjected(clause) -> bool:
    """An attribution set off inside the sentence it attributes ('"If he wins," the
    narrator says, "what then?"'): the parser may hang it on that sentence's verb as a
    clause of its own, but it is the speaker's cue, not what the verb reports."""
    return (
        clause.dep_ == "parataxis"
        and lemma_of(clause) in SPEECH
        and any(c.dep_ in SOURCE_DEPS for c in clause.children)
        and clause.doc[_first_word(clause) - 1].text in CLAUSE_BREAKS
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
    inside = {t.i for t in before} | {clause.i}
    if not before or any(t.head.i not in inside for t in before):
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


def _opening_participle(clause, verb) -> bool:
    """A participle without a subject that opens the sentence, set off by a comma before the
    speaker, which the parser read as a clause the verb reports ("Asked whether he would
    endorse Trump, Ryan said, "I'm just not ready"): it tells when the words were said, an
    attribution of its own, not what the speaker said."""
    doc = verb.doc
    return (
        clause.dep_ in CONTENT_DEPS
        and clause.i < verb.i
        and clause.tag_ in ("VBN", "VBG")
        and clause.left_edge.i == clause.sent.start
        and clause.i == clause.left_edge.i
        and not any(c.dep_ in (*SOURCE_DEPS, "aux", "auxpass") for c in clause.children)
        and doc[clause.right_edge.i + 1].text == ","
    )


def _object_is_subject(verb, clause) -> bool:
    """A reported clause without a subject or conjunction after the cue's object, which is
    its subject ("is demanding President Obama make a pledge", "seemed to think the outreach
    was phony"); the object of a verb of telling is its addressee ("told a young woman ...")."""
    if lemma_of(verb) in ADDRESSING:
        return False
    return not any(c.dep_ in (*SOURCE_DEPS, "csubj", "expl", "mark") for c in clause.children)


def _gerund(verb) -> bool:
    """A gerund, active or passive ("taking the money", "being held to standards")."""
    return verb.tag_ == "VBG" or any(
        c.dep_ == "auxpass" and c.lower_ == "being" and c.i < verb.i for c in verb.children
    )


def _likened_to(verb):
    """(object, content tokens, extra cue tokens) of a verb of comparing with its object and
    "to" ("likened RT to the BBC"): the object and what it is likened to are the content."""
    if lemma_of(verb) not in COMPARING and lemma_of(verb) not in LINKING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    after = objects[0].right_edge.i + 1
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == after:
            targets = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if targets:
                content = list(verb.doc[objects[0].left_edge.i : prep.right_edge.i + 1])
                comma = next(
                    (t.i for t in content if t.i > targets[0].i and t.text in (",", *DASHES)),
                    None,
                )
                if comma is not None:  # "... to the BBC, which receives some funding"
                    content = [t for t in content if t.i < comma]
                return targets[0], content, []
    return None


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


def _inverted_that_clause(verb):
    """The clause opened by "that" that the parser made the sentence's root, hanging the
    verb of saying before it on it as its clause ("The nominee continues to insist, most
    recently in an interview, that he wants to release his taxes": "wants" the root):
    a clause that "that" opens is no main clause, and it is what the verb before says."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < verb.i:
        return None
    marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or marks[0].i <= verb.right_edge.i or marks[0].i == head.sent.start:
        return None
    return head


def _stray_that_clause(verb):
    """The "that" clause of a verb of saying that the parser hung on a noun after it ("told
    a meeting of island leaders that few people understood ...", "told his proteges on a
    regular basis that ..."): "that" is its complementizer, not a relative pronoun, and
    only nouns, prepositions and participles describing a noun lie between it and the verb,
    none a noun of saying ("said in a letter released by the campaign that ...")."""
    for token in verb.subtree:
        if token.i <= verb.i:
            continue
        if _medium_participle_clause(token.head, token):
            head = token.head.head  # "wrote in an op-ed published Sunday that ...": his
        elif token.dep_ not in ("relcl", "acl") or not any(
            c.lower_ == "that"
            and (c.dep_ == "mark" or c.dep_ in ("dobj", "advmod") and _in_cue_phrase(token, verb))
            for c in token.children
        ):
            continue  # "said in a filing that profits fell": "that" read as a relative
        else:
            head = token.head
        while head.i != verb.i and (
            head.pos_ in ("NOUN", "PROPN", "PRON", "ADP", "NUM") or _describing_participle(head)
        ):
            if lemma_of(head) in LIGHT_NOUNS and not (
                medium_of(head) and head.head.head.i == verb.i
            ):
                break  # "his message that ...": the noun's own clause
            head = head.head
        if head.i == verb.i:
            return token
    return None


def _describing_participle(token) -> bool:
    """A passive participle describing the noun before it ("in a letter released by the
    campaign that ...", "in an essay published Sunday by the Times that ..."): a step
    between a verb and the "that" clause the parser hung on the participle's agent, as the
    nouns and prepositions are."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i < token.i


def fronted_participle(verb):
    """(clause, index of the comma, subject) of a participle of saying or thinking that opens
    the sentence, set off by a comma right before the subject of the main verb, whose clause
    the parser hung on the main verb as its own, with the participle the clause's subject or
    adverbial ("Insisting the deal was fair, the governor signed the bill": "Insisting" the
    subject of "was", "was" a clause of "signed"): the participle reports what lies between
    it and the comma, and its speaker is the main verb's subject; else None."""
    doc = verb.doc
    clause = verb.head
    main = clause.head
    if (
        verb.tag_ != "VBG"
        or verb.i != verb.sent.start
        or verb.dep_ not in ("csubj", "csubjpass", "advcl")
        or not clause.i > verb.i
        or clause.dep_ != "ccomp"
        or not main.i > clause.right_edge.i
        or any(c.dep_ != "dobj" for c in verb.children)  # "Writing for a panel that ...,":
        or not is_cue(verb)  # a phrase of its own, the clause no part of what it reports
    ):
        return None
    comma = clause.right_edge.i + 1
    if doc[comma].text != "," or verb.left_edge.i != verb.i:
        return None
    subject = next(
        (
            c
            for c in main.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == comma + 1
        ),
        None,
    )
    return None if subject is None else (clause, comma, subject)


def set_off_participle(verb):
    """(subject, verb after) of a passive participle set off by commas right after the
    subject of the verb after it, which the parser read as a verb in the past with that
    subject ("Trump, asked about the report, said ...": "asked" the main verb, "said" its
    clause), else None."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    doc = verb.doc
    subjects = [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and max((t.i for t in c.subtree if not t.is_punct), default=-1) == verb.i - 2
    ]
    own = [  # the participle's own phrase, not the clause the parser hung on it
        c.right_edge.i
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("prep", "agent", "dobj", "advmod", "npadvmod", "dative")
            or c.dep_ == "ccomp"
            and _asked_question(c)  # "asked whether she would run"
        )
    ]
    close = max(own) + 1 if own else None
    if not subjects or close is None or close + 1 >= len(doc) or doc[close].text != ",":
        return None
    after = doc[close + 1]
    while after.dep_ in ("aux", "neg", "advmod") and after.head.i > after.i:
        after = after.head  # "..., has said", "..., then said"
    if (
        after.pos_ != "VERB"
        or after.tag_ not in ("VBD", "VBZ", "VBP")
        or after.i in (c.i for c in subjects[0].subtree)
    ):
        return None
    if after.head.i != verb.i and verb.head.i != after.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in after.children):
        return None  # "The gap ..., began a year ago, when he released his plan"
    return subjects[0], after


def _asked_question(clause) -> bool:
    """Whether a clause is a question asked, opened by "whether", "if" or a question word
    ("asked whether she would run again")."""
    first = clause.left_edge
    return first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT")


def _participle_of(clause, verb) -> bool:
    """Whether a clause the parser hung on a verb is a participle set off after its subject
    ("Trump, asked about the report, said: ..."), no content of the verb."""
    found = set_off_participle(clause)
    return found is not None and found[1].i == verb.i


def _question_infinitive(clause) -> bool:
    """An infinitive that "whether" opens ("are considering whether to impose sanctions",
    "is weighing whether to run"): a question weighed or put, the content of a verb of
    saying or thinking. Not "how" or "what" ("figure out what to do with it", "know how to
    vote": skills and plans more than stances; with them test source exact fell)."""
    first = clause.left_edge
    return (
        clause.dep_ in ("xcomp", "ccomp", "advcl")
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and first.lower_ == "whether"
        and first.i < clause.i
    )


def _medium_participle_clause(participle, clause) -> bool:
    """Whether a "that" clause the parser hung on a passive participle describing the
    medium of a verb of saying is that verb's ("He wrote in an op-ed published Sunday that
    the law should change": what he wrote, not what was published): the participle has no
    subject, and the noun it describes is the object of a preposition of the verb."""
    noun = participle.head
    return (
        clause.dep_ == "ccomp"
        and participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and lemma_of(noun.head.head) in SPEECH
        and noun.head.head.i < noun.i
    )


def _in_cue_phrase(clause, verb) -> bool:
    """Whether a clause that "that" opens hangs on the object of a preposition of the cue
    itself ("said in a filing that profits fell", "reported at the time that ..."), where
    the parser read "that" as a relative pronoun; not on a noun the cue's object governs
    ("cited problems in the region that he blamed on Obama": a relative clause)."""
    noun = clause.head
    return (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.i == verb.i
        and verb.i < noun.i
    )


# Nouns of an utterance, which a verb of saying names as its occasion with "in" ("said in
# remarks to reporters that ...", "testified in his deposition that ...").
UTTERANCES = frozenset(("remark", "remarks", "comment", "comments", "testimony", "deposition"))


def stranded_report(verb):
    """The clause a verb of saying or thinking in a subordinate clause reports, which the
    parser made that verb's head ("While he acknowledged funding was a major reason he felt
    demoralized, Ham noted ...": "acknowledged" hung on "was", the clause right after it):
    the verb has no content of its own and the clause's subject comes right after it; else
    None. Not an "as" clause, which reports the clause it hangs on (`as_clause`)."""
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or lemma_of(verb) not in CUE_VERBS
        or clause.i < verb.i
        or clause.pos_ not in ("VERB", "AUX")
        or not any(c.dep_ == "mark" and c.i < verb.i and c.lower_ != "as" for c in verb.children)
        or any(c.i > verb.i and c.dep_ not in ("advmod", "prep", "npadvmod") for c in verb.children)
    ):
        return None
    after = verb.right_edge.i + 1
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return clause if subject is not None and subject.left_edge.i == after else None


def _reports(verb, clause) -> bool:
    reported = stranded_report(verb)
    return reported is not None and reported.i == clause.i


def medium_of(noun) -> bool:
    """Whether a document, a message or an utterance is the medium that the "in" of a verb
    of saying names ("The campaign said in a statement that it had raised $10 million",
    "Graham said in remarks to reporters that he would not attend"): the "that" clause
    after it is what the verb says, not the noun's, though the parser hung it on the
    noun."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and (lemma_of(noun) in DOCUMENT_NOUNS or noun.lower_ in UTTERANCES)
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and lemma_of(prep.head) in SPEECH
        and prep.head.i < noun.i
    )


def _addressee_on(verb, infinitive):
    """The "on" right after a verb whose object, before the infinitive, is the one called on
    ("called on police to release", "calls on Dean to apologize"), if any."""
    on = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        on is None
        or on.lower_ not in PREP_CUES.get(lemma_of(verb), ())
        or on.head.i != verb.i
        or on.dep_ not in ("prep", "prt")
    ):
        return None
    objects = [c for c in on.children if c.dep_ == "pobj" and c.i < infinitive.i]
    return on if objects else None


def _with_object(verb, complement, tokens) -> list:
    """The content of a cue whose object the content is about or addressed to starts at the
    object: "told his advisers to act", "urged Congress to act", "attacked Clinton for her
    vote" report "his advisers to act", "Congress to act", "Clinton for her vote"."""
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and verb.i < c.i < complement.i and c.ent_type_ not in ("DATE", "TIME")
    ]  # not a date the parser took for the object ("called Friday for the videos")
    if not objects:
        return tokens
    return list(verb.doc[objects[0].left_edge.i : tokens[-1].i + 1]) if tokens else tokens


def second_cue(verb) -> bool:
    """A verb of saying or naming without a subject, joined by "and" or a participle to the
    clause another cue reports, is the first speaker's second attribution ("Trump said he
    would order a review and warned against hackers"; "She said she believes ..., saying
    that ..."; "said he had battled pneumonia and called it a common ailment"): the parser
    hangs it inside the first one's content."""
    head = verb.head
    return (
        (
            lemma_of(verb) in SPEECH
            or lemma_of(verb) in NAMING_CUES
            or lemma_of(verb) in INTENT_CUES
            and _exhorting(verb)
        )
        and head.i < verb.i
        and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG")
        and not any(c.dep_ in SOURCE_DEPS for c in verb.children)
        and (head.dep_ in CONTENT_DEPS or _object_clause(head.head, head))
        and head.head.i < head.i
        and lemma_of(head.head) in CUE_VERBS
    )


def _exhorting(verb) -> bool:
    """A verb of intent with an object and its infinitive ("encouraged Americans to check
    out ...", "asked voters to stay home"): an appeal made to someone, a speech act."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > objects[0].i and c.tag_ == "VB"
        for c in [*verb.children, *objects[0].children]
    )


def _before_second_cue(clause, tokens) -> list:
    """A reported clause up to the second attribution of the same speaker inside it."""
    for child in clause.children:  # and before "speaking on condition of anonymity"
        if child.i > clause.i and (second_cue(child) or on_ground_rules(child)):
            tokens = [t for t in tokens if t.i < child.left_edge.i]
            while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
                tokens = tokens[:-1]
            return tokens
    return tokens


def _with_arguments(verb, tokens) -> list:
    """An object content and the phrases after it that complete what the verb does with
    it: where it goes or whom it reaches ("offers loans to parents", "appointed several
    women to key posts", "released it to The Washington Post"), what it is kept from or
    charged with ("blocked a company from abandoning its plants", "charged two developers
    with fraud"), what it is shown with ("polls show Clinton with a lead"), right after the
    object; a phrase that holds a cue of its own is another attribution and stays out."""
    standing = False
    while tokens and not _ends_on_conjunction(tokens):
        after = tokens[-1].i + 1
        phrase = next((c for c in verb.children if _argument(c, after)), None)
        if phrase is None and lemma_of(verb) in SHOWING:  # "polls show Clinton ahead in Ohio"
            phrase = next(
                (c for c in verb.children if c.left_edge.i == after and _standing(c, standing)),
                None,
            )
            standing = standing or phrase is not None
        if phrase is None or any(t.pos_ == "VERB" and is_cue(t) for t in phrase.subtree):
            return tokens
        tokens = list(verb.doc[tokens[0].i : phrase.right_edge.i + 1])
    return tokens


def _standing(child, after_standing: bool) -> bool:
    """An adverb of a standing right after the object of a verb of showing or finding ("a
    poll found Trump ahead", "showed Clinton up by 6 points"), the predicate of what is
    shown, or, after it, a phrase of that standing ("ahead in Ohio", "among women")."""
    if child.lower_ in STANDINGS and child.dep_ in ("advmod", "prt"):
        return True
    return after_standing and child.dep_ in ("prep", "npadvmod")


def _ends_on_conjunction(tokens) -> bool:
    """An object the parser closed on a conjunction ("Holt of NBC News, but"): what
    follows is joined to the clause, no argument of the verb."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and words[-1].dep_ == "cc"


def _argument(child, at: int) -> bool:
    """A verb's dative or a preposition of its arguments (`ARGUMENT_PREPS`) starting at `at`."""
    return child.left_edge.i == at and (
        child.dep_ == "dative" or child.dep_ == "prep" and child.lower_ in ARGUMENT_PREPS
    )
