"""Reading dates typed the way people in the UK write them.

Date boxes accept what a charity worker would type: 15/06/2027, 15/6/27,
15.06.2027, 15 June 2027, 15 Jun 2027, 15th of June 2027, Tuesday 15 June
2027, and the 2027-06-15 form copied from elsewhere. Day comes before month, as
in the UK; month names are English. Anything that is not a whole, real date is
refused with a sentence saying what is wrong, so the box can show it and keep
what was typed (never a silent guess such as turning 31/06 into 1 July).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_NUMBERS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    MONTH_NUMBERS[_name.lower()] = _number
    MONTH_NUMBERS[_name[:3].lower()] = _number
MONTH_NUMBERS["sept"] = 9
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# A date outside these years is almost certainly a typing slip (2207 for 2027).
FIRST_YEAR, LAST_YEAR = 1901, 2199
# Two-figure years: 00–69 are 2000–2069, 70–99 are 1970–1999.
CENTURY_PIVOT = 70
EXAMPLE = "15/06/2027"

_SEP = r"\s*[/.\-]\s*|\s+"
_NUMERIC = re.compile(rf"^(\d{{1,2}})(?:{_SEP})(\d{{1,2}})(?:{_SEP})(\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"^{_DAY}(?:\s*[-/]\s*|\s+)(?:of\s+)?([a-z]+)\.?(?:,?\s*[-/]?\s*(\d+))?$")
_MONTH_DAY = re.compile(rf"^([a-z]+)\.?\s+{_DAY},?\s+(\d+)$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")  # 15062027, 150627
_PARTIAL_NUMERIC = re.compile(rf"^\d{{1,2}}(?:(?:{_SEP})(?:\d{{1,2}}(?:{_SEP})?)?)?$")


class DateProblem(ValueError):
    """What is wrong with a typed date, in a few words for the person who typed it.

    Messages are short (about 40 characters) so they fit on one line under a
    date box. ``unfinished`` is True when more typing could still make a date.
    """

    def __init__(self, message: str, unfinished: bool = False) -> None:
        super().__init__(message)
        self.unfinished = unfinished


def parse_uk_date(text: str) -> date | None:
    """The date ``text`` means, or None when it is blank (no date).

    Raises DateProblem, with a plain message, for an unfinished or impossible date.
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    if match := _ISO.match(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return _real_date(day, month, year, match.group(1))
    if match := _NUMERIC.match(cleaned) or _DIGITS.match(cleaned):
        day, month = int(match.group(1)), int(match.group(2))
        return _real_date(day, month, _year(match.group(3)), match.group(3))
    if match := _DAY_MONTH.match(cleaned):
        day_text, name, year_text = match.groups()
        if year_text is None:
            if name in MONTH_NUMBERS:
                month_name = MONTHS[MONTH_NUMBERS[name] - 1]
                raise DateProblem(f"Add the year, like {int(day_text)} {month_name} 2027",
                                  unfinished=True)
            if any(month.lower().startswith(name) for month in MONTHS):
                raise DateProblem(f"Finish the month, like {int(day_text)} June 2027",
                                  unfinished=True)
            _month(name)  # says the word is not a month
        return _real_date(int(day_text), _month(name), _year(year_text), year_text)
    if match := _MONTH_DAY.match(cleaned):
        name, day_text, year_text = match.groups()
        return _real_date(int(day_text), _month(name), _year(year_text), year_text)
    raise _unreadable(cleaned)


def format_uk_date(day: date) -> str:
    """The short form date boxes show: 15 Jun 2027."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def describe_date(day: date) -> str:
    """The long form, to confirm what a typed date was read as: Tuesday 15 June 2027."""
    return f"{WEEKDAYS[day.weekday()].capitalize()} {day.day} {MONTHS[day.month - 1]} {day.year}"


def iso_to_date(text: str) -> date | None:
    """A stored ISO date, or None when it is blank or not a date."""
    try:
        return date.fromisoformat(text.strip()) if text and text.strip() else None
    except ValueError:
        return None


# ---------------------------------------------------------------- helpers

def _clean(text: str) -> str:
    cleaned = " ".join(text.replace("\u00a0", " ").split()).lower().rstrip(".")
    for weekday in WEEKDAYS:  # "Tuesday 15 June 2027", "Tue, 15 Jun 2027"
        for form in (weekday, weekday[:3], weekday[:4]):
            if re.match(rf"^{form}\.?,?\s+\d", cleaned):
                return re.sub(rf"^{form}\.?,?\s+", "", cleaned)
    return cleaned


def _month(name: str) -> int:
    number = MONTH_NUMBERS.get(name)
    if number is None:
        whole = [m for m in MONTHS if m.lower().startswith(name)] if len(name) >= 3 else []
        if len(whole) == 1:  # "Janu", "Septem": a month name being typed or cut short
            return MONTHS.index(whole[0]) + 1
        raise DateProblem(f"“{name}” is not a month")
    return number


def _year(text: str) -> int:
    if len(text) == 2:
        short = int(text)
        return (2000 if short < CENTURY_PIVOT else 1900) + short
    if len(text) == 4:
        return int(text)
    if len(text) in (1, 3):
        raise DateProblem("Give the year as 4 figures, like 2027", unfinished=True)
    raise DateProblem("The year has too many figures")


def _real_date(day: int, month: int, year: int, year_text: str) -> date:
    if not 1 <= month <= 12:
        raise DateProblem(f"There is no month {month}: put the day first")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateProblem(f"The year {year_text} looks wrong")
    last_day = calendar.monthrange(year, month)[1]
    if day < 1:
        raise DateProblem("There is no day 0")
    if day > last_day:
        name = MONTHS[month - 1] + (f" {year}" if month == 2 else "")
        raise DateProblem(f"{name} has only {last_day} days")
    return date(year, month, day)


def _unreadable(cleaned: str) -> DateProblem:
    if _PARTIAL_NUMERIC.match(cleaned):
        parts = re.split(_SEP, cleaned.strip("/.- "))
        missing = "the month and year" if len(parts) == 1 else "the year"
        return DateProblem(f"Add {missing}, like {EXAMPLE}", unfinished=True)
    if re.match(r"^\d{1,2}(?:st|nd|rd|th)?\s*[-/]?\s*$", cleaned):
        return DateProblem(f"Add the month and year, like {EXAMPLE}", unfinished=True)
    return DateProblem(f"Not a date: type it like {EXAMPLE}")
