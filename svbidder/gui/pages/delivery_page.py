"""Delivery: each contract won, its plan, and recording what was delivered.

A thin layer over ``core.delivery``: the list shows every won contract with its
next report date; the table shows each commitment's rating (as words with a
symbol) and progress (a bar with the figures written on it), never colour
alone; the form below records one commitment in one period. Typed fields wait
for a pause through :class:`PendingEdits` and are saved through core, so each
save is checked, undoable and never lost.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.delivery import plan as core_plan
from ...core.delivery import recording, status
from ...core.delivery.periods import FREQUENCY_LABELS, describe_span
from ...core.numbers import format_money, format_number, parse_number
from ...core.storage.records import Bid, Contract, DeliveryRecord, EvidenceItem
from ..session import WorkspaceSession
from ..widgets.forms import add_row, scrolling_side_column
from ..widgets.master_detail import empty_state, list_and_form
from ..widgets.pending import SAVE_DELAY_MS, PendingEdits
from ..widgets.record_list import RecordList
from ..widgets.text import ScaledLabel, explanation, heading

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("Commitment", "Rating", "Progress to date", "Forecast by the end", "Value to date")
TEXT_FIELDS = ("note", "evidence_note", "shortfall_reason", "recovery_action")


class DeliveryPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.contract: Contract | None = None
        self.commitment_id: int | None = None
        self.delivery_id: int | None = None
        self._loading = False
        self.edits = PendingEdits(session, self._save, SAVE_DELAY_MS, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("Delivery"))
        outer.addWidget(explanation(
            "After you win, each commitment becomes a plan over the contract's reporting "
            "periods. Record what you delivered each period, with its proof, and see how "
            "each commitment stands in the words councils use."))
        self.records = RecordList("contracts won")
        self.records.selected.connect(self._on_contract)
        empty, self.empty_title = empty_state(
            "No contracts won yet",
            "When a bid is won, set its status to Won on the Bids screen. svbidder asks for "
            "the contract's dates and how often to report, then turns each commitment into "
            "a delivery plan here.")
        splitter, self.right = list_and_form(self.records, empty, self._build_body(),
                                             (220, 800))
        outer.addWidget(splitter, 1)
        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_body(self) -> QWidget:
        scroll, column = scrolling_side_column()
        self.title = ScaledLabel("", scale=1.2, bold=True)
        self.title.setWordWrap(True)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.next_report = QLabel("")
        self.next_report.setWordWrap(True)
        self.next_report.setAccessibleName("Next report")
        for label in (self.title, self.details, self.next_report):
            column.addWidget(label)
        buttons = QHBoxLayout()
        self.dates_button = self._button("Change dates…", "Change the contract's dates or "
                                         "how often you report", self.change_dates, buttons)
        self.export_button = self._button("Export progress report…", "Write the progress "
                                          "report (Word) or the CSV for the council",
                                          self.export_report, buttons)
        self.add_missing_button = self._button("", "Add commitments made since the plan",
                                               self.add_missing, buttons)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Delivery plan: one row per commitment")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for number in range(1, len(COLUMNS)):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.table.currentCellChanged.connect(lambda row, *_: self._on_row(row))
        column.addWidget(self.table)
        self.rule = QLabel("")
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.thresholds_button = QPushButton("Change the rating thresholds…")
        self.thresholds_button.setAccessibleName("Change the rating thresholds")
        self.thresholds_button.clicked.connect(self.change_thresholds)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule, 1)
        rule_row.addWidget(self.thresholds_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(rule_row)
        column.addWidget(self._build_form())
        column.addStretch(1)
        return scroll

    def _button(self, text: str, tip: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _number(self, field: str) -> tuple[QWidget, QLineEdit, QLabel]:
        holder = QWidget()
        line = QVBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setProperty("numberField", True)
        edit.setMaximumWidth(160)
        problem = QLabel("")
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        edit.textEdited.connect(lambda text: self._number_typed(field, text, problem))
        line.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        line.addWidget(problem)
        return holder, edit, problem

    def _text(self, field: str, height: int = 60) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        edit.textChanged.connect(lambda: self._typed(field, edit.toPlainText()))
        return edit

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox("Record delivery")
        form = QFormLayout(self.form_box)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self._load_delivery())
        add_row(form, "&Period", self.period)
        self.spread_note = QLabel("")
        self.spread_note.setObjectName("hint")
        self.spread_note.setWordWrap(True)
        planned_row, self.planned, self.planned_problem = self._number("planned")
        add_row(form, "&Target for this period", planned_row)
        self.planned.setAccessibleName("Target for this period")
        spread = QHBoxLayout()
        self.even_button = self._button("Spread evenly", "Spread this commitment's target "
                                        "evenly over every period", lambda: self.respread(
                                            "even"), spread)
        self.timeframe_button = self._button("Spread as its timeframe says", "Spread the "
                                             "target as the commitment's timeframe says",
                                             lambda: self.respread("timeframe"), spread)
        spread.addStretch(1)
        spread_holder = QWidget()
        spread_column = QVBoxLayout(spread_holder)
        spread_column.setContentsMargins(0, 0, 0, 0)
        spread_column.addWidget(self.spread_note)
        spread_column.addLayout(spread)
        form.addRow("", spread_holder)
        achieved_row, self.achieved, self.achieved_problem = self._number("achieved")
        add_row(form, "&Achieved in this period", achieved_row,
                "The figure for this period only, in the commitment's unit (0 if none).")
        self.achieved.setAccessibleName("Achieved in this period")
        self.note = self._text("note")
        add_row(form, "&What happened", self.note, "A few sentences: what you did, for whom.")
        self.evidence_note = QLineEdit()
        self.evidence_note.textEdited.connect(lambda text: self._typed("evidence_note", text))
        add_row(form, "Where the &proof is kept", self.evidence_note,
                "For example “signed timesheets in the office filing cabinet”.")
        self.evidence = QListWidget()
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.evidence.setMaximumHeight(110)
        self.evidence.itemChanged.connect(self._evidence_ticked)
        add_row(form, "&Evidence from your library", self.evidence,
                "Tick the items that show this period's delivery. Stories need consent to "
                "go in the report.")
        self.shortfall_reason = self._text("shortfall_reason", 48)
        add_row(form, "&Why it is behind", self.shortfall_reason,
                "Only when the figure is below the period's target.")
        self.recovery_action = self._text("recovery_action", 48)
        add_row(form, "What you will do to &catch up", self.recovery_action,
                "The recovery action, with a date.")
        self.confirmed = QCheckBox("This figure relates to this contract and this period")
        self.confirmed.toggled.connect(self._confirm_toggled)
        self.confirmed.setAccessibleName("This figure relates to this contract and this "
                                         "period")
        form.addRow("", self.confirmed)
        self.gaps = QLabel("")
        self.gaps.setWordWrap(True)
        self.gaps.setAccessibleName("What the return still needs")
        form.addRow("", self.gaps)
        return self.form_box

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            self.records.show_items([])
            self.right.setCurrentIndex(0)
            return
        today = date.today()
        items = []
        for bid, contract in core_plan.won_contracts(workspace):
            try:
                text = status.contract_status(workspace, bid.id, today).next_report_text()
            except core_plan.DeliveryError as exc:
                text = str(exc)
            first = bid.contract_title or bid.reference or "(untitled contract)"
            items.append((contract.id, f"{first}\n{text}", bid.reference))
        self.records.show_items(items)

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"contract", "bid", "commitment"}:
            self.refresh()
        elif tables & {"delivery_record", "delivery_evidence", "evidence_item"}:
            self._show_contract(reload_form=not self.edits.has_pending)

    def _on_contract(self, contract_id: int | None) -> None:
        self.edits.flush()
        workspace = self.session.workspace
        self.contract = None
        if workspace is not None and contract_id is not None:
            found = workspace.find(Contract, id=contract_id)
            self.contract = found[0] if found else None
        self.right.setCurrentIndex(1 if self.contract is not None else 0)
        self._show_contract(reload_form=True)

    def _show_contract(self, reload_form: bool) -> None:
        workspace, contract = self.session.workspace, self.contract
        if workspace is None or contract is None:
            return
        contract = workspace.get(Contract, contract.id)
        self.contract = contract
        bid = workspace.get(Bid, contract.bid_id)
        try:
            state = status.contract_status(workspace, bid.id, date.today())
        except core_plan.DeliveryError as exc:
            self.details.setText(str(exc))
            return
        self.title.setText(bid.contract_title or bid.reference)
        span = describe_span(state.periods[0].start, state.periods[-1].end)
        self.details.setText(" · ".join(part for part in (
            bid.buyer, bid.reference, span,
            f"reports {FREQUENCY_LABELS[contract.frequency].lower()}") if part))
        self.next_report.setText(f"Next report: {state.next_report_text()}")
        value = state.value_to_date
        if value is not None:
            self.next_report.setText(self.next_report.text() + f"\nValue delivered to date, "
                                     f"by the buyer's own values: {format_money(value)}")
        self.rule.setText(status.rating_rule(contract))
        missing = core_plan.missing_from_plan(workspace, bid.id)
        self.add_missing_button.setText(f"Add {len(missing)} new commitment"
                                        f"{'' if len(missing) == 1 else 's'} to the plan")
        self.add_missing_button.setVisible(bool(missing))
        self._fill_table(state)
        writable = not workspace.read_only
        for button in (self.dates_button, self.add_missing_button, self.thresholds_button,
                       self.even_button, self.timeframe_button):
            button.setEnabled(writable)
        if reload_form:
            self._on_row(self.table.currentRow())
        else:
            self._show_gaps()

    def _fill_table(self, state: status.ContractStatus) -> None:
        keep = self.commitment_id
        self.table.blockSignals(True)
        self.table.setRowCount(len(state.commitments))
        row_to_select = 0
        for row, item in enumerate(state.commitments):
            c = item.commitment
            if c.id == keep:
                row_to_select = row
            unit = c.unit.strip()
            cells = [c.measure_text or "(no description)",
                     f"{status.RATING_SYMBOLS[item.rating]} {item.rating}", "",
                     f"{format_number(item.forecast)} {unit}".strip()
                     if item.forecast is not None else "–",
                     format_money(item.value_to_date) if item.value_to_date is not None
                     else "None given"]
            for number, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, c.id)
                self.table.setItem(row, number, cell)
            bar = QProgressBar()
            percent = item.percent
            bar.setRange(0, 100)
            bar.setValue(int(min(100, percent)) if percent is not None else 0)
            bar.setFormat(item.progress_text().split(" · ")[0] if percent is not None
                          else "Nothing due yet")
            bar.setTextVisible(True)
            bar.setAccessibleName(f"Progress of {c.measure_text}: {bar.format()}")
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance(bar.format()) + 24)
            self.table.setCellWidget(row, 2, bar)
            self.table.item(row, 2).setText(bar.format())
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(max(90, self.table.horizontalHeader().height() + rows_height
                                      + 2 * self.table.frameWidth() + 2))
        if state.commitments:
            self.table.setCurrentCell(row_to_select, 0)
        self.table.blockSignals(False)

    def _on_row(self, row: int) -> None:
        self.edits.flush()
        item = self.table.item(row, 0) if row >= 0 else None
        self.commitment_id = item.data(ID_ROLE) if item is not None else None
        workspace = self.session.workspace
        self.period.blockSignals(True)
        keep = self.period.currentData()
        self.period.clear()
        if workspace is not None and self.commitment_id is not None:
            commitment_rows = core_plan.plan_rows(workspace, self.commitment_id)
            wanted = self._default_period(commitment_rows) if keep is None else keep
            for row_record in commitment_rows:
                self.period.addItem(row_record.period_label, row_record.period_number)
            self.period.setCurrentIndex(max(0, self.period.findData(wanted)))
            self.form_box.setTitle(f"Record delivery: {item.text()}")
            if self.contract is not None:
                from ...core.storage.records import Commitment

                self.spread_note.setText(core_plan.describe_spread(
                    workspace.get(Commitment, self.commitment_id), self.contract))
        self.period.blockSignals(False)
        self.form_box.setEnabled(self.commitment_id is not None)
        self._load_delivery()

    def _default_period(self, rows: list[DeliveryRecord]) -> int | None:
        """The first period not recorded yet that has started, else the last started."""
        today = date.today().isoformat()
        started = [r for r in rows if r.period_start <= today]
        for row in started:
            if row.achieved is None:
                return row.period_number
        return started[-1].period_number if started else (rows[0].period_number
                                                          if rows else None)

    def _load_delivery(self) -> None:
        self.edits.flush()
        workspace = self.session.workspace
        number = self.period.currentData()
        row = None
        if workspace is not None and self.commitment_id is not None and number is not None:
            row = next((r for r in core_plan.plan_rows(workspace, self.commitment_id)
                        if r.period_number == number), None)
        self.delivery_id = row.id if row is not None else None
        self._loading = True
        try:
            shown = row or DeliveryRecord()
            self.planned.setText(format_number(shown.planned))
            self.achieved.setText(format_number(shown.achieved))
            for problem in (self.planned_problem, self.achieved_problem):
                problem.hide()
            for name in TEXT_FIELDS:
                widget = getattr(self, name)
                value = getattr(shown, name)
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                elif widget.toPlainText() != value:
                    widget.setPlainText(value)
            self.confirmed.setChecked(bool(shown.confirmed))
            self._fill_evidence(row)
        finally:
            self._loading = False
        editable = row is not None and workspace is not None and not workspace.read_only
        for widget in (self.planned, self.achieved, self.note, self.evidence_note,
                       self.shortfall_reason, self.recovery_action):
            widget.setReadOnly(not editable)
        self.confirmed.setEnabled(editable)
        self.evidence.setEnabled(editable)
        self._show_gaps()

    def _fill_evidence(self, row: DeliveryRecord | None) -> None:
        workspace = self.session.workspace
        self.evidence.clear()
        if workspace is None or row is None:
            return
        linked = {e.id for e in recording.evidence_for(workspace, row.id)}
        for item in workspace.find(EvidenceItem, order_by="title, id"):
            entry = QListWidgetItem(item.title or "(untitled evidence)")
            entry.setData(ID_ROLE, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.id in linked
                                else Qt.CheckState.Unchecked)
            if item.personal_data and not item.consent_recorded:
                entry.setToolTip("No consent recorded: the report will leave it out.")
            self.evidence.addItem(entry)

    def _show_gaps(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.delivery_id is None:
            self.gaps.setText("")
            return
        row = workspace.get(DeliveryRecord, self.delivery_id)
        gaps = recording.return_gaps(workspace, row)
        self.gaps.setText("✓ Ready for the council's return." if not gaps
                          else "Still needed: " + " ".join(gaps))

    # ------------------------------------------------------------ saving

    def _typed(self, field: str, value: Any) -> None:
        if self._loading or self.delivery_id is None:
            return
        self.edits.edited((self.delivery_id, field), value)

    def _number_typed(self, field: str, text: str, problem: QLabel) -> None:
        try:
            value = parse_number(text)
            if value is not None and value < 0:
                raise ValueError(f"{format_number(value)} is below zero. Type 0 or more.")
        except ValueError as exc:
            problem.setText(str(exc))
            problem.show()
            return
        problem.hide()
        self._typed(field, value)

    def _save(self, edits: dict[Hashable, Any]) -> None:
        by_row: dict[int, dict[str, Any]] = {}
        for (delivery_id, field), value in edits.items():
            by_row.setdefault(delivery_id, {})[field] = value
        for delivery_id, changes in by_row.items():
            keys = [("delivery_record", delivery_id, name) for name in changes]
            self.session.save(keys, lambda ws, d=delivery_id, c=dict(changes): _apply(ws, d, c))

    def _confirm_toggled(self, on: bool) -> None:
        if self._loading or self.delivery_id is None:
            return
        delivery_id = self.delivery_id
        self.session.change(lambda ws: recording.record_delivery(ws, delivery_id,
                                                                 confirmed=on))

    def _evidence_ticked(self, item: QListWidgetItem) -> None:
        if self._loading or self.delivery_id is None:
            return
        delivery_id = self.delivery_id
        ticked = [self.evidence.item(i).data(ID_ROLE) for i in range(self.evidence.count())
                  if self.evidence.item(i).checkState() == Qt.CheckState.Checked]
        self.session.change(lambda ws: recording.set_evidence(ws, delivery_id, ticked))

    # ------------------------------------------------------------ actions

    def change_dates(self) -> None:
        workspace, contract = self.session.workspace, self.contract
        if workspace is None or contract is None:
            return
        from ..dialogs.contract_won import ask_contract

        self.edits.flush()
        answer = ask_contract(self, workspace, workspace.get(Bid, contract.bid_id),
                              changing=True)
        if answer is not None:
            start, end, frequency = answer
            self.session.change(lambda ws: core_plan.change_contract(
                ws, contract.id, start=start, end=end, frequency=frequency))

    def change_thresholds(self) -> None:
        workspace, contract = self.session.workspace, self.contract
        if workspace is None or contract is None:
            return
        from ..dialogs.contract_won import ask_thresholds

        answer = ask_thresholds(self, contract)
        if answer is not None:
            good, near, low = answer
            self.session.change(lambda ws: core_plan.set_thresholds(
                ws, contract.id, good=good, approaching=near, improvement=low))

    def add_missing(self) -> None:
        if self.contract is not None:
            bid_id = self.contract.bid_id
            self.session.change(lambda ws: core_plan.add_to_plan(ws, bid_id))

    def respread(self, how: str) -> None:
        if self.commitment_id is not None:
            commitment_id = self.commitment_id
            self.session.change(lambda ws: core_plan.respread(ws, commitment_id, how))
            self._load_delivery()

    def export_report(self) -> None:
        workspace, contract = self.session.workspace, self.contract
        if workspace is None or contract is None:
            return
        self.session.flush()
        bid = workspace.get(Bid, contract.bid_id)
        name = f"Progress report {bid.reference or bid.contract_title}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the progress report", name + ".docx",
            "Word document (*.docx);;CSV for the council's template (*.csv)")
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        from ...core.errors import SvBidderError
        from ...export.progress_report import export_progress_report

        workspace, contract = self.session.workspace, self.contract
        if workspace is None or contract is None:
            return
        try:
            result = export_progress_report(workspace, contract.bid_id, path)
        except SvBidderError as exc:
            self.session.tell(str(exc))
            return
        extra = f" Note: {' '.join(result.warnings)}" if result.warnings else ""
        self.session.tell(f"Saved the progress report to {result.path}.{extra}")


def _apply(ws, delivery_id: int, changes: dict[str, Any]) -> DeliveryRecord:
    """Save typed delivery fields through core (checked, stamped, one undo step)."""
    with ws.batch("Record delivery"):
        if "planned" in changes:
            core_plan.set_period_target(ws, delivery_id, changes.pop("planned"), typing=True)
        if changes:
            recording.record_delivery(ws, delivery_id, typing=True, **changes)
    return ws.get(DeliveryRecord, delivery_id)
