"""The wheel carries all bundled data and works installed outside the checkout.

A wheel used to install without ``resources/`` and ``guides/``, and the app then
quietly reported no frameworks (issue 15). These tests build the wheel from a
clean copy of the source, install it with its dependencies into a new virtual
environment in a temporary folder, and use it from there.

Slow (about 30 s) and needs the package index (or pip's cache), so it runs only
with ``SVBIDDER_TEST_WHEEL=1``; ``.ci/run`` sets it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import NamedTuple

import pytest

from svbidder.paths import PORTABLE_DATA, PORTABLE_MARKER

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DATA = ("resources", "guides")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get("SVBIDDER_TEST_WHEEL"),
                       reason="wheel tests run with SVBIDDER_TEST_WHEEL=1"),
]


class Built(NamedTuple):
    source: Path  # the copy the wheel was built from
    wheel: Path


class Installed(NamedTuple):
    venv: Path
    package: Path  # svbidder/ inside the environment's site-packages
    outside: Path  # a folder with nothing of svbidder in it, to run from


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)


def _clean_env(home: Path) -> dict[str, str]:
    """This process's environment without anything that would lead back to the checkout."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
           and not key.startswith("SVBIDDER_")}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_STATE_HOME": str(home / ".local/state"), "XDG_CACHE_HOME": str(home / ".cache")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    work = tmp_path_factory.mktemp("wheel")
    # A clean copy, so a stale build/ folder in the checkout can neither add files
    # to the wheel nor hide a missing declaration.
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "svbidder", source / "svbidder",
                    ignore=shutil.ignore_patterns("__pycache__"))
    result = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                   "--disable-pip-version-check", "-w", str(work / "dist"), str(source)])
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = (work / "dist").glob("svbidder-*.whl")
    return Built(source, wheel)


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    venv = tmp_path_factory.mktemp("environment") / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    result = _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                   str(built.wheel)])
    assert result.returncode == 0, result.stderr[-3000:]
    outside = tmp_path_factory.mktemp("elsewhere")
    where = _run([str(python), "-c", "import svbidder; print(svbidder.__file__)"],
                 cwd=outside, env=_clean_env(outside))
    assert where.returncode == 0, where.stderr
    package = Path(where.stdout.strip()).parent
    assert package.is_relative_to(venv) and not package.is_relative_to(ROOT)
    return Installed(venv, package, outside)


def _svbidder(installed: Installed, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return _run([str(installed.venv / "bin" / "svbidder"), *args], cwd=installed.outside,
                env=_clean_env(home))


def test_the_wheel_holds_every_bundled_file(built: Built):
    with zipfile.ZipFile(built.wheel) as wheel:
        in_wheel = {name for name in wheel.namelist()
                    if name.startswith(tuple(f"svbidder/{folder}/" for folder in PACKAGE_DATA))}
    on_disk = {path.relative_to(built.source).as_posix()
               for folder in PACKAGE_DATA
               for path in (built.source / "svbidder" / folder).rglob("*") if path.is_file()}
    assert len(on_disk) > 40  # frameworks, prompts, dictionaries, example, guides…
    assert in_wheel == on_disk


def test_the_installed_wheel_passes_its_self_test(installed: Installed, tmp_path: Path):
    result = _svbidder(installed, "self-test", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_the_installed_wheel_lists_the_bundled_frameworks(installed: Installed, tmp_path: Path):
    from svbidder.core.priorities.frameworks import bundled_frameworks

    result = _svbidder(installed, "frameworks", "list", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    ids = [entry["id"] for entry in json.loads(result.stdout)]
    assert ids and ids == [framework.key for framework in bundled_frameworks()]


def test_the_installed_wheel_without_its_frameworks_says_so(installed: Installed,
                                                            tmp_path: Path):
    folder = installed.package / "resources" / "frameworks"
    aside = tmp_path / "frameworks"
    folder.rename(aside)
    try:
        result = _svbidder(installed, "frameworks", "list", "--json", home=tmp_path)
    finally:
        aside.rename(folder)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "resources/frameworks" in result.stderr


def test_the_installed_wheel_in_portable_mode_keeps_files_in_its_environment(
        installed: Installed, tmp_path: Path):
    marker, data = installed.venv / PORTABLE_MARKER, installed.venv / PORTABLE_DATA
    home = tmp_path / "home"
    home.mkdir()
    marker.write_text("", encoding="utf-8")
    try:
        result = _svbidder(installed, "--exit-after-paint", home=home)
        assert result.returncode == 0, result.stderr
        assert (data / "logs" / "svbidder.log").is_file()
        assert [path for path in home.rglob("*") if path.is_file()] == []
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)
