"""Headings pasted as plain lines, and labels that lead into lists of their own.

A copy of a web page or a PDF loses the look of its headings: "Healthy Cornwall"
arrives as a short line like any other. These passes of
:func:`.shapes.apply_shapes` find the lines that are headings from what is around
them:

* plain lines that a sentence counts ("our four themes:") or that sit in a row
  over the lists they hold;
* labels over their paragraphs, items that lead into lists of their own, a
  heading over a lead-in, lone items that describe the heading over them;
* theme headings set plain over labelled outcomes ("Economic" over "Cumberland
  priority: …"), and lines that only name the list under a priority ("Measures of
  success:", "Sub Objectives"), left out so the list stays under it.

Patterns have bounded repetition, so the passes are linear in the length of the text.
"""

from __future__ import annotations

import re
from collections import Counter

from .announced import (
    INTRODUCES,
    VALUES_LEAD,
    VISION_LEAD,
    announced_count,
)
from .furniture import (
    title_like,
)
from .lines import (
    _Line,
    _plain,
    _words,
    following_lines,
    generic_heading,
    label_alone,
    line_before,
    next_lines,
)


def labels_over_paragraphs(lines: list[_Line]) -> None:
    """"Objective One:" alone on its line, then the objective: the label numbers it.

    Followed by a short name ("Priority 2" / "Thriving places" / a paragraph), the
    name is the title and the paragraph its guidance; followed straight by a
    paragraph, that paragraph is the priority (a long one is cut to its first
    clause later, like a long numbered objective). Two or more so numbered are the
    priorities as surely as a counted list ("Mission 15" … "Mission 17"), not a line
    set apart above them.
    """
    numbered: list[_Line] = []
    for index, line in enumerate(lines):
        alone = _alone_label(line)
        if alone is None:
            continue
        level, ref = alone
        following = next_lines(lines, index + 1, most=1)
        if not following or _alone_label(lines[following[0]]):
            continue
        at = following[0]
        named = lines[at].kind == "prose" or (lines[at].kind == "item" and lines[at].heading
                                               and lines[at].sig[:1] != ("label",))
        if not named or _words(lines[at].text) < 2:  # a Word heading may hold the name
            continue
        order = {"theme": 0, "outcome": 1}.get(level, 1)
        lines[at] = _Line("item", _plain(lines[at].text), ("label", order), ref, level,
                          lines[at].indent, heading=True)
        lines[index] = _Line("skip", line.text)  # its number is kept as the priority's ref
        numbered.append(lines[at])
    for line in numbered if len(numbered) >= 2 else []:
        line.announced = True


def items_that_lead_in(lines: list[_Line]) -> None:
    """A list item ending in a colon before items of its own kind introduces them
    ("· The charter could deliver the following benefits:" / "· Encourage …"). Run
    once wrapped lines are joined (the colon ends the item's last line)."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or not line.text.endswith(":"):
            continue
        following = next_lines(lines, index + 1, most=1)
        if following and lines[following[0]].kind == "item" and \
                lines[following[0]].sig == line.sig:
            lines[index] = _Line("prose", line.text, indent=line.indent)


LIST_NAME_WORDS = 8


def section_numbers_over_lists(lines: list[_Line]) -> None:
    """A numbered line that only names the list under it ("6. Our five strategic
    objectives" over "1. Helping people …", a lead-in between them or none): its number
    is the document's section's, so it is a heading, not the first of the items."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.sig[:1] != ("dec",) or line.ref in ("", "1") or \
                _words(line.text) > LIST_NAME_WORDS or not (
                    generic_heading(line.text) or announced_count(line.text)):
            continue
        following = next_lines(lines, index + 1, most=2)
        if following and lines[following[0]].kind == "prose" and \
                lines[following[0]].text.endswith(":"):
            following = following[1:]
        after = following[0] if following else None
        if after is None or lines[after].kind != "item" or lines[after].ref != "1" or \
                lines[after].sig != line.sig:
            continue
        lines[index] = _Line("prose", line.text, indent=line.indent)


def headings_that_count(lines: list[_Line]) -> None:
    """A heading that counts what follows ("These statements of intent are reflected
    within six key thematic areas"), straight over headings of its own level, is the
    sentence introducing them, not a priority."""
    for index, line in enumerate(lines):
        if line.kind != "item" or not line.heading or line.announced or \
                _words(line.text) < 6 or not announced_count(line.text):
            continue
        following = next_lines(lines, index + 1, most=1)
        if following and lines[following[0]].heading and lines[following[0]].sig == line.sig:
            lines[index] = _Line("skip", line.text, reason=INTRODUCES)


def headings_a_sentence_counts(lines: list[_Line]) -> None:
    """"The plan outlines our priorities under four themes." straight over the first of
    exactly four headings of one level: each is a priority, the one with only a
    paragraph under it too (not a section of prose among lists)."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or line.text.rstrip()[-1:] not in ".:" and \
                not line.text.rstrip()[-1:].isalnum():  # ("… identifies four key priorities")
            continue
        count = announced_count(line.text)
        following = next_lines(lines, index + 1, most=1) if count else []
        if following and lines[following[0]].kind == "prose":
            plain = _plain_headings_over_lists(lines, following[0])
            if len(plain) != count:
                continue
            for at in plain:  # "There are four overarching objectives:" / four names
                lines[at] = _Line("item", _plain(lines[at].text), ("h", 6), hint="theme",
                                  indent=lines[at].indent, heading=True, announced=True)
            return  # (pasted plain, each over its list)
        if not following or not lines[following[0]].heading or \
                lines[following[0]].kind != "item":
            continue
        sig = lines[following[0]].sig
        headings = [at for at in range(following[0], len(lines))
                    if lines[at].kind == "item" and lines[at].heading and lines[at].sig == sig]
        # "The five themes … are:" over five headings in a row, then the page goes on
        if _counted_headings_in_a_row(lines, following[0], count):
            if line.text.rstrip()[-1:].isalnum():
                line.text = line.text.rstrip() + ":"  # it leads in the list it counts
        elif len(headings) == count:
            for at in headings:
                lines[at].announced = True
        return  # only the first sentence over a heading is weighed


def _counted_headings_in_a_row(lines: list[_Line], start: int, count: int) -> bool:
    """Exactly ``count`` headings of one level in a row from ``start``, nothing but blank
    lines between them, are the list the sentence over them counts: its items. Returns
    whether they were."""
    sig, run, at = lines[start].sig, [], start
    while at < len(lines) and (lines[at].kind == "blank" or (
            lines[at].kind == "item" and lines[at].heading and lines[at].sig == sig)):
        if lines[at].kind == "item":
            run.append(at)
        at += 1
    if len(run) != count:
        return False
    for at in run:
        lines[at].heading, lines[at].sig, lines[at].announced = False, ("wlist", 0), True
    return True


PLAIN_HEADING_WORDS = 8


def _plain_headings_over_lists(lines: list[_Line], start: int) -> list[int]:
    """From ``start``, the short names pasted as plain lines, each straight over a list
    of its own ("Making Richmond green" / "• Campaign …" / "Making Richmond safe" / …),
    as long as that pattern lasts."""
    found: list[int] = []
    at = start
    while at < len(lines):
        line = lines[at]
        after = next_lines(lines, at + 1, most=1)
        if line.kind != "prose" or not title_like(line.text, PLAIN_HEADING_WORDS) or \
                line.text.rstrip().endswith(".") or not after or \
                lines[after[0]].kind != "item" or lines[after[0]].heading:
            break
        found.append(at)
        at = list_end(lines, after[0])
    return found


def names_the_priorities(line: _Line) -> bool:
    """A numbered section that only names the priorities ("4. Strategic Priorities"), in
    a document's outline whose other sections are its parts."""
    return line.sig[:1] == ("dec",) and generic_heading(line.text)


def set_in_under(item: _Line, line: _Line) -> bool:
    """Whether a list item sits under ``line``'s item: set in further, or bulleted under a
    numbered section at the same indent ("4. Strategic Priorities" / "- Alcohol Misuse")."""
    return item.indent > line.indent or (
        item.indent == line.indent and item.sig[:1] == ("bullet",) != line.sig[:1])


def in_a_list(line: _Line) -> bool:
    """A list's item (not a heading), or a blank line between items."""
    return line.kind == "blank" or (line.kind == "item" and not line.heading)


def list_end(lines: list[_Line], at: int) -> int:
    """The index after the list (items and blank lines) that goes on from ``at``."""
    while at < len(lines) and in_a_list(lines[at]):
        at += 1
    return at


def _alone_label(line: _Line) -> tuple[str, str] | None:
    """(level, ref) when ``line`` is only a label: "Objective One:", "## Priority 3"."""
    if line.kind == "item" and line.sig[:1] == ("label",) and not line.text and line.ref:
        return line.hint or "theme", line.ref
    if line.kind in ("item", "prose") and (line.kind == "prose" or line.heading):
        return label_alone(line.text)
    return None


def headings_over_lead_ins(lines: list[_Line]) -> None:
    """A short heading, then "We will do this by:", then a list: the heading names the list.

    Pasted from a web page the heading ("Our priorities") is a plain line; without
    this the lead-in sentence would name the list and the heading be taken as prose.
    """
    named_items: set[tuple[object, ...]] = set()  # the list kinds whose items named lists
    for index, line in enumerate(lines):
        if line.kind != "prose" or not line.text.endswith(":") or _words(line.text) > 20:
            continue
        before = [i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].kind != "blank"]
        after = next_lines(lines, index + 1, most=1)
        if not before or not after or lines[after[0]].kind != "item" or \
                lines[after[0]].heading:
            continue
        heading = lines[before[0]]
        # (a heading such as "How we work" is promoted too: its section is then left out)
        if (heading.kind == "prose" and not heading.settled
                or _an_item_naming_the_next(heading, lines[after[0]])) and \
                title_like(heading.text, 6) and \
                not heading.text.endswith((".", ":")) and not announced_count(line.text):
            if heading.kind == "item":
                named_items.add(heading.sig)
            lines[before[0]] = _Line("item", _plain(heading.text), ("h", 6),
                                     indent=heading.indent, heading=True)
    if named_items:
        _last_name_after_points(lines, named_items)


def _last_name_after_points(lines: list[_Line], sigs: set[tuple[object, ...]]) -> None:
    """After names over lead-ins, one more item of their list in capitals straight after
    the points, with none after it ("• Delivering our priorities with fewer resources"
    and its paragraph): a name too, not the last point."""
    meaningful = next_lines(lines, 0, past_skipped=True)
    for position, at in enumerate(meaningful[1:], start=1):
        line, previous = lines[at], lines[meaningful[position - 1]]
        following = lines[meaningful[position + 1]] if position + 1 < len(meaningful) else None
        if line.kind == "item" and not line.heading and line.sig in sigs and \
                previous.sig == line.sig and previous.text[:1].islower() and \
                line.text[:1].isupper() and title_like(line.text, 8) and \
                (following is None or following.sig != line.sig):
            lines[at] = _Line("item", _plain(line.text), ("h", 6), indent=line.indent,
                              heading=True)


def _an_item_naming_the_next(item: _Line, following: _Line) -> bool:
    """Whether a list item is a name over the lead-in after it and that lead-in's list,
    the points one list with it in a Word file ("• Globally connected" / "Promote the
    growth of the economy by:" / "• supporting businesses to grow;"): the name starts
    with a capital, the points in small letters, going on the lead-in's sentence."""
    return item.kind == "item" and not item.heading and item.sig == following.sig and \
        item.text[:1].isupper() and following.text[:1].islower()


# "This encompasses serious and organised crime; …": a sentence about what is over it
_DESCRIBES_WHAT_IS_OVER_IT = re.compile(
    r"^(?:this|it|these|they) (?:encompasses|includes|include|involves|involve|covers|cover|"
    r"means|is about|are about|focuses on|focus on) ", re.IGNORECASE)


def lone_items_that_describe(lines: list[_Line]) -> None:
    """A heading over one list item that says what the heading covers ("A local
    neighbourhood policing presence" / "• This encompasses serious and organised crime;
    …"): the item is the heading's description, as a paragraph there would be."""
    for index, line in enumerate(lines):
        if line.kind != "item" or not line.heading:
            continue
        after = next_lines(lines, index + 1, most=2)
        if not after or lines[after[0]].kind != "item" or lines[after[0]].heading or \
                not _DESCRIBES_WHAT_IS_OVER_IT.match(lines[after[0]].text):
            continue
        if len(after) > 1 and lines[after[1]].kind == "item" and not lines[after[1]].heading:
            continue  # a list of several under the heading
        item = lines[after[0]]
        lines[after[0]] = _Line("prose", item.text, indent=item.indent, settled=True)


HEADING_RUN = 2  # headings in a row after a lead-in: fewer may be a section's heading


def headings_in_a_row_after_a_lead_in(lines: list[_Line]) -> None:
    """Headings of one kind, one after another with no text between them, straight after
    a sentence that leads in a list ("The agreed corporate priorities consist of two
    transformational outcomes:" over two Word paragraphs set all in bold, "… will
    include:" over ten headings) are that list's items, as bullets there would be, not
    headings over the text that follows them."""
    for index, line in enumerate(lines):
        # (the lead-in may be a numbered resolution: "(1) Approved the Plan with the
        # four new Council Priorities as outlined below:")
        if line.kind not in ("prose", "item") or line.heading or \
                not line.text.rstrip().endswith(":"):
            continue
        run: list[int] = []
        for after in range(index + 1, len(lines)):
            if lines[after].kind == "blank":
                continue
            if lines[after].kind != "item" or not lines[after].heading or \
                    lines[after].sig[:1] not in (("bold",), ("h",)) or \
                    (run and lines[after].sig != lines[run[0]].sig):
                break
            run.append(after)
        if len(run) > HEADING_RUN and _a_section_over_its_own_list(lines, run[-1]):
            run.pop()  # "Our values" / "In everything we do we aim to:": the next section
        if len(run) >= HEADING_RUN:
            for at in run:
                lines[at].heading, lines[at].sig = False, ("wlist", 0)


_OUR_SECTION = re.compile(r"^(?:our|the|its)\s", re.IGNORECASE)
SECTION_NAME_WORDS = 4


def _a_section_over_its_own_list(lines: list[_Line], at: int) -> bool:
    """Whether a heading names what it holds ("Our values", "Our Strategic Objectives")
    and a sentence under it leads in a list of its own: the next section."""
    after = next(following_lines(lines, at + 1), None)
    text = lines[at].text
    return after is not None and lines[after].kind == "prose" and \
        lines[after].text.rstrip().endswith(":") and bool(_OUR_SECTION.match(text)) and \
        _words(text) <= SECTION_NAME_WORDS


def plain_theme_headings(lines: list[_Line]) -> None:
    """A short line just before labelled outcomes is their theme's heading, pasted plain.

    "Economic" / "Cumberland priority: …" / "Social value outcomes: …": a web
    page's heading loses its size when copied; the labels below show its role.
    """
    def heading_like(line: _Line) -> bool:
        return line.kind == "prose" and title_like(line.text, 4) and \
            not line.text.endswith(".")

    for index, line in enumerate(lines):
        if not heading_like(line):
            continue
        for at in next_lines(lines, index + 1, most=3):
            after = lines[at]
            if after.kind == "item" and after.hint == "outcome":
                lines[index] = _Line("item", _plain(line.text), ("h", 6), hint="theme",
                                     indent=line.indent, heading=True)
                break
            if after.kind != "prose" or heading_like(after):
                break  # (a contents page's entries: only the last one heads the labels)


GROUPED_HEADINGS = 2


def headings_grouped_under_an_empty_one(lines: list[_Line]) -> None:
    """A heading with nothing under it but headings of its own level, each over its
    paragraphs ("Our mission" / "Patient mission" and its paragraph / "People mission"
    and its paragraph / …): a file that set every heading in one style; the headings
    that follow are the empty one's, a level down, up to the next empty heading."""
    index = 0
    while index < len(lines):
        group = _group_under(lines, index)
        for at in group:
            lines[at].sig = ("h", lines[index].sig[1] + 1)
        index = group[-1] + 1 if group else index + 1


def _group_under(lines: list[_Line], index: int) -> list[int]:
    """The headings of the group under an empty heading at ``index``, or none."""
    line = lines[index]
    if not (line.kind == "item" and line.heading and line.sig[:1] == ("h",)) or \
            VALUES_LEAD.search(line.text) or VISION_LEAD.match(line.text) or \
            generic_heading(line.text):
        return []  # ("Our values" / "We are Accountable" …, or "Our strategic themes" /
        # "Offering opportunity" …, which only names them: read as they stand)
    before = line_before(lines, index)
    if before is not None and lines[before].sig == line.sig:
        return []  # the last of headings in a row with nothing between: one of a list
    group: list[int] = []
    at = index
    while True:
        after = next_lines(lines, at + 1, most=2)
        if not after or lines[after[0]].sig != line.sig or len(after) < 2 or \
                lines[after[1]].kind != "prose":
            break  # (the next heading is empty itself: the next group's)
        at = after[0]
        group.append(at)
        while at + 1 < len(lines) and lines[at + 1].kind in ("prose", "blank"):
            at += 1  # its paragraphs
    return group if len(group) >= GROUPED_HEADINGS else []


# A line that names the list under it as the measures of the priority above: "Measures
# of success:", "How we will measure progress", "Key performance indicators"
_MEASURES_HEAD = re.compile(
    r"^(?:(?:our|the|key|main)\s)?(?:measures? of (?:success|progress)|success measures|"
    r"(?:key )?performance (?:measures|indicators)|kpis|"
    r"how (?:we will|will we|we'll|we) (?:measure|track|monitor|know)\b[^.]{0,40}|"
    r"how (?:success|progress) will be measured)\s*:?$", re.IGNORECASE)


def measures_named(lines: list[_Line]) -> None:
    """The list under a line naming measures ("Measures of success:") holds the measures
    of the priority above it, not priorities: the line is left out and each item is a
    measure."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or len(line.text) > 80 or \
                not _MEASURES_HEAD.match(line.text.strip()):
            continue
        following = following_lines(lines, index + 1)
        items = []
        for at in following:
            if lines[at].kind != "item" or lines[at].heading or lines[at].sig[:1] == ("label",):
                break
            items.append(at)
        if not items:
            continue
        lines[index] = _Line("skip", line.text, reason="the heading over the measures")
        for at in items:
            lines[at].hint = "measure"


# A line naming the list under a priority as its parts: "Sub Objectives", "Key actions:"
_SUB_LIST_HEAD = re.compile(r"^(?:sub[- ]?(?:objectives?|priorit(?:y|ies)|outcomes?|aims?|"
                            r"goals?)|(?:key |our |indicative |proposed |planned )?"
                            r"(?:improvement )?actions|what we will do)\s*:?$",
                            re.IGNORECASE)


def sub_lists_named(lines: list[_Line]) -> None:
    """A line between a list item and the list under it that only names that list ("Sub
    Objectives") is left out, so the list stays under its priority."""
    heads = [index for index, line in enumerate(lines)
             if line.kind == "prose" and _SUB_LIST_HEAD.match(line.text.strip())]
    if _priorities_over_sub_lists(lines, heads):
        return
    for index in heads:
        at = line_before(lines, index)
        if at is not None and lines[at].kind == "prose" and \
                (above := line_before(lines, at)) is not None and lines[above].kind == "item":
            at = above  # ("1. Our Services:" / what it means / "Indicative improvement actions:")
        before = lines[at] if at is not None else None
        after = next_lines(lines, index + 1, most=1)
        if before is not None and before.kind == "item" and not before.heading and after \
                and lines[after[0]].kind == "item" and lines[after[0]].sig != before.sig:
            lines[index] = _Line("skip", lines[index].text, reason=NAMES_THE_SUB_LIST)


NAMES_THE_SUB_LIST = "it names the list under the priority above it"
SUB_LIST_LINE_WORDS = 60


def _priorities_over_sub_lists(lines: list[_Line], heads: list[int]) -> bool:
    """A heading saying "sub" that comes back under each priority, when a copy lost the
    bullets ("To increase employment …" / "Sub Objectives" / "To promote jobs …" / …):
    the line above each is a priority and the lines under it, to the next priority,
    are its outcomes. Returns whether the text is so."""
    counts = Counter(lines[index].text.strip().casefold() for index in heads)
    heads = [index for index in heads if counts[lines[index].text.strip().casefold()] >= 2
             and lines[index].text.strip()[:3].casefold() == "sub"]
    found = [line_before(lines, index) for index in heads]
    themes = [theme for theme in found if theme is not None and lines[theme].kind == "prose"]
    if len(heads) < 2 or len(themes) < len(heads):
        return False
    if any(lines[theme].text[:1].islower() and theme > 0 and lines[theme - 1].kind == "item"
           for theme in themes):
        return False  # (the rest of a marked item a page wrapped: the marks tell the levels)
    themes = [_joined_up(lines, theme) for theme in themes]
    ends = [*themes[1:], len(lines)]
    for head, theme, end in zip(heads, themes, ends, strict=True):
        lines[theme] = _Line("item", lines[theme].text, ("bullet", 0), hint="theme",
                             heading=True, indent=lines[theme].indent)
        lines[head] = _Line("skip", lines[head].text, reason=NAMES_THE_SUB_LIST)
        for at in range(head + 1, end):
            line = lines[at]
            if line.kind == "blank" and end == len(lines):
                break  # the last priority's list ends at the first blank line
            if line.kind != "prose" or _words(line.text) > SUB_LIST_LINE_WORDS or \
                    line.text.rstrip().endswith(":"):
                if end == len(lines):
                    break
                continue
            lines[at] = _Line("item", line.text, ("bullet", 1), indent=line.indent)
    return True


def _joined_up(lines: list[_Line], at: int) -> int:
    """A priority's line joined to the line above it that a page's width broke it from
    ("… new business starts," / "business and delivering visitor growth …"): the index
    of its first line."""
    while at > 0 and lines[at].text[:1].islower() and lines[at - 1].kind == "prose" and \
            not lines[at - 1].text.rstrip().endswith((".", ":", "?", "!")):
        lines[at - 1].text = f"{lines[at - 1].text.rstrip()} {lines[at].text.strip()}"
        lines[at] = _Line("blank")
        at -= 1
    return at
