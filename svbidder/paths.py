"""Where svbidder keeps its files: bundled resources and per-user folders.

Per-user folders come from platformdirs so they follow each system's rules
(``~/.config`` and ``~/.local/share`` on Linux, ``AppData`` on Windows,
``~/Library`` on macOS). Tests point them elsewhere with ``SVBIDDER_HOME``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "svbidder"
APP_AUTHOR = "svbidder"

# resources/ and guides/ are package data inside svbidder/: a checkout, a wheel
# and the PyInstaller bundle all have them beside this file.
PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


def resources_dir() -> Path:
    return PACKAGE_DIR / "resources"


def guides_dir() -> Path:
    return PACKAGE_DIR / "guides"


PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "svbidder-data"


def program_dir() -> Path:
    """The folder holding the program: the bundle's folder, or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PROJECT_ROOT


def portable_root(folder: Path) -> Path | None:
    """The data folder beside the program in portable mode, or None.

    Portable mode is on when ``portable.txt`` sits beside the program and that
    folder can be written to (a read-only stick falls back to the user folders).
    """
    if not (folder / PORTABLE_MARKER).is_file():
        return None
    root = folder / PORTABLE_DATA
    try:
        root.mkdir(exist_ok=True)
    except OSError:
        return None
    return root if os.access(root, os.W_OK) else None


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(root / "config", root / "data", root / "logs")

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
    def for_user(cls, program_folder: Path | None = None) -> AppPaths:
        """Where settings, logs and backups go.

        In order: under ``$SVBIDDER_HOME`` when it is set; beside the program when
        a ``portable.txt`` marker sits there (running from a USB stick, nothing is
        written to the computer's user folders); otherwise the per-user folders.
        """
        override = os.environ.get("SVBIDDER_HOME")
        if override:
            return cls.under(Path(override))
        portable = portable_root(program_folder or program_dir())
        if portable is not None:
            return cls.under(portable)
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(Path(dirs.user_config_dir), Path(dirs.user_data_dir), Path(dirs.user_log_dir))
