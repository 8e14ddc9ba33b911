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
* ``measures.xlsx`` — a TOMs-style measure list written by LibreOffice from CSV.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "data" / "priorities_corpus"))

from make_files import _field, _set_fonts  # noqa: E402  (the corpus's layout helpers)

PROFILE = "file:///tmp/lo-profile-documents"
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


def print_pdf(docx: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDF files.")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, f"-env:UserInstallation={PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", out, str(docx)],
                       check=True, capture_output=True, timeout=300)
        target = docx.with_suffix(".pdf")
        shutil.move(str(Path(out) / f"{docx.stem}.pdf"), target)
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


def main() -> int:
    for docx in (build_tender(HERE), build_fifty_pages(HERE)):
        print(print_pdf(docx))
        docx.unlink()
    first_pages(HERE / "fifty_pages.pdf", 50)
    scanned_pdf(HERE / "scanned.pdf")
    encrypted_pdf(HERE / "tender.pdf", HERE / "encrypted.pdf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
