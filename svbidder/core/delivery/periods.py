"""Reporting periods of a contract: from its start and end dates and how often
the council wants a return.

Periods are whole calendar steps from the start date (a quarter is three months
from the start, not a calendar quarter), because contracts start on any day and
councils count "quarter 1" from the start. The last period stops at the end
date, so it may be shorter.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from ..storage.records import CONTRACT_FREQUENCIES

MONTHS_PER_PERIOD: dict[str, int] = {"monthly": 1, "quarterly": 3, "six-monthly": 6,
                                     "yearly": 12}
FREQUENCY_LABELS: dict[str, str] = {"monthly": "Monthly", "quarterly": "Quarterly",
                                    "six-monthly": "Every six months", "yearly": "Yearly"}
PERIOD_NAMES: dict[str, str] = {"monthly": "Month", "quarterly": "Quarter",
                                "six-monthly": "Half-year", "yearly": "Year"}
MAX_PERIODS = 240  # twenty years of monthly returns: more is a typing slip

assert set(MONTHS_PER_PERIOD) == set(CONTRACT_FREQUENCIES)


@dataclass(frozen=True)
class Period:
    number: int  # 1 for the first
    start: date
    end: date  # the last day of the period, inclusive
    name: str  # "Quarter 1"

    @property
    def label(self) -> str:
        """"Quarter 1 (1 Apr to 30 Jun 2026)"."""
        return f"{self.name} ({describe_span(self.start, self.end)})"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def describe_span(start: date, end: date) -> str:
    """"1 Apr to 30 Jun 2026"; the year twice only when it differs."""
    first = f"{start.day} {start:%b}" + (f" {start.year}" if start.year != end.year else "")
    return f"{first} to {end.day} {end:%b} {end.year}"


def make_periods(start: date, end: date, frequency: str) -> list[Period]:
    """Every reporting period from ``start`` to ``end`` (both inclusive).

    Raises ValueError, in plain words, for an end before the start, an unknown
    frequency or an absurd number of periods.
    """
    if frequency not in MONTHS_PER_PERIOD:
        raise ValueError(f"“{frequency}” is not a reporting frequency; use one of "
                         f"{', '.join(CONTRACT_FREQUENCIES)}.")
    if end < start:
        raise ValueError("The contract ends before it starts. Check the two dates.")
    step = MONTHS_PER_PERIOD[frequency]
    periods: list[Period] = []
    number = 1
    while True:
        first = add_months(start, step * (number - 1))
        if first > end:
            break
        last = min(add_months(start, step * number) - timedelta(days=1), end)
        periods.append(Period(number, first, last, f"{PERIOD_NAMES[frequency]} {number}"))
        if len(periods) > MAX_PERIODS:
            raise ValueError("That makes more than 240 reporting periods. Check the dates "
                             "and how often you report.")
        number += 1
    return periods


def months_between(start: date, day: date) -> float:
    """Months from ``start`` to ``day`` (fractions by days), e.g. for "by month 3"."""
    whole = (day.year - start.year) * 12 + day.month - start.month
    if add_months(start, whole) > day:
        whole -= 1
    anchor = add_months(start, whole)
    following = add_months(start, whole + 1)
    return whole + (day - anchor).days / max(1, (following - anchor).days)
