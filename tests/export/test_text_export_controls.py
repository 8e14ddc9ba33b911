"""No control or escape characters in portal text or the text export (issue 17 item 7),
even when an older import left some in the workspace."""

from __future__ import annotations

import re

from svbidder.core.storage.records import Answer, Question
from svbidder.export.text_export import export_text, portal_answer, portal_text

ODD = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def test_portal_text_leaves_out_control_characters():
    assert portal_text("Red\x1b[31m text\x07 and\ttab\n\nnext\x9b") == \
        "Red text and\ttab\n\nnext"


def test_the_text_export_writes_no_control_characters(filled, tmp_path):
    ws, bid_id = filled
    question = next(q for q in ws.find(Question, bid_id=bid_id) if q.ref == "SV1")
    ws.update(Question, question.id, text="Reducing \x1b[1mloneliness\x1b[0m\x07 and isolation")
    answer = ws.find(Answer, question_id=question.id)[0]
    ws.update(Answer, answer.id, body_markdown="We will\x00 run\x08 weekly\x0c clubs.\x1b]0;x\x07")
    assert ODD.search(portal_answer(ws, question.id).text) is None
    target = tmp_path / "answers.txt"
    export_text(ws, bid_id, target)
    written = target.read_bytes().decode("utf-8")
    assert ODD.search(written) is None
    assert "Reducing loneliness and isolation" in written
    assert "We will run weekly" in written
