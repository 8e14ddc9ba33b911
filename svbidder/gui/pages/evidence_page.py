"""Evidence: figures, stories, quotes and more, reusable in every bid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.organisation import evidence as core
from ...core.organisation.activities import all_activities
from ...core.storage.records import EVIDENCE_KINDS, EvidenceItem
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, scrolling_side_column
from ..widgets.master_detail import RecordActions, empty_state, list_and_form
from ..widgets.record_list import RecordList
from ..widgets.text import ScaledLabel, explanation, heading

ID_ROLE = Qt.ItemDataRole.UserRole


class EvidencePage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = FieldBinder(session, EvidenceItem, self)
        self._rows: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("Evidence"))
        outer.addWidget(explanation(
            "Evaluators believe what you can show. Keep your figures, case stories, quotes, "
            "awards and policies here, linked to what you do, and check them once a year."))
        splitter, self.right = list_and_form(self._build_list(), self._build_empty(),
                                             self._build_form(), (340, 620))
        outer.addWidget(splitter, 1)
        self.actions = RecordActions(session, self.records, self.binder, self.refresh,
                                     lambda: f"“{self.title.text() or 'the item'}”")
        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        self.records = RecordList("evidence")
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Show only this kind")
        self.kind_filter.addItem("All kinds", None)
        for kind in EVIDENCE_KINDS:
            self.kind_filter.addItem(core.KIND_LABELS[kind], kind)
        self.activity_filter = QComboBox()
        self.activity_filter.setAccessibleName("Show only evidence for this activity")
        self.stale_only = QCheckBox("Only items not checked in the last 12 months")
        for widget in (self.kind_filter, self.activity_filter):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
            self.records.filters.addWidget(widget)
        self.stale_only.toggled.connect(lambda _on: self.refresh())
        self.records.filters.addWidget(self.stale_only)
        self.add_button = self.records.add_button("Add", "Add evidence")
        menu = QMenu(self.add_button)
        for kind in EVIDENCE_KINDS:
            action = menu.addAction(core.KIND_LABELS[kind])
            action.setToolTip(core.KIND_HELP[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.add_evidence(k))
        menu.setToolTipsVisible(True)
        self.add_button.setMenu(menu)
        self.delete_button = self.records.add_button("Delete", "Delete this item (you can undo)")
        self.delete_button.clicked.connect(self.delete_evidence)
        self.records.buttons.addStretch(1)
        self.records.searchChanged.connect(lambda _t: self.refresh())
        self.records.selected.connect(self._on_selected)
        return self.records

    def _build_empty(self) -> QWidget:
        empty, self.empty_title = empty_state(
            "No evidence yet",
            "Start with one number you are sure of, like “412 people used our pantry last "
            "year (from our sign-in sheets)”, and one short story of what changed for "
            "someone. Use the Add button to choose the kind.")
        return empty
    def _build_form(self) -> QWidget:
        bind = self.binder
        scroll, column = scrolling_side_column()
        self.kind_help = QLabel("")
        self.kind_help.setObjectName("hint")
        self.kind_help.setWordWrap(True)
        column.addWidget(self.kind_help)
        self.consent_warning = QLabel(
            "⚠ This mentions a real person and no consent is recorded. Ask their permission "
            "in writing, or remove anything that could identify them, before using it in a bid.")
        self.consent_warning.setObjectName("problem")
        self.consent_warning.setWordWrap(True)
        column.addWidget(self.consent_warning)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(self.form)

        self.kind = QComboBox()
        for kind in EVIDENCE_KINDS:
            self.kind.addItem(core.KIND_LABELS[kind], kind)
        self._row("kind", bind.combo(self.kind, "kind"))
        self.title = self._row("title", bind.line(QLineEdit(), "title"))
        self.body = self._row("body", bind.text(QPlainTextEdit(), "body"))
        self.body.setMinimumHeight(100)
        self.value_problem = QLabel("")
        self.value_problem.setObjectName("problem")
        self.value = bind.number(QLineEdit(), "value", self.value_problem)
        self.value.setMaximumWidth(160)
        self._row("value", self._with_problem(self.value, self.value_problem))
        self.unit = self._row("unit", bind.line(QLineEdit(), "unit"))
        self.unit.setPlaceholderText("e.g. people helped, meals served, volunteer hours")
        self.period = self._row("period", bind.line(QLineEdit(), "period"))
        self.period.setPlaceholderText("e.g. April 2025 to March 2026")
        self.source = self._row("source", bind.line(QLineEdit(), "source"))
        self.evidence_date = self._row("evidence_date", bind.date(QDateEdit(), "evidence_date"))
        self.ratio_problem = QLabel("")
        self.ratio_problem.setObjectName("problem")
        self.ratio = bind.number(QLineEdit(), "ratio", self.ratio_problem)
        self.ratio.setMaximumWidth(160)
        self.ratio.setPlaceholderText("e.g. 4.20")
        self._row("ratio", self._with_problem(self.ratio, self.ratio_problem))
        self.evaluator = self._row("evaluator", bind.line(QLineEdit(), "evaluator"))
        self.personal_data = bind.check(QCheckBox(core.FIELD_LABELS["personal_data"]),
                                        "personal_data")
        self._row("personal_data", self.personal_data, label=False)
        self.consent_recorded = bind.check(QCheckBox(core.FIELD_LABELS["consent_recorded"]),
                                           "consent_recorded")
        self._row("consent_recorded", self.consent_recorded, label=False)
        checked_row = QWidget()
        line = QHBoxLayout(checked_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.last_checked = bind.date(QDateEdit(), "last_checked")
        self.last_checked.setAccessibleName("Last checked")
        self.checked_today = QPushButton("Checked today")
        self.checked_today.setToolTip("Say you have checked this is still true today")
        self.checked_today.clicked.connect(self.mark_checked)
        line.addWidget(self.last_checked)
        line.addWidget(self.checked_today, 0, Qt.AlignmentFlag.AlignTop)  # beside the box
        line.addStretch(1)
        self._row("last_checked", checked_row)
        self.stale_note = QLabel("⚠ Not checked in the last 12 months. Check it is still right "
                                 "before you use it in a bid.")
        self.stale_note.setObjectName("problem")
        self.stale_note.setWordWrap(True)
        column.addWidget(self.stale_note)

        column.addWidget(ScaledLabel("Linked to these activities", scale=1.05, bold=True))
        self.links = QListWidget()
        self.links.setAccessibleName("Activities this evidence supports")
        self.links.setMaximumHeight(180)
        self.links.itemChanged.connect(self._on_link_changed)
        column.addWidget(self.links)
        self.links_hint = QLabel("Add activities on the “What we do” screen to link them here.")
        self.links_hint.setObjectName("hint")
        column.addWidget(self.links_hint)
        column.addStretch(1)
        self.binder.saved.connect(self._on_saved)
        return scroll

    def _row(self, field: str, widget: QWidget, label: bool = True) -> QWidget:
        if label:
            self._labels[field] = add_row(self.form, core.FIELD_LABELS[field], widget)
        else:
            widget.setAccessibleName(core.FIELD_LABELS[field])
            self.form.addRow("", widget)
        self._rows[field] = widget
        return widget

    @staticmethod
    def _with_problem(edit: QLineEdit, problem: QLabel) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        problem.setWordWrap(True)
        column.addWidget(problem)
        edit.setAccessibleName(edit.accessibleName() or "Number")
        return holder

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        workspace = self.session.workspace
        self._fill_activity_filter()
        if workspace is None:
            self.records.show_items([])
            return
        found = core.search_evidence(
            workspace, self.records.search.text(), kind=self.kind_filter.currentData(),
            activity_id=self.activity_filter.currentData(),
            stale_only=self.stale_only.isChecked())
        today = date.today()
        items = []
        for item in found:
            marks = []
            if core.is_stale(item, today):
                marks.append("⚠ needs checking")
            if core.needs_consent_warning(item):
                marks.append("⚠ no consent")
            second = core.KIND_LABELS.get(item.kind, item.kind)
            if marks:
                second += " · " + " · ".join(marks)
            items.append((item.id, f"{item.title or '(untitled)'}\n{second}",
                          core.describe_evidence(item)))
        self.records.show_items(items)
        filtered = (self.records.search.text().strip() or self.kind_filter.currentIndex() > 0
                    or self.activity_filter.currentIndex() > 0 or self.stale_only.isChecked())
        self.empty_title.setText("Nothing matches these filters"
                                 if filtered and workspace.count("evidence_item")
                                 else "No evidence yet")
        writable = not workspace.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.records.current_id() is not None)

    def _fill_activity_filter(self) -> None:
        current = self.activity_filter.currentData()
        self.activity_filter.blockSignals(True)
        self.activity_filter.clear()
        self.activity_filter.addItem("All activities", None)
        workspace = self.session.workspace
        for activity in all_activities(workspace) if workspace else []:
            self.activity_filter.addItem(activity.title or "(untitled activity)", activity.id)
        index = self.activity_filter.findData(current)
        self.activity_filter.setCurrentIndex(max(index, 0))
        self.activity_filter.blockSignals(False)

    def _on_data_changed(self, tables: set[str]) -> None:
        if self.binder.has_pending:
            return
        if tables & {"evidence_item", "activity", "activity_evidence"}:
            self.refresh()

    def _on_selected(self, evidence_id: int | None) -> None:
        workspace = self.session.workspace
        item = None
        if workspace is not None and evidence_id is not None:
            item = workspace.get(EvidenceItem, evidence_id)
        self.binder.load(item)
        self.right.setCurrentIndex(1 if item is not None else 0)
        self._show_kind(item)
        self._show_links(item)

    def _on_saved(self, item: EvidenceItem) -> None:
        self._show_kind(item)

    def _show_kind(self, item: EvidenceItem | None) -> None:
        if item is None:
            return
        visible = set(core.visible_fields(item.kind)) | {"last_checked"}
        for field, widget in self._rows.items():
            self.form.setRowVisible(widget, field in visible)
        for field, label in self._labels.items():
            label.setText(core.field_label(item.kind, field))
        self.kind_help.setText(core.KIND_HELP.get(item.kind, ""))
        self.consent_warning.setVisible(core.needs_consent_warning(item))
        self.stale_note.setVisible(core.is_stale(item))
        self.checked_today.setEnabled(self.session.workspace is not None
                                      and not self.session.workspace.read_only)

    def _show_links(self, item: EvidenceItem | None) -> None:
        workspace = self.session.workspace
        self.links.blockSignals(True)
        self.links.clear()
        if workspace is not None and item is not None:
            linked = {activity.id for activity in core.linked_activities(workspace, item.id)}
            editable = not workspace.read_only
            for activity in all_activities(workspace):
                row = QListWidgetItem(activity.title or "(untitled activity)")
                row.setData(ID_ROLE, activity.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                row.setFlags(flags)
                row.setCheckState(Qt.CheckState.Checked if activity.id in linked
                                  else Qt.CheckState.Unchecked)
                self.links.addItem(row)
        self.links_hint.setVisible(self.links.count() == 0)
        self.links.blockSignals(False)

    # ------------------------------------------------------------ actions

    def _on_link_changed(self, _row: QListWidgetItem) -> None:
        evidence_id = self.binder.record_id
        if evidence_id is None:
            return
        chosen = [self.links.item(i).data(ID_ROLE) for i in range(self.links.count())
                  if self.links.item(i).checkState() == Qt.CheckState.Checked]
        self.session.change(lambda ws: core.set_links(ws, evidence_id, chosen))

    def add_evidence(self, kind: str) -> None:
        self.binder.flush()
        label = core.KIND_LABELS[kind].lower()
        created = self.session.change(
            lambda ws: core.add_evidence(ws, kind=kind, title=f"New {label}"))
        if created is None:
            return
        self.records.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.activity_filter.setCurrentIndex(0)
        self.stale_only.setChecked(False)
        self.refresh()
        self.records.select_id(created.id)
        self.title.setFocus()
        self.title.selectAll()

    def delete_evidence(self) -> None:
        self.actions.delete(lambda ws, evidence_id: ws.delete(EvidenceItem, evidence_id,
                                                              label="Delete evidence"))

    def mark_checked(self) -> None:
        evidence_id = self.binder.record_id
        if evidence_id is None:
            return
        self.binder.flush()
        self.session.change(lambda ws: core.mark_checked(ws, evidence_id))
