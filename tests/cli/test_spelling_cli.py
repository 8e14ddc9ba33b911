"""``svbidder spell``: JSON shape, offsets, options, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import run

ANSWER = ("## Our offer\n\n"
          "- We will analyze the **center’s** results 😀 at Gŵyl Caerdydd.\n"
          "- Our organisation's programme supports wellbeing; see https://anytwon.gov.uk.\n"
          "- We recieve 12 NEETs a year.\n")


def test_spell_json_from_a_file(tmp_path, home):
    path = tmp_path / "answer.md"
    path.write_text(ANSWER, encoding="utf-8")
    result = run("spell", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [set(item) for item in data] == [{"word", "start", "suggestions"}] * 3
    assert [item["word"] for item in data] == ["analyze", "center’s", "recieve"]
    for item in data:
        assert ANSWER[item["start"]:item["start"] + len(item["word"])] == item["word"]
    assert data[0]["suggestions"][0] == "analyse"
    assert data[1]["suggestions"][0] == "centre’s"
    assert data[2]["suggestions"][0] == "receive"
    assert all(len(item["suggestions"]) <= 5 for item in data)


@pytest.mark.parametrize("args", [("spell", "-", "--json"), ("spell", "--json")])
def test_spell_reads_standard_input(home, args):
    result = run(*args, home=home, stdin="The color of the centre.")
    assert result.returncode == 0, result.stderr
    [item] = json.loads(result.stdout)
    assert (item["word"], item["start"], item["suggestions"][0]) == ("color", 4, "colour")


def test_spell_of_british_text_finds_nothing(home):
    text = "Our organisation's programme: colour, licence, practise, wellbeing, safeguarding."
    assert json.loads(run("spell", "--json", home=home, stdin=text).stdout) == []
    readable = run("spell", home=home, stdin=text)
    assert readable.returncode == 0
    assert "No spelling mistakes found" in readable.stdout


def test_spell_readable_output(home):
    result = run("spell", home=home, stdin="Fine line.\nWe recieve teh color.\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2:4  recieve → receive")
    assert lines[2].startswith("2:16  color → colour") and "American spelling" in lines[2]
    assert lines[-1] == "3 words to check"


def test_spell_options(tmp_path, home):
    names = tmp_path / "names.txt"
    names.write_text("# our names\nMillbruk\n", encoding="utf-8")
    text = "Millbruk will organize it and recieve."
    plain = json.loads(run("spell", "--json", home=home, stdin=text).stdout)
    assert [i["word"] for i in plain] == ["Millbruk", "recieve"]
    accepted = json.loads(run("spell", "--json", "--words", str(names), home=home,
                              stdin=text).stdout)
    assert [i["word"] for i in accepted] == ["recieve"]
    hints = json.loads(run("spell", "--json", "--hints", "--limit", "1", "--words",
                           str(names), home=home, stdin=text).stdout)
    assert hints == [
        {"word": "organize", "start": 14, "suggestions": ["organise"], "kind": "ize"},
        {"word": "recieve", "start": 30, "suggestions": ["receive"], "kind": "unknown"}]
    none = json.loads(run("spell", "--json", "--limit", "0", home=home, stdin="teh").stdout)
    assert none == [{"word": "teh", "start": 0, "suggestions": []}]


def test_spell_errors_are_one_line(tmp_path, home):
    missing = run("spell", str(tmp_path / "missing.txt"), home=home)
    assert missing.returncode == 1
    assert missing.stderr.startswith("svbidder: ") and missing.stderr.count("\n") == 1
    binary = tmp_path / "answer.docx"
    binary.write_bytes(b"PK\x03\x04rest")
    assert run("spell", str(binary), home=home).returncode == 1
    assert run("spell", "a", "b", home=home).returncode == 2
    bad = run("spell", "--limit", "-1", home=home, stdin="x")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1


def test_output_cut_short_by_the_reader_ends_quietly(tmp_path: Path, home: Path):
    """``svbidder spell big.txt --json | head``: no traceback when head stops reading."""
    big = tmp_path / "big.txt"
    big.write_text("color organize recieve\n" * 4000, encoding="utf-8")
    env = {**os.environ, "SVBIDDER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "svbidder", "spell", str(big), "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout.read(20)  # read a little, then stop reading
    process.stdout.close()
    _out, errors = process.communicate(timeout=120)
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors
