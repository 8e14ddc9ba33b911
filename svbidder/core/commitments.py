"""A bid's social value commitments: what, how many, by when, who, and how it is shown.

Evaluators score commitments that are specific and measurable (a number, a
unit, a timeframe) and backed by a way of evidencing them; commitments usually
become KPIs in the contract. :func:`completeness` names what is missing in
plain words.

Commitments keep the order the person gives them (``position`` 0, 1, 2, …);
every change here is one undo step.

**Inserting into an answer.** Our answer Markdown has no tables, and most
e-tendering portals take plain text only, so commitments go into an answer as
sentences (:func:`describe_commitment`) — a bulleted list from
:func:`commitments_markdown` (also :func:`commitments_table_markdown`), or one
paragraph. The Word export renders a real table from the records
(:func:`commitment_table_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from .errors import SvBidderError
from .numbers import format_money, format_number
from .records import Bid, Commitment, Measure, Outcome, Question, Theme
from .workspace import Workspace

_EDITABLE = tuple(f.name for f in fields(Commitment) if f.name not in ("id", "position"))

FIELD_LABELS: dict[str, str] = {
    "measure_text": "What you will do",
    "target": "How many (number)",
    "unit": "Unit",
    "timeframe": "By when",
    "baseline": "Starting point (baseline)",
    "owner": "Who delivers it",
    "evidence_method": "How you will evidence it",
    "reporting_frequency": "How often you report",
    "value_per_unit": "Value per unit (from the buyer's framework)",
    "question_id": "Question",
    "outcome_id": "Outcome",
    "measure_id": "Measure",
}

REPORTING_CHOICES = ("monthly", "quarterly", "every six months", "yearly",
                     "at the end of the contract")

_VAGUE_TIMES = {"ongoing", "asap", "soon", "tbc", "tbd", "as needed", "when possible",
                "where possible", "as soon as possible", "over time", "in due course",
                "regularly", "n/a", "na", "-"}


class CommitmentError(SvBidderError):
    """A commitment cannot be saved as asked."""


@dataclass(frozen=True)
class Missing:
    field: str
    message: str


# ------------------------------------------------------------------ checks

def _check(ws: Workspace, bid_id: int, values: dict[str, Any]) -> None:
    unknown = set(values) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"Commitments have no field(s) called {', '.join(sorted(unknown))}.")
    for name in ("target", "value_per_unit"):
        value = values.get(name)
        if value is not None and (not isinstance(value, int | float) or value < 0):
            raise CommitmentError(f"{FIELD_LABELS[name]} must be a number of 0 or more.")
    question_id = values.get("question_id")
    if question_id is not None and ws.get(Question, question_id).bid_id != bid_id:
        raise CommitmentError("That question belongs to a different bid.")
    if values.get("outcome_id") is not None:
        ws.get(Outcome, values["outcome_id"])
    if values.get("measure_id") is not None:
        ws.get(Measure, values["measure_id"])


def completeness(c: Commitment) -> list[Missing]:
    """What an evaluator would find missing: what, the number, unit, timeframe and
    evidence. An empty list means the commitment is complete."""
    missing: list[Missing] = []
    if not c.measure_text.strip() and c.measure_id is None:
        missing.append(Missing("measure_text", "Say what you will do, for example "
                                               "“support local people into paid work”."))
    if c.target is None:
        missing.append(Missing("target", "Give a number, for example 12. Evaluators score "
                                         "commitments they can count."))
    elif c.target <= 0:
        missing.append(Missing("target", "The number is 0: give the amount you will "
                                         "deliver."))
    if not c.unit.strip():
        missing.append(Missing("unit", "Say what the number counts, for example "
                                       "“people”, “hours” or “£”."))
    timeframe = c.timeframe.strip()
    if not timeframe:
        missing.append(Missing("timeframe", "Say by when, or how often, for example "
                                            "“by March 2027” or “each year of the contract”."))
    elif timeframe.lower().strip(" .") in _VAGUE_TIMES:
        missing.append(Missing("timeframe", f"“{timeframe}” is not a timeframe an evaluator "
                                            "can check. Give a date or a period."))
    if not c.evidence_method.strip():
        missing.append(Missing("evidence_method", "Say how you will show it was done, for "
                                                  "example “signed timesheets” or "
                                                  "“attendance registers”."))
    return missing


def advice(c: Commitment) -> list[Missing]:
    """Things that would make a complete commitment stronger (not required)."""
    tips: list[Missing] = []
    if not c.owner.strip():
        tips.append(Missing("owner", "Name who is responsible, for example “our "
                                     "volunteer coordinator”."))
    if not c.reporting_frequency.strip():
        tips.append(Missing("reporting_frequency", "Say how often you will report progress "
                                                   "to the council, for example quarterly."))
    if not c.baseline.strip():
        tips.append(Missing("baseline", "Say where you start from, so the council can "
                                        "see what is extra."))
    return tips


def is_complete(c: Commitment) -> bool:
    return not completeness(c)


def total_value(c: Commitment) -> float | None:
    """Target × value per unit (the buyer's own proxy value); None without both."""
    if c.target is None or c.value_per_unit is None:
        return None
    return c.target * c.value_per_unit


def bid_total_value(commitments: Iterable[Commitment]) -> float | None:
    """The sum of every commitment's value; None when none has one."""
    values = [v for v in (total_value(c) for c in commitments) if v is not None]
    return sum(values) if values else None


# ------------------------------------------------------------------ reading

def commitments_for_bid(ws: Workspace, bid_id: int) -> list[Commitment]:
    return ws.find(Commitment, order_by="position, id", bid_id=bid_id)


def commitments_for_question(ws: Workspace, question_id: int) -> list[Commitment]:
    return ws.find(Commitment, order_by="position, id", question_id=question_id)


def measures_for_bid(ws: Workspace, bid_id: int) -> list[tuple[Outcome, Measure]]:
    """The measures of the bid's framework, in framework order (for choosing one)."""
    bid = ws.get(Bid, bid_id)
    if bid.framework_id is None:
        return []
    found: list[tuple[Outcome, Measure]] = []
    for theme in ws.find(Theme, order_by="position, id", framework_id=bid.framework_id):
        for outcome in ws.find(Outcome, order_by="position, id", theme_id=theme.id):
            for measure in ws.find(Measure, order_by="position, id", outcome_id=outcome.id):
                found.append((outcome, measure))
    return found


# ------------------------------------------------------------------ writing

def _next_position(ws: Workspace, bid_id: int) -> int:
    existing = commitments_for_bid(ws, bid_id)
    return existing[-1].position + 1 if existing else 0


def add_commitment(ws: Workspace, bid_id: int, *, label: str = "Add commitment",
                   **values: Any) -> Commitment:
    """Add a commitment after the bid's others. A ``measure_id`` fills in the
    measure's name, unit and value per unit (unless given) and its outcome."""
    for name in ("id", "bid_id", "position"):
        values.pop(name, None)
    ws.get(Bid, bid_id)
    if values.get("measure_id") is not None:
        values = {**_measure_defaults(ws, values["measure_id"]), **values}
    _check(ws, bid_id, values)
    with ws.batch(label):
        return ws.add(Commitment(bid_id=bid_id, position=_next_position(ws, bid_id),
                                 **values), label=label)


def _measure_defaults(ws: Workspace, measure_id: int) -> dict[str, Any]:
    measure = ws.get(Measure, measure_id)
    return {"measure_text": measure.name, "unit": measure.unit,
            "value_per_unit": measure.value_per_unit, "outcome_id": measure.outcome_id}


def use_measure(ws: Workspace, commitment_id: int, measure_id: int | None) -> Commitment:
    """Link a commitment to a framework measure, filling in blank fields from it."""
    c = ws.get(Commitment, commitment_id)
    if measure_id is None:
        return update_commitment(ws, commitment_id, measure_id=None)
    defaults = _measure_defaults(ws, measure_id)
    changes: dict[str, Any] = {"measure_id": measure_id}
    for name, value in defaults.items():
        current = getattr(c, name)
        if current in (None, "") and value not in (None, ""):
            changes[name] = value
    return update_commitment(ws, commitment_id, **changes)


def update_commitment(ws: Workspace, commitment_id: int, *, typing: bool = False,
                      **changes: Any) -> Commitment:
    """Change some fields of a commitment (checked)."""
    for name in ("id", "bid_id"):
        changes.pop(name, None)
    c = ws.get(Commitment, commitment_id)
    _check(ws, c.bid_id, changes)
    return ws.update(Commitment, commitment_id, typing=typing, label="Edit commitment",
                     **changes)


def delete_commitment(ws: Workspace, commitment_id: int) -> None:
    """Delete a commitment (and its delivery records); the rest close up."""
    c = ws.get(Commitment, commitment_id)
    with ws.batch("Delete commitment"):
        ws.delete(Commitment, commitment_id, label="Delete commitment")
        _renumber(ws, commitments_for_bid(ws, c.bid_id))


def _renumber(ws: Workspace, ordered: Sequence[Commitment]) -> None:
    for index, c in enumerate(ordered):
        if c.position != index:
            ws.update(Commitment, c.id, position=index)


def move_commitment(ws: Workspace, commitment_id: int, new_index: int) -> None:
    """Move a commitment to ``new_index`` in its bid's list (0 is first)."""
    moving = ws.get(Commitment, commitment_id)
    ordered = [c for c in commitments_for_bid(ws, moving.bid_id) if c.id != commitment_id]
    ordered.insert(max(0, min(int(new_index), len(ordered))), moving)
    with ws.batch("Reorder commitments"):
        _renumber(ws, ordered)


# --------------------------------------------------------------- describing

def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VERBS = _word_set(
    "achieve adopt appoint arrange attend award buy cut create deliver design develop divert "
    "donate employ enable engage ensure establish fund give grow help hire hold host improve "
    "increase involve keep launch lead mentor offer open organise pay place plant provide "
    "publish raise recruit recycle reduce refer reach retrain run save share sign spend "
    "sponsor support take teach train upskill work")

# Words that end the description in front of a unit ("support *local* people").
_STOP_BEFORE_UNIT = _word_set(
    "a an the and or to into for from with by of in on at over under about as per each every "
    "than up out our their your its this that these those")

_TIME_STARTS = ("by ", "in ", "over ", "each ", "every ", "per ", "within ", "during ", "from ",
                "before ", "throughout ", "across ", "until ", "a year", "a month", "annually",
                "yearly", "monthly", "quarterly", "weekly", "for ", "between ", "at ", "this ",
                "next ", "the first", "the whole", "all ", "year ")
_EVIDENCE_STARTS = ("by ", "through ", "using ", "via ", "from ", "with ", "in ")


def _lower_first(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _amount(target: float | None, unit: str) -> str:
    unit = unit.strip()
    if target is None:
        return unit
    if unit in ("£", "GBP", "pounds"):
        return format_money(target)
    if unit == "%":
        return f"{format_number(target)}%"
    return f"{format_number(target)} {unit}".strip()


def _time_phrase(timeframe: str) -> str:
    text = timeframe.strip().rstrip(".")
    if not text:
        return ""
    lowered = text.lower()
    if lowered.startswith(_TIME_STARTS):
        return _lower_first(text)
    return f"by {text}"


def _what_with_number(c: Commitment) -> tuple[str, bool]:
    """The action with the number put in: ``("support 12 local people into paid
    work", True)``; the bool says whether it starts with a verb."""
    what = _lower_first(c.measure_text.strip().rstrip("."))
    amount = _amount(c.target, c.unit)
    first = what.split(" ", 1)[0].lower() if what else ""
    verb_led = first in _VERBS
    if not verb_led:
        return what, False
    unit = c.unit.strip()
    if c.target is not None and unit and unit not in ("£", "%"):
        words = what.split(" ")
        unit_words = unit.lower().split()
        size = len(unit_words)
        for index in range(1, len(words) - size + 1):
            if [w.lower().strip(",.;:") for w in words[index:index + size]] != unit_words:
                continue
            # The number goes before the words describing the unit: "provide work
            # placements" → "provide 6 work placements"; an article before it goes.
            at = index
            while at > 1 and words[at - 1].lower() not in _STOP_BEFORE_UNIT:
                at -= 1
            if at > 1 and words[at - 1].lower() in ("a", "an", "the"):
                del words[at - 1]
                at -= 1
            words.insert(at, format_number(c.target))
            return " ".join(words), True
    if amount:
        return f"{what}: {amount}", True
    return what, True


def describe_commitment(c: Commitment, *, include_value: bool = False) -> str:
    """One sentence, for example "We will support 12 local people into paid work
    by March 2027, led by our employment coordinator, shown by signed employment
    records, reported quarterly." Missing parts are left out."""
    what, verb_led = _what_with_number(c)
    amount = _amount(c.target, c.unit)
    if verb_led:
        sentence = f"We will {what}"
    elif what and amount:
        sentence = f"{what[:1].upper()}{what[1:]}: {amount}"
    elif what or amount:
        text = what or amount
        sentence = f"We will deliver {text}"
    else:
        return ""
    when = _time_phrase(c.timeframe)
    if when:
        sentence += f" {when}"
    if c.baseline.strip():
        sentence += f" (from a starting point of {_lower_first(c.baseline.strip().rstrip('.'))})"
    extras: list[str] = []
    if c.owner.strip():
        extras.append(f"led by {_lower_first(c.owner.strip().rstrip('.'))}")
    evidence = _lower_first(c.evidence_method.strip().rstrip("."))
    if evidence:
        extras.append(f"shown {evidence}" if evidence.lower().startswith(_EVIDENCE_STARTS)
                      else f"shown by {evidence}")
    reporting = _lower_first(c.reporting_frequency.strip().rstrip("."))
    if reporting:
        extras.append(reporting if reporting.lower().startswith("report")
                      else f"reported {reporting}")
    if include_value:
        value = total_value(c)
        if value is not None:
            extras.append(f"worth {format_money(value)} using the council's own values")
    if extras:
        sentence += ", " + ", ".join(extras)
    return sentence + "."


def commitments_markdown(commitments: Iterable[Commitment], *, style: str = "bullets",
                         include_value: bool = False) -> str:
    """Commitments to insert into an answer: ``"bullets"`` (one "- " line each)
    or ``"paragraph"`` (the sentences one after another)."""
    sentences = [s for s in (describe_commitment(c, include_value=include_value)
                             for c in commitments) if s]
    if style == "paragraph":
        return " ".join(sentences)
    if style != "bullets":
        raise ValueError(f"Unknown style {style!r}; use 'bullets' or 'paragraph'.")
    return "\n".join(f"- {s}" for s in sentences)


def commitments_table_markdown(commitments: Iterable[Commitment], *,
                               include_value: bool = False) -> str:
    """What "insert commitments" puts in an answer: a bulleted list of sentences.

    Our Markdown has no tables and portals take plain text, so this is
    deliberately not a pipe table (see the module notes)."""
    return commitments_markdown(commitments, style="bullets", include_value=include_value)


TABLE_HEADINGS = ("What we will do", "Target", "By when", "Starting point", "Who",
                  "How we will show it", "Reporting", "Value")


def commitment_table_rows(commitments: Iterable[Commitment], *,
                          include_value: bool = True) -> list[list[str]]:
    """Headings and one row per commitment, for a real table (Word export, GUI)."""
    headings = list(TABLE_HEADINGS if include_value else TABLE_HEADINGS[:-1])
    rows = [headings]
    for c in commitments:
        row = [c.measure_text.strip(), _amount(c.target, c.unit), c.timeframe.strip(),
               c.baseline.strip(), c.owner.strip(), c.evidence_method.strip(),
               c.reporting_frequency.strip()]
        if include_value:
            value = total_value(c)
            row.append(format_money(value) if value is not None else "")
        rows.append(row)
    return rows
