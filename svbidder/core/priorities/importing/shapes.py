"""Step 1½ of importing priorities: shapes councils use that have no list markers.

Classifying lines one at a time (:mod:`.lines`, :mod:`.docx`) finds headings
and list items. Councils often write their priorities without either, so this
pass looks at runs of lines:

* one paragraph per priority, "Name – what it means", "Name: what it means" or
  (in Word) bold words then what they mean, two or more in a row: the name
  becomes the title, the rest its guidance;
* a lead-in sentence that announces the list ("the six strategic outcomes…",
  "split into three areas"): the announced number of short lines after it, or
  of short names each followed by a paragraph, are the priorities;
* lists introduced by a vision or values statement or by past achievements
  ("a track record of … including:"), and lists made only of questions, are
  not priorities: they become prose;
* paste debris ("Page Thumbnail", "You are on page 1 of 20", "Skip to main
  content", "Back to top", "PDF 1.2MB", "Reference: ECO01"), contents rows
  ("Our priorities ....... 4"), footnotes and short lines repeated three times
  or more (running headers and footers) are left out; footnote markers
  ("Good jobs¹") are taken off titles.

Every test here works on words already split or on patterns with bounded
repetition, so the pass is linear in the length of the text.
"""

from __future__ import annotations

import re

from ...text.search import fold
from .lines import (
    _SKIP_SECTION,
    _contact_reason,
    _Line,
    _plain,
    _words,
    ends_mid_sentence,
    is_page_number,
    label_alone,
    page_number_at_end,
    tidy,
)

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                 "nineteen": 19, "twenty": 20}
_NOUNS = (r"priorit(?:y|ies)|principles?|themes?|outcomes?|objectives?|aims?|areas?|goals?|"
          r"ambitions?|commitments?|pillars?|missions?|strands?|pledges?|values?|"
          r"blaenoriaethau|amcanion|themâu|nodau")
_LIST_NOUNS = re.compile(rf"^(?:{_NOUNS})$")
# a sentence that names its list also counts it under "headings" ("four headings; …")
_NAMED_LIST_NOUNS = re.compile(rf"^(?:{_NOUNS}|headings|categories)$")
_NUMBER_HINT = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)\b",
                          re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’-]+")

# One priority per paragraph: a short name, a dash or colon, then what it means.
# The dash may lose its space before it ("Nature Recovery- To restore"), but a hyphen
# then needs a capital after it, so a word broken at a line end ("well- being") is not one.
_PAIR = re.compile(r"^(?P<name>[^\s:.;!?][^:.;!?\u2013\u2014]{0,99}?)"
                   r"(?:\s[\u2013\u2014-]\s|(?<=\w)[\u2013\u2014]\s|(?<=[a-z])-\s(?=[A-Z])|:\s)"
                   r"(?P<rest>\S.*)$")
_SPEECH = re.compile(r"\b(?:said|says|added|explained|commented)\b", re.IGNORECASE)

_DEBRIS = re.compile(
    r"^(?:page thumbnail|thumbnail|image|picture|photo|logo|graphic|icon)s?\b.{0,40}$|"
    r"^you are on page\s*\d+\s*of\s*\d+$|^skip to (?:main )?content$|^back to top$|"
    r"^share (?:this|on)\b.{0,30}$|^print (?:this )?page$|^pdf,?\s*\d+(?:\.\d+)?\s*[km]b$|"
    r"^(?:reference|ref)\s*[:.]?\s*[A-Z]{2,6}\s?-?\d{1,4}$|^\d{1,3}$|^\d{1,3} ?[-–] ?\d{1,3}$|"
    r"^(?:accept|decline|reject)(?: all)?(?: cookies)?$|^.{0,80}\bcookies\b.{0,120}$|"
    r"^(?:twitter|facebook|linkedin|instagram|youtube|whatsapp|email this page)$|"
    r"^(?:read|view|download|see|visit|open)\s+(?:our|the|a|this|more)\b[^.:;]{0,100}\.?$|"
    r"^(?:previous|next)\s*[:|]\s.{1,80}$|"
    # a document-sharing site's details: "Total Page:16", "File Type:pdf, Size:1020Kb",
    # "Size: px", "Start display at page:", "Transcription", "Citation preview"
    r"^(?:total pages?|file type|file size)\s?:\s?[\w.,: ]{1,40}$|"
    r"^(?:embed )?size:? ?\(?px\)?$|^start display at page:?$|^transcription$|"
    r"^citation preview$|^download \"[^\"]{1,150}\"$|"
    # a link to the page in another language
    r"^(?:cymraeg|english|gaeilge|g\u00e0idhlig)$|"
    # a committee's page: "Issue - meetings", "Meeting: 07/07/2011 - Overview and Scrutiny …"
    r"^issue - meetings$|^meeting: ?\d{1,2}/\d{1,2}/\d{2,4}\b.{0,150}$|"
    # a news page's labels: "Posted", "Date", "Published: 3 May 2024"
    r"^(?:posted|date|published|updated|last updated)(?:\s*(?:on|:)?\s+[\w ,/]{1,30})?$|"
    r"^(?:home|about (?:us|the council|your council)|"
    r"download|further details|more details|read more|print|share|newsletter sign-?up|"
    r"(?:site-wide )?search(?: form)?|menu|close|(?:jump|go) to (?:top|another section|"
    r"section|content))$|"
    # image file names, with the link text a gallery puts after them ("Chair.jpg About us")
    r"^.{0,120}\.(?:jpe?g|png|gif|svg|webp)\b.{0,80}$|^(?:jpe?g|png|gif|svg|webp)\s.{0,80}$",
    re.IGNORECASE)
_STATEMENT = re.compile(r"^(?:our |the |[\w&.-]{1,20}['’]s )?(?:vision|values|mission|purpose|"
                        r"ethos)\b", re.IGNORECASE)
# A list after "a track record of … including:" shows past work, not what the council wants.
_PAST_LEAD = re.compile(r"\btrack[- ]record\b|\b(?:has|have) (?:already )?(?:achieved|delivered)\b|"
                        r"\bour (?:successes|achievements)\b|\bcase stud", re.IGNORECASE)
_PAST_HEADING = re.compile(r"\b(?:successes|achievements|so far|what we have (?:done|achieved)|"
                           r"case stud(?:y|ies)|highlights)\b", re.IGNORECASE)
AFTER_LIST = "the text after the list"
# A list introduced by the vision ("The vision is for a city that will:") describes the
# place, not what the council wants from suppliers (unless it announces themes).
# The vision must be what the lead-in is about ("Our vision:", "The vision is for a city
# that will:"), not a word in passing ("proposals to achieve the Government's vision:").
_VISION_LEAD = re.compile(r"^(?:our |the |this |a )?(?:shared |long-term |new )?vision\b|"
                          r"\bvision (?:is|are|will|for [^,:;]{1,60}? (?:is|will))\b",
                          re.IGNORECASE)
# A list introduced as the values or what everything rests on ("Everything we do will be
# built on the following principles:", "based on three guiding principles:") says how
# the body works: never priorities, however many it announces.
_VALUES_LEAD = re.compile(r"\b(?:values|guiding principles|ways? of working|behaviours|"
                          r"how we (?:will )?work|work in a way)\b|\b(?:built|based|founded) "
                          r"(?:on|upon|around)\b.{0,40}?\bprinciples\b|"
                          r"\bprinciples\b.{0,40}?\b(?:underpin|guide)", re.IGNORECASE)


# "The Framework can be used in many ways:", "How to use this toolkit:", "Additional
# documents:": about the document or what comes with it.
_USAGE_LEAD = re.compile(r"\b(?:can be used|how to use|ways to use|use (?:this|the) "
                         r"(?:framework|toolkit|guide|document|policy)|purpose of (?:this|the) "
                         r"(?:report|paper|document|meeting))\b|^(?:additional |related |"
                         r"supporting |background )?(?:documents|downloads|attachments|papers|"
                         r"links)\b|^(?:view|read|download|see|find|visit|explore) (?:our|the|"
                         r"all|more)\b", re.IGNORECASE)
# A photograph's caption or description: "L-R Back – Matt Akers (…)", "An image of …".
_CAPTION = re.compile(r"^(?:l-r|l to r|left to right|pictured|photo(?:graph)?:|image:|"
                      r"an? (?:image|photo|photograph|picture) of)\b", re.IGNORECASE)
# A picture's alternative text describing people in a scene: "A smiling lady in her
# garden", "A young boy helping his grandad water plants". Only describing words (or
# "and") come before the person, so "A city where people in …" is not one.
# "A lighthouse on a cliff, representing Zero Waste Scotland as …": what a picture shows
_A_SCENE_STANDS_FOR = re.compile(r"^an? [^,.]{1,80}, (?:representing|showing|depicting|"
                                 r"illustrating|symboli[sz]ing)\b", re.IGNORECASE)
_PEOPLE_IN_A_SCENE = re.compile(
    r"^an? (?:(?!(?:where|which|that|who|for|of|to|with|in)\b)[\w-]+ ){0,4}"
    r"(?:man|men|woman|women|mother|father|mum|dad|boy|girl|child|children|family|"
    r"lady|gentleman|couple|baby|toddler|grandad|grandma|grandparents?|teenagers?|"
    r"students?|pupils?|volunteers?|nurses?|doctors?|carers?|workers?|residents?) "
    r"(?:with|in|at|on|helping|holding|smiling|sitting|standing|walking|playing|reading|"
    r"using|wearing|talking|working|looking|enjoying|planting|watering|laughing|cooking)\b",
    re.IGNORECASE)


def is_statement(text: str) -> bool:
    """Whether a line is the vision, values, mission or purpose ("EA's Mission - …")."""
    return bool(_STATEMENT.match(text))


def announced_count(text: str, nouns: re.Pattern[str] = _LIST_NOUNS) -> int:
    """The number a lead-in sentence announces ("the six main principles are:"), or 0."""
    if not _NUMBER_HINT.search(text, 0, 600):
        return 0  # most lines announce nothing: skip splitting them into words
    tokens = [t.lower() for t in _TOKEN.findall(text[:600])]
    for index, token in enumerate(tokens):
        number = _NUMBER_WORDS.get(token) or (int(token) if token.isascii() and
                                              token.isdigit() and len(token) <= 2 else 0)
        if not 2 <= number <= 20:
            continue
        for following in tokens[index + 1:index + 5]:
            if nouns.match(following):
                return number
    return 0


def debris_reason(text: str) -> str:
    """Why a line is paste debris (empty if it is not)."""
    stripped = text.strip()
    if _CAPTION.match(stripped) or (
            _words(stripped) <= 16 and not stripped.endswith((".", ":"))
            and _PEOPLE_IN_A_SCENE.match(stripped)) or _A_SCENE_STANDS_FOR.match(stripped):
        return "a picture's caption"
    parts = stripped.split(" / ") if len(stripped) <= 300 else []
    if len(parts) >= 4 and all(0 < len(part) <= 50 and not part.endswith((".", ":", ";"))
                               for part in parts):
        return "a table's column headings"  # "Programme / Activity / Milestones / Team"
    if len(stripped) <= 200 and _DEBRIS.match(stripped):
        if stripped[:3].lower() == "ref":
            return "a reference code"
        return "text copied from the web page around the priorities"
    return ""


def split_pair(text: str) -> tuple[str, str] | None:
    """("Name", "what it means") for a "Name – what it means" paragraph, else None."""
    if len(text) > 2000:
        return None
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
    return name, rest


def _title_like(text: str, most_words: int = 16) -> bool:
    return (0 < _words(text) <= most_words and text[:1].isupper()
            and not text.rstrip().endswith((";", ",", ":", "?", "!"))
            and not _contact_reason(text) and not debris_reason(text))


def _next_lines(lines: list[_Line], start: int, *, past_skipped: bool = False) -> list[int]:
    """Indexes of the non-blank lines from ``start`` on (and not left out, if asked)."""
    passed = ("blank", "skip") if past_skipped else ("blank",)
    return [i for i in range(start, len(lines)) if lines[i].kind not in passed]


# Dot leaders then a page number; every part bounded, so the pattern stays linear.
_CONTENTS_ROW = re.compile(r"^[^.]{2,150}\s?\.{3,120}\s?\d{1,3}$")
_FOOTNOTE = re.compile(r"^(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\])\s?\S")
_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z)])(?:[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}|"
                            r"\[\d{1,3}\])(?=[\s.,;:]|$)")
REPEATS_FOR_FURNITURE = 3
# A contents entry that names a priority by its label: "Strategic Priority Theme -
# Connected Communities ..... 12", "Objective 2: Safer streets ..... 9".
_CONTENTS_PRIORITY = re.compile(
    r"^(?:(?:strategic|key|corporate|council|well-?being|our)\s)*"
    r"(?:priority|theme|objective|outcome|aim|ambition|goal|pillar)s?"
    r"(?:\s(?:area|theme|objective|outcome))?(?:\s(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten))?\s?[-\u2013\u2014:]\s?(?P<name>\w.{1,100}?)\s*$",
    re.IGNORECASE)
_LEADER = re.compile(r"\s?\.{3,120}\s?\d{1,3}$")


# "… would be to:-", a colon written ":-"; "Key Priorities for Community Benefits -"
_COLON_DASH = re.compile(r"\s?:\s?[-\u2013]$|(?<=[A-Za-z]) [-\u2013]$")


def apply_shapes(lines: list[_Line]) -> list[_Line]:
    """The lines with debris left out and marker-less priorities turned into items."""
    for line in lines:
        if line.kind in ("prose", "item") and line.text.endswith(("-", "\u2013")):
            line.text = _COLON_DASH.sub(":", line.text)
    _priorities_in_contents(lines)
    _contents_page_numbers(lines)
    _labels_nested_by_ref(lines)
    lines = [_drop_debris(line) for line in lines]
    _breadcrumb_trail(lines)
    _drop_repeats(lines)
    _numbered_paragraphs(lines)
    _lists_without_markers(lines)
    _indented_lists(lines)
    _labels_over_paragraphs(lines)
    _statement_items(lines)
    _questions_and_vision_lists(lines)
    _plain_theme_headings(lines)
    announced = _announced_lists(lines) | _labelled_items(lines)
    _headings_that_count(lines)
    if not announced and not any(line.kind == "item" and not line.heading for line in lines):
        announced = _named_in_a_sentence(lines, counted=True)
    _headings_over_lead_ins(lines)
    lines = _pairs(lines)
    # a list the text announces, or introduces with a colon, is the priorities, not the
    # page's section headings over their paragraphs
    if not announced and not _introduced_list(lines):
        _named_paragraphs(lines)
    _lists_without_intent(lines)
    if not any(line.kind == "item" for line in lines):
        _named_in_a_sentence(lines)  # minutes and news: the priorities are in the prose
    if announced:
        _other_lists_to_prose(lines)
    return lines


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


CONTENTS_ENTRIES = 5
def _contents_page_numbers(lines: list[_Line]) -> None:
    """A contents page pasted from a PDF viewer: titles followed by their page numbers,
    rising down the page ("Visitor Experience 42" / "Outcome 5: Recreation 48"). Five or
    more such lines, their numbers mostly rising, lose the numbers."""
    entries = [(index, number) for index, line in enumerate(lines)
               if line.kind in ("prose", "item") and len(line.text) <= 200
               and (number := page_number_at_end(line.text))]
    if len(entries) < CONTENTS_ENTRIES:
        return
    numbers = [number for _, number in entries]
    rising = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b >= a)
    if rising < 0.8 * (len(numbers) - 1):
        return
    for index, _number in entries:
        lines[index].text = lines[index].text.rstrip().rsplit(maxsplit=1)[0]
    _contents_after_its_priorities([index for index, _ in entries], lines)


def _contents_after_its_priorities(entries: list[int], lines: list[_Line]) -> None:
    """Labelled entries one after another ("Priority – Counter Terrorism 35") are the
    priorities; the entries after the last ("Acknowledgements 41") are the contents'
    later sections, not its outcomes."""
    labelled = [at for at, index in enumerate(entries) if lines[index].sig[:1] == ("label",)]
    if len(labelled) < 2 or labelled[-1] - labelled[0] != len(labelled) - 1:
        return
    for index in entries[labelled[-1] + 1:]:
        if lines[index].kind == "prose":
            lines[index] = _Line("skip", lines[index].text, reason="a line of the contents list")


BREADCRUMB_WORDS = 8
BREADCRUMB_START = 8


def _breadcrumb_trail(lines: list[_Line]) -> None:
    """A web page's breadcrumb trail near its top: "Home", then short lines up to a blank
    or longer line ("Council spending" / "Social Value Policy" / "Social Value Policy -
    Policy Context"). All but the last (the page's own title) are left out."""
    near_top = [i for i, line in enumerate(lines) if line.kind != "blank"][:BREADCRUMB_START]
    home = next((i for i in near_top if lines[i].kind == "skip"
                 and lines[i].text.strip().lower() == "home"), None)
    if home is None:
        return
    trail = []
    for after in lines[home + 1:]:
        if after.kind != "prose" or _words(after.text) > BREADCRUMB_WORDS or \
                after.text.rstrip().endswith((".", ":", ";", ",", "?", "!")):
            break
        trail.append(after)
    for step in trail[:-1]:
        step.kind, step.reason = "skip", "text copied from the web page around the priorities"


def _priorities_in_contents(lines: list[_Line]) -> None:
    """Two or more contents entries labelled as priorities ("Strategic Priority Theme -
    Connected Communities ..... 12") name the priorities: a PDF's contents page is
    often all of the document a paste holds."""
    found: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.kind in ("prose", "item") and len(line.text) <= 200 and \
                _CONTENTS_ROW.match(line.text):
            entry = _CONTENTS_PRIORITY.match(_LEADER.sub("", line.text))
            if entry:
                found.append((index, entry.group("name")))
            elif line.sig[:1] == ("label",) and line.hint in ("theme", "outcome"):
                # "Strategic priority 1: Fair policy ..... 18", its label already read
                found.append((index, _LEADER.sub("", line.text).strip()))
    if len(found) < 2:
        return
    for index, name in found:
        lines[index] = _Line("item", name, ("contents",), indent=lines[index].indent,
                             announced=True)


UNMARKED_ITEM_WORDS = 30
# "… or return it by post to:", "Contact us at:": an address follows.
_CONTACT_LEAD = re.compile(r"\b(?:write|contact|e-?mail|phone|call|address|post|visit|"
                           r"return|send)\b(?: \w+){0,2}\W*$", re.IGNORECASE)
UNMARKED_ITEMS = (2, 25)
SPACED_ITEM_WORDS = 12
_WRAP_WIDTH = (45, 100)  # a PDF page's line, in characters


NUMBERED_PARAGRAPH_WORDS = 20


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
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if _names_what_follows(line):
            run = _titles_after(lines, index)
        elif _unmarked_lead_in(line):
            run = _unmarked_run(lines, index, spaced=False)
            if len(run) < UNMARKED_ITEMS[0]:  # one item to a line, a blank line between
                run = _unmarked_run(lines, index, spaced=True)
        else:
            continue
        texts = [lines[at] for at in run]
        if not UNMARKED_ITEMS[0] <= len(run) <= UNMARKED_ITEMS[1] or _wrapped(texts) or \
                any(_contact_reason(item.text) for item in texts):
            continue  # an address to write to is not a list
        for at in run:
            indent = lines[at].indent  # as the line would read with its bullet
            lines[at] = _Line("item", lines[at].text, ("bullet", min(indent // 2, 10)),
                              indent=indent, continues=True)
        index = run[-1] + 1


INDENTED_ITEMS = 2


def _indented_lists(lines: list[_Line]) -> None:
    """Two or more short lines set in from the line above them: a list whose bullets a
    copy dropped but whose indent it kept ("Best Start to Life" / "  Children get the
    best start to life" / "  Children and young people are equipped …")."""
    above: _Line | None = None  # the last line that was not blank
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == "blank":
            index += 1
            continue
        if line.kind != "prose" or line.indent < 2 or above is None or \
                above.kind != "prose" or above.indent >= line.indent:  # (not an item's tail)
            above = line
            index += 1
            continue
        at = index
        while at < len(lines) and lines[at].kind == "prose" and \
                lines[at].indent == line.indent and not lines[at].settled and \
                _words(lines[at].text) <= UNMARKED_ITEM_WORDS and \
                not _contact_reason(lines[at].text):
            at += 1
        if at - index >= INDENTED_ITEMS:
            for item in range(index, at):
                lines[item] = _Line("item", lines[item].text,
                                    ("bullet", min(line.indent // 2, 10)),
                                    indent=line.indent, continues=True)
        above = lines[max(at, index + 1) - 1]
        index = max(at, index + 1)


TITLE_RUN = (3, 8)  # short titled lines after a paragraph that speaks of priorities
TITLE_RUN_WORDS = 8


def _names_what_follows(line: _Line) -> bool:
    """A paragraph whose last sentence speaks of the priorities ("My plan sets out the
    key strategic priorities and goals for the next four years.")."""
    text = line.text.rstrip()
    if line.kind != "prose" or not text.endswith(".") or _words(text) < 8:
        return False
    last = text[text.rfind(". ", 0, len(text) - 1) + 1:]
    return bool(_NAMING.search(last))


def _titles_after(lines: list[_Line], start: int) -> list[int]:
    """Three to eight short titled lines straight after ``start`` ("Champion community
    needs" / "Strengthen partnerships" / …), up to the next paragraph."""
    run: list[int] = []
    for at in range(start, min(len(lines), start + TITLE_RUN[1] + 1)):
        line = lines[at]
        text = line.text.rstrip()
        if line.kind != "prose" or not _title_like(text, TITLE_RUN_WORDS) or \
                text.endswith((".", ":", ";", ",")) or ends_mid_sentence(text):
            break
        run.append(at)
    after = lines[run[-1] + 1] if run and run[-1] + 1 < len(lines) else None
    ends = after is None or after.kind == "blank" or _words(after.text) > TITLE_RUN_WORDS
    return run if TITLE_RUN[0] <= len(run) <= TITLE_RUN[1] and ends else []


# "We will", "The priorities are", "These benefits include": a sentence's start, not a name
_LEAD_IN_ENDS = frozenset(("will", "to", "are", "is", "were", "include", "includes", "included",
                           "by", "following", "follows"))


def ends_a_lead_in(text: str) -> bool:
    """Whether a line ends as a sentence leading into a list does ("We will:", "The
    objectives for 2017-18 included;"), with or without its colon."""
    words = fold(text).rstrip(" :;").split()
    return bool(words) and words[-1] in _LEAD_IN_ENDS


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


def _unmarked_run(lines: list[_Line], start: int, *, spaced: bool) -> list[int]:
    """Indexes of the short lines after a lead-in (two blank lines allowed first). With
    ``spaced``, single blank lines may part them, and every line must be a title."""
    at = start
    while at < min(start + 2, len(lines)) and lines[at].kind == "blank":
        at += 1
    run: list[int] = []
    while at < len(lines):
        line = lines[at]
        if line.kind == "blank" and spaced and run and at + 1 < len(lines) and \
                lines[at + 1].kind == "prose":
            at += 1
            continue
        text = line.text.rstrip()
        if line.kind != "prose" or _words(text) > UNMARKED_ITEM_WORDS or text.endswith(":") \
                or (run and _a_sentence_after_phrases(lines[run[0]], line)) \
                or (spaced and (_words(text) > SPACED_ITEM_WORDS or text.endswith("."))):
            break
        run.append(at)
        at += 1
        if len(run) >= 2 and (lines[run[-2]].text.rstrip().endswith(("; and", "; or")) or (
                text.endswith(".") and not any(lines[i].text.rstrip().endswith(".")
                                               for i in run[:-1]))):
            break  # "…; and" then the last item, or a full stop after phrases: it is over
    return run


def _a_sentence_after_phrases(first: _Line, line: _Line) -> bool:
    """A full sentence after a list of phrases ends the list: "healthy, safe and
    engaged communities" / "Implementation of this policy will help to deliver …"."""
    return not first.text.rstrip().endswith(".") and line.text.rstrip().endswith(".") and \
        _words(line.text) >= 12


_SENTENCE_INSIDE = re.compile(r"[a-z)]\. [A-Z]")  # "… everything we / do. For every …"


def _wrapped(run: list[_Line]) -> bool:
    """True when the lines read as one paragraph wrapped at a page's width: every line
    but the last nearly as long as the longest, none of them ending a sentence; or,
    in a run that starts with a capital, a line of page width carried on by a line
    in lower case ("… travel solutions that" / "are attractive …")."""
    widths = [len(line.text.rstrip()) for line in run]
    widest = max(widths)
    low, high = _WRAP_WIDTH
    if low <= widest <= high and all(
            width >= 0.85 * widest and not line.text.rstrip().endswith((".", ";", "!", "?"))
            for width, line in zip(widths[:-1], run[:-1], strict=True)) and (
            any(ends_mid_sentence(line.text) for line in run[:-1])
            or any(_SENTENCE_INSIDE.search(line.text) for line in run)
            or run[0].text[:1].isupper()):
        return True  # lower-case phrases of one length ("to create …") are a list
    if not run[0].text[:1].isupper():
        return False  # "housing where residents can live well" / "a green borough"
    return any(low <= width <= high and not line.text.rstrip().endswith((".", ";", ",", "!", "?"))
               and after.text[:1].islower() and _words(after.text) > 2
               for width, line, after in zip(widths, run, run[1:], strict=False))


def _drop_debris(line: _Line) -> _Line:
    if line.kind not in ("prose", "item"):
        return line
    reason = debris_reason(line.text)
    if not reason and len(line.text) <= 200 and _CONTENTS_ROW.match(line.text):
        reason = "a line of the contents list"
    if not reason and line.kind == "prose" and _FOOTNOTE.match(line.text):
        reason = "a footnote"
    if reason:
        return _Line("skip", line.text, reason=reason)
    if line.kind == "item" and len(line.text) <= MAX_MARKED:
        line.text = _FOOTNOTE_MARK.sub("", line.text)  # "Good jobs¹" → "Good jobs"
    return line


MAX_MARKED = 2000


def _without_page_number(text: str) -> str:
    """The line without a page number at either end ("02 ANNUAL REPORT" → "ANNUAL REPORT")."""
    words = text.split()
    if len(words) > 1 and is_page_number(words[0]):
        words = words[1:]
    if len(words) > 1 and is_page_number(words[-1]):
        words = words[:-1]
    return " ".join(words)


def _drop_repeats(lines: list[_Line]) -> None:
    """A short line that comes back three times or more is a running header or footer,
    with or without the page number a PDF sets beside it ("02 ANNUAL REPORT 2013/14",
    "ANNUAL REPORT 2013/14 03"); a lead-in before each theme's list ("Our priorities
    are to:") is not."""
    counts: dict[str, int] = {}
    for line in lines:  # list items may repeat ("Number of volunteers"): prose only
        if line.kind == "prose" and _words(line.text) <= 12 and not line.text.endswith(":"):
            key = _without_page_number(line.text)
            counts[key] = counts.get(key, 0) + 1
    for index, line in enumerate(lines):
        if line.kind == "prose" and _words(line.text) <= 12 and \
                not line.text.endswith(":") and \
                counts.get(_without_page_number(line.text), 0) >= REPEATS_FOR_FURNITURE:
            lines[index] = _Line("skip", line.text, reason="a running header or footer")


def _questions_and_vision_lists(lines: list[_Line]) -> None:
    """Lists of questions, or under a vision statement, are not priorities: make them prose."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind != "item" or line.heading:
            index += 1
            continue
        end = index
        while end < len(lines) and (lines[end].kind == "blank" or (
                lines[end].kind == "item" and not lines[end].heading
                and lines[end].sig[:1] == line.sig[:1]) or (  # "2. Next theme" ends "- …"
                lines[end].kind == "prose" and _continues(lines[end]))):
            end += 1
        run = [i for i in range(index, end) if lines[i].kind == "item"]
        before = [lines[i] for i in range(index - 1, max(-1, index - 5), -1)
                  if lines[i].kind != "blank"][:2]
        lead = before[0] if before else None
        questions = all(lines[i].text.rstrip().endswith("?") for i in run)
        # "… based around the following six principles" / "We will:": a short lead-in
        # carries on the sentence before it
        leads = before[:2] if lead is not None and _words(lead.text) <= 4 and \
            len(before) > 1 and before[1].kind == "prose" and \
            not _NAMING.search(lead.text) else before[:1]  # "Our priorities are:" says itself
        vision = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                  and any(_leads_to_no_priorities(line.text) for line in leads))
        # a list straight under a heading "Our values", "Our vision", "Our mission", or
        # "Our successes so far"
        vision = vision or (lead is not None and lead.kind in ("prose", "item")
                            and _words(lead.text) <= 5 and not lead.text.endswith((".", ":"))
                            and bool(_STATEMENT.match(lead.text)
                                     or _PAST_HEADING.search(lead.text)))
        past = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                and bool(_PAST_LEAD.search(lead.text)))
        if questions or vision or past:
            for i in run:
                lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent, settled=True)
        index = max(end, index + 1)


def _labels_over_paragraphs(lines: list[_Line]) -> None:
    """"Objective One:" alone on its line, then the objective: the label numbers it.

    Followed by a short name ("Priority 2" / "Thriving places" / a paragraph), the
    name is the title and the paragraph its guidance; followed straight by a
    paragraph, that paragraph is the priority (a long one is cut to its first
    clause later, like a long numbered objective).
    """
    for index, line in enumerate(lines):
        alone = _alone_label(line)
        if alone is None:
            continue
        level, ref = alone
        following = _next_lines(lines, index + 1)[:1]
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


def items_that_lead_in(lines: list[_Line]) -> None:
    """A list item ending in a colon before items of its own kind introduces them
    ("· The charter could deliver the following benefits:" / "· Encourage …"). Run
    once wrapped lines are joined (the colon ends the item's last line)."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or not line.text.endswith(":"):
            continue
        following = _next_lines(lines, index + 1)[:1]
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
        following = _next_lines(lines, index + 1)[:1]
        if following and lines[following[0]].heading and lines[following[0]].sig == line.sig:
            lines[index] = _Line("skip", line.text, reason="the sentence that introduces the list")


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
    for index, line in enumerate(lines):
        if line.kind != "prose" or not line.text.endswith(":") or _words(line.text) > 20:
            continue
        before = [i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].kind != "blank"]
        after = _next_lines(lines, index + 1)[:1]
        if not before or not after or lines[after[0]].kind != "item" or \
                lines[after[0]].heading:
            continue
        heading = lines[before[0]]
        # (a heading such as "How we work" is promoted too: its section is then left out)
        if heading.kind == "prose" and not heading.settled and _title_like(heading.text, 6) and \
                not heading.text.endswith((".", ":")) and not announced_count(line.text):
            lines[before[0]] = _Line("item", _plain(heading.text), ("h", 6),
                                     indent=heading.indent, heading=True)


def _statement_items(lines: list[_Line]) -> None:
    """List items that state the vision, mission or values ("Our Mission: Protecting
    communities…") are not priorities, whatever list they sit in."""
    for index, line in enumerate(lines):
        if line.kind == "item" and not line.heading and _STATEMENT.match(line.text):
            pair = split_pair(line.text)
            if pair is not None and _STATEMENT.match(pair[0]):
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)


def _leads_to_no_priorities(lead: str) -> bool:
    """Whether a lead-in introduces the values, how to use the document or the vision."""
    if _VALUES_LEAD.search(lead) or _USAGE_LEAD.search(lead):
        return True
    return bool(_VISION_LEAD.search(lead)) and not announced_count(lead)


def _plain_theme_headings(lines: list[_Line]) -> None:
    """A short line just before labelled outcomes is their theme's heading, pasted plain.

    "Economic" / "Cumberland priority: …" / "Social value outcomes: …": a web
    page's heading loses its size when copied; the labels below show its role.
    """
    def heading_like(line: _Line) -> bool:
        return line.kind == "prose" and _title_like(line.text, 4) and \
            not line.text.endswith(".")

    for index, line in enumerate(lines):
        if not heading_like(line):
            continue
        for at in _next_lines(lines, index + 1)[:3]:
            after = lines[at]
            if after.kind == "item" and after.hint == "outcome":
                lines[index] = _Line("item", _plain(line.text), ("h", 6), hint="theme",
                                     indent=line.indent, heading=True)
                break
            if after.kind != "prose" or heading_like(after):
                break  # (a contents page's entries: only the last one heads the labels)


def _continues(line: _Line) -> bool:
    """A line that carries on the list item above it (wrapped by a PDF or a narrow page)."""
    return line.indent > 0 or line.text[:1].islower()


def _announced_lists(lines: list[_Line]) -> bool:
    """After a line announcing N priorities, take N short lines (or N named paragraphs).

    Returns whether such a list was found.
    """
    found = False
    index = 0
    while index < len(lines):
        line = lines[index]
        # a list item announces only the list it leads into ("… four priorities …:"), not
        # one its sentence mentions ("The vision, eight shared outcomes … remained")
        count = announced_count(line.text) if (line.kind == "prose" or (
            line.kind == "item" and (line.heading or line.text.rstrip().endswith(":")))) and \
            not _VALUES_LEAD.search(line.text) else 0
        if not count:
            index += 1
            continue
        # past debris: "Page Thumbnail" before each of a page's image tiles
        following = _next_lines(lines, index + 1, past_skipped=True)
        taken = (_take_items(lines, following, count)
                 or _take_paired_items(lines, following, count)
                 or _take_named(lines, following, count)
                 or _take_plain(lines, following, count)
                 or _take_inline(lines, index, count)
                 or _take_paragraphs(lines, index, following, count))
        if taken and line.kind == "prose":
            line.kind = "skip"
            line.reason = "the sentence that introduces the list"
        found = found or bool(taken)
        index = taken or index + 1
    return found


_LIST_START = re.compile(r"[:;] | [-\u2013\u2014] ")
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?: |$)")


def _take_inline(lines: list[_Line], index: int, count: int) -> int:
    """N priorities named inside the announcing sentence ("Three priorities have been
    identified: a thriving economy; strong communities and a sustainable way of life.").

    The words after the colon (or semicolon), up to the sentence's end, split at
    commas and semicolons; the part holding the last "and" gives the last two. Exactly
    N short parts become N items after the sentence.
    """
    line = lines[index]
    text = " ".join(line.text[:600].split())  # one space each: the patterns stay linear
    start = _LIST_START.search(text)
    if line.kind != "prose" or start is None:
        return 0
    names = _inline_names(_split_parts(_SENTENCE_END.split(text[start.end():], 1)[0]), count)
    if not names:
        return 0
    items = [_Line("item", name, ("para",), indent=line.indent, announced=True)
             for name in names]
    lines[index + 1:index + 1] = items
    return index + 1 + len(items)


_NAMING = re.compile(r"\b(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars|"
                     r"commitments)\b", re.IGNORECASE)
_BRACKETED = re.compile(r" ?\([^()]{0,200}\)")


_NAMED_AS = re.compile(r"\b(?:priorities|themes|objectives|outcomes|aims|ambitions|pillars)"
                       r" (?:were|are|include|will be|(?:will )?focus on|of) (?=\w)", re.IGNORECASE)


def _named_in_a_sentence(lines: list[_Line], *, counted: bool = False) -> bool:
    """On a page of prose only, the first sentence that names the priorities and then
    lists them ("The priorities were highlighted as; People (…), Place (…), Growth
    (…) and Transformation (…).", "The strategic priorities were the Environment, the
    Economy, Housing and Communities.") gives them, however many (3 to 10).

    ``counted`` looks only for a sentence that also counts them ("Our ambitions sit
    under four headings; …"), which is sure enough to read beside headings and lists.
    Returns whether one was found."""
    for index, line in enumerate(lines):
        if line.kind != "prose":
            continue
        text = " ".join(line.text[:800].split())
        start = _LIST_START.search(text)
        named = _NAMED_AS.search(text)
        if start is None or not _NAMING.search(text, 0, start.start()) or (
                named is not None and named.start() < start.start()):
            start = named  # "These priorities will focus on A; B; …" names from A
        parts = _sentence_parts(text, start.end()) if start is not None else []
        if counted and len(parts) != announced_count(text[:start.start()] if start else "",
                                                     _NAMED_LIST_NOUNS):
            continue
        # names parted by semicolons may hold commas and run longer
        longest = INLINE_NAME_WORDS if start is not None and ";" in text[start.end():] else 6
        if 3 <= len(parts) <= 10 and all(1 <= _words(part) <= longest for part in parts):
            lines[index + 1:index + 1] = [
                _Line("item", part[:1].upper() + part[1:], ("para",), indent=line.indent,
                      announced=True) for part in parts]
            line.kind, line.reason = "skip", "the sentence that introduces the list"
            return True
    return False


# "to provide good homes, to deliver excellent service, and to shape strong, sustainable
# places": a list of aims, each starting "to", parted only where the next "to" starts
_TO_PARTS = re.compile(r"[,;] (?:and )?(?=to )| and (?=to )")


def _split_parts(sentence: str, *, at_semicolons: bool = False) -> list[str]:
    """A sentence-list's parts, split at commas and semicolons (only at semicolons when
    asked: commas then belong to a name), each without a leading "and". Aims written
    "to …, to … and to …" are parted only before each "to", which is left off."""
    text = sentence.strip()
    if text.startswith("to ") and _TO_PARTS.search(text):
        parts = [part.strip(" .") for part in _TO_PARTS.split(text)]
        if all(part.startswith("to ") for part in parts):
            return [part[3:] for part in parts]
    separator = r" ?; ?" if at_semicolons else r" ?[;,] ?"
    parts = [part.strip(" .") for part in re.split(separator, sentence)]
    return [part[4:] if part.startswith("and ") else part for part in parts]


def _sentence_parts(text: str, start: int) -> list[str]:
    """The names listed from ``start`` to the sentence's end: split at semicolons when
    it has them (commas then belong to a name), else at commas; "and" joins the last
    two ("… Housing, Our Customers and Communities")."""
    sentence = _SENTENCE_END.split(_BRACKETED.sub("", text[start:]), maxsplit=1)[0]
    joined_last = sentence.rsplit(";" if ";" in sentence else ",", 1)[-1].strip() \
        .startswith("and ")  # "…; and Environment, culture and heritage"
    parts = _split_parts(sentence, at_semicolons=";" in sentence)
    if ";" in sentence and _words(parts[-1]) > 6 and "," in parts[-1]:
        parts[-1] = parts[-1].split(",", 1)[0]  # "…; Being International, we have refined"
    elif " and " in parts[-1] and not joined_last:
        head, _, tail = parts[-1].rpartition(" and ")
        parts[-1:] = [head.rstrip(", "), tail]
    return [part for part in parts if part]


INLINE_NAME_WORDS = 10  # "Provide as many good quality homes as we can"


def _inline_names(parts: list[str], count: int) -> list[str]:
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
    if len(names) != count or not all(1 <= _words(name) <= INLINE_NAME_WORDS
                                      for name in names):
        return []
    return [name[:1].upper() + name[1:] for name in names]


def _take_items(lines: list[_Line], following: list[int], count: int) -> int:
    """N list items (with any wrapped lines) straight after the lead-in: the priorities."""
    chosen: list[int] = []
    for i in following:
        line = lines[i]
        if line.kind == "item" and not line.heading:
            if chosen and line.sig != lines[chosen[0]].sig:
                break  # the list around this one goes on ("·" after the "-" items)
            if len(chosen) == count:
                return 0  # more items than announced: not this list
            chosen.append(i)
        elif not (line.kind == "prose" and chosen and _continues(line)):
            break
    if len(chosen) != count:
        return 0
    for i in chosen:
        lines[i].announced = True
    return chosen[-1] + 1


PARAGRAPH_ITEM_WORDS = 15


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
    if not all(_title_like(lines[i].text, 10) and not lines[i].text.endswith(".")
               for i in names) or not all(
            lines[i].text.endswith(".") and _words(lines[i].text) >= 8 for i in descriptions):
        return 0
    for i in names:
        lines[i].announced = True
    for i in descriptions:  # the name's description: its guidance
        lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent, settled=True)
    return run[-1] + 1


PLAIN_ITEM_WORDS = 25


def _plain_item_like(text: str) -> bool:
    """A short line that can be one of N announced items: a title, or a phrase of a
    sentence-list ("delivering better services," / "caring for the vulnerable.")."""
    if _words(text) > PLAIN_ITEM_WORDS or (text.endswith(".") and _words(text) > 10
                                           and not text[:1].islower()):
        return False
    phrase = _phrase(text)
    return bool(phrase) and _title_like(phrase[:1].upper() + phrase[1:], PLAIN_ITEM_WORDS)


def _phrase(text: str) -> str:
    """A list phrase without the glue of the sentence it was part of: "supporting
    economic growth, and" → "supporting economic growth"."""
    return tidy(text.rstrip(". "))


def _take_plain(lines: list[_Line], following: list[int], count: int) -> int:
    """N short lines in a row (a browser's copy of a list): items. Returns the next index."""
    chosen = following[:count]
    if len(chosen) < count or not all(
            lines[i].kind == "prose" and _plain_item_like(lines[i].text) for i in chosen):
        return 0
    for i in chosen:
        lines[i] = _Line("item", _phrase(_plain(lines[i].text)), ("para",),
                         indent=lines[i].indent, announced=True)
    end = chosen[-1] + 1
    while end < len(lines) and lines[end].kind in ("prose", "blank", "skip"):
        if lines[end].kind == "prose":  # the outro, not the last priority's guidance
            lines[end] = _Line("skip", lines[end].text, reason=AFTER_LIST)
        end += 1
    return chosen[-1] + 1


def _take_named(lines: list[_Line], following: list[int], count: int) -> int:
    """N short names each followed by a paragraph ("Social" / "This includes …")."""
    names: list[int] = []
    position = 0
    while position < len(following) and len(names) < count:
        at = following[position]
        line = lines[at]
        if not (line.kind in ("prose", "item") and _title_like(line.text, 8)
                and not line.text.endswith(".")):
            return 0
        after = following[position + 1] if position + 1 < len(following) else None
        if after is None or lines[after].kind != "prose" or _words(lines[after].text) < 6:
            return 0
        names.append(at)
        position += 2
        while position < len(following) and len(names) < count and \
                lines[following[position]].kind == "prose" and \
                _words(lines[following[position]].text) >= 6 and \
                lines[following[position]].text.endswith("."):
            position += 1
    if len(names) < count:
        return 0
    for i in names:
        lines[i] = _Line("item", _plain(lines[i].text), ("para",), indent=lines[i].indent,
                         announced=True)
    return names[-1] + 2


_DOCUMENT_KINDS = r"plan|strategy|report|policy|charter|framework"
DOCUMENT_KIND = re.compile(rf"\b(?:{_DOCUMENT_KINDS})\b", re.IGNORECASE)
_DOCUMENT_WORDS = re.compile(rf"\b(?:{_DOCUMENT_KINDS}|(?:19|20)\d\d)\b", re.IGNORECASE)


def _pairs(lines: list[_Line]) -> list[_Line]:
    """Runs of two or more "Name – what it means" paragraphs: each name an item."""
    pairs = [_bold_pair(line) or split_pair(line.text)
             if line.kind == "prose" and not line.settled else None
             for line in lines]
    first = next((i for i, line in enumerate(lines) if line.kind in ("prose", "item")), None)
    for index, pair in enumerate(pairs):
        # the page's title, "Using resources well - our plan (2019-23)", or a publication's,
        # "Well-being Objectives and Statement – Annual Report 2017/18"
        if pair is not None and (index == first and _DOCUMENT_WORDS.search(" ".join(pair)) or (
                _DOCUMENT_WORDS.search(pair[1]) and _words(pair[1]) <= 6
                and any(ch.isdigit() for ch in pair[1]))):
            pairs[index] = None
    result: list[_Line] = []
    after_run = False
    for index, line in enumerate(lines):
        pair = pairs[index]
        if pair is None or not (_neighbour_pair(pairs, lines, index, -1)
                                or _neighbour_pair(pairs, lines, index, 1)):
            if after_run and line.kind == "prose":
                # A quote or "Share this" after one-line priorities is not their guidance.
                result.append(_Line("skip", line.text, reason=AFTER_LIST))
                continue
            after_run = after_run and line.kind in ("blank", "skip")
            result.append(line)
            continue
        name, rest = pair
        if _STATEMENT.match(name):
            result.append(line)  # "Our Vision: …" states the vision; it is not a priority
            continue
        after_run = True
        if rest.endswith(":"):  # "Our Outcomes: All people will:" heads the list below
            result.append(_Line("item", _plain(name), ("lead",), indent=line.indent,
                                heading=True))
        else:
            result.append(_Line("item", _plain(name), ("para",), indent=line.indent))
        result.append(_Line("prose", rest[:1].upper() + rest[1:], indent=line.indent))
    return result


def _introduced_list(lines: list[_Line]) -> bool:
    """Whether a prose line ending with a colon ("The strategy outlines the following:")
    is followed straight away by a list of two or more items."""
    for index, line in enumerate(lines):
        if line.kind == "prose" and line.text.rstrip().endswith(":") and not line.settled:
            following = _next_lines(lines, index + 1)[:2]
            if len(following) == 2 and all(lines[i].kind == "item" and not lines[i].heading
                                            for i in following):
                return True
    return False


def _named_paragraphs(lines: list[_Line]) -> None:
    """Short names each followed by a paragraph, two or more in a row: each name a priority.

    A web page's headings lose their size when pasted ("Thriving economy" / "We
    want everyone to share in…"). The document's first line is its title, and
    names of sections that are not priorities ("Our vision", "Contact us") end a
    run rather than join it.
    """
    meaningful = _next_lines(lines, 0)
    runs: list[list[int]] = []
    run: list[int] = []
    position = 1  # the first line is the document's title
    while position < len(meaningful):
        at = meaningful[position]
        after = meaningful[position + 1] if position + 1 < len(meaningful) else None
        if after is not None and _is_name(lines[at]) and _is_paragraph(lines[after]):
            run.append(at)
            position += 2
            while position < len(meaningful) and _is_paragraph(lines[meaningful[position]]):
                position += 1  # more paragraphs about the same priority
            if position < len(meaningful) and _repeats(lines[meaningful[position]], lines[at]):
                lines[meaningful[position]] = _Line("skip", lines[meaningful[position]].text)
                position += 1  # "Tackle the climate emergency" again: a link to its page
            continue
        runs.append(run)
        run = []
        position += 1
    runs.append(run)
    runs = [run for run in runs if len(run) >= 2]
    # "This is how we'll deliver the seven well-being goals:" over a run: that run is the
    # priorities, and the runs of section headings before it are not
    introduced = [run for run in runs if _after_a_lead_in(lines, run[0])]
    for run in introduced or runs:
        _name_run(lines, run)


def _after_a_lead_in(lines: list[_Line], at: int) -> bool:
    before = next((lines[i] for i in range(at - 1, -1, -1) if lines[i].kind != "blank"), None)
    return before is not None and before.kind == "prose" and before.text.rstrip().endswith(":")


def _repeats(line: _Line, name: _Line) -> bool:
    """A short line after a priority's paragraphs that says its name again (a link)."""
    if line.kind != "prose" or not _title_like(line.text, 16):
        return False
    words = {w.casefold() for w in _TOKEN.findall(line.text)}
    named = {w.casefold() for w in _TOKEN.findall(name.text)}
    return bool(words) and len(words & named) >= 0.8 * len(words)  # not "A resilient Wales"


def _name_run(lines: list[_Line], run: list[int]) -> None:
    if len(run) < 2:
        return
    for at in run:
        lines[at] = _Line("item", _plain(lines[at].text), ("para",), indent=lines[at].indent)


def _is_name(line: _Line) -> bool:
    """A short line that can name the paragraph under it; not a sentence the copy broke
    ("As local authorities were", "Councils, along with the")."""
    return (line.kind == "prose" and _title_like(line.text, 20)
            and not line.text.endswith((".", ":")) and not _STATEMENT.match(line.text)
            and not ends_mid_sentence(line.text)
            and not _SKIP_SECTION.match(line.text) and not announced_count(line.text))


def _is_paragraph(line: _Line) -> bool:
    words = _words(line.text)
    text = line.text.rstrip()
    return line.kind == "prose" and words >= 6 and not text.endswith(":") and (
        text.endswith((".", "!", ")", "”", "'")) or words >= 15)


_INTENT = re.compile(r"\b(?:aims?|priorit\w*|outcomes?|benefits?|objectives?|goals?|achieve|"
                     r"ambitions?|commit\w*|want|will|pledge\w*|focus\w*|themes?|principles)\b",
                     re.IGNORECASE)


def _lists_without_intent(lines: list[_Line]) -> None:
    """Of several lists each after a lead-in sentence, those whose lead-in says nothing of
    aims or priorities ("We spend £150 million a year on:") are not priorities, when
    another's does ("we aim to deliver the following benefits:")."""
    lists: list[tuple[bool, list[int]]] = []
    sections: set[int] = set()  # the headings the lists are under
    heading = -1
    index = 0
    while index < len(lines):
        lead = lines[index]
        if lead.kind == "item" and lead.heading:
            heading = index
        if lead.kind == "prose" and lead.text.endswith(":") and not lead.settled:
            run = _list_after(lines, index + 1)
            if run:
                lists.append((bool(_INTENT.search(lead.text)), run))
                sections.add(heading)
                index = run[-1]
        index += 1
    if len(lists) < 2 or len({intent for intent, _ in lists}) < 2:
        return
    if len(sections - {-1}) >= 2:
        return  # lists under two or more headings: each heading's lists are its own
    for intent, run in lists:
        for at in run if not intent else ():
            lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent, settled=True)


def _list_after(lines: list[_Line], start: int) -> list[int]:
    """The plain list items (not headings, not announced) straight after ``start``."""
    run: list[int] = []
    for at in _next_lines(lines, start):
        if lines[at].kind != "item" or lines[at].heading or lines[at].announced:
            break
        run.append(at)
    return run


def _bold_pair(line: _Line) -> tuple[str, str] | None:
    """("Name", "what it means") for a Word paragraph that starts with bold words."""
    if not line.bold_name:
        return None
    rest = line.text[len(line.bold_name):].strip(" :\u2013\u2014-")
    return (line.bold_name, rest) if rest else None


def _neighbour_pair(pairs: list[tuple[str, str] | None], lines: list[_Line], index: int,
                    step: int) -> bool:
    """Whether the nearest non-blank line before or after is also a named paragraph."""
    at = index + step
    while 0 <= at < len(lines) and lines[at].kind == "blank":
        at += step
    return 0 <= at < len(lines) and pairs[at] is not None


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
    in_sentence_list = False
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "item" and not line.heading and not line.announced:
            if previous is not None and previous.kind in ("prose", "skip") and \
                    not _continues(previous):
                in_sentence_list = True
            if in_sentence_list:
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)
                continue
        elif line.kind == "item":
            in_sentence_list = False
        elif line.kind == "prose" and not _continues(line):
            in_sentence_list = in_sentence_list and previous is not None and \
                previous.kind == "item"
        previous = line
