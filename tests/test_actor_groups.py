"""Plural definite references to people: "the two leaders", "both presidents", "the pair",
"the latter two". A group stands for the two people last seen together as parties of one
clause; failing such a pair, for the last two people named."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.mentions import find_actor_mentions

ON = dt.date(2024, 6, 19)

CASES = [
    pytest.param(
        "Vladimir Putin met Kim Jong Un on Wednesday. Sergey Lavrov said the talks went well. "
        "The two leaders toured the cosmodrome.",
        "The two leaders",
        {"Vladimir Putin", "Kim Jong Un"},
        id="pair-of-a-clause-over-a-later-speaker",
    ),
    pytest.param(
        "Olaf Scholz and Emmanuel Macron arrived in Kyiv on Thursday. Dmitry Peskov called the "
        "trip a show. Both leaders laid wreaths at a memorial.",
        "Both leaders",
        {"Olaf Scholz", "Emmanuel Macron"},
        id="coordinated-subjects-both-leaders",
    ),
    pytest.param(
        "Joe Biden hosted Fumio Kishida at the White House. Antony Blinken briefed reporters "
        "afterwards. The pair later attended a state dinner.",
        "The pair",
        {"Joe Biden", "Fumio Kishida"},
        id="the-pair",
    ),
    pytest.param(
        "Xi Jinping welcomed Lula da Silva in Beijing. Wang Yi told reporters that Narendra Modi "
        "would visit later. The two presidents signed fifteen agreements.",
        "The two presidents",
        {"Xi Jinping", "Luiz Inácio Lula da Silva"},
        id="a-speaker-and-a-third-person-named-in-between",
    ),
    pytest.param(
        "Antony Blinken met Wang Yi, Xi Jinping and Li Qiang in Beijing. The latter two talked "
        "in November.",
        "The latter two",
        {"Xi Jinping", "Li Qiang"},
        id="the-latter-two-of-a-list",
    ),
    pytest.param(
        "The UN chief will press for peace in talks with Putin and Zelensky. Earlier, Guterres "
        "had written letters to both the presidents.",
        "both the presidents",
        {"Vladimir Putin", "Volodymyr Zelensky"},
        id="not-a-party-of-the-groups-own-clause",
    ),
    pytest.param(
        "Lula hosted Abdel Fattah al-Sisi on Monday. He spoke with Javier Milei by phone on "
        "Friday, the first conversation between the two leaders since Milei took office.",
        "the two leaders",
        {"Luiz Inácio Lula da Silva", "Javier Milei"},
        id="between-the-pair-of-its-own-clause",
    ),
    pytest.param(
        "Joe Biden met Xi Jinping on Wednesday. Antony Blinken took notes. The two had last met "
        "in Bali.",
        "The two",
        {"Joe Biden", "Xi Jinping"},
        id="the-two-alone",
    ),
    pytest.param(
        "Emmanuel Macron praised Olaf Scholz. Xi Jinping said nothing. The two leaders left.",
        "The two leaders",
        {"Emmanuel Macron", "Olaf Scholz"},
        id="pair-two-sentences-back",
    ),
    pytest.param(
        "Rishi Sunak spoke. Later, Emmanuel Macron spoke too. The two leaders left.",
        "The two leaders",
        {"Rishi Sunak", "Emmanuel Macron"},
        id="no-pair-falls-back-to-the-last-two-named",
    ),
]


def groups(coder, text: str) -> dict[str, set[str]]:
    doc = coder.nlp(text)
    return {
        doc[m.start : m.end].text: {a.name for a in m.members}
        for m in find_actor_mentions(doc, coder.kb, on=ON)
        if m.how == "group"
    }


@pytest.mark.parametrize(("text", "phrase", "members"), CASES)
def test_group_members(coder, text, phrase, members):
    assert groups(coder, text).get(phrase) == members


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump and Volodymyr Zelensky were in Rome. The world leaders were seated by "
        "protocol.",
        "Joe Biden called Xi Jinping. He said he would meet the foreign leaders in Lima.",
        "Maj. Mohamed Askar spoke for the army. Protests against Ali Abdullah Saleh went on. "
        "Two Reuters journalists were released on Monday. The two traveled to Syria on Thursday.",
        "Barack Obama met Dilma Rousseff in Brasilia. Hosni Mubarak resigned last month. The "
        "president will meet with the leaders of each country.",
    ],
    ids=["world-leaders", "foreign-leaders", "the-two-of-no-pair-seen-together", "of-each"],
)
def test_a_crowd_is_no_pair(coder, text):
    assert groups(coder, text) == {}


def test_they_are_every_subject_of_a_list_the_parser_split(coder):
    # the parser reads "Biden, Yoon and Ishiba" as two subjects, "Biden" and "Yoon and Ishiba"
    doc = coder.nlp("Biden, Yoon and Ishiba spent most of their discussion on North Korea.")
    assert [t.dep_ for t in doc[:5]].count("nsubj") == 2, "the parse this test is about"
    found = find_actor_mentions(doc, coder.kb, on=dt.date(2024, 11, 17))
    their = [m for m in found if doc[m.start].text == "their"]
    assert {a.name for a in their[0].members} == {"Joe Biden", "Yoon Suk Yeol", "Shigeru Ishiba"}


def test_a_plural_noun_nearer_than_the_people_takes_them(coder):
    doc = coder.nlp(
        "Wang Yi and Sergey Lavrov spoke by phone. China has told its citizens in Ukraine to "
        "stick the Chinese flag on their cars, though it has yet to call for all of them to leave."
    )
    found = find_actor_mentions(doc, coder.kb, on=dt.date(2022, 2, 25))
    assert not [m for m in found if doc[m.start].lower_ in ("their", "them")]


def test_a_subject_they_carries_on_the_subject_over_a_plural_object(coder):
    doc = coder.nlp(
        "Joe Biden and Xi Jinping met on Saturday. The two sides discussed tariffs, and they "
        "agreed to talk again."
    )
    found = find_actor_mentions(doc, coder.kb, on=ON)
    they = [m for m in found if doc[m.start].lower_ == "they"]
    assert they and {a.name for a in they[0].members} == {"Joe Biden", "Xi Jinping"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The leaders of the two Koreas met at the border.", {"PRK", "KOR"}),
        ("Both Sudans accused each other of bombing oil fields.", {"SDN", "SSD"}),
        ("Relations between the two Congos have improved.", {"COD", "COG"}),
        ("The two Guineas signed a fishing accord.", set()),  # three states end in "Guinea"
        ("The two Koreans shook hands.", set()),  # a plural demonym: two people
    ],
)
def test_two_states_named_alike(coder, text, codes):
    doc = coder.nlp(text)
    found = find_actor_mentions(doc, coder.kb, on=ON)
    groups_of_states = [m for m in found if m.actor.id == "group" and m.actor.kind == "state"]
    assert {a.country for m in groups_of_states for a in m.members} == codes


@pytest.mark.parametrize(
    ("text", "phrase", "members"),
    [
        (
            "The leaders of Russia and China met in Beijing.",
            "The leaders of Russia and China",
            {"Vladimir Putin", "Xi Jinping"},
        ),
        (
            "The foreign ministers of India and Pakistan held talks in Astana.",
            "The foreign ministers of India and Pakistan",
            {"S. Jaishankar", "Ishaq Dar"},
        ),
        (
            "The French and German leaders will meet in Paris.",
            "The French and German leaders",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
        (
            "The US and Chinese defence ministers spoke by phone.",
            "The US and Chinese defence ministers",
            {"Lloyd Austin", "Dong Jun"},
        ),
        (
            "The heads of state of Kenya and Tanzania met in Nairobi.",
            "The heads of state of Kenya and Tanzania",
            {"William Ruto", "Samia Suluhu Hassan"},
        ),
        (
            "The heads of government of Germany and France met in Paris.",
            "The heads of government of Germany and France",
            {"Olaf Scholz", "Gabriel Attal"},
        ),
    ],
    ids=[
        "of-two-states",
        "a-ministry-of-two-states",
        "two-adjectives",
        "name-and-adjective",
        "heads-of-state-of",
        "heads-of-government-of",
    ],
)
def test_a_plural_title_of_several_states_is_each_ones_office_holder(coder, text, phrase, members):
    assert groups(coder, text).get(phrase) == members


def test_a_plural_title_of_one_state_is_no_group(coder):
    assert groups(coder, "The leaders of China met in Beijing.") == {}


def test_a_plural_title_with_an_office_word_parsed_as_a_state_is_no_one(coder):
    # the parser reads "defense" as a third item of "Chinese and Russian"
    doc = coder.nlp("The Chinese and Russian defense chiefs met in Beijing.")
    assert doc[4].dep_ == "conj", "the parse this test is about"
    found = find_actor_mentions(doc, coder.kb, on=ON)
    assert not [m for m in found if m.actor.kind == "person"]
