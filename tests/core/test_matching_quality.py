"""The measured quality of the suggestions, on two halves of a labelled set.

The labelled set holds public descriptions of 85 real charities, community
interest companies and community groups in England, Wales and Scotland, each
labelled with the themes of the UK Social Value Model 2025 and of the English
council starting set that its work contributes to. The first 38 are
paraphrases; the 47 added for issue 15 are short extracts in the organisations'
own words (or their local paper's), with the source and its address, labelled
from the framework definitions before the matcher was run on them. An empty
UK Social Value Model list means the work fits that model poorly; such entries
are not scored for it.

The set is kept in two halves, chosen by a fixed rule (the SHA-256 of the
entry's id, read as a number: even goes to the tuning half, odd to the frozen
half), never by looking at results:

* ``tests/data/charities_eval_tune.jsonl`` — the tuning half. The vocabulary and
  the matching rules may be tuned while looking at its misses; it is held to
  the targets of issue 5 (top-3 hit rate ≥ 0.85, precision of the top
  suggestion ≥ 0.8).
* ``tests/data/charities_eval_frozen.jsonl`` — the frozen half. Never tune to
  it, never print its misses, and never change it in the same commit as the
  vocabulary or the rules. Each floor sits one charity below the figure
  measured when the frozen half last changed, so losing one charity passes and
  losing two fails; the floors name the count they were measured on, and a
  changed count fails until they are measured again (in a commit of its own).

Figures (top 1 = precision of the top suggestion, top 3 = top-3 hit rate):

===========================  ====================  ====================  ====================
half, framework              38 charities          85, before tuning     85, after tuning
===========================  ====================  ====================  ====================
tune, UK SVM 2025            0.87, 1.00 (15)       0.76, 0.97 (34)       0.91, 1.00 (34)
tune, English council set    0.88, 1.00 (17)       0.83, 0.98 (41)       0.85, 1.00 (41)
frozen, UK SVM 2025          0.74, 0.89 (19)       0.78, 0.93 (40)       0.82, 0.95 (40)
frozen, English council set  0.86, 1.00 (21)       0.89, 1.00 (44)       0.89, 1.00 (44)
===========================  ====================  ====================  ====================

The vocabulary was tuned on the tuning half only (its misses printed by
``benchmarks/matching.py -v``); the frozen half was then run once. Its floors
were not moved with the tuning.

Run benchmarks/run.py to see the figures of both halves.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from svbidder.core.priorities.frameworks import bundled_frameworks

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TUNE = DATA / "charities_eval_tune.jsonl"
FROZEN = DATA / "charities_eval_frozen.jsonl"
SVM, ENGLAND = "uk-social-value-model-2025", "england-council-starter"
KEYS = [SVM, ENGLAND]

# Targets for the tuning half (issue 5).
TUNE_TOP1, TUNE_TOP3 = 0.8, 0.85
# Tuning-half targets not met today, with the measured figure (see the docstring).
# UK SVM 2025 top 1 was 26 of 34 (0.76) when the set grew to 85; 31 of 34 (0.91)
# after the vocabulary was tuned on this half.
TUNE_SHORTFALLS: dict[tuple[str, str], str] = {}
# Floors for the frozen half: one charity below the hits measured on this many charities.
FROZEN_FLOORS = {
    SVM: {"charities": 40, "precision_top1": 30 / 40, "top3_hit_rate": 36 / 40},
    ENGLAND: {"charities": 44, "precision_top1": 38 / 44, "top3_hit_rate": 43 / 44},
}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _half_for(entry_id: str) -> str:
    """The split rule: fixed by the id alone, so nobody picks which entries are frozen."""
    digest = int(hashlib.sha256(entry_id.encode("utf-8")).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "frozen"


@pytest.fixture(scope="module")
def evaluate():
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.matching import evaluate
    finally:
        sys.path.remove(str(ROOT))
    return evaluate


def _report(half: str, figures: dict) -> str:
    """The figures; the misses only for the tuning half, so nobody tunes to the frozen one."""
    line = (f"{half} half, {figures['framework']}: {figures['activities']} charities, "
            f"top 1 {figures['precision_top1']:.2f}, top 3 {figures['top3_hit_rate']:.2f}, "
            f"recall {figures['recall']:.2f}")
    return line + (f"; misses {figures['misses']}" if half == "tune" else "")


def test_eval_set_is_well_formed():
    tune, frozen = _load(TUNE), _load(FROZEN)
    entries = tune + frozen
    assert len(entries) >= 80
    assert all(_half_for(e["id"]) == "tune" for e in tune)
    assert all(_half_for(e["id"]) == "frozen" for e in frozen)
    assert min(len(tune), len(frozen)) >= len(entries) // 3
    themes = {f.key: {t.ref for t in f.themes} for f in bundled_frameworks()}
    ids = set()
    for entry in entries:
        assert entry["id"] not in ids
        ids.add(entry["id"])
        assert entry["title"] and len(entry["description"]) > 60
        assert entry["source"]["name"] and entry["source"]["url"].startswith("http")
        assert set(entry["svm2025_themes"]) <= themes[SVM]
        assert entry["england_themes"]
        assert set(entry["england_themes"]) <= themes[ENGLAND]
    assert sum(bool(e["svm2025_themes"]) for e in entries) >= 70


def _tuning_case(key: str, measure: str):
    """One (framework, measure) case; a known shortfall is a strict expected failure."""
    shortfall = TUNE_SHORTFALLS.get((key, measure))
    if shortfall is None:
        return pytest.param(key, measure, id=f"{key}-{measure}")
    return pytest.param(key, measure, id=f"{key}-{measure}", marks=pytest.mark.xfail(
        strict=True, reason=f"below the target on the tuning half: {shortfall}"))


@pytest.mark.parametrize("key, measure", [
    _tuning_case(key, measure) for key in KEYS
    for measure in ("top3_hit_rate", "precision_top1")])
def test_quality_targets_on_the_tuning_half(evaluate, key, measure):
    figures = evaluate(key, _load(TUNE))
    print(_report("tune", figures))
    target = {"top3_hit_rate": TUNE_TOP3, "precision_top1": TUNE_TOP1}[measure]
    assert figures[measure] >= target, _report("tune", figures)


@pytest.mark.parametrize("key", KEYS)
def test_frozen_half_does_not_regress(evaluate, key):
    figures = evaluate(key, _load(FROZEN))
    print(_report("frozen", figures))
    floors = FROZEN_FLOORS[key]
    assert figures["activities"] == floors["charities"], (
        "the frozen half changed: measure it again and set the floors in a commit of its own")
    for name in ("precision_top1", "top3_hit_rate"):
        assert figures[name] >= floors[name] - 1e-9, _report("frozen", figures)
