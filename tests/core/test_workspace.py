"""The workspace file: saving, failures while saving, crashes and kills at any moment."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from svbidder.core.errors import (
    DamagedWorkspaceError,
    RecordNotFoundError,
    SaveError,
    WorkspaceError,
)
from svbidder.core.storage import lock as locking
from svbidder.core.storage.fileformat import journal_path
from svbidder.core.storage.records import Activity, EvidenceItem, Organisation, Theme
from svbidder.core.storage.workspace import Workspace

from .helpers import corrupt_middle_pages, folder_state, sha256, table_rows

PROJECT_ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ basics


def test_create_leaves_only_the_workspace(ws_path: Path) -> None:
    with Workspace.create(ws_path) as ws:
        assert ws.path == ws_path.absolute()
        assert not ws.read_only and ws.mode.reason == ""
        assert set(os.listdir(ws_path.parent)) == {ws_path.name, ws_path.name + ".lock"}
    assert os.listdir(ws_path.parent) == [ws_path.name]


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="could not be created"):
        Workspace.create(tmp_path / "no such folder" / "a.svbid")


def test_changes_are_saved_at_once(workspace: Workspace) -> None:
    workspace.add(Activity(title="Saved"))
    workspace.update(Organisation, 1, name="Elusen 🎉")
    # Another connection sees them while the workspace is still open: nothing waits in memory.
    rows = table_rows(workspace.path)
    assert [row[2] for row in rows["activity"]] == ["Saved"]
    assert rows["organisation"][0][1] == "Elusen 🎉"
    assert not journal_path(workspace.path).exists()


def test_add_sets_timestamps_and_update_changes_updated_at(workspace: Workspace) -> None:
    added = workspace.add(Activity(title="t"))
    assert added.created_at and added.updated_at == added.created_at
    assert added.created_at.startswith(str(datetime.now(UTC).year))
    old = "2020-01-01T00:00:00+00:00"
    kept = workspace.add(Activity(title="t", created_at=old, updated_at=old))
    assert (kept.created_at, kept.updated_at) == (old, old)
    changed = workspace.update(Activity, kept.id, title="u")
    assert changed.created_at == old
    assert changed.updated_at > old
    assert workspace.get(Activity, kept.id) == changed
    explicit = workspace.update(Activity, kept.id, title="v", updated_at="2021-05-05")
    assert explicit.updated_at == "2021-05-05"


def test_find_count_get_and_errors(workspace: Workspace) -> None:
    for number in range(3):
        workspace.add(Activity(title=f"A{number}", position=2 - number, area="Powys"))
    workspace.add(Activity(title="B", area="Gwynedd"))
    assert [a.title for a in workspace.find(Activity, area="Powys")] == ["A0", "A1", "A2"]
    assert [a.title for a in workspace.find(Activity, order_by="position DESC, id",
                                            area="Powys")] == ["A0", "A1", "A2"]
    assert [a.title for a in workspace.find(Activity, order_by="position, id")] == \
        ["A2", "B", "A1", "A0"]
    assert workspace.count("activity") == 4
    with pytest.raises(ValueError):
        workspace.find(Activity, no_such_column=1)
    with pytest.raises(ValueError):
        workspace.find(Activity, order_by="title; DROP TABLE activity")
    with pytest.raises(ValueError):
        workspace.count("sqlite_master")
    with pytest.raises(ValueError):
        workspace.update(Activity, 1, no_such_column=1)
    with pytest.raises(RecordNotFoundError):
        workspace.get(Activity, 99)
    with pytest.raises(RecordNotFoundError):
        workspace.update(Activity, 99, title="x")
    assert workspace.count("activity") == 4


def test_meta_is_saved_but_not_undoable(workspace: Workspace) -> None:
    workspace.set_meta("interview_step", "3 — ŵ")
    workspace.set_meta("interview_step", "4")
    assert workspace.meta("interview_step") == "4"
    assert workspace.meta("missing") is None
    assert workspace.undo() is None
    workspace.close()
    with Workspace.open(workspace.path) as again:
        assert again.meta("interview_step") == "4"


def test_save_copy(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add(Activity(title="Copied"))
    target = tmp_path / "copy.svbid"
    workspace.save_copy(target)
    workspace.add(Activity(title="Not in the copy"))
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*"))
    with Workspace.open(target) as copy:
        assert [a.title for a in copy.find(Activity)] == ["Copied"]
    # Over an existing file: replaced as a whole.
    workspace.save_copy(target)
    with Workspace.open(target, read_only=True) as copy:
        assert copy.count("activity") == 2
    with pytest.raises(WorkspaceError, match="Your workspace is unchanged"):
        workspace.save_copy(tmp_path / "missing" / "copy.svbid")
    assert workspace.count("activity") == 2


def test_save_copy_onto_itself_is_refused(workspace: Workspace) -> None:
    workspace.add(Activity(title="one"))
    before = sha256(workspace.path)
    for target in (workspace.path, workspace.path.parent / "." / workspace.path.name):
        with pytest.raises(WorkspaceError, match="this workspace itself"):
            workspace.save_copy(target)
    assert sha256(workspace.path) == before
    workspace.add(Activity(title="two"))  # still saving normally
    workspace.close()
    with Workspace.open(workspace.path) as again:
        assert again.count("activity") == 2


def test_save_copy_over_a_crashed_file(workspace: Workspace, tmp_path: Path) -> None:
    """A journal left beside the file being replaced must not be replayed onto the copy."""
    original = tmp_path / "original.svbid"
    _many_activities(original, 1500)
    crashed = tmp_path / "crashed.svbid"
    _crash_copy(original, crashed)
    workspace.add(Activity(title="the copy"))
    workspace.save_copy(crashed)
    assert not journal_path(crashed).exists()
    with Workspace.open(crashed) as copy:
        assert [a.title for a in copy.find(Activity)] == ["the copy"]


@pytest.mark.parametrize("name", ["Cais #1 100% ?&=.svbid", "a%20b.svbid",
                                  "Gŵyl 🎉 שלום مرحبا.svbid", "no suffix"])
def test_odd_file_names(tmp_path: Path, name: str) -> None:
    from svbidder.core.storage.backup import BackupStore

    store = BackupStore(tmp_path / "backups")
    path = tmp_path / name
    with Workspace.create(path, backups=store) as ws:
        ws.add(Activity(title=name))
    with Workspace.open(path, backups=store) as ws:
        assert not ws.read_only
        assert [a.title for a in ws.find(Activity)] == [name]
    with Workspace.open(path, read_only=True) as ws:
        assert ws.count("activity") == 1
    good = store.newest_good(path)
    assert good is not None and len(store.list(path)) == 2  # create and open; not read-only


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with pytest.raises(SaveError):
        workspace.add(Theme(framework_id=12345))
    assert workspace.count("theme") == 0
    assert workspace.undo() is None


# ---------------------------------------------------------- saving fails


def _limit_file_size(ws: Workspace) -> None:
    """Let the file grow no further, as on a full disk: SQLite reports SQLITE_FULL."""
    pages = ws._conn.execute("PRAGMA page_count").fetchone()[0]
    ws._conn.execute(f"PRAGMA max_page_count = {pages}")


def _unlimit(ws: Workspace) -> None:
    ws._conn.execute("PRAGMA max_page_count = 1073741823")


def test_disk_full_while_adding(workspace: Workspace) -> None:
    workspace.add(Activity(title="Saved before"))
    workspace.update(Organisation, 1, name="Elusen")
    before = table_rows(workspace.path)
    _limit_file_size(workspace)

    with pytest.raises(SaveError) as caught:
        workspace.add(Activity(title="Too big", description="ŵ" * 200_000))
    message = str(caught.value)
    assert "disk is full" in message
    assert "Everything saved before it is safe" in message
    assert table_rows(workspace.path) == before
    assert workspace.history.undo_label() == "Edit organisation"  # the failure is not a step

    with pytest.raises(SaveError, match="disk is full"):
        workspace.update(Organisation, 1, mission="🎉" * 200_000)
    assert workspace.organisation().mission == ""

    _unlimit(workspace)  # space freed: carry on as normal
    workspace.add(Activity(title="After freeing space", description="ŵ" * 200_000))
    workspace.undo()
    workspace.undo()
    assert workspace.organisation().name == "Cwmni Cymunedol"
    workspace.close()
    with Workspace.open(workspace.path) as again:
        assert [a.title for a in again.find(Activity)] == ["Saved before"]


def test_disk_full_during_undo_keeps_the_step(workspace: Workspace) -> None:
    record = workspace.add(Activity(title="x", description="ŵ" * 100_000))
    workspace.delete(Activity, record.id)
    workspace._conn.execute("VACUUM")  # give the freed space back, so undo must grow the file
    _limit_file_size(workspace)
    with pytest.raises(SaveError, match="disk is full"):
        workspace.undo()
    assert workspace.count("activity") == 0
    assert workspace.history.undo_label() == "Delete activity"
    assert workspace.history.redo_label() is None
    _unlimit(workspace)
    workspace.undo()
    assert workspace.get(Activity, record.id) == record


def test_disk_full_during_batch(workspace: Workspace) -> None:
    before = table_rows(workspace.path)
    _limit_file_size(workspace)
    with pytest.raises(SaveError, match="disk is full"), workspace.batch("Import"):
        for number in range(200):
            workspace.add(Activity(title=f"row {number}", description="ŵ" * 2000))
    assert table_rows(workspace.path) == before
    assert workspace.history.undo_label() is None


class FailingConnection:
    """Wraps the real connection; chosen statements fail as a broken disk would make them."""

    def __init__(self, conn: sqlite3.Connection, fail_on: str, message: str) -> None:
        self._conn = conn
        self.fail_on = fail_on
        self.message = message

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.strip().upper().startswith(self.fail_on):
            raise sqlite3.OperationalError(self.message)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize(("fail_on", "error", "words"), [
    ("COMMIT", "database or disk is full", "the disk is full"),
    ("COMMIT", "disk I/O error", "problem writing the file (disk I/O error)"),
    ("BEGIN", "attempt to write a readonly database", "read-only"),
    ("BEGIN", "database is locked", "another program is using the file"),
    ("UPDATE", "database or disk is full", "the disk is full"),
])
def test_save_errors_are_friendly_and_lose_nothing(
        ws_path: Path, monkeypatch: pytest.MonkeyPatch,
        fail_on: str, error: str, words: str) -> None:
    ws = Workspace.create(ws_path)
    ws.update(Organisation, 1, name="Saved")
    saved = table_rows(ws_path)
    real = ws._conn
    monkeypatch.setattr(ws, "_conn", FailingConnection(real, fail_on, error))

    with pytest.raises(SaveError) as caught:
        ws.update(Organisation, 1, name="Lost")
    message = str(caught.value)
    assert words in message
    assert message.startswith("Your last change could not be saved because")
    assert "Everything saved before it is safe in the file." in message
    assert isinstance(caught.value.__cause__, sqlite3.Error)

    monkeypatch.setattr(ws, "_conn", real)
    assert not real.in_transaction  # rolled back, nothing half-done
    assert ws.organisation().name == "Saved"
    assert table_rows(ws_path) == saved
    assert ws.history.undo_label() == "Edit organisation"
    ws.update(Organisation, 1, name="Works again")
    ws.close()
    with Workspace.open(ws_path) as again:
        assert again.organisation().name == "Works again"


# ------------------------------------------------------ crashes and kills


def _crash_copy(path: Path, target: Path, where: str = "1") -> None:
    """Copy ``path`` as a crash would leave it: half way through a big change."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE activity SET title = 'HALF DONE', description = description || 'x' "
                     f"WHERE {where}")
        assert journal_path(path).stat().st_size > 0
        shutil.copyfile(path, target)
        shutil.copyfile(journal_path(path), journal_path(target))
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _many_activities(path: Path, count: int = 2000) -> None:
    with Workspace.create(path) as ws, ws.batch("many"):
        for number in range(count):
            ws.add(Activity(title=f"Activity {number}", description="Gweithgaredd ŵ " * 8))


def test_interrupted_save_is_rolled_back_on_open(tmp_path: Path) -> None:
    original = tmp_path / "original.svbid"
    _many_activities(original)
    expected = table_rows(original)
    crashed = tmp_path / "crashed.svbid"
    _crash_copy(original, crashed)
    assert sha256(crashed) != sha256(original)  # the file itself is half-changed

    with Workspace.open(crashed) as ws:
        assert not ws.read_only
        assert ws._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert "HALF DONE" not in {a.title for a in ws.find(Activity)}
    assert table_rows(crashed) == expected
    assert not journal_path(crashed).exists()


def test_interrupted_save_open_elsewhere_is_refused(tmp_path: Path) -> None:
    original = tmp_path / "original.svbid"
    _many_activities(original, 300)
    crashed = tmp_path / "crashed.svbid"
    _crash_copy(original, crashed)
    before = folder_state(tmp_path)
    with pytest.raises(WorkspaceError, match="not closed properly"):
        Workspace.open(crashed, read_only=True)
    assert folder_state(tmp_path) == before


def _open_files() -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # closed meanwhile
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_damaged_after_interrupted_save_is_refused_and_closed(tmp_path: Path) -> None:
    original = tmp_path / "original.svbid"
    _many_activities(original, 3000)
    crashed = tmp_path / "crashed.svbid"
    _crash_copy(original, crashed, where="id < 20")  # pages at the start only
    corrupt_middle_pages(crashed)
    with pytest.raises(DamagedWorkspaceError) as caught:
        Workspace.open(crashed)
    message = str(caught.value)
    assert crashed.name in message
    assert "\n" not in message and "***" not in message  # one plain line for people
    # The refused file is not kept open (it may be restored over next) and not locked.
    assert str(crashed) not in _open_files()
    assert not locking.lock_path(crashed).exists()


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path

    from svbidder.core.storage.records import Activity, Organisation
    from svbidder.core.storage.workspace import Workspace

    path, tag = Path(sys.argv[1]), sys.argv[2]
    ws = Workspace.open(path)
    if ws.read_only:
        print("read-only", ws.mode.reason, flush=True)
        sys.exit(3)
    print("ready", flush=True)
    pad = __PAD__  # several pages per row, so a save writes many pages
    n = 0
    while True:
        n += 1
        step = n % 4
        if step == 0:
            ws.update(Organisation, 1, name=f"{tag}:{n}", mission=pad + str(n), typing=True)
            print(f"org {n}", flush=True)
        elif step == 2:
            with ws.batch("pair"):
                ws.add(Activity(title=f"{tag}:{n}a", description=pad))
                ws.update(Organisation, 1, area_served=f"{tag}:{n}")
                ws.add(Activity(title=f"{tag}:{n}b", description=pad))
            print(f"batch {n}", flush=True)
        else:
            ws.add(Activity(title=f"{tag}:{n}", description=pad, position=n))
            print(f"act {n}", flush=True)
""")


PAD = "ŵŷ🎉שלום" * 400


def _kind_of(n: int) -> str:
    """What the saver does at step ``n`` (see CHILD)."""
    return {0: "org", 2: "batch"}.get(n % 4, "act")


def _read_lines(stream: Any, into: list[str]) -> None:
    for raw in stream:
        into.append(raw.decode("utf-8", "replace"))


@pytest.mark.slow
def test_no_saved_edit_is_lost_when_killed(tmp_path: Path) -> None:
    """Kill a process that is saving, again and again; every reported save must be there."""
    script = tmp_path / "saver.py"
    script.write_text(CHILD.replace("__PAD__", repr(PAD)), encoding="utf-8")
    path = tmp_path / "Killed.svbid"
    Workspace.create(path).close()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    rng = random.Random(20240615)

    committed_titles: set[str] = set()
    org_name, org_area = "", ""
    kills = hot_journals = 0
    started = time.monotonic()
    for round_number in range(30):
        tag = f"r{round_number}"
        proc = subprocess.Popen([sys.executable, str(script), str(path), tag],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        lines: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
        reader.start()
        if round_number % 6 == 5:
            time.sleep(rng.uniform(0.0, 0.12))  # sometimes while it is still opening
        else:
            deadline = time.monotonic() + 10
            while not lines and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.002)
            if not (lines and lines[0].startswith("ready")):
                proc.kill()
                proc.wait()
                pytest.fail(f"the saver did not start: {lines} {proc.stderr.read()!r}")
            time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()  # reaped: its pid is really gone, so its lock is stale
        reader.join(5)
        stderr = proc.stderr.read().decode("utf-8", "replace")
        proc.stdout.close()
        proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL, stderr
        kills += 1
        hot_journals += journal_path(path).exists()

        # Only whole lines count: a line cut off by the kill was not reported.
        reported = [line.split() for line in lines if line.endswith("\n")]
        assert all(r[0] in ("ready", "org", "act", "batch") for r in reported), reported
        edits = [(kind, int(n)) for kind, n, *_ in (r for r in reported if r[0] != "ready")]
        assert edits == [(_kind_of(n), n) for n in range(1, len(edits) + 1)], edits
        in_flight = len(edits) + 1  # the one edit that may or may not have been saved
        flight_kind = _kind_of(in_flight)

        with Workspace.open(path) as ws:
            assert not ws.read_only, ws.mode.reason
            conn = sqlite3.connect(path)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            finally:
                conn.close()

            titles = {a.title for a in ws.find(Activity)}
            for kind, n in edits:
                if kind == "act":
                    committed_titles.add(f"{tag}:{n}")
                elif kind == "batch":
                    committed_titles.update({f"{tag}:{n}a", f"{tag}:{n}b"})
            missing = committed_titles - titles
            assert not missing, f"round {round_number}: saved edits lost: {sorted(missing)[:5]}"
            extra = titles - committed_titles
            allowed = {"act": {f"{tag}:{in_flight}"},
                       "batch": {f"{tag}:{in_flight}a", f"{tag}:{in_flight}b"},
                       "org": set()}[flight_kind]
            assert extra <= allowed, f"round {round_number}: unexpected rows {sorted(extra)}"
            if f"{tag}:{in_flight}a" in extra or f"{tag}:{in_flight}b" in extra:
                assert {f"{tag}:{in_flight}a", f"{tag}:{in_flight}b"} <= titles  # all or none
            committed_titles |= extra  # saved after all: must stay from now on

            for activity in ws.find(Activity):  # whole rows, not just their titles
                if activity.title.startswith(f"{tag}:"):
                    assert activity.description == PAD, activity.title

            organisation = ws.organisation()
            org_edits = [n for kind, n in edits if kind == "org"]
            batch_edits = [n for kind, n in edits if kind == "batch"]
            possible_names = {f"{tag}:{in_flight}"} if flight_kind == "org" else set()
            possible_names.add(f"{tag}:{org_edits[-1]}" if org_edits else org_name)
            assert organisation.name in possible_names, (organisation.name, possible_names)
            if organisation.name:  # name and mission were saved together
                assert organisation.mission == PAD + organisation.name.split(":")[1]
            possible_areas = {f"{tag}:{in_flight}"} if flight_kind == "batch" else set()
            possible_areas.add(f"{tag}:{batch_edits[-1]}" if batch_edits else org_area)
            assert organisation.area_served in possible_areas
            org_name, org_area = organisation.name, organisation.area_served
        assert not locking.lock_path(path).exists()

    elapsed = time.monotonic() - started
    assert kills >= 20
    assert len(committed_titles) > 50, "the child hardly saved anything: test is too weak"
    print(f"\nkill test: {kills} kills, {hot_journals} left a journal, "
          f"{len(committed_titles)} rows checked, {elapsed:.1f} s")


def test_workspace_is_usable_after_reopen_of_killed_file(tmp_path: Path) -> None:
    """A stale lock from a killed process does not make the file read-only."""
    path = tmp_path / "w.svbid"
    Workspace.create(path).close()
    script = tmp_path / "hold.py"
    script.write_text(textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from svbidder.core.storage.workspace import Workspace
        ws = Workspace.open(Path(sys.argv[1]))
        print("open", ws.read_only, flush=True)
        time.sleep(60)
    """), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, str(script), str(path)],
                            stdout=subprocess.PIPE, env=env)
    try:
        assert proc.stdout.readline() == b"open False\n"
        with Workspace.open(path) as ws:  # the child is alive: read-only here
            assert ws.read_only and ws.mode.lock_holder.pid == proc.pid
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    assert locking.read_lock(path).pid == proc.pid  # left behind by the kill
    with Workspace.open(path) as ws:
        assert not ws.read_only
        ws.add(EvidenceItem(title="after"))
