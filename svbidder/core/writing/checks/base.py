"""The pieces every check shares: findings, rules, the context and per-bid settings."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

SEVERITIES = ("must", "should", "consider")
SEVERITY_LABELS = {"must": "Must fix", "should": "Should fix", "consider": "Consider"}
_SEVERITY_ORDER = {name: index for index, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    """Something an evaluator would notice, with where it is and why it matters.

    ``start``/``end`` are character offsets into the answer's plain text
    (``counting.markdown_to_plain``, which the editor shows); use
    :class:`~svbidder.core.checks.text.TextMap` for Markdown offsets. A finding
    about the answer as a whole (e.g. "no numbers") has ``start == end == 0``.
    """

    rule: str
    severity: str
    message: str
    start: int = 0
    end: int = 0
    why: str = ""
    guide_anchor: str = ""

    @property
    def whole_answer(self) -> bool:
        """True when the finding is about the whole answer, not one piece of text."""
        return self.start == self.end

    def sort_key(self) -> tuple[int, int, int, str]:
        return (_SEVERITY_ORDER.get(self.severity, 9), self.start, self.end, self.rule)

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "message": self.message,
                "start": self.start, "end": self.end, "why": self.why,
                "guide_anchor": self.guide_anchor}


@dataclass
class CheckContext:
    """What the checks know besides the answer's text. Every field is optional.

    ``limit_kind``: ``"words"``, ``"characters"``, ``"characters_no_spaces"`` or
    ``"pages"`` (then give ``pages``, an estimate of the pages the answer fills).
    ``outcome_titles``: the priorities the question targets. ``commitments``:
    ``records.Commitment`` objects or dicts with ``measure_text``, ``target``,
    ``unit`` and ``timeframe``. ``evidence_items``: the ``EvidenceItem`` records
    the answer uses. ``area_words``: place names the organisation works in (e.g.
    from its "area served"). ``known_terms``: acronyms and words the buyer
    uses (the question text and guidance are added automatically).
    """

    question_text: str = ""
    guidance: str = ""
    limit_kind: str | None = None
    limit_value: float | None = None
    pages: float | None = None
    outcome_titles: Sequence[str] = ()
    commitments: Sequence[Any] = ()
    evidence_items: Sequence[Any] = ()
    area_words: Sequence[str] = ()
    known_terms: Sequence[str] = ()
    today: date | None = None
    settings: CheckSettings | None = None


# ----------------------------------------------------------------- settings

@dataclass(frozen=True)
class CheckSettings:
    """Per-bid choices: rules turned off, thresholds and severities changed.

    ``thresholds`` maps a rule id to ``{name: number}`` overriding that rule's
    defaults (see ``RULES[rule_id].thresholds``). ``severities`` maps a rule id
    to ``"must"``, ``"should"`` or ``"consider"``.
    """

    disabled: frozenset[str] = frozenset()
    thresholds: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    severities: Mapping[str, str] = field(default_factory=dict)

    def enabled(self, rule_id: str) -> bool:
        return rule_id not in self.disabled

    def threshold(self, rule_id: str, name: str) -> float:
        """The threshold in force: this bid's value, or the rule's default."""
        value = self.thresholds.get(rule_id, {}).get(name)
        if value is not None:
            return value
        return RULES[rule_id].thresholds[name]

    def severity(self, rule_id: str) -> str:
        return self.severities.get(rule_id) or RULES[rule_id].severity

    def with_rule(self, rule_id: str, enabled: bool) -> CheckSettings:
        """A copy with one rule turned on or off."""
        disabled = set(self.disabled)
        (disabled.discard if enabled else disabled.add)(rule_id)
        return CheckSettings(frozenset(disabled), self.thresholds, self.severities)

    def with_threshold(self, rule_id: str, name: str, value: float | None) -> CheckSettings:
        """A copy with one threshold set (``None`` goes back to the default)."""
        if rule_id not in RULES or name not in RULES[rule_id].thresholds:
            raise ValueError(f"The check “{rule_id}” has no setting called “{name}”.")
        thresholds = {key: dict(values) for key, values in self.thresholds.items()}
        values = thresholds.setdefault(rule_id, {})
        if value is None:
            values.pop(name, None)
        else:
            values[name] = _checked_threshold(rule_id, name, value)
        thresholds = {key: values for key, values in thresholds.items() if values}
        return CheckSettings(self.disabled, thresholds, self.severities)

    def with_severity(self, rule_id: str, severity: str | None) -> CheckSettings:
        """A copy with one rule's severity changed (``None`` goes back to the default)."""
        if severity is not None and severity not in SEVERITIES:
            raise ValueError(f"“{severity}” is not a severity; use one of "
                             f"{', '.join(SEVERITIES)}.")
        severities = dict(self.severities)
        if severity is None or severity == RULES[rule_id].severity:
            severities.pop(rule_id, None)
        else:
            severities[rule_id] = severity
        return CheckSettings(self.disabled, self.thresholds, severities)

    def to_json(self) -> str:
        return json.dumps({"disabled": sorted(self.disabled),
                           "thresholds": {k: dict(v) for k, v in sorted(self.thresholds.items())},
                           "severities": dict(sorted(self.severities.items()))},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> CheckSettings:
        """Settings from :meth:`to_json`; anything unreadable or unknown is ignored."""
        try:
            data = json.loads(text) if text else {}
        except (ValueError, TypeError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        disabled = data.get("disabled")
        disabled_ids = frozenset(item for item in disabled if isinstance(item, str)
                                 and item in RULES) if isinstance(disabled, list) else frozenset()
        thresholds: dict[str, dict[str, float]] = {}
        raw = data.get("thresholds")
        if isinstance(raw, dict):
            for rule_id, values in raw.items():
                if rule_id not in RULES or not isinstance(values, dict):
                    continue
                for name, value in values.items():
                    if name not in RULES[rule_id].thresholds:
                        continue
                    try:
                        thresholds.setdefault(rule_id, {})[name] = \
                            _checked_threshold(rule_id, name, value)
                    except (ValueError, TypeError):
                        continue
        severities: dict[str, str] = {}
        raw = data.get("severities")
        if isinstance(raw, dict):
            severities = {rule_id: value for rule_id, value in raw.items()
                          if rule_id in RULES and value in SEVERITIES}
        return cls(disabled_ids, thresholds, severities)


def _checked_threshold(rule_id: str, name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"{value!r} is not a number")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"The “{name}” setting of “{rule_id}” must be a number of 0 or more.")
    return number


# -------------------------------------------------------------------- rules

RuleFunction = Callable[["RunState"], Iterable[Finding | tuple[int, int, str]]]
# A rule keeps its own type when registered, so a rule that other rules call
# (personal_data_story) still says what it yields.
_Rule = TypeVar("_Rule", bound=RuleFunction)


@dataclass(frozen=True)
class Rule:
    """One check. ``run`` yields ``(start, end, message)`` tuples (or findings)."""

    id: str
    title: str
    severity: str
    family: str
    description: str
    why: str
    guide_anchor: str
    thresholds: Mapping[str, float] = field(default_factory=dict)
    run: RuleFunction | None = None


RULES: dict[str, Rule] = {}

FAMILIES = {
    "limits": "Length",
    "specifics": "Specific, measurable, time-bound",
    "delivery": "Delivery, monitoring and reporting",
    "fit": "Answering the question",
    "evidence": "Evidence and personal data",
    "readability": "Plain English",
}


def rule(id: str, *, title: str, severity: str, family: str, description: str, why: str,
         guide: str, thresholds: Mapping[str, float] | None = None
         ) -> Callable[[_Rule], _Rule]:
    """Register a rule function in :data:`RULES` (in the order they are defined)."""
    if severity not in SEVERITIES:  # pragma: no cover - a programming mistake
        raise ValueError(severity)
    if family not in FAMILIES:  # pragma: no cover
        raise ValueError(family)

    def register(function: _Rule) -> _Rule:
        if id in RULES:  # pragma: no cover
            raise ValueError(f"duplicate rule {id}")
        RULES[id] = Rule(id=id, title=title, severity=severity, family=family,
                         description=" ".join(description.split()), why=" ".join(why.split()),
                         guide_anchor=guide, thresholds=dict(thresholds or {}), run=function)
        return function

    return register


def sort_rules() -> None:
    """Put :data:`RULES` in family order (length first, plain English last), keeping the
    order rules were defined in within each family."""
    order = list(FAMILIES)
    ordered = sorted(RULES.values(), key=lambda r: order.index(r.family))
    RULES.clear()
    RULES.update((r.id, r) for r in ordered)


class RunState:
    """What one rule sees: the analysed text, the context and its own thresholds."""

    def __init__(self, analysis: Any, context: CheckContext, settings: CheckSettings,
                 markdown: str, counts: Any) -> None:
        self.analysis = analysis
        self.text = analysis.plain
        self.context = context
        self.settings = settings
        self.markdown = markdown
        self.counts = counts
        self.rule_id = ""
        self.cache: dict[str, Any] = {}

    def threshold(self, name: str) -> float:
        return self.settings.threshold(self.rule_id, name)

    @property
    def today(self) -> date:
        return self.context.today or date.today()
