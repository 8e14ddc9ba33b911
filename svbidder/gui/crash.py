"""Unexpected errors: log them and tell the person calmly, once.

Every change is saved in its own transaction, so an unexpected error can never
leave the workspace half-written; the dialog says so.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("svbidder.crash")
_showing = False


def install_excepthook(log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        show_crash_dialog(error, log_file)

    sys.excepthook = hook


def show_crash_dialog(error: BaseException, log_file: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        summary = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        box = QMessageBox(QMessageBox.Icon.Warning, "Something went wrong",
                          "svbidder ran into a problem it did not expect.\n\n"
                          "Your work is safe: every change you made before this was already "
                          "saved in your workspace file.\n\n"
                          "You can carry on. If something looks wrong, close svbidder and open "
                          "it again.\n\n"
                          f"Details for whoever helps you are in the log file:\n{log_file}",
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setDetailedText(f"{type(error).__name__}: {summary}")
        box.exec()
    finally:
        _showing = False
