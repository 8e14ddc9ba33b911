"""Backup copies: made on open and on demand, pruned by the retention rule, restorable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from svbidder.core.errors import SvBidderError, WorkspaceError
from svbidder.core.storage import backup as backup_module
from svbidder.core.storage.backup import BackupStore, is_good_workspace_file, restore_file
from svbidder.core.storage.fileformat import journal_path
from svbidder.core.storage.records import Activity, Organisation
from svbidder.core.storage.workspace import Workspace

from .helpers import corrupt_middle_pages, folder_state, sha256

STAMP = "%Y%m%d-%H%M%S-%f"


class FrozenClock:
    """Stands in for ``datetime`` in the backup module: ``now()`` is whatever we set."""

    def __init__(self, start: datetime) -> None:
        self.now_value = start

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        clock = self

        class FrozenDatetime(datetime):
            @classmethod
            def now(cls, tz=None):  # noqa: ANN001, ANN206 - mirrors datetime.now
                return clock.now_value if tz else clock.now_value.replace(tzinfo=None)

        monkeypatch.setattr(backup_module, "datetime", FrozenDatetime)


def _titles(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return [a.title for a in ws.find(Activity)]


def test_backup_on_open_and_backup_now(ws_path: Path, backups: BackupStore) -> None:
    Workspace.create(ws_path).close()
    assert backups.list(ws_path) == []
    with Workspace.open(ws_path, backups=backups) as ws:
        made = backups.list(ws_path)
        assert len(made) == 1
        assert made[0].path.parent == backups.folder_for(ws_path)
        assert made[0].path.name.startswith("Gŵyl-Test ")
        assert made[0].size == made[0].path.stat().st_size > 0
        assert is_good_workspace_file(made[0].path)
        assert _titles(made[0].path) == []

        ws.add(Activity(title="Clwb ieuenctid 🎉"))
        copy = ws.backup_now()
        assert copy is not None and copy.exists()
        listed = backups.list(ws_path)
        assert [info.path for info in listed] == [copy, made[0].path]  # newest first
        assert listed[0].made_at >= listed[1].made_at
        assert _titles(copy) == ["Clwb ieuenctid 🎉"]
        assert listed[0].describe()
        # The copy is independent of the workspace.
        ws.update(Activity, 1, title="changed later")
        assert _titles(copy) == ["Clwb ieuenctid 🎉"]
    # No half-written files left behind.
    assert not [p for p in backups.folder_for(ws_path).iterdir() if p.suffix == ".part"]


def test_create_with_backups_makes_the_first_one(ws_path: Path, backups: BackupStore) -> None:
    with Workspace.create(ws_path, backups=backups):
        pass
    assert len(backups.list(ws_path)) == 1


def test_backup_now_without_a_store(workspace: Workspace) -> None:
    assert workspace.backup_now() is None


def test_failed_backup_does_not_stop_opening(ws_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the backup folder should be")
    store = BackupStore(blocker / "backups")
    Workspace.create(ws_path).close()
    with Workspace.open(ws_path, backups=store) as ws:
        assert not ws.read_only
        ws.add(Activity(title="still works"))
        with pytest.raises(SvBidderError, match="Your workspace itself is fine"):
            ws.backup_now()
    assert _titles(ws_path) == ["still works"]


def test_same_name_in_different_folders_kept_apart(tmp_path: Path, backups: BackupStore) -> None:
    first, second = tmp_path / "a" / "Cais.svbid", tmp_path / "b" / "Cais.svbid"
    assert backups.folder_for(first) != backups.folder_for(second)
    assert backups.folder_for(first) == backups.folder_for(tmp_path / "a" / "Cais.svbid")


def _fake_backup(store: BackupStore, workspace: Path, when: datetime) -> Path:
    folder = store.folder_for(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Cais {when.strftime(STAMP)}.svbid"
    path.write_bytes(b"stand-in")
    return path


def test_retention_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    now = datetime(2024, 6, 15, 12, 0, tzinfo=UTC)
    FrozenClock(now).install(monkeypatch)
    store = BackupStore(tmp_path / "backups", keep_recent=3, keep_days=5)
    workspace = tmp_path / "Cais.svbid"

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2024, 6, day, hour, minute, tzinfo=UTC)

    keep = [
        at(15, 11, 30), at(15, 11), at(15, 10),  # the newest three
        at(14, 20), at(13, 19), at(12, 23), at(11, 1),  # newest of each recent day
        at(10, 13),  # the cut-off day: 13:00 is within five days of now, so kept
    ]
    drop = [
        at(15, 9),  # today, but neither among the newest three nor the day's newest
        at(14, 8), at(13, 7), at(12, 22, 59), at(11, 0, 30),  # older copies of those days
        at(10, 10),  # older copy of the cut-off day
        at(9, 23), at(1, 12), datetime(2023, 12, 25, 9, tzinfo=UTC),  # too old
    ]
    paths = {when: _fake_backup(store, workspace, when) for when in keep + drop}
    folder = store.folder_for(workspace)
    unrelated = folder / "notes.txt"
    unrelated.write_text("not a backup")
    odd_name = folder / "Cais not-a-stamp.svbid"
    odd_name.write_bytes(b"?")

    store.prune(folder)

    remaining = {info.made_at for info in store.list(workspace)}
    assert remaining == set(keep)
    for when in drop:
        assert not paths[when].exists(), when
    assert unrelated.exists() and odd_name.exists()  # only backups are ever deleted

    store.prune(folder)  # pruning again changes nothing
    assert {info.made_at for info in store.list(workspace)} == set(keep)


def test_retention_while_working(ws_path: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Hourly backups for three weeks keep the newest few plus the newest of each day."""
    clock = FrozenClock(datetime(2024, 1, 1, 8, 0, tzinfo=UTC))
    clock.install(monkeypatch)
    store = BackupStore(tmp_path / "backups", keep_recent=4, keep_days=7)
    with Workspace.create(ws_path, backups=store) as ws:
        for step in range(21 * 6):  # six copies a day (one an hour, 8:00 to 13:00)
            day, hour = divmod(step, 6)
            clock.now_value = datetime(2024, 1, 1 + day, 8 + hour, tzinfo=UTC)
            ws.update(Organisation, 1, name=f"edit {step}")
            ws.backup_now()
    made = [info.made_at for info in store.list(ws_path)]
    last_day = datetime(2024, 1, 21, tzinfo=UTC)
    newest_four = [last_day.replace(hour=h) for h in (13, 12, 11, 10)]
    # Newest of each day from the cut-off (21 Jan 13:00 - 7 days = 14 Jan 13:00) on.
    daily = [datetime(2024, 1, d, 13, tzinfo=UTC) for d in range(20, 13, -1)]
    assert made == newest_four + daily
    assert all(is_good_workspace_file(info.path) for info in store.list(ws_path))


def test_half_written_backups_are_ignored(ws_path: Path, backups: BackupStore) -> None:
    with Workspace.create(ws_path, backups=backups):
        pass
    folder = backups.folder_for(ws_path)
    part = folder / f"Cais {datetime.now(UTC).strftime(STAMP)}.svbid.part"
    part.write_bytes(b"half")
    assert [info.path.suffix for info in backups.list(ws_path)] == [".svbid"]


def test_newest_good_skips_a_damaged_backup(ws_path: Path, backups: BackupStore) -> None:
    with Workspace.create(ws_path, backups=backups) as ws:
        with ws.batch("lots"):
            for number in range(1500):
                ws.add(Activity(title=f"Gweithgaredd {number}", description="ŵ" * 80))
        older = ws.backup_now()
        ws.add(Activity(title="newest"))
        newest = ws.backup_now()
    assert older is not None and newest is not None
    assert backups.newest_good(ws_path).path == newest
    corrupt_middle_pages(newest)
    assert not is_good_workspace_file(newest)
    good = backups.newest_good(ws_path)
    assert good is not None and good.path == older
    # A backup that is not even a database is skipped too.
    older.write_bytes(b"nothing useful")
    assert backups.newest_good(ws_path).path not in (older, newest)


def test_newest_good_when_there_is_none(ws_path: Path, backups: BackupStore) -> None:
    assert backups.newest_good(ws_path) is None


def test_restore_replaces_target_and_removes_stale_journal(
        ws_path: Path, backups: BackupStore) -> None:
    with Workspace.create(ws_path, backups=backups) as ws:
        ws.add(Activity(title="kept in the backup"))
        copy = ws.backup_now()
        ws.add(Activity(title="after the backup"))
    assert copy is not None
    journal = journal_path(ws_path)
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x01" * 2048)  # stale, hot
    copy_hash = sha256(copy)

    restore_file(copy, ws_path)

    assert sha256(ws_path) == copy_hash
    assert not journal.exists()
    assert sha256(copy) == copy_hash  # the backup itself is untouched
    assert not [p for p in ws_path.parent.iterdir() if p.name.endswith(".restoring")]
    with Workspace.open(ws_path) as ws:
        assert [a.title for a in ws.find(Activity)] == ["kept in the backup"]


def test_restore_of_damaged_backup_changes_nothing(ws_path: Path, tmp_path: Path) -> None:
    with Workspace.create(ws_path) as ws:
        ws.add(Activity(title="current"))
    bad = tmp_path / "bad.svbid"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = folder_state(ws_path.parent)
    with pytest.raises(WorkspaceError, match="bad.svbid"):
        restore_file(bad, ws_path)
    assert folder_state(ws_path.parent) == before


def test_backup_file_of_a_closed_workspace(ws_path: Path, backups: BackupStore) -> None:
    with Workspace.create(ws_path) as ws:
        ws.add(Activity(title="closed"))
    before = sha256(ws_path)
    copy = backups.backup_file(ws_path)
    assert _titles(copy) == ["closed"]
    assert sha256(ws_path) == before
    assert backups.list(ws_path)[0].path == copy


def test_old_backups_are_pruned_when_a_new_one_is_made(
        ws_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups", keep_recent=2, keep_days=3)
    old = datetime.now(UTC) - timedelta(days=30)
    for day in range(5):
        _fake_backup(store, ws_path, old + timedelta(days=day))
    with Workspace.create(ws_path, backups=store) as ws:
        ws.backup_now()
    assert all(info.made_at > old + timedelta(days=10) for info in store.list(ws_path))
    assert len(store.list(ws_path)) == 2
