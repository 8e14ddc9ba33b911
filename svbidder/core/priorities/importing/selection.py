"""Priorities picked out of the document's text by hand in the preview.

When the importer cannot read a document (its outcomes inside one sentence of a news
story, a contents page run together), or left out a list the person wants (a page's
"Our goals are:" beside its "Our priorities:"), the person selects the words in the
text beside the preview and adds them as a theme or an outcome. A selection of one
priority's words becomes one title, even when it runs over a wrapped line; a selection
of a whole list becomes one priority per item, so a left-out list of eight comes back
in one click rather than eight. So does a list written inside a sentence ("good
governance, the legacy of the conflict and protecting human rights"): selected alone,
each name it lists becomes a priority, unless the person asks to keep it whole.
"""

from __future__ import annotations

import re

from .edit import add_outcome, add_theme
from .inline_lists import LONG_NAME_WORDS, coordinated_names
from .lines import _marker, ends_mid_sentence, tidy, unshouted
from .model import (
    DEFAULT_NAME,
    MAX_OUTCOMES,
    MAX_THEMES,
    MAX_TITLE,
    ImportResult,
)
from .named import split_pair

# How a line ends when the page wrapped it there: on a comma, a bracket or a dash ("… long,")
_ENDS_PART_WAY = (",", "(", "&", "/", "\u2013", "-")
_ENDS_SENTENCE = (".", ";", ":", "!", "?")

# A title longer than this, with a short name and a dash or colon after it, is a name
# with its meaning: "Improve quality – innovate, improve and learn – so everyone …"
_NAMED_WORDS = 12


def selected_items(text: str) -> tuple[str, list[str]]:
    """The lead-in and the priorities in a selection: one per list item, per line or per
    paragraph.

    A line starts a new item when it has a list mark, follows a blank line, or does not
    read on from the line before. A first line ending in a colon that leads into the
    rest ("Our goals are:") introduces them and is not one of them; it is returned as
    the lead-in ("" when there is none), and any later such line is dropped."""
    items: list[str] = []
    joins_on = False  # whether the next line may carry on the last item
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            joins_on = False
            continue
        marked = _marker(line, []) is not None
        if items and joins_on and not marked and _reads_on(items[-1], line):
            items[-1] = f"{items[-1]} {line}"
        else:
            items.append(line)
        joins_on = True
    if len(items) < 2:
        return "", items
    lead_in = items[0] if items[0].endswith(":") else ""
    return lead_in, [item for item in items if not item.endswith(":")]


# Fewer names than this are one priority's words ("Health and wellbeing")
LISTED_NAMES = 3
# A list inside a sentence is a few short names; a longer selection is not read as one
# (so the names are sought in a bounded text)
LISTED_CHARS = 1500
# A thousands comma ("1,000 homes") parts no names
_THOUSANDS = re.compile(r"\d,\d")
_SPACED_DASH = re.compile(r" [-\u2013\u2014] ")
# The sentence's own words before its list, selected with it: "Our aims are to focus on
# A, …" is not a name (the person is asked to select the list itself)
_SENTENCE_VERB = re.compile(r"\b(?:are|is|was|were|will|include|includes|focus|focuses)\b",
                            re.IGNORECASE)


def listed_names(text: str) -> list[str]:
    """The names of a list written inside a sentence, when ``text`` is one: "good
    governance, the legacy of the conflict and protecting human rights" gives three
    names; "A; B; and C" and "A - B - C" too. Returns [] for one priority's words:
    fewer than :data:`LISTED_NAMES` names, a part too long to be a name, a figure with
    a thousands comma, one-word parts sharing the last part's words ("Reduce, reuse and
    recycle waste", "safe, strong and healthy communities", "lives in respectful, safe
    and vibrant communities"), a first part that carries the sentence's own verb ("Our
    aims are to focus on A"), or a selection longer than :data:`LISTED_CHARS`."""
    if len(text) > LISTED_CHARS:
        return []
    flat = _words_only(text).rstrip(".")
    if _THOUSANDS.search(flat):
        return []
    if _SPACED_DASH.search(flat):  # "Finance - Schools, Skills and Lifelong Learning - …"
        return _dashed_names(flat)
    semicolons = ";" in flat
    parts = [part.strip() for part in flat.split(";" if semicolons else ",") if part.strip()]
    count = len(parts) + (" and " in parts[-1] and not parts[-1].startswith("and "))
    if len(parts) < 2 or count < LISTED_NAMES:
        return []
    names = coordinated_names(flat, count)
    if not names or _SENTENCE_VERB.search(names[0]) or _share_the_last_words(flat, names):
        return []
    return names


def _share_the_last_words(flat: str, names: list[str]) -> bool:
    """Whether one-word parts before a longer last part are words of one phrase that the
    last part ends ("Reduce, reuse and recycle waste"; "… respectful, safe and vibrant
    communities"), not names: all of them one word, or a lower-case one in the middle."""
    if len(names[-1].split()) == 1:
        return False
    return all(len(name.split()) == 1 for name in names[:-1]) or any(
        len(name.split()) == 1 and name.islower() for name in _as_written(flat, names[1:-1]))


def _dashed_names(flat: str) -> list[str]:
    """The names of a list parted by spaced dashes, each of them short; [] for a name
    with its meaning ("Buy local – spend with local firms")."""
    names = [part.strip() for part in _SPACED_DASH.split(flat)]
    if len(names) < LISTED_NAMES or not all(
            1 <= len(name.split()) <= LONG_NAME_WORDS for name in names):
        return []
    return [name[:1].upper() + name[1:] for name in names]


def _as_written(flat: str, names: list[str]) -> list[str]:
    """Names as the selection wrote them (the list gives them a capital first letter)."""
    written = []
    for name in names:
        at = flat.casefold().find(name.casefold())
        written.append(flat[at:at + len(name)] if at >= 0 else name)
    return written


def names_listed_in(text: str) -> list[str]:
    """The names a selection is parted into as a list written inside a sentence, or []
    when it is not one (several lines, or one priority's words)."""
    _, items = selected_items(text)
    return _names_of(items)


def _names_of(items: list[str]) -> list[str]:
    """A selection's one item parted into the names it lists ([] for several items)."""
    return listed_names(items[0]) if len(items) == 1 else []


def _reads_on(before: str, line: str) -> bool:
    """Whether ``line`` carries on ``before`` (the page wrapped it) rather than starting
    the next priority."""
    if before.endswith(_ENDS_SENTENCE):
        return False
    return line[:1].islower() or before.endswith(_ENDS_PART_WAY) or ends_mid_sentence(before)


def title_from_selection(text: str) -> str:
    """The words a person selected in the document's text, as a priority's title.

    A selection is rough: it may run over a line break, start at a list mark ("• ",
    "3. ") or at the "and" before a sentence-list's last part, or end with a list's glue
    ("…;", "… and") or a full stop. The title is the words alone, on one line, not in
    capitals, with a capital first letter as the importer gives its titles. Raises
    ValueError, with a sentence to show, when nothing is selected or the selection is
    longer than a title can be."""
    title, _ = _title_and_meaning(text, named=False)
    return title


def _title_and_meaning(text: str, *, named: bool) -> tuple[str, str]:
    """(title, description) for one selected priority. A "Name – what it means" item is
    parted at its dash when ``named`` (an item of a list selected whole) or when it is
    too long to be a title; a long sentence keeps its first sentence as the title."""
    flat = _words_only(text)
    if not any(ch.isalnum() for ch in flat):
        raise ValueError("Select the words of a priority in the text on the left first.")
    if named and len(flat.split()) > _NAMED_WORDS or len(flat) > MAX_TITLE:
        pair = split_pair(_unmarked(text))  # (its meaning keeps its full stop)
        if pair is not None:
            return _capitalised(_words_only(pair[0])), _capitalised(pair[1])
    if len(flat) > MAX_TITLE:
        first, stop, rest = flat.partition(". ")
        if stop and len(first) <= MAX_TITLE:
            return _capitalised(first), _capitalised(rest)
        raise ValueError(f"That selection is {len(flat):,} characters long, more than a "
                         "priority's title. Select just its name, and add the rest by hand "
                         "once the priorities are added.")
    return _capitalised(flat), ""


def _words_only(text: str) -> str:
    """The selection on one line, without its list mark, its list glue or capitals."""
    flat = unshouted(tidy(_unmarked(text)).strip(" ;,:\u2013-"))
    for joining in ("and ", "or ", "& "):  # the last part of a list in a sentence
        if flat.casefold().startswith(joining) and len(flat) > len(joining):
            flat = flat[len(joining):]
    return flat


def _unmarked(text: str) -> str:
    """The selection on one line, without its list mark."""
    flat = " ".join(text.split())
    marked = _marker(flat, [])
    return marked[2].strip() if marked is not None and marked[2].strip() else flat


def _capitalised(title: str) -> str:
    title = title.strip(" ;,:\u2013-")
    return title[:1].upper() + title[1:]


def add_selection(result: ImportResult, text: str, path: tuple[int, ...] | None, *,
                  as_theme: bool, keep_whole: bool = False
                  ) -> tuple[ImportResult, tuple[int, ...]]:
    """Add the words selected in the document's text as themes or outcomes.

    One priority's words make one; a list selected whole makes one per item, each
    with its meaning as the description where the item gives one; so does a list
    inside a sentence, one per name (:func:`listed_names`), unless ``keep_whole``.
    Themes go after the theme at ``path`` (or at the end); outcomes go at the end of the
    theme at ``path`` (or of the last theme). A list selected with its lead-in ("Our
    goals are:") and added as a theme makes one theme named by the lead-in, the items
    its outcomes. With no theme yet, outcomes get one named after the document, as the
    importer gives a single level of priorities, so the Map has outcomes to map against.
    Returns the new result and the first new item's path; raises ValueError, with a
    sentence to show, when nothing can be added."""
    lead_in, items = selected_items(text)
    if not keep_whole:
        items = _names_of(items) or items
    one_theme = as_theme and bool(lead_in and items)
    # (room is checked before each item is read, so a huge selection stops at once)
    if as_theme:
        _check_room("themes", len(result.themes), 1 if one_theme else max(len(items), 1),
                    MAX_THEMES)
    if one_theme or not as_theme:
        _check_room("outcomes", result.outcome_count, max(len(items), 1), MAX_OUTCOMES)
    named = len(items) > 1
    parts = [_title_and_meaning(item, named=named) for item in items] or [
        _title_and_meaning(text, named=False)]  # (raises: nothing selected)
    if one_theme:
        themed, at = _add_themes(result, [(_lead_in_title(lead_in), "")], path)
        return _add_outcomes(themed, parts, at)[0], at
    if as_theme:
        return _add_themes(result, parts, path)
    return _add_outcomes(result, parts, path)


# the lead-in's verb, left off when it names a theme: "Our goals are:" gives "Our goals"
# (matched on the line with its spaces made single, so no run of spaces is scanned twice)
_LEAD_IN_VERB = re.compile(r" (?:are|is|include|includes|will be|were)$", re.IGNORECASE)


def _lead_in_title(lead_in: str) -> str:
    """A theme's title from the line that led into its list."""
    flat = " ".join(lead_in.rstrip(":").split())
    title, _ = _title_and_meaning(_LEAD_IN_VERB.sub("", flat), named=False)
    return title


def _add_themes(result: ImportResult, parts: list[tuple[str, str]],
                path: tuple[int, ...] | None) -> tuple[ImportResult, tuple[int, ...]]:
    _check_room("themes", len(result.themes), len(parts), MAX_THEMES)
    first = path[0] + 1 if path else len(result.themes)
    new = result
    for offset, (title, meaning) in enumerate(parts):
        new = add_theme(new, title, index=first + offset)
        new.themes[first + offset].description = meaning
    return new, (first,)


def _add_outcomes(result: ImportResult, parts: list[tuple[str, str]],
                  path: tuple[int, ...] | None) -> tuple[ImportResult, tuple[int, ...]]:
    _check_room("outcomes", result.outcome_count, len(parts), MAX_OUTCOMES)
    new = result
    if not new.themes:
        new = add_theme(new, result.name if result.name != DEFAULT_NAME else "Priorities")
    theme_index = path[0] if path else len(new.themes) - 1
    first = len(new.themes[theme_index].outcomes)
    for title, meaning in parts:
        new = add_outcome(new, theme_index, title)
        new.themes[theme_index].outcomes[-1].description = meaning
    return new, (theme_index, first)


def _check_room(kind: str, present: int, adding: int, limit: int) -> None:
    """Raise, with a sentence to show, when ``adding`` more would pass the import's limit."""
    if present + adding <= limit:
        return
    if present >= limit:
        raise ValueError(f"There are already {limit:,} {kind}, as many as can be added.")
    raise ValueError(f"That selection holds {adding:,} {kind}, but there is room for only "
                     f"{limit - present:,} more. Select fewer lines.")
