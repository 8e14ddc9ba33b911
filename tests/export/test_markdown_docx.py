"""Answer Markdown into Word: the words are exactly the words the app counts, with
their formatting, in built-in styles with explicit fonts."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.writing.answer_markdown import Span, inline_spans, strip_inline
from svbidder.core.writing.answer_markdown import parse_blocks as parse_markdown
from svbidder.core.writing.counting import count_markdown, markdown_to_plain
from svbidder.export.docx_base import DocumentBuilder, xml_safe
from svbidder.export.markdown_docx import render_markdown
from svbidder.export.options import FONTS, ExportOptions

from .helpers import reopen

SAMPLE = """## Who will benefit

Older people living **alone** in *Millbrook*, and their carers.

- Weekly visits from a **trained** volunteer
- A Friday *lunch* club

1. First step
2. Second step

A paragraph between the lists.

1. A new list
2. that starts again

### Smaller heading

Costs \\*are\\* £1,200 \\- paid **_monthly_**.
"""


def rendered(markdown: str, options: ExportOptions | None = None):
    builder = DocumentBuilder(options or ExportOptions())
    render_markdown(builder, markdown)
    return reopen(builder.document)


# ------------------------------------------------------------------ inline

def test_inline_bold_italic_and_escapes():
    assert inline_spans("plain") == [Span("plain")]
    assert inline_spans("a **bold** and *it* end") == [
        Span("a "), Span("bold", bold=True), Span(" and "), Span("it", italic=True),
        Span(" end")]
    assert inline_spans("__b__ _i_") == [Span("b", bold=True), Span(" "),
                                         Span("i", italic=True)]
    assert inline_spans("***both***") == [Span("both", bold=True, italic=True)]
    assert inline_spans("\\*not italic\\*") == [Span("*not italic*")]
    assert inline_spans("2 * 3 * 4") == [Span("2 * 3 * 4")]
    assert inline_spans("snake_case_name") == [Span("snake_case_name")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab *_\\#-1.", max_size=30))
def test_inline_text_always_equals_what_is_counted(text):
    assert "".join(span.text for span in inline_spans(text)) == strip_inline(text)


# ------------------------------------------------------------------ blocks

def test_parse_blocks():
    blocks = parse_markdown(SAMPLE)
    kinds = [(b.kind, b.level) for b in blocks]
    assert kinds == [("heading", 2), ("paragraph", 0), ("bullet", 0), ("bullet", 0),
                     ("number", 0), ("number", 0), ("paragraph", 0), ("number", 0),
                     ("number", 0), ("heading", 3), ("paragraph", 0)]
    numbered = [b for b in blocks if b.kind == "number"]
    assert numbered[0].list_id == numbered[1].list_id != numbered[2].list_id
    assert numbered[2].list_id == numbered[3].list_id


def test_numbered_list_keeps_its_first_number_and_blank_lines_do_not_split_it():
    blocks = parse_markdown("3. three\n\n4. four\n5) five")
    assert {b.list_id for b in blocks} == {blocks[0].list_id}
    assert blocks[0].start == 3


def test_line_under_a_paragraph_continues_it_as_the_app_shows():
    blocks = parse_markdown("first line\nsecond line\n- item\n  more of the item")
    assert [b.text for b in blocks] == ["first line second line", "item more of the item"]


def test_empty_headings_are_left_out_and_a_lone_dash_is_text():
    blocks = parse_markdown("- \n\n##\n\n- real")
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "-"), ("bullet", "real")]


def test_indented_items_are_second_level():
    blocks = parse_markdown("- top\n  - under\n- top again")
    assert [b.level for b in blocks] == [0, 1, 0]


# ------------------------------------------------------------------ render

def paragraphs_of(document):
    return [p for p in document.paragraphs if p.text.strip()]


def test_rendered_text_is_the_counted_text():
    document = rendered(SAMPLE)
    texts = [p.text for p in paragraphs_of(document)]
    assert texts == markdown_to_plain(SAMPLE).split("\n")
    words = sum(len(text.split()) for text in texts)
    assert words == count_markdown(SAMPLE).words


def test_rendered_styles_and_formatting():
    paragraphs = paragraphs_of(rendered(SAMPLE))
    styles = [p.style.name for p in paragraphs]
    assert styles == ["Heading 2", "Normal", "List Bullet", "List Bullet", "List Number",
                      "List Number", "Normal", "List Number", "List Number", "Heading 3",
                      "Normal"]
    runs = paragraphs[1].runs
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in runs] == [
        ("Older people living ", False, False), ("alone", True, False), (" in ", False, False),
        ("Millbrook", False, True), (", and their carers.", False, False)]
    last = paragraphs[-1].runs[-2]
    assert last.text == "monthly" and last.bold and last.italic


def test_each_numbered_list_restarts_at_one():
    document = rendered(SAMPLE)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert ids[0] == ids[1] != ids[2] == ids[3]
    numbering = document.part.numbering_part.element
    for num_id in {ids[0], ids[2]}:
        num = next(n for n in numbering.findall(qn("w:num"))
                   if n.get(qn("w:numId")) == str(num_id))
        start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert start.get(qn("w:val")) == "1"


def test_bullets_are_a_plain_bullet_in_the_body_font():
    document = rendered("- one", ExportOptions(font="Verdana"))
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Bullet"].element.pPr.numPr.numId.val
    num = next(n for n in numbering.findall(qn("w:num"))
               if n.get(qn("w:numId")) == str(style_num))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    level = abstract.find(qn("w:lvl"))
    assert level.find(qn("w:lvlText")).get(qn("w:val")) == "\u2022"
    assert level.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:ascii")) == "Verdana"


@pytest.mark.parametrize("font", FONTS)
def test_every_style_used_has_the_chosen_font_and_no_theme_font(font):
    document = rendered(SAMPLE, ExportOptions(font=font))
    styles = document.styles
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                 "List Bullet", "List Number", "List Bullet 2", "List Number 2",
                 "Question Box", "Count Statement", "Table Text"):
        rfonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:ascii")) == font, name
        assert rfonts.get(qn("w:hAnsi")) == font, name
        assert rfonts.get(qn("w:asciiTheme")) is None, name
    theme_fonts = [el for el in styles.element.iter(qn("w:rFonts"))
                   if el.get(qn("w:asciiTheme")) or el.get(qn("w:hAnsiTheme"))]
    assert theme_fonts == []


def test_language_is_british_english():
    document = rendered("Hello")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"
    normal_lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal_lang.get(qn("w:val")) == "en-GB"


def test_size_and_spacing_follow_the_options():
    document = rendered("Hello", ExportOptions(size_pt=13, line_spacing=1.5))
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 13
    assert normal.paragraph_format.line_spacing == 1.5
    assert document.styles["Heading 1"].font.size.pt > 13


def test_text_xml_cannot_hold_is_cleaned_not_fatal():
    document = rendered("bell\x07 and\x0bbreak and tab\there")
    paragraph = paragraphs_of(document)[0]
    assert paragraph.text == "bell and\nbreak and tab\there"
    assert xml_safe("ok\x00\x01\x1fgo") == "ok go"


def test_render_into_a_table_cell():
    builder = DocumentBuilder(ExportOptions())
    table = builder.table([["a"]], header=False)
    cell = table.rows[0].cells[0]
    render_markdown(builder, "- in a cell", container=cell)
    assert [p.style.name for p in cell.paragraphs][-1] == "List Bullet"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["", "- ", "1. ", "## ", "  - ", "3) ", "\\- ", "# "]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.sampled_from(["**bold**", "*it*", "word", "£1,200", "2026–27", "\x0b", "\t", "\x1f"]),
), max_size=12).map("".join).map(lambda text: text.replace("|", "\n")))
def test_any_answer_renders_with_the_counted_words(markdown):
    """Word shows exactly the words the app counts. (Invisible control characters, which
    a Word document cannot hold, are the one exception: they are dropped.)"""
    from svbidder.core.writing.counting import count_text

    document = rendered(markdown)
    words = sum(count_text(p.text).words for p in document.paragraphs)
    assert words == count_markdown(markdown).words
