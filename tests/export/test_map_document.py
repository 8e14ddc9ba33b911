"""The activity–priority map: confirmed links only, gaps shown."""

from __future__ import annotations

import docx

from svbidder.core.storage.records import Activity, Bid, Mapping, Outcome, Theme
from svbidder.export.map_document import NOT_COVERED, build_map_document, export_map_document

from .helpers import TODAY, reopen, table_rows


def rows_of(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_one_table_per_theme_with_confirmed_links_and_notes(example):
    bid = example.find(Bid)[0]
    document = reopen(build_map_document(example, bid.id, today=TODAY))
    themes = example.find(Theme, order_by="position, id", framework_id=bid.framework_id)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:len(themes)] == [f"{t.ref} {t.title}" for t in themes]
    assert len(document.tables) == len(themes)
    all_rows = [row for table in document.tables for row in rows_of(table)[1:]]
    assert rows_of(document.tables[0])[0] == ["Council outcome", "What we already do",
                                               "How it contributes"]
    confirmed = example.find(Mapping, status="confirmed")
    assert sum(1 for row in all_rows if row[1] != NOT_COVERED) == len(confirmed)
    notes = {row[2] for row in all_rows}
    for mapping in confirmed:
        assert mapping.note.strip() in notes
    assert any(row[1] == "Millbrook Friends befriending (85 older people a year)"
               for row in all_rows)


def test_rejected_and_suggested_links_are_left_out(example):
    bid = example.find(Bid)[0]
    outcomes = {o.ref: o for o in example.find(Outcome)}
    youth = outcomes["1.3"]  # the example rejects "Next Step" here
    park = example.find(Activity, title="Walk and talk group")[0]
    example.add(Mapping(activity_id=park.id, outcome_id=outcomes["4.3"].id,
                        status="suggested", reason="walks in green spaces"))
    document = reopen(build_map_document(example, bid.id, today=TODAY))
    rows = [row for table in document.tables for row in rows_of(table)[1:]]
    youth_row = next(row for row in rows if row[0].startswith(f"1.3 {youth.title}"))
    assert youth_row[1] == NOT_COVERED
    green = next(row for row in rows if row[0].startswith("4.3"))
    assert green[1] == NOT_COVERED


def test_an_outcome_with_several_activities_spans_their_rows(example):
    bid = example.find(Bid)[0]
    document = reopen(build_map_document(example, bid.id, today=TODAY))
    table = next(t for t in document.tables if any(
        row.cells[0].text.startswith("3.1") for row in t.rows))
    spans = [row._tr.tc_lst[0].vMerge for row in table.rows[1:]]
    assert "restart" in spans and "continue" in spans


def test_unlinked_activities_are_listed(example):
    bid = example.find(Bid)[0]
    example.add(Activity(title="Repair café", position=99))
    document = reopen(build_map_document(example, bid.id, today=TODAY))
    texts = [p.text for p in document.paragraphs]
    assert "Activities not linked to these priorities" in texts
    assert "Repair café" in texts


def test_nothing_to_map_is_explained(example, tmp_path):
    bid = example.add(Bid(reference="NEW/2", buyer="Someone"))
    for mapping in example.find(Mapping):
        example.delete(Mapping, mapping.id)
    result = export_map_document(example, bid.id, tmp_path / "map.docx", today=TODAY)
    assert any("No priorities to map against" in w for w in result.warnings)
    assert docx.Document(str(result.path)).paragraphs


def test_header_footer_on_every_page(example):
    bid = example.find(Bid)[0]
    document = reopen(build_map_document(example, bid.id, today=TODAY))
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    assert section.header.paragraphs[0].text.startswith("Millbrook Community Hub")


def test_exporting_the_map_never_changes_the_workspace(example, tmp_path):
    bid = example.find(Bid)[0]
    before = table_rows(example.path)
    export_map_document(example, bid.id, tmp_path / "map.docx")
    assert table_rows(example.path) == before
