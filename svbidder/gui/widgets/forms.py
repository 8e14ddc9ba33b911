"""Accessible form rows: a label that names its field for screen readers and
keyboard users (Alt+letter), and a help line under the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .steady import keep_place_for_problem


def add_row(form: QFormLayout, label_text: str, field: QWidget, help_text: str = "") -> QLabel:
    """Add ``field`` to ``form`` with a buddy label, accessible name and description."""
    label = QLabel(label_text)
    label.setBuddy(field)
    plain = label_text.replace("&", "")
    field.setAccessibleName(plain)
    if help_text:
        field.setAccessibleDescription(help_text)
        field.setToolTip(help_text)
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if not isinstance(field, (QComboBox, QAbstractSpinBox)):
            column.addWidget(field)
        else:  # keep short fields short rather than stretched across the page
            column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        hint.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(hint)
        _problem_under_hint(field, column)
        form.addRow(label, holder)
    else:
        form.addRow(label, field)
    return label


def _problem_under_hint(field: QWidget, column: QVBoxLayout) -> None:
    """Move a number box's problem line (kept its room, shown or not) from between the
    box and its hint to under the hint: the hint stays with its box, and the room
    reads as the space between rows rather than a gap inside one."""
    problem = field.findChild(QLabel, "problem")
    layout = field.layout()
    if problem is None or layout is None or layout.indexOf(problem) < 0:
        return
    layout.removeWidget(problem)
    column.addWidget(problem)


def number_field(binder, field: str, width: int = 160,
                 whole: bool = False) -> tuple[QWidget, QLineEdit]:
    """A number box bound to ``field`` with its inline problem message underneath
    (``whole`` for counts).

    Returns ``(holder, edit)``: add the holder to the form; the edit is the box.
    """
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    problem = QLabel("")
    problem.setObjectName("problem")
    problem.setWordWrap(True)
    edit = binder.number(QLineEdit(), field, problem, whole)
    edit.setMaximumWidth(width)
    column.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
    column.addWidget(problem)
    keep_place_for_problem(holder)  # the boxes below never move when a message shows
    return holder, edit


def _side_scroll() -> tuple[QScrollArea, QWidget]:
    """A frameless scroll area for the right-hand side of a screen, and its body."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    return scroll, body


def scrolling_form(top_margin: int = 0) -> tuple[QScrollArea, QFormLayout]:
    """A form in a frameless scroll area, for the right-hand side of a screen."""
    scroll, body = _side_scroll()
    form = QFormLayout(body)
    form.setContentsMargins(16, top_margin, 8, 8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return scroll, form


def scrolling_side_column() -> tuple[QScrollArea, QVBoxLayout]:
    """A column of widgets in a frameless scroll area, for the right-hand side of a screen."""
    scroll, body = _side_scroll()
    column = QVBoxLayout(body)
    column.setContentsMargins(16, 0, 8, 8)
    return scroll, column
