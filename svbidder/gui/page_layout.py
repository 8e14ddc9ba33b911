"""Page estimates with Qt's own text layout (the one piece of counting that needs Qt).

Implements :class:`svbidder.core.counting.PageEstimator`. The text is laid out
at the page's text width in the question's font, with single line spacing and
no space between paragraphs, and the height used is divided by the text
height of a page, so 1.6 means a page and a bit more than half. Expect about
±5% against Word or LibreOffice, which is why the app says "about".
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextDocument

from ..core.writing.counting import DEFAULT_PAPER, PAPER_SIZES_MM

POINTS_PER_MM = 72 / 25.4
LOGICAL_DPI = 96  # QTextDocument lays out in logical pixels at 96 per inch


class QtPageEstimator:
    def __init__(self) -> None:
        self._document = QTextDocument()
        self._document.setDocumentMargin(0)

    def estimate(self, plain_text: str, paper: str, font: str, size_pt: float,
                 margin_mm: float) -> float:
        if not plain_text.strip():
            return 0.0
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
