"""Plain English checks: long sentences, reading ease, passive voice, acronyms,
repeated words and British spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...text.variants import british_form
from .base import RunState, rule
from .text import Analysis, word_set

Hit = tuple[int, int, str]

# ------------------------------------------------------------- reading ease

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_INNER_SILENT_E = re.compile(r"[aeiouy][^aeiouy]e(?=l[iy]|ness|ment|ful|less)")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """An estimate of the syllables in a word (vowel groups, less silent e's)."""
    word = re.sub(r"[^a-z]", "", word.lower())
    if len(word) <= 3:
        return 1
    if word.startswith("y"):
        word = word[1:]
    count = len(_VOWEL_GROUP.findall(word))
    silent_e = word.endswith("e") and not word.endswith(("ee", "ye")) and \
        not (word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy")
    silent_es = word.endswith("es") and not word.endswith(
        ("ses", "zes", "ces", "ges", "xes", "ies", "shes", "ches", "ees"))
    silent_ed = word.endswith("ed") and not word.endswith(("ted", "ded", "eed", "ied"))
    if silent_e or silent_es or silent_ed:
        count -= 1
    count -= len(_INNER_SILENT_E.findall(word)) if not word.endswith("e") else 0
    return max(1, count)


def flesch_reading_ease(analysis: Analysis) -> float | None:
    """The Flesch reading-ease score (higher is easier; 60–70 is plain English)."""
    words = [m.group() for m in analysis.words]
    sentences = len(analysis.sentences)
    if not words or not sentences:
        return None
    total = sum(syllables(word) if not word[0].isdigit() else 1 for word in words)
    return 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (total / len(words))


@rule("long-sentence", title="Long sentence", severity="consider", family="readability",
      description="""A sentence of more than 30 words. Headings and list items count as
      sentences too.""",
      why="""Evaluators read many answers against the clock. Long sentences hide the point
      and the numbers; one idea per sentence is easier to score.""",
      guide="writing-to-a-limit#long-sentences", thresholds={"max_words": 30})
def long_sentence(state: RunState) -> Iterator[Hit]:
    limit = state.threshold("max_words")
    for sentence in state.analysis.sentences:
        count = len(sentence.words)
        if count > limit:
            yield sentence.start, sentence.end, (f"This sentence has {count} words. Try "
                                                 "splitting it: one idea per sentence.")


@rule("reading-ease", title="Hard to read", severity="consider", family="readability",
      description="""The Flesch reading-ease score of the whole answer is below 30 (0–30 is
      "very difficult", like an academic paper; plain English is 60 or more). Syllables are
      estimated, so the score is a guide. Only checked in answers of 100 words or more.""",
      why="""Short words and short sentences make an answer quicker to read and easier to
      score. Social value answers are full of long words ("opportunities", "organisations"),
      so keep the rest simple.""",
      guide="writing-to-a-limit#plain-english", thresholds={"min_score": 30, "min_words": 100})
def reading_ease(state: RunState) -> Iterator[Hit]:
    if state.analysis.word_count < state.threshold("min_words"):
        return
    score = flesch_reading_ease(state.analysis)
    if score is not None and score < state.threshold("min_score"):
        yield 0, 0, (f"The answer is hard to read (reading ease {score:.0f} out of 100; plain "
                     "English is 60 or more). Use shorter sentences and everyday words.")


# ------------------------------------------------------------------ passive

_IRREGULAR = ("given made taken done seen known shown held built paid led sent told kept brought "
              "found met set put won written chosen spent grown drawn understood taught sold "
              "bought left heard run begun broken driven eaten fallen forgotten hidden "
              "ridden risen shaken spoken stolen sworn thrown worn woven awarded sought "
              "brought caught fed lent lost meant read shut split spread struck undertaken "
              "overseen withdrawn")
_NOT_PASSIVE = word_set("""based committed located interested involved concerned qualified
experienced dedicated skilled pleased delighted excited situated supposed tired retired isolated
disabled unemployed married worried scared bored closed limited aged used focused focussed
determined prepared well-placed placed equipped motivated engaged registered needed united
talented satisfied confused frightened embarrassed ashamed surprised amazed shocked
disappointed""")
_BE = r"(?:am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)"
_PASSIVE = re.compile(rf"\b{_BE}\s+(?:(?:not|also|then|all|often|always|usually|\w+ly)\s+)?"
                      rf"(\w+ed|{'|'.join(_IRREGULAR.split())})\b", re.IGNORECASE)
_EED_OK = frozenset({"agreed", "guaranteed", "freed"})


def passive_spans(analysis: Analysis) -> list[tuple[int, int]]:
    found = []
    for match in _PASSIVE.finditer(analysis.plain):
        participle = match.group(1).lower()
        if participle in _NOT_PASSIVE:
            continue
        if participle.endswith("eed") and participle not in _EED_OK:
            continue
        if len(participle) < 4 or participle in ("red", "bed", "hundred", "sacred", "naked"):
            continue
        if analysis.in_quote(match.start()):
            continue
        found.append((match.start(), match.end()))
    return found


@rule("passive-voice", title="Too much passive voice", severity="consider",
      family="readability",
      description="""More than 25% of sentences use the passive voice ("will be delivered",
      "were supported"), in an answer of at least 4 sentences. Each passive phrase is then
      highlighted. Adjectives that look like verbs ("we are based in", "people who are
      isolated") and quotations are not counted.""",
      why="""The passive hides who does what: "sessions will be delivered" does not say by
      whom. Evaluators want to see who is responsible, so say "our volunteers will run…".""",
      guide="writing-to-a-limit#plain-english",
      thresholds={"max_share": 0.25, "min_sentences": 4})
def passive_voice(state: RunState) -> Iterator[Hit]:
    analysis = state.analysis
    total = len(analysis.sentences)
    if total < state.threshold("min_sentences"):
        return
    spans = passive_spans(analysis)
    sentences = {id(analysis.sentence_at(start)) for start, _ in spans}
    share = len(sentences) / total
    if share <= state.threshold("max_share"):
        return
    for start, end in spans:
        yield start, end, (f"Passive voice (“{analysis.plain[start:end]}”): say who does it. "
                           f"{len(sentences)} of {total} sentences are passive ({share:.0%}).")


# ----------------------------------------------------------------- acronyms

KNOWN_ACRONYMS = word_set("""UK GB NHS GP GPs BBC EU CEO VAT HR IT ICT MP MPs OK TV ID CV CVs
PE FAQ PDF COVID DBS MOT ATM AM PM USA US UN II III IV VI VII VIII IX XI XII A4 A3 CO2 LGBT
LGBTQ UCAS GCSE GCSEs BTEC SEN SEND ESOL KPI GDPR CCTV""")
_ACRONYM = re.compile(r"(?<![\w&-])([A-Z][A-Z&]{1,5})(s?)(?![\w&-])")


def _defined(text: str, acronym: str, before: int) -> bool:
    pattern = re.compile(rf"\(\s*{re.escape(acronym)}s?\s*\)|\b{re.escape(acronym)}s?\s+\(")
    match = pattern.search(text)
    return match is not None and match.start() <= before


@rule("undefined-acronym", title="Acronym not written out", severity="consider",
      family="readability",
      description="""An abbreviation in capitals (2 to 6 letters, such as "TOMs" or "SROI")
      that is not written out in full, with the abbreviation in brackets, at or before its
      first use. Widely known ones (UK, NHS, GP, DBS, CV…), ones the buyer uses in the question
      or guidance, and words in a run of capitals (a shouted heading) are not flagged. Only the
      first use is highlighted.""",
      why="""Evaluators may not know your sector's shorthand, and must not have to guess.
      Write it out the first time: "Social Return on Investment (SROI)".""",
      guide="writing-to-a-limit#plain-english")
def undefined_acronym(state: RunState) -> Iterator[Hit]:
    text = state.text
    context = state.context
    known_text = " ".join([context.question_text or "", context.guidance or "",
                           *context.known_terms])
    known_words = set(re.findall(r"[A-Z][A-Za-z&]{1,6}", known_text))
    seen: set[str] = set()
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym in seen:
            continue
        seen.add(acronym)
        whole = match.group(0)
        if acronym in KNOWN_ACRONYMS or whole in KNOWN_ACRONYMS or acronym in known_words \
                or whole in known_words:
            continue
        before = text[max(0, match.start() - 20):match.start()].split()
        after = text[match.end():match.end() + 20].split()
        if (before and re.fullmatch(r"[A-Z&]{2,}[:,.]?", before[-1])) or \
                (after and re.fullmatch(r"[A-Z&]{2,}[:,.]?", after[0])):
            continue  # a run of capitals, such as a shouted heading
        sentence = state.analysis.sentence_at(match.start())
        limit = sentence.end if sentence else match.end() + 40
        if _defined(text, acronym, limit):
            continue
        yield match.start(), match.end(), (f"“{whole}” is not written out. Give it in full the "
                                           f"first time, with “({whole})” after it.")


# ------------------------------------------------------------ repeated words

_REPEATED = re.compile(r"\b(\w+)[ \t]+\1\b", re.IGNORECASE)
_REPEAT_OK = frozenset({"that", "had", "bye", "very", "so", "no", "knock", "tut", "ha"})


@rule("repeated-word", title="Repeated word", severity="should", family="readability",
      description="""The same word twice in a row ("the the"). Not raised for "that that",
      "had had" or numbers.""",
      why="""A slip like this looks careless to an evaluator reading for quality.""",
      guide="writing-to-a-limit#plain-english")
def repeated_word(state: RunState) -> Iterator[Hit]:
    for match in _REPEATED.finditer(state.text):
        word = match.group(1)
        if word.lower() in _REPEAT_OK or word.isdigit():
            continue
        yield match.start(), match.end(), f"“{word}” is repeated."


# ---------------------------------------------------------- British spelling

# Words British English spells by meaning, both forms being British words: "a
# computer program" but "a programme of events"; "a licence" but "to license".
# The variants table (American and Oxford spellings) has the rest.
_BY_MEANING = {"program": "programme", "programs": "programmes", "license": "licence",
               "licenses": "licences"}


def _british(word: str) -> tuple[str, str] | None:
    """``(British form, kind)`` for a word British English spells otherwise, else None."""
    lower = word.lower()
    if lower in _BY_MEANING:
        return _BY_MEANING[lower], "meaning"
    variant = british_form(lower)
    return (variant.british, variant.kind) if variant else None


_NOT_BRITISH = re.compile(r"\b[A-Za-z]+\b")
_COMPUTER_BEFORE = re.compile(r"\b(?:computer|software|a\s+computer|the\s+computer|app|"
                              r"coding|python)\s+$", re.IGNORECASE)
_LICENCE_NOUN_BEFORE = re.compile(r"\b(?:a|the|our|your|their|driving|premises|alcohol|full|"
                                  r"valid|operating|software|personal|his|her)\s+$",
                                  re.IGNORECASE)


def _match_case(original: str, british: str) -> str:
    if original.isupper():
        return british.upper()
    if original[0].isupper():
        return british[0].upper() + british[1:]
    return british


@rule("british-spelling", title="American spelling", severity="consider",
      family="readability",
      description="""American spellings, with the British one: color → colour,
      center → centre, analyze → analyse, traveling → travelling, gray → grey, and -ize →
      -ise (organize → organise), from the spell checker's table of about 2,900 words;
      also program → programme and license → licence. "Program" after "computer" or
      "software" is not flagged, and "license" only where it is a noun ("a license" →
      "a licence").""",
      why="""UK buyers write British English. Both -ise and -ize are correct in British
      English, but councils and government almost always use -ise, and a consistent,
      British style reads as local and careful.""",
      guide="writing-to-a-limit#plain-english")
def british_spelling(state: RunState) -> Iterator[Hit]:
    text = state.text
    for match in _NOT_BRITISH.finditer(text):
        word = match.group()
        found = _british(word)
        if found is None:
            continue
        british, kind = found
        before = text[max(0, match.start() - 24):match.start()]
        lower = word.lower()
        if lower in ("program", "programs") and _COMPUTER_BEFORE.search(before):
            continue
        if lower == "license" and not _LICENCE_NOUN_BEFORE.search(before):
            continue  # "to license" is the British verb
        yield match.start(), match.end(), _spelling_message(word, _match_case(word, british),
                                                            kind)


def _spelling_message(word: str, suggestion: str, kind: str) -> str:
    if kind == "ize":
        return f"“{word}”: UK public bodies usually write “{suggestion}”."
    if kind == "prefer":
        return f"“{word}”: British English usually writes “{suggestion}”."
    return f"“{word}” is the American spelling; British English uses “{suggestion}”."
