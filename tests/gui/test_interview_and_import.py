"""The guided interview and the CSV import, driven as a person would."""

from __future__ import annotations

from svbidder.core.content.interview import load_interview, load_progress
from svbidder.core.organisation.activities import all_activities
from svbidder.core.organisation.evidence import all_evidence
from svbidder.core.storage.workspace import Workspace


def open_blank(window, tmp_path):
    path = tmp_path / "blank.svbid"
    Workspace.create(path, organisation_name="Brook Valley Men's Shed").close()
    assert window.open_path(path)
    return path


def make_dialog(window, qtbot):
    from svbidder.gui.dialogs.interview import InterviewDialog

    dialog = InterviewDialog(window.session, load_interview(), window)
    qtbot.addWidget(dialog)
    return dialog


def go_to_activity_question(dialog):
    for index, (_theme, question) in enumerate(dialog.questions):
        if question.creates == "activity":
            dialog.go(index)
            return question
    raise AssertionError("the interview has no question that makes an activity")


def test_answer_becomes_an_activity(window, qtbot, tmp_path):
    open_blank(window, tmp_path)
    dialog = make_dialog(window, qtbot)
    question = go_to_activity_question(dialog)
    assert not dialog.create_button.isEnabled()
    dialog.answer.setFocus()
    qtbot.keyClicks(dialog.answer, "We run a repair cafe every Saturday for about 30 people.")
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    activities = all_activities(window.session.workspace)
    assert len(activities) == 1
    assert "repair cafe" in activities[0].description
    assert "✓" in dialog.created_note.text()
    progress = load_progress(window.session.workspace)
    assert progress.created[question.id][0][0] == "activity"
    window.show_page(window.activities_page)
    assert window.activities_page.records.list.count() == 1


def test_evidence_question_adds_evidence(window, qtbot, tmp_path):
    open_blank(window, tmp_path)
    dialog = make_dialog(window, qtbot)
    for index, (_theme, question) in enumerate(dialog.questions):
        if question.creates == "evidence":
            dialog.go(index)
            break
    dialog.answer.setPlainText("7 of our 9 staff live within two miles.")
    dialog.create_from_answer()
    items = all_evidence(window.session.workspace)
    assert len(items) == 1 and items[0].body.startswith("7 of our 9")


def test_interview_resumes_where_it_was_left(window, qtbot, tmp_path):
    open_blank(window, tmp_path)
    first = make_dialog(window, qtbot)
    first.answer.setPlainText("Yes, three of us live locally.")
    first.go(1)  # answered the first question
    first.skip()  # skipped the second
    reached = first.index
    first.accept()
    second = make_dialog(window, qtbot)
    assert second.index == reached
    assert second.questions[0][1].id in second.progress.answers
    assert "1 of" in second.counts.text() and "1 skipped" in second.counts.text()


def test_csv_import_previews_then_adds_in_one_undo_step(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from svbidder.gui.dialogs.csv_import import CsvImportDialog

    open_blank(window, tmp_path)
    csv_file = tmp_path / "activities.csv"
    csv_file.write_text("Title,Description,Who benefits,How many\n"
                        "Repair café,Fix things together,Older people,30 people a month\n"
                        ",No title here,,\n"
                        "Tool library,Lend tools,Local households,120\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(csv_file), "")))
    seen = {}

    def fake_exec(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["errors"] = dialog.error_list.count()
        seen["button"] = dialog.import_button.text()
        return 1

    monkeypatch.setattr(CsvImportDialog, "exec", fake_exec)
    window.import_activities_csv()
    assert seen == {"rows": 2, "errors": 1, "button": "Import 2 activities"}
    titles = [a.title for a in all_activities(window.session.workspace)]
    assert titles == ["Repair café", "Tool library"]
    window.sidebar.setFocus()
    window.action_undo.trigger()
    assert all_activities(window.session.workspace) == []


def test_csv_import_of_a_spreadsheet_file_explains(window, tmp_path, monkeypatch, message_log):
    from PySide6.QtWidgets import QFileDialog

    open_blank(window, tmp_path)
    fake = tmp_path / "activities.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(fake), "")))
    window.import_activities_csv()
    assert all_activities(window.session.workspace) == []
    assert message_log.errors[0][0] == "No activities found"
    assert "activities.xlsx" in message_log.errors[0][1]


def test_interview_answer_typed_then_closed_at_once_is_kept(window, qtbot, tmp_path):
    """Typing and closing straight away, before the typing pause is over."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from svbidder.gui.dialogs.interview import InterviewDialog

    open_blank(window, tmp_path)
    dialog = InterviewDialog(window.session, load_interview(), window)  # deleted below
    question = go_to_activity_question(dialog)
    qtbot.keyClicks(dialog.answer, "Tea and talk on Tuesdays")
    dialog.reject()
    assert load_progress(window.session.workspace).answers[question.id] == \
        "Tea and talk on Tuesdays"
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.session.flush()  # the closed dialog is no longer asked to save anything
    assert window.session.state != "pending"


def _preview_read(qtbot, tmp_path, text: str):
    """The priorities preview, shown, with ``text`` in its box and read."""
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(text)
    dialog._parse(text)
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def test_priorities_preview_says_when_unsure_and_fixes_in_one_click(qtbot, tmp_path):
    """A list read as one level: the preview says so and 'Make these themes' fixes it."""
    dialog = _preview_read(qtbot, tmp_path, "We will achieve the three outcomes you chose:\n"
                           "Better homes for all\nMore good jobs in our city\n"
                           "A vibrant, green city\n")
    assert dialog.unsure.isVisible() and "Make these themes" in dialog.unsure.text()
    button = dialog.fix_buttons["make_themes"]
    assert button.isVisible()
    assert not dialog.fix_buttons["each_bold_name_a_priority"].isVisible()
    assert dialog.tree.topLevelItemCount() == 1
    button.click()
    assert dialog.tree.topLevelItemCount() == 3
    assert dialog.tree.topLevelItem(0).text(0) == "Better homes for all"
    assert dialog.tree.topLevelItem(0).childCount() == 1  # mappable: it has an outcome
    assert not dialog.unsure.isVisible()
    notes = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert not any(note.startswith("Only one level") for note in notes)  # no longer true



def test_nothing_found_is_said_once_with_what_to_do(qtbot, tmp_path):
    """Prose with no priorities in it: the preview's note says what to do, and the line
    under the text does not say "No priorities were found" a second time."""
    dialog = _preview_read(qtbot, tmp_path, "The council has set out its vision for the "
                           "next three years in a new plan.\n\nShare this page\n")
    assert dialog.tree.topLevelItemCount() == 0
    assert dialog.unsure.isVisible() and "select a priority's words" in dialog.unsure.text()
    assert dialog.problem.text() == ""
    assert not dialog.add_button.isEnabled()

def test_a_correction_that_makes_no_sense_there_says_why_and_the_next_clears_it(
        qtbot, tmp_path):
    """"Make outcome" on the first theme has no theme to go under: the preview says so
    (not "Something went wrong"), and the next correction takes the message away."""
    from svbidder.gui.dialogs.priorities_import import CHOOSE_FIRST

    dialog = _preview_read(qtbot, tmp_path, "# Our plan\n\n## Homes\n\n- Better homes for all"
                           "\n\n## Jobs\n\n- More good jobs in our city\n")
    assert dialog.tree.topLevelItemCount() == 2
    dialog.demote()
    assert dialog.problem.text() == CHOOSE_FIRST
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.demote()
    assert dialog.problem.text() == "⚠ The first theme has no theme above it to go under."
    assert dialog.tree.topLevelItemCount() == 2  # nothing changed
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    dialog.demote()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.problem.text() == ""


def test_a_wrong_list_is_left_out_in_one_step_and_the_next_item_is_chosen(qtbot, tmp_path):
    """When the reading took a wrong list, the person shift-clicks its first and last
    items and leaves them all out at once (the button or the Delete key); a correction
    of one item asked for with several chosen says to choose one."""
    from PySide6.QtCore import Qt

    from svbidder.gui.dialogs.priorities_import import ONE_AT_A_TIME

    dialog = _preview_read(qtbot, tmp_path, "# Our plan\n\n## Homes\n\n- Better homes"
                           "\n- Warm homes\n- Fewer empty homes\n\n## Jobs\n\n- Good jobs\n")
    homes = dialog.tree.topLevelItem(0)
    assert homes.childCount() == 3
    first = dialog.tree.visualItemRect(homes.child(0)).center()
    last = dialog.tree.visualItemRect(homes.child(1)).center()
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, pos=last)
    assert len(dialog.tree.selectedItems()) == 2
    dialog.promote()
    assert dialog.problem.text() == ONE_AT_A_TIME
    assert dialog.tree.topLevelItem(0).childCount() == 3  # nothing changed
    dialog.drop()
    homes = dialog.tree.topLevelItem(0)
    assert [homes.child(i).text(0) for i in range(homes.childCount())] == ["Fewer empty homes"]
    assert dialog.problem.text() == ""
    assert dialog.tree.currentItem() is homes.child(0)  # where the person was
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert dialog.tree.topLevelItem(0).childCount() == 0


def test_priorities_picked_out_of_the_text_by_selecting_them(qtbot, tmp_path):
    """A news story with its outcomes inside one sentence gives no list: the person
    selects each outcome's words on the left and adds it, and can then add them all."""
    from PySide6.QtGui import QTextCursor

    story = ("Community plan launched\n\nThe plan's outcomes include ensuring everyone has "
             "a good start in life and enjoys good health and well-being.\n")
    dialog = _preview_read(qtbot, tmp_path, story)
    assert not dialog.add_button.isEnabled()
    theme_button, outcome_button = dialog.add_selected[True], dialog.add_selected[False]
    assert not outcome_button.isEnabled()  # nothing selected yet

    def select(words: str) -> None:
        start = dialog.text.toPlainText().index(words)
        cursor = dialog.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
        dialog.text.setTextCursor(cursor)

    select("everyone has a good start in life")
    assert outcome_button.isEnabled()
    outcome_button.click()
    select("enjoys good health and well-being")
    outcome_button.click()
    theme = dialog.tree.topLevelItem(0)
    assert dialog.tree.topLevelItemCount() == 1
    assert [theme.child(i).text(0) for i in range(theme.childCount())] == [
        "Everyone has a good start in life", "Enjoys good health and well-being"]
    assert dialog.tree.currentItem() is theme.child(1)  # the one just added
    assert dialog.add_button.isEnabled()
    select("Community plan launched")
    theme_button.click()
    assert dialog.tree.topLevelItemCount() == 2
    # the text box's right-click menu offers the same, beside copy and paste
    select("and enjoys good health")
    menu = dialog.text_menu()
    labels = [action.text() for action in menu.actions()]
    assert "Add as a theme" in labels and any("Copy" in label for label in labels)
    next(a for a in menu.actions() if a.text() == "Add as a theme").trigger()
    assert dialog.tree.topLevelItemCount() == 3
    assert dialog.tree.currentItem().text(0) == "Enjoys good health"
    cursor = dialog.text.textCursor()
    cursor.clearSelection()
    dialog.text.setTextCursor(cursor)
    assert not theme_button.isEnabled()



def test_a_list_inside_a_sentence_comes_back_as_one_priority_per_name(qtbot, tmp_path):
    """Selecting the list in a news story's sentence adds one outcome per name it lists,
    in one step; "Keep as one" takes that back and adds the words as one priority; the
    next correction puts the button away."""
    from PySide6.QtGui import QTextCursor

    listed = "good governance, the legacy of the conflict and protecting human rights"
    dialog = _preview_read(qtbot, tmp_path, "Commission sets out three year plan\n\n"
                           f"Its work will focus on {listed} in a time of austerity. It "
                           "thanked everyone who took part.\n")
    start = dialog.text.toPlainText().index(listed)
    cursor = dialog.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(listed), QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    assert not dialog.keep_whole.isVisible()
    dialog.add_selected[False].click()
    theme = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    titles = [theme.child(i).text(0) for i in range(theme.childCount())]
    assert titles[-3:] == ["Good governance", "The legacy of the conflict",
                           "Protecting human rights"]
    assert "one for each name listed" in dialog.problem.text()
    assert dialog.keep_whole.isVisible()
    dialog.keep_whole.click()
    theme = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    assert theme.child(theme.childCount() - 1).text(0) == (
        "Good governance, the legacy of the conflict and protecting human rights")
    assert theme.childCount() == len(titles) - 2
    assert not dialog.keep_whole.isVisible()
    assert dialog.tree.currentItem() is theme.child(theme.childCount() - 1)

def test_open_dialogs_offer_pdf_and_for_priorities_spreadsheets(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda _parent, _title, _folder, filters: offered.append(filters) or ("", "")))
    open_blank(window, tmp_path)
    PrioritiesImportDialog(tmp_path, window).source.open_file()
    assert all(f"*.{kind}" in offered[0].split(";;")[0] for kind in ("pdf", "xlsx", "csv", "docx"))
    TenderPasteDialog(tmp_path, window).source.open_file()
    assert "*.pdf" in offered[1].split(";;")[0] and "*.xlsx" not in offered[1]


def test_a_left_out_list_comes_back_in_one_click(qtbot, tmp_path):
    """The importer keeps one of a page's two lists; selecting the other whole, lead-in
    and all, and clicking "An outcome" adds one outcome per item and says how many."""
    from PySide6.QtGui import QTextCursor

    page = ("Our strategy\n\nOur goals are:\n  • Prevent illness\n  • Care at home\n"
            "  • Joined-up services\n\nOur priorities for this year:\n"
            "  • Better quality – learn and improve so that everyone gets good care.\n"
            "  • Support our staff – train and value the people who give care.\n")
    dialog = _preview_read(qtbot, tmp_path, page)
    before = dialog.imported.outcome_count
    start = page.index("Our goals are:")
    cursor = dialog.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(page.index("\n\nOur priorities"), QTextCursor.MoveMode.KeepAnchor)
    dialog.text.setTextCursor(cursor)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.add_selected[False].click()
    assert dialog.imported.outcome_count == before + 3
    theme = dialog.tree.topLevelItem(0)
    titles = [theme.child(i).text(0) for i in range(theme.childCount())]
    assert titles[-3:] == ["Prevent illness", "Care at home", "Joined-up services"]
    assert dialog.problem.text() == "Added 3 outcomes, one for each item selected."
    assert dialog.tree.currentItem() is theme.child(theme.childCount() - 3)  # the first
    # the same list with its lead-in, added as a theme: one theme named by the lead-in
    themes_before = dialog.tree.topLevelItemCount()
    dialog.text.setTextCursor(cursor)
    dialog.add_selected[True].click()
    assert dialog.tree.topLevelItemCount() == themes_before + 1
    assert dialog.tree.currentItem().text(0) == "Our goals"
    assert dialog.tree.currentItem().childCount() == 3
    assert dialog.problem.text() == "Added a theme with 3 outcomes, one for each item selected."
