"""The PyInstaller bundle builds, is within its size budget, and passes the self-test.

Slow (about 20 s), so it runs only when asked: ``./test.sh --run-bundle`` or with
``SVBIDDER_TEST_BUNDLE=1`` (CI sets this).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MIB = 150

pytestmark = pytest.mark.bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "build.spec", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "dist" / "svbidder"


def test_bundle_size_is_within_budget(bundle):
    size_mib = folder_size(bundle) / 2**20
    print(f"\nBundle size: {size_mib:.1f} MiB (budget {BUDGET_MIB} MiB)")
    assert size_mib <= BUDGET_MIB


def test_bundle_self_test_passes_offscreen(bundle, tmp_path):
    cli = bundle / ("svbidder-cli.exe" if os.name == "nt" else "svbidder-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SVBIDDER_HOME": str(tmp_path)}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(cli), "self-test"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_bundle_command_line_works_without_python(bundle, tmp_path):
    cli = bundle / ("svbidder-cli.exe" if os.name == "nt" else "svbidder-cli")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SVBIDDER_HOME": str(tmp_path)}
    example = tmp_path / "example.svbid"
    made = subprocess.run([str(cli), "example", str(example)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert made.returncode == 0, made.stderr
    info = subprocess.run([str(cli), "info", str(example), "--json"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert info.returncode == 0 and '"Millbrook Community Hub"' in info.stdout
