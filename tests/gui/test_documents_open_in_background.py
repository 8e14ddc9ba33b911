"""Opening a document in the two import dialogs reads it on a worker thread.

A long PDF takes a second or two to read; on the GUI thread that would freeze the
window (issue 16, "Heavy work never runs on the GUI thread"). These tests hold the
reading on a worker until the test lets it go, to show the window is free meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


def _held(function, threads: list[str], release: threading.Event):
    """``function``, noting the thread it runs on and waiting until released."""
    def wrapper(*args, **kwargs):
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        return function(*args, **kwargs)
    return wrapper


def test_the_priorities_dialog_reads_a_pdf_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from svbidder.core.priorities import importing
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    threads: list[str] = []
    release = threading.Event()
    monkeypatch.setattr(importing, "parse_priorities_file",
                        _held(importing.parse_priorities_file, threads, release))
    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(DOCS / "fifty_pages.pdf")
    assert dialog.busy and dialog.status.text() == "Reading “fifty_pages.pdf”…"
    assert not dialog.add_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert threads and threading.main_thread().name not in threads
    assert dialog.status.text() == "" and dialog.problem.text() == ""
    assert dialog.tree.topLevelItemCount() > 0 and dialog.add_button.isEnabled()
    assert dialog.text.toPlainText() == "(Read from fifty_pages.pdf)"


def test_a_document_that_cannot_be_read_says_why_and_keeps_what_was_found(qtbot, tmp_path):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("Our priorities:\n- Local jobs\n- Less waste\n- Safer streets\n")
    dialog.read_text()
    qtbot.waitUntil(lambda: not dialog.busy)
    found = dialog.tree.topLevelItemCount()
    assert found > 0
    dialog.load_file(DOCS / "encrypted.pdf")
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.problem.text().startswith("⚠ ") and "password" in dialog.problem.text()
    assert dialog.status.text() == ""
    assert dialog.tree.topLevelItemCount() == found and dialog.add_button.isEnabled()


def test_typing_while_a_document_is_read_throws_that_reading_away(qtbot, tmp_path, monkeypatch):
    from svbidder.core.priorities import importing
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    threads: list[str] = []
    release = threading.Event()
    monkeypatch.setattr(importing, "parse_priorities_file",
                        _held(importing.parse_priorities_file, threads, release))
    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.load_file(DOCS / "fifty_pages.pdf")
    assert dialog.busy
    dialog.text.setPlainText("Our priorities are")  # the person starts typing instead
    assert not dialog.busy and dialog.status.text() == ""
    release.set()
    qtbot.wait(300)
    assert dialog.text.toPlainText() == "Our priorities are"  # not replaced by the reading
    assert dialog.tree.topLevelItemCount() == 0


def test_the_tender_dialog_reads_a_pdf_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    from svbidder.core.writing import tender as tender_split
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    threads: list[str] = []
    release = threading.Event()
    monkeypatch.setattr(tender_split, "read_tender_text",
                        _held(tender_split.read_tender_text, threads, release))
    dialog = TenderPasteDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.load_file(DOCS / "tender.pdf")
    assert dialog.busy and dialog.status.text() == "Reading “tender.pdf”…"
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert threads and threading.main_thread().name not in threads
    expected = tender_split.split_questions(tender_split.read_tender_text(DOCS / "tender.pdf"))
    assert dialog.table.rowCount() == len(expected) > 0
    assert dialog.status.text().startswith(f"Found {len(expected)} question(s)")


def test_the_tender_dialog_explains_a_scanned_pdf(qtbot, tmp_path):
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    dialog = TenderPasteDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.load_file(DOCS / "scanned.pdf")
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.status.text().startswith("⚠ ") and "scan" in dialog.status.text().lower()
    assert dialog.table.rowCount() == 0 and not dialog.add_button.isEnabled()
