"""Reading a council's priorities from its own words: pasted text, .txt, .md or .docx.

Councils publish priorities in many shapes: a "plan on a page", a policy with
numbered sections, themes with bulleted outcomes, "Priority A – …" lines,
Word documents with heading and list styles, tables. This module turns any of
them into a tree of themes → outcomes (and, where the document has them,
measures), for the person to check in a preview before anything is saved.

How it works:

1. Every line (or Word paragraph) is classified: a heading (Markdown ``#``,
   underlined, Word "Heading n", bold or a short line that introduces a list),
   a list item (``1.``, ``1.1``, ``a)``, ``i)``, ``(b)``, ``A.``, bullets,
   Word list paragraphs), a labelled line ("Theme 1:", "Priority A –",
   "Outcome:", Welsh "Thema", "Blaenoriaeth", "Canlyniad"…), a table row, or
   prose.
2. Items are nested into an outline: headings by level, and list markers in
   the order they first appear inside one another (as a word processor does).
3. Sections that are not priorities (introduction, background, contact us,
   glossary…) and lines such as e-mail addresses, phone numbers, web
   addresses, "For more information" and page footers are left out, each with
   a warning.
4. A lone top heading is the document's name; the next level down becomes
   themes, the level under that outcomes, and anything deeper becomes measures
   (when it reads like one: "Number of …", "hours of …", "£ spent …") or part
   of the outcome's description. Prose under an item becomes its description.

:func:`parse_priorities_text` never raises. :func:`parse_priorities_file`
raises :class:`~svbidder.core.errors.SvBidderError` with a friendly message for
files it cannot read (encrypted Word files, old .doc files, PDFs, other zips,
huge or binary files). The preview operations (:func:`promote`,
:func:`demote`, :func:`merge`, :func:`split`, :func:`rename`, :func:`drop`,
:func:`move`) are pure: each returns a new :class:`ImportResult`.
"""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import SvBidderError
from ...text.clean import clean_text
from ...text.search import fold
from ..frameworks import FrameworkData, MeasureData, OutcomeData, ThemeData, make_key

MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_DOCX_BYTES = 30 * 1024 * 1024
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024
MAX_LINES = 20_000
MAX_THEMES = 50
MAX_OUTCOMES = 1000
MAX_WARNINGS = 40
MAX_DESCRIPTION = 2000
MAX_TITLE = 300
MAX_LINE_CHARS = 2000
MAX_TEXT_CHARS = 3_000_000
DEFAULT_NAME = "Imported priorities"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")


class PrioritiesImportError(SvBidderError):
    """A file that cannot be read as a council's priorities."""


# ------------------------------------------------------------------ results

@dataclass
class ImportMeasure:
    name: str
    unit: str = ""


@dataclass
class ImportOutcome:
    title: str
    ref: str = ""
    description: str = ""
    measures: list[ImportMeasure] = field(default_factory=list)


@dataclass
class ImportTheme:
    title: str
    ref: str = ""
    description: str = ""
    outcomes: list[ImportOutcome] = field(default_factory=list)


@dataclass
class ImportResult:
    """What was found: the document's name, its themes and what was left out or guessed."""

    name: str = DEFAULT_NAME
    themes: list[ImportTheme] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def outcome_count(self) -> int:
        return sum(len(theme.outcomes) for theme in self.themes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape printed by ``svbidder priorities import --json``."""
        return {
            "name": self.name,
            "themes": [
                {"title": t.title, "ref": t.ref, "description": t.description,
                 "outcomes": [
                     {"title": o.title, "ref": o.ref, "description": o.description,
                      "measures": [{"name": m.name, "unit": m.unit} for m in o.measures]}
                     for o in t.outcomes]}
                for t in self.themes
            ],
            "warnings": list(self.warnings),
        }

    def to_framework_data(self, *, key: str = "", name: str = "", publisher: str = "",
                          version: str = "", as_at: str = "", source_address: str = "",
                          licence_note: str = "", provisional_note: str = "") -> FrameworkData:
        """The tree as a framework, ready for ``frameworks.install_framework``."""
        title = (name or self.name or DEFAULT_NAME).strip()
        return FrameworkData(
            key=key or make_key(title), name=title, publisher=publisher, version=version,
            as_at=as_at, source_address=source_address, licence_note=licence_note,
            provisional_note=provisional_note, origin="imported",
            themes=[ThemeData(title=t.title, ref=t.ref, description=t.description,
                              outcomes=[OutcomeData(title=o.title, ref=o.ref,
                                                    description=o.description,
                                                    measures=[MeasureData(m.name, m.unit)
                                                              for m in o.measures])
                                        for o in t.outcomes])
                    for t in self.themes],
        )

    def format_tree(self) -> str:
        """A readable outline, for the command line."""
        lines = [self.name]
        for theme in self.themes:
            lines.append(f"  {_with_ref(theme.ref, theme.title)}")
            for outcome in theme.outcomes:
                lines.append(f"    - {_with_ref(outcome.ref, outcome.title)}")
                for measure in outcome.measures:
                    unit = f" ({measure.unit})" if measure.unit else ""
                    lines.append(f"        measure: {measure.name}{unit}")
        if not self.themes:
            lines.append("  (no priorities found)")
        return "\n".join(lines)


def _with_ref(ref: str, title: str) -> str:
    return f"{ref} {title}" if ref else title


# -------------------------------------------------------------- vocabulary

_THEME_WORDS = ("theme", "themes", "priority", "priorities", "mission", "pillar", "goal",
                "ambition", "strand", "principle", "commitment", "focus area", "area of focus",
                "strategic priority", "strategic theme", "social value theme",
                "thema", "blaenoriaeth", "nod", "cenhadaeth", "egwyddor")
_OUTCOME_WORDS = ("outcome", "policy outcome", "objective", "aim", "sub-priority",
                  "what we want to see", "what we want", "we want", "canlyniad", "amcan")
_MEASURE_WORDS = ("measure", "measures", "kpi", "indicator", "metric", "target",
                  "how we will measure", "mesur", "dangosydd", "targed")

_LABEL = re.compile(
    r"^(?P<word>" + "|".join(sorted((re.escape(w) for w in
                                      (*_THEME_WORDS, *_OUTCOME_WORDS, *_MEASURE_WORDS)),
                                     key=len, reverse=True)) + r")"
    r"(?:\s+(?P<ref>(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z](?:\d{1,2})?|[ivxIVX]{1,5})))?"
    r"\s*(?:[:.\u2013\u2014|)-]|\s-\s)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LABEL_NUMBERED_ONLY = re.compile(
    r"^(?P<word>" + "|".join(re.escape(w) for w in ("theme", "priority", "mission", "goal",
                                                     "outcome", "objective", "pillar",
                                                     "thema", "blaenoriaeth", "nod",
                                                     "canlyniad", "amcan")) + r")"
    r"\s+(?P<ref>\d{1,3}(?:\.\d{1,3})*|[A-Z])\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)

# Headings of sections that are about the document, not priorities.
_SKIP_SECTIONS = (
    "introduction", "intro", "foreword", "preface", "background", "context", "purpose",
    "about this", "about us", "about the council", "contents", "table of contents",
    "executive summary", "summary", "overview", "contact", "contacts", "contact us",
    "contact details", "further information", "more information", "for more information",
    "get in touch", "glossary", "definitions", "appendix", "appendices", "annex",
    "document control", "version control", "version history", "document history",
    "review", "review date", "next steps", "how to use this", "how to use", "references",
    "acknowledgements", "legal", "legislation", "policy statement", "scope",
    "what is social value", "why social value matters", "why is social value important",
    "our vision", "vision", "equality impact", "monitoring and reporting", "governance",
    "how we will measure", "how we measure", "measuring success", "monitoring",
    "how we will monitor", "reporting",
    "cyflwyniad", "rhagair", "cefndir", "cynnwys", "cysylltu", "cysylltwch", "cysylltu a ni",
    "rhagor o wybodaeth", "geirfa", "atodiad", "diben", "crynodeb",
)
_SKIP_SECTION = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_SKIP_SECTIONS, key=len, reverse=True))
    + r")\b", re.IGNORECASE)

# A heading with one of these words is about priorities, whatever else it says
# ("Summary of our priorities").
_PRIORITY_WORDS = re.compile(r"priorit|theme|outcome|objective|goal|commitment|ambition|"
                             r"blaenoriaeth|thema|canlyniad|amcan")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_FOOTER = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+|©|copyright\b|\(c\)\s|published[:\s]|"
    r"last (?:updated|reviewed)\b|review date\b|version\s+\d|date of (?:issue|publication)|"
    r"document (?:owner|ref)|classification\b|official\b\s*$)",
    re.IGNORECASE)
_CONTACT_LEAD = re.compile(
    r"^(?:for (?:more|further) (?:information|details)|if you have (?:any )?(?:questions|queries)|"
    r"(?:please )?contact (?:us|the|our|me)\b|contact(?: details)?\s*:|get in touch|"
    r"(?:tel(?:ephone)?|phone|mobile|e-?mail|website|web|address|post|twitter|x)\s*:|"
    r"write to (?:us|the)\b|follow us\b|find out more\b|am ragor o wybodaeth|cysylltwch)",
    re.IGNORECASE)

_MEASURE_START = re.compile(
    r"^(?:number of|no\.? of|numbers? of|total (?:number|value|amount) of|percentage of|"
    r"proportion of|% of|£|value of|amount of|hours? of|tonnes? of|amount spent|spend with|"
    r"spend on|how many|count of)\b|^(?:£|%)",
    re.IGNORECASE)

_WELSH_HINT = re.compile(
    r"[ŵŷâêîôûẁẃẅỳ]|\b(?:cymru|cymunedau|cymuned|gwaith|lleol|iachach|llewyrchus|lewyrchus|"
    r"gydnerth|cyfartal|diwylliant|gymraeg|sy'n|ein|gyda|mwy|byd|nod|thema|blaenoriaeth|"
    r"canlyniad|amcan|ac|yr|y|o|i|a)\b",
    re.IGNORECASE)

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


# ------------------------------------------------------------------- lines

@dataclass
class _Line:
    """One classified line. ``sig`` places list items and headings in the outline."""

    kind: str  # "item", "prose", "blank", "skip", "name", "tablehead"
    text: str = ""
    sig: tuple[Any, ...] = ()
    ref: str = ""
    hint: str = ""  # "theme", "outcome" or "measure" from a label word
    indent: int = 0
    reason: str = ""
    heading: bool = False  # a heading rather than a list item (sections can be skipped)
    continues: bool = False  # the line is the start of an item that can continue


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_BULLET = re.compile(r"^([-*+•◦▪▫‣●○■□➢►▶✓✔·⁃∙–—o])\s+(.*)$")
_DOTTED = re.compile(r"^\(?(\d{1,3}(?:\.\d{1,3}){1,5})\.?\)?(?:\s+|\t)(.*)$")
_NUMBER = re.compile(r"^\(?(\d{1,3})(?:[.)]|\s*[:\u2013\u2014-]\s|\t)\s*(.*)$")
_LOWER = re.compile(r"^\(?([a-z])[.)]\s+(.*)$")
_UPPER = re.compile(r"^\(?([A-Z])[.)]\s+(.*)$")
_ROMAN_RE = re.compile(r"^\(?((?:x{0,1})(?:ix|iv|v?i{0,3}))[.)]\s+(.*)$", re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)([^*_\n]{1,300}?)\1|(?<![\w*])\*(?!\s)([^*\n]{1,300}?)\*(?!\w)|"
                       r"`([^`\n]{1,300})`")
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)")
_BOLD_LINE = re.compile(r"^(\*\*|__)([^\n]{1,300})\1:?$")
_TABLE_HEADERS = re.compile(
    r"^(?:themes?|priorit(?:y|ies)|outcomes?|objectives?|aims?|measures?|kpis?|indicators?|"
    r"targets?|what we want(?: to see| to achieve)?|how we will measure(?: it)?|"
    r"examples?|thema|canlyniad(?:au)?|ref(?:erence)?|no\.?|#)$",
    re.IGNORECASE)


def _plain(text: str) -> str:
    """Remove Markdown emphasis, links and stray whitespace from a title."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _indent_of(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def _words(text: str) -> int:
    return len(text.split())


def _contact_reason(text: str) -> str:
    """Why a line is a contact detail or page furniture (empty if it is not)."""
    stripped = text.strip()
    if len(stripped) > 500:
        return ""  # a long paragraph is not a contact line
    if _FOOTER.match(stripped):
        return "page or document details"
    if _EMAIL.search(stripped) or _PHONE.search(stripped):
        return "contact details"
    if _CONTACT_LEAD.match(stripped) and _words(stripped) <= 30:
        return "contact details"
    if _URL.fullmatch(stripped) or (_URL.search(stripped) and _words(stripped) <= 4):
        return "a web address"
    if _POSTCODE.search(stripped) and _words(stripped) <= 14 and "," in stripped:
        return "an address"
    return ""


def _label(text: str) -> tuple[str, str, str] | None:
    """("theme"|"outcome"|"measure", ref, rest) for "Theme 1: Jobs", "Outcome – …" etc."""
    match = _LABEL.match(text) or _LABEL_NUMBERED_ONLY.match(text)
    if not match:
        return None
    word = " ".join(match.group("word").lower().split())
    rest = match.group("rest").strip(" :–—-|")
    ref = (match.group("ref") or "").strip()
    if not rest:
        if not ref:
            return None  # "Outcomes:" on its own is a heading word, not a label
        rest = ""
    if word in _THEME_WORDS:
        level = "theme"
    elif word in _OUTCOME_WORDS:
        level = "outcome"
    else:
        level = "measure"
    if word in ("priorities", "themes", "measures") and not ref:
        return None  # "Priorities: …" reads as a lead-in, not a label
    return level, ref, rest


def _marker(stripped: str, last_alpha: list[str]) -> tuple[tuple[Any, ...], str, str] | None:
    """(signature, ref, text) for a list item; None for a line without a marker."""
    match = _DOTTED.match(stripped)
    if match:
        return ("dec", min(match.group(1).count(".") + 1, 8)), match.group(1), match.group(2)
    match = _NUMBER.match(stripped)
    if match and match.group(2):
        return ("dec", 1), match.group(1), match.group(2)
    match = _ROMAN_RE.match(stripped)
    if match and match.group(1) and match.group(1).lower() in _ROMAN:
        numeral = match.group(1)
        previous = last_alpha[0] if last_alpha else ""
        # "i)" after "h)" is the letter i; "V." after "U." is the letter V.
        is_letter = (len(numeral) == 1 and bool(previous)
                     and previous.islower() == numeral.islower()
                     and ord(numeral) == ord(previous) + 1)
        if not is_letter:
            return ("roman",), numeral, match.group(2)
    match = _LOWER.match(stripped)
    if match:
        last_alpha[:] = [match.group(1)]
        return ("alpha",), match.group(1), match.group(2)
    match = _UPPER.match(stripped)
    if match and match.group(2)[:1].isupper():
        last_alpha[:] = [match.group(1)]
        return ("ALPHA",), match.group(1), match.group(2)
    match = _BULLET.match(stripped)
    if match:
        if match.group(1) == "o" and not match.group(2)[:1].isupper():
            return None
        return ("bullet",), "", match.group(2)
    return None


def _classify_text_line(raw: str, last_alpha: list[str]) -> _Line:
    stripped = raw.strip()
    indent = _indent_of(raw)
    if not stripped or _RULE.fullmatch(stripped):
        return _Line("blank")
    if len(stripped) > MAX_LINE_CHARS:  # a long paragraph: never a heading or list item
        return _Line("prose", " ".join(stripped[:MAX_LINE_CHARS].split()) + "…", indent=indent)
    heading = _MD_HEADING.match(stripped)
    if heading and indent < 4:
        level = len(heading.group(1))
        return _item(_plain(heading.group(2)), ("h", level), indent, heading=True)
    marker = _marker(stripped, last_alpha)
    if marker is not None:
        sig, ref, text = marker
        if sig == ("bullet",):
            sig = ("bullet", min(indent // 2, 10))
        return _item(_plain(text), sig, indent, ref=ref, continues=True)
    bold = _BOLD_LINE.match(stripped)
    if bold and _words(bold.group(2)) <= 16:
        return _item(_plain(bold.group(2)), ("bold",), indent, heading=True)
    text = _plain(stripped)
    label = _label(text)
    if label is not None:
        level, ref, rest = label
        order = {"theme": 0, "outcome": 1, "measure": 2}[level]
        line = _Line("item", rest, ("label", order), ref, level, indent, continues=True)
        line.heading = level == "theme"
        return line
    return _Line("prose", text, indent=indent)


def _item(text: str, sig: tuple[Any, ...], indent: int, *, ref: str = "",
          heading: bool = False, continues: bool = False) -> _Line:
    line = _Line("item", text, sig, ref, "", indent, heading=heading, continues=continues)
    label = _label(text)
    if label is not None:
        level, label_ref, rest = label
        line.hint = level
        line.ref = line.ref or label_ref
        line.text = rest or text
    return line


def _lines_from_text(text: str) -> tuple[list[_Line], list[str]]:
    """Classify the lines of plain text or Markdown."""
    warnings: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        warnings.append("The text is very long, so only its beginning was read.")
        text = text[:MAX_TEXT_CHARS]
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw_lines) > MAX_LINES:
        warnings.append(f"The text is very long, so only its first {MAX_LINES:,} lines were "
                        "read.")
        raw_lines = raw_lines[:MAX_LINES]
    lines: list[_Line] = []
    last_alpha: list[str] = []
    for index, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if len(stripped) > MAX_LINE_CHARS:
            lines.append(_classify_text_line(raw, last_alpha))
            continue
        # Markdown tables: header row, rule row, then rows of cells.
        if _TABLE_ROW.match(stripped) or (_TABLE_RULE.fullmatch(stripped) and "|" in stripped):
            if _TABLE_RULE.fullmatch(stripped):
                if lines and lines[-1].kind == "tablerow":
                    lines[-1].kind = "tablehead"
                continue
            cells = [_plain(cell) for cell in _TABLE_ROW.match(stripped).group(1).split("|")]
            lines.append(_Line("tablerow", "\u241f".join(cells)))
            continue
        # Setext headings: a line of text underlined with === or ---.
        if (_SETEXT.fullmatch(stripped) and lines and lines[-1].kind == "prose"
                and index > 0 and raw_lines[index - 1].strip()):
            level = 1 if stripped.startswith("=") else 2
            previous = lines.pop()
            lines.append(_item(previous.text, ("h", level), 0, heading=True))
            continue
        lines.append(_classify_text_line(raw, last_alpha))
    return _expand_tables(lines), warnings


def _expand_tables(lines: list[_Line]) -> list[_Line]:
    """Turn table rows into items: first column a theme, later columns the levels below."""
    result: list[_Line] = []
    header: list[str] = []
    previous_first = ""
    for line in lines:
        if line.kind not in ("tablerow", "tablehead"):
            header = [] if line.kind != "blank" else header
            previous_first = "" if line.kind != "blank" else previous_first
            result.append(line)
            continue
        cells = line.text.split("\u241f")
        if line.kind == "tablehead" or (not header and cells and all(
                not c or _TABLE_HEADERS.fullmatch(c.strip()) for c in cells)):
            header = [fold(c) for c in cells]
            result.append(_Line("skip", " | ".join(cells), reason="table headings"))
            continue
        result.extend(_table_row_items(cells, header, previous_first))
        first = next((c for c in cells if c.strip()), "")
        if first:
            previous_first = first
    return result


def _table_row_items(cells: list[str], header: list[str], previous_first: str) -> list[_Line]:
    items: list[_Line] = []
    column = 0
    for index, cell in enumerate(cells):
        parts = [p.strip(" ;") for p in re.split(r"\n|(?:^|\s)[•·]\s|;\s", cell) if p.strip(" ;")]
        if not parts:
            continue
        head = header[index] if index < len(header) else ""
        if head in ("ref", "reference", "no", "no.", "#"):
            continue
        is_measure = bool(re.match(r"(measure|kpi|indicator|target|how we will measure)",
                                   head))
        if column == 0:
            if parts[0] == previous_first:
                column += 1
                continue  # a merged cell repeats the theme: keep adding to it
            items.append(_item(parts[0], ("table", 0), 0, heading=True))
        else:
            for part in parts:
                line = _item(part, ("table", min(column, 2)), 0)
                if is_measure:
                    line.hint = "measure"
                items.append(line)
        column += 1
    return items


def _lines_from_docx(path: Path) -> tuple[list[_Line], str, list[str]]:
    """Classify the paragraphs and tables of a Word document, using its styles."""
    import docx  # python-docx: imported only when a Word file is read
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[_Line] = []
    title = ""
    warnings: list[str] = []
    last_alpha: list[str] = []
    body = document.element.body
    for count, element in enumerate(body.iterchildren(), start=1):
        if count > MAX_LINES:
            warnings.append(f"The document is very long, so only its first {MAX_LINES:,} "
                            "paragraphs were read.")
            break
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            found_title = _docx_paragraph(paragraph, lines, last_alpha)
            if found_title and not title:
                title = found_title
        elif tag == "tbl":
            lines.extend(_docx_table(Table(element, document)))
            lines.append(_Line("blank"))
    return lines, title, warnings


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
        return (style.name or "") if style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return ""


def _list_level(paragraph: Any) -> int | None:
    """The list level (0 = top) of a Word list paragraph, or None if it is not in a list."""
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        ilvl = p_pr.numPr.ilvl
        try:
            return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
        except (TypeError, ValueError):
            return 0
    return None


def _outline_level(paragraph: Any) -> int | None:
    p_pr = paragraph._p.pPr
    if p_pr is None:
        return None
    for child in p_pr.iterchildren():
        if child.tag.endswith("}outlineLvl"):
            value = child.get(child.tag.rsplit("}", 1)[0] + "}val")
            if value is not None and value.isdigit() and int(value) < 9:
                return int(value) + 1
    return None


def _all_bold(paragraph: Any) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _docx_paragraph(paragraph: Any, lines: list[_Line], last_alpha: list[str]) -> str:
    """Add one Word paragraph's line(s); returns its text if it is the document title."""
    text = clean_text(paragraph.text or "")
    if not text.strip():
        lines.append(_Line("blank"))
        return ""
    style = _style_name(paragraph)
    folded_style = style.lower()
    if folded_style == "title":
        lines.append(_Line("name", _plain(text)))
        return _plain(text)
    if folded_style == "subtitle":
        lines.append(_Line("skip", _plain(text), reason="a subtitle"))
        return ""
    heading = re.match(r"heading\s*(\d)", folded_style)
    level = int(heading.group(1)) if heading else _outline_level(paragraph)
    flat = _plain(text.replace("\n", " ")[:MAX_LINE_CHARS])
    if level is not None:
        line = _item(flat, ("h", level), 0, heading=True)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    list_level = _list_level(paragraph)
    styled = re.match(r"list (?:number|bullet|continue|paragraph)\s*(\d)?", folded_style)
    if list_level is None and styled:
        list_level = int(styled.group(1)) - 1 if styled.group(1) else 0
    if list_level is not None:
        line = _item(flat, ("wlist", min(list_level, 8)), 0)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    if _all_bold(paragraph) and _words(flat) <= 16 and "\n" not in text.strip():
        line = _item(flat.rstrip(":"), ("bold",), 0, heading=True)
        _strip_typed_marker(line, last_alpha)
        lines.append(line)
        return ""
    for part in text.split("\n"):
        lines.append(_classify_text_line(part, last_alpha))
    lines.append(_Line("blank"))  # a Word paragraph ends a paragraph
    return ""


def _strip_typed_marker(line: _Line, last_alpha: list[str]) -> None:
    """A styled paragraph may also start with a typed number ("1.2 Jobs"): use it as the ref."""
    marker = _marker(line.text, last_alpha)
    if marker is not None and marker[2].strip():
        _, ref, rest = marker
        line.ref = line.ref or ref
        line.text = _plain(rest)
        label = _label(line.text)
        if label is not None:
            line.hint, label_ref, rest = label
            line.ref = line.ref or label_ref
            line.text = rest or line.text


def _docx_table(table: Any) -> list[_Line]:
    rows: list[list[str]] = []
    try:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                cells.append("\n".join(clean_text(p.text) for p in cell.paragraphs))
            rows.append(cells)
    except (IndexError, ValueError, AttributeError):
        return []
    lines = [_Line("tablerow", "\u241f".join(cells)) for cells in rows]
    return _expand_tables(lines)


# -------------------------------------------------------------------- tree

@dataclass
class _Node:
    text: str
    sig: tuple[Any, ...] = ()
    ref: str = ""
    hint: str = ""
    heading: bool = False
    paragraphs: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)


_RANK = {"h": 0, "table": 1, "bold": 1, "lead": 1, "label": 2}


def _rank(sig: tuple[Any, ...]) -> int:
    return _RANK.get(sig[0], 3)


def _can_contain(parent: tuple[Any, ...], child: tuple[Any, ...]) -> bool:
    if parent[0] == child[0]:
        if len(parent) > 1 and len(child) > 1:
            return parent[1] < child[1]
        return False
    parent_rank, child_rank = _rank(parent), _rank(child)
    if parent_rank == 3 and child_rank == 3:
        return True  # one kind of list inside another, nested as they first appear
    return parent_rank < child_rank


def _prepare(lines: list[_Line]) -> list[_Line]:
    """Join wrapped lines and spot short lines that head a list."""
    result: list[_Line] = []
    last_item: _Line | None = None
    for index, line in enumerate(lines):
        if line.kind == "prose" and result:
            previous = result[-1]
            # A wrapped list item: the next line carries on without a blank line.
            if (previous.kind == "item" and previous.continues and line.text
                    and (line.indent > 0 or line.text[:1].islower())
                    and not previous.text.endswith((".", ":", "?", "!"))):
                previous.text = f"{previous.text} {line.text}"
                continue
        if line.kind == "prose":
            following = _next_meaningful(lines, index + 1)
            short = _words(line.text) <= 14 and not line.text.endswith((".", ";", ",", "?", "!"))
            # "We want suppliers to:" straight under a heading introduces that heading's
            # list: it is the heading's description, not a level of its own.
            under_heading = line.text.endswith(":") and last_item is not None and \
                last_item.heading
            if short and not under_heading and following is not None and \
                    following.kind == "item" and not following.heading and \
                    not _contact_reason(line.text):
                result.append(_Line("item", _plain(line.text.rstrip(":")), ("lead",), "",
                                    "", line.indent, heading=True))
                last_item = result[-1]
                continue
        if line.kind == "item":
            last_item = line
        result.append(line)
    # Runs of short plain lines under a heading are a list written without markers.
    final: list[_Line] = []
    index = 0
    while index < len(result):
        line = result[index]
        if line.kind == "prose" and final and _is_short_item(line.text):
            run_end = index
            while run_end < len(result) and result[run_end].kind == "prose" and \
                    _is_short_item(result[run_end].text):
                run_end += 1
            if run_end - index >= 2 and _last_item(final) is not None:
                for item in result[index:run_end]:
                    final.append(_item(item.text, ("plain",), item.indent))
                index = run_end
                continue
        final.append(line)
        index += 1
    return final


def _is_short_item(text: str) -> bool:
    return (0 < _words(text) <= 14 and not text.endswith((".", ";", ",", ":", "?", "!"))
            and text[:1].isupper() and not _contact_reason(text))


def _last_item(lines: list[_Line]) -> _Line | None:
    for line in reversed(lines):
        if line.kind == "item":
            return line
        if line.kind == "prose":
            return None
    return None


def _next_meaningful(lines: list[_Line], start: int) -> _Line | None:
    for line in lines[start:start + 3]:
        if line.kind != "blank":
            return line
    return None


def _title_block(lines: list[_Line]) -> tuple[str, int]:
    """The document's title from its first lines, and how many lines it takes.

    One to three short lines without full stops, then a blank line, before
    anything else: "Anytown Borough Council" / "Social Value Framework 2026".
    """
    parts: list[str] = []
    index = 0
    while index < len(lines) and lines[index].kind == "blank":
        index += 1
    while index < len(lines) and lines[index].kind in ("prose", "item") and len(parts) < 3:
        line = lines[index]
        if line.kind == "item" and line.sig != ("lead",):
            break
        if _words(line.text) > 12 or line.text.endswith((".", ";", ",", "?", "!")) or \
                _contact_reason(line.text) or _is_skip_heading(line.text):
            break
        parts.append(line.text.rstrip(":"))
        index += 1
    if not parts or index >= len(lines) or lines[index].kind != "blank":
        return "", 0
    following = next((line for line in lines[index:] if line.kind != "blank"), None)
    if following is None or (following.kind == "item" and not following.heading):
        return "", 0  # a short line heading a list is a theme, not the title
    return " – ".join(parts), index


def _build_tree(lines: list[_Line], warnings: list[str]) -> tuple[_Node, str]:
    root = _Node("")
    stack: list[tuple[tuple[Any, ...], _Node]] = []
    name, used = _title_block(lines)
    lines = lines[used:]
    intro_lines = 0
    after_blank = False
    for line in lines:
        if line.kind == "blank":
            after_blank = True
            continue
        if line.kind == "name":
            name = name or line.text
            continue
        current = stack[-1][1] if stack else root
        if line.kind == "skip":
            if line.reason and line.reason != "table headings":
                current.left_out.append((line.text, line.reason))
            continue
        reason = _contact_reason(line.text) if line.kind in ("item", "prose") else ""
        if reason and not (line.kind == "item" and line.heading and _SKIP_SECTION.match(
                line.text)):
            current.left_out.append((line.text, reason))
            continue
        if line.kind == "prose":
            # Text straight under an item explains it; a paragraph after a list belongs
            # to the heading the list is under.
            owner = current if (not after_blank or current.heading) else next(
                (node for _, node in reversed(stack) if node.heading), root)
            if owner is root:
                intro_lines += 1
            else:
                owner.paragraphs.append(line.text)
            continue
        after_blank = False
        if not line.text.strip():
            continue
        sig = line.sig
        existing = [i for i, (s, _) in enumerate(stack) if s == sig]
        if existing:
            del stack[existing[0]:]
        else:
            while stack and not _can_contain(stack[-1][0], sig):
                stack.pop()
        if len(stack) >= 24:  # a pathological outline: keep it flat past this depth
            stack.pop()
        parent = stack[-1][1] if stack else root
        text = line.text[:MAX_TITLE * 4]
        if text[:1].islower() and not text[1:2].isupper():  # "recruit locally" → "Recruit…"
            text = text[:1].upper() + text[1:]
        node = _Node(text, sig, line.ref, line.hint, line.heading)
        parent.children.append(node)
        stack.append((sig, node))
    if intro_lines:
        warnings.append(f"Left out the introduction before the first priority ({intro_lines} "
                        f"line{'s' * (intro_lines != 1)}).")
    return root, name


def _collect_left_out(node: _Node) -> list[tuple[str, str]]:
    found = list(node.left_out)
    for child in node.children:
        found.extend(_collect_left_out(child))
    return found


def _warn_left_out(left_out: list[tuple[str, str]], warnings: list[str]) -> None:
    shown = 0
    for text, reason in left_out:
        if shown >= 12:
            break
        warnings.append(f"Left out {reason}: “{_short(text)}”.")
        shown += 1
    if len(left_out) > shown:
        more = len(left_out) - shown
        warnings.append(f"Left out {more} more line{'s' * (more != 1)} of contact or "
                        "document details.")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count_lines(node: _Node) -> int:
    return 1 + len(node.paragraphs) + sum(_count_lines(child) for child in node.children)


def _skip_sections(node: _Node, warnings: list[str], *, top: bool = True) -> None:
    kept = []
    for child in node.children:
        if child.heading and child.hint != "theme" and _is_skip_heading(child.text):
            lines = _count_lines(child) - 1
            under = f" and the {lines} line{'s' * (lines != 1)} under it" if lines else ""
            warnings.append(f"Left out the section “{_short(child.text, 50)}”{under}: it does "
                            "not read as a priority (introductions, contact details and the "
                            "like are left out).")
            continue
        _skip_sections(child, warnings, top=False)
        kept.append(child)
    node.children = kept


def _is_skip_heading(text: str) -> bool:
    # Bilingual headings ("Cyflwyniad / Introduction") are skipped when either half is.
    for part in re.split(r"\s[/|]\s", text):
        cleaned = re.sub(r"^[\d.()\s]+", "", fold(part)).strip(" :")
        if _SKIP_SECTION.match(cleaned) and _words(cleaned) <= 8 and \
                not _PRIORITY_WORDS.search(cleaned):
            return True
    return False


def _has_theme_hints(node: _Node) -> bool:
    return any(child.hint == "theme" for child in node.children)


def _wrapper_title(node: _Node) -> str:
    """A wrapping heading as a name; "" for a lead-in sentence ("Our priorities are:")."""
    if node.sig == ("lead",) and (_words(node.text) > 8 or "," in node.text):
        return ""
    return node.text


def _unwrap(root: _Node) -> tuple[list[_Node], list[_Node]]:
    """Remove lone wrapping headings ("Our priorities"); returns the top nodes and the wrappers."""
    wrappers: list[_Node] = []
    nodes = root.children
    for _ in range(6):
        if len(nodes) == 1 and nodes[0].children and nodes[0].hint != "theme":
            wrappers.append(nodes[0])
            nodes = nodes[0].children
            continue
        # Section headings that group labelled themes ("Part A" > "Theme 1"): lift the themes.
        if nodes and not any(n.hint == "theme" for n in nodes) and \
                any(_has_theme_hints(n) for n in nodes):
            lifted: list[_Node] = []
            for node in nodes:
                lifted.extend(node.children if _has_theme_hints(node) else [node])
            nodes = lifted
            continue
        break
    return nodes, wrappers


def _split_explanation(text: str) -> tuple[str, str]:
    """"Local jobs: we want residents to…" → ("Local jobs", "we want residents to…")."""
    match = re.match(r"^(.{3,120}?)(?::\s+|\s[\u2013\u2014-]\s)(.+)$", text)
    if match and _words(match.group(1)) <= 12 and _words(match.group(2)) >= 3:
        head = match.group(1).strip()
        if not re.search(r"\d$", head):
            rest = match.group(2).strip()
            return head, rest[:1].upper() + rest[1:]
    return text, ""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _description(paragraphs: Iterable[str]) -> str:
    return _clip("\n\n".join(p for p in paragraphs if p), MAX_DESCRIPTION)


_UNIT_GUESSES = (
    (re.compile(r"\bhours?\b", re.I), "hours"),
    (re.compile(r"co2|carbon|emission", re.I), "tonnes CO2e"),
    (re.compile(r"\btonnes?\b", re.I), "tonnes"),
    (re.compile(r"£|\bspend\b|\bvalue\b|\bpounds\b", re.I), "£"),
    (re.compile(r"%|percent|percentage|proportion", re.I), "%"),
    (re.compile(r"apprentice", re.I), "apprenticeships"),
    (re.compile(r"\bweeks?\b", re.I), "weeks"),
    (re.compile(r"\bsessions?\b", re.I), "sessions"),
    (re.compile(r"\bjobs?\b|\bfte\b", re.I), "jobs (FTE)"),
    (re.compile(r"organisations?|businesses|suppliers|groups", re.I), "organisations"),
    (re.compile(r"people|residents|persons|participants|learners|volunteers|young|adults|"
                r"children|employees|staff", re.I), "people"),
)


def guess_unit(text: str) -> str:
    """A likely unit for a measure's wording ("Number of volunteering hours" → "hours")."""
    for pattern, unit in _UNIT_GUESSES:
        if pattern.search(text):
            return unit
    return ""


def _looks_like_measure(node: _Node) -> bool:
    return node.hint == "measure" or bool(_MEASURE_START.match(node.text))


def _outcome_from(node: _Node) -> ImportOutcome:
    title, explanation = _split_explanation(node.text)
    outcome = ImportOutcome(title=_clip(title, MAX_TITLE), ref=node.ref)
    details: list[str] = [explanation] if explanation else []
    details.extend(node.paragraphs)
    for child in _flatten(node.children):
        if _looks_like_measure(child):
            outcome.measures.append(ImportMeasure(_clip(child.text, MAX_TITLE),
                                                  guess_unit(child.text)))
        else:
            details.append(f"- {child.text}")
    outcome.description = _description(details)
    return outcome


def _flatten(nodes: list[_Node]) -> list[_Node]:
    result: list[_Node] = []
    pending = list(reversed(nodes))
    while pending:
        node = pending.pop()
        result.append(node)
        pending.extend(reversed(node.children))
    return result


def _theme_from(node: _Node) -> ImportTheme:
    title, explanation = _split_explanation(node.text) if not node.heading else (node.text, "")
    theme = ImportTheme(title=_clip(title, MAX_TITLE), ref=node.ref)
    details = [explanation] if explanation else []
    details.extend(node.paragraphs)
    for child in node.children:
        if child.hint == "measure" and theme.outcomes:
            theme.outcomes[-1].measures.append(ImportMeasure(_clip(child.text, MAX_TITLE),
                                                             guess_unit(child.text)))
            continue
        theme.outcomes.append(_outcome_from(child))
    theme.description = _description(details)
    return theme


def _looks_welsh(text: str) -> bool:
    words = re.findall(r"[\w'’ŵŷâêîôû]+", text.lower())
    if not words:
        return False
    if re.search(r"[ŵŷ]", text):
        return True
    hits = sum(1 for word in words if _WELSH_HINT.fullmatch(word))
    return hits / len(words) >= 0.34


def _merge_bilingual(themes: list[ImportTheme]) -> list[ImportTheme]:
    """Join a Welsh heading and its English twin ("Thema 1 …" then "Theme 1 …") into one."""
    merged: list[ImportTheme] = []
    for theme in themes:
        previous = merged[-1] if merged else None
        if previous is not None and not previous.outcomes and not previous.description and (
                (previous.ref and previous.ref == theme.ref)
                or (not previous.ref and not theme.ref
                    and _looks_welsh(previous.title) != _looks_welsh(theme.title))):
            theme.title = f"{previous.title} / {theme.title}"
            merged[-1] = theme
            continue
        merged.append(theme)
    return merged


def _result_from_tree(root: _Node, name: str, warnings: list[str]) -> ImportResult:
    _skip_sections(root, warnings)
    _warn_left_out(_collect_left_out(root), warnings)
    nodes, wrapper_nodes = _unwrap(root)
    general = sum(len(node.paragraphs) for node in wrapper_nodes)
    if general:
        warnings.append(f"Left out {general} line{'s' * (general != 1)} of general text that "
                        "is not part of a priority.")
    wrappers = [_wrapper_title(node) for node in wrapper_nodes]
    if not name and wrappers and wrappers[0]:
        name = wrappers[0]
    wrappers = [w for w in wrappers if w]
    name = _clip(name.strip(" :"), 200) or DEFAULT_NAME
    result = ImportResult(name=name, warnings=warnings)
    if not nodes:
        warnings.append("No priorities were found. Check the text has headings, numbered or "
                        "bulleted lists, or lines such as “Theme 1: …” and “Outcome: …”.")
        return result
    single_level = all(not node.children for node in nodes)
    if single_level and not any(n.hint == "theme" or n.heading for n in nodes):
        title = wrappers[-1] if wrappers else "Priorities"
        theme = ImportTheme(title=_clip(title.strip(" :"), MAX_TITLE) or "Priorities")
        theme.outcomes = [_outcome_from(node) for node in nodes]
        result.themes = [theme]
        warnings.append(f"Only one level of list was found, so each item became an outcome "
                        f"under one theme, “{_short(theme.title, 50)}”. Promote any item that "
                        "should be a theme.")
    else:
        result.themes = _merge_bilingual([_theme_from(node) for node in nodes])
        empty = [t for t in result.themes if not t.outcomes]
        if empty and len(empty) == len(result.themes):
            warnings.append("No outcomes were found under the themes. Add them in the preview, "
                            "or paste the list that goes under each theme.")
        elif empty:
            names = ", ".join(f"“{_short(t.title, 40)}”" for t in empty[:5])
            warnings.append(f"{len(empty)} theme{'s have' if len(empty) != 1 else ' has'} no "
                            f"outcomes: {names}.")
    if len(result.themes) > MAX_THEMES:
        warnings.append(f"Only the first {MAX_THEMES} themes were kept (there were "
                        f"{len(result.themes)}).")
        del result.themes[MAX_THEMES:]
    total = 0
    for theme in result.themes:
        room = max(0, MAX_OUTCOMES - total)
        if len(theme.outcomes) > room:
            del theme.outcomes[room:]
            if room == 0 or not any("outcomes were kept" in w for w in warnings):
                warnings.append(f"Only the first {MAX_OUTCOMES} outcomes were kept.")
        total += len(theme.outcomes)
    if len(warnings) > MAX_WARNINGS:
        more = len(warnings) - MAX_WARNINGS
        del warnings[MAX_WARNINGS:]
        warnings.append(f"… and {more} more note{'s' * (more != 1)}.")
    return result


def _parse_lines(lines: list[_Line], warnings: list[str], name: str = "") -> ImportResult:
    prepared = _prepare(lines)
    root, found_name = _build_tree(prepared, warnings)
    return _result_from_tree(root, name or found_name, warnings)


# --------------------------------------------------------------- public API

def parse_priorities_text(text: str) -> ImportResult:
    """Find themes and outcomes in pasted text or Markdown. Never raises."""
    try:
        text = clean_text(text if isinstance(text, str) else str(text or ""))
        lines, warnings = _lines_from_text(text)
        return _parse_lines(lines, warnings)
    except Exception as exc:  # a safety net: the preview must always open
        return ImportResult(warnings=[f"The text could not be read as priorities ({exc}). "
                                      "Try pasting it again, or add the themes by hand."])


_SIGNATURES = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "“{name}” is a password-protected (encrypted) Word file or an older Word .doc file, which "
     "svbidder cannot open. In Word, remove the password (File › Info › Protect Document) or "
     "choose Save As › Word Document (.docx), then import that file. Or copy the text and "
     "paste it in."),
    (b"%PDF", "“{name}” is a PDF, which svbidder cannot read. Open it, select the priorities, "
              "copy them and paste them in instead."),
    (b"{\\rtf", "“{name}” is a rich text (.rtf) file. Open it in Word and save it as a Word "
                "document (.docx), or copy the text and paste it in."),
    (b"\x89PNG", "“{name}” is a picture. Paste the priorities in as text instead."),
    (b"\xff\xd8\xff", "“{name}” is a picture. Paste the priorities in as text instead."),
    (b"GIF8", "“{name}” is a picture. Paste the priorities in as text instead."),
    (b"SQLite format 3", "“{name}” is a database file (perhaps a workspace), not a document."),
)


_OLD_DOC = ("“{name}” is an older Word .doc file, which svbidder cannot read. Open it in Word "
            "and choose Save As › Word Document (.docx), then import that file. Or copy the "
            "text and paste it in.")


def _decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    sample = raw[:8192]
    if b"\x00" in sample:
        raise PrioritiesImportError(
            f"“{name}” does not look like a text file (it contains binary data), so nothing "
            "was read. Open it in the program that made it, copy the priorities and paste "
            "them in.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _check_docx_zip(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                if any(n.startswith("xl/") for n in names):
                    kind = "an Excel workbook"
                elif any(n.startswith("ppt/") for n in names):
                    kind = "a PowerPoint presentation"
                elif "mimetype" in names and "content.xml" in names:
                    kind = "an OpenDocument file (from LibreOffice or OpenOffice)"
                else:
                    kind = "a zip file"
                raise PrioritiesImportError(
                    f"“{name}” is {kind}, not a Word document. Save or export it as a Word "
                    "document (.docx), or copy the priorities and paste them in.")
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise PrioritiesImportError(
                    f"“{name}” is too large to read. Copy the part with the priorities and "
                    "paste it in instead.")
    except zipfile.BadZipFile as exc:
        raise PrioritiesImportError(
            f"“{name}” looks like a Word document but is damaged, so it could not be read. "
            "Open it in Word and save a new copy, or copy the text and paste it in.") from exc


def parse_priorities_file(path: Path) -> ImportResult:
    """Find themes and outcomes in a .docx, .txt or .md file.

    Raises :class:`PrioritiesImportError` (a friendly one-line message) for a
    file that cannot be read; never changes the file.
    """
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise PrioritiesImportError(f"“{path}” is a folder, not a document.")
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError as exc:
        raise PrioritiesImportError(f"There is no file at {path}. Check the name and "
                                    "folder.") from exc
    except OSError as exc:
        raise PrioritiesImportError(f"“{name}” could not be opened "
                                    f"({exc.strerror or exc}).") from exc
    suffix = path.suffix.lower()
    if head.startswith(_SIGNATURES[0][0]) and suffix in (".doc", ".dot"):
        raise PrioritiesImportError(_OLD_DOC.format(name=name))
    for signature, message in _SIGNATURES:
        if head.startswith(signature):
            raise PrioritiesImportError(message.format(name=name))
    if head.startswith(b"PK\x03\x04") or suffix in (".docx", ".docm", ".dotx"):
        if not head.startswith(b"PK"):
            raise PrioritiesImportError(
                f"“{name}” is named like a Word document but is not one (it may be damaged "
                "or renamed). Open it in Word and save it as .docx, or paste the text in.")
        if size > MAX_DOCX_BYTES:
            raise PrioritiesImportError(
                f"“{name}” is too large to read ({size / 1048576:.0f} MB). Copy the part with "
                "the priorities and paste it in instead.")
        _check_docx_zip(path, name)
        return _parse_docx(path)
    if suffix in (".doc", ".dot"):
        raise PrioritiesImportError(_OLD_DOC.format(name=name))
    if suffix == ".pdf":
        raise PrioritiesImportError(_SIGNATURES[1][1].format(name=name))
    if size > MAX_TEXT_BYTES:
        raise PrioritiesImportError(
            f"“{name}” is too large to be a list of priorities ({size / 1048576:.0f} MB). Copy "
            "the part with the priorities and paste it in instead.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PrioritiesImportError(f"“{name}” could not be read "
                                    f"({exc.strerror or exc}).") from exc
    text = _decode_text(raw, name)
    result = parse_priorities_text(text)
    if result.name == DEFAULT_NAME:
        result.name = path.stem
    return result


def _parse_docx(path: Path) -> ImportResult:
    try:
        lines, title, warnings = _lines_from_docx(path)
    except PrioritiesImportError:
        raise
    except Exception as exc:  # python-docx raises many kinds on damaged files
        raise PrioritiesImportError(
            f"“{path.name}” could not be read as a Word document (it may be damaged or "
            "protected). Open it in Word and save a new copy, or copy the text and paste it "
            "in.") from exc
    try:
        result = _parse_lines(lines, warnings, title)
    except Exception:  # pragma: no cover - the same safety net as for text
        result = ImportResult(warnings=["The document's layout could not be understood. "
                                        "Copy the priorities and paste them in instead."])
    if result.name == DEFAULT_NAME:
        result.name = path.stem
    return result


# -------------------------------------------------------- preview editing
#
# A path is (theme_index,) for a theme or (theme_index, outcome_index) for an
# outcome. Each operation returns a new ImportResult and leaves the old one as
# it was, so the preview can keep its own undo list. A path that does not fit
# raises IndexError; an operation that makes no sense there raises ValueError
# with a sentence to show.

def _copy(result: ImportResult) -> ImportResult:
    return copy.deepcopy(result)


def _theme_at(result: ImportResult, index: int) -> ImportTheme:
    if not 0 <= index < len(result.themes):
        raise IndexError(f"There is no theme {index + 1}.")
    return result.themes[index]


def _outcome_at(result: ImportResult, t_index: int, o_index: int) -> ImportOutcome:
    theme = _theme_at(result, t_index)
    if not 0 <= o_index < len(theme.outcomes):
        raise IndexError(f"Theme {t_index + 1} has no outcome {o_index + 1}.")
    return theme.outcomes[o_index]


def promote(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Make an outcome a theme. The outcomes after it in its theme move under it."""
    if len(path) != 2:
        raise ValueError("Only an outcome can be promoted: themes are already the top level.")
    new = _copy(result)
    t_index, o_index = path
    outcome = _outcome_at(new, t_index, o_index)
    theme = new.themes[t_index]
    followers = theme.outcomes[o_index + 1:]
    del theme.outcomes[o_index:]
    details = [outcome.description] if outcome.description else []
    promoted = ImportTheme(title=outcome.title, ref=outcome.ref,
                           description="\n\n".join(details), outcomes=followers)
    new.themes.insert(t_index + 1, promoted)
    return new


def demote(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Make a theme an outcome of the theme above it; its own outcomes follow it there."""
    if len(path) != 1:
        raise ValueError("Only a theme can be demoted: outcomes are already the lowest level.")
    t_index = path[0]
    if t_index == 0:
        _theme_at(result, 0)
        raise ValueError("The first theme has no theme above it to go under.")
    new = _copy(result)
    theme = _theme_at(new, t_index)
    above = new.themes[t_index - 1]
    above.outcomes.append(ImportOutcome(title=theme.title, ref=theme.ref,
                                        description=theme.description))
    above.outcomes.extend(theme.outcomes)
    del new.themes[t_index]
    return new


def merge(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Join an item with the next one at the same level (e.g. a title broken over two lines).

    Titles are joined with a space, descriptions with a blank line; a theme
    takes the next theme's outcomes.
    """
    new = _copy(result)
    if len(path) == 1:
        first = _theme_at(new, path[0])
        if path[0] + 1 >= len(new.themes):
            raise ValueError("This is the last theme: there is nothing after it to merge with.")
        second = new.themes.pop(path[0] + 1)
        first.outcomes.extend(second.outcomes)
    elif len(path) == 2:
        first = _outcome_at(new, *path)
        outcomes = new.themes[path[0]].outcomes
        if path[1] + 1 >= len(outcomes):
            raise ValueError("This is the last outcome in its theme: there is nothing after "
                             "it to merge with.")
        second = outcomes.pop(path[1] + 1)
        first.measures.extend(second.measures)
    else:
        raise IndexError("A path is (theme,) or (theme, outcome).")
    first.title = _join_titles(first.title, second.title)
    first.description = "\n\n".join(d for d in (first.description, second.description) if d)
    return new


def _join_titles(first: str, second: str) -> str:
    if first.endswith("-") and second[:1].islower():
        return first[:-1] + second
    return f"{first.rstrip()} {second.lstrip()}".strip()


def split(result: ImportResult, path: tuple[int, ...], at: int) -> ImportResult:
    """Split an item's title at character ``at`` into two items at the same level.

    A theme's outcomes stay with the first part.
    """
    new = _copy(result)
    if len(path) == 1:
        item: Any = _theme_at(new, path[0])
        siblings: list[Any] = new.themes
    elif len(path) == 2:
        item = _outcome_at(new, *path)
        siblings = new.themes[path[0]].outcomes
    else:
        raise IndexError("A path is (theme,) or (theme, outcome).")
    first, second = item.title[:at].strip(" ,;:-–—"), item.title[at:].strip(" ,;:-–—")
    if not first or not second:
        raise ValueError("Choose a place inside the title to split it: both parts need words.")
    item.title = first
    twin = type(item)(title=second[:1].upper() + second[1:])
    siblings.insert(path[-1] + 1, twin)
    return new


def rename(result: ImportResult, path: tuple[int, ...], title: str) -> ImportResult:
    """Change the title of a theme or outcome."""
    new = _copy(result)
    item = _theme_at(new, path[0]) if len(path) == 1 else _outcome_at(new, *path)
    cleaned = " ".join((title or "").split())
    if not cleaned:
        raise ValueError("A title cannot be empty. Use Drop to leave an item out.")
    item.title = cleaned
    return new


def drop(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Leave out a theme (with its outcomes) or an outcome."""
    new = _copy(result)
    if len(path) == 1:
        _theme_at(new, path[0])
        del new.themes[path[0]]
    elif len(path) == 2:
        _outcome_at(new, *path)
        del new.themes[path[0]].outcomes[path[1]]
    else:
        raise IndexError("A path is (theme,) or (theme, outcome).")
    return new


def move(result: ImportResult, path: tuple[int, ...], delta: int) -> ImportResult:
    """Move a theme or outcome up (``-1``) or down (``+1``) among its siblings.

    An outcome moved past the top or bottom of its theme goes to the end of the
    theme above or the start of the theme below.
    """
    new = _copy(result)
    if len(path) == 1:
        _theme_at(new, path[0])
        target = path[0] + delta
        if not 0 <= target < len(new.themes):
            raise ValueError("The theme is already at the " +
                             ("top." if delta < 0 else "bottom."))
        new.themes.insert(target, new.themes.pop(path[0]))
        return new
    t_index, o_index = path
    outcome = _outcome_at(new, t_index, o_index)
    outcomes = new.themes[t_index].outcomes
    target = o_index + delta
    if 0 <= target < len(outcomes):
        outcomes.insert(target, outcomes.pop(o_index))
    elif target < 0 and t_index > 0:
        outcomes.pop(o_index)
        new.themes[t_index - 1].outcomes.append(outcome)
    elif target >= len(outcomes) and t_index + 1 < len(new.themes):
        outcomes.pop(o_index)
        new.themes[t_index + 1].outcomes.insert(0, outcome)
    else:
        raise ValueError("The outcome is already at the " + ("top." if delta < 0 else "bottom."))
    return new


def add_theme(result: ImportResult, title: str, *, index: int | None = None) -> ImportResult:
    """Add a theme (at the end, or at ``index``)."""
    new = _copy(result)
    theme = ImportTheme(title=" ".join(title.split()) or "New theme")
    new.themes.insert(len(new.themes) if index is None else index, theme)
    return new


def add_outcome(result: ImportResult, theme_index: int, title: str) -> ImportResult:
    """Add an outcome at the end of a theme."""
    new = _copy(result)
    _theme_at(new, theme_index).outcomes.append(
        ImportOutcome(title=" ".join(title.split()) or "New outcome"))
    return new
