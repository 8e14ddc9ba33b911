"""Typed edits that wait for a pause before saving: one mechanism for every screen.

Saving on every keystroke would make each letter an undo step, so fields wait for
a short pause. The danger is the moment in between: the person types, then at once
clicks another record, ticks a box or closes the window. Two rules make that safe:

* each edit remembers *where* it belongs (its key) when it is typed, so a late
  save always lands on the record the person was looking at, never on whatever
  is shown by the time the pause is over;
* every :class:`PendingEdits` registers with the session, which saves all of them
  before it makes any other change (see ``WorkspaceSession.change``), and screens
  flush before they load something else into a field.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from ..session import WorkspaceSession

SAVE_DELAY_MS = 400
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


class PendingEdits(QObject):
    """Edits by key, saved together after ``delay_ms`` of quiet or at once on :meth:`flush`.

    ``save`` receives ``{key: value}`` for everything waiting; it should save through
    the session (``session.save`` / ``session.update``) so that a save that fails
    (a full disk) is kept and retried rather than dropped. A value may be a
    callable, evaluated only when saving, for text that is costly to convert on
    every keystroke.
    """

    def __init__(self, session: WorkspaceSession, save: Callable[[dict[Hashable, Any]], None],
                 delay_ms: int = SAVE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._save = save
        self._pending: dict[Hashable, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        flush = self.flush
        session.register_flusher(flush, lambda: bool(self._pending))
        # a dialog's edits are flushed when it closes; then the session forgets them
        self.destroyed.connect(lambda *_: session.unregister_flusher(flush))

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def edited(self, key: Hashable, value: Any) -> None:
        """The person typed: keep the newest value for ``key`` and wait for a pause."""
        self._pending[key] = value
        self.session.mark_pending()
        self._timer.start()

    def flush(self) -> None:
        """Save everything waiting, now (safe to call at any time, even twice)."""
        self._timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        self._save({key: value() if callable(value) else value
                    for key, value in pending.items()})
        self.session.settle()


class SaveOnLeavingAField(QObject):
    """Saves waiting edits the moment focus leaves a text field in its window, for a
    box, a button, another field or a dialog: what a person has typed is saved as
    soon as they move on, not a pause later.

    Moving to a list or table is left to the selection change (which saves before
    it loads another record): saving first would refresh the list under the
    pointer and the click could land on another row.
    """

    def __init__(self, window: QWidget, session: WorkspaceSession) -> None:
        super().__init__(window)  # a child of the window: disconnected when it goes
        self.window, self.session = window, session
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.window):
            return  # focus moves while the window itself is being taken down
        typed_in = isinstance(old, TEXT_FIELDS) or (isinstance(old, QComboBox)
                                                     and old.isEditable())
        if (typed_in and self.window.isAncestorOf(old)
                and not isinstance(new, QAbstractItemView)):
            self.session.flush()
