"""The "unpick your social value" interview: the questions file, progress and drafts."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from svbidder.core.content.interview import (
    PROGRESS_KEY,
    Interview,
    InterviewFileError,
    InterviewProgress,
    InterviewQuestion,
    create_from_answer,
    created_records,
    default_path,
    draft_activity,
    draft_evidence,
    draft_title,
    first_figure,
    load_interview,
    load_progress,
    next_unanswered,
    progress_counts,
    save_progress,
)
from svbidder.core.organisation.activities import all_activities, split_tags
from svbidder.core.organisation.evidence import all_evidence, needs_consent_warning
from svbidder.core.storage.records import EVIDENCE_KINDS, Activity, EvidenceItem
from svbidder.core.storage.workspace import Workspace

THEME_ORDER = [
    "people-and-jobs", "volunteering", "local-spending", "health-and-wellbeing",
    "isolation-and-loneliness", "children-and-young-people", "environment", "community",
    "fair-work",
]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "w.svbid")
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def interview() -> Interview:
    return load_interview()


@pytest.fixture
def raw() -> dict:
    return json.loads(default_path().read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# ------------------------------------------------------------ the bundled file

def test_bundled_themes_in_order(interview: Interview) -> None:
    assert [t.id for t in interview.themes] == THEME_ORDER
    assert interview.title and interview.intro


def test_bundled_questions_are_complete(interview: Interview) -> None:
    questions = interview.questions()
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids))
    assert len({t.id for t in interview.themes}) == len(interview.themes)
    for theme in interview.themes:
        assert 2 <= len(theme.questions) <= 4, theme.id
        assert theme.title and theme.intro
    for q in questions:
        assert q.text.strip() and q.help.strip() and q.example.strip() and q.topic.strip()
        assert "?" in q.text or q.text.startswith("Tell"), q.id
        assert q.help.count(".") >= 1 and len(q.help) < 400, q.id
        assert len(q.example) < 400, q.id
        assert q.creates in ("activity", "evidence")
        if q.creates == "evidence":
            assert q.evidence_kind in EVIDENCE_KINDS
        else:
            assert q.evidence_kind is None
        assert q.suggested_tags and all(tag.strip() for tag in q.suggested_tags)
        assert q.theme_title and q.theme_id


def test_bundled_questions_cover_every_evidence_kind(interview: Interview) -> None:
    kinds = {q.evidence_kind for q in interview.questions() if q.creates == "evidence"}
    assert kinds == set(EVIDENCE_KINDS)
    assert any(q.creates == "activity" for q in interview.questions())


def test_bundled_questions_use_plain_british_words(interview: Interview) -> None:
    text = " ".join(f"{q.text} {q.help} {q.example}" for q in interview.questions())
    for american in ("organization", "program ", "center", "color", "labor"):
        assert american not in text.lower()
    for jargon in ("leverage", "stakeholder", "synergy", "utilise", "KPI"):
        assert jargon not in text
    # Reading age: short sentences on average.
    sentences = [s for s in re.split(r"[.!?]\s", text) if s.strip()]
    assert sum(len(s.split()) for s in sentences) / len(sentences) < 18




def test_lookups(interview: Interview) -> None:
    assert interview.question("vol-hours").theme_id == "volunteering"
    assert interview.question("nope") is None
    assert interview.theme("environment").title == "Environment"


# ------------------------------------------------------------------ validation

def test_load_from_a_path(tmp_path: Path, raw: dict) -> None:
    assert len(load_interview(write(tmp_path, raw)).themes) == len(THEME_ORDER)


def test_comment_fields_are_ignored(tmp_path: Path, raw: dict) -> None:
    plain = load_interview(write(tmp_path, raw))
    raw["_note"] = "for the 2027 round"
    raw["themes"][0]["questions"][0]["_note"] = "reworded"
    assert load_interview(write(tmp_path, raw)) == plain


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InterviewFileError, match="could not be read"):
        load_interview(tmp_path / "nope.json")


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_text('{\n  "themes": [\n    {"id": "a",}\n  ]\n}', encoding="utf-8")
    with pytest.raises(InterviewFileError, match="line 3"):
        load_interview(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_bytes('{"themes": [{"title": "Caf\xe9"}]}'.encode("cp1252"))
    with pytest.raises(InterviewFileError, match="UTF-8"):
        load_interview(path)


@pytest.mark.parametrize("change, phrase", [
    (lambda d: d["themes"][0]["questions"][0].pop("help"), "“help” is missing"),
    (lambda d: d["themes"][0]["questions"][0].update(example="  "), "“example” is empty"),
    (lambda d: d["themes"][0]["questions"][1].update(id="jobs-local-staff"),
     "used by another question"),
    (lambda d: d["themes"][1].update(id="people-and-jobs"), "used by another theme"),
    (lambda d: d["themes"][0]["questions"][0].update(creates="thing"), "“creates” must be"),
    (lambda d: d["themes"][0]["questions"][0].update(evidence_kind="rumour"),
     "“evidence_kind” must be one of"),
    (lambda d: d["themes"][0]["questions"][1].update(evidence_kind="figure"),
     "only for questions that create evidence"),
    (lambda d: d["themes"][0]["questions"][0].update(hepl="typo"), "“hepl” is not a field"),
    (lambda d: d["themes"][0]["questions"][0].update(suggested_tags="food"),
     "“suggested_tags” should be a list"),
    (lambda d: d["themes"][0]["questions"][0].update(text=42), "should be text"),
    (lambda d: d["themes"][0].update(questions=[]), "has no “questions”"),
    (lambda d: d["themes"].append("oops"), "theme 10: should be a set of fields"),
    (lambda d: d.update(format="something-else"), "“format” should be"),
    (lambda d: d.update(themes=[]), "there are no themes"),
])
def test_validation_errors_are_clear(tmp_path: Path, raw: dict, change, phrase: str) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(InterviewFileError) as info:
        load_interview(write(tmp_path, data))
    message = str(info.value)
    assert message.startswith("The interview questions in “questions.json” could not be used.")
    assert phrase.lower() in message.lower()


def test_validation_says_where(tmp_path: Path, raw: dict) -> None:
    raw["themes"][1]["questions"][2].pop("help")
    with pytest.raises(InterviewFileError) as info:
        load_interview(write(tmp_path, raw))
    assert "Theme 2 (“volunteering”), question 3 (“vol-next-steps”): “help” is missing" in str(
        info.value)


def test_many_problems_are_listed_briefly(tmp_path: Path, raw: dict) -> None:
    for theme in raw["themes"]:
        for question in theme["questions"]:
            question.pop("help")
    with pytest.raises(InterviewFileError) as info:
        load_interview(write(tmp_path, raw))
    assert "It has 30 problems" in str(info.value)
    assert "…and 18 more." in str(info.value)


@pytest.mark.parametrize("data", [[], "text", {"themes": "x"}, None, 3])
def test_wrong_shape(tmp_path: Path, data: object) -> None:
    with pytest.raises(InterviewFileError, match="themes"):
        load_interview(write(tmp_path, data))


def test_newer_version_is_refused(tmp_path: Path, raw: dict) -> None:
    raw["version"] = 2
    with pytest.raises(InterviewFileError, match="newer version"):
        load_interview(write(tmp_path, raw))


# -------------------------------------------------------------------- progress

def test_fresh_progress(ws: Workspace) -> None:
    progress = load_progress(ws)
    assert progress == InterviewProgress()


def test_progress_round_trip(ws: Workspace) -> None:
    progress = InterviewProgress(
        answers={"vol-roles": "About 60 volunteers 🎉", "jobs-local-staff": "Gŵyl staff"},
        skipped={"env-energy", "fair-flexible"},
        current="vol-hours",
        created={"vol-roles": [["activity", 3]], "vol-hours": [["evidence", 7]]},
    )
    save_progress(ws, progress)
    assert load_progress(ws) == progress
    ws.close()
    with Workspace.open(ws.path) as again:
        assert load_progress(again) == progress


def test_progress_is_not_an_undo_step(ws: Workspace) -> None:
    save_progress(ws, InterviewProgress(current="vol-roles"))
    assert ws.history.undo_label() is None


@pytest.mark.parametrize("stored", [
    "not json", "[1, 2]", "null", "{\"answers\": 5}", "", "{" * 5000,
    json.dumps({"answers": {"a": 1, "b": "ok"}, "skipped": ["x", 3], "current": 9,
                "created": {"a": [["activity", 1], ["ghost", 2], ["evidence", "x"], [1]],
                            "b": "nope"}}),
])
def test_bad_progress_is_tolerated(ws: Workspace, stored: str) -> None:
    ws.set_meta(PROGRESS_KEY, stored)
    progress = load_progress(ws)
    assert isinstance(progress, InterviewProgress)
    if stored.startswith('{"answers": {"a"'):
        assert progress.answers == {"b": "ok"}
        assert progress.skipped == {"x"}
        assert progress.current is None
        assert progress.created == {"a": [["activity", 1]]}


def test_next_unanswered(interview: Interview) -> None:
    ids = [q.id for q in interview.questions()]
    progress = InterviewProgress()
    assert next_unanswered(interview, progress).id == ids[0]
    progress.answer(ids[0], "Yes")
    progress.skip(ids[1])
    progress.answer(ids[2], "   ")  # blank is not an answer
    assert next_unanswered(interview, progress).id == ids[2]
    assert next_unanswered(interview, progress, after=ids[5]).id == ids[6]
    assert next_unanswered(interview, progress, after=ids[-1]).id == ids[2]  # wraps
    for qid in ids:
        progress.answer(qid, "done")
    assert next_unanswered(interview, progress) is None
    assert progress_counts(interview, progress) == (len(ids), 0, len(ids))


def test_answering_unskips(interview: Interview) -> None:
    progress = InterviewProgress()
    progress.skip("vol-roles")
    progress.answer("vol-roles", "We have 60")
    assert "vol-roles" not in progress.skipped
    assert progress_counts(interview, progress)[:2] == (1, 0)


# ---------------------------------------------------------------------- drafts

@pytest.mark.parametrize("answer, expected", [
    ("We run a lunch club on Fridays. About 30 people come.", "We run a lunch club on Fridays"),
    ("Yes, we do. About 60 volunteers help in the café", "About 60 volunteers help in the café"),
    ("yes we do, the walking group meets weekly", "The walking group meets weekly"),
    ("Yes.", "Fallback topic"),
    ("", "Fallback topic"),
    ("   \n  ", "Fallback topic"),
    ("“Doreen”, 84, had not left her flat since a fall.", "Doreen, 84, had not left her flat "
                                                         "since a fall"),
    ("Our café staff are trained to notice when someone is struggling and to help them",
     "Our café staff are trained to notice when someone is…"),
    ("We lend our kitchen to two new food businesses on Mondays, and makers can have a stall",
     "We lend our kitchen to two new food businesses on Mondays"),
])
def test_draft_title(answer: str, expected: str) -> None:
    assert draft_title(answer, "Fallback topic") == expected


def test_draft_title_is_short() -> None:
    title = draft_title("word" * 40 + " and more", "x")
    assert len(title) <= 60
    assert len(draft_title(" ".join(["longword"] * 30), "x")) <= 60


def test_draft_activity(interview: Interview) -> None:
    question = interview.question("vol-roles")
    answer = "About 60 volunteers help in the café and pantry. Most live nearby."
    activity = draft_activity(question, answer)
    assert isinstance(activity, Activity) and activity.id is None
    assert activity.title == "About 60 volunteers help in the café and pantry"
    assert activity.description == answer
    assert split_tags(activity.tags) == ["volunteering"]  # the theme title repeats the tag
    jobs = draft_activity(interview.question("jobs-placements"), "Yes.")
    assert jobs.title == "Placements and apprenticeships"
    assert "People and jobs" in split_tags(jobs.tags)


@pytest.mark.parametrize("question_id, answer, value, unit, period", [
    ("vol-hours", "About 11,000 hours a year, from sign-in sheets", 11000, "hours", "year"),
    ("spend-local-share", "About £38,000 last year", 38000, "£", "year"),
    ("jobs-local-staff", "Since 2019, 7 of our 9 staff live locally", 7, "", ""),
    ("young-numbers", "126 different young people came", 126, "young people", ""),
    ("env-food", "We do not weigh it", None, "", ""),
])
def test_draft_evidence_figure(interview: Interview, question_id: str, answer: str,
                               value: float | None, unit: str, period: str) -> None:
    item = draft_evidence(interview.question(question_id), answer)
    assert isinstance(item, EvidenceItem) and item.kind == "figure"
    assert (item.value, item.unit, item.period) == (value, unit, period)
    assert item.body == answer


def test_draft_evidence_other_kinds(interview: Interview) -> None:
    story = draft_evidence(interview.question("lonely-story"), "Doreen, 84, was alone.")
    assert story.kind == "story" and story.personal_data and needs_consent_warning(story)
    evaluation = draft_evidence(interview.question("community-evaluation"),
                                "A study found £4.20 of social value for every £1 spent.")
    assert evaluation.kind == "evaluation" and evaluation.ratio == 4.2
    assert draft_evidence(interview.question("community-evaluation"),
                          "The ratio was 3.5:1").ratio == 3.5
    award = draft_evidence(interview.question("fair-living-wage"), "Yes, since 2022.")
    assert award.kind == "accreditation" and award.title == "Real Living Wage"


def test_first_figure_handles_percent_and_years() -> None:
    assert first_figure("45% of spending") == (45.0, "%", "")
    assert first_figure("In 2024") == (2024.0, "", "")
    assert first_figure("nothing") == (None, "", "")


# ------------------------------------------------------------ create_from_answer

def test_create_activity_from_answer(ws: Workspace, interview: Interview) -> None:
    question = interview.question("young-activities")
    answer = "Our youth club runs on Tuesday evenings. About 40 young people come."
    record = create_from_answer(ws, question, answer)
    assert isinstance(record, Activity) and record.id is not None
    assert [a.title for a in all_activities(ws)] == ["Our youth club runs on Tuesday evenings"]
    progress = load_progress(ws)
    assert progress.answers[question.id] == answer
    assert progress.created[question.id] == [["activity", record.id]]
    assert [r.id for r in created_records(ws, progress, question.id)] == [record.id]
    assert ws.history.undo_label() == "Add activity from the interview"
    ws.undo()  # one undo takes the record away
    assert all_activities(ws) == []
    assert created_records(ws, load_progress(ws), question.id) == []


def test_create_evidence_from_answer(ws: Workspace, interview: Interview) -> None:
    question = interview.question("vol-hours")
    progress = InterviewProgress(current="vol-hours", skipped={"vol-hours"})
    record = create_from_answer(ws, question, "About 11,000 hours a year", progress=progress)
    assert isinstance(record, EvidenceItem)
    assert (record.kind, record.value, record.unit) == ("figure", 11000, "hours")
    assert record.last_checked  # checked today, by whoever typed it
    assert [e.id for e in all_evidence(ws)] == [record.id]
    assert progress.created == {"vol-hours": [["evidence", record.id]]}
    assert progress.skipped == set()
    assert load_progress(ws) == progress
    second = create_from_answer(ws, question, "Another 200 hours", progress=progress)
    assert load_progress(ws).created["vol-hours"] == [["evidence", record.id],
                                                      ["evidence", second.id]]


def test_create_from_answer_appends_activities(ws: Workspace, interview: Interview) -> None:
    first = create_from_answer(ws, interview.question("vol-roles"), "60 volunteers help")
    second = create_from_answer(ws, interview.question("env-travel"), "We walk everywhere")
    assert (first.position, second.position) == (0, 1)


def test_create_from_empty_answer_is_refused(ws: Workspace, interview: Interview) -> None:
    with pytest.raises(ValueError, match="Write an answer"):
        create_from_answer(ws, interview.question("vol-roles"), "   ")
    assert all_activities(ws) == []


def test_every_example_answer_makes_a_record(ws: Workspace, interview: Interview) -> None:
    for question in interview.questions():
        record = create_from_answer(ws, question, question.example)
        assert record.title and len(record.title) <= 60
    progress = load_progress(ws)
    assert next_unanswered(interview, progress) is None
    assert len(all_activities(ws)) + len(all_evidence(ws)) == len(interview.questions())


def test_question_dataclass_defaults() -> None:
    question = InterviewQuestion(id="q", text="Q?", help="h", example="e", creates="activity")
    assert question.suggested_tags == [] and question.evidence_kind is None


def test_draft_title_keeps_apostrophes() -> None:
    assert draft_title("Doreen's friends meet at the carers' group", "x") == (
        "Doreen's friends meet at the carers' group")
    assert draft_title("'Sam' found a job in the kitchen", "x") == "Sam found a job in the kitchen"
    assert draft_title("‘Sam’ found a job", "x") == "Sam found a job"
