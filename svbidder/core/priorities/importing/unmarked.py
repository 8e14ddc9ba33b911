"""Lists that lost their marks: runs of lines that are a list with no bullets.

A browser's copy of a web page, a PDF's text and a plain Word file often keep a
list's lines but not its bullets or numbers. These passes of :func:`.shapes.apply_shapes`
find such runs and make their lines items, as if the marks were there:

* numbers kept without their full stops ("1 Thriving economy"), rows coded "LW1",
  "LW2" …, numbered paragraphs;
* short lines after a lead-in, with or without its colon, and runs of titles;
* lines set in under a heading, names over their indented sentences, aims that
  open with the same word, groups of lines carrying on one lead-in;
* column headings of a table pasted a cell a line.

A run must look like a list on its own terms (its length, its lines' lengths, how
they open and end), so a run of sentences or a wrapped paragraph stays prose.
Every test works on words already split or on patterns with bounded repetition,
so each pass is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from ...text.search import fold
from .action_verbs import opens_with_an_action
from .announced import (
    NAMING,
    announced_count,
    ends_a_lead_in,
    is_statement,
    names_the_column,
)
from .furniture import (
    REPEATED,
    title_like,
)
from .lines import (
    DOCUMENT_DETAILS,
    UNMARKED_ITEM_WORDS,
    _contact_reason,
    _Line,
    _plain,
    _words,
    ends_mid_sentence,
    first_word,
    following_lines,
    generic_heading,
    label_alone,
    line_before,
    next_lines,
)
from .named import (
    split_pair,
)

PAIRED_ITEM_WORDS = 60
# "… or return it by post to:", "Contact us at:": an address follows.
_CONTACT_LEAD = re.compile(r"\b(?:write|contact|e-?mail|phone|call|address|post|visit|"
                           r"return|send)\b(?: \w+){0,2}\W*$", re.IGNORECASE)
UNMARKED_ITEMS = (2, 25)
_CHAIN_ENDS = (";", "; and", "; or")  # how a list's parts end but the last
SPACED_ITEM_WORDS = 12
_WRAP_WIDTH = (45, 100)  # a PDF page's line, in characters

NUMBERED_PARAGRAPH_WORDS = 20


# "1 Thriving economy": a number and a capital, as a plan on a page sets big numerals
# beside its priorities and a PDF copy keeps them without their full stops
_BARE_NUMBER = re.compile(r"^(\d{1,2}) +([A-Z\u2018\u201c\"'].*)$")
BARE_NUMBERS = 3
BARE_NUMBER_MOST_WORDS = 40


def numbers_without_marks(lines: list[_Line]) -> None:
    """Three or more lines in a row numbered 1, 2, 3 … with no full stop or bracket after
    the number are a numbered list: items, as if the marks were there. The numbers must
    count up from one, so "2 million visitors" or "10 new homes" in a paragraph is not
    one."""
    def read(line: _Line) -> tuple[str, str, str] | None:
        match = _BARE_NUMBER.match(line.text.strip()) if line.kind == "prose" else None
        if match is None or _words(match.group(2)) > BARE_NUMBER_MOST_WORDS:
            return None
        return "", match.group(1), match.group(2)

    for run in _runs_counting_up(lines, read, BARE_NUMBERS):
        for at, number, text in run:
            lines[at] = _Line("item", text.strip(), ("dec", 1), ref=number,
                              indent=lines[at].indent)


def _runs_counting_up(lines: list[_Line],
                      read: Callable[[_Line], tuple[str, str, str] | None],
                      least: int) -> list[list[tuple[int, str, str]]]:
    """Runs of ``least`` or more unsettled lines in a row (blank lines between them
    allowed) that ``read`` finds numbered 1, 2, 3 … under one prefix: each line's index,
    its number or code ("3", "LW3") and its text. ``read`` gives (prefix, number, text)
    for a numbered line, None for any other."""
    runs: list[list[tuple[int, str, str]]] = []
    run: list[tuple[int, str, str]] = []
    prefix = ""
    for index, line in enumerate([*lines, _Line("prose", "")]):
        if line.kind == "blank":
            continue
        found = read(line) if not line.settled else None
        if found and int(found[1]) == len(run) + 1 and (not run or found[0] == prefix):
            prefix = found[0]
            run.append((index, found[0] + found[1], found[2]))
            continue
        if len(run) >= least:
            runs.append(run)
        run = [(index, found[0] + found[1], found[2])] if found and found[1] == "1" else []
        prefix = found[0] if found and run else ""
    return runs


# A row's code, then its text: "LW1 Stop all forms of abuse …", "SO2 Improve …"
_CODED = re.compile(r"^([A-Z]{1,4})(\d{1,2})\s+(?=[A-Z])(.{3,})$")
CODED_ROWS = 3


# the words of a table's heading row over its rows: "Priority Explanation"
_COLUMN_WORDS = frozenset(("priority", "priorities", "explanation", "description", "outcome",
                           "outcomes", "objective", "objectives", "theme", "themes", "goal",
                           "goals", "aim", "aims", "action", "actions", "measure", "measures",
                           "ref", "reference", "no", "number", "lead", "target", "targets",
                           "timescale", "what", "why", "how", "detail", "details"))


def _a_heading_row(text: str) -> bool:
    """Whether a short line is only the names of a table's columns."""
    words = fold(text).replace(".", " ").split()
    return 2 <= len(words) <= 5 and all(word in _COLUMN_WORDS for word in words)


def codes_without_marks(lines: list[_Line]) -> None:
    """Three or more lines in a row coded with one prefix and counting up from one
    ("LW1 Stop all forms of abuse …" / "LW2 Improve the lives …" / …), as a table's first
    column gives them: a numbered list, each item's code its number."""
    def read(line: _Line) -> tuple[str, str, str] | None:
        match = _CODED.match(line.text.strip()) if (
            line.kind == "prose" or line.sig == ("para",)) else None
        return (match.group(1), match.group(2), match.group(3)) if match else None

    for run in _runs_counting_up(lines, read, CODED_ROWS):
        for at, code, text in run:
            lines[at] = _Line("item", text.strip(), ("dec", 1), ref=code,
                              indent=lines[at].indent)
        header = line_before(lines, run[0][0])
        if header is not None and _a_heading_row(lines[header].text):
            lines[header] = _Line("skip", lines[header].text, reason="table headings")


def numbered_paragraphs(lines: list[_Line]) -> None:
    """A report's or minutes' numbered paragraphs ("69.1 Councillor Morley introduced
    …", "69.2 The current plan was due to expire …") are prose, not a list: three or
    more items numbered under one section number, half or more of them long sentences
    (a long objective, "5.3 Well-being Objective 3 – Address the supply …", has no
    full stop)."""
    sections: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.kind == "item" and line.sig[:1] == ("dec",) and line.ref.count(".") == 1:
            sections.setdefault(line.ref.split(".")[0], []).append(index)
    for members in sections.values():
        long = sum(1 for i in members if _words(lines[i].text) > NUMBERED_PARAGRAPH_WORDS
                   and lines[i].text.rstrip().endswith("."))  # sentences, not objectives
        if len(members) >= 3 and long * 2 >= len(members):
            for i in members:
                lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent)


def lists_without_markers(lines: list[_Line]) -> None:
    """A lead-in ending with a colon, then a run of short lines: a list whose bullets
    were lost. A browser's plain-text copy of a web page drops them ("Our
    priorities are:" / "Local jobs and skills" / "A greener borough").

    A lead-in that announces how many is left to the announced-list pass, and a run
    that reads as a paragraph wrapped at a PDF page's width is left as prose.
    """
    first_label = next((at for at, line in enumerate(lines)
                        if line.kind == "item" and line.sig[:1] == ("label",)), len(lines))
    read: set[str] = set()  # the lead-ins whose runs were read as lists
    looked_wrapped: list[tuple[str, list[int]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        run = _run_after(lines, index - 1, first_label)
        if not run:
            continue
        while run and _contact_reason(lines[run[-1]].text) == DOCUMENT_DETAILS:
            run.pop()  # a sign-off under the list ("Mayor of Welshpool 26th July 2017")
        labelled = next((n for n, at in enumerate(run) if label_alone(lines[at].text)), None)
        if labelled is not None:  # ("Equality Outcome 1" over its paragraph: a priority's
            del run[labelled:]  # label, where the lines after the lead-in end)
        texts = [lines[at] for at in run]
        if not UNMARKED_ITEMS[0] <= len(run) <= UNMARKED_ITEMS[1] or \
                _sentences(line, texts) or any(_contact_reason(item.text) for item in texts):
            continue  # an address to write to is not a list
        if _wrapped(texts):
            looked_wrapped.append((_lead_key(line.text), run))
            continue
        read.add(_lead_key(line.text))
        _make_items(lines, run)
        index = run[-1] + 1
    # "This means:" over a run under each theme: one run that looks like a paragraph
    # wrapped ("… take pride in" / "fewer public buildings …") is a list as the others are
    for lead, run in looked_wrapped:
        if lead in read and all(lines[at].kind == "prose" for at in run):
            _make_items(lines, run)


def _run_after(lines: list[_Line], lead: int, first_label: int) -> list[int]:
    """The run of lines the line at ``lead`` leads into, when it is a lead-in, a heading
    that names the list or the page's title; else none."""
    line, index = lines[lead], lead + 1
    if _names_what_follows(line):
        return _titles_after(lines, index)
    if (_unmarked_lead_in(line) or _lead_in_without_colon(lines, lead)) and \
            not is_statement(line.text):
        # ("Our mission is:" over its sentence wrapped in a narrow column: no list)
        run = _unmarked_run(lines, index, spaced=False)
        if len(run) < UNMARKED_ITEMS[0]:  # one item to a line, a blank line between
            run = _unmarked_run(lines, index, spaced=True)
        if len(run) < UNMARKED_ITEMS[0] and NAMING.search(line.text[-300:]):
            # "… informed our priorities for the next few years:" / "A clean, safe
            # and welcoming borough." / "Improved access to services."
            run = _unmarked_run(lines, index, spaced=True, full_stops=True)
        if len(run) < UNMARKED_ITEMS[0]:  # actions, a paragraph each
            run = _unmarked_run(lines, index, spaced=True, actions=True)
        return run
    if line.kind == "prose" and not line.settled and generic_heading(line.text) and \
            not _one_of_a_run(lines, lead):
        # a heading that only names the list ("Our priorities") over three to eight
        # short lines with no line between: the list without its bullets
        run = _titles_after(lines, index)
        if not run and first_label >= index:
            # (under a labelled priority, "Outcomes" over sentences is that one's)
            run = _objectives_after(lines, index)
        return run
    if _the_page_title(lines, lead):
        # a page's title straight over three or more lines, each an action ("Give
        # every child the best start in life" / "Create the conditions for …"): the
        # page's list, its bullets lost
        run = _unmarked_run(lines, index, spaced=False, actions=True)
        return run if len(run) >= TITLED_ACTIONS else []
    return []


TITLED_ACTIONS = 3
PAGE_TITLE_WORDS = 12


def _the_page_title(lines: list[_Line], index: int) -> bool:
    """Whether the line at ``index`` is a page's title: a short title, not a sentence,
    with nothing before it but what was left out ("Toggle menu"). (The look back stops
    at the first line that is neither blank nor left out, so it never copies the page.)"""
    line = lines[index]
    return line.kind == "prose" and not line.settled and \
        title_like(line.text.rstrip(), PAGE_TITLE_WORDS) and \
        not line.text.rstrip().endswith((".", ":", ";", ",")) and \
        all(before.kind in ("blank", "skip") for before in islice(lines, index))


def _lead_key(text: str) -> str:
    return " ".join(fold(text).split())


def _make_items(lines: list[_Line], run: list[int]) -> None:
    """The lines of a run as items, as they would read with their bullets; items between
    them are their own lists, a level down."""
    for at in run:
        indent = lines[at].indent
        lines[at] = _Line("item", lines[at].text, ("bullet", min(indent // 2, 10)),
                          indent=indent, continues=True)
    for at in range(run[0], run[-1]):
        line = lines[at]
        if line.kind == "item" and at not in run and line.sig[:1] == ("bullet",):
            line.sig = ("bullet", lines[run[0]].sig[1] + 1, *line.sig[2:])


SHARED_WORD_NAMES = (3, 10)
SHARED_WORD_NAME_WORDS = 5


def names_sharing_a_word(lines: list[_Line]) -> None:
    """Three or more short names in a row, a blank line or none between them, that end
    with the same word ("Confident Communities" / "Prosperous Communities" / "Active
    Communities" / "Green Communities"), after a paragraph: a list of priorities set
    as tiles or boxes, whose bullets a copy never had."""
    index = 0
    while index < len(lines):
        run = _shared_word_run(lines, index)
        # (the line before is looked for only for a run: found for every line, a long
        # stretch of blank lines would be walked back over again and again)
        before = line_before(lines, index) if SHARED_WORD_NAMES[0] <= len(run) else None
        if SHARED_WORD_NAMES[0] <= len(run) <= SHARED_WORD_NAMES[1] and \
                before is not None and lines[before].kind == "prose" and \
                _words(lines[before].text) > SHARED_WORD_NAME_WORDS and \
                not lines[before].text.rstrip().endswith(":"):  # (a lead-in's list: its own)
            for at in run:
                lines[at] = _Line("item", lines[at].text, ("bullet", 0),
                                  indent=lines[at].indent, continues=True)
            index = run[-1] + 1
        else:
            index += 1


def _shared_word_run(lines: list[_Line], start: int) -> list[int]:
    """Indexes of the short capitalised names from ``start`` that end with one word."""
    run: list[int] = []
    last = ""
    at = start
    while at < len(lines):
        line = lines[at]
        if line.kind == "blank" and run:
            at += 1
            continue
        text = line.text.rstrip()
        words = text.split()
        if line.kind != "prose" or line.settled or not title_like(text, SHARED_WORD_NAME_WORDS) \
                or len(words) < 2 or not words[-1][:1].isupper() or \
                text.endswith(".") or (last and fold(words[-1]) != last):
            break
        last = fold(words[-1])
        run.append(at)
        at += 1
    return run


def _one_of_a_run(lines: list[_Line], index: int) -> bool:
    """Whether a short line follows two more in a row ("Integrity" / "Connectivity" /
    "Ambition"): one of a list of names, not a heading over the lines after it."""
    before = [lines[at] for at in range(index - 1, max(-1, index - 3), -1)]
    return len(before) == 2 and all(
        line.kind == "prose" and _words(line.text) <= 3 and line.text[-1:].isalnum()
        for line in before)


SAME_OPENING_RUN = 4  # lines in a row that open "To …": fewer may be a paragraph's
OBJECTIVE_WORDS = 40
LONG_OBJECTIVE_WORDS = 60  # in a list parted by semicolons ("To build upon …;")
OBJECTIVE_FEWEST_WORDS = 5
_OBJECTIVE_OPENING = re.compile(r"^(?:To|We will) [a-z]|^[A-Z](?:[a-z]{2,20}ing|[A-Z]{2,20}ING) ")


def _opening(text: str) -> str:
    """How an objective opens: "To", "We will" or a verb in "-ing" ("Promoting …")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return "-ing" if first.casefold().endswith("ing") else text.strip()[:3]


def objectives_without_markers(lines: list[_Line]) -> None:
    """Four or more lines in a row, no line between, each one objective opening "To …",
    "We will …" or a verb in "-ing" ("To maintain the defibrillators" / "To support the
    maintenance of the war memorial"; "Promoting the local economy …" / "Raising the
    living standards …"): a list whose bullets a browser's copy dropped."""
    index = 0
    while index < len(lines):
        run: list[int] = []
        at = index
        while at < len(lines) and _an_objective_line(lines[at]) and (
                not run or _opening(lines[at].text) == _opening(lines[run[0]].text)):
            run.append(at)
            at += 1
        index = at + 1 if not run else at
        if len(run) < SAME_OPENING_RUN or _wrapped([lines[i] for i in run]) or (
                _opening(lines[run[0]].text) == "-ing" and not _after_a_lead_in(lines, run)):
            continue
        if any(_words(lines[i].text) > OBJECTIVE_WORDS for i in run) and not all(
                lines[i].text.rstrip().endswith((";", "; and")) for i in run[:-1]):
            continue  # long objectives must be parted as a list's are, by semicolons
        for i in run:
            lines[i] = _Line("item", lines[i].text, ("bullet", 0), indent=lines[i].indent)


def _after_a_lead_in(lines: list[_Line], run: list[int]) -> bool:
    """Whether a run of "-ing" lines follows a line ending with a colon ("… following
    these policy objectives:"), and each is a phrase, not a name ("Acting Sustainably"):
    names and their descriptions opening so are a table's cells, not a list."""
    at = line_before(lines, run[0])
    return at is not None and (lines[at].text.rstrip().endswith(":") or _names_its_list(
        lines[at].text)) and all(_words(lines[i].text) >= OBJECTIVE_FEWEST_WORDS for i in run)


# A short heading that names the list under it: "Operational priorities", "Our aims"
_LIST_NAME = re.compile(r"^(?:[\w'’-]+ ){0,3}(?:priorities|objectives|aims|outcomes|goals|"
                        r"ambitions|commitments)$", re.IGNORECASE)


def _names_its_list(text: str) -> bool:
    return _LIST_NAME.match(text.strip()) is not None


def _an_objective_line(line: _Line) -> bool:
    return line.kind == "prose" and not line.settled and \
        _OBJECTIVE_OPENING.match(line.text.strip()) is not None and \
        _words(line.text) <= LONG_OBJECTIVE_WORDS and not line.text.rstrip().endswith(":")


NAMES_OVER_SENTENCES = 2


def names_over_indented_sentences(lines: list[_Line]) -> None:
    """After a lead-in ("Our priorities are:"), two or more short names each over a
    sentence set in beneath it ("Economic growth" / "    Supporting local businesses to
    grow.") or carrying it on in lower case ("Culture" / "improving the quality of lives
    …", a table's two columns read row by row): each name a priority and its sentence
    the guidance, not a list a level down."""
    for index, line in enumerate(lines):
        if not (line.kind == "prose" and line.text.rstrip().endswith(":")) and \
                not generic_heading(line.text):
            continue
        pairs: list[int] = []
        at = next(following_lines(lines, index + 1), len(lines))
        while at < len(lines):
            under = next(following_lines(lines, at + 1), len(lines))
            if under >= len(lines) or not _name_over_sentence(lines[at], lines[under]):
                break
            pairs.append(at)
            at = next(following_lines(lines, under + 1), len(lines))
        if len(pairs) < NAMES_OVER_SENTENCES:
            continue
        for at in pairs:
            name = lines[at]
            lines[at] = _Line("item", _plain(name.text), ("para",), indent=name.indent)


def _name_over_sentence(name: _Line, sentence: _Line) -> bool:
    if not (name.kind == "prose" and sentence.kind == "prose" and not name.settled
            and title_like(name.text, 8) and not name.text.rstrip().endswith((".", ":"))):
        return False
    if sentence.text[:1].islower():  # "Culture" / "improving the quality of lives …"
        # (not a sentence the copy broke: "Over the next four years we" / "will build …")
        return _words(sentence.text) >= max(LOWER_CASE_SENTENCE_WORDS, _words(name.text)) \
            and not ends_mid_sentence(name.text) and not sentence.text.rstrip().endswith(":")
    return (2 <= sentence.indent - name.indent < SECOND_COLUMN
            and sentence.text.rstrip().endswith(".") and _words(sentence.text) >= 3)


LOWER_CASE_SENTENCE_WORDS = 4
INDENTED_ITEMS = 2
LED_IN_ITEM_WORDS = 60
# Lines set this far in from the line above are a page's second column, pasted beside
# the first, not a list under it
SECOND_COLUMN = 20


SHORT_HEADING_WORDS = 6


def indented_lists(lines: list[_Line]) -> None:
    """Two or more short lines set in from the line above them: a list whose bullets a
    copy dropped but whose indent it kept ("Best Start to Life" / "  Children get the
    best start to life" / "  Children and young people are equipped …")."""
    above: _Line | None = None  # the last line that was not blank
    blank_since = False  # whether a blank line came after it
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == "blank" or (line.kind == "skip" and line.reason == REPEATED):
            blank_since = blank_since or line.kind == "blank"
            index += 1  # (past a heading left out as repeated: "Key pledges" under each)
            continue
        # a group set in as far as the list just above, after a blank line: more of its
        # items, grouped as the page spaced them
        next_group = above is not None and above.kind == "item" and blank_since and \
            line.kind == "prose" and line.indent >= 2 and above.indent == line.indent
        blank_since = False
        if above is None or not next_group and (
                line.kind != "prose" or line.indent < 2 or
                above.kind != "prose" or above.indent >= line.indent or
                line.indent - above.indent >= SECOND_COLUMN):  # (an item's tail; a column)
            above = line
            index += 1
            continue
        at = index
        # (after a lead-in, "Our new priorities are:", an item set in may be a long aim)
        # (or under a short heading, "Thriving people", whose set-in lines are its items)
        most = LED_IN_ITEM_WORDS if next_group or above.text.rstrip().endswith(":") or (
            title_like(above.text, SHORT_HEADING_WORDS) and not above.text.endswith(".")) \
            else UNMARKED_ITEM_WORDS
        at = _set_in_run_end(lines, index, line.indent, most)
        if at - index < INDENTED_ITEMS and most < LED_IN_ITEM_WORDS:
            longer = _set_in_run_end(lines, index, line.indent, LED_IN_ITEM_WORDS)
            if _long_aims_alike([lines[i] for i in range(index, longer)]):
                at = longer  # ("  Ensure all those who … one another." / "  Ensure that …")
        # (a paragraph set in and wrapped, its lines carried on in lower case, is not one)
        if at - index >= INDENTED_ITEMS and not _carried_on(lines[index:at]):
            for item in range(index, at):
                lines[item] = _Line("item", lines[item].text,
                                    ("bullet", min(line.indent // 2, 10)),
                                    indent=line.indent, continues=True)
        above = lines[max(at, index + 1) - 1]
        index = max(at, index + 1)


def _set_in_run_end(lines: list[_Line], start: int, indent: int, most: int) -> int:
    """The index after the prose lines set in by ``indent`` from ``start``, each of at
    most ``most`` words."""
    at = start
    while at < len(lines) and lines[at].kind == "prose" and lines[at].indent == indent and \
            not lines[at].settled and _words(lines[at].text) <= most and \
            not _contact_reason(lines[at].text):
        at += 1
    return at


LONG_AIMS = 3


def _long_aims_alike(run: list[_Line]) -> bool:
    """Whether set-in lines of one long sentence each, three or more, read as one list's
    aims: two or more open with the same word ("Ensure …", "Ensure …", "Empower …")."""
    firsts = [first_word(line.text) for line in run]
    return len(run) >= LONG_AIMS and all(
        line.text[:1].isupper() and line.text.rstrip(". ").count(". ") == 0 for line in run) \
        and len(set(firsts)) < len(firsts)


def _carried_on(run: list[_Line]) -> bool:
    """Whether a line of the run starting with a capital is carried on by the next, in
    lower case, mid-sentence ("… individuals, increase" / "independence and …")."""
    return run[0].text[:1].isupper() and any(
        after.text[:1].islower() and not line.text.rstrip().endswith((".", ";", ":", ","))
        for line, after in zip(run, run[1:], strict=False))


TITLE_RUN = (3, 8)  # short titled lines after a paragraph that speaks of priorities
TITLE_RUN_WORDS = 8


def _names_what_follows(line: _Line) -> bool:
    """A paragraph whose last sentence speaks of the priorities ("My plan sets out the
    key strategic priorities and goals for the next four years.")."""
    text = line.text.rstrip()
    if line.kind != "prose" or not text.endswith(".") or _words(text) < 8:
        return False
    last = text[text.rfind(". ", 0, len(text) - 1) + 1:]
    return bool(NAMING.search(last))


def _titles_after(lines: list[_Line], start: int) -> list[int]:
    """Three to eight short titled lines straight after ``start`` ("Champion community
    needs" / "Strengthen partnerships" / …), up to the next paragraph."""
    run: list[int] = []
    end = min(len(lines), start + TITLE_RUN[1] + 1)
    for at in range(start, end):
        if not _a_run_title(lines[at], TITLE_RUN_WORDS) and not (
                # one longer title among short ones ("Providing good quality affordable
                # homes, in particular for those most in need" / "Climate and …")
                run and at + 1 < end and _a_run_title(lines[at], LONG_RUN_TITLE_WORDS)
                and _a_run_title(lines[at + 1], TITLE_RUN_WORDS)):
            break
        run.append(at)
    after = lines[run[-1] + 1] if run and run[-1] + 1 < len(lines) else None
    ends = after is None or after.kind == "blank" or _words(after.text) > TITLE_RUN_WORDS or \
        after.text.rstrip().endswith(":")  # ("Statutory Officer Comments:": the next part)
    return run if TITLE_RUN[0] <= len(run) <= TITLE_RUN[1] and ends else []


LONG_RUN_TITLE_WORDS = 16


def _a_run_title(line: _Line, most_words: int) -> bool:
    """Whether a line could be one of a run of titles: prose, a title, not a clause."""
    text = line.text.rstrip()
    return line.kind == "prose" and title_like(text, most_words) and \
        not text.endswith((".", ":", ";", ",")) and not ends_mid_sentence(text)


COLUMN_HEADING_WORDS = 6


def column_headings(lines: list[_Line]) -> None:
    """Two short lines after a lead-in, each naming a level ("Our Annual Objectives are:"
    / "Strategic Aims" / "Trust Objectives for 2021-22"), then the rows: the headings
    of a table's columns, read one cell a line; not two of the priorities."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or not line.text.rstrip().endswith(":"):
            continue
        cells = next_lines(lines, index + 1, most=2)
        if len(cells) == 2 and all(_a_column_heading(lines[at]) for at in cells):
            for at in cells:
                lines[at] = _Line("skip", lines[at].text, reason="table headings")


def _a_column_heading(line: _Line) -> bool:
    return line.kind == "prose" and not line.settled and \
        _words(line.text) <= COLUMN_HEADING_WORDS and names_the_column(line.text)


GROUPS_CARRYING_ON = (2, 4)  # groups and lines in all, fewest
CARRYING_LINE_WORDS = 60  # "our communities take good care of those who are elderly …"
CARRYING_LINES = 12  # lines under one name


def groups_carrying_on_a_lead_in(lines: list[_Line]) -> None:
    """A lead-in, then short names each over lines that carry on its sentence ("We see a
    future in which:" / "Economy" / "businesses are thriving and growing" / … / "People"
    / "our people enjoy good wellbeing"): themes and their outcomes, the headings and
    bullets lost in a browser's copy."""
    for index, line in enumerate(lines):
        if not _unmarked_lead_in(line):
            continue
        groups = _carrying_groups(lines, index + 1)
        if len(groups) < GROUPS_CARRYING_ON[0] or \
                sum(len(members) for _, members in groups) < GROUPS_CARRYING_ON[1]:
            continue
        for title, members in groups:
            lines[title] = _Line("item", _plain(lines[title].text), ("h", 6), hint="theme",
                                 indent=lines[title].indent, heading=True)
            for at in members:
                lines[at] = _Line("item", lines[at].text, ("bullet", 0),
                                  indent=lines[at].indent)


def _carrying_groups(lines: list[_Line], start: int) -> list[tuple[int, list[int]]]:
    """(name, its lines) for each short name over lines starting in lower case."""
    groups: list[tuple[int, list[int]]] = []
    at = start
    while True:
        following = next_lines(lines, at, most=1)
        if not following:
            return groups
        title = lines[following[0]]
        if title.kind != "prose" or title.settled or not title_like(title.text, 4) or \
                title.text.rstrip().endswith((".", ":")):
            return groups
        members: list[int] = []
        for member in next_lines(lines, following[0] + 1, most=CARRYING_LINES):
            text = lines[member].text.rstrip()
            if lines[member].kind != "prose" or lines[member].settled or \
                    not text[:1].islower() or _words(text) > CARRYING_LINE_WORDS or \
                    text.endswith(":"):
                break
            members.append(member)
        if not members:
            return groups
        groups.append((following[0], members))
        at = members[-1] + 1


OBJECTIVES_RUN = (3, 12)
_WE_WILL = re.compile(r"^we (?:will|shall)\b", re.IGNORECASE)


def _objectives_after(lines: list[_Line], start: int) -> list[int]:
    """Three to twelve lines of one sentence each straight after a heading such as
    "Objectives" ("Support local business and economic activity in the parish." /
    "Respond to planning applications … on time, ensuring …"), up to a blank line, a
    heading or the end: the heading's list, its bullets dropped by a browser's copy."""
    run: list[int] = []
    at = start
    while at < len(lines) and len(run) <= OBJECTIVES_RUN[1]:
        line, text = lines[at], lines[at].text.rstrip()
        if line.kind != "prose" or line.settled or not text[:1].isupper() or \
                _words(text) > OBJECTIVE_WORDS or text.endswith((":", ";", ",")) or \
                _SENTENCE_INSIDE.search(text) or (_words(text) <= TITLE_RUN_WORDS and
                                                  not text.endswith(".")):
            break
        run.append(at)
        at += 1
    after = lines[at] if at < len(lines) else None
    ends = after is None or after.kind == "blank" or (
        after.kind == "prose" and title_like(after.text, TITLE_RUN_WORDS)
        and not after.text.rstrip().endswith("."))
    if after is not None and after.kind == "prose" and generic_heading(after.text) and \
            run and _WE_WILL.match(lines[run[-1]].text):
        run.pop()  # "We will reform … care." over the next "Priorities": that list's name
    return run if OBJECTIVES_RUN[0] <= len(run) <= OBJECTIVES_RUN[1] and ends else []


def _unmarked_lead_in(line: _Line) -> bool:
    """A prose line ending with a colon that introduces a list, not a label
    ("Category:", "Objective One:"), a count ("our four priorities:") or an address."""
    text = line.text.rstrip()
    # (a semicolon typed for the colon: "The objectives for 2017-18 included;")
    return (line.kind == "prose" and (text.endswith(":") or (
                text.endswith(";") and ends_a_lead_in(text)))
            and _words(text) >= 2
            and not label_alone(text) and not announced_count(text)
            and not _contact_reason(text) and not _CONTACT_LEAD.search(text))


def _lead_in_without_colon(lines: list[_Line], index: int) -> bool:
    """A sentence left open with no colon ("In summary these are") over a line that ends
    as a list's item does ("to protect the natural beauty of the Park;")."""
    line = lines[index]
    text = line.text.rstrip()
    if line.kind != "prose" or not text[-1:].isalpha() or _words(text) < 3 or \
            not ends_a_lead_in(text):
        return False
    after = next(following_lines(lines, index + 1), None)
    return after is not None and lines[after].kind == "prose" and \
        lines[after].text.rstrip().endswith(_CHAIN_ENDS)


def _unmarked_run(lines: list[_Line], start: int, *, spaced: bool,
                  full_stops: bool = False, actions: bool = False) -> list[int]:
    """Indexes of the short lines after a lead-in (two blank lines allowed first). With
    ``spaced``, single blank lines may part them, and every line must be a title; with
    ``full_stops`` too (after a lead-in that names the priorities), the titles may each
    end with a full stop, so long as every one does; with ``actions`` instead, each
    line opens with an action and may be a long sentence ("Raising the living standards
    of Rotherham residents …")."""
    at = start
    while at < min(start + 2, len(lines)) and lines[at].kind == "blank":
        at += 1
    run: list[int] = []
    chained = False  # every line so far ends with a semicolon, as a list's parts do
    while at < len(lines):
        line = lines[at]
        if line.kind == "blank" and spaced and run:
            # (a wider gap, two blank lines, may part a list's groups on a page)
            after = next((i for i in range(at + 1, min(at + 3, len(lines)))
                          if lines[i].kind != "blank"), None)
            if after is not None and lines[after].kind == "prose":
                at = after
                continue
        if line.kind == "blank" and not spaced and len(run) >= 2 and \
                _a_second_group(lines, at + 1, lines[run[0]]):
            at += 1  # "Economic prosperity" … / "" / "Early years and education" …
            continue
        text = line.text.rstrip()
        # (a line that counts its own list, "And three new priorities:", or that ends
        # as a sentence does, "… a sustainable economy by:", is a lead-in)
        if not spaced and line.kind == "prose" and text.endswith(":") and \
                _words(text) <= UNMARKED_ITEM_WORDS and not announced_count(text) and \
                not ends_a_lead_in(text) and \
                (after := _items_from(lines, at + 1)):
            run.append(at)  # "Support delivery of key NHS priorities:" over its own list
            at = after
            continue
        # ("Name – what it means" lines, after others all such, may run longer)
        # (the lines set in under them, their own points, are not weighed)
        longest = PAIRED_ITEM_WORDS if run and (split_pair(text) is not None and all(
            split_pair(lines[i].text) is not None for i in run
            if lines[i].indent == lines[run[0]].indent)
            or _one_long_among_short(lines, at, run)) else UNMARKED_ITEM_WORDS
        if (actions or run) and opens_with_an_action(text) and \
                all(opens_with_an_action(lines[i].text) for i in run):
            longest = LED_IN_ITEM_WORDS  # actions may each run long ("Build social value …")
        if chained:  # so may parts ending with semicolons, the last with its full stop
            longest = max(longest, LED_IN_ITEM_WORDS)
        # ("Drugs (both taking and dealing);" / "Rural crime (… hare coursing.": the last)
        if line.kind != "prose" or _words(text) > longest or text.endswith(":") \
                or (run and line.indent < lines[run[0]].indent) \
                or (run and text.endswith("?") and not lines[run[0]].text.endswith("?")) \
                or (announced_count(text) and ends_a_lead_in(text)) \
                or (run and not lines[run[-1]].text.rstrip().endswith(_CHAIN_ENDS)
                    and _a_sentence_after_phrases(lines[run[0]], line)) \
                or (actions and not opens_with_an_action(text)) \
                or (spaced and not actions and not chained and (
                    _words(text) > SPACED_ITEM_WORDS and not _set_in(line, lines, run)
                    or text.endswith(".") != full_stops)):
            break
        chained = text.endswith(_CHAIN_ENDS) and (chained or not run)
        run.append(at)
        at += 1
        if len(run) >= 2 and (lines[run[-2]].text.rstrip().endswith(("; and", "; or")) or (
                text.endswith(".") and not any(lines[i].text.rstrip().endswith(".")
                                               for i in run[:-1]))):
            break  # "…; and" then the last item, or a full stop after phrases: it is over
    return run


def _one_long_among_short(lines: list[_Line], at: int, run: list[int]) -> bool:
    """Whether the line at ``at`` is one long item among short ones ("Volunteering days"
    / "Training and recruitment opportunities for the long term economically inactive
    (… immediately prior to the date of this invitation)" / "Sponsoring of …"): the
    items before it and the line after it are all short phrases."""
    after = at + 1
    return after < len(lines) and lines[after].kind == "prose" and \
        lines[after].text[:1].isupper() and _words(lines[after].text) <= SPACED_ITEM_WORDS \
        and all(_words(lines[i].text) <= SPACED_ITEM_WORDS for i in run)


def _set_in(line: _Line, lines: list[_Line], run: list[int]) -> bool:
    """Whether a line is set in from the run's first item: one of an item's own points
    ("Build the Local Economy" / "    Ensure early intervention, in particular to keep our
    region's most vulnerable children safe"), which may run longer than a name."""
    return bool(run) and line.indent > lines[run[0]].indent


def _a_second_group(lines: list[_Line], start: int, first: _Line) -> bool:
    """Whether two or more short lines like the run's first start at ``start`` and run
    to a blank line or the end: a list set out in groups on its page."""
    group = 0
    for line in lines[start:start + UNMARKED_ITEMS[1]]:
        if line.kind == "blank":
            break
        if line.kind != "prose" or line.text.rstrip().endswith((":", ".")) or \
                _words(line.text) > SPACED_ITEM_WORDS or not title_like(line.text) or \
                _a_sentence_after_phrases(first, line):
            return False
        group += 1
    return group >= 2


def _items_from(lines: list[_Line], start: int) -> int:
    """The index after the list items that start at ``start``, or 0 if none do."""
    at = start
    while at < len(lines) and lines[at].kind == "item" and not lines[at].heading:
        at += 1
    return at if at > start else 0


def _a_sentence_after_phrases(first: _Line, line: _Line) -> bool:
    """A full sentence after a list of phrases ends the list: "healthy, safe and
    engaged communities" / "Implementation of this policy will help to deliver …". A
    line in lower case after phrases in lower case is their last ("ensure a consistent
    approach" / "maintain … the risks involved.")."""
    if line.text[:1].islower() and first.text[:1].islower():
        return False
    if first.text.rstrip().endswith(".") or not line.text.rstrip().endswith(".") or \
            _words(line.text) < 12:
        return False
    # (phrases with capitals may end with one more that carries the list's full stop)
    opener = first_word(line.text).casefold()
    return first.text[:1].islower() or bool(_A_VERB_THAT_STATES.search(line.text)
                                            or _A_QUOTATION.search(line.text)
                                            or _SENTENCE_INSIDE.search(line.text)) or (
        opener in _STATEMENT_OPENERS and first_word(first.text).casefold() != opener)


# Words that make a line a statement, not one more phrase of a list with its closing full
# stop ("Confidence in those working in social care, and in the effectiveness of …")
_A_VERB_THAT_STATES = re.compile(
    r"\b(?:will|is|are|was|were|has|have|had|can|could|should|must|would|may|might|shall|"
    r"does|do|did|helps?|sets?|aims?|means?|includes?|provides?)\b", re.IGNORECASE)
# Words a statement opens with ("The Environment (Wales) Act 2016 places a duty …") that
# a list's phrases do not, unless they all do
_STATEMENT_OPENERS = frozenset((
    "the", "this", "these", "those", "it", "its", "we", "our", "they", "their", "there",
    "in", "as", "each", "every", "for", "by", "since", "all", "you", "your", "i"))
_A_QUOTATION = re.compile(r"[:\"\u201c]")  # "… said: “…”"


_SENTENCE_INSIDE = re.compile(r"[a-z)]\. [A-Z]")  # "… everything we / do. For every …"

SENTENCE_ITEM_WORDS = 12


def _sentences(lead: _Line, run: list[_Line]) -> bool:
    """True when every line is a whole sentence, long on average, after a lead-in that
    neither names priorities nor promises ("By 2017, we want the County Council to
    be:" / "Through strong financial management … we provide or enable … services
    for Suffolk people."): paragraphs describing something, not a list that lost its
    bullets. After "the following strategic objectives:" or "I will:", sentences are
    the commitments."""
    if NAMING.search(lead.text[:800]) or ends_a_lead_in(lead.text) or \
            all(opens_with_an_action(line.text) for line in run):
        return False  # (each opening with an action, "Raising the living standards …")
    return all(line.text.rstrip().endswith(".") for line in run) and \
        sum(_words(line.text) for line in run) >= SENTENCE_ITEM_WORDS * len(run)


def _wrapped(run: list[_Line]) -> bool:
    """True when the lines read as one paragraph wrapped at a page's width: every line
    but the last nearly as long as the longest, none of them ending a sentence; or,
    in a run that starts with a capital, a line of page width carried on by a line
    in lower case ("… travel solutions that" / "are attractive …")."""
    if any(_broken_at(line, after) for line, after in zip(run, run[1:], strict=False)):
        return True  # "Over the next four years we" / "will build …": whatever the width
    widths = [len(line.text.rstrip()) for line in run]
    widest = max(widths)
    low, high = _WRAP_WIDTH
    if low <= widest <= high and all(
            width >= 0.85 * widest and not line.text.rstrip().endswith((".", ";", "!", "?"))
            for width, line in zip(widths[:-1], run[:-1], strict=True)) and (
            any(ends_mid_sentence(line.text) for line in run[:-1])
            or any(_SENTENCE_INSIDE.search(line.text) for line in run)
            or (run[0].text[:1].isupper() and not _each_a_phrase(run))):
        return True  # lower-case phrases of one length ("to create …") are a list
    if not run[0].text[:1].isupper():
        return False  # "housing where residents can live well" / "a green borough"
    return any(low <= width <= high and not line.text.rstrip().endswith((".", ";", ",", "!", "?"))
               and after.text[:1].islower() and _words(after.text) > 2
               for width, line, after in zip(widths, run, run[1:], strict=False))


def _each_a_phrase(run: list[_Line]) -> bool:
    """Whether three or more lines each open with a capital, a short phrase of its own ("Bydd
    pobl ym Mhowys yn byw bywydau hapus" / "Mae Powys yn sir o fannau …"): a wrapped
    paragraph's lines carry its sentence on, mostly in lower case."""
    return len(run) >= 3 and all(line.text[:1].isupper() and
                                 _words(line.text) <= SPACED_ITEM_WORDS for line in run)


_JOINED_BY_PUNCTUATION = re.compile(r"[;,] \w+$")  # "Local jobs; and": the list's last but one


def _broken_at(line: _Line, after: _Line) -> bool:
    """A line the copy broke mid-sentence: it ends on a word no sentence ends on ("we",
    "for", "the") and the next line carries on in lower case."""
    text = line.text.rstrip()
    return ends_mid_sentence(text) and not _JOINED_BY_PUNCTUATION.search(text) and \
        after.text[:1].islower()
