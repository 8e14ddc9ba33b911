"""Counting words and characters as Word and portals do (rules in docs/counting.md)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from svbidder.core.storage.records import Question
from svbidder.core.writing.counting import (
    Counts,
    PageSettings,
    ParagraphCounter,
    RoughPageEstimator,
    count_markdown,
    count_text,
    describe_pages,
    limit_status,
    markdown_to_plain,
    page_status,
    portal_plain_text,
)

# text, words, characters, characters without spaces, safe words, safe characters.
# The same rows are in docs/counting.md; keep the two together.
WORD_CASES = [
    ("", 0, 0, 0, 0, 0),
    ("   \t  ", 0, 0, 0, 0, 0),
    ("\n\n\n", 0, 0, 0, 0, 0),
    ("well-being", 1, 10, 10, 1, 10),
    ("state-of-the-art services", 2, 25, 24, 2, 25),
    ("father-in-law's", 1, 15, 15, 1, 15),
    ("£1,200.50 a year", 3, 16, 14, 3, 16),
    ("15% of 1,000", 3, 12, 10, 3, 12),
    ("06/30/2003", 1, 10, 10, 3, 10),
    ("June 30, 2003", 3, 13, 11, 3, 13),
    ("info@millbrook.example", 1, 22, 22, 1, 22),
    ("https://millbrook.example/impact", 1, 32, 32, 3, 32),
    ("and/or", 1, 6, 6, 2, 6),
    ("a – b", 2, 5, 3, 3, 5),  # en dash between spaces: not a word in Word
    ("a — b", 2, 5, 3, 3, 5),  # em dash between spaces
    ("a–b", 2, 3, 3, 2, 3),
    ("a—b", 2, 3, 3, 2, 3),
    ("343–44", 2, 6, 6, 2, 6),
    ("343-44", 1, 6, 6, 1, 6),
    ("a - b", 3, 5, 3, 3, 5),  # a hyphen standing alone is a word
    ("The court … concluded", 4, 21, 18, 4, 21),
    ("The court . . . concluded", 6, 25, 20, 6, 25),
    ("word…word", 1, 9, 9, 2, 9),
    ("don’t stop", 2, 10, 9, 2, 10),
    ("a\tb", 2, 3, 2, 2, 3),
    ("a  b", 2, 4, 2, 2, 4),
    ("one\ntwo", 2, 6, 6, 2, 8),
    ("one\r\ntwo", 2, 6, 6, 2, 8),
    ("one\n\ntwo", 2, 6, 6, 2, 10),
    ("one\u2028two", 2, 7, 6, 2, 8),  # a soft line break: 1 in Word, CR LF in a portal
    ("10\u00a0km", 2, 5, 4, 2, 5),
    ("• one", 2, 5, 4, 2, 5),  # plain text: a typed bullet is counted
    ("Great 👍", 2, 7, 6, 2, 8),
    ("👍👍", 1, 2, 2, 1, 4),
    ("👨\u200d👩\u200d👧", 1, 5, 5, 1, 8),
    ("🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f", 1, 7, 7, 1, 14),
    ("Mae'r ŵyl yn Nhŷ'r Cymuned", 5, 26, 22, 5, 26),
    ("Tŷ", 1, 2, 2, 1, 2),
    ("Tw\u0302r", 1, 4, 4, 1, 4),  # ŵ typed as w + combining circumflex: 2 characters
    ("مرحبا بالعالم", 2, 13, 12, 2, 13),
    ("שלום עולם", 2, 9, 8, 2, 9),
    ("x", 1, 1, 1, 1, 1),
]

MARKDOWN_CASES = [
    ("- one\n- two", 2, 6, 6, 4, 12),
    ("* one\n+ two", 2, 6, 6, 4, 12),
    ("1. first\n2. second", 2, 11, 11, 4, 19),
    ("**bold** and *italic*", 3, 15, 13, 3, 15),
    ("__bold__ and _italic_", 3, 15, 13, 3, 15),
    ("## Our offer", 2, 9, 8, 2, 9),
    ("#hashtag", 1, 8, 8, 1, 8),
    ("\\*not italic\\*", 2, 12, 11, 2, 12),
    ("snake_case_name", 1, 15, 15, 1, 15),
    ("2 * 3 * 4", 5, 9, 5, 5, 9),
    ("-no space is not a bullet", 6, 25, 20, 6, 25),
    ("1.5 million", 2, 11, 10, 2, 11),
    ("We will:\n\n- hire **12** local people\n- offer *6* placements", 9, 46, 40, 11, 56),
    ("", 0, 0, 0, 0, 0),
]


def _row(counts: Counts) -> tuple[int, int, int, int, int]:
    return (counts.words, counts.characters, counts.characters_no_spaces, counts.safe_words,
            counts.safe_characters)


@pytest.mark.parametrize(("text", "words", "chars", "no_spaces", "safe_words", "safe_chars"),
                         WORD_CASES)
def test_plain_text_counts(text, words, chars, no_spaces, safe_words, safe_chars):
    assert _row(count_text(text)) == (words, chars, no_spaces, safe_words, safe_chars)


@pytest.mark.parametrize(("text", "words", "chars", "no_spaces", "safe_words", "safe_chars"),
                         [case for case in WORD_CASES
                          if not case[0].startswith(("•", "-"))
                          and not any(mark in case[0] for mark in "*_#\\")])
def test_markdown_without_markers_counts_like_plain_text(text, words, chars, no_spaces,
                                                         safe_words, safe_chars):
    assert _row(count_markdown(text)) == (words, chars, no_spaces, safe_words, safe_chars)


@pytest.mark.parametrize(("text", "words", "chars", "no_spaces", "safe_words", "safe_chars"),
                         MARKDOWN_CASES)
def test_markdown_counts(text, words, chars, no_spaces, safe_words, safe_chars):
    assert _row(count_markdown(text)) == (words, chars, no_spaces, safe_words, safe_chars)


def _docs_examples() -> list[tuple[str, bool, list[int]]]:
    """The example rows of docs/counting.md: (text, is Markdown, the five counts)."""
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "counting.md").read_text("utf-8")
    table = docs.split("## Examples", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 6 or not cells[1].isdigit():
            continue
        label = cells[0]
        parts = re.findall(r"`([^`]*)`", label)
        text = "\n".join(parts) if "↵" in label else "".join(parts)
        rows.append((text.replace("⇥", "\t"), label.startswith("Markdown"),
                     [int(cell) for cell in cells[1:6]]))
    return rows


def test_every_example_in_the_docs_is_right():
    examples = _docs_examples()
    assert len(examples) >= 20
    for text, markdown, expected in examples:
        counts = count_markdown(text) if markdown else count_text(text)
        assert list(_row(counts)) == expected, text


def test_paragraphs_are_lines_with_text():
    assert count_text("one\n\n  \ntwo\nthree").paragraphs == 3
    assert count_markdown("## Heading\n\n- a\n- b\n\nText").paragraphs == 4
    assert count_markdown("##\n-").paragraphs == 1  # an empty heading is nothing; "-" is text


def test_safe_counts_are_never_below_the_main_counts():
    for text, *_ in WORD_CASES + MARKDOWN_CASES:
        for counts in (count_text(text), count_markdown(text)):
            assert counts.safe_words >= counts.words
            assert counts.safe_characters >= counts.characters
            assert counts.safe_characters_no_spaces >= counts.characters_no_spaces


def test_markdown_to_plain_and_portal_text():
    answer = "## Our offer\n\nWe will:\n\n- hire **12** people\n1. train them\n\n\n"
    assert markdown_to_plain(answer) == "Our offer\nWe will:\nhire 12 people\ntrain them"
    assert portal_plain_text(answer) == "Our offer\n\nWe will:\n\n- hire 12 people\n1. train them"
    assert portal_plain_text("\n\n  \n") == ""
    counts = count_markdown(answer)
    portal = portal_plain_text(answer)
    assert counts.safe_characters == len(portal) + portal.count("\n")  # CR LF


def test_as_dict_has_exactly_the_cli_fields():
    assert set(count_text("a").as_dict()) == {"words", "characters", "characters_no_spaces",
                                             "paragraphs", "safe_words", "safe_characters"}


def test_value_by_limit_kind():
    counts = count_markdown("- one two")
    assert counts.value("words") == 2
    assert counts.value("words", safe=True) == 3
    assert counts.value("characters") == 7
    assert counts.value("characters_no_spaces", safe=True) == 7
    with pytest.raises(ValueError):
        counts.value("pages")


# ---------------------------------------------------------------- properties

# A list's or heading's mark alone on the last line, waiting for the space that makes it one
_BARE_MARKER = re.compile(r"[ \t\u2028]*(?:[-*+>]|\d{1,9}[.)]|#{1,6})")

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80) | \
    st.lists(st.sampled_from(["word", " ", "\n", "-", "–", "—", "…", "/", "*", "**", "_",
                              "1.", "## ", "\t", "👍", "ŵ", "\u200d", "\u2028", "\\", "\r",
                              "£1,200"]), max_size=30).map("".join)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_appending_never_decreases_plain_counts(start, more):
    before, after = count_text(start), count_text(start + more)
    for name in ("words", "characters", "characters_no_spaces", "paragraphs", "safe_words",
                 "safe_characters", "safe_characters_no_spaces"):
        assert getattr(after, name) >= getattr(before, name), name


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.text(alphabet=" abcdefé–—/…👍\n", max_size=30))
def test_appending_plain_text_never_decreases_an_answers_counts(start, more):
    """Typing (letters, spaces, dashes, new lines) never lowers any count of an answer.

    Except where the typing makes a list: "-" is a word, but "-" then " –" is a bullet
    holding a dash, which Word counts as no word (the editor escapes a typed "-", so
    this only happens in Markdown written as such)."""
    assume(not _BARE_MARKER.fullmatch(start.replace("\r", "\n").split("\n")[-1]))
    before, after = count_markdown(start), count_markdown(start + more)
    assert after.words >= before.words
    assert after.safe_words >= before.safe_words
    assert after.paragraphs >= before.paragraphs
    assert after.safe_characters >= before.safe_characters


edits = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 3), st.lists(texts, max_size=3)),
    max_size=25,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, max_size=12), edits, st.booleans())
def test_paragraph_counter_always_equals_a_full_recount(paragraphs, changes, markdown):
    def split(items):  # a paragraph holding line breaks is several paragraphs
        return [line for item in items for line in
                item.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
                .split("\n")]

    counter = ParagraphCounter(paragraphs, markdown=markdown)
    recount = count_markdown if markdown else count_text
    lines = split(paragraphs)
    assert counter.totals() == recount("\n".join(lines))
    for index, removed, new in changes:
        counter.replace(index, removed, new)
        index = max(0, min(index, len(lines)))
        removed = max(0, min(removed, len(lines) - index))
        lines[index:index + removed] = split(new)
        assert len(counter) == len(lines)
        assert counter.totals() == recount("\n".join(lines))


def test_paragraph_counter_typing_and_return_key():
    counter = ParagraphCounter(["## Title", "", "Some words here"])
    assert counter.totals().words == 4
    counter.update(2, "Some more words here")
    assert counter.totals().words == 5
    counter.replace(2, 1, ["Some more", "words here"])  # Return pressed
    assert counter.totals() == count_markdown("## Title\n\nSome more\nwords here")
    counter.replace(2, 2, ["Some morewords here"])  # Backspace joins them
    assert counter.totals().words == 4
    counter.set_text("one two\nthree")
    assert counter.totals().words == 3 and len(counter) == 2


# -------------------------------------------------------------------- limits

def test_limit_messages():
    ok = limit_status(count_text("word " * 300), "words", 500)
    assert (ok.state, ok.remaining, ok.message) == ("ok", 200, "300 of 500 words — 200 left")
    near = limit_status(count_text("word " * 487), "words", 500)
    assert near.state == "near"
    assert near.message == "487 of 500 words — 13 left"
    full = limit_status(count_text("word " * 500), "words", 500)
    assert full.state == "near" and full.message == "500 of 500 words — none left"
    over = limit_status(count_text("word " * 512), "words", 500)
    assert over.state == "over" and over.remaining == -12
    assert over.message.startswith("12 words over the limit")
    one = limit_status(count_text("word " * 501), "words", 500)
    assert one.message.startswith("1 word over the limit")
    chars = limit_status(count_text("x" * 1480), "characters", 2000)
    assert chars.message == "1,480 of 2,000 characters — 520 left"
    no_spaces = limit_status(count_text("ab cd"), "characters_no_spaces", 4)
    assert no_spaces.message == "4 of 4 characters without spaces — none left"
    assert ok.fraction == pytest.approx(0.6)


def test_safe_limit_messages_say_so():
    counts = count_markdown("- one\n- two")
    status = limit_status(counts, "characters", 10, safe=True)
    assert status.count == 12 and status.state == "over" and status.safe
    assert "portal-safe" in status.message
    assert limit_status(counts, "characters", 10).state == "ok"


def test_no_limit():
    status = limit_status(count_text("three little words"), None, None)
    assert status.state == "ok" and status.limit is None and status.remaining is None
    assert status.message == "3 words (no limit set)"
    assert status.fraction is None


def test_pages():
    assert describe_pages(1.63, 2) == "about 1.6 of 2 pages"
    assert describe_pages(1.0, None) == "about 1 page"
    assert describe_pages(0.02, 1) == "about 0.1 of 1 page"
    assert describe_pages(0, 2) == "0 of 2 pages"
    assert describe_pages(None, 2) == "page estimate not available yet"
    assert page_status(1.63, 2).state == "ok"
    assert page_status(1.9, 2).state == "near"
    over = page_status(2.4, 2)
    assert over.state == "over" and over.message == "about 2.4 of 2 pages — over the limit"
    assert limit_status(Counts(), "pages", 2, pages=1.0).message == "about 1 of 2 pages"


def test_page_settings_from_a_question():
    blank = PageSettings.from_question(Question())
    assert (blank.paper, blank.font, blank.size_pt, blank.margin_mm) == ("A4", "Arial", 11, 25.4)
    set_up = PageSettings.from_question(Question(page_paper="a3", page_font="Verdana",
                                                 page_font_size=12, page_margin_mm=20))
    assert (set_up.paper, set_up.font, set_up.size_pt, set_up.margin_mm) == \
        ("A3", "Verdana", 12, 20)
    assert set_up.describe() == "A3, Verdana 12 pt, 20 mm margins"


def test_rough_page_estimate_is_plausible_and_grows():
    estimator = RoughPageEstimator()
    sentence = "We will help older people in Millbrook to feel less alone and find support. "
    one_page = "\n".join([sentence * 8] * 5)  # 600 words: about one A4 page at 11 pt
    pages = estimator.estimate(one_page, "A4", "Arial", 11, 25.4)
    assert 0.7 < pages < 1.3
    assert estimator.estimate(one_page * 2, "A4", "Arial", 11, 25.4) > pages
    assert estimator.estimate(one_page, "A4", "Arial", 12, 25.4) > pages
    assert estimator.estimate(one_page, "A4", "Arial", 11, 40) > pages
    assert estimator.estimate("", "A4", "Arial", 11, 25.4) == 0
