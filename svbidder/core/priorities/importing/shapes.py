"""Step 1½ of importing priorities: shapes councils use that have no list markers.

Classifying lines one at a time (:mod:`.lines`, :mod:`.docx`) finds headings
and list items. Councils often write their priorities without either, so this
pass looks at runs of lines:

* lists that lost their bullets: a kept indent, short titled lines after a
  paragraph that speaks of priorities, a run of short lines after a lead-in;
* headings pasted as plain lines over their lists, and labelled items
  ("Priority 1: …") that lead into lists of their own;
* lists introduced by a vision or values statement or by past achievements
  ("a track record of … including:"), and lists made only of questions, are
  not priorities: they become prose;
* when a sentence announces or names the list, the other lists become prose.

:func:`apply_shapes` runs these with the passes of :mod:`.furniture` (what is
on the page but not the document: debris, contents pages, running headers),
:mod:`.announced` (sentences that count or name the list) and :mod:`.named`
(a name over what it means: "Name – what it means" paragraphs, a short line over
its paragraph) in the order that lets each use what the one before settled.

Every test here works on words already split or on patterns with bounded
repetition, so the pass is linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from ...text.search import fold
from .action_verbs import opens_with_an_action
from .announced import (
    INTRODUCES,
    NAMING,
    STATEMENT,
    VISION_LEAD,
    announced_count,
    announced_lists,
    ends_a_lead_in,
    is_statement,
    last_sentence,
    named_in_a_sentence,
    named_in_an_item,
    names_the_column,
    speaks_of_values,
)
from .furniture import (
    CAPTION,
    REPEATED,
    WEB_DEBRIS,
    breadcrumb_trail,
    chapter_lists,
    contents_numbers_first,
    contents_page_numbers,
    contents_with_leaders,
    drop_debris,
    drop_repeats,
    labels_over_their_names,
    press_release_end,
    priorities_in_contents,
    site_menus,
    statutory_aspects,
    title_like,
)
from .lines import (
    DOCUMENT_DETAILS,
    UNMARKED_ITEM_WORDS,
    _contact_reason,
    _Line,
    _plain,
    _words,
    continues_item,
    ends_mid_sentence,
    first_word,
    following_lines,
    generic_heading,
    label_alone,
    line_before,
    next_lines,
)
from .named import (
    DOCUMENT_KINDS,
    introduced_list,
    named_paragraphs,
    one_label_over_each,
    pairs,
    run_in_names,
    split_pair,
)
from .tab_tables import tables_one_cell_a_line
from .themes_over_actions import (
    action_paragraphs,
    actions_after_a_lead_in,
    actions_under_labels,
    themes_over_actions,
)

# A list after "a track record of … including:" shows past work, not what the council wants.
_PAST_LEAD = re.compile(r"\btrack[- ]record\b|"
                        # what people said when asked: "The broad areas they highlighted were:"
                        r"\b(?:they|you|people|residents|staff|respondents|participants) "
                        r"(?:highlighted|raised|mentioned|told us|said)\b|"
                        r"\b(?:has|have|had) (?:already |either )?"
                        r"(?:achieved|delivered)\b|\bmade (?:good |some |significant )?progress "
                        r"(?:against|on|towards)\b|"
                        r"\bour (?:successes|achievements)\b|\bcase stud|"
                        # "Our ambition is built on our proud history of global impact:"
                        r"\bbuilt on (?:our|a|its) (?:proud |long |strong )?(?:history|heritage|"
                        r"track record|legacy)\b|"
                        # "The Strong Foundations we’ve built:"
                        r"\bwe(?:['’]ve| have) (?:already )?(?:built|laid|put in place)\b",
                        re.IGNORECASE)
_PAST_HEADING = re.compile(r"\b(?:successes|achievements|(?:key |our )strengths|so far|"
                           r"what we have (?:done|achieved)|case stud(?:y|ies)|highlights)\b",
                           re.IGNORECASE)

# What the law asks of a body, told in the third person ("The PSB had to do this by:",
# "The council has a statutory duty to:"): its duties, not the priorities it chose (what
# a body "is required to" set out in its plan may be its aims, and is not caught)
_DUTY_LEAD = re.compile(r"^(?!.*\b(?:we|our|us)\b).*\b(?:(?:had|has|have) to|(?:a|its|their) "
                        r"(?:statutory |legal )?duty to|"
                        # "… Act 2014, which sets out a requirement that:"
                        r"(?:sets?|lays?) out (?:a|the) (?:statutory |legal )?requirements? "
                        r"(?:that|to|for))\b", re.IGNORECASE)

# "The Framework can be used in many ways:", "How to use this toolkit:", "Additional
# documents:": about the document or what comes with it.
_USAGE_LEAD = re.compile(r"\b(?:can be used|how to use|ways to use|use (?:this|the) "
                         r"(?:framework|toolkit|guide|document|policy)|purpose of (?:this|the) "
                         r"(?:report|paper|document|meeting))\b|^(?:additional |related |"
                         r"supporting |background )?(?:documents|downloads|attachments|papers|"
                         r"links)\b|^(?:view|read|download|see|find|visit|explore) (?:our|the|"
                         r"all|more)\b|"
                         # "… contribute to a discussion about:": the topics of a talk
                         r"\b(?:discussions?|conversations?|debate|survey|questionnaire|"
                         r"questions|views) (?:about|on|around)\s?:$", re.IGNORECASE)

# "… would be to:-", a colon written ":-"; "Key Priorities for Community Benefits -"
_COLON_DASH = re.compile(r"\s?:\s?[-\u2013]$|(?<=[A-Za-z]) [-\u2013]$")


# "The council has set the following well-being objectives." ends as a lead-in does
_FOLLOWING_END = re.compile(r"\bthe following(?: [\w'\u2019-]+){0,4}\.$", re.IGNORECASE)


def apply_shapes(lines: list[_Line]) -> list[_Line]:
    """The lines with debris left out and marker-less priorities turned into items."""
    for line in lines:
        if line.kind in ("prose", "item") and line.text.endswith(("-", "\u2013")):
            line.text = _COLON_DASH.sub(":", line.text)
        elif line.kind == "prose" and line.text.endswith(".") and \
                _FOLLOWING_END.search(line.text[-80:]):
            line.text = line.text[:-1] + ":"  # "… set the following objectives." leads in
    lines = tables_one_cell_a_line(lines)
    labels_over_their_names(lines)
    priorities_in_contents(lines)
    contents_page_numbers(lines)
    contents_with_leaders(lines)
    contents_numbers_first(lines)
    chapter_lists(lines)
    _labels_nested_by_ref(lines)
    lines = [drop_debris(line) for line in lines]
    press_release_end(lines)
    _names_in_capitals_on_the_cover(lines)
    _captions_among_items(lines)
    _headings_in_a_row_after_a_lead_in(lines)
    site_menus(lines)
    breadcrumb_trail(lines)
    drop_repeats(lines)
    statutory_aspects(lines)
    _measures_named(lines)
    _sub_lists_named(lines)
    _numbers_without_marks(lines)
    _codes_without_marks(lines)
    _numbered_paragraphs(lines)
    _names_over_indented_sentences(lines)
    _objectives_without_markers(lines)
    themes_over_actions(lines)
    actions_under_labels(lines)
    action_paragraphs(lines)
    actions_after_a_lead_in(lines)
    _groups_carrying_on_a_lead_in(lines)
    _column_headings(lines)
    _names_sharing_a_word(lines)
    _lists_without_markers(lines)
    _indented_lists(lines)
    _labels_over_paragraphs(lines)
    _statement_items(lines)
    named_inside = _a_list_named_inside_a_list(lines)
    _questions_and_vision_lists(lines)
    _a_lone_item_over_a_named_list(lines)
    _plain_theme_headings(lines)
    announced = announced_lists(lines) | _labelled_items(lines) | named_in_an_item(lines) | \
        any(line.announced and line.sig == ("contents",) for line in lines) | named_inside
    _headings_that_count(lines)
    _headings_a_sentence_counts(lines)
    _points_of_the_last_priority(lines)
    if not announced and all(_a_numbered_paragraph(line) for line in lines
                             if line.kind == "item" and not line.heading):
        announced = _named_in_a_paragraph(lines)
    _headings_over_lead_ins(lines)
    _lone_items_that_describe(lines)
    one_label_over_each(lines)
    lines = pairs(lines)
    run_in_names(lines)
    # a list the text announces, or introduces with a colon, is the priorities, not the
    # page's section headings over their paragraphs
    if not announced and not introduced_list(lines):
        named_paragraphs(lines)
    elif not announced:
        _named_paragraphs_in_their_section(lines)
    _lists_without_intent(lines)
    _unlabelled_beside_labelled(lines)
    if _no_list(lines):
        named_in_a_sentence(lines)  # minutes and news: the priorities are in the prose
    if announced:
        _other_lists_to_prose(lines)
    return lines


def _no_list(lines: list[_Line]) -> bool:
    """Whether a page holds no list: no items, or a news story's headline and one lone
    bullet (its byline) among its prose."""
    items = [line for line in lines if line.kind == "item"]
    return len(items) <= 2 and sum(1 for line in items if not line.heading) <= 1


# "PEOPLE PLACE ORGANISATION": a plan's themes set side by side on its cover
_CAPITAL_NAMES = re.compile(r"^(?:[A-Z]{3,20} ){2,5}[A-Z]{3,20}$")
# words that make such a line a phrase or a document's name ("NOT PROTECTIVELY MARKED",
# "SINGLE OUTCOME AGREEMENT")
_NOT_A_NAME = frozenset(("NOT", "AND", "THE", "FOR", "OUR", "WITH", "FROM", "PLAN", "PLANS",
                         "STRATEGY", "REPORT", "POLICY", "AGREEMENT", "CONTENTS", "STATEMENT",
                         "FRAMEWORK", "CHARTER", "MARKED", "OFFICIAL", "ANNUAL", "REVIEW"))


def _names_in_capitals_on_the_cover(lines: list[_Line]) -> None:
    """A line of three to six single words in capitals, alone, that the document repeats
    at the start of another line (its cover and a running header: "PEOPLE PLACE
    ORGANISATION"): the themes set side by side, each a priority."""
    texts = [" ".join(line.text[:200].split()) for line in lines]
    starts: set[str] = set()  # the first three to six words of lines that go on after them
    for text in texts:
        words = text.split(" ", 7)
        starts.update(" ".join(words[:count]) for count in range(3, min(len(words), 7)))
    alone = Counter(texts)
    for index, line in enumerate(lines):
        if line.kind == "prose" and not line.settled and alone[texts[index]] == 1 and \
                _CAPITAL_NAMES.match(texts[index]) and texts[index] in starts and \
                not _NOT_A_NAME.intersection(texts[index].split()):
            lines[index:index + 1] = [_Line("item", word, ("bullet", 0), indent=line.indent,
                                            announced=True) for word in texts[index].split()]
            return


CAPTION_WORDS = 8
# a heading speaks to or for someone; a picture's caption describes the scene
_SPEAKS = re.compile(r"\b(?:we|our|us|you|your|i|my)\b", re.IGNORECASE)


def _captions_among_items(lines: list[_Line]) -> None:
    """A short line, or one the paste took for a heading, between two bullets of a list that came
    straight after its lead-in ("… to agree commitments …:" / "• Realise …" / "Canal barge
    and canal bridge" / "• Support …"): a picture's caption among the items, not a
    heading over the rest, for the list began under no heading of its own."""
    for index, line in enumerate(lines[1:-1], start=1):
        before, after = lines[index - 1], lines[index + 1]
        if not ((line.kind == "prose" or line.heading and line.sig == ("lead",))
                and before.kind == after.kind == "item" and not before.heading
                and not after.heading and before.sig == after.sig
                and before.sig[:1] == ("bullet",)):
            continue
        text = line.text.strip()
        if _words(text) > CAPTION_WORDS or text.endswith((".", ":", ";", ",")) or \
                NAMING.search(text) or _SPEAKS.search(text) or generic_heading(text) or \
                any(ch.isdigit() for ch in text):
            continue  # ("Our values", "Some of what we do": the next section's heading)
        start = index - 1
        while start > 0 and lines[start - 1].kind == "item" and \
                not lines[start - 1].heading and lines[start - 1].sig == before.sig:
            start -= 1
        lead = line_before(lines, start)
        if lead is not None and lines[lead].kind == "prose" and \
                lines[lead].text.rstrip().endswith(":"):
            lines[index] = _Line("skip", line.text, reason=CAPTION)


SECTION_HEADING_WORDS = 6


def _named_paragraphs_in_their_section(lines: list[_Line]) -> None:
    """After every list, a heading naming the priorities ("Key priorities to 2021") over
    names each followed by its paragraph: those names are priorities too, beside the
    list a lead-in introduced earlier ("In order to do this, we:" / "1. Represent …")."""
    last_item = max((at for at, line in enumerate(lines) if line.kind == "item"), default=-1)
    heading = next((at for at in range(last_item + 1, len(lines))
                    if lines[at].kind == "prose" and not lines[at].settled
                    and title_like(lines[at].text, SECTION_HEADING_WORDS)
                    and not lines[at].text.rstrip().endswith((".", ":"))
                    and NAMING.search(lines[at].text)),
                   None)
    if heading is None:
        return
    section = lines[heading:]
    named_paragraphs(section)
    if any(line.kind == "item" for line in section):
        section[0] = _Line("item", _plain(section[0].text), ("h", 6),
                           indent=section[0].indent, heading=True)  # over its own names
    lines[heading:] = section


# "… agreed to focus on three main aspects of Health and Wellbeing:": the list that
# follows breaks down one priority already named
_ASPECTS_OF = re.compile(r"\b(?:aspects|areas|elements|parts|strands) of (?:the |our )?"
                         r"(?P<name>[^.:;]{3,80}):$", re.IGNORECASE)
POINTS_OF_A_PRIORITY = "the sentence that introduces the points of one priority"


def _points_of_the_last_priority(lines: list[_Line]) -> None:
    """A counted list whose lead-in says it breaks down the last priority of the list
    before it ("- Poverty" / "- Health and Wellbeing" / "… three main aspects of Health
    and Wellbeing:" / "- Child health"): its items are that priority's outcomes, set in
    under it."""
    last: _Line | None = None
    for index, line in enumerate(lines):
        if line.kind == "item" and line.announced and not line.heading:
            last = line
            continue
        if last is None or not (line.kind == "prose" or (
                line.kind == "skip" and line.reason == INTRODUCES)):
            continue
        named = _ASPECTS_OF.search(last_sentence(line.text.strip()))
        if named is None or fold(named.group("name")).strip() != fold(last.text).strip():
            continue
        points = list(itertools.takewhile(lambda at: lines[at].kind == "item" and
                                          not lines[at].heading, next_lines(lines, index + 1)))
        if not points:
            continue
        line.kind, line.reason = "skip", POINTS_OF_A_PRIORITY
        for at in points:
            lines[at].sig, lines[at].indent = \
                ("bullet", min(last.indent // 2 + 1, 10), 9), last.indent + 2
            lines[at].announced = True
        last = None


PARAGRAPH_WORDS = 8  # a numbered item this long, ending with a full stop, is a paragraph
LONG_PARAGRAPH_WORDS = 24  # (or this long without one: a copy may lose its full stop)


def _a_numbered_paragraph(line: _Line) -> bool:
    """Whether an item is a report's numbered paragraph ("1. This report provides members
    with brief details of the above meeting."), not a list's item."""
    words = _words(line.text)
    return line.sig[:1] == ("dec",) and words >= PARAGRAPH_WORDS and (
        line.text.rstrip().endswith(".") or words >= LONG_PARAGRAPH_WORDS)


def _named_in_a_paragraph(lines: list[_Line]) -> bool:
    """On a report's page of numbered paragraphs, a sentence that counts the priorities
    and names them ("4. To note the format of the report corresponds with the four
    priority headings …– ‘Ready to Scale …’; …"), in a paragraph of its own or in a
    numbered one: then the numbered paragraphs are the report's prose, not a list."""
    paragraphs = [line for line in lines if line.kind == "item" and not line.heading]
    for line in paragraphs:
        line.kind = "prose"
    if named_in_a_sentence(lines, counted=True):
        return True
    for line in paragraphs:
        line.kind = "item"
    return False


def _ref_depth(ref: str) -> int:
    return ref.count(".") + 1 if ref else 0


def _labels_nested_by_ref(lines: list[_Line]) -> None:
    """Labels whose numbers show the nesting decide the levels, not the label words.

    A plan may number its levels "Outcome 1" over "Priority 1.1": the dotted numbers
    say the priorities sit under the outcome, although "priority" is usually the
    higher word. When every label of one word is numbered deeper than every label of
    the other, the deeper ones go under the others as their detail.
    """
    depths: dict[int, set[int]] = {}
    for line in lines:
        if line.kind == "item" and line.sig[:1] == ("label",) and line.ref:
            depths.setdefault(line.sig[1], set()).add(_ref_depth(line.ref))
    if len(depths) != 2:
        return
    upper, lower = sorted(depths)
    if min(depths[upper]) <= max(depths[lower]):
        return
    for line in lines:
        if line.kind == "item" and line.sig == ("label", upper):
            line.sig, line.hint, line.heading = ("label", 3), "", False


PAIRED_ITEM_WORDS = 60
# "… or return it by post to:", "Contact us at:": an address follows.
_CONTACT_LEAD = re.compile(r"\b(?:write|contact|e-?mail|phone|call|address|post|visit|"
                           r"return|send)\b(?: \w+){0,2}\W*$", re.IGNORECASE)
UNMARKED_ITEMS = (2, 25)
SPACED_ITEM_WORDS = 12
_WRAP_WIDTH = (45, 100)  # a PDF page's line, in characters

NUMBERED_PARAGRAPH_WORDS = 20


# "1 Thriving economy": a number and a capital, as a plan on a page sets big numerals
# beside its priorities and a PDF copy keeps them without their full stops
_BARE_NUMBER = re.compile(r"^(\d{1,2}) +([A-Z\u2018\u201c\"'].*)$")
BARE_NUMBERS = 3
BARE_NUMBER_MOST_WORDS = 40


def _numbers_without_marks(lines: list[_Line]) -> None:
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


def _codes_without_marks(lines: list[_Line]) -> None:
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


def _numbered_paragraphs(lines: list[_Line]) -> None:
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


def _lists_without_markers(lines: list[_Line]) -> None:
    """A lead-in ending with a colon, then a run of short lines: a list whose bullets
    were lost. A browser's plain-text copy of a web page drops them ("Our
    priorities are:" / "Local jobs and skills" / "A greener borough").

    A lead-in that announces how many is left to the announced-list pass, and a run
    that reads as a paragraph wrapped at a PDF page's width is left as prose.
    """
    first_label = next((at for at, line in enumerate(lines)
                        if line.kind == "item" and line.sig[:1] == ("label",)), len(lines))
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _names_what_follows(line):
            run = _titles_after(lines, index)
        elif (_unmarked_lead_in(line) or _lead_in_without_colon(lines, index - 1)) and \
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
        elif line.kind == "prose" and not line.settled and generic_heading(line.text) and \
                not _one_of_a_run(lines, index - 1):
            # a heading that only names the list ("Our priorities") over three to eight
            # short lines with no line between: the list without its bullets
            run = _titles_after(lines, index)
            if not run and first_label >= index:
                # (under a labelled priority, "Outcomes" over sentences is that one's)
                run = _objectives_after(lines, index)
        else:
            continue
        while run and _contact_reason(lines[run[-1]].text) == DOCUMENT_DETAILS:
            run.pop()  # a sign-off under the list ("Mayor of Welshpool 26th July 2017")
        texts = [lines[at] for at in run]
        if not UNMARKED_ITEMS[0] <= len(run) <= UNMARKED_ITEMS[1] or _wrapped(texts) or \
                _sentences(line, texts) or any(_contact_reason(item.text) for item in texts):
            continue  # an address to write to is not a list
        for at in run:
            indent = lines[at].indent  # as the line would read with its bullet
            lines[at] = _Line("item", lines[at].text, ("bullet", min(indent // 2, 10)),
                              indent=indent, continues=True)
        for at in range(run[0], run[-1]):  # an item's own list, a level down
            line = lines[at]
            if line.kind == "item" and at not in run and line.sig[:1] == ("bullet",):
                line.sig = ("bullet", lines[run[0]].sig[1] + 1, *line.sig[2:])
        index = run[-1] + 1


SHARED_WORD_NAMES = (3, 10)
SHARED_WORD_NAME_WORDS = 5


def _names_sharing_a_word(lines: list[_Line]) -> None:
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
OBJECTIVE_FEWEST_WORDS = 5
_OBJECTIVE_OPENING = re.compile(r"^(?:To|We will) [a-z]|^[A-Z](?:[a-z]{2,20}ing|[A-Z]{2,20}ING) ")


def _opening(text: str) -> str:
    """How an objective opens: "To", "We will" or a verb in "-ing" ("Promoting …")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return "-ing" if first.casefold().endswith("ing") else text.strip()[:3]


def _objectives_without_markers(lines: list[_Line]) -> None:
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
        _words(line.text) <= OBJECTIVE_WORDS and not line.text.rstrip().endswith(":")


NAMES_OVER_SENTENCES = 2


def _names_over_indented_sentences(lines: list[_Line]) -> None:
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


def _indented_lists(lines: list[_Line]) -> None:
    """Two or more short lines set in from the line above them: a list whose bullets a
    copy dropped but whose indent it kept ("Best Start to Life" / "  Children get the
    best start to life" / "  Children and young people are equipped …")."""
    above: _Line | None = None  # the last line that was not blank
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == "blank" or (line.kind == "skip" and line.reason == REPEATED):
            index += 1  # (past a heading left out as repeated: "Key pledges" under each)
            continue
        if line.kind != "prose" or line.indent < 2 or above is None or \
                above.kind != "prose" or above.indent >= line.indent or \
                line.indent - above.indent >= SECOND_COLUMN:  # (an item's tail; a column)
            above = line
            index += 1
            continue
        at = index
        # (after a lead-in, "Our new priorities are:", an item set in may be a long aim)
        # (or under a short heading, "Thriving people", whose set-in lines are its items)
        most = LED_IN_ITEM_WORDS if above.text.rstrip().endswith(":") or (
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


def _column_headings(lines: list[_Line]) -> None:
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


def _groups_carrying_on_a_lead_in(lines: list[_Line]) -> None:
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
        lines[after].text.rstrip().endswith((";", "; and", "; or"))


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
        # ("Drugs (both taking and dealing);" / "Rural crime (… hare coursing.": the last)
        if line.kind != "prose" or _words(text) > longest or text.endswith(":") \
                or (run and line.indent < lines[run[0]].indent) \
                or (run and text.endswith("?") and not lines[run[0]].text.endswith("?")) \
                or (announced_count(text) and ends_a_lead_in(text)) \
                or (run and not lines[run[-1]].text.rstrip().endswith((";", "; and", "; or"))
                    and _a_sentence_after_phrases(lines[run[0]], line)) \
                or (actions and not opens_with_an_action(text)) \
                or (spaced and not actions and (
                    _words(text) > SPACED_ITEM_WORDS and not _set_in(line, lines, run)
                    or text.endswith(".") != full_stops)):
            break
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


def _a_list_named_inside_a_list(lines: list[_Line]) -> bool:
    """A summary's bullets, one of which names the priorities and leads into a list set
    in under it ("• Our Improvement Objectives for 2024/25 were:" / "    - People: …" /
    "• Of 56 indicators used to track progress:" / "    - 87% were achieved"): that
    list is the priorities; the summary's other bullets, and what is set in under
    them, are its prose. Returns whether one was found."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or not NAMING.search(line.text) or (
                not line.text.endswith(":") and not _names_the_priorities(line)) or \
                _leads_to_no_priorities(line.text) or \
                _words(line.text) <= 2 and line.text.endswith(":"):
            continue  # ("o Objectives:" labels the points of the aim above)
        following = next_lines(lines, index + 1, most=1)
        if not following or lines[following[0]].kind != "item" or \
                not _set_in_under(lines[following[0]], line) or lines[following[0]].heading:
            continue
        start = index
        while start > 0 and _in_a_list(lines[start - 1]):
            start -= 1
        end = _list_end(lines, index + 1)
        last = next((at for at in range(following[0], end) if lines[at].kind == "item"
                     and not _set_in_under(lines[at], line)), end)  # the named list's end
        for at in range(start, end):
            if lines[at].kind != "item":
                continue
            if following[0] <= at < last:
                lines[at].announced = True
            else:
                lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent,
                                  settled=True)
        return True
    return False


def _questions_and_vision_lists(lines: list[_Line]) -> None:
    """Lists of questions, or under a vision statement, are not priorities: make them prose."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind != "item" or line.heading:
            index += 1
            continue
        end = index
        # (a link left out as debris, "Local Plan (PDF, 2 MB)", does not end the list)
        while end < len(lines) and (
                lines[end].kind == "blank" or lines[end].reason == WEB_DEBRIS or (
                lines[end].kind == "item" and not lines[end].heading
                and lines[end].sig[:1] == line.sig[:1]) or (  # "2. Next theme" ends "- …"
                lines[end].kind == "prose" and continues_item(lines[end]))):
            end += 1
        run = [i for i in range(index, end) if lines[i].kind == "item"]
        before = [lines[i] for i in range(index - 1, max(-1, index - 5), -1)
                  if lines[i].kind != "blank" and lines[i].reason != WEB_DEBRIS][:2]
        lead = before[0] if before else None
        questions = all(lines[i].text.rstrip().endswith("?") for i in run)
        # "… based around the following six principles" / "We will:": a short lead-in
        # carries on the sentence before it (not one that ends with its own colon:
        # "Additional documents:" / "RESOLVED: That Council:")
        leads = before[:2] if lead is not None and _words(lead.text) <= 4 and \
            len(before) > 1 and before[1].kind == "prose" and \
            not before[1].text.rstrip().endswith(":") and \
            not NAMING.search(lead.text) else before[:1]  # "Our priorities are:" says itself
        vision = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                  and any(_leads_to_no_priorities(line.text) for line in leads))
        # "Our values" / "In everything we do we aim to:", "Our draft Vision:" / "We will:":
        # the heading says what the list is
        # (not "Our Purpose" / "… Our aim is to:": the lead-in names the list)
        vision = vision or (lead is not None and lead.kind == "prose" and
                            lead.text.endswith(":") and len(before) > 1 and
                            _words(before[1].text) <= 5 and
                            bool(STATEMENT.match(before[1].text)) and
                            not NAMING.search(lead.text) and not NAMING.search(before[1].text)
                            and not _OUR_AIM.search(last_sentence(lead.text))
                            and not _MISSION_AIMS.match(last_sentence(lead.text)))
        # a list straight under a heading "Our values", "Our vision", "Our mission", or
        # "Our successes so far"
        vision = vision or (lead is not None and lead.kind in ("prose", "item")
                            and _words(lead.text) <= 5 and not lead.text.endswith((".", ":"))
                            and bool(STATEMENT.match(lead.text)
                                     or _PAST_HEADING.search(lead.text)))
        vision = vision or _values_explained(lead, lines, index)
        past = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                and bool(_PAST_LEAD.search(lead.text) or _DUTY_LEAD.search(
                    last_sentence(lead.text))))
        items = [lines[i] for i in run]
        # ("Improvement Objective 3 • We will …" under "PEOPLE Achievements 2015-16":
        # items labelled as objectives say what they are, whatever the heading)
        vision = vision and not all(item.sig[:1] == ("label",) and item.hint == "outcome"
                                    for item in items)
        if questions or vision or past or _decisions(lead, items) or _agenda(items):
            for i in run:
                lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent, settled=True)
        index = max(end, index + 1)


_VALUES_HEADING = re.compile(r"^(?:our |the )?(?:[\w'’-]+ )?values$", re.IGNORECASE)
_VALUES_WORD = re.compile(r"\bvalues\b", re.IGNORECASE)


def _values_explained(lead: _Line | None, lines: list[_Line], index: int) -> bool:
    """Whether the list at ``index`` follows a sentence about the values under a heading
    "Our values" ("Our values" / "The word GREAT" / "The Council has a set of GREAT values
    to help us achieve this vision and priorities." / the list): the values, not more
    priorities."""
    if lead is None or lead.kind != "prose" or not lead.text.rstrip().endswith(".") or \
            not _VALUES_WORD.search(lead.text):
        return False
    above = [lines[at] for at in range(index - 1, max(-1, index - 8), -1)
             if lines[at].kind != "blank"][1:4]
    return any(_VALUES_HEADING.match(line.text.strip()) for line in above)


# "Mission Statement" / "… In particular to:": what the mission is to do, item by item
_MISSION_AIMS = re.compile(r"^(?:in particular|specifically|this means|that is),? (?:we will )?"
                           r"(?:to|we will):$", re.IGNORECASE)

def _a_lone_item_over_a_named_list(lines: list[_Line]) -> None:
    """A bullet standing alone just above a heading that names the list under it ("• To
    develop travel and transport solutions for Shetland …" / "Strategic Objectives:" /
    "• To underpin …" / "• To support …"): the vision a news item sets apart, not one
    more priority."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or line.sig[:1] != ("bullet",):
            continue
        before = line_before(lines, index)
        after = next_lines(lines, index + 1, most=3)
        if (before is not None and lines[before].kind == "item") or len(after) < 3:
            continue
        name, first, second = (lines[at] for at in after)
        if name.kind == "prose" and generic_heading(name.text) and \
                all(item.kind == "item" and item.sig == line.sig for item in (first, second)):
            lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)


# "Our aim is to:", "Our main objective is to:": one word for the list that follows
_OUR_AIM = re.compile(r"^our (?:\w+ )?(?:aim|objective|goal|priority|ambition) (?:is|will be)\b",
                      re.IGNORECASE)

_DECIDED = re.compile(r"\b(?:resolved|agreed|decided|recommended)\b", re.IGNORECASE)
_DECISION_VERBS = frozenset(("note", "notes", "noted", "agree", "agreed", "approve", "approved",
                             "delegate", "delegated", "endorse", "endorsed", "authorise",
                             "authorised", "recommend", "request", "ask", "instruct", "adopt",
                             "receive", "received", "consider", "support"))


# A meeting's standing items: "1. SEDERUNT AND APOLOGIES", "2. Declarations of interest",
# "3. Minutes of the last meeting", "Any other business", "Date of next meeting"
_AGENDA_ITEM = re.compile(r"^(?:sederunt|apologies|declarations? of (?:interests?|pecuniary)|"
                          r"minutes? of (?:the )?(?:(?:last|previous) )?meeting|(?:any )?other "
                          r"(?:competent |urgent )?business|date (?:and time )?of (?:the )?next "
                          r"meeting|urgent (?:business|items?)|exclusion of (?:the )?(?:press|"
                          r"public)|welcome and (?:introductions|apologies))\b", re.IGNORECASE)
AGENDA_ITEMS = 2


def _agenda(items: list[_Line]) -> bool:
    """A meeting's agenda: two or more of its items are the standing items every
    meeting has, so the list is what was discussed, not what the council will do."""
    return sum(1 for item in items if _AGENDA_ITEM.match(item.text)) >= AGENDA_ITEMS


def _decisions(lead: _Line | None, items: list[_Line]) -> bool:
    """A committee's decisions ("Cabinet resolved to:" / "(i) Note the positive impact
    …" / "(ii) Note the intention …"): every item starts with what was decided, so the
    list records the meeting, not the priorities."""
    if items and all(_RESOLUTION.match(item.text) for item in items):
        return True  # "That approval be given to the Social Value Policy."
    if _recommendations(items) or (
            lead is not None and lead.kind == "prose" and lead.settled and lead.text.endswith(":")
            and fold(lead.text).split(maxsplit=1)[0] in _RECOMMENDATION_VERBS):
        return True  # (or what a recommendation lists: "4. Delegate … publish:" / "(a) …")
    if lead is None or lead.kind != "prose" or not _DECIDED.search(lead.text[:300]) or \
            not items:
        return False
    return all(fold(item.text).split(maxsplit=1)[0] in _DECISION_VERBS
               for item in items if item.text.strip())


# What a committee is asked to do, with no lead-in: "1. Note the feedback …", "2. Endorse
# the revised Vision …", "4. Delegate authority to …" (not "Support", "Adopt": aims too)
_RECOMMENDATION_VERBS = frozenset(("note", "agree", "endorse", "delegate", "authorise",
                                   "approve", "receive"))
RECOMMENDATIONS = 3
RECOMMENDATION_SHARE = 0.75  # ("5. (b) an updated … Report": a sub-item the copy numbered)


def _recommendations(items: list[_Line]) -> bool:
    """A report's numbered recommendations without their lead-in: three or more items,
    nearly all starting with what the committee is asked to do."""
    firsts = [fold(item.text).split(maxsplit=1)[0] for item in items if item.text.strip()]
    asked = sum(word in _RECOMMENDATION_VERBS for word in firsts)
    return len(firsts) >= RECOMMENDATIONS and asked >= RECOMMENDATION_SHARE * len(firsts)


# A recommendation in a committee's words: "That the ‘Keep It Local’ principles be adopted."
# … or in a report's: "Leaders' Committee is asked to note the main text of …"
_RESOLUTION = re.compile(r"^that\b[^.;:]{0,200}?\bbe (?:\w+ )?(?:approved|adopted|noted|given|"
                         r"agreed|endorsed|delegated|authorised|received|accepted|considered)\b|"
                         r"^[^.;:]{0,80}?\b(?:is|are) (?:asked|recommended|invited|requested) to "
                         r"(?:note|agree|approve|endorse|consider|comment)\b",
                         re.IGNORECASE)


def _labels_over_paragraphs(lines: list[_Line]) -> None:
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


def _headings_that_count(lines: list[_Line]) -> None:
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


def _headings_a_sentence_counts(lines: list[_Line]) -> None:
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
        at = _list_end(lines, after[0])
    return found


def _names_the_priorities(line: _Line) -> bool:
    """A numbered section that only names the priorities ("4. Strategic Priorities"), in
    a document's outline whose other sections are its parts."""
    return line.sig[:1] == ("dec",) and generic_heading(line.text)


def _set_in_under(item: _Line, line: _Line) -> bool:
    """Whether a list item sits under ``line``'s item: set in further, or bulleted under a
    numbered section at the same indent ("4. Strategic Priorities" / "- Alcohol Misuse")."""
    return item.indent > line.indent or (
        item.indent == line.indent and item.sig[:1] == ("bullet",) != line.sig[:1])


def _in_a_list(line: _Line) -> bool:
    """A list's item (not a heading), or a blank line between items."""
    return line.kind == "blank" or (line.kind == "item" and not line.heading)


def _list_end(lines: list[_Line], at: int) -> int:
    """The index after the list (items and blank lines) that goes on from ``at``."""
    while at < len(lines) and _in_a_list(lines[at]):
        at += 1
    return at


def _alone_label(line: _Line) -> tuple[str, str] | None:
    """(level, ref) when ``line`` is only a label: "Objective One:", "## Priority 3"."""
    if line.kind == "item" and line.sig[:1] == ("label",) and not line.text and line.ref:
        return line.hint or "theme", line.ref
    if line.kind in ("item", "prose") and (line.kind == "prose" or line.heading):
        return label_alone(line.text)
    return None


def _headings_over_lead_ins(lines: list[_Line]) -> None:
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


def _lone_items_that_describe(lines: list[_Line]) -> None:
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


def _headings_in_a_row_after_a_lead_in(lines: list[_Line]) -> None:
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


_STATES_ITSELF = re.compile(r"^(?:our|the|its) (?:vision|mission|purpose)(?: statement)? "
                            r"(?:is|are)\b", re.IGNORECASE)


def _statement_items(lines: list[_Line]) -> None:
    """List items that state the vision, mission or values ("Our Mission: Protecting
    communities…") are not priorities, whatever list they sit in."""
    for index, line in enumerate(lines):
        if line.kind == "item" and (not line.heading or line.sig[:1] == ("label",)) and \
                _STATES_ITSELF.match(line.text):
            # "MISSION: Our mission is to build …", its label already read
            lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)
        elif line.kind == "item" and not line.heading and STATEMENT.match(line.text):
            pair = split_pair(line.text)
            if pair is not None and STATEMENT.match(pair[0]):
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)


def _leads_to_no_priorities(lead: str) -> bool:
    """Whether a lead-in introduces the values, how to use the document or the vision.

    A paragraph whose last sentence names what follows ("… how we will work with
    others … The five strategic priorities in the Borough Plan are:") is judged by
    that sentence alone: the values or vision it spoke of earlier are not the list."""
    last = last_sentence(lead)
    if last != lead.strip() and NAMING.search(last):
        lead = last
    if speaks_of_values(lead) or _USAGE_LEAD.search(lead):
        return True
    return bool(VISION_LEAD.search(lead)) and not announced_count(lead)


def _plain_theme_headings(lines: list[_Line]) -> None:
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


_INTENT = re.compile(r"\b(?:aims?|priorit\w*|outcomes?|benefits?|objectives?|goals?|achieve|"
                     r"ambitions?|aspirations?|commit\w*|want|will|pledge\w*|focus\w*|themes?|principles)\b",
                     re.IGNORECASE)


# A lead-in offering examples or choices: "This could be:", "for example:", "such as:"
_EXAMPLES = re.compile(r"(?:\b(?:this|these|that|it|they|which) (?:could|can|may|might) "
                       r"(?:be|include)|\bfor (?:example|instance)|\bsuch as|\be\.g\.?)\s*:$",
                       re.IGNORECASE)
# A consultation's questions: "we are particularly keen to know if:", "Tell us:"
_ASKS = re.compile(r"\b(?:(?:keen|like|want|wish) to (?:know|hear)|tell us|let us know|"
                   r"your views)\b[^:]{0,60}:$", re.IGNORECASE)
# A list that says what the framework's words mean ("Themes: the overarching …")
_DEFINES_A_LEVEL = re.compile(r"^(?:themes?|outcomes?|measures?|objectives?|priorit(?:y|ies)|"
                              r"indicators?|targets?|actions?|goals?)\s?[:\u2013\u2014-]\s",
                              re.IGNORECASE)


def _states_intent(lead: str, items: list[str]) -> bool:
    """Whether a lead-in and its list state aims or priorities: not when the lead-in
    offers examples ("This could be:") or the items say what the framework's own words
    mean ("Themes: the overarching strategic themes …", "Outcomes: …")."""
    if _EXAMPLES.search(lead.rstrip()) or _ASKS.search(lead[-120:].rstrip()):
        return False
    if sum(1 for item in items if _DEFINES_A_LEVEL.match(item)) >= 2:
        return False
    last = lead.rstrip().rsplit(". ", 1)[-1]  # (after "… over 2025/26.", too)
    if _DIFFICULTIES.search(last) and not _INTENT.search(last):
        return False  # "… This will require us to … These issues include:"
    return bool(_INTENT.search(lead))


# What a list of the difficulties ahead is called: "These issues include:"
_DIFFICULTIES = re.compile(r"\b(?:issues|challenges|risks|pressures|threats|barriers)\b",
                           re.IGNORECASE)


def _lists_without_intent(lines: list[_Line]) -> None:
    """Of several lists each after a lead-in sentence, those whose lead-in says nothing of
    aims or priorities ("We spend £150 million a year on:"), offers examples, or whose
    items define the framework's words, are not priorities, when another's lead-in does
    state them ("we aim to deliver the following benefits:")."""
    lists: list[tuple[bool, list[int], int]] = []  # intent, items, the heading over them
    heading = -1
    index = 0
    while index < len(lines):
        lead = lines[index]
        if lead.kind == "item" and lead.heading:
            heading = index
        if lead.kind == "prose" and lead.text.endswith(":") and not lead.settled and \
                not _contact_reason(lead.text):  # ("For more information, please visit:")
            run = _list_after(lines, index + 1)
            if run:
                lists.append((_states_intent(lead.text, [lines[at].text for at in run]), run,
                              heading))
                index = run[-1]
        elif lead.kind == "prose" and lead.text.endswith(".") and not lead.settled:
            # "… support Dartmoor's businesses." / "• are the planning authority …": a
            # list carrying on a sentence the copy lost ("As an Authority we:") says
            # what the body does, not what it aims to do
            run = _list_after(lines, index + 1)
            if run and lines[run[0]].text[:1].islower():
                lists.append((False, run, heading))
                index = run[-1]
        index += 1
    if len(lists) < 2 or len({intent for intent, _, _ in lists}) < 2:
        return
    sections = {under for _, _, under in lists} - {-1}
    named = {under for intent, _, under in lists
             if intent and under >= 0 and _INTENT.search(lines[under].text)}
    for intent, run, under in lists:
        if intent or (len(sections) >= 2 and not (
                named and under >= 0 and not _INTENT.search(lines[under].text))):
            # (lists under two or more headings are each heading's own, unless a heading
            # names its list as the aims and this one's heading does not: "Recognising
            # Our Impact" and its awards beside "Our Aspirations" and its focus)
            continue
        for at in run:
            lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent, settled=True)


LABELLED_IN_A_LIST = 2


def _unlabelled_beside_labelled(lines: list[_Line]) -> None:
    """One list whose later items are labelled and numbered from one ("• Priority 1 – A
    police service …", "• Priority 2 – …") after items with no label ("• Serving the
    public – services work for the public"): the labelled ones are the priorities; the
    others, before them, are what the list set out first (the principles)."""
    meaningful = [at for at, line in enumerate(lines) if line.kind != "blank"]
    kinds = [lines[at].sig if lines[at].kind == "item" and not lines[at].heading else None
             for at in meaningful]  # one list's items, blank lines between them or none
    runs = [[meaningful[i] for i in group]
            for kind, group in itertools.groupby(range(len(kinds)), key=kinds.__getitem__)
            if kind is not None]
    run_length = {at: len(run) for run in runs for at in run}
    for run in runs:
        labelled = [at for at in run if lines[at].hint and lines[at].ref]
        first = run.index(labelled[0]) if labelled else 0
        if len(labelled) < LABELLED_IN_A_LIST or first == 0 or \
                labelled != run[first:] or lines[labelled[0]].ref != "1":
            continue
        over = line_before(lines, run[0])
        if over is not None and run_length.get(over) == 1 and not lines[over].hint:
            run = [over, *run]  # ("Principles to deliver policing …" over them: their name)
            first += 1
        for at in run[:first]:
            lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent, settled=True)


def _list_after(lines: list[_Line], start: int) -> list[int]:
    """The plain list items (not headings, not announced) straight after ``start``."""
    run: list[int] = []
    for at in following_lines(lines, start):
        if lines[at].kind != "item" or lines[at].heading or lines[at].announced:
            break
        run.append(at)
    return run


# "Local Outcome 1: …", "Priority 2 – …" written inside a list item.
ITEM_LABEL = re.compile(r"^(?:[A-Z][a-z]{1,15}\s)?(?:outcome|objective|priority|theme|aim|"
                        r"goal|ambition|commitment|pledge)\s(?P<ref>\d{1,2}|[A-Z])\s?"
                        r"[:\u2013\u2014-]\s+(?=\S)", re.IGNORECASE)


def _labelled_items(lines: list[_Line]) -> bool:
    """Two or more list items that carry a priority's label ("• Local Outcome 1: …")
    name the priorities as surely as a lead-in that counts them. Returns whether found."""
    labelled = [line for line in lines if line.kind == "item" and not line.heading
                and ITEM_LABEL.match(line.text)]
    if len(labelled) < 2:
        return False
    for line in labelled:
        line.announced = True
    return True


def _other_lists_to_prose(lines: list[_Line]) -> None:
    """Once a lead-in has announced the priorities, other lists after a sentence are prose.

    "We guarantee an interview for the following groups:" then "care leavers"
    is an example, not a priority. Lists under headings are kept.
    """
    previous: _Line | None = None
    in_sentence_list = own_list = False
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "item" and not line.heading and not line.announced:
            if previous is not None and previous.kind in ("prose", "skip") and \
                    not continues_item(previous):
                # ("Strategic aims" over its list: a heading the paste kept as a line)
                one_more = previous.kind == "prose" and \
                    _ONE_MORE.match(previous.text.strip()) is not None
                if one_more:
                    previous.kind, previous.reason = "skip", INTRODUCES
                own_list = one_more or _names_its_own_aims(previous.text) or (
                    previous.kind == "prose" and not previous.text.endswith(":")
                    and generic_heading(previous.text))
                in_sentence_list = not own_list
            # "(2) Delegated authority …" after the counted list inside "(1) … below:": a
            # number that cannot start a list of its own goes on the list around it
            after_counted = previous is not None and previous.announced and \
                line.ref not in ("", "1", "a", "A", "i", "I")
            if own_list:
                line.announced = True  # counted among the priorities with the announced
            elif in_sentence_list or after_counted:
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)
                continue
        elif line.kind == "item":
            in_sentence_list = own_list = False
        elif line.kind == "prose" and not continues_item(line):
            in_sentence_list = in_sentence_list and previous is not None and \
                previous.kind == "item"
            own_list = False
        previous = line


# A lead-in naming the document's own aims: "The focus of this Strategy is:", "This
# policy aims to:", "The objectives of this plan are:"
# ("These five year outcomes include:", "Our priority areas are:": the priorities named
# as such, a few words from "these", "the" or "our")
_OWN_AIMS = re.compile(rf"^(?:the (?:focus|aims?|objectives?|priorities) of this "
                       rf"(?:{DOCUMENT_KINDS}) (?:is|are)|this (?:{DOCUMENT_KINDS}) "
                       rf"(?:aims|will focus on|focuses on)|(?:these|our|the) (?:[\w'’-]+ ){{0,3}}"
                       rf"(?:outcomes|priorities|objectives|aims|goals|ambitions) "
                       # ("The office's Strategic Aims as outlined in the Plan are:")
                       rf"(?:as (?:set out|outlined|described) in (?:the|this|our) "
                       rf"(?:{DOCUMENT_KINDS}) )?"
                       rf"(?:are|include))\s*:$", re.IGNORECASE)

# "In addition, the Plan includes a theme relating to the Council itself:": one more list
# of priorities beside the counted one, its lead-in left out as the counted one's is
_ONE_MORE = re.compile(rf"^(?:in addition|additionally|also),? (?:the|this|our) "
                       rf"(?:{DOCUMENT_KINDS}) (?:also )?(?:includes|has|sets out) (?:a|an|one|"
                       rf"two|three|further|other) (?:(?:further|additional|other) )?"
                       rf"(?:themes?|priorit(?:y|ies)|objectives?|outcomes?|aims?|goals?)\b"
                       rf"[^.:;]{{0,80}}:$", re.IGNORECASE)


def _names_its_own_aims(lead: str) -> bool:
    """Whether a lead-in gives the document's own aims (the list after it is the
    strategy's priorities beside the council-wide ambitions another lead-in counts)."""
    # (after a sentence ending in a number too: "… between 2012 and 2017. These …")
    return bool(_OWN_AIMS.match(last_sentence(lead.strip()).rpartition(". ")[2]))


# A line that names the list under it as the measures of the priority above: "Measures
# of success:", "How we will measure progress", "Key performance indicators"
_MEASURES_HEAD = re.compile(
    r"^(?:(?:our|the|key|main)\s)?(?:measures? of (?:success|progress)|success measures|"
    r"(?:key )?performance (?:measures|indicators)|kpis|"
    r"how (?:we will|will we|we'll|we) (?:measure|track|monitor|know)\b[^.]{0,40}|"
    r"how (?:success|progress) will be measured)\s*:?$", re.IGNORECASE)


def _measures_named(lines: list[_Line]) -> None:
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
        lines[index] = _Line("skip", line.text, reason="it names the measures under it")
        for at in items:
            lines[at].hint = "measure"


# A line naming the list under a priority as its parts: "Sub Objectives", "Key actions:"
_SUB_LIST_HEAD = re.compile(r"^(?:sub[- ]?(?:objectives?|priorit(?:y|ies)|outcomes?|aims?|"
                            r"goals?)|(?:key |our |indicative |proposed |planned )?"
                            r"(?:improvement )?actions|what we will do)\s*:?$",
                            re.IGNORECASE)


def _sub_lists_named(lines: list[_Line]) -> None:
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
