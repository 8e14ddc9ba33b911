"""The one document reader: kinds sniffed from bytes, one decoder, Word blocks, and
refusals (bombs, entities, encrypted and renamed files) in one plain message each."""

from __future__ import annotations

import io
import random
import time
import zipfile
from pathlib import Path

import pytest

from svbidder.core.documents import (
    DocumentError,
    Limits,
    Paragraph,
    Table,
    clean_paste,
    decode_text,
    read_document,
    read_document_bytes,
    sniff,
)

MB = 1024 * 1024


def ole(stream: str) -> bytes:
    """An OLE compound file whose directory names ``stream`` (as Office's files do)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + stream.encode("utf-16-le") + \
        b"\0" * 100


def docx_bytes(build=None) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Our priorities", style="Title")
    document.add_heading("Priority 1: Local jobs", level=2)
    document.add_paragraph("Apprenticeships", style="List Bullet 2")
    bold = document.add_paragraph()
    bold.add_run("All bold").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Some ").bold = True
    mixed.add_run("not")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(0, 0).text = "Theme"
    table.cell(0, 2).text = "Measure"
    table.cell(1, 0).text = "Jobs\nSkills"
    if build:
        build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """The same .docx with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in replace:
                target.writestr(info, source.read(info))
        for name, payload in replace.items():
            target.writestr(name, payload)
    return out.getvalue()


def refused(data: bytes, name: str = "file.docx", **kwargs) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document_bytes(data, name, suffix=Path(name).suffix, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and "Nothing was changed." in message
    return caught.value


# ------------------------------------------------------------------ sniffing

@pytest.mark.parametrize("data, kind", [
    (b"Plain words\n", "text"),
    (b"%PDF-1.7\n", "pdf"),
    (b"{\\rtf1\\ansi x}", "rtf"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 8, "image"),
    (b"\xff\xd8\xff\xe0" + b"\0" * 8, "image"),
    (b"GIF89a" + b"\0" * 8, "image"),
    (b"SQLite format 3\x00" + b"\0" * 8, "sqlite"),
    (ole("EncryptionInfo"), "encrypted"),
    (ole("WordDocument"), "old-doc"),
    (ole("Workbook"), "old-xls"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old-office"),
    (b"PK\x03\x04" + b"\0" * 100, "damaged-zip"),
])
def test_each_kind_is_sniffed_from_its_bytes(data, kind):
    assert sniff(data) == kind


@pytest.mark.parametrize("member, kind", [
    ("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"),
    ("ppt/presentation.xml", "pptx"), ("content.xml", "odf"), ("readme.txt", "zip"),
])
def test_zips_are_told_apart_by_their_parts(member, kind):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(member, "<x/>")
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    assert sniff(out.getvalue()) == kind


@pytest.mark.parametrize("data, name, words", [
    (ole("EncryptionInfo"), "locked.docx", "password-protected (encrypted)"),
    (ole("WordDocument"), "old.doc", "older Word file (.doc)"),
    (b"%PDF-1.4", "council.pdf", "is a PDF that could not be read (it may be damaged)"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 8, "scan.png", "a picture"),
    (b"SQLite format 3\x00", "x.svbid", "database file"),
])
def test_refusals_say_what_the_file_is(data, name, words):
    assert words in str(refused(data, name))


def test_a_spreadsheet_is_named_and_a_renamed_file_is_called_what_it_really_is():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "Excel workbook" in str(refused(out.getvalue(), "measures.xlsx"))
    message = str(refused(b"%PDF-1.7 ...", "tender.docx"))
    assert message.startswith("“tender.docx” is named like a Word document but is really a PDF")


def test_a_renamed_text_file_is_read_as_text():
    document = read_document_bytes(b"Just words", "notes.docx", suffix=".docx")
    assert (document.kind, document.text) == ("text", "Just words")


# ------------------------------------------------------------------ decoding

@pytest.mark.parametrize("data, encoding", [
    ("Café – £5".encode(), "UTF-8"),
    ("\ufeffCafé – £5".encode(), "UTF-8"),
    ("Café – £5".encode("utf-16"), "UTF-16"),
    ("Café – £5".encode("utf-16-le"), "UTF-16"),
    ("Café – £5".encode("utf-16-be"), "UTF-16"),
    ("Café – £5".encode("cp1252"), "Windows-1252"),
])
def test_one_decoder_for_every_usual_encoding(data, encoding):
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding) == ("Café – £5", encoding)


def test_utf16_without_a_mark_in_welsh():
    text = "Gŵyl Gymraeg\nCymunedau cryf\n" * 5
    assert decode_text(text.encode("utf-16-le")).text == text


def test_a_lone_surrogate_is_repaired_not_called_binary():
    data = "Good text ".encode("utf-16-le") * 20 + b"\x00\xd8" + "more".encode("utf-16-le")
    decoded = decode_text(b"\xff\xfe" + data)
    assert decoded.repaired == 1 and decoded.text.endswith("\ufffdmore")


def test_binary_without_nul_bytes_is_refused_by_what_it_holds():
    noise = bytes((n * 7919) % 256 for n in range(200_000)).replace(b"\0", b"\1")
    assert refused(noise, "priorities.txt").kind == "binary"
    random_bytes = random.Random(17).randbytes(200 * 1024).replace(b"\0", b"\1")
    assert refused(random_bytes, "priorities.txt").kind == "binary"


def test_a_short_file_with_terminal_colours_is_text_not_binary():
    """Issue 17 item 7: a few escape sequences are stripped, not taken for binary data."""
    data = b"Priority 1 \xe2\x80\x93 Jo\x1b[31mbs\x07\n- Local\x08 jobs\x7f\n"
    document = read_document_bytes(data, "ctl.txt", suffix=".txt")
    assert document.text == "Priority 1 – Jobs\n- Local jobs\n"


def test_control_and_escape_characters_are_stripped_tabs_and_breaks_kept():
    decoded = decode_text(b"Red\x1b[31m text\tcell\r\nnext\x0cpage\x07\x1b]0;title\x07!")
    assert decoded.text == "Red text\tcell\r\nnext\npage!"
    assert clean_paste("a\x00b\x1bc\ud800") == "abc\ufffd"


# --------------------------------------------------------------------- Word

def test_control_characters_in_a_word_file_are_stripped_at_the_reader():
    """Issue 17 item 7: XML 1.0 allows C1 controls (U+0080–U+009F) in a Word file's text."""
    data = docx_bytes(lambda d: d.add_paragraph("Local\x9b jobs\x85 and\tskills"))
    document = read_document_bytes(data, "p.docx", suffix=".docx")
    texts = [getattr(block, "text", "") for block in document.blocks]
    assert "Local jobs and\tskills" in texts

def test_word_blocks_carry_styles_levels_bold_and_tables():
    blocks = read_document_bytes(docx_bytes(), "p.docx").blocks
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    assert [(p.text, p.style) for p in paragraphs[:3]] == [
        ("Our priorities", "Title"), ("Priority 1: Local jobs", "Heading 2"),
        ("Apprenticeships", "List Bullet 2")]
    assert paragraphs[1].heading_level == 2 and paragraphs[1].list_level is None
    assert paragraphs[2].list_level == 1 and paragraphs[2].heading_level is None
    assert (paragraphs[3].all_bold, paragraphs[3].bold_runs) == (True, ("All bold",))
    assert (paragraphs[4].all_bold, paragraphs[4].bold_runs) == (False, ("Some ",))
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == (("Theme", "Theme", "Measure"), ("Jobs\nSkills", "", ""))


def test_numbered_list_levels_and_tabs_and_breaks_in_runs():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def build(document):
        paragraph = document.add_paragraph("Level two")
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", "2"), ("w:numId", "7")):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            num_pr.append(element)
        paragraph._p.get_or_add_pPr().append(num_pr)
        run = document.add_paragraph().add_run("a")
        run.add_tab()
        run.add_text("b")
        run.add_break()
        run.add_text("c")

    paragraphs = [b for b in read_document_bytes(docx_bytes(build), "n.docx").blocks
                  if isinstance(b, Paragraph)]
    assert (paragraphs[-2].list_level, paragraphs[-2].numbering) == (2, "7")
    assert paragraphs[-1].text == "a\tb\nc"


# ------------------------------------------------------------------- hostile

def _timed_refusal(data: bytes, **kwargs) -> tuple[DocumentError, float]:
    start = time.perf_counter()
    error = refused(data, **kwargs)
    return error, time.perf_counter() - start


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml",
                                  "word/media/image1.png"])
def test_a_small_docx_whose_part_inflates_hugely_is_refused_quickly(part):
    bomb = rezip(docx_bytes(), {part: b"\0" * (60 * MB)})
    assert len(bomb) < 1 * MB
    error, seconds = _timed_refusal(bomb)
    assert error.kind == "bomb" and seconds < 2
    assert "would unpack to far more than a document should" in str(error)


def test_many_parts_that_together_inflate_too_far_are_refused():
    parts = {f"word/media/image{n}.png": b"\0" * (30 * MB) for n in range(5)}
    error, seconds = _timed_refusal(rezip(docx_bytes(), parts))
    assert error.kind == "bomb" and seconds < 2


def test_a_zip_that_lies_about_a_part_s_size_is_not_trusted():
    data = bytearray(rezip(docx_bytes(), {"word/styles.xml": b"<a>" + b" " * (8 * MB) + b"</a>"}))
    # Rewrite the central directory's uncompressed size for styles.xml to 1 KB.
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/styles.xml"))
    data[entry + 24:entry + 28] = (1024).to_bytes(4, "little")
    error, seconds = _timed_refusal(bytes(data))
    assert error.kind in ("damaged-docx", "bomb") and seconds < 2


def test_streamed_parts_are_capped_whatever_the_directory_says():
    data = rezip(docx_bytes(), {"word/styles.xml": b"<a>" + b" " * (3 * MB) + b"</a>"})
    limits = Limits(max_part_bytes=4 * MB, max_total_bytes=3 * MB)
    error = refused(data, limits=limits)
    assert error.kind == "bomb"


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>',
])
def test_xml_entities_external_or_nested_are_refused(xml):
    error = refused(rezip(docx_bytes(), {"word/document.xml": xml}))
    assert error.kind == "unsafe-xml"
    assert "passwd" not in str(error)


def test_reading_is_bounded_in_time():
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
           b'main"><w:body>' + paragraph * 400_000 + b"</w:body></w:document>")
    error, seconds = _timed_refusal(rezip(docx_bytes(), {"word/document.xml": xml}),
                                    limits=Limits(seconds=0.2))
    assert error.kind == "too-slow" and seconds < 1.5


def test_damaged_xml_is_reported_as_damaged():
    error = refused(rezip(docx_bytes(), {"word/document.xml": b"<not xml"}))
    assert error.kind == "damaged-docx"


# --------------------------------------------------------------------- files

def test_missing_folder_and_too_large_files(tmp_path):
    assert "There is no file at" in str(pytest.raises(DocumentError, read_document,
                                                      tmp_path / "nope.txt").value)
    assert pytest.raises(DocumentError, read_document, tmp_path).value.kind == "folder"
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(21 * MB)
    error = pytest.raises(DocumentError, read_document, huge).value
    assert error.kind == "too-large" and "20 MB" in str(error)


def test_reading_never_changes_the_file(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(ole("EncryptionInfo"))
    before = path.read_bytes()
    with pytest.raises(DocumentError):
        read_document(path)
    assert path.read_bytes() == before
