"""``svbidder check``: exit codes, JSON shape, offsets into the file, readable output."""

from __future__ import annotations

import json

import pytest

from .helpers import run

COUNT_KEYS = {"words", "characters", "characters_no_spaces", "paragraphs", "safe_words",
              "safe_characters"}
FINDING_KEYS = {"rule", "severity", "message", "start", "end"}

WEAK = ("## Our offer\r\n\r\nWhere possible we will run **12** lunch clubs.\r\n\r\n"
        "- We hope to help the the community.\r\n")
STRONG = """\
## Who will benefit

Older people living alone in Millbrook and Eastfield. Last year we supported 85 people.

- From April 2026, volunteers will visit 100 older people each week.
- Our Befriending Coordinator keeps the register and reports to the council each quarter.
"""



def test_check_json_shape_and_offsets_into_the_file(tmp_path, home):
    answer = tmp_path / "answer.md"
    answer.write_bytes(WEAK.encode("utf-8"))
    result = run("check", str(answer), "--words", "20", "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"counts", "findings"}
    assert set(data["counts"]) == COUNT_KEYS and data["counts"]["words"] == 17
    assert all(set(f) == FINDING_KEYS for f in data["findings"])
    text = answer.read_bytes().decode("utf-8")
    pointed = {f["rule"]: text[f["start"]:f["end"]] for f in data["findings"]
               if f["end"] > f["start"]}
    assert pointed["repeated-word"] == "the the"
    assert {text[f["start"]:f["end"]] for f in data["findings"]
            if f["rule"] == "vague-promise"} == {"Where possible", "We hope to"}
    whole = [f for f in data["findings"] if f["rule"] == "no-timescale"]
    assert whole and (whole[0]["start"], whole[0]["end"]) == (0, 0)
    assert whole[0]["severity"] == "must"
    severities = [f["severity"] for f in data["findings"]]
    assert severities == sorted(severities, key=["must", "should", "consider"].index)


def test_check_reads_standard_input_and_uses_the_limit(home):
    result = run("check", "-", "--characters", "10", "--json", home=home,
                 stdin="We will help 12 families.\n")
    assert result.returncode == 0, result.stderr
    over = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "over-limit"]
    assert over and over[0]["message"].startswith("15 characters over the limit")
    assert (over[0]["start"], over[0]["end"]) == (10, 25)
    quiet = run("check", "--json", home=home, stdin="We will help 12 families.\n")
    assert "over-limit" not in {f["rule"] for f in json.loads(quiet.stdout)["findings"]}


def test_check_question_text_finds_unanswered_parts(home):
    result = run("check", "--json", "--question",
                 "Tell us who will benefit, where, and how you will measure it.", home=home,
                 stdin="We will run 40 sessions a year.\n")
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]
                if f["rule"] == "unaddressed-priority"]
    assert len(messages) == 3 and any("who will benefit" in m for m in messages)


def test_check_readable_output(tmp_path, home):
    answer = tmp_path / "strong.md"
    answer.write_text(STRONG, encoding="utf-8")
    result = run("check", str(answer), "--words", "60", home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("41 of 60 words")
    assert any(line.startswith("Ready to submit") for line in lines)
    weak = run("check", "--words", "500", home=home, stdin=WEAK)
    assert "Not ready: 1 thing you must fix" in weak.stdout
    assert "Must fix" in weak.stdout and "[vague-promise] (line 3: “Where possible”)" in \
        weak.stdout


@pytest.mark.parametrize("args", [
    ("check", "--words", "0"), ("check", "--words", "lots"),
    ("check", "--words", "5", "--characters", "10"), ("check", "a.md", "b.md"),
])
def test_check_bad_usage_exits_2(home, args):
    result = run(*args, home=home, stdin="")
    assert result.returncode == 2
    assert result.stderr.startswith("svbidder: ") and result.stderr.count("\n") == 1


def test_check_missing_or_binary_file_exits_1(tmp_path, home):
    result = run("check", str(tmp_path / "nowhere.md"), home=home)
    assert result.returncode == 1 and "There is no file at" in result.stderr
    docx = tmp_path / "answer.docx"
    docx.write_bytes(b"PK\x03\x04 not really a docx")
    result = run("check", str(docx), home=home)
    assert result.returncode == 1 and result.stderr.startswith("svbidder: ")
