"""Plain dataclasses, one for each table of the workspace.

Field names match column names exactly, so the workspace can read and write any
record generically. ``id`` is ``None`` until a record has been added.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

from ..errors import RecordNotFoundError


@dataclass
class Record:
    """A row of one table. Subclasses set ``TABLE``."""

    TABLE: ClassVar[str] = ""
    id: int | None = None

    @classmethod
    def column_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.column_names()}

    @property
    def saved_id(self) -> int:
        """The id of this record's row, for code that keys on it or stores it.

        Every record read from a workspace has one; only a record not yet added
        has ``id`` None, and it has no row to refer to, so this raises the same
        RecordNotFoundError as a record deleted meanwhile. (Workspace.get,
        update, delete, link and unlink take ``record.id`` as it is.)
        """
        if self.id is None:
            raise RecordNotFoundError(f"That {self.TABLE.replace('_', ' ')} has not been saved.")
        return self.id


LEGAL_FORMS = (
    "Registered charity",
    "Charitable incorporated organisation (CIO)",
    "Community interest company (CIC)",
    "Company limited by guarantee",
    "Co-operative",
    "Community benefit society",
    "Unincorporated association",
    "Other",
)

INCOME_BANDS = (
    "Under £10,000",
    "£10,000 to £100,000",
    "£100,000 to £250,000",
    "£250,000 to £1 million",
    "£1 million to £5 million",
    "Over £5 million",
)


@dataclass
class Organisation(Record):
    TABLE: ClassVar[str] = "organisation"
    name: str = ""
    legal_form: str = ""
    charity_number: str = ""
    company_number: str = ""
    area_served: str = ""
    staff_count: int | None = None
    volunteer_count: int | None = None
    income_band: str = ""
    mission: str = ""
    updated_at: str = ""


@dataclass
class Activity(Record):
    TABLE: ClassVar[str] = "activity"
    position: int = 0
    title: str = ""
    description: str = ""
    beneficiaries: str = ""
    area: str = ""
    venue: str = ""
    volume_amount: float | None = None
    volume_unit: str = ""
    volume_period: str = ""
    delivered_by: str = ""
    outcomes_text: str = ""
    tags: str = ""
    created_at: str = ""
    updated_at: str = ""


EVIDENCE_KINDS = (
    "figure",
    "story",
    "quote",
    "accreditation",
    "policy",
    "partnership",
    "evaluation",
)


@dataclass
class EvidenceItem(Record):
    TABLE: ClassVar[str] = "evidence_item"
    kind: str = "figure"
    title: str = ""
    body: str = ""
    value: float | None = None
    unit: str = ""
    period: str = ""
    source: str = ""
    evidence_date: str = ""
    ratio: float | None = None
    evaluator: str = ""
    personal_data: bool = False
    consent_recorded: bool = False
    last_checked: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Framework(Record):
    TABLE: ClassVar[str] = "framework"
    key: str = ""
    name: str = ""
    publisher: str = ""
    version: str = ""
    as_at: str = ""
    source_address: str = ""
    licence_note: str = ""
    provisional_note: str = ""
    origin: str = "custom"
    position: int = 0


@dataclass
class Theme(Record):
    TABLE: ClassVar[str] = "theme"
    framework_id: int = 0
    position: int = 0
    ref: str = ""
    title: str = ""
    description: str = ""


@dataclass
class Outcome(Record):
    TABLE: ClassVar[str] = "outcome"
    theme_id: int = 0
    position: int = 0
    ref: str = ""
    title: str = ""
    description: str = ""
    guidance: str = ""


@dataclass
class Measure(Record):
    TABLE: ClassVar[str] = "measure"
    outcome_id: int = 0
    position: int = 0
    name: str = ""
    unit: str = ""
    value_per_unit: float | None = None


MAPPING_STATUSES = ("suggested", "confirmed", "rejected")


@dataclass
class Mapping(Record):
    TABLE: ClassVar[str] = "mapping"
    activity_id: int = 0
    outcome_id: int = 0
    status: str = "suggested"
    note: str = ""
    score: float | None = None
    reason: str = ""


BID_STATUSES = ("drafting", "submitted", "won", "lost", "withdrawn")


@dataclass
class Bid(Record):
    TABLE: ClassVar[str] = "bid"
    buyer: str = ""
    contract_title: str = ""
    reference: str = ""
    contract_value: float | None = None
    duration_months: int | None = None
    deadline: str = ""
    framework_id: int | None = None
    sv_weighting_percent: float | None = None
    status: str = "drafting"
    portal: str = ""
    notes: str = ""
    export_options: str = "{}"
    created_at: str = ""
    updated_at: str = ""


LIMIT_KINDS = ("words", "characters", "characters_no_spaces", "pages")


@dataclass
class Question(Record):
    TABLE: ClassVar[str] = "question"
    bid_id: int = 0
    position: int = 0
    ref: str = ""
    text: str = ""
    guidance: str = ""
    limit_kind: str | None = None
    limit_value: float | None = None
    page_paper: str = ""
    page_font: str = ""
    page_font_size: float | None = None
    page_margin_mm: float | None = None
    marks: float | None = None
    weighting_percent: float | None = None


@dataclass
class Answer(Record):
    TABLE: ClassVar[str] = "answer"
    question_id: int = 0
    body_markdown: str = ""
    prompt_answers: str = "{}"
    updated_at: str = ""


@dataclass
class Revision(Record):
    TABLE: ClassVar[str] = "revision"
    answer_id: int = 0
    created_at: str = ""
    label: str = ""
    reason: str = ""
    body_markdown: str = ""


@dataclass
class Commitment(Record):
    TABLE: ClassVar[str] = "commitment"
    bid_id: int = 0
    question_id: int | None = None
    outcome_id: int | None = None
    measure_id: int | None = None
    position: int = 0
    measure_text: str = ""
    target: float | None = None
    unit: str = ""
    timeframe: str = ""
    baseline: str = ""
    owner: str = ""
    evidence_method: str = ""
    reporting_frequency: str = ""
    value_per_unit: float | None = None


@dataclass
class DeliveryRecord(Record):
    TABLE: ClassVar[str] = "delivery_record"
    commitment_id: int = 0
    period_label: str = ""
    period_start: str = ""
    period_end: str = ""
    achieved: float | None = None
    note: str = ""  # the short narrative of what was done in the period
    recorded_at: str = ""
    # from schema version 2 (columns added at the end, in this order)
    period_number: int = 0  # 1 for the first reporting period of the contract
    planned: float | None = None  # the target profiled for this period
    evidence_note: str = ""  # where the proof is kept
    shortfall_reason: str = ""
    recovery_action: str = ""
    confirmed: bool = False  # "this relates to this contract and this period"
    updated_at: str = ""


CONTRACT_FREQUENCIES = ("monthly", "quarterly", "six-monthly", "yearly")


@dataclass
class Contract(Record):
    """A won bid's contract: its dates, how often delivery is reported, and the
    percentages of the profiled target from which each rating applies."""

    TABLE: ClassVar[str] = "contract"
    bid_id: int = 0
    start_date: str = ""
    end_date: str = ""
    frequency: str = "quarterly"
    good_from_percent: float = 100.0
    approaching_from_percent: float = 90.0
    improvement_from_percent: float = 70.0
    created_at: str = ""
    updated_at: str = ""


RECORD_TYPES: tuple[type[Record], ...] = (
    Organisation,
    Activity,
    EvidenceItem,
    Framework,
    Theme,
    Outcome,
    Measure,
    Mapping,
    Bid,
    Question,
    Answer,
    Revision,
    Commitment,
    DeliveryRecord,
    Contract,
)

# Many-to-many links: table name -> its two key columns.
LINK_TABLES: dict[str, tuple[str, str]] = {
    "activity_evidence": ("activity_id", "evidence_id"),
    "mapping_evidence": ("mapping_id", "evidence_id"),
    "question_outcome": ("question_id", "outcome_id"),
    "delivery_evidence": ("delivery_id", "evidence_id"),
}
