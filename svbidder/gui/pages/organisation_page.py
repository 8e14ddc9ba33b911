"""Our organisation: the profile councils ask about, saved as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.records import INCOME_BANDS, LEGAL_FORMS, Organisation
from ..session import WorkspaceSession
from ..widgets.forms import add_row
from ..widgets.text import explanation, heading

SAVE_DELAY_MS = 400
NOT_GIVEN = -1


class OrganisationPage(QWidget):
    """Edits are collected while the person types and saved after a short pause
    (or at once when they leave the page), as one undoable step per field."""

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pending: dict[str, Any] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        session.register_flusher(self.flush)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        body.setMaximumWidth(980)  # long lines and very wide fields are hard to read
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 24, 32, 24)
        column.addWidget(heading("Our organisation"))
        column.addWidget(explanation(
            "Councils want to know who you are, where you work and why. Fill in what you can; "
            "you can come back at any time. Everything is saved as you type."))
        column.addSpacing(8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(form)
        self.name = self._line("name")
        add_row(form, "&Name", self.name, "Your organisation's name as it appears on bids.")
        self.legal_form = self._combo("legal_form", LEGAL_FORMS)
        add_row(form, "&Legal form", self.legal_form)
        self.charity_number = self._line("charity_number")
        add_row(form, "C&harity number", self.charity_number,
                "Leave blank if you are not a registered charity.")
        self.company_number = self._line("company_number")
        add_row(form, "Co&mpany number", self.company_number,
                "For CICs, companies limited by guarantee and societies.")
        self.area_served = self._line("area_served")
        add_row(form, "&Area served", self.area_served,
                "The places you work, for example “Millbrook and Eastfield wards of Anytown”.")
        self.staff_count = self._number("staff_count")
        add_row(form, "Paid &staff", self.staff_count, "Number of people you employ.")
        self.volunteer_count = self._number("volunteer_count")
        add_row(form, "&Volunteers", self.volunteer_count,
                "Number of people who volunteer with you in a typical year.")
        self.income_band = self._combo("income_band", INCOME_BANDS)
        add_row(form, "Annual &income", self.income_band)
        self.mission = QPlainTextEdit()
        self.mission.setTabChangesFocus(True)
        self.mission.setMinimumHeight(110)
        self.mission.textChanged.connect(
            lambda: self._queue("mission", self.mission.toPlainText()))
        add_row(form, "M&ission", self.mission,
                "In a few sentences: what you do, for whom, and why it matters.")
        column.addStretch(1)

        session.workspaceChanged.connect(self.load)
        session.dataChanged.connect(self._on_data_changed)
        self.load()

    # ------------------------------------------------------------ fields

    def _line(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(2000)
        edit.textEdited.connect(lambda text: self._queue(field, text))
        return edit

    def _combo(self, field: str, choices: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("Choose…", "")
        for choice in choices:
            combo.addItem(choice, choice)
        combo.activated.connect(lambda _index: self._queue(field, combo.currentData(), now=True))
        return combo

    def _number(self, field: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NOT_GIVEN, 1_000_000)
        spin.setSpecialValueText("Not given")
        spin.setGroupSeparatorShown(True)
        spin.valueChanged.connect(
            lambda value: self._queue(field, None if value == NOT_GIVEN else value))
        return spin

    # ------------------------------------------------------------ saving

    def _queue(self, field: str, value: Any, now: bool = False) -> None:
        if self._loading:
            return
        self._pending[field] = value
        self.session.mark_pending()
        if now:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Save what is waiting; called after a pause, on leaving and on closing."""
        self._timer.stop()
        if not self._pending or self.session.workspace is None:
            self._pending.clear()
            return
        changes, self._pending = self._pending, {}
        self.session.update(Organisation, 1, **changes)

    # ----------------------------------------------------------- loading

    def _on_data_changed(self, tables: set[str]) -> None:
        if "organisation" in tables and not self._pending:
            self.load()

    def load(self) -> None:
        workspace = self.session.workspace
        self._loading = True
        try:
            org = workspace.organisation() if workspace else Organisation()
            self._set_line(self.name, org.name)
            self._set_line(self.charity_number, org.charity_number)
            self._set_line(self.company_number, org.company_number)
            self._set_line(self.area_served, org.area_served)
            self._set_combo(self.legal_form, org.legal_form)
            self._set_combo(self.income_band, org.income_band)
            self.staff_count.setValue(NOT_GIVEN if org.staff_count is None else org.staff_count)
            self.volunteer_count.setValue(
                NOT_GIVEN if org.volunteer_count is None else org.volunteer_count)
            if self.mission.toPlainText() != org.mission:
                self.mission.setPlainText(org.mission)
            editable = workspace is not None and not workspace.read_only
            for widget in (self.name, self.charity_number, self.company_number,
                           self.area_served, self.mission):
                widget.setReadOnly(not editable)
            for widget in (self.legal_form, self.income_band, self.staff_count,
                           self.volunteer_count):
                widget.setEnabled(editable)
        finally:
            self._loading = False

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:  # a value from an older or edited file: keep it visible
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
