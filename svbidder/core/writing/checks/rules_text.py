"""Checks on what the answer says: length, specifics, delivery, fit and additionality."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..counting import ParagraphCounter, limit_status, page_status
from . import patterns
from .base import RunState, rule
from .concepts import coverage, question_asks
from .text import Analysis, TextMap

Hit = tuple[int, int, str]

# ------------------------------------------------------------------- length


@rule("empty-answer", title="No answer yet", severity="must", family="limits",
      description="The answer has no text. When it is empty no other check runs.",
      why="A blank answer scores nothing. Even a short answer with one clear, measurable "
          "commitment earns marks.",
      guide="writing-to-a-limit#getting-started")
def empty_answer(state: RunState) -> Iterator[Hit]:
    if not state.text.strip():
        yield 0, 0, "There is no answer yet."


def _value(counts, kind: str, safe: bool) -> float:
    return counts.value(kind, safe=safe)


def _overflow_start(state: RunState, kind: str, limit: float, safe: bool) -> int | None:
    """The plain offset of the first word or character past the limit."""
    markdown = state.markdown
    breaks = list(re.finditer(r"\r\n|\r|\n|\u2029", markdown))
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(markdown)]
    counter = ParagraphCounter([], markdown=True)
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        line = markdown[start:end]
        counter.replace(index, 0, [line])
        if _value(counter.totals(), kind, safe) <= limit:
            continue
        low, high = 0, len(line)
        while low < high:
            middle = (low + high) // 2
            counter.update(index, line[:middle])
            if _value(counter.totals(), kind, safe) > limit:
                high = middle
            else:
                low = middle + 1
        md_offset = start + max(0, low - 1)
        text_map: TextMap = state.cache.setdefault("text_map", TextMap(markdown))
        offset = text_map.to_plain(md_offset)
        if kind == "words":
            while offset > 0 and not state.text[offset - 1].isspace():
                offset -= 1
        return min(offset, len(state.text))
    return None


def _text_limit(state: RunState) -> tuple[str, float] | None:
    kind, value = state.context.limit_kind, state.context.limit_value
    if kind in ("words", "characters", "characters_no_spaces") and value and value > 0:
        return kind, float(value)
    return None


@rule("over-limit", title="Over the limit", severity="must", family="limits",
      description="""The answer is longer than the question allows, counted the way the
      question counts (words as Word counts them, or characters with or without spaces). For a
      page limit, the estimated number of pages is used. The highlight starts at the first word
      past the limit.""",
      why="""Buyers stop reading at the limit, deduct marks or reject an answer that is too
      long. Anything past the limit will probably not be scored.""",
      guide="writing-to-a-limit#over-the-limit")
def over_limit(state: RunState) -> Iterator[Hit]:
    context = state.context
    if context.limit_kind == "pages":
        if context.pages is None or not context.limit_value:
            return
        status = page_status(context.pages, context.limit_value)
        if status.state == "over":
            yield 0, 0, f"The answer is {status.message}. Cut it back before you submit."
        return
    limit = _text_limit(state)
    if limit is None:
        return
    kind, value = limit
    status = limit_status(state.counts, kind, value)
    if status.state != "over":
        return
    start = _overflow_start(state, kind, value, safe=False)
    if start is None or start >= len(state.text):
        yield 0, 0, f"{status.message}. Cut it back before you submit."
    else:
        yield start, len(state.text), (f"{status.message}. The highlighted text is past the "
                                       "limit and may not be read.")


@rule("over-safe-limit", title="Over the limit in some portals", severity="should",
      family="limits",
      description="""Within the limit by the question's own count, but over it by the
      portal-safe count: the highest count any common counter gives (a plain-text portal counts
      list bullets and numbers, line breaks as two characters, and splits at slashes and
      dashes). Not raised when the answer is already over by the main count.""",
      why="""E-tendering portals often count more than Word does. An answer that fits in Word
      can be cut off or refused when it is pasted in.""",
      guide="writing-to-a-limit#portal-safe-count")
def over_safe_limit(state: RunState) -> Iterator[Hit]:
    limit = _text_limit(state)
    if limit is None:
        return
    kind, value = limit
    if limit_status(state.counts, kind, value).state == "over":
        return
    status = limit_status(state.counts, kind, value, safe=True)
    if status.state != "over":
        return
    start = _overflow_start(state, kind, value, safe=True)
    message = (f"{status.message}. Bullets, line breaks and dashes count extra in some "
               "portals, so this may not fit when pasted in.")
    if start is None or start >= len(state.text):
        yield 0, 0, message
    else:
        yield start, len(state.text), message


@rule("far-under-limit", title="Far under the limit", severity="should", family="limits",
      description="""The answer uses less than 60% of the limit (words or characters; pages
      when an estimate is available). Not raised for an empty answer.""",
      why="""Evaluators can only score what is written. Space left unused is usually marks
      left on the table: add numbers, the plan, how you will measure and report, and evidence
      that you have done it before.""",
      guide="writing-to-a-limit#using-the-space", thresholds={"min_fraction": 0.6})
def far_under_limit(state: RunState) -> Iterator[Hit]:
    context = state.context
    fraction = state.threshold("min_fraction")
    if context.limit_kind == "pages":
        if context.pages is None or not context.limit_value:
            return
        used, limit, noun = context.pages, float(context.limit_value), "pages"
    else:
        limit_info = _text_limit(state)
        if limit_info is None:
            return
        kind, limit = limit_info
        used = state.counts.value(kind)
        noun = "words" if kind == "words" else "characters"
    if used <= 0 or used >= fraction * limit:
        return
    share = used / limit
    shown_used = f"{used:,.1f}" if noun == "pages" else f"{int(used):,}"
    if limit == 1:
        noun = noun[:-1]
    yield 0, 0, (f"The answer uses {shown_used} of {limit:,g} {noun} ({share:.0%}). Use the "
                 "space for more detail an evaluator can score.")


# --------------------------------------------------------------- specifics


@rule("no-numbers", title="No numbers", severity="must", family="specifics",
      description="""The answer has no figures saying how many or how much: digits ("85",
      "£1,200", "71%") or number words ("twelve"). Years, dates, ordinals, numbering such as
      "Year 1" and digits inside words ("CO2") do not count as figures.""",
      why="""Evaluators reward commitments they can measure and hold you to. Without numbers,
      a promise cannot be checked and usually scores "poor" or "weak".""",
      guide="smart-commitments#numbers")
def no_numbers(state: RunState) -> Iterator[Hit]:
    if not state.analysis.memo("has_quantity", patterns.has_quantity):
        yield 0, 0, ("The answer has no numbers. Say how many people, sessions, jobs or hours, "
                     "or how much, for each commitment.")


@rule("no-timescale", title="No dates or timescales", severity="must", family="specifics",
      description="""The answer has no dates or timescales: months and years ("March 2027"),
      periods ("within 6 months", "each year", "quarterly", "Year 1", "by the end of the
      contract"), or the length of the contract in any of its usual wordings ("over the life
      of the contract", "over the three-year contract", "for the whole contract", "throughout
      the contract"). Vague time words ("soon", "ongoing", "regularly") do not count.""",
      why="""A commitment with no "by when" is not time-bound, so an evaluator cannot score it
      as a firm commitment and a contract manager cannot monitor it.""",
      guide="smart-commitments#timescales")
def no_timescale(state: RunState) -> Iterator[Hit]:
    if not state.analysis.memo("has_timescale", patterns.has_timescale):
        yield 0, 0, ("The answer has no dates or timescales. Say by when, how often or over "
                     "what period (for example “each year of the contract”, “by March 2027”).")


@rule("no-beneficiaries", title="No named beneficiaries or places", severity="should",
      family="specifics",
      description="""The answer names neither a group of people who will benefit (older
      people, care leavers, households, young people…) nor a place (a capitalised name after
      "in", "across" or "of", a ward, estate or village, or a place in your organisation's
      area served). "The community" and "people" alone do not count.""",
      why="""Evaluators look for who will benefit and where. Naming the group and the place
      shows the offer is targeted at the buyer's area and needs, not generic.""",
      guide="smart-commitments#who-and-where")
def no_beneficiaries(state: RunState) -> Iterator[Hit]:
    if state.analysis.memo("has_beneficiaries", patterns.has_beneficiaries):
        return
    if patterns.places(state.text, state.context.area_words):
        return
    yield 0, 0, ("The answer does not say who will benefit or where. Name the group (for "
                 "example “older people living alone”) and the places or wards.")


_VAGUE = patterns.any_of(
    r"\b(?:where|wherever|when|whenever|if)\s+(?:at\s+all\s+)?(?:possible|appropriate|"
    r"practicable|practical|feasible|applicable)\b",
    r"\bas\s+(?:far\s+as\s+(?:possible|practicable|we\s+can)|appropriate|and\s+when\s+"
    r"(?:possible|appropriate|required|needed)|much\s+as\s+(?:possible|we\s+can)|soon\s+as\s+"
    r"(?:possible|practicable))\b",
    r"\bwhere\s+we\s+can\b",
    r"\bif\s+(?:we\s+can|resources\s+allow|funding\s+allows|time\s+allows|capacity\s+allows)\b",
    r"\b(?:where|if)\s+(?:resources|capacity|funding|time)\s+(?:allow|allows|permit|permits)\b",
    r"\bsubject\s+to\s+(?:funding|capacity|resources|demand|availability)\b",
    r"\b(?:aim|aims|aiming|aimed)\s+to\b",
    r"\b(?:we|i)\s+(?:will\s+|would\s+)?(?:hope|intend|wish|would\s+like|anticipate|envisage)\s+"
    r"to\b",
    r"\b(?:we|i)\s+hope\b", r"\bhope\s+to\b", r"\bhopefully\b", r"\bit\s+is\s+hoped\b",
    r"\bendeavou?r(?:s|ed|ing)?\b",
    r"\b(?:seek|seeks|seeking)\s+to\b", r"\b(?:strive|strives|striving)\s+to\b",
    r"\b(?:try|tries|trying)\s+to\b", r"\b(?:attempt|attempts)\s+to\b",
    r"\b(?:look|looks|looking)\s+to\b(?!\s+the\b)",
    r"\b(?:we|this|it|there|(?:the|our)\s+(?:service|project|programme|contract|scheme|team|"
    r"staff|organisation|charity|hub|offer))\s+(?:may|might|could)\b(?!\s+not\b)",
    r"\bpotentially\b", r"\bpossibly\b", r"\bperhaps\b", r"\bideally\b",
    r"\bin\s+due\s+course\b", r"\bat\s+some\s+(?:point|stage)\b",
    r"\bin\s+the\s+(?:near\s+|longer\s+|long\s+)?future\b",
    r"\bwill\s+(?:consider|explore|look\s+(?:at|into))\b",
    r"\bexplor(?:e|ing)\s+(?:ways|options|opportunities|the\s+possibility)\b",
    r"\bto\s+some\s+(?:extent|degree)\b", r"\bshould\s+be\s+able\s+to\b",
    r"\b(?:will|would)\s+encourage\b",
)
_MODAL = re.compile(r"\b(?:may|might|could)\b", re.IGNORECASE)


def vague_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """Hedged phrases outside quotations (cached on the analysis)."""
    return analysis.memo("vague_spans", lambda plain: [
        (a, b) for a, b in patterns.merge(patterns.find_spans(_VAGUE, plain))
        if not analysis.in_quote(a)])


@rule("vague-promise", title="Vague or hedged promise", severity="should",
      family="specifics",
      description="""Hedges that make a promise optional: "where possible", "as appropriate",
      "we aim to", "we hope", "endeavour", "seek to", "try to", "we may", "this could",
      "potentially", "in due course", "we will explore"… "May" the month and "may" about
      someone else ("residents may refer themselves") are not flagged, nor anything inside
      quotation marks.""",
      why="""Evaluators mark down promises that might not happen: "where possible" reads as
      "perhaps not". Say what you will do, how much and by when, or leave it out.""",
      guide="smart-commitments#vague-promises")
def vague_promise(state: RunState) -> Iterator[Hit]:
    for start, end in vague_spans(state.analysis):
        phrase = state.text[start:end]
        shown = _MODAL.search(phrase)
        word = shown.group() if shown and len(phrase.split()) <= 3 else phrase
        yield start, end, (f"“{word}” is a hedge: an evaluator reads it as a promise you may "
                           "not keep. Say what you will do, how much and by when.")


_VAGUE_QUANTITY = patterns.any_of(
    r"\ba\s+(?:number|range|variety|host|wide\s+range|wide\s+variety|significant\s+number|"
    r"large\s+number|great\s+deal)\s+of\b(?!\s*\d)",
    r"\bvarious\b", r"\bnumerous\b", r"\blots\s+of\b", r"\ba\s+lot\s+of\b", r"\bplenty\s+of\b",
    r"\bcountless\b",
)


@rule("vague-quantity", title="Vague amount", severity="consider", family="specifics",
      description="""Amounts that sound like numbers but are not: "a number of", "a range of",
      "various", "numerous", "lots of", "a significant number of". Not raised for "a range of 10
      to 15" or inside quotation marks.""",
      why="""Evaluators cannot score "a number of placements". Give the number, even a
      cautious one ("at least 6").""",
      guide="smart-commitments#vague-quantities")
def vague_quantity(state: RunState) -> Iterator[Hit]:
    for match in _VAGUE_QUANTITY.finditer(state.text):
        if state.analysis.in_quote(match.start()):
            continue
        yield match.start(), match.end(), (f"“{match.group()}” does not say how many. Give a "
                                           "number, even a cautious one (“at least 6”).")


@rule("unmeasurable-commitment", title="Commitment without a number or timeframe",
      severity="should", family="specifics",
      description="""A sentence that makes a promise ("we will recruit…", "we will offer…")
      about something countable, but gives no number, or no timeframe in the sentence, its
      paragraph or the heading of its section. Sentences without a countable action ("we will
      work with…") are not checked, nor headings: "## …" lines, and short lines (up to ten
      words) with no full stop that stand alone as a paragraph ("How we will deliver it").""",
      why="""Each commitment becomes something the buyer can monitor only when it has a
      number, a unit and a period: "we will recruit local volunteers" cannot be checked; "we
      will recruit 20 volunteers from Eastfield each year" can.""",
      guide="smart-commitments#complete-commitments")
def unmeasurable_commitment(state: RunState) -> Iterator[Hit]:
    analysis = state.analysis
    paragraph_time: dict[int, bool] = {}

    def timed(paragraph: int | None) -> bool:
        if paragraph is None:
            return False
        if paragraph not in paragraph_time:
            paragraph_time[paragraph] = patterns.has_timescale(analysis.paragraph_text(paragraph))
        return paragraph_time[paragraph]

    for sentence in analysis.prose_sentences:  # a heading promises nothing
        text = sentence.text
        cue = patterns.COMMITMENT_CUE.search(text)
        if not cue or analysis.in_quote(sentence.start + cue.start()):
            continue
        if not patterns.COUNTABLE_ACTION.search(text, cue.end()):
            continue
        has_number = patterns.has_quantity(text)
        # a timeframe in the sentence, its paragraph or the heading of its section
        # ("Over the three-year contract" above a list of promises)
        has_time = patterns.has_timescale(text) or timed(sentence.paragraph) \
            or timed(analysis.heading_above(sentence.paragraph))
        if has_number and has_time:
            continue
        missing = ("number or timeframe" if not has_number and not has_time
                   else "number" if not has_number else "timeframe")
        yield sentence.start, sentence.end, (f"This commitment has no {missing}. Say how "
                                             "many, of what, and by when.")


# ----------------------------------------------------------------- delivery


@rule("no-measurement", title="No measurement or reporting", severity="should",
      family="delivery",
      description="""The answer never says how results will be measured, monitored, recorded
      or reported: words such as "measure", "monitor", "record", "report", "KPI", "survey",
      "baseline", "register", "follow-up calls", "loneliness scale". "Track record" and "data
      protection" do not count.""",
      why="""Commitments become contract KPIs. Evaluators look for how you will collect
      evidence (registers, surveys, follow-up calls) and how often you will report it; without
      that, even a good offer scores "weak".""",
      guide="measuring-and-reporting#monitoring")
def no_measurement(state: RunState) -> Iterator[Hit]:
    if not state.analysis.memo("has_measurement", patterns.has_measurement):
        yield 0, 0, ("The answer does not say how you will measure, record or report what you "
                     "deliver. Say what you will count, how (for example sign-in sheets or a "
                     "short survey) and how often you will report it.")


@rule("no-owner", title="No owner or responsible role", severity="should", family="delivery",
      description="""Nobody is named as responsible: no role (manager, coordinator, lead,
      officer, director, trustees, "social value champion") and no "led by", "managed by",
      "responsible for". "Will lead to" does not count, nor the buyer's "contract manager".""",
      why="""Evaluators look for a named owner: someone the buyer can hold to account for
      delivering the commitments and reporting on them.""",
      guide="measuring-and-reporting#owner", thresholds={"min_words": 80})
def no_owner(state: RunState) -> Iterator[Hit]:
    if state.analysis.word_count < state.threshold("min_words"):
        return
    if not state.analysis.memo("has_owner", patterns.has_owner):
        yield 0, 0, ("The answer does not say who is responsible. Name the role that will lead "
                     "and report on this (for example “our Volunteer Coordinator”).")


@rule("no-delivery-plan", title="No delivery plan or milestones", severity="should",
      family="delivery",
      description="""No plan words ("milestones", "delivery plan", "Phase 1", "Month 3",
      "Q2", "within 3 months of contract start", "contingency") and fewer than two dated steps
      ("by June 2026 …, from September 2026 …"). Only checked in answers of 150 words or
      more.""",
      why="""A delivery plan with timed milestones shows the buyer the commitments are
      realistic and will start on time; evaluators score "how" as well as "what".""",
      guide="measuring-and-reporting#delivery-plan", thresholds={"min_words": 150})
def no_delivery_plan(state: RunState) -> Iterator[Hit]:
    if state.analysis.word_count < state.threshold("min_words"):
        return
    if not state.analysis.memo("has_plan", patterns.has_plan):
        yield 0, 0, ("The answer has no delivery plan or milestones. Say what happens when "
                     "(for example “Month 1: … ; by Month 3: …”).")


# ---------------------------------------------------------------------- fit


@rule("unaddressed-priority", title="Part of the question not answered", severity="should",
      family="fit",
      description="""Each part of the question (its heading, and each thing it asks: "who will
      benefit", "where", "how many people each year", "how you will show the difference") and
      each priority linked to the question is looked for in the answer. A part is addressed
      when the answer gives what it asks for (numbers, dates, a named lead, partners…) or uses
      at least half of its key words (or words that mean much the same). Word limits and
      weightings in the question are ignored.""",
      why="""Evaluators score the answer against the question and the buyer's priorities,
      part by part. A part left out usually scores nothing, however good the rest is.""",
      guide="reading-council-priorities#answer-every-part",
      thresholds={"min_share": 0.5})
def unaddressed_priority(state: RunState) -> Iterator[Hit]:
    share = state.threshold("min_share")
    context = state.context
    areas = list(context.area_words)
    for ask in question_asks(context.question_text):
        result = coverage(ask, state.analysis, areas, share)
        if result.automatic and not result.addressed:
            yield 0, 0, (f"The question asks about “{_shortened(ask)}”, but the answer does "
                         "not seem to say.")
    for title in context.outcome_titles:
        title = (title or "").strip()
        if not title:
            continue
        result = coverage(title, state.analysis, areas, share)
        if result.automatic and not result.addressed:
            yield 0, 0, (f"The priority “{title}” is linked to this question, but the answer "
                         "does not seem to address it.")


_BUSINESS_AS_USUAL = patterns.any_of(
    r"\b(?:we|our\s+(?:team|staff|volunteers|organisation|charity|service|services|hub))\s+"
    r"(?:already|currently|routinely|always|have\s+always|will\s+continue\s+to|continue\s+to)\b",
    r"\bas\s+we\s+(?:always\s+)?(?:have\s+)?(?:always\s+)?(?:do|did|have\s+done)\b",
    r"\bbusiness\s+as\s+usual\b", r"\bas\s+(?:usual|normal)\b",
    r"\bour\s+(?:usual|normal|standard|existing|core|everyday)\s+(?:service|services|practice|"
    r"practices|work|offer|activities|provision|approach)\b",
)
_ALREADY_REQUIRED = patterns.any_of(
    r"\bas\s+(?:required|specified|set\s+out|stated|detailed|outlined)\s+(?:by|in|under)\s+"
    r"(?:<<the_contract>>|(?:the\s+)?(?:contract|specification|service\s+specification|tender|"
    r"terms)\b)",
    r"\b(?:in\s+line\s+with|in\s+accordance\s+with)\s+(?:<<the_contract>>|(?:the\s+)?"
    r"(?:contract(?:ual)?(?:\s+requirements?)?|specification|service\s+specification|law|"
    r"legislation)\b)",
    r"\b(?:comply|complies|complying|compliance)\s+(?:fully\s+)?with\b",
    r"\b(?:gdpr|legally|fully)\s+compliant\b",
    r"\b(?:statutory|legal)\s+(?:requirements?|duty|duties|obligations?|minimum)\b",
    r"\brequired\s+by\s+law\b",
    r"\b(?:national\s+)?minimum\s+wage\b", r"\bnational\s+living\s+wage\b",
    r"\b(?:equal\s+opportunities|health\s+and\s+safety|safeguarding|data\s+protection)\s+"
    r"polic(?:y|ies)\b",
)


def _additional_sentence(state: RunState, position: int) -> bool:
    sentence = state.analysis.sentence_at(position)
    text = sentence.text if sentence else ""
    return bool(patterns.additionality_markers().search(text))


@rule("business-as-usual", title="Reads as business as usual", severity="consider",
      family="fit",
      description="""Phrases that describe what you do anyway: "we already", "we currently",
      "we will continue to", "as we always have", "our existing service". Not raised when the
      same sentence says what is extra ("additional", "new", "more than", "expand", "on top
      of", "this contract will fund"…).""",
      why="""Buyers score what is additional: what changes only if you win this contract. Your
      everyday work can count, but say what this contract adds (more people, new places,
      longer hours) so an evaluator can see the difference.""",
      guide="proportionality-and-additionality#additionality")
def business_as_usual(state: RunState) -> Iterator[Hit]:
    for match in _BUSINESS_AS_USUAL.finditer(state.text):
        if state.analysis.in_quote(match.start()) or _additional_sentence(state, match.start()):
            continue
        yield match.start(), match.end(), (f"“{match.group()}” reads as business as usual. Say "
                                           "what changes only if you win this contract.")


@rule("already-required", title="Already required by law or the contract", severity="should",
      family="fit",
      description="""Claims that every bidder must meet anyway: complying with the law or the
      contract, "as required by the specification", statutory duties, paying the minimum wage
      or National Living Wage, having a safeguarding or health and safety policy. Not raised
      when the same sentence says what goes further ("above", "additional", "more than"…).""",
      why="""Meeting the law or the contract is expected of every bidder, so it scores nothing
      as social value. Keep the words for what you will do over and above it.""",
      guide="proportionality-and-additionality#already-required")
def already_required(state: RunState) -> Iterator[Hit]:
    for match in _ALREADY_REQUIRED.finditer(state.text):
        if state.analysis.in_quote(match.start()) or _additional_sentence(state, match.start()):
            continue
        yield match.start(), match.end(), (f"“{match.group()}” is something every bidder must "
                                           "do anyway, so it adds no social value. Say what "
                                           "you will do over and above it.")


def _shortened(text: str, limit: int = 90) -> str:
    """Part of a question quoted in a message: on one line, and not too long to read."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"
