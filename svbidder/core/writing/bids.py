"""Bids and their social value questions: adding, ordering, deadlines and answers.

A bid is one tender an organisation is answering; its questions keep the order
the buyer gave them (``position`` 0, 1, 2, …). Every change here is one undo
step, like the rest of core (see ``activities.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime, timedelta
from typing import Any

from ..errors import SvBidderError
from ..storage.records import BID_STATUSES, LIMIT_KINDS, Answer, Bid, Outcome, Question, Theme
from ..storage.workspace import Workspace
from .counting import (
    Counts,
    LimitStatus,
    PageEstimator,
    PageSettings,
    count_markdown,
    limit_status,
    markdown_to_plain,
    page_status,
)

STATUS_LABELS: dict[str, str] = {
    "drafting": "Drafting",
    "submitted": "Submitted",
    "won": "Won",
    "lost": "Not successful",
    "withdrawn": "Withdrawn",
}

LIMIT_KIND_LABELS: dict[str, str] = {
    "words": "Words (as Microsoft Word counts them)",
    "characters": "Characters, including spaces",
    "characters_no_spaces": "Characters, not counting spaces",
    "pages": "Pages (at a given paper size, font and margins)",
}

_BID_EDITABLE = tuple(f.name for f in fields(Bid)
                      if f.name not in ("id", "created_at", "updated_at"))
_QUESTION_EDITABLE = tuple(f.name for f in fields(Question)
                           if f.name not in ("id", "bid_id", "position"))


class BidDataError(SvBidderError):
    """Bid data (e.g. an example tender file) has a mistake in it."""


# ------------------------------------------------------------------ checks

def _check_bid(values: dict[str, Any]) -> None:
    unknown = set(values) - set(_BID_EDITABLE) - {"id", "created_at", "updated_at"}
    if unknown:
        raise ValueError(f"Bids have no field(s) called {', '.join(sorted(unknown))}.")
    status = values.get("status")
    if status is not None and status not in BID_STATUSES:
        raise ValueError(f"“{status}” is not a bid status; use one of "
                         f"{', '.join(BID_STATUSES)}.")
    deadline = values.get("deadline")
    if deadline and parse_deadline(deadline) is None:
        raise ValueError(f"“{deadline}” is not a date. Write it like 2026-03-31.")
    weighting = values.get("sv_weighting_percent")
    if weighting is not None and not 0 <= float(weighting) <= 100:
        raise ValueError("The social value weighting must be between 0% and 100%.")


def _check_question(values: dict[str, Any]) -> None:
    unknown = set(values) - set(_QUESTION_EDITABLE) - {"id", "bid_id", "position"}
    if unknown:
        raise ValueError(f"Questions have no field(s) called {', '.join(sorted(unknown))}.")
    kind = values.get("limit_kind")
    if kind is not None and kind not in LIMIT_KINDS:
        raise ValueError(f"“{kind}” is not a kind of limit; use one of "
                         f"{', '.join(LIMIT_KINDS)}.")
    value = values.get("limit_value")
    if value is not None and float(value) <= 0:
        raise ValueError("A limit must be more than nothing.")
    weighting = values.get("weighting_percent")
    if weighting is not None and not 0 <= float(weighting) <= 100:
        raise ValueError("A question's weighting must be between 0% and 100%.")


# --------------------------------------------------------------- deadlines

def parse_deadline(text: str | None) -> date | None:
    """``"2026-03-31"`` (or with a time after it) as a date; ``None`` if blank or not a date."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            return None


def days_remaining(bid: Bid, today: date | None = None) -> int | None:
    """Days from ``today`` to the deadline (0 = today, negative = past); None without one."""
    deadline = parse_deadline(bid.deadline)
    if deadline is None:
        return None
    return (deadline - (today or date.today())).days


def describe_deadline(bid: Bid, today: date | None = None) -> str:
    """``"due in 12 days"``, ``"due tomorrow"``, ``"due today"``, ``"3 days overdue"``,
    ``"no deadline set"``. Once a bid is submitted (or won, lost, withdrawn) a
    past deadline reads ``"deadline passed 3 days ago"``, not overdue."""
    days = days_remaining(bid, today)
    if days is None:
        return "no deadline set"
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days > 1:
        return f"due in {days} days"
    ago = -days
    unit = "day" if ago == 1 else "days"
    if bid.status != "drafting":
        return f"deadline passed {ago} {unit} ago"
    return f"{ago} {unit} overdue"


# --------------------------------------------------------------------- bids

def all_bids(ws: Workspace) -> list[Bid]:
    return ws.find(Bid, order_by="id")


def bids_by_deadline(ws: Workspace) -> list[Bid]:
    """Every bid, those still being written first (a won bid from last year is not
    what someone opening Write answers wants), then by status; within each,
    soonest deadline first and bids without a deadline last."""
    bids = all_bids(ws)
    return sorted(bids, key=lambda b: (BID_STATUSES.index(b.status)
                                       if b.status in BID_STATUSES else len(BID_STATUSES),
                                       parse_deadline(b.deadline) is None,
                                       parse_deadline(b.deadline) or date.max, b.id or 0))


def add_bid(ws: Workspace, *, label: str = "Add bid", **values: Any) -> Bid:
    """Add a bid (status "drafting" unless given)."""
    _check_bid(values)
    values.pop("id", None)
    return ws.add(Bid(**values), label=label)


def set_status(ws: Workspace, bid_id: int, status: str) -> Bid:
    _check_bid({"status": status})
    return ws.update(Bid, bid_id, label=f"Mark bid as {STATUS_LABELS[status].lower()}",
                     status=status)


def delete_bid(ws: Workspace, bid_id: int) -> None:
    """Delete a bid with its questions, answers and commitments (undo brings all back)."""
    ws.delete(Bid, bid_id, label="Delete bid")


# ---------------------------------------------------------------- questions

def questions_for_bid(ws: Workspace, bid_id: int) -> list[Question]:
    """A bid's questions in the buyer's order."""
    return ws.find(Question, order_by="position, id", bid_id=bid_id)


def _next_position(ws: Workspace, bid_id: int) -> int:
    questions = questions_for_bid(ws, bid_id)
    return (questions[-1].position + 1) if questions else 0


def add_question(ws: Workspace, bid_id: int, *, label: str = "Add question",
                 **values: Any) -> Question:
    """Add a question after the bid's others."""
    _check_question(values)
    for name in ("id", "bid_id", "position"):
        values.pop(name, None)
    ws.get(Bid, bid_id)  # a clear "no longer exists" if the bid has gone
    with ws.batch(label):
        return ws.add(Question(bid_id=bid_id, position=_next_position(ws, bid_id), **values),
                      label=label)


def _renumber(ws: Workspace, ordered: Sequence[Question]) -> None:
    for index, question in enumerate(ordered):
        if question.position != index:
            ws.update(Question, question.id, position=index)


def move_question(ws: Workspace, question_id: int, new_index: int) -> None:
    """Move a question to ``new_index`` within its bid (0 is first), as one undo step."""
    moving = ws.get(Question, question_id)
    ordered = [q for q in questions_for_bid(ws, moving.bid_id) if q.id != question_id]
    new_index = max(0, min(int(new_index), len(ordered)))
    ordered.insert(new_index, moving)
    with ws.batch("Reorder questions"):
        _renumber(ws, ordered)


def duplicate_question(ws: Workspace, question_id: int) -> Question:
    """Copy a question (its wording, limit and linked outcomes, not the answer) to just
    after the original, as one undo step."""
    original = ws.get(Question, question_id)
    values = {name: getattr(original, name) for name in _QUESTION_EDITABLE}
    values["ref"] = f"{original.ref} (copy)" if original.ref else ""
    with ws.batch("Duplicate question"):
        copy = add_question(ws, original.bid_id, label="Duplicate question", **values)
        for _, outcome_id in ws.linked("question_outcome", question_id=question_id):
            ws.link("question_outcome", copy.id, outcome_id)
        ordered = [q for q in questions_for_bid(ws, original.bid_id) if q.id != copy.id]
        index = next(i for i, q in enumerate(ordered) if q.id == question_id) + 1
        ordered.insert(index, copy)
        _renumber(ws, ordered)
    return ws.get(Question, copy.id)


def delete_question(ws: Workspace, question_id: int) -> None:
    """Delete a question with its answer (undo brings both back); the rest close up."""
    question = ws.get(Question, question_id)
    with ws.batch("Delete question"):
        ws.delete(Question, question_id, label="Delete question")
        _renumber(ws, questions_for_bid(ws, question.bid_id))


def question_outcomes(ws: Workspace, question_id: int) -> list[int]:
    """Ids of the outcomes a question targets."""
    return [outcome_id for _, outcome_id in ws.linked("question_outcome",
                                                      question_id=question_id)]


def set_question_outcomes(ws: Workspace, question_id: int, outcome_ids: Iterable[int]) -> None:
    """Make a question target exactly these outcomes (one undo step)."""
    wanted = list(dict.fromkeys(int(i) for i in outcome_ids))
    current = set(question_outcomes(ws, question_id))
    ws.get(Question, question_id)
    with ws.batch("Change the outcomes a question targets"):
        for outcome_id in current - set(wanted):
            ws.unlink("question_outcome", question_id, outcome_id)
        for outcome_id in wanted:
            if outcome_id not in current:
                ws.get(Outcome, outcome_id)
                ws.link("question_outcome", question_id, outcome_id)


def create_questions_from_split(ws: Workspace, bid_id: int,
                                split_questions: Iterable[Any]) -> list[Question]:
    """Add the questions found in a tender (``tender_split.SplitQuestion``) to a bid,
    after any it has, as one undo step ("Add questions from the tender")."""
    label = "Add questions from the tender"
    created: list[Question] = []
    with ws.batch(label):
        for found in split_questions:
            values = found.question_fields() if hasattr(found, "question_fields") \
                else dict(found)
            created.append(add_question(ws, bid_id, label=label, **values))
    return created


def describe_limit(question: Question) -> str:
    """``"500 words"``, ``"2,000 characters (with spaces)"``, ``"2 pages (A4, Arial 11 pt,
    25.4 mm margins)"``; ``"no limit"``."""
    value = question.limit_value
    if not question.limit_kind or not value:
        return "no limit"
    amount = f"{int(value):,}" if float(value).is_integer() else f"{value:,g}"
    if question.limit_kind == "words":
        return f"{amount} {'word' if value == 1 else 'words'}"
    if question.limit_kind == "characters":
        return f"{amount} characters (with spaces)"
    if question.limit_kind == "characters_no_spaces":
        return f"{amount} characters (without spaces)"
    settings = PageSettings.from_question(question)
    return f"{amount} {'page' if value == 1 else 'pages'} ({settings.describe()})"


# ------------------------------------------------------------------ answers

def answer_for(ws: Workspace, question_id: int, *, create: bool = True) -> Answer:
    """A question's answer. One is made (empty) the first time it is asked for,
    as an undo step "Start answer"; with ``create=False`` an unsaved empty
    answer (``id`` None) is returned instead, and :func:`save_answer` makes the
    row when there is something to save."""
    found = ws.find(Answer, question_id=question_id)
    if found:
        return found[0]
    ws.get(Question, question_id)
    if not create:
        return Answer(question_id=question_id)
    return ws.add(Answer(question_id=question_id), label="Start answer")


def save_answer(ws: Workspace, question_id: int, body_markdown: str, *,
                typing: bool = True) -> Answer:
    """Save an answer's text, making the answer if needed. Saves made while typing
    undo together (see ``Workspace.update``)."""
    found = ws.find(Answer, question_id=question_id)
    if not found:
        ws.get(Question, question_id)
        return ws.add(Answer(question_id=question_id, body_markdown=body_markdown),
                      label="Edit answer")
    return ws.update(Answer, found[0].id, typing=typing, label="Edit answer",
                     body_markdown=body_markdown)


def answer_status(question: Question, body_markdown: str, *, safe: bool = False,
                  estimator: PageEstimator | None = None,
                  counts: Counts | None = None) -> LimitStatus:
    """How an answer stands against its question's limit. A page limit needs an
    ``estimator`` (the GUI's Qt layout, or ``counting.RoughPageEstimator``)."""
    if question.limit_kind == "pages":
        pages = None
        if estimator is not None:
            settings = PageSettings.from_question(question)
            pages = estimator.estimate(markdown_to_plain(body_markdown), settings.paper,
                                       settings.font, settings.size_pt, settings.margin_mm)
        return page_status(pages, question.limit_value)
    counts = counts if counts is not None else count_markdown(body_markdown)
    return limit_status(counts, question.limit_kind, question.limit_value, safe=safe)


# ------------------------------------------------------- loading from data

_DATA_BID_FIELDS = set(_BID_EDITABLE) - {"framework_id", "export_options"}
_DATA_QUESTION_FIELDS = set(_QUESTION_EDITABLE) | {"outcomes", "answer"}


def _outcome_lookup(ws: Workspace, framework_id: int | None) -> dict[str, int]:
    """Outcomes of a framework by lower-case ref and by lower-case title."""
    if framework_id is None:
        return {}
    lookup: dict[str, int] = {}
    for theme in ws.find(Theme, framework_id=framework_id):
        for outcome in ws.find(Outcome, theme_id=theme.id):
            for key in (outcome.ref, outcome.title):
                if key and key.strip().lower() not in lookup:
                    lookup[key.strip().lower()] = outcome.saved_id
    return lookup


def add_bid_from_data(ws: Workspace, data: dict[str, Any], framework_id: int | None = None,
                      *, today: date | None = None, label: str = "Add bid") -> Bid:
    """Add a bid and its questions from plain data (e.g. ``resources/example/tender.json``).

    ``data`` holds bid fields (as in the ``bid`` table), optionally
    ``deadline_days_from_today`` instead of ``deadline``, and ``questions``: a
    list of question fields plus, optionally, ``outcomes`` (refs or titles of
    outcomes in the framework ``framework_id``; ones not found are skipped when
    no framework is given, an error otherwise) and ``answer`` (a draft answer in
    Markdown). Everything is added as one undo step; mistakes raise
    :class:`BidDataError` and add nothing.
    """
    if not isinstance(data, dict):
        raise BidDataError("The bid data must be an object with bid fields and questions.")
    data = dict(data)
    questions = data.pop("questions", [])
    days = data.pop("deadline_days_from_today", None)
    unknown = set(data) - _DATA_BID_FIELDS
    if unknown:
        raise BidDataError(f"The bid data has unknown fields: {sorted(unknown)}")
    if days is not None:
        if "deadline" in data:
            raise BidDataError("Give either deadline or deadline_days_from_today, not both.")
        data["deadline"] = ((today or date.today()) + timedelta(days=int(days))).isoformat()
    if not isinstance(questions, list):
        raise BidDataError("The bid data's questions must be a list.")
    for position, question in enumerate(questions, start=1):
        if not isinstance(question, dict):
            raise BidDataError(f"Question {position} in the bid data is not an object.")
        unknown = set(question) - _DATA_QUESTION_FIELDS
        if unknown:
            raise BidDataError(f"Question {position} in the bid data has unknown fields: "
                               f"{sorted(unknown)}")
    lookup = _outcome_lookup(ws, framework_id)
    try:
        with ws.batch(label):
            bid = add_bid(ws, label=label, framework_id=framework_id, **data)
            for entry in questions:
                entry = dict(entry)
                outcome_keys = entry.pop("outcomes", [])
                answer = entry.pop("answer", None)
                question = add_question(ws, bid.saved_id, label=label, **entry)
                for key in outcome_keys:
                    outcome_id = lookup.get(str(key).strip().lower())
                    if outcome_id is None:
                        if framework_id is None:
                            continue
                        raise BidDataError(f"Question “{question.ref}” targets an outcome "
                                           f"that is not in the framework: {key!r}")
                    ws.link("question_outcome", question.id, outcome_id)
                if answer:
                    ws.add(Answer(question_id=question.saved_id, body_markdown=str(answer)),
                           label=label)
    except ValueError as exc:
        raise BidDataError(f"The bid data has a mistake: {exc}") from exc
    return ws.get(Bid, bid.id)
