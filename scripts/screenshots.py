"""Take the README's screenshots of the real app, at the 1366×768 of a common laptop.

Run under a display of that size, e.g.::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

With no names it takes every screenshot; otherwise only the names given (see
``SHOT_NAMES``). It uses temporary settings, so your own recent files and zoom
are not touched. Writes PNG files to docs/screenshots/ (or to the folder named
by the environment variable SVBIDDER_SCREENSHOTS, for trying things out).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(os.environ.get("SVBIDDER_SCREENSHOTS")
           or Path(__file__).resolve().parent.parent / "docs" / "screenshots")
WINDOW_SIZE = (1366, 768)
SAMPLE_PLAN = """Brookfield Council: Social Value Plan on a Page 2026

Introduction
We want every pound we spend to do more for Brookfield.

1. Good jobs for local people
1.1 More residents in good, local jobs
1.2 Apprenticeships and work placements for young people

2. A greener Brookfield
2.1 Lower carbon emissions from our contracts
2.2 Less waste and more reuse

3. Stronger communities
- Less loneliness among older residents
- More volunteering

Contact the Social Value Team: socialvalue@brookfield.example or 01632 960000.
"""
# In the order they are taken (the example workspace opens at "organisation").
SHOT_NAMES = (
    "start", "organisation", "activities_page", "evidence_page", "interview",
    "frameworks_page", "priorities_import", "map_page", "map_by_activity", "map_coverage",
    "bids_page", "bids_questions", "write_page", "write_prompts", "write_commitments",
    "write_history", "write_focus", "delivery", "guides_page", "export", "welcome",
    "presentation", "priorities_import_paste", "priorities_import_web",
    "priorities_import_word", "priorities_import_pdf", "priorities_import_contents",
    "priorities_import_sentence", "priorities_import_picked",
)
# The import preview on real council documents from the corpus's tuning half (issue 16).
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "priorities_corpus" / "tune"
CORPUS_SHOTS = {
    "priorities_import_paste":
        CORPUS / "central-bedfordshire-strategic-plan-core-aims" / "source.txt",
    # the same kind of page copied from a browser: HTML on the clipboard beside the text
    "priorities_import_web": CORPUS / "chorley-corporate-priorities" / "source.txt",
    "priorities_import_word": CORPUS / "pembrokeshire-wellbeing-objectives" / "document.docx",
    "priorities_import_pdf": CORPUS / "tunbridge-wells-five-year-plan" / "document.pdf",
    # a paste that is only a contents page: its section names, and the preview says so
    "priorities_import_contents":
        CORPUS / "bristol-corporate-strategy-2022-draft-contents" / "source.txt",
    # a news item that names the plan's aims only inside a sentence: a guess, said so
    "priorities_import_sentence":
        CORPUS / "grwp-cynefin-place-to-belong-2025-housing-today-news-prose" / "source.txt",
    # a news item the importer finds nothing in: its outcomes picked out of the text
    "priorities_import_picked":
        CORPUS / "newry-mourne-down-community-plan-2017-down-recorder-launch-news" / "source.txt",
}
# What the person picks out of the news item's text, one by one; the last is left selected
PICKED = ("everyone has a good start in life and fulfils their lifelong potential",
          "enjoys good health and well-being", "benefits from prosperous communities",
          "enjoys a clean, good quality and sustainable environment")
DIALOG_SHOTS = {"interview", "priorities_import", "export", "welcome", *CORPUS_SHOTS}


class Shots:
    """What to do before each screenshot; dialogs are shot on their own."""

    def __init__(self, window) -> None:
        self.window = window
        self.dialogs: list = []

    def action(self, name: str) -> Callable[[], None]:
        if name in DIALOG_SHOTS:
            return lambda: self.show_dialog(name)
        if name.startswith("write_") and name not in ("write_page", "write_focus"):
            return lambda: self.show_write_tab(name.split("_", 1)[1])
        return getattr(self, "show_" + name, lambda: self.show_named_page(name))

    def show_start(self) -> None:
        pass

    def show_organisation(self) -> None:
        self.window.open_example()

    def show_named_page(self, name: str) -> None:
        self.window.show_page(getattr(self.window, name))

    def show_map_page(self) -> None:
        page = self.window.map_page
        self.window.show_page(page)
        page.tabs.setCurrentIndex(0)
        page.suggest()
        page.matrix.setCurrentCell(2, 6)

    def show_map_by_activity(self) -> None:
        self.window.map_page.tabs.setCurrentIndex(1)

    def show_map_coverage(self) -> None:
        self.window.map_page.tabs.setCurrentIndex(2)

    def show_bids_page(self) -> None:
        page = self.window.bids_page
        self.window.show_page(page)
        page.tabs.setCurrentIndex(0)

    def show_bids_questions(self) -> None:
        page = self.window.bids_page
        self.window.show_page(page)
        page.tabs.setCurrentIndex(1)

    def show_delivery(self) -> None:
        """Last year's won contract, with the commitment that is behind chosen."""
        page = self.window.delivery_page
        self.window.show_page(page)
        page.table.setCurrentCell(min(3, page.table.rowCount() - 1), 0)

    def show_write_page(self) -> None:
        page = self.window.write_page
        self.window.show_page(page)
        page.side.setCurrentIndex(0)

    def show_write_tab(self, tab: str) -> None:
        page = self.window.write_page
        self.window.show_page(page)
        titles = [page.side.tabText(i).lower() for i in range(page.side.count())]
        page.side.setCurrentIndex(titles.index(tab))
        if tab == "commitments" and page.commitments.list.count() == 0:
            page.commitments.add()
            text = "older people matched with a befriender"
            page.commitments.measure_text.setText(text)
            page.commitments.measure_text.textEdited.emit(text)
            page.commitments.binder.flush()
        if tab == "history":
            from svbidder.core.writing.bids import answer_for
            from svbidder.core.writing.revisions import REASON_REQUEST, snapshot

            workspace = self.window.session.workspace
            answer = answer_for(workspace, page.question.id, create=False)
            snapshot(workspace, answer.id, reason=REASON_REQUEST, label="First full draft")
            page.history.refresh()

    def show_write_focus(self) -> None:
        page = self.window.write_page
        self.window.show_page(page)
        page.focus_button.setChecked(True)

    def show_guides_page(self) -> None:
        self.window.write_page.focus_button.setChecked(False)
        self.window.show_page(self.window.guides_page)

    def show_presentation(self) -> None:
        self.show_write_page()
        self.window.action_presentation.trigger()

    def pick_out(self, dialog) -> None:
        """Select each of :data:`PICKED` in the dialog's text and add it as an outcome,
        leaving the last one selected, as a person part way through would."""
        from PySide6.QtGui import QTextCursor

        for number, words in enumerate(PICKED):
            start = dialog.text.toPlainText().index(words)
            cursor = dialog.text.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
            dialog.text.setTextCursor(cursor)
            if number < len(PICKED) - 1:
                dialog.add_selection(as_theme=False)

    def show_dialog(self, name: str) -> None:
        window = self.window
        if name == "welcome":
            from svbidder.gui.dialogs.welcome import WelcomeDialog

            dialog = WelcomeDialog(window)
        elif name == "priorities_import":
            from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

            dialog = PrioritiesImportDialog(Path.home(), window)
            dialog.resize(1000, 660)
            dialog.text.setPlainText(SAMPLE_PLAN)
            dialog.read_text()
        elif name in CORPUS_SHOTS:
            from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

            dialog = PrioritiesImportDialog(Path.home(), window)
            dialog.resize(1000, 660)
            source = CORPUS_SHOTS[name]
            if name == "priorities_import_web":
                paste_as_a_browser_copies(dialog, source.read_text(encoding="utf-8"))
                dialog.read_text()
            elif source.suffix == ".txt":
                dialog.text.setPlainText(source.read_text(encoding="utf-8"))
                dialog.read_text()
            else:
                dialog.load_file(source)
        elif name == "export":
            from svbidder.core.storage.records import Bid
            from svbidder.gui.dialogs.export_dialog import ExportDialog

            workspace = window.session.workspace
            dialog = ExportDialog(window.session, workspace.find(Bid)[0].id, window)
        else:
            from svbidder.core.content.interview import load_interview
            from svbidder.gui.dialogs.interview import InterviewDialog

            dialog = InterviewDialog(window.session, load_interview(), window)
            dialog.resize(960, 640)
            dialog.answer.setPlainText("Yes. Four of our nine staff live in Millbrook, and we "
                                       "advertise every job in the community centre first.")
        dialog.show()
        self.dialogs.append(dialog)


def paste_as_a_browser_copies(dialog, text: str) -> None:
    """Put a web page on the clipboard as a browser does (its HTML, and plain text
    without the list bullets) and paste it into the dialog's box."""
    import html

    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    parts, plain, in_list = [], [], False
    for line in text.splitlines():
        stripped = line.strip()
        item = stripped[:1] in "•-·" and stripped[1:2] == " "
        if item != in_list:
            parts.append("<ul>" if item else "</ul>")
            in_list = item
        words = html.escape(stripped[2:] if item else stripped)
        if stripped:
            parts.append(f"<li>{words}</li>" if item else f"<p>{words}</p>")
            plain.append(stripped[2:] if item else stripped)
    mime = QMimeData()
    mime.setHtml("".join(parts) + ("</ul>" if in_list else ""))
    mime.setText("\n".join(plain))
    QApplication.clipboard().setMimeData(mime)
    dialog.text.setFocus()
    dialog.text.paste()


def main() -> int:
    names = sys.argv[1:] or list(SHOT_NAMES)
    unknown = [name for name in names if name not in SHOT_NAMES]
    if unknown:
        print(f"Unknown screenshot(s): {', '.join(unknown)}. Known: {', '.join(SHOT_NAMES)}",
              file=sys.stderr)
        return 2
    if "organisation" not in names and names != ["start"]:
        names.insert(0, "organisation")  # every other screen needs the example open
    names.sort(key=SHOT_NAMES.index)
    home = tempfile.mkdtemp(prefix="svbidder-shots-")
    os.environ["SVBIDDER_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from svbidder.gui.app import create_application, create_main_window
    from svbidder.paths import AppPaths

    app = create_application()
    window = create_main_window(AppPaths.for_user())
    window.show()
    window.resize(*WINDOW_SIZE)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = Shots(window)

    def take(index: int = 0) -> None:
        if index >= len(names):
            window.close()
            app.quit()
            return
        name = names[index]
        shots.action(name)()
        QApplication.processEvents()

        def grab() -> None:
            target = shots.dialogs[-1] if shots.dialogs else window
            if getattr(target, "busy", False):  # still reading on its worker thread
                QTimer.singleShot(100, grab)
                return
            if name == "priorities_import_picked":
                shots.pick_out(target)
                QApplication.processEvents()
            target.grab().save(str(OUT / f"{name}.png"))
            print(f"{name}.png")
            for dialog in shots.dialogs:
                dialog.close()
            shots.dialogs.clear()
            take(index + 1)

        QTimer.singleShot(400, grab)

    QTimer.singleShot(300, take)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
