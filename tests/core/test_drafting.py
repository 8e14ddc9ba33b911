"""Material at hand for a question, and the text inserted for evidence."""

from __future__ import annotations

import pytest

from svbidder.core.storage.records import Activity, EvidenceItem, Framework, Mapping, Outcome, Theme
from svbidder.core.storage.workspace import Workspace
from svbidder.core.writing.bids import add_bid, add_question, set_question_outcomes
from svbidder.core.writing.drafting import (
    activity_label,
    evidence_insert_text,
    evidence_label,
    material_for_question,
)


@pytest.fixture
def ws(tmp_path):
    with Workspace.create(tmp_path / "d.svbid") as workspace:
        yield workspace


def test_mapped_activities_come_first_with_their_evidence(ws):
    framework = ws.add(Framework(name="Anytown"))
    theme = ws.add(Theme(framework_id=framework.id, title="Connected communities"))
    lonely = ws.add(Outcome(theme_id=theme.id, title="Less loneliness"))
    ws.add(Activity(title="Café", position=0))
    visits = ws.add(Activity(title="Befriending", position=1, volume_amount=85,
                             volume_unit="older people", volume_period="year"))
    quote = ws.add(EvidenceItem(kind="quote", title="Doreen", body="I look forward to Tuesdays",
                                personal_data=True))
    ws.link("activity_evidence", visits.id, quote.id)
    ws.add(Mapping(activity_id=visits.id, outcome_id=lonely.id, status="confirmed"))
    bid = add_bid(ws, framework_id=framework.id)
    question = add_question(ws, bid.id, text="How will you reduce loneliness?")
    set_question_outcomes(ws, question.id, [lonely.id])
    material = material_for_question(ws, question.id)
    assert [m.activity.title for m in material] == ["Befriending", "Café"]
    assert material[0].mapped and not material[1].mapped
    assert material[0].evidence[0].id == quote.id
    assert activity_label(material[0]) == "★ Befriending (85 older people a year)"
    assert evidence_label(quote).endswith("⚠ no consent recorded")


def test_figures_carry_period_and_source():
    item = EvidenceItem(kind="figure", value=412, unit="households", period="year",
                        source="pantry sign-in sheets", evidence_date="2026-03-31")
    assert evidence_insert_text(item) == "412 households a year (pantry sign-in sheets, Mar 2026)"


def test_quotes_keep_the_speaker_and_evaluations_the_ratio():
    quote = EvidenceItem(kind="quote", body="“Now I have somewhere to go.”", source="a member")
    assert evidence_insert_text(quote) == "“Now I have somewhere to go.” — a member"
    study = EvidenceItem(kind="evaluation", ratio=4.2, evaluator="Brook Valley University",
                         evidence_date="2025-06-01")
    assert evidence_insert_text(study) == ("An evaluation by Brook Valley University found "
                                           "£4.20 of social value for every £1 spent (Jun 2025).")
