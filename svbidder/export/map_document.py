"""The activity–priority map: what we already do against what the buyer wants.

For the bid's framework (or, when the bid has none, every framework with
confirmed links), one table per theme: each outcome with the activities
confirmed to contribute to it and the note on how. Outcomes nothing reaches say
"Not covered yet", so gaps show; activities linked to nothing are listed at the
end. Only *confirmed* links appear: suggestions the person has not checked are
left out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import RecordNotFoundError
from ..core.storage.records import Activity, Bid, Framework, Mapping, Organisation, Outcome, Theme
from .bid_document import long_date
from .options import ExportOptions
from .safe_write import ExportResult

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace
    from .docx_base import DocumentBuilder

NOT_COVERED = "Not covered yet"


def _activity_label(activity: Activity) -> str:
    from ..core.organisation.activities import describe_volume

    volume = describe_volume(activity)
    return f"{activity.title.strip()} ({volume})" if volume else activity.title.strip()


def map_frameworks(ws: Workspace, bid: Bid) -> list[Framework]:
    """The frameworks the map covers."""
    if bid.framework_id is not None:
        try:
            return [ws.get(Framework, bid.framework_id)]
        except RecordNotFoundError:  # deleted since: fall back to the mapped frameworks
            pass
    confirmed = {m.outcome_id for m in ws.find(Mapping, status="confirmed")}
    frameworks = []
    for framework in ws.find(Framework, order_by="position, id"):
        themes = ws.find(Theme, framework_id=framework.id)
        if any(o.id in confirmed for t in themes for o in ws.find(Outcome, theme_id=t.id)):
            frameworks.append(framework)
    return frameworks


def map_rows(ws: Workspace, framework_id: int
             ) -> list[tuple[Theme, list[tuple[Outcome, list[tuple[Activity, str]]]]]]:
    """Themes → outcomes → (activity, note) of the confirmed links, in framework order."""
    activities = {a.id: a for a in ws.find(Activity, order_by="position, id")}
    order = {a_id: index for index, a_id in enumerate(activities)}
    links: dict[int, list[tuple[Activity, str]]] = {}
    for mapping in ws.find(Mapping, status="confirmed"):
        activity = activities.get(mapping.activity_id)
        if activity is not None:
            links.setdefault(mapping.outcome_id, []).append((activity, mapping.note.strip()))
    for found in links.values():
        found.sort(key=lambda pair: order[pair[0].id])
    tree = []
    for theme in ws.find(Theme, order_by="position, id", framework_id=framework_id):
        outcomes = ws.find(Outcome, order_by="position, id", theme_id=theme.id)
        tree.append((theme, [(outcome, links.get(outcome.saved_id, [])) for outcome in outcomes]))
    return tree


def _ref_title(ref: str, title: str) -> str:
    ref = ref.strip()
    return f"{ref} {title.strip()}" if ref else title.strip()


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _merge_outcome_cells(table) -> None:
    """One outcome cell spanning the rows of all its activities; "Not covered yet"
    in italics."""
    rows = list(table.rows)[1:]
    start = None
    for index, row in enumerate(rows + [None]):
        if row is not None and row.cells[1].text == NOT_COVERED:
            for run in row.cells[1].paragraphs[0].runs:
                run.italic = True
        if row is None or row.cells[0].text:
            if start is not None and index - start > 1:
                rows[start].cells[0].merge(rows[index - 1].cells[0])
            start = index


def _build(ws: Workspace, bid_id: int, options: ExportOptions | None, today: date | None
           ) -> tuple[DocumentBuilder, list[str]]:
    from .docx_base import ACCENT, MUTED, DocumentBuilder

    options = (options or ExportOptions()).checked()
    bid = ws.get(Bid, bid_id)
    organisation = ws.get(Organisation, 1)
    builder = DocumentBuilder(options)
    size = options.size_pt
    builder.set_style(builder.title, size=round(size * 1.9), color=ACCENT, before=0, after=2,
                      spacing=1.0, bold=True)
    builder.set_style(builder.subtitle, size=size + 1, color=MUTED, before=0, after=10,
                      spacing=1.0)
    builder.set_style(builder.heading1, size=size + 3, color=ACCENT, before=16, after=6,
                      bold=True, spacing=1.0, keep_next=True)
    warnings: list[str] = []
    builder.set_properties(title=f"{organisation.name or 'Our'} activity–priority map",
                           author=organisation.name or "svbidder",
                           subject=bid.contract_title or bid.buyer)
    builder.paragraph("Activity–priority map", builder.title)
    who = f"{_possessive(organisation.name.strip())} work" if organisation.name.strip() \
        else "Our work"
    buyer = _possessive(bid.buyer.strip()) if bid.buyer.strip() else "the buyer's"
    details = " · ".join(part for part in (
        bid.contract_title.strip(), bid.reference.strip(), long_date(today or date.today()))
        if part)
    builder.paragraph(f"How {who[0].lower() + who[1:] if who == 'Our work' else who} meets "
                      f"{buyer} priorities\n{details}", builder.subtitle)
    builder.header_footer(organisation.name or "", "Activity–priority map", cover=False)

    frameworks = map_frameworks(ws, bid)
    linked_activities: set[int] = set()
    if not frameworks:
        warnings.append("No priorities to map against: choose the council's priorities for "
                        "this bid, then confirm links on the Map.")
        builder.paragraph("This bid has no council priorities chosen, and none of your "
                          "activities is linked to any yet.", builder.note)
    total_links = 0
    for framework in frameworks:
        tree = map_rows(ws, framework.saved_id)
        builder.paragraph(f"Priorities: {framework.name}"
                          + (f" ({framework.publisher})" if framework.publisher else "")
                          + ". Each row shows what we already do towards one outcome, "
                            "and how.", builder.note)
        for theme, outcomes in tree:
            builder.heading(_ref_title(theme.ref, theme.title) or "Theme", 1)
            rows = [["Council outcome", "What we already do", "How it contributes"]]
            for outcome, links in outcomes:
                title = _ref_title(outcome.ref, outcome.title)
                if not links:
                    rows.append([title, NOT_COVERED, ""])
                    continue
                for index, (activity, note) in enumerate(links):
                    rows.append([title if index == 0 else "", _activity_label(activity), note])
                    linked_activities.add(activity.saved_id)
                    total_links += 1
            table = builder.table(rows, widths_mm=(52, 52, 66),
                                  caption=f"Activities for {theme.title.strip()}")
            _merge_outcome_cells(table)
    if frameworks and total_links == 0:
        warnings.append("None of your activities has a confirmed link to these priorities "
                        "yet, so every outcome says “Not covered yet”. Confirm links on the "
                        "Map first.")
    unlinked = [a for a in ws.find(Activity, order_by="position, id")
                if a.id not in linked_activities]
    if unlinked and frameworks:
        builder.heading("Activities not linked to these priorities", 1)
        for activity in unlinked:
            builder.paragraph(_activity_label(activity), builder.bullet)
    return builder, warnings


def build_map_document(ws: Workspace, bid_id: int, options: ExportOptions | None = None, *,
                       today: date | None = None) -> Any:
    """The map as a python-docx ``Document`` (nothing is written)."""
    builder, _ = _build(ws, bid_id, options, today)
    return builder.document


def export_map_document(ws: Workspace, bid_id: int, path: Path | str,
                        options: ExportOptions | None = None, *,
                        today: date | None = None) -> ExportResult:
    from .safe_write import write_document

    builder, warnings = _build(ws, bid_id, options, today)
    pages = builder.estimate_pages()
    written = write_document(path, builder.document)
    return ExportResult(written, round(pages, 1), warnings)
