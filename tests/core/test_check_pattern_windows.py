"""The checks search long answers a window at a time, and find exactly what one search would.

One search of a 100 KB answer holds the interpreter's lock for a fifth of a second or
more, which froze the window while the checks ran on a worker thread
(tests/gui/test_responsiveness.py measures that). These tests pin the two halves of
the fix: no single search covers more than a window, and the results are unchanged.
"""

from __future__ import annotations

import random
import re

import pytest

from svbidder.core.writing.checks import patterns

PATTERNS = [value for value in vars(patterns).values() if isinstance(value, re.Pattern)]
WORDS = ["we", "will", "report", "monthly", "to", "the", "board", "over", "the", "life",
         "of", "the", "contract", "12", "young", "people", "in", "March", "2027", "by",
         "June", "led", "by", "our", "manager", "across", "Millbrook", "ward", "data",
         "4,500", "twelve", "key", "performance", "indicators"]


def answer_like(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + rng.choice(["", "", ".", ",", "\n", "\n\n"])
                    for _ in range(rng.randint(1000, 3000)))


def odd(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("ab 1.:-–()\n\t%,;") for _ in range(9000))


@pytest.mark.parametrize("seed", range(12))
def test_every_pattern_finds_what_one_search_finds(seed):
    text = answer_like(seed) if seed % 3 else odd(seed)
    assert len(text) > patterns.WINDOW * 2
    for pattern in PATTERNS:
        whole = [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
        assert patterns.find_spans(pattern, text) == whole, pattern.pattern[:60]
        assert (patterns.search(pattern, text) is None) == (pattern.search(text) is None)


@pytest.mark.parametrize("shift", range(-30, 31, 3))
def test_a_phrase_across_a_window_cut_is_found_whole(shift):
    phrase = "key performance indicators"
    before = "word " * ((patterns.WINDOW + shift) // 5)
    text = before + phrase + " and more" * 500
    spans = patterns.find_spans(patterns._MEASUREMENT, text)
    assert (len(before), len(before) + len(phrase)) in spans
    assert patterns.has_measurement(before + phrase)


def test_a_word_cut_by_a_window_is_not_found_as_a_word():
    # "reported" across the cut must not turn into the word "report" at the window's end
    text = "x" * (patterns.WINDOW - 3) + " reportedly" + " y" * 2000
    assert not any(text[a:b].lower() == "report" for a, b in
                   patterns.find_spans(patterns._MEASUREMENT, text))


class Recorder:
    """Stands in for a pattern and records how much text each search was given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def finditer(self, text: str, pos: int = 0, endpos: int = 1 << 62):
        self.lengths.append(min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)


def test_no_single_search_covers_more_than_a_window():
    text = odd(1) * 12  # 108 KB
    recorder = Recorder(patterns._BENEFICIARIES)
    list(patterns.matches(recorder, text))  # type: ignore[arg-type]
    assert len(recorder.lengths) > 40
    assert max(recorder.lengths) <= patterns.WINDOW + patterns.OVERLAP
    # and the windows cover the whole text, with only the overlaps read twice
    assert sum(recorder.lengths) < len(text) * 1.15
