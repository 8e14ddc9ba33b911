"""Our limited answer Markdown as Word paragraphs, with built-in styles.

The subset is what the answer editor stores, read by
:func:`svbidder.core.writing.answer_markdown.parse_blocks` with counting's own
line rules, so the words in Word are exactly the words counted in the app:

* every line that counting treats as a paragraph becomes one Word paragraph,
  except that a line directly under a paragraph or list item (no blank line
  between) continues it after a space, as the app's editor shows it;
* bullets use *List Bullet* (*List Bullet 2* when indented), numbers use
  *List Number* (*2*), each numbered list restarting at its first number;
* sub-headings use *Heading 2* (``#`` and ``##``) or *Heading 3* (``###`` and
  deeper), one level below the question's own heading;
* the text of each paragraph is ``markdown_to_plain`` of its line:
  ``answer_markdown.inline_spans`` checks that, and falls back to unformatted
  text in the rare case where formatting would change a character.

:func:`render_markdown` takes a :class:`~svbidder.export.docx_base.DocumentBuilder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core.writing.answer_markdown import parse_blocks

if TYPE_CHECKING:
    from .docx_base import DocumentBuilder


def render_markdown(builder: DocumentBuilder, markdown: str, *, heading_level: int = 2,
                    container: Any = None) -> list[Any]:
    """Add the answer to the document (or ``container``, e.g. a table cell) and
    return the paragraphs added."""
    from .docx_base import new_paragraph

    target = container if container is not None else builder.document._body
    normal_id = builder.normal.style_id
    number_ids: dict[int, int] = {}
    added = []
    for block in parse_blocks(markdown):
        if block.kind == "heading":
            level = heading_level if block.level <= 2 else heading_level + 1
            style = builder.heading2 if level <= 2 else builder.heading3
        elif block.kind == "bullet":
            style = builder.bullet2 if block.level else builder.bullet
        elif block.kind == "number":
            style = builder.number2 if block.level else builder.number
        else:
            style = builder.normal
        style_id = style.style_id
        paragraph = new_paragraph(target, None if style_id == normal_id else style_id,
                                  [(span.text, span.bold, span.italic) for span in block.spans])
        if block.kind == "number":
            num_id = number_ids.get(block.list_id)
            if num_id is None:
                num_id = builder.new_list_number_id(style, block.start)
                number_ids[block.list_id] = num_id
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        added.append(paragraph)
    return added
