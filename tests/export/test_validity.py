"""Every Word document svbidder exports is checked with openxml-audit, an
independent Office Open XML validator: no schema or semantic errors, and none
of the findings that predict Word will "repair" the file when it opens.

The stale ``stylesWithEffects`` part of python-docx's template used to trigger
exactly that (its styles no longer matched ``styles.xml``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from svbidder.core.storage.records import Bid, Question
from svbidder.export import ExportOptions, export

from .helpers import TODAY

openxml_audit = pytest.importorskip("openxml_audit", reason="pip install openxml-audit "
                                                            "(the test extra)")


def audit(path: Path) -> list[str]:
    """What openxml-audit says is wrong with a .docx: errors, and Word app-compat
    findings of any severity."""
    from openxml_audit import OpenXmlValidator, SourceClass, ValidationSeverity, predict

    result = OpenXmlValidator().validate(path)
    problems = [str(e) for e in result.errors
                if e.severity == ValidationSeverity.ERROR
                or e.source_class is SourceClass.WORD_APP_COMPAT]
    verdict = predict(result)
    if verdict.prediction.value != "opens-clean":
        problems.append(verdict.headline)
    return problems


def _variants(ws, bid_id: int) -> dict[str, tuple[int, str, ExportOptions]]:
    questions = ws.find(Question, order_by="position, id", bid_id=bid_id)
    return {
        "answers": (bid_id, "answers", ExportOptions()),
        "answers_page_each": (bid_id, "answers", ExportOptions(new_page_per_question=True)),
        "answers_short": (bid_id, "answers",
                          ExportOptions(question_ids=tuple(q.id for q in questions[:2]))),
        "answers_everything": (bid_id, "answers",
                               ExportOptions(font="Times New Roman", size_pt=12, paper="Letter",
                                             include_guidance=True, line_spacing=1.5)),
        "answers_bare": (bid_id, "answers",
                         ExportOptions(include_question=False, include_counts=False,
                                       include_contents=False, include_commitments=False)),
        "offer": (bid_id, "offer", ExportOptions()),
        "offer_small": (bid_id, "offer", ExportOptions(font="Calibri", size_pt=10)),
        "map": (bid_id, "map", ExportOptions()),
        "map_verdana": (bid_id, "map", ExportOptions(font="Verdana", size_pt=14)),
    }


def test_every_word_export_of_a_filled_bid_is_valid(filled, tmp_path):
    ws, bid_id = filled
    found = {}
    for name, (bid, kind, options) in _variants(ws, bid_id).items():
        path = export(ws, bid, kind, tmp_path / f"{name}.docx", options, today=TODAY).path
        found[name] = audit(path)
    assert found == {name: [] for name in found}


def test_every_word_export_of_an_empty_bid_is_valid(example, tmp_path):
    bid = example.add(Bid(reference="EMPTY/1", buyer="Nobody", contract_title="Nothing"))
    found = {kind: audit(export(example, bid.id, kind, tmp_path / f"{kind}.docx",
                                today=TODAY).path)
             for kind in ("answers", "offer", "map")}
    assert found == {"answers": [], "offer": [], "map": []}


def test_the_stale_styles_copy_is_not_in_the_package(filled, tmp_path):
    ws, bid_id = filled
    path = export(ws, bid_id, "answers", tmp_path / "answers.docx", today=TODAY).path
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        assert "word/styles.xml" in names
        assert not any("stylesWithEffects" in name for name in names)
        assert b"stylesWithEffects" not in package.read("word/_rels/document.xml.rels")
        assert b"stylesWithEffects" not in package.read("[Content_Types].xml")


def test_the_audit_catches_what_word_would_repair(filled, tmp_path):
    """The check can fail: the template's own stale part, left in, is reported."""
    import docx

    document = docx.Document()
    document.styles.add_style("Something New", 1)
    path = tmp_path / "stale.docx"
    document.save(str(path))
    assert any("stylesWithEffects" in problem for problem in audit(path))
