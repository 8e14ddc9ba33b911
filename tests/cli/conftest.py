"""Fixtures shared by the command-line tests: a settings folder and an example workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from svbidder.core.content.example import write_example


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The command's own settings folder (``SVBIDDER_HOME``), empty."""
    return tmp_path / "home"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh copy of the example workspace, closed."""
    path = tmp_path / "example.svbid"
    write_example(path).close()
    return path
