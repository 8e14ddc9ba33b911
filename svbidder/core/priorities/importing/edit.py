"""Step 5 of importing priorities: the person corrects the result in the preview.

A path is (theme_index,) for a theme or (theme_index, outcome_index) for an
outcome. Each operation returns a new ImportResult and leaves the old one as
it was, so the preview can keep its own undo list. A path that does not fit
raises IndexError; an operation that makes no sense there raises ValueError
with a sentence to show.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any, ParamSpec

from .model import (
    LONG_DOCUMENT,
    LONG_TEXT,
    NOTHING_FOUND,
    ONE_LIST,
    ONE_PRIORITY,
    SINGLE_LEVEL_NOTE,
    ImportOutcome,
    ImportResult,
    ImportTheme,
)

_Args = ParamSpec("_Args")


def _copy(result: ImportResult) -> ImportResult:
    return copy.deepcopy(result)


def _notes_that_still_hold(result: ImportResult) -> ImportResult:
    """The result without the notes on its shape that a correction has made untrue.

    The preview shows the reading's notes beside the tree. "No priorities were
    found" once one has been added, or "Only one level of priorities was found"
    once a second theme has been made, contradicts the tree in front of the person
    and sends them looking for a problem that is gone. Notes on what was left out
    or guessed stay: they are still true of the text. Changes ``result`` in place.
    """
    themes = len(result.themes)

    def untrue(note: str) -> bool:
        return ((themes > 0 and note.startswith(NOTHING_FOUND))
                or (themes != 1 and note.startswith((SINGLE_LEVEL_NOTE, ONE_LIST)))
                or (result.outcome_count >= 2 and note.startswith(ONE_PRIORITY)))

    result.warnings = [warning for warning in result.warnings if not untrue(warning)]
    if untrue(result.unsure):
        result.unsure = ""
    return result


def _a_correction(
        operation: Callable[_Args, ImportResult]) -> Callable[_Args, ImportResult]:
    """Each correction's result keeps only the notes that still hold of it."""
    @functools.wraps(operation)
    def corrected(*args: _Args.args, **kwargs: _Args.kwargs) -> ImportResult:
        return _notes_that_still_hold(operation(*args, **kwargs))
    return corrected


def _theme_at(result: ImportResult, index: int) -> ImportTheme:
    if not 0 <= index < len(result.themes):
        raise IndexError(f"There is no theme {index + 1}.")
    return result.themes[index]


def _outcome_at(result: ImportResult, t_index: int, o_index: int) -> ImportOutcome:
    theme = _theme_at(result, t_index)
    if not 0 <= o_index < len(theme.outcomes):
        raise IndexError(f"Theme {t_index + 1} has no outcome {o_index + 1}.")
    return theme.outcomes[o_index]


@_a_correction
def promote(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Make an outcome a theme. The outcomes after it in its theme move under it."""
    if len(path) != 2:
        raise ValueError("Only an outcome can be promoted: themes are already the top level.")
    new = _copy(result)
    t_index, o_index = path
    outcome = _outcome_at(new, t_index, o_index)
    theme = new.themes[t_index]
    followers = theme.outcomes[o_index + 1:]
    del theme.outcomes[o_index:]
    details = [outcome.description] if outcome.description else []
    promoted = ImportTheme(title=outcome.title, ref=outcome.ref,
                           description="\n\n".join(details), outcomes=followers)
    new.themes.insert(t_index + 1, promoted)
    return new


@_a_correction
def demote(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Make a theme an outcome of the theme above it; its own outcomes follow it there."""
    if len(path) != 1:
        raise ValueError("Only a theme can be demoted: outcomes are already the lowest level.")
    t_index = path[0]
    if t_index == 0:
        _theme_at(result, 0)
        raise ValueError("The first theme has no theme above it to go under.")
    new = _copy(result)
    theme = _theme_at(new, t_index)
    above = new.themes[t_index - 1]
    above.outcomes.append(ImportOutcome(title=theme.title, ref=theme.ref,
                                        description=theme.description))
    above.outcomes.extend(theme.outcomes)
    del new.themes[t_index]
    return new


@_a_correction
def merge(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Join an item with the next one at the same level (e.g. a title broken over two lines).

    Titles are joined with a space, descriptions with a blank line; a theme
    takes the next theme's outcomes.
    """
    new = _copy(result)
    first: ImportTheme | ImportOutcome  # the same kind as second; both have title and description
    second: ImportTheme | ImportOutcome
    if len(path) == 1:
        first = _theme_at(new, path[0])
        if path[0] + 1 >= len(new.themes):
            raise ValueError("This is the last theme: there is nothing after it to merge with.")
        second = new.themes.pop(path[0] + 1)
        first.outcomes.extend(second.outcomes)
    elif len(path) == 2:
        first = _outcome_at(new, *path)
        outcomes = new.themes[path[0]].outcomes
        if path[1] + 1 >= len(outcomes):
            raise ValueError("This is the last outcome in its theme: there is nothing after "
                             "it to merge with.")
        second = outcomes.pop(path[1] + 1)
        first.measures.extend(second.measures)
    else:
        raise IndexError("A path is (theme,) or (theme, outcome).")
    first.title = _join_titles(first.title, second.title)
    first.description = "\n\n".join(d for d in (first.description, second.description) if d)
    return new


def _join_titles(first: str, second: str) -> str:
    if first.endswith("-") and second[:1].islower():
        return first[:-1] + second
    return f"{first.rstrip()} {second.lstrip()}".strip()


@_a_correction
def split(result: ImportResult, path: tuple[int, ...], at: int) -> ImportResult:
    """Split an item's title at character ``at`` into two items at the same level.

    A theme's outcomes stay with the first part.
    """
    new = _copy(result)
    if len(path) == 1:
        item: Any = _theme_at(new, path[0])
        siblings: list[Any] = new.themes
    elif len(path) == 2:
        item = _outcome_at(new, *path)
        siblings = new.themes[path[0]].outcomes
    else:
        raise IndexError("A path is (theme,) or (theme, outcome).")
    first, second = item.title[:at].strip(" ,;:-–—"), item.title[at:].strip(" ,;:-–—")
    if not first or not second:
        raise ValueError("Choose a place inside the title to split it: both parts need words.")
    item.title = first
    twin = type(item)(title=second[:1].upper() + second[1:])
    siblings.insert(path[-1] + 1, twin)
    return new


@_a_correction
def rename(result: ImportResult, path: tuple[int, ...], title: str) -> ImportResult:
    """Change the title of a theme or outcome."""
    new = _copy(result)
    item = _theme_at(new, path[0]) if len(path) == 1 else _outcome_at(new, *path)
    cleaned = " ".join((title or "").split())
    if not cleaned:
        raise ValueError("A title cannot be empty. Use Drop to leave an item out.")
    item.title = cleaned
    return new


def drop(result: ImportResult, path: tuple[int, ...]) -> ImportResult:
    """Leave out a theme (with its outcomes) or an outcome."""
    return drop_all(result, [path])


@_a_correction
def drop_all(result: ImportResult, paths: list[tuple[int, ...]]) -> ImportResult:
    """Leave out several themes and outcomes in one step.

    When the importer read the wrong list, the person chooses all of its items at once
    (a shift-click) rather than leaving them out one by one. An outcome whose theme is
    left out too goes with it. Every path is checked before anything is changed, so a
    stale choice leaves the result as it was."""
    for path in paths:
        if len(path) == 1:
            _theme_at(result, path[0])
        elif len(path) == 2:
            _outcome_at(result, *path)
        else:
            raise IndexError("A path is (theme,) or (theme, outcome).")
    themes = {path[0] for path in paths if len(path) == 1}
    new = _copy(result)
    for path in sorted(set(paths), reverse=True):  # from the end: earlier indexes hold
        if len(path) == 2 and path[0] not in themes:
            del new.themes[path[0]].outcomes[path[1]]
    for index in sorted(themes, reverse=True):
        del new.themes[index]
    return new


@_a_correction
def move(result: ImportResult, path: tuple[int, ...], delta: int) -> ImportResult:
    """Move a theme or outcome up (``-1``) or down (``+1``) among its siblings.

    An outcome moved past the top or bottom of its theme goes to the end of the
    theme above or the start of the theme below.
    """
    new = _copy(result)
    if len(path) == 1:
        _theme_at(new, path[0])
        target = path[0] + delta
        if not 0 <= target < len(new.themes):
            raise ValueError("The theme is already at the " +
                             ("top." if delta < 0 else "bottom."))
        new.themes.insert(target, new.themes.pop(path[0]))
        return new
    t_index, o_index = path
    outcome = _outcome_at(new, t_index, o_index)
    outcomes = new.themes[t_index].outcomes
    target = o_index + delta
    if 0 <= target < len(outcomes):
        outcomes.insert(target, outcomes.pop(o_index))
    elif target < 0 and t_index > 0:
        outcomes.pop(o_index)
        new.themes[t_index - 1].outcomes.append(outcome)
    elif target >= len(outcomes) and t_index + 1 < len(new.themes):
        outcomes.pop(o_index)
        new.themes[t_index + 1].outcomes.insert(0, outcome)
    else:
        raise ValueError("The outcome is already at the " + ("top." if delta < 0 else "bottom."))
    return new


@_a_correction
def add_theme(result: ImportResult, title: str, *, index: int | None = None) -> ImportResult:
    """Add a theme (at the end, or at ``index``)."""
    new = _copy(result)
    theme = ImportTheme(title=" ".join(title.split()) or "New theme")
    new.themes.insert(len(new.themes) if index is None else index, theme)
    return new


@_a_correction
def add_outcome(result: ImportResult, theme_index: int, title: str) -> ImportResult:
    """Add an outcome at the end of a theme."""
    new = _copy(result)
    _theme_at(new, theme_index).outcomes.append(
        ImportOutcome(title=" ".join(title.split()) or "New outcome"))
    return new


# ------------------------------------------------------- one-click fixes

@_a_correction
def make_themes(result: ImportResult) -> ImportResult:
    """Every outcome becomes a theme; each keeps itself as its one outcome.

    For a document whose single level was read as outcomes but which are the
    council's themes. The Map maps against outcomes, so each new theme has one.
    """
    new = _copy(result)
    themes: list[ImportTheme] = []
    for theme in new.themes:
        if not theme.outcomes:
            themes.append(theme)
        for outcome in theme.outcomes:
            themes.append(ImportTheme(title=outcome.title, ref=outcome.ref,
                                      description=outcome.description,
                                      outcomes=[ImportOutcome(outcome.title, outcome.ref,
                                                              outcome.description,
                                                              outcome.measures)]))
    if not themes:
        raise ValueError("There are no priorities yet to make into themes.")
    new.themes = themes
    new.unsure = ""
    new.warnings = [w for w in new.warnings if not w.startswith(SINGLE_LEVEL_NOTE)]
    return new


def each_paragraph_a_priority(result: ImportResult) -> ImportResult:
    """Read the document again with every paragraph as one priority.

    "Name – what it means" paragraphs give the name as the title and the rest
    as guidance. Contact details and web-page debris are still left out.
    """
    from .furniture import debris_reason
    from .lines import _contact_reason
    from .named import split_pair

    outcomes: list[ImportOutcome] = []
    for text, _bold in result.source:
        if not text.strip() or _contact_reason(text) or debris_reason(text):
            continue
        pair = split_pair(text)
        title, guidance = pair if pair else (text, "")
        outcomes.append(ImportOutcome(title=_clip(title), description=guidance))
    if not outcomes:
        raise ValueError("There are no paragraphs to use: paste or open the document again.")
    return _one_theme_of(result, outcomes, EACH_PARAGRAPH_NOTE)


def each_bold_name_a_priority(result: ImportResult) -> ImportResult:
    """Read the document again with every bold name starting a priority.

    The bold words are the title; the rest of that paragraph and the plain
    paragraphs after it, up to the next bold name, are its guidance.
    """
    outcomes: list[ImportOutcome] = []
    for text, bold in result.source:
        if bold:
            rest = text[len(bold):].strip(" :–—-") if text.startswith(bold) else ""
            outcomes.append(ImportOutcome(title=_clip(bold.strip(" :–—-")), description=rest))
        elif outcomes and text.strip():
            last = outcomes[-1]
            last.description = "\n\n".join(p for p in (last.description, text.strip()) if p)
    if not outcomes:
        raise ValueError("No bold names were found in the document.")
    return _one_theme_of(result, outcomes, EACH_BOLD_NAME_NOTE)


def available_fixes(result: ImportResult) -> list[str]:
    """The one-click fixes that make sense for this result, by name of the function."""
    fixes: list[str] = []
    if sum(1 for text, _ in result.source if text.strip()) >= 2:
        fixes.append("each_paragraph_a_priority")
    if sum(1 for _, bold in result.source if bold) >= 2:
        fixes.append("each_bold_name_a_priority")
    if result.outcome_count >= 2 and any(len(t.outcomes) > 1 for t in result.themes):
        fixes.append("make_themes")
    return fixes


EACH_PARAGRAPH_NOTE = ("Each paragraph was made one priority. Contact details and text "
                       "copied from around the web page were left out.")
EACH_BOLD_NAME_NOTE = ("Each bold name was made one priority, with the words after it, up to "
                       "the next bold name, as what it means.")


def _one_theme_of(result: ImportResult, outcomes: list[ImportOutcome],
                  note: str) -> ImportResult:
    """The fix's outcomes under one theme. The first reading's notes described what it
    left out and guessed, which this reading does not: only a note that the text was
    cut short still holds, beside a note on how this one was made."""
    new = _copy(result)
    new.themes = [ImportTheme(title="Priorities", outcomes=outcomes)]
    new.unsure = ""
    new.warnings = [w for w in new.warnings if w.startswith((LONG_TEXT, LONG_DOCUMENT))]
    new.warnings.append(note)
    return new


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
