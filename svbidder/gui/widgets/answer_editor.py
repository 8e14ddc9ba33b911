"""The answer editor: rich text limited to what Word and portals accept, stored
as Markdown, with counts kept up to date block by block as the person types.

Only the blocks an edit touches are recounted (``BlockCounter``), so a count
stays instant even in a very long answer; pasted text keeps its paragraphs,
lists, bold, italic and sub-headings and loses everything else.

The text past the question's limit is highlighted in its own colour, found at
each keystroke from the same per-block counts (see ``overflow.py``); the
checks' findings are highlighted too, each span with its message as a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from ...core.writing.answer_markdown import Block, Span, blocks_to_markdown, escape_markdown_line
from ...core.writing.counting import BlockCounter, Counts
from .overflow import (
    OVERFLOW_BACKGROUND,
    OVERFLOW_NOTE,
    OVERFLOW_TEXT,
    PAGE_OVERFLOW_NOTE,
    PAGE_UNSURE_NOTE,
    position_in_block,
)

NUMBERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
LARGE_PASTE_CHARACTERS = 200_000
COMMONMARK = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
SUBHEADING_LEVEL = 2


def subheading_format(on: bool) -> QTextCharFormat:
    """Sub-headings: bold and one step larger than the text (follows the zoom)."""
    char_format = QTextCharFormat()
    char_format.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
    char_format.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if on else 0)
    return char_format


def block_line(block: QTextBlock) -> tuple[str, bool]:
    """A block as its stored Markdown line, and whether it is a list item."""
    text = block.text()
    text_list = block.textList()
    if not text.strip():
        return "", text_list is not None
    line = escape_markdown_line(text)
    if text_list is not None:
        numbered = text_list.format().style() in NUMBERED_STYLES
        return ("1. " if numbered else "- ") + line, True
    level = block.blockFormat().headingLevel()
    if level:
        return "#" * level + " " + line, False
    return line, False


def _spans(block: QTextBlock) -> list[Span]:
    """The block's runs of text with their bold and italic (sub-headings are bold by
    their look, not by emphasis, so their boldness is not kept)."""
    heading = block.blockFormat().headingLevel() > 0
    spans: list[Span] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        char_format = fragment.charFormat()
        spans.append(Span(fragment.text(),
                          bold=char_format.fontWeight() > QFont.Weight.Medium and not heading,
                          italic=char_format.fontItalic()))
    return spans


def document_blocks(document: QTextDocument) -> list[Block]:
    """The editor's document as answer blocks (empty lines left out). List items next
    to one another are one list; a line between starts another."""
    blocks: list[Block] = []
    list_id = 0
    previous_listed = False
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        listed = text_list is not None and bool(block.text().strip())
        if listed and not previous_listed:
            list_id += 1
        previous_listed = listed
        if block.text().strip():
            if text_list is not None:
                numbered = text_list.format().style() in NUMBERED_STYLES
                blocks.append(Block("number" if numbered else "bullet", _spans(block),
                                    list_id=list_id))
            elif block.blockFormat().headingLevel():
                blocks.append(Block("heading", _spans(block),
                                    level=block.blockFormat().headingLevel()))
            else:
                blocks.append(Block("paragraph", _spans(block)))
        block = block.next()
    return blocks


def document_to_markdown(document: QTextDocument) -> str:
    """The stored Markdown of the editor's document, written by the one answer
    Markdown writer: one line per block, never wrapped (Qt's own writer wraps at 80
    columns, which would turn one paragraph into several when counted)."""
    return blocks_to_markdown(document_blocks(document))


class AnswerTextEdit(QTextEdit):
    """Signals ``countsChanged(Counts)`` after every edit (cheaply), and
    ``overflowChanged(str)`` with a note for the count bar when the highlighted
    text past the limit appears, moves kind or goes ("" when there is none)."""

    countsChanged = Signal(object)
    overflowChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setAccessibleName("Your answer")
        self._counter = BlockCounter()
        self._block_count = 0
        self._limit: tuple[str, float] | None = None
        self._overflow: QTextCursor | None = None
        self._overflow_note = ""
        self._page_note = ""
        self._findings: list[tuple[QTextCursor, str, str]] = []
        self.document().contentsChange.connect(self._on_contents_change)
        self._recount_all()

    # ------------------------------------------------------------ content

    def set_markdown(self, markdown: str) -> None:
        """Show a stored answer (resets undo, as a freshly opened answer should)."""
        document = self.document()
        document.blockSignals(True)
        document.setMarkdown(markdown or "", COMMONMARK)
        document.blockSignals(False)
        document.clearUndoRedoStacks()
        self._normalise_fonts()
        self._findings = []
        self._page_note = ""
        self._overflow = None
        self._apply_selections()
        self._recount_all()
        self.moveCursor(QTextCursor.MoveOperation.End)

    def markdown(self) -> str:
        return document_to_markdown(self.document())

    def counts(self) -> Counts:
        return self._counter.totals()

    def _normalise_fonts(self) -> None:
        """Markdown headings come in very large; show sub-headings a little larger and
        bold instead, so the answer looks as it will in Word."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                cursor.mergeCharFormat(subheading_format(True))
            block = block.next()

    # ------------------------------------------------------------ counting

    def _recount_all(self) -> None:
        document = self.document()
        blocks = []
        block = document.begin()
        while block.isValid():
            blocks.append(block_line(block))
            block = block.next()
        self._counter.set_blocks(blocks)
        self._block_count = document.blockCount()
        self._update_overflow()
        self.countsChanged.emit(self._counter.totals())

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        document = self.document()
        first_block = document.findBlock(position)
        last_block = document.findBlock(position + added)
        if not first_block.isValid():
            self._recount_all()
            return
        if not last_block.isValid():
            last_block = document.lastBlock()
        first, last = first_block.blockNumber(), last_block.blockNumber()
        new_count = document.blockCount()
        old_region = (last - first + 1) - (new_count - self._block_count)
        if old_region < 0:
            self._recount_all()
            return
        lines = []
        block = first_block
        while block.isValid() and block.blockNumber() <= last:
            lines.append(block_line(block))
            block = block.next()
        self._counter.replace(first, old_region, lines)
        self._block_count = new_count
        self._update_overflow()
        self.countsChanged.emit(self._counter.totals())

    # ------------------------------------------------------------ highlighting

    def set_limit(self, limit_kind: str | None, limit_value: float | None) -> None:
        """The question's limit, so the text past it is highlighted as the person
        types. A page limit is placed by :meth:`set_page_overflow` instead, from the
        page estimate (which runs after a pause, not at every keystroke)."""
        valid = bool(limit_kind) and limit_value is not None and limit_value > 0
        self._limit = (limit_kind, float(limit_value)) if valid else None
        self._page_note = ""
        self._update_overflow()

    def set_page_overflow(self, point: tuple[int, int] | None, over: bool) -> None:
        """Highlight from ``point`` (a non-empty paragraph's index and a column, see
        ``overflow.page_overflow_point``) to the end; ``over`` without a point means
        the estimate is over by too little to say where the last page ends."""
        if self._limit is None or self._limit[0] != "pages":
            return
        start = self._plain_point_position(*point) if point is not None else None
        self._page_note = (PAGE_OVERFLOW_NOTE if start is not None
                           else PAGE_UNSURE_NOTE if over else "")
        self._show_overflow(start, self._page_note)

    def overflow_span(self) -> tuple[int, int] | None:
        """The highlighted text past the limit, as editor positions (start, end)."""
        if self._overflow is None:
            return None
        return self._overflow.selectionStart(), self._overflow.selectionEnd()

    def overflow_note(self) -> str:
        return self._overflow_note

    def set_finding_highlights(self, spans: list[tuple[int, int, str, str]]) -> None:
        """The checks' findings as ``(start, end, colour, message)`` in editor
        positions; each span gets a soft background and its message as a tooltip."""
        self._findings = []
        for start, end, colour, message in spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._findings.append((cursor, colour, message))
        self._apply_selections()

    def _update_overflow(self) -> None:
        """After every edit: find the first word or character past the limit (from
        the per-block counts) and move the highlight only if it changed."""
        limit = self._limit
        if limit is not None and limit[0] == "pages":
            start = self._overflow.selectionStart() if self._overflow is not None else None
            self._show_overflow(start, self._page_note)
            return
        found = self._counter.locate(*limit) if limit is not None else None
        if found is None:
            self._show_overflow(None, "")
            return
        index, fits = found
        block = self.document().findBlockByNumber(index)
        start = block.position() + position_in_block(block.text(), limit[0], fits)
        self._show_overflow(start, OVERFLOW_NOTE)

    def _show_overflow(self, start: int | None, note: str) -> None:
        end = self.document().characterCount() - 1
        current = self._overflow
        if start is None or start >= end:
            changed = current is not None
            self._overflow = None
        else:
            changed = (current is None or current.selectionStart() != start
                       or current.selectionEnd() != end)
            if changed:
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self._overflow = cursor
        if changed:
            self._apply_selections()
        if note != self._overflow_note:
            self._overflow_note = note
            self.overflowChanged.emit(note)

    def _apply_selections(self) -> None:
        selections = []
        if self._overflow is not None:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(OVERFLOW_BACKGROUND))
            selection.format.setForeground(QColor(OVERFLOW_TEXT))
            selection.cursor = self._overflow
            selections.append(selection)
        for cursor, colour, _message in self._findings:  # on top: more specific
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(colour))
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def _plain_point_position(self, line: int, column: int) -> int | None:
        """An editor position for a column of the ``line``-th non-empty paragraph."""
        block = self.document().begin()
        seen = -1
        while block.isValid():
            if block.text().strip():
                seen += 1
                if seen == line:
                    return block.position() + min(column, len(block.text()))
            block = block.next()
        return None

    def tooltip_at(self, position: int) -> str:
        """What the highlight under ``position`` means ("" when there is none)."""
        for cursor, _colour, message in reversed(self._findings):
            if cursor.selectionStart() <= position < cursor.selectionEnd():
                return message
        span = self.overflow_span()
        if span is not None and span[0] <= position < span[1]:
            return self._overflow_tip()
        return ""

    def _overflow_tip(self) -> str:
        kind, value = self._limit if self._limit is not None else ("words", 0.0)
        amount = f"{value:,g}"
        noun = {"words": "words", "characters": "characters (with spaces)",
                "characters_no_spaces": "characters (without spaces)"}.get(kind, "pages")
        if kind == "pages":
            return (f"Past the limit of {amount} {noun}: by the estimate, this text falls "
                    "after the last page allowed, so it may not be read or scored.")
        return (f"Past the limit of {amount} {noun}: this text may not be read or scored. "
                "Cut it, or shorten what comes before it.")

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(self.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------ pasting

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Keep paragraphs, lists, bold, italic and sub-headings; drop the rest."""
        text = source.text()
        if source.hasHtml() and len(source.html()) < LARGE_PASTE_CHARACTERS * 5:
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            cleaned = QTextDocument()
            cleaned.setMarkdown(scratch.toMarkdown(COMMONMARK))
            self.textCursor().insertFragment(QTextDocumentFragment(cleaned))
            return
        cursor = self.textCursor()
        cursor.insertText(text.replace("\r\n", "\n").replace("\r", "\n"))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml()

    # ------------------------------------------------------------ formatting

    def toggle_bold(self) -> None:
        weight = self.fontWeight()
        self.setFontWeight(QFont.Weight.Normal if weight > QFont.Weight.Normal
                           else QFont.Weight.Bold)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_list(self, numbered: bool) -> None:
        cursor = self.textCursor()
        style = (QTextListFormat.Style.ListDecimal if numbered
                 else QTextListFormat.Style.ListDisc)
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block_format = QTextBlockFormat()
            block_format.setIndent(0)
            for index in range(current.count() - 1, -1, -1):
                item = current.item(index)
                touches = (cursor.selectionStart() <= item.position() + item.length()
                           and item.position() <= cursor.selectionEnd())
                if touches:
                    current.remove(item)
                    item_cursor = QTextCursor(item)
                    item_cursor.setBlockFormat(block_format)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()

    def toggle_subheading(self) -> None:
        cursor = self.textCursor()
        block_format = cursor.blockFormat()
        level = 0 if block_format.headingLevel() == SUBHEADING_LEVEL else SUBHEADING_LEVEL
        cursor.beginEditBlock()
        block_format.setHeadingLevel(level)
        cursor.setBlockFormat(block_format)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(subheading_format(bool(level)))
        cursor.endEditBlock()


FORMAT_SHORTCUTS = {
    "bold": QKeySequence.StandardKey.Bold,
    "italic": QKeySequence.StandardKey.Italic,
}
