"""Checks for this bid: turn any check off, or change its threshold.

Some buyers do not mind long sentences, or set their own reading level; the
person decides per bid. Changes are saved when OK is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.writing import checks as core
from ..widgets.text import explanation

THRESHOLD_WORDS = {
    "max_words": "longest sentence (words)",
    "min_score": "lowest reading-ease score",
    "max_share": "largest share of passive sentences",
    "min_share": "smallest share of the limit used",
    "months": "months before evidence is old",
    "min_words": "shortest answer checked (words)",
}


class CheckSettingsDialog(QDialog):
    def __init__(self, settings: core.CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Checks for this bid")
        self.setMinimumSize(720, 560)
        self.settings = settings
        self._boxes: dict[str, QCheckBox] = {}
        self._numbers: dict[tuple[str, str], QDoubleSpinBox] = {}
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "Untick a check you do not need for this bid, or change when it warns you. "
            "Other bids keep their own settings."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        row = 0
        for family, family_label in core.FAMILIES.items():
            heading = QLabel(f"<b>{family_label}</b>")
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for rule in (r for r in core.RULES.values() if r.family == family):
                box = QCheckBox(rule.title)
                box.setChecked(settings.enabled(rule.id))
                box.setToolTip(rule.description)
                box.setAccessibleDescription(rule.description)
                grid.addWidget(box, row, 0)
                self._boxes[rule.id] = box
                column_index = 1
                for name, default in rule.thresholds.items():
                    label = QLabel(THRESHOLD_WORDS.get(name, name.replace("_", " ")))
                    label.setObjectName("hint")
                    number = QDoubleSpinBox()
                    number.setRange(0, 100000)
                    number.setDecimals(2 if default < 1 else 0)
                    number.setSingleStep(0.05 if default < 1 else 1)
                    number.setValue(settings.threshold(rule.id, name))
                    number.setAccessibleName(f"{rule.title}: {label.text()}")
                    label.setBuddy(number)
                    grid.addWidget(label, row, column_index, Qt.AlignmentFlag.AlignRight)
                    grid.addWidget(number, row, column_index + 1)
                    self._numbers[(rule.id, name)] = number
                    column_index += 2
                row += 1
        scroll.setWidget(body)
        column.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def chosen_settings(self) -> core.CheckSettings:
        settings = self.settings
        for rule_id, box in self._boxes.items():
            settings = settings.with_rule(rule_id, box.isChecked())
        for (rule_id, name), number in self._numbers.items():
            default = core.RULES[rule_id].thresholds[name]
            value = number.value()
            settings = settings.with_threshold(rule_id, name,
                                               None if abs(value - default) < 1e-9 else value)
        return settings
