"""Title-case headlines: "Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud.'",
"One Tweet Sums Up The Absurd Double Standard", "Chris Christie Calls Hillary Clinton 'A
Disgrace' Over Police Shooting Comments".

In a line whose words are capitalised, the tagger reads a capitalised verb as part of a
name ("Rip", "Sums", "Share" tagged as proper nouns) and the parser finds no verb. Such a
word is the cue when its form is a form of a cue verb ("Rips" -> "rip", "Rallied" ->
"rally") and the line has no finite verb of its own: the words before it, from the start of
the line, are the source, and the rest of the line is the content. A headline says what it
says in one line, so the content of any cue that governs the whole line runs to the line's
end ("Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday"), as running
text's would stop at its object.
"""

from __future__ import annotations

import functools

from wirecode.nlp.views import text_of
from wirecode.quotes.cues import CUE_VERBS, INTENT_CUES, OBJECT_CUES, PHRASAL_CUES, PREP_CUES
from wirecode.quotes.headlines import FINITE, OBJECT_START
from wirecode.quotes.record import Quote, build_quote, span_chars
from wirecode.quotes.spans import snap

# the share of a line's words that open with a capital for the line to be a title
TITLE_SHARE = 0.75
# the verbs a capitalised word can be a form of: the verb cues of running text
TITLE_VERBS = CUE_VERBS | OBJECT_CUES | INTENT_CUES | frozenset(PREP_CUES)
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_CUES)
# the most words a title's source runs to ("Chris Christie", "Frustrated Parents", "Former
# White House Doctor")
SOURCE_WORDS = 6
# the parts of speech of the words of a source before the cue ("Black Lawmakers", "31
# Latinos", "Chris Christie's Team")
SOURCE_POS = frozenset(("PROPN", "NOUN", "ADJ", "NUM", "DET", "PART"))


def title_case(sent) -> bool:
    """A line of three words or more, most of them capitalised, not all in capitals."""
    words = [t.text for t in sent if t.is_alpha]
    if len(words) < 3 or all(w.isupper() for w in words):
        return False
    return sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def verb_forms(word: str) -> list[str]:
    """The verbs a word can be a form of, by its ending: "rips" -> "rip", "rallies" ->
    "rally", "slammed" -> "slam", "urged" -> "urge"."""
    word = word.lower()
    found = [word]
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    if word.endswith("es"):
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        found.append(word[:-1])
    if word.endswith("ied"):
        found.append(word[:-3] + "y")
    if word.endswith("ed"):
        found += [word[:-2], word[:-1]]
        if len(word) > 4 and word[-3] == word[-4]:
            found.append(word[:-3])  # "slammed"
    return found


@functools.lru_cache(maxsize=4096)
def maybe_verb(lower: str) -> bool:
    """Whether a lower-cased word can be a form of a cue verb (with or without its
    particle): the cheap test `find_quotes` puts to every capitalised name."""
    return any(form in TITLE_VERBS or form in PHRASAL_VERBS for form in verb_forms(lower))


def title_lemma(token) -> str | None:
    """The cue verb a capitalised word of a title is a form of, if any; a verb that is a
    cue with its particle only when the particle follows ("Sums Up")."""
    if not token.text[:1].isupper():
        return None
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return next(
        (
            form
            for form in verb_forms(token.text)
            if form in TITLE_VERBS or (form, after) in PHRASAL_CUES
        ),
        None,
    )


def title_quote(token, actor_mentions, doc, marks) -> Quote | None:
    """The attribution of a title's verb that the tagger read as a name or a noun, or that
    the parser read as the line's verb but whose frame found nothing ("Hillary Clinton
    Speaks 'Directly To White People' After ..."), if any."""
    if token.pos_ not in ("PROPN", "NOUN", "VERB") or token.i == token.sent.start:
        return None
    lemma = _title_verb(token)
    sent = token.sent
    if lemma is None or not title_case(sent):
        return None
    if token.pos_ == "VERB":
        if token.dep_ != "ROOT" or any(t.tag_ in FINITE for t in doc[sent.start : token.i]):
            return None
    elif any(t.tag_ in FINITE and t.pos_ in ("VERB", "AUX") for t in sent):
        return None  # "Obama Power Plant Rules Face Key Test": "Face" is the verb
    source = [t for t in doc[sent.start : token.i] if not t.is_space]
    if not source or len(source) > SOURCE_WORDS or any(_not_a_name(t, source) for t in source):
        return None  # a row of a site's menu ("Business China ... United States April")
    if any(t.i > sent.start and _title_verb(t) for t in source):
        return None  # "County Officials Blast Plan To ...": the line's verb came before
    cue = [token]
    after = token.i + 1
    if after < sent.end and (
        (lemma, doc[after].lower_) in PHRASAL_CUES or doc[after].lower_ in PREP_CUES.get(lemma, ())
    ):
        cue.append(doc[after])  # "Sums Up", "Calls For"
        after += 1
    rest = line_rest(doc, after, sent.end)
    if not rest:
        return None
    if token.pos_ == "VERB" and not (rest[0].is_quote or rest[0].pos_ in OBJECT_START):
        return None  # "Senator Speaks Out After Vote": no object, nothing said
    start, end = snap(*span_chars(rest), marks, text_of(doc))
    if end <= start:
        return None
    return build_quote(doc, (start, end), (start, end), cue, span_chars(source), actor_mentions)


def _not_a_name(token, source) -> bool:
    """A word no source's name is made of; a lone capitalised word the tagger read as a bare
    verb before the title's verb is a name ("Trump Vows To Sue Accusers": "Trump" a VB)."""
    if token.pos_ in SOURCE_POS:
        return False
    return not (len(source) == 1 and token.tag_ == "VB" and token.is_title)


def _title_verb(token) -> str | None:
    """The cue verb a word of a title is a form of, when it agrees with the word before it:
    a bare form needs a plural subject ("Black Lawmakers Rip"; not "Washington Post", "A
    Curious Plan")."""
    lemma = title_lemma(token)
    if lemma is None:
        return None
    if token.lower_ == lemma and not _plural(token.doc[token.i - 1].lower_):
        return None
    return lemma


def _plural(word: str) -> bool:
    """A word that looks like a plural noun ("lawmakers", "latinos"), which a verb in its
    bare form agrees with ("Black Lawmakers Rip"); "One Tweet Sums" is singular."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def line_rest(doc, first: int, end: int) -> list:
    """The tokens from `first` to the end of the line, within a sentence ending at `end`."""
    tokens = []
    for token in doc[first:end]:
        if "\n" in token.text:
            break
        tokens.append(token)
    return tokens if any(t.is_alpha for t in tokens) else []


def title_end(verb, cue, start: int, end: int, marks) -> int:
    """The end of the content of a title's main verb: the end of the line when the content
    follows the cue ("Chris Christie Calls Hillary Clinton 'A Disgrace' Over Police Shooting
    Comments" reports all after "Calls")."""
    if verb.dep_ != "ROOT" or not verb.text[:1].isupper() or start < cue[-1].idx:
        return end  # a title's verb is capitalised too
    sent = verb.sent
    if not title_case(sent):
        return end
    rest = line_rest(verb.doc, cue[-1].i + 1, sent.end)
    if not rest:
        return end
    last = span_chars(rest)[1]
    return max(end, snap(start, last, marks, text_of(verb.doc))[1])
