"""Personal settings: saved and loaded as JSON, never an error when damaged."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from svbidder.core.storage.settings import (
    MAX_RECENT,
    ZOOM_STEPS,
    Settings,
    load_settings,
    save_settings,
    zoom_in,
    zoom_out,
)
from svbidder.paths import AppPaths


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_round_trip(settings_file: Path, tmp_path: Path) -> None:
    settings = Settings(zoom_percent=150, window_geometry="AdnQywADAAAAAAAA",
                        window_state="AAAA/wAAAAD9", last_folder=str(tmp_path / "Cais ŵ"))
    settings.add_recent(tmp_path / "one.svbid")
    settings.add_recent(tmp_path / "Gŵyl 🎉.svbid")
    save_settings(settings_file, settings)  # makes the folder too
    assert settings_file.exists()
    assert not settings_file.with_name("settings.json.tmp").exists()
    loaded = load_settings(settings_file)
    assert loaded == settings
    assert loaded.recent_files == [str(tmp_path / "Gŵyl 🎉.svbid"), str(tmp_path / "one.svbid")]
    json.loads(settings_file.read_text(encoding="utf-8"))  # plain JSON a person can read


def test_missing_file_gives_defaults(settings_file: Path) -> None:
    assert load_settings(settings_file) == Settings()
    assert not settings_file.exists()
    assert not settings_file.parent.exists()


@pytest.mark.parametrize("content", [
    b"{not json",
    b"[1, 2, 3]",
    b"\xff\xfe\x00garbage",
    b"",
    b'"just a string"',
])
def test_damaged_file_falls_back_and_is_set_aside(
        settings_file: Path, content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert load_settings(settings_file) == Settings()
    assert not settings_file.exists()
    aside = settings_file.with_name("settings.json.bad")
    assert aside.read_bytes() == content  # kept for whoever wants to look
    assert "unreadable" in caplog.text
    # The next save writes a good file again.
    save_settings(settings_file, Settings(zoom_percent=125))
    assert load_settings(settings_file).zoom_percent == 125


def test_wrong_types_and_ranges_are_ignored(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(json.dumps({
        "recent_files": ["/a.svbid", 7, None, "/b.svbid"] + [f"/{n}.svbid" for n in range(20)],
        "zoom_percent": 1000,
        "window_geometry": 12,
        "last_folder": ["not", "a", "string"],
        "unknown_key": "ignored",
    }), encoding="utf-8")
    loaded = load_settings(settings_file)
    assert loaded.recent_files[:2] == ["/a.svbid", "/b.svbid"]
    assert len(loaded.recent_files) == MAX_RECENT
    assert loaded.zoom_percent == ZOOM_STEPS[-1]
    assert loaded.window_geometry == "" and loaded.last_folder == ""
    settings_file.write_text(json.dumps({"zoom_percent": 5}), encoding="utf-8")
    assert load_settings(settings_file).zoom_percent == ZOOM_STEPS[0]


def test_save_failure_is_only_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        save_settings(blocker / "settings.json", Settings())
    assert "could not be saved" in caplog.text
    assert blocker.read_text() == "a file where the folder should be"


def test_recent_files(tmp_path: Path) -> None:
    settings = Settings()
    for number in range(MAX_RECENT + 3):
        settings.add_recent(tmp_path / f"{number}.svbid")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0] == str(tmp_path / f"{MAX_RECENT + 2}.svbid")
    settings.add_recent(tmp_path / "5.svbid")  # moves to the top, no duplicate
    assert settings.recent_files[0] == str(tmp_path / "5.svbid")
    assert settings.recent_files.count(str(tmp_path / "5.svbid")) == 1
    settings.remove_recent(tmp_path / "5.svbid")
    assert str(tmp_path / "5.svbid") not in settings.recent_files


def test_zoom_steps() -> None:
    assert zoom_in(100) == 110
    assert zoom_out(100) == 90
    assert zoom_in(125) == 150
    assert zoom_out(150) == 125
    assert zoom_in(105) == 110 and zoom_out(105) == 100  # off-step values snap to the next
    assert zoom_in(ZOOM_STEPS[-1]) == ZOOM_STEPS[-1]  # stops at the ends
    assert zoom_out(ZOOM_STEPS[0]) == ZOOM_STEPS[0]
    percent, seen = ZOOM_STEPS[0], [ZOOM_STEPS[0]]
    while zoom_in(percent) != percent:
        percent = zoom_in(percent)
        seen.append(percent)
    assert tuple(seen) == ZOOM_STEPS
    assert 100 in ZOOM_STEPS and list(ZOOM_STEPS) == sorted(ZOOM_STEPS)


def test_settings_live_under_svbidder_home(svbidder_home: Path) -> None:
    paths = AppPaths.for_user()
    assert paths.settings_file == svbidder_home / "config" / "settings.json"
    assert paths.backup_dir == svbidder_home / "data" / "backups"
