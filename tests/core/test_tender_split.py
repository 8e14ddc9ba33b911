"""Splitting tenders into questions, written in the styles real buyers use."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svbidder.core.writing.tender import (
    Limit,
    SplitQuestion,
    TenderFileError,
    split_questions,
    split_questions_file,
)

# ------------------------------------------------------------ limit phrases

LIMITS = [
    ("Maximum 500 words", "words", 500),
    ("(750 words max)", "words", 750),
    ("no more than 2,000 characters including spaces", "characters", 2000),
    ("using a maximum of 4000 characters", "characters", 4000),
    ("word limit: 1,000", "words", 1000),
    ("Word Limit – 1000 words", "words", 1000),
    ("Max. 500 words", "words", 500),
    ("max 500 words", "words", 500),
    ("up to 300 words", "words", 300),
    ("500-word limit", "words", 500),
    ("500 word limit", "words", 500),
    ("500 words maximum", "words", 500),
    ("(max 500 words)", "words", 500),
    ("(500 words)", "words", 500),
    ("Word count: 800", "words", 800),
    ("Your response should not exceed 1,000 words.", "words", 1000),
    ("A maximum word count of 800 applies.", "words", 800),
    ("Responses are limited to 600 words", "words", 600),
    ("in no more than 400 words", "words", 400),
    ("Describe your approach in 500 words", "words", 500),
    ("Please limit your response to 250 words.", "words", 250),
    ("Response length: 350 words", "words", 350),
    ("not exceeding 1500 characters (including spaces)", "characters", 1500),
    ("not exceeding 1500 characters (excluding spaces)", "characters_no_spaces", 1500),
    ("Maximum 4,000 characters excluding spaces", "characters_no_spaces", 4000),
    ("4,000 characters excluding spaces", "characters_no_spaces", 4000),
    ("1,000 characters (no spaces)", "characters_no_spaces", 1000),
    ("Character limit: 2,500 (without spaces)", "characters_no_spaces", 2500),
    ("The character limit for this question is 3,000", "characters", 3000),
    ("Max 2,500 chars", "characters", 2500),
    ("2 sides of A4, Arial 11", "pages", 2),
    ("one side of A4", "pages", 1),
    ("a single side of A4 paper", "pages", 1),
    ("no more than two sides of A4", "pages", 2),
    ("2 x A4 pages font size 11", "pages", 2),
    ("3 A4 pages", "pages", 3),
    ("2 × A4 paper", "pages", 2),
    ("1 A4 sheet", "pages", 1),
    ("Maximum of 3 pages", "pages", 3),
    ("Page limit: 2", "pages", 2),
    ("Page limit: 4 sides", "pages", 4),
    ("2-page limit", "pages", 2),
    ("4 pages max", "pages", 4),
]


def _only(text: str) -> SplitQuestion:
    found = split_questions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("phrase", "kind", "value"), LIMITS)
def test_every_common_limit_phrasing(phrase, kind, value):
    question = _only(f"SV1 Local jobs\nDescribe how you will recruit locally. {phrase}")
    assert question.limit is not None, phrase
    assert (question.limit.kind, question.limit.value) == (kind, value)


@pytest.mark.parametrize("phrase", [
    "We will employ up to 20 people from the area.",
    "Our annual report runs to 40 pages.",
    "Tell us about your volunteers (at least 10 of them).",
    "Fictional characters are not allowed.",
    "Bring 2 A4 folders to the interview.",
])
def test_things_that_are_not_limits(phrase):
    assert _only(f"SV1\nDescribe your offer. {phrase}").limit is None


def test_page_details():
    question = _only("SV3 Environment\nExplain your plan. 2 sides of A4, Arial 11, "
                     "margins of at least 2cm.")
    assert question.limit == Limit("pages", 2, paper="A4", font="Arial", font_size=11,
                                   margin_mm=20)
    other = _only("Q2\nDescribe your plan.\nMaximum 3 pages of A3, Verdana font size 12, "
                  "15 mm margins")
    assert (other.limit.paper, other.limit.font, other.limit.font_size,
            other.limit.margin_mm) == ("A3", "Verdana", 12, 15)
    plain = _only("Q2\nDescribe your plan. One side of A4.")
    assert (plain.limit.paper, plain.limit.font, plain.limit.font_size) == ("A4", "", None)
    fields = other.question_fields()
    assert (fields["limit_kind"], fields["page_paper"], fields["page_font_size"]) == \
        ("pages", "A3", 12)


WEIGHTINGS = [
    ("This question is worth 10%", 10),
    ("weighting: 5%", 5),
    ("Weighting 2.5%", 2.5),
    ("Local jobs (10%)", 10),
    ("10% weighting", 10),
    ("This is 5% of the total score.", 5),
    ("This question carries a weighting of 4%.", 4),
    ("Weighted at 15 per cent", 15),
]


@pytest.mark.parametrize(("phrase", "value"), WEIGHTINGS)
def test_weighting_phrases(phrase, value):
    assert _only(f"SV1\nDescribe your offer.\n{phrase}").weighting_percent == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("(20 marks)", 20), ("Marks available: 15", 15), ("This question is worth 10 marks.", 10),
])
def test_marks(phrase, value):
    assert _only(f"Q1\nDescribe your offer.\n{phrase}").marks == value


# -------------------------------------------------------- whole tenders

COUNCIL = """\
Section 5: Social Value

Social value is worth 10% of the total score. Each response is limited to 750 words
unless stated otherwise.

SV1 – Local employment and skills (4%)
Describe how you will create employment and training opportunities for local people
through this contract. (Maximum 500 words)

Your response should include numbers, timescales and how you will report progress.

SV2 – Community wellbeing
Please set out how you will support community groups in the borough, using a maximum of
4000 characters.
Weighting: 3%

SV 3 – Environment
Explain how you will reduce the environmental impact of delivering this service.
2 sides of A4, Arial 11, margins no less than 2cm.
This question is worth 3%.

SV4 – Working with the voluntary sector
Tell us how you will work with local charities.

Scoring methodology
0 – Unacceptable: no response or the response does not address the question.
1 – Poor: significant gaps or concerns.
2 – Weak: some gaps.
3 – Satisfactory: meets the requirement.
4 – Good: meets the requirement with some added value.
5 – Excellent: exceeds the requirement, fully evidenced.
"""


def test_council_style_with_shared_scoring():
    questions = split_questions(COUNCIL)
    assert [q.ref for q in questions] == ["SV1", "SV2", "SV3", "SV4"]
    sv1, sv2, sv3, sv4 = questions
    assert sv1.limit == Limit("words", 500)
    assert sv1.weighting_percent == 4
    assert sv1.text == ("Local employment and skills\nDescribe how you will create employment "
                        "and training opportunities for local people\nthrough this contract.")
    assert sv1.guidance.startswith("Your response should include numbers")
    assert (sv2.limit, sv2.weighting_percent) == (Limit("characters", 4000), 3)
    assert "Weighting" not in sv2.text
    assert (sv3.limit.kind, sv3.limit.value, sv3.limit.font, sv3.limit.font_size,
            sv3.limit.margin_mm) == ("pages", 2, "Arial", 11, 20)
    assert "A4" not in sv3.text and "worth" not in sv3.text
    assert sv4.limit == Limit("words", 750)  # "each response is limited to 750 words"
    for question in questions:  # the scoring methodology applies to every question
        assert len(question.descriptors) == 6
        assert question.descriptors[0].startswith("0 – Unacceptable")
        assert "5 – Excellent" in question.guidance
    assert "Scoring methodology" not in sv4.text


NUMBERED = """\
4. QUALITY AND SOCIAL VALUE QUESTIONS

4.1 Introduction
The Council's social value priorities are set out in Appendix C. Read them first.

4.2 Local supply chain
How will you use local and VCSE suppliers in delivering the contract? (750 words max)
Weighting: 5%

4.3 Volunteering
Describe the volunteering opportunities you will create for residents. Word limit: 1,000
This question carries a weighting of 5%.
Evaluation criteria
5 Excellent – comprehensive, evidenced and specific.
3 Satisfactory – meets the requirement.
1 Poor – limited detail.
0 Unacceptable – no answer.
"""


def test_numbered_sections_skip_the_introduction():
    questions = split_questions(NUMBERED)
    assert [q.ref for q in questions] == ["4.2", "4.3"]
    assert (questions[0].limit, questions[0].weighting_percent) == (Limit("words", 750), 5)
    assert questions[0].text == ("Local supply chain\nHow will you use local and VCSE "
                                 "suppliers in delivering the contract?")
    assert questions[1].text == ("Volunteering\nDescribe the volunteering opportunities you "
                                 "will create for residents.")
    assert (questions[1].limit, questions[1].weighting_percent) == (Limit("words", 1000), 5)
    assert len(questions[1].descriptors) == 4


QUESTION_HEADINGS = """\
Question 1
Please describe your approach to tackling loneliness and isolation among older residents.
Your answer must be no more than 2,000 characters including spaces.
(20 marks)

Question 2
Explain how you will measure and report the social value you deliver. Max. 500 words.
(10 marks)

Question 3 – Carbon reduction
What will you do to reduce carbon emissions from staff travel? not exceeding 1500
characters (excluding spaces)
"""


def test_question_headings_with_marks():
    questions = split_questions(QUESTION_HEADINGS)
    assert [q.ref for q in questions] == ["Q1", "Q2", "Q3"]
    assert (questions[0].limit, questions[0].marks) == (Limit("characters", 2000), 20)
    assert questions[0].text.startswith("Please describe your approach")
    assert "2,000" not in questions[0].text + questions[0].guidance  # kept as the limit
    assert (questions[1].limit, questions[1].marks) == (Limit("words", 500), 10)
    assert questions[1].text == ("Explain how you will measure and report the social value "
                                 "you deliver.")
    assert questions[2].limit == Limit("characters_no_spaces", 1500)
    assert questions[2].text.startswith("Carbon reduction\nWhat will you do")


PASTED_TABLE = """\
Ref\tQuestion\tWeighting\tWord limit
Q1\tDescribe how you will recruit locally\t10%\t500 words
Q2\tHow will you support people furthest from the labour market?\t5%\t300 words

Score\tDescriptor
5\tExcellent\tA comprehensive, specific and evidenced response.
3\tSatisfactory\tMeets the requirement.
0\tUnacceptable\tNo response.
"""


def test_a_table_pasted_from_word():
    questions = split_questions(PASTED_TABLE)
    assert [q.ref for q in questions] == ["Q1", "Q2"]
    assert questions[0].text == "Describe how you will recruit locally"
    assert (questions[0].limit, questions[0].weighting_percent) == (Limit("words", 500), 10)
    assert (questions[1].limit, questions[1].weighting_percent) == (Limit("words", 300), 5)
    assert questions[1].descriptors[0] == "5 – Excellent – A comprehensive, specific and " \
                                          "evidenced response."


MARKDOWN = """\
# Social value

## SV1: Skills and employment
**Question:** Describe the apprenticeships, work placements and training you will offer.
*Response length: 500 words*

## SV2: Health and wellbeing
Tell us how your service will improve residents' health. Up to 300 words.
Score weighting 2.5%
"""


def test_markdown_headings():
    questions = split_questions(MARKDOWN)
    assert [q.ref for q in questions] == ["SV1", "SV2"]
    assert questions[0].text == ("Skills and employment\nDescribe the apprenticeships, work "
                                 "placements and training you will offer.")
    assert questions[0].limit == Limit("words", 500)
    assert questions[1].text == ("Health and wellbeing\nTell us how your service will improve "
                                 "residents' health.")
    assert (questions[1].limit, questions[1].weighting_percent) == (Limit("words", 300), 2.5)


CENTRAL_GOVERNMENT = """\
Social Value Question 1 – Tackling economic inequality
Policy outcome: Create new businesses, new jobs and new skills.
Using a maximum of 4,500 characters, describe the commitment your organisation will make to
ensure that opportunities under the contract deliver the policy outcome and award criteria.
Please include:
• your method statement, stating how you will achieve this;
• a timed project plan and process, including how you will implement your commitment.
Weighting: 10%

Social Value Question 2 – Fighting climate change
Using a maximum of 4,500 characters, describe how you will deliver effective stewardship of
the environment.
Weighting: 10%
"""


def test_central_government_social_value_model_style():
    questions = split_questions(CENTRAL_GOVERNMENT)
    assert [q.ref for q in questions] == ["SV1", "SV2"]
    assert questions[0].limit == Limit("characters", 4500)
    assert questions[0].weighting_percent == 10
    assert "• a timed project plan" in questions[0].text


NO_REFERENCES = """\
Describe how your organisation will support the council's net zero ambition?
Maximum 500 words.

What will you do to improve the wellbeing of your staff?
500-word limit. This question is worth 10%.
"""


def test_questions_without_references():
    questions = split_questions(NO_REFERENCES)
    assert [q.ref for q in questions] == ["", ""]
    assert questions[0].text.startswith("Describe how your organisation")
    assert questions[1].weighting_percent == 10
    assert questions[1].limit == Limit("words", 500)


HOUSING_ASSOCIATION = """\
Tender for grounds maintenance: social value

1. Describe how you will offer work experience to our residents. (max 300 words)
2. Explain how you will use local suppliers. (max 300 words)
3. Set out any volunteering your staff will do in our neighbourhoods. (max 300 words)

Each question is scored 0 to 5. Please number your answers.
"""


def test_a_simple_numbered_list_of_questions():
    questions = split_questions(HOUSING_ASSOCIATION)
    assert [q.ref for q in questions] == ["1", "2", "3"]
    assert all(q.limit == Limit("words", 300) for q in questions)
    assert questions[0].text == "Describe how you will offer work experience to our residents."


def test_a_numbered_list_inside_one_question_is_not_split():
    text = ("SV1 Community benefits (500 words)\nPlease cover:\n1. who will benefit\n"
            "2. how many people\n3. when\n")
    question = _only(text)
    assert question.text == ("Community benefits\nPlease cover:\n1. who will benefit\n"
                             "2. how many people\n3. when")


def test_one_question_with_no_reference_or_limit():
    question = _only("Tell us about the social value you will bring.")
    assert (question.ref, question.limit, question.text) == \
        ("", None, "Tell us about the social value you will bring.")


def test_empty_text():
    assert split_questions("") == []
    assert split_questions("  \n\t\n") == []


def test_json_shape():
    found = split_questions(COUNCIL)[0].as_json()
    assert found == {"ref": "SV1", "text": found["text"],
                     "limit": {"kind": "words", "value": 500}, "weighting_percent": 4}
    assert split_questions("Q1 Tell us")[0].as_json()["limit"] is None


# ------------------------------------------------------------------- files

def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Invitation to tender: social value questions", level=1)
    document.add_paragraph("Answer every question. Social value is 10% of the marks.")
    document.add_heading("SV1 – Tackling loneliness", level=2)
    document.add_paragraph("Describe how you will reduce loneliness among older residents.")
    document.add_paragraph("Maximum 500 words. Weighting: 4%")
    table = document.add_table(rows=3, cols=4)
    for row, cells in enumerate([("Ref", "Question", "Weighting", "Word limit"),
                                 ("SV2", "How will you recruit locally?", "3%", "300"),
                                 ("SV3", "How will you cut waste?", "3%", "250 words")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("")
    scores = document.add_table(rows=3, cols=2)
    for row, (score, text) in enumerate([("Score", "Descriptor"),
                                         ("5", "Excellent: fully evidenced"),
                                         ("0", "Unacceptable: no response")]):
        scores.cell(row, 0).text = score
        scores.cell(row, 1).text = text
    document.save(path)
    return path


def test_docx_with_headings_and_tables(tmp_path):
    questions = split_questions_file(_docx(tmp_path / "tender.docx"))
    assert [q.ref for q in questions] == ["SV1", "SV2", "SV3"]
    assert (questions[0].limit, questions[0].weighting_percent) == (Limit("words", 500), 4)
    assert questions[0].text == ("Tackling loneliness\nDescribe how you will reduce loneliness "
                                 "among older residents.")
    assert (questions[1].text, questions[1].limit, questions[1].weighting_percent) == \
        ("How will you recruit locally?", Limit("words", 300), 3)
    assert questions[2].limit == Limit("words", 250)
    assert questions[2].descriptors == ("5 – Excellent: fully evidenced",
                                        "0 – Unacceptable: no response")


def test_text_and_markdown_files(tmp_path):
    text = tmp_path / "tender.txt"
    text.write_text(COUNCIL, encoding="utf-8")
    assert len(split_questions_file(text)) == 4
    markdown = tmp_path / "tender.md"
    markdown.write_bytes(MARKDOWN.encode("utf-8-sig"))
    assert [q.ref for q in split_questions_file(markdown)] == ["SV1", "SV2"]
    windows = tmp_path / "windows.txt"
    windows.write_bytes(COUNCIL.replace("\n", "\r\n").replace("–", "-").encode("cp1252"))
    assert len(split_questions_file(windows)) == 4
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(QUESTION_HEADINGS, encoding="utf-16")
    assert len(split_questions_file(utf16)) == 3


def _ole(stream: str) -> bytes:
    """An OLE compound file whose directory names ``stream`` (as Word's and Excel's do)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    return header + b"\0" * 500 + stream.encode("utf-16-le") + b"\0" * 99


@pytest.mark.parametrize(("name", "content", "message"), [
    ("locked.docx", _ole("EncryptionInfo"), "password-protected"),
    ("old.doc", _ole("WordDocument"), "older Word file (.doc)"),
    ("tender.pdf", b"%PDF-1.7\n...", "PDF"),
    ("tender.rtf", b"{\\rtf1\\ansi hello}", "Rich Text"),
    ("picture.txt", bytes(range(256)) * 20, "not text"),
    ("sheet.docx", _ole("Workbook"), "named like a Word document but is really an older Excel"),
])
def test_unreadable_files_get_a_plain_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TenderFileError) as error:
        split_questions_file(path)
    assert message in str(error.value)
    assert "Nothing was changed." in str(error.value)
    assert "\n" not in str(error.value)


def test_a_renamed_text_file_is_read_as_text(tmp_path):
    path = tmp_path / "renamed.docx"
    path.write_text("SV1 Describe how you will hire locally. (Maximum 500 words)",
                    encoding="utf-8")
    assert [q.limit for q in split_questions_file(path)] == [Limit("words", 500)]


def test_zip_files_that_are_not_word_documents(tmp_path):
    odt = tmp_path / "tender.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(TenderFileError, match="OpenDocument"):
        split_questions_file(odt)
    other = tmp_path / "photos.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(TenderFileError, match="zip file, not a Word document"):
        split_questions_file(other)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(TenderFileError, match="damaged"):
        split_questions_file(broken)
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("word/document.xml", "<not valid xml")
    with pytest.raises(TenderFileError, match="could not be read as a Word document"):
        split_questions_file(damaged)


def test_missing_huge_and_folder(tmp_path):
    with pytest.raises(TenderFileError, match="There is no file at"):
        split_questions_file(tmp_path / "nothing.docx")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(TenderFileError, match="too large"):
        split_questions_file(huge)
    with pytest.raises(TenderFileError, match="folder"):
        split_questions_file(tmp_path)


# -------------------------------------------------------------------- fuzz

_PIECES = ["SV1", "SV 2 –", "Q4.2", "4.2", "Question 3", "1.", "(750 words max)",
           "Maximum 500 words", "2 sides of A4", "Arial 11", "0 – Unacceptable", "5 – Excellent",
           "\t", "\n", "\n\n", " | ", "Weighting: 5%", "10%", "**", "## ", "(", ")", "—", "words",
           "characters excluding spaces", " ", "Describe how?", "A4", "1,000", "margins 2cm",
           "(20 marks)", "Scoring methodology", "Guidance:", "\r", "\u00a0", "ŵ", "👍"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40))
def test_fuzz_tender_like_text_never_raises(parts):
    for question in split_questions("".join(parts)):
        assert isinstance(question.text, str) and isinstance(question.guidance, str)
        if question.limit is not None:
            assert question.limit.kind in ("words", "characters", "characters_no_spaces",
                                           "pages")
            assert question.limit.value > 0
        if question.weighting_percent is not None:
            assert 0 < question.weighting_percent <= 100
        question.as_json()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fuzz_any_text_never_raises(text):
    split_questions(text)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from([".docx", ".txt", ".md", ".doc", ""]))
def test_fuzz_any_file_gives_questions_or_a_plain_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        split_questions_file(path)
    except TenderFileError as error:
        assert str(error) and "\n" not in str(error)
