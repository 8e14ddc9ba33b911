"""Part of step 1½ of importing priorities: what is on the page but is not the document.

A paste from a web page or a PDF viewer carries more than the council's words:
the site's navigation and sharing links, picture captions and alternative text,
a contents page (often run onto one line by a document-sharing site), running
headers and footers with their page numbers, footnotes and the markers that
point to them. This pass leaves them out (each with the reason the preview
shows), and reads a contents page whose entries are labelled as priorities
("Strategic priority 1: Fair policy ..... 18") as the priorities themselves,
since it is often all of a document a paste holds.

Every test here works on words already split or on patterns with bounded
repetition, so the pass is linear in the length of the text.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable

from ...numbers import NUMBER_WORD_VALUES
from ...text.search import fold
from .lines import (
    LINE_CHECK_CACHE,
    _contact_reason,
    _Line,
    _words,
    generic_heading,
    is_page_number,
    is_skip_heading,
    label_alone,
    line_before,
    mostly_rising,
    next_lines,
    page_number_at_end,
)

WEB_DEBRIS = "text copied from the web page around the priorities"

_DEBRIS = re.compile(
    r"^(?:page thumbnail|thumbnail|image|picture|photo|logo|graphic|icon)s?\b.{0,40}$|"
    r"^you are on page\s*\d+\s*of\s*\d+$|^skip to(?: (?:main )?content)?:?$|^back to top$|"
    # a page's feedback prompts and menu icons: "Give us your feedback on this website",
    # "Was this page helpful?", "Mobile Navigation Icon", "Skip to nav | Font Size: A A A"
    r"^(?:give us your|leave|send us your) feedback(?: on this (?:website|site|page))?\.?$|"
    r"^(?:was this page (?:useful|helpful)|is this page (?:useful|helpful)|did you find (?:this|"
    r"what you (?:were looking for|needed)))\b.{0,40}$|"
    r"^(?:report a problem|tell us what you think)(?: (?:with|of|about) this (?:page|website))?$|"
    r"^(?:mobile )?(?:navigation|search|menu)(?: icon)?(?: (?:mobile )?(?:navigation|search|menu)"
    r"(?: icon)?)?$|^skip to (?:nav(?:igation)?|search|footer)\b.{0,80}$|"
    r"^(?:toggle|open|close) (?:the )?(?:menu|navigation|search)$|^(?:menu|navigation) toggle$|"
    # an archived page's banner: "This is an archived consultation page - for reference only"
    r"^this (?:is an? archived|page (?:is|has been) archived|is an archive)\b.{0,100}$|"
    # a news site's weather and picture credits: "| 10.1°C Belfast", "PA Archive/Press
    # Association Images", "Photo: Getty Images"
    r"^\|? ?-?\d{1,2}(?:\.\d)? ?\u00b0[CF]\b.{0,40}$|"
    r"^.{0,60}\b(?:press association|pa archive|pa images|pa wire|getty images|alamy|"
    r"shutterstock|istock)\b.{0,60}$|"
    r"^share (?:this|on)\b.{0,30}$|^print (?:this )?page$|"
    r"^(?:reference|ref)\s*[:.]?\s*[A-Z]{2,6}\s?-?\d{1,4}$|^\d{1,3}$|^\d{1,3} ?[-–] ?\d{1,3}$|"
    r"^(?:accept|decline|reject)(?: all)?(?: cookies)?$|^.{0,80}\bcookies\b.{0,120}$|"
    r"^(?:twitter|facebook|linkedin|instagram|youtube|whatsapp|email this page)$|"
    # (a link's words; "Open a new skills centre", "See a fall in crime" are aims)
    r"^(?:read|view|download)\s+(?:our|the|a|this|more)\b[^.:;]{0,100}\.?$|"
    r"^(?:see|visit)\s+(?:our|the|this|more)\b[^.:;]{0,100}\.?$|"
    # a link whose words end "here": "Find the report for the Executive … meeting here"
    r"^(?:find|see|watch|view|read|download|access)\s[^.:;]{0,160}\bhere\.?$|"
    # a document's name as its link's words: "WLGA Annual Report 2018/19 - Open link here"
    r"^[^.:;]{1,150}\s[-\u2013\u2014]\s(?:open|view|download|read) (?:the )?(?:link|document|"
    r"report|file|pdf)(?: here)?\.?$|"
    # ("Open the new leisure centre" is an aim; "Open the map in a new window" a link)
    r"^open (?:our|the|this) (?:map|document|file|link|pdf|page|form|video|image|report|"
    r"plan|strategy|policy)\b[^.:;]{0,60}$|"
    r"^(?:previous|next)(?: (?:page|section|chapter))?\s*[:|]\s.{1,80}$|"  # "Next page: Contact us"
    r"^(?:<<|>>|<|>|\u00ab|\u00bb)$|"  # (a viewer's arrows)
    # a blog's byline: "By admin", "Written by Jane Smith" (not "By working together";
    # "Posted by …" is a news page's label, below)
    r"^(?:by admin(?:istrator)?|written by [^.:;]{1,60})$|"
    # a link to a document's appendix under its page: "Appendix 2 - Contexts" (a
    # contents entry ends with its page number, "Appendix 8: Glossary 55", and stays)
    r"^(?:appendix|annex) (?:\d{1,2}|[a-z]|[ivx]{1,4}) ?[-\u2013\u2014:] ?[^.;:]{1,100}(?<![\d.])$|"
    r"^(?:show|hide|open|close) (?:all|this)(?: (?:sections?|steps?|answers?))?$|"
    # a page's reading tools: "Text Size: A A A", "Text Colour:", "C", "High contrast"
    r"^(?:text (?:size|colou?r|only)|font size|(?:high )?contrast|change colou?rs?)\b"
    r"[:\sAa+\-]{0,12}$|^[A-Z]$|"
    # a document-sharing site's details: "Total Page:16", "File Type:pdf, Size:1020Kb",
    # "Size: px", "Start display at page:", "Transcription", "Citation preview"
    r"^(?:total pages?|file type|file size)\s?:\s?[\w.,: ]{1,40}$|"
    r"^(?:embed )?size:? ?\(?px\)?$|^start display at page:?$|^transcription$|"
    r"^citation preview$|^download \"[^\"]{1,150}\"$|"
    r"^page created by [\w .'\u2019-]{1,60}$|^continue reading$|^upload: ?\w{0,20}$|"
    r"^(?:upload|view|views)(?: others)?$|^follow(?: (?:this|the))? publisher$|"
    # a picture's alternative text naming its place on the page: "Corporate plan header image"
    r"^[^.:;]{0,60}\b(?:header|banner|hero|cover|featured?) (?:image|photo|picture)$|"
    # a video's link, and a breadcrumb trail run onto one line ("Home>About us>Our plan")
    r"^(?:watch (?:it |the video )?on youtube|play video|watch the video)$|"
    r"^home ?(?:>|\u203a|\u00bb|/) ?[^>\u203a\u00bb]{1,60}"
    r"(?: ?(?:>|\u203a|\u00bb) ?[^>\u203a\u00bb]{1,60}){0,7}"
    r"(?: ?(?:>|\u203a|\u00bb) ?[^>\u203a\u00bb]{1,120})?$|"  # (the page's own title last)
    # a guide's own navigation on a council site: "Show all parts of this guide"
    r"^(?:show all parts of this (?:guide|policy|strategy|plan|document)|"
    r"print (?:this|entire|the whole) guide|"
    r"(?:previous|next) part(?: of this guide)?)$|"
    # a blog's comment form under the page: "Leave a Reply", "Leave a comment"
    r"^(?:leave a (?:reply|comment)|cancel reply|post comment)$|"
    # a link to the page in another language, or a picture named for its language's
    # version ("Sporting Pathway - English")
    r"^(?:cymraeg|english|gaeilge|g\u00e0idhlig)$|"
    r"^[^.:;]{1,80} [-\u2013] (?:english|cymraeg|welsh)$|"
    # a committee's page: "Issue - meetings", "Meeting: 07/07/2011 - Overview and Scrutiny …"
    r"^issue - meetings$|^meeting: ?\d{1,2}/\d{1,2}/\d{2,4}\b.{0,150}$|"
    # "Meeting of Council, Thursday, 10th July, 2025 7.00 pm (Item 85.)"
    r"^meeting of [^,;:]{1,80}, (?:mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}"
    r"(?:st|nd|rd|th)? [a-z]{3,9},? \d{4}\b[^;:]{0,60}$|^agenda item$|"
    r"^(?:audio|video) recording\b.{0,80}$|^(?:watch the )?webcast\b.{0,80}$|"
    # a news page's labels: "Posted", "Date", "Published: 3 May 2024"
    r"^(?:posted|date|published|updated|last updated)(?:\s*(?:on|:)?\s+[\w ,/]{1,30})?$|"
    r"^(?:home|about (?:us|the council|your council)|"
    r"download|further details|more details|read more|print|share|newsletter sign-?up|"
    r"(?:site-wide )?search(?: form)?|menu|close|(?:jump|go) to (?:top|another section|"
    r"section|content))$|"
    # a download link with its file's type and size: "City Procurement Strategy 2020-2024
    # PDF (4MB)", "Council plan (PDF, 2.1 MB)", "Social value policy [PDF] 312KB"
    # (or "… Document (pdf) (1.89MB) (Opens in a new window).")
    r"^.{0,150}?(?:^|[\s(\[])(?:pdf|docx?|word|xlsx?|excel|odt|ods|csv|pptx?)[)\]]?"
    r"(?: (?:document|file|version))?[,:]? ?[(\[]?(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,6})"
    r"(?:\.\d{1,2})? ?[km]b[)\]]?"
    r"(?: \(opens in (?:a )?new (?:window|tab)\))?\.?$|"
    # a link to a government page, titled as its tab is: "A short guide for suppliers
    # (HTML) - GOV.UK", "Information and guidance for suppliers - GOV.UK"
    r"^.{3,150}?\s[-\u2013|]\s(?:gov\.uk|gov\.wales|llyw\.cymru|gov\.scot|nidirect)$|"
    r"^.{3,150}?\s\((?:html|pdf)\)$|"
    # image file names, with the link text a gallery puts after them ("Chair.jpg About us")
    r"^.{0,120}\.(?:jpe?g|png|gif|svg|webp)\b.{0,80}$|^(?:jpe?g|png|gif|svg|webp)\s.{0,80}$",
    re.IGNORECASE)

CAPTION = "a picture's caption"

# A photograph's caption or description: "L-R Back – Matt Akers (…)", "An image of …",
# "Photograph of someone looking at a workshop document".
# A credit after a photograph's place: "Llyn y dywarchen Snowdonia - photo taken by …".
_CAPTION = re.compile(r"^(?:l-r|l to r|left to right|pictured|photo(?:graph)?:|image:|"
                      r"(?:an? )?(?:image|photo|photograph|picture) of)\b|"
                      r"^[^.:;]{1,80}(?: [-–] |, |\()(?:photo(?:graph)?|image|picture)"
                      r"(?: taken| courtesy)? (?:by|of) [^.:;]{1,60}$", re.IGNORECASE)

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


# The links of a council website's menus and footer, which a copy of the whole page
# brings along ("Bins and recycling", "Births, deaths and ceremonies", "Privacy"): only
# names no plan gives a priority, so a list holding several of them is the site's menu
_SITE_LINKS = frozenset("""
a-z of services|accessibility|accessibility statement|apply for it|benefits and council tax|
bins and recycling|bins, recycling and waste|births, deaths and ceremonies|
births, deaths, marriages and civil partnerships|building control|business and licensing|
business rates|contact|contact us|cookie policy|cookies|complaints|
complaints, comments or compliments|council and democracy|council tax|councillors|
disclaimer|freedom of information|job opportunities|jobs and careers|libraries|
licensing|parking|parking and travel|pay for it|pay, report, apply|privacy|privacy notice|
privacy policy|report it|roads and transport|roads, travel and parking|rubbish and recycling|
schools and education|schools and learning|site map|sitemap|terms and conditions|
waste and recycling|your council""".replace("\n", "").split("|"))
SITE_LINKS_IN_A_MENU = 3


def site_menus(lines: list[_Line]) -> None:
    """A run of short lines, or of one list's items, with no line between, holding three
    or more of a council website's menu links, a third of the run or more: the site's
    menu or footer, left out whole ("Bins and recycling" / "Community" / …)."""
    runs: list[list[int]] = [[]]
    for at, line in enumerate(lines):
        short = line.kind in ("prose", "item") and _words(line.text) <= 6 and \
            not line.text.rstrip().endswith((".", ":", ";", ","))
        if runs[-1] and (not short or (line.kind, line.sig) != (lines[runs[-1][-1]].kind,
                                                                 lines[runs[-1][-1]].sig)):
            runs.append([])
        if short:
            runs[-1].append(at)
    for run in runs:
        links = sum(fold(lines[at].text.strip()) in _SITE_LINKS for at in run)
        if (links >= SITE_LINKS_IN_A_MENU and 3 * links >= len(run)) or \
                2 <= links == len(run):  # ("Pay, report, apply" / "Contact": all links)
            for at in run:
                lines[at] = _Line("skip", lines[at].text, reason=WEB_DEBRIS)


# "ENDS", "-ends-", "– ENDS –": where a press release's own text ends
_PRESS_RELEASE_END = re.compile(r"^[-\u2013\u2014*#\s]{0,6}ends[-\u2013\u2014*#:\s]{0,6}$",
                                re.IGNORECASE)
AFTER_THE_RELEASE = "the notes after the end of a press release"


def press_release_end(lines: list[_Line]) -> None:
    """A press release's "ENDS" line and everything after it (the notes to editors, the
    press office's details) are left out: the release itself has ended."""
    end = next((at for at, line in enumerate(lines) if line.kind in ("prose", "item")
                and _PRESS_RELEASE_END.match(line.text)), None)
    if end is None:
        return
    for at in range(end, len(lines)):
        if lines[at].kind in ("prose", "item"):
            lines[at] = _Line("skip", lines[at].text, reason=AFTER_THE_RELEASE)


# Parliament's record of a written answer: "HC Deb 21 May 1998 vol 312 cc477-8W", a
# column's number ("589W"), "To ask the Secretary of State …" between the member who asked
# and the minister who answered, each name alone on its line
_HANSARD_CITATION = re.compile(r"^H[CL] Deb,? \d{1,2} [A-Z][a-z]{2,8},? \d{4}\b.{0,60}$")
_HANSARD_COLUMN = re.compile(r"^\d{1,4}(?:W|WS|WA|WH)$")
_QUESTION_ASKED = re.compile(r"^(?:To ask (?:the|Her|His)|asked (?:the|Her|His)) ")
_SPEAKER = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Dame)\.? )?"
                      r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){0,3}$")
HANSARD = "Parliament's record of the question and who asked and answered it"


def parliamentary_answers(lines: list[_Line]) -> None:
    """A written answer copied from Parliament's record: its citation, column numbers,
    the question and the names of the member who asked it and the minister who answered
    are left out, so the answer's targets are all that is read."""
    if not any(line.kind == "prose" and _HANSARD_CITATION.match(line.text)
               for line in lines):
        return
    for index, line in enumerate(lines):
        if line.kind not in ("prose", "item"):
            continue
        text = line.text.strip()
        if _HANSARD_CITATION.match(text) or _HANSARD_COLUMN.match(text):
            lines[index] = _Line("skip", line.text, reason=HANSARD)
        elif _QUESTION_ASKED.match(text):
            lines[index] = _Line("skip", line.text, reason=HANSARD)
            for near in (line_before(lines, index), *next_lines(lines, index + 1, most=1)):
                if near is not None and lines[near].kind in ("prose", "item") and \
                        _SPEAKER.match(lines[near].text.strip()):
                    lines[near] = _Line("skip", lines[near].text, reason=HANSARD)


@functools.lru_cache(maxsize=LINE_CHECK_CACHE)
def debris_reason(text: str) -> str:
    """Why a line is paste debris (empty if it is not). Remembered per line: several
    passes ask about the same lines, and running headers repeat one line many times."""
    stripped = text.strip()
    if _CAPTION.match(stripped) or (
            _words(stripped) <= 16 and not stripped.endswith((".", ":"))
            and _PEOPLE_IN_A_SCENE.match(stripped)) or _A_SCENE_STANDS_FOR.match(stripped):
        return CAPTION
    parts = stripped.split(" / ") if len(stripped) <= 300 else []
    if len(parts) >= 4 and all(0 < len(part) <= 50 and not part.endswith((".", ":", ";"))
                               for part in parts):
        return "a table's column headings"  # "Programme / Activity / Milestones / Team"
    if len(stripped) <= 200 and (_DEBRIS.match(stripped) or _BYLINE.match(stripped)):
        if stripped[:3].lower() == "ref":
            return "a reference code"
        return WEB_DEBRIS
    return ""


# A news item's byline: "By Shropshire Live", "By Jane Smith" (every word a name's, so
# "By working together" and "By 2030" are not one)
_BYLINE = re.compile(r"^By (?:[A-Z][\w'’.-]{0,30} ?){1,4}$")
# "Posted By:" alone, over who posted the item ("Belfast City Council")
_POSTED_BY = re.compile(r"^(?:posted|published|written|submitted|added) by:?$", re.IGNORECASE)
POSTER_WORDS = 6


def posted_by(lines: list[_Line]) -> None:
    """A news item's "Posted By:" and the name on the line under it are who posted it,
    not a list of one."""
    for index, line in enumerate(lines):
        if line.kind not in ("prose", "item") or not _POSTED_BY.match(line.text.strip()):
            continue
        lines[index] = _Line("skip", line.text, reason=WEB_DEBRIS)
        poster = next_lines(lines, index + 1, most=1)
        if poster and lines[poster[0]].kind in ("prose", "item") and \
                _words(lines[poster[0]].text) <= POSTER_WORDS:
            lines[poster[0]] = _Line("skip", lines[poster[0]].text, reason=WEB_DEBRIS)


def title_like(text: str, most_words: int = 16) -> bool:
    """Whether a line could be a title: short, capitalised, not ending as a clause does,
    and neither contact details nor page furniture."""
    return (0 < _words(text) <= most_words and text[:1].isupper()
            and not text.rstrip().endswith((";", ",", ":", "?", "!"))
            and not _contact_reason(text) and not debris_reason(text))


# A contents entry's leader to its page number: dots ("......", ". . . ."), or the
# ellipses a PDF's text gives for them ("………", ".……"); every part bounded
LEADER_DOTS = r"(?:(?:\.{3}|\u2026|\.\u2026)[.\u2026]{0,120}|(?:\. ){3,60}\.?)"
CONTENTS_ROW_LENGTH = 300  # characters: a longer line is not one entry
# Dot leaders then a page number; every part bounded, so the pattern stays linear.
_CONTENTS_ROW = re.compile(rf"^[^.\u2026]{{2,250}}\s?{LEADER_DOTS}\s?\d{{1,3}}$")


def _a_contents_row(text: str) -> bool:
    """Whether a line is a contents entry running along dot leaders to its page number
    ("The Strategic Outcomes ......... 06"); a line not ending in a digit is not looked
    at further (most are not, and the pattern is slow on a long sentence)."""
    return len(text) <= CONTENTS_ROW_LENGTH and text[-1:].isdigit() and \
        _CONTENTS_ROW.match(text) is not None


_FOOTNOTE = re.compile(r"^(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\])\s?\S")

_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z)])(?:[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}|"
                            r"\[\d{1,3}\])(?=[\s.,;:]|$)")

REPEATS_FOR_FURNITURE = 3
REPEATED = "a running header or footer"

# A contents entry that names a priority by its label: "Strategic Priority Theme -
# Connected Communities ..... 12", "Objective 2: Safer streets ..... 9".
_CONTENTS_PRIORITY = re.compile(
    r"^(?P<label>(?-i:[A-Z]{2,4}\s)?"  # an objective's own short label: "BS Objective: …"
    r"(?:(?:strategic|key|corporate|council|well-?being|our|local)\s)*"
    r"(?:priority|theme|objective|outcome|aim|ambition|goal|pillar)s?"
    r"(?:\s(?:area|theme|objective|outcome))?(?:\s(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten))?)\s?[-\u2013\u2014:]\s?(?P<name>\w.{1,250}?)\s*$",
    re.IGNORECASE)

# ("Improving health in Salford (pledge 1)": the label after the name, in brackets)
_LABEL_AFTER = re.compile(r"^(?P<name>\w.{1,200}?)\s\((?P<label>(?:priority|theme|objective|"
                          r"outcome|aim|ambition|goal|pledge|commitment)\s(?:\d{1,2}|[ivx]{1,4}))"
                          r"\)$", re.IGNORECASE)

_LEADER = re.compile(rf"\s?{LEADER_DOTS}\s?\d{{1,3}}$")  # ". . . . 28" too

CONTENTS_ENTRIES = 5
CONTENTS_LINE = "a line of the contents list"


def contents_page_numbers(lines: list[_Line]) -> None:
    """A contents page pasted from a PDF viewer: titles followed by their page numbers,
    rising down the page ("Visitor Experience 42" / "Outcome 5: Recreation 48"). Five or
    more such lines, their numbers mostly rising, lose the numbers."""
    entries = [(index, number) for index, line in enumerate(lines)
               if line.kind in ("prose", "item") and len(line.text) <= 200
               and (number := page_number_at_end(line.text))]
    if len(entries) < CONTENTS_ENTRIES:
        return
    if not mostly_rising([number for _, number in entries]):
        return
    for index, _number in entries:  # (and the word "page" before it: "… base page 12")
        lines[index].text = _PAGE_WORD.sub("", lines[index].text.rstrip().rsplit(maxsplit=1)[0])
    run = [index for index, _ in entries]
    if not (_labelled_entries(run, lines) or _entries_under_the_lists_name(run, lines)
            or _sub_entries_of_the_lists_name(run, lines)):
        _contents_after_its_priorities(run, lines)
        if _under_a_contents_heading(lines, run[0]):
            for index in run:  # "1. Mission Statement 3": a numbered entry, not an item
                lines[index] = _Line("skip", lines[index].text, reason=CONTENTS_LINE)


_PAGE_WORD = re.compile(r"\s(?:page|pg|p\.)$")  # (not "Plan on a Page 7": a section)

_CONTENTS_HEADING = re.compile(r"^(?:table of )?contents?:?$|^cynnwys$", re.IGNORECASE)


def _under_a_contents_heading(lines: list[_Line], start: int) -> bool:
    """Whether the line just before ``start`` (past blank lines) is "Contents"."""
    before = next((line for line in reversed(lines[max(0, start - 3):start])
                   if line.kind != "blank"), None)
    return before is not None and bool(_CONTENTS_HEADING.match(before.text.strip()))


# A contents entry's chapter before its label: "Chapter 5 - Theme 1: Giving Every Child …"
# (or a space alone: "Section 4 Theme 1: Economic Development 26")
_CHAPTER = re.compile(r"^(?:chapter|section|part)\s(?:\d{1,2}|[ivx]{1,4})"
                      r"(?:\s?[-\u2013\u2014:.]\s?|\s)", re.IGNORECASE)
# The label's number ("Theme 1", "Objective iv", "Priority One"): a plain "Theme:" is a
# section's name, not one of a numbered set
_NUMBERED = re.compile(r"\d|\b[ivx]{1,4}\b|\b(?:one|two|three|four|five|six|seven|eight|"
                       r"nine|ten)\b", re.IGNORECASE)


def _labelled_entries(run: list[int], lines: list[_Line]) -> bool:
    """Two or more entries that label a priority ("Chapter 5 - Theme 1: Giving Every Child
    the Best Start") are the priorities, without chapter, label and page number; the
    other entries are left out. False when fewer than two entries are labelled so."""
    found = {}
    # entries already read as labels ("Well-being Objective 1 - …"), when the run is
    # only those and plain lines; a list whose items end in numbers ("Theme 1: Topic 1"
    # over "- Outcome 1") is not a contents page
    items = {lines[index].sig for index in run if lines[index].kind == "item"}
    labels = items if len(items) == 1 and next(iter(items))[:1] == ("label",) else set()
    if not labels:  # ("Aim 4: … 21", then the appendices' own numbers: "1. Commissioners 27")
        labels = _labels_before_other_items(run, lines)
    for index in run:
        line = lines[index]
        if line.kind == "item" and line.sig in labels:
            # (labels of two levels, "Outcome 1:" over "Priority 1.1:", keep their tree)
            found[index] = line.text
            continue
        if line.kind != "prose":
            continue
        entry = _CONTENTS_PRIORITY.match(_CHAPTER.sub("", line.text.strip())) or \
            _LABEL_AFTER.match(line.text.strip())
        if entry and _NUMBERED.search(entry.group("label")):
            found[index] = entry.group("name")
    if len(found) < 2:
        found = _entries_with_a_short_label(run, lines)
    if len(found) < 2:
        return False
    for index in run:
        lines[index] = _Line("item", found[index], ("contents",), announced=True) \
            if index in found else _Line("skip", lines[index].text, reason=CONTENTS_LINE)
    return True


def _labels_before_other_items(run: list[int], lines: list[_Line]) -> set[tuple[object, ...]]:
    """The one kind of label two or more entries carry, when every other item among the
    entries comes after the last of them (a numbered list of appendices); else none."""
    kinds = [(at, lines[index].sig) for at, index in enumerate(run)
             if lines[index].kind == "item"]
    labelled = [at for at, sig in kinds if sig[:1] == ("label",)]
    if len(labelled) < 2 or len({sig for _, sig in kinds if sig[:1] == ("label",)}) != 1 or \
            any(at < labelled[-1] for at, sig in kinds if sig[:1] != ("label",)):
        return set()
    return {lines[run[labelled[0]]].sig}


# "3.1 SCP 1 – Improving Population Health": a short label of capitals and its number
_SHORT_LABEL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})* )?(?P<label>[A-Z]{2,5}) ?\d{1,2} ?"
                          r"[-\u2013\u2014:] ?(?P<name>\w.{1,100})$")


def _entries_with_a_short_label(run: list[int], lines: list[_Line]) -> dict[int, str]:
    """Entries whose names one short label numbers, two or more ("SCP 1 – …", "SCP 2 –
    …", for a health board's strategic change programmes): {index: name}."""
    labelled = {index: entry for index in run if lines[index].kind in ("prose", "item")
                and (entry := _SHORT_LABEL.match(lines[index].text.strip()))}
    labels = Counter(entry.group("label") for entry in labelled.values())
    return {index: entry.group("name").strip() for index, entry in labelled.items()
            if labels[entry.group("label")] >= 2}


def contents_numbers_first(lines: list[_Line]) -> None:
    """A contents page that gives each page number first ("07 Our priorities" / "08
    Supporting safe and thriving communities" / "10 Protecting the environment"): five
    or more such lines in a row, the numbers rising, lose them; when one entry only
    names the list ("Our priorities"), the entries after it to the end of the page are
    the priorities, and the others are left out."""
    run: list[int] = []
    last = 0  # the page number of the run's last entry
    numbers: list[int] = []  # the run's numbers
    named = None  # the line before the run, when it only names the list ("OBJECTIVES")
    for index, line in enumerate([*lines, _Line("prose", "")]):
        if line.kind in ("blank", "skip"):
            continue
        number = _number_first(line)
        if number is None and run:
            number = _number_inside(line)  # "COMMUNICATION & 17 DEVELOPMENT": moved in
        if number is not None and (not run or number >= last):
            if not run and named is not None:
                run.append(named)
            run.append(index)
            last = number
            numbers.append(number)
            continue
        if run and line.kind == "prose" and generic_heading(line.text):
            run.append(index)  # "Our priorities:" over the entries that are (no number)
            continue
        if run and line.kind == "prose" and line.text.strip()[:1].islower() and \
                len(line.text) <= ENTRY_TAIL_CHARS:
            # ("3 Introduction from the Police and Crime Commissioner" / "and Chief
            # Constable": an entry's name carried on to the next line)
            lines[run[-1]].text = f"{lines[run[-1]].text.rstrip()} {line.text.strip()}"
            lines[index] = _Line("skip", line.text, reason=CONTENTS_LINE)
            continue
        # (numbered 1, 2, 3 … in turn: a list that lost its full stops, not page numbers)
        if len(run) >= CONTENTS_ENTRIES and numbers != list(range(1, len(numbers) + 1)):
            _read_numbers_first(run, lines)
        run, last = ([index], number) if number is not None else ([], 0)
        numbers = [number] if number is not None else []
        named = index if line.kind == "prose" and generic_heading(line.text) else None


ENTRY_TAIL_CHARS = 60  # the most a contents entry carries on to its next line


# A page number, then a priority's label alone: "47 OUTCOME 1", "12 Theme 2"
_LABEL_ENTRY = re.compile(r"^\d{1,3} +(?:theme|outcome|priority|objective|aim|goal|ambition|"
                          r"pillar) +(?:\d{1,2}|[ivx]{1,4})$", re.IGNORECASE)
ENTRY_NAME_LINES = 2  # the most lines a contents entry's name wraps over


def labels_over_their_names(lines: list[_Line]) -> None:
    """A contents entry set as its page number and label over the name ("47 OUTCOME 1" /
    "Helping people find housing support and" / "solutions"): one entry, "47 OUTCOME 1:
    Helping people find housing support and solutions", as other contents pages give it."""
    for index, line in enumerate(lines):
        if line.kind != "prose" or not _LABEL_ENTRY.match(line.text.strip()):
            continue
        names = next_lines(lines, index + 1, most=ENTRY_NAME_LINES)
        if not names or not _a_name_line(lines[names[0]]):
            continue
        if len(names) > 1 and not (lines[names[1]].kind == "prose"
                                   and lines[names[1]].text[:1].islower()):
            names = names[:1]  # (the name wrapped: "… housing support and" / "solutions")
        line.text = f"{line.text.strip()}: {' '.join(lines[at].text.strip() for at in names)}"
        for at in names:
            lines[at] = _Line("skip", lines[at].text, reason=CONTENTS_LINE)


def _a_name_line(line: _Line) -> bool:
    """Whether a line can be the name under a label entry: plain, no page number first."""
    return line.kind == "prose" and line.text[:1].isupper() and \
        _number_first(line) is None and not _LABEL_ENTRY.match(line.text.strip())


def _number_first(line: _Line) -> int | None:
    """The page number a contents entry starts with ("08 Supporting …"), else None."""
    if line.kind != "prose" or len(line.text) > 200:
        return None
    first, _, rest = line.text.strip().partition(" ")
    opening = rest.lstrip("\u201c\"\u2018'")  # ("9 “Super Six” strategic aims")
    start, dash, end = first.replace("\u2013", "-").partition("-")  # ("6-7 Priority 1: …")
    if dash and not (is_page_number(end) and is_page_number(start) and int(end) > int(start)):
        return None
    return int(start) if is_page_number(start) and opening[:1].isupper() else None


def _number_inside(line: _Line) -> int | None:
    """The page number a PDF's text moved inside a contents entry ("COMMUNITY
    CONSULTATION, ENGAGEMENT, COMMUNICATION & 17 DEVELOPMENT"), else None."""
    words = line.text.split() if line.kind == "prose" and len(line.text) <= 200 else []
    inside = [word for word in words[1:-1] if is_page_number(word)]
    return int(inside[0]) if len(inside) == 1 and line.text.isupper() else None


def _read_numbers_first(run: list[int], lines: list[_Line]) -> None:
    """Take the page numbers off a run of entries, and read the entries under one that
    only names the list as the priorities."""
    for index in run:
        if _number_first(lines[index]) is not None:
            lines[index].text = lines[index].text.strip().partition(" ")[2]
        elif _number_inside(lines[index]) is not None:
            words = lines[index].text.split()
            at = next(at for at, word in enumerate(words) if at and is_page_number(word))
            lines[index].text = " ".join(words[:at] + words[at + 1:])
    # ("47 OUTCOME 1: Helping people find housing support …": labelled entries)
    if not _labelled_entries(run, lines):
        _entries_under_the_lists_name(run, lines)


def _entries_under_the_lists_name(run: list[int], lines: list[_Line],
                                  names: dict[int, str] | None = None,
                                  parts: frozenset[int] = frozenset(),
                                  numbered: bool = False) -> bool:
    """When one contents entry only names the list ("Our strategic priorities"), the
    two or more entries after it, up to the document's back matter ("Measuring
    Performance", "Appendices"), are the priorities and the rest of the contents is
    left out. False when no entry names the list so. ``names`` gives an entry's name
    where its line holds more (dot leaders and a page number); ``parts`` are the
    contents' own headings ("Part 3 : KPIs and Strategic Risks"), each ending the
    entries of the part before it; ``numbered``: entries may be numbered list items
    ("2.1 Financial Objectives ...... 10"), their dot leaders showing what they are."""
    names = names or {}

    def name(index: int) -> str:
        return names.get(index, lines[index].text)

    if _entries_an_entry_lists(run, lines, name):
        return True
    named = [at for at, index in enumerate(run) if lines[index].kind == "prose"
             and _names_the_list(name(index))]
    # ("Our Commitment 4" names one section; "Themes 5" after it names the list)
    generic = next((at for at in named if _names_several(name(run[at]))),
                   named[0] if named else None)
    if generic is None:
        return False
    end = next((at for at in range(generic + 1, len(run))
                if BACK_MATTER.match(name(run[at])) or run[at] in parts), len(run))
    counted = _count_in_name(name(run[generic]))  # ("“Super Six” strategic aims")
    if generic + 1 + counted <= len(run) and end < generic + 1 + counted and not any(
            run[at] in parts for at in range(generic + 1, generic + 1 + counted)):
        end = generic + 1 + counted  # ("Governance & commercial" is one of the six)
    if end - generic - 1 < 2 or any(lines[index].kind != "prose" and not numbered
                                    for index in run[generic + 1:end]):
        return False  # a list's items ("- Outcome 3") are not a contents page's entries
    for at, index in enumerate(run):
        # (a second list's name, "The Police and Crime Objectives:", holds its entries)
        entry = generic < at < end and not _names_the_list(name(index))
        lines[index] = _Line("item", name(index), ("contents",), announced=True) \
            if entry else _Line("skip", lines[index].text, reason=CONTENTS_LINE)
    return True


def _sub_entries_of_the_lists_name(run: list[int], lines: list[_Line]) -> bool:
    """A numbered entry that names the list ("6. Strategic Objectives 10") over two or
    more entries numbered a level down ("6.1 Encouraging Collaboration … 11"): those
    are the priorities, and the rest of the contents is left out. False when no
    numbered entry names the list so."""
    for at, index in enumerate(run):
        line = lines[index]
        if line.kind != "item" or line.sig[:1] != ("dec",) or not _names_the_list(line.text):
            continue
        under: list[int] = []
        for entry in run[at + 1:]:
            if lines[entry].kind != "item" or lines[entry].sig != ("dec", line.sig[1] + 1):
                break
            under.append(entry)
        if len(under) < 2:
            continue
        for entry in run:
            lines[entry] = _Line("item", lines[entry].text, ("contents",), announced=True) \
                if entry in under else _Line("skip", lines[entry].text, reason=CONTENTS_LINE)
        return True
    return False


# "Outcomes for Nature, People and Place": an entry naming the priorities one by one
_LISTING_ENTRY = re.compile(r"^(?:[\w'\u2019&-]+ ){0,4}(?:priorities|objectives|outcomes|themes|"
                            r"aims|goals|ambitions|commitments|pillars)(?: for| of|:| -| \u2013)"
                            r" (?P<names>[^.:;]{3,150})$", re.IGNORECASE)


def _entries_an_entry_lists(run: list[int], lines: list[_Line],
                            name: Callable[[int], str]) -> bool:
    """An entry that names the priorities one by one ("Outcomes for Nature, People and
    Place") followed by an entry for each of them: those entries are the priorities,
    and the rest of the contents is left out."""
    for at, index in enumerate(run):
        listing = _LISTING_ENTRY.match(name(index).strip())
        if listing is None or lines[index].kind != "prose":
            continue
        names = [part.strip() for part in re.split(r",|\band\b|&", listing.group("names"))
                 if part.strip()]
        after = run[at + 1:at + 1 + len(names)]
        if len(names) < 2 or len(after) < len(names) or [
                name(i).strip().lower() for i in after] != [n.lower() for n in names]:
            continue
        for index_ in run:
            lines[index_] = _Line("item", name(index_).strip(), ("contents",), announced=True) \
                if index_ in after else _Line("skip", lines[index_].text, reason=CONTENTS_LINE)
        return True
    return False


# "The Police and Crime Objectives:": a contents entry naming a list of priorities
_LIST_NAME = re.compile(r"^(?:[\w'\u2019&-]+ ){0,5}(?:priorities|objectives|outcomes|themes|"
                        r"aims|goals|ambitions|commitments)\s?:$", re.IGNORECASE)


# A contents page's part label: "Part 2 : Strategic Objectives", "Section 5: Key priorities"
# A part's number: "Part 2", "Section IV", "Chapter One"
PART_NUMBER = r"(?:part|section|chapter) (?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|" \
    r"seven|eight|nine|ten)"
_PART_LABEL = re.compile(rf"^{PART_NUMBER} ?[:\u2013\u2014-] ?", re.IGNORECASE)
# "2.1 Financial Objectives ...... 10": the entry's section number
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+ +(?=\S)")


def _names_the_list(text: str) -> bool:
    """Whether a contents entry only names the list after it ("Our priorities", "The
    Strategic Outcomes", "The Police and Crime Objectives:", "Part 2 : Strategic
    Objectives")."""
    text = _NICKNAME.sub("", _PART_LABEL.sub("", text.strip()))
    return generic_heading(text) or bool(_LIST_NAME.match(text))


def _count_in_name(name: str) -> int:
    """The number a list's name gives ("Our six priorities", "“Super Six” strategic
    aims"), or 0."""
    for word in fold(name).replace("\u201c", " ").replace("\u201d", " ").split():
        number = NUMBER_WORD_VALUES.get(word.strip("\"'\u2018\u2019:"), 0)
        if 2 <= number <= 20:
            return number
    return 0


# A list's nickname in quotes before what it is: "“Super Six” strategic aims"
_NICKNAME = re.compile("^[\u201c\"\u2018'][^\u201d\"\u2019']{1,30}[\u201d\"\u2019'] ")


def _names_several(text: str) -> bool:
    """Whether a name of a list is plural ("Themes", "Our priorities"), not one section's
    name ("Our Commitment")."""
    return text.strip(" :").casefold().endswith("s")


CHAPTER_ENTRIES = 2


def chapter_lists(lines: list[_Line]) -> None:
    """A list of a report's chapters ("• Chapter 1 – A Prosperous Mold" / … / "• Appendix 1
    – Mold Town Councillors"): each chapter is named without its label, and the back
    matter after the chapters is left out as the rest of the contents."""
    runs: list[list[int]] = []  # the items of each list, in one pass over the lines
    for at, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "item" and not line.heading and runs and runs[-1] and \
                lines[runs[-1][-1]].sig == line.sig:
            runs[-1].append(at)
        else:
            runs.append([at] if line.kind == "item" and not line.heading else [])
    for run in runs:
        labelled = [at for at in run if _PART_LABEL.match(lines[at].text)]
        if len(labelled) < CHAPTER_ENTRIES:
            continue
        for at in labelled:
            lines[at].text = _PART_LABEL.sub("", lines[at].text)
        for at in run[run.index(labelled[-1]) + 1:]:
            if BACK_MATTER.match(lines[at].text):
                lines[at] = _Line("skip", lines[at].text, reason=CONTENTS_LINE)
        _the_rest_of_the_contents(lines, run)


CONTENTS_ENTRY_WORDS = 12
LABELLED_ENTRIES = 2


def labelled_entries_in_contents(lines: list[_Line]) -> None:
    """A contents list without page numbers ("Foreword" / "Introduction" / "Key Theme 1:
    Education and Awareness" / … / "Conclusion" / "Annex 1 - Action plan"), one entry a
    line: the entries labelled as priorities are the priorities, and the others are the
    rest of the contents."""
    index = 0
    while index < len(lines):
        run = _entries_from(lines, index)
        index = run[-1] + 1 if run else index + 1
        labelled = [at for at in run if lines[at].sig[:1] == ("label",)
                    and lines[at].hint == "theme"]
        if len(run) < CONTENTS_ENTRIES or len(labelled) < LABELLED_ENTRIES or \
                not any(is_skip_heading(lines[at].text) for at in run) or \
                any(lines[at].text.rstrip()[-1:].isdigit() for at in run):
            continue  # (with page numbers, the contents-page passes read it)
        kept = set(labelled)
        for at in run:
            if at not in kept:
                lines[at] = _Line("skip", lines[at].text, reason=CONTENTS_LINE)


def _entries_from(lines: list[_Line], start: int) -> list[int]:
    """The short lines in a row from ``start``, no blank line between: plain lines and
    labelled ones, none ending as a sentence does."""
    run: list[int] = []
    at = start
    while at < len(lines) and (lines[at].kind == "prose" or (
            lines[at].kind == "item" and lines[at].sig[:1] == ("label",))) and \
            _words(lines[at].text) <= CONTENTS_ENTRY_WORDS and \
            not lines[at].text.rstrip().endswith((".", ":", ";", ",")):
        run.append(at)
        at += 1
    return run


CONTENTS_SPAN = 200  # lines each way: a contents list is a page or two


def _the_rest_of_the_contents(lines: list[_Line], chapters: list[int]) -> None:
    """The chapters set under one entry of a numbered contents list ("4. Our Goals:-" /
    "• Chapter One: A prosperous …" / … / "5. A Competent Council"): the list's other
    entries, and the points under them, are the rest of the report's contents."""
    parent = line_before(lines, chapters[0])
    if parent is None or lines[parent].kind != "item" or lines[parent].heading or \
            lines[parent].sig[:1] != ("dec",):
        return
    outer = lines[parent].sig
    span = []
    for step, stop in ((-1, max(-1, parent - CONTENTS_SPAN)),
                       (1, min(len(lines), chapters[-1] + CONTENTS_SPAN))):
        at = parent + step
        while at != stop and (lines[at].kind in ("blank", "item") and not lines[at].heading):
            span.append(at)
            at += step
    entries = [at for at in span if lines[at].sig == outer]
    if len(entries) + 1 < CONTENTS_ENTRIES:
        return
    kept = set(chapters)
    for at in [parent, *span]:
        if lines[at].kind == "item" and at not in kept:
            lines[at] = _Line("skip", lines[at].text, reason=CONTENTS_LINE)


def contents_with_leaders(lines: list[_Line]) -> None:
    """A contents page whose entries run to their page numbers along dot leaders
    ("The Strategic Outcomes ......... 06"): when an entry names the list, the entries
    after it are the priorities, as on a contents page without leaders; otherwise the
    rows are left alone (and left out later as contents lines)."""
    run = [index for index, line in enumerate(lines)
           if (line.kind == "prose" or (line.kind == "item" and not line.heading))
           and _a_contents_row(line.text)]
    if len(run) < CONTENTS_ENTRIES:
        return
    # the contents' own part headings, without page numbers, between its rows
    parts = frozenset(index for index in range(run[0], run[-1]) if index not in run and
                      lines[index].kind == "prose" and _PART_LABEL.match(lines[index].text))
    names = {index: _SECTION_NUMBER.sub("", _LEADER.sub("", lines[index].text).strip())
             for index in run}
    _entries_under_the_lists_name(sorted([*run, *parts]), lines, names, parts, numbered=True)


# The sections a document ends with, after its priorities: a contents page's priorities
# stop at the first of them ("Governance 33", "Appendix 1: Financial Summary 52")
BACK_MATTER = re.compile(r"^(?:appendi(?:x|ces)|annex(?:es)?|glossary|governance|references|"
                         r"performance (?:and|&|management|monitoring|reporting)|"
                         r"bibliography|acknowledg(?:e)?ments|index|contacts?\b|"
                         r"further information|financial (?:summary|information|plan)|"
                         r"(?:outline |indicative |our )?budgets?$|"
                         r"(?:measuring|monitoring) (?:our )?(?:performance|progress|success)|"
                         r"(?:delivering|implementing) (?:the|this|our) (?:strategy|plan)|"
                         r"monitoring and (?:review|evaluation)|next steps|"
                         r"how we will (?:deliver|measure|monitor|get there|make it happen)|"
                         # "Making the Vision a Reality 26", "Putting the plan into action"
                         r"making (?:the|our|this) (?:vision|plan|strategy) (?:a )?reality|"
                         # "Supporting our priorities 36", "Engaging with us 46"
                         r"(?:supporting|delivering|achieving) (?:our|the|these) priorities$|"
                         r"engaging with (?:us|you)|"
                         r"making it happen|putting (?:the|our|this) (?:plan|strategy) into "
                         r"(?:action|practice))\b",
                         re.IGNORECASE)


def _contents_after_its_priorities(entries: list[int], lines: list[_Line]) -> None:
    """Labelled entries one after another ("Priority – Counter Terrorism 35") are the
    priorities; the entries after the last ("Acknowledgements 41") are the contents'
    later sections, not its outcomes."""
    labelled = [at for at, index in enumerate(entries) if lines[index].sig[:1] == ("label",)]
    if len(labelled) < 2 or labelled[-1] - labelled[0] != len(labelled) - 1:
        return
    for index in entries[labelled[-1] + 1:]:
        if lines[index].kind == "prose":
            lines[index] = _Line("skip", lines[index].text, reason=CONTENTS_LINE)


BREADCRUMB_WORDS = 8

BREADCRUMB_START = 8


def breadcrumb_trail(lines: list[_Line]) -> None:
    """A web page's breadcrumb trail near its top: "Home", then short lines up to a blank
    or longer line ("Council spending" / "Social Value Policy" / "Social Value Policy -
    Policy Context"). All but the last (the page's own title) are left out."""
    # (the site's menus before it, already left out, do not count)
    near_top = [i for i, line in enumerate(lines) if line.kind != "blank" and not (
        line.kind == "skip" and line.text.strip().lower() != "home")][:BREADCRUMB_START]
    home = next((i for i in near_top if lines[i].kind == "skip"
                 and lines[i].text.strip().lower() == "home"), None)
    if home is None:
        return
    trail: list[_Line] = []
    for after in lines[home + 1:]:  # (a trail set as a numbered list: "1. Home" / "2. …")
        if after.kind not in ("prose", "item") or _words(after.text) > BREADCRUMB_WORDS or \
                after.text.rstrip().endswith((".", ":", ";", ",", "?", "!")) or (
                    after.kind == "item" and (after.sig[:1] == ("label",) or any(
                        step.kind == "prose" for step in trail))):
            break  # ("Priority 3 – Preventing Violent Crime" under the trail is the page's)
        trail.append(after)
    for step in trail[:-1]:
        step.kind, step.reason = "skip", WEB_DEBRIS
    if trail and trail[-1].kind == "item":  # the page's own place in the trail: its title
        trail[-1].kind = "prose"


def priorities_in_contents(lines: list[_Line]) -> None:
    """Two or more contents entries labelled as priorities ("Strategic Priority Theme -
    Connected Communities ..... 12") name the priorities: a PDF's contents page is
    often all of the document a paste holds."""
    found: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if line.kind in ("prose", "item") and _a_contents_row(line.text):
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


def drop_debris(line: _Line) -> _Line:
    """The line left out if it is debris, a contents row or a footnote; an item loses its
    footnote markers."""
    if line.kind not in ("prose", "item"):
        return line
    reason = debris_reason(line.text)
    if not reason and _a_contents_row(line.text):
        reason = CONTENTS_LINE
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


def _may_be_furniture(line: _Line) -> bool:
    """A short prose line that could be a running header, not a lead-in or a label."""
    return line.kind == "prose" and _words(line.text) <= 12 and \
        not line.text.endswith(":") and not label_alone(line.text)


def drop_repeats(lines: list[_Line]) -> None:
    """A short line that comes back three times or more is a running header or footer,
    with or without the page number a PDF sets beside it ("02 ANNUAL REPORT 2013/14",
    "ANNUAL REPORT 2013/14 03"); a lead-in before each theme's list ("Our priorities
    are to:") is not, nor is a label alone over each priority ("Priority 1", "Priority 2")."""
    counts: dict[str, int] = {}
    numbered: dict[str, set[str]] = {}  # the page numbers each repeated line was seen with
    for line in lines:  # list items may repeat ("Number of volunteers"): prose only
        if _may_be_furniture(line):
            key = _without_page_number(line.text)
            counts[key] = counts.get(key, 0) + 1
            if key != line.text.strip():
                numbered.setdefault(key, set()).add(line.text.strip())
    for index, line in enumerate(lines):
        key = _without_page_number(line.text)
        # twice is enough when each time a different page number stands beside it
        if _may_be_furniture(line) and (counts.get(key, 0) >= REPEATS_FOR_FURNITURE or
                                         len(numbered.get(key, ())) >= 2):
            lines[index] = _Line("skip", line.text, reason=REPEATED)


# " - How are we doing?", " – Read more": a link's words after each item's own
_LINK_SUFFIX = re.compile(r"\s[-\u2013\u2014]\s((?:[\w'\u2019]+ ){0,5}[\w'\u2019]+\W?)$")
LINKED_ITEMS = 3


def link_after_each_item(lines: list[_Line]) -> None:
    """The same few words after a dash at the end of every item of a list, three or more
    ("Priority 1: Encouraging sustainable economic growth - How are we doing?"): a
    link a web page set beside each item, not part of its name; they are taken off."""
    for _sig, group in itertools.groupby(
            (index for index, line in enumerate(lines) if line.kind != "blank"),
            key=lambda index: lines[index].sig if lines[index].kind == "item" else None):
        run = list(group)
        if _sig is None or len(run) < LINKED_ITEMS:
            continue
        found = [_LINK_SUFFIX.search(lines[at].text) for at in run]
        if all(found) and len({match.group(1) for match in found if match}) == 1:
            for at, match in zip(run, found, strict=True):
                if match:
                    lines[at].text = lines[at].text[:match.start()]


# The seven aspects of improvement the Local Government Act (Northern Ireland) 2014 sets
# out: every Northern Irish council's improvement plan lists them before its own
# objectives, and they are the law's words, not the council's priorities.
STATUTORY_ASPECTS = frozenset((
    "strategic effectiveness", "service quality", "service availability", "fairness",
    "sustainability", "efficiency", "innovation"))
ASPECTS_IN_A_LIST = 5
ASPECTS_REASON = "the aspects of improvement the law sets out, not the council's own objectives"


ASPECT_LINE_CHARS = 120
# Longest first, so "service quality" is taken before a shorter name inside another
_ASPECTS_LONGEST_FIRST = sorted(STATUTORY_ASPECTS, key=len, reverse=True)


def _aspects_named(text: str) -> int:
    """How many statutory aspects a line names when it names nothing else: one, or two
    or three where a page set them in a grid ("Strategic Effectiveness Fairness
    Efficiency"); 0 for any other line."""
    rest = f" {' '.join(text.casefold().replace(',', ' ').strip(' .;').split())} "
    count = 0
    for aspect in _ASPECTS_LONGEST_FIRST:
        while f" {aspect} " in rest:
            rest = rest.replace(f" {aspect} ", " ", 1)
            count += 1
    return count if not rest.strip() else 0


def statutory_aspects(lines: list[_Line]) -> None:
    """A list of five or more of the seven statutory aspects of improvement is left out
    when the text has other items (the council's own objectives) as well; so are their
    lines when a copy dropped the list's bullets."""
    named = {index: _aspects_named(line.text) for index, line in enumerate(lines)
             if line.kind in ("item", "prose") and len(line.text) <= ASPECT_LINE_CHARS}
    aspects = [index for index, count in named.items() if count]
    if sum(named[index] for index in aspects) < ASPECTS_IN_A_LIST:
        return
    taken = set(aspects)
    if not any(line.kind == "item" and index not in taken for index, line in enumerate(lines)):
        return
    for index in aspects:
        lines[index] = _Line("skip", lines[index].text, reason=ASPECTS_REASON)
