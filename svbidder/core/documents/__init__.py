"""Reading files and pastes for every importer: one reader, one set of limits, one
table of messages.

The tender splitter, the council-priorities importer, the CSV import, priority
packs and the count command all read through here, so they agree on what a file
is (sniffed from its bytes: a .docx is a zip with ``word/document.xml``), how
text is decoded (UTF-8 with or without a byte-order mark, UTF-16 with or
without one, Windows-1252), what a Word file's blocks are (paragraphs with
style, heading and list levels and bold runs; tables as rows), a text PDF's
blocks (the same paragraphs, rebuilt from the page layout: :mod:`.pdf`), a
workbook's sheets as tables (:mod:`.sheet`), and what is refused and in what
words (old .doc, scanned or encrypted PDFs, pictures, encrypted Office files,
renamed files, decompression bombs, XML with entities, files that take too
long). Callers say which kinds they accept. Pure Python, no Qt.
"""

from __future__ import annotations

from .docx import Block, Paragraph, Table, read_docx_blocks
from .limits import DEFAULT_LIMITS, Deadline, Limits
from .messages import DocumentError, refuse, refuse_kind, show_size
from .reader import (
    Document,
    clean_paste,
    read_bytes,
    read_document,
    read_document_bytes,
    read_stream,
)
from .sniff import sniff
from .text import DecodedText, decode_text, looks_binary, strip_controls

__all__ = [
    "DEFAULT_LIMITS", "Block", "Deadline", "DecodedText", "Document", "DocumentError",
    "Limits", "Paragraph", "Table", "clean_paste", "decode_text", "looks_binary",
    "read_bytes", "read_docx_blocks", "read_document", "read_document_bytes", "read_stream",
    "refuse", "refuse_kind", "show_size", "sniff", "strip_controls",
]
