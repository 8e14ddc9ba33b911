"""BlockCounter.locate: where a limit is passed, from the per-block tallies."""

from __future__ import annotations

import pytest

from svbidder.core.writing.counting import BlockCounter, count_markdown

BLOCKS = [("One two three.", False), ("", False), ("- Four five", True),
          ("- six seven eight", True), ("## Nine ten", False)]


def counter() -> BlockCounter:
    blocks = BlockCounter()
    blocks.set_blocks(BLOCKS)
    return blocks


@pytest.mark.parametrize(("kind", "amount", "expected"), [
    ("words", 10, None),
    ("words", 3, (2, 0)),
    ("words", 6, (3, 1)),
    ("words", 9, (4, 1)),
    ("words", 6.5, (3, 1)),
    ("characters", 14, (2, 0)),
    ("characters", 13, (0, 13)),
    ("characters_no_spaces", 11, (0, 11)),
    ("characters_no_spaces", 12, (2, 0)),
    ("pages", 1, None),
])
def test_locate_finds_the_block_and_what_still_fits(kind, amount, expected):
    assert counter().locate(kind, amount) == expected


def test_locate_agrees_with_the_totals_after_edits():
    blocks = counter()
    blocks.replace(0, 1, [("Zero one two three.", False)])
    totals = blocks.totals()
    assert totals.words == count_markdown(
        "Zero one two three.\n\n- Four five\n- six seven eight\n\n## Nine ten").words
    assert blocks.locate("words", totals.words) is None
    assert blocks.locate("words", totals.words - 1) == (4, 1)
