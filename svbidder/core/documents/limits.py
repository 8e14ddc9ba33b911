"""The limits every importer reads within, and a deadline that stops slow reading.

One set of numbers for every importer, so a file that one of them refuses is
refused by all of them, and nothing hostile (a decompression bomb, a huge XML
part, a file that takes minutes to parse) can use more than the quality bar
allows: refused or read in under 2 seconds and 300 MB.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much is read. Sizes are bytes; ``seconds`` bounds reading one Word file."""

    max_file_bytes: int = 20 * MB  # the file as it is on disk (or a paste, encoded)
    max_part_bytes: int = 40 * MB  # one part of a Word file, unpacked
    max_total_bytes: int = 120 * MB  # every part of a Word file together, unpacked
    max_parts: int = 2000  # entries in a Word file's zip directory
    max_paste_chars: int = 2_000_000  # pasted text
    seconds: float = 1.0  # reading one Word file's parts (a 50-page one takes 0.05 s)
    max_pdf_pages: int = 500  # pages of one PDF
    pdf_seconds: float = 1.8  # reading one PDF's text (a 50-page one takes about 0.8 s)


DEFAULT_LIMITS = Limits()


class Deadline:
    """Says when reading has run out of time (checked between small pieces of work)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def passed(self) -> bool:
        return time.monotonic() > self._end
