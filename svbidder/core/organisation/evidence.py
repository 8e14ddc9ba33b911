"""The evidence library: figures, stories, quotes and other proof of what you do.

Each item has a kind (see :data:`KIND_LABELS`), can be linked to any number of
activities, and remembers when someone last checked it was still true, so old
figures can be spotted before they go into a bid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date
from typing import Any

from ..numbers import format_number
from ..storage.records import EVIDENCE_KINDS, Activity, EvidenceItem
from ..storage.workspace import Workspace
from ..text.search import fold, matches_all, search_words
from .activities import describe_amount

KIND_LABELS: dict[str, str] = {
    "figure": "Figure",
    "story": "Case story",
    "quote": "Quote",
    "accreditation": "Accreditation or award",
    "policy": "Policy",
    "partnership": "Partnership",
    "evaluation": "Evaluation",
}

KIND_HELP: dict[str, str] = {
    "figure": "A number you can stand behind, such as how many people you helped last "
              "year, with where it comes from.",
    "story": "What changed for one person or family because of your work, told in a few "
             "short paragraphs.",
    "quote": "Something a person said about your work, in their own words.",
    "accreditation": "A quality mark, award or rating you hold, such as a food hygiene "
                     "rating or a recognised standard.",
    "policy": "A written policy that shows how you work, such as safeguarding, paying the "
              "real Living Wage or cutting waste.",
    "partnership": "Another organisation you work with regularly, and what you do together.",
    "evaluation": "A report that looked at the difference you make, such as a funder's "
                  "review or a social return on investment (SROI) study.",
}

# Fields every kind shows, then the fields that matter for each kind.
COMMON_FIELDS: tuple[str, ...] = ("kind", "title", "body", "last_checked")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "figure": ("value", "unit", "period", "source", "evidence_date"),
    "story": ("source", "evidence_date", "personal_data", "consent_recorded"),
    "quote": ("source", "evidence_date", "personal_data", "consent_recorded"),
    "accreditation": ("source", "evidence_date"),
    "policy": ("evidence_date",),
    "partnership": ("source", "evidence_date"),
    "evaluation": ("ratio", "evaluator", "evidence_date", "source"),
}

FIELD_LABELS: dict[str, str] = {
    "kind": "Kind",
    "title": "Title",
    "body": "Details",
    "value": "Number",
    "unit": "What is counted",
    "period": "Over what period",
    "source": "Where it comes from",
    "evidence_date": "Date",
    "ratio": "Social value for every £1 spent",
    "evaluator": "Who did the evaluation",
    "personal_data": "Includes personal details about someone",
    "consent_recorded": "We have their written consent to use it",
    "last_checked": "Last checked",
}

_KIND_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("figure", "evidence_date"): "Date of the figure",
    ("story", "body"): "The story",
    ("story", "source"): "Who told it",
    ("story", "evidence_date"): "When it happened",
    ("quote", "body"): "What they said",
    ("quote", "source"): "Who said it",
    ("quote", "evidence_date"): "When they said it",
    ("accreditation", "source"): "Awarded by",
    ("accreditation", "evidence_date"): "Date awarded or renewed",
    ("policy", "evidence_date"): "Date adopted or last reviewed",
    ("partnership", "source"): "Partner organisation",
    ("partnership", "evidence_date"): "Working together since",
    ("evaluation", "source"): "Report title or where to find it",
    ("evaluation", "evidence_date"): "Date of the evaluation",
}

STALE_AFTER_MONTHS = 12
_QUOTE_MARKS = "“”\"' "

_EDITABLE = tuple(f.name for f in fields(EvidenceItem)
                  if f.name not in ("id", "created_at", "updated_at"))
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def field_label(kind: str, field: str) -> str:
    """The label for one field of one kind, e.g. ("quote", "source") → "Who said it"."""
    return _KIND_FIELD_LABELS.get((kind, field)) or FIELD_LABELS.get(field, field)


def visible_fields(kind: str) -> tuple[str, ...]:
    """Every field the edit form shows for ``kind``, in order."""
    return COMMON_FIELDS[:3] + KIND_FIELDS.get(kind, ()) + COMMON_FIELDS[3:]


# ----------------------------------------------------------------- dates

def parse_date(text: str) -> date | None:
    """An ISO date (``2026-03-12``, time part ignored), or None if empty or unreadable."""
    text = (text or "").strip()
    if len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the 31st becomes the month's last day)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"Cannot go back {months} months from {day}")  # pragma: no cover


def month_year(text: str) -> str:
    """``"2026-03-12"`` → ``"Mar 2026"``; other text comes back as it is."""
    day = parse_date(text)
    return f"{_MONTHS[day.month - 1]} {day.year}" if day else (text or "").strip()


def is_stale(item: EvidenceItem, today: date | None = None) -> bool:
    """Whether an item needs checking before it goes into a bid.

    An item is stale when its ``last_checked`` date is more than 12 months
    (:data:`STALE_AFTER_MONTHS`) before ``today`` — checked on 10 March 2025,
    it is still fresh on 10 March 2026 and stale from 11 March 2026. An item
    that has never been checked (empty ``last_checked``), or whose date cannot
    be read, counts as stale too. ``today`` defaults to the computer's date.
    """
    checked = parse_date(item.last_checked)
    if checked is None:
        return True
    today = today or date.today()
    return checked < months_before(today, STALE_AFTER_MONTHS)


def needs_consent_warning(item: EvidenceItem) -> bool:
    """A story or quote about a person, with no consent recorded: warn before using it."""
    return (item.kind in ("story", "quote") and bool(item.personal_data)
            and not item.consent_recorded)


# --------------------------------------------------------------- reading

def all_evidence(ws: Workspace) -> list[EvidenceItem]:
    """Every evidence item, ordered by title (case and accents ignored)."""
    return sorted(ws.find(EvidenceItem), key=lambda item: (fold(item.title).strip(), item.id))


def _haystacks(item: EvidenceItem) -> list[str]:
    number = format_number(item.value)
    return [item.title, item.body, item.unit, item.period, item.source, item.evaluator,
            KIND_LABELS.get(item.kind, item.kind), number, number.replace(",", "")]


def search_evidence(ws: Workspace, text: str = "", kind: str | None = None,
                    activity_id: int | None = None, stale_only: bool = False,
                    today: date | None = None) -> list[EvidenceItem]:
    """Evidence items matching every filter given, ordered by title.

    ``text``: every word must appear (case and accents ignored) in the title,
    details, unit, period, source, evaluator or kind. ``kind``: one of
    :data:`KIND_LABELS`. ``activity_id``: only items linked to that activity.
    ``stale_only``: only items :func:`is_stale` on ``today``.
    """
    words = search_words(text)
    linked: set[int] | None = None
    if activity_id is not None:
        linked = {eid for _, eid in ws.linked("activity_evidence", activity_id=activity_id)}
    today = today or date.today()
    return [item for item in all_evidence(ws)
            if (kind is None or item.kind == kind)
            and (linked is None or item.id in linked)
            and (not stale_only or is_stale(item, today))
            and matches_all(words, _haystacks(item))]


def linked_activities(ws: Workspace, evidence_id: int) -> list[Activity]:
    """The activities an evidence item is linked to, in the person's order."""
    ids = {aid for aid, _ in ws.linked("activity_evidence", evidence_id=evidence_id)}
    return [a for a in ws.find(Activity, order_by="position, id") if a.id in ids]


def linked_evidence(ws: Workspace, activity_id: int) -> list[EvidenceItem]:
    """The evidence linked to an activity, ordered by title."""
    ids = {eid for _, eid in ws.linked("activity_evidence", activity_id=activity_id)}
    return [item for item in all_evidence(ws) if item.id in ids]


# --------------------------------------------------------------- writing

def _check(values: dict[str, Any]) -> None:
    unknown = set(values) - set(_EDITABLE) - {"id", "created_at", "updated_at"}
    if unknown:
        raise ValueError(f"Evidence items have no field(s) called {', '.join(sorted(unknown))}.")
    if "kind" in values and values["kind"] not in EVIDENCE_KINDS:
        raise ValueError(f"“{values['kind']}” is not a kind of evidence; use one of "
                         f"{', '.join(EVIDENCE_KINDS)}.")


def draft(**values: Any) -> EvidenceItem:
    """An unsaved evidence item (``id`` None) with the given fields, checked."""
    _check(values)
    return replace(EvidenceItem(), **values)


def add_evidence(ws: Workspace, *, label: str = "Add evidence", **values: Any) -> EvidenceItem:
    """Add an evidence item.

    ``last_checked`` defaults to today: whoever types an item in is checking it.
    Pass ``last_checked=""`` to record it as never checked.
    """
    _check(values)
    values.pop("id", None)
    values.setdefault("last_checked", date.today().isoformat())
    return ws.add(EvidenceItem(**values), label=label)


def mark_checked(ws: Workspace, evidence_id: int, today: date | None = None) -> EvidenceItem:
    """Record that someone has checked this item is still true today."""
    day = (today or date.today()).isoformat()
    return ws.update(EvidenceItem, evidence_id, last_checked=day, label="Mark evidence checked")


def set_links(ws: Workspace, evidence_id: int, activity_ids: Iterable[int]) -> None:
    """Link an evidence item to exactly these activities, in one undo step."""
    ws.get(EvidenceItem, evidence_id)
    wanted = set(activity_ids)
    for activity_id in wanted:
        ws.get(Activity, activity_id)  # a clear error if one has been deleted meanwhile
    current = {aid for aid, _ in ws.linked("activity_evidence", evidence_id=evidence_id)}
    with ws.batch("Link evidence to activities"):
        for activity_id in sorted(current - wanted):
            ws.unlink("activity_evidence", activity_id, evidence_id)
        for activity_id in sorted(wanted - current):
            ws.link("activity_evidence", activity_id, evidence_id)


# ------------------------------------------------------------ describing

def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, cut at a word with "…"."""
    line = " ".join((text or "").split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def describe_evidence(item: EvidenceItem) -> str:
    """A one-line summary for lists, e.g. for a figure:

    ``412 people helped a year (source: our register, checked Mar 2026)``.
    """
    notes: list[str] = []
    title = shorten(item.title, 70)
    if item.kind == "figure":
        amount = describe_amount(item.value, item.unit, item.period)
        if amount and title and (item.unit or "").strip() in ("", "%", "£"):
            main = f"{title}: {amount}"  # a bare "71%" would say nothing
        else:
            main = amount or title or "Figure"
        if item.source:
            notes.append(f"source: {shorten(item.source, 50)}")
    elif item.kind == "quote":
        said = (shorten(item.body, 70) or title).strip(_QUOTE_MARKS)
        main = f"“{said}”" if said else "Quote"
        if item.source:
            main += f" — {shorten(item.source, 60)}"
    elif item.kind == "evaluation":
        main = f"Evaluation: {title}" if title else "Evaluation"
        if item.ratio is not None:
            main += f" — £{item.ratio:,.2f} of social value for every £1 spent"
        if item.evaluator:
            notes.append(shorten(item.evaluator, 40))
        if item.evidence_date:
            notes.append(month_year(item.evidence_date))
    else:
        label = KIND_LABELS.get(item.kind, item.kind.capitalize())
        main = f"{label}: {title}" if title else label
        if item.kind in ("accreditation", "partnership") and item.source:
            notes.append(("awarded by " if item.kind == "accreditation" else "with ")
                         + shorten(item.source, 40))
        if item.evidence_date and item.kind != "story":
            notes.append(month_year(item.evidence_date))
    if needs_consent_warning(item):
        notes.append("no consent recorded")
    if item.last_checked:
        notes.append(f"checked {month_year(item.last_checked)}")
    else:
        notes.append("never checked")
    return f"{main} ({', '.join(notes)})" if notes else main
