"""Split a tender's social value section into questions, with their limits.

Buyers write questions in many styles: "SV1 – Local employment (10%)",
"Q4.2 Describe how… (Maximum 500 words)", "Question 3" on its own line,
numbered "4.1", "4.2" sections, or tables pasted from Word. This module finds
where each question starts, then reads from each one:

* the limit, in every common phrasing ("Maximum 500 words", "(750 words max)",
  "no more than 2,000 characters including spaces", "2 sides of A4, Arial 11",
  "word limit: 1,000", …), with page details (paper, font, size, margins);
* the weighting ("This question is worth 10%", "weighting: 5%") and marks;
* scoring descriptors ("0 – Unacceptable …" to "5 – Excellent …"), kept as
  guidance (a block shared by all questions is added to each of them);
* the question text, and the rest as guidance.

It is a best guess for a person to correct in a preview, so it never raises on
odd text: the worst case is one question holding everything.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import SvBidderError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000


class TenderFileError(SvBidderError):
    """A tender file could not be read (wrong kind, protected, damaged, too big)."""


# ------------------------------------------------------------------ results

@dataclass(frozen=True)
class Limit:
    """A question's length limit. ``kind`` is one of ``records.LIMIT_KINDS``."""

    kind: str
    value: float
    paper: str = ""
    font: str = ""
    font_size: float | None = None
    margin_mm: float | None = None

    def describe(self) -> str:
        """``"500 words"``, ``"2,000 characters (with spaces)"``, ``"2 sides of A4, Arial 11"``."""
        amount = _show(self.value)
        if self.kind == "words":
            return f"{amount} words" if self.value != 1 else "1 word"
        if self.kind == "characters":
            return f"{amount} characters (with spaces)"
        if self.kind == "characters_no_spaces":
            return f"{amount} characters (without spaces)"
        text = f"{amount} {'side' if self.value == 1 else 'sides'} of {self.paper or 'A4'}"
        if self.font or self.font_size:
            text += ", " + " ".join(p for p in (self.font, _show(self.font_size)
                                                 if self.font_size else "") if p)
        if self.margin_mm is not None:
            text += f", {_show(self.margin_mm)} mm margins"
        return text

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": _json_number(self.value)}


@dataclass(frozen=True)
class SplitQuestion:
    """One question found in a tender (nothing saved yet)."""

    ref: str = ""
    text: str = ""
    guidance: str = ""
    limit: Limit | None = None
    weighting_percent: float | None = None
    marks: float | None = None
    descriptors: tuple[str, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        """The shape ``svbidder questions split --json`` prints (docs/cli.md)."""
        return {
            "ref": self.ref,
            "text": self.text,
            "limit": self.limit.as_json() if self.limit else None,
            "weighting_percent": _json_number(self.weighting_percent),
        }

    def question_fields(self) -> dict[str, Any]:
        """Field values for a ``records.Question``."""
        limit = self.limit
        return {
            "ref": self.ref,
            "text": self.text,
            "guidance": self.guidance,
            "limit_kind": limit.kind if limit else None,
            "limit_value": float(limit.value) if limit else None,
            "page_paper": (limit.paper or "A4") if limit and limit.kind == "pages" else "",
            "page_font": limit.font if limit else "",
            "page_font_size": limit.font_size if limit else None,
            "page_margin_mm": limit.margin_mm if limit else None,
            "marks": self.marks,
            "weighting_percent": self.weighting_percent,
        }


def _show(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _json_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# ------------------------------------------------------------------ numbers

_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "a single": 1, "single": 1, "two": 2,
                 "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SMALL = r"(\d{1,3}(?:\.\d+)?|a single|single|one|two|three|four|five|six|seven|eight|nine|ten" \
         r"|twelve|fifteen|twenty|an?)"


def _to_number(text: str) -> float | None:
    text = (text or "").strip().lower()
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


# ------------------------------------------------------------ limit phrases

_F = re.IGNORECASE
_LEAD = (r"(?:max(?:imum)?\.?(?:\s+(?:of|length|limit))?|no\s+more\s+than|not\s+more\s+than"
         r"|up\s+to(?:\s+a\s+maximum\s+of)?|(?:must|should|shall|may)\s+not\s+exceed"
         r"|not\s+(?:to\s+)?exceed(?:ing)?|exceeding|limit(?:ed)?\s+(?:of|to)|within"
         r"|no\s+longer\s+than|a\s+limit\s+of|less\s+than|fewer\s+than|at\s+most|in"
         r"|maximum\s+(?:response\s+)?length(?:\s+of)?"
         r"|limit\s+(?:your\s+|the\s+|each\s+)?(?:response|answer|submission)s?\s+to)")
_WORDS = r"words?\b"
_CHARS = r"char(?:acter)?s?\b"
_UNIT = rf"(?P<unit>{_WORDS}|{_CHARS})"
_LABEL = (r"(?P<label>word|character|char)s?\s*(?:limit|count)(?:\s+limit)?"
          r"(?:\s+(?:for|of|on)\s+(?:this|each|the|your)\s+(?:question|response|answer|section)"
          r"(?:\s+is)?)?")

_COUNT_PATTERNS = [
    # "Word limit: 1,000", "character count - max 2000", "word limit of 500 words"
    re.compile(rf"\b{_LABEL}\s*(?:is|of|:|-|–|—|=)?\s*(?:a\s+)?(?:{_LEAD}\s*)?(?:of\s+)?"
               rf"{_NUM}(?!\s*(?:%|sides?\b|pages?\b|x\s*A[345]|×|A[345]\b))(?:\s*{_UNIT})?", _F),
    # "Maximum 500 words", "no more than 2,000 characters", "up to 300 words"
    re.compile(rf"\b{_LEAD}\s*(?:of\s+)?(?:a\s+)?{_NUM}\s*(?:-\s*)?{_UNIT}", _F),
    # "750 words max", "500-word limit", "2,000 characters maximum", "300 words or fewer"
    re.compile(rf"\b{_NUM}\s*(?:-\s*|\s)?{_UNIT}\s*(?:\(?\s*max(?:imum)?\b\.?|limit\b"
               rf"|or\s+(?:less|fewer)\b|in\s+total\b|at\s+most\b)", _F),
    # "(500 words)", "(4000 characters including spaces)"
    re.compile(rf"[(\[]\s*{_NUM}\s*{_UNIT}[^)\]]{{0,40}}[)\]]", _F),
    # "4,000 characters excluding spaces", "1,000 characters (no spaces)"
    re.compile(rf"\b{_NUM}\s*(?P<unit>{_CHARS})\s*[(\[]?\s*(?:including|excluding|incl\.?|excl\.?"
               rf"|with|without|not\s+including|no)\s+spaces", _F),
    # "Response length: 500 words", "Length – 750 words"
    re.compile(rf"\b(?:response\s+)?length\s*[:\-–—]\s*(?:{_LEAD}\s*)?{_NUM}\s*{_UNIT}", _F),
    # "in 500 words", "using 300 words" (weak: only taken from a metadata line)
]
_BARE_COUNT = re.compile(rf"^\s*(?:{_LEAD}\s*)?{_NUM}\s*{_UNIT}\s*\.?\s*$", _F)

_NO_SPACES = re.compile(r"\b(?:excl(?:uding|\.)?|without|not\s+including|no|minus|less)\s+"
                        r"(?:the\s+)?spaces\b|\bspaces\s+(?:excluded|not\s+(?:included|counted))"
                        r"|\bno[-\s]spaces\b", _F)
_PAPER = r"(?P<paper>A[345]|letter)"
_SIDES = r"(?P<unit>sides?|pages?)"
_PAGE_PATTERNS = [
    # "2 sides of A4", "one side of A4 paper", "two pages of A4"
    re.compile(rf"\b(?:{_LEAD}\s*(?:of\s+)?)?{_SMALL}\s*(?:x\s*|×\s*)?{_SIDES}\s+of\s+{_PAPER}\b",
               _F),
    # "2 x A4 pages", "2 A4 sides", "3 × A4"
    re.compile(rf"\b{_SMALL}\s*(?:x|×)?\s*{_PAPER}\s*(?:{_SIDES})?", _F),
    # "maximum of 3 pages", "no more than two sides", "Page limit: 2 pages"
    re.compile(rf"\b(?:{_LEAD}|page\s+limit\s*[:\-–—]?|length\s*[:\-–—])\s*(?:of\s+)?"
               rf"{_SMALL}\s*{_SIDES}\b", _F),
    # "Page limit: 2", "page limit of 4"
    re.compile(rf"\bpage\s+limit\s*(?:is|of|:|-|–|—|=)?\s*{_SMALL}\b(?!\s*%)", _F),
    # "2-page limit", "two page maximum", "(2 pages)", "4 pages max"
    re.compile(rf"\b{_SMALL}[-\s]?{_SIDES}\s*(?:limit|max(?:imum)?\b\.?)", _F),
    re.compile(rf"[(\[]\s*{_SMALL}\s*{_SIDES}[^)\]]{{0,40}}[)\]]", _F),
]
_FONTS = ("Arial", "Calibri", "Verdana", "Times New Roman", "Helvetica", "Tahoma",
          "Century Gothic", "Garamond", "Cambria", "Georgia", "Segoe UI", "Open Sans",
          "Trebuchet MS", "Liberation Sans", "Aptos", "Gill Sans", "Lato")
_FONT = re.compile(r"\b(" + "|".join(re.escape(f) for f in _FONTS) + r")\b", _F)
_SIZE_PATTERNS = [
    re.compile(r"\bfont\s*(?:size)?\s*(?:of\s+)?(?:(?:no\s+(?:less|smaller)\s+than|minimum"
               r"(?:\s+of)?|at\s+least|min\.?)\s*)?(\d{1,2}(?:\.5)?)\s*(?:pt|point)?\b", _F),
    re.compile(r"\b(\d{1,2}(?:\.5)?)\s*(?:pt|point)\b", _F),
    re.compile(r"\bsize\s*(\d{1,2}(?:\.5)?)\b", _F),
    re.compile(r"(?:" + "|".join(re.escape(f) for f in _FONTS) + r")\s*,?\s*(?:font\s*)?"
               r"(?:size\s*)?(\d{1,2}(?:\.5)?)\b(?!\s*(?:mm|cm|%|pages?|sides?))", _F),
]
_MARGIN_PATTERNS = [
    re.compile(r"\bmargins?\s*(?:of|:|-|–)?\s*(?:at\s+least|no\s+less\s+than|no\s+smaller\s+than|"
               r"minimum(?:\s+of)?|min\.?)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*(mm|cm|in(?:ch(?:es)?)?\b|\")",
               _F),
    re.compile(r"\b(\d{1,2}(?:\.\d{1,2})?)\s*(mm|cm|in(?:ch(?:es)?)?\b|\")\s*(?:\(.{0,20}\)\s*)?"
               r"margins?\b", _F),
]


def _margin_mm(value: str, unit: str) -> float | None:
    number = _to_number(value)
    if number is None:
        return None
    unit = unit.lower()
    if unit == "cm":
        number *= 10
    elif unit.startswith("in") or unit == '"':
        number *= 25.4
    return round(number, 1)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    limit: Limit


def _find_limits(text: str) -> list[_Found]:
    """Every limit phrase in ``text``, earliest first (overlaps removed)."""
    found: list[_Found] = []
    lowered = text.lower()
    if "page" in lowered or "side" in lowered or re.search(r"\ba[345]\b|letter", lowered):
        for pattern in _PAGE_PATTERNS:
            for match in pattern.finditer(text):
                number = _to_number(match.group(1))
                if number is None or not 0 < number <= 50:
                    continue
                paper = (match.groupdict().get("paper") or "").upper()
                if pattern is _PAGE_PATTERNS[1] and not match.group("unit") \
                        and not re.match(r"\s*(?:paper|sheets?)\b", text[match.end():], _F):
                    # "2 A4" alone is too weak unless it says pages, sides or paper
                    continue
                paper = "Letter" if paper == "LETTER" else paper
                found.append(_Found(match.start(), match.end(),
                                    Limit("pages", number, paper=paper or "A4")))
    if "word" in lowered or "char" in lowered:
        for pattern in _COUNT_PATTERNS:
            for match in pattern.finditer(text):
                found.extend(_count_limit(text, match))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def _count_limit(text: str, match: re.Match[str]) -> list[_Found]:
    groups = match.groupdict()
    number = None
    for group in match.groups():  # the number is the first group made of digits
        if group and group[0].isdigit():
            number = _to_number(group)
            break
    if number is None or not 1 <= number <= 1_000_000:
        return []
    unit = (groups.get("unit") or groups.get("label") or "").lower()
    if unit.startswith("word"):
        kind = "words"
    elif unit.startswith("char"):
        window = text[max(0, match.start() - 30): match.end() + 45]
        kind = "characters_no_spaces" if _NO_SPACES.search(window) else "characters"
    else:
        return []
    return [_Found(match.start(), match.end(), Limit(kind, number))]


def _page_details(limit: Limit, text: str) -> Limit:
    """Add the font, size, margins (and paper) a page limit's question mentions."""
    if limit.kind != "pages":
        return limit
    font = ""
    size: float | None = None
    margin: float | None = None
    font_match = _FONT.search(text)
    if font_match:
        font = next(f for f in _FONTS if f.lower() == font_match.group(1).lower())
    for pattern in _SIZE_PATTERNS:
        size_match = pattern.search(text)
        if size_match:
            value = _to_number(size_match.group(1))
            if value and 6 <= value <= 36:
                size = value
                break
    for pattern in _MARGIN_PATTERNS:
        margin_match = pattern.search(text)
        if margin_match:
            margin = _margin_mm(margin_match.group(1), margin_match.group(2))
            if margin is not None and not 0 <= margin <= 80:
                margin = None
            break
    paper = limit.paper
    if not paper:
        paper_match = re.search(r"\b(A[345])\b", text)
        paper = paper_match.group(1).upper() if paper_match else "A4"
    return Limit("pages", limit.value, paper=paper, font=font, font_size=size, margin_mm=margin)


# -------------------------------------------------------- weighting, marks

_PERCENT = r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
_WEIGHT_PATTERNS = [
    re.compile(r"\b(?:weight(?:ing|ed)?(?:\s+score)?|worth|accounts?\s+for|carries|carrying"
               r"|represents?|scored\s+at)\s*(?:is|of|at|:|-|–|—|=)?\s*(?:a\s+)?"
               r"(?:(?:total|maximum|max\.?)\s+(?:of\s+)?)?(?:weighting\s+of\s+)?" + _PERCENT, _F),
    re.compile(_PERCENT + r"\s*(?:weighting|weighted|weight\b|of\s+the\s+(?:total|overall|"
               r"available|quality|tender|evaluation)|of\s+(?:total|overall)\s+(?:marks|score))",
               _F),
    re.compile(r"[(\[]\s*" + _PERCENT + r"\s*[)\]]", _F),
    re.compile(r"^\s*" + _PERCENT + r"\s*$", _F | re.MULTILINE),  # a table cell: "10%"
]
_HEADING_PERCENT = re.compile(r"[-–—:|]\s*" + _PERCENT + r"\s*$", _F)
_MARKS_PATTERNS = [
    re.compile(r"\b(?:max(?:imum)?\.?\s+)?marks?\s*(?:available)?\s*[:\-–—=]\s*(\d{1,3})\b", _F),
    re.compile(r"\b(?:worth|out\s+of|maximum\s+of|max\.?\s+of|total\s+of|up\s+to)\s+(\d{1,3})"
               r"\s*marks?\b", _F),
    re.compile(r"[(\[]\s*(\d{1,3})\s*marks?\s*[)\]]", _F),
    re.compile(r"\b(\d{1,3})\s*marks?\s+(?:available|in\s+total|maximum)\b", _F),
    re.compile(r"^\s*(\d{1,3})\s*marks?\s*\.?\s*$", _F | re.MULTILINE),  # a cell: "10 marks"
]


def _find(patterns: Iterable[re.Pattern[str]], text: str,
          valid=lambda value: True) -> tuple[float | None, tuple[int, int] | None]:
    best: tuple[int, float, tuple[int, int]] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = _to_number(match.group(1))
            if value is not None and valid(value) and (best is None or match.start() < best[0]):
                best = (match.start(), value, match.span())
                break
    return (best[1], best[2]) if best else (None, None)


def _weighting(text: str) -> float | None:
    return _find(_WEIGHT_PATTERNS, text, lambda v: 0 < v <= 100)[0]


def _marks(text: str) -> float | None:
    return _find(_MARKS_PATTERNS, text, lambda v: 0 < v <= 500)[0]


# ------------------------------------------------------------- descriptors

_LABELS = (r"unacceptable|very\s+poor|poor|weak|very\s+weak|limited|inadequate|insufficient"
           r"|fail(?:ed|s)?|no\s+(?:response|answer|evidence)|not\s+(?:answered|met|provided)"
           r"|non[-\s]compliant|unsatisfactory|partial(?:ly)?|minor|serious|major|significant"
           r"|reservations|fair|satisfactory|acceptable|adequate|moderate|good|very\s+good|strong"
           r"|excellent|outstanding|exceptional|exceeds|meets|compliant|average|nil|none|marginal"
           r"|deficient|fully")
_DESCRIPTOR = re.compile(
    rf"^\s*(?:score\s*[:\-]?\s*)?[(\[]?\s*(10|[0-9])(?:\s*(?:marks?|points?|pts))?\s*[)\]]?"
    rf"\s*(?:[-–—:=.|)]\s*|\s+)[(\[]?\s*(?:{_LABELS})\b", _F)
_DESCRIPTOR_LABEL_FIRST = re.compile(
    rf"^\s*(?:{_LABELS})(?:\s+\w+){{0,2}}\s*(?:[(\[]\s*|[-–—:=|]\s*)(10|[0-9])\s*"
    r"(?:marks?|points?|pts)?\s*[)\]]?(?:\s*[-–—:=|]|\s*$)", _F)


def _is_descriptor(line: str) -> bool:
    return bool(_DESCRIPTOR.match(line) or _DESCRIPTOR_LABEL_FIRST.match(line))


_GUIDANCE = re.compile(
    r"^\s*(?:guidance|evaluation|scoring|marking|assessment|award\s+criteria|score\s*:?"
    r"|scores\b|what\s+(?:we|evaluators?|the\s+council)\s+(?:are\s+|is\s+|will\s+be\s+)?look"
    r"|we\s+(?:will|are)\s+look|evaluators?\s+will|the\s+evaluat|your\s+(?:response|answer)\s+"
    r"(?:should|must|will|may|could|needs)|responses?\s+(?:should|must|will|may)\s"
    r"|answers?\s+(?:should|must)\s|bidders?\s+(?:should|must|are|may|will)\s"
    r"|suppliers?\s+(?:should|must|are|may)\s|tenderers?\s+(?:should|must|are|may)\s"
    r"|in\s+your\s+(?:response|answer)|please\s+note|note\s*:|notes?\s*:|n\.?\s?b\.?\s*[:\s]"
    r"|hints?\b|tips?\s*:|this\s+question\s+will\s+be\s+(?:scored|evaluated|assessed)"
    r"|to\s+score\s+(?:well|highly)|how\s+(?:we|this)\s+will\s+(?:be\s+)?(?:score|evaluat|assess)"
    r"|consider(?:ations)?\s+(?:could|may|might|should)\s+include|you\s+(?:may|might|could)\s+"
    r"(?:wish|want|include|consider)|examples?\s+(?:could|may|might)\s+include)", _F)
_SHARED_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:the\s+)?(?:scoring|evaluation|marking|assessment)\s+(?:methodology|criteria|"
    r"scheme|matrix|guidance|approach|descriptors|framework)\b|^\s*how\s+(?:we|responses|answers)"
    r"\s+will\s+(?:be\s+)?(?:score|evaluat|mark|assess)", _F)
_METADATA_LABEL = re.compile(
    r"\b(?:word|character|char|page)s?\s*(?:limit|count)|\blimit\b|\bweight(?:ing|ed)?\b|\bmarks?\b"
    r"|\bmax(?:imum)?\b\.?|\bresponse\s+length\b|\blength\b|\bavailable\b|\bscore\b|\bquestion\b"
    r"|\bthis\b|\bis\b|\bworth\b|\bof\b|\bthe\b|\btotal\b|\boverall\b|\bper\s+question\b"
    r"|\bincluding\s+spaces\b|\bexcluding\s+spaces\b|\bwith(?:out)?\s+spaces\b|\bspaces\b"
    r"|\bfont\b|\bsize\b|\bmargins?\b|\bpaper\b|\bnumber\b|\bup\s+to\b|\bno\s+more\s+than\b"
    r"|\b(?:please|your|responses?|answers?|submissions?|should|must|shall|be|not|exceed|each"
    r"|an?|to|in|will|are|limited|using|use|per|appl(?:y|ies)|for|on|it|and|or|with|at)\b"
    r"|\b(?:including|excluding|excl|incl)\b\.?|\bmin(?:imum)?\b|\bat\s+least\b"
    r"|\b(?:" + "|".join(re.escape(f) for f in _FONTS) + r")\b|\bpt\b|\bpoints?\b"
    r"|\bwords?\b|\bchar(?:acter)?s?\b|\bpages?\b|\bsides?\b|\bA[345]\b"
    r"|\d+(?:\.\d+)?\s*(?:mm|cm|pt)?\b", _F)


def _metadata_spans(text: str) -> list[tuple[int, int]]:
    spans = [(f.start, f.end) for f in _find_limits(text)]
    for patterns in (_WEIGHT_PATTERNS, _MARKS_PATTERNS, _SIZE_PATTERNS, _MARGIN_PATTERNS):
        for pattern in patterns:
            spans.extend(match.span() for match in pattern.finditer(text))
    spans.extend(match.span() for match in _FONT.finditer(text))
    return spans


def _is_metadata(text: str) -> bool:
    """True when ``text`` only states a limit, weighting or marks ("Word limit: 500")."""
    if not text.strip():
        return False
    spans = _metadata_spans(text)
    if not spans and not _BARE_COUNT.match(text):
        return False
    rest = list(text)
    for start, end in spans:
        rest[start:end] = [" "] * (end - start)
    remainder = _METADATA_LABEL.sub(" ", "".join(rest))
    remainder = re.sub(r"[\W_]+", "", remainder)
    return len(remainder) <= 2


_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]{1,120})[)\]]")


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_ABBREVIATION = re.compile(r"(?:\b(?:max|min|no|approx|incl|excl|etc|e\.g|i\.e|cf|ref|vs)\.)$",
                           _F)


def _strip_metadata(text: str) -> str:
    """Drop "(Maximum 500 words)", "(10%)", "Word limit: 1,000." and the like from a
    line of question text (they are kept as the limit and weighting instead)."""
    text = _BRACKETED.sub(lambda m: "" if _is_metadata(m.group(1)) else m.group(0), text)
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    kept = [sentence for sentence in sentences if not _is_metadata(sentence)]
    if len(kept) == len(sentences):
        return text
    return " ".join(kept).strip()


# -------------------------------------------------------------- references

_REF_TAIL = r"(?=$|[\s:.)\-–—|,;]|\t)"
_QUESTION_REF = re.compile(
    r"^\s*(?:(?P<sv>social\s+value|sv)\s+)?(?:question|qu\.?|q)\s*"
    r"(?:no\.?|number|ref(?:erence)?\.?)?\s*[:.]?"
    rf"\s*(?P<ref>(?P<pre>[A-Z]{{1,4}})?\s?-?(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[a-z]?)){_REF_TAIL}",
    _F)
_PREFIX_REF = re.compile(
    r"^\s*(?:ref(?:erence)?\s*[:.]?\s*)?(?P<pre>SVQ|SVM|SV|SQ|QS|TQ|CQ|PQ|QU|MAC|Q)\s?[-.]?\s?"
    rf"(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[a-z]?){_REF_TAIL}")
_NUMBER_REF = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=\s|$)")
_WEAK_REF = re.compile(r"^\s*[(\[]?(?P<num>\d{1,2})(?:[.)\]]|\s*[-–—:])(?=\s)")
_UNIT_AFTER = re.compile(r"^\s*(?:%|per\s*cent|words?|char|pages?|sides?|marks?|points?|years?|"
                         r"months?|weeks?|days?|hours?|mins?|million|m\b|k\b|x\b|×|to\b|-\s*\d)",
                         _F)
_DECOR = re.compile(r"^\s*(?:#{1,6}\s*|\*\*|__|>\s*)+|\*\*|__")


@dataclass(frozen=True)
class _Ref:
    line: int
    ref: str
    style: tuple[str, ...]
    strong: bool
    rest: str


def _clean_line(line: str) -> str:
    """A line without Markdown heading/bold decoration around it."""
    if "#" in line or "*" in line or "_" in line or ">" in line:
        line = _DECOR.sub("", line)
    return line


def _match_ref(index: int, raw: str) -> _Ref | None:
    line = _clean_line(raw)
    if not line.strip() or _is_descriptor(line):
        return None
    match = _QUESTION_REF.match(line)
    if match:
        pre = (match.group("pre") or "").upper()
        sv = bool(match.group("sv"))
        number = match.group("num")
        if pre and pre not in ("SV", "SVQ", "SQ", "Q", "QU", "TQ", "CQ"):
            return None
        ref = f"{pre or ('SV' if sv else 'Q')}{number}"
        rest = line[match.end():]
        if _UNIT_AFTER.match(rest):
            return None
        return _Ref(index, ref, ("Q", pre or ("SV" if sv else "Q")), True, _tidy_rest(rest))
    match = _PREFIX_REF.match(line)
    if match:
        rest = line[match.end():]
        if _UNIT_AFTER.match(rest):
            return None
        pre = match.group("pre").upper()
        return _Ref(index, f"{pre}{match.group('num')}", ("P", pre), True, _tidy_rest(rest))
    match = _NUMBER_REF.match(line)
    if match:
        rest = line[match.end():]
        if _UNIT_AFTER.match(rest) or (rest.strip() and not rest.strip()[0].isalpha()
                                       and rest.strip()[0] not in "“\"'‘("):
            return None
        depth = match.group("num").count(".") + 1
        return _Ref(index, match.group("num"), ("N", str(depth)), True, _tidy_rest(rest))
    match = _WEAK_REF.match(line)
    if match:
        rest = line[match.end():]
        if _UNIT_AFTER.match(rest) or not rest.strip()[:1].isalpha():
            return None
        return _Ref(index, match.group("num"), ("W",), False, _tidy_rest(rest))
    return None


def _tidy_rest(rest: str) -> str:
    return re.sub(r"^[\s:.)\-–—|]+", "", rest).strip()


_QUESTION_LIKE = re.compile(
    r"\?\s*$|^\s*(?:please\s+)?(?:describe|explain|set\s+out|provide|outline|demonstrate|detail"
    r"|tell\s+us|show|confirm|state|give|identify|summarise|summarize|list|how\s+will"
    r"|what\s+(?:will|are|is)|in\s+no\s+more\s+than)\b", _F)


def _block_evidence(lines: list[str]) -> tuple[bool, bool]:
    """(states a limit or weighting, reads like a question) for one candidate block."""
    text = "\n".join(lines)
    stated = bool(_find_limits(text)) or _weighting(text) is not None
    asks = any(_QUESTION_LIKE.search(_clean_line(line).strip()) for line in lines[:8])
    return stated, asks


def _choose_refs(lines: list[str], refs: list[_Ref]) -> list[_Ref]:
    """The references that start questions: the style of reference that best fits."""
    groups: dict[tuple[str, ...], list[_Ref]] = {}
    for ref in refs:
        groups.setdefault(ref.style, []).append(ref)
    best: tuple[tuple[float, ...], list[_Ref]] | None = None
    for style, members in groups.items():
        strong = members[0].strong
        seen: set[str] = set()
        unique = []  # a repeated reference (a cross-reference) keeps its first appearance
        for ref in members:
            if ref.ref.lower() not in seen:
                seen.add(ref.ref.lower())
                unique.append(ref)
        evidence = []
        for position, ref in enumerate(unique):
            end = unique[position + 1].line if position + 1 < len(unique) else len(lines)
            evidence.append(_block_evidence([ref.rest, *lines[ref.line + 1:end]]))
        stated = sum(1 for has_limit, _ in evidence if has_limit)
        asks = sum(1 for _, question in evidence if question)
        if not strong and (len(unique) < 2 or (2 * stated < len(unique)
                                               and asks < len(unique))):
            continue  # an ordinary numbered list, not questions
        if style[0] == "N":
            # numbered sections: leading ones that neither ask nor limit are introductions
            while len(unique) > 1 and evidence[0] == (False, False) and stated >= 1:
                unique, evidence = unique[1:], evidence[1:]
        score = len(unique) + 2 * stated + asks
        key = (1.0 if strong else 0.0, float(score), 1.0 if style[0] in "PQ" else 0.0,
               -float(unique[0].line))
        if best is None or key > best[0]:
            best = (key, unique)
    return best[1] if best else []


# ---------------------------------------------------------------- splitting

def _normalise(text: str) -> str:
    text = text[:MAX_TEXT_CHARS]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate({0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2028: "\n",
                           0x2029: "\n", 0x000B: "\n", 0x000C: "\n", 0xFEFF: None, 0x00AD: None,
                           0x0000: None})
    return unicodedata.normalize("NFC", text)


def _cells(line: str) -> list[str]:
    """A table row pasted as text ("SV1<tab>Describe…<tab>10%") split into its cells."""
    if "\t" in line:
        return [cell.strip() for cell in line.split("\t") if cell.strip()]
    if line.count(" | ") >= 1:
        return [cell.strip() for cell in line.strip().strip("|").split(" | ") if cell.strip()]
    return [line]


def _expand_rows(lines: list[str]) -> list[str]:
    """Rows of a table pasted as text become one line per cell, except scoring rows
    ("5<tab>Excellent<tab>…"), which stay one descriptor line."""
    expanded: list[str] = []
    for line in lines:
        cells = _cells(line)
        if len(cells) > 1 and _SCORE_CELL.match(cells[0]):
            expanded.append(f"{cells[0].strip(' .:')} – {' – '.join(cells[1:])}")
        elif len(cells) > 1:
            expanded.extend(cells)
        else:
            expanded.append(line)
    return expanded


def split_questions(text: str) -> list[SplitQuestion]:
    """The questions in a tender's social value section, in order.

    Never raises: text with no recognisable questions gives one question
    holding all of it (or none for empty text).
    """
    try:
        return _split(text if isinstance(text, str) else str(text or ""))
    except RecursionError:  # pragma: no cover - regexes here do not recurse deeply
        return [SplitQuestion(text=str(text)[:10_000])]


def _split(text: str) -> list[SplitQuestion]:
    lines = _expand_rows(_normalise(text).split("\n"))
    lines = [line.rstrip() for line in lines]
    if not any(line.strip() for line in lines):
        return []
    candidates = [ref for index, line in enumerate(lines) if (ref := _match_ref(index, line))]
    chosen = _choose_refs(lines, candidates)
    if not chosen:
        return _split_without_refs(lines)

    preamble = lines[:chosen[0].line]
    blocks: list[tuple[_Ref, list[str]]] = []
    for position, ref in enumerate(chosen):
        end = chosen[position + 1].line if position + 1 < len(chosen) else len(lines)
        blocks.append((ref, lines[ref.line + 1:end]))

    # A scoring section after the last question applies to all of them.
    shared: list[str] = []
    last_ref, last_body = blocks[-1]
    for offset, line in enumerate(last_body):
        if _SHARED_SECTION.match(_clean_line(line)) and \
                any(_is_descriptor(rest) for rest in last_body[offset + 1:]):
            shared = last_body[offset:]
            blocks[-1] = (last_ref, last_body[:offset])
            break
    shared_descriptors = _descriptor_lines(preamble) + _descriptor_lines(shared)
    default_limit = _preamble_limit(preamble)

    questions = []
    for ref, body in blocks:
        questions.append(_parse_block(ref.ref, ref.rest, body, default_limit, shared_descriptors))
    return questions


def _split_without_refs(lines: list[str]) -> list[SplitQuestion]:
    """No references: each question-like paragraph starts a question."""
    starts = []
    previous_blank = True
    for index, line in enumerate(lines):
        clean = _clean_line(line).strip()
        if clean and previous_blank and _QUESTION_LIKE.search(clean) and not _is_descriptor(clean) \
                and not _GUIDANCE.match(clean):
            starts.append(index)
        previous_blank = not clean or (clean.endswith("?") or bool(_find_limits(clean)))
    if len(starts) < 2:
        starts = [next(i for i, line in enumerate(lines) if line.strip())]
    preamble = lines[:starts[0]]
    shared = _descriptor_lines(preamble)
    default_limit = _preamble_limit(preamble)
    questions = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        first = _clean_line(lines[start]).strip()
        questions.append(_parse_block("", first, lines[start + 1:end], default_limit, shared))
    return questions


def _preamble_limit(preamble: list[str]) -> Limit | None:
    """"Each response is limited to 750 words" before the first question."""
    text = "\n".join(line for line in preamble if not _is_descriptor(line))
    found = _find_limits(text)
    return _page_details(found[0].limit, text) if found else None


def _descriptor_lines(lines: list[str]) -> list[str]:
    result: list[str] = []
    in_block = False
    flags = _descriptor_flags([_clean_line(line) for line in lines])
    for line, flag in zip(lines, flags, strict=True):
        clean = _clean_line(line).strip()
        if not clean:
            in_block = False
            continue
        if flag:
            result.append(clean)
            in_block = True
        elif in_block and result and not _GUIDANCE.match(clean) and not _is_metadata(clean):
            result[-1] = f"{result[-1]} {clean}"
    return result


_LABEL_PREFIX = re.compile(r"^(?:question(?:\s+text)?|the\s+question|requirement)\s*[:\-–]\s*",
                           _F)


def _descriptor_flags(lines: list[str]) -> list[bool]:
    """Which lines are scoring descriptors: at least two of them make a scale."""
    flags = [_is_descriptor(line.strip()) for line in lines]
    return flags if sum(flags) >= 2 else [False] * len(lines)


def _parse_block(ref: str, heading_rest: str, body: list[str], default_limit: Limit | None,
                 shared_descriptors: list[str]) -> SplitQuestion:
    heading = _clean_line(heading_rest).strip()
    content = [heading, *(_clean_line(line).rstrip() for line in body)]
    is_descriptor = _descriptor_flags(content)
    non_descriptor = [line for line, flag in zip(content, is_descriptor, strict=True) if not flag]
    searchable = "\n".join(non_descriptor)

    limit = _block_limit(heading, searchable, non_descriptor) or default_limit
    weighting = _weighting(heading)
    if weighting is None:
        match = _HEADING_PERCENT.search(heading)
        weighting = _to_number(match.group(1)) if match else None
        if weighting is not None and not 0 < weighting <= 100:
            weighting = None
    if weighting is None:
        weighting = _weighting(searchable)
    marks = _marks(searchable)

    text_lines: list[str] = []
    guidance_lines: list[str] = []
    descriptors: list[str] = []
    state = "text"
    for index, line in enumerate(content):
        stripped = line.strip()
        if not stripped:
            if state == "descriptors":
                state = "guidance"
            (text_lines if state == "text" else guidance_lines).append("")
            continue
        if is_descriptor[index]:
            descriptors.append(stripped)
            guidance_lines.append(stripped)
            state = "descriptors"
            continue
        if _is_metadata(stripped):
            continue
        if state == "descriptors" and not _GUIDANCE.match(stripped):
            descriptors[-1] = f"{descriptors[-1]} {stripped}"
            guidance_lines[-1] = f"{guidance_lines[-1]} {stripped}"
            continue
        if state == "text" and ((_GUIDANCE.match(stripped) and any(text_lines))
                                or _SHARED_SECTION.match(stripped)):
            state = "guidance"
        if state == "text":
            cleaned = _LABEL_PREFIX.sub("", _strip_metadata(stripped))
            if index == 0:
                match = _HEADING_PERCENT.search(cleaned)
                if match:
                    cleaned = cleaned[:match.start()].rstrip(" -–—:|")
            if cleaned:
                text_lines.append(cleaned)
        else:
            guidance_lines.append(stripped)
    if not descriptors and shared_descriptors:
        descriptors = list(shared_descriptors)
        guidance_lines.extend(["", "Scoring (for every question):", *shared_descriptors])
    return SplitQuestion(
        ref=ref,
        text=_join(text_lines),
        guidance=_join(guidance_lines),
        limit=limit,
        weighting_percent=weighting,
        marks=marks,
        descriptors=tuple(descriptors),
    )


def _block_limit(heading: str, searchable: str, lines: list[str]) -> Limit | None:
    """The limit stated in the heading, else anywhere in the question, else in a table cell."""
    for candidate in (heading, searchable):
        found = _find_limits(candidate)
        if found:
            return _page_details(found[0].limit, searchable)
    for line in lines:
        for cell in _cells(line):
            bare = _BARE_COUNT.match(cell)
            number = _to_number(bare.group(1)) if bare else None
            if bare and number:
                kind = "words" if bare.group("unit").lower().startswith("word") else "characters"
                return Limit(kind, number)
    return None


def _join(lines: list[str]) -> str:
    """Lines joined, with runs of blank lines reduced to one and none at the ends."""
    result: list[str] = []
    for line in lines:
        if not line.strip():
            if result and result[-1]:
                result.append("")
            continue
        result.append(line.strip())
    while result and not result[-1]:
        result.pop()
    return "\n".join(result)


# -------------------------------------------------------------------- files

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_tender_text(path: Path) -> str:
    """The text of a .txt, .md or .docx file, with a plain error for anything else."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise TenderFileError(f"“{name}” is a folder, not a file. Choose the tender file "
                                  "itself.")
        if size > MAX_FILE_BYTES:
            raise TenderFileError(
                f"“{name}” is too large ({size / 1024 / 1024:.0f} MB) to be a tender's social "
                "value section. Copy just that section into a new document, or paste it in.")
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError as exc:
        raise TenderFileError(f"“{name}” was not found. Check the name and folder.") from exc
    except PermissionError as exc:
        raise TenderFileError(f"“{name}” could not be opened: permission was refused.") from exc
    except OSError as exc:
        raise TenderFileError(f"“{name}” could not be read ({exc.strerror or exc}).") from exc
    suffix = path.suffix.lower()
    if head.startswith(_OLE):
        if suffix == ".doc":
            raise TenderFileError(
                f"“{name}” is in the old Word format (.doc). Open it in Word or LibreOffice, "
                "save it as .docx, then try again — or copy the text and paste it in.")
        raise TenderFileError(
            f"“{name}” is password-protected or encrypted, so it cannot be read. Open it in "
            "Word, remove the password (File → Info → Protect Document), save it, and try "
            "again — or copy the text and paste it in.")
    if head.startswith(b"%PDF"):
        raise TenderFileError(
            f"“{name}” is a PDF, which cannot be split here. Copy the social value questions "
            "from it and paste them in, or save the tender as .docx.")
    if head.startswith(b"{\\rtf"):
        raise TenderFileError(f"“{name}” is a Rich Text file. Save it as .docx or plain text "
                              "(.txt) and try again.")
    if head.startswith(b"PK"):
        return _read_docx(path)
    if suffix in (".docx", ".docm", ".dotx"):
        raise TenderFileError(f"“{name}” is not a real Word document (it may be damaged or "
                              "renamed). Open it in Word and save it as .docx again.")
    if suffix in (".xls", ".xlsx", ".odt", ".ods", ".pdf", ".doc", ".pages", ".ppt", ".pptx"):
        raise TenderFileError(f"“{name}” is a {suffix} file, which cannot be read here. Use a "
                              "Word document (.docx), a text file (.txt or .md), or paste "
                              "the text in.")
    return _read_text_file(path)


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data[:4096]:
        raise TenderFileError(f"“{path.name}” does not look like text (it may be a program, "
                              "picture or other binary file). Use a .docx, .txt or .md file.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        text = data.decode("latin-1")
    controls = sum(1 for char in text[:4096] if ord(char) < 32 and char not in "\t\n\r\f\v")
    if controls > 16:
        raise TenderFileError(f"“{path.name}” does not look like text. Use a .docx, .txt or "
                              ".md file.")
    return text


def _read_docx(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TenderFileError(f"“{name}” is damaged and could not be opened as a Word "
                              "document.") from exc
    if "word/document.xml" not in names:
        if "content.xml" in names:
            raise TenderFileError(f"“{name}” is an OpenDocument file. Save it as Word (.docx) "
                                  "and try again.")
        if "xl/workbook.xml" in names:
            raise TenderFileError(f"“{name}” is a spreadsheet. Copy the questions into a Word "
                                  "document or paste them in.")
        raise TenderFileError(f"“{name}” is a zip file, not a Word document (.docx).")
    try:
        import docx  # python-docx, imported only when a .docx is read

        document = docx.Document(str(path))
        return "\n".join(_docx_lines(document))
    except TenderFileError:
        raise
    except Exception as exc:  # python-docx raises many kinds for damaged files
        raise TenderFileError(f"“{name}” could not be read as a Word document "
                              f"({type(exc).__name__}). Open it in Word, save it again, and "
                              "try again.") from exc


_HEADER_LABELS = {"weighting", "weight", "word limit", "limit", "character limit", "page limit",
                  "marks", "max marks", "maximum marks", "word count", "length",
                  "response length", "weighting (%)", "weighting %", "marks available"}
_SCORE_CELL = re.compile(r"^\s*(?:score\s*)?(10|[0-9])(?:\s*(?:marks?|points?))?\s*[.:]?\s*$", _F)


def _docx_lines(document: Any) -> Iterable[str]:
    """Paragraphs and table rows of a document, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document).text
        elif tag == "tbl":
            yield from _table_lines(Table(child, document))
            yield ""


def _table_lines(table: Any) -> Iterable[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.strip()
            if not cells or text != cells[-1]:  # merged cells repeat their text
                cells.append(text)
        rows.append([cell for cell in cells])
    yield from table_rows_as_lines(rows)


def table_rows_as_lines(rows: list[list[str]]) -> Iterable[str]:
    """Table rows as lines the splitter reads: a question table, a scoring table,
    or a two-column "label | value" table."""
    if not rows:
        return
    header = [cell.lower().strip(" :") for cell in rows[0]]
    labelled = any(cell in _HEADER_LABELS for cell in header)
    for row_index, cells in enumerate(rows):
        filled = [cell for cell in cells if cell]
        if not filled or (labelled and row_index == 0):
            continue
        if len(filled) >= 2 and _SCORE_CELL.match(filled[0]):  # a scoring descriptor row
            yield f"{filled[0].strip(' .:')} – {' – '.join(filled[1:])}"
            continue
        if len(cells) == 2 and cells[0] and not labelled and len(cells[0].split()) <= 4 \
                and not re.search(r"\d", cells[0]):  # "Word limit | 500"
            yield f"{cells[0].rstrip(' :')}: {cells[1]}"
            continue
        for column, cell in enumerate(cells):
            if not cell:
                continue
            label = rows[0][column].strip(" :") if labelled and column < len(rows[0]) else ""
            if label and label.lower() in _HEADER_LABELS and not re.search(
                    r"[a-z]{3}", re.sub(r"(?i)words?|characters?|pages?|sides?|marks?|of|a4",
                                        "", cell)):
                yield f"{label}: {cell}"
            else:
                yield from cell.split("\n")
        yield ""


def split_questions_file(path: Path) -> list[SplitQuestion]:
    """The questions in a .txt, .md or .docx file (see :func:`split_questions`)."""
    return split_questions(read_tender_text(Path(path)))
