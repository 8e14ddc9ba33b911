"""The social value offer on a page."""

from __future__ import annotations

import docx

from svbidder.core.storage.records import Bid, Commitment, Organisation, Outcome
from svbidder.export.offer import (
    build_offer,
    contributed_outcomes,
    export_offer,
    offer_fits,
    reporting_paragraphs,
    who_we_are,
)
from svbidder.export.options import ExportOptions

from .helpers import TODAY, reopen, table_rows


def texts(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_the_four_parts(filled):
    ws, bid_id = filled
    document = reopen(build_offer(ws, bid_id, today=TODAY))
    assert texts(document, "Title") == ["Our social value offer"]
    assert texts(document, "Heading 1") == [
        "Who we are", "Anytown Borough Council's priorities we contribute to",
        "Our commitments", "How we will report"]
    subtitle = texts(document, "Subtitle")[0]
    assert "Millbrook Community Hub" in subtitle and "ABC/2026/017" in subtitle
    assert "14 March 2026" in subtitle
    organisation = ws.get(Organisation, 1)
    body = [p.text for p in document.paragraphs]
    assert organisation.mission in body
    props = document.core_properties
    assert props.author == "Millbrook Community Hub" and props.language == "en-GB"


def test_priorities_are_the_bids_outcomes_with_our_activities(filled):
    ws, bid_id = filled
    document = reopen(build_offer(ws, bid_id, today=TODAY))
    bullets = texts(document, "List Bullet")
    assert any(b.startswith("Less loneliness and isolation") and "Millbrook Friends "
               "befriending" in b for b in bullets)
    first = next(p for p in document.paragraphs if p.style.name == "List Bullet")
    assert first.runs[0].bold  # the outcome stands out from the activities
    found = contributed_outcomes(ws, ws.get(Bid, bid_id))
    refs = [outcome.ref for _, outcome, _ in found]
    assert refs == sorted(refs, key=lambda r: [int(x) for x in r.split(".")])
    assert "3.1" in refs and "4.1" in refs  # linked to SV1 and SV3


def test_commitments_with_numbers(filled):
    ws, bid_id = filled
    document = reopen(build_offer(ws, bid_id, today=TODAY))
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[0] == ["What we will do", "How many", "By when"]
    assert rows[1] == ["Support older people living alone through befriending",
                       "100 older people", "each year of the contract"]
    assert len(rows) == 1 + len(ws.find(Commitment, bid_id=bid_id))


def test_reporting_paragraphs():
    bid = Bid(buyer="Anytown Borough Council")
    commitments = [Commitment(reporting_frequency="Quarterly", owner="Our manager",
                              evidence_method="Signed registers"),
                   Commitment(reporting_frequency="quarterly", evidence_method="Photos")]
    first, second = reporting_paragraphs(bid, commitments)
    assert first == ("We will report progress against every commitment to Anytown Borough "
                     "Council quarterly, with the evidence for each.")
    assert second == "Responsible: Our manager. Evidence we will keep: signed registers; photos."
    assert reporting_paragraphs(bid, [])[0].startswith("We will report progress")


def test_who_we_are():
    organisation = Organisation(name="X", legal_form="Registered charity",
                                charity_number="1234567", staff_count=1, volunteer_count=12,
                                mission="We help.", area_served="Anytown")
    assert who_we_are(organisation) == [
        "We help.", "Registered charity, charity number 1234567. 1 member of staff and 12 "
                    "volunteers. Serving Anytown."]
    assert who_we_are(Organisation(name="X")) == []


def test_the_example_fits_on_one_page(filled, tmp_path):
    ws, bid_id = filled
    fits, pages = offer_fits(ws, bid_id)
    assert fits and 0.5 < pages <= 1.0
    result = export_offer(ws, bid_id, tmp_path / "offer.docx", today=TODAY)
    assert result.warnings == []
    assert result.pages_estimate <= 1.0


def test_warns_when_it_would_not_fit(filled, tmp_path):
    ws, bid_id = filled
    outcome = ws.find(Outcome)[0]
    with ws.batch("More"):
        for number in range(12):
            ws.add(Commitment(bid_id=bid_id, position=10 + number, outcome_id=outcome.id,
                              measure_text=f"Another worthwhile commitment number {number}",
                              target=5, unit="people", timeframe="by March 2027"))
    result = export_offer(ws, bid_id, tmp_path / "offer.docx", ExportOptions(size_pt=12))
    assert result.pages_estimate > 1
    assert result.warnings[0].startswith("The offer would not fit on one A4 page at Arial 12 pt")
    assert docx.Document(str(result.path)).tables  # still written: the person decides


def test_empty_parts_are_explained(example, tmp_path):
    bid = example.add(Bid(reference="NEW/1", buyer="Someshire County Council",
                          contract_title="Library support"))
    result = export_offer(example, bid.id, tmp_path / "offer.docx", today=TODAY)
    assert any("no commitments" in w for w in result.warnings)
    assert any("No priorities are linked" in w for w in result.warnings)
    document = docx.Document(str(result.path))
    assert "Someshire County Council's priorities we contribute to" in texts(document,
                                                                               "Heading 1")


def test_exporting_the_offer_never_changes_the_workspace(filled, tmp_path):
    ws, bid_id = filled
    before = table_rows(ws.path)
    export_offer(ws, bid_id, tmp_path / "offer.docx")
    assert table_rows(ws.path) == before
