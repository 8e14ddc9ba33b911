"""File → Export…: options remembered per bid, safe writing, portal copy."""

from __future__ import annotations

import docx
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from svbidder.core.records import Bid
from svbidder.export import load_options


def make_dialog(window, qtbot):
    from svbidder.gui.dialogs.export_dialog import ExportDialog

    window.open_example()
    bid_id = window.session.workspace.find(Bid)[0].id
    dialog = ExportDialog(window.session, bid_id, window)
    qtbot.addWidget(dialog)
    return dialog, bid_id


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
    from svbidder.export import safe_write

    dialog, _bid_id = make_dialog(window, qtbot)
    (tmp_path / "locked.docx").write_bytes(b"an older copy, open in Word")
    names = iter([str(tmp_path / "locked.docx"), str(tmp_path / "other.docx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (next(names), "")))
    real_replace = safe_write.os.replace

    def locked(source, target):
        if str(target).endswith("locked.docx"):
            raise PermissionError(13, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(safe_write.os, "replace", locked)
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
