"""What a kill leaves behind is cleared on the next run, and a kill never leaves an
empty workspace where a full one was expected (issue 17, item 8). Real kills of a
subprocess, at many moments."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from svbidder.core.content.example import EXAMPLE_FILE_NAME, write_example
from svbidder.core.storage.backup import BackupStore, is_good_workspace_file
from svbidder.core.storage.records import Activity
from svbidder.core.storage.workspace import Workspace

BACKING_UP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from svbidder.core.storage.backup import BackupStore
    from svbidder.core.storage.workspace import Workspace
    ws = Workspace.open(Path(sys.argv[1]), backups=BackupStore(Path(sys.argv[2])))
    print("open", flush=True)
    while True:
        ws.backup_now()
""")

LITTER_SUFFIXES = (".part", "-journal", ".creating", ".building", ".lock")


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()
                  and (p.name.endswith(LITTER_SUFFIXES) or ".building" in p.name))


def test_backups_killed_half_way_leave_nothing_once_the_next_backup_is_made(tmp_path):
    path, root = tmp_path / "bid.svbid", tmp_path / "backups"
    with Workspace.create(path) as ws, ws.batch("many"):
        for number in range(3000):
            ws.add(Activity(title=f"Activity {number}", description="Lunch club " * 30))
    seen_litter: set[str] = set()
    for kill in range(8):
        writer = subprocess.Popen([sys.executable, "-c", BACKING_UP, str(path), str(root)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
        time.sleep(0.05 + 0.037 * kill)
        writer.kill()
        writer.wait()
        seen_litter |= set(_litter(root))
    assert any(name.endswith(".part") for name in seen_litter), seen_litter  # kills did hit

    with Workspace.open(path, backups=BackupStore(root)):  # the next run
        pass
    assert _litter(root) == []
    backups = BackupStore(root).list(path)
    assert backups and all(is_good_workspace_file(info.path) for info in backups)


def test_clear_litter_keeps_backups_and_removes_old_style_part_files(tmp_path):
    path, root = tmp_path / "bid.svbid", tmp_path / "backups"
    store = BackupStore(root)
    with Workspace.create(path, backups=store) as ws:
        first = ws.backup_now()
    assert first is not None
    folder = store.folder_for(path)
    for name in (f"{first.name}.part", f"{first.name}.part-journal", ".bid-x1y2.part",
                 ".bid-x1y2.part-journal", f"{first.name}-journal"):
        (folder / name).write_bytes(b"left by a kill" * 1000)
    store.prune(folder)
    assert _litter(root) == []
    assert first.exists() and is_good_workspace_file(first)


def test_a_killed_example_never_leaves_an_empty_workspace(tmp_path):
    path = tmp_path / EXAMPLE_FILE_NAME
    full = write_example(tmp_path / "reference.svbid")
    expected = len(full.find(Activity))
    full.close()
    (tmp_path / "reference.svbid").unlink()
    env = {**os.environ, "SVBIDDER_HOME": str(tmp_path / "home")}
    outcomes = []
    for delay in [0.04 * step for step in range(1, 16)]:
        runner = subprocess.Popen([sys.executable, "-m", "svbidder", "example", str(path)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        runner.kill()
        runner.wait()
        if path.exists():  # whole, never empty or half-built
            with Workspace.open(path, read_only=True) as ws:
                assert len(ws.find(Activity)) == expected
            outcomes.append("whole")
            path.unlink()
            for lock in tmp_path.glob("*.lock"):
                lock.unlink()
        else:
            outcomes.append("absent")
    assert "absent" in outcomes

    result = subprocess.run([sys.executable, "-m", "svbidder", "example", str(path)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [EXAMPLE_FILE_NAME]
