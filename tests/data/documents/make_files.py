"""Write the PDF and spreadsheet files the document reader's tests use.

Run with ``.venv/bin/python tests/data/documents/make_files.py`` (LibreOffice
is needed for the PDFs). The files are committed, so tests need no LibreOffice:

* ``tender.txt`` / ``tender.pdf`` — the example workspace's tender questions as
  a council would paste them and as a two-page PDF with a running header and a
  "Page N of M" footer (the splitter must find the same questions in both);
* ``fifty_pages.pdf`` — 50 pages of the priorities corpus's texts with
  headings, lists, a header, a footer and two-column pages, for the 2-second
  import budget;
* ``scanned.pdf`` — a page holding only a picture (as a scanner makes), no text;
* ``encrypted.pdf`` — ``tender.pdf`` with a password;
* ``measures.csv`` / ``measures.xlsx`` — a fictional council's TOMs-style measure
  list, and the same as a two-sheet workbook.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_SPEC = importlib.util.spec_from_file_location(
    "corpus_make_files", ROOT / "tests" / "data" / "priorities_corpus" / "make_files.py")
assert _SPEC is not None and _SPEC.loader is not None
_CORPUS = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = _CORPUS  # dataclasses look their module up there
_SPEC.loader.exec_module(_CORPUS)
# the corpus's layout helpers, and its LibreOffice step (a profile of its own, so the
# user's settings never change the PDFs)
_field, _set_fonts, print_pdf = _CORPUS._field, _CORPUS._set_fonts, _CORPUS.print_pdf
HEADER = "Anytown Borough Council – Community Wellbeing and Connection Service"


def tender_text() -> str:
    """The example tender's questions as they would be pasted from the council's pack."""
    tender = json.loads((ROOT / "svbidder/resources/example/tender.json").read_text("utf-8"))
    parts = [f"{tender['buyer']}", f"{tender['contract_title']} ({tender['reference']})", "",
             "Section 4: Social value questions", ""]
    for question in tender["questions"]:
        title, _, body = question["text"].partition("\n\n")
        parts += [f"{question['ref']} {title}", "", body, "", question["guidance"], ""]
    return "\n".join(parts)


def _furniture(document: Document, columns: int = 1) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    if columns > 1:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "567")


def build_tender(folder: Path) -> Path:
    text = tender_text()
    (folder / "tender.txt").write_text(text, "utf-8")
    document = Document()
    _set_fonts(document)
    _furniture(document)
    lines = text.split("\n")
    refs = {line.split(" ")[0] for line in lines if line[:2] == "SV"}
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if index < 2:
            document.add_heading(line, level=0 if index == 0 else 1)
        elif line.startswith("Section 4"):
            document.add_heading(line, level=1)
        elif line.split(" ")[0] in refs:
            document.add_heading(line, level=2)
        else:
            for part in line.split("\n"):
                document.add_paragraph(part)
    target = folder / "tender.docx"
    document.save(target)
    return target


def build_fifty_pages(folder: Path) -> Path:
    corpus = sorted((ROOT / "tests/data/priorities_corpus").glob("*/*/source.txt"))
    document = Document()
    _set_fonts(document)
    _furniture(document, columns=2)
    document.add_heading("Anytown Borough Council – Social Value Framework", level=0)
    round_number = 0
    while True:
        round_number += 1
        for source in corpus:
            document.add_heading(f"{source.parent.name.replace('-', ' ').title()} "
                                 f"({round_number})", level=1)
            for line in source.read_text("utf-8").splitlines():
                line = line.strip()
                if not line:
                    continue
                if line[:1] in "•-–" or line[:2].rstrip(".").isdigit():
                    document.add_paragraph(line.lstrip("•-– "), style="List Bullet")
                else:
                    document.add_paragraph(line)
        if round_number >= 3:
            break
    target = folder / "fifty_pages.docx"
    document.save(target)
    return target


def scanned_pdf(path: Path) -> None:
    """One A4 page holding only a grey 60x80 picture, as a scanner makes: no text at all."""
    pixels = zlib.compress(bytes((x * 3 + y) % 256 for y in range(80) for x in range(60)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /XObject /Subtype /Image /Width 60 /Height 80 /ColorSpace "
                   b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\n"
                   b"stream\n" % len(pixels) + pixels + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def encrypted_pdf(source: Path, target: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="council", owner_password="council-owner", algorithm="RC4-128")
    with open(target, "wb") as handle:
        writer.write(handle)


def first_pages(path: Path, count: int) -> None:
    """Keep the first ``count`` pages (the corpus texts fill a few more)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(path)
    writer = PdfWriter()
    for page in reader.pages[:count]:
        writer.add_page(page)
    with open(path, "wb") as handle:
        writer.write(handle)


# A fictional council's measure list in the shape of a TOMs-style calculator: the
# values are the fictional Anytown's own, for tests only, not real proxy values.
MEASURES = [
    ("Ref", "Theme", "Outcome", "Measure", "Units", "Proxy Value (£)"),
    ("AN1", "Jobs: promote local skills and employment", "More local people in work",
     "Local people employed on the contract", "no. people FTE", "25,000"),
    ("AN2", "Jobs: promote local skills and employment", "More local people in work",
     "Weeks of apprenticeship completed on the contract", "no. weeks", "220.50"),
    ("AN3", "Jobs: promote local skills and employment", "Young people ready for work",
     "Hours of work experience for 16-24 year olds", "no. hours", "15"),
    ("AN4", "Social: healthier and safer communities", "Stronger communities",
     "Volunteering hours given to local community groups", "no. hours", "17.20"),
    ("AN5", "Social: healthier and safer communities", "Stronger communities",
     "Donations to local voluntary groups", "£ value", "1"),
    ("AN6", "Environment: decarbonising and safeguarding our world", "Less carbon",
     "Car miles saved on the contract", "miles", "0.32"),
]


def _xlsx_cell(reference: str, value: str, strings: list[str]) -> str:
    try:
        number = float(value.replace(",", ""))
    except ValueError:
        strings.append(value)
        return f'<c r="{reference}" t="s"><v>{len(strings) - 1}</v></c>'
    return f'<c r="{reference}"><v>{number:g}</v></c>'


def _xlsx_sheet(rows: list[tuple[str, ...]], strings: list[str]) -> str:
    body = "".join(
        f'<row r="{r}">' + "".join(_xlsx_cell(f"{chr(65 + c)}{r}", value, strings)
                                   for c, value in enumerate(row) if value) + "</row>"
        for r, row in enumerate(rows, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
            f'xmlns="{SHEET_NS}"><sheetData>{body}</sheetData></worksheet>')


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def measures_xlsx(folder: Path) -> Path:
    """The measure list as CSV, and as a workbook as Excel lays one out: an
    "Introduction" sheet first, the measures on the second, numbers as numbers and
    text in the shared strings (LibreOffice here cannot load CSV headless)."""
    from xml.sax.saxutils import escape

    csv_path = folder / "measures.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(MEASURES)
    strings: list[str] = []
    intro = _xlsx_sheet([("Anytown Borough Council (fictional) – social value measures",),
                         ("Enter your commitments on the Measures sheet.",)], strings)
    measures = _xlsx_sheet(MEASURES, strings)
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
        'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
        'xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{SHEET_NS}"'
        f' xmlns:r="{REL_NS}"><sheets><sheet name="Introduction" sheetId="1" r:id="rId1"/>'
        '<sheet name="Measures" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_NS}/worksheet" Target="worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": intro,
        "xl/worksheets/sheet2.xml": measures,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns='
        f'"{SHEET_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>',
    }
    target = folder / "measures.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return target


def main() -> int:
    for docx in (build_tender(HERE), build_fifty_pages(HERE)):
        print(print_pdf(docx))
        docx.unlink()
    first_pages(HERE / "fifty_pages.pdf", 50)
    scanned_pdf(HERE / "scanned.pdf")
    encrypted_pdf(HERE / "tender.pdf", HERE / "encrypted.pdf")
    measures_xlsx(HERE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
