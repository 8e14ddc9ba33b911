"""Work that must not freeze the window: one job at a time on a worker thread.

Checks, the whole-bid readiness and splitting a pasted tender can take a
noticeable time on long or odd text. Run on the GUI thread they would stop
typing and repainting, so they run here instead. Only the newest request
matters: asking again while a job runs replaces any request still waiting,
and the result of a request that was replaced or cancelled is thrown away.
At most one worker thread runs per job, so a person typing quickly never
starts a pile of threads fighting over the machine's cores.

A worker doing pure Python holds the interpreter's lock, and the window needs
that lock for every Python method Qt calls while it lays out and paints (each
widget class written in Python is asked, not only our own slots). By default
Python hands the lock over only every 5 ms, so laying out a list of findings
beside a busy worker waited for it a few hundred times: the window froze for
1-1.5 s. While workers may run, the lock is handed over every millisecond
instead (``keep_window_responsive``); the work takes no longer overall.

Results come back through a queued Qt signal, so the ``done`` and ``failed``
callbacks always run on the GUI thread. Python cannot stop a thread that is
already working; "cancel" means its result is never shown.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

# How often a busy worker thread must let the window's thread have the interpreter.
WINDOW_SWITCH_INTERVAL_S = 0.001


def keep_window_responsive() -> None:
    """Let the window's thread take the interpreter's lock from busy workers quickly."""
    if sys.getswitchinterval() > WINDOW_SWITCH_INTERVAL_S:
        sys.setswitchinterval(WINDOW_SWITCH_INTERVAL_S)


@dataclass(frozen=True)
class _Request:
    generation: int
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None


class BackgroundJob(QObject):
    """Runs the newest of a series of requests off the GUI thread."""

    _finished = Signal(int, bool, object)  # generation, succeeded, result or exception

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._generation = 0
        self._running: _Request | None = None
        self._waiting: _Request | None = None
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """True while a result is still to come for the newest request."""
        current = self._running is not None and self._running.generation == self._generation
        return current or self._waiting is not None

    def run(self, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work()`` on a worker thread, then ``done(result)`` on the GUI thread.

        Any earlier request's result is discarded. If ``work`` raises, ``failed``
        gets the exception (it is logged either way).
        """
        self._generation += 1
        self._waiting = _Request(self._generation, work, done, failed)
        if self._running is None:
            self._start_waiting()

    def cancel(self) -> None:
        """Forget every request: nothing already asked for will be delivered."""
        self._generation += 1
        self._waiting = None

    def _start_waiting(self) -> None:
        request, self._waiting = self._waiting, None
        if request is None:
            return
        self._running = request
        keep_window_responsive()
        threading.Thread(target=self._work, args=(request,), name=self._name,
                         daemon=True).start()

    def _work(self, request: _Request) -> None:
        try:
            outcome: tuple[bool, object] = (True, request.work())
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            log.exception("Background work %s failed", self._name)
            outcome = (False, exc)
        with contextlib.suppress(RuntimeError):  # the owning window was closed meanwhile
            self._finished.emit(request.generation, *outcome)

    def _on_finished(self, generation: int, succeeded: bool, value: object) -> None:
        request, self._running = self._running, None
        self._start_waiting()
        if request is None or generation != self._generation:
            return  # replaced or cancelled while it ran
        if succeeded:
            request.done(value)
        elif request.failed is not None:
            request.failed(value)  # type: ignore[arg-type]
