"""Step 2 of splitting a tender: find where each question starts and read its parts.

Buyers write questions in many styles: "SV1 – Local employment (10%)",
"Q4.2 Describe how… (Maximum 500 words)", "Question 3" on its own line,
numbered "4.1", "4.2" sections, or tables pasted from Word. This module finds
where each question starts (the style of reference that best fits), then reads
from each one its limit, weighting and marks (see :mod:`.limits`), its scoring
descriptors (a block shared by all questions is added to each of them), the
question text, and the rest as guidance.

It is a best guess for a person to correct in a preview, so it never raises on
odd text: the worst case is one question holding everything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...documents import strip_controls
from .limits import (
    _BARE_COUNT,
    _F,
    _GUIDANCE,
    _HEADING_PERCENT,
    _SCORE_CELL,
    _SHARED_SECTION,
    Limit,
    SplitQuestion,
    _find_limits,
    _is_descriptor,
    _is_metadata,
    _marks,
    _page_details,
    _strip_metadata,
    _to_number,
    _weighting,
)

# A social value section is rarely 50,000 characters; reading stops here so that
# even hostile text is split within the 2-second budget.
MAX_TEXT_CHARS = 200_000

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
    stated = bool(_find_limits(text, first=True)) or _weighting(text) is not None
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

_SPACE_RUN = re.compile(r"[^\S\t\n]{2,}")  # two or more spaces (of any kind) but not tabs
_TAB_RUN = re.compile(r"(?:[^\S\t\n]?\t)+[^\S\t\n]?")  # tabs (and spaces): one cell break
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n){2,}")  # three or more line breaks: one blank line


def _normalise(text: str) -> str:
    """Text the patterns can read in linear time: line breaks, odd spaces and control
    characters made plain, runs of spaces squeezed to one, runs of blank lines to one
    (neither carries meaning in a tender: cells are split by tabs, questions by lines)."""
    text = text[:MAX_TEXT_CHARS]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate({0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2028: "\n",
                           0x2029: "\n", 0x000B: "\n", 0x000C: "\n", 0xFEFF: None, 0x00AD: None,
                           0x0000: None})
    text = strip_controls(unicodedata.normalize("NFC", text))
    text = _SPACE_RUN.sub(" ", text)
    text = _TAB_RUN.sub("\t", text)
    return _BLANK_RUN.sub("\n\n", text)


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
        previous_blank = not clean or (clean.endswith("?") or bool(_find_limits(clean, first=True)))
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
    found = _find_limits(text, first=True)
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
    weighting = _block_weighting(heading, searchable)
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


def _block_weighting(heading: str, searchable: str) -> float | None:
    """The weighting stated in the heading, else a bare percentage there, else in the question.

    Split out of :func:`_parse_block` so the order of these three places reads on its own.
    A bare heading percentage counts only between 0 (not included) and 100.
    """
    weighting = _weighting(heading)
    if weighting is None:
        match = _HEADING_PERCENT.search(heading)
        weighting = _to_number(match.group(1)) if match else None
        if weighting is not None and not 0 < weighting <= 100:
            weighting = None
    if weighting is None:
        weighting = _weighting(searchable)
    return weighting


def _block_limit(heading: str, searchable: str, lines: list[str]) -> Limit | None:
    """The limit stated in the heading, else anywhere in the question, else in a table cell."""
    for candidate in (heading, searchable):
        found = _find_limits(candidate, first=True)
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
