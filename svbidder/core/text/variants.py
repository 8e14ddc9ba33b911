"""American and British spellings: one table for the spell checker and the checks.

The table is ``resources/dictionaries/en-variants.tsv``, generated from SCOWL by
``scripts/build_dictionaries.py``: each row is ``kind<TAB>word<TAB>British form``.

* ``american`` — not British English ("color" → "colour"); the en-GB word list
  does not have the word;
* ``ize`` — Oxford spelling, which is British English too ("organize" →
  "organise"); both are in the en-GB word list;
* ``prefer`` — accepted in British English, but the other form is usual
  ("gray" → "grey").

Every British form is a word of the en-GB list (a test checks the whole table).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

KINDS = ("american", "ize", "prefer")


@dataclass(frozen=True)
class Variant:
    """One spelling and its British form."""

    kind: str  # american | ize | prefer
    word: str
    british: str


def read_variants(path: Path) -> dict[str, Variant]:
    """The rows of a variants table, by the (lower-case) word; an absent file has none."""
    variants: dict[str, Variant] = {}
    if not path.exists():
        return variants
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] in KINDS:
            variants[parts[1]] = Variant(parts[0], parts[1], parts[2])
    return variants


def variants_path() -> Path:
    from ...paths import bundled_path

    return bundled_path("dictionaries", "en-variants.tsv")


@cache
def variants() -> dict[str, Variant]:
    """The bundled table (read once)."""
    return read_variants(variants_path())


def british_form(word: str) -> Variant | None:
    """The row for ``word`` (any case), or None when it is not an American or Oxford form."""
    return variants().get(word.lower())
