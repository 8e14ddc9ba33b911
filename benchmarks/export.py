"""How fast a large bid is exported to Word, against the budget in DESIGN.md.

Run with ``.venv/bin/python benchmarks/export.py``. Builds a workspace with one
bid of 50 questions and 50,000 words of answers (paragraphs, bullets, numbered
lists, sub-headings, bold and italic) and ten commitments, then times the whole
export to .docx (build + save + atomic write), median of 5 runs after one
warm-up. Also prints the 50-question portal text export. ``rows()`` gives the
same figures for ``benchmarks/run.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DOCX_BUDGET_S = 1.0
QUESTIONS = 50
WORDS = 50_000

_VOCABULARY = (
    "we", "will", "deliver", "social", "value", "for", "Anytown", "residents", "through",
    "local", "jobs", "volunteering", "well-being", "£1,200", "older", "people", "befriending",
    "café", "Tŷ", "Cymuned", "2026-27", "15%", "of", "households", "and", "families",
    "**twelve**", "*weekly*", "24", "placements", "the", "a", "to", "with", "in", "our",
)


def make_answer(words: int, rng: random.Random) -> str:
    """Markdown of about ``words`` words: paragraphs, sub-headings, bullets and numbers."""
    lines: list[str] = []
    written = 0
    while written < words:
        left = words - written
        kind = rng.random()
        if kind < 0.1 and left >= 4:
            lines.append("## " + " ".join(rng.choices(_VOCABULARY, k=4)).capitalize())
            written += 4
        elif kind < 0.25 and left >= 36:
            marker = "- " if rng.random() < 0.5 else "1. "
            for _ in range(3):
                lines.append(marker + " ".join(rng.choices(_VOCABULARY, k=12)))
                written += 12
        else:
            count = min(90, left)
            lines.append(" ".join(rng.choices(_VOCABULARY, k=count)).capitalize() + ".")
            written += count
        lines.append("")
    return "\n".join(lines)


def make_bid(path: Path, questions: int = QUESTIONS, words: int = WORDS):
    """A workspace at ``path`` with one large bid; returns (workspace, bid id)."""
    from svbidder.core.storage.records import Answer, Bid, Commitment, Organisation, Question
    from svbidder.core.storage.workspace import Workspace

    rng = random.Random(7)
    ws = Workspace.create(path, organisation_name="Millbrook Community Hub")
    with ws.batch("Fill"):
        ws.update(Organisation, 1, mission="We help people in Millbrook feel less alone.")
        bid = ws.add(Bid(buyer="Anytown Borough Council", reference="ABC/2026/099",
                         contract_title="Community Wellbeing Service"))
        for number in range(questions):
            question = ws.add(Question(
                bid_id=bid.id, position=number, ref=f"SV{number + 1}",
                text=f"Question {number + 1}\n\nHow will you add social value through this "
                     "contract? Tell us who will benefit, how many and by when.",
                guidance="Evaluators look for numbers, dates and evidence.",
                limit_kind="words", limit_value=1000))
            ws.add(Answer(question_id=question.id,
                          body_markdown=make_answer(words // questions, rng)))
            if number < 10:
                ws.add(Commitment(bid_id=bid.id, question_id=question.id, position=number,
                                  measure_text="Volunteer placements with training",
                                  target=24, unit="placements", timeframe="each year",
                                  evidence_method="Sign-up forms"))
    return ws, bid.id


def _median(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rows(runs: int = 5) -> list[tuple[str, str, str, bool]]:
    from svbidder.core.storage.records import Answer
    from svbidder.core.writing.counting import count_markdown
    from svbidder.export.bid_document import export_bid_document
    from svbidder.export.text_export import export_text

    folder = Path(tempfile.mkdtemp(prefix="svbidder-bench-export-"))
    ws, bid_id = make_bid(folder / "large.svbid")
    try:
        words = sum(count_markdown(a.body_markdown).words for a in ws.find(Answer))
        target = folder / "large.docx"
        export_bid_document(ws, bid_id, target)  # warm-up: imports python-docx
        docx_seconds = _median(lambda: export_bid_document(ws, bid_id, target), runs)
        text_seconds = _median(lambda: export_text(ws, bid_id, folder / "large.txt"), runs)
        size_kb = target.stat().st_size / 1000
    finally:
        ws.close()
    return [
        (f"Export a {QUESTIONS}-question, {words:,}-word bid to .docx ({size_kb:.0f} KB)",
         f"{docx_seconds * 1000:.0f} ms", f"≤ {DOCX_BUDGET_S * 1000:.0f} ms",
         docx_seconds <= DOCX_BUDGET_S),
        ("  … the same bid as portal text (.txt)", f"{text_seconds * 1000:.0f} ms",
         "(reference)", True),
    ]


def main() -> int:
    result = rows()
    width = max(len(row[0]) for row in result)
    print(f"{'figure'.ljust(width)}  {'measured':>10}  {'budget':>12}  result")
    for name, value, budget, ok in result:
        print(f"{name.ljust(width)}  {value:>10}  {budget:>12}  {'ok' if ok else 'OVER'}")
    return 0 if all(row[3] for row in result) else 1


if __name__ == "__main__":
    sys.exit(main())
