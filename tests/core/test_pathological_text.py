"""Every regular expression that sees user text runs in linear time on hostile input.

Issue 17 found patterns that took 83 s on one 100 KB line of spaces and a
question pattern that froze the checks. Here every compiled pattern in the
modules that read untrusted text (the tender splitter, the priorities importer,
the checks, counting, CSV, numbers and dates) is fed long runs of spaces,
blank lines, repeated punctuation and digits; a quadratic pattern takes tens of
seconds on these, a linear one milliseconds, so a generous 2-second bound
tells them apart. The public functions that use the patterns get the same
inputs.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import time
from collections.abc import Iterator

import pytest

MODULES = (
    "svbidder.core.writing.tender.limits", "svbidder.core.writing.tender.blocks",
    "svbidder.core.writing.tender.reader", "svbidder.core.priorities.importing.lines",
    "svbidder.core.priorities.importing.outline", "svbidder.core.priorities.importing.docx",
    "svbidder.core.priorities.importing.shapes", "svbidder.core.priorities.importing.pasted",
    "svbidder.core.priorities.importing.unmarked",
    "svbidder.core.priorities.importing.not_priorities",
    "svbidder.core.priorities.importing.plain_headings",
    "svbidder.core.priorities.importing.furniture", "svbidder.core.priorities.importing.announced",
    "svbidder.core.priorities.importing.tree", "svbidder.core.priorities.importing.named",
    "svbidder.core.priorities.importing.selection",
    "svbidder.core.priorities.importing.themes_over_actions",
    "svbidder.core.priorities.importing.action_verbs",
    "svbidder.core.writing.checks.base", "svbidder.core.writing.checks.concepts",
    "svbidder.core.writing.checks.patterns", "svbidder.core.writing.checks.personal",
    "svbidder.core.writing.checks.readability", "svbidder.core.writing.checks.rubric",
    "svbidder.core.writing.checks.rules_evidence", "svbidder.core.writing.checks.rules_text",
    "svbidder.core.writing.checks.text", "svbidder.core.writing.counting",
    "svbidder.core.organisation.csv_import", "svbidder.core.numbers", "svbidder.core.dates",
    "svbidder.core.documents.text", "svbidder.core.documents.html",
)
MB = 1_000_000
# Seconds of processor time. A quadratic pattern takes minutes to hours on these
# inputs, a linear one well under a second per megabyte, so this bound tells them apart
# with room to spare (the slowest linear cases, the checks' long list of beneficiary
# words on the 1 MB line and the importer's one-click fixes on 5,000 contents lines,
# each take about 2.5 s; at 3 s the second failed on a busy machine).
BOUND = 5.0

INPUTS = {
    "1 MB line of spaces": "a" + " " * MB + "b",
    "20,000 blank lines": "a" + "\n" * 20_000 + "b",
    "spaces and line breaks": " \n" * 50_000,
    "tabs": "\t" * 100_000,
    "full stops": "." * 100_000,
    "dashes": "-" * 100_000,
    "brackets": "([" * 50_000,
    "digits and dots": "1." * 50_000,
    "long run of digits": "1" * 100_000,
    "thousands": "1,000 " * 20_000,
    "percentages": "10 % " * 20_000,
    "at signs": "a@" * 50_000,
    "apostrophes": "'" * 100_000,
    "asterisks": "*" * 100_000,
    "name and dash lines": "Local jobs - more work for local people\n" * 20_000,
    "dashes between words": "Name - " * 50_000,
    "colons between words": "Name: " * 50_000,
    "announced numbers": "the six priorities are three themes " * 10_000,
    "bold names": "**Our Place** – clean streets\n" * 20_000,
    "headings naming the list": "Our priorities\n" * 20_000,
    "column headings and names": "Theme\nLocal jobs\n" * 10_000,
    "priorities as they were": "The old plan focussed on three priorities: Jobs; Homes; "
                               "and Parks.\n\n" * 5_000,
    "contents pages run onto lines": "Contents Foreword 2 Our Vision 3 Jobs 4 Homes 5 Parks "
                                     "6 Appendix 7\n" * 5_000,
    "theme names over actions": "Green places\nImprove the parks\nProtect the trees\n"
                                * 10_000,
    "paragraphs opening with actions": "Investing in our parks and open spaces to:\n"
                                       "Plant more trees\n\n" * 10_000,
    "small-letter actions": "Safer homes\nidentify and reduce the risks\n" * 10_000,
    "sub-list headings": "Healthier lives\nSub Objectives\nMore parks\n" * 10_000,
    "ordinal sentences": "We have three objectives. First, we want to " + "grow " * 50_000,
    "aims run together": "Our aims are; " + "To grow. " * 50_000,
}


def _patterns(value: object, name: str, depth: int = 0) -> Iterator[tuple[str, re.Pattern]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif depth < 3 and isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _patterns(item, f"{name}[{index}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns(item, f"{name}[{key!r}]", depth + 1)


def every_pattern() -> list[tuple[str, re.Pattern]]:
    found: dict[int, tuple[str, re.Pattern]] = {}
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            for label, pattern in _patterns(value, name):
                found.setdefault(id(pattern), (f"{module_name.rsplit('.', 1)[1]}.{label}",
                                               pattern))
    return list(found.values())


PATTERNS = every_pattern()


def test_the_patterns_are_found():
    names = {name for name, _ in PATTERNS}
    assert len(PATTERNS) > 150
    assert {"limits._BRACKETED", "personal._EMAIL", "blocks._QUESTION_REF",
            "lines._LABEL"} <= names


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_pattern_is_linear_on_hostile_text(name, pattern):
    for label, text in INPUTS.items():
        start = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        pattern.match(text)
        seconds = time.perf_counter() - start
        assert seconds < BOUND, f"{name} took {seconds:.1f} s on {label}"


def _functions():
    from svbidder.core.dates import parse_uk_date
    from svbidder.core.documents.html import html_to_text
    from svbidder.core.numbers import parse_number
    from svbidder.core.organisation.csv_import import parse_activities_csv
    from svbidder.core.priorities.importing import (
        each_bold_name_a_priority,
        each_paragraph_a_priority,
        make_themes,
        parse_priorities_text,
    )
    from svbidder.core.writing.checks.base import CheckContext
    from svbidder.core.writing.checks.engine import run_checks
    from svbidder.core.writing.checks.rubric import split_elements
    from svbidder.core.writing.counting import count_markdown
    from svbidder.core.writing.tender import split_questions

    def fixes(text: str) -> None:
        """The preview's one-click fixes on what the importer made of the text."""
        result = parse_priorities_text(text)
        for fix in (each_paragraph_a_priority, each_bold_name_a_priority, make_themes):
            with contextlib.suppress(ValueError):  # nothing to fix with: a message, no hang
                fix(result)

    return {
        "split_questions": split_questions,
        "html_to_text": html_to_text,
        "parse_priorities_text": parse_priorities_text,
        "priorities import fixes": fixes,
        "run_checks on an answer": lambda text: run_checks(text[:200_000]),
        "run_checks on a question": lambda text: run_checks(
            "We will hire 10 local people by March 2027.",
            CheckContext(question_text=text[:200_000])),
        "split_elements": split_elements,
        "count_markdown": count_markdown,
        "parse_activities_csv": lambda text: parse_activities_csv("Title,Notes\n" + text),
        "parse_number": lambda text: _refused_or_read(parse_number, text),
        "parse_uk_date": lambda text: _refused_or_read(parse_uk_date, text),
    }


def _refused_or_read(parse, text: str) -> None:
    """Number and date readers explain bad text with ValueError: that is a quick answer too."""
    try:
        parse(text)
    except ValueError as error:
        assert str(error)


@pytest.mark.parametrize("function", list(_functions()))
@pytest.mark.parametrize("label", list(INPUTS))
def test_readers_and_checks_finish_quickly_on_hostile_text(function, label):
    # The processor time this process spends, not the time on the clock: on a 2-core
    # machine running the rest of the suite beside it, the clock also counts the other
    # processes' turns, and a linear reader near the bound failed on that alone.
    start = time.process_time()
    _functions()[function](INPUTS[label])
    seconds = time.process_time() - start
    assert seconds < BOUND, f"{function} took {seconds:.1f} s on {label}"
