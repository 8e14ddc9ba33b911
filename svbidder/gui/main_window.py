"""The main window: a sidebar of screens, the menus, and the save state."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import WORKSPACE_SUFFIX
from ..core.errors import DamagedWorkspaceError, SvBidderError
from ..core.storage.settings import save_settings, zoom_in, zoom_out
from .dialogs import messages
from .pages.start_page import StartPage
from .session import SaveState, WorkspaceSession
from .widgets.pending import SaveOnLeavingAField
from .window_fit import Rect, first_start_rect, fit_rect, fits, usable_area

log = logging.getLogger(__name__)
FILE_FILTER = f"svbidder workspaces (*{WORKSPACE_SUFFIX});;All files (*)"
STATE_PREFIX = {
    SaveState.SAVED: "✓ ",
    SaveState.PENDING: "… ",
    SaveState.FAILED: "⚠ Not saved: ",
    SaveState.READ_ONLY: "🔒 ",
    SaveState.NONE: "",
}


class MainWindow(QMainWindow):
    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self._shown_once = False

        self.start_page = StartPage(session)
        # (label, attribute, needs a workspace). Screens other than Start are built
        # just after the window first paints, so start-up stays quick.
        self._screens: list[tuple[str, str, bool]] = [
            ("Start", "start_page", False),
            ("Our organisation", "organisation_page", True),
            ("What we do", "activities_page", True),
            ("Evidence", "evidence_page", True),
            ("What the council wants", "frameworks_page", True),
            ("Map", "map_page", True),
            ("Bids", "bids_page", True),
            ("Write answers", "write_page", True),
            ("Delivery", "delivery_page", True),
            ("Guides", "guides_page", False),
        ]
        self._built = False
        self._build_scheduled = False
        self._build_central()
        self._build_menus()
        self._build_status_bar()

        self.start_page.newRequested.connect(self.new_workspace)
        self.start_page.openRequested.connect(self.open_workspace_dialog)
        self.start_page.exampleRequested.connect(self.open_example)
        self.start_page.recentChosen.connect(self.open_path)
        self.start_page.continueRequested.connect(lambda: self.show_page(self.organisation_page))
        session.workspaceChanged.connect(self._on_workspace_changed)
        session.dataChanged.connect(self._on_data_changed)
        session.saveStateChanged.connect(self._on_save_state)
        session.historyChanged.connect(self._update_undo_actions)
        session.messageShown.connect(lambda text: self.statusBar().showMessage(text, 10000))
        SaveOnLeavingAField(self, session)
        self._restore_layout()
        self._apply_view_settings()
        self._on_workspace_changed()

    # ------------------------------------------------------------ layout

    def _build_central(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Screens")
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.stack = QStackedWidget()
        for label, attribute, _needs in self._screens:
            self.sidebar.addItem(QListWidgetItem(label))
            self.stack.addWidget(self.start_page if attribute == "start_page" else QWidget())
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_banner())
        column.addWidget(self.stack, 1)
        row.addWidget(self.sidebar)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        width = max(self.sidebar.sizeHintForColumn(0), 120) + 48
        self.sidebar.setFixedWidth(width)

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("readOnlyBanner")
        line = QHBoxLayout(self.banner)
        line.setContentsMargins(16, 8, 16, 8)
        self.banner_text = QLabel("")
        self.banner_text.setWordWrap(True)
        self.banner_open_anyway = QPushButton("Open anyway")
        self.banner_open_anyway.setToolTip(
            "Only if you are sure nobody else is using this workspace now")
        self.banner_open_anyway.clicked.connect(self._open_anyway)
        self.banner_copy = QPushButton("Save a copy as…")
        self.banner_copy.clicked.connect(self.save_copy_as)
        line.addWidget(self.banner_text, 1)
        line.addWidget(self.banner_open_anyway)
        line.addWidget(self.banner_copy)
        self.banner.hide()
        return self.banner

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.action_new = self._action(file_menu, "&New workspace…", self.new_workspace,
                                       QKeySequence.StandardKey.New)
        self.action_open = self._action(file_menu, "&Open…", self.open_workspace_dialog,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu("Open &recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self.action_example = self._action(file_menu, "Open &example", self.open_example)
        self.action_reset_example = self._action(file_menu, "Reset the e&xample",
                                                 self.reset_example)
        file_menu.addSeparator()
        self.action_backup = self._action(file_menu, "Make a &backup copy now", self.backup_now,
                                          QKeySequence.StandardKey.Save)
        self.action_export = self._action(file_menu, "&Export…", self.export_documents,
                                          QKeySequence("Ctrl+E"))
        self.action_save_copy = self._action(file_menu, "Save a &copy as…", self.save_copy_as,
                                             QKeySequence("Ctrl+Shift+S"))
        self.action_restore = self._action(file_menu, "Restore from bac&kup…",
                                           self.restore_from_backup)
        file_menu.addSeparator()
        self.action_close = self._action(file_menu, "&Close workspace", self.close_workspace,
                                         QKeySequence.StandardKey.Close)
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        self.action_undo = self._action(edit_menu, "&Undo", self.session.undo,
                                        QKeySequence.StandardKey.Undo)
        self.action_redo = self._action(edit_menu, "&Redo", self.session.redo,
                                        QKeySequence.StandardKey.Redo)
        edit_menu.addSeparator()
        self.action_find = self._action(edit_menu, "&Find", self.find_on_page,
                                        QKeySequence.StandardKey.Find)
        # Text boxes handle Ctrl+Z themselves while they have focus; these
        # actions undo whole saved changes from the menu.
        for action in (self.action_undo, self.action_redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "Zoom &in", lambda: self.set_zoom(
            zoom_in(self.session.settings.zoom_percent)), QKeySequence("Ctrl+="),
            extra=QKeySequence.StandardKey.ZoomIn)
        self._action(view_menu, "Zoom &out", lambda: self.set_zoom(
            zoom_out(self.session.settings.zoom_percent)), QKeySequence.StandardKey.ZoomOut)
        self._action(view_menu, "&Actual size", lambda: self.set_zoom(100),
                     QKeySequence("Ctrl+0"))
        view_menu.addSeparator()
        self.action_presentation = self._action(view_menu, "&Presentation mode",
                                                self.toggle_presentation, QKeySequence("F5"))
        self.action_presentation.setCheckable(True)
        self.action_presentation.setToolTip("Large text for a projector or a big screen")
        self.action_contrast = self._action(view_menu, "&High contrast",
                                            self.toggle_high_contrast)
        self.action_contrast.setCheckable(True)
        view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for number, (label, attribute, _needs) in enumerate(self._screens, start=1):
            keys = QKeySequence(f"Ctrl+{number}") if number <= 9 else None  # Guides: F1
            action = self._action(view_menu, f"Go to {label}",
                                  lambda _checked=False, a=attribute: self.show_page(
                                      getattr(self, a)), keys)
            self.page_actions.append(action)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Guides", lambda: self.open_guides(),
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "&Welcome", self.show_welcome)
        self._action(help_menu, "Open the &log folder", self.open_log_folder)
        self._action(help_menu, "&About svbidder", self.show_about)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, extra=None) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(k) for k in (shortcut, extra) if k is not None]
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        self.save_label = QLabel("")
        self.save_label.setObjectName("saveState")
        self.save_label.setAccessibleName("Save state")
        self.statusBar().addPermanentWidget(self.save_label)

    # ------------------------------------------------------------ pages

    def _build_pages(self) -> None:
        """Create every screen other than Start (once), replacing its stand-in."""
        if self._built:
            return
        self._built = True
        from .pages.activities_page import ActivitiesPage
        from .pages.bids_page import BidsPage
        from .pages.delivery_page import DeliveryPage
        from .pages.evidence_page import EvidencePage
        from .pages.frameworks_page import FrameworksPage
        from .pages.guides_page import GuidesPage
        from .pages.map_page import MapPage
        from .pages.organisation_page import OrganisationPage
        from .pages.write_page import WritePage

        session = self.session
        self._organisation_page = OrganisationPage(session)
        self._activities_page = ActivitiesPage(session)
        self._evidence_page = EvidencePage(session)
        self._frameworks_page = FrameworksPage(session)
        self._map_page = MapPage(session)
        self._bids_page = BidsPage(session)
        self._write_page = WritePage(session)
        self._delivery_page = DeliveryPage(session)
        self._guides_page = GuidesPage(session)
        self._write_page.checks.guideRequested.connect(self.open_guides)
        self._write_page.focusModeChanged.connect(lambda on: self.sidebar.setVisible(not on))
        self._activities_page.evidenceRequested.connect(
            lambda: self.show_page(self._evidence_page))
        self._activities_page.interviewRequested.connect(self.open_interview)
        self._activities_page.importRequested.connect(self.import_activities_csv)
        current = self.stack.currentIndex()
        for row, (_label, attribute, _needs) in enumerate(self._screens):
            if attribute == "start_page":
                continue
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, getattr(self, "_" + attribute))
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)

    @property
    def organisation_page(self):
        self._build_pages()
        return self._organisation_page

    @property
    def activities_page(self):
        self._build_pages()
        return self._activities_page

    @property
    def evidence_page(self):
        self._build_pages()
        return self._evidence_page

    @property
    def frameworks_page(self):
        self._build_pages()
        return self._frameworks_page

    @property
    def guides_page(self):
        self._build_pages()
        return self._guides_page

    @property
    def map_page(self):
        self._build_pages()
        return self._map_page

    @property
    def write_page(self):
        self._build_pages()
        return self._write_page

    @property
    def bids_page(self):
        self._build_pages()
        return self._bids_page

    @property
    def delivery_page(self):
        self._build_pages()
        return self._delivery_page

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._built and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self._build_pages)

    def show_page(self, page: QWidget) -> None:
        for row, (_label, attribute, _needs) in enumerate(self._screens):
            if getattr(self, attribute) is page and not self.sidebar.item(row).isHidden():
                self.sidebar.setCurrentRow(row)
                return

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _on_sidebar_row(self, row: int) -> None:
        if row < 0:
            return
        if row > 0:
            self._build_pages()
        self.session.flush()
        self.stack.setCurrentIndex(row)

    def _on_workspace_changed(self) -> None:
        workspace = self.session.workspace
        has_workspace = workspace is not None
        for row, (_label, _attribute, needs) in enumerate(self._screens):
            self.sidebar.item(row).setHidden(needs and not has_workspace)
            self.page_actions[row].setEnabled(has_workspace or not needs)
        for action in (self.action_backup, self.action_save_copy, self.action_restore,
                       self.action_close, self.action_export):
            action.setEnabled(has_workspace)
        if has_workspace and not workspace.read_only:
            self.action_backup.setEnabled(True)
        elif has_workspace:
            self.action_backup.setEnabled(False)
        self.action_reset_example.setEnabled(self.is_example_open())
        self._update_banner()
        self._update_title()
        if not has_workspace:
            self.show_page(self.start_page)
        elif self.current_page() is self.start_page:
            self.show_page(self.organisation_page)

    def _on_data_changed(self, tables: set[str]) -> None:
        if "organisation" in tables:
            self._update_title()

    def _update_title(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            self.setWindowTitle("svbidder")
            return
        name = workspace.organisation().name or workspace.path.stem
        suffix = " (read-only)" if workspace.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — svbidder")

    def _update_banner(self) -> None:
        workspace = self.session.workspace
        if workspace is None or not workspace.read_only:
            self.banner.hide()
            return
        self.banner_text.setText(workspace.mode.reason)
        self.banner_open_anyway.setVisible(workspace.mode.lock_holder is not None)
        self.banner.show()

    def _on_save_state(self, state: str, message: str) -> None:
        self.save_label.setText(STATE_PREFIX.get(state, "") + message)
        self.save_label.setProperty("state", state)
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)
        self.save_label.setToolTip(message)

    def _update_undo_actions(self) -> None:
        workspace = self.session.workspace
        undo_label = workspace.history.undo_label() if workspace else None
        redo_label = workspace.history.redo_label() if workspace else None
        writable = workspace is not None and not workspace.read_only
        self.action_undo.setEnabled(writable and undo_label is not None)
        self.action_redo.setEnabled(writable and redo_label is not None)
        self.action_undo.setText(f"&Undo {undo_label.lower()}" if undo_label else "&Undo")
        self.action_redo.setText(f"&Redo {redo_label.lower()}" if redo_label else "&Redo")

    # ------------------------------------------------------- file actions

    def _start_folder(self) -> Path:
        folder = Path(self.session.settings.last_folder or Path.home() / "Documents")
        return folder if folder.is_dir() else Path.home()

    def new_workspace(self) -> None:
        from .dialogs.new_workspace import NewWorkspaceDialog

        dialog = NewWorkspaceDialog(self._start_folder(), self)
        if dialog.exec() != NewWorkspaceDialog.DialogCode.Accepted:
            return
        try:
            self.session.create(dialog.path(), dialog.organisation_name())
        except SvBidderError as exc:
            messages.show_error(self, "Could not create the workspace", str(exc))
            return
        self.show_page(self.organisation_page)
        self.statusBar().showMessage(f"Created {dialog.path().name}", 8000)

    def open_workspace_dialog(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Open a workspace", str(self._start_folder()), FILE_FILTER)
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path, take_over_lock: bool = False) -> bool:
        try:
            workspace = self.session.open(path, take_over_lock=take_over_lock)
        except DamagedWorkspaceError as exc:
            self._offer_restore_for_damaged(path, str(exc))
            return False
        except SvBidderError as exc:
            if not path.exists():
                self.session.settings.remove_recent(path)
                save_settings(self.session.paths.settings_file, self.session.settings)
                self.start_page.refresh()
            messages.show_error(self, "Could not open the workspace", str(exc))
            return False
        for notice in workspace.notices:  # e.g. a crash journal set aside, not applied
            messages.show_info(self, "Opened with a note", notice)
        return True

    def _offer_restore_for_damaged(self, path: Path, problem: str) -> None:
        newest = self.session.backups.newest_good(path)
        if newest is None:
            messages.show_error(self, "This workspace is damaged",
                                problem + "\n\nThere is no backup copy of it on this computer.")
            return
        question = (f"{problem}\n\nThe newest good backup is from {newest.describe()}. "
                    "Restore it? The damaged file will be kept in the backup folder.")
        if messages.ask(self, "This workspace is damaged", question, "Restore the backup"):
            try:
                self.session.restore(newest, target=path)
            except SvBidderError as exc:
                messages.show_error(self, "Could not restore the backup", str(exc))

    def _open_anyway(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        if messages.ask(self, "Open anyway?",
                        "Only do this if you are sure nobody else has this workspace open — for "
                        "example if svbidder closed unexpectedly on another computer. If two "
                        "people edit it at once, one person's changes can be lost.",
                        "Open anyway"):
            self.open_path(workspace.path, take_over_lock=True)

    def open_example(self) -> None:
        try:
            self.session.open_example()
        except SvBidderError as exc:
            messages.show_error(self, "Could not open the example", str(exc))
            return
        self.show_page(self.organisation_page)
        self.statusBar().showMessage(
            "This is a fresh copy of the example. Change anything you like.", 10000)

    def is_example_open(self) -> bool:
        workspace = self.session.workspace
        examples = self.session.paths.examples_dir.resolve()
        return workspace is not None and workspace.path.resolve().parent == examples

    def reset_example(self) -> None:
        """Put the example back as it was, for the next group in a training session."""
        if not self.is_example_open():
            return
        if messages.ask(self, "Reset the example?",
                        "This puts the example back exactly as it was at the start, ready for "
                        "the next person. Changes made to it are kept only in its backup "
                        "copies.", "Reset the example"):
            self.open_example()
            self.statusBar().showMessage("The example has been reset.", 8000)

    def close_workspace(self) -> None:
        self.session.close()

    def save_copy_as(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        suggestion = workspace.path.with_name(f"{workspace.path.stem} copy{WORKSPACE_SUFFIX}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save a copy as", str(suggestion), FILE_FILTER)
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != WORKSPACE_SUFFIX:
            target = target.with_name(target.name + WORKSPACE_SUFFIX)
        if target.absolute() == workspace.path.absolute():
            messages.show_error(self, "Choose another name",
                                "That is the workspace itself. Choose another name for the copy.")
            return
        was_read_only = workspace.read_only
        try:
            self.session.save_copy(target)
        except SvBidderError as exc:
            messages.show_error(self, "Could not save the copy", str(exc))
            return
        if was_read_only:
            self.open_path(target)
            self.statusBar().showMessage(f"You are now working on the copy {target.name}", 10000)
        else:
            self.statusBar().showMessage(f"Saved a copy to {target}", 10000)

    def backup_now(self) -> None:
        try:
            path = self.session.backup_now()
        except SvBidderError as exc:
            messages.show_error(self, "Could not make a backup", str(exc))
            return
        if path is not None:
            self.statusBar().showMessage(
                "Your work is saved automatically. A backup copy was also made in "
                f"{path.parent}", 10000)

    def restore_from_backup(self) -> None:
        if self.session.workspace is None:
            return
        self.session.flush()
        from .dialogs.restore_backup import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.session.list_backups(), self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        try:
            self.session.restore(dialog.chosen())
        except SvBidderError as exc:
            messages.show_error(self, "Could not restore the backup", str(exc))
            return
        self.statusBar().showMessage(f"Restored the copy from {dialog.chosen().describe()}", 10000)

    def open_interview(self) -> None:
        """The guided “Unpick our social value” questions."""
        from ..core.content.interview import load_interview
        from .dialogs.interview import InterviewDialog

        if self.session.workspace is None or self.session.workspace.read_only:
            return
        self.session.flush()
        try:
            interview = load_interview()
        except SvBidderError as exc:
            messages.show_error(self, "Could not start the questions", str(exc))
            return
        InterviewDialog(self.session, interview, self).exec()

    def import_activities_csv(self) -> None:
        from ..core.organisation.csv_import import import_activities
        from .dialogs.csv_import import CsvImportDialog, read_csv_file

        if self.session.workspace is None or self.session.workspace.read_only:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Import activities from a spreadsheet", str(self._start_folder()),
            "CSV files (*.csv *.txt);;All files (*)")
        if not chosen:
            return
        path = Path(chosen)
        preview = read_csv_file(path)
        if isinstance(preview, str):
            messages.show_error(self, "Could not read the file", preview)
            return
        if not preview.rows:
            reasons = "\n".join(error.message for error in preview.errors[:8])
            messages.show_error(self, "No activities found",
                                f"No activities could be read from “{path.name}”.\n\n{reasons}")
            return
        dialog = CsvImportDialog(preview, path.name, self)
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted:
            return
        added = self.session.change(lambda ws: import_activities(ws, preview.rows))
        if added is not None:
            self.show_page(self.activities_page)
            self.session.tell(f"Added {len(added)} activities from {path.name}. "
                              "Edit → Undo takes them all back.")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.session.settings.recent_files
        if not recent:
            self.recent_menu.addAction("No recent workspaces").setEnabled(False)
        for number, text in enumerate(recent, start=1):
            path = Path(text)
            action = self.recent_menu.addAction(f"&{number % 10} {path.stem}  —  {path.parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    # --------------------------------------------------------------- help

    def find_on_page(self) -> None:
        """Ctrl+F: go to the search box of the screen in view, if it has one."""
        for box in self.current_page().findChildren(QLineEdit, "search"):
            if box.isVisible():
                box.setFocus()
                box.selectAll()
                return
        self.statusBar().showMessage("This screen has no search box.", 4000)

    def export_documents(self) -> None:
        """File → Export…: the bid answers, the offer, the map or portal text."""
        from .dialogs.export_dialog import ExportDialog

        if self.session.workspace is None:
            return
        self.session.flush()
        bid_id = None
        if self._built and self.current_page() is self._write_page:
            bid_id = self._write_page.bid_choice.currentData()
        elif self._built and self.current_page() is self._bids_page:
            bid_id = self._bids_page.records.current_id()
        ExportDialog(self.session, bid_id, self).exec()

    def open_guides(self, link: str = "") -> None:
        """Show the guides, at a section when given (e.g. from a check's "Read more")."""
        page = self.guides_page
        if link:
            page.open_link(link)
        self.show_page(page)

    def show_welcome(self) -> None:
        """The first-run welcome; afterwards only when asked for from the Help menu."""
        from .dialogs.welcome import EXAMPLE, GUIDES, NEW, WelcomeDialog

        dialog = WelcomeDialog(self)
        dialog.exec()
        self.session.settings.welcomed = True
        save_settings(self.session.paths.settings_file, self.session.settings)
        if dialog.choice == EXAMPLE:
            self.open_example()
        elif dialog.choice == NEW:
            self.new_workspace()
        elif dialog.choice == GUIDES:
            self.open_guides()

    def open_log_folder(self) -> None:
        folder = self.session.paths.log_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        messages.show_info(
            self, "About svbidder",
            f"svbidder {__version__}\n\nHelps small charities, social enterprises and community "
            "businesses write the social value parts of public-sector bids.\n\nIt works entirely "
            "on this computer and never uses the internet.\n\nFree software under the GNU GPL, "
            "version 3 or later.")

    # --------------------------------------------------------------- zoom

    def toggle_presentation(self) -> None:
        """Presentation mode multiplies the chosen zoom, so leaving it restores that zoom."""
        self.session.settings.presentation = self.action_presentation.isChecked()
        self._apply_view_settings()
        self.statusBar().showMessage(
            "Presentation mode: large text for a projector. Press F5 to go back."
            if self.session.settings.presentation else "Presentation mode is off.", 4000)

    def toggle_high_contrast(self) -> None:
        self.session.settings.high_contrast = self.action_contrast.isChecked()
        self._apply_view_settings()

    def _apply_view_settings(self) -> None:
        """Zoom, presentation and contrast, from the remembered settings."""
        from .style import apply_view

        settings = self.session.settings
        self.action_presentation.setChecked(settings.presentation)
        self.action_contrast.setChecked(settings.high_contrast)
        apply_view(settings.zoom_percent, settings.presentation, settings.high_contrast)
        self._fit_sidebar()

    def set_zoom(self, percent: int) -> None:
        self.session.settings.zoom_percent = percent
        self._apply_view_settings()
        extra = " (presentation mode makes it larger still)" if (
            self.session.settings.presentation) else ""
        self.statusBar().showMessage(f"Zoom {percent}%{extra}", 3000)

    # ------------------------------------------------------ window state

    def _restore_layout(self) -> None:
        settings = self.session.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        self.fit_to_screen(first_start=not settings.window_geometry)
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode("ascii")))

    def available_geometry(self) -> Rect:
        """The screen's space left by its taskbar or dock, as ``(x, y, width, height)``."""
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        return (area.x(), area.y(), area.width(), area.height())

    def fit_to_screen(self, first_start: bool = False) -> None:
        """Size the window to the screen it is on: a comfortable size on first start,
        and a remembered place shrunk to fit when the screen is now smaller."""
        available = self.available_geometry()
        _x, _y, usable_width, usable_height = usable_area(available)
        self.setMinimumSize(min(760, usable_width), min(520, usable_height))
        if self.isMaximized() or self.isFullScreen():
            return
        shown = self.geometry()
        x, y, width, height = (first_start_rect(available) if first_start else fit_rect(
            (shown.x(), shown.y(), shown.width(), shown.height()), available))
        self.setGeometry(x, y, width, height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, self._keep_frame_on_screen)

    def _keep_frame_on_screen(self) -> None:
        """Once the system has drawn its frame, make sure title bar and status bar
        are both on the screen (frames can be bigger than the allowance)."""
        frame, inner = self.frameGeometry(), self.geometry()
        available = self.available_geometry()
        outer = (frame.x(), frame.y(), frame.width(), frame.height())
        if self.isMaximized() or self.isFullScreen() or fits(outer, available):
            return
        margins = (inner.x() - frame.x(), inner.y() - frame.y(),
                   frame.right() - inner.right(), frame.bottom() - inner.bottom())
        x, y, width, height = fit_rect((inner.x(), inner.y(), inner.width(), inner.height()),
                                       available, margins)
        self.setGeometry(x, y, width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()
        settings = self.session.settings
        settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        settings.window_state = bytes(self.saveState().toBase64()).decode("ascii")
        save_settings(self.session.paths.settings_file, settings)
        super().closeEvent(event)
