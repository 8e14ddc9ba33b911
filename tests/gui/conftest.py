"""Fixtures for GUI tests: a real main window, offscreen, with its own folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from svbidder.gui.dialogs import messages  # noqa: E402
from svbidder.paths import AppPaths  # noqa: E402


class MessageLog:
    """Stands in for every message box; records what the person would have seen."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.questions: list[tuple[str, str]] = []
        self.answer = True


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    home = tmp_path / "home"
    monkeypatch.setenv("SVBIDDER_HOME", str(home))
    return AppPaths.for_user()


@pytest.fixture
def message_log(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()
    monkeypatch.setattr(messages, "show_error", lambda _p, t, x: log.errors.append((t, x)))
    monkeypatch.setattr(messages, "show_info", lambda _p, t, x: log.infos.append((t, x)))

    def ask(_parent, title, text, _yes, _no="Cancel"):
        log.questions.append((title, text))
        return log.answer

    monkeypatch.setattr(messages, "ask", ask)
    return log


@pytest.fixture
def make_window(qtbot, app_paths: AppPaths, message_log: MessageLog):
    """Build main windows on demand (several, to test reopening)."""
    from svbidder.gui.app import create_application, create_main_window

    create_application()
    windows = []

    def factory():
        window = create_main_window(app_paths)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield factory
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        window.session.close()
        window.close()
        window.deleteLater()  # free it now, so windows do not pile up across tests
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window):
    return make_window()
