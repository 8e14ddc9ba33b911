"""Reading a council's priorities from its own words, as a pipeline:

* :mod:`.model` — what is found (themes, outcomes, measures) and the limits;
* :mod:`.pasted` — step 1 for pasted text: put its lines back as the page had them
  (wrapping, double spacing, bullets and contents pages a copy mangled), then classify,
  with :mod:`.tab_tables` for tables copied as text, their cells parted by tabs;
* :mod:`.lines` — classify one line: headings, list marks, labels, tables, prose;
* :mod:`.docx` — step 1 for Word: classify paragraphs and tables by their styles
  (the file itself is read by :mod:`svbidder.core.documents`);
* :mod:`.shapes` — shapes without list markers; it runs the six below:
* :mod:`.unmarked` — lists that lost their bullets or numbers;
* :mod:`.plain_headings` — headings pasted as plain lines, labels leading into lists;
* :mod:`.not_priorities` — lists that are not the priorities (past work, values,
  decisions), and the other lists when one is announced;
* :mod:`.furniture` — what is on the page but not the document: navigation,
  captions, contents pages, running headers and footers, footnotes;
* :mod:`.announced` — sentences that count or name the list ("our six priorities
  are:", "will focus on A; B; and C"), with :mod:`.inline_lists` for names listed
  inside a sentence that counts them ("its three themes are A, B and C, and …");
* :mod:`.named` — a name over what it means: "Name – description" paragraphs, a
  short line over its paragraph, the same label before each priority;
* :mod:`.tree` — step 2: nest the classified lines into an outline;
* :mod:`.outline` — steps 3–4: leave out what is not a priority,
  turn levels into themes, outcomes and measures; the public ``parse_*`` functions;
* :mod:`.edit` — the preview's corrections and one-click fixes.
"""

from __future__ import annotations

from .edit import (
    add_outcome,
    add_theme,
    available_fixes,
    demote,
    drop,
    drop_all,
    each_bold_name_a_priority,
    each_paragraph_a_priority,
    make_themes,
    merge,
    move,
    promote,
    rename,
    split,
)
from .model import (
    DEFAULT_NAME,
    ImportMeasure,
    ImportOutcome,
    ImportResult,
    ImportTheme,
    PrioritiesImportError,
)
from .outline import guess_unit, parse_priorities_file, parse_priorities_text
from .selection import add_selection, names_listed_in, title_from_selection

__all__ = [
    "DEFAULT_NAME", "ImportMeasure", "ImportOutcome", "ImportResult", "ImportTheme",
    "PrioritiesImportError", "add_outcome", "add_selection", "add_theme", "available_fixes",
    "demote", "drop", "drop_all", "each_bold_name_a_priority", "each_paragraph_a_priority",
    "guess_unit", "make_themes", "merge", "move", "names_listed_in", "parse_priorities_file",
    "parse_priorities_text", "promote", "rename", "split", "title_from_selection",
]
