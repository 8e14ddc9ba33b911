"""The PyInstaller bundle builds, is within its size budget, and passes the self-test.

Slow (about 30 s), so it runs only when asked: ``./test.sh --run-bundle`` or with
``SVBIDDER_TEST_BUNDLE=1`` (CI sets this). ``SVBIDDER_BUNDLE_DIR=dist/svbidder``
tests a bundle already built instead of building one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from svbidder.paths import PORTABLE_DATA, PORTABLE_MARKER

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MIB = 130  # DESIGN.md: the one-folder bundle on Linux

pytestmark = pytest.mark.bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    built = os.environ.get("SVBIDDER_BUNDLE_DIR")  # an existing build, to save 30 s
    if built:
        return Path(built)
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


def _plain_env(home: Path) -> dict[str, str]:
    """No SVBIDDER_HOME, no Python paths: as on a computer that only has the bundle."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen"}


def test_bundle_lists_the_bundled_frameworks(bundle, tmp_path):
    from svbidder.core.priorities.frameworks import bundled_frameworks

    cli = bundle / ("svbidder-cli.exe" if os.name == "nt" else "svbidder-cli")
    result = subprocess.run([str(cli), "frameworks", "list", "--json"], capture_output=True,
                            text=True, env=_plain_env(tmp_path), timeout=60)
    assert result.returncode == 0, result.stderr
    ids = [entry["id"] for entry in json.loads(result.stdout)]
    assert ids == [framework.key for framework in bundled_frameworks()]


def test_bundle_without_its_frameworks_says_so_in_one_line(bundle, tmp_path):
    cli = bundle / ("svbidder-cli.exe" if os.name == "nt" else "svbidder-cli")
    folder = bundle / "_internal" / "svbidder" / "resources" / "frameworks"
    aside = tmp_path / "frameworks"
    folder.rename(aside)
    try:
        result = subprocess.run([str(cli), "frameworks", "list", "--json"], capture_output=True,
                                text=True, env=_plain_env(tmp_path), timeout=60)
    finally:
        aside.rename(folder)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "resources/frameworks" in result.stderr


def test_bundle_in_portable_mode_keeps_its_files_beside_it(bundle, tmp_path):
    cli = bundle / ("svbidder-cli.exe" if os.name == "nt" else "svbidder-cli")
    marker, data = bundle / PORTABLE_MARKER, bundle / PORTABLE_DATA
    home = tmp_path / "home"
    home.mkdir()
    marker.write_text("", encoding="utf-8")
    try:
        result = subprocess.run([str(cli), "--exit-after-paint"], capture_output=True,
                                text=True, env=_plain_env(home), timeout=120)
        assert result.returncode == 0, result.stderr
        assert (data / "logs" / "svbidder.log").is_file()
        assert [p for p in home.rglob("*") if p.is_file()] == []
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)
