"""A record never saved has no id: reaching it by that id fails like reaching a
deleted one, and nothing is written (issue 15 item 7 typed ``Record.id`` as
``int | None`` and made the workspace say so instead of querying ``id = NULL``)."""

from __future__ import annotations

import pytest

from svbidder.core.errors import RecordNotFoundError
from svbidder.core.storage.records import Activity, EvidenceItem
from svbidder.core.storage.workspace import Workspace


def test_saved_id_of_a_stored_record_is_its_id(workspace: Workspace) -> None:
    activity = workspace.add(Activity(title="Lunch club"))
    assert activity.saved_id == activity.id
    assert workspace.get(Activity, activity.saved_id).title == "Lunch club"


def test_saved_id_of_an_unsaved_record_is_refused() -> None:
    with pytest.raises(RecordNotFoundError, match="activity has not been saved"):
        _ = Activity(title="Not added").saved_id


def test_reaching_a_record_by_no_id_is_not_found(workspace: Workspace) -> None:
    unsaved = Activity(title="Not added")
    with pytest.raises(RecordNotFoundError, match="activity no longer exists"):
        workspace.get(Activity, unsaved.id)
    with pytest.raises(RecordNotFoundError):
        workspace.update(Activity, unsaved.id, title="Changed")
    with pytest.raises(RecordNotFoundError):
        workspace.delete(Activity, unsaved.id)
    assert workspace.find(Activity) == []
    assert workspace.undo() is None  # nothing was recorded


def test_linking_to_a_record_never_saved_writes_nothing(workspace: Workspace) -> None:
    activity = workspace.add(Activity(title="Lunch club"))
    unsaved = EvidenceItem(title="A story")
    with pytest.raises(RecordNotFoundError):
        workspace.link("activity_evidence", activity.id, unsaved.id)
    with pytest.raises(RecordNotFoundError):
        workspace.unlink("activity_evidence", activity.id, unsaved.id)
    assert workspace.linked("activity_evidence") == []
