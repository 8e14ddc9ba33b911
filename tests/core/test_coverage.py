"""Coverage of a framework by confirmed links, in words, and ideas for the gaps."""

from __future__ import annotations

import json

import pytest

from svbidder.core.mapping.coverage import (
    coverage,
    gap_ideas,
    ideas_path,
    load_ideas,
)
from svbidder.core.mapping.links import (
    confirm,
    framework_outcomes,
    reject,
    set_mapping_evidence,
    store_suggestions,
)
from svbidder.core.mapping.matching import load_vocabulary
from svbidder.core.organisation.activities import add_activity
from svbidder.core.organisation.evidence import add_evidence, set_links
from svbidder.core.priorities.frameworks import (
    FrameworkData,
    OutcomeData,
    ThemeData,
    install_framework,
)


@pytest.fixture
def setup(workspace):
    framework = install_framework(workspace, FrameworkData(
        key="test-council", name="Test council", themes=[
            ThemeData(title="Connected communities", ref="1", outcomes=[
                OutcomeData(title="Less loneliness and isolation", ref="1.1"),
                OutcomeData(title="More volunteering", ref="1.2")]),
            ThemeData(title="A greener area", ref="2", outcomes=[
                OutcomeData(title="Lower carbon emissions", ref="2.1")]),
            ThemeData(title="Nothing here yet", ref="3"),
        ]))
    outcomes = {o.ref: o.id for _, o in framework_outcomes(workspace, framework.id)}
    a = add_activity(workspace, title="Befriending", description="Volunteers visit people")
    b = add_activity(workspace, title="Lunch club", description="A weekly lunch for people "
                                                                "who live alone")
    item = add_evidence(workspace, kind="figure", title="85 people befriended")
    set_links(workspace, item.id, [a.id])
    return workspace, framework, outcomes, a, b, item


def test_empty_map_is_all_gaps(setup):
    ws, framework, *_ = setup
    result = coverage(ws, framework.id)
    assert result.label == "0 of 3 outcomes covered by your activities; 3 gaps"
    assert [o.outcome.ref for o in result.gaps()] == ["1.1", "1.2", "2.1"]
    assert all(o.strength == "none" and o.label.startswith("Gap") for o in result.outcomes())
    assert result.themes[-1].label == "No outcomes in this theme"


def test_strength_in_words_and_levels(setup):
    ws, framework, outcomes, a, b, item = setup
    confirm(ws, a.id, outcomes["1.1"])
    first = coverage(ws, framework.id).themes[0].outcomes[0]
    assert first.strength == "some" and first.confirmed_links == 1
    assert first.evidence_count == 1  # evidence linked to the activity counts
    assert first.label == "Some: 1 activity, 1 piece of evidence"
    confirm(ws, b.id, outcomes["1.1"])
    set_mapping_evidence(ws, a.id, outcomes["1.1"], [item.id])  # the same item counts once
    result = coverage(ws, framework.id)
    first = result.themes[0].outcomes[0]
    assert first.strength == "strong" and first.level == 1.0
    assert first.label == "Strong: 2 activities, 1 piece of evidence"
    assert first.activity_ids == (a.id, b.id)
    theme = result.themes[0]
    assert theme.strength == "some" and theme.covered == 1
    assert theme.label == "Some: 1 of 2 outcomes covered (1 strongly)"
    assert 0 < theme.level < 1
    reject(ws, b.id, outcomes["1.2"])
    second = coverage(ws, framework.id).themes[0].outcomes[1]
    assert second.strength == "none" and second.rejected_links == 1


def test_suggestions_are_mentioned_but_do_not_count(setup):
    ws, framework, *_ = setup
    store_suggestions(ws, framework.id)
    result = coverage(ws, framework.id)
    lonely = result.themes[0].outcomes[0]
    assert lonely.strength == "none" and lonely.suggested_links >= 1
    assert "to look at" in lonely.label


def test_gap_ideas_fit_the_gap(setup):
    ws, framework, outcomes, a, *_ = setup
    confirm(ws, a.id, outcomes["1.1"])
    gaps = gap_ideas(ws, framework.id)
    assert [g.outcome.ref for g in gaps] == ["1.2", "2.1"]
    carbon = gaps[1]
    assert 2 <= len(carbon.ideas) <= 3
    assert carbon.concepts[0] == "cutting carbon emissions"
    assert any("walk" in i.text.lower() or "cycl" in i.text.lower() for i in carbon.ideas)
    assert all(i.title and i.text for g in gaps for i in g.ideas)
    with_some = gap_ideas(ws, framework.id, include_some=False, per_gap=2)
    assert all(len(g.ideas) <= 2 for g in with_some)




def test_ideas_bank_is_well_formed_and_proportionate():
    data = json.loads(ideas_path().read_text(encoding="utf-8"))
    concepts = set(load_vocabulary().concepts)
    bank = load_ideas()
    assert set(data["ideas"]) <= concepts | {"_any"}
    for concept_id, ideas in bank.items():
        assert 1 <= len(ideas) <= 4, concept_id
        for idea in ideas:
            assert len(idea.title) <= 60 and len(idea.text) <= 260
            # written for small organisations, not the large-contractor asks
            assert "office space" not in idea.text.lower()
            assert "donation of £" not in idea.text.lower()

