"""What a file is, from its bytes (never its name).

A .docx is a zip holding ``word/document.xml``; an .xlsx holds ``xl/``; an old
.doc, .xls or a password-protected Office file is an OLE compound file, told
apart by the names of the streams in its directory (stored as UTF-16):
``EncryptionInfo`` for an encrypted file, ``WordDocument`` for an old Word file,
``Workbook`` for old Excel. Everything else is text if it decodes as text.
"""

from __future__ import annotations

import io
import zipfile

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SIGNATURES = (
    (b"%PDF", "pdf"), (b"{\\rtf", "rtf"), (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"),
    (b"GIF87a", "image"), (b"GIF89a", "image"), (b"SQLite format 3\x00", "sqlite"),
)
_WEBP = (b"RIFF", b"WEBP")


def _stream_name(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff_ole(data: bytes) -> str:
    """"encrypted", "old-doc", "old-xls" or "old-office" for an OLE compound file."""
    if _stream_name("EncryptionInfo") in data or _stream_name("EncryptedPackage") in data:
        return "encrypted"
    if _stream_name("WordDocument") in data:
        return "old-doc"
    if _stream_name("Workbook") in data or _stream_name("Book") in data:
        return "old-xls"
    return "old-office"


def zip_kind(names: set[str]) -> str:
    """"docx", "xlsx", "pptx", "odf" or "zip" from the names in a zip's directory."""
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "content.xml" in names and "mimetype" in names:
        return "odf"
    return "zip"


def sniff(data: bytes) -> str:
    """The kind of file ``data`` is: a key of ``messages.KINDS``, or "damaged-zip".

    "text" means "not recognised as anything else"; whether it really is text is
    decided when it is decoded.
    """
    head = bytes(data[:16])
    if head.startswith(OLE):
        return sniff_ole(bytes(data))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return zip_kind(set(archive.namelist()))
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            return "damaged-zip"
    if head.startswith(_WEBP[0]) and head[8:12] == _WEBP[1]:
        return "image"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return "text"
