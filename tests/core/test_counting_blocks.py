"""BlockCounter (the editor's incremental counter) and escaping typed text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.writing.answer_markdown import escape_markdown_line
from svbidder.core.writing.counting import BlockCounter, count_markdown, count_text

WORDS = st.sampled_from(["care", "well-being", "£1,200", "ŵyl", "—", "*", "_", "3.", "-",
                         "#", "😀", "and/or", "a\\b", ">", "1)"])
LINES = st.lists(WORDS, max_size=8).map(" ".join)
KINDS = st.sampled_from(["para", "bullet", "number", "heading"])
BLOCKS = st.lists(st.tuples(KINDS, LINES), max_size=12)


def as_block(kind: str, text: str) -> tuple[str, bool]:
    line = escape_markdown_line(text)
    prefix = {"para": "", "bullet": "- ", "number": "1. ", "heading": "## "}[kind]
    return (prefix + line if line.strip() else ""), kind in ("bullet", "number")


def stored_markdown(blocks: list[tuple[str, bool]]) -> str:
    """Join blocks as the editor stores them: blank lines except inside a list."""
    out, previous = [], None
    for index, (line, is_list) in enumerate(blocks):
        if not line.strip():
            continue
        if previous is not None:
            follows = index == previous[0] + 1 and is_list and previous[1]
            out.append("" if follows else "\n")
        out.append(line + "\n")
        previous = (index, is_list)
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(BLOCKS)
def test_totals_match_a_full_count_of_the_stored_answer(raw):
    blocks = [as_block(kind, text) for kind, text in raw]
    counter = BlockCounter()
    counter.set_blocks(blocks)
    assert counter.totals() == count_markdown(stored_markdown(blocks))


@settings(max_examples=200, deadline=None)
@given(BLOCKS, BLOCKS, st.integers(0, 12), st.integers(0, 4))
def test_replacing_blocks_matches_starting_again(first, second, index, removed):
    old = [as_block(kind, text) for kind, text in first]
    new = [as_block(kind, text) for kind, text in second]
    counter = BlockCounter()
    counter.set_blocks(old)
    counter.replace(index, removed, new)
    index = min(index, len(old))
    expected = old[:index] + new + old[index + min(removed, len(old) - index):]
    fresh = BlockCounter()
    fresh.set_blocks(expected)
    assert counter.totals() == fresh.totals()
    assert len(counter) == len(expected)


@given(LINES)
def test_escaped_typed_text_counts_as_typed(text):
    assert count_markdown(escape_markdown_line(text)).words == count_text(text).words


def test_literal_markers_are_not_read_as_markdown():
    assert escape_markdown_line("- not a bullet") == "\\- not a bullet"
    assert escape_markdown_line("3. not a list") == "3\\. not a list"
    assert count_markdown(escape_markdown_line("5 * 3 = 15")).characters == len("5 * 3 = 15")
