"""Running the checks, summing them up as "ready to submit?", and the workspace glue."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...storage.records import Bid, Commitment, EvidenceItem, Organisation, Outcome, Question
from ..counting import Counts, PageSettings, RoughPageEstimator, count_markdown, markdown_to_plain
from . import patterns, readability, rules_evidence, rules_text  # noqa: F401 - rules register
from .base import RULES, CheckContext, CheckSettings, Finding, RunState, sort_rules
from .rules_evidence import find_number
from .text import Analysis, words_of

log = logging.getLogger(__name__)

SETTINGS_META = "check_settings:{bid_id}"
sort_rules()


def run_checks(markdown: str, context: CheckContext | None = None, *,
               counts: Counts | None = None) -> list[Finding]:
    """Every enabled check on an answer (stored Markdown), most serious first.

    Findings are sorted by severity (must, should, consider), then by position.
    Their spans are offsets into ``markdown_to_plain(markdown)``; an empty answer
    gives only ``empty-answer``. A check that fails is logged and skipped, so
    one bug never hides the others.
    """
    markdown = markdown or ""
    context = context or CheckContext()
    settings = context.settings or CheckSettings()
    plain = markdown_to_plain(markdown)
    analysis = Analysis(plain, markdown)
    state = RunState(analysis, context, settings, markdown,
                     counts if counts is not None else count_markdown(markdown))
    empty = not plain.strip()
    findings: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    for rule_id, rule in RULES.items():
        if not settings.enabled(rule_id) or rule.run is None:
            continue
        if empty != (rule_id == "empty-answer"):
            continue
        state.rule_id = rule_id
        severity = settings.severity(rule_id)
        try:
            hits = list(rule.run(state))
        except Exception:  # noqa: BLE001 - one broken check must not hide the rest
            log.exception("The check %s failed", rule_id)
            continue
        for hit in hits:
            if isinstance(hit, Finding):
                finding = hit
            else:
                start, end, message = hit
                finding = Finding(rule_id, severity, message, int(start), int(end), rule.why,
                                  rule.guide_anchor)
            key = (finding.rule, finding.start, finding.end, finding.message)
            if key not in seen:
                seen.add(key)
                findings.append(finding)
    findings.sort(key=Finding.sort_key)
    return findings


# ---------------------------------------------------------------- readiness

@dataclass(frozen=True)
class Readiness:
    """A one-line "ready to submit?" for one answer (or a whole bid).

    ``state``: ``"ready"`` (nothing to fix, maybe things to consider), ``"nearly"``
    (only "should fix" findings) or ``"not_ready"`` (at least one "must fix", or no
    answer). ``summary`` is the line to show, e.g. "Nearly ready: 2 things to fix,
    3 to consider".
    """

    state: str
    summary: str
    must: int = 0
    should: int = 0
    consider: int = 0


def _things(count: int) -> str:
    return f"{count} thing" if count == 1 else f"{count} things"


def readiness(findings: list[Finding]) -> Readiness:
    """Sum up findings as ready / nearly ready / not ready, with a one-line summary."""
    must = sum(1 for f in findings if f.severity == "must")
    should = sum(1 for f in findings if f.severity == "should")
    consider = sum(1 for f in findings if f.severity == "consider")
    if any(f.rule == "empty-answer" for f in findings):
        return Readiness("not_ready", "Not started: there is no answer yet", must, should,
                         consider)
    tail = f", {consider} to consider" if consider else ""
    if must:
        middle = f", {should} more to fix" if should else ""
        return Readiness("not_ready", f"Not ready: {_things(must)} you must fix{middle}{tail}",
                         must, should, consider)
    if should:
        return Readiness("nearly", f"Nearly ready: {_things(should)} to fix{tail}", must,
                         should, consider)
    if consider:
        return Readiness("ready", f"Ready to submit: {_things(consider)} to consider", must,
                         should, consider)
    return Readiness("ready", "Ready to submit: nothing to fix", must, should, consider)


@dataclass(frozen=True)
class QuestionReadiness:
    question_id: int
    ref: str
    readiness: Readiness
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class BidReadiness:
    """Readiness of every question of a bid, and a line for the whole bid."""

    state: str
    summary: str
    questions: list[QuestionReadiness] = field(default_factory=list)


def summarise_bid(questions: list[QuestionReadiness]) -> BidReadiness:
    """The bid's line from its questions' readiness (the worst state wins)."""
    total = len(questions)
    if not total:
        return BidReadiness("not_ready", "Not ready: this bid has no questions yet", [])
    ready = sum(1 for q in questions if q.readiness.state == "ready")
    nearly = sum(1 for q in questions if q.readiness.state == "nearly")
    not_ready = total - ready - nearly
    answers = "answer" if total == 1 else "answers"
    if not_ready:
        parts = [f"{ready} of {total} {answers} ready"]
        if nearly:
            parts.append(f"{nearly} nearly ready")
        parts.append(f"{not_ready} not ready")
        return BidReadiness("not_ready", "Not ready: " + ", ".join(parts), questions)
    if nearly:
        return BidReadiness("nearly", f"Nearly ready: {ready} of {total} {answers} ready, "
                                      f"{nearly} nearly ready", questions)
    everything = "the answer is" if total == 1 else f"all {total} answers are"
    return BidReadiness("ready", f"Ready to submit: {everything} ready", questions)


# ----------------------------------------------------------------- settings

def load_check_settings(ws: Any, bid_id: int) -> CheckSettings:
    """A bid's check settings (defaults when none are saved or they cannot be read)."""
    return CheckSettings.from_json(ws.meta(SETTINGS_META.format(bid_id=bid_id)))


def save_check_settings(ws: Any, bid_id: int, settings: CheckSettings) -> None:
    """Save a bid's check settings (in the workspace, not an undo step)."""
    ws.set_meta(SETTINGS_META.format(bid_id=bid_id), settings.to_json())


# -------------------------------------------------------------- workspace

_SHINGLE = 5


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + _SHINGLE]) for i in range(max(0, len(words) - _SHINGLE + 1))}


def evidence_used(items: list[EvidenceItem], plain: str) -> list[EvidenceItem]:
    """The evidence items an answer appears to use: a figure whose number it gives, or a
    story, quote or other item whose title or five words in a row it repeats."""
    lowered = [w.lower() for w in words_of(plain)]
    answer_shingles = _shingles(lowered)
    folded = " ".join(lowered)
    used = []
    for item in items:
        if item.kind in ("figure", "evaluation") and item.value is not None:
            if find_number(plain, item.value):
                used.append(item)
            continue
        title = " ".join(w.lower() for w in words_of(item.title or ""))
        if len(title) >= 12 and re.search(rf"\b{re.escape(title)}\b", folded):
            used.append(item)
            continue
        body = [w.lower() for w in words_of(f"{item.body or ''} {item.source or ''}")]
        if _shingles(body) & answer_shingles:
            used.append(item)
    return used


def context_for_question(ws: Any, question_id: int, *, markdown: str | None = None,
                         today: date | None = None, estimator: Any = None,
                         settings: CheckSettings | None = None) -> CheckContext:
    """Everything the checks need to know about one question, read from the workspace.

    ``markdown`` is the answer (default: the saved one), used to find the evidence it
    uses and, for a page limit, to estimate pages (with ``estimator``, by default a
    rough Qt-free one).
    """
    from .. import bids

    question = ws.get(Question, question_id)
    if markdown is None:
        markdown = bids.answer_for(ws, question_id, create=False).body_markdown
    plain = markdown_to_plain(markdown)
    outcomes = []
    for outcome_id in bids.question_outcomes(ws, question_id):
        try:
            outcomes.append(ws.get(Outcome, outcome_id).title)
        except Exception:  # noqa: BLE001 - a link to a deleted outcome
            continue
    try:
        area = ws.get(Organisation, 1).area_served
    except Exception:  # noqa: BLE001 - no organisation row
        area = ""
    pages = None
    if question.limit_kind == "pages":
        page = PageSettings.from_question(question)
        pages = (estimator or RoughPageEstimator()).estimate(plain, page.paper, page.font,
                                                             page.size_pt, page.margin_mm)
    return CheckContext(
        question_text=question.text,
        guidance=question.guidance,
        limit_kind=question.limit_kind,
        limit_value=question.limit_value,
        pages=pages,
        outcome_titles=outcomes,
        commitments=ws.find(Commitment, order_by="position, id", question_id=question_id),
        evidence_items=evidence_used(ws.find(EvidenceItem), plain),
        area_words=patterns.area_words_from(area),
        today=today,
        settings=settings if settings is not None else load_check_settings(ws, question.bid_id),
    )


def check_question(ws: Any, question_id: int, *, markdown: str | None = None,
                   today: date | None = None, estimator: Any = None) -> list[Finding]:
    """Run the checks on a question's answer (the saved one unless ``markdown`` is given)."""
    from .. import bids

    if markdown is None:
        markdown = bids.answer_for(ws, question_id, create=False).body_markdown
    context = context_for_question(ws, question_id, markdown=markdown, today=today,
                                   estimator=estimator)
    return run_checks(markdown, context)


def bid_readiness(ws: Any, bid_id: int, *, today: date | None = None,
                  estimator: Any = None) -> BidReadiness:
    """Readiness of each question of a bid (in the buyer's order) and of the whole bid."""
    from .. import bids

    ws.get(Bid, bid_id)
    settings = load_check_settings(ws, bid_id)
    results = []
    for question in bids.questions_for_bid(ws, bid_id):
        markdown = bids.answer_for(ws, question.saved_id, create=False).body_markdown
        context = context_for_question(ws, question.saved_id, markdown=markdown, today=today,
                                       estimator=estimator, settings=settings)
        findings = run_checks(markdown, context)
        results.append(QuestionReadiness(question.saved_id, question.ref, readiness(findings),
                                         findings))
    return summarise_bid(results)
