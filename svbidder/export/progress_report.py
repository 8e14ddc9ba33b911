"""The delivery progress report for the council's contract manager, and a CSV.

The Word document follows what councils ask for in a social value return:
a cover, a summary table of what was committed against what was achieved to
date with each commitment's rating (in the Procurement Act's words, with the
rule stated), a section per commitment (period by period, what happened, the
evidence and any recovery action), case stories — only those whose consent is
recorded, or that hold no personal details — and what comes next period.

The CSV has one row per commitment and period, for councils that have their
own template. Both are written whole or not at all (``safe_write``) and
building them only reads the workspace.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.delivery.periods import FREQUENCY_LABELS, Period, describe_span
from ..core.delivery.plan import DeliveryError
from ..core.delivery.recording import evidence_for, shortfall
from ..core.delivery.status import (
    ContractStatus,
    contract_status,
    rating_rule,
)
from ..core.numbers import format_money, format_number
from ..core.storage.records import Organisation
from .options import ExportOptions
from .safe_write import ExportResult

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace
    from .docx_base import DocumentBuilder

CSV_HEADINGS = (
    "Tender reference", "Commitment id", "Commitment", "Unit", "Period number", "Period",
    "Period start", "Period end", "Target for the period", "Achieved", "Value per unit (£)",
    "Value achieved (£)", "Relates to this contract and period", "Evidence",
    "Where the proof is kept", "What happened", "Why it is behind", "Recovery action")


@dataclass
class ReportScope:
    """What a report covers: every period up to and including ``period``."""

    status: ContractStatus
    period: Period
    following: Period | None


def report_scope(ws: Workspace, bid_id: int, *, period: int | None = None,
                 today: date | None = None) -> ReportScope:
    """The period to report on: ``period`` (numbered from 1), or else the latest that
    has ended by ``today`` (the first, before any has ended). Figures to date are as
    at the end of that period."""
    today = today or date.today()
    first = contract_status(ws, bid_id, today)
    periods = first.periods
    if period is not None:
        if not 1 <= period <= len(periods):
            raise DeliveryError(f"There is no period {period}: this contract has periods 1 "
                                f"to {len(periods)}.")
        chosen = periods[period - 1]
    else:
        ended = [p for p in periods if p.end < today]
        chosen = ended[-1] if ended else periods[0]
    status = contract_status(ws, bid_id, chosen.end, up_to=chosen.number)
    following = periods[chosen.number] if chosen.number < len(periods) else None
    return ReportScope(status, chosen, following)


# ---------------------------------------------------------------------- CSV

def progress_csv(ws: Workspace, scope: ReportScope) -> str:
    """Commitment × period rows, up to the report's period, as CSV text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADINGS)
    reference = scope.status.bid.reference
    for item in scope.status.commitments:
        c = item.commitment
        for row in item.rows:
            if row.period_number > scope.period.number:
                break
            value = None if row.achieved is None or c.value_per_unit is None \
                else row.achieved * c.value_per_unit
            evidence = "; ".join(e.title for e in evidence_for(ws, row.saved_id)
                                 if not (e.personal_data and not e.consent_recorded))
            writer.writerow([
                reference, c.id, c.measure_text, c.unit, row.period_number, row.period_label,
                row.period_start, row.period_end, format_number(row.planned),
                format_number(row.achieved), format_number(c.value_per_unit),
                format_number(round(value, 2)) if value is not None else "",
                "Yes" if row.confirmed else "No", evidence, row.evidence_note, row.note,
                row.shortfall_reason, row.recovery_action])
    return buffer.getvalue()


# --------------------------------------------------------------------- Word

def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _cover(builder: DocumentBuilder, ws: Workspace, scope: ReportScope, today: date) -> None:
    status = scope.status
    bid, contract = status.bid, status.contract
    organisation = ws.get(Organisation, 1)
    builder.paragraph("Social value progress report", builder.title)
    builder.paragraph(f"{bid.contract_title.strip() or bid.reference}\n{scope.period.label}",
                      builder.subtitle)
    rows = [
        ("Provider", organisation.name),
        ("Buyer", bid.buyer),
        ("Contract", bid.contract_title),
        ("Tender reference", bid.reference),
        ("Contract dates", describe_span(status.periods[0].start, status.periods[-1].end)),
        ("Reporting", FREQUENCY_LABELS.get(contract.frequency, contract.frequency)),
        ("This report covers", f"{scope.period.label}, with figures to date"),
        ("Date of report", _long(today)),
    ]
    table = builder.table([(k, v) for k, v in rows if (v or "").strip()], widths_mm=(45, 115),
                          header=False, borders=False, caption="Report details")
    for row in table.rows:
        row.cells[0].paragraphs[0].style = builder.cover_label
        row.cells[1].paragraphs[0].style = builder.cover_value


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if value == 1 and unit.endswith("s") and not unit.endswith("ss") and " " not in unit:
        unit = unit[:-1]  # "1 walk", not "1 walks"
    return f"{format_number(value)} {unit}".strip()


def _summary(builder: DocumentBuilder, scope: ReportScope) -> None:
    status = scope.status
    heading = builder.heading("Summary: committed and achieved to date", 1)
    heading.paragraph_format.page_break_before = True
    builder.paragraph(f"Figures are to the end of {scope.period.name.lower()} "
                      f"({_long(scope.period.end)}). {rating_rule(status.contract)}")
    valued = any(c.commitment.value_per_unit is not None for c in status.commitments)
    rows: list[list[str]] = [["Commitment", "Over the contract", "Due to date",
                              "Achieved to date", "Rating", "Forecast"]]
    widths = [48, 24, 22, 26, 28, 22]
    if valued:
        rows[0].append("Value to date")
        widths = [38, 20, 19, 24, 27, 20, 22]
    for item in status.commitments:
        unit = item.commitment.unit.strip()
        percent = item.percent
        achieved = _amount(item.achieved_to_date, unit)
        if percent is not None:
            achieved += f" ({percent:.0f}%)"
        row = [item.commitment.measure_text.strip(), _amount(item.target, unit),
               _amount(item.profiled_to_date, unit), achieved,
               item.rating, _amount(item.forecast, unit)]
        if valued:
            row.append(format_money(item.value_to_date) if item.value_to_date is not None
                       else "No value set")
        rows.append(row)
    builder.table(rows, widths_mm=widths, caption="Commitments against achievements to date")
    total = status.value_to_date
    if total is not None:
        builder.paragraph(f"Value delivered to date, using only the buyer's own values per "
                          f"unit: {format_money(total)}. Commitments without a value per unit "
                          "from the buyer are not given one.", builder.note)


def _commitment_section(builder: DocumentBuilder, ws: Workspace, scope: ReportScope,
                        number: int, item: Any, warnings: list[str]) -> None:
    c = item.commitment
    unit = c.unit.strip()
    builder.heading(f"{number}. {c.measure_text.strip() or 'Commitment'}", 2)
    facts = [f"Rating to date: {item.rating}",
             item.progress_text()]
    if c.evidence_method.strip():
        facts.append(f"Evidence we said we would keep: {c.evidence_method.strip()}")
    for fact in facts:
        builder.paragraph(fact, builder.bullet)
    rows = [["Period", "Target", "Achieved", "Confirmed"]]
    shown = [r for r in item.rows if r.period_number <= scope.period.number]
    for row in shown:
        rows.append([row.period_label, _amount(row.planned, unit),
                     "Not recorded" if row.achieved is None else _amount(row.achieved, unit),
                     "Yes" if row.confirmed else "Not yet"])
    builder.table(rows, widths_mm=(70, 30, 35, 25), caption=f"Delivery of {c.measure_text}")
    current = next((r for r in shown if r.period_number == scope.period.number), None)
    if current is not None:
        if current.note.strip():
            builder.paragraph("What happened this period", builder.heading3)
            builder.paragraph(current.note.strip())
        # a story with personal details and no consent is not named anywhere in it
        items = [e for e in evidence_for(ws, current.id)
                 if not (e.personal_data and not e.consent_recorded)]
        if items or current.evidence_note.strip():
            builder.paragraph("Evidence", builder.heading3)
            for evidence in items:
                builder.paragraph(evidence.title.strip(), builder.bullet)
            if current.evidence_note.strip():
                builder.paragraph(f"Where the proof is kept: {current.evidence_note.strip()}",
                                  builder.bullet)
    behind = [r for r in shown if shortfall(r) > 0 or r.recovery_action.strip()]
    if behind:
        builder.paragraph("Shortfall and recovery", builder.heading3)
        for row in behind:
            gap = shortfall(row)
            text = f"{row.period_label}: "
            text += f"{format_number(gap)} {unit} below target. ".replace("  ", " ") if gap \
                else ""
            if row.shortfall_reason.strip():
                text += f"Why: {row.shortfall_reason.strip()} "
            text += (f"What we are doing: {row.recovery_action.strip()}"
                     if row.recovery_action.strip() else "No recovery action recorded yet.")
            builder.paragraph(text.strip(), builder.bullet)
            if gap and not row.recovery_action.strip():
                warnings.append(f"“{c.measure_text.strip()}” is behind in "
                                f"{row.period_label} with no recovery action recorded.")


def _stories(builder: DocumentBuilder, ws: Workspace, scope: ReportScope,
             warnings: list[str]) -> None:
    seen: dict[int, Any] = {}
    for item in scope.status.commitments:
        for row in item.rows:
            if row.period_number <= scope.period.number:
                for evidence in evidence_for(ws, row.saved_id):
                    if evidence.kind in ("story", "quote"):
                        seen.setdefault(evidence.saved_id, evidence)
    if not seen:
        return
    builder.heading("Case stories", 1)
    shown = 0
    for evidence in seen.values():
        if evidence.personal_data and not evidence.consent_recorded:
            warnings.append(f"“{evidence.title.strip()}” was left out of the report: it has "
                            "personal details and no consent is recorded.")
            continue
        builder.paragraph(evidence.title.strip(), builder.heading3)
        for paragraph in [p for p in evidence.body.split("\n") if p.strip()]:
            builder.paragraph(paragraph.strip())
        if evidence.personal_data:
            builder.paragraph("Consent to share this story is recorded.", builder.note)
        shown += 1
    if not shown:
        builder.paragraph("The stories linked to this period are left out because consent to "
                          "share them is not recorded.", builder.note)


def _next_period(builder: DocumentBuilder, scope: ReportScope) -> None:
    builder.heading("Next period", 1)
    following = scope.following
    if following is None:
        builder.paragraph("This is the last period of the contract.")
        return
    builder.paragraph(f"{following.label}. Targets for the period, and recovery actions "
                      "carried forward:")
    rows = [["Commitment", "Target for the period", "Recovery action carried forward"]]
    for item in scope.status.commitments:
        unit = item.commitment.unit.strip()
        planned = next((r.planned for r in item.rows if r.period_number == following.number),
                       None)
        actions = [r.recovery_action.strip() for r in item.rows
                   if r.period_number <= scope.period.number and r.recovery_action.strip()]
        rows.append([item.commitment.measure_text.strip(), _amount(planned, unit),
                     actions[-1] if actions else ""])
    builder.table(rows, widths_mm=(60, 30, 80), caption="Targets for the next period")


def _confirmation(builder: DocumentBuilder, scope: ReportScope, warnings: list[str]) -> None:
    unconfirmed = [(item, r) for item in scope.status.commitments for r in item.rows
                   if r.period_number <= scope.period.number and r.achieved is not None
                   and not r.confirmed]
    missing = [(item, n) for item in scope.status.commitments for n in item.periods_missing
               if n <= scope.period.number]
    builder.heading("Confirmation", 1)
    if not unconfirmed and not missing:
        builder.paragraph("We confirm that every figure in this report relates to this "
                          "contract, to the period shown, and to a commitment in the "
                          "contract.")
        return
    builder.paragraph("Not every figure is confirmed yet:")
    for item, row in unconfirmed:
        builder.paragraph(f"{item.commitment.measure_text.strip()}, {row.period_label}: not "
                          "yet confirmed as relating to this contract and period.",
                          builder.bullet)
    for item, number in missing:
        builder.paragraph(f"{item.commitment.measure_text.strip()}, period {number}: no "
                          "figure recorded.", builder.bullet)
    if unconfirmed:
        warnings.append(f"{len(unconfirmed)} figure(s) are not confirmed as relating to this "
                        "contract and period.")
    if missing:
        warnings.append(f"{len(missing)} period(s) due have no figure recorded.")


def _build(ws: Workspace, scope: ReportScope, options: ExportOptions | None,
           today: date) -> tuple[DocumentBuilder, list[str]]:
    from .docx_base import DocumentBuilder

    options = (options or ExportOptions()).checked()
    builder = DocumentBuilder(options)
    organisation = ws.get(Organisation, 1)
    bid = scope.status.bid
    builder.set_properties(title=f"Social value progress report: {bid.reference}",
                           author=organisation.name or "svbidder",
                           subject=bid.contract_title or bid.buyer,
                           keywords="social value; progress report")
    builder.header_footer(organisation.name or "",
                          f"{bid.reference} · {scope.period.name}".strip(" ·"))
    warnings: list[str] = []
    _cover(builder, ws, scope, today)
    _summary(builder, scope)
    if not scope.status.commitments:
        builder.paragraph("This contract has no commitments in its delivery plan.",
                          builder.note)
        warnings.append("This contract has no commitments in its delivery plan.")
    builder.heading("Each commitment", 1)
    for number, item in enumerate(scope.status.commitments, start=1):
        _commitment_section(builder, ws, scope, number, item, warnings)
    _stories(builder, ws, scope, warnings)
    _next_period(builder, scope)
    _confirmation(builder, scope, warnings)
    return builder, warnings


def build_progress_report(ws: Workspace, bid_id: int, options: ExportOptions | None = None,
                          *, period: int | None = None, today: date | None = None) -> Any:
    """The report as a python-docx ``Document`` (nothing is written)."""
    today = today or date.today()
    scope = report_scope(ws, bid_id, period=period, today=today)
    return _build(ws, scope, options, today)[0].document


def export_progress_report(ws: Workspace, bid_id: int, path: Path | str,
                           options: ExportOptions | None = None, *, period: int | None = None,
                           today: date | None = None) -> ExportResult:
    """Write the report: a Word document, or CSV rows when ``path`` ends in .csv."""
    from .safe_write import write_document, write_text

    today = today or date.today()
    scope = report_scope(ws, bid_id, period=period, today=today)
    if str(path).lower().endswith(".csv"):
        written = write_text(path, progress_csv(ws, scope))
        return ExportResult(written, None, [])
    builder, warnings = _build(ws, scope, options, today)
    pages = builder.estimate_pages()
    written = write_document(path, builder.document)
    return ExportResult(written, round(pages, 1), warnings)
