"""Exports rendered by an independent reader: LibreOffice converts them to PDF.

Checks what only layout shows: page counts (the offer is exactly one page),
that fields are filled in ("Page 3 of 8"), and that every font in the PDF is
the one chosen (python-docx's theme fonts would bring in a fallback). CI
installs LibreOffice and poppler in ``.ci/run``; elsewhere these tests skip,
saying why. Set ``SVBIDDER_KEEP_RENDERS=/some/folder`` to keep the PDFs and
PNG pictures of their pages to look at.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from svbidder.core.content.example import write_example
from svbidder.core.storage.records import Commitment, Outcome, Question
from svbidder.export import ExportOptions, export
from svbidder.export.bid_document import answer_body, count_statement

from .helpers import TODAY, fill_example

pytestmark = pytest.mark.slow

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (apt-get install "
                            "libreoffice-writer-nogui; .ci/run does this in CI)")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed")


def convert(files: list[Path], folder: Path) -> dict[str, Path]:
    """PDFs of the given documents, converted in one LibreOffice run with its own
    profile (never the user's)."""
    profile = folder / "lo-profile"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        capture_output=True, text=True, timeout=240)
    pdfs = {f.stem: folder / f"{f.stem}.pdf" for f in files}
    missing = [name for name, pdf in pdfs.items() if not pdf.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stderr[-2000:]}"
    keep = os.environ.get("SVBIDDER_KEEP_RENDERS")
    if keep:
        keep_dir = Path(keep)
        keep_dir.mkdir(parents=True, exist_ok=True)
        for name, pdf in pdfs.items():
            shutil.copy(pdf, keep_dir / pdf.name)
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf),
                                str(keep_dir / name)], check=False, timeout=120)
    return pdfs


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                              timeout=60).stdout
        return int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          timeout=60).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    return float(found.group(1)), float(found.group(2))


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, timeout=60).stdout


def pdf_fonts(pdf: Path) -> set[str]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           timeout=60).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in lines if line.strip()}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Every kind of export of the filled-in example, and a few variations, as PDFs."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui; "
                    ".ci/run does this in CI)")
    folder = tmp_path_factory.mktemp("rendered")
    ws = write_example(folder / "filled.svbid", today=TODAY)
    plain = write_example(folder / "plain.svbid", today=TODAY)
    try:
        bid_id = fill_example(ws)
        plain_bid = plain.find(Question)[0].bid_id
        jobs = {
            "answers": (ws, bid_id, "answers", ExportOptions()),
            "answers_page_each": (ws, bid_id, "answers",
                                  ExportOptions(new_page_per_question=True)),
            "answers_short": (ws, bid_id, "answers", ExportOptions(question_ids=tuple(
                q.id for q in ws.find(Question, order_by="position, id", bid_id=bid_id)[:3]))),
            "answers_letter_times": (ws, bid_id, "answers",
                                     ExportOptions(paper="Letter", font="Times New Roman",
                                                   size_pt=12, include_guidance=True)),
            "offer": (ws, bid_id, "offer", ExportOptions()),
            "offer_calibri_10": (ws, bid_id, "offer", ExportOptions(font="Calibri", size_pt=10)),
            "offer_plain_example": (plain, plain_bid, "offer", ExportOptions()),
            "map": (ws, bid_id, "map", ExportOptions()),
        }
        results = {name: export(w, b, kind, folder / f"{name}.docx", options, today=TODAY)
                   for name, (w, b, kind, options) in jobs.items()}
        # An offer with too many commitments for one page.
        outcome = ws.find(Outcome)[0]
        with ws.batch("More commitments"):
            for number in range(12):
                ws.add(Commitment(bid_id=bid_id, position=20 + number, outcome_id=outcome.id,
                                  measure_text=f"Another worthwhile commitment number {number}",
                                  target=5, unit="people", timeframe="by March 2027"))
        results["offer_too_long"] = export(ws, bid_id, "offer", folder / "offer_too_long.docx",
                                           ExportOptions(size_pt=12), today=TODAY)
        statements = {q.ref: count_statement(q, answer_body(ws, q.id)).text
                      for q in ws.find(Question, bid_id=bid_id)}
    finally:
        ws.close()
        plain.close()
    pdfs = convert([r.path for r in results.values()], folder)
    return {"results": results, "pdfs": pdfs, "statements": statements}


@needs_libreoffice
def test_the_offer_is_exactly_one_page(rendered):
    for name in ("offer", "offer_calibri_10", "offer_plain_example"):
        assert page_count(rendered["pdfs"][name]) == 1, name
        result = rendered["results"][name]
        assert result.pages_estimate <= 1.0 and not any("would not fit" in w
                                                         for w in result.warnings), name


@needs_libreoffice
def test_an_offer_too_long_for_a_page_is_warned_about(rendered):
    result = rendered["results"]["offer_too_long"]
    assert page_count(rendered["pdfs"]["offer_too_long"]) == 2
    assert result.warnings[0].startswith("The offer would not fit on one A4 page")


@needs_libreoffice
def test_the_bid_response_pages(rendered):
    # cover, contents, five short answers one after another, the commitments table
    assert page_count(rendered["pdfs"]["answers"]) == 5
    # ... or one page per question when asked
    assert page_count(rendered["pdfs"]["answers_page_each"]) == 8
    for name in ("answers", "answers_page_each", "answers_short"):
        estimate = rendered["results"][name].pages_estimate
        assert abs(math.ceil(estimate) - page_count(rendered["pdfs"][name])) <= 1, name


@needs_libreoffice
@needs_poppler
def test_fields_counts_and_fonts_in_the_rendered_response(rendered):
    pdf = rendered["pdfs"]["answers"]
    text = pdf_text(pdf)
    assert "Page 3 of 5" in text  # PAGE and NUMPAGES filled in
    assert "Tender reference ABC/2026/017" in text
    for statement in rendered["statements"].values():
        assert statement in text
    assert "SV1: Reducing loneliness and isolation" in text
    assert pdf_fonts(pdf) <= {"LiberationSans", "LiberationSans-Bold",
                              "LiberationSans-Italic", "LiberationSans-BoldItalic"}


def contents_lines(text: str) -> dict[str, int]:
    """The contents page's entries and the page numbers printed beside them."""
    contents = text.split("\f")[1]
    assert "Contents" in [line.strip() for line in contents.splitlines()]
    found = re.findall(r"^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$", contents, re.MULTILINE)
    return {title: int(page) for title, page in found}


@needs_libreoffice
@needs_poppler
@pytest.mark.parametrize("name", ["answers", "answers_page_each"])
def test_the_contents_show_the_right_page_numbers(rendered, name):
    import docx

    pages = pdf_text(rendered["pdfs"][name]).split("\f")
    listed = contents_lines("\f".join(pages))
    assert list(listed)[0] == "SV1: Reducing loneliness and isolation"
    assert len(listed) == 6 and list(listed)[-1] == "Our social value commitments"
    for title, page in listed.items():  # each heading is on the page the contents give
        on_page = [number for number, content in enumerate(pages, start=1)
                   if number > 2 and re.search(rf"^\s*{re.escape(title)}\s*$", content,
                                               re.MULTILINE)]
        assert on_page == [page], title
    # Word shows the stored numbers until it updates them: the estimate got them right.
    stored = [p.text.split("\t") for p in docx.Document(str(rendered["results"][name].path))
              .paragraphs if p.style.name == "toc 1"]
    assert {title: int(number) for title, number in stored} == listed


@needs_libreoffice
@needs_poppler
def test_a_short_bid_has_no_contents_page(rendered):
    pdf = rendered["pdfs"]["answers_short"]
    assert "Contents" not in pdf_text(pdf)
    assert page_count(pdf) == 3  # the cover and two pages of answers


@needs_libreoffice
@needs_poppler
def test_letter_paper_and_another_font(rendered):
    pdf = rendered["pdfs"]["answers_letter_times"]
    width, height = page_size(pdf)
    assert (round(width), round(height)) == (612, 792)
    assert {font.split("-")[0] for font in pdf_fonts(pdf)} == {"LiberationSerif"}
    assert "Guidance from the buyer" in pdf_text(pdf)


@needs_libreoffice
@needs_poppler
def test_the_map_renders(rendered):
    pdf = rendered["pdfs"]["map"]
    assert 1 <= page_count(pdf) <= 3
    text = pdf_text(pdf)
    assert "Activity–priority map" in text or "Activity-priority map" in text
    assert "Not covered yet" in text
