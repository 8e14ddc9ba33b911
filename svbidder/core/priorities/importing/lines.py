"""Step 1 of importing priorities: classify each line of text (or Word paragraph).

A line is a heading (Markdown ``#``, underlined, bold or a short line that
introduces a list), a list item (``1.``, ``1.1``, ``a)``, ``i)``, ``(b)``,
``A.``, bullets), a labelled line ("Theme 1:", "Priority A –", "Outcome:",
Welsh "Thema", "Blaenoriaeth", "Canlyniad"…), a table row, or prose.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ...text.search import fold
from .model import MAX_LINE_CHARS

# -------------------------------------------------------------- vocabulary
_THEME_WORDS = ("theme", "themes", "priority", "priorities", "mission", "pillar", "goal",
                "key priority", "key theme", "priority area",
                "ambition", "strand", "principle", "commitment", "focus area", "area of focus",
                "strategic priority", "strategic theme", "social value theme",
                "thema", "blaenoriaeth", "nod", "cenhadaeth", "egwyddor")
_OUTCOME_WORDS = ("outcome", "policy outcome", "social value outcome", "social value outcomes",
                  "objective", "aim", "sub-priority", "well-being objective",
                  "wellbeing objective", "improvement objective", "strategic objective",
                  "corporate objective", "council objective", "equality outcome",
                  "equality objective",
                  "what we want to see", "what we want", "we want", "canlyniad", "amcan")
_MEASURE_WORDS = ("measure", "measures", "kpi", "indicator", "metric", "target",
                  "how we will measure", "mesur", "dangosydd", "targed")

_REF_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_LABEL = re.compile(
    r"^(?P<word>" + "|".join(sorted((re.escape(w) for w in
                                      (*_THEME_WORDS, *_OUTCOME_WORDS, *_MEASURE_WORDS)),
                                     key=len, reverse=True)) + r")"
    r"(?:\s+(?P<ref>(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|" + _REF_WORDS + r"|[A-Za-z](?:\d{1,2})?|"
    r"[ivxIVX]{1,5})))?"
    # (a full stop that is not part of the number: "Outcome 1.1 Children …" is 1.1)
    # ("Improvement Objective 1 • We will …": a bullet the layout set after the label)
    r"\s*(?:[:\u2013\u2014|)\u2022-]|\.(?!\d)|\s-\s)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Objective One" or "Priority 3" alone on its line: the priority itself follows it.
_LABEL_ALONE = re.compile(
    r"^(?:strategic\s+|corporate\s+|improvement\s+|well-?being\s+|equality\s+)?"
    r"(?P<word>priority|objective|outcome|goal|aim|commitment|theme|ambition|pledge|mission)"
    r"\s+(?P<ref>\d{1,2}|" + _REF_WORDS + r"|[A-Z])\s*[:.\u2013\u2014-]?$",
    re.IGNORECASE,
)
_LABEL_NUMBERED_ONLY = re.compile(
    r"^(?P<word>" + "|".join(re.escape(w) for w in ("theme", "priority", "mission", "goal",
                                                     "outcome", "objective", "pillar",
                                                     "thema", "blaenoriaeth", "nod",
                                                     "canlyniad", "amcan")) + r")"
    # "Priority 1 Jobs", not "Objective 4 has been established …" (a sentence)
    r"\s+(?P<ref>\d{1,3}(?:\.\d{1,3})*(?: ?& ?\d{1,3})?|[A-Z])\s+(?P<rest>(?-i:[^\sa-z&]).*)$",
    re.IGNORECASE,
)

# Headings of sections saying why the priorities were chosen (skipped even naming them)
_WHY_CHOSEN = ("why have we chosen", "why we have chosen", "why we chose")
# Headings of sections that are about the document, not priorities.
_SKIP_SECTIONS = (
    "introduction", "intro", "foreword", "preface", "background", "context", "purpose",
    "about this", "about us", "about the council", "contents", "table of contents",
    "executive summary", "summary", "overview", "contact", "contacts", "contact us",
    "contact details", "further information", "more information", "for more information",
    "get in touch", "glossary", "definitions", "appendix", "appendices", "annex",
    "document control", "version control", "version history", "document history",
    "review", "review date", "next steps", "how to use this", "how to use", "references",
    "acknowledgements", "legal", "legislation", "policy statement", "scope",
    "what is social value", "why social value matters", "why is social value important",
    "our vision", "vision", "equality impact", "monitoring and reporting", "governance",
    "how we will measure", "how we measure", "measuring success", "monitoring",
    "how will we measure", "how will we know", "how we work",
    # (how the priorities will be met, or why they were chosen: not one of them)
    "how will we do this", "how we will do this", "how will we get there",
    "how will we achieve this", "how will we achieve these", *_WHY_CHOSEN,
    "how we will monitor", "reporting",
    "recommendation", "recommendations", "approval pathways", "approved by", "author",
    "report author", "report by", "meeting date", "date of meeting",
    "notes to editors", "note to editors", "editors' notes", "editor's notes", "notes for editors",
    "media enquiries", "press enquiries", "related pages", "related documents", "related links",
    "related content", "related information", "useful links", "see also",
    "cyflwyniad", "rhagair", "cefndir", "cynnwys", "cysylltu", "cysylltwch", "cysylltu a ni",
    "rhagor o wybodaeth", "geirfa", "atodiad", "diben", "crynodeb",
)
_SKIP_SECTION = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_SKIP_SECTIONS, key=len, reverse=True))
    + r")\b", re.IGNORECASE)

# A heading with one of these words is about priorities, whatever else it says
# ("Summary of our priorities").
_PRIORITY_WORDS = re.compile(r"priorit|theme|outcome|objective|goal|commitment|ambition|"
                             r"blaenoriaeth|thema|canlyniad|amcan")

def is_skip_heading(text: str) -> bool:
    """Whether a heading names a section about the document ("Introduction", "Executive
    Summary"), not priorities; one saying why they were chosen is, even naming them.
    Bilingual headings ("Cyflwyniad / Introduction") are skipped when either half is."""
    for part in re.split(r"\s[/|]\s", text):
        cleaned = re.sub(r"^[\d.()\s]+", "", fold(part)).strip(" :")
        if _SKIP_SECTION.match(cleaned) and _words(cleaned) <= 8 and \
                (not _PRIORITY_WORDS.search(cleaned) or cleaned.startswith(_WHY_CHOSEN)):
            return True
    return False


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_PHONE = re.compile(r"(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# a web address without its "www.": "southwark.gov.uk", "nhsgrampian.org"
_DOMAIN = re.compile(r"[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){0,3}\.(?:uk|com|org|net|wales|scot|"
                     r"gov|info)(?:/\S{0,100})?", re.IGNORECASE)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_FOOTER = re.compile(
    r"^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+|©|copyright\b|\(c\)\s|published[:\s]|"
    r"(?:page |this page was )?last (?:updated|reviewed|modified)\b|review date\b|"
    r"version\s+\d|date of (?:issue|publication)|"
    r"document (?:owner|ref)|classification\b|official\b\s*$|(?:not )?protectively marked|"
    r"official[- ]sensitive|unclassified\s*$|(?:our |your )?ref(?:erence)?\s*:|"
    r"attachments?\s*:|enclosures?\s*:)",
    re.IGNORECASE)
# The months, in full or shortened as a news page may give them ("9th Jun 2021")
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A foreword's sign-off, a role and the day it was signed: "Mayor of Welshpool 26th July
# 2017", "Chief Executive, March 2021"
_SIGNED = re.compile(
    r"^(?:the )?(?:mayor|leader|deputy leader|chair(?:man|person)?|chief executive|"
    r"(?:town |city )?clerk|cllr|councillor)\b[^.:;]{0,60}?,? (?:\d{1,2}(?:st|nd|rd|th)? )?"
    rf"{_MONTHS} \d{{4}}$", re.IGNORECASE)
DOCUMENT_DETAILS = "page or document details"
# A line that is only a date, as a report or a news item heads its page: "14 SEPTEMBER
# 2020", "Tuesday 3rd May 2022", "March 2021"
_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?"
    rf"{_MONTHS},? \d{{4}}$", re.IGNORECASE)
EVENT_DETAILS = "an event's date, time or place"
# When and where a consultation's events are held: "13th September – Down Arts Centre,
# Downpatrick" over "Workshop: 11am – 1pm", "Drop in 6.30pm – 8pm", "10am – noon"
_TIME = r"\d{1,2}(?:[.:]\d{2})? ?(?:am|pm)"
_EVENT_TIME = re.compile(
    rf"^(?:[a-z][\w'’-]{{0,20}}(?: [\w'’-]{{1,20}}){{0,2}}:? )?{_TIME}"
    rf"(?: ?[-\u2013\u2014] ?(?:{_TIME}|noon|midday|midnight))?$", re.IGNORECASE)
_EVENT_DAY = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}"
    rf"(?: \d{{4}})?,? ?[-\u2013\u2014,:] ?[^.;:]{{3,80}}$", re.IGNORECASE)
_CONTACT_LEAD = re.compile(
    r"^(?:for (?:more|further|additional) (?:information|details)|"
    r"if you have (?:any )?(?:questions|queries)|"
    r"(?:please )?contact (?:us|the|our|me)\b|contact(?: details)?\s*:|get in touch|"
    r"(?:tel(?:ephone)?|phone|mobile|e-?mail|website|web|address|post|twitter|x)\s*:|"
    r"write to (?:us|the)\b|follow us\b|find out more\b|am ragor o wybodaeth|cysylltwch)",
    re.IGNORECASE)

_MEASURE_START = re.compile(
    r"^(?:number of|no\.? of|numbers? of|total (?:number|value|amount) of|percentage of|"
    r"proportion of|% of|£|value of|amount of|hours? of|tonnes? of|amount spent|spend with|"
    r"spend on|how many|count of)\b|^(?:£|%)",
    re.IGNORECASE)

_WELSH_HINT = re.compile(
    r"[ŵŷâêîôûẁẃẅỳ]|\b(?:cymru|cymunedau|cymuned|gwaith|lleol|iachach|llewyrchus|lewyrchus|"
    r"gydnerth|cyfartal|diwylliant|gymraeg|sy'n|ein|gyda|mwy|byd|nod|thema|blaenoriaeth|"
    r"canlyniad|amcan|ac|yr|y|o|i|a)\b",
    re.IGNORECASE)

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

# ------------------------------------------------------------------- lines


@dataclass
class _Line:
    """One classified line. ``sig`` places list items and headings in the outline."""

    kind: str  # "item", "prose", "blank", "skip", "name", "tablehead"
    text: str = ""
    sig: tuple[Any, ...] = ()
    ref: str = ""
    hint: str = ""  # "theme", "outcome" or "measure" from a label word
    indent: int = 0
    reason: str = ""
    heading: bool = False  # a heading rather than a list item (sections can be skipped)
    continues: bool = False  # the line is the start of an item that can continue
    announced: bool = False  # one of the N priorities a lead-in sentence announced
    bold_name: str = ""  # a Word paragraph's bold words at its start ("Our Place …")
    settled: bool = False  # prose a shape pass decided on: later passes leave it prose


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
# The marks a bulleted line starts with (Word's symbol-font bullets among them)
BULLET_MARKS = "-*+•◦▪▫‣●○■□➢►▶✓✔·⁃∙–—o\uf0b7\uf0a7\uf0d8"
_BULLET = re.compile(f"^([{re.escape(BULLET_MARKS)}])\\s+(.*)$")
# "•Communities improve …": a mark that never starts a word, glued to a capital
_WORD_MARKS = "-*+\u00b7\u2043\u2219\u2013\u2014o"  # (marks that may start or join words)
_GLUED_MARKS = "".join(mark for mark in BULLET_MARKS if mark not in _WORD_MARKS)
_GLUED_BULLET = re.compile(f"^([{re.escape(_GLUED_MARKS)}])([A-Z\u2018\u201c].*)$")
_DOTTED = re.compile(r"^\(?(\d{1,3}(?:\.\d{1,3}){1,5})\.?\)?(?:\s+|\t)(.*)$")
_NUMBER = re.compile(r"^\(?(\d{1,3})(?:[.)]|\s*[:\u2013\u2014-]\s|\t)\s*(.*)$")
_LOWER = re.compile(r"^\(?([a-z])[.)]\s+(.*)$")
# A numbered item's own lettered points: "18a: Publish …", "2b. Develop …"
_SUB_NUMBER = re.compile(r"^(\d{1,3}[a-z])[.):]\s+([A-Z\u2018\u201c].*)$")
# A council's own code before each objective: "A1. We will …", "WBO2: …", "SO3 – …".
_CODE = re.compile(r"^\(?([A-Z]{1,4}\d{1,2})(?:[.):]| [\u2013\u2014-])\s+([A-Z].*)$")
_UPPER = re.compile(r"^\(?([A-Z])[.)]\s+(.*)$")
_ROMAN_RE = re.compile(r"^\(?((?:x{0,1})(?:ix|iv|v?i{0,3}))[.)]\s+(.*)$", re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)([^*_\n]{1,300}?)\1|(?<![\w*])\*(?!\s)([^*\n]{1,300}?)\*(?!\w)|"
                       r"`([^`\n]{1,300})`")
_LINK = re.compile(r"\[([^\]\[\n]{1,300})\]\([^)\n]{0,500}\)")  # (no "[" inside: linear on "[a[a…")
_BOLD_LINE = re.compile(r"^(\*\*|__)([^\n]{1,300})\1:?$")
# The heading of a table column that says what the priority beside it means
_DESCRIPTION_HEADS = (r"descriptions?|details|definitions?|explanation|"
                      r"what (?:it|this) (?:means|involves|covers)")
_TABLE_HEADERS = re.compile(
    r"^(?:themes?|priorit(?:y|ies)|outcomes?|objectives?|aims?|measures?|kpis?|indicators?|"
    r"targets?|what we want(?: to see| to achieve)?|how we will measure(?: it)?|"
    r"examples?|" + _DESCRIPTION_HEADS + r"|thema|canlyniad(?:au)?|ref(?:erence)?|no\.?|#)$",
    re.IGNORECASE)

_LIST_GLUE = re.compile(r"(?:[;,]|[;,]? and(?: to)?|[;,]? or)$")  # "Low Carbon; and to"


_PAGE_REFERENCE = re.compile(r"\s?\((?:see )?(?:pages?|pp?\.?) ?\d{1,3}(?:[-\u2013]\d{1,3})?\)$",
                             re.IGNORECASE)


def tidy(title: str) -> str:
    """A title without the glue of a list written as one sentence ("…emergencies;",
    "…workforce; and"), or the full stop of a list's last item when it is the only one."""
    tidied = _PAGE_REFERENCE.sub("", title.rstrip())  # "… (page 12)", "… (see p. 24)"
    tidied = _LIST_GLUE.sub("", tidied).rstrip() or title
    if tidied.endswith(".") and tidied.count(".") == 1 and len(tidied) > 1:
        tidied = tidied[:-1].rstrip()
    return tidied


# Short words a title in capitals keeps in small letters; other short words in it are
# taken for initials ("NHS", "UK", "CO2") and keep their capitals
_SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "be", "by", "do", "for", "go", "in", "is", "it", "its",
    "me", "my", "no", "of", "on", "or", "our", "so", "the", "to", "up", "us", "we", "all",
    "are", "can", "get", "has", "new", "not", "now", "one", "out", "own", "two", "way",
    "who", "why", "how", "you", "too", "key", "age", "top", "low", "big", "day", "job",
    "pay", "run"))


def unshouted(title: str) -> str:
    """A title set all in capitals ("PREVENT CRIME AND ANTI-SOCIAL BEHAVIOUR"), as a
    sentence ("Prevent crime and anti-social behaviour"), as the Map shows titles; any
    other title as it is. Short words that are not small words stay in capitals."""
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) < 4 or any(ch.islower() for ch in letters):
        return title
    words = [word if len([ch for ch in word if ch.isalpha()]) <= 3 and
             word.strip(".,:;()").lower() not in _SMALL_WORDS else word.lower()
             for word in title.split(" ")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


# No-break and narrow spaces a web page or Word puts after a bullet, around a dash or
# inside a name ("Theme\u00a01 – …"): read as ordinary spaces, so every rule sees them.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " "})


def ordinary_spaces(text: str) -> str:
    return text.translate(_ODD_SPACES)


MAX_QUOTED_CHARS = 620  # a quoted paragraph longer than this is left as it is
_QUOTED_LINE = re.compile(r"^(\s*)[\u201c\"]([^\u201c\u201d\"]{3,600})[\u201d\"]([.,;]?)\s*$")


def unquoted(text: str) -> str:
    """A line quoted whole ("“Creating Places: where people are proud to live.”", a news
    item quoting a plan) without its quotation marks, as the plan has it."""
    return _QUOTED_LINE.sub(r"\1\2\3", text) if len(text) <= MAX_QUOTED_CHARS else text


def _plain(text: str) -> str:
    """Remove Markdown emphasis, links and stray whitespace from a title."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _indent_of(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


# Lines whose checks are remembered: a long document's worth, in a few hundred KB
LINE_CHECK_CACHE = 16_384
UNMARKED_ITEM_WORDS = 30  # the most words a list item that lost its mark may have


def _words(text: str) -> int:
    return len(text.split())


def first_word(text: str) -> str:
    """A line's first word, case folded ("To", "to" → "to"): how parallel items open."""
    return text.split(maxsplit=1)[0].casefold() if text.strip() else ""


@functools.lru_cache(maxsize=LINE_CHECK_CACHE)
def _contact_reason(text: str) -> str:
    """Why a line is a contact detail or page furniture (empty if it is not). Remembered
    per line, as :func:`debris_reason` is."""
    stripped = text.strip()
    if len(stripped) > 500:
        return ""  # a long paragraph is not a contact line
    if _FOOTER.match(stripped) or _SIGNED.match(stripped) or _DATE_LINE.match(stripped):
        return DOCUMENT_DETAILS
    if _EVENT_TIME.match(stripped) or _EVENT_DAY.match(stripped):
        return EVENT_DETAILS
    if _EMAIL.search(stripped) or _PHONE.search(stripped):
        return "contact details"
    if _CONTACT_LEAD.match(stripped) and _words(stripped) <= 30:
        return "contact details"
    if _URL.fullmatch(stripped) or (_URL.search(stripped) and _words(stripped) <= 4) or \
            (len(stripped) <= 120 and _DOMAIN.fullmatch(stripped)):
        return "a web address"
    if _POSTCODE.search(stripped) and _words(stripped) <= 14 and "," in stripped:
        return "an address"
    return ""


_OUR = re.compile(r"^our\s", re.IGNORECASE)


def _our_objective(text: str) -> re.Match[str] | None:
    """"Our objective: Ensuring residents …" under "Priority: …": an outcome's label. Only
    the outcome words ("Our mission: …", "Our aim: …" state the whole plan's purpose)."""
    our = _OUR.match(text)
    match = _LABEL.match(text[our.end():]) if our else None
    if match is None or " ".join(match.group("word").lower().split()) not in \
            _OUTCOME_WORDS or match.group("word").lower() in ("aim", "we want", "what we want"):
        return None
    return match


def _label(text: str) -> tuple[str, str, str] | None:
    """("theme"|"outcome"|"measure", ref, rest) for "Theme 1: Jobs", "Outcome – …" etc."""
    match = _LABEL.match(text) or _LABEL_NUMBERED_ONLY.match(text) or _our_objective(text)
    if not match:
        return None
    word = " ".join(match.group("word").lower().split())
    rest = match.group("rest").strip(" :–—-|")
    ref = (match.group("ref") or "").strip()
    if not rest:
        if not ref:
            return None  # "Outcomes:" on its own is a heading word, not a label
        rest = ""
    if word in _THEME_WORDS:
        level = "theme"
    elif word in _OUTCOME_WORDS:
        level = "outcome"
    else:
        level = "measure"
    if word in ("priorities", "themes") and not ref:
        return None  # "Priorities: …" reads as a lead-in, not a label
    if word == "mission" and not ref:
        return None  # "Mission: "To ensure Bridport remains …"": the statement, not "Mission 2"
    return level, ref, rest


def label_alone(text: str) -> tuple[str, str] | None:
    """(level, ref) for a line that is only a numbered label ("Objective One:", "Priority 3")."""
    match = _LABEL_ALONE.match(text.strip()) if len(text) <= 60 else None
    if match is None:
        return None
    word = match.group("word").lower()
    level = "outcome" if word in ("objective", "outcome", "aim") else "theme"
    return level, match.group("ref")


def _marker(stripped: str, last_alpha: list[str]) -> tuple[tuple[Any, ...], str, str] | None:
    """(signature, ref, text) for a list item; None for a line without a marker."""
    match = _DOTTED.match(stripped)
    if match:
        return ("dec", min(match.group(1).count(".") + 1, 8)), match.group(1), match.group(2)
    match = _NUMBER.match(stripped)
    if match and match.group(2):
        return ("dec", 1), match.group(1), match.group(2)
    match = _SUB_NUMBER.match(stripped)
    if match:
        return ("alpha",), match.group(1), match.group(2)
    match = _CODE.match(stripped)
    if match:
        return ("code",), match.group(1), match.group(2)
    match = _ROMAN_RE.match(stripped)
    if match and match.group(1) and match.group(1).lower() in _ROMAN:
        numeral = match.group(1)
        previous = last_alpha[0] if last_alpha else ""
        # "i)" after "h)" is the letter i; "V." after "U." is the letter V.
        is_letter = (len(numeral) == 1 and bool(previous)
                     and previous.islower() == numeral.islower()
                     and ord(numeral) == ord(previous) + 1)
        if not is_letter:
            return ("roman",), numeral, match.group(2)
    match = _LOWER.match(stripped)
    if match:
        last_alpha[:] = [match.group(1)]
        return ("alpha",), match.group(1), match.group(2)
    match = _UPPER.match(stripped)
    if match and match.group(2)[:1].isupper():
        last_alpha[:] = [match.group(1)]
        return ("ALPHA",), match.group(1), match.group(2)
    match = _BULLET.match(stripped) or _GLUED_BULLET.match(stripped)
    if match:
        if match.group(1) == "o" and match.group(2)[:1].islower():  # else "o 2 October"
            return None
        return ("bullet",), "", match.group(2)
    text = _after_a_symbol(stripped)
    return (("bullet",), "", text) if text else None


def _after_a_symbol(text: str) -> str:
    """The words after a picture used as a bullet ("🏠 Homes for everyone", "✅ Good
    jobs"), or "": a symbol from the arrows up (so not "©" or "°"), any joiners or
    variation marks after it, a space, then a capital or a figure."""
    at = 0
    while at < min(len(text), 12) and (ord(text[at]) >= 0x2190 and unicodedata.category(
            text[at]) in ("So", "Sk", "Mn", "Cf") or text[at] in "\u200d\ufe0f"):
        at += 1
    if at == 0 or not text[at:at + 1].isspace():
        return ""
    rest = text[at:].strip()
    return rest if rest[:1].isupper() or rest[:1].isdigit() else ""


_BULLET_FAMILIES = ("-\u2013\u2014\u2043", "\u25e6\u25cb\u25a1\u25abo", "*+",
                    "\u27a2\u25ba\u25b6\u2713\u2714\uf0d8\uf0a7")


def _bullet_family(mark: str) -> int:
    """Which kind of bullet a mark is: dots, dashes, rings, stars or arrows. Two kinds at
    one indent are two levels ("· The vision …" over "- Getting the basics right")."""
    return next((at + 1 for at, family in enumerate(_BULLET_FAMILIES) if mark in family), 0)


def _classify_text_line(raw: str, last_alpha: list[str]) -> _Line:
    stripped = raw.strip()
    indent = _indent_of(raw)
    if not stripped or _RULE.fullmatch(stripped):
        return _Line("blank")
    if len(stripped) > MAX_LINE_CHARS:  # a long paragraph: never a heading or list item
        return _Line("prose", " ".join(stripped[:MAX_LINE_CHARS].split()) + "…", indent=indent)
    heading = _MD_HEADING.match(stripped)
    if heading and indent < 4:
        level = len(heading.group(1))
        return _item(_plain(heading.group(2)), ("h", level), indent, heading=True)
    marker = _marker(stripped, last_alpha)
    if marker is not None:
        sig, ref, text = marker
        if sig == ("bullet",):
            sig = ("bullet", min(indent // 2, 10), _bullet_family(stripped[0]))
        return _item(_plain(text), sig, indent, ref=ref, continues=True)
    bold = _BOLD_LINE.match(stripped)
    if bold and _words(bold.group(2)) <= 16:
        return _item(_plain(bold.group(2)), ("bold",), indent, heading=True)
    text = _plain(stripped)
    label = _label(text)
    if label is not None:
        kind, ref, rest = label
        order = {"theme": 0, "outcome": 1, "measure": 2}[kind]
        line = _Line("item", rest, ("label", order), ref, kind, indent, continues=True)
        line.heading = kind == "theme"
        return line
    return _Line("prose", text, indent=indent)


def _item(text: str, sig: tuple[Any, ...], indent: int, *, ref: str = "",
          heading: bool = False, continues: bool = False) -> _Line:
    line = _Line("item", text, sig, ref, "", indent, heading=heading, continues=continues)
    label = _label(text)
    if label is not None:
        level, label_ref, rest = label
        line.hint = level
        line.ref = line.ref or label_ref
        line.text = rest or text
    return line


def _bullet_kinds_in_order(lines: list[_Line]) -> list[_Line]:
    """Tell apart two kinds of bullet at one indent when one leads into the other ("·
    Delivery of the four priorities …:" over "- Getting the basics right"): the kind
    that follows an item ending with a colon is a level down, wherever it comes later.
    Otherwise a text that mixes bullets ("-" and "*") has one list."""
    levels: dict[Any, int] = {}  # a kind of bullet → its level among the kinds
    previous: _Line | None = None
    for line in lines:
        if line.kind == "blank":
            continue
        if line.kind == "item" and line.sig[:1] == ("bullet",) and len(line.sig) > 2:
            family = line.sig[2]
            if family not in levels:
                levels[family] = _new_bullet_level(previous, line, levels)
            line.sig = (*line.sig[:2], levels[family])
        previous = line
    return lines


def _new_bullet_level(previous: _Line | None, line: _Line, levels: dict[Any, int]) -> int:
    """The level of a kind of bullet met for the first time, at ``line``."""
    after_bullet = previous is not None and previous.sig[:1] == ("bullet",)
    if after_bullet and previous is not None and previous.sig[:2] == line.sig[:2] and \
            previous.text.rstrip().endswith(":"):
        return max(levels.values()) + 1  # a lead-in item: this kind is its list
    return previous.sig[2] if after_bullet and previous is not None else 0


# A line a page's width broke in mid-sentence ends on a little word: "… research; and",
# "… solutions that".
_LITTLE_WORDS = frozenset((
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "which",
    "by", "as", "at", "from", "our", "their", "its", "is", "are", "be", "will", "we", "they",
    "it", "this", "has", "have", "was", "were", "can", "must", "should", "would", "not"))


def ends_mid_sentence(text: str) -> bool:
    """Whether a line ends on a word a sentence cannot end on (the page broke it there)."""
    words = text.split()
    return bool(words) and words[-1][-1:].isalpha() and words[-1].lower() in _LITTLE_WORDS


def is_page_number(word: str) -> bool:
    """Whether a word is a page number ("7", "42", "103"): the one test for it."""
    return word.isascii() and word.isdigit() and len(word) <= 3  # (not "¹": a footnote)


def entries_by_page_number(words: list[str]) -> list[list[str]]:
    """Contents entries run together ("Foreword 4 Mission and Philosophy 6 Values 6"),
    parted after each page number that follows a word and comes before a capital or
    the end: the one place the entries of a run-together contents page are parted."""
    parts: list[list[str]] = [[]]
    for at, word in enumerate(words):
        parts[-1].append(word)
        if is_page_number(word) and at > 0 and words[at - 1][-1:].isalpha() and (
                at + 1 == len(words) or words[at + 1][:1].isupper()):
            parts.append([])
    return [part for part in parts if part]


def mostly_rising(numbers: list[int]) -> bool:
    """Whether page numbers rise down a contents page, allowing one in five out of order
    (a running footer's number, two columns read across): the one test for it."""
    rising = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b >= a)
    return rising >= 0.8 * (len(numbers) - 1)


def page_number_at_end(text: str) -> int:
    """The page number ending a line after a word ("Visitor Experience 42" → 42), or 0;
    a contents entry may give its pages as a range ("Enabling employment 24-34" → 24)."""
    words = text.split()
    if len(words) < 2 or not (words[-2][-1:].isalpha() or words[-2][-1:] in ")&’'"):
        return 0
    first, dash, last = words[-1].replace("\u2013", "-").partition("-")
    if not is_page_number(first) or (dash and not (is_page_number(last)
                                                    and int(first) < int(last))):
        return 0
    return int(first)


def _expand_tables(lines: list[_Line]) -> list[_Line]:
    """Turn table rows into items: first column a theme, later columns the levels below."""
    result: list[_Line] = []
    header: list[str] = []
    previous_first = ""
    for line in lines:
        if line.kind not in ("tablerow", "tablehead"):
            header = [] if line.kind != "blank" else header
            previous_first = "" if line.kind != "blank" else previous_first
            result.append(line)
            continue
        cells = line.text.split("\u241f")
        if _figures_only(cells):
            result.append(_Line("skip", " | ".join(c for c in cells if c.strip()),
                                reason="a row of figures, not priorities"))
            continue
        if line.kind == "tablehead" or (not header and cells and all(
                not c or _TABLE_HEADERS.fullmatch(c.strip()) for c in cells)):
            header = [fold(c) for c in cells]
            result.append(_Line("skip", " | ".join(cells), reason="table headings"))
            continue
        result.extend(_table_row_items(cells, header, previous_first))
        first = next((c for c in cells if c.strip()), "")
        if first:
            previous_first = first
    return result


# A cell that holds only a figure or a date: "36%", "£1.2m", "2022", "By 2027", "2024/25"
_FIGURE_CELL = re.compile(r"^(?:by |in |from |to )?(?:[£$€]\s?)?\d[\d.,/\-–]{0,18}\s?"
                          r"(?:%|k|m|bn|million|billion)?$", re.IGNORECASE)


def _figures_only(cells: list[str]) -> bool:
    """Whether a table row holds only figures or dates (a table of targets by year)."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(len(c) <= 20 and _FIGURE_CELL.match(c) for c in filled)


_DESCRIBES = re.compile(rf"^(?:{_DESCRIPTION_HEADS})$")


def _table_row_items(cells: list[str], header: list[str], previous_first: str) -> list[_Line]:
    items: list[_Line] = []
    column = 0
    for index, cell in enumerate(cells):
        parts = [p.strip(" ;") for p in re.split(r"\n|(?:^|\s)[•·]\s|;\s", cell) if p.strip(" ;")]
        if not parts:
            continue
        head = header[index] if index < len(header) else ""
        if head in ("ref", "reference", "no", "no.", "#"):
            continue
        is_measure = bool(re.match(r"(measure|kpi|indicator|target|how we will measure)",
                                   head))
        if column > 0 and _DESCRIBES.match(head):  # "What it means": the name's guidance
            items.append(_Line("prose", " ".join(parts), settled=True))
            continue
        if column == 0:
            if parts[0] == previous_first:
                column += 1
                continue  # a merged cell repeats the theme: keep adding to it
            items.append(_item(parts[0], ("table", 0), 0, heading=True))
        else:
            for part in parts:
                line = _item(part, ("table", min(column, 2)), 0)
                if is_measure:
                    line.hint = "measure"
                items.append(line)
        column += 1
    return items


def following_lines(lines: list[_Line], start: int, *,
                    past_skipped: bool = False) -> Iterator[int]:
    """Indexes of the non-blank lines from ``start`` on (and not left out, if asked), one
    at a time: a pass that stops at the first line it does not want looks at no more."""
    passed = ("blank", "skip") if past_skipped else ("blank",)
    return (i for i in range(start, len(lines)) if lines[i].kind not in passed)


def line_before(lines: list[_Line], at: int) -> int | None:
    """The index of the nearest line before ``at`` that is not blank, or None."""
    return next((i for i in range(at - 1, -1, -1) if lines[i].kind != "blank"), None)


def next_lines(lines: list[_Line], start: int, *, past_skipped: bool = False,
               most: int | None = None) -> list[int]:
    """The first ``most`` (or all) of :func:`following_lines`. Passes that run once a
    line must ask for a few: a list of all the rest, for every line, is quadratic."""
    return list(islice(following_lines(lines, start, past_skipped=past_skipped), most))


def continues_item(line: _Line) -> bool:
    """A line that carries on the list item above it (wrapped by a PDF or a narrow page)."""
    return line.indent > 0 or line.text[:1].islower()


# The words a heading over a list of priorities names them by ("aims", "priority areas")
_LIST_NOUN = (r"(?:priorit(?:y|ies)(?: (?:areas?|themes?|outcomes?))?|outcomes?|objectives?|"
              r"aims?|goals?|themes?|ambitions?|commitments?|areas? of focus|focus)")
_GENERIC_WORDS = re.compile(
    rf"^(?:(?:our|the) (?:\d{{1,2}}|{_REF_WORDS}) )?"  # "Our five strategic objectives"
    r"(?:(?:our|the|key|main|strategic|corporate|council|council's|councils|well-being|"
    r"wellbeing|improvement|draft|proposed|new|and|&|community|local|partnership|shared|"
    r"social value)\s+)*"
    rf"(?:{_LIST_NOUN} (?:and|&) )?{_LIST_NOUN}$")  # ("Our vision and …" holds the vision too)


# What a holding heading may add about whose or which years' priorities it holds:
# "Priorities of Argyll and Bute Council 2017 - 2022", "Our objectives for 2024/25"
_YEARS = r"(?:19|20)\d\d(?: ?[-–/] ?(?:(?:19|20)?\d\d))?"
# (single spaces: it reads a heading whose spaces are made single)
_WHOSE = re.compile(rf" (?:(?:of|for|in|from|to|until|by) (?:[^ ,.;:][^,.;:]{{0,60}}? )?{_YEARS}|"
                    rf"{_YEARS}|for the (?:next|coming) (?:\d{{1,2}}|{_REF_WORDS}) years|"
                    r"(?:of|for) (?:the )?(?:[^ ,.;:][^,.;:]{0,60}?)?\b(?:council|authority|"
                    r"board|partnership|trust|service))$")


def generic_heading(text: str) -> bool:
    """Whether a heading only says "these are the priorities" ("Our priorities", "Aims"),
    perhaps with whose or which years' they are."""
    flat = " ".join(fold(text).strip(" :").split())
    if flat.count(" / ") == 1 and len(flat) <= 120:  # "Ein blaenoriaethau / Our priorities"
        return any(generic_heading(side) for side in flat.split(" / "))
    return bool(_GENERIC_WORDS.match(flat) or _GENERIC_WORDS.match(_WHOSE.sub("", flat, 1)))
