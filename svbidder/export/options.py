"""Export options, remembered per bid in ``Bid.export_options`` (a JSON text).

Exporting never writes to the workspace: :func:`load_options` only reads, and
the GUI calls :func:`save_options` itself when the person changes an option.
Stored options are read leniently (an unknown key or a bad value falls back to
the default, so an older or newer svbidder never fails on them);
:meth:`ExportOptions.checked` is strict, for options a person has just typed
(for example on the command line).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from ..core.errors import SvBidderError
from ..core.storage.records import Bid

if TYPE_CHECKING:
    from ..core.storage.workspace import Workspace

FONTS = ("Arial", "Calibri", "Times New Roman", "Verdana")
MIN_SIZE_PT, MAX_SIZE_PT = 10.0, 14.0
PAPERS = ("A4", "Letter")
LINE_SPACINGS = (1.0, 1.15, 1.5, 2.0)
MIN_MARGIN_MM, MAX_MARGIN_MM = 12.7, 50.8
MIN_QUESTIONS_FOR_CONTENTS = 4
"""A bid response with fewer questions than this has no contents page: three
lines would take a page of their own."""


_NO_PAGES = "Plain text has no fonts or pages: the tendering website decides how it looks."
_NOT_IN_ONE_PAGERS = "The {name} does not include the questions or your answers."
_PLAIN_ONLY = "Only for plain text: Word documents keep proper quotes and dashes."
_WHY_NOT: dict[str, dict[str, str]] = {
    "answers": {"plain_ascii": _PLAIN_ONLY},
    "offer": {
        **dict.fromkeys(("include_question", "include_guidance", "include_counts",
                         "include_contents", "new_page_per_question", "question_ids"),
                        _NOT_IN_ONE_PAGERS.format(name="one-page offer")),
        "include_commitments": "The offer always lists every commitment: they are the "
                               "heart of it.",
        "plain_ascii": _PLAIN_ONLY,
    },
    "map": {
        **dict.fromkeys(("include_question", "include_guidance", "include_counts",
                         "include_contents", "new_page_per_question", "question_ids"),
                        _NOT_IN_ONE_PAGERS.format(name="map")),
        "include_commitments": "The map shows what you do against the council's "
                               "priorities; your commitments are in the answers and the "
                               "offer.",
        "plain_ascii": _PLAIN_ONLY,
    },
    "progress": {
        **dict.fromkeys(("include_question", "include_guidance", "include_counts",
                         "include_contents", "new_page_per_question", "question_ids"),
                        "The progress report is about delivering the contract, not the "
                        "bid's questions."),
        "include_commitments": "The progress report always covers every commitment in "
                               "the delivery plan.",
        "plain_ascii": _PLAIN_ONLY,
    },
    "text": {
        **dict.fromkeys(("font", "size_pt", "line_spacing", "margins_mm", "paper",
                         "new_page_per_question"), _NO_PAGES),
        "include_contents": "Plain text has no contents page.",
        "include_commitments": "The commitments table is only in the Word documents.",
    },
}
CONTENTS_TOO_SHORT = (f"With fewer than {MIN_QUESTIONS_FOR_CONTENTS} questions there is no "
                      "contents page: a few lines would take a page of their own.")


def why_not_used(kind: str, option: str, *, questions: int | None = None) -> str:
    """Why ``option`` (an :class:`ExportOptions` field name) does not apply to this
    kind of document, in a sentence for a tooltip; ``""`` when it does apply.
    ``questions``: how many questions are chosen (the contents need enough)."""
    reason = _WHY_NOT.get(kind, {}).get(option, "")
    if not reason and kind == "answers" and option == "include_contents" \
            and questions is not None and questions < MIN_QUESTIONS_FOR_CONTENTS:
        return CONTENTS_TOO_SHORT
    return reason


class OptionsError(SvBidderError):
    """An export option a person gave cannot be used."""


@dataclass(frozen=True)
class ExportOptions:
    """How a bid is exported. Every field has a sensible default for a council tender."""

    font: str = "Arial"
    size_pt: float = 11.0
    line_spacing: float = 1.15
    margins_mm: float = 25.4
    paper: str = "A4"
    include_question: bool = True
    include_guidance: bool = False
    include_counts: bool = True
    include_contents: bool = True
    include_commitments: bool = True
    # Each question starts on a new page: None decides from the answers (only when
    # one of them fills a page or more, so short answers do not take a page each).
    new_page_per_question: bool | None = None
    question_ids: tuple[int, ...] | None = None  # None: every question, in the bid's order
    plain_ascii: bool = False  # text export: straight quotes, hyphens, "..." for …

    # ------------------------------------------------------------ checking

    def checked(self) -> ExportOptions:
        """The same options with names normalised (``arial`` → ``Arial``), or an
        :class:`OptionsError` saying what to choose instead."""
        font = _choice(self.font, FONTS)
        if font is None:
            raise OptionsError(f"“{self.font}” is not a font svbidder exports with; choose "
                               f"one of {', '.join(FONTS)}.")
        paper = _choice(self.paper, PAPERS)
        if paper is None:
            raise OptionsError(f"“{self.paper}” is not a paper size svbidder exports to; "
                               f"choose {' or '.join(PAPERS)}.")
        size = _number(self.size_pt)
        if size is None or not MIN_SIZE_PT <= size <= MAX_SIZE_PT:
            raise OptionsError(f"The font size must be between {MIN_SIZE_PT:g} and "
                               f"{MAX_SIZE_PT:g} points (you gave {self.size_pt}).")
        spacing = _number(self.line_spacing)
        if spacing is None or not 1.0 <= spacing <= 3.0:
            raise OptionsError("The line spacing must be between 1 (single) and 3.")
        margins = _number(self.margins_mm)
        if margins is None or not MIN_MARGIN_MM <= margins <= MAX_MARGIN_MM:
            raise OptionsError(f"The margins must be between {MIN_MARGIN_MM:g} mm and "
                               f"{MAX_MARGIN_MM:g} mm.")
        ids = None if self.question_ids is None else tuple(int(i) for i in self.question_ids)
        return replace(self, font=font, paper=paper, size_pt=size, line_spacing=spacing,
                       margins_mm=margins, question_ids=ids)

    def with_changes(self, **changes: Any) -> ExportOptions:
        """A copy with some options changed (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    # ------------------------------------------------------------- storing

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.question_ids is not None:
            data["question_ids"] = list(self.question_ids)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> ExportOptions:
        """Options from stored data; anything missing or unusable gets the default."""
        options = cls()
        if not isinstance(data, dict):
            return options
        defaults = {f.name: getattr(options, f.name) for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, default in defaults.items():
            if name in data:
                value = _stored_value(name, default, data[name])
                if value is not _UNUSABLE:
                    values[name] = value
        candidate = replace(options, **values)
        # Each value on its own: one bad value must not lose the good ones.
        good: dict[str, Any] = {}
        for name in values:
            try:
                checked = replace(options, **{name: getattr(candidate, name)}).checked()
            except (OptionsError, TypeError, ValueError):
                continue
            good[name] = getattr(checked, name)
        return replace(options, **good)

    @classmethod
    def from_json(cls, text: str | None) -> ExportOptions:
        try:
            data = json.loads(text or "{}")
        except (TypeError, ValueError):
            data = {}
        return cls.from_dict(data)


_UNUSABLE = object()  # a stored value of the wrong type for its option


def _stored_value(name: str, default: Any, value: Any) -> Any:
    """``value`` as option ``name`` holds it, or ``_UNUSABLE`` when it has the wrong type.

    Split out of :meth:`ExportOptions.from_dict` so reading each kind of value is apart
    from checking the values that pass (a bool is never taken for a number).
    """
    if name == "new_page_per_question":
        return value if value is None or isinstance(value, bool) else _UNUSABLE
    if name == "question_ids":
        if value is None:
            return None
        if isinstance(value, list) and all(isinstance(i, int) and not isinstance(i, bool)
                                           for i in value):
            return tuple(value)
        return _UNUSABLE
    if isinstance(default, bool):
        return value if isinstance(value, bool) else _UNUSABLE
    if isinstance(default, float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return _UNUSABLE
    return value if isinstance(value, str) else _UNUSABLE


def _choice(value: Any, choices: tuple[str, ...]) -> str | None:
    wanted = str(value or "").strip().lower()
    return next((choice for choice in choices if choice.lower() == wanted), None)


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def load_options(ws: Workspace, bid_id: int) -> ExportOptions:
    """The options last used for this bid (defaults if none). Only reads."""
    return ExportOptions.from_json(ws.get(Bid, bid_id).export_options)


def save_options(ws: Workspace, bid_id: int, options: ExportOptions) -> None:
    """Remember ``options`` for this bid (one undoable change). Exporting never calls
    this: the GUI does, when the person changes an option."""
    text = options.checked().to_json()
    if ws.get(Bid, bid_id).export_options != text:
        ws.update(Bid, bid_id, label="Change export options", export_options=text)
