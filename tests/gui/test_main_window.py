"""The main window: start screen, opening workspaces, navigation, saving, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from svbidder.core.content.example import write_example
from svbidder.core.storage.records import Organisation
from svbidder.core.storage.settings import load_settings
from svbidder.core.storage.workspace import Workspace


def visible_screens(window) -> list[str]:
    sidebar = window.sidebar
    return [sidebar.item(i).text() for i in range(sidebar.count())
            if not sidebar.item(i).isHidden()]


def type_into(qtbot, widget, text: str) -> None:
    """Type like a person, including characters QTest cannot synthesise (ŵ, emoji)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_starts_on_start_screen_with_only_working_screens(window):
    assert window.current_page() is window.start_page
    assert visible_screens(window) == ["Start", "Guides"]
    assert window.windowTitle() == "svbidder"
    assert not window.action_backup.isEnabled()


def test_open_example_shows_organisation(window):
    window.open_example()
    assert window.current_page() is window.organisation_page
    screens = visible_screens(window)
    assert screens[:4] == ["Start", "Our organisation", "What we do", "Evidence"]
    assert {"Bids", "Write answers"} <= set(screens)
    assert window.organisation_page.name.text() == "Millbrook Community Hub"
    assert "Millbrook Community Hub" in window.windowTitle()
    assert window.save_label.text().startswith("✓ All changes saved")


def test_navigation_by_sidebar_and_shortcut(window, qtbot):
    window.open_example()
    window.sidebar.setCurrentRow(0)
    assert window.current_page() is window.start_page
    assert window.start_page.current_box.isVisible()
    window.page_actions[1].trigger()
    assert window.current_page() is window.organisation_page


def test_edit_is_saved_and_there_after_reopening(make_window, qtbot, tmp_path):
    path = tmp_path / "ours.svbid"
    write_example(path).close()
    first = make_window()
    assert first.open_path(path)
    name = first.organisation_page.name
    name.selectAll()
    type_into(qtbot, name, "Brook Valley Food Bank ŵ")
    qtbot.waitUntil(lambda: first.session.state == "saved", timeout=3000)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.organisation().name == "Brook Valley Food Bank ŵ"
    first.close()

    second = make_window()
    assert second.open_path(path)
    assert second.organisation_page.name.text() == "Brook Valley Food Bank ŵ"


def test_pending_edit_is_saved_when_window_closes(window, qtbot, tmp_path):
    path = tmp_path / "quick.svbid"
    write_example(path).close()
    window.open_path(path)
    mission = window.organisation_page.mission
    mission.setFocus()
    mission.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(mission, " Extra words.")
    assert window.session.state == "pending"
    window.close()  # before the typing pause has passed
    with Workspace.open(path, read_only=True) as ws:
        assert ws.organisation().mission.endswith(" Extra words.")


def test_choices_and_numbers_are_saved(window, qtbot):
    window.open_example()
    page = window.organisation_page
    page.legal_form.setCurrentIndex(page.legal_form.findData("Co-operative"))
    page.legal_form.activated.emit(page.legal_form.currentIndex())
    page.volunteer_count.selectAll()
    qtbot.keyClick(page.volunteer_count, Qt.Key.Key_Delete)  # blank: "not given"
    page.staff_count.selectAll()
    qtbot.keyClicks(page.staff_count, "1,200")
    page.flush()
    org = window.session.workspace.organisation()
    assert org.legal_form == "Co-operative"
    assert org.volunteer_count is None
    assert org.staff_count == 1200


def test_a_count_that_is_not_a_whole_number_is_explained_at_once(window, qtbot):
    window.open_example()
    page = window.organisation_page
    before = window.session.workspace.organisation().staff_count
    problem = page.staff_count.parentWidget().parentWidget().findChild(QLabel, "problem")
    for typed, words in (("twelve", "not a number"), ("-3", "below zero"),
                         ("2.5", "not a whole number")):
        page.staff_count.selectAll()
        qtbot.keyClicks(page.staff_count, typed)
        assert problem.isVisibleTo(page) and words in problem.text()  # at once, no timer
        assert page.staff_count.text() == typed  # what was typed stays to be corrected
        if typed == "-3":  # nothing typed so far was a count: nothing is saved
            page.flush()
            assert window.session.workspace.organisation().staff_count == before


def test_undo_and_redo_from_the_edit_menu(window, qtbot):
    window.open_example()
    name = window.organisation_page.name
    name.end(False)
    type_into(qtbot, name, " CIO")
    window.organisation_page.flush()
    assert window.action_undo.isEnabled()
    window.sidebar.setFocus()
    window.action_undo.trigger()
    assert name.text() == "Millbrook Community Hub"
    assert window.session.workspace.organisation().name == "Millbrook Community Hub"
    window.action_redo.trigger()
    assert name.text() == "Millbrook Community Hub CIO"


def test_second_window_gets_read_only_with_explanation(make_window, tmp_path, message_log):
    path = tmp_path / "shared.svbid"
    write_example(path).close()
    first = make_window()
    first.open_path(path)
    second = make_window()
    second.open_path(path)
    assert second.session.workspace.read_only
    assert second.banner.isVisibleTo(second)
    assert "already open" in second.banner_text.text()
    assert second.organisation_page.name.isReadOnly()
    assert "read-only" in second.windowTitle()
    assert not second.action_undo.isEnabled()


def test_open_anyway_takes_over_the_lock(make_window, tmp_path, message_log):
    path = tmp_path / "shared.svbid"
    write_example(path).close()
    holder = Workspace.open(path)  # e.g. a colleague elsewhere
    try:
        window = make_window()
        window.open_path(path)
        assert window.session.workspace.read_only
        window.banner_open_anyway.click()
        assert message_log.questions  # it asked first
        assert not window.session.workspace.read_only
        assert not window.banner.isVisibleTo(window)
    finally:
        holder.close()


def test_refused_file_shows_error_and_is_untouched(window, tmp_path, message_log):
    path = tmp_path / "notes.svbid"
    path.write_text("These are my notes, not a workspace.", encoding="utf-8")
    before = path.read_bytes()
    assert not window.open_path(path)
    assert message_log.errors and "not an svbidder workspace" in message_log.errors[0][1]
    assert path.read_bytes() == before
    assert window.current_page() is window.start_page


def test_damaged_file_offers_newest_backup(window, tmp_path, message_log):
    path = tmp_path / "precious.svbid"
    write_example(path).close()
    window.open_path(path)  # makes a backup on open
    window.close_workspace()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    message_log.answer = True
    assert not window.open_path(path)
    assert message_log.questions and "damaged" in message_log.questions[0][1]
    assert window.session.workspace is not None  # the restored copy is open
    assert window.session.workspace.organisation().name == "Millbrook Community Hub"
    kept = list(window.session.backups.folder_for(path).glob("damaged *"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)


def test_recent_files_are_remembered(make_window, tmp_path, app_paths):
    path = tmp_path / "recent.svbid"
    write_example(path).close()
    first = make_window()
    first.open_path(path)
    first.close()
    assert load_settings(app_paths.settings_file).recent_files[0] == str(path)
    second = make_window()
    item = second.start_page.recent_list.item(0)
    assert item is not None and "recent" in item.text()
    second.start_page.recent_list.itemActivated.emit(item)
    assert second.session.workspace is not None
    assert second.session.workspace.path == path


def test_zoom_enlarges_the_interface_and_is_remembered(make_window, app_paths):
    window = make_window()
    base = QApplication.font().pointSizeF()
    window.set_zoom(150)
    assert abs(QApplication.font().pointSizeF() - base * 1.5) < 0.01
    window.close()
    assert load_settings(app_paths.settings_file).zoom_percent == 150
    window.set_zoom(100)


def test_save_copy_as_and_backup_now(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.open_example()
    target = tmp_path / "copy.svbid"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.save_copy_as()
    with Workspace.open(target, read_only=True) as copy:
        assert copy.organisation().name == "Millbrook Community Hub"
    before = len(window.session.list_backups())
    window.backup_now()
    assert len(window.session.list_backups()) == before + 1
    assert "backup copy" in window.statusBar().currentMessage()


def test_restore_from_backup_brings_back_old_text(window, qtbot, monkeypatch):
    from svbidder.gui.dialogs.restore_backup import RestoreBackupDialog

    window.open_example()  # backup 1: the original example
    ws = window.session.workspace
    ws.update(Organisation, 1, name="Renamed by mistake")
    oldest = window.session.list_backups()[-1]
    monkeypatch.setattr(RestoreBackupDialog, "exec", lambda self: 1)
    monkeypatch.setattr(RestoreBackupDialog, "chosen", lambda self: oldest)
    window.restore_from_backup()
    assert window.session.workspace.organisation().name == "Millbrook Community Hub"
    assert window.organisation_page.name.text() == "Millbrook Community Hub"


def test_new_workspace_dialog_creates_file(window, tmp_path, monkeypatch):
    from svbidder.gui.dialogs.new_workspace import NewWorkspaceDialog

    def fake_exec(dialog):
        dialog.name_edit.setText("Eastfield Men's Shed")
        dialog.path_edit.setText(str(tmp_path / "shed"))
        dialog._path_edited = True
        return 1

    monkeypatch.setattr(NewWorkspaceDialog, "exec", fake_exec)
    window.new_workspace()
    created = tmp_path / "shed.svbid"
    assert created.exists()
    assert window.session.workspace.path == created
    assert window.organisation_page.name.text() == "Eastfield Men's Shed"


def test_new_workspace_dialog_refuses_existing_file(qtbot, tmp_path):
    from svbidder.gui.dialogs.new_workspace import NewWorkspaceDialog, suggested_file_name

    existing = tmp_path / "taken.svbid"
    existing.write_bytes(b"x")
    dialog = NewWorkspaceDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Our / Group: 2")
    assert Path(dialog.path_edit.text()).name == suggested_file_name("Our / Group: 2")
    assert "/" not in Path(dialog.path_edit.text()).name
    dialog.path_edit.setText(str(existing))
    assert "already a file" in dialog.validation_problem()
    dialog._accept_if_valid()
    assert dialog.result() == 0 and dialog.problem.text()


def test_every_form_field_has_an_accessible_name(window):
    window.open_example()
    page = window.organisation_page
    for widget in (page.name, page.legal_form, page.charity_number, page.company_number,
                   page.area_served, page.staff_count, page.volunteer_count, page.income_band,
                   page.mission):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_ctrl_f_goes_to_the_screens_search_box(window):
    window.open_example()
    window.show_page(window.evidence_page)
    window.action_find.trigger()
    assert window.evidence_page.records.search.hasFocus()
