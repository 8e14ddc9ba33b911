"""Clipboard HTML read as text with its lists and headings marked (issue 16: a
browser's plain-text copy drops the bullets a page showed)."""

from __future__ import annotations

import time

import pytest

from svbidder.core.documents.html import MAX_HTML_CHARS, html_to_text
from svbidder.core.priorities.importing import parse_priorities_text


def outcome_titles(result) -> list[str]:
    return [outcome.title for theme in result.themes for outcome in theme.outcomes]

# How Chrome puts part of a council page on the clipboard (text/html).
BROWSER_COPY = """<html><body>
<!--StartFragment--><nav class="breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/council">Council and democracy</a></li></ol></nav>
<h1 class="page-title">Our social value priorities</h1>
<p>We want every contract to do more for Fairshire.&nbsp; Suppliers are asked to
help with <strong>our three priorities</strong>:</p>
<ul class="list">
  <li>Local jobs and skills</li>
  <li><p>A greener borough</p><p>Cutting carbon from our supply chain.</p></li>
  <li>Stronger communities
    <ul><li>Volunteering</li><li>Grants to local groups</li></ul>
  </li>
</ul>
<h2>How we will measure it</h2>
<ol start="3"><li>Number of local people employed</li><li>Tonnes of carbon saved</li></ol>
<img src="hero.jpg" alt="Volunteers planting trees">
<script>window.dataLayer = [];</script>
<table><tr><th>Theme</th><th>Measure</th></tr>
<tr><td>Jobs</td><td>People employed</td></tr></table>
<p>Contact us: social.value@fairshire.gov.uk</p><!--EndFragment-->
</body></html>"""


def test_a_browser_copy_keeps_its_headings_bullets_numbers_and_rows():
    assert html_to_text(BROWSER_COPY).splitlines() == [
        "# Our social value priorities",
        "We want every contract to do more for Fairshire. Suppliers are asked to help "
        "with our three priorities:",
        "• Local jobs and skills",
        "• A greener borough",
        "  Cutting carbon from our supply chain.",
        "• Stronger communities",
        "  • Volunteering",
        "  • Grants to local groups",
        "## How we will measure it",
        "3. Number of local people employed",
        "4. Tonnes of carbon saved",
        "Theme\tMeasure",
        "Jobs\tPeople employed",
        "Contact us: social.value@fairshire.gov.uk",
    ]


def test_the_priorities_importer_reads_the_marked_text_as_a_person_expects():
    bare = parse_priorities_text(
        "Our social value priorities\nSuppliers are asked to help with these:\n"
        "Local jobs and skills\nA greener borough\nCutting carbon from our supply chain.\n")
    marked = parse_priorities_text(html_to_text(
        "<h1>Our social value priorities</h1><p>Suppliers are asked to help with these:</p>"
        "<ul><li>Local jobs and skills</li><li>A greener borough</li><li>Stronger "
        "communities</li></ul><p>Read our social value policy for more.</p>"))
    titles = [o.title for t in marked.themes for o in t.outcomes] or [
        t.title for t in marked.themes]
    assert titles == ["Local jobs and skills", "A greener borough", "Stronger communities"]
    assert [o.title for t in bare.themes for o in t.outcomes] != titles


def test_a_word_copy_keeps_its_symbol_bullets_and_headings():
    word = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><style>"
            "p.MsoNormal {margin:0cm;}</style></head><body lang=EN-GB>"
            "<h1>Our priorities<o:p></o:p></h1>"
            "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>"
            "<![if !supportLists]><span style='font-family:Symbol'>·<span "
            "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>"
            "<![endif]>Local jobs<o:p></o:p></p>"
            "<p class=MsoListParagraphCxSpLast><![if !supportLists]>·&nbsp;&nbsp;"
            "<![endif]>Less waste<o:p></o:p></p></body></html>")
    assert html_to_text(word).splitlines() == ["# Our priorities", "· Local jobs",
                                               "· Less waste"]


@pytest.mark.parametrize("hostile", [
    "<a" * 150_000,
    "</" * 150_000,
    "<!" * 150_000,
    "<" * 300_000,
    "<nav>" * 60_000,
    "<script>" + "x" * 300_000,
    "<!--" + "<p>" * 100_000,
    "<p " + " " * 300_000,
    ("<li>" + " " * 5000) * 60,
    "<" + "a" * 300_000,
    "&#" * 150_000,
])
def test_hostile_html_is_read_in_linear_time(hostile):
    started = time.perf_counter()
    html_to_text(hostile)
    assert time.perf_counter() - started < 1.0


def test_text_that_is_not_markup_is_kept_and_overlong_html_is_not_read():
    assert html_to_text("Jobs < 5 miles & skills <3") == "Jobs < 5 miles & skills <3"
    assert html_to_text("<p>x</p>" + " " * MAX_HTML_CHARS) == ""


def test_unclosed_cells_and_items_still_give_whole_lines():
    assert html_to_text("<table><tr><td>Jobs<td>People employed</table><p>After</p>"
                        ).splitlines() == ["Jobs\tPeople employed", "After"]
    assert html_to_text("<ol><li>One<li>Two</ol>").splitlines() == ["1. One", "2. Two"]


SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our priorities | Fairshire Council</title>
<style>body { font-family: Arial; }</style><script>var x = "<li>not this</li>";</script>
</head><body><nav><ul><li><a href="/">Home</a></li><li>Council</li></ul></nav>
<main><h1>Our social value priorities</h1><p>Suppliers are asked to help with these:</p>
<ul><li>Local jobs and skills</li><li>A greener borough</li><li>Stronger communities</li></ul>
<p>Read our social value policy for more.</p></main></body></html>"""


def test_a_saved_web_page_is_read_as_its_text_by_the_one_reader(tmp_path):
    from svbidder.core.documents import read_document

    page = tmp_path / "priorities.html"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    document = read_document(page)
    assert document.kind == "text"
    assert document.text.splitlines() == [
        "# Our social value priorities", "Suppliers are asked to help with these:",
        "• Local jobs and skills", "• A greener borough", "• Stronger communities",
        "Read our social value policy for more."]


def test_the_priorities_importer_opens_a_saved_web_page(tmp_path):
    from svbidder.core.priorities.importing import parse_priorities_file

    page = tmp_path / "priorities.htm"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    result = parse_priorities_file(page)
    assert outcome_titles(result) == ["Local jobs and skills", "A greener borough",
                                      "Stronger communities"]


def test_text_that_only_mentions_html_is_not_read_as_a_web_page():
    from svbidder.core.documents.html import looks_like_html

    assert looks_like_html("\n  <!-- saved -->\n<!doctype html><p>x</p>")
    assert looks_like_html("<html><body>x</body></html>")
    assert not looks_like_html("Our priorities:\n- Use <html> pages for the website")
    assert not looks_like_html("Local jobs < 5 miles")
    assert not looks_like_html("<header>Our plan</header>") and looks_like_html("<HEAD>")


def test_a_web_page_too_long_to_read_says_so(tmp_path):
    from svbidder.core.documents import DocumentError, read_document

    page = tmp_path / "huge.html"
    page.write_text("<html><body>" + "<p>Local jobs</p>" * 200_000 + "</body></html>",
                    encoding="utf-8")
    with pytest.raises(DocumentError) as refused:
        read_document(page)
    assert "too large" in str(refused.value) and "huge.html" in str(refused.value)


def test_a_tender_saved_as_a_web_page_gives_its_questions(tmp_path):
    from svbidder.core.writing.tender import read_tender_text, split_questions

    page = tmp_path / "tender.html"
    page.write_text("<!doctype html><html><body><h2>Social value questions</h2>"
                    "<h3>SV1. How will you create jobs for local people? (500 words)</h3>"
                    "<p>Weighting: 5%</p><h3>SV2. How will you reduce carbon emissions from "
                    "the contract? (300 words)</h3><p>Weighting: 5%</p></body></html>",
                    encoding="utf-8")
    found = split_questions(read_tender_text(page))
    assert [(q.ref, q.limit.value if q.limit else None, q.weighting_percent) for q in found] == [
        ("SV1", 500, 5), ("SV2", 300, 5)]
