"""Build the example workspace from the readable data in ``resources/example``.

The example is never stored as a binary: it is rebuilt from JSON every time,
so a trainer always starts from the same clean copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .backup import BackupStore
from .errors import WorkspaceError
from .records import Organisation
from .workspace import Workspace

EXAMPLE_FILE_NAME = "Example - Millbrook Community Hub.svbid"


def example_dir() -> Path:
    return resources_dir() / "example"


def _load(name: str) -> Any:
    return json.loads((example_dir() / name).read_text(encoding="utf-8"))


def write_example(path: Path, *, backups: BackupStore | None = None) -> Workspace:
    """Create a fresh example workspace at ``path`` and return it open.

    Refuses to overwrite an existing file, like :meth:`Workspace.create`.
    """
    workspace = Workspace.create(Path(path), backups=backups)
    try:
        organisation = _load("organisation.json")
        unknown = set(organisation) - set(Organisation.column_names())
        if unknown:
            raise WorkspaceError(f"The example data has unknown fields: {sorted(unknown)}")
        workspace.update(Organisation, 1, **organisation)
        workspace.history.clear()  # the example starts with nothing to undo
    except BaseException:
        workspace.close()
        Path(path).unlink(missing_ok=True)
        raise
    return workspace
