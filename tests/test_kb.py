"""The actor knowledge base: data validity, tenure edges, name and state lookups."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

from wirecode.actors.kb import ONE_HOLDER_ROLES, KnowledgeBase, Office
from wirecode.actors.names import normalise

ROOT = Path(__file__).resolve().parent.parent
KBDATA = ROOT.parent / "shared" / "kbdata"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def test_state_codes_are_iso_alpha3(kb):
    iso = {c.alpha_3 for c in pycountry.countries}
    states = [s for s in kb.states if s.kind == "state"]
    assert len(states) >= 245
    bad = [s.code for s in states if s.code not in iso and s.code != "XKX"]
    assert bad == []
    assert kb.state("XKX").name == "Kosovo"


def test_organisations_are_marked(kb):
    orgs = {s.code: s for s in kb.states if s.kind == "organisation"}
    for code in ("UNO", "EUR", "NAT", "AFR", "SEA", "BRICS", "SCO", "G7", "G20", "ARL", "GCC"):
        assert orgs[code].igo
    assert kb.state_named("NATO").code == "NAT"
    assert kb.state_named("the UN").code == "UNO"


def test_person_countries_are_known(kb):
    codes = {s.code for s in kb.states}
    for person in kb.people:
        assert person.country is None or person.country in codes, person.id
        for office in person.offices:
            assert office.country in codes, (person.id, office)
            assert office.source


def _overlap(a: Office, b: Office) -> bool:
    a_end, b_end = a.end or date.max, b.end or date.max
    return (a.start or date.min) < b_end and (b.start or date.min) < a_end


def test_no_overlapping_tenures_for_one_holder_offices(kb):
    chains = defaultdict(list)
    for person in kb.people:
        for office in person.offices:
            if office.role in ONE_HOLDER_ROLES and not office.collegial and office.exact:
                chains[(office.country, office.role)].append((person.id, office))
    clashes = []
    for key, chain in chains.items():
        for i, (pid_a, a) in enumerate(chain):
            for pid_b, b in chain[i + 1 :]:
                if pid_a != pid_b and _overlap(a, b):
                    clashes.append((key, pid_a, pid_b))
    assert clashes == []


@pytest.mark.parametrize(
    ("country", "role", "day", "expected"),
    [
        ("USA", "head_of_state", "2022-08-04", "joe-biden"),
        ("USA", "head_of_state", "2025-02-12", "donald-trump"),
        ("USA", "head_of_state", "2025-01-19", "joe-biden"),
        ("USA", "head_of_state", "2025-01-20", "donald-trump"),
        ("USA", "foreign_minister", "2023-06-01", "antony-blinken"),
        ("USA", "foreign_minister", "2025-03-01", "marco-rubio"),
        ("GBR", "head_of_government", "2022-09-05", "boris-johnson"),
        ("GBR", "head_of_government", "2022-09-06", "liz-truss"),
        ("GBR", "head_of_government", "2022-10-24", "liz-truss"),
        ("GBR", "head_of_government", "2022-10-25", "rishi-sunak"),
        ("GBR", "head_of_government", "2024-07-05", "keir-starmer"),
        ("DEU", "head_of_government", "2024-11-15", "olaf-scholz"),
        ("DEU", "head_of_government", "2025-06-15", "friedrich-merz"),
        ("UKR", "head_of_state", "2023-04-27", "volodymyr-zelensky"),
        ("CHN", "foreign_minister", "2022-02-25", "wang-yi"),
        ("CHN", "foreign_minister", "2023-03-01", "qin-gang"),
        ("CHN", "foreign_minister", "2023-08-01", "wang-yi"),
        ("CHN", "general_secretary", "2023-04-26", "xi-jinping"),
        ("BRA", "head_of_state", "2022-12-31", "jair-bolsonaro"),
        ("BRA", "head_of_state", "2023-01-01", "luiz-inacio-lula-da-silva"),
        ("NAT", "secretary_general", "2024-10-01", "mark-rutte"),
        ("UNO", "secretary_general", "2023-04-26", "antonio-guterres"),
    ],
)
def test_holder_edges(kb, country, role, day, expected):
    person = kb.holder(country, role, date.fromisoformat(day))
    assert person is not None and person.id == expected


def test_leader_uses_the_states_leader_role(kb):
    day = date(2023, 4, 26)
    assert kb.leader("CHN", day).id == "xi-jinping"
    assert kb.leader("RUS", day).id == "vladimir-putin"
    assert kb.leader("GBR", day).id == "rishi-sunak"
    assert kb.leader("DEU", day).id == "olaf-scholz"
    assert kb.leader("PRK", day).id == "kim-jong-un"
    assert kb.leader("TUR", day).id == "recep-tayyip-erdogan"


def test_unknown_end_is_not_guessed(kb):
    office = Office.from_dict(
        {"role": "head_of_state", "country": "XXX", "title": "t", "source": "s",
         "start": "2010", "start_precision": "year", "end": None,
         "end_precision": "unknown", "confirmed_until": "2022-03-01"}
    )  # fmt: skip
    assert office.holds_on(date(2022, 3, 1))
    assert not office.holds_on(date(2022, 3, 2))
    assert not office.holds_on(date(2009, 12, 31))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zelenskyy", "volodymyr-zelensky"),
        ("Zelenskiy", "volodymyr-zelensky"),
        ("Volodymyr Zelenskii", "volodymyr-zelensky"),
        ("Erdoğan", "recep-tayyip-erdogan"),
        ("Erdogan", "recep-tayyip-erdogan"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Kim Jong-un", "kim-jong-un"),
        ("KIM JONG UN", "kim-jong-un"),
        ("Lula", "luiz-inacio-lula-da-silva"),
        ("Antonio Guterres", "antonio-guterres"),
        ("President Xi", "xi-jinping"),
    ],
)
def test_alias_lookup(kb, name, expected):
    assert [p.id for p in kb.people_named(name)] == [expected]


def test_surname_lookup(kb):
    assert "volodymyr-zelensky" in {p.id for p in kb.people_with_surname("Zelensky")}
    assert "xi-jinping" in {p.id for p in kb.people_with_surname("Xi")}
    assert "kim-jong-un" in {p.id for p in kb.people_with_surname("Kim")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Beijing", "CHN"),
        ("Washington", "USA"),
        ("the White House", "USA"),
        ("the Pentagon", "USA"),
        ("Downing Street", "GBR"),
        ("the Elysee", "FRA"),
        ("Zhongnanhai", "CHN"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Ukraine", "UKR"),
        ("the United States", "USA"),
        ("UK", "GBR"),
        ("People's Republic of China", "CHN"),
        ("Kosovo", "XKX"),
    ],
)
def test_state_named(kb, text, code):
    assert kb.state_named(text).code == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Ukrainian", "UKR"),
        ("Chinese", "CHN"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("American", "USA"),
        ("British", "GBR"),
        ("Russian", "RUS"),
        ("Turkish", "TUR"),
        ("North Korean", "PRK"),
        ("South Korean", "KOR"),
    ],
)
def test_state_of_adjective(kb, word, code):
    assert kb.state_of_adjective(word).code == code


def test_ambiguous_forms_are_not_resolved(kb):
    assert kb.state_of_adjective("Korean") is None
    assert kb.state_named("the Chancellery") is None


@pytest.mark.parametrize(
    ("title", "country", "roles"),
    [
        ("president", "UKR", ["head_of_state"]),
        ("Prime Minister", "GBR", ["head_of_government"]),
        ("chancellor", "DEU", ["head_of_government"]),
        ("Secretary of State", "USA", ["foreign_minister"]),
        ("top diplomat", None, ["foreign_minister"]),
        ("defense secretary", "USA", ["defence_minister"]),
        ("leader", "CHN", ["head_of_state"]),
        ("leader", "DEU", ["head_of_government"]),
        ("leader", "PRK", ["supreme_leader"]),
        ("deputy prime minister", "GBR", []),
    ],
)
def test_roles_for_title(kb, title, country, roles):
    assert kb.roles_for_title(title, country) == roles


def test_aliases_unique_or_marked_ambiguous(kb):
    import json

    meta = json.loads((ROOT / "src/wirecode/actors/data/people.json").read_text("utf-8"))["meta"]
    owners = defaultdict(set)
    for person in kb.people:
        for name in (person.name, *person.aliases):
            owners[normalise(name)].add(person.id)
    shared = sorted(k for k, v in owners.items() if len(v) > 1)
    assert shared == meta["ambiguous_names"]


def test_every_hand_added_fact_has_a_source():
    import yaml

    manual = yaml.safe_load((ROOT / "src/wirecode/actors/data/manual.yaml").read_text("utf-8"))
    for code, extra in manual["states"].items():
        assert extra["source"], code
    for entry in manual["organisations"] + manual["leader_roles"] + manual["people"]:
        assert entry["source"], entry
    for entry in manual["people"]:
        assert entry.get("wikidata") is None  # QIDs come from the tables only


def test_fingerprint_is_stable(kb):
    assert kb.fingerprint() == KnowledgeBase.load().fingerprint()
    assert len(kb.fingerprint()) == 12


@pytest.mark.skipif(not KBDATA.is_dir(), reason="shared/kbdata not beside the repository")
def test_build_is_deterministic_and_matches_package_data(tmp_path):
    script = ROOT / "scripts" / "build_actors.py"
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, str(script), "--kbdata", str(KBDATA), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        outputs.append({f: (out / f).read_bytes() for f in ("states.json", "people.json")})
    assert outputs[0] == outputs[1]
    shipped = ROOT / "src/wirecode/actors/data"
    assert outputs[0] == {f: (shipped / f).read_bytes() for f in outputs[0]}
