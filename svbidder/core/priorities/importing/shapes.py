"""Step 1½ of importing priorities: shapes councils use that have no list markers.

Classifying lines one at a time (:mod:`.lines`, :mod:`.docx`) finds headings
and list items. Councils often write their priorities without either, so this
step looks at runs of lines. :func:`apply_shapes` runs, in the order that lets
each use what the one before settled, the passes of

* :mod:`.furniture` — what is on the page but not the document: debris, contents
  pages, running headers;
* :mod:`.unmarked` — lists that lost their bullets or numbers;
* :mod:`.plain_headings` — headings pasted as plain lines over their lists, and
  labelled items ("Priority 1: …") that lead into lists of their own;
* :mod:`.not_priorities` — lists that are something else (past work, values,
  questions, decisions), and the other lists when one is announced;
* :mod:`.announced` — sentences that count or name the list;
* :mod:`.named` — a name over what it means: "Name – what it means" paragraphs, a
  short line over its paragraph;

and the few passes kept here, which read a whole plan's layout: names in capitals on
its cover, captions between a list's items, numbered references that nest labels.

Every test here works on words already split or on patterns with bounded
repetition, so the step is linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ...text.search import fold
from .action_verbs import opens_with_an_action
from .announced import (
    INTRODUCES,
    NAMING,
    announced_lists,
    last_sentence,
    named_in_a_sentence,
    named_in_an_item,
    one_more_added,
)
from .furniture import (
    CAPTION,
    breadcrumb_trail,
    chapter_lists,
    contents_numbers_first,
    contents_page_numbers,
    contents_with_leaders,
    drop_debris,
    drop_repeats,
    labelled_entries_in_contents,
    labels_over_their_names,
    link_after_each_item,
    parliamentary_answers,
    posted_by,
    press_release_end,
    priorities_in_contents,
    site_menus,
    statutory_aspects,
    title_like,
)
from .lines import (
    _Line,
    _plain,
    _words,
    generic_heading,
    line_before,
    next_lines,
)
from .named import (
    introduced_list,
    named_paragraphs,
    one_label_over_each,
    pairs,
    run_in_names,
)
from .not_priorities import (
    a_list_named_inside_a_list,
    a_lone_item_over_a_named_list,
    labelled_items,
    lists_without_intent,
    other_lists_to_prose,
    questions_and_vision_lists,
    statement_items,
    unlabelled_beside_labelled,
)
from .plain_headings import (
    headings_a_sentence_counts,
    headings_grouped_under_an_empty_one,
    headings_in_a_row_after_a_lead_in,
    headings_over_lead_ins,
    headings_that_count,
    labels_over_paragraphs,
    lone_items_that_describe,
    measures_named,
    plain_theme_headings,
    section_numbers_over_lists,
    sub_lists_named,
)
from .tab_tables import tables_one_cell_a_line
from .themes_over_actions import (
    action_paragraphs,
    actions_after_a_lead_in,
    actions_under_labels,
    themes_over_actions,
)
from .unmarked import (
    codes_without_marks,
    column_headings,
    groups_carrying_on_a_lead_in,
    indented_lists,
    lists_without_markers,
    names_over_indented_sentences,
    names_sharing_a_word,
    numbered_paragraphs,
    numbers_without_marks,
    objectives_without_markers,
)

# "… would be to:-", a colon written ":-"; "Key Priorities for Community Benefits -"
_COLON_DASH = re.compile(r"\s?:\s?[-\u2013]$|(?<=[A-Za-z]) [-\u2013]$")


# "The council has set the following well-being objectives." ends as a lead-in does
_FOLLOWING_END = re.compile(r"\bthe following(?: [\w'\u2019-]+){0,4}\.$", re.IGNORECASE)


def apply_shapes(lines: list[_Line], *, statements_kept: bool = False) -> list[_Line]:
    """The lines with debris left out and marker-less priorities turned into items.
    ``statements_kept``: a list under the vision or mission stays a list (a second
    reading, when nothing else in the text is one)."""
    for line in lines:
        if line.kind in ("prose", "item") and line.text.endswith(("-", "\u2013")):
            line.text = _COLON_DASH.sub(":", line.text)
        elif line.kind == "prose" and line.text.endswith(".") and \
                _FOLLOWING_END.search(line.text[-80:]):
            line.text = line.text[:-1] + ":"  # "… set the following objectives." leads in
    lines = tables_one_cell_a_line(lines)
    headings_grouped_under_an_empty_one(lines)
    labels_over_their_names(lines)
    labelled_entries_in_contents(lines)  # (before page numbers are read off the entries)
    priorities_in_contents(lines)
    contents_page_numbers(lines)
    contents_with_leaders(lines)
    contents_numbers_first(lines)
    chapter_lists(lines)
    _labels_nested_by_ref(lines)
    lines = [drop_debris(line) for line in lines]
    link_after_each_item(lines)
    press_release_end(lines)
    parliamentary_answers(lines)
    posted_by(lines)
    _names_in_capitals_on_the_cover(lines)
    _captions_among_items(lines)
    headings_in_a_row_after_a_lead_in(lines)
    site_menus(lines)
    breadcrumb_trail(lines)
    section_numbers_over_lists(lines)
    drop_repeats(lines)
    one_more_added(lines)
    statutory_aspects(lines)
    measures_named(lines)
    sub_lists_named(lines)
    numbers_without_marks(lines)
    codes_without_marks(lines)
    numbered_paragraphs(lines)
    names_over_indented_sentences(lines)
    objectives_without_markers(lines)
    themes_over_actions(lines)
    actions_under_labels(lines)
    action_paragraphs(lines)
    actions_after_a_lead_in(lines)
    groups_carrying_on_a_lead_in(lines)
    column_headings(lines)
    names_sharing_a_word(lines)
    lists_without_markers(lines)
    indented_lists(lines)
    chapter_lists(lines)  # (again: lists without marks are items only now)
    labels_over_paragraphs(lines)
    statement_items(lines)
    named_inside = a_list_named_inside_a_list(lines)
    questions_and_vision_lists(lines, statements_kept=statements_kept)
    a_lone_item_over_a_named_list(lines)
    plain_theme_headings(lines)
    announced = announced_lists(lines) | labelled_items(lines) | named_in_an_item(lines) | \
        any(line.announced and line.sig == ("contents",) for line in lines) | named_inside
    headings_that_count(lines)
    headings_a_sentence_counts(lines)
    _points_of_the_last_priority(lines)
    if not announced and all(_a_numbered_paragraph(line) for line in lines
                             if line.kind == "item" and not line.heading):
        announced = _named_in_a_paragraph(lines)
    headings_over_lead_ins(lines)
    lone_items_that_describe(lines)
    one_label_over_each(lines)
    lines = pairs(lines)
    run_in_names(lines)
    # a list the text announces, or introduces with a colon, is the priorities, not the
    # page's section headings over their paragraphs
    if not announced and not introduced_list(lines):
        named_paragraphs(lines)
    elif not announced:
        _named_paragraphs_in_their_section(lines)
    lists_without_intent(lines)
    unlabelled_beside_labelled(lines)
    if _no_list(lines):
        named_in_a_sentence(lines)  # minutes and news: the priorities are in the prose
    if announced:
        other_lists_to_prose(lines)
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
                         "FRAMEWORK", "CHARTER", "MARKED", "OFFICIAL", "ANNUAL", "REVIEW",
                         # a body's name ("HYNDBURN LEISURE TRUST")
                         "COUNCIL", "TRUST", "BOARD", "AUTHORITY", "PARTNERSHIP", "SERVICE",
                         "COLLEGE", "UNIVERSITY", "ASSOCIATION", "LIMITED", "GROUP"))


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
        if line.indent > before.indent or text[:1].islower():
            continue  # the bullet's own words, wrapped and set in under them
        if _words(text) > CAPTION_WORDS or text.endswith((".", ":", ";", ",")) or \
                NAMING.search(text) or _SPEAKS.search(text) or generic_heading(text) or \
                any(ch.isdigit() for ch in text):
            continue  # ("Our values", "Some of what we do": the next section's heading)
        if _same_action_form(text, before.text) or _same_action_form(text, after.text):
            # ("· Improving roads" / "Ensuring access to good quality housing" / "·
            # Modernising the Council …": an item that lost its bullet on the page)
            lines[index] = _Line("item", line.text, before.sig, indent=before.indent)
            continue
        start = index - 1
        while start > 0 and lines[start - 1].kind == "item" and \
                not lines[start - 1].heading and lines[start - 1].sig == before.sig:
            start -= 1
        lead = line_before(lines, start)
        if lead is not None and lines[lead].kind == "prose" and \
                lines[lead].text.rstrip().endswith(":"):
            lines[index] = _Line("skip", line.text, reason=CAPTION)


def _same_action_form(text: str, other: str) -> bool:
    """Whether two lines open with an action in the same form: "Ensuring …" beside
    "Modernising …", not the heading "Review of …" beside "Promoting …"."""
    first, other_first = text.split(" ", 1)[0], other.split(" ", 1)[0]
    return opens_with_an_action(first) and opens_with_an_action(other_first) and \
        first.casefold().endswith("ing") == other_first.casefold().endswith("ing")


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
