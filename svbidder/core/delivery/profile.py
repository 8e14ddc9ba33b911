"""Spreading a commitment's target over the reporting periods.

The rule, in the words the Delivery screen uses:

* **Evenly** (the default): the target is shared equally between the periods.
* **As the timeframe says**, when svbidder can read it:
  - a rate — "2 a year", "each year of the contract", "25 a month", "weekly" —
    spreads that many per year from the start (or from "starting by month 3").
    When the timeframe gives no number ("each year"), the commitment's target
    is the amount per year, so the plan's total is the target × the years. When
    it gives one ("2 a year") and the commitment also has a total, the total
    wins and the rate only shapes it;
  - a deadline — "by month 6", "within 12 months", "by March 2027", "by the end
    of year 1", "in year 1" — spreads the target evenly over the periods up to
    that point, none after;
  - anything else is spread evenly.

Amounts are worked out as a running total and then rounded, so whole-number
targets stay whole in every period and the periods always add up to the total
(never 33 + 33 + 33 = 99 for 100). Every period's target can be changed after.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import MONTH_NUMBERS, DateProblem, parse_uk_date
from .periods import Period, months_between

_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_UNITS_PER_YEAR = {"year": 1, "annum": 1, "quarter": 4, "month": 12, "week": 52, "day": 365}
_ADVERBS = {"annually": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month",
            "weekly": "week", "daily": "day"}
_RATE_WITH_NUMBER = re.compile(
    rf"{_NUMBER}\s*(?:[a-z ]*?\s)?(?:a|an|per|each|every)\s+(year|annum|quarter|month|week|day)\b")
_RATE_WORDS = re.compile(r"\b(?:a|an|per|each|every)\s+(year|annum|quarter|month|week|day)\b"
                         r"|\b(annually|yearly|quarterly|monthly|weekly|daily)\b")
_START = re.compile(r"\b(?:starting|start|starts|from|beginning)\s+(?:by\s+|in\s+|from\s+)?"
                    r"(?:the\s+)?month\s+(\d+)")
_BY_MONTH = re.compile(r"\b(?:by|before|within)\s+(?:the\s+end\s+of\s+)?month\s+(\d+)")
_WITHIN = re.compile(r"\b(?:within|in\s+the\s+first|over\s+the\s+first)\s+(\d+)\s+"
                     r"(months?|years?)")
_BY_YEAR = re.compile(r"\b(?:by\s+the\s+end\s+of|by|in|during)\s+(?:contract\s+)?year\s+(\d+)")
_FIRST_YEAR = re.compile(r"\b(?:by\s+the\s+end\s+of|in|during|within)\s+the\s+first\s+year")
_BY_MONTH_NAME = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?([a-z]+)\s+(\d{4})\b")
_BY_DATE = re.compile(r"\bby\s+(.+)$")


@dataclass(frozen=True)
class Profile:
    """How a target is spread: ``kind`` is "even", "rate" or "deadline"."""

    kind: str = "even"
    per_year: float | None = None  # for "rate": the number per year in the text, if any
    start_month: float = 0.0  # for "rate": months after the start that delivery begins
    by_month: float | None = None  # for "deadline": months after the start it is due
    explanation: str = "Spread evenly over the reporting periods."
    times_a_year: float = 1.0  # for "rate" without a number: the target is per 1/this year


EVEN = Profile()


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def read_timeframe(timeframe: str, contract_start: date | None = None) -> Profile:
    """What a commitment's timeframe says about when it is delivered (see the module)."""
    text = " ".join((timeframe or "").lower().replace("–", "-").split())
    if not text:
        return EVEN
    start = 0.0
    if match := _START.search(text):
        start = max(0.0, float(match.group(1)) - 1)  # "by month 3": from the start of month 3
    if match := _RATE_WITH_NUMBER.search(text):
        per_year = _number(match.group(1)) * _UNITS_PER_YEAR[match.group(2)]
        return Profile("rate", per_year, start,
                       explanation=_rate_words(per_year, start))
    if match := _RATE_WORDS.search(text):
        unit = match.group(1) or _ADVERBS[match.group(2)]
        return Profile("rate", None, start, times_a_year=_UNITS_PER_YEAR[unit],
                       explanation=f"The target is for each {unit}"
                       + (f", from month {start + 1:g}" if start else "") + ".")
    deadline = _deadline_months(text, contract_start)
    if deadline is not None:
        return Profile("deadline", by_month=deadline,
                       explanation=f"Due by month {max(deadline, 0):g} of the contract, so "
                                   "spread over the periods up to then.")
    return EVEN


def _rate_words(per_year: float, start: float) -> str:
    begins = f" from month {start + 1:g}" if start else ""
    return (f"Spread at a steady {per_year:g} a year{begins}, scaled so the periods add "
            "up to the commitment's total.")


def _deadline_months(text: str, contract_start: date | None) -> float | None:
    if match := _BY_MONTH.search(text):
        return float(match.group(1))
    if match := _WITHIN.search(text):
        amount = float(match.group(1))
        return amount * (12 if match.group(2).startswith("year") else 1)
    if _FIRST_YEAR.search(text):
        return 12.0
    if match := _BY_YEAR.search(text):
        return 12.0 * float(match.group(1))
    if contract_start is None:
        return None
    day: date | None = None
    if (match := _BY_MONTH_NAME.search(text)) and match.group(1) in MONTH_NUMBERS:
        month, year = MONTH_NUMBERS[match.group(1)], int(match.group(2))
        following = date(year + month // 12, month % 12 + 1, 1)
        day = following - timedelta(days=1)
    elif match := _BY_DATE.search(text):
        try:
            day = parse_uk_date(match.group(1))
        except DateProblem:
            day = None
    if day is None:
        return None
    return months_between(contract_start, day + timedelta(days=1))


# ------------------------------------------------------------------ spreading

def _rounder(total: float):
    """Whole totals stay whole in every period; others keep two decimal places."""
    if float(total).is_integer():
        return lambda value: float(math.floor(value + 0.5 + 1e-9))
    return lambda value: round(value + 1e-12, 2)


def spread(target: float | None, timeframe: str, periods: Sequence[Period],
           contract_start: date, profile: Profile | None = None) -> list[float | None]:
    """Each period's target for a commitment (None for all when it has no target)."""
    if not periods:
        return []
    if target is None:
        return [None] * len(periods)
    profile = profile or read_timeframe(timeframe, contract_start)
    ends = [months_between(contract_start, p.end + timedelta(days=1)) for p in periods]
    length = ends[-1] or 1.0
    total = float(target)
    if profile.kind == "rate":
        begin = min(profile.start_month, max(0.0, length - 1e-9))
        per_year = profile.per_year if profile.per_year is not None \
            else total * profile.times_a_year
        if profile.per_year is None:
            total = _rounder(target)(per_year * (length - begin) / 12)
        shape_total = max(1e-9, length - begin)

        def cumulative(m: float) -> float:
            return total * max(0.0, min(m, length) - begin) / shape_total
    elif profile.kind == "deadline":
        due = min(max(profile.by_month or 0.0, ends[0]), length)

        def cumulative(m: float) -> float:
            return total * min(m, due) / due
    else:
        def cumulative(m: float) -> float:
            return total * m / length
    rounded = _rounder(total)
    if profile.kind == "rate" and float(total).is_integer():
        # things happen whole and early in their year: "2 a year starting by month 3"
        # puts the first in the period that holds month 3
        def rounded(value: float) -> float:
            return float(math.ceil(value - 1e-9))
    amounts: list[float | None] = []
    before = 0.0
    for index, end in enumerate(ends):
        running = total if index == len(ends) - 1 else rounded(cumulative(end))
        running = rounded(running)
        amounts.append(_clean(running - before))
        before = running
    return amounts


def _clean(value: float) -> float:
    value = round(float(value), 6)
    return float(int(value)) if value.is_integer() else value


def spread_evenly(target: float | None, periods: Sequence[Period],
                  contract_start: date) -> list[float | None]:
    return spread(target, "", periods, contract_start, EVEN)
