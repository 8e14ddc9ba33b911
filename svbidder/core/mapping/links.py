"""The map: which activities contribute to which of a framework's outcomes.

A link between an activity and an outcome is a
:class:`~svbidder.core.records.Mapping` row with a status:

* ``"suggested"`` — proposed by the suggestion engine
  (:mod:`svbidder.core.matching`), with a score and a reason;
* ``"confirmed"`` — the person agrees; it can carry a note ("how this activity
  contributes") and linked evidence items;
* ``"rejected"`` — the person said no: it is kept so the same link is never
  suggested again.

No row means no link. Every change here is one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from ..errors import SvBidderError
from ..priorities.frameworks import framework_tree, outcomes_of, themes_of
from ..storage.records import Activity, EvidenceItem, Mapping, Outcome, Theme
from ..storage.workspace import Workspace
from .matching import (
    DEFAULT_MIN_SCORE,
    ActivityText,
    MatchIndex,
    OutcomeText,
    Suggestion,
    build_index,
    outcome_texts,
)

STATUSES = ("suggested", "confirmed", "rejected")
# How each state of a cell is said in words (never by colour alone).
STATUS_WORDS = {
    None: "No link",
    "suggested": "Suggested",
    "confirmed": "Linked",
    "rejected": "Not linked (you said no)",
}


class MappingError(SvBidderError):
    """A link between an activity and an outcome could not be changed."""


# ---------------------------------------------------------------- reading

def framework_outcomes(ws: Workspace, framework_id: int) -> list[tuple[Theme, Outcome]]:
    """The framework's outcomes in order, each with its theme (the matrix columns)."""
    return [(theme, outcome) for theme in themes_of(ws, framework_id)
            for outcome in outcomes_of(ws, theme.saved_id)]


def get_mapping(ws: Workspace, activity_id: int, outcome_id: int) -> Mapping | None:
    found = ws.find(Mapping, activity_id=activity_id, outcome_id=outcome_id)
    return found[0] if found else None


def mappings_for(ws: Workspace, framework_id: int) -> dict[tuple[int, int], Mapping]:
    """Every link to the framework's outcomes, by ``(activity_id, outcome_id)`` (the cells)."""
    outcome_ids = {outcome.id for _, outcome in framework_outcomes(ws, framework_id)}
    return {(m.activity_id, m.outcome_id): m for m in ws.find(Mapping, order_by="id")
            if m.outcome_id in outcome_ids}


def activity_links(ws: Workspace, framework_id: int, activity_id: int
                   ) -> list[tuple[Theme, Outcome, Mapping | None]]:
    """One activity's row of the matrix, for a list view: every outcome with its link or None."""
    cells = {m.outcome_id: m for m in ws.find(Mapping, activity_id=activity_id)}
    return [(theme, outcome, cells.get(outcome.saved_id))
            for theme, outcome in framework_outcomes(ws, framework_id)]


def mapping_evidence(ws: Workspace, mapping_id: int) -> list[EvidenceItem]:
    """The evidence items linked to a link (usually a confirmed one)."""
    return [ws.get(EvidenceItem, evidence_id)
            for _, evidence_id in ws.linked("mapping_evidence", mapping_id=mapping_id)]


# ------------------------------------------------------------ suggestions

_INDEX_CACHE: dict[tuple[OutcomeText, ...], MatchIndex] = {}


def index_for(ws: Workspace, framework_id: int) -> MatchIndex:
    """The suggestion index of a framework, rebuilt only when its outcomes change."""
    texts = tuple(outcome_texts(framework_tree(ws, framework_id)))
    index = _INDEX_CACHE.get(texts)
    if index is None:
        if len(_INDEX_CACHE) >= 8:
            _INDEX_CACHE.pop(next(iter(_INDEX_CACHE)))
        index = _INDEX_CACHE[texts] = build_index(list(texts))
    return index


def activity_texts(ws: Workspace, activity_ids: Iterable[int] | None = None
                   ) -> list[ActivityText]:
    """What the suggestion engine reads of each activity, with its linked evidence."""
    wanted = None if activity_ids is None else set(activity_ids)
    activities = [a for a in ws.find(Activity, order_by="position, id")
                  if wanted is None or a.id in wanted]
    evidence = {item.id: item for item in ws.find(EvidenceItem)}
    linked: dict[int, list[str]] = {}
    for activity_id, evidence_id in ws.linked("activity_evidence"):
        item = evidence.get(evidence_id)
        if item is not None:
            linked.setdefault(activity_id, []).append(f"{item.title}. {item.body}")
    return [ActivityText(title=a.title, description=a.description,
                         beneficiaries=a.beneficiaries, outcomes_text=a.outcomes_text,
                         tags=a.tags, evidence=tuple(linked.get(a.saved_id, ())),
                         activity_id=a.saved_id)
            for a in activities]


def suggest_for_workspace(ws: Workspace, framework_id: int, *, top: int = 3,
                          min_score: float = DEFAULT_MIN_SCORE,
                          activity_ids: Iterable[int] | None = None
                          ) -> dict[int, list[Suggestion]]:
    """Suggested outcomes for each activity (by activity id), best first.

    Links the person has already decided (confirmed or rejected) are never
    proposed: a rejected link stays rejected. ``outcome_id`` of each
    suggestion is the outcome's record id.
    """
    index = index_for(ws, framework_id)
    decided: dict[int, set[int]] = {}
    for mapping in ws.find(Mapping):
        if mapping.status in ("confirmed", "rejected"):
            decided.setdefault(mapping.activity_id, set()).add(mapping.outcome_id)
    return {_record_id(text.activity_id):
            index.suggest(text, top=top, min_score=min_score,
                          exclude=decided.get(_record_id(text.activity_id), ()))
            for text in activity_texts(ws, activity_ids)}


def _record_id(key: Hashable) -> int:
    """A key of the matching engine as a record id.

    The engine takes any hashable key (the command line uses references); in a
    workspace, activity_texts and outcome_texts give it record ids, so anything
    else here is a programming error, reported before it reaches the file.
    """
    if not isinstance(key, int):
        raise TypeError(f"Expected a record id from the workspace's index, got {key!r}")
    return key


def store_suggestions(ws: Workspace, framework_id: int,
                      suggestions: dict[int, list[Suggestion]] | None = None, *,
                      top: int = 3, replace: bool = True) -> int:
    """Save suggestions as "suggested" links, all in one undo step. Returns how many.

    ``suggestions`` defaults to :func:`suggest_for_workspace`. Confirmed and
    rejected links are never touched. With ``replace`` (the default), earlier
    suggestions to this framework's outcomes that are no longer proposed are
    removed, so the matrix shows the current suggestions only.
    """
    if suggestions is None:
        suggestions = suggest_for_workspace(ws, framework_id, top=top)
    existing = mappings_for(ws, framework_id)
    wanted = {(activity_id, _record_id(s.outcome_id)): s
              for activity_id, items in suggestions.items() for s in items}
    stored = 0
    with ws.batch("Suggest links"):
        for key, suggestion in wanted.items():
            mapping = existing.get(key)
            if mapping is None:
                ws.add(Mapping(activity_id=key[0], outcome_id=key[1],
                               status="suggested", score=suggestion.score,
                               reason=suggestion.reason))
                stored += 1
            elif mapping.status == "suggested":
                ws.update(Mapping, mapping.id, score=suggestion.score, reason=suggestion.reason)
                stored += 1
        if replace:
            refreshed = set(suggestions)
            for key, mapping in existing.items():
                if (mapping.status == "suggested" and key not in wanted
                        and key[0] in refreshed):
                    ws.delete(Mapping, mapping.id)
    return stored


# ---------------------------------------------------------------- editing

def _check(ws: Workspace, activity_id: int, outcome_id: int) -> None:
    ws.get(Activity, activity_id)  # a friendly error if either has gone
    ws.get(Outcome, outcome_id)


def set_status(ws: Workspace, activity_id: int, outcome_id: int, status: str | None,
               *, note: str | None = None) -> Mapping | None:
    """Set a cell of the matrix to a status (``None`` = no link), in one undo step.

    A note is kept when a link changes status (and can be given here for a
    confirmed link). Returns the link, or None when it was removed.
    """
    if status is not None and status not in STATUSES:
        raise ValueError(f"A link's status is one of {', '.join(STATUSES)} or None.")
    _check(ws, activity_id, outcome_id)
    mapping = get_mapping(ws, activity_id, outcome_id)
    label = {"confirmed": "Confirm link", "rejected": "Reject link",
             "suggested": "Suggest link", None: "Remove link"}[status]
    with ws.batch(label):
        if status is None:
            if mapping is not None:
                ws.delete(Mapping, mapping.id)
            return None
        changes: dict[str, str] = {"status": status}
        if note is not None:
            changes["note"] = note
        if mapping is None:
            mapping = ws.add(Mapping(activity_id=activity_id, outcome_id=outcome_id,
                                     status=status, note=note or ""))
        else:
            mapping = ws.update(Mapping, mapping.id, values=changes)
    return ws.get(Mapping, mapping.id)


def confirm(ws: Workspace, activity_id: int, outcome_id: int, note: str | None = None
            ) -> Mapping:
    """Agree that the activity contributes to the outcome (optionally saying how)."""
    result = set_status(ws, activity_id, outcome_id, "confirmed", note=note)
    assert result is not None
    return result


def reject(ws: Workspace, activity_id: int, outcome_id: int) -> Mapping:
    """Say no to a link; it will not be suggested again."""
    result = set_status(ws, activity_id, outcome_id, "rejected")
    assert result is not None
    return result


def clear_link(ws: Workspace, activity_id: int, outcome_id: int) -> None:
    """Back to "no link" (a rejected link may then be suggested again)."""
    set_status(ws, activity_id, outcome_id, None)


def set_note(ws: Workspace, activity_id: int, outcome_id: int, note: str, *,
             typing: bool = False) -> Mapping:
    """Say how the activity contributes. Only a confirmed link has a note.

    ``typing=True`` while someone types, so a run of keystrokes undoes as one step.
    """
    mapping = get_mapping(ws, activity_id, outcome_id)
    if mapping is None or mapping.status != "confirmed":
        raise MappingError("Confirm the link first, then add a note on how this activity "
                           "contributes.")
    return ws.update(Mapping, mapping.id, typing=typing, label="Edit link note", note=note)


def _confirmed(ws: Workspace, activity_id: int, outcome_id: int) -> Mapping:
    mapping = get_mapping(ws, activity_id, outcome_id)
    if mapping is None or mapping.status != "confirmed":
        raise MappingError("Evidence can only be linked to a confirmed link. Confirm the "
                           "link first.")
    return mapping


def set_mapping_evidence(ws: Workspace, activity_id: int, outcome_id: int,
                         evidence_ids: Iterable[int]) -> None:
    """Make exactly these evidence items the ones behind a confirmed link (one undo step)."""
    mapping = _confirmed(ws, activity_id, outcome_id)
    wanted = list(dict.fromkeys(evidence_ids))
    for evidence_id in wanted:
        ws.get(EvidenceItem, evidence_id)
    current = {e for _, e in ws.linked("mapping_evidence", mapping_id=mapping.saved_id)}
    with ws.batch("Change evidence for link"):
        for evidence_id in sorted(current - set(wanted)):
            ws.unlink("mapping_evidence", mapping.id, evidence_id)
        for evidence_id in wanted:
            if evidence_id not in current:
                ws.link("mapping_evidence", mapping.id, evidence_id)


@dataclass(frozen=True)
class PlannedLink:
    """One link of a ready-made map (e.g. the example's), by titles."""

    activity: str
    outcome_ref: str
    status: str = "confirmed"
    note: str = ""


def apply_links(ws: Workspace, framework_id: int, links: Iterable[PlannedLink | dict]) -> int:
    """Add links given by activity title and outcome reference, in one undo step.

    For building a workspace from data (the example, tests). Unknown titles or
    references raise :class:`MappingError` naming them, and nothing is changed.
    """
    activities = {a.title: a.saved_id for a in ws.find(Activity)}
    outcomes = {o.ref: o.saved_id for _, o in framework_outcomes(ws, framework_id) if o.ref}
    planned = [link if isinstance(link, PlannedLink) else PlannedLink(**link) for link in links]
    missing = [f"activity “{p.activity}”" for p in planned if p.activity not in activities]
    missing += [f"outcome “{p.outcome_ref}”" for p in planned if p.outcome_ref not in outcomes]
    if missing:
        raise MappingError(f"These links refer to things that do not exist: "
                           f"{', '.join(dict.fromkeys(missing))}.")
    with ws.batch("Add links"):
        for link in planned:
            set_status(ws, activities[link.activity], outcomes[link.outcome_ref], link.status,
                       note=link.note or None)
    return len(planned)
