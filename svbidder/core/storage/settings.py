"""Personal settings (recent files, window layout, zoom) kept as JSON.

Written atomically, so a crash while saving leaves the previous settings; a
damaged settings file is set aside and defaults are used, never an error.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .atomic import AtomicWriteError, write_text

log = logging.getLogger(__name__)

MAX_RECENT = 10
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 250)


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    zoom_percent: int = 100
    window_geometry: str = ""
    window_state: str = ""
    last_folder: str = ""  # where workspaces, packs and documents were last opened
    export_folder: str = ""  # where exports were last saved (opening a workspace keeps it)
    high_contrast: bool = False
    presentation: bool = False
    welcomed: bool = False

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, path: Path) -> None:
        text = str(Path(path).absolute())
        self.recent_files = [p for p in self.recent_files if p != text]


def zoom_in(percent: int) -> int:
    return next((step for step in ZOOM_STEPS if step > percent), ZOOM_STEPS[-1])


def zoom_out(percent: int) -> int:
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), ZOOM_STEPS[0])


def load_settings(path: Path) -> Settings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s unreadable (%s); using defaults", path, exc)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".bad"))
        return Settings()
    settings = Settings()
    for f in fields(Settings):
        value = data.get(f.name)
        if isinstance(value, type(getattr(settings, f.name))):
            setattr(settings, f.name, value)
    settings.recent_files = [p for p in settings.recent_files if isinstance(p, str)][:MAX_RECENT]
    settings.zoom_percent = min(max(settings.zoom_percent, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Atomic write; failures are logged, since settings are a convenience."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(asdict(settings), indent=2))
    except (OSError, AtomicWriteError) as exc:
        log.warning("Settings could not be saved to %s: %s", path, exc)
