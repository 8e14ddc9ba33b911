"""A second reading for a paste in which nothing looked like a list of priorities.

A browser's plain-text copy of a web page drops the bullets a page draws, and a
page often gives its priorities with no lead-in ending in a colon: a paragraph,
then three to ten short lines ("Quality of care" / "Health of the population" /
"Value and financial sustainability"), then more paragraphs. Read with the usual
rules such a page gives nothing at all. Only then, and only for lines shaped like
that (short, capitalised, not ending as a sentence does, straight after a whole
paragraph that speaks of priorities, themes, objectives or aims, and ended by
another), the run is read as the list it was. The preview says the result was a
guess (:data:`LAST_RESORT_NOTE`), so the person checks it.
"""

from __future__ import annotations

import re

from .action_verbs import opens_with_an_action
from .announced import (
    _SENTENCE_END,
    NAMING,
    POINTS_BACK,
    announced_count,
    last_sentence,
    number_of,
)
from .furniture import title_like
from .lines import _Line, _words, ends_mid_sentence, following_lines, line_before

LAST_RESORT_NOTE = "Nothing in the text was marked as a list"
RUN = (3, 10)  # fewer is not a list; more is a menu or a table read cell by cell
ITEM_WORDS = 14  # "Children and young people are given a healthy start in life"
PARAGRAPH_WORDS = 12  # the paragraph before the run: a sentence, not a menu line


def short_lines_between_paragraphs(lines: list[_Line]) -> bool:
    """Turn each run of short title lines after a whole paragraph into list items.

    Returns whether any run was found. A run must follow a prose line of at least
    :data:`PARAGRAPH_WORDS` words that ends with a full stop or a colon and names
    what it is about (a page's menu and breadcrumb come before any paragraph, and a
    list of facts follows a paragraph about something else), and end at a longer
    line, page debris or the end of the text.
    """
    found = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not _a_paragraph(line):
            continue
        run = _run_from(lines, index)
        if RUN[0] <= len(run) <= RUN[1]:
            for at in run:
                lines[at] = _Line("item", lines[at].text, ("bullet", 0),
                                  indent=lines[at].indent)
            found = True
            index = run[-1] + 1
    return found


def could_hold_a_run(lines: list[_Line]) -> bool:
    """Whether any line is a paragraph a run could follow: without one, there is no
    second reading to try (the shape passes never make a line a paragraph)."""
    return any(_a_paragraph(line) for line in lines)


def _a_paragraph(line: _Line) -> bool:
    """A whole paragraph that speaks of priorities ("… deliver our priorities whilst
    saving £156 million.", "These areas connect to three broad themes:")."""
    text = line.text.rstrip()
    return (line.kind == "prose" and text.endswith((".", ":"))
            and _words(text) >= PARAGRAPH_WORDS and NAMING.search(text[-300:]) is not None)


def _run_from(lines: list[_Line], start: int) -> list[int]:
    """The short title lines from ``start`` (blank lines may part them), or [] when the
    run does not end at a paragraph or the end of the text."""
    run: list[int] = []
    at = start
    while at < len(lines) and len(run) <= RUN[1]:
        line = lines[at]
        if line.kind == "blank":
            at += 1
            continue
        if line.kind == "skip":  # page debris after the run: "Back to top"
            break
        if not _an_item(line):
            if line.kind != "prose" or _words(line.text) <= ITEM_WORDS:
                return []  # a heading, a list or another short line: not this shape
            break
        run.append(at)
        at += 1
    return run


def _an_item(line: _Line) -> bool:
    text = line.text.rstrip()
    return (line.kind == "prose" and not line.settled and title_like(text, ITEM_WORDS)
            and not text.endswith(".") and not ends_mid_sentence(text))


# ----------------------------------------------------------------- a list in a sentence

IN_A_SENTENCE_NOTE = "Nothing in the text was set out as a list"
PART_WORDS = 12  # a part of a sentence's list: longer is a clause, not a priority
SEMICOLON_PART_WORDS = 20  # semicolons part longer ones, commas and all
PARTS = (3, 10)
SENTENCE_CHARS = 1000  # a longer run without a full stop is not one sentence
# What makes a sentence's list a list of priorities, not of places or partners: the
# sentence is about a plan, what it aims at, or what suppliers must bring
_ABOUT_AIMS = re.compile(r"\b(?:plans?|strateg(?:y|ies)|priorit(?:y|ies)|aims?|objectives?|"
                         r"themes?|goals?|ambitions?|commit(?:s|ted|ment|ments)?|focus(?:es|ed)?|"
                         r"outcomes?|benefits?|suppliers?|contracts?|wants?)\b", re.IGNORECASE)
# the words a list of things follows: "… local causes through community enhancement, …"
# (not "by": "crafted by our staff, students and lay governors" names people)
_LIST_OPENS = frozenset(("through", "including", "include", "includes", "as", "of", "on", "to",
                         "for"))


def a_list_in_a_sentence(lines: list[_Line]) -> list[_Line]:
    """The priorities a page gives only inside a sentence, as items, or [].

    News items and short web pages often name a plan's priorities in one sentence
    and nowhere else ("… its newly-launched corporate plan to increase affordable
    housing stock, boost the local economy, support the Welsh language and decarbonise
    thousands of existing homes."). Read only when nothing else was found: the first
    sentence about a plan or its aims holding three to ten short parts, each starting
    in small letters (a list of places or people starts each with a capital), joined by
    commas (or semicolons) and a last "and".
    """
    for index, line in enumerate(lines):
        if line.kind != "prose" or len(line.text) > 5000:
            continue
        sentences = _SENTENCE_END.split(line.text)
        for at, sentence in enumerate(sentences):
            about = sentences[at - 1] if at else _last_sentence_before(lines, index)
            parts = _parts_of(sentence[:SENTENCE_CHARS]) if _ABOUT_AIMS.search(sentence) or (
                _points_back(sentence) and _ABOUT_AIMS.search(about)) else []
            # ("… five priority areas, including heart disease, cancer and …": some only)
            if parts and announced_count(sentence) in (0, len(parts)):
                after = next((later for later in sentences[at + 1:] if later.strip()),
                             None) or _next_paragraph(lines, index)
                return [_Line("item", part, ("bullet", 0), indent=line.indent)
                        for part in [*parts, *_one_more_part(after)]]
    return []


def _points_back(sentence: str) -> bool:
    """"These include: identify those most at risk, …": the sentence before says what of."""
    found = POINTS_BACK.match(sentence)
    return found is not None and bool(sentence[found.end():].strip())


def _last_sentence_before(lines: list[_Line], index: int) -> str:
    """The last sentence of the paragraph before line ``index``, when it is one."""
    before = line_before(lines, index)
    if before is None or lines[before].kind != "prose":
        return ""
    return last_sentence(lines[before].text[-SENTENCE_CHARS:])


def _next_paragraph(lines: list[_Line], index: int) -> str:
    """The first sentence of the next line, when it is a paragraph."""
    after = next(following_lines(lines, index + 1), None)
    if after is None or lines[after].kind != "prose":
        return ""
    return _SENTENCE_END.split(lines[after].text[:SENTENCE_CHARS], 1)[0]


# "The strategy, called A Place to Belong, also includes decarbonising thousands of …"
_ALSO = re.compile(r"\balso (?:includes?|involves?|covers?|commits? to|aims? to|"
                   r"focus(?:es)? on|outlines? (?:the [\w'\u2019]+ |its |our )?commitment to) ")


def _one_more_part(sentence: str) -> list[str]:
    """The part a news item adds in the sentence after its list ("It also includes
    decarbonising thousands of existing homes."), or []."""
    match = _ALSO.search(sentence[:SENTENCE_CHARS])
    part = sentence[match.end():SENTENCE_CHARS].rstrip(" .") if match else ""
    if part[:1].islower() and _words(part) <= PART_WORDS and not _A_CLAUSE.search(part) \
            and "," not in part:
        return [part]
    return []


def _parts_of(sentence: str) -> list[str]:
    """The parts of the list in a sentence, the first cut from where the list starts."""
    opening, colon, listed = sentence.partition(": ")
    # ("These include: identify those most at risk, climate and …": the list starts at
    # the colon)
    after_a_colon = bool(colon) and "," not in opening and ";" not in opening
    if after_a_colon:
        sentence = listed
    separator = "; " if "; " in sentence else ", "
    pieces = [piece.strip() for piece in sentence.split(separator)]
    last = _last_piece(pieces, separator)
    if last is None:
        return _counted_without_and(opening, pieces) if after_a_colon else []
    # "… help people to prosper through …; to enjoy long and healthy lives …; and to …"
    aims = after_a_colon or all(piece.removeprefix("and ").startswith("to ")
                                for piece in pieces[1:last + 1])
    final = pieces[last].removeprefix("and ")
    middle = pieces[:last]
    if not pieces[last].startswith("and "):
        head, final = _parted_at_the_last_and(final)
        middle.append(head)
    middle = [piece.removeprefix("to ") for piece in middle]
    final = final.removeprefix("to ").rstrip(" .")
    verbs = _actions(middle, final)
    start = 0 if aims else len(middle) - 1  # back to the piece the list starts in
    while start > 0 and _a_part(middle[start], verbs=verbs):
        start -= 1
    if after_a_colon:
        first = middle[0]
    elif aims:
        first = middle[0].rpartition(" to ")[2]
    else:
        first = _start_of_the_list(middle[start], verbs=verbs)
    parts = [first, *middle[start + 1:], final]
    most = SEMICOLON_PART_WORDS if separator == "; " else PART_WORDS
    if not PARTS[0] <= len(parts) <= PARTS[1] or not all(
            part[:1].islower() and 1 <= _words(part) <= most
            and not part.startswith("and ") and not _A_CLAUSE.search(part) for part in parts):
        return []  # ("…, and harnessing our intellectual, social and …": not one list)
    if not verbs and not aims and opens_with_an_action(parts[0]):
        return []  # "support the Council Plan, the enterprising council programme, …"
    if last + 1 < len(pieces) and pieces[last + 1][:1].isupper():
        return []  # "… and promoting Newry, Mourne and Down as …": a name's comma
    return parts


def _actions(middle: list[str], final: str) -> bool:
    """Whether a sentence's list is of actions: most pieces open with a verb, or the last
    two do (the commas of a preamble, "Chair of the NELB, Councillor Simon Henig, said:
    …", are not parts)."""
    opening = sum(opens_with_an_action(part) for part in [*middle[1:], final])
    return 2 * opening >= len(middle) or (
        len(middle) > 1 and opens_with_an_action(middle[-1]) and opens_with_an_action(final))


def _counted_without_and(opening: str, pieces: list[str]) -> list[str]:
    """The pieces after a colon when the words before it count them and each is a short
    part ("… summed up in three words: make, reach, sustain"), else []."""
    if _counts(opening, len(pieces)) and all(
            piece[:1].islower() and 1 <= _words(piece) <= PART_WORDS for piece in pieces):
        return pieces
    return []


def _counts(text: str, number: int) -> bool:
    """Whether a text says the number, in words or digits ("in three words")."""
    return PARTS[0] <= number <= PARTS[1] and any(
        number_of(word) == number for word in text.casefold().split())


def _last_piece(pieces: list[str], separator: str) -> int | None:
    """Which piece holds the list's last part: the first from the third on that starts
    with "and", else one from the second on holding "and" ("…, work placements and
    business support", "to increase …, boost the local economy and support …"), or
    one of semicolon parts holding "and to" (parted there, in place)."""
    last = next((at for at, piece in enumerate(pieces) if at >= 2 and piece.startswith("and ")),
                None)
    if last is None and separator == ", ":
        last = next((at for at, piece in enumerate(pieces) if at >= 1 and " and " in piece),
                    None)
    if last is None and separator == "; ":  # "…; to enjoy long lives and to experience …"
        joined = next((at for at, piece in enumerate(pieces) if at >= 1 and " and to " in piece
                       and piece.startswith("to ")), None)
        if joined is not None:
            head, _, tail = pieces[joined].partition(" and to ")
            pieces[joined:joined + 1] = [head, f"and to {tail}"]
            last = joined + 1
    return last


def _parted_at_the_last_and(piece: str) -> tuple[str, str]:
    """The piece before the list's last "and", and the last part after it. Among actions
    that is the "and" opening another action: "attracting greater economic growth and
    boosting employability and skills" parts before "boosting", not before "skills"."""
    head, _, final = piece.rpartition(" and ")
    if opens_with_an_action(piece) and not opens_with_an_action(final):
        words = piece.split(" ")
        at = next((at for at in range(len(words) - 2, 0, -1) if words[at] == "and"
                   and opens_with_an_action(words[at + 1])), None)
        if at is not None:
            return " ".join(words[:at]), " ".join(words[at + 1:])
    return head, final


# a verb that makes a part a clause of its own: "people of all ages can live well"
_A_CLAUSE = re.compile(r"\b(?:can|could|will|would|should|must|is|are|was|were|has|have|had)\b")


def _a_part(piece: str, *, verbs: bool) -> bool:
    """Whether a piece of a sentence reads as a whole part of its list: among actions,
    one opening with its verb, or a thing with no verb in it ("training opportunities and
    apprenticeships"); "the themes of developing probation practice" is where it starts."""
    words = piece.split()
    if not piece[:1].islower() or len(words) > PART_WORDS:
        return False
    if not verbs:  # ("… the key issues of health": the list starts inside it)
        return not any(word.casefold() in _LIST_OPENS for word in words[:-1])
    return opens_with_an_action(piece) or not any(opens_with_an_action(w) for w in words[1:])


def _start_of_the_list(piece: str, *, verbs: bool) -> str:
    """Where the first part of a sentence's list starts: at its last action's verb when
    the other parts are actions ("Suppliers will generally develop links …"), else after
    the last word a list of things follows ("… local causes through community
    enhancement")."""
    words = piece.split()
    for at in range(len(words) - 1, 0, -1):
        if verbs and opens_with_an_action(words[at]):
            return " ".join(words[at:])
        if not verbs and words[at - 1].casefold() in _LIST_OPENS:
            return " ".join(words[at:])
    return ""
