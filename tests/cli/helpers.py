"""Running the ``svbidder`` command as a script or a trainer would: a real process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``svbidder ARGS`` with its own settings folder, offscreen, text in UTF-8."""
    env = {**os.environ, "SVBIDDER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "svbidder", *args], capture_output=True,
                          text=True, env=env, timeout=120, input=stdin, encoding="utf-8")


def digest(path: Path) -> str:
    """A file's SHA-256, to show a command left it byte for byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
