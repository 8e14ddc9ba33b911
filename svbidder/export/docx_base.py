"""A python-docx document set up from :class:`ExportOptions`, and the pieces every
export uses: styles, fields, header and footer, tables, boxes and page estimates.

Importing this module imports python-docx (about 60 ms), so the builders import
it inside their functions, never at module level.

Why the style work: python-docx's default template gives headings and the Title
*theme* fonts (Calibri Light), which override an explicit font in Word and come
out as DejaVu Sans in LibreOffice without Calibri. Every ``w:rFonts`` in the
styles is therefore rewritten to the chosen font, theme attributes removed.
Built-in styles (Title, Heading 1–3, Normal, List Bullet, List Number) are used
so Word's navigation pane and accessibility checker understand the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph
from lxml import etree

from .options import ExportOptions

LANGUAGE = "en-GB"
ACCENT = "1F3864"  # dark navy: headings, title, table header text
MUTED = "595959"  # count statements, header and footer
BOX_FILL = "EDF1F7"  # question box
BOX_BORDER = "A5B6CC"
TABLE_HEADER_FILL = "DCE4EF"
TABLE_BORDER = "A6A6A6"
BULLET = "\u2022"  # "•" in the body font: the template's Symbol-font bullet is a trap

# Order of child elements the WordprocessingML schema requires (Word refuses
# files that break it), for the elements this module writes into.
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
              "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
              "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
              "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
              "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
              "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
              "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
              "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
_TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
_TRPR_ORDER = ("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
               "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden")
_SETTINGS_BEFORE_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
                                  "docVars", "rsids", "mathPr", "attachedSchema",
                                  "themeFontLang", "clrSchemeMapping",
                                  "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                                  "forceUpgrade", "captions", "readModeInkLockDown",
                                  "smartTagType", "schemaLibrary", "shapeDefaults",
                                  "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

_BAD_XML = {c: None for c in range(32) if c not in (9, 10, 13)}
_BAD_XML.update({0xFFFE: None, 0xFFFF: None})
# Soft breaks become line breaks; the separators Python (and so counting) reads as
# spaces become spaces, so the words in Word are the words counted.
_SOFT_BREAKS = {0x0B: "\n", 0x2028: "\n", 0x2029: "\n", 0x0C: "\n",
                0x1C: " ", 0x1D: " ", 0x1E: " ", 0x1F: " "}


def _pt(length: Length | None) -> float:
    """A section's size or margin in points. python-docx gives None for one the
    file leaves unset; the builder sets all of them (_setup_page)."""
    return 0.0 if length is None else length.pt


def xml_safe(text: str) -> str:
    """Text that XML can hold: line breaks for soft breaks, other controls dropped."""
    if not text:
        return ""
    if text.isprintable():
        return text
    return text.translate(_SOFT_BREAKS).translate(_BAD_XML)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_PPR, _W_PSTYLE, _W_VAL = _W + "pPr", _W + "pStyle", _W + "val"
_W_R, _W_RPR, _W_B, _W_I, _W_T = _W + "r", _W + "rPr", _W + "b", _W + "i", _W + "t"
_W_BR, _W_TAB = _W + "br", _W + "tab"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def add_runs(p, spans: Iterable[tuple[str, bool, bool]]) -> None:
    """Append runs of (text, bold, italic) to a ``w:p`` element, quickly (python-docx's
    own run API is several times slower, which matters for a 50,000-word bid)."""
    sub = etree.SubElement
    for text, bold, italic in spans:
        text = xml_safe(text)
        if not text:
            continue
        r = sub(p, _W_R)
        if bold or italic:
            rpr = sub(r, _W_RPR)
            if bold:
                sub(rpr, _W_B)
            if italic:
                sub(rpr, _W_I)
        if "\n" in text or "\t" in text:
            for index, line in enumerate(text.split("\n")):
                if index:
                    sub(r, _W_BR)
                for number, piece in enumerate(line.split("\t")):
                    if number:
                        sub(r, _W_TAB)
                    if piece:
                        _add_t(r, piece)
        else:
            _add_t(r, text)


def _add_t(r, text: str) -> None:
    t = etree.SubElement(r, _W_T)
    t.text = text
    if text[0] == " " or text[-1] == " ":
        t.set(_XML_SPACE, "preserve")


def new_paragraph(container, style_id: str | None,
                  spans: Iterable[tuple[str, bool, bool]] = ()) -> Paragraph:
    """A paragraph at the end of ``container`` (the document body or a table cell)."""
    p = container._element.add_p()
    if style_id:
        ppr = etree.SubElement(p, _W_PPR)
        etree.SubElement(ppr, _W_PSTYLE).set(_W_VAL, style_id)
    add_runs(p, spans)
    return Paragraph(p, container)


def element(tag: str, **attrs: str):
    """A new ``w:`` element with ``w:`` attributes (``element("shd", fill="EEEEEE")``)."""
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), str(value))
    return el


def put(parent, tag: str, order: Sequence[str], **attrs: str):
    """The ``w:tag`` child of ``parent`` (made at its schema position if missing),
    with these attributes set."""
    existing = parent.find(qn(f"w:{tag}"))
    if existing is None:
        existing = element(tag)
        later = order[order.index(tag) + 1:] if tag in order else ()
        parent.insert_element_before(existing, *(f"w:{name}" for name in later))
    for name, value in attrs.items():
        existing.set(qn(f"w:{name}"), str(value))
    return existing


def _ppr(el):
    return el.get_or_add_pPr()


def _rpr_of_style(style):
    return style.element.get_or_add_rPr()


def set_shading(parent, fill: str, order: Sequence[str]) -> None:
    put(parent, "shd", order, val="clear", color="auto", fill=fill)


def set_box(ppr, fill: str = BOX_FILL, border: str = BOX_BORDER) -> None:
    """A border on all four sides and shading: consecutive paragraphs with the same
    box are drawn as one box by Word and LibreOffice."""
    borders = put(ppr, "pBdr", _PPR_ORDER)
    for side in ("top", "left", "bottom", "right"):
        side_el = borders.find(qn(f"w:{side}"))
        if side_el is None:
            side_el = element(side)
            borders.append(side_el)
        for name, value in (("val", "single"), ("sz", "6"), ("space", "6"), ("color", border)):
            side_el.set(qn(f"w:{name}"), value)
    set_shading(ppr, fill, _PPR_ORDER)


# ------------------------------------------------------------------- fields

def add_field(paragraph, instruction: str, placeholder: str = "", *, dirty: bool = False):
    """A complex field (``PAGE``, ``NUMPAGES``, ``TOC …``) at the end of ``paragraph``,
    showing ``placeholder`` until Word updates it. Returns the placeholder run."""
    begin = paragraph.add_run()
    begin_char = element("fldChar", fldCharType="begin")
    if dirty:
        begin_char.set(qn("w:dirty"), "true")
    begin._r.append(begin_char)
    instr = paragraph.add_run()
    instr_text = OxmlElement("w:instrText")
    instr_text.set(qn("xml:space"), "preserve")
    instr_text.text = f" {instruction} "
    instr._r.append(instr_text)
    separate = paragraph.add_run()
    separate._r.append(element("fldChar", fldCharType="separate"))
    shown = paragraph.add_run(placeholder)
    end = paragraph.add_run()
    end._r.append(element("fldChar", fldCharType="end"))
    return shown


def _field_runs(parent, instruction: str, shown: str):
    """A complex field as plain runs appended to ``parent`` (a paragraph or a
    hyperlink); returns the ``w:t`` that holds the shown result."""
    sub = etree.SubElement
    sub(sub(parent, _W_R), _W + "fldChar").set(_W + "fldCharType", "begin")
    instr = sub(sub(parent, _W_R), _W + "instrText")
    instr.set(_XML_SPACE, "preserve")
    instr.text = f" {instruction} "
    sub(sub(parent, _W_R), _W + "fldChar").set(_W + "fldCharType", "separate")
    result = sub(sub(parent, _W_R), _W_T)
    result.text = shown
    sub(sub(parent, _W_R), _W + "fldChar").set(_W + "fldCharType", "end")
    return result


# ----------------------------------------------------------------- estimate

@dataclass(frozen=True)
class _Metrics:
    size: float
    bold: bool
    before: float
    after: float
    spacing: float  # line spacing multiple
    indent: float  # points taken from the line width
    keep_next: bool  # kept on the same page as the next paragraph (headings)
    contextual: bool  # no space between paragraphs of this style (list items)


@dataclass(frozen=True)
class _Item:
    """A measured paragraph (``metrics`` set) or table (``height`` set)."""

    element: object
    metrics: _Metrics | None
    lines: int
    line_height: float
    break_before: bool
    breaks_after: int
    height: float = 0.0


def _kept_with(items: list[_Item], position: int) -> float:
    """The room needed below the paragraph at ``position`` for what Word keeps on
    the same page: every following "keep with next" paragraph (a heading, the
    question box) and the first two lines of what comes after them."""
    needed = 0.0
    for item in items[position + 1:]:
        if item.metrics is None:
            return needed + item.line_height  # a table's first row
        if item.break_before:
            return needed
        if not item.metrics.keep_next:
            return needed + item.metrics.before + min(item.lines, 2) * item.line_height
        needed += item.metrics.before + item.lines * item.line_height + item.metrics.after
    return needed


@dataclass(frozen=True)
class Placement:
    """Where a paragraph starts in the page estimate (see :meth:`DocumentBuilder.layout`)."""

    page: int
    offset: float  # points from the top of the first page, whole pages included


# ------------------------------------------------------------------ builder

class DocumentBuilder:
    """A new document with the options' page, fonts and styles, and helpers to fill it.

    ``document`` is the python-docx ``Document``; the named styles below are
    style objects (faster to apply than names).
    """

    def __init__(self, options: ExportOptions) -> None:
        self.options = options.checked()
        self.document = docx.Document()
        self._metrics: dict[str, _Metrics] = {}
        self._number_abstract: dict[str, str] = {}
        self._bookmark_id = 0
        self._page_layout: PageLayout | None = None
        self._contents_number = 0
        self._contents_pages: list[tuple[etree._Element, Paragraph]] = []
        self._setup_page()
        self._setup_styles()
        self._setup_numbering()
        self._setup_settings()
        self._drop_stale_parts()

    # ---------------------------------------------------------------- setup

    @property
    def font(self) -> str:
        return self.options.font

    @property
    def size(self) -> float:
        return self.options.size_pt

    @staticmethod
    def points(value: float):
        return Pt(value)

    def page_height(self) -> float:
        """Height between the top and bottom margins, in points."""
        section = self.document.sections[-1]
        return _pt(section.page_height) - _pt(section.top_margin) - _pt(section.bottom_margin)

    def last_block(self):
        """The last paragraph or table of the body (the element before the final
        section properties)."""
        blocks = [child for child in self.document.element.body
                  if child.tag in (qn("w:p"), qn("w:tbl"))]
        return blocks[-1]

    def text_width(self) -> float:
        """Width between the margins, in points."""
        section = self.document.sections[-1]
        return _pt(section.page_width) - _pt(section.left_margin) - _pt(section.right_margin)

    def _setup_page(self) -> None:
        width, height = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}[self.options.paper]
        margin = Mm(self.options.margins_mm)
        for section in self.document.sections:
            section.page_width, section.page_height = Mm(width), Mm(height)
            section.left_margin = section.right_margin = margin
            section.top_margin = section.bottom_margin = margin
            section.header_distance = section.footer_distance = Mm(min(12.7,
                                                                       self.options.margins_mm / 2))

    def _setup_styles(self) -> None:
        styles_el = self.document.styles.element
        font = self.font
        # Every font reference, including docDefaults and linked character styles.
        for rfonts in styles_el.iter(qn("w:rFonts")):
            for name in list(rfonts.attrib):
                del rfonts.attrib[name]
            for name in ("ascii", "hAnsi", "eastAsia", "cs"):
                rfonts.set(qn(f"w:{name}"), font)
        defaults = styles_el.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        put(rpr, "lang", _RPR_ORDER, val=LANGUAGE, eastAsia=LANGUAGE, bidi="ar-SA")
        size_half_points = str(round(self.size * 2))
        put(rpr, "sz", _RPR_ORDER, val=size_half_points)
        put(rpr, "szCs", _RPR_ORDER, val=size_half_points)

        styles = self.document.styles
        size = self.size
        self.normal = styles["Normal"]
        self.set_style(self.normal, size=size, after=round(size * 0.55), spacing=None)
        put(_rpr_of_style(self.normal), "lang", _RPR_ORDER, val=LANGUAGE)

        self.title = styles["Title"]
        self.set_style(self.title, size=round(size * 2.3), color=ACCENT, after=6, spacing=1.0,
                       bold=True)
        title_border = self.title.element.pPr.find(qn("w:pBdr"))
        if title_border is not None:
            self.title.element.pPr.remove(title_border)
        self.subtitle = styles["Subtitle"]
        self.set_style(self.subtitle, size=size + 5, color=MUTED, italic=False, after=24,
                       spacing=1.0)
        self.heading1 = styles["Heading 1"]
        self.set_style(self.heading1, size=size + 5, color=ACCENT, before=0, after=8, bold=True,
                       spacing=1.0)
        self.heading2 = styles["Heading 2"]
        self.set_style(self.heading2, size=size + 2, color=ACCENT, before=12, after=4, bold=True,
                       spacing=1.0)
        self.heading3 = styles["Heading 3"]
        self.set_style(self.heading3, size=size + 1, color=ACCENT, before=10, after=3, bold=True,
                       spacing=1.0)
        self.bullet = styles["List Bullet"]
        self.bullet2 = styles["List Bullet 2"]
        self.number = styles["List Number"]
        self.number2 = styles["List Number 2"]
        for style in (self.bullet, self.bullet2, self.number, self.number2):
            self.set_style(style, size=size, after=round(size * 0.55), spacing=None)
        self.header = styles["Header"]
        self.footer = styles["Footer"]
        for style in (self.header, self.footer):
            self.set_style(style, size=max(8.0, size - 2), color=MUTED, after=0, spacing=1.0)
            tabs = style.element.pPr.find(qn("w:tabs"))
            if tabs is not None:
                style.element.pPr.remove(tabs)

        self.question = self._custom("Question Box", size=size, after=4, spacing=None,
                                     keep_next=True)
        set_box(self.question.element.get_or_add_pPr())
        self._indent(self.question, 7)
        self.question_note = self._custom("Question Box Note", size=size - 1, before=2,
                                          after=2, spacing=1.0, color=MUTED, keep_next=True)
        set_box(self.question_note.element.get_or_add_pPr())
        self._indent(self.question_note, 7)
        self.guidance = self._custom("Question Guidance", size=size - 1, after=3,
                                     spacing=1.0, italic=True, keep_next=True)
        set_box(self.guidance.element.get_or_add_pPr())
        self._indent(self.guidance, 7)
        self.box_gap = self._custom("Question Box End", size=4, after=round(size * 0.8),
                                    spacing=1.0)
        self.count = self._custom("Count Statement", size=size - 1, before=8,
                                  after=round(size * 0.55), spacing=1.0, italic=True,
                                  color=MUTED)
        self.table_text = self._custom("Table Text", size=size - 1, before=1, after=1,
                                       spacing=1.0)
        self.table_heading = self._custom("Table Heading", size=size - 1, before=1, after=1,
                                          spacing=1.0, bold=True, color=ACCENT, keep_next=True)
        self.cover_label = self._custom("Cover Label", size=size, before=3, after=3,
                                        spacing=1.0, bold=True, color=ACCENT)
        self.cover_value = self._custom("Cover Value", size=size, before=3, after=3,
                                        spacing=1.0)
        self.note = self._custom("Export Note", size=size - 1, after=round(size * 0.55),
                                 spacing=None, italic=True, color=MUTED)
        self.toc1 = self._custom("toc 1", size=size, before=2, after=4, spacing=1.0,
                                 next_style=False)
        self.toc_heading = styles["TOC Heading"]
        self.set_style(self.toc_heading, size=size + 5, color=ACCENT, before=0, after=12,
                       bold=True, spacing=1.0)

    def _custom(self, name: str, *, next_style: bool = True, **format_values):
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.normal
        if next_style:
            style.next_paragraph_style = self.normal
        style.quick_style = name in ("Question Box", "Count Statement")
        self.set_style(style, **format_values)
        return style

    def set_style(self, style, *, size: float, before: float = 0, after: float = 0,
               spacing: float | None = 1.0, bold: bool | None = None,
               italic: bool | None = None, color: str | None = None,
               keep_next: bool | None = None) -> None:
        """Set a paragraph style's font and spacing explicitly (no theme fonts)."""
        font = style.font
        font.name = self.font
        rfonts = _rpr_of_style(style).find(qn("w:rFonts"))
        for name in list(rfonts.attrib):
            del rfonts.attrib[name]
        for name in ("ascii", "hAnsi", "eastAsia", "cs"):
            rfonts.set(qn(f"w:{name}"), self.font)
        font.size = Pt(size)
        rpr = _rpr_of_style(style)
        put(rpr, "szCs", _RPR_ORDER, val=str(round(size * 2)))
        if bold is not None:
            font.bold = bold
            put(rpr, "bCs", _RPR_ORDER, val="1" if bold else "0")
        if italic is not None:
            font.italic = italic
        for tag in ("w:color", "w:spacing", "w:kern"):  # the template's letter-spacing too
            found = rpr.find(qn(tag))
            if found is not None:
                rpr.remove(found)
        if color:
            font.color.rgb = RGBColor.from_string(color)
        paragraph = style.paragraph_format
        paragraph.space_before = Pt(before)
        paragraph.space_after = Pt(after)
        paragraph.line_spacing = self.options.line_spacing if spacing is None else spacing
        if keep_next is not None:
            paragraph.keep_with_next = keep_next
        metrics_spacing = self.options.line_spacing if spacing is None else spacing
        resolved_bold = bool(bold) if bold is not None else style.name.startswith(
            ("Heading", "Title"))
        indent = 18.0 if style.name in ("List Bullet", "List Number") else \
            36.0 if style.name in ("List Bullet 2", "List Number 2") else 0.0
        keeps = bool(paragraph.keep_with_next)
        self._metrics[style.style_id] = _Metrics(size, resolved_bold, before, after,
                                                 metrics_spacing, indent, keeps,
                                                 style.name.startswith("List"))

    def _indent(self, style, points: float) -> None:
        style.paragraph_format.left_indent = Pt(points)
        style.paragraph_format.right_indent = Pt(points)
        old = self._metrics[style.style_id]
        self._metrics[style.style_id] = _Metrics(old.size, old.bold, old.before, old.after,
                                                 old.spacing, 2 * points + 12, old.keep_next,
                                                 False)

    def _setup_numbering(self) -> None:
        """Bullets as "•" in the body font, and remember which abstract list each
        list style uses, so every numbered list can restart at 1."""
        numbering = self.document.part.numbering_part.element
        nums = {num.get(qn("w:numId")): num.find(qn("w:abstractNumId")).get(qn("w:val"))
                for num in numbering.findall(qn("w:num"))}
        for style in (self.bullet, self.bullet2, self.number, self.number2):
            num_id = style.element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
            self._number_abstract[style.style_id] = nums[num_id]
        for style in (self.bullet, self.bullet2):
            abstract_id = self._number_abstract[style.style_id]
            for abstract in numbering.findall(qn("w:abstractNum")):
                if abstract.get(qn("w:abstractNumId")) != abstract_id:
                    continue
                for level in abstract.findall(qn("w:lvl")):
                    level.find(qn("w:lvlText")).set(qn("w:val"), BULLET)
                    rpr = level.find(qn("w:rPr"))
                    if rpr is None:
                        rpr = element("rPr")
                        level.append(rpr)
                    rfonts = rpr.find(qn("w:rFonts"))
                    if rfonts is None:
                        rfonts = element("rFonts")
                        rpr.insert(0, rfonts)
                    for name in list(rfonts.attrib):
                        del rfonts.attrib[name]
                    for name in ("ascii", "hAnsi", "cs"):
                        rfonts.set(qn(f"w:{name}"), self.font)
        self._next_num_id = max((int(n) for n in nums), default=0) + 1

    def _drop_stale_parts(self) -> None:
        """Drop the template's ``stylesWithEffects`` part: it is a Word 2010 copy of
        the template's styles, and once our styles differ from it Word reports the
        file as damaged and repairs it. Word rebuilds the part itself when needed."""
        part = self.document.part
        stale = [r_id for r_id, rel in part.rels.items() if rel.reltype == _STYLES_WITH_EFFECTS]
        for r_id in stale:
            part.rels.pop(r_id)

    def _setup_settings(self) -> None:
        settings = self.document.settings.element
        proof = settings.find(qn("w:proofState"))
        if proof is not None:  # the template claims "spelling checked": let Word check
            settings.remove(proof)
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), LANGUAGE)

    def update_fields_on_open(self) -> None:
        """Ask Word to update fields (the contents) when the document is opened."""
        settings = self.document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            settings.insert_element_before(element("updateFields", val="true"),
                                           *(f"w:{t}" for t in _SETTINGS_BEFORE_UPDATE_FIELDS))

    # ------------------------------------------------------------ properties

    def set_properties(self, *, title: str, author: str, subject: str,
                       keywords: str = "social value") -> None:
        props = self.document.core_properties
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.title = xml_safe(title)[:255]
        props.author = xml_safe(author)[:255]
        props.last_modified_by = xml_safe(author)[:255]
        props.subject = xml_safe(subject)[:255]
        props.keywords = keywords
        props.language = LANGUAGE
        props.comments = "Made with svbidder."
        props.category = "Bid response"
        props.created = now
        props.modified = now
        props.revision = 1

    # -------------------------------------------------------------- content

    def paragraph(self, text: str = "", style=None, *, bold: bool = False,
                  container=None) -> Paragraph:
        """A paragraph of plain text (``\\n`` gives a line break)."""
        target = container if container is not None else self.document._body
        style_id = self._style_id(style)
        return new_paragraph(target, style_id, [(text, bold, False)] if text else ())

    def _style_id(self, style) -> str | None:
        if style is None or style is self.normal:
            return None
        return style.style_id

    def styled(self, style, spans: Iterable[tuple[str, bool, bool]], *,
               container=None) -> Paragraph:
        """A paragraph of formatted runs: ``spans`` are (text, bold, italic)."""
        target = container if container is not None else self.document._body
        return new_paragraph(target, self._style_id(style), spans)

    def heading(self, text: str, level: int = 1, *, page_break: bool = False):
        style = {0: self.title, 1: self.heading1, 2: self.heading2}.get(level, self.heading3)
        paragraph = self.paragraph(text, style)
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def new_list_number_id(self, style, start: int = 1) -> int:
        """A fresh list instance of ``style``'s numbering that starts at ``start``."""
        numbering = self.document.part.numbering_part.element
        num_id = self._next_num_id
        self._next_num_id += 1
        num = element("num", numId=str(num_id))
        num.append(element("abstractNumId", val=self._number_abstract[style.style_id]))
        override = element("lvlOverride", ilvl="0")
        override.append(element("startOverride", val=str(max(0, start))))
        num.append(override)
        numbering.append(num)
        return num_id

    def header_footer(self, left: str, right: str, *, cover: bool = True) -> None:
        """``left`` and ``right`` in the header and "Page X of Y" in the footer; with
        ``cover`` the first page (the cover) has neither."""
        width = Twips(round(self.text_width() * 20))
        for section in self.document.sections:
            section.different_first_page_header_footer = cover
            header = section.header.paragraphs[0]
            header.style = self.header
            header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            header.add_run(xml_safe(left))
            if right:
                header.add_run("\t" + xml_safe(right))
            footer = section.footer.paragraphs[0]
            footer.style = self.footer
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            footer.add_run("Page ")
            add_field(footer, "PAGE", "1")
            footer.add_run(" of ")
            add_field(footer, "NUMPAGES", "1")

    def bookmark(self, paragraph: Paragraph, name: str) -> None:
        """Mark ``paragraph`` as the target ``name`` (names starting with "_" are
        hidden in Word's bookmark list, as its own contents bookmarks are)."""
        self._bookmark_id += 1
        p = paragraph._p
        start = element("bookmarkStart", id=str(self._bookmark_id), name=name[:40])
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(element("bookmarkEnd", id=str(self._bookmark_id)))

    def contents(self, entries: Iterable[tuple[str, Paragraph]], *,
                 heading: str = "Contents") -> None:
        """A contents page: each entry's text, dotted leader and page number, linked
        to its paragraph (a heading).

        The page numbers are ``PAGEREF`` fields, not one ``TOC`` field: LibreOffice
        shows a TOC field's stored text as it is (so a fresh document would show
        no page numbers) but works a PAGEREF out from its own layout. Word shows the
        stored number, which :meth:`fill_contents_pages` sets from the page
        estimate, and refreshes every field when the document opens
        (:meth:`update_fields_on_open`) and before printing.
        """
        title = self.paragraph(heading, self.toc_heading)
        title.paragraph_format.page_break_before = True
        right = Twips(round(self.text_width() * 20))
        for text, target in entries:
            self._contents_number += 1
            name = f"_TocSvb{self._contents_number:04d}"
            self.bookmark(target, name)
            paragraph = self.paragraph("", self.toc1)
            paragraph.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT,
                                                              WD_TAB_LEADER.DOTS)
            link = element("hyperlink", anchor=name, history="1")
            paragraph._p.append(link)
            add_runs(link, [(text, False, False), ("\t", False, False)])
            number = _field_runs(link, f"PAGEREF {name} \\h", "1")
            self._contents_pages.append((number, target))
        self.update_fields_on_open()

    def fill_contents_pages(self) -> None:
        """Store each contents entry's page number as the page estimate places its
        heading, for Word to show before it updates the fields itself."""
        if not self._contents_pages:
            return
        _, placements = self.layout([target for _, target in self._contents_pages])
        for (number, _), placement in zip(self._contents_pages, placements, strict=True):
            number.text = str(placement.page)

    def table(self, rows: Sequence[Sequence[str]], *, widths_mm: Sequence[float] | None = None,
              header: bool = True, caption: str = "", bold_first_column: bool = False,
              borders: bool = True, container=None):
        """A table of text with an optional shaded header row that repeats on every page."""
        target = container if container is not None else self.document
        columns = max((len(row) for row in rows), default=1)
        table = target.add_table(rows=0, cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        tbl_pr = table._tbl.tblPr
        indent = 0.0
        if borders:  # the border on the margin, as the question boxes are
            indent = 5.0
            put(tbl_pr, "tblInd", _TBLPR_ORDER, w="100", type="dxa")
            table.style = self.document.styles["Table Grid"]
            edges = put(tbl_pr, "tblBorders", _TBLPR_ORDER)
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                edges.append(element(side, val="single", sz="4", space="0",
                                     color=TABLE_BORDER))
        margins = put(tbl_pr, "tblCellMar", _TBLPR_ORDER)
        for side, twips in (("top", 45), ("left", 100), ("bottom", 45), ("right", 100)):
            margins.append(element(side, w=str(twips), type="dxa"))
        if caption:
            put(tbl_pr, "tblCaption", _TBLPR_ORDER, val=xml_safe(caption)[:255])
        if widths_mm:
            table.autofit = False
            total = sum(widths_mm)
            scale = min(1.0, (self.text_width() - indent) / (total * 72 / 25.4))
            widths = [Mm(w * scale) for w in widths_mm]
            for column, width in zip(table.columns, widths, strict=False):
                column.width = width
        else:
            widths = []
        for index, values in enumerate(rows):
            row = table.add_row()
            is_header = header and index == 0
            if is_header:
                tr_pr = row._tr.get_or_add_trPr()
                put(tr_pr, "tblHeader", _TRPR_ORDER)
            for column, cell in enumerate(row.cells):
                value = values[column] if column < len(values) else ""
                if widths:
                    cell.width = widths[column]
                style = self.table_heading if is_header else self.table_text
                bold = bold_first_column and column == 0 and not is_header
                tc = cell._tc
                for p in tc.findall(qn("w:p")):
                    tc.remove(p)
                for line in xml_safe(str(value)).split("\n"):
                    new_paragraph(cell, style.style_id, [(line, bold, False)])
                if is_header:
                    set_shading(cell._tc.get_or_add_tcPr(), TABLE_HEADER_FILL, _TCPR_ORDER)
        return table

    # ------------------------------------------------------------- estimate

    def estimate_pages(self) -> float:
        """About how many pages the document fills (1.6 = one and a bit): the text is
        wrapped with the font's real character widths (see ``font_widths``), so
        this is usually within a few lines of LibreOffice and Word."""
        return self.layout()[0]

    def layout(self, marked: Iterable[Paragraph] = ()) -> tuple[float, list[Placement]]:
        """The estimated page count, and where each ``marked`` paragraph starts (in
        the order given): its page number (the first page is 1) and its distance in
        points from the top of the document's text, counting whole pages, so the
        difference between two placements is the height between them."""
        wanted: dict[object, int] = {paragraph._p: index for index, paragraph in enumerate(marked)}
        placements: list[Placement | None] = [None] * len(wanted)
        state = _PageState(self.page_height())
        items = self._layout_items()
        previous: _Metrics | None = None
        for position, item in enumerate(items):
            if item.metrics is None:  # a table
                state.add_block(item.height)
                previous = None
                continue
            metrics = item.metrics
            if item.break_before:
                state.new_page()
            # Word and LibreOffice leave the larger of the space after one paragraph
            # and the space before the next, not both; none between list items.
            joined = previous is metrics and metrics.contextual
            before = 0.0 if joined else metrics.before
            if previous is not None and state.used:
                before = max(0.0, before - previous.after)
                if joined:
                    state.used -= previous.after
            follow = _kept_with(items, position) if metrics.keep_next else 0.0
            start = state.add_paragraph(before, item.lines, item.line_height, metrics.after,
                                        follow)
            index = wanted.get(item.element)
            if index is not None:
                placements[index] = Placement(start[0], start[1])
            for _ in range(item.breaks_after):
                state.new_page()
            previous = metrics
        missing = Placement(state.full_pages + 1, state.offset())
        return state.pages(), [found or missing for found in placements]

    def _layout_items(self) -> list[_Item]:
        """Every paragraph and table of the body, measured."""
        width = self.text_width()
        if self._page_layout is None:  # kept: its word widths are cached
            self._page_layout = PageLayout(self.font)
        layout = self._page_layout
        normal = self._metrics[self.normal.style_id]
        items = []
        for child in self.document.element.body.iterchildren():
            if child.tag == qn("w:p"):
                metrics, text, break_before, breaks_after = self._paragraph_facts(child, normal)
                lines = layout.lines(text, width - metrics.indent, metrics.size, metrics.bold)
                line_height = metrics.size * layout.line_height * metrics.spacing
                items.append(_Item(child, metrics, lines, line_height, break_before,
                                   breaks_after))
            elif child.tag == qn("w:tbl"):
                height = self._table_height(child, width, layout, normal)
                first_line = 2 * normal.size * layout.line_height
                items.append(_Item(child, None, 0, first_line, False, 0, height))
        return items

    def _paragraph_facts(self, p, normal: _Metrics) -> tuple[_Metrics, str, bool, int]:
        ppr = p.find(qn("w:pPr"))
        style_id = None
        page_break = False
        if ppr is not None:
            style_el = ppr.find(qn("w:pStyle"))
            style_id = style_el.get(qn("w:val")) if style_el is not None else None
            page_break = ppr.find(qn("w:pageBreakBefore")) is not None
        metrics = self._metrics.get(style_id, normal) if style_id else normal
        spacing = ppr.find(qn("w:spacing")) if ppr is not None else None
        if spacing is not None and spacing.get(qn("w:before")) is not None:
            metrics = replace(metrics, before=int(spacing.get(qn("w:before"))) / 20)
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        breaks = sum(1 for br in p.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
        return metrics, text, page_break, breaks

    def _table_height(self, tbl, width: float, layout: PageLayout, normal: _Metrics) -> float:
        grid = [int(col.get(qn("w:w")) or 0) / 20 for col in tbl.iter(qn("w:gridCol"))]
        total = 0.0
        for tr in tbl.iter(qn("w:tr")):
            cells = tr.findall(qn("w:tc"))
            row = 0.0
            for index, tc in enumerate(cells):
                cell_width = (grid[index] if index < len(grid) and grid[index]
                              else width / max(1, len(cells))) - 10
                height = 0.0
                for p in tc.iter(qn("w:p")):
                    metrics, text, _, _ = self._paragraph_facts(p, normal)
                    height += metrics.before + metrics.after + layout.height(
                        text, cell_width - metrics.indent, metrics.size, metrics.bold,
                        metrics.spacing)
                row = max(row, height)
            total += row + 5  # cell margins above and below, and the border
        return total


class PageLayout:
    """Wraps text into lines with an export font's character widths."""

    def __init__(self, font: str) -> None:
        from .font_widths import WIDTHS

        regular, bold, line_height = WIDTHS.get(font, WIDTHS["Arial"])
        self._widths = (regular, bold)
        self._fallback = (regular.get("n", 556), bold.get("n", 611))
        self._cache: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self.line_height = line_height

    def _word(self, word: str, bold: bool) -> int:
        cache = self._cache[bold]
        width = cache.get(word)
        if width is None:
            widths, fallback = self._widths[bold], self._fallback[bold]
            width = sum(widths.get(char, fallback) for char in word)
            if len(cache) < 50_000:
                cache[word] = width
        return width

    def lines(self, text: str, width_pt: float, size_pt: float, bold: bool = False) -> int:
        """How many lines ``text`` takes in a column ``width_pt`` wide (at least 1)."""
        available = max(1.0, width_pt) * 1000 / size_pt
        space = self._widths[bold].get(" ", 278)
        count = 0
        for part in text.split("\n"):
            count += 1
            used: float = -space
            for word in part.split(" "):
                width: float = self._word(word, bold)
                if used + space + width <= available:
                    used += space + width
                    continue
                if used > 0:
                    count += 1
                while width > available:  # a word longer than the line breaks anywhere
                    count += 1
                    width -= available
                used = width
        return max(1, count)

    def height(self, text: str, width_pt: float, size_pt: float, bold: bool = False,
               spacing: float = 1.0) -> float:
        """The height in points of a paragraph's lines (spacing before and after not
        included)."""
        return self.lines(text, width_pt, size_pt, bold) * size_pt * self.line_height * spacing


class _PageState:
    """Pages filled line by line, with Word's default widow and orphan control (no
    single line of a paragraph alone at the foot or head of a page) and headings
    kept with what follows them."""

    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.full_pages = 0
        self.used = 0.0

    def new_page(self) -> None:
        if self.used > 0:
            self.full_pages += 1
            self.used = 0.0

    def add_block(self, height: float) -> None:
        self.used += height
        while self.used > self.page_height:
            self.full_pages += 1
            self.used -= self.page_height

    def offset(self) -> float:
        """Points from the top of the first page to the current position."""
        return self.full_pages * self.page_height + self.used

    def add_paragraph(self, before: float, lines: int, line_height: float, after: float,
                      follow: float = 0.0) -> tuple[int, float]:
        """``follow``: room needed below for what must stay with this paragraph.
        Returns the page the paragraph starts on and its :meth:`offset` there."""
        if self.used and self.used + before + lines * line_height + follow > self.page_height \
                and (follow or lines <= 3):
            self.new_page()  # a heading or a short paragraph moves whole
        if self.used:
            self.used += before
        start: tuple[int, float] | None = None
        remaining = lines
        while remaining:
            room = int((self.page_height - self.used) // line_height) if line_height else remaining
            if room >= remaining:
                start = start or (self.full_pages + 1, self.offset())
                self.used += remaining * line_height
                break
            take = room if remaining - room >= 2 else remaining - 2
            if take < 2:
                take = 0
            elif start is None:
                start = (self.full_pages + 1, self.offset())
            remaining -= take
            self.full_pages += 1
            self.used = 0.0
        start = start or (self.full_pages + 1, self.offset())
        self.used = min(self.page_height, self.used + after)
        return start

    def pages(self) -> float:
        return self.full_pages + self.used / self.page_height
