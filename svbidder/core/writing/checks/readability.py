"""Plain English checks: long sentences, reading ease, passive voice, acronyms,
repeated words and British spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

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
    return bool(match) and match.start() <= before


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

def _ize(stem: str) -> dict[str, str]:
    return {f"{stem}ize": f"{stem}ise", f"{stem}izes": f"{stem}ises",
            f"{stem}ized": f"{stem}ised", f"{stem}izing": f"{stem}ising",
            f"{stem}ization": f"{stem}isation", f"{stem}izations": f"{stem}isations",
            f"{stem}izer": f"{stem}iser", f"{stem}izers": f"{stem}isers"}


def _our(stem: str, *endings: str) -> dict[str, str]:
    forms = {f"{stem}or": f"{stem}our", f"{stem}ors": f"{stem}ours"}
    for ending in endings:
        forms[f"{stem}or{ending}"] = f"{stem}our{ending}"
    return forms


IZE_STEMS = ("organ", "recogn", "priorit", "real", "minim", "maxim", "util", "mobil",
             "special", "emphas", "summar", "apolog", "categor", "final", "standard", "optim",
             "custom", "critic", "author", "character", "energ", "familiar", "formal",
             "harmon", "hospital", "legal", "local", "memor", "modern", "normal", "public",
             "revital", "stabil", "subsid", "sympath", "visual", "capital", "central",
             "decentral", "digit", "empath", "incentiv", "monet", "neutral", "penal",
             "personal", "scrutin", "social", "synchron", "immun", "item", "patron",
             "sanit", "steril", "vandal", "global", "human", "jeopard", "mesmer", "symbol")
AMERICAN_TO_BRITISH: dict[str, str] = {}
for _stem in IZE_STEMS:
    AMERICAN_TO_BRITISH.update(_ize(_stem))
for _stem, _endings in (("col", ("ed", "ful", "ing")), ("behavi", ("al",)),
                        ("fav", ("ed", "ite", "ites", "able", "ably")), ("lab", ("ed",)),
                        ("neighb", ("hood", "hoods", "ing", "ly")), ("hon", ("ed", "able")),
                        ("hum", ()), ("rum", ()), ("harb", ()), ("vap", ()), ("endeav", ("ed",)),
                        ("flav", ("ed",)), ("od", ()), ("val", ()), ("arm", ()), ("cand", ()),
                        ("clam", ()), ("rig", ()), ("vig", ()), ("parl", ()), ("tum", ())):
    AMERICAN_TO_BRITISH.update(_our(_stem, *_endings))
AMERICAN_TO_BRITISH.update({
    "analyze": "analyse", "analyzes": "analyses", "analyzed": "analysed",
    "analyzing": "analysing", "paralyze": "paralyse", "paralyzed": "paralysed",
    "catalyze": "catalyse",
    "center": "centre", "centers": "centres", "centered": "centred", "theater": "theatre",
    "theaters": "theatres", "fiber": "fibre", "fibers": "fibres", "liter": "litre",
    "liters": "litres", "kilometer": "kilometre", "kilometers": "kilometres",
    "centimeter": "centimetre", "centimeters": "centimetres", "millimeter": "millimetre",
    "somber": "sombre", "meager": "meagre", "maneuver": "manoeuvre", "caliber": "calibre",
    "defense": "defence", "offense": "offence", "pretense": "pretence",
    "traveled": "travelled", "traveling": "travelling", "traveler": "traveller",
    "travelers": "travellers", "canceled": "cancelled", "canceling": "cancelling",
    "labeled": "labelled", "labeling": "labelling", "modeled": "modelled",
    "modeling": "modelling", "fueled": "fuelled", "fueling": "fuelling",
    "counseling": "counselling", "counselor": "counsellor", "counselors": "counsellors",
    "enrollment": "enrolment", "enrollments": "enrolments", "enroll": "enrol",
    "enrolls": "enrols", "fulfill": "fulfil", "fulfills": "fulfils",
    "fulfillment": "fulfilment", "skillful": "skilful", "willful": "wilful",
    "installment": "instalment", "signaled": "signalled", "signaling": "signalling",
    "totaled": "totalled", "totaling": "totalling", "leveled": "levelled",
    "leveling": "levelling", "jeweler": "jeweller", "jewelry": "jewellery",
    "gray": "grey", "mom": "mum", "moms": "mums", "aging": "ageing",
    "aluminum": "aluminium", "catalog": "catalogue", "catalogs": "catalogues",
    "analog": "analogue", "pediatric": "paediatric", "anemia": "anaemia",
    "anesthetic": "anaesthetic", "orthopedic": "orthopaedic", "cozy": "cosy",
    "mold": "mould", "moldy": "mouldy", "donut": "doughnut", "donuts": "doughnuts",
    "airplane": "aeroplane", "acknowledgment": "acknowledgement",
    "acknowledgments": "acknowledgements", "artifact": "artefact", "artifacts": "artefacts",
    "skeptical": "sceptical", "skeptic": "sceptic", "plow": "plough",
    "practicing": "practising", "practiced": "practised", "pajamas": "pyjamas",
    "program": "programme", "programs": "programmes",
    "license": "licence", "licenses": "licences",
})
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
      description="""Common American spellings, with the British one: color → colour,
      center → centre, analyze → analyse, program → programme, traveling → travelling, and
      -ize → -ise (organize → organise). "Program" after "computer" or "software" is not
      flagged, and "license" only where it is a noun ("a license" → "a licence").""",
      why="""UK buyers write British English. Both -ise and -ize are correct in British
      English, but councils and government almost always use -ise, and a consistent,
      British style reads as local and careful.""",
      guide="writing-to-a-limit#plain-english")
def british_spelling(state: RunState) -> Iterator[Hit]:
    text = state.text
    for match in _NOT_BRITISH.finditer(text):
        word = match.group()
        british = AMERICAN_TO_BRITISH.get(word.lower())
        if british is None:
            continue
        before = text[max(0, match.start() - 24):match.start()]
        lower = word.lower()
        if lower in ("program", "programs") and _COMPUTER_BEFORE.search(before):
            continue
        if lower in ("license", "licenses") and not _LICENCE_NOUN_BEFORE.search(before) \
                and lower == "license":
            continue
        suggestion = _match_case(word, british)
        if lower.endswith(("ize", "izes", "ized", "izing", "ization", "izations", "izer",
                           "izers")):
            message = f"“{word}”: UK public bodies usually write “{suggestion}”."
        else:
            message = f"“{word}” is the American spelling; British English uses “{suggestion}”."
        yield match.start(), match.end(), message
