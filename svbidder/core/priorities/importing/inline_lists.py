"""Names listed inside a sentence that counts them.

News items, minutes and short web pages often give the priorities in one sentence
rather than a list: "Its three strategic themes are Growth, Inclusion and
Sustainability, and each has …", "The strategy has three pillars (People, Place and
Prosperity) that …", "Our plan focuses on three areas – education, the economy and the
environment – and …". The count is what makes such a sentence safe to read: the names
are taken only when exactly that many can be read after the counted noun.

Every pattern here is bounded and uses single spaces (the text is normalised first), so
the work stays linear on any paste.
"""

from __future__ import annotations

import re

# After the counted noun ("three strategic themes"), what starts its list, within a few
# words: "are", "include", "of", a colon, a semicolon, a bracket or a spaced dash, and
# the words that may come between ("; these are:", "which are", "namely").
_LIST_OPENER = re.compile(
    r"^(?P<between>[^.:;()\u2013\u2014]{0,90}?)"
    r"(?P<opener>\s?\(|\s[\u2013\u2014-]\s|\s?[:;]\s|\s(?:are|were|include|including|"
    r"covering|covers?|of|is|being)\s)"
    r"(?:(?:these|they|which|that) (?:are|were|include)\s?:?\s|namely:?\s|"
    r"as follows:?\s|the following:?\s)?")

# "focus were " after "four areas of": a word or two of the noun's, then its verb
# (or "… ambitions of the sector focus on A; B …")
_OWN_WORDS_THEN_VERB = re.compile(r"^[a-z][\w-]{0,20}(?: [a-z][\w-]{0,20})? (?:are|were|will be|"
                                  r"include|included|focus(?:es)? on) ")
# "… and tackling poverty and these had been developed …": the sentence going on
_CARRIED_ON_AFTER_AND = re.compile(r",? and (?=(?:these|this|they|it|which|we) )")

# Where the list ends, by what opened it: the closing bracket, the next spaced dash, or
# the end of the sentence.
_CLOSERS = {"(": re.compile(r"\)"), "dash": re.compile(r"\s[\u2013\u2014-]\s|\.(?:\s|$)"),
            "": re.compile(r"(?<=[a-z)\u2019\u201d'\"])\.(?:\s|$)")}

_QUOTES = "\u2018\u2019\u201c\u201d'\""

# A part that carries the sentence on rather than naming a priority: "and each has …",
# "which will guide …", "that shape everything we do".
_CARRIES_ON = re.compile(r"^(?:and |but )?(?:each|which|that|who|we|it|they|these|this|"
                         r"will|can|is|are|has|have|was|were|so|to help|with the aim)\b",
                         re.IGNORECASE)

NAME_WORDS = 8  # a name parted by commas
LONG_NAME_WORDS = 12  # a name parted by semicolons may hold commas and run longer


def counted_names(text: str, noun_end: int, count: int, *, asides: bool = True) -> list[str]:
    """The ``count`` names listed after the counted noun that ends at ``noun_end``; none
    unless exactly that many can be read. Without ``asides``, names in brackets or
    between dashes are not read: in a page with lists, "four strategic outcomes
    (improve population health, …)" is a reminder, not the list."""
    if text[:noun_end].split()[-1][:1].isupper():
        return []  # "the 7 District Electoral Areas (Ballyarnett, …)": places, a proper name
    after = text[noun_end:noun_end + 800]
    if after.startswith(", "):  # "four key priorities, clean, green, safe, and connected,
        # which are …": the names set beside the noun (else "…, which we agreed, are …")
        end = _CLOSERS[""].search(after, 2)
        beside = coordinated_names(after[2:end.start() if end else len(after)], count)
        if beside:
            return beside
    opener = _LIST_OPENER.match(after)
    if opener is None:
        return _semicolon_list(after, count)
    kind = opener.group("opener").strip()
    if not asides and kind in ("(", "-", "\u2013", "\u2014"):
        return []
    if kind in ("is", "being") and opener.group("between").strip():
        return []  # "five themes that … create a borough that is thriving, caring …": a
        # singular verb further on says what something else is, not what the themes are
    closer = _CLOSERS["(" if kind == "(" else "dash" if kind and kind in "-\u2013\u2014"
                      else ""]
    end = closer.search(after, opener.end())
    segment = after[opener.end():end.start() if end else len(after)]
    if kind == "of":  # "four areas of focus were A, B …": the noun's own words first
        segment = _OWN_WORDS_THEN_VERB.sub("", segment, count=1)
    segment = _CARRIED_ON_AFTER_AND.split(segment, maxsplit=1)[0]  # "… D and these had …"
    quoted = quoted_names(segment)  # a quoted name may hold a colon or commas of its own
    if len(quoted) == count:  # ("… Plan – ‘Ready to Scale: Delivery Pipeline’; ‘…’")
        return quoted
    head, colon, rest = segment.partition(": ")
    if colon and not re.search(r"[,;]", head):  # "… over two years of conversations: A; B"
        segment = rest
    quoted = quoted_names(segment)  # a quoted name may hold commas of its own
    if quoted:
        return quoted if len(quoted) == count else []
    return coordinated_names(segment, count)


QUOTED_NAMES = 3
_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'"), ('"', '"'))


def quoted_names(sentence: str) -> list[str]:
    """The names of a list written each in quotes (curly or straight, double or single),
    joined by commas and "and" (a name may hold a comma of its own); none unless there
    are three or more and nothing but commas, "and" and spaces lies between them."""
    for opening, closing in _QUOTE_PAIRS:
        names = _names_in(sentence, opening, closing)
        if names:
            return names
    return []


def _names_in(sentence: str, opening: str, closing: str) -> list[str]:
    """The quoted names of :func:`quoted_names` for one kind of quote."""
    if opening == closing:  # straight quotes: "'A', 'B' and 'C'" pairs them in turn
        pieces = sentence.split(opening)
        if len(pieces) < 2 * QUOTED_NAMES + 1:
            return []
        sentence = "".join(piece + ("\u201c" if at % 2 == 0 else "\u201d")
                           for at, piece in enumerate(pieces[:-1])) + pieces[-1]
        opening, closing = "\u201c", "\u201d"
    parts = sentence.split(opening)
    if len(parts) <= QUOTED_NAMES:
        return []
    names: list[str] = []
    for part in parts[1:]:
        name, closed, between = part.partition(closing)
        # (parted by commas or semicolons: “A clean and green Torfaen”; “Raising …”)
        if not closed or between.strip(" ,;").removeprefix("and").strip() not in ("", "."):
            if names and part is parts[-1] and closed:
                names.append(name.strip())  # the last name, with the sentence going on
                break
            return []
        names.append(name.strip())
    return names if len(names) >= QUOTED_NAMES else []


# A run of capitalised words (a place's name) in the first part of a semicolon list, the
# first item after it: "whereby all people in Newry, Mourne and Down get a good start …"
_AFTER_THE_NAME = re.compile(r"^.{0,200}[A-Z][\w'’-]{0,30}(?:,? (?:and |& )?[A-Z][\w'’-]{0,30})*"
                             r" (?=[a-z])")
_SENTENCE_STOP = re.compile(r"(?<=[a-z)])\.(?:\s|$)")


def _semicolon_list(after: str, count: int) -> list[str]:
    """The names of a list parted by semicolons whose first part carries the sentence's
    own words ("five key objectives whereby all people in Newry, Mourne and Down get a
    good start in life …; enjoy good health and wellbeing; …"): when the other parts all
    start in lower case, the first starts after the place's name."""
    sentence = after[:_end(_SENTENCE_STOP.search(after), len(after))]
    if sentence.count(";") < count - 2 or sentence.count(";") < 1:
        return []
    parts = [part.strip() for part in sentence.split(";")]
    first = _AFTER_THE_NAME.match(parts[0])
    if first is None or not all(part.removeprefix("and ")[:1].islower() for part in parts[1:]):
        return []
    return coordinated_names("; ".join([parts[0][first.end():], *parts[1:]]), count)


def _end(match: re.Match[str] | None, default: int) -> int:
    return match.start() if match else default


def coordinated_names(segment: str, count: int) -> list[str]:
    """Exactly ``count`` names from "A, B, C and D" (or "A; B; and C"), the sentence's
    own carrying on ("…, and each has …") left off."""
    semicolons = ";" in segment
    parts = [part.strip(" ." + _QUOTES) for part in
             re.split(r" ?; ?" if semicolons else r" ?, ?", segment)]
    parts = _adverbs_joined([part for part in parts if part])
    if len(parts) > 1 and _ENDS_ON_A_PREPOSITION.search(parts[0]) and parts[1][:1].isupper():
        parts = parts[1:]  # "(is) structured around, People, …": the sentence's own words
    names = _names_from(parts, count, semicolons)
    if not names and not semicolons and len(parts) > count:
        names = _names_from(_adjectives_joined(parts), count, semicolons)
    return names


def _names_from(parts: list[str], count: int, semicolons: bool) -> list[str]:
    """Exactly ``count`` names from a list's parts, the last two parted at their "and"
    when one short; or none."""
    longest = LONG_NAME_WORDS if semicolons else NAME_WORDS
    names: list[str] = []
    if len(parts) >= count and _a_name(parts[count - 1].removeprefix("and "), longest) and (
            len(parts) == count or _CARRIES_ON.match(parts[count])):
        names = [*parts[:count - 1], parts[count - 1].removeprefix("and ")]
    elif len(parts) >= count - 1 >= 1 and " and " in parts[count - 2] and (
            len(parts) == count - 1 or _CARRIES_ON.match(parts[count - 1])):
        # (before the adverbs joined on: "… and engagement locally, regionally and …")
        adverbs = parts[count - 2].partition(", ")[2]
        head, tail = parted_at_its_and(parts[count - 2], commas_stay=not semicolons and all(
            _ADVERBS_ONLY.match(adverb) for adverb in adverbs.split(", ")))
        names = [*parts[:count - 2], head, tail]
    names = [without_its_number(name.strip(" ," + _QUOTES)) for name in names]
    if semicolons and names:
        names[0] = _FRAMING.sub("", names[0])  # "By 2030 in Wales, nature is recovering; …"
    if names and all(name.startswith("to ") for name in names):
        names = [name[3:] for name in names]  # "to reduce …; to reduce … and to reduce …"
    if len(names) != count or not all(_a_name(name, longest) for name in names):
        return []
    return [name[:1].upper() + name[1:] for name in names]


def parted_at_its_and(part: str, *, commas_stay: bool) -> tuple[str, str]:
    """The last two names of a list's last part, parted at its last "and" ("… economy
    and build safer, healthier communities"); when ``commas_stay``, at the last "and"
    before its first comma, the words after that comma staying with the last name."""
    own, comma, rest = part.partition(", ")
    if not commas_stay or " and " not in own:
        own, comma, rest = part, "", ""
    head, _, tail = own.rpartition(" and ")
    return head, tail + comma + rest


# "structured around", "focused on": words that lead to the names, not a name
_ENDS_ON_A_PREPOSITION = re.compile(r"^[a-z][\w ]{0,40} (?:around|on|into|under|upon)$")

# "regionally and nationally": a part of adverbs only says how the part before it is done
_ADVERBS_ONLY = re.compile(r"^[a-z]{3,20}ly(?: (?:and|or) [a-z]{3,20}ly)?$")


def _adverbs_joined(parts: list[str]) -> list[str]:
    """Parts of adverbs only joined back to the part before them: "engagement locally,
    regionally and nationally" is one name, not three."""
    joined: list[str] = []
    for part in parts:
        if joined and _ADVERBS_ONLY.match(part) and \
                _ADVERBS_ONLY.match(joined[-1].rsplit(" ", 1)[-1]):
            joined[-1] += ", " + part
        else:
            joined.append(part)
    return joined


# adjectives in a row, parted by commas, before the words they describe: "strong, safe"
_ADJECTIVES = re.compile(r"^[a-z][a-z-]{1,20}(?:, [a-z][a-z-]{1,20}){0,5}$")
# the list's own "and" before a name that starts with adjectives: "… and a dynamic"
_AND_THEN_AN_ADJECTIVE = re.compile(r" and (?P<start>(?:a|an|the) [a-z][a-z-]{1,20})$")


def _adjectives_joined(parts: list[str]) -> list[str]:
    """Parts that are adjectives in a row joined to the name they describe: "strong",
    "safe", "inclusive and healthy communities" are one name; so are "… and a dynamic",
    "prudent and progressive council" at the list's end ("a dynamic, prudent and
    progressive council"), the list's own "and" before it."""
    joined: list[str] = []
    for part in parts:
        if joined and _ADJECTIVES.match(joined[-1]) and not part.startswith("and "):
            joined[-1] += ", " + part
        else:
            joined.append(part)
    series = _AND_THEN_AN_ADJECTIVE.search(joined[-2]) if len(joined) >= 2 else None
    if series is not None and " and " in joined[-1]:
        joined[-2:] = [joined[-2][:series.start()], f"{series.group('start')}, {joined[-1]}"]
    return joined


# What sets the scene for the whole of a list parted by semicolons, written before its
# first name: "By 2030 in Wales, nature is recovering; communities are …; and …"
_FRAMING = re.compile(r"^(?:by|in|over|within|from) [^,;]{1,40}, (?=\w)", re.IGNORECASE)

# A part's own number in a sentence-list: "(1) growing a fairer economy, (2) …", "a) …"
_ITS_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+")


def without_its_number(part: str) -> str:
    """A part of a sentence-list without the number or letter it was given ("(2) ")."""
    return _ITS_NUMBER.sub("", part)


def _a_name(part: str, longest: int) -> bool:
    """A short part that names something rather than carrying the sentence on."""
    words = len(part.split())
    return 1 <= words <= longest and not _CARRIES_ON.match(part)
