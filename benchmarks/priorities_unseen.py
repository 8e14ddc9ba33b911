"""How well the priorities importer reads text its rules have never seen, from the tuning half.

Run with ``.venv/bin/python benchmarks/priorities_unseen.py`` in a git checkout with its
history. The corpus grew in rounds (see ``tests/data/priorities_corpus/README.md``), and
each round's commit says at which commit its documents were first measured, before any
rule was tuned to them ("First measured at 3bc1dca, before any tuning"). For every such
round this script checks the importer out as it stood at that commit (a temporary
``git worktree``), runs it on the round's **tuning** documents as they are stored now,
and scores the result with today's rule (:func:`priorities_quality.score`). It prints,
per round and in total, the share of expected priorities found and the prose lines
taken, and beside them what today's importer does on the same documents.

Why: the tuning half's own figures are read by rules tuned to those very documents, so
they say little about a council's page the importer has not met. The frozen half says
that, but nobody may look into it. This gives a second, open measure of unseen text:
any idea that can be tried on an old importer (a filter on its result, another reading
beside it) can be weighed here, document by document, without touching the frozen
half. The frozen half is never read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.priorities_quality import (  # noqa: E402
    CORPUS,
    DOCS_PER_PROSE_LINE,
    load_corpus,
    score,
)

ROUND_SUBJECT = re.compile(r"^(?:Priorities corpus|Corpus) round (\d+)\b")
MEASURED_AT = re.compile(r"measured at ([0-9a-f]{7,40})", re.IGNORECASE)
TUNING_LABELS = re.compile(r"priorities_corpus/tune/([^/]+)/labels\.json$")

# Run inside the old checkout, in a process of its own, so that its ``svbidder`` is the
# only one imported: one JSON line per document with the tree's titles and notes.
_READER = """
import json, sys
try:
    from svbidder.core.priorities.importing import parse_priorities_text
except ImportError:  # before the importer was split into a package
    from svbidder.core.priorities.importer import parse_priorities_text
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    result = parse_priorities_text(text)
    print(json.dumps({"warnings": result.warnings, "themes": [
        {"title": t.title, "outcomes": [o.title for o in t.outcomes]}
        for t in result.themes]}))
"""


@dataclass
class Round:
    """One corpus round: its number, the commit its documents were first measured at,
    and the tuning documents it added."""
    number: int
    measured_at: str
    documents: list[str] = field(default_factory=list)


@dataclass
class Figures:
    """Expected priorities found and prose lines taken over some documents."""
    documents: int = 0
    found: int = 0
    expected: int = 0
    prose: int = 0

    def add(self, found: int, expected: int, prose: int) -> None:
        self.documents += 1
        self.found += found
        self.expected += expected
        self.prose += prose

    def absorb(self, other: Figures) -> None:
        """Add another set of documents' figures to these."""
        self.documents += other.documents
        self.found += other.found
        self.expected += other.expected
        self.prose += other.prose

    def line(self) -> str:
        share = self.found / self.expected if self.expected else 0.0
        per = DOCS_PER_PROSE_LINE * self.prose / self.documents if self.documents else 0.0
        return (f"{self.found:5}/{self.expected:<5} {share:5.2f}   {self.prose:5} "
                f"({per:4.2f} per {DOCS_PER_PROSE_LINE} documents)")


def parse_rounds(log: str) -> list[Round]:
    """The rounds in ``git log --name-only --format=%x00%B`` output that name the commit
    their documents were first measured at, oldest first."""
    rounds = []
    for entry in log.split("\x00"):
        subject = ROUND_SUBJECT.match(entry.strip())
        measured = MEASURED_AT.search(entry)
        if not subject or not measured:
            continue
        names = [TUNING_LABELS.search(line.strip()) for line in entry.splitlines()]
        documents = [match.group(1) for match in names if match]
        if documents:  # (a round whose documents all fell in the frozen half)
            rounds.append(Round(int(subject.group(1)), measured.group(1), documents))
    return sorted(rounds, key=lambda r: r.number)


def result_from(data: dict[str, Any]) -> SimpleNamespace:
    """An object shaped as the importer's result, enough for :func:`score`."""
    themes = [SimpleNamespace(title=t["title"],
                              outcomes=[SimpleNamespace(title=o) for o in t["outcomes"]])
              for t in data["themes"]]
    return SimpleNamespace(themes=themes, warnings=data["warnings"])


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True,
                          capture_output=True, text=True).stdout


def _read_with(checkout: Path, paths: list[Path]) -> list[dict[str, Any]]:
    """The importer of ``checkout`` run on each file, in a fresh interpreter."""
    output = subprocess.run([sys.executable, "-c", _READER, *map(str, paths)], check=True,
                            capture_output=True, text=True, cwd=checkout,
                            env={"PYTHONPATH": str(checkout), "PATH": ""}).stdout
    return [json.loads(line) for line in output.splitlines()]


def measure(rounds: list[Round]) -> list[tuple[Round, Figures, Figures]]:
    """Per round: the importer as it stood before the round, and today's, on the
    round's tuning documents."""
    tuning = {doc.id: doc for doc in load_corpus(CORPUS) if doc.half == "tune"}
    rows = []
    for round_ in rounds:
        documents = [tuning[name] for name in round_.documents if name in tuning]
        paths = [doc.folder / "source.txt" for doc in documents]
        then, now = Figures(), Figures()
        with tempfile.TemporaryDirectory() as temp:
            checkout = Path(temp) / "then"
            _git("worktree", "add", "--detach", "--quiet", str(checkout), round_.measured_at)
            try:
                old = _read_with(checkout, paths)
            finally:
                _git("worktree", "remove", "--force", str(checkout))
        new = _read_with(ROOT, paths)
        for doc, before, after in zip(documents, old, new, strict=True):
            for figures, data in ((then, before), (now, after)):
                s = score(result_from(data), doc.labels)
                figures.add(s.found, s.expected, len(s.prose_taken))
        rows.append((round_, then, now))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=0,
                        help="only the last N rounds that say when they were measured")
    args = parser.parse_args(argv)
    log = _git("log", "--name-only", "--format=%x00%B", "-E", "--grep=^(Priorities c|C)orpus round")
    rounds = parse_rounds(log)[-args.rounds:] if args.rounds else parse_rounds(log)
    print("Priorities importer on tuning documents it had not seen (rules as they stood "
          "before each round), beside today's")
    print("round  measured at  docs   found then   share   prose then"
          "                      | found today   share   prose today")
    before, today = Figures(), Figures()
    for round_, then, now in measure(rounds):
        print(f"{round_.number:5}  {round_.measured_at[:10]:11}  {then.documents:4}   "
              f"{then.line()} | {now.line()}")
        before.absorb(then)
        today.absorb(now)
    print(f"total  {'':11}  {before.documents:4}   {before.line()} | {today.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
