"""A full disk or a removed USB stick: edits are kept and saved when it is possible again."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from svbidder.core.errors import SaveError
from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question, answer_for


class Disk:
    """Makes every save fail while ``full`` is set, as SQLite does on a full disk."""

    def __init__(self, monkeypatch) -> None:
        self.full = False
        original = Workspace._transaction

        def transaction(workspace):
            if self.full:
                raise SaveError("Your last change could not be saved because the disk is "
                                "full. Free some space, then carry on.")
            return original(workspace)

        monkeypatch.setattr(Workspace, "_transaction", transaction)


def test_a_form_edit_survives_a_full_disk(window, qtbot, monkeypatch):
    disk = Disk(monkeypatch)
    window.open_example()
    page = window.organisation_page
    disk.full = True
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Brook Valley Hub")
    page.binder.flush()
    assert window.session.state == "failed"
    assert "disk is full" in window.save_label.text()
    assert "try again" in window.save_label.text()
    disk.full = False
    window.session.retry_unsaved()
    assert window.session.workspace.organisation().name == "Brook Valley Hub"
    assert window.session.state == "saved"


def test_an_answer_survives_a_full_disk_even_after_moving_on(window, qtbot, tmp_path,
                                                             monkeypatch):
    disk = Disk(monkeypatch)
    path = tmp_path / "disk.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws)
        first = add_question(ws, bid.id, ref="SV1")
        add_question(ws, bid.id, ref="SV2")
    window.open_path(path)
    page = window.write_page
    window.show_page(page)
    disk.full = True
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor, "Forty older people a week.")
    page.question_list.setCurrentRow(1)  # moves on while the disk is still full
    disk.full = False
    window.session.retry_unsaved()
    saved = answer_for(window.session.workspace, first.id, create=False).body_markdown
    assert saved.strip() == "Forty older people a week."


def test_kept_edits_never_reach_another_workspace(window, qtbot, tmp_path, monkeypatch):
    disk = Disk(monkeypatch)
    window.open_example()
    page = window.organisation_page
    disk.full = True
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Unsaved name")
    page.binder.flush()
    disk.full = False
    other = tmp_path / "other.svbid"
    Workspace.create(other, organisation_name="Another charity").close()
    assert window.open_path(other)  # closing tries once more, then lets go
    window.session.retry_unsaved()
    assert window.session.workspace.organisation().name == "Another charity"
