"""Map: what we do against what the council wants.

Three views of the same links: a matrix (activities × outcomes, one theme at a
time if wanted), a list for one activity with the reasons for each suggestion,
and coverage with ideas for the gaps. Every change is one undo step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.mapping import coverage as coverage_core
from ...core.mapping import links as core
from ...core.organisation.activities import all_activities
from ...core.organisation.evidence import linked_evidence
from ...core.priorities.frameworks import all_frameworks
from ...core.storage.records import Activity, Mapping, Outcome
from ..session import WorkspaceSession
from ..widgets.pending import PendingEdits
from ..widgets.text import ScaledLabel, explanation, heading

CELL_ROLE = Qt.ItemDataRole.UserRole  # (activity_id, outcome_id)
SYMBOLS = {None: "", "suggested": "?", "confirmed": "✓", "rejected": "✗"}
COLOURS = {"suggested": "#fff4ce", "confirmed": "#d7f0dc", "rejected": "#eeeeee"}


def column_label(outcome: Outcome, column: int) -> str:
    """The short label at the top of an outcome's column (its number)."""
    return outcome.ref or str(column + 1)


class MapPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._outcomes: list[tuple] = []  # (theme, outcome) in framework order
        self._activities: list[Activity] = []
        self._links: dict[tuple[int, int], Mapping] = {}
        # the square whose note is in the box; typing saves to it even after a click elsewhere
        self._note_key: tuple[int, int] | None = None
        self._saving_note = False
        self._notes = PendingEdits(session, self._save_notes, parent=self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        outer.addWidget(heading("Map what we do to what the council wants"))
        outer.addWidget(explanation(
            "See which of the council's priorities your activities already serve. svbidder "
            "suggests links and says why; you decide. ✓ linked, ? suggested, ✗ not linked."))
        top = QHBoxLayout()
        label = QLabel("&Priorities:")
        self.framework_choice = QComboBox()
        self.framework_choice.setAccessibleName("Council priorities to map against")
        label.setBuddy(self.framework_choice)
        self.framework_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName("Show one theme")
        self.theme_choice.currentIndexChanged.connect(lambda _i: self._fill_matrix())
        self.suggest_button = QPushButton("Suggest links")
        self.suggest_button.setToolTip("Look for links between your activities and these "
                                       "priorities (you can undo this)")
        self.suggest_button.clicked.connect(self.suggest)
        top.addWidget(label)
        top.addWidget(self.framework_choice, 2)
        top.addWidget(self.theme_choice, 1)
        top.addWidget(self.suggest_button)
        outer.addLayout(top)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.empty = QWidget()
        empty_column = QVBoxLayout(self.empty)
        self.empty_title = ScaledLabel("", scale=1.2, bold=True)
        self.empty_text = explanation("")
        empty_column.addWidget(self.empty_title)
        empty_column.addWidget(self.empty_text)
        empty_column.addStretch(1)
        self.stack.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_matrix(), "Table")
        self.tabs.addTab(self._build_by_activity(), "By activity")
        self.tabs.addTab(self._build_coverage(), "Coverage and gaps")
        self.stack.addWidget(self.tabs)
        session.workspaceChanged.connect(self.refresh_frameworks)
        session.dataChanged.connect(self._on_data_changed)
        self.refresh_frameworks()

    # ------------------------------------------------------------ building

    def _build_matrix(self) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 8, 0, 0)
        self.matrix = QTableWidget()
        self.matrix.setAccessibleName("Activities against outcomes")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().setDefaultSectionSize(40)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.currentCellChanged.connect(lambda *_: self._show_cell())
        self.matrix.cellDoubleClicked.connect(lambda *_: self.cycle())
        self.matrix.verticalHeader().setMaximumWidth(260)
        self.matrix.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.currentCellChanged.connect(lambda *_: self._show_legend())
        table_and_legend = QSplitter(Qt.Orientation.Vertical)
        table_and_legend.setChildrenCollapsible(False)
        table_and_legend.addWidget(self.matrix)
        table_and_legend.addWidget(self._build_legend())
        table_and_legend.setStretchFactor(0, 3)
        table_and_legend.setStretchFactor(1, 2)
        row.addWidget(table_and_legend, 1)
        row.addWidget(self._build_cell_panel())
        for keys, slot in (("Space", self.cycle), ("C", self.confirm), ("R", self.reject),
                           ("Delete", self.clear)):
            action = QAction(self.matrix)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.matrix.addAction(action)
        return holder

    def _build_legend(self) -> QWidget:
        """What each column number stands for, one paragraph per theme, so nobody
        has to hover over "1.1" to find out. Choosing an outcome goes to its column."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(2)
        column.addWidget(QLabel("What the numbers at the top of the table stand for:"))
        self.legend = QTextBrowser()
        self.legend.setAccessibleName("The council's outcomes by number")
        self.legend.setOpenLinks(False)
        self.legend.anchorClicked.connect(self._on_legend_link)
        column.addWidget(self.legend, 1)
        return holder

    def _show_legend(self) -> None:
        """The outcomes shown in the table, by theme; the current column in bold."""
        current = self.matrix.currentColumn()
        text_colour = self.legend.palette().text().color().name()
        self.legend.document().setDefaultStyleSheet(
            f"a {{ color: {text_colour}; text-decoration: none; }} p {{ margin: 0 0 4px 0; }}")
        paragraphs: list[str] = []
        theme_id, entries, theme_title = None, [], ""
        for index, (theme, outcome) in enumerate(self._visible_outcomes() + [(None, None)]):
            if theme is None or theme.id != theme_id:
                if entries:
                    paragraphs.append(f"<p><b>{theme_title}</b> — {' · '.join(entries)}</p>")
                if theme is None:
                    break
                theme_id, entries = theme.id, []
                theme_title = html.escape(f"{theme.ref} {theme.title}".strip())
            label = html.escape(f"{column_label(outcome, index)} {outcome.title}")
            link = f'<a href="column:{index}">{label}</a>'
            entries.append(f"<b><u>{link}</u></b>" if index == current else link)
        self.legend.setHtml("".join(paragraphs))

    def _on_legend_link(self, url: QUrl) -> None:
        kind, _sep, number = url.toString().partition(":")
        if kind != "column" or not number.isdigit() or self.matrix.rowCount() == 0:
            return
        row = max(self.matrix.currentRow(), 0)
        self.matrix.setCurrentCell(row, int(number))
        self.matrix.setFocus()

    def _build_cell_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        self.cell_title = QLabel("Choose a square in the table.")
        self.cell_title.setWordWrap(True)
        self.cell_title.setObjectName("questionText")
        self.cell_status = QLabel("")
        self.cell_status.setWordWrap(True)
        self.cell_reason = QLabel("")
        self.cell_reason.setObjectName("hint")
        self.cell_reason.setWordWrap(True)
        for widget in (self.cell_title, self.cell_status, self.cell_reason):
            column.addWidget(widget)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton("✓ Link (C)")
        self.confirm_button.setAccessibleName("Link this activity to this outcome")
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button = QPushButton("✗ Not linked (R)")
        self.reject_button.setAccessibleName("Say this activity does not serve this outcome")
        self.reject_button.clicked.connect(self.reject)
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName("Clear this square")
        self.clear_button.clicked.connect(self.clear)
        for button in (self.confirm_button, self.reject_button, self.clear_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        note_label = QLabel("&How this activity contributes")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("How this activity contributes")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._on_note_typed)
        column.addWidget(note_label)
        column.addWidget(self.note)
        evidence_label = QLabel("Evidence for this link")
        column.addWidget(evidence_label)
        self.cell_evidence = QListWidget()
        self.cell_evidence.setAccessibleName("Evidence for this link")
        self.cell_evidence.setWordWrap(True)
        self.cell_evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cell_evidence.itemChanged.connect(self._on_evidence_ticked)
        column.addWidget(self.cell_evidence, 3)
        column.addStretch(1)
        panel.setMaximumWidth(360)
        self._note_widgets = (note_label, self.note, evidence_label, self.cell_evidence)
        return panel

    def _build_by_activity(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.activity_list = QListWidget()
        self.activity_list.setObjectName("recordList")
        self.activity_list.setAccessibleName("Activities")
        self.activity_list.currentRowChanged.connect(lambda _r: self._fill_activity_links())
        splitter.addWidget(self.activity_list)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        self.activity_links = QTreeWidget()
        self.activity_links.setHeaderLabels(["Outcome", "Status", "Why"])
        self.activity_links.setAccessibleName("Outcomes for this activity")
        self.activity_links.setWordWrap(True)
        self.activity_links.setColumnWidth(0, 260)
        self.activity_links.setColumnWidth(1, 150)
        column.addWidget(self.activity_links, 1)
        buttons = QHBoxLayout()
        for text, slot in (("✓ Link", self._confirm_in_list),
                           ("✗ Not linked", self._reject_in_list),
                           ("Clear", self._clear_in_list)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([260, 700])
        return splitter

    def _build_coverage(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.coverage_tree = QTreeWidget()
        self.coverage_tree.setHeaderLabels(["Priority", "How well it is covered"])
        self.coverage_tree.setAccessibleName("Coverage of each priority")
        self.coverage_tree.setColumnWidth(0, 300)
        self.coverage_tree.setWordWrap(True)
        splitter.addWidget(self.coverage_tree)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(ScaledLabel("Ideas for the gaps", scale=1.1, bold=True))
        column.addWidget(explanation("Small, realistic things an organisation like yours could "
                                     "offer. Only promise what you can deliver."))
        self.gaps = QTreeWidget()
        self.gaps.setHeaderHidden(True)
        self.gaps.setAccessibleName("Ideas for the gaps")
        self.gaps.setWordWrap(True)
        column.addWidget(self.gaps, 1)
        splitter.addWidget(right)
        splitter.setSizes([620, 380])
        return splitter

    # ------------------------------------------------------------ showing

    def framework_id(self) -> int | None:
        return self.framework_choice.currentData()

    def refresh_frameworks(self) -> None:
        workspace = self.session.workspace
        current = self.framework_choice.currentData()
        self.framework_choice.blockSignals(True)
        self.framework_choice.clear()
        for framework in all_frameworks(workspace) if workspace else []:
            self.framework_choice.addItem(framework.name or "(unnamed)", framework.id)
        index = self.framework_choice.findData(current)
        self.framework_choice.setCurrentIndex(max(index, 0))
        self.framework_choice.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        workspace = self.session.workspace
        framework_id = self.framework_id()
        self._activities = all_activities(workspace) if workspace else []
        self._outcomes = (core.framework_outcomes(workspace, framework_id)
                          if workspace and framework_id else [])
        ready = bool(self._activities and self._outcomes)
        self.stack.setCurrentIndex(1 if ready else 0)
        if not ready:
            if workspace is not None and framework_id is None:
                self.empty_title.setText("Add the council's priorities first")
                self.empty_text.setText("Go to “What the council wants” and add the priorities "
                                        "your buyer uses. Then come back to map your work.")
            else:
                self.empty_title.setText("Add what you do first")
                self.empty_text.setText("Go to “What we do” and list your activities, or use "
                                        "the guided questions. Then come back to map them.")
        self.suggest_button.setEnabled(ready and workspace is not None
                                       and not workspace.read_only)
        self._fill_theme_choice()
        self._links = core.mappings_for(workspace, framework_id) if ready else {}
        self._fill_matrix()
        self._fill_activity_list()
        self._fill_coverage()

    def _fill_theme_choice(self) -> None:
        current = self.theme_choice.currentData()
        self.theme_choice.blockSignals(True)
        self.theme_choice.clear()
        self.theme_choice.addItem("All themes", None)
        seen = []
        for theme, _outcome in self._outcomes:
            if theme.id not in seen:
                seen.append(theme.id)
                self.theme_choice.addItem(f"Only: {theme.title}", theme.id)
        self.theme_choice.setCurrentIndex(max(self.theme_choice.findData(current), 0))
        self.theme_choice.blockSignals(False)

    def _visible_outcomes(self) -> list[tuple]:
        theme_id = self.theme_choice.currentData()
        return [(t, o) for t, o in self._outcomes if theme_id is None or t.id == theme_id]

    def _fill_matrix(self) -> None:
        keep = self._current_cell()
        outcomes = self._visible_outcomes()
        self.matrix.blockSignals(True)
        self.matrix.clear()
        self.matrix.setRowCount(len(self._activities))
        self.matrix.setColumnCount(len(outcomes))
        # columns just wide enough for "4.10", in the current font (so zoom keeps it right)
        numbers = self.matrix.horizontalHeader().fontMetrics().horizontalAdvance("8.88")
        self.matrix.horizontalHeader().setDefaultSectionSize(max(30, numbers + 14))
        for column, (theme, outcome) in enumerate(outcomes):
            header = QTableWidgetItem(column_label(outcome, column))
            header.setToolTip(f"{theme.title}\n{outcome.ref} {outcome.title}")
            self.matrix.setHorizontalHeaderItem(column, header)
        for row, activity in enumerate(self._activities):
            self.matrix.setVerticalHeaderItem(row, QTableWidgetItem(activity.title or "(untitled)"))
            for column, (_theme, outcome) in enumerate(outcomes):
                link = self._links.get((activity.id, outcome.id))
                status = link.status if link else None
                cell = QTableWidgetItem(SYMBOLS[status])
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(CELL_ROLE, (activity.id, outcome.id))
                cell.setToolTip(f"{activity.title} → {outcome.title}: {core.STATUS_WORDS[status]}"
                                + (f"\n{link.reason}" if link and link.reason else ""))
                if status in COLOURS:
                    cell.setBackground(QBrush(QColor(COLOURS[status])))
                    cell.setForeground(QBrush(QColor("#000000")))
                self.matrix.setItem(row, column, cell)
        self.matrix.blockSignals(False)
        if keep is not None:
            self._select_cell(keep)
        self._show_cell()
        self._show_legend()

    def _current_cell(self) -> tuple[int, int] | None:
        item = self.matrix.currentItem()
        return item.data(CELL_ROLE) if item else None

    def _select_cell(self, key: tuple[int, int]) -> None:
        for row in range(self.matrix.rowCount()):
            for column in range(self.matrix.columnCount()):
                item = self.matrix.item(row, column)
                if item is not None and item.data(CELL_ROLE) == key:
                    self.matrix.setCurrentCell(row, column)
                    return

    def _show_cell(self) -> None:
        key = self._current_cell()
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only
        for button in (self.confirm_button, self.reject_button, self.clear_button):
            button.setEnabled(writable and key is not None)
        if key != self._note_key:
            self.session.flush()  # the note typed for the last square is saved first
            self._note_key = None
        if key is None or workspace is None:
            for widget in self._note_widgets:
                widget.setVisible(False)
            return
        activity = workspace.get(Activity, key[0])
        outcome = workspace.get(Outcome, key[1])
        link = self._links.get(key)
        status = link.status if link else None
        self.cell_title.setText(f"{activity.title}\n→ {outcome.ref} {outcome.title}".strip())
        self.cell_status.setText(f"{SYMBOLS[status]} {core.STATUS_WORDS[status]}".strip())
        self.cell_reason.setText(f"Why it was suggested: {link.reason}" if link and link.reason
                                 else "")
        confirmed = status == "confirmed"
        for widget in self._note_widgets:
            widget.setVisible(confirmed)
        if confirmed:
            self._notes.flush()
            self.note.blockSignals(True)
            if self.note.toPlainText() != link.note:
                self.note.setPlainText(link.note)
            self.note.setReadOnly(not writable)
            self.note.blockSignals(False)
            self._note_key = key
            self._fill_cell_evidence(activity.id, link.id, writable)

    def _fill_cell_evidence(self, activity_id: int, mapping_id: int, writable: bool) -> None:
        workspace = self.session.workspace
        chosen = {item.id for item in core.mapping_evidence(workspace, mapping_id)}
        self.cell_evidence.blockSignals(True)
        self.cell_evidence.clear()
        for item in linked_evidence(workspace, activity_id):
            row = QListWidgetItem(item.title or "(untitled)")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            flags = Qt.ItemFlag.ItemIsEnabled
            if writable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            row.setFlags(flags)
            row.setCheckState(Qt.CheckState.Checked if item.id in chosen
                              else Qt.CheckState.Unchecked)
            self.cell_evidence.addItem(row)
        if self.cell_evidence.count() == 0:
            self.cell_evidence.addItem("No evidence is linked to this activity yet.")
        self.cell_evidence.blockSignals(False)

    def _fill_activity_list(self) -> None:
        current = self.activity_list.currentRow()
        self.activity_list.blockSignals(True)
        self.activity_list.clear()
        for activity in self._activities:
            linked = sum(1 for (a, _o), m in self._links.items()
                         if a == activity.id and m.status == "confirmed")
            item = QListWidgetItem(f"{activity.title or '(untitled)'}\n{linked} linked")
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            self.activity_list.addItem(item)
        self.activity_list.setCurrentRow(min(max(current, 0), self.activity_list.count() - 1))
        self.activity_list.blockSignals(False)
        self._fill_activity_links()

    def _fill_activity_links(self) -> None:
        self.activity_links.clear()
        item = self.activity_list.currentItem()
        if item is None:
            return
        activity_id = item.data(Qt.ItemDataRole.UserRole)
        order = {None: 3, "rejected": 2, "suggested": 1, "confirmed": 0}
        rows = []
        for theme, outcome in self._outcomes:
            link = self._links.get((activity_id, outcome.id))
            status = link.status if link else None
            rows.append((order[status], theme, outcome, link, status))
        for _rank, theme, outcome, link, status in sorted(rows, key=lambda r: r[0]):
            row = QTreeWidgetItem([f"{outcome.ref} {outcome.title}".strip(),
                                   f"{SYMBOLS[status]} {core.STATUS_WORDS[status]}".strip(),
                                   link.reason if link else ""])
            row.setToolTip(0, theme.title)
            row.setToolTip(2, link.reason if link else "")
            row.setData(0, CELL_ROLE, (activity_id, outcome.id))
            self.activity_links.addTopLevelItem(row)

    def _fill_coverage(self) -> None:
        self.coverage_tree.clear()
        self.gaps.clear()
        workspace, framework_id = self.session.workspace, self.framework_id()
        if workspace is None or framework_id is None or not self._outcomes:
            return
        report = coverage_core.coverage(workspace, framework_id)
        for theme_cover in report.themes:
            parent = QTreeWidgetItem([theme_cover.theme.title, ""])  # the meter says it
            parent.setToolTip(1, theme_cover.label)
            self.coverage_tree.addTopLevelItem(parent)
            self.coverage_tree.setItemWidget(parent, 1, _meter(theme_cover.level,
                                                               theme_cover.label))
            for outcome_cover in theme_cover.outcomes:
                child = QTreeWidgetItem([f"{outcome_cover.outcome.ref} "
                                         f"{outcome_cover.outcome.title}".strip(),
                                         outcome_cover.label])
                child.setToolTip(0, child.text(0))
                child.setToolTip(1, outcome_cover.label)
                parent.addChild(child)
            parent.setExpanded(True)
        for gap in coverage_core.gap_ideas(workspace, framework_id):
            parent = QTreeWidgetItem([f"{gap.outcome.ref} {gap.outcome.title}".strip()])
            self.gaps.addTopLevelItem(parent)
            for idea in gap.ideas:
                child = QTreeWidgetItem([f"{idea.title}: {idea.text}"])
                child.setToolTip(0, idea.text)
                parent.addChild(child)
            parent.setExpanded(True)

    # ------------------------------------------------------------ changes

    def _on_data_changed(self, tables: set[str]) -> None:
        if self._saving_note:
            return  # a note the person typed: what is shown is already right
        if tables & {"framework"}:
            self.refresh_frameworks()
        elif tables & {"mapping", "mapping_evidence", "activity", "theme", "outcome",
                       "activity_evidence", "evidence_item"}:
            self.refresh()

    def _change_cell(self, key: tuple[int, int] | None, action) -> None:
        if key is None:
            return
        self.session.change(lambda ws: action(ws, *key))  # saves a waiting note first

    def confirm(self) -> None:
        self._change_cell(self._current_cell(), core.confirm)

    def reject(self) -> None:
        self._change_cell(self._current_cell(), core.reject)

    def clear(self) -> None:
        self._change_cell(self._current_cell(), core.clear_link)

    def cycle(self) -> None:
        """Space: none or suggested → linked → not linked → none."""
        key = self._current_cell()
        if key is None:
            return
        link = self._links.get(key)
        status = link.status if link else None
        action = {None: core.confirm, "suggested": core.confirm, "confirmed": core.reject,
                  "rejected": core.clear_link}[status]
        self._change_cell(key, action)

    def _list_key(self) -> tuple[int, int] | None:
        item = self.activity_links.currentItem()
        return item.data(0, CELL_ROLE) if item else None

    def _confirm_in_list(self) -> None:
        self._change_cell(self._list_key(), core.confirm)

    def _reject_in_list(self) -> None:
        self._change_cell(self._list_key(), core.reject)

    def _clear_in_list(self) -> None:
        self._change_cell(self._list_key(), core.clear_link)

    def suggest(self) -> None:
        framework_id = self.framework_id()
        if framework_id is None:
            return
        added = self.session.change(lambda ws: core.store_suggestions(ws, framework_id))
        if added is not None:
            self.session.tell(f"{added} suggestion(s) found. Check each one: ✓ to link, ✗ if "
                              "it does not fit. Edit → Undo removes them.")

    def _on_note_typed(self) -> None:
        if self._note_key is not None:
            self._notes.edited(self._note_key, self.note.toPlainText())

    def _save_notes(self, notes: dict[tuple[int, int], str]) -> None:
        """Save typed notes to the squares they were typed for."""
        self._saving_note = True
        try:
            for key, text in notes.items():
                link = self._links.get(key)
                if link is not None:
                    link.note = text
                self.session.save([("mapping-note", key)], lambda ws, k=key, t=text:
                                  core.set_note(ws, *k, t, typing=True))
        finally:
            self._saving_note = False

    def _on_evidence_ticked(self, _item: QListWidgetItem) -> None:
        key = self._current_cell()
        if key is None:
            return
        chosen = [self.cell_evidence.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.cell_evidence.count())
                  if self.cell_evidence.item(i).checkState() == Qt.CheckState.Checked]
        self.session.change(lambda ws: core.set_mapping_evidence(ws, *key, chosen))


def _meter(level: float, label: str) -> QWidget:
    """A bar plus words: colour is never the only signal."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(round(level * 100))
    bar.setTextVisible(False)
    bar.setMaximumWidth(60)
    bar.setMaximumHeight(10)
    bar.setAccessibleName(label)
    text = QLabel(label)  # one line, as tall as the tree's row
    text.setToolTip(label)
    text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    row.addWidget(bar)
    row.addWidget(text, 1)
    return holder
