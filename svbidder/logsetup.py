"""Logging to a file in the per-user log folder, rotated when the app starts.

Windowed builds have no console (``sys.stderr`` may be None), so the file is the
place a helper can look after something went wrong. The file is rotated at
start-up (over 1 MB: keep three older ones) rather than by
``logging.handlers.RotatingFileHandler``, whose import costs start-up time.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 3


def rotate(log_file: Path) -> None:
    """svbidder.log -> .1 -> .2 -> .3 once the log passes MAX_BYTES."""
    try:
        if log_file.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    with contextlib.suppress(OSError):
        for number in range(KEEP - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{number}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{number + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))


def setup_logging(log_file: Path, *, debug: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_svbidder", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        rotate(log_file)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
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
