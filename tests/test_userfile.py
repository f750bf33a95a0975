"""User actor files: YAML and CSV that add or override knowledge-base entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.userfile import load_actor_file, read_actor_file
from wirecode.errors import ActorFileError, InputError

ROOT = Path(__file__).resolve().parent.parent
CODES = {"USA", "DEU", "FRA", "UNO", "EUR"}

GOOD_YAML = """\
source: "test fixture"
organisations:
  - code: WAD
    name: ECOWAS
    aliases: [Economic Community of West African States]
states:
  - code: FRA
    metonyms: [the Elysee Palace]
people:
  - name: Donald Trump
    aliases: [The Donald]
    country: USA
    gender: male
    offices:
      - {role: head_of_state, title: President, start: 2025-01-20}
  - name: Jane Roe
    country: DEU
    offices:
      - {role: governor, title: Minister-President of Somewhere, start: "2020-03", end: 2024-05-01}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_yaml_parses(tmp_path):
    result = read_actor_file(write(tmp_path, "a.yaml", GOOD_YAML), known_codes=CODES)
    assert result.ok, result.problems
    assert [p["name"] for p in result.people] == ["Donald Trump", "Jane Roe"]
    office = result.people[1]["offices"][0]
    assert office["country"] == "DEU"  # the person's country by default
    assert (office["start_precision"], office["end_precision"]) == ("month", "day")
    assert office["source"] == "test fixture"


def test_valid_file_overrides_a_built_in_person_and_adds_entries(tmp_path):
    kb = KnowledgeBase.load(write(tmp_path, "a.yaml", GOOD_YAML))
    trump = kb.person("donald-trump")  # the built-in id, found by name
    assert [p.id for p in kb.people_named("The Donald")] == ["donald-trump"]
    assert len(trump.offices) == 1  # replaced: only the file's office remains
    assert kb.holder("USA", "head_of_state", dt.date(2025, 2, 12)).id == "donald-trump"
    assert kb.holder("USA", "head_of_state", dt.date(2018, 1, 1)) is None
    roe = kb.people_named("Jane Roe")[0]
    assert roe.id == "jane-roe" and roe.offices[0].holds_on(dt.date(2022, 1, 1))
    assert kb.state_named("Economic Community of West African States").code == "WAD"
    assert kb.state("WAD").igo
    france = kb.state_named("the Elysee Palace")
    assert france.code == "FRA" and france.name == "France"  # built-in entry kept
    assert kb.fingerprint() != KnowledgeBase.load().fingerprint()


def test_csv_rows_merge_offices_of_one_person(tmp_path):
    text = (
        "kind,name,aliases,country,role,title,start,end,code\n"
        "person,Jane Roe,J. Roe;Janie Roe,DEU,governor,Premier of A,2019-01-01,2021-01-01,\n"
        "person,Jane Roe,,DEU,minister,Minister of B,2021-01-01,,\n"
        "organisation,Test Org,TO,,,,,,TORG\n"
    )
    path = write(tmp_path, "a.csv", text)
    kb = KnowledgeBase.load(path)
    roe = kb.people_named("Janie Roe")[0]
    assert [o.title for o in roe.offices] == ["Premier of A", "Minister of B"]
    assert kb.state_named("TO").code == "TORG"


@pytest.mark.parametrize(
    ("text", "line", "field", "reason"),
    [
        ("people:\n  - country: USA\n", 2, "name", "required"),
        ("people:\n  - name: X\n    country: XXX\n", 3, "country", "unknown country"),
        ("people:\n  - name: X\n    gender: robot\n", 3, "gender", "not male or female"),
        ("people:\n  - name: X\n    colour: red\n", 3, "colour", "unknown field"),
        (
            "people:\n  - name: X\n    country: USA\n    offices:\n      - {role: boss}\n",
            5,
            "offices[0].role",
            "unknown role",
        ),
        (
            "people:\n  - name: X\n    country: USA\n    offices:\n"
            "      - {role: head_of_state}\n      - {role: minister, start: 2020-13-01}\n",
            6,
            "offices[1].start",
            "not a date",
        ),
        (
            "people:\n  - name: X\n    country: USA\n    offices:\n"
            "      - {role: minister, start: 2020-01-01, end: 2019-01-01}\n",
            5,
            "offices[0].end",
            "not after the start",
        ),
        ("states:\n  - code: usa1\n    name: Foo\n", 2, "code", "ISO 3166"),
        ("states:\n  - code: ZZZ\n", 2, "name", "required"),
        ("leaders:\n  - name: X\n", 1, "leaders", "unknown section"),
        ("people: [unclosed\n", 2, "file", "not valid YAML"),
    ],
)
def test_bad_yaml_gives_line_field_and_reason(tmp_path, text, line, field, reason):
    result = read_actor_file(write(tmp_path, "bad.yaml", text), known_codes=CODES)
    assert result.problems, "expected a problem"
    problem = result.problems[0]
    assert (problem.line, problem.field) == (line, field)
    assert reason in problem.reason
    assert str(problem).startswith(f"{tmp_path / 'bad.yaml'}:{line}: {field}: ")


def test_bad_csv_gives_row_numbers(tmp_path):
    text = "name,country,role,start\nA B,USA,minister,2020-01-01\nC D,QQQ,minister,May 2020\n"
    result = read_actor_file(write(tmp_path, "bad.csv", text), known_codes=CODES)
    assert [(p.line, p.field) for p in result.problems] == [
        (3, "country"),
        (3, "offices[0].start"),
    ]


def test_load_raises_actor_file_error(tmp_path):
    path = write(tmp_path, "bad.yaml", "people:\n  - country: USA\n")
    with pytest.raises(ActorFileError) as info:
        load_actor_file(path, known_codes=CODES)
    assert isinstance(info.value, InputError)
    assert (info.value.line, info.value.field) == (2, "name")
    with pytest.raises(ActorFileError):
        KnowledgeBase.load(path)


def test_unknown_format_is_refused(tmp_path):
    result = read_actor_file(write(tmp_path, "a.txt", "x"), known_codes=CODES)
    assert result.problems[0].field == "file"


def test_example_file_is_valid():
    kb = KnowledgeBase.default()
    result = read_actor_file(
        ROOT / "examples" / "actors.yaml", known_codes=[s.code for s in kb.states]
    )
    assert result.ok, result.problems
