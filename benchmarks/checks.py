"""How fast the evaluator's-eye checks run, against the budget in DESIGN.md.

Run with ``.venv/bin/python benchmarks/checks.py``. Times every check on a
realistic 1,000-word answer (a mix of strong and weak writing, so most rules
find something) with a full context: question text, linked priorities,
commitments and evidence items. Prints the median and 95th percentile of many
runs; the budget is 100 ms. ``rows()`` gives the same figures for
``benchmarks/run.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svbidder.core.storage.records import Commitment, EvidenceItem  # noqa: E402
from svbidder.core.writing.checks import CheckContext, run_checks  # noqa: E402
from svbidder.core.writing.counting import count_markdown  # noqa: E402

BUDGET_MS = 100.0

PARAGRAPHS = (
    "## Who will benefit",
    "Older people living alone in Millbrook and Eastfield, many with long-term health "
    "conditions, and the carers who support them. Last year our befriending service supported "
    "85 older people, and 71% said they felt less lonely after six months.",
    "- From April 2026, trained volunteers will visit or call 100 older people each week.",
    "- A Friday lunch club for 30 people at the hub, with a minibus for 12 people who cannot "
    "travel alone.",
    "- Brook Valley Medical Practice's social prescribers will refer at least 40 people a year.",
    "## How we will measure and report",
    "Each person answers four short loneliness questions when they start and again after six "
    "months. Our Befriending Coordinator keeps the attendance register and will report the "
    "results to the council every quarter, using the SROI approach where appropriate.",
    "We aim to work closely with partners where possible and we hope to organize extra "
    "sessions in due course, which could include a range of activities for the the whole "
    "community as and when funding allows.",
    "Sessions will be delivered by volunteers who are trained by our staff, and referrals are "
    "managed by the hub team, while feedback is collected by the coordinator and reports are "
    "prepared by the manager for the council's contract manager every quarter of the year.",
    "We will continue to comply with all relevant legislation and our safeguarding policy, as "
    "we always have done, and we will recruit local volunteers to help.",
    "## Local jobs and volunteering",
    "Our Next Step programme will take 24 volunteers a year who face barriers to work, "
    "including care leavers and disabled people, for 12 weeks of supported volunteering in the "
    "café or pantry, with a Level 2 food hygiene certificate and weekly mentoring.",
    "Doreen, 81, told us: “I used to go days without speaking to anyone. Now I look forward to "
    "Fridays.” Her daughter can be reached on 07700 900123 if the council wishes to check.",
    "## Food and waste",
    "Last year we rescued 18.4 tonnes of surplus food from three supermarkets. From June 2026 "
    "we will collect from a fourth store and save 22 tonnes a year by March 2027, weighed at "
    "every collection, and we will cut staff mileage by 25% by the end of Year 1.",
)


def make_answer(words: int = 1000) -> str:
    """A realistic answer of at least ``words`` words (Word's count)."""
    lines: list[str] = []
    index = 0
    while count_markdown("\n\n".join(lines)).words < words:
        lines.append(PARAGRAPHS[index % len(PARAGRAPHS)])
        index += 1
    return "\n\n".join(lines)


def make_context() -> CheckContext:
    return CheckContext(
        question_text="Reducing loneliness and isolation\n\nDescribe how you will reduce "
                      "loneliness and isolation among older residents of Millbrook and "
                      "Eastfield through this contract. Tell us who will benefit, where, how "
                      "many people each year, and how you will show the difference it makes.",
        guidance="Maximum 1,000 words.",
        limit_kind="words", limit_value=1000,
        outcome_titles=["Less loneliness and isolation, especially among older residents",
                        "Healthier lives, in body and mind"],
        commitments=[Commitment(measure_text="Older people visited each week", target=100,
                                unit="people", timeframe="each week"),
                     Commitment(measure_text="Lunch club places", target=None, unit="",
                                timeframe="")],
        evidence_items=[EvidenceItem(kind="figure", title="Surplus food saved", value=18.4,
                                     unit="tonnes", evidence_date="2024-11-01"),
                        EvidenceItem(kind="story", title="Doreen's Fridays",
                                     body="Doreen, 81, from Eastfield. Call 07700 900123.",
                                     personal_data=True, consent_recorded=False)],
        area_words=["Millbrook", "Eastfield", "Anytown"],
        today=date(2026, 3, 2),
    )


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure(runs: int = 60) -> dict[str, float]:
    answer = make_answer()
    context = make_context()
    run_checks(answer, context)  # warm up (compiles nothing new, fills caches)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        findings = run_checks(answer, context)
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(times), "p95_ms": _p95(times),
            "words": count_markdown(answer).words, "findings": len(findings)}


def rows() -> list[tuple[str, str, str, bool]]:
    """(name, value, budget, within budget) rows for benchmarks/run.py."""
    figures = measure()
    return [
        (f"All checks, {figures['words']:,}-word answer ({figures['findings']} findings), median",
         f"{figures['median_ms']:.1f} ms", f"≤ {BUDGET_MS:g} ms",
         figures["median_ms"] <= BUDGET_MS),
        (f"All checks, {figures['words']:,}-word answer, p95", f"{figures['p95_ms']:.1f} ms",
         "(reference)", True),
    ]


def main() -> int:
    results = rows()
    width = max(len(name) for name, *_ in results)
    for name, value, budget, ok in results:
        print(f"{name:<{width}}  {value:>10}  {budget:<12} {'ok' if ok else 'OVER BUDGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
