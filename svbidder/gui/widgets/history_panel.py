"""Side panel: earlier versions of the answer, to compare, name and restore;
and answers to similar questions in other bids, to copy in."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RecordNotFoundError
from ...core.storage.records import Question, Revision
from ...core.writing import revisions as core
from ...core.writing.bids import answer_for
from ..session import WorkspaceSession

ID_ROLE = Qt.ItemDataRole.UserRole
# Changes are shown by line style first (struck through, underlined), colour second.
_STYLES = {"delete": "background:#fdd; color:#8a1c1c; text-decoration:line-through",
           "insert": "background:#dfd; color:#14591d; text-decoration:underline"}


class HistoryPanel(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question: Question | None = None
        self.before_change = lambda: None  # the page saves the editor first
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        hint = QLabel("svbidder keeps a version when you pause, before big changes, and when "
                      "you ask. Compare or restore any of them.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.keep_button = QPushButton("Keep a version now…")
        self.keep_button.setToolTip("e.g. “500-word version for Anytown”")
        self.keep_button.clicked.connect(self.keep_now)
        column.addWidget(self.keep_button)
        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.setAccessibleName("Earlier versions")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _i: self.compare())
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.compare_button = QPushButton("Compare")
        self.compare_button.setAccessibleName("Compare this version with your answer now")
        self.compare_button.clicked.connect(self.compare)
        self.restore_button = QPushButton("Restore")
        self.restore_button.setAccessibleName("Restore this version")
        self.restore_button.clicked.connect(self.restore)
        self.rename_button = QPushButton("Name…")
        self.rename_button.setAccessibleName("Name this version")
        self.rename_button.clicked.connect(self.rename)
        for button in (self.compare_button, self.restore_button, self.rename_button):
            row.addWidget(button)
        column.addLayout(row)
        self.copy_button = QPushButton("Copy an answer from another bid…")
        self.copy_button.clicked.connect(self.copy_from_other_bid)
        column.addWidget(self.copy_button)
        session.dataChanged.connect(self._on_data_changed)

    def show_question(self, question: Question | None) -> None:
        self.question = question
        self.refresh()

    def _answer_id(self) -> int | None:
        workspace = self.session.workspace
        if workspace is None or self.question is None:
            return None
        try:
            return answer_for(workspace, self.question.id, create=False).id
        except RecordNotFoundError:  # the question was deleted or undone meanwhile
            return None

    def refresh(self) -> None:
        self.list.clear()
        workspace, answer_id = self.session.workspace, self._answer_id()
        if answer_id is not None:
            for revision in core.revisions_for(workspace, answer_id):
                item = QListWidgetItem(core.describe_revision(revision))
                item.setData(ID_ROLE, revision.id)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        writable = workspace is not None and not workspace.read_only
        chosen = self.list.count() > 0
        self.keep_button.setEnabled(writable and self.question is not None)
        self.copy_button.setEnabled(writable and self.question is not None)
        self.compare_button.setEnabled(chosen)
        self.restore_button.setEnabled(writable and chosen)
        self.rename_button.setEnabled(writable and chosen)

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"revision", "answer"}:
            self.refresh()

    def _chosen(self) -> Revision | None:
        item = self.list.currentItem()
        workspace = self.session.workspace
        return workspace.get(Revision, item.data(ID_ROLE)) if item and workspace else None

    def keep_now(self) -> None:
        self.before_change()
        answer_id = self._answer_id()
        if answer_id is None:
            self.session.tell("Write something first: there is nothing to keep yet.")
            return
        name, ok = QInputDialog.getText(self, "Keep a version", "Name (optional):",
                                        QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        kept = self.session.change(lambda ws: core.snapshot(
            ws, answer_id, reason=core.REASON_REQUEST, label=name))
        self.session.tell("Version kept." if kept else "That text is already kept.")

    def compare(self) -> None:
        revision = self._chosen()
        if revision is None or self.question is None:
            return
        self.before_change()
        current = answer_for(self.session.workspace, self.question.id,
                             create=False).body_markdown
        CompareDialog(core.describe_revision(revision), revision.body_markdown, current,
                      self).exec()

    def restore(self) -> None:
        revision = self._chosen()
        answer_id = self._answer_id()
        if revision is None or answer_id is None:
            return
        self.before_change()
        if self.session.change(lambda ws: core.restore(ws, answer_id, revision.id)) is not None:
            self.session.tell("Restored. Your text from just before is kept as a version.")

    def rename(self) -> None:
        revision = self._chosen()
        if revision is None:
            return
        name, ok = QInputDialog.getText(self, "Name this version", "Name:",
                                        QLineEdit.EchoMode.Normal, revision.label)
        if ok:
            self.session.change(lambda ws: core.rename_revision(ws, revision.id, name))

    def copy_from_other_bid(self) -> None:
        workspace = self.session.workspace
        if workspace is None or self.question is None:
            return
        self.before_change()
        options = core.answers_from_other_bids(workspace, self.question.id)
        if not options:
            self.session.tell("There are no answers in other bids to copy yet.")
            return
        labels = [f"{bid.reference or bid.contract_title} · {question.ref}: "
                  f"{' '.join(question.text.split()[:10])}…" for bid, question, _a in options]
        chosen, ok = QInputDialog.getItem(self, "Copy an answer from another bid",
                                          "Answer to copy (your current text is kept as a "
                                          "version first):", labels, 0, False)
        if not ok:
            return
        _bid, source, _answer = options[labels.index(chosen)]
        target = self.question.id
        self.session.change(lambda ws: core.copy_answer(ws, source.id, target))


class CompareDialog(QDialog):
    """An earlier version and the answer now, side by side, as formatted text
    (headings, lists, bold) with removed words struck through on the left and added
    words underlined on the right. The comparing is done in core
    (:func:`~svbidder.core.revisions.compare_formatted`); this only draws it."""

    def __init__(self, title: str, old: str, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare versions")
        self.setMinimumSize(900, 560)
        comparison = core.compare_formatted(old, new)
        column = QVBoxLayout(self)
        self.summary = QLabel(f"<b>{html.escape(comparison.summary())}.</b> {LEGEND}")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        row = QHBoxLayout()
        self.panes: list[QTextBrowser] = []
        for heading, blocks in ((title, comparison.old), ("Your answer now", comparison.new)):
            pane = QVBoxLayout()
            pane.addWidget(QLabel(f"<b>{html.escape(heading)}</b>"))
            browser = QTextBrowser()
            browser.setAccessibleName(heading)
            browser.setHtml(blocks_html(blocks))
            pane.addWidget(browser)
            self.panes.append(browser)
            row.addLayout(pane)
        column.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


LEGEND = (f'Removed words are <span style="{_STYLES["delete"]}">struck through</span> on the '
          f'left; added words are <span style="{_STYLES["insert"]}">underlined</span> on the '
          "right.")


def _span_html(span) -> str:
    text = html.escape(span.text)
    if span.bold:
        text = f"<b>{text}</b>"
    if span.italic:
        text = f"<i>{text}</i>"
    style = _STYLES.get(span.op)
    return f'<span style="{style}">{text}</span>' if style else text


def blocks_html(blocks) -> str:
    """Formatted HTML for one side of a comparison: headings as headings, list
    items with their bullet or number, changes struck through or underlined."""
    parts = []
    for block in blocks:
        body = "".join(_span_html(span) for span in block.spans)
        if block.kind == "heading":
            tag = "h3" if block.level <= 2 else "h4"
            parts.append(f"<{tag} style='margin-top:10px; margin-bottom:4px'>{body}</{tag}>")
            continue
        style = "margin-top:0px; margin-bottom:6px"
        if block.marker:
            marker = html.escape(block.marker)
            if block.op in _STYLES:  # the whole item is new or gone: its marker too
                marker = f'<span style="{_STYLES[block.op]}">{marker}</span>'
            indent = 18 + 18 * block.level
            style += f"; margin-left:{indent}px"
            body = f"{marker}&nbsp;&nbsp;{body}"
        parts.append(f"<p style='{style}'>{body}</p>")
    if not parts:
        return "<p><i>(empty)</i></p>"
    return "".join(parts)
