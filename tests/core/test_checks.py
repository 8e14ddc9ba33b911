"""The evaluator's-eye checks: weak and strong answers, every rule's triggers and
non-triggers, spans, settings, readiness and the workspace glue."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svbidder.core.storage.records import Commitment, EvidenceItem, Framework, Outcome, Theme
from svbidder.core.writing import bids
from svbidder.core.writing.checks import (
    RULES,
    SEVERITIES,
    CheckContext,
    CheckSettings,
    Finding,
    TextMap,
    bid_readiness,
    check_question,
    context_for_question,
    line_and_column,
    load_check_settings,
    patterns,
    plain_to_markdown_offsets,
    readiness,
    run_checks,
    save_check_settings,
)
from svbidder.core.writing.checks import base as checks_base
from svbidder.core.writing.checks import engine as checks_engine
from svbidder.core.writing.checks.concepts import question_asks
from svbidder.core.writing.counting import count_markdown, markdown_to_plain

from .check_samples import PAIRS

TODAY = date(2026, 3, 2)
CORE_RULES = {"vague-promise", "no-numbers", "no-measurement", "no-timescale"}

SV1 = ("Reducing loneliness and isolation\n\nDescribe how you will reduce loneliness and "
       "isolation among older residents of Millbrook and Eastfield through this contract. Tell "
       "us who will benefit, where, how many people each year, and how you will show the "
       "difference it makes.")


@pytest.fixture(autouse=True)
def no_check_crashes(caplog):
    """Fail a test when a check crashed while it ran.

    ``run_checks`` skips a check that raises, so that one bug cannot hide the
    other findings. Without this, every "does not raise X" test here would
    pass while check X crashes on its text.
    """
    yield
    crashed = [record.getMessage() for record in caplog.get_records("call")
               if record.name == checks_engine.log.name and record.exc_info]
    assert crashed == []


def check(markdown: str, **context) -> list[Finding]:
    context.setdefault("today", TODAY)
    return run_checks(markdown, CheckContext(**context))


def rules_raised(markdown: str, **context) -> set[str]:
    return {finding.rule for finding in check(markdown, **context)}


def spans(markdown: str, rule: str, **context) -> list[str]:
    """The text each finding of ``rule`` points at ("" for the whole answer)."""
    plain = markdown_to_plain(markdown)
    return [plain[f.start:f.end] for f in check(markdown, **context) if f.rule == rule]


def long_text(sentence: str, words: int) -> str:
    """Repeat a sentence until the text has at least ``words`` words."""
    parts = []
    while count_markdown(" ".join(parts)).words < words:
        parts.append(sentence)
    return " ".join(parts)


# ------------------------------------------------------- weak and strong pairs

@pytest.mark.parametrize("theme", list(PAIRS))
def test_a_weak_vague_answer_raises_the_core_rules(theme):
    weak, _ = PAIRS[theme]
    raised = rules_raised(weak, limit_kind="words", limit_value=500)
    assert raised >= CORE_RULES, CORE_RULES - raised
    assert readiness(check(weak)).state == "not_ready"


@pytest.mark.parametrize("theme", list(PAIRS))
def test_a_strong_smart_answer_raises_none_of_them(theme):
    _, strong = PAIRS[theme]
    words = count_markdown(strong).words
    findings = check(strong, limit_kind="words", limit_value=int(words * 1.1) + 1)
    assert not {f.rule for f in findings} & CORE_RULES
    # and nothing else that must or should be fixed: the answer is ready
    assert [f.rule for f in findings if f.severity != "consider"] == []
    assert readiness(findings).state == "ready"


def test_strong_answers_cover_the_example_questions_and_priorities():
    strong = PAIRS["loneliness"][1]
    findings = check(strong, question_text=SV1, outcome_titles=[
        "Less loneliness and isolation, especially among older residents",
        "Healthier lives, in body and mind"], area_words=["Millbrook", "Eastfield"])
    assert "unaddressed-priority" not in {f.rule for f in findings}
    weak = PAIRS["loneliness"][0]
    messages = [f.message for f in check(weak, question_text=SV1)
                if f.rule == "unaddressed-priority"]
    assert any("who will benefit" in m for m in messages)
    assert any("how many people each year" in m for m in messages)
    assert any("show the difference" in m for m in messages)


# ------------------------------------------------- every rule: must / must not

# (rule, answer, context) that must raise the rule, with the text it must point at
# ("" for a finding about the whole answer).
TRIGGERS = [
    ("empty-answer", "", {}, [""]),
    ("empty-answer", "\n\n   \n", {}, [""]),
    ("over-limit", "one two three four five six seven eight",
     {"limit_kind": "words", "limit_value": 5}, ["six seven eight"]),
    ("over-limit", "**Bold** start, then a tail", {"limit_kind": "characters", "limit_value": 12},
     ["then a tail"]),
    ("over-limit", "We will help 12 people.", {"limit_kind": "pages", "limit_value": 1,
                                               "pages": 1.4}, [""]),
    ("over-safe-limit", "- one\n- two\n- three", {"limit_kind": "words", "limit_value": 3},
     ["two\nthree"]),
    ("far-under-limit", "We will support 12 older people in Millbrook each week.",
     {"limit_kind": "words", "limit_value": 100}, [""]),
    ("no-numbers", "We will support older people in Millbrook every week.", {}, [""]),
    ("no-numbers", "From March 2026 to 2027, in Year 1, we will do more.", {}, [""]),
    ("no-timescale", "We will support 40 older people in Millbrook.", {}, [""]),
    ("no-timescale", "We will support 40 families soon and regularly, on an ongoing basis.",
     {}, [""]),
    ("no-beneficiaries", "We will deliver 40 sessions a year for the community.", {}, [""]),
    ("vague-promise", "Where possible we will open on Saturdays.", {}, ["Where possible"]),
    ("vague-promise", "We aim to recruit 10 volunteers.", {}, ["aim to"]),
    ("vague-promise", "We hope to expand.", {}, ["We hope to"]),
    ("vague-promise", "We may offer 5 extra sessions.", {}, ["We may"]),
    ("vague-promise", "This could include 3 trips.", {}, ["This could"]),
    ("vague-promise", "We will endeavour to reply within 2 days.", {}, ["endeavour"]),
    ("vague-promise", "We seek to employ 4 local people.", {}, ["seek to"]),
    ("vague-promise", "Staff will be trained as appropriate.", {}, ["as appropriate"]),
    ("vague-quantity", "A number of people will get 6 weeks of mentoring.", {}, ["A number of"]),
    ("vague-quantity", "We run various activities for 40 families.", {}, ["various"]),
    ("unmeasurable-commitment", "We will recruit local volunteers for the café.", {},
     ["We will recruit local volunteers for the café."]),
    ("unmeasurable-commitment", "We will train 12 young people.", {},
     ["We will train 12 young people."]),
    # a short line with nothing after it is the answer itself, not a heading
    ("unmeasurable-commitment", "We will recruit local volunteers for the café", {},
     ["We will recruit local volunteers for the café"]),
    # a list item is a promise even without a full stop
    ("unmeasurable-commitment", "What we will offer:\n\n- We will recruit local volunteers\n"
                                "- We will train 12 young people by June 2026.", {},
     ["We will recruit local volunteers"]),
    ("no-measurement", "We will support 40 families a year in Eastfield.", {}, [""]),
    ("no-measurement", "We have a strong track record and follow data protection law.", {}, [""]),
    ("no-owner", long_text("We will support 40 families a year and this will lead to better "
                           "lives.", 90), {}, [""]),
    ("no-delivery-plan", long_text("We will support 40 families a year in Eastfield and "
                                   "report to the council each quarter.", 160), {}, [""]),
    ("unaddressed-priority", "We will run 40 sessions a year.",
     {"question_text": "Tell us who will benefit, where, and how you will measure it."},
     ["", "", ""]),
    ("unaddressed-priority", "We will plant 200 trees in Eastfield by March 2027.",
     {"outcome_titles": ["Less loneliness and isolation"]}, [""]),
    ("business-as-usual", "We already run a lunch club for 30 people.", {}, ["We already"]),
    ("business-as-usual", "We will continue to open the pantry 3 days a week.", {},
     ["We will continue to"]),
    ("already-required", "We comply with all relevant legislation.", {}, ["comply with"]),
    ("already-required", "All 9 staff are paid the National Minimum Wage.", {},
     ["National Minimum Wage"]),
    ("already-required", "We have a safeguarding policy.", {}, ["safeguarding policy"]),
    ("already-required", "We pay staff as required by this three-year contract.", {},
     ["as required by this three-year contract"]),
    ("commitment-incomplete", "We will offer lunch club places every Friday.",
     {"commitments": [{"measure_text": "lunch club places", "target": None, "unit": "",
                       "timeframe": ""}]}, ["lunch club places"]),
    ("commitment-incomplete", "We will help people.",
     {"commitments": [Commitment(measure_text="Households helped", target=40,
                                 unit="households", timeframe="ongoing")]}, [""]),
    ("stale-evidence", "Last year we saved 18.4 tonnes of food.",
     {"evidence_items": [EvidenceItem(kind="figure", title="Food saved", value=18.4,
                                      evidence_date="2024-11-01")]}, ["18.4"]),
    ("stale-evidence", "We helped 85 people.",
     {"evidence_items": [EvidenceItem(kind="figure", title="People helped", value=85,
                                      last_checked="2024-12-01")]}, ["85"]),
    ("stale-evidence", "We helped 85 people.",
     {"evidence_items": [EvidenceItem(kind="figure", title="People helped", value=85)]},
     ["85"]),
    ("personal-data-story", "Doreen, 81, now comes every Friday.",
     {"evidence_items": [EvidenceItem(kind="story", title="Doreen's Fridays",
                                      body="Doreen, 81, lives alone at 14 Mill Lane.",
                                      personal_data=True)]}, ["Doreen"]),
    ("personal-data-story", "One member now comes every Friday.",
     {"evidence_items": [EvidenceItem(kind="quote", title="A member's words",
                                      body="It changed my week.", personal_data=True)]}, [""]),
    ("personal-data-answer", "Doreen, 81, told us she now looks forward to Fridays.", {},
     ["Doreen"]),
    ("personal-data-story", "Sam now works in a café kitchen.",
     {"evidence_items": [EvidenceItem(kind="story", title="Sam's story: from volunteer to "
                                      "kitchen job", body="Sam, 29, had not worked for three "
                                      "years.", personal_data=True)]}, ["Sam"]),
    ("personal-data-answer", "Mrs Okafor joined in May 2025.", {}, ["Mrs Okafor"]),
    ("personal-data-answer", "Contact jo.bloggs@gmail.com or 07700 900123.", {},
     ["jo.bloggs@gmail.com", "07700 900123"]),
    ("personal-data-answer", "He was born 3 March 1961 in Eastfield.", {},
     ["born 3 March 1961"]),
    ("long-sentence", "We will " + " ".join(["support"] * 30) + " people.", {},
     ["We will " + " ".join(["support"] * 30) + " people."]),
    ("reading-ease", long_text("Organisational sustainability considerations necessitate "
                               "comprehensive multidisciplinary collaborative interventions "
                               "facilitating intergenerational community empowerment "
                               "opportunities.", 110), {}, [""]),
    ("passive-voice", "Sessions will be delivered weekly. Referrals are managed by the hub. "
                      "Food is collected daily. We run 3 clubs. Reports were sent in May.", {},
     ["be delivered", "are managed", "is collected", "were sent"]),
    ("undefined-acronym", "We measure SROI and report against the TOMs.", {},
     ["SROI", "TOMs"]),
    ("repeated-word", "We will support the the families.", {}, ["the the"]),
    ("british-spelling", "Our center will organize a color run and a program of events.", {},
     ["center", "organize", "color", "program"]),
    ("british-spelling", "We hold a license for the café.", {}, ["license"]),
]

# (rule, answer, context) that must NOT raise the rule.
NON_TRIGGERS = [
    ("empty-answer", "We will hire 2 people.", {}),
    ("over-limit", "one two three four five", {"limit_kind": "words", "limit_value": 5}),
    ("over-limit", "**Bold** words", {"limit_kind": "characters", "limit_value": 10}),
    ("over-limit", "We will help 12 people.", {"limit_kind": "pages", "limit_value": 1,
                                               "pages": 0.4}),
    ("over-limit", "We will help 12 people.", {"limit_kind": "pages", "limit_value": 1}),
    ("over-limit", "one two three four five six", {}),
    ("over-safe-limit", "one two three", {"limit_kind": "words", "limit_value": 3}),
    ("over-safe-limit", "- one\n- two\n- three\n- four", {"limit_kind": "words",
                                                          "limit_value": 3}),
    ("far-under-limit", " ".join(["word"] * 70), {"limit_kind": "words", "limit_value": 100}),
    ("far-under-limit", "We will help.", {}),
    ("no-numbers", "We will support twelve families.", {}),
    ("no-numbers", "71% said they felt less lonely.", {}),
    ("no-numbers", "Each bag costs £3.50.", {}),
    ("no-timescale", "We will support 40 older people by March 2027.", {}),
    ("no-timescale", "We will support 40 older people each year.", {}),
    ("no-timescale", "The first 10 places open within 6 months.", {}),
    ("no-timescale", "We report quarterly.", {}),
    ("no-timescale", "In Year 1 we will train 6 people.", {}),
    ("no-timescale", "We will train 6 people for the whole contract.", {}),
    ("no-timescale", "We will train 6 people each year of the contract.", {}),
    ("no-timescale", "We will train 6 people across the contract term.", {}),
    ("no-beneficiaries", "We will run 40 sessions a year for older people.", {}),
    ("no-beneficiaries", "We will run 40 sessions a year in Eastfield.", {}),
    ("no-beneficiaries", "We will run 40 sessions a year in the Brook valley.",
     {"area_words": ["Brook"]}),
    ("vague-promise", "In May 2026 we will open 2 new sessions.", {}),
    ("vague-promise", "Residents may refer themselves, or their GP may refer them.", {}),
    ("vague-promise", "Before she joined, she could not leave her flat.", {}),
    ("vague-promise", "“We may never have met otherwise,” one member said.", {}),
    ("vague-promise", "We will open on Saturdays from June 2026.", {}),
    ("vague-quantity", "We run a range of 10 to 15 sessions.", {}),
    ("vague-quantity", "We will run 12 numbered sessions.", {}),
    ("unmeasurable-commitment", "We will recruit 20 volunteers from Eastfield each year.", {}),
    ("unmeasurable-commitment", "We will work with the council's social prescribers.", {}),
    ("unmeasurable-commitment", "We will train 12 new volunteers. Courses start each April.",
     {}),
    # headings name a section; they promise nothing
    ("unmeasurable-commitment", "## How we will deliver it\n\nWe will support 40 older people "
                                "each year.", {}),
    ("unmeasurable-commitment", "How we will deliver it\n\nWe will support 40 older people "
                                "each year.", {}),
    ("unmeasurable-commitment", "What we will deliver\n\n- 40 lunch club places each week\n"
                                "- 12 trained volunteers by June 2026", {}),
    # a timeframe in the section's heading covers the promises under it
    ("unmeasurable-commitment", "## Over the three-year contract\n\nWe will recruit 20 "
                                "volunteers from Eastfield.\n\nWe will train 12 young people.",
     {}),
    ("unmeasurable-commitment", "We will train 12 young people for the whole contract.", {}),
    ("unmeasurable-commitment", "We will train 12 young people throughout the contract.", {}),
    ("no-measurement", "We will report the numbers to the council quarterly.", {}),
    ("no-measurement", "Every visit goes in the attendance register.", {}),
    ("no-measurement", "A loneliness scale at the start and after 6 months shows the change.",
     {}),
    ("no-owner", long_text("Our Volunteer Coordinator will lead this work.", 90), {}),
    ("no-owner", long_text("The project is managed by our hub team.", 90), {}),
    ("no-owner", "We will support 40 families.", {}),
    ("no-delivery-plan", long_text("Month 1: recruit 10 volunteers.", 160), {}),
    ("no-delivery-plan", long_text("We start by June 2026 and expand from September 2026.",
                                   160), {}),
    ("no-delivery-plan", "We will support 40 families a year.", {}),
    ("no-delivery-plan", long_text("The second club opens within 3 months of the start of the "
                                   "contract for 40 families.", 160), {}),
    ("unaddressed-priority", "Older people in Eastfield will join 40 sessions a year, and we "
                             "will measure their wellbeing.",
     {"question_text": "Tell us who will benefit, where, and how you will measure it."}),
    ("unaddressed-priority", "Our befriending volunteers will visit 30 isolated older people.",
     {"outcome_titles": ["Less loneliness and isolation"]}),
    ("unaddressed-priority", "Anything at all.", {"question_text": "Maximum 500 words."}),
    ("unaddressed-priority", "Volunteers will visit 30 older people in Eastfield for the whole "
                             "contract.",
     {"question_text": "Tell us what you will deliver over the life of the contract."}),
    ("business-as-usual", "We already run a lunch club; this contract will fund a second, new "
                          "session.", {}),
    ("business-as-usual", "Unlike our current service, we will open on Saturdays.", {}),
    ("business-as-usual", "We already run a lunch club; thanks to this three-year contract we "
                          "will open a second one.", {}),
    ("already-required", "We pay 20% above the National Living Wage.", {}),
    ("already-required", "All 9 staff are paid the Real Living Wage.", {}),
    ("already-required", "As part of this contract we will create 4 new jobs.", {}),
    ("commitment-incomplete", "We will offer 30 lunch club places every Friday.",
     {"commitments": [{"measure_text": "lunch club places", "target": 30, "unit": "places",
                       "timeframe": "every Friday"}]}),
    ("stale-evidence", "Last year we saved 18.4 tonnes of food.",
     {"evidence_items": [EvidenceItem(kind="figure", title="Food saved", value=18.4,
                                      evidence_date="2025-12-01")]}),
    ("stale-evidence", "We helped 85 people.",
     {"evidence_items": [EvidenceItem(kind="quote", title="A member", body="Great.",
                                      evidence_date="2020-01-01")]}),
    ("personal-data-story", "Doreen, 81, now comes every Friday.",
     {"evidence_items": [EvidenceItem(kind="story", title="Doreen's Fridays",
                                      body="Doreen, 81, lives alone.", personal_data=True,
                                      consent_recorded=True)]}),
    ("personal-data-story", "One member, 81, now comes every Friday.",
     {"evidence_items": [EvidenceItem(kind="story", title="Doreen's Fridays",
                                      body="Doreen, 81, lives alone.", personal_data=True)]}),
    ("personal-data-story", "Doreen now comes every Friday.",
     {"evidence_items": [EvidenceItem(kind="story", title="Doreen's Fridays",
                                      body="Doreen lives alone.", personal_data=False)]}),
    ("personal-data-answer", "Email info@millbrook.example to refer someone.", {}),
    ("personal-data-answer", "Sam Patel, our Volunteer Coordinator, leads this work.", {}),
    ("personal-data-answer", "Doreen (not her real name) now comes every Friday.", {}),
    ("personal-data-answer", "We meet at St Mary's church, Grace Road.", {}),
    ("long-sentence", " ".join(["word"] * 30) + ".", {}),
    ("long-sentence", "Short one. Another short one, e.g. this. It ends.", {}),
    ("reading-ease", long_text("We help old people who live on their own. They come to our "
                               "club each week.", 110), {}),
    ("reading-ease", "Organisational sustainability considerations necessitate intervention.",
     {}),
    ("passive-voice", "We are based in Millbrook. People who are isolated join us. We run 3 "
                      "clubs. Our volunteers visit 40 people. We report each quarter.", {}),
    ("passive-voice", "Sessions will be delivered weekly. We run 3 clubs. We visit 40 people. "
                      "We report each quarter. We train 6 volunteers.", {}),
    ("undefined-acronym", "We use Social Return on Investment (SROI). Our SROI is £4.", {}),
    ("undefined-acronym", "The NHS and GP practices refer people to us. KPIs are agreed.", {}),
    ("undefined-acronym", "We will meet the TOMs targets.",
     {"question_text": "Use the National TOMs where you can."}),
    ("undefined-acronym", "OUR OFFER TO ANYTOWN", {}),
    ("repeated-word", "She said that that was the best day.", {}),
    ("repeated-word", "They had had no visitors for 3 weeks.", {}),
    ("british-spelling", "Our computer program books the rooms.", {}),
    ("british-spelling", "Our colour-coded programme organises the centre's prize and size.",
     {}),
    ("british-spelling", "The council will license the premises.", {}),
]


@pytest.mark.parametrize(("rule", "answer", "context", "expected"), TRIGGERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TRIGGERS)])
def test_rule_triggers_and_points_at_the_right_text(rule, answer, context, expected):
    assert spans(answer, rule, **context) == expected


@pytest.mark.parametrize(("rule", "answer", "context"), NON_TRIGGERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NON_TRIGGERS)])
def test_rule_does_not_raise_false_alarms(rule, answer, context):
    assert rule not in rules_raised(answer, **context), spans(answer, rule, **context)


def test_every_rule_has_trigger_and_non_trigger_tests():
    assert {case[0] for case in TRIGGERS} == set(RULES)
    assert {case[0] for case in NON_TRIGGERS} == set(RULES)


def test_rules_are_documented_completely():
    for rule in RULES.values():
        assert rule.severity in SEVERITIES
        assert rule.title and rule.description and rule.why, rule.id
        assert "#" in rule.guide_anchor
        assert "  " not in rule.description and "\n" not in rule.why


def test_guide_anchors_are_links_the_guides_know():
    guides = pytest.importorskip("svbidder.core.content.guides")
    known = set(getattr(guides, "KNOWN_LINKS", ()))
    if not known:
        pytest.skip("the guides module lists no links yet")
    assert {r.guide_anchor for r in RULES.values()} <= known


def test_docs_describe_every_rule():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text("utf-8")
    for rule in RULES.values():
        assert f"`{rule.id}`" in text, rule.id
        for name in rule.thresholds:
            assert f"`{name}`" in text, (rule.id, name)


# ---------------------------------------------------------------- findings

def test_findings_are_sorted_by_severity_then_position():
    findings = check("We may help the the community. Where possible we will organize it.",
                     limit_kind="words", limit_value=500)
    order = [(SEVERITIES.index(f.severity), f.start) for f in findings]
    assert order == sorted(order)
    first = findings[0]
    assert first.severity == "must" and first.why and first.guide_anchor
    assert first.to_dict()["rule"] == first.rule


def test_whole_answer_findings_have_an_empty_span():
    finding = next(f for f in check("We will help people.") if f.rule == "no-numbers")
    assert finding.whole_answer and (finding.start, finding.end) == (0, 0)


def test_spans_are_offsets_into_the_plain_text_of_the_markdown():
    markdown = "## Our offer\n\n- **Where possible** we will help.\n- We hope to open."
    plain = markdown_to_plain(markdown)
    found = [f for f in check(markdown) if f.rule == "vague-promise"]
    assert [plain[f.start:f.end] for f in found] == ["Where possible", "We hope to"]
    mapped = [plain_to_markdown_offsets(markdown, f.start, f.end) for f in found]
    assert [markdown[a:b] for a, b in mapped] == ["Where possible", "We hope to"]
    assert line_and_column(plain, found[1].start) == (2, 0)


def test_a_failing_rule_is_skipped_not_fatal(monkeypatch, caplog):
    def broken(state):
        raise RuntimeError("bug")

    rule = RULES["no-numbers"]
    monkeypatch.setitem(RULES, "no-numbers", checks_base.Rule(**{**rule.__dict__,
                                                                 "run": broken}))
    raised = rules_raised("We may help.")
    assert "no-numbers" not in raised and "vague-promise" in raised
    assert [r.getMessage() for r in caplog.records if r.exc_info] == [
        "The check no-numbers failed"]
    caplog.clear()  # the crash was wanted here; no_check_crashes fails any other


def test_a_1000_word_answer_is_checked_quickly():
    answer = "\n\n".join(strong for _, strong in PAIRS.values())
    while count_markdown(answer).words < 1000:
        answer += "\n\n" + PAIRS["loneliness"][0]
    run_checks(answer, CheckContext(question_text=SV1, limit_kind="words", limit_value=900))
    start = time.perf_counter()
    run_checks(answer, CheckContext(question_text=SV1, limit_kind="words", limit_value=900))
    assert time.perf_counter() - start < 0.5  # the budget is 0.1 s; see benchmarks/checks.py


# ---------------------------------------------------------------- detectors

@pytest.mark.parametrize(("text", "found"), [
    ("We will support 100 older people.", ["100"]),
    ("£1,200.50 and 15%", ["£1,200.50", "15%"]),
    ("twelve families", ["twelve"]),
    ("In 2025 we helped 85 people", ["85"]),
    ("by 3 March 2027", []),
    ("CO2, SV1 and Covid-19", []),
    ("Year 1 and Phase 2", []),
    ("the 1st of the month", []),
    ("one of our volunteers", []),
])
def test_quantities(text, found):
    assert [text[a:b] for a, b in patterns.quantities(text)] == found


@pytest.mark.parametrize(("text", "expected"), [
    ("by March 2027", True), ("in May 2026", True), ("within 6 months", True),
    ("100 people a year", True), ("each quarter", True), ("quarterly", True), ("Q3", True),
    ("by the end of the contract", True), ("over the life of the contract", True),
    ("Year 2", True), ("the first three months", True), ("2026/27", True),
    ("we may help", False), ("soon", False), ("ongoing", False), ("regularly", False),
    ("march on", False), ("a range of 10 to 15", False),
])
def test_timescales(text, expected):
    assert patterns.has_timescale(text) is expected


# Common ways of saying "over the life of the contract": every rule that looks for
# that phrase must accept each of them (they share patterns.EQUIVALENTS).
CONTRACT_SPANS = [
    "over the life of the contract", "over the three-year contract", "over the 3-year contract",
    "for the whole contract", "for the full three-year contract", "each year of the contract",
    "in every year of this contract", "throughout the contract", "across the contract term",
    "for the duration of the contract", "over the contract period", "during the contract",
    "for the contract period", "over the lifetime of the agreement",
    "for as long as the contract runs", "over the contract's three years",
    "across the whole term of the contract", "from the start of the contract to the end",
]


@pytest.mark.parametrize("phrase", CONTRACT_SPANS)
def test_every_way_of_saying_the_life_of_the_contract_is_a_timescale(phrase):
    answer = f"We will train 12 young people from Eastfield {phrase}."
    raised = rules_raised(answer)
    assert not raised & {"no-timescale", "unmeasurable-commitment"}, phrase
    asked = check(answer, question_text="Tell us how many young people you will train over "
                                        "the life of the contract.")
    assert "unaddressed-priority" not in {f.rule for f in asked}, phrase


@pytest.mark.parametrize("text", ["for the contract", "under the contract",
                                  "as set out in the contract", "the contract manager",
                                  "a contract", "our contracts with schools"])
def test_the_contract_alone_is_not_a_timescale(text):
    assert not patterns.has_timescale(text)


def test_rubric_accepts_equivalents_of_a_phrase_it_asks_for():
    from svbidder.core.writing.checks import assess_rubric, parse_rubric

    levels = parse_rubric("5 - Excellent: commitments sustained over the life of the contract")
    answer = "We will train 12 young people from Eastfield for the whole contract."
    items = assess_rubric(levels, answer)
    assert items and all(item.addressed for item in items), items


def test_equivalent_families_expand_everywhere_and_refuse_unknown_names():
    assert "<<" not in patterns.expand("<<contract_span>>|<<contract_start>>")
    for family in patterns.EQUIVALENTS:
        assert patterns.any_of(f"<<{family}>>").search("x") is None
    with pytest.raises(KeyError):
        patterns.expand("<<no_such_family>>")


@pytest.mark.parametrize(("markdown", "headings"), [
    ("## How we will deliver it\n\nWe will support 40 people.", [0]),
    ("How we will deliver it\n\nWe will support 40 people.", [0]),
    ("Our offer:\n\n- 40 places\n- 12 volunteers", [0]),
    ("How we will deliver it\nWe will support 40 people.", []),  # one paragraph
    ("We will support 40 older people in Eastfield", []),  # nothing follows it
    ("We will support 40 people.\n\nWe will train 12 more.", []),  # sentences
    ("- A short item\n- Another item", []),
    ("We will support 40 people in Eastfield, Westfield and Northfield each week\n\nMore.",
     []),  # too long to be a heading
])
def test_headings_are_told_from_sentences(markdown, headings):
    from svbidder.core.writing.checks.text import heading_lines

    assert sorted(heading_lines(markdown)) == headings


def _compiled_check_patterns():
    import importlib
    import pkgutil
    import re

    import svbidder.core.writing.checks as package
    from svbidder.core.writing.checks.concepts import CONCEPTS

    found = []
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"svbidder.core.writing.checks.{module_info.name}")
        found += [(f"{module_info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re.Pattern)]
    return found + [(f"concept {c.name}", c.asks) for c in CONCEPTS]


HOSTILE = {"spaces": "x" + " " * 100_000 + "x", "tabs": "x" + "\t" * 100_000,
           "a ": "a " * 50_000, "the ": "the " * 25_000, ", ": ", " * 50_000,
           "over the ": "over the " * 11_000, "digits": "1," * 50_000,
           "capitals": "Aa " * 33_000, "dashes": "-" * 100_000, "we will ": "we will " * 12_500}
# Seconds of this process's processor time, so other work on a busy machine does not
# count: a linear pattern takes milliseconds on 100,000 characters, a quadratic one
# seconds (" +y" on a run of spaces: 5 s), so the bound tells them apart.
LINEAR_BOUND = 1.0


@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_every_check_pattern_is_linear_time_on_hostile_text(hostile):
    text = HOSTILE[hostile]
    for name, pattern in _compiled_check_patterns():
        start = time.process_time()
        for _ in pattern.finditer(text):
            pass
        assert time.process_time() - start < LINEAR_BOUND, (name, hostile)


def test_question_asks_leave_out_limits_and_instructions():
    assert question_asks(SV1) == [
        "Reducing loneliness and isolation",
        "reduce loneliness and isolation among older residents of Millbrook and Eastfield",
        "who will benefit", "where", "how many people each year",
        "how you will show the difference it makes"]
    asks = question_asks("Local jobs, volunteering and skills\n\nSet out the opportunities "
                         "you will create, especially for people facing barriers to work, "
                         "using a maximum of 3,000 characters including spaces.")
    assert asks == ["Local jobs", "volunteering and skills", "opportunities you will create",
                    "people facing barriers to work"]
    assert question_asks("") == []


# ---------------------------------------------------------------- text map

def test_text_map_maps_markers_lists_headings_and_crlf():
    markdown = "## Our offer\r\n\r\n- hire **12** local people\n1. 1 thing *well*\n\\*star\\*"
    text_map = TextMap(markdown)
    assert text_map.plain == markdown_to_plain(markdown)
    for index, char in enumerate(text_map.plain):
        if char == "\n":
            continue
        md = text_map.to_markdown(index)
        assert markdown[md] == char
        assert text_map.to_plain(md) == index
    one = text_map.plain.index("1 thing")
    assert text_map.to_markdown(one) == markdown.index("1 thing")  # not the list number
    assert TextMap("").to_markdown(5) == 0 and TextMap("").plain == ""


_MARKDOWN_LINES = st.lists(st.one_of(
    st.text(alphabet="ab *_#-1.\\ ", max_size=12),
    st.sampled_from(["- item", "1. one", "## head", "**b** x", "*i*", "", "   ", "\\*x"]),
), max_size=8)


@given(_MARKDOWN_LINES, st.sampled_from(["\n", "\r\n"]))
@settings(max_examples=200, deadline=None)
def test_text_map_round_trips_any_markdown(lines, newline):
    markdown = newline.join(lines)
    text_map = TextMap(markdown)
    assert text_map.plain == markdown_to_plain(markdown)
    for index, char in enumerate(text_map.plain):
        if char != "\n":
            assert markdown[text_map.to_markdown(index)] == char
            assert text_map.to_plain(text_map.to_markdown(index)) == index
    start, end = text_map.span_to_markdown(0, len(text_map.plain))
    assert 0 <= start <= end <= len(markdown)


# ---------------------------------------------------------------- settings

def test_settings_turn_rules_off_and_change_thresholds():
    sentence = "We will support 40 older people in Eastfield each week and report quarterly."
    assert "long-sentence" not in rules_raised(sentence)
    tight = CheckSettings().with_threshold("long-sentence", "max_words", 8)
    assert "long-sentence" in rules_raised(sentence, settings=tight)
    off = CheckSettings().with_rule("no-numbers", False)
    assert "no-numbers" not in rules_raised("We will help.", settings=off)
    assert off.with_rule("no-numbers", True).enabled("no-numbers")
    louder = CheckSettings().with_severity("repeated-word", "must")
    found = [f for f in check("the the", settings=louder) if f.rule == "repeated-word"]
    assert found[0].severity == "must"
    assert louder.with_severity("repeated-word", None).severities == {}


def test_far_under_limit_threshold():
    answer = " ".join(["word"] * 70)
    lenient = CheckSettings().with_threshold("far-under-limit", "min_fraction", 0.8)
    assert "far-under-limit" in rules_raised(answer, limit_kind="words", limit_value=100,
                                             settings=lenient)
    assert lenient.with_threshold("far-under-limit", "min_fraction", None).thresholds == {}


def test_settings_refuse_unknown_thresholds_and_bad_values():
    with pytest.raises(ValueError, match="no setting"):
        CheckSettings().with_threshold("long-sentence", "colour", 3)
    with pytest.raises(ValueError, match="0 or more"):
        CheckSettings().with_threshold("long-sentence", "max_words", -1)
    with pytest.raises(ValueError, match="not a severity"):
        CheckSettings().with_severity("long-sentence", "urgent")


def test_settings_round_trip_and_tolerate_bad_json():
    original = CheckSettings().with_rule("british-spelling", False) \
        .with_threshold("long-sentence", "max_words", 25).with_severity("no-owner", "must")
    assert CheckSettings.from_json(original.to_json()) == original
    for bad in ("", "not json", "[1, 2]", "null", '{"disabled": "all"}',
                '{"thresholds": {"long-sentence": {"max_words": "lots"}}}',
                '{"thresholds": {"nonsense": {"x": 1}}, "severities": {"no-owner": "loud"}}'):
        assert CheckSettings.from_json(bad) == CheckSettings()
    partial = CheckSettings.from_json('{"disabled": ["no-owner", "gone-rule", 3], '
                                      '"thresholds": {"long-sentence": {"max_words": 20, '
                                      '"other": 1}}}')
    assert partial.disabled == {"no-owner"}
    assert partial.thresholds == {"long-sentence": {"max_words": 20.0}}


def test_settings_are_saved_per_bid_in_the_workspace(workspace):
    first = bids.add_bid(workspace, buyer="Anytown")
    second = bids.add_bid(workspace, buyer="Othertown")
    settings_ = CheckSettings().with_rule("passive-voice", False)
    save_check_settings(workspace, first.id, settings_)
    assert load_check_settings(workspace, first.id) == settings_
    assert load_check_settings(workspace, second.id) == CheckSettings()
    assert json.loads(workspace.meta(f"check_settings:{first.id}"))["disabled"] == [
        "passive-voice"]
    workspace.set_meta(f"check_settings:{second.id}", "{broken")
    assert load_check_settings(workspace, second.id) == CheckSettings()


# ---------------------------------------------------------------- readiness

def _finding(severity: str, rule: str = "no-owner") -> Finding:
    return Finding(rule, severity, "x")


@pytest.mark.parametrize(("severities", "state", "summary"), [
    ([], "ready", "Ready to submit: nothing to fix"),
    (["consider"], "ready", "Ready to submit: 1 thing to consider"),
    (["should", "should", "consider", "consider", "consider"], "nearly",
     "Nearly ready: 2 things to fix, 3 to consider"),
    (["must", "should", "consider"], "not_ready",
     "Not ready: 1 thing you must fix, 1 more to fix, 1 to consider"),
    (["must", "must"], "not_ready", "Not ready: 2 things you must fix"),
])
def test_readiness(severities, state, summary):
    result = readiness([_finding(s) for s in severities])
    assert (result.state, result.summary) == (state, summary)
    assert (result.must, result.should, result.consider) == tuple(
        severities.count(s) for s in SEVERITIES)


def test_readiness_of_an_empty_answer():
    assert readiness(check("")).summary == "Not started: there is no answer yet"


# ------------------------------------------------------------- workspace glue

@pytest.fixture
def tender(workspace):
    framework = workspace.add(Framework(key="anytown", name="Anytown priorities"))
    theme = workspace.add(Theme(framework_id=framework.id, ref="3", title="Communities"))
    outcome = workspace.add(Outcome(theme_id=theme.id, ref="3.1",
                                    title="Less loneliness and isolation"))
    bid = bids.add_bid(workspace, buyer="Anytown Borough Council", framework_id=framework.id)
    first = bids.add_question(workspace, bid.id, ref="SV1", text=SV1, limit_kind="words",
                              limit_value=200)
    second = bids.add_question(workspace, bid.id, ref="SV2",
                               text="Describe the help you will give households with the cost "
                                    "of living.",
                               limit_kind="pages", limit_value=1)
    bids.set_question_outcomes(workspace, first.id, [outcome.id])
    return bid, first, second


def test_context_for_question_reads_the_workspace(workspace, tender):
    from svbidder.core.storage.records import Organisation

    _, first, second = tender
    workspace.update(Organisation, 1, area_served="Millbrook and Eastfield wards of Anytown")
    workspace.add(Commitment(bid_id=first.bid_id, question_id=first.id,
                             measure_text="Older people befriended", target=None))
    used = workspace.add(EvidenceItem(kind="figure", title="Befriended last year", value=85,
                                      evidence_date="2024-01-01"))
    workspace.add(EvidenceItem(kind="figure", title="Meals", value=9412))
    answer = "Last year we befriended 85 older people."
    context = context_for_question(workspace, first.id, markdown=answer, today=TODAY)
    assert context.question_text == SV1 and context.limit_value == 200
    assert context.outcome_titles == ["Less loneliness and isolation"]
    assert [c.measure_text for c in context.commitments] == ["Older people befriended"]
    assert [e.id for e in context.evidence_items] == [used.id]
    assert {"Millbrook", "Eastfield", "Anytown"} <= set(context.area_words)
    pages = context_for_question(workspace, second.id, markdown=answer * 80)
    assert pages.limit_kind == "pages" and pages.pages and pages.pages > 0
    raised = {f.rule for f in check_question(workspace, first.id, markdown=answer,
                                             today=TODAY)}
    assert {"stale-evidence", "commitment-incomplete", "no-timescale"} <= raised


def test_bid_readiness(workspace, tender):
    bid, first, second = tender
    result = bid_readiness(workspace, bid.id, today=TODAY)
    assert result.state == "not_ready"
    assert result.summary == "Not ready: 0 of 2 answers ready, 2 not ready"
    assert [q.ref for q in result.questions] == ["SV1", "SV2"]
    assert result.questions[0].readiness.summary == "Not started: there is no answer yet"
    strong = PAIRS["loneliness"][1]
    bids.save_answer(workspace, first.id, strong)
    bids.save_answer(workspace, second.id, PAIRS["cost of living"][1])
    save_check_settings(workspace, bid.id, CheckSettings().with_rule("far-under-limit", False))
    result = bid_readiness(workspace, bid.id, today=TODAY)
    assert [q.readiness.state for q in result.questions] == ["ready", "ready"], [
        (f.rule, f.message) for q in result.questions for f in q.findings]
    assert (result.state, result.summary) == ("ready", "Ready to submit: all 2 answers are "
                                                       "ready")
