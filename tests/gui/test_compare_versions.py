"""Write answers → History → Compare: formatted text with the changes marked."""

from __future__ import annotations

from svbidder.core.writing.revisions import compare_formatted
from svbidder.gui.widgets.history_panel import CompareDialog, blocks_html

OLD = "## Who will benefit\n\nOlder people **living alone**.\n\n- Weekly visits"
NEW = "## Who will benefit\n\nOlder people **living alone** in Millbrook.\n\n- Weekly visits\n" \
      "- A lunch club"


def test_compare_shows_formatted_text_not_markdown(window, qtbot):
    dialog = CompareDialog("Kept on 1 March", OLD, NEW, window)
    qtbot.addWidget(dialog)
    old_pane, new_pane = dialog.panes
    for pane in (old_pane, new_pane):
        shown = pane.toPlainText()
        assert "##" not in shown and "**" not in shown and "- " not in shown
        assert shown.startswith("Who will benefit")
    assert "•  A lunch club" in new_pane.toPlainText().replace("\xa0", " ")
    # The heading is a heading and the bold text bold, in the pane itself.
    document = new_pane.document()
    heading = document.firstBlock()
    assert heading.blockFormat().headingLevel() == 3
    bold_found = False
    block = heading.next()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.text() == "living alone":
            bold_found = fragment.charFormat().fontWeight() >= 700
        iterator += 1
    assert bold_found
    # Changes are marked by line style, not colour alone, and the legend says so.
    assert "underlined" in dialog.summary.text() and "struck through" in dialog.summary.text()
    assert "5 words added" in dialog.summary.text()  # "in Millbrook", "A lunch club"


def test_insertions_are_underlined_and_deletions_struck_through(window, qtbot):
    dialog = CompareDialog("Earlier", "We visit weekly.", "We visit every week.", window)
    qtbot.addWidget(dialog)

    def marked(pane):
        found = {}
        block = pane.document().firstBlock()
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            found[fragment.text()] = (fmt.fontUnderline(), fmt.fontStrikeOut())
            iterator += 1
        return found

    assert marked(dialog.panes[0])["weekly"] == (False, True)
    assert marked(dialog.panes[1])["every week"] == (True, False)
    assert marked(dialog.panes[1])["We visit "] == (False, False)


def test_an_empty_version_says_so():
    assert "(empty)" in blocks_html(compare_formatted("", "Text").old)
