"""``svbidder export`` onto a read-only file or a name too long for the folder: one
plain line, exit 1, and the target folder exactly as it was (issue 17, item 6)."""

from __future__ import annotations

import hashlib
import stat
import subprocess
from pathlib import Path

import pytest

from svbidder.core.content.example import write_example

from .helpers import run

REF = "ABC/2026/017"



def folder_state(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), stat.S_IMODE(p.stat().st_mode))
            for p in folder.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ws") / "example.svbid"
    write_example(path).close()
    return path


def one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("kind, suffix", [("answers", ".docx"), ("offer", ".docx"),
                                          ("map", ".docx"), ("text", ".txt")])
def test_a_read_only_target_is_left_as_it_was(workspace, tmp_path, kind, suffix):
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = out_folder / f"response{suffix}"
    target.write_bytes(b"the version the council already has")
    target.chmod(0o444)
    before = folder_state(out_folder)
    line = one_plain_line(run("export", str(workspace), "--bid", REF, "--kind", kind,
                              "-o", str(target), home=tmp_path / "home"))
    assert "read-only" in line and "response" in line
    assert folder_state(out_folder) == before  # same bytes, same permissions, no temp files


def test_a_file_name_too_long_for_the_folder_is_one_plain_line(workspace, tmp_path):
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = out_folder / ("Social value response " * 14 + ".docx")
    assert len(target.name.encode()) > 255
    line = one_plain_line(run("export", str(workspace), "--bid", REF, "-o", str(target),
                              home=tmp_path / "home"))
    assert "too long" in line
    assert list(out_folder.iterdir()) == []
