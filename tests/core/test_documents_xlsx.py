"""Spreadsheets through the one document reader, and measure lists into the priorities
importer (issue 16 item 4)."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from svbidder.core.documents import DocumentError, Limits, Table, read_document_bytes
from svbidder.core.priorities.frameworks import framework_tree, install_framework
from svbidder.core.priorities.importing import PrioritiesImportError, parse_priorities_file
from svbidder.core.priorities.importing.measure_list import find_columns

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def workbook(sheets: dict[str, str], strings: list[str] = (), extra: dict | None = None) -> bytes:
    """A workbook with ``sheets`` (name -> sheetData XML) and shared ``strings``."""
    out = io.BytesIO()
    rels = "".join(f'<Relationship Id="rId{i}" Type="{R}/worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    listed = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, name in enumerate(sheets, start=1))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{S}" xmlns:r="{R}"><sheets>'
                                            f"{listed}</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.'
                         f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        if "xl/sharedStrings.xml" not in (extra or {}):
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{S}">' + "".join(
                f"<si><t>{text}</t></si>" for text in strings) + "</sst>")
        for i, data in enumerate(sheets.values(), start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml",
                             f'<worksheet xmlns="{S}"><sheetData>{data}</sheetData></worksheet>')
        for part, text in (extra or {}).items():
            archive.writestr(part, text)
    return out.getvalue()


def test_sheets_are_read_with_shared_and_inline_strings_numbers_and_gaps():
    data = workbook({"Intro": '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                     "Measures": '<row r="1"><c r="A1" t="s"><v>1</v></c>'
                                 '<c r="C1" t="inlineStr"><is><t>Unit</t></is></c></row>'
                                 '<row r="3"><c r="B3"><v>17.0</v></c>'
                                 '<c r="C3" t="b"><v>1</v></c></row>'},
                    ["Read me", "Measure"])
    document = read_document_bytes(data, "m.xlsx", accept=("xlsx",))
    assert document.kind == "xlsx"
    assert document.blocks == [Table(rows=(("Read me",),), name="Intro"),
                               Table(rows=(("Measure", "", "Unit"), ("", "17", "TRUE")),
                                     name="Measures")]


@pytest.mark.parametrize("header, expected", [
    (["Ref", "Theme", "Outcome", "Measure", "Units", "Proxy Value (£)"],
     {"theme": 1, "outcome": 2, "measure": 3, "unit": 4, "value": 5}),
    (["CATEGORY", "objective", "Indicator", "Unit of measure", "Value per unit"],
     {"theme": 0, "outcome": 1, "measure": 2, "unit": 3, "value": 4}),
    (["Priority area", "KPI description", "Measured in", "Financial proxy value £"],
     {"theme": 0, "measure": 1, "unit": 2, "value": 3}),
    (["Name", "Address", "Telephone"], {}),
])
def test_columns_are_found_by_their_names_and_synonyms(header, expected):
    assert find_columns(header) == expected


def test_a_measure_list_workbook_becomes_themes_outcomes_and_measures(workspace):
    result = parse_priorities_file(DOCS / "measures.xlsx")
    assert result.columns_used == {"theme": "Theme", "outcome": "Outcome",
                                   "measure": "Measure", "unit": "Units",
                                   "value": "Proxy Value (£)"}
    assert [t.title for t in result.themes] == [
        "Jobs: promote local skills and employment", "Social: healthier and safer communities",
        "Environment: decarbonising and safeguarding our world"]
    jobs = result.themes[0]
    assert [o.title for o in jobs.outcomes] == ["More local people in work",
                                                "Young people ready for work"]
    first = jobs.outcomes[0].measures[0]
    assert (first.name, first.unit, first.value_per_unit) == (
        "Local people employed on the contract", "no. people FTE", 25000.0)
    framework = install_framework(workspace, result.to_framework_data())
    back = framework_tree(workspace, framework.id)
    assert back.themes[0].outcomes[0].measures[1].value_per_unit == 220.5


def test_the_csv_twin_gives_the_same_framework():
    from_csv = parse_priorities_file(DOCS / "measures.csv")
    from_xlsx = parse_priorities_file(DOCS / "measures.xlsx")
    assert from_csv.to_dict() == from_xlsx.to_dict()
    assert from_csv.columns_used == from_xlsx.columns_used


def test_blank_cells_repeat_the_one_above_and_semicolons_are_read(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Council measures\n\nCategory;Objective;KPI;Unit\n"
                    "Jobs;Local work;Local people employed;people\n"
                    ";;Apprenticeships;weeks\n"
                    ";Skills;Training hours;hours\n", encoding="utf-8")
    result = parse_priorities_file(path)
    assert [(t.title, [(o.title, [m.name for m in o.measures]) for o in t.outcomes])
            for t in result.themes] == [
        ("Jobs", [("Local work", ["Local people employed", "Apprenticeships"]),
                  ("Skills", ["Training hours"])])]
    assert result.columns_used == {"theme": "Category", "outcome": "Objective",
                                   "measure": "KPI", "unit": "Unit"}


def test_a_workbook_without_measure_columns_gets_a_plain_message(tmp_path):
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(workbook({"Sheet1": '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'},
                              ["Name"]))
    with pytest.raises(PrioritiesImportError) as caught:
        parse_priorities_file(path)
    assert "no sheet has the columns of a measure list" in str(caught.value)
    assert "Nothing was changed." in str(caught.value) and "\n" not in str(caught.value)


def test_a_text_file_of_priorities_is_not_taken_for_a_measure_list(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Priority 1 – Jobs, skills, and training\n- Local jobs\n", encoding="utf-8")
    result = parse_priorities_file(path)
    assert result.columns_used == {} and result.themes


def test_hostile_workbooks_are_refused_quickly():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (60 * 1024 * 1024))
    start = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        read_document_bytes(bomb.getvalue(), "big.xlsx", accept=("xlsx",))
    assert caught.value.kind == "bomb" and time.monotonic() - start < 2
    laughs = workbook({"S": ""}, extra={"xl/sharedStrings.xml":
                                        '<!DOCTYPE x [<!ENTITY a "aaaa">]><sst>&a;</sst>'})
    with pytest.raises(DocumentError) as caught:
        read_document_bytes(laughs, "laughs.xlsx", accept=("xlsx",))
    assert caught.value.kind == "unsafe-xml"
    with pytest.raises(DocumentError) as caught:
        read_document_bytes(workbook({}), "empty.xlsx", accept=("xlsx",))
    assert caught.value.kind == "damaged-xlsx"
    many_rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 30000))
    document = read_document_bytes(workbook({"S": many_rows}), "rows.xlsx", accept=("xlsx",),
                                   limits=Limits())
    assert len(document.blocks[0].rows) == 20_000


def test_the_command_line_prints_the_columns_used_and_values(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "svbidder", "priorities", "import",
                           str(DOCS / "measures.xlsx"), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["columns_used"]["value"] == "Proxy Value (£)"
    measure = data["themes"][0]["outcomes"][0]["measures"][0]
    assert measure == {"name": "Local people employed on the contract",
                       "unit": "no. people FTE", "value_per_unit": 25000.0}
    done = subprocess.run([sys.executable, "-m", "svbidder", "priorities", "import",
                           str(DOCS / "measures.csv")], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.startswith("Columns used: theme = “Theme”")
