"""Evaluator's eye: checks that read an answer the way a scorer does.

Pure Python (no Qt). The public API, documented in docs/checks.md:

* :func:`run_checks` ``(markdown, context) -> list[Finding]`` — every enabled rule
  on an answer, sorted by severity then position. Spans are offsets into
  ``counting.markdown_to_plain(markdown)`` (what the editor shows);
  :class:`TextMap` maps them to the Markdown and back.
* :data:`RULES` — every rule with its id, title, severity, family, thresholds,
  description, why it matters and guide anchor.
* :class:`CheckContext`, :class:`CheckSettings` (per bid, with
  :func:`load_check_settings` / :func:`save_check_settings`).
* :func:`readiness`, :func:`bid_readiness` — "ready to submit?" in one line.
* :mod:`.rubric` — the rubric self-check.
"""

from __future__ import annotations

from .base import (
    FAMILIES,
    RULES,
    SEVERITIES,
    SEVERITY_LABELS,
    CheckContext,
    CheckSettings,
    Finding,
    Rule,
)
from .engine import (
    BidReadiness,
    QuestionReadiness,
    Readiness,
    bid_readiness,
    check_question,
    context_for_question,
    evidence_used,
    load_check_settings,
    readiness,
    run_checks,
    save_check_settings,
    summarise_bid,
)
from .readability import flesch_reading_ease, syllables
from .rubric import (
    RubricItem,
    RubricLevel,
    RubricState,
    apply_overrides,
    assess_rubric,
    find_rubric,
    load_rubric,
    load_rubric_overrides,
    parse_rubric,
    save_rubric,
    save_rubric_overrides,
)
from .text import TextMap, line_and_column, plain_to_markdown_offsets

__all__ = [
    "FAMILIES", "RULES", "SEVERITIES", "SEVERITY_LABELS", "BidReadiness", "CheckContext",
    "CheckSettings", "Finding", "QuestionReadiness", "Readiness", "RubricItem", "RubricLevel",
    "RubricState", "Rule", "TextMap", "apply_overrides", "assess_rubric", "bid_readiness",
    "check_question", "context_for_question", "evidence_used", "find_rubric",
    "flesch_reading_ease", "line_and_column", "load_check_settings", "load_rubric",
    "load_rubric_overrides", "parse_rubric", "plain_to_markdown_offsets", "readiness",
    "run_checks", "save_check_settings", "save_rubric", "save_rubric_overrides",
    "summarise_bid", "syllables",
]
