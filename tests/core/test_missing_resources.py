"""A missing bundled file is a clear MissingResourceError, never an empty list.

Every loader of bundled data is pointed at an empty package-data folder (as a
broken install would leave it) and must refuse, naming what is missing; the
command line then prints one plain line and exits 1.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from svbidder import paths
from svbidder.cli import main
from svbidder.core.content.example import write_example
from svbidder.core.content.guides import GuideError, list_guides, render_guide
from svbidder.core.content.interview import load_interview
from svbidder.core.errors import MissingResourceError
from svbidder.core.mapping.coverage import load_ideas
from svbidder.core.mapping.matching import load_vocabulary
from svbidder.core.priorities.frameworks import bundled_frameworks
from svbidder.core.writing.prompts import load_prompt_sets
from svbidder.core.writing.spelling import SpellChecker

REAL_RESOURCES = paths.resources_dir()


@pytest.fixture
def package_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty stand-in for the installed package's data folders."""
    root = tmp_path / "svbidder"
    root.mkdir()
    monkeypatch.setattr(paths, "package_data_dir", lambda name: root / name)
    return root


LOADERS: dict[str, tuple[str, Callable[[], object]]] = {
    "frameworks": ("frameworks", bundled_frameworks),
    "prompts": ("prompts", load_prompt_sets),
    "interview": ("interview", load_interview),
    "vocabulary": ("vocabulary.json", load_vocabulary),
    "ideas": ("ideas.json", load_ideas),
    "dictionaries": ("dictionaries", lambda: SpellChecker().load()),
    "guides": ("guides", list_guides),
}


@pytest.mark.parametrize("loader", LOADERS)
def test_each_loader_refuses_when_its_folder_is_missing(package_data, loader):
    names, load = LOADERS[loader]
    with pytest.raises(MissingResourceError, match=names) as caught:
        load()
    message = str(caught.value)
    assert "\n" not in message
    assert str(package_data) in message
    assert "install svbidder again" in message


@pytest.mark.parametrize("loader", ["frameworks", "prompts", "guides"])
def test_an_empty_folder_is_missing_files_not_an_empty_list(package_data, loader):
    folder = package_data / ("guides" if loader == "guides" else f"resources/{loader}")
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("not data", encoding="utf-8")
    with pytest.raises(MissingResourceError, match=r"the (\*\*/)?\*\.(json|md) files in"):
        LOADERS[loader][1]()


def test_one_missing_dictionary_file_is_named(package_data):
    shutil.copytree(REAL_RESOURCES / "dictionaries", package_data / "resources/dictionaries")
    (package_data / "resources/dictionaries/sector-en-GB.txt").unlink()
    with pytest.raises(MissingResourceError, match="sector-en-GB.txt"):
        SpellChecker().load()


def test_the_example_is_not_written_without_its_data(package_data, tmp_path):
    target = tmp_path / "example.svbid"
    with pytest.raises(MissingResourceError, match="example"):
        write_example(target)
    assert not target.exists()


def test_a_guide_without_the_guides_folder_is_missing_not_unknown(package_data):
    with pytest.raises(MissingResourceError):
        render_guide("glossary")


def test_an_unknown_guide_is_still_a_guide_error():
    with pytest.raises(GuideError):
        render_guide("no-such-guide")


@pytest.mark.parametrize("options", [[], ["--json"]])
def test_frameworks_list_prints_one_line_and_fails(package_data, capsys, options):
    assert main(["frameworks", "list", *options]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("svbidder: Part of svbidder is missing")
    assert "resources/frameworks" in err


def test_bundled_data_comes_from_the_imported_package():
    import svbidder

    assert paths.resources_dir() == Path(svbidder.__file__).resolve().parent / "resources"
    assert paths.require_files(paths.bundled_path("frameworks"), "*.json")
