"""The bid response, read back with python-docx: every part a council would see."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from svbidder.core.storage.records import Answer, Bid, Commitment, Organisation, Question
from svbidder.core.writing.bids import answer_status
from svbidder.core.writing.counting import RoughPageEstimator, count_markdown, markdown_to_plain
from svbidder.export.bid_document import (
    NO_ANSWER,
    bid_file_stem,
    build_bid_document,
    count_statement,
    export_bid_document,
    question_heading,
    split_question_text,
)
from svbidder.export.options import ExportOptions

from .helpers import TODAY, reopen, table_rows


def build(ws, bid_id, **options):
    return reopen(build_bid_document(ws, bid_id, ExportOptions(**options), today=TODAY))


def styled(document, name):
    return [p for p in document.paragraphs if p.style.name == name]


def questions(ws, bid_id):
    return ws.find(Question, order_by="position, id", bid_id=bid_id)


def body(ws, question):
    found = ws.find(Answer, question_id=question.id)
    return found[0].body_markdown if found else ""


# ------------------------------------------------------------------ helpers

def test_question_title_is_its_first_line_when_that_reads_as_one():
    assert split_question_text("Reducing loneliness\n\nDescribe how you will…") == (
        "Reducing loneliness", ["Describe how you will…"])
    assert split_question_text("Describe how you will help.\nAnd say when.") == (
        "", ["Describe how you will help.", "And say when."])
    assert split_question_text("One line only") == ("", ["One line only"])


def test_question_heading():
    assert question_heading(Question(ref="SV1", text="A title\n\nThe question."), 1) == \
        "SV1: A title"
    assert question_heading(Question(ref="", text="What will you do?"), 3) == "Question 3"


@pytest.mark.parametrize("kind, limit, expected", [
    ("words", 500, "Word count: {words} of 500"),
    ("characters", 2000, "Characters (including spaces): {characters:,} of 2,000"),
    ("characters_no_spaces", 1500, "Characters (excluding spaces): {nospaces:,} of 1,500"),
    (None, None, "Word count: {words}"),
])
def test_count_statement_uses_the_apps_counts(kind, limit, expected):
    text = "## Heading\n\nSome **bold** words – and more.\n\n- a bullet\n- another one"
    counts = count_markdown(text)
    question = Question(limit_kind=kind, limit_value=limit)
    statement = count_statement(question, text)
    assert statement.text == expected.format(words=counts.words, characters=counts.characters,
                                             nospaces=counts.characters_no_spaces)
    assert statement.message == answer_status(question, text).message


def test_count_statement_for_a_page_limit_says_about():
    question = Question(limit_kind="pages", limit_value=2, page_font="Arial",
                        page_font_size=11, page_margin_mm=20)
    text = "A paragraph of text. " * 200
    statement = count_statement(question, text)
    pages = RoughPageEstimator().estimate(markdown_to_plain(text), "A4", "Arial", 11, 20)
    assert statement.text == (f"Length: about {round(pages, 1):g} of 2 pages "
                              "(A4, Arial 11 pt, 20 mm margins)")


def test_count_statement_over_the_limit():
    statement = count_statement(Question(limit_kind="words", limit_value=3), "one two three four")
    assert statement.text == "Word count: 4 of 3"
    assert statement.state == "over"


def test_file_stem():
    assert bid_file_stem(Bid(reference="ABC/2026/017")) == "ABC-2026-017 social value response"
    assert bid_file_stem(Bid(contract_title="Care: lot 2"), "offer") == \
        "Care- lot 2 social value offer"


# -------------------------------------------------------------- the document

def test_cover_page(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    bid, organisation = ws.get(Bid, bid_id), ws.get(Organisation, 1)
    assert styled(document, "Title")[0].text == "Social value response"
    assert styled(document, "Subtitle")[0].text == bid.contract_title
    cover = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert cover["Organisation"] == organisation.name
    assert cover["Buyer"] == bid.buyer
    assert cover["Contract"] == bid.contract_title
    assert cover["Tender reference"] == bid.reference
    assert cover["Date"] == "14 March 2026"


def test_one_section_per_question_with_question_answer_and_count(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    headings = styled(document, "Heading 1")
    chosen = questions(ws, bid_id)
    assert [h.text for h in headings][:len(chosen)] == [
        question_heading(q, i) for i, q in enumerate(chosen, start=1)]
    # After the contents the first question starts a page; these short answers follow
    # one another (a page each would waste paper), with space above each heading.
    assert headings[0].paragraph_format.page_break_before
    assert not any(h.paragraph_format.page_break_before for h in headings[1:])
    assert all(h.paragraph_format.space_before for h in headings[1:])
    boxed = " ".join(p.text for p in styled(document, "Question Box"))
    for question in chosen:
        assert split_question_text(question.text)[1][0] in boxed
    statements = [p.text for p in styled(document, "Count Statement")]
    assert statements == [count_statement(q, body(ws, q)).text for q in chosen]
    assert statements[0] == f"Word count: {count_markdown(body(ws, chosen[0])).words} of 500"
    assert statements[1].startswith("Characters (including spaces): ")
    assert statements[2].startswith("Length: about ")
    assert statements[3].startswith("Characters (excluding spaces): ")


def test_answers_keep_their_text_and_formatting(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    paragraphs = document.paragraphs
    for question in questions(ws, bid_id):
        heading = question_heading(question, questions(ws, bid_id).index(question) + 1)
        start = next(i for i, p in enumerate(paragraphs)
                     if p.text == heading and p.style.name == "Heading 1")
        end = next(i for i in range(start, len(paragraphs))
                   if paragraphs[i].style.name == "Count Statement")
        answer = [p.text for p in paragraphs[start + 1:end]
                  if p.style.name not in ("Question Box", "Question Box Note",
                                          "Question Box End") and p.text]
        assert answer == markdown_to_plain(body(ws, question)).split("\n")
    bold = [r.text for p in paragraphs for r in p.runs if r.bold]
    assert "100 older people a year" in bold and "Next Step" in bold
    italic = [r.text for p in paragraphs for r in p.runs if r.italic]
    assert "named" in italic
    styles = {p.style.name for p in paragraphs}
    assert {"Heading 2", "List Bullet", "List Number", "Normal"} <= styles


def test_commitments_table(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    table = document.tables[-1]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Ref", "Commitment", "Target", "Unit", "By when",
                       "How it will be evidenced"]
    commitments = ws.find(Commitment, order_by="position, id", bid_id=bid_id)
    assert len(rows) == len(commitments) + 1
    assert rows[1] == ["SV1", "Support older people living alone through befriending", "100",
                       "older people", "each year of the contract",
                       "Visit logs and loneliness scores"]
    header_row = table.rows[0]._tr
    assert header_row.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    assert table.style.name == "Table Grid"
    assert "Our social value commitments" in [h.text for h in styled(document, "Heading 1")]


def test_no_commitments_no_table(example):
    bid = example.find(Bid)[0]
    for commitment in example.find(Commitment, bid_id=bid.id):  # the example has five
        example.delete(Commitment, commitment.id)
    document = build(example, bid.id)
    assert len(document.tables) == 1  # the cover only
    assert "Our social value commitments" not in [p.text for p in document.paragraphs]


def test_unanswered_questions_say_so_and_warn(example, tmp_path):
    bid = example.find(Bid)[0]
    result = export_bid_document(example, bid.id, tmp_path / "out.docx", today=TODAY)
    document = docx.Document(str(result.path))
    notes = [p.text for p in styled(document, "Export Note")]
    assert notes.count(NO_ANSWER) == 1  # SV2, left blank in the example for Exercise 4
    assert sum("has no answer yet" in w for w in result.warnings) == 1


def test_over_the_limit_is_a_warning(filled, tmp_path):
    ws, bid_id = filled
    question = questions(ws, bid_id)[0]
    ws.update(Question, question.id, limit_value=50)
    result = export_bid_document(ws, bid_id, tmp_path / "out.docx", today=TODAY)
    assert any(w.startswith("SV1 is over its limit") for w in result.warnings)


def test_header_footer_and_page_numbers(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    section = document.sections[0]
    assert section.different_first_page_header_footer  # no header on the cover
    assert section.header.paragraphs[0].text == \
        "Millbrook Community Hub\tTender reference ABC/2026/017"
    footer = section.footer.paragraphs[0]._p
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert section.footer.paragraphs[0].text.startswith("Page ")


def test_contents_list_each_section_with_its_page(filled):
    ws, bid_id = filled
    document = build(ws, bid_id)
    entries = [p.text for p in styled(document, "toc 1")]
    assert [entry.split("\t")[0] for entry in entries] == [
        question_heading(q, i) for i, q in enumerate(questions(ws, bid_id), start=1)
    ] + ["Our social value commitments"]
    # Page numbers from the page estimate (cover 1, contents 2), in order.
    numbers = [int(entry.split("\t")[1]) for entry in entries]
    assert numbers[0] == 3 and numbers == sorted(numbers)
    # Each number is a PAGEREF to a bookmark on its heading, inside a link to it.
    body = document.element.body
    marks = {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart"))}
    instructions = [t.text.split() for t in body.iter(qn("w:instrText"))]
    assert [i[0] for i in instructions] == ["PAGEREF"] * len(entries)
    targets = [marks[i[1]] for i in instructions]
    assert [docx.text.paragraph.Paragraph(t, None).text for t in targets] == [
        e.split("\t")[0] for e in entries]
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    assert anchors == [i[1] for i in instructions]
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_with_a_page_per_question_the_contents_count_a_page_each(filled):
    ws, bid_id = filled
    document = build(ws, bid_id, new_page_per_question=True)
    headings = styled(document, "Heading 1")
    assert all(h.paragraph_format.page_break_before for h in headings)
    numbers = [int(p.text.split("\t")[1]) for p in styled(document, "toc 1")]
    assert numbers == [3, 4, 5, 6, 7, 8]


def test_a_long_answer_starts_every_question_on_a_new_page_by_default(filled):
    ws, bid_id = filled
    first = questions(ws, bid_id)[0]
    long_answer = "\n\n".join(["We will visit older people every week and keep a record "
                                 "of each visit, so the council can see the difference."] * 40)
    ws.update(Answer, ws.find(Answer, question_id=first.id)[0].id, body_markdown=long_answer)
    headings = styled(build(ws, bid_id), "Heading 1")
    assert all(h.paragraph_format.page_break_before for h in headings)
    # ... unless the person chose otherwise.
    headings = styled(build(ws, bid_id, new_page_per_question=False), "Heading 1")
    assert not any(h.paragraph_format.page_break_before for h in headings[1:])


def test_a_short_bid_has_no_contents_page(filled):
    ws, bid_id = filled
    three = tuple(q.id for q in questions(ws, bid_id)[:3])
    document = build(ws, bid_id, question_ids=three, include_contents=True)
    assert not styled(document, "toc 1") and not styled(document, "TOC Heading")
    assert not list(document.element.body.iter(qn("w:instrText")))
    assert document.settings.element.find(qn("w:updateFields")) is None
    four = tuple(q.id for q in questions(ws, bid_id)[:4])
    assert len(styled(build(ws, bid_id, question_ids=four), "toc 1")) == 5


def test_document_properties(filled):
    ws, bid_id = filled
    props = build(ws, bid_id).core_properties
    assert props.title == "Community Wellbeing and Connection Service – social value response"
    assert props.author == "Millbrook Community Hub"
    assert props.subject == "Community Wellbeing and Connection Service"
    assert props.language == "en-GB"
    assert props.created.year >= 2024


def test_paper_margins_and_font_from_the_options(filled):
    ws, bid_id = filled
    document = build(ws, bid_id, paper="Letter", margins_mm=20, font="Verdana", size_pt=12)
    section = document.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1)
    assert abs(section.page_height - Mm(279.4)) < Mm(0.1)
    assert abs(section.left_margin - Mm(20)) < Mm(0.1)
    assert document.styles["Normal"].font.name == "Verdana"
    assert document.styles["Normal"].font.size.pt == 12


def test_options_leave_parts_out(filled):
    ws, bid_id = filled
    document = build(ws, bid_id, include_question=False, include_counts=False,
                     include_commitments=False)
    assert not styled(document, "Question Box")
    assert not styled(document, "Count Statement")
    assert len(document.tables) == 1
    with_guidance = build(ws, bid_id, include_guidance=True)
    guidance = [p.text for p in styled(with_guidance, "Question Guidance")]
    assert guidance[0] == "Guidance from the buyer"
    assert any("Evaluators will look for" in text for text in guidance)


def test_only_the_chosen_questions(filled):
    ws, bid_id = filled
    chosen = questions(ws, bid_id)
    document = build(ws, bid_id, question_ids=(chosen[3].id, chosen[1].id))
    headings = [h.text for h in styled(document, "Heading 1")]
    assert headings[:2] == [question_heading(chosen[1], 2), question_heading(chosen[3], 4)]
    table = document.tables[-1]
    assert {row.cells[0].text for row in table.rows[1:]} == {"SV2", "SV4"}


def test_exporting_never_changes_the_workspace(filled, tmp_path):
    ws, bid_id = filled
    before = table_rows(ws.path)
    undo = ws.history.undo_label()
    export_bid_document(ws, bid_id, tmp_path / "out.docx", ExportOptions(font="Calibri"),
                        today=TODAY)
    assert table_rows(ws.path) == before
    assert ws.history.undo_label() == undo


def test_a_question_without_an_answer_row_gets_none_created(example, tmp_path):
    bid = example.find(Bid)[0]
    answers = len(example.find(Answer))
    export_bid_document(example, bid.id, tmp_path / "out.docx")
    assert len(example.find(Answer)) == answers


def test_export_result(filled, tmp_path):
    ws, bid_id = filled
    result = export_bid_document(ws, bid_id, tmp_path / "response.docx", today=TODAY)
    assert result.path == (tmp_path / "response.docx").absolute()
    assert result.warnings == []
    # cover, contents, five questions of about half a page one after another,
    # commitments
    assert 4 <= result.pages_estimate <= 5.5
    assert docx.Document(str(result.path)).paragraphs


def test_a_bid_without_questions(example, tmp_path):
    bid = example.add(Bid(reference="EMPTY/1", buyer="Nobody", contract_title="Nothing"))
    result = export_bid_document(example, bid.id, tmp_path / "empty.docx",
                                 today=date(2026, 1, 2))
    assert any("no questions" in w for w in result.warnings)
    document = docx.Document(str(result.path))
    assert styled(document, "Title")[0].text == "Social value response"
