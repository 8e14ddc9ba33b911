"""Page estimates with Qt's own text layout (the one piece of counting that needs Qt).

Implements :class:`svbidder.core.writing.counting.PageEstimator`. The GUI uses one
shared instance, :func:`page_estimator`, everywhere it shows a page figure (the
question lists, the count bar, the checks, exports and portal text made from the
window), so they all say the same "about 1.6 of 2 pages" for the same answer;
headless code (the command line) uses the rough Qt-free estimator instead. The text is laid out
at the page's text width in the question's font, with single line spacing and
no space between paragraphs, and the height used is divided by the text
height of a page, so 1.6 means a page and a bit more than half. Expect about
±5% against Word or LibreOffice, which is why the app says "about".
"""

from __future__ import annotations

import threading
from functools import lru_cache

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextDocument

from ..core.writing.counting import DEFAULT_PAPER, PAPER_SIZES_MM

POINTS_PER_MM = 72 / 25.4
LOGICAL_DPI = 96  # QTextDocument lays out in logical pixels at 96 per inch
_REMEMBERED = 64  # answers whose page figure is kept (a bid's questions, and more)


class QtPageEstimator:
    """Lays text out in one reused ``QTextDocument``. A lock keeps two threads from
    sharing the document at once (checks run on worker threads), and the last few
    results are kept, so the list, the count bar and the checks asking about the
    same answer lay it out once."""

    def __init__(self) -> None:
        self._document = QTextDocument()
        self._document.setDocumentMargin(0)
        self._lock = threading.Lock()
        self._recent: dict[tuple[str, str, str, float, float], float] = {}

    def estimate(self, plain_text: str, paper: str, font: str, size_pt: float,
                 margin_mm: float) -> float:
        if not plain_text.strip():
            return 0.0
        key = (plain_text, paper, font, size_pt, margin_mm)
        with self._lock:
            pages = self._recent.get(key)
            if pages is None:
                pages = self._lay_out(plain_text, paper, font, size_pt, margin_mm)
                if len(self._recent) >= _REMEMBERED:
                    self._recent.pop(next(iter(self._recent)))
                self._recent[key] = pages
            return pages

    def _lay_out(self, plain_text: str, paper: str, font: str, size_pt: float,
                 margin_mm: float) -> float:
        width_mm, height_mm = PAPER_SIZES_MM.get(paper, PAPER_SIZES_MM[DEFAULT_PAPER])
        px_per_mm = LOGICAL_DPI / 25.4
        text_width = max(10.0, (width_mm - 2 * margin_mm) * px_per_mm)
        text_height = max(10.0, (height_mm - 2 * margin_mm) * px_per_mm)
        qfont = QFont(font)
        qfont.setPointSizeF(size_pt)
        document = self._document
        document.setDefaultFont(qfont)
        document.setPlainText(plain_text)
        document.setPageSize(QSizeF(text_width, 1e9))  # one very tall page: measure height
        used = document.documentLayout().documentSize().height()
        return used / text_height


@lru_cache(maxsize=1)
def page_estimator() -> QtPageEstimator:
    """The one Qt estimator every part of the window uses (made on first use, once a
    ``QApplication`` exists)."""
    return QtPageEstimator()
