"""How the PLOVER coder reads a word and its dependents.

The lemma, where spaCy's is wrong the lexicon's (`lemma_fixes`); a hyphenated word the
tokenizer split, written both ways; a verb's objects and particles, as the parser misplaces
them too; the words an object is looked up by in the lexicon ("joint exercises",
"exercises", "a state of emergency"); "ruled out"; the plan a "for" names ("plans for air
strikes").
"""

from __future__ import annotations

from wirecode.events.plover_lexicon import PloverLexicon, load
from wirecode.events.verb_forms import to_infinitive


def lemma_of(token) -> str:
    """The token's lemma, where spaCy's is wrong the lexicon's ("raped" -> "rape", "wound
    up" -> "wind"), with the prefix "co-" the tokenizer split off ("co-operated" ->
    "cooperate")."""
    lex = load()
    lemma = lex.lemma_fixes.get(token.lower_) or token.lemma_.lower()
    if token.lower_ in lex.particle_lemma_fixes:
        by_particle = lex.particle_lemma_fixes[token.lower_]
        fixed = [
            by_particle[c.lower_]
            for c in token.children
            if c.dep_ == "prt" and c.lower_ in by_particle
        ]
        lemma = fixed[0] if fixed else lemma
    if hyphen_prefix(token) == "co":
        return "co" + lemma
    return lemma


def hyphen_prefix(token) -> str | None:
    """The word the tokenizer split off before a hyphen ("cease" of "cease-fire")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "":
        if doc[i - 2].whitespace_ == "":
            return doc[i - 2].lower_
    return None


def split_verb_head(token):
    """The first piece of a hyphenated verb that the parser split into sibling words, which
    carries the clause's auxiliaries and negation ("will not co-operate": "will" and "not"
    hang on "co", "operate" is its sister); otherwise the token itself."""
    doc, i = token.doc, token.i
    if hyphen_prefix(token) is None or token.pos_ not in ("VERB", "AUX"):
        return token
    first = doc[i - 2]
    if first.head.i == token.head.i and first.dep_ == token.dep_ and first.i != token.head.i:
        return first
    return token


def joined_forms(token) -> list[str]:
    """A hyphenated word the tokenizer split, written both ways ("cease-fire", "ceasefire")."""
    prefix = hyphen_prefix(token)
    if prefix is None:
        return []
    return [f"{prefix}-{token.lower_}", f"{prefix}{token.lower_}"]


def objects_of(token) -> list:
    """Direct objects, passive subjects, and objects of a particle-less preposition-less verb."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    found += [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"]  # "took
    # three foreigners hostage": a noun complement of the object
    found += [c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]  # "found
    # the colonel guilty", parsed as a small clause: its adjective names the act
    found += [  # "held Arafat personally responsible", the adjective with an adverb read as
        c  # an adverbial clause: after the object, it is the object's predicate
        for c in token.children
        if c.dep_ == "advcl"
        and c.pos_ == "ADJ"
        and any(o.dep_ == "dobj" and o.i < c.i for o in token.children)
    ]
    found += [  # "allowed the inspectors to return": the subject the parser gives the
        s  # infinitive is the verb's object
        for c in token.children
        if c.dep_ == "ccomp" and to_infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
    ]
    if not found and token.tag_ == "VBN" and token.dep_ in ("ccomp", "xcomp"):
        if lemma_of(token.head) in ("have", "get"):  # "had their throats cut": what one has
            found += [c for c in token.children if c.dep_ == "nsubj"]  # done to one
    if not found and any(c.dep_ == "dative" for c in token.children):
        found += [c for c in token.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
        # "gave the rebels 48 hours": the second object, which the parser reads as a measure
    if not found and (shifted := shifted_object(token)) is not None:
        found.append(shifted)
    if not found and token.dep_ == "conj" and token.tag_ == "VBN":  # "was stripped of his
        found += [c for c in token.head.children if c.dep_ == "nsubjpass"]  # citizenship and
        # expelled": a passive subject the conjuncts share
    for child in list(found):
        found.extend(c for c in child.children if c.dep_ == "conj")
    return found


def shifted_object(token):
    """An object moved after a "by" phrase ("shortened by one hour the nightly curfew"), which
    the parser reads as an agent of the active verb: the noun right after the phrase."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None
    for word in token.doc[agent.right_edge.i + 1 : agent.right_edge.i + 5]:
        if word.pos_ == "NOUN":
            return word
        if word.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def object_words(obj) -> list[str]:
    """An object's words, and those of its "of" phrase ("a state of emergency", "dollars of
    aid"); first the noun with its modifier, which is more specific ("held joint exercises"
    is cooperation where "held exercises" is a show of force); before all, the words of what
    a carrier carries ("planes loaded with medical supplies", "trucks carrying food")."""
    words = [w for cargo in _cargo(obj) for w in object_words(cargo)]
    words += [
        f"{c.lower_} {obj.lower_}"
        for c in obj.children
        if c.dep_ in ("amod", "compound") and c.i < obj.i
    ]
    words += [*joined_forms(obj), obj.lower_, lemma_of(obj)]
    words += [  # "held the rebels responsible", "found the colonel guilty": a predicate
        c.lower_ for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"
    ]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [w for o in prep.children if o.dep_ == "pobj" for w in (o.lower_, lemma_of(o))]
    return words


def _cargo(obj) -> list:
    """What a carrier noun carries: the object of "carrying", the "with" of "loaded with"."""
    lex = load()
    if obj.lower_ not in lex.carriers:
        return []
    return [
        cargo
        for verb in obj.children
        if verb.dep_ == "acl" and lemma_of(verb) in lex.carrying
        for cargo in (
            *(c for c in verb.children if c.dep_ == "dobj"),
            *(
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                if o.dep_ == "pobj"
            ),
        )
    ]


def particles_of(token) -> list:
    """The verb's particles, also where the parser read one as a preposition or adverb right
    after the verb ("walked out of parliament", "pulled back"), "out of" after the object
    ("forced the agency out of the country"), or as an adjective of the object right after
    the verb ("set free 15 soldiers"), or as "more than" of its object's number."""
    return (
        [
            c
            for c in token.children
            if c.dep_ == "prt"
            or c.dep_ in ("prep", "advmod")
            and c.i == token.i + 1
            or c.dep_ == "advmod"  # "pulled its troops back": a particle after the object
            and c.lower_ in _LATE_PARTICLES
            and any(o.dep_ == "dobj" and o.i < c.i for o in token.children)
            or c.dep_ == "prep"
            and c.lower_ == "out"
            and any(o.lower_ == "of" for o in c.children)
        ]
        + [
            a
            for o in token.children
            if o.dep_ == "dobj"
            for a in o.children
            if a.dep_ == "amod" and a.i == token.i + 1
        ]
        + _counted_particles(token)
    )


def _counted_particles(verb) -> list:
    """A particle right after the verb that the parser reads as "more than" of its object's
    number: "handed over 15 heavy guns", "turned over 200 rifles"."""
    return [
        q
        for o in verb.children
        if o.dep_ == "dobj"
        for n in o.children
        if n.dep_ == "nummod"
        for q in n.children
        if q.dep_ == "quantmod" and q.i == verb.i + 1 and q.lower_ in _COUNTED_PARTICLES
    ]


_COUNTED_PARTICLES = {"over", "up"}  # "turned over 200 rifles", "rounded up 30 suspects"


_LATE_PARTICLES = {"back", "out", "off", "away", "down"}


def nested_preps(preps) -> list:
    """The prepositions hung on the objects of `preps`, where the parser puts a phrase of the
    verb's: "came under fire from X over Y" (on "fire"), "accused Iran at a UN meeting of
    arming Hezbollah" (on "meeting")."""
    return [
        p
        for prep in preps
        for o in prep.children
        if o.dep_ == "pobj"
        for p in o.children
        if p.dep_ == "prep"
    ]


def phrasal_lemmas(verb) -> set[str]:
    """The verb's lemma alone and with each of its particles: "call", "call off"."""
    lemma = lemma_of(verb)
    return {lemma, *(f"{lemma} {c.lower_}" for c in particles_of(verb))}


def ruling_out(verb) -> bool:
    """ "ruled out", "did not rule out": the verb of excluding an option."""
    return lemma_of(verb) == "rule" and any(c.lower_ == "out" for c in particles_of(verb))


def planned_for(token, lex: PloverLexicon):
    """The noun of intention whose "for" the token is the object of: "drew up plans for air
    strikes", also where the parser hangs the "for" on the verb ("announced plans on Monday
    for the release"). None if there is none."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    holder = token.head.head
    nouns = [holder] if holder.pos_ == "NOUN" else []
    if holder.pos_ == "VERB":
        nouns = [c for c in holder.children if c.dep_ == "dobj" and c.i < token.i]
    return next((n for n in nouns if lemma_of(n) in lex.intention_nouns), None)
