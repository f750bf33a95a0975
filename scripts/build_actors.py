#!/usr/bin/env python3
"""Build wirecode's actor data (states.json, people.json) from the sourced kbdata tables.

    python scripts/build_actors.py [--kbdata ../shared/kbdata] [--out src/wirecode/actors/data]

Inputs (see ../shared/kbdata/README.md): mledoze-countries, datasets-country-codes,
countrynames, everypolitician-world-leaders, everypolitician-foreign-ministers,
open-data-archive-world-leaders-current, plus the hand-written facts in
``<out>/manual.yaml`` and ``<out>/leaders/*.yaml`` (the chains of heads of state and
government by region: of every state since 2015, and of the states of most international
news since 2000, ``before2015_*.yaml``; every fact names its source). Output is deterministic.

    python scripts/build_actors.py --coverage    # also list leader gaps since 2015
    python scripts/build_actors.py --coverage --since 2000-01-01   # ... since another day

Date convention: an office's ``end`` is the day its holder left (= the successor's first
day); the change-over day belongs to the new holder. ``*_precision`` is day|month|year, or
``unknown`` for an end known only to lie after ``confirmed_until``.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _load_names():
    """Load wirecode/actors/names.py alone: the build must not import the whole package."""
    path = ROOT / "src/wirecode/actors/names.py"
    spec = importlib.util.spec_from_file_location("_wirecode_names", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_names = _load_names()
normalise, slugify = _names.normalise, _names.slugify

HOG = re.compile(
    r"prime minister|premier|chancellor|chief minister|taoiseach|council of ministers|"
    r"executive yuan|state counsellor|chief executive|president of the government",
    re.I,
)
MONARCH = re.compile(
    r"monarch|king|queen|emperor|grand duke|prince|sultan|\bemir|\bamir|yang di-pertuan|"
    r"druk gyalpo|ngwenyama|pope|governor-general",
    re.I,
)
COLLEGIAL = re.compile(r"member of|captain regent|co-prince|presidency of", re.I)
ENGLISH_WORDS = set(
    "the of and a republic democratic people's peoples kingdom islands island state states "
    "federal federation union united commonwealth plurinational socialist islamic arab "
    "principality grand duchy sultanate emirates territory territories north south east west "
    "central northern southern eastern western new saint st great independent free "
    "co-operative cooperative bolivarian oriental former administrative region special "
    "sar china's province city in its".split()
)


def src(sources: dict, key: str) -> str:
    """A manual fact's source: a key of the ``sources:`` table, or the text itself."""
    return sources.get(key, key)


def date_str(value) -> str | None:
    return None if value in (None, "") else str(value)


def precision_of(value: str | None) -> str | None:
    if value is None:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def office(role, country, title, start, end, source, **extra) -> dict:
    start, end = date_str(start), date_str(end)
    result = {
        "role": role,
        "country": country,
        "title": title,
        "start": start,
        "start_precision": precision_of(start),
        "end": end,
        "end_precision": precision_of(end),
        "source": source,
    }
    result.update({k: v for k, v in extra.items() if v is not None})
    return result


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def clean_label(label: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()


# ----------------------------------------------------------------------------- states


def english_vocab(countries: list[dict], codes: list[dict]) -> set[str]:
    words = set(ENGLISH_WORDS)
    texts = []
    for c in countries:
        texts += [c["name"]["common"], c["name"]["official"], *c["capital"]]
        texts += list(c.get("demonyms", {}).get("eng", {}).values())
    for row in codes:
        texts += [row["UNTERM English Short"], row["UNTERM English Formal"]]
        texts += [row["CLDR display name"], row["official_name_en"]]
    for text in texts:
        words.update(normalise(text).replace("(", " ").replace(")", " ").split())
    return words


def is_plain_english(name: str, vocab: set[str]) -> bool:
    if not re.fullmatch(r"[A-Z][A-Za-z .'’()&-]+", name) or name.isupper() or " -" in name:
        return False
    tokens = normalise(name).replace("(", " ").replace(")", " ").replace("&", "and").split()
    if len(normalise(name)) <= 3:
        return False
    return all(t in vocab or (t.endswith("s") and t[:-1] in vocab) for t in tokens)


def build_states(kbdata: Path, manual: dict, sources: dict) -> tuple[list[dict], dict]:
    countries = json.loads((kbdata / "mledoze-countries/countries.json").read_text("utf-8"))
    codes = read_csv(kbdata / "datasets-country-codes/country-codes.csv")
    variants = yaml.safe_load((kbdata / "countrynames/countrynames-1.17.0_data.yaml").read_text())
    vocab = english_vocab(countries, codes) | {
        normalise(w) for w in manual.get("english_words", [])
    }
    demonyms = {
        normalise(d) for c in countries for d in c.get("demonyms", {}).get("eng", {}).values()
    }
    capitals = {normalise(n) for c in countries for n in c.get("capital", [])}
    qid_of = {r["ISO3166-1-Alpha-3"]: r["wikidata_id"].rsplit("/", 1)[-1] for r in codes}
    qid_of["XKX"] = None
    src_m = "mledoze/countries (ODbL 1.0), snapshot 2026-04"
    src_cn = "countrynames 1.17.0 data (MIT)"
    states: dict[str, dict] = {}
    cca2 = {}
    for c in countries:
        code = "XKX" if c["cca2"] == "XK" else c["cca3"]
        cca2[c["cca2"]] = code
        names = {c["name"]["common"], c["name"]["official"]}
        names |= {a for a in c.get("altSpellings", []) if is_plain_english(a, vocab)}
        demonyms = set(c.get("demonyms", {}).get("eng", {}).values()) - {""}
        states[code] = {
            "id": code,
            "code": code,
            "kind": "state",
            "name": c["name"]["common"],
            "official_name": c["name"]["official"],
            "names": names,
            "adjectives": demonyms,
            "capitals": set(c.get("capital", [])),
            "metonyms": set(),
            "independent": bool(c.get("independent")),
            "un_member": bool(c.get("unMember")),
            "igo": False,
            "sector": None,
            "wikidata": qid_of.get(code) or None,
            "sources": {src_m},
        }
    for alpha2, names in variants.items():
        state = states.get(cca2.get(alpha2, ""))
        for name in names or []:
            if state and isinstance(name, str) and is_plain_english(name, vocab):
                key = normalise(name)
                if key in capitals or set(key.split()) & demonyms:
                    continue  # "London", "Turkish Cypriot", "Ukrainians": not a name
                state["names"].add(name)
                state["sources"].add(src_cn)
    for code, extra in manual.get("states", {}).items():
        state = states[code]
        for field in ("names", "adjectives", "capitals", "metonyms"):
            state[field] |= set(extra.get(field, []))
        state["sources"].add(src(sources, extra["source"]))
    for org in manual.get("organisations", []):
        if org["code"] in states:  # ISL is Iceland, not the Islamic State
            taken = states[org["code"]]["name"]
            raise SystemExit(f"organisation code {org['code']} is already {taken}")
        states[org["code"]] = {
            "id": org["code"],
            "code": org["code"],
            "kind": "organisation",
            "name": org["name"],
            "official_name": org.get("official_name", org["name"]),
            "names": set(org.get("names", [])) | {org["name"]},
            "adjectives": set(org.get("adjectives", [])),
            "capitals": set(),
            "metonyms": set(org.get("metonyms", [])),
            "independent": False,
            "un_member": False,
            "igo": org.get("igo", True),
            "sector": org.get("sector", "IGO"),
            "wikidata": None,
            "sources": {src(sources, org["source"])},
        }
    # A surface form claimed by several states is ambiguous: keep it only where it is
    # the state's own common name, and list it in the header.
    owners: dict[str, set[str]] = defaultdict(set)
    for code, state in states.items():
        for field in ("names", "adjectives", "metonyms"):
            for name in state[field]:
                owners[normalise(name)].add(code)
    manual_claims = {
        normalise(n): code
        for code, extra in manual.get("states", {}).items()
        for field in ("names", "adjectives", "metonyms")
        for n in extra.get(field, [])
    }
    winner: dict[str, str | None] = {}
    for key, codes_ in owners.items():
        members = [c for c in codes_ if states[c]["un_member"]]
        if len(codes_) == 1:
            winner[key] = next(iter(codes_))
        elif key in manual_claims:
            winner[key] = manual_claims[key]
        elif len(members) == 1:
            winner[key] = members[0]
        else:
            winner[key] = None
    ambiguous = sorted(k for k, v in owners.items() if len(v) > 1 and winner[k] is None)
    for code, state in states.items():
        for field in ("names", "adjectives", "metonyms"):
            state[field] = {
                n for n in state[field] if n == state["name"] or winner[normalise(n)] == code
            }
    return [finish_state(s) for _, s in sorted(states.items())], {
        "ambiguous_state_names": ambiguous
    }


def finish_state(state: dict) -> dict:
    out = dict(state)
    for field in ("names", "adjectives", "capitals", "metonyms", "sources"):
        out[field] = sorted(state[field])
    return out


def leader_roles(states: list[dict], positions: dict[str, set[str]], manual: dict) -> None:
    overrides = {}
    for entry in manual.get("leader_roles", []):
        for code in entry["countries"]:
            overrides[code] = (entry["role"], entry["source"])
    for state in states:
        code = state["code"]
        titles = positions.get(code, set())
        hos_titles = [t for t in titles if not HOG.search(t)]
        monarchy = any(MONARCH.search(t) for t in hos_titles)
        has_hog = any(HOG.search(t) for t in titles)
        if code in overrides:
            state["leader_role"], basis = overrides[code]
            state["leader_role_basis"] = basis
        elif state["igo"]:
            state["leader_role"], state["leader_role_basis"] = "secretary_general", "default"
        elif monarchy and has_hog:
            state["leader_role"] = "head_of_government"
            state["leader_role_basis"] = "derived: monarchy with a head of government"
        else:
            state["leader_role"] = "head_of_state"
            state["leader_role_basis"] = "derived: default"


# ----------------------------------------------------------------------------- people


class People:
    """Accumulates people keyed by Wikidata QID (tables) or slug (manual)."""

    def __init__(self) -> None:
        self.by_key: dict[str, dict] = {}

    def get(self, key: str, name: str, country: str | None, wikidata: str | None) -> dict:
        if key not in self.by_key:
            self.by_key[key] = {
                "name": name,
                "aliases": set(),
                "country": country,
                "sector": "GOV",
                "kind": "person",
                "gender": None,
                "wikidata": wikidata,
                "offices": [],
            }
        person = self.by_key[key]
        if name != person["name"]:
            person["aliases"].add(name)
        return person


def world_leaders(kbdata: Path, iso3_of_qid: dict, people: People, positions: dict) -> None:
    path = kbdata / "everypolitician-world-leaders/wikidata_all_versions.csv"
    rows = read_csv(path)
    final = max(r["last_seen_date"] for r in rows)
    best: dict[tuple, dict] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["country_qid"] not in iso3_of_qid or not r["officeholder"]:
            continue
        labels[r["officeholder"]].add(clean_label(r["officeholder_label"]))
        key = (r["country_qid"], r["position"], r["officeholder"])
        rank = (r["last_seen_date"], bool(r["end_year"]), r["start_year"])
        if key not in best or rank > best[key]["_rank"]:
            best[key] = {**r, "_rank": rank}
    by_country_titles: dict[str, set[str]] = defaultdict(set)
    for (cq, _, _), r in best.items():
        by_country_titles[iso3_of_qid[cq]].add(r["position_label"])
    for code, titles in by_country_titles.items():
        positions[code] |= titles
    source = "everypolitician world-leaders-2021 (Wikidata CC0), all versions to " + final
    chains: dict[tuple, list] = defaultdict(list)
    for (cq, pos, who), r in sorted(best.items()):
        code = iso3_of_qid[cq]
        title = r["position_label"][:1].upper() + r["position_label"][1:]
        if HOG.search(title):
            roles = ["head_of_government"]
        elif any(HOG.search(t) for t in by_country_titles[code]):
            roles = ["head_of_state"]
        else:
            roles = ["head_of_state", "head_of_government"]
        confirmed = r["last_seen_date"] if not r["end_year"] else None
        for role in roles:
            item = office(
                role,
                code,
                title,
                r["start_year"] or None,
                r["end_year"] or None,
                source,
                confirmed_until=confirmed,
                collegial=True if COLLEGIAL.search(title) else None,
                office_wikidata=pos,
            )
            if confirmed and confirmed < final:
                item["end_precision"] = "unknown"  # dropped from the list: ended, date unknown
            chains[(code, role)].append(item)
            name = sorted(labels[who])[-1]
            people.get(who, name, code, who)["offices"].append(item)
            people.by_key[who]["aliases"] |= labels[who]
    for chain in chains.values():
        close_open_tenures(chain)


def close_open_tenures(chain: list[dict]) -> None:
    """An open tenure followed by a later start ended no later than that start."""
    if any(o.get("collegial") for o in chain):
        return
    chain.sort(key=lambda o: (o["start"] or "", o["end"] or "9999"))
    for before, after in zip(chain, chain[1:], strict=False):
        if before["end"] is None and after["start"] and after["start"] > (before["start"] or ""):
            before["end"], before["end_precision"] = after["start"], after["start_precision"]


def foreign_ministers(kbdata: Path, iso3_of_qid: dict, people: People) -> None:
    folder = kbdata / "everypolitician-foreign-ministers"
    wd = [r for r in read_csv(folder / "wikidata_all_versions.csv") if r["person"] and r["start"]]
    have = {r["country"] for r in wd}
    scraped = [
        {**r, "positionLabel": r["positionLabel"]}
        for r in read_csv(folder / "scraped_all_versions.csv")
        if r["person"] and r["start"] and r["country"] not in have
    ]
    groups: dict[str, dict[str, dict]] = defaultdict(dict)
    final = max(r["last_seen_date"] for r in wd)
    for r, label in [(r, "Wikidata") for r in wd] + [(r, "Wikipedia") for r in scraped]:
        if r["country"] not in iso3_of_qid:
            continue
        current = groups[r["country"]].get(r["person"])
        if current is None or r["last_seen_date"] > current["last_seen_date"]:
            groups[r["country"]][r["person"]] = {**r, "_src": label}
    for cq, holders in sorted(groups.items()):
        code = iso3_of_qid[cq]
        chain = sorted(holders.values(), key=lambda r: (r["start"], r["person"]))
        for i, r in enumerate(chain):
            after = chain[i + 1]["start"] if i + 1 < len(chain) else None
            source = (
                "everypolitician world foreign ministers "
                f"({r['_src']}; {'CC0' if r['_src'] == 'Wikidata' else 'CC BY-SA'}), to {final}"
            )
            item = office(
                "foreign_minister",
                code,
                r["positionLabel"],
                r["start"],
                after,
                source,
                confirmed_until=None if after else r["last_seen_date"],
            )
            if after is None and r["last_seen_date"] < final:
                item["end_precision"] = "unknown"
            if not clean_label(r["name"]):
                continue  # a holder the table does not name still ends the predecessor's term
            people.get(r["person"], clean_label(r["name"]), code, r["person"])
            people.by_key[r["person"]]["offices"].append(item)


def current_leaders(kbdata: Path, iso3_of_a2: dict, people: People) -> list[dict]:
    folder = kbdata / "open-data-archive-world-leaders-current/countries"
    found = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        code = iso3_of_a2.get(data["country"]["iso_code"])
        if code is None:
            continue
        for role, pos in sorted(data["positions"].items()):
            holder = pos.get("current_holder") or {}
            if not holder.get("name_en") or not holder.get("wikidata_id"):
                continue
            found.append(
                {
                    "person": holder["wikidata_id"],
                    "name": holder["name_en"],
                    "country": code,
                    "role": role,
                    "title": pos["title_en"],
                    "since": holder.get("since") or None,
                    "snapshot": data["snapshot_date"],
                }
            )
    return found


def apply_current(found: list[dict], people: People, covered: set) -> None:
    source = "open-data-archive world-leaders-current (CC BY-SA 4.0), snapshot "
    for f in found:
        if (f["country"], f["role"]) in covered:
            continue
        key = f["person"]
        if key not in people.by_key:  # the tables may know the same person by another QID
            same_name = [
                k for k, p in people.by_key.items() if normalise(f["name"]) in person_keys(p)
            ]
            key = same_name[0] if len(same_name) == 1 else key
        person = people.get(key, f["name"], f["country"], f["person"])
        same = [
            o
            for o in person["offices"]
            if o["country"] == f["country"] and o["role"] == f["role"] and o["end"] is None
        ]
        if same and f["since"] and same[0]["start"] == f["since"][:4]:
            same[0].update(start=f["since"], start_precision="day")
        if same:
            same[0]["confirmed_until"] = f["snapshot"]
            continue
        item = office(
            f["role"],
            f["country"],
            f["title"],
            f["since"],
            None,
            source + f["snapshot"],
            confirmed_until=f["snapshot"],
        )
        for other in people.by_key.values():
            for o in other["offices"]:
                if (o["country"], o["role"]) == (f["country"], f["role"]) and o["end"] is None:
                    if f["since"] and (o["start"] or "") < f["since"]:
                        o["end"], o["end_precision"] = f["since"], "day"
                        o.pop("confirmed_until", None)
        person["offices"].append(item)


def person_keys(person: dict) -> set[str]:
    return {normalise(n) for n in [person["name"], *person["aliases"]]}


def apply_manual(manual: dict, sources: dict, people: People, found: list[dict]) -> list[dict]:
    """Merge hand-added people; their (country, role) pairs replace the tables'."""
    entries = manual.get("people", [])
    covered = set()
    for entry in entries:
        for o in entry.get("offices", []):
            for role in o.get("roles", [o.get("role")]):
                covered.add((o["country"], role))
    for person in people.by_key.values():
        person["offices"] = [
            o for o in person["offices"] if (o["country"], o["role"]) not in covered
        ]
    index: dict[str, list[str]] = defaultdict(list)
    for key, person in people.by_key.items():
        for name in person_keys(person):
            index[name].append(key)
    for entry in entries:
        keys = {normalise(n) for n in [entry["name"], *entry.get("aliases", [])]}
        countries = {o["country"] for o in entry.get("offices", [])} | {entry.get("country")}
        match = sorted(
            {
                k
                for name in keys
                for k in index.get(name, [])
                if k in people.by_key
                and people.by_key[k]["country"] in countries
                and k.startswith("Q")
            }
        )
        if len(match) > 1:
            raise SystemExit(f"manual person {entry['id']} matches several: {match}")
        person = people.by_key.pop(match[0]) if match else None
        merged = people.get(entry["id"], entry["name"], entry.get("country"), None)
        if person:
            merged["wikidata"] = person["wikidata"]
            merged["aliases"] |= person_keys_raw(person)
            merged["offices"] += person["offices"]
        merged["name"] = entry["name"]
        merged["aliases"] |= set(entry.get("aliases", []))
        merged["aliases"].discard(entry["name"])
        merged["country"] = entry.get("country")
        merged["sector"] = entry.get("sector", "GOV")
        merged["gender"] = entry.get("gender")
        merged["source"] = src(sources, entry["source"])
        merged["manual_id"] = entry["id"]
        for o in entry.get("offices", []):
            for role in o.get("roles", [o.get("role")]):
                merged["offices"].append(manual_office(o, role, entry, sources))
    return conflicts(found, covered, people)


def manual_office(o: dict, role: str, entry: dict, sources: dict) -> dict:
    """A hand-added tenure. ``end: unknown`` with ``confirmed_until`` records a holder who
    left (or may have left) at a date the editor does not know, after that day."""
    source = src(sources, o.get("source", entry["source"]))
    collegial = True if COLLEGIAL.search(o["title"]) else None  # a co-prince, a member
    if o.get("end") != "unknown":
        return office(
            role,
            o["country"],
            o["title"],
            o.get("start"),
            o.get("end"),
            source,
            collegial=collegial,
        )
    if not o.get("confirmed_until"):
        raise SystemExit(f"manual person {entry['id']}: end unknown needs confirmed_until")
    item = office(
        role,
        o["country"],
        o["title"],
        o.get("start"),
        None,
        source,
        confirmed_until=str(o["confirmed_until"]),
        collegial=collegial,
    )
    item["end_precision"] = "unknown"
    return item


def person_keys_raw(person: dict) -> set[str]:
    return {person["name"], *person["aliases"]}


def conflicts(found: list[dict], covered: set, people: People) -> list[dict]:
    """Current holders in the 2026 snapshot that the hand-checked facts do not confirm."""
    out = []
    for f in found:
        if (f["country"], f["role"]) not in covered:
            continue
        holders = [
            p
            for p in people.by_key.values()
            for o in p["offices"]
            if (o["country"], o["role"]) == (f["country"], f["role"])
            and (o["start"] or "") <= f["snapshot"]
            and (o["end"] is None or o["end"] > f["snapshot"])
        ]
        if not any(normalise(f["name"]) in person_keys(p) for p in holders):
            out.append(
                {
                    "country": f["country"],
                    "role": f["role"],
                    "claimed_holder": f["name"],
                    "claimed_since": f["since"],
                    "source": "open-data-archive world-leaders-current, " + f["snapshot"],
                    "kept_holder": ", ".join(sorted(p["name"] for p in holders)) or None,
                    "status": "not applied: not confirmed by the hand-checked facts",
                }
            )
    return out


def finish_people(people: People) -> tuple[list[dict], list[str]]:
    out, taken = [], set()
    for key, person in sorted(people.by_key.items(), key=lambda kv: kv[1].get("manual_id", "~")):
        if not person["offices"]:
            continue
        pid = person.pop("manual_id", None) or slugify(person["name"])
        if pid in taken:
            pid = f"{pid}-{key.lower()}"
        taken.add(pid)
        person["id"] = pid
        person["aliases"] = sorted(a for a in person["aliases"] if a != person["name"])
        person["offices"] = sorted(
            person["offices"], key=lambda o: (o["start"] or "", o["country"], o["role"])
        )
        out.append(person)
    out.sort(key=lambda p: p["id"])
    owners: dict[str, set[str]] = defaultdict(set)
    for person in out:
        for name in person_keys(person):
            owners[name].add(person["id"])
    return out, sorted(k for k, v in owners.items() if len(v) > 1)


def load_manual(manual_path: Path) -> dict:
    """manual.yaml plus every ``leaders/*.yaml`` beside it, in name order: their people and
    vacancies are appended, their sources join one table (a key may not change meaning)."""
    manual = yaml.safe_load(manual_path.read_text("utf-8"))
    manual.setdefault("vacancies", [])
    for path in sorted((manual_path.parent / "leaders").glob("*.yaml")):
        part = yaml.safe_load(path.read_text("utf-8")) or {}
        for key, text in (part.get("sources") or {}).items():
            if manual["sources"].setdefault(key, text) != text:
                raise SystemExit(f"{path.name}: source {key!r} differs from an earlier file's")
        manual["people"] += part.get("people") or []
        manual["vacancies"] += part.get("vacancies") or []
    return manual


def build(kbdata: Path, out: Path, manual_path: Path) -> None:
    manual = load_manual(manual_path)
    sources = manual["sources"]
    states, states_meta = build_states(kbdata, manual, sources)
    codes = read_csv(kbdata / "datasets-country-codes/country-codes.csv")
    iso3_of_qid = {
        r["wikidata_id"].rsplit("/", 1)[-1]: r["ISO3166-1-Alpha-3"]
        for r in codes
        if r["wikidata_id"]
    }
    iso3_of_qid["Q1246"] = "XKX"  # Kosovo is not in ISO 3166; its Wikidata item is Q1246
    iso3_of_a2 = {r["ISO3166-1-Alpha-2"]: r["ISO3166-1-Alpha-3"] for r in codes}
    iso3_of_a2.update({"EU": "EUR", "AU_AF": "AFR"})
    people = People()
    positions: dict[str, set[str]] = defaultdict(set)
    world_leaders(kbdata, iso3_of_qid, people, positions)
    foreign_ministers(kbdata, iso3_of_qid, people)
    found = current_leaders(kbdata, iso3_of_a2, people)
    covered = {
        (o["country"], role)
        for e in manual.get("people", [])
        for o in e.get("offices", [])
        for role in o.get("roles", [o.get("role")])
    }
    apply_current(found, people, covered)
    unconfirmed = apply_manual(manual, sources, people, found)
    leader_roles(states, positions, manual)
    rejected = {normalise(a) for a in manual.get("rejected_aliases", [])}
    for person in people.by_key.values():
        person["aliases"] = {a for a in person["aliases"] if normalise(a) not in rejected}
    people_list, ambiguous = finish_people(people)
    meta = {
        "cutoff": manual["meta"]["cutoff"],
        "date_convention": __doc__.split("Date convention: ")[1].strip(),
        "sources": sorted(set(sources.values()) | {s for st in states for s in st["sources"]}),
        "licence_note": manual["meta"]["licence_note"],
    }
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "states.json", {"meta": {**meta, **states_meta}, "states": states})
    vacancies = [
        {**v, "source": src(sources, v["source"]), "start": str(v["start"]), "end": str(v["end"])}
        for v in manual["vacancies"]
    ]
    people_meta = {
        **meta,
        "ambiguous_names": ambiguous,
        "unconfirmed_claims": unconfirmed,
        "vacancies": vacancies,
    }
    write_json(out / "people.json", {"meta": people_meta, "people": people_list})
    n_offices = sum(len(p["offices"]) for p in people_list)
    print(f"{len(states)} states/organisations, {len(people_list)} people, {n_offices} offices")


# ------------------------------------------------------------------------- leader coverage

LEADER_ROLES = ("head_of_state", "head_of_government")


def _first_day(value: str) -> date:
    return date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)


def _after(value: str) -> date:
    """The first day after a boundary written at day, month or year precision."""
    if len(value) >= 10:
        return date.fromisoformat(value)
    first = _first_day(value)
    if len(value) == 4:
        return first.replace(year=first.year + 1)
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _span(o: dict, cutoff: str) -> tuple[date, date]:
    """The days an office covers. A hand-written ``end: unknown`` (the editor could not say
    when it ended) covers to the cut-off; a table's last sighting covers to that day."""
    start = _first_day(o["start"]) if o["start"] else date.min
    if o["end"]:
        return start, date.fromisoformat(o["end"]) if len(o["end"]) >= 10 else _after(o["end"])
    if o.get("confirmed_until") and o.get("end_precision") != "unknown":
        return start, date.fromisoformat(o["confirmed_until"]) + timedelta(days=1)
    return start, _after(cutoff)


def leader_overlaps(people: list[dict]) -> list[tuple[str, str, str, str]]:
    """(country, role, person, person) of two people holding one leader office at once, both
    tenures known to the day and neither collegial (a co-prince, a presidency member)."""
    chains = defaultdict(list)
    for person in people:
        for o in person["offices"]:
            exact = o["start_precision"] == "day" and o["end_precision"] in ("day", None)
            if o["role"] in LEADER_ROLES and exact and not COLLEGIAL.search(o["title"]):
                chains[(o["country"], o["role"])].append((person["id"], _span(o, "9999-12-31")))
    return [
        (*key, a, b)
        for key, chain in sorted(chains.items())
        for i, (a, (a0, a1)) in enumerate(chain)
        for b, (b0, b1) in chain[i + 1 :]
        if a != b and a0 < b1 and b0 < a1
    ]


def leader_gaps(
    people: list[dict], states: list[dict], vacancies: list[dict], since: str, cutoff: str
) -> list[tuple[str, str, str, str]]:
    """(country, role, first day, day after) of every stretch since ``since`` in which a
    sovereign state has no head of state or of government in the data and no recorded
    vacancy. A boundary known to the month or year covers that whole month or year."""
    spans: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for person in people:
        for o in person["offices"]:
            if o["role"] in LEADER_ROLES:
                spans[(o["country"], o["role"])].append(_span(o, cutoff))
    for v in vacancies:
        spans[(v["country"], v["role"])].append((_first_day(v["start"]), _after(v["end"])))
    first, last = _first_day(since), _after(cutoff)
    gaps = []
    for state in states:
        if not (state.get("un_member") or state["code"] in OBSERVERS):
            continue
        for role in LEADER_ROLES:
            day = first
            for start, stop in sorted(spans.get((state["code"], role), [])):
                if start > day:
                    gaps.append((state["code"], role, day.isoformat(), start.isoformat()))
                day = max(day, stop)
            if day < last:
                gaps.append((state["code"], role, day.isoformat(), last.isoformat()))
    return gaps


OBSERVERS = {"VAT", "PSE", "XKX", "TWN"}


def write_json(path: Path, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kbdata", type=Path, default=ROOT.parent / "shared" / "kbdata")
    parser.add_argument("--out", type=Path, default=ROOT / "src/wirecode/actors/data")
    parser.add_argument(
        "--manual", type=Path, default=ROOT / "src/wirecode/actors/data/manual.yaml"
    )
    parser.add_argument(
        "--coverage", action="store_true", help="list leader gaps (--since) after building"
    )
    parser.add_argument("--since", default="2015-01-01", help="first day --coverage checks")
    args = parser.parse_args(argv)
    build(args.kbdata, args.out, args.manual)
    if args.coverage:
        report_gaps(args.out, since=args.since)


def report_gaps(out: Path, *, since: str = "2015-01-01") -> None:
    people = json.loads((out / "people.json").read_text("utf-8"))
    states = json.loads((out / "states.json").read_text("utf-8"))["states"]
    meta = people["meta"]
    gaps = leader_gaps(people["people"], states, meta["vacancies"], since, meta["cutoff"])
    for gap in gaps:
        print("gap:", *gap)
    overlaps = leader_overlaps(people["people"])
    for overlap in overlaps:
        print("overlap:", *overlap)
    print(f"{len(gaps)} gaps in {len({g[0] for g in gaps})} states, {len(overlaps)} overlaps")


if __name__ == "__main__":
    main()
