"""Plain text for e-tendering portals: one answer to copy, or every answer in a file.

The text is ``counting.portal_plain_text`` of the answer (bullets as ``- ``,
numbered items keep their numbers, emphasis and heading markers gone), and with
``plain_ascii`` also straight quotes, plain hyphens and ``...`` instead of the
"smart" characters some portals mangle. Its counts are of the text exactly as
it will be pasted (``counting.count_text``), against the question's limit, so
the person sees them before copying.

Nothing here needs python-docx or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.documents import strip_controls
from ..core.storage.records import Bid, Organisation, Question
from ..core.writing.counting import (
    Counts,
    LimitStatus,
    PageEstimator,
    PageSettings,
    RoughPageEstimator,
    count_text,
    limit_status,
    markdown_to_plain,
    page_status,
    portal_plain_text,
)
from .bid_document import (
    answer_body,
    long_date,
    question_heading,
    question_label,
    selected_questions,
    split_question_text,
)
from .options import ExportOptions
from .safe_write import ExportResult

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace

# Characters portals often show as "â€™" or "?" and their plain equivalents.
PLAIN_PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    "\u00ad": None,
    "\u2022": "-", "\u25cf": "-", "\u25aa": "-",
})
RULE = "=" * 60
NO_ANSWER = "(No answer written yet.)"


def plain_punctuation(text: str) -> str:
    """Smart quotes, dashes, ellipses and odd spaces as plain keyboard characters.
    Letters (é, ŵ) and symbols such as £ and % are kept: portals accept them."""
    return text.translate(PLAIN_PUNCTUATION)


def portal_text(markdown: str, *, plain_ascii: bool = False) -> str:
    """An answer as the plain text a portal accepts (control and escape characters, which
    a portal or terminal would show as boxes or act on, left out)."""
    text = strip_controls(portal_plain_text(markdown or ""))
    return plain_punctuation(text) if plain_ascii else text


@dataclass(frozen=True)
class PortalAnswer:
    """One answer ready to paste, with its counts.

    ``status`` measures the text as pasted the way Word counts; ``safe_status``
    by the portal-safe count (line breaks as two characters, ``and/or`` as two
    words): staying within ``safe_status`` keeps within the limit on any portal.
    """

    question_id: int
    label: str
    heading: str
    text: str
    counts: Counts
    status: LimitStatus
    safe_status: LimitStatus

    @property
    def summary(self) -> str:
        """``"487 of 500 words — 13 left (portal-safe count: 490)"``."""
        message = self.status.message
        if self.status.kind == "pages":
            return message
        safe = self.safe_status.count
        if safe != self.status.count:
            message += f" (portal-safe count: {safe:,.0f})"
        return message


def _statuses(question: Question, body_markdown: str, counts: Counts,
              estimator: PageEstimator | None) -> tuple[LimitStatus, LimitStatus]:
    if question.limit_kind == "pages":
        # pages of the answer as the window lays it out, so the figure is the count bar's
        settings = PageSettings.from_question(question)
        pages = (estimator or RoughPageEstimator()).estimate(
            markdown_to_plain(body_markdown), settings.paper, settings.font,
            settings.size_pt, settings.margin_mm)
        status = page_status(pages, question.limit_value)
        return status, status
    return (limit_status(counts, question.limit_kind, question.limit_value),
            limit_status(counts, question.limit_kind, question.limit_value, safe=True))


def portal_answer(ws: Workspace, question_id: int, options: ExportOptions | None = None,
                  *, number: int | None = None,
                  estimator: PageEstimator | None = None) -> PortalAnswer:
    """One question's answer as portal text with its counts (only reads). A page limit
    is estimated with ``estimator`` (the window's layout), else the rough one."""
    options = options or ExportOptions()
    question = ws.get(Question, question_id)
    if number is None:
        siblings = ws.find(Question, order_by="position, id", bid_id=question.bid_id)
        number = next((i for i, q in enumerate(siblings, start=1) if q.id == question_id), 1)
    body = answer_body(ws, question_id)
    text = portal_text(body, plain_ascii=options.plain_ascii)
    counts = count_text(text)
    status, safe = _statuses(question, body, counts, estimator)
    return PortalAnswer(question_id, question_label(question, number),
                        question_heading(question, number), text, counts, status, safe)


def build_all_text(ws: Workspace, bid_id: int, options: ExportOptions | None = None, *,
                   today: date | None = None,
                   estimator: PageEstimator | None = None) -> tuple[str, list[str]]:
    """Every chosen answer as one plain-text document (``\\n`` line ends), and warnings."""
    options = options or ExportOptions()
    bid = ws.get(Bid, bid_id)
    organisation = ws.get(Organisation, 1)
    numbers = {q.id: i for i, q in enumerate(
        ws.find(Question, order_by="position, id", bid_id=bid_id), start=1)}
    clean = plain_punctuation if options.plain_ascii else (lambda text: text)
    title = bid.contract_title.strip() or "Tender"
    if bid.reference.strip():
        title += f" ({bid.reference.strip()})"
    lines = [clean(title)]
    byline = " - ".join(part for part in (bid.buyer.strip(), organisation.name.strip()) if part)
    if byline:
        lines.append(clean(f"Social value answers: {byline}"))
    lines += [f"Exported {long_date(today or date.today())}", ""]
    warnings: list[str] = []
    questions = selected_questions(ws, bid_id, options)
    if not questions:
        warnings.append("This bid has no questions to export.")
    for question in questions:
        answer = portal_answer(ws, question.saved_id, options, number=numbers[question.saved_id],
                               estimator=estimator)
        lines += [RULE, clean(answer.heading)]
        if options.include_question:
            _, paragraphs = split_question_text(question.text)
            lines += [clean(p) for p in paragraphs]
        if options.include_guidance and question.guidance.strip():
            lines += ["Guidance:", *(clean(line.strip()) for line in
                                     question.guidance.splitlines() if line.strip())]
        if options.include_counts:
            lines.append(clean(f"Count: {answer.summary}"))
        lines += [RULE, ""]
        lines.append(answer.text if answer.text.strip() else NO_ANSWER)
        lines.append("")
        if not answer.text.strip():
            warnings.append(f"{answer.label} has no answer yet.")
        elif answer.safe_status.state == "over":
            warnings.append(f"{answer.label} is over its limit when pasted into a portal: "
                            f"{answer.safe_status.message}.")
    return "\n".join(lines).rstrip("\n") + "\n", warnings


def export_text(ws: Workspace, bid_id: int, path: Path | str,
                options: ExportOptions | None = None, *,
                today: date | None = None,
                estimator: PageEstimator | None = None) -> ExportResult:
    """Save every chosen answer as plain text (UTF-8, Windows line ends), whole or not
    at all."""
    from .safe_write import write_text

    text, warnings = build_all_text(ws, bid_id, options, today=today, estimator=estimator)
    written = write_text(path, strip_controls(text).replace("\n", "\r\n"))
    return ExportResult(written, None, warnings)
