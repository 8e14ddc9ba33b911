"""Finding the text past a question's limit, so the editor can mark it.

Words and characters: :meth:`BlockCounter.locate` gives the block where the
limit is passed and how much of it still fits; :func:`position_in_block` turns
that into a position in the block's text. Pages: :func:`page_overflow_point`
lays the answer out as the page estimate does and finds the first line that
falls past the last allowed page.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextDocument

from ...core.writing.counting import DEFAULT_PAPER, PAPER_SIZES_MM, WORD_BREAKS, PageSettings
from ...core.writing.spelling import utf16_offset
from ..page_layout import LOGICAL_DPI

# Its own colours, unlike any check's highlight; the text colour is set too so the
# span stays readable in a dark theme.
OVERFLOW_BACKGROUND = "#e2cff5"
OVERFLOW_TEXT = "#2a0b45"
# Short notes for the count bar (beside the portal-safe switch), and the longer why.
OVERFLOW_NOTE = "The highlighted text is over the limit"
PAGE_OVERFLOW_NOTE = "Highlighted: past the last page (estimate)"
PAGE_UNSURE_NOTE = "Over by about a line: cut a line or two"
OVERFLOW_HELP = ("Evaluators stop reading at the limit, so the highlighted text may not be "
                 "read or scored. Cut it, or shorten what comes before it. For a page limit "
                 "the highlight starts where the estimate puts the end of the last page "
                 "allowed; when the answer is over by only a line or so, svbidder cannot "
                 "tell where that is and highlights nothing.")

_WORD = re.compile(f"[^\\s{WORD_BREAKS}]+")


def position_in_block(text: str, limit_kind: str, fits: int) -> int:
    """The position (in Qt's UTF-16 units) in one block's ``text`` of the first word or
    character past the limit, when ``fits`` of them still fit in this block."""
    if limit_kind == "words":
        for number, match in enumerate(_WORD.finditer(text)):
            if number == fits:
                return utf16_offset(text, match.start())
        return utf16_offset(text, len(text))
    if limit_kind == "characters_no_spaces":
        seen = 0
        for index, char in enumerate(text):
            if char.isspace():
                continue
            if seen == fits:
                return utf16_offset(text, index)
            seen += 1
        return utf16_offset(text, len(text))
    return utf16_offset(text, min(fits, len(text)))


def page_overflow_point(plain_text: str, settings: PageSettings,
                        limit_pages: float) -> tuple[int, int] | None:
    """Where the answer runs past ``limit_pages``: the index of the line (non-empty
    paragraph of ``plain_text``) and the UTF-16 column in it where the first line
    past the last page starts; None when it all fits.

    The layout matches :class:`~svbidder.gui.page_layout.QtPageEstimator`, so the
    point agrees with the page count shown.
    """
    if not plain_text.strip() or not limit_pages or limit_pages <= 0:
        return None
    width_mm, height_mm = PAPER_SIZES_MM.get(settings.paper, PAPER_SIZES_MM[DEFAULT_PAPER])
    px_per_mm = LOGICAL_DPI / 25.4
    text_width = max(10.0, (width_mm - 2 * settings.margin_mm) * px_per_mm)
    text_height = max(10.0, (height_mm - 2 * settings.margin_mm) * px_per_mm)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(settings.font)
    font.setPointSizeF(settings.size_pt)
    document.setDefaultFont(font)
    document.setPlainText(plain_text)
    document.setPageSize(QSizeF(text_width, 1e9))
    layout = document.documentLayout()
    limit_y = limit_pages * text_height
    if layout.documentSize().height() <= limit_y:
        return None
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            if top + line.y() + line.height() > limit_y:
                return block.blockNumber(), line.textStart()
        block = block.next()
    return None
