"""Dates typed the UK way: every common form read, nothing unfinished or impossible guessed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svbidder.core.dates import (
    DateProblem,
    describe_date,
    format_uk_date,
    iso_to_date,
    parse_uk_date,
)

JUNE_15 = date(2027, 6, 15)


@pytest.mark.parametrize("typed", [
    "15/06/2027", "15/6/2027", "15/6/27", "15/06/27", "15.06.2027", "15-06-2027",
    "15 06 2027", " 15 / 06 / 2027 ", "15062027", "150627",
    "15 June 2027", "15 Jun 2027", "15 JUNE 2027", "15 jun. 2027", "15th June 2027",
    "15th of June 2027", "15 June, 2027", "15-Jun-2027", "15/Jun/2027",
    "Tuesday 15 June 2027", "Tue 15 Jun 2027", "Tues, 15 June 2027",
    "June 15, 2027", "Jun 15th 2027", "2027-06-15", "15\u00a0June\u00a02027",
])
def test_every_usual_way_of_writing_15_june_2027(typed):
    assert parse_uk_date(typed) == JUNE_15


@pytest.mark.parametrize("typed, expected", [
    ("1/1/99", date(1999, 1, 1)),
    ("1/1/69", date(2069, 1, 1)),
    ("1/1/70", date(1970, 1, 1)),
    ("29/02/2028", date(2028, 2, 29)),
    ("31 Dec 2026", date(2026, 12, 31)),
    ("3 Sept 2027", date(2027, 9, 3)),
    ("3 Septem 2027", date(2027, 9, 3)),
    ("1st March 2027", date(2027, 3, 1)),
    ("2nd May 2027", date(2027, 5, 2)),
    ("23rd May 2027", date(2027, 5, 23)),
])
def test_other_dates(typed, expected):
    assert parse_uk_date(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", "\t"])
def test_blank_means_no_date(typed):
    assert parse_uk_date(typed) is None


@pytest.mark.parametrize("typed, words", [
    ("15", "Add the month and year, like 15/06/2027"),
    ("15/", "Add the month and year"),
    ("15th", "Add the month and year"),
    ("15/06", "Add the year, like 15/06/2027"),
    ("15/06/", "Add the year"),
    ("15 06", "Add the year"),
    ("15/6/2", "Give the year as 4 figures"),
    ("15/06/202", "Give the year as 4 figures"),
    ("15 June", "Add the year, like 15 June 2027"),
    ("15 Ju", "Finish the month"),
])
def test_unfinished_dates_say_what_is_missing(typed, words):
    with pytest.raises(DateProblem) as problem:
        parse_uk_date(typed)
    assert problem.value.unfinished
    assert words in str(problem.value)


@pytest.mark.parametrize("typed, words", [
    ("31/04/2027", "April has only 30 days"),
    ("30/02/2028", "February 2028 has only 29 days"),
    ("29/02/2027", "February 2027 has only 28 days"),  # not a leap year
    ("00/06/2027", "There is no day 0"),
    ("15/13/2027", "There is no month 13: put the day first"),
    ("06/15/2027", "There is no month 15"),  # the American order
    ("15/00/2027", "There is no month 0"),
    ("15/06/3027", "The year 3027 looks wrong"),
    ("15/06/20270", "too many figures"),
    ("15 Juen 2027", "“juen” is not a month"),
    ("next Tuesday", "Not a date: type it like 15/06/2027"),
    ("soon", "Not a date"),
    ("15/06/2027/1", "Not a date"),
])
def test_impossible_dates_are_refused_with_the_reason(typed, words):
    with pytest.raises(DateProblem) as problem:
        parse_uk_date(typed)
    assert not problem.value.unfinished
    assert words in str(problem.value)


def test_every_message_fits_on_one_line_under_a_date_box():
    samples = ["15", "15/06", "15/6/2", "15 Ju", "15 September", "31/09/2027", "29/02/2027",
               "00/06/2027", "15/13/2027", "15/06/3027", "15/06/20270", "15 Septembre 2027",
               "whenever"]
    for typed in samples:
        with pytest.raises(DateProblem) as problem:
            parse_uk_date(typed)
        assert len(str(problem.value)) <= 40, str(problem.value)


def test_a_problem_is_a_value_error_for_callers_that_do_not_care_which():
    with pytest.raises(ValueError):
        parse_uk_date("31/02/2027")


def test_short_and_long_forms():
    assert format_uk_date(JUNE_15) == "15 Jun 2027"
    assert format_uk_date(date(2027, 9, 3)) == "3 Sep 2027"
    assert describe_date(JUNE_15) == "Tuesday 15 June 2027"


def test_stored_iso_text():
    assert iso_to_date("2027-06-15") == JUNE_15
    assert iso_to_date("") is None
    assert iso_to_date("not a date") is None


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31)))
def test_what_the_box_shows_and_the_long_form_read_back_as_the_same_date(day):
    assert parse_uk_date(format_uk_date(day)) == day
    assert parse_uk_date(describe_date(day)) == day
    assert parse_uk_date(day.strftime("%d/%m/%Y")) == day
    assert parse_uk_date(day.isoformat()) == day


@given(st.text(max_size=40))
def test_any_text_gives_a_date_none_or_a_problem(text):
    try:
        result = parse_uk_date(text)
    except DateProblem as problem:
        assert str(problem)
    else:
        assert result is None or isinstance(result, date)
