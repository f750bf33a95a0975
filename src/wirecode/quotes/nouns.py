"""Noun and adjective cues: "Trump's claim that ...", "her plan to ...", "their disdain
for ...", "is confident that ...", "critical of ...", "it is clear that ..."."""

from __future__ import annotations

from wirecode.nlp.views import text_of
from wirecode.quotes.cue_spans import cue_span
from wirecode.quotes.cues import INTENT_NOUNS, NOUN_CUES, PREP_NOUNS, STANCE_AGENTS, lemma_of
from wirecode.quotes.frames import content_of, medium_of
from wirecode.quotes.record import Quote, build_quote, span_chars, subtree_of
from wirecode.quotes.spans import snap
from wirecode.quotes.speakers import source_span, subjects_of
from wirecode.quotes.verbs import is_cue, time_run_end

ADJECTIVE_PREPS = ("of", "about", "over", "with", "toward", "towards", "on")
# Attitude adjectives whose own preposition introduces what the attitude is toward
OWN_PREPS = {"interested": "in", "opposed": "to", "committed": "to", "wedded": "to"}
# Adjectives of feeling whose "at" names what is felt ("angry at the decision", "surprised
# at the reaction"); after others "at" says where ("critical at the hearing").
FEELING_AT = frozenset(
    """angry furious upset unhappy happy glad pleased surprised shocked frustrated
    disappointed outraged dismayed alarmed""".split()
)


def noun_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """ "Trump's claim that there were thousands of shootings": a noun of saying or believing,
    its "that" clause (not a relative clause) the content and its possessor the source."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl", "appos") or clause.i < noun.i:
            continue
        if medium_of(noun):  # "said in a statement that ...": the verb's clause
            continue
        if not any(
            c.lower_ == "that"
            and (c.dep_ == "mark" or c.tag_ == "IN" and _complementizer(noun, clause, c))
            for c in clause.children
        ):
            continue  # "There is concern that Trump will lose": "that" tagged a complementizer
        start, end = span_chars(subtree_of(clause))
        start, end = snap(start, end, marks, text_of(doc))
        cue = [*_noun_modifiers(noun), noun]  # "his repeated emphasis that", "earlier claim"
        cue, source = _subject_owned(noun, cue, _noun_source(noun))
        return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions)
    found = _noun_complement(noun)
    source = _noun_source(noun)
    if found is None or source is None:  # unowned ("the decision to ..."): too often no one's
        return None
    tokens, cue = found
    cue = [*_noun_modifiers(noun), *cue]
    start, end = snap(*span_chars(tokens), marks, text_of(doc))
    if end <= start:
        return None
    cue, source = _subject_owned(noun, cue, source)
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions)


def stance_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """ "Graham has long been a vocal critic of the deal", "A fierce critic of the deal,
    Cotton voted no": an agent noun of a verb of position (`STANCE_AGENTS`) with its "of",
    predicated of the subject of "be", "remain" or "become" (the cue running from that verb
    to "of") or set off before the subject of the sentence's verb (the cue the noun's phrase
    up to "of"); the object of "of" is the content. Not set off after a name ("Warren, a
    longtime critic of the banks, said"), nor in a relative clause inside a subject, where
    it tells who the speaker is."""
    if lemma_of(noun) not in STANCE_AGENTS:
        return None
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ == "of"),
        None,
    )
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    tokens = [t for t in subtree_of(prep) if t.i > prep.i]
    verb = noun.head
    if noun.dep_ == "attr" and lemma_of(verb) in ("be", "remain", "become") and verb.i < noun.i:
        subjects = subjects_of(verb)
        if not subjects or _describes_subject(verb):
            return None
        cue = list(doc[cue_span(verb, subjects[0], [])[0].i : prep.i + 1])
        source = source_span(subjects[0], cue[0], doc)
    else:
        subject = _set_before(noun)
        if subject is None:
            return None
        cue = [*_noun_modifiers(noun), noun, prep]
        source = source_span(subject, subject.head, doc)
    start, end = snap(*span_chars(tokens), marks, text_of(doc))
    if end <= start or source[1] <= source[0]:
        return None
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions)


def _describes_subject(verb) -> bool:
    """Whether a verb heads a relative clause inside the subject of a later verb ("Jorge
    Castañeda, a former foreign minister who is a harsh critic of the president,
    suggests ..."): the clause tells who the subject is."""
    if verb.dep_ != "relcl":
        return False
    phrase = verb.head
    while (
        phrase.dep_ in ("appos", "conj", "pobj", "prep", "compound") and phrase.head.i != phrase.i
    ):
        phrase = phrase.head
    return phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.i > verb.i


def _set_before(noun):
    """The subject right after the comma that closes a noun phrase opening the sentence
    ("A fierce critic of the deal, Cotton voted no": Cotton), else None."""
    doc = noun.doc
    first, last = noun.left_edge.i, noun.right_edge.i
    if first != noun.sent.start or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    subject = next(
        (t for t in doc[last + 2 : noun.sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subject is None or subject.left_edge.i != last + 2 or subject.head.i < subject.i:
        return None
    return subject


def _subject_owned(noun, cue, source):
    """(cue, source) of a noun cue, which are the verb's subject's, the cue running from the
    verb, when the noun is that verb's object and its owner a pronoun referring back to
    the subject ("Trump continues his adulation of", "Clinton renewed her warning that")."""
    subject = _own_subject(noun)
    if subject is None:
        return cue, source
    cue = list(noun.doc[cue_span(noun.head, subject, [])[0].i : cue[-1].i + 1])
    return cue, source_span(subject, cue[0], noun.doc)


# a possessive pronoun and the subject pronouns it can refer back to
OWN_PRONOUNS = {
    "his": ("he",),
    "her": ("she",),
    "its": ("it",),
    "their": ("they",),
    "my": ("i",),
    "our": ("we",),
    "your": ("you",),
}


def _own_subject(noun):
    """The subject of the verb whose object a noun cue is, when the noun's owner is a
    possessive pronoun that refers back to that subject and the verb reports nothing of
    its own ("Trump continues his adulation of Putin", "It edged up its forecast for ..."): the
    verb and the noun say together what the subject thinks or says, as a light verb and
    its noun do; None otherwise ("professors would dismiss her proposals": the verb's own
    attribution holds the noun's)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if is_cue(verb) and content_of(verb) is not None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in OWN_PRONOUNS or owner.tag_ != "PRP$":
        return None
    between = noun.doc[verb.i + 1 : owner.i]
    if any(t.dep_ not in ("prt", "advmod") or t.head.i != verb.i for t in between):
        return None  # "has faced a number of controversies - most recently her decision"
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    return subject if _refers_back(owner.lower_, subject) else None


def _refers_back(pronoun: str, subject) -> bool:
    """Whether a possessive pronoun agrees with a subject in person and number (and, for a
    subject pronoun, in gender)."""
    if subject.tag_ == "PRP":
        return subject.lower_ in OWN_PRONOUNS[pronoun]
    if pronoun not in ("his", "her", "its", "their"):
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    return plural == (pronoun == "their")


def _complementizer(noun, clause, that) -> bool:
    """Whether a "that" the tagger read as a complementizer but the parser made an object
    of the clause opens the clause of a noun of saying or believing ("There is concern that
    Trump will lose"); after a noun of intention it is a relative pronoun ("plans that your
    state offers")."""
    return that.i == clause.left_edge.i and lemma_of(noun) in NOUN_CUES


def _noun_modifiers(noun) -> list:
    """The adjectives right before a noun cue, which say what kind of saying it is ("his
    latest effort", "long-standing ideas about"), and the article or demonstrative before
    them ("a tacit acknowledgment that", "the claim that")."""
    doc = noun.doc
    first = noun.i
    while first - 1 >= 0:
        modifier = next(
            (t for t in noun.lefts if t.dep_ == "amod" and t.right_edge.i == first - 1), None
        )
        if modifier is None:
            break
        first = modifier.left_edge.i
    while first < noun.i and doc[first].is_punct:
        first += 1
    article = doc[first - 1] if first > 0 else None
    if article is not None and article.dep_ == "det" and article.head.i == noun.i:
        first -= 1  # "a tacit acknowledgment that", "this political decision": its article
    return list(doc[first : noun.i])


def _noun_complement(noun):
    """(content tokens, cue tokens) of a noun of intention with its infinitive ("plan to
    raise taxes") or of attitude with its preposition ("disdain for the nominee"), else
    None. An intention named after a preposition is the setting of something else, not a
    stance reported ("after Britain's decision to leave", "as evidence of his willingness
    to ...")."""
    lemma = lemma_of(noun)
    preps = PREP_NOUNS.get(noun.lower_) or PREP_NOUNS.get(lemma, frozenset())
    doc = noun.doc
    timed = time_run_end(doc, noun.i + 1)  # "Clinton's comments Tuesday on the shooting",
    if noun.i + 1 < timed < len(doc):  # "remarks on Friday about the protests": the time
        topic = doc[timed]  # between is the cue's, the phrase after it the topic
        objects = [c for c in topic.children if c.dep_ in ("pobj", "pcomp")]
        if (
            topic.dep_ == "prep"
            and topic.lower_ in preps
            and noun.i <= topic.head.i < timed
            and objects
        ):
            return [t for t in subtree_of(topic) if t.i > topic.i], list(doc[noun.i : timed + 1])
    for child in noun.children:
        if child.i < noun.i:
            continue
        if (
            child.dep_ in ("acl", "xcomp")
            and lemma in INTENT_NOUNS
            and noun.dep_ != "pobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return subtree_of(child), [noun]
        if child.dep_ == "prep" and child.lower_ in preps and child.i == noun.i + 1:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return [t for t in subtree_of(child) if t.i > child.i], [noun, child]
    return None


def _noun_source(noun) -> tuple[int, int] | None:
    """Who a noun cue belongs to: its possessor ("Trump's claim"), the name it is
    compounded with ("a New York Times report"), or the object of "from" or "by" after it
    ("warnings from his attorney")."""
    before = list(noun.doc[noun.left_edge.i : noun.i])
    if any(t.dep_ == "poss" and t.head.i == noun.i for t in before):
        owner = next(t for t in before if t.dep_ == "poss" and t.head.i == noun.i)
        tokens = list(owner.subtree)
        while tokens and tokens[0].pos_ in ("VERB", "AUX", "ADV", "ADP", "CCONJ"):
            tokens = tokens[1:]  # "largely repeated China's comments": not the owner's words
        return span_chars(tokens)
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.i == noun.i for t in before):
        return span_chars([t for t in before if t.pos_ != "CCONJ"])  # "But Trump claims"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by") and child.i > noun.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return span_chars(list(objects[0].subtree))
    return _owner_read_as_clause(noun)


def _owner_read_as_clause(noun) -> tuple[int, int] | None:
    """The owner before a possessive "'s" the parser read as a verb ("is") heading a clause
    of its own ("contradicting Tulsa police's earlier claim that ...": "police" its
    subject): the noun phrase before the mark, the mark included, as a possessor is."""
    doc = noun.doc
    mark = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if mark is None or mark.tag_ != "POS" or mark.dep_ in ("case", "poss"):
        return None
    owner = doc[mark.i - 1] if mark.i > 0 else None
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.head.i != mark.i:
        return None
    return span_chars(list(doc[owner.left_edge.i : mark.i + 1]))


def adjective_quote(adjective, actor_mentions, doc, marks) -> Quote | None:
    """ "Republicans seem confident they have the votes": a predicate adjective of certainty
    or feeling, its clause the content, the subject of its verb the source."""
    verb = adjective.head
    if adjective.dep_ not in ("acomp", "oprd") or verb.i > adjective.i:
        return None
    clauses = [c for c in adjective.children if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i]
    last = adjective
    if not clauses:  # "critical of Trump", "worried about the cost": the object, and the
        clauses, last = _adjective_object(adjective)  # preposition joins the cue
    subjects = subjects_of(verb)
    if not clauses or not subjects:
        return None
    start, end = snap(*span_chars(subtree_of(clauses[0])), marks, text_of(doc))
    if end <= start:
        return None
    cue = list(doc[cue_span(verb, subjects[0], [])[0].i : last.i + 1])
    source = source_span(subjects[0], cue[0], doc)
    source = source if source[1] > source[0] else None
    return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)


def _adjective_object(adjective) -> tuple[list, object]:
    """([object], preposition) of an attitude adjective's prepositional object right after
    it ("critical of Trump", "concerned about the shift"), or ([], adjective)."""
    for prep in adjective.children:
        if (
            prep.dep_ == "prep"
            and prep.i == adjective.i + 1
            and (
                prep.lower_ in ADJECTIVE_PREPS
                or prep.lower_ == "at"
                and adjective.lower_ in FEELING_AT
                or prep.lower_ == OWN_PREPS.get(adjective.lower_)
            )
        ):
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[:1], prep
    return [], adjective


def evident_quote(adjective, actor_mentions, doc, marks) -> Quote | None:
    """ "It is clear that ...", "Nor is it obvious that ...": an adjective of evidence with
    "it" and a clause is the writer's judgement, the cue running from the first word of the
    frame to the adjective; "Ham made it clear (that) he ..." and "Ham made clear that
    ..." are Ham's."""
    verb = adjective.head
    clauses = [
        c
        for c in [*adjective.children, *verb.children]
        if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i and not _wh_clause(c)
    ]
    it = [
        c for c in [*verb.children, *adjective.children] if c.lower_ == "it" and c.i < adjective.i
    ]
    made = lemma_of(verb) == "make" and verb.i < adjective.i  # "made (it) clear that ..."
    if not clauses or not (it or made) or adjective.dep_ not in ("acomp", "ccomp", "oprd"):
        return None
    start, end = snap(*span_chars(subtree_of(clauses[0])), marks, text_of(doc))
    if end <= start:
        return None
    if made:  # "made it clear", "made clear": the maker is the source
        subjects = subjects_of(verb)
        if not subjects:
            return None
        cue = list(doc[cue_span(verb, subjects[0], [])[0].i : adjective.i + 1])
        source = source_span(subjects[0], cue[0], doc)
        return build_quote(doc, (start, end), (start, end), cue, source, actor_mentions, verb)
    first = min(it[0].i, cue_span(verb, None, [])[0].i)
    if first > 0 and doc[first - 1].dep_ == "cc" and doc[first - 1].head.i == verb.i:
        first -= 1  # "Nor is it clear"
    cue = list(doc[first : adjective.i + 1])
    return build_quote(doc, (start, end), (start, end), cue, None, actor_mentions)


def _wh_clause(clause) -> bool:
    """A clause opened by "what", "whether" or "if" ("it is not clear what effect it might
    have"): a question left open, no claim to attribute."""
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WRB", "WP$") or first.lower_ in ("whether", "if")
