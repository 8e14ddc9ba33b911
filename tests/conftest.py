"""Shared test set-up: keep every test away from the real user folders."""

from __future__ import annotations

import os

# Before anything can import Qt: tests never need a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def svbidder_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch):
    """Point the per-user config, data and log folders at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("svbidder-home")
    monkeypatch.setenv("SVBIDDER_HOME", str(home))
    return home


def pytest_addoption(parser):
    parser.addoption("--run-bundle", action="store_true",
                     help="also build the PyInstaller bundle and test it (slow)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-bundle") or os.environ.get("SVBIDDER_TEST_BUNDLE"):
        return
    skip = pytest.mark.skip(reason="bundle tests run with --run-bundle or SVBIDDER_TEST_BUNDLE=1")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)
