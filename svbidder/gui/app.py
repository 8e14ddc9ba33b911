"""Starting the GUI: the application object, the main window, and timing hooks."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.errors import MissingResourceError
from ..core.storage.settings import load_settings
from ..logsetup import setup_logging
from ..paths import AppPaths, bundled_path
from .crash import install_excepthook
from .main_window import MainWindow
from .session import WorkspaceSession
from .style import apply_view, system_point_size

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or ["svbidder"])
    app.setApplicationName("svbidder")
    app.setApplicationDisplayName("svbidder")
    app.setOrganizationName("svbidder")
    app.setApplicationVersion(__version__)
    system_point_size()  # remember the system's text size before any zoom changes it
    apply_view()  # the window applies the remembered zoom as it is built
    try:
        app.setWindowIcon(QIcon(str(bundled_path("icons", "svbidder.png"))))
    except MissingResourceError as exc:
        log.warning("%s", exc)  # the app works without its icon, so only note it
    return app


def create_main_window(paths: AppPaths) -> MainWindow:
    """The main window, drawn at the remembered zoom, presentation and contrast."""
    settings = load_settings(paths.settings_file)
    session = WorkspaceSession(paths, settings)
    return MainWindow(session)


class _FirstPaintQuitter(QObject):
    """Ends the process as soon as the main window has first painted.

    For timing start-up from outside, so it leaves at once (no page building
    after the paint, no tidying up): nothing has been changed by then.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            log.info("First paint after %.0f ms", (time.perf_counter() - _STARTED) * 1000)
            QTimer.singleShot(0, _leave_now)
        return False


def _leave_now() -> None:
    logging.shutdown()
    os._exit(0)


def run_gui(open_path: Path | None = None, exit_after_paint: bool = False,
            debug: bool = False) -> int:
    paths = AppPaths.for_user()
    setup_logging(paths.log_file, debug=debug)
    app = create_application()
    install_excepthook(paths.log_file)
    window = create_main_window(paths)
    quitter = _FirstPaintQuitter(window)
    if exit_after_paint:
        window.installEventFilter(quitter)
    window.show()
    if open_path is not None:
        QTimer.singleShot(0, lambda: window.open_path(open_path))
    elif not window.session.settings.welcomed and not exit_after_paint:
        QTimer.singleShot(300, window.show_welcome)
    return app.exec()
