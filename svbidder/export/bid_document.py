"""The bid response: the Word document a council receives.

Cover page (organisation, buyer, contract, reference, date), optional contents
(a real table-of-contents field), one section per question — heading with the
question's reference, the question in a shaded box, the answer with its
formatting and a count statement in the question's own kind of limit — and a
table of the bid's commitments. Header: organisation · tender reference;
footer: "Page X of Y".

Count statements use exactly the app's counting (``count_markdown`` of the
stored answer, ``limit_status``/``page_status``), so "Word count: 487 of 500"
here is what the app showed. Building only reads the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.storage.records import Answer, Bid, Commitment, Organisation, Question
from ..core.writing.counting import (
    PageEstimator,
    PageSettings,
    RoughPageEstimator,
    count_markdown,
    describe_pages,
    limit_status,
    markdown_to_plain,
)
from .options import MIN_QUESTIONS_FOR_CONTENTS, ExportOptions
from .safe_write import ExportResult

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace
    from .docx_base import DocumentBuilder

COUNT_LABELS = {
    "words": "Word count",
    "characters": "Characters (including spaces)",
    "characters_no_spaces": "Characters (excluding spaces)",
}
NO_ANSWER = "No answer has been written for this question yet."
_TITLE_ENDINGS = (".", "?", ":", "!", ";", ",")


# -------------------------------------------------------------- questions

def selected_questions(ws: Workspace, bid_id: int, options: ExportOptions) -> list[Question]:
    """The bid's questions to export, in the buyer's order."""
    questions = ws.find(Question, order_by="position, id", bid_id=bid_id)
    if options.question_ids is None:
        return questions
    wanted = set(options.question_ids)
    return [q for q in questions if q.id in wanted]


def question_label(question: Question, number: int) -> str:
    """``"SV1"``, or ``"Question 3"`` when it has no reference."""
    return question.ref.strip() or f"Question {number}"


def split_question_text(text: str) -> tuple[str, list[str]]:
    """A question's title (its first line, when that reads as a title) and the rest,
    one paragraph per line: ``"Reducing loneliness\\n\\nDescribe how…"`` gives
    ``("Reducing loneliness", ["Describe how…"])``."""
    lines = [line.strip() for line in (text or "").replace("\r", "").split("\n")]
    lines = [line for line in lines if line]
    if len(lines) >= 2 and len(lines[0]) <= 90 and not lines[0].endswith(_TITLE_ENDINGS):
        return lines[0], lines[1:]
    return "", lines


def question_heading(question: Question, number: int) -> str:
    """``"SV1: Reducing loneliness and isolation"`` (or ``"SV1"`` without a title)."""
    title, _ = split_question_text(question.text)
    label = question_label(question, number)
    return f"{label}: {title}" if title else label


def _amount(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


@dataclass(frozen=True)
class CountStatement:
    """The line under an answer, and where the answer stands against its limit."""

    text: str
    state: str  # "ok", "near" or "over" (see counting.LimitStatus)
    message: str  # the app's own message, e.g. "487 of 500 words — 13 left"


def count_statement(question: Question, body_markdown: str, *,
                    estimator: PageEstimator | None = None) -> CountStatement:
    """``"Word count: 487 of 500"``, ``"Characters (including spaces): 1,950 of 2,000"``,
    ``"Length: about 1.6 of 2 pages (A4, Arial 11 pt, 25.4 mm margins)"``.

    Counts are the app's (``count_markdown``); a page limit is estimated with
    ``estimator`` (the GUI's layout), else ``RoughPageEstimator``.
    """
    kind, limit = question.limit_kind, question.limit_value
    if kind == "pages":
        settings = PageSettings.from_question(question)
        pages = (estimator or RoughPageEstimator()).estimate(
            markdown_to_plain(body_markdown), settings.paper, settings.font, settings.size_pt,
            settings.margin_mm)
        status = limit_status(count_markdown(body_markdown), "pages", limit, pages=pages)
        text = f"Length: {describe_pages(pages, limit if limit else None)} ({settings.describe()})"
        return CountStatement(text, status.state, status.message)
    counts = count_markdown(body_markdown)
    status = limit_status(counts, kind, limit)
    label = COUNT_LABELS.get(status.kind, "Word count")
    if status.limit:
        text = f"{label}: {_amount(status.count)} of {_amount(status.limit)}"
    else:
        text = f"{label}: {_amount(status.count)}"
    return CountStatement(text, status.state, status.message)


def answer_body(ws: Workspace, question_id: int) -> str:
    """The stored answer's Markdown ("" when there is none). Never creates one."""
    found = ws.find(Answer, question_id=question_id)
    return found[0].body_markdown if found else ""


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _limit_line(question: Question) -> str:
    from ..core.writing.bids import describe_limit

    parts = []
    if question.limit_kind and question.limit_value:
        parts.append(f"Limit: {describe_limit(question)}")
    if question.weighting_percent is not None:
        parts.append(f"Weighting: {_amount(question.weighting_percent)}%")
    if question.marks is not None:
        parts.append(f"Marks: {_amount(question.marks)}")
    return "   ·   ".join(parts)


def bid_commitments(ws: Workspace, bid_id: int) -> list[Commitment]:
    return ws.find(Commitment, order_by="position, id", bid_id=bid_id)


# ---------------------------------------------------------------- building

def _cover(builder: DocumentBuilder, bid: Bid, organisation: Organisation,
           today: date) -> None:
    title = builder.paragraph("Social value response", builder.title)
    title.paragraph_format.space_before = builder.points(150)
    builder.paragraph(bid.contract_title or "Tender response", builder.subtitle)
    rows = [
        ("Organisation", organisation.name),
        ("Buyer", bid.buyer),
        ("Contract", bid.contract_title),
        ("Tender reference", bid.reference),
        ("Date", long_date(today)),
    ]
    if organisation.charity_number.strip():
        rows.insert(1, ("Charity number", organisation.charity_number.strip()))
    if organisation.company_number.strip():
        rows.insert(1, ("Company number", organisation.company_number.strip()))
    rows = [(label, value) for label, value in rows if (value or "").strip()]
    table = builder.table(rows, widths_mm=(45, 115), header=False, borders=False,
                          caption="Bid details")
    for row in table.rows:
        row.cells[0].paragraphs[0].style = builder.cover_label
        row.cells[1].paragraphs[0].style = builder.cover_value


def _question_section(builder: DocumentBuilder, question: Question, number: int,
                      body: str, options: ExportOptions,
                      estimator: PageEstimator | None) -> tuple[Any, CountStatement]:
    """The question's heading, box, answer and count; returns the heading paragraph
    (for the contents and page breaks) and the count statement."""
    from .markdown_docx import render_markdown

    heading = builder.heading(question_heading(question, number), 1)
    if options.include_question or options.include_guidance:
        _, paragraphs = split_question_text(question.text)
        boxed = 0
        if options.include_question:
            for text in paragraphs:
                builder.paragraph(text, builder.question)
                boxed += 1
            limit_line = _limit_line(question)
            if limit_line:
                builder.paragraph(limit_line, builder.question_note)
                boxed += 1
        guidance = [line.strip() for line in (question.guidance or "").split("\n")
                    if line.strip()]
        if options.include_guidance and guidance:
            builder.paragraph("Guidance from the buyer", builder.guidance, bold=True)
            for text in guidance:
                builder.paragraph(text, builder.guidance)
            boxed += 1
        if boxed:
            builder.paragraph("", builder.box_gap)
    added = render_markdown(builder, body, heading_level=2) if body.strip() else []
    if not added:
        builder.paragraph(NO_ANSWER, builder.note)
    statement = count_statement(question, body, estimator=estimator)
    if options.include_counts:
        builder.paragraph(statement.text, builder.count)
    return heading, statement


def _commitments_section(builder: DocumentBuilder, commitments: list[Commitment],
                         questions: dict[int, str]) -> Any:
    from ..core.numbers import format_money, format_number

    heading = builder.heading("Our social value commitments", 1)
    builder.paragraph("Each commitment below can become a key performance indicator in the "
                      "contract. We will report progress against every one.")
    with_question = any(c.question_id in questions for c in commitments)
    headings = ["Commitment", "Target", "Unit", "By when", "How it will be evidenced"]
    widths = [50, 16, 25, 27, 41]
    if with_question:
        headings.insert(0, "Ref")
        widths = [13, 44, 16, 25, 26, 35]
    rows: list[list[str]] = [headings]
    total = 0.0
    valued = False
    for c in commitments:
        row = [c.measure_text.strip(), format_number(c.target), c.unit.strip(),
               c.timeframe.strip(), c.evidence_method.strip()]
        if with_question:
            row.insert(0, "" if c.question_id is None else questions.get(c.question_id, ""))
        rows.append(row)
        if c.target is not None and c.value_per_unit is not None:
            total += c.target * c.value_per_unit
            valued = True
    builder.table(rows, widths_mm=widths, caption="Social value commitments")
    if valued:
        builder.paragraph(f"Total value of these commitments using the buyer's own values: "
                          f"{format_money(total)}.", builder.note)
    return heading


def _build(ws: Workspace, bid_id: int, options: ExportOptions | None,
           estimator: PageEstimator | None, today: date | None
           ) -> tuple[DocumentBuilder, list[str]]:
    from .docx_base import DocumentBuilder

    options = (options or ExportOptions()).checked()
    bid = ws.get(Bid, bid_id)
    organisation = ws.get(Organisation, 1)
    builder = DocumentBuilder(options)
    warnings: list[str] = []
    all_questions = ws.find(Question, order_by="position, id", bid_id=bid_id)
    questions = selected_questions(ws, bid_id, options)
    numbers = {q.id: index for index, q in enumerate(all_questions, start=1)}
    if options.question_ids is not None and len(questions) < len(set(options.question_ids)):
        warnings.append("Some of the questions chosen for export are no longer in this bid; "
                        "the others were exported.")
    if not questions:
        warnings.append("This bid has no questions to export, so the document has only its "
                        "cover page.")

    builder.set_properties(
        title=f"{bid.contract_title or 'Tender'} – social value response",
        author=organisation.name or "svbidder", subject=bid.contract_title or bid.buyer)
    _cover(builder, bid, organisation, today or date.today())
    header_right = f"Tender reference {bid.reference}" if bid.reference.strip() else \
        (bid.contract_title or "")
    builder.header_footer(organisation.name or "", header_right)

    commitments = bid_commitments(ws, bid_id) if options.include_commitments else []
    chosen_ids = {q.id for q in questions}
    commitments = [c for c in commitments if c.question_id is None or c.question_id in chosen_ids]
    with_contents = options.include_contents and len(questions) >= MIN_QUESTIONS_FOR_CONTENTS
    cover_end = builder.last_block()
    headings: list[tuple[str, Any]] = []
    for question in questions:
        body = answer_body(ws, question.saved_id)
        label = question_label(question, numbers[question.id])
        heading, statement = _question_section(builder, question, numbers[question.id], body,
                                               options, estimator)
        headings.append((question_heading(question, numbers[question.id]), heading))
        if not body.strip() or not markdown_to_plain(body).strip():
            warnings.append(f"{label} has no answer yet; the document says so.")
        elif statement.state == "over":
            warnings.append(f"{label} is over its limit: {statement.message}.")
    if commitments:
        labels = {q.saved_id: question_label(q, numbers[q.id]) for q in all_questions}
        headings.append(("Our social value commitments",
                         _commitments_section(builder, commitments, labels)))
    _break_pages(builder, [heading for _, heading in headings], options)
    if with_contents:
        _contents_after_cover(builder, headings, cover_end)
    return builder, warnings


def _break_pages(builder: DocumentBuilder, headings: list[Any], options: ExportOptions
                 ) -> None:
    """The first section starts on a new page (after the cover or the contents); the
    others too when asked, or — by default — only when some section fills a page
    or more, so short answers follow one another instead of taking a page each."""
    if not headings:
        return
    headings[0].paragraph_format.page_break_before = True
    new_page = options.new_page_per_question
    if new_page is None:
        new_page = any(height >= 1.0 for height in section_heights(builder, headings))
    for heading in headings[1:]:
        if new_page:
            heading.paragraph_format.page_break_before = True
        else:  # the space a new page would have given, so each section stands out
            heading.paragraph_format.space_before = builder.points(builder.size * 2.5)


def section_heights(builder: DocumentBuilder, headings: list[Any]) -> list[float]:
    """How many pages each section (from its heading to the next, the last to the
    end of the document) fills by the page estimate."""
    total, placements = builder.layout(headings)
    page_height = builder.page_height()
    ends = [placement.offset for placement in placements[1:]]
    ends.append(total * page_height)
    return [(end - placement.offset) / page_height
            for placement, end in zip(placements, ends, strict=True)]


def _contents_after_cover(builder: DocumentBuilder, headings: list[tuple[str, Any]],
                          cover_end: Any) -> None:
    """Add the contents, then move them just after ``cover_end`` (the cover's last
    element), so they can link to headings that already exist; then number them."""
    body = builder.document.element.body
    existing = set(body)
    builder.contents(headings)
    added = [child for child in body if child not in existing]
    for child in reversed(added):
        cover_end.addnext(child)
    builder.fill_contents_pages()


def new_page_per_question(ws: Workspace, bid_id: int, options: ExportOptions | None = None,
                          *, estimator: PageEstimator | None = None) -> bool:
    """Whether each question starts on a new page with these options: the person's
    choice, or (when they have not chosen) whether some answer fills a page."""
    options = (options or ExportOptions()).checked()
    if options.new_page_per_question is not None:
        return options.new_page_per_question
    builder, _ = _build(ws, bid_id, options, estimator, None)
    headings = [p for p in builder.document.paragraphs if p.style is not None
                and p.style.style_id == builder.heading1.style_id]
    return len(headings) > 1 and bool(headings[1].paragraph_format.page_break_before)


def build_bid_document(ws: Workspace, bid_id: int, options: ExportOptions | None = None, *,
                       estimator: PageEstimator | None = None, today: date | None = None
                       ) -> Any:
    """The bid response as a python-docx ``Document`` (nothing is written anywhere)."""
    builder, _ = _build(ws, bid_id, options, estimator, today)
    return builder.document


def export_bid_document(ws: Workspace, bid_id: int, path: Path | str,
                        options: ExportOptions | None = None, *,
                        estimator: PageEstimator | None = None,
                        today: date | None = None) -> ExportResult:
    """Build the bid response and save it to ``path`` (whole or not at all)."""
    from .safe_write import write_document

    builder, warnings = _build(ws, bid_id, options, estimator, today)
    pages = builder.estimate_pages()
    written = write_document(path, builder.document)
    return ExportResult(written, round(pages, 1), warnings)


def bid_file_stem(bid: Bid, kind: str = "answers") -> str:
    """A suggested file name (without extension): ``"ABC-2026-017 social value response"``."""
    import re

    base = bid.reference.strip() or bid.contract_title.strip() or "Bid"
    base = re.sub(r'[\\/:*?"<>|]+', "-", base).strip(" .-") or "Bid"
    suffix = {"answers": "social value response", "offer": "social value offer",
              "map": "activity-priority map", "text": "answers"}.get(kind, kind)
    return f"{base} {suffix}"
