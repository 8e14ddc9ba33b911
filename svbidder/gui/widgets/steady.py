"""Text that keeps the same height whatever it says, so a message that appears,
grows or shrinks never moves the boxes below it while someone is about to
click or type in them. Heights are counted in lines of the current font, so
they stay right at any zoom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QWidget


def lines_height(widget: QWidget, lines: int) -> int:
    """The height of ``lines`` lines of text in ``widget``'s current font."""
    return lines * widget.fontMetrics().lineSpacing()


class SteadyLabel(QLabel):
    """A wrapped label that always takes ``lines`` lines: short texts leave the
    rest blank, so adding or removing a message moves nothing."""

    def __init__(self, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def hasHeightForWidth(self) -> bool:
        return False

    def _height(self) -> int:
        margins = self.contentsMargins()
        return lines_height(self, self._lines) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())


class SteadyText(QTextBrowser):
    """Read-only text of a set number of lines' height that scrolls if it has more."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setOpenLinks(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        return lines_height(self, self._lines) + frame

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height())


class LinesReserved(QObject):
    """Keeps a label ``lines`` lines high, also after the zoom changes its font."""

    def __init__(self, label: QLabel, lines: int) -> None:
        super().__init__(label)
        self._label = label
        self._lines = lines
        label.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        self._label.setFixedHeight(lines_height(self._label, self._lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.apply()
        return False


def keep_place_for_problem(field_holder: QWidget, lines: int = 2) -> None:
    """Keep room under a number box (from ``forms.number_field``) for its "that is
    not a number" message, shown or not, so the boxes below never move while
    someone is typing or about to click."""
    problem = field_holder.findChild(QLabel, "problem")
    if problem is None:
        return
    policy = problem.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    problem.setSizePolicy(policy)
    problem.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    LinesReserved(problem, lines)
