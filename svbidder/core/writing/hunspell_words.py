"""Expand a Hunspell dictionary (``.dic`` + ``.aff``) into the full list of its words.

svbidder checks spelling with a plain set of words rather than a Hunspell
engine: a set lookup is fast, needs no native library and no 80 MiB pure-Python
engine, and loads in a few tens of milliseconds from the pre-expanded list in
``resources/dictionaries/``. That list is made from the bundled ``en_GB.dic``
and ``en_GB.aff`` by ``scripts/build_dictionaries.py`` and carries a digest of
them; if someone replaces the two Hunspell files (the LGPL lets them), the
digest no longer matches and :func:`expand` is run on the new files instead.

The expander supports what the LibreOffice/Mozilla en_GB files use: one-letter
flags, ``PFX``/``SFX`` rules with conditions, cross products of a prefix and a
suffix, and ``NOSUGGEST``. Entries with digits and the compound-only number
rules (1st, 22nd…) are skipped, because svbidder never spell-checks numbers.
Its output matches Hunspell's own ``unmunch`` on en_GB, apart from those.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class _Rule:
    strip: str
    add: str
    condition: re.Pattern[str]


@dataclass
class _Affix:
    cross_product: bool
    rules: list[_Rule] = field(default_factory=list)


@dataclass
class AffixFile:
    prefixes: dict[str, _Affix]
    suffixes: dict[str, _Affix]
    nosuggest_flag: str = ""
    compound_flags: str = ""


def read_text(path: Path) -> str:
    return Path(path).read_text(encoding="utf-8").lstrip("\ufeff")


def parse_aff(text: str) -> AffixFile:
    prefixes: dict[str, _Affix] = {}
    suffixes: dict[str, _Affix] = {}
    nosuggest = ""
    compound_flags = ""
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "NOSUGGEST" and len(parts) > 1:
            nosuggest = parts[1]
        elif parts[0] in ("ONLYINCOMPOUND", "COMPOUNDFLAG", "NEEDAFFIX") and len(parts) > 1:
            compound_flags += parts[1]
        elif parts[0] == "COMPOUNDRULE" and len(parts) > 1 and not parts[1].isdigit():
            compound_flags += "".join(ch for ch in parts[1] if ch not in "*?()")
        if parts[0] not in ("PFX", "SFX") or len(parts) < 4:
            continue
        table = prefixes if parts[0] == "PFX" else suffixes
        flag = parts[1]
        if flag not in table:
            table[flag] = _Affix(cross_product=parts[2] == "Y")
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/")[0]
        condition = parts[4] if len(parts) > 4 else "."
        pattern = f"^{condition}" if parts[0] == "PFX" else f"{condition}$"
        table[flag].rules.append(_Rule(strip, add, re.compile(pattern)))
    return AffixFile(prefixes, suffixes, nosuggest, compound_flags)


def expand(dic_text: str, aff_text: str) -> tuple[set[str], set[str]]:
    """Every word form of a Hunspell dictionary: ``(words, nosuggest_words)``."""
    aff = parse_aff(aff_text)
    skip_flags = set(aff.compound_flags)
    words: set[str] = set()
    nosuggest: set[str] = set()
    lines = dic_text.splitlines()
    for line in lines[1:]:  # the first line is the entry count
        entry = line.split("\t")[0].strip()
        if not entry:
            continue
        word, _, flags = entry.partition("/")
        if (flags and skip_flags.intersection(flags)) or any(ch.isdigit() for ch in word):
            continue
        forms = _word_forms(word, flags, aff)
        if aff.nosuggest_flag and aff.nosuggest_flag in flags:
            nosuggest |= forms
        words |= forms
    return words, nosuggest


def _word_forms(word: str, flags: str, aff: AffixFile) -> set[str]:
    """One dictionary entry with every affix its flags allow, the bare word included.

    Split out of :func:`expand` so the loop over the ``.dic`` file stays short; suffixes
    come first because a cross-product prefix also applies to the suffixed forms.
    """
    suffixed, crossable = _suffixed_forms(word, flags, aff)
    return {word} | suffixed | _prefixed_forms(word, flags, aff, crossable)


def _suffixed_forms(word: str, flags: str, aff: AffixFile) -> tuple[set[str], list[str]]:
    """The word with each suffix its flags allow: ``(forms, forms a prefix may join)``."""
    forms: set[str] = set()
    crossable: list[str] = []
    for flag in flags:
        affix = aff.suffixes.get(flag)
        if affix is None:
            continue
        for rule in affix.rules:
            if rule.condition.search(word) and word.endswith(rule.strip):
                form = word[:len(word) - len(rule.strip)] + rule.add
                forms.add(form)
                if affix.cross_product:
                    crossable.append(form)
    return forms, crossable


def _prefixed_forms(word: str, flags: str, aff: AffixFile, crossable: list[str]) -> set[str]:
    """The word with each prefix its flags allow, and cross-product prefixes on ``crossable``."""
    forms: set[str] = set()
    for flag in flags:
        affix = aff.prefixes.get(flag)
        if affix is None:
            continue
        for rule in affix.rules:
            if rule.condition.search(word) and word.startswith(rule.strip):
                forms.add(rule.add + word[len(rule.strip):])
                if affix.cross_product:
                    for form in crossable:
                        if form.startswith(rule.strip):
                            forms.add(rule.add + form[len(rule.strip):])
    return forms


def source_digest(dic_bytes: bytes, aff_bytes: bytes) -> str:
    """A short digest of the two Hunspell files, stored in the expanded list."""
    digest = hashlib.sha256()
    digest.update(dic_bytes)
    digest.update(b"\0")
    digest.update(aff_bytes)
    return digest.hexdigest()[:32]
