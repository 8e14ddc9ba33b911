"""Limits as the person sees them (issue 14, items 14 and 15): the hint says how this
question's limit is counted, and the text past the limit is highlighted in its own
colour as they type, for word, character and page limits."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor

from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question
from svbidder.core.writing.counting import PageSettings, markdown_to_plain
from svbidder.gui.page_layout import QtPageEstimator
from svbidder.gui.pages.write_page import FINDING_COLOURS
from svbidder.gui.widgets.overflow import OVERFLOW_BACKGROUND, page_overflow_point


def open_question(window, tmp_path, **limit):
    path = tmp_path / "limits.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws, contract_title="Community Wellbeing Service", buyer="Anytown BC")
        add_question(ws, bid.id, ref="SV1", text="How will you reduce loneliness?", **limit)
    assert window.open_path(path)
    window.show_page(window.write_page)
    return window.write_page


def type_text(qtbot, page, text):
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor, text)


def highlighted(page) -> str:
    span = page.editor.overflow_span()
    if span is None:
        return ""
    cursor = page.editor.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def overflow_colour(page) -> QColor | None:
    span = page.editor.overflow_span()
    for selection in page.editor.extraSelections():
        if (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == span:
            return selection.format.background().color()
    return None


# ------------------------------------------------------------------ item 14: hints

@pytest.mark.parametrize(("limit", "says", "never"), [
    ({"limit_kind": "words", "limit_value": 500}, ["Microsoft Word"], []),
    ({"limit_kind": "characters", "limit_value": 2000},
     ["with spaces", "space counts", "line breaks do not"], ["Microsoft Word counts them"]),
    ({"limit_kind": "characters_no_spaces", "limit_value": 2000},
     ["without spaces", "spaces, tabs and line breaks do not count"],
     ["Microsoft Word counts them"]),
    ({"limit_kind": "pages", "limit_value": 2, "page_font": "Verdana", "page_font_size": 12},
     ["estimate", "Verdana 12 pt"], ["Microsoft Word counts them"]),
])
def test_the_hint_says_how_this_limit_is_counted(window, tmp_path, limit, says, never):
    page = open_question(window, tmp_path, **limit)
    rule = page.count_bar.rule.text()
    assert page.count_bar.rule.isVisibleTo(page)
    for words in says:
        assert words in rule
    for words in never:
        assert words not in rule
    assert page.count_bar.toolTip() == rule


def test_the_hint_changes_with_the_question(window, tmp_path):
    path = tmp_path / "two.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws, contract_title="Service")
        add_question(ws, bid.id, ref="SV1", text="Words?", limit_kind="words", limit_value=5)
        add_question(ws, bid.id, ref="SV2", text="Characters?", limit_kind="characters",
                     limit_value=50)
    assert window.open_path(path)
    page = window.write_page
    page.question_list.setCurrentRow(0)
    assert "Microsoft Word" in page.count_bar.rule.text()
    page.question_list.setCurrentRow(1)
    assert "Characters are counted with spaces" in page.count_bar.rule.text()


# ---------------------------------------------------------- item 15: the highlight

def test_words_past_the_limit_are_highlighted_as_you_type(window, qtbot, tmp_path):
    page = open_question(window, tmp_path, limit_kind="words", limit_value=5)
    type_text(qtbot, page, "We run a well-being cafe")
    assert page.editor.overflow_span() is None
    assert page.count_bar.overflow_note.text() == ""
    type_text(qtbot, page, " every day")
    assert highlighted(page) == "every day"
    assert overflow_colour(page) == QColor(OVERFLOW_BACKGROUND)
    assert "highlighted text is over the limit" in page.count_bar.overflow_note.text().lower()
    start, end = page.editor.overflow_span()
    assert "Past the limit of 5 words" in page.editor.tooltip_at(start)
    assert page.editor.tooltip_at(start - 3) == ""
    for _ in range(len(" every day")):
        qtbot.keyClick(page.editor, "\b")
    assert page.editor.overflow_span() is None
    assert page.editor.extraSelections() == []
    assert page.count_bar.overflow_note.text() == ""


def test_highlight_runs_across_paragraphs_and_lists(window, qtbot, tmp_path):
    page = open_question(window, tmp_path, limit_kind="words", limit_value=6)
    page.editor.set_markdown("One two three.\n\n- Four five\n- six seven eight\n\nNine ten.\n")
    assert highlighted(page) == "seven eight\nNine ten."
    cursor = page.editor.textCursor()
    cursor.setPosition(0)
    page.editor.setTextCursor(cursor)
    qtbot.keyClicks(page.editor, "Zero ")
    assert highlighted(page) == "six seven eight\nNine ten."


def test_characters_past_the_limit_are_highlighted(window, qtbot, tmp_path):
    page = open_question(window, tmp_path, limit_kind="characters", limit_value=10)
    type_text(qtbot, page, "Lunch club ")
    assert highlighted(page) == " "
    type_text(qtbot, page, "daily")
    assert highlighted(page) == " daily"


def test_characters_without_spaces_skip_the_spaces(window, qtbot, tmp_path):
    page = open_question(window, tmp_path, limit_kind="characters_no_spaces", limit_value=6)
    type_text(qtbot, page, "ab cd ef gh")
    assert highlighted(page) == "gh"


def test_emoji_and_welsh_letters_are_placed_right(window, tmp_path):
    page = open_question(window, tmp_path, limit_kind="characters", limit_value=4)
    page.editor.set_markdown("👍ŵyl mawr\n")  # the emoji is two UTF-16 units in Qt
    assert highlighted(page) == " mawr"


def test_page_limit_highlights_from_the_estimated_end_of_the_last_page(window, qtbot,
                                                                       tmp_path):
    page = open_question(window, tmp_path, limit_kind="pages", limit_value=1,
                         page_font="Arial", page_font_size=11)
    paragraph = "Our volunteers visit older people every week and run a lunch club. " * 8
    page.editor.set_markdown("\n\n".join([paragraph.strip()] * 12) + "\n")
    page._page_timer.timeout.emit()
    assert "over the limit" in page.count_bar.message.text()
    text = highlighted(page)
    assert text and len(text) < len(page.editor.toPlainText())
    assert "last page" in page.count_bar.overflow_note.text()
    assert overflow_colour(page) == QColor(OVERFLOW_BACKGROUND)
    # the part before the highlight fills about one page, by the same estimate
    start = page.editor.overflow_span()[0]
    before = page.editor.toPlainText()[:start]
    settings = PageSettings(font="Arial", size_pt=11)
    pages = QtPageEstimator().estimate(before.strip(), settings.paper, settings.font,
                                       settings.size_pt, settings.margin_mm)
    assert 0.9 < pages <= 1.0
    # typing after the estimate keeps the highlight to the end, then cutting clears it
    type_text(qtbot, page, " More.")
    assert highlighted(page).endswith("More.")
    page.editor.set_markdown(paragraph.strip() + "\n")
    page._page_timer.timeout.emit()
    assert page.editor.overflow_span() is None
    assert page.count_bar.overflow_note.text() == ""


def test_page_point_is_none_within_the_limit():
    plain = markdown_to_plain("A short answer.\n")
    assert page_overflow_point(plain, PageSettings(), 1) is None
    long = "\n".join(["A line of an answer that goes on for a while."] * 200)
    line, column = page_overflow_point(long, PageSettings(), 1)
    assert 10 < line < 200 and column == 0


def test_overflow_colour_differs_from_every_finding(window, qtbot, tmp_path):
    page = open_question(window, tmp_path, limit_kind="words", limit_value=8)
    type_text(qtbot, page, "We aim to help where possible and we hope to make a difference.")
    page.checks.run_now()
    qtbot.waitUntil(lambda: len(page.editor.extraSelections()) > 1, timeout=5000)
    colours = [s.format.background().color().name() for s in page.editor.extraSelections()]
    assert colours.count(OVERFLOW_BACKGROUND) == 1  # the over-limit finding is not drawn twice
    assert OVERFLOW_BACKGROUND not in {QColor(c).name() for c in FINDING_COLOURS.values()}
    vague = next(s for s in page.editor.extraSelections()
                 if s.format.background().color().name() != OVERFLOW_BACKGROUND)
    assert page.editor.tooltip_at(vague.cursor.selectionStart())  # says what was found
    items = [page.checks.tree.item(i) for i in range(page.checks.tree.count())]
    over = next(i for i in items if "highlighted text is past the limit" in i.text())
    assert over.background().color().name() == OVERFLOW_BACKGROUND  # the list is the legend


def test_changing_the_limit_moves_the_highlight(window, qtbot, tmp_path):
    from svbidder.core.storage.records import Question

    page = open_question(window, tmp_path, limit_kind="words", limit_value=3)
    type_text(qtbot, page, "One two three four five")
    page.flush()
    assert highlighted(page) == "four five"
    window.session.change(lambda ws: ws.update(Question, page.question.id, limit_value=4))
    assert highlighted(page) == "five"
    window.session.change(lambda ws: ws.update(Question, page.question.id, limit_kind=None,
                                               limit_value=None))
    assert page.editor.overflow_span() is None
