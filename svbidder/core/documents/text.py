"""Turning a text file's bytes into text: the one decoder every importer uses.

Files come from Notepad (UTF-8, sometimes with a byte-order mark), Excel's
"Unicode text" (UTF-16, often without a mark), older Windows programs
(Windows-1252) and terminals. :func:`decode_text` tries them in that order,
refuses binary data by what it holds (not by its name), repairs what cannot be
stored (a lone UTF-16 surrogate becomes U+FFFD and is counted) and strips
control and escape characters, keeping tabs and line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .messages import refuse_kind

_BOMS = ((b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"),
         (b"\xfe\xff", "utf-16-be", "UTF-16"))
# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Terminal escape sequences (colours, cursor moves: "\x1b[31m"; titles: "\x1b]0;x\x07"),
# removed whole so no "[31m" is left behind. Disjoint classes: linear time.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)")
_PAGE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_SAMPLE = 65536


@dataclass(frozen=True)
class DecodedText:
    """Text read from bytes: ``encoding`` in words ("UTF-8", "UTF-16", "Windows-1252");
    ``repaired`` counts characters that could not be read and became U+FFFD."""

    text: str
    encoding: str
    repaired: int = 0


def _utf16_without_bom(head: bytes) -> str:
    """"utf-16-le"/"utf-16-be" when most odd (or even) bytes are zero, as in English UTF-16."""
    sample = head[:4096]
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return ""


def _decode(data: bytes) -> tuple[str, str, int]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, label, text.count("\ufffd")
    codec = _utf16_without_bom(data)
    if codec:
        text = data.decode(codec, errors="replace")
        return text, "UTF-16", text.count("\ufffd")
    try:
        return data.decode("utf-8"), "UTF-8", 0
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")  # five bytes are unused in cp1252
    return text, "Windows-1252", text.count("\ufffd")


def looks_binary(text: str, repaired: int = 0) -> bool:
    """True when decoded text is mostly not text: NULs, controls or unreadable bytes."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    if "\x00" in sample:
        return True
    odd = len(_CONTROLS.findall(_ESCAPES.sub("", sample))) + min(repaired,
                                                                  sample.count("\ufffd"))
    # Random bytes decode with about one character in eight odd; text with a few
    # escape sequences (copied from a terminal) has far fewer, and is cleaned.
    return odd > max(8, len(sample) // 20)


def strip_controls(text: str) -> str:
    """Text without control or escape characters (tabs and line breaks kept; page breaks
    become line breaks), so nothing odd reaches the workspace, a terminal or an export."""
    if "\x1b" in text:
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text.translate(_PAGE_BREAKS))


def decode_text(data: bytes, name: str = "the file") -> DecodedText:
    """Decode a text file's bytes; :class:`DocumentError` ("binary") if it is not text."""
    text, encoding, repaired = _decode(bytes(data))
    if looks_binary(text, repaired):
        raise refuse_kind("binary", name)
    return DecodedText(strip_controls(text), encoding, repaired)
