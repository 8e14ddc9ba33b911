"""Small helpers shared by the core tests."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from svbidder.core.storage.records import LINK_TABLES, RECORD_TYPES

ALL_TABLES = tuple(cls.TABLE for cls in RECORD_TYPES) + tuple(LINK_TABLES) + ("meta",)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in a folder and its hash: shows both changes and new sidecar files."""
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def dead_pid() -> int:
    """The id of a process that has run on this computer and finished."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every workspace table, read with a plain read-only connection."""
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ALL_TABLES}
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def corrupt_middle_pages(path: Path, pages: int = 6, seed: int = 7) -> None:
    """Overwrite some pages in the middle of a database file with random bytes."""
    import random

    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    count = len(data) // page_size
    assert count >= 3 * pages, "file too small to damage in the middle"
    rng = random.Random(seed)
    first = count // 2 - pages // 2
    for page in range(first, first + pages):
        data[page * page_size:(page + 1) * page_size] = rng.randbytes(page_size)
    path.write_bytes(bytes(data))
