"""A light touch of styling on top of the system look.

Sizes are left to the application font so that the presentation zoom and the
system's text size both scale everything. Colours come from the palette, so the
system's dark theme keeps working.
"""

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

# Presentation mode: the count bar is what a room watches, so it grows further.
PRESENTATION_SHEET = """
#countBar QLabel { font-size: 16pt; }
"""
