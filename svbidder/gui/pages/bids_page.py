"""Bids: each tender being answered, its details and its social value questions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.storage.records import BID_STATUSES, Bid, Framework
from ...core.writing import bids as core
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, number_field, scrolling_form
from ..widgets.master_detail import RecordActions, empty_state, list_and_form
from ..widgets.record_list import RecordList
from ..widgets.text import explanation, heading
from .questions_panel import QuestionsPanel


class BidsPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = FieldBinder(session, Bid, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("Bids"))
        outer.addWidget(explanation(
            "Each bid is a tender you are answering. Add the buyer's details and deadline, "
            "then the social value questions with their exact word or character limits."))
        self.tabs = QTabWidget()
        self.questions = QuestionsPanel(session)
        records = self._build_list()
        self.tabs.addTab(self._build_form(), "About the bid")
        self.tabs.addTab(self.questions, "Questions")
        splitter, self.right = list_and_form(records, self._build_empty(), self.tabs, (300, 700))
        outer.addWidget(splitter, 1)
        self.actions = RecordActions(session, self.records, self.binder, self.refresh,
                                     lambda: f"“{self.contract_title.text() or 'the bid'}” "
                                             "and its questions")
        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        self.records = RecordList("bids")
        self.add_button = self.records.add_button("New bid", "Add a bid")
        self.add_button.clicked.connect(self.add_bid)
        self.delete_button = self.records.add_button("Delete", "Delete this bid and its "
                                                     "questions (you can undo)")
        self.delete_button.clicked.connect(self.delete_bid)
        self.records.buttons.addStretch(1)
        self.records.searchChanged.connect(lambda _t: self.refresh())
        self.records.selected.connect(self._on_selected)
        return self.records

    def _build_empty(self) -> QWidget:
        empty, self.empty_title = empty_state(
            "No bids yet",
            "When you decide to bid for a contract, add it here with its deadline. Then paste "
            "the tender's social value questions and svbidder finds each question and its "
            "limit for you.", (("Add a bid", self.add_bid),))
        return empty
    def _build_form(self) -> QWidget:
        bind = self.binder
        scroll, form = scrolling_form(top_margin=12)
        self.buyer = bind.line(QLineEdit(), "buyer")
        add_row(form, "&Buyer", self.buyer, "Who is buying, e.g. “Anytown Borough Council”.")
        self.contract_title = bind.line(QLineEdit(), "contract_title")
        add_row(form, "&Contract", self.contract_title)
        self.reference = bind.line(QLineEdit(), "reference")
        add_row(form, "&Reference", self.reference, "The tender reference the buyer uses.")
        self.deadline = bind.date(QDateEdit(), "deadline")
        self.deadline_note = QLabel("")
        self.deadline_note.setObjectName("hint")
        deadline_row = QWidget()
        deadline_column = QVBoxLayout(deadline_row)
        deadline_column.setContentsMargins(0, 0, 0, 0)
        deadline_column.addWidget(self.deadline, 0, Qt.AlignmentFlag.AlignLeft)
        deadline_column.addWidget(self.deadline_note)
        add_row(form, "&Deadline", deadline_row)
        self.deadline.setAccessibleName("Deadline")
        self.status = QComboBox()
        for status in BID_STATUSES:
            self.status.addItem(core.STATUS_LABELS[status], status)
        # not bound: choosing Won first asks for the contract dates (see _on_status_chosen)
        bind.custom(self.status, self._show_status)
        self.status.activated.connect(self._on_status_chosen)
        add_row(form, "&Status", self.status)
        value_row, self.contract_value = number_field(bind, "contract_value")
        add_row(form, "Contract &value (£)", value_row)
        self.contract_value.setAccessibleName("Contract value in pounds")
        duration_row, self.duration = number_field(bind, "duration_months", 100, whole=True)
        self.duration.setAccessibleName("Length of the contract in months")
        add_row(form, "&Length (months)", duration_row)
        weighting_row, self.weighting = number_field(bind, "sv_weighting_percent", 100)
        add_row(form, "Social value &weighting (%)", weighting_row,
                "The share of the marks for social value, often 10% to 20%.")
        self.weighting.setAccessibleName("Social value weighting in per cent")
        self.framework = QComboBox()
        bind.combo(self.framework, "framework_id", blank_is_none=True)
        add_row(form, "Council's &priorities", self.framework,
                "The framework of priorities this buyer uses.")
        self.portal = bind.line(QLineEdit(), "portal")
        add_row(form, "Submission &portal", self.portal, "Where you submit, e.g. the council's "
                "e-tendering website.")
        self.notes = bind.text(QPlainTextEdit(), "notes")
        self.notes.setMinimumHeight(80)
        add_row(form, "&Notes", self.notes)
        self.binder.saved.connect(lambda bid: self._show_deadline(bid))
        return scroll

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        workspace = self.session.workspace
        self._fill_frameworks()
        if workspace is None:
            self.records.show_items([])
            return
        words = self.records.search.text().casefold().split()
        today = date.today()
        items = []
        for bid in core.bids_by_deadline(workspace):
            text = " ".join((bid.buyer, bid.contract_title, bid.reference)).casefold()
            if not all(word in text for word in words):
                continue
            first = bid.contract_title or bid.reference or "(untitled bid)"
            second = " · ".join(part for part in (
                bid.buyer, core.describe_deadline(bid, today),
                core.STATUS_LABELS.get(bid.status, bid.status)) if part)
            items.append((bid.id, f"{first}\n{second}", bid.reference))
        self.records.show_items(items)
        self.empty_title.setText("No bids match your search" if words and workspace.count("bid")
                                 else "No bids yet")
        writable = not workspace.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.records.current_id() is not None)

    def _fill_frameworks(self) -> None:
        workspace = self.session.workspace
        self.framework.clear()
        self.framework.addItem("Not chosen yet", "")
        for framework in workspace.find(Framework, order_by="position, id") if workspace else []:
            self.framework.addItem(framework.name or "(unnamed framework)", framework.id)

    def _on_data_changed(self, tables: set[str]) -> None:
        if self.binder.has_pending:
            return
        if "framework" in tables:
            self._fill_frameworks()
            self._on_selected(self.records.current_id())
        if "bid" in tables:
            self.refresh()

    def _on_selected(self, bid_id: int | None) -> None:
        workspace = self.session.workspace
        bid = workspace.get(Bid, bid_id) if workspace is not None and bid_id is not None else None
        self.binder.load(bid)
        self.right.setCurrentIndex(1 if bid is not None else 0)
        self.questions.show_bid(bid)
        self._show_deadline(bid)

    def _show_status(self, bid: Bid) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(bid.status)))

    def _on_status_chosen(self, _index: int) -> None:
        """Save the chosen status; Won first confirms the contract's dates and reporting,
        then makes the delivery plan (one undo step). Cancelling changes nothing."""
        workspace, bid_id = self.session.workspace, self.binder.record_id
        if workspace is None or bid_id is None:
            return
        self.binder.flush()
        status = self.status.currentData()
        bid = workspace.get(Bid, bid_id)
        if status == bid.status:
            return
        if status == "won":
            from ...core.delivery.plan import mark_won
            from ..dialogs.contract_won import ask_contract

            answer = ask_contract(self, workspace, bid)
            if answer is None:
                self._show_status(bid)
                return
            self.session.change(lambda ws: mark_won(ws, bid_id, *answer))
        else:
            self.session.change(lambda ws: core.set_status(ws, bid_id, status))
        self._show_status(workspace.get(Bid, bid_id))

    def _show_deadline(self, bid: Bid | None) -> None:
        self.deadline_note.setText(core.describe_deadline(bid) if bid is not None else "")

    # ------------------------------------------------------------ actions

    def add_bid(self) -> None:
        self.binder.flush()
        created = self.session.change(lambda ws: core.add_bid(ws, contract_title="New bid"))
        if created is None:
            return
        self.records.search.clear()
        self.refresh()
        self.records.select_id(created.id)
        self.tabs.setCurrentIndex(0)
        self.buyer.setFocus()

    def delete_bid(self) -> None:
        self.actions.delete(core.delete_bid)
