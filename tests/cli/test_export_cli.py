"""``svbidder export``: the contract for scripts (exit codes, messages, files)."""

from __future__ import annotations

import json

import docx
import pytest

from svbidder.core.storage.records import Bid
from svbidder.core.storage.workspace import Workspace
from svbidder.export.options import ExportOptions, save_options

from .helpers import digest, run

REF = "ABC/2026/017"
WON = "ABC/2025/009"  # last year's won contract, with delivery recorded



def test_info_json_lists_the_reference_to_export(workspace, home):
    data = json.loads(run("info", str(workspace), "--json", home=home).stdout)
    assert sorted(bid["reference"] for bid in data["bids"]) == sorted([REF, WON])


def test_export_the_bid_response(workspace, home, tmp_path):
    out = tmp_path / "response.docx"
    before = digest(workspace)
    result = run("export", str(workspace), "--bid", REF, "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote the bid response for {REF} to {out} (about ")
    assert "warning: SV2 has no answer yet" in result.stderr
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Social value response"
    assert document.styles["Normal"].font.name == "Arial"
    assert digest(workspace) == before  # read-only: the workspace is never touched


def test_reference_is_matched_without_regard_to_case(workspace, home, tmp_path):
    out = tmp_path / "offer.docx"
    result = run("export", str(workspace), "--bid", "abc/2026/017", "--kind", "offer",
                 "--font", "calibri", "--size", "10", "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Our social value offer"
    assert document.styles["Normal"].font.name == "Calibri"
    assert document.styles["Normal"].font.size.pt == 10


def test_export_the_map(workspace, home, tmp_path):
    out = tmp_path / "map.docx"
    result = run("export", str(workspace), "--bid", REF, "--kind", "map", "-o", str(out),
                 home=home)
    assert result.returncode == 0, result.stderr
    assert docx.Document(str(out)).tables


def test_text_is_chosen_by_the_txt_name(workspace, home, tmp_path):
    out = tmp_path / "answers.txt"
    result = run("export", str(workspace), "--bid", REF, "--question", "sv1",
                 "--plain-punctuation", "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote the answers as plain text")
    text = out.read_text(encoding="utf-8-sig")
    assert "SV1: Reducing loneliness and isolation" in text and "SV2" not in text
    assert "\u2014" not in text and "\u2013" not in text


def test_remembered_options_are_used_and_flags_win(workspace, home, tmp_path):
    with Workspace.open(workspace) as ws:
        bid = ws.find(Bid)[0]
        save_options(ws, bid.id, ExportOptions(font="Verdana", size_pt=13, paper="Letter"))
    out = tmp_path / "a.docx"
    assert run("export", str(workspace), "--bid", REF, "-o", str(out),
               home=home).returncode == 0
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Verdana"
    assert round(document.sections[0].page_width.mm) == 216
    assert run("export", str(workspace), "--bid", REF, "--font", "Arial", "-o", str(out),
               home=home).returncode == 0
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Arial"
    assert document.styles["Normal"].font.size.pt == 13


def test_unknown_reference_lists_the_references(workspace, home, tmp_path):
    result = run("export", str(workspace), "--bid", "NOPE", "-o", str(tmp_path / "a.docx"),
                 home=home)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"svbidder: No bid in this workspace has the reference "
                                     f"“NOPE”. The references are: “{REF}”, “{WON}”.")
    assert not (tmp_path / "a.docx").exists()


def test_a_shared_reference_is_refused(workspace, home, tmp_path):
    with Workspace.open(workspace) as ws:
        ws.add(Bid(reference=REF, buyer="Another council"))
    result = run("export", str(workspace), "--bid", REF, "-o", str(tmp_path / "a.docx"),
                 home=home)
    assert result.returncode == 1
    assert "2 bids have the reference" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_question(workspace, home, tmp_path):
    result = run("export", str(workspace), "--bid", REF, "--question", "SV9",
                 "-o", str(tmp_path / "a.docx"), home=home)
    assert result.returncode == 1
    assert "no question “SV9”" in result.stderr and "SV1, SV2" in result.stderr


@pytest.mark.parametrize("args, words", [
    (["--font", "Comic Sans"], "not a font"),
    (["--size", "20"], "between 10 and 14"),
    (["--size", "big"], "not a font size"),
    (["--paper", "A3"], "A4 or Letter"),
    (["--kind", "offer", "-o", "offer.txt"], "ending in .docx"),
    (["--kind", "text", "-o", "answers.docx"], "a .txt file"),
    (["--kind", "answers", "--plain-punctuation"], "for --kind text"),
    (["--kind", "poster"], "invalid choice"),
])
def test_bad_usage_exits_2(workspace, home, tmp_path, args, words):
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "a.docx")]
    else:
        args = [a if a != args[-1] else str(tmp_path / a) for a in args]
    result = run("export", str(workspace), "--bid", REF, *args, home=home)
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_workspace(home, tmp_path):
    result = run("export", str(tmp_path / "none.svbid"), "--bid", REF, "-o",
                 str(tmp_path / "a.docx"), home=home)
    assert result.returncode == 1
    assert result.stderr.startswith("svbidder: ")


def test_an_unwritable_target_says_what_to_do(workspace, home, tmp_path):
    result = run("export", str(workspace), "--bid", REF, "-o",
                 str(tmp_path / "no folder" / "a.docx"), home=home)
    assert result.returncode == 1
    assert "Choose another place to save it" in result.stderr
