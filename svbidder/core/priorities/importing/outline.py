"""Reading a council's priorities from its own words: pasted text, .txt, .md or .docx.

Councils publish priorities in many shapes: a "plan on a page", a policy with
numbered sections, themes with bulleted outcomes, "Priority A – …" lines,
Word documents with heading and list styles, tables. This module turns any of
them into a tree of themes → outcomes (and, where the document has them,
measures), for the person to check in a preview before anything is saved.

How it works:

1. Every line (or Word paragraph) is classified: a heading (Markdown ``#``,
   underlined, Word "Heading n", bold or a short line that introduces a list),
   a list item (``1.``, ``1.1``, ``a)``, ``i)``, ``(b)``, ``A.``, bullets,
   Word list paragraphs), a labelled line ("Theme 1:", "Priority A –",
   "Outcome:", Welsh "Thema", "Blaenoriaeth", "Canlyniad"…), a table row, or
   prose.
2. Items are nested into an outline: headings by level, and list markers in
   the order they first appear inside one another (as a word processor does).
3. Sections that are not priorities (introduction, background, contact us,
   glossary…) and lines such as e-mail addresses, phone numbers, web
   addresses, "For more information" and page footers are left out, each with
   a warning.
4. A lone top heading is the document's name; the next level down becomes
   themes, the level under that outcomes, and anything deeper becomes measures
   (when it reads like one: "Number of …", "hours of …", "£ spent …") or part
   of the outcome's description. Prose under an item becomes its description.

:func:`parse_priorities_text` never raises. :func:`parse_priorities_file`
reads files through :mod:`svbidder.core.documents` and raises
:class:`PrioritiesImportError` with its plain message for a file it cannot read
(encrypted Word files, old .doc files, scanned PDFs, other zips, huge or binary
files). The pipeline's steps live in the package's modules: :mod:`.model`
(results and limits), :mod:`.pasted`, :mod:`.lines`, :mod:`.docx` and
:mod:`.shapes` (step 1), :mod:`.tree` (step 2), this module (steps 3–4) and
:mod:`.edit` (the preview's pure corrections: :func:`promote`, :func:`demote`,
:func:`merge`, :func:`split`, :func:`rename`, :func:`drop`, :func:`move`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...documents import DocumentError, Table, clean_paste, read_document
from ...text.search import fold
from .action_verbs import opens_with_an_ing_action
from .announced import NAMING, STATEMENT, announced_count, ends_a_lead_in
from .contents_only import CONTENTS_ONLY_NOTE, contents_entries
from .docx import lines_from_blocks
from .last_resort import (
    IN_A_SENTENCE_NOTE,
    LAST_RESORT_NOTE,
    a_list_in_a_sentence,
    could_hold_a_run,
    short_lines_between_paragraphs,
)
from .lines import (
    _MEASURE_START,
    _PRIORITY_WORDS,
    _WELSH_HINT,
    _Line,
    _plain,
    _words,
    first_word,
    generic_heading,
    ordinary_spaces,
    tidy,
    unshouted,
)
from .measure_list import NO_MEASURE_COLUMNS, read_measure_list
from .model import (
    DEFAULT_NAME,
    MAX_DESCRIPTION,
    MAX_OUTCOMES,
    MAX_TEXT_CHARS,
    MAX_THEMES,
    MAX_TITLE,
    MAX_WARNINGS,
    NOTHING_FOUND,
    ONE_LIST,
    ONE_PRIORITY,
    SINGLE_LEVEL_NOTE,
    ImportMeasure,
    ImportOutcome,
    ImportResult,
    ImportTheme,
    PrioritiesImportError,
)
from .named import DOCUMENT_KIND, DOCUMENT_KINDS
from .not_priorities import ITEM_LABEL, STATEMENT_LIST
from .pasted import _lines_from_text
from .plain_headings import items_that_lead_in
from .shapes import apply_shapes
from .tree import INTRODUCTION_NOTE, Node, build_tree, is_skip_heading, prepare_lines

# ------------------------------------------- what is left out, and levels


def _collect_left_out(node: Node) -> list[tuple[str, str]]:
    found = list(node.left_out)
    for child in node.children:
        found.extend(_collect_left_out(child))
    return found


def _warn_left_out(left_out: list[tuple[str, str]], warnings: list[str]) -> None:
    """One note per line left out (a line that came back several times, once, with how
    often), the first dozen of them, then how many more."""
    times: dict[tuple[str, str], int] = {}
    for entry in left_out:
        times[entry] = times.get(entry, 0) + 1
    for shown, ((text, reason), count) in enumerate(times.items()):
        if shown == 12:
            more = sum(times.values()) - sum(list(times.values())[:12])
            warnings.append(f"Left out {more} more line{'s' * (more != 1)} of contact or "
                            "document details.")
            break
        again = f" ({count} times)" if count > 1 else ""
        warnings.append(f"Left out {reason}: “{_short(text)}”{again}.")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count_lines(node: Node) -> int:
    return 1 + len(node.paragraphs) + sum(_count_lines(child) for child in node.children)


def _skip_sections(node: Node, warnings: list[str], *, top: bool = True) -> None:
    kept = []
    lists = any(child.children for child in node.children)  # (once: a node may hold 1000s)
    for child in node.children:
        announced = [n for n in _flatten(child.children) if n.announced]
        if announced and is_skip_heading(child.text):
            # "Our vision" … "we will achieve it through our six priorities:" and the six
            warnings.append(f"Left out the section “{_short(child.text, 50)}” but kept the "
                            f"{len(announced)} priorities it names.")
            kept.extend(announced)
            continue
        named = [n for n in _flatten(child.children) if n.children and
                 _PRIORITY_WORDS.search(fold(n.text))] if is_skip_heading(child.text) else []
        if named and child.heading:
            # "Contents" … "6. Our Corporate Outcomes" over "6.1 Supporting a Sustainable
            # Rural Economy" …: the entry that names the priorities, with its entries
            warnings.append(f"Left out the section “{_short(child.text, 50)}” but kept "
                            f"“{_short(named[0].text, 50)}” and what is under it.")
            kept.append(named[0])
            continue
        # (a numbered section with only text under it, "1. Introduction", among numbered
        # sections that hold lists, "2. Our priorities" / "2.1 Good jobs", is one too)
        section = child.heading or (not child.children and lists)
        # (one of the N names a lead-in counts is a priority, "How we work" too)
        if section and child.hint != "theme" and not child.announced and \
                is_skip_heading(child.text):
            lines = _count_lines(child) - 1
            under = f" and the {lines} line{'s' * (lines != 1)} under it" if lines else ""
            warnings.append(f"Left out the section “{_short(child.text, 50)}”{under}: it does "
                            "not read as a priority (introductions, contact details and the "
                            "like are left out).")
            continue
        _skip_sections(child, warnings, top=False)
        kept.append(child)
    node.children = kept


def _has_theme_hints(node: Node) -> bool:
    return any(child.hint == "theme" for child in node.children)


# A lead-in that speaks ("We want suppliers to offer:") is a sentence, never a name
_SPEAKER = re.compile(r"^(?:we|you|they|i|it)\s", re.IGNORECASE)


def _wrapper_title(node: Node) -> str:
    """A wrapping heading as a name; "" for a lead-in sentence ("Our priorities are:")."""
    if node.sig == ("lead",) and (_words(node.text) > 8 or "," in node.text or
                                  ends_a_lead_in(node.text) or _SPEAKER.match(node.text)):
        return ""  # a sentence ("We want suppliers to offer:"), not a name
    if _words(node.text) > 4 and announced_count(node.text):
        return ""  # "Social value can be split into three areas" introduces, it does not name
    return node.text


def _unwrap(root: Node) -> tuple[list[Node], list[Node]]:
    """Remove lone wrapping headings ("Our priorities"); returns the top nodes and the wrappers."""
    wrappers: list[Node] = []
    nodes = root.children
    for _ in range(6):
        if len(nodes) == 1 and nodes[0].children and nodes[0].hint != "theme":
            wrappers.append(nodes[0])
            nodes = nodes[0].children
            continue
        # Section headings that group labelled themes ("Part A" > "Theme 1"): lift the themes.
        if nodes and not any(n.hint == "theme" for n in nodes) and \
                any(_has_theme_hints(n) for n in nodes):
            lifted: list[Node] = []
            for node in nodes:
                lifted.extend(node.children if _has_theme_hints(node) else [node])
            nodes = lifted
            continue
        if _one_holds_headed_lists(nodes):
            nodes = _headed_lists_lifted(nodes)
            continue
        break
    return nodes, wrappers


def _headed_lists(node: Node) -> list[Node]:
    """The headings under ``node`` that hold lists of their own: names (a Word heading,
    a bold name), not lead-in sentences, which describe a labelled theme's objective
    ("We will achieve this through" over its points)."""
    if node.hint == "theme":
        return []
    return [child for child in node.children if child.heading and child.children
            and child.hint != "theme" and child.sig[:1] != ("lead",)]


def _one_holds_headed_lists(nodes: list[Node]) -> bool:
    """Whether one top node, alone, holds two or more headings with lists under them
    ("Our aims" over "Healthy Cornwall" and its points, "Homes for Cornwall" and its
    points): that node only gathers them, as a lone wrapping heading does. When each top
    node holds such headings, they are themes over their outcomes' actions instead."""
    holding = [node for node in nodes if len(_headed_lists(node)) >= 2]
    return len(holding) == 1 and len(nodes) > 1


def _headed_lists_lifted(nodes: list[Node]) -> list[Node]:
    """The top nodes with the one gathering node's headed lists beside it; the node
    keeps its other items, and is dropped when it has none left."""
    lifted: list[Node] = []
    for node in nodes:
        groups = _headed_lists(node)
        if len(groups) < 2:
            lifted.append(node)
            continue
        # (with the headings of their kind between and after them, lists or not)
        kinds = {group.sig for group in groups}
        first = node.children.index(groups[0])
        groups = [child for at, child in enumerate(node.children)
                  if child in groups or (at > first and child.heading and child.sig in kinds)]
        for group in groups:  # (one without a list is one of them all the same)
            group.announced = group.announced or not group.children
        node.children = [child for child in node.children if child not in groups]
        if node.children or node.paragraphs:
            lifted.append(node)
        lifted.extend(groups)
    return lifted


def _leads_into_lists(nodes: list[Node]) -> bool:
    """Whether the one list left is a lead-in sentence's, some of its items leading into
    lists of their own: the items are then the themes, not the sentence."""
    if len(nodes) != 1 or nodes[0].hint == "theme" or nodes[0].sig != ("lead",):
        return False
    return ends_a_lead_in(nodes[0].text) and any(child.children for child in nodes[0].children)


def _split_explanation(text: str) -> tuple[str, str]:
    """"Local jobs: we want residents to…" → ("Local jobs", "we want residents to…")."""
    match = _EXPLAINED.match(text)
    if match and _words(match.group(1)) <= 12 and _words(match.group(2)) >= 3:
        head = match.group(1).strip()
        if not re.search(r"\d$", head):
            rest = match.group(2).strip()
            second = _EXPLAINED.match(rest) if head[:1] in _OPENING_QUOTES and \
                head[-1:] in _CLOSING_QUOTES else None
            if second and _words(second.group(1)) <= 6 and second.group(1)[:1].isupper():
                # "‘Iechyd da’ – A Healthier Wales – cutting NHS waiting times …": a
                # quoted name and what it stands for, then its description
                head = text[:match.start(2) + second.end(1)].strip()
                rest = second.group(2).strip()
            return head, rest[:1].upper() + rest[1:]
    return text, ""


_EXPLAINED = re.compile(r"^(.{3,120}?)(?::\s+|\s[\u2013\u2014-]\s)(.+)$")
_OPENING_QUOTES = "\u2018\u201c'\""
_CLOSING_QUOTES = "\u2019\u201d'\""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _description(paragraphs: Iterable[str]) -> str:
    return _clip("\n\n".join(p for p in paragraphs if p), MAX_DESCRIPTION)


_UNIT_GUESSES = (
    # what the measure counts comes first: "Percentage of women … within 48 hours"
    (re.compile(r"^(?:the )?(?:percentage|proportion|share|%)\b", re.I), "%"),
    (re.compile(r"^(?:the )?rate (?:per|of)\b", re.I), "rate"),
    (re.compile(r"\bhours?\b", re.I), "hours"),
    (re.compile(r"co2|carbon|emission", re.I), "tonnes CO2e"),
    (re.compile(r"\btonnes?\b", re.I), "tonnes"),
    (re.compile(r"£|\bspend\b|\bvalue\b|\bpounds\b", re.I), "£"),
    (re.compile(r"%|percent|percentage|proportion", re.I), "%"),
    (re.compile(r"apprentice", re.I), "apprenticeships"),
    (re.compile(r"\bweeks?\b", re.I), "weeks"),
    (re.compile(r"\bsessions?\b", re.I), "sessions"),
    (re.compile(r"\bjobs?\b|\bfte\b", re.I), "jobs (FTE)"),
    (re.compile(r"organisations?|businesses|suppliers|groups", re.I), "organisations"),
    (re.compile(r"people|residents|persons|participants|learners|volunteers|young|adults|"
                r"children|employees|staff", re.I), "people"),
)


def guess_unit(text: str) -> str:
    """A likely unit for a measure's wording ("Number of volunteering hours" → "hours")."""
    for pattern, unit in _UNIT_GUESSES:
        if pattern.search(text):
            return unit
    return ""


def _looks_like_measure(node: Node) -> bool:
    return node.hint == "measure" or bool(_MEASURE_START.match(node.text))


# (a full stop before a small letter ends no sentence: "… at least 85 per cent. has …")
_CLAUSE_BREAK = re.compile(r"\.\s(?![a-z])|;\s|\s[\u2013\u2014-]\s|:\s|,\s(?:so that|so|by|through|"
                           r"which|where|while|and by|including|such as|for example)\s|\sby\s")
# An unnumbered item is cut only where its punctuation ends a clause: people read "…
# local residents by living wage employment, …" as one priority, and a numbered
# objective ("Objective One: Improve … by putting them at the centre …") by its aim
_PUNCTUATED_BREAK = re.compile(r"\.\s(?![a-z])|;\s|\s[\u2013\u2014-]\s|:\s")
LONG_TITLE_WORDS = 20
# "Better Lives covers happy, healthy and active people …": a name in capitals, then
# a verb that says what it holds
_NAME_THEN_MEANING = re.compile(r"^((?:[A-Z][\w'’&-]{0,20} ){1,3}[A-Z][\w'’&-]{0,20}) "
                                r"(?:(?:which |that )?(?:covers|means|is about|is focused on|"
                                r"focuses on|includes|is defined as)) ")
_NOT_A_NAME_START = frozenset(("the", "our", "this", "we", "a", "an", "it", "these", "each"))
NAMED_TITLE_WORDS = 4


# The end of an item's first sentence: a full stop after a word (not "St." or "e.g."),
# then a capital
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\. (?=[A-Z])")


def _first_clause(title: str, explanation: str, *, numbered: bool = False) -> tuple[str, str]:
    """A long objective's title is its first clause, and a numbered objective's its
    first sentence; the rest joins its guidance.

    "1. Support people into good jobs, so that more residents earn …" (over 20
    words) → "Support people into good jobs". An unnumbered item is cut only where
    punctuation ends its first clause.
    """
    named = _NAME_THEN_MEANING.match(title[:200]) if _words(title) > NAMED_TITLE_WORDS else None
    if named and named.group(1).split()[0].lower() not in _NOT_A_NAME_START:
        rest = title[named.end(1):].strip()
        return named.group(1), "\n\n".join(p for p in (rest[:1].upper() + rest[1:], explanation)
                                            if p)
    sentence = _SENTENCE_BREAK.search(title, 0, 300) if numbered else None
    if sentence and _words(title[:sentence.start()]) <= LONG_TITLE_WORDS:
        # "Objective 2 - To reduce waste sent to landfill. We will do this by …": a
        # numbered objective's first sentence (a bullet of two sentences is more likely
        # prose that came with a list, left out later)
        rest = title[sentence.end():].strip()
        return title[:sentence.start()], "\n\n".join(p for p in (rest, explanation) if p)
    if _words(title) <= LONG_TITLE_WORDS:
        return title, explanation
    for match in (_CLAUSE_BREAK if numbered else _PUNCTUATED_BREAK).finditer(title, 0, 400):
        head = title[:match.start()].strip()
        if 3 <= _words(head) <= 15:
            rest = title[match.start():].lstrip(" .;:,\u2013\u2014-")
            rest = rest[:1].upper() + rest[1:]
            return head, "\n\n".join(p for p in (rest, explanation) if p)
        if _words(head) > 15:
            break
    return title, explanation


def _without_label(node: Node) -> tuple[str, str]:
    """The item's text without a label it starts with, and its ref (the label's number
    when the item had none of its own)."""
    label = ITEM_LABEL.match(node.text)  # "• Local Outcome 1:  East Dunbartonshire …"
    if label is None or _words(node.text[label.end():]) < 2:
        return node.text, node.ref
    return node.text[label.end():], node.ref or label.group("ref")


def _outcome_from(node: Node) -> ImportOutcome:
    text, ref = _without_label(node)
    title, explanation = _first_clause(*_split_explanation(text), numbered=bool(ref))
    outcome = ImportOutcome(title=_clip(unshouted(tidy(title)), MAX_TITLE), ref=ref)
    details: list[str] = [explanation] if explanation else []
    details.extend(node.paragraphs)
    for child in _flatten(node.children):
        if _looks_like_measure(child):
            outcome.measures.append(ImportMeasure(_clip(child.text, MAX_TITLE),
                                                  guess_unit(child.text)))
        else:
            details.append(f"- {child.text}")
    outcome.description = _description(details)
    return outcome


def _flatten(nodes: list[Node]) -> list[Node]:
    result: list[Node] = []
    pending = list(reversed(nodes))
    while pending:
        node = pending.pop()
        result.append(node)
        pending.extend(reversed(node.children))
    return result


def _theme_from(node: Node) -> ImportTheme:
    title, explanation = _first_clause(
        *(_split_explanation(node.text) if not node.heading else (node.text, "")),
        numbered=bool(node.ref))
    theme = ImportTheme(title=_clip(unshouted(tidy(title)), MAX_TITLE), ref=node.ref)
    details = [explanation] if explanation else []
    details.extend(node.paragraphs)
    described = False  # the last outcome is a labelled one ("Our objective: …")
    for child in node.children:
        if child.hint == "measure" and theme.outcomes:
            theme.outcomes[-1].measures.append(ImportMeasure(_clip(child.text, MAX_TITLE),
                                                             guess_unit(child.text)))
            continue
        if described and child.sig == ("lead",) and child.children:
            _describe_with(theme.outcomes[-1], child)
            continue
        theme.outcomes.append(_outcome_from(child))
        described = child.sig[:1] == ("label",) and node.sig[:1] == ("label",)
    theme.description = _description(details)
    return theme


def _describe_with(outcome: ImportOutcome, lead: Node) -> None:
    """"Priority: …" / "Our objective: …" / "We will achieve this through" / - … /
    "Outcomes" / - …: the headed lists inside a labelled theme say how its objective
    is met, so they become that objective's description (and measures), not outcomes of
    their own."""
    part = _outcome_from(lead)
    outcome.measures.extend(part.measures)
    headed = f"{part.title.rstrip(' :')}:\n{part.description}"
    outcome.description = _description([outcome.description, headed])


def _looks_welsh(text: str) -> bool:
    words = re.findall(r"[\w'’ŵŷâêîôû]+", text.lower())
    if not words:
        return False
    if re.search(r"[ŵŷ]", text):
        return True
    hits = sum(1 for word in words if _WELSH_HINT.fullmatch(word))
    return hits / len(words) >= 0.34


def _merge_bilingual(themes: list[ImportTheme]) -> list[ImportTheme]:
    """Join a Welsh heading and its English twin ("Thema 1 …" then "Theme 1 …") into one."""
    merged: list[ImportTheme] = []
    for theme in themes:
        previous = merged[-1] if merged else None
        # (one Welsh, one not: "1." over each of a page's one-item lists is no twin)
        if previous is not None and not previous.outcomes and not previous.description and (
                previous.ref == theme.ref
                and _looks_welsh(previous.title) != _looks_welsh(theme.title)):
            theme.title = f"{previous.title} / {theme.title}"
            merged[-1] = theme
            continue
        merged.append(theme)
    return merged


STATEMENTS_NOTE = "Nothing but the vision or mission was set out as a list"


def _single_level_note(title: str) -> str:
    return (f"{SINGLE_LEVEL_NOTE}, so each became an outcome under one theme, "
            f"“{_short(title, 50)}”. If they are really themes, choose “Make these themes”.")


def _one_theme(nodes: list[Node], wrappers: list[str], name: str,
               warnings: list[str]) -> ImportTheme:
    """One level of priorities: the outcomes of one theme (named by the heading over them).

    The Map maps activities against outcomes, so one theme with outcomes is
    usable at once; themes without outcomes would leave it nothing to map.
    """
    title = wrappers[-1] if wrappers else "Priorities"
    if _only_holds(title, name):
        title = name if name and name != DEFAULT_NAME else "Priorities"
    theme = ImportTheme(title=_clip(unshouted(title.strip(" :")), MAX_TITLE) or "Priorities")
    if any(node.heading or node.hint == "theme" for node in nodes):
        # Headings with paragraphs: keep a Welsh heading and its English twin together.
        theme.outcomes = [ImportOutcome(title=t.title, ref=t.ref, description=t.description)
                          for t in _merge_bilingual([_theme_from(node) for node in nodes])]
    else:
        theme.outcomes = [_outcome_from(node) for node in nodes]
    warnings.append(_single_level_note(theme.title))
    return theme


def _holds_one_level(theme: ImportTheme, name: str, warnings: list[str]) -> None:
    """One list left under a heading that only holds it: the list is one level of
    priorities, its holder named after the document, as :func:`_one_theme` names it."""
    if not _only_holds(theme.title, name) or len(theme.outcomes) < 2:
        return
    if name and name != DEFAULT_NAME:
        theme.title = _clip(unshouted(name), MAX_TITLE)
    warnings.append(_single_level_note(theme.title))


def _only_holds(title: str, name: str) -> bool:
    """Whether a heading over a list only says what it holds: "Our priorities", "Our
    Outcomes: All people will:", "They are", or the document's own name."""
    head, colon, rest = title.partition(":")
    if colon and _words(rest) < 4:  # "Priorities: Jobs and skills" names its theme
        head = title
    return generic_heading(head) or ends_a_lead_in(title) or _names_a_document(title, name)


def _names_a_document(title: str, name: str) -> bool:
    """Whether a heading is the document's own name ("Corporate Plan 2021-2023"), or the
    name of the body that wrote it ("Bridgend Public Services Board")."""
    dated = any(ch.isdigit() for ch in title) and bool(DOCUMENT_KIND.search(title))
    return dated or fold(title) == fold(name) or bool(_A_BODY.match(title))


# The name of a public body: a few capitalised words ending in what it is
_A_BODY = re.compile(r"^(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the|&)\s+)?){1,6}"
                     r"(?:Council|Board|Partnership|Trust|Authority|Commission|"
                     r"Commissioner|Executive|Agency|Constabulary|Police)$")


def _number_alike(themes: list[ImportTheme], title: str) -> None:
    """Two or more themes given the same stand-in name are told apart by number
    ("Priorities", "Priorities (2)"), so the preview and the Map can name each."""
    alike = [theme for theme in themes if theme.title == title]
    for number, theme in enumerate(alike[1:], start=2):
        theme.title = f"{title} ({number})"


def _item_among_lists(node: Node, nodes: list[Node]) -> bool:
    """A bullet point, a Word list's item or a numbered one, among others of which one
    holds a list of its own ("… zero emission by 2045, including" over two targets;
    "1. Investing in prevention. …" beside "1. Implementing our workforce strategy to:"
    and its points): a priority, however long."""
    if node.sig[:1] in (("bullet",), ("wlist",)):
        return any(other.children and other.sig == node.sig for other in nodes)
    # (numbered paragraphs, "4. The City Deal includes:" over its points, are not a list
    # of priorities: a numbered sibling must name its list, not lead into it)
    return node.sig[:1] == ("dec",) and any(
        other.children and other.sig == node.sig and not ends_a_lead_in(other.text)
        and not _SENTENCE_LEAD.match(other.text) for other in nodes)


BARE_SIBLING_WORDS = 3  # ("We asked", "You said": a page's own headings)


def _bare_siblings(nodes: list[Node]) -> set[int]:
    """The ids of headings with nothing under them beside headings of their kind, one of
    which holds a list ("Delivering an accessible … public transport network" /
    "Working to ensure … zero emission by 2045, including" over its targets): priorities
    named by their headings alone, not sections of text. Not one straight over a
    section of text (the heading above it, flattened), nor the first alone (the page's
    title)."""
    listed_sigs = {node.sig for node in nodes if node.children}
    bare = [_bare(node) and node.sig in listed_sigs for node in nodes]
    if sum(bare) == 1 and bare[0]:
        return set()
    return {id(node) for at, node in enumerate(nodes) if bare[at] and (
        at + 1 == len(nodes) or nodes[at + 1].children or not nodes[at + 1].paragraphs)}


def _bare(node: Node) -> bool:
    """A heading with no text under it that could name a priority: not one naming the
    list, the vision or the page ("Our aims", "Our Vision", "About the consultation")."""
    text = fold(node.text)
    return node.heading and not node.children and not node.paragraphs and \
        _words(text) >= BARE_SIBLING_WORDS and not (
            _PRIORITY_WORDS.search(text) or NAMING.search(text) or STATEMENT.match(text)
            or generic_heading(node.text) or DOCUMENT_KIND.search(text)
            or is_skip_heading(node.text))


def _two_levels(nodes: list[Node], warnings: list[str]) -> list[ImportTheme]:
    """Themes and their outcomes; headings with only text under them are left out."""
    themes = [_theme_from(node) for node in nodes]
    bare_siblings = _bare_siblings(nodes)
    lead_ins = {id(theme) for theme, node in zip(themes, nodes, strict=True)
                if _led_into_its_list(node)}
    # Headings with only text under them (not labelled "Theme …") are sections of prose;
    # decided after a Welsh heading has been joined to its English twin.
    # So are paragraphs lettered or numbered like a list ("(a) The Framework states that
    # … ."): an item of over 25 words, or of two sentences, with nothing under it.
    prose_only = {id(theme) for theme, node in zip(themes, nodes, strict=True)
                  if not node.children and node.hint != "theme" and not node.announced and (
                      (node.heading and not _described_in_a_phrase(node)
                       and id(node) not in bare_siblings)
                      or _READER_PROSE.match(node.text) or (
                          (_TWO_SENTENCES.search(node.text, 0, 400) or _words(node.text) > 25)
                          and not _item_among_lists(node, nodes)))}
    kept: list[ImportTheme] = []
    for theme in _merge_bilingual(themes):
        if id(theme) in prose_only and not theme.outcomes:
            warnings.append(f"Left out the section “{_short(theme.title, 50)}”: it has text "
                            "but no priorities under it.")
            continue
        kept.append(theme)
    themes = kept
    for theme in themes:
        if theme.outcomes and (id(theme) in lead_ins or _introduces_its_list(theme)):
            # "Social value can be split into three areas" (or "… six goals. These are:")
            # introduces its list: it is not a name.
            theme.description = "\n\n".join(d for d in (theme.title, theme.description) if d)
            theme.title = "Priorities"
    _number_alike(themes, "Priorities")
    _each_theme_has_an_outcome(themes, warnings)
    return themes


PHRASE_WORDS = 15


def _described_in_a_phrase(node: Node) -> bool:
    """A heading with only a phrase in small letters under it ("Travel" / "how we move
    around"): a name and what it means, not a section of prose."""
    return len(node.paragraphs) == 1 and node.paragraphs[0][:1].islower() and \
        not node.paragraphs[0].rstrip().endswith(".") and \
        _words(node.paragraphs[0]) <= PHRASE_WORDS


def _led_into_its_list(node: Node) -> bool:
    """A lead-in line over its list that is a sentence's start, not a name: "Strategic
    priorities for the trust 2022 – 26 include:", "We want:"."""
    if node.sig[:1] != ("lead",):
        return False
    if _words(node.text) > 4:
        return ends_a_lead_in(node.text) or bool(_ENDS_INCLUDING.search(node.text))
    return bool(_SENTENCE_LEAD.match(node.text))


def _introduces_its_list(theme: ImportTheme) -> bool:
    """Whether a theme's title is a sentence introducing its outcomes ("The council will
    focus on:", "We will work with … to", "… six goals"); an item naming its own list
    keeps its name ("Support delivery of key NHS priorities:")."""
    title = theme.title
    if (theme.ref or opens_with_an_ing_action(title)) and not _SENTENCE_LEAD.match(title) \
            and not _PRIORITY_CUE.search(title) and not announced_count(title):
        return False  # "1. Implementing our workforce strategy to:": numbered, it is a name
    if _words(title) > 4 and title.endswith(":") and not (
            theme.ref == "" and _PRIORITY_CUE.search(title) and not ends_a_lead_in(title)):
        return True
    if _words(title) > 1 and _SENTENCE_LEAD.match(title) and (
            title.endswith(":") or ends_a_lead_in(title)):
        return True
    return _words(title) > 4 and announced_count(title) > 0


def _each_theme_has_an_outcome(themes: list[ImportTheme], warnings: list[str]) -> None:
    """The Map needs an outcome to map against: a theme without one stands for itself."""
    empty = [t for t in themes if not t.outcomes]
    for theme in empty:
        theme.outcomes.append(ImportOutcome(title=theme.title, ref=theme.ref))
    if empty:
        names = ", ".join(f"“{_short(t.title, 40)}”" for t in empty[:5])
        warnings.append(f"{len(empty)} theme{'s have' if len(empty) != 1 else ' has'} no "
                        f"outcomes of {'their' if len(empty) != 1 else 'its'} own, so each "
                        f"became its own outcome: {names}.")


def _one_list_among_sections(nodes: list[Node], wrapper_nodes: list[Node],
                             warnings: list[str]) -> list[Node]:
    """One heading over a list, among headings with only text under them ("Introduction",
    "Our priorities" and its list, "Contact"): the list is the priorities and the heading
    only holds them, like a lone wrapping heading (see :func:`_unwrap`). Names over
    paragraphs count as such headings when the list's own name calls it the priorities."""
    lists = [node for node in nodes if node.children]
    if len(lists) != 1 or len(nodes) == 1 or lists[0].hint == "theme" or not all(
            (node.heading or (_named_paragraph(node) and _cued(lists[0])))
            and node.hint != "theme" for node in nodes if node is not lists[0]) or sum(
            _described_in_a_phrase(node) for node in nodes) >= 2 or _bare_siblings(nodes):
        return nodes  # (names each with what it means, "Travel" / "how we move around";
        # or named by their headings alone, beside the one whose list it sets out)
    for node in nodes:
        if node is not lists[0]:
            warnings.append(f"Left out the section “{_short(node.text, 50)}”: it has text but "
                            "no priorities under it.")
    wrapper_nodes.append(lists[0])
    return lists[0].children


def _named_paragraph(node: Node) -> bool:
    """A short name over its paragraph, with nothing listed under it: beside the one
    list named as the priorities ("Corporate Priorities" and its five), a section's
    heading ("Supporting the Corporate Strategies") pasted plain."""
    return node.sig == ("para",) and not node.children and not node.announced and \
        bool(node.paragraphs) and not _cued(node)


def _questions_join_their_heading(nodes: list[Node]) -> list[Node]:
    """A question heading ("How will we achieve success?") over a list, straight after a
    heading with only text under it, asks about that heading: the list is its own."""
    joined: list[Node] = []
    for node in nodes:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.heading and not previous.children
                and node.heading and node.text.rstrip().endswith("?") and node.children):
            previous.children.extend(node.children)
            continue
        joined.append(node)
    return joined


# Words that name a list as the priorities ("Our priorities", "Strategic objectives",
# "We will achieve these outcomes:"), as against lists of examples, methods or links.
_ENDS_INCLUDING = re.compile(r"\bincluding:?\s*$", re.IGNORECASE)

# A sentence's subject opening a line that leads into its list ("We want:", "We will work
# with … to"): a theme over that list has no name of its own.
_SENTENCE_LEAD = re.compile(r"^(?:we|i|you|it|they|this|these|the council|the plan)\b",
                            re.IGNORECASE)
_PRIORITY_CUE = re.compile(r"\b(?:priorit(?:y|ies)|themes?|objectives?|outcomes?|pillars?|"
                           r"ambitions?|commitments?|missions?|blaenoriaeth\w*|amcan\w*|"
                           r"canlyniad\w*|themâu)\b", re.IGNORECASE)


def _lists_named_as_priorities(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """When some lists are named as priorities and others are named as nothing at all,
    the others are not priorities: "Our priorities" beside "We will do this by working
    with:" and a list of partners.

    Only lists are weighed (nodes with items under them), and only when one of them is
    named by its heading or the sentence leading into it; plain names over their
    outcomes ("Best start in life") are kept, since a list of such themes has no cue.
    """
    lists = [node for node in nodes if node.children]
    named = _with_their_run([node for node in lists if _cued(node)], nodes)
    if not named or len(named) == len(lists) or any(
            all(node.sig[:1] == (kind,) for node in lists) for kind in ("table", "para")):
        return nodes  # (the rows of a table are one set, whatever one row's text says, and
        # so are named paragraphs: "Ambition Borough" beside "Beautiful Borough")
    sections: dict[str, Node] = {}  # a heading over its own list, by its words
    for node in nodes:
        if node.children and not node.ref:
            sections.setdefault(fold(node.text[:MAX_TITLE]), node)
    for summary in named:
        detailed = _set_out_in_full(summary, nodes, sections)
        if detailed is not None:
            return detailed
    largest = max(len(node.children) for node in named)
    # never a list much longer than every named one: the longest list is seldom the aside
    unnamed = [node for node in lists if not _cued(node) and not _has_theme_hints(node)
               and node.hint != "theme" and not any(child.children for child in node.children)
               and not any(child.announced for child in node.children)
               and len(node.children) <= largest + 2]
    if len(unnamed) == len(lists) - len(named) and unnamed:
        for node in unnamed:
            warnings.append(f"Left out the list “{_short(node.text, 50)}”: it is not named as "
                            "priorities, and other lists are. To keep it, select the whole "
                            "list on the left and choose “An outcome”.")
        return [node for node in nodes if node not in unnamed]
    return nodes


def _with_their_run(named: list[Node], nodes: list[Node]) -> list[Node]:
    """The named lists, and the items beside them in one run that each hold a list of
    their own ("Environmental Sustainability – …" / its points / "Social Value – …" / its
    points): one list's items, named or not by their own words, stand or fall together."""
    wanted = {id(node) for node in named}
    runs: list[list[Node]] = []
    for node in nodes:
        # (an item that leads in its own list, "(ii) Fulfil other duties including to:",
        # is weighed on its own)
        item = bool(node.children) and not node.text.rstrip().endswith(":") and (
            not node.heading or node.sig[:1] in (("h",), ("bold",)))  # (not a lead-in)
        if item and runs and runs[-1] and runs[-1][-1].sig == node.sig:
            runs[-1].append(node)
        else:
            runs.append([node] if item else [])
    for run in runs:
        if any(id(node) in wanted for node in run) and _stand_together(run, wanted):
            wanted.update(id(node) for node in run)
    return [node for node in nodes if id(node) in wanted]


def _stand_together(run: list[Node], wanted: set[int]) -> bool:
    """Whether a run of lists is one set: items always; headings ("Environmental
    Sustainability", "Social Value", each over a sentence and its points) only when
    none is named as priorities by its own words, but by the text under it, since
    "Our values" and "Our priorities" side by side are two sets."""
    if not run[0].heading:
        return True
    return not any(id(node) in wanted and _PRIORITY_CUE.search(node.text) for node in run)


SECTIONS_SET_OUT = 2


def _set_out_in_full(summary: Node, nodes: list[Node],
                     sections: dict[str, Node]) -> list[Node] | None:
    """"Our Strategic Aims are:" / - Excellence for service users / - Empowerment … and
    then a section headed by each aim with its own list: the aims are the themes, each
    with its section's list; an aim with no section of its own stands alone. None when
    fewer than two sections repeat the summary's items."""
    found = [sections.get(fold(item.text[:MAX_TITLE])) for item in summary.children]
    found = [node if node is not summary else None for node in found]
    if sum(node is not None for node in found) < SECTIONS_SET_OUT:
        return None
    used = {id(node) for node in found if node is not None}
    themes = [node if node is not None else item
              for node, item in zip(found, summary.children, strict=True)]
    at = nodes.index(summary)
    rest = [node for node in nodes if id(node) not in used and node is not summary]
    return rest[:at] + themes + rest[at:]


def _only_the_announced(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """Of one level of items, those a lead-in counted ("the four priorities …:") are the
    priorities; the points around them ("Recent progress was highlighted.") are not."""
    announced = [node for node in nodes if node.announced]
    if not announced or len(announced) == len(nodes):
        return nodes
    for node in nodes:
        if not node.announced:
            warnings.append(f"Left out “{_short(node.text, 50)}”: the text announces "
                            f"{len(announced)} priorities, and this is not one of them.")
    return announced


ASIDE_BESIDE = 3  # items in another list that make a one-item list an aside


def _without_one_item_asides(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """A sentence leading into a single item ("When things go wrong we will:" / "have a
    complaints policy") beside a list of several is an aside, not a priority."""
    if not any(len(node.children) >= ASIDE_BESIDE for node in nodes):
        return nodes
    asides = [node for node in nodes if node.sig == ("lead",) and ends_a_lead_in(node.text)
              and len(node.children) == 1
              and not node.children[0].children and node.hint != "theme"
              and not node.children[0].announced]
    for node in asides:
        warnings.append(f"Left out the list “{_short(node.text, 50)}”: it has only one item, "
                        "beside longer lists.")
    return [node for node in nodes if node not in asides]


def _cued(node: Node) -> bool:
    """Whether a list is named as priorities: by its heading or lead-in, the paragraph
    under it, or an item that leads into a list of its own ("The policy will seek to:"
    / "Support delivery of key NHS priorities:" / its points)."""
    return bool(_PRIORITY_CUE.search(node.text) or (
        node.paragraphs and _PRIORITY_CUE.search(node.paragraphs[0][:300])) or any(
        child.children and _PRIORITY_CUE.search(child.text) for child in node.children))


def _without_empty_headings_at_the_end(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """Headings with nothing at all under them after the one heading that holds a list
    ("Our priorities" and its list, then "Our council area" and "Demographics as of
    2021", whose tables and charts a Word file or PDF does not give as text): the
    document's back pages, not priorities standing for themselves. (After two or more
    headings with lists, an empty one is more likely the next of them, cut short; and
    when empty headings come before the list too, they are all priorities, one of which
    has a list.)"""
    holding = [i for i, node in enumerate(nodes) if node.children]
    if len(holding) != 1 or any(_empty_heading(node) for node in nodes[:holding[0]]):
        return nodes
    kept = nodes[:holding[0] + 1]
    for node in nodes[holding[0] + 1:]:
        if _empty_heading(node):
            warnings.append(f"Left out the heading “{_short(node.text, 50)}” at the end: "
                            "nothing is under it.")
        else:
            kept.append(node)
    return kept


def _without_document_names(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """Among headings over paragraphs, one naming a dated document ("Progressive
    Procurement Strategy 2020/27" over what it sets out) is about that document, not one
    of the priorities beside it."""
    named = [node.heading and _DATED_DOCUMENT.search(node.text) is not None for node in nodes]
    if not any(named) or len(nodes) - sum(named) < 2:
        return nodes
    for node, names in zip(nodes, named, strict=True):
        if names:
            warnings.append(f"Left out the heading “{_short(node.text, 50)}”: it names a "
                            "document, not a priority.")
    return [node for node, names in zip(nodes, named, strict=True) if not names]


# A document's name ending in its years: "… Strategy 2020/27", "… annual plan 2022-2023"
_DATED_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_KINDS}) (?:19|20)\d\d(?: ?[-–/] ?\d{{2,4}})?$",
                             re.IGNORECASE)


def _empty_heading(node: Node) -> bool:
    return node.heading and node.sig[:1] == ("h",) and not node.paragraphs and \
        not node.children


def _without_trailing_sections(nodes: list[Node], warnings: list[str]) -> list[Node]:
    """Headings with only text under them after a list of priorities are sections.

    "Early years – …", "Live well – …", then a heading "Accessibility" over a
    paragraph about easy-read versions: the heading is not a fifth priority.
    """
    listed = [i for i, node in enumerate(nodes) if not node.heading and node.hint != "theme"]
    if len(listed) < 2:
        return nodes
    kept = nodes[:listed[-1] + 1]
    for node in nodes[listed[-1] + 1:]:
        if node.heading and node.hint != "theme":
            warnings.append(f"Left out the section “{_short(node.text, 50)}”: it has text but "
                            "no priorities under it.")
        else:
            kept.append(node)
    return kept


# Sentences that talk to the reader or about the page, never a priority's title (a
# theme may be one word, "Visit", beside "Live" and "Work")
_READER_PROSE = re.compile(r"^(?:if you|for (?:more|further)|please|you can|you will|you may|"
                           r"to find out|find out|click(?= )|visit(?= )|"
                           r"this (?:page|document|plan|policy|strategy|charter|framework)|"
                           r"it is|these are|they are"
                           r")\b", re.IGNORECASE)
_TWO_SENTENCES = re.compile(r"[a-z)][.!?] [A-Z]")


def _drop_prose_outcomes(theme: ImportTheme, warnings: list[str]) -> None:
    """Outcomes whose title is two sentences, or speaks to the reader ("If you would
    like…", "This plan sets out…"), are prose that came along with a list. A theme is
    never emptied this way.

    An outcome of two sentences that opens as every other one does ("To raise the
    profile of the council … This includes …" among "To …" objectives) is one of them,
    its first sentence the title and the rest its description."""
    opening = _shared_opening([o.title for o in theme.outcomes])
    for outcome in theme.outcomes:
        if opening and first_word(outcome.title) == opening and \
                not _READER_PROSE.match(outcome.title):
            _first_sentence_as_title(outcome)
    questions = sum(1 for outcome in theme.outcomes if outcome.title.rstrip().endswith("?"))
    kept = [outcome for outcome in theme.outcomes if not _reads_as_prose(outcome.title)
            # a question among statements: the next of a page's questions and answers
            and not (outcome.title.rstrip().endswith("?") and questions == 1)]
    if not kept or len(kept) == len(theme.outcomes):
        return
    for outcome in theme.outcomes:
        if outcome not in kept:
            why = "it is a question, not a priority" if outcome.title.rstrip().endswith("?") \
                else "it reads as a sentence about the document, not a priority"
            warnings.append(f"Left out “{_short(outcome.title, 50)}”: {why}.")
    theme.outcomes = kept


PARALLEL_ITEMS = 3  # outcomes, besides the one of two sentences, that open alike


def _shared_opening(titles: list[str]) -> str:
    """The first word every one-sentence title opens with ("to"), if there are enough
    (a sentence that speaks to the reader does not count)."""
    single = [t for t in titles if not _reads_as_prose(t)]
    words = {first_word(t) for t in single}
    # ("To help to keep people safe … This will include …" beside "To find ways of …":
    # one other aim is enough when they open as aims do)
    enough = 1 if words == {"to"} else PARALLEL_ITEMS
    return words.pop() if len(single) >= enough and len(words) == 1 else ""


def _first_sentence_as_title(outcome: ImportOutcome) -> None:
    found = _TWO_SENTENCES.search(outcome.title, 0, 400)
    if found is None:
        return
    rest = outcome.title[found.start() + 2:].strip()
    outcome.title = outcome.title[:found.start() + 1].rstrip(".!? ")
    outcome.description = "\n\n".join(p for p in (rest, outcome.description) if p)


def _reads_as_prose(title: str) -> bool:
    return bool(_READER_PROSE.match(title) or _TWO_SENTENCES.search(title, 0, 400))


def _drop_repeated_outcomes(theme: ImportTheme, warnings: list[str]) -> None:
    """An outcome given again under the same theme (a page that lists its objectives,
    then repeats the first over its own section) is kept once; one that only repeats
    the theme's own name ("Socially responsible" over "Socially responsible" and its
    sections, a page's title given twice) is left out beside others."""
    def key_of(title: str) -> str:
        return " ".join(fold(title).split()).rstrip(".")

    seen: set[str] = {key_of(theme.title)} if len(theme.outcomes) > 1 else set()
    kept: list[ImportOutcome] = []
    for outcome in theme.outcomes:
        key = key_of(outcome.title)
        if key == key_of(theme.title) and not theme.description:
            theme.description = outcome.description  # its words belong to the theme
        if key in seen:
            warnings.append(f"Left out “{_short(outcome.title, 50)}” the second time: it is "
                            "already there.")
            continue
        seen.add(key)
        kept.append(outcome)
    theme.outcomes = kept


def _without_skipped_sections(root: Node, warnings: list[str]) -> Node:
    """The tree without its introduction, vision, contents … sections; but when those
    hold the only list items there are ("Our vision" over "Economy" and its outcomes,
    the whole of a plan's page), the tree as it was, with a note saying so."""
    # _skip_sections only gives nodes new children lists, so keeping the old lists is
    # enough to undo it (a deep copy of 20,000 items took a second)
    before = [(node, node.children) for node in _flatten([root])]
    had_items = _has_list_items(root)
    notes: list[str] = []
    _skip_sections(root, notes)
    if not _has_list_items(root) and had_items:
        for node, children in before:
            node.children = children
        warnings.append("Kept the sections headed as introductions or the vision: they hold "
                        "the only lists in the text.")
        return root
    warnings.extend(notes)
    return root


def _has_list_items(root: Node) -> bool:
    return any(not node.heading for node in _flatten(root.children))


LIST_LABEL_WORDS = 2  # ("Objectives:", "Key actions:"; not "The deal includes:")


def _list_labels_give_way(node: Node) -> None:
    """An item that only labels the list under it, inside a priority ("• We will be an
    effective partner …" / "o Objectives:" / "§ Tackle our health inequalities"): its
    items stand in its place, as the priority's own points."""
    for child in node.children:
        _list_labels_give_way(child)
    if not node.text and node.sig == ():
        return  # the root: a label at the top names the whole list; other passes read it
    node.children = [grandchild for child in node.children for grandchild in (
        child.children if _only_a_label(child) else [child])]


def _only_a_label(node: Node) -> bool:
    return bool(node.children) and not node.heading and not node.paragraphs and \
        node.text.rstrip().endswith(":") and _words(node.text) <= LIST_LABEL_WORDS


def _result_from_tree(root: Node, name: str, warnings: list[str]) -> ImportResult:
    _list_labels_give_way(root)
    root = _without_skipped_sections(root, warnings)
    _warn_left_out(_collect_left_out(root), warnings)
    nodes, wrapper_nodes = _unwrap(root)
    nodes = _lists_named_as_priorities(_questions_join_their_heading(nodes), warnings)
    nodes = _one_list_among_sections(nodes, wrapper_nodes, warnings)
    nodes = _without_one_item_asides(nodes, warnings)
    if _leads_into_lists(nodes) and len(root.children) > 1:
        wrapper_nodes.append(nodes[0])  # "The policy will seek to:" over items with lists
        nodes = nodes[0].children
    general = sum(len(node.paragraphs) for node in wrapper_nodes)
    if general:
        warnings.append(f"Left out {general} line{'s' * (general != 1)} of general text that "
                        "is not part of a priority.")
    wrappers = [_wrapper_title(node) for node in wrapper_nodes]
    if not name and wrappers and wrappers[0] and not ends_a_lead_in(wrappers[0]):
        name = wrappers[0]
    wrappers = [w for w in wrappers if w]
    name = _clip(name.strip(" :"), 200) or DEFAULT_NAME
    result = ImportResult(name=unshouted(name), warnings=warnings)
    if not nodes:
        warnings[:] = [w for w in warnings if not w.startswith(INTRODUCTION_NOTE)]
        warnings.append(f"{NOTHING_FOUND} Check the text has headings, numbered or bulleted "
                        "lists, or lines such as “Theme 1: …” and “Outcome: …”.")
        return result
    nodes = _without_empty_headings_at_the_end(nodes, warnings)
    single_level = all(not node.children for node in nodes)
    if single_level:
        nodes = _without_document_names(nodes, warnings)
        nodes = _only_the_announced(_without_trailing_sections(nodes, warnings), warnings)
    if single_level and not all(node.hint == "theme" for node in nodes):
        result.themes = [_one_theme(nodes, wrappers, name, warnings)]
    else:
        result.themes = _two_levels(nodes, warnings)
        if len(result.themes) == 1:
            _holds_one_level(result.themes[0], name, warnings)
    for theme in result.themes:
        _drop_repeated_outcomes(theme, warnings)
        _drop_prose_outcomes(theme, warnings)
    if len(result.themes) > MAX_THEMES:
        warnings.append(f"Only the first {MAX_THEMES} themes were kept (there were "
                        f"{len(result.themes)}).")
        del result.themes[MAX_THEMES:]
    total = 0
    for theme in result.themes:
        room = max(0, MAX_OUTCOMES - total)
        if len(theme.outcomes) > room:
            del theme.outcomes[room:]
            if room == 0 or not any("outcomes were kept" in w for w in warnings):
                warnings.append(f"Only the first {MAX_OUTCOMES} outcomes were kept.")
        total += len(theme.outcomes)
    if len(warnings) > MAX_WARNINGS:
        more = len(warnings) - MAX_WARNINGS
        del warnings[MAX_WARNINGS:]
        warnings.append(f"… and {more} more note{'s' * (more != 1)}.")
    return result


def _parse_lines(lines: list[_Line], warnings: list[str], name: str = "") -> ImportResult:
    """The tree the shaped lines give; when they give nothing, or one lone priority (a
    news item's headline over its paragraphs), a second reading that takes short lines
    between paragraphs as a list whose marks were lost, then one that takes a contents
    page's section names, then one that takes the list inside a sentence."""
    # (the passes change the lines they read: one copy is kept for the second readings,
    # and copied again only when one of them is needed)
    original = [replace(line) for line in lines]
    shaped = apply_shapes(lines)
    entries = contents_entries(shaped)  # (before the outline joins and moves lines)
    statements = any(line.reason == STATEMENT_LIST for line in shaped)
    result = _outline(shaped, list(warnings), name)
    if result.themes and _priorities_in(result) > 1:
        return result
    spare = [replace(line) for line in original] if could_hold_a_run(original) else None
    second = _statement_reading(original, warnings, name) if statements else None
    second = second or _second_reading(shaped, spare, entries, warnings, (name, result.name))
    if second is not None and (not result.themes or _priorities_in(second) > 1):
        return second
    return result


def _priorities_in(result: ImportResult) -> int:
    """How many priorities a result holds: the outcomes, or the themes when none has any."""
    return sum(len(theme.outcomes) for theme in result.themes) or len(result.themes)


def _statement_reading(lines: list[_Line], warnings: list[str], name: str) -> ImportResult | None:
    """The text read again keeping the lists under the vision or mission ("Our mission for
    2023/24" over six actions), when that finds two or more priorities, else None."""
    result = _outline(apply_shapes(lines, statements_kept=True), list(warnings), name)
    if _priorities_in(result) < 2:
        return None
    result.warnings.insert(0, f"{STATEMENTS_NOTE}, so the list under it was taken as the "
                              "priorities.")
    return result


def _second_reading(shaped: list[_Line], spare: list[_Line] | None, entries: list[_Line],
                    warnings: list[str], names: tuple[str, str]) -> ImportResult | None:
    """The first of the second readings that finds any themes, or None. ``names``: the
    name the caller gave, and the one the first reading found."""
    name, found_name = names
    if spare is not None:
        again = apply_shapes(spare)
        if short_lines_between_paragraphs(again):
            second = _outline(again, list(warnings), name)
            if second.themes:
                second.warnings.insert(0, f"{LAST_RESORT_NOTE}, so the short lines between "
                                          "its paragraphs were taken as the priorities.")
                return second
    if entries:
        second = _outline(entries, list(warnings), found_name)
        second.warnings.insert(0, f"{CONTENTS_ONLY_NOTE}, so its section names were taken "
                                  "as the priorities.")
        return second
    in_a_sentence = a_list_in_a_sentence(shaped)
    if in_a_sentence:
        second = _outline(in_a_sentence, list(warnings), found_name)
        if second.themes:
            second.warnings.insert(0, f"{IN_A_SENTENCE_NOTE}, so the list inside one of its "
                                      "sentences was taken as the priorities.")
            return second
    return None


def _outline(shaped: list[_Line], warnings: list[str], name: str) -> ImportResult:
    prepared = prepare_lines(shaped)
    items_that_lead_in(prepared)
    root, found_name = build_tree(prepared, warnings)
    return _result_from_tree(root, name or found_name, warnings)


# --------------------------------------------------------------- public API

_BOLD_START = re.compile(r"^(?:\*\*|__)([^*_\n]{1,200})(?:\*\*|__)")


def _text_paragraphs(text: str) -> list[tuple[str, str]]:
    """Each non-blank line of a paste, with a Markdown bold name at its start."""
    found: list[tuple[str, str]] = []
    for raw in text.split("\n")[:5000]:
        stripped = raw.strip()
        if stripped:
            bold = _BOLD_START.match(stripped)
            found.append((_plain(stripped), bold.group(1).strip() if bold else ""))
    return found


def _block_paragraphs(blocks: list[Any]) -> list[tuple[str, str]]:
    """Each Word paragraph with the bold words it starts with (if any), and each table
    row as a paragraph of its own, its cells parted by dashes ("Our Borough – To support
    a prosperous borough; To support a well borough"): the text the preview shows, which
    the person may read again as plain text."""
    found: list[tuple[str, str]] = []
    for block in blocks[:5000]:
        if isinstance(block, Table):
            found.extend((row, "") for row in _table_paragraphs(block))
            continue
        text = " ".join((getattr(block, "text", "") or "").split())
        if not text:
            continue
        runs = getattr(block, "bold_runs", ()) or ()
        bold = text if getattr(block, "all_bold", False) else ""
        if not bold and runs and text.startswith(runs[0].strip()) and runs[0].strip():
            bold = runs[0].strip()
        found.append((text, bold if _words(bold) <= 12 else ""))
    return found


def _table_paragraphs(table: Table) -> list[str]:
    """A table's rows as lines of text: its filled cells in turn, a cell's own lines
    parted by semicolons."""
    rows = []
    for row in table.rows:
        cells = ["; ".join(" ".join(part.split()) for part in cell.split("\n") if part.strip())
                 for cell in row]
        text = " – ".join(cell for cell in cells if cell)
        if text:
            rows.append(text)
    return rows


def _unsure(result: ImportResult) -> str:
    """Why the preview should ask the person to check, in plain words ("" if sure)."""
    if not result.themes:
        return (f"{NOTHING_FOUND} If each paragraph is one priority, choose “Each paragraph "
                "is a priority”; or select a priority's words in the text and add them as a "
                "theme or an outcome.")
    if any(w.startswith(LAST_RESORT_NOTE) for w in result.warnings):
        return ("Nothing was marked as a list, so these short lines were taken as the "
                "priorities. Check them, or try a fix below.")
    if any(w.startswith(IN_A_SENTENCE_NOTE) for w in result.warnings):
        return ("Nothing was set out as a list, so the list inside a sentence was taken as "
                "the priorities. Check them, or try a fix below.")
    if any(w.startswith(CONTENTS_ONLY_NOTE) for w in result.warnings):
        return ("The text is a contents page, so its section names were taken as the "
                "priorities. Remove the ones that are not priorities.")
    if any(w.startswith(STATEMENTS_NOTE) for w in result.warnings):
        return ("The only list is under the vision or mission, so it was taken as the "
                "priorities. Check them, or try a fix below.")
    if result.outcome_count < 2:
        return f"{ONE_PRIORITY} Check the text, or try a fix below."
    if any(w.startswith(SINGLE_LEVEL_NOTE) for w in result.warnings):
        return (f"{ONE_LIST} If they are the council's themes, choose “Make these "
                "themes”.")
    return ""


def parse_priorities_text(text: str) -> ImportResult:
    """Find themes and outcomes in pasted text or Markdown. Never raises."""
    try:
        # no council's priorities run to millions of characters: cut before any work,
        # one character over the limit so that the cut is reported
        text = ordinary_spaces(clean_paste(text[:MAX_TEXT_CHARS + 1]))
        lines, warnings = _lines_from_text(text)
        result = _parse_lines(lines, warnings)
        result.source = _text_paragraphs(text)
        result.unsure = _unsure(result)
        return result
    except Exception as exc:  # a safety net: the preview must always open
        return ImportResult(warnings=[f"The text could not be read as priorities ({exc}). "
                                      "Try pasting it again, or add the themes by hand."])


def _a_guess(result: ImportResult) -> bool:
    """Whether a reading found nothing, one lone priority, or only took a guess (short
    lines, a sentence's list, a contents page, the list under the mission)."""
    return _priorities_in(result) < 2 or any(
        warning.startswith((LAST_RESORT_NOTE, IN_A_SENTENCE_NOTE, CONTENTS_ONLY_NOTE,
                            STATEMENTS_NOTE)) for warning in result.warnings)


def _read_as_pasted(result: ImportResult, text: str) -> ImportResult:
    """A Word file or PDF whose layout showed no list (a contents page typed as one
    paragraph, names set as plain lines) read again as its text would be pasted: the
    pasted reader knows the shapes a copied page takes. Its reading is kept only when
    it is no guess."""
    second = parse_priorities_text(text)
    if _a_guess(second):
        return result
    if second.name == DEFAULT_NAME:
        second.name = result.name  # (the file's title, which its layout showed)
    second.warnings.insert(0, READ_AS_PASTED_NOTE)
    return second


# A file read again as pasted text only up to this size (a plan on a page, a contents
# page; about thirty pages of text): a long document keeps its layout's reading, so the
# second reading never doubles the time a long one takes
PASTED_READING_CHARS = 200_000

READ_AS_PASTED_NOTE = ("The file's layout showed no clear list, so its text was read as if "
                       "it had been pasted.")


def parse_priorities_file(path: Path) -> ImportResult:
    """Find themes and outcomes in a .docx, .txt or .md file.

    Raises :class:`PrioritiesImportError` (a friendly one-line message) for a
    file that cannot be read; never changes the file.
    """
    path = Path(path)
    try:
        document = read_document(path, accept=("text", "docx", "pdf", "xlsx"))
    except DocumentError as exc:
        raise PrioritiesImportError(str(exc)) from exc
    measures = read_measure_list(document, path.stem)  # a spreadsheet or CSV of measures
    if measures is not None:
        return measures
    if document.kind == "xlsx":
        raise PrioritiesImportError(NO_MEASURE_COLUMNS.format(name=path.name))
    if document.kind in ("docx", "pdf"):  # a PDF's paragraphs come as Word's do
        lines, title, warnings = lines_from_blocks(document.blocks)
        try:
            result = _parse_lines(lines, warnings, title)
            result.source = _block_paragraphs(document.blocks)
            result.unsure = _unsure(result)
            text = document.plain_text()
            if _a_guess(result) and len(text) <= PASTED_READING_CHARS:
                result = _read_as_pasted(result, text)
        except Exception:  # pragma: no cover - the same safety net as for text
            result = ImportResult(warnings=["The document's layout could not be understood. "
                                            "Copy the priorities and paste them in instead."])
    else:
        result = parse_priorities_text(document.text)
    if result.name == DEFAULT_NAME:
        result.name = path.stem
    return result
