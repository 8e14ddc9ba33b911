"""How good and how fast the mapping suggestions are, against the targets in issue 5.

Run with ``.venv/bin/python benchmarks/matching.py [-v] [--tuning]``. Prints, for the UK
Social Value Model 2025 and the English council starting set, measured against
the labelled descriptions of real small charities and social enterprises, each
half of the set apart (the split rule is in tests/core/test_matching_quality.py):
the tuning half ``tests/data/charities_eval_tune.jsonl`` and the frozen half
``charities_eval_frozen.jsonl``:

* precision of the top suggestion: how often the theme of the best suggestion
  is one of the labelled themes;
* top-3 hit rate: how often at least one of the top three suggestions is in a
  labelled theme;
* recall: the share of all labelled themes that appear among the top three
  suggestions' themes;

then the time to index 150 outcomes and suggest for 200 activities (median of
several runs). ``rows()`` gives the same figures for ``benchmarks/run.py``.

``-v`` also lists the charities whose top suggestion missed, for the tuning
half only: the vocabulary may be tuned while looking at those. The frozen half
is reported as figures only, so nobody tunes to it (issue 15 item 9).
``--tuning`` prints the tuning half alone (no frozen figures, no timing): use
it while tuning, and measure the frozen half once at the end.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svbidder.core.mapping.matching import (  # noqa: E402
    ActivityText,
    OutcomeText,
    build_index,
    outcome_texts,
    suggest,
)
from svbidder.core.priorities.frameworks import bundled_frameworks  # noqa: E402

TUNE_FILE = ROOT / "tests" / "data" / "charities_eval_tune.jsonl"
FROZEN_FILE = ROOT / "tests" / "data" / "charities_eval_frozen.jsonl"
EVAL_FILES = (TUNE_FILE, FROZEN_FILE)
HALVES = (("tuning", TUNE_FILE), ("frozen", FROZEN_FILE))
FRAMEWORKS = (("uk-social-value-model-2025", "UK SVM 2025"),
              ("england-council-starter", "English council set"))
LABELS = {"uk-social-value-model-2025": "svm2025_themes",
          "england-council-starter": "england_themes"}
TOP1_TARGET, TOP3_TARGET, SECONDS_BUDGET = 0.8, 0.85, 0.3


def load_eval(paths: tuple[Path, ...] = EVAL_FILES) -> list[dict]:
    return [json.loads(line) for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(framework_key: str, entries: list[dict] | None = None) -> dict:
    """Precision, recall and top-3 hit rate at theme level for one framework."""
    entries = load_eval() if entries is None else entries
    framework = next(f for f in bundled_frameworks() if f.key == framework_key)
    index = build_index(outcome_texts(framework))
    label_field = LABELS[framework_key]
    scored = top1 = top3 = found = labelled = suggested = suggested_hits = 0
    misses = []
    for entry in entries:
        labels = set(entry.get(label_field) or ())
        if not labels:
            continue
        scored += 1
        suggestions = suggest(index, ActivityText.from_dict(entry), top=3)
        themes = [s.theme_ref for s in suggestions]
        suggested += len(themes)
        suggested_hits += sum(theme in labels for theme in themes)
        if themes and themes[0] in labels:
            top1 += 1
        else:
            misses.append((entry["id"], themes[:1], sorted(labels)))
        if labels & set(themes):
            top3 += 1
        found += len(labels & set(themes))
        labelled += len(labels)
    return {"framework": framework_key, "activities": scored,
            "precision_top1": top1 / scored, "top3_hit_rate": top3 / scored,
            "recall": found / labelled,
            "precision_top3": suggested_hits / suggested if suggested else 0.0,
            "misses": misses}


def _synthetic(activities: int = 200, outcomes: int = 150
               ) -> tuple[list[OutcomeText], list[ActivityText]]:
    """Realistic texts, repeated with small changes up to the wanted numbers."""
    base_outcomes = [o for f in bundled_frameworks() for o in outcome_texts(f)]
    outcome_list = []
    for number in range(outcomes):
        o = base_outcomes[number % len(base_outcomes)]
        round_ = number // len(base_outcomes)
        outcome_list.append(OutcomeText(
            outcome_id=number, outcome_title=o.outcome_title + (f" ({round_})" if round_ else ""),
            theme_title=o.theme_title, description=o.description, guidance=o.guidance,
            measures=o.measures, outcome_ref=o.outcome_ref, theme_ref=o.theme_ref))
    entries = load_eval()
    example = json.loads((ROOT / "svbidder" / "resources" / "example" / "activities.json")
                         .read_text(encoding="utf-8"))
    base_activities = [ActivityText.from_dict(e) for e in (*entries, *example)]
    activity_list = []
    for number in range(activities):
        a = base_activities[number % len(base_activities)]
        sentences = a.description.split(". ")
        shift = (number // len(base_activities)) % max(1, len(sentences))
        activity_list.append(ActivityText(
            title=a.title, description=". ".join(sentences[shift:] + sentences[:shift]),
            beneficiaries=a.beneficiaries, outcomes_text=a.outcomes_text, tags=a.tags,
            evidence=a.evidence, activity_id=number))
    return outcome_list, activity_list


def timing(runs: int = 7) -> float:
    """Median seconds to index 150 outcomes and suggest for 200 activities (top 3)."""
    outcome_list, activity_list = _synthetic()
    build_index(outcome_list)  # load the vocabulary once, as the app does at start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        index = build_index(outcome_list)
        for activity in activity_list:
            suggest(index, activity, top=3)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _quality_rows(half: str, short: str, figures: dict) -> list[tuple[str, str, str, bool]]:
    """Top-1 precision, top-3 hit rate and recall of one framework on one half."""
    top1, top3 = figures["precision_top1"], figures["top3_hit_rate"]
    return [
        (f"Suggestions, {short}, {half} half: precision of top suggestion "
         f"({figures['activities']} charities)",
         f"{top1:.2f}", f"≥ {TOP1_TARGET:g}", top1 >= TOP1_TARGET),
        (f"Suggestions, {short}, {half} half: top-3 hit rate",
         f"{top3:.2f}", f"≥ {TOP3_TARGET:g}", top3 >= TOP3_TARGET),
        (f"Suggestions, {short}, {half} half: recall of labelled themes in top 3",
         f"{figures['recall']:.2f}", "(reference)", True),
    ]


def rows(tuning_only: bool = False) -> list[tuple[str, str, str, bool]]:
    """(name, value, budget, within budget) rows for benchmarks/run.py: each half apart."""
    result = []
    for half, path in HALVES[:1] if tuning_only else HALVES:
        entries = load_eval((path,))
        for key, short in FRAMEWORKS:
            result += _quality_rows(half, short, evaluate(key, entries))
    if tuning_only:
        return result
    seconds = timing()
    result.append(("Suggestions for 200 activities × 150 outcomes (with indexing)",
                   f"{seconds * 1000:.0f} ms", f"≤ {SECONDS_BUDGET * 1000:.0f} ms",
                   seconds <= SECONDS_BUDGET))
    return result


def tuning_misses() -> list[str]:
    """One line per tuning-half charity whose top suggestion missed; never the frozen half."""
    entries = load_eval((TUNE_FILE,))
    lines = []
    for key, _short in FRAMEWORKS:
        for entry_id, got, labelled in evaluate(key, entries)["misses"]:
            lines.append(f"  tuning half, {key}: top suggestion missed for {entry_id}: "
                         f"got {got}, labelled {labelled}")
    return lines


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    results = rows(tuning_only="--tuning" in sys.argv[1:])
    width = max(len(name) for name, *_ in results)
    for name, value, budget, ok in results:
        print(f"{name:<{width}}  {value:>8}  {budget:<12} {'ok' if ok else 'OVER BUDGET'}")
    if verbose:
        print("\n".join(tuning_misses()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
