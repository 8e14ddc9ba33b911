"""Where svbidder keeps its files: bundled resources and per-user folders.

Per-user folders come from platformdirs so they follow each system's rules
(``~/.config`` and ``~/.local/share`` on Linux, ``AppData`` on Windows,
``~/Library`` on macOS). Tests point them elsewhere with ``SVBIDDER_HOME``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "svbidder"
APP_AUTHOR = "svbidder"

# resources/ and guides/ sit beside the package, both from source and in the
# PyInstaller bundle (which puts them at the top of its data folder).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return PROJECT_ROOT / "resources"


def guides_dir() -> Path:
    return PROJECT_ROOT / "guides"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def examples_dir(self) -> Path:
        return self.data_dir / "examples"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "svbidder.log"

    @classmethod
    def for_user(cls) -> AppPaths:
        """The folders for this user, or under ``$SVBIDDER_HOME`` when it is set."""
        override = os.environ.get("SVBIDDER_HOME")
        if override:
            root = Path(override)
            return cls(root / "config", root / "data", root / "logs")
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(Path(dirs.user_config_dir), Path(dirs.user_data_dir), Path(dirs.user_log_dir))
