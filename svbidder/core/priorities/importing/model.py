"""What the priorities importer finds: themes, outcomes and measures, and its limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...errors import SvBidderError
from ..frameworks import FrameworkData, MeasureData, OutcomeData, ThemeData, make_key

# a 100-page strategy is about 5,000 lines; 10,000 keeps the worst paste near 0.8 s
MAX_LINES = 10_000
MAX_THEMES = 50
MAX_OUTCOMES = 1000
MAX_WARNINGS = 40
MAX_DESCRIPTION = 2000
MAX_TITLE = 300
MAX_LINE_CHARS = 2000
MAX_TEXT_CHARS = 3_000_000
DEFAULT_NAME = "Imported priorities"
# How the warning and the preview's note begin when a document gave no priorities
NOTHING_FOUND = "No priorities were found."
# How the warning begins when one level of priorities was put under one theme
SINGLE_LEVEL_NOTE = "Only one level of priorities was found"
# How the preview's "Please check" begins when the worry is the count of priorities
ONE_PRIORITY = "Only one priority was found."
ONE_LIST = "These were read as one list of priorities."
# How a warning begins when only the start of a long text or document was read
LONG_TEXT = "The text is very long"
LONG_DOCUMENT = "The document is very long"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")


class PrioritiesImportError(SvBidderError):
    """A file that cannot be read as a council's priorities."""



# ------------------------------------------------------------------ results

@dataclass
class ImportMeasure:
    name: str
    unit: str = ""
    value_per_unit: float | None = None  # the buyer's own £ per unit, from its measure list


@dataclass
class ImportOutcome:
    title: str
    ref: str = ""
    description: str = ""
    measures: list[ImportMeasure] = field(default_factory=list)


@dataclass
class ImportTheme:
    title: str
    ref: str = ""
    description: str = ""
    outcomes: list[ImportOutcome] = field(default_factory=list)


@dataclass
class ImportResult:
    """What was found: the document's name, its themes and what was left out or guessed."""

    name: str = DEFAULT_NAME
    themes: list[ImportTheme] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # A spreadsheet's columns that were read: "theme", "outcome", "measure", "unit",
    # "value" -> the header as the sheet has it (empty for other documents).
    columns_used: dict[str, str] = field(default_factory=dict)
    # The document's paragraphs as (text, bold name at its start or ""), kept for the
    # preview's one-click fixes ("each paragraph is a priority"); not part of the JSON.
    source: list[tuple[str, str]] = field(default_factory=list, repr=False)
    # Why the importer is unsure, in plain words ("" when it is not).
    unsure: str = ""

    @property
    def outcome_count(self) -> int:
        return sum(len(theme.outcomes) for theme in self.themes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape printed by ``svbidder priorities import --json``."""
        return {
            "name": self.name,
            "themes": [
                {"title": t.title, "ref": t.ref, "description": t.description,
                 "outcomes": [
                     {"title": o.title, "ref": o.ref, "description": o.description,
                      "measures": [{"name": m.name, "unit": m.unit,
                                    "value_per_unit": m.value_per_unit}
                                   for m in o.measures]}
                     for o in t.outcomes]}
                for t in self.themes
            ],
            "warnings": list(self.warnings),
        }

    def to_framework_data(self, *, key: str = "", name: str = "", publisher: str = "",
                          version: str = "", as_at: str = "", source_address: str = "",
                          licence_note: str = "", provisional_note: str = "") -> FrameworkData:
        """The tree as a framework, ready for ``frameworks.install_framework``."""
        title = (name or self.name or DEFAULT_NAME).strip()
        return FrameworkData(
            key=key or make_key(title), name=title, publisher=publisher, version=version,
            as_at=as_at, source_address=source_address, licence_note=licence_note,
            provisional_note=provisional_note, origin="imported",
            themes=[ThemeData(title=t.title, ref=t.ref, description=t.description,
                              outcomes=[OutcomeData(title=o.title, ref=o.ref,
                                                    description=o.description,
                                                    measures=[MeasureData(m.name, m.unit,
                                                                          m.value_per_unit)
                                                              for m in o.measures])
                                        for o in t.outcomes])
                    for t in self.themes],
        )

    def format_tree(self) -> str:
        """A readable outline, for the command line."""
        lines = [self.name]
        for theme in self.themes:
            lines.append(f"  {_with_ref(theme.ref, theme.title)}")
            for outcome in theme.outcomes:
                lines.append(f"    - {_with_ref(outcome.ref, outcome.title)}")
                for measure in outcome.measures:
                    unit = f" ({measure.unit})" if measure.unit else ""
                    value = f", £{measure.value_per_unit:,.2f} a unit" \
                        if measure.value_per_unit is not None else ""
                    lines.append(f"        measure: {measure.name}{unit}{value}")
        if not self.themes:
            lines.append("  (no priorities found)")
        return "\n".join(lines)


def _with_ref(ref: str, title: str) -> str:
    return f"{ref} {title}" if ref else title
