"""How well the priorities importer reads what councils publish (issue 16, "Measured quality").

Run with ``.venv/bin/python benchmarks/priorities_quality.py``. For every
document in ``tests/data/priorities_corpus/`` (real council and public-body
texts, labelled before any importer run; see its README) it runs the current
importer on each format the document has — the pasted text, its Word file and
its PDF — and prints, per format and per half of the corpus:

* **found**: the share of the expected priority titles (themes and, where the
  document has two levels, outcomes) that appear anywhere in the imported tree;
* **prose taken**: how many of the labelled lines that must not become a
  priority (intro and outro prose, lead-ins, contact details, paste debris)
  were taken as a theme or outcome title;

against the issue's targets: found ≥ 0.9 from pasted text and Word, ≥ 0.85
from PDF, and at most one prose line taken per six documents. A fourth row,
"bare", reads the paste with its list marks (bullets, "1.") taken off, as a
browser's plain-text copy of a web page gives it; it has no target and shows how
much the importer leans on the marks (the app's paste box reads the page's HTML,
which keeps them). A fifth, "wrapped", reads the paste with every line over 80
characters wrapped at 80, as a PDF viewer or an email gives it; it has no target
either. The targets are
the frozen half's; the tuning half is printed beside it the same way.

How a title is matched (one rule, used for both checks). Both texts are
case-folded, every run of characters other than letters and digits becomes one
space, and a leading list number is dropped ("1. Grow …" reads "grow …"). An
imported title matches a labelled line when

1. they are equal; or
2. the imported title is the labelled line followed by more words (the
   importer kept the description in the title: "Our Future enabling the best
   start …" matches "Our Future"); or
3. the imported title is the labelled line's first clause: the labelled line
   (as written, before normalising) begins with the imported title followed by
   a dash, colon, semicolon or full stop, and the title has at least three
   words. The README's convention makes the first clause of a long objective
   its title; where a label holds the whole objective ("Ensure there is a clear
   plan to reduce serious & violent crime – targeting the illegal drugs
   trade …"), the importer's title "Ensure there is a clear plan to reduce
   serious & violent crime", with the rest as its guidance, is that priority.
   A cut at a comma does not count ("Young people and adults" is not
   "Young people and adults, including people with …");
4. their token-set ratio is at least 0.8: the similarity (difflib's
   SequenceMatcher ratio) of the two texts' distinct words, each set sorted and
   joined by spaces. Unlike some libraries' token-set ratio, a title whose words
   are merely a subset of the other's does not score 1.0, so "Social" does not
   match "Social effects relate to …".

Each imported title is used at most once, expected titles first in document
order; a title that matches no expected priority counts as prose taken when it
matches a labelled prose line by the rule above in either direction (so a title
"Our Vision" cut from the prose line "Our Vision: Ards and North Down is …"
counts). When the importer found one level of priorities and held them in one
theme it named (after the document or the heading over the list, as the issue
asks), that theme's title is a holder, not a priority: it can be found, but it
never counts as prose taken. Which level a title sits at is not scored here; the number of expected
outcomes found under their own theme is printed for information.

**Corrections** (for information, no target) estimates how many steps in the preview
would put each document right, as the issue asks for "the right tree after few or no
corrections": one "Leave out" for each run of prose lines taken that stand next to
each other in the preview's tree (a shift-click chooses them all), and, for the priorities
missed, one selection for each run of them standing on consecutive lines of the text
(a left-out list comes back in one step), one for each list inside a line whose
selection the preview parts into the missed priorities it names ("good governance, the
legacy of the conflict and protecting human rights", checked with the preview's own
rule), and one for each other missed priority (picked out of a sentence). Lines are
those of the pasted text, for Word and PDF too (their files are made from it). Levels
(theme or outcome) are not counted, so it is a lower bound; it shows the share of
documents right as read and right within three steps.

A format the importer cannot read yet (it refuses the file) is reported as
"not supported yet" with the importer's own message, never as a score.
``--details`` prints the misses of the tuning half only: the frozen half's are
never printed, so nobody tunes to it.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "priorities_corpus"
HALVES = ("tune", "frozen")
FORMATS = ("paste", "docx", "pdf", "bare", "wrapped")
FOUND_TARGETS = {"paste": 0.9, "docx": 0.9, "pdf": 0.85}
# "bare": the paste with its list marks taken off, as a browser's plain-text copy of a
# web page gives it (bullets and list numbers are drawn by the page, not copied). The
# issue sets no target for it: it is printed to show how much the importer leans on
# the marks.
# "wrapped": the paste with every line longer than 80 characters wrapped at 80, as a PDF
# viewer or an email gives it (a list item's carried-on lines indented under its text).
FOR_INFORMATION = ("bare", "wrapped")
WRAP_AT = 80
_LIST_MARK = re.compile(r"^(\s*)(?:[•●▪◦·\-–*]|\d{1,2}[.)])\s+", re.MULTILINE)
DOCS_PER_PROSE_LINE = 6
TOKEN_RATIO = 0.8
_NON_WORD = re.compile(r"[^\w]+|_+")
_LEADING_NUMBER = re.compile(r"^(?:\d+ )+")
_CLAUSE_END = re.compile(r"\s*(?:[:;]|\s[-–—]\s|\.(?:\s|$))")
FIRST_CLAUSE_WORDS = 3


def _importer() -> tuple[Any, Any, type[Exception]]:
    """The importer's public functions: the ``importing`` package, or the older module."""
    try:
        from svbidder.core.priorities import importing as module
    except ImportError:  # before the importer was split into a package
        from svbidder.core.priorities import importer as module  # type: ignore[no-redef]
    return module.parse_priorities_text, module.parse_priorities_file, module.PrioritiesImportError


# --------------------------------------------------------------- matching

def normalise(text: str) -> str:
    """Case-folded words separated by single spaces, without a leading list number."""
    words = _NON_WORD.sub(" ", text.casefold()).strip()
    return _LEADING_NUMBER.sub("", words)


def token_set_ratio(a: str, b: str) -> float:
    """Similarity of the two texts' distinct words, each set sorted (0.0 to 1.0)."""
    left = " ".join(sorted(set(a.split())))
    right = " ".join(sorted(set(b.split())))
    return difflib.SequenceMatcher(None, left, right).ratio()


def is_first_clause(imported: str, labelled: str) -> bool:
    """True when the labelled line begins with the imported title and a clause break."""
    got, want = normalise(imported), normalise(labelled)
    if len(got.split()) < FIRST_CLAUSE_WORDS or not want.startswith(got + " "):
        return False
    title = imported.strip().rstrip(".:;–—- ")
    position = labelled.casefold().find(title.casefold())
    if position < 0:
        return False
    return _CLAUSE_END.match(labelled, position + len(title)) is not None


def title_matches(imported: str, labelled: str) -> bool:
    """The documented rule: equal, labelled plus a description, its first clause, or ratio ≥ 0.8."""
    got, want = normalise(imported), normalise(labelled)
    if not got or not want:
        return False
    return (got == want or got.startswith(want + " ")
            or is_first_clause(imported, labelled)
            or token_set_ratio(got, want) >= TOKEN_RATIO)


# --------------------------------------------------------------- the corpus

@dataclass
class CorpusDocument:
    id: str
    half: str
    folder: Path
    labels: dict[str, Any]

    def path(self, fmt: str) -> Path | None:
        """The file for a format, if this document has one."""
        name = {"paste": "source.txt", "bare": "source.txt", "wrapped": "source.txt",
                "docx": "document.docx", "pdf": "document.pdf"}[fmt]
        candidate = self.folder / name
        return candidate if candidate.is_file() else None


def load_corpus(root: Path = CORPUS) -> list[CorpusDocument]:
    documents = []
    for half in HALVES:
        for folder in sorted(p for p in (root / half).iterdir() if p.is_dir()):
            labels = json.loads((folder / "labels.json").read_text("utf-8"))
            documents.append(CorpusDocument(folder.name, half, folder, labels))
    return documents


# --------------------------------------------------------------- scoring

@dataclass
class DocumentScore:
    expected: int = 0
    found: int = 0
    outcomes_expected: int = 0
    outcomes_under_theme: int = 0
    prose_taken: list[str] = field(default_factory=list)
    prose_at: list[int] = field(default_factory=list)  # where in the tree, top to bottom
    missed: list[str] = field(default_factory=list)
    missed_titles: list[str] = field(default_factory=list)  # as labelled, for corrections
    other_titles: list[str] = field(default_factory=list)
    refused: str = ""
    seconds: float = 0.0
    corrections: int = 0


def corrections(figures: DocumentScore, text: str) -> int:
    """Steps in the preview that would put this document right (a lower bound; see the
    module's docstring): a "Leave out" per run of prose lines taken standing together
    in the tree, one selection per run of missed priorities on consecutive lines, one per
    list inside a line that the preview parts into the missed priorities it names, and
    one per other missed priority inside a line."""
    raw_lines = [line for line in text.split("\n") if line.strip()]
    lines = [normalise(line) for line in raw_lines]
    at_lines: set[int] = set()
    inside: dict[int, list[str]] = {}
    loose = 0
    for title in figures.missed_titles:
        wanted = normalise(title)
        index = next((i for i, line in enumerate(lines)
                      if line == wanted or line.startswith(wanted + " ")), None)
        within = next((i for i, line in enumerate(lines)
                       if wanted and f" {wanted} " in f" {line} "), None)
        if index is not None:
            at_lines.add(index)
        elif within is not None:
            inside.setdefault(within, []).append(title)
        else:
            loose += 1
    listed = sum(_selections_for(raw_lines[i], titles) for i, titles in inside.items())
    return _runs(set(figures.prose_at)) + _runs(at_lines) + listed + loose


def _selections_for(line: str, titles: list[str]) -> int:
    """Selections that bring back the priorities missed inside one line: one for the
    words from the first to the last of them when the preview parts that selection
    into names that include them all (a list inside a sentence), else one each."""
    from svbidder.core.priorities.importing import names_listed_in

    folded = line.casefold()
    starts = [folded.find(title.casefold()) for title in titles]
    if len(titles) < 2 or min(starts) < 0:
        return len(titles)
    end = max(start + len(title) for start, title in zip(starts, titles, strict=True))
    names = names_listed_in(line[min(starts):end])
    parted = all(any(title_matches(name, title) for name in names) for title in titles)
    return 1 if parted else len(titles)


def _runs(indexes: set[int]) -> int:
    """How many runs of consecutive numbers the set holds (one step chooses each run)."""
    return sum(1 for i in indexes if i - 1 not in indexes)


def _imported_titles(result: Any) -> list[tuple[str, int, bool]]:
    """(title, theme index, is outcome) for every theme and outcome of a result."""
    titles = []
    for index, theme in enumerate(result.themes):
        titles.append((theme.title, index, False))
        titles.extend((outcome.title, index, True) for outcome in theme.outcomes)
    return titles


def _container_theme(result: Any) -> int | None:
    """0 when the import is one level of priorities held by one theme the importer named.

    The issue asks for exactly that ("outcomes of one theme named after the
    document"): the theme's title is the name of the holder (the document's
    title, or the heading over the list), not a priority. It can still be found
    as an expected priority, but it is never counted as prose taken.
    """
    from svbidder.core.priorities.importing.outline import SINGLE_LEVEL_NOTE

    single = any(SINGLE_LEVEL_NOTE in warning for warning in result.warnings)
    return 0 if single and len(result.themes) == 1 else None


def score(result: Any, labels: dict[str, Any]) -> DocumentScore:
    """Found priorities and prose taken for one imported result, by the documented rule."""
    titles = _imported_titles(result)
    used = [False] * len(titles)
    figures = DocumentScore()

    def take(labelled: str) -> int | None:
        for i, (title, _, _) in enumerate(titles):
            if not used[i] and title_matches(title, labelled):
                used[i] = True
                return i
        return None

    for theme in labels["expected"]:
        figures.expected += 1
        theme_at = take(theme["title"])
        if theme_at is None:
            figures.missed.append(theme["title"])
            figures.missed_titles.append(theme["title"])
        else:
            figures.found += 1
        for outcome in theme["outcomes"]:
            figures.expected += 1
            figures.outcomes_expected += 1
            at = take(outcome)
            if at is None:
                figures.missed.append(f"{theme['title']} › {outcome}")
                figures.missed_titles.append(outcome)
                continue
            figures.found += 1
            if (theme_at is not None and titles[at][2]
                    and titles[at][1] == titles[theme_at][1]):
                figures.outcomes_under_theme += 1
    prose_left = list(labels["not_priorities"])
    container = _container_theme(result)
    for i, (title, theme_index, is_outcome) in enumerate(titles):
        if used[i] or (not is_outcome and theme_index == container):
            continue
        line = next((p for p in prose_left
                     if title_matches(title, p) or title_matches(p, title)), None)
        if line is None:
            figures.other_titles.append(title)
        else:
            prose_left.remove(line)
            figures.prose_taken.append(line)
            figures.prose_at.append(i)
    return figures


def _wrapped(line: str) -> str:
    """One line wrapped at WRAP_AT characters, a list item's later lines under its text."""
    if len(line) <= WRAP_AT:
        return line
    marker = _LIST_MARK.match(line)
    indent = " " * len(marker.group(0)) if marker else re.match(r"\s*", line).group(0)
    return textwrap.fill(line, WRAP_AT, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def _as_pasted(text: str, fmt: str) -> str:
    """The paste as read for a format: as stored, without list marks, or wrapped."""
    if fmt == "bare":
        return _LIST_MARK.sub(r"\1", text)
    if fmt == "wrapped":
        return "\n".join(_wrapped(line) for line in text.split("\n"))
    return text


def run_document(document: CorpusDocument, fmt: str) -> DocumentScore | None:
    """Import one format of one document and score it; None when it has no such file."""
    parse_text, parse_file, import_error = _importer()
    path = document.path(fmt)
    if path is None:
        return None
    start = time.perf_counter()
    try:
        if fmt in ("paste", "bare", "wrapped"):
            result = parse_text(_as_pasted(path.read_text("utf-8"), fmt))
        else:
            result = parse_file(path)
    except import_error as exc:
        expected = sum(1 + len(t["outcomes"]) for t in document.labels["expected"])
        return DocumentScore(expected=expected, refused=str(exc),
                             seconds=time.perf_counter() - start)
    seconds = time.perf_counter() - start
    figures = score(result, document.labels)
    figures.seconds = seconds
    source = document.path("paste")
    if source is not None:
        figures.corrections = corrections(figures, source.read_text("utf-8"))
    return figures


@dataclass
class FormatFigures:
    """One format on one half."""

    fmt: str
    half: str
    documents: int = 0
    expected: int = 0
    found: int = 0
    outcomes_expected: int = 0
    outcomes_under_theme: int = 0
    prose_taken: int = 0
    refused: int = 0
    refusal: str = ""
    slowest: float = 0.0
    per_document: dict[str, DocumentScore] = field(default_factory=dict)

    def share_corrected_within(self, steps: int) -> float:
        """The share of documents read (not refused) that need at most ``steps``
        corrections in the preview."""
        read = [s for s in self.per_document.values() if not s.refused]
        return sum(1 for s in read if s.corrections <= steps) / len(read) if read else 0.0

    @property
    def supported(self) -> bool:
        return self.documents > 0 and self.refused < self.documents

    @property
    def share_found(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def meets_found(self) -> bool:
        if self.fmt in FOR_INFORMATION:
            return True
        return self.supported and self.share_found >= FOUND_TARGETS[self.fmt]

    @property
    def meets_prose(self) -> bool:
        if self.fmt in FOR_INFORMATION:
            return True
        return self.supported and self.prose_taken * DOCS_PER_PROSE_LINE <= self.documents


def evaluate(documents: list[CorpusDocument] | None = None) -> list[FormatFigures]:
    """Figures for every format on each half, in the order tune, frozen."""
    documents = load_corpus() if documents is None else documents
    table = []
    for half in HALVES:
        for fmt in FORMATS:
            figures = FormatFigures(fmt, half)
            for document in (d for d in documents if d.half == half):
                result = run_document(document, fmt)
                if result is None:
                    continue
                figures.documents += 1
                figures.per_document[document.id] = result
                figures.expected += result.expected
                figures.slowest = max(figures.slowest, result.seconds)
                if result.refused:
                    figures.refused += 1
                    figures.refusal = figures.refusal or result.refused
                    continue
                figures.found += result.found
                figures.outcomes_expected += result.outcomes_expected
                figures.outcomes_under_theme += result.outcomes_under_theme
                figures.prose_taken += len(result.prose_taken)
            table.append(figures)
    return table


# --------------------------------------------------------------- output

def _half_name(half: str) -> str:
    return "tuning" if half == "tune" else "frozen"


def quality_rows(table: list[FormatFigures] | None = None) -> list[tuple[str, str, str, bool]]:
    """Rows for benchmarks/run.py: (figure, measured, target, met)."""
    table = evaluate() if table is None else table
    rows = []
    for f in (f for f in table if f.documents):
        label = f"Priorities import, {f.fmt}, {_half_name(f.half)} half ({f.documents} documents)"
        if f.fmt in FOR_INFORMATION:
            how = "list marks dropped" if f.fmt == "bare" else f"wrapped at {WRAP_AT}"
            rows.append((f"{label} ({how}): found", f"{f.share_found:.2f}", "no target", True))
            rows.append((f"{label} ({how}): prose taken", f"{f.prose_taken}", "no target",
                         True))
            continue
        target = f"≥ {FOUND_TARGETS[f.fmt]:g}"
        if not f.supported:
            rows.append((f"{label}: found", "not supported yet", target, False))
            continue
        rows.append((f"{label}: found", f"{f.share_found:.2f}", target, f.meets_found))
        rows.append((f"{label}: prose taken", f"{f.prose_taken}",
                     f"≤ {f.documents / DOCS_PER_PROSE_LINE:.1f}", f.meets_prose))
        rows.append((f"{label}: right as read / within 3 corrections",
                     f"{f.share_corrected_within(0):.2f} / {f.share_corrected_within(3):.2f}",
                     "no target", True))
    return rows


def _print_table(table: list[FormatFigures]) -> None:
    print("Priorities importer on the council corpus "
          "(targets: found ≥ 0.9 paste and Word, ≥ 0.85 PDF; ≤ 1 prose line per 6 documents)")
    print(f"{'half':<7} {'format':<7} {'docs':>4}  {'found':>12}  {'share':>5}  "
          f"{'prose taken':>11}  {'outcomes under theme':>20}  {'slowest':>8}  "
          f"{'right / ≤3 fixes':>16}  result")
    for f in (f for f in table if f.documents):
        head = f"{_half_name(f.half):<7} {f.fmt:<7} {f.documents:>4}"
        if not f.supported:
            print(f"{head}  not supported yet: {f.refusal}")
            continue
        nested = (f"{f.outcomes_under_theme}/{f.outcomes_expected}"
                  if f.outcomes_expected else "-")
        result = "ok" if f.meets_found and f.meets_prose else "below target"
        if f.fmt in FOR_INFORMATION:
            result = ("for information: the paste without its list marks" if f.fmt == "bare"
                      else f"for information: the paste wrapped at {WRAP_AT} characters")
        refused = f" ({f.refused} refused)" if f.refused else ""
        print(f"{head}  {f.found:>5}/{f.expected:<6}  {f.share_found:>5.2f}  "
              f"{f.prose_taken:>11}  {nested:>20}  {f.slowest * 1000:>6.0f} ms  "
              f"{f.share_corrected_within(0):>7.2f} / {f.share_corrected_within(3):.2f}  "
              f"{result}{refused}")


def _print_details(table: list[FormatFigures]) -> None:
    """Misses and prose taken, tuning half only (the frozen half is never shown)."""
    for f in table:
        if f.half != "tune" or not f.supported or f.fmt in FOR_INFORMATION:
            continue
        print(f"\n== {f.fmt}, tuning half")
        for doc_id, s in f.per_document.items():
            if s.refused:
                print(f"{doc_id}: refused: {s.refused}")
                continue
            print(f"{doc_id}: {s.found}/{s.expected} found, {len(s.prose_taken)} prose taken")
            for title in s.missed:
                print(f"    missed: {title}")
            for line in s.prose_taken:
                print(f"    prose taken: {line[:90]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true",
                        help="print the tuning half's misses (never the frozen half's)")
    args = parser.parse_args(argv)
    table = evaluate()
    _print_table(table)
    if args.details:
        _print_details(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
