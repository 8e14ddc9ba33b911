"""How fast answers are counted, against the budgets in DESIGN.md.

Run with ``.venv/bin/python benchmarks/counting.py``. Prints: a full recount of
a 5,000-word answer and of a 50,000-word document, and the incremental
recount per keystroke (one paragraph changed, totals read back) in the
50,000-word document, as median and 95th percentile. ``rows()`` gives the
same figures for ``benchmarks/run.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svbidder.core.writing.counting import ParagraphCounter, count_markdown  # noqa: E402

FULL_5K_BUDGET_MS = 16.0
KEYSTROKE_P95_BUDGET_MS = 8.0

_VOCABULARY = (
    "we", "will", "deliver", "social", "value", "for", "Anytown", "residents", "through",
    "local", "jobs", "volunteering", "well-being", "£1,200.50", "e-mail",
    "info@millbrook.example", "https://www.millbrook.example/impact", "older", "people",
    "befriending", "café", "Tŷ", "Cymuned", "2026–27", "—", "15%", "of", "households", "and/or",
    "families", "**bold**", "*italic*", "24", "placements",
)


def make_answer(words: int, seed: int = 1) -> str:
    """Markdown of about ``words`` words: paragraphs of ~100 words, some bullets and headings."""
    rng = random.Random(seed)
    lines: list[str] = []
    written = 0
    while written < words:
        kind = rng.random()
        if kind < 0.1:
            lines.append("## " + " ".join(rng.choices(_VOCABULARY, k=4)))
            written += 4
        elif kind < 0.3:
            for _ in range(3):
                lines.append("- " + " ".join(rng.choices(_VOCABULARY, k=12)))
                written += 12
        else:
            lines.append(" ".join(rng.choices(_VOCABULARY, k=100)))
            written += 100
        lines.append("")
    return "\n".join(lines)


def _time(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure(keystrokes: int = 2000) -> dict[str, float]:
    answer = make_answer(5_000)
    document = make_answer(50_000, seed=2)
    count_markdown(answer)  # warm up
    full_5k = statistics.median(_time(lambda: count_markdown(answer), 30))
    full_50k = statistics.median(_time(lambda: count_markdown(document), 10))

    lines = document.split("\n")
    counter = ParagraphCounter(lines)
    rng = random.Random(3)
    body = [i for i, line in enumerate(lines) if len(line) > 200]
    times = []
    for _ in range(keystrokes):
        index = rng.choice(body)
        text = lines[index]
        at = rng.randrange(len(text))
        if rng.random() < 0.8:
            text = text[:at] + rng.choice("abcdefghij ") + text[at:]
        else:
            text = text[:at] + text[at + 1:]
        lines[index] = text
        start = time.perf_counter()
        counter.update(index, text)
        counter.totals()
        times.append((time.perf_counter() - start) * 1000)
    assert counter.totals() == count_markdown("\n".join(lines)), "incremental count drifted"
    return {
        "full_5k_ms": full_5k,
        "full_50k_ms": full_50k,
        "key_median_ms": statistics.median(times),
        "key_p95_ms": _p95(times),
        "words_5k": count_markdown(answer).words,
        "words_50k": count_markdown(document).words,
    }


def rows() -> list[tuple[str, str, str, bool]]:
    """(name, value, budget, within budget) rows for benchmarks/run.py."""
    figures = measure()
    return [
        (f"Full recount, {figures['words_5k']:,}-word answer",
         f"{figures['full_5k_ms']:.2f} ms", f"≤ {FULL_5K_BUDGET_MS:g} ms",
         figures["full_5k_ms"] <= FULL_5K_BUDGET_MS),
        (f"Full recount, {figures['words_50k']:,}-word document",
         f"{figures['full_50k_ms']:.1f} ms", "(reference: never per keystroke)", True),
        ("Keystroke recount at 50k words (incremental), median",
         f"{figures['key_median_ms']:.3f} ms", "(reference)", True),
        ("Keystroke recount at 50k words (incremental), p95",
         f"{figures['key_p95_ms']:.3f} ms", f"≤ {KEYSTROKE_P95_BUDGET_MS:g} ms",
         figures["key_p95_ms"] <= KEYSTROKE_P95_BUDGET_MS),
    ]


def main() -> int:
    results = rows()
    width = max(len(name) for name, *_ in results)
    for name, value, budget, ok in results:
        print(f"{name:<{width}}  {value:>12}  {budget:<34} {'ok' if ok else 'OVER BUDGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
