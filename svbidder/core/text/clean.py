"""Make any text safe to store, without losing what a person typed."""

from __future__ import annotations

from typing import Any


def clean_text(text: str) -> str:
    """Replace what UTF-8 cannot hold, keep everything else.

    Lone surrogates (which Windows clipboards and some paste sources produce)
    become U+FFFD; NUL characters are dropped. Welsh, emoji and right-to-left
    scripts pass through unchanged.
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def clean_value(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value
