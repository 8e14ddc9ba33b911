"""Earlier versions of an answer: keeping, naming, comparing, restoring and copying.

Each answer keeps a history of :class:`~svbidder.core.records.Revision` rows.
A version is kept:

* when the person pauses typing for :data:`PAUSE_SNAPSHOT_SECONDS` (the GUI
  runs the timer and calls :func:`snapshot` with :data:`REASON_PAUSE`; start
  the timer on typing only, not after Undo or Redo — see below);
* when they ask for one, optionally with a name such as "500-word version for
  Anytown" (:data:`REASON_REQUEST`);
* before any bulk change: Build draft, restoring a version, copying another
  answer in (:data:`REASON_BUILD`, :data:`REASON_RESTORE`, :data:`REASON_COPY`).

A version identical to the newest one is not kept twice. Every change here is
one undo step; keeping a version is an undo step too ("Keep a version of the
answer"), because the workspace records every saved row for undo. That also
means a version kept right after an Undo would clear the Redo list, which is
why the idle timer should follow typing only.

Comparing works word by word (:func:`diff_words`), keeping every space and
line break, so the segments put back together give exactly the two texts.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..errors import SvBidderError
from ..storage.records import Answer, Bid, Question, Revision
from ..storage.workspace import Workspace
from ..text.search import fold
from .bids import answer_for, save_answer

PAUSE_SNAPSHOT_SECONDS = 60
"""Keep a version when typing has stopped for this long and the text differs
from the newest version (the GUI's idle timer)."""

REASON_PAUSE = "paused typing"
REASON_REQUEST = "kept by you"
REASON_BUILD = "before Build draft"
REASON_RESTORE = "before restore"
REASON_COPY = "before copying another answer in"
REASON_BULK = "before a bulk change"


class RevisionError(SvBidderError):
    """A version cannot be used as asked (for example it belongs to another answer)."""


# ----------------------------------------------------------------- keeping

def revisions_for(ws: Workspace, answer_id: int) -> list[Revision]:
    """An answer's versions, newest first."""
    return ws.find(Revision, order_by="created_at DESC, id DESC", answer_id=answer_id)


def newest_revision(ws: Workspace, answer_id: int) -> Revision | None:
    found = revisions_for(ws, answer_id)
    return found[0] if found else None


def snapshot(ws: Workspace, answer_id: int, *, reason: str, label: str = "",
             body_markdown: str | None = None, undoable: bool = True) -> Revision | None:
    """Keep the answer's current text (or ``body_markdown``) as a version.

    Versions kept by the app on its own (when the person pauses) pass
    ``undoable=False``, so Edit → Undo takes back the person's changes, not them.

    Returns the new version, or None when there is nothing to keep: the text is
    empty, or the same as the newest version. Asking for a *named* version of
    text that is already the newest, unnamed version names that one instead.
    """
    answer = ws.get(Answer, answer_id)
    body = answer.body_markdown if body_markdown is None else body_markdown
    if not body.strip():
        return None
    label = label.strip()
    newest = newest_revision(ws, answer_id)
    if newest is not None and newest.body_markdown == body:
        if label and not newest.label:
            return rename_revision(ws, newest.saved_id, label)
        if not label or newest.label == label:
            return None
    return ws.add(Revision(answer_id=answer_id, label=label, reason=reason,
                           body_markdown=body),
                  label="Keep a version of the answer", undoable=undoable)


def rename_revision(ws: Workspace, revision_id: int, label: str) -> Revision:
    """Name (or, with ``""``, unname) a version, as one undo step."""
    revision = ws.get(Revision, revision_id)
    label = label.strip()
    if revision.label == label:
        return revision
    return ws.update(Revision, revision_id, label="Rename a version", values={"label": label})


def restore(ws: Workspace, answer_id: int, revision_id: int) -> Answer:
    """Put a version's text back as the answer. The current text is kept as a
    version first ("before restore"); all of it is one undo step."""
    revision = ws.get(Revision, revision_id)
    if revision.answer_id != answer_id:
        raise RevisionError("That version belongs to a different answer.")
    answer = ws.get(Answer, answer_id)
    with ws.batch("Restore an earlier version"):
        snapshot(ws, answer_id, reason=REASON_RESTORE)
        if answer.body_markdown != revision.body_markdown:
            ws.update(Answer, answer_id, label="Restore an earlier version",
                      body_markdown=revision.body_markdown)
    return ws.get(Answer, answer_id)


def describe_revision(revision: Revision) -> str:
    """``"500-word version for Anytown (12 Mar 2026, 14:05)"`` or ``"12 Mar 2026,
    14:05 — before restore"``, for lists of versions."""
    when = _format_time(revision.created_at)
    if revision.label:
        return f"{revision.label} ({when})" if when else revision.label
    return f"{when} — {revision.reason}" if revision.reason else when


def _format_time(stamp: str) -> str:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp or ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the computer's own time zone
    return f"{moment.day} {moment:%b %Y, %H:%M}"


# --------------------------------------------------------------- comparing

@dataclass(frozen=True)
class DiffSegment:
    op: str  # "equal" | "insert" | "delete"
    text: str


_DIFF_TOKENS = re.compile(r"\s+|[^\W_]+(?:['’-][^\W_]+)*|.", re.DOTALL)


def _diff_tokens(text: str) -> list[str]:
    return _DIFF_TOKENS.findall(text)


def diff_words(old: str, new: str) -> list[DiffSegment]:
    """Word-by-word differences from ``old`` to ``new``.

    Joining the ``equal`` and ``delete`` texts gives ``old`` exactly; joining
    ``equal`` and ``insert`` gives ``new``. Within a changed stretch the
    deleted text comes before the inserted text.
    """
    a, b = _diff_tokens(old), _diff_tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    raw: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(DiffSegment("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            raw.append(DiffSegment("delete", "".join(a[i1:i2])))
        if j2 > j1:
            raw.append(DiffSegment("insert", "".join(b[j1:j2])))
    # A lone space kept between two changes makes them hard to read: fold it in.
    for index in range(1, len(raw) - 1):
        segment = raw[index]
        if segment.op == "equal" and not segment.text.strip() \
                and raw[index - 1].op != "equal" and raw[index + 1].op != "equal":
            raw[index] = DiffSegment("both", segment.text)
    return _coalesce(raw)


def _coalesce(raw: list[DiffSegment]) -> list[DiffSegment]:
    result: list[DiffSegment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            result.append(DiffSegment("delete", "".join(deleted)))
        if inserted:
            result.append(DiffSegment("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for segment in raw:
        if segment.op == "equal":
            flush()
            if segment.text:
                if result and result[-1].op == "equal":
                    result[-1] = DiffSegment("equal", result[-1].text + segment.text)
                else:
                    result.append(segment)
        else:
            if segment.op in ("delete", "both"):
                deleted.append(segment.text)
            if segment.op in ("insert", "both"):
                inserted.append(segment.text)
    flush()
    return result


# ------------------------------------------------------ formatted comparing

@dataclass(frozen=True)
class MarkedSpan:
    """Text with one formatting and one change: ``op`` is ``equal``, ``insert`` or
    ``delete``."""

    text: str
    op: str = "equal"
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class MarkedBlock:
    """One paragraph, heading or list item of a version, as the answer shows it.

    ``kind`` is ``paragraph``, ``heading``, ``bullet`` or ``number``; ``level`` the
    heading level or list depth; ``marker`` what a list item starts with ("•",
    "3."); ``op`` is ``equal`` (unchanged), ``changed`` (some words changed, or it
    became another kind of paragraph), ``insert`` or ``delete`` (all of it new, or
    all of it gone)."""

    kind: str
    level: int
    marker: str
    spans: tuple[MarkedSpan, ...]
    op: str


@dataclass(frozen=True)
class FormattedComparison:
    """Two versions as formatted text, each with its own changes marked: ``old``
    shows the deleted words, ``new`` the inserted ones."""

    old: list[MarkedBlock]
    new: list[MarkedBlock]
    words_added: int
    words_removed: int

    def summary(self) -> str:
        """``"7 words added, 1 word removed"``, or ``"No changes"``."""
        if not self.words_added and not self.words_removed:
            return "No changes"
        parts = []
        if self.words_added:
            parts.append(f"{self.words_added} {'word' if self.words_added == 1 else 'words'} "
                         "added")
        if self.words_removed:
            parts.append(f"{self.words_removed} "
                         f"{'word' if self.words_removed == 1 else 'words'} removed")
        return ", ".join(parts)


@dataclass(frozen=True)
class _Token:
    text: str
    bold: bool
    italic: bool
    block: int  # index of its block; for the break before block n, -1 - n

    @property
    def key(self) -> tuple:
        return (self.text, self.bold, self.italic, self.block < 0)


def _blocks_and_tokens(markdown: str) -> tuple[list, list[_Token], list[tuple[str, int, str]]]:
    """The answer's blocks (parsed as the Word export reads it), its tokens for
    diffing, and each block's (kind, level, marker)."""
    from .answer_markdown import parse_blocks

    blocks = parse_blocks(markdown)
    tokens: list[_Token] = []
    shapes: list[tuple[str, int, str]] = []
    counters: dict[int, int] = {}
    for index, block in enumerate(blocks):
        marker = ""
        if block.kind == "bullet":
            marker = "•"
        elif block.kind == "number":
            number = counters.get(block.list_id, block.start)
            counters[block.list_id] = number + 1
            marker = f"{number}."
        shapes.append((block.kind, block.level, marker))
        # A break before each block says what kind of paragraph it is, so a paragraph
        # turned into a list item (or a heading) shows as changed.
        tokens.append(_Token(f"\n{block.kind}{block.level}{marker}", False, False,
                             -1 - index))
        for span in block.spans:
            tokens.extend(_Token(text, span.bold, span.italic, index)
                          for text in _diff_tokens(span.text))
    return blocks, tokens, shapes


def compare_formatted(old: str, new: str) -> FormattedComparison:
    """Two versions of an answer (Markdown) compared word by word, each shown as
    formatted paragraphs — headings, lists, bold, italic — with its changes marked,
    for a comparison a person reads as the answer, not as Markdown. A word made bold
    counts as changed; so does a paragraph turned into a list item."""
    old_blocks, old_tokens, old_shapes = _blocks_and_tokens(old)
    new_blocks, new_tokens, new_shapes = _blocks_and_tokens(new)
    old_ops = ["delete"] * len(old_tokens)
    new_ops = ["insert"] * len(new_tokens)
    matcher = difflib.SequenceMatcher(None, [t.key for t in old_tokens],
                                      [t.key for t in new_tokens], autojunk=False)
    for i, j, size in matcher.get_matching_blocks():
        old_ops[i:i + size] = ["equal"] * size
        new_ops[j:j + size] = ["equal"] * size
    _fold_lone_spaces(old_tokens, old_ops)
    _fold_lone_spaces(new_tokens, new_ops)
    return FormattedComparison(
        _marked_blocks(old_tokens, old_ops, old_shapes, len(old_blocks)),
        _marked_blocks(new_tokens, new_ops, new_shapes, len(new_blocks)),
        words_added=_changed_words(new_tokens, new_ops),
        words_removed=_changed_words(old_tokens, old_ops))


def _fold_lone_spaces(tokens: list[_Token], ops: list[str]) -> None:
    """A space kept between two changed words is marked with them, so "two old
    words" reads as one change, not two."""
    for index in range(1, len(tokens) - 1):
        if ops[index] == "equal" and not tokens[index].text.strip() \
                and tokens[index].block >= 0 \
                and ops[index - 1] != "equal" and ops[index + 1] != "equal" \
                and tokens[index - 1].block == tokens[index + 1].block == tokens[index].block:
            ops[index] = ops[index - 1]


def _changed_words(tokens: list[_Token], ops: list[str]) -> int:
    return sum(1 for token, op in zip(tokens, ops, strict=True)
               if op != "equal" and token.block >= 0 and _DIFF_WORD.match(token.text))


_DIFF_WORD = re.compile(r"[^\W_]")


def _marked_blocks(tokens: list[_Token], ops: list[str], shapes: list[tuple[str, int, str]],
                   count: int) -> list[MarkedBlock]:
    spans: list[list[MarkedSpan]] = [[] for _ in range(count)]
    breaks = ["equal"] * count  # whether the break before each block changed
    for token, op in zip(tokens, ops, strict=True):
        if token.block < 0:
            breaks[-1 - token.block] = op
            continue
        found = spans[token.block]
        if found and (found[-1].op, found[-1].bold, found[-1].italic) == \
                (op, token.bold, token.italic):
            found[-1] = MarkedSpan(found[-1].text + token.text, op, token.bold, token.italic)
        else:
            found.append(MarkedSpan(token.text, op, token.bold, token.italic))
    result = []
    for index, (kind, level, marker) in enumerate(shapes):
        ops_here = {span.op for span in spans[index] if span.text.strip()}
        if ops_here and ops_here <= {"insert", "delete"} and len(ops_here) == 1:
            op = ops_here.pop()
        elif ops_here == {"equal"} and breaks[index] == "equal":
            op = "equal"
        else:
            op = "changed"
        result.append(MarkedBlock(kind, level, marker, tuple(spans[index]), op))
    return result


# ----------------------------------------------------------------- copying

def copy_answer(ws: Workspace, from_question_id: int, to_question_id: int) -> Answer:
    """Copy one question's answer text into another (often in a new bid).

    The target's current text, if any, is kept as a version first; the whole
    copy is one undo step. The target's guided-prompt answers are not changed.
    """
    if from_question_id == to_question_id:
        raise RevisionError("Choose a different question to copy from.")
    source = answer_for(ws, from_question_id, create=False)
    if not source.body_markdown.strip():
        raise RevisionError("That question has no answer to copy yet.")
    ws.get(Question, to_question_id)
    with ws.batch("Copy an answer"):
        target = answer_for(ws, to_question_id, create=False)
        if target.id is not None:
            snapshot(ws, target.id, reason=REASON_COPY)
        answer = save_answer(ws, to_question_id, source.body_markdown, typing=False)
    return ws.get(Answer, answer.id)


_STOP_TEXT = ("a an and are as at be by can describe do does explain for from how in "
              "including is it its of on or our please provide set should the their this "
              "through to us what which will with you your")
_STOP = frozenset(_STOP_TEXT.split(" "))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", fold(text)) if w not in _STOP and len(w) > 2}


def answers_from_other_bids(ws: Workspace, question_id: int
                            ) -> list[tuple[Bid, Question, Answer]]:
    """Answers written for other bids, to copy into this question: the most
    similar questions first (shared words in the question and guidance), then
    the most recently changed. Empty answers are left out."""
    question = ws.get(Question, question_id)
    wanted = _content_words(f"{question.text} {question.guidance}")
    bids = {bid.id: bid for bid in ws.find(Bid)}
    questions = {q.id: q for q in ws.find(Question) if q.bid_id != question.bid_id}
    found: list[tuple[float, str, Bid, Question, Answer]] = []
    for answer in ws.find(Answer):
        other = questions.get(answer.question_id)
        if other is None or not answer.body_markdown.strip():
            continue
        words = _content_words(f"{other.text} {other.guidance}")
        union = wanted | words
        score = len(wanted & words) / len(union) if union else 0.0
        found.append((score, answer.updated_at, bids[other.bid_id], other, answer))
    found.sort(key=lambda item: (-item[0], _reverse(item[1])))
    return [(bid, other, answer) for _, _, bid, other, answer in found]


def _reverse(stamp: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in stamp or "")
