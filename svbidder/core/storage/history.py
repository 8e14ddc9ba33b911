"""Undo and redo for every change to a workspace.

Each user action becomes one :class:`Operation`: a list of row changes, each
holding the row before and after (``None`` for "did not exist"). Undo applies
the befores in reverse order; redo applies the afters in order. Because the
changes are plain rows, the same mechanism serves every screen, and a delete
that cascades to child rows is undone completely.

Typing in one field produces many small saves; consecutive saves to the same
fields of the same row within ``COALESCE_SECONDS`` merge into one operation, so
one Undo takes back a burst of typing rather than a single letter.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
COALESCE_SECONDS = 4.0
MAX_OPERATIONS = 300


@dataclass
class RowChange:
    table: str
    key: Row  # primary-key column -> value
    before: Row | None
    after: Row | None


@dataclass
class Operation:
    label: str
    changes: list[RowChange]
    coalesce_key: tuple | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def tables(self) -> set[str]:
        return {change.table for change in self.changes}


class History:
    """Two stacks of operations. The workspace applies them; this only keeps them."""

    def __init__(self) -> None:
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []

    def record(self, operation: Operation) -> None:
        if not operation.changes:
            return
        self._redo.clear()
        last = self._undo[-1] if self._undo else None
        if (
            last is not None
            and operation.coalesce_key is not None
            and operation.coalesce_key == last.coalesce_key
            and operation.at - last.at <= COALESCE_SECONDS
        ):
            last.changes[0].after = operation.changes[0].after
            last.at = operation.at
            return
        self._undo.append(operation)
        del self._undo[:-MAX_OPERATIONS]

    def pop_undo(self) -> Operation | None:
        if not self._undo:
            return None
        operation = self._undo.pop()
        self._redo.append(operation)
        return operation

    def pop_redo(self) -> Operation | None:
        if not self._redo:
            return None
        operation = self._redo.pop()
        self._undo.append(operation)
        return operation

    def push_back_undo(self, operation: Operation) -> None:
        """Undo failed to save: put the operation back where it was."""
        if self._redo and self._redo[-1] is operation:
            self._redo.pop()
        self._undo.append(operation)

    def push_back_redo(self, operation: Operation) -> None:
        if self._undo and self._undo[-1] is operation:
            self._undo.pop()
        self._redo.append(operation)

    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
