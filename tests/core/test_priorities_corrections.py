"""The preview's notes after a correction: only those that still hold of the tree.

A note that contradicts the tree in front of the person ("No priorities were
found" beside the priority they just added) sends them looking for a problem
that is gone; notes on what the reading left out stay true of the text.
"""

from __future__ import annotations

import pytest

from svbidder.core.priorities.importing import (
    add_outcome,
    add_selection,
    add_theme,
    drop,
    each_bold_name_a_priority,
    each_paragraph_a_priority,
    make_themes,
    parse_priorities_text,
    promote,
    rename,
)
from svbidder.core.priorities.importing.edit import EACH_PARAGRAPH_NOTE
from svbidder.core.priorities.importing.model import (
    NOTHING_FOUND,
    ONE_LIST,
    ONE_PRIORITY,
    SINGLE_LEVEL_NOTE,
    ImportOutcome,
    ImportResult,
    ImportTheme,
)

ONE_LEVEL = ("Skip to main content\n\n"
             "We will achieve the three outcomes you chose:\n"
             "Better homes for all\nMore good jobs in our city\nA vibrant, green city\n")


def _notes(result: ImportResult) -> list[str]:
    return [*result.warnings, result.unsure]


def _says(result: ImportResult, opening: str) -> bool:
    return any(note.startswith(opening) for note in _notes(result))


@pytest.fixture
def one_level() -> ImportResult:
    result = parse_priorities_text(ONE_LEVEL)
    assert len(result.themes) == 1 and result.outcome_count == 3
    assert _says(result, SINGLE_LEVEL_NOTE) and result.unsure.startswith(ONE_LIST)
    return result


@pytest.mark.parametrize("correct", [
    lambda result: add_theme(result, "A healthier city"),
    lambda result: promote(result, (0, 1)),
    make_themes,
], ids=["a theme added", "an outcome made a theme", "make these themes"])
def test_one_level_is_no_longer_said_once_there_are_more_themes(one_level, correct):
    corrected = correct(one_level)
    assert len(corrected.themes) > 1
    assert not _says(corrected, SINGLE_LEVEL_NOTE)
    assert not _says(corrected, ONE_LIST)
    assert _says(one_level, SINGLE_LEVEL_NOTE)  # the reading before is as it was


def test_what_the_reading_left_out_is_still_said_after_a_correction(one_level):
    left_out = [w for w in one_level.warnings if w.startswith("Left out")]
    assert left_out
    corrected = drop(add_theme(one_level, "A healthier city"), (1,))
    assert [w for w in corrected.warnings if w.startswith("Left out")] == left_out


def test_a_rename_keeps_the_notes_that_still_hold(one_level):
    renamed = rename(one_level, (0, 0), "Better homes for everyone")
    assert renamed.warnings == one_level.warnings and renamed.unsure == one_level.unsure


def test_make_these_themes_of_one_priority_no_longer_says_one_level():
    result = ImportResult(warnings=[f"{SINGLE_LEVEL_NOTE}, so each became an outcome under "
                                    "one theme, “Our plan”."],
                          themes=[ImportTheme("Our plan", outcomes=[ImportOutcome("Fair work")])])
    assert not _says(make_themes(result), SINGLE_LEVEL_NOTE)


def test_nothing_found_is_no_longer_said_once_a_priority_is_added():
    result = parse_priorities_text("We are proud of our town and the people who live here.")
    assert not result.themes and _says(result, NOTHING_FOUND)
    assert not _says(add_theme(result, "Thriving town centre"), NOTHING_FOUND)
    picked = add_selection(result, "Thriving town centre", None, as_theme=False)[0]
    assert not _says(picked, NOTHING_FOUND) and picked.outcome_count == 1


def test_one_priority_found_is_no_longer_said_once_there_is_a_second():
    result = ImportResult(unsure=f"{ONE_PRIORITY} Check the text, or try a fix below.",
                          themes=[ImportTheme("Our plan", outcomes=[ImportOutcome("Fair work")])])
    assert add_outcome(result, 0, "Clean air").unsure == ""
    assert drop(result, (0, 0)).unsure == result.unsure  # still one, or fewer: still said


def test_a_fix_that_reads_again_replaces_the_first_readings_notes():
    text = ("Our principles\n\n"
            "Local first – we buy from local firms wherever we can.\n\n"
            "Fair pay – everyone working on our contracts is paid the Real Living Wage.\n")
    result = parse_priorities_text(text)
    result.warnings = ["The text is very long, so only its beginning was read.",
                       "Left out the introduction before the first priority (1 line)."]
    fixed = each_paragraph_a_priority(result)
    assert fixed.warnings == ["The text is very long, so only its beginning was read.",
                              EACH_PARAGRAPH_NOTE]
    result.source = [("Local first – we buy local.", "Local first"),
                     ("Fair pay – the Real Living Wage.", "Fair pay")]
    bold = each_bold_name_a_priority(result)
    assert [o.title for o in bold.themes[0].outcomes] == ["Local first", "Fair pay"]
    assert not any(w.startswith("Left out") for w in bold.warnings)
