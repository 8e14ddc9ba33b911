"""Council priorities: the frameworks in this workspace as trees of themes,
outcomes and measures, with ways in (bundled, a council's document, a pack)
and a way out (export a pack to share)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SvBidderError
from ...core.priorities import frameworks as core
from ...core.storage.records import Framework, Measure, Outcome, Theme
from ..dialogs import messages
from ..session import WorkspaceSession
from ..widgets.binder import FieldBinder
from ..widgets.forms import add_row, number_field
from ..widgets.record_list import RecordList
from ..widgets.text import ScaledLabel, explanation, heading

NODE_ROLE = Qt.ItemDataRole.UserRole  # (record class, id)
LEVELS = {Theme: "theme", Outcome: "outcome", Measure: "measure"}


class FrameworksPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.framework_binder = FieldBinder(session, Framework, self)
        self.theme_binder = FieldBinder(session, Theme, self)
        self.outcome_binder = FieldBinder(session, Outcome, self)
        self.measure_binder = FieldBinder(session, Measure, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("What the council wants"))
        outer.addWidget(explanation(
            "Councils set out their social value priorities as themes, outcomes and measures. "
            "Add the ones your buyer uses: a national model, the council's own document, or a "
            "priority pack the council gave you. You can edit any of them."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        splitter.addWidget(self._build_list())
        self.right = QStackedWidget()
        self.right.addWidget(self._build_empty())
        self.right.addWidget(self._build_editor())
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        session.workspaceChanged.connect(self.refresh)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_list(self) -> QWidget:
        self.records = RecordList("frameworks")
        self.add_button = self.records.add_button("Add", "Add council priorities")
        menu = QMenu(self.add_button)
        menu.addAction("A national or standard framework…", self.add_bundled)
        menu.addAction("From the council's own document…", self.import_document)
        menu.addAction("From a priority pack (.svpack)…", self.import_pack_file)
        menu.addSeparator()
        menu.addAction("Start an empty one", self.new_framework)
        self.add_button.setMenu(menu)
        self.more_button = self.records.add_button("More", "Copy, share or delete")
        more = QMenu(self.more_button)
        self.copy_action = more.addAction("Make a copy to edit", self.duplicate)
        self.export_action = more.addAction("Share as a priority pack…", self.export_pack)
        more.addSeparator()
        self.delete_action = more.addAction("Delete (you can undo)", self.delete_framework)
        self.more_button.setMenu(more)
        self.records.buttons.addStretch(1)
        self.records.searchChanged.connect(lambda _t: self.refresh())
        self.records.selected.connect(self._on_framework_selected)
        return self.records

    def _build_empty(self) -> QWidget:
        empty = QWidget()
        column = QVBoxLayout(empty)
        column.setContentsMargins(24, 8, 8, 8)
        column.addWidget(ScaledLabel("No priorities yet", scale=1.2, bold=True))
        column.addWidget(explanation(
            "Start with the framework your buyer names in the tender. Many English councils "
            "use their own list; central government uses the Social Value Model."))
        row = QHBoxLayout()
        for text, slot in (("Add a standard framework…", self.add_bundled),
                           ("Import the council's document…", self.import_document),
                           ("Open a priority pack…", self.import_pack_file)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return empty

    def _build_editor(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(16, 0, 0, 0)
        self.provisional = QLabel("")
        self.provisional.setObjectName("notice")
        self.provisional.setWordWrap(True)
        column.addWidget(self.provisional)
        details = QFormLayout()
        bind = self.framework_binder
        self.name = bind.line(QLineEdit(), "name")
        add_row(details, "&Name", self.name)
        self.publisher = bind.line(QLineEdit(), "publisher")
        add_row(details, "&Published by", self.publisher)
        self.version = bind.line(QLineEdit(), "version")
        add_row(details, "&Version or date", self.version)
        self.source = bind.line(QLineEdit(), "source_address")
        add_row(details, "&Where it comes from", self.source,
                "A web address or document name, so others can check it.")
        column.addLayout(details)

        tree_row = QHBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Themes, outcomes and measures")
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._on_node_selected())
        tree_row.addWidget(self.tree, 3)
        tree_row.addWidget(self._build_node_editor(), 2)
        column.addLayout(tree_row, 1)
        buttons = QHBoxLayout()
        self.node_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("theme", "Add theme", self.add_theme),
                                ("outcome", "Add outcome", self.add_outcome),
                                ("measure", "Add measure", self.add_measure),
                                ("up", "↑", lambda: self.shift(-1)),
                                ("down", "↓", lambda: self.shift(1)),
                                ("delete", "Delete", self.delete_node)):
            button = QPushButton(text)
            button.setAccessibleName({"up": "Move up", "down": "Move down"}.get(key, text))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.node_buttons[key] = button
        buttons.addStretch(1)
        column.addLayout(buttons)
        return holder

    def _build_node_editor(self) -> QWidget:
        self.node_stack = QStackedWidget()
        self.node_stack.addWidget(explanation("Choose a theme, outcome or measure to edit it."))
        theme_form = QWidget()
        form = QFormLayout(theme_form)
        self.theme_title = self.theme_binder.line(QLineEdit(), "title")
        add_row(form, "Theme", self.theme_title)
        self.theme_ref = self.theme_binder.line(QLineEdit(), "ref")
        add_row(form, "Reference", self.theme_ref)
        self.theme_description = self.theme_binder.text(QPlainTextEdit(), "description")
        add_row(form, "Description", self.theme_description)
        self.node_stack.addWidget(theme_form)

        outcome_form = QWidget()
        form = QFormLayout(outcome_form)
        self.outcome_title = self.outcome_binder.line(QLineEdit(), "title")
        add_row(form, "Outcome", self.outcome_title)
        self.outcome_ref = self.outcome_binder.line(QLineEdit(), "ref")
        add_row(form, "Reference", self.outcome_ref)
        self.outcome_description = self.outcome_binder.text(QPlainTextEdit(), "description")
        add_row(form, "Description", self.outcome_description)
        self.outcome_guidance = self.outcome_binder.text(QPlainTextEdit(), "guidance")
        add_row(form, "Guidance", self.outcome_guidance,
                "What the council says it wants to see for this outcome.")
        self.outcome_theme = QComboBox()
        self.outcome_theme.setAccessibleName("Move to theme")
        self.outcome_theme.activated.connect(self._move_outcome_to_theme)
        add_row(form, "Under theme", self.outcome_theme)
        self.node_stack.addWidget(outcome_form)

        measure_form = QWidget()
        form = QFormLayout(measure_form)
        self.measure_name = self.measure_binder.line(QLineEdit(), "name")
        add_row(form, "Measure", self.measure_name)
        self.measure_unit = QComboBox()
        self.measure_unit.setEditable(True)
        for unit in core.MEASURE_UNITS:
            self.measure_unit.addItem(unit, unit)
        self.measure_binder.combo(self.measure_unit, "unit")
        add_row(form, "Unit", self.measure_unit)
        value_row, self.measure_value = number_field(self.measure_binder, "value_per_unit", 140)
        add_row(form, "Value per unit (£)", value_row,
                "Only if the buyer's own documents give one. Leave blank otherwise.")
        self.measure_value.setAccessibleName("Value per unit in pounds")
        self.node_stack.addWidget(measure_form)
        return self.node_stack

    # ------------------------------------------------------------ showing

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            self.records.show_items([])
            return
        words = self.records.search.text().casefold().split()
        items = []
        for framework in core.all_frameworks(workspace):
            text = f"{framework.name} {framework.publisher}".casefold()
            if all(word in text for word in words):
                origin = core.ORIGINS.get(framework.origin, framework.origin)
                second = " · ".join(p for p in (framework.publisher, str(origin)) if p)
                items.append((framework.id, f"{framework.name or '(unnamed)'}\n{second}",
                              framework.provisional_note))
        self.records.show_items(items)
        writable = not workspace.read_only
        self.add_button.setEnabled(writable)
        chosen = self.records.current_id() is not None
        for action in (self.copy_action, self.delete_action):
            action.setEnabled(writable and chosen)
        self.export_action.setEnabled(chosen)

    def _on_data_changed(self, tables: set[str]) -> None:
        if any(b.has_pending for b in (self.framework_binder, self.theme_binder,
                                       self.outcome_binder, self.measure_binder)):
            return
        if "framework" in tables:
            self.refresh()
        elif tables & {"theme", "outcome", "measure"}:
            self._fill_tree()

    def _on_framework_selected(self, framework_id: int | None) -> None:
        workspace = self.session.workspace
        framework = None
        if workspace is not None and framework_id is not None:
            framework = workspace.get(Framework, framework_id)
        self.framework_binder.load(framework)
        self.right.setCurrentIndex(1 if framework else 0)
        if framework is not None:
            note = framework.provisional_note.strip()
            self.provisional.setText(f"Please note: {note}" if note else "")
            self.provisional.setVisible(bool(note))
        self._fill_tree()
        self.refresh_buttons()

    def _fill_tree(self) -> None:
        workspace = self.session.workspace
        framework_id = self.records.current_id()
        selected = self._current_node()
        self.tree.blockSignals(True)
        self.tree.clear()
        to_select = None
        if workspace is not None and framework_id is not None:
            for theme in core.themes_of(workspace, framework_id):
                theme_item = self._node(self.tree, Theme, theme.id,
                                        _with_ref(theme.ref, theme.title))
                for outcome in core.outcomes_of(workspace, theme.id):
                    outcome_item = self._node(theme_item, Outcome, outcome.id,
                                              _with_ref(outcome.ref, outcome.title))
                    for measure in core.measures_of(workspace, outcome.id):
                        unit = f" ({measure.unit})" if measure.unit else ""
                        self._node(outcome_item, Measure, measure.id,
                                   f"Measure: {measure.name}{unit}")
                theme_item.setExpanded(True)
            to_select = self._find_item(selected)
        if to_select is not None:
            self.tree.setCurrentItem(to_select)
        self.tree.blockSignals(False)
        self._on_node_selected()

    @staticmethod
    def _node(parent, cls, record_id: int, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, NODE_ROLE, (cls, record_id))
        item.setToolTip(0, text)
        if isinstance(parent, QTreeWidget):
            parent.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _current_node(self) -> tuple[type, int] | None:
        item = self.tree.currentItem()
        return item.data(0, NODE_ROLE) if item else None

    def _find_item(self, node) -> QTreeWidgetItem | None:
        if node is None:
            return None
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, NODE_ROLE) == node:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _on_node_selected(self) -> None:
        workspace = self.session.workspace
        node = self._current_node()
        for binder in (self.theme_binder, self.outcome_binder, self.measure_binder):
            binder.load(None)
        if workspace is None or node is None:
            self.node_stack.setCurrentIndex(0)
        else:
            cls, record_id = node
            record = workspace.get(cls, record_id)
            index = {Theme: 1, Outcome: 2, Measure: 3}[cls]
            {Theme: self.theme_binder, Outcome: self.outcome_binder,
             Measure: self.measure_binder}[cls].load(record)
            self.node_stack.setCurrentIndex(index)
            if cls is Outcome:
                self._fill_theme_choice(record)
        self.refresh_buttons()

    def _fill_theme_choice(self, outcome: Outcome) -> None:
        workspace = self.session.workspace
        self.outcome_theme.clear()
        for theme in core.themes_of(workspace, self.records.current_id()):
            self.outcome_theme.addItem(theme.title or "(untitled theme)", theme.id)
        self.outcome_theme.setCurrentIndex(self.outcome_theme.findData(outcome.theme_id))
        self.outcome_theme.setEnabled(not workspace.read_only)

    def refresh_buttons(self) -> None:
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only
        node = self._current_node()
        level = node[0] if node else None
        self.node_buttons["theme"].setEnabled(writable and self.records.current_id() is not None)
        self.node_buttons["outcome"].setEnabled(writable and level in (Theme, Outcome, Measure))
        self.node_buttons["measure"].setEnabled(writable and level in (Outcome, Measure))
        for key in ("up", "down", "delete"):
            self.node_buttons[key].setEnabled(writable and node is not None)

    # ------------------------------------------------------------ tree actions

    def _parent_of_level(self, wanted: type) -> int | None:
        """The id of the nearest selected node's ancestor of class ``wanted``."""
        item = self.tree.currentItem()
        while item is not None:
            cls, record_id = item.data(0, NODE_ROLE)
            if cls is wanted:
                return record_id
            item = item.parent()
        return None

    def _add(self, make) -> None:
        created = self.session.change(make)
        if created is not None:
            self._fill_tree()
            found = self._find_item((type(created), created.id))
            if found is not None:
                self.tree.setCurrentItem(found)
            editor = {Theme: self.theme_title, Outcome: self.outcome_title,
                      Measure: self.measure_name}[type(created)]
            editor.setFocus()
            editor.selectAll()

    def add_theme(self) -> None:
        framework_id = self.records.current_id()
        if framework_id is not None:
            self._add(lambda ws: core.add_theme(ws, framework_id, "New theme"))

    def add_outcome(self) -> None:
        theme_id = self._parent_of_level(Theme)
        if theme_id is not None:
            self._add(lambda ws: core.add_outcome(ws, theme_id, "New outcome"))

    def add_measure(self) -> None:
        outcome_id = self._parent_of_level(Outcome)
        if outcome_id is not None:
            self._add(lambda ws: core.add_measure(ws, outcome_id, "New measure"))

    def shift(self, delta: int) -> None:
        node = self._current_node()
        if node is not None:
            cls, record_id = node
            self.session.change(lambda ws: core.shift(ws, cls, record_id, delta))

    def delete_node(self) -> None:
        node = self._current_node()
        if node is None:
            return
        cls, record_id = node
        deleter = {Theme: core.delete_theme, Outcome: core.delete_outcome,
                   Measure: core.delete_measure}[cls]
        self.session.change(lambda ws: deleter(ws, record_id))
        self.session.tell(f"Deleted the {LEVELS[cls]}. Choose Edit → Undo to bring it back.")

    def _move_outcome_to_theme(self, _index: int) -> None:
        node = self._current_node()
        theme_id = self.outcome_theme.currentData()
        if node is None or node[0] is not Outcome or theme_id is None:
            return
        outcome_id = node[1]
        self.session.change(lambda ws: core.move_outcome(
            ws, outcome_id, len(core.outcomes_of(ws, theme_id)), theme_id=theme_id))

    # ------------------------------------------------------------ framework actions

    def _select_framework(self, framework: Framework | None) -> None:
        if framework is not None:
            self.records.search.clear()
            self.refresh()
            self.records.select_id(framework.id)

    def new_framework(self) -> None:
        self._select_framework(self.session.change(
            lambda ws: core.new_framework(ws, "Our buyer's priorities")))
        self.name.setFocus()
        self.name.selectAll()

    def add_bundled(self) -> None:
        from ..dialogs.bundled_frameworks import BundledFrameworksDialog

        dialog = BundledFrameworksDialog(core.bundled_frameworks(), self)
        if dialog.exec() != BundledFrameworksDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self._install(chosen)

    def _install(self, data, origin: str | None = None) -> None:
        """Add a framework; if it is already here, offer to update it in place."""
        workspace = self.session.workspace
        if workspace is None:
            return
        if origin == "imported":  # a council's document: never replaces anything
            data = dataclasses.replace(data, key=core.unique_key(workspace, data.key))
        existing = next((f for f in core.all_frameworks(workspace) if f.key == data.key), None)
        if existing is not None:
            changes = core.compare_framework(workspace, existing.id, data)
            if not messages.ask(
                    self, "Update the framework?",
                    f"“{existing.name}” is already in this workspace. Update it to this "
                    f"version?\n\n{changes.describe()}\n\nYour links to its outcomes are kept.",
                    "Update it"):
                return
        framework = self.session.change(lambda ws: core.install_framework(
            ws, data, origin=origin, replace_existing=existing is not None))
        self._select_framework(framework)

    def import_document(self) -> None:
        from ..dialogs.priorities_import import PrioritiesImportDialog

        dialog = PrioritiesImportDialog(Path(self.session.settings.last_folder or Path.home()),
                                        self)
        if dialog.exec() != PrioritiesImportDialog.DialogCode.Accepted:
            return
        self._install(dialog.framework_data(), origin="imported")

    def import_pack_file(self) -> None:
        from ...core.priorities.packs import load_pack, pack_to_framework_data

        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Open a priority pack", str(self.session.settings.last_folder or Path.home()),
            "Priority packs (*.svpack);;All files (*)")
        if not chosen:
            return
        try:
            data = pack_to_framework_data(load_pack(Path(chosen)))
        except SvBidderError as exc:
            messages.show_error(self, "This priority pack cannot be used", str(exc))
            return
        self._install(data, origin="pack")

    def export_pack(self) -> None:
        from ...core.priorities.packs import export_pack

        framework_id = self.records.current_id()
        workspace = self.session.workspace
        if framework_id is None or workspace is None:
            return
        self.framework_binder.flush()
        framework = workspace.get(Framework, framework_id)
        suggestion = Path(self.session.settings.last_folder or Path.home()) / (
            f"{core.make_key(framework.name) or 'priorities'}.svpack")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Share as a priority pack", str(suggestion), "Priority packs (*.svpack)")
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".svpack":
            target = target.with_name(target.name + ".svpack")
        try:
            export_pack(workspace, framework_id, target)
        except SvBidderError as exc:
            messages.show_error(self, "Could not write the priority pack", str(exc))
            return
        self.session.tell(f"Saved the priority pack to {target}")

    def duplicate(self) -> None:
        framework_id = self.records.current_id()
        if framework_id is not None:
            self._select_framework(self.session.change(
                lambda ws: core.duplicate_framework(ws, framework_id)))

    def delete_framework(self) -> None:
        framework_id = self.records.current_id()
        if framework_id is None:
            return
        self.framework_binder.load(None)
        self.session.change(lambda ws: core.delete_framework(ws, framework_id))
        self.session.tell("Deleted the framework. Choose Edit → Undo to bring it back.")


def _with_ref(ref: str, title: str) -> str:
    return f"{ref}  {title}" if ref else (title or "(untitled)")
