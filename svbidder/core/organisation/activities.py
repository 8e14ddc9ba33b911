"""What an organisation already does: adding, finding, ordering and describing activities.

Activities keep the order the person gives them (``position`` 0, 1, 2, …).
Every change here is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from ..numbers import format_number, parse_number
from ..storage.records import Activity
from ..storage.workspace import Workspace
from ..text.search import fold, matches_all, search_words

SORT_KEYS: dict[str, str] = {
    "position": "Your order",
    "title": "Title (A to Z)",
    "updated": "Recently changed",
    "volume": "Most people or sessions",
}

# Suggested values for ``volume_period``, with how each reads after a number.
VOLUME_PERIODS: dict[str, str] = {
    "year": "a year",
    "month": "a month",
    "week": "a week",
    "day": "a day",
    "term": "a term",
    "": "in total",
}

SEARCHED_FIELDS = ("title", "description", "beneficiaries", "area", "venue",
                   "delivered_by", "outcomes_text", "tags")

_EDITABLE = tuple(f.name for f in fields(Activity)
                  if f.name not in ("id", "position", "created_at", "updated_at"))

_PERIOD_WORDS = {
    "year": "a year", "years": "a year", "annum": "a year", "yearly": "a year",
    "annually": "a year", "annual": "a year", "pa": "a year", "p.a.": "a year",
    "month": "a month", "monthly": "a month", "months": "a month",
    "week": "a week", "weekly": "a week", "weeks": "a week",
    "fortnight": "a fortnight", "fortnightly": "a fortnight",
    "day": "a day", "daily": "a day", "days": "a day",
    "term": "a term", "termly": "a term",
    "quarter": "a quarter", "quarterly": "a quarter",
    "session": "a session", "hour": "an hour",
}
_SINGULAR = {"people": "person", "sessions": "session", "hours": "hour", "meals": "meal",
             "visits": "visit", "volunteers": "volunteer", "families": "family",
             "children": "child", "households": "household", "places": "place",
             "young people": "young person", "older people": "older person",
             "groups": "group", "events": "event", "calls": "call", "days": "day",
             "weeks": "week", "parcels": "parcel", "tonnes": "tonne", "members": "member"}


def period_phrase(period: str) -> str:
    """How a period reads after an amount: ``"year"`` → ``"a year"``; free text stays."""
    text = (period or "").strip()
    if not text:
        return ""
    key = fold(text)
    if key in _PERIOD_WORDS:
        return _PERIOD_WORDS[key]
    if text[:1].isdigit():  # "2025-26", "2025 to 2026"
        return f"in {text}"
    return text


_CANONICAL_PERIODS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "annum": "year",
    "yearly": "year", "annually": "year", "annual": "year", "pa": "year", "p a": "year",
    "month": "month", "months": "month", "mth": "month", "monthly": "month",
    "week": "week", "weeks": "week", "wk": "week", "weekly": "week",
    "fortnight": "fortnight", "fortnightly": "fortnight",
    "day": "day", "days": "day", "daily": "day",
    "term": "term", "terms": "term", "termly": "term",
    "quarter": "quarter", "quarterly": "quarter",
}
_PERIOD_TAIL = re.compile(
    r"(?:^|[\s/])(?:(?:in|over)\s+)?(?:(?:a|an|per|each|every|/)\s*)?"
    r"(years?|yrs?|annum|yearly|annually|annual|p\.?\s?a\.?|months?|mth|monthly|weeks?|wk|"
    r"weekly|fortnight|fortnightly|days?|daily|terms?|termly|quarter|quarterly)\.?$",
    re.IGNORECASE,
)
_NEEDS_LEAD = {"year", "years", "yr", "yrs", "annum", "month", "months", "mth", "week",
               "weeks", "wk", "fortnight", "day", "days", "term", "terms", "quarter"}
_QUALIFIER = re.compile(
    r"^(?:about|around|approx\.?|approximately|roughly|circa|c\.|c|over|more than|"
    r"nearly|almost|up to|at least|~|>)\s*",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(
    r"^(£)?\s*([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*"
    r"(?:(?:-|–|to)\s*£?\s*(?:[0-9][0-9,]*(?:\.[0-9]+)?)\s*)?(\+|%)?",
)


def normalise_period(text: str) -> str:
    """``"per year"``, ``"annually"``, ``"a year"`` → ``"year"``; unknown text is kept."""
    cleaned = " ".join((text or "").split())
    key = re.sub(r"^(?:in |over )?(?:a |an |per |each |every |/)\s*", "", fold(cleaned))
    key = key.replace(".", " ").strip()
    key = " ".join(key.split())
    return _CANONICAL_PERIODS.get(key, cleaned)


def parse_volume(text: str) -> tuple[float | None, str, str]:
    """Split "how much" into amount, unit and period.

    ``"40 sessions a year"`` → ``(40.0, "sessions", "year")``; ``"120"`` →
    ``(120.0, "", "")``; ``"about 1,200 meals each week"`` →
    ``(1200.0, "meals", "week")``. A range such as ``"100-150 people"`` gives
    the lower number, so nothing is overstated. Empty text gives
    ``(None, "", "")``. Raises :class:`ValueError` (plain English) when the text
    does not start with a number.
    """
    original = " ".join((text or "").split())
    if not original:
        return None, "", ""
    rest = _QUALIFIER.sub("", original, count=1)
    match = _LEADING_NUMBER.match(rest)
    if not match:
        shown = original if len(original) <= 40 else original[:39] + "…"
        raise ValueError(f"“{shown}” does not start with a number. Write it like "
                         "“120 people a year” or “40 sessions”.")
    amount = parse_number(match.group(2))
    unit = "£" if match.group(1) else ""
    if match.group(3) == "%":
        unit = "%"
    tail = rest[match.end():].strip()
    period = ""
    found = _PERIOD_TAIL.search(tail)
    if found:
        word = found.group(1)
        before = tail[: found.start()].strip()
        has_lead = found.group(0).strip().lower() != word.lower().rstrip(".")
        if has_lead or fold(word) not in _NEEDS_LEAD:
            period = normalise_period(word)
            tail = before
    tail = tail.strip(" ,;:-/")
    if tail:
        unit = f"{unit} {tail}".strip() if unit not in ("£", "%") else tail
    return amount, unit, period


def describe_amount(amount: float | None, unit: str, period: str) -> str:
    """``120``, ``"people"``, ``"year"`` → ``"120 people a year"``; ``""`` without an amount."""
    if amount is None:
        return ""
    unit = (unit or "").strip()
    if amount == 1:
        unit = _SINGULAR.get(unit.lower(), unit)
    if unit in ("£", "GBP", "pounds"):
        number = f"£{format_number(amount)}"
    elif unit == "%":
        number = f"{format_number(amount)}%"
    else:
        number = f"{format_number(amount)} {unit}".strip()
    return " ".join(part for part in (number, period_phrase(period)) if part)


def describe_volume(activity: Activity) -> str:
    """How much of this happens, e.g. ``"120 people a year"``; ``""`` when not given."""
    return describe_amount(activity.volume_amount, activity.volume_unit, activity.volume_period)


# --------------------------------------------------------------------- tags

def split_tags(text: str) -> list[str]:
    """Tags are stored as one comma-separated string; this gives the list (no repeats)."""
    seen: set[str] = set()
    tags: list[str] = []
    for part in (text or "").replace(";", ",").replace("\n", ",").split(","):
        tag = " ".join(part.split())
        if tag and fold(tag) not in seen:
            seen.add(fold(tag))
            tags.append(tag)
    return tags


def join_tags(tags: Iterable[str]) -> str:
    """The stored form of a list of tags: ``"food, volunteering"`` (repeats dropped)."""
    return ", ".join(split_tags(",".join(tags)))


# ------------------------------------------------------------------ reading

def all_activities(ws: Workspace) -> list[Activity]:
    """Every activity in the person's order."""
    return ws.find(Activity, order_by="position, id")


def search_activities(ws: Workspace, text: str = "") -> list[Activity]:
    """Activities whose words contain every word of ``text``, in the person's order.

    Case and accents do not matter ("cafe" finds "Café", "ty" finds "Tŷ"); the
    title, description, who benefits, area, venue, who delivers it, outcomes
    and tags are all searched.
    """
    words = search_words(text)
    return [activity for activity in all_activities(ws)
            if matches_all(words, (getattr(activity, name) for name in SEARCHED_FIELDS))]


def sort_activities(activities: Iterable[Activity], key: str) -> list[Activity]:
    """Activities in one of the orders named in :data:`SORT_KEYS`.

    "volume" puts the largest amount first and those without an amount last,
    whatever the unit. Ties keep the person's order.
    """
    items = sorted(activities, key=lambda a: (a.position, a.id or 0))
    if key == "position":
        return items
    if key == "title":
        return sorted(items, key=lambda a: fold(a.title).strip())
    if key == "updated":
        return sorted(items, key=lambda a: a.updated_at or a.created_at or "", reverse=True)
    if key == "volume":
        return sorted(items, key=lambda a: (a.volume_amount is None, -(a.volume_amount or 0)))
    raise ValueError(f"Unknown sort order {key!r}; use one of {', '.join(SORT_KEYS)}.")


# ------------------------------------------------------------------ writing

def _next_position(ws: Workspace) -> int:
    last = ws.find(Activity, order_by="position DESC, id DESC")
    return (last[0].position + 1) if last else 0


def _check_fields(values: dict[str, Any]) -> None:
    unknown = set(values) - set(_EDITABLE) - {"created_at", "updated_at", "position", "id"}
    if unknown:
        raise ValueError(f"Activities have no field(s) called {', '.join(sorted(unknown))}.")


def add_activity(ws: Workspace, *, label: str = "Add activity", **values: Any) -> Activity:
    """Add an activity after all the others (its ``position`` is worked out here)."""
    _check_fields(values)
    values.pop("id", None)
    values.pop("position", None)
    with ws.batch(label):
        return ws.add(Activity(position=_next_position(ws), **values), label=label)


def delete_activity(ws: Workspace, activity_id: int) -> None:
    """Delete an activity (its evidence links and mappings go too; undo brings all back)."""
    with ws.batch("Delete activity"):
        ws.delete(Activity, activity_id, label="Delete activity")
        _renumber(ws, all_activities(ws))


def _renumber(ws: Workspace, ordered: list[Activity]) -> None:
    for index, activity in enumerate(ordered):
        if activity.position != index:
            # Keep updated_at: moving an activity does not change what it says.
            ws.update(Activity, activity.id, position=index, updated_at=activity.updated_at)


def move_activity(ws: Workspace, activity_id: int, new_index: int) -> None:
    """Move an activity to ``new_index`` in the person's order (0 is first).

    Positions become 0…n-1 again, all in one undo step ("Reorder activities").
    An index past either end is treated as that end.
    """
    ordered = all_activities(ws)
    moving = next((a for a in ordered if a.id == activity_id), None)
    if moving is None:
        ws.get(Activity, activity_id)  # raises the usual "no longer exists" error
        return
    ordered.remove(moving)
    new_index = max(0, min(int(new_index), len(ordered)))
    ordered.insert(new_index, moving)
    with ws.batch("Reorder activities"):
        _renumber(ws, ordered)


def duplicate_activity(ws: Workspace, activity_id: int) -> Activity:
    """Copy an activity (title + " (copy)") to just after the original, in one undo step.

    The copy is linked to the same evidence as the original.
    """
    original = ws.get(Activity, activity_id)
    values = {name: getattr(original, name) for name in _EDITABLE}
    values["title"] = f"{original.title} (copy)" if original.title else "Copy"
    with ws.batch("Duplicate activity"):
        copy = add_activity(ws, label="Duplicate activity", **values)
        for _, evidence_id in ws.linked("activity_evidence", activity_id=activity_id):
            ws.link("activity_evidence", copy.id, evidence_id)
        ordered = [a for a in all_activities(ws) if a.id != copy.id]
        index = next(i for i, a in enumerate(ordered) if a.id == activity_id) + 1
        move_activity(ws, copy.saved_id, index)
    return ws.get(Activity, copy.id)


def draft(**values: Any) -> Activity:
    """An unsaved activity (``id`` None) with the given fields, checked."""
    _check_fields(values)
    return replace(Activity(), **values)
