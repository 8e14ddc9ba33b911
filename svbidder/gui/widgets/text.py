"""Labels that keep their relative size when the whole interface is zoomed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..style import TITLE_SCALE, scale_name


class ScaledLabel(QLabel):
    """A label ``scale`` × the body text size (to the nearest step in
    ``style.TEXT_SCALES``).

    The size itself comes from the application style sheet, which zoom and
    presentation mode rewrite, so the label keeps its place above body text
    without watching for zoom changes itself.
    """

    def __init__(self, text: str = "", scale: float = 1.0, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if scale != 1.0:
            self.setProperty("textScale", scale_name(scale))
        self.setProperty("textBold", bold)


def heading(text: str, parent: QWidget | None = None) -> ScaledLabel:
    label = ScaledLabel(text, scale=TITLE_SCALE, bold=True, parent=parent)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def explanation(text: str, parent: QWidget | None = None) -> QLabel:
    """A paragraph of plain guidance under a heading."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    label.setObjectName("explanation")
    label.setMaximumWidth(900)  # long lines are hard to read
    return label
