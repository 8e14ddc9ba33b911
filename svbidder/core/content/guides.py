"""The written guides in ``guides/``: listing, rendering, links and search.

Pure Python (no Qt): the guide browser in the GUI shows what this module
returns. A guide is a Markdown file named by its path inside ``guides/``
without ``.md``, e.g. ``"writing-to-a-limit"`` or ``"training/exercises"``.
``guides/README.md`` is the index; its links set the order of
:func:`list_guides`.

Links inside a rendered guide are rewritten for the browser:

- a link to another guide (``glossary.md#sroi``, ``../glossary.md``) or to a
  section (``#consent``) becomes ``guide:NAME#anchor``, see :func:`guide_url`
  and :func:`parse_guide_url`;
- a web link (``https://…``) gets ``class="external"``, a tooltip and a
  visible "(external)" marker. The GUI opens these in the system browser, and
  only when clicked.

Section anchors are the slugs of python-markdown's ``toc`` extension, made by
:func:`slugify`, so ``## Vague promises`` is ``#vague-promises`` everywhere:
in rendered pages, in :func:`guide_anchors`, :func:`resolve_link`, search hits
and :data:`KNOWN_LINKS`.

The ``markdown`` package is imported only when a guide is first rendered, to
keep start-up fast.
"""

from __future__ import annotations

import posixpath
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from svbidder.core.text.search import fold, search_words
from svbidder.paths import guides_dir, require, require_files

INDEX = "README"
"""The index page (``guides/README.md``): rendered like a guide, not listed."""

TRAINING_FOLDER = "training"

URL_SCHEME = "guide"

GUIDE_ORDER: tuple[str, ...] = (
    "what-is-social-value",
    "reading-council-priorities",
    "bringing-in-priorities",
    "unpicking-what-you-do",
    "writing-to-a-limit",
    "smart-commitments",
    "evidence-stories-and-consent",
    "measuring-and-reporting",
    "after-you-win",
    "proportionality-and-additionality",
    "how-answers-are-scored",
    "glossary",
    "training/trainer-notes",
    "training/exercises",
)
"""The order used when ``guides/README.md`` is missing or lists no guides."""

ALIASES: dict[str, str] = {
    "evidence-and-stories": "evidence-stories-and-consent",
    "reading-a-councils-priorities": "reading-council-priorities",
    "reading-councils-priorities": "reading-council-priorities",
}
"""Other names a link may use for a guide; :func:`resolve_link` accepts them."""

KNOWN_LINKS: tuple[str, ...] = (
    *GUIDE_ORDER,  # whole guides
    # What social value is.
    "what-is-social-value#why-councils-ask-about-it",
    "what-is-social-value#additionality",
    # Reading the council's priorities.
    "reading-council-priorities#themes-outcomes-and-measures",
    "reading-council-priorities#a-plan-on-a-page",
    "reading-council-priorities#answer-every-part",
    "reading-council-priorities#read-the-scoring-notes",
    "reading-council-priorities#adding-the-councils-priorities",
    # Unpicking what you do (the interview, the map and its gaps).
    "unpicking-what-you-do#use-the-guided-questions",
    "unpicking-what-you-do#write-each-activity-down",
    "unpicking-what-you-do#link-activities-to-the-councils-priorities",
    "unpicking-what-you-do#closing-a-gap",
    # Writing to a limit (length and plain-English checks).
    "writing-to-a-limit#getting-started",
    "writing-to-a-limit#how-words-and-characters-are-counted",
    "writing-to-a-limit#portal-safe-count",
    "writing-to-a-limit#over-the-limit",
    "writing-to-a-limit#using-the-space",
    "writing-to-a-limit#vague-promises",
    "writing-to-a-limit#numbers-and-dates",
    "writing-to-a-limit#long-sentences",
    "writing-to-a-limit#plain-english",
    # SMART commitments (specifics checks and the commitments panel).
    "smart-commitments#what-smart-means",
    "smart-commitments#numbers",
    "smart-commitments#timescales",
    "smart-commitments#who-and-where",
    "smart-commitments#vague-promises",
    "smart-commitments#vague-quantities",
    "smart-commitments#complete-commitments",
    # Evidence, stories and consent (evidence checks).
    "evidence-stories-and-consent#kinds-of-evidence",
    "evidence-stories-and-consent#keep-figures-fresh",
    "evidence-stories-and-consent#stories-and-quotes",
    "evidence-stories-and-consent#personal-information",
    "evidence-stories-and-consent#consent",
    # Measuring and reporting (delivery checks).
    "measuring-and-reporting#monitoring",
    "measuring-and-reporting#owner",
    "measuring-and-reporting#delivery-plan",
    "measuring-and-reporting#reporting-to-the-council",
    "measuring-and-reporting#when-things-go-off-track",
    # Proportionality and additionality.
    "proportionality-and-additionality#proportionality",
    "proportionality-and-additionality#additionality",
    "proportionality-and-additionality#your-core-work-still-counts",
    "proportionality-and-additionality#already-required",
    # Scoring.
    "how-answers-are-scored#the-0-to-5-scale",
    "how-answers-are-scored#weighting",
    "how-answers-are-scored#what-moves-you-up-a-band",
    # Glossary terms the app links to.
    "glossary#social-value",
    "glossary#toms",
    "glossary#ppn",
    "glossary#sroi",
    "glossary#vcse",
    "glossary#kpi",
    "glossary#additionality",
    "glossary#weighting",
    "glossary#itt",
    "glossary#pqq",
    "glossary#proportionality",
    "glossary#smart",
    "glossary#portal-safe-count",
    "glossary#priority-pack",
    # Training.
    "training/trainer-notes#the-90-minute-session",
    "training/trainer-notes#resetting-the-example",
    "training/exercises#exercise-1-unpick-what-millbrook-does",
    "training/exercises#exercise-2-map-activities-to-anytowns-priorities",
    "training/exercises#exercise-3-draft-sv1-to-500-words",
    "training/exercises#exercise-4-fix-a-weak-answer",
    "training/exercises#exercise-5-export-the-bid",
)
"""Guide links (``name#anchor``) the app uses or may use. Tests check each one."""

MARKDOWN_EXTENSIONS = ("toc", "tables", "fenced_code", "sane_lists")

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TEXT_BLOCKS = ("p", "li", "td", "th", "pre")
_TASK_RE = re.compile(r"^\[( |x|X)\]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")


class GuideError(LookupError):
    """A guide, or a section of one, that does not exist. The message is plain."""


@dataclass(frozen=True)
class GuideInfo:
    name: str
    title: str
    path: Path
    training: bool


@dataclass(frozen=True)
class TocEntry:
    level: int
    anchor: str
    title: str


@dataclass(frozen=True)
class RenderedGuide:
    name: str
    html: str
    """An HTML fragment (no ``<html>``/``<body>``), styled by :func:`guide_css`."""
    title: str
    anchors: list[str]
    warnings: list[str]
    toc: list[TocEntry] = field(default_factory=list)


@dataclass(frozen=True)
class SearchHit:
    name: str
    title: str
    """The guide's title."""
    anchor: str
    """The section's anchor, or "" for the top of the guide."""
    snippet: str
    heading: str = ""
    """The section's heading (the guide's title for its opening lines)."""
    highlights: tuple[tuple[int, int], ...] = ()
    """``(start, end)`` of each match in ``snippet``, for bold or colour."""


@dataclass(frozen=True)
class GuideStats:
    words: int
    body_words: int
    sentences: int

    @property
    def average_sentence_length(self) -> float:
        """Words per sentence, headings left out."""
        return self.body_words / self.sentences if self.sentences else 0.0


# --------------------------------------------------------------------------- names


def slugify(text: str) -> str:
    """The anchor python-markdown's ``toc`` extension gives a heading."""
    from markdown.extensions.toc import slugify as toc_slugify

    return toc_slugify(text, "-")


def guide_url(name: str, anchor: str = "") -> str:
    """``guide:NAME#anchor``, the URL a rendered link to a guide carries."""
    return f"{URL_SCHEME}:{name}" + (f"#{anchor}" if anchor else "")


def parse_guide_url(url: str) -> tuple[str, str]:
    """``(name, anchor)`` from a ``guide:`` URL; raises :class:`GuideError` if not one."""
    if not url.startswith(f"{URL_SCHEME}:"):
        raise GuideError(f"“{url}” is not a link to a guide.")
    name, _, anchor = url[len(URL_SCHEME) + 1:].partition("#")
    return name, anchor


def _canonical(name: str) -> str:
    name = name.strip().removeprefix(f"{URL_SCHEME}:").strip("/")
    name = name.removesuffix(".md")
    return ALIASES.get(name, name)


def _path(name: str) -> Path:
    """The file of the guide called ``name`` (aliases allowed), or GuideError."""
    name = _canonical(name)
    if name != INDEX and not _NAME_RE.match(name):
        raise GuideError(f"There is no guide called “{name}”.")
    path = require(guides_dir()) / f"{name}.md"  # no folder at all: a broken install
    if not path.is_file():
        raise GuideError(f"There is no guide called “{name}”.")
    return path


def _name_of(path: Path) -> str:
    return path.relative_to(guides_dir()).with_suffix("").as_posix()


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _stamp(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


# --------------------------------------------------------------------------- listing

_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)(?:#[^)\s>]*)?>?\s*\)")


def _title_from_source(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return re.sub(r"[*_`]", "", line[2:]).strip().rstrip("#").strip() or fallback
    return fallback


def _order() -> list[str]:
    index = guides_dir() / f"{INDEX}.md"
    names: list[str] = []
    if index.is_file():
        for target in _LINK_RE.findall(_read(index)):
            name = posixpath.normpath(target).removesuffix(".md")
            if name not in names and _NAME_RE.match(name) and (guides_dir() / target).is_file():
                names.append(name)
    return names or [name for name in GUIDE_ORDER if (guides_dir() / f"{name}.md").is_file()]


def list_guides() -> list[GuideInfo]:
    """Every guide (not the index), in the index's order, then any others A–Z."""
    folder = guides_dir()
    # Never an empty list: no guides at all means a broken install.
    extra = [_name_of(path) for path in require_files(folder, "**/*.md")]
    names = _order()
    names += [name for name in extra if name not in names and _NAME_RE.match(name)]
    guides = []
    for name in names:
        path = folder / f"{name}.md"
        guides.append(GuideInfo(name=name, title=_title_from_source(_read(path), name), path=path,
                                training=name.startswith(f"{TRAINING_FOLDER}/")))
    return guides


# --------------------------------------------------------------------------- rendering


@dataclass
class _Section:
    level: int
    anchor: str
    heading: str
    parts: list[str] = field(default_factory=list)


@dataclass
class _Outline:
    title: str
    anchors: list[str]
    toc: list[TocEntry]
    sections: list[_Section]
    blocks: list[tuple[str, str]]
    """``(tag, text)`` of each paragraph, list item, table cell and code block."""
    warnings: list[str]


def _text(element: Any, skip: Iterable[str] = ()) -> str:
    """The text of ``element``, leaving out child elements with a tag in ``skip``."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in skip:
            parts.append(_text(child, skip))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _outline_tree(root: Any, name: str) -> _Outline:
    """Title, anchors, sections and text blocks of a converted guide's tree."""
    problems: list[str] = []
    title = ""
    anchors: list[str] = []
    toc: list[TocEntry] = []
    sections = [_Section(level=1, anchor="", heading="")]
    blocks: list[tuple[str, str]] = []
    seen_headings: dict[str, str] = {}

    def walk(element: Any) -> None:
        nonlocal title
        for child in element:
            if child.tag in _HEADINGS:
                text = _text(child)
                anchor = child.get("id", "")
                level = int(child.tag[1])
                if anchor:
                    anchors.append(anchor)
                    base = re.sub(r"_\d+$", "", anchor)
                    if base != anchor and base in seen_headings:
                        problems.append(f"Two sections have the heading “{text}”, so a link to "
                                        f"#{base} cannot reach the second one.")
                    seen_headings.setdefault(anchor, text)
                toc.append(TocEntry(level=level, anchor=anchor, title=text))
                if level == 1 and not title:
                    title = text
                    sections[0].heading = text
                else:
                    sections.append(_Section(level=level, anchor=anchor, heading=text))
                continue
            if child.tag in _TEXT_BLOCKS:
                if child.tag == "li":
                    # Nested lists and the paragraphs of a "loose" list are blocks of their own.
                    text = _TASK_RE.sub("", _text(child, skip=("ul", "ol", "p")))
                else:
                    text = _text(child)
                if text:
                    blocks.append((child.tag, text))
                    sections[-1].parts.append(text)
            walk(child)

    walk(root)
    if not title:
        problems.append("The guide has no title: start it with a line like “# The title”.")
        title = name
        sections[0].heading = title
    return _Outline(title=title, anchors=anchors, toc=toc, sections=sections, blocks=blocks,
                    warnings=problems)


def _empty_sections(root: Any) -> list[str]:
    """Warnings for headings with nothing under them before the next heading."""
    problems = []
    children = list(root)
    for index, child in enumerate(children):
        if child.tag not in _HEADINGS:
            continue
        level = int(child.tag[1])
        following = children[index + 1] if index + 1 < len(children) else None
        if following is None or (following.tag in _HEADINGS and int(following.tag[1]) <= level):
            problems.append(f"The section “{_text(child)}” is empty.")
    return problems


class _LinkRewriter:
    """Checks and rewrites the links of one guide's element tree."""

    def __init__(self, name: str, own_anchors: set[str],
                 anchors_of: Callable[[str], set[str] | None]) -> None:
        self.name = name
        self.own_anchors = own_anchors
        self.anchors_of = anchors_of
        self.warnings: list[str] = []

    def run(self, root: Any) -> None:
        for parent in list(root.iter()):
            for element in list(parent):
                if element.tag == "a":
                    self._link(element)
                elif element.tag == "img":
                    self.warnings.append(f"Pictures are not shown in guides: "
                                         f"“{element.get('src', '')}”.")
                elif element.tag == "li":
                    self._task(element)
            items = [child for child in parent if child.tag == "li"]
            if parent.tag == "ul" and items and all("task" in (item.get("class") or "")
                                                    for item in items):
                parent.set("class", "checklist")

    def _task(self, item: Any) -> None:
        """``- [ ] thing`` becomes a checklist item with a box."""
        holder = item
        if not (item.text or "").strip() and len(item) and item[0].tag == "p":
            holder = item[0]  # a "loose" list puts the text in a paragraph
        text = holder.text or ""
        match = _TASK_RE.match(text.lstrip())
        if match:
            ticked = match.group(1) != " "
            holder.text = ("☑ " if ticked else "☐ ") + text.lstrip()[match.end():]
            item.set("class", "task done" if ticked else "task")

    def _link(self, link: Any) -> None:
        href = (link.get("href") or "").strip()
        label = _text(link) or href
        if not href:
            self.warnings.append(f"The link “{label}” has no address.")
            return
        if re.match(r"(?i)^(https?|mailto):", href):
            link.set("class", "external")
            where = "your e-mail program" if href.lower().startswith("mailto:") else \
                "your web browser"
            link.set("title", f"Opens in {where}: {href.removeprefix('mailto:')}")
            marker = ElementTree.SubElement(link, "span")
            marker.set("class", "external-marker")
            marker.text = " (external)"
            return
        if href.startswith(f"{URL_SCHEME}:"):
            target, _, anchor = href[len(URL_SCHEME) + 1:].partition("#")
        elif href.startswith("#"):
            target, anchor = self.name, href[1:]
        elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href):
            self.warnings.append(f"The link “{label}” uses an address the guides cannot open: "
                                 f"{href}")
            return
        else:
            path, _, anchor = href.partition("#")
            if not path.endswith(".md"):
                self.warnings.append(f"The link “{label}” points to “{path}”, which is not a "
                                     f"guide.")
                return
            folder = posixpath.dirname(self.name)
            target = posixpath.normpath(posixpath.join(folder, path)).removesuffix(".md")
        target = ALIASES.get(target, target)
        if target == self.name:
            anchors: set[str] | None = self.own_anchors
        else:
            anchors = self.anchors_of(target)
        if anchors is None:
            self.warnings.append(f"The link “{label}” points to a guide that does not exist: "
                                 f"{href}")
            return
        if anchor and anchor not in anchors:
            self.warnings.append(f"The link “{label}” points to a section that does not exist: "
                                 f"{href}")
            return
        link.set("href", guide_url(target, anchor))
        link.set("class", "guide")


def _convert(text: str, name: str, rewrite: bool) -> tuple[str, _Outline, list[str]]:
    """Convert one guide; returns the HTML, its outline and extra warnings."""
    import markdown
    from markdown.treeprocessors import Treeprocessor

    state: dict[str, Any] = {}

    class Collect(Treeprocessor):
        def run(self, root: Any) -> None:
            outline = _outline_tree(root, name)
            state["outline"] = outline
            problems = _empty_sections(root)
            if rewrite:
                rewriter = _LinkRewriter(name, set(outline.anchors), _anchors_or_none)
                rewriter.run(root)
                problems += rewriter.warnings
            state["problems"] = problems

    class Extension(markdown.Extension):
        def extendMarkdown(self, md: Any) -> None:  # noqa: N802 - the markdown API's name
            # After "toc" (priority 5) has set the heading ids, before "unescape" (0).
            md.treeprocessors.register(Collect(md), "svbidder-guides", 1)

    converter = markdown.Markdown(
        extensions=[*MARKDOWN_EXTENSIONS, Extension()],
        extension_configs={"toc": {"permalink": False, "slugify": _toc_slugify}},
        output_format="html",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        html = converter.convert(text)
    problems = list(state.get("problems", []))
    problems += [f"Markdown: {item.message}" for item in caught]
    return html, state["outline"], problems


def _toc_slugify(value: str, separator: str) -> str:
    from markdown.extensions.toc import slugify as toc_slugify

    return toc_slugify(value, separator)


@lru_cache(maxsize=64)
def _outline_cached(stamp: tuple[str, int, int], name: str) -> _Outline:
    _, outline, _ = _convert(_read(Path(stamp[0])), name, rewrite=False)
    return outline


def _outline(name: str) -> _Outline:
    name = _canonical(name)
    return _outline_cached(_stamp(_path(name)), name)


def _anchors_or_none(name: str) -> set[str] | None:
    try:
        return set(_outline(name).anchors)
    except GuideError:
        return None


def guide_anchors(name: str) -> list[str]:
    """The anchors of every heading of a guide, in order (raises :class:`GuideError`)."""
    return list(_outline(name).anchors)


@lru_cache(maxsize=64)
def _render_cached(stamp: tuple[str, int, int], name: str,
                   others: tuple[tuple[str, int, int], ...]) -> RenderedGuide:
    # ``others`` is only part of the cache key: a change to another guide's
    # headings can break (or mend) a link in this one.
    html, outline, problems = _convert(_read(Path(stamp[0])), name, rewrite=True)
    return RenderedGuide(name=name, html=html, title=outline.title, anchors=list(outline.anchors),
                         warnings=outline.warnings + problems, toc=list(outline.toc))


def render_guide(name: str) -> RenderedGuide:
    """Render a guide to HTML for the browser, with any problems in ``warnings``."""
    name = _canonical(name)
    path = _path(name)
    # Other guides' headings decide whether links resolve, so they are part of the key.
    others = tuple(_stamp(other) for other in sorted(guides_dir().rglob("*.md")))
    return _render_cached(_stamp(path), name, others)


def resolve_link(link: str) -> tuple[str, str]:
    """``(name, anchor)`` for ``"guide#anchor"``, ``"guide.md#anchor"`` or a guide URL.

    Raises :class:`GuideError` when the guide or the section does not exist.
    """
    name, _, anchor = link.strip().partition("#")
    name = _canonical(name)
    if not name:
        raise GuideError("The link names no guide.")
    anchors = guide_anchors(name)
    if anchor and anchor not in anchors:
        raise GuideError(f"The guide “{name}” has no section “{anchor}”.")
    return name, anchor


# --------------------------------------------------------------------------- search


def _fold_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the index it came from."""
    folded: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        piece = fold(char) if not char.isascii() else char.lower()
        folded.append(piece)
        index.extend([position] * len(piece))
    return "".join(folded), index


def _snippet(text: str, words: list[str], width: int = 180) -> tuple[str, tuple[tuple[int, int],
                                                                             ...]]:
    folded, index = _fold_map(text)
    starts = [folded.find(word) for word in words if word in folded]
    if starts:
        first = index[min(starts)]
        begin = max(0, first - width // 3)
        if begin:
            space = text.rfind(" ", 0, begin)
            begin = space + 1 if space >= 0 and first - space < width // 2 else begin
    else:
        begin = 0
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    snippet = text[begin:end].strip()
    if begin > 0:
        snippet = "…" + snippet
    if end < len(text):
        snippet += "…"
    folded, index = _fold_map(snippet)
    spans = []
    for word in words:
        at = folded.find(word)
        while at >= 0 and word:
            last = at + len(word) - 1
            spans.append((index[at], index[last] + 1))
            at = folded.find(word, at + len(word))
    return snippet, tuple(sorted(set(spans)))


def search_guides(query: str) -> list[SearchHit]:
    """Sections of every guide that hold all the words of ``query``, best first.

    Case and accents do not matter. A match in a section's heading (or the
    guide's title) ranks above a match in the text; then a match of the whole
    phrase, then more matches.
    """
    words = search_words(query)
    if not words:
        return []
    phrase = " ".join(words)
    scored = []
    for order, info in enumerate(list_guides()):
        outline = _outline(info.name)
        for section in outline.sections:
            body = " ".join(section.parts)
            heading = fold(section.heading)
            text = fold(body)
            if not all(word in heading or word in text for word in words):
                continue
            in_heading = sum(word in heading for word in words)
            tier = 0 if in_heading == len(words) else 1 if in_heading else 2
            count = sum(text.count(word) for word in words)
            has_phrase = phrase in heading or phrase in text
            snippet, spans = _snippet(body or section.heading, words)
            hit = SearchHit(name=info.name, title=outline.title, anchor=section.anchor,
                            snippet=snippet, heading=section.heading, highlights=spans)
            scored.append(((tier, not has_phrase, -count, order), hit))
    scored.sort(key=lambda pair: pair[0])
    return [hit for _, hit in scored]


# --------------------------------------------------------------------------- readability


def _words(text: str) -> int:
    return len([part for part in text.split() if any(char.isalnum() for char in part)])


def guide_stats(name: str, prose_only: bool = False) -> GuideStats:
    """Words and sentences of a guide, computed simply, to keep the reading age down.

    ``words`` counts everything a reader sees, headings included.
    ``sentences`` and ``body_words`` leave headings out: a sentence ends at
    ``.``, ``!`` or ``?`` followed by a space, or at the end of a paragraph,
    list item or table cell. With ``prose_only`` only paragraphs count for
    ``sentences`` and ``body_words`` (short list items then cannot hide long
    sentences).
    """
    outline = _outline(name)
    heading_words = sum(_words(entry.title) for entry in outline.toc)
    all_words = heading_words + sum(_words(text) for _, text in outline.blocks)
    sentences = 0
    body_words = 0
    for tag, block in outline.blocks:
        if prose_only and tag != "p":
            continue
        parts = [part for part in _SENTENCE_END.split(block) if _words(part)]
        sentences += len(parts)
        body_words += sum(_words(part) for part in parts)
    return GuideStats(words=all_words, body_words=body_words, sentences=sentences)


# --------------------------------------------------------------------------- style

_COLOURS = {
    False: {"rule": "#8a8a8a", "box": "#f3f3f3", "link": "#0b57a4", "muted": "#555555",
            "code": "#eeeeee", "head": "#e6e6e6"},
    True: {"rule": "#8a8a8a", "box": "#2b2b2b", "link": "#8ab4f8", "muted": "#bbbbbb",
           "code": "#333333", "head": "#3a3a3a"},
}

_CSS = """
body {{ line-height: 1.45; }}
h1 {{ font-size: xx-large; font-weight: bold; margin: 0 0 0.5em 0; }}
h2 {{ font-size: x-large; font-weight: bold; margin: 1.2em 0 0.4em 0; }}
h3 {{ font-size: large; font-weight: bold; margin: 1em 0 0.3em 0; }}
p {{ margin: 0.4em 0 0.6em 0; }}
ul, ol {{ margin: 0.3em 0 0.6em 0; }}
li {{ margin: 0.2em 0; }}
ul.checklist {{ list-style-type: none; }}
blockquote {{ margin: 0.8em 1em 0.8em 1em; padding: 0.5em 0.8em;
  background-color: {box}; border: 1px solid {rule}; }}
table {{ border-collapse: collapse; margin: 0.6em 0; border: 1px solid {rule}; }}
th, td {{ border: 1px solid {rule}; padding: 0.3em 0.5em; vertical-align: top; }}
th {{ background-color: {head}; text-align: left; }}
code, pre {{ font-family: monospace; background-color: {code}; }}
pre {{ padding: 0.5em; white-space: pre-wrap; }}
a {{ color: {link}; }}
a.external {{ text-decoration: underline; }}
.external-marker {{ font-size: small; color: {muted}; }}
@media print {{
  body {{ color: #000000; background-color: #ffffff; }}
  a, a.guide {{ color: #000000; text-decoration: none; }}
  a.external {{ text-decoration: underline; }}
  .external-marker {{ color: #000000; }}
  blockquote {{ background-color: #ffffff; border: 1px solid #000000; }}
  h1, h2, h3 {{ page-break-after: avoid; }}
  blockquote, table, pre {{ page-break-inside: avoid; }}
}}
"""


def guide_css(dark: bool = False) -> str:
    """A style sheet for the guide browser and for printing.

    Spacing is in ``em`` and heading sizes are CSS size keywords, so the whole
    page scales with the browser's font (Qt's rich text ignores ``em`` for
    ``font-size`` but scales the keywords with the document's default font).
    Colour is never the only signal: external links carry "(external)".
    """
    return _CSS.format(**_COLOURS[bool(dark)]).strip() + "\n"


GUIDE_CSS = guide_css()


