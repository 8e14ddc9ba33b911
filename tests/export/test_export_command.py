"""``svbidder export --new-page-per-question``: the optional flag added for issue 14
(the rest of the command's contract is in tests/cli/test_export_cli.py)."""

from __future__ import annotations

import docx
import pytest

from svbidder.cli import main
from svbidder.core.content.example import write_example

from .helpers import TODAY

REF = "ABC/2026/017"


@pytest.fixture
def workspace(tmp_path):
    write_example(tmp_path / "example.svbid", today=TODAY).close()
    return tmp_path / "example.svbid"


def headings_on_new_pages(path) -> list[bool]:
    return [bool(p.paragraph_format.page_break_before)
            for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]


@pytest.mark.parametrize("flag, expected", [
    ([], False),  # the example's answers are short: they follow one another
    (["--new-page-per-question"], True),
    (["--no-new-page-per-question"], False),
])
def test_new_page_per_question(workspace, tmp_path, flag, expected):
    out = tmp_path / "response.docx"
    assert main(["export", str(workspace), "--bid", REF, *flag, "-o", str(out)]) == 0
    breaks = headings_on_new_pages(out)
    assert breaks[0] and all(b == expected for b in breaks[1:])


def test_the_flag_is_only_for_the_answers(workspace, tmp_path, capsys):
    out = tmp_path / "offer.docx"
    code = main(["export", str(workspace), "--bid", REF, "--kind", "offer",
                 "--new-page-per-question", "-o", str(out)])
    assert code == 2 and not out.exists()
    assert "--new-page-per-question is for --kind answers" in capsys.readouterr().err
