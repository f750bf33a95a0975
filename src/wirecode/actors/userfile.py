"""User actor files: YAML or CSV that add or override people, states and organisations.

The format is documented in ``docs/actors.md`` (example: ``examples/actors.yaml``).
``read_actor_file`` parses and validates a file and returns every problem found, each an
``ActorFileError`` carrying the file, the line (YAML: the line where the entry or field
starts; CSV: the row's line), the field and the reason. ``load_actor_file`` raises the
first problem instead. The entries come back as dicts of the same shape as the package
data (``people.json``, ``states.json``), which ``KnowledgeBase.load`` merges.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wirecode.actors.names import normalise
from wirecode.errors import ActorFileError

__all__ = ["ActorFile", "KNOWN_ROLES", "load_actor_file", "read_actor_file"]

KNOWN_ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "deputy_head_of_government",
        "foreign_minister",
        "defence_minister",
        "interior_minister",
        "finance_minister",
        "minister",
        "national_security_adviser",
        "spokesperson",
        "spokesperson_head_of_state",
        "spokesperson_head_of_government",
        "spokesperson_foreign_ministry",
        "general_secretary",
        "secretary_general",
        "supreme_leader",
        "crown_prince",
        "chair",
        "commander",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "official",
        "member",
    }
)
GENDERS = frozenset({"male", "female"})
PERSON_FIELDS = ("id", "name", "aliases", "country", "sector", "gender", "wikidata", "offices")
OFFICE_FIELDS = ("role", "country", "title", "start", "end", "source")
STATE_FIELDS = (
    "code",
    "name",
    "official_name",
    "aliases",
    "names",
    "adjectives",
    "capitals",
    "metonyms",
    "leader_role",
    "sector",
    "source",
)
CSV_COLUMNS = (
    "kind",
    "id",
    "name",
    "aliases",
    "country",
    "sector",
    "gender",
    "role",
    "office_country",
    "title",
    "start",
    "end",
    "code",
    "adjectives",
    "capitals",
    "metonyms",
    "source",
)
STATE_CODE = re.compile(r"^[A-Z]{3}$")
ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
SECTOR = re.compile(r"^(?:[A-Z]{3})+$")
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
WIKIDATA = re.compile(r"^Q[1-9]\d*$")
LIST_SEPARATOR = ";"


@dataclass
class ActorFile:
    """A parsed user file: entries in package-data shape, and every problem found."""

    path: str
    people: list[dict] = field(default_factory=list)
    states: list[dict] = field(default_factory=list)
    problems: list[ActorFileError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Entry:
    """One raw entry before validation, with the line of each of its fields."""

    kind: str  # person | state | organisation
    line: int
    data: dict
    lines: dict = field(default_factory=dict)

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)


def read_actor_file(path: str | Path, *, known_codes: Collection[str] = ()) -> ActorFile:
    """Parse and validate a YAML (.yaml, .yml) or CSV (.csv) actor file.

    ``known_codes`` are the state and organisation codes already known (the built-in
    knowledge base); a person's country must be one of them or defined in the same file.
    """
    path = Path(path)
    result = ActorFile(str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        result.problems.append(ActorFileError(str(path), None, "file", f"cannot read: {error}"))
        return result
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        entries, default_source = _yaml_entries(text, result)
    elif suffix == ".csv":
        entries, default_source = _csv_entries(text, result), None
    else:
        result.problems.append(
            ActorFileError(str(path), None, "file", f"unknown format {suffix!r}: use .yaml or .csv")
        )
        return result
    source = default_source or f"user file {path.name}"
    checker = _Checker(result, known_codes, source)
    for entry in entries:  # states first: people may name a country defined in the file
        if entry.kind != "person":
            checker.state(entry)
    for entry in entries:
        if entry.kind == "person":
            checker.person(entry)
    result.problems.sort(key=lambda p: p.line or 0)
    return result


def load_actor_file(path: str | Path, *, known_codes: Collection[str] = ()) -> ActorFile:
    """Like ``read_actor_file`` but raises the first problem as an ``ActorFileError``."""
    result = read_actor_file(path, known_codes=known_codes)
    if result.problems:
        first = result.problems[0]
        more = len(result.problems) - 1
        if more:
            first.args = (f"{first.args[0]} (and {more} more: `wirecode actors --check`)",)
        raise first
    return result


# ---------------------------------------------------------------------------- YAML
class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so that a bad date is our error, with its line."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml_entries(text: str, result: ActorFile) -> tuple[list[_Entry], str | None]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = f"not valid YAML: {getattr(error, 'problem', None) or error}"
        result.problems.append(ActorFileError(result.path, line, "file", reason))
        return [], None
    finally:
        loader.dispose()
    if data is None:
        return [], None
    if not isinstance(data, dict):
        reason = "expected a mapping with people:, states: or organisations:"
        result.problems.append(ActorFileError(result.path, 1, "file", reason))
        return [], None
    entries: list[_Entry] = []
    sections = {"people": "person", "states": "state", "organisations": "organisation"}
    source = data.get("source") if isinstance(data.get("source"), str) else None
    for key_node, value_node in root.value:
        key = key_node.value
        line = key_node.start_mark.line + 1
        if key == "source":
            continue
        if key not in sections:
            reason = "unknown section (expected people, states, organisations or source)"
            result.problems.append(ActorFileError(result.path, line, key, reason))
            continue
        items = data[key]
        if items is None:
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            result.problems.append(ActorFileError(result.path, line, key, "expected a list"))
            continue
        for node, item in zip(value_node.value, items, strict=True):
            item_line = node.start_mark.line + 1
            if not isinstance(item, dict):
                reason = "each entry must be a mapping of field: value"
                result.problems.append(ActorFileError(result.path, item_line, key, reason))
                continue
            lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
            entry = _Entry(sections[key], item_line, item, lines)
            offices = item.get("offices")
            if isinstance(offices, list) and isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == "offices" and isinstance(v, yaml.SequenceNode):
                        entry.lines["offices"] = [n.start_mark.line + 1 for n in v.value]
            entries.append(entry)
    return entries, source


# ---------------------------------------------------------------------------- CSV
def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(LIST_SEPARATOR) if part.strip()]


def _csv_entries(text: str, result: ActorFile) -> list[_Entry]:
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = reader.fieldnames or []
    unknown = [c for c in header if c and c.strip() not in CSV_COLUMNS]
    for column in unknown:
        reason = f"unknown column (expected some of: {', '.join(CSV_COLUMNS)})"
        result.problems.append(ActorFileError(result.path, 1, column, reason))
    if "name" not in header and "code" not in header:
        reason = "the header needs a name column (people) or a code column (states)"
        result.problems.append(ActorFileError(result.path, 1, "header", reason))
        return []
    entries: list[_Entry] = []
    people: dict[str, _Entry] = {}
    for row in reader:
        line = reader.line_num
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        if not any(row.values()):
            continue
        kind = row.get("kind", "").lower() or ("person" if not row.get("code") else "state")
        if kind not in ("person", "state", "organisation"):
            reason = f"{kind!r} is not person, state or organisation"
            result.problems.append(ActorFileError(result.path, line, "kind", reason))
            continue
        if kind != "person":
            data = {k: row[k] for k in ("code", "name", "sector", "source") if row.get(k)}
            for k in ("aliases", "adjectives", "capitals", "metonyms"):
                if row.get(k):
                    data[k] = _split(row[k])
            entries.append(_Entry(kind, line, data))
            continue
        key = row.get("id") or normalise(row.get("name", ""))
        office = None
        if any(row.get(k) for k in ("role", "title", "start", "end", "office_country")):
            office = {
                "role": row.get("role") or None,
                "country": row.get("office_country") or None,
                "title": row.get("title") or None,
                "start": row.get("start") or None,
                "end": row.get("end") or None,
            }
            if row.get("source"):
                office["source"] = row["source"]
        entry = people.get(key) if key else None
        if entry is None:
            data = {k: row[k] for k in ("id", "name", "country", "sector", "gender") if row.get(k)}
            data["aliases"] = _split(row.get("aliases"))
            data["offices"] = []
            entry = _Entry("person", line, data, {"offices": []})
            entries.append(entry)
            if key:
                people[key] = entry
        else:  # a further row for the same person: more aliases, another office
            aliases = entry.data["aliases"]
            aliases += [a for a in _split(row.get("aliases")) if a not in aliases]
        if office:
            entry.data["offices"].append(office)
            entry.lines["offices"].append(line)
    return entries


# ---------------------------------------------------------------------------- checks
class _Checker:
    """Validates raw entries and turns them into package-data dicts."""

    def __init__(self, result: ActorFile, known_codes: Collection[str], source: str) -> None:
        self.result = result
        self.codes = set(known_codes)
        self.source = source

    def problem(self, line: int | None, name: str, reason: str) -> None:
        self.result.problems.append(ActorFileError(self.result.path, line, name, reason))

    def _unknown_fields(self, entry: _Entry, allowed: tuple[str, ...]) -> None:
        for name in entry.data:
            if name not in allowed:
                reason = f"unknown field (expected one of: {', '.join(allowed)})"
                self.problem(entry.line_of(name), name, reason)

    def _text(self, entry: _Entry, name: str, *, required: bool = False) -> str | None:
        value = entry.data.get(name)
        if value is None or value == "":
            if required:
                self.problem(entry.line_of(name), name, "required")
            return None
        if not isinstance(value, str):
            self.problem(entry.line_of(name), name, f"expected text, got {value!r}")
            return None
        return value.strip()

    def _list(self, entry: _Entry, name: str) -> list[str]:
        value = entry.data.get(name)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(entry.line_of(name), name, f"expected a list of names, got {value!r}")
            return []
        return [v.strip() for v in value]

    def _country(self, line: int, name: str, value) -> str | None:
        if value is None or value == "":
            return None
        code = str(value).strip().upper()
        if code not in self.codes:
            reason = f"unknown country or organisation code {value!r} (ISO 3166 alpha-3)"
            self.problem(line, name, reason)
            return None
        return code

    def _sector(self, entry: _Entry) -> str | None:
        value = self._text(entry, "sector")
        if value is not None and not SECTOR.match(value):
            self.problem(entry.line_of("sector"), "sector", f"{value!r} is no PLOVER sector code")
            return None
        return value

    # -- states and organisations --------------------------------------------------------
    def state(self, entry: _Entry) -> None:
        before = len(self.result.problems)
        self._unknown_fields(entry, STATE_FIELDS)
        code = self._text(entry, "code", required=True)
        pattern = STATE_CODE if entry.kind == "state" else ORG_CODE
        if code is not None and not pattern.match(code):
            expected = (
                "three capital letters (ISO 3166 alpha-3)"
                if entry.kind == "state"
                else "2-8 capital letters or digits"
            )
            self.problem(entry.line_of("code"), "code", f"{code!r} is not {expected}")
            code = None
        name = self._text(entry, "name", required=code is not None and code not in self.codes)
        names = self._list(entry, "aliases") + self._list(entry, "names")
        leader_role = self._text(entry, "leader_role")
        if leader_role is not None and leader_role not in KNOWN_ROLES:
            self.problem(entry.line_of("leader_role"), "leader_role", _role_reason(leader_role))
        item = {
            "code": code,
            "kind": entry.kind,
            "names": names,
            "adjectives": self._list(entry, "adjectives"),
            "capitals": self._list(entry, "capitals"),
            "metonyms": self._list(entry, "metonyms"),
            "source": self._text(entry, "source") or self.source,
        }
        if name:
            item["name"] = name
        for optional in ("official_name",):
            if self._text(entry, optional):
                item[optional] = entry.data[optional].strip()
        if leader_role:
            item["leader_role"] = leader_role
        sector = self._sector(entry)
        if sector:
            item["sector"] = sector
        if code is not None:
            self.codes.add(code)
        if len(self.result.problems) == before:
            self.result.states.append(item)

    # -- people ------------------------------------------------------------------------
    def person(self, entry: _Entry) -> None:
        before = len(self.result.problems)
        self._unknown_fields(entry, PERSON_FIELDS)
        name = self._text(entry, "name", required=True)
        person_id = self._text(entry, "id")
        country = self._country(entry.line_of("country"), "country", entry.data.get("country"))
        gender = self._text(entry, "gender")
        if gender is not None and gender.lower() not in GENDERS:
            self.problem(entry.line_of("gender"), "gender", f"{gender!r} is not male or female")
        wikidata = self._text(entry, "wikidata")
        if wikidata is not None and not WIKIDATA.match(wikidata):
            self.problem(entry.line_of("wikidata"), "wikidata", f"{wikidata!r} is no Q-number")
        offices = []
        raw = entry.data.get("offices") or []
        if not isinstance(raw, list):
            self.problem(entry.line_of("offices"), "offices", "expected a list of offices")
            raw = []
        office_lines = entry.lines.get("offices")
        for index, office in enumerate(raw):
            line = (
                office_lines[index]
                if isinstance(office_lines, list) and index < len(office_lines)
                else entry.line
            )
            checked = self.office(office, line, index, country, bool(entry.data.get("country")))
            if checked:
                offices.append(checked)
        item = {
            "id": person_id,
            "name": name,
            "aliases": self._list(entry, "aliases"),
            "country": country,
            "sector": self._sector(entry) or "GOV",
            "gender": gender.lower() if gender else None,
            "kind": "person",
            "offices": offices,
        }
        if wikidata:
            item["wikidata"] = wikidata
        if len(self.result.problems) == before:
            self.result.people.append(item)

    def office(
        self, office, line: int, index: int, country: str | None, country_given: bool = False
    ) -> dict | None:
        where = f"offices[{index}]"
        if not isinstance(office, dict):
            self.problem(line, where, f"expected a mapping of role, country, ..., got {office!r}")
            return None
        for name in office:
            if name not in OFFICE_FIELDS:
                reason = f"unknown field (expected one of: {', '.join(OFFICE_FIELDS)})"
                self.problem(line, f"{where}.{name}", reason)
        role = office.get("role")
        if not role:
            self.problem(line, f"{where}.role", "required")
        elif role not in KNOWN_ROLES:
            self.problem(line, f"{where}.role", _role_reason(role))
        office_country = office.get("country")
        if office_country:
            office_country = self._country(line, f"{where}.country", office_country)
        else:
            office_country = country
            if country is None and not country_given:  # a bad one is reported once
                reason = "required (or give the person a country)"
                self.problem(line, f"{where}.country", reason)
        start = self._date(line, f"{where}.start", office.get("start"))
        end = self._date(line, f"{where}.end", office.get("end"))
        if start and end and _as_date(end, last=True) <= _as_date(start, last=False):
            self.problem(line, f"{where}.end", f"{end} is not after the start {start}")
        title = office.get("title")
        if title is not None and not isinstance(title, str):
            self.problem(line, f"{where}.title", f"expected text, got {title!r}")
            title = None
        if not role or role not in KNOWN_ROLES or office_country is None:
            return None
        return {
            "role": role,
            "country": office_country,
            "title": title or role.replace("_", " ").capitalize(),
            "start": start,
            "end": end,
            "start_precision": _precision(start),
            "end_precision": _precision(end),
            "source": office.get("source") or self.source,
        }

    def _date(self, line: int, name: str, value) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value).strip()
        if not ISO_DATE.match(text):
            self.problem(line, name, f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            return None
        try:
            _as_date(text, last=False)
        except ValueError as error:
            self.problem(line, name, f"{value!r} is not a date: {error}")
            return None
        return text


def _role_reason(role: str) -> str:
    return f"unknown role {role!r} (expected one of: {', '.join(sorted(KNOWN_ROLES))})"


def _precision(value: str | None) -> str | None:
    if value is None:
        return None
    return {10: "day", 7: "month", 4: "year"}[len(value)]


def _as_date(value: str, *, last: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    year, month = parts[0], parts[1] if len(parts) == 2 else None
    first = dt.date(year, month or 1, 1)
    if not last:
        return first
    if month is None or month == 12:
        return dt.date(year + (1 if month is None or month == 12 else 0), 1, 1)
    return dt.date(year, month + 1, 1)
