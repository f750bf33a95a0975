"""Speakers: a cue's subject, the noun phrase of its source span, and when the subject is
not the speaker (a passive cue's target; its "by" agent is)."""

from __future__ import annotations

from wirecode.quotes.cues import INTENT_NOUNS, MEDIA_WORDS, NOUN_CUES, SPEECH, lemma_of
from wirecode.quotes.frames import content_of, fronted_participle, second_cue, set_off_participle
from wirecode.quotes.marks import QUOTE_CHARS, region_at
from wirecode.quotes.record import CONTENT_DEPS, DASHES, SOURCE_DEPS, span_chars
from wirecode.quotes.verbs import is_cue, stray_agent_prep

FEELING = (
    *"incense anger outrage frustrate alarm concern convince persuade surprise shock".split(),
    *"disappoint worry please upset",
)


# Adjectives whose subject is the doer of their infinitive ("was able to tout", "is
# determined to warn", "has been slow to embrace").
CONTROL = frozenset(
    """able unable willing unwilling determined eager ready reluctant hesitant quick slow
    keen careful anxious prepared""".split()
)


# Focusing adverbs before a speaker, which stress it and are no part of it ("Even China").
FOCUS = frozenset(("even", "also", "especially", "particularly"))


def subjects_of(verb) -> list:
    """The verb's subject; a coordinated or participial verb's is its head's ("He attacked
    the plan and said ...", "..., saying ..."); an inverted one follows the verb ("...,"
    said Tim Hess)."""
    depicted = _depicted(verb)
    if depicted is not None:  # "footage of Clinton asking, ...": Clinton asks
        return [depicted]
    fronted = fronted_participle(verb)
    if fronted is not None:  # "Insisting the deal was fair, the governor signed ...": his
        return [fronted[2]]
    if set_off_participle(verb) is not None:
        return []  # "Trump, asked about the report, said ...": Trump was asked, by no one named
    for other in (verb.head, *verb.children):
        participle = set_off_participle(other)
        if participle is not None and participle[1].i == verb.i:
            return [participle[0]]  # "Trump, asked about the report, said": Trump says
    current = verb.head.head if second_cue(verb) else verb
    steps = 0
    while steps < 3:
        steps += 1
        found = [c for c in current.children if c.dep_ in SOURCE_DEPS]
        after = [c for c in found if c.i > current.i]
        if after and any(t.text in QUOTE_CHARS for t in verb.doc[found[0].i : current.i]):
            return after  # '"... Full panic mode," said Leslie Wimes': not the quoted noun
        later = [
            c
            for c in found[1:]
            if any(t.text in QUOTE_CHARS for t in verb.doc[found[0].i : c.left_edge.i])
        ]
        if later:
            return later  # '"My reaction, that was outrageous," the strategist said'
        if found:
            return [_apposed_speaker(found[0]), *found[1:]]
        controller = _controller(current)
        if controller is not None:  # "forced Stumpf to admit": Stumpf admits
            return [controller]
        tag = speech_tag_before(current)
        if tag is not None:  # '"...," Mr. Obama said, not even needing to mention ...'
            current = tag
            continue
        if current.dep_ == "conj" or (
            current.dep_ in ("advcl", "xcomp") and current.tag_ in ("VBG", "VB")
        ):
            antecedent = _set_off_antecedent(current)
            if antecedent is not None:  # "with Clinton — who's called for ... — lambasting"
                return [antecedent]
            current = _quoted_head(current) or current.head
            continue
        if current.dep_ == "acomp" and current.head.i < current.i and current.lower_ in CONTROL:
            if verb.dep_ == "conj":  # one predicate with the adjective: "was unwilling
                steps -= 1  # to criticize the president or defend his policies"
            current = current.head  # "was able to tout": the subject of "was"
            continue
        misread = _participle_read_as_main(current)
        if misread is not None:  # "Protesters marching through the streets chanted ..."
            return [misread]
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.tag_ == "VBG":
            judged = _judged_doer(current.head)
            if judged is not None:  # "accused Trump of saying ...": Trump said it
                return [judged]
            prep = current.head
            current = prep.head  # "began by saying ...", "was criticised for saying ..."
            owner = _gerund_owner(prep)
            if owner is not None:  # "his campaign theme of questioning trade deals": his
                return [owner]
            if (
                prep.lower_ == "of"
                and current.dep_ == "dobj"
                and current.pos_ == "NOUN"
                and current.head.pos_ == "VERB"
                and lemma_of(current) not in INTENT_NOUNS
            ):
                current = current.head  # "have no way of knowing", "has a habit of saying";
                # not "had any intention of releasing", a stance of its own
            if current.dep_ == "advmod" and current.pos_ == "ADV" and current.head.pos_ == "VERB":
                current = current.head  # "stopped short of endorsing", "aside from saying"
            continue
        break
    after = [
        c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i == verb.i + 1
    ]
    if after and any(c.i < verb.i and c.dep_ in CONTENT_DEPS for c in verb.children):
        return after  # '"...," said Tim Hess' parsed with the speaker as object
    stranded = _stranded_subject(current)
    return [stranded] if stranded is not None else []


def _gerund_owner(prep):
    """The owner of the noun whose "of" takes a gerund of saying ("his campaign theme of
    questioning trade deals", "the senator's habit of criticizing his party"): the one whose
    way or habit it is does the saying. Not a noun of saying or intention, which is a stance
    of its own ("his intention of releasing"), nor a noun naming a picture ("footage of")."""
    noun = prep.head
    if prep.lower_ != "of" or noun.pos_ != "NOUN" or lemma_of(noun) in INTENT_NOUNS | NOUN_CUES:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)


# Nouns of a recording or picture, whose "of" names who is shown ("footage of Clinton").
DEPICTING = frozenset(
    "footage video clip recording tape audio image picture photo photograph".split()
)


def _depicted(verb):
    """The person a recording shows doing what its participle says ("The ad uses footage of
    Hillary Clinton asking, ..."), the parser having hung the participle on the verb
    before, if any."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SOURCE_DEPS for c in verb.children):
        return None
    shown = doc[verb.i - 1]
    if shown.dep_ != "pobj" or shown.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    of = shown.head
    if of.lower_ != "of" or lemma_of(of.head) not in DEPICTING:
        return None
    return shown


def _quoted_head(participle):
    """The verb of saying right before a participle that the parser hung on a verb inside
    the quotation after it ('"...," Sanders said, suggesting a few questions, including,
    "Mr. Trump, do you really think ...?"': "suggesting" hung on "think", whose subject is
    the quoted "you"): the participle goes on from the attribution before it, if any."""
    doc = participle.doc
    head = participle.head
    if head.i < participle.i or not any(t.text in QUOTE_CHARS for t in doc[participle.i : head.i]):
        return None
    before = doc[participle.i - 2] if participle.i >= 2 else None
    if before is None or doc[participle.i - 1].text != "," or lemma_of(before) not in SPEECH:
        return None
    return before


def speech_tag_before(participle):
    """The verb of saying of a speech tag right before a participle set off by a comma,
    which the parser hung on the participle as a parataxis ('"...," the senator said, not
    bothering to name her rival': "bothering" the head, "said" its parataxis): the
    participle goes on from the attribution, if any."""
    if participle.tag_ != "VBG":
        return None
    doc = participle.doc
    first = min(
        [participle.i]
        + [c.i for c in participle.children if c.dep_ in ("neg", "advmod") and c.i < participle.i]
    )
    if first < 2 or doc[first - 1].text != ",":
        return None
    verb = doc[first - 2]
    if lemma_of(verb) not in SPEECH or verb.dep_ != "parataxis" or verb.head.i != participle.i:
        return None
    return verb


def _set_off_antecedent(participle):
    """The noun a relative clause set off by dashes or commas describes, when a participle
    after the clause's closing mark hangs on the clause's verb ("with Hillary Clinton — who's
    called for big tax hikes — lambasting Trump's plan"): the participle goes on from the
    noun, not from inside the aside, and its doer is the noun, not the "who"."""
    head = participle.head
    if participle.tag_ != "VBG" or head.dep_ != "relcl" or head.i > participle.i:
        return None
    if not any(c.dep_ in SOURCE_DEPS and c.tag_ in ("WP", "WDT") for c in head.children):
        return None
    doc = participle.doc
    closing = doc[participle.i - 1]
    opening = doc[head.left_edge.i - 1]
    if closing.text not in (*DASHES, ",") or opening.text != closing.text:
        return None  # a mark right before the participle that pairs with the one opening
    return head.head  # the clause


def _apposed_speaker(subject):
    """The name set off after a subject that the parser took from the phrase before it,
    where a verb or preposition right before the subject is left without its object ("To
    understand the real Dred Scott, Chief Justice Roberts said, ...", "With 50 days until
    the election, Minyon Moore, a senior adviser, called ..."): the object is that verb's or
    preposition's, and the name after the comma is the speaker."""
    doc = subject.doc
    start = subject.left_edge.i
    if start == 0:
        return subject
    before = doc[start - 1]
    dangling = (
        before.pos_ == "ADP"
        and before.dep_ == "prep"
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)
    ) or (
        before.pos_ == "VERB"
        and before.tag_ == "VB"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in before.children)
    )
    names = [
        c
        for c in subject.children
        if c.dep_ == "appos" and c.i > subject.i and doc[c.left_edge.i - 1].text == ","
    ]
    if not dangling or not names or names[0].pos_ != "PROPN":
        return subject
    return names[0]


# Parts of speech of a noun phrase's last word, which can be a verb's subject.
NOMINAL = frozenset(("PROPN", "PRON"))


def _stranded_subject(verb):
    """The noun right before a finite verb the parser left without a subject, which it hung
    on a phrase before ("... mishandled the investigation and Democrats accused the GOP of
    ...": "Democrats" read as a second object of "mishandled"); a finite verb of saying has
    a subject, and the noun phrase that ends right before it is that subject; a verb joined
    to it shares it ("... Obama and Clinton call them 'lone wolves' and describe ..."). The
    name may close with its apposition ("In Washington, Marc H. Morial, the chief executive
    of the National Urban League, told ..."), and a list joined by "and" or "or" is the
    speaker as a whole. Not a relative pronoun ("a tax that seems"), nor the object of a
    preposition ("voters in Florida shows")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ == "conj":
        return None
    first = verb.i
    while first > verb.sent.start and (
        verb.doc[first - 1].head.i == verb.i
        and verb.doc[first - 1].dep_ in ("aux", "neg", "advmod")
    ):
        first -= 1
    if first == verb.sent.start:
        return None
    before = verb.doc[first - 1]
    if before.text == "," and before.head.i < before.i:
        before = before.head  # "Marc H. Morial, the chief executive of ..., told": its name
    if _adjective_as_noun(before, verb):
        return before  # '"...," the 54-year-old said'
    if (
        before.pos_ not in NOMINAL
        or before.tag_ in ("WDT", "WP", "EX")
        or before.dep_ == "pobj"
        or before.head.i == verb.i
        or before.right_edge.i != first - 1
    ):
        return None
    chain = [before]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in NOMINAL:
        chain.append(chain[-1].head)
    if any(c.dep_ == "cc" for member in chain for c in member.children):
        return chain[-1]  # "the United States, Britain and France support": all three
    return before


def _participle_read_as_main(verb):
    """The subject of a participle the parser made the main verb, a finite verb after it
    without a subject or a conjunction of its own being hung on it as an adverbial clause
    or a loose dependent ("Protesters marching through the streets chanted ...":
    "marching" the root, its subject "Protesters", "chanted" its clause): the participle
    modifies the subject, which is the finite verb's, if any."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "dep")
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or head.tag_ not in ("VBG", "VBN")
        or head.i >= verb.i
        or any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)
        or any(c.tag_ in ("WRB", "WDT", "WP") for c in verb.children if c.i < verb.i)
    ):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == head.i - 1
        ),
        None,
    )


def _adjective_as_noun(adjective, verb) -> bool:
    """An adjective standing for a person ("the 54-year-old", "the elder"), right before a
    verb the parser hung it and its article on as modifiers ('"...," the 54-year-old said')."""
    return (
        adjective.pos_ == "ADJ"
        and adjective.dep_ == "amod"
        and adjective.head.i == verb.i
        and any(
            c.dep_ == "det" and c.i == adjective.left_edge.i - 1 and c.lower_ in ("the", "a", "an")
            for c in verb.children
        )
    )


# Verbs of causing, urging or needing whose object is the doer of their infinitive ("forced
# Stumpf to admit", "led the journalist to fear", "needs more voters to judge him").
OBJECT_CONTROL = frozenset(
    """force lead prompt cause push press pressure persuade convince urge ask tell encourage
    allow enable need want expect invite require compel drive inspire get""".split()
)


# Verbs of leaving, keeping, catching or perceiving whose object is the doer of the
# participle after it ("left many nations feeling that ...", "caught him saying", "the
# video shows Trump saying").
PARTICIPLE_CONTROL = frozenset(
    "leave keep find catch see hear watch show film record quote".split()
)


# Verbs of permitting or requiring: what their infinitive says is what someone may or must
# do, a permission or a duty, not what anyone said or thought ("the law requires candidates
# to disclose their assets", "may not let editorials tell them how to vote"); not "force",
# "lead" or "prompt", whose object did it ("forced the banker to admit").
PERMITTING = frozenset(
    "let allow permit enable require entitle authorize authorise oblige obligate empower".split()
)


def permitted(verb) -> bool:
    """A cue in the infinitive, or a bare verb, after a verb of permitting or requiring
    ("rules that allow companies to tell one country that ...", "Congress requires all
    candidates to release their returns", "may not let editorials tell them how to vote"):
    what the one permitted or obliged may or must say is no report of what they said, and
    the attribution is the permission's (`quotes._permission_quote`). Not the "let" of a
    proposal ("let's focus on ...")."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.tag_ == "VB"
        and head.i < verb.i
        and lemma_of(head) in PERMITTING
        and not (head.lower_ == "let" and head.doc[head.i + 1].lower_ in ("us", "'s", "’s"))
    )


def _controller(verb):
    """The object of an object-control verb that does what its infinitive (or, after a verb
    of leaving or perceiving, its participle) says, if any."""
    head = verb.head
    infinitive = lemma_of(head) in OBJECT_CONTROL and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    participle = (
        lemma_of(head) in PARTICIPLE_CONTROL and verb.tag_ == "VBG" and verb.dep_ == "xcomp"
    )
    if verb.dep_ not in ("xcomp", "advcl") or head.i >= verb.i or not (infinitive or participle):
        return None
    return next(
        (c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i),
        None,
    )


def source_span(subject, cue_start_token, doc) -> tuple[int, int]:
    """The whole noun phrase of the speaker, with its titles, appositions and relative
    clauses, and the punctuation that closes it before the cue ("Brian Fallon, the
    campaign's press secretary, said")."""
    first, last = _split_subject(subject, cue_start_token)
    if _adjective_as_noun(subject, subject.head):  # "the 54-year-old": its article too
        first = min(first, subject.left_edge.i - 1)
    tokens = list(doc[first : last + 1])
    if subject.i < cue_start_token.i:
        tokens = list(doc[first : cue_start_token.i])
        while tokens and (tokens[-1].is_space or tokens[-1].dep_ in ("advmod", "aux", "neg")):
            tokens = tokens[:-1]
        if any(not (t.is_punct or t.is_space) for t in tokens[last - tokens[0].i + 1 :]):
            tokens = list(doc[first : last + 1])
    tokens = _without_aside(subject, tokens)
    tokens = _without_inner_aside(subject, tokens)
    dashes = [
        t.i
        for t in tokens
        if t.text in (*DASHES, "-")
        and t.whitespace_
        and (t.i < subject.i or _dateline(tokens[: t.i - tokens[0].i]))
        and t.i > tokens[0].i
        and t.doc[t.i - 1].whitespace_
    ]
    if dashes:  # "BRUSSELS - European leaders said": a dateline before the speaker
        tokens = [t for t in tokens if t.i > dashes[-1]]
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or tokens[0].pos_ == "CCONJ"
        and not (tokens[0].lower_ in ("neither", "either") and tokens[0].dep_ in ("preconj", "det"))
        or tokens[0].lower_ in FOCUS
        and tokens[0].head.i == subject.i
    ):  # "But Trump claims", "Both ... and", "Even China said": they name no one; but
        # "Neither Trump nor Clinton has said": "Trump nor Clinton" is no phrase
        tokens = tokens[1:]
    for child in subject.children:  # "A group of doctors in 2015 wrote": when, not who;
        # '"...," said Sen. John Smith in a statement': where, the cue's
        if (
            child.dep_ == "prep"
            and child.i > subject.i
            and tokens
            and child.right_edge.i == tokens[-1].i
            and (
                all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree if t.i > child.i)
                or _medium_phrase(child)
                and subject.i > cue_start_token.i
            )
        ):
            tokens = [t for t in tokens if t.i < child.i]
        if (  # "Trump this week said": the date the parser hung on the name, the cue's
            child.dep_ == "npadvmod"
            and child.i > subject.i
            and tokens
            and child.right_edge.i == tokens[-1].i
            and child.left_edge.i > subject.i
            and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        ):
            tokens = [t for t in tokens if t.i < child.left_edge.i]
    while tokens and (tokens[-1].is_space or tokens[-1].text in QUOTE_CHARS + "''``"):
        tokens = tokens[:-1]
    if tokens and tokens[-1].text in ("(",):
        tokens = tokens[:-1]
    if tokens and tokens[-1].text == "," and not any(t.text == "," for t in tokens[:-1]):
        tokens = tokens[:-1]  # "said Caddell, speaking of": a comma that closes no aside
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _medium_phrase(prep) -> bool:
    """A phrase of the medium the parser hung on the name of a speaker after the cue, which
    is the cue's ('"...," said Sen. John Smith, R-Ariz., in a statement'): "in", "on",
    "at", "during" or "via" and a medium of saying (`MEDIA_WORDS`). Before the cue the
    phrase stays ("officials at the briefing said": cut there too, test source exact fell)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.lower_ in ("in", "on", "at", "during", "via")
        and bool(objects)
        and lemma_of(objects[0]) in MEDIA_WORDS
    )


def _split_subject(subject, cue_start_token) -> tuple[int, int]:
    """The first and last tokens of the speaker's phrase when the parser split it into
    several subjects of the verb ("Ban Ki-moon, the secretary general of the United
    Nations, vowed", "The family, protesters and civic leaders have been demanding", "His
    ex-wife agreed": each part a subject of its own): the subjects after it up to the cue,
    joined by nothing but commas and conjunctions, are one phrase with it; after a colon or
    a dash, or a relative pronoun, the phrase starts again ("The Latest: Trump urges",
    "public ― Trump boasted": a heading or the end of the sentence before)."""
    doc = subject.doc
    first, last = subject.left_edge.i, subject.right_edge.i
    if subject.dep_ not in SOURCE_DEPS:
        return first, last
    others = sorted(
        (
            c
            for c in subject.head.children
            if c.dep_ in SOURCE_DEPS and subject.i < c.i < cue_start_token.i
        ),
        key=lambda c: c.i,
    )
    for other in others:
        if not all(
            t.is_punct or t.is_space or t.pos_ == "CCONJ" for t in doc[last + 1 : other.left_edge.i]
        ):
            break
        words = [t.i for t in doc[first : last + 1] if not (t.is_punct or t.is_space)]
        gap = doc[(words[-1] if words else last) + 1 : other.left_edge.i]
        if any(t.text == ":" or t.text in DASHES for t in gap) or doc[first].tag_ in ("WDT", "WP"):
            first = other.left_edge.i  # "which, advocates say, ...": the advocates say it
        last = max(last, other.right_edge.i)
    return _listed_before(doc, first), last


def _listed_before(doc, first: int) -> int:
    """Where a speaker's phrase starts when a name set off by a comma before it opens the
    clause, after a semicolon or colon, and the parser hung it on the clause before ("World
    leaders denounce the test; Obama, others vow consequences": "Obama" read as a phrase
    of "denounce"): a list of the speakers without "and", as headlines write it."""
    if first < 2 or doc[first - 1].text != ",":
        return first
    name = doc[first - 2]
    if name.pos_ != "PROPN" or name.dep_ in SOURCE_DEPS:
        return first
    start = name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    if start == 0 or doc[start - 1].text not in (";", ":"):
        return first
    return start


def _dateline(tokens) -> bool:
    """A place in capitals opening an article's first sentence ("WASHINGTON --", "NEW YORK
    (AP) --"), which the parser may take for the speaker."""
    words = [t for t in tokens if not t.is_punct]
    return (
        bool(words)
        and tokens[0].i == tokens[0].sent.start
        and all(t.is_upper for t in words if t.is_alpha)
    )


def _without_aside(subject, tokens) -> list:
    """A speaker without the participle set off by commas that tells what they were doing
    ("Trump, speaking to veterans, said"; '"...," said Jones, speaking of the voters') or
    the phrase of the medium set off there ("Clinton, in a speech Thursday, accused");
    appositions and relative clauses stay ("Brian Fallon, the campaign's press secretary,
    said"). What the speaker's apposition has set off is read so too ("Mike Pence, Trump's
    running mate, who has defended the nominee, said": an attribution of its own)."""
    apposed = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    for child in [*subject.children, *(g for a in apposed for g in a.children if g.i > a.i)]:
        if child.i < subject.i or not (
            child.dep_ in ("acl", "advcl")
            and child.tag_ == "VBG"
            or _attribution_clause(child)
            or _set_off_medium(child, tokens)
            or _time_clause(child)
        ):
            continue
        comma = child.left_edge.i - 1
        if comma > tokens[0].i and child.doc[comma].text in (",", *DASHES):
            return [t for t in tokens if t.i < comma]  # a comma, or a dash ("Clinton — who")
    return tokens


# Verbs of judging someone for what they did, whose object did the gerund after their
# preposition ("accused Trump of saying", "praised the mayor for standing firm").
JUDGING_FOR = frozenset(
    """accuse blame criticize criticise praise thank fault credit attack slam blast
    condemn applaud commend congratulate chastise rebuke scold suspect""".split()
)


def _judged_doer(prep):
    """The object of a verb of judging before the preposition a gerund follows ("accused
    Trump of saying that ...": Trump said it, not the accusers), if any."""
    verb = prep.head
    if lemma_of(verb) not in JUDGING_FOR or prep.lower_ not in ("of", "for"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < prep.i), None)


def _time_clause(clause) -> bool:
    """A clause that a conjunction of time or condition opens, set off after the speaker,
    which the parser hung on the name ("Trump, when asked about the tape, said ...",
    "Clinton, while campaigning in Ohio, said"): when the cue's act took place, no part of
    the speaker; not a relative clause ("who", "which")."""
    first = clause.left_edge
    return (
        clause.dep_ in ("relcl", "acl", "advcl")
        and first.lower_ in ("when", "while", "after", "before", "once", "if", "whenever")
        and first.head.i == clause.i
    )


def _set_off_medium(prep, tokens) -> bool:
    """A phrase of the medium set off by commas between the speaker and the cue ("Clinton,
    in a speech Thursday, accused ..."): where the speaker said it, the cue's, whose only
    company up to the closing comma is a date."""
    if prep.dep_ != "prep" or not _medium_phrase(prep) or not tokens:
        return False
    rest = [t for t in tokens if t.i > prep.right_edge.i]
    return (
        bool(rest)
        and rest[-1].text == ","
        and all(t.ent_type_ in ("DATE", "TIME") for t in rest[:-1])
    )


def _without_inner_aside(subject, tokens) -> list:
    """A speaker's phrase up to the comma that sets off a remark on a noun inside it, not on
    the speaker ("Michael Mulgrew, president of the United Federation of Teachers, which
    represents the city's teachers, said"; "Jean-Marc Ayrault, the foreign minister of
    France, a permanent member of the Security Council, said"): the writer's note on that
    noun, which closes the phrase."""
    if not tokens:
        return tokens
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    last = words[-1].i if words else tokens[-1].i
    for token in tokens:
        head = token.head
        if (
            token.dep_ == "relcl"
            and head.i != subject.i
            and head.dep_ == "pobj"
            and head.i < token.i
            and token.right_edge.i >= last
            and token.left_edge.lower_ in ("which", "whose")
        ):
            comma = token.left_edge.i - 1
            if comma > head.i and token.doc[comma].text == ",":
                return [t for t in tokens if t.i <= comma]
    return tokens


def _attribution_clause(clause) -> bool:
    """A relative clause set off after the speaker whose verb is itself a cue with "who" as
    its subject ("Mr. Kamin, who emphasized that ..., said"): an attribution of its own, its
    source the "who" (`find_quotes` reports it), which a univocal reading (each word in one
    attribution) keeps out of the speaker's span."""
    return (
        clause.dep_ == "relcl"
        and clause.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        and is_cue(clause)
        and content_of(clause) is not None
    )


def passive_target(verb, subject) -> bool:
    """The subject of a cue in the passive is what is said or judged, not who says it ("He
    has been harshly criticized for ...", "Obama's veto is expected"), unless the verb is
    one of feeling, whose passive subject feels ("Protesters were frustrated that ...")."""
    return (
        subject.dep_ == "nsubjpass" and subject.head.i == verb.i and lemma_of(verb) not in FEELING
    )


def agent_span(verb) -> tuple[int, int] | None:
    """The object of a passive verb's "by", its speaker ("has been called a charlatan by
    fellow physicians"), if any."""
    for agent in verb.children:
        if agent.dep_ == "agent" and agent.i > verb.i:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return span_chars(agent_tokens(verb, objects[0]))
    return None


def agent_tokens(verb, noun) -> list:
    """The tokens of the object of a passive verb's "by", without the verb's own
    preposition that the parser hung on that object (`stray_agent_prep`)."""
    stray = stray_agent_prep(verb, noun)
    tokens = list(noun.subtree)
    return tokens if stray is None else [t for t in tokens if t.i < stray.i]


def asks_the_reader(verb, subject, marks) -> bool:
    """A question the writer puts to the reader, outside any quotation ("If Trump were a
    woman, would you still vote for her?", "Do you know where his returns are?"): "you" is
    the verb's own subject and the sentence ends with a question mark; it asks what the
    reader thinks or does and reports no one's words."""
    if subject.lower_ != "you" or subject.head.i != verb.i:
        return False
    sent = verb.sent
    if not sent.text.rstrip().endswith("?"):
        return False
    return region_at(marks, verb.idx, verb.idx + len(verb.text)) is None


def describing_speakers(quotes: list, doc) -> list:
    """The quotes less those whose cue lies in a participle that describes the speaker of
    another quote and is part of that one's source ("Americans worried about immigration
    might stop to consider ...": the participle tells who speaks, and PolNeAR gives each
    word to one attribution). Not a relative clause ("Peter Morgan, who has been
    challenging the coal industry, said"), which PolNeAR often marks as an attribution of
    its own."""
    sources = [(q.source_start, q.source_end) for q in quotes if q.source_end]
    return [q for q in quotes if not _describes_a_speaker(q, sources, doc)]


def _describes_a_speaker(quote, sources, doc) -> bool:
    outer = [
        (start, end)
        for start, end in sources
        if start <= quote.cue_start
        and quote.cue_end <= end
        and (start, end) != (quote.source_start, quote.source_end)
    ]
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand") if outer else None
    if cue is None:
        return False
    return any(
        token.dep_ == "acl" and any(start <= token.head.idx < end for start, end in outer)
        for token in (cue.root, *cue.root.ancestors)
    )
