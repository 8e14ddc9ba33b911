"""Every control a person can reach has a name for screen readers and keyboard focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QAbstractButton)


def ancestors(widget):
    parent = widget.parent()
    while parent is not None:
        yield parent
        parent = parent.parent()


def unnamed_controls(page):
    missing = []
    for widget in (w for kind in CONTROLS for w in page.findChildren(kind)):
        if any(isinstance(p, QComboBox) for p in ancestors(widget)):
            continue  # a combo box's own line edit or list
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if not widget.isVisibleTo(page) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            name = name or widget.text()
        if not name.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.mark.parametrize("attribute", ["start_page", "organisation_page", "activities_page",
                                       "evidence_page", "frameworks_page", "map_page",
                                       "bids_page", "write_page", "guides_page"])
def test_every_control_is_named(window, attribute):
    window.open_example()
    page = getattr(window, attribute)
    window.show_page(page)
    assert unnamed_controls(page) == []


def test_the_sidebar_and_pages_work_from_the_keyboard(window, qtbot):
    window.open_example()
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page() is window.activities_page


def test_an_unnamed_control_is_caught(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    named, unnamed = QLineEdit(), QLineEdit()
    named.setAccessibleName("Title")
    layout.addWidget(named)
    layout.addWidget(unnamed)
    assert unnamed_controls(page) == ["QLineEdit ''"]


def test_every_tab_of_the_busier_screens_is_named(window):
    window.open_example()
    for page, tabs in ((window.write_page, window.write_page.side),
                       (window.bids_page, window.bids_page.tabs),
                       (window.map_page, window.map_page.tabs)):
        window.show_page(page)
        if page is window.bids_page:
            page.records.list.setCurrentRow(0)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            assert unnamed_controls(page) == [], tabs.tabText(index)
