"""Write answers: the question and limit in view, live counts, saving as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question, answer_for
from svbidder.core.writing.counting import count_markdown


def open_with_question(window, tmp_path, **limit):
    path = tmp_path / "write.svbid"
    with Workspace.create(path) as ws:
        bid = add_bid(ws, contract_title="Community Wellbeing Service", buyer="Anytown BC")
        add_question(ws, bid.id, ref="SV1", text="How will you reduce loneliness?",
                     guidance="5 - Excellent: clear, measurable commitments.", **limit)
    assert window.open_path(path)
    window.show_page(window.write_page)
    return window.write_page


def type_answer(qtbot, page, text):
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor, text)


def test_question_limit_and_live_count(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=5)
    assert "SV1" in page.question_heading.text()
    assert "5 words" in page.limit_line.text()
    type_answer(qtbot, page, "We run a well-being cafe")
    assert page.count_bar.message.text().startswith("5 of 5 words")
    assert "Nearly" in page.count_bar.state_label.text()
    type_answer(qtbot, page, " daily")
    assert "over the limit" in page.count_bar.message.text()
    assert "Over the limit" in page.count_bar.state_label.text()


def test_portal_safe_count_switch(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=100)
    type_answer(qtbot, page, "Food and/or shelter")
    assert page.count_bar.message.text().startswith("3 of 100 words")
    page.count_bar.safe.setChecked(True)
    assert "portal-safe" in page.count_bar.message.text()
    assert page.count_bar.message.text().startswith("4 of 100 words")


def test_answer_is_saved_and_counts_match_the_saved_text(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="characters", limit_value=2000)
    type_answer(qtbot, page, "We will support 40 older people a year.")
    page.toolbar.actions()[2].trigger()  # bulleted list
    page.flush()
    ws = window.session.workspace
    saved = answer_for(ws, page.question.id, create=False).body_markdown
    assert saved.startswith("- We will support 40 older people a year.")
    assert count_markdown(saved) == page.editor.counts()


def test_undo_from_the_menu_restores_the_saved_answer(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=500)
    type_answer(qtbot, page, "First draft.")
    page.flush()
    window.sidebar.setFocus()
    window.action_undo.trigger()
    assert page.editor.toPlainText() == ""


def test_page_limit_shows_an_estimate(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="pages", limit_value=2,
                              page_paper="A4", page_font="Arial", page_font_size=11)
    type_answer(qtbot, page, "Our volunteers visit older people every week. " * 20)
    page._page_timer.timeout.emit()
    assert page.count_bar.message.text().startswith("about ")
    assert "of 2 pages" in page.count_bar.message.text()


def test_focus_mode_hides_everything_but_the_answer(window, tmp_path):
    page = open_with_question(window, tmp_path)
    page.focus_button.setChecked(True)
    assert not window.sidebar.isVisible()
    assert not page.question_list.isVisible()
    assert page.editor.isVisible()
    page.focus_button.setChecked(False)
    assert window.sidebar.isVisible()


def test_pasted_formatting_keeps_only_what_word_accepts(window, tmp_path):
    from PySide6.QtCore import QMimeData

    page = open_with_question(window, tmp_path)
    mime = QMimeData()
    mime.setHtml("<h1 style='color:red'>Big title</h1><p>Some <b>bold</b> and "
                 "<span style='font-family:Comic Sans MS'>odd font</span></p>"
                 "<ul><li>one</li><li>two</li></ul>")
    mime.setText("Big title\nSome bold and odd font\none\ntwo")
    page.editor.insertFromMimeData(mime)
    markdown = page.editor.markdown()
    assert "**bold**" in markdown
    assert "- one\n- two" in markdown
    assert "Comic" not in markdown and "color" not in markdown


def test_evidence_panel_inserts_figures_with_their_source(window, qtbot, tmp_path):
    from svbidder.core.storage.records import Activity, EvidenceItem

    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=500)
    ws = window.session.workspace
    pantry = ws.add(Activity(title="Community pantry"))
    figure = ws.add(EvidenceItem(kind="figure", title="Households", value=412,
                                 unit="households", period="year", source="sign-in sheets"))
    ws.link("activity_evidence", pantry.id, figure.id)
    panel = page.material
    assert panel.tree.topLevelItemCount() == 1
    type_answer(qtbot, page, "Last year we helped")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    panel.insert_button.click()
    assert page.editor.toPlainText() == "Last year we helped 412 households a year (sign-in sheets)"
    panel.search.setText("nothing like this")
    assert panel.tree.topLevelItemCount() == 0


def test_checks_flag_a_vague_answer_and_select_its_words(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=300)
    type_answer(qtbot, page, "We aim to help where possible and we hope to make a difference.")
    page.checks.run_now()
    qtbot.waitUntil(lambda: page.checks.tree.count() > 0, timeout=5000)
    items = [page.checks.tree.item(i) for i in range(page.checks.tree.count())]
    messages = [item.text() for item in items]
    assert any("number" in m.lower() for m in messages)
    assert "Not ready" in page.checks.summary.text() or "Nearly" in page.checks.summary.text()
    vague = next(item for item in items
                 if item.data(256) is not None and item.data(256).rule == "vague-promise")
    page.checks.tree.setCurrentItem(vague)
    assert page.editor.textCursor().selectedText().lower() in ("we aim to", "aim to",
                                                               "where possible", "we hope")
    assert page.editor.extraSelections()


def test_prompts_build_a_draft_and_history_restores(window, qtbot, tmp_path, message_log):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=500)
    first_prompt = next(iter(page.prompts._boxes.values()))
    first_prompt.setPlainText("Weekly lunch club for 40 older people.")
    page.prompts.build_draft()
    assert "Weekly lunch club for 40 older people." in page.editor.toPlainText()
    monkeypatch_name = "First draft"
    from PySide6.QtWidgets import QInputDialog

    original = QInputDialog.getText
    QInputDialog.getText = staticmethod(lambda *a, **k: (monkeypatch_name, True))
    try:
        page.history.keep_now()
    finally:
        QInputDialog.getText = original
    type_answer(qtbot, page, " Extra line.")
    page.flush()
    assert page.history.list.item(0).text().startswith("First draft")
    page.history.list.setCurrentRow(0)
    page.history.restore()
    assert "Extra line." not in page.editor.toPlainText()
    assert page.history.list.count() == 2  # the text before restoring is kept too


def test_commitment_is_checked_and_inserted(window, qtbot, tmp_path):
    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=500)
    panel = page.commitments
    panel.add()
    assert "Still missing" in panel.status.text()
    qtbot.keyClicks(panel.measure_text, "local people supported into paid work")
    panel.target.setFocus()
    qtbot.keyClicks(panel.target, "12")
    qtbot.keyClicks(panel.unit, "people")
    qtbot.keyClicks(panel.timeframe, "by March 2027")
    qtbot.keyClicks(panel.evidence_method, "signed employment records")
    panel.binder.flush()
    assert panel.status.text().startswith("✓ Complete")
    panel.insert()
    assert "12" in page.editor.toPlainText() and "March 2027" in page.editor.toPlainText()


def test_commitment_list_is_short_and_insert_names_the_priority(window, qtbot, tmp_path):
    from svbidder.core.storage.records import Commitment, Framework, Outcome, Theme

    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=500)
    panel = page.commitments
    panel.add()
    assert panel.list.currentItem().text() == "● New commitment: say what, how many and by when"
    ws = window.session.workspace
    framework = ws.add(Framework(name="Anytown priorities"))
    theme = ws.add(Theme(framework_id=framework.id, title="Stronger communities"))
    outcome = ws.add(Outcome(theme_id=theme.id, title="Less loneliness among older residents"))
    commitment_id = panel.list.currentItem().data(Qt.ItemDataRole.UserRole)
    ws.update(Commitment, commitment_id, measure_text="older people matched with a befriender",
              target=40, unit="people", timeframe="each year", owner="our volunteer coordinator",
              outcome_id=outcome.id)
    panel.refresh()
    label = panel.list.currentItem().text()
    assert "40 older people" in label and "coordinator" not in label  # first sentence only
    panel.insert()
    text = page.editor.toPlainText()
    assert "coordinator" in text and "Less loneliness among older residents" in text


def test_check_settings_per_bid(window, qtbot, tmp_path, monkeypatch):
    from svbidder.core.writing.checks import load_check_settings
    from svbidder.gui.dialogs.check_settings import CheckSettingsDialog

    page = open_with_question(window, tmp_path, limit_kind="words", limit_value=300)

    def choose(dialog):
        dialog._boxes["vague-promise"].setChecked(False)
        dialog._numbers[("long-sentence", "max_words")].setValue(40)
        return 1

    monkeypatch.setattr(CheckSettingsDialog, "exec", choose)
    page.checks.edit_settings()
    settings = load_check_settings(window.session.workspace, page.question.bid_id)
    assert not settings.enabled("vague-promise")
    assert settings.threshold("long-sentence", "max_words") == 40
    type_answer(qtbot, page, "We aim to help where possible.")
    page.checks.run_now()
    qtbot.waitUntil(lambda: page.checks.tree.count() > 0, timeout=5000)
    rules = [page.checks.tree.item(i).data(256).rule for i in range(page.checks.tree.count())
             if page.checks.tree.item(i).data(256) is not None]
    assert "vague-promise" not in rules
