"""Presentation mode and zoom enlarge every widget, and put every one back exactly.

Measured on real widgets of every screen of the main window (with the example
open), its menus, status bar, table headers and tabs, and dialogs opened while
zoomed: not on the application font, which Qt does not pass on by itself once a
style sheet is in use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontInfo, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QTabBar,
    QWidget,
)

from svbidder.core.storage.settings import ZOOM_STEPS, load_settings
from svbidder.gui.style import PRESENTATION_FACTOR, TITLE_SCALE, system_point_size


@pytest.fixture
def full_window(window):
    """The main window with the example open and every screen built and shown once."""
    window.resize(1366, 768)
    window.open_example()
    for _label, attribute, _needs in window._screens:
        window.show_page(getattr(window, attribute))
    window.show_page(window.start_page)
    return window


def all_widgets(window) -> list[QWidget]:
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        widget.ensurePolished()
    return widgets


def shown_size(widget: QWidget) -> float:
    """The size the text is actually drawn at, in points."""
    return QFontInfo(widget.font()).pointSizeF()


def press(window, action) -> None:
    """What the keyboard shortcut does: trigger the menu action."""
    action.trigger()
    QApplication.processEvents()


def titles(window) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel)
            if label.property("textScale") == f"{TITLE_SCALE:g}"]


def body_labels(window) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel)
            if label.objectName() == "explanation"]


def view_action(window, text: str) -> QAction:
    """A View menu command, found by the words on it."""
    return next(action for action in window.findChildren(QAction)
                if action.text().replace("&", "") == text)


def test_shortcuts_are_the_usual_ones(window):
    assert window.action_presentation.shortcut() == QKeySequence("F5")
    assert QKeySequence("Ctrl+=") in view_action(window, "Zoom in").shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.ZoomOut) in view_action(
        window, "Zoom out").shortcuts()
    assert view_action(window, "Actual size").shortcut() == QKeySequence("Ctrl+0")


def test_f5_enlarges_every_widget_and_f5_again_restores_each_exactly(full_window):
    window = full_window
    widgets = all_widgets(window)
    before = [(w.font().toString(), shown_size(w)) for w in widgets]
    assert len(widgets) > 500  # every screen is really there

    press(window, window.action_presentation)
    assert window.action_presentation.isChecked()
    small = [f"{type(w).__name__} {w.objectName()!r}: {size} → {shown_size(w)}"
             for w, (_font, size) in zip(widgets, before, strict=True)
             if shown_size(w) < size * 1.4]
    assert small == []

    press(window, window.action_presentation)
    assert not window.action_presentation.isChecked()
    changed = [f"{type(w).__name__} {w.objectName()!r}" for w, (font, _size)
               in zip(widgets, before, strict=True) if w.font().toString() != font]
    assert changed == []


def test_the_kinds_people_complained_about_grow_too(full_window):
    window = full_window
    body = system_point_size()
    press(window, window.action_presentation)
    bigger = body * PRESENTATION_FACTOR
    for kind in (QMenu, QHeaderView, QTabBar, QStatusBar):
        found = [w for w in all_widgets(window) if isinstance(w, kind)]
        assert found, kind.__name__
        assert all(w.font().pointSizeF() == pytest.approx(bigger) for w in found), kind.__name__
    assert window.sidebar.font().pointSizeF() == pytest.approx(bigger)
    assert window.menuBar().font().pointSizeF() == pytest.approx(bigger)


def test_dialogs_opened_in_presentation_mode_are_large(full_window):
    from svbidder.gui.dialogs.welcome import WelcomeDialog

    window = full_window
    press(window, window.action_presentation)
    dialog = WelcomeDialog(window)
    box = QMessageBox(QMessageBox.Icon.Information, "Saved", "A backup copy was made.",
                      QMessageBox.StandardButton.Ok, window)
    for shown in (dialog, box):
        widgets = all_widgets(shown)
        assert all(w.font().pointSizeF() >= system_point_size() * 1.5 - 0.01
                   for w in widgets if not isinstance(w, QLabel)
                   or w.property("textScale") is None)
    dialog_title = next(label for label in dialog.findChildren(QLabel)
                        if label.property("textScale"))
    assert shown_size(dialog_title) > shown_size(dialog.findChildren(QPushButton)[0])
    dialog.deleteLater()
    box.deleteLater()


def test_zoom_multiplies_presentation_and_both_undo_cleanly(full_window):
    window = full_window
    zoom_in, zoom_out = view_action(window, "Zoom in"), view_action(window, "Zoom out")
    actual = view_action(window, "Actual size")
    body = system_point_size()
    start = next(label for label in window.organisation_page.findChildren(QLabel)
                 if label.objectName() == "explanation")
    original = start.font().toString()

    press(window, zoom_in)  # 110% before presentation
    assert window.session.settings.zoom_percent == 110
    assert start.font().pointSizeF() == pytest.approx(body * 1.1)
    press(window, window.action_presentation)
    assert start.font().pointSizeF() == pytest.approx(body * 1.1 * PRESENTATION_FACTOR)
    press(window, zoom_in)  # 125% on top of presentation
    assert start.font().pointSizeF() == pytest.approx(body * 1.25 * PRESENTATION_FACTOR)
    press(window, zoom_out)
    press(window, zoom_out)
    assert start.font().pointSizeF() == pytest.approx(body * 1.0 * PRESENTATION_FACTOR)
    press(window, actual)
    assert window.session.settings.zoom_percent == 100
    assert start.font().pointSizeF() == pytest.approx(body * PRESENTATION_FACTOR)
    press(window, zoom_in)
    press(window, window.action_presentation)  # leaving keeps the zoom chosen: 110%
    assert start.font().pointSizeF() == pytest.approx(body * 1.1)
    press(window, actual)
    assert start.font().toString() == original


def test_titles_stay_larger_than_body_text_at_every_zoom(full_window):
    window = full_window
    page_titles, body = titles(window), body_labels(window)
    assert len(page_titles) >= 8 and body
    for presentation in (False, True):
        window.session.settings.presentation = presentation
        for step in ZOOM_STEPS:
            window.set_zoom(step)
            largest_body = max(shown_size(label) for label in body)
            smallest_title = min(shown_size(label) for label in page_titles)
            assert smallest_title > largest_body, (presentation, step)
            assert all(label.font().bold() for label in page_titles)
    window.session.settings.presentation = False
    window.set_zoom(100)


def test_presentation_is_remembered_without_changing_the_zoom(make_window, app_paths):
    window = make_window()
    press(window, window.action_presentation)
    window.close()
    settings = load_settings(app_paths.settings_file)
    assert settings.presentation and settings.zoom_percent == 100
    again = make_window()
    assert again.action_presentation.isChecked()
    assert again.menuBar().font().pointSizeF() == pytest.approx(
        system_point_size() * PRESENTATION_FACTOR)
    press(again, again.action_presentation)
    assert again.menuBar().font().pointSizeF() == pytest.approx(system_point_size())


def test_keyboard_f5_reaches_the_action(window, qtbot):
    window.activateWindow()
    window.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.action_presentation.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.action_presentation.isChecked()
