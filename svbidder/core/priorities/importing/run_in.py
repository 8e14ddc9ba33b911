"""A paragraph that starts with its name as a short sentence of its own.

A council's PDF sets each priority's name in bold and runs it into what it means
("Connecting the region. The Cardiff Capital Region will establish …"); pasted, the
bold is lost and only the full stop parts them. The lead-in before such paragraphs
(named.py, announced.py) decides whether they are priorities; this says only whether
one paragraph has the shape.
"""

from __future__ import annotations

import re

from .lines import _Line, _words

# bounded repetition, so the pattern is linear on any line
_RUN_IN = re.compile(r"^(?P<name>[A-Z£\d](?:[^.:;!?]|(?<=\d)\.(?=\d)){3,120}?)\.\s+"
                     r"(?P<rest>[A-Z].*)$")
_SENTENCE_WORDS = re.compile(r"\b(?:is|are|was|were|will|has|have|had|can|could|should|must|"
                             r"would|may|might|do|does|did)\b", re.IGNORECASE)
_NOT_A_RUN_IN_START = frozenset(("the", "our", "this", "we", "a", "an", "it", "these", "each",
                                 "there", "in", "as", "for", "if", "when", "you", "they", "i",
                                 "he", "she", "its", "their", "that", "those", "please"))
RUN_IN_WORDS = (2, 12)


def run_in_name(line: _Line, fewest_words: int = RUN_IN_WORDS[0]) -> tuple[str, str] | None:
    """("Name", "what it means") for a paragraph that starts with its name as a sentence
    of ``fewest_words`` to twelve words and no verb ("Healthy people and places. We want
    …"); a one-word name ("Repopulation.") only when a lead-in counted the paragraphs."""
    if line.kind != "prose" or line.settled or len(line.text) > 2000:
        return None
    match = _RUN_IN.match(line.text)
    if match is None:
        return None
    name, rest = match.group("name").strip(), match.group("rest").strip()
    if not fewest_words <= _words(name) <= RUN_IN_WORDS[1] or _words(rest) < 2 or \
            name.split()[0].casefold() in _NOT_A_RUN_IN_START or _SENTENCE_WORDS.search(name):
        return None
    return name, rest
