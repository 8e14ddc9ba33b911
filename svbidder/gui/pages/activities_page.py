"""What we do: the activities an organisation already delivers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.organisation import activities as core
from ...core.organisation.evidence import linked_evidence
from ...core.storage.records import Activity
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, scrolling_form
from ..widgets.master_detail import RecordActions, empty_state, list_and_form
from ..widgets.record_list import RecordList
from ..widgets.text import explanation, heading

UNITS = ("people", "sessions", "hours", "meals", "visits", "families", "volunteers", "events")


class ActivitiesPage(QWidget):
    """List on the left, the chosen activity's form on the right."""

    interviewRequested = Signal()
    importRequested = Signal()
    evidenceRequested = Signal()

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = FieldBinder(session, Activity, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("What we do"))
        outer.addWidget(explanation(
            "List the things your organisation already does: a lunch club, a helpline, "
            "training, volunteering. Councils value this everyday work — you only need to "
            "describe it once, then reuse it in every bid."))
        actions = QHBoxLayout()
        self.interview_button = QPushButton("Unpick our social value…")
        self.interview_button.setToolTip("Answer plain questions, theme by theme, and turn "
                                         "the answers into activities and evidence")
        self.interview_button.clicked.connect(self.interviewRequested)
        self.import_button = QPushButton("Import from a spreadsheet…")
        self.import_button.setToolTip("Add activities from a CSV file saved from Excel or "
                                      "another spreadsheet")
        self.import_button.clicked.connect(self.importRequested)
        actions.addWidget(self.interview_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        splitter, self.right = list_and_form(self._build_list(), self._build_empty(),
                                             self._build_form())
        outer.addWidget(splitter, 1)
        self.actions = RecordActions(session, self.records, self.binder, self.refresh,
                                     lambda: f"“{self.title.text() or 'the activity'}”")

        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        self.records = RecordList("activities")
        self.sort = QComboBox()
        self.sort.setAccessibleName("Sort activities by")
        for key, label in core.SORT_KEYS.items():
            self.sort.addItem(f"Sort: {label}", key)
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh())
        self.records.filters.addWidget(self.sort)
        self.add_button = self.records.add_button("Add", "Add an activity")
        self.add_button.clicked.connect(self.add_activity)
        self.copy_button = self.records.add_button("Copy", "Make a copy of this activity")
        self.copy_button.clicked.connect(self.duplicate_activity)
        self.delete_button = self.records.add_button("Delete", "Delete this activity "
                                                     "(you can undo)")
        self.delete_button.clicked.connect(self.delete_activity)
        self.up_button = self.records.add_button("↑", "Move up")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = self.records.add_button("↓", "Move down")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.records.searchChanged.connect(lambda _t: self.refresh())
        self.records.selected.connect(self._on_selected)
        return self.records

    def _build_empty(self) -> QWidget:
        empty, self.empty_title = empty_state(
            "No activities yet",
            "An activity is something you already do, for example “Weekly lunch club for older "
            "people in Millbrook: 40 people each week, run by volunteers”. Add one yourself, "
            "or let the guided questions help you find them.",
            (("Add an activity", self.add_activity),
             ("Use the guided questions…", self.interviewRequested.emit)))
        return empty
    def _build_form(self) -> QWidget:
        bind = self.binder
        scroll, form = scrolling_form()
        self.title = bind.line(QLineEdit(), "title")
        add_row(form, "&Title", self.title, "A short name, e.g. “Community café”.")
        self.description = bind.text(QPlainTextEdit(), "description")
        self.description.setMinimumHeight(90)
        add_row(form, "What &happens", self.description,
                "What you do, how often, and how people take part.")
        self.beneficiaries = bind.line(QLineEdit(), "beneficiaries")
        self.beneficiaries.setPlaceholderText(
            "e.g. older people living alone; young people not in education or work")
        add_row(form, "&Who benefits", self.beneficiaries)
        self.area = bind.line(QLineEdit(), "area")
        add_row(form, "&Area", self.area, "Which neighbourhoods, wards or villages.")
        self.venue = bind.line(QLineEdit(), "venue")
        add_row(form, "&Venue", self.venue)
        add_row(form, "How &much", self._build_volume_row(),
                "Roughly how many people, sessions or hours. Type digits, e.g. 120.")
        self.delivered_by = bind.line(QLineEdit(), "delivered_by")
        self.delivered_by.setPlaceholderText("e.g. 2 staff and 12 volunteers, with Anytown Library")
        add_row(form, "Who &delivers it", self.delivered_by)
        self.outcomes_text = bind.text(QPlainTextEdit(), "outcomes_text")
        self.outcomes_text.setMinimumHeight(80)
        add_row(form, "What &changes for people", self.outcomes_text,
                "In people's own words if you can: “I have somewhere to go on a Tuesday”.")
        self.tags = bind.line(QLineEdit(), "tags")
        add_row(form, "Ta&gs", self.tags, "Words to find it by, separated by commas.")
        evidence_row = QWidget()
        line = QHBoxLayout(evidence_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.evidence_summary = QLabel("")
        self.evidence_summary.setWordWrap(True)
        self.evidence_summary.setTextFormat(Qt.TextFormat.PlainText)
        to_evidence = QPushButton("Go to evidence")
        to_evidence.clicked.connect(self.evidenceRequested)
        line.addWidget(self.evidence_summary, 1)
        line.addWidget(to_evidence)
        add_row(form, "Evidence", evidence_row)
        return scroll

    def _build_volume_row(self) -> QWidget:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        column.addLayout(line)
        self.volume_problem = QLabel("")
        self.volume_problem.setObjectName("problem")
        self.volume_problem.setWordWrap(True)
        self.volume_amount = self.binder.number(QLineEdit(), "volume_amount",
                                                self.volume_problem)
        self.volume_amount.setAccessibleName("How much: number")
        self.volume_amount.setMaximumWidth(120)
        self.volume_unit = QComboBox()
        self.volume_unit.setEditable(True)
        self.volume_unit.setAccessibleName("How much: unit")
        for unit in UNITS:
            self.volume_unit.addItem(unit, unit)
        self.binder.combo(self.volume_unit, "volume_unit")
        self.volume_period = QComboBox()
        self.volume_period.setAccessibleName("How much: each")
        for key, label in core.VOLUME_PERIODS.items():
            self.volume_period.addItem(label, key)
        self.binder.combo(self.volume_period, "volume_period")
        line.addWidget(self.volume_amount)
        line.addWidget(self.volume_unit)
        line.addWidget(self.volume_period)
        line.addStretch(1)
        column.addWidget(self.volume_problem)
        return row

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            self.records.show_items([])
            return
        found = core.search_activities(workspace, self.records.search.text())
        found = core.sort_activities(found, self.sort.currentData())
        items = []
        for activity in found:
            volume = core.describe_volume(activity)
            text = activity.title or "(untitled activity)"
            items.append((activity.id, f"{text}\n{volume}" if volume else text,
                          activity.description[:300]))
        self.records.show_items(items)
        total = workspace.count("activity")
        searching = bool(self.records.search.text().strip())
        self.empty_title.setText("No activities match your search" if total and searching
                                 else "No activities yet")
        self._update_buttons()

    def _on_data_changed(self, tables: set[str]) -> None:
        if "activity" in tables and not self.binder.has_pending:
            self.refresh()
        elif "activity_evidence" in tables or "evidence_item" in tables:
            self._show_evidence_summary()

    def _on_selected(self, activity_id: int | None) -> None:
        workspace = self.session.workspace
        activity = None
        if workspace is not None and activity_id is not None:
            activity = workspace.get(Activity, activity_id)
        self.binder.load(activity)
        self.right.setCurrentIndex(1 if activity is not None else 0)
        self._show_evidence_summary()
        self._update_buttons()

    def _show_evidence_summary(self) -> None:
        workspace, activity_id = self.session.workspace, self.binder.record_id
        if workspace is None or activity_id is None:
            self.evidence_summary.setText("")
            return
        items = linked_evidence(workspace, activity_id)
        if not items:
            self.evidence_summary.setText("No evidence linked yet. Link figures, stories and "
                                          "quotes to this activity on the Evidence screen.")
        else:
            titles = "; ".join(item.title or "(untitled)" for item in items[:5])
            more = f" and {len(items) - 5} more" if len(items) > 5 else ""
            self.evidence_summary.setText(f"{len(items)} linked: {titles}{more}")

    def _update_buttons(self) -> None:
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only
        chosen = self.records.current_id() is not None
        manual = (self.sort.currentData() == "position"
                  and not self.records.search.text().strip())
        row, count = self.records.current_row(), self.records.list.count()
        self.add_button.setEnabled(writable)
        self.interview_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.copy_button.setEnabled(writable and chosen)
        self.delete_button.setEnabled(writable and chosen)
        self.up_button.setEnabled(writable and chosen and manual and row > 0)
        self.down_button.setEnabled(writable and chosen and manual and 0 <= row < count - 1)

    # ------------------------------------------------------------ actions

    def add_activity(self) -> None:
        self.binder.flush()
        created = self.session.change(lambda ws: core.add_activity(ws, title="New activity"))
        if created is None:
            return
        self.records.search.clear()
        self.refresh()
        self.records.select_id(created.id)
        self.title.setFocus()
        self.title.selectAll()

    def duplicate_activity(self) -> None:
        self.actions.duplicate(core.duplicate_activity)

    def delete_activity(self) -> None:
        self.actions.delete(core.delete_activity)

    def move(self, step: int) -> None:
        self.actions.move(core.move_activity, step)
        self._update_buttons()
