"""Lists of actions read back when a copy lost every mark.

A council's priorities page often gives each theme as a short heading over a bulleted
list of actions ("Active, fulfilled lives" / "• Improve the accessibility of leisure"
/ "• Tackle the causes of poverty"), or numbers paragraphs that each open with an
action ("1. Investing in prevention …"). A browser's plain-text copy can drop the
heading's size, the bullets and the numbers, leaving runs of plain lines. The actions
still open with a verb ("Improve …", "Tackle …", "Working with …") and the theme names
do not, so the passes here read the runs back into their lists and levels: themes
over actions, actions under a labelled theme, paragraphs each opening with an action,
and lines after a lead-in each opening with one.
"""

from __future__ import annotations

import re

from .action_verbs import ACTION_SHARE, opens_with_an_action, opens_with_an_ing_action
from .announced import line_count
from .furniture import title_like
from .lines import UNMARKED_ITEM_WORDS, _Line, _words, line_before

RUN_LINES = 8  # fewer short lines in a row are not a page of themes and actions
THEME_WORDS = 5  # "Safe and thriving places"; an action is longer, or opens with a verb
ACTION_WORDS = 30
ACTIONS_UNDER = 2  # actions a theme has on average (each has at least one)
THEMES = 2
CASED_THEME_WORDS = 8  # "Developing motivated people to deliver effectively"


def themes_over_actions(lines: list[_Line]) -> None:
    """Read each run of eight or more short unmarked lines, in which two or more theme
    names (short, no verb first) each stand over actions (a verb first; two or more on
    average), as theme headings over lists."""
    index = 0
    while index < len(lines):
        run = _run_from(lines, index)
        index = (run[-1] + 1) if run else index + 1
        if len(run) < RUN_LINES:
            continue
        themes = _themes_in(lines, run)
        while len(themes) > THEMES and themes[-1] == run[-1]:
            run.pop()  # a last name the run holds none of the actions of
            themes.pop()
        if not _well_formed(lines, run, themes):
            continue
        heads = set(themes)
        for at in run:
            line = lines[at]
            if _a_note(line):
                continue  # stays the action's description
            if at in heads:
                lines[at] = _Line("item", line.text, ("bullet", 0), hint="theme",
                                  heading=True, indent=line.indent)
            else:
                lines[at] = _Line("item", line.text, ("bullet", 1), indent=line.indent)


def _run_from(lines: list[_Line], start: int) -> list[int]:
    """The unmarked short lines in a row from ``start``, no blank line between."""
    run: list[int] = []
    at = start
    while at < len(lines) and (_short_line(lines[at]) or (
            run and not _a_note(lines[run[-1]]) and _a_note(lines[at])
            and opens_with_an_action(lines[run[-1]].text))):
        run.append(at)
        at += 1
    while run and _a_note(lines[run[-1]]):
        run.pop()
    return run


NOTE_WORDS = 80


def _a_note(line: _Line) -> bool:
    """A sentence too long for a name or an action, straight under an action: a note on
    it ("You might be required to agree to a set number of person weeks …")."""
    text = line.text.rstrip()
    return line.kind == "prose" and not line.settled and text[:1].isupper() and \
        text.endswith(".") and ACTION_WORDS < _words(text) <= NOTE_WORDS


def _short_line(line: _Line) -> bool:
    """A line that could be a theme's name or an action ("Develop a new waste plan.", a
    full stop only after a verb; "identify and reduce risks …", small letter first
    when the list went on from a lead-in)."""
    text = line.text.rstrip()
    if line.kind != "prose" or line.settled:
        return False
    if text[:1].islower():
        return title_like(text[:1].upper() + text[1:], ACTION_WORDS) and \
            opens_with_an_action(text)
    return title_like(text, ACTION_WORDS) and (
        not text.endswith(".") or opens_with_an_action(text))


def _themes_in(lines: list[_Line], run: list[int]) -> list[int]:
    """The run's theme names. When its actions open with a small letter, every line
    with a capital is a name, even one opening with a verb ("Developing motivated
    people to deliver effectively" over "invest in the skills …"); otherwise a name is
    short and does not open with a verb."""
    texts = [lines[at].text.rstrip() for at in run]
    if sum(text[:1].islower() for text in texts) >= ACTIONS_UNDER:
        return [at for at, text in zip(run, texts, strict=True)
                if text[:1].isupper() and _words(text) <= CASED_THEME_WORDS
                and not text.endswith(".")]
    return [at for at, text in zip(run, texts, strict=True) if _a_theme(text)]


def _a_theme(text: str) -> bool:
    return _words(text) <= THEME_WORDS and not opens_with_an_action(text)


def _well_formed(lines: list[_Line], run: list[int], themes: list[int]) -> bool:
    """Whether the run opens with a theme, has two or more, each theme is followed by
    one or more lines (two or more on average), and most of those lines open with an
    action's verb."""
    if len(themes) < THEMES or themes[0] != run[0]:
        return False
    ends = [*themes[1:], run[-1] + 1]
    under = [end - start - 1 for start, end in zip(themes, ends, strict=True)]
    if min(under) < 1 or sum(under) < ACTIONS_UNDER * len(themes):
        return False
    heads = set(themes)
    actions = [at for at in run if at not in heads and not _a_note(lines[at])]
    return sum(opens_with_an_action(lines[at].text) for at in actions) >= \
        ACTION_SHARE * len(actions)


ACTIONS_UNDER_A_LABEL = 2
ACTION_SENTENCE_WORDS = 60


def actions_under_labels(lines: list[_Line]) -> None:
    """The sentences straight under a labelled theme ("Priority 1: Provide a fast, safe
    and effective response"), each one action ("Implement the fire cover review." /
    "Continue to implement a new Fitness Framework."), are its list whose bullets a copy
    dropped, not a paragraph describing it: two or more lines, most opening with an
    action's verb."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.kind != "item" or line.sig[:1] != ("label",) or line.hint != "theme":
            continue
        run = []
        while index < len(lines) and _an_action_sentence(lines[index]):
            run.append(index)
            index += 1
        if len(run) < ACTIONS_UNDER_A_LABEL or sum(
                opens_with_an_action(lines[at].text) for at in run) < ACTION_SHARE * len(run):
            continue
        for at in run:
            lines[at] = _Line("item", lines[at].text, ("bullet", 0), indent=lines[at].indent)


def _an_action_sentence(line: _Line) -> bool:
    return line.kind == "prose" and not line.settled and \
        _words(line.text) <= ACTION_SENTENCE_WORDS and line.text[:1].isupper() and \
        not line.text.rstrip().endswith(":")


ACTION_PARAGRAPHS = 3  # after a lead-in; without one, one more
ACTION_PARAGRAPH_WORDS = (5, 80)  # "Implementing our workforce strategy to:"


def action_paragraphs(lines: list[_Line]) -> None:
    """Paragraphs that each open with an action in the same form ("Developing a Clinical
    Services Strategy …" / "Investing in prevention, with …" / "Implementing our
    workforce strategy to:"), parted only by blank lines and their own lists: a numbered
    list whose numbers a copy dropped. Three or more after a lead-in ending with a
    colon, four or more without one. A paragraph ending with a colon keeps the unmarked
    lines under it as its own list."""
    index = 0
    while index < len(lines):
        run, under = _action_run(lines, index)
        index = (run[-1] + 1) if run else index + 1
        lead_in = line_before(lines, run[0]) if run else None
        needed = ACTION_PARAGRAPHS + (0 if lead_in is not None and
                                      lines[lead_in].text.rstrip().endswith(":") else 1)
        if len(run) < needed:
            continue
        for at in run:
            lines[at] = _Line("item", _as_a_name(lines[at].text), ("dec", 1),
                              indent=lines[at].indent)
        for at in under:
            lines[at] = _Line("item", lines[at].text, ("bullet", 1), indent=lines[at].indent)


def _as_a_name(text: str) -> str:
    """A paragraph's text as an item's: without the colon over its list, unless the
    sentence runs on into it ("Implementing our workforce strategy to:")."""
    text = text.rstrip()
    words = text.rstrip(":").split()
    return text if words and words[-1].casefold() in ("to", "by", "for", "of", "and") \
        else text.rstrip(":")


def _an_action_paragraph(line: _Line) -> bool:
    """A paragraph opening with a capital and an action's '-ing' form ("Piloting
    implementation of …"), not a noun ("Housing is …")."""
    text = line.text
    if line.kind != "prose" or line.settled or not text[:1].isupper() or \
            not ACTION_PARAGRAPH_WORDS[0] <= _words(text) <= ACTION_PARAGRAPH_WORDS[1]:
        return False
    return opens_with_an_ing_action(text)


def _action_run(lines: list[_Line], start: int) -> tuple[list[int], list[int]]:
    """The action paragraphs in a run from ``start``, each after a blank line, and the
    lines straight under those that end with a colon (or already a list); ([], []) when
    ``start`` opens none."""
    if not _an_action_paragraph(lines[start]):
        return [], []
    before = line_before(lines, start)
    if before is not None and lines[before].kind != "skip" and title_like(
            lines[before].text.rstrip(":"), THEME_WORDS * 2):
        return [], []  # a name over its paragraph: the paragraph describes it
    run, under = [start], []
    at = start + 1
    after_blank = False
    while at < len(lines):
        line = lines[at]
        if line.kind == "blank":
            after_blank = True
        elif after_blank and _an_action_paragraph(line):
            run.append(at)
            after_blank = False
        elif lines[run[-1]].text.rstrip().endswith(":") and (
                (line.kind == "item" and not line.heading) or (
                    not after_blank and line.kind == "prose" and not line.settled
                    and _words(line.text) <= ACTION_WORDS * 2)):
            under.append(at)
        else:
            break
        at += 1
    last = run[-1]
    blank = next((j for j in range(last + 1, at) if lines[j].kind == "blank"), at)
    return run, [i for i in under if i < blank]  # the last one's list ends at a blank


ACTIONS_AFTER_A_LEAD_IN = 3


def actions_after_a_lead_in(lines: list[_Line]) -> None:
    """After a lead-in ending with a colon, three or more lines in a row that each open
    with a capital and an action's verb ("Encourage a more diverse range of suppliers
    …" / "Promote fair employment practices: …" / "Maximising opportunities for …"),
    however long: a list that lost its bullets. A line in small letters between them
    carries the one above on."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.kind != "prose" or line.settled or not line.text.rstrip().endswith(":"):
            continue
        at = index + 1 if index < len(lines) and lines[index].kind == "blank" else index
        starts: list[int] = []
        while at < len(lines) and lines[at].kind == "prose" and not lines[at].settled:
            if _a_capital_action(lines[at].text):
                starts.append(at)
            elif not (starts and lines[at].text[:1].islower()):
                break
            at += 1
        if len(starts) < ACTIONS_AFTER_A_LEAD_IN or _one_more_like_them(lines, at) or \
                line_count(lines, index - 1) > 0:
            continue  # (a line like an item ends the run: the list is some other shape)
        for start in starts:
            lines[start] = _Line("item", lines[start].text, ("bullet", 0),
                                 indent=lines[start].indent, continues=True)
        index = at


def _one_more_like_them(lines: list[_Line], at: int) -> bool:
    """Whether the line that ended a run of actions could be one more item: a short
    line that does not lead into something else."""
    if at >= len(lines) or lines[at].kind != "prose":
        return False
    text = lines[at].text.rstrip()
    return 2 <= _words(text) <= UNMARKED_ITEM_WORDS and not text.endswith(":") and \
        not text.isupper()  # ("ORDERED", the minutes' next heading, ends it)


# "We will strengthen …" among "Inspire …", "Build up …": the same action, said as a promise
_WE_WILL = re.compile(r"^We will (?=[a-z])")


def _a_capital_action(text: str) -> bool:
    return text[:1].isupper() and _words(text) <= ACTION_PARAGRAPH_WORDS[1] and \
        opens_with_an_action(_WE_WILL.sub("", text))
