"""``svbidder frameworks``, ``priorities`` and ``pack``: exit codes, messages and JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from svbidder.core.priorities.packs import import_pack, validate_pack
from svbidder.core.storage.workspace import Workspace
from svbidder.paths import resources_dir

from .helpers import digest, run

ANYTOWN = resources_dir() / "example" / "anytown-priorities.svpack"



@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "bids.svbid"
    with Workspace.create(path) as workspace:
        import_pack(workspace, ANYTOWN)
    return path


def test_frameworks_list_json(home):
    result = run("frameworks", "list", "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) >= 6
    for entry in data:
        assert {"id", "name", "publisher", "as_at"} <= set(entry)
        assert all(isinstance(value, str) for value in entry.values())
    ids = [entry["id"] for entry in data]
    assert {"uk-social-value-model-2025", "uk-social-value-model-2020", "wales-well-being-goals",
            "northern-ireland-social-value-ppn-01-21", "scotland-community-benefits",
            "england-council-starter"} <= set(ids)


def test_frameworks_list_text(home):
    result = run("frameworks", "list", home=home)
    assert result.returncode == 0
    assert "UK Social Value Model 2025 (PPN 002)" in result.stdout
    assert "as at 2026-11-25" in result.stdout


def test_priorities_import_json_shape(tmp_path, home):
    source = tmp_path / "plan.md"
    source.write_text("# Anytown plan on a page\n\n## Theme 1: Jobs\n- Local jobs\n- Skills\n\n"
                      "## Theme 2: Environment\n- Less waste\n\n## Contact us\n"
                      "sv@anytown.example\n", encoding="utf-8")
    result = run("priorities", "import", str(source), "--json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["name"] == "Anytown plan on a page"
    assert [(t["title"], [o["title"] for o in t["outcomes"]]) for t in data["themes"]] == [
        ("Jobs", ["Local jobs", "Skills"]), ("Environment", ["Less waste"])]
    assert any("Contact us" in warning for warning in data["warnings"])


def test_priorities_import_readable_tree_and_standard_input(home):
    result = run("priorities", "import", "-", home=home,
                 stdin="Priority A – Thriving economy\n• Good jobs\nPriority B – Greener\n"
                       "• Less waste\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        "Imported priorities", "  A Thriving economy", "    - Good jobs"]


def test_priorities_import_word_file(tmp_path, home):
    import docx

    document = docx.Document()
    document.add_heading("Priority 1: Good work", level=1)
    document.add_paragraph("Fair pay", style="List Bullet")
    path = tmp_path / "plan.docx"
    document.save(path)
    result = run("priorities", "import", str(path), "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["themes"][0]["outcomes"][0]["title"] == "Fair pay"


def test_priorities_import_refuses_an_encrypted_word_file_in_one_line(tmp_path, home):
    path = tmp_path / "locked.docx"
    # An OLE file whose directory names the EncryptionInfo stream, as Word's encrypted ones do.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
                     + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64)
    result = run("priorities", "import", str(path), "--json", home=home)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("svbidder: “locked.docx” is a password-protected")


def test_pack_validate_a_good_pack(home):
    result = run("pack", "validate", str(ANYTOWN), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("valid: “Anytown Borough Council social value priorities")
    assert "5 themes, 13 outcomes" in result.stdout


def test_pack_validate_lists_every_problem(tmp_path, home):
    pack = json.loads(ANYTOWN.read_text(encoding="utf-8"))
    del pack["themes"][2]["outcomes"][0]["title"]
    pack["themes"][1]["id"] = "1"
    pack["metadata"]["colour"] = "blue"
    path = tmp_path / "bad.svpack"
    path.write_text(json.dumps(pack), encoding="utf-8")
    result = run("pack", "validate", str(path), home=home)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == ("svbidder: “bad.svpack” is not a priority pack svbidder can use, so "
                        "nothing was changed (3 problems):")
    assert lines[1:] == [
        "  metadata.colour: unknown key (allowed here: id, title, publisher, version, date, "
        "contact, licence, default_weighting_percent, source_address, provisional_note, "
        "summary)",
        "  themes[1].id: duplicate id “1” (already used at themes[0].id)",
        "  themes[2].outcomes[0].title: missing",
    ]


def test_pack_validate_not_json_and_missing_file(tmp_path, home):
    path = tmp_path / "notes.svpack"
    path.write_text("just some notes", encoding="utf-8")
    result = run("pack", "validate", str(path), home=home)
    assert result.returncode == 1
    assert "(the whole file): not valid JSON" in result.stderr
    missing = run("pack", "validate", str(tmp_path / "nope.svpack"), home=home)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1


def test_pack_export_by_key_and_by_number(tmp_path, home, workspace_file):
    before = digest(workspace_file)
    out = tmp_path / "anytown.svpack"
    result = run("pack", "export", str(workspace_file), "anytown-borough-council-priorities",
                 "-o", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stdout
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        ANYTOWN.read_text(encoding="utf-8"))
    assert digest(workspace_file) == before  # opened read-only, changed nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anytown.svpack", "bids.svbid"]
    second = tmp_path / "by-number.svpack"
    result = run("pack", "export", str(workspace_file), "1", "-o", str(second),
                 "--weighting", "15%", "--contact", "Sam", "--version", "2", home=home)
    assert result.returncode == 0, result.stderr
    metadata = json.loads(second.read_text(encoding="utf-8"))["metadata"]
    assert (metadata["default_weighting_percent"], metadata["contact"], metadata["version"]) == (
        15.0, "Sam", "2")
    assert validate_pack(second.read_bytes()) == []


def test_pack_export_unknown_framework_is_one_line(tmp_path, home, workspace_file):
    result = run("pack", "export", str(workspace_file), "nope", "-o",
                 str(tmp_path / "x.svpack"), home=home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no framework “nope”" in result.stderr
    assert "anytown-borough-council-priorities" in result.stderr
    assert not (tmp_path / "x.svpack").exists()


def test_pack_export_bad_date_lists_the_problem(tmp_path, home, workspace_file):
    result = run("pack", "export", str(workspace_file), "1", "-o", str(tmp_path / "x.svpack"),
                 "--date", "next week", home=home)
    assert result.returncode == 1
    assert "metadata.date: not in the right form" in result.stderr
    assert not (tmp_path / "x.svpack").exists()


@pytest.mark.parametrize("args", [
    ("pack",), ("pack", "export", "w.svbid", "1"), ("frameworks",), ("priorities", "import"),
    ("pack", "export", "w.svbid", "1", "-o", "x", "--weighting", "lots"),
])
def test_bad_usage_exits_2_with_one_line(home, args):
    result = run(*args, home=home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_these_commands_keep_start_up_light():
    code = ("import sys, svbidder.cli; svbidder.cli.build_parser(); "
            "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith("
            "('svbidder.core.priorities.frameworks', 'svbidder.core.priorities.packs', "
            "'svbidder.core.priorities.importing'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
