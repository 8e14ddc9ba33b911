"""Damage that SQLite's own checks let through, and crash journals that belong to
another file: each is caught at open, reported in one plain message, and never
replayed or read as if it were sound (issue 17, items 4 and 5)."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from svbidder.core.errors import DamagedWorkspaceError
from svbidder.core.storage import fileformat
from svbidder.core.storage.backup import BackupStore
from svbidder.core.storage.fileformat import journal_path
from svbidder.core.storage.lock import lock_path, read_fingerprint
from svbidder.core.storage.records import Activity
from svbidder.core.storage.workspace import Workspace

from .helpers import table_rows

# A writer that opens a workspace the normal way (lock, backup on open), saves a
# few changes, then starts a big one and waits to be killed half way through it.
WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from svbidder.core.storage.backup import BackupStore
    from svbidder.core.storage.records import Activity
    from svbidder.core.storage.workspace import Workspace

    path, backups = Path(sys.argv[1]), BackupStore(Path(sys.argv[2]))
    ws = Workspace.open(path, backups=backups)
    for number in range(int(sys.argv[3])):
        ws.add(Activity(title=f"Saved after the backup {number}"))
    conn = ws._conn
    conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file itself
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE activity SET title = 'HALF DONE', description = description || 'x'")
    print("in the middle of a save", flush=True)
    time.sleep(60)
""")


def _many_activities(path: Path, count: int = 1500) -> None:
    with Workspace.create(path) as ws, ws.batch("many"):
        for number in range(count):
            ws.add(Activity(title=f"Activity {number}", description="Gweithgaredd ŵ " * 8))


def _kill_mid_save(path: Path, backups: Path, saves: int = 3) -> None:
    """Run the writer and kill it (SIGKILL) while its save is half done."""
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(backups),
                               str(saves)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "in the middle of a save"
    finally:
        writer.kill()
        writer.wait()
    assert journal_path(path).stat().st_size > 0  # a hot journal is left
    assert lock_path(path).exists()  # and the crashed program's lock


def test_crash_journal_is_not_replayed_onto_a_backup_copied_over_the_file(tmp_path):
    """The issue's case: after a crash, a backup is copied over the workspace with the
    file manager; opening it must give exactly the backup, and say why."""
    path, backups = tmp_path / "bid.svbid", tmp_path / "backups"
    _many_activities(path)
    _kill_mid_save(path, backups)
    assert read_fingerprint(path) is not None  # recorded by the writer when it opened
    backup = BackupStore(backups).list(path)[0].path  # made when the writer opened it
    expected = table_rows(backup)
    shutil.copyfile(backup, path)  # as a file manager does: in place, new contents

    with Workspace.open(path) as ws:
        assert ws._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notices = list(ws.notices)
    assert table_rows(path) == expected  # the backup, not a mixture of two files
    assert not journal_path(path).exists()
    set_aside = [p.name for p in tmp_path.iterdir() if "crash journal set aside" in p.name]
    assert len(set_aside) == 1 and set_aside[0].endswith(".journal")
    assert len(notices) == 1
    assert "was not applied" in notices[0] and set_aside[0] in notices[0]


def test_crash_journal_of_the_file_itself_is_still_replayed(tmp_path):
    """The ordinary crash: the interrupted save is rolled back, nothing else changes."""
    path, backups = tmp_path / "bid.svbid", tmp_path / "backups"
    _many_activities(path)
    _kill_mid_save(path, backups, saves=2)

    with Workspace.open(path) as ws:
        titles = {activity.title for activity in ws.find(Activity)}
        assert ws.notices == []
    assert "HALF DONE" not in titles
    assert {"Saved after the backup 0", "Saved after the backup 1"} <= titles
    assert len(titles) == 1502
    assert not journal_path(path).exists()
    assert not [p for p in tmp_path.iterdir() if "set aside" in p.name]


def test_a_journal_from_another_workspace_is_set_aside(tmp_path):
    """A journal copied beside the wrong file (or left by a file of the same name)."""
    other, backups = tmp_path / "other.svbid", tmp_path / "backups"
    _many_activities(other)
    _kill_mid_save(other, backups)
    path = tmp_path / "bid.svbid"
    _many_activities(path, 800)
    expected = table_rows(path)
    shutil.copyfile(journal_path(other), journal_path(path))

    with Workspace.open(path) as ws:
        assert ws.notices
    assert table_rows(path) == expected


def test_a_file_still_damaged_after_the_rollback_is_not_called_untouched(tmp_path,
                                                                         monkeypatch):
    path, backups = tmp_path / "bid.svbid", tmp_path / "backups"
    _many_activities(path)
    _kill_mid_save(path, backups)
    monkeypatch.setattr("svbidder.core.storage.workspace.find_damage",
                        lambda conn, p: "a page is out of order")
    with pytest.raises(DamagedWorkspaceError) as caught:
        Workspace.open(path)
    assert "left exactly as it was" not in str(caught.value)
    assert "undone a save that was interrupted, so the file has changed" in str(caught.value)


def test_the_lock_keeps_a_fingerprint_of_the_file_as_opened(tmp_path):
    path = tmp_path / "bid.svbid"
    _many_activities(path, 10)
    with Workspace.open(path):
        recorded = read_fingerprint(path)
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert recorded == fileformat.fingerprint(path)
    assert data["file"]["size"] == path.stat().st_size
    assert set(data) >= {"user", "host", "pid", "opened_at"}


# ------------------------------------------------------------ damage at rest


def _workspace_with_text(path: Path) -> None:
    with Workspace.create(path, organisation_name="Millbrook Hub") as ws, ws.batch("many"):
        for number in range(200):
            ws.add(Activity(title=f"Lunch club {number}",
                            description="Hot meals for older people, twice a week. " * 4))


def test_invalid_utf8_in_a_text_column_is_found_at_open(tmp_path):
    path = tmp_path / "bid.svbid"
    _workspace_with_text(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE activity SET title = CAST(X'4C756E6368FF20636C7562' AS TEXT) "
                 "WHERE id = 7")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DamagedWorkspaceError, match="unreadable text in activity"):
        Workspace.open(path)
    with pytest.raises(DamagedWorkspaceError, match="left exactly as it was"):
        Workspace.open(path, read_only=True)
    assert path.read_bytes() == before


def test_text_that_goes_bad_after_opening_is_read_with_replacement(tmp_path):
    path = tmp_path / "bid.svbid"
    _workspace_with_text(path)
    with Workspace.open(path) as ws:
        ws._conn.execute("UPDATE activity SET title = CAST(X'4C756E6368FF' AS TEXT) "
                         "WHERE id = 3")
        assert ws.get(Activity, 3).title == "Lunch\ufffd"
        assert len(ws.find(Activity)) == 200


@pytest.mark.parametrize("cut", [21, 100, 333, 700, 4096, 5000])
def test_a_file_cut_short_is_damaged_not_read_as_zeros(tmp_path, cut):
    path = tmp_path / "bid.svbid"
    _workspace_with_text(path)
    path.write_bytes(path.read_bytes()[:-cut])
    before = path.read_bytes()
    with pytest.raises(DamagedWorkspaceError, match="shorter than its contents say|damaged"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert not journal_path(path).exists() and not lock_path(path).exists()


def test_random_page_damage_is_refused_or_reads_cleanly(tmp_path):
    """100 random damages to one page each: every open either refuses with
    DamagedWorkspaceError or gives a workspace whose every record reads."""
    original = tmp_path / "original.svbid"
    _workspace_with_text(original)
    data = original.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    rng = random.Random(1717)
    refused = opened = 0
    for trial in range(100):
        damaged = bytearray(data)
        page = rng.randrange(1, pages)  # page 0 holds the header: tested elsewhere
        for _ in range(rng.randint(1, 40)):
            damaged[page * page_size + rng.randrange(page_size)] = rng.randrange(256)
        path = tmp_path / f"trial{trial}.svbid"
        path.write_bytes(bytes(damaged))
        try:
            with Workspace.open(path, read_only=True) as ws:
                for activity in ws.find(Activity):
                    assert isinstance(activity.title, str)
                opened += 1
        except DamagedWorkspaceError:
            refused += 1
        path.unlink()
    assert refused + opened == 100 and refused > 0


def test_info_prints_one_plain_line_for_damaged_files(tmp_path):
    path = tmp_path / "bid.svbid"
    _workspace_with_text(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE organisation SET name = CAST(X'C3' AS TEXT) WHERE id = 1")
    conn.commit()
    conn.close()
    cut = tmp_path / "cut.svbid"
    _workspace_with_text(cut)
    cut.write_bytes(cut.read_bytes()[:-300])
    for damaged in (path, cut):
        result = subprocess.run([sys.executable, "-m", "svbidder", "info", str(damaged)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "damaged" in lines[0], result.stderr
        assert "Traceback" not in result.stderr
