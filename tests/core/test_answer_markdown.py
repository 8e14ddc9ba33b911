"""The one answer-Markdown module: blocks → Markdown → blocks gives the same blocks,
and the plain text of the blocks is what counting counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.writing.answer_markdown import (
    Block,
    Span,
    blocks_to_markdown,
    blocks_to_plain,
    markdown_to_plain,
    parse_blocks,
)
from svbidder.core.writing.counting import count_markdown, count_text

# Words chosen to look like Markdown: they must come back as typed text.
WORDS = st.sampled_from(["care", "well-being", "£1,200", "ŵyl", "*", "_", "**", "3.", "1)",
                         "-", "#", "+", "a\\b", "snake_case", "2*3", "😀", "—", "and/or"])
TEXT = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)
SPANS = st.lists(st.builds(Span, TEXT, st.booleans(), st.booleans()), min_size=1, max_size=3)
KIND = st.sampled_from(["paragraph", "heading", "bullet", "number"])


def normal(blocks: list[Block]) -> list[tuple]:
    """What a block means to a reader: kind, level, which list, and the formatted runs
    (neighbouring runs with the same formatting joined; spaces carry no emphasis)."""
    lists: dict[int, int] = {}
    shown = []
    for block in blocks:
        runs: list[list] = []
        for span in block.spans:
            bold, italic = (span.bold, span.italic) if span.text.strip() else (None, None)
            if runs and (runs[-1][1:] == [bold, italic] or bold is None):
                runs[-1][0] += span.text
            elif runs and runs[-1][1] is None:
                runs[-1] = [runs[-1][0] + span.text, bold, italic]
            else:
                runs.append([span.text, bold, italic])
        list_number = lists.setdefault(block.list_id, len(lists)) if block.kind in (
            "bullet", "number") else None
        shown.append((block.kind, block.level, list_number, block.start,
                      [tuple(run) for run in runs]))
    return shown


@st.composite
def documents(draw: st.DrawFn) -> list[Block]:
    blocks = []
    list_id = 0
    for kind, spans in draw(st.lists(st.tuples(KIND, SPANS), max_size=8)):
        spans = [Span(s.text.strip() if i in (0, len(spans) - 1) else s.text, s.bold, s.italic)
                 for i, s in enumerate(spans)]
        if kind == "heading":
            blocks.append(Block("heading", [Span(s.text) for s in spans], level=2))
        elif kind in ("bullet", "number"):
            previous = blocks[-1] if blocks else None
            if previous is None or previous.kind != kind or draw(st.booleans()):
                list_id += 1
            blocks.append(Block(kind, spans, list_id=list_id))
        else:
            blocks.append(Block("paragraph", spans))
    return blocks


@settings(max_examples=300, deadline=None)
@given(documents())
def test_blocks_to_markdown_and_back(blocks: list[Block]) -> None:
    markdown = blocks_to_markdown(blocks)
    again = parse_blocks(markdown)
    assert [b.text for b in again] == [b.text.strip() for b in blocks if b.text.strip()]
    # two lists of one kind with only a blank line between read as one (loose) list, as
    # in CommonMark; after one reading the Markdown is stable
    written = blocks_to_markdown(again)
    assert normal(parse_blocks(written)) == normal(again)
    assert blocks_to_markdown(parse_blocks(written)) == written
    # what counting reads line by line is the blocks' plain text
    assert markdown_to_plain(markdown) == blocks_to_plain(again)
    assert count_markdown(markdown).words == count_text(blocks_to_plain(again)).words


def test_a_written_document_reads_back() -> None:
    blocks = [
        Block("heading", [Span("Who benefits")], level=2),
        Block("paragraph", [Span("We run a "), Span("weekly", bold=True), Span(" club, "),
                            Span("free", italic=True), Span(" to all.")]),
        Block("bullet", [Span("Lunch")], list_id=1),
        Block("bullet", [Span("Visits")], list_id=1),
        Block("number", [Span("3. not a list")], list_id=2, start=4),
        Block("paragraph", [Span("Costs *£5* or 2_000_")]),
    ]
    markdown = blocks_to_markdown(blocks)
    assert markdown == ("## Who benefits\n\nWe run a **weekly** club, *free* to all.\n\n"
                        "- Lunch\n- Visits\n\n4. 3\\. not a list\n\n"
                        "Costs \\*£5\\* or 2\\_000\\_\n")
    assert normal(parse_blocks(markdown)) == normal(blocks)
    assert markdown_to_plain(markdown) == ("Who benefits\nWe run a weekly club, free to all.\n"
                                           "Lunch\nVisits\n3. not a list\nCosts *£5* or 2_000_")


def test_runs_split_for_no_visible_reason_are_written_once() -> None:
    blocks = [Block("paragraph", [Span("very ", bold=True), Span("strong", bold=True)])]
    assert blocks_to_markdown(blocks) == "**very strong**\n"


def test_empty_blocks_are_left_out() -> None:
    assert blocks_to_markdown([Block("paragraph", [Span("  ")]), Block("bullet", [])]) == ""
    assert blocks_to_plain(parse_blocks("\n\n- \n")) == "-"  # typed text, not a bullet
