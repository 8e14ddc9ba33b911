"""Splitting a tender's social value section into questions, as a pipeline:

* :mod:`.reader` — step 0: a file's text (read by :mod:`svbidder.core.documents`);
* :mod:`.limits` — step 1: what a line states (limit, weighting, marks, descriptors);
* :mod:`.blocks` — step 2: where each question starts, and each question's parts.
"""

from __future__ import annotations

from .blocks import split_questions
from .limits import Limit, SplitQuestion
from .reader import TenderFileError, read_tender_text, split_questions_file, table_rows_as_lines

__all__ = ["Limit", "SplitQuestion", "TenderFileError", "read_tender_text", "split_questions",
           "split_questions_file", "table_rows_as_lines"]
