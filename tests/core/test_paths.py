"""Where svbidder keeps its own files: user folders, SVBIDDER_HOME, portable mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from svbidder import paths
from svbidder.paths import PORTABLE_DATA, PORTABLE_MARKER, AppPaths, portable_root, program_dir


def test_svbidder_home_puts_everything_under_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SVBIDDER_HOME", str(tmp_path))
    paths = AppPaths.for_user()
    assert paths.config_dir == tmp_path / "config"
    assert paths.backup_dir.is_relative_to(tmp_path)
    assert paths.log_file.is_relative_to(tmp_path)


def test_portable_marker_keeps_files_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.delenv("SVBIDDER_HOME", raising=False)
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    paths = AppPaths.for_user(program_folder=tmp_path)
    assert paths.config_dir == tmp_path / PORTABLE_DATA / "config"
    assert paths.backup_dir.is_relative_to(tmp_path / PORTABLE_DATA)


def test_without_the_marker_there_is_no_portable_folder(tmp_path):
    assert portable_root(tmp_path) is None
    assert not (tmp_path / PORTABLE_DATA).exists()


def test_portable_session_writes_nothing_to_the_user_profile(tmp_path):
    """A whole start-open-edit-close cycle with a temporary HOME and XDG folders."""
    program = tmp_path / "stick"
    program.mkdir()
    (program / PORTABLE_MARKER).write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SVBIDDER_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"))
    script = f"""
import sys
from pathlib import Path
from svbidder.core.content.example import write_example
from svbidder.core.storage.records import Organisation
from svbidder.gui.app import create_application, create_main_window
from svbidder.paths import AppPaths
from svbidder.logsetup import setup_logging
paths = AppPaths.for_user(program_folder=Path({str(program)!r}))
setup_logging(paths.log_file)
app = create_application()
window = create_main_window(paths)
window.show()
window.open_example()
window.session.workspace.update(Organisation, 1, name="Changed")
window.close()
"""
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == []
    data = program / PORTABLE_DATA
    assert (data / "config" / "settings.json").exists()
    assert list((data / "data" / "backups").rglob("*.svbid"))


# ------------------------------------------------------ where portable.txt is looked for


def test_from_a_checkout_the_program_folder_is_the_checkout():
    root = Path(__file__).resolve().parents[2]
    assert program_dir() == root
    assert (root / "pyproject.toml").is_file()


def test_an_installed_wheel_looks_beside_its_python_environment(tmp_path, monkeypatch):
    site_packages = tmp_path / "venv" / "lib" / "site-packages"
    site_packages.mkdir(parents=True)
    monkeypatch.setattr(paths, "PROJECT_ROOT", site_packages)
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    assert program_dir() == (tmp_path / "venv").resolve()


def test_the_bundle_looks_beside_its_programs(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "svbidder-cli"))
    assert program_dir() == tmp_path.resolve()
