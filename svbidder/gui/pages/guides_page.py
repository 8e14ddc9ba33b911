"""Guides: the written help, with contents, search, back and forward, print and zoom.

Links between guides stay in the app; links to websites open in the system
browser only when clicked, and are marked "(external)" in the text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.content import guides as core
from ...core.errors import MissingResourceError
from ..session import WorkspaceSession
from ..widgets.text import heading

LINK_ROLE = Qt.ItemDataRole.UserRole


class GuidesPage(QWidget):
    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._history: list[tuple[str, str]] = []
        self._position = -1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.addWidget(heading("Guides"))
        bar = QHBoxLayout()
        self.back_button = QPushButton("← Back")
        self.back_button.clicked.connect(lambda: self._step(-1))
        self.forward_button = QPushButton("Forward →")
        self.forward_button.clicked.connect(lambda: self._step(1))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search the guides")
        self.search.setAccessibleName("Search the guides")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.smaller = QPushButton("A−")
        self.smaller.setAccessibleName("Smaller text")
        self.smaller.clicked.connect(lambda: self.viewer.zoomOut(1))
        self.larger = QPushButton("A+")
        self.larger.setAccessibleName("Larger text")
        self.larger.clicked.connect(lambda: self.viewer.zoomIn(1))
        self.print_button = QPushButton("Print…")
        self.print_button.clicked.connect(self.print_guide)
        for widget in (self.back_button, self.forward_button):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        for widget in (self.smaller, self.larger, self.print_button):
            bar.addWidget(widget)
        outer.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.contents = QTreeWidget()
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        column.addWidget(self.contents, 1)
        self.results = QListWidget()
        self.results.setObjectName("recordList")
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)
        self.results.hide()
        column.addWidget(self.results, 1)
        splitter.addWidget(left)
        self.viewer = QTextBrowser()
        self.viewer.setAccessibleName("Guide")
        self.viewer.setOpenLinks(False)
        self.viewer.anchorClicked.connect(self._on_link)
        self.viewer.document().setDefaultStyleSheet(core.guide_css(self._dark()))
        splitter.addWidget(self.viewer)
        splitter.setSizes([300, 700])
        self._fill_contents()
        self.open("README")

    def _dark(self) -> bool:
        return self.palette().window().color().lightness() < 128

    def _fill_contents(self) -> None:
        self.contents.clear()
        training = None
        try:
            guides = core.list_guides()
        except MissingResourceError as exc:  # a damaged install: say so, keep the app
            self.viewer.setPlainText(str(exc))
            return
        for info in guides:
            item = QTreeWidgetItem([info.title])
            item.setData(0, LINK_ROLE, (info.name, ""))
            if info.training:
                if training is None:
                    training = QTreeWidgetItem(["For trainers"])
                    training.setData(0, LINK_ROLE, None)
                    self.contents.addTopLevelItem(training)
                training.addChild(item)
            else:
                self.contents.addTopLevelItem(item)
        self.contents.expandAll()

    # ------------------------------------------------------------ showing

    def open(self, name: str, anchor: str = "", *, remember: bool = True) -> bool:
        """Show a guide (at a section). Returns False if it does not exist."""
        try:
            rendered = core.render_guide(name)
        except (core.GuideError, MissingResourceError):
            return False
        self.viewer.setHtml(rendered.html)
        if anchor:
            self.viewer.scrollToAnchor(anchor)
        else:
            self.viewer.verticalScrollBar().setValue(0)
        if remember:
            del self._history[self._position + 1:]
            self._history.append((name, anchor))
            self._position = len(self._history) - 1
        self._update_buttons()
        return True

    def open_link(self, link: str) -> bool:
        """Open "writing-to-a-limit#vague-promises" (as checks and prompts give them)."""
        try:
            name, anchor = core.resolve_link(link)
        except core.GuideError:
            return False
        return self.open(name, anchor)

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)

    def _step(self, delta: int) -> None:
        target = self._position + delta
        if 0 <= target < len(self._history):
            self._position = target
            self.open(*self._history[target], remember=False)

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        link = item.data(0, LINK_ROLE)
        if link:
            self.open(*link)

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == core.URL_SCHEME:
            name, anchor = core.parse_guide_url(url.toString())
            self.open(name, anchor)
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # only ever when the person clicks
        elif not scheme and url.fragment():
            self.viewer.scrollToAnchor(url.fragment())

    # ------------------------------------------------------------ searching

    def _on_search(self, text: str) -> None:
        text = text.strip()
        self.results.setVisible(bool(text))
        self.contents.setVisible(not text)
        self.results.clear()
        if not text:
            return
        hits = core.search_guides(text)
        for hit in hits[:50]:
            item = QListWidgetItem(f"{hit.title} › {hit.heading}\n{hit.snippet}")
            item.setData(LINK_ROLE, (hit.name, hit.anchor))
            item.setToolTip(html.escape(hit.snippet))
            self.results.addItem(item)
        if not hits:
            self.results.addItem("Nothing found. Try a shorter or different word.")

    def _open_result(self, item: QListWidgetItem) -> None:
        link = item.data(LINK_ROLE)
        if link:
            self.open(*link)

    # ------------------------------------------------------------ printing

    def print_guide(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.viewer.document().print_(printer)
