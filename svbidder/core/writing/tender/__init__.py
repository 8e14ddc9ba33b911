"""Splitting a tender's social value section into questions (see :mod:`.blocks`)."""

from __future__ import annotations

from .blocks import (
    Limit,
    SplitQuestion,
    TenderFileError,
    read_tender_text,
    split_questions,
    split_questions_file,
    table_rows_as_lines,
)

__all__ = ["Limit", "SplitQuestion", "TenderFileError", "read_tender_text", "split_questions",
           "split_questions_file", "table_rows_as_lines"]
