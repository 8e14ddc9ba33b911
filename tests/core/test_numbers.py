"""Reading and showing numbers as people type them."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from svbidder.core.numbers import format_money, format_number, parse_number, parse_whole_number


@pytest.mark.parametrize("text, expected", [
    ("1200", 1200.0),
    ("1,200", 1200.0),
    ("1,234,567.5", 1234567.5),
    ("£3.50", 3.5),
    ("£ 3.50", 3.5),
    (" 12 ", 12.0),
    ("45%", 45.0),
    ("12.5 %", 12.5),
    ("0.25", 0.25),
    (".5", 0.5),
    ("5.", 5.0),
    ("-2", -2.0),
    ("-£2", -2.0),
    ("£-2", -2.0),
    ("0", 0.0),
    ("-0", 0.0),
])
def test_parse_number_accepts_plain_forms(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_parse_number_empty_is_none(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text, hint", [
    ("abc", "not a number"),
    ("1.5k", "not a number"),
    ("3,5", "full stop"),
    ("1,2345", "commas"),
    ("12,00,000", "commas"),
    ("1 200", "spaces"),
    ("1.2.3", "more than one decimal point"),
    ("£", "no digits"),
    ("%", "no digits"),
    ("1e5", "not a number"),
    ("nan", "not a number"),
    ("inf", "not a number"),
    ("٣", "not a number"),  # Arabic-Indic digit: refused rather than guessed
    ("9" * 400, "too big"),
])
def test_parse_number_refuses_with_plain_message(text: str, hint: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_number(text)
    message = str(info.value)
    assert hint in message
    assert "for example" in message.lower() or "leave them out" in message.lower()


def test_parse_number_message_repeats_long_input_briefly() -> None:
    with pytest.raises(ValueError) as info:
        parse_number("x" * 500)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("value, expected", [
    (None, ""),
    (1200, "1,200"),
    (1200.0, "1,200"),
    (3.5, "3.5"),
    (0.25, "0.25"),
    (1234567.891, "1,234,567.891"),
    (-1500, "-1,500"),
    (-0.0, "0"),
    (0, "0"),
    (float("nan"), ""),
    (float("inf"), ""),
    (0.1 + 0.2, "0.3"),
])
def test_format_number(value: float | None, expected: str) -> None:
    assert format_number(value) == expected


def test_format_money() -> None:
    assert format_money(1200) == "£1,200"
    assert format_money(3.5) == "£3.50"
    assert format_money(None) == ""


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_format_then_parse_round_trips(value: float) -> None:
    shown = format_number(value)
    back = parse_number(shown)
    assert back is not None
    assert math.isclose(back, round(value, 6), abs_tol=1e-6)


@given(st.text(max_size=60))
def test_parse_number_only_ever_returns_or_raises_value_error(text: str) -> None:
    try:
        result = parse_number(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert result is None or math.isfinite(result)


@pytest.mark.parametrize("text, expected", [("12", 12), ("1,200", 1200), (" 0 ", 0),
                                            ("", None), ("3.0", 3)])
def test_parse_whole_number_reads_counts(text: str, expected: int | None) -> None:
    value = parse_whole_number(text)
    assert value == expected and (value is None or isinstance(value, int))


@pytest.mark.parametrize("text, words", [("2.5", "not a whole number"), ("-1", "below zero"),
                                         ("ten", "not a number")])
def test_parse_whole_number_explains_what_it_refuses(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_whole_number(text)


def test_a_count_that_is_not_a_number_is_given_a_whole_example() -> None:
    with pytest.raises(ValueError) as caught:
        parse_whole_number("nine")
    message = str(caught.value)
    assert message.startswith("“nine” is not a number.") and "for example 12" in message
    assert "3.5" not in message
