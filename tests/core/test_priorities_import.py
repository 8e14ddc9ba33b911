"""Importing a council's priorities from its own words: text, Markdown and Word.

The sample documents are written in the styles councils use (numbered policy
sections, bulleted themes, "plan on a page" labels, prose with a list, Welsh
bilingual headings, tables, Word heading and list styles). Councils and
addresses are fictional.
"""

from __future__ import annotations

import re
import textwrap
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svbidder.core.errors import SvBidderError
from svbidder.core.priorities.frameworks import framework_tree, install_framework
from svbidder.core.priorities.importing import (
    DEFAULT_NAME,
    ImportResult,
    ImportTheme,
    add_outcome,
    add_theme,
    demote,
    drop,
    drop_all,
    guess_unit,
    merge,
    move,
    parse_priorities_file,
    parse_priorities_text,
    promote,
    rename,
    split,
)
from svbidder.core.priorities.importing.announced import announced_count, ends_a_lead_in
from svbidder.core.priorities.importing.furniture import WEB_DEBRIS, debris_reason
from svbidder.core.priorities.importing.inline_lists import quoted_names
from svbidder.core.priorities.importing.last_resort import a_list_in_a_sentence
from svbidder.core.priorities.importing.lines import _contact_reason, _Line
from svbidder.core.priorities.importing.outline import SINGLE_LEVEL_NOTE
from svbidder.core.priorities.importing.pasted import _inline_bullets, _unwrap
from svbidder.core.priorities.importing.shapes import apply_shapes


def shape(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(theme.title, [outcome.title for outcome in theme.outcomes])
            for theme in result.themes]


def outcome_titles(source: str | ImportResult) -> list[str]:
    """Every outcome's title, in order, of a result (or of the text imported)."""
    result = parse_priorities_text(source) if isinstance(source, str) else source
    return [outcome.title for theme in result.themes for outcome in theme.outcomes]


def all_titles(result: ImportResult) -> list[str]:
    """Every theme's title, then every outcome's."""
    return [theme.title for theme in result.themes] + outcome_titles(result)


def refs(result: ImportResult) -> list[tuple[str, list[str]]]:
    return [(theme.ref, [outcome.ref for outcome in theme.outcomes]) for theme in result.themes]


def warned(result: ImportResult, *needles: str) -> bool:
    text = "\n".join(result.warnings)
    return all(needle in text for needle in needles)


# ------------------------------------------------------------- text styles

NUMBERED_POLICY = """\
Anytown Borough Council
Social Value Framework 2025-2028

Introduction
The Council is committed to getting the most from every pound it spends. This
framework sets out what we want suppliers to help us achieve for residents.

1. Local jobs and skills
1.1 More local people into good quality jobs
1.2 Apprenticeships and training for young people
1.3 Support for people facing barriers to work, including care leavers and
    disabled people
2. A thriving local economy
2.1 More spend with local small businesses and the voluntary sector
2.2 Prompt payment of small suppliers
3. Greener Anytown
3.1 Cutting carbon emissions from council contracts
3.2 Reducing waste and single-use plastics

For more information contact the Procurement Team on 01234 567890 or email
procurement@anytown.example
"""


def test_numbered_policy_with_title_introduction_and_contact_details():
    result = parse_priorities_text(NUMBERED_POLICY)
    assert result.name == "Anytown Borough Council – Social Value Framework 2025-2028"
    assert shape(result) == [
        ("Local jobs and skills", [
            "More local people into good quality jobs",
            "Apprenticeships and training for young people",
            "Support for people facing barriers to work, including care leavers and "
            "disabled people"]),
        ("A thriving local economy", [
            "More spend with local small businesses and the voluntary sector",
            "Prompt payment of small suppliers"]),
        ("Greener Anytown", [
            "Cutting carbon emissions from council contracts",
            "Reducing waste and single-use plastics"]),
    ]
    assert refs(result)[0] == ("1", ["1.1", "1.2", "1.3"])
    assert warned(result, "introduction", "contact details")
    assert "01234" not in str(shape(result))


BULLETED_MARKDOWN = """\
# Our Social Value Priorities

Social value means the wider benefits to our community that come from the money we spend.

## Theme 1: Employment and skills

- More residents in work, especially young people leaving care
- Work placements, apprenticeships and careers support
  - Number of work placement weeks
  - Number of apprenticeships started

## Theme 2: Community wellbeing

- Reduce loneliness and social isolation among older people
- Support local voluntary and community groups: we want suppliers to give time and
  expertise to local charities
* Improve **mental health** and wellbeing

## Theme 3: Environment

- Net zero by 2030
- Cleaner streets and [green spaces](https://anytown.example/parks)

## Contact us

Social Value Officer
Town Hall, High Street, Anytown, AN1 2BC
socialvalue@anytown.example
"""


def test_markdown_headings_with_theme_labels_bullets_and_measures():
    result = parse_priorities_text(BULLETED_MARKDOWN)
    assert result.name == "Our Social Value Priorities"
    assert shape(result) == [
        ("Employment and skills", [
            "More residents in work, especially young people leaving care",
            "Work placements, apprenticeships and careers support"]),
        ("Community wellbeing", [
            "Reduce loneliness and social isolation among older people",
            "Support local voluntary and community groups",
            "Improve mental health and wellbeing"]),
        ("Environment", ["Net zero by 2030", "Cleaner streets and green spaces"]),
    ]
    assert [t.ref for t in result.themes] == ["1", "2", "3"]
    placements = result.themes[0].outcomes[1]
    assert [(m.name, m.unit) for m in placements.measures] == [
        ("Number of work placement weeks", "weeks"),
        ("Number of apprenticeships started", "apprenticeships")]
    explained = result.themes[1].outcomes[1]
    assert explained.description.startswith("We want suppliers to give time and expertise")
    assert warned(result, "Contact us")
    assert "AN1 2BC" not in "\n".join(result.warnings)  # inside the skipped section: one note


PLAN_ON_A_PAGE = """\
PLAN ON A PAGE – SOCIAL VALUE

Our vision: a fairer, greener, healthier borough where everyone can thrive.

Priority A – Thriving economy
   • Good jobs for local people
   • Buying local
Priority B – Healthy and connected communities
   • Fewer people feeling lonely
   • Better mental health
Priority C – Net zero borough
   • Lower carbon travel
   • Less waste

Page 1 of 1
"""


def test_plan_on_a_page_with_priority_letters():
    result = parse_priorities_text(PLAN_ON_A_PAGE)
    assert result.name == "Plan on a page – social value"  # capitals read as a sentence
    assert shape(result) == [
        ("Thriving economy", ["Good jobs for local people", "Buying local"]),
        ("Healthy and connected communities", ["Fewer people feeling lonely",
                                               "Better mental health"]),
        ("Net zero borough", ["Lower carbon travel", "Less waste"]),
    ]
    assert [t.ref for t in result.themes] == ["A", "B", "C"]
    assert warned(result, "Page 1 of 1")


PROSE_WITH_A_LIST = """\
Brookshire County Council is committed to the Public Services (Social Value) Act 2012 and
expects all suppliers to contribute to the wellbeing of the county. We will evaluate social
value at 10% of the total score.

When responding, please consider our priorities, which are:
- Tackling child poverty
- Supporting older people to live independently
- Creating opportunities for young people
- Protecting our environment

We will ask successful suppliers to report on their commitments every quarter.
"""


def test_prose_with_one_list_becomes_outcomes_under_one_theme():
    result = parse_priorities_text(PROSE_WITH_A_LIST)
    assert result.name == DEFAULT_NAME
    assert shape(result) == [("Priorities", [
        "Tackling child poverty", "Supporting older people to live independently",
        "Creating opportunities for young people", "Protecting our environment"])]
    assert warned(result, "Only one level", "Make these themes")
    assert warned(result, "introduction")
    assert all("every quarter" not in o.description for o in result.themes[0].outcomes)


LABELLED_OUTCOMES = """\
Theme 1: Jobs
Outcome 1.1: More local people employed
Outcome 1.2: Better skills
Measure: Number of local people employed (FTE)
Theme 2: Communities
Outcome 2.1: Stronger voluntary sector
Outcome: Reduced isolation
"""


def test_theme_outcome_and_measure_labels_without_any_list_markers():
    result = parse_priorities_text(LABELLED_OUTCOMES)
    assert shape(result) == [
        ("Jobs", ["More local people employed", "Better skills"]),
        ("Communities", ["Stronger voluntary sector", "Reduced isolation"]),
    ]
    assert refs(result) == [("1", ["1.1", "1.2"]), ("2", ["2.1", ""])]
    assert [(m.name, m.unit) for m in result.themes[0].outcomes[1].measures] == [
        ("Number of local people employed (FTE)", "jobs (FTE)")]


WELSH_BILINGUAL = """\
# Fframwaith Gwerth Cymdeithasol / Social Value Framework

## Cyflwyniad / Introduction

Mae'r Cyngor wedi ymrwymo i gael y gwerth mwyaf. The Council is committed to value.

## Thema 1: Cymru lewyrchus
## Theme 1: A prosperous Wales

- Swyddi lleol / Local jobs
- Prentisiaethau / Apprenticeships

## Thema 2: Cymru iachach
## Theme 2: A healthier Wales

- Lles meddyliol / Mental wellbeing

## Cymunedau cryf

## Strong communities

- Gwirfoddoli / Volunteering

## Cysylltu â ni / Contact us

gwerthcymdeithasol@cyngor.example
"""


def test_welsh_bilingual_headings_are_paired_and_welsh_sections_skipped():
    result = parse_priorities_text(WELSH_BILINGUAL)
    assert result.name == "Fframwaith Gwerth Cymdeithasol / Social Value Framework"
    assert shape(result) == [
        ("Cymru lewyrchus / A prosperous Wales", ["Swyddi lleol / Local jobs",
                                                  "Prentisiaethau / Apprenticeships"]),
        ("Cymru iachach / A healthier Wales", ["Lles meddyliol / Mental wellbeing"]),
        ("Cymunedau cryf / Strong communities", ["Gwirfoddoli / Volunteering"]),
    ]
    assert warned(result, "Cyflwyniad / Introduction", "Cysylltu â ni / Contact us")


NESTED_LETTERS_AND_NUMERALS = """\
Our commitments

1. Economy
   a) Local spend
   b) Fair pay
      i) Real Living Wage
      ii) No zero-hours contracts
2. People
   a) Volunteering
   b) Health
   c) Housing
   d) Skills
   e) Culture
   f) Sport
   g) Older people
   h) Families
   i) Young people
"""


def test_letters_inside_numbers_and_roman_numerals_inside_letters():
    result = parse_priorities_text(NESTED_LETTERS_AND_NUMERALS)
    assert result.name == "Our commitments"
    assert [t.title for t in result.themes] == ["Economy", "People"]
    assert [o.title for o in result.themes[0].outcomes] == ["Local spend", "Fair pay"]
    assert result.themes[0].outcomes[1].description == (
        "- Real Living Wage\n\n- No zero-hours contracts")
    people = result.themes[1].outcomes
    assert len(people) == 9 and people[-1].title == "Young people" and people[-1].ref == "i"


UNDERLINED_HEADINGS_AND_PLAIN_LISTS = """\
Priorities for our providers
============================

Jobs and skills
---------------
Local recruitment
Work experience for school leavers
Support into work for carers

Our environment
---------------
Fewer car journeys
More trees and green space
"""


def test_underlined_headings_with_lists_written_without_markers():
    result = parse_priorities_text(UNDERLINED_HEADINGS_AND_PLAIN_LISTS)
    assert result.name == "Priorities for our providers"
    assert shape(result) == [
        ("Jobs and skills", ["Local recruitment", "Work experience for school leavers",
                             "Support into work for carers"]),
        ("Our environment", ["Fewer car journeys", "More trees and green space"]),
    ]


MARKDOWN_TABLE = """\
# Plan on a page

| Theme | What we want to see | How we will measure it |
|---|---|---|
| Jobs | Local people in work | Number of local people employed |
| Jobs | Young people in training | |
| Environment | Less waste | Tonnes of waste recycled |
"""


def test_a_markdown_table_of_themes_outcomes_and_measures():
    result = parse_priorities_text(MARKDOWN_TABLE)
    assert shape(result) == [
        ("Jobs", ["Local people in work", "Young people in training"]),
        ("Environment", ["Less waste"]),
    ]
    assert [(m.name, m.unit) for m in result.themes[1].outcomes[0].measures] == [
        ("Tonnes of waste recycled", "tonnes")]


SHORT_HEADINGS_OVER_BULLETS = """\
Local jobs
- More residents in work
- Fair pay

Greener town
- Less waste
"""


def test_short_lines_heading_lists_are_themes_not_the_title():
    result = parse_priorities_text(SHORT_HEADINGS_OVER_BULLETS)
    assert shape(result) == [("Local jobs", ["More residents in work", "Fair pay"]),
                             ("Greener town", ["Less waste"])]


def test_labelled_themes_without_outcomes_each_become_their_own_outcome():
    # The Map maps against outcomes: a theme with none would leave it nothing to map.
    result = parse_priorities_text("Theme 1: Jobs\nTheme 2: Environment\n")
    assert shape(result) == [("Jobs", ["Jobs"]), ("Environment", ["Environment"])]
    assert warned(result, "no outcomes of their own", "Jobs")


@pytest.mark.parametrize("text", ["", "   \n\n", "Just a sentence about our council.",
                                  "procurement@anytown.example\n01234 567890"])
def test_nothing_found_says_what_to_do(text):
    result = parse_priorities_text(text)
    assert result.themes == []
    assert warned(result, "No priorities were found")



def test_nothing_found_does_not_speak_of_an_introduction_before_a_first_priority():
    """A news item with no list: with no priority found, there is no "first priority"
    for its opening lines to come before, so the preview says only what to do."""
    text = ("Home > News\n\nCouncil Plan sets out vision for Craven\n\n"
            "The council has set out its vision for the next three years.\n\n"
            "The priority themes have been reduced to three from four, in order to focus "
            "on the most important issues.\n\nShare this page\n")
    result = parse_priorities_text(text)
    assert result.themes == []
    assert warned(result, "No priorities were found")
    assert not warned(result, "introduction before the first priority")

def test_guess_unit():
    assert guess_unit("Hours of volunteering") == "hours"
    assert guess_unit("£ spent with local SMEs") == "£"
    assert guess_unit("Carbon saved") == "tonnes CO2e"
    assert guess_unit("Number of residents supported") == "people"
    assert guess_unit("Something else") == ""
    assert guess_unit("Percentage of women breastfeeding within 48 hours of birth") == "%"
    assert guess_unit("Rate per 100,000 of people who stop smoking for 4 weeks") == "rate"


def parsed_without_the_safety_net(text: str) -> ImportResult:
    """``parse_priorities_text``, failing the test if its safety net caught a crash.

    The safety net turns any exception into a warning so the preview always
    opens; without this check a fuzz test could never fail.
    """
    result = parse_priorities_text(text)
    assert [w for w in result.warnings if "could not be read as priorities" in w] == []
    for theme in result.themes:
        assert theme.title.strip()
        assert all(outcome.title.strip() for outcome in theme.outcomes)
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_fuzzed_text_is_read_without_crashing(text):
    result = parsed_without_the_safety_net(text)
    assert len(result.to_dict()["themes"]) == len(result.themes)


LINE_PIECES = st.sampled_from([
    "# Heading", "## Theme 1: Jobs", "- bullet", "  - nested", "1. One", "1.1 One one",
    "a) letter", "i) numeral", "Priority A – Growth", "Outcome: Less waste", "Measure: hours",
    "| a | b |", "|---|---|", "Contact us", "email@example.org", "", "plain words here",
    "Introduction", "=====", "-----", "**Bold**", "• dot", "Thema 1: Cymru", "    indented",
    # contents pages, footnote marks and paste repairs, with digits that are not ASCII
    "Visitor Experience 4", "Our Jobs ³", "08 Supporting communities", "¹² Footnote",
    "2.1 Setting objectives 2.2 Consultation 5", "o A place o Another o Third", "Our priorities",
    "Home>About>Plan", "Find out more", "Four priorities which are Jobs, Homes, Air and Care."])


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_PIECES, max_size=40))
def test_fuzzed_outlines_are_read_without_crashing_and_keep_limits(lines):
    result = parsed_without_the_safety_net("\n".join(lines))
    assert len(result.themes) <= 50


def test_a_news_item_s_headline_and_quote_are_not_named_paragraphs():
    result = parse_priorities_text(
        "News\n\nCouncil sets out new priorities\n\nThe new plan focuses on tackling "
        "poverty and growing the local economy, the council says.\n\nCouncillor Jane Smith "
        "said: \"These are the things residents told us matter most.\"\n\n"
        "The plan will run until 2028.\n")
    assert not [o for theme in result.themes for o in theme.outcomes]


def test_a_lead_in_that_speaks_does_not_name_the_theme():
    result = parse_priorities_text(
        "Community Benefits Policy\n\nWhich benefits do we want?\n"
        "We want suppliers to offer:\nJobs for local people\n"
        "Apprenticeships and work placements\nSpending with local small businesses\n")
    assert [theme.title for theme in result.themes] == ["Community Benefits Policy"]
    assert [outcome.title for outcome in result.themes[0].outcomes] == [
        "Jobs for local people", "Apprenticeships and work placements",
        "Spending with local small businesses"]


def test_names_over_indented_sentences_keep_the_sentences_as_guidance():
    result = parse_priorities_text(
        "Our priorities are:\n\nEconomic growth\n    Supporting local businesses to grow."
        "\nEnvironment\n    Protecting our green spaces.\n")
    outcomes = result.themes[0].outcomes
    assert [(o.title, o.description) for o in outcomes] == [
        ("Economic growth", "Supporting local businesses to grow."),
        ("Environment", "Protecting our green spaces.")]


def test_a_table_copied_one_cell_a_line_is_read_as_a_table():
    result = parse_priorities_text(
        "Social value priorities\n\nTheme\nWhat it means\nLocal people\n"
        "More local people in work and training\nEnvironment\n"
        "Less carbon and waste from our contracts\nCommunities\n"
        "Support for local charities\n\nContact the procurement team.\n")
    assert [outcome.title for theme in result.themes for outcome in theme.outcomes] == \
        ["Local people", "Environment", "Communities"]
    outcomes = result.themes[0].outcomes
    assert outcomes[1].description == "Less carbon and waste from our contracts"


def test_a_table_given_column_by_column_is_read_as_a_table():
    # a PDF's text gives a borderless table's left column first, then the right
    result = parse_priorities_text(
        "Social Value Framework\n\nPriority\n\nLocal jobs\n\nLocal spend\n\nNet zero\n\n"
        "What this means\n\nHire people who live here.\n\nBuy from local firms.\n\n"
        "Cut carbon in delivery.\n")
    outcomes = [o for theme in result.themes for o in theme.outcomes]
    assert [(o.title, o.description) for o in outcomes] == [
        ("Local jobs", "Hire people who live here."), ("Local spend", "Buy from local firms."),
        ("Net zero", "Cut carbon in delivery.")]


def test_many_themes_are_capped():
    text = "\n".join(f"Theme {n}: Topic {n}\n- Outcome {n}" for n in range(1, 80))
    result = parse_priorities_text(text)
    assert len(result.themes) == 50
    assert warned(result, "first 50 themes")


def test_a_very_long_paste_is_read_up_to_its_first_ten_thousand_lines():
    # the bound that keeps any paste within the hostile-input budget (benchmarks/hostile.py)
    text = ("Our priorities\n1. Clean streets\n2. Good local jobs\n" + "\n" * 9_990
            + "3. Safe parks\n" + "\n" * 20 + "4. Beyond the cut\n")
    result = parse_priorities_text(text)
    titles = [outcome.title for theme in result.themes for outcome in theme.outcomes]
    assert titles == ["Clean streets", "Good local jobs", "Safe parks"]
    assert warned(result, "only its first 10,000 lines")


# ----------------------------------------------------------------- files

def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_and_markdown_files_in_other_encodings(tmp_path):
    md = write(tmp_path, "priorities.md", BULLETED_MARKDOWN)
    assert len(parse_priorities_file(md).themes) == 3
    utf16 = write(tmp_path, "utf16.txt", PLAN_ON_A_PAGE.encode("utf-16"))
    assert len(parse_priorities_file(utf16).themes) == 3
    cp1252 = write(tmp_path, "old.txt", "Priority 1 – Café culture\n- Caf\xe9s\n".encode("cp1252"))
    result = parse_priorities_file(cp1252)
    assert shape(result) == [("Café culture", ["Cafés"])]
    assert result.name == "old"  # the file name when the text has no title


def ole(stream: str) -> bytes:
    """An OLE compound file whose directory names ``stream`` (as Word's and Excel's do)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + stream.encode("utf-16-le") + \
        b"\x00" * 100


@pytest.mark.parametrize("name, data, message", [
    ("secret.docx", ole("EncryptionInfo"), "password-protected (encrypted)"),
    ("old.doc", ole("WordDocument"), "older Word file (.doc)"),
    ("mystery.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "older Office file"),
    ("policy.pdf", b"%PDF-1.7\n...", "is a PDF"),
    ("policy.txt", b"%PDF-1.4\n...", "named like a text file but is really a PDF"),
    ("notes.rtf", b"{\\rtf1\\ansi hello}", "Rich Text"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "picture"),
    ("binary.txt", b"abc\x00\x01\x02" * 100, "binary data"),
])
def test_files_that_cannot_be_read_get_a_friendly_message(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    before = path.read_bytes()
    with pytest.raises(SvBidderError, match=re.escape(message)) as caught:
        parse_priorities_file(path)
    assert "\n" not in str(caught.value)
    assert "Nothing was changed." in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["renamed.doc", "fake.docx", "plain.pdf"])
def test_a_renamed_text_file_is_read_by_what_it_holds(tmp_path, name):
    path = write(tmp_path, name, "Priority 1 – Jobs\n- Local jobs\n")
    assert shape(parse_priorities_file(path)) == [("Jobs", ["Local jobs"])]


@pytest.mark.parametrize("member, kind", [
    ("xl/workbook.xml", "Excel workbook"),
    ("ppt/presentation.xml", "PowerPoint"),
    ("content.xml", "OpenDocument"),
    ("readme.txt", "a zip file"),
])
def test_other_zip_files_are_named(tmp_path, member, kind):
    path = tmp_path / "document.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "x")
        if member == "content.xml":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(SvBidderError, match=kind):
        parse_priorities_file(path)


def test_damaged_and_huge_files(tmp_path):
    broken = write(tmp_path, "broken.docx", b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(SvBidderError, match="damaged"):
        parse_priorities_file(broken)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(SvBidderError, match="too large"):
        parse_priorities_file(huge)
    with pytest.raises(SvBidderError, match="no file"):
        parse_priorities_file(tmp_path / "missing.docx")
    with pytest.raises(SvBidderError, match="folder"):
        parse_priorities_file(tmp_path)


def test_a_word_document_with_bad_xml_is_reported_as_damaged(tmp_path):
    path = tmp_path / "bad.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("word/document.xml", "<also not xml")
    with pytest.raises(SvBidderError, match="could not be read as a Word document"):
        parse_priorities_file(path)


# ------------------------------------------------------------------ Word

def _numbered(paragraph, level: int) -> None:
    """Put a paragraph in a Word numbered list at ``level`` (as Word's own lists do)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "1")
    num_pr.append(ilvl)
    num_pr.append(num_id)
    p_pr.append(num_pr)


def test_word_heading_styles_list_styles_title_and_contact(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Riverside District Council Social Value Policy", style="Title")
    document.add_paragraph("Version 2.1, April 2026", style="Subtitle")
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph("This policy explains how we consider social value.")
    document.add_heading("2. Our priorities", level=1)
    document.add_heading("Priority 1: Local economy", level=2)
    document.add_paragraph("More local spend", style="List Bullet")
    document.add_paragraph("Supporting social enterprises", style="List Bullet")
    document.add_paragraph("Number of local suppliers used", style="List Bullet 2")
    document.add_heading("Priority 2: Healthier communities", level=2)
    document.add_paragraph("Less loneliness", style="List Number")
    document.add_paragraph("More physical activity", style="List Number")
    bold = document.add_paragraph()
    bold.add_run("Contact").bold = True
    document.add_paragraph("socialvalue@riverside.example, 01632 960123")
    path = tmp_path / "policy.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert result.name == "Riverside District Council Social Value Policy"
    assert shape(result) == [
        ("Local economy", ["More local spend", "Supporting social enterprises"]),
        ("Healthier communities", ["Less loneliness", "More physical activity"]),
    ]
    assert [t.ref for t in result.themes] == ["1", "2"]
    assert [(m.name, m.unit) for m in result.themes[0].outcomes[1].measures] == [
        ("Number of local suppliers used", "organisations")]
    assert warned(result, "Introduction", "Contact", "subtitle")


def test_word_numbered_list_levels_and_bold_headings(tmp_path):
    import docx

    document = docx.Document()
    heading = document.add_paragraph()
    heading.add_run("Kingsbridge Council – plan on a page").bold = True
    document.add_paragraph("We want every contract to help Kingsbridge thrive.")
    for text, level in (("Good work", 0), ("Fair pay for care workers", 1),
                        ("Local recruitment", 1), ("A greener borough", 0),
                        ("Electric vehicles", 1)):
        _numbered(document.add_paragraph(text, style="List Paragraph"), level)
    path = tmp_path / "plan.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert result.name == "Kingsbridge Council – plan on a page"
    assert shape(result) == [("Good work", ["Fair pay for care workers", "Local recruitment"]),
                             ("A greener borough", ["Electric vehicles"])]


def test_word_introduction_sentence_does_not_name_the_priorities(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Corporate Strategy", 0)
    document.add_heading("Introduction", 1)
    document.add_paragraph("This strategy sets out what we will do over four years.")
    document.add_heading("Our priorities", 1)
    for name, meaning in (("Housing", "Everyone has a safe and warm home."),
                          ("Climate", "We will reach net zero by 2030.")):
        document.add_heading(name, 2)
        document.add_paragraph(meaning)
    path = tmp_path / "strategy.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert [theme.title for theme in result.themes] == ["Corporate Strategy"]
    assert [outcome.title for outcome in result.themes[0].outcomes] == ["Housing", "Climate"]


def test_word_table_plan_on_a_page(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Plan on a page", 1)
    table = document.add_table(rows=4, cols=3)
    rows = [("Theme", "What we want to see", "How we will measure"),
            ("Jobs", "Local people in work\nYoung people in training",
             "Number of local people employed"),
            ("Jobs", "Apprenticeships", ""),
            ("Environment", "Less waste", "Tonnes of waste recycled")]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "table.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert result.name == "Plan on a page"
    assert shape(result) == [
        ("Jobs", ["Local people in work", "Young people in training", "Apprenticeships"]),
        ("Environment", ["Less waste"])]


def test_word_document_with_typed_numbers_in_normal_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    for line in NUMBERED_POLICY.split("\n\n"):
        document.add_paragraph(line)
    path = tmp_path / "typed.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert [t.title for t in result.themes] == [
        "Local jobs and skills", "A thriving local economy", "Greener Anytown"]


# ------------------------------------------------------- preview editing

@pytest.fixture
def preview() -> ImportResult:
    return parse_priorities_text(NUMBERED_POLICY)


def test_promote_an_outcome_takes_the_ones_after_it(preview):
    result = promote(preview, (0, 1))
    assert shape(result)[:2] == [
        ("Local jobs and skills", ["More local people into good quality jobs"]),
        ("Apprenticeships and training for young people", [
            "Support for people facing barriers to work, including care leavers and "
            "disabled people"]),
    ]
    assert len(preview.themes) == 3  # the original is unchanged
    with pytest.raises(ValueError, match="Only an outcome"):
        promote(preview, (0,))


def test_demote_a_theme_under_the_one_above(preview):
    result = demote(preview, (1,))
    assert [t.title for t in result.themes] == ["Local jobs and skills", "Greener Anytown"]
    assert [o.title for o in result.themes[0].outcomes][-3:] == [
        "A thriving local economy",
        "More spend with local small businesses and the voluntary sector",
        "Prompt payment of small suppliers"]
    with pytest.raises(ValueError, match="no theme above"):
        demote(preview, (0,))
    with pytest.raises(ValueError, match="Only a theme"):
        demote(preview, (0, 0))


def test_promote_then_demote_gets_back_to_the_start(preview):
    assert demote(promote(preview, (2, 1)), (3,)).themes[2].outcomes[1].title == \
        preview.themes[2].outcomes[1].title


def test_merge_and_split(preview):
    broken = ImportResult(themes=[ImportTheme("Support for people facing"),
                                  ImportTheme("barriers to work")])
    assert [t.title for t in merge(broken, (0,)).themes] == [
        "Support for people facing barriers to work"]
    merged = merge(preview, (0, 0))
    assert merged.themes[0].outcomes[0].title == (
        "More local people into good quality jobs Apprenticeships and training for young "
        "people")
    title = merged.themes[0].outcomes[0].title
    again = split(merged, (0, 0), title.index("Apprenticeships"))
    assert [o.title for o in again.themes[0].outcomes][:2] == [
        "More local people into good quality jobs",
        "Apprenticeships and training for young people"]
    themes = split(preview, (2,), len("Greener"))
    assert [t.title for t in themes.themes][2:] == ["Greener", "Anytown"]
    assert themes.themes[2].outcomes and not themes.themes[3].outcomes
    with pytest.raises(ValueError):
        split(preview, (0,), 0)
    with pytest.raises(ValueError, match="last theme"):
        merge(preview, (2,))
    with pytest.raises(ValueError, match="last outcome"):
        merge(preview, (1, 1))


def test_rename_drop_move_and_add(preview):
    assert rename(preview, (1,), "  Local economy ").themes[1].title == "Local economy"
    with pytest.raises(ValueError, match="cannot be empty"):
        rename(preview, (1, 0), "  ")
    assert [t.title for t in drop(preview, (0,)).themes] == [
        "A thriving local economy", "Greener Anytown"]
    assert len(drop(preview, (0, 2)).themes[0].outcomes) == 2
    assert [t.title for t in move(preview, (2,), -1).themes][1:] == [
        "Greener Anytown", "A thriving local economy"]
    crossed = move(preview, (1, 0), -1)  # past the top of its theme: into the theme above
    assert crossed.themes[0].outcomes[-1].title.startswith("More spend")
    with pytest.raises(ValueError, match="already at the top"):
        move(preview, (0,), -1)
    with pytest.raises(IndexError):
        drop(preview, (9,))
    added = add_outcome(add_theme(preview, "Fairer chances"), 3, "Child poverty")
    assert shape(added)[3] == ("Fairer chances", ["Child poverty"])


def test_several_chosen_items_are_left_out_in_one_step(preview):
    """A wrong list is left out at once: outcomes from two themes, and a theme with an
    outcome of its own chosen too, go in one step; a stale choice changes nothing."""
    before = shape(preview)
    left = drop_all(preview, [(0, 0), (2, 1), (0, 2)])
    assert [len(t.outcomes) for t in left.themes] == [
        len(before[0][1]) - 2, len(before[1][1]), len(before[2][1]) - 1]
    assert left.themes[0].outcomes[0].title == before[0][1][1]
    whole = drop_all(preview, [(1, 0), (1,), (0,)])
    assert [t.title for t in whole.themes] == [before[2][0]]
    with pytest.raises(IndexError):
        drop_all(preview, [(0, 0), (9,)])
    assert shape(preview) == before


def test_to_dict_shape_and_install_as_a_framework(workspace, preview):
    data = preview.to_dict()
    assert set(data) == {"name", "themes", "warnings"}
    assert set(data["themes"][0]) >= {"title", "outcomes"}
    assert set(data["themes"][0]["outcomes"][0]) >= {"title"}
    framework_data = preview.to_framework_data(publisher="Anytown Borough Council")
    assert framework_data.origin == "imported"
    assert framework_data.key == "anytown-borough-council-social-value-framework-2025-2028"
    framework = install_framework(workspace, framework_data)
    back = framework_tree(workspace, framework.id)
    assert [t.title for t in back.themes] == [t.title for t in preview.themes]
    assert back.themes[0].outcomes[0].ref == "1.1"
    assert preview.format_tree().splitlines()[1] == "  1 Local jobs and skills"


HEADINGS_WITH_LEAD_INS = """\
# Westford City Council – Social Value Charter

## 1. Why social value matters
We spend £300 million a year with suppliers.

## 2. Summary of our priorities

### Theme 1: Jobs
We want suppliers to:
- recruit locally
- offer apprenticeships

### Theme 2: Environment
- Fewer vans on the road

## 3. How we will measure success
- Number of local people employed
"""


def test_lead_in_sentences_describe_their_heading_and_measuring_sections_are_left_out():
    result = parse_priorities_text(HEADINGS_WITH_LEAD_INS)
    assert result.name == "Westford City Council – Social Value Charter"
    assert shape(result) == [("Jobs", ["Recruit locally", "Offer apprenticeships"]),
                             ("Environment", ["Fewer vans on the road"])]
    assert result.themes[0].description == "We want suppliers to:"
    assert warned(result, "Why social value matters", "How we will measure success")


@pytest.mark.parametrize("text", [
    "x" * 1_000_000, "- " * 500_000, "**a " * 200_000, "[a" * 300_000, "a@" * 300_000,
    ("a" * 1999 + "@") * 10, "*" * 1_000_000, "|" * 100_000,
])
def test_pathological_lines_are_read_quickly(text):
    import time

    start = time.perf_counter()
    parse_priorities_text(text)
    assert time.perf_counter() - start < 2.0


# ------------------------------------------------ issue 16: shapes councils publish

CHARTER = """\
Business charter launched
Six key principles form the basis of the charter, and the six main principles are:
Local employment - signatories will provide jobs and training for local people
Buy Local First - signatories will be asked to endorse the principle in their supply chains
Good employer - supporting staff development and welfare, adopting the Living Wage
Sir Albert, Leader of the Council, said: "This money must work as hard as possible."
Share this:
"""

ANNOUNCED = """\
Our Council Plan sets out how we will work with our communities.
By working together we will achieve the three strategic outcomes you chose:
Children get the best possible start in life
Better homes for all
A vibrant, green city
All that we do as an organisation will support these outcomes.
Back to top
"""

NAMED_AREAS = """\
Social value is the positive impact businesses can have on the local community.
Social Value can be split into three areas
Social
This includes volunteering in the community and hosting community events.
Economic
This includes work placements, apprenticeships and employing local people.
Environmental
This means we will reduce our energy, water, and carbon usage.
We must constantly ask ourselves:
  • What matters most to our local communities?
  • How can we support local businesses?
"""


def test_one_name_dash_description_paragraph_per_priority():
    result = parse_priorities_text(CHARTER)
    assert shape(result) == [("Priorities", ["Local employment", "Buy Local First",
                                             "Good employer"])]
    assert result.themes[0].outcomes[0].description.startswith("Signatories will provide")
    # The leader's quote after the list is the outro, not the last priority's guidance.
    assert "said" not in result.themes[0].outcomes[-1].description
    assert warned(result, "text after the list", "Sir Albert")


def test_an_announced_number_takes_that_many_plain_lines():
    result = parse_priorities_text(ANNOUNCED)
    assert shape(result) == [("Priorities", ["Children get the best possible start in life",
                                             "Better homes for all",
                                             "A vibrant, green city"])]
    assert result.unsure  # one level: the preview asks whether they are themes


def test_announced_plain_lines_carrying_on_the_sentence_may_be_long():
    items = ["creating opportunities for rewarding work, to address the challenges faced by "
             "more and more of our residents in work poverty",
             "delivering quality housing, to meet the growing need",
             "enabling people to live their best lives, and supporting people to be "
             "independent, ensuring that we keep focused on improving health and wellbeing "
             "and supporting independent living"]
    text = ("Strategic plan\n\nWe will keep delivering our services as we emerge from the "
            "pandemic.\n\nThe three key priorities that will be our focus are:\n\n"
            + "\n\n".join(items) + "\n")
    assert outcome_titles(text) == [item[0].upper() + item[1:] for item in items]


def test_a_heading_naming_the_list_over_one_sentence_lines_without_bullets():
    text = ("Skip to main content\nAims and Objectives\nAims\n"
            "To provide effective and accountable local government for the parish.\n"
            "To be a strong voice for residents and local businesses\n"
            "Objectives\n"
            "To understand and communicate the views of residents and businesses.\n"
            "Support local business and economic activity in the parish.\n"
            "Respond to planning applications on time, ensuring that recommendations "
            "adhere to the community plan.\n"
            "Promote, within our community, activities which support environmental "
            "sustainability.\n"
            "Community Governance and Leadership\n"
            "The Parish Council is committed to best practice in a wide range of activities.\n")
    assert outcome_titles(text) == [
        "To understand and communicate the views of residents and businesses",
        "Support local business and economic activity in the parish",
        "Respond to planning applications on time, ensuring that recommendations adhere to "
        "the community plan",
        "Promote, within our community, activities which support environmental "
        "sustainability"]


def test_we_will_sentences_each_over_a_priorities_heading_and_its_bare_lines():
    text = ("Corporate Objectives 2025 – 26\n"
            "We will work with staff and partners to improve the health of local people.\n"
            "Priorities\n"
            "Greater collaboration with partners and communities.\n"
            "Integrated and aligned goals and governance arrangements.\n"
            "More integrated services locally and regionally.\n"
            "We will reform the way we deliver health and care services.\n"
            "Priorities\n"
            "Reduced reliance on hospital-based care.\n"
            "Ongoing investment in digital technology and innovation.\n"
            "Develop a wider understanding of the health needs of our population.\n")
    assert [(t.title, len(t.outcomes)) for t in parse_priorities_text(text).themes] == [
        ("We will work with staff and partners to improve the health of local people", 3),
        ("We will reform the way we deliver health and care services", 3)]


def test_outcomes_over_sentences_under_a_labelled_priority_stay_with_it():
    text = ("Effective Partnerships\n"
            "Priority: Working with partners to deliver community priorities\n"
            "Our objective: Ensuring residents benefit from leisure and community facilities\n"
            "Outcomes\n"
            "Leisure operator mobilised successfully to deliver leisure services.\n"
            "Residents are engaged and have access to arts and cultural activities.\n"
            "Community assets remain available to resident groups.\n"
            "Success measures\n"
            "Priority: A strong and sustainable economy\n"
            "Our objective: Responsible planning and development of well-designed homes.\n")
    titles = [t.title for t in parse_priorities_text(text).themes]
    assert "A strong and sustainable economy" in titles and "Outcomes" not in titles


VISION_GROUPS = ("Our vision for the locality\nWe see a future in which:\n"
                 "Economy\n{m}businesses are thriving and growing\n"
                 "{m}there is local, well-paid employment for the people who live here\n"
                 "People\n{m}our people enjoy good physical and mental wellbeing\n"
                 "{m}there are clear pathways for young people when they leave school\n"
                 "Place\n{m}town centres are vibrant and villages welcoming\n")
VISION_SHAPE = [("Economy", ["Businesses are thriving and growing",
                             "There is local, well-paid employment for the people who live "
                             "here"]),
                ("People", ["Our people enjoy good physical and mental wellbeing",
                            "There are clear pathways for young people when they leave school"]),
                ("Place", ["Town centres are vibrant and villages welcoming"])]


def test_a_vision_item_saying_there_is_or_there_are_is_an_outcome():
    assert shape(parse_priorities_text(VISION_GROUPS.format(m="- "))) == VISION_SHAPE


def test_names_over_lines_carrying_on_the_lead_in_are_themes_without_their_marks():
    assert shape(parse_priorities_text(VISION_GROUPS.format(m=""))) == VISION_SHAPE


def test_counted_sentences_then_a_shorter_list_of_something_else_are_the_priorities():
    text = ("The draft programme emphasises three key policy areas for the mandate:\n"
            "Delivering affordable childcare.\n"
            "Reducing health waiting times.\n"
            "Improving support for children and young people with special educational needs.\n"
            "Key proposals in the draft programme include:\n"
            "Establishing a reform and transformation unit across all departments.\n"
            "Implementing a tourism strategic action plan for the region.\n")
    assert outcome_titles(text) == [
        "Delivering affordable childcare", "Reducing health waiting times",
        "Improving support for children and young people with special educational needs"]


def test_announced_names_with_paragraphs_and_question_lists_left_as_prose():
    result = parse_priorities_text(NAMED_AREAS)
    titles = outcome_titles(result)
    assert titles == ["Social", "Economic", "Environmental"]
    assert "volunteering" in result.themes[0].outcomes[0].description


def test_vision_lists_and_paste_debris_are_not_priorities():
    text = ("Page Thumbnail\nYou are on page 1of 20\nThe vision is for a city that will:\n"
            "\uf0b7 be connected internationally\n\uf0b7 be clean and welcoming\n"
            "The strategy sets out objectives under two themes:\n"
            "\uf0b7 A thriving city\n\uf0b7 A connected city\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["A thriving city",
                                                                    "A connected city"]
    assert warned(result, "Page Thumbnail")


def test_fixes_make_themes_each_paragraph_and_each_bold_name():
    from svbidder.core.priorities.importing import (
        available_fixes,
        each_bold_name_a_priority,
        each_paragraph_a_priority,
        make_themes,
    )
    result = parse_priorities_text(ANNOUNCED)
    assert "make_themes" in available_fixes(result)
    themed = make_themes(result)
    assert shape(themed) == [(t, [t]) for t in ("Children get the best possible start in life",
                                                "Better homes for all",
                                                "A vibrant, green city")]
    assert shape(result)[0][0] == "Priorities"  # the old result is unchanged
    each = each_paragraph_a_priority(parse_priorities_text("Jobs – more local jobs for all\n"
                                                           "Homes for everyone to live in\n"))
    assert shape(each) == [("Priorities", ["Jobs", "Homes for everyone to live in"])]
    assert each.themes[0].outcomes[0].description == "more local jobs for all"
    bold = parse_priorities_text("**Our Future** – the best start in life\nMore words here.\n"
                                 "**Our Place** – clean and safe streets\n")
    fixed = each_bold_name_a_priority(bold)
    assert shape(fixed) == [("Priorities", ["Our Future", "Our Place"])]
    assert "More words here." in fixed.themes[0].outcomes[0].description
    with pytest.raises(ValueError):
        each_bold_name_a_priority(parse_priorities_text("plain\nlines\n"))


def test_a_plain_heading_over_labelled_outcomes_is_their_theme():
    text = ("Home\nThe menu sets out the themes and outcomes.\nEconomic\n"
            "Council priority: Local economies that work for local people\n"
            "Social value outcomes: More local people in employment\n"
            "  • Measures: number of local people hired on the contract\n"
            "  • Reference: ECO03\n"
            "Social value outcomes: New skills for local people\n"
            "  • Measures: number of people in training\n")
    result = parse_priorities_text(text)
    assert shape(result) == [("Economic", ["More local people in employment",
                                           "New skills for local people"])]
    assert result.themes[0].outcomes[0].measures[0].name.startswith("Number of local people")
    assert warned(result, "reference code", "ECO03")


def test_a_list_of_past_achievements_is_not_a_priority():
    text = ("The council proposes a charter. These include:\n  • Local jobs\n  • Fair pay\n"
            "The council has a track record of social value, including:\n"
            "  • Educational visits\n  • Apprenticeships\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Local jobs", "Fair pay"]


def test_a_long_numbered_objective_is_titled_by_its_first_clause():
    text = ("Our objectives\n\n"
            "1. Support people into good jobs, so that more residents earn a fair wage, "
            "gain new skills and stay in work for longer than they do today across the borough\n"
            "2. Reduce our carbon footprint\n")
    result = parse_priorities_text(text)
    titles = outcome_titles(result)
    assert titles == ["Support people into good jobs", "Reduce our carbon footprint"]
    assert result.themes[0].outcomes[0].description.startswith("So that more residents earn")


def test_word_paragraphs_starting_with_a_bold_name_are_priorities(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Our well-being objectives", level=1)
    document.add_paragraph("We have chosen these objectives with residents.")
    for name, rest in (("Our Future", " enabling the best start in life for children"),
                       ("Our Place", " prosperous places with clean, safe streets"),
                       ("Our Council", " a well-run council with a skilled workforce")):
        paragraph = document.add_paragraph()
        paragraph.add_run(name).bold = True
        paragraph.add_run(rest)
    path = tmp_path / "objectives.docx"
    document.save(str(path))
    result = parse_priorities_file(path)
    assert outcome_titles(result) == [
        "Our Future", "Our Place", "Our Council"]
    assert result.themes[0].outcomes[1].description == "Prosperous places with clean, safe streets"
    assert result.source[2] == ("Our Future enabling the best start in life for children",
                                "Our Future")


def test_contents_footnotes_and_running_headers_are_left_out():
    text = ("Social Value Policy 2026\n\nContents\nOur priorities ........ 4\n"
            "How we measure ........ 9\n\nSocial Value Policy | Brookfield Council\n"
            "Our priorities\n\n- Good jobs¹\n- Cleaner air[2]\n- Stronger communities\n\n"
            "Social Value Policy | Brookfield Council\n"
            "¹ Jobs paying at least the Real Living Wage.\n"
            "Social Value Policy | Brookfield Council\n")
    result = parse_priorities_text(text)
    titles = outcome_titles(result)
    assert titles == ["Good jobs", "Cleaner air", "Stronger communities"]
    assert warned(result, "running header or footer")
    assert not any("Real Living Wage" in o.description
                   for t in result.themes for o in t.outcomes)


def test_a_text_file_with_one_huge_line_is_not_taken_for_a_spreadsheet(tmp_path):
    """A line longer than the csv module allows once crashed the measure-list check."""
    from svbidder.core.priorities.importing import parse_priorities_file

    path = tmp_path / "odd.txt"
    path.write_text("Our priorities\n\n" + "x" * 200_000 + "\n\n- Good jobs for local people\n"
                    "- Cleaner, greener streets\n", encoding="utf-8")
    result = parse_priorities_file(path)
    assert not result.columns_used  # read as text, not as a measure list
    titles = [o.title for theme in result.themes for o in theme.outcomes]
    assert "Good jobs for local people" in titles


LONG_OBJECTIVE = ("Improve the experience of our residents by putting them at the centre of "
                  "how services are offered, so that every contact is simple and quick.")
LABELS_ALONE = f"""\
Improvement Objectives 2026

The proposed objectives in summary are:

Objective One:
{LONG_OBJECTIVE}

Objective Two:
Give young people more to do after school through clubs, sport and volunteering.

Priority 3
Cleaner streets
We will double street cleaning in the town centre and plant 500 trees.

Responding to the consultation

Send your views to the Performance Officer by Friday 24 April.
"""


def test_a_label_alone_on_its_line_numbers_the_priority_below_it():
    result = parse_priorities_text(LABELS_ALONE)
    titles = outcome_titles(result) + [
        t.title for t in result.themes if not t.outcomes]
    assert "Improve the experience of our residents" in titles  # cut at its first clause
    assert "Give young people more to do after school through clubs, sport and volunteering." \
        in titles or "Give young people more to do after school through clubs, sport and " \
        "volunteering" in titles
    assert "Cleaner streets" in titles  # a short name after the label is its title
    assert not any(re.fullmatch(r"(?i)(objective|priority) \w+:?", title) for title in titles)
    described = {o.title: o.description for t in result.themes for o in t.outcomes}
    described.update({t.title: t.description for t in result.themes})
    assert "double street cleaning" in described["Cleaner streets"]


HEADING_OVER_LEAD_IN = """\
Skip to main content

Our aims and priorities

Our aims

To be a council that listens and acts on what residents tell us.

Our priorities

We will do this by:

  • delivering our services to the highest standards
  • providing good quality homes people can afford

Our principles

Everything we do will be built on the following principles:

  • rebuilding trust by being open about our decisions
  • providing value for money

Read our Corporate Plan 2026 to 2030
"""


def test_a_heading_names_the_list_its_lead_in_introduces_and_values_lists_are_left_out():
    result = parse_priorities_text(HEADING_OVER_LEAD_IN)
    assert outcome_titles(result) == [
        "Delivering our services to the highest standards",
        "Providing good quality homes people can afford"]
    assert result.themes[0].title != "We will do this by"
    assert not any("Corporate Plan" in o.description for t in result.themes for o in t.outcomes)


def test_a_generic_heading_gives_way_to_the_documents_own_name():
    text = ("Anytown Council Plan 2026\n\nOur priorities\n\n- More good local jobs\n"
            "- Warm, safe homes\n- Cleaner air\n")
    result = parse_priorities_text(text)
    assert shape(result) == [("Anytown Council Plan 2026", ["More good local jobs",
                                                            "Warm, safe homes", "Cleaner air"])]
    for heading in ("Community outcomes", "Local priorities", "Social value themes"):
        result = parse_priorities_text(text.replace("Our priorities", heading))
        assert [theme.title for theme in result.themes] == ["Anytown Council Plan 2026"], heading


NAMES_OVER_PARAGRAPHS = """\
Anytown Council Plan 2026 to 2030

This plan sets out what we will focus on over the next four years.

Thriving economy
We want everyone to share in the growth of our town, with good jobs and skills.

Healthy people

We will help people live longer, healthier lives, and reduce inequality.

Greener places
We will cut carbon and make our streets cleaner and safer.
"""


def test_headings_pasted_plain_over_paragraphs_are_the_priorities():
    result = parse_priorities_text(NAMES_OVER_PARAGRAPHS)
    assert shape(result) == [("Anytown Council Plan 2026 to 2030",
                              ["Thriving economy", "Healthy people", "Greener places"])]
    # the paragraph after a blank line still belongs to its name
    assert "live longer" in result.themes[0].outcomes[1].description


def test_an_announced_list_of_image_tiles_and_a_how_to_use_list_after_it():
    text = ("Skip to main content\nBrookfield Social Value Framework\n"
            "Social value should be part of all business. Now is the time to act.\n"
            "The Framework is built around the following three priorities\n"
            "Page Thumbnail\nProvide the best employment you can\n"
            "Page Thumbnail\nKeep the air clean\nPage Thumbnail\nBuy from local firms\n"
            "The Framework can be used in many ways:\n"
            "  • As a talking point in business planning…\n"
            "  • As a checklist for commissioning…\n")
    result = parse_priorities_text(text)
    assert shape(result) == [("Brookfield Social Value Framework", [
        "Provide the best employment you can", "Keep the air clean", "Buy from local firms"])]
    assert not any("talking point" in o.description for o in result.themes[0].outcomes)
    assert warned(result, "“Page Thumbnail” (3 times)")


def test_guiding_principles_are_not_priorities_even_when_counted():
    text = ("Our strategy\n\nThe Strategy sets out our aims for 2026 to 2030:\n"
            "1. Improve population health\n2. Tackle inequalities in access\n"
            "The Strategy is based on three guiding principles:\n"
            "1. Prevention is better than cure\n2. Equity in everything\n"
            "3. Integration by default\n")
    titles = outcome_titles(text)
    assert titles == ["Improve population health", "Tackle inequalities in access"]


def test_aims_that_underpin_an_ambition_are_still_priorities():
    text = ("Delivering Together\n\nFour key aims underpin this ambition:\n"
            "  • Improving the health of our people\n  • Supporting staff\n"
            "  • Improving the quality of care\n  • Ensuring our service lasts\n")
    titles = outcome_titles(text)
    assert titles == ["Improving the health of our people", "Supporting staff",
                      "Improving the quality of care", "Ensuring our service lasts"]


def test_three_priorities_named_inside_the_announcing_sentence():
    text = ("Social Value Policy\n\nOur social value priorities\n"
            "Three key priorities have been identified: a thriving local economy; strong "
            "communities and a sustainable way of life. These build on our council plan.\n")
    titles = outcome_titles(text)
    assert titles == ["A thriving local economy", "Strong communities",
                      "A sustainable way of life"]


def test_of_two_lead_in_lists_the_one_about_aims_is_the_priorities():
    text = ("Social Value\n\nWe spend around £150 million of public money every year on:\n"
            "  • services\n  • supplies\n  • works contracts\n"
            "Through social value we aim to deliver the following benefits:\n"
            "  • economic\n  • environmental\n  • social sustainability\nGo to top\n")
    titles = outcome_titles(text)
    assert titles == ["Economic", "Environmental", "Social sustainability"]


def test_bullets_alone_on_their_lines_and_hard_wrapped_items():
    text = ("Decision details\n\nThe charter had the potential to deliver the following\n"
            "benefits:\n·\nEncourage a more diverse range of suppliers to work with us and\n"
            "our partners, including small and medium firms\n(SMEs) and local charities.\n"
            "·\nPromote fair employment practices: ensuring equality in supply chains.\n"
            "·\nPromoting greater environmental sustainability.\n")
    titles = outcome_titles(text)
    # the wrapped "(SMEs) …" line joined its item, kept whole: no punctuation ends a clause
    assert titles[0] == "Encourage a more diverse range of suppliers to work with us and our " \
        "partners, including small and medium firms (SMEs) and local charities"
    assert titles[1:] == ["Promote fair employment practices",
                          "Promoting greater environmental sustainability"]


def test_image_file_names_and_navigation_are_debris():
    text = ("Our plan\n\nWe will:\n- Build new homes\n- Reduce isolation\n"
            "Jump to another section\nM0084668 Plan A 380x200 Chair.jpg Improving homes\n"
            "35.jpg Introduction to Plan A\nNewsletter Signup\n")
    result = parse_priorities_text(text)
    titles = outcome_titles(result)
    assert titles == ["Build new homes", "Reduce isolation"]


def _guide_examples() -> list[str]:
    """The quoted examples of the guide "Bringing in your council's priorities"."""
    from svbidder.paths import guides_dir

    text = (guides_dir() / "bringing-in-priorities.md").read_text(encoding="utf-8")
    blocks, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith(">"):
            current.append(line[1:].strip())
        elif current:
            blocks.append("\n".join(current))
            current = []
    return blocks


@pytest.mark.parametrize("needle, titles", [
    ("Thriving economy", ["Thriving economy", "Healthy people"]),
    ("Objective One:", ["Improve the experience of our customers"]),
    ("Three priorities have been identified", ["A thriving local economy",
                                               "Strong communities",
                                               "A sustainable way of life"]),
    ("housing where residents", ["Housing where residents can live well",
                                 "A green and sustainable borough",
                                 "Healthy, safe and engaged communities"]),
    ("Strategic Priority Theme", ["Connected Communities", "Caring Communities"]),
    ("Champion community needs", ["Champion community needs", "Strengthen partnerships",
                                  "Reduce offending"]),
    ("Strategic priority 1:", ["Fairer and healthier policy", "A fair and inclusive economy"]),
])
def test_the_guide_s_examples_import_as_it_says(needle, titles):
    example = next(block for block in _guide_examples() if needle in block)
    result = parse_priorities_text(f"Anytown priorities\n\n{example}\n")
    assert outcome_titles(result) == titles


def test_a_word_file_s_labels_over_heading_objectives_and_priorities_inside_its_vision(
        tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Improvement Objectives 2026", style="Title")
    document.add_heading("Draft Improvement Objectives", level=2)
    document.add_paragraph("The proposed objectives in summary are:")
    for number, objective in (("One", "Enhance the experience of our customers"),
                              ("Two", "Give young people more to do"),
                              ("Three", "Cut the council's carbon emissions")):
        document.add_paragraph(f"Objective {number}:")
        document.add_heading(objective, level=2)
    document.add_heading("Responding to the consultation", level=2)
    document.add_paragraph("Send your views to the Performance Officer by 24 April.")
    path = tmp_path / "objectives.docx"
    document.save(path)
    titles = outcome_titles(parse_priorities_file(path))
    assert titles == ["Enhance the experience of our customers", "Give young people more to do",
                      "Cut the council's carbon emissions"]

    vision = docx.Document()
    vision.add_paragraph("Working Together for a Healthier Brookfield", style="Title")
    vision.add_heading("Our vision", level=2)
    vision.add_paragraph("We are working towards a town where people live longer lives.")
    vision.add_paragraph("We will achieve our vision through our three priorities:")
    for priority in ("Promoting healthy behaviours", "Promoting mental well-being",
                     "Tackling the health effects of climate change"):
        vision.add_paragraph(priority, style="List Bullet")
    path = tmp_path / "vision.docx"
    vision.save(path)
    result = parse_priorities_file(path)
    assert outcome_titles(result) == [
        "Promoting healthy behaviours", "Promoting mental well-being",
        "Tackling the health effects of climate change"]
    assert warned(result, "kept the 3 priorities it names")


def test_statements_named_for_the_body_labelled_objectives_and_a_repeat():
    text = ("How we do it\n\nEA's Vision - to inspire all our children and young people.\n"
            "EA's Mission - to provide a high quality education for every child.\n"
            "Strategic Priorities\n  • Meeting the LEARNING needs of our children\n"
            "  • Providing EXCELLENT support services\n\n"
            "Well-being Objectives\n"
            "  • Well-being Objective 1 - We will raise attainment, helping young people\n"
            "  • Well-being Objective 2 - We will tackle inequality\n"
            "Well-being Objective 1\nWe will raise attainment, helping young people\n")
    result = parse_priorities_text(text)
    titles = [t.title for t in result.themes] + [o.title for t in result.themes
                                                   for o in t.outcomes]
    assert not any("Vision" in title or "Mission" in title for title in titles)
    assert "Meeting the LEARNING needs of our children" in titles
    assert titles.count("We will raise attainment") + titles.count(
        "We will raise attainment, helping young people") == 1
    assert "We will tackle inequality" in titles


def test_a_list_after_a_vision_in_passing_and_a_semicolon_inline_list():
    text = ("NHS Brookfield Strategic Plan\n\nIn developing the plan we:\n"
            "  • asked staff and patients what needs to change\n"
            "  • brought together local plans\n"
            "The plan sets out proposals to achieve the Government's vision for health by "
            "2030:\n  • to improve the quality of care\n  • to improve the health of the "
            "population\n")
    titles = outcome_titles(text)
    assert titles == ["To improve the quality of care", "To improve the health of the population"]
    news = ("Council launches plan\n\nThe plan sets targets under four clear themes; Leading "
            "Well, Our Economy, Health and Wellbeing and Our Community, and can be read online.\n")
    titles = outcome_titles(news)
    assert titles == ["Leading Well", "Our Economy", "Health and Wellbeing", "Our Community"]


def test_page_ranges_of_a_contents_list_are_left_out():
    text = ("Corporate Plan 2018-2023\nSections Content Page Number\n"
            "5.1 Well-being Objective 1 - Improve education for all\n11-23\n"
            "5.2 Well-being Objective 2 – Enabling employment\n24-34\n"
            "6 Reviewing our Objectives\n")
    titles = outcome_titles(text)
    assert "Improve education for all" in titles and "Enabling employment" in titles
    assert not any(title.endswith(("11-23", "24-34")) for title in titles)


def test_lists_not_named_as_priorities_give_way_to_those_that_are():
    text = ("Our Commitment to Social Value\n\nOur Goals\n- Do the most we can for our town.\n"
            "- Include social value in our plans.\n\nOur Priorities\n"
            "- Community Action: helping out in our community.\n"
            "- Skills & Employment: training and job opportunities.\n"
            "- Carbon Reduction: protecting the environment.\n")
    result = parse_priorities_text(text)
    titles = [t.title for t in result.themes] + [o.title for t in result.themes
                                                   for o in t.outcomes]
    assert "Community Action" in titles and "Carbon Reduction" in titles
    assert not any("Do the most" in title or title == "Our Goals" for title in titles)
    assert warned(result, "not named as priorities")
    assert warned(result, "select the whole list on the left")  # how to keep it


def test_a_question_heading_over_a_list_belongs_to_the_heading_before_it(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Strategic Objective 6", style="Title")
    document.add_heading("Sustaining strong communities", level=2)
    document.add_paragraph("That are economically and socially included.")
    document.add_heading("How will we achieve success?", level=2)
    document.add_paragraph("We will:")
    for outcome in ("Reduce social isolation", "Promote good health in our communities"):
        document.add_paragraph(outcome, style="List Bullet")
    document.add_heading("How will we measure success?", level=2)
    document.add_paragraph("Through our performance measures.")
    path = tmp_path / "objective.docx"
    document.save(path)
    assert shape(parse_priorities_file(path)) == [
        ("Sustaining strong communities", ["Reduce social isolation",
                                           "Promote good health in our communities"])]


def test_names_over_paragraphs_with_links_repeating_them_and_an_announcement_first():
    text = ("Priorities\nOur focus for the next four years will be to ensure we all play our "
            "part to:\nTackle the climate emergency\nWe will work with businesses and "
            "communities to cut the borough's carbon footprint.\nTackle the climate emergency\n"
            "Grow our local economy and deliver good jobs with fair wages for our residents\n"
            "Our economy is doing well, and we have plans to build on this success.\n"
            "Grow the local economy and deliver good jobs\n")
    titles = outcome_titles(text)
    assert titles == ["Tackle the climate emergency", "Grow our local economy and deliver good "
                      "jobs with fair wages for our residents"]
    news = ("News\nCouncil approves its plan\nThe council has approved a plan for local "
            "services this year.\nKey priorities\nThe plan has three key priorities - to reduce "
            "the gap in learning; to reduce the gap in health, and to reduce the gap in income. "
            "It also sets out ways to improve.\nKey themes\nKey themes include getting it right "
            "for every child and sustainable growth.\n")
    titles = outcome_titles(news)
    assert titles == ["Reduce the gap in learning", "Reduce the gap in health",
                      "Reduce the gap in income"]


def test_captions_document_lists_and_priorities_named_in_minutes():
    news = ("Council launches Social Value Charter\n\nAn image of eight people who signed the "
            "charter\nL-R Back – Matt Akers (Severnside Housing), Clive Wright (Brookfield "
            "Council)\nL-R Front – Tereza Hayek (Citizens Advice), Andy Chandler (NHS)\n"
            "Organisations signing up are making a commitment to:\n  • Support the local "
            "economy\n  • Promote well-being\n  • Make Brookfield a great place to live.\n")
    titles = [t.title for t in parse_priorities_text(news).themes] + [
        o.title for t in parse_priorities_text(news).themes for o in t.outcomes]
    assert not any(title.startswith("L-R") for title in titles)
    assert "Support the local economy" in titles
    minutes = ("Issue - meetings\n\nCouncil Plan 2024-2028\nAdditional documents:\n"
               "- Appendix A Draft Council Plan, item 123\n- Appendix B Consultation findings, "
               "item 123\nThe cabinet member provided an overview of the consultation.\n"
               "The priorities for the next four years were highlighted as; People (for "
               "residents to realise their potential), Place (to protect our environment), "
               "Growth (to create good jobs) and Transformation (to be an efficient council).\n"
               "Cabinet members discussed the report.\n")
    titles = outcome_titles(minutes)
    assert titles == ["People", "Place", "Growth", "Transformation"]


def test_one_list_among_text_sections_and_sentences_that_speak_to_the_reader(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Brookfield Council Plan", style="Title")
    document.add_heading("Introduction", level=2)
    document.add_paragraph("This plan sets out what we will do.")
    document.add_heading("The Social Value Model", level=2)
    for item in ("Tackling economic inequality", "Fighting climate change",
                 "If you would like to know more, please contact us."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Accessibility", level=2)
    document.add_paragraph("An easy-read version is available.")
    path = tmp_path / "plan.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert shape(result) == [("The Social Value Model", ["Tackling economic inequality",
                                                         "Fighting climate change"])]
    assert warned(result, "Left out the section “Accessibility”", "reads as a sentence")


def test_minutes_statements_principles_and_key_priority_labels():
    minutes = ("Agenda item\n\nMinutes:\n\n(a)  The National Framework states that fire and "
               "rescue authorities are required to produce a plan that sets out how they will "
               "keep their communities safe over the next three years.\n\n(b)  The plan was built "
               "around six strategic goals. These are:\n\n· We will help people stay safe from "
               "fires;\n· We will improve fire safety in buildings; and\n")
    result = parse_priorities_text(minutes)
    assert outcome_titles(result) == ["We will help people stay safe from fires",
                                      "We will improve fire safety in buildings"]
    plan = ("Annual Delivery Plan\n\n- Our Mission: Protecting communities, saving lives\n"
            "- Our Values: Excellence, Honesty, Respect\n\nThe delivery of our priorities will "
            "be based around the following three principles\nWe will:\n1. Help our "
            "communities prosper\n2. Be commercially minded\n3. Be risk aware\n"
            "Key Priority 1 - Enhancing our reputation as a cyber capital\n"
            "Key Priority 2 - More affordable homes\n")
    titles = [t.title for t in parse_priorities_text(plan).themes] + outcome_titles(plan)
    assert "Enhancing our reputation as a cyber capital" in titles
    assert "More affordable homes" in titles
    assert not any(t.startswith(("Our Mission", "Our Values", "Help our", "Be risk"))
                   for t in titles)


def test_a_list_under_a_values_heading_is_not_priorities():
    text = ("Our plan\n\nOur values\n  • Flexibility: We adapt quickly and learn together\n"
            "  • Innovation: We are creative and challenge convention\n"
            "Community outcomes\n  1. Our local communities are strong and supportive\n"
            "  2. People live well and for longer\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert "Our local communities are strong and supportive" in titles
    assert not any(title in ("Flexibility", "Innovation", "Our values") for title in titles)


def test_a_table_s_column_headings_run_together_are_left_out():
    from svbidder.core.priorities.importing.furniture import debris_reason

    assert debris_reason("Programme / StrategyActivity / Milestones / MeasuresTeam / Target")
    assert not debris_reason("Health / wellbeing / care")  # three parts may be a title
    assert not debris_reason("Work with schools / colleges. Build skills / jobs / homes.")


def test_ways_of_working_successes_and_document_details_are_not_priorities():
    text = ("Corporate Plan\n\nOur ambitions\n  • Jobs for local people\n  • Homes people can "
            "afford\nTo achieve our ambition, we'll work in a way that:\n  • is open and honest\n"
            "  • values diversity\nOur successes so far\n  • creating 237 job starts\n"
            "  • using the national measures\nRef: CS/LS 15 December 2015\n"
            "NOT PROTECTIVELY MARKED\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert "Jobs for local people" in titles and "Homes people can afford" in titles
    assert not any(t.startswith(("Is open", "Values", "Creating", "Using", "Ref", "NOT"))
                   for t in titles)


def test_a_pictures_description_of_people_is_a_caption_not_a_priority():
    from svbidder.core.priorities.importing.furniture import debris_reason

    assert debris_reason("A smiling lady in her garden") == "a picture's caption"
    assert debris_reason("A young boy helping his grandad water plants in an allotment")
    assert debris_reason("A mother and father with their young daughter")
    for priority in ("A city where people in every ward can thrive",
                     "A family friendly borough", "A greener Devon with children in mind",
                     "Young people in work or training"):
        assert not debris_reason(priority), priority


def test_contents_entries_labelled_as_priorities_name_them():
    """A PDF viewer's paste of a plan's opening pages: the priority themes are named
    only in its contents list, and the foreword after it is a wrapped paragraph."""
    text = ("Contents\nForeword ............................ 4\n"
            "Part 1 Strategic Priorities – Themes ........... 11\n"
            "Strategic Priority Theme - Connected Communities ........ 12\n"
            "Strategic Priority Theme - Caring Communities ........ 13\n"
            "Strategic Priority Theme -Thriving Communities ........ 14\n"
            "Appendix 1 - The Partnership ........ 17\n3\nForeword\n"
            "On behalf of Orkney Islands Council, we are delighted to introduce your Council\n"
            "Plan for the years 2018-2023.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Connected Communities", "Caring Communities",
                                      "Thriving Communities"]
    one = parse_priorities_text("Contents\nForeword ...... 4\n"
                                "Strategic Priority Theme - Connected Communities ...... 12\n"
                                "Appendix 1 ...... 17\n")
    assert "Connected Communities" not in outcome_titles(one)  # one entry is not a list


def test_a_running_header_with_its_page_number_is_left_out():
    text = ("ANNUAL REPORT & ACCOUNTS 2013/14\nOur objectives\n"
            "02 ANNUAL REPORT & ACCOUNTS 2013/14\nOBJECTIVES\nTo deliver our vision:\n"
            "• to continue to improve bus and rail services\n• to make best use of our assets\n"
            "These objectives are quantified in the Regional\n"
            "ANNUAL REPORT & ACCOUNTS 2013/14 03\nCONTENTS\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert not any("ANNUAL REPORT" in title for title in titles)
    assert "To continue to improve bus and rail services" in titles
    assert any("running header" in warning for warning in result.warnings)


def test_a_list_whose_bullets_a_browser_dropped_is_still_a_list():
    """Chrome's plain-text copy of a web page keeps list items as bare lines."""
    plain = parse_priorities_text(
        "Corporate Strategy Vision\n\"Enabling strong communities\"\nCorporate Priorities:\n"
        "housing where residents can live well\na green and sustainable borough\n"
        "an enterprising economy with vibrant local centres in urban and rural areas\n"
        "healthy, safe and engaged communities\n"
        "Implementation of this Social Value Policy will help to deliver the vision and the "
        "priorities of the council.\n")
    assert outcome_titles(plain) == [
        "Housing where residents can live well", "A green and sustainable borough",
        "An enterprising economy with vibrant local centres in urban and rural areas",
        "Healthy, safe and engaged communities"]
    spaced = parse_priorities_text("The proposed updated priorities are:\n\n\nCommunity\n\n"
                                   "Addressing housing need\n\nResilience\n\nEnvironment\n")
    assert outcome_titles(spaced) == ["Community", "Addressing housing need", "Resilience",
                                      "Environment"]


def test_a_wrapped_paragraph_or_an_address_after_a_colon_is_not_a_list():
    wrapped = parse_priorities_text(
        "Our customers are at the centre of our vision:\n"
        "We will provide integrated travel solutions that\n"
        "are attractive, sustainable and good value.\nOur objectives:\n"
        "• to improve bus and rail services\n• to make best use of all our assets\n")
    assert outcome_titles(wrapped) == ["To improve bus and rail services",
                                       "To make best use of all our assets"]
    address = parse_priorities_text(
        "Our priorities:\n• Jobs\n• Homes\n\nTo respond, fill in the form and return it by "
        "post to:\nCorporate Performance Officer\nMid Ulster District Council\nCircular Road\n")
    assert outcome_titles(address) == ["Jobs", "Homes"]


def test_announced_phrases_of_a_sentence_list_and_up_to_twenty():
    four = parse_priorities_text("At the heart of our strategy are our four priorities:\n"
                                 "delivering better services,\nprotecting our environment,\n"
                                 "supporting economic growth, and\ncaring for the vulnerable.\n")
    assert outcome_titles(four) == ["Delivering better services", "Protecting our environment",
                                    "Supporting economic growth", "Caring for the vulnerable"]
    names = ["Good jobs", "Infrastructure", "Future growth and investment", "Green growth",
             "Levelling up the economy", "Net zero", "Transport and built environment",
             "Minimise waste", "Green communities", "Levelling up the environment",
             "Healthy lifestyles", "Promoting independence", "Place-based working", "Carers",
             "Levelling up health", "Education outcomes", "Family resilience and stability",
             "Safety", "Outcomes for vulnerable children", "Levelling up outcomes for families"]
    twenty = parse_priorities_text("The plan sets out twenty commitments:\n" + "\n".join(names))
    assert outcome_titles(twenty) == names


def test_a_contents_page_s_page_numbers_are_not_part_of_the_titles():
    text = ("Contents\nForeword 2\nIntroduction 4\nOur long term vision 6\n"
            "Visitor Experience 42\nOutcome 5: Recreation Opportunities 48\n"
            "Outcome 6: Water Recreation 52\nRural Development 68\n"
            "Outcome 10: Placemaking 74\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert "Recreation Opportunities" in titles and "Placemaking" in titles
    assert not any(title[-1].isdigit() for title in titles)
    # a list whose items end in numbers that do not rise is not a contents page
    kept = parse_priorities_text("Our priorities:\n• Homes for 50\n• Jobs for 20\n"
                                 "• Places for 10\n• Parks for 5\n• Schools for 2\n")
    assert outcome_titles(kept)[0] == "Homes for 50"


def test_an_announced_list_whose_descriptions_are_items_of_their_own():
    result = parse_priorities_text(
        "There are three key priorities in the plan:\n"
        "- A local neighbourhood policing presence\n"
        "- This encompasses serious and organised crime; rural and wildlife crime; and road "
        "safety.\n- Supporting victims, communities and businesses\n"
        "- This includes action on violence against women and girls and on retail crime.\n"
        "- A fair and effective criminal justice system\n"
        "- This involves dealing with perpetrators and developing the victims' panel.\n")
    assert outcome_titles(result) == ["A local neighbourhood policing presence",
                                      "Supporting victims, communities and businesses",
                                      "A fair and effective criminal justice system"]


def test_announced_paragraphs_after_a_colon_are_the_priorities_titled_by_first_sentence():
    result = parse_priorities_text(
        "Shaping the future of your Fire and Rescue Service\nPosted\n"
        "The Authority has identified three strategic priorities for 2014-15 and onwards:\n"
        "To continue to help keep people and communities safe by preventing deaths and "
        "injuries from accidental fires in living accommodation.  This remains the "
        "Authority's primary concern.\n"
        "To embark on a new 3-year financial plan that would seek to maintain the current "
        "level of service without increasing costs by more than £1 per head.\n"
        "To continue to work on finding better ways of providing fire and rescue cover in "
        "North Wales, especially where the current arrangements are hard to sustain.\n"
        "The Chair said: \"Today's service does far more than respond to emergencies.\"\n")
    titles = outcome_titles(result)
    assert len(titles) == 3 and titles[0].startswith("To continue to help keep people")
    assert not titles[0].endswith("primary concern")
    assert titles[1].startswith("To embark on a new 3-year financial plan")
    assert "Posted" not in [t.title for t in result.themes]
    # four short summary sentences after "We've got 4 ambitions:" are not taken this way
    short = parse_priorities_text("We've got 4 ambitions:\n\nA cleaner, greener county.\n\n"
                                  "Successful businesses.\n\nHealthier lifestyles and less "
                                  "crime across every town.\n\nMore volunteers getting "
                                  "involved.\n")
    assert all(len(t.split()) < 15 for t in outcome_titles(short))


def test_minutes_numbered_paragraphs_are_prose_and_a_sentence_names_the_priorities():
    text = ("Minutes:\n\n69.1 Councillor Morley, the Leader of the Council, introduced report "
            "MC/19/27, the Corporate Plan for 2019 to 2027, which had been written with the "
            "other council.\n\n69.2 The current strategic plan was due to expire in 2020 and "
            "the new Corporate Plan would be replacing the Joint Strategic Plan from then on.\n"
            "\n69.3 The revised vision would provide more confident leadership for the area.  "
            "The interconnected strategic priorities were the Environment, the Economy, "
            "Housing, Well-being, Our Customers and Communities.\n\n"
            "69.4 Councillor Morley MOVED recommendation 3.1.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "The Environment", "The Economy", "Housing", "Well-being", "Our Customers",
        "Communities"]
    objectives = parse_priorities_text(
        "5.1 Well-being Objective 1 - Improve education opportunities for all\n"
        "5.2 Well-being Objective 2 – Address the supply, condition and sustainability of "
        "homes throughout the county borough and provide advice, assistance or support\n"
        "5.3 Well-being Objective 3 – Promote a modern, integrated and sustainable transport "
        "system that increases opportunity, promotes prosperity and minimises harm\n")
    titles = all_titles(objectives)
    assert any(title.startswith("Improve education") for title in titles)


def test_a_sentence_that_starts_with_a_numbered_label_word_is_not_a_label():
    result = parse_priorities_text(
        "Sport Wales published the following 4 Well-being Objectives:\n"
        "1. People in Wales live physically active and therefore healthier lives.\n"
        "2. Wales is recognised internationally as a successful sporting nation.\n"
        "3. Children and young people have the motivation to take part.\n"
        "4. Sport Wales is an exemplar organisation driving a culture of well-being.\n"
        "Objective 4 has been established to drive change in organisational culture, and it "
        "brings together our work under the Equality Act.\nEquality Diagram\n"
        "Driving a culture that promotes well-being equality and sustainability\n"
        "For additional information please contact\n")
    titles = all_titles(result)
    assert not any(t.startswith(("Has been", "Equality Diagram", "For additional"))
                   for t in titles)


def test_a_vision_section_holding_the_only_lists_is_kept():
    result = parse_priorities_text(
        "# Brechin and Montrose Locality Plan\n## Our vision for Brechin and Montrose\n"
        "We see a future in which:\n### Economy\n- businesses are thriving and growing\n"
        "- there is local, well-paid employment\n### People\n"
        "- our people enjoy good physical and mental wellbeing\n"
        "- our children and young people succeed\n")
    assert [t.title for t in result.themes] == ["Economy", "People"]
    assert any("only lists" in warning for warning in result.warnings)
    skipped = parse_priorities_text("## Our vision\n- A fairer city\n- A greener city\n"
                                    "## Our priorities\n- Local jobs\n- Less waste\n")
    assert "A fairer city" not in all_titles(skipped)


def test_announced_lines_of_up_to_25_words_and_a_semicolon_lead_in():
    telford = parse_priorities_text(
        "Our plan sets out how we will do this. The plan identifies three priorities to "
        "deliver our vision:\nevery child, young person and adult lives well in their "
        "community\nour natural environment is protected, and the Council has a leading role "
        "in addressing the climate emergency\nall neighbourhoods are a great place to live\n")
    assert len(outcome_titles(telford)) == 3
    assert outcome_titles(telford)[1].startswith("Our natural environment is protected")
    ceredigion = parse_priorities_text(
        "The Well-being and Improvement Objectives for 2017-18 included;\n"
        "to create opportunities to improve the local economy\n"
        "promoting individual and community resilience for adults\n"
        "to improve the availability of safe, affordable homes\n"
        "The report notes the Council's assessment of progress against three objectives as "
        "good and the others as adequate.\n")
    assert outcome_titles(ceredigion) == [
        "To create opportunities to improve the local economy",
        "Promoting individual and community resilience for adults",
        "To improve the availability of safe, affordable homes"]


def test_a_wrapped_paragraph_in_lower_case_after_a_colon_is_not_a_list():
    result = parse_priorities_text(
        "Our priorities:\n• Connected communities\n• Caring communities\n\n"
        "All members of the Partnership are committed to our shared mission:\n"
        "working together for a better Orkney, and equality is at the heart of everything we\n"
        "do. For every priority we will ensure equal opportunity and fairness are truly\n"
        "considered.\n")
    assert outcome_titles(result) == ["Connected communities", "Caring communities"]


def test_a_breadcrumb_and_section_headings_give_way_to_the_introduced_list():
    result = parse_priorities_text(
        "Skip to main content\nPublic Health Agency\nHome\nDirectorates\n"
        "Directorate of Operations\nPlanning and Corporate Services\nCorporate plan\n"
        "The agency sets out its role, direction and priorities in its corporate plan.\n"
        "PHA corporate plan\nFollowing public consultation, the corporate plan for 2017 to "
        "2021 is now final.\nPHA corporate strategy\nThe strategy sets out the role and "
        "priorities of the agency for the next four years.\n"
        "The strategy outlines the following:\n• protecting health;\n"
        "• improving health and wellbeing;\n• improving quality and safety;\n")
    titles = all_titles(result)
    assert outcome_titles(result) == ["Protecting health", "Improving health and wellbeing",
                                      "Improving quality and safety"]
    assert not any(t in titles for t in ("PHA corporate plan", "Directorates",
                                         "Planning and Corporate Services"))


def test_an_objective_over_a_generic_priorities_heading_names_its_list():
    result = parse_priorities_text(
        "Corporate Objectives 2025 – 26\n"
        "We will work with staff, partners and communities to improve health.\nPriorities\n"
        "-\nGreater collaboration with partners.\n-\nMore integrated services locally.\n"
        "We will redesign the way we deliver health and care services.\nPriorities\n"
        "-\nReduced reliance on hospital-based care.\n-\nOngoing investment in digital "
        "technology.\n")
    assert [t.title for t in result.themes] == [
        "We will work with staff, partners and communities to improve health",
        "We will redesign the way we deliver health and care services"]
    assert [o.title for o in result.themes[1].outcomes][0].startswith("Reduced reliance")


def test_a_decision_record_s_purpose_list_gives_way_to_the_priorities_it_names():
    result = parse_priorities_text(
        "Record of the Decision\n\nThe purpose of the report was to:\n\n"
        "• Highlight the ambition for establishing a Combined Authority\n"
        "• Clarify what the Combined Authority would do\n• Clarify its membership\n"
        "• Clarify its relationship with the LEP\n• Set out plans for consulting\n"
        "• Outline the decision-making process going forward\n\n"
        "The principal functions of the Combined Authority would be to:-\n\n"
        "(i) Set the strategic economic vision, key priorities and outcomes for the Tees "
        "Valley area, in relation to:-\n\n• Economic Development;\n"
        "• Strategic Transport and Infrastructure\n• Employment and Skills\n"
        "• Low Carbon; and to\n\n(ii) Fulfil other duties and responsibilities including to:-\n"
        "\n• determine the use of funding received for joint purposes;\n"
        "• approve the commissioning of capital projects; and\n")
    assert outcome_titles(result) == ["Economic Development",
                                      "Strategic Transport and Infrastructure",
                                      "Employment and Skills", "Low Carbon"]


def test_labels_inside_list_items_name_the_priorities_over_other_lists():
    result = parse_priorities_text(
        "Purpose and Priorities\n\nThe service delivers the partnership's vision:\n\n"
        "  • Local Outcome 1:  East Dunbartonshire has a sustainable and resilient economy\n"
        "  • Local Outcome 4: East Dunbartonshire is a safe place in which to live\n\n"
        "The service works with its partners in a way that supports the following:\n\n"
        "  • Creating the policy framework and providing technical support for land-use;\n"
        "  • Development and implementation of projects and initiatives.\n")
    assert outcome_titles(result) == [
        "East Dunbartonshire has a sustainable and resilient economy",
        "East Dunbartonshire is a safe place in which to live"]
    assert [o.ref for o in result.themes[0].outcomes] == ["1", "4"]


def test_a_contents_entry_naming_the_outcomes_keeps_its_entries():
    result = parse_priorities_text(
        "Draft Corporate Plan\n\nContents\n\n1. Foreword from the Chief Executive\n\n"
        "2. Introduction to the Corporate Plan\n\n6. Our Corporate Outcomes\n\n"
        "6.1 Supporting a Sustainable Rural Economy\n\n"
        "6.2 Looking after Scotland's National Forests and Land\n\n"
        "6.3 A High Performing Organisation\n\n7. Diversity and Inclusion\n")
    assert outcome_titles(result) == ["Supporting a Sustainable Rural Economy",
                                      "Looking after Scotland's National Forests and Land",
                                      "A High Performing Organisation"]


def test_themes_named_with_semicolons_inside_a_quotation():
    result = parse_priorities_text(
        "Invest NI Strengthens Targets\n\nInvest NI has today published its revised plan.\n\n"
        "The chairman said: \"Within each of the strategic themes of Being Entrepreneurial; "
        "Being Innovative; Being International, we have refined our approach, thanks to the "
        "comments received.\n")
    assert outcome_titles(result) == ["Being Entrepreneurial", "Being Innovative",
                                      "Being International"]


def test_a_paste_wrapped_at_a_page_s_width_is_read_as_whole_paragraphs():
    paragraph = ("The council has set out how it will work with its partners over the next "
                 "four years to make the borough a fairer, greener and healthier place for "
                 "everyone who lives, works or studies here, and how suppliers can help.")
    items = ["Support people into good jobs, so that more residents earn a fair wage and "
             "can stay in the borough", "Cut the carbon from our own buildings and fleet, "
             "and help local firms to do the same", "Help older people to live well and "
             "independently at home for longer"]
    text = ("Our Council Plan\n\n" + textwrap.fill(paragraph, 78) + "\n\n"
            + textwrap.fill("Our three priorities for the next four years are set out "
                            "below, with what each one means for the people we serve:", 78)
            + "\n" + "\n".join(textwrap.fill(item, 78, initial_indent="• ",
                                             subsequent_indent="  ") for item in items)
            + "\n\n" + textwrap.fill(paragraph, 78) + "\n")
    result = parse_priorities_text(text)
    titles = outcome_titles(result)
    assert len(titles) == 3 and titles[0].startswith("Support people into good jobs")
    assert not any(title.startswith(("Four years", "Everyone who")) for title in
                   all_titles(result))
    # a contents page of short lines ending in page numbers is not joined up
    contents = ("Contents\nForeword – Chief Constable 3\n"
                "Scottish Police Authority (SPA) Chair's Commentary 4\n"
                "Identifying and Delivering Priorities 5\nLocal Policing 8\n"
                "Working Together to Keep People Safe 22\n"
                "Priority – Violence, Disorder and Antisocial Behaviour 25\n"
                "Priority – Road Safety and Road Crime 27\n")
    from svbidder.core.priorities.importing.pasted import _unwrap
    assert _unwrap(contents.split("\n")) == contents.split("\n")


def test_a_paste_with_a_blank_line_after_every_line_reads_as_single_spaced():
    text = ("Our Strategic Plan\n\nHow we work\n\nAs an Executive, we commit that we will:\n\n"
            "  • Listen to our residents\n\n  • Use data to evidence decisions\n\n\n\n"
            "Our core aims\n\nWe will:\n\n  • Get the right homes in the right places\n\n"
            "  • Improve the roads and travel network\n\n  • Help children reach their full "
            "potential\n\n")
    single = text.replace("\n\n\n\n", "\n\n").replace("\n\n", "\n")
    assert shape(parse_priorities_text(text)) == shape(parse_priorities_text(single))
    from svbidder.core.priorities.importing.pasted import _single_spaced
    lines = text.split("\n")
    assert "" not in _single_spaced(lines)[:4]
    assert _single_spaced(lines).count("") == 2  # the gap of three blank lines is one, + end


def test_a_double_spaced_paste_keeps_its_headings_over_lead_ins_and_undoes_a_second_copy():
    # Every line of a web page followed by a blank line: a paragraph's gap became three
    # blank lines, and "Our core aims" over "We will:" was no longer seen as a heading.
    page = ("Skip to main content\nOur Strategic Plan 2024-27\n\nHow we work\n\n"
            "As an Executive, we commit that we will:\n\n"
            "  • Always consider the best interests of residents.\n"
            "  • Work with external bodies to create valuable partnerships.\n\n"
            "Our core aims\n\nWe will:\n\n"
            "  1. Get the right homes in the right places.\n"
            "  2. Be ambitious in our plans for the roads and travel network.\n"
            "  3. Create opportunities for all children and young people.\n\n"
            "You can read more in the Strategic Plan document.\n")
    spaced = "\n\n".join(page.split("\n"))
    twice = "\n\n".join(spaced.split("\n"))
    expected = shape(parse_priorities_text(page))
    assert "Get the right homes in the right places" in str(expected)
    assert "Our core aims" in str(expected)
    assert shape(parse_priorities_text(spaced)) == expected
    assert shape(parse_priorities_text(twice)) == expected


def test_labels_numbered_deeper_sit_under_the_others_whatever_their_words():
    # A park plan's contents: "Outcome 1" over "Priority 1.1", under a theme heading;
    # the front matter's entries before the first theme are not themes.
    text = ("National Park Partnership Plan\nForeword 2\nIntroduction 4\n"
            "Delivering national benefits 12\nWhat success looks like 14\n"
            "Conservation & Land Management 16\nOutcome 1: Natural Capital\n"
            "Priority 1.1: Habitats 24\nPriority 1.2: Species 26\n"
            "Outcome 2: Landscape Qualities\nPriority 2.1: Landscape & Heritage 30\n"
            "Visitor Experience 42\nOutcome 3: Recreation Opportunities 48\n"
            "Priority 3.1: Path Provision 49\nPriority 3.2: Active Travel 50\n")
    assert shape(parse_priorities_text(text)) == [
        ("Conservation & Land Management", ["Natural Capital", "Landscape Qualities"]),
        ("Visitor Experience", ["Recreation Opportunities"]),
    ]
    # numbered the usual way round, "Priority 1" over "Outcome 1.1", nothing changes
    usual = ("Priority 1: Natural Capital\nOutcome 1.1: Habitats\nOutcome 1.2: Species\n"
             "Priority 2: Visitors\nOutcome 2.1: Path Provision\n")
    assert shape(parse_priorities_text(usual)) == [
        ("Natural Capital", ["Habitats", "Species"]), ("Visitors", ["Path Provision"])]


def test_a_contents_page_s_sections_after_its_labelled_priorities_are_left_out():
    text = ("Draft Annual Police Plan\nContents\nForeword – Chief Constable 3\n"
            "Identifying and Delivering Priorities 5\nLocal Policing 8\n"
            "Priority – Violence, Disorder and Antisocial Behaviour 25\n"
            "Priority – Road Safety and Road Crime 27\nPriority – Counter Terrorism 35\n"
            "Major Events and Resilience 38\nAcknowledgements 41\nPublication 42\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert "Counter Terrorism" in titles and "Road Safety and Road Crime" in titles
    assert not {"Major Events and Resilience", "Acknowledgements", "Publication"} & set(titles)
    assert any("contents list" in warning and "Acknowledgements" in warning
               for warning in result.warnings)


def test_one_list_left_under_a_heading_that_only_says_what_it_holds_is_one_level():
    text = ("Corporate Plan 2020-24\n\nOur corporate plan sets out our priorities for the "
            "borough and the work we will do.\n\nOur Outcomes: All people in the borough "
            "will:\n\n  • Fulfil their lifelong potential\n  • Enjoy good health and "
            "wellbeing\n  • Benefit from a prosperous economy\n\nOur Focus:\n\nGrowing: "
            "Progressing towards sustainable outcomes\nBetter: Improving our services\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Corporate Plan 2020-24"]
    assert outcome_titles(result)[:1] == ["Fulfil their lifelong potential"]
    assert any(warning.startswith(SINGLE_LEVEL_NOTE) for warning in result.warnings)


def test_a_list_not_named_as_priorities_is_left_out_even_a_little_longer_than_the_named():
    text = ("Our vision\nWorking for a brighter future – together\nThe council will:\n"
            "  • celebrate our places and communities\n"
            "  • be led by strong and responsible leadership\n  • have valued staff\n"
            "  • reach out to our partners and listen\n  • be a business-like council\n"
            "  • take decisions for the long term\nCommunity outcomes\n"
            "  1. Our local communities are strong and supportive\n"
            "  2. The borough has a strong and resilient economy\n"
            "  3. People have the skills they need to thrive\n"
            "  4. The borough is a green and sustainable place\n")
    titles = outcome_titles(text)
    assert titles[0] == "Our local communities are strong and supportive"
    assert len(titles) == 4
    # a list far longer than the named one is kept: it is seldom the aside
    longer = text.replace("  • take decisions", "  • work with others\n  • spend wisely\n"
                          "  • be open\n  • take decisions")
    assert len(outcome_titles(longer)) > 4


def test_a_one_item_list_after_a_sentence_beside_a_longer_list_is_an_aside():
    text = ("Customer Charter\n\nWe are committed to improving the lives of our tenants.\n\n"
            "We will:\n\n  • keep you safe\n  • see things from your point of view\n"
            "  • provide excellent customer service\n  • be open and honest\n\n"
            "When things go wrong we will:\n\n  • have a complaints policy to help resolve "
            "your complaint.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Keep you safe", "See things from your point of view",
                                      "Provide excellent customer service",
                                      "Be open and honest"]
    # "We will" starts a sentence: the one list's holder is named after the document
    assert [theme.title for theme in result.themes] == ["Customer Charter"]
    assert any("only one item" in warning for warning in result.warnings)
    # a heading over one item is a theme with one outcome, not an aside
    plain = ("Delivery plan\nEmployment and assets\n- Develop our anchor workplan\n"
             "Population health\n- Deliver our health equity plan\n- Agree our approach "
             "to needs assessments\n- Modernise health protection\n")
    assert "Develop our anchor workplan" in outcome_titles(plain)


def test_two_sentences_each_introducing_part_of_a_heading_s_list():
    text = ("The plan sets out our vision and priorities for the city:\n"
            "Globally connected\nPromote the growth of a sustainable economy by:\n"
            "• supporting businesses to grow;\n• developing the city centre; and\n"
            "• raising the profile of the city.\n"
            "And ensure that residents share in the benefits by:\n"
            "• helping local people into jobs; and\n• reducing the impact of poverty.\n"
            "Locally committed\nImprove the quality of life for people by:\n"
            "• improving educational outcomes; and\n• making communities safer.\n"
            "Especially for our most vulnerable residents by:\n"
            "• reducing health inequalities.\n")
    assert shape(parse_priorities_text(text)) == [
        ("Globally connected", ["Supporting businesses to grow", "Developing the city centre",
                                "Raising the profile of the city",
                                "Helping local people into jobs",
                                "Reducing the impact of poverty"]),
        ("Locally committed", ["Improving educational outcomes", "Making communities safer",
                               "Reducing health inequalities"]),
    ]
    # copied without its bullets: "…; and" then the last item ends each list
    bare = text.replace("• ", "")
    assert [theme.title for theme in parse_priorities_text(bare).themes] == [
        "Globally connected", "Locally committed"]
    # on a page without headings, a list whose sentence states no aim is left out
    flat = ("The plan pledged that:\n• the borough would be clean;\n• people would be safe; "
            "and\n• residents would be proud.\nThe council's new approach would be to work "
            "together by:\n• supporting its community;\n• leading by example.\n")
    assert outcome_titles(flat) == ["The borough would be clean", "People would be safe",
                                    "Residents would be proud"]


def test_a_sentence_that_counts_and_names_the_priorities_beats_headings_over_prose():
    text = ("Our strategic ambitions\n\nOur ambitions sit under four headings; Caring for our "
            "patients, Supporting our people, Collaborating with our partners and Enhancing "
            "our performance.\n\nPlease click on the image below to view a larger version.\n\n"
            "Risk Appetite\nPlease see below for our Risk Appetite Statement.\n")
    assert outcome_titles(text) == ["Caring for our patients", "Supporting our people",
                                    "Collaborating with our partners",
                                    "Enhancing our performance"]
    # "two headings" inside a paragraph does not count the list after it
    plain = ("Our commitments:\n\nThe drivers are shaped by two headings: what we do well; "
             "and what we will do better. We therefore commit ourselves to:\n\n"
             "Offering a transformative education\nProducing impactful research\n"
             "Investing in the future\n")
    assert len(outcome_titles(plain)) == 3


def test_aims_named_in_a_sentence_as_to_phrases_are_parted_at_each_to():
    text = ("About us\n\nKarbon Homes builds and looks after affordable homes.\n\n"
            "Since 2017, we have focused on delivering our three strategic aims - to provide "
            "as many good quality homes as we can, to deliver excellent service to our "
            "customers, and to shape strong, sustainable places for our communities.\n\n"
            "Our footprint covers the North East of England and Yorkshire.\n")
    assert outcome_titles(text) == ["Provide as many good quality homes as we can",
                                    "Deliver excellent service to our customers",
                                    "Shape strong, sustainable places for our communities"]


def test_contents_entries_run_into_one_line_are_the_entries_under_the_one_before():
    text = ("Strategic Plan Consultation Document\nPurpose 1\n"
            "Introduction from the Vice-Chancellor 2\nProposed Vision 3\nOur Focus 4\n"
            "Civic Contribution 5Academic Excellence 6Global Vision 7Operational Excellence 8\n"
            "Conclusion 9\nContents\nUlster University Strategic Plan Consultation Document\n"
            "This consultation document is a prelude to the Strategic Plan which will be "
            "published in June.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Civic Contribution", "Academic Excellence",
                                      "Global Vision", "Operational Excellence"]
    # short lines straight after a list's items follow the list: not a list in its last item
    assert not {"Conclusion", "Contents"} & set(all_titles(result))


def test_a_title_with_its_subtitle_after_a_dash_is_not_a_named_priority():
    text = ('A lighthouse on a cliff, representing us as "The Lighthouse of the Circular '
            'Economy"\n\nUsing products and resources responsibly - our corporate plan '
            "(2019-23)\n\nGlobal emissions are destroying our planet - if we carry on as we "
            "are, it's set to get worse.\n\nOur strategic outcomes\n\nWe will focus on where "
            "we can have the greatest impact. This includes:\n\n  • Responsible Consumption – "
            "where people demand products in ways which respect our natural resources.\n"
            "  • Responsible Production – where businesses embrace a circular economy;\n"
            "  • Maximising Value from Waste – where wasted resources are harnessed.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Responsible Consumption", "Responsible Production",
                                      "Maximising Value from Waste"]
    assert any("caption" in warning and "lighthouse" in warning for warning in result.warnings)
    # "Name – what it means" paragraphs from the first line are still priorities
    plain = ("Local jobs – we buy from local firms.\nGreener places – we cut carbon.\n"
             "Healthy lives – we support people to be active.\n")
    assert outcome_titles(plain) == ["Local jobs", "Greener places", "Healthy lives"]


def test_a_pdf_page_copied_as_one_line_keeps_its_bullets_inside_it():
    text = ("College Strategic Plan - 2022 - 2025\n\nAnchor Institution Building upon our role "
            "as an anchor institution. To achieve this goal, we will: • contribute fully to the "
            "recovery plans of local authorities and other partners. • continue to work with "
            "stakeholders to meet local skills needs. Parkside Regeneration Kirkby Town Centre "
            "10 College Strategic Plan 2022 - 2025 • work with our partners to share "
            "intelligence. We will work with local authorities with a shared sense of "
            "accountability.\n")
    assert outcome_titles(text) == [
        "Contribute fully to the recovery plans of local authorities and other partners",
        "Continue to work with stakeholders to meet local skills needs",
        "Work with our partners to share intelligence"]
    # one bullet inside a line is a separator, not a list
    assert _inline_bullets(["Home • Council plan"]) == ["Home • Council plan"]


def test_word_s_symbol_bullets_inside_one_line_start_a_line_each():
    text = ("Update for the Police and Crime Panel\n\nIntroduction\n\n"
            "This is my report to the Panel for the period to May.\n\n"
            "I have decided to prioritise the main areas of threat, risk and harm. Namely:\n\n"
            "\uf0b7 Domestic Abuse \uf0b7 Modern Slavery \uf0b7 Sexual Abuse "
            "\uf0b7 Organised Crime\n\n"
            "In addition to these priorities, a visible police service remains important.\n")
    assert outcome_titles(text) == ["Domestic Abuse", "Modern Slavery", "Sexual Abuse",
                                    "Organised Crime"]


def test_an_unmarked_list_of_phrases_ends_at_its_full_stop():
    text = ("Our pillars of change\n\nOur pillars of change are driven by national "
            "standards and the need to be financially sustainable.\n"
            "They are:\nQuality and Safety\nPatients\nPeople\nSustainability\n"
            "Centre of research excellence.\nOur values\nEverything we do is underpinned by "
            "our values.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result)[-1] == "Centre of research excellence"
    assert "Our values" not in all_titles(result)
    # "They are" starts a sentence: it names neither the document nor its priorities
    assert "They are" not in (result.name, result.themes[0].title)


def test_numbered_aims_each_with_our_priorities_are_to_and_links_to_strategies():
    text = ("Council Plan 2020-2022\nWe set out our aims and priorities for the next two "
            "years.\nThe people and the place - delivering for everyone\n"
            "1. Good homes in well-connected neighbourhoods\nOur priorities are to:\n"
            "- build more and better homes for local residents\n"
            "- invest in and improve our council homes\nView our key strategies:\n"
            "- Housing and Growth Strategy 2020 to 2030 (PDF, 2804.29 KB)\n- Local Plan\n"
            "2. Safe, healthy and confident communities\nOur priorities are to:\n"
            "- keep communities free from crime\n- create healthy streets and parks\n"
            "View our key strategies:\n- Hate Crime Strategy 2018 to 2021 (PDF, 860.23 KB)\n"
            "- Health and Wellbeing Strategy\n3. An economy that works for everyone\n"
            "Our priorities are to:\n- create more high-quality employment\n"
            "- enhance skills and connect local people to opportunities\n")
    assert shape(parse_priorities_text(text)) == [
        ("Good homes in well-connected neighbourhoods",
         ["Build more and better homes for local residents",
          "Invest in and improve our council homes"]),
        ("Safe, healthy and confident communities",
         ["Keep communities free from crime", "Create healthy streets and parks"]),
        ("An economy that works for everyone",
         ["Create more high-quality employment",
          "Enhance skills and connect local people to opportunities"]),
    ]


def test_minutes_with_two_kinds_of_bullet_and_four_announced_priorities():
    text = ("Agenda item\nLeader of the Council - Priorities 2025/26\nMinutes:\n"
            "Councillor Pattison explained that:\n"
            "·       The vision, eight shared outcomes, and four partnership strategies "
            "remained the same.\n"
            "·       Delivery of the four priorities set out in the Council Plan would help "
            "to achieve this vision:\n"
            "-       Getting the basics right\n-       Protecting the vulnerable\n"
            "-       Thriving people and communities\n-       Local economic growth\n"
            "·       Recent progress and achievements under each priority were "
            "highlighted.\n"
            "·       The next steps include building on successes and focusing more on "
            "customers.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Getting the basics right", "Protecting the vulnerable",
                                      "Thriving people and communities",
                                      "Local economic growth"]
    # the kind of bullet the text starts with holds the other, wherever either comes
    from svbidder.core.priorities.importing.pasted import _lines_from_text
    lines, _ = _lines_from_text("· one:\n- two\n· three\n- four")
    assert [line.sig for line in lines] == [("bullet", 0, 0), ("bullet", 0, 1),
                                            ("bullet", 0, 0), ("bullet", 0, 1)]
    # a list that mixes its bullets without a lead-in item between them is one list
    lines, _ = _lines_from_text("- one\n- two\n* three")
    assert len({line.sig for line in lines}) == 1


def test_one_list_under_the_document_s_own_dated_name_is_one_level():
    text = ("# Corporate Plan 2021-2023\n\nThis plan sets out our well-being objectives.\n\n"
            "- To improve the well-being of children and young people\n"
            "- To improve the well-being of all adults\n"
            "- To develop the local economy and environment\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Corporate Plan 2021-2023"]
    assert len(result.themes[0].outcomes) == 3
    assert any(warning.startswith(SINGLE_LEVEL_NOTE) for warning in result.warnings)
    # two themes under the document's name stay two themes
    themed = ("# Corporate Plan 2021-2023\n\n## Jobs\n\n- Good jobs\n- Local spending\n\n"
              "## Homes\n\n- More homes\n- Warmer homes\n")
    result = parse_priorities_text(themed)
    assert [theme.title for theme in result.themes] == ["Jobs", "Homes"]
    assert not any(warning.startswith(SINGLE_LEVEL_NOTE) for warning in result.warnings)


def test_publications_named_with_a_dash_are_not_named_priorities():
    text = ("We want to build sustainable and resilient communities.\n"
            "We set objectives and targets, taking account of the things that matter.\n"
            "Most recent Publication:\n"
            "Well-being Objectives and Statement – Annual Report 2017/18\n"
            "The annual report helps you to understand how the Council performed in "
            "2017/18. A summary version of the report is also available.\n"
            "Well-being Objectives and Statement – Annual Report 2017/18\n"
            "Well-being Objectives and Statement – Annual Report 2017/18 – summary\n"
            "Corporate Plan 2017 -2022 including Well-being Objectives and Statement\n"
            "The plan sets five priority goals. The five goals are:\n"
            "• best possible start in life;\n• thriving and connected communities;\n"
            "• natural and built environment;\n")  # (the page shows three of the five)
    result = parse_priorities_text(text)
    assert len(result.themes) == 1
    assert outcome_titles(result)[:2] == ["Best possible start in life",
                                          "Thriving and connected communities"]
    assert not any("Well-being Objectives" in title for title in all_titles(result))


def test_a_sentence_after_a_word_table_does_not_single_out_its_last_row(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Our key objectives", 1)
    document.add_paragraph("We have primary objectives that aim to enhance the lives of "
                           "residents:")
    rows = [("Healthier lives", "prioritising healthcare improvements"),
            ("Better transport", "enhancing transport infrastructure"),
            ("Skills for success", "aligning training with regional needs")]
    table = document.add_table(rows=len(rows), cols=2)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("Our Corporate Plan sets out how we will achieve these objectives.")
    path = tmp_path / "objectives.docx"
    document.save(path)
    titles = all_titles(parse_priorities_file(path))
    assert {"Healthier lives", "Better transport", "Skills for success"} <= set(titles)


def test_an_objective_over_a_word_heading_priorities_names_its_list(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Corporate Objectives 2025 – 26", 2)
    for objective, items in (
            ("We will work collaboratively with partners to improve health.",
             ("Greater collaboration with partners", "More integrated services")),
            ("We will reform the way we deliver health and care services.",
             ("Reduced reliance on hospital-based care", "Investment in digital technology"))):
        document.add_paragraph(objective)
        document.add_heading("Priorities", 2)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    path = tmp_path / "objectives.docx"
    document.save(path)
    assert shape(parse_priorities_file(path)) == [
        ("We will work collaboratively with partners to improve health",
         ["Greater collaboration with partners", "More integrated services"]),
        ("We will reform the way we deliver health and care services",
         ["Reduced reliance on hospital-based care", "Investment in digital technology"])]


def test_a_heading_that_counts_the_headings_after_it_introduces_them():
    text = ("# Our Anchor Charter\n\n## These statements of intent are reflected within five "
            "key thematic areas\n\n## Widening Access to Quality Work\n\nSupporting people "
            "into work.\n\n## Purchasing for Social Value\n\nSpending more locally.\n\n"
            "## Reducing Environmental Impact\n\nAdopting sustainable practices.\n")
    titles = all_titles(parse_priorities_text(text))
    assert "Widening Access to Quality Work" in titles
    assert not any(title.startswith("These statements") for title in titles)


def test_priorities_named_after_will_focus_on_parted_by_semicolons():
    text = ("Council launches Corporate Plan 2021-2023\n"
            "The Council has published its second Corporate Plan.\n"
            "The Chairperson said we will deliver on the eight Strategic Priorities detailed "
            "in the Corporate Plan.\n"
            "“These priorities will focus on investment; health and wellbeing; protection and "
            "promotion of our environment; sustainable tourism; inclusive engagement; "
            "revitalisation of our city, towns, villages and rural communities; provision of "
            "high quality integrated services and advocacy for the benefit of all people in "
            "the district.”\n")
    titles = outcome_titles(text)
    assert titles[0] == "Investment" and len(titles) == 8
    assert "Revitalisation of our city, towns, villages and rural communities" in titles


def test_a_contents_page_copied_as_one_line_with_a_label_before_each_entry():
    text = ("Annual Report on Meeting Well-being Objectives 2018/19\nTotal Page:16\n"
            "File Type:pdf, Size:1020Kb\n"
            "Annual Report 2018/19 Summer 43,018 15 Rangers web walks Contents Introduction 3 "
            "Well-being Objective – Prosperity 7 Well-being Objective – Resilience 18 "
            "Well-being Objective – Health and Well-being 25 Well-being Objective – Equality "
            "31 Governance and Financial Sustainability 56 Appendix 60 Introduction This is "
            "the Authority's report on meeting its well-being objectives.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Prosperity", "Resilience", "Health and Well-being",
                                      "Equality"]
    assert not any("File Type" in title for title in all_titles(result))


def test_named_paragraphs_a_colon_introduces_beat_section_headings_before_them():
    text = ("Sustainable development\nMeeting the needs of future generations\n\n"
            "Our transport system connects people to one another and binds communities.\n\n"
            "\nWell-being of Future Generations (Wales) Act 2015 \n\n"
            "Our approach to sustainable development is guided by the Act and its goals.\n\n"
            "This is how we'll deliver the seven well-being goals:\n\n\nA prosperous Wales\n\n"
            "We'll stimulate economic activity and promote a low carbon economy.\n\n\n"
            "A resilient Wales \n\nWe'll strengthen resilience and adapt to the changing "
            "climate.\n\n\nA healthier Wales\n\nWe'll promote a healthy and safe transport "
            "network for all.\n")
    assert outcome_titles(text) == ["A prosperous Wales", "A resilient Wales",
                                    "A healthier Wales"]


def test_a_sentence_under_a_word_list_item_introduces_its_own_list(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Council Plan 2020-2022", 1)
    for aim, items in (("Good homes in well-connected neighbourhoods",
                        ("build more and better homes", "invest in our council homes")),
                       ("Safe, healthy and confident communities",
                        ("keep communities free from crime", "create healthy streets"))):
        document.add_paragraph(aim, style="List Number")
        document.add_paragraph("Our priorities are to:")
        for item in items:
            document.add_paragraph(item, style="List Bullet 2")
    path = tmp_path / "aims.docx"
    document.save(path)
    assert shape(parse_priorities_file(path)) == [
        ("Good homes in well-connected neighbourhoods",
         ["Build more and better homes", "Invest in our council homes"]),
        ("Safe, healthy and confident communities",
         ["Keep communities free from crime", "Create healthy streets"])]


def test_short_titled_lines_after_a_paragraph_that_speaks_of_the_priorities():
    text = ("ANNUAL REPORT 2016-2017\nINTRODUCTION During my first year my aim has been to "
            "reinforce foundations. My plan sets out the key strategic priorities and goals "
            "for the next four years.\nChampion community needs\nStrengthen partnerships\n"
            "Reduce offending\nEnable effective and efficient operational policing\n"
            "My vision is that the county is amongst the safest places to live, work and "
            "visit.\n")
    assert outcome_titles(text) == ["Champion community needs", "Strengthen partnerships",
                                    "Reduce offending",
                                    "Enable effective and efficient operational policing"]
    # the same lines after a paragraph about something else stay as they are
    other = text.replace("the key strategic priorities and goals", "what we did")
    assert "Reduce offending" not in outcome_titles(other)


def test_a_contents_page_with_dot_leaders_copied_as_one_line():
    leader = "." * 40
    text = (f"Delivery Plan 2019/20 Table of contents Chief Executive's Foreword {leader} 2 "
            f"Our Context {leader} 4 Our Delivery Commitments {leader} 18 "
            f"Strategic priority 1: Fairer and healthier policy{leader} 18 "
            f"Strategic priority 2: Children, young people and families {leader} 25 "
            f"Strategic priority 3: A fair and inclusive economy {leader} 29 "
            f"Appendix A: Workforce Planning Assumptions {leader} 50\n")
    assert outcome_titles(text) == ["Fairer and healthier policy",
                                    "Children, young people and families",
                                    "A fair and inclusive economy"]


def test_numbered_labels_run_together_with_page_numbers_before_them():
    text = ("STRATEGIC PLAN 2009-14 CONTENTS 02 Foreword by Chair of Council 03 Vice-"
            "Chancellor's Foreword 26 Key Strategic Themes And Policy Challenges "
            "28 Strategic theme 1 – Develop our International Reputation for Research, "
            "Teaching and Collaborative links with Industry 32 Strategic theme 2 – Be One of "
            "the UK's Top 30 Research-led Universities 36 Strategic theme 3 – Equip our "
            "Students for Personal and Professional Achievement 40 Strategic enabler 1 – "
            "Financial Sustainability\n")
    titles = all_titles(parse_priorities_text(text))
    assert "Be One of the UK's Top 30 Research-led Universities" in titles
    assert "Equip our Students for Personal and Professional Achievement" in titles
    assert ("Develop our International Reputation for Research, Teaching and Collaborative "
            "links with Industry") in titles


def test_labels_with_colons_run_together_in_a_document_site_s_copy():
    text = ('Programme for Government building a better future\n\nSize: px\n'
            'Start display at page:\n\nDownload "Programme for Government 2011-15"\n\n'
            "Transcription\n\n1 Programme for Government\n\n"
            "3 Contents Foreword Introduction PRIORITY 1: Growing a Sustainable Economy and "
            "Investing in the Future PRIORITY 2: Creating Opportunities, Tackling "
            "Disadvantage and Improving Health and Well-Being PRIORITY 3: Building a Strong "
            "and Shared Community PRIORITY 4: Delivering High Quality and Efficient Public "
            "Services ANNEX 1: Programme Arrangements ANNEX 2: Budget\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert "Growing a Sustainable Economy and Investing in the Future" in titles
    assert "Delivering High Quality and Efficient Public Services" in titles
    assert not {"Size: px", "Transcription"} & set(titles)


def test_a_committee_page_s_title_and_meeting_line_are_not_priorities():
    text = ("Issue - meetings\n\nAnnual Report - Achievement Against Priorities\n\n"
            "Meeting: 07/07/2011 - Overview and Scrutiny Committee (Item 92)\n\n"
            "Members were reminded that the Council had adopted the following priorities in "
            "the Council Plan 2009-13.\n\n·        Aim 1: To meet housing needs\n\n"
            "·        Aim 2 :To create the conditions for economic success\n\n"
            "·        Aim 3: To have safe and clean communities\n\n"
            "The report then gave details of the challenges for 2011/12.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["To meet housing needs",
                                      "To create the conditions for economic success",
                                      "To have safe and clean communities"]
    assert not {"Annual Report", "Meeting"} & set(all_titles(result))


def test_a_sentence_counting_more_than_the_page_shows_does_not_name_its_theme():
    text = ("Our Vision\n\nThe Big 3: Respond | Develop | Collaborate\n\n"
            "  • Respond: We will respond to patient needs\n"
            "  • Develop: We will develop our organisation\n"
            "  • Collaborate: We will collaborate with partners\n\nOur Ambitions\n\n"
            "The strategy sets out five strategic ambitions:\n\n"
            "  • We will deliver outstanding patient care\n"
            "  • We will be an attractive employer of choice\n")
    titles = [theme.title for theme in parse_priorities_text(text).themes]
    assert not any(title.startswith("The strategy sets out") for title in titles)


def test_a_language_link_and_a_heading_ending_in_a_dash():
    text = ("  • Cymraeg\n  • Skip to Content\n\nCommunity Benefits\n\nWe are committed to "
            "promoting sustainable development through our policies.\n\n"
            "Key Priorities for Potential Community Benefits -\n\n"
            "  • Training and employment: Promote skills & labour, offer apprenticeships.\n"
            "  • Supply Chain initiatives: Supplier engagement, second tier supply chain "
            "opportunities.\n"
            "  • Community Initiatives: Volunteering days, support for local youth groups.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == [
        "Key Priorities for Potential Community Benefits"]
    assert outcome_titles(result) == ["Training and employment", "Supply Chain initiatives",
                                      "Community Initiatives"]


def test_counted_names_that_contain_and_in_a_sentence():
    sentence = ("It was explained that the new plan prioritised four key themes; Climate Change "
                "and Environment, Housing and Community, Economy and Regeneration, and Improved "
                "Council. Consultation followed in 2020.\n")
    assert outcome_titles("Executive minutes\n\n" + sentence) == [
        "Climate Change and Environment", "Housing and Community",
        "Economy and Regeneration", "Improved Council"]
    # "… Where we live and Our Community, and can be found online": the last part holds two
    news = ("Corporate Plan launched\n\nThe plan outlines targets under five clear themes; "
            "Leading Well, Our Economy, Health and Wellbeing, Where we live and Our Community, "
            "and can be found online.\n")
    assert outcome_titles(news)[-2:] == ["Where we live", "Our Community"]


def test_wrapped_paragraphs_end_where_their_last_line_is_short():
    text = textwrap.fill("Six key principles form the basis of the charter, drawn up following "
                         "consultation with the business community, and the six main "
                         "principles are:", 80) + "\n"
    for name, meaning in (
            ("Local employment", "signatories will provide employment and training "
             "opportunities for local people, especially where unemployment is high"),
            ("Buy Birmingham First", "signatories will be asked to endorse the principle "
             "throughout their supply chains and in all of their contracts"),
            ("Good employer", "supporting staff development and welfare, adopting the "
             "Living Wage within their organisation and their suppliers"),
            ("Green and sustainable", "committing to protecting the environment, minimising "
             "waste and energy consumption, while using other resources efficiently")):
        text += textwrap.fill(f"{name} - {meaning}", 80) + "\n"
    text += textwrap.fill("The Leader of the council said: the council's controllable budget "
                          "exceeds one billion pounds, so it is absolutely crucial we make "
                          "that money work as hard as possible for the economic, social and "
                          "environmental benefit of the city's citizens.", 80) + "\n"
    assert outcome_titles(text) == ["Local employment", "Buy Birmingham First",
                                    "Good employer", "Green and sustainable"]
    # a line near the width that ends on "and" carries on, though the next word would fit
    from svbidder.core.priorities.importing.pasted import _breaks_at
    line = "outcomes: High-quality learning and teaching; World-leading research; and"
    assert _breaks_at(line, "Greater innovation in the economy.", 85)
    assert not _breaks_at(line.replace("; and", "."), "Greater innovation.", 85)
    assert not _breaks_at("Good employer - supporting staff", "Green and sustainable", 85)


def test_lines_set_in_under_a_heading_are_a_list_whose_bullets_were_dropped():
    text = ("Our Well-being Objectives\nBest Start to Life\n"
            "  Children get the best start to life\n"
            "  Children and young people are equipped with the skills they need\n"
            "Working Life\n  Developing the workforce of the future\n"
            "  Developing the environment for business to flourish\n"
            "Living Well\n  Developing safer communities\n  People live independently\n"
            "Read our Statement of Well-being\n")
    assert shape(parse_priorities_text(text)) == [
        ("Best Start to Life", ["Children get the best start to life",
                                "Children and young people are equipped with the skills they "
                                "need"]),
        ("Working Life", ["Developing the workforce of the future",
                          "Developing the environment for business to flourish"]),
        ("Living Well", ["Developing safer communities", "People live independently"])]


def test_groups_set_in_as_far_as_the_list_above_are_more_of_its_items():
    # An ambulance trust's page copied without its bullets: the items kept their indent,
    # in groups the page spaced apart; the later groups, with no lead-in of their own,
    # carry on the list after "Our priorities:".
    text = ("Our strategy\n\nOur vision is to be the best ambulance service in the UK.\n\n"
            "Our priorities:\n\n"
            "  Provide patients with the right response, first time\n"
            "  Answer calls as quickly as possible, by achieving the national standards\n\n\n"
            "  Provide the right care to more patients over the telephone where appropriate\n"
            "  Reduce the number of patients taken to Emergency Departments by treating "
            "them on scene or transporting them to a more suitable healthcare provider\n"
            "  Support the introduction of 111 Online and direct booking of appointments\n\n"
            "Read the full strategy.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Provide patients with the right response, first time",
        "Answer calls as quickly as possible, by achieving the national standards",
        "Provide the right care to more patients over the telephone where appropriate",
        "Reduce the number of patients taken to Emergency Departments by treating them on "
        "scene or transporting them to a more suitable healthcare provider",
        "Support the introduction of 111 Online and direct booking of appointments"]


def test_a_run_after_the_same_lead_in_as_the_others_is_a_list_though_it_looks_wrapped():
    # Each theme's "This means:" is over lines whose bullets the copy dropped. One run
    # ends a line on "in" and goes on in small letters, as a wrapped paragraph does; the
    # same lead-in over lists elsewhere shows it is a list too.
    text = ("Our priorities\n\n"
            "People – a borough where people of all ages are proud to work and play.\n\n"
            "This means:\n\n"
            "high quality, consistent and accessible public services\n"
            "communities are empowered to make choices and be safer\n\n"
            "Place – a heritage-rich borough which is ambitious for its future.\n\n"
            "This means:\n\n"
            "roads, houses and public spaces that connect people and places\n"
            "clean environments that everyone has reason to take pride in\n"
            "fewer public buildings with better services\n\n"
            "Prosperity – a borough which enables everyone to achieve their aspirations.\n\n"
            "This means:\n\n"
            "attractive opportunities for businesses and investors\n"
            "vocational and academic education, skills and job opportunities for all\n")
    assert shape(parse_priorities_text(text)) == [
        ("People", ["High quality, consistent and accessible public services",
                    "Communities are empowered to make choices and be safer"]),
        ("Place", ["Roads, houses and public spaces that connect people and places",
                   "Clean environments that everyone has reason to take pride in",
                   "Fewer public buildings with better services"]),
        ("Prosperity", ["Attractive opportunities for businesses and investors",
                        "Vocational and academic education, skills and job opportunities "
                        "for all"])]


_COLLEGE_AIMS = (
    "SECTION 4\nAims and Objectives\n8\n"
    "To create a world class new College for Glasgow, in a world\n"
    "class estate which will form part of a prestigious Learning\n"
    "Quarter by supporting the development of a more dynamic,\n"
    "entrepreneurial and internationally competitive Scotland\n"
    "with high levels of skills, employability, innovation, enterprise,\n"
    "productivity and competitiveness;\n"
    "To build upon the unique strengths of our current colleges\n"
    "and create high quality national and international Centres\n"
    "of Excellence with specialist facilities covering such areas as\n"
    "Creative Industries, Maritime Studies, Computing and Internet\n"
    "Technologies and Built Environment, and become a recognised\n"
    "provider of international standing for high quality learning and\n"
    "teaching and willing to disseminate best practice;\n"
    "To provide an empowering student experience by placing\n"
    "equal value on vocational, academic and work-based curricula\n"
    "and developing comprehensive access routes for participation,\n"
    "achievement and progression;\n"
    "To transform the quality of Further Education, and be\n"
    "a leading centre for further education and skills training\n"
    "for 1 in 10 of Scottish College Students.\n"
    "Our aims are: Aims and\nObjectives\n")


def test_a_wrapped_paragraph_s_short_line_before_small_letters_is_carried_on():
    # A PDF set in proportional type: "… competitive Scotland" stops well short of the
    # width, but inside a paragraph already carried on, before a line in small letters,
    # it is still that paragraph's line, not a line of its own.
    joined = _unwrap(_COLLEGE_AIMS.split("\n"))
    aims = [line for line in joined if line.startswith("To ")]
    assert len(aims) == 4
    assert aims[0].endswith("with high levels of skills, employability, innovation, "
                            "enterprise, productivity and competitiveness;")


def test_long_aims_opening_alike_and_parted_by_semicolons_are_a_list():
    # The college's four aims, each over 40 words once unwrapped, each opening "To …"
    # and ending with a semicolon as a list's parts do: the list, with no marks.
    titles = outcome_titles(parse_priorities_text(_COLLEGE_AIMS))
    assert [title.split(",")[0] for title in titles] == [
        "To create a world class new College for Glasgow",
        "To build upon the unique strengths of our current colleges and create high "
        "quality national and international Centres of Excellence with specialist "
        "facilities covering such areas as Creative Industries",
        "To provide an empowering student experience by placing equal value on vocational",
        "To transform the quality of Further Education"]


def test_named_paragraphs_each_with_a_link_line_and_a_paste_cut_after_the_last_name():
    # a web page's cards: name, what it means, a link to its page; the copy stops short
    text = ("Our plan for recovery\n\nOur priorities are\n\n"
            "Respond to the climate emergency\n\n"
            "Lead on helping the county respond to the climate and ecological emergency, and "
            "work to protect and improve our natural environment\n\nMaking the county greener\n\n"
            "Be ambitious for children and young people\n\n"
            "Work together to ensure all children are safe, healthy and can thrive with "
            "opportunities to fulfil their potential\n\nFind out more\n\n"
            "Support sustainable economic recovery\n")
    assert outcome_titles(text) == ["Respond to the climate emergency",
                                    "Be ambitious for children and young people",
                                    "Support sustainable economic recovery"]
    # a line with figures in it is not a card's link ("ISBN 978-1-906071-90-5")
    numbered = text.replace("Find out more", "ISBN 978-1-906071-90-5")
    assert "ISBN 978-1-906071-90-5" not in [
        w.split("“")[-1].rstrip("”.") for w in parse_priorities_text(numbered).warnings
        if "link to the priority" in w]


def test_names_after_which_are_when_the_words_before_count_them():
    text = ("Our strategic objectives have been agreed by our Board.\n\n"
            "Our objectives are focused to support the delivery of our four ‘P’s which are "
            "Patients, People, Performance and Partnerships.\n\n"
            "They will support us by ensuring we remain a hospital that is run well.\n")
    assert outcome_titles(text) == ["Patients", "People", "Performance", "Partnerships"]
    # the count must match: three counted, four named, is not a list of priorities
    wrong = text.replace("four ‘P’s", "three ‘P’s")
    assert outcome_titles(wrong) == []


def test_a_blogs_comment_form_is_debris():
    from svbidder.core.priorities.importing.furniture import debris_reason

    for line in ("Leave a Reply", "Leave a comment", "Cancel reply"):
        assert debris_reason(line), line
    assert not debris_reason("Leave a lasting legacy for local people")


def test_an_item_of_minutes_that_names_the_ambitions_gives_them_and_not_its_neighbours():
    text = ("Draft Corporate Plan\nMinutes:\nMembers received a presentation which detailed "
            "the following:\n·       The background and decision to date\n"
            "·       The development and approval process\n"
            "·       The Council's proposed ambitions – people and communities will have high "
            "aspirations; the opportunity to enjoy life to the full; thriving environments and "
            "good value Council services\n·       The next steps for forming the Plan.\n"
            "Members were invited to ask questions.\n")
    assert outcome_titles(text) == ["People and communities will have high aspirations",
                                    "The opportunity to enjoy life to the full",
                                    "Thriving environments", "Good value Council services"]


def test_long_sentences_after_a_lead_in_that_describes_are_not_a_list():
    vision = ("County Council Vision and Priorities\nBy 2017, we want the County Council to be:\n"
              "A lean, focused and motivated organisation, providing strategic leadership for "
              "the county.\nThrough strong financial management, innovation and local "
              "leadership, we provide or enable good-quality services for local people.\n"
              "All staff are empowered to take responsibility for the effective and efficient "
              "delivery of the Council's priorities.\n"
              "• Raise educational attainment and skill levels\n• Empower local communities\n"
              "• Maintain roads and develop the county's infrastructure\n")
    assert outcome_titles(vision) == ["Raise educational attainment and skill levels",
                                      "Empower local communities",
                                      "Maintain roads and develop the county's infrastructure"]
    # after a lead-in that names objectives, whole sentences are the objectives
    named = ("Prevention plan\nOur plan supports the following strategic objectives:\n"
             "We will understand our community and the risks they face.\n"
             "We will help our communities and businesses to stay safe.\n"
             "We will deliver activities to prevent fires and other emergency incidents.\n")
    assert len(outcome_titles(named)) == 3


def test_the_last_lower_case_item_after_a_lead_in_keeps_its_full_stop():
    text = ("Our procurement strategy\nThese arrangements will:\n"
            "procure flexible works, services and quality goods that meet local needs\n"
            "ensure a consistent approach to procurement\n"
            "maintain, strengthen, and develop strong relationships with suppliers who are "
            "managed in full transparency and understanding of the risks involved.\n"
            "The procurement strategy sets out how these aims will be achieved.\n")
    titles = outcome_titles(text)
    assert titles[1] == "Ensure a consistent approach to procurement"
    assert len(titles) == 3 and titles[2].startswith("Maintain, strengthen")


def test_a_guides_navigation_a_header_image_and_a_paragraph_before_the_counted_list():
    text = ("Skip to main content\n\nCorporate Plan 2022-2026\n\nShow all parts of this guide\n\n"
            "3. 2 - Delivering our strategic priorities\n\nCorporate plan header image\n\n"
            "Our five strategic priorities\n\nThese enable us to focus on issues that are "
            "important to the city and its communities.\n\n  1. Prosperous local economy\n"
            "  2. Healthy and active city\n  3. Great neighbourhoods\n  4. Net zero carbon city\n"
            "  5. Thriving culture and heritage\n\nFor each priority we set out the challenges "
            "we face.\n")
    assert outcome_titles(text) == ["Prosperous local economy", "Healthy and active city",
                                    "Great neighbourhoods", "Net zero carbon city",
                                    "Thriving culture and heritage"]
    from svbidder.core.priorities.importing.furniture import debris_reason

    assert debris_reason("Show all parts of this guide")
    assert debris_reason("Corporate plan header image")
    assert not debris_reason("A cover image of the city at night shows our ambition.")


def test_an_unmarked_list_whose_first_item_leads_into_word_o_bullets():
    text = ("Community Benefits Policy\nThis Policy applies to all areas of our procurement "
            "activity including;\nehealth\nProperty\nPharmacy\n2. Policy Statement\n"
            "The Community Benefits Policy will seek to:\n"
            "Support delivery of key NHS priorities:\n"
            "o the creation of apprenticeships, training and work experience for young people.\n"
            "o Increasing supply chain opportunities for SMEs\n"
            "o Increasing supply chain opportunities for social enterprises.\n"
            "Increase the Community Benefits outcomes generated through contracts\n"
            "Consider the inclusion of Community Benefits in all relevant procurement\n"
            "Expand the types of Community Benefits outcomes generated\n")
    themes = parse_priorities_text(text).themes
    assert themes[0].title.startswith("Support delivery of key NHS priorities")
    assert [o.title for o in themes[0].outcomes] == [
        "The creation of apprenticeships, training and work experience for young people",
        "Increasing supply chain opportunities for SMEs",
        "Increasing supply chain opportunities for social enterprises"]
    assert [t.title for t in themes[1:]] == [
        "Increase the Community Benefits outcomes generated through contracts",
        "Consider the inclusion of Community Benefits in all relevant procurement",
        "Expand the types of Community Benefits outcomes generated"]


def test_a_letter_o_in_lower_case_is_a_bullet_only_beside_one():
    from svbidder.core.priorities.importing.pasted import _lower_case_o_bullets

    lines = ["o the first point", "o Second point", "", "o dear, said nobody"]
    assert _lower_case_o_bullets(lines[:]) == ["\u25e6 the first point", "o Second point", "",
                                               "\u25e6 dear, said nobody"]
    assert _lower_case_o_bullets(["o dear me", "Nothing else"]) == ["o dear me", "Nothing else"]


def test_word_o_bullets_in_lower_case_alone_or_set_apart_are_a_list():
    # Word's "o" as the only bullet of a list: items starting in lower case, lone "o"
    # marks on their own lines, and an item starting with a figure.
    lower = ("Our vision is that by 2030:\n\nProsperous\n\n"
             "o we make the best of our economic assets\n"
             "o businesses are thriving and growing\n\nHealthy\n\n"
             "o our people enjoy good physical and mental wellbeing\n"
             "o they live healthy and active lives\n")
    assert shape(parse_priorities_text(lower)) == shape(parse_priorities_text(
        lower.replace("\no ", "\n• ")))
    assert "Businesses are thriving and growing" in str(shape(parse_priorities_text(lower)))
    apart = ("The plan has five priorities:\n\no\nStrengthening neighbourhood policing\n"
             "o\nPrevention of crime\no\nSupporting victims\n")
    assert outcome_titles(parse_priorities_text(apart)) == [
        "Strengthening neighbourhood policing", "Prevention of crime", "Supporting victims"]
    from svbidder.core.priorities.importing.pasted import _join_lone_bullets, _o_bullet_start
    assert _join_lone_bullets(["o", "Alone"]) == ["o", "Alone"]  # one "o" may be anything
    assert _o_bullet_start("o 2 October: the plan is published") == "upper"


def test_pairs_describing_the_vision_and_a_heading_after_them_naming_objectives():
    text = ("Skip to main content\n\nProcurement Strategy\n\nThe strategy we follow.\n\n"
            "The vision for the Procurement function at the University is to achieve "
            "excellence in procurement. We will view this from three different perspectives."
            "\n\nInternally: Procurement will be a key contributor to the University's aims.\n\n"
            "Externally: Procurement will be an ambassador with its supplier community.\n\n"
            "Amongst peers: Procurement will help develop the procurement profession.\n\n"
            "Strategic objectives for procurement\n\nThere are a number of building blocks "
            "that must be put in place to deliver the vision.\n\n  • a planned approach\n"
            "  • value for money\n  • contract management\n\neProcurement Strategy\n\n"
            "The eProcurement strategy is the direction for the use of the tools at the "
            "University.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["A planned approach", "Value for money",
                                      "Contract management"]


def test_minutes_resolution_with_the_counted_priorities_inside_its_first_point():
    text = ("Issue - meetings\n\nMeeting: 19/09/2024 - Council (Item 46)\n\n"
            "46 COUNCIL PLAN AND PRIORITIES 2024-2028\n\nThis report proposes a new Council "
            "Plan.\n\nAdditional documents:\n\nRESOLVED: That Council:\n\n(1)   Reviewed and "
            "approved the Council Plan with the four new Council Priorities as outlined below:"
            "\n\n·       Thriving Communities\n\n·       Accessible Services\n\n"
            "·       Responsible Growth\n\n·       Sustainability\n\n(2)   Delegated authority "
            "to the Managing Director to approve any minor amendments to wording.\n\n"
            "REASON FOR DECISIONS: The Council Plan is a key element of business planning.\n\n"
            "Audio recording – 3 hours 8 minutes 40 seconds\n\nThe Leader presented the report."
            "\n")
    assert outcome_titles(text) == ["Thriving Communities", "Accessible Services",
                                    "Responsible Growth", "Sustainability"]


def test_lists_under_a_draft_vision_and_under_values_are_not_priorities():
    text = ("Council Plan\n\nThis is our first Council Plan.\n\nOur draft Vision:\n\nWe will:\n\n"
            "  • Unlock the potential of our people and our place.\n"
            "  • Ensure our residents are engaged, better off and healthier.\n\n"
            "Our focus for the next four years:\n\n"
            "  • Listening to our residents to help shape our services.\n"
            "  • Putting health and wellbeing at the forefront of all that we do.\n"
            "  • Local economies that work for local people.\n\nOur values\n\n"
            "In everything we do we aim to:\n\n  • Be compassionate.\n  • Be innovative.\n"
            "  • Be ambitious.\n")
    assert outcome_titles(text) == ["Listening to our residents to help shape our services",
                                    "Putting health and wellbeing at the forefront of all that "
                                    "we do", "Local economies that work for local people"]


def test_a_label_alone_over_each_priority_is_not_a_running_header():
    text = ("Our Corporate Plan sets out how we will achieve our vision.\n\n"
            "Priority 1\n\nReducing health inequalities\n\nWe will work with people and "
            "partners to improve the health of all our residents.\n\nPriority 2\n\n"
            "Supporting people out of poverty\n\nWe will tackle the root causes of poverty."
            "\n\nPriority 3\n\nAddressing our climate crises\n\nWe will reduce our carbon "
            "footprint.\n")
    titles = all_titles(parse_priorities_text(text))
    for name in ("Reducing health inequalities", "Supporting people out of poverty",
                 "Addressing our climate crises"):
        assert name in titles


def test_a_lists_first_item_that_counts_the_themes_after_it():
    text = ("Corporate plan\n\nThe corporate plan is the council's key planning document.\n\n"
            "  • Our corporate plan is divided into four main themes.\n"
            "  • Better Lives covers happy, healthy and active people.\n"
            "  • Better Homes is focused on providing more good quality housing.\n"
            "  • Better Places means a cleaner and greener borough.\n"
            "  • Brighter Futures covers economic generation.\n"
            "  • The plan acknowledges the challenges presented by the pandemic.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Better Lives", "Better Homes", "Better Places",
                                      "Brighter Futures"]
    guidance = result.themes[0].outcomes[0].description
    assert guidance.startswith("Covers happy, healthy and active people")


def test_numbered_contents_entries_run_onto_one_line_start_lines_again():
    from svbidder.core.priorities.importing.pasted import _sections_run_together

    line = ("2.0 Developing Our Objectives 4 2.1 Setting Our Objectives 2.2 Consultation 5 "
            "2.3 What the Consultation told us 5")
    assert _sections_run_together([line, "Our plan has 2.5 times the budget."]) == [
        "2.0 Developing Our Objectives 4", "2.1 Setting Our Objectives", "2.2 Consultation 5",
        "2.3 What the Consultation told us 5", "Our plan has 2.5 times the budget."]
    # another chapter's number inside the text is not a new section
    assert _sections_run_together(["5.1 Grow jobs by 3.2 per cent"]) == [
        "5.1 Grow jobs by 3.2 per cent"]


def test_a_plans_form_fields_are_not_named_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Priority. PEOPLE. Supporting residents", 2)
    for outcome, programme, description in (
            ("Healthy and active communities", "Improving everyone's health.",
             "This programme will deliver interventions to empower our communities."),
            ("Resilient families", "Children's Services Improvement Plan",
             "To develop Children's Services to be a good service.")):
        document.add_heading(f"Outcome: {outcome}", 2)
        document.add_paragraph(f"Programme: {programme}")
        document.add_paragraph(f"Description: {description}")
        document.add_paragraph("Measures of success:")
        for measure in ("Excess weight in 4 to 5 year olds", "Number of new settings"):
            document.add_paragraph(measure, style="List Number")
    path = tmp_path / "plan.docx"
    document.save(path)
    titles = all_titles(parse_priorities_file(path))
    assert "Programme" not in titles and "Description" not in titles


def test_a_count_of_key_issues_announces_the_list():
    text = ("Our priorties\n\nThis year the CSP has agreed to focus on five key issues:\n\n"
            "• Domestic abuse\n• Road safety\n• Violent Crime\n• Anti-social behaviour\n"
            "• Substance misuse\n\nAdditionally the assessment has identified two subsidiary "
            "priorities:\n\n• Repeat offending\n• Safer socialising\n")
    titles = outcome_titles(text)
    assert titles[:5] == ["Domestic abuse", "Road safety", "Violent Crime",
                          "Anti-social behaviour", "Substance misuse"]


def test_minutes_naming_quoted_themes_and_a_list_of_decisions():
    text = ("Issue - meetings\n\nSocial Value Impact Report\n\n"
            "The Cabinet Member advised that commitments had been received which supported "
            "one or more of the five main social value themes of \u201cInvestment in Local "
            "People\u201d, \u201cInvestment in Local Economy\u201d, \u201cEnvironmental "
            "Sustainability\u201d, \u201cCommunity Participation and Engagement\u201d and "
            "\u201cPeople, Independence and Resilience\u201d.  A further 29 strategies had "
            "been endorsed since the launch.\n\nCabinet resolved to:\n\n(i)  Note the positive "
            "impact of the revised policy;\n\n(ii)  Note the intention to apply for London "
            "Living Wage accreditation; and\n")
    assert outcome_titles(text) == ["Investment in Local People", "Investment in Local Economy",
                                    "Environmental Sustainability",
                                    "Community Participation and Engagement",
                                    "People, Independence and Resilience"]


def test_a_meeting_s_agenda_after_the_priorities_is_not_a_list_of_them():
    text = ("View Council Agenda\n\nDate:\nTuesday 25 September 2018\n"
            "Council Priorities:\n\nBuild the Local Economy\n\n"
            "  \u2022 Improve the level of skills within our communities\n"
            "  \u2022 Invest in our key infrastructure\n\n"
            "Be an inclusive Council\n\n  \u2022 Increase equality of opportunity\n"
            "  \u2022 Empower our communities to make the most of their assets\n\n"
            "PUBLIC\n1. SEDERUNT AND APOLOGIES\n2. DECLARATIONS OF INTEREST\n"
            "3. MINUTE OF MEETING OF 26 JUNE 2018\n"
            "4. CHILDREN'S SERVICES PLAN - JOINT ANNUAL REPORT 2018\n\n"
            "Members are asked to note the progress made.\n")
    assert shape(parse_priorities_text(text)) == [
        ("Build the Local Economy", ["Improve the level of skills within our communities",
                                     "Invest in our key infrastructure"]),
        ("Be an inclusive Council", ["Increase equality of opportunity",
                                     "Empower our communities to make the most of their "
                                     "assets"])]


def test_a_news_item_counts_its_priorities_and_names_the_last_in_the_next_sentence():
    text = ("Skip to main content\nNews\nThe health board has set out plans to focus on "
            "five priority areas over the coming years, including heart disease, cancer and "
            "mental health.\n\nCaring for people with dementia and cutting alcohol-related "
            "admissions will also be priorities for the board.\n\nIt expects to break even "
            "this year.\n")
    assert outcome_titles(text) == ["Heart disease", "Cancer", "Mental health",
                                    "Caring for people with dementia",
                                    "Cutting alcohol-related admissions"]
    # without the sentence that names the rest, "including" gives only some: none are read
    assert outcome_titles(text.replace(" will also be priorities", " matter")) == []


def test_a_breadcrumb_on_one_line_and_a_video_link_are_debris():
    from svbidder.core.priorities.importing.furniture import debris_reason

    assert debris_reason("Home>About the University>Sustainability>Sustainability Plan")
    assert debris_reason("Home › Council › Our priorities")
    assert debris_reason("Watch on YouTube")
    assert not debris_reason("Homes > 500 built each year")


def test_a_counted_lead_in_broken_over_two_lines_before_named_wrapped_paragraphs():
    text = ("Business Plan 2019/20 - Bristol City Council\n\nPage created by Sergio Hudson\n\n"
            "CONTINUE READING\n\nOur Corporate Strategy sets out our priorities. It identifies "
            "four strategic\nthemes that will help us achieve this vision:\n\n"
            "Empowering and Caring:\n    Work with partners to empower communities and "
            "individuals, increase\n                                        7\n"
            "    independence and give children the best possible start in life.\n\n"
            "Fair and Inclusive:\n    Improve economic and social equality, pursuing growth "
            "which includes\n    everyone and making sure people have access to decent "
            "jobs and\n    homes they can afford.\n\nWell Connected:\n    Take bold steps to "
            "make the city a more joined up city, linking up\n    people with jobs.\n\n"
            "Wellbeing:\n    Create healthier and more resilient communities where life "
            "expectancy is not\n    determined by wealth or background.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Empowering and Caring", "Fair and Inclusive",
                                      "Well Connected", "Wellbeing"]
    assert "Sergio" not in result.themes[0].title
    # a paste that stops after the fourth of six counted names keeps the four
    cut = ("Our targets will be delivered across six key themes:\nGood Governance\n"
           "Leading by example to develop a Council which includes sustainability.\n"
           "Protection of the Environment\nProtecting the natural environment within our "
           "borough to enhance biodiversity.\nThe Economy\nDriving sustainable economic "
           "growth and supporting local communities.\nTransport\n")
    assert outcome_titles(cut) == ["Good Governance", "Protection of the Environment",
                                   "The Economy", "Transport"]


def test_a_count_shared_by_lists_each_after_its_own_lead_in():
    text = ("What we're doing\nIn contributing to a safe climate, we will need to tackle five "
            "climate challenges.\nEliminate our emissions from:\n- Homes, buildings and "
            "energy: how we heat and power our buildings\n- Travel: how we move around\n"
            "- Things we use: what we buy and use\nProtect people and nature through:\n"
            "- Ecology: making space for nature\n- Adapting to climate change: making "
            "ourselves resilient\nWe will enable this through:\n- Engagement and influence: "
            "helping communities to act\n- Finance: making every decision support net zero\n")
    assert outcome_titles(text) == ["Homes, buildings and energy", "Travel", "Things we use",
                                    "Ecology", "Adapting to climate change"]


def test_word_o_bullets_run_into_one_line_and_a_bare_web_address():
    text = ("APPENDIX 1 Council Plan 2018/19 – 2021/22\nContents Leader's foreword 2 The "
            "cabinet 3 Commitments 9 o A place to call home o A place to belong o A greener "
            "borough o A healthier life Council Plan 2018/19 • southwark.gov.uk • Page 01\n")
    titles = outcome_titles(text)
    assert titles[:4] == ["A place to call home", "A place to belong", "A greener borough",
                          "A healthier life Council Plan 2018/19"]
    assert not any("gov.uk" in title for title in titles)
    from svbidder.core.priorities.importing.pasted import _inline_o_bullets

    assert _inline_o_bullets("Romeo o Juliet and o my o love") == "Romeo o Juliet and o my o love"


def test_a_contents_page_with_its_page_numbers_first():
    text = ("Strategic Plan\n  • Upload\n    others\n  • View\n    5\nCitation preview\n"
            "Contents\n03 Introduction\n04 Vision and values\n06 Our funding\n"
            "07 Our priorities\n08 Supporting safe and thriving communities\n"
            "10 Protecting the environment\n12 Supporting economic growth and employment\n"
            "Nottinghamshire County Council has never before faced such a difficult outlook.\n")
    assert outcome_titles(text) == ["Supporting safe and thriving communities",
                                    "Protecting the environment",
                                    "Supporting economic growth and employment"]


def test_superscript_figures_are_not_page_or_section_numbers():
    for text in ("¹ Jobs paying the Real Living Wage\n² Cleaner air for all\n"
                 "³ Homes people can afford\n⁴ Stronger communities\n⁵ Greener streets\n",
                 "¹.² Grow jobs ¹.³ Cleaner air\n",
                 "Contents\nVisitor Experience 4\nOur Jobs ³\nFairer Places 9\nClean air 12\n"
                 "Green streets 14\n"):
        assert "could not be read" not in " ".join(parse_priorities_text(text).warnings)


def test_the_same_label_and_dash_before_each_priority():
    text = ("Contents 3\nIntroduction\n6\nA sense of place\n30\n"
            "Our ambition – children and young people have a brighter future\n31\n"
            "Our ambition – older people enjoy a healthy independent lifestyle\n32\n"
            "Our ambition – communities are thriving, prosperous and safe\n33\n"
            "Key strategies and plans\n")
    assert outcome_titles(text) == ["Children and young people have a brighter future",
                                    "Older people enjoy a healthy independent lifestyle",
                                    "Communities are thriving, prosperous and safe"]


def test_a_sentence_that_commits_to_nothing_does_not_name_the_heading_under_it():
    text = ("Our arrangements are supported by a performance system and an annual audit.\n"
            "Our Improvement Objectives\nOur Improvement Objectives for 2024/25 are as "
            "follows:\nObjective 1: People\nWe will work with partners.\nObjective 2: Place\n"
            "We will improve our local areas.\n")
    titles = all_titles(parse_priorities_text(text))
    assert not any(title.startswith("Our arrangements") for title in titles)
    assert "People" in titles and "Place" in titles


def test_a_sentence_leading_into_a_list_does_not_name_a_theme(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Strong communities", 1)
    document.add_heading("We want:", 2)
    for text in ("Residents to live independent, fulfilling lives",
                 "To support local businesses to grow"):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("We will work with residents and use our money wisely to", 2)
    for text in ("Cut carbon from our buildings", "Plant more trees"):
        document.add_paragraph(text, style="List Bullet")
    path = tmp_path / "plan.docx"
    document.save(path)
    titles = all_titles(parse_priorities_file(path))
    assert "Residents to live independent, fulfilling lives" in titles
    assert "Plant more trees" in titles
    assert not any(title.startswith("We ") for title in titles)


def test_a_holding_heading_may_say_whose_and_which_years_priorities_it_holds():
    from svbidder.core.priorities.importing.lines import generic_heading

    for heading in ("Priorities of Argyll and Bute Council 2017 - 2022",
                    "Our objectives for 2024/25", "Key priorities 2023-2027",
                    "Our priorities for the council"):
        assert generic_heading(heading), heading
    for heading in ("Priorities for young people", "Outcomes for children",
                    "Our objectives for a greener borough"):
        assert not generic_heading(heading), heading


def test_a_contents_page_names_its_priorities_on_a_line_without_a_number():
    text = ("Contents\n3 Foreword from the Leader\n5 Introduction\n8 Our board\n"
            "10 Our staff\n12 Our partners\n   Our priorities:\n14 Good jobs for local people\n"
            "16 Homes people can afford\n18 Cleaner air\n20 Governance\n"
            "22 Appendix 1: Financial summary\n")
    assert outcome_titles(text) == ["Good jobs for local people", "Homes people can afford",
                                    "Cleaner air"]


def test_lines_far_to_the_right_are_a_second_column_not_a_list():
    text = ("Our plan\n  Devolution gives us\n   a once in a generation chance\n"
            "                             Welcome to the Borough\n"
            "                             Council’s Annual\n"
            "                             Plan – a look ahead to the year\n")
    titles = all_titles(parse_priorities_text(text))
    assert not any("Welcome" in title or "Annual" in title for title in titles)


def test_a_name_over_its_paragraph_may_have_actions_bulleted_under_it():
    text = ("Our charter\n"
            "Local jobs\n"
            "Create work and training for local residents, including disabled people.\n"
            "- Link with the jobcentre and local colleges\n"
            "- Offer work placements every year\n"
            "Local suppliers\n"
            "Support the local economy by buying from local firms where you can.\n"
            "- Buy from suppliers close to where the work is done\n"
            "Fair employment\n"
            "Treat every employee fairly and keep them safe and well at work.\n")
    titles = all_titles(parse_priorities_text(text))
    for name in ("Local jobs", "Local suppliers", "Fair employment"):
        assert name in titles


def test_long_bullets_beside_one_with_a_list_of_its_own_are_priorities():
    text = ("Proposals in the draft strategy include:\n"
            "  • Running a bus network that people can afford and rely on in every town and "
            "village of the region, whatever the time of day and wherever they want to go\n"
            "  • Making every part of the transport network easier to use for disabled and "
            "older people and for those who live far from a town centre, so they can travel "
            "on their own\n"
            "  • Making the region’s transport zero emission by 2045, including\n"
            "    • Cutting car journeys by a fifth by 2030\n"
            "    • More electric vehicles\n")
    titles = all_titles(parse_priorities_text(text))
    assert any(title.startswith("Running a bus network") for title in titles)
    assert any(title.startswith("Making every part") for title in titles)


def test_the_statutory_aspects_of_improvement_are_not_a_councils_objectives():
    text = ("Councils must set improvement objectives that bring about improvement in at least "
            "one of the following aspects:\n"
            + "".join(f"  • {aspect}\n" for aspect in (
                "Strategic effectiveness", "Service quality", "Service availability",
                "Fairness", "Sustainability", "Efficiency", "Innovation"))
            + "Our improvement objectives for 2024/25 are as follows:\n"
              "Objective 1: Healthier lives\nObjective 2: Cleaner streets\n"
              "Objective 3: More local jobs\n")
    assert outcome_titles(text) == ["Healthier lives", "Cleaner streets", "More local jobs"]
    # a copy that lost the bullets: the aspects are still the law's, not the council's
    assert outcome_titles(text.replace("  • ", "  ")) == [
        "Healthier lives", "Cleaner streets", "More local jobs"]
    # or set in a grid, three to a line
    grid = text.split("  • ", 1)[0] + (
        "Strategic Effectiveness Fairness Efficiency\nService Quality Sustainability "
        "Innovation\nService Availability\n") + text.split("Innovation\n", 1)[1]
    assert outcome_titles(grid) == ["Healthier lives", "Cleaner streets", "More local jobs"]
    only_aspects = "".join(f"• {aspect}\n" for aspect in (
        "Fairness", "Sustainability", "Efficiency", "Innovation", "Service quality"))
    assert outcome_titles(only_aspects) == ["Fairness", "Sustainability", "Efficiency",
                                            "Innovation", "Service quality"]


def test_a_photographs_credit_is_left_out():
    text = ("Skip to main content\nHome\nAbout us\nWell-being objectives\n"
            "Corporate plan: 1 Look after the rivers and lakes of Wales\n"
            "Llyn Padarn at dawn - photo taken by Sam Jones\nWhere are we now?\n"
            "Our rivers are not clean enough and we want to change that for good, with "
            "everyone's help.\n")
    result = parse_priorities_text(text)
    assert not any("Llyn" in title for title in all_titles(result))
    assert any("photo taken by" in warning for warning in result.warnings)


def test_sentences_leading_into_two_lists_name_neither_theme():
    text = ("Annual plans\n\nTrust-wide annual plan 2024-2025\n\n"
            "It is our vision to give the best care to our local communities.\n\n"
            "Our Trust values:\n\n  • We care\n  • We respect\n  • We are inclusive\n\n"
            "Over the summer we asked people what our priorities should be.\n\n"
            "Our strategic priorities for the trust 2024 – 28 include:\n\n"
            "  • Better health for local people\n  • Better experience of care\n\n"
            "The strategy keeps our mission and four outcomes from our last strategy.\n\n"
            "The Big Conversation\nPeople told us these matter to them and to our staff.\n\n"
            "The strategy also sets objectives for tackling inequalities, including:\n\n"
            "  • Tackle racism and other prejudice;\n  • Find illness early in poorer areas;\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Priorities", "Priorities (2)"]
    assert outcome_titles(result) == ["Better health for local people",
                                      "Better experience of care",
                                      "Tackle racism and other prejudice",
                                      "Find illness early in poorer areas"]
    assert "include" in result.themes[0].description


def test_a_list_named_as_measures_holds_the_measures_of_the_outcome_above():
    text = ("Priority: People\n\nOutcome: Healthy and active communities\n\n"
            "Description: This programme helps people adopt healthier habits.\n\n"
            "Measures of success:\n\n  1. Excess weight in 4 to 5 year olds\n"
            "  2. Percentage of adults who are active\n\n"
            "Outcome: Resilient families\n\nMeasures of success:\n\n"
            "  1. Number of families supported by early help\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Healthy and active communities", "Resilient families"]
    first, second = result.themes[0].outcomes
    assert [(m.name, m.unit) for m in first.measures] == [
        ("Excess weight in 4 to 5 year olds", ""), ("Percentage of adults who are active", "%")]
    assert [m.name for m in second.measures] == ["Number of families supported by early help"]
    assert not any("Measures of success" in title for title in all_titles(result))


def test_a_short_sentence_start_leading_into_a_list_does_not_name_its_theme():
    text = ("Corporate plan\nKey priority: strong communities\n"
            "- Life expectancy here is 81 years for men and 85 years for women.\n"
            "- Only 57% of children are active enough\n"
            "This is a healthy place to live, but we have several challenges. These include "
            "building more homes and supporting an older population.\n"
            "We want:\n- Residents to live independent, fulfilling lives\n"
            "- Local businesses to grow\n"
            "Working with partners, we will:\n- Tackle health inequalities\n"
            "- Invest in our leisure centres\n")
    titles = [theme.title for theme in parse_priorities_text(text).themes]
    assert "We want" not in titles and "Residents to live independent, fulfilling lives" in \
        outcome_titles(text)


def test_what_we_want_under_a_labelled_theme_with_its_facts_is_that_themes_list():
    text = ("Our council plan\n"
            "Priority 1: Good jobs for local people\n"
            "- Life expectancy here is 81.5 years for men.\n"
            "- Only 57.6% of children are active enough\n"
            "The town is a good place to live, but we have several challenges.\n"
            "We want:\n- More people in work in the town\n- Better paid jobs for young people\n"
            "Working with partners, we will:\n- Open a jobs hub in the town centre\n"
            "Priority 2: Decent homes\n"
            "We want:\n- Fewer families living in temporary housing\n")
    result = parse_priorities_text(text)
    assert [(t.title, [o.title for o in t.outcomes]) for t in result.themes] == [
        ("Good jobs for local people", ["More people in work in the town",
                                        "Better paid jobs for young people",
                                        "Open a jobs hub in the town centre"]),
        ("Decent homes", ["Fewer families living in temporary housing"])]
    assert sum("a figure about how things are now" in w for w in result.warnings) == 2


def test_figures_that_are_targets_under_a_labelled_theme_stay_priorities():
    text = ("Priority 1: Good jobs for local people\n"
            "- 500 more people in work by 2030\n"
            "- Every school leaver has a place in work or training\n"
            "We will:\n- Open a jobs hub in the town centre\n")
    assert outcome_titles(text) == ["500 more people in work by 2030",
                                    "Every school leaver has a place in work or training",
                                    "Open a jobs hub in the town centre"]


def test_headed_lists_inside_a_labelled_theme_describe_its_labelled_objective():
    text = ("Effective Partnerships\n"
            "Priority: Working with partners to deliver community priorities\n"
            "Our objective: Ensuring residents benefit from leisure and community facilities\n"
            "We will achieve this through\n"
            "- Procuring a new leisure contractor to run our leisure centres.\n"
            "- Working with partners to support community arts venues.\n"
            "Outcomes\n"
            "- Leisure operator mobilised successfully.\n"
            "- Residents have access to arts and cultural activities.\n"
            "Priority: A strong and sustainable economy\n"
            "Our objective: Responsible planning and development of well-designed homes\n"
            "We will achieve this through\n"
            "- Adopting a sound Local Plan.\n")
    result = parse_priorities_text(text)
    assert shape(result) == [
        ("Working with partners to deliver community priorities",
         ["Ensuring residents benefit from leisure and community facilities"]),
        ("A strong and sustainable economy",
         ["Responsible planning and development of well-designed homes"])]
    first = result.themes[0].outcomes[0].description
    assert "We will achieve this through:" in first and "- Procuring a new leisure" in first
    assert "Outcomes:" in first and "- Leisure operator mobilised successfully." in first


def test_a_list_of_awards_beside_a_heading_naming_the_aspirations_is_not_priorities():
    # (a fire service's strategy page, as a browser copies it)
    text = ("What Guides Us\n- Vision: Creating the Safest Community\n"
            "- Mission: To save life, reduce risk, provide humanitarian services and protect "
            "the environment\n"
            "Our strategy works alongside our Community Risk Management Plan (CRMP) to focus "
            "on the most significant risks and target resources effectively across "
            "prevention, protection, and emergency response\n"
            "Recognising Our Impact\n"
            "We’re proud to be recognised nationally for the work we do. Recent awards "
            "include:\n"
            "UK Fire and Rescue Service of the Year 2025 (iESE Public Sector Transformation "
            "Awards)\n"
            "Collaboration Award for Hebburn Tri Station (UK Government Property Awards)\n"
            "Top 100 Apprenticeship Employers in the UK\n"
            "These awards reflect our commitment to innovation, inclusivity, and partnership.\n"
            "\nOur Aspirations\nWe’re building on our success with a focus on:\n"
            "People first: fostering an inclusive, values-led culture\n"
            "Investing in equipment & technology: keeping firefighters and communities safe\n"
            "Leading innovation: staying ahead in a fast-changing world\n"
            "Strong partnerships: delivering better outcomes for everyone\n"
            "Strengthening prevention, protection & response: maintaining fast response "
            "times\n"
            "Using data & benchmarking: to continually learn and improve.\n"
            "\nOur Area & Presence\n")
    assert shape(parse_priorities_text(text)) == [
        ("Our Aspirations", ["People first", "Investing in equipment & technology",
                             "Leading innovation", "Strong partnerships",
                             "Strengthening prevention, protection & response",
                             "Using data & benchmarking"])]


SUMMARY_THEN_SECTIONS = (
    "Our Strategic Aims developed in 2019 remain unchanged.\n\n"
    "Our Strategic Aims are:\n\n  • Excellence for service users\n"
    "  • Empowerment for staff\n  • Partnerships with others\n\n"
    "Our Annual Objectives for 2021-22 are:\n\n{columns}"
    "Excellence for service users\n\n  • Provide high quality, safe care for our patients\n"
    "  • Ensure our patients shape their care\n\n"
    "Empowerment for staff\n\n  • Create a fair, just and inclusive organisation\n"
    "  • Support the health and wellbeing of our staff\n")
SUMMARY_SHAPE = [
    ("Excellence for service users", ["Provide high quality, safe care for our patients",
                                      "Ensure our patients shape their care"]),
    ("Empowerment for staff", ["Create a fair, just and inclusive organisation",
                               "Support the health and wellbeing of our staff"]),
    ("Partnerships with others", ["Partnerships with others"])]


def test_a_summary_list_set_out_again_section_by_section_gives_themes_and_outcomes():
    assert shape(parse_priorities_text(SUMMARY_THEN_SECTIONS.format(columns=""))) == \
        SUMMARY_SHAPE


def test_a_tables_column_headings_read_one_a_line_are_not_priorities():
    columns = "Strategic Aims\n\nTrust Objectives for 2021-22\n\n"
    result = parse_priorities_text(SUMMARY_THEN_SECTIONS.format(columns=columns))
    assert shape(result) == SUMMARY_SHAPE


SIDE_BY_SIDE = """\
WEST NOTTINGHAMSHIRE COLLEGE
STRATEGIC PLAN 2019-2022
OUR MISSION IS:                              STRATEGIC AIMS
To provide skills to enable all students,    AIM 1: LEARNERS
employer partners and our community          We will encourage and inspire our learners to
to thrive.                                   aim high in life and at work.

                                             AIM 2: EMPLOYEES
OUR VISION IS TO BECOME:                     We will equip our staff to enable our learners
                                             to reach their full potential.
A force for raising aspirations across our
communities.                                 AIM 3: EMPLOYERS
                                             We will work with local employers to provide
OUR VALUES:                                  our learners with the skills they need.
Respect
Integrity                                    AIM 4: COMMUNITIES
                                             We will be a significant force for raising
                                             aspirations throughout our communities.
"""


def test_two_columns_pasted_side_by_side_are_read_left_then_right():
    result = parse_priorities_text(SIDE_BY_SIDE)
    assert [o.title for t in result.themes for o in t.outcomes] == [
        "Learners", "Employees", "Employers", "Communities"]
    assert "equip our staff" in result.themes[0].outcomes[1].description


def test_a_table_set_out_with_spaces_keeps_its_rows():
    rows = [f"Priority {n} name here      measure {n} of the row, counted each year"
            for n in range(1, 9)]
    from svbidder.core.priorities.importing.pasted import _side_by_side

    assert _side_by_side(rows) == rows


def test_a_list_of_foundations_already_built_is_not_priorities():
    text = ("These are the foundations on which I strongly believe are right for the county.\n"
            "\n  • Safer Days & Nights\n  • Safe & Social Roads\n  • A Green & Pleasant County\n"
            "\nThe Strong Foundations we’ve built:\n"
            "\n  • A force that is accessible and accountable to you the public.\n"
            "  • A county that cares for our young people.\n"
            "  • A constabulary that understands as we grow older we become more vulnerable.\n")
    assert outcome_titles(text) == ["Safer Days & Nights", "Safe & Social Roads",
                                    "A Green & Pleasant County"]


def test_the_full_stop_after_items_ending_in_semicolons_ends_the_last_item():
    text = ("He was giving an update following the public consultation on a proposed Police, "
            "Fire and Crime Plan 2024-28.\n\n"
            "The commissioner said the plan would focus on long term initiatives in the areas "
            "of crime and fire.\n\n"
            "Members were told that the priorities which had been identified as being:\n\n"
            "Antisocial behaviour (specifically nuisance and environmental);\n\n"
            "Antisocial driving (including speeding and careless driving);\n\n"
            "Drugs (both taking and dealing);\n\n"
            "Rural crime (crimes connected with theft of plant machinery, livestock, metal, "
            "oil and hare coursing.\n\n"
            "The committee chairman said a problem area of antisocial driving was kids on "
            "motorbikes in the town centre.\n")
    titles = outcome_titles(text)
    assert len(titles) == 4 and titles[3].startswith("Rural crime"), titles


def test_a_count_then_the_next_sentence_naming_that_many_gives_the_names():
    text = ("The finishing touches are being put to the Community Action Plan.\n"
            "As a result, four main themes have been identified to feature in the final plan.\n"
            "These cover education, health, housing and domestic services and access for all.\n"
            "The recent open event gave people the chance to comment on the proposals.\n")
    assert outcome_titles(text) == ["Education", "Health", "Housing and domestic services",
                                    "Access for all"]
    # a next sentence naming a different number is not the counted list
    assert outcome_titles(text.replace("four main", "five main")) == []


def test_a_bodys_name_over_its_one_list_only_holds_it():
    text = ("Welcome to the Well-being Plan\nPublic Services Board\n"
            "Introduction and welcome to the plan\nHow did we develop the plan?\n"
            "Wellbeing Objective: Best start in life\n"
            "Wellbeing Objective: Safe and cohesive communities\n"
            "Wellbeing Objective: Fewer inequalities\nHow will we deliver the plan?\n")
    result = parse_priorities_text(text)
    assert len(result.themes) == 1
    assert outcome_titles(result) == ["Best start in life", "Safe and cohesive communities",
                                      "Fewer inequalities"]
    assert any(SINGLE_LEVEL_NOTE in warning for warning in result.warnings)


def test_lists_of_examples_and_of_the_frameworks_words_are_not_priorities():
    text = ("Social value\nSkip to:\nSocial value in Kingsbridge\n"
            "We want suppliers to bring wider benefits to the community:\n"
            "- social: equality, inclusion and safer communities\n"
            "- environmental: less carbon and less waste\n"
            "- economic: local jobs and local spending\n"
            "We expect one job for every £1 million of contract value. This could be:\n"
            "- a full-time contract\n- an apprenticeship\n- or a supported internship.\n"
            "Themes, outcomes and measures are the ways suppliers can meet their commitments:\n"
            "- Themes: the strategic themes we want to pursue\n"
            "- Outcomes: the objectives that add up to a theme\n"
            "- Measures: how we know the outcomes are met\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Social", "Environmental", "Economic"]
    assert not any("Skip to" in title for title in all_titles(result))


def test_a_lead_in_broken_over_two_lines_is_joined_again():
    text = ("Our vision\nThe council will:\n  • celebrate the places and communities of the "
            "borough\n  • be led well\n"
            "We are always improving how we work, and the actions we are taking to deliver\n"
            "these commitments include:\n"
            "  • strong political and managerial leadership\n"
            "  • open and frank conversations with our communities\n"
            "Community outcomes\n  1. Our communities are strong and supportive\n"
            "  2. The borough has a strong and resilient economy\n")
    result = parse_priorities_text(text)
    titles = all_titles(result)
    assert not any(title.startswith("these commitments") for title in titles)
    assert not any(title.startswith("We are always improving") for title in titles)
    assert outcome_titles(result) == ["Our communities are strong and supportive",
                                      "The borough has a strong and resilient economy"]


def test_paragraphs_that_start_with_their_name_as_a_sentence_after_a_lead_in():
    text = ("City Deal\n\n1. The region has secured a deal worth £1.2 billion. Partners expect it "
            "to bring new jobs.\n2. The City Deal includes:\n\n"
            "£1.2 billion investment in the region’s railways. A key priority will be the "
            "Metro.\n\n"
            "Connecting the region. A new transport authority will plan the region's travel "
            "with the Welsh Government.\n\n"
            "Support for innovation. To develop new skills the government will invest\n"
            "£50 million in a new research centre.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["£1.2 billion investment in the region’s railways",
                                      "Connecting the region", "Support for innovation"]
    assert "Metro" in result.themes[0].outcomes[0].description


def test_a_line_naming_the_list_under_a_priority_keeps_the_list_under_it():
    text = ("Our improvement objectives for 2025/26 are set out below.\n"
            "1. To help people lead healthy lives\nSub Objectives\n"
            "• More people taking part in sport\n• Fewer people smoking\n"
            "2. To create a greener, cleaner district\nSub Objectives\n"
            "• Protect our parks\n• Cut litter\n")
    assert shape(parse_priorities_text(text)) == [
        ("To help people lead healthy lives",
         ["More people taking part in sport", "Fewer people smoking"]),
        ("To create a greener, cleaner district", ["Protect our parks", "Cut litter"])]


def test_a_consultations_questions_are_not_priorities():
    text = ("Have your say\nThe objectives we have chosen are below, and we are keen to know "
            "if:\n• You agree that the draft objectives are right\n"
            "• What other objectives you would like to see\n"
            "Our objectives for next year will:\n• Cut waste in every ward\n"
            "• Grow local jobs\n")
    assert outcome_titles(text) == ["Cut waste in every ward", "Grow local jobs"]


def test_a_table_of_figures_by_year_is_not_priorities(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Environment", 1)
    for text in ("Addressing climate change", "Circular economy"):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph("The region has set targets for cutting carbon emissions.")
    table = document.add_table(rows=2, cols=3)
    for r, cells in enumerate((("By 2022", "By 2027", "By 2041"), ("36%", "69%", "100%"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    titles = all_titles(parse_priorities_file(path))
    assert "Addressing climate change" in titles
    assert not any(title.startswith(("By 20", "36")) for title in titles)


def test_a_contents_page_gives_the_entries_under_our_priorities():
    entries = ["Foreword 4", "Introduction 6", "About us 8", "Strategic context 14",
               "Our strategic priorities 19", "Prevention and Early Intervention 21",
               "Reshaping care 24", "Engagement 27", "Measuring Performance 35",
               "Commissioning 40"]
    text = "Strategic Plan 2020 – 2025\n\nContents\n\n" + "\n\n".join(entries) + "\n"
    assert outcome_titles(text) == [
        "Prevention and Early Intervention", "Reshaping care", "Engagement"]


def test_contents_entries_that_label_themes_name_them():
    entries = ["Foreword 5", "Part One - Context 13", "Chapter 1 - Introduction 14",
               "Chapter 4 - Vision, Aims, Values and Themes 36",
               "Chapter 5 - Theme 1: Giving Every Child the Best Start 41",
               "Chapter 6 - Theme 2: Equipped Throughout Life 53",
               "Chapter 7 - Theme 3: Empowering Healthy Living 66",
               "Chapter 11 - Making it Work 124", "Annex C - Glossary 157"]
    text = "A Strategic Framework for Public Health\nCONTENTS\n" + "\n".join(entries) + "\n"
    assert outcome_titles(text) == [
        "Giving Every Child the Best Start", "Equipped Throughout Life",
        "Empowering Healthy Living"]


def test_counted_sentences_do_not_take_the_outro_that_refers_back():
    text = ("We have three objectives for the region:\n"
            "Healthier lives and overall wellbeing for the community.\n"
            "Fairer opportunities for every resident.\n"
            "Our Corporate Plan sets out how we will achieve these objectives.\n")
    assert "Our Corporate Plan sets out how we will achieve these objectives" \
        not in outcome_titles(text)


def test_counted_summary_sentences_give_way_to_the_lists_after_them():
    text = ("We've got 2 ambitions:\n\n"
            "A cleaner, greener county with support for those who need it.\n\n"
            "Successful businesses, with plenty of jobs.\n\n"
            "Opportunity to Thrive\n\n- A cleaner and greener county\n- More recycling\n\n"
            "Opportunity to Prosper\n\n- Good jobs\n- Thriving high streets\n")
    titles = all_titles(parse_priorities_text(text))
    assert "More recycling" in titles and "Thriving high streets" in titles


def test_a_page_title_and_its_pictures_text_are_not_two_named_priorities():
    text = ("Corporate information – Our vision and values\n\n"
            "Corporate information – Our vision and values image\n\n"
            "Our strategic priorities describe how we will get there:\n\n"
            "  • People – nurturing a culture people want to be part of.\n"
            "  • Patients – meeting the needs of our patients and communities.\n")
    titles = all_titles(parse_priorities_text(text))
    assert "Corporate information" not in titles
    assert outcome_titles(text) == ["People", "Patients"]


def test_a_vision_lists_last_line_is_not_a_name_over_the_paragraph_after_it():
    text = ("Aims and Vision\n\nThe vision for the authority is:\n  • Customers first\n"
            "  • Value for money\n  • Best practice\n\n"
            "This vision will make a real difference to the communities the Council serves.\n\n"
            "Jobs and enterprise\n\nPromote economic growth, employment and investment across "
            "our area.\n\nChildren and young people\n\nHelp our children and young people build "
            "positive futures.\n")
    titles = all_titles(parse_priorities_text(text))
    assert "Best practice" not in titles
    assert {"Jobs and enterprise", "Children and young people"} <= set(titles)


def test_our_objective_under_a_labelled_priority_is_its_outcome():
    text = ("Priority: Working with partners\n"
            "Our objective: Residents benefit from leisure and community facilities.\n"
            "Priority: A strong economy\n"
            "Our objective: Responsible planning and development for well-designed homes.\n")
    assert shape(parse_priorities_text(text)) == [
        ("Working with partners", ["Residents benefit from leisure and community facilities"]),
        ("A strong economy", ["Responsible planning and development for well-designed homes"])]


def test_a_name_then_which_is_defined_as_gives_the_name():
    text = ("Our priorities\n"
            "i) Enterprising Community which is defined as a vibrant Borough where its "
            "population is well educated and fit.  Housing is excellent and affordable.\n"
            "ii) Safe – the Council will work with other agencies to reduce crime.\n")
    assert outcome_titles(text)[0] == "Enterprising Community"


@pytest.mark.parametrize(("sentence", "names"), [
    ("Its three strategic themes are Growth, Inclusion and Sustainability, and each has a "
     "set of actions for the next year.", ["Growth", "Inclusion", "Sustainability"]),
    ("The strategy has three pillars (People, Place and Prosperity) that shape everything "
     "we do.", ["People", "Place", "Prosperity"]),
    ("Councillor Smith said: \"Our plan focuses on three areas – education, the economy and "
     "the environment – and we will report on progress every year.\"",
     ["Education", "The economy", "The environment"]),
    ("We have identified three priorities for the coming years; these are: improving "
     "health, reducing poverty, and building strong communities.",
     ["Improving health", "Reducing poverty", "Building strong communities"]),
    ("RESOLVED that the Corporate Plan be approved, noting its priorities of 'Thriving "
     "Communities', 'A Green District' and 'An Efficient Council'.",
     ["Thriving Communities", "A Green District", "An Efficient Council"]),
])
def test_priorities_named_inside_a_sentence(sentence, names):
    assert outcome_titles(f"Council news\n{sentence}\n") == names


def test_a_proper_name_counted_in_a_sentence_is_not_a_list_of_priorities():
    text = ("Local growth plans\n8 Local Growth Plans have been developed for the town and "
            "the 3 District Electoral Areas (Ballyarnett, Derg and Faughan).\n")
    assert "Ballyarnett" not in all_titles(parse_priorities_text(text))


def test_a_table_pasted_with_tabs_gives_a_theme_a_row():
    text = ("Our priorities\nTheme\tWhat we want to achieve\nEconomy\tMore people in good jobs\n"
            "Environment\tLess waste sent to landfill\n")
    assert shape(parse_priorities_text(text)) == [
        ("Economy", ["More people in good jobs"]),
        ("Environment", ["Less waste sent to landfill"])]


def test_a_plan_on_a_page_pasted_in_columns_gives_a_theme_a_column():
    text = ("Vision: A fairer, greener borough for everyone\nOur priorities\n"
            "Fairer\tGreener\tSafer\nReduce poverty\tCut carbon\tReduce crime\n"
            "Support carers\tMore recycling\tSafer roads\n")
    assert shape(parse_priorities_text(text)) == [
        ("Fairer", ["Reduce poverty", "Support carers"]),
        ("Greener", ["Cut carbon", "More recycling"]),
        ("Safer", ["Reduce crime", "Safer roads"])]


def test_a_contents_page_with_tabs_before_its_page_numbers_is_not_a_table():
    text = ("Contents\nForeword\t3\nIntroduction\t5\nOur priorities\t7\n\n"
            "Our priorities\n- Good homes\n- Good jobs\n")
    titles = all_titles(parse_priorities_text(text))
    assert "Foreword" not in titles and "Good homes" in titles


def test_labels_with_dotted_numbers_and_no_separator_keep_the_whole_number():
    text = ("Priority 1 – Best start in life\nOutcome 1.1 Children are ready for school\n"
            "Outcome 1.2 Young people leave school with good qualifications\n"
            "Theme 2 & 3 Health and Wellbeing\n"
            "Objective 2.1a: Enable our citizens to live longer, healthier lives\n")
    assert shape(parse_priorities_text(text)) == [
        ("Best start in life", ["Children are ready for school",
                                "Young people leave school with good qualifications"]),
        ("Health and Wellbeing", ["Enable our citizens to live longer, healthier lives"])]


def test_a_tables_description_column_is_each_priorities_guidance():
    text = ("Social value priorities\n| Priority | What it means |\n|---|---|\n"
            "| Local jobs | Employ local people |\n| Skills | Offer apprenticeships |\n")
    result = parse_priorities_text(text)
    outcomes = [outcome for theme in result.themes for outcome in theme.outcomes]
    assert [(o.title, o.description) for o in outcomes] == [
        ("Local jobs", "Employ local people"), ("Skills", "Offer apprenticeships")]


def test_a_word_files_first_bold_line_over_bold_names_is_its_title(tmp_path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    title = document.add_paragraph().add_run("Council Plan 2024-2028")
    title.bold, title.font.size = True, Pt(20)
    document.add_paragraph("This plan sets out our priorities for the next four years.")
    for name in ("Thriving economy", "Healthy people", "Green places"):
        document.add_paragraph().add_run(name).bold = True
        document.add_paragraph(f"What we will do for {name.lower()} over four years.")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert shape(parse_priorities_file(path)) == [
        ("Council Plan 2024-2028", ["Thriving economy", "Healthy people", "Green places"])]


def test_a_holding_heading_may_count_pair_or_date_the_list():
    from svbidder.core.priorities.importing.lines import generic_heading

    for heading in ("Our five strategic objectives", "The 6 priorities", "Aims and Objectives",
                    "OUTCOMES AND PRIORITIES", "Our key priority areas", "Key priorities to 2021",
                    "Our priorities for the next five years", "Ein nodau / Aims and objectives"):
        assert generic_heading(heading), heading
    for heading in ("08 OUTCOMES", "Five ways to wellbeing", "Aims for young people",
                    "Our vision and priorities",
                    "FUNDING / PRIORITY OUTCOMES / PRIORITY OUTPUTS"):
        assert not generic_heading(heading), heading


def test_aims_and_objectives_over_a_list_give_way_to_the_documents_name():
    text = ("Harbour Town Council\n\nThe council agreed its plan for the next four years at "
            "its meeting in May.\n\nAims and Objectives\n\n• Keep the town clean and safe\n"
            "• Support local businesses\n• Look after our parks and open spaces\n")
    assert shape(parse_priorities_text(text)) == [
        ("Harbour Town Council", ["Keep the town clean and safe", "Support local businesses",
                                  "Look after our parks and open spaces"])]


def test_a_section_sign_before_a_number_is_not_a_bullet():
    text = "Our duties\nUnder § 12 of the Act we must consult.\n- Cut waste\n- Grow jobs\n"
    assert outcome_titles(text) == ["Cut waste", "Grow jobs"]


def test_a_bilingual_heading_that_only_names_the_list_is_generic():
    from svbidder.core.priorities.importing.lines import generic_heading

    assert generic_heading("Ein blaenoriaethau / Our priorities")
    assert not generic_heading("Economi gryf / A strong economy")


def test_the_pages_last_updated_line_is_not_the_title():
    text = "Page last updated: 4 March 2024\nOur priorities are:\n• Good jobs\n• Safe streets\n"
    titles = all_titles(parse_priorities_text(text))
    assert not any("updated" in title for title in titles)


# Shapes of published text, each with the titles it must give (one test each, by id)
@pytest.mark.parametrize(("text", "titles"), [
    pytest.param(
        ("Our well-being objectives\n"
         "The following sections outline why we chose each objective.\n"
         "A1. We will improve education and learning.\n"
         "A2. We will ensure care and support keeps vulnerable people safe.\n"
         "A3. We will enable the delivery of affordable homes.\n"),
        [
         "We will improve education and learning",
         "We will ensure care and support keeps vulnerable people safe",
         "We will enable the delivery of affordable homes"],
        id="objectives_after_a_councils_own_codes_are_a_list"),
    pytest.param(
        ("Corporate Plan\n\nThis knowledge of our communities has informed our priorities "
         "for the next few years:\n\nA clean, safe and welcoming borough.\n\n"
         "Improved access to services.\n\nA well run efficient council.\n"),
        ["A clean, safe and welcoming borough",
         "Improved access to services",
         "A well run efficient council"],
        id="spaced_lines_each_ending_a_sentence_after_a_lead_in_naming_priorities"),
    pytest.param(
        ("Our Vision\n\nBy 2030 we want the borough to be a place where:\n\n"
         "Everyone has a safe and warm home.\n\nChildren do well at school.\n\n"
         "Our priorities\n\n- Good jobs\n- Clean streets\n"),
        ["Good jobs", "Clean streets"],
        id="spaced_sentences_after_a_lead_in_that_names_no_priorities_stay_prose"),
    pytest.param(
        ("The Council Plan is broken down into three outcomes the council plans to "
         "achieve for the city:\n"
         "A place where all children belong and can build a successful future.\n"
         "Great neighbourhoods that people are happy to call home.\n"
         "A creative and prosperous city full of culture, learning and innovation.\n\n"
         "The draft plan will be discussed by the committee in December, and residents "
         "can read it on our website before then.\n"),
        [
         "A place where all children belong and can build a successful future",
         "Great neighbourhoods that people are happy to call home",
         "A creative and prosperous city full of culture, learning and innovation"],
        id="counted_short_sentences_without_marks_are_the_priorities"),
    pytest.param(
        ("Strategic plan\nBest start in life\nChildren get the support they need to "
         "thrive.\nHealthy lives\nPeople live longer, healthier lives.\nGreen places\n"
         "We protect our parks and wildlife.\n"),
        ["Best start in life", "Healthy lives", "Green places"],
        id="names_over_short_sentences_are_priorities"),
    pytest.param(
        ("Strategic plan\n\nA mother and father with their young daughter\n\n"
         "Best start in life\n\nChildren get the support they need to thrive and do "
         "well at school.\n\nA smiling lady in her garden\n\nHealthy lives\n\n"
         "People live longer, healthier lives, with good care when they need it.\n"),
        ["Best start in life", "Healthy lives"],
        id="a_pictures_description_over_each_name_does_not_part_them"),
    pytest.param(
        ("Our strategy\nThe new strategy retains four strategic outcomes (population "
         "health, experience of care, staff experience, and value) from before.\n"
         "Our priorities for this year are:\n- Improved population health\n"
         "- Improved staff experience\n"),
        ["Improved population health",
         "Improved staff experience"],
        id="a_counted_reminder_in_brackets_gives_way_to_the_list_after_it"),
    pytest.param(
        ("Corporate Plan 2024-2028 3\nOur priorities\n1. Good homes for all\n"
         "2. Jobs and skills\nCorporate Plan 2024-2028 4\n3. Healthy communities\n"
         "4. A clean and green borough\n"),
        ["Good homes for all", "Jobs and skills",
         "Healthy communities", "A clean and green borough"],
        id="a_running_header_seen_twice_with_its_page_numbers_is_left_out"),
    pytest.param(
        ("Council unveils new plan\nThe plan focuses on:\n• cleaner streets\n"
         "• safer neighbourhoods\nNotes to editors\n"
         "1. The full plan is available on the council website.\n"
         "2. For media enquiries contact the press office.\n"),
        ["Cleaner streets", "Safer neighbourhoods"],
        id="a_press_releases_notes_to_editors_are_not_priorities"),
    pytest.param(
        ("A set of three draft themes has been drawn up for residents' views.\n"
         "The draft objectives are:\n"
         "A county of quality housing that meets people's needs\n"
         "Ensure sufficient good quality housing is available, "
         "particularly homes that meet the needs of people in the county.\n"
         "A prosperous county\nSupport economic recovery, including helping residents "
         "into decent employment with a fair income.\n"
         "A greener county\nBecome a net zero carbon organisation by 2030, and protect "
         "the natural assets of the whole county.\n"),
        ["A county of quality housing that meets people's needs",
         "A prosperous county", "A greener county"],
        id="a_short_second_lead_in_after_the_count_is_not_a_priority"),
    pytest.param(
        ("Community plan launched\nIt identifies three key objectives whereby all people "
         "in Newry, Mourne and Down get a good start in life and fulfil their potential; "
         "enjoy good health and wellbeing; and benefit from a clean, quality and "
         "sustainable environment.\n"),
        [
         "Get a good start in life and fulfil their potential", "Enjoy good health and wellbeing",
         "Benefit from a clean, quality and sustainable environment"],
        id="a_semicolon_list_whose_first_part_carries_the_sentence"),
    pytest.param(
        ("Our local outcomes are:\n§ A healthy caring community § Everybody has a suitable "
         "home\n§ A learning culture in which everyone develops\n"),
        ["A healthy caring community", "Everybody has a suitable home",
         "A learning culture in which everyone develops"],
        id="section_signs_used_as_bullets_are_bullets"),
    pytest.param(
        ("Our priorities\nThriving economy. We will help local businesses grow and create "
         "good jobs for residents.\nHealthy people. We will help people live longer, "
         "healthier and happier lives.\n"),
        ["Thriving economy", "Healthy people"],
        id="run_in_names_under_a_heading_that_names_the_list"),
    pytest.param(
        ("1. Introduction\nThis strategy sets out our aims.\n2. Our priorities\n"
         "2.1 Good jobs\nWe will support people into work.\n2.2 Healthy lives\n"
         "We will help people stay well.\n3. Monitoring\nWe will report each year.\n"),
        ["Good jobs", "Healthy lives"],
        id="numbered_sections_with_only_text_are_left_out"),
    pytest.param(
        ("Our themes\nPeople: healthy lives; good education; strong families\n"
         "Place: clean streets; good transport; and affordable homes\n"),
        ["Healthy lives", "Good education", "Strong families", "Clean streets",
         "Good transport", "Affordable homes"],
        id="a_themes_outcomes_parted_by_semicolons_on_its_line"),
    pytest.param(
        ("Corporate Plan 2018 to 2023\n\nContents\nForeword 3\nIntroduction 5-9\n"
         "Well-being Objective 1 - Improve education for all 11-23\n"
         "Well-being Objective 2 \u2013 Enabling employment 24-34\n"
         "Well-being Objective 3 - Healthy lives 35-40\nGlossary 48\n"),
        ["Improve education for all", "Enabling employment", "Healthy lives"],
        id="contents_entries_with_page_ranges_and_objective_labels"),
    pytest.param(
        ("Our priorities for the borough\n\nOur new plan is built around three themes, "
         "agreed after talking to residents.\n\nEmpowered people. We want everyone to "
         "have a voice.\n\nWorking people. We want more people in good work.\n\n"
         "Repopulation. We want more people to choose to live here.\n\n"
         "For more information, contact the planning team.\n"),
        ["Empowered people", "Working people", "Repopulation"],
        id="as_many_run_in_names_as_a_sentence_counts"),
    pytest.param(
        ("Council Plan on a Page\n\nOur ambition: a fairer, greener district\n\n"
         "1 Thriving economy\n2 Healthy and safe communities\n3 Climate action\n\n"
         "Find out more on our website.\n"),
        ["Thriving economy", "Healthy and safe communities", "Climate action"],
        id="numbers_counting_from_one_without_full_stops"),
    pytest.param(
        ("Corporate Strategy 2022 to 2027\n\nContents\nForeword 3\nOur vision 5\n"
         "Our themes 8\nChildren and Young People 10\nHealth, Care and Wellbeing 22\n"
         "Homes and Communities 28\nDelivering the strategy 40\nNext steps 44\n"),
        ["Children and Young People", "Health, Care and Wellbeing", "Homes and Communities"],
        id="contents_entries_after_the_themes_that_deliver_the_strategy_are_not_themes"),
    pytest.param(
        ("Well-being Statement 2022\n\nThe council has set the following well-being "
         "objectives.\n\nTo give every child the best start in life.\n"
         "To help people into good jobs by working with local employers.\n"
         "To protect our natural environment for future generations.\n\n"
         "We will review these objectives every year.\n"),
        ["To give every child the best start in life",
         "To help people into good jobs by working with local employers",
         "To protect our natural environment for future generations"],
        id="the_following_objectives_with_a_full_stop_leads_in"),
    pytest.param(
        ("Our Corporate Priorities\n\nOur priorities are:\n\nCommunity wellbeing\n"
         "    Helping people to live healthy, independent lives.\nEconomic growth\n"
         "    Supporting local businesses to grow.\nEnvironment\n"
         "    Protecting our green spaces.\n"),
        ["Community wellbeing", "Economic growth", "Environment"],
        id="names_over_sentences_set_in_beneath_them"),
    pytest.param(
        ("Cabinet agrees Council Plan\n\nThe plan sets out three priorities: (1) growing "
         "a fairer economy, (2) improving health, and (3) tackling climate change.\n"),
        ["Growing a fairer economy", "Improving health", "Tackling climate change"],
        id="numbered_names_inside_a_sentence_lose_their_numbers"),
    pytest.param(
        ("Our plan on a page\n\n\U0001f3e0 Homes for everyone\n\U0001f333 A greener borough\n"
         "\u2764\ufe0f Healthy and happy lives\n\n\u00a9 Anytown Council 2025\n"),
        ["Homes for everyone", "A greener borough", "Healthy and happy lives"],
        id="pictures_as_bullets"),
    pytest.param(
        ("MY PRIORITIES\n\n1. PREVENT CRIME AND ANTI-SOCIAL BEHAVIOUR\n"
         "2. SUPPORT NHS AND UK PARTNERS\n3. ECONOMY: Grow a fair economy\n"),
        ["Prevent crime and anti-social behaviour", "Support NHS and UK partners", "Economy"],
        id="titles_in_capitals_read_as_sentences"),
    pytest.param(
        ("Priority 1: A thriving economy\n\nWhat we will do:\n- Open a new skills centre\n"
         "- See a rise in local jobs\n- Support small businesses\n\nRead our full plan\n"),
        ["Open a new skills centre", "See a rise in local jobs", "Support small businesses"],
        id="aims_that_start_as_links_do_are_kept"),
    pytest.param(
        ("Corporate Plan\n\nOur values\nRespect\nIntegrity\nTeamwork\n\nOur priorities\n"
         "Strong economy\nSafe communities\nClean environment\n\nContact us on 01234 567890.\n"),
        ["Strong economy", "Safe communities", "Clean environment"],
        id="short_lines_straight_under_a_heading_naming_the_list"),
    pytest.param(
        ("Improvement Plan 2024/25\n\nObjective 1 - To increase the number of people in "
         "work. We will do this with employers.\n\nObjective 2 - To reduce waste sent to "
         "landfill. We will make recycling easier.\n"),
        ["To increase the number of people in work", "To reduce waste sent to landfill"],
        id="a_numbered_objective_s_first_sentence_is_its_title"),
    pytest.param(
        ("Council plan priorities\n\nShow all sections\n\nThriving economy\nShow this section\n"
         "We want more people in good jobs.\n\nGreen borough\nShow this section\n"
         "We want to reach net zero by 2040.\n"),
        ["Thriving economy", "Green borough"],
        id="an_accordion_s_buttons_are_left_out"),
    pytest.param(
        ("Our priorities\n\nKey priorities include:\n- Growing the local economy (page 12)\n"
         "- Improving health (see page 18)\n- Protecting the environment (pp. 24-30)\n"),
        ["Growing the local economy", "Improving health", "Protecting the environment"],
        id="page_references_after_a_title_are_left_off"),
    pytest.param(
        ("Our Council Plan\n\nOur priorities are: Economy | Health and wellbeing | "
         "Environment | Housing\n\nRead the full plan on our website.\n"),
        ["Economy", "Health and wellbeing", "Environment", "Housing"],
        id="names_parted_by_upright_lines_in_a_sentence"),
    pytest.param(
        ("Skip to main content\n\n  \u2022 Text Colour:\n  \u2022 C\n  \u2022 C\n"
         "  \u2022 Text Size: A A A\n\nOur improvement objectives are:\n\n"
         "  \u2022 To grow the local economy\n  \u2022 To improve customer service\n"),
        ["To grow the local economy", "To improve customer service"],
        id="a_page_s_reading_tools_are_left_out"),
    pytest.param(
        ("News\n\nHealth board publishes its strategy\n\nThe strategy sets out four "
         "ambitions that residents helped to shape over two years of conversations: By 2035, "
         "people live longer in good health; fewer children grow up in poverty; care is "
         "closer to home; and staff feel valued.\n\nThe strategy will be reviewed each "
         "year.\n"),
        ["People live longer in good health", "Fewer children grow up in poverty",
         "Care is closer to home", "Staff feel valued"],
        id="a_counted_list_after_a_long_lead_in_and_a_scene_setting_by_2035"),
    pytest.param(
        ("Council sets out its plans for the year\n\nThe council agreed its budget after a "
         "long debate on Thursday.\n\nOur focus over the next twelve months will be on "
         "affordable housing, cleaner streets, support for young people and a greener town "
         "centre.\n\nShare this page\n"),
        ["Affordable housing", "Cleaner streets", "Support for young people",
         "A greener town centre"],
        id="names_after_our_focus_will_be_on"),
    pytest.param(
        ("What are our priorities?\n\nOur city priorities for this year are:\n\n"
         "Inclusive growth\ntackling poverty and helping everyone benefit from the economy\n"
         "Culture\nimproving lives and growing the economy through creative activities\n"
         "Housing\n\nproviding homes of the right quality in the right places\n"),
        ["Inclusive growth", "Culture", "Housing"],
        id="names_each_over_a_description_in_lower_case"),
])


def test_shapes_of_published_text_give_their_priorities(text, titles):
    assert outcome_titles(text) == titles


def test_a_sentence_broken_into_short_lines_after_a_colon_is_not_a_list():
    text = ("Our plan\n\nOur plan sets out what we will do:\nOver the next four years we\n"
            "will build many new homes and\nImprove our parks for\n"
            "everyone who lives here and visits.\n")
    assert outcome_titles(text) == []


def test_a_name_s_description_in_lower_case_is_its_guidance():
    text = ("Our priorities are:\n\nCulture\nimproving lives through creative activities\n"
            "Housing\nproviding homes of the right quality in the right places\n")
    outcomes = [outcome for theme in parse_priorities_text(text).themes
                for outcome in theme.outcomes]
    assert [(o.title, o.description) for o in outcomes] == [
        ("Culture", "improving lives through creative activities"),
        ("Housing", "providing homes of the right quality in the right places")]


def test_long_word_list_items_beside_one_with_its_own_list_are_all_priorities(tmp_path):
    """A Word list whose third item holds two targets: the long items beside it are
    priorities too, not sections of text to leave out."""
    import docx

    document = docx.Document()
    document.add_paragraph("Regional Transport Strategy consultation", style="Title")
    document.add_paragraph("Proposals in the draft strategy include:")
    document.add_paragraph("Improving the accessibility of all transport networks to enable "
                           "all residents, including disabled and older people and those on "
                           "low incomes, to travel to the places they need to go every day",
                           style="List Bullet")
    document.add_paragraph("Working to ensure the region's transport network is zero "
                           "emission by 2045, including", style="List Bullet")
    document.add_paragraph("Cutting car kilometres driven by 20% by 2030",
                           style="List Bullet 2")
    document.add_paragraph("Supporting the adoption of electric vehicles", style="List Bullet 2")
    document.add_paragraph("Improving opportunities to walk and cycle so that these can be "
                           "the modes of choice for short trips, to help improve health and "
                           "cut the pollution that harms people living near busy roads",
                           style="List Bullet")
    path = tmp_path / "strategy.docx"
    document.save(path)
    themes = [theme.title for theme in parse_priorities_file(path).themes]
    assert len(themes) == 3
    assert themes[0].startswith("Improving the accessibility of all transport networks")
    assert themes[2].startswith("Improving opportunities to walk and cycle")


def test_a_long_numbered_objective_is_cut_at_its_first_clause_and_a_long_bullet_is_kept():
    """The issue's rule: a long numbered objective's title is its first clause ("… by
    …" starts its guidance); an unnumbered item is cut only where punctuation ends a
    clause, as people labelling real policies read them."""
    aim = ("Raising the living standards and prosperity of local residents by living wage "
           "employment, fair access to guidance and suppliers who source local labour")
    numbered = f"Our improvement objectives\n\n1. {aim}\n2. {aim.replace('Raising', 'Lifting')}\n"
    bulleted = f"Our policy objectives are:\n\n- {aim}\n- Promoting equity and fairness\n"
    assert outcome_titles(numbered)[0] == \
        "Raising the living standards and prosperity of local residents"
    assert outcome_titles(bulleted)[0] == aim
    long_sentences = ("Our policy objectives are:\n\n- Promoting the local economy; so that "
                      "small firms, charities and social enterprises in the borough can grow "
                      "and employ more local people over the years ahead\n- Equity\n")
    assert outcome_titles(long_sentences)[0] == "Promoting the local economy"


def test_a_title_as_wide_as_a_wrapped_page_is_not_joined_to_the_paragraph_under_it():
    """A paste wrapped at 80 characters: a priority's name that happens to fill a line
    ends there when the next line opens a sentence ("Our economy …"), though "Our"
    would not have fitted on it."""
    names = ["Grow our local economy and deliver good jobs with fair wages for all our residents",
             "Tackle the climate emergency together with the businesses and people of the borough",
             "Support children and young people to make the best possible start in their lives"]
    body = ("Our borough is doing well compared with other areas, with fewer people out of "
            "work and more firms starting up than ever before. We have ambitious plans to "
            "build on this success with businesses, schools and the voluntary sector.")
    text = "Priorities\nOur focus for the next four years will be to:\n"
    for name in names:
        text += name + "\n" + textwrap.fill(body, 80) + "\n"
    assert all(len(name) + len(" Our") > 80 for name in names)
    assert outcome_titles(text) == names


def test_download_links_with_their_file_size_are_left_out_and_do_not_end_a_list():
    """A page's links to its documents ("Local Plan (PDF, 2804.29 KB)") are debris, and a
    list of such links under "View our key strategies:" stays out whole: the links left
    out do not cut the list into pieces that look like priorities."""
    from svbidder.core.priorities.importing.furniture import debris_reason

    for link in ("City Procurement Strategy 2020-2024 PDF (4MB)",
                 "Council plan (PDF, 2.1 MB)", "Social value policy [PDF] 312KB",
                 "Annual report (Word document, 45 KB)",
                 "Tenancy Strategy 2022 to 2025 (PDF, 17055.27 KB)"):
        assert debris_reason(link), link
    assert not debris_reason("Reduce waste by 4 MB")
    assert not debris_reason("Support 500 pupils with PDF skills")
    text = ("Our Council Plan\n1. Good homes in well-connected neighbourhoods\n"
            "Our priorities are to:\n- build more and better homes\n- improve our council homes\n"
            "View our key strategies:\n"
            "- Housing and Growth Strategy 2020 to 2030 (PDF, 2804.29 KB)\n"
            "- Local Plan\n- North London joint waste strategy\n"
            "- Enfield Review of Homelessness 2019 (PDF, 990.49 KB)\n- Tenancy Strategy\n"
            "2. Safe, healthy and confident communities\nOur priorities are to:\n"
            "- keep communities free from crime\n- create healthy streets and parks\n")
    assert outcome_titles(text) == ["Build more and better homes", "Improve our council homes",
                                    "Keep communities free from crime",
                                    "Create healthy streets and parks"]


def test_a_contents_page_with_dot_leaders_gives_the_entries_under_the_lists_name():
    """A plan's contents page is often all a paste of its PDF holds. Entries after one
    that names the list ("The Police and Crime Objectives: ..... 07") are the
    priorities; a second list's name holds its own entries, and the sections after them
    ("Performance and Accountability") are the rest of the document."""
    dots = "." * 40
    entries = [("Introduction by the Commissioner", "02"), ("The Strategic Outcomes", "06"),
               ("Security in the home", "06"), ("Safety in public places", "06"),
               ("The Police and Crime Objectives:", "07"),
               ("Reduce crime and anti-social behaviour", "07"),
               ("Protect people and reduce harm", "08"),
               ("Provide a well led, organised, skilled workforce", "11"),
               ("Performance and Accountability", "12"), ("Reduced victim-based crime", "12")]
    text = "Police and Crime Plan\nTable of contents\n" + "".join(
        f"{name} {dots} {page}\n" for name, page in entries)
    assert outcome_titles(text) == [
        "Security in the home", "Safety in public places",
        "Reduce crime and anti-social behaviour", "Protect people and reduce harm",
        "Provide a well led, organised, skilled workforce"]


def test_a_contents_page_copied_narrow_joins_its_wrapped_entries_again():
    """A narrow copy of a contents page wraps its long entries: the end of a name on the
    leader's line ("Violence, disorder and antisocial" / "behaviour…… 14"), a name
    broken after "and", or a page number alone under its leader. Each is one entry again,
    so the list under "Our priorities" is read, and entries that each open with a
    capital on lines of their own stay apart."""
    dots = "." * 40
    text = "\n".join([
        "Annual Police Plan", "Contents", f"Foreword {dots} 3", f"Our priorities {dots}", "8",
        "Violence, disorder and antisocial", f"behaviour {dots} 14",
        f"Serious organised crime {dots} 18", "Counter terrorism and", f"Extremism {dots} 22",
        f"Road safety and road crime {dots}", "26", f"Acquisitive crime {dots} 30",
        f"Appendix {dots} 40"])
    assert outcome_titles(text) == [
        "Violence, disorder and antisocial behaviour", "Serious organised crime",
        "Counter terrorism and Extremism", "Road safety and road crime", "Acquisitive crime"]


def test_long_aims_set_in_under_a_lead_in_without_their_bullets_are_the_priorities():
    """A copy that dropped the bullets but kept the indent: after "Our new priorities
    are:", aims of more than thirty words, each on its own indented line, are still the
    list (a long line set in is otherwise read as a paragraph)."""
    aims = ["To safeguard children and support families and schools so that all children "
            "in the county can grow up in a safe environment, achieve their full potential "
            "and have the skills, confidence and support they need for adult life",
            "To support older, disabled and vulnerable people to live independent lives",
            "To provide a safe and well managed highways network, secure infrastructure "
            "improvements and support local economic growth so that businesses thrive, "
            "people find good jobs and every community stays connected to the services "
            "it relies on"]
    assert _words_in(aims[0]) > 30 and _words_in(aims[2]) > 30
    text = ("Council Plan 2016-2019\nThe new plan sets out what we will focus on.\n"
            "Our new priorities are:\n" + "".join(f"  {aim}\n" for aim in aims)
            + "Our plan is supported by a delivery plan.\n")
    assert outcome_titles(text) == aims


def _words_in(text: str) -> int:
    return len(text.split())


def test_short_lines_between_paragraphs_are_read_when_nothing_else_is_a_list():
    """A browser's plain-text copy drops the page's bullets, and this page has no
    lead-in with a colon: a paragraph that speaks of priorities, five short lines, then
    more prose. Read with the usual rules it gives nothing, so a second reading takes
    the short lines as the list, and the preview says it was a guess."""
    priorities = ["Raise school results and the skills of adults in every town",
                  "Work with the enterprise partnership to help local businesses grow",
                  "Keep roads, paths and bridges across the county in good repair",
                  "Support the people who are most vulnerable in our communities",
                  "Give communities a stronger voice in the decisions that affect them"]
    assert all(_words_in(p) > 8 for p in priorities)  # longer than a heading run's
    text = ("Our vision and priorities\n"
            "We will spend our budget carefully so that we can deliver our priorities and "
            "still save money over the next four years.\n"
            + "\n".join(priorities) + "\n"
            "Each priority has a lead member who reports to the cabinet every quarter on "
            "what has been done and what is still to do.\n")
    result = parse_priorities_text(text)
    assert [o.title for t in result.themes for o in t.outcomes] == priorities
    assert "Nothing was marked as a list" in result.unsure


def test_short_lines_after_a_paragraph_about_something_else_are_not_priorities():
    """The second reading needs the paragraph before the short lines to speak of
    priorities, themes or objectives: a list of facts about the body is left alone."""
    text = ("About the library service\n"
            "The library service was set up by law and is paid for by the department, "
            "with branches in every district of the region.\n"
            "Set up on 1 April 2009\nOne board for the whole region\n"
            "Paid for by the department\nNinety-six branch libraries\n"
            "Our branches are open six days a week and most offer free computer use for "
            "anyone with a library card.\n")
    assert parse_priorities_text(text).themes == []


def test_for_additional_information_is_a_contact_line():
    assert _contact_reason("For additional information please contact")


def test_a_lead_in_paragraph_is_judged_by_its_last_sentence_when_that_names_the_list():
    """A paragraph that speaks of how the council will work, then ends "The four
    priorities in the plan are:", leads into the priorities, not a list of values."""
    priorities = ["Good jobs for local people", "A cleaner, greener town",
                  "Safe and friendly neighbourhoods", "The best start in life"]
    text = ("Town Plan 2024-2028\n"
            "The plan sets out what we want for the town and how we will work with "
            "residents and partners to get there. The four priorities in the plan are:\n"
            + "".join(f"• {p}\n" for p in priorities)
            + "Each priority has its own page with the work planned for this year.\n")
    assert outcome_titles(text) == priorities


def test_named_paragraphs_each_over_its_own_list_are_themes_with_outcomes():
    """"People – a town where …" then "This means:" and its bullets, then "Place – …"
    with its own: each name is a theme and its bullets are its outcomes, even beside a
    later list whose heading speaks of priorities."""
    text = ("Our priorities\n\n"
            "People – a town where everyone can live well at every age.\n\nThis means:\n"
            "• services that are easy to reach and right first time\n"
            "• strong partnerships with community and faith groups\n\n"
            "Place – a town that is proud of its past and ready for its future.\n\n"
            "This means:\n• clean streets and parks\n• homes that people can afford\n\n"
            "Priority projects for this year\n"
            "• Open the new leisure centre\n• Finish the town centre plan\n")
    result = parse_priorities_text(text)
    tree = {t.title: [o.title for o in t.outcomes] for t in result.themes}
    assert tree["People"] == ["Services that are easy to reach and right first time",
                              "Strong partnerships with community and faith groups"]
    assert tree["Place"] == ["Clean streets and parks", "Homes that people can afford"]
    # ("Open the new …" is an aim, not a link's words)
    assert tree["Priority projects for this year"] == ["Open the new leisure centre",
                                                       "Finish the town centre plan"]


def test_a_line_ending_will_have_leads_into_its_list():
    """"Brookfield the Place will have:" leads into what the town will have: over its
    list it is a sentence (the theme is called "Priorities", the line its description),
    not the name of a theme."""
    assert ends_a_lead_in("Brookfield the Place will have:")
    assert ends_a_lead_in("By 2030 we will have")
    assert not ends_a_lead_in("Homes that people can afford")


def test_numbered_priorities_each_in_a_list_of_its_own_keep_their_names():
    """A page that sets each priority as a one-item numbered list (every one "1."),
    some with points under them: none is joined to the next as if they were a Welsh
    and English pair, a name over its points keeps its name, and a long one with no
    points is still a priority."""
    text = ("Our priorities for 2025\n\n"
            "Our plan is focused on balancing money and services:\n\n"
            "1. Making the most of digital tools across the partnership:\n"
            "• Shared patient records\n• Shared technical design\n\n"
            "1. Developing a clinical services strategy for the county and developing "
            "clinical networks to promote closer working between clinical teams, make "
            "services more resilient and improve outcomes for patients\n\n"
            "1. Investing in prevention, with an extra £2 million set aside.\n\n"
            "1. Implementing our care model. Completing the work across the whole system, "
            "with targeted help in the community.\n\n"
            "1. Implementing our workforce strategy to:\n"
            "• Rely less on agency staff\n• Set up one recruitment service\n")
    titles = [theme.title for theme in parse_priorities_text(text).themes]
    assert len(titles) == 5
    assert titles[0].startswith("Making the most of digital tools")
    assert titles[1].startswith("Developing a clinical services strategy")
    assert titles[2].startswith("Investing in prevention")
    assert titles[3] == "Implementing our care model"
    assert titles[4].startswith("Implementing our workforce strategy")


def test_numbered_paragraphs_before_one_that_leads_into_a_list_are_not_priorities():
    """An executive summary's numbered paragraphs, the last of which leads into its
    points ("4. The deal includes:"), are paragraphs: the points are the priorities."""
    text = ("Executive Summary\n"
            "1. The region has secured a deal worth £1 billion. Over its lifetime partners "
            "expect it to bring new jobs.\n"
            "2. This deal will give local partners the powers they need. It builds on the "
            "region's strengths.\n"
            "3. The deal includes:\n"
            "• Investment in transport\n• Support for new businesses\n• Better skills\n")
    titles = outcome_titles(text)
    assert titles == ["Investment in transport", "Support for new businesses", "Better skills"]


def test_an_objective_of_two_sentences_among_ones_that_open_alike_is_kept():
    """Among "To …" objectives, one written as two sentences ("To raise the profile of
    the council … This includes a new website.") is one of them: its first sentence is
    the title and the second its description. A sentence about the page is still left
    out."""
    text = ("Objectives 2017 - 2020\n"
            "• To raise the profile of the council so that it talks well with everyone in "
            "the parish. This includes a new website and a newsletter.\n"
            "• To understand and share the views of residents and businesses.\n"
            "• To respond to planning applications on time.\n"
            "• To support village groups through grants and practical help.\n"
            "• If you would like to help, please come to our next meeting.\n")
    result = parse_priorities_text(text)
    outcomes = [o for t in result.themes for o in t.outcomes]
    assert [o.title for o in outcomes] == [
        "To raise the profile of the council so that it talks well with everyone in the "
        "parish", "To understand and share the views of residents and businesses",
        "To respond to planning applications on time",
        "To support village groups through grants and practical help"]
    assert "This includes a new website" in outcomes[0].description


def test_names_set_beside_the_counted_noun_are_the_priorities():
    """"We identified four key priorities, clean, green, safe, and connected, which are
    …": the four names set beside the noun are the list; a clause set there instead
    ("three themes, which we agreed in 2020, are …") is not a name."""
    def titles(sentence: str) -> list[str]:
        return outcome_titles(f"News\n\n{sentence}\n\nWe have listened to our tenants "
                              "over the year and will keep doing so.\n")

    assert titles("During 2023 we identified four key priorities, clean, green, safe, and "
                  "connected, which shape our approach.") == ["Clean", "Green", "Safe",
                                                              "Connected"]
    assert titles("Our three themes, which we agreed in 2020, are growth, inclusion and "
                  "sustainability.") == ["Growth", "Inclusion", "Sustainability"]


def test_word_named_paragraphs_each_over_their_own_word_list_are_themes(tmp_path):
    """The Word version of "People – …" / "This means:" / its bullets: Word's own list
    paragraphs are the name's list, as typed bullets are in a paste."""
    import docx

    document = docx.Document()
    document.add_heading("Vision and priorities", 0)
    document.add_heading("Our priorities", 1)
    for name, meaning, points in (
            ("People", "a town where everyone can live well.", ["good services",
                                                                 "strong partnerships"]),
            ("Place", "a town proud of its past.", ["clean streets", "affordable homes"])):
        document.add_paragraph(f"{name} – {meaning}")
        document.add_paragraph("This means:")
        for point in points:
            document.add_paragraph(point, style="List Bullet")
    path = tmp_path / "vision.docx"
    document.save(path)
    themes = parse_priorities_file(path).themes
    assert {t.title: [o.title for o in t.outcomes] for t in themes} == {
        "People": ["Good services", "Strong partnerships"],
        "Place": ["Clean streets", "Affordable homes"]}


def test_word_headings_a_sentence_counts_are_all_priorities(tmp_path):
    """"Our priorities sit under three themes." over exactly three headings: the first,
    with only a paragraph under it, is a theme as the others with their bullets are, not
    a section of prose."""
    import docx

    document = docx.Document()
    document.add_heading("Our Town, Our Plan", 0)
    document.add_paragraph("Our priorities sit under three themes.")
    document.add_heading("A fairer town", 1)
    document.add_paragraph("We want growth that is fair and that everyone can share in.")
    for name, points in (("A greener place", ["cleaner streets", "more trees"]),
                         ("Healthy lives", ["more people active", "less loneliness"])):
        document.add_heading(name, 1)
        document.add_paragraph("This means:")
        for point in points:
            document.add_paragraph(point, style="List Bullet")
    path = tmp_path / "plan.docx"
    document.save(path)
    assert [t.title for t in parse_priorities_file(path).themes] == [
        "A fairer town", "A greener place", "Healthy lives"]


def test_no_break_spaces_from_a_web_page_read_as_spaces():
    """A page's no-break spaces (after a bullet, around a dash, inside a lead-in) read
    as the spaces they look like."""
    nb = "\u00a0"
    text = (f"Our{nb}priorities\n\nThe council has three priorities:\n"
            f"•{nb}Homes{nb}– enough good homes for everyone\n"
            f"•{nb}Jobs{nb}– good work close to home\n"
            f"•{nb}Health{nb}– longer, healthier lives\n")
    assert outcome_titles(text) == ["Homes", "Jobs", "Health"]
    # a list set in with a no-break space before its first bullet only
    text = ("Our plan\n\nWe have set four aims for the next five years:\n\n"
            + "".join(f"{pad}• {aim}\n" for pad, aim in (
                (f" {nb}", "Better homes"), ("  ", "More jobs"), ("  ", "Cleaner streets"),
                ("  ", "Healthier lives")))
            + "\nWe will report on progress every year.\n")
    assert outcome_titles(text) == ["Better homes", "More jobs", "Cleaner streets",
                                    "Healthier lives"]


def test_a_word_list_copied_as_text_with_tabs_is_a_list_not_a_table():
    """Word's bulleted list copied as text gives "⇥•⇥Name – what it means": the bullet
    and its tabs mark a list item, not the cells of a table."""
    text = ("Council Plan\n\nThe plan has three priorities:\n"
            "\t•\tGrowing our economy – more good jobs close to home\n"
            "\t•\tGrowing our people – the best start in life for every child\n"
            "\t•\tGrowing our communities – a real say in the decisions that matter\n"
            "\nThere are 22 elected councillors:\n\t•\t9 Labour\n\t•\t7 Conservative\n"
            "\t•\t6 Scottish National Party\n")
    result = parse_priorities_text(text)
    assert {t.title: [o.title for o in t.outcomes] for t in result.themes} == {
        "Council Plan": ["Growing our economy", "Growing our people",
                         "Growing our communities"]}


def test_a_list_number_alone_on_its_line_starts_the_next_lines_item():
    # A PDF viewer's copy, or a page that sets its numbers apart: "1." then the item;
    # Word's copy of an automatic list numbers every item "1.".
    apart = ("Our priorities\n\nThe plan has three priorities:\n\n1.\nTackling poverty\n\n"
             "2.\nGood homes for everyone\n\n3.\nA greener borough\n")
    together = ("Our priorities\n\nThe plan has three priorities:\n\n1. Tackling poverty\n\n"
                "2. Good homes for everyone\n\n3. A greener borough\n")
    assert outcome_titles(parse_priorities_text(apart)) == [
        "Tackling poverty", "Good homes for everyone", "A greener borough"]
    assert shape(parse_priorities_text(apart)) == shape(parse_priorities_text(together))
    from svbidder.core.priorities.importing.pasted import _join_lone_numbers
    assert _join_lone_numbers(["1.", "First", "1.", "", "Second"]) == ["1. First", "1. Second"]
    # a bare figure alone is a page number or a contents entry's page, not a list's
    assert _join_lone_numbers(["Contents", "Foreword", "2", "Our plan"]) == [
        "Contents", "Foreword", "2", "Our plan"]


def test_a_tab_after_a_list_number_does_not_stop_a_wrapped_paragraph_joining():
    # Word puts a tab after a list's number; copied from a PDF at a page's width, the
    # item's carried-on lines still join it (a tab elsewhere marks a table's cells).
    text = ("City Deal\nExecutive Summary\n"
            "1.\tCardiff Capital Region has secured a deal worth £1.2 billion. Over its "
            "lifetime, local\npartners expect the City Deal to deliver up to 25,000 new "
            "jobs and leverage an\nadditional £4 billion of private sector investment.\n"
            "2.\tThis City Deal will provide local partners with the powers and the "
            "resources to\nunlock significant economic growth across the Cardiff Capital "
            "Region. It is a deal\nthat builds on the region’s sectoral strengths and its "
            "high skill base.\n")
    from svbidder.core.priorities.importing.pasted import _unwrap
    lines = _unwrap(text.split("\n") * 2)
    assert any(line.startswith("1.\tCardiff") and line.endswith("investment.") for line in lines)
    assert not any(line.startswith("partners expect") for line in lines)


def test_a_pages_debris_does_not_hide_that_its_text_was_wrapped_or_double_spaced():
    # A document site's copy: its menu and cookie lines, then a PDF's text broken at the
    # page's width; and a double-spaced page whose menu was copied single spaced.
    debris = ["Skip to main content", "Cookies on our website", "Accept all cookies", "Menu",
              "Search"]
    wrapped = [
        "Our task is to care for and develop the whole system of colleges and universities",
        "and their connections and contribution to Scotland’s educational, social, cultural",
        "and economic life. In undertaking this task, this strategic plan sets out three key",
        "outcomes that we will work towards with the colleges and the universities of the",
        "whole country over the three years of the plan, and we will report on them each",
        "year. The plan was agreed by the board and is published on the website for anyone",
        "to read.", "Summary:",
        "The colleges and universities of the country are at the heart of its economy and",
        "society, and this plan sets out what the council expects of them over the years",
        "ahead, with the measures that will show whether they are achieving it or not.",
        "Contact: Corporate Services", "Tel: 0131 313 6645"]
    from svbidder.core.priorities.importing.pasted import _single_spaced, _wrap_width
    assert _wrap_width(wrapped) and _wrap_width(debris + wrapped + debris) == _wrap_width(wrapped)
    page = [line for item in ["Our plan", "Our priorities are:", "• Homes", "• Jobs",
                              "• Parks", "• Schools", "• Roads", "• Libraries"]
            for line in (item, "")]
    assert _single_spaced(debris + page) == debris + [line for line in page if line]


def test_a_news_sentence_naming_priorities_as_labelled_and_ending_as_well_as():
    text = ("A campaign is being launched to address inequalities in the county.\n\n"
            "The partnership has set out seven draft priorities for residents to comment on.\n\n"
            "The priorities set out for wellbeing have been labelled as economic opportunity; "
            "fair work, particularly for women; sustainable place; outcomes for young people; "
            "climate and environmental sustainability; health and wellbeing; as well as "
            "poverty.\n\nThe chair said the plan would reflect local needs.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Economic opportunity", "Fair work, particularly for women", "Sustainable place",
        "Outcomes for young people", "Climate and environmental sustainability",
        "Health and wellbeing", "Poverty"]


def test_a_sentence_listing_names_before_saying_they_are_the_priorities():
    text = ("The health board and the council have published their draft strategy.\n"
            "“We are delighted to introduce our draft strategy.\n"
            "“It does not describe the detail, but it does outline the direction we feel is "
            "important. Promoting wellbeing; offering early help and support to people; "
            "tackling the big four diseases that limit life; and providing joined up care "
            "are the key areas that we suggest become priorities for action.\n"
            "Have your say by the end of March.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Promoting wellbeing", "Offering early help and support to people",
        "Tackling the big four diseases that limit life", "Providing joined up care"]
    from svbidder.core.priorities.importing.announced import _listed_then_named
    assert _listed_then_named("We met on Monday; it rained; we left. These are the "
                              "priorities.") == []  # the names must come before "are the …"


def test_names_before_a_count_in_a_news_story_with_a_byline():
    # A news story: its headline, one bullet (the reporter's byline), and a sentence that
    # names the priorities with commas first and counts them after ("… are the three
    # overarching priorities"). The byline is not a list, so the prose is read.
    text = ("Evening Press\n\n‘A promising start’ says council leader\n\n"
            "- Local Democracy Reporter news@example.org\n\n"
            "The council leader believes the administration has made a good start.\n\n"
            "Tackling poverty and supporting vulnerable people, supporting the local economy "
            "and addressing the challenge of climate change are the three overarching "
            "priorities of the administration.\n\n"
            "He said those were the goals councillors would keep working towards.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Tackling poverty and supporting vulnerable people", "Supporting the local economy",
        "Addressing the challenge of climate change"]


def test_counted_goals_that_cover_names_with_adverbs_in_the_last():
    # "Its five main goals cover …": "cover" opens the list, and "locally, regionally and
    # nationally" stays with the name it qualifies rather than making names of its own.
    text = ("News\n\nThe college launched its strategic plan on Monday.\n\n"
            "Its five main goals cover a careers-focused curriculum, outstanding learning "
            "opportunities, a united culture, financial resilience and engagement locally, "
            "regionally and nationally.\n\nThe principal said she was proud of the staff.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "A careers-focused curriculum", "Outstanding learning opportunities",
        "A united culture", "Financial resilience",
        "Engagement locally, regionally and nationally"]


def test_values_under_their_heading_after_a_sentence_about_them():
    # "Our values", the image's alt text, a sentence about the values, then the values as
    # "Name - description" bullets: the values, not a second set of priorities; the link
    # with its file's type, size and "(Opens in a new window)" is the page's furniture.
    text = ("Corporate Plan\n\nOur priorities\n\n"
            "  • Housing – a good quality home for everyone\n"
            "  • Environment – Protect the environment for the future\n"
            "  • Health – Support people to live well\n\n"
            "Our values\n\nThe word GREAT\n\n"
            "The Council has a set of GREAT values to help us achieve this vision and "
            "priorities.\n\n"
            "  • Going the extra mile - a strong, caring focus on the needs of all communities\n"
            "  • Ready for change - innovation and readiness for change\n"
            "  • Employees - valuing employees and enabling everyone to take part\n\n"
            "View our full Corporate Plan Document (pdf) (1.89MB) (Opens in a new window)\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Housing", "Environment", "Health"]
    from svbidder.core.priorities.importing.furniture import debris_reason
    assert debris_reason("Our plan (pdf) (1.1MB) (Opens in a new window).")
    assert not debris_reason("Deliver 500 new homes (phase 2)")


def test_one_more_theme_after_the_counted_list():
    # "In addition, the Plan includes a theme relating to the Council itself:" over a list
    # of one: a sixth theme beside the five counted, its lead-in left out like theirs.
    text = ("Performance\n\nThe Plan delivers this vision through the following five "
            "themes:\n\n  • Economic Development and Regeneration\n  • Health and Wellbeing\n"
            "  • Safer Communities\n  • Environment and Sustainability\n"
            "  • Housing and Stronger Communities\n\n"
            "In addition, the Plan includes a theme relating to the Council itself:\n\n"
            "  • A Council Performing Strongly\n\n"
            "Under each of these themes is a set of strategic aims.\n\n"
            "We guarantee an interview for the following groups:\n\n  • care leavers\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Economic Development and Regeneration", "Health and Wellbeing", "Safer Communities",
        "Environment and Sustainability", "Housing and Stronger Communities",
        "A Council Performing Strongly"]


def test_bullets_glued_to_their_words_under_named_groups():
    # "•Communities improve …": the mark with no space after it is still a bullet; and
    # "Structural Outcomes – What we deliver as partners" over its list is a theme whose
    # words after the dash describe it, not a second heading.
    text = ("These partners will improve their services in line with the outcomes below:\n\n"
            "Structural Outcomes – What we deliver as partners\n"
            "•Communities improve their understanding of community justice\n"
            "•Partners plan and deliver services in a more strategic way\n\n"
            "Person-centric Outcomes – Changes to users\n"
            "•Life chances are improved through needs being addressed\n"
            "•People develop positive relationships and more opportunities\n\n"
            "We can add local outcomes of our own.\n")
    result = parse_priorities_text(text)
    assert [(theme.title, [outcome.title for outcome in theme.outcomes])
            for theme in result.themes] == [
        ("Structural Outcomes", ["Communities improve their understanding of community justice",
                                 "Partners plan and deliver services in a more strategic way"]),
        ("Person-centric Outcomes", ["Life chances are improved through needs being addressed",
                                     "People develop positive relationships and more "
                                     "opportunities"])]


def test_a_list_run_into_its_paragraph_after_as_follows():
    # A board paper copied from a PDF lost the list's line breaks: each item starts with a
    # capital, and "The …" starting a sentence ends the list.
    text = ("CHILD POVERTY ACTION PLAN\n\n"
            "We will work together to tackle the drivers of child poverty. The areas for "
            "action are as follows: Employability Housing Customer services including welfare "
            "benefits advice Education Health and wellbeing The health and wellbeing "
            "workstream includes the NHS duty to provide financial inclusion pathways.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Employability", "Housing", "Customer services including welfare benefits advice",
        "Education", "Health and wellbeing"]
    from svbidder.core.priorities.importing.pasted import _listed_as_follows
    kept = ["They are as follows: Adults, Children and Young People and others."]
    assert _listed_as_follows(kept) == kept  # its own commas: read elsewhere
    assert _listed_as_follows(["It is as follows: Monday Tuesday"]) == \
        ["It is as follows: Monday Tuesday"]  # no sentence after it: where does it end?


def test_a_report_s_field_labels_are_not_named_priorities():
    # A board paper's cover: "Recommendations: …", "Executive Summary: …" read like
    # "Name: description" pairs, but they are the report's own fields.
    text = ("Borders NHS Board\n\nCHILD POVERTY ACTION PLAN\n\n"
            "Recommendations: The Board is asked to note and approve the plan.\n\n"
            "Approval Pathways: This report has been prepared with the delivery group.\n\n"
            "Executive Summary: This is the first such annual report for the Borders.\n\n"
            "Our priorities are:\n\n  • Employability\n  • Housing\n  • Education\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Employability", "Housing", "Education"]


def test_a_picture_s_caption_among_the_items_of_a_list():
    # A web page's picture sat between two bullets of the list after its lead-in; its
    # caption is not a heading over the rest. "Our values" in the same place is one.
    text = ("Our shared commitments\n\n"
            "Partners have come together to agree commitments where action is needed:\n\n"
            "  • Create a carbon neutral city region by 2038\n"
            "  • Enable the delivery of world-class digital infrastructure\n"
            "Canal barge and canal bridge\n"
            "  • Support our businesses to grow sustainably\n"
            "  • Provide safe, decent and affordable housing\n"
            "Our values\n"
            "  • Flexibility: We adapt quickly and learn together\n"
            "  • Teamwork: We respect and work well with others\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Our shared commitments"]
    assert outcome_titles(result) == [
        "Create a carbon neutral city region by 2038",
        "Enable the delivery of world-class digital infrastructure",
        "Support our businesses to grow sustainably",
        "Provide safe, decent and affordable housing"]


def test_a_bullet_s_wrapped_line_among_the_items_is_not_a_caption():
    # A list copied from a PDF, its items wrapped with their later lines set in under
    # the words: a short later line between two bullets carries on the one above it, and
    # is not a picture's caption to leave out.
    text = ("Our commitments\n\n"
            "The actions we are taking to deliver these commitments include:\n"
            "  • ensuring that we have strong political and managerial leadership through\n"
            "    development programmes and external challenge and support\n"
            "  • investing in member development and management resilience\n"
            "  • becoming a better partner by working with others\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result)[0] == (
        "Ensuring that we have strong political and managerial leadership through "
        "development programmes and external challenge and support")
    assert not any("caption" in warning for warning in result.warnings)


def test_what_an_act_requires_is_not_a_priority():
    # A housing association's statement as a PDF gives its text, wrapped, with no list
    # marks: "… which sets out a requirement that:" gives what the law requires of every
    # buyer, not the body's own priorities, which the guidance's list after it gives.
    text = (
        'This Community Benefits Statement supports Hillcrest to deliver its'
        ' Procurement Strategy 2021-\n'
        '2025. It ensures compliance with Sections 24 and 25 of the'
        ' Procurement Reform (Scotland) Act\n'
        '2014, which sets out a requirement that:\n'
        'Public contracts over the value of £4m will incorporate appropriate'
        ' Community Benefit\n'
        'requirements and opportunities;\n'
        'Delivering Community Benefits is a core part of contract compliance.\n'
        'Community Benefits are one of a range of social and environmental'
        ' considerations that can be\n'
        'included in public contracts and frameworks. These requirements must'
        ' be compatible with the\n'
        'procurement principles, equal treatment and non- discrimination and'
        ' transparency and\n'
        'proportionality. Community Benefits have contributed to a range of'
        ' national and local outcomes\n'
        'relating to employability, skills and tackling inequalities by'
        ' focusing on under-represented groups.\n'
        'Scottish Government Procurement Guidance suggests that Community'
        ' Benefit requirements to be\n'
        'considered in public procurements may include (but are not limited'
        ' to) the following:\n'
        'Generation of employment and training opportunities,\n'
        'Vocational training,\n'
        'Up-skilling; equality initiatives;\n'
        'SME/supply chain/third sector development;\n'
        'Building capacity in community organisations;\n'
        'Educational support initiatives;\n'
        'Work experience;\n'
        'Minimising negative environmental impacts.\n'
        '\n')
    assert outcome_titles(parse_priorities_text(text))[:2] == [
        "Generation of employment and training opportunities", "Vocational training"]


def test_a_contents_page_only_its_chapters_are_the_priorities():
    # A community council's annual report, only its contents: each "CHAPTER N" row is
    # the label of the row after it (the same page), and the rows before the first
    # chapter, a misspelt "FOREWARD" among them, are the report's front matter.
    dots = " " + "." * 40 + " "
    rows = [("FOREWARD FROM THE CHAIR", 3), ("MEMBERS OF THE COMMUNITY COUNCIL", 4),
            ("INTRODUCTION", 5), ("THE CWM TAF WELL-BEING OBJECTIVES", 7), ("HISTORY", 7),
            ("CHAPTER ONE", 9), ("A PROSPEROUS VILLAGE", 9), ("CHAPTER TWO", 10),
            ("A RESILIENT VILLAGE", 10), ("CHAPTER THREE", 13), ("A HEALTHIER VILLAGE", 13)]
    text = ("Annual Report 2018/19\n\nCONTENTS\n\n"
            + "".join(f"{name}{dots}{page}\n" for name, page in rows) + "\nDownload\n")
    assert [title.upper() for title in outcome_titles(parse_priorities_text(text))] == [
        "A PROSPEROUS VILLAGE", "A RESILIENT VILLAGE", "A HEALTHIER VILLAGE"]


def test_a_survey_question_s_scale_of_answers_is_not_a_list_of_priorities():
    # A consultation page: the plan's priorities, then a question with the answers to
    # choose from as bullets. The answers are no priorities.
    text = ("National transport delivery plan\n\nThe plan has three priorities:\n\n"
            "  • Priority 1: bring services to people in order to reduce the need to travel\n"
            "  • Priority 2: allow people and goods to move easily from door to door\n"
            "  • Priority 3: encourage people to make the change to more sustainable transport\n\n"
            "Do you think the plan will have a positive impact on the targets?\n\n"
            "  • very positive\n  • positive\n  • neutral\n  • negative\n  • very negative\n\n"
            "Strongly agree, agree, neither agree nor disagree: tell us why.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert not {"Very positive", "Positive", "Neutral", "Negative"} & set(titles)
    assert len(titles) == 3
    # a page with the question alone: nothing to take
    alone = text[text.index("Do you think"):]
    assert outcome_titles(parse_priorities_text("Have your say\n\n" + alone)) == []


def test_a_list_under_our_core_values_is_not_priorities():
    # "Our core values" over its dash list, after the key areas of focus: the values,
    # as "Our values" is, not five more priorities.
    text = ("Corporate Strategy\n\nKey areas of focus\n\n"
            "- Jobs and Opportunity: We're working to grow the local economy\n"
            "- Health and Wellbeing: We aim to help everyone live healthier lives\n"
            "- Roads and Places: We're fixing and maintaining roads\n\n"
            "Our core values\n\n- Respect: Listening and valuing each other\n"
            "- Integrity: Acting honestly and fairly\n"
            "- Accountability: Keeping our promises\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Jobs and Opportunity", "Health and Wellbeing", "Roads and Places"]


def test_a_list_under_a_place_s_context_is_not_priorities():
    # "Gloucestershire’s context" over facts about the county, after the areas of focus:
    # the place as it is, not more priorities.
    text = ("Corporate Strategy\n\nKey areas of focus\n\n"
            "- Jobs and Opportunity: We're working to grow the local economy\n"
            "- Health and Wellbeing: We aim to help everyone live healthier lives\n\n"
            "Gloucestershire\u2019s context\n\n"
            "- The county's population is growing and ageing faster than the UK average\n"
            "- Rural areas face longer journeys to services\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Jobs and Opportunity", "Health and Wellbeing"]


def test_a_link_after_every_item_is_not_part_of_its_name():
    # Each priority on a council's page ends with a link to its performance, " - How are
    # we doing?": not part of the name, and no sign that the list is of questions.
    text = ("Our priorities\n\nThe priorities driving our business are:\n\n"
            "  • Priority 1: Encouraging sustainable economic growth - How are we doing?\n"
            "  • Priority 2: Developing our workforce - How are we doing?\n"
            "  • Priority 3: Developing our assets and resources - How are we doing?\n\n"
            "Find out about our performance against these priorities.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Encouraging sustainable economic growth", "Developing our workforce",
        "Developing our assets and resources"]


def test_parts_a_sentence_lists_that_the_next_sentence_calls_the_priorities():
    # A news item: one sentence lists three aims parted by semicolons after "through",
    # and the next says "These are the priorities of …" the plan.
    text = ("Home > News\n\nAgency targets £2bn investment\n\n"
            "Over the next three years, the agency expects to stimulate over £2bn investment "
            "in the local economy through supporting local businesses to become bigger and "
            "more profitable; building and growing higher value-added sectors in our "
            "economy; and laying the foundations for future growth through the development "
            "of leading-edge innovation and frontier technologies.\n\n"
            "These are the priorities of the organisation\u2019s draft Corporate Plan for "
            "2008-2011, which today started a public consultation.\n\nShare this page\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Supporting local businesses to become bigger and more profitable",
        "Building and growing higher value-added sectors in our economy",
        "Laying the foundations for future growth through the development of leading-edge "
        "innovation and frontier technologies"]


def test_a_contents_page_leaves_out_the_plan_s_own_sections():
    # Only a contents page: the sections about the plan itself ("Our plan on a page",
    # "Our Annual Plan", "Supporting our priorities", "Engaging with us") are not its
    # priorities; the entries between them are.
    rows = ["Foreword 5", "Our plan on a page 6", "Strategic planning for policing 9",
            "Our Annual Plan 12", "Serious organised crime 18",
            "Counter terrorism and domestic extremism 22", "Road safety and road crime 30",
            "Supporting our priorities 36", "Engaging with us 46"]
    text = "Annual Police Plan\n\n" + "\n\n".join(
        f"    {name} {'.' * 40} {page}" for name, _, page in
        (row.rpartition(" ") for row in rows)) + "\n"
    assert outcome_titles(parse_priorities_text(text)) == [
        "Serious organised crime", "Counter terrorism and domestic extremism",
        "Road safety and road crime"]


def test_a_word_list_pasted_with_its_marks_keeps_its_levels():
    # Word's marks pasted as text: "·" and wide spacing at the first level, "o" at the
    # second and a Wingdings "§" at the third. The counted aims are the "·" items; the
    # points set in under the fourth do not end the list or name another.
    text = ("Minutes:\n\nThe Board received a presentation on the strategy.\n\n"
            "There are five strategic aims:\n\n"
            "·       We will continuously improve the quality and safety of our services\n\n"
            "·       We will be a great organisation with a highly engaged workforce\n\n"
            "·       We will enhance our productivity and efficiency\n\n"
            "·       We will be an effective partner in improving health outcomes\n\n"
            "o   Objectives:\n\n"
            "§  Tackle our health inequalities\n\n"
            "§  Work collaboratively to improve health and care outcomes\n\n"
            "·        We will develop and expand our services within and beyond Gateshead\n\n"
            "Engagement work has been done with staff and patients.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == [
        "We will continuously improve the quality and safety of our services",
        "We will be a great organisation with a highly engaged workforce",
        "We will enhance our productivity and efficiency",
        "We will be an effective partner in improving health outcomes",
        "We will develop and expand our services within and beyond Gateshead"]
    # the label "Objectives:" gives way to the points it labels
    assert [outcome.title for outcome in result.themes[3].outcomes] == [
        "Tackle our health inequalities",
        "Work collaboratively to improve health and care outcomes"]


def test_words_leading_to_the_names_are_not_a_name():
    from svbidder.core.priorities.importing.inline_lists import coordinated_names
    assert coordinated_names("structured around, People, Patients and Partners", 3) == [
        "People", "Patients", "Partners"]


def test_counted_sentences_after_a_paragraph_and_a_table_heading_row():
    # A table pasted as text: the paragraph counts the objectives, the heading row is one
    # line, and each row is one sentence; the lead-in ends with a full stop, not a colon.
    text = ("Skip to main content\n\nCorporate Improvement Objectives\n\n"
            "The Council has set itself three improvement objectives to improve its "
            "services. These were agreed after public consultation.\n\n"
            "Objective Performance improvement objectives for 2020-2021\n\n\n"
            "We will reduce the environmental impact of our own activities through local "
            "action.\n\n\n"
            "We will ensure a more connected district where new technology helps citizens.\n\n\n"
            "To create cleaner neighbourhoods, where everyone takes responsibility for their "
            "waste.\n\n"
            "The effects of the pandemic may lead to a shift in the Council’s priorities for "
            "service delivery during the year. We may need to revise them.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "We will reduce the environmental impact of our own activities through local action",
        "We will ensure a more connected district where new technology helps citizens",
        "To create cleaner neighbourhoods, where everyone takes responsibility for their waste"]


def test_a_contents_entry_naming_the_priorities_one_by_one_over_their_entries():
    # A flipbook's contents, with spaced dot leaders: "Outcomes for Nature, People and
    # Place" is followed by an entry for each, and the rest is front and back matter.
    dots = " . . . . . . . . . . "
    entries = ["Ministerial foreword", "National Park aims", "The wider policy landscape",
               "Outcomes for Nature, People and Place", "Nature", "People", "Place",
               "Complementary strategies", "Glossary of terms"]
    text = "Contents\n" + "".join(f"{entry}{dots}{page}\n" for page, entry in
                                  zip((4, 6, 10, 20, 28, 56, 78, 100, 114), entries,
                                      strict=True))
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Nature", "People", "Place"]
    from svbidder.core.priorities.importing.announced import announced_count
    assert announced_count("Foreword 2 Theme 4: Health, Care and Wellbeing 34") == 0
    assert announced_count("We set out 2 themes: Health and Care") == 2


def test_objectives_opening_to_one_a_line_are_a_list_whose_bullets_were_lost():
    # A browser's copy of a parish council's action plan drops the bullets.
    text = ("Skip to content\nParish Council Action Plan\nAction Plan From May 2022\n"
            "To maintain and improve parish footpaths\n"
            "To continue to request improvements to the dog waste collection service\n"
            "To maintain the defibrillators\n"
            "To support the maintenance of the war memorial\n"
            "To consider planning applications in the interest of parishioners\n"
            "Date of review: May 2022\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "To maintain and improve parish footpaths",
        "To continue to request improvements to the dog waste collection service",
        "To maintain the defibrillators", "To support the maintenance of the war memorial",
        "To consider planning applications in the interest of parishioners"]
    # three such lines are not enough to call a paragraph's sentences a list
    few = ("Our approach\nTo do this we listen.\nTo listen we meet people.\n"
           "To meet people we go out.\nWe will publish a plan in May.\n")
    assert outcome_titles(parse_priorities_text(few)) == []


def test_objectives_opening_with_a_verb_in_ing_after_a_lead_in_are_a_list():
    text = ("Policy objectives\n"
            "Our goal is to realise social value from our suppliers, following these "
            "policy objectives:\n"
            "Ensuring that all applicable contracts add real social value\n"
            "Promoting equity and fairness by targeting effort where need is greatest\n"
            "Promoting the local economy, so that small enterprises can thrive.\n"
            "Creating local employment and training for disadvantaged groups\n"
            "Building the capacity of the voluntary and community sector.\n")
    assert len(outcome_titles(text)) == 5
    # names over descriptions opening so, with no lead-in, are a table, not one list
    table = ("Our values\nOpenness and Accessibility\n"
             "Listening to people and giving clear, timely information to them\n"
             "Acting Sustainably\nMeeting the needs of the present without harm to the future\n"
             "Living within our means\n")
    assert "Acting Sustainably" not in str(shape(parse_priorities_text(table)))


def test_a_count_then_we_will_then_the_counted_list():
    text = ("There are two Performance Improvement Objectives for 2025/26.\nWe will:\n"
            "- deliver better services that meet people’s needs\n"
            "- support our people to thrive in vibrant communities\n"
            "Why have we chosen these objectives?\n"
            "Our Corporate Plan has four key themes of:\n- civic leadership\n- people\n"
            "- planet\n- prosperity\n")
    assert outcome_titles(text)[:2] == ["Deliver better services that meet people’s needs",
                                        "Support our people to thrive in vibrant communities"]


def test_a_section_heading_over_a_paragraph_before_the_list_named_as_priorities():
    text = ("Customer Strategy\n\nSupporting the Corporate Strategies\n\n"
            "The new Corporate Plan was created to address the most pressing issues for the "
            "council in the next five years.\n\nCorporate Priorities\n\n"
            "The council has identified three priorities for the period 2023 to 2028.\n\n"
            "These reflect the areas that are the most important for the community.\n\n"
            "They have been set through consultation with our community and partners.\n\n"
            "• Raising Attainment\n• Investing in Skills and Jobs\n"
            "• Tackling Homelessness, Poverty and Inequality\n\n"
            "The council holds the primacy of the customer as a key value.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Raising Attainment", "Investing in Skills and Jobs",
                                      "Tackling Homelessness, Poverty and Inequality"]


def test_a_paste_set_in_by_the_same_indent_throughout_reads_as_without_it():
    # An email or a PDF viewer may indent every line; only a difference means a level.
    text = ("Our council plan\nOur plan sets out what we aim to achieve over three years. It "
            "explains what we want to do.\nOur priorities\nWe have three new priorities:\n"
            "  • Healthy Barnsley\n  • Learning Barnsley\n  • Growing Barnsley\n"
            "Our People Strategy\nOur People Strategy is for all our staff. It will help us "
            "deliver our ambitions.\nKey themes:\n  • having effective leaders\n"
            "  • a healthy workforce\n")
    indented = "\n".join("    " + line if line.strip() else line for line in text.split("\n"))
    assert shape(parse_priorities_text(indented)) == shape(parse_priorities_text(text))
    assert outcome_titles(text) == ["Healthy Barnsley", "Learning Barnsley", "Growing Barnsley"]


def test_a_list_without_bullets_set_out_in_groups_on_its_page():
    # A news page's plain copy: the areas in two groups, a wider gap between them.
    groups = ("Cabinet endorses the framework\n\nThe plan will guide the county in seven "
              "key priority areas.\n\nThe areas where the leaders can work together most "
              "effectively are:\n\n\nEconomic prosperity\n\nTransport and infrastructure\n\n"
              "Environment and climate\n\n\nEarly years and education\n\n"
              "Employment and skills\n\nHealth and wellbeing\n\nCommunities and place\n\n\n"
              "The plan sits above the work already done on a County Deal for the county, "
              "where leaders made the case for more powers.\n")
    expected = ["Economic prosperity", "Transport and infrastructure", "Environment and climate",
                "Early years and education", "Employment and skills", "Health and wellbeing",
                "Communities and place"]
    assert outcome_titles(groups) == expected
    single = ("The plan will guide the county in seven key priority areas.\n"  # one gap
              "The areas where the leaders can work together most effectively are:\n"
              + "\n".join(expected[:3]) + "\n\n" + "\n".join(expected[3:]) +
              "\n\nThe plan sits above the work already done on a County Deal.\n")
    assert outcome_titles(single) == expected


def test_priorities_for_a_period_are_names_in_a_news_sentence():
    text = ("Skip to main content\nHome\nNews\nCouncil launches its Corporate Plan\n"
            "The Corporate Plan sets the strategic direction for the Council for the next "
            "four years.\nThe overarching priorities for the next four years are Climate "
            "Action, People and Communities, Shared Prosperity and One Council. Key actions "
            "have been identified to make sure they are achieved.\nShare this page\n")
    assert outcome_titles(text) == ["Climate Action", "People and Communities",
                                    "Shared Prosperity", "One Council"]
    # "… were highlighted as; People (…), Place (…)" names from the semicolon on
    minutes = ("Cabinet minutes\nThe priorities for the next four years were highlighted as; "
               "People (for residents to realise their potential), Place (to protect our "
               "environment), Growth (to create the conditions for growth) and Transformation "
               "(to be an efficient council).\n")
    assert outcome_titles(minutes) == ["People", "Place", "Growth", "Transformation"]


def test_a_list_of_guiding_principles_is_read_as_the_priorities_but_values_are_not():
    # Helpers labelling real pages expect a body's guiding principles ("We will …")
    # to be its priorities; its values ("Respect", "Integrity") are how it works.
    text = ("Our Vision\n\nTo improve health and wellbeing.\n\n"
            "Our Guiding Principles are integral to how we will deliver our services:\n\n"
            "  • We will promote wellbeing and early intervention\n"
            "  • We will innovate to drive improvement in services\n"
            "  • We will continue to value the role of carers and families\n")
    assert outcome_titles(text) == ["We will promote wellbeing and early intervention",
                                    "We will innovate to drive improvement in services",
                                    "We will continue to value the role of carers and families"]
    values = ("Our priorities are:\n• Good homes\n• Good jobs\n\nOur values are:\n• Respect\n"
              "• Integrity\n")
    assert outcome_titles(values) == ["Good homes", "Good jobs"]


def test_a_question_after_a_list_of_statements_is_the_next_question_not_a_priority():
    text = ("Contractor FAQs\n\n• What is Buy Social?\n\nBuy Social is a tool to get more from "
            "public spending. These initiatives can include:\n\n"
            "• work placements for people facing disadvantage\n"
            "• skills development for existing employees\n• digital inclusion projects.\n\n"
            "• What is a Broker?\n\nA broker is an organisation which works with people who "
            "are looking for work.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Work placements for people facing disadvantage",
                                      "Skills development for existing employees",
                                      "Digital inclusion projects"]
    assert warned(result, "“What is a Broker?”: it is a question, not a priority")


def test_a_page_title_given_twice_is_not_an_outcome_of_itself():
    text = ("Skip to main content\nHome\nKey benefits\nSocially responsible\n\n"
            "Socially responsible\n\nWe strive to do things with a more social purpose.\n\n"
            "Charitable Donations\n\nAll surplus fees are given to charities or reinvested in "
            "the public sector, as much as possible and in as many ways as possible.\n\n"
            "Modern Slavery\n\nWe work with a charity to help tackle modern slavery, and "
            "contractors' staff attend training written for this framework.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Charitable Donations", "Modern Slavery"]
    assert "social purpose" in result.themes[0].description


def test_priorities_quoted_whole_in_a_news_item_are_read_without_their_quotes():
    text = ("Cabinet agrees the Corporate Plan\n\nThe Council has developed its Corporate Plan "
            "to cover the years 2020 to 2024, setting out its vision and priorities.\n\n"
            "It proposes that the Council is focused on the following three main priority "
            "areas:\n\n“Ensuring People: are independent, healthy and successful.”\n\n"
            "“Creating Places: where people are proud to live, work and play.”\n\n"
            "“Enabling Prosperity: creating opportunities for people and businesses.”\n\n"
            "A 12-week public consultation period was put in place.\n")
    assert outcome_titles(text) == ["Ensuring People", "Creating Places", "Enabling Prosperity"]


def test_priorities_quoted_whole_in_a_word_file_are_read_as_in_a_paste(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Cabinet agrees the Corporate Plan", style="Title")
    for text in ("It proposes that the Council is focused on the following three main "
                 "priority areas:",
                 "“Ensuring People: are independent, healthy and successful.”",
                 "“Creating Places: where people are proud to live, work and play.”",
                 "“Enabling Prosperity: creating opportunities for people and businesses.”",
                 "A 12-week public consultation period was put in place."):
        document.add_paragraph(text)
    document.save(tmp_path / "news.docx")
    assert outcome_titles(parse_priorities_file(tmp_path / "news.docx")) == [
        "Ensuring People", "Creating Places", "Enabling Prosperity"]


def test_a_list_of_what_a_discussion_is_about_is_not_priorities():
    text = ("Your Say, Our Future\n\nOur aim is that the town will:\n\n"
            "  • Be a place people want to live, study, work, visit and play;\n"
            "  • Be a place where people feel included and safe.\n\n"
            "Your Say, Our Future will help people contribute to a discussion about:\n\n"
            "  • the complex problems we face as a town and a Council;\n"
            "  • what the Council does and why;\n  • how the Council is funded.\n")
    assert outcome_titles(text) == ["Be a place people want to live, study, work, visit and play",
                                    "Be a place where people feel included and safe"]


def test_links_to_government_pages_titled_as_their_tabs_are_page_debris():
    from svbidder.core.priorities.importing.furniture import WEB_DEBRIS, debris_reason

    assert debris_reason("Information and guidance for suppliers - GOV.UK") == WEB_DEBRIS
    assert debris_reason("The Procurement Act 2023: A short guide for suppliers (HTML) - "
                         "GOV.UK") == WEB_DEBRIS
    assert debris_reason("Well-being of Future Generations Act: guidance | GOV.WALES") == \
        WEB_DEBRIS
    assert debris_reason("Support the local economy") == ""


def test_numbered_contents_entries_with_their_page_numbers_are_not_a_list():
    text = ("TOWN COUNCIL STRATEGY 2017 - 2022\nCONTENTS\n1. Mission Statement 3\n"
            "2. Introduction 4\n3. The town 7\n4. Committees 8\n5. Budgets and financial 10\n"
            "6. Town and Planning 12\n2\nOur priorities are:\n• A strong voice for the town\n"
            "• High standard services at best value\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["A strong voice for the town",
                                      "High standard services at best value"]
    assert warned(result, "Left out a line of the contents list: “Committees”")


def test_a_labelled_mission_statement_is_not_a_theme():
    text = ("DRAFT OPERATING PLAN 2013 / 14\n"
            "MISSION: Our mission is to build the value of tourism to the economy\n"
            "VISION: Our vision is to champion the promotion of the region.\n"
            "STRATEGIC THEMES – 3 POINT PLAN\n"
            "1. Unlock the Potential: we will raise the importance of tourism.\n"
            "2. Build the Destination: we will fund quality tourism assets.\n"
            "3. Be an excellent organisation: we are committed to excellence.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Unlock the Potential", "Build the Destination",
                                      "Be an excellent organisation"]


def test_contents_entries_a_pdf_broke_over_two_lines_are_joined():
    dots = "." * 40
    text = ("Contents\nForeword" + dots + "4\n"
            f"Priority 1: Children starting school ready to learn{dots}18\n"
            f"Priority 2: Young people equipped for life{dots}22\n"
            "Priority 3: Good jobs, with opportunities for people to\n"
            f"progress and develop{dots}25\n"
            "Priority 4: World-class connectivity that keeps\n"
            f"Greater Manchester moving{dots}38\n"
            f"Priority 5: Safe, decent and affordable housing{dots}42\n")
    assert outcome_titles(text) == [
        "Children starting school ready to learn", "Young people equipped for life",
        "Good jobs, with opportunities for people to progress and develop",
        "World-class connectivity that keeps Greater Manchester moving",
        "Safe, decent and affordable housing"]


def test_a_page_title_over_a_paragraph_before_the_heading_that_names_the_list():
    text = ("Skip to main content\nHome\nAbout us\nOur leadership, strategy and plans\n"
            "Our strategic plan\nEveryone we support shares the desire to make the most of "
            "the opportunities in front of them. Our strategy helps them to achieve their "
            "goals.\nOur strategic themes\n"
            "Offering opportunity\nWe offer every student the opportunity to succeed, with "
            "clear pathways through study.\nBuilding community\nWe are a diverse and welcoming "
            "community with a common purpose, which we will work together to achieve.\n"
            "Embracing flexibility\nWe will respond flexibly to the challenges and "
            "opportunities ahead of us all.\n")
    assert outcome_titles(text) == ["Offering opportunity", "Building community",
                                    "Embracing flexibility"]


def test_a_page_of_short_lines_whose_long_paragraphs_an_email_wrapped_is_unwrapped():
    # Headings and bullets are short; only the long paragraphs were broken at 80
    # characters, each line carried on in lower case: they are whole paragraphs again.
    text = ("Skip to main content\nOur Town, Our Plan\n\nWe have published our plans for "
            "the town for the next few years.\n\nOur plan sets out the priorities which "
            "will improve the lives of\nresidents. We want to make the town a fairer, "
            "greener, safer and\nbetter-connected place to live, work and visit.\n\n"
            "The plan outlines our new priorities under four themes.\n\n"
            "A fairer and inclusive town\n\nWe want to promote sustainable and "
            "environmentally responsible growth to\nstimulate a vibrant, balanced economy, "
            "a fairer society and providing more\nhousing of all types.\n\n"
            "A safer and greener place\n\nThis means:\n\n\u2022 making the town more "
            "attractive\n\u2022 ensuring communities are safe\n\n"
            "Healthy, active and enjoyable lives\n\nThis includes:\n\n"
            "\u2022 encouraging people to live well\n\u2022 reducing social isolation\n\n"
            "A connected town\n\nThis means:\n\n\u2022 bringing people together\n"
            "\u2022 working in partnership to build community capacity, stronger communities "
            "and\n  to secure investment in the town\n\nYou can download the plan.\n")
    titles = all_titles(parse_priorities_text(text))
    for theme in ("A safer and greener place", "Healthy, active and enjoyable lives",
                  "A connected town"):
        assert theme in titles
    assert not any(title.startswith(("We want to promote", "Stimulate a vibrant"))
                   for title in titles)


def test_a_double_spaced_page_wrapped_at_a_width_reads_as_the_page_did():
    # Every line of the page was followed by a blank line, and its long paragraphs were
    # then wrapped: the spacing shows only once the paragraphs are whole again.
    page = [
        "Shaping Our Town \u2013 A better life in a better place",
        "Our Corporate Plan sets out what we are going to do to help the town become a "
        "better place for people to live, learn and work and bring up their families.",
        "Every day the council delivers hundreds of services to more than 140,000 residents "
        "across the whole of the county borough and its valleys",
        "Here you can read more about the work we are doing to help us improve the "
        "well-being of our residents and communities, and the support we provide.",
        "Our priorities for improvement over the next few years are:",
        "To improve the well-being of children and young people",
        "To improve the well-being of all adults who live in the county borough",
        "To develop the local economy and environment",
        "How are we doing?",
        "Here you can read about the progress we have made, what is going well and where "
        "we are on track, and also about those areas that need more work."]
    wrapped = "\n\n".join(textwrap.fill(line, 80) for line in page) + "\n"
    assert "140,000\nresidents" in wrapped
    assert outcome_titles(wrapped) == [
        "To improve the well-being of children and young people",
        "To improve the well-being of all adults who live in the county borough",
        "To develop the local economy and environment"]
    from svbidder.core.priorities.importing.pasted import _breaks_at
    assert _breaks_at("Every day the council delivers hundreds of services to more than "
                      "140,000", "residents across", 80)
    assert not _breaks_at("Our priorities and how we will measure them, Commentary 4",
                          "next steps", 60)


def test_a_counted_list_of_plain_names_each_over_its_list_keeps_a_how_we_work_theme():
    # "There are four …" over four names pasted plain, each over its bullets: the fourth,
    # "How we work", is one of the four, not a section about the document.
    text = ("Our Corporate Plan has now been published.\n\nThis plan prioritises the issues "
            "that residents have told us matter to them. There are four overarching "
            "objectives:\n\nMaking the borough green\n\n\u2022 Enhance our natural "
            "environment\n\u2022 Reduce waste\n\nMaking the borough safe\n\n"
            "\u2022 Confront crime\n\nMaking the borough fair\n\n\u2022 Invest in the "
            "borough\n\u2022 Help young people get a great start\n\nHow we work\n\n"
            "\u2022 Make it easier to have your say\n\u2022 Run the council efficiently\n\n"
            "Download the Plan\n")
    assert [theme for theme, _ in shape(parse_priorities_text(text))] == [
        "Making the borough green", "Making the borough safe", "Making the borough fair",
        "How we work"]


def test_a_counted_list_of_names_with_a_link_under_each_paragraph_stops_at_the_count():
    # Each card: a name, a paragraph, then a link to the priority's page; the section
    # after the three ("Delivering our ambition") is not a fourth.
    text = ("Council Plan 2023 to 2027\n\nOur priorities\n\nThe Council Plan will focus "
            "on 3 borough priorities to achieve this ambition:\n\n"
            "Engaged and healthy communities\n\nOur role is to help create opportunities "
            "where people can succeed and feel safe.\n\nExplore our community priorities\n\n"
            "Thriving and connected economy\n\nThe local economy includes businesses, jobs, "
            "skills and services.\n\nExplore our economic priorities\n\n"
            "Green and sustainable environment\n\nOur environment includes our parks, "
            "cycleways and roads.\n\nExplore our environmental priorities\n\n"
            "Delivering our ambition\n\nTo deliver these priorities, we have identified "
            "principles for how we will work.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Engaged and healthy communities",
                                      "Thriving and connected economy",
                                      "Green and sustainable environment"]
    assert any("Explore our economic priorities" in warning for warning in result.warnings)


def test_a_summary_bullet_that_names_the_objectives_leads_into_the_list_under_it():
    text = ("Self-Assessment Report 2024-25\n\nImprovement Objectives\n\n"
            "\u2022 Our Improvement Objectives are set out within our Performance Improvement "
            "Plan.\n\u2022 Our Improvement Objectives for 2024/25 were:\n"
            "    - People: We will work with partners to improve the lives of citizens.\n"
            "    - Place: We will maintain and improve our local areas.\n"
            "    - Planet: We will reduce our environmental impact.\n"
            "\u2022 Of 56 indicators used to track progress:\n"
            "    - 87% were achieved or on track (49 of 56)\n"
            "    - 4% were not achieved (2 of 56)\n"
            "\u2022 Further details on each objective are on the following pages.\n\n"
            "Why did we do this:\n\n\u2022 Skills were one of citizens\u2019 top priorities.\n"
            "\u2022 Half of citizens wanted more support for families.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["People", "Place", "Planet"]
    # the summary's bullets before the list are its introduction, not text after it
    assert any("introduction before the first priority" in w for w in result.warnings)
    assert not any("after the list" in w and "Performance Improvement Plan" in w
                   for w in result.warnings)


def test_a_contents_page_in_parts_gives_the_numbered_entries_of_the_part_naming_the_list():
    text = ("Our Mission\n\nTo inspire learning and improve lives.\n\nContents\n\n"
            "Part 1 : Executive Summary\n\n1.1 Introduction ...... 4\n\n"
            "1.2 Mission, Vision and Core Values ...... 6\n\nPart 2 : Strategic Objectives\n\n"
            "2.1 Financial Objectives ...... 10\n\n2.2 Curriculum Objectives ...... 15\n\n"
            "2.3 Estates Objectives ...... 24\n\nPart 3 : KPIs and Strategic Risks\n\n"
            "3.1 Key Performance Indicators ...... 28\n\n3.2 Strategic Risks ...... 34\n")
    assert outcome_titles(text) == ["Financial Objectives", "Curriculum Objectives",
                                    "Estates Objectives"]


def test_a_list_of_a_report_s_chapters_names_them_without_the_label_or_the_appendices():
    text = ("TOWN COUNCIL ANNUAL REPORT\n\nCONTENTS\n\n\u2022 Introduction\n"
            "\u2022 About this report\n\nThe well-being goals:\n\n"
            "\u2022 Chapter 1 \u2013 A Prosperous Town\n\u2022 Chapter 2 -A Resilient Town\n"
            "\u2022 Chapter 3 \u2013 A Healthier Town\n"
            "\u2022 Appendix 1 \u2013 Town Councillors 2015/16\n\nIntroduction\n\n"
            "Welcome to this Annual Report.\n")
    assert outcome_titles(text) == ["A Prosperous Town", "A Resilient Town",
                                    "A Healthier Town"]


def test_a_list_of_what_the_law_asks_of_a_body_is_not_its_priorities():
    text = ("Agenda Item 11\n\nCabinet endorsement was sought of the draft Well-being Plan.\n\n"
            "The Act established Public Services Boards in each area. The PSB had to do "
            "this by:\n\n\u2022 Assessing the state of well-being in the local area.\n"
            "\u2022 Setting local objectives that contribute to the national goals.\n"
            "\u2022 Taking all reasonable steps to meet these objectives.\n\n"
            "The PSB had to publish its first plan by May.\n")
    assert all_titles(parse_priorities_text(text)) == []
    # what a body is required to set out in its plan may be its aims
    required = text.replace("The PSB had to do this by:",
                            "Boards are required to set out how resources will be used to:")
    assert outcome_titles(required)


def test_a_name_and_what_it_means_run_long_on_one_line_after_others_is_still_an_item():
    # a double-spaced page: its last "Name – what it means" line runs past 30 words
    lines = ["Skip to main content", "Dartmoor, an inspirational place where:",
             "the natural beauty and cultural heritage are conserved and enhanced.",
             "Dartmoor was designated as a National Park for its distinctive landscapes.",
             "A number of more specific Ambitions are relevant to the 'Sustain' theme:",
             "Land Management \u2013 Farming communities continue to play a central role in "
             "conserving and enhancing the park's special qualities.",
             "Habitats and Wildlife \u2013 The park's important habitats are expanded and "
             "linked, supporting resilient ecosystems.",
             "Natural Resources \u2013 The park's natural resources are managed and enhanced.",
             "Archaeology and Historic Built Environment \u2013 The park's outstanding "
             "archaeological and historic landscapes are well managed, understood and enjoyed, "
             "and the character of its distinctive historic built environment is conserved "
             "and enhanced for everyone."]
    text = "\n\n".join(lines) + "\n"
    assert outcome_titles(text) == ["Land Management", "Habitats and Wildlife",
                                    "Natural Resources",
                                    "Archaeology and Historic Built Environment"]


def test_minutes_name_the_areas_of_focus_in_a_later_sentence_of_a_paragraph():
    text = ("Agenda Item 11\n\nCabinet endorsement was sought of the draft Well-being Plan.\n\n"
            "In May 2017 the Board published its assessment. Views were sought on the four "
            "areas of focus which the Board had identified to provide a framework for the "
            "plan. The four areas of focus were engagement, the environment, early years and "
            "tackling poverty and these had been developed into objectives.\n\n"
            "Cabinet endorsed the draft plan.\n")
    assert outcome_titles(text) == ["Engagement", "The environment", "Early years",
                                    "Tackling poverty"]


def test_a_strategys_own_focus_is_kept_beside_the_council_ambitions_a_later_lead_in_counts():
    text = ("The Council has a duty to use its spending power to deliver its vision.\n\n"
            "The focus of this Strategy is:\n"
            "- Supporting local businesses and the third sector\n"
            "- Increasing delivery of social value\n"
            "- Delivering best value outcomes\n\n"
            "By delivering in these areas, the Council can be confident of the benefit.\n\n"
            "Meeting these challenges will mean focusing on our four ambitions:\n"
            "- Travel across the county is safer.\n"
            "- Health inequalities are reduced.\n"
            "- Helping people out of poverty.\n"
            "- Children and young people have opportunities to thrive.\n")
    titles = outcome_titles(text)
    assert titles[:3] == ["Supporting local businesses and the third sector",
                          "Increasing delivery of social value", "Delivering best value outcomes"]
    assert len(titles) == 7
    # a list after any other sentence still gives way to the counted ones
    other = text.replace("The focus of this Strategy is:", "We spend our budget on:")
    assert len(outcome_titles(other)) == 4


def test_a_contents_page_alone_gives_its_labelled_themes_over_the_entries_after_them():
    # two columns of a contents page read across: the left column's sections, the right
    # column's themes and their priority areas, put back in page order
    text = ("Corporate Strategy 2022\u20132027\n\nContents\n"
            "Foreword 2        Theme 4: Health, Care and Wellbeing 34\n"
            "Our Role 3        Transforming Care . . . . . . . . . . . . 35\n"
            "                  Mental Health and Wellbeing . . . . . . 36\n"
            "Our Challenges 4  Poverty . . . . . . . . . . . . . . . . 38\n"
            "Our Vision 8      Theme 5: Homes and Communities 40\n"
            "                  Housing Supply . . . . . . . . . . . . . 41\n"
            "                  Homelessness . . . . . . . . . . . . . . 43\n")
    result = parse_priorities_text(text)
    assert [(t.title, [o.title for o in t.outcomes]) for t in result.themes] == [
        ("Health, Care and Wellbeing", ["Transforming Care", "Mental Health and Wellbeing",
                                        "Poverty"]),
        ("Homes and Communities", ["Housing Supply", "Homelessness"])]
    assert "contents page" in result.unsure


def test_a_contents_page_run_into_one_line_gives_its_sections_less_front_and_back_matter():
    text = ("Police and Crime Plan 2019-2021\n\n"
            "Contents Foreword: A Safer County 4 Mission and Philosophy 6 Values 6 Plan on a "
            "Page 7 Intervening Early and Preventing Crime 16 Enforcing Robustly to Fight Crime "
            "18 Putting Victims at the Heart of Justice 20 Public Services Collaboration 26 "
            "Appendix 1: Finance 30\n")
    assert outcome_titles(text) == ["Intervening Early and Preventing Crime",
                                    "Enforcing Robustly to Fight Crime",
                                    "Putting Victims at the Heart of Justice",
                                    "Public Services Collaboration"]


def test_a_contents_page_before_more_text_than_it_holds_is_not_taken_for_the_priorities():
    body = " ".join(["The council will build on its work to improve the town."] * 12)
    text = ("Contents\nMission Statement 3\nCommittees 8\nBudgets and financial 10\n"
            "Liaison meetings 12\nTown and Planning 14\nPublicity and Information 16\n\n"
            f"{body}\n")
    assert all_titles(parse_priorities_text(text)) == []


def test_theme_names_over_actions_are_read_back_when_a_copy_lost_headings_and_bullets():
    text = ("Our priorities for the borough.\n"
            "Active, fulfilled lives\n"
            "Greater access to better quality adult social care\n"
            "Improve the use of leisure, culture, art and sport\n"
            "Tackle the causes of poverty and homelessness\n"
            "Better, brighter futures\n"
            "Ensure every child has a good education\n"
            "Promote training and employment for young people\n"
            "Green, sustainable environment\n"
            "Working with businesses to tackle climate change\n"
            "Protect the countryside and open spaces\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Active, fulfilled lives", 3), ("Better, brighter futures", 2),
        ("Green, sustainable environment", 2)]
    # short names over names, not actions, are no such page (a menu, a list of places)
    places = ("Our places.\nNorth area\nCorby town centre\nKettering town centre\n"
              "South area\nWellingborough town centre\nRushden town centre\n"
              "Thrapston\nOundle\n")
    assert all(t.title != "North area" for t in parse_priorities_text(places).themes)


def test_the_new_plans_themes_named_in_a_sentence_are_taken_over_the_old_plans_before_them():
    text = ("Partnership Plan 2023/33\n\n"
            "The Local Outcomes Improvement Plan ran from 2017 to 2022. The Plan did not cover "
            "everything, but focussed on three key priority areas: Repopulation; Reducing "
            "inequalities; and Environment, culture and heritage.\n\n"
            "The Partnership Plan 2023/33 was agreed on 13th March 2023.\n\n"
            "The Partnership Plan 2023/33 has a vision of 'Success for all' and will focus on "
            "the themes of Empowered people; Working people; Healthy people and places; A "
            "supportive place, and A thriving place.\n")
    assert outcome_titles(text) == ["Empowered people", "Working people",
                                    "Healthy people and places", "A supportive place",
                                    "A thriving place"]
    # with no later plan, the priorities as they were are still the ones the text names
    assert outcome_titles(text.rsplit("\n\nThe Partnership Plan 2023/33 has", 1)[0]) == [
        "Repopulation", "Reducing inequalities", "Environment, culture and heritage"]


def test_theme_names_over_actions_may_have_one_action_and_an_action_may_end_with_a_full_stop():
    text = ("Employment, procurement & physical assets\n"
            "Develop our Anchor Strategic Workplan and a core dataset\n"
            "Greening health systems\n"
            "Complete the Foresterhill biodiversity project\n"
            "Develop new clinical waste reduction programme.\n"
            "Develop quarterly recycling improvement action plan\n"
            "Value Based Health & Care\n"
            "Support pathway redesign\n"
            "Develop Future Care Plan\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Employment, procurement & physical assets", 1), ("Greening health systems", 3),
        ("Value Based Health & Care", 2)]


def test_a_spaced_list_without_bullets_keeps_its_long_points_set_in_under_each_name():
    text = ("Council Priorities:\n\n"
            "Build the Local Economy\n\n"
            "  Improve the level of skills within our communities and workforce\n"
            "  Invest in our key infrastructure\n\n"
            "Provide the best start in life for all our Children\n\n"
            "  Ensure early intervention, in particular to keep our region's most vulnerable "
            "children safe\n"
            "  Support children to be healthy and active\n\n"
            "Protect our most vulnerable people\n\n"
            "  Tackle the causes and effects of inequality and poverty\n"
            "  Keep our communities safe\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Build the Local Economy", 2), ("Provide the best start in life for all our Children", 2),
        ("Protect our most vulnerable people", 2)]


def test_action_sentences_straight_under_a_labelled_theme_are_its_outcomes():
    text = ("Annual Delivery Plan 2024-25\n"
            "Priority 1: Provide a fast, safe, and effective response\n"
            "Implement fire cover review recommendations.\n"
            "Continue to implement a new firefighter Fitness Framework.\n"
            "Support the procurement of new mobilisation software.\n"
            "Priority 2: Help protect the built environment\n"
            "Continue to develop and expand fire safety training and capabilities.\n"
            "Assess and respond to the Grenfell Tower Inquiry Phase 2 Report.\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Provide a fast, safe, and effective response", 3),
        ("Help protect the built environment", 2)]
    # a paragraph describing the theme is still its description
    described = ("Priority 1: Safer homes\nWe know that most fires start in the kitchen. "
                 "Our crews visit thousands of homes each year.\n"
                 "Priority 2: Safer roads\nRoad traffic collisions remain the largest cause "
                 "of injury we attend.\n")
    assert [[o.title for o in t.outcomes] for t in parse_priorities_text(described).themes] == [
        ["Safer homes"], ["Safer roads"]]


def test_counted_names_each_alone_over_a_group_of_lines_are_themes_over_their_outcomes():
    text = ("This plan prioritises the issues that residents have told us matter to them. "
            "There are three overarching objectives:\n\n"
            "Making Richmond green\n\n"
            "Campaign and advocate for action on the climate emergency\n"
            "Enhance our natural environment and protect against flooding\n\n"
            "Making Richmond safe\n\n"
            "Confront crime and ASB\n"
            "Be the safest London borough\n\n"
            "How we work\n\n"
            "Make it easier to communicate with the Council\n"
            "Run the Council efficiently\n\n"
            "Download the Plan\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Making Richmond green", 2), ("Making Richmond safe", 2), ("How we work", 2)]


def test_counted_paragraphs_each_ending_with_its_name_give_the_names():
    text = ("The College's Strategic Intent set out five strategic actions to achieve our "
            "vision.\n\n"
            "We will respond to a changing economy with education that connects learning to "
            "the real world, through our strategic action: curriculum.\n\n"
            "We will empower our staff through clarity of purpose and shared understanding "
            "through our strategic action: developing people.\n\n"
            "We will become a cloud and digital-first college through our strategic action: "
            "digital.\n")
    # the paste stops after three of the five: the three are still the priorities
    assert outcome_titles(text) == ["Curriculum", "Developing people", "Digital"]


def test_numbers_first_contents_entries_under_a_heading_naming_them_are_the_priorities():
    text = ("Town Council Plan 2012 - 2017\n\nCONTENTS\n\n"
            "SECTION A: WHY PRODUCE A TOWN COUNCIL PLAN? 2 - 3\n\n"
            "SECTION D: THE STRATEGIC PLAN 2012 \u2013 2017 9 - 22\n\n"
            "OBJECTIVES\n\n"
            "9 STRONG LOCAL LEADERSHIP\n\n"
            "COMMUNITY CONSULTATION, ENGAGEMENT, COMMUNICATION & 17 DEVELOPMENT\n\n"
            "20 TOURISM FOR JOBS\n\n"
            "21 INVESTING IN COMMUNITIES\n\n"
            "22 ECONOMIC WELLBEING OF THE TOWN\n\n"
            "APPENDIX\n\n"
            "1 Town Council Representatives on Outside Organisations 26 - 27\n")
    assert outcome_titles(text) == [
        "Strong local leadership", "Community consultation, engagement, communication & "
        "development", "Tourism for jobs", "Investing in communities",
        "Economic wellbeing of the town"]


def test_one_dash_alone_on_its_line_is_a_separator_not_the_next_paragraphs_bullet():
    text = ("New Council Plan sets out the priorities\n\n-\n\n"
            "With one month to go until the launch of the new council, councillors have "
            "published the priorities for the new authority.\n\n"
            "The key priorities for the new Council will be:\n\n"
            "  \u2022 A Greener, More Sustainable Somerset\n"
            "  \u2022 A Healthy and Caring Somerset\n"
            "  \u2022 A Flourishing and Resilient Somerset.\n")
    assert all_titles(parse_priorities_text(text))[-3:] == [
        "A Greener, More Sustainable Somerset", "A Healthy and Caring Somerset",
        "A Flourishing and Resilient Somerset"]
    assert not any(title.startswith("With one month") for title in
                   all_titles(parse_priorities_text(text)))
    # "… will be:" leads into the list: it is no theme's name
    assert not parse_priorities_text(text).themes[0].title.startswith("The key priorities")
    # marks set apart for a whole list still start their items
    apart = "Our aims:\n\u2022\nLocal jobs\n\u2022\nGreener streets\n"
    assert outcome_titles(apart) == ["Local jobs", "Greener streets"]


def test_a_quoted_name_keeps_what_it_stands_for_before_the_description():
    text = ("The First Minister committed to driving forward progress across 3 key areas:\n"
            "- \u2018Iechyd da\u2019 \u2013 A Healthier Wales \u2013 cutting NHS waiting "
            "times, including for mental health\n"
            "- Green jobs and growth \u2013 creating green jobs that tackle the climate crisis\n"
            "- Connecting communities \u2013 transforming our railways and bus network\n")
    result = parse_priorities_text(text)
    outcomes = [o for t in result.themes for o in t.outcomes]
    assert [o.title for o in outcomes] == ["\u2018Iechyd da\u2019 \u2013 A Healthier Wales",
                                           "Green jobs and growth", "Connecting communities"]
    assert outcomes[0].description.startswith("Cutting NHS waiting times")


def test_a_photographs_alternative_text_without_an_article_is_left_out():
    assert debris_reason("Photograph of someone looking at a Task and Finish workshop "
                         "document") == "a picture's caption"
    assert debris_reason("Image of children planting trees in the park") != ""
    assert debris_reason("Photography and film skills for young people") == ""


def test_an_unnumbered_mission_is_the_statement_not_a_theme_over_the_objectives():
    text = ("Town Plan 2019-2024\n\n"
            'Mission: "To ensure Bridport remains a thriving community and a healthy, '
            'attractive and resilient place in which to work, live and visit."\n\n'
            "The five strategic objectives for the next five years:\n\n"
            "Responding to the Climate Change Emergency;\n"
            "Delivering the ambitions of the Neighbourhood Plan;\n"
            "Helping build a sustainable local economy.\n")
    assert not any(title.startswith('"To ensure') for title in
                   all_titles(parse_priorities_text(text)))
    # a numbered mission is still a theme: "Mission 2: Healthier lives"
    numbered = ("Mission 1: Healthier lives\n- Fewer smokers\n"
                "Mission 2: Greener places\n- More trees\n")
    assert [t.title for t in parse_priorities_text(numbered).themes] == ["Healthier lives",
                                                                         "Greener places"]


def test_hyphens_typed_as_bullets_without_a_space_start_items():
    text = ("We aim to add value through the delivery of:\n"
            "-apprenticeship and other employment opportunities\n"
            "-work experience and training opportunities\n"
            "-supply chain opportunities for local business\n")
    assert outcome_titles(text) == ["Apprenticeship and other employment opportunities",
                                    "Work experience and training opportunities",
                                    "Supply chain opportunities for local business"]


def test_three_short_capitalised_lines_after_a_lead_in_are_a_list_not_a_wrapped_paragraph():
    text = ("Mae Bwrdd Gwasanaethau Cyhoeddus Powys yn gyfrifol am ddatblygu Cynllun Llesiant "
            "lleol. Gosodwyd yr amcanion isod sef nodau craidd y cynllun:\n"
            "Bydd pobl ym Mhowys yn byw bywydau hapus, iach, a diogel\n"
            "Mae Powys yn sir o fannau a chymunedau cynaliadwy\n"
            "Gwasanaeth Cyhoeddus gynyddol effeithiol i bobl Powys\n"
            "Dywedodd y Cynghorydd James Gibson-Watt, Arweinydd Cyngor Sir Powys a Chadeirydd "
            "Bwrdd Gwasanaethau Cyhoeddus Powys: \"Pleser yw cyhoeddi Cynllun Llesiant newydd "
            "Powys.\n"
            "\"Diolch i bawb sydd wedi bod yn ymwneud \u00e2'r Cynllun ac wedi dweud eu dweud "
            "yn ystod yr amrywiol ymarferion ymgysylltu ac ymgynghori.\n")
    assert outcome_titles(text) == ["Bydd pobl ym Mhowys yn byw bywydau hapus, iach, a diogel",
                                    "Mae Powys yn sir o fannau a chymunedau cynaliadwy",
                                    "Gwasanaeth Cyhoeddus gynyddol effeithiol i bobl Powys"]


def test_counted_names_over_small_letter_actions_are_themes_over_those_actions():
    text = ("Supporting the vision are our two strategic aims and five objectives:\n"
            "Protecting and preventing\n"
            "identify and reduce risks from fire and other hazards\n"
            "respond effectively to prevent loss of life and injury\n"
            "define and deliver our role in the community\n"
            "Developing motivated people\n"
            "invest in the skills and potential of all our people\n"
            "deliver value for money based on risk\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Protecting and preventing", 3), ("Developing motivated people", 2)]
    # a name's paragraph that wrapped onto a line with a small letter is still prose
    wrapped = ("Our two priorities are:\nSafer homes\nWe know that most fires start in the "
               "kitchen and our crews\nvisit thousands of homes each year to fit alarms.\n"
               "Safer roads\nRoad traffic collisions remain the largest cause of injury.\n")
    assert "visit thousands" not in " ".join(all_titles(parse_priorities_text(wrapped)))


def test_theme_names_over_small_letter_actions_may_open_with_a_verb_themselves():
    text = ("Protecting and preventing\n"
            "identify and reduce risks from fire and other hazards\n"
            "respond effectively to prevent loss of life and injury\n"
            "define and deliver our role in the community\n"
            "Developing motivated people to deliver effectively\n"
            "invest in the skills and potential of all our people\n"
            "optimise the contribution of all our people\n"
            "Value through sustainable improvement\n"
            "develop an organisation that is fit for purpose\n"
            "deliver value for money based on risk\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Protecting and preventing", 3),
        ("Developing motivated people to deliver effectively", 2),
        ("Value through sustainable improvement", 2)]


def test_paragraphs_each_opening_with_an_action_are_a_list_that_lost_its_numbers():
    text = ("Our plan for the year balances financial and service priorities, which will be "
            "a significant challenge:\n\n"
            "Accelerating the digital opportunities for the system:\n"
            "Sharing technological infrastructure and technical design\n"
            "Harnessing information for data analytics and governance.\n\n"
            "Developing a Clinical Services Strategy and developing clinical networks to "
            "promote greater collaboration between clinical teams.\n\n"
            "Investing in prevention, with a ring-fenced additional £2 million.\n\n"
            "Implementing our workforce strategy to:\n"
            "Reduce reliance on agency staff and reduce cost.\n"
            "Create a county-wide recruitment bureau.\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Accelerating the digital opportunities for the system", 2),
        ("Developing a Clinical Services Strategy and developing clinical networks to "
         "promote greater collaboration between clinical teams", 1),
        ("Investing in prevention, with a ring-fenced additional £2 million", 1),
        ("Implementing our workforce strategy to:", 2)]
    # a name over each paragraph: the paragraphs describe the names
    described = ("Our themes are:\n\nGood for places\n\nEncouraging a sustainable supply base "
                 "that supports resilient supply chains.\n\nGood for people\n\nDeveloping "
                 "relationships that support the development of supply markets.\n\n"
                 "Good for the planet\n\nReducing the carbon our contracts produce each "
                 "year.\n")
    assert all(not title.startswith(("Encouraging", "Developing", "Reducing"))
               for title in all_titles(parse_priorities_text(described)))


def test_a_second_counted_list_after_the_first_is_read_not_left_out_as_its_outro():
    text = ("The plan is based around three overarching objectives set in response to the "
            "challenges we face:\n"
            "Recovery and Renewal – investing in regeneration and a sustainable future\n"
            "Reduce poverty and Inequality – supporting our communities\n"
            "Respond to the Climate Emergency – meeting our net zero targets\n"
            "The previous Council Plan set out four thematic objectives which remain "
            "relevant for this plan:\n"
            "Grow our Economy – increase sustainable and inclusive growth\n"
            "Grow our People – give our children the best start in life\n"
            "Grow our Communities – give people a real say in decisions\n"
            "Grow our Capacity – deliver excellent services\n"
            "Read the Council Plan 2022 to 2027\n")
    titles = all_titles(parse_priorities_text(text))
    assert [t for t in titles if t.startswith(("Re", "Grow"))] == [
        "Recovery and Renewal", "Reduce poverty and Inequality",
        "Respond to the Climate Emergency", "Grow our Economy", "Grow our People",
        "Grow our Communities", "Grow our Capacity"]


def test_small_letter_actions_after_a_lead_in_are_parted_when_a_page_wrapped_them():
    intro = textwrap.fill(
        "The council spends around £170m per year on goods, works, and services with "
        "suppliers. In a time of increasing funding pressures, and increasing resident "
        "expectations, it is more important than ever that we have the best commercial "
        "arrangements in place, and that every contract we let is managed well.", 77)
    actions = [
        "procure innovative and flexible works, services, and quality goods that are "
        "responsive to the needs of our community and deliver optimum value for money",
        "ensure that the council gets maximum value from every pound that is spent "
        "through best value and innovative procurement practice",
        "drive social value from our procurements, including making a positive commitment "
        "to addressing climate change and supporting the local economy",
        "ensure a consistent approach to procurement"]
    text = intro + "\nThese arrangements will:\n" + "\n".join(
        textwrap.fill(action, 77) for action in actions) + "\n"
    assert outcome_titles(text) == [action[0].upper() + action[1:] for action in actions]


def test_a_sentence_naming_the_priorities_is_read_across_the_line_a_page_broke_it_at():
    text = ("Our strategic Trust objectives 2018/19 have been agreed by our Trust Board.\n"
            "Our objectives are focused to support the delivery of our four ‘P’s which are\n"
            "Patients, People, Performance and Partnerships.\n"
            "They will support us by ensuring we remain a hospital that is run well.\n")
    assert outcome_titles(text) == ["Patients", "People", "Performance", "Partnerships"]


def test_one_long_line_among_short_ones_after_a_lead_in_stays_in_the_list():
    text = ("Community benefits cover a wide range of activities, these can include:\n"
            "Creating and maximising local opportunities\n"
            "Training and recruitment opportunities for the long term economically inactive "
            "(long term economically inactive means those not been in paid employment in "
            "the last 3 months immediately prior to the date of this invitation)\n"
            "Volunteering days\n"
            "Support for local youth groups\n"
            "Utilise local supply chains.\n"
            "Under the terms of this contract the successful Contractor will be required to "
            "deliver Community Benefits.\n")
    titles = outcome_titles(text)
    assert titles[0] == "Creating and maximising local opportunities"
    assert titles[1].startswith("Training and recruitment opportunities")
    assert titles[2:] == ["Volunteering days", "Support for local youth groups",
                          "Utilise local supply chains"]


def test_long_lines_each_opening_with_an_action_after_a_lead_in_are_a_list():
    text = ("Adoption of a Social Value Charter had the potential to deliver the following "
            "benefits:\n"
            "Encourage a more diverse range of suppliers to work with the Council and its "
            "partners, including small and medium sized enterprises and local suppliers in "
            "general.\n"
            "Promote fair employment practices: Ensuring workforce equality and diversity "
            "within supply chains.\n"
            "Maximising opportunities for local organisations to participate\n"
            "in the council's supply chains and encouraging suppliers to make a social "
            "contribution to the local area.\n"
            "Promoting greater environmental sustainability: Minimising waste and pollution, "
            "supporting carbon reduction initiatives.\n"
            "ORDERED\n")
    assert outcome_titles(text) == [
        "Encourage a more diverse range of suppliers to work with the Council and its "
        "partners, including small and medium sized enterprises and local suppliers in general",
        "Promote fair employment practices",
        "Maximising opportunities for local organisations to participate in the council's "
        "supply chains and encouraging suppliers to make a social contribution to the local "
        "area",
        "Promoting greater environmental sustainability"]


def test_theme_names_over_actions_may_carry_a_note_under_an_action():
    text = ("Community Benefits cover a whole range of areas:\n"
            "Employment and Training Opportunities\n"
            "Recruit and train long term economically inactive persons as part of the "
            "workforce delivering this contract\n"
            "You might be required to agree to a set number of person weeks of employment or "
            "experience per annum, to be agreed upon contract award, and to report on them "
            "each quarter through the contract management meetings.\n"
            "Consider employing an apprentice during the contract period.\n"
            "Offer work placements to school, colleges and university students\n"
            "Supply Chain Opportunities\n"
            "Create opportunities for small firms to bid for work through the supply chain.\n"
            "Sign up to mentoring schemes to support new companies.\n"
            "Additional Benefits\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Employment and Training Opportunities", 3), ("Supply Chain Opportunities", 2)]
    assert "You might be required" not in " ".join(all_titles(result))


def test_lines_opening_with_an_action_under_a_heading_naming_them_are_a_list():
    text = ("Our clinical board's priorities\n"
            "Operational priorities\n"
            "Improving patient experience through the patient experience programme.\n"
            "Maintaining clear clinical governance processes to enhance patient safety\n"
            "Reducing waiting times for patients.\n"
            "Meeting our financial targets, including cost improvement programmes.\n")
    assert outcome_titles(text) == [
        "Improving patient experience through the patient experience programme",
        "Maintaining clear clinical governance processes to enhance patient safety",
        "Reducing waiting times for patients",
        "Meeting our financial targets, including cost improvement programmes"]
    # one in capitals is still one of them
    shouted = text.replace("Reducing waiting", "REDUCING waiting")
    assert len(outcome_titles(shouted)) == 4


def test_a_sub_list_heading_under_each_priority_gives_two_levels_when_bullets_were_lost():
    text = ("The Improvement Objectives we have identified for 2025/26 are set out below.\n"
            "To assist a return to healthy lifestyles through regrowing participation in "
            "sport\n"
            "Sub Objectives\n"
            "Support and deliver Sport & Physical Activity programmes\n"
            "Achieve 1.5million paid leisure centre user visits\n"
            "To create a greener, cleaner more attractive district\n"
            "Sub Objectives\n"
            "To protect and promote our natural and built assets\n"
            "To protect and enhance our environment\n"
            "\n"
            "Please tell us what you think by 30 May.\n")
    result = parse_priorities_text(text)
    assert [(t.title, [o.title for o in t.outcomes]) for t in result.themes] == [
        ("To assist a return to healthy lifestyles through regrowing participation in sport",
         ["Support and deliver Sport & Physical Activity programmes",
          "Achieve 1.5million paid leisure centre user visits"]),
        ("To create a greener, cleaner more attractive district",
         ["To protect and promote our natural and built assets",
          "To protect and enhance our environment"])]


def test_a_count_of_goals_already_listed_does_not_announce_what_reaching_them_means():
    text = ("What are our goals for the next three years?\n"
            "By the end of March 2027, we will:\n"
            "  1. Strengthen colleague and citizen engagement to improve health\n"
            "  2. Create the conditions for sustainable change\n"
            "  3. Improve preventative and timely access to care\n"
            "What difference will these make?\n"
            "Achieving the three goals would mean:\n"
            "  1. We will have built a different relationship with our colleagues.\n"
            "  2. We will have made fundamental changes in how we deliver care.\n"
            "  3. We will have improved how people access care.\n")
    assert outcome_titles(text)[:3] == [
        "Strengthen colleague and citizen engagement to improve health",
        "Create the conditions for sustainable change",
        "Improve preventative and timely access to care"]


def test_a_counted_paragraph_names_its_list_one_sentence_each_first_second_finally():
    text = ("Council Seeks Views on Improvement Priorities\n"
            "“For 2025 to 2026, we have identified three key objectives that we believe will "
            "make a real difference to our district. First, we want to enhance the customer "
            "experience by embedding a culture that puts residents first. Second, we aim to "
            "provide diverse and inclusive opportunities for children and young people. "
            "Finally, we are committed to reducing the Council’s carbon emissions through our "
            "climate action plan.”\n"
            "The consultation is open until Friday 25 April at 12 noon.\n")
    titles = outcome_titles(text)
    assert titles[0] == "Enhance the customer experience"
    assert titles[1] == "Provide diverse and inclusive opportunities for children and young people"
    assert titles[2].startswith("Reducing the Council’s carbon emissions")
    assert len(titles) == 3
    # without the count, the sentences are only sentences
    assert outcome_titles(text.replace("three key objectives", "some areas")) == []


def test_a_page_number_before_a_lead_in_counts_nothing():
    # a PDF viewer's transcription starts each page with its number
    text = ("1 Example University Strategic Plan\n"
            "Our Mission: To provide outstanding education.\n"
            "1\n\n"
            "2 Key Strategic Themes:\n"
            "Inspire and motivate staff and students to work together in effective ways\n"
            "Build up the confidence, aspirations and resilience of every student\n"
            "Continue to provide a proactive range of student support services\n"
            "Embed employability and enterprise education in all programmes\n")
    titles = outcome_titles(text)
    assert len(titles) == 4
    assert titles[3] == "Embed employability and enterprise education in all programmes"



def test_a_promise_among_long_actions_after_a_lead_in_is_one_of_them():
    text = ("Key Strategic Themes:\n"
            "We will strengthen the distinctiveness of the student experience as high "
            "quality, personalised, accessible and aspirational\n"
            "Inspire and motivate staff and students to work together in effective ways to "
            "ensure that we continue to be a university that is known for delivering "
            "outstanding learning and teaching informed by research\n"
            "Build up the confidence, aspirations and resilience of every student through an "
            "engaged and responsive admissions, advisor and module system so as to help "
            "every one of them stay and progress\n"
            "Continue to provide a proactive, accessible and bespoke range of student support "
            "and wellbeing services\n")
    titles = outcome_titles(text)
    assert titles[0].startswith("We will strengthen the distinctiveness")
    assert len(titles) == 4


def test_actions_under_each_name_copied_without_bullets_are_its_outcomes():
    text = ("Corporate priorities\n"
            "The borough council has three corporate priorities.\n"
            "Each corporate priority will be delivered through a set of objectives.\n"
            "Ambition Borough: a thriving economy\n"
            "Support higher skills levels and bring in better paid jobs.\n"
            "Promote inward investment and support business growth.\n"
            "Deliver affordable homes for local people.\n"
            "Beautiful Borough: enhancing the quality of life\n"
            "Promote community safety and reduce fear of crime.\n"
            "Maintain a clean and tidy borough.\n"
            "Reduce waste and increase recycling.\n"
            "Innovative Borough: an effective, enabling council\n"
            "Achieve financial self-sufficiency by 2030.\n"
            "Communicate effectively with residents of all ages and backgrounds.\n"
            "Build strong partnerships to deliver more for the borough.\n"
            "Be transparent and ensure effective scrutiny and risk management.\n"
            "The Corporate Plan describes how these objectives will be achieved.\n")
    result = parse_priorities_text(text)
    assert [(t.title, [o.title for o in t.outcomes]) for t in result.themes] == [
        ("Ambition Borough", ["Support higher skills levels and bring in better paid jobs",
                              "Promote inward investment and support business growth",
                              "Deliver affordable homes for local people"]),
        ("Beautiful Borough", ["Promote community safety and reduce fear of crime",
                               "Maintain a clean and tidy borough",
                               "Reduce waste and increase recycling"]),
        ("Innovative Borough", ["Achieve financial self-sufficiency by 2030",
                                "Communicate effectively with residents of all ages and "
                                "backgrounds",
                                "Build strong partnerships to deliver more for the borough",
                                "Be transparent and ensure effective scrutiny and risk "
                                "management"])]


def test_two_sentences_under_a_name_say_what_it_means():
    text = ("Our objectives\n"
            "Supply Chain and Resilience\n"
            "Encouraging a sustainable supply base that can support the work of the public "
            "sector.\n"
            "Developing appropriate relationships to support the development of markets.\n"
            "Contract Management\n"
            "Carrying out ongoing proportional contract management to ensure the right "
            "outcomes.\n")
    assert outcome_titles(text) == ["Supply Chain and Resilience", "Contract Management"]


def test_contents_entries_a_short_label_numbers_are_the_priorities():
    text = ("Integrated Medium Term Plan 2018/19 – 2020/21\n\n"
            "INTRODUCTION 4\n\n"
            "1 STRATEGIC OVERVIEW AND CONTEXT 5\n\n"
            "3 DELIVERING OUR PLANS 34\n\n"
            "3.1 SCP 1 – Improving Population Health and Well Being 36\n\n"
            "3.2 SCP 2 – Management of Major Health Conditions 55\n\n"
            "3.3 SCP 3 – Urgent and Emergency Care 78\n\n"
            "3.4 Older People 107\n\n"
            "ENABLERS 3.5 Workforce 111\n\n"
            "3.6 Finance 119\n\n"
            "3.7 Digital Health 136\n\n"
            "4 OUTCOMES & DELIVERY FRAMEWORK 153\n")
    assert outcome_titles(text) == ["Improving Population Health and Well Being",
                                    "Management of Major Health Conditions",
                                    "Urgent and Emergency Care"]


def test_short_names_ending_with_a_full_stop_after_a_counted_lead_in_with_an_ellipsis():
    text = ("Council Plan Video Transcript\n"
            "Slide:\n"
            "The three priority areas that will drive our projects are….\n"
            "Tomorrow’s Borough.\n"
            "Giving children and young people the best possible start in life.\n"
            "Image of a school classroom\n\n"
            "Prosperous Borough.\n"
            "Strengthening the economy and supporting people to earn a decent wage.\n\n"
            "A Green Borough.\n"
            "Protecting the county’s natural beauty and responding to the climate crisis.\n")
    assert outcome_titles(text) == ["Tomorrow’s Borough", "Prosperous Borough",
                                    "A Green Borough"]


def test_a_list_of_short_actions_each_with_a_full_stop_is_not_names_over_paragraphs():
    text = ("Our four main strategic priorities are to:\n"
            "Strengthen the local economy.\n"
            "Support children, families, and young people.\n"
            "Support resilient communities and quality of life.\n"
            "Be a sustainable and inclusive Council.\n"
            "Reporting Performance and Progress\n"
            "The priorities will be supported by robust governance arrangements and action "
            "plans.\n")
    assert outcome_titles(text) == ["Strengthen the local economy",
                                    "Support children, families, and young people",
                                    "Support resilient communities and quality of life",
                                    "Be a sustainable and inclusive Council"]


def test_contents_leaders_given_as_ellipses_and_objectives_with_short_labels():
    text = ("FOCUS ON THE FUTURE\n\nContents\n\n"
            "1. Doing Different Things ………………………………………...... 1\n\n"
            "2. Glossary ……………………………………………………….... 3\n\n"
            "3. Introduction ……………………………………………………… 4\n\n"
            "4. Wellbeing Objectives ……………………………………...... 8\n\n"
            "5. BS Objective: Children and young people get the best start to life and are "
            "equipped with the skills they need to be successful learners and confident "
            "individuals ………… 12\n\n"
            "6. EW Objective: Communities protect, enhance and promote our environment and "
            "countryside …………………………… 18\n\n"
            "7. LW Objective: People are empowered to live independently, where they are safe "
            "and enjoy good health.……………….... 21\n\n"
            "8. Get involved ………………………………………………….. 24\n")
    assert outcome_titles(text) == [
        "Children and young people get the best start to life and are equipped with the "
        "skills they need to be successful learners and confident individuals",
        "Communities protect, enhance and promote our environment and countryside",
        "People are empowered to live independently, where they are safe and enjoy good "
        "health"]


def test_a_list_under_a_heading_that_names_it_is_kept_beside_a_counted_list():
    text = ("Our priorities have been developed through open engagement with people.\n"
            "Strategic aims\n"
            "We will continuously improve the quality and safety of our services\n"
            "We will be a great organisation with a highly engaged workforce\n"
            "We will develop and expand our services within and beyond the borough\n"
            "Strategic areas\n"
            "Our strategy is built around three strategic areas of focus:\n"
            "- Patients\n- People\n- Partners\n"
            "These are supported by enabling functions, including:\n"
            "- Digital and data\n- Finance\n")
    titles = outcome_titles(text)
    assert "We will be a great organisation with a highly engaged workforce" in titles
    assert "Patients" in titles and "Finance" not in titles


def test_objectives_labelled_with_a_bullet_after_the_label_under_an_achievements_heading():
    text = ("Corporate Improvement Plan\n\n"
            "PEOPLE Achievements 2015-16\n\n"
            "Improvement Objective 1 • We will achieve excellence in customer service.\n\n"
            "Improvement Objective 2 • We will support a more active, healthy and empowered "
            "community.\n\n"
            "PROSPERITY Achievements 2015-16\n\n"
            "Improvement Objective 3 • We will maximise tourism opportunities.\n")
    titles = outcome_titles(text)
    assert "We will achieve excellence in customer service" in titles
    assert "We will maximise tourism opportunities" in titles
    assert not any("Improvement Objective" in title for title in titles)


def test_a_numbered_list_run_onto_one_line_is_split_at_each_number_in_turn():
    text = ("Our 3 economic, cultural and educational objectives are for:\n\n"
            "1. The region to have the strongest screen industry outside of London; 2. Ensure "
            "the industry supports vibrant and diverse cultural voices; 3. Mainstream the most "
            "successful screen education provision in Europe.\n\n"
            "These objectives are underpinned by our 2 values as follows:\n\n"
            "■ Act as a champion for the screen industries; ■ Embrace all screen product.\n")
    assert outcome_titles(text) == [
        "The region to have the strongest screen industry outside of London",
        "Ensure the industry supports vibrant and diverse cultural voices",
        "Mainstream the most successful screen education provision in Europe"]


def test_paragraphs_naming_each_heading_before_a_semicolon_after_a_lead_in():
    text = ("Minutes:\n\n"
            "The Leader gave a presentation focussed on the following headings:\n\n"
            "Economic Growth and Sustainability; building a strong economy to protect against "
            "future cost of living crises. This included plans to regenerate town centres.\n\n"
            "Inclusion and Diversity; ensuring action in relation to the cost of living and "
            "support for young people.\n\n"
            "Cleaner, Greener, Safer; a Climate Change Action Plan was in place and the "
            "ambition was to be carbon neutral by 2038.\n\n"
            "Questions and comments were invited from Committee Members.\n")
    assert outcome_titles(text) == ["Economic Growth and Sustainability",
                                    "Inclusion and Diversity", "Cleaner, Greener, Safer"]


def test_a_list_the_lead_in_names_as_our_aim_is_kept_under_a_purpose_heading():
    text = ("Our Purpose\n\n"
            "At the heart of everything we do is our purpose Safer People, Safer Places. Our "
            "aim is to:\n\n"
            "  • prevent incidents from happening\n"
            "  • limit their impact when they do happen\n"
            "  • respond in the right way at the right time\n\n"
            "We want our partners and communities to work with us.\n")
    assert [title.casefold() for title in outcome_titles(text)] == [
        "prevent incidents from happening", "limit their impact when they do happen",
        "respond in the right way at the right time"]


def test_labelled_contents_entries_before_numbered_appendices_are_the_priorities():
    text = ("BUSINESS PLAN\n\nCONTENTS\n\n"
            "Page Introduction 2\n\n"
            "Vision and mission 6\n\n"
            "Aim 1: Building and embedding a human rights culture 8\n\n"
            "Aim 2: Challenging and seeking to prevent violations 12\n\n"
            "Aim 3: Ensuring organisational effectiveness 21\n\n"
            "Budget 25\n\n"
            "Appendices:\n\n"
            "1. Commissioners 27\n\n"
            "2. Staff 32\n\n"
            "1 INTRODUCTION\n\n"
            "The Commission was established in 1999 and reports to Parliament each year.\n")
    assert outcome_titles(text) == ["Building and embedding a human rights culture",
                                    "Challenging and seeking to prevent violations",
                                    "Ensuring organisational effectiveness"]


def test_a_council_websites_menus_and_numbered_breadcrumb_are_left_out():
    text = ("Skip to Main Content\n"
            "  • Pay, report, apply\n  • Contact\n\n"
            "Services\n\n"
            "  • Bins and recycling\n  • Births, deaths and ceremonies\n"
            "  • Building Control\n  • Community\n  • Council and performance\n"
            "  • Job opportunities\n  • Planning\n  • Sport and leisure\n"
            "  1. Home\n  2. Council and performance\n  3. Policies and publications\n\n"
            "Corporate plan 2024/2028\n\n"
            "Our priorities are:\n"
            "  • A thriving economy\n  • Healthy communities\n  • A greener borough\n\n"
            "  • Accessibility statement\n  • Complaints, comments or compliments\n"
            "  • Privacy\n")
    assert outcome_titles(text) == ["A thriving economy", "Healthy communities",
                                    "A greener borough"]


def test_a_list_of_progress_made_against_commitments_is_not_more_priorities():
    text = ("The aim of the Social Value Policy was to maximise the local impact of spend:\n"
            "• Raising the living standards of residents.\n"
            "• Increasing the share of spend with local businesses.\n"
            "• Commit to the principle of co-designing services wherever possible.\n"
            "The report outlined that the Council had either achieved or made progress "
            "against the commitments agreed in February 2021. These included:\n"
            "• Accreditation as a Living Wage Employer was awarded in September.\n"
            "• A workshop was held to explore community wealth building.\n")
    assert outcome_titles(text) == [
        "Raising the living standards of residents",
        "Increasing the share of spend with local businesses",
        "Commit to the principle of co-designing services wherever possible"]


def test_a_committees_recommendations_in_its_own_words_are_not_priorities():
    text = ("Social Value Policy\n\n"
            "Recommendations:-\n\n"
            "1. That approval be given to the Social Value Policy.\n"
            "2. That the social value portal be adopted as the way to measure social value.\n"
            "3. That the ‘Keep It Local’ principles be adopted.\n\n"
            "The key elements of the policy were to:-\n\n"
            "• Raise the living standards of residents.\n"
            "• Increase the share of spend with local businesses.\n"
            "• Commit to co-designing services wherever possible.\n")
    assert outcome_titles(text) == ["Raise the living standards of residents",
                                    "Increase the share of spend with local businesses",
                                    "Commit to co-designing services wherever possible"]


def test_quoted_names_may_be_parted_by_semicolons():
    assert quoted_names("The priorities are “A clean and green borough”; “Raising "
                        "Educational Attainment” and “Support for vulnerable residents.”") == [
        "A clean and green borough", "Raising Educational Attainment",
        "Support for vulnerable residents."]


def test_a_committee_reports_own_details_at_its_head_are_not_priorities():
    text = ("Committee: Policy & Finance Committee Item 9\n\n"
            "Report Author: Clerk to the Council\n\n"
            "Event attended: Local Councils in Partnership Committee\n\n"
            "Introduction\n\n"
            "1. This report provides members with brief details of the above meeting.\n")
    assert not {"Report Author", "Event attended"} & set(all_titles(parse_priorities_text(text)))


def test_a_news_item_naming_the_plans_aims_only_inside_a_sentence_gives_them_as_a_guess():
    text = ("Housing association launches new corporate plan\n"
            "The social landlord’s building ambitions form part of its newly-launched "
            "corporate plan to increase affordable housing stock, boost the local economy, "
            "support the Welsh language and decarbonise thousands of existing homes.\n"
            "The chief executive said the plan had been shaped by tenants.\n")
    result = parse_priorities_text(text)
    assert [o.title for t in result.themes for o in t.outcomes] == [
        "Increase affordable housing stock", "Boost the local economy",
        "Support the Welsh language", "Decarbonise thousands of existing homes"]
    assert "list inside a sentence" in result.unsure


@pytest.mark.parametrize(("sentence", "expected"), [
    # actions, one of them a thing among them, the first cut at its verb
    ("Suppliers will generally develop links with local schools, provide work experience "
     "opportunities, training opportunities and apprenticeships, and assist with specific "
     "community projects.",
     ["develop links with local schools", "provide work experience opportunities",
      "training opportunities and apprenticeships", "assist with specific community projects"]),
    # things, after the word the list follows
    ("Suppliers must commit to supporting local causes through community enhancement, work "
     "placements, school curriculum support and business supply chain development.",
     ["community enhancement", "work placements", "school curriculum support",
      "business supply chain development"]),
    # a lead-in with a comma of its own before the list, and the sentence going on after it
    ("Through this plan, the themes of developing probation practice, engaging with "
     "communities, working effectively and efficiently, and contributing to justice policy, "
     "provide the framework for the board.",
     ["developing probation practice", "engaging with communities",
      "working effectively and efficiently", "contributing to justice policy"]),
    # aims each after "to", parted by semicolons and a last "and to"
    ("The council says it wants the plan to help people to prosper through developing a "
     "strong, competitive and innovative economy; to enjoy long and healthy lives by "
     "increasing participation in sport and to experience improved customer satisfaction.",
     ["prosper through developing a strong, competitive and innovative economy",
      "enjoy long and healthy lives by increasing participation in sport",
      "experience improved customer satisfaction"]),
    # three parts with one comma, and a fourth added in the sentence after
    ("Central to its new corporate plan is to increase the stock of affordable housing, "
     "boost the local economy and support the Welsh language. The strategy also includes "
     "decarbonising thousands of existing homes.",
     ["increase the stock of affordable housing", "boost the local economy",
      "support the Welsh language", "decarbonising thousands of existing homes"]),
])
def test_a_list_inside_a_sentence_is_cut_where_it_starts_and_ends(sentence, expected):
    lines = [_Line("prose", sentence)]
    assert [line.text for line in a_list_in_a_sentence(lines)] == expected


@pytest.mark.parametrize("sentence", [
    # people, not priorities
    "Our Strategy 2020, crafted by our staff, students and lay governors, guides the plan.",
    # clauses, not parts of a list
    "The plan will ensure people of all ages can live well, with the right support, and lead "
    "healthier lives.",
    # a place's name holds the commas
    "The plan aims to improve growth by creating new business starts, supporting existing "
    "businesses and promoting Newry, Mourne and Down as a destination.",
    # things after an action: what the plan supports, not its aims
    "The aim is to support the Council Plan, the enterprising council programme, and all "
    "legal requirements.",
    # a list in a sentence about something else
    "The meeting heard from Derry, Strabane, Omagh and Enniskillen.",
])
def test_lists_inside_sentences_that_are_not_priorities_give_nothing(sentence):
    assert a_list_in_a_sentence([_Line("prose", sentence)]) == []


def test_a_counted_noun_in_quotes_still_counts_the_list_after_it():
    text = ("In summary, the new policy requires that:\n"
            "  • Compliance with relevant employment law;\n"
            "  • Adherence to relevant collective agreements; and\n"
            "  • From 1 June 2022, payment of the living wage is a condition of contract.\n"
            "The PPN sets out four broad ‘themes’ of social value: increasing secure "
            "employment and skills; building ethical and resilient supply chains; delivering "
            "zero carbon; and promoting wellbeing.\n")
    assert [title.casefold() for title in outcome_titles(text)] == [
        "increasing secure employment and skills", "building ethical and resilient supply chains",
        "delivering zero carbon", "promoting wellbeing"]


def test_paragraphs_whose_first_lines_a_page_broke_early_are_joined_again():
    long_line = ("communities safe by preventing deaths and injuries from accidental fires in")
    text = ("If you had to choose, would you keep\n"
            "your nearest fire station open but accept that there may be times when it is\n"
            "not available; or would you opt for a fire station further away but which is\n"
            "always available?\n"
            "This is one of the tough questions\n"
            "members of the public are likely to be posed as the Fire and Rescue Service\n"
            "works out the priorities for how it will be run over the next few years.\n"
            "The two main priorities up for\n"
            "discussion have been highlighted by the fire authority for the next two years:\n"
            "+ To help to keep people and\n"
            f"{long_line}\n"
            "living accommodation. This will include adopting a new Dwelling Fire Response\n"
            "Charter that makes seven fundamental commitments to residents in every area.\n"
            "+ To find ways of reducing the\n"
            "overall cost of running the Service each year in order to operate within the\n"
            "annual budget.\n"
            "In the second year of a three-year\n"
            "budget freeze, the authority will be looking for innovative ways of reducing\n"
            "costs without affecting services to the people of the region in any way.\n")
    assert outcome_titles(text) == [
        "To help to keep people and communities safe by preventing deaths and injuries "
        "from accidental fires in living accommodation",
        "To find ways of reducing the overall cost of running the Service each year in order "
        "to operate within the annual budget"]


def test_contents_entries_ending_page_and_a_number_with_local_outcome_labels():
    text = ("Contents\n\n"
            "Introduction page 5\n\n"
            "Performance Summary page 6\n\n"
            "Working in Partnership page 8\n\n"
            "Local Outcome 1 - The area has an expanding economy page 12\n\n"
            "Local Outcome 2 - Our people are equipped with skills page 14\n\n"
            "Local Outcome 3 - Our children are safe, healthy and ready to learn page 16\n\n"
            "Appendix page 40\n")
    assert outcome_titles(text) == ["The area has an expanding economy",
                                    "Our people are equipped with skills",
                                    "Our children are safe, healthy and ready to learn"]


def test_a_counted_sentence_list_whose_last_name_after_and_holds_commas():
    text = ("The board has launched its draft policing plan.\n"
            "The plan sets three outcomes for policing: the police will be victim-focused, "
            "the region will have safe and engaged communities with confidence in policing, "
            "and the force will have a representative, valued and enabled workforce.\n")
    assert outcome_titles(text) == [
        "The police will be victim-focused",
        "The region will have safe and engaged communities with confidence in policing",
        "The force will have a representative, valued and enabled workforce"]


def test_indicative_actions_under_a_numbered_objective_and_its_description_stay_under_it():
    text = ("Draft Improvement Objectives 2026-27\n"
            "1.\nOur Services:\n"
            "We will continue to adapt and improve our services to meet residents' needs.\n"
            "Indicative improvement actions:\n"
            "• Continue to deliver the Planning Service Improvement Plan.\n"
            "• Deliver a street cleansing programme to create a cleaner city.\n"
            "Do you agree or disagree with the proposed objective?\n"
            "2.\nOur People and Communities:\n"
            "We will improve our local areas and support residents to become healthier.\n"
            "Indicative improvement actions:\n"
            "• Deliver the physical activity programme across the city.\n"
            "• Open two new community hubs.\n")
    result = parse_priorities_text(text)
    assert [t.title.rstrip(":") for t in result.themes] == ["Our Services",
                                                            "Our People and Communities"]
    assert [o.title for o in result.themes[0].outcomes] == [
        "Continue to deliver the Planning Service Improvement Plan",
        "Deliver a street cleansing programme to create a cleaner city"]


def test_long_lines_set_in_under_a_short_heading_are_its_outcomes():
    text = ("Our key priorities are\n\n"
            "Growing the economy\n\n"
            "  More businesses start, grow and invest in the county\n"
            "  High quality employment opportunities are available\n\n"
            "Thriving people\n\n"
            "  All children in the county have a good education which meets their needs, "
            "encourages ambition and gives them knowledge and skills for adult life and work\n"
            "  Young people and adults, including people with learning or physical disabilities "
            "and mental health problems, are able to develop skills for the future, and local "
            "businesses are able to invest in them\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Growing the economy", 2), ("Thriving people", 2)]


def test_set_in_lines_under_a_repeated_sub_heading_stay_under_each_priority():
    text = ("Aims and Vision\n\n"
            "Jobs and enterprise\n\n"
            "Promote economic growth, employment and investment to improve prosperity.\n\n"
            "Key pledges\n\n"
            "  We will work with the business community to reduce worklessness\n"
            "  We will support the creation of new businesses in the area\n\n"
            "Children and young people\n\n"
            "Safeguard and encourage our children and young people to secure their well being.\n\n"
            "Key pledges\n\n"
            "  We will improve educational attainment and school attendance\n"
            "  We will increase the number of 16 to 18-year-olds in education\n\n"
            "Healthy lives\n\n"
            "Help adults live healthy, independent lives in their own homes.\n\n"
            "Key pledges\n\n"
            "  We will support people to live independently at home\n"
            "  We will promote healthy lifestyles across the borough\n")
    result = parse_priorities_text(text)
    assert [(t.title, len(t.outcomes)) for t in result.themes] == [
        ("Jobs and enterprise", 2), ("Children and young people", 2), ("Healthy lives", 2)]


def test_a_pages_feedback_prompts_and_menu_icons_are_debris_and_never_its_name():
    for line in ("Give us your feedback on this website", "Was this page helpful?",
                 "Mobile Navigation Icon Mobile Search Icon", "Report a problem with this page",
                 "Skip to nav | Font Size: A A A | High Contrast", "| 10.1°C Belfast",
                 "PA Archive/Press Association Images"):
        assert debris_reason(line), line
    assert not debris_reason("Give us your views on the new plan")
    text = ("Give us your feedback on this website\n\nMobile Navigation Icon Mobile Search "
            "Icon\n\nOur Plan\n\nOur goals are:\n  • A healthy borough\n  • A fair economy\n"
            "  • A green future\n")
    assert parse_priorities_text(text).themes[0].title != "Give us your feedback on this website"


def test_a_contents_pages_themes_stop_at_making_the_vision_a_reality():
    text = ("Contents\n\nIntroduction 3\n\nOur Vision 3\n\nOur Main Themes 13\n\n"
            "Promoting Community Learning 14\n\nImproving Opportunities 16\n\n"
            "Improving Health 20\n\nMaking the Vision a Reality 26\n\n"
            "Our Plans for the next 12 years 28\n\n2 Introduction\n\n"
            "The community plan sets out how partners will work together.\n")
    assert outcome_titles(text) == ["Promoting Community Learning", "Improving Opportunities",
                                    "Improving Health"]


def test_a_list_of_what_people_highlighted_when_asked_is_not_more_priorities():
    text = ("The main areas of interest set out in the strategy include:\n"
            "• Children and young people\n• Mental health\n• Supporting independence\n"
            "It also surveyed staff asking them to highlight innovations. The broad areas they "
            "highlighted were:\n"
            "• Staff and small clinical teams\n• Isolation in remote areas\n")
    assert outcome_titles(text) == ["Children and young people", "Mental health",
                                    "Supporting independence"]


def test_a_reports_recommendation_to_its_committee_is_not_a_priority():
    text = ("The business plan brings activity together under the themes that underpin our "
            "work, including:\n"
            "• Resourcing the city\n• Devolution and reform of public services\n"
            "• Supporting the city to deliver\n"
            "In addition, the content reflects the pledges agreed by the committee.\n"
            "• Leaders’ Committee is asked to note the main text of the draft business plan "
            "and approve its adoption.\n")
    assert outcome_titles(text) == ["Resourcing the city",
                                    "Devolution and reform of public services",
                                    "Supporting the city to deliver"]


def test_missions_numbered_each_on_a_line_of_its_own_leave_out_a_line_set_apart_above():
    text = ("In 2030 residents will have a different relationship with the Council.\n\n"
            "  • Having trust between all communities and the Council\n\n"
            "Mission 15\n\n"
            "Our Council is better at listening to communities\n\n"
            "Mission 16\n\n"
            "We develop networks with communities and key partners\n\n"
            "Mission 17\n\n"
            "We design our services around the needs of our residents\n")
    assert outcome_titles(text) == ["Our Council is better at listening to communities",
                                    "We develop networks with communities and key partners",
                                    "We design our services around the needs of our residents"]


def test_a_mission_statements_in_particular_list_is_the_aims_and_its_sign_off_is_not():
    text = ("Mission Statement\n"
            "The Council will build on its work to improve the quality of life for people "
            "living in the town. In particular to:\n"
            "Provide a strong and independent voice for the town\n"
            "Preserve the traditions, character and identity of the town\n"
            "Provide high standard services at best value\n"
            "Mayor of Welshpool 26th July 2017\n")
    assert outcome_titles(text) == ["Provide a strong and independent voice for the town",
                                    "Preserve the traditions, character and identity of the town",
                                    "Provide high standard services at best value"]


def test_a_counted_sentence_is_read_beside_a_reports_numbered_paragraphs():
    text = ("Introduction\n\n"
            "1. This report provides members with brief details of the above meeting.\n\n"
            "2. Regrettably the meeting was inquorate so only a brief discussion took place.\n\n"
            "Corporate Plan\n\n"
            "The Plan will contain three priorities developed by the administration. The "
            "priorities are “A clean and green borough”; “Raising Educational Attainment” and "
            "“Support for our most vulnerable residents.”\n")
    assert outcome_titles(text) == ["A clean and green borough", "Raising Educational Attainment",
                                    "Support for our most vulnerable residents"]


def test_key_strengths_built_on_a_history_are_not_priorities():
    text = ("Key Strengths\n"
            "Our ambition is built on our proud history of global impact:\n"
            "  • Most of our research is world-leading\n"
            "  • Queen’s Anniversary Prizes for Further and Higher Education\n"
            "  • Ranked in the Top 200 in the world\n"
            "Our priorities\n"
            "  • Education and Skills\n  • Research and Innovation\n"
            "  • Global Reputation and Partnerships\n")
    assert outcome_titles(text) == ["Education and Skills", "Research and Innovation",
                                    "Global Reputation and Partnerships"]


def test_a_cue_word_among_a_run_of_values_is_not_a_heading_over_the_rest():
    lines = [_Line("prose", text) for text in (
        "Our core values will underpin all that we do.", "Integrity", "Connectivity",
        "Ambition", "Respect", "Excellence", "Strategic Priorities")]
    assert [line.kind for line in apply_shapes(lines)].count("item") == 0


def test_named_paragraphs_run_past_a_further_information_line_and_a_name_ending_in_brackets():
    text = ("Climate change: what we are doing as a council\n"
            "We are committed to reducing climate and ecological change by:\n"
            "Delivering on our statutory duties\n"
            "The Environment (Wales) Act 2016 places a duty on all public authorities to "
            "maintain and enhance biodiversity.\n"
            "For more information about our work on biodiversity, please visit:\n"
            "Delivering on the actions within our Climate and Ecological Emergency Declaration\n"
            "A working group was set up in October 2019 to challenge our progress.\n"
            "Delivering on our Climate Change Strategy (2021/22 – 2029/30)\n"
            "Since declaring an emergency in July 2019, we have developed plans to become a "
            "net carbon zero council by 2030.\n")
    assert outcome_titles(text) == [
        "Delivering on our statutory duties",
        "Delivering on the actions within our Climate and Ecological Emergency Declaration",
        "Delivering on our Climate Change Strategy (2021/22 – 2029/30)"]


def test_a_list_of_what_we_want_to_see_in_a_place_where_all_thrive_is_the_vision():
    text = ("In Public Health Scotland, we want to see a Scotland where everybody thrives.\n"
            "We want to see:\n"
            "- life expectancy in Scotland start to improve again\n"
            "- the difference in life expectancy between the wealthiest and the poorest "
            "people getting smaller\n"
            "Public Health Scotland will lead and support action across Scotland to:\n"
            "Prevent disease\n"
            "Prevent people from getting diseases and improve life expectancy worldwide. "
            "There is still more we can do.\n"
            "- We will lead the vaccination programme to make sure fewer people die from "
            "COVID-19.\n"
            "- We will reduce the harm done by hepatitis C, HIV, and tuberculosis.\n"
            "Prolong healthy life\n"
            "Not all ill health can be prevented. Quickly getting people the highest quality "
            "care prolongs not only the length but the quality of their life.\n"
            "As stewards of the health data, we provide vital insight into the performance of "
            "health and social care services.\n")
    assert [theme.title for theme in parse_priorities_text(text).themes] == [
        "Prevent disease", "Prolong healthy life"]


def test_a_word_heading_naming_the_headings_after_it_at_its_level_is_not_one_of_them(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Our strategic plan", style="Title")
    document.add_paragraph("Our strategy helps students and staff reach their goals.")
    document.add_heading("Our strategic themes", level=2)
    for name in ("Offering opportunity", "Building community", "Embracing flexibility"):
        document.add_heading(name, level=2)
        document.add_paragraph("We will support students to achieve to the best of their "
                               "ability, with clear routes through study.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = parse_priorities_file(path)
    assert outcome_titles(result) == ["Offering opportunity", "Building community",
                                      "Embracing flexibility"]
    assert any("Our strategic themes" in warning for warning in result.warnings)


def test_a_contents_pages_plural_list_name_is_where_its_priorities_start_and_budget_ends_them():
    text = ("CONTENTS\n\nIntroduction 2\n\nStrategic Context 3\n\nOur Commitment 4\n\n"
            "Board and Internal Groups 5\n\nThemes 5\n\nConservation 6\n\n"
            "Visitor Experience 7\n\nRural Development 8\n\nOutline Budget 12\n\n"
            "Scottish Government Outcomes 13\n")
    assert outcome_titles(text) == ["Conservation", "Visitor Experience", "Rural Development"]


def test_a_lone_bullet_above_a_named_list_is_the_vision_not_a_priority():
    text = ("The refreshed strategy contains a revised Vision and set of Strategic Objectives.\n\n"
            "• To develop travel and transport solutions that underpin our Economy\n\n"
            "Strategic Objectives:\n\n"
            "• To underpin the economy by enabling residents to access employment\n\n"
            "• To support communities by enabling families to thrive\n\n"
            "• To conserve the natural environment by promoting low-carbon travel\n")
    assert outcome_titles(text) == [
        "To underpin the economy by enabling residents to access employment",
        "To support communities by enabling families to thrive",
        "To conserve the natural environment by promoting low-carbon travel"]


def test_a_list_of_the_issues_ahead_is_not_more_priorities_beside_the_aims():
    text = ("We are clear in this refresh of our continued commitment to support delivery of "
            "our strategic aims:\n"
            "- improving outcomes in population health and healthcare\n"
            "- tackling inequalities in outcomes, experiences and access\n"
            "This will require us to consider a number of evolving issues as we continue to "
            "deliver our strategy over 2025/26. These issues include:\n"
            "- Ongoing system challenges alongside rising demand for services\n"
            "- Local Government Reform and the changing landscape of local authorities\n")
    assert outcome_titles(text) == ["Improving outcomes in population health and healthcare",
                                    "Tackling inequalities in outcomes, experiences and access"]


def test_a_line_set_further_left_ends_a_list_whose_bullets_were_lost():
    text = ("We are improving how we work and the actions we are taking include:\n"
            "  ensuring that we have strong political and managerial leadership\n"
            "  investing in member development and management resilience\n"
            "Our values\n"
            "  Flexibility: We adapt quickly and learn together\n"
            "  Innovation: We are creative and challenge convention\n"
            "Community outcomes\n"
            "  Our local communities are strong and supportive\n"
            "  Cheshire East has a strong and resilient economy\n"
            "  People live well and for longer\n")
    assert outcome_titles(text) == ["Our local communities are strong and supportive",
                                    "Cheshire East has a strong and resilient economy",
                                    "People live well and for longer"]


def test_a_lead_in_left_open_without_a_colon_over_lines_ending_in_semicolons():
    text = ("The remit of our work is set out in our Statutory Purposes. In summary these are\n\n"
            "to protect the natural beauty of the Park;\n"
            "to help visitors enjoy and understand it; and\n"
            "to foster the wellbeing of local people.\n\n"
            "We have a clear vision for the National Park for the next 20 years.\n")
    assert outcome_titles(text) == ["To protect the natural beauty of the Park",
                                    "To help visitors enjoy and understand it",
                                    "To foster the wellbeing of local people"]


# Lisburn and Castlereagh's draft improvement objectives, as a browser copies them with
# their bullets lost
LISBURN_OBJECTIVES_COPIED = (
    "There are two Performance Improvement Objectives for 2025/26.\n"
    "We will:\n"
    "deliver better services that meet people’s needs\n"
    "support our people to thrive in vibrant communities\n"
    "Why have we chosen these objectives?\n"
    "The Council has had the same two objectives for the past four years with "
    "different improvement projects each year. Previous success with our performance "
    "improvement projects for 2024/25 has established the foundation to achieving the"
    " longer-term outcomes. These are aligned to the ambitions of the Lisburn and "
    "Castlereagh Community Plan.\n"
    "We launched our new Corporate Plan in April 2024 for the period 2024-2028. This "
    "Plan continues its ambition to ensure the supporting and developing of better "
    "lives for all. It details success outcomes and has four key themes of:\n"
    "civic leadership\n"
    "people\n"
    "planet\n"
    "prosperity\n"
    "The performance objectives for the coming period are new and are linked directly"
    " to the themes detailed above. The first objective is within the Civic "
    "Leadership theme of the Corporate Plan 2024-28, focussing on our internal "
    "performance is a priority for the Council. We understand that public services "
    "must continuously evolve to stay relevant, responsive, and effective. By "
    "focusing on service improvement, we are committing to listening to people, "
    "understanding their needs, and designing services that are easy to access, "
    "timely, and of high quality.\n"
    "The second objective is outlined within the People and Prosperity themes of the "
    "Corporate Plan 2024-28. Thriving people are at the heart of strong communities. "
    "We want everyone to feel supported, connected, and empowered to lead fulfilling "
    "lives. This means working collaboratively across sectors and with local people "
    "to build inclusive, safe, and resilient places to live and work. By "
    "strengthening communities, we strengthen wellbeing, opportunity, and local "
    "pride.\n"
    "\n")


def test_a_question_after_a_list_whose_bullets_were_lost_is_not_one_of_its_items():
    text = LISBURN_OBJECTIVES_COPIED
    titles = [title.casefold() for title in outcome_titles(parse_priorities_text(text))]
    assert titles[:2] == ["deliver better services that meet people’s needs",
                          "support our people to thrive in vibrant communities"]
    assert not any(title.startswith("why have we chosen") for title in titles)


def test_a_contents_page_in_two_columns_with_each_label_over_its_name():
    left = ["3   FOREWORD", "6   OUR VISION", "23 LOCAL CONTEXT", "47 OUTCOME 1",
            "   Helping people find housing support and", "   solutions", "51 OUTCOME 2",
            "   Delivering better homes", "55 OUTCOME 3",
            "   Fostering vibrant sustainable communities"]
    # the right column's page numbers start three characters left of its names
    right = ["64 APPENDIX 1", "   Community Plan themes and outcomes", "65 APPENDIX 2",
             "   Social Housing Need by Settlement", "68 APPENDIX 4",
             "   Maintenance Programme", "71 APPENDIX 5", "   Supporting People",
             "72 APPENDIX 6", "   NIHE Stock at March 2021"]
    left += ["", ""]  # (the right column runs on past the left one)
    right += ["77 APPENDIX 7", "   Applicants and Allocations at March 2021"]
    rows = [f"{a:<56}{b}" for a, b in zip(left, right, strict=True)]
    text = "Housing Investment Plan Annual Update 2021\n\n" + "\n".join(rows) + "\n"
    assert outcome_titles(text) == ["Helping people find housing support and solutions",
                                    "Delivering better homes",
                                    "Fostering vibrant sustainable communities"]


def test_a_label_run_together_on_one_contents_row_is_split_on_the_next_row_too():
    text = ("STRATEGIC PLAN CONTENTS 02 Foreword 03 The Journey to Date\n\n"
            "28 Strategic theme 1 – Develop our International Reputation for Research 32 "
            "Strategic theme 2 – Be One of the UK’s Top 30 Research-led Universities 36 "
            "Strategic theme 3 – Equip our Students for Personal and Professional Achievement\n"
            "40 Strategic theme 4 – Be a Powerhouse for Growth in the Regional Economy 44 "
            "Strategic enabler 1 – Financial Sustainability 46 Strategic enabler 2 – Working "
            "with Others 48 Strategic enabler 3 – Developing our People 50 Monitoring\n")
    assert "Be a Powerhouse for Growth in the Regional Economy" in outcome_titles(text)


def test_the_paragraph_after_a_sentences_list_may_add_one_more_part():
    lines = [_Line("prose", "The council says it wants the plan to help people to prosper through "
                            "a strong economy; to enjoy long and healthy lives and to experience "
                            "improved customer satisfaction."),
             _Line("blank", ""),
             _Line("prose", "The draft plan also outlines the Council’s commitment to protect "
                            "and enhance the environment. Feedback is welcome.")]
    assert [line.text for line in a_list_in_a_sentence(lines)] == [
        "prosper through a strong economy", "enjoy long and healthy lives",
        "experience improved customer satisfaction", "protect and enhance the environment"]


def test_a_reports_numbered_paragraphs_run_together_give_the_headings_one_names():
    text = ("14 SEPTEMBER 2020\n\nANNUAL BUSINESS PLAN - QUARTER 1 PERFORMANCE REPORT\n\n"
            "Reason for this Report\n\n"
            "1. To inform key stakeholders of the Quarter 1 reporting position against the "
            "2020/21 City Deal Business Plan, thus discharging the reporting requirements of "
            "the Assurance Framework. 2. To provide regional Cabinet with an update of actual "
            "expenditure as at Quarter 1 against the approved budgets as set out in the Annual "
            "Business Plan for the financial year 2020/21 3. To note the format of the report "
            "corresponds with the four priority headings of the 20/21 Annual Business Plan – "
            "‘Ready to Scale: Delivery Pipeline’; ‘Gateway Ready’; ‘Influence and Engage’; and, "
            "‘Beyond City Deal to Building a City Region’. The principle of a ‘balanced "
            "scorecard’ approach will be further reinforced.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Ready to Scale: Delivery Pipeline", "Gateway Ready",
                                      "Influence and Engage",
                                      "Beyond City Deal to Building a City Region"]
    assert result.themes[0].title != "14 september 2020"  # a date names no list


@pytest.mark.parametrize("line", ["14 SEPTEMBER 2020", "Tuesday 3rd May 2022", "March 2021"])
def test_a_line_that_is_only_a_date_is_page_furniture(line):
    assert _contact_reason(line)
    assert not _contact_reason("May 2021 review of our priorities")


def _word_file(path: Path, *parts: tuple[str, str]) -> Path:
    """A Word file of (kind, text) parts: "title", "h2", "p" (a paragraph), "bold" (a
    paragraph set all in bold), "named" (a bold name, then " – " and plain words) or
    "bullet"."""
    import docx

    document = docx.Document()
    for kind, text in parts:
        if kind == "title":
            document.add_heading(text, 0)
        elif kind == "h2":
            document.add_heading(text, 2)
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "named":
            name, rest = text.split(" \u2013 ", 1)
            paragraph = document.add_paragraph()
            paragraph.add_run(name).bold = True
            paragraph.add_run(f" \u2013 {rest}")
        else:
            document.add_paragraph(text, style="List Bullet" if kind == "bullet" else None)
    document.save(path)
    return path


def test_bold_names_with_and_without_words_after_them_are_one_list_in_word(tmp_path):
    principles = [
        ("named", "We will provide safe, compassionate care \u2013 ensuring the best "
                  "possible experience for service users"),
        ("bold", "We will promote wellbeing and early intervention"),
        ("named", "We will ensure our people have the knowledge, skills and attributes to "
                  "deliver a high quality, person-centred service \u2013 in a Trust which "
                  "is a good place to work"),  # a long bold name, parted by its dash
        ("bold", "We will value the role of carers and families")]
    path = _word_file(tmp_path / "principles.docx", ("title", "The Trust Vision"),
                      ("p", "Our guiding principles are integral to how we work:"),
                      *principles)
    result = parse_priorities_file(path)
    assert outcome_titles(result) == [text.split(" \u2013 ")[0] for _, text in principles]
    assert result.themes[0].outcomes[0].description.startswith("Ensuring the best")


def test_bold_objectives_of_any_length_are_one_list_in_word(tmp_path):
    aims = ["We provide consistently high-quality care, closer to home",
            "With our partners in North London and each Borough we will ensure equity of "
            "outcome for all",  # 17 words, still bold and still an aim
            "We create great places to work",
            "We will be more effective as an organisation by pioneering research"]
    path = _word_file(tmp_path / "aims.docx", ("title", "Trust Strategy"),
                      ("p", "Our four Strategic Aims for the Trust are that:"),
                      *(("bold", aim) for aim in aims),
                      ("p", "Our strategic objectives for the year are in our annual plan."))
    assert outcome_titles(parse_priorities_file(path)) == aims


def test_a_paragraph_that_ends_by_leading_in_a_list_does_not_give_its_earlier_names(tmp_path):
    commitments = ["Offering a transformative educational experience",
                   "Producing impactful research", "Investing in the future"]
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Strategic Plan"),
        ("p", "The commitments are accompanied by pairs of strategic drivers which are shaped "
              "by two headings: what we do well; and what we’ll do better. We therefore commit "
              "ourselves to:"),
        *(("bold", commitment) for commitment in commitments),
        ("p", "Our strategic objectives for the year are in our annual plan."))
    assert outcome_titles(parse_priorities_file(path)) == commitments


def test_bold_lines_straight_after_a_lead_in_are_its_list_not_headings(tmp_path):
    priorities = ["Transforming educational outcomes by improving attainment",
                  "Promoting prosperity by driving regeneration to support the district’s "
                  "economy, jobs and skills"]
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Corporate Plan"),
        ("p", "The agreed corporate priorities consist of two outcomes:"),
        *(("bold", name) for name in priorities),
        ("p", "The Corporate Plan outlines how we contribute to the shared vision for the "
              "district, which was developed with district partners."),
        ("p", "The plan also sets out the purpose of the Council itself: Working with citizens "
              "and partners to protect and improve the district’s quality of life. Five "
              "organisational aims follow from this purpose:"),
        ("bullet", "Providing community leadership"), ("bullet", "Managing resources"))
    assert outcome_titles(parse_priorities_file(path))[:2] == priorities


@pytest.mark.parametrize("lead_in", [
    "The five themes that we expect all of our suppliers to cover are:",
    "The Commissioner has identified five priority areas",  # (no full stop)
])
def test_headings_in_a_row_under_a_sentence_that_counts_them_are_its_list(tmp_path, lead_in):
    themes = ["Fighting climate change", "Tackling economic inequality", "COVID-19 recovery",
              "Wellbeing", "Equal opportunity"]
    path = _word_file(
        tmp_path / "themes.docx", ("title", "Ethical Sourcing and Social Value"),
        ("h2", "The Social Value Model"),
        ("p", "A minimum weighting of 10% should apply to social value."), ("p", lead_in),
        *(("h2", theme) for theme in themes),
        ("p", "Customers can see which themes a framework covers."),
        ("h2", "Supply Chain Mapping"), ("p", "In 2023/2024 we will develop our approach:"),
        ("bullet", "Prioritisation: a methodology for risk assessment"),
        ("bullet", "Supplier grouping: high, medium and low priority"))
    assert outcome_titles(parse_priorities_file(path))[:5] == themes


def test_headings_in_a_row_straight_after_a_lead_in_are_its_list(tmp_path):
    priorities = ["Reducing fuel poverty", "Promoting equality of opportunity",
                  "Reducing homelessness"]
    path = _word_file(
        tmp_path / "news.docx", ("title", "Social Value Policy"),
        ("p", "The main priorities for social value delivery in the next 12 months will "
              "include:"),
        *(("h2", name) for name in priorities),
        ("p", "The Council will achieve these through the long-term goals of:"),
        ("bullet", "Allowing third sector organisations to show their social value"),
        ("bullet", "Encouraging local companies to strengthen their approaches"))
    assert outcome_titles(parse_priorities_file(path))[:3] == priorities


def test_a_heading_over_its_own_lead_in_ends_the_headings_in_a_row(tmp_path):
    focus = ["Listening to our residents", "Putting health and wellbeing first",
             "Local economies that work for local people"]
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Plan"),
        ("p", "Our focus for the next four years:"), *(("h2", name) for name in focus),
        ("h2", "Our values"), ("p", "In everything we do we aim to:"),
        ("bullet", "Be compassionate."), ("bullet", "Be ambitious."))
    result = parse_priorities_file(path)
    assert outcome_titles(result)[:3] == focus
    assert "Our values" not in all_titles(result)


def test_a_list_boxed_in_a_table_one_entry_to_a_row_is_a_list(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("The Trust Vision", 0)
    document.add_heading("Our Purpose", 2)
    document.add_paragraph("To improve health and wellbeing and reduce health inequalities.")
    document.add_heading("Our Vision", 2)
    document.add_paragraph("To continuously improve health and social care delivery and foster "
                           "innovation in pursuit of this goal.")
    document.add_paragraph("Our Guiding Principles are integral to how we will deliver and "
                           "develop our services:")
    principles = ["We will provide safe, high quality and compassionate care",
                  "We will promote wellbeing and early intervention",
                  "We will innovate to drive improvement in services"]
    table = document.add_table(rows=len(principles), cols=2)  # the second column left empty
    for row, principle in zip(table.rows, principles, strict=True):
        row.cells[0].text = principle
    path = tmp_path / "vision.docx"
    document.save(path)
    assert outcome_titles(parse_priorities_file(path)) == principles


def test_a_lone_item_that_says_what_its_heading_covers_is_its_description():
    text = ("# Police and Crime Plan\n\nThere are three key priorities in the plan:\n\n"
            "## A local neighbourhood policing presence\n\n"
            "- This encompasses serious and organised crime; rural and wildlife crime; road "
            "safety; and antisocial behaviour.\n\n"
            "## Supporting victims, communities and businesses\n\n"
            "- This includes action on violence against women and girls; business and retail "
            "crime; cyber crime.\n\n"
            "## A fair and effective criminal justice system\n\n"
            "- This involves dealing with domestic violence perpetrators; further developing "
            "the Victims’ Panel.\n")
    result = parse_priorities_text(text)
    assert all_titles(result)[-3:] == ["A local neighbourhood policing presence",
                                       "Supporting victims, communities and businesses",
                                       "A fair and effective criminal justice system"]
    assert not any(title.startswith("This ") for title in all_titles(result))


def test_headings_in_a_row_after_a_numbered_resolution_that_leads_in_are_its_list(tmp_path):
    priorities = ["Thriving Communities", "Accessible Services", "Responsible Growth",
                  "Sustainability"]
    path = _word_file(
        tmp_path / "minutes.docx", ("title", "Meeting: 19/09/2024 - Council (Item 46)"),
        ("p", "RESOLVED: That Council:"),
        ("p", "(1) Reviewed and approved the Council Plan with the four new Council Priorities "
              "as outlined below:"),
        *(("h2", name) for name in priorities),
        ("p", "(2) Delegated authority to the Managing Director to approve any minor "
              "amendments to the Plan."),
        ("p", "The Leader presented the report. The following points were made:"),
        ("bullet", "The report highlighted the visions of key projects."),
        ("bullet", "The report aligned with the Medium Term Financial Strategy."))
    assert outcome_titles(parse_priorities_file(path)) == priorities


def test_a_documents_tables_are_in_the_text_the_preview_shows(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("The Five Year Plan", 0)
    document.add_paragraph("The priorities in the Five Year Plan are:")
    table = document.add_table(rows=2, cols=2)
    for row, (name, aims) in zip(table.rows, [
            ("Our Borough", ["To support a prosperous borough", "To support a well borough"]),
            ("Our People", ["To have effective leadership"])], strict=True):
        row.cells[0].text = name
        row.cells[1].text = aims[0]
        for aim in aims[1:]:
            row.cells[1].add_paragraph(aim)
    path = tmp_path / "plan.docx"
    document.save(path)
    result = parse_priorities_file(path)
    assert [text for text, _bold in result.source][-2:] == [
        "Our Borough – To support a prosperous borough; To support a well borough",
        "Our People – To have effective leadership"]


def test_a_count_with_one_more_after_it_counts_that_one_too():
    text = ("Corporate Plan 2023 to 2027\n\n"
            "Our Corporate Plan has four strategic themes, with a fifth ambition for our "
            "Council underpinning them. These are:\n\n"
            "Improving our housing.\nGrowing our economy.\nProtecting our environment.\n"
            "Supporting our communities.\nModernising our Council.\n\n"
            "This section covers how we will monitor our progress against the objectives set.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Improving our housing", "Growing our economy", "Protecting our environment",
        "Supporting our communities", "Modernising our Council"]


def test_a_list_without_bullets_keeps_its_last_item_after_a_semicolon_and():
    text = ("Social Value Procurement Policy\n\nSpecifically, we committed to the:\n\n"
            "Development and implementation of social value in procurement;\n"
            "Introduction of progressive procurement measures designed to support the "
            "local supply chain;\n"
            "Implementation of measures to increase the capacity of the local supply "
            "market; and\n"
            "Implementation of measures to ensure that our spend can boost the local "
            "economy.\n\n"
            "This document presents our approach to delivering on these commitments.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles[-2:] == [
        "Implementation of measures to increase the capacity of the local supply market",
        "Implementation of measures to ensure that our spend can boost the local economy"]


def test_a_list_without_bullets_keeps_a_last_phrase_that_ends_with_the_full_stop():
    text = ("New five-year social care plan\n\n"
            "Over the next five years, Social Care Wales aims to lead and support "
            "improvement in social care, leading to:\n\n"
            "Improved outcomes for children and adults who rely on care and support\n"
            "A skilled and high-quality social care and early years workforce\n"
            "Confidence in those working in social care and childcare, and in the "
            "effectiveness of Social Care Wales.\n"
            "The Chair said the focus over the next five years will be on improving "
            "people’s well-being across Wales.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Improved outcomes for children and adults who rely on care and support",
        "A skilled and high-quality social care and early years workforce",
        "Confidence in those working in social care and childcare, and in the "
        "effectiveness of Social Care Wales"]


def test_named_lines_with_points_set_in_under_them_may_run_long_without_bullets():
    text = ("Sustainable Procurement\n\n"
            "Examples of Sustainability requirements that may be considered, include:\n\n"
            "Environmental Sustainability - defined as responsible interaction with the "
            "environment e.g.\n  Carbon Reduction\n  Renewable Energy\n"
            "Economic Sustainability – defined as practices that support long-term economic "
            "growth. e.g.\n  The use of local suppliers\n  Longer term contracts\n"
            "Social Value - defined as the additional benefit organisations provide to the "
            "communities they operate within. This value reaches further than the direct "
            "purchase of services and outcomes, and instead focuses on how organisations "
            "can secure wider societal benefits. e.g.\n  Employment opportunities\n"
            "  Training opportunities\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == [
        "Environmental Sustainability", "Economic Sustainability", "Social Value"]
    assert [o.title for o in result.themes[2].outcomes] == [
        "Employment opportunities", "Training opportunities"]


def test_objectives_without_bullets_may_open_with_be():
    text = ("Corporate priorities\n\nBroxbourne Borough Council has three corporate "
            "priorities.\n\n"
            "Ambition Broxbourne: a thriving economy\n"
            "Promote inward investment and support business growth.\n"
            "Support thriving town centres and businesses.\n"
            "Innovative Broxbourne: an effective, enabling council\n"
            "Build strong partnerships to deliver more for the Borough.\n"
            "Be transparent and ensure effective scrutiny and risk management.\n"
            "Develop a workforce with the skills to meet changing needs.\n")
    result = parse_priorities_text(text)
    assert [o.title for o in result.themes[-1].outcomes] == [
        "Build strong partnerships to deliver more for the Borough",
        "Be transparent and ensure effective scrutiny and risk management",
        "Develop a workforce with the skills to meet changing needs"]


def test_a_title_over_counted_lines_written_as_one_sentence_is_not_one_of_them():
    text = ("Corporate Plan 2025-2030 is now live\n\n"
            "There are five priorities in the plan. These all have actions underneath:\n\n"
            "Hastings Borough Council's Corporate Plan 2025-30\n"
            "has a financially stable council that delivers high quality services;\n"
            "is tackling homelessness and ensuring good-quality housing;\n"
            "is tackling poverty and inequality;\n"
            "takes action to tackle the climate and nature crisis; and\n"
            "encourages and supports pride of place in our town.\n\n"
            "Cllr Julia Hilton, leader of the council, said: “Our new Corporate Plan sets "
            "out our commitment.”\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert len(titles) == 5
    assert titles[0].startswith("Has a financially stable council")
    assert titles[-1] == "Encourages and supports pride of place in our town"


def test_actions_without_bullets_after_a_lead_in_may_each_run_long():
    text = ("Social Value Policy\n\nMinutes:\n\n"
            "The key elements of the policy were to:-\n"
            "Raise the living standards of Rotherham residents and commit to working towards "
            "the Living Wage.\n"
            "Increase the proportion of the Council’s expenditure which goes to local "
            "businesses and providers.\n"
            "Build social value into all Council contracts (in excess of £100,000) and "
            "maximise the impact gained from every pound spent and introduce a rigorous "
            "system for assessing and measuring social value.\n"
            "Commit to the principle of co-designing services wherever possible.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert len(titles) == 4 and titles[2].startswith("Build social value into all Council")


def test_actions_a_paragraph_each_after_a_lead_in_are_a_list_without_bullets():
    text = ("Social Value Annual Report\n\n"
            "The aim of the Social Value Policy was to maximise the local impact of the "
            "Council’s spend:\n\n"
            "Raising the living standards of Rotherham residents and commitment to working "
            "towards the Living Wage Foundation Living Wage.\n\n"
            "Increasing the proportion of the Council’s expenditure which went to local "
            "businesses and providers.\n\n"
            "Commit to the principle of co-designing services wherever possible.\n\n"
            "The report outlined that the Council had made progress against the "
            "commitments agreed in February 2021.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert [title.split()[0] for title in titles] == ["Raising", "Increasing", "Commit"]


def test_lines_numbered_one_two_three_without_full_stops_are_a_list_not_contents():
    text = ("Bradford District's Strategic Themes\n\n"
            "Our common purpose is to create a good quality of life for everyone.\n\n"
            "Bradford Strategic Themes\n\n" + "\n\n".join(
                f"{n} {name}" for n, name in enumerate(
                    ["Improving educational attainment",
                     "Supporting the District's economy, jobs and skills",
                     "Supporting the most vulnerable adults, children and families",
                     "Reducing health inequalities",
                     "Securing an adequate supply of decent and affordable homes",
                     "Safe, clean and welcoming neighbourhoods"], start=1)) +
            "\n\nStrategic Priorities\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles[0] == "Improving educational attainment" and len(titles) == 6


def test_short_names_that_end_with_one_word_after_a_paragraph_are_a_list():
    text = ("Lichfield District 2050\n\nDraft Strategy - August 2023\n\n"
            "We need your feedback. Please read the strategy and then let us know your "
            "thoughts through the short surveys linked below.\n\n"
            "Confident Communities\n\nProsperous Communities\n\nActive Communities\n\n"
            "Green Communities\n\n"
            "This document is a departure from our usual four-yearly cycle.\n\n"
            "Follow publisher\n\nShare\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Confident Communities", "Prosperous Communities",
                                      "Active Communities", "Green Communities"]
    assert "Follow publisher" not in all_titles(result)


def test_word_headings_of_name_and_meaning_are_read_alike_whatever_their_length(tmp_path):
    """Each "Name – what it means." styled as a heading is a priority and its meaning,
    the short ones as much as those long enough to be read as sentences."""
    aims = ["Healthier lives – prioritising healthcare improvements and overall wellbeing "
            "for the community.",
            "Fairer opportunities – reducing inequality for all residents in the region.",
            "Green spaces – expanding and protecting parks and natural spaces.",
            "Economic growth – supporting the growth of businesses and creating new job "
            "opportunities.",
            "Better jobs – focusing on the creation of quality jobs."]
    path = _word_file(tmp_path / "aims.docx", ("title", "What we do"),
                      ("p", "We have five objectives that aim to enhance the lives of "
                            "residents:"),
                      *(("h2", aim) for aim in aims),
                      ("p", "Our Corporate Plan sets out how we will achieve these."))
    result = parse_priorities_file(path)
    assert outcome_titles(result) == ["Healthier lives", "Fairer opportunities",
                                      "Green spaces", "Economic growth", "Better jobs"]
    assert result.themes[0].outcomes[2].description.startswith("Expanding")


def test_contents_entries_with_a_section_number_before_their_theme_label():
    """"Section 4 Theme 1: Economic Development 26": the themes, without section, label
    and page number; the other sections are left out."""
    text = ("Further Education Means Success\n\nJanuary 2016\n\n"
            "Foreword 04\nExecutive Summary 08\nSection 1 Introduction 16\n"
            "Section 2 Strategic Context for Further Education 20\n"
            "Section 3 Theme 1: Economic Development 26\n"
            "Section 4 Theme 2: Social Inclusion 34\n"
            "Section 5 Theme 3: Curriculum Delivery 42\n"
            "Section 6 Way Forward 72\nAnnex A Project Descriptions 74\n\n"
            "Foreword\n\nI am pleased to launch this new strategy for further education.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Economic Development", "Social Inclusion", "Curriculum Delivery"]


def test_bold_names_with_their_points_under_one_heading_among_sections_are_themes(tmp_path):
    """"Our aims" (a heading) over three points, then bold names each over its own
    points, beside a section of prose: the bold names are themes with their points as
    outcomes, not outcomes with their points folded into descriptions."""
    path = _word_file(
        tmp_path / "priorities.docx", ("title", "Council Cabinet Priorities"),
        ("h2", "Our values"), ("bullet", "We listen: we will work with the people of Cornwall"),
        ("bullet", "We are responsible: we will use resources wisely"),
        ("h2", "Our aims"), ("bullet", "Ensure everyone can live well"),
        ("bullet", "Create more homes and jobs"),
        ("bold", "Healthy Cornwall"), ("bullet", "Better health for everyone"),
        ("bullet", "Fewer children living in poverty"),
        ("bold", "Homes for Cornwall"), ("bullet", "Bring empty properties back into use"),
        ("bullet", "Fewer people living in fuel poverty"))
    themes = {theme.title: [o.title for o in theme.outcomes]
              for theme in parse_priorities_file(path).themes}
    assert themes["Healthy Cornwall"] == ["Better health for everyone",
                                          "Fewer children living in poverty"]
    assert themes["Homes for Cornwall"] == ["Bring empty properties back into use",
                                            "Fewer people living in fuel poverty"]
    assert themes["Our aims"] == ["Ensure everyone can live well", "Create more homes and jobs"]


def test_a_paste_that_stops_one_short_of_the_lines_counted_keeps_those_it_has():
    """"… focusing on four priorities:" and three lines, the copy cut off before the
    fourth: the three are the priorities, not a phrase from a sentence above."""
    text = ("Strategy 2030\n"
            "Our vision is to be a global research-intensive university, generating "
            "internationally leading research coupled with outstanding teaching and "
            "learning.\n"
            "Our Values\nIntegrity\nConnectivity\nAmbition\nRespect\nExcellence\n"
            "Strategic Priorities\n"
            "We will realise our Vision by focusing on four priorities:\n"
            "Education and Skills\nResearch and Innovation\n"
            "Global Reputation and Partnerships\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == [
        "Education and Skills", "Research and Innovation",
        "Global Reputation and Partnerships"]
    # the preview says the text may have been cut short, so the person checks its end
    assert any("counts more priorities than follow it" in w and "four priorities" in w
               for w in result.warnings)


def test_word_headings_each_over_a_sentence_and_points_stand_together(tmp_path):
    """Three headings, each over "defined as …" and its points, where only the last
    sentence happens to say "outcomes": one set of themes, none left out as an aside."""
    path = _word_file(
        tmp_path / "sustainable.docx", ("title", "Sustainable Procurement"),
        ("p", "Examples of sustainability requirements that may be considered include:"),
        ("h2", "Environmental Sustainability"),
        ("p", "defined as responsible interaction with the environment."),
        ("bullet", "Carbon Reduction"), ("bullet", "Waste Management"),
        ("h2", "Economic Sustainability"),
        ("p", "defined as practices that support long-term economic growth."),
        ("bullet", "The use of local suppliers"), ("bullet", "Longer term contracts"),
        ("h2", "Social Value"),
        ("p", "defined as the additional benefit and outcomes for communities."),
        ("bullet", "Employment opportunities"), ("bullet", "Training opportunities"))
    assert [t.title for t in parse_priorities_file(path).themes] == [
        "Environmental Sustainability", "Economic Sustainability", "Social Value"]


def test_word_headings_our_values_and_our_priorities_are_still_two_sets(tmp_path):
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Plan"),
        ("h2", "Our values"), ("bullet", "Honesty"), ("bullet", "Respect"),
        ("h2", "Our priorities"), ("bullet", "Good homes for everyone"),
        ("bullet", "A thriving local economy"))
    assert outcome_titles(parse_priorities_file(path)) == [
        "Good homes for everyone", "A thriving local economy"]


def test_a_second_list_led_in_as_the_outcomes_is_kept_beside_the_counted_one():
    """"The three main areas … are:" and its three, then a paragraph ending "These five
    year outcomes include:" and its points: both lists are priorities, the second not an
    aside of the first."""
    text = ("Long-term Future\n"
            "The three main areas that form the long-term vision in the Park Plan are:\n"
            "• A sustainable economy supporting thriving businesses\n"
            "• A special place for people and nature\n"
            "• People enjoying the Park through outstanding visitor experiences\n"
            "Short-term Future\n"
            "To do this the Park Plan outlines ten priority areas to put effort into "
            "between 2012 and 2017. These five year outcomes include:\n"
            "• The economy of the Park will have grown and diversified\n"
            "• Businesses and communities will be adapting to a low carbon economy\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert "A special place for people and nature" in titles
    assert "Businesses and communities will be adapting to a low carbon economy" in titles


def test_word_headings_in_a_row_of_names_and_meanings_are_read_alike(tmp_path):
    """Four "Name - what it means" headings, only the last long enough to be read as a
    sentence: all four are priorities with their meanings, the last not left out."""
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Plan 2022-2025"),
        ("p", "Our new Council Plan sets out our priorities and outcomes for the future."),
        ("h2", "Green city - protecting and enhancing our environment"),
        ("h2", "Vibrant city - reimagining our city with culture at its heart"),
        ("h2", "City of growth - a modern smart city with jobs and skills"),
        ("h2", "Resilient city - working with our communities to improve health, wealth, "
               "and opportunities."),
        ("p", "We will monitor progress against priorities at least every three months."))
    assert outcome_titles(parse_priorities_file(path)) == [
        "Green city", "Vibrant city", "City of growth", "Resilient city"]


def test_word_bullets_naming_lead_ins_and_their_points_in_one_list_are_themes(tmp_path):
    """"• Globally connected" / "Promote the growth … by:" / "• supporting businesses
    to grow;" …, the names and the points one Word list: each name is a theme over its
    points, and a last name with only a paragraph after it is a theme too."""
    path = _word_file(
        tmp_path / "plan.docx", ("title", "One Coventry Plan"),
        ("h2", "One Coventry Plan (Council Plan)"),
        ("p", "The One Coventry Plan sets out our vision and priorities for the city:"),
        ("bullet", "Globally connected"),
        ("p", "Promote the growth of a sustainable Coventry economy by:"),
        ("bullet", "supporting businesses to grow;"), ("bullet", "developing the city centre."),
        ("bullet", "Locally committed"),
        ("p", "Improve the quality of life for Coventry people by:"),
        ("bullet", "improving educational outcomes;"), ("bullet", "making communities safer."),
        ("bullet", "Delivering our priorities with fewer resources"),
        ("p", "Make the most of our assets and work closer with partners and residents."),
        ("h2", "About the performance report"),
        ("p", "This annual report sets out the progress made towards the plan."))
    themes = {t.title: [o.title for o in t.outcomes]
              for t in parse_priorities_file(path).themes}
    assert themes["Globally connected"] == ["Supporting businesses to grow",
                                            "Developing the city centre"]
    assert themes["Locally committed"] == ["Improving educational outcomes",
                                           "Making communities safer"]
    assert "Delivering our priorities with fewer resources" in themes


_HOUSING_AIMS = [
    "To provide new sustainable homes in places where people want to live.",
    "To help people live at home, improve their independence, health and quality of life.",
    "To make better use and improve the standards of existing housing stock so it is "
    "decent and safe.",
    "To provide housing advice, information and a preventative service."]


@pytest.mark.parametrize("kind", ["bold", "h2"])
def test_bold_paragraphs_or_headings_in_a_row_are_read_alike_whatever_their_length(
        tmp_path, kind):
    """"The strategy also identifies four key priorities" over four aims, each set all in
    bold or styled as a heading, and each a sentence, some long enough to be read as a
    paragraph: the four are the priorities, not names and a paragraph that breaks them."""
    path = _word_file(
        tmp_path / "blog.docx", ("title", "Leader's blog - March 2018"),
        ("p", "Last month saw the release of our housing strategy for 2018-2028, which "
              "sets out the key challenges facing the town."),
        ("p", "The strategy also identifies four key priorities"),
        *((kind, aim) for aim in _HOUSING_AIMS))
    assert outcome_titles(parse_priorities_file(path)) == [
        aim.rstrip(".") for aim in _HOUSING_AIMS]


_PLEDGES = ["Improving health in Salford", "Reducing crime in Salford",
            "Investing in young people in Salford", "Creating prosperity in Salford"]


def _pledge_contents(page_mark: str) -> str:
    rows = [f"Foreword from the Leader{page_mark}2", f"About this plan{page_mark}3",
            "Part one: Improving quality of life"]
    rows += [f"{name} (pledge {n}){page_mark}{5 + 2 * n}"
             for n, name in enumerate(_PLEDGES, start=1)]
    rows += ["Part two: Improving as an organisation", f"One council - our values{page_mark}21",
             f"Workforce development{page_mark}27"]
    return ("Our Corporate Plan 2010–2013\n\nContents / page\n" + "\n".join(rows) +
            "\n\nForeword by the Leader of the Council\n\nOver the past year the council "
            "has been well-placed to respond to the recession with our partners.\n")


@pytest.mark.parametrize("page_mark", [" / ", " "])
def test_contents_entries_labelled_after_their_name_are_the_priorities(page_mark):
    """"Improving health in Salford (pledge 1) / 7": a contents page whose entries carry
    their label after the name, its page numbers parted by slashes or not: the labelled
    entries are the priorities, without label and page number."""
    assert outcome_titles(parse_priorities_text(_pledge_contents(page_mark))) == _PLEDGES


def test_a_percentage_is_not_a_count_of_priorities():
    assert announced_count("The council has adopted a target weighting of at least 20% for "
                           "social value when evaluating bids.") == 0
    assert announced_count("We have set 12 per cent social value targets.") == 0
    assert announced_count("Our plan sets out six priorities:") == 6


def test_names_over_paragraphs_after_the_document_s_own_title_and_paragraph():
    """"Progressive Procurement Strategy 2020/27" over a paragraph about it, then names
    each over a paragraph: the names are the priorities, the document's title is not,
    and a paragraph mentioning "20% for social value" counts nothing."""
    text = ("Selling to the council\n\n"
            "This page gives advice for suppliers looking to provide goods, works and "
            "services to the council.\n\n"
            "Progressive Procurement Strategy 2020/27\n\n"
            "The Progressive Procurement Strategy 2020/27 sets out the general approach of "
            "the council regarding money spent with third parties.\n\n"
            "Progressive procurement values\n\n"
            "The council seeks progressive partners with shared values and common "
            "ambitions.\n\n"
            "Social Value\n\n"
            "Social value is about improving the economic, social and environmental "
            "well-being of the borough. The council has adopted a target weighting of at "
            "least 20% for social value when evaluating bids.\n\n"
            "London Living Wage\n\n"
            "The council is an accredited London Living Wage employer.\n\n"
            "Modern Slavery\n\n"
            "The council signed the Charter Against Modern Slavery in March 2018.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Progressive procurement values", "Social Value", "London Living Wage",
        "Modern Slavery"]


def test_a_counted_list_in_the_sentence_after_the_count_parted_by_semicolons():
    """"The policy sets out eight objectives. These are applying …; Involving …; …,
    and; Growing …": the eight, long ones and those holding commas whole."""
    objectives = [
        "applying a 10 per cent weighting to social value in the tender process",
        "Involving the local community in the commissioning process",
        "Considering the environmental impact as part of the tender process",
        "Undertaking work with diverse suppliers",
        "Maximising opportunities for employment and skills through commissioning",
        "Promoting the local economy", "Nurturing assets within the community",
        "Growing relationships with the business community, social enterprises and "
        "voluntary and community organisations"]
    text = ("Bristol launches social value policy\n\n"
            "The city council has published its social value policy for suppliers.\n\n"
            "The policy sets out eight objectives. These are " + "; ".join(objectives[:-1]) +
            ", and; " + objectives[-1] + ".\n\n"
            "The council spends around £400 million a year with suppliers.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles == [o[:1].upper() + o[1:] for o in objectives]


def test_counted_names_after_the_noun_s_own_words_and_focus_on():
    text = ("College outlines its statement of ambition\n\n"
            "Three main ambitions of the sector focus on developing people and "
            "partnerships; supporting a successful economy; and helping communities "
            "thrive, and it is hoped that achieving these ambitions will maximise "
            "colleges' influence across Scotland.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Developing people and partnerships", "Supporting a successful economy",
        "Helping communities thrive"]


def test_a_values_sentence_does_not_name_the_aims_heading_after_it(tmp_path):
    """"Our values" over one sentence, then the heading "Our aims" over its list: the
    sentence is the values section's text, not an objective naming the aims."""
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Priorities"),
        ("h2", "Our values"), ("p", "We listen and we will use resources wisely."),
        ("h2", "Our aims"), ("bullet", "Ensure everyone can live well"),
        ("bullet", "Create more homes and jobs"), ("bullet", "Protect the environment"))
    titles = all_titles(parse_priorities_file(path))
    assert "We listen and we will use resources wisely" not in titles
    assert {"Ensure everyone can live well", "Protect the environment"} <= set(titles)


def test_word_headings_each_over_a_phrase_of_what_it_means_are_not_prose_sections(tmp_path):
    """"Travel" over "how we move around", beside one heading over a list: each name with
    its phrase is a priority, not a section of prose left out beside the one list."""
    path = _word_file(
        tmp_path / "climate.docx", ("title", "What we're doing"),
        ("p", "We will need to tackle four climate challenges."),
        ("h2", "Homes, buildings and energy"),
        ("p", "how we construct, heat and power our built environment"),
        ("h2", "Travel"), ("p", "how we move around"),
        ("h2", "Ecology"), ("p", "making space for nature"),
        ("h2", "Adapting to climate change"),
        ("p", "making ourselves resilient to climate changes already underway"),
        ("p", "We will enable this through:"),
        ("bullet", "Engagement and influence: helping our communities to act"),
        ("bullet", "Finance and decision-making: making every decision support net zero"))
    titles = all_titles(parse_priorities_file(path))
    assert {"Homes, buildings and energy", "Travel", "Ecology"} <= set(titles)


def test_a_long_stretch_of_blank_lines_is_walked_over_once(monkeypatch):
    """Looking for the line before a run of names happens only for a run: done for every
    line, a paste of thousands of blank lines was walked back over again and again (the
    hostile-input benchmark's 20 MB of blank lines took most of its 2 s there)."""
    from svbidder.core.priorities.importing import unmarked

    calls = []
    real = unmarked.line_before

    def counting(lines, at):
        calls.append(at)
        return real(lines, at)

    monkeypatch.setattr(unmarked, "line_before", counting)
    parse_priorities_text("Our plan\n" + "\n" * 5000 + "Our priorities are to grow.\n")
    assert len(calls) < 100


def test_headings_with_nothing_under_them_beside_one_over_its_list_in_word(tmp_path):
    # A news story's proposals set as headings: two with nothing under them, one over
    # its two targets, one more after it. Each heading is a priority; none is a section
    # of text to leave out. A heading straight over a section of text is still one.
    path = _word_file(
        tmp_path / "proposals.docx", ("title", "Have Your Say"),
        ("p", "The draft strategy sets out proposals for the next ten years."),
        ("h2", "Delivering a reliable public transport network across the region"),
        ("h2", "Improving the accessibility of all transport networks"),
        ("h2", "Working to ensure the transport network is zero emission by 2045, including"),
        ("bullet", "Cutting car kilometres driven by 20% by 2030"),
        ("bullet", "Supporting the adoption of electric vehicles"),
        ("h2", "Improving opportunities to walk and cycle for short trips"),
        ("h2", "Delivering the strategy across the region"),
        ("h2", "Have your say"), ("p", "The consultation closes in March."))
    result = parse_priorities_file(path)
    titles = [theme.title for theme in result.themes]
    assert titles[:4] == [
        "Delivering a reliable public transport network across the region",
        "Improving the accessibility of all transport networks",
        "Working to ensure the transport network is zero emission by 2045, including",
        "Improving opportunities to walk and cycle for short trips"]
    assert [outcome.title for outcome in result.themes[2].outcomes] == [
        "Cutting car kilometres driven by 20% by 2030",
        "Supporting the adoption of electric vehicles"]
    assert "Delivering the strategy across the region" not in titles


def test_a_committee_s_recommendations_without_a_lead_in_are_not_priorities():
    # An agenda item: the recommendations numbered with no "RESOLVED:" over them (one
    # lists what is to be published), then the priorities as plain lines, one longer
    # than the rest, and the officers' comments after them.
    text = ("Agenda item\n\nSouth West Herts Joint Strategic Vision\n\n"
            "1.    Note the feedback received on the consultation;\n\n"
            "2.    Endorse the revised Vision and Objectives for the Plan;\n\n"
            "3.    Agree the recommended changes to the Scoping Report; and\n\n"
            "4.    Delegate authority to the Strategic Director to finalise and publish:\n\n"
            "(a)  a document setting out the revised Vision and Objectives; and\n\n"
            "(b)  an updated Sustainability Appraisal Scoping Report.\n\n"
            "Corporate Priorities\n\n"
            "A clean, safe and enjoyable environment\n\n"
            "Building strong and vibrant communities\n\n"
            "Ensuring economic growth and prosperity\n\n"
            "Providing good quality affordable homes, in particular for those most in need\n\n"
            "Climate and ecological emergency\n\n"
            "Statutory Officer Comments:\n\nMonitoring Officer:\n\n"
            "No comments to add to the report.\n\nRecommendation agreed\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "A clean, safe and enjoyable environment", "Building strong and vibrant communities",
        "Ensuring economic growth and prosperity",
        "Providing good quality affordable homes, in particular for those most in need",
        "Climate and ecological emergency"]


def test_a_numbered_outline_whose_one_section_lists_the_priorities():
    # A strategy's outline: numbered parts of the document, one of which ("4. Strategic
    # Priorities") has the priorities bulleted under it at the same indent.
    text = ("Appendix 1\n\nCommunity Safety and Drugs Strategy 2005-08\n\n"
            "1. Covering Letter\n\n2. Partnership Strap Line, Vision, Values and Aims\n\n"
            "3. Partnership Structure\n\n4. Strategic Priorities\n\n"
            "- Alcohol Misuse\n\n- Anti-Social Behaviour\n\n- Domestic Violence\n\n"
            "- Young People\n\n"
            "5. Purpose of Strategy and how it is linked to the Audit process\n\n"
            "6. Section 17\n\n7. Targets\n\n8. Glossary\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Alcohol Misuse", "Anti-Social Behaviour", "Domestic Violence", "Young People"]


def test_pledges_named_in_a_sentence_with_to_once_and_commas_in_the_last():
    # A leader's newspaper column: "These pledges are: to build …; take …; … and build
    # safer, healthier, better-connected communities." "to" goes with every pledge, and
    # the last pledge's own commas stay in it.
    text = ("News > Opinion\n\nWelcome to my first column as the newly elected leader.\n\n"
            "I will do everything I can to protect frontline services, deliver value for "
            "money and create vibrant and prosperous communities.\n\n"
            "These pledges are: to build a resilient economy; take action on the climate "
            "emergency; protect our vulnerable residents; deliver education for a modern "
            "Caerphilly and build safer, healthier, better-connected communities.\n\n"
            "However, we are all facing a number of significant challenges.\n\n"
            "Share this article\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Build a resilient economy", "Take action on the climate emergency",
        "Protect our vulnerable residents", "Deliver education for a modern Caerphilly",
        "Build safer, healthier, better-connected communities"]


def test_a_press_release_ends_at_its_ends_line():
    # "ENDS", then the notes to editors: a numbered note is not a priority.
    text = ("Home > News\n\nCommission sets out three year plan\n\n"
            "The Commission has today published its strategic plan.\n\n"
            "Our priorities are:\n\n  • Good governance\n  • The legacy of the conflict\n"
            "  • Protecting human rights in a time of austerity\n\n"
            "ENDS\n\nNotes to editors\n\n"
            "1. The Commission is an independent statutory body established in 1999.\n\n"
            "2. It is answerable to Parliament at Westminster.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Good governance", "The legacy of the conflict",
        "Protecting human rights in a time of austerity"]
    text = ("Home > News\n\nCommission sets out three year plan\n\n- ENDS -\n\n"
            "Notes to editors\n\n1. The Commission is an independent statutory body.\n")
    assert outcome_titles(parse_priorities_text(text)) == []


def test_counted_aims_written_as_long_headings_over_their_text():
    # "… these three aims …:" then each aim, a long "To …" line with no full stop, over
    # paragraphs that explain it: the aims are the three long lines.
    text = ("Our aims\n\nTalking to them helped us settle on these three aims for the next "
            "three years:\n\n"
            "To be a successful Commissioner who makes a difference to the lives of children "
            "and young people\n\n"
            "We'll make sure that children and young people's views are at the heart of what "
            "we do.\n\nBut we'll also aim to be seen as trusted experts on rights.\n\n"
            "To establish a culture of children's human rights\n\n"
            "We'll work to make sure children, young people and adults know their rights.\n\n"
            "To make sure that children's human rights are at the centre of laws, policies "
            "and practice\n\n"
            "We'll make sure the Governments keep the promises they made to children\n\n"
            "Back to top\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "To be a successful Commissioner who makes a difference to the lives of children "
        "and young people", "To establish a culture of children's human rights",
        "To make sure that children's human rights are at the centre of laws, policies "
        "and practice"]


def test_a_list_of_aims_as_the_plan_outlines_them_beside_a_counted_list():
    # "The office's Strategic Aims as outlined in the Plan are:" names its own list, so
    # the aims are kept beside the five key themes that a later sentence counts.
    text = ("News\n\nThe Commissioner has launched his Strategic Plan.\n\nStrategic Aims\n\n"
            "The office's Strategic Aims as outlined in the Plan are:\n\n"
            "1. To maximise the impact of the UNCRC in Scotland.\n"
            "2. To promote the participation of children and young people.\n"
            "3. To ensure that the office is efficient, effective and fit for purpose.\n\n"
            "Key themes\n\nThere are five key themes for 2016-20 in the plan:\n\n"
            "- Child poverty\n- Children safe from harm\n- Discrimination\n- Mental health\n"
            "- Care experienced children and young people.\n")
    result = parse_priorities_text(text)
    titles = {title for theme in result.themes
              for title in (theme.title, *(outcome.title for outcome in theme.outcomes))}
    assert {"To maximise the impact of the UNCRC in Scotland",
            "To promote the participation of children and young people",
            "To ensure that the office is efficient, effective and fit for purpose",
            "Child poverty"} <= titles


def test_a_place_described_after_the_count_is_not_the_list_of_themes():
    # "… five key themes that … will help create a North Tyneside that is thriving,
    # family-friendly, caring, secure and green": the words after "is" describe the place;
    # the themes are the headings that follow, each over its "We will" points.
    text = ("Our North Tyneside Plan\n\n"
            "It focuses on five key themes that reflect your priorities and will help create "
            "a North Tyneside that is thriving, family-friendly, caring, secure and green.\n\n"
            "Each key theme has specific areas of work and clear priorities.\n\n"
            "A thriving North Tyneside\n\n"
            "  • We will regenerate the high streets of North Shields and Wallsend\n"
            "  • We will invest in adult education and support apprenticeships\n\n"
            "A family-friendly North Tyneside\n\n"
            "  • We will provide outstanding children's services\n"
            "  • We will support young people to be healthy\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == [
        "A thriving North Tyneside", "A family-friendly North Tyneside"]


def test_rows_coded_with_one_prefix_are_a_numbered_list():
    # A table pasted as lines: its heading row, then each row's code and text ("LW1 …",
    # "LW2 …"). The rows are the priorities, numbered by their codes; the heading row is
    # left out.
    text = ("Living Well Priorities\n\nPriority Explanation\n"
            "LW1 Stop all forms of abuse and exploitation, including domestic abuse\n"
            "LW2 Improve the lives of everyone living with mental illness through raised "
            "awareness and more effective support services\n"
            "LW3 Improve the detection and management of long term conditions\n"
            "LW4 Improve support and opportunities for carers\n\nLast Updated: 21 April 2020\n")
    result = parse_priorities_text(text)
    outcomes = result.themes[0].outcomes
    assert [outcome.title for outcome in outcomes] == [
        "Stop all forms of abuse and exploitation, including domestic abuse",
        "Improve the lives of everyone living with mental illness through raised awareness "
        "and more effective support services",
        "Improve the detection and management of long term conditions",
        "Improve support and opportunities for carers"]
    assert [outcome.ref for outcome in outcomes] == ["LW1", "LW2", "LW3", "LW4"]
    assert result.themes[0].title != "Priority Explanation"


def test_counted_word_headings_over_their_paragraphs_may_run_long(tmp_path):
    # "The three main areas … are:" then three Word headings of ten words or more, each
    # over the paragraph that explains it: the three headings are the counted areas.
    areas = ["A sustainable economy supporting thriving businesses and communities",
             "A special place for people and nature with natural and cultural heritage "
             "enhanced",
             "People enjoying the Park through outstanding visitor and learning experiences"]
    parts = [("title", "Our Park Plan"), ("h2", "Long-term Future"),
             ("p", "The plan looks at the shared vision of how the Park should be managed."),
             ("p", "The three main areas that form the long-term vision in the Park Plan are:")]
    for area in areas:
        parts += [("h2", area), ("p", "which will include growth, better transport and more "
                                      "employment opportunities for local people.")]
    parts += [("h2", "Short-term Future"),
              ("p", "It is also important to know where to start to achieve the vision."),
              ("h2", "The economy of the Park will have grown and diversified"),
              ("h2", "Communities will be more empowered to develop their own models")]
    result = parse_priorities_file(_word_file(tmp_path / "park.docx", *parts))
    assert outcome_titles(result)[:3] == areas


def test_a_counted_list_without_marks_after_another_counted_list():
    # A browser's copy dropped the list marks but kept the indent; the last theme ends
    # with the list's full stop. The five themes are a list of their own, not the points
    # of the last challenge counted before them.
    text = ("Blaby District Plan\n\n"
            "The Plan sets out four main challenges facing the district: climate change, "
            "service delivery, housing growth and health.\n\n"
            "Our strategic themes\n\n"
            "The Plan outlines five strategic themes that will guide the Council's work:\n\n"
            "  Enabling our communities and supporting our vulnerable residents\n"
            "  Enhancing and maintaining our natural and built environment\n"
            "  Growing and supporting our economy\n"
            "  Keeping you safe and healthy\n"
            "  Ambitious and well managed Council, valuing our people.\n\n"
            "Was this page helpful?\n")
    result = parse_priorities_text(text)
    assert "Health" not in [theme.title for theme in result.themes]
    assert outcome_titles(result)[-5:] == [
        "Enabling our communities and supporting our vulnerable residents",
        "Enhancing and maintaining our natural and built environment",
        "Growing and supporting our economy", "Keeping you safe and healthy",
        "Ambitious and well managed Council, valuing our people"]
    assert "Health" in outcome_titles(result)  # not a theme holding the five


def test_a_list_carrying_on_a_lost_sentence_beside_one_that_states_aims():
    # The copy lost "As a National Park Authority we:" before the first list, whose items
    # carry on that sentence ("are the planning authority …"): what the body does. The
    # list after "We aim to:" is its aims.
    text = ("How we work\n\n"
            "We work in partnership with local and national stakeholders.\n\n"
            "  • produce the National Park Management Plan\n"
            "  • are the planning authority for the Park\n"
            "  • provide the national park Ranger service\n\n"
            "We aim to:\n\n"
            "  • help to conserve and enhance the landscape of the Park\n"
            "  • support our local communities and the rural economy\n"
            "  • be an efficient and effective organisation\n\n"
            "Share this page\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Help to conserve and enhance the landscape of the Park",
        "Support our local communities and the rural economy",
        "Be an efficient and effective organisation"]


def test_a_page_wrapped_with_its_items_set_in_is_read_whole():
    # The same page as a PDF copy gives it, wrapped at 80 characters, each item's later
    # lines set in under its words: those set-in lines in small letters show the text
    # was wrapped as surely as a paragraph's do, so the items are read whole first and
    # the list carrying on the lost sentence is still told from the aims.
    text = (
        "How we work\n\n"
        "We aim to conserve and enhance Dartmoor as a vibrant, living, working landscape\n"
        "and community.\n\n"
        "We work in partnership with local and national stakeholders and support\n"
        "Dartmoor's businesses and communities.\n\n"
        "  • produce the Dartmoor National Park Management Plan - this five year\n"
        "    strategic plan guides all our work for the future of Dartmoor\n"
        "  • are the planning authority for Dartmoor dealing with all proposals which\n"
        "    need planning permission or consent\n"
        "  • promote sustainable development, and work with authorities and agencies\n"
        "    concerned with the wellbeing of national park communities\n"
        "  • look after public access to the Park and maintain the footpath and bridleway\n"
        "    network\n\n"
        "We aim to:\n\n"
        "  • help to conserve and enhance the biodiversity, cultural heritage and\n"
        "    landscape of Dartmoor\n"
        "  • support our local communities and the rural economy\n"
        "  • be an efficient and effective organisation which works with partners to\n"
        "    deliver the best outcome for Dartmoor.\n\n"
        "Share this page\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Help to conserve and enhance the biodiversity, cultural heritage and landscape of "
        "Dartmoor",
        "Support our local communities and the rural economy",
        "Be an efficient and effective organisation which works with partners to deliver "
        "the best outcome for Dartmoor"]


def test_priorities_the_values_are_delivered_through_are_the_priorities():
    # "We will deliver on our vision and values through six key strategic priorities:":
    # the values are mentioned, but the list is the priorities; the guiding principles
    # after them, counted one short, are not.
    text = ("Vision, Values And Principles\n\n"
            "We will deliver on our vision and values through three key strategic "
            "priorities:\n\n"
            "  • Prevention and early intervention\n\n  • Tackling inequalities\n\n"
            "  • Right care, right place, right time\n\n"
            "There are two guiding principles that we will design our services around:\n\n"
            "  • Home first\n\n  • Integration\n\n  • Respect\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Prevention and early intervention", "Tackling inequalities",
        "Right care, right place, right time"]


def test_named_paragraphs_under_a_heading_after_an_introduced_list():
    # A parish council's statement: its goals after "In order to do this, we:", then
    # "Key priorities to 2021" over names each followed by its paragraph. The names are
    # the priorities of that section.
    text = ("Strategic Statement\n\n"
            "The purpose of the Parish Council is to promote the well-being of the community. "
            "In order to do this, we:\n\n"
            "1. Represent the interests of the community as a whole;\n"
            "2. Provide effective delivery of the services we are responsible for.\n\n"
            "Key priorities to 2021\n\n"
            "Influencing the rate and type of housing development\n"
            "Planning decisions are made by the Borough Council. We will seek to influence "
            "them, in line with our policy statement.\n\n"
            "Seeking action on community concerns about speeding and parking\n"
            "The Parish Plan Survey showed that these issues are major concerns of the "
            "community.\n")
    result = parse_priorities_text(text)
    section = next(theme for theme in result.themes if theme.title == "Key priorities to 2021")
    assert [outcome.title for outcome in section.outcomes] == [
        "Influencing the rate and type of housing development",
        "Seeking action on community concerns about speeding and parking"]


def test_long_aims_set_in_without_their_marks_are_a_list():
    # A browser's copy dropped the list's numbers but kept its indent; the aims are long
    # sentences, and several open with the same word.
    text = ("Equalities Objectives\n\n"
            "Equality of opportunity is central to the Council's objectives and values.\n\n"
            "  Ensure all those who form part of the Council, or act on its behalf, take "
            "equalities and inclusion into consideration in every aspect of our work, the "
            "services we provide and the way we behave towards one another.\n"
            "  Ensure that we are fair to all and the needs of people with protected "
            "characteristics are considered when making changes to policies or services.\n"
            "  Empower more people with protected characteristics to live safe, healthy and "
            "independent lives\n\n"
            "How We Will Deliver These Objectives\n\n"
            "In the period between 2022-25, we will deliver our objectives through projects, "
            "policies and strategies that shape how we deliver services.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert len(titles) == 3 and titles[0].startswith("Ensure all those who form part")
    assert titles[2] == ("Empower more people with protected characteristics to live safe, "
                         "healthy and independent lives")


def test_a_next_steps_heading_over_a_sentence_and_its_list_is_left_out():
    # "Next Steps", then a line saying what they are, then a list: the steps are the
    # section "Next Steps", left out, not a theme named after the line above the list.
    text = ("Our plan\n\nOur priorities are:\n\n- Safer streets\n- Cleaner parks\n"
            "- Better homes\n\nNext Steps\n\n"
            "Testing and redrafting the plan based on engagement\n\n"
            "- Precept survey\n- Focus groups for local communities\n- Redrafting the plan\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Safer streets", "Cleaner parks", "Better homes"]


def test_labelled_priorities_after_unlabelled_principles_in_one_list():
    # Minutes: the principles, then "Priority 1 – …" to "Priority 3 – …", all one
    # bulleted list. The labelled ones are the priorities.
    text = ("Agenda item\n\nPoints made included:\n\n"
            "Principles to deliver policing, justice and the Plan\n\n"
            "·         Serving the public – services work for the public not themselves\n\n"
            "·         Trust – policing and justice must have trust from all our communities\n\n"
            "·         Priority 1 – A police service that meets the needs of its communities\n\n"
            "·         Priority 2 – Reduce violence and serious harm\n\n"
            "·         Priority 3 - Tackle crimes that matter to local communities\n\n"
            "Points made by the Panel included:\n\nGood work on rural crime issues.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "A police service that meets the needs of its communities",
        "Reduce violence and serious harm", "Tackle crimes that matter to local communities"]


def test_numbers_with_colons_and_their_lettered_actions():
    # A government plan's page: "18: …" and "19: …", each with lettered actions under it
    # ("18a: …") and their owners and dates.
    text = ("Part 9: Procurement and supply chain\n"
            "18: Strengthen data management practices across the supply chain\n"
            "18a: Publish a net zero supplier roadmap\n"
            "Proposed owners: NWSSP.\nImplemented by: March 2026.\n"
            "18b: Develop a targeted training programme for suppliers\n"
            "Proposed owners: NWSSP.\nImplemented by: March 2027.\n"
            "19: Create and apply an all-Wales mechanism to track procurement\n"
            "19a: Expand the sustainable procurement code of practice\n"
            "Proposed owners: NWSSP.\n")
    result = parse_priorities_text(text)
    assert [(theme.title, [outcome.title for outcome in theme.outcomes])
            for theme in result.themes] == [
        ("Strengthen data management practices across the supply chain",
         ["Publish a net zero supplier roadmap",
          "Develop a targeted training programme for suppliers"]),
        ("Create and apply an all-Wales mechanism to track procurement",
         ["Expand the sustainable procurement code of practice"])]


def test_middle_dots_after_a_colon_and_semicolons_are_inline_bullets():
    # A PDF transcript ran a list into its paragraph, each item after a middle dot:
    # "… four guiding principles of sustainable economic growth: · Investing …;· …".
    # A middle dot between links ("Home · News") is not one.
    text = ("Sustainable Procurement Strategy\n\n"
            "It also responds to the Plan's four guiding principles of sustainable economic "
            "growth: · Investing in our people and infrastructure;· Fostering a culture of "
            "innovation;· Promoting inclusive growth;· Enabling Scotland to take advantage of "
            "international opportunities.\n\nHome · News · Contact\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Investing in our people and infrastructure", "Fostering a culture of innovation",
        "Promoting inclusive growth",
        "Enabling Scotland to take advantage of international opportunities"]


def test_a_later_list_that_breaks_down_the_last_priority():
    # "… three main priority areas:" then the three, and later "… three main aspects of
    # Health and Wellbeing:" over three more: those are the last priority's outcomes.
    text = ("Community Planning Partnership update\n\n"
            "At this meeting, partners agreed a revised focus on three main priority areas:\n\n"
            "- Poverty\n- Employability\n- Health and Wellbeing\n\n"
            "The first two priorities have existing partnerships in place.\n\n"
            "At a workshop in August partners agreed to focus on three main aspects of Health "
            "and Wellbeing:\n\n- Child health\n- Obesity and physical activity\n- Ageing\n\n"
            "These focus areas will form the basis of a new leadership group.\n")
    result = parse_priorities_text(text)
    by_title = {theme.title: [outcome.title for outcome in theme.outcomes]
                for theme in result.themes}
    assert by_title["Health and Wellbeing"] == [
        "Child health", "Obesity and physical activity", "Ageing"]
    assert "Poverty" in by_title


def test_the_one_priority_named_before_a_count_of_other_ones():
    # "My priority will be ensuring the law works harder, …" / "… we've set four other
    # missions – A; B; C; and D.": five in all, the first named before the count.
    text = ("Blog\n\nSo, this month, I've launched Cymru Can – my team's new priorities.\n\n"
            "My priority will be ensuring the law works harder, with more ambition, so we see "
            "tangible improvements.\n\n"
            "To get there, we've set four other missions – responding to the climate and nature "
            "emergencies; more action to prevent ill health; a well-being economy; and "
            "protecting and enhancing culture and the Welsh language.\n\nShare this page\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Ensuring the law works harder", "Responding to the climate and nature emergencies",
        "More action to prevent ill health", "A well-being economy",
        "Protecting and enhancing culture and the Welsh language"]


def test_themes_in_capitals_side_by_side_on_a_cover():
    # A document site's transcript of a plan: its cover sets the three themes side by
    # side in capitals ("PEOPLE PLACE ORGANISATION"), and the same words start the next
    # page's running text. A running header in capitals is not read so.
    text = ("<<\n\n& 2025: Our Five Year Plan\n\n"
            "PEOPLE PLACE ORGANISATION Accessibility This document is available in large "
            "print on request.\n\nPEOPLE PLACE ORGANISATION\n\n"
            "NOT PROTECTIVELY MARKED\n\nNOT PROTECTIVELY MARKED Welcome to our plan.\n\n"
            "Welcome. Our five year plan sets out the Council's priorities and explains how "
            "we will focus our resources.\n")
    assert [title.upper() for title in outcome_titles(parse_priorities_text(text))] == [
        "PEOPLE", "PLACE", "ORGANISATION"]
    from svbidder.core.priorities.importing.furniture import debris_reason
    assert debris_reason("<<") and debris_reason("»")


def test_a_body_s_name_in_capitals_on_a_cover_is_not_its_themes():
    # A leisure trust's name on its plan's cover, in capitals, and again at the start of
    # the next line: the body, not three themes "Hyndburn", "Leisure" and "Trust".
    text = ("HYNDBURN LEISURE TRUST\n\n"
            "HYNDBURN LEISURE TRUST Strategic plan for the years to 2020.\n\n"
            "Our aims are:\n\n  • Customer focus\n  • Facility development\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Customer focus", "Facility development"]
    assert all(theme.title.upper() != "HYNDBURN" for theme in result.themes)


def test_a_contents_page_s_entries_under_a_nicknamed_count_of_aims():
    # A plan's contents, page numbers first: "9 “Super Six” strategic aims" names the list
    # (its quotes and nickname no bar), and the six entries after it are the aims, though
    # one of them, "Governance & commercial", reads like a plan's closing section.
    text = ("STRATEGIC PLAN\n\ncontents4 Introduction\n\n5 Background\n\n"
            "7 Vision & Mission statements\n\n8 Values\n\n"
            "9 \u201cSuper Six\u201d strategic aims\n\n10 Customer focus\n\n"
            "11 Facility development\n\n12 Enjoyment, quality of life and health\n\n"
            "13 Developing our people\n\n14 Governance & commercial\n\n"
            "15 Managing our environment\n\n"
            "16 Action plan, Monitoring & evaluation& Further information\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Customer focus", "Facility development", "Enjoyment, quality of life and health",
        "Developing our people", "Governance & commercial", "Managing our environment"]


def test_section_signs_as_bullets_before_small_letters():
    # Minutes pasted from Word: its Wingdings bullets came through as "§", each before
    # an aim in small letters.
    text = ("Minutes\n\nThe Cabinet member reported that the strategy had three key aims to:\n\n"
            "§  enable everyone to be active\n\n"
            "§  create healthier communities through walking and cycling\n\n"
            "§  maximise the potential of our natural environment\n\n"
            "The Cabinet agreed the strategy. See § 5 of the constitution.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Enable everyone to be active", "Create healthier communities through walking and cycling",
        "Maximise the potential of our natural environment"]


def test_a_list_serving_the_themes_counted_before_is_not_more_priorities():
    # A governance statement gives the council's four themes, then a second list whose
    # lead-in counts "these four … themes" again: it points back at them, and its items
    # are how the council works to deliver them, not four more priorities.
    text = ("The Council Vision contains four themes:\n\n"
            "  • Improving the wellbeing of Arun.\n"
            "  • Delivering the right homes in the right places.\n"
            "  • Supporting our environment to support us.\n"
            "  • Fulfilling Arun's economic potential.\n\n"
            "In March 2025, the Council adopted the following Core Foundations which are "
            "intended to provide an internal framework setting out the way the organisation "
            "will work to deliver these four externally facing themes:\n\n"
            "  • Develop our working practices, adopting a one council approach.\n"
            "  • To drive continual improvement and innovation.\n"
            "  • Promote meaningful engagement with the community and stakeholders.\n"
            "  • Being a sector leader and innovator.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Improving the wellbeing of Arun", "Delivering the right homes in the right places",
        "Supporting our environment to support us", "Fulfilling Arun's economic potential"]


def test_a_one_word_theme_visit_is_not_a_sentence_to_the_reader():
    # "Visit our website" speaks to the reader; "Visit", beside "Live" and "Work", is a
    # district's theme.
    text = ("Our priorities for the district\n\n"
            "  • Live - Strong, healthy, safe, sustainable communities\n"
            "  • Work - A thriving, prosperous, innovative local economy\n"
            "  • Visit - A strong leisure and tourism sector that encourages visitors\n")
    assert outcome_titles(parse_priorities_text(text)) == ["Live", "Work", "Visit"]


def test_aims_a_pdf_s_copy_ran_into_its_paragraph():
    # A board report's text, copied from a document site as one paragraph: after "these
    # in summary are;" come five sentences, each an aim opening "To …", then the report
    # goes on.
    text = ("Title of the Health Board Report\n\n"
            "1 Agenda Item 6.3 Purpose of the Health Board Report. The Board's role is to "
            "ensure its Strategy and the related organisational objectives are being "
            "progressed, these in summary are; To improve quality, safety and patient "
            "experience. To protect and improve population health. To ensure that the "
            "services provided are accessible and sustainable into the future. To provide "
            "strong governance and assurance. To ensure good value based care. The Act will "
            "have implications for the UHB.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "To improve quality, safety and patient experience",
        "To protect and improve population health",
        "To ensure that the services provided are accessible and sustainable into the future",
        "To provide strong governance and assurance", "To ensure good value based care"]


def test_a_report_s_achievements_are_past_and_parts_ending_with_semicolons_may_run_long():
    # A news item on a procurement report: the achievements it lists are past work; the
    # development requirements are the priorities, each part ending with a semicolon, one
    # of them long (with its own "; including …"), the last with its full stop.
    text = ("Councillors receive report of procurement progress\n\n"
            "Achievements identified in the report include:\n\n"
            "An annual procurement spend of around £184m with around 81 per cent on contracts;\n\n"
            "Financial savings of £880,948 from a range of contracts;\n\n"
            "Collaborative spend increased to 31.6 per cent.\n\n"
            "Development requirements identified for the current financial year include:\n\n"
            "Implementing the review recommendations, including updating procurement policies "
            "and standing orders to meet changing requirements;\n\n"
            "Continued support for, and development of, the impact of procurement spend on the "
            "local economy; including a number of supplier events in the coming year and "
            "developing a Community Wealth Benefits approach;\n\n"
            "Enabling and delivering further savings through effective procurement activity;\n\n"
            "Developing the Council’s procurement team.\n\n"
            "The committee were asked to review and agree the report.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Implementing the review recommendations, including updating procurement policies "
        "and standing orders to meet changing requirements",
        "Continued support for, and development of, the impact of procurement spend on the "
        "local economy",
        "Enabling and delivering further savings through effective procurement activity",
        "Developing the Council’s procurement team"]


def test_a_numbered_contents_entry_naming_the_list_over_entries_a_level_down():
    # A strategy's contents copied from a PDF: "6. Strategic Objectives" over its entries
    # 6.1 to 6.5, the first run onto its line after its page number. The sub-entries are
    # the objectives; the other chapters are the rest of the contents.
    text = ("Contents\n\n1 Foreword from the Chair of the Cabinet 3\n\n"
            "2. Background – Building on our Achievements 4\n\n"
            "3. The Development of the Sustainable Procurement Strategy 9\n\n"
            "6. Strategic Objectives 10 6.1 Encouraging Collaboration across the City 11\n\n"
            "6.2 Supporting Local Businesses to Thrive 12\n\n"
            "6.3 Creating Opportunities for Employment and Jobs 13\n\n"
            "7. Sustainable Procurement Strategy Governance 16\n\n"
            "8. Monitoring and Reporting 17\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Encouraging Collaboration across the City", "Supporting Local Businesses to Thrive",
        "Creating Opportunities for Employment and Jobs"]


def test_objectives_numbered_with_dashes_run_onto_one_line():
    # An annual report's text from a document site: the seven objectives on one line,
    # each number set off by a dash.
    text = ("Cardiff’s Well-being Objectives\n\n"
            "1 - A Capital City that Works for Wales 2 - Cardiff grows in a resilient way "
            "3 - Safe, Confident and Empowered Communities 4 - Cardiff is a great place to "
            "grow up\n\nForeword\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "A Capital City that Works for Wales", "Cardiff grows in a resilient way",
        "Safe, Confident and Empowered Communities", "Cardiff is a great place to grow up"]


def test_the_reasons_a_body_gives_are_not_its_priorities():
    # A health board's page: why it is an anchor organisation ("… because:"), then what it
    # will do with that reach, the priorities.
    text = ("Why have we chosen this as a priority area of focus?\n\n"
            "As a large organisation, NHS Grampian can influence economic, social and "
            "environmental sustainability. This can bring health benefits from employment, "
            "from (local) purchasing and from community partnerships.NHS Grampian is an "
            "anchor organisation because:\n\n"
            "  • We are one of the biggest employers in the North East of Scotland.\n"
            "  • We have a footprint in nearly every community.\n"
            "  • We are a trusted brand.\n\n"
            "We will use these characteristics to make a real difference, particularly:\n\n"
            "  • Through our power as an employer, recruiting from communities that need jobs.\n"
            "  • By opening up our buildings and facilities for communities to use.\n\n"
            "What do we want to see 10 years from now?\n\n"
            "  • To be a desirable employment destination.\n"
            "  • A workforce that reflects our communities.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert "By opening up our buildings and facilities for communities to use" in titles
    assert not any(title.startswith("We ") for title in titles)


def test_a_heading_over_measures_is_named_plainly_in_the_notes():
    text = ("Our priorities\n\n  • Local jobs\n  • Clean streets\n\n"
            "How will we know if we have achieved that?\n\n"
            "  • Increase in numbers employed from disadvantaged groups.\n"
            "  • Fewer reports of litter.\n")
    warnings = parse_priorities_text(text).warnings
    assert "Left out the heading over the measures: “How will we know if we have achieved " \
        "that?”." in warnings


def test_a_numbered_section_heading_naming_the_list_is_not_one_of_its_items():
    # A strategy's web page: its section "6. Our five strategic objectives", a lead-in,
    # then the objectives numbered from 1; the guide's "Show all parts of this policy"
    # link above it is the page's own navigation.
    text = ("Poverty reduction strategy\n\nShow all parts of this policy\n\n"
            "6. Our five strategic objectives\n\n"
            "The three themes set out above are woven through five strategic objectives with "
            "lead Services identified:\n\n"
            "  1. Helping people on low incomes to maximise their household income. Lead "
            "Service – Finance.\n"
            "  2. Strengthening families and communities, including supporting groups of "
            "people that are more likely to experience poverty, and community and voluntary "
            "groups working to combat poverty. Lead Service – Communities.\n"
            "  3. Promoting an inclusive economy, by raising skills. Lead Service – Growth.\n"
            "  4. Addressing the high cost of housing. Lead Service – Housing.\n"
            "  5. Improving health outcomes for people on low incomes. Lead Service – "
            "Environmental Health.\n")
    result = parse_priorities_text(text)
    titles = outcome_titles(result)
    assert len(titles) == 5 and "Our five strategic objectives" not in titles
    assert titles[0] == "Helping people on low incomes to maximise their household income"
    assert titles[3] == "Addressing the high cost of housing"
    assert any("Show all parts of this policy" in warning for warning in result.warnings)


def test_several_named_missions_under_our_mission_are_the_priorities():
    # A trust's "Our mission" heading over four missions, each named by its label, then
    # its values phrased "We are …: …".
    text = ("Our vision and values\n\nOur mission\n\n"
            "  • Patient mission: To give safe and timely care to every patient.\n"
            "  • People mission: To be a supportive and inclusive place to work.\n"
            "  • Partnership mission: To work with partners so care is joined up.\n\n"
            "Our values\n\nWe are Caring\n\n"
            "We are kind: We treat people as we would want to be treated.\n\n"
            "We are fair: We listen and act on what we hear.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles == ["Patient mission", "People mission", "Partnership mission"]


def test_a_list_spelling_out_what_the_vision_means_is_read():
    text = ("Our ten year vision\n\nOur vision is that we become an excellent health board.\n\n"
            "That means:\n\n"
            "  • improving health and preventing illness in our population;\n"
            "  • being a leader in research and in training staff;\n"
            "  • being a good place to work where staff feel valued.\n\n"
            "To get there we will change how we work.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles == ["Improving health and preventing illness in our population",
                      "Being a leader in research and in training staff",
                      "Being a good place to work where staff feel valued"]


def test_a_sentence_list_of_actions_parts_at_the_and_that_opens_an_action():
    # A quote names three aims, the last two joined by "and", the last holding an "and"
    # of its own; the commas of the preamble are not parts of the list.
    lines = [_Line("prose", "The Leader, Councillor Jones, said: “Our priorities are clear, "
                            "which are improving our roads, attracting new business and "
                            "raising skills and training.")]
    assert [line.text for line in a_list_in_a_sentence(lines)] == [
        "improving our roads", "attracting new business", "raising skills and training"]


def test_a_news_headline_alone_gives_way_to_the_list_in_a_sentence():
    # A local paper's item: its headline and byline, then the plan's focus areas named
    # only after "These include:", pointing back to the sentence before.
    text = ("Fire service launches new risk plan\n\nBy Valley News\n\n"
            "The fire service has published its plan for the next three years, setting out "
            "what it will prioritise and how it will keep people safe.\n\n"
            "The plan sets out the service's focus areas for the next three years.\n\n"
            "These include: finding those most at risk, climate and the environment and "
            "excellent operations.\n\n"
            "The chief fire officer said the plan was an important step.\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Finding those most at risk",
                                      "Climate and the environment", "Excellent operations"]


def test_a_news_byline_is_page_debris_but_a_sentence_opening_with_by_is_not():
    assert debris_reason("By Valley News") == WEB_DEBRIS
    assert debris_reason("By working together") == ""
    assert debris_reason("By 2030 All Homes Warm") == ""


def test_a_list_of_figures_after_a_sentence_about_the_challenges_is_not_priorities():
    text = ("Health improvement\n\nKey priorities are:\n\n"
            "  • Smoking\n  • Obesity; and\n  • Alcohol.\n\n"
            "The health challenges for the borough are significant. \n\n"
            "  • Male life expectancy 74.1 (best in UK 85.1);\n"
            "  • Only 20% of mothers still breastfeeding at 6 weeks.\n")
    assert outcome_titles(parse_priorities_text(text)) == ["Smoking", "Obesity", "Alcohol"]


def test_a_name_whose_long_dash_lost_its_space_after_still_parts_from_its_meaning():
    text = ("The four key elements of the park will act as one:\n\n"
            "A thriving economy – Businesses will choose the park for the quality of life.\n\n"
            "Great visits – giving visitors experiences of high quality.\n\n"
            "Viable communities –where people can live, work and play.\n\n"
            "A spectacular landscape –.A landscape which inspires people and is cared for.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "A thriving economy", "Great visits", "Viable communities", "A spectacular landscape"]


def test_a_contents_entry_naming_the_longer_strategy_with_its_year_is_not_a_priority():
    rows = ["Foreword", "Our plan on a page", "Safer Valleys 2030: Serving our communities",
            "Our Annual Plan", "Violence and antisocial behaviour", "Serious organised crime",
            "Road safety", "Protecting people at risk of harm", "Engaging with us"]
    text = "Annual Plan\n\n" + "\n\n".join(
        f"{row} {'.' * 30} {page}" for page, row in zip(range(4, 40, 4), rows, strict=False))
    titles = outcome_titles(parse_priorities_text(text + "\n"))
    assert titles == ["Violence and antisocial behaviour", "Serious organised crime",
                      "Road safety", "Protecting people at risk of harm"]


def test_a_picture_named_for_its_language_version_is_debris():
    assert debris_reason("Sporting Pathway - English") == WEB_DEBRIS
    assert debris_reason("Our Priorities – Cymraeg") == WEB_DEBRIS
    assert debris_reason("Teaching in English") == ""


def test_a_long_breadcrumb_ending_in_the_page_title_is_debris():
    trail = ("Home > Grants > Valley Community Foundation: The Nationwide Valley Community "
             "Fund for Small Charities")
    assert debris_reason(trail) == WEB_DEBRIS


def test_under_our_mission_a_lead_in_saying_we_aim_to_gives_the_aims():
    text = ("Our strategic plan\n\nOur Mission\n\n"
            "The mission of our university is the creation and sharing of knowledge. As a "
            "centre of excellence we aim to:\n\n"
            "  • enhance our position as a leading research university\n"
            "  • provide the best learning environment for our students\n"
            "  • make a sustainable contribution to Scotland and the world.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Enhance our position as a leading research university",
        "Provide the best learning environment for our students",
        "Make a sustainable contribution to Scotland and the world"]


def test_a_list_of_examples_gives_way_to_the_criteria_list():
    text = ("Small grants fund\n\nGroups will be expected to find match funding of 33%, e.g:\n\n"
            "Application to fund for £2000\nMatch from group £660\nTotal Project Costs £2660\n\n"
            "Projects should fit one of the following criteria:\n\n"
            "  • Improving facilities open to the whole community\n"
            "  • Improving the local environment for local people\n"
            "  • Encouraging training for excluded people\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Improving facilities open to the whole community",
        "Improving the local environment for local people",
        "Encouraging training for excluded people"]


def test_a_list_of_relevant_strategies_is_links_even_where_some_lack_their_file_size():
    text = ("Safe and healthy communities\n\nWe will:\n\n"
            "- improve feelings of safety\n- support communities to eat well\n"
            "- nurture our arts and heritage\n\nRelevant strategies:\n\n"
            "- Community Safety Plan (PDF, 2714.34 KB)\n- Culture Strategy (PDF, 8627.53 KB)\n"
            "- Early Help Strategy (PDF, 6410.6 KB)\n- Health Strategy (PDF, 1712.81 KB)\n"
            "- Local Plan\n- Modern Slavery Strategy\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert titles == ["Improve feelings of safety", "Support communities to eat well",
                      "Nurture our arts and heritage"]


def test_an_item_that_lost_its_bullet_among_actions_of_its_form_stays_an_item():
    text = ("The council wants your views\n\nThe priorities are:\n"
            "· Developing the local economy\n· Improving roads\n"
            "Ensuring access to good quality housing\n"
            "· Modernising the council to serve customers better.\n")
    assert outcome_titles(parse_priorities_text(text)) == [
        "Developing the local economy", "Improving roads",
        "Ensuring access to good quality housing",
        "Modernising the council to serve customers better"]


def test_a_heading_opening_with_another_form_of_verb_is_not_taken_into_the_list():
    text = ("Our plan\n\nThe priorities are:\n\n• Promoting creativity\n"
            "Review of Public Administration (RPA)\n• Focusing on outcomes\n")
    assert "Review of Public Administration (RPA)" not in outcome_titles(
        parse_priorities_text(text))


def test_a_counted_list_in_two_groups_under_short_headings():
    text = ("Nine key themes\n\nAs a priority, we will focus on nine themes to improve "
            "the town.\n\nThe nine themes can be broken into two groups.\n\n"
            "What we’re doing to achieve our ambitions\n\n"
            "  • Housing Development to build more affordable homes.\n"
            "  • Town Centre Regeneration to create a lively town centre.\n"
            "  • Neighbourhood Management to improve our neighbourhoods.\n"
            "  • Excellent Council Homes to give tenants good homes.\n"
            "  • Connected to our Customers to make our services easier to use.\n"
            "  • Place of Choice to improve the quality of life in the town.\n\n"
            "Internal changes to deliver our promises\n\n"
            "  • Financial Security to be a financially resilient council.\n"
            "  • Employer of Choice to have the right people and skills.\n"
            "  • Performing at our Peak to become a smart council.\n")
    titles = outcome_titles(parse_priorities_text(text))
    assert len(titles) == 9
    assert titles[6].startswith("Financial Security")


def test_a_committee_pages_meeting_link_and_agenda_label_are_debris():
    assert debris_reason("Meeting of Council, Thursday, 10th July, 2025 7.00 pm (Item 85.)") \
        == WEB_DEBRIS
    assert debris_reason("Agenda item") == WEB_DEBRIS
    assert debris_reason("Meeting of needs, Thursday is key") == ""


def test_a_counted_list_after_a_colon_needs_no_and():
    lines = [_Line("prose", "Our strategy can be summed up in three words: make, reach, "
                            "sustain.")]
    assert [line.text for line in a_list_in_a_sentence(lines)] == ["make", "reach", "sustain"]
    uncounted = [_Line("prose", "Our strategy is about people: make, reach, sustain.")]
    assert a_list_in_a_sentence(uncounted) == []


def test_when_the_only_list_is_under_the_mission_it_is_read_and_the_preview_asks_to_check():
    text = ("Mission statement\n\nOur mission for 2024/25\n\n"
            "  1. Help local people to improve their health\n  2. Make our roads safer\n"
            "  3. Protect our green spaces\n\nBack to top\n")
    result = parse_priorities_text(text)
    assert outcome_titles(result) == ["Help local people to improve their health",
                                      "Make our roads safer", "Protect our green spaces"]
    assert "vision or mission" in result.unsure


def test_when_the_only_list_is_the_values_nothing_is_taken():
    text = ("About us\n\nOur values\n\n  • Respect\n  • Honesty\n  • Openness\n")
    assert parse_priorities_text(text).themes == []


def test_a_word_file_whose_layout_shows_no_list_is_read_as_its_pasted_text(tmp_path):
    """A council's Word file with its contents page typed as one paragraph ("… Commitments
    9 o A place to call home o A place to belong …"): no heading, list or bold name marks
    a priority, so the layout gives nothing. Its text, read as a paste would be, does."""
    from svbidder.core.priorities.importing.outline import READ_AS_PASTED_NOTE

    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Plan 2018/19 – 2021/22"),
        ("p", "Contents Leader's foreword 2 The cabinet 3 About the council plan 4 Our vision "
              "and values 5 A modern council 8 Commitments 9 o A place to call home o A place "
              "to belong o A greener borough o A full employment borough o A healthier life"))
    result = parse_priorities_file(path)
    assert all_titles(result)[-5:] == ["A place to call home", "A place to belong",
                                       "A greener borough", "A full employment borough",
                                       "A healthier life"]
    assert result.warnings[0] == READ_AS_PASTED_NOTE
    assert result.name == "Council Plan 2018/19 – 2021/22"  # the title its layout showed


def test_a_word_files_own_list_is_kept_over_its_pasted_text(tmp_path):
    from svbidder.core.priorities.importing.outline import READ_AS_PASTED_NOTE

    path = _word_file(tmp_path / "plan.docx", ("h2", "Our priorities"), ("bullet", "Good jobs"),
                      ("bullet", "Warm homes"), ("bullet", "Clean air"))
    result = parse_priorities_file(path)
    assert all_titles(result)[-3:] == ["Good jobs", "Warm homes", "Clean air"]
    assert READ_AS_PASTED_NOTE not in result.warnings


def test_a_second_list_after_a_paragraph_that_counts_it_is_kept():
    """A news story with two lists: four outcomes after their lead-in, then a paragraph
    counting "ten key objectives" and a bare "They are:". The second list is the
    objectives, not an example after the counted list."""
    objectives = ["Bringing offenders to justice", "Getting tough on drugs and gangs",
                  "Tackling anti-social behaviour head-on", "Putting more police on the streets",
                  "Preventing, reducing and tackling serious violence",
                  "Tackling violence against women and girls",
                  "Building confidence in our communities", "Supporting victims and witnesses",
                  "Using technology to combat crime", "Working with the justice system"]
    text = ("Policing priorities set out in new plan\n\n"
            "The commissioner has four overall outcomes for the next three years. They are:\n\n"
            "• To build public confidence in the police;\n• To reduce crime with partners;\n"
            "• To make greater use of technology;\n• To provide high quality services.\n\n"
            "In order to achieve its four overall outcomes, the plan has ten key objectives. "
            "All ten are of equal importance to the county's communities.\n\nThey are:\n\n"
            + "".join(f"• {objective};\n" for objective in objectives) + "\nShare this article\n")
    titles = all_titles(parse_priorities_text(text))
    assert titles[-10:] == objectives
    assert not any(title.startswith("They are") for title in titles)


def test_a_contents_page_may_give_page_ranges_and_carry_an_entry_on():
    text = ("Police and Crime Plan 2018-2020\n\n    Contents\n"
            "    3           Introduction from the Police and Crime Commissioner\n"
            "                 and Chief Constable\n"
            "    4-5         Summary of priorities\n"
            "    6-7         Priority 1: Tackling Crime and Keeping People Safe\n"
            "    8-9         Priority 2: Building Confident Communities\n"
            "    10          Priority 3: Supporting Victims\n"
            "    11          Priority 4: Preventing Harm\n"
            "    16          Contact Us\n\n"
            "    Police and Crime Commissioners are elected every four years to oversee "
            "policing and community safety in each police force area.\n")
    assert all_titles(parse_priorities_text(text))[-4:] == [
        "Tackling Crime and Keeping People Safe", "Building Confident Communities",
        "Supporting Victims", "Preventing Harm"]


def test_empty_headings_after_the_one_list_are_the_back_pages(tmp_path):
    """A Word file's "Our priorities" and its list, then "Our council area" and
    "Demographics as of 2021", whose charts give no text: not two more priorities."""
    path = _word_file(tmp_path / "plan.docx", ("title", "Plan 2024"), ("h2", "Our priorities"),
                      ("bullet", "Good jobs"), ("bullet", "Warm homes"), ("bullet", "Clean air"),
                      ("h2", "Our council area"), ("h2", "Demographics as of 2021"))
    assert shape(parse_priorities_file(path)) == [
        ("Plan 2024", ["Good jobs", "Warm homes", "Clean air"])]



def test_a_heading_naming_a_dated_document_is_not_a_priority_beside_the_others(tmp_path):
    """"Progressive Procurement Strategy 2020/27" over what it sets out, then the
    council's headings for what it expects of suppliers, each over its paragraph."""
    headings = ("Progressive Procurement Strategy 2020/27", "Social Value",
                "London Living Wage", "Modern Slavery")
    parts = [part for heading in headings for part in (
        ("h2", heading), ("p", f"What the council expects of suppliers on {heading.lower()}."))]
    titles = all_titles(parse_priorities_file(
        _word_file(tmp_path / "selling.docx", ("title", "Selling to the council"), *parts)))
    assert titles[-3:] == ["Social Value", "London Living Wage", "Modern Slavery"]
    assert "Progressive Procurement Strategy 2020/27" not in titles


def test_a_long_word_file_is_not_read_a_second_time_as_pasted_text(tmp_path):
    """The second reading is for a short file (a plan on a page, a contents page): a long
    one keeps its layout's reading, so the two readings never double a long file's time."""
    from svbidder.core.priorities.importing.outline import (
        PASTED_READING_CHARS,
        READ_AS_PASTED_NOTE,
    )

    sentence = "The council will keep working with partners across the borough. "
    prose = [("p", sentence * 3)] * (PASTED_READING_CHARS // len(sentence * 3) + 1)
    path = _word_file(
        tmp_path / "plan.docx", ("title", "Council Plan"),
        ("p", "Contents Foreword 2 Commitments 9 o A place to call home o A place to belong "
              "o A greener borough o A healthier life"), *prose)
    assert READ_AS_PASTED_NOTE not in parse_priorities_file(path).warnings


def test_a_pages_title_over_lines_each_an_action_is_its_list():
    """A web page's title, then its aims one to a line with their bullets lost and no
    line between, some holding commas: each line one aim, the menu button's words
    ("Toggle menu") left out."""
    aims = ["Give every child the best start in life, with a focus on conception to age two",
            "Enable all children and adults to maximise their capabilities",
            "Create and develop sustainable places and communities",
            "Strengthen the role and impact of ill health prevention"]
    result = parse_priorities_text("Toggle menu\n\nHealth and wellbeing strategy\n\n"
                                   + "\n".join(aims) + "\n")
    assert shape(result) == [("Health and wellbeing strategy", aims)]
    assert any("Toggle menu" in warning for warning in result.warnings)


def test_a_sentence_naming_its_priorities_may_describe_one_with_adjectives_in_a_row():
    """"…, clean, green and safe streets, … and an open, honest and listening council":
    the commas between adjectives part no names, and the list's own "and" comes before
    "an open"."""
    text = ("Residents are asked for their views on the draft plan.\n\n"
            "The four main priorities for the next four years are supporting local "
            "businesses, clean, green and safe streets, better transport links and an open, "
            "honest and listening council. The consultation closes in March.\n")
    assert all_titles(parse_priorities_text(text))[-4:] == [
        "Supporting local businesses", "Clean, green and safe streets",
        "Better transport links", "An open, honest and listening council"]


def test_a_heading_asking_how_or_why_is_not_a_priority(tmp_path):
    """"How will we do this?" over the ways of working and "Why have we chosen these
    objectives?" over its reasons say how the priorities will be met and why they were
    chosen: neither is one of them."""
    path = _word_file(tmp_path / "plan.docx", ("title", "Council Plan 2020 to 2030"),
                      ("p", "By 2030 we want the district to be:"),
                      ("bullet", "A great place to live"),
                      ("bullet", "A great place to enjoy"), ("bullet", "A great place to grow"),
                      ("h2", "How will we do this?"),
                      ("bullet", "We'll work collaboratively with others"),
                      ("bullet", "We'll continue to be close to our communities"),
                      ("h2", "Why have we chosen these objectives?"),
                      ("p", "The council has had the same objectives for four years."))
    titles = all_titles(parse_priorities_file(path))
    assert titles[-3:] == ["A great place to live", "A great place to enjoy",
                           "A great place to grow"]
    assert not any(title.startswith(("How", "Why", "We'll")) for title in titles)


def test_headings_under_an_empty_heading_of_their_own_level_are_its_group(tmp_path):
    """A Word file with every heading in one style: "Our mission" with nothing under it,
    then each mission's heading over its paragraph, then "Our values" and its values.
    The missions are the empty heading's, a level down; the values are not priorities."""
    missions = ["Patient mission", "People mission", "Partnership mission"]
    parts = [part for name in missions for part in (
        ("h2", name), ("p", f"To provide what the {name.lower()} sets out for the region."))]
    path = _word_file(
        tmp_path / "values.docx", ("title", "Our vision and values"),
        ("h2", "Our purpose"), ("p", "We care for our patients and our communities."),
        ("h2", "Our mission"), *parts, ("h2", "Our values"), ("h2", "We are Accountable"),
        ("p", "We will do what we say we will do, and be honest when things go wrong."),
        ("h2", "We are Respectful"),
        ("p", "We are empathetic: To care for our patients we put ourselves in their shoes."),
        ("p", "We are compassionate: Caring is part of everything we do for everyone."))
    titles = all_titles(parse_priorities_file(path))
    assert [title for title in titles if title in missions] == missions
    assert not any(title.startswith("We are") for title in titles)


def test_a_written_answer_from_parliaments_record_gives_only_its_targets():
    """Hansard's citation, the column number, the question and the names of the member
    who asked and the minister who answered are not targets."""
    text = ("HARBOUR AGENCY\n\nHC Deb 12 June 1998 vol 313 cc601-2W\n\nMr. Jones\n\n"
            "To ask the Secretary of State what targets have been set for the Harbour "
            "Agency.\n\nJane Smith\n\nThe following key targets have been set for the "
            "Agency:\n\n602W\n\nFinance\n\n1. To keep spending within the agreed budget.\n"
            "2. To cut running costs by 2 per cent.\n\nService\n\n3. To answer letters "
            "within ten working days.\n4. To publish a customer charter.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Finance", "Service"]
    titles = all_titles(result)
    assert not any(title.startswith(("HC Deb", "Mr.", "To ask", "602W")) or
                   title == "Jane Smith" for title in titles)


def test_a_long_numbered_target_is_not_cut_at_a_full_stop_before_small_letters():
    """"… at least 85 per cent. has a residual life …": the full stop of "per cent." ends
    no sentence, so the first clause runs on past it."""
    target = ("To maintain the motorway network so that at least 85 per cent. has a residual "
              "life of more than five years, measured each spring across the whole network")
    text = ("Targets for 1998/99\n\n1. To keep spending within cash limits.\n"
            f"2. {target}.\n3. To answer letters within ten working days.\n")
    titles = all_titles(parse_priorities_text(text))
    assert not any(title.endswith("per cent") for title in titles)
    assert any(title.startswith("To maintain the motorway network so that at least 85 per "
                                "cent. has") for title in titles)


def test_a_documents_name_with_its_links_words_is_not_a_priority():
    text = ("Our priorities are:\n\n  • Good jobs\n  • Warm homes\n  • Clean air\n\n"
            "Read more in our plan.\n\n  • Council Plan 2024/25 - Open link here\n"
            "  • Annual Report 2023/24 – Download the report\n")
    assert all_titles(parse_priorities_text(text))[-3:] == ["Good jobs", "Warm homes",
                                                           "Clean air"]


def test_chapters_under_one_entry_of_a_numbered_contents_list_are_the_priorities():
    """An annual report's contents: numbered entries, one of them ("4. Our Goals:-")
    over its chapters, each a goal; the other entries and the points under them are the
    rest of the contents."""
    goals = ["A prosperous town", "A resilient town", "A healthier town"]
    text = ("Town Council Annual Report 2018/19\n\nContents Page\n\n"
            "1. Message from the Chairperson\n\n2. About this report\n\n"
            "3. About the Town Council\n\n  • Members of the Town Council\n  • Staff\n"
            "  • Finance\n\n4. Our Goals:-\n\n"
            + "".join(f"  • Chapter {n}: {goal}\n" for n, goal in
                      zip(("One", "Two", "Three"), goals, strict=True))
            + "\n5. A Competent Council\n\n6. Our Future Objectives.\n\nIntroduction:\n\n"
            "Welcome to this annual report of the work of the council over the year.\n")
    assert all_titles(parse_priorities_text(text))[-3:] == goals
    assert not any(title in ("Staff", "Finance", "About this report", "A Competent Council")
                   for title in all_titles(parse_priorities_text(text)))


def test_targets_opening_with_answer_determine_or_issue_are_actions():
    """An agency's targets under each heading, their bullets lost: "Answer …",
    "Determine …" and "Issue …" open with an action as "Keep …" does."""
    text = ("For 2024/25 the following targets have been set for the agency.\n\n"
            "Customer Service\n"
            "Answer 90 per cent. of letters within 15 working days.\n"
            "Determine 85 per cent. of applications within the times in our charter.\n"
            "Issue every licence within ten days of a complete application.\n\n"
            "Finance\nKeep spending within the agreed budget.\n"
            "Cut running costs by 3 per cent. in real terms.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == ["Customer Service", "Finance"]
    assert [outcome.title[:9] for outcome in result.themes[0].outcomes] == [
        "Answer 90", "Determine", "Issue eve"]



def test_who_posted_a_news_item_and_its_short_date_are_not_priorities():
    """"Posted By:" over the poster's name is not a lead-in over a list of one, and "9th
    Jun 2021" is the item's date: a news item naming no list gives no priorities."""
    text = ("Public asked to help shape priorities\n\nPosted By:\nAnytown Council\n\n"
            "9th Jun 2021\n\nResidents are asked to review the long-term vision for the "
            "town, first published in 2017, which sets out a number of ambitions.\n\n"
            "A public consultation is now under way.\n")
    titles = all_titles(parse_priorities_text(text))
    assert not any(title in ("Anytown Council", "9th Jun 2021") for title in titles)


def test_a_heading_run_into_the_next_numbered_target_is_parted_from_it():
    """"Efficiency 4. The unit cost …": the copy ran a heading into the next numbered
    target, 4 after 3."""
    text = ("Performance targets for 1998/99\n\nFinance\n\n"
            "1. To keep spending within cash limits.\n2. To cut running costs by 3 per cent.\n\n"
            "Quality of Customer Services 3. To meet the standards of our charter.\n\n"
            "Efficiency 4. The unit cost of managing the roads to fall by 2 per cent.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == [
        "Finance", "Quality of Customer Services", "Efficiency"]


def test_targets_opening_with_progress_or_schedule_are_actions():
    """"Progress the … programme by: …" and "Schedule 70 historic monuments …" are
    targets as "Complete …" is, not a paragraph about the one before."""
    text = ("For 2024/25 the following targets have been set for the service.\n\n"
            "Volume of Output\n"
            "Issue every licence within ten days of a complete application.\n"
            "Progress the nature site designation programme by: declaring 15 sites, bringing "
            "the total to 174, and preparing statements of conservation objectives for 50 "
            "sites across the region this year.\n"
            "Complete public consultation on the draft biodiversity strategy.\n"
            "Schedule 70 historic monuments to bring the total to 1,435.\n\n"
            "Customer Service\nAnswer 90 per cent. of letters within 15 working days.\n"
            "Provide a round the clock response for pollution incidents.\n")
    result = parse_priorities_text(text)
    assert [outcome.title[:8] for outcome in result.themes[0].outcomes] == [
        "Issue ev", "Progress", "Complete", "Schedule"]


def test_key_themes_in_a_contents_list_without_page_numbers_are_the_priorities():
    """A strategy's contents copied one entry a line, with no page numbers: the entries
    labelled "Key Theme N:" are the priorities; "Foreword", "Conclusion" and the annexes
    are the rest of the contents."""
    themes = ["Education and Awareness", "Energy", "Transport", "Water"]
    text = ("Climate Change Strategy\n\nForeword\nIntroduction\nBackground to Climate Change\n"
            + "".join(f"Key Theme {n}: {theme}\n" for n, theme in enumerate(themes, 1))
            + "A Joined Up Approach\nConclusion\nAnnex 1 - Action plan\n\nFOREWORD\n"
              "This strategy sets out how the city will cut its emissions over ten years.\n")
    result = parse_priorities_text(text)
    assert [theme.title for theme in result.themes] == themes
    assert not any(title in ("Foreword", "Conclusion", "A Joined Up Approach")
                   for title in all_titles(result))


def test_an_archived_pages_banner_is_not_a_priority():
    text = ("This is an archived consultation page - for reference only\n\n"
            "Our outcomes are:\n\n  • Fewer children in poverty\n  • More parents in work\n"
            "  • Better health for families\n")
    assert all_titles(parse_priorities_text(text))[-3:] == [
        "Fewer children in poverty", "More parents in work", "Better health for families"]
    assert not any("archived" in title for title in all_titles(parse_priorities_text(text)))


def test_a_sentence_reporting_what_has_been_done_is_not_a_name_and_its_meaning():
    """"The Council has met its duty to PLAN – by meeting …" after the plan's list
    reports what was done; it is not a priority named before a dash."""
    text = ("Biodiversity Plan\n\nThe key elements of the plan are:\n\n"
            "  • Safeguard special sites and species\n  • Restore and create habitats\n"
            "  • Use and collect biodiversity evidence\n\n"
            "The Council has met its duty to PLAN – by meeting and agreeing a plan to "
            "deliver the actions between 2020 and 2023.\n\n"
            "The Council has met its duty to REPORT – by providing the enclosed report on "
            "what it has done to date.\n")
    titles = all_titles(parse_priorities_text(text))
    assert titles[-3:] == ["Safeguard special sites and species", "Restore and create habitats",
                           "Use and collect biodiversity evidence"]
    assert not any(title.startswith("The Council has met") for title in titles)


def test_a_line_left_open_on_like_leads_into_its_list():
    """"… focus on what we can do, like" over a list introduces it; it is not a theme
    holding the list. "What good looks like" is a heading, not a lead-in."""
    assert ends_a_lead_in("But this strategy will help us focus on what we can do, like")
    assert ends_a_lead_in("We will work with partners on issues such as")
    assert not ends_a_lead_in("What good looks like")
    text = ("Early Help Strategy\n\nThis three-year strategy helps families to be happy, "
            "healthy and safe.\n\nBut this strategy will help us focus on what we can do, "
            "like\n\n  • Offer help as early as possible\n  • Mitigate the effects of trauma "
            "and poverty\n  • Support families to take up the opportunities they are offered\n")
    titles = all_titles(parse_priorities_text(text))
    assert titles[-3:] == ["Offer help as early as possible",
                           "Mitigate the effects of trauma and poverty",
                           "Support families to take up the opportunities they are offered"]
    assert not any(title.startswith("But this strategy") for title in titles)


def test_equality_outcomes_labelled_alone_over_their_paragraphs():
    """Scottish bodies set "Equality Outcomes": "Equality Outcome 1" alone on its line
    labels the paragraph after it, even when a short line naming the council and a
    lead-in to the reports come just before the first."""
    outcomes = ["All people with protected characteristics will access services",
                "Diverse communities will have a greater sense of safety and belonging",
                "Representation in civic life of disabled people will be improved"]
    text = ("Local Authority Equality Outcomes, 2021-25\n\n"
            "Every public body in Scotland sets equality outcomes and reports on them "
            "every two years.\n\nReports for the three councils can be found here:\n\n"
            "Aberdeen City Council\n\n"
            + "".join(f"Equality Outcome {n}\n\n{outcome}.\n\nFocus: Age and Disability.\n\n"
                      for n, outcome in enumerate(outcomes, 1)))
    titles = all_titles(parse_priorities_text(text))
    assert titles[-3:] == outcomes
    assert "Aberdeen City Council" not in titles
    assert not any(title.startswith("Equality Outcome") for title in titles)


def test_one_more_priority_added_after_the_list_is_one_of_it():
    """A consultation page lists three priorities, then "we have also added a fourth
    priority:" and one more, numbered afresh: the fourth is the list's last."""
    text = ("Your views\n\nRespondents agreed that we should work with schools on three "
            "priorities:\n\n  1. Smoother transition from primary to secondary school\n"
            "  2. Raising standards in Maths\n  3. Attracting new teachers to the city\n\n"
            "Based on the feedback you gave, we have also added a fourth priority:\n\n"
            "  1. Improving standards in English\n\nOur Board agrees that progress can only "
            "be made with a focus on both Maths and English.\n")
    result = parse_priorities_text(text)
    assert all_titles(result)[-4:] == [
        "Smoother transition from primary to secondary school", "Raising standards in Maths",
        "Attracting new teachers to the city", "Improving standards in English"]
    assert any("adds one more" in warning for warning in result.warnings)
    assert result.themes[-1].outcomes[-1].ref == "4"  # (numbered "1." afresh on the page)


@pytest.mark.parametrize("line", ["Next page: Tree management", "Previous page: Introduction",
                                  "By admin", "Posted by Jane Smith",
                                  "Appendix 2 - Contexts", "Annex B: Consultation comments",
                                  "Find the report for the Executive and its webcast here"])
def test_page_navigation_bylines_and_appendix_links_are_web_debris(line):
    """A guide's "Next page:" link, a blog's byline and the links to a document's
    appendices under its page are furniture; a contents entry ending in its page
    number ("Appendix 8: Glossary 55") and an aim opening "By" are not."""
    assert debris_reason(line) == WEB_DEBRIS
    assert debris_reason("Appendix 8: Glossary 55") != WEB_DEBRIS
    assert debris_reason("By working together") != WEB_DEBRIS


def test_event_dates_and_times_under_a_list_are_left_out():
    """A consultation page lists its four directions, then where and when its workshops
    are: the dates, places and times are not priorities."""
    text = ("New tourism strategy\n\nThe council is preparing a five-year tourism plan.\n\n"
            "Four strategic directions have begun to emerge:\n\n"
            "  1. A focus on experiences\n  2. Investment in key projects\n"
            "  3. A strong market presence\n  4. A joined up approach\n\n"
            "Come to one of our workshops or drop-in sessions:\n\n"
            "13th September – Arts Centre, Downpatrick\n\n"
            "  • Workshop: 11am – 1pm\n  • Drop in: 2pm – 3.30pm\n\n"
            "20 September – Town Hall, Newcastle\n\n"
            "  • Workshop: 10am – noon\n  • Drop in 6.30pm – 8pm\n")
    result = parse_priorities_text(text)
    assert all_titles(result)[-4:] == ["A focus on experiences", "Investment in key projects",
                                       "A strong market presence", "A joined up approach"]
    assert not any("September" in title or "Workshop" in title or "Drop in" in title
                   for title in all_titles(result))
    assert _contact_reason("Drop in: 2pm – 4pm") == _contact_reason("13th September – Hall")
    assert _contact_reason("Improve access to services by 2030") == ""


def test_a_partnerships_members_are_not_its_priorities():
    """A partnership's page gives its remit as a list, then "membership consists of:"
    and the bodies that sit on it: only the remit is read."""
    text = ("Community Justice Partnership\n\nThe partnership was set up under the 2016 "
            "Act.\n\nThe remit of the partnership is to:\n\n"
            "  • Prevent and reduce further offending\n  • Provide equal access to services\n"
            "  • Provide effective partnership working\n\n"
            "The partnership meets quarterly and membership consists of:\n\n"
            "  • The Council\n  • Police Scotland\n  • NHS Lanarkshire\n  • Victim Support\n")
    titles = all_titles(parse_priorities_text(text))
    assert titles[-3:] == ["Prevent and reduce further offending",
                           "Provide equal access to services",
                           "Provide effective partnership working"]
    assert "Police Scotland" not in titles


def test_a_lead_in_is_judged_by_its_last_sentence():
    """Committee minutes give the strategy's aims after "The strategy should look to :",
    then the ways views were gathered after a paragraph that mentions people's "key
    priorities" but ends "Other activities … included:": the aims are the list."""
    text = ("Homelessness Strategy\n\nMinutes:\n\nThe report confirmed that the Act places a "
            "duty on the Council to adopt a strategy based on a review. The strategy should "
            "look to :\n\n• The prevention of homelessness;\n\n"
            "• That suitable accommodation is available for people who may become homeless;"
            "\n\n• That satisfactory support is available for people who may become "
            "homeless.\n\nService users were able to voice their key priorities for action "
            "and the outcomes they wanted. Other activities to gather information "
            "included:\n\n• A half day workshop was held with housing teams;\n\n"
            "• A half day workshop was held with statutory services;\n")
    titles = all_titles(parse_priorities_text(text))
    assert titles[-3:] == [
        "The prevention of homelessness",
        "That suitable accommodation is available for people who may become homeless",
        "That satisfactory support is available for people who may become homeless"]
    assert not any("workshop" in title for title in titles)


def test_a_list_after_paragraphs_is_not_inside_the_list_before_them():
    """A strategy page says what the strategy does in a short list, then gives its
    vision in two paragraphs, then its numbered themes with their priorities: the
    themes are not read as points of the first list's last item."""
    text = ("Greenspaces Strategy\n\nIntroduction\n\nThe strategy is a long-term strategy "
            "that:\n\n- provides a clear approach to managing our green spaces\n"
            "- prioritises work that meets the borough's challenges - such as health\n\n"
            "Vision: Our greenspaces let communities and nature thrive.\n\n"
            "Work will be aligned under two themes, each supported by priorities.\n\n"
            "1. Health and wellbeing\n\n- Encourage more active lifestyles\n"
            "- Support allotment holders\n\n2. Nature and biodiversity\n\n"
            "- Protect local biodiversity\n- Adapt to the impacts of climate change\n")
    themes = {theme.title: [outcome.title for outcome in theme.outcomes]
              for theme in parse_priorities_text(text).themes}
    assert themes["Health and wellbeing"] == ["Encourage more active lifestyles",
                                              "Support allotment holders"]
    assert themes["Nature and biodiversity"] == ["Protect local biodiversity",
                                                 "Adapt to the impacts of climate change"]


def test_a_download_link_with_a_size_in_thousands_is_debris():
    """"Community Plan 2019 to 2023 (PDF File, 1,979kb)": a link, its size written with
    a thousands comma."""
    assert debris_reason("Community Plan 2019 to 2023 (PDF File, 1,979kb)") == WEB_DEBRIS


def test_chapters_of_a_list_copied_without_its_bullets_are_named_without_their_label():
    """A browser's copy drops the bullets of "• Chapter One: A prosperous town" but keeps
    the indent. Each chapter is still a priority named for what it is ("A prosperous
    town"), not "Chapter One", just as when the bullets are there."""
    chapters = ["A prosperous Tonyrefail", "A resilient Tonyrefail", "A healthier Tonyrefail",
                "A more equal Tonyrefail"]
    numbers = ["One", "Two", "Three", "Four"]
    text = "\n".join(["Annual report 2018-19", "", "Our Goals:-", ""] +
                     [f"  Chapter {n}: {name}" for n, name in zip(numbers, chapters, strict=True)] +
                     ["", "A Competent Council"])
    assert outcome_titles(text) == chapters
