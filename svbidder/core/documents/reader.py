"""Reading a file or a paste for an importer: one path, one set of limits and messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..text.clean import clean_text
from .docx import Block, Paragraph, Table, read_docx_blocks
from .html import MAX_HTML_CHARS, html_to_text, looks_like_html
from .limits import DEFAULT_LIMITS, Limits
from .messages import NAMED_LIKE, DocumentError, refuse, refuse_kind, show_size
from .sniff import sniff
from .text import decode_text, strip_controls

READABLE = ("text", "docx", "pdf")


@dataclass(frozen=True)
class Document:
    """What a file holds. ``kind`` is "text" (``text`` set), or "docx", "pdf" or "xlsx"
    (``blocks`` set: a PDF gives the same paragraphs as Word, a workbook one table per sheet)."""

    name: str
    kind: str
    text: str = ""
    encoding: str = ""
    repaired: int = 0  # characters that could not be read and became U+FFFD
    blocks: list[Block] = field(default_factory=list)

    def plain_text(self) -> str:
        """The text, or a Word file's paragraphs and table rows (cells split by tabs)."""
        if self.kind == "text":
            return self.text
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                lines.extend("\t".join(row) for row in block.rows)
        return "\n".join(lines)


def read_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A file's bytes, refusing a missing file, a folder or one over the size limit
    before reading it (and reading at most one byte more than the limit)."""
    path = Path(path)
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise refuse("folder", name)
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise refuse("too-large", name, size=show_size(size),
                         limit=show_size(limits.max_file_bytes))
        with open(path, "rb") as handle:
            return read_stream(handle, name, limits)
    except FileNotFoundError as exc:
        raise refuse("not-found", str(path)) from exc
    except OSError as exc:
        raise refuse("unreadable", name, reason=exc.strerror or str(exc)) from exc


def read_stream(stream: BinaryIO, name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Up to the size limit from a stream (standard input); refuses anything longer."""
    data = stream.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise refuse("too-large", name, size=f"more than {show_size(limits.max_file_bytes)}",
                     limit=show_size(limits.max_file_bytes))
    return data


def read_document(path: Path, *, accept: tuple[str, ...] = READABLE,
                  limits: Limits = DEFAULT_LIMITS, advice: str = "") -> Document:
    """Read a file for an importer: its kind from its bytes, then its text or blocks.

    Raises :class:`~.messages.DocumentError` (one plain line) for anything it
    cannot or will not read. ``accept`` lists the kinds the caller can use;
    ``advice`` replaces the table's "what to do" for kinds it cannot.
    """
    path = Path(path)
    data = read_bytes(path, limits)
    return read_document_bytes(data, path.name, suffix=path.suffix, accept=accept,
                               limits=limits, advice=advice)


def read_document_bytes(data: bytes, name: str, *, suffix: str = "",
                        accept: tuple[str, ...] = READABLE, limits: Limits = DEFAULT_LIMITS,
                        advice: str = "") -> Document:
    """:func:`read_document` for bytes already read (standard input, a test)."""
    if len(data) > limits.max_file_bytes:
        raise refuse("too-large", name, size=show_size(len(data)),
                     limit=show_size(limits.max_file_bytes))
    kind = sniff(data)
    if kind == "damaged-zip":
        raise refuse("damaged-zip", name)
    if kind not in accept:
        raise refuse_kind(kind, name, suffix=suffix, advice=advice)
    if kind == "docx":
        return Document(name, "docx", blocks=read_docx_blocks(data, name, limits))
    if kind == "pdf":
        return Document(name, "pdf", blocks=_pdf_blocks(data, name, suffix, limits))
    if kind == "xlsx":
        from .sheet import read_xlsx_tables

        return Document(name, "xlsx", blocks=list(read_xlsx_tables(data, name, limits)))
    decoded = decode_text(data, name)
    text = decoded.text
    if looks_like_html(text):  # a web page saved from the browser ("Save page as")
        text = html_to_text(text)
        if not text:
            raise refuse("too-large", name, size=show_size(len(data)),
                         limit=show_size(MAX_HTML_CHARS))
    return Document(name, "text", text=text, encoding=decoded.encoding,
                    repaired=decoded.repaired)


def _pdf_blocks(data: bytes, name: str, suffix: str, limits: Limits) -> list[Block]:
    """A PDF's paragraphs; a refusal says so when the file's name says it is something else."""
    from .pdf import read_pdf_blocks  # pypdf is imported only when a PDF is read

    try:
        return list(read_pdf_blocks(data, name, limits))
    except DocumentError as exc:
        named = NAMED_LIKE.get(suffix.lower(), "")
        if named and named != NAMED_LIKE[".pdf"]:
            raise DocumentError(f"“{name}” is named like {named} but is really a PDF. {exc}",
                                exc.kind) from exc
        raise


def clean_paste(text: str) -> str:
    """Pasted text made safe to read and store: lone surrogates repaired, NULs, control
    and escape characters removed (tabs and line breaks kept)."""
    return strip_controls(clean_text(text if isinstance(text, str) else str(text or "")))
