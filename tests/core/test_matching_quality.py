"""The measured quality targets of issue 5, so a regression fails the build.

The labelled set (tests/data/charities_eval.jsonl) holds paraphrased public
descriptions of real small charities and social enterprises, each labelled with
the themes of the UK Social Value Model 2025 and of the English council
starting set that its work contributes to. Run benchmarks/matching.py -v to see
the figures and the misses.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from svbidder.core.frameworks import bundled_frameworks

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "data" / "charities_eval.jsonl"


@pytest.fixture(scope="module")
def evaluate():
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.matching import evaluate
    finally:
        sys.path.remove(str(ROOT))
    return evaluate


def test_eval_set_is_well_formed():
    entries = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines() if line]
    assert len(entries) >= 30
    themes = {f.key: {t.ref for t in f.themes} for f in bundled_frameworks()}
    ids = set()
    for entry in entries:
        assert entry["id"] not in ids
        ids.add(entry["id"])
        assert entry["title"] and len(entry["description"]) > 60
        assert entry["source"]["name"] and entry["source"]["url"].startswith("http")
        assert set(entry["svm2025_themes"]) <= themes["uk-social-value-model-2025"]
        assert entry["england_themes"]
        assert set(entry["england_themes"]) <= themes["england-council-starter"]
    assert sum(bool(e["svm2025_themes"]) for e in entries) >= 30


@pytest.mark.parametrize("key", ["uk-social-value-model-2025", "england-council-starter"])
def test_quality_targets(evaluate, key):
    figures = evaluate(key)
    assert figures["top3_hit_rate"] >= 0.85, figures
    assert figures["precision_top1"] >= 0.8, figures
