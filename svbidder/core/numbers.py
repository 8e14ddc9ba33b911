"""Reading and showing numbers the way people type them.

Kept deliberately simple so that what someone types is never misread: digits,
commas between thousands (``1,200``), one decimal point (``3.5``), an optional
``£`` in front and an optional ``%`` after. Anything else is refused with a
message that says what to type instead. In particular ``3,5`` is refused rather
than read as thirty-five, because some people write decimals with a comma.
"""

from __future__ import annotations

import math
import re

_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+", re.ASCII)
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?", re.ASCII)
_DISPLAY_LIMIT = 40  # characters of the typed text to repeat back in a message

# Numbers written as words in the documents people bring ("the six priorities", "no
# more than five hundred words"): the one list both readers use.
NUMBER_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                      "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                      "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                      "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

EXAMPLE_HINT = "Type digits only, for example 1,200 or 3.5."


def _quoted(text: str) -> str:
    shown = text if len(text) <= _DISPLAY_LIMIT else text[: _DISPLAY_LIMIT - 1] + "…"
    return f"“{shown}”"


def parse_number(text: str, *, hint: str = EXAMPLE_HINT) -> float | None:
    """The number in ``text``, or ``None`` when it is empty.

    Accepts ``1200``, ``1,200``, ``3.50``, ``£3.50``, ``45%`` and ``-2`` with
    spaces around. Raises :class:`ValueError` with a plain-English message for
    anything else, ending with ``hint`` (what to type instead).
    """
    if text is None:
        return None
    original = str(text)
    body = original.strip()
    if not body:
        return None
    negative = False
    if body[0] in "-−":
        negative, body = True, body[1:].lstrip()
    if body.startswith("£"):
        body = body[1:].lstrip()
    if body[:1] in ("-", "−") and not negative:
        negative, body = True, body[1:].lstrip()
    if body.endswith("%"):
        body = body[:-1].rstrip()
    if not body:
        raise ValueError(f"{_quoted(original)} has no digits in it. {hint}")
    if _PLAIN.fullmatch(body):
        digits = body
    elif _GROUPED.fullmatch(body):
        digits = body.replace(",", "")
    elif re.fullmatch(r"[0-9]+,[0-9]{1,2}", body, re.ASCII):
        raise ValueError(
            f"{_quoted(original)} is not clear: use a full stop for decimals "
            f"(for example {body.replace(',', '.')}), and commas only between thousands "
            "(for example 1,200)."
        )
    elif re.fullmatch(r"[0-9][0-9 ]*[0-9](?:\.[0-9]*)?", body, re.ASCII):
        raise ValueError(
            f"{_quoted(original)} has spaces inside the number. "
            "Leave them out, or use commas between thousands (for example 1,200)."
        )
    elif "," in body and re.fullmatch(r"[0-9,]+(?:\.[0-9]*)?", body, re.ASCII):
        raise ValueError(
            f"{_quoted(original)} has its commas in the wrong places. Commas go between "
            "thousands only, for example 1,200 or 25,000."
        )
    elif body.count(".") > 1 and re.fullmatch(r"[0-9.,]+", body, re.ASCII):
        raise ValueError(
            f"{_quoted(original)} has more than one decimal point. {hint}"
        )
    else:
        raise ValueError(f"{_quoted(original)} is not a number. {hint}")
    value = float(digits)
    if not math.isfinite(value):
        raise ValueError(f"{_quoted(original)} is too big a number. {hint}")
    return -value if negative and value else value


WHOLE_EXAMPLE_HINT = "Type digits only, for example 12 or 1,200."


def parse_whole_number(text: str) -> int | None:
    """A count of things (staff, months): like :func:`parse_number`, but whole and not
    negative. Raises :class:`ValueError` with a plain-English message otherwise (its
    example a whole number: "3.5" is no help to someone counting staff)."""
    value = parse_number(text, hint=WHOLE_EXAMPLE_HINT)
    if value is None:
        return None
    if value < 0:
        raise ValueError(f"{_quoted(str(text).strip())} is below zero. Type 0 or more.")
    if not float(value).is_integer():
        raise ValueError(f"{_quoted(str(text).strip())} is not a whole number. "
                         "Type a whole number, for example 12.")
    return int(value)


def format_number(value: float | int | None) -> str:
    """A number as people write it: ``1,200``, ``3.5``, ``0.25``; ``""`` for ``None``.

    Whole numbers have no decimal point; other numbers keep up to six decimal
    places (trailing zeros dropped), so showing a number and reading it back
    gives the same value for anything a person would type.
    """
    if value is None or isinstance(value, bool):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(number):
        return ""
    text = f"{number:,.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        return "0"
    return text


def format_money(value: float | None) -> str:
    """Pounds with pence when there are any: ``£1,200``, ``£3.50``; ``""`` for ``None``."""
    if value is None or not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return f"£{value:,.0f}"
    return f"£{value:,.2f}"
