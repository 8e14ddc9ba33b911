"""Guided prompts: plain questions whose answers build a first draft.

Prompt sets live in ``resources/prompts/*.json`` (format in the README there):
one for general social value and one for each common theme (jobs and skills,
volunteering, local spend, health and wellbeing, community, environment, fair
work). :func:`choose_prompt_set` picks the set that fits a question from words
in its text, guidance and target outcomes, and says why.

A person's answers to the prompts are kept in ``Answer.prompt_answers`` (a JSON
object: prompt id → text). The sets share prompt ids for the common questions
("what", "who-where", "how-much", "when", "owner", "measure", "track-record",
"additional"), so answers carry over when someone switches sets. Keys starting
with ``_`` are reserved: ``_last_built`` holds the draft as last built, so
:func:`draft_status` can tell whether the person has edited it since, and
``_prompt_set`` the set they chose by hand.

:func:`build_draft` assembles the answers under the sub-headings evaluators
look for. :func:`apply_draft` puts a draft into the answer, keeping the current
text as a version first, and refuses to overwrite edits unless told to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ...paths import bundled_path, require_files
from ..errors import SvBidderError
from ..storage.records import Answer, Outcome, Question
from ..storage.workspace import Workspace
from ..text.search import fold
from .bids import answer_for, question_outcomes
from .revisions import REASON_BUILD, snapshot

FORMAT = "svbidder-prompts"
FORMAT_VERSION = 1
GENERAL_ID = "general"
LAST_BUILT_KEY = "_last_built"
PROMPT_SET_KEY = "_prompt_set"

# How much a keyword found in each place counts towards choosing a set.
WEIGHT_QUESTION = 3
WEIGHT_OUTCOMES = 2
WEIGHT_GUIDANCE = 1


class PromptSetError(SvBidderError):
    """A prompt set file is missing or has mistakes (every problem is listed)."""


@dataclass(frozen=True)
class Prompt:
    id: str
    heading: str
    question: str
    help: str = ""
    example: str = ""


@dataclass(frozen=True)
class PromptSet:
    id: str
    title: str
    description: str
    match: tuple[str, ...]
    prompts: tuple[Prompt, ...]
    path: Path | None = field(default=None, compare=False)

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    @property
    def headings(self) -> list[str]:
        """The draft's sub-headings, in order."""
        return list(dict.fromkeys(p.heading for p in self.prompts))


# ------------------------------------------------------------------ loading

def _problems(data: Any, name: str) -> list[str]:
    problems: list[str] = []
    if not isinstance(data, dict):
        return [f"{name}: the file must hold one JSON object"]
    version = data.get("version", 1)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        problems.append(f"{name}: version {version!r} is newer than this svbidder understands")
    for key in ("id", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.append(f"{name}: “{key}” is missing")
    match = data.get("match", [])
    if not isinstance(match, list) or not all(isinstance(m, str) for m in match):
        problems.append(f"{name}: “match” must be a list of words")
    prompts = data.get("prompts")
    if not isinstance(prompts, list) or not prompts:
        problems.append(f"{name}: “prompts” must be a list of at least one prompt")
        return problems
    seen: set[str] = set()
    for index, prompt in enumerate(prompts):
        problems.extend(_prompt_problems(prompt, f"{name}: prompts[{index}]", seen))
    return problems


def _prompt_problems(prompt: Any, where: str, seen: set[str]) -> list[str]:
    """What is wrong with one prompt of a set; ``seen`` gathers the ids so far.

    Split out of :func:`_problems` so the checks on the set and on each prompt read apart.
    """
    if not isinstance(prompt, dict):
        return [f"{where} is not an object"]
    problems: list[str] = []
    for key in ("id", "heading", "question"):
        if not isinstance(prompt.get(key), str) or not prompt[key].strip():
            problems.append(f"{where}.{key} is missing")
    for key in ("help", "example"):
        if key in prompt and not isinstance(prompt[key], str):
            problems.append(f"{where}.{key} must be text")
    prompt_id = prompt.get("id")
    if isinstance(prompt_id, str):
        if prompt_id.startswith("_"):
            problems.append(f"{where}.id “{prompt_id}” must not start with _ (reserved)")
        if prompt_id in seen:
            problems.append(f"{where}.id “{prompt_id}” is used twice")
        seen.add(prompt_id)
    return problems


def prompt_set_from_dict(data: Any, name: str = "prompt set",
                         path: Path | None = None) -> PromptSet:
    """Check and read one prompt set; :class:`PromptSetError` lists every problem."""
    problems = _problems(data, name)
    if problems:
        raise PromptSetError(f"The prompt set {name} cannot be used:\n  " +
                             "\n  ".join(problems))
    prompts = tuple(Prompt(id=p["id"].strip(), heading=p["heading"].strip(),
                           question=p["question"].strip(), help=p.get("help", "").strip(),
                           example=p.get("example", "").strip())
                    for p in data["prompts"])
    return PromptSet(id=data["id"].strip(), title=data["title"].strip(),
                     description=str(data.get("description", "")).strip(),
                     match=tuple(m.strip() for m in data.get("match", []) if m.strip()),
                     prompts=prompts, path=path)


@lru_cache(maxsize=4)
def _load(directory: Path) -> tuple[PromptSet, ...]:
    sets: list[PromptSet] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            sets.append(prompt_set_from_dict(data, f"“{path.name}”", path))
        except (OSError, ValueError) as exc:
            problems.append(f"“{path.name}”: {exc}")
        except PromptSetError as exc:
            problems.append(str(exc))
    ids = [s.id for s in sets]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"two prompt sets have the id “{duplicate}”")
    if problems:
        raise PromptSetError("Some prompt sets could not be read: " + "; ".join(problems))
    if GENERAL_ID not in ids:
        raise PromptSetError(f"The “{GENERAL_ID}” prompt set is missing from {directory}.")
    # The general set first, then the others in file order.
    return tuple(sorted(sets, key=lambda s: s.id != GENERAL_ID))


def load_prompt_sets(directory: Path | None = None) -> list[PromptSet]:
    """Every prompt set, the general one first (read once, then cached)."""
    if directory is None:  # the bundled sets: a missing or empty folder is a broken install
        directory = bundled_path("prompts")
        require_files(directory, "*.json")
    return list(_load(Path(directory).resolve()))


def prompt_set_by_id(set_id: str, directory: Path | None = None) -> PromptSet:
    for prompt_set in load_prompt_sets(directory):
        if prompt_set.id == set_id:
            return prompt_set
    raise PromptSetError(f"There is no prompt set called “{set_id}”.")


# ----------------------------------------------------------------- choosing

class PromptChoice(NamedTuple):
    """The chosen set and why. Unpacks as ``prompt_set, reason``; attributes
    of the set (``id``, ``title``, ``prompts``…) can be read from it directly."""

    prompt_set: PromptSet
    reason: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.prompt_set, name)


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    words = fold(keyword).split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w'-]*")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w-])")


@lru_cache(maxsize=512)
def _pattern(keyword: str) -> re.Pattern[str]:
    return _keyword_pattern(keyword)


def _found(prompt_set: PromptSet, text: str) -> list[str]:
    """The set's keywords that appear in (folded) ``text``, as they appear."""
    hits: list[str] = []
    for keyword in prompt_set.match:
        match = _pattern(keyword).search(text)
        if match and match.group() not in hits:
            hits.append(match.group())
    return hits


def score_prompt_sets(question_text: str, guidance: str = "",
                      outcome_titles: Iterable[str] = (),
                      sets: Iterable[PromptSet] | None = None
                      ) -> list[tuple[PromptSet, int, list[str]]]:
    """Every themed set with its score and the words that matched, best first."""
    question = fold(question_text or "")
    guide = fold(guidance or "")
    outcomes = fold("\n".join(outcome_titles))
    scored = []
    for order, prompt_set in enumerate(sets if sets is not None else load_prompt_sets()):
        if prompt_set.id == GENERAL_ID:
            continue
        in_question = _found(prompt_set, question)
        in_outcomes = _found(prompt_set, outcomes)
        in_guidance = _found(prompt_set, guide)
        score = (WEIGHT_QUESTION * len(in_question) + WEIGHT_OUTCOMES * len(in_outcomes)
                 + WEIGHT_GUIDANCE * len(in_guidance))
        words = list(dict.fromkeys(in_question + in_outcomes + in_guidance))
        scored.append((order, prompt_set, score, words))
    scored.sort(key=lambda item: (-item[2], item[0]))
    return [(prompt_set, score, words) for _, prompt_set, score, words in scored]


def _quote_list(words: list[str]) -> str:
    quoted = [f"“{w}”" for w in words[:3]]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def choose_prompt_set(question_text: str, guidance: str = "",
                      outcome_titles: Iterable[str] = (),
                      directory: Path | None = None) -> PromptChoice:
    """The prompt set that best fits a question, and a plain reason.

    Keywords of each themed set are looked for in the question (counting
    most), the titles of the outcomes it targets, and its guidance. With no
    match, or for delivery-plan questions that cover everything, the general
    set is chosen.
    """
    outcome_titles = [str(t) for t in outcome_titles]
    sets = load_prompt_sets(directory)
    general = next(s for s in sets if s.id == GENERAL_ID)
    ranking = score_prompt_sets(question_text, guidance, outcome_titles, sets)
    if not ranking or ranking[0][1] == 0:
        return PromptChoice(general, "No particular theme was found in the question, so the "
                                     "general prompts are used.")
    best, score, words = ranking[0]
    words = _as_written(words, [question_text or "", "\n".join(outcome_titles),
                                guidance or ""])
    runner_up = ranking[1][1] if len(ranking) > 1 else 0
    if _is_delivery_plan(question_text) and score < 3 * WEIGHT_QUESTION:
        return PromptChoice(general, "The question asks for a delivery plan covering all "
                                     "your commitments, so the general prompts are used.")
    if _found(best, fold(question_text or "")):
        where = "the question mentions"
    elif _found(best, fold("\n".join(outcome_titles))):
        where = "the outcomes it targets mention"
    else:
        where = "the guidance mentions"
    reason = f"Chosen because {where} {_quote_list(words)}."
    if runner_up and runner_up == score:
        second = ranking[1][0]
        reason += f" “{second.title}” fits equally well; you can switch."
    return PromptChoice(best, reason)


def _as_written(words: list[str], texts: list[str]) -> list[str]:
    """Matched (folded) words as the question wrote them, without ones that are
    part of a longer match ("living wage" inside "real living wage")."""
    shown: list[str] = []
    for word in words:
        if any(word != other and word in other for other in words):
            continue
        for text in texts:
            found = re.search(re.escape(word).replace(r"\ ", r"[\s-]+"), text, re.IGNORECASE)
            if found:
                word = found.group()
                break
        shown.append(word)
    return shown


_DELIVERY = re.compile(r"\b(delivery plan|deliver(ing)? and report(ing)?|monitor(ing)? and "
                       r"report(ing)?|governance)\b")


def _is_delivery_plan(text: str) -> bool:
    return bool(_DELIVERY.search(fold(text or "")))


# ------------------------------------------------------------------ answers

class PromptAnswers:
    """The guided-prompt answers of one answer, read from and written to the
    ``Answer.prompt_answers`` JSON. Bad or missing JSON reads as no answers."""

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data: dict[str, str] = {}
        for key, value in (data or {}).items():
            if isinstance(key, str) and isinstance(value, str):
                self._data[key] = value

    @classmethod
    def from_json(cls, text: str | None) -> PromptAnswers:
        try:
            data = json.loads(text or "{}")
        except (TypeError, ValueError):
            return cls()
        return cls(data if isinstance(data, dict) else None)

    @classmethod
    def of(cls, answer: Answer) -> PromptAnswers:
        return cls.from_json(answer.prompt_answers)

    def to_json(self) -> str:
        return json.dumps(self._data, ensure_ascii=False, sort_keys=True)

    def get(self, prompt_id: str) -> str:
        return self._data.get(prompt_id, "")

    def set(self, prompt_id: str, text: str) -> None:
        if prompt_id.startswith("_"):
            raise ValueError(f"“{prompt_id}” is reserved; prompt ids cannot start with _.")
        if text:
            self._data[prompt_id] = text
        else:
            self._data.pop(prompt_id, None)

    @property
    def answers(self) -> dict[str, str]:
        """Prompt id → text, without the reserved keys."""
        return {k: v for k, v in self._data.items() if not k.startswith("_")}

    @property
    def last_built(self) -> str:
        return self._data.get(LAST_BUILT_KEY, "")

    @last_built.setter
    def last_built(self, markdown: str) -> None:
        self._data[LAST_BUILT_KEY] = markdown

    @property
    def prompt_set_id(self) -> str:
        """The set chosen by hand, or ``""`` to choose automatically."""
        return self._data.get(PROMPT_SET_KEY, "")

    @prompt_set_id.setter
    def prompt_set_id(self, set_id: str) -> None:
        if set_id:
            self._data[PROMPT_SET_KEY] = set_id
        else:
            self._data.pop(PROMPT_SET_KEY, None)

    def answered(self, prompt_set: PromptSet) -> int:
        """How many of the set's prompts have an answer."""
        return sum(1 for p in prompt_set.prompts if self.get(p.id).strip())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PromptAnswers) and other._data == self._data

    def __repr__(self) -> str:
        return f"PromptAnswers({self._data!r})"


# ------------------------------------------------------------------ drafting

def _clean_block(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n")
             .split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def build_draft(prompt_set: PromptSet, answers: Mapping[str, str] | PromptAnswers, *,
                headings: bool = True) -> str:
    """A first draft in Markdown: each answered prompt under its sub-heading
    (``## What we will do``…), prompts that share a heading together, blank
    answers and headings left out. ``headings=False`` gives paragraphs only,
    for tight character limits. Answers to prompts not in the set are ignored
    (they stay stored)."""
    if isinstance(answers, PromptAnswers):
        answers = answers.answers
    sections: dict[str, list[str]] = {}
    for prompt in prompt_set.prompts:
        text = _clean_block(str(answers.get(prompt.id, "") or ""))
        if text:
            sections.setdefault(prompt.heading, []).append(text)
    blocks: list[str] = []
    for heading, texts in sections.items():
        if headings:
            blocks.append(f"## {heading}")
        blocks.extend(texts)
    return "\n\n".join(blocks)


def _same_text(a: str, b: str) -> bool:
    return _clean_block(a) == _clean_block(b)


def draft_status(current_markdown: str, last_built_markdown: str) -> str:
    """``"empty"`` (nothing written: build freely), ``"unchanged"`` (the answer
    is still the last built draft: rebuild freely) or ``"edited"`` (the person
    has changed it or written their own: ask before replacing it)."""
    if not (current_markdown or "").strip():
        return "empty"
    if last_built_markdown and _same_text(current_markdown, last_built_markdown):
        return "unchanged"
    return "edited"


# --------------------------------------------------------- the workspace

def prompt_answers_for(ws: Workspace, question_id: int) -> PromptAnswers:
    return PromptAnswers.of(answer_for(ws, question_id, create=False))


def _store(ws: Workspace, question_id: int, answers: PromptAnswers, *, typing: bool,
           label: str) -> Answer:
    answer = answer_for(ws, question_id, create=False)
    if answer.id is None:
        return ws.add(Answer(question_id=question_id, prompt_answers=answers.to_json()),
                      label=label)
    return ws.update(Answer, answer.id, typing=typing, label=label,
                     prompt_answers=answers.to_json())


def save_prompt_answer(ws: Workspace, question_id: int, prompt_id: str, text: str, *,
                       typing: bool = True) -> Answer:
    """Save one prompt's answer (saves made while typing undo together)."""
    answers = prompt_answers_for(ws, question_id)
    answers.set(prompt_id, text)
    return _store(ws, question_id, answers, typing=typing, label="Answer a prompt")


def set_prompt_set(ws: Workspace, question_id: int, set_id: str) -> Answer:
    """Choose a question's prompt set by hand (``""`` goes back to automatic)."""
    if set_id:
        prompt_set_by_id(set_id)
    answers = prompt_answers_for(ws, question_id)
    answers.prompt_set_id = set_id
    return _store(ws, question_id, answers, typing=False, label="Choose prompts")


def prompt_set_for_question(ws: Workspace, question_id: int) -> PromptChoice:
    """The set chosen by hand for a question, else the best fit, with why."""
    chosen = prompt_answers_for(ws, question_id).prompt_set_id
    if chosen:
        try:
            prompt_set = prompt_set_by_id(chosen)
            return PromptChoice(prompt_set, f"You chose “{prompt_set.title}”.")
        except PromptSetError:
            pass  # a set that has since been removed: choose again
    question = ws.get(Question, question_id)
    titles = [ws.get(Outcome, oid).title for oid in question_outcomes(ws, question_id)]
    return choose_prompt_set(question.text, question.guidance, titles)


class DraftEditedError(SvBidderError):
    """The answer was edited since the draft was last built; ask before replacing it."""


def apply_draft(ws: Workspace, question_id: int, prompt_set: PromptSet, *, force: bool = False,
                headings: bool = True) -> Answer:
    """Build the draft from the saved prompt answers and make it the answer.

    Raises :class:`PromptSetError` when no prompt has an answer, and
    :class:`DraftEditedError` when :func:`draft_status` is ``"edited"``
    and ``force`` is false: the GUI asks "Replace your edited answer?" and calls
    again with ``force=True``. The current text is kept as a version first
    ("before Build draft"); everything is one undo step ("Build draft").
    """
    answer = answer_for(ws, question_id, create=False)
    answers = PromptAnswers.of(answer)
    draft = build_draft(prompt_set, answers, headings=headings)
    if not draft:
        raise PromptSetError("Answer at least one of the prompts first: there is nothing to "
                             "build a draft from yet.")
    if not force and draft_status(answer.body_markdown, answers.last_built) == "edited":
        raise DraftEditedError("Your answer has changed since the draft was built. "
                               "Building again would replace your changes (they would be "
                               "kept as an earlier version).")
    answers.last_built = draft
    with ws.batch("Build draft"):
        if answer.id is None:
            answer = ws.add(Answer(question_id=question_id), label="Build draft")
        else:
            snapshot(ws, answer.id, reason=REASON_BUILD)
        return ws.update(Answer, answer.id, label="Build draft", body_markdown=draft,
                         prompt_answers=answers.to_json())

