"""Reading what a question or a scoring descriptor asks for, and whether an answer gives it.

Two ways of judging, used by the "priorities not addressed" check and by the
rubric self-check:

* **concepts** — things evaluators ask for in many words ("how many", "by when",
  "who will lead", "named partners", "evidence of past delivery"), each with a
  detector that looks for it in the answer;
* **key words** — anything else (a priority such as "reduce loneliness and
  isolation") is addressed when at least half of its key words, or words that
  mean much the same, appear in the answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...text.vocabulary import word_lists
from ...text.words import fold_word, stem
from . import patterns
from .text import Analysis, words_of


@dataclass(frozen=True)
class Concept:
    name: str
    label: str
    asks: re.Pattern[str]
    present: Callable[[Analysis, Iterable[str]], bool]


def _rx(text: str) -> re.Pattern[str]:
    """A case-insensitive pattern; ``<<family>>`` accepts every equivalent wording."""
    return re.compile(patterns.expand(text), re.IGNORECASE)


_PARTNER = re.compile(
    r"\bpartner(?:s|ship|ships|ing)?\b|\bin\s+partnership\b|\bcollaborat\w*\b|\breferrals?\b|"
    r"(?-i:\b(?:[A-Z][\w'’&-]+\s+){0,4}(?:Council|Practice|Surgery|College|School|Academy|"
    r"Centre|Center|Trust|Foundation|Jobcentre(?:\s+Plus)?|Hub|Network|Association|Group|CIC|"
    r"Ltd|Limited|University|NHS|Police|Housing|Partnership|Alliance|Society|Library|Church|"
    r"Mosque|Service|Services|Bank|Forum|Project)\b)", re.IGNORECASE)
_PAST_EVIDENCE = _rx(
    r"\blast\s+(?:year|month|quarter|summer|winter|spring|autumn)\b|"
    r"\b(?:in|during)\s+(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?\b|\bsince\s+(?:19|20)\d{2}\b|"
    r"\bto\s+date\b|\bso\s+far\b|\bpreviously\b|\bover\s+the\s+(?:last|past)\b|"
    r"\bwe\s+have\s+(?:already\s+)?(?:helped|supported|delivered|run|trained|placed|reached|"
    r"served|recruited|created|worked|achieved|saved|provided|collected)\b|"
    r"\b(?:evaluation|case\s+stud(?:y|ies)|sroi|testimonials?|accredit\w*|award(?:ed)?)\b|"
    r"\b(?:helped|supported|served|trained|placed|reached|saved|collected)\s+(?:\d|over\s+\d)")
_VOICE = _rx(r"\bfeedback\b|\bsurvey\w*|\bco-?design\w*|\bco-?produc\w*|\bpanel\b|"
             r"\bsteering\s+group\b|\blisten\w*|\bvoices?\b|\bfocus\s+groups?\b|"
             r"\bquestionnaires?\b|\blived\s+experience\b|\bask(?:ing)?\s+(?:them|people|"
             r"residents|members|participants)\b|\bin\s+their\s+own\s+words\b")
_CONTINGENCY = _rx(r"\bcontingenc\w*|\bif\s+(?:we|a\s+target|targets|numbers|referrals)\b|"
                   r"\brecovery\s+plan\b|\bremedial\b|\brisks?\b|\bmitigat\w*|"
                   r"\bfall\s+behind\b|\bcatch\s+up\b|\bescalat\w*|\bbehind\s+target\b")
_PRIORITY_WORDS = _rx(r"\bpriorit(?:y|ies)\b|\bplan\s+on\s+a\s+page\b|\bstrateg(?:y|ies|ic)\b|"
                      r"\boutcomes?\b|\bcorporate\s+plan\b|\bthemes?\b")
_LOCAL = _rx(r"\blocal(?:ly)?\b")
_PROMISE = _rx(r"\b(?:will|shall|commit\w*|pledge\w*|guarantee\w*)\b|['’]ll\b")


def _numbers(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_quantity", patterns.has_quantity)


def _time(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_timescale", patterns.has_timescale)


def _who(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_beneficiaries", patterns.has_beneficiaries)


def _where(analysis: Analysis, areas: Iterable[str]) -> bool:
    return bool(patterns.places(analysis.plain, areas))


def _local(analysis: Analysis, areas: Iterable[str]) -> bool:
    return bool(_LOCAL.search(analysis.plain)) or _where(analysis, areas)


def _measure(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_measurement", patterns.has_measurement)


def _owner(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_owner", patterns.has_owner)


def _plan(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return analysis.memo("has_plan", patterns.has_plan)


def _partners(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(_PARTNER.search(analysis.plain))


def _additional(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(patterns.additionality_markers().search(analysis.plain))


def _past(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(_PAST_EVIDENCE.search(analysis.plain))


def _voice(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(_VOICE.search(analysis.plain))


def _contingency(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(_CONTINGENCY.search(analysis.plain))


def _priorities(analysis: Analysis, _areas: Iterable[str]) -> bool:
    return bool(_PRIORITY_WORDS.search(analysis.plain))


def _barriers(analysis: Analysis, _areas: Iterable[str]) -> bool:
    spans = analysis.memo("beneficiaries", patterns.beneficiaries)
    found = [analysis.plain[a:b].lower() for a, b in spans]
    general = {"residents", "families", "households", "volunteers", "local people", "parents"}
    return any(item not in general for item in found)


def _commitments(analysis: Analysis, _areas: Iterable[str]) -> bool:
    """At least one sentence that promises something and gives a number (not a heading)."""
    return any(_PROMISE.search(s.text) and patterns.has_quantity(s.text)
               for s in analysis.prose_sentences)


def _specific(analysis: Analysis, _areas: Iterable[str]) -> bool:
    from .rules_text import vague_spans

    return _numbers(analysis, ()) and len(vague_spans(analysis)) <= 1


CONCEPTS: tuple[Concept, ...] = (
    Concept("numbers", "numbers (how many, how much)",
            _rx(r"\bhow\s+(?:many|much)\b|\bnumbers?\s+of\b|\bnumbers\b|\bquantif\w*|\bfigures\b"
                r"|\bmeasurable\b|\btargets?\b"), _numbers),
    Concept("timescale", "dates or timescales",
            _rx(r"\bby\s+when\b|\bwhen\b|\btimescales?\b|\btime-?\s?bound\b|\btimeframes?\b|"
                r"<<contract_span>>|"
                r"\bdates?\b|\b(?:each|per|every)\s+(?:year|quarter|month)\b|\bdeadlines?\b|"
                r"\byearly\b|\bannual\w*|\bquarterly\b|\bmonthly\b"),
            _time),
    Concept("beneficiaries", "who benefits",
            _rx(r"\bwho\s+(?:will\s+)?benefits?\b|\bbeneficiar\w*|\bwho\s+(?:you\s+)?(?:will\s+)?"
                r"(?:help|support|reach)\b|\bfor\s+whom\b"), _who),
    Concept("places", "where", _rx(r"^\s*(?:and\s+)?where\s*\??\s*$|\bwhere\s+(?:you|it|they)\s+"
                                   r"will\b|\bwhich\s+(?:areas?|wards?|places?)\b"), _where),
    Concept("local", "local focus", _rx(r"\blocal(?:ly)?\b"), _local),
    Concept("measurement", "how it is measured and reported",
            _rx(r"\bmeasur\w*|\bmonitor\w*|\breport\w*|\bshow\s+the\s+difference\b|"
                r"\bdifference\s+it\s+makes\b|\bkpis?\b|\bevaluat\w*|\brecord\w*|\btrack\w*|"
                r"\bcollect\s+evidence\b|\bevidence\s+(?:this|it|them|outcomes)\b|\bbaselines?\b|"
                r"\bevidence\s+to\s+be\s+(?:kept|collected|recorded)\b"), _measure),
    Concept("owner", "who leads it",
            _rx(r"\bwho\s+will\s+lead\b|\blead\s+it\b|\bnamed\s+lead\b|\bresponsib\w*|\bowner\w*"
                r"|\baccountab\w*|\bgovernance\b|\bchampion\b"), _owner),
    Concept("plan", "a delivery plan with milestones",
            _rx(r"\bmilestones?\b|\b(?:delivery|project|action)\s+plan\b|\bplan\b|"
                r"\bmethod\s+statement\b|\btimetable\b|\btimeline\b"), _plan),
    Concept("partners", "named partners",
            _rx(r"\bpartner\w*|\bwork\s+with\b|\bcollaborat\w*"), _partners),
    Concept("additional", "what is additional",
            _rx(r"\badditional\w*|\bover\s+and\s+above\b|\bbeyond\s+(?:the\s+)?core\b|"
                r"\badded\s+value\b|\bvalue\s+added\b|\bbeyond\b|\bgo(?:es)?\s+further\b"),
            _additional),
    Concept("past", "evidence of past delivery",
            _rx(r"(?<!collect\s)(?<!collecting\s)\bevidence(?:d)?\b"
                r"(?!\s+(?:this|it|them|outcomes|to\s+be))|\bpast\s+(?:delivery|"
                r"results|performance)\b|\btrack\s+record\b|\bprevious\w*|\bproven\b|"
                r"\bexperience\s+of\b|\bcase\s+stud\w*"), _past),
    Concept("voice", "beneficiaries' voices",
            _rx(r"\bvoices?\b|\bco-?design\w*|\bco-?produc\w*|\blived\s+experience\b|"
                r"\bfeedback\b|\blisten\w*"), _voice),
    Concept("contingency", "what happens if a target is missed",
            _rx(r"\bcontingenc\w*|\bmiss(?:ed|es)?\b|\bnon-?delivery\b|\bwhat\s+happens\s+if\b|"
                r"\brisks?\b|\bnot\s+met\b"), _contingency),
    Concept("priorities", "links to the buyer's priorities",
            _rx(r"\bpriorit\w*|\bplan\s+on\s+a\s+page\b|\bstrateg\w*|\baligned\b|\blinked\s+to\b"),
            _priorities),
    Concept("barriers", "people facing barriers",
            _rx(r"\bbarriers?\b|\bfurthest\s+from\b|\bdisadvantaged\b|\bunder-?represented\b|"
                r"\bhard(?:est)?\s+to\s+reach\b|\bneed\s+(?:it\s+)?(?:the\s+)?most\b|"
                r"\btargeted\s+at\b"), _barriers),
    Concept("commitments", "clear commitments",
            _rx(r"\bcommitments?\b|\bpledges?\b"), _commitments),
    Concept("specific", "specific rather than vague",
            _rx(r"\bspecific\b|\bvague\b|\bgeneric\b|\bgeneral\s+statements?\b|\bprecise\b"),
            _specific),
)
CONCEPTS_BY_NAME = {concept.name: concept for concept in CONCEPTS}


def concepts_in(text: str) -> list[Concept]:
    """The concepts a phrase of a question or descriptor asks for."""
    return [concept for concept in CONCEPTS if concept.asks.search(text)]


# ------------------------------------------------------------------ key words

# The social value phrase itself names no priority ("the social value of the contract").
_IGNORED_PHRASE = re.compile(r"\bsocial\s+value\b", re.IGNORECASE)


def key_stems(text: str) -> list[str]:
    """Stems of the content words of a phrase (stop words, instructions and numbers left out).

    Words, stems, stop words and synonyms come from the text toolkit
    (:mod:`svbidder.core.text`), as for the suggestions. A phrase listed among
    the synonyms ("cost of living", "net zero") counts as one word.
    """
    lists = word_lists()
    phrases = lists.joined_phrases()
    text = _IGNORED_PHRASE.sub(" ", text)
    for value, pattern in phrases:
        text = pattern.sub(f" {value} ", text)  # the phrase's stem stands in for it
    phrase_stems = {value for value, _ in phrases}
    stop_words = lists.question_stop_words
    stems: list[str] = []
    for word in words_of(text):
        folded = fold_word(word)
        if folded in stop_words or folded.isdigit() or len(folded) < 3:
            continue
        value = folded if folded in phrase_stems else stem(folded)
        if value not in stems:
            stems.append(value)
    return stems


def stem_present(analysis: Analysis, value: str) -> bool:
    """Whether the answer has a word with stem ``value``, or one that means much the same."""
    lists = word_lists()
    phrases = dict(lists.joined_phrases())
    for other in lists.synonyms_of(value) or {value}:
        pattern = phrases.get(other)
        if pattern is not None and pattern.search(analysis.plain):
            return True
        if analysis.has_stem(other):
            return True
    return False


@dataclass(frozen=True)
class Coverage:
    addressed: bool
    automatic: bool
    found: tuple[str, ...]
    missing: tuple[str, ...]
    concepts: tuple[str, ...]


def coverage(phrase: str, analysis: Analysis, area_words: Iterable[str] = (),
             min_share: float = 0.5) -> Coverage:
    """Whether ``analysis`` (the answer) covers what ``phrase`` asks for.

    With concepts in the phrase, every one must be present; otherwise at least
    ``min_share`` of its key words (at least one). ``automatic`` is False when
    the phrase has nothing to look for.
    """
    asked = concepts_in(phrase)
    areas = list(area_words)
    if asked:
        found = tuple(c.label for c in asked if c.present(analysis, areas))
        missing = tuple(c.label for c in asked if c.label not in found)
        return Coverage(not missing, True, found, missing, tuple(c.name for c in asked))
    stems = key_stems(phrase)
    if not stems:
        return Coverage(False, False, (), (), ())
    found_stems = tuple(s for s in stems if stem_present(analysis, s))
    need = max(1, math.floor(len(stems) * min_share + 1e-9))
    missing = tuple(s for s in stems if s not in found_stems)
    return Coverage(len(found_stems) >= need, True, found_stems, missing, ())


# ---------------------------------------------------------- question asks

_LIMIT_PHRASES = re.compile(
    r"\(?\b(?:using|in|with)?\s*(?:a\s+)?(?:maximum|max\.?|no\s+more\s+than|not\s+more\s+than|"
    r"up\s+to|limit(?:ed)?\s+(?:of|to))\s+(?:of\s+)?[\d,]+\s*(?:words?|characters?|pages?|sides?)"
    r"[^.;)]*\)?|\((?:max(?:imum)?\.?|limit)[^)]*\)|\b\d+\s+sides?\s+of\s+A4[^.;]*|"
    r"\bweighting:?\s*[\d.]+\s*%|\(\s*[\d.]+\s*%\s*\)", re.IGNORECASE)
_ASK_OPENERS = re.compile(
    r"^(?:please\s+)?(?:describe|explain|set\s+out|tell\s+us(?:\s+about)?|show|detail|outline|"
    r"provide|demonstrate|say|give|confirm|state|list|identify|include)\b\s*(?:us\s+)?"
    r"(?:how\s+you\s+will\s+|how\s+your\s+(?:organisation|company)\s+will\s+|what\s+|any\s+|"
    r"the\s+|your\s+)?", re.IGNORECASE)
# Starts only where a run of spaces starts, so a long run is read once (linear time).
_SPLIT_ASKS = re.compile(r"(?<!\s)\s*(?:[;:]|,\s*(?:and\s+)?|\s(?:especially|including|"
                         r"in\s+particular|such\s+as|for\s+example)\s+)\s*", re.IGNORECASE)


_THIS_CONTRACT_TAIL = _rx(r"(?<=\S)\s+(?:through|under|in)\s+<<this_contract>>\b.*$")


def question_asks(question_text: str) -> list[str]:
    """The parts of a question an answer must cover, in order, e.g. for
    "Reducing loneliness\\n\\nDescribe how you will reduce loneliness among older
    residents. Tell us who will benefit, where, and how many people each year." →
    ``["Reducing loneliness", "reduce loneliness among older residents",
    "who will benefit", "where", "how many people each year"]``.

    Word limits, weightings and instructions ("describe how you will") are left out.
    """
    text = (question_text or "").replace("\r", "")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    asks: list[str] = []
    if len(lines) > 1 and len(lines[0].split()) <= 10 and not lines[0].endswith((".", "?")):
        heading = _LIMIT_PHRASES.sub(" ", lines[0])
        heading = re.sub(r"^\s*[A-Z]{0,4}\d+[.)]?\s*[-–—:]?\s*", "", heading)
        asks.extend(part for part in re.split(r"\s*[,;:–—]\s*", heading) if part.strip())
        lines = lines[1:]
    body = _LIMIT_PHRASES.sub(" ", " ".join(lines))
    for sentence in re.split(r"(?<=[.?!])\s+", body):
        sentence = sentence.strip().rstrip(".?!").strip()
        if not sentence:
            continue
        for part in _SPLIT_ASKS.split(sentence):
            part = _ASK_OPENERS.sub("", part.strip()).strip(" ,.-–")
            part = re.sub(r"^(?:(?:and|or|also|especially|particularly|in\s+particular|including"
                          r"|such\s+as|for\s+example|e\.g\.?)\s+)+(?:for\s+)?", "", part,
                          flags=re.IGNORECASE)
            part = _THIS_CONTRACT_TAIL.sub("", part)
            if part and (concepts_in(part) or key_stems(part)):
                asks.append(part)
    seen: set[str] = set()
    unique = []
    for ask in asks:
        key = ask.lower()
        if key not in seen:
            seen.add(key)
            unique.append(ask)
    return unique
