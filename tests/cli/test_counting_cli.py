"""``svbidder count`` and ``svbidder questions split``: exit codes, output and JSON shapes."""

from __future__ import annotations

import json

import pytest

from .helpers import run

COUNT_KEYS = {"words", "characters", "characters_no_spaces", "paragraphs", "safe_words",
              "safe_characters"}

TENDER = """\
SV1 – Local employment (4%)
Describe how you will create jobs for local people. (Maximum 500 words)

SV2 – Community groups
Set out how you will support local groups, using a maximum of 4,000 characters.
Weighting: 3%

SV3 – Environment
Explain how you will cut waste. 2 sides of A4, Arial 11.
"""



def test_count_json_from_a_file(tmp_path, home):
    answer = tmp_path / "answer.md"
    answer.write_text("## Our offer\n\n- hire **12** local people\n- well-being café\n",
                      encoding="utf-8")
    result = run("count", str(answer), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == COUNT_KEYS
    assert data == {"words": 8, "characters": 44, "characters_no_spaces": 39, "paragraphs": 3,
                    "safe_words": 10, "safe_characters": 54}


@pytest.mark.parametrize("args", [("count", "-", "--json"), ("count", "--json")])
def test_count_reads_standard_input(home, args):
    result = run(*args, home=home, stdin="a — b\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["words"], data["safe_words"]) == (2, 3)


def test_count_readable_output(home):
    result = run("count", home=home, stdin="One two three.")
    assert result.returncode == 0
    assert "Words (as Microsoft Word counts them)" in result.stdout
    assert "Portal-safe characters" in result.stdout
    assert result.stdout.split("\n")[0].split()[-1] == "3"


def test_count_of_nothing(home):
    result = run("count", "--json", home=home, stdin="")
    assert json.loads(result.stdout) == dict.fromkeys(COUNT_KEYS, 0)


def test_count_errors_are_one_line(tmp_path, home):
    missing = run("count", str(tmp_path / "missing.txt"), home=home)
    assert missing.returncode == 1
    assert missing.stderr.startswith("svbidder: ") and missing.stderr.count("\n") == 1
    damaged = tmp_path / "answer.docx"
    damaged.write_bytes(b"PK\x03\x04rest")
    refused = run("count", str(damaged), home=home)
    assert refused.returncode == 1 and "damaged" in refused.stderr
    binary = tmp_path / "answer.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    refused = run("count", str(binary), home=home)
    assert refused.returncode == 1 and "binary data" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert run("count", "a", "b", home=home).returncode == 2


def test_questions_split_json(tmp_path, home):
    tender = tmp_path / "tender.txt"
    tender.write_text(TENDER, encoding="utf-8")
    result = run("questions", "split", str(tender), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [set(item) for item in data] == [{"ref", "text", "limit", "weighting_percent"}] * 3
    assert [item["ref"] for item in data] == ["SV1", "SV2", "SV3"]
    assert [item["limit"] for item in data] == [{"kind": "words", "value": 500},
                                               {"kind": "characters", "value": 4000},
                                               {"kind": "pages", "value": 2}]
    assert [item["weighting_percent"] for item in data] == [4, 3, None]
    assert data[0]["text"] == "Local employment\nDescribe how you will create jobs for " \
                              "local people."


def test_questions_split_docx_and_readable_output(tmp_path, home):
    import docx

    document = docx.Document()
    for line in TENDER.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "tender.docx"
    document.save(path)
    result = run("questions", "split", str(path), home=home)
    assert result.returncode == 0, result.stderr
    assert "SV1 — 500 words; weighting 4%" in result.stdout
    assert "SV3 — 2 sides of A4, Arial 11" in result.stdout
    assert "3 questions found" in result.stdout


def test_questions_split_refuses_unreadable_files(tmp_path, home):
    locked = tmp_path / "locked.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    result = run("questions", "split", str(locked), "--json", home=home)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("svbidder: ") and "password" in result.stderr
    assert result.stderr.count("\n") == 1
    assert run("questions", home=home).returncode == 2
    assert run("questions", "split", home=home).returncode == 2


def test_questions_split_of_an_empty_file(tmp_path, home):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert json.loads(run("questions", "split", str(empty), "--json", home=home).stdout) == []
    result = run("questions", "split", str(empty), home=home)
    assert result.returncode == 1 and "No questions were found" in result.stderr


def test_count_a_word_document_as_word_counts_its_body(tmp_path, home):
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "Anytown tender – not counted"
    document.add_heading("Our offer", level=2)
    document.add_paragraph("We will hire 12 local people, paid the Real Living Wage.")
    document.add_paragraph("Training for every new starter", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Apprentices"
    table.rows[0].cells[1].text = "six a year"
    path = tmp_path / "answer.docx"
    document.save(path)
    result = run("count", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # 2 + 11 + 5 + 1 + 3 words; the list's number and the page header are not text
    assert data["words"] == 22
    assert data["paragraphs"] == 5  # each table cell is a paragraph, as Word counts them
    assert data["characters"] == len("Our offer" "We will hire 12 local people, paid the Real "
                                     "Living Wage." "Training for every new starter"
                                     "Apprentices" "six a year")


def test_count_refuses_a_pdf_with_what_to_do(tmp_path, home):
    path = tmp_path / "answer.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = run("count", str(path), home=home)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "save it as .txt or .docx" in result.stderr
