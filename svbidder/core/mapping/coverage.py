"""How well an organisation's activities cover what a buyer wants, and ideas for the gaps.

:func:`coverage` counts, for every theme and outcome of a framework, the
confirmed links from activities and the evidence behind them, and says in
plain words how strong that is ("Strong: 3 activities, 4 pieces of evidence").
Colour in the app always sits beside these words, never instead of them.

:func:`gap_ideas` suggests realistic, proportionate things a small
organisation could offer for each outcome it does not yet cover, from the
ideas bank in ``resources/matching/ideas.json`` (keyed by the concepts of the
social value vocabulary, so it works with any framework).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..priorities.frameworks import find_framework
from ..storage.records import Framework, Mapping, Outcome, Theme
from ..storage.workspace import Workspace
from .links import framework_outcomes, index_for
from .matching import Vocabulary, load_vocabulary, outcome_concepts

STRENGTHS = ("none", "some", "strong")
STRENGTH_WORDS = {"none": "Gap", "some": "Some", "strong": "Strong"}
# A priority is "strong" with this many confirmed activities and some evidence.
STRONG_LINKS = 2


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


@dataclass(frozen=True)
class OutcomeCoverage:
    theme: Theme
    outcome: Outcome
    confirmed_links: int
    suggested_links: int
    rejected_links: int
    evidence_count: int
    activity_ids: tuple[int, ...]  # the confirmed ones
    strength: str  # "strong", "some" or "none"
    label: str

    @property
    def level(self) -> float:
        """0, 0.5 or 1: for drawing a bar (always shown with :attr:`label`)."""
        return STRENGTHS.index(self.strength) / 2


@dataclass(frozen=True)
class ThemeCoverage:
    theme: Theme
    outcomes: tuple[OutcomeCoverage, ...]
    strength: str
    label: str

    @property
    def covered(self) -> int:
        return sum(o.strength != "none" for o in self.outcomes)

    @property
    def level(self) -> float:
        """0..1, the average of the outcomes' levels, for a bar beside :attr:`label`."""
        return sum(o.level for o in self.outcomes) / len(self.outcomes) if self.outcomes else 0.0


@dataclass(frozen=True)
class Coverage:
    framework: Framework
    themes: tuple[ThemeCoverage, ...]
    label: str

    def outcomes(self) -> list[OutcomeCoverage]:
        return [o for theme in self.themes for o in theme.outcomes]

    def gaps(self) -> list[OutcomeCoverage]:
        """Outcomes no activity is linked to yet, in framework order."""
        return [o for o in self.outcomes() if o.strength == "none"]


def _outcome_label(confirmed: int, suggested: int, evidence: int, strength: str) -> str:
    if strength == "none":
        text = "Gap: no activity linked yet"
        if suggested:
            text += f" ({_plural(suggested, 'suggestion')} to look at)"
        return text
    evidence_text = (f"{_plural(evidence, 'piece')} of evidence" if evidence
                     else "no evidence linked yet")
    return f"{STRENGTH_WORDS[strength]}: {_plural(confirmed, 'activity', 'activities')}, " \
           f"{evidence_text}"


def coverage(ws: Workspace, framework_id: int | str) -> Coverage:
    """How strongly each theme and outcome of a framework is covered by confirmed links.

    Evidence counts the distinct evidence items linked to the confirmed links
    themselves or to the confirmed activities.
    """
    framework = find_framework(ws, framework_id)
    pairs = framework_outcomes(ws, framework.saved_id)
    by_outcome: dict[int, list[Mapping]] = {}
    for mapping in ws.find(Mapping, order_by="id"):
        by_outcome.setdefault(mapping.outcome_id, []).append(mapping)
    activity_evidence: dict[int, set[int]] = {}
    for activity_id, evidence_id in ws.linked("activity_evidence"):
        activity_evidence.setdefault(activity_id, set()).add(evidence_id)
    mapping_evidence: dict[int, set[int]] = {}
    for mapping_id, evidence_id in ws.linked("mapping_evidence"):
        mapping_evidence.setdefault(mapping_id, set()).add(evidence_id)

    themes: dict[int, list[OutcomeCoverage]] = {}
    theme_records: dict[int, Theme] = {}
    for theme, outcome in pairs:
        theme_records[theme.saved_id] = theme
        links = by_outcome.get(outcome.saved_id, [])
        confirmed = [m for m in links if m.status == "confirmed"]
        suggested = sum(m.status == "suggested" for m in links)
        rejected = sum(m.status == "rejected" for m in links)
        evidence: set[int] = set()
        for mapping in confirmed:
            evidence |= mapping_evidence.get(mapping.saved_id, set())
            evidence |= activity_evidence.get(mapping.activity_id, set())
        if not confirmed:
            strength = "none"
        elif len(confirmed) >= STRONG_LINKS and evidence:
            strength = "strong"
        else:
            strength = "some"
        themes.setdefault(theme.saved_id, []).append(OutcomeCoverage(
            theme=theme, outcome=outcome, confirmed_links=len(confirmed),
            suggested_links=suggested, rejected_links=rejected, evidence_count=len(evidence),
            activity_ids=tuple(sorted({m.activity_id for m in confirmed})), strength=strength,
            label=_outcome_label(len(confirmed), suggested, len(evidence), strength)))
    # themes without outcomes still appear, as having nothing to cover
    result = []
    for theme in ws.find(Theme, order_by="position, id", framework_id=framework.id):
        outcomes = tuple(themes.get(theme.saved_id, ()))
        covered = sum(o.strength != "none" for o in outcomes)
        strong = sum(o.strength == "strong" for o in outcomes)
        if not outcomes:
            strength, label = "none", "No outcomes in this theme"
        else:
            if covered == 0:
                strength = "none"
            elif covered == len(outcomes) and strong * 2 >= len(outcomes):
                strength = "strong"
            else:
                strength = "some"
            label = f"{STRENGTH_WORDS[strength]}: {covered} of " \
                    f"{_plural(len(outcomes), 'outcome')} covered"
            if strong:
                label += f" ({strong} strongly)"
        result.append(ThemeCoverage(theme=theme, outcomes=outcomes, strength=strength,
                                    label=label))
    total = sum(len(t.outcomes) for t in result)
    covered_all = sum(t.covered for t in result)
    gaps = total - covered_all
    label = (f"{covered_all} of {_plural(total, 'outcome')} covered by your activities; "
             f"{_plural(gaps, 'gap')}")
    return Coverage(framework=framework, themes=tuple(result), label=label)


# ------------------------------------------------------------------ ideas

@dataclass(frozen=True)
class Idea:
    title: str
    text: str
    concept_id: str = ""


@dataclass(frozen=True)
class GapIdea:
    """Ideas for one outcome that is not covered yet."""

    theme: Theme
    outcome: Outcome
    coverage: OutcomeCoverage
    ideas: tuple[Idea, ...]
    concepts: tuple[str, ...]  # what the outcome is about, as plain labels


def ideas_path() -> Path:
    from ...paths import bundled_path

    return bundled_path("matching", "ideas.json")


@lru_cache(maxsize=4)
def _load_ideas(path: str) -> dict[str, tuple[Idea, ...]]:
    data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    bank: dict[str, tuple[Idea, ...]] = {}
    for concept_id, items in data["ideas"].items():
        bank[concept_id] = tuple(Idea(str(i["title"]), str(i["text"]), concept_id)
                                 for i in items)
    return bank


def load_ideas(path: Path | None = None) -> dict[str, tuple[Idea, ...]]:
    """The ideas bank: concept id -> ideas (``"_any"`` holds ideas for any priority)."""
    return _load_ideas(str(path or ideas_path()))


def _ideas_for_concepts(concepts: list[str], vocabulary: Vocabulary,
                        bank: dict[str, tuple[Idea, ...]], limit: int) -> list[Idea]:
    chosen: list[Idea] = []
    seen_titles: set[str] = set()

    def take(concept_id: str) -> None:
        for idea in bank.get(concept_id, ()):
            if len(chosen) < limit and idea.title not in seen_titles:
                chosen.append(idea)
                seen_titles.add(idea.title)

    for concept_id in concepts:  # the outcome's own ideas first: at most two from each
        before = len(chosen)
        for idea in bank.get(concept_id, ()):
            if len(chosen) - before == 2 or len(chosen) == limit:
                break
            if idea.title not in seen_titles:
                chosen.append(idea)
                seen_titles.add(idea.title)
    for concept_id in concepts:  # then broader ideas
        for parent in vocabulary.ancestors.get(concept_id, {}):
            take(parent)
    take("_any")
    return chosen


def gap_ideas(ws: Workspace, framework_id: int | str, *, per_gap: int = 3,
              include_some: bool = False) -> list[GapIdea]:
    """For each outcome no activity covers yet, ideas a small organisation could offer.

    With ``include_some``, outcomes covered by a single activity without
    evidence are included too.
    """
    result = coverage(ws, framework_id)
    index = index_for(ws, result.framework.saved_id)
    positions = {o.outcome_id: i for i, o in enumerate(index.outcomes)}
    vocabulary = load_vocabulary()
    bank = load_ideas()
    gaps = []
    for item in result.outcomes():
        weak = (include_some and item.strength == "some" and item.evidence_count == 0)
        if item.strength != "none" and not weak:
            continue
        position = positions.get(item.outcome.id)
        concepts = [cid for cid, _ in outcome_concepts(index, position)] \
            if position is not None else []
        ideas = _ideas_for_concepts(concepts, vocabulary, bank, per_gap)
        gaps.append(GapIdea(theme=item.theme, outcome=item.outcome, coverage=item,
                            ideas=tuple(ideas),
                            concepts=tuple(vocabulary.concepts[c].label for c in concepts[:3])))
    return gaps
