"""One page-layout model in the window (issue 15 item 5): the question lists, the count
bar, the checks, the exported count statement and the portal copy all give the same
"about 1.6 of 2 pages" for the same page-limited answer."""

from __future__ import annotations

import re

import docx
from PySide6.QtWidgets import QFileDialog, QMessageBox

from svbidder.core.storage.records import Bid, Question
from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question, save_answer
from svbidder.core.writing.counting import (
    PageSettings,
    RoughPageEstimator,
    describe_pages,
    markdown_to_plain,
)
from svbidder.gui.page_layout import page_estimator

PARAGRAPH = ("Our volunteers visit older people in their homes every week, run a lunch club "
             "on Tuesdays and a men's shed on Thursdays, and phone anyone who cannot come. ")
ANSWER = "\n\n".join([PARAGRAPH.strip() * 3] * 14) + "\n"
FIGURE = re.compile(r"about \d+(?:\.\d)? of 2 pages")


def figure(text: str) -> str:
    found = FIGURE.search(text)
    assert found, f"no page figure in {text!r}"
    return found.group(0)


def open_page_limited(window, tmp_path):
    path = tmp_path / "pages.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws, contract_title="Community Wellbeing Service", buyer="Anytown BC")
        question = add_question(ws, bid.id, ref="SV1", text="How will you reduce loneliness?",
                                limit_kind="pages", limit_value=2, page_font="Arial",
                                page_font_size=11)
        save_answer(ws, question.id, ANSWER)
    assert window.open_path(path)
    return window.session.workspace.find(Question)[0]


def test_every_part_of_the_window_gives_the_same_page_figure(window, qtbot, tmp_path,
                                                            monkeypatch):
    question = open_page_limited(window, tmp_path)
    settings = PageSettings.from_question(question)
    plain = markdown_to_plain(ANSWER)
    expected = describe_pages(page_estimator().estimate(
        plain, settings.paper, settings.font, settings.size_pt, settings.margin_mm), 2)
    rough = describe_pages(RoughPageEstimator().estimate(
        plain, settings.paper, settings.font, settings.size_pt, settings.margin_mm), 2)
    assert expected != rough  # else agreeing would prove nothing about the layout used

    # the count bar and the list on Write answers
    page = window.write_page
    window.show_page(page)
    page.question_list.setCurrentRow(0)
    page._page_timer.timeout.emit()
    assert figure(page.count_bar.message.text()) == expected
    assert figure(page.question_list.item(0).text()) == expected

    # the checks (their "over the limit" decision rests on this figure)
    page.checks.refresh_context()
    assert describe_pages(page.checks._context.pages, 2) == expected

    # the question list on Bids
    window.show_page(window.bids_page)
    panel = window.bids_page.questions
    panel.show_bid(window.session.workspace.get(Bid, question.bid_id))
    labels = [panel.records.list.item(i).text() for i in range(panel.records.list.count())]
    assert [figure(label) for label in labels] == [expected]

    # the Word document exported from the window
    from svbidder.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.session, question.bid_id, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "answers.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog.export_now()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert figure(text.split("Length: ", 1)[1]) == expected

    # the plain text copied for a portal
    window.show_page(page)
    page.copy_for_portal()
    assert figure(window.statusBar().currentMessage()) == expected
