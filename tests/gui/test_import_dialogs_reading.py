"""How the two import dialogs read what they are given: a document is read on a worker
thread, and a web page pasted into the priorities box keeps its lists and headings.

A long PDF takes a second or two to read; on the GUI thread that would freeze the
window (issue 16, "Heavy work never runs on the GUI thread"). These tests hold the
reading on a worker until the test lets it go, to show the window is free meanwhile.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"


@dataclass
class Held:
    """A reader held on its worker thread until the test releases it."""

    threads: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def hold(monkeypatch):
    """hold(module, name): replace module.name by a version that notes the thread it runs
    on and waits until released."""
    def holding(module, name: str) -> Held:
        held, function = Held(), getattr(module, name)

        def wrapper(*args, **kwargs):
            held.threads.append(threading.current_thread().name)
            assert held.release.wait(10)
            return function(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)
        return held
    return holding


@pytest.fixture
def held_priorities(hold):
    from svbidder.core.priorities import importing

    return hold(importing, "parse_priorities_file")


def test_the_priorities_dialog_reads_a_pdf_off_the_gui_thread(qtbot, tmp_path,
                                                              held_priorities):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(DOCS / "fifty_pages.pdf")
    assert dialog.busy and dialog.status.text() == "Reading “fifty_pages.pdf”…"
    assert not dialog.add_button.isEnabled()
    held_priorities.release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert held_priorities.threads
    assert threading.main_thread().name not in held_priorities.threads
    assert dialog.status.text().startswith("Read from “fifty_pages.pdf”.")
    assert dialog.problem.text() == ""
    assert dialog.tree.topLevelItemCount() > 0 and dialog.add_button.isEnabled()
    # the document's text is shown, each paragraph apart, to check or to correct
    shown = dialog.text.toPlainText()
    theme = dialog.imported.themes[0]
    first = theme.outcomes[0].title if theme.outcomes else theme.title
    assert first[:20] in " ".join(shown.split())
    assert "\n\n" in shown and "Read from" not in shown


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


def test_typing_while_a_document_is_read_throws_that_reading_away(qtbot, tmp_path,
                                                                   held_priorities):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.load_file(DOCS / "fifty_pages.pdf")
    assert dialog.busy
    dialog.text.setPlainText("Our priorities are")  # the person starts typing instead
    assert not dialog.busy and dialog.status.text() == ""
    held_priorities.release.set()
    qtbot.wait(300)
    assert dialog.text.toPlainText() == "Our priorities are"  # not replaced by the reading
    assert dialog.tree.topLevelItemCount() == 0


def test_the_tender_dialog_reads_a_pdf_off_the_gui_thread(qtbot, tmp_path, hold):
    from svbidder.core.writing import tender as tender_split
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    reading = tender_split.read_tender_text
    held = hold(tender_split, "read_tender_text")
    dialog = TenderPasteDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.load_file(DOCS / "tender.pdf")
    assert dialog.busy and dialog.status.text() == "Reading “tender.pdf”…"
    held.release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert held.threads and threading.main_thread().name not in held.threads
    expected = tender_split.split_questions(reading(DOCS / "tender.pdf"))
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


def _mime(html: str | None, text: str):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    return mime


@pytest.fixture
def clipboard(qtbot):
    """The system clipboard, emptied afterwards: mime data a test leaves on it is freed
    after the application at exit, which crashed the test run on its way out."""
    from PySide6.QtWidgets import QApplication

    board = QApplication.clipboard()
    yield board
    board.clear()


def test_pasting_a_web_page_keeps_its_bullets_and_headings(qtbot, tmp_path, clipboard):
    """Paste with the clipboard holding what a browser puts there: plain text without
    bullets, and the HTML with the list. The box keeps the list, and the importer finds
    the three priorities."""

    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    plain = ("Our priorities\nWe will focus on:\nLocal jobs and skills\nA greener borough\n"
             "Stronger communities\nRead the full plan")
    html = ("<h2>Our priorities</h2><p>We will focus on:</p><ul><li>Local jobs and skills</li>"
            "<li>A greener borough</li><li>Stronger communities</li></ul>"
            "<p><a href='plan.pdf'>Read the full plan</a></p>")
    clipboard.setMimeData(_mime(html, plain))
    dialog.text.setFocus()
    dialog.text.paste()
    assert dialog.text.toPlainText().splitlines() == [
        "## Our priorities", "We will focus on:", "• Local jobs and skills",
        "• A greener borough", "• Stronger communities", "Read the full plan"]
    dialog.read_text()
    qtbot.waitUntil(lambda: not dialog.busy)
    titles = [dialog.tree.topLevelItem(0).child(i).text(0)
              for i in range(dialog.tree.topLevelItem(0).childCount())]
    assert titles == ["Local jobs and skills", "A greener borough", "Stronger communities"]


def test_plain_text_and_html_without_text_paste_as_plain_text(qtbot, tmp_path):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.text.insertFromMimeData(_mime(None, "Local jobs"))
    dialog.text.insertFromMimeData(_mime("<img src='a.png'>", "\nLess waste"))
    assert dialog.text.toPlainText() == "Local jobs\nLess waste"


def test_a_web_page_too_long_to_read_at_once_pastes_as_its_plain_text(qtbot, tmp_path):
    from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog
    from svbidder.gui.widgets.paste_or_open import MAX_PASTED_HTML

    dialog = PrioritiesImportDialog(tmp_path)
    qtbot.addWidget(dialog)
    html = "<ul>" + "<li>Local jobs</li>" * (MAX_PASTED_HTML // 16) + "</ul>"
    assert len(html) > MAX_PASTED_HTML
    dialog.text.insertFromMimeData(_mime(html, "Local jobs\nLess waste"))
    assert dialog.text.toPlainText() == "Local jobs\nLess waste"


def test_the_tender_box_pastes_plain_text(qtbot, tmp_path):
    """Only the priorities box reads HTML: a tender's questions are read from its text."""
    from svbidder.gui.dialogs.tender_paste import TenderPasteDialog

    dialog = TenderPasteDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.text.insertFromMimeData(_mime("<ul><li>SV1</li></ul>", "SV1"))
    assert dialog.text.toPlainText() == "SV1"
