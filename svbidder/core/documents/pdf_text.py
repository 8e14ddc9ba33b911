"""A page's positioned text, read from its content stream: the fast path for :mod:`.pdf`.

Why not only pypdf's ``extract_text``: it handles every text operator in
pure Python with much bookkeeping, and office programs write text a few glyphs
at a time (LibreOffice: about 2,000 text operators a page), so a 50-page PDF
took about 2 s of the 2-second budget. Here one linear regular expression
splits the content stream into tokens and only what places and shows text is
followed (``BT``/``ET``, ``Td``/``TD``/``Tm``/``T*``/``TL``, ``Tf``, ``cm``,
``q``/``Q``, ``Tj``/``TJ``/``'``/``"``), and the horizontal lines a path draws
(``m``/``l``, thin ``re``, kept once painted: a table's borders part its rows,
which are otherwise set as close as one paragraph's lines); pypdf still unpacks the stream and
reads each font's encoding and ToUnicode map (its ``Font``). Whatever this does
not handle (Type 3 fonts, forms drawn with ``Do``, inline images, odd
operands) raises :class:`Unsupported`, and the caller reads that page with
pypdf's ``extract_text`` instead, so nothing is lost.

Each piece's position is where its text operator starts; text shown straight
after other text in the same text object is placed by an estimate of the
width before it (half the font size per character), which is enough to keep
it on its line and in its column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Piece = tuple[str, float, float, float, Any]  # text, x, y, size, font dictionary
Rule = tuple[float, float, float]  # a horizontal line drawn on the page: left, right, y

_TOKEN = re.compile(
    rb"(?P<ws>[\x00\t\n\x0c\r ]+)|(?P<comment>%[^\r\n]*)"
    rb"|(?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)|(?P<dict><<|>>)"
    rb"|(?P<open>\()|(?P<array>[\[\]])|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"
    rb"|(?P<number>[+-]?(?:\d+\.?\d*|\.\d+))|(?P<op>[A-Za-z'\"*]+)|(?P<other>.)",
    re.DOTALL)
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
_MAX_STRING = 1_000_000


class Unsupported(Exception):
    """The page uses something this reader does not follow; read it with pypdf instead."""


class TooMuchText(Exception):
    """A page shows far more pieces of text than a document page holds."""


MAX_PIECES = 50_000  # a dense page of small print has a few thousand
MAX_RULES = 5_000  # a page's table borders and separators: more are a drawing, not kept
RULE_THICKNESS = 2.0  # points: a filled rectangle this thin is a drawn line
RULE_LENGTH = 40.0  # points: shorter lines are underlines or marks, not borders


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """A literal string starting after its "(" at ``start``: its bytes and the end."""
    out = bytearray()
    depth = 1
    index = start
    size = len(data)
    while index < size:
        byte = data[index]
        if byte == 0x5C:  # backslash
            index += 1
            if index >= size:
                break
            nxt = data[index]
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
            elif 0x30 <= nxt <= 0x37:
                end = index
                while end < size and end < index + 3 and 0x30 <= data[end] <= 0x37:
                    end += 1
                out.append(int(data[index:end], 8) & 0xFF)
                index = end - 1
            elif nxt == 0x0D:
                if index + 1 < size and data[index + 1] == 0x0A:
                    index += 1
            elif nxt != 0x0A:
                out.append(nxt)
        elif byte == 0x28:
            depth += 1
            out.append(byte)
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), index + 1
            out.append(byte)
        else:
            out.append(byte)
        index += 1
        if len(out) > _MAX_STRING:
            raise Unsupported("string too long")
    raise Unsupported("unterminated string")


def _tokens(data: bytes) -> Iterator[tuple[str, Any]]:
    """("num", float), ("str", bytes), ("name", str), ("[" or "]"), ("op", str)."""
    index = 0
    size = len(data)
    match = _TOKEN.match
    while index < size:
        found = match(data, index)
        if found is None:  # pragma: no cover - the pattern matches any byte
            raise Unsupported("unreadable content")
        kind = found.lastgroup
        index = found.end()
        if kind in ("ws", "comment"):
            continue
        if kind == "number":
            yield "num", float(found.group())
        elif kind == "hex":
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", found.group()[1:-1])
            yield "str", bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
        elif kind == "open":
            text, index = _literal(data, index)
            yield "str", text
        elif kind == "array":
            yield found.group().decode(), None
        elif kind == "name":
            yield "name", found.group()[1:].decode("latin-1")
        elif kind == "op":
            op = found.group().decode("latin-1")
            if op in ("BI", "Do", "d0", "d1"):
                raise Unsupported(op)  # inline images, forms and Type 3 glyphs: pypdf
            yield "op", op
        elif kind == "dict":
            yield "dict", found.group()  # marked-content properties: skipped by the reader
        # anything else (stray bytes) is skipped


def _decode(font: Any, raw: bytes) -> str:
    """Bytes shown in ``font`` as text, as pypdf decodes them."""
    encoding = font.encoding
    if isinstance(encoding, str):
        try:
            text = raw.decode(encoding, "surrogatepass")
        except UnicodeDecodeError:
            text = raw.decode(encoding, "replace")
    else:
        text = "".join(encoding.get(byte, chr(byte)) for byte in raw)
    mapping = font.character_map
    return "".join(mapping.get(char, char) for char in text)


def _mult(a: list[float], b: list[float]) -> list[float]:
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


_IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


class Rules:
    """The horizontal lines a page draws, from its path operators ("m"/"l" segments,
    thin "re" rectangles), kept once the path is painted: a table's borders part its
    rows, which are otherwise set as close together as one paragraph's lines. Used by
    both readers of a page, this one and pypdf's (through its operator visitor)."""

    def __init__(self) -> None:
        self.found: list[Rule] = []
        self.path: list[Rule] = []  # the horizontal lines of the path being built
        self.point = (0.0, 0.0)  # the path's current point

    def follow(self, op: str, operands: list[Any], ctm: list[float]) -> None:
        """Follow one path operator, its coordinates placed on the page by ``ctm``."""
        try:
            self._follow(op, operands, ctm)
        except (IndexError, TypeError, ValueError):
            self.path = []  # an odd path: its lines are only a help, never needed

    def _follow(self, op: str, operands: list[Any], ctm: list[float]) -> None:
        def on_page(x: float, y: float) -> tuple[float, float]:
            return x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5]

        if op == "m":
            self.point = on_page(float(operands[-2]), float(operands[-1]))
        elif op == "l":
            end = on_page(float(operands[-2]), float(operands[-1]))
            if abs(end[1] - self.point[1]) < 0.5:
                self._add(self.point[0], end[0], end[1])
            self.point = end
        elif op == "re":
            x, y, w, h = (float(v) for v in operands[-4:])
            (x0, y0), (x1, y1) = on_page(x, y), on_page(x + w, y + h)
            if abs(y1 - y0) <= RULE_THICKNESS:
                self._add(x0, x1, (y0 + y1) / 2)
        elif op == "n":
            self.path = []
        else:  # a painting operator: the path's lines are drawn
            if len(self.found) + len(self.path) <= MAX_RULES:
                self.found.extend(self.path)
            self.path = []

    def _add(self, a: float, b: float, y: float) -> None:
        if abs(b - a) >= RULE_LENGTH and len(self.path) < MAX_RULES:
            self.path.append((min(a, b), max(a, b), y))


class _Reader:
    """The graphics and text state while a content stream is followed."""

    def __init__(self, font_dicts: Any) -> None:
        self.font_dicts = font_dicts
        self.fonts: dict[str, tuple[Any, Any]] = {}
        self.pieces: list[Piece] = []
        self.ctm = list(_IDENTITY)
        self.stack: list[list[float]] = []
        self.tm = list(_IDENTITY)
        self.line = list(_IDENTITY)
        self.leading = 0.0
        self.font: Any = None
        self.font_dict: Any = None
        self.size = 0.0
        self.shown = 0  # characters shown since the text matrix was last set
        self.rules = Rules()  # horizontal lines drawn (table borders, separators)

    def move(self, matrix: list[float]) -> None:
        self.line = _mult(matrix, self.line)
        self.tm = list(self.line)
        self.shown = 0

    def show(self, parts: list[Any]) -> None:
        if self.font is None:
            raise Unsupported("text without a font")
        text = ""
        for part in parts:
            if isinstance(part, bytes):
                text += _decode(self.font, part)
            elif part < -180 and text and not text.endswith(" "):
                text += " "  # a wide gap between words, written as a shift
        if text.strip():
            tm = self.tm
            at = [tm[0], tm[1], tm[2], tm[3], tm[4] + self.shown * self.size * 0.5 * tm[0],
                  tm[5]]
            matrix = _mult(at, self.ctm)
            scale = abs(matrix[3]) or abs(matrix[0]) or 1.0
            self.pieces.append((text, matrix[4], matrix[5], round(self.size * scale, 1),
                                self.font_dict))
            if len(self.pieces) > MAX_PIECES:
                raise TooMuchText
        self.shown += len(text)

    def set_font(self, name: str, size: float) -> None:
        from pypdf.generic._font import Font

        if name not in self.fonts:
            resource = self.font_dicts.get("/" + name) if self.font_dicts else None
            if resource is None:
                raise Unsupported("missing font")
            resource = resource.get_object()
            if str(resource.get("/Subtype")) == "/Type3":
                raise Unsupported("Type3")
            self.fonts[name] = (Font.from_font_resource(resource), resource)
        self.font, self.font_dict = self.fonts[name]
        self.size = size
        if not self.font.interpretable:
            raise Unsupported("uninterpretable font")

    def operator(self, op: str, operands: list[Any]) -> None:
        """Follow one operator (those that do not place or show text are ignored)."""
        if op == "BT":
            self.tm, self.line, self.shown = list(_IDENTITY), list(_IDENTITY), 0
        elif op in ("Td", "TD"):
            tx, ty = float(operands[-2]), float(operands[-1])
            if op == "TD":
                self.leading = -ty
            self.move([1.0, 0.0, 0.0, 1.0, tx, ty])
        elif op == "Tm":
            if len(operands) < 6:
                raise Unsupported("Tm")
            self.line = [float(v) for v in operands[-6:]]
            self.tm, self.shown = list(self.line), 0
        elif op == "TL":
            self.leading = float(operands[-1])
        elif op == "T*":
            self.move([1.0, 0.0, 0.0, 1.0, 0.0, -self.leading])
        elif op == "Tf":
            self.set_font(str(operands[-2]), float(operands[-1]))
        elif op == "cm":
            self.ctm = _mult([float(v) for v in operands[-6:]], self.ctm)
        elif op == "q":
            self.stack.append(list(self.ctm))
        elif op == "Q":
            self.ctm = self.stack.pop() if self.stack else list(_IDENTITY)
        elif op == "Tj":
            self.show([operands[-1]])
        elif op == "TJ":
            self.show(operands[-1] if isinstance(operands[-1], list) else [])
        elif op in ("'", '"'):
            self.move([1.0, 0.0, 0.0, 1.0, 0.0, -self.leading])
            self.show([operands[-1]])


PATH_OPERATORS = frozenset({"m", "l", "re", "n", "S", "s", "f", "F", "f*", "B", "B*", "b",
                             "b*"})


def _has_forms(resources: Any) -> bool:
    if "/XObject" not in resources:
        return False
    return any(str(x.get_object().get("/Subtype")) == "/Form"
               for x in resources["/XObject"].get_object().values())


def page_pieces(page: Any, check: Callable[[], None]) -> tuple[list[Piece], list[Rule]]:
    """Every piece of text on ``page`` with its position, size and font dictionary, and
    the horizontal lines drawn on it.

    ``check`` is called every few hundred tokens (it raises to stop reading).
    Raises :class:`Unsupported` when the page needs pypdf's own reading.
    """
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    contents = page.get_contents() if resources is not None else None
    if contents is None or resources is None:
        return [], []
    if _has_forms(resources):
        raise Unsupported("form")
    font_dicts = resources.get("/Font")
    reader = _Reader(font_dicts.get_object() if font_dicts is not None else {})
    operands: list[Any] = []
    array: list[Any] | None = None
    depth = 0  # inside a << >> dictionary (marked-content properties), skipped
    for count, (kind, value) in enumerate(_tokens(contents.get_data())):
        if count % 512 == 0:
            check()
        if kind == "dict":
            depth = max(0, depth + (1 if value == b"<<" else -1))
        elif depth:
            continue
        elif kind == "[":
            array = []
        elif kind == "]":
            operands.append(array if array is not None else [])
            array = None
        elif array is not None:
            array.append(value)
        elif kind != "op":
            operands = [*operands[-63:], value]
        else:
            if value in PATH_OPERATORS:
                reader.rules.follow(value, operands, reader.ctm)
                operands = []
                continue
            try:
                reader.operator(value, operands)
            except (IndexError, TypeError, ValueError, KeyError, AttributeError) as exc:
                raise Unsupported(value) from exc
            operands = []
    return reader.pieces, reader.rules.found
