"""The social value offer on a page: the provider's own "plan on a page".

Who we are, the buyer's priorities we contribute to (the outcomes the bid's
questions and commitments target, and those our confirmed activity links
reach), our commitments with their numbers, and how we will report. It is meant
to fit on one page at the chosen font size: :func:`export_offer` warns when the
estimate says it would not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.storage.records import (
    Activity,
    Bid,
    Commitment,
    Mapping,
    Organisation,
    Outcome,
    Question,
    Theme,
)
from .bid_document import bid_commitments, long_date
from .options import ExportOptions
from .safe_write import ExportResult

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace
    from .docx_base import DocumentBuilder

ONE_PAGE = 1.0
MAX_ACTIVITIES_PER_OUTCOME = 3


def _people(organisation: Organisation) -> str:
    parts = []
    if organisation.staff_count:
        parts.append(f"{organisation.staff_count:,} staff" if organisation.staff_count != 1
                     else "1 member of staff")
    if organisation.volunteer_count:
        parts.append(f"{organisation.volunteer_count:,} volunteers"
                     if organisation.volunteer_count != 1 else "1 volunteer")
    return " and ".join(parts)


def who_we_are(organisation: Organisation) -> list[str]:
    """The "who we are" paragraphs: the mission, then the facts in one line."""
    paragraphs = []
    if organisation.mission.strip():
        paragraphs.append(organisation.mission.strip())
    facts = []
    if organisation.legal_form.strip():
        fact = organisation.legal_form.strip()
        if organisation.charity_number.strip():
            fact += f", charity number {organisation.charity_number.strip()}"
        elif organisation.company_number.strip():
            fact += f", company number {organisation.company_number.strip()}"
        facts.append(fact)
    people = _people(organisation)
    if people:
        facts.append(people)
    if organisation.area_served.strip():
        facts.append(f"Serving {_lower_first(organisation.area_served.strip().rstrip('.'))}")
    if facts:
        paragraphs.append(". ".join(facts) + ".")
    return paragraphs


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and \
            text.split(" ", 1)[0].lower() in ("the", "our", "all", "most", "parts"):
        return text[0].lower() + text[1:]
    return text


def contributed_outcomes(ws: Workspace, bid: Bid) -> list[tuple[Theme, Outcome, list[str]]]:
    """The buyer's outcomes this bid contributes to, in the framework's order, each with
    the titles of our activities that are confirmed to contribute to it."""
    questions = ws.find(Question, bid_id=bid.id)
    wanted: set[int] = set()
    for question in questions:
        wanted.update(outcome for _, outcome in ws.linked("question_outcome",
                                                           question_id=question.saved_id))
    wanted.update(c.outcome_id for c in ws.find(Commitment, bid_id=bid.id)
                  if c.outcome_id is not None)
    activities: dict[int, list[str]] = {}
    titles = {a.id: a.title for a in ws.find(Activity, order_by="position, id")}
    order = {a_id: index for index, a_id in enumerate(titles)}
    confirmed = ws.find(Mapping, status="confirmed")
    for mapping in sorted(confirmed, key=lambda m: order.get(m.activity_id, 0)):
        if mapping.activity_id in titles:
            activities.setdefault(mapping.outcome_id, []).append(titles[mapping.activity_id])
    found = []
    for outcome_id in wanted | set(activities):
        try:
            outcome = ws.get(Outcome, outcome_id)
            theme = ws.get(Theme, outcome.theme_id)
        except Exception:  # deleted meanwhile: leave it out
            continue
        if bid.framework_id is not None and theme.framework_id != bid.framework_id:
            continue
        if bid.framework_id is None and outcome_id not in wanted:
            continue
        found.append((theme, outcome, activities.get(outcome_id, [])))
    found.sort(key=lambda t: (t[0].position, t[0].id or 0, t[1].position, t[1].id or 0))
    return found


def commitment_target(c: Commitment) -> str:
    from ..core.numbers import format_money, format_number

    unit = c.unit.strip()
    if c.target is None:
        return unit
    if unit in ("£", "GBP", "pounds"):
        return format_money(c.target)
    if unit == "%":
        return f"{format_number(c.target)}%"
    return f"{format_number(c.target)} {unit}".strip()


def reporting_paragraphs(bid: Bid, commitments: list[Commitment]) -> list[str]:
    """How we will report: how often, to whom, who leads and what evidence we keep."""
    buyer = bid.buyer.strip() or "the buyer"
    frequencies = _distinct(c.reporting_frequency for c in commitments)
    owners = _distinct(c.owner for c in commitments)
    evidence = _distinct(c.evidence_method for c in commitments)
    if len(frequencies) == 1:
        first = (f"We will report progress against every commitment to {buyer} "
                 f"{_lower(frequencies[0])}, with the evidence for each.")
    elif frequencies:
        first = (f"We will report progress against every commitment to {buyer} "
                 f"({', '.join(_lower(f) for f in frequencies)}), with the evidence for each.")
    else:
        first = (f"We will report progress against every commitment to {buyer} at the "
                 "intervals the contract sets, with the evidence for each.")
    details = []
    if owners:
        details.append(f"Responsible: {'; '.join(owners)}.")
    if evidence:
        details.append(f"Evidence we will keep: {'; '.join(_lower(e) for e in evidence)}.")
    return [first, " ".join(details)] if details else [first]


def _distinct(values) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        text = (value or "").strip().rstrip(".")
        if text and text.lower() not in seen:
            seen[text.lower()] = text
    return list(seen.values())


def _lower(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _build(ws: Workspace, bid_id: int, options: ExportOptions | None, today: date | None
           ) -> tuple[DocumentBuilder, list[str]]:
    from .docx_base import ACCENT, MUTED, DocumentBuilder, xml_safe

    options = (options or ExportOptions()).checked()
    bid = ws.get(Bid, bid_id)
    organisation = ws.get(Organisation, 1)
    builder = DocumentBuilder(options)
    size = options.size_pt
    # One page: headings smaller and closer than in the full response.
    builder.set_style(builder.title, size=round(size * 1.8), color=ACCENT, before=0, after=2,
                      spacing=1.0, bold=True)
    builder.set_style(builder.subtitle, size=size, color=MUTED, before=0, after=4,
                      spacing=1.0)
    builder.set_style(builder.heading1, size=size + 2, color=ACCENT, before=9, after=3,
                      bold=True, spacing=1.0, keep_next=True)
    builder.set_style(builder.normal, size=size, after=round(size * 0.4), spacing=None)
    warnings: list[str] = []
    builder.set_properties(title=f"{organisation.name or 'Our'} social value offer",
                           author=organisation.name or "svbidder",
                           subject=bid.contract_title or bid.buyer)

    builder.paragraph("Our social value offer", builder.title)
    subtitle = " · ".join(part for part in (
        organisation.name.strip(), f"for {bid.buyer.strip()}" if bid.buyer.strip() else "",
        bid.contract_title.strip(), bid.reference.strip(), long_date(today or date.today()),
    ) if part)
    builder.paragraph(subtitle, builder.subtitle)

    builder.heading("Who we are", 1)
    paragraphs = who_we_are(organisation)
    if not paragraphs:
        warnings.append("Your organisation's profile has no mission or details yet, so "
                        "“Who we are” is short. Fill in Our organisation first.")
        paragraphs = [organisation.name or "About us: add your mission in Our organisation."]
    for text in paragraphs:
        builder.paragraph(text)

    outcomes = contributed_outcomes(ws, bid)
    builder.heading(f"{_possessive(bid.buyer)} priorities we contribute to", 1)
    if outcomes:
        for _theme, outcome, activities in outcomes:
            paragraph = builder.paragraph(outcome.title.strip(), builder.bullet, bold=True)
            shown = activities[:MAX_ACTIVITIES_PER_OUTCOME]
            if shown:
                more = len(activities) - len(shown)
                through = "; ".join(shown) + (f" and {more} more" if more > 0 else "")
                paragraph.add_run(xml_safe(f" – through {through}"))
    else:
        warnings.append("No priorities are linked to this bid yet: link its questions to the "
                        "council's outcomes, or confirm links on the Map, to list them.")
        builder.paragraph("We will agree with the council which of its priorities this "
                          "contract should contribute to.")

    commitments = bid_commitments(ws, bid_id)
    builder.heading("Our commitments", 1)
    if commitments:
        rows = [["What we will do", "How many", "By when"]]
        for c in commitments:
            rows.append([c.measure_text.strip(), commitment_target(c), c.timeframe.strip()])
        builder.table(rows, widths_mm=(92, 36, 42), caption="Our commitments")
    else:
        warnings.append("This bid has no commitments yet, so the offer cannot list any. "
                        "Add them in the bid's commitments table.")
        builder.paragraph("Our commitments for this contract will be set out with numbers "
                          "and dates in our answers.")

    builder.heading("How we will report", 1)
    for text in reporting_paragraphs(bid, commitments):
        builder.paragraph(text)
    return builder, warnings


def _possessive(buyer: str) -> str:
    buyer = buyer.strip()
    if not buyer:
        return "The council's"
    return f"{buyer}'" if buyer.endswith("s") else f"{buyer}'s"


def build_offer(ws: Workspace, bid_id: int, options: ExportOptions | None = None, *,
                today: date | None = None) -> Any:
    """The one-page offer as a python-docx ``Document`` (nothing is written)."""
    builder, _ = _build(ws, bid_id, options, today)
    return builder.document


def offer_fits(ws: Workspace, bid_id: int, options: ExportOptions | None = None
               ) -> tuple[bool, float]:
    """Whether the offer fits on one page at these options, and its estimated pages."""
    builder, _ = _build(ws, bid_id, options, None)
    pages = builder.estimate_pages()
    return pages <= ONE_PAGE, pages


def export_offer(ws: Workspace, bid_id: int, path: Path | str,
                 options: ExportOptions | None = None, *,
                 today: date | None = None) -> ExportResult:
    """Build the offer and save it; warns when it would run onto a second page."""
    from .safe_write import write_document

    options = (options or ExportOptions()).checked()
    builder, warnings = _build(ws, bid_id, options, today)
    pages = builder.estimate_pages()
    if pages > ONE_PAGE:
        warnings.insert(0, f"The offer would not fit on one {options.paper} page at "
                           f"{options.font} {options.size_pt:g} pt (about {pages:.1f} pages). "
                           "Choose a smaller font size, or shorten the mission or the "
                           "commitments.")
    written = write_document(path, builder.document)
    return ExportResult(written, round(pages, 1), warnings)
