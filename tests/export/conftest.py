"""Fixtures for the export tests: the example workspace, filled in further."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from svbidder.core.content.example import write_example
from svbidder.core.storage.workspace import Workspace

from .helpers import TODAY, fill_example


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Workspace]:
    """The example workspace exactly as shipped."""
    ws = write_example(tmp_path / "example.svbid", today=TODAY)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Workspace, int]]:
    """The example with every question answered and five commitments."""
    ws = write_example(tmp_path / "filled.svbid", today=TODAY)
    try:
        yield ws, fill_example(ws)
    finally:
        ws.close()
