"""Reading a council's priorities from its own words (see :mod:`.outline` for how)."""

from __future__ import annotations

from .outline import (
    DEFAULT_NAME,
    ImportMeasure,
    ImportOutcome,
    ImportResult,
    ImportTheme,
    PrioritiesImportError,
    add_outcome,
    add_theme,
    demote,
    drop,
    guess_unit,
    merge,
    move,
    parse_priorities_file,
    parse_priorities_text,
    promote,
    rename,
    split,
)

__all__ = [
    "DEFAULT_NAME", "ImportMeasure", "ImportOutcome", "ImportResult", "ImportTheme",
    "PrioritiesImportError", "add_outcome", "add_theme", "demote", "drop", "guess_unit",
    "merge", "move", "parse_priorities_file", "parse_priorities_text", "promote", "rename",
    "split",
]
