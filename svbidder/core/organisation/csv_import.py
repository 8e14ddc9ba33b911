"""Importing a list of activities from a spreadsheet saved as CSV.

:func:`parse_activities_csv` never raises on bad input: whatever the file, it
returns a :class:`CsvPreview` with the rows it could read and a plain-English
message for each problem, so the person can correct the spreadsheet or carry
on with the good rows. :func:`import_activities` then adds the chosen rows in
one undo step.

What is handled: UTF-8 with or without a byte-order mark, UTF-16 (Excel's
"Unicode text"), Windows-1252 (older Excel "CSV"); commas, semicolons, tabs or
bars between cells, and Excel's ``sep=;`` first line; quoted cells over several
lines; blank lines; title lines above the headings; rows with too many or too
few cells; and files that are not CSV at all (a clear message instead).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..documents import (
    DEFAULT_LIMITS,
    DocumentError,
    clean_paste,
    decode_text,
    looks_binary,
    refuse,
    refuse_kind,
    show_size,
    sniff,
)
from ..numbers import format_number
from ..storage.records import Activity
from ..storage.workspace import Workspace
from ..text.search import fold
from .activities import join_tags, normalise_period, parse_volume, split_tags

MAX_ROWS = 5000
MAX_ERRORS = 200
HEADER_SEARCH_ROWS = 10  # the headings may sit under a few title lines
DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "a comma", ";": "a semicolon", "\t": "a tab", "|": "a bar (|)"}

# Where each column's value goes. "volume", "volume_unit" and "volume_period"
# all feed the activity's volume; the rest are Activity fields.
FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "description": "Description",
    "beneficiaries": "Who benefits",
    "volume": "How many",
    "volume_unit": "Unit",
    "volume_period": "Period",
    "area": "Area",
    "venue": "Venue",
    "delivered_by": "Delivered by",
    "outcomes_text": "The difference it makes",
    "tags": "Tags",
}

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "activity", "activity name", "activity title", "activities",
              "service", "service name", "project", "project name", "programme", "program",
              "programme name", "what we do", "enw", "teitl", "gweithgaredd"),
    "description": ("description", "describe", "details", "detail", "summary", "about",
                    "what it is", "what happens", "notes", "note", "more about it",
                    "disgrifiad"),
    "beneficiaries": ("beneficiaries", "beneficiary", "who benefits", "who for",
                      "who it is for", "who is it for", "who its for", "for whom",
                      "participants", "client group", "target group", "service users",
                      "users", "clients", "audience", "who we help", "people helped"),
    "volume": ("volume", "how many", "amount", "number", "numbers", "quantity", "reach",
               "count", "how much", "size", "scale", "number of people", "people reached",
               "how many people", "numbers a year", "faint"),
    "volume_unit": ("unit", "units", "volume unit", "what is counted", "counted in"),
    "volume_period": ("period", "volume period", "how often", "frequency", "per",
                      "time period", "timescale"),
    "area": ("area", "areas", "where", "location", "ward", "wards", "area served",
             "place", "geography", "ardal"),
    "venue": ("venue", "building", "address", "site", "premises"),
    "delivered_by": ("delivered by", "who delivers", "who delivers it", "who runs it",
                     "run by", "staff", "lead", "partners", "partner", "who with",
                     "with whom", "delivery", "delivery partners"),
    "outcomes_text": ("outcomes", "outcome", "difference", "difference it makes",
                      "the difference it makes", "impact", "results", "what changes",
                      "benefits", "what difference"),
    "tags": ("tags", "tag", "keywords", "themes", "theme", "labels", "categories",
             "category"),
}
_HEADER_LOOKUP = {name: key for key, names in HEADER_SYNONYMS.items() for name in names}

SAVE_AS_CSV = ("Open it in your spreadsheet program, choose Save As and pick “CSV UTF-8 "
               "(comma delimited)”, then import that file.")
NOT_CSV = ("This file does not look like a spreadsheet saved as CSV, so nothing was read. "
           "In your spreadsheet program choose Save As and pick “CSV UTF-8 (comma "
           "delimited)”, then import that file.")
NO_HEADINGS = ("No column headings were found, so nothing was read. The first row of the "
               "spreadsheet should name the columns, for example: Title, Description, "
               "Who benefits, How many.")


@dataclass
class CsvRow:
    """One row that can be imported: ``line`` is where it starts in the file (from 1)."""

    line: int
    activity: Activity


@dataclass
class RowError:
    """A problem, ready to show. ``line`` 0 means the whole file rather than one row."""

    line: int
    message: str


@dataclass
class CsvPreview:
    """What a CSV file holds, before anything is added to the workspace.

    ``columns_found`` maps each recognised field (see :data:`FIELD_LABELS`) to
    the heading as written in the file; ``ignored_columns`` lists headings that
    were not recognised and so were left out.
    """

    rows: list[CsvRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    columns_found: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    @property
    def ok(self) -> bool:
        """True when there is at least one row to import."""
        return bool(self.rows)

    def summary(self) -> str:
        """A sentence for the top of the preview."""
        count = len(self.rows)
        rows = "1 activity" if count == 1 else f"{format_number(count)} activities"
        problems = len(self.errors)
        if not problems:
            return f"{rows} ready to import."
        noun = "1 problem" if problems == 1 else f"{format_number(problems)} problems"
        return f"{rows} ready to import; {noun} listed below."


# ------------------------------------------------------------------ reading

def _decode(data: bytes, name: str) -> tuple[str | None, str, str]:
    """(text, encoding name, message) for a file's bytes, read by :mod:`core.documents`."""
    kind = sniff(data)
    if kind == "damaged-zip":
        return None, "", str(refuse("damaged-zip", name))
    if kind != "text":
        return None, "", str(refuse_kind(kind, name, suffix=".csv", advice=SAVE_AS_CSV))
    try:
        decoded = decode_text(data, name)
    except DocumentError:
        return None, "", NOT_CSV
    return decoded.text, decoded.encoding, ""


# ------------------------------------------------------------------ headings

def normalise_heading(text: str) -> str:
    """``" Who benefits? (optional)"`` → ``"who benefits"``."""
    key = fold(text[:200])  # a heading is short; a long cell is not one (and stays quick)
    key = re.sub(r"\([^)]{0,100}\)|\[[^]]{0,100}\]", " ", key)
    key = key.replace("'", "").replace("’", "")
    key = re.sub(r"[^0-9a-z]+", " ", key).strip()
    key = re.sub(r"\s+(?:required|optional|if known)$", "", key)
    key = re.sub(r"^(?:the|your|our)\s+", "", key)
    return key


def match_heading(text: str) -> str | None:
    """The field a heading stands for (see :data:`HEADER_SYNONYMS`), or None."""
    key = normalise_heading(text)
    if not key:
        return None
    if key in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key]
    if key.endswith("s") and key[:-1] in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key[:-1]]
    return None


def _map_header(cells: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        key = match_heading(cell)
        if key and key not in mapping.values():
            mapping[index] = key
    return mapping


@dataclass
class _Layout:
    delimiter: str
    header_index: int  # which non-blank row holds the headings
    mapping: dict[int, str]
    cells: int
    steady: int = 0  # rows below the headings that fit under them

    @property
    def score(self) -> tuple[int, int, int]:
        return len(self.mapping), self.steady, self.cells


def _reader(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _find_layout(text: str, delimiters: Iterable[str]) -> tuple[_Layout | None, dict[int, str]]:
    """The best delimiter and heading row, and the best headings seen without a title."""
    best: _Layout | None = None
    partial: dict[int, str] = {}
    for delimiter in delimiters:
        rows: list[list[str]] = []
        try:
            for row in itertools.islice(_reader(text, delimiter), HEADER_SEARCH_ROWS * 4):
                if any(cell.strip() for cell in row):
                    rows.append(row)
                if len(rows) >= HEADER_SEARCH_ROWS:
                    break
        except csv.Error:
            pass  # a broken row further down: judge on the rows read so far
        for index, row in enumerate(rows):
            mapping = _map_header(row)
            if "title" not in mapping.values():
                if len(mapping) > len(partial):
                    partial = mapping
                continue
            width = len(row)
            steady = sum(1 for other in rows[index + 1:]
                         if len(other) == width or not any(c.strip() for c in other[width:]))
            layout = _Layout(delimiter, index, mapping, width, steady)
            if best is None or layout.score > best.score:
                best = layout
            break
    return best, partial


# ---------------------------------------------------------------------- rows

def _clean_cell(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    excel_text = re.fullmatch(r'="(.*)"', value, re.DOTALL)
    return excel_text.group(1) if excel_text else value


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _build_activity(line: int, cells: dict[str, str], headings: dict[str, str],
                    notes: list[RowError]) -> Activity | None:
    title = _one_line(cells.get("title", ""))
    if not title:
        notes.append(RowError(line, f"Line {line}: there is no title, so this row was left out."))
        return None
    activity = Activity(title=title)
    for name in ("description", "beneficiaries", "area", "venue", "delivered_by",
                 "outcomes_text"):
        setattr(activity, name, cells.get(name, ""))
    for name in ("beneficiaries", "area", "venue", "delivered_by"):
        setattr(activity, name, _one_line(getattr(activity, name)))
    if cells.get("tags"):
        activity.tags = join_tags(split_tags(cells["tags"]))
    volume = cells.get("volume", "")
    if volume:
        try:
            amount, unit, period = parse_volume(volume)
        except ValueError as exc:
            notes.append(RowError(line, f"Line {line}: {exc} So “{headings['volume']}” was "
                                        "left empty; the rest of the row was kept."))
        else:
            activity.volume_amount, activity.volume_unit, activity.volume_period = (
                amount, unit, period)
    if cells.get("volume_unit"):
        activity.volume_unit = _one_line(cells["volume_unit"])
    if cells.get("volume_period"):
        activity.volume_period = normalise_period(cells["volume_period"])
    return activity


def parse_activities_csv(data: bytes | str, *, name: str = "This file") -> CsvPreview:
    """Read activities from CSV ``data`` (the file's bytes, or text already decoded).

    Never raises for bad input; every problem becomes a :class:`RowError`.
    Only the first :data:`MAX_ROWS` rows are read.
    """
    preview = CsvPreview()
    try:
        return _parse(data, preview, name)
    except Exception as exc:  # a last guard: importers must survive any file
        preview.rows.clear()
        preview.errors.append(RowError(0, f"{NOT_CSV} (Details: {exc})"))
        return preview


def _parse(data: bytes | str, preview: CsvPreview, name: str) -> CsvPreview:
    if isinstance(data, bytes | bytearray | memoryview):
        if len(data) > DEFAULT_LIMITS.max_file_bytes:
            preview.errors.append(RowError(0, str(refuse(
                "too-large", name, size=show_size(len(data)),
                limit=show_size(DEFAULT_LIMITS.max_file_bytes)))))
            return preview
        text, preview.encoding, problem = _decode(bytes(data), name)
        if text is None:
            preview.errors.append(RowError(0, problem))
            return preview
    else:
        text, preview.encoding = str(data), "text"
        if looks_binary(text):
            preview.errors.append(RowError(0, NOT_CSV))
            return preview
        text = clean_paste(text)
    text = text.lstrip("\ufeff")
    if not text.strip():
        preview.errors.append(RowError(0, "The file is empty, so there was nothing to import."))
        return preview

    delimiters: Iterable[str] = DELIMITERS
    skip_lines = 0
    first_line = text.split("\n", 1)[0].strip().strip('"')
    sep = re.fullmatch(r"sep=(.)", first_line, re.IGNORECASE)
    if sep:  # Excel's hint line
        delimiters, skip_lines = (sep.group(1),), 1
        text = text.split("\n", 1)[1] if "\n" in text else ""

    layout, partial = _find_layout(text, delimiters)
    if layout is None:
        if partial:
            found = ", ".join(f"“{name}”" for name in _headings_for(text, delimiters, partial))
            preview.errors.append(RowError(0, (
                f"These column headings were recognised: {found}, but none of them is the "
                "title, so nothing was read. Add a column called “Title” (or “Name” or "
                "“Activity”) giving a short name for each activity.")))
        else:
            preview.errors.append(RowError(0, NO_HEADINGS))
        return preview
    preview.delimiter = layout.delimiter
    _read_rows(text, layout, skip_lines, preview)
    return preview


def _headings_for(text: str, delimiters: Iterable[str], mapping: dict[int, str]) -> list[str]:
    """The recognised headings as written (for a message)."""
    for delimiter in delimiters:
        try:
            for row in itertools.islice(_reader(text, delimiter), HEADER_SEARCH_ROWS * 4):
                if _map_header(row) == mapping:
                    return [_one_line(row[i])[:40] for i in sorted(mapping)]
        except csv.Error:
            continue
    return [FIELD_LABELS[key] for key in mapping.values()]


def _read_rows(text: str, layout: _Layout, skip_lines: int, preview: CsvPreview) -> None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
    notes: list[RowError] = []
    headings: dict[str, str] = {}
    width = layout.cells
    non_blank = -1
    data_rows = 0
    line = skip_lines + 1
    while True:
        line = reader.line_num + skip_lines + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            notes.append(RowError(line, (
                f"Line {line} could not be read ({_csv_problem(exc)}), so reading stopped "
                "there. Check that every quotation mark in a cell is closed.")))
            break
        if not any(cell.strip() for cell in row):
            continue
        non_blank += 1
        if non_blank < layout.header_index:
            continue  # title lines above the headings
        if non_blank == layout.header_index:
            for index, key in layout.mapping.items():
                headings[key] = _one_line(row[index]) or FIELD_LABELS[key]
            preview.columns_found = dict(headings)
            preview.ignored_columns = [_one_line(cell) for i, cell in enumerate(row)
                                       if i not in layout.mapping and cell.strip()]
            continue
        if data_rows >= MAX_ROWS:
            notes.append(RowError(line, (
                f"Line {line}: the file has more than {format_number(MAX_ROWS)} rows. Only "
                f"the first {format_number(MAX_ROWS)} were read; put the rest in another "
                "file and import that too.")))
            break
        data_rows += 1
        extra = [cell for cell in row[width:] if cell.strip()]
        if extra:
            dropped = ("the last cell was" if len(row) - width == 1
                       else f"the last {len(row) - width} cells were")
            notes.append(RowError(line, (
                f"Line {line} has {len(row)} cells but there are only {width} column "
                f"headings, so {dropped} left out. If a cell contains "
                f"{_DELIMITER_NAMES.get(layout.delimiter, 'the separator')}, put the whole "
                "cell in double quotes.")))
        cells = {key: _clean_cell(row[index]) for index, key in layout.mapping.items()
                 if index < len(row)}
        activity = _build_activity(line, cells, headings, notes)
        if activity is not None:
            preview.rows.append(CsvRow(line, activity))
    if not preview.rows and not notes:
        notes.append(RowError(0, "The file has column headings but no rows under them, so "
                                 "there was nothing to import."))
    if len(notes) > MAX_ERRORS:
        hidden = len(notes) - MAX_ERRORS
        notes = notes[:MAX_ERRORS]
        notes.append(RowError(0, f"…and {format_number(hidden)} more problems not listed."))
    preview.errors.extend(notes)


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger" in text:
        return "one cell is far too long"
    if "NUL" in text:
        return "it contains unreadable characters"
    return text


# --------------------------------------------------------------------- import

def import_activities(ws: Workspace, rows: Iterable[CsvRow | Activity]) -> list[Activity]:
    """Add the rows' activities after the existing ones, in one undo step."""
    activities = [row.activity if isinstance(row, CsvRow) else row for row in rows]
    if not activities:
        return []
    label = ("Import 1 activity" if len(activities) == 1
             else f"Import {format_number(len(activities))} activities")
    added: list[Activity] = []
    with ws.batch(label):
        last = ws.find(Activity, order_by="position DESC, id DESC")
        position = last[0].position + 1 if last else 0
        for activity in activities:
            values = {name: getattr(activity, name) for name in Activity.column_names()
                      if name not in ("id", "position", "created_at", "updated_at")}
            added.append(ws.add(Activity(position=position, **values), label=label))
            position += 1
    return added
