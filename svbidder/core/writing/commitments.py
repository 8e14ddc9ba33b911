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
:func:`commitments_markdown`, or one paragraph. The Word export renders a real
table from the records.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from ..errors import SvBidderError
from ..numbers import format_money, format_number
from ..storage.records import Bid, Commitment, Measure, Outcome, Question, Theme
from ..storage.workspace import Workspace

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


# --------------------------------------------------------------- describing
#
# A commitment becomes one or two sentences a person might write:
#
#   We will create 6 trainee posts, 2 a year, starting by month 3 (all new posts).
#   Our employment coordinator will lead this, and we will report on it quarterly.
#
# The first sentence says what, how many and by when (and the starting point);
# the second who leads it, the evidence and the reporting; a third the value and
# the council's priority, when asked for. Every part is optional.

def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VERBS = _word_set(
    "achieve adopt appoint arrange attend avoid award buy collect cut create deliver design "
    "develop distribute divert donate employ enable engage ensure establish fund give grow help "
    "hire hold host improve increase invest involve keep launch lead mentor offer open organise "
    "pay place plant prevent provide publish raise recruit recycle reduce refer reach rescue "
    "retrain run save serve share sign spend sponsor start support take teach train upskill "
    "visit")
# More verbs, used only to turn "people gaining a qualification" into "help 20
# people gain a qualification".
_OTHER_VERBS = _word_set(
    "access achieve attend complete enter feel find gain get go join learn live move return "
    "stay take use")
_PREPOSITIONS = _word_set("to into in on out for from by at with within across through")
# Units of amount that take "of": "avoid 12 tonnes of carbon emissions".
_AMOUNT_UNITS = _word_set("tonne tonnes kg kilograms litre litres mile miles kwh mwh")
# Past participles that are not the verb plus -ed or -d ("hours given").
_IRREGULAR_PARTICIPLES = {
    "given": "give", "kept": "keep", "held": "hold", "run": "run", "led": "lead",
    "paid": "pay", "grown": "grow", "cut": "cut", "spent": "spend", "taken": "take",
    "taught": "teach", "bought": "buy", "made": "make", "won": "win", "sent": "send",
}
# Units that are money or a share rather than things counted.
_MONEY_OR_SHARE_UNITS = ("£", "GBP", "pounds", "%")
# Verbs that an amount follows with "by": "reduce our mileage by 25%".
_CHANGE_VERBS = frozenset({"reduce", "cut", "increase", "raise", "grow", "improve"})
# Verbs that money follows directly: "spend £18,000 with local businesses".
_MONEY_VERBS = frozenset({"spend", "invest", "donate", "give", "fund", "raise", "save",
                          "pay", "award", "buy", "sponsor"})
# For a measure that names a thing but no action ("Trainee posts"), the verb that
# goes with the thing counted.
_VERB_FOR_UNIT = {
    "post": "create", "job": "create", "role": "create", "vacancy": "create",
    "position": "create", "apprenticeship": "offer", "traineeship": "offer",
    "internship": "offer", "placement": "offer", "place": "offer", "week": "offer",
    "opportunity": "offer", "volunteer": "recruit", "apprentice": "take on",
    "trainee": "take on", "hour": "give", "session": "run", "workshop": "run", "event": "run",
    "class": "run", "course": "run", "club": "run", "activity": "run", "meeting": "hold",
    "visit": "make", "tree": "plant", "meal": "serve", "parcel": "give", "person": "support",
    "people": "support", "household": "support", "family": "support", "child": "support",
    "resident": "support", "pupil": "support", "participant": "support", "member": "support",
    "client": "support", "carer": "support", "tonne": "save", "kg": "save",
}
# Words that end the description in front of a unit ("support *local* people").
_STOP_BEFORE_UNIT = _word_set(
    "a an the to into for from with by of in on at over under about as per each every "
    "than up out our their your its this that these those")
_MEASURE_OPENERS = re.compile(r"^(?:(?:the\s+)?(?:total\s+)?(?:number|no\.?|value|amount)\s+of"
                              r"|total)\s+", re.IGNORECASE)
_SINGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman",
             "staff": "staff", "classes": "class", "boxes": "box", "businesses": "business",
             "hours": "hour", "series": "series"}
_ZERO_BASELINES = {"0", "zero", "none", "nil", "nothing", "no", "new", "n/a", "na", "-", "–"}
_VAGUE_TIME_PHRASES = {"ongoing": "on an ongoing basis", "asap": "as soon as possible",
                       "tbc": "", "tbd": "", "n/a": "", "na": "", "-": ""}
_TIME_STARTS = ("by ", "in ", "over ", "each ", "every ", "per ", "within ", "during ", "from ",
                "before ", "after ", "throughout ", "across ", "until ", "annually", "yearly",
                "monthly", "quarterly", "weekly", "daily", "fortnightly", "termly", "for ",
                "between ", "at ", "this ", "next ", "the first", "the whole", "all ", "on ",
                "as ", "when ", "once ", "soon", "regularly", "where ", "a year", "a month",
                "a week", "a quarter", "twice ")
_TIME_FOLLOWS = ("starting ", "rising ", "then ", "beginning ", "increasing ")
_RATE = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twelve|twenty)\s+(?:\w+\s+){0,3}?(?:a|an|per|each|every)\s+"
                   r"(?:day|week|fortnight|month|quarter|year|term)\b", re.IGNORECASE)
_DURATION = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|eighteen|twenty-four)[\s-]+(?:days?|weeks?|months?|"
                       r"years?)$", re.IGNORECASE)
_EVIDENCE_PREPOSITIONS = ("through ", "using ", "via ", "from ", "with ")


def _lower_first(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clean(text: str) -> str:
    """One line, no full stop at the end."""
    return " ".join((text or "").split()).rstrip(" .;,")


def _is_one(target: float | None) -> bool:
    return target is not None and float(target) == 1.0


def _singular(word: str) -> str:
    """``posts`` → ``post``, ``people`` → ``person``; other words unchanged."""
    lowered = word.lower()
    if lowered in _SINGULAR:
        single = _SINGULAR[lowered]
        return single if word.islower() else _upper_first(single)
    if not word.isalpha() or not word.islower() or len(word) < 4 or not word.endswith("s") \
            or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _plural_noun(words: list[str]) -> list[str]:
    """Words of a phrase with its first noun group made plural: "job fair in June" →
    "job fairs in June"."""
    end = next((i for i, w in enumerate(words) if w.lower() in _STOP_BEFORE_UNIT), len(words))
    if end == 0:
        return words
    word = words[end - 1]
    if word.endswith(("s", "x", "ch", "sh")):
        plural = word + "es" if not word.endswith("s") or word.endswith("ss") else word
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return [*words[:end - 1], plural, *words[end:]]


def _count_noun(words: list[str], target: float | None) -> list[str]:
    """Words of a unit with the counted noun made singular for a target of 1."""
    if not _is_one(target):
        return words
    for index in range(len(words) - 1, -1, -1):
        single = _singular(words[index])
        if single != words[index]:
            return words[:index] + [single] + words[index + 1:]
    return words


def _verb_base(word: str, verbs: frozenset[str] = _VERBS) -> str | None:
    """The verb a word is a form of, if it is one we know: ``Supporting`` → ``support``,
    ``recruited`` → ``recruit``, ``given`` → ``give``."""
    word = word.lower()
    if word in verbs:
        return word
    if word in _IRREGULAR_PARTICIPLES and _IRREGULAR_PARTICIPLES[word] in verbs:
        return _IRREGULAR_PARTICIPLES[word]
    for ending in ("ing", "ed", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if candidate in verbs:
                    return candidate
    return None


def _unit_parts(unit: str) -> tuple[list[str], str | None]:
    """A unit's words and the verb it already contains: ``people supported`` →
    (``["people"]``, ``"support"``); ``trainee posts`` → (``["trainee", "posts"]``, None)."""
    words = unit.split()
    if len(words) > 1:
        verb = _verb_base(words[-1])
        if verb is not None and words[-1].lower() != verb:
            return words[:-1], verb
    return words, None


def _amount(target: float | None, unit: str) -> str:
    unit = unit.strip()
    if target is None:
        return unit
    if unit in ("£", "GBP", "pounds"):
        return format_money(target)
    if unit == "%":
        return f"{format_number(target)}%"
    return " ".join([format_number(target), *_count_noun(unit.split(), target)]).strip()


def _verb_led(what: str, unit_words: list[str]) -> str | None:
    """``what`` starting with its verb, if it has one: "Local people employed" →
    "employ local people"; "Supporting families" → "support families"."""
    words = what.split()
    if not words:
        return None
    first = _verb_base(words[0])
    if first is not None and words[0].lower() == first:
        return what
    following = words[1].lower().strip(",;:") if len(words) > 1 else ""
    if first is not None and words[0].lower().endswith("ing") and following \
            and following not in _PREPOSITIONS \
            and _singular(following) not in {_singular(w.lower()) for w in unit_words}:
        # "Supporting families", not "Training sessions" or "Mentoring for young people"
        return " ".join([first, *words[1:]])
    for index, word in enumerate(words[1:], start=1):
        base = _verb_base(word.strip(",;:"))
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if base is not None and not word.lower().endswith("ing") and word.lower() != base \
                and (not after or after in _PREPOSITIONS or after.startswith("(")):
            # "People from priority groups recruited" → "recruit people from priority
            # groups"; not "supported businesses"
            return " ".join([base, *words[:index], *words[index + 1:]])
    return None


def _helped_to(what: str, unit_words: list[str], number: str,
               target: float | None) -> str | None:
    """ "people gaining a qualification" → "help 20 people gain a qualification"."""
    words = what.split()
    size = len(unit_words)
    for index in range(size, len(words)):
        if not words[index].lower().endswith("ing"):
            continue
        base = _verb_base(words[index], _VERBS | _OTHER_VERBS)
        if base is None:
            return None
        counted = words[:index]
        if [_singular(w.lower()) for w in counted[-size:]] != \
                [_singular(w.lower()) for w in unit_words]:
            return None
        return " ".join(["help", number, *_count_noun(counted, target), base,
                         *words[index + 1:]])
    return None


def _insert_number(phrase: str, number: str, unit_words: list[str],
                   target: float | None) -> str | None:
    """``phrase`` (verb first) with ``number`` put before the counted words, or None
    when the unit is not in it: "provide work placements" → "provide 6 work placements"."""
    words = phrase.split(" ")
    wanted = [w.lower() for w in unit_words]
    size = len(wanted)
    if not size:
        return None
    for index in range(1, len(words) - size + 1):
        found = [w.lower().strip(",.;:()") for w in words[index:index + size]]
        if found != wanted and [_singular(w) for w in found] != [_singular(w) for w in wanted]:
            continue
        at = index
        while at > 1:
            before = words[at - 1].lower().strip(",")
            if before in _STOP_BEFORE_UNIT or _verb_base(before) == before:
                break
            at -= 1
            if before in ("and", "or") and at > 1:
                continue  # "children and young people" stay together
        if at > 1 and words[at - 1].lower() in ("a", "an", "the"):
            del words[at - 1]
            at -= 1
            index -= 1
        if _is_one(target):
            words[index:index + size] = _count_noun(words[index:index + size], target)
        words.insert(at, number)
        return " ".join(words)
    return None


def _action(c: Commitment) -> str:
    """What will be done, with how many: "create 6 trainee posts"; "" when nothing is said."""
    what = _MEASURE_OPENERS.sub("", _lower_first(_clean(c.measure_text)))
    unit = _clean(c.unit)
    unit_words, unit_verb = _unit_parts(unit)
    counted = " ".join(unit_words)
    amount = _amount(c.target, counted)
    number = format_number(c.target) if c.target is not None else ""
    money_or_share = counted in _MONEY_OR_SHARE_UNITS
    led = _verb_led(what, unit_words)
    if led is None:
        if not what:
            if c.target is None or not unit or money_or_share:
                return ""  # a bare number or amount says nothing
            head = _singular(unit_words[-1].lower()) if unit_words else ""
            verb = unit_verb or _VERB_FOR_UNIT.get(head, "deliver")
            return f"{verb} {amount}"
        if c.target is None:
            return f"deliver {what}"
        head = _singular(unit_words[-1].lower()) if unit_words else ""
        known = unit_verb or _VERB_FOR_UNIT.get(head) or _VERB_FOR_UNIT.get(
            _singular(what.split()[-1].lower()))
        if known is None or money_or_share:
            return f"deliver {amount} of {what}" if unit else f"deliver {number} {what}"
        helped = _helped_to(what, unit_words, number, c.target) if known == "support" else None
        if helped is not None:
            return helped
        led = f"{known} {what}"
    if c.target is None or number in led.split():
        return led
    return _with_number(led, c.target, number, amount, counted, unit_words)


def _with_number(led: str, target: float, number: str, amount: str, counted: str,
                 unit_words: list[str]) -> str:
    """The verb-led phrase ``led`` with the target put in where it reads naturally.

    Split out of :func:`_action`, which first finds the verb; this is the second step, where
    the number goes: after a change verb ("cut waste by 20%"), before the counted words
    ("create 6 trainee posts"), after the verb when there is no unit, or after a colon.
    """
    money_or_share = counted in _MONEY_OR_SHARE_UNITS
    verb, _, rest = led.partition(" ")
    if money_or_share:
        if verb in _CHANGE_VERBS:
            return f"{led} by {amount}"
        if verb in _MONEY_VERBS and counted != "%":
            return f"{verb} {amount} {rest}".strip()
        return f"{led}: {amount}"
    if unit_words:
        inserted = _insert_number(led, number, unit_words, target)
        if inserted is not None:
            return inserted
        if not rest:
            return f"{verb} {amount}"
        if unit_words[0].lower() in _AMOUNT_UNITS:
            return f"{verb} {amount} of {rest}"  # "keep 20 tonnes of waste out of landfill"
        return f"{led}: {amount}"
    # no unit: the number goes after the verb ("recruit 10 volunteers")
    rest_words = rest.split(" ")
    if rest_words and rest_words[0].lower() in ("a", "an") and not _is_one(target):
        rest_words = _plural_noun(rest_words[1:])  # "host a job fair" → "host 2 job fairs"
    elif rest_words and rest_words[0].lower() in ("a", "an", "the"):
        rest_words = rest_words[1:]
    return " ".join([verb, number, *rest_words]).strip()


def _time_phrase(timeframe: str) -> str:
    """The timeframe as it follows the action: " by March 2027", ", 2 a year"."""
    text = _clean(timeframe)
    if not text:
        return ""
    lowered = text.lower()
    if lowered in _VAGUE_TIME_PHRASES:
        replacement = _VAGUE_TIME_PHRASES[lowered]
        return f" {replacement}" if replacement else ""
    if _RATE.match(text) or lowered.startswith(_TIME_FOLLOWS):
        return f", {_lower_first(text)}"  # "…, 2 a year, starting by month 3"
    if lowered.startswith(_TIME_STARTS):
        return f" {_lower_first(text)}"
    if _DURATION.match(text):
        return f" over {text}"
    if lowered.startswith("end of "):
        return f" by the {text}"
    if re.match(r"^year\s+\d", lowered):
        return f" in {_upper_first(text)}"
    return f" by {text}"


def _baseline_phrase(baseline: str, target: float | None, unit_words: list[str],
                     verb: str) -> str:
    """The starting point in brackets: " (all new posts)", " (up from 8 a year)"."""
    text = _clean(baseline).replace("(", ", ").replace(")", "")
    text = " ".join(text.replace(" ,", ",").split()).strip(", ")
    if not text:
        return ""
    lowered = text.lower()
    first, _, rest = lowered.partition(" ")
    first = first.strip(",")
    if first in _ZERO_BASELINES or lowered.startswith(("no ", "none ", "nothing ")):
        noun = re.search(r"\bnew\s+([a-z][a-z ]*)$", rest.strip(", "))
        if noun:
            return f" (all new {noun.group(1).strip()})"
        head = unit_words[-1].lower() if unit_words else ""
        if head and _VERB_FOR_UNIT.get(_singular(head)) in ("create", "offer", "run", "plant"):
            return f" (all new {head})"
        return " (all new)"
    for prefix in ("currently ", "at present ", "now ", "today "):
        if lowered.startswith(prefix):
            text = text[len(prefix):]
            lowered = text.lower()
    if lowered.split(" ", 1)[0] in ("we", "our", "there", "it", "this", "they"):
        return f" ({_lower_first(text)})"  # a clause: "(we do not run one yet)"
    number = re.match(r"^£?(\d[\d,]*(?:\.\d+)?)\b", text)
    if number and target is not None:
        value = float(number.group(1).replace(",", ""))
        if verb in _CHANGE_VERBS - {"increase", "raise", "grow", "improve"}:
            return f" (from {_lower_first(text)})"
        if value < float(target):
            return f" (up from {_lower_first(text)})"
    return f" (currently {_lower_first(text)})"


def _delivery_sentence(c: Commitment) -> str:
    """Who leads it, the evidence and the reporting, as one sentence (or "")."""
    owner = _clean(re.sub(r"^(?:led\s+by|lead\s*:)\s*", "", c.owner.strip(), flags=re.I))
    evidence = _lower_first(_clean(c.evidence_method))
    reporting = _lower_first(_clean(c.reporting_frequency))
    reporting = re.sub(r"^(?:reported|reporting|report(?:s)?)(?:\s+on\s+it)?\s+", "", reporting,
                       flags=re.IGNORECASE)
    parts: list[str] = []
    if owner:
        if "," in owner:
            owner += ","  # "Sam Patel, our coordinator, will lead this"
        parts.append(f"{owner} will lead this")  # always first, so it keeps its capital
    if evidence:
        lowered = evidence.lower()
        if lowered.startswith("by "):
            parts.append(f"we will show it {evidence}")
        else:
            for preposition in _EVIDENCE_PREPOSITIONS:
                if lowered.startswith(preposition):
                    evidence = evidence[len(preposition):]
                    break
            parts.append(f"the evidence will be {evidence}")
    if reporting:
        if owner and not evidence:
            parts[-1] += f" and report on it {reporting}"
        else:
            parts.append(f"we will report on it {reporting}")
    if not parts:
        return ""
    text = f"{parts[0]}; {parts[1]}, and {parts[2]}" if len(parts) == 3 else ", and ".join(parts)
    return _upper_first(text) + "."


def _value_sentence(c: Commitment, include_value: bool, outcome: str) -> str:
    outcome = _clean(outcome)
    value = total_value(c) if include_value else None
    worth = f"worth {format_money(value)} using the council's own values" \
        if value is not None else ""
    if outcome and worth:
        return f"This helps meet the council's priority “{outcome}”, and is {worth}."
    if outcome:
        return f"This helps meet the council's priority “{outcome}”."
    if worth:
        return f"This is {worth}."
    return ""


def describe_commitment(c: Commitment, *, include_value: bool = False,
                        outcome: str = "") -> str:
    """The commitment as a person would write it in an answer, for example:

    "We will support 12 local people into paid work by March 2027 (up from 8 a
    year). Our employment coordinator will lead this, and we will report on it
    quarterly."

    Parts that are empty are left out; ``""`` when the commitment says nothing
    yet. ``outcome`` is the council's priority it serves, named when given;
    ``include_value`` adds its value by the council's own values per unit.
    """
    action = _action(c)
    if not action:
        return ""
    unit_words, _ = _unit_parts(_clean(c.unit))
    sentence = "We will " + action + _time_phrase(c.timeframe) + _baseline_phrase(
        c.baseline, c.target, unit_words, action.split(" ", 1)[0]) + "."
    more = [s for s in (_delivery_sentence(c), _value_sentence(c, include_value, outcome)) if s]
    return " ".join([sentence, *more])


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


