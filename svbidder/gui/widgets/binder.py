"""Bind form widgets to the fields of one record, saving as the person types.

Edits are collected and saved after a short pause (or at once when the person
leaves the form), as one undoable step per burst of typing. Loading a record
never triggers a save. Every screen with a form uses this, so saving behaves
the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.numbers import format_number, parse_number, parse_whole_number
from ...core.storage.records import Record
from ..session import WorkspaceSession
from .date_field import DateField
from .pending import SAVE_DELAY_MS, PendingEdits


class FieldBinder(QObject):
    """Emits ``saved(record)`` after each successful save."""

    saved = Signal(object)

    def __init__(self, session: WorkspaceSession, record_type: type[Record],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_type = record_type
        self.record_id: int | None = None
        self._loading = False
        self._loaders: list[Callable[[Record], None]] = []
        self._widgets: list[QWidget] = []
        # keyed by (record id, field): an edit always saves to the record it was typed in
        self._edits = PendingEdits(session, self._save, SAVE_DELAY_MS, self)

    # ------------------------------------------------------------ binding

    def line(self, edit: QLineEdit, field: str) -> QLineEdit:
        edit.textEdited.connect(lambda text: self.queue(field, text))

        def load(record: Record) -> None:
            if edit.text() != getattr(record, field):
                edit.setText(getattr(record, field))
                edit.setCursorPosition(0)  # show the start of long text, not its end

        self._add(edit, load)
        return edit

    def text(self, edit: QPlainTextEdit, field: str) -> QPlainTextEdit:
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(lambda: self.queue(field, edit.toPlainText()))

        def load(record: Record) -> None:
            if edit.toPlainText() != getattr(record, field):
                edit.setPlainText(getattr(record, field))

        self._add(edit, load)
        return edit

    def combo(self, combo: QComboBox, field: str, blank_is_none: bool = False) -> QComboBox:
        """A choice list whose item data is the stored value (editable combos store text).

        With ``blank_is_none``, the item whose data is "" stands for no value (None),
        for optional numbers such as a chosen framework's id.
        """
        if combo.isEditable():
            combo.currentTextChanged.connect(lambda text: self.queue(field, text))
        else:
            def chosen(_index: int) -> None:
                value = combo.currentData()
                self.queue(field, None if blank_is_none and value == "" else value, now=True)

            combo.activated.connect(chosen)

        def load(record: Record) -> None:
            value = getattr(record, field)
            value = "" if value is None else value
            index = combo.findData(value)
            if index < 0 and combo.isEditable():
                combo.setEditText(value)
                return
            if index < 0 and value != "":  # a value from elsewhere: keep it visible
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

        self._add(combo, load)
        return combo

    def number(self, edit: QLineEdit, field: str, problem: QLabel,
               whole: bool = False) -> QLineEdit:
        """A number typed as text (``whole`` for counts such as staff or months); bad
        input is explained beside the box as it is typed, never guessed at or dropped
        silently. Blank means "not given"."""
        parse = parse_whole_number if whole else parse_number
        edit.setProperty("numberField", True)

        def on_edit(text: str) -> None:
            try:
                value = parse(text)
            except ValueError as exc:
                problem.setText(str(exc))
                problem.show()
                return
            problem.hide()
            self.queue(field, value)

        edit.textEdited.connect(on_edit)

        def load(record: Record) -> None:
            problem.hide()
            text = format_number(getattr(record, field))
            try:
                same = parse_number(edit.text()) == getattr(record, field)
            except ValueError:
                same = False
            if not same:
                edit.setText(text)

        self._add(edit, load)
        problem.hide()
        return edit

    def date(self, edit: DateField | QDateEdit | None, field: str) -> DateField:
        """A date stored as ISO text ("" when not set), typed the UK way or picked.

        Every date box is a :class:`DateField`, so all of them read typed dates the
        same way and keep unfinished text; a plain QDateEdit passed by older code is
        replaced by one (use the returned widget). Typing saves after a pause like
        other text; a date picked from the calendar is saved at once.
        """
        box = edit if isinstance(edit, DateField) else DateField()
        box.isoEdited.connect(lambda iso, now: self.queue(field, iso, now=now))
        self._add(box, lambda record: box.set_iso(getattr(record, field) or ""))
        return box

    def check(self, box: QCheckBox, field: str) -> QCheckBox:
        box.toggled.connect(lambda on: self.queue(field, on, now=True))
        self._add(box, lambda r: box.setChecked(bool(getattr(r, field))))
        return box

    def custom(self, widget: QWidget, load: Callable[[Record], None]) -> None:
        """A widget that saves through :meth:`queue` itself."""
        self._add(widget, load)

    def _add(self, widget: QWidget, load: Callable[[Record], None]) -> None:
        self._widgets.append(widget)
        self._loaders.append(load)

    # ------------------------------------------------------------ saving

    def queue(self, field: str, value: Any, now: bool = False) -> None:
        if self._loading or self.record_id is None:
            return
        self._edits.edited((self.record_id, field), value)
        if now:
            self.flush()

    def flush(self) -> None:
        self._edits.flush()

    def _save(self, edits: dict[tuple[int, str], Any]) -> None:
        if self.session.workspace is None:
            return
        by_record: dict[int, dict[str, Any]] = {}
        for (record_id, field), value in edits.items():
            by_record.setdefault(record_id, {})[field] = value
        for record_id, changes in by_record.items():
            # session.update keeps and retries anything that cannot be saved now
            record = self.session.update(self.record_type, record_id, **changes)
            if record is not None:
                self.saved.emit(record)

    @property
    def has_pending(self) -> bool:
        return self._edits.has_pending

    # ----------------------------------------------------------- loading

    def load(self, record: Record | None) -> None:
        """Show ``record`` (or clear and disable the form for None). Everything typed
        anywhere is saved first: what replaces a field never waits on a timer."""
        self.session.flush()
        self.flush()  # also when called from inside the session's own flush
        self.record_id = record.id if record is not None else None
        shown = record if record is not None else self.record_type()
        self._loading = True
        try:
            for loader in self._loaders:
                loader(shown)
        finally:
            self._loading = False
        workspace = self.session.workspace
        self.set_editable(record is not None and workspace is not None
                          and not workspace.read_only)

    def set_editable(self, editable: bool) -> None:
        for widget in self._widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            elif isinstance(widget, (QComboBox, QAbstractSpinBox, QCheckBox)):
                widget.setEnabled(editable)
            else:
                widget.setEnabled(editable)
