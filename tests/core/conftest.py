"""Fixtures for the core storage tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from svbidder.core.storage.backup import BackupStore
from svbidder.core.storage.workspace import Workspace


@pytest.fixture
def backups(tmp_path: Path) -> BackupStore:
    return BackupStore(tmp_path / "backups")


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    """Where a test workspace goes: its own folder, so sidecar files are easy to see."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder / "Gŵyl Test.svbid"


@pytest.fixture
def workspace(ws_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(ws_path, organisation_name="Cwmni Cymunedol")
    try:
        yield ws
    finally:
        ws.close()
