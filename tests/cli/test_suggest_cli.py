"""``svbidder suggest``: every bundled framework, a pack, the JSON shape and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from svbidder.core.priorities.frameworks import bundled_frameworks
from svbidder.paths import resources_dir

from .helpers import run

ANYTOWN = resources_dir() / "example" / "anytown-priorities.svpack"
ACTIVITIES = [
    {"title": "Community café", "description": "A pay-as-you-feel café for families on low "
                                              "incomes; nobody is turned away"},
    {"title": "Next Step", "description": "Volunteer-to-work programme with CV help and "
                                          "work placements for people out of work"},
    {"title": "Repair café", "description": "Volunteers fix broken things so they are not "
                                            "thrown away", "extra": 1},
]



@pytest.fixture
def activities(tmp_path: Path) -> Path:
    path = tmp_path / "activities.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ACTIVITIES) + "\n\n", encoding="utf-8")
    return path


def _check_shape(data: list, top: int) -> None:
    assert [entry["activity"] for entry in data] == [a["title"] for a in ACTIVITIES]
    for entry in data:
        assert set(entry) == {"activity", "suggestions"}
        assert len(entry["suggestions"]) <= top
        for s in entry["suggestions"]:
            assert {"theme", "outcome", "score", "reason"} <= set(s)
            assert isinstance(s["score"], float) and 0 < s["score"] <= 1
            assert s["reason"] and s["outcome"] and s["theme"]


@pytest.mark.parametrize("key", [f.key for f in bundled_frameworks()])
def test_every_bundled_framework(key, activities, tmp_path):
    result = run("suggest", "--framework", key, "--activities", str(activities), "--json",
                 home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    _check_shape(data, 3)
    assert any(entry["suggestions"] for entry in data)


def test_a_pack_file_and_top(activities, tmp_path):
    result = run("suggest", "--framework", str(ANYTOWN), "--activities", str(activities),
                 "--top", "1", "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    _check_shape(data, 1)
    assert data[0]["suggestions"][0]["outcome"] == "Help with the cost of living"
    assert data[2]["suggestions"][0]["outcome"] == "Less waste, more reuse"
    assert data[1]["suggestions"][0]["theme"] == "Good local jobs"


def test_readable_output_and_stdin(tmp_path):
    lines = "\n".join(json.dumps(a) for a in ACTIVITIES)
    result = run("suggest", "--framework", "england-council-starter", "--activities", "-",
                 home=tmp_path / "home", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "Community café" in result.stdout and "1. " in result.stdout
    assert "score" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    ('{"title": "A", "description": "B"}\nnot json\n', "line 2: not valid JSON"),
    # json.loads refuses a number of more than 4300 digits with a plain ValueError
    ('{"title": "A", "description": "B", "n": ' + "9" * 5000 + "}\n",
     "line 1: not valid JSON (Exceeds the limit"),
    ('{"description": "B"}\n', "line 1: “title” is missing"),
    ('["a list"]\n', "line 1: each line must be a JSON object"),
    ('{"title": "A", "description": 3}\n', "line 1: “description” must be text"),
    ("\n\n", "has no activities"),
])
def test_bad_activity_lines(content, message, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = run("suggest", "--framework", "england-council-starter", "--activities",
                 str(path), "--json", home=tmp_path / "home")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_unknown_framework_bad_pack_and_usage(activities, tmp_path):
    home = tmp_path / "home"
    result = run("suggest", "--framework", "no-such", "--activities", str(activities), home=home)
    assert result.returncode == 1 and "england-council-starter" in result.stderr
    bad = tmp_path / "bad.svpack"
    bad.write_text("{}", encoding="utf-8")
    result = run("suggest", "--framework", str(bad), "--activities", str(activities), home=home)
    assert result.returncode == 1 and "pack validate" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run("suggest", "--framework", "england-council-starter", "--activities",
                 str(tmp_path / "missing.jsonl"), home=home)
    assert result.returncode == 1 and "was not found" in result.stderr
    result = run("suggest", "--activities", str(activities), home=home)
    assert result.returncode == 2
    result = run("suggest", "--framework", "england-council-starter", "--activities",
                 str(activities), "--top", "0", home=home)
    assert result.returncode == 2
