"""Logging to a rotating file in the per-user log folder.

Windowed builds have no console (``sys.stderr`` may be None), so the file is the
place a helper can look after something went wrong.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path


def setup_logging(log_file: Path, *, debug: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_svbidder", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # read-only profile: carry on without a log
    handler.setFormatter(formatter)
    handler._svbidder = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if debug and sys.stderr is not None:
        console = logging.StreamHandler()
        console.setFormatter(formatter)
        console._svbidder = True  # type: ignore[attr-defined]
        root.addHandler(console)
