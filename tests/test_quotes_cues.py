"""Whether a word is a cue at all, read on parses built by hand: idioms and constructions
in which a verb of saying, thinking or finding reports no one's words or thoughts."""

from __future__ import annotations

import pytest

from parses import hand_parse
from wirecode.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp():
    from wirecode.nlp import load

    return load()


# "find" with "a way" as its object: managing to do something, nothing found to be so
FOUND_A_WAY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("farmers", 2, "nsubj", "NOUN", "NNS", "farmer"),
    ("found", 2, "ROOT", "VERB", "VBD", "find"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("way", 2, "dobj", "NOUN", "NN", "way"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("sell", 4, "acl", "VERB", "VB", "sell"),
    ("their", 8, "poss", "PRON", "PRP$", "their"),
    ("grain", 6, "dobj", "NOUN", "NN", "grain"),
    ("abroad", 6, "advmod", "ADV", "RB", "abroad"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "find" with the subject itself as its object: ending up somewhere
FIND_THEMSELVES = [
    ("Aid", 1, "compound", "NOUN", "NN", "aid"),
    ("workers", 3, "nsubj", "NOUN", "NNS", "worker"),
    ("often", 3, "advmod", "ADV", "RB", "often"),
    ("find", 3, "ROOT", "VERB", "VBP", "find"),
    ("themselves", 3, "dobj", "PRON", "PRP", "themselves"),
    ("in", 3, "prep", "ADP", "IN", "in"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("crossfire", 5, "pobj", "NOUN", "NN", "crossfire"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
# a finding: an inquiry found what is so
STUDY_FOUND = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("audit", 2, "nsubj", "NOUN", "NN", "audit"),
    ("found", 2, "ROOT", "VERB", "VBD", "find"),
    ("12", 4, "nummod", "NUM", "CD", "12"),
    ("cases", 2, "dobj", "NOUN", "NNS", "case"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("fraud", 5, "pobj", "NOUN", "NN", "fraud"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize("rows", [FOUND_A_WAY, FIND_THEMSELVES], ids=["a way", "themselves"])
def test_find_in_its_idioms_of_managing_and_ending_up_reports_no_finding(nlp, rows):
    """ "The farmers found a way to sell their grain abroad", "Aid workers often find
    themselves in the crossfire": "find" with "a way" or a reflexive object means managing
    or ending up, and reports nothing found to be so (PolNeAR marks none of these)."""
    doc = hand_parse(nlp.vocab, rows)
    assert [q.cue for q in find_quotes(doc, [])] == []


def test_a_finding_with_an_object_is_still_reported(nlp):
    """ "The audit found 12 cases of fraud": what an inquiry found is its finding."""
    doc = hand_parse(nlp.vocab, STUDY_FOUND)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The audit", "found", "12 cases of fraud")]


# a verb of permitting or requiring, its object and a cue in the infinitive
REQUIRES = [
    ("Federal", 1, "amod", "ADJ", "JJ", "federal"),
    ("law", 2, "nsubj", "NOUN", "NN", "law"),
    ("requires", 2, "ROOT", "VERB", "VBZ", "require"),
    ("candidates", 2, "dobj", "NOUN", "NNS", "candidate"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("disclose", 2, "xcomp", "VERB", "VB", "disclose"),
    ("their", 7, "poss", "PRON", "PRP$", "their"),
    ("assets", 5, "dobj", "NOUN", "NNS", "asset"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "let" and a bare verb of saying with its own subject
LET_TELL = [
    ("Readers", 3, "nsubj", "NOUN", "NNS", "reader"),
    ("may", 3, "aux", "AUX", "MD", "may"),
    ("not", 3, "neg", "PART", "RB", "not"),
    ("let", 3, "ROOT", "VERB", "VB", "let"),
    ("editorials", 5, "nsubj", "NOUN", "NNS", "editorial"),
    ("tell", 3, "ccomp", "VERB", "VB", "tell"),
    ("them", 5, "dobj", "PRON", "PRP", "they"),
    ("how", 9, "advmod", "SCONJ", "WRB", "how"),
    ("to", 9, "aux", "PART", "TO", "to"),
    ("vote", 5, "xcomp", "VERB", "VB", "vote"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
# "force": the object did what the infinitive says
FORCED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("forced", 2, "ROOT", "VERB", "VBD", "force"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("banker", 2, "dobj", "NOUN", "NN", "banker"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("admit", 2, "xcomp", "VERB", "VB", "admit"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("he", 10, "nsubj", "PRON", "PRP", "he"),
    ("had", 10, "aux", "AUX", "VBD", "have"),
    ("lied", 6, "ccomp", "VERB", "VBN", "lie"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (REQUIRES, ("Federal law", "requires", "candidates to disclose their assets")),
        (LET_TELL, ("Readers", "may not let", "editorials tell them how to vote")),
    ],
    ids=["requires", "let"],
)
def test_a_cue_after_a_verb_of_permitting_or_requiring_is_the_permission(nlp, rows, expected):
    """ "Federal law requires candidates to disclose their assets", "Readers may not let
    editorials tell them how to vote": the candidates have disclosed nothing and the
    editorials told nothing; what is reported is the law's duty and the readers' stance,
    the verb of permitting the cue and its object with the infinitive the content (as
    PolNeAR marks "DNC rules permit members to appoint proxies ..."); the object had been
    the source of the infinitive's own attribution."""
    doc = hand_parse(nlp.vocab, rows)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [expected]


def test_the_object_of_force_still_says_what_its_infinitive_says(nlp):
    """ "The senator forced the banker to admit that he had lied": the banker admitted it."""
    doc = hand_parse(nlp.vocab, FORCED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("the banker", "to admit", "that he had lied")]


# a verb of permitting in the passive: its subject is the one permitted
NOT_ALLOWED = [
    ("Reporters", 3, "nsubjpass", "NOUN", "NNS", "reporter"),
    ("were", 3, "auxpass", "AUX", "VBD", "be"),
    ("not", 3, "neg", "PART", "RB", "not"),
    ("allowed", 3, "ROOT", "VERB", "VBN", "allow"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("ask", 3, "xcomp", "VERB", "VB", "ask"),
    ("questions", 5, "dobj", "NOUN", "NNS", "question"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_the_one_permitted_in_the_passive_is_no_source_of_the_permission(nlp):
    """ "Reporters were not allowed to ask questions": the permission (here refused) is
    someone else's, unnamed; the reporters asked nothing and hold no stance."""
    doc = hand_parse(nlp.vocab, NOT_ALLOWED)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("", "were not allowed", "to ask questions")]


# "made clear that ..." without "it"
MADE_CLEAR = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 3, "nsubj", "NOUN", "NN", "senator"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("made", 3, "ROOT", "VERB", "VBN", "make"),
    ("clear", 3, "ccomp", "ADJ", "JJ", "clear"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("bill", 8, "nsubj", "NOUN", "NN", "bill"),
    ("fails", 3, "ccomp", "VERB", "VBZ", "fail"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_made_clear_without_it_is_the_makers_claim(nlp):
    """ "The senator has made clear that the bill fails": the senator's, as "made it clear
    that" already was."""
    doc = hand_parse(nlp.vocab, MADE_CLEAR)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The senator", "has made clear", "that the bill fails")]


# "There is concern that ...", "that" tagged a complementizer but made the clause's object
CONCERN_THAT = [
    ("There", 1, "expl", "PRON", "EX", "there"),
    ("is", 1, "ROOT", "VERB", "VBZ", "be"),
    ("concern", 1, "attr", "NOUN", "NN", "concern"),
    ("that", 7, "dobj", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("party", 7, "nsubj", "NOUN", "NN", "party"),
    ("will", 7, "aux", "AUX", "MD", "will"),
    ("lose", 2, "acl", "VERB", "VB", "lose"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# a relative "that" after a noun of intention, tagged the same way
PLANS_THAT = [
    ("Pick", 0, "ROOT", "VERB", "VB", "pick"),
    ("one", 0, "dobj", "NUM", "CD", "one"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("plans", 2, "pobj", "NOUN", "NNS", "plan"),
    ("that", 8, "dobj", "SCONJ", "IN", "that"),
    ("your", 7, "poss", "PRON", "PRP$", "your"),
    ("state", 8, "nsubj", "NOUN", "NN", "state"),
    ("offers", 4, "relcl", "VERB", "VBZ", "offer"),
    (".", 0, "punct", "PUNCT", ".", "."),
]


def test_a_noun_of_saying_takes_a_that_the_parser_made_an_object(nlp):
    """ "There is concern that the party will lose": the concern's clause, though the parser
    made "that" (tagged a complementizer) the object of "lose"."""
    doc = hand_parse(nlp.vocab, CONCERN_THAT)
    found = [(q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("concern", "that the party will lose")]


def test_a_relative_that_after_a_noun_of_intention_opens_no_content(nlp):
    """ "Pick one of the plans that your state offers": a relative clause."""
    doc = hand_parse(nlp.vocab, PLANS_THAT)
    assert [q.cue for q in find_quotes(doc, []) if q.cue == "plans"] == []


# the terms on which a source speaks
ON_CONDITION = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("official", 2, "nsubj", "NOUN", "NN", "official"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("condition", 3, "pobj", "NOUN", "NN", "condition"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("anonymity", 5, "pobj", "NOUN", "NN", "anonymity"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_speaking_on_condition_of_anonymity_names_no_topic(nlp):
    """ "The official spoke on condition of anonymity": the terms on which the official
    spoke to the reporter, not what about ("spoke on the economy" is a topic)."""
    doc = hand_parse(nlp.vocab, ON_CONDITION)
    assert [q.cue for q in find_quotes(doc, [])] == []


# a verb of speaking with feeling and its clause
GROUSED_THAT = [
    ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
    ("groused", 1, "ROOT", "VERB", "VBD", "grouse"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("debate", 5, "nsubj", "NOUN", "NN", "debate"),
    ("was", 1, "ccomp", "AUX", "VBD", "be"),
    ("unfair", 5, "acomp", "ADJ", "JJ", "unfair"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# the same verb alone reports nothing
ROARED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("crowd", 2, "nsubj", "NOUN", "NN", "crowd"),
    ("roared", 2, "ROOT", "VERB", "VBD", "roar"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_verb_of_speaking_with_feeling_reports_its_clause(nlp):
    """ "Trump groused that the debate was unfair": Levin's verbs of the manner of speaking
    and of speaking with feeling (grouse, fume, scoff, snap, growl, ...) are cues with a
    clause or a quotation."""
    doc = hand_parse(nlp.vocab, GROUSED_THAT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Trump", "groused", "that the debate was unfair")]


def test_a_verb_of_the_manner_of_speaking_alone_reports_nothing(nlp):
    """ "The crowd roared": no clause, no quotation, no attribution."""
    doc = hand_parse(nlp.vocab, ROARED)
    assert find_quotes(doc, []) == []


# "pushed back against the report": the particle read as an adverb, the preposition hung on it
PUSHED_BACK_AGAINST = [
    ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
    ("pushed", 1, "ROOT", "VERB", "VBD", "push"),
    ("back", 1, "advmod", "ADV", "RB", "back"),
    ("against", 2, "prep", "ADP", "IN", "against"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("report", 3, "pobj", "NOUN", "NN", "report"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_particle_read_as_an_adverb_keeps_its_preposition(nlp):
    """ "Trump pushed back against the report": the verb, its particle and the preposition
    make the cue, though the parser read "back" as an adverb and hung "against" on it; no
    attribution had been found."""
    doc = hand_parse(nlp.vocab, PUSHED_BACK_AGAINST)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Trump", "pushed back against", "the report")]


# "admit" letting someone in: the passive with no clause, and an object with its "to"
ADMITTED_TO_HOSPITAL = [
    ("Clinton", 2, "nsubjpass", "PROPN", "NNP", "Clinton"),
    ("was", 2, "auxpass", "AUX", "VBD", "be"),
    ("admitted", 2, "ROOT", "VERB", "VBN", "admit"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("hospital", 3, "pobj", "NOUN", "NN", "hospital"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
ADMITTING_TO_NATO = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("alliance", 2, "nsubj", "NOUN", "NN", "alliance"),
    ("admitted", 2, "ROOT", "VERB", "VBD", "admit"),
    ("Poland", 2, "dobj", "PROPN", "NNP", "Poland"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("NATO", 4, "pobj", "PROPN", "NNP", "NATO"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# a confession: what is admitted is a clause
ADMITTED_THAT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("admitted", 2, "ROOT", "VERB", "VBD", "admit"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("he", 5, "nsubj", "PRON", "PRP", "he"),
    ("erred", 2, "ccomp", "VERB", "VBD", "err"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    "rows", [ADMITTED_TO_HOSPITAL, ADMITTING_TO_NATO], ids=["passive", "object and to"]
)
def test_admit_in_its_sense_of_letting_in_is_no_cue(nlp, rows):
    """ "Clinton was admitted to the hospital", "The alliance admitted Poland to NATO":
    letting someone in, no confession (PolNeAR dev: "admitting Poland, Hungary, and the
    Czech Republic to NATO", "14 Catholics ... were admitted" are no attributions)."""
    doc = hand_parse(nlp.vocab, rows)
    assert [(q.source, q.cue, q.content) for q in find_quotes(doc, [])] == []


def test_admit_with_a_clause_is_a_confession(nlp):
    """ "The senator admitted that he erred": a cue, its clause what is admitted."""
    doc = hand_parse(nlp.vocab, ADMITTED_THAT)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("The senator", "admitted", "that he erred")]


# "as" and a verb that could be one of saying ("continue") with its own infinitive
AS_CONTINUED = [
    ("Prices", 1, "nsubj", "NOUN", "NNS", "price"),
    ("rose", 1, "ROOT", "VERB", "VBD", "rise"),
    ("as", 5, "mark", "SCONJ", "IN", "as"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("company", 5, "nsubj", "NOUN", "NN", "company"),
    ("continued", 1, "advcl", "VERB", "VBD", "continue"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("cut", 5, "xcomp", "VERB", "VB", "cut"),
    ("production", 7, "dobj", "NOUN", "NN", "production"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_an_as_clause_whose_verb_has_its_own_infinitive_reports_nothing(nlp):
    """'Prices rose as the company continued to cut production': the "as" clause says
    when, and its verb governs an infinitive of its own; it is no "as the company said"
    (the company had been the source of 'Prices rose')."""
    doc = hand_parse(nlp.vocab, AS_CONTINUED)
    assert [q.cue for q in find_quotes(doc, [])] == []


# a gerund of saying after a verb of going on or starting
KEEPS_SAYING = [
    ("Clinton", 1, "nsubj", "PROPN", "NNP", "Clinton"),
    ("keeps", 1, "ROOT", "VERB", "VBZ", "keep"),
    ("saying", 1, "xcomp", "VERB", "VBG", "say"),
    ("she", 4, "nsubj", "PRON", "PRP", "she"),
    ("opposed", 2, "ccomp", "VERB", "VBD", "oppose"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("war", 4, "dobj", "NOUN", "NN", "war"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
CONTINUED_ARGUING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("continued", 2, "ROOT", "VERB", "VBD", "continue"),
    ("arguing", 2, "xcomp", "VERB", "VBG", "argue"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("bill", 7, "nsubj", "NOUN", "NN", "bill"),
    ("was", 3, "ccomp", "AUX", "VBD", "be"),
    ("unfair", 7, "acomp", "ADJ", "JJ", "unfair"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (KEEPS_SAYING, [("Clinton", "keeps saying", "she opposed the war")]),
        (CONTINUED_ARGUING, [("The senator", "continued arguing", "that the bill was unfair")]),
    ],
)
def test_a_verb_of_going_on_and_its_gerund_of_saying_are_one_cue(nlp, rows, expected):
    """'Clinton keeps saying she opposed the war', 'The senator continued arguing that the
    bill was unfair': the saying goes on, one cue with the verb of going on, as "continues
    to insist" is; "continued" had been a cue of its own reporting the gerund's clause, and
    "keeps" had been left out of the cue."""
    found = [
        (q.source, q.cue, q.content)
        for q in find_quotes(hand_parse(nlp.vocab, rows), [])
        if q.source != "she"
    ]
    assert found == expected


# "Pence pushed back against the claim.": the particle read as an adverb and the
# preposition hung on the verb, as spaCy parses it
PUSHED_BACK = [
    ("Pence", 1, "nsubj", "PROPN", "NNP", "Pence"),
    ("pushed", 1, "ROOT", "VERB", "VBD", "push"),
    ("back", 1, "advmod", "ADV", "RB", "back"),
    ("against", 1, "prep", "ADP", "IN", "against"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("claim", 3, "pobj", "NOUN", "NN", "claim"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_particle_read_as_an_adverb_before_the_verbs_preposition_is_the_cues(nlp):
    """ "Pence pushed back against the claim": a verb, its particle and a preposition that
    make a cue (`PREP_CUES`), the particle read as an adverb and the preposition hung on
    the verb rather than on the particle; nothing had been found ("push" alone takes only
    "for")."""
    doc = hand_parse(nlp.vocab, PUSHED_BACK)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("Pence", "pushed back against", "the claim")]


# "In the words of one senator, the plan is a disaster.", as spaCy parses it
WORDS_OF = [
    ("In", 9, "prep", "ADP", "IN", "in"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("words", 0, "pobj", "NOUN", "NNS", "word"),
    ("of", 2, "prep", "ADP", "IN", "of"),
    ("one", 5, "nummod", "NUM", "CD", "one"),
    ("senator", 3, "pobj", "NOUN", "NN", "senator"),
    (",", 9, "punct", "PUNCT", ",", ","),
    ("the", 8, "det", "DET", "DT", "the"),
    ("plan", 9, "nsubj", "NOUN", "NN", "plan"),
    ("is", 9, "ROOT", "AUX", "VBZ", "be"),
    ("a", 11, "det", "DET", "DT", "a"),
    ("disaster", 9, "attr", "NOUN", "NN", "disaster"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


def test_in_the_words_of_signs_the_clause_as_according_to_does(nlp):
    """ "In the words of one senator, the plan is a disaster": the phrase signs the clause
    it hangs on, the object of its "of" the source, as "According to one senator, ..."
    does; nothing had been found. "In other words" and "chose his words" sign nothing."""
    doc = hand_parse(nlp.vocab, WORDS_OF)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("one senator", "In the words of", "the plan is a disaster")]


# "That is according to a new poll.": "according" made the head, as spaCy parses it
IS_ACCORDING_TO = [
    ("That", 2, "nsubj", "PRON", "DT", "that"),
    ("is", 2, "advmod", "AUX", "VBZ", "be"),
    ("according", 2, "ROOT", "VERB", "VBG", "accord"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("a", 6, "det", "DET", "DT", "a"),
    ("new", 6, "amod", "ADJ", "JJ", "new"),
    ("poll", 3, "pobj", "NOUN", "NN", "poll"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_subject_of_is_according_to_is_what_the_source_says(nlp):
    """ "That is according to a new poll", "Those numbers are according to the campaign":
    what the source says is the copula's subject; the content had been empty, the parser
    having made "according" the head of the whole sentence."""
    doc = hand_parse(nlp.vocab, IS_ACCORDING_TO)
    found = [(q.source, q.cue, q.content) for q in find_quotes(doc, [])]
    assert found == [("a new poll", "according to", "That")]
