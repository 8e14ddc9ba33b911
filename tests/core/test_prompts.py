"""Guided prompts: loading every set, choosing one, building drafts, not overwriting edits."""

from __future__ import annotations

import json

import pytest

from svbidder.core.storage.records import Answer, Framework, Outcome, Revision, Theme
from svbidder.core.writing import bids, prompts
from svbidder.core.writing.prompts import (
    LAST_BUILT_KEY,
    DraftEditedError,
    PromptAnswers,
    PromptSetError,
    build_draft,
    choose_prompt_set,
    draft_status,
    load_prompt_sets,
    prompt_set_by_id,
)
from svbidder.core.writing.revisions import revisions_for

EXPECTED_SETS = {"general", "jobs-and-skills", "volunteering", "local-spend",
                 "health-and-wellbeing", "community", "environment", "fair-work"}
SHARED_IDS = ("what", "who-where", "how-much", "when", "owner", "measure", "track-record",
              "additional")


def test_every_set_loads_with_7_to_9_complete_prompts():
    sets = load_prompt_sets()
    assert {s.id for s in sets} == EXPECTED_SETS
    assert sets[0].id == "general"
    for prompt_set in sets:
        assert prompt_set.title and prompt_set.description
        assert 7 <= len(prompt_set.prompts) <= 9, prompt_set.id
        for prompt in prompt_set.prompts:
            assert prompt.question.endswith("?"), (prompt_set.id, prompt.id)
            assert prompt.help and prompt.example and prompt.heading
        ids = [p.id for p in prompt_set.prompts]
        assert len(ids) == len(set(ids))
        # the common questions share ids, so answers carry over between sets
        assert set(SHARED_IDS) <= set(ids), prompt_set.id
        if prompt_set.id != "general":
            assert prompt_set.match


def test_sets_use_the_headings_evaluators_look_for():
    for prompt_set in load_prompt_sets():
        headings = prompt_set.headings
        assert headings[0] == "What we will do"
        for wanted in ("Who benefits and where", "How much and by when", "Who is responsible",
                       "How we will measure and report", "Why you can trust us to deliver",
                       "What is additional"):
            assert wanted in headings, (prompt_set.id, wanted)


def test_prompt_examples_are_british_english():
    from svbidder.core.writing.spelling import SpellChecker

    checker = SpellChecker().load()
    names = {"Anytown", "Millbrook", "Eastfield", "Brightway", "Sam", "Patel", "Edinburgh",
             "Warwick", "Brook"}
    checker.set_personal_words(names)
    for prompt_set in load_prompt_sets():
        for prompt in prompt_set.prompts:
            for text in (prompt.question, prompt.help, prompt.example):
                found = checker.check_text(text, hints=True)
                assert not found, (prompt_set.id, prompt.id, [m.word for m in found])


@pytest.mark.parametrize(("question", "expected"), [
    ("How will you create employment and training opportunities for local people facing "
     "barriers to work?", "jobs-and-skills"),
    ("How many apprenticeships will you offer?", "jobs-and-skills"),
    ("How will you reduce carbon emissions and waste?", "environment"),
    ("Describe how you will support volunteering in the borough.", "volunteering"),
    ("What proportion of your spend will go to local SMEs and social enterprises in your "
     "supply chain?", "local-spend"),
    ("How will you improve the mental health and wellbeing of residents?",
     "health-and-wellbeing"),
    ("How will you pay the real Living Wage and avoid zero-hours contracts?", "fair-work"),
    ("Describe how you will reduce loneliness and isolation among older residents.",
     "community"),
    ("Tell us about your social value offer.", "general"),
    ("Provide a delivery plan for the social value commitments in your answers.", "general"),
])
def test_choose_prompt_set(question, expected):
    choice = choose_prompt_set(question)
    assert choice.prompt_set.id == expected
    assert choice.id == expected  # the choice reads like the set
    assert choice.reason


def test_choice_explains_itself_and_unpacks():
    prompt_set, reason = choose_prompt_set("Set out the jobs and training you will offer.")
    assert prompt_set.id == "jobs-and-skills"
    assert reason.startswith("Chosen because the question mentions")
    assert "“jobs”" in reason and "“training”" in reason
    general, why = choose_prompt_set("Please answer fully.")
    assert general.id == "general" and "general prompts" in why


def test_outcome_titles_and_guidance_count():
    choice = choose_prompt_set("SV3", "", ["Lower carbon emissions", "Less waste"])
    assert choice.id == "environment"
    assert "outcomes it targets" in choice.reason
    assert choose_prompt_set("SV4", "Think about recycling and travel.").id == "environment"
    # words in the question outweigh one in the guidance
    assert choose_prompt_set("How will you recruit local people into jobs?",
                             "Mention any recycling.").id == "jobs-and-skills"


def test_matching_is_by_whole_words():
    # "paying" is not "pay", "careful" is not "care", "sustainable" needs the prefix form
    assert choose_prompt_set("Be careful when paying attention").id == "general"


def test_build_draft_with_headings_grouping_and_skipped_blanks():
    prompt_set = prompt_set_by_id("jobs-and-skills")
    answers = {
        "what": "We will create two trainee posts.",
        "who-where": "  ",
        "reach": "The Job Centre refers people.\r\n\r\n\r\n\r\nEach has a mentor.  ",
        "how-much": "2 posts, 1,664 hours.",
        "when": "First by June 2026.",
        "owner": "",
        "unknown-prompt": "Not in this set.",
        LAST_BUILT_KEY: "old draft",
    }
    draft = build_draft(prompt_set, answers)
    assert draft == (
        "## What we will do\n\n"
        "We will create two trainee posts.\n\n"
        "## Who benefits and where\n\n"
        "The Job Centre refers people.\n\nEach has a mentor.\n\n"
        "## How much and by when\n\n"
        "2 posts, 1,664 hours.\n\n"
        "First by June 2026."
    )
    assert "Who is responsible" not in draft and "Not in this set" not in draft
    plain = build_draft(prompt_set, answers, headings=False)
    assert "##" not in plain and plain.startswith("We will create")
    assert build_draft(prompt_set, {}) == ""
    assert build_draft(prompt_set, PromptAnswers(answers)) == draft


def test_draft_status():
    built = "## What we will do\n\nWe will help."
    assert draft_status("", built) == "empty"
    assert draft_status("  \n ", "") == "empty"
    assert draft_status(built, built) == "unchanged"
    assert draft_status(built + "\n", built) == "unchanged"  # only trailing space differs
    assert draft_status(built.replace("\n", "\r\n"), built) == "unchanged"
    assert draft_status(built + " More.", built) == "edited"
    assert draft_status("My own words.", "") == "edited"


def test_prompt_answers_tolerate_bad_json():
    assert PromptAnswers.from_json("not json").answers == {}
    assert PromptAnswers.from_json("[1, 2]").answers == {}
    assert PromptAnswers.from_json(None).answers == {}
    answers = PromptAnswers.from_json('{"what": "A", "n": 3, "_last_built": "B"}')
    assert answers.answers == {"what": "A"}
    assert answers.last_built == "B"
    answers.set("who-where", "Millbrook")
    answers.set("what", "")
    answers.prompt_set_id = "community"
    data = json.loads(answers.to_json())
    assert data == {"who-where": "Millbrook", "_last_built": "B", "_prompt_set": "community"}
    with pytest.raises(ValueError):
        answers.set("_last_built", "x")


def test_bad_prompt_set_lists_every_problem(tmp_path):
    (tmp_path / "general.json").write_text(json.dumps({
        "id": "general", "title": "",
        "prompts": [{"id": "a", "heading": "H", "question": "Q?"},
                    {"id": "a", "heading": "", "question": "Q?"},
                    {"id": "_x", "heading": "H", "question": "Q?"}]}), encoding="utf-8")
    with pytest.raises(PromptSetError) as caught:
        load_prompt_sets(tmp_path)
    message = str(caught.value)
    for part in ("“title” is missing", "used twice", "prompts[1].heading is missing",
                 "reserved"):
        assert part in message


def test_missing_general_set_is_refused(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({
        "id": "x", "title": "X", "prompts": [{"id": "a", "heading": "H", "question": "Q?"}]}),
        encoding="utf-8")
    with pytest.raises(PromptSetError, match="general"):
        load_prompt_sets(tmp_path)


# ------------------------------------------------------------- in a workspace

@pytest.fixture
def question(workspace):
    bid = bids.add_bid(workspace, buyer="Anytown Borough Council", reference="ABC/1")
    framework = workspace.add(Framework(key="anytown", name="Anytown"))
    theme = workspace.add(Theme(framework_id=framework.id, title="Jobs"))
    outcome = workspace.add(Outcome(theme_id=theme.id, title="Local people in good work"))
    q = bids.add_question(workspace, bid.id, ref="SV2", text="Local opportunities")
    bids.set_question_outcomes(workspace, q.id, [outcome.id])
    return q


def test_prompt_answers_saved_in_the_answer(workspace, question):
    prompts.save_prompt_answer(workspace, question.id, "what", "Two trainee posts.")
    prompts.save_prompt_answer(workspace, question.id, "when", "By June 2026.")
    stored = workspace.find(Answer, question_id=question.id)[0]
    assert json.loads(stored.prompt_answers) == {"what": "Two trainee posts.",
                                                 "when": "By June 2026."}
    assert prompts.prompt_answers_for(workspace, question.id).get("what") == \
        "Two trainee posts."


def test_prompt_set_for_question_uses_outcomes_and_manual_choice(workspace, question):
    choice = prompts.prompt_set_for_question(workspace, question.id)
    assert choice.id == "jobs-and-skills"
    prompts.set_prompt_set(workspace, question.id, "volunteering")
    choice = prompts.prompt_set_for_question(workspace, question.id)
    assert choice.id == "volunteering" and "You chose" in choice.reason
    prompts.set_prompt_set(workspace, question.id, "")
    assert prompts.prompt_set_for_question(workspace, question.id).id == "jobs-and-skills"
    with pytest.raises(PromptSetError):
        prompts.set_prompt_set(workspace, question.id, "no-such-set")


def test_build_draft_never_overwrites_edits_without_asking(workspace, question):
    prompt_set = prompt_set_by_id("jobs-and-skills")
    prompts.save_prompt_answer(workspace, question.id, "what", "Two trainee posts.")
    first = prompts.apply_draft(workspace, question.id, prompt_set)
    assert first.body_markdown == "## What we will do\n\nTwo trainee posts."
    assert PromptAnswers.of(first).last_built == first.body_markdown

    # unchanged: rebuilding is free
    prompts.save_prompt_answer(workspace, question.id, "when", "By June 2026.")
    second = prompts.apply_draft(workspace, question.id, prompt_set)
    assert "By June 2026." in second.body_markdown

    # edited: refused until forced; the edits are kept as a version
    edited = second.body_markdown + "\n\nMy own paragraph."
    bids.save_answer(workspace, question.id, edited, typing=False)
    with pytest.raises(DraftEditedError):
        prompts.apply_draft(workspace, question.id, prompt_set)
    assert workspace.find(Answer, question_id=question.id)[0].body_markdown == edited
    third = prompts.apply_draft(workspace, question.id, prompt_set, force=True)
    assert "My own paragraph" not in third.body_markdown
    kept = revisions_for(workspace, third.id)[0]
    assert kept.body_markdown == edited and kept.reason == "before Build draft"

    # one undo step takes the whole build back, version and all
    workspace.undo()
    assert workspace.get(Answer, third.id).body_markdown == edited
    assert kept.id not in {r.id for r in workspace.find(Revision, answer_id=third.id)}


def test_build_draft_needs_an_answered_prompt(workspace, question):
    prompt_set = prompt_set_by_id("general")
    with pytest.raises(PromptSetError, match="at least one"):
        prompts.apply_draft(workspace, question.id, prompt_set)
    assert workspace.find(Answer, question_id=question.id) == []


def test_build_draft_makes_the_answer_when_there_is_none(workspace, question):
    answers = PromptAnswers({"what": "We will run a lunch club.", "owner": "Our manager."})
    workspace.add(Answer(question_id=question.id, prompt_answers=answers.to_json()))
    answer = prompts.apply_draft(workspace, question.id, prompt_set_by_id("general"),
                                 headings=False)
    assert answer.body_markdown == "We will run a lunch club.\n\nOur manager."
    assert revisions_for(workspace, answer.id) == []  # nothing to keep beforehand
