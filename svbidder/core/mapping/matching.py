"""Suggest links from what an organisation does to what a buyer wants.

The engine reads an activity ("Community café: a pay-as-you-feel café where
nobody is turned away …") and the outcomes of a framework ("Help with the cost
of living"), and proposes the outcomes the activity most likely contributes
to, each with a score from 0 to 1 and a short reason in plain English that
names the activity's own words and the outcome's words::

    “pay-as-you-feel” and “surplus food” match “cost of living”

It works offline, in pure Python, and is deterministic: the same texts always
give the same suggestions in the same order. Two methods are combined:

* **Concepts** from the social value vocabulary
  (``resources/matching/vocabulary.json``): a concept such as *loneliness and
  isolation* lists the words people use for it ("lonely", "befriending",
  "lunch club", "socially isolated" …), so different wording for the same idea
  still matches. Concepts can sit under broader ones (*food poverty* under
  *help with the cost of living*), which gives weaker, indirect matches.
* **Shared words**, scored with BM25 over lightly stemmed words, for what the
  vocabulary does not know (a council's own place names, "allotment", …).

Words and ideas that every council and charity text shares ("council",
"local", "service", "the local community") are marked generic (the words in
the shared word lists, ``resources/text/words.json``, the ideas in the
vocabulary); they never score and never give a reason, so two texts with only
those in common get no suggestion. Folding, tokenising, stemming and stop words
come from the text toolkit (:mod:`svbidder.core.text`), as for the checks.

Build a :class:`MatchIndex` once per framework with :func:`build_index`, then
call :func:`suggest` for each activity. Working on a workspace (skipping
rejected links, storing suggestions, confirming) is in
:mod:`svbidder.core.mapping`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..text.vocabulary import word_lists
from ..text.words import Token, fold, stem, tokenize

__all__ = ["ActivityText", "Concept", "MatchIndex", "Match", "OutcomeText", "Suggestion",
           "Token", "Vocabulary", "VocabularyError", "build_index", "concepts_in",
           "load_vocabulary", "outcome_concepts", "outcome_texts", "phrase_key", "stem",
           "suggest", "tokenize"]

# Minimum score for a suggestion to be offered at all.
DEFAULT_MIN_SCORE = 0.15
# Raw scores are squashed into 0..1 as raw / (raw + _HALF): a raw score of
# _HALF gives 0.5, which is about one clear concept match.
_HALF = 2.5
# How much the shared-words score counts beside the concept score.
_WORDS_FACTOR = 0.35
_K1, _B = 1.2, 0.5  # BM25
# Strength of an indirect match. An activity that mentions a concept also counts,
# more weakly, as mentioning its broader concepts (a food bank is help with the
# cost of living); so does an outcome, more weakly still, so that two narrow
# ideas under one broader idea only just match.
_ACTIVITY_UP = 0.6
_OUTCOME_UP = 0.4
_MAX_STEPS_UP = 2
# How much a "weak" term of a concept counts (a word that often, not always,
# means the idea: "trained" for skills, "connected" for loneliness).
_WEAK_TERM = 0.5

# How much each part of an outcome, and of an activity, counts.
OUTCOME_FIELD_WEIGHTS = {
    "outcome_title": 1.0, "description": 0.8, "measures": 0.7, "guidance": 0.6,
    "theme_title": 0.45, "theme_description": 0.25,
}
ACTIVITY_FIELD_WEIGHTS = {
    "title": 1.4, "description": 1.0, "tags": 0.9, "beneficiaries": 0.7,
    "outcomes_text": 0.6, "evidence": 0.5,
}


# ---------------------------------------------------------------- vocabulary

class VocabularyError(ValueError):
    """The vocabulary file is not in the expected format."""


@dataclass(frozen=True)
class Concept:
    """One social value idea and the words people use for it."""

    id: str
    label: str
    terms: tuple[str, ...]
    broader: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    weight: float = 1.0
    weak_terms: tuple[str, ...] = ()
    # an idea every council and charity text mentions ("the local community",
    # "councils"): never enough on its own to link two texts
    generic: bool = False


def phrase_key(text: str) -> tuple[str, ...]:
    """The stems of a phrase as matched (small filler words left out)."""
    fillers = word_lists().fillers
    return tuple(t.stem for t in tokenize(text) if t.folded not in fillers)


class Vocabulary:
    """Concepts, their terms (as stem sequences) and how they nest."""

    def __init__(self, concepts: Sequence[Concept], generic_words: Iterable[str] = ()) -> None:
        # words every council and charity text shares: matched neither as shared
        # words nor as the only reason for a link (folded words and their stems)
        self.generic_words: frozenset[str] = frozenset(
            form for word in generic_words for token in tokenize(word)
            for form in (token.folded, token.stem))
        self.concepts: dict[str, Concept] = {}
        for concept in concepts:
            if concept.id in self.concepts:
                raise VocabularyError(f"The concept “{concept.id}” is listed twice.")
            self.concepts[concept.id] = concept
        for concept in concepts:
            unknown = [b for b in concept.broader if b not in self.concepts]
            if unknown:
                raise VocabularyError(f"The concept “{concept.id}” has unknown broader "
                                      f"concept(s): {', '.join(unknown)}.")
            if concept.generic and concept.broader:
                # a generic mention must never reach a meaningful idea through "broader"
                raise VocabularyError(f"The generic concept “{concept.id}” cannot have "
                                      "broader concepts.")
        # first stem -> [(phrase stems, ((concept id, strength), …))], longest phrase first
        phrases: dict[tuple[str, ...], dict[str, float]] = {}
        for concept in concepts:
            for terms, strength in ((concept.terms, 1.0), (concept.weak_terms, _WEAK_TERM)):
                for term in terms:
                    key = phrase_key(term)
                    if key:
                        found = phrases.setdefault(key, {})
                        found[concept.id] = max(found.get(concept.id, 0.0), strength)
        self._phrases: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, float], ...]]]] = {}
        for key in sorted(phrases, key=lambda k: (-len(k), k)):
            self._phrases.setdefault(key[0], []).append((key, tuple(phrases[key].items())))
        self._acronyms: dict[str, tuple[tuple[str, float], ...]] = {}
        for concept in concepts:
            for acronym in concept.acronyms:
                self._acronyms[acronym] = (*self._acronyms.get(acronym, ()), (concept.id, 1.0))
        self.ancestors: dict[str, dict[str, int]] = {
            cid: self._ancestors_of(cid) for cid in self.concepts}
        self.generic_concepts: frozenset[str] = frozenset(
            cid for cid, concept in self.concepts.items() if concept.generic)

    def is_generic_word(self, token: Token) -> bool:
        """Whether a word is one every council and charity text shares."""
        return token.folded in self.generic_words or token.stem in self.generic_words

    def _ancestors_of(self, cid: str) -> dict[str, int]:
        """The broader concepts of ``cid``, each with how many steps up it is."""
        found: dict[str, int] = {}
        frontier = [cid]
        for steps in range(1, _MAX_STEPS_UP + 1):
            next_frontier = []
            for current in frontier:
                for parent in self.concepts[current].broader:
                    if parent != cid and parent not in found:
                        found[parent] = steps
                        next_frontier.append(parent)
            frontier = next_frontier
        return found

    @classmethod
    def from_dict(cls, data: Any) -> Vocabulary:
        if not isinstance(data, dict) or not isinstance(data.get("concepts"), list):
            raise VocabularyError("A vocabulary is a JSON object with a list of “concepts”.")
        concepts = []
        for index, raw in enumerate(data["concepts"]):
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise VocabularyError(f"concepts[{index}] needs an “id”.")
            terms = raw.get("terms", [])
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise VocabularyError(f"concepts[{index}].terms must be a list of text.")
            concepts.append(Concept(
                id=raw["id"], label=str(raw.get("label") or raw["id"]), terms=tuple(terms),
                broader=tuple(raw.get("broader", ())), acronyms=tuple(raw.get("acronyms", ())),
                weight=float(raw.get("weight", 1.0)),
                weak_terms=tuple(raw.get("weak_terms", ())),
                generic=bool(raw.get("generic", False))))
        # the bundled vocabulary takes the shared generic words (resources/text/words.json)
        generic_words = data.get("generic_words", word_lists().generic_words)
        if not isinstance(generic_words, list | tuple) or not all(
                isinstance(w, str) for w in generic_words):
            raise VocabularyError("“generic_words” must be a list of text.")
        return cls(concepts, generic_words)

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def find(self, tokens: Sequence[Token]
             ) -> list[tuple[tuple[tuple[str, float], ...], int, int]]:
        """Concept mentions in ``tokens``: ``(((concept id, strength), …), start, end)``.

        Positions are character offsets in the text. At each word the longest
        matching phrase wins, so "long-term unemployed" is not also read as "long term".
        """
        fillers = word_lists().fillers
        words = [t for t in tokens if t.folded not in fillers]
        stems = [t.stem for t in words]
        found = []
        i, count = 0, len(words)
        while i < count:
            acronym = self._acronyms.get(words[i].text, ())
            best = None
            for key, concepts in self._phrases.get(stems[i], ()):
                size = len(key)
                if size == 1 or (i + size <= count and tuple(stems[i:i + size]) == key):
                    best = (size, concepts)
                    break
            if best is not None:
                size, concepts = best
                if acronym:
                    concepts = (*concepts, *(a for a in acronym
                                             if a[0] not in {c for c, _ in concepts}))
                found.append((concepts, words[i].start, words[i + size - 1].end))
                i += size
            else:
                if acronym:
                    found.append((acronym, words[i].start, words[i].end))
                i += 1
        return found


def vocabulary_path() -> Path:
    from ...paths import bundled_path

    return bundled_path("matching", "vocabulary.json")


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Vocabulary:
    return Vocabulary.load(Path(path))


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The bundled social value vocabulary (read once), or the one at ``path``."""
    return _load_cached(str(path or vocabulary_path()))


# ---------------------------------------------------------------- the texts

@dataclass(frozen=True)
class OutcomeText:
    """What the engine reads of one outcome of a framework.

    ``outcome_id`` is whatever the caller uses to tell outcomes apart (a record
    id in a workspace, ``"3.1"`` in a pack); suggestions carry it back.
    """

    outcome_id: Hashable
    outcome_title: str
    theme_title: str = ""
    description: str = ""
    guidance: str = ""
    measures: tuple[str, ...] = ()
    theme_description: str = ""
    outcome_ref: str = ""
    theme_ref: str = ""

    def fields(self) -> list[tuple[str, str]]:
        return [("outcome_title", self.outcome_title), ("description", self.description),
                ("measures", "\n".join(self.measures)), ("theme_title", self.theme_title),
                ("guidance", self.guidance), ("theme_description", self.theme_description)]


@dataclass(frozen=True)
class ActivityText:
    """What the engine reads of one activity (and the evidence linked to it)."""

    title: str
    description: str = ""
    beneficiaries: str = ""
    outcomes_text: str = ""
    tags: str = ""
    evidence: tuple[str, ...] = ()
    activity_id: Hashable | None = None

    def fields(self) -> list[tuple[str, str]]:
        return [("title", self.title), ("description", self.description), ("tags", self.tags),
                ("beneficiaries", self.beneficiaries), ("outcomes_text", self.outcomes_text),
                ("evidence", "\n".join(self.evidence))]

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> ActivityText:
        """From a JSON object with ``title``, ``description`` and optional other fields."""
        def text(name: str) -> str:
            value = values.get(name)
            if isinstance(value, list):
                return ", ".join(str(v) for v in value if v is not None)
            return "" if value is None else str(value)

        evidence = values.get("evidence") or ()
        if isinstance(evidence, str):
            evidence = (evidence,)
        return cls(title=text("title"), description=text("description"),
                   beneficiaries=text("beneficiaries"), outcomes_text=text("outcomes_text"),
                   tags=text("tags"), evidence=tuple(str(e) for e in evidence),
                   activity_id=values.get("id"))


# ----------------------------------------------------------------- analysis

@dataclass
class _Analysed:
    """Concepts and words found in one text (an activity or an outcome)."""

    direct: dict[str, float] = field(default_factory=dict)
    expanded: dict[str, float] = field(default_factory=dict)
    # expanded concept -> the concept actually mentioned that gives it
    source: dict[str, str] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    terms: dict[str, float] = field(default_factory=dict)
    term_words: dict[str, str] = field(default_factory=dict)
    length: float = 0.0


def _analyse(vocabulary: Vocabulary, parts: Iterable[tuple[str, float]],
             for_query: bool) -> _Analysed:
    """The concepts and words of a text given as ``(text, weight)`` parts (its fields).

    The steps are in helpers: concepts named in each part (:func:`_add_concepts`), then
    the words, then the broader concepts they lead to (:func:`_expand_concepts`).
    """
    result = _Analysed()
    counts: dict[str, int] = {}
    term_counts: dict[str, int] = {}
    term_weight: dict[str, float] = {}
    stop_words = word_lists().stop_words
    for text, weight in parts:
        if not text or not text.strip():
            continue
        tokens = tokenize(text)
        _add_concepts(vocabulary, text, tokens, weight, result, counts)
        for token in tokens:
            word = token.stem
            if len(word) < 3 or token.folded in stop_words or word in stop_words \
                    or word.isdigit() or vocabulary.is_generic_word(token):
                continue
            if for_query:
                term_counts[word] = term_counts.get(word, 0) + 1
                term_weight[word] = max(term_weight.get(word, 0.0), weight)
            else:
                result.terms[word] = result.terms.get(word, 0.0) + weight
                result.length += weight
            result.term_words.setdefault(word, token.text)
    if for_query:
        result.terms = {word: term_weight[word] * (1.0 + 0.3 * math.log(count))
                        for word, count in term_counts.items()}
    _expand_concepts(vocabulary, result, counts, _OUTCOME_UP if not for_query else _ACTIVITY_UP)
    return result


def _add_concepts(vocabulary: Vocabulary, text: str, tokens: list[Token], weight: float,
                  result: _Analysed, counts: dict[str, int]) -> None:
    """Record the concepts named in one part of a text, with the words that name them.

    Split out of :func:`_analyse`: each concept keeps its strongest mention, ``counts``
    how often it is named, and ``result.surfaces`` each different wording once.
    """
    for concepts, start, end in vocabulary.find(tokens):
        surface = " ".join(text[start:end].split())
        for cid, strength in concepts:
            counts[cid] = counts.get(cid, 0) + 1
            if weight * strength > result.direct.get(cid, 0.0):
                result.direct[cid] = weight * strength
            seen = result.surfaces.setdefault(cid, [])
            if surface.casefold() not in (s.casefold() for s in seen):
                seen.append(surface)


def _expand_concepts(vocabulary: Vocabulary, result: _Analysed, counts: dict[str, int],
                     up: float) -> None:
    """Strengthen concepts named often, then add the broader concepts they lead to.

    Split out of :func:`_analyse` as its last step. A broader concept gets the named
    one's strength times ``up`` for each step up, unless the text names it itself.
    """
    for cid, count in counts.items():
        if count > 1:  # mentioned again and again: a little stronger
            result.direct[cid] *= 1.0 + 0.1 * min(count - 1, 3)
    for cid, value in result.direct.items():
        if value > result.expanded.get(cid, 0.0):
            result.expanded[cid] = value
            result.source[cid] = cid
    for cid, value in sorted(result.direct.items()):
        for parent, steps in vocabulary.ancestors[cid].items():
            if parent in result.direct:
                continue
            if value * up ** steps > result.expanded.get(parent, 0.0):
                result.expanded[parent] = value * up ** steps
                result.source[parent] = cid


# ------------------------------------------------------------------- results

@dataclass(frozen=True)
class Match:
    """One reason an activity matches an outcome."""

    kind: str  # "concept" (same idea), "related" (linked through a broader idea), "words"
    concept_id: str
    concept_label: str
    activity_words: tuple[str, ...]
    outcome_words: tuple[str, ...]
    weight: float
    # for "related": the outcome names the broader idea itself ("cost of living")
    outcome_is_broader: bool = False


@dataclass(frozen=True)
class Suggestion:
    """A proposed link from an activity to an outcome."""

    outcome_id: Hashable
    theme_title: str
    outcome_title: str
    score: float
    reason: str
    matched_terms: tuple[str, ...] = ()
    theme_ref: str = ""
    outcome_ref: str = ""
    matches: tuple[Match, ...] = ()

    @property
    def outcome_key(self) -> Hashable:
        return self.outcome_id

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``svbidder suggest --json`` (see docs/cli.md)."""
        return {"theme": self.theme_title, "outcome": self.outcome_title,
                "score": round(self.score, 3), "reason": self.reason,
                "theme_ref": self.theme_ref, "outcome_ref": self.outcome_ref,
                "matched_terms": list(self.matched_terms)}


# --------------------------------------------------------------------- index

class MatchIndex:
    """The outcomes of one framework, analysed once for fast matching."""

    def __init__(self, outcomes: Sequence[OutcomeText], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.outcomes = list(outcomes)
        self._docs = [
            _analyse(vocabulary, ((text, OUTCOME_FIELD_WEIGHTS[name])
                                  for name, text in outcome.fields()), for_query=False)
            for outcome in self.outcomes]
        count = len(self._docs)
        self._concepts: dict[str, list[tuple[int, float]]] = {}
        self._terms: dict[str, list[tuple[int, float]]] = {}
        for index, doc in enumerate(self._docs):
            for cid, value in doc.expanded.items():
                self._concepts.setdefault(cid, []).append((index, value))
            for word, tf in doc.terms.items():
                self._terms.setdefault(word, []).append((index, tf))

        def idf(df: float) -> float:
            return math.log(1.0 + (count - df + 0.5) / (df + 0.5))

        concepts = vocabulary.concepts
        self._concept_factor = {
            cid: idf(sum(min(1.0, v) for _, v in postings)) * concepts[cid].weight
            for cid, postings in self._concepts.items()}
        self._term_idf = {word: idf(len(postings)) for word, postings in self._terms.items()}
        total_length = sum(doc.length for doc in self._docs)
        self._avg_length = (total_length / count) if count and total_length else 1.0
        self._norms = [1.0 - _B + _B * (doc.length / self._avg_length) for doc in self._docs]

    def __len__(self) -> int:
        return len(self.outcomes)

    def _raw_scores(self, activity: _Analysed) -> list[float]:
        scores = [0.0] * len(self._docs)
        generic = self.vocabulary.generic_concepts
        for cid, value in activity.expanded.items():
            postings = self._concepts.get(cid)
            if not postings or cid in generic:
                continue  # the local community, councils: never a reason on their own
            factor = value * self._concept_factor[cid]
            for index, weight in postings:
                scores[index] += factor * weight
        norms = self._norms
        for word, weight in activity.terms.items():
            postings = self._terms.get(word)
            if not postings:
                continue
            factor = _WORDS_FACTOR * weight * self._term_idf[word]
            for index, tf in postings:
                scores[index] += factor * (tf * (_K1 + 1.0)) / (tf + _K1 * norms[index])
        return scores

    def _explain(self, activity: _Analysed, index: int) -> tuple[str, tuple[str, ...],
                                                                  tuple[Match, ...]]:
        doc = self._docs[index]
        concepts = self.vocabulary.concepts
        pairs: dict[tuple[str, str], tuple[float, str]] = {}
        for cid in activity.expanded.keys() & doc.expanded.keys():
            if cid in self.vocabulary.generic_concepts:
                continue
            weight = activity.expanded[cid] * doc.expanded[cid] * self._concept_factor[cid]
            if weight <= 0:
                continue
            pair = (activity.source[cid], doc.source[cid])
            if weight > pairs.get(pair, (0.0, ""))[0]:
                pairs[pair] = (weight, cid)
        matches: list[Match] = []
        for (a_cid, o_cid), (weight, via) in sorted(
                pairs.items(), key=lambda item: (-item[1][0], item[0])):
            kind = "concept" if a_cid == o_cid else "related"
            matches.append(Match(kind, via, concepts[via].label,
                                 tuple(activity.surfaces.get(a_cid, ())[:2]),
                                 tuple(doc.surfaces.get(o_cid, ())[:2]), round(weight, 4),
                                 outcome_is_broader=kind == "related" and o_cid == via))
        # shared words the concepts do not already explain
        explained = {fold(w) for m in matches for w in (*m.activity_words, *m.outcome_words)}
        explained_stems = {t.stem for text in explained for t in tokenize(text)}
        shared = []
        for word in activity.terms.keys() & doc.terms.keys():
            if word in explained_stems:
                continue
            shared.append((-(activity.terms[word] * self._term_idf[word]), word))
        shared.sort()
        if shared:
            words = tuple(activity.term_words[w] for _, w in shared[:3])
            matches.append(Match("words", "", "", words, tuple(doc.term_words[w]
                                                                 for _, w in shared[:3]),
                                 round(-sum(s for s, _ in shared[:3]) * _WORDS_FACTOR, 4)))
        return _reason(matches), _matched_terms(matches), tuple(matches)

    def suggest(self, activity: ActivityText, *, top: int = 3,
                exclude: Iterable[Hashable] = (), min_score: float = DEFAULT_MIN_SCORE
                ) -> list[Suggestion]:
        """The best ``top`` outcomes for ``activity``, best first (see :func:`suggest`)."""
        if top <= 0 or not self._docs:
            return []
        analysed = _analyse(self.vocabulary, ((text, ACTIVITY_FIELD_WEIGHTS[name])
                                              for name, text in activity.fields()),
                            for_query=True)
        scores = self._raw_scores(analysed)
        excluded = set(exclude)
        ranked = sorted((index for index, raw in enumerate(scores) if raw > 0
                         and self.outcomes[index].outcome_id not in excluded),
                        key=lambda index: (-round(scores[index], 9), index))
        results = []
        for index in ranked[:top]:
            score = scores[index] / (scores[index] + _HALF)
            if score < min_score:
                break
            outcome = self.outcomes[index]
            reason, terms, matches = self._explain(analysed, index)
            results.append(Suggestion(
                outcome_id=outcome.outcome_id, theme_title=outcome.theme_title,
                outcome_title=outcome.outcome_title, score=round(score, 4), reason=reason,
                matched_terms=terms, theme_ref=outcome.theme_ref,
                outcome_ref=outcome.outcome_ref, matches=matches))
        return results


def _quoted(words: Sequence[str]) -> str:
    return " and ".join(f"“{w}”" for w in words)


def _reason(matches: Sequence[Match]) -> str:
    """A short sentence naming the activity's words and the outcome's words."""
    clauses: list[str] = []
    used: set[str] = set()
    strongest = next((m.weight for m in matches if m.kind != "words"), 0.0)
    for match in matches:
        if len(clauses) == 2:
            break
        if match.kind == "words" or not match.activity_words:
            continue
        if clauses and match.weight < 0.35 * strongest:
            break
        if {fold(w) for w in match.activity_words} <= used:
            continue  # these words are already explained
        used.update(fold(w) for w in match.activity_words)
        activity = _quoted(match.activity_words)
        outcome = _quoted(match.outcome_words or (match.concept_label,))
        one = len(match.activity_words) == 1
        if {fold(w) for w in match.activity_words} == {fold(w) for w in match.outcome_words}:
            clause = f"both mention {activity}"
        elif match.kind == "concept":
            clause = f"{activity} {'matches' if one else 'match'} {outcome}"
        elif match.outcome_is_broader:
            clause = f"{activity} {'comes' if one else 'come'} under {outcome}"
        else:
            clause = f"{activity} and {outcome} are both about {match.concept_label}"
        if clause not in clauses:
            clauses.append(clause)
    words = next((m for m in matches if m.kind == "words"), None)
    if words is not None and len(clauses) < 3:
        clauses.append(f"both mention {_quoted(words.activity_words[:2])}")
    if not clauses:
        return "Some words in common"
    text = "; ".join(clauses)
    return text[0].upper() + text[1:]


def _matched_terms(matches: Sequence[Match]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for match in matches:
        for word in match.activity_words:
            seen.setdefault(fold(word), word)
    return tuple(seen.values())


def build_index(outcomes: Sequence[OutcomeText], vocabulary: Vocabulary | None = None
                ) -> MatchIndex:
    """Analyse the outcomes of a framework once, for many calls of :func:`suggest`."""
    return MatchIndex(outcomes, vocabulary or load_vocabulary())


def suggest(index: MatchIndex, activity: ActivityText, top: int = 3,
            exclude: Iterable[Hashable] = (), min_score: float = DEFAULT_MIN_SCORE
            ) -> list[Suggestion]:
    """The outcomes ``activity`` most likely contributes to, best first.

    At most ``top`` suggestions, each scoring at least ``min_score`` (0..1).
    Outcomes whose ``outcome_id`` is in ``exclude`` (links the person rejected
    or already decided) are never proposed. Ties are broken by the outcome's
    order in the framework, so results are always the same for the same input.
    """
    return index.suggest(activity, top=top, exclude=exclude, min_score=min_score)


def outcome_texts(framework: Any) -> list[OutcomeText]:
    """The outcomes of a :class:`~svbidder.core.frameworks.FrameworkData`, in order.

    Each gets its ``record_id`` as ``outcome_id`` when it has one (a framework read
    from a workspace), else its reference (``"3.1"``), else its position (``"2.3"``).
    """
    result = []
    for t_index, theme in enumerate(framework.themes, start=1):
        for o_index, outcome in enumerate(theme.outcomes, start=1):
            key: Hashable = outcome.record_id
            if key is None:
                key = outcome.ref or f"{theme.ref or t_index}.{o_index}"
            result.append(OutcomeText(
                outcome_id=key, outcome_title=outcome.title, theme_title=theme.title,
                description=outcome.description, guidance=outcome.guidance,
                measures=tuple(m.name for m in outcome.measures),
                theme_description=theme.description, outcome_ref=outcome.ref,
                theme_ref=theme.ref))
    return result


def concepts_in(text: str, vocabulary: Vocabulary | None = None) -> dict[str, list[str]]:
    """The vocabulary concepts mentioned in ``text``: concept id -> the words used."""
    vocabulary = vocabulary or load_vocabulary()
    analysed = _analyse(vocabulary, [(text, 1.0)], for_query=False)
    return {cid: analysed.surfaces[cid] for cid in sorted(analysed.direct)}


def outcome_concepts(index: MatchIndex, position: int) -> list[tuple[str, float]]:
    """The concepts an indexed outcome is about, strongest first (direct mentions only)."""
    doc = index._docs[position]
    factor = index._concept_factor
    return sorted(((cid, value * factor.get(cid, 0.0)) for cid, value in doc.direct.items()),
                  key=lambda item: (-item[1], item[0]))
