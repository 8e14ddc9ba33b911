"""Marking a bid won: the contract's start and end dates and how often to report.

Asked once, when the bid's status becomes Won (and again from the Delivery
screen to change the dates). Nothing is saved until the person chooses
"Make the delivery plan"; then core makes the contract and plan as one undo step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import iso_to_date
from ...core.delivery.periods import FREQUENCY_LABELS, make_periods
from ...core.storage.records import CONTRACT_FREQUENCIES
from ..widgets.date_field import DateField
from ..widgets.forms import add_row
from ..widgets.text import explanation


class ContractWonDialog(QDialog):
    """``start``, ``end`` and ``frequency`` hold the answers after ``exec()``."""

    def __init__(self, title: str, start: date, end: date, frequency: str = "quarterly",
                 parent: QWidget | None = None, *, changing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change the contract dates" if changing else "Well done: bid won")
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            (f"“{title}” " if title else "This contract ") +
            ("will get new reporting periods, and its targets will be spread over them "
             "again." if changing else
             "becomes a contract. Confirm its dates and how often the council wants a "
             "report. Each commitment then becomes a line in your delivery plan, with its "
             "target spread over the reporting periods.")))
        form = QFormLayout()
        column.addLayout(form)
        self.start_field = DateField()
        self.start_field.set_iso(start.isoformat())
        add_row(form, "Contract &starts", self.start_field, "The first day of the contract.")
        self.end_field = DateField()
        self.end_field.set_iso(end.isoformat())
        add_row(form, "Contract &ends", self.end_field, "The last day of the contract.")
        self.frequency_box = QComboBox()
        for value in CONTRACT_FREQUENCIES:
            self.frequency_box.addItem(FREQUENCY_LABELS[value], value)
        self.frequency_box.setCurrentIndex(max(0, self.frequency_box.findData(frequency)))
        add_row(form, "&Report", self.frequency_box,
                "How often the council asks for a social value return. Quarterly is usual.")
        self.summary = QLabel("")
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the plan will be")
        column.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton("Change the dates" if changing
                                           else "Make the delivery plan",
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        for field in (self.start_field, self.end_field):
            field.isoEdited.connect(lambda *_: self._check())
        self.frequency_box.currentIndexChanged.connect(lambda *_: self._check())
        self._check()

    @property
    def start(self) -> date | None:
        return iso_to_date(self.start_field.iso())

    @property
    def end(self) -> date | None:
        return iso_to_date(self.end_field.iso())

    @property
    def frequency(self) -> str:
        return self.frequency_box.currentData()

    def _check(self) -> None:
        """Say what the plan will be, or why it cannot be made yet."""
        start, end = self.start, self.end
        problem = ""
        periods = []
        if start is None or end is None:
            problem = "Give both dates, for example 01/04/2027."
        else:
            try:
                periods = make_periods(start, end, self.frequency)
            except ValueError as exc:
                problem = str(exc)
        if problem:
            self.summary.setText(problem)
        else:
            name = periods[0].name.split()[0].lower()
            count = len(periods)
            self.summary.setText(f"{count} reporting {'period' if count == 1 else 'periods'} "
                                 f"({name} 1 is {periods[0].label.split('(')[1].rstrip(')')}).")
        self.ok_button.setEnabled(not problem)


def ask_contract(parent: QWidget, workspace, bid, *, changing: bool = False
                 ) -> tuple[date, date, str] | None:
    """Ask for the contract's dates and frequency (the bid's own, or suggested ones,
    filled in); None when the person cancels."""
    from ...core.delivery.plan import DEFAULT_FREQUENCY, contract_for_bid, suggested_dates

    contract = contract_for_bid(workspace, bid.id)
    start, end = suggested_dates(bid)
    frequency = DEFAULT_FREQUENCY
    if contract is not None:
        start = iso_to_date(contract.start_date) or start
        end = iso_to_date(contract.end_date) or end
        frequency = contract.frequency
    dialog = ContractWonDialog(bid.contract_title or bid.reference, start, end, frequency,
                               parent, changing=changing)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.start is None \
            or dialog.end is None:
        return None
    return dialog.start, dialog.end, dialog.frequency


def ask_thresholds(parent: QWidget, contract) -> tuple[float, float, float] | None:
    """Ask from what percentage of the profiled target each rating applies."""
    from PySide6.QtWidgets import QDoubleSpinBox

    dialog = QDialog(parent)
    dialog.setWindowTitle("Rating thresholds")
    column = QVBoxLayout(dialog)
    column.addWidget(explanation(
        "A commitment's rating compares what you achieved with what the plan profiled to "
        "date. Use the thresholds the council uses, if it has told you them."))
    form = QFormLayout()
    column.addLayout(form)
    boxes = []
    for label, value in (("&Good from (%)", contract.good_from_percent),
                         ("&Approaching target from (%)", contract.approaching_from_percent),
                         ("&Requires improvement from (%)", contract.improvement_from_percent)):
        box = QDoubleSpinBox()
        box.setRange(0, 1000)
        box.setDecimals(0)
        box.setValue(value)
        add_row(form, label, box)
        boxes.append(box)
    note = QLabel("Below the last, a commitment is rated Inadequate.")
    note.setObjectName("hint")
    column.addWidget(note)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    column.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    good, near, low = (box.value() for box in boxes)
    return good, near, low
