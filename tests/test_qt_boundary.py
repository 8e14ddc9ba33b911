"""core and export must work without Qt, so they can be scripted and tested headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import importlib, pkgutil, sys
import svbidder, svbidder.core, svbidder.export, svbidder.cli, svbidder.paths
for package in (svbidder.core, svbidder.export):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "PySide6")
print(",".join(loaded))
"""


def test_core_and_export_do_not_import_qt():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_ruff_bans_qt_outside_gui():
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"PySide6".msg' in config
    assert '"svbidder/gui/**" = ["TID251"]' in config
    offenders = []
    for folder in ("core", "export"):
        for path in (ROOT / "svbidder" / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "import PySide6" in text or "from PySide6" in text:
                offenders.append(str(path))
    assert offenders == []
