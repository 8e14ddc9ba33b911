"""The screen people have: the window fits a small laptop screen, the busy screens
are readable at 1366×768 without dragging dividers, and nothing jumps under the
pointer when a message appears or a box is ticked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from svbidder.core.storage.records import Question
from svbidder.gui.main_window import MainWindow
from svbidder.gui.pages.questions_panel import list_label, shorten
from svbidder.gui.widgets.commitments_panel import completeness_summary
from svbidder.gui.window_fit import (
    FRAME_ALLOWANCE,
    PREFERRED_SIZE,
    first_start_rect,
    fit_rect,
    fits,
    usable_area,
)

LAPTOP = (1366, 700)  # a 1366×768 screen less the taskbar and title bar
SCREENS = [(0, 0, 1366, 728), (0, 0, 1280, 680), (0, 0, 1024, 560), (1920, 0, 1366, 728),
           (0, 40, 1280, 680)]


# ------------------------------------------------------------ window size (pure)

@pytest.mark.parametrize("available", SCREENS)
def test_first_start_fits_the_screen_with_its_frame(available):
    x, y, width, height = first_start_rect(available)
    left, top, right, bottom = FRAME_ALLOWANCE
    assert fits((x - left, y - top, width + left + right, height + top + bottom), available)
    assert width <= PREFERRED_SIZE[0] and height <= PREFERRED_SIZE[1]


def test_first_start_on_a_big_screen_is_the_comfortable_size_centred():
    x, y, width, height = first_start_rect((0, 0, 2560, 1400))
    assert (width, height) == PREFERRED_SIZE
    assert x == (2560 - width) // 2 and abs(y - (1400 - height) // 2) <= FRAME_ALLOWANCE[1]


@pytest.mark.parametrize("available", SCREENS)
def test_a_layout_saved_on_a_bigger_screen_is_shrunk_onto_this_one(available):
    stored = (300, 200, 1900, 1150)  # saved on a 1920×1200 monitor
    rect = fit_rect(stored, available)
    assert fits(rect, usable_area(available))
    assert rect[2] == usable_area(available)[2] and rect[3] == usable_area(available)[3]


def test_a_layout_that_fits_is_left_where_it_was():
    available = (0, 0, 1366, 728)
    assert fit_rect((100, 80, 900, 500), available) == (100, 80, 900, 500)
    # partly off the right-hand edge: moved back, not shrunk
    assert fit_rect((900, 80, 900, 500), available) == (1366 - 8 - 900, 80, 900, 500)


# ------------------------------------------------------------ window size (real)

def _fake_screen(monkeypatch, rect):
    monkeypatch.setattr(MainWindow, "available_geometry", lambda _self: rect)


def _status_bar_on_screen(window, available) -> bool:
    bar = window.statusBar()
    top_left = bar.mapTo(window, QPoint(0, 0)) + window.geometry().topLeft()
    shown = (top_left.x(), top_left.y(), bar.width(), bar.height())
    return bar.isVisible() and bar.height() > 0 and fits(shown, available)


@pytest.mark.parametrize("available", [(0, 0, 1366, 728), (0, 0, 1280, 680)])
def test_first_start_window_fits_a_laptop_screen(make_window, monkeypatch, available):
    _fake_screen(monkeypatch, available)
    window = make_window()
    geometry = window.geometry()
    assert fits((geometry.x(), geometry.y(), geometry.width(), geometry.height()),
                usable_area(available))
    assert _status_bar_on_screen(window, available)


def test_stored_layout_bigger_than_the_screen_is_shrunk(make_window, monkeypatch):
    _fake_screen(monkeypatch, (0, 0, 2560, 1400))
    big = make_window()
    big.setGeometry(QRect(200, 100, 1900, 1200))
    big.close()  # remembers the layout
    assert big.session.settings.window_geometry
    small = (0, 0, 1280, 680)
    _fake_screen(monkeypatch, small)
    window = make_window()
    geometry = window.geometry()
    assert geometry.height() < 1200
    assert fits((geometry.x(), geometry.y(), geometry.width(), geometry.height()),
                usable_area(small))
    assert _status_bar_on_screen(window, small)


# ------------------------------------------------------------ Bids → Questions

def test_question_labels_are_cut_at_a_word():
    assert shorten("Reducing loneliness and isolation", 90) == "Reducing loneliness and isolation"
    cut = shorten("Describe how you will reduce loneliness and isolation among older", 30)
    assert cut == "Describe how you will reduce…"
    question = Question(ref="SV1", text="Local jobs\n\nSet out the employment you will create",
                        limit_kind="words", limit_value=500)
    assert list_label(question) == "SV1  Local jobs · 500 words"


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def _resize(window, qtbot, size: tuple[int, int]) -> None:
    """Bigger than the test screen (800×800): after the window's own first fit."""
    _settle(qtbot)
    window.resize(*size)


@pytest.fixture
def laptop_window(window, qtbot):
    _resize(window, qtbot, LAPTOP)
    window.open_example()
    return window


def test_questions_readable_at_1366_without_sideways_scrolling(laptop_window, qtbot):
    window = laptop_window
    page = window.bids_page
    window.show_page(page)
    page.tabs.setCurrentWidget(page.questions)
    _settle(qtbot)
    panel = page.questions
    scroll = panel.right.widget(1)
    assert panel.right.currentIndex() == 1
    assert scroll.horizontalScrollBar().maximum() == 0
    assert panel.text.width() >= 450  # room for the question, not a sliver
    # every question's line fits the list's width, so nothing is cut mid-word
    metrics = panel.records.list.fontMetrics()
    for row in range(panel.records.list.count()):
        text = panel.records.list.item(row).text()
        assert "\n" not in text
        assert metrics.horizontalAdvance(text) < panel.records.list.viewport().width()
    # the form starts where it can be seen, below about five questions
    assert panel.records.list.height() >= 4 * metrics.lineSpacing()
    assert panel.right.height() >= 250
    page.tabs.setCurrentIndex(0)
    _settle(qtbot)
    assert page.tabs.widget(0).horizontalScrollBar().maximum() == 0  # "About the bid"


def _spot(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def test_number_problem_does_not_push_the_next_boxes(laptop_window, qtbot):
    window = laptop_window
    page = window.bids_page
    window.show_page(page)
    page.tabs.setCurrentWidget(page.questions)
    _settle(qtbot)
    panel = page.questions
    below = [panel.marks, panel.weighting, panel.outcomes]
    before = [_spot(widget, panel) for widget in below]
    panel.limit_value.setText("five hundred")
    panel.limit_value.textEdited.emit("five hundred")
    _settle(qtbot)
    problem = panel.limit_row.findChild(QLabel, "problem")
    assert problem.isVisible() and "not a number" in problem.text()
    assert [_spot(widget, panel) for widget in below] == before


def test_a_number_box_has_its_hint_right_under_it_and_its_problem_under_the_hint(
        laptop_window, qtbot):
    """The room kept for "that is not a number" sits under the hint, not between the
    box and the hint that explains it; the boxes below still never move."""
    window = laptop_window
    page = window.organisation_page
    window.show_page(page)
    _settle(qtbot)
    box = _spot(page.staff_count, page)
    holder = page.staff_count.parentWidget().parentWidget()
    hint = holder.findChild(QLabel, "hint")
    problem = holder.findChild(QLabel, "problem")
    hint_at, problem_at = _spot(hint, page), _spot(problem, page)
    assert 0 <= hint_at.top() - box.bottom() <= 8
    assert problem_at.top() >= hint_at.bottom()
    before = _spot(page.volunteer_count, page)
    page.staff_count.setText("nine")
    page.staff_count.textEdited.emit("nine")
    _settle(qtbot)
    assert problem.isVisible() and "not a number" in problem.text()
    assert "3.5" not in problem.text()  # a count's example is a whole number
    assert _spot(page.volunteer_count, page) == before


# ------------------------------------------------------------ Map

def test_map_says_what_each_column_number_means(laptop_window, qtbot):
    window = laptop_window
    page = window.map_page
    window.show_page(page)
    _settle(qtbot)
    legend = page.legend.toPlainText()
    for column in range(page.matrix.columnCount()):
        number = page.matrix.horizontalHeaderItem(column).text()
        _theme, outcome = page._visible_outcomes()[column]
        assert f"{number} {outcome.title}" in legend
    page._on_legend_link(QUrl("column:3"))
    assert page.matrix.currentColumn() == 3
    _theme, outcome = page._visible_outcomes()[3]
    assert outcome.title in page.cell_title.text()
    chosen = page.legend.document().find(outcome.title)
    assert chosen.charFormat().fontWeight() >= QFont.Weight.Bold  # the column in view
    _theme, other = page._visible_outcomes()[0]
    assert page.legend.document().find(other.title).charFormat().fontWeight() < QFont.Weight.Bold


# ------------------------------------------------------------ Commitments

def test_commitment_summary_names_what_is_missing_briefly():
    from svbidder.core.writing.commitments import Missing

    missing = [Missing("target", "Give a number…"), Missing("unit", "Say what…")]
    assert completeness_summary(missing, [], None) == "● Still missing: how many, unit."
    assert completeness_summary([], [], 1200.0).startswith("✓ Complete. Worth about £1,200")


@pytest.fixture
def commitments(laptop_window, qtbot):
    page = laptop_window.write_page
    laptop_window.show_page(page)
    page.side.setCurrentWidget(page.commitments)
    panel = page.commitments
    panel.add()
    _settle(qtbot)
    return panel


def test_commitment_form_gets_the_room_and_does_not_move(commitments, qtbot):
    panel = commitments
    assert "how many" in panel.status.text()
    form = panel.form_holder
    assert form.height() >= panel.height() * 0.45
    before = [_spot(widget, panel) for widget in (panel.target, panel.unit, panel.timeframe)]
    for box, text in ((panel.target, "12"), (panel.unit, "people"), (panel.timeframe, "by 2027")):
        box.setText(text)
        box.textEdited.emit(text)
        panel.binder.flush()
        _settle(qtbot)
        assert [_spot(w, panel) for w in (panel.target, panel.unit, panel.timeframe)] == before
    assert "how many" not in panel.status.text()
    panel.target.setText("a dozen")
    panel.target.textEdited.emit("a dozen")
    _settle(qtbot)
    assert [_spot(w, panel) for w in (panel.target, panel.unit, panel.timeframe)] == before
    assert not panel.details.isVisible()
    panel.details_toggle.setChecked(True)
    _settle(qtbot)
    assert panel.details.isVisible() and "show it was done" in panel.details.toPlainText()


# ------------------------------------------------------------ Write answers

def _write_page(window, qtbot):
    page = window.write_page
    window.show_page(page)
    _settle(qtbot)
    return page


def test_portal_safe_tick_does_not_reflow_the_side_panels(laptop_window, qtbot):
    page = _write_page(laptop_window, qtbot)
    watched = (page.side, page.question_list, page.editor, page.count_bar.safe)
    before = [_spot(widget, page) for widget in watched]
    sizes = page.splitter.sizes()
    for question_row in range(page.question_list.count()):
        page.question_list.setCurrentRow(question_row)
        _settle(qtbot)
        before = [_spot(widget, page) for widget in watched]
        for _twice in range(2):
            page.count_bar.safe.click()
            _settle(qtbot)
            assert [_spot(widget, page) for widget in watched] == before
            assert page.splitter.sizes() == sizes


def _characters_per_line(page) -> int:
    block = page.editor.document().begin()
    longest = 0
    while block.isValid():
        layout = block.layout()
        if layout.lineCount() > 1:
            longest = max(longest, layout.lineAt(0).textLength())
        block = block.next()
    return longest


def test_focus_mode_keeps_lines_readable_on_a_wide_screen(window, qtbot):
    _resize(window, qtbot, (1900, 1000))
    window.open_example()
    page = _write_page(window, qtbot)
    page.editor.set_markdown("We will " + "support older people in Millbrook " * 30 + "\n")
    page.focus_button.setChecked(True)
    _settle(qtbot)
    assert 70 <= _characters_per_line(page) <= 90
    column = page.writing_column
    left = column.mapTo(page, QPoint(0, 0)).x()
    right = page.width() - (left + column.width())
    assert abs(left - right) <= 30  # centred
    window.set_zoom(150)
    _settle(qtbot)
    assert 70 <= _characters_per_line(page) <= 90
    window.set_zoom(100)
    page.focus_button.setChecked(False)
    _settle(qtbot)
    assert page.side.isVisible() and page.writing_column.maximumWidth() > 10_000
