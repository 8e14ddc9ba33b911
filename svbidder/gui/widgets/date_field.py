"""One date box for the whole app: type the date the UK way, or pick it from a calendar.

A spin-style date editor makes people fight with day, month and year sections
and silently swaps in something else when they type a date it cannot take. This
box is plain text read by ``core.dates``: what was typed stays in the box until
it is a real date, and a line under the box says what is missing or wrong (the
way number boxes do). Empty means "Not set"; Delete or Backspace on the whole
text clears it. The calendar opens on the chosen date, or on today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...core.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    DateProblem,
    describe_date,
    format_uk_date,
    iso_to_date,
    parse_uk_date,
)

NOT_SET = "Not set"
TYPING_HELP = ("Type the date as day/month/year, for example 15/06/2027 or 15 June 2027, "
               "or choose it from the calendar. Delete clears it.")


class DateLineEdit(QLineEdit):
    """The text part of a date box; Alt+Down or F4 opens the calendar, as in other apps."""

    calendarRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = (event.key() == Qt.Key.Key_F4 and not event.modifiers()) or (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if opens:
            self.calendarRequested.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date kept as ISO text ("" when not set).

    ``isoEdited(iso, now)`` is emitted when the person changes the date: ``now``
    is False while typing (save after a pause, like other text) and True for a
    date picked from the calendar or set by the program.
    """

    isoEdited = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._iso = ""
        self._showing = False  # True while the program, not the person, sets the text
        self.edit = DateLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setProperty("dateField", True)  # tests type a date here, not any text
        self.edit.setPlaceholderText(NOT_SET)
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(TYPING_HELP)
        # Not textEdited: the clear button changes the text without it.
        self.edit.textChanged.connect(self._on_typed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.calendarRequested.connect(self.open_calendar)
        self.pick = QToolButton()
        self.pick.setText("Calendar…")
        self.pick.setToolTip("Choose the date from a calendar (Alt+Down)")
        self.pick.clicked.connect(self.open_calendar)
        self.note = QLabel("")
        self.note.setObjectName("hint")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        # One line that never widens the box (messages are short; the tooltip has it all).
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        self._layout()
        self.setFocusProxy(self.edit)
        self._fit_width()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.pick)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        # Always one line high, empty or not, so nothing below moves as it changes.
        column.addWidget(self.note)

    def _fit_width(self) -> None:
        """Room for the longest short date and the clear button, and a line of
        explanation under the box, at any zoom. The explanations (about 40
        characters) fit in the width of the box and its calendar button."""
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("Wed 30 Sept 2027") + 40)
        self.note.setFixedHeight(metrics.lineSpacing() + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    # ----------------------------------------------------------- value

    def iso(self) -> str:
        """The date kept (ISO), "" when not set; unfinished typing is not kept yet."""
        return self._iso

    def set_iso(self, iso: str) -> None:
        """Show a stored date, replacing whatever is in the box, without reporting an edit."""
        day = iso_to_date(iso)
        self._iso = day.isoformat() if day else ""
        self._show(format_uk_date(day) if day else "")
        self._say("")

    def date(self) -> QDate:
        """The date kept, as a QDate (a null QDate when not set)."""
        day = iso_to_date(self._iso)
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, day: QDate | date | None) -> None:  # noqa: N802 - as QDateEdit
        """Set the date as if the person had chosen it (saved at once)."""
        if isinstance(day, QDate):
            day = day.toPython() if day.isValid() else None
        self.set_iso(day.isoformat() if day else "")
        self.isoEdited.emit(self._iso, True)

    def has_problem(self) -> bool:
        """True while the box holds text that is not (yet) a date."""
        return self.note.objectName() == "problem"

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.pick.setAccessibleName(f"{name}: choose from a calendar")

    # ----------------------------------------------------------- typing

    def _show(self, text: str) -> None:
        self._showing = True
        try:
            self.edit.setText(text)
        finally:
            self._showing = False

    def _on_typed(self, text: str) -> None:
        if self._showing:
            return
        try:
            day = parse_uk_date(text)
        except DateProblem as problem:
            self._say(str(problem), problem=True)  # keep the text; keep the last date
            return
        self._iso = day.isoformat() if day else ""
        self._say(describe_date(day) if day and text.strip() != format_uk_date(day) else "")
        self.isoEdited.emit(self._iso, False)

    def _tidy(self) -> None:
        """On leaving the box, show a readable date in the usual short form."""
        if self.has_problem():
            return
        day = iso_to_date(self._iso)
        shown = format_uk_date(day) if day else ""
        if self.edit.text() != shown:
            self._show(shown)
        self._say("")

    def _say(self, text: str, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setToolTip(text)
        name = "problem" if problem else "hint"
        if self.note.objectName() != name:
            self.note.setObjectName(name)
            self.note.style().unpolish(self.note)
            self.note.style().polish(self.note)
        self.edit.setAccessibleDescription(text)

    # --------------------------------------------------------- calendar

    def open_calendar(self) -> None:
        """Show the calendar under the box, on the chosen date or on today."""
        if self._menu is None:
            self._build_calendar()
        day = self.date()
        shown = day if day.isValid() else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self._menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _build_calendar(self) -> None:
        self._menu = QMenu(self)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        self.calendar.setAccessibleName("Calendar")
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)

    def _picked(self, day: QDate) -> None:
        self._menu.close()
        self.setDate(day)
        self.edit.setFocus()
