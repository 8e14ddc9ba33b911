"""Shared page scaffolding: a scrollable, readable-width column with a heading."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from .text import explanation, heading

READABLE_WIDTH = 980


def scrolling_column(page: QWidget, title: str, intro: str) -> QVBoxLayout:
    """Fill ``page`` with a scroll area holding a heading and intro; return its layout."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    body = QWidget()
    body.setMaximumWidth(READABLE_WIDTH)  # long lines and very wide fields are hard to read
    scroll.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(32, 24, 32, 24)
    column.addWidget(heading(title))
    column.addWidget(explanation(intro))
    column.addSpacing(8)
    return column
