"""A light touch of styling on top of the system look, and the one place text size is set.

Colours come from the palette, so the system's dark theme keeps working.

Text size: Qt does not pass a changed application font on to widgets that
already exist once an application style sheet is in use, so zoom and
presentation mode set every size here, in the style sheet, as multiples of the
system's own text size (which is read once, before any zoom). Every widget,
menu, table header, tab, tooltip and dialog (including ones opened later) takes
its size from that sheet, so a widget's own setFont() size is overridden: to make
text larger (page titles, headings) give the widget a ``textScale`` property from
``TEXT_SCALES`` (``widgets.text.ScaledLabel`` does this), so it stays larger than
body text at every zoom.
"""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

# Presentation mode multiplies whatever zoom the person has chosen.
PRESENTATION_FACTOR = 1.5
# Larger text steps, as multiples of body text: section headings to page titles.
TEXT_SCALES = (1.05, 1.1, 1.15, 1.2, 1.4, 1.6)
TITLE_SCALE = 1.6
# In presentation mode the count bar is what a room watches, so it grows further.
PRESENTATION_COUNT_SCALE = 1.25

_system_point_size: float | None = None

STYLE_SHEET = """
#sidebar {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(alternate-base);
    padding-top: 12px;
}
#sidebar::item {
    padding: 10px 16px;
}
#sidebar::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#notice {
    background: #e8f1fb;
    border: 1px solid #b7d0ea;
    border-radius: 4px;
    padding: 6px 8px;
    color: #12324f;
}
#recordList::item {
    padding: 5px 4px;
}
QLabel#hint {
    color: palette(placeholder-text);
}
QLabel#problem {
    color: #b00020;
}
#readOnlyBanner {
    background: #fff4ce;
    border-bottom: 1px solid #e0c060;
}
#readOnlyBanner QLabel {
    color: #3b2f00;
}
QPushButton#bigButton {
    padding: 8px 18px;
}
#countBar {
    border: 1px solid palette(mid);
    border-radius: 4px;
    background: palette(base);
}
#countBar[state="ok"] { border-left: 6px solid #2e7d32; }
#countBar[state="near"] { border-left: 6px solid #b26a00; }
#countBar[state="over"] { border-left: 6px solid #b00020; background: #fdecee; }
#countBar[state="over"] QLabel { color: #7a0014; }
#countState { font-weight: bold; }
#questionText { font-weight: bold; }
QLabel#saveState[state="failed"] {
    color: #b00020;
    font-weight: bold;
}
"""


# Added on top of the usual style for projectors and people who need strong
# contrast: black on white, thick focus outlines, no pale hint text.
HIGH_CONTRAST_SHEET = """
QWidget { color: #000000; background: #ffffff; }
QLabel#hint, QLabel#explanation { color: #000000; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QListWidget, QTreeWidget,
QTableWidget { border: 2px solid #000000; }
*:focus { outline: 3px solid #0044cc; border: 3px solid #0044cc; }
#sidebar::item:selected, QListWidget::item:selected, QTreeWidget::item:selected {
    background: #000000; color: #ffffff;
}
#countBar { border: 3px solid #000000; }
"""


def system_point_size() -> float:
    """The system's body text size in points, read once before any zoom changes it."""
    global _system_point_size
    if _system_point_size is None:
        font = QApplication.font()
        size = font.pointSizeF()
        # Some systems give the font in pixels; ask what it comes out as in points.
        _system_point_size = size if size > 0 else QFontInfo(font).pointSizeF()
    return _system_point_size


def text_factor(zoom_percent: int, presentation: bool) -> float:
    """How much larger than the system's text everything is drawn."""
    return zoom_percent / 100 * (PRESENTATION_FACTOR if presentation else 1.0)


def scale_name(scale: float) -> str:
    """The ``textScale`` property value for the nearest available step."""
    step = min(TEXT_SCALES, key=lambda candidate: abs(candidate - scale))
    return f"{step:g}"


def _points(size: float) -> str:
    return f"{size:.3f}".rstrip("0").rstrip(".") + "pt"


def size_sheet(body_pt: float, presentation: bool) -> str:
    """Font sizes for every widget, worked out from the body text size."""
    rules = [f"* {{ font-size: {_points(body_pt)}; }}"]
    for scale in TEXT_SCALES:
        size = _points(body_pt * scale)
        rules.append(f'*[textScale="{scale_name(scale)}"] {{ font-size: {size}; }}')
    rules.append('*[textBold="true"] { font-weight: bold; }')
    if presentation:
        count = _points(body_pt * PRESENTATION_COUNT_SCALE)
        rules.append(f"#countBar QLabel {{ font-size: {count}; }}")
    return "\n".join(rules) + "\n"


def build_style_sheet(zoom_percent: int = 100, presentation: bool = False,
                      high_contrast: bool = False) -> str:
    """The whole application style sheet for these view settings."""
    body = system_point_size() * text_factor(zoom_percent, presentation)
    sheet = STYLE_SHEET + size_sheet(body, presentation)
    if high_contrast:
        sheet += HIGH_CONTRAST_SHEET
    return sheet


def apply_view(zoom_percent: int = 100, presentation: bool = False,
               high_contrast: bool = False) -> None:
    """Size and contrast for the whole interface, at once.

    The application font is set too, so text measured before a widget is first
    shown (and text documents that start from it) agrees with the sheet.
    """
    app = QApplication.instance()
    font = QApplication.font()
    body = system_point_size() * text_factor(zoom_percent, presentation)
    if abs(font.pointSizeF() - body) > 0.001:
        font.setPointSizeF(body)
        QApplication.setFont(font)
    sheet = build_style_sheet(zoom_percent, presentation, high_contrast)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
