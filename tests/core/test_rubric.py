"""Rubric self-check: parsing pasted descriptors, ticking elements off, overrides."""

from __future__ import annotations

import json

import pytest

from svbidder.core.writing.checks.rubric import (
    RubricState,
    apply_overrides,
    assess_rubric,
    find_rubric,
    item_key,
    load_rubric,
    load_rubric_overrides,
    parse_rubric,
    save_rubric,
    save_rubric_overrides,
    split_elements,
)

from .check_samples import PAIRS

SV1_GUIDANCE = """\
Maximum 500 words. Weighting: 3%.

Evaluators will look for: specific commitments with numbers and timescales; partners.

Scoring:
0 – Unacceptable: no response, or the response does not address the question.
1 – Poor: addresses the question only in part; commitments are vague, with no numbers, \
timescales or evidence.
2 – Weak: some relevant commitments, but significant gaps in detail, evidence, or how they \
will be delivered and measured.
3 – Satisfactory: relevant, specific commitments with numbers and timescales, and a \
reasonable plan to deliver and report on them.
4 – Good: as 3, and commitments are clearly linked to the council's priorities, supported \
by evidence of past delivery and named partners.
5 – Excellent: ambitious but realistic commitments, clearly additional to the core service, \
fully evidenced, with a robust plan for delivery, monitoring and reporting.
"""


def test_parse_the_usual_descriptors_best_first():
    levels = parse_rubric(SV1_GUIDANCE)
    assert [(level.score, level.label) for level in levels] == [
        (5, "Excellent"), (4, "Good"), (3, "Satisfactory"), (2, "Weak"), (1, "Poor"),
        (0, "Unacceptable")]
    top = levels[0]
    assert top.elements == ["ambitious but realistic commitments",
                            "clearly additional to the core service", "fully evidenced",
                            "a robust plan for delivery, monitoring and reporting"]
    good = levels[1]
    assert good.includes == 3
    assert good.elements == ["commitments are clearly linked to the council's priorities",
                             "supported by evidence of past delivery and named partners"]
    assert levels[2].elements == ["relevant, specific commitments with numbers and timescales",
                                  "a reasonable plan to deliver and report on them"]
    assert levels[4].elements == ["addresses the question only in part",
                                  "commitments are vague, with no numbers, timescales or "
                                  "evidence"]
    assert levels[5].elements == ["no response", "the response does not address the question"]


@pytest.mark.parametrize("text", [
    "5 – Excellent: clear plan; named lead\n3 - Satisfactory - a plan",
    "5 (Excellent) clear plan; named lead\n3 (Satisfactory): a plan",
    "Excellent (5): clear plan; named lead\nSatisfactory (3): a plan",
    "Score 5 = Excellent: clear plan; named lead\nScore 3 = Satisfactory: a plan",
    "| Score | Descriptor | Meaning |\n|---|---|---|\n| 5 | Excellent | clear plan; named lead |\n"
    "| 3 | Satisfactory | a plan |",
    "5\tExcellent\tclear plan; named lead\n3\tSatisfactory\ta plan",
    "- 5 marks – Excellent: clear plan;\n  named lead\n- 3 marks – Satisfactory: a plan",
])
def test_parse_other_shapes(text):
    levels = parse_rubric(text)
    assert [(lv.score, lv.label, lv.elements) for lv in levels] == [
        (5, "Excellent", ["clear plan", "named lead"]), (3, "Satisfactory", ["a plan"])]


def test_lines_that_are_not_levels_are_ignored_or_continue_a_level():
    levels = parse_rubric("Scoring guide\n2 sides of A4, Arial 11\n4: strong answer\nwith "
                          "named partners")
    assert [(lv.score, lv.label, lv.description) for lv in levels] == [
        (4, "", "strong answer with named partners")]
    assert parse_rubric("") == [] and parse_rubric("Maximum 500 words. Weighting: 3%.") == []
    assert find_rubric("4: strong answer") == []
    assert len(find_rubric(SV1_GUIDANCE)) == 6


def test_split_elements_keeps_brackets_and_lists_together():
    includes, elements = split_elements("as 3, with baselines (for example tonnes, kilos) and "
                                        "yearly targets.")
    assert includes == 3
    assert elements == ["baselines (for example tonnes, kilos) and yearly targets"]
    assert split_elements("the evidence to be kept for each commitment and what happens if a "
                          "target is missed.")[1] == [
        "the evidence to be kept for each commitment", "what happens if a target is missed"]


def _ticks(markdown: str) -> dict[str, bool]:
    return {item.element: item.addressed
            for item in assess_rubric(parse_rubric(SV1_GUIDANCE), markdown)}


def test_a_strong_answer_ticks_what_the_top_levels_ask_for():
    ticks = _ticks(PAIRS["loneliness"][1])
    for element in ("ambitious but realistic commitments", "clearly additional to the core "
                    "service", "fully evidenced", "a robust plan for delivery, monitoring and "
                    "reporting", "supported by evidence of past delivery and named partners",
                    "relevant, specific commitments with numbers and timescales",
                    "a reasonable plan to deliver and report on them"):
        assert ticks[element], element
    # failings at the low levels are avoided
    assert ticks["commitments are vague, with no numbers, timescales or evidence"]
    assert ticks["no response"]


def test_a_weak_answer_leaves_them_unticked():
    ticks = _ticks(PAIRS["loneliness"][0])
    for element in ("ambitious but realistic commitments", "clearly additional to the core "
                    "service", "fully evidenced", "a robust plan for delivery, monitoring and "
                    "reporting", "relevant, specific commitments with numbers and timescales"):
        assert not ticks[element], element
    assert not ticks["commitments are vague, with no numbers, timescales or evidence"]


def test_items_explain_themselves():
    items = {item.element: item for item in
             assess_rubric(parse_rubric(SV1_GUIDANCE), PAIRS["loneliness"][0])}
    vague = items["commitments are vague, with no numbers, timescales or evidence"]
    assert vague.negative and vague.automatic and "numbers" in vague.reason
    unjudged = items["the response does not address the question"]
    assert not unjudged.automatic and not unjudged.addressed and "yourself" in unjudged.reason
    plan = items["a robust plan for delivery, monitoring and reporting"]
    assert plan.reason.startswith("Not found:") and plan.key == item_key(5, plan.element)
    empty = assess_rubric(parse_rubric(SV1_GUIDANCE), "")
    assert not any(item.addressed for item in empty)


def test_key_word_elements():
    levels = parse_rubric("5 – Excellent: sharing surplus food with other community groups\n"
                          "3 – Good: something")
    strong = "We give surplus food to 3 community groups every week."
    weak = "We run a café."
    assert assess_rubric(levels, strong)[0].addressed
    assert not assess_rubric(levels, weak)[0].addressed
    assert "Few of its key words" in assess_rubric(levels, weak)[0].reason


def test_overrides_replace_the_apps_ticks():
    items = assess_rubric(parse_rubric(SV1_GUIDANCE), PAIRS["loneliness"][0])
    target = next(item for item in items if item.element == "fully evidenced")
    shown = apply_overrides(items, {target.key: True})
    changed = next(item for item in shown if item.key == target.key)
    assert changed.addressed and changed.overridden
    assert not any(item.overridden for item in shown if item.key != target.key)


def test_rubric_text_and_overrides_are_kept_per_question(workspace):
    assert load_rubric(workspace, 7) == RubricState()
    save_rubric(workspace, 7, RubricState(SV1_GUIDANCE, {"5:fully evidenced": True}))
    save_rubric_overrides(workspace, 7, {"5:fully evidenced": False, "3:x": True})
    state = load_rubric(workspace, 7)
    assert state.text == SV1_GUIDANCE
    assert load_rubric_overrides(workspace, 7) == {"5:fully evidenced": False, "3:x": True}
    assert json.loads(workspace.meta("rubric:7"))["overrides"]["3:x"] is True
    assert load_rubric(workspace, 8) == RubricState()
    for bad in ("{oops", "[]", '{"text": 5, "overrides": {"a": "yes", "b": true}}'):
        workspace.set_meta("rubric:9", bad)
        loaded = load_rubric(workspace, 9)
        assert loaded.text == "" and dict(loaded.overrides) in ({}, {"b": True})
