"""Part of step 1½ of importing priorities: names over what they mean.

Councils often give each priority a short name and then say what it means, with
no list mark: "Name – what it means" or "Name: what it means" paragraphs, a bold
name in Word, a short line over its paragraph (a web page's heading pasted plain,
or a card with a link under it), or the same label before each ("Our ambition –
…"). This pass finds runs of two or more (three for repeated labels) and makes
each name an item, its meaning the guidance. A run after a paragraph stating the
vision, form fields ("Description: …") and a page's own title are left alone.

Every test here works on words already split or on patterns with bounded
repetition, so the pass is linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re

from ...text.search import fold
from .action_verbs import opens_with_an_action
from .announced import (
    AFTER_LIST,
    LINK_TO_ITS_PAGE,
    NAMING,
    STATEMENT,
    TOKEN,
    VISION_LEAD,
    a_link_line,
    announced_count,
    ends_a_lead_in,
    its_actions,
)
from .furniture import title_like
from .lines import (
    _SKIP_SECTION,
    _contact_reason,
    _Line,
    _plain,
    _words,
    ends_mid_sentence,
    following_lines,
    generic_heading,
    is_skip_heading,
    next_lines,
)
from .run_in import run_in_name

# One priority per paragraph: a short name, a dash or colon, then what it means.
# The dash may lose its space before it ("Nature Recovery- To restore"), but a hyphen
# then needs a capital after it, so a word broken at a line end ("well- being") is not one;
# a long dash may lose its space after it ("Viable communities –where people …").
# A semicolon may part them too when what it means starts in small letters ("Inclusion
# and Diversity; ensuring action in relation to …", a minute's note of a talk).
_PAIR = re.compile(r"^(?P<name>[^\s:.;!?][^:.;!?\u2013\u2014]{0,99}?)"
                   r"(?:\s[\u2013\u2014-]\s|(?<=\w)[\u2013\u2014]\s|(?<=[a-z])-\s(?=[A-Z])|:\s|"
                   r"(?<=[a-z])\s[\u2013\u2014](?=[A-Za-z.])|"
                   r";\s(?=[a-z]))(?P<rest>\S.*)$")
# a name that tells what has been done is a sentence reporting it, not a priority's name
_DONE = re.compile(r"\b(?:has|have|had) (?:already |now |also )?(?:met|been|made|done|"
                   r"taken|given|seen|won|set|[a-z]{2,20}ed)\b")
_PAIR_MARKS = frozenset("-:;\u2013\u2014")  # what parts a name from what it means

_CLOSING_QUOTES = "\"'\u201d\u2019 "
_SPEECH = re.compile(r"\b(?:said|says|added|explained|commented)\b", re.IGNORECASE)


def split_pair(text: str) -> tuple[str, str] | None:
    """("Name", "what it means") for a "Name – what it means" paragraph, else None."""
    if len(text) > 2000 or not _PAIR_MARKS.intersection(text):
        return None  # (most prose has no dash or colon: the pattern need not look)
    match = _PAIR.match(text)
    if not match:
        return None
    name, rest = match.group("name").strip(), match.group("rest").strip()
    if not 1 <= _words(name) <= 8 or _words(rest) < 3 or not name[:1].isupper():
        return None
    if _SPEECH.search(name) or '"' in name or "“" in name or _contact_reason(text):
        return None
    if re.search(r"\d$", name):  # "Page 3 - …", "2022 - 2027"
        return None
    if _DONE.search(name):  # "The Council has met its duty to PLAN – by meeting …"
        return None
    if fold(name) in _FIELD_NAMES:  # "Description: This programme will …"
        return None
    return name, rest


# The fields of a plan set out like a form ("Programme: …" / "Description: …"), never the
# name of a priority
_FIELD_NAMES = frozenset((
    "description", "programme", "project", "lead", "lead officer", "owner", "timescale",
    "timescales", "status", "target", "targets", "date", "notes", "purpose", "summary",
    "rationale", "action", "actions", "measures of success", "budget", "cost", "funding",
    "deadline", "responsible officer", "partners", "progress", "comments", "update",
    # a committee report's own details at its head ("Report Author: Clerk to the Council")
    "report author", "author", "report of", "report by", "contact officer", "committee",
    "meeting", "date of meeting", "event attended", "event attended by", "date of event",
    "wards affected", "ward", "portfolio", "portfolio holder", "cabinet member",
    "key decision", "subject", "classification", "agenda item", "item"))

DOCUMENT_KINDS = r"plan|strategy|report|policy|charter|framework"

DOCUMENT_KIND = re.compile(rf"\b(?:{DOCUMENT_KINDS})\b", re.IGNORECASE)

_DOCUMENT_WORDS = re.compile(rf"\b(?:{DOCUMENT_KINDS}|(?:19|20)\d\d)\b", re.IGNORECASE)


def pairs(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more "Name – what it means" paragraphs: each name an item."""
    pairs = [_bold_pair(line) or split_pair(line.text)
             if line.kind == "prose" and not line.settled else None
             for line in lines]
    first = next((i for i, line in enumerate(lines) if line.kind in ("prose", "item")), None)
    for index, pair in enumerate(pairs):
        # the page's title, "Using resources well - our plan (2019-23)", or a publication's,
        # "Well-being Objectives and Statement – Annual Report 2017/18"
        if pair is not None and (index == first and _DOCUMENT_WORDS.search(" ".join(pair)) or
                                 is_skip_heading(pair[0]) or (
                _DOCUMENT_WORDS.search(pair[1]) and _words(pair[1]) <= 6
                and any(ch.isdigit() for ch in pair[1]))):
            pairs[index] = None
    _pairs_after_the_vision(pairs, lines)
    _same_name_again(pairs, lines)
    _bold_names_among_pairs(pairs, lines)
    result: list[_Line] = []
    after_run = False
    for index, line in enumerate(lines):
        pair = pairs[index]
        if pair is None or not (_neighbour_pair(pairs, lines, index, -1)
                                or _neighbour_pair(pairs, lines, index, 1)):
            if after_run and line.kind == "prose" and _names_a_section(line):
                after_run = False  # "Strategic objectives for procurement": what follows
            if after_run and line.kind == "prose":
                # A quote or "Share this" after one-line priorities is not their guidance.
                result.append(_Line("skip", line.text, reason=AFTER_LIST))
                continue
            after_run = after_run and line.kind in ("blank", "skip")
            result.append(line)
            continue
        name, rest = pair
        if STATEMENT.match(name):
            result.append(line)  # "Our Vision: …" states the vision; it is not a priority
            continue
        after_run = True
        outcomes = _semicolon_outcomes(rest)
        if outcomes:  # "People: healthy lives; good education; strong families"
            result.append(_Line("item", _plain(name), ("lead",), indent=line.indent,
                                heading=True))
            result.extend(_Line("item", part[:1].upper() + part[1:], ("bullet", 1, 0),
                                indent=line.indent + 2) for part in outcomes)
            continue
        # "Our Outcomes: All people will:" heads the list below, as does "People – a
        # borough where …" over "This means:" and its bullets
        own_list = _own_list_after(lines, index)
        if rest.endswith(":") or own_list:  # (a name over its own list is a theme)
            result.append(_Line("item", _plain(name), ("lead",), indent=line.indent,
                                heading=True, hint="theme" if own_list else ""))
            after_run = False  # its own lead-in is not text after the list
        else:
            result.append(_Line("item", _plain(name), ("para",), indent=line.indent))
        if rest:  # (over a theme's own list, its description: never a heading of its own)
            result.append(_Line("prose", rest[:1].upper() + rest[1:], indent=line.indent,
                                settled=bool(own_list)))
    return result


def _bold_names_among_pairs(pairs: list[tuple[str, str] | None], lines: list[_Line]) -> None:
    """A Word paragraph set all in bold, after a paragraph that starts with a bold name,
    is one more of those priorities with no words after its name, not a heading over the
    next, when nothing but such priorities follows it ("**We will promote wellbeing**"
    between "**We will provide safe care** – ensuring …" and "**We will innovate** – …")."""
    filled = [index for index, line in enumerate(lines) if line.kind != "blank"]
    for position, index in enumerate(filled):
        line = lines[index]
        if line.kind != "item" or line.sig != ("bold",) or not position or \
                pairs[filled[position - 1]] is None:
            continue
        after = filled[position + 1] if position + 1 < len(filled) else None
        if after is None or pairs[after] is not None or lines[after].sig == ("bold",):
            pairs[index] = (line.text, "")


OUTCOME_PART_WORDS = 8


def _semicolon_outcomes(rest: str) -> list[str]:
    """The outcomes a theme's line lists after its name, parted by semicolons ("healthy
    lives; good education; strong families"); none unless every part is short."""
    if ";" not in rest or len(rest) > 600:
        return []
    parts = [part.strip(" .").removeprefix("and ").strip() for part in rest.split(";")]
    if len(parts) < 2 or not all(1 <= _words(part) <= OUTCOME_PART_WORDS for part in parts):
        return []
    return parts


def _same_name_again(pairs: list[tuple[str, str] | None], lines: list[_Line]) -> None:
    """Two pairs in a row with one name are not two priorities: a page's title and its
    picture's description ("Corporate information – Our vision and values" / "Corporate
    information – Our vision and values image")."""
    filled = [index for index, line in enumerate(lines) if line.kind != "blank"]
    for before, index in zip(filled, filled[1:], strict=False):
        pair, above = pairs[index], pairs[before]
        if pair is not None and above is not None and \
                pair[0].casefold() == above[0].casefold():
            pairs[index] = pairs[before] = None


REPEATED_LABELS = 3


def one_label_over_each(lines: list[_Line]) -> None:
    """Three or more lines in a row that start with the same words and a dash ("Our
    ambition – children and young people have a brighter future" / "Our ambition –
    older people enjoy …"), whatever lies between them that is left out (page numbers):
    the words say what kind of priority each is, and what follows names it."""
    run: list[tuple[int, str, str]] = []  # (index, the label folded, the name)
    for index, line in enumerate([*lines, _Line("prose", "")]):
        if line.kind in ("blank", "skip"):
            continue
        spaced_dash = " \u2013 " in line.text[:60] or " - " in line.text[:60]
        pair = split_pair(line.text) if spaced_dash and line.kind == "prose" and \
            not line.settled else None
        if pair is not None and (not run or fold(pair[0]) == run[-1][1]):
            run.append((index, fold(pair[0]), pair[1]))
            continue
        if len(run) >= REPEATED_LABELS:
            for at, _label, name in run:
                lines[at] = _Line("item", name[:1].upper() + name[1:], ("para",),
                                  indent=lines[at].indent)
        run = [(index, fold(pair[0]), pair[1])] if pair is not None else []


def _names_a_section(line: _Line) -> bool:
    """A short title naming priorities after a run of pairs ("Strategic objectives for
    procurement"): a new section, not more of what the pairs said."""
    text = line.text.rstrip()
    return title_like(text, 8) and not text.endswith((".", ":")) and bool(NAMING.search(text))


def _pairs_after_the_vision(pairs: list[tuple[str, str] | None], lines: list[_Line]) -> None:
    """Pairs straight after a paragraph stating the vision ("The vision for the
    Procurement function … is to achieve excellence. We will view … from three
    perspectives." / "Internally: …") describe the vision, unless that paragraph ends
    by naming priorities."""
    for index, pair in enumerate(pairs):
        if pair is None or (index and pairs[index - 1] is not None):
            continue
        before = next((lines[i] for i in range(index - 1, -1, -1)
                       if lines[i].kind != "blank"), None)
        if before is None or before.kind != "prose" or not VISION_LEAD.search(before.text):
            continue
        last = before.text.rstrip()
        last = last[last.rfind(". ", 0, len(last) - 1) + 1:]
        if NAMING.search(last):
            continue
        at = index
        while at < len(pairs) and (pairs[at] is not None or lines[at].kind == "blank"):
            pairs[at] = None
            at += 1


def introduced_list(lines: list[_Line]) -> bool:
    """Whether a prose line ending with a colon ("The strategy outlines the following:")
    is followed straight away by a list of two or more items."""
    for index, line in enumerate(lines):
        if line.kind == "prose" and line.text.rstrip().endswith(":") and not line.settled:
            following = next_lines(lines, index + 1, most=2)
            if len(following) == 2 and all(lines[i].kind == "item" and not lines[i].heading
                                            for i in following):
                return True
    return False


def named_paragraphs(lines: list[_Line]) -> None:
    """Short names each followed by a paragraph, two or more in a row: each name a priority.

    A web page's headings lose their size when pasted ("Thriving economy" / "We
    want everyone to share in…"). The document's first line is its title, and
    names of sections that are not priorities ("Our vision", "Contact us") end a
    run rather than join it.
    """
    # past what was left out: a picture's description over each name does not part them
    meaningful = next_lines(lines, 0, past_skipped=True)
    runs: list[list[int]] = []
    run: list[int] = []
    bodies: dict[int, list[int]] = {}  # each name's lines
    position = 1  # the first line is the document's title
    while position < len(meaningful):
        at = meaningful[position]
        after = meaningful[position + 1] if position + 1 < len(meaningful) else None
        if after is not None and _is_name(lines[at]) and _is_paragraph(lines[after]):
            run.append(at)
            bodies[at] = [after]
            position += 2
            while position < len(meaningful) and not _next_name(lines, meaningful, position) and (
                    _is_paragraph(lines[meaningful[position]])
                    or _action_under(lines, meaningful, position)
                    # ("For more information about our work …, please visit:")
                    or _contact_reason(lines[meaningful[position]].text)):
                bodies[at].append(meaningful[position])
                position += 1  # more paragraphs about the same priority, or its actions
            if position < len(meaningful) and generic_heading(lines[meaningful[position]].text):
                runs.append(run)  # "Our strategic themes": the names before it are not
                run = []          # among those it names
                continue
            if position < len(meaningful) and _repeats(lines[meaningful[position]], lines[at]):
                lines[meaningful[position]] = _Line("skip", lines[meaningful[position]].text)
                position += 1  # "Tackle the climate emergency" again: a link to its page
            elif _words(lines[at].text) <= LINKED_NAME_WORDS and \
                    _link_before_a_name(lines, meaningful, position):
                link = lines[meaningful[position]]  # "Find out more", "Making Devon greener"
                link.kind, link.reason = "skip", LINK_TO_ITS_PAGE
                position += 1
            continue
        if after is None and len(run) >= 2 and _is_name(lines[at]):
            run.append(at)  # the paste stopped after the last name, before its paragraph
        runs.append(run)
        run = []
        position += 1
    runs.append(run)
    runs = [run[1:] if run and _DOCUMENT_TITLE.match(lines[run[0]].text) else run
            for run in runs]
    runs = [run for run in runs if len(run) >= 2]
    # "This is how we'll deliver the seven well-being goals:" over a run: that run is the
    # priorities, and the runs of section headings before it are not
    introduced = [run for run in runs if _after_a_lead_in(lines, run[0])]
    for run in introduced or runs:
        _name_run(lines, run)
        for at in run:  # (a paragraph among them, or two alone, say what the name means)
            its_actions(lines, _actions_first(lines, bodies.get(at, [])), share=1.0, fewest=3)


# A document's own title over the paragraph about it, before the names of what it sets
# out ("Progressive Procurement Strategy 2020/27" / "The … Strategy sets out …")
_DOCUMENT_TITLE = re.compile(rf"^[\w'\u2019 -]{{0,80}}\b(?:{DOCUMENT_KINDS})\s(?:19|20)\d\d"
                             r"(?:\s?[/\u2013-]\s?(?:19|20)?\d\d)?$", re.IGNORECASE)


def _next_name(lines: list[_Line], meaningful: list[int], position: int) -> bool:
    """Whether the line at ``position`` names the next paragraph though it reads as one
    itself, ending with a bracket ("Delivering on our Climate Strategy (2021/22 –
    2029/30)" over "Since declaring a Climate Emergency in July 2019, we have …")."""
    line = lines[meaningful[position]]
    after = meaningful[position + 1] if position + 1 < len(meaningful) else None
    return after is not None and line.text.rstrip().endswith(")") and _is_name(line) and \
        _is_paragraph(lines[after]) and lines[after].text.rstrip().endswith(".")


def _actions_first(lines: list[_Line], body: list[int]) -> list[int]:
    """The lines of a name's body up to the first that does not open with an action:
    the last name's may run on into the page's closing sentence."""
    return list(itertools.takewhile(lambda at: opens_with_an_action(lines[at].text), body))


def _action_under(lines: list[_Line], meaningful: list[int], position: int) -> bool:
    """A bulleted line after a priority's paragraph: one of its actions ("- We will lead
    the vaccination programme …"), not a name."""
    line = lines[meaningful[position]]
    return line.kind == "item" and not line.heading and line.sig[:1] == ("bullet",)


def _after_a_lead_in(lines: list[_Line], at: int) -> bool:
    """Whether the line before ``at`` leads into a list: "… the seven well-being goals:",
    or a short line a web page sets over its cards ("Our priorities are")."""
    before = next((lines[i] for i in range(at - 1, -1, -1) if lines[i].kind != "blank"), None)
    if before is None or before.kind != "prose":
        return False
    text = before.text.rstrip()
    return text.endswith(":") or (_words(text) <= LEAD_IN_LINE_WORDS and ends_a_lead_in(text))


LEAD_IN_LINE_WORDS = 6


LINKED_NAME_WORDS = 12  # a card's name; a longer line over a paragraph may be a sentence


def _link_before_a_name(lines: list[_Line], meaningful: list[int], position: int) -> bool:
    """A short line after a priority's paragraph, then the next name: the link a web
    page's card puts under what a priority means ("Find out more", "Making Devon
    greener"), not a name whose paragraph is missing. The next name may be the last
    line of a paste that stopped short."""
    if position + 1 >= len(meaningful):
        return False
    line, name = lines[meaningful[position]], lines[meaningful[position + 1]]
    if not a_link_line(line) or not _is_name(name):
        return False
    if position + 2 >= len(meaningful):
        return True
    return _is_paragraph(lines[meaningful[position + 2]])


def _repeats(line: _Line, name: _Line) -> bool:
    """A short line after a priority's paragraphs that says its name again (a link)."""
    if line.kind != "prose" or not title_like(line.text, 16):
        return False
    words = {w.casefold() for w in TOKEN.findall(line.text)}
    named = {w.casefold() for w in TOKEN.findall(name.text)}
    return bool(words) and len(words & named) >= 0.8 * len(words)  # not "A resilient Wales"


def _name_run(lines: list[_Line], run: list[int]) -> None:
    if len(run) < 2:
        return
    for at in run:
        lines[at] = _Line("item", _plain(lines[at].text), ("para",), indent=lines[at].indent)


def _is_name(line: _Line) -> bool:
    """A short line that can name the paragraph under it; not a sentence the copy broke
    ("As local authorities were", "Councils, along with the")."""
    return (line.kind == "prose" and not line.settled and title_like(line.text, 20)
            and not line.text.rstrip(_CLOSING_QUOTES).endswith((".", ":", "!", "?"))
            and not _SPEECH.search(line.text) and not STATEMENT.match(line.text)
            and not ends_mid_sentence(line.text)
            and not _SKIP_SECTION.match(line.text) and not announced_count(line.text))


def _is_paragraph(line: _Line) -> bool:
    words = _words(line.text)
    text = line.text.rstrip()
    if line.kind != "prose" or text.endswith(":"):
        return False
    if text.endswith(".") and text[:1].isupper():
        return words >= SENTENCE_WORDS  # "People live longer, healthier lives."
    return words >= 6 and (text.endswith(("!", ")", "”", "'")) or words >= 15)


SENTENCE_WORDS = 4


def _bold_pair(line: _Line) -> tuple[str, str] | None:
    """("Name", "what it means") for a Word paragraph that starts with bold words."""
    if not line.bold_name:
        return None
    rest = line.text[len(line.bold_name):].strip(" :\u2013\u2014-")
    return (line.bold_name, rest) if rest else None


def _neighbour_pair(pairs: list[tuple[str, str] | None], lines: list[_Line], index: int,
                    step: int) -> bool:
    """Whether the nearest non-blank line before or after is also a named paragraph,
    past the first one's own list ("People – a borough where …" / "This means:" /
    "• high quality services …" / "Place – …")."""
    at = index + step
    while 0 <= at < len(lines) and (lines[at].kind == "blank" or _own_list(lines[at])):
        at += step
    return 0 <= at < len(lines) and pairs[at] is not None


OWN_LEAD_WORDS = 4


def _own_list_after(lines: list[_Line], index: int) -> bool:
    """Whether a named paragraph is followed by its own bullets (after a short lead-in)."""
    for at in following_lines(lines, index + 1):
        if not _own_list(lines[at]):
            return False
        if lines[at].kind == "item":
            return True
    return False


def _own_list(line: _Line) -> bool:
    """A named paragraph's own list: its bullets, and a short lead-in ("This means:")."""
    text = line.text.rstrip()
    return (line.kind == "item" and not line.heading
            and line.sig[:1] in (("bullet",), ("wlist",))) or (
        line.kind == "prose" and text.endswith(":") and _words(text) <= OWN_LEAD_WORDS)



RUN_INS = 2


def run_in_names(lines: list[_Line]) -> None:
    """After a lead-in ending with a colon, or a heading that only names the list ("Our
    priorities"), two or more paragraphs each starting with its name as a short sentence
    (a PDF's bold run-in heads): each name a priority, the rest of the paragraph its
    guidance."""
    for index, line in enumerate(lines):
        if line.kind not in ("prose", "item") or not (
                line.text.rstrip().endswith(":") or generic_heading(line.text)):
            continue
        found: list[tuple[int, tuple[str, str]]] = []
        for at in following_lines(lines, index + 1):
            after = lines[at]
            pair = run_in_name(after)
            if pair is not None:
                found.append((at, pair))
            elif not (found and after.kind == "prose" and after.text[:1].islower()):
                break  # (a line carried on in lower case belongs to the paragraph above)
        if len(found) < RUN_INS:
            continue
        for at, (name, rest) in reversed(found):
            lines[at:at + 1] = [_Line("item", _plain(name), ("para",), indent=lines[at].indent),
                                _Line("prose", rest, indent=lines[at].indent)]
        return
