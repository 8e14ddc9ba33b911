"""The schema, and migrating files from every earlier version to the current one."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from svbidder.core.errors import WorkspaceError
from svbidder.core.storage import fileformat, schema
from svbidder.core.storage import workspace as workspace_module
from svbidder.core.storage.backup import BackupStore
from svbidder.core.storage.records import RECORD_TYPES, Record
from svbidder.core.storage.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS
from svbidder.core.storage.workspace import Workspace

from .helpers import folder_state, user_version


def build_at_version(path: Path, version: int) -> None:
    """A file as an older svbidder left it: the first ``version`` migrations applied."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for step in range(version):
            conn.executescript(MIGRATIONS[step])
            conn.execute(f"PRAGMA user_version = {step + 1}")
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    return {row[1]: row[2].upper() for row in conn.execute(f"PRAGMA table_info({table})")}


def _parent_tables(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    return {row[3]: row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table})")}


def fill_old_file(path: Path, version: int) -> dict[str, tuple[int, dict[str, Any]]]:
    """Put a row in every record table that exists at ``version``.

    Returns table -> (row id, values written). Works from the file's own
    columns, so it keeps working as migrations are added.
    """
    written: dict[str, tuple[int, dict[str, Any]]] = {}
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        for cls in RECORD_TYPES:
            columns = _columns(conn, cls.TABLE)
            if not columns:
                continue  # this table came later
            parents = _parent_tables(conn, cls.TABLE)
            defaults = {f.name: f.default for f in dataclasses.fields(cls)}
            values: dict[str, Any] = {}
            for number, (name, declared) in enumerate(columns.items()):
                if name == "id":
                    continue
                if name in parents:
                    values[name] = written[parents[name]][0]
                elif isinstance(defaults.get(name), bool):
                    values[name] = 1
                elif "INT" in declared:
                    values[name] = 40 + number
                elif "REAL" in declared:
                    values[name] = 2.5 + number
                elif isinstance(defaults.get(name), str) and defaults[name]:
                    values[name] = defaults[name]  # e.g. a status with a CHECK: keep it valid
                else:
                    values[name] = f"v{version} {cls.TABLE}.{name} Gŵyl 🎉 שלום"
            if cls.TABLE == "organisation" and conn.execute(
                    "SELECT 1 FROM organisation WHERE id = 1").fetchone():
                conn.execute("UPDATE organisation SET "
                             + ", ".join(f"{name} = ?" for name in values) + " WHERE id = 1",
                             tuple(values.values()))
                row_id = 1
            else:
                cursor = conn.execute(
                    f"INSERT INTO {cls.TABLE} ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
                row_id = cursor.lastrowid
            written[cls.TABLE] = (row_id, values)
        if _columns(conn, "meta"):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('test', 'ŵ kept')")
    finally:
        conn.close()
    return written


def test_current_version_matches_migrations() -> None:
    assert CURRENT_VERSION == len(MIGRATIONS) >= 1


def test_new_workspace_is_marked_as_ours(workspace: Workspace) -> None:
    header = workspace.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == CURRENT_VERSION
    assert workspace.schema_version == CURRENT_VERSION
    assert workspace.meta("created_at")
    assert workspace.organisation().name == "Cwmni Cymunedol"


def _schema_sql(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(CURRENT_VERSION))
def test_migrates_every_older_version(tmp_path: Path, version: int) -> None:
    check_migrates(tmp_path, version)


EXTRA_MIGRATION = """
ALTER TABLE activity ADD COLUMN colour TEXT NOT NULL DEFAULT 'green';
CREATE TABLE reminder (
    id    INTEGER PRIMARY KEY,
    bid_id INTEGER NOT NULL REFERENCES bid(id) ON DELETE CASCADE,
    note  TEXT NOT NULL DEFAULT ''
);
UPDATE organisation SET mission = mission || ' (migrated)';
"""


@pytest.mark.parametrize("version", range(CURRENT_VERSION + 1))
def test_migration_machinery_with_an_appended_migration(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """The same checks with one more (made-up) migration, so files with data are migrated."""
    extended = [*MIGRATIONS, EXTRA_MIGRATION]
    monkeypatch.setattr(schema, "MIGRATIONS", extended)
    monkeypatch.setattr(workspace_module, "MIGRATIONS", extended)
    monkeypatch.setattr(sys.modules[__name__], "MIGRATIONS", extended)
    for module in (schema, workspace_module, fileformat, sys.modules[__name__]):
        monkeypatch.setattr(module, "CURRENT_VERSION", len(extended))
    changed = frozenset({("organisation", "mission")})
    written = check_migrates(tmp_path, version, expect_changed=changed)
    if version == len(extended) - 1:  # the file had every real migration, and data
        assert "activity" in written
        conn = sqlite3.connect(tmp_path / f"version {version}.svbid")
        try:
            mission = conn.execute("SELECT mission FROM organisation").fetchone()[0]
            assert mission == written["organisation"][1]["mission"] + " (migrated)"
            assert conn.execute("SELECT colour FROM activity").fetchone()[0] == "green"
        finally:
            conn.close()


def check_migrates(tmp_path: Path, version: int,
                   expect_changed: frozenset[tuple[str, str]] = frozenset()
                   ) -> dict[str, tuple[int, dict[str, Any]]]:
    """Build a file at ``version`` with data, open it, check it was migrated and backed up."""
    path = tmp_path / f"version {version}.svbid"
    build_at_version(path, version)
    written = fill_old_file(path, version)
    if version:
        assert written, "an old file should have had some data put in it"
    assert user_version(path) == version
    store = BackupStore(tmp_path / "backups")

    with Workspace.open(path, backups=store) as ws:
        assert not ws.read_only
        assert ws.schema_version == CURRENT_VERSION
        for table, (row_id, values) in written.items():
            cls: type[Record] = {c.TABLE: c for c in RECORD_TYPES}[table]
            record = ws.get(cls, row_id)
            for name, value in values.items():
                if name in cls.column_names() and (table, name) not in expect_changed:
                    assert getattr(record, name) == value, f"{table}.{name} lost"
            assert ws.count(table) == 1
        if version:
            assert ws.meta("test") == "ŵ kept"
        # A migrated file works like a new one.
        ws.update(type(ws.organisation()), 1, name="After migrating")
    assert user_version(path) == CURRENT_VERSION

    # The same schema as a file made new by this version.
    fresh = tmp_path / "fresh.svbid"
    Workspace.create(fresh).close()
    assert _schema_sql(path) == _schema_sql(fresh)

    # A backup was taken before migrating: it is still at the old version.
    made = store.list(path)
    assert len(made) == 1
    assert user_version(made[0].path) == version
    assert row_counts(made[0].path) == dict.fromkeys(written, 1)
    return written


def row_counts(path: Path) -> dict[str, int]:
    """How many rows each record table that exists in a file holds."""
    conn = sqlite3.connect(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {cls.TABLE: conn.execute(f"SELECT COUNT(*) FROM {cls.TABLE}").fetchone()[0]
                for cls in RECORD_TYPES if cls.TABLE in tables}
    finally:
        conn.close()


def test_current_file_is_not_migrated_or_rewritten(workspace: Workspace,
                                                   backups: BackupStore) -> None:
    workspace.close()
    with Workspace.open(workspace.path, backups=backups) as ws:
        assert ws.schema_version == CURRENT_VERSION
    assert len(backups.list(workspace.path)) == 1


def test_failed_migration_leaves_file_as_it_was(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.svbid"
    build_at_version(path, CURRENT_VERSION)
    written = fill_old_file(path, CURRENT_VERSION)
    store = BackupStore(tmp_path / "backups")
    before = folder_state(tmp_path)

    broken = [*MIGRATIONS,
              "CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"
              "UPDATE organisation SET name = 'half-migrated';\n"
              "INSERT INTO no_such_table VALUES (1);\n"]
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(workspace_module, "MIGRATIONS", broken)
    for module in (schema, workspace_module, fileformat):
        monkeypatch.setattr(module, "CURRENT_VERSION", len(broken))

    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path, backups=store)
    message = str(caught.value)
    assert "old.svbid" in message and "left as it was" in message

    assert folder_state(tmp_path) == before  # same bytes, and no lock or journal left
    assert user_version(path) == CURRENT_VERSION
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM organisation").fetchone()[0] == \
            written["organisation"][1]["name"]
        assert not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchone()
    finally:
        conn.close()
    assert len(store.list(path)) == 1  # the backup made before trying
