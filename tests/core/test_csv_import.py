"""Importing activities from CSV: good files, bad rows and garbage."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svbidder.core.organisation.activities import add_activity, all_activities
from svbidder.core.organisation.csv_import import (
    MAX_ROWS,
    CsvPreview,
    CsvRow,
    RowError,
    import_activities,
    match_heading,
    parse_activities_csv,
)
from svbidder.core.storage.records import Activity
from svbidder.core.storage.workspace import Workspace

GOOD = (
    "Title,Description,Who benefits,How many,Area,Delivered by,Outcomes,Tags\r\n"
    "Community café,\"Hot lunches, pay as you feel\",Older people,120 people a year,"
    "Millbrook,Volunteers,\"“I talk to people again”\",\"food; isolation\"\r\n"
    "Youth club,Two evenings a week,Young people aged 11-18,40 sessions a year,"
    "Eastfield,Youth worker,,young people\r\n"
)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "w.svbid")
    try:
        yield workspace
    finally:
        workspace.close()


def titles(preview: CsvPreview) -> list[str]:
    return [row.activity.title for row in preview.rows]


def messages(preview: CsvPreview) -> list[str]:
    return [error.message for error in preview.errors]


# ---------------------------------------------------------------- good files

def test_good_file_reads_every_column() -> None:
    preview = parse_activities_csv(GOOD.encode("utf-8"))
    assert preview.errors == []
    assert titles(preview) == ["Community café", "Youth club"]
    cafe = preview.rows[0].activity
    assert cafe.description == "Hot lunches, pay as you feel"
    assert cafe.beneficiaries == "Older people"
    assert (cafe.volume_amount, cafe.volume_unit, cafe.volume_period) == (
        120.0, "people", "year")
    assert cafe.area == "Millbrook" and cafe.delivered_by == "Volunteers"
    assert cafe.outcomes_text == "“I talk to people again”"
    assert cafe.tags == "food, isolation"
    assert cafe.id is None
    assert [row.line for row in preview.rows] == [2, 3]
    assert preview.columns_found == {
        "title": "Title", "description": "Description", "beneficiaries": "Who benefits",
        "volume": "How many", "area": "Area", "delivered_by": "Delivered by",
        "outcomes_text": "Outcomes", "tags": "Tags"}
    assert preview.delimiter == "," and preview.encoding == "UTF-8"
    assert preview.ok and preview.summary() == "2 activities ready to import."


def test_text_input_is_accepted() -> None:
    assert titles(parse_activities_csv(GOOD)) == ["Community café", "Youth club"]


@pytest.mark.parametrize("encoding, name", [
    ("utf-8-sig", "UTF-8"),
    ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16"),
    ("utf-16-le", "UTF-16"),
    ("utf-16-be", "UTF-16"),
])
def test_encodings(encoding: str, name: str) -> None:
    text = "Title,How many\nCafé – lunches £3,120 people\nGŵyl,5\n"
    if encoding == "cp1252":
        text = text.replace("Gŵyl", "Gwyl")  # ŵ is not in Windows-1252
    preview = parse_activities_csv(text.encode(encoding))
    assert preview.encoding == name
    assert titles(preview)[0] == "Café – lunches £3"
    assert preview.rows[0].activity.volume_amount == 120
    assert not any("Title" in t for t in titles(preview))  # the BOM did not spoil the heading


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(delimiter: str) -> None:
    text = delimiter.join(["Name", "Who benefits", "Amount"]) + "\n" + delimiter.join(
        ["Pantry", "Families, carers", "183 households"]) + "\n"
    if delimiter == ",":
        text = text.replace("Families, carers", '"Families, carers"')
    preview = parse_activities_csv(text)
    assert preview.delimiter == delimiter
    assert preview.errors == []
    activity = preview.rows[0].activity
    assert (activity.title, activity.beneficiaries, activity.volume_unit) == (
        "Pantry", "Families, carers", "households")


def test_excel_sep_line() -> None:
    preview = parse_activities_csv("sep=;\nActivity;Volume\nCafé;12\n")
    assert preview.delimiter == ";"
    assert titles(preview) == ["Café"]
    assert preview.rows[0].line == 3


@pytest.mark.parametrize("heading, key", [
    ("Name", "title"), ("ACTIVITY", "title"), ("Activity name (required)", "title"),
    ("Who benefits?", "beneficiaries"), ("How many", "volume"), ("amount", "volume"),
    ("Enw", "title"), ("Who delivers it", "delivered_by"), ("Keywords", "tags"),
    ("The difference it makes", "outcomes_text"), ("How often", "volume_period"),
    ("Colour", None), ("", None),
])
def test_match_heading(heading: str, key: str | None) -> None:
    assert match_heading(heading) == key


def test_separate_unit_and_period_columns() -> None:
    preview = parse_activities_csv("Title,Number,Unit,Period\nCafé,1200,meals,per week\n")
    activity = preview.rows[0].activity
    assert (activity.volume_amount, activity.volume_unit, activity.volume_period) == (
        1200, "meals", "week")


def test_unknown_columns_are_listed() -> None:
    preview = parse_activities_csv("Title,Budget,Colour\nCafé,£3000,red\n")
    assert preview.ignored_columns == ["Budget", "Colour"]
    assert titles(preview) == ["Café"]


def test_multiline_cells_blank_lines_and_line_numbers() -> None:
    text = ('Title,Description\n'
            '\n'
            'Café,"First line\nsecond line\nthird line"\n'
            '\n'
            ',,\n'
            'Pantry,Food\n'
            ',No title here\n')
    preview = parse_activities_csv(text)
    assert titles(preview) == ["Café", "Pantry"]
    assert preview.rows[0].activity.description == "First line\nsecond line\nthird line"
    assert [row.line for row in preview.rows] == [3, 8]
    assert messages(preview) == ["Line 9: there is no title, so this row was left out."]
    assert preview.errors[0].line == 9


def test_title_lines_above_the_headings_are_skipped() -> None:
    text = "Our activities 2026\n\nTitle,How many\nCafé,12\n"
    preview = parse_activities_csv(text)
    assert titles(preview) == ["Café"]
    assert preview.rows[0].line == 4


def test_rows_with_too_many_or_too_few_cells() -> None:
    text = "Title,Description,How many\nCafé,Lunches,12,oops,more\nPantry\nClub,Fun,3,,\n"
    preview = parse_activities_csv(text)
    assert titles(preview) == ["Café", "Pantry", "Club"]
    assert preview.rows[1].activity.description == ""
    assert len(preview.errors) == 1
    assert preview.errors[0].line == 2
    assert preview.errors[0].message.startswith(
        "Line 2 has 5 cells but there are only 3 column headings, so the last 2 cells")
    assert "double quotes" in preview.errors[0].message


def test_bad_volume_keeps_the_row() -> None:
    preview = parse_activities_csv("Title,How many\nCafé,lots\nPantry,3,5\n")
    assert titles(preview) == ["Café", "Pantry"]
    assert preview.rows[0].activity.volume_amount is None
    assert messages(preview)[0].startswith("Line 2: “lots” does not start with a number")
    assert "the rest of the row was kept" in messages(preview)[0]


def test_excel_text_formula_cells() -> None:
    preview = parse_activities_csv('Title,How many\n"=""007 Club""",12\n')
    assert titles(preview) == ["007 Club"]


# ------------------------------------------------------------------ bad files

def only_error(preview: CsvPreview) -> RowError:
    assert preview.rows == []
    assert len(preview.errors) == 1
    return preview.errors[0]


def test_no_recognisable_header() -> None:
    error = only_error(parse_activities_csv("Community café,120 people\nPantry,80\n"))
    assert error.line == 0
    assert error.message.startswith("No column headings were found")


def test_headings_without_a_title_column() -> None:
    error = only_error(parse_activities_csv("Description,How many\nLunches,12\n"))
    assert "“Description”, “How many”" in error.message
    assert "Title" in error.message


@pytest.mark.parametrize("data, phrase", [
    (b"", "empty"),
    (b"\n\n  \n", "empty"),
    (b"PK\x03\x04\x14\x00rest of a zip", "Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "older Office file"),
    (b"%PDF-1.7\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "picture"),
    (b"SQLite format 3\x00", "database"),
    (bytes(range(256)) * 20, "does not look like a spreadsheet"),
    (b"Title\n\x00\x00\x00\x01\x02", "does not look like a spreadsheet"),
])
def test_not_csv(data: bytes, phrase: str) -> None:
    assert phrase in only_error(parse_activities_csv(data)).message


def test_headings_but_no_rows() -> None:
    assert "no rows" in only_error(parse_activities_csv("Title,Description\n\n")).message


def test_unclosed_quote_reads_what_it_can() -> None:
    preview = parse_activities_csv('Title,Description\nCafé,fine\nPantry,"never closed\n')
    assert titles(preview)[0] == "Café"


def test_huge_file_is_capped() -> None:
    lines = ["Title,How many"] + [f"Activity {n},{n}" for n in range(MAX_ROWS + 50)]
    preview = parse_activities_csv("\n".join(lines))
    assert len(preview.rows) == MAX_ROWS
    assert preview.rows[-1].activity.title == f"Activity {MAX_ROWS - 1}"
    assert len(preview.errors) == 1
    assert "more than 5,000 rows" in preview.errors[0].message
    assert preview.errors[0].line == MAX_ROWS + 2


def test_many_bad_rows_are_summarised() -> None:
    lines = ["Title,Description"] + [",no title"] * 500
    preview = parse_activities_csv("\n".join(lines))
    assert len(preview.errors) == 201
    assert preview.errors[-1].message == "…and 300 more problems not listed."


def test_very_long_cell_does_not_crash() -> None:
    preview = parse_activities_csv("Title,Description\nCafé,\"" + "x" * 200_000 + "\"\n")
    assert preview.errors  # reported, not raised


# --------------------------------------------------------------------- fuzzing

def read_without_the_safety_net(data: bytes | str) -> CsvPreview:
    """``parse_activities_csv``, failing the test if its last guard caught a crash.

    The guard turns any exception into a "(Details: …)" message, so without
    this check a fuzz test could not tell a plain message from a bug.
    """
    preview = parse_activities_csv(data)
    assert [e.message for e in preview.errors if "(Details:" in e.message] == []
    assert all(error.message.strip() for error in preview.errors)
    assert all(row.activity.title.strip() for row in preview.rows)
    return preview


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_rows_or_a_plain_message(data: bytes) -> None:
    preview = read_without_the_safety_net(data)
    assert preview.rows or preview.errors


@settings(max_examples=200)
@given(st.text(max_size=500))
def test_arbitrary_text_gives_rows_or_a_plain_message(text: str) -> None:
    preview = read_without_the_safety_net(text)
    assert preview.rows or preview.errors


@settings(max_examples=200)
@given(st.binary(max_size=500))
def test_anything_after_a_good_header_is_read_without_crashing(data: bytes) -> None:
    preview = read_without_the_safety_net(b"Title,Description,How many\r\n" + data)
    assert preview.columns_found.get("title") == "Title" or preview.errors


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn")),
    max_size=30)


@settings(max_examples=150)
@given(st.lists(st.tuples(cell_text, cell_text), max_size=15),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_round_trip_through_csv_writer(rows: list[tuple[str, str]], delimiter: str,
                                       encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Title", "Description"])
    writer.writerows(rows)
    preview = parse_activities_csv(buffer.getvalue().encode(encoding))
    expected = [" ".join(title.split()) for title, description in rows
                if title.strip() or description.strip()]
    assert titles(preview) == [title for title in expected if title]


# ---------------------------------------------------------------------- import

def test_import_appends_in_one_undo_step(ws: Workspace) -> None:
    add_activity(ws, title="Existing")
    preview = parse_activities_csv(GOOD)
    added = import_activities(ws, preview.rows)
    assert [a.title for a in added] == ["Community café", "Youth club"]
    assert [(a.title, a.position) for a in all_activities(ws)] == [
        ("Existing", 0), ("Community café", 1), ("Youth club", 2)]
    assert all(a.id is not None and a.created_at for a in added)
    assert ws.history.undo_label() == "Import 2 activities"
    ws.undo()
    assert [a.title for a in all_activities(ws)] == ["Existing"]
    ws.redo()
    assert len(all_activities(ws)) == 3


def test_import_accepts_activities_and_nothing(ws: Workspace) -> None:
    assert import_activities(ws, []) == []
    assert ws.history.undo_label() is None
    added = import_activities(ws, [CsvRow(2, Activity(title="A")), Activity(title="B")])
    assert [a.position for a in added] == [0, 1]
    assert ws.history.undo_label() == "Import 2 activities"


def test_import_a_thousand_rows(ws: Workspace) -> None:
    lines = ["Title,How many"] + [f"Activity {n},{n} people" for n in range(1000)]
    added = import_activities(ws, parse_activities_csv("\n".join(lines)).rows)
    assert len(added) == 1000
    assert all_activities(ws)[-1].position == 999
