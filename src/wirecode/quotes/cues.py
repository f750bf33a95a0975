"""The words that mark an attribution, as data: who said, thought or wanted what.

PolNeAR and PARC annotate an attribution wherever a text reports what someone said, wrote,
thought, wanted or judged, not only speech verbs with quotation marks. The lists below are
general English verb classes (Levin's verbs of communication, 37; of judgement, 33; of
psychological state and desire, 31-32; and the CAMEO/PLOVER verbal event families, which
are attributions too: appeal, demand, reject, accuse, praise), not words fitted to a text.

- `CUE_VERBS`: the verb governs what is said as a clause ("said that ...", "the talks were
  useful, he said").
- `OBJECT_CUES`: the verb's direct object is what is said or judged ("criticised the
  plan", "denied the report", "called him a liar").
- `INTENT_CUES`: the verb's infinitive is the attitude's content ("wants to run",
  "refused to testify", "urged Congress to act").
- `PREP_CUES`: the object of a particular preposition is the content ("called for a
  ceasefire", "pointed to the polls", "spoke about taxes").
- `ATTITUDE_ADJECTIVES`: a predicate adjective with a clause ("is confident that ...",
  "were furious that ...").
- `NOUN_CUES`: nouns of saying and believing whose "that" clause is the content, their
  possessor the source ("Trump's claim that ...", "the warning that ...").
"""

from __future__ import annotations

__all__ = [
    "AS_CUES",
    "ASPECTUAL",
    "ATTITUDE_ADJECTIVES",
    "BELIEF_VERBS",
    "CUE_VERBS",
    "EVIDENT_ADJECTIVES",
    "INTENT_CUES",
    "INTENT_NOUNS",
    "LIGHT_NOUNS",
    "LIGHT_PREPS",
    "LIGHT_VERBS",
    "LINKING",
    "MEDIA_WORDS",
    "NAMING_CUES",
    "NOUN_CUES",
    "OBJECT_CUES",
    "PHRASAL_CUES",
    "PREP_CUES",
    "PREP_NOUNS",
    "SEEMING",
    "SPEECH",
    "STANCE_AGENTS",
    "lemma_of",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs of communication (say-class, tell-class, manner of speaking, announcing, arguing).
SPEECH = _words(
    """say tell add note state claim argue insist explain write report announce warn declare
    stress reiterate emphasize emphasise assert maintain acknowledge admit concede confirm
    deny reply respond answer retort counter tweet post quip joke complain suggest predict
    promise vow pledge threaten urge caution recall recount testify allege charge accuse
    remark observe contend tout boast brag describe cite agree ask indicate reveal signal
    estimate conclude continue mention disclose hint imply speculate proclaim repeat
    recommend advise assure inform remind propose demand order rule determine find show
    read say explain concur counsel lament bemoan scold chide mock joke grumble shout yell
    scream chant sing whisper mutter exclaim cry plead beg demand request inquire query
    wonder question doubt point highlight stipulate specify detail outline clarify
    publish document acknowledge predict forecast project guarantee pledge swear attest
    muse marvel gush rave confess divulge insinuate reassure"""
) | _words(
    # Manner of speaking and speaking with feeling (Levin's 37.3), cues with a quotation or
    # a clause only ('"That's a lie," Trump fumed', "groused that the debate was unfair"),
    # none alone ("the engine roared").
    """fume scoff snap sigh grouse gripe growl sneer snarl bark thunder roar bellow groan
    moan whine wail mumble murmur stammer hiss howl huff"""
)
# Verbs of thinking, feeling and knowing (attitudes are attributions in PolNeAR).
BELIEF_VERBS = _words(
    """believe think feel know hope fear worry expect suspect assume reckon guess suppose
    understand realize realise recognize recognise learn see consider regard view imagine
    figure trust bet incense anger outrage frustrate alarm concern convince persuade
    surprise shock disappoint discover envision envisage fathom surmise infer deduce
    presume regret"""
)
CUE_VERBS = SPEECH | BELIEF_VERBS

# The direct object is the content: judgement (praise, blame), position (support, oppose),
# communication of a thing (announce, deny, discuss), naming (call X Y, describe X as Y).
OBJECT_CUES = (
    _words(
        """criticize criticise attack blast slam praise laud hail applaud commend condemn
    denounce decry deplore question dispute deny reject oppose support back endorse defend
    welcome propose demand describe mention discuss acknowledge admit announce reveal
    disclose cite tout promise pledge predict dismiss mock ridicule blame credit thank
    recommend want seek request highlight emphasize emphasise stress detail outline unveil
    express voice echo call liken compare characterize characterise label dub brand term
    accuse charge fault rebuke scold chastise lambaste denigrate insult praise congratulate
    favor favour prefer like love hate dislike fear doubt trust respect admire question
    challenge contest refute rebut debunk confirm report estimate forecast project tweet
    post say explain argue claim ask answer note suggest offer vow threaten warn
    urge rule find show predict document publish"""
    )
    | _words(
        # Portraying someone or something (usually "as" something): "painted Trump as a
        # caricature", "has portrayed himself as a shrewd manipulator".
        """portray depict paint cast frame"""
    )
    | _words(
        # Slighting or ignoring what others say or do: "downplayed the risk", "has largely
        # ignored the issue"; heeding or defying what they ask or rule: "heeded the
        # warning", "Country after country flouts that treaty".
        """ignore downplay belittle minimize minimise overlook disregard heed obey disobey
    defy flout"""
    )
    | _words(
        # Presenting, citing or putting a message out: "invoked the rising seas", "laid out
        # her proposals", "issued a statement", "referenced four cases", "unleashed a
        # flurry of tweets".
        """reference quote invoke recite paraphrase issue release deliver present articulate
    float pitch promote advocate champion retweet reiterate repeat unleash"""
    )
    | _words(
        # Holding or taking in a thing as true or expected (verbs of thinking with an
        # object): "apparently believed the polls", "expected a full 90 minutes of policy";
        # not "accept" ("accepted a call with Xi" is a contact).
        """believe expect sense understand recognize recognise"""
    )
    | _words(
        # Weighing a matter: "did not address his tweets", "have long debated the salience".
        """address debate contemplate weigh ponder"""
    )
    | _words(
        # Turning down what is offered or asked: "She declined that assignment", "refused
        # the offer" (their infinitive is an intention: "declined to comment").
        """decline refuse"""
    )
    | _words(
        # Deciding on a proposal, for or against: "approved a bill", "blocked any
        # discussion", "signed the legislation", "repealed the law"; and the acts of
        # authority that put a decision in force or take it back: "imposed sanctions",
        # "lifted a curfew", "appointed him", "enacted rules", "overturned his decision".
        """approve block sign veto repeal overrule impose lift appoint nominate enact
    abolish authorize authorise ratify revoke rescind overturn pardon"""
    )
    | _words(
        # Putting questions to someone or naming what is at issue: "grilled the chief
        # executive", "confronted him with his remarks", "did not identify a location".
        """identify confront grill interrogate"""
    )
    | _words(
        # Attacking in words (Levin's judgement verbs, the press's register): "ripped the
        # plan", "assailed his record", "derided the deal".
        """rip knock bash hammer pan deride excoriate assail berate needle taunt scorn"""
    )
    | _words(
        # Verbs of communication whose object is the message itself: "bemoaned the
        # unrest", "declared bankruptcy", "chanted slogans", "wrote a memoir", "has
        # publicly signaled willingness".
        """bemoan lament declare proclaim indicate signal clarify chant shout yell scream
    sing whisper mutter exclaim recount recall specify stipulate guarantee allege concede
    imply write"""
    )
    | _words(
        # Feeling toward a thing (Levin's admire verbs, 31.2): "despised the elite",
        # "resented the question", "admired his courage".
        """despise detest loathe resent admire adore cherish appreciate compliment"""
    )
    | _words(
        # Setting out, or playing up and down, what is so: "underscored the risk",
        # "chronicles the deaths", "exaggerated the threat".
        """illustrate underscore chronicle propound understate overstate exaggerate"""
    )
    | _words(
        # Grading and judging (Levin's judgement verbs): "PolitiFact rated the claim false",
        # "judged America a paper tiger".
        """rate judge"""
    )
)
# A verb and its particle whose direct object is the content ("laid out her proposals",
# "played down the risk", "singled out the bank", "walked back his remarks").
PHRASAL_CUES = frozenset(
    tuple(pair.split("+"))
    for pair in """lay+out spell+out sum+up play+down point+out call+out single+out brush+off
    shoot+down rule+out bring+up put+forward set+out talk+up write+off hold+up
    walk+back""".split()
)
# Verbs of linking one thing to another, a claim of a connection when a "to" phrase follows
# their object ("linked cybersecurity to her use of a private server", "tied climate
# change to flooding"); alone they claim nothing ("linked arms", "tied the game").
LINKING = _words("link tie connect")
# Verbs of perceiving or treating that judge when an "as" phrase follows their object
# ("saw the comment as a dig", "treat it as a crime"); alone they judge nothing.
AS_CUES = _words("see view regard treat perceive consider rate")
# Naming: "called him a liar" (the parser may take both nouns as predicates).
NAMING_CUES = _words("call label dub brand term rate judge")
# The infinitive is the content: intention, desire ("would like to", "hates to"), promise,
# refusal, exhortation.
INTENT_CUES = _words(
    """want plan decide agree refuse decline offer seek promise vow pledge threaten urge
    expect hope intend aim vote ask call encourage tell warn order advise push press
    pressure implore beg plead demand request invite instruct persuade convince
    prefer wish choose opt resolve determine propose like love hate exhort"""
)
# Verbs of going on or starting, which take the verb of saying they govern into the cue
# ("continues to insist, ..., that ...", "keeps saying") and report nothing of their own.
ASPECTUAL = _words("continue begin start keep")
# A preposition whose object is the content, per verb.
PREP_CUES = {
    "call": frozenset({"for", "on"}),
    "point": frozenset({"to", "at"}),
    "talk": frozenset({"about", "of"}),
    "say": frozenset({"about"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
    "ask": frozenset({"about", "for"}),
    "comment": frozenset({"on", "about"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    "appeal": frozenset({"for", "to"}),
    "vote": frozenset({"for", "against"}),
    "rail": frozenset({"against"}),
    "write": frozenset({"about", "of"}),
    "testify": frozenset({"about", "to"}),
    "worry": frozenset({"about"}),
    "think": frozenset({"about", "of"}),
    "agree": frozenset({"with", "on", "to"}),
    "object": frozenset({"to"}),
    "insist": frozenset({"on"}),
    "focus": frozenset({"on"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "blame": frozenset({"for"}),
    "accuse": frozenset({"of"}),
    "suspect": frozenset({"of"}),
    "praise": frozenset({"for"}),
    "attack": frozenset({"for"}),
    "hint": frozenset({"at"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "respond": frozenset({"to", "with", "by"}),
    "react": frozenset({"to"}),
    "reply": frozenset({"to"}),
    "joke": frozenset({"about"}),
    "lie": frozenset({"about"}),
    # Taking a stand on, or going after, what someone said or did.
    "refer": frozenset({"to"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with"}),
    "campaign": frozenset({"for", "against"}),
    "advocate": frozenset({"for"}),
    "lobby": frozenset({"for", "against"}),
    "bristle": frozenset({"at"}),
    "go": frozenset({"after"}),  # "has gone after Trump as a con artist"
    "seize": frozenset({"on"}),
    "harp": frozenset({"on"}),
    "dwell": frozenset({"on"}),
    # A verb and its particle ("lashed out at", "weighed in on", "pushed back against").
    "lash out": frozenset({"at", "against"}),
    "push back": frozenset({"on", "against"}),
    "double down": frozenset({"on"}),
    "speak out": frozenset({"against", "about", "on", "for"}),
    "come out": frozenset({"against", "for", "in"}),
    "elaborate": frozenset({"on"}),
    "speak": frozenset({"of", "about", "on", "against"}),
    # Believing in or wondering about a thing, deciding or ruling on it, pleading for it,
    # answering with it ("I believe in the good sense of voters", "were wondering about
    # his health", "ruled against the state", "pleads for his life", "responded with
    # attacks").
    "believe": frozenset({"in"}),
    # Knowing or learning of a thing ("I know all about Donald Trump", "the best one I know
    # of", "learned of a meeting").
    "know": frozenset({"about", "of"}),
    "learn": frozenset({"about", "of"}),
    "wonder": frozenset({"about"}),
    "decide": frozenset({"against", "on"}),
    "rule": frozenset({"against", "on"}),
    "plead": frozenset({"for"}),
    "weigh in": frozenset({"on", "about", "with"}),
}
# Adjectives of certainty and feeling whose clause is the attitude's content.
ATTITUDE_ADJECTIVES = (
    _words(
        """confident sure certain convinced aware afraid worried concerned hopeful optimistic
    pessimistic skeptical sceptical doubtful adamant glad happy pleased proud sorry upset
    angry furious unhappy frustrated disappointed surprised shocked critical supportive
    willing determined eager reluctant ready keen wary intent passionate enthusiastic
    hesitant unsure uncertain unconvinced unaware nervous fearful grateful thankful
    outraged dismayed alarmed troubled insistent mindful"""
    )
    | _words(
        # How forthcoming someone is about a matter, a manner of saying (or of not saying) it
        # with its topic: "Clinton aides were coy about whether ...", "has been vague about
        # the details", "was candid about his health".
        """vague coy frank candid forthcoming outspoken vocal cagey evasive reticent
    noncommittal"""
    )
    | _words(
        # Participles of attitude with a preposition of their own ("became interested in
        # poverty issues", "are opposed to the plan", "remains committed to the deal"):
        # `nouns.OWN_PREPS`.
        """interested opposed committed wedded obsessed fixated"""
    )
)
# Nouns of communication and attitude that take a content clause ("the claim that ...").
NOUN_CUES = _words(
    """claim statement assertion allegation charge accusation warning argument suggestion
    contention insistence promise pledge vow threat assurance belief view hope fear worry
    concern conviction suspicion announcement report prediction admission denial complaint
    remark comment notion assessment estimate conclusion finding message recommendation
    demand request proposal acknowledgment acknowledgement pronouncement declaration
    emphasis"""
)
# Nouns of intention whose infinitive is the content ("her plan to raise taxes", "his
# refusal to release his returns"), and nouns of attitude or saying whose preposition
# introduces it ("editorial boards' disdain for the nominee", "his criticism of the deal").
INTENT_NOUNS = _words(
    """plan decision determination effort refusal promise pledge vow threat push call
    demand desire wish intention intent willingness commitment offer proposal
    request appeal eagerness readiness reluctance"""
)
PREP_NOUNS = {
    **dict.fromkeys(
        _words("criticism condemnation attack attacks assault"), frozenset({"of", "on"})
    ),
    **dict.fromkeys(
        _words("support praise disdain contempt admiration sympathy respect enthusiasm"),
        frozenset({"for"}),
    ),
    **dict.fromkeys(_words("call calls demand demands push appeal plea"), frozenset({"for"})),
    **dict.fromkeys(_words("opposition objection objections"), frozenset({"to"})),
    **dict.fromkeys(
        _words(
            """claim claims allegation allegations accusation accusations warning warnings
            comment comments remark remarks question questions concern concerns worry
            worries fear fears doubt doubts idea ideas view views theory skepticism"""
        ),
        frozenset({"of", "about", "on", "over"}),
    ),
    **dict.fromkeys(_words("adulation abandonment defense defence"), frozenset({"of"})),
    **dict.fromkeys(
        _words("announcement estimate estimates forecast forecasts prediction assessment"),
        frozenset({"of", "for"}),
    ),
    **dict.fromkeys(_words("obsession fascination infatuation"), frozenset({"with"})),
    **dict.fromkeys(_words("position stance"), frozenset({"on"})),
}
# Agent nouns of the verbs of position and judgement (support, oppose, criticize, defend,
# propose, back, detract), whose "of" introduces what the holder stands for or against:
# predicated of someone ("Graham has long been a vocal critic of the deal") or set before
# them ("A fierce critic of the deal, Cotton voted no") they report a stance, as the verb
# would; without "of" they may name a rival ("Clinton's opponent in the election"). Not
# "advocate" or "champion", as often a calling or a winner ("consumer advocates", "the
# defending champion").
STANCE_AGENTS = _words("supporter opponent critic defender proponent backer detractor")
# Support-verb constructions: a light verb and a noun of saying or attitude say together
# what the noun says ("made the case for", "expressed concern about", "has questions
# about", "took offense at"); the noun's preposition introduces the content.
LIGHT_VERBS = _words("make have express voice raise offer give issue share take hold")
LIGHT_NOUNS = NOUN_CUES | _words(
    """case secret point position question reservation misgiving doubt illusion interest
    criticism condemnation objection opposition praise offense offence issue
    exception confidence faith skepticism scepticism determination decision appeal plea"""
)
LIGHT_PREPS = ("about", "of", "on", "for", "over", "with", "against", "at", "to", "toward")
# Verbs of seeming: "Melania seems to have vanished", "That looks unlikely". The judgement
# is the writer's; PolNeAR marks it without a source, its content the whole clause.
SEEMING = _words("seem appear look")
# Words that join a sentence to the one before it ("But ...", "However, ..."): the
# writer's, not part of what the sentence reports.
CONNECTIVES = _words(
    """and but yet however still meanwhile moreover furthermore nevertheless nonetheless
    instead also besides"""
)
# Adjectives of evidence in an impersonal frame: "it is clear that ...", "made it clear".
EVIDENT_ADJECTIVES = _words("clear obvious evident apparent")
MEDIA_WORDS = _words(
    """twitter facebook instagram telegram weibo x statement readout interview conference
    briefing speech address post tweet letter op-ed article radio television broadcast
    podcast rally video message email memo report communique"""
)

# Documents and messages that say something ("a letter that says ...", "a series of
# tweets saying ...", "a statement calling ...").
DOCUMENT_NOUNS = MEDIA_WORDS | _words("paper ad advertisement release note filing")
# Verbs of putting a document out, which say nothing themselves ("issued a statement").
ISSUING_VERBS = _words("release issue send unleash publish post circulate distribute submit file")


def lemma_of(token) -> str:
    """A token's lemma, lower-cased, with the silent "e" the lemmatizer sometimes drops
    given back when that makes a word of these lists ("hoped", "hoping" -> "hop" -> "hope",
    "rated" -> "rat" -> "rate")."""
    lemma = token.lemma_.lower()
    if lemma not in _KNOWN and lemma.endswith("e") and lemma[:-1] in _KNOWN:
        return lemma[:-1]  # and the one it sometimes adds ("retweeted" -> "retweete")
    if lemma in _KNOWN or lemma + "e" not in _KNOWN:
        return lemma
    text = token.lower_
    return lemma + "e" if text.startswith(lemma + "e") or text == lemma + "ing" else lemma


_KNOWN = (
    CUE_VERBS
    | OBJECT_CUES
    | INTENT_CUES
    | AS_CUES
    | LINKING
    | frozenset(PREP_CUES)
    | ATTITUDE_ADJECTIVES
    | NOUN_CUES
)
