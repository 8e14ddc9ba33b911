"""The delivery progress report (Word) and CSV, on the example's won contract."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from svbidder.core.delivery.plan import DeliveryError, plan_rows, planned_commitments
from svbidder.core.delivery.recording import record_delivery
from svbidder.core.storage.records import Bid, Commitment
from svbidder.export.progress_report import (
    CSV_HEADINGS,
    build_progress_report,
    export_progress_report,
)

from .helpers import TODAY, table_rows

WON = "ABC/2025/009"


def won_bid(ws) -> Bid:
    return next(b for b in ws.find(Bid) if b.reference == WON)


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_the_report_reads_back_with_every_section(example):
    bid = won_bid(example)
    document = build_progress_report(example, bid.id, today=TODAY)
    paragraphs = texts(document)
    assert paragraphs[0] == "Social value progress report"
    assert paragraphs[1].startswith("Eastfield Good Neighbours Service\nQuarter 2 (")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Summary: committed and achieved to date", "Each commitment",
                        "Case stories", "Next period", "Confirmation"]
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Provider"] == "Millbrook Community Hub" and cover["Tender reference"] == WON
    summary = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert summary[0] == ["Commitment", "Over the contract", "Due to date",
                          "Achieved to date", "Rating", "Forecast", "Value to date"]
    walks = next(row for row in summary if row[0].startswith("Health walks"))
    assert walks[1:6] == ["96 walks", "24 walks", "19 walks (79%)", "Requires improvement",
                          "76 walks"]
    assert walks[6] == "No value set"  # never a value the buyer did not give
    hours = next(row for row in summary if row[0].startswith("Volunteering hours"))
    assert hours[6] == "£7,644"
    assert any("Two volunteers finish walk leader training" in p for p in paragraphs)
    assert any(p.startswith("Where the proof is kept: Walk registers") for p in paragraphs)
    assert "Ratings compare what you achieved" in " ".join(paragraphs)
    # the confirmation is only given when every figure is confirmed
    assert any(p.startswith("We confirm that every figure") for p in paragraphs)


def test_stories_without_consent_are_left_out_and_warned(example, tmp_path):
    bid = won_bid(example)
    result = export_progress_report(example, bid.id, tmp_path / "report.docx", today=TODAY)
    paragraphs = texts(docx.Document(str(result.path)))
    assert "Doreen's story: back at the lunch club" in paragraphs
    assert "Sam's story: from volunteer to kitchen job" not in paragraphs
    assert any("Sam's story" in w and "no consent" in w for w in result.warnings)


def test_a_missing_or_unconfirmed_figure_is_reported_not_hidden(example):
    bid = won_bid(example)
    first = planned_commitments(example, bid.id)[0]
    row = plan_rows(example, first.id)[1]
    record_delivery(example, row.id, confirmed=False)
    paragraphs = texts(build_progress_report(example, bid.id, period=3, today=TODAY))
    assert "Not every figure is confirmed yet:" in paragraphs
    assert any(p.endswith("period 3: no figure recorded.") for p in paragraphs)
    assert any("Quarter 2" in p and "not yet confirmed" in p for p in paragraphs)


def test_csv_has_a_row_per_commitment_and_period(example, tmp_path):
    bid = won_bid(example)
    before = table_rows(example.path)
    result = export_progress_report(example, bid.id, tmp_path / "delivery.csv", period=2,
                                    today=TODAY)
    assert table_rows(example.path) == before  # exporting never changes the workspace
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_HEADINGS
    assert len(rows) == 1 + 4 * 2
    hours = [r for r in rows[1:] if r[2] == "Volunteering hours in Eastfield"]
    assert [(r[4], r[8], r[9], r[11], r[12]) for r in hours] == [
        ("1", "250", "255", "3,978", "Yes"), ("2", "250", "235", "3,666", "Yes")]


def test_an_unknown_period_is_refused(example, tmp_path):
    with pytest.raises(DeliveryError, match="no period 9"):
        export_progress_report(example, won_bid(example).id, tmp_path / "r.docx", period=9)
    assert not (tmp_path / "r.docx").exists()


def test_twenty_commitments_by_twelve_periods_is_quick(example, tmp_path):
    """The quality bar: a report for 20 commitments × 12 periods in under a second."""
    import time
    from datetime import date

    from svbidder.core.delivery.plan import mark_won
    from svbidder.core.writing.bids import add_bid
    from svbidder.core.writing.commitments import add_commitment

    bid = add_bid(example, reference="BIG/1", contract_title="Big contract")
    for number in range(20):
        add_commitment(example, bid.id, measure_text=f"Commitment {number}", target=120,
                       unit="people", timeframe="each year")
    mark_won(example, bid.id, date(2025, 1, 1), date(2027, 12, 31), "quarterly")
    for commitment in example.find(Commitment, bid_id=bid.id):
        for row in plan_rows(example, commitment.id):
            record_delivery(example, row.id, achieved=9, note="Delivered as planned.",
                            confirmed=True)
    started = time.perf_counter()
    result = export_progress_report(example, bid.id, tmp_path / "big.docx", period=12,
                                    today=TODAY)
    elapsed = time.perf_counter() - started
    assert result.path.exists() and elapsed < 1.0, elapsed


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_libreoffice_renders_the_report(example, tmp_path):
    from .test_libreoffice import convert, page_count

    result = export_progress_report(example, won_bid(example).id, tmp_path / "progress.docx",
                                    today=TODAY)
    pdf = convert([result.path], tmp_path)["progress"]
    pages = page_count(pdf)
    assert 3 <= pages <= 8
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert f"Page 2 of {pages}" in text
        assert "Requires improvement" in text and "Approaching target" in text


def test_openxml_audit_finds_nothing(example, tmp_path):
    pytest.importorskip("openxml_audit")
    from .test_validity import audit

    result = export_progress_report(example, won_bid(example).id, tmp_path / "progress.docx",
                                    today=TODAY)
    assert audit(Path(result.path)) == []
