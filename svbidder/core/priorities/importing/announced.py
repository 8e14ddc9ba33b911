"""Part of step 1½ of importing priorities: sentences that announce or name the list.

Councils often say how many priorities follow ("the six strategic outcomes
are:", "split into three areas") or name them inside a sentence ("our
priorities are housing, jobs and the environment", "will focus on A; B; and
C"). This pass reads those sentences: it takes the announced number of lines
after a count (short lines, "Name – what it means" paragraphs, a short name
over its paragraph, or the parts of the sentence itself), and in minutes and
news, where the priorities sit inside the prose, the names a sentence lists. It
also holds the words every pass uses to tell a lead-in ("We will:") and a
statement (the vision, values or mission) from a priority.

Every test here works on words already split or on patterns with bounded
repetition, so the pass is linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ...numbers import NUMBER_WORD_VALUES
from ...text.search import fold
from .action_verbs import ACTION_SHARE, opens_with_an_action
from .furniture import debris_reason, title_like
from .inline_lists import (
    _QUOTES,
    coordinated_names,
    counted_names,
    parted_at_its_and,
    quoted_names,
    without_its_number,
)
from .lines import (
    _contact_reason,
    _Line,
    _plain,
    _words,
    continues_item,
    ends_mid_sentence,
    line_before,
    next_lines,
    tidy,
)
from .run_in import run_in_name

_NOUNS = (r"priorit(?:y|ies)|principles?|themes?|outcomes?|objectives?|aims?|areas?|goals?|"
          r"ambitions?|commitments?|pillars?|missions?|strands?|pledges?|values?|issues|topics|"
          r"challenges|actions|blaenoriaethau|amcanion|themâu|nodau")

_LIST_NOUNS = re.compile(rf"^(?:{_NOUNS})$")

# a sentence that names its list also counts it under "headings" ("four headings; …")
_NAMED_LIST_NOUNS = re.compile(rf"^(?:{_NOUNS}|headings|categories)$")

# "2 Theme 4: Health …" (a contents page's page number, then a label) counts nothing
_SINGULAR = re.compile(r"^(?:priority|principle|theme|outcome|objective|aim|area|goal|ambition|"
                       r"commitment|pillar|mission|strand|pledge|value)$")


def _a_label(word: str, after: list[re.Match[str]]) -> bool:
    """Whether a noun after a number is a label's ("2 Theme 4"): singular, numbered."""
    return bool(_SINGULAR.match(word)) and bool(after) and after[0].group().isdigit()

# (the look ahead at the first letter makes a long sentence without a number quick)
_NUMBER_HINT = re.compile(r"\d|\b(?=[tfsen])(?:two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)\b",
                          re.IGNORECASE)

TOKEN = re.compile(r"[\w'’-]+")
_AMOUNT = re.compile(r"\s?(?:%|per ?cent\b)", re.IGNORECASE)  # a share, not a count

AFTER_LIST = "the text after the list"

# A list introduced as the values or what everything rests on ("Everything we do will be
# built on the following principles:", "based on three guiding principles:") says how
# the body works: never priorities, however many it announces.
VALUES_LEAD = re.compile(r"\b(?:values|ways? of working|behaviours|"
                          r"how we (?:will )?work|work in a way)\b|\b(?:built|based|founded) "
                          r"(?:on|upon|around)\b.{0,40}?\bprinciples\b|"
                          r"\bprinciples\b.{0,40}?\b(?:underpin|guide)", re.IGNORECASE)


# "We will deliver on our vision and values through six key strategic priorities:": the
# values are how the priorities came about; the list is the priorities
_THROUGH_PRIORITIES = re.compile(r"\b(?:through|by|via) (?:our |the |these |its |their )?"
                                 r"(?:[\w-]+ ){0,4}(?:priorities|themes|objectives|outcomes)"
                                 r"\s?:?$", re.IGNORECASE)


def speaks_of_values(text: str) -> bool:
    """Whether a lead-in introduces the values or ways of working (not the priorities
    it delivers them through)."""
    return bool(VALUES_LEAD.search(text)) and not _THROUGH_PRIORITIES.search(text.rstrip()[-200:])


INTRODUCES = "the sentence that introduces the list"
# (a paste that stops before the list does: the person is told to look at its end)
INTRODUCES_MORE = ("the sentence that introduces the list, which counts more priorities than "
                   "follow it (the copy may have stopped early, so check the end of the text)")


# A sentence that opens by pointing back at the one before it: "These include: …", "They
# are:" (alone on its line, a bare lead-in)
POINTS_BACK = re.compile(r"^(?:they|these|those) (?:include|includes|are|will be)"
                         r"(?: as follows)?\s?:?(?=\s|$)", re.IGNORECASE)


def number_of(word: str) -> int:
    """The number a word gives ("six", "12"), or 0; only ASCII digits ("¹" is a mark)."""
    if word.isascii() and word.isdigit() and len(word) <= 2:
        return int(word)
    return NUMBER_WORD_VALUES.get(word, 0)


def _introduces(line: _Line, reason: str = INTRODUCES) -> None:
    line.kind, line.reason = "skip", reason


def announced_count(text: str, nouns: re.Pattern[str] = _LIST_NOUNS) -> int:
    """The number a lead-in sentence announces ("the six main principles are:"), or 0."""
    return counted_noun(text, nouns)[0]


def counted_noun(text: str, nouns: re.Pattern[str] = _LIST_NOUNS) -> tuple[int, int]:
    """(N, where the counted noun ends) for the first "N … priorities" in a sentence
    ("Its three strategic themes are …" → (3, the end of "themes")), or (0, 0)."""
    if not _NUMBER_HINT.search(text, 0, 600):
        return 0, 0  # most lines announce nothing: skip splitting them into words
    tokens = list(TOKEN.finditer(text[:600]))
    for index, token in enumerate(tokens):
        number = number_of(token.group().lower())
        if not 2 <= number <= 20 or _AMOUNT.match(text, token.end()) or \
                text[token.start() - 1:token.start()] in ("£", "$", "€"):
            continue  # ("at least 20% for social value", "£5 for community benefits")
        for at, following in enumerate(tokens[index + 1:index + 5], start=index + 1):
            word = following.group().lower()
            if text[following.start() - 1:following.start()] in ("\u2018", "'"):
                word = word.rstrip("'\u2019")  # a noun in quotes: "four broad ‘themes’"
            if nouns.match(word) and not _a_label(word, tokens[at + 1:at + 2]):
                return number + _one_more(text, following.end(), number), following.end()
    return 0, 0


_ORDINALS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth")
_ONE_MORE = re.compile(r"[,;]? (?:with|plus|and) (?:a|one) (\w+)\b", re.IGNORECASE)


def _one_more(text: str, end: int, number: int) -> int:
    """1 when the count is followed by one more of the next ordinal ("four strategic
    themes, with a fifth ambition for our Council underpinning them"), else 0."""
    match = _ONE_MORE.match(text, end)
    next_ordinal = _ORDINALS[number - 2] if 2 <= number <= len(_ORDINALS) + 1 else ""
    return int(match is not None and match.group(1).lower() == next_ordinal)


# "we have also added a fourth priority:" between a list and one more item of it
_ONE_MORE_ADDED = re.compile(
    r"\b(?:a|an|one) (?:" + "|".join(_ORDINALS) + r"|further|additional|new|more|final) "
    r"(?:key |strategic |main |overarching )?(?:priority|objective|aim|outcome|theme|goal|"
    r"ambition|commitment)\s*:$", re.IGNORECASE)


def one_more_added(lines: list[_Line]) -> None:
    """A list, then "Based on the feedback, we have also added a fourth priority:" and
    one more item: the item is the list's last, so the sentence between is left out
    rather than taken as the end of the list."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or not _ONE_MORE_ADDED.search(line.text[-200:]):
            continue
        before, after = line_before(lines, index), next_lines(lines, index + 1, most=1)
        if before is not None and after and lines[before].kind == "item" and \
                lines[after[0]].kind == "item" and \
                lines[after[0]].sig[:1] == lines[before].sig[:1]:
            lines[index] = _Line("skip", line.text,
                                 reason="the sentence that adds one more to the list")
            added, last = lines[after[0]], lines[before]
            if added.ref.isdigit() and last.ref.isdigit():  # ("1." afresh: it is the 4th)
                added.ref = str(int(last.ref) + 1)


def announced_lists(lines: list[_Line]) -> bool:
    """After a line announcing N priorities, take N short lines (or N named paragraphs).

    Returns whether such a list was found.
    """
    found = False
    index = 0
    while index < len(lines):
        taken = _first_item_list(lines, index) or _counted_list(lines, index)
        found = found or bool(taken)
        index = taken or index + 1
    return found


def _first_item_list(lines: list[_Line], index: int) -> int:
    """The items a list's first item counts ("• Our plan … is divided into four main
    themes."); the index after them, or 0."""
    if not _first_item_counts(lines, index):
        return 0
    taken = _take_items(lines, next_lines(lines, index + 1, most=LOOK_AHEAD),
                        announced_count(lines[index].text), more_after=True)
    if taken:
        _introduces(lines[index])
    return taken


def _may_announce(line: _Line) -> bool:
    """A list item announces only the list it leads into ("… four priorities …:"), not
    one its sentence mentions ("The vision, eight shared outcomes … remained")."""
    return (line.kind == "prose" or (line.kind == "item" and (
        line.heading or line.text.rstrip().endswith(":")))) and \
        not speaks_of_values(line.text) and not _WHAT_THEY_MEAN.match(line.text)


# "Achieving the three goals would mean:": the goals counted were listed before; what
# follows is what reaching them would bring, not the goals
_WHAT_THEY_MEAN = re.compile(r"^(?:achieving|delivering|meeting|reaching) (?:the|these|our) "
                             r"\w+ \w+ (?:would|will|should|could) (?:mean|bring|deliver)\b",
                             re.IGNORECASE)


def _counted_list(lines: list[_Line], index: int) -> int:
    """The N priorities after a line that counts them, in whichever shape they take; the
    index after them, or 0. The count may sit on a line the page broke ("… It identifies
    four strategic" / "themes that will help us achieve this vision:")."""
    leads = [index]
    count = line_count(lines, index) if _may_announce(lines[index]) else 0
    if not count:
        carried = _carried_lead_in(lines, index)
        if carried is None:
            return 0
        count = announced_count(lines[index].text[-200:] + " " + lines[carried].text)
        leads.append(carried)
    if not count or _counts_a_list_given(lines, index, count):
        return 0
    index = leads[-1]
    # past debris: "Page Thumbnail" before each of a page's image tiles
    following = next_lines(lines, index + 1, past_skipped=True, most=LOOK_AHEAD)
    if following and lines[following[0]].kind == "prose" and (
            _SECOND_LEAD_IN.match(lines[following[0]].text.strip())
            or _a_short_lead_in(lines[following[0]].text)
            or names_the_column(lines[following[0]].text)):
        following = following[1:]  # a second, short lead-in: "The draft objectives are:"
    elif _a_title_over_a_chain(lines, following, count):
        following = following[1:]  # "Hastings Borough Council's Corporate Plan 2025-30"
    taken = (_take_items(lines, following, count)
             or _take_grouped_items(lines, following, count)
             or _take_paired_items(lines, following, count)
             or _take_named(lines, following, count)
             or _take_run_ins(lines, following, count)
             or _take_named_at_end(lines, following, count)
             or _take_named_groups(lines, following, count)
             or _take_plain(lines, following, count)
             or _take_inline(lines, index, count)
             or _take_sentences(lines, index, following, count)
             or _take_paragraphs(lines, index, following, count))
    found = sum(1 for line in lines[index + 1:taken] if line.kind == "item" and line.announced)
    for at in leads if taken else []:
        if lines[at].kind == "prose":
            _introduces(lines[at], INTRODUCES_MORE if found < count else INTRODUCES)
    return taken


# "… the Core Foundations, an internal framework … to deliver these four externally
# facing themes:": the count points back at a list already given
_COUNT_POINTS_BACK = re.compile(r"\b(?:these|those|the above) (\w+) ", re.IGNORECASE)
LOOK_BACK = 60  # lines: the list a count points back at is close above it


def _counts_a_list_given(lines: list[_Line], index: int, count: int) -> bool:
    """Whether a line's count is of a list already announced just above it ("these
    four themes" after four themes), so the list after the line serves those
    priorities (how they are delivered) and is not counted by it."""
    if not any(number_of(match.group(1).lower()) == count
               for match in _COUNT_POINTS_BACK.finditer(lines[index].text[:600])):
        return False
    given = sum(1 for line in lines[max(0, index - LOOK_BACK):index]
                if line.kind == "item" and line.announced)
    return given >= count


_CHAIN_GLUE = (";", "; and", "; or", ", and")


def _a_title_over_a_chain(lines: list[_Line], following: list[int], count: int) -> bool:
    """Whether the first line after a count is a title over the counted lines, written as
    one sentence whose parts end with semicolons: the count's last line would still go
    on ("…; and") and the line after it ends the chain, while the first line does not."""
    if len(following) <= count or lines[following[0]].kind != "prose":
        return False
    texts = [lines[at].text.rstrip() for at in following[:count + 1]]
    return not texts[0].endswith(_CHAIN_GLUE) and texts[count - 1].endswith(_CHAIN_GLUE) \
        and not texts[count].endswith(_CHAIN_GLUE) and \
        all(text.endswith(_CHAIN_GLUE) for text in texts[1:count])


# "2 Key Strategic Themes:": a number, then a capitalised word
_NUMBER_FIRST = re.compile(r"^(\d{1,3}) (?=[A-Z])")


def line_count(lines: list[_Line], index: int) -> int:
    """The number of priorities a line announces, leaving out the number it starts with
    when that number comes next in turn after one an earlier line starts with ("1
    University of Chichester Strategic Plan" … "2 Key Strategic Themes:"): a page's or
    a list's number, which counts nothing."""
    text = lines[index].text
    number = _NUMBER_FIRST.match(text)
    if number is not None and number.group(1) != "1":
        before = str(int(number.group(1)) - 1)
        if any(lines[i].text == before or lines[i].text.startswith(before + " ")
               for i in range(index - 1, max(-1, index - LOOK_AHEAD), -1)):
            text = text[number.end():]
    return announced_count(text)


# "We will:", "These are:", "They include:": a few words and a colon, not a name
_SHORT_LEAD_IN = re.compile(r"^(?:we|they|these|this|it|our \w+) (?:will|are|is|include|"
                            r"includes|aim)\b[\w ]{0,30}:$", re.IGNORECASE)


def _a_short_lead_in(text: str) -> bool:
    return _SHORT_LEAD_IN.match(text.strip()) is not None


def names_the_column(text: str) -> bool:
    """A table's heading row copied as one line, over the counted rows: "Objective
    Performance improvement objectives for 2020-2021 and 2021-2022"."""
    return title_like(text, 12) and not text.rstrip().endswith((".", ":")) and \
        bool(NAMING.search(text))


# "The draft objectives are:", "Our new themes include:": a short line naming the list
_SECOND_LEAD_IN = re.compile(r"^(?:[\w'’-]+ ){0,5}(?:priorities|themes|objectives|outcomes|aims|"
                             r"ambitions|pillars|goals|commitments) (?:are|include|will be)\s?:$",
                             re.IGNORECASE)

_LIST_START = re.compile(r"[:;] | [-\u2013\u2014] ")
# the sentence after the one that counts, giving the list: "These are …", "They include …"
_THESE_ARE = re.compile(r"(?<=\.) (?:These|They) (?:are|include|will be):? ")

_SENTENCE_END = re.compile(r"(?<=[a-z)\u201d\u2019\"'])\.(?: |$)")


def _take_inline(lines: list[_Line], index: int, count: int) -> int:
    """N priorities named inside the announcing sentence ("Three priorities have been
    identified: a thriving economy; strong communities and a sustainable way of life.").

    The words after the colon (or semicolon), up to the sentence's end, split at
    commas and semicolons; the part holding the last "and" gives the last two. Exactly
    N short parts become N items after the sentence.
    """
    line = lines[index]
    text = " ".join(line.text[:600].split())  # one space each: the patterns stay linear
    if line.kind != "prose":
        return 0
    number, noun_end = counted_noun(text)
    # "Its three themes are A, B and C, and each …"; in a page with a list after it,
    # not names in brackets or between dashes: the list would set them out itself
    start = _LIST_START.search(text)
    these = _THESE_ARE.search(text, noun_end) if number == count else None
    if these is not None and (start is None or these.start() < start.start()):
        start = these  # "… sets out eight objectives. These are applying …; …"
    listed = _SENTENCE_END.split(text[start.end():], 1)[0] if start is not None else ""
    names = (_last_after_and(listed, count) or counted_names(
        text, noun_end, count, asides=not _items_soon_after(lines, index))) \
        if number == count else []
    if not names and start is not None:
        names = _inline_names_in(listed, count)
    if not names:
        return 0
    lead = text[:start.start()] if start is not None else text[:noun_end]
    index, names = _told_later(lines, index, lead) or (index, names)
    names = _one_named_before(lines, index, text[:noun_end]) + names
    items = [_Line("item", name, ("para",), indent=line.indent, announced=True)
             for name in names]
    lines[index + 1:index + 1] = items
    return index + 1 + len(items)


# "… four other missions": the count leaves out one named just before
_OTHER_COUNTED = re.compile(r"\b(?:other|further|more)\s+[\w-]+$", re.IGNORECASE)
# "My priority will be ensuring the law works harder, with more ambition, so …"
_ONE_PRIORITY = re.compile(r"^(?:my|our|the) (?:main |first |top |overarching |own )?"
                           r"(?:priority|mission|aim|focus) (?:will be|is) (?P<name>[^,.;]{3,120})",
                           re.IGNORECASE)


def _one_named_before(lines: list[_Line], index: int, counted: str) -> list[str]:
    """The one priority the paragraph before names, when the count is of "other" ones
    ("My priority will be ensuring the law works harder, …" / "… we've set four other
    missions – …"): [its name], or []."""
    before = line_before(lines, index)
    if not _OTHER_COUNTED.search(counted) or before is None or lines[before].kind != "prose":
        return []
    one = _ONE_PRIORITY.match(" ".join(lines[before].text[:400].split()))
    return [one.group("name").strip()] if one else []


def _a_later_sentence_leads_in(text: str, noun_end: int) -> bool:
    """Whether a paragraph's last sentence, after the one that counts, ends with a colon
    to lead in the list below ("… shaped by two headings: what we do well; and what
    we’ll do better. … We therefore commit ourselves to:"): the list is what it leads in."""
    if not text.rstrip().endswith(":"):
        return False
    ends = [found.end() for found in _SENTENCE_END.finditer(text)]
    return bool(ends) and ends[-1] > noun_end


NAMING = re.compile(r"\b(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars|"
                     r"commitments|pledges)\b", re.IGNORECASE)

_BRACKETED = re.compile(r" ?\([^()]{0,200}\)")

# "Our priorities are …", "The focus for 2022 will be on …"
_NAMED_AS = re.compile(r"\b(?:(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars|"
                       r"pledges) (?:were|are|include|will be|(?:will )?focus on|of)"
                       # "The overarching priorities for the next four years are …"
                       r"|(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars)"
                       r" (?:for|over|in|during) (?:the )?[\w -]{1,30}? (?:were|are|will be)"
                       r"(?= (?-i:[A-Z])| [\u201c\u2018'\"])"  # (not "… were highlighted as;")
                       r"|(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars)"
                       r"(?: [^,.;:]{1,40}?)? (?:have been|are|were) (?:labelled|described|"
                       r"identified|named|listed|set out|summed up) as"
                       r"|focus(?: (?:for|over|in|during) [^,.;:]{1,40})? will be on)"
                       r" (?=[\w\u201c\u2018'\"])",
                       re.IGNORECASE)


def named_in_a_sentence(lines: list[_Line], *, counted: bool = False) -> bool:
    """On a page of prose only, the first sentence that names the priorities and then
    lists them ("The priorities were highlighted as; People (…), Place (…), Growth
    (…) and Transformation (…).", "The strategic priorities were the Environment, the
    Economy, Housing and Communities.") gives them, however many (3 to 10); but when
    that sentence speaks of the past ("The old plan focussed on three priority areas:
    …") and a later one of what will be ("The new plan will focus on the themes of
    …"), the later one does.

    ``counted`` looks only for a sentence that also counts them ("Our ambitions sit
    under four headings; …"), which is sure enough to read beside headings and lists.
    Returns whether one was found."""
    found = next(_sentences_naming(lines, counted), None)
    if found is None:
        return False
    index, parts, lead = found
    index, parts = _told_later(lines, index, lead) or (index, parts)
    line = lines[index]
    lines[index + 1:index + 1] = [
        _Line("item", part[:1].upper() + part[1:], ("para",), indent=line.indent,
              announced=True) for part in parts]
    _introduces(line)
    return True


# How a sentence naming the priorities speaks of them: as they were, or as they will be
_PAST = re.compile(r"\b(?:was|were|had|focus{1,2}ed|ran)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\bwill\b", re.IGNORECASE)


TOLD_LATER = 20  # lines: the plan that follows is described soon after the one before


def _told_later(lines: list[_Line], index: int, lead: str) -> tuple[int, list[str]] | None:
    """When the sentence at ``index`` names priorities as they were (its words before
    the names, ``lead``, in the past), a later sentence naming them as they will be:
    its index and names. None when there is no such pair."""
    if not _PAST.search(lead):
        return None
    later = next((later for later in _sentences_naming(lines[index + 1:index + 1 + TOLD_LATER],
                                                       False)
                  if _FUTURE.search(later[2])), None)
    return (index + 1 + later[0], later[1]) if later is not None else None


def _sentences_naming(lines: list[_Line],
                      counted: bool) -> Iterator[tuple[int, list[str], str]]:
    """Each prose line that names the priorities: its index, the names, and the words
    before them."""
    for index, line in enumerate(lines):
        if line.kind != "prose":
            continue
        text = _with_its_end(lines, index)
        if not _may_name(text):
            continue
        start = _LIST_START.search(text)
        if start is not None and _a_later_sentence_leads_in(text, start.end()):
            continue
        named = _NAMED_AS.search(text)
        if start is None or not NAMING.search(text, 0, start.start()) or (
                named is not None and named.start() < start.start()):
            start = named  # "These priorities will focus on A; B; …" names from A
        parts = _sentence_parts(text, start.end()) if start is not None else []
        if counted and len(parts) != announced_count(text[:start.start()] if start else "",
                                                     _NAMED_LIST_NOUNS):
            parts = _counted_names(text)
            if not parts:
                continue
        # names parted by semicolons may hold commas and run longer
        longest = INLINE_NAME_WORDS if start is not None and ";" in text[start.end():] else 6
        if not (3 <= len(parts) <= 10 and all(1 <= _words(part) <= longest for part in parts)):
            parts = _counted_names(text) or (_listed_then_named(text) if not counted else [])
        if not parts and not counted:
            following = _next_prose(lines, index)
            parts = _included_then_also(text, following) or _named_next(text, following) \
                or _named_after(text, following)
        if parts:
            yield index, parts, text[:start.start()] if start is not None else text


def _may_name(text: str) -> bool:
    """Whether a sentence has what every way of naming the priorities needs: a word for
    them ("priorities", "… are the key areas"), a count ("our four ‘P’s which are …"), a
    semicolon (parts the next sentence calls priorities) or "focus" ("The focus will be
    on …"). Most prose has none, and this one look is far quicker than the readings it
    spares (a long page of prose)."""
    return _MAY_NAME.search(text) is not None


_MAY_NAME = re.compile(r"[;\d]|\b(?=[a-z])(?:priorities|themes|objectives|outcomes|aims|"
                       r"ambitions|pillars|commitments|pledges|areas|focus|two|three|four|five|"
                       r"six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
                       r"nine)teen|twenty)\b", re.IGNORECASE)


def _with_its_end(lines: list[_Line], index: int) -> str:
    """A prose line's sentence, spaces made single: with the next line when a page broke
    it there ("… our four ‘P’s which are" / "Patients, People, Performance and …")."""
    text = " ".join(lines[index].text[:800].split())
    after = index + 1
    if after < len(lines) and lines[after].kind == "prose" and ends_mid_sentence(text):
        text = f"{text} {' '.join(lines[after].text[:400].split())}"
    return text


# "…; and providing joined up care are the key areas that we suggest become priorities"
_THEN_NAMED = re.compile(r" (?:are|were|will be|form|make up) (?:the|our|its|their) "
                         r"(?:[\w'’-]+ ){0,3}(?:areas|priorities|themes|objectives|outcomes|"
                         r"aims|ambitions|pillars)\b", re.IGNORECASE)


def _listed_then_named(text: str) -> list[str]:
    """The names a sentence lists, parted by semicolons, before saying what they are
    ("Promoting wellbeing; offering early help …; and providing joined up care are the
    key areas that we suggest become priorities"): 3 to 10 short parts, or none."""
    for sentence in _SENTENCE_END.split(text):
        named = _THEN_NAMED.search(sentence)
        if named is None:
            continue
        if sentence.count(";", 0, named.start()) < 2:
            # "A, B and C are the three overarching priorities of …": commas, counted
            count = announced_count(sentence[named.start():])
            parts = coordinated_names(sentence[:named.start()], count) if count else []
            if parts:
                return parts
            continue
        parts = _split_parts(sentence[:named.start()], at_semicolons=True)
        parts[0] = parts[0].lstrip(_QUOTES + " ")
        if 3 <= len(parts) <= 10 and all(1 <= _words(part) <= INLINE_NAME_WORDS
                                         for part in parts):
            return parts
    return []


# "Enhancing quality of life for people with dementia and slowing … will also be priorities"
_ALSO_PRIORITIES = re.compile(r"^(?P<names>[^.;:]{3,300}?) (?:will|would|are|is) also be "
                              r"(?:(?:a|the|our|its|their) )?(?:[\w-]+ )?priorit(?:y|ies)\b",
                              re.IGNORECASE)


def _next_prose(lines: list[_Line], index: int) -> str:
    """The text of the first prose line after ``index``, past blanks, or ""."""
    after = next_lines(lines, index + 1, most=1)
    return lines[after[0]].text if after and lines[after[0]].kind == "prose" else ""


def _included_then_also(text: str, following: str) -> list[str]:
    """A news item's count, some of the names after "including", and the rest in the next
    sentence ("… six priority areas over the coming half-decade, including heart
    disease, cancer, diabetes, and mental health." / "Enhancing quality of life for people
    with dementia and slowing the growth of … will also be priorities …"): the names
    are read only when the two sentences give exactly the number counted."""
    count, noun_end = counted_noun(text, _NAMED_LIST_NOUNS)
    also = _ALSO_PRIORITIES.match(following.strip())
    if not count or also is None or " including " not in text[noun_end:noun_end + 100]:
        return []
    later = _sentence_parts(also.group("names") + ".", 0)
    if not 1 <= len(later) < count - 1:
        return []
    first = counted_names(text, noun_end, count - len(later))
    return [*first, *(name[:1].upper() + name[1:] for name in later)] if first else []


# "These cover education, health, …": the sentence after a count names what it counted
_THESE_COVER = re.compile(r"^(?:these|they) (?:cover|are|include|were|will be):? "
                          r"(?P<names>[^.;:]{3,400})\.?$", re.IGNORECASE)


def _named_next(text: str, following: str) -> list[str]:
    """A count ("… seven main themes have been identified …") and, in the next sentence,
    that many names ("These cover education, health, … and access for all."), or none."""
    count, _ = counted_noun(text, _NAMED_LIST_NOUNS)
    named = _THESE_COVER.match(" ".join(following[:500].split()))
    if not count or named is None:
        return []
    parts = _sentence_parts(named.group("names") + ".", 0)
    if len(parts) != count or not all(1 <= _words(part) <= INLINE_NAME_WORDS
                                      for part in parts):
        return []
    return parts


# "These are the priorities of the organisation's draft Corporate Plan": the sentence
# before listed them
_THESE_ARE_THE = re.compile(r"^(?:these|they) (?:are|were|will be|form|make up) (?:the|our|its|"
                        r"their) (?:[\w'\u2019-]+ ){0,3}(?:priorities|aims|objectives|goals|"
                        r"themes|outcomes|ambitions|pillars)\b", re.IGNORECASE)
# what a list of aims follows: "… expects to stimulate £2bn investment through A; B; and C"
_LISTED_AFTER = re.compile(r"\b(?:through|by|including|namely)\s", re.IGNORECASE)
NAMED_AFTER_WORDS = 20  # parts parted by semicolons may run long


def _named_after(text: str, following: str) -> list[str]:
    """Three to ten parts a sentence lists, parted by semicolons ("… through supporting
    local businesses …; building and growing …; and laying the foundations …"), that
    the next sentence says are the priorities ("These are the priorities of …"), or
    none."""
    if _THESE_ARE_THE.match(" ".join(following[:200].split())) is None:
        return []
    sentences = [s for s in _SENTENCE_END.split(text[-3000:]) if s.strip()]
    first, semicolon, rest = sentences[-1].partition(";") if sentences else ("", "", "")
    openers = list(_LISTED_AFTER.finditer(first))
    if not semicolon or not openers:
        return []
    parts = _split_parts(f"{first[openers[-1].end():]};{rest}", at_semicolons=True)
    if 3 <= len(parts) <= 10 and all(1 <= _words(part) <= NAMED_AFTER_WORDS for part in parts):
        return parts
    return []


COUNTED_TEXT_CHARS = 3000
COUNTED_SENTENCES = 12

_WHICH_ARE = re.compile(r" (?:which|that) (?:are|were) | namely:? ", re.IGNORECASE)
COUNTED_NAME_WORDS = 6


def _counted_names(text: str) -> list[str]:
    """The names after "which are" or "namely" when the words just before count exactly
    that many, each a capitalised name ("… our four ‘P’s which are Patients, People,
    Performance and Partnerships."): the count and the names agreeing is what makes
    them a list of priorities although no word says so."""
    for sentence in _SENTENCE_END.split(text[:COUNTED_TEXT_CHARS])[:COUNTED_SENTENCES]:
        # (each sentence: "… views were sought on the four areas of focus which …. The
        # four areas of focus were engagement, the environment, …")
        count, noun_end = counted_noun(sentence, _NAMED_LIST_NOUNS)
        names = counted_names(sentence + ".", noun_end, count) if count else []
        if names:
            return names  # "The strategy has three pillars (People, Place and Prosperity) …"
    ordinal = _ordinal_names(text[:COUNTED_TEXT_CHARS])
    if ordinal:
        return ordinal
    match = _WHICH_ARE.search(text)
    if match is None:
        return []
    counts = [number_of(fold(word)) for word in text[:match.start()].split()[-4:]]
    count = next((number for number in counts if 2 <= number <= 10), 0)
    parts = _sentence_parts(text, match.end())
    if len(parts) != count or not all(1 <= _words(part) <= COUNTED_NAME_WORDS and
                                      part[:1].isupper() for part in parts):
        return []
    return parts


# "First, we want to enhance the customer experience by …": the ordinal, who, the name
_ORDINAL = re.compile(r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?|Finally|Lastly), "
                      r"(?:we|the council|it) (?:want to|aim to|will|plan to|intend to|"
                      r"propose to|are committed to|are) (?:be |focus on )?"
                      r"(?P<name>[^.;:]{3,200})", re.IGNORECASE)
# where the name ends and what it is for begins
_NAME_ENDS = re.compile(r" by | so that | to ensure | in order to | which | where ")
ORDINAL_NAME_WORDS = 20


def _ordinal_names(text: str) -> list[str]:
    """The names a paragraph gives one sentence each, in order, when a sentence before
    counts them ("… three key objectives … First, we want to enhance the customer
    experience by … Second, we aim to provide … Third, …"): as many as the count, or
    none."""
    sentences = [sentence.strip() for sentence in _SENTENCE_END.split(text)]
    counted = next((index for index, sentence in enumerate(sentences)
                    if counted_noun(sentence, _NAMED_LIST_NOUNS)[0]), None)
    if counted is None:
        return []
    count = counted_noun(sentences[counted], _NAMED_LIST_NOUNS)[0]
    names = []
    for sentence in sentences[counted:]:
        match = _ORDINAL.match(sentence.lstrip("“‘\"'"))
        if match is not None:
            names.append(_NAME_ENDS.split(match.group("name"), maxsplit=1)[0].strip())
    if len(names) != count or not all(2 <= _words(name) <= ORDINAL_NAME_WORDS
                                      for name in names):
        return []
    return names


def named_in_an_item(lines: list[_Line]) -> bool:
    """A list item that names the priorities and lists them after a dash or colon,
    parted by semicolons, in a list whose lead-in does not ("Members received a
    presentation which detailed the following:" / … / "The Council's proposed
    ambitions – people and communities will have high aspirations; the opportunity to
    enjoy life to the full; thriving environments and good value Council services"):
    minutes summing up a report. The parts are the priorities; the item's neighbours
    are the summary's other points. Returns whether one was found."""
    for index, line in enumerate(lines):
        parts = _named_parts(line) if line.kind == "item" and not line.heading else []
        if not parts:
            continue
        run = _same_list(lines, index)
        lead = next((lines[i] for i in range(run[0] - 1, -1, -1)
                     if lines[i].kind not in ("blank", "skip")), None)
        if lead is not None and NAMING.search(lead.text[:800]) or \
                sum(1 for at in run if _named_parts(lines[at])) != 1:
            continue
        for at in run:
            lines[at].kind, lines[at].reason = "skip", "another point of the list that names them"
        line.reason = INTRODUCES
        lines[index + 1:index + 1] = [
            _Line("item", part[:1].upper() + part[1:], ("para",), indent=line.indent,
                  announced=True) for part in parts]
        return True
    return False


def _named_parts(line: _Line) -> list[str]:
    """The parts an item lists after naming the priorities and a dash or colon, when
    semicolons part them; else none."""
    text = " ".join(line.text[:800].split())
    start = _LIST_START.search(text)
    if start is None or ";" not in text[start.end():] or \
            not NAMING.search(text, 0, start.start()):
        return []
    parts = _sentence_parts(text, start.end())
    if not 3 <= len(parts) <= 10 or \
            not all(1 <= _words(part) <= INLINE_NAME_WORDS for part in parts):
        return []
    return parts


def _same_list(lines: list[_Line], index: int) -> list[int]:
    """The indexes of the items of the same kind in a row around ``index``."""
    sig = lines[index].sig
    start = index
    while start > 0 and lines[start - 1].kind == "item" and lines[start - 1].sig == sig:
        start -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].kind == "item" and lines[end + 1].sig == sig:
        end += 1
    return list(range(start, end + 1))


# "to provide good homes, to deliver excellent service, and to shape strong, sustainable
# places": a list of aims, each starting "to", parted only where the next "to" starts
_TO_PARTS = re.compile(r"[,;] (?:and )?(?=to )| and (?=to )")


def _split_parts(sentence: str, *, at_semicolons: bool = False) -> list[str]:
    """A sentence-list's parts, split at commas and semicolons (only at semicolons when
    asked: commas then belong to a name), each without a leading "and" or "as well
    as". Aims written
    "to …, to … and to …" are parted only before each "to", which is left off."""
    text = sentence.strip()
    if text.startswith("to ") and _TO_PARTS.search(text):
        parts = [part.strip(" .") for part in _TO_PARTS.split(text)]
        if all(part.startswith("to ") for part in parts):
            return [part[3:] for part in parts]
    separator = r" ?; ?" if at_semicolons else r" ?[;,] ?"
    parts = [part.strip(" .") for part in re.split(separator, sentence)]
    return [without_its_number(part.removeprefix("and ").removeprefix("as well as "))
            for part in parts]


def _sentence_parts(text: str, start: int) -> list[str]:
    """The names listed from ``start`` to the sentence's end: split at semicolons when
    it has them (commas then belong to a name), else at commas; "and" joins the last
    two ("… Housing, Our Customers and Communities")."""
    sentence = _SENTENCE_END.split(_BRACKETED.sub("", text[start:]), maxsplit=1)[0]
    if sentence.count(" | ") >= 2:
        sentence = sentence.replace(" | ", "; ")  # "Economy | Health | Environment"
    quoted = quoted_names(sentence)
    if quoted:
        return quoted  # “Investment in Local People”, … and “People, Independence and …”
    joined_last = sentence.rsplit(";" if ";" in sentence else ",", 1)[-1].strip() \
        .startswith("and ")  # "…; and Environment, culture and heritage"
    parts = _split_parts(sentence, at_semicolons=";" in sentence)
    head, comma_and, tail = parts[-1].rpartition(", and ")
    if ";" in sentence and comma_and and tail[:1].isupper() and _words(tail) <= 6:
        parts[-1:] = [head, tail]  # "…; A supportive place, and A thriving place"
    elif ";" in sentence and _words(parts[-1]) > 6 and _CLAUSE_AFTER.search(parts[-1]):
        parts[-1] = parts[-1].split(",", 1)[0]  # "…; Being International, we have refined"
    elif " and " in parts[-1] and not joined_last:
        # (before any commas of the last name's own: "… Caerphilly and build safer,
        # healthier, better-connected communities")
        head, tail = parted_at_its_and(parts[-1], commas_stay=True)
        parts[-1:] = [head.rstrip(", "), tail]
    if parts and parts[0].startswith("to ") and not any(
            part.startswith("to ") for part in parts[1:]):
        parts[0] = parts[0][3:]  # "to build …; take …; protect …": "to" goes with them all
    return [part for part in parts if part]


# A clause going on after a comma: "…, we have refined …"
_CLAUSE_AFTER = re.compile(r", (?:we|it|they|this|these|which|he|she|I)\b")


INLINE_NAME_WORDS = 10  # "Provide as many good quality homes as we can"


AFTER_AND_NAME_WORDS = 15  # the "and" shows where the last begins: names may run longer


def _last_after_and(listed: str, count: int) -> list[str]:
    """N names parted by commas where the Nth starts with "and", which may hold commas of
    its own ("A, B, and the force will have a representative, valued and enabled
    workforce"), or []."""
    pieces = [piece.strip(" .") for piece in listed.split(", ")]
    if len(pieces) <= count or not pieces[count - 1].startswith("and ") or \
            any(piece.startswith("and ") for piece in pieces[1:count - 1]) or \
            pieces[0].startswith("to "):  # ("to …, to … and to …": parted at each "to")
        return []
    names = [*pieces[:count - 1], ", ".join(pieces[count - 1:]).removeprefix("and ")]
    if not all(1 <= _words(name) <= AFTER_AND_NAME_WORDS for name in names):
        return []
    return [name[:1].upper() + name[1:] for name in names]


def _inline_names_in(listed: str, count: int) -> list[str]:
    """The N names of a sentence's list; parted at semicolons when it has enough of
    them, names that hold commas and run longer ("applying a 10 per cent weighting to
    social value in the tender process; …, and; Growing relationships with …")."""
    if listed.count("; ") < count - 2:
        return _inline_names(_split_parts(listed), count)
    parts = [part.removesuffix(", and") for part in _split_parts(listed, at_semicolons=True)]
    return _inline_names(parts, count, most=AFTER_AND_NAME_WORDS)


def _inline_names(parts: list[str], count: int, most: int = INLINE_NAME_WORDS) -> list[str]:
    """The N names in a list's parts: "a and b" as the last part holds the last two, unless
    the part after it is a name too ("Economy and Regeneration, and Improved Council")
    rather than the sentence going on ("…, and can be found online")."""
    joined = len(parts) < count or not parts[count - 1][:1].isupper()
    for at, part in enumerate(parts[1:count], start=1):
        if at + 2 == count and " and " in part and joined:
            head, _, tail = part.rpartition(" and ")
            names = [*parts[:at], head, tail]
            break
    else:
        names = parts[:count]
    if len(names) != count or not all(1 <= _words(name) <= most for name in names):
        return []
    return [name[:1].upper() + name[1:] for name in names]


def _carried_lead_in(lines: list[_Line], index: int) -> int | None:
    """The next line, when it carries on this one's sentence in lower case and ends by
    leading into a list ("… It identifies four strategic" / "themes that will help us
    achieve this vision:"): a sentence a page's width broke."""
    line = lines[index]
    if line.kind != "prose" or line.text.rstrip().endswith((".", ":", ";", "!", "?")):
        return None
    after = next((i for i in range(index + 1, min(index + 3, len(lines)))
                  if lines[i].kind != "blank"), None)
    if after is None or lines[after].kind != "prose" or \
            not lines[after].text[:1].islower() or not lines[after].text.rstrip().endswith(":"):
        return None
    return after


def _first_item_counts(lines: list[_Line], index: int) -> bool:
    """Whether a list's first item counts the items after it ("• Our plan … is divided
    into four main themes." / "• Better Lives covers …" / …)."""
    line = lines[index]
    if line.kind != "item" or line.heading or not announced_count(line.text) or \
            VALUES_LEAD.search(line.text):
        return False
    before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].kind != "blank"), None)
    after = next((lines[i] for i in range(index + 1, len(lines)) if lines[i].kind != "blank"),
                 None)
    return (before is None or before.kind != "item" or before.sig != line.sig) and \
        after is not None and after.kind == "item" and after.sig == line.sig


def _take_items(lines: list[_Line], following: list[int], count: int, *,
                more_after: bool = False) -> int:
    """N list items (with any wrapped lines) straight after the lead-in, or after one
    paragraph that says what they are for ("Our five strategic priorities" / "These
    enable us to focus on …" / 1. … 5.): the priorities."""
    chosen: list[int] = []
    explained = False
    for i in following:
        line = lines[i]
        if not chosen and not explained and line.kind == "prose" and \
                line.text.rstrip().endswith("."):
            explained = True
            continue
        if len(chosen) == count - 1 >= 2 and _the_last_with_its_stop(line, lines[chosen[0]]):
            lines[i] = _Line("item", line.text.rstrip(". "), lines[chosen[0]].sig,
                             indent=line.indent)
            chosen.append(i)  # ("… Council, valuing our people.": the last, with a stop)
            break
        if line.kind == "item" and not line.heading:
            if chosen and line.sig != lines[chosen[0]].sig and \
                    line.indent > lines[chosen[0]].indent:
                continue  # set in under the last: its points ("o Objectives:" / "§ …")
            if chosen and line.sig != lines[chosen[0]].sig:
                break  # the list around this one goes on ("·" after the "-" items)
            if len(chosen) == count:
                if more_after:
                    break  # the list's first item counted these; the rest are remarks
                return 0  # more items than announced: not this list
            chosen.append(i)
        elif not (line.kind == "prose" and chosen and continues_item(line)):
            break
    if len(chosen) != count:
        return 0
    for i in chosen:
        lines[i].announced = True
    return chosen[-1] + 1


def _the_last_with_its_stop(line: _Line, first: _Line) -> bool:
    """Whether a short line, ending with the list's full stop and set in as the items
    are, is the last of a list whose marks the copy dropped."""
    return line.kind == "prose" and not line.settled and line.text.rstrip().endswith(".") \
        and line.indent == first.indent > 0 and first.sig[:1] == ("bullet",) and \
        _plain_item_like(line.text)


def _take_grouped_items(lines: list[_Line], following: list[int], count: int) -> int:
    """N list items in two or more groups, each after its own lead-in ("… tackle five
    climate challenges." / "Eliminate our emissions from:" / three items / "Protect
    people and nature through:" / two items) or its own short heading ("The nine themes
    can be broken into two groups." / "What we're doing to achieve our ambitions" / six
    items / "Internal changes to deliver our promises" / three items): the groups'
    items add up to N."""
    chosen: list[int] = []
    leads: list[int] = []
    # (the count said again first: "The nine themes can be broken into two groups.")
    restated = int(bool(following) and lines[following[0]].kind == "prose"
                   and announced_count(lines[following[0]].text) == count)
    leads.extend(following[:restated])
    position = restated
    while position < len(following) and len(chosen) < count:
        lead = lines[following[position]]
        if lead.kind != "prose" or not (lead.text.rstrip().endswith(":")
                                        or _a_group_heading(lead.text)):
            return 0
        leads.append(following[position])
        position += 1
        group = 0
        while position < len(following) and lines[following[position]].kind == "item" and \
                not lines[following[position]].heading:
            chosen.append(following[position])
            group += 1
            position += 1
        if not group:
            return 0
    if len(leads) - restated < 2 or len(chosen) != count:
        return 0
    for i in chosen:
        lines[i].announced = True
    for i in leads:  # the items are the N the sentence counted: one level
        _introduces(lines[i])
    return chosen[-1] + 1


GROUP_HEADING_WORDS = 8


def _a_group_heading(text: str) -> bool:
    """A short heading over one group of the counted items."""
    return title_like(text, GROUP_HEADING_WORDS) and not text.rstrip().endswith(".")


PARAGRAPH_ITEM_WORDS = 15
SENTENCE_ITEM_MOST_WORDS = 30


def _take_sentences(lines: list[_Line], index: int, following: list[int], count: int) -> int:
    """After a lead-in that counts them and ends with a colon, N lines that are each one
    short sentence, and then no more of them ("… broken down into five outcomes:" / "A
    place where all children belong and all young people can build a successful
    future." / "Great neighbourhoods that people are happy to call home."): the N
    priorities, each without its full stop."""
    chosen = following[:count]
    if len(chosen) < count or not all(_one_short_sentence(lines[i]) for i in chosen):
        return 0
    after = following[count] if len(following) > count else None
    if after is not None and _one_short_sentence(lines[after]) and (
            after == chosen[-1] + 1 or any(b - a > 1 for a, b in zip(chosen, chosen[1:],
                                                                     strict=False))):
        return 0  # more such sentences than the count: not the counted list
    if _items_soon_after(lines, chosen[-1]) and _counted_again_in_full(lines, chosen):
        return 0  # a summary: the lists after it set the priorities out in full
    for i in chosen:
        lines[i] = _Line("item", _plain(lines[i].text).rstrip(". "), ("para",),
                         indent=lines[i].indent, announced=True)
    return chosen[-1] + 1


LOOK_AHEAD = 200  # lines: a list further on than this is another part of the document


def _items_soon_after(lines: list[_Line], index: int) -> bool:
    """Whether list items follow within LOOK_AHEAD lines (a bounded look, so a text of
    thousands of counted lines is still read in linear time)."""
    return any(line.kind == "item" for line in lines[index + 1:index + 1 + LOOK_AHEAD])


def _counted_again_in_full(lines: list[_Line], chosen: list[int]) -> bool:
    """Whether the lists within LOOK_AHEAD after the counted sentences set them out
    again: more items than were counted, or an item opening as one of them does (its
    first three words). Seven "key proposals" after nine counted areas are not."""
    end = chosen[-1] + 1
    window = lines[end:end + LOOK_AHEAD]
    if sum(line.kind == "item" for line in window) > len(chosen):
        return True
    openings = {" ".join(fold(lines[i].text[:200]).split()[:3]) for i in chosen}
    return any(" ".join(fold(line.text[:200]).split()[:3]) in openings
               for line in window if line.kind == "item")  # (fewer than counted, here)


def _one_short_sentence(line: _Line) -> bool:
    """A prose line that is one sentence of at most thirty words, starting with a capital."""
    text = " ".join(line.text.split())
    return (line.kind == "prose" and not line.settled and text[:1].isupper()
            and _words(text) <= SENTENCE_ITEM_MOST_WORDS and not text.endswith(":")
            and len(_SENTENCE_END.split(text.rstrip(". "))) == 1
            and not debris_reason(text) and not _contact_reason(text)
            and not _BACK_REFERENCE.search(text))


# "Our Corporate Plan sets out how we will achieve these objectives.": the outro
_BACK_REFERENCE = re.compile(r"\b(?:these|those|the above|each of the|all of the)\s"
                             r"(?:\w+\s)?(?:priorities|themes|objectives|outcomes|aims|"
                             r"ambitions|goals|pillars|commitments)\b", re.IGNORECASE)


def _take_paragraphs(lines: list[_Line], index: int, following: list[int], count: int) -> int:
    """After a lead-in that ends with a colon, N paragraphs: the N priorities, each
    titled by its first clause ("identified three strategic priorities:" / "To continue
    to help keep people safe by preventing fires. This remains …")."""
    chosen = following[:count]
    if not lines[index].text.rstrip().endswith(":") or len(chosen) < count or not all(
            lines[i].kind == "prose" and not lines[i].settled
            and _words(lines[i].text) >= PARAGRAPH_ITEM_WORDS
            and lines[i].text[:1].isupper() and not debris_reason(lines[i].text)
            and not _contact_reason(lines[i].text) for i in chosen):
        return 0
    added = 0
    for i in reversed(chosen):  # from the end, so the indexes before stay right
        first, *rest = _SENTENCE_END.split(" ".join(lines[i].text.split()), maxsplit=1)
        indent = lines[i].indent
        after = [_Line("prose", part.strip(), indent=indent, settled=True)
                 for part in rest if part.strip()]  # the rest: the priority's guidance
        lines[i:i + 1] = [_Line("item", first.rstrip(". "), ("para",), indent=indent,
                                announced=True), *after]
        added += len(after)
    return chosen[-1] + 1 + added


def _take_paired_items(lines: list[_Line], following: list[int], count: int) -> int:
    """2N items where each name is followed by its description as an item of its own
    ("- Supporting victims" / "- This includes action on …"): N priorities."""
    run: list[int] = []
    for i in following:
        if lines[i].kind != "item" or lines[i].heading or len(run) == 2 * count:
            break
        run.append(i)
    if len(run) != 2 * count:
        return 0
    names, descriptions = run[0::2], run[1::2]
    if not all(title_like(lines[i].text, 10) and not lines[i].text.endswith(".")
               for i in names) or not all(
            lines[i].text.endswith(".") and _words(lines[i].text) >= 8 for i in descriptions):
        return 0
    for i in names:
        lines[i].announced = True
    for i in descriptions:  # the name's description: its guidance
        lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent, settled=True)
    return run[-1] + 1


PLAIN_ITEM_WORDS = 25


def _plain_item_like(text: str, most: int = PLAIN_ITEM_WORDS) -> bool:
    """A short line that can be one of N announced items: a title, or a phrase of a
    sentence-list ("delivering better services," / "caring for the vulnerable.")."""
    if _words(text) > most or (text.endswith(".") and _words(text) > 10
                               and not text[:1].islower()):
        return False
    phrase = _phrase(text)
    return bool(phrase) and title_like(phrase[:1].upper() + phrase[1:], most)


def _phrase(text: str) -> str:
    """A list phrase without the glue of the sentence it was part of: "supporting
    economic growth, and" → "supporting economic growth"."""
    return tidy(text.rstrip(". "))


def _take_plain(lines: list[_Line], following: list[int], count: int) -> int:
    """N short lines in a row (a browser's copy of a list): items. Returns the next index."""
    chosen = following[:count]
    # each carrying on the lead-in's sentence ("… our focus are:" / "enabling people to
    # live their best lives, and supporting …"): phrases of one sentence, however long
    most = SENTENCE_ITEM_MOST_WORDS if len(chosen) > 1 and all(
        lines[i].text[:1].islower() for i in chosen) else PLAIN_ITEM_WORDS
    if (len(chosen) < count and not _cut_short(lines, chosen, count)) or not all(
            lines[i].kind == "prose" and _plain_item_like(lines[i].text, most) for i in chosen):
        return 0
    for i in chosen:
        lines[i] = _Line("item", _phrase(_plain(lines[i].text)), ("para",),
                         indent=lines[i].indent, announced=True)
    end = chosen[-1] + 1
    while end < len(lines) and lines[end].kind in ("prose", "blank", "skip"):
        if _counts_another_list(lines[end]):
            break  # "… the previous plan set out four thematic objectives which remain:"
        if lines[end].kind == "prose":  # the outro, not the last priority's guidance
            lines[end] = _Line("skip", lines[end].text, reason=AFTER_LIST)
        end += 1
    return chosen[-1] + 1


def _cut_short(lines: list[_Line], chosen: list[int], count: int) -> bool:
    """Whether the text stops one line short of the N lines counted, after two or more
    ("… focusing on four priorities:" and three lines, the paste cut off before the
    fourth): a copy that ended early, whose lines are the priorities all the same, when
    nothing else in it is set out as a list."""
    return len(chosen) >= 2 and len(chosen) == count - 1 and not any(
        line.kind in ("prose", "item") for line in lines[chosen[-1] + 1:]) and not any(
        line.kind == "item" for line in lines)


def _counts_another_list(line: _Line) -> bool:
    """A line after a list that leads into another it counts: not the first one's outro."""
    return line.kind == "prose" and line.text.rstrip().endswith(":") and \
        _may_announce(line) and announced_count(line.text) > 0


# "… through our strategic action: curriculum.": a paragraph ending with its own name
_NAME_AT_END = re.compile(r"\b(?:actions?|priorit(?:y|ies)|objectives?|themes?|outcomes?|aims?|"
                          r"goals?|ambitions?|pillars?|commitments?)\s?:\s?"
                          r"(?P<name>[^.:;]{2,80})\.?$", re.IGNORECASE)
NAME_AT_END_CHARS = 120


def _take_named_at_end(lines: list[_Line], following: list[int], count: int) -> int:
    """N paragraphs, each ending with its name after the kind of priority it is ("We
    will respond to a changing economy … through our strategic action: curriculum."):
    the names are the priorities and the paragraphs their guidance. Fewer than N only
    when the paste stops after two or more. Returns the index after them, or 0."""
    found: list[tuple[int, str]] = []
    for at in following[:count]:
        text = lines[at].text.rstrip()
        match = _NAME_AT_END.search(text[-NAME_AT_END_CHARS:]) if lines[at].kind == "prose" \
            else None
        if match is None or _words(match.group("name")) > 8:
            break
        found.append((at, match.group("name").strip()))
    if len(found) < count and (len(found) < 2 or len(following) > len(found)):
        return 0
    for at, name in reversed(found):
        indent = lines[at].indent
        lines[at:at] = [_Line("item", name[:1].upper() + name[1:], ("para",), indent=indent,
                              announced=True)]
    return found[-1][0] + len(found) + 1


def _take_named_groups(lines: list[_Line], following: list[int], count: int) -> int:
    """N names, each alone between blank lines and followed by its own group of short
    lines ("Making Richmond green" / "" / "Campaign and advocate for action …" /
    "Enhance our natural environment …" / "" / "Making Richmond safe" / …): the names
    are the priorities and each group its outcomes. Returns the next index, or 0."""
    blocks = _blocks(lines, following[:count * 2 * GROUP_LINES_MOST])[:count * 2]
    if len(blocks) < count * 2 or any(
            len(name) != 1 or not 1 <= len(group) <= GROUP_LINES_MOST
            for name, group in zip(blocks[::2], blocks[1::2], strict=True)) or not all(
            lines[i].kind == "prose" and _plain_item_like(lines[i].text, SENTENCE_ITEM_MOST_WORDS)
            for block in blocks for i in block):
        return 0
    for name, group in zip(blocks[::2], blocks[1::2], strict=True):
        at = name[0]
        lines[at] = _Line("item", _plain(lines[at].text), ("para",), indent=lines[at].indent,
                          announced=True, heading=True)
        for i in group:
            lines[i] = _Line("item", _plain(lines[i].text), ("bullet", 0),
                             indent=lines[i].indent)
    return blocks[-1][-1] + 1


GROUP_LINES_MOST = 12


def _blocks(lines: list[_Line], indexes: list[int]) -> list[list[int]]:
    """The indexes in runs that blank lines part (other lines between end a run too)."""
    blocks: list[list[int]] = []
    for i in indexes:
        if blocks and i == blocks[-1][-1] + 1:
            blocks[-1].append(i)
        elif blocks and not all(lines[j].kind == "blank" for j in range(blocks[-1][-1] + 1, i)):
            break
        else:
            blocks.append([i])
    return blocks


def _take_run_ins(lines: list[_Line], following: list[int], count: int) -> int:
    """N paragraphs in a row, each starting with its name as a short sentence ("Empowered
    people. We want everyone to have a voice …"): the names are the priorities and the
    rest of each paragraph its guidance. Returns the index after them, or 0."""
    chosen = following[:count]
    found = [(i, pair) for i in chosen if (pair := run_in_name(lines[i], fewest_words=1))]
    if len(found) < count:
        return 0
    for i, (name, rest) in reversed(found):
        indent = lines[i].indent
        lines[i:i + 1] = [_Line("item", _plain(name), ("para",), indent=indent, announced=True),
                          _Line("prose", rest, indent=indent)]
    return chosen[-1] + len(chosen) + 1


def _take_named(lines: list[_Line], following: list[int], count: int) -> int:
    """N short names each followed by a paragraph ("Social" / "This includes …"); a name
    may end with a colon ("Empowering and Caring:") and its paragraph may wrap. Fewer
    than N when the paste stops short, two or more named paragraphs running to its end."""
    names: list[int] = []
    links: list[int] = []
    paragraphs: list[list[int]] = []
    position = 0
    while position < len(following) and len(names) < count:
        at = following[position]
        line = lines[at]
        if not _a_counted_name(line):
            return 0
        after = following[position + 1] if position + 1 < len(following) else None
        if after is None and len(names) >= 2:
            names.append(at)  # the paste stopped after this name
            position += 1
            break
        if after is None or not _its_paragraph(lines[after]):
            return 0
        names.append(at)
        paragraphs.append([after])
        position += 2
        while position < len(following) and len(names) < count and \
                _more_of_the_paragraph(lines[following[position]]):
            paragraphs[-1].append(following[position])
            position += 1
        if len(names) < count and _link_then_a_name(lines, following[position:]):
            links.append(following[position])  # "Explore our economic priorities"
            position += 1
    if len(names) < count and (len(names) < 2 or position < len(following)):
        return 0
    for i in links:
        lines[i].kind, lines[i].reason = "skip", LINK_TO_ITS_PAGE
    for i in names:
        lines[i] = _Line("item", _plain(lines[i].text.rstrip(":")), ("para",),
                         indent=lines[i].indent, announced=True)
    if paragraphs and len(paragraphs) == len(names):  # the last name's lines go on
        paragraphs[-1].extend(at for at in itertools.takewhile(
            lambda at: _more_of_the_paragraph(lines[at]), following[position:]))
    for paragraph in paragraphs:
        its_actions(lines, paragraph)
    return names[-1] + 2


def its_actions(lines: list[_Line], paragraph: list[int], share: float = ACTION_SHARE,
                fewest: int = 2) -> None:
    """The lines under a name that are its actions, each on its own line with an
    action's verb first, all in small letters ("identify and reduce risks …" / "respond
    effectively …") or all capitalised ("Promote inward investment …" / "Deliver
    affordable homes …"): a list whose bullets a copy dropped, so the name's outcomes."""
    if len(paragraph) < fewest or len({lines[at].text[:1].islower() for at in paragraph}) > 1 \
            or sum(opens_with_an_action(lines[at].text) for at in paragraph) < \
            share * len(paragraph):
        return
    for at in paragraph:
        lines[at] = _Line("item", lines[at].text, ("bullet", 0), indent=lines[at].indent)


LINK_WORDS = 6
LINK_TO_ITS_PAGE = "a link to the priority's own page"


def a_link_line(line: _Line) -> bool:
    """Whether a line could be the link a web page's card puts under a priority's
    paragraph ("Find out more", "Explore our economic priorities"): a few capitalised
    words, no figures, not ending as a sentence or a lead-in does."""
    return line.kind == "prose" and 0 < _words(line.text) <= LINK_WORDS and \
        line.text[:1].isupper() and not any(ch.isdigit() for ch in line.text) and \
        not line.text.rstrip().endswith((".", ":", ";", ","))


def _link_then_a_name(lines: list[_Line], following: list[int]) -> bool:
    """A link line, then the next short name over its paragraph."""
    if len(following) < 3 or not a_link_line(lines[following[0]]):
        return False
    return _a_counted_name(lines[following[1]]) and _its_paragraph(lines[following[2]])


STOPPED_NAME_WORDS = 4


def _a_counted_name(line: _Line) -> bool:
    """A short name over its paragraph ("Social", "Empowering and Caring:"); a very short
    one in capitals may end with a full stop ("Prosperous Gwynedd.", read out on a slide;
    not "Strengthen the local economy.", one of a list)."""
    if line.kind in ("prose", "item") and _AN_AIM.match(line.text) and \
            title_like(line.text, AIM_NAME_WORDS) and not line.text.endswith("."):
        return True  # "To establish a culture of children's human rights" over its text
    if line.kind == "item" and line.heading and line.sig[:1] == ("h",) and \
            title_like(line.text, HEADING_NAME_WORDS) and not line.text.endswith("."):
        return True  # a Word heading: "A special place for people and nature with …"
    return line.kind in ("prose", "item") and title_like(line.text.rstrip(":"), 8) and \
        (not line.text.endswith(".") or (_words(line.text) <= STOPPED_NAME_WORDS and all(
            word[:1].isupper() for word in line.text.split() if len(word) > 3)))


# an aim written as what is to be done, which may run long as a heading over its text
_AN_AIM = re.compile(r"^To (?-i:[a-z])")
AIM_NAME_WORDS = 24
HEADING_NAME_WORDS = 16


def _its_paragraph(line: _Line) -> bool:
    """The paragraph under a counted name: prose of six words or more."""
    return line.kind == "prose" and _words(line.text) >= 6


def _more_of_the_paragraph(line: _Line) -> bool:
    """A line that goes on with a named paragraph: another sentence of it, or the rest
    of one that wrapped ("… increase" / "independence, support those …")."""
    return line.kind == "prose" and (
        (_words(line.text) >= 6 and line.text.endswith(".")) or continues_item(line))


STATEMENT = re.compile(r"^(?:our |the |[\w&.-]{1,20}['’]s )?(?:draft |proposed |new |shared |"
                       r"core |corporate |organisational )?"
                       r"(?:vision|values|mission|purpose|ethos)\b", re.IGNORECASE)

# A list introduced by the vision ("The vision is for a city that will:") describes the
# place, not what the council wants from suppliers (unless it announces themes).
# The vision must be what the lead-in is about ("Our vision:", "The vision is for a city
# that will:"), not a word in passing ("proposals to achieve the Government's vision:").
VISION_LEAD = re.compile(r"^(?:our |the |this |a )?(?:draft |proposed |shared |long-term |new )?"
                         r"vision\b|"
                         r"\bvision (?:is|are|will|for [^,:;]{1,60}? (?:is|will))\b|"
                         # "we want to see a Scotland where everybody thrives": a place
                         r"\bwants? to see an? (?:[\w'\u2019-]+ ){1,3}where\b",
                         re.IGNORECASE)


def is_statement(text: str) -> bool:
    """Whether a line is the vision, values, mission or purpose ("EA's Mission - …")."""
    return bool(STATEMENT.match(text))


# "We will", "The priorities are", "These benefits include": a sentence's start, not a name
_LEAD_IN_ENDS = frozenset(("will", "to", "are", "is", "were", "include", "includes", "included",
                           "by", "following", "follows", "have"))
_LEAD_IN_PAIRS = (["will", "be"], ["such", "as"])


def last_sentence(text: str) -> str:
    """The last sentence of a paragraph ("… The five strategic priorities are:"), its
    full stop dropped ("… The challenges are great." gives "The challenges are great")."""
    sentences = _SENTENCE_END.split(text.rstrip())
    return next((sentence.strip() for sentence in reversed(sentences) if sentence.strip()), "")


_ELLIPSIS = re.compile(r"(?:\u2026|\.{3})\.?$")  # "… drive our projects are…."


def ends_a_lead_in(text: str) -> bool:
    """Whether a line ends as a sentence leading into a list does ("We will:", "The
    objectives for 2017-18 included;"), with or without its colon."""
    words = _ELLIPSIS.sub("", fold(text)).rstrip(" :;").split()
    # ("The key priorities for the new Council will be:", not "… we want it to be:")
    return bool(words) and (words[-1] in _LEAD_IN_ENDS or words[-2:] in _LEAD_IN_PAIRS
                            or _like_a_list(words))


# what comes before "like" when it ends a heading, not a lead-in ("What good looks like")
_LOOKS = frozenset(("look", "looks", "looked", "feel", "feels", "sound", "sounds", "seem",
                    "seems", "be", "is", "are", "was", "would", "will"))


def _like_a_list(words: list[str]) -> bool:
    """"… what we can do, like": a lead-in ending on "like" (for example)."""
    return len(words) > 2 and words[-1] == "like" and words[-2] not in _LOOKS

