"""Where svbidder keeps its files: bundled resources and per-user folders.

Bundled data (``svbidder/resources`` and ``svbidder/guides``) is package data,
found with :mod:`importlib.resources` so a checkout, an installed wheel and the
PyInstaller bundle all read it the same way. Every module that reads bundled
data goes through this one: :func:`bundled_path` and :func:`require_files`
raise :class:`MissingResourceError` for a missing file, so a broken install is
reported as such instead of looking like "no frameworks".

Per-user folders come from platformdirs so they follow each system's rules
(``~/.config`` and ``~/.local/share`` on Linux, ``AppData`` on Windows,
``~/Library`` on macOS). Tests point them elsewhere with ``SVBIDDER_HOME``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .core.errors import MissingResourceError

APP_NAME = "svbidder"
APP_AUTHOR = "svbidder"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent


@cache
def package_data_dir(name: str) -> Path:
    """A data folder inside the svbidder package, wherever Python loaded it from.

    The one place that locates bundled data; tests replace it to simulate a
    broken install.
    """
    from importlib.resources import files

    folder = files(__package__ or APP_NAME) / name
    if not isinstance(folder, Path):
        # Only a zipped install gives something other than a real folder; the
        # dictionaries, guides and Qt all need real files.
        raise MissingResourceError(
            "svbidder is installed inside a zip file, so it cannot read the files that come "
            "with it. Install it again with pip (which unpacks it).")
    return folder


def resources_dir() -> Path:
    """``svbidder/resources``: frameworks, prompts, dictionaries, the example, icons."""
    return package_data_dir("resources")


def guides_dir() -> Path:
    """``svbidder/guides``: the Markdown guides and trainer notes."""
    return package_data_dir("guides")


def _missing(path: Path, pattern: str = "") -> MissingResourceError:
    try:
        shown = path.relative_to(PACKAGE_DIR).as_posix()
    except ValueError:
        shown = path.name
    what = f"the {pattern} files in {shown}" if pattern else shown
    return MissingResourceError(
        f"Part of svbidder is missing: {what} (looked in {path}). Your workspaces are "
        "not affected; install svbidder again to put it back.")


def require(path: Path) -> Path:
    """``path`` itself, or MissingResourceError when it does not exist."""
    if not path.exists():
        raise _missing(path)
    return path


def bundled_path(*parts: str) -> Path:
    """A file or folder under ``svbidder/resources`` that must be there."""
    return require(resources_dir().joinpath(*parts))


def require_files(folder: Path, pattern: str) -> list[Path]:
    """The files in ``folder`` matching ``pattern``, sorted; never an empty list.

    An empty list would read as "svbidder has none of these" (no frameworks, no
    guides), hiding a broken install, so no match is a MissingResourceError.
    """
    found = sorted(path for path in require(folder).glob(pattern) if path.is_file())
    if not found:
        raise _missing(folder, pattern)
    return found


PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "svbidder-data"


def program_dir() -> Path:
    """The folder where a ``portable.txt`` marker switches portable mode on.

    The bundle: the folder holding ``svbidder`` and ``svbidder-cli``. A source
    checkout (run from it, or installed from it in editable mode): the
    checkout's top folder. An installed wheel: the Python environment's folder
    (a virtual environment on a USB stick keeps its data beside it), never
    ``site-packages``, which installers may replace.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return PROJECT_ROOT
    return Path(sys.prefix).resolve()


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
