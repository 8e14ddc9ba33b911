"""Text PDFs through the one document reader (issue 16 item 3).

The PDFs are committed under tests/data/ (written by LibreOffice: see
tests/data/documents/make_files.py and tests/data/priorities_corpus/make_files.py),
so these tests need no LibreOffice.
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest

from svbidder.core.documents import (
    DocumentError,
    Limits,
    Paragraph,
    Table,
    read_document,
    read_document_bytes,
)
from svbidder.core.documents.pdf import (
    _column_split,
    _Line,
    _margin_lines,
    _merge_across_pages,
    _Para,
    _para_text,
    _paragraphs,
    _Piece,
    _split_columns,
    _table_rows,
)
from svbidder.core.priorities.importing import parse_priorities_file
from svbidder.core.writing.tender import split_questions, split_questions_file

DATA = Path(__file__).resolve().parents[1] / "data"
DOCS = DATA / "documents"
CORPUS = DATA / "priorities_corpus"
HEADER = "Anytown Borough Council – Community Wellbeing and Connection Service"

# The corpus documents whose Word and PDF versions must give the same priorities.
# Left out, with the reason: east-ayrshire-poverty-priorities sets its priorities in
# a table, which a PDF shows only by where its text sits (chosen when PDF tables were
# read as paragraphs; kept out since, so the list is not tuned to a frozen document).
SAME_AS_WORD = [
    "frozen/belfast-social-value-objectives", "frozen/chorley-three-pillars",
    "frozen/gwent-psb-wellbeing-goals",
    "frozen/scottish-borders-community-benefits", "tune/birmingham-business-charter",
    "tune/falkirk-council-plan", "tune/knowsley-social-value-areas",
    "tune/pembrokeshire-wellbeing-objectives", "tune/wolverhampton-council-plan",
    "tune/tunbridge-wells-five-year-plan",  # a table: bulleted cells beside one-line names
]


def paragraphs(path: Path, limits: Limits | None = None) -> list[Paragraph]:
    document = read_document(path, limits=limits) if limits else read_document(path)
    assert document.kind == "pdf"
    return [block for block in document.blocks if isinstance(block, Paragraph)]


def lists_inside_tables(docx: Path) -> bool:
    """Whether a Word file has list paragraphs inside a table (the PDF reader reads a
    table's cells as paragraphs, so those lists cannot come out as Word's)."""
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return any(re.search(r"<w:numPr>|<w:pStyle w:val=\"List", table)
               for table in re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S))


def titles(result) -> tuple[str, list[str]]:
    return result.name, [t.title for t in result.themes] + \
        [o.title for t in result.themes for o in t.outcomes]


@pytest.mark.parametrize("folder", SAME_AS_WORD)
def test_a_pdf_gives_the_same_priorities_as_its_word_version(folder):
    word = parse_priorities_file(CORPUS / folder / "document.docx")
    pdf = parse_priorities_file(CORPUS / folder / "document.pdf")
    assert titles(pdf) == titles(word)
    assert word.themes  # the comparison is about something


def test_every_corpus_pdf_gives_its_word_version_s_paragraph_texts():
    """Running headers, 'Page N of M' footers and two columns never change the words."""
    for pdf in sorted(CORPUS.glob("*/*/document.pdf")):
        word = read_document(pdf.with_suffix(".docx")).plain_text()
        words_in_word = set(word.split())
        found = [block.text for block in paragraphs(pdf)]
        assert found, pdf
        for text in found:
            assert "Page 1 of" not in text and not text.startswith("Page ")
            unknown = [w for w in text.split() if w not in words_in_word]
            assert not unknown, (pdf.parent.name, text, unknown)


def test_the_tender_pdf_splits_into_the_same_questions_as_its_pasted_text():
    pasted = split_questions((DOCS / "tender.txt").read_text("utf-8"))
    from_pdf = split_questions_file(DOCS / "tender.pdf")
    assert [q.ref for q in pasted] == ["SV1", "SV2", "SV3", "SV4", "SV5"]
    assert [_same(q.as_json()) for q in from_pdf] == [_same(q.as_json()) for q in pasted]


def _same(question: dict) -> dict:
    """A question with its text's spacing made plain: a PDF has no blank lines between
    paragraphs, where a paste has them."""
    return {**question, "text": " ".join(question["text"].split())}


def test_headings_bold_names_lists_and_the_title_are_found():
    blocks = paragraphs(DOCS / "tender.pdf")
    assert (blocks[0].text, blocks[0].style) == ("Anytown Borough Council", "Title")
    sv1 = next(b for b in blocks if b.text.startswith("SV1"))
    section = next(b for b in blocks if b.text.startswith("Section 4"))
    assert (section.heading_level, sv1.heading_level) == (1, 2) and sv1.all_bold
    charter = paragraphs(CORPUS / "tune/birmingham-business-charter/document.pdf")
    led = [b for b in charter if b.bold_runs and not b.all_bold]
    assert [b.bold_runs[0] for b in led][:3] == ["Local employment", "Buy Birmingham First",
                                                 "Partners in communities"]


@pytest.mark.parametrize("pdf", sorted(CORPUS.glob("*/*/document.pdf")),
                         ids=lambda path: path.parent.name)
def test_list_items_are_the_word_version_s_list_items(pdf):
    """Bulleted and numbered lists come out as Word's list paragraphs: same text, no
    bullet or number (Word keeps those out of the text)."""
    if lists_inside_tables(pdf.with_suffix(".docx")):
        pytest.skip("its lists are inside a table in Word; a PDF shows a table only by "
                    "where its text sits")
    word = [b.text for b in read_document(pdf.with_suffix(".docx")).blocks
            if isinstance(b, Paragraph) and b.list_level is not None]
    assert [b.text for b in paragraphs(pdf) if b.list_level is not None] == word


def test_running_headers_and_page_numbers_are_left_out():
    blocks = paragraphs(DOCS / "fifty_pages.pdf")
    texts = [b.text for b in blocks]
    assert not any(HEADER in t for t in texts)
    assert not any(t.startswith("Page ") and " of " in t for t in texts)
    tender = [b.text for b in paragraphs(DOCS / "tender.pdf")]
    assert not any(HEADER in t or t.startswith("Page ") for t in tender)


def test_two_columns_are_read_column_by_column():
    """Belfast's objectives run down the left column and on into the right one."""
    blocks = paragraphs(CORPUS / "frozen/belfast-social-value-objectives/document.pdf")
    objectives = [b.text.split()[0] for b in blocks if b.list_level is not None]
    assert objectives == ["Grow", "Increase", "Raise", "Promote", "Support"]
    fifty = [b.text for b in paragraphs(DOCS / "fifty_pages.pdf")]
    assert fifty[0] == "Anytown Borough Council – Social Value Framework"


def _para(*lines: str) -> _Para:
    return _Para([_Line([_Piece(text, 72, 700 - 14 * i, 11, False)])
                  for i, text in enumerate(lines)])


def test_a_range_broken_at_its_dash_and_bullets_inside_a_table_cell():
    assert _para_text(_para("Improvement Objectives 2024-", "2025")) == \
        "Improvement Objectives 2024-2025"
    # a table cell's bulleted lines are read as one paragraph: the bullets are dropped
    assert _para_text(_para("Culture - we will:", "\uf0b7be a great place to work;",
                            "\uf0b7 listen")) == \
        "Culture - we will: be a great place to work; listen"


def _at(text: str, x: float, y: float, column: int) -> _Line:
    return _Line([_Piece(text, x, y, 11, False)], column)


def test_a_table_is_read_row_by_row_and_two_columns_of_text_one_after_the_other():
    left = [_at("The Five Year Plan", 72, 700, 0), _at("Our Borough", 72, 600, 0),
            _at("Our Services", 72, 540, 0)]
    right = [_at("to support a prosperous borough", 300, 600, 1),
             _at("to support a well borough", 300, 586, 1),
             _at("to provide digital choice", 300, 540, 1),
             _at("to provide quality services", 300, 526, 1)]
    rows = _table_rows(left, right)
    assert [line.text for line in rows] == [
        "The Five Year Plan", "Our Borough", "to support a prosperous borough",
        "to support a well borough", "Our Services", "to provide digital choice",
        "to provide quality services"]
    # two columns of running text: as many lines on the left as on the right
    prose_left = [_at(f"left line {i}", 72, 700 - 14 * i, 0) for i in range(6)]
    prose_right = [_at(f"right line {i}", 300, 700 - 14 * i, 1) for i in range(6)]
    assert _table_rows(prose_left, prose_right) is None


def test_a_large_title_beside_a_short_right_column_does_not_make_a_table():
    # a two-column page whose right column holds three short bullets, level with the
    # title (24 pt) and the first lines of the left column's paragraph
    left = [_Line([_Piece("Strategic Plan", 90, 696, 24, False)], 0),
            _at("The Strategic Plan represents", 90, 660, 0),
            _at("the council's contribution to", 90, 645, 0),
            _at("the borough's community plan", 90, 631, 0)]
    right = [_at("increasing the number of people", 338, 710, 1),
             _at("supported into sustainable jobs;", 338, 695, 1),
             _at("increasing educational attainment", 338, 681, 1),
             _at("early years, key stage 2 and", 338, 666, 1),
             _at("increasing the percentage of our", 338, 652, 1),
             _at("waste sent to recycling", 338, 637, 1)]
    assert _table_rows(left, right) is None


def test_a_short_right_column_beside_a_two_line_title_is_a_column():
    """The end of a list carried over to the right-hand column, two bullets high, beside
    only the two lines of a large title: the page has two columns (the title's baseline
    sits a little below the bullet text's), so the title's lines are not run into the
    bullets' ("Enfield Council employment")."""
    title = [_Line([_Piece("Council Plan", 90, 696, 26, False)]),
             _Line([_Piece("2020-2022", 90, 666.0, 26, False)])]
    body = [_at(f"left line {i}", 90, 630 - 14 * i, 0) for i in range(20)]
    right = [_Line([_Piece("\uf0b7", 335, 710, 11, False),
                    _Piece("create more high-quality", 353, 710, 11, False)]),
             _at("employment", 353, 695, 0),
             _Line([_Piece("\uf0b7", 335, 681, 11, False),
                    _Piece("enhance skills and connect local", 353, 681, 11, False)]),
             _at("people to opportunities", 353, 666.4, 0)]
    assert _column_split(title + body + right, 612) == 333
    # an indented block with nothing beside it is not a column
    assert _column_split(body + right, 612) is None


def test_two_lines_carried_to_the_top_of_the_right_column_are_a_column():
    """Only a bullet and its carried-on line at the top of the right-hand column, beside
    a one-line title, the left column running on below: a column all the same. The same
    two lines with nothing beside them, or a bold word part way along a line of the
    left column, are not."""
    title = _Line([_Piece("Strategic Plan", 36, 695, 26, False),
                   _Piece("recycling", 335, 695, 11, False)])
    bullet = _Line([_Piece("\uf0b7", 317, 710, 11, False),
                    _Piece("increasing the percentage of our waste sent to", 335, 710, 11,
                           False)])
    body = [_at(f"left line {i}", 36, 660 - 14 * i, 0) for i in range(20)]
    lines = sorted([bullet, title, *body], key=lambda line: -line.y)
    assert _column_split(lines, 612) == 313  # left of the bullet
    alone = [_Line([_Piece("increasing the percentage", 335, 710, 11, False)]),
             _Line([_Piece("recycling", 335, 695, 11, False)])]
    assert _column_split(alone, 612) is None
    lead = "We will work with partners across the borough to "  # about 270 pt wide
    bold_words = [_Line([_Piece(lead, 36, 660 - 14 * i, 11, False),
                         _Piece("deliver", 305, 660 - 14 * i, 11, True)]) for i in range(2)]
    assert _column_split(bold_words + body[2:], 612) is None


def test_three_columns_are_read_one_after_another():
    """A landscape leaflet in three columns: the first, then the second, then the third
    (not the second and third run together line by line)."""
    lines = [_Line([_Piece(f"first {i}", 36, 500 - 14 * i, 11, False),
                    _Piece(f"second {i}", 290, 500 - 14 * i, 11, False),
                    _Piece(f"third {i}", 545, 500 - 14 * i, 11, False)]) for i in range(6)]
    texts = [line.text for line in _split_columns(lines, 792)]
    assert texts == [f"{name} {i}" for name in ("first", "second", "third") for i in range(6)]


def test_a_sentence_carried_into_the_next_column_after_a_bracket_is_joined():
    first = _para("This includes business and retail crime; responsiveness")
    rest = _Para([_Line([_Piece("(such as the speed of answering calls); cyber crime.",
                                330, 700, 11, False)], 1)])
    merged = _merge_across_pages([first, rest])
    assert len(merged) == 1
    assert _para_text(merged[0]).endswith("responsiveness (such as the speed of answering "
                                          "calls); cyber crime.")


def test_a_table_inside_the_left_column_of_a_two_column_page_is_read_row_by_row():
    """A two-column page whose left column holds a table of names beside their
    descriptions: the page is split into its columns, then the table in the left one is
    read row by row (not each cell column in turn)."""
    def line(*pieces: tuple[str, float], y: float) -> _Line:
        return _Line([_Piece(text, x, y, 11, False) for text, x in pieces])

    lines = [line(("Our priorities for this year are:", 90), ("Right column one", 330),
                  y=700),
             line(("Housing", 95), ("providing homes of the", 200), ("Right column two", 330),
                  y=686),
             line(("right quality", 200), ("Right column three", 330), y=672),
             line(("Culture", 95), ("improving the quality", 200), ("Right column four", 330),
                  y=650),
             line(("of lives", 200), ("Right column five", 330), y=636),
             line(("Safe communities", 95), ("keeping people safe", 200), y=614),
             line(("from harm", 200), y=600)]
    texts = [item.text for item in _split_columns(lines, 612)]
    assert texts[:8] == ["Our priorities for this year are:", "Housing",
                         "providing homes of the", "right quality", "Culture",
                         "improving the quality", "of lives", "Safe communities"]
    assert texts[-5:] == [f"Right column {n}" for n in ("one", "two", "three", "four",
                                                         "five")]


def test_a_heading_half_a_point_larger_than_its_text_is_a_paragraph_of_its_own():
    """A bold 13 pt heading set straight over a bold 12.5 pt paragraph, no wider apart
    than the paragraph's own lines: the size tells them apart."""
    lines = [_Line([_Piece("Corporate Objectives 2025 – 26", 90, 458.0, 13.0, True)]),
             _Line([_Piece("We will work with staff and partners", 90, 441.2, 12.5, True)]),
             _Line([_Piece("to improve the health of local people.", 90, 424.7, 12.5, True)])]
    texts = [_para_text(para) for para in _paragraphs(lines, 12.5)]
    assert texts == ["Corporate Objectives 2025 – 26",
                     "We will work with staff and partners to improve the health of local "
                     "people."]


def test_words_broken_at_line_ends_are_joined():
    assert _para_text(_para("for the whole commu-", "nity and beyond")) == \
        "for the whole community and beyond"
    assert _para_text(_para("improve well-", "being for all"), {"well-being"}) == \
        "improve well-being for all"
    assert _para_text(_para("a six-", "month follow-up"), {"six", "month"}) == \
        "a six-month follow-up"
    assert _para_text(_para("the commu-", "nity"), {"community", "the"}) == "the community"
    assert _para_text(_para("lines that wrap", "onto the next")) == \
        "lines that wrap onto the next"
    # a capital after the hyphen: a name broken at its own hyphen, kept whole
    assert _para_text(_para("said the council's Vice-", "President of the board")) == \
        "said the council's Vice-President of the board"


def test_a_scanned_pdf_says_it_has_no_text_and_what_to_do():
    with pytest.raises(DocumentError) as caught:
        read_document(DOCS / "scanned.pdf")
    message = str(caught.value)
    assert caught.value.kind == "pdf-no-text"
    assert "no text" in message and "Word version" in message and "web page" in message


def test_an_encrypted_pdf_gets_a_plain_message():
    with pytest.raises(DocumentError) as caught:
        read_document(DOCS / "encrypted.pdf")
    assert caught.value.kind == "pdf-encrypted"
    assert "password-protected PDF" in str(caught.value)
    assert "Nothing was changed." in str(caught.value)


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
    (DOCS / "tender.pdf").read_bytes()[:5000],
])
def test_damaged_pdfs_are_refused_in_one_line(tmp_path, data):
    path = tmp_path / "policy.pdf"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.kind in ("damaged-pdf", "pdf-no-text")
    assert "\n" not in str(caught.value) and "Nothing was changed." in str(caught.value)


def test_page_count_and_time_are_bounded():
    with pytest.raises(DocumentError) as caught:
        read_document(DOCS / "fifty_pages.pdf", limits=Limits(max_pdf_pages=20))
    assert caught.value.kind == "pdf-too-many-pages" and "50 pages" in str(caught.value)
    start = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        read_document(DOCS / "fifty_pages.pdf", limits=Limits(pdf_seconds=0.05))
    assert caught.value.kind == "too-slow"
    assert time.monotonic() - start < 1.5


def test_fifty_pages_are_read_within_a_generous_bound():
    """The 2-second budget is measured by benchmarks/run.py on a quiet machine; here the
    bound is generous because tests share two cores with other work."""
    start = time.perf_counter()
    blocks = paragraphs(DOCS / "fifty_pages.pdf")
    assert time.perf_counter() - start < 8
    assert len(blocks) > 1000


@pytest.mark.parametrize("pdf", [DOCS / "tender.pdf", DOCS / "fifty_pages.pdf",
                                 *sorted(CORPUS.glob("*/*/document.pdf"))],
                         ids=lambda path: path.parent.name if path.name == "document.pdf"
                         else path.stem)
def test_the_fast_reader_gives_what_pypdf_s_own_reading_gives(pdf, monkeypatch):
    """The content-stream reader (pdf_text) and pypdf's extract_text, its fallback,
    give the same paragraphs; and the fast one is the one used."""
    from svbidder.core.documents import pdf_text

    used = []
    real = pdf_text.page_pieces
    monkeypatch.setattr(pdf_text, "page_pieces", lambda *a: used.append(1) or real(*a))
    fast = [(b.text, b.style, b.list_level, b.bold_runs) for b in paragraphs(pdf)]
    assert used

    def unsupported(*_args):
        raise pdf_text.Unsupported("test")

    monkeypatch.setattr(pdf_text, "page_pieces", unsupported)
    slow = paragraphs(pdf, Limits(pdf_seconds=60))  # pypdf's reading is the slower one
    assert [(b.text, b.style, b.list_level, b.bold_runs) for b in slow] == fast


def _block_texts(content: bytes) -> list[str]:
    """The text of each paragraph of a one-page PDF, and of each cell of its tables in
    turn (a table read row by row comes out as Word's file gives it)."""
    texts: list[str] = []
    for block in read_document_bytes(_pdf(content), "plan.pdf").blocks:
        if isinstance(block, Table):
            texts.extend(cell for row in block.rows for cell in row)
        else:
            texts.append(block.text)
    return texts


def _pdf(content: bytes, *, flate: bool = False) -> bytes:
    """A one-page PDF whose page shows ``content`` in Helvetica."""
    import zlib

    stream = zlib.compress(content, 9) if flate else content
    filters = b" /Filter /FlateDecode" if flate else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream +
               b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o
                                                          for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_a_hand_made_pdf_with_literal_strings_and_word_gaps_is_read():
    content = (b"BT /F1 18 Tf 72 760 Td (Our priorities) Tj ET "
               b"BT /F1 11 Tf 72 730 Td [(Local)-250(jobs \\(and\\) skills)] TJ "
               b"0 -14 Td (for every\\040ward) Tj ET")
    document = read_document_bytes(_pdf(content), "plan.pdf")
    assert [b.text for b in document.blocks] == ["Our priorities",
                                                 "Local jobs (and) skills for every ward"]
    assert document.blocks[0].style == "Title"


@pytest.mark.parametrize("content, flate", [
    (b"0 0 Td " * 2_500_000, False),  # 17 MB of operators, no text
    (b"BT /F1 11 Tf " + b"(x) Tj " * 3_000_000 + b"ET", True),  # a small file, 21 MB unpacked
    (b"[" * 1_000_000, True),
    (b"(" * 1_000_000, True),
])
def test_hostile_pdfs_are_refused_or_read_within_the_bounds(content, flate):
    start = time.monotonic()
    try:
        read_document_bytes(_pdf(content, flate=flate), "hostile.pdf")
    except DocumentError as error:
        assert "\n" not in str(error) and "Nothing was changed." in str(error)
    assert time.monotonic() - start < 2.5


def test_cells_of_a_table_row_are_kept_apart():
    """A row of a tender's question table: reference, question and limit on one baseline."""
    content = (b"BT /F1 11 Tf 72 700 Td (SV1) Tj ET "
               b"BT /F1 11 Tf 120 700 Td (Describe how you will hire locally.) Tj ET "
               b"BT /F1 11 Tf 450 700 Td (500 words) Tj ET "
               b"BT /F1 11 Tf 72 686 Td (Loc) Tj ET BT /F1 11 Tf 90.5 686 Td (al jobs) Tj ET")
    texts = [b.text for b in read_document_bytes(_pdf(content), "tender.pdf").blocks]
    assert texts == ["SV1 Describe how you will hire locally. 500 words Local jobs"]


def test_list_levels_count_from_each_column_s_own_margin():
    def line(text: str, x: float, y: float, column: int) -> _Line:
        return _Line([_Piece(text, x, y, 11, False)], column)

    left = [line("Our aims for the years ahead", 72, 700, 0),
            line("• Tackle the causes of poverty", 72, 686, 0)]
    right = [line("Our work with partners", 320, 700, 1),
             line("• Give every child a good start", 320, 686, 1),
             line("• Help families into work", 320, 672, 1)]
    paras = _paragraphs(left + right, 11)
    assert [p.list_level for p in paras] == [None, 0, None, 0, 0]


def test_a_table_read_row_by_row_is_given_as_word_gives_a_table(tmp_path):
    """A two-column table (a name, its description beside it) read from PDF comes out as
    Word's file gives it: a table of rows, each with its two cells."""
    content = bytearray(b"BT /F1 11 Tf 72 700 Td (Our priorities are:) Tj ET ")
    names = [("Thriving", ["maximising economic growth that is", "inclusive and sustainable"]),
             ("Well", ["supporting the wellness and resilience", "of our citizens"]),
             ("Fair", ["addressing the inequalities that limit", "life chances"])]
    y = 670.0
    for name, description in names:
        content += b"BT /F1 11 Tf 72 %.2f Td (%s) Tj ET " % (y, name.encode())
        for text in description:
            content += b"BT /F1 11 Tf 300 %.2f Td (%s) Tj ET " % (y, text.encode())
            y -= 13
        y -= 13
    blocks = read_document_bytes(_pdf(bytes(content)), "plan.pdf").blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert tables and tables[0].rows == tuple(
        (name, " ".join(description)) for name, description in names)


def test_dot_leaders_broken_at_the_pages_edge_are_joined_whole():
    content = (b"BT /F1 18 Tf 72 760 Td (Contents) Tj ET "
               b"BT /F1 11 Tf 72 730 Td (Background ......................................) Tj "
               b"0 -14 Td (........ 4) Tj ET")
    document = read_document_bytes(_pdf(content), "plan.pdf")
    assert document.blocks[-1].text == ("Background " + "." * 46 + " 4")


def test_a_table_rows_name_wrapped_in_its_cell_stays_one_paragraph():
    """A name wrapped in a table's first column sits level with its description carrying
    on beside it; it is not the top of a new row."""
    cells = [("A Denbighshire of quality housing that", "meets peoples needs"),
             ("Ensure sufficient good housing is", "available for the people in the county,",
              "with more homes for young people.", "It will be affordable."),
             ("A prosperous Denbighshire",),
             ("Support economic recovery and decent", "employment and income for everyone",
              "who lives and works in the county.", "It will be fair."),
             ("A greener Denbighshire",),
             ("Become a Net Zero Carbon organisation", "by 2030 and protect nature for",
              "the people who live here and", "those who visit.")]
    content = b"BT /F1 18 Tf 90 760 Td (Our draft objectives) Tj ET "
    top = 700.0
    for left, right in zip(cells[0::2], cells[1::2], strict=True):
        for x, lines in ((90, left), (306, right)):
            for at, text in enumerate(lines):
                content += b"BT /F1 11 Tf %d %.1f Td (%s) Tj ET " % (x, top - 12.6 * at,
                                                                     text.encode())
        top -= 12.6 * len(right) + 0.5
    texts = _block_texts(content)
    assert "A Denbighshire of quality housing that meets peoples needs" in texts
    assert "Ensure sufficient good housing is available for the people in the county, with " \
           "more homes for young people. It will be affordable." in texts
    assert "A greener Denbighshire" in texts


@pytest.mark.parametrize("padding", [0.5, 8.0], ids=["rows_set_close", "rows_set_apart"])
def test_a_table_row_s_name_beside_a_description_in_lower_case_starts_its_own_row(padding):
    """"Culture" beside "improving the quality of lives …": a new row whose description
    starts in lower case, below a one-line name whose next word would have fitted beside
    it; each name and description stay apart, as Word's cells do."""
    rows = [("Inclusive growth", ("tackling poverty, helping everyone benefit",
                                  "from the economy to their full potential")),
            ("Age friendly Leeds", ("making Leeds the best city to grow old in",)),
            ("Culture", ("improving the quality of lives and growing",
                         "the economy through cultural activities")),
            ("Housing", ("providing homes of the right quality, type",
                         "and affordability in the right places and",
                         "minimising homelessness"))]
    content = b"BT /F1 18 Tf 90 760 Td (What are our priorities?) Tj ET "
    top = 700.0
    for name, description in rows:
        content += b"BT /F1 11 Tf 90 %.1f Td (%s) Tj ET " % (top, name.encode())
        for at, text in enumerate(description):
            content += b"BT /F1 11 Tf 306 %.1f Td (%s) Tj ET " % (top - 12.6 * at,
                                                                 text.encode())
        top -= 12.6 * len(description) + padding
    texts = _block_texts(content)
    assert texts[1:] == [
        "Inclusive growth",
        "tackling poverty, helping everyone benefit from the economy to their full potential",
        "Age friendly Leeds", "making Leeds the best city to grow old in", "Culture",
        "improving the quality of lives and growing the economy through cultural activities",
        "Housing", "providing homes of the right quality, type and affordability in the right "
        "places and minimising homelessness"]


def test_a_one_page_document_s_running_header_wrapped_onto_two_lines_is_left_out():
    # Where nothing repeats (one page), a header is told by its place: small type in the
    # top margin, set apart from the body, even when a long one wraps onto two lines.
    def line(text: str, y: float, size: float = 11) -> _Line:
        return _Line([_Piece(text, 72, y, size, False)])

    page = [line("Combined Authority – Our people, our place: The Greater", 745.7),
            line("Manchester Strategy", 733.0),
            line("Our people, our place", 695.6, 26),
            line("Contents", 640.0, 14), line("Foreword 3", 620.0), line("Page 1 of 1", 40.0)]
    assert _margin_lines(page, 792.0, 11.0) == {0, 1, 5}
    # a title in the body's size two lines down is not a header
    title_page = [line("Our plan", 745.7), line("We will build more homes", 731.0),
                  line("and keep streets safe", 717.0), line("Page 1 of 1", 40.0)]
    assert _margin_lines(title_page, 792.0, 11.0) == {3}


def _boxed_rows(rows: list[list[str]], *, top: float = 600, drawn: bytes = b"S",
                after: bool = True, tall: float = 0) -> bytes:
    """Content drawing a one-column table: each row's lines of 11 pt text, 13 pt apart,
    with a border drawn above the first row and below every row (``drawn``: "S" a
    stroked line, "re f" a thin filled rectangle, "n" a path never painted); ``tall``
    points of empty space at the foot of each row, and a sentence after the table
    unless ``after`` is false."""
    content = bytearray(b"BT /F1 11 Tf 72 %.2f Td (Our principles are:) Tj ET " % (top + 40))
    y = top

    def border(at: float) -> bytes:
        if drawn == b"re f":
            return b"66 %.2f 300 0.5 re f " % at
        return b"66 %.2f m 366 %.2f l %s " % (at, at, drawn)

    content += border(y + 10)
    for lines in rows:
        for line in lines:
            content += b"BT /F1 11 Tf 72 %.2f Td (%s) Tj ET " % (y, line.encode())
            y -= 13
        y -= tall
        content += border(y + 10)
    if after:
        content += b"BT /F1 11 Tf 72 %.2f Td (Each row is one principle.) Tj ET" % (y - 20)
    return bytes(content)


def test_a_one_column_table_s_last_row_with_nothing_after_it_is_a_row():
    """A table at the foot of the text, its rows taller than their words: the last row
    is one of them, not a paragraph after the table."""
    rows = [["Our Borough"], ["Our Services"], ["Our People"], ["Providing Value"]]
    content = _boxed_rows(rows, after=False, tall=26)
    tables = [b for b in read_document_bytes(_pdf(content), "plan.pdf").blocks
              if isinstance(b, Table)]
    assert [row[0] for row in tables[0].rows] == [lines[0] for lines in rows]


@pytest.mark.parametrize("drawn", [b"S", b"re f"])
def test_a_one_column_table_s_rows_are_parted_by_its_borders(drawn):
    rows = [["Local employment - signatories will provide", "training for local people"],
            ["good employer - supporting staff", "development and welfare"],
            ["Ethical procurement"]]
    blocks = read_document_bytes(_pdf(_boxed_rows(rows, drawn=drawn)), "charter.pdf").blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in tables[0].rows] == [" ".join(lines) for lines in rows]
    # without the borders the rows run together as one paragraph, as their spacing is
    # a paragraph's
    plain = read_document_bytes(_pdf(_boxed_rows(rows, drawn=b"n")), "charter.pdf").blocks
    assert not any(isinstance(b, Table) for b in plain)


def test_an_underline_or_a_short_line_does_not_part_a_paragraph():
    content = (b"BT /F1 11 Tf 72 760 Td (Our priorities are set out below and) Tj ET "
               b"72 757.5 m 200 757.5 l S "  # an underline under the first line's words
               b"BT /F1 11 Tf 72 747 Td (are read as one paragraph.) Tj ET "
               b"72 740 m 90 740 l S ")  # a short mark
    texts = [b.text for b in read_document_bytes(_pdf(content), "plan.pdf").blocks]
    assert texts == ["Our priorities are set out below and are read as one paragraph."]


def test_the_imported_rows_of_a_pdf_table_are_priorities(tmp_path):
    rows = [["Local employment - signatories will provide", "training for local people"],
            ["Good employer - supporting staff", "development and welfare"],
            ["Ethical procurement - the highest standards"]]
    path = tmp_path / "charter.pdf"
    path.write_bytes(_pdf(_boxed_rows(rows)))
    result = parse_priorities_file(path)
    assert [o.title for t in result.themes for o in t.outcomes] == [
        "Local employment", "Good employer", "Ethical procurement"]


def test_bullets_set_apart_from_their_text_are_not_a_tables_first_column():
    """A two-column page's list whose bullets sit well left of their text: the bullets
    line up like a narrow first column beside the text, but they are a list."""
    bullets = [_Line([_Piece("\u2022", 72, 700 - 26 * i, 11, False)], 0) for i in range(3)]
    text = [_Line([_Piece(words, 90, 700 - 13 * i, 11, False)], 1)
            for i, words in enumerate(["Greater access to better quality", "adult social care",
                                       "Value and support our carers and", "volunteers",
                                       "Improve the accessibility and use", "of leisure"])]
    assert _table_rows(bullets, text) is None
