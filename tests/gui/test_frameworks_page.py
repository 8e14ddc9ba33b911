"""What the council wants: bundled frameworks, the tree editor, imports and packs."""

from __future__ import annotations

from svbidder.core.priorities import frameworks as core
from svbidder.core.storage.records import Framework, Outcome, Theme
from svbidder.core.storage.workspace import Workspace

PLAN = """Anytown Council – Social Value Plan on a Page

Introduction
This plan explains what we want from our suppliers.

Theme 1: Local jobs
- More residents in good jobs
- Apprenticeships for young people

Theme 2: Greener Anytown
- Lower carbon emissions
- Less waste

Contact: socialvalue@anytown.example, 01234 567890
"""


def open_blank(window, tmp_path):
    path = tmp_path / "priorities.svbid"
    Workspace.create(path).close()
    assert window.open_path(path)
    window.show_page(window.frameworks_page)
    return window.frameworks_page


def test_add_a_bundled_framework(window, tmp_path, monkeypatch):
    from svbidder.gui.dialogs.bundled_frameworks import BundledFrameworksDialog

    page = open_blank(window, tmp_path)
    assert page.right.currentIndex() == 0
    monkeypatch.setattr(BundledFrameworksDialog, "exec", lambda self: 1)
    page.add_bundled()
    ws = window.session.workspace
    framework = ws.find(Framework)[0]
    assert framework.origin == "bundled"
    assert page.right.currentIndex() == 1
    assert page.tree.topLevelItemCount() == len(core.themes_of(ws, framework.id)) > 0


def test_adding_the_same_framework_again_offers_an_update(window, tmp_path, monkeypatch,
                                                          message_log):
    from svbidder.gui.dialogs.bundled_frameworks import BundledFrameworksDialog

    page = open_blank(window, tmp_path)
    monkeypatch.setattr(BundledFrameworksDialog, "exec", lambda self: 1)
    page.add_bundled()
    message_log.answer = False
    page.add_bundled()
    assert message_log.questions and "already in this workspace" in message_log.questions[0][1]
    assert len(window.session.workspace.find(Framework)) == 1


def test_tree_editing_add_rename_move_delete_and_undo(window, qtbot, tmp_path):
    page = open_blank(window, tmp_path)
    page.new_framework()
    page.add_theme()
    qtbot.keyClicks(page.theme_title, "Local jobs")  # the new title is selected: typing replaces it
    page.theme_binder.flush()
    page.add_outcome()
    page.add_theme()
    ws = window.session.workspace
    themes = ws.find(Theme, order_by="position")
    assert [t.title for t in themes] == ["Local jobs", "New theme"]
    page.tree.setCurrentItem(page.tree.topLevelItem(1))
    page.shift(-1)
    assert [t.title for t in ws.find(Theme, order_by="position")][0] == "New theme"
    outcome_item = page._find_item((Outcome, ws.find(Outcome)[0].id))
    page.tree.setCurrentItem(outcome_item)
    page.delete_node()
    assert ws.find(Outcome) == []
    window.action_undo.trigger()
    assert len(ws.find(Outcome)) == 1


def test_import_the_councils_document_with_a_correction(window, tmp_path, monkeypatch, qtbot):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    page = open_blank(window, tmp_path)
    seen = {}

    def fake_exec(dialog):
        dialog.text.setPlainText(PLAN)
        dialog.read_text()
        qtbot.waitUntil(lambda: not dialog.busy)  # read on a worker thread
        seen["themes"] = dialog.tree.topLevelItemCount()
        seen["warnings"] = dialog.warnings.count()
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(1))
        dialog.drop()  # the person leaves out "Less waste"
        return 1

    monkeypatch.setattr(PrioritiesImportDialog, "exec", fake_exec)
    page.import_document()
    ws = window.session.workspace
    framework = ws.find(Framework)[0]
    assert seen["themes"] == 2 and seen["warnings"] >= 1
    assert framework.origin == "imported"
    titles = [o.title for o in ws.find(Outcome, order_by="id")]
    assert "Less waste" not in titles and "Lower carbon emissions" in titles


def test_export_and_reimport_a_pack(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from svbidder.core.priorities.packs import load_pack

    page = open_blank(window, tmp_path)
    page.new_framework()
    page.add_theme()
    page.add_outcome()
    target = tmp_path / "ours.svpack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.export_pack()
    pack = load_pack(target)
    assert pack.themes[0].title == "New theme"


def test_a_bad_pack_is_explained_and_changes_nothing(window, tmp_path, monkeypatch,
                                                     message_log):
    from PySide6.QtWidgets import QFileDialog

    page = open_blank(window, tmp_path)
    bad = tmp_path / "broken.svpack"
    bad.write_text('{"format": "svpack", "format_version": 1, "themes": "nope"}',
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    page.import_pack_file()
    assert message_log.errors and message_log.errors[0][0] == "This priority pack cannot be used"
    assert window.session.workspace.find(Framework) == []
