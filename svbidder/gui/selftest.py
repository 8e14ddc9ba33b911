"""``svbidder self-test``: a quick health check that needs no screen.

Starts the real main window offscreen with its own temporary settings, opens a
fresh copy of the example workspace, checks the organisation screen shows it,
makes an edit, renders a guide, writes the example bid to a Word document in
the temporary folder, closes, and confirms the edit was saved. It exercises
the parts a bundle is most likely to miss (data files, python-docx, markdown).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="svbidder-selftest-") as folder:
        os.environ["SVBIDDER_HOME"] = folder
        try:
            problem = _check(Path(folder))
        except Exception as exc:  # report, never crash
            problem = f"{type(exc).__name__}: {exc}"
    if problem:
        print(f"svbidder self-test failed: {problem}", file=sys.stderr)
        return 1
    print("svbidder self-test passed")
    return 0


def _check(folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from ..core.content.example import write_example
    from ..core.storage.workspace import Workspace
    from ..paths import AppPaths
    from .app import create_application, create_main_window

    app = create_application()
    window = create_main_window(AppPaths.for_user())
    window.show()
    example = folder / "example.svbid"
    write_example(example).close()
    if not window.open_path(example):
        return "the example workspace did not open"
    QApplication.processEvents()
    page = window.organisation_page
    if window.current_page() is not page or not page.name.text():
        return "the organisation screen did not show the example"
    page.name.setText(page.name.text() + " (checked)")
    page.name.textEdited.emit(page.name.text())
    problem = _check_guides_and_export(window, folder)
    if problem:
        return problem
    window.close()
    app.processEvents()
    with Workspace.open(example, read_only=True) as workspace:
        if not workspace.organisation().name.endswith("(checked)"):
            return "an edit was not saved"
    return ""


def _check_guides_and_export(window, folder: Path) -> str:
    import docx

    from ..core.content.guides import list_guides, render_guide
    from ..core.storage.records import Bid
    from ..export import export

    guides = list_guides()
    if not guides:
        return "no guides were found"
    rendered = render_guide(guides[0].name)
    if "<h1" not in rendered.html or rendered.warnings:
        return f"the guide “{guides[0].name}” did not render cleanly"
    window.open_guides()
    workspace = window.session.workspace
    target = folder / "self-test.docx"
    export(workspace, workspace.find(Bid)[0].id, "answers", target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    if "Word count:" not in text:
        return "the Word export did not include the answers"
    return ""
