"""Adding priorities picked out of the document's text in the import preview.

When the importer cannot read a document (its outcomes inside one sentence of a news
story, a contents page run together), the person selects each priority's words in the
text beside the preview and adds it as a theme or an outcome.
"""

from __future__ import annotations

import pytest

from svbidder.core.priorities.importing import (
    ImportResult,
    add_selection,
    parse_priorities_text,
    title_from_selection,
)
from svbidder.core.priorities.importing.model import MAX_THEMES, MAX_TITLE, ImportTheme


@pytest.mark.parametrize(("selected", "title"), [
    # a selection running over a wrapped line, ending at the list's comma
    ("everyone has a good start in life and fulfils\n  their lifelong potential,",
     "Everyone has a good start in life and fulfils their lifelong potential"),
    ("  • Thriving communities\n", "Thriving communities"),  # from the bullet
    ("3. CONNECTED COMMUNITIES", "Connected communities"),  # numbered, in capitals
    ("benefits from prosperous communities; and", "Benefits from prosperous communities"),
    ("good for local society.", "Good for local society"),
    ("and lives in respectful, safe and vibrant communities.",  # a sentence's last part
     "Lives in respectful, safe and vibrant communities"),
    ("Andover and district", "Andover and district"),
    ("NHS Wales – a healthier Wales", "NHS Wales – a healthier Wales"),
])
def test_the_words_selected_become_a_title(selected, title):
    assert title_from_selection(selected) == title


@pytest.mark.parametrize("selected", ["", "   \n  ", "•", " ; , "])
def test_a_selection_without_words_is_explained(selected):
    with pytest.raises(ValueError, match="Select the words of a priority"):
        title_from_selection(selected)


def test_a_selection_longer_than_a_title_is_explained():
    with pytest.raises(ValueError, match="more than a priority's title"):
        title_from_selection("word " * (MAX_TITLE // 4))


def test_outcomes_picked_from_a_news_story_get_a_theme_the_map_can_use():
    story = ("Community plan launched\n\n"
             "The plan sets out a vision for the district. They include ensuring everyone "
             "has a good start in life, enjoys good health and well-being and benefits "
             "from prosperous communities.\n")
    result = parse_priorities_text(story)
    assert not result.themes and result.unsure.startswith("No priorities were found")
    first, path = add_selection(result, "everyone has a good start in life", None,
                                as_theme=False)
    assert path == (0, 0)
    assert len(first.themes) == 1 and first.themes[0].title  # the holder, named
    # the note that nothing was found is gone; what was left out is still said
    assert not first.unsure
    assert not any(w.startswith("No priorities were found") for w in first.warnings)
    assert len(first.warnings) == len(result.warnings) - 1
    second, path = add_selection(first, "enjoys good health and well-being", None,
                                 as_theme=False)
    assert path == (0, 1)
    assert [o.title for o in second.themes[0].outcomes] == [
        "Everyone has a good start in life", "Enjoys good health and well-being"]
    assert len(first.themes[0].outcomes) == 1  # each step leaves the result before it


def test_a_theme_goes_after_the_chosen_one_and_an_outcome_under_it():
    result = ImportResult(name="Our plan", themes=[ImportTheme("People"),
                                                   ImportTheme("Place")])
    themed, path = add_selection(result, "Prosperity", (0,), as_theme=True)
    assert path == (1,)
    assert [t.title for t in themed.themes] == ["People", "Prosperity", "Place"]
    under, path = add_selection(themed, "Good jobs", (1,), as_theme=False)
    assert path == (1, 0)
    assert [o.title for o in under.themes[1].outcomes] == ["Good jobs"]
    at_end, path = add_selection(under, "Affordable homes", None, as_theme=False)
    assert path == (2, 0) and at_end.themes[2].outcomes[0].title == "Affordable homes"


def test_an_outcome_with_no_theme_yet_is_held_by_one_named_after_the_document():
    result = ImportResult(name="Living Well Together")
    added, _ = add_selection(result, "enjoys good health", None, as_theme=False)
    assert added.themes[0].title == "Living Well Together"
    unnamed, _ = add_selection(ImportResult(), "enjoys good health", None, as_theme=False)
    assert unnamed.themes[0].title == "Priorities"


def test_no_more_themes_than_an_import_may_hold():
    full = ImportResult(themes=[ImportTheme(f"Theme {n}") for n in range(MAX_THEMES)])
    with pytest.raises(ValueError, match="as many as can be added"):
        add_selection(full, "One more", None, as_theme=True)


GOALS_AND_PRIORITIES = """Our goals are:
  • Prevent illness before it starts
  • Give good care at home and in the
    community
  • Join up services
Our priorities for this year:
  • Better quality – learn and improve so that everyone gets the best outcomes
    from the care they receive.
  • Support our staff – train, develop and value the people who give care.
"""


def test_a_list_selected_whole_adds_one_outcome_per_item():
    """A list the importer left out comes back in one step: its lead-in is not a
    priority, a wrapped item is one, and each "Name – meaning" item is parted."""
    goals = GOALS_AND_PRIORITIES[:GOALS_AND_PRIORITIES.index("Our priorities")]
    result = ImportResult(name="Our strategy", themes=[ImportTheme("Our strategy")])
    added, path = add_selection(result, goals, (0,), as_theme=False)
    assert path == (0, 0)
    assert [o.title for o in added.themes[0].outcomes] == [
        "Prevent illness before it starts", "Give good care at home and in the community",
        "Join up services"]
    rest = GOALS_AND_PRIORITIES[GOALS_AND_PRIORITIES.index("Our priorities"):]
    more, path = add_selection(added, rest, (0,), as_theme=False)
    assert path == (0, 3)
    assert [(o.title, o.description) for o in more.themes[0].outcomes[3:]] == [
        ("Better quality", "Learn and improve so that everyone gets the best outcomes from "
                           "the care they receive."),
        ("Support our staff", "Train, develop and value the people who give care.")]


def test_lines_without_list_marks_are_one_priority_each():
    selected = ("Resilient communities\nEnterprising places\nA council that pays its "
                "way and\nlistens to residents\n\nsafer streets")
    added, _ = add_selection(ImportResult(), selected, None, as_theme=False)
    assert [o.title for o in added.themes[0].outcomes] == [
        "Resilient communities", "Enterprising places",
        "A council that pays its way and listens to residents", "Safer streets"]


def test_a_list_selected_as_themes_goes_after_the_chosen_theme_in_order():
    result = ImportResult(themes=[ImportTheme("People"), ImportTheme("Place")])
    added, path = add_selection(result, "1. Prosperity\n2. Climate\n3. Culture", (0,),
                                as_theme=True)
    assert path == (1,)
    assert [t.title for t in added.themes] == ["People", "Prosperity", "Climate", "Culture",
                                               "Place"]


def test_a_list_bigger_than_the_room_left_adds_nothing_and_says_so():
    result = ImportResult(themes=[ImportTheme(f"Theme {n}") for n in range(MAX_THEMES - 1)])
    with pytest.raises(ValueError, match="room for only 1 more"):
        add_selection(result, "• Prosperity\n• Climate", None, as_theme=True)
    assert len(result.themes) == MAX_THEMES - 1


def test_one_long_priority_keeps_its_name_as_the_title_and_the_rest_as_its_meaning():
    named = "Thriving places – " + "streets and parks that people are proud of " * 12
    added, _ = add_selection(ImportResult(), named, None, as_theme=False)
    outcome = added.themes[0].outcomes[0]
    assert outcome.title == "Thriving places"
    assert outcome.description.startswith("Streets and parks")
    sentence = "We will cut carbon. " + "Our buildings and fleet will use less energy " * 12
    added, _ = add_selection(ImportResult(), sentence, None, as_theme=False)
    assert added.themes[0].outcomes[0].title == "We will cut carbon"


def test_a_list_selected_with_its_lead_in_as_a_theme_is_one_theme_with_outcomes():
    """"Our goals are:" and its items, added as a theme: the lead-in names the theme
    and the items are its outcomes, so the Map can use it at once."""
    result = ImportResult(themes=[ImportTheme("Our priorities")])
    goals = GOALS_AND_PRIORITIES[:GOALS_AND_PRIORITIES.index("Our priorities")]
    added, path = add_selection(result, goals, (0,), as_theme=True)
    assert path == (1,)
    assert added.themes[1].title == "Our goals"
    assert [o.title for o in added.themes[1].outcomes] == [
        "Prevent illness before it starts", "Give good care at home and in the community",
        "Join up services"]
    # without a lead-in, each item is a theme of its own (as before)
    bare, _ = add_selection(result, "• Prosperity\n• Climate", (0,), as_theme=True)
    assert [t.title for t in bare.themes] == ["Our priorities", "Prosperity", "Climate"]


def test_a_huge_selection_is_refused_before_its_lines_are_read():
    """Selecting a pasted document of 100,000 lines as outcomes is refused with the
    room left, and the result is untouched; a lead-in padded with a long run of spaces
    still names its theme (its patterns see single spaces; test_pathological_text
    feeds them hostile runs)."""
    with pytest.raises(ValueError, match="room for only"):
        add_selection(ImportResult(), "• a line\n" * 100_000, None, as_theme=False)
    padded = "Our goals" + " " * 5_000 + "are:\n• Clean air\n• Safe streets"
    added, _ = add_selection(ImportResult(), padded, None, as_theme=True)
    assert added.themes[0].title == "Our goals"


NEWS_SENTENCE = ("It has revealed that its priorities will be to focus on good governance, "
                 "the legacy of the conflict and protecting human rights in a time of "
                 "austerity.")


def test_a_list_inside_a_sentence_selected_alone_adds_one_priority_per_name():
    """Priorities named in one sentence of a news story come back in one step: the
    person selects just the list, and each name it lists becomes an outcome."""
    listed = NEWS_SENTENCE[NEWS_SENTENCE.index("good governance"):]
    result = ImportResult(name="Strategic Plan")
    added, path = add_selection(result, listed, None, as_theme=False)
    assert path == (0, 0)
    assert [o.title for o in added.themes[0].outcomes] == [
        "Good governance", "The legacy of the conflict",
        "Protecting human rights in a time of austerity"]
    whole, _ = add_selection(result, listed, None, as_theme=False, keep_whole=True)
    assert [o.title for o in whole.themes[0].outcomes] == [
        "Good governance, the legacy of the conflict and protecting human rights in a "
        "time of austerity"]
    themes, _ = add_selection(result, "Growth; Inclusion; and Sustainability", None,
                              as_theme=True)
    assert [t.title for t in themes.themes] == ["Growth", "Inclusion", "Sustainability"]


@pytest.mark.parametrize("selected", [
    "Health and wellbeing",  # two names at most are one priority's words
    "Reduce, reuse and recycle waste",  # one-word parts share the last part's words
    "safe, strong and healthy communities",
    "and lives in respectful, safe and vibrant communities.",
    "Build 1,000 new homes, bring empty homes back into use and cut waiting lists",
    "Our aims are to focus on jobs, homes and health",  # the sentence's own words with it
    "Young people and adults, including people with a disability",
])
def test_one_priority_with_commas_in_it_stays_one(selected):
    added, _ = add_selection(ImportResult(), selected, None, as_theme=True)
    assert len(added.themes) == 1


def test_a_list_parted_by_spaced_dashes_in_a_sentence_gives_one_priority_per_name():
    """"… are: A, B and C - Finance - D, E and F": the dashes part the names, so the
    commas inside a name do not."""
    selected = ("Local Leadership, Freedom and Flexibility - Finance - Schools, Skills and "
                "Lifelong Learning - Health and Social Care.")
    added, _ = add_selection(ImportResult(), selected, None, as_theme=True)
    assert [t.title for t in added.themes] == [
        "Local Leadership, Freedom and Flexibility", "Finance",
        "Schools, Skills and Lifelong Learning", "Health and Social Care"]
    one, _ = add_selection(ImportResult(), "Buy local – spend with local firms, charities "
                           "and social enterprises", None, as_theme=True)
    assert [t.title for t in one.themes] == [
        "Buy local – spend with local firms, charities and social enterprises"]
