"""Take the README's screenshots of the real app.

Run under a display (e.g. ``xvfb-run -a .venv/bin/python scripts/screenshots.py``);
it uses temporary settings, so your own recent files and zoom are not touched.
Writes PNG files to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
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


def main() -> int:
    home = tempfile.mkdtemp(prefix="svbidder-shots-")
    os.environ["SVBIDDER_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from svbidder.gui.app import create_application, create_main_window
    from svbidder.paths import AppPaths

    app = create_application()
    window = create_main_window(AppPaths.for_user())
    window.resize(1180, 780)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    shots: list[tuple[str, object]] = [("start", lambda: None)]
    shots.append(("organisation", window.open_example))
    dialogs = []

    def show_dialog(name: str) -> None:
        from svbidder.core.interview import load_interview
        from svbidder.gui.dialogs.interview import InterviewDialog

        if name == "welcome":
            from svbidder.gui.dialogs.welcome import WelcomeDialog

            dialog = WelcomeDialog(window)
        elif name == "priorities_import":
            from svbidder.gui.dialogs.priorities_import import PrioritiesImportDialog

            dialog = PrioritiesImportDialog(Path.home(), window)
            dialog.resize(1000, 660)
            dialog.text.setPlainText(SAMPLE_PLAN)
            dialog.read_text()
        elif name == "export":
            from svbidder.core.records import Bid
            from svbidder.gui.dialogs.export_dialog import ExportDialog

            workspace = window.session.workspace
            dialog = ExportDialog(window.session, workspace.find(Bid)[0].id, window)
        if name == "interview":
            dialog = InterviewDialog(window.session, load_interview(), window)
            dialog.resize(960, 640)
            dialog.answer.setPlainText("Yes. Four of our nine staff live in Millbrook, and we "
                                       "advertise every job in the community centre first.")
        dialog.show()
        dialogs.append(dialog)

    for name in sys.argv[1:]:
        if name.startswith("write_") and name != "write_page":
            tab = name.split("_", 1)[1]

            def show_tab(tab=tab) -> None:
                page = window.write_page
                window.show_page(page)
                titles = [page.side.tabText(i).lower() for i in range(page.side.count())]
                page.side.setCurrentIndex(titles.index(tab))
                if tab == "commitments":
                    page.commitments.add()
                    page.commitments.measure_text.setText("older people matched with a befriender")
                    page.commitments.measure_text.textEdited.emit("older people matched with a "
                                                                  "befriender")
                    page.commitments.binder.flush()
                if tab == "history":
                    from svbidder.core.bids import answer_for
                    from svbidder.core.revisions import REASON_REQUEST, snapshot

                    ws = window.session.workspace
                    answer = answer_for(ws, page.question.id, create=False)
                    snapshot(ws, answer.id, reason=REASON_REQUEST, label="First full draft")
                    page.history.refresh()
            shots.append((name, show_tab))
        elif name == "map_page":
            def show_map() -> None:
                window.show_page(window.map_page)
                window.map_page.suggest()
                window.map_page.matrix.setCurrentCell(2, 6)
            shots.append((name, show_map))
        elif name.endswith("_page"):
            shots.append((name, lambda n=name: window.show_page(getattr(window, n))))
        else:
            shots.append((name, lambda n=name: show_dialog(n)))

    def take(index: int = 0) -> None:
        if index >= len(shots):
            window.close()
            app.quit()
            return
        name, action = shots[index]
        action()
        QApplication.processEvents()
        def grab() -> None:
            target = dialogs[-1] if dialogs and not name.endswith("_page") else window
            target.grab().save(str(OUT / f"{name}.png"))
            for dialog in dialogs:
                dialog.close()
            dialogs.clear()
            take(index + 1)

        QTimer.singleShot(300, grab)

    QTimer.singleShot(300, take)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
