"""The written guides (guides/*.md) and svbidder.core.guides.

Two halves: the real guides (they render cleanly, their links and the app's
links resolve, search finds them, each ends with a checklist, they read
simply) and the module's behaviour on small made-up guide folders.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest

from svbidder.core.content import guides
from svbidder.core.content.guides import (
    ALIASES,
    GUIDE_ORDER,
    INDEX,
    KNOWN_LINKS,
    GuideError,
    guide_anchors,
    guide_css,
    guide_stats,
    guide_url,
    list_guides,
    parse_guide_url,
    render_guide,
    resolve_link,
    search_guides,
    slugify,
)
from svbidder.paths import guides_dir

ALL_GUIDES = [info.name for info in list_guides()]
TOPIC_GUIDES = [info.name for info in list_guides() if not info.training]
TRAINING_GUIDES = [info.name for info in list_guides() if info.training]

# A word or phrase from each guide that search must find in that guide.
DISTINCTIVE = {
    "what-is-social-value": "wider benefits",
    "reading-council-priorities": "skim",
    "bringing-in-priorities": "thumbnail",
    "unpicking-what-you-do": "spreadsheet",
    "writing-to-a-limit": "utilise",
    "smart-commitments": "achievable",
    "evidence-stories-and-consent": "anonymous",
    "measuring-and-reporting": "off track",
    "after-you-win": "box file",
    "proportionality-and-additionality": "backfire",
    "how-answers-are-scored": "moderation",
    "glossary": "pre-qualification",
    "training/trainer-notes": "projector",
    "training/exercises": "stakeholders",
}

GLOSSARY_TERMS = ("social-value", "toms", "ppn", "sroi", "vcse", "kpi", "additionality",
                  "weighting", "itt", "pqq")

# Anchors the issue and the checks engine name explicitly.
REQUIRED_LINKS = (
    "writing-to-a-limit#vague-promises",
    "writing-to-a-limit#numbers-and-dates",
    "writing-to-a-limit#long-sentences",
    "writing-to-a-limit#plain-english",
    "evidence-stories-and-consent#personal-information",
    "evidence-stories-and-consent#consent",
    "proportionality-and-additionality#additionality",
    *(f"glossary#{term}" for term in GLOSSARY_TERMS),
)

US_SPELLINGS = re.compile(
    r"\b(?:organiz\w*|recogniz\w*|realiz\w*|prioritiz\w*|utiliz\w*|summariz\w*|minimiz\w*|"
    r"maximiz\w*|emphasiz\w*|categoriz\w*|apologiz\w*|speciali[sz]ation|color\w*|behavior\w*|"
    r"favor\w*|neighbor\w*|center|centers|analyz\w*|catalog|enroll|fulfill|judgment|"
    r"license\s+(?:of|for)|practicing|traveled|traveling|labeled|modeling)\b",
    re.IGNORECASE)

_MD_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _source(name: str) -> str:
    return (guides_dir() / f"{name}.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the real guides


def test_every_planned_guide_exists_in_the_index_order():
    assert list(GUIDE_ORDER) == ALL_GUIDES
    assert (guides_dir() / f"{INDEX}.md").is_file()


def test_the_index_lists_every_guide_file():
    on_disk = sorted(path.relative_to(guides_dir()).with_suffix("").as_posix()
                     for path in guides_dir().rglob("*.md"))
    assert sorted([*ALL_GUIDES, INDEX]) == on_disk


def test_guides_are_flagged_as_training_by_folder():
    assert TRAINING_GUIDES == ["training/trainer-notes", "training/exercises"]
    for info in list_guides():
        assert info.path.is_file()
        assert info.title == render_guide(info.name).title


@pytest.mark.parametrize("name", [*ALL_GUIDES, INDEX])
def test_every_guide_renders_without_warnings(name):
    rendered = render_guide(name)
    assert rendered.warnings == []
    assert rendered.title
    assert rendered.html.startswith("<h1")


@pytest.mark.parametrize("name", [*ALL_GUIDES, INDEX])
def test_every_relative_link_between_guides_resolves(name):
    folder = posixpath.dirname(name)
    for target in _MD_LINK.findall(_source(name)):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        if path:
            assert path.endswith(".md"), target
            linked = posixpath.normpath(posixpath.join(folder, path)).removesuffix(".md")
        else:  # a link within the same guide
            linked = name
        assert linked in [*ALL_GUIDES, INDEX], target
        if anchor:
            assert anchor in guide_anchors(linked), target


def test_rendered_links_point_at_guides_or_are_marked_external():
    for name in [*ALL_GUIDES, INDEX]:
        html = render_guide(name).html
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith("https://"):
                continue
            target, anchor = parse_guide_url(href)
            assert resolve_link(f"{target}#{anchor}" if anchor else target) == (target, anchor)
        for link in re.findall(r"<a [^>]*href=\"https?://[^>]*>.*?</a>", html):
            assert 'class="external"' in link
            assert "(external)" in link


@pytest.mark.parametrize("link", sorted(set(KNOWN_LINKS) | set(REQUIRED_LINKS)))
def test_every_known_app_link_resolves(link):
    name, anchor = resolve_link(link)
    assert name in ALL_GUIDES
    assert not anchor or anchor in guide_anchors(name)


def test_known_links_cover_the_required_ones():
    assert set(REQUIRED_LINKS) <= set(KNOWN_LINKS)


def test_every_check_rule_links_to_an_existing_section():
    checks = pytest.importorskip("svbidder.core.writing.checks")
    rules = getattr(checks, "RULES", {})
    if not rules:
        pytest.skip("the checks engine has no rules yet")
    missing = []
    for rule in rules.values():
        try:
            resolve_link(rule.guide_anchor)
        except GuideError as error:
            missing.append(f"{rule.id}: {error}")
    assert missing == []


@pytest.mark.parametrize("name", ALL_GUIDES)
def test_search_finds_a_distinctive_word_in_every_guide(name):
    hits = search_guides(DISTINCTIVE[name])
    assert name in [hit.name for hit in hits]
    hit = next(hit for hit in hits if hit.name == name)
    assert hit.title == render_guide(name).title
    assert not hit.anchor or hit.anchor in guide_anchors(name)


def test_distinctive_words_cover_every_guide():
    assert sorted(DISTINCTIVE) == sorted(ALL_GUIDES)


@pytest.mark.parametrize("name", ALL_GUIDES)
def test_each_guide_ends_with_a_checklist(name):
    rendered = render_guide(name)
    last = rendered.toc[-1]
    assert (last.level, last.anchor, last.title) == (2, "checklist", "Checklist")
    tail = rendered.html.split('id="checklist"', 1)[1]
    assert '<ul class="checklist">' in tail
    assert tail.count('<li class="task">') >= 3
    assert "<h" not in tail.split("</h2>", 1)[1]  # nothing after the checklist


@pytest.mark.parametrize("name", ALL_GUIDES)
def test_guides_use_one_title_and_section_headings(name):
    levels = [entry.level for entry in render_guide(name).toc]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(level in (2, 3) for level in levels[1:])
    assert levels[1] == 2


@pytest.mark.parametrize("name", ALL_GUIDES)
def test_guides_read_simply(name):
    """Average sentence length of at most 20 words holds the reading age down."""
    assert 0 < guide_stats(name).average_sentence_length <= 20
    assert 0 < guide_stats(name, prose_only=True).average_sentence_length <= 20


@pytest.mark.parametrize("name", TOPIC_GUIDES)
def test_topic_guides_are_400_to_1200_words(name):
    assert 400 <= guide_stats(name).words <= 1200


@pytest.mark.parametrize("name", TRAINING_GUIDES)
def test_training_notes_stay_short_enough_to_print(name):
    assert 400 <= guide_stats(name).words <= 2000


@pytest.mark.parametrize("name", [*ALL_GUIDES, INDEX])
def test_guides_use_uk_spelling(name):
    assert US_SPELLINGS.findall(_source(name)) == []


def test_examples_are_labelled_as_made_up():
    """Every example box that names figures says it is made up (or is a "Say" box)."""
    for name in ALL_GUIDES:
        for line in _source(name).splitlines():
            if line.startswith("> **") and not line.startswith("> **Say:**"):
                assert "made up" in line, f"{name}: {line[:60]}"


def test_glossary_defines_every_required_term():
    anchors = guide_anchors("glossary")
    for term in GLOSSARY_TERMS:
        assert term in anchors
    terms = [entry.title for entry in render_guide("glossary").toc if entry.level == 2]
    assert terms[:-1] == sorted(terms[:-1], key=str.casefold)  # A to Z, then the checklist


def test_exercises_use_the_example_workspace():
    text = _source("training/exercises")
    for name in ("Millbrook Community Hub", "Anytown", "SV1", "SV2", "500 words",
                 "3,000 characters", "Next Step", "Brook Valley Medical Practice"):
        assert name in text
    anchors = guide_anchors("training/exercises")
    assert sum(anchor.startswith("exercise-") for anchor in anchors) == 6


def test_trainer_notes_plan_adds_up_to_90_minutes():
    text = _source("training/trainer-notes")
    times = re.findall(r"^\| (\d):(\d\d) \|", text, re.MULTILINE)
    minutes = [int(hours) * 60 + int(mins) for hours, mins in times]
    assert minutes == sorted(minutes) and minutes[0] == 0
    assert 80 <= minutes[-1] < 90
    assert "File → Open example" in text and "Reset the example" in text


# --------------------------------------------------------------------------- search


def test_search_ignores_case_and_accents():
    plain = search_guides("cafe")
    assert plain
    assert [hit.name for hit in search_guides("CAFÉ")] == [hit.name for hit in plain]


def test_search_ranks_heading_matches_first():
    hits = search_guides("consent")
    assert (hits[0].name, hits[0].anchor, hits[0].heading) == (
        "evidence-stories-and-consent", "consent", "Consent")


def test_search_snippet_holds_the_match_with_highlights():
    hits = search_guides("befriender")
    assert hits
    for hit in hits:
        if hit.highlights:
            start, end = hit.highlights[0]
            assert hit.snippet[start:end].casefold().startswith("befriender")
    assert any(hit.highlights for hit in hits)


def test_search_needs_every_word():
    assert search_guides("") == []
    assert search_guides("   ") == []
    assert search_guides("zzzyx") == []
    for hit in search_guides("portal limit"):
        text = (hit.heading + " " + hit.snippet).casefold()
        assert "portal" in text or "limit" in text


# --------------------------------------------------------------------------- links and names


def test_resolve_link_accepts_the_usual_forms():
    expected = ("writing-to-a-limit", "vague-promises")
    assert resolve_link("writing-to-a-limit#vague-promises") == expected
    assert resolve_link("writing-to-a-limit.md#vague-promises") == expected
    assert resolve_link(guide_url(*expected)) == expected
    assert resolve_link("glossary") == ("glossary", "")
    assert resolve_link("training/exercises#exercise-4-fix-a-weak-answer")[0] == \
        "training/exercises"


def test_resolve_link_follows_aliases():
    for alias, name in ALIASES.items():
        assert resolve_link(f"{alias}#checklist") == (name, "checklist")


@pytest.mark.parametrize("link", ["no-such-guide", "writing-to-a-limit#no-such-section", "",
                                  "../../etc/passwd", "glossary#", "#consent"])
def test_resolve_link_refuses_what_does_not_exist(link):
    if link == "glossary#":
        assert resolve_link(link) == ("glossary", "")
        return
    with pytest.raises(GuideError):
        resolve_link(link)


def test_guide_urls_round_trip():
    assert guide_url("glossary", "sroi") == "guide:glossary#sroi"
    assert parse_guide_url("guide:glossary#sroi") == ("glossary", "sroi")
    assert parse_guide_url("guide:training/exercises") == ("training/exercises", "")
    with pytest.raises(GuideError):
        parse_guide_url("https://example.org")


def test_slugify_matches_the_rendered_anchors():
    for entry in render_guide("writing-to-a-limit").toc:
        assert slugify(entry.title) == entry.anchor
    assert slugify("Reading a council's priorities") == "reading-a-councils-priorities"


def test_css_scales_with_the_font_and_prints():
    css = guide_css()
    # Sizes and spacing scale with the font; only hairline borders are in pixels.
    assert re.findall(r"(?:margin|padding|font-size|line-height)[^;]*\d(?:px|pt)\b", css) == []
    assert "em" in css and "@media print" in css
    assert guide_css(dark=True) != css


def test_importing_the_module_loads_neither_qt_nor_markdown():
    code = ("import sys; from svbidder.core.content import guides; guides.list_guides(); "
            "print('PySide6' in sys.modules, 'markdown' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- made-up guides


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty guides folder in place of the real one."""
    root = tmp_path / "guides"
    root.mkdir()
    monkeypatch.setattr(guides, "guides_dir", lambda: root)
    return root


def _write(folder: Path, name: str, text: str) -> None:
    path = folder / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_broken_links_empty_sections_and_missing_titles_are_warnings(folder):
    _write(folder, "one", "# One\n\nText.\n\n## Fine\n\nText.\n\n## Empty\n\n## Last\n\nSee "
           "[two](two.md), [gone](gone.md), [bad](two.md#nowhere), [here](#fine), "
           "[there](#nope), [file](notes.txt), [web](https://example.org) and "
           "[nothing]().\n")
    _write(folder, "two", "No title here.\n\n## Only\n\nText.\n")
    warnings = render_guide("one").warnings
    joined = "\n".join(warnings)
    assert "“Empty” is empty" in joined
    assert "gone.md" in joined
    assert "two.md#nowhere" in joined
    assert "#nope" in joined
    assert "notes.txt" in joined
    assert "“nothing” has no address" in joined
    assert len(warnings) == 6
    assert any("no title" in warning for warning in render_guide("two").warnings)


def test_links_are_rewritten_for_the_browser(folder):
    _write(folder, "one", "# One\n\nSee [two](two.md#part), [up](#one) and "
           "[the web](https://example.org/a?b=1).\n\n- [ ] tick me\n- [x] done\n")
    _write(folder, "training/notes", "# Notes\n\nSee [one](../one.md).\n")
    _write(folder, "two", "# Two\n\n## Part\n\nText.\n")
    html = render_guide("one").html
    assert 'href="guide:two#part"' in html
    assert 'href="guide:one#one"' in html
    assert 'class="external"' in html and "(external)" in html
    assert 'title="Opens in your web browser: https://example.org/a?b=1"' in html
    assert '<ul class="checklist">' in html and "☐ tick me" in html and "☑ done" in html
    assert 'href="guide:one"' in render_guide("training/notes").html
    assert render_guide("training/notes").warnings == []


def test_duplicate_headings_are_a_warning(folder):
    _write(folder, "one", "# One\n\n## Same\n\nA.\n\n## Same\n\nB.\n")
    rendered = render_guide("one")
    assert rendered.anchors == ["one", "same", "same_1"]
    assert any("Two sections" in warning for warning in rendered.warnings)


def test_order_comes_from_the_index_then_the_rest(folder):
    _write(folder, "README", "# Guides\n\n- [B](b.md)\n- [A](a.md)\n- [B again](b.md#x)\n")
    for name in ("a", "b", "c", "training/t"):
        _write(folder, name, f"# Title {name}\n\nText.\n")
    infos = list_guides()
    assert [info.name for info in infos] == ["b", "a", "c", "training/t"]
    assert [info.training for info in infos] == [False, False, False, True]
    assert infos[0].title == "Title b"


def test_without_an_index_the_fixed_order_is_used(folder):
    for name in ("glossary", "what-is-social-value", "zebra"):
        _write(folder, name, "# T\n\nText.\n")
    assert [info.name for info in list_guides()] == ["what-is-social-value", "glossary", "zebra"]


def test_edits_to_a_guide_are_picked_up(folder):
    _write(folder, "one", "# One\n\nText.\n")
    assert guide_anchors("one") == ["one"]
    _write(folder, "one", "# One\n\nLonger text now.\n\n## New part\n\nMore.\n")
    assert guide_anchors("one") == ["one", "new-part"]
    assert search_guides("longer")[0].name == "one"


def test_unknown_guides_raise_a_plain_error(folder):
    with pytest.raises(GuideError, match="no guide called"):
        render_guide("missing")
    with pytest.raises(GuideError):
        guide_anchors("../outside")


def test_loose_and_nested_lists_are_counted_once(folder):
    _write(folder, "one", "# One\n\n- First item. Two sentences.\n\n- Second item.\n"
           "    - Nested item.\n")
    stats = guide_stats("one")
    assert (stats.body_words, stats.sentences) == (8, 4)
    assert guide_stats("one", prose_only=True).sentences == 3
