"""Rubric self-check: the buyer's scoring descriptors as a checklist.

Paste the descriptors ("5 – Excellent: ambitious but realistic commitments,
clearly additional to the core service, fully evidenced …") and
:func:`parse_rubric` splits each level into the elements it asks for;
:func:`assess_rubric` ticks off the ones the answer appears to address, with a
reason. The person can override any tick; overrides and the pasted text are
kept in the workspace (:func:`load_rubric`, :func:`save_rubric`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ...text.search import fold
from ..counting import markdown_to_plain
from .concepts import concepts_in, coverage
from .text import Analysis

RUBRIC_META = "rubric:{question_id}"

LABELS = ("excellent", "very good", "good", "satisfactory", "acceptable", "adequate", "fair",
          "limited", "weak", "poor", "very poor", "unacceptable", "unsatisfactory", "fail",
          "pass", "outstanding", "strong", "exceptional", "no response", "inadequate",
          "marginal", "partial", "minor reservations", "moderate reservations",
          "serious reservations", "major reservations", "meets requirements",
          "exceeds requirements", "does not meet requirements", "good response",
          "excellent response", "poor response", "no answer", "compliant", "non-compliant",
          "insufficient", "sufficient", "reasonable", "very weak", "mostly meets", "partly meets")
_LABEL_ALT = "|".join(sorted((re.escape(label) for label in LABELS), key=len, reverse=True))
_SEPARATOR = r"[-–—:=.|)\t]"
_SCORE_FIRST = re.compile(
    rf"^(?:score|level|mark|grade)?\s*(\d{{1,2}})(?:\s*(?:marks?|points?))?\s*"
    rf"(?:\((?P<plabel>[^)]{{2,40}})\)\s*{_SEPARATOR}*|{_SEPARATOR}+|(?=\s+(?:{_LABEL_ALT})\b))"
    rf"\s*(?P<rest>.*)$", re.IGNORECASE)
_LABEL_FIRST = re.compile(
    rf"^(?P<label>{_LABEL_ALT})\s*[(\[]?\s*(\d{{1,2}})\s*(?:marks?|points?)?\s*[)\]]?\s*"
    rf"{_SEPARATOR}*\s*(?P<rest>.*)$", re.IGNORECASE)
_LEADING_LABEL = re.compile(rf"^(?P<label>{_LABEL_ALT})\b\s*(?:{_SEPARATOR}+|$)\s*",
                            re.IGNORECASE)
_INCLUDES = re.compile(r"^(?:all\s+of\s+|as\s+(?:for\s+|in\s+|per\s+)?(?:level\s+|score\s+)?)"
                       r"(\d{1,2})\b\s*(?:,|;|\.|\s)?\s*(?:and|plus|with|but)?\s*",
                       re.IGNORECASE)
_NEGATIVE = re.compile(r"\bno\b|\bnot\b|\bnone\b|\bvague\b|\black(?:s|ing)?\b|\blittle\b|"
                       r"\bfew\b|\bonly\s+in\s+part\b|\bgaps?\b|\bunacceptable\b|\bfails?\b|"
                       r"\bgeneric\b|\bmissing\b|\bunclear\b|\bpoor(?:ly)?\b|\bweak\b|"
                       r"\binsufficient\b|\bwithout\b|\bminimal\b|\bdoes\s+not\b|\bdo\s+not\b",
                       re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:a|an|the|this|these|their|its|our|your)\b", re.IGNORECASE)
_CONNECTIVE = re.compile(r"^(?:and|with|but|or|plus|as\s+well\s+as|including|also|which|that|"
                         r"for\s+example|e\.g\.?|such\s+as)\b[\s,]*", re.IGNORECASE)


@dataclass(frozen=True)
class RubricLevel:
    """One scoring level: ``score`` 5, ``label`` "Excellent", and what it asks for."""

    score: int
    label: str
    description: str
    elements: list[str] = field(default_factory=list)
    includes: int | None = None  # "as 3, and …": everything level 3 asks for, too


@dataclass(frozen=True)
class RubricItem:
    """One element of one level, judged against the answer.

    For an ordinary element, ``addressed`` means the answer appears to give it. A
    ``negative`` element describes a failing ("no numbers"); then ``addressed``
    means the answer appears to avoid it. ``automatic`` is False when the app
    cannot judge the element (tick it yourself). ``key`` identifies the item for
    overrides; ``overridden`` is True when the person's tick is shown.
    """

    level: int
    label: str
    element: str
    addressed: bool
    reason: str
    negative: bool = False
    automatic: bool = True
    key: str = ""
    overridden: bool = False


# ------------------------------------------------------------------ parsing

def _start_level(line: str) -> tuple[int, str, str] | None:
    match = _LABEL_FIRST.match(line)
    if match:
        return int(match.group(2)), match.group("label"), match.group("rest")
    match = _SCORE_FIRST.match(line)
    if not match:
        return None
    label = (match.group("plabel") or "").strip()
    rest = match.group("rest") or ""
    if not label:
        leading = _LEADING_LABEL.match(rest)
        if leading:
            label, rest = leading.group("label"), rest[leading.end():]
    if not label and not rest.strip():
        return None
    return int(match.group(1)), label, rest


def _clean_line(line: str) -> str:
    line = line.strip()
    if line.startswith("|"):
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            return ""
        line = " – ".join(cell for cell in cells if cell)
    line = re.sub(r"^(?:[-*•]\s+)", "", line)
    return line.replace("\t", " – ").strip()


def parse_rubric(text: str) -> list[RubricLevel]:
    """Scoring levels from pasted descriptors, best first.

    Understands the usual shapes: ``5 – Excellent: …``, ``5 (Excellent) …``,
    ``Excellent (5): …``, ``Score 5 = …``, ``5 marks – …``, table rows ``| 5 |
    Excellent | … |`` and tab-separated columns. A line that does not start a
    level continues the one before; lines before the first level are ignored.
    """
    levels: list[tuple[int, str, list[str]]] = []
    for raw in (text or "").replace("\r", "").split("\n"):
        line = _clean_line(raw)
        if not line:
            continue
        started = _start_level(line)
        if started and 0 <= started[0] <= 20:
            score, label, rest = started
            levels.append((score, label.strip().rstrip(":").strip().capitalize()
                           if label.islower() or label.isupper() else label.strip(),
                           [rest.strip()]))
        elif levels:
            levels[-1][2].append(line)
    parsed = []
    for score, label, parts in levels:
        description = " ".join(part for part in parts if part).strip()
        includes, elements = split_elements(description)
        parsed.append(RubricLevel(score, label, description, elements, includes))
    parsed.sort(key=lambda level: -level.score)
    return parsed


def find_rubric(text: str) -> list[RubricLevel]:
    """Scoring levels in a question's guidance, if it holds at least two; else ``[]``."""
    levels = parse_rubric(text)
    return levels if len(levels) >= 2 else []


def _protect_brackets(text: str) -> tuple[str, list[str]]:
    saved: list[str] = []

    def keep(match: re.Match[str]) -> str:
        saved.append(match.group())
        return f"\x00{len(saved) - 1}\x00"

    return re.sub(r"\([^()]*\)", keep, text), saved


def _restore(text: str, saved: list[str]) -> str:
    return re.sub(r"\x00(\d+)\x00", lambda m: saved[int(m.group(1))], text)


def _tidy(chunk: str) -> str:
    chunk = chunk.strip(" ,;.")
    previous = None
    while previous != chunk:
        previous = chunk
        chunk = _CONNECTIVE.sub("", chunk).strip(" ,;.")
    return chunk


def split_elements(description: str) -> tuple[int | None, list[str]]:
    """The separate things a level's description asks for, and the level it builds on
    ("as 3, and …" → 3)."""
    text, saved = _protect_brackets(" ".join(description.split()))
    includes = None
    match = _INCLUDES.match(text)
    if match:
        includes = int(match.group(1))
        text = text[match.end():]
    elements: list[str] = []
    for clause in re.split(r"\s*;\s*|(?<=[a-z)])\.\s+", text):
        chunks = [c for c in re.split(r"\s*,\s*|\s+and\s+(?=(?:what|how|who|when|where|why)\b)",
                                      clause) if c.strip()]
        merged: list[str] = []
        for chunk in chunks:
            words = chunk.split()
            if merged:
                last = merged[-1]
                short_list = len(words) <= 4 and re.search(r"\b(?:and|or)\b", chunk) and \
                    not _DETERMINER.match(chunk) and not re.match(r"(?i)with\b", chunk)
                continues_negative = bool(_NEGATIVE.search(last)) and \
                    not _DETERMINER.match(_tidy(chunk)) and len(words) <= 8 and \
                    not re.search(r"\b(?:is|are)\b", chunk)
                adjective_before = len(last.split()) <= 2 and \
                    not last.split()[-1].lower().endswith("ed") and \
                    not re.match(r"(?i)(?:with|for|and|a|an|the)\b", chunk) and \
                    not _NEGATIVE.search(last)
                if short_list or continues_negative or adjective_before:
                    merged[-1] = f"{last}, {chunk}"
                    continue
            merged.append(chunk)
        for chunk in merged:
            tidy = _tidy(_restore(chunk, saved))
            if len(tidy) > 1:
                elements.append(tidy)
    return includes, elements


# ---------------------------------------------------------------- assessing

def item_key(level: int, element: str) -> str:
    return f"{level}:{' '.join(fold(element).split())}"


def assess_rubric(levels: Iterable[RubricLevel], markdown: str, *,
                  area_words: Iterable[str] = (), min_share: float = 0.5) -> list[RubricItem]:
    """Each element of each level, ticked where the answer appears to address it."""
    analysis = Analysis(markdown_to_plain(markdown or ""), markdown or "")
    areas = list(area_words)
    empty = not analysis.plain.strip()
    items: list[RubricItem] = []
    for level in levels:
        for element in level.elements:
            negative = bool(_NEGATIVE.search(element))
            key = item_key(level.score, element)
            if empty:
                items.append(RubricItem(level.score, level.label, element, False,
                                        "There is no answer yet.", negative, True, key))
                continue
            result = coverage(element, analysis, areas, min_share)
            if negative:
                items.append(_negative_item(level, element, key, result, analysis))
                continue
            if not result.automatic:
                items.append(RubricItem(level.score, level.label, element, False,
                                        "Tick this yourself: the app cannot judge it.",
                                        False, False, key))
            elif result.concepts:
                reason = ("Found: " + ", ".join(result.found)) if result.addressed else \
                    ("Not found: " + ", ".join(result.missing))
                items.append(RubricItem(level.score, level.label, element, result.addressed,
                                        reason, False, True, key))
            else:
                reason = (f"Mentions {', '.join(result.found)}…" if result.addressed else
                          "Few of its key words appear in the answer")
                items.append(RubricItem(level.score, level.label, element, result.addressed,
                                        reason, False, True, key))
    return items


def _negative_item(level: RubricLevel, element: str, key: str, result: Any,
                   analysis: Analysis) -> RubricItem:
    if re.fullmatch(r"(?i)no\s+(?:response|answer)", element.strip()):
        return RubricItem(level.score, level.label, element, True,
                          "Avoided: there is an answer.", True, True, key)
    if not concepts_in(element):
        return RubricItem(level.score, level.label, element, False,
                          "Tick this yourself if your answer avoids it: the app cannot judge "
                          "it.", True, False, key)
    if result.addressed:
        return RubricItem(level.score, level.label, element, True,
                          "Avoided: the answer has " + ", ".join(result.found), True, True, key)
    return RubricItem(level.score, level.label, element, False,
                      "Your answer may show this: not found: " + ", ".join(result.missing),
                      True, True, key)


def apply_overrides(items: Iterable[RubricItem], overrides: Mapping[str, bool]
                    ) -> list[RubricItem]:
    """Items with the person's ticks in place of the app's (``overridden`` set)."""
    result = []
    for item in items:
        if item.key in overrides:
            result.append(replace(item, addressed=bool(overrides[item.key]), overridden=True))
        else:
            result.append(item)
    return result


# ---------------------------------------------------------------- storage

@dataclass(frozen=True)
class RubricState:
    """What is kept for one question: the pasted descriptors and the person's ticks."""

    text: str = ""
    overrides: Mapping[str, bool] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "overrides": dict(self.overrides)},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | None) -> RubricState:
        try:
            data = json.loads(raw) if raw else {}
        except (ValueError, TypeError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        raw_text = data.get("text")
        text = raw_text if isinstance(raw_text, str) else ""
        raw_overrides = data.get("overrides")
        overrides = {str(k): v for k, v in raw_overrides.items() if isinstance(v, bool)} \
            if isinstance(raw_overrides, dict) else {}
        return cls(text, overrides)


def load_rubric(ws: Any, question_id: int) -> RubricState:
    """The pasted descriptors and ticks saved for a question (empty if none or unreadable)."""
    return RubricState.from_json(ws.meta(RUBRIC_META.format(question_id=question_id)))


def save_rubric(ws: Any, question_id: int, state: RubricState) -> None:
    ws.set_meta(RUBRIC_META.format(question_id=question_id), state.to_json())


def load_rubric_overrides(ws: Any, question_id: int) -> dict[str, bool]:
    """The person's ticks for a question, by :attr:`RubricItem.key`."""
    return dict(load_rubric(ws, question_id).overrides)


def save_rubric_overrides(ws: Any, question_id: int, overrides: Mapping[str, bool]) -> None:
    """Save the person's ticks (the pasted text is kept)."""
    state = load_rubric(ws, question_id)
    save_rubric(ws, question_id, RubricState(state.text, dict(overrides)))
