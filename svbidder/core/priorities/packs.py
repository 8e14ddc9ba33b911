"""Priority packs (``.svpack``): a council's priorities as one small JSON file.

The format is documented for councils in ``docs/packs.md`` and described by
the JSON Schema ``resources/packs/svpack.schema.json``. This module checks
packs without that schema (svbidder has no JSON Schema library) but follows it
rule for rule; a test keeps the two in step.

A pack is data only: nothing in it is ever run or fetched. :func:`validate_pack`
lists *every* problem with where it is (``themes[2].outcomes[0].title:
missing``), and :func:`load_pack` refuses a pack with any problem, so a bad
pack changes nothing. :func:`export_pack` writes a framework from a workspace
as a pack, atomically.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from ..documents import strip_controls
from ..errors import SvBidderError
from ..storage.records import Framework
from ..storage.workspace import Workspace
from ..text.search import fold
from .frameworks import (
    KEY_PATTERN,
    FrameworkData,
    MeasureData,
    OutcomeData,
    ThemeData,
    framework_tree,
    install_framework,
    make_key,
)

FORMAT_NAME = "svpack"
FORMAT_VERSION = 1
PACK_SUFFIX = ".svpack"
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_THEMES = 50
MAX_OUTCOMES_PER_THEME = 100
MAX_OUTCOMES = 1000
MAX_MEASURES_PER_OUTCOME = 50
MAX_MEASURES = 5000
MAX_PROBLEMS = 200  # past this, one more problem says how many were left out
ID_PATTERN = re.compile(r"[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]{0,38}[^\s\x00-\x1f\x7f])?")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
ADDRESS_PATTERN = re.compile(r"https?://[^\s\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack. ``location`` is empty for the file as a whole."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location or '(the whole file)'}: {self.message}"


class PackError(SvBidderError):
    """A pack that cannot be used. ``problems`` lists every problem found."""

    def __init__(self, problems: list[PackProblem], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        what = f"“{source}”" if source else "This file"
        count = len(self.problems)
        summary = (f"{what} is not a priority pack svbidder can use, so nothing was changed "
                   f"({count} problem{'s' * (count != 1)}):")
        super().__init__("\n".join([summary, *(f"  {problem}" for problem in self.problems)]))

    @property
    def summary(self) -> str:
        """The first line of the message: what happened, without the list."""
        return str(self).splitlines()[0]


class PackWriteError(SvBidderError):
    """A pack could not be written."""


@dataclass
class PackMetadata:
    id: str
    title: str
    publisher: str = ""
    version: str = ""
    date: str = ""
    contact: str = ""
    licence: str = ""
    default_weighting_percent: float | None = None
    source_address: str = ""
    provisional_note: str = ""
    summary: str = ""


@dataclass
class PackData:
    """A checked pack: its metadata and its framework tree."""

    metadata: PackMetadata
    themes: list[ThemeData] = field(default_factory=list)


# ----------------------------------------------------------- the rules

@dataclass(frozen=True)
class Rule:
    """How one key of a pack object is checked (mirrors the JSON Schema)."""

    kind: str  # "string", "text" (several lines allowed), "number", "integer", "array", "object"
    required: bool = False
    max_length: int | None = None
    min_length: int = 0
    pattern: re.Pattern[str] | None = None
    pattern_hint: str = ""
    minimum: float | None = None
    maximum: float | None = None
    nullable: bool = False
    min_items: int = 0
    max_items: int | None = None
    const: Any = None


ROOT_RULES: dict[str, Rule] = {
    "$schema": Rule("string", max_length=500),
    "format": Rule("string", required=True, const=FORMAT_NAME),
    "format_version": Rule("integer", required=True),
    "metadata": Rule("object", required=True),
    "themes": Rule("array", required=True, min_items=1, max_items=MAX_THEMES),
}
METADATA_RULES: dict[str, Rule] = {
    "id": Rule("string", required=True, min_length=1, max_length=80, pattern=KEY_PATTERN,
               pattern_hint="lower-case letters, digits, dots, dashes and underscores only, "
                            "starting with a letter or digit, e.g. “anytown-priorities-2026”"),
    "title": Rule("string", required=True, min_length=1, max_length=200),
    "publisher": Rule("string", max_length=200),
    "version": Rule("string", max_length=100),
    "date": Rule("string", max_length=10, pattern=DATE_PATTERN,
                 pattern_hint="a date written YYYY-MM-DD, e.g. “2026-04-01”"),
    "contact": Rule("text", max_length=500),
    "licence": Rule("text", max_length=1000),
    "default_weighting_percent": Rule("number", minimum=0, maximum=100, nullable=True),
    "source_address": Rule("string", max_length=500, pattern=ADDRESS_PATTERN,
                           pattern_hint="a web address starting http:// or https://"),
    "provisional_note": Rule("text", max_length=2000),
    "summary": Rule("text", max_length=2000),
}
_ID_HINT = ("1 to 40 characters, no line breaks, not starting or ending with a space, "
            "e.g. “1”, “2b” or “EMP1”")
THEME_RULES: dict[str, Rule] = {
    "id": Rule("string", required=True, min_length=1, max_length=40, pattern=ID_PATTERN,
               pattern_hint=_ID_HINT),
    "title": Rule("string", required=True, min_length=1, max_length=300),
    "description": Rule("text", max_length=4000),
    "outcomes": Rule("array", required=True, max_items=MAX_OUTCOMES_PER_THEME),
}
OUTCOME_RULES: dict[str, Rule] = {
    "id": Rule("string", required=True, min_length=1, max_length=40, pattern=ID_PATTERN,
               pattern_hint=_ID_HINT),
    "title": Rule("string", required=True, min_length=1, max_length=300),
    "description": Rule("text", max_length=4000),
    "guidance": Rule("text", max_length=10000),
    "measures": Rule("array", max_items=MAX_MEASURES_PER_OUTCOME),
}
MEASURE_RULES: dict[str, Rule] = {
    "name": Rule("string", required=True, min_length=1, max_length=300),
    "unit": Rule("string", max_length=40),
    "value_per_unit": Rule("number", minimum=0, maximum=1_000_000_000, nullable=True),
}
_KIND_WORDS = {"string": "text", "text": "text", "number": "a number", "integer": "a whole number",
               "array": "a list ([ … ])", "object": "an object ({ … })"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _Object(dict):
    """A JSON object that remembers keys written twice (``json`` keeps only the last)."""

    duplicates: list[str]


def _object_hook(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    result.duplicates = []
    for key, value in pairs:
        if key in result and key not in result.duplicates:
            result.duplicates.append(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a pack (use a plain number)")


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _is_kind(value: Any, kind: str) -> bool:
    if kind in ("string", "text"):
        return isinstance(value, str)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer())
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    raise ValueError(kind)


def _join(location: str, key: str) -> str:
    return f"{location}.{key}" if location else key


class _Checker:
    def __init__(self) -> None:
        self.problems: list[PackProblem] = []

    def add(self, location: str, message: str) -> None:
        self.problems.append(PackProblem(location, message))

    def object(self, value: Any, location: str, rules: dict[str, Rule]) -> dict[str, Any] | None:
        """Check one object's keys and simple values; returns it, or None if not an object."""
        if not isinstance(value, dict):
            self.add(location, f"must be an object ({{ … }}), not {_type_name(value)}")
            return None
        for key in getattr(value, "duplicates", []):
            self.add(_join(location, key), "written twice in the same object")
        for key in value:
            if key not in rules:
                allowed = ", ".join(k for k in rules if not k.startswith("$"))
                self.add(_join(location, key), f"unknown key (allowed here: {allowed})")
        for key, rule in rules.items():
            where = _join(location, key)
            if key not in value:
                if rule.required:
                    self.add(where, "missing")
                continue
            self.value(value[key], where, rule)
        return value

    def value(self, value: Any, where: str, rule: Rule) -> None:
        if value is None:
            if not rule.nullable:
                self.add(where, f"must be {_KIND_WORDS[rule.kind]}, not null")
            return
        if not _is_kind(value, rule.kind):
            self.add(where, f"must be {_KIND_WORDS[rule.kind]}, not {_type_name(value)}")
            return
        if rule.kind in ("string", "text"):
            self.text(value, where, rule)
        elif rule.kind in ("number", "integer"):
            if rule.minimum is not None and value < rule.minimum or (
                    rule.maximum is not None and value > rule.maximum):
                self.add(where, f"must be between {rule.minimum:g} and {rule.maximum:g}")
        elif rule.kind == "array":
            if len(value) < rule.min_items:
                self.add(where, f"must have at least {rule.min_items} item"
                                f"{'s' * (rule.min_items != 1)}")
            if rule.max_items is not None and len(value) > rule.max_items:
                self.add(where, f"has too many items ({len(value):,}; at most "
                                f"{rule.max_items:,})")

    def text(self, value: str, where: str, rule: Rule) -> None:
        if rule.const is not None and value != rule.const:
            self.add(where, f"must be “{rule.const}”")
            return
        if rule.max_length is not None and len(value) > rule.max_length:
            self.add(where, f"too long ({len(value):,} characters; at most {rule.max_length:,})")
            return
        if rule.min_length and not value.strip():
            self.add(where, "must not be empty")
            return
        if rule.kind == "string" and ("\n" in value or "\r" in value):
            self.add(where, "must be one line (no line breaks)")
            return
        if _CONTROL.search(value) or (rule.kind == "string" and "\t" in value):
            self.add(where, "contains control characters (such as tabs) that are not allowed "
                            "here" if rule.kind == "string" else "contains control characters")
            return
        if rule.pattern is not None and value and not rule.pattern.fullmatch(value):
            self.add(where, f"not in the right form: {rule.pattern_hint}")
            return
        if rule.pattern is DATE_PATTERN and value:
            try:
                date.fromisoformat(value)
            except ValueError:
                self.add(where, "is not a real date")


_KIND_NAMES = {"docx": "a Word document", "xlsx": "an Excel workbook", "pdf": "a PDF",
               "damaged-zip": "a document (Word, Excel or other zip file)",
               "old-doc": "an older Word file", "encrypted": "a password-protected document",
               "old-office": "an older Office file", "old-xls": "an older Excel workbook",
               "image": "a picture", "sqlite": "a database file", "rtf": "a Rich Text file",
               "pptx": "a PowerPoint presentation", "odf": "an OpenDocument file",
               "zip": "a zip file"}


def _decode(raw: bytes | bytearray | str) -> tuple[Any, list[PackProblem]]:
    """Parse JSON text; returns the data or the one problem that stops it."""
    if isinstance(raw, bytes | bytearray):
        if len(raw) > MAX_FILE_BYTES:
            return None, [PackProblem("", f"the file is too big ({len(raw) / 1048576:.1f} MB; "
                                          f"a pack may be at most {MAX_FILE_BYTES // 1048576} MB)")]
        from ..documents import sniff  # the one reader says what a file is

        kind = sniff(bytes(raw))
        if kind != "text":
            return None, [PackProblem("", f"this is {_KIND_NAMES.get(kind, 'not text')}, not a "
                                          "priority pack. To bring in priorities from a "
                                          "document, use Import from a document instead")]
        try:
            text = bytes(raw).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return None, [PackProblem("", f"not UTF-8 text (a byte that is not text at position "
                                          f"{exc.start:,}); a pack is a JSON text file")]
    else:
        text = raw
        if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
            return None, [PackProblem("", f"the text is too big (a pack may be at most "
                                          f"{MAX_FILE_BYTES // 1048576} MB)")]
    if not text.strip():
        return None, [PackProblem("", "the file is empty")]
    try:
        return json.loads(text, object_pairs_hook=_object_hook,
                          parse_constant=_reject_constant), []
    except json.JSONDecodeError as exc:
        return None, [PackProblem("", f"not valid JSON: {exc.msg.lower()} at line {exc.lineno}, "
                                      f"column {exc.colno}")]
    except (ValueError, RecursionError) as exc:
        message = str(exc) if isinstance(exc, ValueError) else "nested too deeply"
        return None, [PackProblem("", f"not valid JSON: {message}")]


def _id_key(text: str) -> str:
    return " ".join(fold(text).split())


def _check_structure(data: Any) -> list[PackProblem]:
    check = _Checker()
    root = check.object(data, "", ROOT_RULES)
    if root is None:
        check.problems[-1] = PackProblem("", "must be a JSON object ({ … }) with format, "
                                             f"format_version, metadata and themes, not "
                                             f"{_type_name(data)}")
        return check.problems
    version: Any = root.get("format_version")  # a JSON value; _is_kind says which
    if (_is_kind(version, "integer") and version != FORMAT_VERSION):
        newer = version > FORMAT_VERSION
        problem = PackProblem("format_version",
                              f"this pack is format version {int(version)}, " + (
                                  "made for a newer svbidder; update svbidder to read it"
                                  if newer else
                                  f"but svbidder reads version {FORMAT_VERSION}"))
        if newer:  # the rest follows rules this svbidder does not know
            return [problem]
        check.problems.append(problem)
    if "metadata" in root:
        check.object(root["metadata"], "metadata", METADATA_RULES)
    themes = root.get("themes")
    if not isinstance(themes, list):
        return check.problems
    theme_ids: dict[str, str] = {}
    outcome_ids: dict[str, str] = {}
    total_outcomes = total_measures = 0
    for t_index, theme in enumerate(themes[:MAX_THEMES * 2]):
        outcomes, measures = _check_theme(check, theme, f"themes[{t_index}]", theme_ids,
                                          outcome_ids)
        total_outcomes += outcomes
        total_measures += measures
        if len(check.problems) > MAX_PROBLEMS:
            break
    if total_outcomes > MAX_OUTCOMES:
        check.add("themes", f"too many outcomes in all ({total_outcomes:,}; at most "
                            f"{MAX_OUTCOMES:,})")
    if total_measures > MAX_MEASURES:
        check.add("themes", f"too many measures in all ({total_measures:,}; at most "
                            f"{MAX_MEASURES:,})")
    return check.problems


def _check_theme(check: _Checker, theme: Any, t_loc: str, theme_ids: dict[str, str],
                 outcome_ids: dict[str, str]) -> tuple[int, int]:
    """Check one theme and its outcomes; returns how many outcomes and measures it holds.

    Kept apart from :func:`_check_structure` so each level of the pack (theme, outcome,
    measure) is checked in its own short function. The counts are of the whole lists, so the
    pack-wide limits still see everything, not only the part that was checked.
    """
    if check.object(theme, t_loc, THEME_RULES) is None:
        return 0, 0
    _check_unique(check, theme.get("id"), f"{t_loc}.id", theme_ids)
    outcomes = theme.get("outcomes")
    if not isinstance(outcomes, list):
        return 0, 0
    total_measures = 0
    for o_index, outcome in enumerate(outcomes[:MAX_OUTCOMES_PER_THEME * 2]):
        total_measures += _check_outcome(check, outcome, f"{t_loc}.outcomes[{o_index}]",
                                         outcome_ids)
    return len(outcomes), total_measures


def _check_outcome(check: _Checker, outcome: Any, o_loc: str,
                   outcome_ids: dict[str, str]) -> int:
    """Check one outcome and its measures; returns how many measures it holds.

    Split out of :func:`_check_theme` for the same reason: one level of the pack each.
    Measure names need only be unique within their outcome.
    """
    if check.object(outcome, o_loc, OUTCOME_RULES) is None:
        return 0
    _check_unique(check, outcome.get("id"), f"{o_loc}.id", outcome_ids)
    measures = outcome.get("measures")
    if not isinstance(measures, list):
        return 0
    names: dict[str, str] = {}
    for m_index, measure in enumerate(measures[:MAX_MEASURES_PER_OUTCOME * 2]):
        m_loc = f"{o_loc}.measures[{m_index}]"
        if check.object(measure, m_loc, MEASURE_RULES) is None:
            continue
        _check_unique(check, measure.get("name"), f"{m_loc}.name", names,
                      what="measure name")
    return len(measures)


def _check_unique(check: _Checker, value: Any, where: str, seen: dict[str, str],
                  what: str = "id") -> None:
    if not isinstance(value, str) or not value.strip():
        return
    key = _id_key(value)
    if key in seen:
        check.add(where, f"duplicate {what} “{value}” (already used at {seen[key]})")
    else:
        seen[key] = where


def validate_pack(data_or_bytes: Any) -> list[PackProblem]:
    """Every problem with a pack, each with where it is; an empty list means it is fine.

    Takes the file's bytes, its text, or already-parsed JSON data. Never raises.
    """
    if isinstance(data_or_bytes, bytes | bytearray | str):
        data, problems = _decode(data_or_bytes)
        if problems:
            return problems
    else:
        data = data_or_bytes
    try:
        problems = _check_structure(data)
    except RecursionError:  # pragma: no cover - json refuses such depth first
        problems = [PackProblem("", "nested too deeply")]
    if len(problems) > MAX_PROBLEMS:
        left = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS],
                    PackProblem("", f"and {left:,} more problem{'s' * (left != 1)} not listed")]
    return problems


# --------------------------------------------------------- reading packs

def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _pack_from_checked(data: dict[str, Any]) -> PackData:
    meta = data["metadata"]
    names = {f.name for f in fields(PackMetadata)}
    values: dict[str, Any] = {k: (_text(v) if isinstance(v, str) else v)
                              for k, v in meta.items() if k in names}
    metadata = PackMetadata(**values)
    if metadata.default_weighting_percent is not None:
        metadata.default_weighting_percent = float(metadata.default_weighting_percent)
    themes = [
        ThemeData(
            ref=_text(theme["id"]), title=_text(theme["title"]),
            description=_text(theme.get("description")),
            outcomes=[
                OutcomeData(
                    ref=_text(outcome["id"]), title=_text(outcome["title"]),
                    description=_text(outcome.get("description")),
                    guidance=_text(outcome.get("guidance")),
                    measures=[MeasureData(name=_text(m["name"]), unit=_text(m.get("unit")),
                                          value_per_unit=(None if m.get("value_per_unit") is None
                                                          else float(m["value_per_unit"])))
                              for m in outcome.get("measures", [])],
                )
                for outcome in theme["outcomes"]
            ],
        )
        for theme in data["themes"]
    ]
    return PackData(metadata=metadata, themes=themes)


def parse_pack(data_or_bytes: Any, *, source: str = "") -> PackData:
    """A checked pack from bytes, text or parsed JSON; :class:`PackError` if anything is wrong."""
    if isinstance(data_or_bytes, bytes | bytearray | str):
        data, problems = _decode(data_or_bytes)
        if problems:
            raise PackError(problems, source)
    else:
        data = data_or_bytes
    problems = validate_pack(data)
    if problems:
        raise PackError(problems, source)
    return _pack_from_checked(data)


def read_pack_bytes(path: Path) -> bytes:
    """A pack file's bytes, refusing huge files before reading them (the one reader's
    checks and messages, with the pack format's own size limit)."""
    from ..documents import DocumentError, Limits, read_bytes

    path = Path(path)
    try:
        return read_bytes(path, Limits(max_file_bytes=MAX_FILE_BYTES))
    except DocumentError as exc:
        if exc.kind != "too-large":
            raise
        size = path.stat().st_size
        raise PackError([PackProblem("", f"the file is too big ({size / 1048576:.1f} MB; "
                                         f"a pack may be at most "
                                         f"{MAX_FILE_BYTES // 1048576} MB)")], path.name) from exc


def load_pack(path: Path) -> PackData:
    """Read and check a pack file. Raises :class:`PackError` listing every problem."""
    path = Path(path)
    return parse_pack(read_pack_bytes(path), source=path.name)


def pack_to_framework_data(pack: PackData | dict[str, Any]) -> FrameworkData:
    """The framework a pack describes (``origin`` "pack"; the pack's id becomes the key)."""
    if not isinstance(pack, PackData):
        pack = parse_pack(pack)
    meta = pack.metadata
    return FrameworkData(
        key=meta.id, name=meta.title, publisher=meta.publisher, version=meta.version,
        as_at=meta.date, source_address=meta.source_address, licence_note=meta.licence,
        provisional_note=meta.provisional_note, themes=pack.themes, origin="pack",
        contact=meta.contact, default_weighting_percent=meta.default_weighting_percent,
        summary=meta.summary,
    )


def import_pack(ws: Workspace, path: Path, *, replace_existing: bool = False) -> Framework:
    """Check a pack file and add its framework to the workspace in one undo step.

    With ``replace_existing`` a framework with the same id is updated to the
    pack's version (see :func:`~svbidder.core.frameworks.install_framework`).
    Nothing changes if the pack has any problem.
    """
    return install_framework(ws, pack_to_framework_data(load_pack(path)), origin="pack",
                             replace_existing=replace_existing)


# --------------------------------------------------------- writing packs

def _unique_id(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 2
    while _id_key(candidate) in taken:
        candidate = f"{wanted}-{number}"
        number += 1
    taken.add(_id_key(candidate))
    return candidate


def _usable_id(ref: str) -> str:
    ref = " ".join((ref or "").split())[:40].strip()
    return ref if ref and ID_PATTERN.fullmatch(ref) else ""


def framework_to_pack(data: FrameworkData, metadata: dict[str, Any] | None = None
                      ) -> dict[str, Any]:
    """The pack (as JSON-ready data) for a framework tree.

    ``metadata`` overrides or adds pack metadata (keys as in
    :class:`PackMetadata`). Themes and outcomes without a reference get one
    from their position (``"2"``, ``"2.3"``); repeated references get a suffix.
    """
    overrides = dict(metadata or {})
    unknown = set(overrides) - {f.name for f in fields(PackMetadata)}
    if unknown:
        raise ValueError(f"Packs have no metadata called {', '.join(sorted(unknown))}.")
    meta: dict[str, Any] = {
        "id": data.key, "title": data.name, "publisher": data.publisher,
        "version": data.version, "date": data.as_at if _is_date(data.as_at) else "",
        "contact": data.contact, "licence": data.licence_note,
        "default_weighting_percent": data.default_weighting_percent,
        "source_address": data.source_address, "provisional_note": data.provisional_note,
        "summary": data.summary,
    }
    meta.update(overrides)
    if not meta.get("id") or not KEY_PATTERN.fullmatch(str(meta["id"])):
        meta["id"] = make_key(str(meta.get("id") or meta.get("title") or ""))
    if not meta.get("date"):
        meta["date"] = date.today().isoformat()
    ordered = {name: meta[name] for name in METADATA_RULES if name in meta}
    ordered = {k: v for k, v in ordered.items()
               if METADATA_RULES[k].required or v not in ("", None)}
    theme_ids: set[str] = set()
    outcome_ids: set[str] = set()
    themes = []
    for t_index, theme in enumerate(data.themes, start=1):
        theme_id = _unique_id(_usable_id(theme.ref) or str(t_index), theme_ids)
        outcomes = []
        for o_index, outcome in enumerate(theme.outcomes, start=1):
            outcome_id = _unique_id(_usable_id(outcome.ref) or f"{theme_id[:30]}.{o_index}",
                                    outcome_ids)
            entry: dict[str, Any] = {"id": outcome_id, "title": outcome.title}
            if outcome.description:
                entry["description"] = outcome.description
            if outcome.guidance:
                entry["guidance"] = outcome.guidance
            if outcome.measures:
                entry["measures"] = []
                for measure in outcome.measures:
                    item: dict[str, Any] = {"name": measure.name}
                    if measure.unit:
                        item["unit"] = measure.unit
                    if measure.value_per_unit is not None:
                        item["value_per_unit"] = measure.value_per_unit
                    entry["measures"].append(item)
            outcomes.append(entry)
        theme_entry: dict[str, Any] = {"id": theme_id, "title": theme.title}
        if theme.description:
            theme_entry["description"] = theme.description
        theme_entry["outcomes"] = outcomes
        themes.append(theme_entry)
    pack = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "metadata": _cleaned(ordered, METADATA_RULES),
            "themes": [_cleaned(theme, THEME_RULES) for theme in themes]}
    return pack


_NESTED_RULES = {"outcomes": OUTCOME_RULES, "measures": MEASURE_RULES}


def _cleaned(entry: dict[str, Any], rules: dict[str, Rule]) -> dict[str, Any]:
    """``entry`` with control characters taken out and one-line fields on one line.

    A framework saved before the importers stripped control characters (or typed
    with a stray tab) would otherwise make a pack that its own checks refuse.
    """
    cleaned: dict[str, Any] = {}
    for key, value in entry.items():
        rule = rules.get(key)
        if isinstance(value, str) and rule is not None:
            value = strip_controls(value)
            value = " ".join(value.split()) if rule.kind == "string" else value.strip()
        elif isinstance(value, list) and key in _NESTED_RULES:
            value = [_cleaned(item, _NESTED_RULES[key]) for item in value]
        cleaned[key] = value
    return cleaned


def _is_date(text: str) -> bool:
    if not DATE_PATTERN.fullmatch(text or ""):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def pack_bytes(pack: dict[str, Any]) -> bytes:
    """A pack as the bytes of a readable UTF-8 JSON file (checked first)."""
    encoded = (json.dumps(pack, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    problems = validate_pack(encoded)
    if problems:
        raise PackError(problems, str(pack.get("metadata", {}).get("title", "")))
    return encoded


def write_pack_file(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` so that it is either all there or not changed at all."""
    from ..storage.atomic import AtomicWriteError, describe_failure, write_bytes

    try:
        write_bytes(path, payload)
    except AtomicWriteError as exc:
        raise PackWriteError(f"The pack could not be saved to {path}: {describe_failure(exc)} "
                             "Nothing was written.") from exc


def export_pack(ws: Workspace, framework_id: int, path: Path,
                metadata: dict[str, Any] | None = None) -> Path:
    """Write a framework from the workspace as a pack at ``path`` (atomically).

    ``metadata`` overrides the pack metadata taken from the framework (e.g.
    ``{"contact": "…", "version": "2"}``). The pack is checked before it is
    written; a framework that would make a bad pack (say, a title longer than
    packs allow) raises :class:`PackError` naming the places to fix.
    """
    payload = pack_bytes(framework_to_pack(framework_tree(ws, framework_id), metadata))
    write_pack_file(Path(path), payload)
    return Path(path)
