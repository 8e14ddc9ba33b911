"""Step 2 of importing priorities: nest the classified lines into an outline.

Headings nest by level; list marks nest in the order they first appear inside
one another, as a word processor does; a labelled line ("Theme 1:") ranks
between the two. Before nesting, :func:`prepare_lines` settles what a line's
neighbours say about it: a run of short lines after a heading is a list, a
one-sentence objective above a "Priorities" heading names its list, and the
document's own title is kept apart. Prose goes under the item above it as its
description, or is left out with the reason the preview shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .announced import (
    AFTER_LIST,
    INTRODUCES,
    INTRODUCES_MORE,
    NAMING,
    VALUES_LEAD,
    VISION_LEAD,
    is_statement,
)
from .lines import (
    _SKIP_SECTION,
    _contact_reason,
    _item,
    _Line,
    _plain,
    _words,
    first_word,
    generic_heading,
    is_skip_heading,
)
from .model import MAX_TITLE
from .named import split_pair


@dataclass
class Node:
    """One heading or list item, with the prose under it and the items it holds."""

    text: str
    sig: tuple[Any, ...] = ()
    ref: str = ""
    hint: str = ""
    heading: bool = False
    paragraphs: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    announced: bool = False  # one of the N priorities a lead-in sentence announced
    holds_a_label: bool = False  # a labelled item ("Our objective: …") is among its children


# Said of the lines before the first priority; a reading that finds no priority takes it
# back, as there is no "first priority" for the text to come before.
INTRODUCTION_NOTE = "Left out the introduction before the first priority"
_RANK = {"h": 0, "table": 1, "bold": 1, "lead": 1, "label": 2}


def _rank(sig: tuple[Any, ...]) -> int:
    return _RANK.get(sig[0], 3)


def _can_contain(parent: tuple[Any, ...], child: tuple[Any, ...]) -> bool:
    if parent[0] == child[0]:
        if len(parent) > 2 and len(child) > 2 and parent[1] == child[1]:
            return parent[2] < child[2]  # a kind of bullet seen later: a level down
        if len(parent) > 1 and len(child) > 1:
            return parent[1] < child[1]
        return False
    parent_rank, child_rank = _rank(parent), _rank(child)
    if parent_rank == 3 and child_rank == 3:
        return True  # one kind of list inside another, nested as they first appear
    return parent_rank < child_rank


# "We want:", "Working with partners, we will:": a first-person sentence leading into a list
_WE_LEAD = re.compile(r"\b(?:we|I)\s+(?:will|want|aim|intend|plan)\b[^:.]{0,40}:$",
                      re.IGNORECASE)

_NUMBERED = (("dec",), ("roman",), ("alpha",), ("label",), ("wlist",))


# "Only 57.6% of children … are meeting …", "Life expectancy … is 81.5 years": a figure
# said of how things are now
_HOW_THINGS_ARE = re.compile(r"\b(?:is|are|has|have)\b(?!\s+to\b)", re.IGNORECASE)
FACTS = "a figure about how things are now, not a priority"


def _a_fact(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and bool(_HOW_THINGS_ARE.search(text))


def _facts_left_out(result: list[_Line], theme: _Line) -> None:
    """The list straight under a labelled theme, before what we want and will do, when
    each of its items states a figure about how things are now (a council's key facts
    beside its aims), is left out rather than taken as the theme's first outcomes. Only
    the theme's first list: after one lead-in, the next list is more of what we want."""
    start = next(i for i in range(len(result) - 1, -1, -1) if result[i] is theme) + 1
    items = [line for line in result[start:] if line.kind != "prose"]  # (a paragraph after)
    if not items or any(line.settled for line in result[start:]):
        return
    if not all(line.kind == "item" and not line.heading and
               "will" not in line.text.casefold().split() and _a_fact(line.text)
               for line in items):
        return
    for line in items:
        line.kind, line.reason = "skip", FACTS


_OVER_ITS_SIBLINGS = "a heading that only names the priorities under it"


def _names_its_siblings(lines: list[_Line], index: int) -> bool:
    """Whether a heading only names the headings after it at its own level, with nothing
    under it ("Our strategic themes" then "Offering opportunity", both Heading 2 in a
    Word file): it stands over them, not beside them as one more priority."""
    line = lines[index]
    following = _next_meaningful(lines, index + 1)
    return line.kind == "item" and line.heading and line.sig[:1] == ("h",) and \
        generic_heading(line.text) and following is not None and \
        following.kind == "item" and following.heading and following.sig == line.sig and \
        not generic_heading(following.text)


def prepare_lines(lines: list[_Line]) -> list[_Line]:
    """Join wrapped lines and spot short lines that head a list."""
    lines = [_Line("skip", line.text, reason=_OVER_ITS_SIBLINGS)
             if _names_its_siblings(lines, index) else line for index, line in enumerate(lines)]
    result: list[_Line] = []
    last_item: _Line | None = None
    described: _Line | None = None  # a heading whose list a sentence introduced
    theme: _Line | None = None  # the labelled theme ("Key priority: …") the lines are under
    facts_looked_for: _Line | None = None  # (once per theme: the search goes back to it)
    for index, line in enumerate(lines):
        if line.kind == "prose" and result:
            previous = result[-1]
            # A wrapped list item: the next line carries on without a blank line.
            if (previous.kind == "item" and previous.continues and line.text
                    and (line.indent > 0 or line.text[:1].islower() or line.text[:1] in "(&")
                    and not previous.text.endswith((".", ":", "?", "!"))):
                previous.text = f"{previous.text} {line.text}"
                continue
        if line.kind == "prose":
            following = _next_meaningful(lines, index + 1)
            short = (not line.settled and _words(line.text) <= 14
                     and not line.text.endswith((".", ";", ",", "?", "!")))
            # "We want suppliers to:" straight under a heading introduces that heading's
            # list: it is the heading's description, not a level of its own.
            under_heading = line.text.endswith(":") and last_item is not None and \
                last_item.heading
            if under_heading:
                described = last_item
            elif line.text.endswith(":") and described is not None and last_item is not None \
                    and last_item.kind == "item" and not last_item.heading:
                # "And ensure that residents share in the benefits by:" after that list
                # introduces more of the same heading's list
                under_heading = line.settled = True
            elif theme is not None and line.text.endswith(":") and \
                    _WE_LEAD.search(line.text[-80:]) and not NAMING.search(line.text):
                # "Key priority: strengthening our communities" / - its facts / "We want:" /
                # - …: what we want and will do under a labelled theme is that theme's
                # list, not a stand-in theme of its own
                under_heading = line.settled = True
                if facts_looked_for is not theme:
                    facts_looked_for = theme
                    _facts_left_out(result, theme)
            describes = bool(result) and result[-1].sig == ("para",)  # a name's description
            # "1. Good homes" / "Our priorities are to:" / - …: the numbered item's own list
            describes = describes or (line.text.endswith(":") and bool(result) and
                                      result[-1].kind == "item" and not result[-1].heading and
                                      result[-1].sig[:1] in _NUMBERED)
            if short and not under_heading and not describes and following is not None and \
                    following.kind == "item" and not following.heading and \
                    following.sig[:1] != ("label",) and \
                    not _contact_reason(line.text):
                section = _skip_heading_above(result) \
                    if _words(line.text) >= DESCRIPTION_WORDS else None
                if section is not None:
                    # "Next Steps" / "Testing and redrafting the plan …" / - …: the section
                    # heading heads the list, the line under it describes it
                    result[section] = _Line("item", _plain(result[section].text), ("lead",),
                                            "", "", result[section].indent, heading=True)
                    last_item = result[section]
                    result.append(line)
                    continue
                title = _plain(line.text.rstrip(":"))
                if generic_heading(title) and _objective_above(result):
                    # "We will reform the way we deliver care." / "Priorities" / - …: the
                    # objective names the list, not the word over it
                    title = result.pop().text.rstrip(". ")
                result.append(_Line("item", title, ("lead",), "", "", line.indent,
                                    heading=True))
                last_item = result[-1]
                continue
        if line.kind == "item" and line.heading and generic_heading(line.text):
            _named_by_the_objective_above(line, result)
        if line.kind == "item":
            last_item = line
            if line.heading:
                described = None
                labelled = line.sig[:1] == ("label",) and line.hint == "theme"
                theme = line if labelled else None
        result.append(line)
    return _short_runs_as_items(result)


SECTION_NAME_WORDS = 4
DESCRIPTION_WORDS = 6  # (a shorter line under "Related documents" is the next heading)


def _skip_heading_above(result: list[_Line]) -> int | None:
    """The index of the last line, when it is a short plain line naming a section about
    the document ("Next Steps", "Background"), or None."""
    at = next((i for i in range(len(result) - 1, -1, -1) if result[i].kind != "blank"), None)
    if at is None or result[at].kind != "prose" or result[at].settled:
        return None
    text = result[at].text.strip()
    return at if _words(text) <= SECTION_NAME_WORDS and not text.endswith((".", ":")) and \
        is_skip_heading(text) else None


def _named_by_the_objective_above(heading: _Line, result: list[_Line]) -> None:
    """"We will reform the way we deliver care." over a heading "Priorities" and its list
    in a Word file: the objective names the list, not the word over it."""
    above = len(result)
    while above > 0 and result[above - 1].kind == "blank":
        above -= 1
    if _objective_above(result[:above]):
        heading.text = result.pop(above - 1).text.rstrip(". ")


def _short_runs_as_items(result: list[_Line]) -> list[_Line]:
    """Runs of short plain lines under a heading are a list written without markers
    (straight after a list's items they are what follows the list, not a list inside
    its last item)."""
    final: list[_Line] = []
    index = 0
    while index < len(result):
        line = result[index]
        if line.kind == "prose" and final and _is_short_item(line):
            run_end = index
            while run_end < len(result) and result[run_end].kind == "prose" and \
                    _is_short_item(result[run_end]):
                run_end += 1
            above = _last_item(final)
            if run_end - index >= 2 and above is not None and \
                    (above.heading or above.sig[:1] == ("plain",)) and \
                    not _wraps_into_a_sentence(result, run_end):
                for item in result[index:run_end]:
                    final.append(_item(item.text, ("plain",), item.indent))
            else:  # not a list: keep the whole run as it is (looking once, not per line)
                final.extend(result[index:run_end])
            index = run_end
            continue
        final.append(line)
        index += 1
    return final


WRAPPED_LINE_CHARS = 50


def _wraps_into_a_sentence(lines: list[_Line], run_end: int) -> bool:
    """True when the run's last line is a long line a sentence carries on from, as a
    PDF viewer's paste breaks a paragraph ("On behalf of the Council, we are
    delighted to introduce your Council" / "Plan for the years 2018-2023.")."""
    last = lines[run_end - 1]
    after = lines[run_end] if run_end < len(lines) else None
    return (len(last.text) >= WRAPPED_LINE_CHARS and after is not None
            and after.kind == "prose" and after.text.rstrip().endswith("."))


OBJECTIVE_WORDS = 40


def _objective_above(result: list[_Line]) -> bool:
    """Whether the line before is a one-sentence objective that a generic heading
    ("Priorities", "Actions") and its list sit under."""
    if not result or result[-1].kind != "prose" or result[-1].settled:
        return False
    text = result[-1].text.rstrip()
    heading = next((line for line in reversed(result[:-1]) if line.kind != "blank"), None)
    if heading is not None and heading.kind == "item" and heading.heading and (
            is_skip_heading(heading.text) or VALUES_LEAD.search(heading.text)
            or VISION_LEAD.match(heading.text)):
        return False  # "Introduction" / "This strategy sets out what we will do …", or
        # "Our values" / "We listen and we use our resources wisely.": that section's text
    if heading is not None and heading.kind == "prose" and first_word(heading.text) == \
            first_word(text):
        return False  # "To provide …" / "To be a strong voice …": one of a list of aims
    return (_words(text) <= OBJECTIVE_WORDS and text.endswith(".")
            and text.count(". ") == 0 and text[:1].isupper()
            and _commits(text)  # not "Our arrangements are supported by …"
            and not _THE_DOCUMENT.match(text)
            and not is_statement(text) and split_pair(text) is None)  # not "Mission - …"


# "This strategy sets out …": the document speaks of itself, it sets no objective
_THE_DOCUMENT = re.compile(r"^(?:this|the|our) (?:new )?(?:plan|strategy|document|report|"
                           r"policy|framework|charter)\b", re.IGNORECASE)


def _commits(text: str) -> bool:
    """Whether a sentence reads as an objective: what someone will do ("We will …",
    "To reduce …", "The council will …")."""
    words = text.split()
    return words[0].lower() == "to" or "will" in (word.lower() for word in words[:8])


def _is_short_item(line: _Line) -> bool:
    text = line.text
    return (not line.settled and 0 < _words(text) <= 14
            and not text.endswith((".", ";", ",", ":", "?", "!"))
            and text[:1].isupper() and not _contact_reason(text))


def _last_item(lines: list[_Line]) -> _Line | None:
    for line in reversed(lines):
        if line.kind == "item":
            return line
        if line.kind == "prose":
            return None
    return None


def _next_meaningful(lines: list[_Line], start: int) -> _Line | None:
    for line in lines[start:start + 3]:
        if line.kind != "blank":
            return line
    return None


def _title_block(lines: list[_Line]) -> tuple[str, int]:
    """The document's title from its first lines, and how many lines it takes.

    One to three short lines without full stops, then a blank line, before
    anything else: "Anytown Borough Council" / "Social Value Framework 2026".
    """
    parts: list[str] = []
    index = 0
    while index < len(lines) and lines[index].kind in ("blank", "skip"):
        index += 1  # "Skip to main content" and the like come before a web page's title
    while index < len(lines) and lines[index].kind in ("prose", "item") and len(parts) < 3:
        line = lines[index]
        if line.kind == "item" and line.sig != ("lead",):
            break
        if _words(line.text) > 12 or line.text.endswith((".", ";", ",", "?", "!")) or \
                _contact_reason(line.text) or is_skip_heading(line.text):
            break
        if parts and line.text.startswith(parts[-1]):
            parts.pop()  # a breadcrumb's last step, then the page's own longer title
        parts.append(line.text.rstrip(":"))
        index += 1
    ends = index < len(lines) and (lines[index].kind == "blank" or (
        lines[index].kind == "prose" and lines[index].text.endswith((".", "!"))))
    if not parts or not ends:  # a title is followed by a blank line or a paragraph
        return "", 0
    following = next((line for line in lines[index:] if line.kind != "blank"), None)
    if following is None or (following.kind == "item" and not following.heading):
        return "", 0  # a short line heading a list is a theme, not the title
    return " – ".join(parts), index


def _place_prose(line: _Line, current: Node, stack: list[tuple[tuple[Any, ...], Node]],
                 root: Node, after_blank: bool) -> int:
    """Give a paragraph to the item it explains; 1 when it is introduction, else 0.

    Text straight under an item explains it; a paragraph after a list belongs to
    the heading the list is under. A named paragraph's name owns the paragraphs
    after it, blank line or not; a list a shape pass made prose ("ways to use this
    framework") is not the last priority's guidance.
    """
    owns = not line.settled and (not after_blank or current.heading
                                 or current.sig == ("para",))
    owner = current if owns else next(
        (node for _, node in reversed(stack) if node.heading), root)
    if owner is not root:
        owner.paragraphs.append(line.text)
    elif line.settled and root.children:  # (before any priority: the introduction)
        root.left_out.append((line.text, AFTER_LIST))
    else:
        return 1
    return 0


def build_tree(lines: list[_Line], warnings: list[str]) -> tuple[Node, str]:
    root = Node("")
    stack: list[tuple[tuple[Any, ...], Node]] = []
    name, used = _title_block(lines)
    lines = [line for line in lines[:used] if line.kind == "skip"] + lines[used:]
    intro_lines = 0
    after_blank = False
    paragraphs = 0  # whole paragraphs since the last item
    gap = False  # a blank line just before this one
    for line in lines:
        if line.kind == "blank":
            after_blank = gap = True
            continue
        starts_a_paragraph, gap = gap, False
        if line.kind == "name":
            name = name or line.text
            continue
        current = stack[-1][1] if stack else root
        if line.kind == "skip":
            if line.reason and line.reason != "table headings":
                current.left_out.append((line.text, line.reason))
            if line.reason in (INTRODUCES, INTRODUCES_MORE):
                _close_announced(stack)  # a new counted list: not the points of the last
            continue
        reason = _contact_reason(line.text) if line.kind in ("item", "prose") else ""
        if reason and not (line.kind == "item" and line.heading and _SKIP_SECTION.match(
                line.text)):
            current.left_out.append((line.text, reason))
            continue
        if line.kind == "prose":
            intro_lines += _place_prose(line, current, stack, root, after_blank)
            if starts_a_paragraph and not line.settled:
                paragraphs += 1
            if paragraphs >= SECTION_PARAGRAPHS:
                _close_items(stack, root)
            continue
        after_blank = False
        paragraphs = 0
        if not line.text.strip():
            continue
        sig = line.sig
        _close_for(sig, stack)
        if len(stack) >= 24:  # a pathological outline: keep it flat past this depth
            stack.pop()
        parent = stack[-1][1] if stack else root
        text = line.text[:MAX_TITLE * 4]
        if text[:1].islower() and not text[1:2].isupper():  # "recruit locally" → "Recruit…"
            text = text[:1].upper() + text[1:]
        node = Node(text, sig, line.ref, line.hint, line.heading, announced=line.announced)
        parent.children.append(node)
        parent.holds_a_label = parent.holds_a_label or sig[:1] == ("label",)
        stack.append((sig, node))
    if intro_lines:
        warnings.append(f"{INTRODUCTION_NOTE} ({intro_lines} line{'s' * (intro_lines != 1)}).")
    return root, name


SECTION_PARAGRAPHS = 2  # paragraphs after a list that end it: the next list is not inside


def _close_items(stack: list[tuple[tuple[Any, ...], Node]], root: Node) -> None:
    """Close the open items of lists above the last heading: paragraphs after a list
    end it, so a list after them ("1. Health and wellbeing" after "- balances …" and
    two paragraphs) is not inside the first list's last item. A lone numbered line over
    paragraphs ("4.1 Child first") is a section's heading, and stays open."""
    while stack and not stack[-1][1].heading:
        sig = stack[-1][0]
        parent = stack[-2][1] if len(stack) > 1 else root
        if sum(1 for child in parent.children if child.sig == sig) < 2:
            return
        stack.pop()


def _close_announced(stack: list[tuple[tuple[Any, ...], Node]]) -> None:
    """Close the items of a counted list, and all inside them: the sentence that counts
    the next list comes after them, so its items are not their points."""
    first = next((i for i, (_, node) in enumerate(stack) if node.announced), None)
    if first is not None:
        del stack[first:]


def _close_for(sig: tuple[Any, ...], stack: list[tuple[tuple[Any, ...], Node]]) -> None:
    """Close the open items a line of this kind cannot sit inside: an item of a kind
    already open closes that one and all inside it."""
    existing = [i for i, (s, _) in enumerate(stack) if s == sig]
    theme = _labelled_theme_at(stack) if sig == ("lead",) or sig[:1] == ("label",) else None
    if existing:
        del stack[existing[0]:]
        return
    if theme is not None:
        # "Priority: Homes" / "Our objective: …" / "Outcomes" / - …: a heading inside the
        # labelled theme, not a level above it (the next "Priority: …" would nest under
        # it); and the theme's next "Outcome: …" goes under the theme, not "Outcomes"
        del stack[theme + 1:]
        if sig == ("lead",):
            return
    while stack and not _can_contain(stack[-1][0], sig):
        stack.pop()


def _labelled_theme_at(stack: list[tuple[tuple[Any, ...], Node]]) -> int | None:
    """Where a labelled theme ("Priority: …") holding a labelled outcome ("Our objective:
    …") is open on the stack, if one is."""
    return next((i for i, (sig, node) in enumerate(stack)
                 if sig[:1] == ("label",) and node.hint == "theme" and node.holds_a_label),
                None)
