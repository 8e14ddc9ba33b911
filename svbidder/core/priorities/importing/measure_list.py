"""A council's measure list (a TOMs-style calculator) from a spreadsheet or CSV file.

Councils publish their measures as a table: a row per measure with its theme,
outcome, unit and, in calculators, the council's own £ value per unit. The
columns are found by their header names (case and punctuation ignored, with
the synonyms councils use: "Category", "Objective", "Indicator", "Units of
measure", "Proxy value (£)"…), in the first ten rows of the first sheet whose
headers match. Blank theme or outcome cells repeat the one above, as merged
cells do. The result says which columns were used, so the preview can show it.

The workbook itself is read by :mod:`svbidder.core.documents` (its checked zip
and limits); CSV text by its one decoder.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import re
from collections.abc import Sequence

from ...documents import Document, Table
from .model import ImportMeasure, ImportOutcome, ImportResult, ImportTheme

# What each column is called, most specific first; a header matches a synonym
# exactly, or else holds its words ("KPI description", "Financial proxy value £").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "value": ("value per unit", "proxy value", "financial proxy", "unit value",
              "social value per unit", "value per measure", "proxy", "value"),
    "unit": ("unit of measure", "units of measure", "unit", "units", "measured in",
             "measurement unit"),
    "measure": ("measure", "measures", "measure description", "indicator", "indicators",
                "kpi", "metric", "performance measure", "toms measure"),
    "outcome": ("outcome", "outcomes", "objective", "objectives", "goal", "goals"),
    "theme": ("theme", "themes", "category", "priority area", "priority", "area", "pillar",
              "domain"),
}
MAX_HEADER_ROW = 10
MAX_MEASURES = 2000
MAX_ROWS = 50_000  # rows of a CSV read at most (a measure list is far shorter)
NO_MEASURE_COLUMNS = (
    "“{name}” is an Excel workbook, but no sheet has the columns of a measure list (a "
    "“Measure” column and a “Theme”, “Outcome”, “Unit” or “Value per unit” column in its "
    "first ten rows). Nothing was changed. Name the columns in the sheet, or copy the "
    "priorities and paste them in.")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _plain(header: str) -> str:
    text = re.sub(r"\([^)]*\)|[£$%#*:.]", " ", header.casefold())
    return " ".join(text.replace("_", " ").replace("/", " ").split())


def _has_words(name: str, synonym: str) -> bool:
    return f" {synonym} " in f" {name} "


def find_columns(header: Sequence[str]) -> dict[str, int]:
    """Which column holds what ("measure" -> 3), from a header row's names."""
    names = [_plain(cell) for cell in header]
    found: dict[str, int] = {}
    for contains in (False, True):
        for role, synonyms in SYNONYMS.items():
            if role in found:
                continue
            for synonym in synonyms:
                match = next((i for i, name in enumerate(names) if i not in found.values()
                              and (name == synonym or (contains and _has_words(name, synonym)))),
                             None)
                if match is not None:
                    found[role] = match
                    break
    return found


def _usable(columns: dict[str, int]) -> bool:
    return "measure" in columns and bool({"theme", "outcome", "unit", "value"} & set(columns))


def _header_row(rows: Sequence[Sequence[str]]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:MAX_HEADER_ROW]):
        columns = find_columns(row)
        if _usable(columns):
            return index, columns
    return None


def _value(text: str) -> float | None:
    """£25,000 -> 25000.0; "" or words -> None."""
    match = _NUMBER.search(text.replace(",", "").replace("£", ""))
    return float(match.group()) if match else None


def csv_rows(text: str, limit: int = MAX_ROWS) -> list[list[str]]:
    """A CSV (or tab- or semicolon-separated) text's first ``limit`` rows, its
    separator guessed. Reads no further than it needs, and stops at a line the
    csv module cannot take (a field longer than it allows): what a text that is not
    a spreadsheet at all would give."""
    lines = text[:8192].splitlines()[:MAX_HEADER_ROW]
    separator = max(",;\t", key=lambda sep: max((line.count(sep) for line in lines), default=0))
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    with contextlib.suppress(csv.Error):  # keep the rows read so far
        rows.extend(itertools.islice(reader, limit))
    return rows


def measure_list_from_rows(rows: Sequence[Sequence[str]], name: str) -> ImportResult | None:
    """The framework in a measure list, or None when the rows have no measure columns."""
    found = _header_row(rows)
    if found is None:
        return None
    start, columns = found
    header = rows[start]
    result = ImportResult(name=name, columns_used={
        role: header[index].strip() for role, index in
        sorted(columns.items(), key=lambda item: item[1])})
    themes: dict[str, ImportTheme] = {}
    last = {"theme": "", "outcome": ""}
    count = 0
    for row in rows[start + 1:]:
        cell = {role: (" ".join(row[index].split()) if index < len(row) else "")
                for role, index in columns.items()}  # one line each, as titles must be
        for role in ("theme", "outcome"):  # a blank cell repeats the one above
            cell[role] = cell.get(role) or last[role]
            last[role] = cell[role]
        if not cell["measure"]:
            continue
        theme_title = cell.get("theme") or name
        outcome_title = cell.get("outcome") or theme_title
        theme = themes.setdefault(theme_title, ImportTheme(title=theme_title))
        outcome = next((o for o in theme.outcomes if o.title == outcome_title), None)
        if outcome is None:
            outcome = ImportOutcome(title=outcome_title)
            theme.outcomes.append(outcome)
        outcome.measures.append(ImportMeasure(name=cell["measure"], unit=cell.get("unit", ""),
                                              value_per_unit=_value(cell.get("value", ""))))
        count += 1
        if count >= MAX_MEASURES:
            result.warnings.append(f"Only the first {MAX_MEASURES:,} measures were read.")
            break
    result.themes = list(themes.values())
    if "theme" not in columns:
        result.warnings.append("The sheet has no theme column, so every measure is under "
                               f"one theme, “{name}”.")
    if "outcome" not in columns:
        result.warnings.append("The sheet has no outcome column, so each theme's measures "
                               "are under one outcome named after the theme.")
    if "value" in columns:
        result.warnings.append("The £ values per unit are the council's own, copied from its "
                               "sheet: check them against the tender documents.")
    return result


def read_measure_list(document: Document, name: str) -> ImportResult | None:
    """A workbook's (first matching sheet) or a CSV file's measure list, else None."""
    if document.kind == "xlsx":
        for table in document.blocks:
            if isinstance(table, Table):
                result = measure_list_from_rows(table.rows, name)
                if result is not None:
                    return result
        return None
    if document.kind == "text":
        # most text files are not measure lists: look at the first lines before reading
        # the whole text as rows
        if _header_row(csv_rows(document.text, MAX_HEADER_ROW)) is None:
            return None
        return measure_list_from_rows(csv_rows(document.text), name)
    return None
