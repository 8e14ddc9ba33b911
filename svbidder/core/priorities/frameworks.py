"""Council priorities: frameworks of themes → outcomes → measures.

A *framework* is what a buyer wants: the UK Social Value Model, Wales'
well-being goals, a council's own "plan on a page". In a workspace it is a
:class:`~svbidder.core.records.Framework` row with :class:`Theme`,
:class:`Outcome` and :class:`Measure` rows under it, each level kept in the
order the person gives it (``position`` 0, 1, 2, …).

This module has two halves:

* A plain data model of a framework tree (:class:`FrameworkData`,
  :class:`ThemeData`, :class:`OutcomeData`, :class:`MeasureData`) that does not
  depend on a workspace. Bundled frameworks, priority packs and text imports
  all produce one; :func:`install_framework` puts one into a workspace and
  :func:`framework_tree` reads one back.
* The tree edits the Council priorities screen offers (add, move up or down,
  move an outcome to another theme, delete, duplicate). Every one of them is a
  single undo step. Typed changes to names and descriptions do not come here:
  the screen saves them through the session like every other field.

Updating a framework (a council publishes version 2 of its pack, or svbidder
ships a newer Social Value Model) is :func:`install_framework` with
``replace_existing=True``: outcomes are matched to the ones already in the
workspace by their reference, then by their title, and keep their ids, so
links from activities, questions and commitments survive. Outcomes that the new
version drops are deleted, unless some of the person's work points at them: those
are kept under a theme called :data:`RETIRED_THEME_TITLE` so nothing is lost.
:func:`compare_framework` says beforehand what an update would do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import SvBidderError
from ..storage.records import Commitment, Framework, Mapping, Measure, Outcome, Record, Theme
from ..storage.workspace import Workspace
from ..text.search import fold

# Units offered when adding a measure; any other text is allowed too.
MEASURE_UNITS: tuple[str, ...] = (
    "people", "hours", "£", "tonnes CO2e", "weeks", "sessions", "jobs (FTE)",
    "apprenticeships", "placements", "organisations", "events", "%",
)

# Where a framework came from (``Framework.origin``), with how to say it.
ORIGINS: dict[str, str] = {
    "bundled": "Comes with svbidder",
    "pack": "From a priority pack",
    "imported": "Imported from a document",
    "custom": "Made in this workspace",
}

RETIRED_THEME_TITLE = "No longer in the latest version"
_RETIRED_THEME_DESCRIPTION = (
    "These outcomes were dropped by a newer version of this framework. They are kept "
    "here because your mappings, questions or commitments refer to them. Move what "
    "you still need, then delete this theme."
)
_DETAILS_META = "framework_details:"  # + framework key -> JSON of the pack-only details
_KEY_CHARS = re.compile(r"[^a-z0-9]+")
# What a framework key (and a pack's ``metadata.id``) may look like.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}")


class FrameworkError(SvBidderError):
    """A framework could not be added, changed or read."""


class FrameworkExistsError(FrameworkError):
    """A framework with the same key is already in the workspace."""

    def __init__(self, message: str, existing: Framework) -> None:
        super().__init__(message)
        self.existing = existing


# ------------------------------------------------------------ the data model

@dataclass
class MeasureData:
    """Something that can be counted for an outcome, e.g. "Volunteering hours" in hours.

    ``value_per_unit`` is a £ value the person copies from the buyer's own
    documents (svbidder never ships proxy values).
    """

    name: str
    unit: str = ""
    value_per_unit: float | None = None
    record_id: int | None = field(default=None, compare=False)


@dataclass
class OutcomeData:
    title: str
    ref: str = ""
    description: str = ""
    guidance: str = ""
    measures: list[MeasureData] = field(default_factory=list)
    record_id: int | None = field(default=None, compare=False)


@dataclass
class ThemeData:
    title: str
    ref: str = ""
    description: str = ""
    outcomes: list[OutcomeData] = field(default_factory=list)
    record_id: int | None = field(default=None, compare=False)


@dataclass
class FrameworkData:
    """A whole framework tree, independent of any workspace.

    The first fields match :class:`~svbidder.core.records.Framework`. ``contact``,
    ``default_weighting_percent`` and ``summary`` come from priority packs; the
    workspace keeps them beside the framework (see :func:`framework_details`).
    """

    key: str
    name: str
    publisher: str = ""
    version: str = ""
    as_at: str = ""
    source_address: str = ""
    licence_note: str = ""
    provisional_note: str = ""
    themes: list[ThemeData] = field(default_factory=list)
    origin: str = "custom"
    contact: str = ""
    default_weighting_percent: float | None = None
    summary: str = ""
    record_id: int | None = field(default=None, compare=False)

    def outcomes(self) -> Iterator[tuple[ThemeData, OutcomeData]]:
        for theme in self.themes:
            for outcome in theme.outcomes:
                yield theme, outcome

    def counts(self) -> dict[str, int]:
        outcomes = [outcome for _, outcome in self.outcomes()]
        return {"themes": len(self.themes), "outcomes": len(outcomes),
                "measures": sum(len(outcome.measures) for outcome in outcomes)}

DETAIL_FIELDS = ("contact", "default_weighting_percent", "summary")
_FRAMEWORK_FIELDS = ("name", "publisher", "version", "as_at", "source_address",
                     "licence_note", "provisional_note")


# --------------------------------------------------------------- small helpers

def make_key(text: str) -> str:
    """A framework key from a name: ``"Anytown BC priorities"`` → ``"anytown-bc-priorities"``."""
    key = _KEY_CHARS.sub("-", fold(text or "")).strip("-")[:60].strip("-")
    return key or "framework"


def unique_key(ws: Workspace, wanted: str) -> str:
    """``wanted`` (made into a key), with ``-2``, ``-3``… added if a framework already has it."""
    base = wanted if KEY_PATTERN.fullmatch(wanted or "") else make_key(wanted)
    taken = {fw.key for fw in ws.find(Framework)}
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _norm(text: str) -> str:
    """How two titles or references are compared: case, accents, spacing, punctuation ignored."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text or "")).split())


def _clean(text: Any) -> str:
    return str(text or "").strip()


# ------------------------------------------------------------------ reading

def all_frameworks(ws: Workspace) -> list[Framework]:
    """Every framework in the workspace, in the person's order."""
    return ws.find(Framework, order_by="position, id")


def find_framework(ws: Workspace, key_or_id: str | int) -> Framework:
    """A framework by its key (``"uk-social-value-model-2025"``) or its number.

    Raises :class:`FrameworkError` with the keys that do exist when there is none.
    """
    text = str(key_or_id).strip()
    found = ws.find(Framework, key=text)
    if found:
        return found[0]
    if text.isdigit():
        matches = ws.find(Framework, id=int(text))
        if matches:
            return matches[0]
    keys = ", ".join(fw.key for fw in all_frameworks(ws)) or "none yet"
    raise FrameworkError(f"There is no framework “{text}” in this workspace. "
                         f"Frameworks in it: {keys}.")


def themes_of(ws: Workspace, framework_id: int) -> list[Theme]:
    return ws.find(Theme, order_by="position, id", framework_id=framework_id)


def outcomes_of(ws: Workspace, theme_id: int) -> list[Outcome]:
    return ws.find(Outcome, order_by="position, id", theme_id=theme_id)


def measures_of(ws: Workspace, outcome_id: int) -> list[Measure]:
    return ws.find(Measure, order_by="position, id", outcome_id=outcome_id)


def framework_details(ws: Workspace, framework_id: int) -> dict[str, Any]:
    """The pack-only details of a framework: contact, default weighting, summary."""
    framework = ws.get(Framework, framework_id)
    details: dict[str, Any] = {"contact": "", "default_weighting_percent": None, "summary": ""}
    raw = ws.meta(_DETAILS_META + framework.key) if framework.key else None
    if raw:
        try:
            stored = json.loads(raw)
        except ValueError:
            stored = {}
        if isinstance(stored, dict):
            for name in DETAIL_FIELDS:
                if name in stored:
                    details[name] = stored[name]
    return details


def framework_tree(ws: Workspace, framework_id: int) -> FrameworkData:
    """Read a framework and everything under it as plain data (with record ids)."""
    framework = ws.get(Framework, framework_id)
    data = FrameworkData(
        key=framework.key, name=framework.name,
        **{name: getattr(framework, name) for name in _FRAMEWORK_FIELDS if name != "name"},
        origin=framework.origin, record_id=framework.id,
        **framework_details(ws, framework_id),
    )
    for theme in themes_of(ws, framework.saved_id):
        theme_data = ThemeData(title=theme.title, ref=theme.ref, description=theme.description,
                               record_id=theme.id)
        for outcome in outcomes_of(ws, theme.saved_id):
            theme_data.outcomes.append(OutcomeData(
                title=outcome.title, ref=outcome.ref, description=outcome.description,
                guidance=outcome.guidance, record_id=outcome.id,
                measures=[MeasureData(name=m.name, unit=m.unit, value_per_unit=m.value_per_unit,
                                      record_id=m.id)
                          for m in measures_of(ws, outcome.saved_id)],
            ))
        data.themes.append(theme_data)
    return data


# ---------------------------------------------------------------- bundled

def bundled_frameworks() -> list[FrameworkData]:
    """The frameworks that come with svbidder (``resources/frameworks/*.json``), in order.

    Each file is a priority pack (see docs/packs.md) and is checked as one; a
    broken file raises :class:`~svbidder.core.packs.PackError` naming it.
    """
    from ...paths import bundled_path, require_files
    from .packs import load_pack, pack_to_framework_data

    result = []
    # A missing or empty folder is a broken install, not "no frameworks".
    for path in require_files(bundled_path("frameworks"), "*.json"):
        data = pack_to_framework_data(load_pack(path))
        data.origin = "bundled"
        result.append(data)
    return result


def bundled_framework(key: str) -> FrameworkData:
    for data in bundled_frameworks():
        if data.key == key:
            return data
    keys = ", ".join(data.key for data in bundled_frameworks())
    raise FrameworkError(f"svbidder has no bundled framework “{key}”. It has: {keys}.")


# -------------------------------------------------------------- installing

def _next_position(ws: Workspace, cls: type[Record], **parent: int) -> int:
    last = ws.find(cls, order_by="position DESC, id DESC", **parent)
    return (last[0].values()["position"] + 1) if last else 0


def _framework_values(data: FrameworkData) -> dict[str, Any]:
    return {name: _clean(getattr(data, name)) for name in _FRAMEWORK_FIELDS}


def _store_details(ws: Workspace, key: str, data: FrameworkData) -> None:
    details = {name: getattr(data, name) for name in DETAIL_FIELDS}
    if details["default_weighting_percent"] is not None:
        details["default_weighting_percent"] = float(details["default_weighting_percent"])
    ws.set_meta(_DETAILS_META + key, json.dumps(details, ensure_ascii=False))


def _add_outcome_tree(ws: Workspace, theme_id: int, position: int, data: OutcomeData) -> int:
    outcome = ws.add(Outcome(theme_id=theme_id, position=position, ref=_clean(data.ref),
                             title=_clean(data.title), description=_clean(data.description),
                             guidance=_clean(data.guidance)))
    for index, measure in enumerate(data.measures):
        ws.add(Measure(outcome_id=outcome.saved_id, position=index, name=_clean(measure.name),
                       unit=_clean(measure.unit), value_per_unit=measure.value_per_unit))
    return outcome.saved_id


def install_framework(ws: Workspace, data: FrameworkData, *, origin: str | None = None,
                      replace_existing: bool = False) -> Framework:
    """Put a framework tree into the workspace, in one undo step.

    ``origin`` (one of :data:`ORIGINS`) defaults to ``data.origin``. A missing
    key is made from the name. If a framework with the same key is there
    already, :class:`FrameworkExistsError` is raised, unless
    ``replace_existing`` is true: then that framework is updated to this
    version, keeping the ids of outcomes that match (by reference, then by
    title), so the person's links to them survive. To keep both instead, give
    ``data`` a new key first (:func:`unique_key`).
    """
    name = _clean(data.name)
    if not name:
        raise FrameworkError("A framework needs a name.")
    origin = origin or data.origin or "custom"
    if origin not in ORIGINS:
        raise ValueError(f"Unknown origin {origin!r}; use one of {', '.join(ORIGINS)}.")
    key = _clean(data.key)
    if key and not KEY_PATTERN.fullmatch(key):
        key = make_key(key)
    key = key or unique_key(ws, name)
    existing = ws.find(Framework, key=key)
    if existing and not replace_existing:
        raise FrameworkExistsError(
            f"This workspace already has “{existing[0].name}” ({key}). Update it to this "
            "version, or keep both by installing this one as a copy.", existing[0])
    if existing:
        framework = existing[0]
        with ws.batch(f"Update framework “{name}”"):
            ws.update(Framework, framework.id, origin=origin, values=_framework_values(data))
            _apply_update(ws, framework.saved_id, data)
            _store_details(ws, key, data)
        return ws.get(Framework, framework.id)
    with ws.batch(f"Add framework “{name}”"):
        framework = ws.add(Framework(key=key, origin=origin,
                                     position=_next_position(ws, Framework),
                                     **_framework_values(data)))
        for t_index, theme in enumerate(data.themes):
            record = ws.add(Theme(framework_id=framework.saved_id, position=t_index,
                                  ref=_clean(theme.ref), title=_clean(theme.title),
                                  description=_clean(theme.description)))
            for o_index, outcome in enumerate(theme.outcomes):
                _add_outcome_tree(ws, record.saved_id, o_index, outcome)
        _store_details(ws, key, data)
    return framework


@dataclass
class FrameworkChanges:
    """What updating a framework to a new version would do (see :func:`compare_framework`)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept_for_your_work: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0

    def describe(self) -> str:
        parts = []
        if self.added:
            parts.append(f"{len(self.added)} new outcome{'s' * (len(self.added) != 1)}")
        if self.renamed:
            parts.append(f"{len(self.renamed)} reworded")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.kept_for_your_work:
            parts.append(f"{len(self.kept_for_your_work)} dropped by the new version but kept "
                         "because your work refers to them")
        if not parts:
            return "No changes to the outcomes."
        return "; ".join(parts).capitalize() + "."


def _match(new: list[tuple[Any, str, str]], old: list[Any]) -> dict[Any, Any]:
    """Pair new items (key, ref, title) with old records: by reference, then by title.

    A reference or title only pairs when it is unique on both sides.
    """
    pairs: dict[Any, Any] = {}
    used: set[int] = set()
    for attribute, index in (("ref", 1), ("title", 2)):
        old_by: dict[str, list[Any]] = {}
        for record in old:
            if record.id not in used and _norm(getattr(record, attribute)):
                old_by.setdefault(_norm(getattr(record, attribute)), []).append(record)
        new_by: dict[str, list[Any]] = {}
        for item in new:
            if item[0] not in pairs and _norm(item[index]):
                new_by.setdefault(_norm(item[index]), []).append(item)
        for text, items in new_by.items():
            candidates = old_by.get(text, [])
            if len(items) == 1 and len(candidates) == 1:
                pairs[items[0][0]] = candidates[0]
                used.add(candidates[0].id)
    return pairs


def _referenced(ws: Workspace, outcome_id: int) -> bool:
    """Does the person's own work point at this outcome (or one of its measures)?"""
    if any(m.status != "suggested" for m in ws.find(Mapping, outcome_id=outcome_id)):
        return True
    if ws.linked("question_outcome", outcome_id=outcome_id):
        return True
    if ws.find(Commitment, outcome_id=outcome_id):
        return True
    return any(ws.find(Commitment, measure_id=m.id) for m in measures_of(ws, outcome_id))


def _plan(ws: Workspace, framework_id: int, data: FrameworkData
          ) -> tuple[dict[int, Theme], dict[tuple[int, int], Outcome], list[Outcome]]:
    old_themes = themes_of(ws, framework_id)
    old_outcomes = [o for t in old_themes for o in outcomes_of(ws, t.saved_id)]
    theme_pairs = _match([(i, t.ref, t.title) for i, t in enumerate(data.themes)], old_themes)
    outcome_pairs = _match([((ti, oi), o.ref, o.title)
                            for ti, t in enumerate(data.themes)
                            for oi, o in enumerate(t.outcomes)], old_outcomes)
    matched = {o.id for o in outcome_pairs.values()}
    return theme_pairs, outcome_pairs, [o for o in old_outcomes if o.id not in matched]


def compare_framework(ws: Workspace, framework_id: int, data: FrameworkData) -> FrameworkChanges:
    """What :func:`install_framework` with ``replace_existing`` would do to the outcomes."""
    _, outcome_pairs, dropped = _plan(ws, framework_id, data)
    changes = FrameworkChanges()
    for (ti, oi), old in sorted(outcome_pairs.items()):
        new_title = _clean(data.themes[ti].outcomes[oi].title)
        if new_title != old.title:
            changes.renamed.append((old.title, new_title))
        else:
            changes.unchanged += 1
    for ti, theme in enumerate(data.themes):
        for oi, outcome in enumerate(theme.outcomes):
            if (ti, oi) not in outcome_pairs:
                changes.added.append(_clean(outcome.title))
    for old_outcome in dropped:
        if _referenced(ws, old_outcome.saved_id):
            changes.kept_for_your_work.append(old_outcome.title)
        else:
            changes.removed.append(old_outcome.title)
    return changes


def _update_measures(ws: Workspace, outcome_id: int, new: list[MeasureData]) -> None:
    old = measures_of(ws, outcome_id)
    by_name: dict[str, list[Measure]] = {}
    for existing in old:
        by_name.setdefault(_norm(existing.name), []).append(existing)
    kept: set[int] = set()
    for index, measure in enumerate(new):
        candidates = [m for m in by_name.get(_norm(measure.name), []) if m.id not in kept]
        if candidates:
            current = candidates[0]
            kept.add(current.saved_id)
            value = (measure.value_per_unit if measure.value_per_unit is not None
                     else current.value_per_unit)  # keep a value the person typed in
            ws.update(Measure, current.id, position=index, name=_clean(measure.name),
                      unit=_clean(measure.unit) or current.unit, value_per_unit=value)
        else:
            ws.add(Measure(outcome_id=outcome_id, position=index, name=_clean(measure.name),
                           unit=_clean(measure.unit), value_per_unit=measure.value_per_unit))
    position = len(new)
    for old_measure in old:
        if old_measure.id in kept:
            continue
        if ws.find(Commitment, measure_id=old_measure.id):
            ws.update(Measure, old_measure.id, position=position)  # a commitment uses it: keep it
            position += 1
        else:
            ws.delete(Measure, old_measure.id)


def _apply_update(ws: Workspace, framework_id: int, data: FrameworkData) -> None:
    theme_pairs, outcome_pairs, dropped = _plan(ws, framework_id, data)
    old_themes = themes_of(ws, framework_id)
    for t_index, theme in enumerate(data.themes):
        old_theme = theme_pairs.get(t_index)
        values: dict[str, Any] = {"ref": _clean(theme.ref), "title": _clean(theme.title),
                                  "description": _clean(theme.description)}
        if old_theme is not None:
            ws.update(Theme, old_theme.id, position=t_index, values=values)
            theme_id = old_theme.saved_id
        else:
            theme_id = ws.add(Theme(framework_id=framework_id, position=t_index,
                                    **values)).saved_id
        for o_index, outcome in enumerate(theme.outcomes):
            old_outcome = outcome_pairs.get((t_index, o_index))
            if old_outcome is None:
                _add_outcome_tree(ws, theme_id, o_index, outcome)
                continue
            ws.update(Outcome, old_outcome.id, theme_id=theme_id, position=o_index,
                      ref=_clean(outcome.ref), title=_clean(outcome.title),
                      description=_clean(outcome.description),
                      guidance=_clean(outcome.guidance))
            _update_measures(ws, old_outcome.saved_id, outcome.measures)
    kept = [old for old in dropped if _referenced(ws, old.saved_id)]
    for old in dropped:
        if old not in kept:
            ws.delete(Outcome, old.id)
    if kept:
        retired = next((t for t in old_themes
                        if t.title == RETIRED_THEME_TITLE and t.id not in
                        {t.id for t in theme_pairs.values()}), None)
        if retired is None:
            retired = ws.add(Theme(framework_id=framework_id, title=RETIRED_THEME_TITLE,
                                   description=_RETIRED_THEME_DESCRIPTION))
        ws.update(Theme, retired.id, position=len(data.themes))
        for index, old in enumerate(kept):
            ws.update(Outcome, old.id, theme_id=retired.id, position=index)
        theme_pairs = {**theme_pairs, -1: retired}
    keep_theme_ids = {t.id for t in theme_pairs.values()}
    for old_theme in old_themes:
        if old_theme.id not in keep_theme_ids:
            ws.delete(Theme, old_theme.id)


# ----------------------------------------------------------- tree editing

_PARENT: dict[type[Record], tuple[str, type[Record] | None]] = {
    Framework: ("", None),
    Theme: ("framework_id", Framework),
    Outcome: ("theme_id", Theme),
    Measure: ("outcome_id", Outcome),
}
_NOUN = {Framework: "framework", Theme: "theme", Outcome: "outcome", Measure: "measure"}
_EDITABLE: dict[type[Record], tuple[str, ...]] = {
    Framework: _FRAMEWORK_FIELDS,
    Theme: ("ref", "title", "description"),
    Outcome: ("ref", "title", "description", "guidance"),
    Measure: ("name", "unit", "value_per_unit"),
}


def _siblings(ws: Workspace, cls: type[Record], parent_id: int | None) -> list[Any]:
    column = _PARENT[cls][0]
    where = {column: parent_id} if column else {}
    return ws.find(cls, order_by="position, id", **where)


def _renumber(ws: Workspace, cls: type[Record], ordered: list[Any]) -> None:
    for index, record in enumerate(ordered):
        if record.position != index:
            ws.update(cls, record.id, position=index)


def _parent_id(record: Any) -> int | None:
    column = _PARENT[type(record)][0]
    return getattr(record, column) if column else None


def _check_values(cls: type[Record], values: dict[str, Any]) -> None:
    unknown = set(values) - set(_EDITABLE[cls])
    if unknown:
        raise ValueError(f"A {_NOUN[cls]} has no field(s) called {', '.join(sorted(unknown))}.")
    value = values.get("value_per_unit")
    if value is not None and (not isinstance(value, int | float) or value < 0):
        raise FrameworkError("The value per unit must be an amount in £ of 0 or more, "
                             "or left empty.")


def _add_child(ws: Workspace, cls: type[Record], parent_id: int, values: dict[str, Any]) -> Any:
    """Add a record last under its parent, in one undo step (the screen then selects it)."""
    _check_values(cls, values)
    parent_cls = _PARENT[cls][1]
    assert parent_cls is not None
    ws.get(parent_cls, parent_id)  # a friendly error if the parent has gone
    label = f"Add {_NOUN[cls]}"
    column = _PARENT[cls][0]
    record = ws.add(cls(**{column: parent_id,
                           "position": _next_position(ws, cls, **{column: parent_id}),
                           **values}), label=label)
    return ws.get(cls, record.id)


def new_framework(ws: Workspace, name: str, **values: Any) -> Framework:
    """Start an empty framework of the person's own ("custom"), after all the others."""
    _check_values(Framework, {"name": name, **values})
    if not _clean(name):
        raise FrameworkError("A framework needs a name.")
    with ws.batch("Add framework"):
        return ws.add(Framework(key=unique_key(ws, name), name=_clean(name), origin="custom",
                                position=_next_position(ws, Framework), **values),
                      label="Add framework")


def add_theme(ws: Workspace, framework_id: int, title: str = "", **values: Any) -> Theme:
    """Add a theme after the framework's others, in one undo step."""
    return _add_child(ws, Theme, framework_id, {"title": title, **values})


def add_outcome(ws: Workspace, theme_id: int, title: str = "", **values: Any) -> Outcome:
    return _add_child(ws, Outcome, theme_id, {"title": title, **values})


def add_measure(ws: Workspace, outcome_id: int, name: str = "", *, unit: str = "",
                value_per_unit: float | None = None) -> Measure:
    return _add_child(ws, Measure, outcome_id,
                      {"name": name, "unit": unit, "value_per_unit": value_per_unit})


def _delete(ws: Workspace, cls: type[Record], record_id: int) -> None:
    record = ws.get(cls, record_id)
    label = f"Delete {_NOUN[cls]}"
    with ws.batch(label):
        ws.delete(cls, record_id, label=label)
        _renumber(ws, cls, _siblings(ws, cls, _parent_id(record)))


def delete_framework(ws: Workspace, framework_id: int) -> None:
    """Delete a framework and everything under it (undo brings it all back)."""
    _delete(ws, Framework, framework_id)


def delete_theme(ws: Workspace, theme_id: int) -> None:
    _delete(ws, Theme, theme_id)


def delete_outcome(ws: Workspace, outcome_id: int) -> None:
    """Delete an outcome, its measures and the mappings to it, in one undo step."""
    _delete(ws, Outcome, outcome_id)


def delete_measure(ws: Workspace, measure_id: int) -> None:
    _delete(ws, Measure, measure_id)


def _move(ws: Workspace, cls: type[Record], record_id: int, new_index: int,
          new_parent_id: int | None, label: str) -> None:
    record = ws.get(cls, record_id)
    old_parent = _parent_id(record)
    column, parent_cls = _PARENT[cls]
    target_parent = old_parent if new_parent_id is None else new_parent_id
    if parent_cls is not None and target_parent != old_parent:
        ws.get(parent_cls, target_parent)
    with ws.batch(label):
        if target_parent != old_parent:
            ws.update(cls, record_id, values={column: target_parent})
            _renumber(ws, cls, _siblings(ws, cls, old_parent))
        ordered = [r for r in _siblings(ws, cls, target_parent) if r.id != record_id]
        index = max(0, min(int(new_index), len(ordered)))
        ordered.insert(index, ws.get(cls, record_id))
        _renumber(ws, cls, ordered)


def move_outcome(ws: Workspace, outcome_id: int, new_index: int, *,
                 theme_id: int | None = None) -> None:
    """Move an outcome to ``new_index``, within its theme or under ``theme_id``.

    The outcome keeps its id, so mappings and commitments follow it.
    """
    _move(ws, Outcome, outcome_id, new_index, theme_id, "Move outcome")


def shift(ws: Workspace, cls: type[Record], record_id: int, delta: int) -> bool:
    """Move a framework, theme, outcome or measure up (``-1``) or down (``+1``).

    Returns False (and changes nothing) when it is already first or last.
    """
    record = ws.get(cls, record_id)
    siblings = _siblings(ws, cls, _parent_id(record))
    index = next(i for i, r in enumerate(siblings) if r.id == record_id)
    target = index + delta
    if delta == 0 or not 0 <= target < len(siblings):
        return False
    _move(ws, cls, record_id, target, None, f"Move {_NOUN[cls]} {'up' if delta < 0 else 'down'}")
    return True


def duplicate_framework(ws: Workspace, framework_id: int, *, name: str = "") -> Framework:
    """Copy a framework and its whole tree as one of the person's own, in one undo step.

    The copy gets a new key (so later updates of the original leave it alone)
    and goes just after the original.
    """
    data = framework_tree(ws, framework_id)
    copy = replace(data, key=unique_key(ws, f"{data.key or make_key(data.name)}-copy"),
                   name=_clean(name) or f"{data.name} (copy)", origin="custom")
    with ws.batch("Duplicate framework"):
        framework = install_framework(ws, copy, origin="custom")
        ordered = [f for f in all_frameworks(ws) if f.id != framework.id]
        index = next(i for i, f in enumerate(ordered) if f.id == framework_id) + 1
        _move(ws, Framework, framework.saved_id, index, None, "Duplicate framework")
    return ws.get(Framework, framework.id)


