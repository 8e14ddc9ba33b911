"""The answer editor: rich text limited to what Word and portals accept, stored
as Markdown, with counts kept up to date block by block as the person types.

Only the blocks an edit touches are recounted (``BlockCounter``), so a count
stays instant even in a very long answer; pasted text keeps its paragraphs,
lists, bold, italic and sub-headings and loses everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import (
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
from PySide6.QtWidgets import QTextEdit, QWidget

from ...core.counting import (
    BlockCounter,
    Counts,
    escape_line_start,
    escape_markdown_inline,
    escape_markdown_line,
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


def _inline_markdown(block: QTextBlock) -> str:
    """The block's text with **bold** and *italic* marked, escaped for Markdown."""
    heading = block.blockFormat().headingLevel() > 0
    parts: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        text = fragment.text().replace("\u2028", " ")
        char_format = fragment.charFormat()
        bold = char_format.fontWeight() > QFont.Weight.Medium and not heading
        italic = char_format.fontItalic()
        escaped = escape_markdown_inline(text)
        core = escaped.strip()
        if not core or not (bold or italic):
            parts.append(escaped)
            continue
        marker = ("**" if bold else "") + ("*" if italic else "")
        lead = escaped[: len(escaped) - len(escaped.lstrip())]
        trail = escaped[len(escaped.rstrip()):]
        parts.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
    return escape_line_start("".join(parts))


def document_to_markdown(document: QTextDocument) -> str:
    """Our own Markdown writer: one line per block, never wrapped (Qt's writer wraps
    at 80 columns, which would turn one paragraph into several when counted)."""
    lines: list[str] = []
    previous: tuple[int, bool] | None = None
    block = document.begin()
    while block.isValid():
        index = block.blockNumber()
        text_list = block.textList()
        if block.text().strip():
            body = _inline_markdown(block)
            if text_list is not None:
                numbered = text_list.format().style() in NUMBERED_STYLES
                line = ("1. " if numbered else "- ") + body
            elif block.blockFormat().headingLevel():
                line = "#" * block.blockFormat().headingLevel() + " " + body
            else:
                line = body
            if previous is not None:
                follows = (index == previous[0] + 1 and text_list is not None
                           and previous[1])
                if not follows:
                    lines.append("")
            lines.append(line)
            previous = (index, text_list is not None)
        block = block.next()
    return "\n".join(lines) + ("\n" if lines else "")


class AnswerTextEdit(QTextEdit):
    """Signals ``countsChanged(Counts)`` after every edit (cheaply)."""

    countsChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setAccessibleName("Your answer")
        self._counter = BlockCounter()
        self._block_count = 0
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
        self.countsChanged.emit(self._counter.totals())

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
