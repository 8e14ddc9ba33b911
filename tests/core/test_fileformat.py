"""Files that are not sound workspaces of ours are refused, and left exactly as they were."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from svbidder.core.errors import (
    DamagedWorkspaceError,
    NewerVersionError,
    NotAWorkspaceError,
    WorkspaceError,
)
from svbidder.core.storage.backup import BackupStore
from svbidder.core.storage.fileformat import has_hot_journal, journal_path, read_header
from svbidder.core.storage.records import Activity
from svbidder.core.storage.schema import CURRENT_VERSION
from svbidder.core.storage.workspace import Workspace

from .helpers import corrupt_middle_pages, folder_state


def _newer(path: Path) -> None:
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()


def _text(path: Path) -> None:
    path.write_text("Dear buyer,\nHere is our social value answer. Diolch! 🎉\n" * 20,
                    encoding="utf-8")


def _docx_like(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types/>")
        archive.writestr("word/document.xml", "<w:document>Gŵyl</w:document>")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _short_sqlite_magic(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Siân')")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    with Workspace.create(path) as ws, ws.batch("many rows"):
        for number in range(3000):
            ws.add(Activity(title=f"Activity {number}", description="Gweithgaredd " * 10))
    corrupt_middle_pages(path)


REFUSED: list[tuple[str, Callable[[Path], None], type[WorkspaceError], str]] = [
    ("newer", _newer, NewerVersionError, "newer version"),
    ("text", _text, NotAWorkspaceError, "not an svbidder workspace"),
    ("docx", _docx_like, NotAWorkspaceError, "not an svbidder workspace"),
    ("empty", _empty, NotAWorkspaceError, "not an svbidder workspace"),
    ("short", _short_sqlite_magic, NotAWorkspaceError, "not an svbidder workspace"),
    ("foreign", _foreign_sqlite, NotAWorkspaceError, "another program"),
    ("damaged", _damaged, DamagedWorkspaceError, "damaged"),
]


@pytest.mark.parametrize(("kind", "make", "error", "words"), REFUSED,
                         ids=[item[0] for item in REFUSED])
@pytest.mark.parametrize("how", ["normal", "read_only", "take_over_lock"])
def test_refused_files_are_left_untouched(
        tmp_path: Path, kind: str, make: Callable[[Path], None],
        error: type[WorkspaceError], words: str, how: str) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / f"Cais {kind} ŵ.svbid"
    make(path)
    before = folder_state(folder)
    store = BackupStore(tmp_path / "backups")

    with pytest.raises(error) as caught:
        Workspace.open(path, backups=store, read_only=how == "read_only",
                       take_over_lock=how == "take_over_lock")

    message = str(caught.value)
    assert path.name in message
    assert words in message
    assert "\n" not in message and "Traceback" not in message
    # Same bytes, and nothing new beside it: no lock file, no journal.
    assert folder_state(folder) == before
    assert not (tmp_path / "backups").exists()


def test_newer_version_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "newer.svbid"
    _newer(path)
    with pytest.raises(NewerVersionError) as caught:
        Workspace.open(path)
    assert "update svbidder" in str(caught.value)
    assert "not been changed" in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="could not be found"):
        Workspace.open(tmp_path / "gone.svbid")
    assert list(tmp_path.iterdir()) == []
    folder = tmp_path / "looks like one.svbid"
    folder.mkdir()
    with pytest.raises(NotAWorkspaceError, match="folder"):
        Workspace.open(folder)


def test_create_refuses_to_replace_a_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.svbid"
    _text(path)
    before = folder_state(tmp_path)
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(path)
    assert folder_state(tmp_path) == before


def test_read_header(workspace: Workspace) -> None:
    info = read_header(workspace.path)
    assert info.schema_version == CURRENT_VERSION
    assert info.page_size in (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)
    assert info.page_count * info.page_size == workspace.path.stat().st_size


def test_hot_journal_detection(tmp_path: Path) -> None:
    path = tmp_path / "a.svbid"
    assert journal_path(path).name == "a.svbid-journal"
    assert not has_hot_journal(path)
    journal_path(path).write_bytes(b"")
    assert not has_hot_journal(path)  # an empty journal is not hot
    journal_path(path).write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 500)
    assert has_hot_journal(path)


def test_damaged_backup_is_not_a_good_file(tmp_path: Path) -> None:
    from svbidder.core.storage.backup import is_good_workspace_file

    good = tmp_path / "good.svbid"
    Workspace.create(good).close()
    bad = tmp_path / "bad.svbid"
    _damaged(bad)
    assert is_good_workspace_file(good)
    assert not is_good_workspace_file(bad)
    for make in (_text, _empty, _foreign_sqlite, _newer):
        other = tmp_path / f"{make.__name__}.svbid"
        make(other)
        assert not is_good_workspace_file(other)
