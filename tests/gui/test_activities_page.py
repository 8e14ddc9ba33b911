"""What we do: adding, editing, finding, reordering and deleting activities."""

from __future__ import annotations

from svbidder.core.organisation.activities import all_activities
from svbidder.core.storage.records import Activity


def open_blank(window, tmp_path):
    from svbidder.core.storage.workspace import Workspace

    path = tmp_path / "blank.svbid"
    Workspace.create(path, organisation_name="Test Group").close()
    assert window.open_path(path)
    window.show_page(window.activities_page)
    return window.activities_page


def test_empty_screen_teaches_and_offers_next_steps(window, tmp_path):
    page = open_blank(window, tmp_path)
    assert page.right.currentIndex() == 0  # the empty-state panel
    assert "No activities yet" in page.empty_title.text()
    assert page.add_button.isEnabled() and not page.delete_button.isEnabled()


def test_add_and_edit_an_activity_then_undo_each_burst(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_activity()
    assert page.right.currentIndex() == 1
    assert page.title.hasFocus() or page.title.selectedText() == "New activity"
    page.title.selectAll()
    qtbot.keyClicks(page.title, "Lunch club")
    page.binder.flush()  # a typing pause
    page.volume_amount.setFocus()
    qtbot.keyClicks(page.volume_amount, "1,200")
    page.binder.flush()
    saved = all_activities(window.session.workspace)
    assert [a.title for a in saved] == ["Lunch club"]
    assert saved[0].volume_amount == 1200
    assert "Lunch club" in page.records.list.item(0).text()
    window.sidebar.setFocus()
    window.action_undo.trigger()  # the burst of typing in "How much"
    window.action_undo.trigger()  # the burst of typing in the title
    assert all_activities(window.session.workspace)[0].title == "New activity"


def test_bad_number_is_explained_not_saved(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    page.add_activity()
    page.volume_amount.setFocus()
    qtbot.keyClicks(page.volume_amount, "lots")
    page.binder.flush()
    assert page.volume_problem.isVisibleTo(page)
    assert page.volume_problem.text()
    assert all_activities(window.session.workspace)[0].volume_amount is None


def test_search_filters_the_list(window, tmp_path):
    page = open_blank(window, tmp_path)
    ws = window.session.workspace
    for title in ("Café Cymraeg", "Youth football", "Befriending calls"):
        ws.add(Activity(title=title, position=len(all_activities(ws))))
    page.refresh()
    page.records.search.setText("cafe")
    assert page.records.list.count() == 1
    assert "Café Cymraeg" in page.records.list.item(0).text()
    page.records.search.setText("nothing like this")
    assert page.records.list.count() == 0
    assert "match" in page.empty_title.text()


def test_reorder_with_buttons(window, tmp_path):
    page = open_blank(window, tmp_path)
    ws = window.session.workspace
    for index, title in enumerate(("First", "Second", "Third")):
        ws.add(Activity(title=title, position=index))
    page.refresh()
    page.records.list.setCurrentRow(2)
    assert not page.down_button.isEnabled()
    page.up_button.click()
    assert [a.title for a in all_activities(ws)] == ["First", "Third", "Second"]
    assert page.records.current_row() == 1


def test_delete_says_how_to_undo(window, tmp_path):
    page = open_blank(window, tmp_path)
    ws = window.session.workspace
    ws.add(Activity(title="Walking group"))
    page.refresh()
    page.delete_button.click()
    assert all_activities(ws) == []
    assert "Undo" in window.statusBar().currentMessage()
    window.action_undo.trigger()
    assert [a.title for a in all_activities(ws)] == ["Walking group"]
    assert page.records.list.count() == 1


def test_read_only_workspace_disables_changes(make_window, tmp_path):
    from svbidder.core.storage.workspace import Workspace

    path = tmp_path / "shared.svbid"
    with Workspace.create(path) as ws:
        ws.add(Activity(title="Choir"))
    holder = Workspace.open(path)
    try:
        window = make_window()
        window.open_path(path)
        page = window.activities_page
        window.show_page(page)
        assert not page.add_button.isEnabled()
        assert page.title.isReadOnly()
    finally:
        holder.close()
