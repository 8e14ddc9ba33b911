"""Step 1 of splitting a tender: what a line states about a question.

The limit, in every common phrasing ("Maximum 500 words", "(750 words max)",
"no more than 2,000 characters including spaces", "2 sides of A4, Arial 11",
"word limit: 1,000", …), with page details (paper, font, size, margins); the
weighting ("This question is worth 10%", "weighting: 5%") and marks; scoring
descriptors ("0 – Unacceptable …" to "5 – Excellent …"); and whether a line
states nothing else (so it can be left out of the question's text).

Every pattern here sees untrusted text, so each is written to run in linear
time (no nested or adjacent unbounded repeats over the same characters) and
the text is normalised (runs of spaces squeezed) before they see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...numbers import NUMBER_WORD_VALUES

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

_WORD_NUMBERS = {**NUMBER_WORD_VALUES, "a": 1, "an": 1, "a single": 1, "single": 1}
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
    # "2 x A4 pages", "2 A4 sides", "3 × A4 paper"; "2 A4" alone is too weak unless it
    # says pages, sides or paper (checked inside the pattern, so "2 A4 " * 4 million
    # stays in C)
    re.compile(rf"\b{_SMALL}\s*(?:[x×]\s*)?{_PAPER}\s*"
               rf"(?:{_SIDES}|(?=[^\S\n]{{0,20}}(?:paper|sheets?)\b))", _F),
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


def _find_limits(text: str, *, first: bool = False) -> list[_Found]:
    """Every limit phrase in ``text``, earliest first (overlaps removed); with ``first``,
    only the earliest (each pattern stops at its first match, so long text stays quick)."""
    found: list[_Found] = []
    lowered = text.lower()
    if "page" in lowered or "side" in lowered or re.search(r"\ba[345]\b|letter", lowered):
        for pattern in _PAGE_PATTERNS:
            for match in pattern.finditer(text):
                number = _to_number(match.group(1))
                if number is None or not 0 < number <= 50:
                    continue
                paper = (match.groupdict().get("paper") or "").upper()
                paper = "Letter" if paper == "LETTER" else paper
                found.append(_Found(match.start(), match.end(),
                                    Limit("pages", number, paper=paper or "A4")))
                if first:
                    break
    if "word" in lowered or "char" in lowered:
        for pattern in _COUNT_PATTERNS:
            for match in pattern.finditer(text):
                limits = _count_limit(text, match)
                found.extend(limits)
                if first and limits:
                    break
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[_Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept[:1] if first else kept


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
    re.compile(r"^[^\S\n]*" + _PERCENT + r"[^\S\n]*$", _F | re.MULTILINE),  # a cell: "10%"
]
_HEADING_PERCENT = re.compile(r"[-–—:|]\s*" + _PERCENT + r"\s*$", _F)
_MARKS_PATTERNS = [
    re.compile(r"\b(?:max(?:imum)?\.?\s+)?marks?\s*(?:available)?\s*[:\-–—=]\s*(\d{1,3})\b", _F),
    re.compile(r"\b(?:worth|out\s+of|maximum\s+of|max\.?\s+of|total\s+of|up\s+to)\s+(\d{1,3})"
               r"\s*marks?\b", _F),
    re.compile(r"[(\[]\s*(\d{1,3})\s*marks?\s*[)\]]", _F),
    re.compile(r"\b(\d{1,3})\s*marks?\s+(?:available|in\s+total|maximum)\b", _F),
    re.compile(r"^[^\S\n]*(\d{1,3})[^\S\n]*marks?[^\S\n]*\.?[^\S\n]*$",  # a cell: "10 marks"
               _F | re.MULTILINE),
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
    rf"^\s*(?:score\s*[:\-]?\s*)?(?:[(\[]\s*)?(10|[0-9])(?:\s*(?:marks?|points?|pts))?"
    rf"(?:\s*[)\]])?(?:\s*[-–—:=.|)]|\s)\s*(?:[(\[]\s*)?(?:{_LABELS})\b", _F)
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


_METADATA_MAX_CHARS = 400


def _metadata_spans(text: str) -> list[tuple[int, int]]:
    spans = [(f.start, f.end) for f in _find_limits(text)]
    for patterns in (_WEIGHT_PATTERNS, _MARKS_PATTERNS, _SIZE_PATTERNS, _MARGIN_PATTERNS):
        for pattern in patterns:
            spans.extend(match.span() for match in pattern.finditer(text))
    spans.extend(match.span() for match in _FONT.finditer(text))
    return spans


def _is_metadata(text: str) -> bool:
    """True when ``text`` only states a limit, weighting or marks ("Word limit: 500").

    Such a statement is short, so a long text is answered at once rather than scanned
    by every pattern (a 20 MB paste is one "sentence" to the caller)."""
    if not text.strip() or len(text) > _METADATA_MAX_CHARS:
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


_BRACKETED = re.compile(r"(?<!\s)\s*[(\[]([^()\[\]]{1,120})[)\]]")


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


_HEADER_LABELS = {"weighting", "weight", "word limit", "limit", "character limit", "page limit",
                  "marks", "max marks", "maximum marks", "word count", "length",
                  "response length", "weighting (%)", "weighting %", "marks available"}
_SCORE_CELL = re.compile(r"^\s*(?:score\s*)?(10|[0-9])(?:\s*(?:marks?|points?))?\s*[.:]?\s*$", _F)
