"""Checks that use the bid's records: commitments, evidence dates and consent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...organisation.evidence import month_year, months_before, needs_consent_warning, parse_date
from . import patterns
from .base import RunState, rule
from .personal import KIND_LABELS, names_look_staff, personal_details, says_pseudonym

Hit = tuple[int, int, str]


VAGUE_TIMEFRAMES = frozenset({"ongoing", "asap", "soon", "tbc", "tbd", "as needed",
                              "when possible", "where possible", "as soon as possible",
                              "over time", "in due course", "regularly", "n/a", "na", "-"})


def field_of(record: Any, name: str) -> Any:
    """A field of a record or of a plain dict."""
    if isinstance(record, dict):
        return record.get(name)
    return getattr(record, name, None)


def _find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    phrase = " ".join((phrase or "").split())
    if len(phrase) < 4:
        return None
    pattern = r"\s+".join(re.escape(part) for part in phrase.split())
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _number_of(token: str) -> float | None:
    digits = token.strip().lstrip("£$€ ").rstrip("% kmbn").replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def find_number(text: str, value: float | None) -> tuple[int, int] | None:
    """Where a figure with this value is written in ``text`` (``9,412`` or ``9412``)."""
    if value is None:
        return None
    for start, end in patterns.quantities(text):
        number = _number_of(text[start:end])
        if number is not None and abs(number - float(value)) < 1e-9:
            return start, end
    return None


@rule("commitment-incomplete", title="Commitment missing a target, unit or timeframe",
      severity="should", family="evidence",
      description="""A row in the question's commitments table has no target number (or 0), no
      unit, or no timeframe (or only a vague one: "ongoing", "as needed", "TBC"). The highlight
      is where the answer mentions the commitment, if it does.""",
      why="""Commitments become the contract's KPIs: each needs a number, what is counted and
      by when, or the buyer cannot monitor it and an evaluator cannot score it.""",
      guide="smart-commitments#complete-commitments")
def commitment_incomplete(state: RunState) -> Iterator[Hit]:
    for commitment in state.context.commitments:
        name = " ".join(str(field_of(commitment, "measure_text") or "").split())
        missing = []
        target = field_of(commitment, "target")
        try:
            target_ok = target not in (None, "") and float(target) > 0
        except (TypeError, ValueError):
            target_ok = False
        if not target_ok:
            missing.append("a target number")
        if not str(field_of(commitment, "unit") or "").strip():
            missing.append("a unit")
        timeframe = " ".join(str(field_of(commitment, "timeframe") or "").lower().split())
        if not timeframe or timeframe.strip(" .") in VAGUE_TIMEFRAMES:
            missing.append("a timeframe")
        if not missing:
            continue
        listed = missing[0] if len(missing) == 1 else \
            ", ".join(missing[:-1]) + " and " + missing[-1]
        label = f"“{name}”" if name else "One commitment"
        span = _find_phrase(state.text, name) or (0, 0)
        yield span[0], span[1], f"The commitment {label} has no {listed}."


@rule("stale-evidence", title="Evidence older than 12 months", severity="should",
      family="evidence",
      description="""A figure or evaluation used in the answer is dated more than 12 months
      ago (its date, or when no date is given, when it was last checked), or has no date at
      all. The highlight is the figure in the answer, when it can be found.""",
      why="""Evaluators and contract managers trust recent, dated evidence. An old figure may
      no longer be true and weakens the claim it supports.""",
      guide="evidence-stories-and-consent#keep-figures-fresh", thresholds={"max_age_months": 12})
def stale_evidence(state: RunState) -> Iterator[Hit]:
    months = int(state.threshold("max_age_months"))
    cutoff = months_before(state.today, months)
    for item in state.context.evidence_items:
        if field_of(item, "kind") not in ("figure", "evaluation"):
            continue
        title = str(field_of(item, "title") or "").strip() or "this figure"
        dated = parse_date(str(field_of(item, "evidence_date") or ""))
        checked = parse_date(str(field_of(item, "last_checked") or ""))
        if dated is not None:
            if dated >= cutoff:
                continue
            message = (f"The figure “{title}” is from {month_year(dated.isoformat())}, more than "
                       f"{months} months ago. Check it is still right, or use a newer one.")
        elif checked is not None:
            if checked >= cutoff:
                continue
            message = (f"The figure “{title}” was last checked in "
                       f"{month_year(checked.isoformat())}, more than {months} months ago. "
                       "Check it is still right and give its date.")
        else:
            message = f"The figure “{title}” has no date. Say when it was measured."
        span = find_number(state.text, field_of(item, "value")) or (0, 0)
        yield span[0], span[1], message


def _needs_consent(item: Any) -> bool:
    if hasattr(item, "kind") and hasattr(item, "consent_recorded"):
        return needs_consent_warning(item)
    return (field_of(item, "kind") in ("story", "quote") and bool(field_of(item, "personal_data"))
            and not field_of(item, "consent_recorded"))


@rule("personal-data-story", title="Personal details from a story without consent",
      severity="must", family="evidence",
      description="""A case story or quote used in the answer is marked as holding personal
      details and has no consent recorded, and the answer repeats a name, e-mail address,
      phone number, postcode, street address or date of birth from it. If none of those can be
      found in the story, the whole answer is flagged once for that story.""",
      why="""Using someone's personal details without their consent breaks data protection
      law and their trust. Get written consent, or change the name and leave out anything that
      identifies them (and say the name has been changed).""",
      guide="evidence-stories-and-consent#consent")
def personal_data_story(state: RunState) -> Iterator[Hit]:
    text = state.text
    for item in state.context.evidence_items:
        if not _needs_consent(item):
            continue
        title = str(field_of(item, "title") or "").strip() or "a case story"
        story = "\n".join(str(field_of(item, name) or "") for name in ("title", "body", "source"))
        details = personal_details(story)
        if not details:
            yield 0, 0, (f"The {field_of(item, 'kind')} “{title}” holds personal details and has "
                         "no consent recorded. Get consent, or take out anything that could "
                         "identify the person.")
            continue
        seen: set[tuple[int, int]] = set()
        for detail in details:
            pattern = re.compile(rf"(?<!\w){re.escape(detail.text)}(?!\w)")
            for match in pattern.finditer(text):
                span = (match.start(), match.end())
                if span in seen:
                    continue
                seen.add(span)
                yield span[0], span[1], (f"“{detail.text}” is {KIND_LABELS[detail.kind]} from "
                                         f"“{title}”, which has no consent recorded. Get "
                                         "written consent, or change or remove it.")


@rule("personal-data-answer", title="Personal details in the answer", severity="consider",
      family="evidence",
      description="""The answer itself contains what looks like a person's name (a common first
      name, or Mr/Mrs/Ms and a surname), a personal e-mail address, a mobile number or a date of
      birth. Names in a sentence that gives a job role ("Sam Patel, our Volunteer
      Coordinator") are taken to be staff and not flagged, nor is anything when the answer says
      names have been changed. Mailboxes such as info@ are not flagged.""",
      why="""Stories make answers vivid, but a real name or contact detail needs the person's
      written consent. Use a changed name and say so, or get and record their consent.""",
      guide="evidence-stories-and-consent#personal-information")
def personal_data_answer(state: RunState) -> Iterator[Hit]:
    text = state.text
    if says_pseudonym(text):
        return
    from_stories = {(start, end) for start, end, _ in personal_data_story(state)}
    for detail in personal_details(text, landlines=False, addresses=False, role_emails=False):
        if (detail.start, detail.end) in from_stories:
            continue
        if detail.kind == "name":
            sentence = state.analysis.sentence_at(detail.start)
            if sentence is not None and names_look_staff(sentence.text):
                continue
            message = (f"“{detail.text}” looks like a real person's name. If it is, make sure "
                       "they have agreed in writing, or change it and say the name has been "
                       "changed.")
        else:
            message = (f"“{detail.text}” looks like {KIND_LABELS[detail.kind]}. Leave it out "
                       "unless the person has agreed in writing.")
        yield detail.start, detail.end, message
