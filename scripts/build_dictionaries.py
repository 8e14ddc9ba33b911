"""Rebuild the spelling files in resources/dictionaries/ from Debian's packages.

    apt-get install -y hunspell-en-gb scowl
    .venv/bin/python scripts/build_dictionaries.py

Copies ``en_GB.dic``/``en_GB.aff`` (hunspell-en-gb) and derives from them and
from SCOWL (the ``scowl`` package, Kevin Atkinson's word lists):

* ``en_GB-words.txt.gz`` — every word form of the Hunspell dictionary, one a
  line, without possessives whose base word is listed (svbidder accepts
  "X's" whenever it accepts "X"), with the NOSUGGEST words after a
  ``#nosuggest`` line. The first line records a digest of the .dic and .aff.
* ``en-common.txt`` — how common words are (SCOWL size 10 to 50), used only to
  rank suggestions.
* ``en-variants.tsv`` — American spellings with their British forms (flagged
  as spelling mistakes), and Oxford ``-ize`` forms that the en_GB dictionary
  accepts, with their ``-ise`` forms (offered only as a gentle hint).

Run it again when Debian updates either package; commit the results.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svbidder.core.writing.hunspell_words import expand, read_text, source_digest  # noqa: E402

HUNSPELL = Path("/usr/share/hunspell")
SCOWL = Path("/usr/share/dict/scowl")
OUT = ROOT / "svbidder" / "resources" / "dictionaries"
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)
COMMON_LEVELS = (10, 20, 35, 40, 50)

# Rewrites that turn an American spelling into the British one, tried one at a
# time and then in pairs; a result counts only if it is a British spelling.
_RULES = (("or", "our"), ("er", "re"), ("ize", "ise"), ("yze", "yse"), ("iz", "is"),
          ("yz", "ys"), ("og", "ogue"), ("ense", "ence"), ("l", "ll"), ("ll", "l"),
          ("e", "ae"), ("e", "oe"), ("ing", "eing"), ("ment", "ement"), ("ter", "tre"))

# Common American spellings the rules above do not reach.
_MANUAL = {
    "airplane": "aeroplane", "airplanes": "aeroplanes", "aluminum": "aluminium",
    "artifact": "artefact", "artifacts": "artefacts", "cataloged": "catalogued",
    "cataloging": "cataloguing", "centered": "centred", "centering": "centring",
    "checkbook": "chequebook", "cozy": "cosy", "cozier": "cosier", "coziest": "cosiest",
    "coziness": "cosiness", "jewelry": "jewellery", "likable": "likeable",
    "livable": "liveable", "maneuvered": "manoeuvred", "maneuvering": "manoeuvring",
    "math": "maths", "mold": "mould", "molds": "moulds", "moldy": "mouldy", "mom": "mum",
    "moms": "mums", "mustache": "moustache", "pajamas": "pyjamas", "plow": "plough",
    "plowed": "ploughed", "plowing": "ploughing", "plows": "ploughs",
    "practiced": "practised", "practicing": "practising", "unpracticed": "unpractised",
    "sizable": "sizeable", "skeptic": "sceptic", "skeptical": "sceptical",
    "skeptically": "sceptically", "skepticism": "scepticism", "skeptics": "sceptics",
    "smolder": "smoulder", "smoldering": "smouldering", "specialty": "speciality",
    "specialties": "specialities", "tidbit": "titbit", "tidbits": "titbits",
    "worshiped": "worshipped", "worshiping": "worshipping", "worshiper": "worshipper",
    "worshipers": "worshippers", "drafty": "draughty", "grayish": "greyish",
    "grayer": "greyer", "grayest": "greyest", "grayed": "greyed", "graying": "greying",
    "grayness": "greyness", "sulfur": "sulphur",
    "enrollment": "enrolment", "enrollments": "enrolments", "fulfill": "fulfil",
    "fulfills": "fulfils", "fulfillment": "fulfilment", "installment": "instalment",
    "installments": "instalments", "skillful": "skilful", "skillfully": "skilfully",
    "willful": "wilful", "counseling": "counselling", "counselor": "counsellor",
    "counselors": "counsellors", "neighborhood": "neighbourhood",
    "neighborhoods": "neighbourhoods", "behavior": "behaviour", "behaviors": "behaviours",
    "behavioral": "behavioural", "color": "colour", "colors": "colours", "center": "centre",
    "centers": "centres", "analyze": "analyse", "analyzed": "analysed",
    "analyzing": "analysing", "analyzes": "analyses", "defense": "defence",
    "offense": "offence", "catalog": "catalogue", "catalogs": "catalogues",
    "program's": "programme's", "traveled": "travelled", "traveling": "travelling",
    "traveler": "traveller", "travelers": "travellers", "canceled": "cancelled",
    "canceling": "cancelling", "labeled": "labelled", "labeling": "labelling",
    "modeling": "modelling", "modeled": "modelled", "favor": "favour",
    "favorite": "favourite", "labor": "labour", "honor": "honour", "harbor": "harbour",
    "rumor": "rumour", "humor": "humour", "tumor": "tumour", "odor": "odour",
    "theater": "theatre", "theaters": "theatres", "fiber": "fibre", "liter": "litre",
    "meter": "metre", "kilometer": "kilometre", "kilometers": "kilometres",
    "pediatric": "paediatric", "anemia": "anaemia", "esthetic": "aesthetic",
    "ameba": "amoeba", "maneuver": "manoeuvre", "maneuvers": "manoeuvres",
    "gray": "grey", "aging": "ageing", "judgment": "judgement",
}

# -ise forms that are different words from their -ize look-alikes.
_NOT_ISE_PAIRS = {"prize", "prized", "prizes", "prizing", "size", "sized", "sizes", "sizing",
                  "seize", "seized", "seizes", "seizing", "capsize", "maize", "citizen"}

# en_GB accepts these American forms; British English prefers the second.
_SOFT_EXTRA = {"gray": "grey", "aging": "ageing", "judgment": "judgement",
               "judgments": "judgements"}


def _scowl(name: str, levels: tuple[int, ...]) -> dict[str, int]:
    words: dict[str, int] = {}
    for level in levels:
        path = SCOWL / f"{name}.{level}"
        if not path.exists():
            continue
        for word in path.read_text(encoding="utf-8").split("\n"):
            if word and not word.endswith("'s"):
                words.setdefault(word, level)
    return words


def _candidates(word: str) -> list[str]:
    out = []
    for old, new in _RULES:
        for match in re.finditer(re.escape(old), word):
            out.append(word[:match.start()] + new + word[match.end():])
    return out


def _british_form(word: str, british: set[str], accepted: set[str]) -> str | None:
    first = _candidates(word)
    hits = [c for c in first if c in british] or [c for c in first if c in accepted]
    if not hits:
        second = [d for c in first for d in _candidates(c)]
        hits = [c for c in second if c in british] or [c for c in second if c in accepted]
    if not hits:
        return None
    best = hits[0]
    ise = re.sub(r"(?<=[iy])z", "s", best)
    return ise if ise != best and ise in accepted else best


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    words = _write_words(out)
    _write_common(out, words)
    _write_variants(out, words)


def _write_words(out: Path) -> set[str]:
    """Copy the Hunspell files and write their expanded word list; returns every word form.

    Each output file has its own helper so that :func:`build` reads as the three steps.
    """
    for name in ("en_GB.dic", "en_GB.aff"):
        shutil.copyfile(HUNSPELL / name, out / name)
    dic_bytes = (out / "en_GB.dic").read_bytes()
    aff_bytes = (out / "en_GB.aff").read_bytes()
    words, nosuggest = expand(read_text(out / "en_GB.dic"), read_text(out / "en_GB.aff"))
    kept = sorted(w for w in words - nosuggest
                  if not (w.endswith("'s") and w[:-2] in words))
    lines = [f"#svbidder-words digest={source_digest(dic_bytes, aff_bytes)}", *kept,
             "#nosuggest", *sorted(nosuggest)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (out / "en_GB-words.txt.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"en_GB-words.txt.gz: {len(kept):,} words (+{len(nosuggest)} not suggested)")
    return words


def _write_common(out: Path, words: set[str]) -> None:
    """Write how common words are, for ranking suggestions (only words the dictionary has)."""
    common: dict[str, int] = {}
    for name in ("english-words", "british-words", "english-upper", "british-upper",
                 "english-contractions", "english-proper-names", "british-proper-names"):
        for word, level in _scowl(name, COMMON_LEVELS).items():
            if word in words and level < common.get(word, 999):
                common[word] = level
    body = ["# How common each word is: SCOWL size levels (10 = most common).",
            "# Generated by scripts/build_dictionaries.py; used only to rank suggestions."]
    for level in COMMON_LEVELS:
        body.append(f"## {level}")
        body.extend(sorted(w for w, lv in common.items() if lv == level))
    (out / "en-common.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    print(f"en-common.txt: {len(common):,} words")


def _write_variants(out: Path, words: set[str]) -> None:
    """Write American spellings and -ize forms with their British forms."""
    american = _scowl("american-words", LEVELS)
    british = set(_scowl("british-words", LEVELS))
    rows = _american_rows(words, american, british)
    rows.update(_ize_rows(words, set(american), british))
    for word, target in _SOFT_EXTRA.items():
        if word in words and target in words:
            rows[word] = ("prefer", target)
    body = ["# kind\tword\tBritish form. Generated by scripts/build_dictionaries.py from SCOWL.",
            "# american: not British English, flagged as a spelling mistake.",
            "# ize: Oxford spelling, accepted; the -ise form is offered as a gentle hint.",
            "# prefer: accepted; the British form is offered as a gentle hint."]
    body += [f"{kind}\t{word}\t{target}" for word, (kind, target) in sorted(rows.items())]
    (out / "en-variants.tsv").write_text("\n".join(body) + "\n", encoding="utf-8")
    kinds = [kind for kind, _ in rows.values()]
    print(f"en-variants.tsv: {kinds.count('american')} American, {kinds.count('ize')} -ize, "
          f"{kinds.count('prefer')} other")


def _american_rows(words: set[str], american: dict[str, int],
                   british: set[str]) -> dict[str, tuple[str, str]]:
    """American spellings the dictionary lacks, each with a British form it has."""
    rows: dict[str, tuple[str, str]] = {}
    for word in sorted(american):
        if word in words:
            continue
        target = _MANUAL.get(word) or _british_form(word, british, words)
        if target and target in words:
            rows[word] = ("american", target)
    for word, target in _MANUAL.items():
        if word not in words and target in words and "'" not in word:
            rows.setdefault(word, ("american", target))
    return rows


def _ize_rows(words: set[str], american: set[str],
              british: set[str]) -> dict[str, tuple[str, str]]:
    """Oxford -ize forms the dictionary accepts, each with its British -ise form."""
    oxford = set(_scowl("british_z-words", LEVELS))
    rows: dict[str, tuple[str, str]] = {}
    for word in sorted((oxford | american) & words):
        if word in _NOT_ISE_PAIRS or not re.search(r"[iy]z", word):
            continue
        target = re.sub(r"(?<=[iy])z", "s", word)
        if target in british and target in words:
            rows[word] = ("ize", target)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    build(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
