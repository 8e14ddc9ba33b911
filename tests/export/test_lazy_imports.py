"""Importing the export package must not import python-docx: the app imports it at
start-up, and python-docx costs about 60 ms (DESIGN.md, start-up budget)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
import svbidder.export
from svbidder.export import bid_document, map_document, offer, options, safe_write, text_export
from svbidder.commands import export
print(",".join(sorted(name for name in sys.modules
                      if name.split(".")[0] in ("docx", "lxml", "PySide6"))))
"""


def test_python_docx_is_imported_only_when_a_document_is_built():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
