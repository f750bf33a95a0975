"""The words the actor finder reads: titles and roles, pronouns, group nouns, verbs of
saying, words that make a name no person's, honorifics and name particles."""

from __future__ import annotations

import re

__all__ = [
    "COMBINING_FORMS",
    "FIRST_PERSON",
    "GENDER_OF_HONORIFIC",
    "GROUP_NOUNS",
    "HONORIFICS",
    "KIN_WORDS",
    "MAX_NAME_TOKENS",
    "NAME_PART",
    "NAME_PARTICLES",
    "NOT_NAME_WORDS",
    "PAIR_REACH",
    "PAST_TITLE_WORDS",
    "PLACE_PREPOSITIONS",
    "PLACE_WORDS",
    "PLURAL_PRONOUNS",
    "REPORTING_VERBS",
    "ROLE_WORDS",
    "SOLE_TITLES",
    "SPEAKER_REACH",
    "STANCE_PREFIXES",
    "STATING_VERBS",
    "SUBJECT_PRONOUNS",
    "TITLE_LEMMAS",
]

ROLE_WORDS = {
    "president",
    "leader",
    "counterpart",
    "premier",
    "pm",  # headlines' "Greek PM": the prime minister
    "chancellor",
    "minister",
    "secretary",
    "king",
    "emir",
    "prince",
    "diplomat",
    "head",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "pope",
    "pontiff",
}
# titles of one state's office alone: "the Pope" is the Holy See's head whoever writes it
# (not "the Coptic pope": a modifier makes it another's)
SOLE_TITLES = {"pope": "VAT", "pontiff": "VAT"}
SUBJECT_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
FIRST_PERSON = {"i", "me", "my"}
PLURAL_PRONOUNS = {"they", "them", "their"}
GROUP_NOUNS = {
    "leaders",
    "presidents",
    "heads",
    "pair",
    "sides",
    "men",
    "ministers",
    "counterparts",
}
REPORTING_VERBS = {"say", "tell", "write", "add", "ask", "state", "note", "post", "tweet"}
# verbs by which a state or organisation states what "it" does: "Russia warned it would"
STATING_VERBS = {"announce", "warn", "insist", "confirm", "deny", "vow", "pledge", "claim"}
TITLE_LEMMAS = ROLE_WORDS | {"mr.", "mrs.", "ms.", "dr.", "sir", "ambassador", "envoy", "spokesman"}
# words of a building or a place that a name before them names ("Al-Jala hospital")
PLACE_WORDS = {
    "base", "basilica", "palace", "street", "square", "university", "hall", "house", "airport",
    "church", "cathedral", "museum", "bridge", "station", "hotel", "center", "centre", "castle",
    "fort", "mosque", "prison", "hospital", "stadium",
}  # fmt: skip
# words in a name that make it no person's: a place, a body, a paper, a ship
NOT_NAME_WORDS = PLACE_WORDS | {
    "summit", "forum", "council", "ministry", "news", "agency", "times", "post", "press", "party",
    "group", "committee", "commission", "staff", "crescent", "front", "court", "assembly", "army",
    "uss", "hms", "raf",
}  # fmt: skip
# words that begin the names of places, not of people: "St Petersburg", "Port Said", "Mount
# Hermon", "Sao Paulo", "Ras Lanuf" (first word only: "Aung San Suu Kyi" is a person)
PLACE_NAME_HEADS = {
    "st",
    "saint",
    "sainte",
    "port",
    "mount",
    "mt",
    "cape",
    "lake",
    "san",
    "santa",
    "sao",
    "são",
    # Arabic words of places: gate, well, cape, bridge, mountain, market, valley, sons of
    # ("Bab al-Hawa", "Bir al-Ghanam", "Ras Lanuf", "Jisr al-Shughour", "Bani Walid")
    "bab",
    "bir",
    "ras",
    "jisr",
    "jabal",
    "jebel",
    "souk",
    "wadi",
    "maarat",
    "bani",
}
# parts of speech of a capitalised word the tagger puts in a name that is no part of it: a
# sentence's first word ("Following Mubarak's resignation", "Hey Jack")
NOT_NAME_POS = frozenset(
    {"VERB", "AUX", "ADP", "ADV", "INTJ", "SCONJ", "CCONJ", "DET", "PRON", "PART"}
)
KIN_WORDS = {
    "wife",
    "husband",
    "spouse",
    "lady",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "widow",
    "partner",
}
PAIR_REACH = 5  # sentences back within which "the two leaders" look for a pair seen together
# particles inside a name: "Saud al-Faisal", "Mohammed bin Salman", "Ursula von der Leyen"
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "von", "van", "de", "da", "di", "du"}
MALE_HONORIFICS = ("mr", "sir", "lord", "baron")
FEMALE_HONORIFICS = ("mrs", "ms", "miss", "dame", "lady", "baroness", "madam", "mme")
HONORIFICS = {"dr", *MALE_HONORIFICS, *FEMALE_HONORIFICS}
# ranks written short, with or without a full stop: no part of the name they precede ("Gen
# Shawkat", "Lt Col Harmoush")
RANKS = {"gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "brig", "adm", "cmdr", "lieut"}
GENDER_OF_HONORIFIC = {
    **dict.fromkeys(MALE_HONORIFICS, "male"),
    **dict.fromkeys(FEMALE_HONORIFICS, "female"),
}
# "pro-Russian separatists", "a pro-Kremlin party": support for the one named, who is no party
# to what the phrase does ("anti-" is left: "anti-American protests" have their target in it)
STANCE_PREFIXES = {"pro"}
# the combining forms of states' names, written before a hyphen and another state ("Sino-
# Russian ties", "the Franco-German summit", "Indo-Pakistani talks"); not before a region
# or a people ("the Indo-Pacific", "Anglo-Saxon"), which the check of the next word keeps out
COMBINING_FORMS = {
    "sino": "China",
    "franco": "France",
    "anglo": "United Kingdom",
    "indo": "India",
    "russo": "Russia",
    "italo": "Italy",
    "greco": "Greece",
    "turco": "Turkey",
    "austro": "Austria",
    "serbo": "Serbia",
    "hispano": "Spain",
}
# words before a title of someone who held the office before ("the former prime minister")
PAST_TITLE_WORDS = {"former", "ex", "then", "late"}
# prepositions whose object is a place, never a person ("in", "to", "from", "at" can be either)
PLACE_PREPOSITIONS = {"inside", "into", "near", "outside", "across", "throughout", "around"}
NAME_PART = re.compile(r"^[A-Z][\w'’.-]*$")
MAX_NAME_TOKENS = 5
SPEAKER_REACH = 3  # sentences after a speaker's attribution that an unmarked "I" is theirs
