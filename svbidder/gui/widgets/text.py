"""Labels that keep their relative size when the whole interface is zoomed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class ScaledLabel(QLabel):
    """A label whose font is ``scale`` × the application font, kept up to date
    when the presentation zoom changes the application font."""

    def __init__(self, text: str = "", scale: float = 1.0, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self._bold = bold
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._apply()

    def _apply(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(self._bold)
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply()
        return super().event(event)


def heading(text: str, parent: QWidget | None = None) -> ScaledLabel:
    label = ScaledLabel(text, scale=1.6, bold=True, parent=parent)
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
