"""Step 1 for pasted text: its lines put back as the page had them, then classified.

A paste from a web page, an email, a PDF viewer or a document-sharing site is
not what the council wrote: a page's width breaks its paragraphs, some copies add a
blank line after every line, drop bullets or run a contents page onto one line.
Each repair below undoes one of those, on the raw lines, before
:func:`_lines_from_text` classifies them with the tools in :mod:`.lines`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from .action_verbs import opens_with_an_action
from .furniture import WEB_DEBRIS, debris_reason
from .lines import (
    _SETEXT,
    _TABLE_ROW,
    _TABLE_RULE,
    _bullet_kinds_in_order,
    _classify_text_line,
    _expand_tables,
    _item,
    _label,
    _Line,
    _marker,
    _plain,
    _words,
    ends_mid_sentence,
    entries_by_page_number,
    is_page_number,
    mostly_rising,
    page_number_at_end,
    unquoted,
)
from .model import LONG_TEXT, MAX_LINE_CHARS, MAX_LINES, MAX_TEXT_CHARS
from .tab_tables import tab_table_rows


def _lines_from_text(text: str) -> tuple[list[_Line], list[str]]:
    """Classify the lines of plain text or Markdown."""
    warnings: list[str] = []
    if len(text) > MAX_TEXT_CHARS:
        warnings.append(f"{LONG_TEXT}, so only its beginning was read.")
        text = text[:MAX_TEXT_CHARS]
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw_lines) > MAX_LINES:
        warnings.append(f"{LONG_TEXT}, so only its first {MAX_LINES:,} lines were "
                        "read.")
        raw_lines = raw_lines[:MAX_LINES]
    for repair in _REPAIRS:  # a paste's lines put back as the page had them
        raw_lines = repair(raw_lines)
    lines: list[_Line] = []
    last_alpha: list[str] = []
    tables = tab_table_rows(raw_lines)
    for index, raw in enumerate(raw_lines):
        if index in tables:  # a table copied as text, its cells parted by tabs
            lines.extend(_Line("tablerow", "\u241f".join(cells)) for cells in tables[index])
            continue
        stripped = raw.strip()
        if len(stripped) > MAX_LINE_CHARS:
            lines.append(_classify_text_line(raw, last_alpha))
            continue
        # Markdown tables: header row, rule row, then rows of cells.
        row = _TABLE_ROW.match(stripped)
        if row or (_TABLE_RULE.fullmatch(stripped) and "|" in stripped):
            if _TABLE_RULE.fullmatch(stripped) or row is None:
                if lines and lines[-1].kind == "tablerow":
                    lines[-1].kind = "tablehead"
                continue
            cells = [_plain(cell) for cell in row.group(1).split("|")]
            lines.append(_Line("tablerow", "\u241f".join(cells)))
            continue
        # Setext headings: a line of text underlined with === or ---.
        if (_SETEXT.fullmatch(stripped) and lines and lines[-1].kind == "prose"
                and index > 0 and raw_lines[index - 1].strip()):
            level = 1 if stripped.startswith("=") else 2
            previous = lines.pop()
            lines.append(_item(previous.text, ("h", level), 0, heading=True))
            continue
        lines.append(_classify_text_line(raw, last_alpha))
    return _expand_tables(_bullet_kinds_in_order(lines)), warnings


SPACED_LINES = 8  # fewer lines than this are too few to tell double spacing from
SPACED_COPIES = 3  # a double-spaced paste copied again is double spaced twice


def _whole_line_quotes(raw_lines: list[str]) -> list[str]:
    """Each line quoted whole read without its quotation marks (see :func:`unquoted`)."""
    return [unquoted(line) for line in raw_lines]


# The gap between two columns set side by side in plain text (a PDF viewer's or a
# document-sharing site's copy): four spaces or more between words
_COLUMN_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")
SIDE_BY_SIDE_LINES = 6  # lines split at one place: fewer may be a table's row or two
SIDE_BY_SIDE_SHARE = 0.3
LEFT_COLUMN_CHARS = 20
COLUMN_SLACK = 3  # characters the right column's lines may start either side of its place
SIDE_BY_SIDE_ALONE = 2  # lines with text only in the right column, as a page's columns have


def _side_by_side(raw_lines: list[str]) -> list[str]:
    """Two columns pasted side by side ("OUR MISSION IS:      STRATEGIC AIMS" / "To
    provide skills …     AIM 1: LEARNERS"), read as the page reads: the left column,
    then the right one. Only the stretch of lines where the right column starts at one
    place is split; a line that crosses it (a title) stays whole, on the left. A table's
    rows, each with both its cells, are left as rows."""
    starts: dict[int, int] = {}
    for line in raw_lines:
        for gap in _COLUMN_GAP.finditer(line[:MAX_LINE_CHARS]):
            if gap.end() >= LEFT_COLUMN_CHARS:
                starts[gap.end()] = starts.get(gap.end(), 0) + 1
    if not starts:
        return raw_lines
    column = max(starts.items(), key=lambda pair: pair[1])[0]
    # (a contents page's right column sets its page numbers a little left of its names)
    count = sum(n for start, n in starts.items() if abs(start - column) <= COLUMN_SLACK)
    filled = sum(1 for line in raw_lines if line.strip())
    if count < SIDE_BY_SIDE_LINES or count < SIDE_BY_SIDE_SHARE * filled:
        return raw_lines
    split = [i for i, line in enumerate(raw_lines) if _right_part(line, column)]
    alone = sum(1 for i in split if not raw_lines[i][:column].strip())
    if alone < SIDE_BY_SIDE_ALONE:
        return raw_lines  # every line has both cells: a table's rows
    first, last = split[0], split[-1]
    left: list[str] = []
    right: list[str] = []
    for line in raw_lines[first:last + 1]:
        start = _right_part(line, column)
        if not start:
            left.append(line.rstrip())
            continue
        left.append(line[:start].rstrip())
        right.append(line[start:].rstrip())
    return raw_lines[:first] + left + [""] + right + raw_lines[last + 1:]


def _right_part(line: str, column: int) -> int:
    """Where the right column's text starts in a line: at ``column`` or a few characters
    either side, just after a gap (or only spaces); 0 when it has no such text."""
    for start in sorted(range(column - COLUMN_SLACK, column + COLUMN_SLACK + 1),
                        key=lambda start: abs(start - column)):
        if len(line) <= start or line[start - 1] != " " or line[start] == " ":
            continue
        before = line[:start]
        if before.strip() and not before.endswith("    "):
            continue
        return start
    return 0


def _common_indent(raw_lines: list[str]) -> list[str]:
    """The lines without the indent they all share (a copy from an email or a PDF
    viewer may set the whole text in): only an indent that differs means a level."""
    indents = {line[:len(line) - len(line.lstrip())] for line in raw_lines if line.strip()}
    if not indents:
        return raw_lines
    shared = os.path.commonprefix(list(indents))
    if not shared:
        return raw_lines
    return [line[len(shared):] if line.strip() else line for line in raw_lines]


def _single_spaced(raw_lines: list[str]) -> list[str]:
    """A paste with a blank line after every line (some programs copy lists and
    paragraphs so) with one blank line fewer everywhere: a real gap stays a gap, and
    is one blank line, as it was on the page. A copy of such a copy is undone twice."""
    for _ in range(SPACED_COPIES):
        single = _one_blank_fewer(raw_lines)
        if single is raw_lines:
            break
        raw_lines = single
    return raw_lines


def _one_blank_fewer(raw_lines: list[str]) -> list[str]:
    """The lines without the blank after each, or the same list if not double spaced."""
    filled = [bool(line.strip()) for line in raw_lines]
    words = [fill and not _web_debris(line) for fill, line in zip(filled, raw_lines, strict=True)]
    if sum(words) < SPACED_LINES:
        return raw_lines
    # (the debris around a page, "Menu" / "Search", may be copied single spaced)
    touching = sum(1 for a, b in zip(words, words[1:], strict=False) if a and b)
    if touching > 0.1 * sum(words):
        return raw_lines
    single: list[str] = []
    for index, line in enumerate(raw_lines):
        if not filled[index] and index > 0 and filled[index - 1]:
            continue  # the blank line after each line
        if not filled[index] and single and not single[-1].strip():
            continue  # a gap is one blank line however many the copy made of it
        single.append(line)
    return single


WRAP_WIDTHS = (60, 110)  # the characters a line of a PDF page or an email holds

WRAPPED_LINES = 12  # fewer lines than this are too few to tell a width from
WRAP_EVIDENCE = 3  # lines carried on in lower case, as only a broken sentence is
WRAPPED_SHARE = 0.5
MAX_DEBRIS_CHARS = 60  # a web page's debris line is short ("Accept all cookies")


def _wrap_width(raw_lines: list[str]) -> int:
    """The width a text was wrapped at (a PDF viewer's or an email's paste), or 0.

    Wrapped text has almost no line longer than the width, many lines close to it,
    and sentences carried on to the next line in lower case; a web page's paragraphs
    run far longer. The page's own debris ("Skip to main content", "Menu") was never
    wrapped, so it is not weighed."""
    kept = [line.rstrip() for line in raw_lines if line.strip() and not _web_debris(line)]
    if len(kept) < WRAPPED_LINES:
        return 0
    lengths = sorted(len(line) for line in kept)
    width = lengths[int(len(lengths) * 0.95) - 1]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return 0
    near = sum(1 for length in lengths if length >= 0.8 * width)
    carried = sum(1 for line, after in zip(kept, kept[1:], strict=False)
                  if after.lstrip()[:1].islower() and _breaks_at(line, after, width))
    # Most lines near the width, or (a page of short lines whose few long paragraphs an
    # email wrapped) most of the lines near it carried on in lower case
    if near < 0.3 * len(lengths) and carried < WRAPPED_SHARE * near:
        return 0
    return width if carried >= WRAP_EVIDENCE else 0


def _web_debris(line: str) -> bool:
    return len(line) <= MAX_DEBRIS_CHARS and debris_reason(line) == WEB_DEBRIS


def _breaks_at(line: str, after: str, width: int) -> bool:
    """Whether ``line`` ended only because the first word of ``after`` did not fit (or,
    near the width, on a little word that a sentence cannot end on: proportional type
    fits fewer letters on some lines than others)."""
    first_word = after.split(maxsplit=1)[0] if after.strip() else ""
    if not first_word or _starts_item(after) or "|" in line or "\t" in _MARK_TAB.sub("", line) or \
            line.endswith((":", ".", "?", "!")) or (  # "… Commentary 4", not "… than 140,000"
                line[-1:].isdigit() and not _AMOUNT_AT_END.search(line)):
        return False
    if first_word in _SENTENCE_OPENERS and not ends_mid_sentence(line) and \
            not line.endswith((",", ";", "-", "\u2013")):
        return False  # "… fair wages for our residents" / "Our economy is …": a title
    return len(line) + 1 + len(first_word) > width or (
        ends_mid_sentence(line) and len(line) >= 0.8 * width)


def _first_line_broken_early(line: str, after: str, width: int) -> bool:
    """Whether a paragraph's first line, capitalised and cut short, goes on in a whole
    line in small letters ("If you had to choose, would you keep" / "your nearest fire
    station open but accept that there may be times when it is"): a page that broke
    each paragraph's first line early, in text already known to be wrapped."""
    return line.lstrip("+*-\u2022 ")[:1].isupper() and after[:1].islower() and \
        len(after.rstrip()) >= FULL_LINE * width and \
        len(line.split()) >= BROKEN_FIRST_LINE_WORDS and \
        not line.endswith((":", ".", "?", "!")) and not _starts_item(after)


FULL_LINE = 0.9  # of the wrap width: a line the page filled
BROKEN_FIRST_LINE_WORDS = 4  # fewer may be an item of a list ("actions" / "that our …")


# A sum or a count a sentence goes on from ("… to more than 140,000" / "residents"), never
# a contents entry's page number
_AMOUNT_AT_END = re.compile(r"(?:[£$€]\d[\d,.]*|\d{1,3}(?:,\d{3})+)$")

# A list mark and the tab Word puts after it ("1.\tCardiff Capital Region …"): the
# tab is the item's, not a table's cell break.
_MARK_TAB = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[•·\-\u2013\uf0b7\uf0a7o])\t+")

# Words that start a sentence and that nothing inside one is written with a capital:
# a line near the width followed by one of them ended where its title or item did.
_SENTENCE_OPENERS = frozenset((
    "Our", "We", "The", "This", "These", "Those", "It", "Its", "There", "They", "Their",
    "In", "As", "Each", "Every", "Many", "Most"))


def _starts_item(raw: str) -> bool:
    """Whether a line starts a list item or a Markdown heading (never a carried-on line)."""
    stripped = raw.strip()
    return stripped.startswith("#") or _marker(stripped, []) is not None


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Join the lines of a paragraph that a page's width broke: a line is carried on by
    the next when the next line's first word would not have fitted on it."""
    width = _wrap_width(raw_lines)
    if not width:
        return raw_lines
    joined: list[str] = []
    last = ""  # the line as the page had it: a joined paragraph's last line
    carried = False  # whether that line carried on the one before it
    for raw in raw_lines:
        previous = joined[-1].rstrip() if joined else ""
        if previous and raw.strip() and (
                _breaks_at(last.rstrip(), raw, width)
                or _first_line_broken_early(last.rstrip(), raw, width)
                or carried and _goes_on(last.rstrip(), raw, width)) and \
                not _next_action(joined, raw, last):
            joined[-1] = f"{previous} {raw.strip()}"
            carried = True
        else:
            joined.append(raw)
            carried = False
        last = raw
    return joined


def _goes_on(line: str, after: str, width: int) -> bool:
    """Inside a paragraph already carried on, whether a line of nearly the page's width
    that ends on no punctuation goes on in the next, in small letters ("… competitive
    Scotland" / "with high levels of skills …"): proportional type fits fewer words on
    some lines than the width allows."""
    return len(line) >= NEAR_WIDTH * width and after.lstrip()[:1].islower() and \
        line[-1:].isalpha() and not _starts_item(after)


NEAR_WIDTH = 0.75


def _next_action(joined: list[str], raw: str, last: str) -> bool:
    """Whether ``raw`` starts the next action of a list that lost its bullets ("These
    arrangements will:" / "procure innovative … deliver optimum value for money" /
    "ensure that the council gets …"): each opens with a small letter and an action's
    verb, and the line before did not break mid-sentence."""
    if len(joined) < 2 or not _an_action(raw) or not _an_action(joined[-1]) or \
            ends_mid_sentence(last.rstrip()):
        return False
    before = joined[-2].rstrip()
    return before.endswith(":") or _an_action(before)


def _an_action(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1].islower() and opens_with_an_action(stripped)


def _lower_case_o_bullets(raw_lines: list[str]) -> list[str]:
    """A Word document's second-level bullet is a letter "o", which a copy keeps as
    text. "o Increasing …" reads as a bullet; "o the creation of …" could be a word,
    so it is one only beside another "o" line (two such lines are a list, not chance):
    its "o" becomes a white bullet."""
    starts = [_o_bullet_start(raw) for raw in raw_lines]
    kept = [index for index, raw in enumerate(raw_lines) if raw.strip()]
    for at, index in enumerate(kept):
        if starts[index] != "lower":
            continue
        neighbours = [kept[at - 1]] if at else []
        neighbours += [kept[at + 1]] if at + 1 < len(kept) else []
        if any(starts[other] for other in neighbours):
            raw = raw_lines[index]
            cut = len(raw) - len(raw.lstrip())
            raw_lines[index] = raw[:cut] + "\u25e6" + raw[cut + 1:]
    return raw_lines


def _o_bullet_start(raw: str) -> str:
    """"upper" or "lower" for a line starting with a letter-o bullet, else ""."""
    stripped = raw.lstrip()
    if len(stripped) < 3 or not stripped.startswith("o ") or not stripped[2].isalnum():
        return ""
    return "lower" if stripped[2].islower() else "upper"  # "o 2 October…" is a bullet


_LONE_BULLET = re.compile(r"^\s*[-*+•◦▪‣●○■□➢►▶✓✔·⁃∙\uf0b7\uf0a7\uf0d8]\s*$")

INLINE_BULLET = " \u2022 "
# A bullet inside a line, as a page copied as one line gives it: Word's symbol-font bullet
# (U+F0B7) is as common in such pastes as the round one
_INLINE_BULLET_MARK = re.compile(" [\u2022\u25a0\uf0b7\uf0a7] ")  # "■" too
INLINE_BULLETS = 2  # fewer inline bullets than this may be a bullet used as a separator
# a middle dot after a colon or semicolon: "… principles of growth: · Investing in …;·
# Fostering …" (not "Home · News", a separator between links)
_INLINE_DOT_AFTER_STOP = re.compile("(?<=[;:]) ?\u00b7 ?(?=[A-Z])")


def _inline_bullets(raw_lines: list[str]) -> list[str]:
    """A PDF page copied as one line keeps its bullets inside it ("… we will: • contribute
    fully to … partners. • continue to work with …"): each bullet starts a line again,
    and its item ends with its first sentence (what follows was the page around it)."""
    result: list[str] = []
    for raw in raw_lines:
        raw = _inline_o_bullets(raw)
        mark = next((pattern for pattern in (_INLINE_BULLET_MARK, _INLINE_DOT_AFTER_STOP)
                     if len(pattern.findall(raw)) >= INLINE_BULLETS), None)
        if mark is None:
            result.append(raw)
            continue
        lead, *items = mark.split(raw)
        if lead.strip():
            result.append(lead.rstrip())
        for item in items:
            sentence, rest = _first_sentence(item.strip())
            result.append(f"\u2022 {sentence}")
            if rest:
                result.append(rest)
    return result


# "… these in summary are; To improve quality, safety and patient experience. To protect
# and improve population health. To ensure …": aims a PDF's copy ran into its paragraph
_AIMS_START = re.compile(r"(?<=\w)[:;] (?=To [a-z])")
RUN_TOGETHER_AIMS = 3  # (fewer may be a paragraph's own sentences)
MOST_RUN_TOGETHER_AIMS = 12


def _aims_run_together(raw_lines: list[str]) -> list[str]:
    """A paragraph in which a lead-in's colon or semicolon is followed by three or more
    sentences in a row, each an aim opening "To …": each aim starts a line again, as a
    bullet, and the paragraph's text after them goes on after the list."""
    result: list[str] = []
    for raw in raw_lines:
        start = _AIMS_START.search(raw, 0, MAX_LINE_CHARS) if "To " in raw else None
        aims: list[str] = []
        at = start.end() if start else len(raw)
        while raw.startswith("To ", at) and len(aims) < MOST_RUN_TOGETHER_AIMS:
            sentence, _ = _first_sentence(raw[at:at + MAX_LINE_CHARS])
            aims.append(sentence)
            at = min(len(raw), at + len(sentence) + 1)
        if start is None or len(aims) < RUN_TOGETHER_AIMS:
            result.append(raw)
            continue
        result.append(raw[:start.end()].rstrip())
        result.extend(f"\u2022 {aim}" for aim in aims)
        if raw[at:].strip():
            result.append(raw[at:].strip())
    return result


# "The areas for action are as follows: Employability Housing Customer services …": a
# list whose line breaks a copy lost, each item starting with a capital
_AS_FOLLOWS = re.compile(r"\b(?:are|is|were) as follows: ")
# what starts a sentence after the list ("… Health and wellbeing The health and …")
_SENTENCE_WORDS = frozenset({"The", "This", "These", "It", "We", "Our", "They", "All",
                             "Each", "In", "Both"})
RUN_ON_ITEMS = 3  # (fewer capitals in a row may be a name)
RUN_ON_ITEM_WORDS = 6
RUN_ON_CHARS = 400


def _listed_as_follows(raw_lines: list[str]) -> list[str]:
    """A list a copy ran into its paragraph after "… are as follows:", with no marks,
    commas or full stops between its items: each word with a capital starts an item,
    and the first that starts a sentence ends the list. Read only when three or more
    short items come out."""
    result: list[str] = []
    for raw in raw_lines:
        found = _AS_FOLLOWS.search(raw, 0, RUN_ON_CHARS)
        split = _run_on_items(raw[found.end():found.end() + RUN_ON_CHARS]) if found else None
        if found is None or split is None:
            result.append(raw)
            continue
        items, used = split
        result.append(raw[:found.end()].rstrip())
        result.extend(f"\u2022 {item}" for item in items)
        rest = raw[found.end() + used:].strip()
        if rest:
            result.append(rest)
    return result


def _run_on_items(text: str) -> tuple[list[str], int] | None:
    """(the items, the characters they take) at the start of ``text``, or None."""
    items: list[list[str]] = []
    used = 0
    for word in text.split(" "):
        if not word or any(mark in word for mark in ",;:.\u2022"):
            return None  # a list with its own marks is read elsewhere
        if word[:1].isupper():
            if word in _SENTENCE_WORDS and items:
                break
            items.append([])
        elif not items:
            return None
        items[-1].append(word)
        used += len(word) + 1
    else:
        return None  # no sentence after the list: not sure where it ends
    if len(items) < RUN_ON_ITEMS or any(len(item) > RUN_ON_ITEM_WORDS for item in items):
        return None
    return [" ".join(item) for item in items], used


# "… Ireland; 2. Ensure the industry …": the next number of a list run onto one line
_NEXT_NUMBER = re.compile(r"; (\d{1,2})\. (?=[A-Z])")
# a report's numbered paragraphs run together after full stops or a figure ("… of
# progress. 2. To provide … 2020/21 3. To recommend …"): surer with two numbers or more
_NEXT_PARAGRAPH = re.compile(r"(?<=[a-z0-9.)\u2019]) (\d{1,2})\. (?=[A-Z][a-z])")
RUN_TOGETHER_PARAGRAPHS = 2
# a contents line of numbered objectives, each number set off by a dash ("1 - A Capital
# City that Works for Wales 2 - Cardiff grows in a resilient way 3 - …"): three or more
_NEXT_DASHED = re.compile(r"(?<=[a-z0-9.)\u2019]) (\d{1,2}) [-\u2013] (?=[A-Z])")
_FIRST_DASHED = re.compile(r"^\s*1 [-\u2013] (?=[A-Z])")
RUN_TOGETHER_DASHED = 2


def _numbers_run_together(raw_lines: list[str]) -> list[str]:
    """A numbered list a copy ran onto one line ("1. Northern Ireland to have …; 2.
    Ensure the industry …; 3. Mainstream …", or "1 - … 2 - … 3 - …"): each number in
    turn starts a line again."""
    result: list[str] = []
    for raw in raw_lines:
        dashed = _FIRST_DASHED.match(raw)
        if dashed:  # "1 - A Capital City …" read as "1. A Capital City …"
            raw = "1. " + raw[dashed.end():]
        ways = ((_NEXT_DASHED, RUN_TOGETHER_DASHED),) if dashed else (
            (_NEXT_NUMBER, 1), (_NEXT_PARAGRAPH, RUN_TOGETHER_PARAGRAPHS))
        pattern = next((pattern for pattern, least in ways
                        if _numbered_in_turn(raw, pattern, least)), None)
        if pattern is None:
            result.append(dashed.string if dashed else raw)
            continue
        parts = pattern.split(raw)  # text, number, text, number, text …
        result.append(parts[0].rstrip())
        result.extend(f"{number}. {text.strip()}" for number, text in
                      zip(parts[1::2], parts[2::2], strict=True))
    return result


# "Efficiency 8. The unit cost of …": a heading a copy ran into the next numbered item
_HEADING_THEN_NUMBER = re.compile(r"^(?P<head>[A-Z][^.:;\d]{2,60}?) (?P<number>\d{1,2})\. "
                                  r"(?=[A-Z])")
_NUMBERED = re.compile(r"^\s{0,8}(\d{1,2})\. ")


def _headings_run_into_numbers(raw_lines: list[str]) -> list[str]:
    """A short heading and the numbered item after it on one line ("Quality of Customer
    Services 7. To achieve …"), when the item carries on the numbers above it (6 before
    7): the heading on its own line, then the item."""
    result: list[str] = []
    last = 0  # the number of the last numbered line
    for raw in raw_lines:
        numbered = _NUMBERED.match(raw)
        run_in = _HEADING_THEN_NUMBER.match(raw) if numbered is None and last else None
        if run_in is not None and int(run_in.group("number")) == last + 1 and \
                _words(run_in.group("head")) <= RUN_IN_HEADING_WORDS:
            result.extend((run_in.group("head"), "", raw[run_in.start("number"):]))
            last += 1
            continue
        if numbered is not None:
            last = int(numbered.group(1))
        result.append(raw)
    return result


RUN_IN_HEADING_WORDS = 6


def _numbered_in_turn(raw: str, pattern: re.Pattern[str], least: int) -> bool:
    """A line that starts with "1. " and holds at least ``least`` more numbers, 2, 3 …
    in turn, each where ``pattern`` finds one."""
    numbers = [int(found.group(1)) for found in pattern.finditer(raw)]
    return (raw.lstrip().startswith("1. ") and len(numbers) >= least
            and numbers == list(range(2, len(numbers) + 2)))


INLINE_O_BULLETS = 3  # Word's letter-o bullets in one line: fewer may be words

# A Wingdings bullet that a PDF's text gives as a section sign: "… all Orkney § A natural
# environment …"; three or more, each before a capital, in the text
_SECTION_SIGN_BULLET = re.compile(r"\u00a7 (?=[A-Z])")
# at a line's start, before a small letter too: "§  enable everyone to be active"
_SECTION_SIGN_STARTS = re.compile(r"^\s*\u00a7\s+(?=[a-z])")
SECTION_SIGN_BULLETS = 3


def _section_sign_bullets(raw_lines: list[str]) -> list[str]:
    """Section signs used as bullets become bullets, each starting a line ("… all Orkney"
    / "• A natural environment …"), as the page set them."""
    if sum(1 for raw in raw_lines if _SECTION_SIGN_STARTS.match(raw)) >= SECTION_SIGN_BULLETS:
        raw_lines = [_SECTION_SIGN_STARTS.sub("\u2022 ", raw, count=1) for raw in raw_lines]
    if sum(len(_SECTION_SIGN_BULLET.findall(raw)) for raw in raw_lines) < SECTION_SIGN_BULLETS:
        return raw_lines
    result: list[str] = []
    for raw in raw_lines:
        head, *items = _SECTION_SIGN_BULLET.split(raw)
        result.extend([head.rstrip()] if head.strip() or not items else [])
        result.extend(f"\u2022 {item}" for item in items)
    return result


# Word's own list marks, pasted from a document: "·" and wide spacing at the first level,
# "o" at the second and a Wingdings "§" at the third
_WORD_FIRST_LEVEL = re.compile(r"^\s*\u00b7\s{2,}\S")
_WORD_LOWER_LEVEL = re.compile(r"^(\s*)(o\s{2,}|\u00a7\s+)(?=\S)")
WORD_FIRST_LEVEL_BULLETS = 2


def _word_list_levels(raw_lines: list[str]) -> list[str]:
    """A Word list pasted with its marks as text ("·       We will …" / "o   Objectives:"
    / "§  Tackle our health inequalities"): the "o" and "§" items are the levels under
    the "·" ones, indented as a page would set them."""
    if sum(1 for raw in raw_lines if _WORD_FIRST_LEVEL.match(raw)) < WORD_FIRST_LEVEL_BULLETS:
        return raw_lines
    return [_WORD_LOWER_LEVEL.sub(lambda found: found.group(1) + (
        "    \u25e6 " if found.group(2)[0] == "o" else "        \uf0a7 "), raw, count=1)
            for raw in raw_lines]


def _glued_dash_bullets(raw_lines: list[str]) -> list[str]:
    """Hyphens typed as bullets without a space ("-apprenticeship and other employment
    opportunities" / "-work experience and training opportunities"): two or more lines
    in a row so, each a hyphen straight before a letter, are bullets."""
    glued = [raw[:1] == "-" and raw[1:2].isalpha() for raw in raw_lines]
    result: list[str] = []
    for at, raw in enumerate(raw_lines):
        in_a_run = glued[at] and ((at > 0 and glued[at - 1]) or
                                  (at + 1 < len(raw_lines) and glued[at + 1]))
        result.append(f"- {raw[1:]}" if in_a_run else raw)
    return result


def _inline_o_bullets(raw: str) -> str:
    """Word's second-level bullet, the letter "o", run into one line with its items
    ("Commitments 9 o A place to call home o A place to belong o …"): three or more,
    each before a capital, are bullets."""
    if raw.count(" o ") < INLINE_O_BULLETS:
        return raw
    parts = raw.split(" o ")
    if sum(1 for part in parts[1:] if part[:1].isupper()) < INLINE_O_BULLETS:
        return raw
    joined = parts[0]
    for part in parts[1:]:
        joined += (INLINE_BULLET if part[:1].isupper() else " o ") + part
    return joined


RUN_TOGETHER_CHARS = 200
RUN_TOGETHER_LABELS = 3
_DASHED_NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z-]{1,30}(?: [A-Za-z-]{1,30}){0,3}"
                          r"(?: \d{1,2})?)(?: [\u2013\u2014-] |: )")


def _labels_run_together(raw_lines: list[str]) -> list[str]:
    """A PDF's contents copied as one line ("Well-being Objective – Prosperity 7 Well-being
    Objective – Resilience 18 …", "28 Strategic theme 1 – Develop … 32 Strategic theme 2
    – …"): a label (three or more times in the line, numbered or not) starts each entry
    again, which ends at its page number."""
    result: list[str] = []
    known: set[str] = set()  # the labels already split on ("Strategic theme #")
    for raw in raw_lines:
        starts = _repeated_label(raw, known) if len(raw) > RUN_TOGETHER_CHARS else []
        if not starts:
            result.append(raw)
            continue
        if raw[:starts[0][0]].strip():
            result.append(raw[:starts[0][0]].rstrip())
        for at, (start, end) in enumerate(starts):
            if at + 1 < len(starts):  # the page number is the last word before the next
                words = raw[end:starts[at + 1][0]].split()
                number = bool(words) and is_page_number(words[-1])
                name, after = " ".join(words[:-1] if number else words), ""
            else:  # the last runs to its page number, or to the next label of any kind
                following = _DASHED_NAME.search(raw, end, min(len(raw), end + 400))
                stop = _next_label_start(following) if following else len(raw)
                name, after = _until_page_number(raw[end:stop])
                after = " ".join(part for part in (after, raw[stop:].strip()) if part)
            result.append(raw[start:end] + name)
            if after:
                result.append(after)
    return result


_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z)]) (\d{1,3})(?=[A-Z])")
GLUED_ENTRY_WORDS = 10
GLUED_LINE_CHARS = 400


def _glued_entries(raw_lines: list[str]) -> list[str]:
    """A contents page's sub-entries that a PDF viewer ran into one line ("Civic
    Contribution 5Academic Excellence 6Global Vision 7") are the entries under the
    one before ("Our Focus 4"): each becomes a list item without its page number."""
    result: list[str] = []
    for raw in raw_lines:
        text = raw.strip()
        last = page_number_at_end(text) if len(text) <= GLUED_LINE_CHARS else 0
        cuts = list(_GLUED_NUMBER.finditer(text)) if last and not _starts_item(text) else []
        numbers = [int(cut.group(1)) for cut in cuts] + [last]
        starts = [0] + [cut.end() for cut in cuts]
        ends = [cut.start() for cut in cuts] + [len(text) - len(str(last)) - 1]
        entries = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if not cuts or numbers != sorted(numbers) or not all(
                1 <= _words(entry) <= GLUED_ENTRY_WORDS for entry in entries):
            result.append(raw)
            continue
        result.extend(f"\u2022 {entry}" for entry in entries)
    return result


def _sections_run_together(raw_lines: list[str]) -> list[str]:
    """Numbered contents entries that a document-sharing site ran into one line ("5.0
    Improvement Objectives 9 5.1 To assist in the growth of the local economy …"):
    each section of the same chapter starts a line again."""
    result: list[str] = []
    for raw in raw_lines:
        words = raw.split() if len(raw) <= GLUED_LINE_CHARS else []
        chapter = _section_number(words[0]) if words else None
        cuts = [at for at, word in enumerate(words) if at and chapter is not None
                and (number := _section_number(word)) is not None and number[0] == chapter[0]
                and at + 1 < len(words) and words[at + 1][:1].isupper()]
        if not cuts:
            result.append(raw)
            continue
        for start, end in zip([0, *cuts], [*cuts, len(words)], strict=True):
            result.append(" ".join(words[start:end]))
    return result


def _section_number(word: str) -> tuple[int, int] | None:
    """(5, 1) for a section number such as "5.1", else None."""
    major, dot, minor = word.partition(".")
    if not dot or not (major.isascii() and major.isdigit() and minor.isascii() and
                       minor.isdigit()) or len(major) > 2 or len(minor) > 2:
        return None
    return int(major), int(minor)


# a contents entry's dot leader (four dots or more: three may be an ellipsis), and the
# leader with its page number: "Our Context ........ 4 "
_DOT_LEADER = r"\.{4,200}+"
_LEADER_AND_PAGE = re.compile(rf"{_DOT_LEADER} ?\d{{1,3}}(?= |$)")


def _leaders_run_together(raw_lines: list[str]) -> list[str]:
    """A contents page copied as one line ("Our Context ..... 4 Development of this Plan
    ..... 6 …"): each entry, with its dot leader and page number, on a line of its own."""
    result: list[str] = []
    for raw in raw_lines:
        ends = [match.end() for match in _LEADER_AND_PAGE.finditer(raw[:MAX_LINE_CHARS])] \
            if raw.count("....") >= RUN_TOGETHER_LABELS else []
        if len(ends) < RUN_TOGETHER_LABELS:
            result.append(raw)
            continue
        start = 0
        for end in ends:
            result.append(raw[start:end].strip())
            start = end
        if raw[start:].strip():
            result.append(raw[start:].strip())
    return result


PAGES_RUN_TOGETHER = 5  # entries on one line before it is read as a contents page
PAGE_ENTRY_WORDS = 12


# "6. Strategic Objectives 10 6.1 Encouraging Collaboration … 11": a contents entry, its page
# number, then its first sub-entry, numbered under it, run onto its line
_SUB_ENTRY_RUN_ON = re.compile(r"^(?P<number>\d{1,2})\.? \S.{2,120}? \d{1,3} "
                               r"(?=(?P=number)\.\d{1,2} [A-Z])")


def _sub_entries_run_on(raw_lines: list[str]) -> list[str]:
    """A contents entry's first sub-entry starts a line of its own again."""
    result: list[str] = []
    for raw in raw_lines:
        run_on = _SUB_ENTRY_RUN_ON.match(raw[:GLUED_LINE_CHARS])
        if run_on is None:
            result.append(raw)
            continue
        result.extend((raw[:run_on.end()].rstrip(), raw[run_on.end():]))
    return result


def _pages_run_together(raw_lines: list[str]) -> list[str]:
    """A contents page without dot leaders that a document site ran onto one line
    ("Contents Foreword 4 Mission and Philosophy 6 Values 6 Plan on a Page 7 …"): a row
    a line again, so the contents passes read it. Five or more entries, each ending
    with its page number, the numbers rising."""
    result: list[str] = []
    for raw in raw_lines:
        rows = _rows_run_together(raw) if len(raw) <= GLUED_LINE_CHARS * 3 else []
        if rows and rows[0].split(maxsplit=1)[0].lower() == "contents":
            result.append("Contents")
            rows[0] = rows[0].split(maxsplit=1)[1]
        result.extend(rows or [raw])
    return result


def _rows_run_together(raw: str) -> list[str]:
    """The rows of a contents page run onto one line, or []."""
    parts = entries_by_page_number(raw.split())
    rows = list(parts)
    if rows and not is_page_number(rows[-1][-1]):
        rows.pop()  # (the words after the last entry: the page's next line)
    if len(rows) < PAGES_RUN_TOGETHER or any(
            not 2 <= len(part) <= PAGE_ENTRY_WORDS + 1 for part in rows):
        return []
    if not mostly_rising([int(part[-1]) for part in rows]):
        return []
    return [" ".join(part) for part in parts]


CONTENTS_LEADERS = 3  # entries with dot leaders that make a block a contents page


def _contents_entries_broken(raw_lines: list[str]) -> list[str]:
    """A contents entry whose title a PDF broke over two lines ("Priority 3: Good jobs,
    with opportunities for people to" / "progress and develop.......25") joined again:
    in a contents page, a line without its dot leader that opens as the entries do,
    followed by a line with the leader that does not."""
    if sum(1 for raw in raw_lines if _ends_with_leader(raw)) < CONTENTS_LEADERS:
        return raw_lines
    joined: list[str] = []
    for raw in raw_lines:
        previous = joined[-1] if joined else ""
        if previous.strip() and not _ends_with_leader(previous) and \
                _ends_with_leader(raw) and _opening_word(previous) and \
                _opening_word(raw) != _opening_word(previous) and \
                _entry_like_above(joined, _opening_word(previous)):
            joined[-1] = f"{previous.rstrip()} {raw.strip()}"
            continue
        joined.append(raw)
    return joined


# a line ending with a dot leader whose page number a narrow copy put on the next line
_LEADER_AT_END = re.compile(rf"{_DOT_LEADER}$")


def _contents_entries_wrapped(raw_lines: list[str]) -> list[str]:
    """A contents entry that a narrow copy wrapped, joined again: its page number
    alone on the line after the leader ("Our Annual Plan……" / "12"), or the end of
    its name on the leader's line, straight under its start, opening in small letters
    or with the leader itself ("Violence, disorder and antisocial" / "behaviour……
    14"), or after a start that breaks off mid-sentence ("Performance and" /
    "Accountability…… 12"). Otherwise a new entry opens with a capital, so entries one
    under another stay apart."""
    if sum(1 for raw in raw_lines if _has_leader(raw)) < CONTENTS_LEADERS:
        return raw_lines
    joined: list[str] = []
    for raw in raw_lines:
        previous = joined[-1].rstrip() if joined else ""
        text = raw.strip()
        if not previous:
            joined.append(raw)
        elif is_page_number(text) and _LEADER_AT_END.search(previous[-220:]):
            joined[-1] = f"{previous} {text}"  # the page number carried over
        elif not _has_leader(raw) or _has_leader(previous):
            joined.append(raw)
        elif text[:1].islower() or ends_mid_sentence(previous):
            joined[-1] = f"{previous} {text}"  # the end of a name broken above
        elif text[:1] == ".":
            joined[-1] = previous + text  # the leader alone under its name
        else:
            joined.append(raw)
    return joined


def _has_leader(raw: str) -> bool:
    """Whether a line ends with a dot leader, with its page number or without."""
    return _ends_with_leader(raw) or bool(_LEADER_AT_END.search(raw.rstrip()[-220:]))


def _ends_with_leader(raw: str) -> bool:
    """Whether a line ends with a dot leader and its page number ("… ....... 25")."""
    tail = raw.rstrip()[-220:]
    return any(match.end() == len(tail) for match in _LEADER_AND_PAGE.finditer(tail))


def _opening_word(raw: str) -> str:
    words = raw.split(maxsplit=1)
    return words[0] if words else ""


def _entry_like_above(joined: list[str], word: str) -> bool:
    """Whether an entry above opens with the same word and has its leader."""
    return any(line.split(maxsplit=1)[:1] == [word] and _ends_with_leader(line)
               for line in joined[-12:])


def _repeated_label(text: str, known: set[str]) -> list[tuple[int, int]]:
    """Where the "Label – " (or "Label 3: ") that starts three or more entries of a line
    starts and ends each time; empty when no label does. A label in ``known``, that
    started entries on a line before, needs to start only one ("40 Strategic theme 4 –
    … 44 Strategic enabler 1 – …", the next row of the same contents page); a label
    found is added to it."""
    found: dict[str, list[tuple[int, int]]] = {}
    for match in _DASHED_NAME.finditer(text[:MAX_LINE_CHARS]):
        label = _label_ending(match.group(1))
        if label:
            key = "".join("#" if ch.isdigit() else ch for ch in label)
            found.setdefault(key, []).append((match.end(1) - len(label), match.end()))
    for key, spans in sorted(found.items(), key=lambda pair: len(pair[1]), reverse=True):
        if len(spans) >= RUN_TOGETHER_LABELS or key in known:
            known.add(key)
            return spans
    return []


def _next_label_start(match: re.Match[str]) -> int:
    """Where a numbered label starts ("… Public Services ANNEX 1:" → at "ANNEX")."""
    words = match.group(1).split()
    if len(words) >= 2 and words[-1].isdigit():
        return match.end(1) - len(" ".join(words[-2:]))
    return match.start()


def _label_ending(words: str) -> str:
    """The longest label that ends ``words`` ("Future PRIORITY 2" → "PRIORITY 2"), or ""."""
    parts = words.split()
    for start in range(len(parts)):
        candidate = " ".join(parts[start:])
        if _label(candidate + ": x") is not None:
            return candidate
    return ""


def _until_page_number(entry: str) -> tuple[str, str]:
    """(an entry's name, what follows its page number) for "Prosperity 7 Governance …"."""
    words = entry.split()
    for at, word in enumerate(words[:20]):
        if at and is_page_number(word):
            return " ".join(words[:at]), " ".join(words[at + 1:])
    return entry.strip(), ""


def _first_sentence(text: str) -> tuple[str, str]:
    """(the first sentence, the rest) of a text: it ends at ". " before a capital."""
    at = text.find(". ")
    while at != -1:
        if text[at + 2:at + 3].isupper():
            return text[:at + 1], text[at + 2:].strip()
        at = text.find(". ", at + 2)
    return text, ""


def _join_lone_bullets(raw_lines: list[str]) -> list[str]:
    """A bullet alone on its line starts the next line's item (a web page copied with
    its list marks set apart: "·" / "Encourage a more diverse range …"), when the paste
    has two or more such marks. A lone "o", Word's second bullet, is one when the paste
    has two or more of them."""
    joined: list[str] = []
    pending = ""
    o_marks = sum(1 for raw in raw_lines if raw.strip() == "o") >= 2
    # (a page sets apart the marks of a whole list: one mark alone is a separator, "-")
    marks = sum(1 for raw in raw_lines if len(raw) <= 8 and _LONE_BULLET.match(raw)) >= 2
    for raw in raw_lines:
        if len(raw) <= 8 and ((marks and _LONE_BULLET.match(raw)) or
                              (o_marks and raw.strip() == "o")):
            pending = raw.strip()
            continue
        if pending and raw.strip():
            raw = f"{pending} {raw.strip()}"
            pending = ""
        joined.append(raw)
    return joined


_LONE_NUMBER = re.compile(r"^\s*\(?(\d{1,2})[.)]\s*$")


def _join_lone_numbers(raw_lines: list[str]) -> list[str]:
    """A list's number alone on its line starts the next line's item ("1." / "Tackling
    poverty"), as a PDF viewer or a page that sets its numbers apart copies them.

    Only a number with its stop ("1." or "1)") is taken: a bare "1" alone is as
    likely a page number or a contents entry's page."""
    joined: list[str] = []
    pending = ""
    for raw in raw_lines:
        lone = _LONE_NUMBER.match(raw)
        if lone is not None:
            pending = f"{lone.group(1)}."
            continue
        if pending and not raw.strip():
            continue
        if pending:
            indent = raw[:len(raw) - len(raw.lstrip())]
            raw = f"{indent}{pending} {raw.strip()}"
        pending = ""
        joined.append(raw)
    return joined


# The repairs, in the order they run: spacing and lone marks first, then the width a
# page wrapped at, then what a copy ran onto one line (each repair's docstring says why).
LEAD_IN_TAIL_WORDS = 12
BROKEN_LINE_CHARS = 40


def _lead_in_tails(raw_lines: list[str]) -> list[str]:
    """A lead-in sentence broken over two lines ("… the action we are taking to deliver" /
    "these commitments include:") is joined again: a short line starting in lower case
    and ending with a colon can only carry on the line above it."""
    joined: list[str] = []
    for raw in raw_lines:
        tail = raw.strip()
        previous = joined[-1].rstrip() if joined else ""
        if tail[:1].islower() and tail.endswith(":") and _words(tail) <= LEAD_IN_TAIL_WORDS \
                and len(previous.strip()) >= BROKEN_LINE_CHARS and not _starts_item(raw) \
                and not _starts_item(previous) and not previous.endswith(
                    (".", ":", ";", "?", "!")):
            joined[-1] = f"{previous} {tail}"
            continue
        joined.append(raw)
    return joined


_SLASHED_PAGE = re.compile(r"\s/\s?(\d{1,3})\s*$")
_CONTENTS_OVER_PAGE = re.compile(r"^\s*(contents)\s*/\s*page\s*$", re.IGNORECASE)
SLASHED_ROWS = 4  # rows ending "/ 7" that make a contents page


def _slashed_page_numbers(raw_lines: list[str]) -> list[str]:
    """A contents page whose columns a copy parted with slashes ("Contents / page",
    "Improving health in Salford (pledge 1) / 7"): the rows as a contents page gives
    them ("… (pledge 1) 7"), so the contents passes read them."""
    if sum(1 for raw in raw_lines if _SLASHED_PAGE.search(raw[-12:])) < SLASHED_ROWS:
        return raw_lines
    return [_CONTENTS_OVER_PAGE.sub(r"\1", _SLASHED_PAGE.sub(r" \1", raw)) for raw in raw_lines]


_REPAIRS: tuple[Callable[[list[str]], list[str]], ...] = (
    _slashed_page_numbers, _side_by_side, _common_indent, _whole_line_quotes, _word_list_levels,
    _section_sign_bullets,
    _glued_dash_bullets, _single_spaced,
    _join_lone_bullets, _join_lone_numbers, _lower_case_o_bullets, _unwrap,
    _single_spaced,  # (a double-spaced page, wrapped: its spacing shows once unwrapped)
    _lead_in_tails,
    _inline_bullets, _aims_run_together, _numbers_run_together, _headings_run_into_numbers,
    _listed_as_follows,
    _sections_run_together, _leaders_run_together, _contents_entries_wrapped,
    _contents_entries_broken,
    _labels_run_together, _glued_entries, _pages_run_together, _sub_entries_run_on)
