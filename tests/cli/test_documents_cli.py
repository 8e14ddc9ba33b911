"""PDFs, workbooks and hostile text through the command line (issues 16 and 17)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from .helpers import run

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"



def test_questions_split_gives_the_same_questions_from_a_pdf_as_from_its_text(home):
    from_text = json.loads(run("questions", "split", str(DOCS / "tender.txt"), "--json",
                               home=home).stdout)
    done = run("questions", "split", str(DOCS / "tender.pdf"), "--json", home=home)
    assert done.returncode == 0, done.stderr
    from_pdf = json.loads(done.stdout)
    plain = [{**q, "text": " ".join(q["text"].split())} for q in from_text]
    assert [{**q, "text": " ".join(q["text"].split())} for q in from_pdf] == plain
    assert [(q["ref"], q["limit"], q["weighting_percent"]) for q in from_pdf] == [
        ("SV1", {"kind": "words", "value": 500}, 3),
        ("SV2", {"kind": "characters", "value": 3000}, 3),
        ("SV3", {"kind": "pages", "value": 1}, 2),
        ("SV4", {"kind": "characters_no_spaces", "value": 1500}, 1),
        ("SV5", {"kind": "words", "value": 750}, 1)]


@pytest.mark.parametrize("command", [("questions", "split"), ("priorities", "import")])
@pytest.mark.parametrize("name, words", [
    ("scanned.pdf", "no text in it"), ("encrypted.pdf", "password-protected PDF")])
def test_unreadable_pdfs_end_with_one_plain_line(home, command, name, words):
    before = (DOCS / name).read_bytes()
    done = run(*command, str(DOCS / name), "--json", home=home)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and words in done.stderr
    assert (DOCS / name).read_bytes() == before


def test_priorities_from_a_pdf(home):
    done = run("priorities", "import", str(DOCS.parent / "priorities_corpus" / "tune" /
                                           "wolverhampton-council-plan" / "document.pdf"),
               "--json", home=home)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    titles = [o["title"] for t in data["themes"] for o in t["outcomes"]]
    assert "Better homes for all" in titles and data["columns_used"] == {}


def test_random_binary_without_nuls_is_not_taken_as_priorities(tmp_path, home):
    noise = random.Random(5).randbytes(200 * 1024).replace(b"\0", b"\1")
    path = tmp_path / "priorities.txt"
    path.write_bytes(noise)
    done = run("priorities", "import", str(path), "--json", home=home)
    assert done.returncode == 1 and "not text" in done.stderr
    assert done.stderr.count("\n") == 1 and path.read_bytes() == noise


def test_a_lone_surrogate_is_repaired_and_controls_never_reach_the_terminal(tmp_path, home):
    text = "Priority 1 – Jobs\n- Local \x1b[31mjobs\x07\n".encode("utf-16-le")
    path = tmp_path / "priorities.txt"
    path.write_bytes(b"\xff\xfe" + text[:6] + b"\x00\xd8" + text[6:])
    done = run("priorities", "import", str(path), home=home)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "Local jobs" in done.stdout
