"""The command line is a contract: exit codes, messages and JSON shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from svbidder import __version__
from svbidder.core.storage.schema import CURRENT_VERSION

from .helpers import digest, run


def test_version(home):
    result = run("--version", home=home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"svbidder {__version__}"


def test_example_then_info_json(tmp_path, home):
    path = tmp_path / "example.svbid"
    made = run("example", str(path), home=home)
    assert made.returncode == 0, made.stderr
    assert path.exists()
    info = run("info", str(path), "--json", home=home)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert set(data) == {"path", "schema_version", "organisation", "counts", "bids"}
    assert data["schema_version"] == CURRENT_VERSION
    assert data["organisation"]["name"] == "Millbrook Community Hub"
    assert set(data["counts"]) >= {"activities", "evidence_items", "frameworks", "bids",
                                   "questions", "answers", "commitments"}
    assert all(isinstance(value, int) for value in data["counts"].values())
    assert isinstance(data["bids"], list)


def test_info_text_names_the_organisation(tmp_path, home):
    path = tmp_path / "example.svbid"
    run("example", str(path), home=home)
    result = run("info", str(path), home=home)
    assert result.returncode == 0
    assert "Organisation: Millbrook Community Hub" in result.stdout


def test_info_leaves_the_file_untouched(tmp_path, home):
    path = tmp_path / "example.svbid"
    run("example", str(path), home=home)
    before = digest(path)
    assert run("info", str(path), home=home).returncode == 0
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["example.svbid"]  # no lock, no journal


def test_example_refuses_to_overwrite(tmp_path, home):
    path = tmp_path / "mine.svbid"
    path.write_text("precious", encoding="utf-8")
    result = run("example", str(path), home=home)
    assert result.returncode == 1
    assert path.read_text(encoding="utf-8") == "precious"
    assert result.stderr.count("\n") == 1 and "already exists" in result.stderr


@pytest.mark.parametrize("content", [b"", b"plain words\n", b"PK\x03\x04" + b"\x00" * 200])
def test_info_refuses_non_workspaces_in_one_line(tmp_path, home, content):
    path = tmp_path / "odd.svbid"
    path.write_bytes(content)
    result = run("info", str(path), home=home)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("svbidder: ") and result.stderr.count("\n") == 1
    assert "not an svbidder workspace" in result.stderr
    assert path.read_bytes() == content


def test_info_on_missing_file(tmp_path, home):
    result = run("info", str(tmp_path / "nowhere.svbid"), home=home)
    assert result.returncode == 1
    assert "could not be found" in result.stderr


@pytest.mark.parametrize("args", [["bogus"], ["info"], ["info", "a", "b"], ["--nope"]])
def test_bad_usage_exits_2_with_one_line(home, args):
    result = run(*args, home=home)
    assert result.returncode == 2
    assert result.stderr.startswith("svbidder: ") and result.stderr.count("\n") == 1


def test_self_test_passes_offscreen(home):
    result = run("self-test", home=home)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_exit_after_paint_starts_and_quits(home):
    result = run("--exit-after-paint", home=home)
    assert result.returncode == 0, result.stderr


def test_cli_doc_mentions_every_subcommand():
    from svbidder.cli import build_parser

    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    for name in subcommands:
        assert f"svbidder {name}" in doc, f"docs/cli.md does not document {name}"
