"""Comparing two versions of an answer as formatted text (issue 14, item 8)."""

from __future__ import annotations

from svbidder.core.writing.revisions import compare_formatted

OLD = ("## What we do\n\n"
       "We visit **older people** weekly.\n\n"
       "- Lunch club on Fridays\n"
       "- Phone calls\n\n"
       "We report each quarter.")
NEW = ("## What we will do\n\n"
       "We visit **older people** every week.\n\n"
       "- Lunch club on Fridays\n"
       "- Phone calls\n"
       "- Trips out in summer\n\n"
       "We report each quarter.")


def text(block, ops=("equal", "insert", "delete")) -> str:
    return "".join(span.text for span in block.spans if span.op in ops)


def test_no_markdown_reaches_the_reader():
    view = compare_formatted(OLD, NEW)
    for block in view.old + view.new:
        for span in block.spans:
            assert "#" not in span.text and "**" not in span.text
            assert not span.text.startswith("- ")


def test_structure_and_formatting_are_kept():
    view = compare_formatted(OLD, NEW)
    assert [(b.kind, b.level, b.marker) for b in view.new] == [
        ("heading", 2, ""), ("paragraph", 0, ""), ("bullet", 0, "•"), ("bullet", 0, "•"),
        ("bullet", 0, "•"), ("paragraph", 0, "")]
    bold = [span.text for span in view.new[1].spans if span.bold]
    assert bold == ["older people"]


def test_changes_are_marked_on_their_own_side():
    view = compare_formatted(OLD, NEW)
    assert text(view.new[0], ("insert",)).strip() == "will"
    assert text(view.new[0]) == "What we will do"
    assert text(view.old[1], ("delete",)) == "weekly"
    assert text(view.new[1], ("insert",)) == "every week"
    assert {s.op for b in view.old for s in b.spans} <= {"equal", "delete"}
    assert {s.op for b in view.new for s in b.spans} <= {"equal", "insert"}
    # A whole new list item is marked as new, an unchanged one is not.
    assert view.new[4].op == "insert" and text(view.new[4]) == "Trips out in summer"
    assert view.new[2].op == "equal" and view.new[5].op == "equal"
    assert view.old[1].op == "changed" and view.old[0].op == "equal"
    assert view.summary() == "7 words added, 1 word removed"


def test_formatting_and_kind_changes_count_as_changes():
    view = compare_formatted("We help people.", "We help **people**.")
    assert [s.text for s in view.new[0].spans if s.op == "insert"] == ["people"]
    assert view.new[0].spans[1].bold
    numbered = compare_formatted("Lunch club", "1. Lunch club")
    assert numbered.new[0].marker == "1." and numbered.new[0].op == "changed"
    assert numbered.summary() == "No changes"  # the same words, in a list now


def test_numbered_lists_keep_their_numbers():
    view = compare_formatted("", "3. Third\n4. Fourth")
    assert [b.marker for b in view.new] == ["3.", "4."]
    assert all(b.op == "insert" for b in view.new) and view.old == []


def test_identical_versions():
    view = compare_formatted(OLD, OLD)
    assert view.summary() == "No changes"
    assert all(b.op == "equal" for b in view.old + view.new)
