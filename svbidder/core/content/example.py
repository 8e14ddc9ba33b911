"""Build the example workspace from the readable data in ``resources/example``.

The example is never stored as a binary: it is rebuilt from JSON every time,
so a trainer always starts from the same clean copy.

Dates in the example data can be given relative to the day it is built
(``"last_checked_months_ago": 15``), so that some evidence is always fresh and
some always due for checking, however old the copy of svbidder is. The won
contract in ``won-bid.json`` starts a whole number of months ago for the same
reason: two quarters are always recorded and the third always waits for its
return, whichever day the example is opened.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ...paths import bundled_path, require
from ..delivery.periods import add_months
from ..delivery.plan import mark_won, plan_rows
from ..delivery.recording import record_delivery, set_evidence
from ..errors import WorkspaceError
from ..mapping.links import apply_links
from ..organisation.activities import add_activity
from ..organisation.evidence import add_evidence, months_before, set_links
from ..priorities.frameworks import install_framework
from ..priorities.packs import load_pack, pack_to_framework_data
from ..storage.atomic import TEMP_SUFFIX, fsync_folder
from ..storage.backup import BackupStore
from ..storage.fileformat import journal_path
from ..storage.lock import lock_path
from ..storage.records import (
    Activity,
    Bid,
    Commitment,
    EvidenceItem,
    Framework,
    Organisation,
    Outcome,
    Question,
    Theme,
)
from ..storage.workspace import Workspace
from ..writing.bids import add_bid_from_data
from ..writing.commitments import add_commitment

EXAMPLE_FILE_NAME = "Example - Millbrook Community Hub.svbid"
_RELATIVE_DATES = ("last_checked", "evidence_date")


def example_dir() -> Path:
    return bundled_path("example")


def _load(name: str) -> Any:
    return json.loads(require(example_dir() / name).read_text(encoding="utf-8"))


def _check_fields(name: str, entry: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise WorkspaceError(f"The example data in {name} has unknown fields: {sorted(unknown)}")


def _add_activities(workspace: Workspace) -> dict[str, int]:
    allowed = set(Activity.column_names()) - {"id", "position", "created_at", "updated_at"}
    ids: dict[str, int] = {}
    for entry in _load("activities.json"):
        _check_fields("activities.json", entry, allowed)
        activity = add_activity(workspace, **entry)
        ids[activity.title] = activity.saved_id
    return ids


def _add_evidence(workspace: Workspace, activity_ids: dict[str, int], today: date) -> None:
    allowed = (set(EvidenceItem.column_names()) - {"id", "created_at", "updated_at"}
               | {"activities"} | {f"{name}_months_ago" for name in _RELATIVE_DATES})
    for entry in _load("evidence.json"):
        entry = dict(entry)
        _check_fields("evidence.json", entry, allowed)
        titles = entry.pop("activities", [])
        for name in _RELATIVE_DATES:
            months = entry.pop(f"{name}_months_ago", None)
            if months is not None:
                entry[name] = months_before(today, int(months)).isoformat()
        entry.setdefault("last_checked", "")
        missing = [title for title in titles if title not in activity_ids]
        if missing:
            raise WorkspaceError(f"The example evidence “{entry.get('title')}” links to "
                                 f"activities that do not exist: {missing}")
        item = add_evidence(workspace, **entry)
        set_links(workspace, item.saved_id, [activity_ids[title] for title in titles])


EXAMPLE_PACK = "anytown-priorities.svpack"
_COMMITMENT_FIELDS = (set(Commitment.column_names())
                      - {"id", "bid_id", "question_id", "outcome_id", "measure_id", "position"})
_DELIVERY_FIELDS = {"period", "achieved", "note", "evidence_note", "shortfall_reason",
                    "recovery_action", "confirmed", "evidence"}


def _add_commitments(workspace: Workspace, bid: Bid, framework_id: int, name: str,
                     entries: list[dict[str, Any]]) -> list[tuple[Commitment, list]]:
    """A bid's commitments, each naming its question by reference and its outcome by
    the council's outcome reference."""
    questions = {q.ref: q.id for q in workspace.find(Question, bid_id=bid.id)}
    outcomes = {o.ref: o.id for t in workspace.find(Theme, framework_id=framework_id)
                for o in workspace.find(Outcome, theme_id=t.id)}
    made = []
    for entry in entries:
        entry = dict(entry)
        delivery = entry.pop("delivery", [])
        question, outcome = entry.pop("question", None), entry.pop("outcome", None)
        _check_fields(name, entry, _COMMITMENT_FIELDS)
        if question not in questions or outcome not in outcomes:
            raise WorkspaceError(f"The example commitment “{entry.get('measure_text')}” in "
                                 f"{name} names a question or outcome that does not exist: "
                                 f"{question!r}, {outcome!r}")
        made.append((add_commitment(workspace, bid.saved_id, question_id=questions[question],
                                    outcome_id=outcomes[outcome], **entry), delivery))
    return made


def _add_tender(workspace: Workspace, framework_id: int, today: date) -> None:
    data = _load("tender.json")
    commitments = data.pop("commitments", [])
    bid = add_bid_from_data(workspace, data, framework_id, today=today)
    _add_commitments(workspace, bid, framework_id, "tender.json", commitments)


def _add_won_bid(workspace: Workspace, framework_id: int, today: date) -> None:
    """Last year's won contract, with two quarters of delivery recorded."""
    data = _load("won-bid.json")
    contract = data.pop("contract")
    commitments = data.pop("commitments", [])
    _check_fields("won-bid.json", contract, {"start_months_ago", "months", "frequency"})
    bid = add_bid_from_data(workspace, {**data, "status": "drafting"}, framework_id,
                            today=today)
    made = _add_commitments(workspace, bid, framework_id, "won-bid.json", commitments)
    start = add_months(today.replace(day=1), -int(contract["start_months_ago"]))
    end = add_months(start, int(contract["months"])) - timedelta(days=1)
    mark_won(workspace, bid.saved_id, start, end, contract["frequency"])
    evidence = {item.title: item.saved_id for item in workspace.find(EvidenceItem)}
    for commitment, delivery in made:
        rows = {row.period_number: row for row in plan_rows(workspace, commitment.saved_id)}
        for entry in delivery:
            entry = dict(entry)
            _check_fields("won-bid.json", entry, _DELIVERY_FIELDS)
            row = rows[int(entry.pop("period"))]
            titles = entry.pop("evidence", [])
            missing = [title for title in titles if title not in evidence]
            if missing:
                raise WorkspaceError(f"The example delivery in won-bid.json links to "
                                     f"evidence that does not exist: {missing}")
            record_delivery(workspace, row.saved_id, **entry)
            set_evidence(workspace, row.saved_id, [evidence[title] for title in titles])


def _add_council_priorities(workspace: Workspace) -> Framework:
    """The fictional council's plan on a page, from the same pack trainers hand out."""
    pack = load_pack(require(example_dir() / EXAMPLE_PACK))
    return install_framework(workspace, pack_to_framework_data(pack))


def write_example(path: Path, *, backups: BackupStore | None = None,
                  today: date | None = None) -> Workspace:
    """Create a fresh example workspace at ``path`` and return it open.

    Refuses to overwrite an existing file, like :meth:`Workspace.create`.
    ``today`` (default: the computer's date) anchors the relative dates.

    The example is built under a hidden name beside ``path`` and moved into place
    only when complete, so a kill part way never leaves an empty or half-built
    workspace under the example's name; what such a kill left is cleared first.
    """
    path = Path(path)
    if path.exists():
        raise WorkspaceError(
            f"“{path.name}” already exists. Choose another name, or open it instead.")
    building = _building_path(path)
    _clear_litter(path)
    try:
        _build(Workspace.create(building), today)
        _move_into_place(building, path)
    except BaseException:
        _clear_litter(path)
        raise
    return Workspace.open(path, backups=backups)


def _building_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.building")


def _clear_litter(path: Path) -> None:
    """Remove what an interrupted run left beside ``path``: the half-built example
    with its journal and lock, and the ``.creating`` files older versions made."""
    building = _building_path(path)
    leftovers = [building, journal_path(building), lock_path(building),
                 path.with_name(path.name + ".creating"),
                 journal_path(path.with_name(path.name + ".creating"))]
    leftovers += path.parent.glob(f".{glob.escape(building.stem[:40])}-*{TEMP_SUFFIX}*")
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()


def _move_into_place(building: Path, path: Path) -> None:
    """Give the finished example its name, never replacing a file made meanwhile."""
    try:
        os.link(building, path)  # fails if ``path`` exists: nothing is replaced
    except FileExistsError:
        raise WorkspaceError(f"“{path.name}” already exists. Choose another name, or open "
                             "it instead.") from None
    except OSError:  # no hard links here (e.g. a FAT USB stick)
        if path.exists():
            raise WorkspaceError(f"“{path.name}” already exists. Choose another name, or "
                                 "open it instead.") from None
        os.replace(building, path)
    else:
        building.unlink()
    fsync_folder(path.parent)


def _build(workspace: Workspace, today: date | None) -> None:
    """Fill a new, empty workspace with the example, then close it."""
    try:
        organisation = _load("organisation.json")
        _check_fields("organisation.json", organisation, set(Organisation.column_names()))
        with workspace.batch("Build the example"):
            workspace.update(Organisation, 1, **organisation)
            activity_ids = _add_activities(workspace)
            _add_evidence(workspace, activity_ids, today or date.today())
            framework = _add_council_priorities(workspace)
            apply_links(workspace, framework.saved_id, _load("mappings.json"))
            _add_tender(workspace, framework.saved_id, today or date.today())
            _add_won_bid(workspace, framework.saved_id, today or date.today())
    finally:
        workspace.close()
