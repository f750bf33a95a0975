"""A headline's verb of saying read as a plural noun: "House panel votes to hold X in
contempt", "Federal court rules against Ohio's purges", "Trump questions the fairness of
moderators".

A headline has no article or auxiliary to tell a verb in the third person from a plural
noun, and the parser often reads the verb as a noun ("votes", "rules", "questions", "vows")
in a sentence with no verb of its own. Such a noun is the cue when it has the form of a
cue verb, follows the noun phrase that opens the sentence (the source) and is followed by
what the verb takes: an infinitive of intent ("votes to hold"), a "that" clause ("Trump
charges that ...", in running text too) or one opened by "how", "why" or "what" ("report
questions why ..."), the verb's preposition ("rules against") or an object ("questions the
fairness"); the content runs from there to the end of the sentence.

The same misreading closes a sentence: "The tax is unfair, the former governor maintains."
A word with the form of a verb of saying or thinking that ends the sentence, after a comma
and the noun phrase of its subject, is the clause-final cue: the phrase is the source and
the clause before the comma the content, as with "..., the governor argues".
"""

from __future__ import annotations

from wirecode.nlp.views import text_of
from wirecode.quotes.cues import CUE_VERBS, INTENT_CUES, OBJECT_CUES, PREP_CUES, lemma_of
from wirecode.quotes.marks import QUOTE_CHARS
from wirecode.quotes.record import Quote, build_quote, span_chars
from wirecode.quotes.spans import snap

# the parts of speech that can open an object ("questions the fairness", "slams Trump")
OBJECT_START = frozenset(("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"))
# the tags of a verb that makes a sentence of its own ("Railing against Trump, ..." does not)
FINITE = frozenset(("VBZ", "VBD", "VBP", "MD"))
# the words of a noun phrase before the verb that make up the source ("House panel",
# "Federal court", "Sanders")
SOURCE_DEPS = frozenset(("compound", "amod", "nmod", "poss", "case", "det", "nummod"))


def headline_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """The attribution of a headline verb the parser read as a plural noun, if any."""
    if noun.tag_ != "NNS" or noun.i + 1 >= noun.sent.end:
        return None
    sent = noun.sent
    if any(t.tag_ in FINITE and t.i < noun.i for t in sent):
        return None  # a sentence with a verb before it: a noun, as parsed
    if sent.root.pos_ not in ("NOUN", "PROPN"):
        return None
    source = _source(noun)
    if not source:
        return None
    taken = _taken(noun)
    if taken is None:
        return None
    cue, first = taken
    last = sent.end - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    start, end = snap(*span_chars(list(doc[first : last + 1])), marks, text_of(doc))
    if end <= start:
        return None
    return build_quote(doc, (start, end), (start, end), cue, span_chars(source), actor_mentions)


def _source(noun) -> list:
    """The noun phrase before the cue: the root's own words before it when the cue is the
    root ("House panel votes"), or the root's phrase when the cue hangs on the root right
    after it ("Trump questions")."""
    doc = noun.doc
    if noun.dep_ == "ROOT":
        first = noun.i
        while first - 1 >= noun.sent.start:
            before = doc[first - 1]
            if not _in_name(before) or not _within(before, noun):
                break
            first -= 1
        return list(doc[first : noun.i])
    head = noun.head
    if head.dep_ == "ROOT" and head.i == noun.i - 1 and head.left_edge.i == noun.sent.start:
        return list(doc[head.left_edge.i : noun.i])
    return []


def _in_name(token) -> bool:
    """A word of the noun phrase before the cue, or a quotation mark around a title in it
    ("Smith's “Harvest” documents how ...")."""
    return token.dep_ in SOURCE_DEPS or token.dep_ == "punct" and token.text in QUOTE_CHARS


def _within(token, noun) -> bool:
    """A word whose chain of heads reaches the cue noun without leaving the phrase."""
    while token.i != noun.i:
        if token.head.i == token.i or token.head.i > noun.i:
            return False
        token = token.head
    return True


def _taken(noun):
    """(cue tokens, first token of the content) when what follows the noun is what its verb
    takes: "to" and a verb (intent), "that" (saying), its preposition, or an object."""
    doc = noun.doc
    lemma = lemma_of(noun)
    after = doc[noun.i + 1]
    if after.lower_ == "to" and lemma in INTENT_CUES:
        verb = doc[after.i + 1] if after.i + 1 < noun.sent.end else None
        if verb is not None and verb.pos_ == "VERB" and verb.tag_ == "VB":
            return [noun], after.i
    if after.lower_ == "that" and after.dep_ == "mark" and lemma in CUE_VERBS:
        return [noun], after.i  # "Trump charges that countries ... donated millions"
    if after.pos_ == "ADP" and after.lower_ in PREP_CUES.get(lemma, ()):
        if after.i + 1 < noun.sent.end:
            return [noun, after], after.i + 1
    if lemma in OBJECT_CUES and after.pos_ in OBJECT_START:
        return [noun], after.i
    if after.tag_ in ("WRB", "WP") and (lemma in CUE_VERBS or lemma in OBJECT_CUES):
        return [noun], after.i  # "New report questions why the agency ignored ..."
    return None


def clause_final_quote(noun, actor_mentions, doc, marks) -> Quote | None:
    """The attribution of a clause-final verb of saying or thinking the parser read as a
    plural noun ("The tax is unfair, the former governor maintains."), if any."""
    if noun.tag_ != "NNS" or lemma_of(noun) not in CUE_VERBS:
        return None
    sent = noun.sent
    after = [t for t in doc[noun.i + 1 : sent.end] if not t.is_space]
    if after and not (len(after) == 1 and after[0].text in (".", "!")):
        return None  # the sentence's last word
    first = noun.i
    while first - 1 > sent.start and _subject_word(doc[first - 1], noun):
        first -= 1
    comma = doc[first - 1]
    source = list(doc[first : noun.i])
    if comma.text != "," or comma.i <= sent.start or not any(_nominal(t) for t in source):
        return None  # "He sold the farm, his claims.": no subject before the noun
    clause = [t for t in doc[sent.start : comma.i] if not t.is_space]
    if not any(t.tag_ in FINITE for t in clause):
        return None  # "Apples, pears, the farm's claims.": no clause reported
    start, end = snap(*span_chars(clause), marks, text_of(doc))
    return build_quote(doc, (start, end), (start, end), [noun], span_chars(source), actor_mentions)


def _subject_word(token, noun) -> bool:
    """A word of the subject before a clause-final cue noun: of its noun phrase, or the
    phrase's head that the parser made the noun's subject ("the candidate's former doctor
    maintains", "candidate" its subject)."""
    return (_in_name(token) or token.dep_ == "nsubj" and token.head.i == noun.i) and _within(
        token, noun
    )


def _nominal(token) -> bool:
    """A noun that can head a speaker's phrase (not a possessor alone: "his claims")."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ != "poss"
