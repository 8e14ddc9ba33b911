"""Portal text: the answer as a portal receives it, with its counts before copying."""

from __future__ import annotations

from svbidder.core.storage.records import Answer, Bid, Question
from svbidder.core.writing.counting import count_text, limit_status, portal_plain_text
from svbidder.export.options import ExportOptions
from svbidder.export.text_export import (
    NO_ANSWER,
    build_all_text,
    export_text,
    plain_punctuation,
    portal_answer,
    portal_text,
)

from .helpers import TODAY, table_rows

SMART = "We’ll say “thank you” – and mean it… 2026—27\u00a0now\u200b."


def question(ws, bid_id, ref):
    return next(q for q in ws.find(Question, bid_id=bid_id) if q.ref == ref)


def test_plain_punctuation():
    assert plain_punctuation(SMART) == 'We\'ll say "thank you" - and mean it... 2026-27 now.'
    assert plain_punctuation("Café £1,200 – Tŷ") == "Café £1,200 - Tŷ"  # letters and £ stay


def test_portal_text_is_countings_portal_text():
    markdown = "## Heading\n\n**Bold** and *it*.\n\n- one\n- two\n\n1. first"
    assert portal_text(markdown) == portal_plain_text(markdown)
    assert portal_text(markdown) == "Heading\n\nBold and it.\n\n- one\n- two\n\n1. first"
    assert portal_text("“Quoted” – yes", plain_ascii=True) == '"Quoted" - yes'


def test_one_answer_with_its_counts(filled):
    ws, bid_id = filled
    sv2 = question(ws, bid_id, "SV2")
    answer = portal_answer(ws, sv2.id)
    body = ws.find(Answer, question_id=sv2.id)[0].body_markdown
    assert answer.text == portal_plain_text(body)
    assert answer.text.count("\n- ") == 3  # bullets as "- "
    assert answer.counts == count_text(answer.text)
    assert answer.status == limit_status(answer.counts, "characters", 3000)
    assert answer.safe_status.safe and answer.safe_status.count == answer.counts.safe_characters
    assert answer.safe_status.count > answer.status.count  # line breaks count twice
    assert answer.label == "SV2"
    assert answer.heading == "SV2: Local jobs, volunteering and skills"
    assert "portal-safe count" in answer.summary


def test_portal_count_includes_the_bullets_word_does_not(filled):
    ws, bid_id = filled
    sv1 = question(ws, bid_id, "SV1")
    answer = portal_answer(ws, sv1.id)
    from svbidder.core.writing.counting import count_markdown

    body = ws.find(Answer, question_id=sv1.id)[0].body_markdown
    assert answer.counts.words == count_markdown(body).words + 3  # three "- " bullets


def test_page_limited_answers_get_a_page_estimate(filled):
    ws, bid_id = filled
    answer = portal_answer(ws, question(ws, bid_id, "SV3").id)
    assert answer.status.kind == "pages"
    assert answer.summary.startswith("about ")


def test_plain_ascii_changes_the_text_and_its_counts(filled):
    ws, bid_id = filled
    sv1 = question(ws, bid_id, "SV1")
    ws.update(Answer, ws.find(Answer, question_id=sv1.id)[0].id,
              body_markdown=SMART)
    smart = portal_answer(ws, sv1.id)
    plain = portal_answer(ws, sv1.id, ExportOptions(plain_ascii=True))
    assert plain.text == plain_punctuation(SMART)
    assert plain.text.isascii()
    assert plain.counts == count_text(plain.text) != smart.counts


def test_all_answers(filled):
    ws, bid_id = filled
    text, warnings = build_all_text(ws, bid_id, today=TODAY)
    assert warnings == []
    lines = text.split("\n")
    assert lines[0] == "Community Wellbeing and Connection Service (ABC/2026/017)"
    assert lines[2] == "Exported 14 March 2026"
    for q in ws.find(Question, order_by="position, id", bid_id=bid_id):
        answer = portal_answer(ws, q.id)
        assert f"\n{answer.heading}\n" in text
        assert f"\n{answer.text}\n" in text
        assert f"Count: {answer.summary}" in text
    assert "Describe how you will reduce loneliness" in text  # the question
    assert "Scoring:" not in text  # guidance only when asked


def test_all_answers_options(filled):
    ws, bid_id = filled
    sv4 = question(ws, bid_id, "SV4")
    text, _ = build_all_text(ws, bid_id, ExportOptions(
        question_ids=(sv4.id,), include_question=False, include_counts=False,
        include_guidance=True, plain_ascii=True))
    assert "SV1" not in text and "SV4: Help with the cost of living" in text
    assert "Count:" not in text and "Describe any help" not in text
    assert "Guidance:" in text and "Scoring:" in text
    assert "–" not in text and "’" not in text


def test_unanswered_questions(example):
    bid = example.find(Bid)[0]
    text, warnings = build_all_text(example, bid.id)
    assert text.count(NO_ANSWER) == 1  # SV2, left blank in the example for Exercise 4
    assert len(warnings) == 1


def test_file_is_utf8_with_windows_line_ends(filled, tmp_path):
    ws, bid_id = filled
    before = table_rows(ws.path)
    result = export_text(ws, bid_id, tmp_path / "answers.txt", today=TODAY)
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    text, _ = build_all_text(ws, bid_id, today=TODAY)
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == text
    assert result.pages_estimate is None
    assert table_rows(ws.path) == before
