"""Import a council's priorities from its own words, with a preview to correct.

The person pastes text or opens a document (Word, PDF, text, Markdown or a
spreadsheet of measures), read on a worker thread; svbidder shows the
themes and outcomes it found, and what it left out and why. Promote, demote,
merge, split, rename and drop fix the result before anything is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import SvBidderError
from ...core.priorities import importing as core
from ..background import BackgroundJob
from ..widgets.paste_or_open import PasteOrOpen
from ..widgets.text import explanation

PATH_ROLE = Qt.ItemDataRole.UserRole
# said when a correction is asked for with no theme or outcome chosen (or a measure)
CHOOSE_FIRST = "Choose a theme or an outcome in the list on the right first."
# said when a correction of one item is asked for with several chosen
ONE_AT_A_TIME = ("Choose just one theme or outcome for this. Only “Leave out” works on "
                 "several at once.")
COLUMN_ROLES = {"theme": "themes", "outcome": "outcomes", "measure": "measures",
                "unit": "units", "value": "£ per unit"}


def _measure_label(measure: core.ImportMeasure) -> str:
    """"Measure: Volunteering hours (hours, £17.20 a unit)"."""
    details = [measure.unit] if measure.unit else []
    if measure.value_per_unit is not None:
        details.append(f"£{measure.value_per_unit:,.2f} a unit")
    return f"Measure: {measure.name}" + (f" ({', '.join(details)})" if details else "")


class PrioritiesImportDialog(QDialog):
    def __init__(self, start_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import the council's priorities")
        self.setMinimumSize(980, 660)
        self.imported = core.ImportResult()
        column = QVBoxLayout(self)
        column.addWidget(explanation(
            "Paste the council's social value priorities (for example its “plan on a page”), "
            "or open the document. Check the themes and outcomes found on the right and "
            "correct them before adding."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        column.addWidget(splitter, 1)
        self.source = PasteOrOpen(
            what="The council's text", placeholder="Paste the priorities here…",
            find_label="Find the priorities", folder=start_folder, spreadsheets=True,
            keep_structure=True,
            too_long="That is far more text than a list of priorities. Paste just the "
                     "priorities.")
        self.text = self.source.text
        self._reading = BackgroundJob("priorities import", self)
        self.text.textChanged.connect(self._on_text_changed)
        self.source.textReady.connect(self._parse)
        self.source.fileChosen.connect(self.load_file)
        splitter.addWidget(self._source_side())

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        name_row = QHBoxLayout()
        name_label = QLabel("&Name")
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the priorities")
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        right_column.addLayout(name_row)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Themes and outcomes found")
        self.tree.setWordWrap(True)
        # a wrong list is left out in one step: shift-click its first and last items
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        leave_out = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        leave_out.setContext(Qt.ShortcutContext.WidgetShortcut)
        leave_out.activated.connect(self.drop)
        right_column.addWidget(self.tree, 3)
        tools = QGridLayout()  # two rows of three: whole labels on a small screen
        for number, (text, tip, slot) in enumerate((
                ("Make theme", "Turn this outcome into a theme", self.promote),
                ("Make outcome", "Put this theme under the theme above it", self.demote),
                ("Join with next", "Join with the next item (a title split over two lines)",
                 self.merge),
                ("Split…", "Split this title into two", self.split),
                ("Rename…", "Change the wording", self.rename),
                ("Leave out", "Do not import the chosen items (hold Shift or Ctrl to "
                              "choose several)", self.drop))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            tools.addWidget(button, number // 3, number % 3)
        right_column.addLayout(tools)
        several = QLabel("To leave out a whole list, click its first item, hold Shift and "
                         "click its last, then choose Leave out.")
        several.setObjectName("hint")
        several.setWordWrap(True)
        right_column.addWidget(several)
        self.columns = QLabel("")  # a measure list's columns, so the person can check them
        self.columns.setObjectName("hint")
        self.columns.setWordWrap(True)
        self.columns.setVisible(False)
        right_column.addWidget(self.columns)
        self.unsure = QLabel("")
        self.unsure.setObjectName("problem")
        self.unsure.setWordWrap(True)
        right_column.addWidget(self.unsure)
        fixes = QHBoxLayout()
        self.fix_buttons: dict[str, QPushButton] = {}
        for name, text, tip in (
                ("each_paragraph_a_priority", "Each paragraph is a priority",
                 "Read the document again with every paragraph as one priority"),
                ("each_bold_name_a_priority", "Each bold name is a priority",
                 "Read the document again with every bold name starting a priority"),
                ("make_themes", "Make these themes",
                 "Turn every priority found into a theme of its own")):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, n=name: self.apply_fix(n))
            fixes.addWidget(button)
            self.fix_buttons[name] = button
        fixes.addStretch(1)
        right_column.addLayout(fixes)
        self.warnings_label = QLabel("Left out or guessed:")
        self.warnings_label.setObjectName("hint")
        right_column.addWidget(self.warnings_label)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName("What was left out or guessed")
        self.warnings.setWordWrap(True)
        right_column.addWidget(self.warnings, 1)
        splitter.addWidget(right)
        splitter.setSizes([420, 540])
        self.status = QLabel("")  # "Reading …" while the worker thread reads
        self.status.setObjectName("hint")
        column.addWidget(self.status)
        self.problem = QLabel("")
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.source.problem.connect(self.problem.setText)
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton("Add these priorities",
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _source_side(self) -> QWidget:
        """The text box, with buttons that add the words selected in it: for a document
        the importer could not read, the person picks out its priorities one by one, or
        a whole list it left out at once (one priority per item)."""
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.source, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel("Add the words selected above as:"))
        self.add_selected: dict[bool, QPushButton] = {}
        for as_theme, text, tip in (
                (True, "A theme", "Add the words selected in the text as a theme. Select "
                                  "a whole list to add one theme for each item"),
                (False, "An outcome", "Add the words selected in the text as an outcome of "
                                      "the theme chosen on the right. Select a whole list "
                                      "to add one outcome for each item")):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, t=as_theme: self.add_selection(as_theme=t))
            row.addWidget(button)
            self.add_selected[as_theme] = button
        self.keep_whole = QPushButton("Keep as one")
        tip = ("Add the words selected as one priority, rather than one for each name "
               "listed in them")
        self.keep_whole.setToolTip(tip)
        self.keep_whole.setAccessibleName(tip)
        self.keep_whole.setVisible(False)
        self.keep_whole.clicked.connect(self.keep_as_one)
        row.addWidget(self.keep_whole)
        self._parted: tuple[core.ImportResult, str, tuple[int, ...] | None, bool] | None = None
        row.addStretch(1)
        side_column.addLayout(row)
        self.text.selectionChanged.connect(self._on_selection_changed)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._show_text_menu)
        return side

    def text_menu(self) -> QMenu:
        """The text box's own menu (copy, paste …) with the two ways to add the words
        selected, for a person who reaches for the right mouse button."""
        menu = self.text.createStandardContextMenu()
        menu.setParent(self.text, menu.windowFlags())  # deleted with the box, if not before
        menu.addSeparator()
        selected = self.text.textCursor().hasSelection()
        for as_theme, label in ((True, "Add as a theme"), (False, "Add as an outcome")):
            action = menu.addAction(label)
            action.setEnabled(selected)
            action.triggered.connect(lambda _=False, t=as_theme: self.add_selection(as_theme=t))
        return menu

    def _show_text_menu(self, position: QPoint) -> None:
        menu = self.text_menu()
        menu.exec(self.text.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _on_selection_changed(self) -> None:
        selected = self.text.textCursor().hasSelection()
        for button in self.add_selected.values():
            button.setEnabled(selected)

    # ------------------------------------------------------------ reading

    def load_file(self, path: Path) -> None:
        """Read the document on a worker thread: a long PDF takes a second or two,
        and the window must not freeze meanwhile."""
        self._start(f"Reading “{path.name}”…")
        self._reading.run(lambda: core.parse_priorities_file(path),
                          lambda result: self._show_document(path, result), self._failed)

    def read_text(self) -> None:
        self.source.read_text()

    @property
    def busy(self) -> bool:
        """True while the text or document is still being read."""
        return self._reading.busy

    def _parse(self, text: str) -> None:
        self._start("Looking for the priorities…")
        self._reading.run(lambda: core.parse_priorities_text(text), self._show_read,
                          self._failed)

    def _start(self, status: str) -> None:
        self.status.setText(status)
        self.problem.setText("")
        self.add_button.setEnabled(False)  # until the tree shown matches what was asked

    def _show_read(self, result: core.ImportResult) -> None:
        self.status.setText("")
        self.show_result(result)

    def _show_document(self, path: Path, result: core.ImportResult) -> None:
        """The tree found, and the document's text on the left, so the person can see
        what was read from it (a PDF's columns, a scan with no text) and, if the tree is
        wrong, edit that text and read it again as plain text."""
        paragraphs = [text for text, _bold in result.source if text.strip()]
        self.text.setPlainText("\n\n".join(paragraphs))
        self._show_read(result)
        self.status.setText(
            f"Read from “{path.name}”. Its text is on the left: you can change it and choose "
            "“Find the priorities” to read it again." if paragraphs
            else f"Read from “{path.name}”.")

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        self.add_button.setEnabled(bool(self.imported.themes))
        if isinstance(error, SvBidderError):
            self.problem.setText(f"⚠ {error}")
        else:
            self.problem.setText("⚠ svbidder could not read priorities from this. Try "
                                 "pasting the priorities themselves; nothing has been added.")

    def _on_text_changed(self) -> None:
        if self._reading.busy:  # the answer would be for text that is no longer there
            self._reading.cancel()
            self.status.setText("")
            self.add_button.setEnabled(bool(self.imported.themes))

    def show_result(self, result: core.ImportResult) -> None:
        self.imported = result
        self._parted = None  # "Keep as one" undoes only the step just taken
        self.keep_whole.setVisible(False)
        if not self.name.isModified():
            self.name.setText(result.name)
        self.tree.clear()
        for t_index, theme in enumerate(result.themes):
            theme_item = QTreeWidgetItem([_label(theme.ref, theme.title)])
            theme_item.setData(0, PATH_ROLE, (t_index,))
            self.tree.addTopLevelItem(theme_item)
            for o_index, outcome in enumerate(theme.outcomes):
                child = QTreeWidgetItem([_label(outcome.ref, outcome.title)])
                child.setData(0, PATH_ROLE, (t_index, o_index))
                theme_item.addChild(child)
                for measure in outcome.measures:
                    child.addChild(QTreeWidgetItem([_measure_label(measure)]))
            theme_item.setExpanded(True)
        self.columns.setText("Columns used: " + "; ".join(
            f"{COLUMN_ROLES.get(role, role)} from “{header}”"
            for role, header in result.columns_used.items()))
        self.columns.setVisible(bool(result.columns_used))
        self.warnings.clear()
        for warning in result.warnings:
            self.warnings.addItem(warning)
        self.warnings_label.setVisible(bool(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self.add_button.setEnabled(bool(result.themes))
        self.unsure.setText(f"Please check: {result.unsure}" if result.unsure else "")
        self.unsure.setVisible(bool(result.unsure))
        offered = core.available_fixes(result) if result.unsure else []
        for name, button in self.fix_buttons.items():
            button.setVisible(name in offered)
        if not result.themes and not result.unsure and self.text.toPlainText().strip():
            self.problem.setText("No priorities were found. Check the text includes the "
                                 "themes or outcomes themselves.")

    # ------------------------------------------------------------ corrections

    def _path(self) -> tuple[int, ...] | None:
        """The theme or outcome chosen, where the selection adds to the tree."""
        item = self.tree.currentItem()
        return item.data(0, PATH_ROLE) if item else None

    def _chosen_paths(self) -> list[tuple[int, ...]]:
        """Every theme and outcome chosen (a measure has no path of its own)."""
        paths = (item.data(0, PATH_ROLE) for item in self.tree.selectedItems())
        return [path for path in paths if path is not None]

    def _one_path(self) -> tuple[int, ...] | None:
        """The one item a correction is for, or None with a message saying what to do."""
        chosen = self._chosen_paths()
        if len(chosen) > 1:
            self.problem.setText(ONE_AT_A_TIME)
            return None
        if not chosen:
            self.problem.setText(CHOOSE_FIRST)
            return None
        return chosen[0]

    def _apply(self, change) -> None:
        """One correction of the chosen item; one that makes no sense there ("Make
        outcome" on the first theme) is refused with core's sentence saying why."""
        path = self._one_path()
        if path is None:
            return
        try:
            corrected = change(self.imported, path)
        except (ValueError, IndexError) as exc:
            self.problem.setText(f"⚠ {exc}")
            return
        self._show_corrected(corrected, near=path)

    def _show_corrected(self, result: core.ImportResult,
                        near: tuple[int, ...] | None = None) -> None:
        """A correction's tree, without the message left by the step before it (a
        refused merge, "No priorities were found"): it was about a tree now gone. The
        item now at ``near`` (or the nearest before it) is chosen, so the person can
        go on correcting from where they were."""
        self.problem.setText("")
        self.show_result(result)
        if near is not None:
            self._choose_near(near)

    def _choose_near(self, path: tuple[int, ...]) -> None:
        """Choose the item at ``path`` in the new tree, or the nearest one before it."""
        themes = self.tree.topLevelItemCount()
        if not themes:
            return
        theme = self.tree.topLevelItem(min(path[0], themes - 1))
        item = theme
        if len(path) == 2 and path[0] < themes and theme.childCount():
            item = theme.child(min(path[1], theme.childCount() - 1))
        self.tree.setCurrentItem(item)

    def apply_fix(self, name: str) -> None:
        """One of the one-click fixes from core (each paragraph, each bold name, themes)."""
        try:
            self._show_corrected(getattr(core, name)(self.imported))
        except ValueError as exc:
            self.problem.setText(f"⚠ {exc}")

    def add_selection(self, *, as_theme: bool) -> None:
        """The words selected in the text box, added as a theme (after the chosen one) or
        an outcome (of the chosen theme), and chosen in the tree."""
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n")
        self._add(self.imported, selected, self._path(), as_theme=as_theme, keep_whole=False)

    def keep_as_one(self) -> None:
        """Take back the last step's parting of a list inside a sentence into one priority
        per name, and add the words selected as one priority instead."""
        if self._parted is not None:
            before, selected, path, as_theme = self._parted
            self._add(before, selected, path, as_theme=as_theme, keep_whole=True)

    def _add(self, before: core.ImportResult, selected: str, path: tuple[int, ...] | None,
             *, as_theme: bool, keep_whole: bool) -> None:
        try:
            changed, new_path = core.add_selection(before, selected, path, as_theme=as_theme,
                                                   keep_whole=keep_whole)
        except ValueError as exc:
            self.problem.setText(f"⚠ {exc}")
            return
        parted = not keep_whole and bool(core.names_listed_in(selected))
        self.show_result(changed)
        self.problem.setText(_added_note(before, changed, as_theme, parted=parted))
        if parted:
            self._parted = (before, selected, path, as_theme)
            self.keep_whole.setVisible(True)
        item = self.tree.topLevelItem(new_path[0])
        if item is not None and len(new_path) == 2:
            item = item.child(new_path[1])
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def promote(self) -> None:
        self._apply(core.promote)

    def demote(self) -> None:
        self._apply(core.demote)

    def merge(self) -> None:
        self._apply(core.merge)

    def drop(self) -> None:
        """Leave out every theme and outcome chosen, in one step."""
        paths = self._chosen_paths()
        if not paths:
            self.problem.setText(CHOOSE_FIRST)
            return
        try:
            corrected = core.drop_all(self.imported, paths)
        except IndexError as exc:
            self.problem.setText(f"⚠ {exc}")
            return
        self._show_corrected(corrected, near=min(paths))

    def rename(self) -> None:
        path = self._one_path()
        if path is None:
            return
        title = self._title(path)
        text, ok = QInputDialog.getText(self, "Rename", "New wording:", QLineEdit.EchoMode.Normal,
                                        title)
        if ok and text.strip():
            self._show_corrected(core.rename(self.imported, path, text.strip()), near=path)

    def split(self) -> None:
        path = self._one_path()
        if path is None:
            return
        title = self._title(path)
        first, ok = QInputDialog.getText(
            self, "Split", "Keep this much as the first item (the rest becomes the next):",
            QLineEdit.EchoMode.Normal, title)
        if ok and first.strip() and first.strip() != title and title.startswith(first.strip()):
            self._show_corrected(core.split(self.imported, path, len(first.strip())),
                                 near=path)

    def _title(self, path: tuple[int, ...]) -> str:
        theme = self.imported.themes[path[0]]
        return theme.title if len(path) == 1 else theme.outcomes[path[1]].title

    def framework_data(self):
        return self.imported.to_framework_data(name=self.name.text().strip())


def _added_note(before: core.ImportResult, after: core.ImportResult, as_theme: bool, *,
                parted: bool = False) -> str:
    """What adding a selection did, when it added more than one thing: a list comes
    back as one priority per item, or as a theme named by its lead-in; a list inside a
    sentence (``parted``) as one per name, which "Keep as one" takes back."""
    themes = len(after.themes) - len(before.themes)
    outcomes = after.outcome_count - before.outcome_count
    if as_theme and outcomes:
        return f"Added a theme with {outcomes} outcomes, one for each item selected."
    added = themes if as_theme else outcomes
    kind = "themes" if as_theme else "outcomes"
    if parted:
        return (f"Added {added} {kind}, one for each name listed in the words selected. "
                "To add the words as one priority instead, choose “Keep as one”.")
    return f"Added {added} {kind}, one for each item selected." if added > 1 else ""


def _label(ref: str, title: str) -> str:
    return f"{ref}  {title}" if ref else title
