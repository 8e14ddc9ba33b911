"""Side panel: the bid's SMART commitments, checked for completeness, insertable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.numbers import format_money
from ...core.storage.records import Commitment, Outcome, Question
from ...core.writing import commitments as core
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, number_field
from ..widgets.steady import SteadyLabel, SteadyText

ID_ROLE = Qt.ItemDataRole.UserRole


class CommitmentsPanel(QWidget):
    """Emits ``insertRequested(text)`` to put a commitment's sentence in the answer."""

    insertRequested = Signal(str)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question: Question | None = None
        self.binder = FieldBinder(session, Commitment, self)
        self.binder.saved.connect(lambda _c: self._show_completeness())
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        self.only_this = QCheckBox("Only this question's commitments")
        self.only_this.setChecked(True)
        self.only_this.toggled.connect(lambda _on: self.refresh())
        column.addWidget(self.only_this)
        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.setAccessibleName("Commitments")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._on_selected())
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton("Add")
        self.add_button.setAccessibleName("Add a commitment")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete this commitment (you can undo)")
        self.delete_button.clicked.connect(self.delete)
        self.insert_button = QPushButton("Insert into answer")
        self.insert_button.clicked.connect(self.insert)
        for button in (self.add_button, self.delete_button, self.insert_button):
            row.addWidget(button)
        column.addLayout(row)
        column.addLayout(self._build_summary())
        column.addWidget(self._build_form(), 1)
        self._fit_to_font()

    def _build_summary(self) -> QVBoxLayout:
        """A two-line summary of what is missing, with the details (and why) one
        click away: the form keeps the room, and typing never moves it."""
        summary = QVBoxLayout()
        summary.setSpacing(2)
        line = QHBoxLayout()
        self.status = SteadyLabel(2)
        self.status.setAccessibleName("How complete this commitment is")
        self.details_toggle = QToolButton()
        self.details_toggle.setCheckable(True)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setText("Details")
        self.details_toggle.setAccessibleName("Show what is missing and how to fix it")
        self.details_toggle.toggled.connect(self._show_details)
        line.addWidget(self.status, 1)
        line.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignTop)
        summary.addLayout(line)
        self.details = SteadyText(6)
        self.details.setAccessibleName("What is missing and how to fix it")
        self.details.setVisible(False)
        summary.addWidget(self.details)
        return summary

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    def _fit_to_font(self) -> None:
        """The list shows about four commitments; the form below gets the rest."""
        line = self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(4 * line + 4 * 6 + 2 * self.list.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _build_form(self) -> QWidget:
        bind = self.binder
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        form = QFormLayout(body)
        self.measure = QComboBox()
        self.measure.setAccessibleName("Use a measure from the council's priorities")
        self.measure.activated.connect(self._on_measure_chosen)
        add_row(form, "From the council's list", self.measure)
        self.measure_text = bind.line(QLineEdit(), "measure_text")
        self.measure_text.setPlaceholderText("e.g. local people supported into paid work")
        add_row(form, "What", self.measure_text)
        target_row, self.target = number_field(bind, "target", 120)
        add_row(form, "How many", target_row)
        self.target.setAccessibleName("Target number")
        self.unit = bind.line(QLineEdit(), "unit")
        self.unit.setPlaceholderText("people, hours, £…")
        add_row(form, "Unit", self.unit)
        self.timeframe = bind.line(QLineEdit(), "timeframe")
        self.timeframe.setPlaceholderText("e.g. by March 2027, each year of the contract")
        add_row(form, "By when", self.timeframe)
        self.baseline = bind.line(QLineEdit(), "baseline")
        add_row(form, "Starting point", self.baseline)
        self.owner = bind.line(QLineEdit(), "owner")
        self.owner.setPlaceholderText("e.g. our volunteer coordinator")
        add_row(form, "Who is responsible", self.owner)
        self.evidence_method = bind.line(QLineEdit(), "evidence_method")
        self.evidence_method.setPlaceholderText("e.g. signed attendance registers")
        add_row(form, "How it is evidenced", self.evidence_method)
        self.reporting = bind.line(QLineEdit(), "reporting_frequency")
        self.reporting.setPlaceholderText("e.g. quarterly")
        add_row(form, "Reported", self.reporting)
        value_row, self.value = number_field(bind, "value_per_unit", 120)
        add_row(form, "Value per unit (£)", value_row,
                "Only from the buyer's own documents.")
        self.value.setAccessibleName("Value per unit in pounds")
        self.form_holder = scroll
        return scroll

    # ------------------------------------------------------------ showing

    def show_question(self, question: Question | None) -> None:
        self.binder.flush()
        self.question = question
        self.refresh()

    def refresh(self) -> None:
        workspace = self.session.workspace
        keep = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        if workspace is not None and self.question is not None:
            found = (core.commitments_for_question(workspace, self.question.id)
                     if self.only_this.isChecked()
                     else core.commitments_for_bid(workspace, self.question.bid_id))
            for commitment in found:
                mark = "✓ " if core.is_complete(commitment) else "● "
                item = QListWidgetItem(mark + list_label(commitment))
                item.setData(ID_ROLE, commitment.id)
                self.list.addItem(item)
                if commitment.id == keep:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
            self._fill_measures()
        self.list.blockSignals(False)
        self._on_selected()

    def _fill_measures(self) -> None:
        self.measure.clear()
        self.measure.addItem("Type your own below", None)
        for outcome, measure in core.measures_for_bid(self.session.workspace,
                                                      self.question.bid_id):
            unit = f" ({measure.unit})" if measure.unit else ""
            self.measure.addItem(f"{measure.name}{unit} — {outcome.title}", measure.id)

    def _on_selected(self) -> None:
        workspace = self.session.workspace
        item = self.list.currentItem()
        commitment = workspace.get(Commitment, item.data(ID_ROLE)) if (
            workspace is not None and item is not None) else None
        self.binder.load(commitment)
        self.form_holder.setVisible(commitment is not None)
        writable = workspace is not None and not workspace.read_only
        self.add_button.setEnabled(writable and self.question is not None)
        self.delete_button.setEnabled(writable and commitment is not None)
        self.insert_button.setEnabled(writable and commitment is not None)
        if commitment is not None:
            self.measure.setCurrentIndex(max(self.measure.findData(commitment.measure_id), 0))
        self._show_completeness()

    def _show_completeness(self) -> None:
        workspace = self.session.workspace
        item = self.list.currentItem()
        if workspace is None or item is None:
            self.status.setText("No commitments yet. Evaluators give marks for clear promises "
                                "with a number, a date and evidence: add one."
                                if self.question is not None else "")
            self.details.clear()
            self.details_toggle.setEnabled(False)
            return
        commitment = workspace.get(Commitment, item.data(ID_ROLE))
        missing = core.completeness(commitment)
        tips = core.advice(commitment)
        total = core.total_value(commitment)
        self.status.setText(completeness_summary(missing, tips, total))
        self.status.setToolTip(self.status.text())
        lines = ["✓ Complete: it has a number, a unit, a date and evidence."] if not missing \
            else ["Still missing:"] + [f"• {m.message}" for m in missing]
        if tips:
            lines += ["", "Would make it stronger:"] + [f"• {m.message}" for m in tips]
        if total is not None:
            lines += ["", f"Worth about {format_money(total)} by the buyer's own values."]
        self.details.setPlainText("\n".join(lines))
        self.details_toggle.setEnabled(True)
        item.setText(("✓ " if not missing else "● ") + list_label(commitment))

    # ------------------------------------------------------------ actions

    def add(self) -> None:
        if self.question is None:
            return
        self.binder.flush()
        question = self.question
        created = self.session.change(lambda ws: core.add_commitment(
            ws, question.bid_id, question_id=question.id))
        if created is not None:
            self.refresh()
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == created.id:
                    self.list.setCurrentRow(row)
            self.measure_text.setFocus()

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        commitment_id = item.data(ID_ROLE)
        self.binder.load(None)
        self.session.change(lambda ws: core.delete_commitment(ws, commitment_id))
        self.session.tell("Deleted the commitment. Choose Edit → Undo to bring it back.")

    def insert(self) -> None:
        item = self.list.currentItem()
        workspace = self.session.workspace
        if item is None or workspace is None:
            return
        self.binder.flush()
        commitment = workspace.get(Commitment, item.data(ID_ROLE))
        outcome = (workspace.get(Outcome, commitment.outcome_id).title
                   if commitment.outcome_id is not None else "")
        self.insertRequested.emit(core.describe_commitment(commitment, outcome=outcome))

    def _on_measure_chosen(self, _index: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        commitment_id, measure_id = item.data(ID_ROLE), self.measure.currentData()
        self.binder.flush()
        self.session.change(lambda ws: core.use_measure(ws, commitment_id, measure_id))
        self.refresh()


SHORT_NAMES = {"measure_text": "what", "target": "how many", "unit": "unit",
               "timeframe": "by when", "evidence_method": "how it is evidenced"}


def completeness_summary(missing: list[core.Missing], tips: list[core.Missing],
                         total: float | None) -> str:
    """Two short lines at most: what is missing by the form's own names, or that
    it is complete (and what it is worth). The details say why."""
    if missing:
        names = list(dict.fromkeys(SHORT_NAMES.get(m.field, m.field) for m in missing))
        text = f"● Still missing: {', '.join(names)}."
    else:
        text = "✓ Complete."
        if tips:
            text += f" {len(tips)} more thing{'s' if len(tips) > 1 else ''} would make it " \
                    "stronger."
    if total is not None:
        text += f" Worth about {format_money(total)}."
    return text


def list_label(commitment: Commitment) -> str:
    """The commitment's first sentence, short enough for the list; a new, empty one
    says what to fill in rather than showing a blank line."""
    sentence = core.describe_commitment(commitment)
    if not sentence:
        return "New commitment: say what, how many and by when"
    first = sentence.split(". ", 1)[0]
    return first if first.endswith(".") else first + "."
