"""What the writer needs at hand for one question: the activities that serve the
outcomes it asks about, their evidence, and the text to insert for each."""

from __future__ import annotations

from dataclasses import dataclass

from ..organisation.activities import all_activities, describe_volume
from ..organisation.evidence import KIND_LABELS, linked_evidence, month_year, needs_consent_warning
from ..storage.records import Activity, EvidenceItem, Mapping
from ..storage.workspace import Workspace
from .bids import question_outcomes


@dataclass(frozen=True)
class ActivityAtHand:
    activity: Activity
    evidence: list[EvidenceItem]
    mapped: bool  # confirmed as serving one of the question's outcomes


def material_for_question(ws: Workspace, question_id: int) -> list[ActivityAtHand]:
    """Activities mapped (confirmed) to the question's outcomes first, then the rest.

    Every activity is offered, because a small organisation's best example is
    not always the one it has mapped; the mapped ones come first and say so.
    """
    outcome_ids = set(question_outcomes(ws, question_id))
    mapped_ids: set[int] = set()
    if outcome_ids:
        for mapping in ws.find(Mapping, status="confirmed"):
            if mapping.outcome_id in outcome_ids:
                mapped_ids.add(mapping.activity_id)
    activities = all_activities(ws)
    ordered = ([a for a in activities if a.id in mapped_ids]
               + [a for a in activities if a.id not in mapped_ids])
    return [ActivityAtHand(a, linked_evidence(ws, a.saved_id), a.id in mapped_ids)
            for a in ordered]


def evidence_insert_text(item: EvidenceItem) -> str:
    """The sentence or quotation to put into an answer for an evidence item.

    Figures carry their period and source, because evaluators discount a
    number they cannot place; quotes keep their speaker.
    """
    source = item.source.strip()
    when = month_year(item.evidence_date) if item.evidence_date else ""
    if item.kind == "figure" and item.value is not None:
        from ..organisation.activities import describe_amount

        amount = describe_amount(item.value, item.unit, item.period)
        where = ", ".join(part for part in (source, when) if part)
        return f"{amount} ({where})" if where else amount
    if item.kind == "quote":
        words = item.body.strip().strip("“”\"")
        who = f" — {source}" if source else ""
        return f"“{words}”{who}"
    if item.kind == "evaluation" and item.ratio:
        by = f" by {item.evaluator}" if item.evaluator else ""
        return (f"An evaluation{by} found £{item.ratio:.2f} of social value for every £1 "
                f"spent{f' ({when})' if when else ''}.")
    text = item.body.strip() or item.title.strip()
    return text


def evidence_label(item: EvidenceItem) -> str:
    """A short line for the side panel, with the consent warning in words."""
    label = f"{KIND_LABELS.get(item.kind, item.kind)}: {item.title or '(untitled)'}"
    if needs_consent_warning(item):
        label += " — ⚠ no consent recorded"
    return label


def activity_label(entry: ActivityAtHand) -> str:
    volume = describe_volume(entry.activity)
    label = entry.activity.title or "(untitled activity)"
    if volume:
        label += f" ({volume})"
    if entry.mapped:
        label = "★ " + label
    return label
