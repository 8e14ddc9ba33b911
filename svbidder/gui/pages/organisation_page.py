"""Our organisation: the profile councils ask about, saved as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.storage.records import INCOME_BANDS, LEGAL_FORMS, Organisation
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, number_field
from ..widgets.pages import scrolling_column


def choice_box(choices: tuple[str, ...], blank: str = "Choose…") -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, "")
    for choice in choices:
        combo.addItem(choice, choice)
    return combo


class OrganisationPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.binder = bind = FieldBinder(session, Organisation, self)
        column = scrolling_column(
            self, "Our organisation",
            "Councils want to know who you are, where you work and why. Fill in what you can; "
            "you can come back at any time. Everything is saved as you type.")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(form)
        self.name = bind.line(QLineEdit(), "name")
        add_row(form, "&Name", self.name, "Your organisation's name as it appears on bids.")
        self.legal_form = bind.combo(choice_box(LEGAL_FORMS), "legal_form")
        add_row(form, "&Legal form", self.legal_form)
        self.charity_number = bind.line(QLineEdit(), "charity_number")
        add_row(form, "C&harity number", self.charity_number,
                "Leave blank if you are not a registered charity.")
        self.company_number = bind.line(QLineEdit(), "company_number")
        add_row(form, "Co&mpany number", self.company_number,
                "For CICs, companies limited by guarantee and societies.")
        self.area_served = bind.line(QLineEdit(), "area_served")
        add_row(form, "&Area served", self.area_served,
                "The places you work, for example “Millbrook and Eastfield wards of Anytown”.")
        staff_row, self.staff_count = number_field(bind, "staff_count", 120, whole=True)
        self.staff_count.setAccessibleName("Paid staff")
        add_row(form, "Paid &staff", staff_row,
                "Number of people you employ. Leave blank if you would rather not say.")
        volunteer_row, self.volunteer_count = number_field(bind, "volunteer_count", 120,
                                                           whole=True)
        self.volunteer_count.setAccessibleName("Volunteers")
        add_row(form, "&Volunteers", volunteer_row,
                "Number of people who volunteer with you in a typical year.")
        self.income_band = bind.combo(choice_box(INCOME_BANDS), "income_band")
        add_row(form, "Annual &income", self.income_band)
        self.mission = bind.text(QPlainTextEdit(), "mission")
        self.mission.setMinimumHeight(110)
        add_row(form, "M&ission", self.mission,
                "In a few sentences: what you do, for whom, and why it matters.")
        column.addStretch(1)

        session.workspaceChanged.connect(self.load)
        session.dataChanged.connect(self._on_data_changed)
        self.load()

    def flush(self) -> None:
        self.binder.flush()

    def _on_data_changed(self, tables: set[str]) -> None:
        if "organisation" in tables and not self.binder.has_pending:
            self.load()

    def load(self) -> None:
        workspace = self.session.workspace
        self.binder.load(workspace.organisation() if workspace else None)
