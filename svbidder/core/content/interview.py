"""The "unpick your social value" interview.

Plain questions, theme by theme, whose answers become activities or evidence.
The questions are data (``resources/interview/questions.json``, format in the
README beside it) so that a council can adapt them; this module loads and checks
that file, keeps each workspace's progress through it, and turns an answer into
a draft record.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...paths import bundled_path
from ..errors import RecordNotFoundError, SvBidderError
from ..numbers import parse_number
from ..organisation.activities import add_activity, join_tags, parse_volume
from ..organisation.evidence import add_evidence
from ..storage.records import EVIDENCE_KINDS, Activity, EvidenceItem
from ..storage.workspace import Workspace

log = logging.getLogger(__name__)

FORMAT_NAME = "svbidder-interview"
FORMAT_VERSION = 1
PROGRESS_KEY = "interview_progress"
TITLE_LIMIT = 60
CREATES = ("activity", "evidence")


class InterviewFileError(SvBidderError):
    """The interview questions file is missing or not in the expected shape."""


@dataclass
class InterviewQuestion:
    id: str
    text: str
    help: str
    example: str
    creates: str  # "activity" or "evidence"
    evidence_kind: str | None = None  # one of EVIDENCE_KINDS when creates == "evidence"
    suggested_tags: list[str] = field(default_factory=list)
    topic: str = ""  # a short name for what the question is about
    theme_id: str = ""
    theme_title: str = ""


@dataclass
class InterviewTheme:
    id: str
    title: str
    intro: str
    questions: list[InterviewQuestion] = field(default_factory=list)


@dataclass
class Interview:
    themes: list[InterviewTheme] = field(default_factory=list)
    title: str = ""
    intro: str = ""

    def questions(self) -> list[InterviewQuestion]:
        """Every question, in order."""
        return [q for theme in self.themes for q in theme.questions]

    def question(self, question_id: str) -> InterviewQuestion | None:
        return next((q for q in self.questions() if q.id == question_id), None)

    def theme(self, theme_id: str) -> InterviewTheme | None:
        return next((t for t in self.themes if t.id == theme_id), None)


def default_path() -> Path:
    return bundled_path("interview", "questions.json")


# ------------------------------------------------------------------- loading

_ROOT_KEYS = {"format", "version", "title", "intro", "themes"}
_THEME_KEYS = {"id", "title", "intro", "questions"}
_QUESTION_KEYS = {"id", "topic", "text", "help", "example", "creates", "evidence_kind",
                  "suggested_tags"}
_MAX_PROBLEMS = 12


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{where}: {what}" if where else what)


def _unknown_keys(data: dict, allowed: set[str]) -> list[str]:
    return sorted(k for k in data if k not in allowed and not str(k).startswith("_"))


def _text(data: dict, key: str, where: str, problems: _Problems, *,
          required: bool = True) -> str:
    value = data.get(key)
    if value is None:
        if required:
            problems.add(where, f"“{key}” is missing")
        return ""
    if not isinstance(value, str):
        problems.add(where, f"“{key}” should be text in quotes")
        return ""
    if required and not value.strip():
        problems.add(where, f"“{key}” is empty")
    return value.strip()


def _parse_question(data: Any, where: str, theme: InterviewTheme,
                    problems: _Problems) -> InterviewQuestion | None:
    if not isinstance(data, dict):
        problems.add(where, "should be a set of fields in { }")
        return None
    for key in _unknown_keys(data, _QUESTION_KEYS):
        problems.add(where, f"“{key}” is not a field questions have (is it misspelt?)")
    question = InterviewQuestion(
        id=_text(data, "id", where, problems),
        text=_text(data, "text", where, problems),
        help=_text(data, "help", where, problems),
        example=_text(data, "example", where, problems),
        creates=_text(data, "creates", where, problems),
        topic=_text(data, "topic", where, problems, required=False),
        theme_id=theme.id,
        theme_title=theme.title,
    )
    if question.creates and question.creates not in CREATES:
        problems.add(where, f"“creates” must be “activity” or “evidence”, "
                            f"not “{question.creates}”")
    kind = data.get("evidence_kind")
    if question.creates == "evidence":
        if kind not in EVIDENCE_KINDS:
            problems.add(where, "“evidence_kind” must be one of " + ", ".join(EVIDENCE_KINDS))
        else:
            question.evidence_kind = kind
    elif kind is not None:
        problems.add(where, "“evidence_kind” is only for questions that create evidence")
    tags = data.get("suggested_tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        problems.add(where, "“suggested_tags” should be a list of words in quotes, "
                            "like [\"volunteering\", \"skills\"]")
    else:
        question.suggested_tags = [t.strip() for t in tags]
    return question


def _check_header(data: Any, problems: _Problems) -> None:
    """The file's shape, format and version: a newer file, or one without a list of
    themes, stops here."""
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        raise InterviewFileError("It should hold a set of fields in { } with a list of "
                                 "“themes”.")
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        problems.add("", f"“format” should be “{FORMAT_NAME}”")
    version = data.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.add("", "“version” should be a whole number such as 1")
    elif version > FORMAT_VERSION:
        raise InterviewFileError("It was made for a newer version of svbidder. "
                                 "Update svbidder to use it.")
    for key in _unknown_keys(data, _ROOT_KEYS):
        problems.add("", f"“{key}” is not a field this file can have (is it misspelt?)")


def _theme_where(raw_theme: Any, t_index: int) -> str:
    """How a problem names a theme: by number, and by its id when it has one."""
    if isinstance(raw_theme, dict) and isinstance(raw_theme.get("id"), str) \
            and raw_theme["id"].strip():
        return f"theme {t_index} (“{raw_theme['id'].strip()}”)"
    return f"theme {t_index}"


def _parse_theme(raw_theme: Any, where: str, problems: _Problems,
                 seen: set[str]) -> InterviewTheme | None:
    """One theme without its questions; None when it is not a set of fields."""
    if not isinstance(raw_theme, dict):
        problems.add(where, "should be a set of fields in { }")
        return None
    for key in _unknown_keys(raw_theme, _THEME_KEYS):
        problems.add(where, f"“{key}” is not a field themes have (is it misspelt?)")
    theme = InterviewTheme(id=_text(raw_theme, "id", where, problems),
                           title=_text(raw_theme, "title", where, problems),
                           intro=_text(raw_theme, "intro", where, problems, required=False))
    if theme.id in seen:
        problems.add(where, f"the id “{theme.id}” is used by another theme too")
    seen.add(theme.id)
    return theme


def _parse_questions(raw_theme: dict[str, Any], where: str, theme: InterviewTheme,
                     problems: _Problems, seen: set[str]) -> None:
    """A theme's questions, added to it; question ids are unique across the file."""
    raw_questions = raw_theme.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        problems.add(where, "has no “questions”")
        return
    for q_index, raw in enumerate(raw_questions, start=1):
        q_where = f"{where}, question {q_index}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"].strip():
            q_where += f" (“{raw['id'].strip()}”)"
        question = _parse_question(raw, q_where, theme, problems)
        if question is None:
            continue
        if question.id and question.id in seen:
            problems.add(q_where, f"the id “{question.id}” is used by another question too")
        seen.add(question.id)
        theme.questions.append(question)


def parse_interview(data: Any) -> Interview:
    """Check already-decoded JSON and build the interview; raises InterviewFileError."""
    problems = _Problems()
    _check_header(data, problems)
    interview = Interview(title=_text(data, "title", "", problems, required=False),
                          intro=_text(data, "intro", "", problems, required=False))
    if not data["themes"]:
        problems.add("", "there are no themes")
    seen_themes: set[str] = set()
    seen_questions: set[str] = set()
    for t_index, raw_theme in enumerate(data["themes"], start=1):
        where = _theme_where(raw_theme, t_index)
        theme = _parse_theme(raw_theme, where, problems, seen_themes)
        if theme is None:
            continue
        _parse_questions(raw_theme, where, theme, problems, seen_questions)
        interview.themes.append(theme)
    if problems.items:
        shown = problems.items[:_MAX_PROBLEMS]
        more = len(problems.items) - len(shown)
        lines = "\n".join(f"• {item[:1].upper()}{item[1:]}." for item in shown)
        if more:
            lines += f"\n• …and {more} more."
        raise InterviewFileError(f"It has {len(problems.items)} "
                                 f"problem{'s' if len(problems.items) != 1 else ''}:\n{lines}")
    return interview


def load_interview(path: Path | None = None) -> Interview:
    """Load and check the interview questions (the bundled ones when ``path`` is None).

    Raises :class:`InterviewFileError` with a message that names the file and
    every problem found (up to a dozen), so whoever edited it can put it right.
    """
    path = Path(path) if path is not None else default_path()
    intro = f"The interview questions in “{path.name}” could not be used."
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InterviewFileError(f"{intro} The file could not be read "
                                 f"({exc.strerror or exc}).") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InterviewFileError(f"{intro} It is not saved as UTF-8 text. Save it again "
                                 "choosing the UTF-8 encoding.") from exc
    except json.JSONDecodeError as exc:
        raise InterviewFileError(f"{intro} It is not valid JSON: {exc.msg} at line "
                                 f"{exc.lineno}, column {exc.colno}. A missing comma or "
                                 "quotation mark is the usual cause.") from exc
    try:
        return parse_interview(data)
    except InterviewFileError as exc:
        raise InterviewFileError(f"{intro} {exc}") from None


# ------------------------------------------------------------------ progress

@dataclass
class InterviewProgress:
    """How far a workspace has got through the interview.

    ``answers``: question id → the answer typed. ``skipped``: question ids the
    person chose to skip. ``current``: the question on screen. ``created``:
    question id → ``[[kind, id], …]`` for each record made from its answer,
    where kind is "activity" or "evidence".
    """

    answers: dict[str, str] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)
    current: str | None = None
    created: dict[str, list[list[Any]]] = field(default_factory=dict)

    def answer(self, question_id: str, text: str) -> None:
        """Keep an answer (an empty one removes it); answering un-skips."""
        if text.strip():
            self.answers[question_id] = text
            self.skipped.discard(question_id)
        else:
            self.answers.pop(question_id, None)

    def skip(self, question_id: str) -> None:
        self.skipped.add(question_id)

    def is_answered(self, question_id: str) -> bool:
        return bool(self.answers.get(question_id, "").strip())

    def to_json(self) -> str:
        return json.dumps({
            "version": 1,
            "answers": self.answers,
            "skipped": sorted(self.skipped),
            "current": self.current,
            "created": self.created,
        }, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> InterviewProgress:
        """Read saved progress, keeping every part that makes sense and dropping the rest."""
        progress = cls()
        if not text:
            return progress
        try:
            data = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            log.warning("Interview progress could not be read; starting afresh")
            return progress
        if not isinstance(data, dict):
            return progress
        answers = data.get("answers")
        if isinstance(answers, dict):
            progress.answers = {k: v for k, v in answers.items()
                                if isinstance(k, str) and isinstance(v, str)}
        skipped = data.get("skipped")
        if isinstance(skipped, list):
            progress.skipped = {q for q in skipped if isinstance(q, str)}
        current = data.get("current")
        progress.current = current if isinstance(current, str) else None
        created = data.get("created")
        if isinstance(created, dict):
            for qid, pairs in created.items():
                if not isinstance(pairs, list):
                    continue
                good = [[p[0], p[1]] for p in pairs
                        if isinstance(p, list | tuple) and len(p) == 2 and p[0] in CREATES
                        and isinstance(p[1], int) and not isinstance(p[1], bool)]
                if good:
                    progress.created[qid] = good
        return progress


def load_progress(ws: Workspace) -> InterviewProgress:
    """The workspace's interview progress (fresh if none, or if it cannot be read)."""
    return InterviewProgress.from_json(ws.meta(PROGRESS_KEY))


def save_progress(ws: Workspace, progress: InterviewProgress) -> None:
    """Save progress in the workspace (not an undo step: it is not part of the content)."""
    ws.set_meta(PROGRESS_KEY, progress.to_json())


def next_unanswered(interview: Interview, progress: InterviewProgress,
                    after: str | None = None) -> InterviewQuestion | None:
    """The first question neither answered nor skipped, or None when all are done.

    With ``after`` (a question id), the search starts just after that question
    and wraps round to the beginning.
    """
    questions = interview.questions()
    start = 0
    if after is not None:
        index = next((i for i, q in enumerate(questions) if q.id == after), None)
        if index is not None:
            start = index + 1
    for question in questions[start:] + questions[:start]:
        if not progress.is_answered(question.id) and question.id not in progress.skipped:
            return question
    return None


def progress_counts(interview: Interview, progress: InterviewProgress) -> tuple[int, int, int]:
    """(answered, skipped, total) for the questions in this interview."""
    ids = [q.id for q in interview.questions()]
    answered = sum(1 for qid in ids if progress.is_answered(qid))
    skipped = sum(1 for qid in ids if qid in progress.skipped and not progress.is_answered(qid))
    return answered, skipped, len(ids)


# -------------------------------------------------------------------- drafts

_ALWAYS_FILLER = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|absolutely|definitely|of course|sure|indeed|certainly|"
    r"kind of|sort of|well)\b[\s,.!:;–-]*)+", re.IGNORECASE)
_FILLER_BEFORE_PUNCTUATION = re.compile(
    r"^(?:we do|we have|we are|we did|we try|we can|i think so)\s*[,.!:;–-]+\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:](?:\s|$)|\s[–—-]\s|\s\(")
def _drop_quote_marks(text: str) -> str:
    """Remove quotation marks but keep apostrophes ("Doreen's", "carers'")."""
    text = text.translate({ord(c): None for c in "“”\""}).strip()
    opened = re.search(r"(?:^|(?<=\s))['‘](?=\w)", text)
    if opened:
        start = opened.start()
        text = text[:start] + text[opened.end():]
        closed = re.search(r"(?<=\w)['’](?=[\s,.;:!?]|$)", text[start:])
        if closed:
            text = text[:start + closed.start()] + text[start + closed.end():]
    return text


def _first_clause(sentence: str) -> str:
    found = _CLAUSE_END.search(sentence)
    return sentence[: found.start()] if found else sentence


def _fit(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    window = text[:limit]
    cut = max(window.rfind(joint) for joint in (", ", " and ", " but ", " so ", " who ",
                                                 " which ", " because ", " with "))
    if cut >= limit * 0.6:  # a natural break near the end
        return window[:cut].rstrip(" ,")
    cut = window[: limit - 1].rfind(" ")
    return (window[:cut] if cut >= 20 else window[: limit - 1]).rstrip(" ,;:") + "…"


def draft_title(answer: str, fallback: str, limit: int = TITLE_LIMIT) -> str:
    """A short title from the first clause of an answer, or ``fallback`` if none fits."""
    for line in (answer or "").splitlines():
        sentences = re.split(r"(?<=[.!?])\s+", line.strip())
        for sentence in sentences:
            text = _drop_quote_marks(sentence)
            text = _ALWAYS_FILLER.sub("", text)
            text = _FILLER_BEFORE_PUNCTUATION.sub("", text)
            clause = " ".join(_first_clause(text).split()).strip(" ,;:.!?–-‘’'")
            if len(clause.split()) >= 3:
                clause = _fit(clause, limit)
                return clause[:1].upper() + clause[1:]
    return _fit(" ".join(fallback.split()), limit) or "Untitled"


def _fallback_title(question: InterviewQuestion) -> str:
    return question.topic or question.theme_title or question.text


_YEAR = re.compile(r"^(?:19|20)[0-9]{2}$")
_NUMBER = re.compile(r"(£\s?)?(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)(\s?%)?")
_UNIT_WORDS = {
    "people", "person", "persons", "volunteers", "volunteer", "hours", "hour", "meals",
    "households", "families", "children", "tonnes", "tonne", "kg", "kilos", "sessions",
    "visits", "staff", "members", "groups", "events", "places", "days", "parcels",
    "referrals", "calls", "trainees", "placements", "apprentices", "apprenticeships", "jobs",
    "pupils", "students", "learners", "adults", "residents", "carers", "clients",
    "participants", "attendances", "certificates", "qualifications", "suppliers", "miles",
    "trees", "bags", "items", "employees", "women", "men", "girls", "boys", "homes",
}
_UNIT_PAIRS = {"young", "older", "disabled", "local", "new"}  # "young people", "local jobs"


def first_figure(text: str) -> tuple[float | None, str, str]:
    """The first number in ``text`` with a guess at its unit and period.

    ``"About 11,000 hours a year"`` → ``(11000.0, "hours", "year")``. Years such
    as 2024 are passed over when another number follows.
    """
    found: list[tuple[float, str, str]] = []
    for match in _NUMBER.finditer(text or ""):
        digits = match.group(2).rstrip(",")
        try:
            value = parse_number(digits)
        except ValueError:
            continue
        if value is None:
            continue
        unit, period = "", ""
        if match.group(1):
            unit = "£"
        elif match.group(3):
            unit = "%"
        rest = text[match.end():]
        if not unit:
            unit, rest = _unit_after(rest)
        after = re.match(r"\s*(?:(?:a|an|per|each|every|last|this)\s+)"
                         r"(year|month|week|day|term|fortnight)\b", rest, re.IGNORECASE)
        if after:
            period = after.group(1).lower()
        else:
            with_volume = re.match(r"\s*(annually|yearly|weekly|monthly|daily)\b", rest,
                                   re.IGNORECASE)
            if with_volume:
                period = parse_volume(f"1 {with_volume.group(1)}")[2]
        is_year = (_YEAR.match(digits) and not match.group(1) and not match.group(3))
        found.append((value, unit, period) if not is_year else (value, "", ""))
        if not is_year:
            return found[-1]
    return found[0] if found else (None, "", "")


def _unit_after(rest: str) -> tuple[str, str]:
    """A known unit word within the next three words (and the text after it)."""
    position = 0
    for _ in range(3):
        word = re.match(r"[\s,]+([A-Za-z][A-Za-z'-]*)", rest[position:])
        if not word:
            break
        lower = word.group(1).lower()
        end = position + word.end()
        if lower in _UNIT_PAIRS:
            pair = re.match(r"\s+([A-Za-z]+)", rest[end:])
            if pair and pair.group(1).lower() in _UNIT_WORDS:
                return f"{word.group(1)} {pair.group(1)}", rest[end + pair.end():]
        if lower in _UNIT_WORDS:
            return word.group(1), rest[end:]
        position = end
    return "", rest


_RATIO = re.compile(r"£\s?([0-9]+(?:\.[0-9]+)?)[^.£]{0,40}?(?:for|per|to)\s+(?:every|each)?"
                    r"\s*£\s?1(?![0-9])|\b([0-9]+(?:\.[0-9]+)?)\s*:\s*1\b|\b1\s*:\s*"
                    r"([0-9]+(?:\.[0-9]+)?)\b", re.IGNORECASE)


def _ratio(text: str) -> float | None:
    match = _RATIO.search(text or "")
    if not match:
        return None
    return float(next(g for g in match.groups() if g is not None))


def draft_activity(question: InterviewQuestion, answer: str) -> Activity:
    """An unsaved activity from an answer: a short title, the answer as description,
    and the question's suggested tags plus its theme as tags."""
    return Activity(
        title=draft_title(answer, _fallback_title(question)),
        description=(answer or "").strip(),
        tags=join_tags([*question.suggested_tags, question.theme_title]),
    )


def draft_evidence(question: InterviewQuestion, answer: str) -> EvidenceItem:
    """An unsaved evidence item from an answer.

    The kind is the question's ``evidence_kind``; the title comes from the
    first clause; the answer is the body. Figures get the first number (and a
    guess at its unit and period); evaluations get a "£X for every £1" ratio if
    one is written. Stories and quotes are marked as holding personal details,
    so the consent warning shows until someone records consent or unticks it.
    """
    kind = question.evidence_kind if question.evidence_kind in EVIDENCE_KINDS else "figure"
    item = EvidenceItem(kind=kind, title=draft_title(answer, _fallback_title(question)),
                        body=(answer or "").strip())
    if kind == "figure":
        item.value, item.unit, item.period = first_figure(answer)
    elif kind == "evaluation":
        item.ratio = _ratio(answer)
    elif kind in ("story", "quote"):
        item.personal_data = True
    return item


def create_from_answer(ws: Workspace, question: InterviewQuestion, answer: str,
                       progress: InterviewProgress | None = None) -> Activity | EvidenceItem:
    """Add the record an answer makes, as one undo step, and note it in the progress.

    ``progress`` (loaded from the workspace when not given) gets the answer and
    the new record's ``[kind, id]``, and is saved.
    """
    if not (answer or "").strip():
        raise ValueError("Write an answer first, then add it.")
    label = ("Add activity from the interview" if question.creates == "activity"
             else "Add evidence from the interview")
    record: Activity | EvidenceItem
    if question.creates == "activity":
        draft = draft_activity(question, answer)
        values = {k: v for k, v in draft.values().items()
                  if k not in ("id", "position", "created_at", "updated_at")}
        record = add_activity(ws, label=label, **values)
        kind = "activity"
    else:
        draft_item = draft_evidence(question, answer)
        values = {k: v for k, v in draft_item.values().items()
                  if k not in ("id", "created_at", "updated_at", "last_checked")}
        record = add_evidence(ws, label=label, **values)
        kind = "evidence"
    progress = progress if progress is not None else load_progress(ws)
    progress.answer(question.id, answer)
    progress.created.setdefault(question.id, []).append([kind, record.id])
    save_progress(ws, progress)
    return record


def created_records(ws: Workspace, progress: InterviewProgress,
                    question_id: str) -> list[Activity | EvidenceItem]:
    """The records made from one question's answer that still exist (undo may remove them)."""
    records: list[Activity | EvidenceItem] = []
    for kind, record_id in progress.created.get(question_id, []):
        try:
            records.append(ws.get(Activity, record_id) if kind == "activity"
                           else ws.get(EvidenceItem, record_id))
        except RecordNotFoundError:
            continue
    return records


