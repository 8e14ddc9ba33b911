"""Spell checking in the answer editor: red underlines, suggestions on right-click,
and a personal dictionary kept in the workspace.

The dictionary loads in a background thread, so opening the app and typing
never wait for it; underlines appear once it is ready. Only the paragraphs an
edit touches are checked again (that is how QSyntaxHighlighter works).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit

from ...core.writing import spelling as core
from ..background import keep_window_responsive
from ..session import WorkspaceSession

BLOCKS_PER_PASS = 5  # paragraphs underlined between two turns of the event loop


class SpellingService(QObject):
    """Loads the shared checker once, in the background; ``ready`` says when."""

    ready = Signal()

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__()
        self.session = session
        self.checker = core.shared_checker()
        self._started = False
        session.workspaceChanged.connect(self.use_workspace)
        session.dataChanged.connect(self._on_data_changed)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self.checker.loaded:
            self.ready.emit()
            return
        keep_window_responsive()
        threading.Thread(target=self._load, name="spelling-load", daemon=True).start()

    def _load(self) -> None:
        self.checker.load()
        self.ready.emit()  # delivered on the GUI thread (queued)

    def use_workspace(self) -> None:
        workspace = self.session.workspace
        if workspace is not None:
            self.checker.use_workspace(workspace)
        else:
            self.checker.set_workspace_words(())
            self.checker.set_personal_words(())

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"organisation", "activity", "evidence_item", "bid"}:
            self.use_workspace()

    def add_to_dictionary(self, word: str) -> None:
        self.session.change(lambda ws: core.add_personal_word(ws, word))
        self.use_workspace()


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, service: SpellingService) -> None:
        super().__init__(document)
        self.service = service
        self.mistake = QTextCharFormat()
        self.mistake.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.mistake.setUnderlineColor(QColor("#d00000"))
        self.hint = QTextCharFormat()
        self.hint.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.hint.setUnderlineColor(QColor("#1e5aa8"))
        # Underline the words already there a few paragraphs at a time: rehighlighting
        # a long answer in one go lays the whole document out again and freezes the
        # window for seconds. Text typed or loaded later is checked as it arrives.
        self._next_block = 0  # by number: a stored block would not survive a new answer
        self._pass = QTimer(self)
        self._pass.setInterval(0)
        self._pass.timeout.connect(self._highlight_some)
        service.ready.connect(self.rehighlight_gradually)

    @property
    def underlining(self) -> bool:
        """Still going through the answer after the dictionary became ready."""
        return self._pass.isActive()

    def rehighlight_gradually(self) -> None:
        self._next_block = 0
        self._pass.start()

    def _highlight_some(self, blocks: int = BLOCKS_PER_PASS) -> None:
        document = self.document()
        for _ in range(blocks):
            block = document.findBlockByNumber(self._next_block)
            if not block.isValid():
                self._pass.stop()
                return
            self.rehighlightBlock(block)
            self._next_block += 1

    def highlightBlock(self, text: str) -> None:
        checker = self.service.checker
        if not checker.loaded or not text:
            return
        for item in checker.check_text(text, utf16=True):
            self.setFormat(item.start, item.end - item.start,
                           self.hint if item.is_hint else self.mistake)


def spelling_menu(editor: QTextEdit, service: SpellingService, position) -> QMenu:
    """The editor's usual menu, with suggestions for a misspelt word on top."""
    menu = editor.createStandardContextMenu(position)
    checker = service.checker
    cursor = editor.cursorForPosition(position)
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    word = cursor.selectedText().strip("'’")
    if not checker.loaded or not word or editor.isReadOnly():
        return menu
    found = checker.check_text(word)
    if not found:
        return menu
    first = menu.actions()[0] if menu.actions() else None
    item = found[0]
    note = menu.addAction(item.message())
    note.setEnabled(False)
    menu.insertAction(first, note)
    suggestions = ([item.british] if item.british else []) + [
        s for s in checker.suggest(word) if s != item.british]
    for suggestion in suggestions[:5]:
        action = menu.addAction(suggestion)
        action.triggered.connect(_replacer(QTextCursor(cursor), suggestion))
        menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction("No suggestions")
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(f"Add “{word}” to your dictionary")
    add.triggered.connect(lambda: service.add_to_dictionary(word))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu


def _replacer(cursor: QTextCursor, text: str):
    return lambda _checked=False: cursor.insertText(text)


def install_context_menu(editor: QTextEdit, service: SpellingService) -> None:
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    editor.customContextMenuRequested.connect(
        lambda pos: spelling_menu(editor, service, pos).exec(editor.mapToGlobal(pos)))
