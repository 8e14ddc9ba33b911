"""File → Export…: options remembered per bid, safe writing, portal copy."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from svbidder.core.storage.records import Bid
from svbidder.export import load_options


def make_dialog(window, qtbot):
    from svbidder.gui.dialogs.export_dialog import ExportDialog

    window.open_example()
    bid_id = window.session.workspace.find(Bid)[0].id
    dialog = ExportDialog(window.session, bid_id, window)
    qtbot.addWidget(dialog)
    return dialog, bid_id


def reopen_dialog(window, qtbot, bid_id):
    """Another export dialog on the workspace already open."""
    from svbidder.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.session, bid_id, window)
    qtbot.addWidget(dialog)
    return dialog


def quiet_messages(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


def test_options_are_remembered_for_the_bid(window, qtbot):
    dialog, bid_id = make_dialog(window, qtbot)
    dialog.font.setCurrentText("Verdana")
    dialog.size.setValue(12)
    options = load_options(window.session.workspace, bid_id)
    assert (options.font, options.size_pt) == ("Verdana", 12)


def test_export_the_answers_document(window, qtbot, tmp_path, monkeypatch):
    dialog, _bid_id = make_dialog(window, qtbot)
    target = tmp_path / "answers.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    quiet_messages(monkeypatch)
    dialog.export_now()
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Community Wellbeing and Connection Service" in text
    assert "Word count:" in text


def test_a_locked_target_offers_another_name(window, qtbot, tmp_path, monkeypatch):
    from svbidder.core.storage import atomic

    dialog, _bid_id = make_dialog(window, qtbot)
    (tmp_path / "locked.docx").write_bytes(b"an older copy, open in Word")
    names = iter([str(tmp_path / "locked.docx"), str(tmp_path / "other.docx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(names), "")))
    real_replace = atomic.os.replace

    def locked(source, target):
        if str(target).endswith("locked.docx"):
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", locked)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or
                                     QMessageBox.StandardButton.Yes))
    quiet_messages(monkeypatch)
    dialog.export_now()
    assert asked and "locked.docx" in asked[0]
    assert (tmp_path / "locked.docx").read_bytes() == b"an older copy, open in Word"
    assert (tmp_path / "other.docx").exists()
    assert sorted(p.name for p in tmp_path.glob("*.docx*")) == ["locked.docx", "other.docx"]


def test_copy_for_a_portal(window, qtbot):
    window.open_example()
    page = window.write_page
    window.show_page(page)
    page.copy_for_portal()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Who will benefit")
    assert "- Weekly visits" in copied
    assert "words" in window.statusBar().currentMessage()


def check_kind(dialog, key):
    for button in dialog.kind_group.buttons():
        if button.property("kind") == key:
            button.setChecked(True)


def test_options_that_do_not_apply_are_greyed_out_saying_why(window, qtbot):
    dialog, _bid_id = make_dialog(window, qtbot)
    word_only = (dialog.font, dialog.size, dialog.spacing, dialog.margins, dialog.paper)
    answers_only = (dialog.include_question, dialog.include_counts, dialog.include_contents,
                    dialog.new_page, dialog.questions)
    check_kind(dialog, "answers")
    assert all(w.isEnabled() for w in word_only + answers_only)
    assert not dialog.plain_ascii.isEnabled()
    assert "Only for plain text" in dialog.plain_ascii.toolTip()
    check_kind(dialog, "offer")
    assert all(w.isEnabled() for w in word_only)
    assert not any(w.isEnabled() for w in answers_only)
    assert "does not include the questions" in dialog.include_counts.toolTip()
    assert not dialog.include_commitments.isEnabled()
    check_kind(dialog, "text")
    assert not any(w.isEnabled() for w in word_only)
    assert "no fonts or pages" in dialog.font.toolTip()
    assert dialog.plain_ascii.isEnabled() and dialog.include_question.isEnabled()
    assert dialog.plain_ascii.toolTip() == "Some tendering websites garble curly quotes and " \
                                           "dashes"
    check_kind(dialog, "answers")
    assert dialog.font.isEnabled() and not dialog.font.toolTip().startswith("Plain text")


def test_the_contents_option_needs_four_questions(window, qtbot):
    from PySide6.QtCore import Qt

    dialog, _bid_id = make_dialog(window, qtbot)
    assert dialog.questions.count() >= 4 and dialog.include_contents.isEnabled()
    for row in range(3, dialog.questions.count()):
        dialog.questions.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.include_contents.isEnabled()
    assert "no contents page" in dialog.include_contents.toolTip()
    dialog.questions.item(3).setCheckState(Qt.CheckState.Checked)
    assert dialog.include_contents.isEnabled()


def test_new_page_per_question_is_off_for_short_answers_and_remembered(window, qtbot):
    dialog, bid_id = make_dialog(window, qtbot)
    # The example's answers are each well under a page.
    assert not dialog.new_page.isChecked()
    assert dialog.new_page_note.text() == "Chosen for you: each answer is under a page."
    assert load_options(window.session.workspace, bid_id).new_page_per_question is None
    dialog.new_page.setChecked(True)
    assert load_options(window.session.workspace, bid_id).new_page_per_question is True
    assert dialog.options().new_page_per_question is True
    again = reopen_dialog(window, qtbot, bid_id)
    assert again.new_page.isChecked() and not again.new_page_note.isVisible()


def test_the_save_dialog_starts_in_the_last_folder_used(window, qtbot, tmp_path, monkeypatch):
    import json

    dialog, _bid_id = make_dialog(window, qtbot)
    folder = tmp_path / "Bids to send"
    folder.mkdir()
    offered = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(folder / "response.docx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    quiet_messages(monkeypatch)
    dialog.export_now()
    assert (folder / "response.docx").exists()
    assert not offered[0].startswith(str(folder))
    dialog.export_now()  # the same dialog, and a new one, start there
    reopen_dialog(window, qtbot, _bid_id).export_now()
    assert [str(Path(p).parent) for p in offered[1:]] == [str(folder)] * 2
    saved = json.loads(window.session.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["export_folder"] == str(folder)
    workspace = window.session.workspace.path
    window.session.close()
    window.open_path(workspace)  # opening a workspace does not move the export folder
    reopen_dialog(window, qtbot, _bid_id).export_now()
    assert Path(offered[-1]).parent == folder
