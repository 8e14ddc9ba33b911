"""What the checks look for: numbers, dates and timescales, monitoring, owners,
plans, beneficiaries and places. Each detector takes a text and returns the
``(start, end)`` spans it found, so it works on a whole answer or one sentence.

The lists are deliberately conservative: a check that cries wolf is ignored.
Each one is exercised by tests of text that must and must not match
(tests/core/test_checks.py).

People say the same thing in many ways ("over the life of the contract", "over
the three-year contract", "for the whole contract", "throughout the contract").
No rule spells out one wording of such a phrase: it names the phrase's family,
``<<contract_span>>``, and :func:`any_of` (or :func:`expand`) puts in every
wording listed once in :data:`EQUIVALENTS`. So every rule accepts the same
equivalents, and a wording added there reaches every rule at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
                "million", "dozen", "half")
_NUMWORD = "(?:" + "|".join(NUMBER_WORDS) + r")(?:-(?:one|two|three|four|five|six|seven|" \
    r"eight|nine))?"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTHS_NOT_MAY = "|".join(m for m in _MONTHS if m != "May")
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_PERIOD = r"(?:day|week|fortnight|month|year|quarter|term)s?"


# ------------------------------------------------------ equivalent wordings

_LENGTH = (rf"(?:(?:\d+|{_NUMWORD}|one)[\s-]+(?:year|month)s?(?:[\s-]+long)?"
           r"|multi-?year|annual|rolling)")
_CONTRACT_NOUN = r"(?:contract|agreement|grant\s+agreement|service\s+contract)"
_WHOLE = r"(?:whole|full|entire|complete)"
_TERM_NOUN = r"(?:life|lifetime|length|duration|term|course|period|span|lifespan)"
_BEGINNING = (r"(?:start|start\s+date|launch|go-live|mobili[sz]ation|award|commencement|"
              r"begins|starts)")

# Families of wordings that mean the same, written once. A rule's pattern names a
# family as <<name>>; families may name other families. Each wording is a fixed
# sequence of words, so the patterns stay linear-time on any text.
EQUIVALENTS: dict[str, str] = {
    # the contract this bid is for: "the contract", "this three-year contract",
    # "our new agreement", "the contract term"
    "the_contract": (rf"(?:the|this|our)\s+(?:(?:new|initial|proposed|{_WHOLE})\s+)?"
                     rf"(?:{_LENGTH}\s+)?{_CONTRACT_NOUN}(?:\s+(?:term|period))?"),
    # this contract in particular, as against contracts in general ("this
    # contract", "the new contract"): what an offer adds is "thanks to this contract"
    "this_contract": (rf"(?:this|the\s+new)\s+(?:{_LENGTH}\s+)?{_CONTRACT_NOUN}"
                      r"(?:\s+(?:term|period))?"),
    # the whole time the contract runs
    "contract_span": "|".join((
        # over the life of the contract, for the duration of this agreement,
        # throughout the whole term of the contract
        rf"\b(?:over|for|during|throughout|across|through|within|in)\s+(?:the|its)\s+"
        rf"(?:{_WHOLE}\s+)?(?:{_TERM_NOUN}|years?)\s+of\s+<<the_contract>>",
        # over the three-year contract, throughout the contract, across the contract term
        r"\b(?:over|during|throughout|across)\s+<<the_contract>>",
        # for the whole contract, for the three-year contract, for the contract period
        rf"\bfor\s+(?:the|this)\s+(?:{_WHOLE}\s+(?:{_LENGTH}\s+)?|{_LENGTH}\s+)"
        rf"{_CONTRACT_NOUN}",
        rf"\bfor\s+(?:the|this)\s+{_CONTRACT_NOUN}\s+(?:term|period)",
        # each year of the contract, in every year of this agreement
        r"\b(?:each|every|per)\s+(?:year|quarter|month)\s+of\s+<<the_contract>>",
        # over the contract's three years, across the contract's life
        rf"\b(?:over|for|across|throughout|during)\s+(?:the|this)\s+{_CONTRACT_NOUN}['’]s\s+"
        rf"(?:{_LENGTH}|{_TERM_NOUN}|(?:{_WHOLE}\s+)?{_TERM_NOUN})",
        # for as long as the contract runs, while the contract lasts
        rf"\b(?:(?:for\s+)?as\s+long\s+as|while|until|till)\s+(?:the|this|our)\s+"
        rf"{_CONTRACT_NOUN}\s+(?:runs|lasts|continues|is\s+in\s+place|ends)",
        # from contract start to (contract) end
        r"\bfrom\s+(?:the\s+)?start\s+(?:of\s+<<the_contract>>\s+)?(?:to|until|till)\s+"
        r"(?:the\s+)?end\b",
    )),
    # the day the contract starts: "contract start", "the start of the contract",
    # "go-live", "contract award", "when the contract begins"
    "contract_start": "|".join((
        rf"\b{_CONTRACT_NOUN}\s+{_BEGINNING}",
        r"\b(?:start|beginning|commencement|launch|award|signing)\s+of\s+<<the_contract>>",
        r"\b<<the_contract>>\s+(?:starts|begins|goes\s+live|is\s+awarded)",
        r"\bgo-live\b",
    )),
}
_FAMILY = re.compile(r"<<(\w+)>>")


def expand(pattern: str) -> str:
    """``pattern`` with every ``<<family>>`` replaced by all its wordings (see EQUIVALENTS)."""
    for _ in range(5):  # families name families, a few levels deep at most
        if "<<" not in pattern:
            return pattern
        pattern = _FAMILY.sub(lambda m: f"(?:{EQUIVALENTS[m.group(1)]})", pattern)
    raise ValueError("Families of equivalent wordings name each other in a loop.")


def any_of(*parts: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern matching any of ``parts`` (case-insensitive unless ``(?-i:…)``).

    A ``<<family>>`` in a part matches any wording of that family (:data:`EQUIVALENTS`).
    No part starts with a space, so the pattern first looks for anything else: on a long
    run of spaces each place is then ruled out at once, not by every part in turn.
    """
    return re.compile("(?=\\S)(?:" + "|".join(f"(?:{expand(part)})" for part in parts) + ")",
                      flags)


# One search of a long answer runs in C and holds the interpreter's lock until it
# ends (0.2 s for 100 KB with the bigger patterns below). The checks run on a worker
# thread, but while it holds the lock the window cannot repaint or take a key. So a
# long text is searched a window at a time: each window ends on a space, so no word
# boundary is invented, and runs a little past its cut, so a phrase across the cut is
# still found whole (phrases are far shorter than the overlap).
WINDOW = 2000
OVERLAP = 200


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """``(cut, end)`` pairs: search up to ``end``; keep matches that start before ``cut``."""
    length = len(text)
    cut = 0
    while cut < length:
        cut = min(length, cut + WINDOW)
        end = min(length, cut + OVERLAP)
        if end < length:
            space = max(text.rfind(" ", cut, end), text.rfind("\n", cut, end))
            end = space if space > cut else end
        yield cut, end


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found a window at a time (see WINDOW)."""
    position = 0
    for cut, end in _windows(text):
        last = end >= len(text)
        for match in pattern.finditer(text, position, end):
            if match.start() >= cut and not last:
                break
            yield match
            position = max(match.end(), match.start() + 1)
        if last:
            return
        position = max(position, cut)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text``, found a window at a time."""
    return next(matches(pattern, text), None)


def find_spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Every non-empty match of ``pattern`` in ``text`` as ``(start, end)``."""
    return [(m.start(), m.end()) for m in matches(pattern, text) if m.end() > m.start()]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlaps joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# ------------------------------------------------------------------ numbers

_DIGITS = re.compile(
    r"(?<![\w\-/.,£$€])[£$€]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s?%|\s?(?:k|m|bn)\b|(?:st|nd|rd|th)\b)?")
_NUMBER_WORD = re.compile(rf"\b{_NUMWORD}\b", re.IGNORECASE)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)$")
_NUMBERING_BEFORE = re.compile(
    r"\b(?:year|month|week|quarter|phase|stage|step|level|section|question|page|part|lot|"
    r"outcome|theme|priority|tier|key stage|day|sv|table|figure|appendix|annex|no\.?)\s*$",
    re.IGNORECASE)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|of|during|to|and|before|after|between|through|"
    r"early|late|mid|spring|summer|autumn|winter|" + _MONTHS_NOT_MAY + r"|May|" + _MONTH_ABBR +
    r")\.?\s*|[-–/]\s*)$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^\s*(?:of\s+)?(?:" + "|".join(_MONTHS) + "|" + _MONTH_ABBR + r")\b")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTHS) + "|" + _MONTH_ABBR + r")\.?\s*$")


def quantities(text: str) -> list[Span]:
    """Figures that say how many or how much: ``85``, ``£1,200``, ``71%``, ``twelve``.

    Not counted: years (``in 2026``, ``2026/27``), days of the month (``3 March``),
    ordinals (``1st``), numbering (``Year 1``, ``Phase 2``) and digits inside words
    (``CO2``, ``SV1``, ``Covid-19``); nor "one", which is usually a pronoun.
    """
    found: list[Span] = []
    for match in matches(_DIGITS, text):
        token = match.group().strip()
        digits = token.lstrip("£$€ ").replace(",", "")
        before = text[max(0, match.start() - 24):match.start()]
        after = text[match.end():match.end() + 16]
        if _ORDINAL_DIGITS.search(token):
            continue
        if _NUMBERING_BEFORE.search(before):
            continue
        if digits.isdigit() and len(digits) == 4 and digits[:2] in ("19", "20") \
                and "," not in token and (_YEAR_CONTEXT_BEFORE.search(before)
                                          or re.match(r"^\s*[-–/]\s*\d{2}", after)
                                          or not re.match(r"^\s+[a-z]", after)):
            continue
        if digits.isdigit() and len(digits) <= 2 and int(digits) <= 31 and "%" not in token and \
                (_MONTH_AFTER.match(after) or _MONTH_BEFORE.search(before)):
            continue
        found.append((match.start(), match.end()))
    found.extend(find_spans(_NUMBER_WORD, text))
    return sorted(found)


def has_quantity(text: str) -> bool:
    return bool(quantities(text))


# ------------------------------------------------------------ timescales

_TIMESCALE = any_of(
    rf"(?-i:\b(?:{_MONTHS_NOT_MAY})\b)",
    r"(?-i:\bMay\s+\d)",
    r"\d(?:st|nd|rd|th)?\s+(?-i:May)\b",
    r"\b(?:in|by|from|until|till|of|since|during|before|after|early|late|mid|end\s+of)"
    r"[\s-]+(?-i:May)\b",
    rf"(?-i:\b(?:{_MONTH_ABBR})\.?\s+\d{{2,4}}\b)",
    r"(?<![\d,.£])\b(?:19|20)\d{2}(?:\s*[/–-]\s*\d{2,4})?\b(?![,.]\d)",
    rf"\b(?:\d+(?:\.\d+)?|{_NUMWORD}|one|a|an|half\s+a)[\s-]+(?:calendar\s+|financial\s+|"
    rf"academic\s+|school\s+|full\s+|working\s+)?{_PERIOD}\b",
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|annual|yearly|bi-?annual(?:ly)?"
    r"|termly|twice-yearly)\b",
    r"\b(?:each|every|per|a|an)\s+(?:day|week|fortnight|month|quarter|year|term|school\s+term|"
    r"financial\s+year|academic\s+year|school\s+holiday)\b",
    rf"\b(?:first|second|third|fourth|fifth|final|next|initial|opening)\s+"
    rf"(?:(?:\d+|{_NUMWORD})\s+)?{_PERIOD}\b",
    r"\b(?:this|next|the\s+coming)\s+(?:year|month|quarter|term|financial\s+year|"
    r"academic\s+year|spring|summer|autumn|winter)\b",
    r"\b(?:year|month|week|quarter)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\b",
    r"(?-i:\bQ[1-4]\b)",
    r"<<contract_span>>", r"<<contract_start>>",
    r"\b(?:end|start|beginning|middle|close|launch)\s+of\s+<<the_contract>>",
    r"\b(?:end|start|beginning|middle|close|launch|life|lifetime|term|duration|course|length)"
    r"\s+of\s+(?:the\s+|this\s+|each\s+|every\s+|our\s+)?(?:contract|year|month|quarter|"
    r"project|programme|service|financial\s+year|first\s+year|agreement)\b",
    r"\bservice\s+(?:start|start\s+date|launch|go-live|mobilisation|commencement)\b",
    r"\bper\s+annum\b",
    r"\b(?:financial|academic|calendar|school)\s+year\b",
    r"\bby\s+(?:the\s+)?(?:end|start|spring|summer|autumn|winter)\b",
    r"\b(?:from|on)\s+day\s+(?:one|1)\b",
    r"\bterm[-\s]time\b",
)


def timescales(text: str) -> list[Span]:
    """Dates and timescales: ``March 2027``, ``within 6 months``, ``quarterly``,
    ``100 people a year``, ``Year 1``, ``by the end of the contract``. Not vague
    time words (``soon``, ``ongoing``, ``regularly``), nor "may" the verb."""
    return find_spans(_TIMESCALE, text)


def has_timescale(text: str) -> bool:
    return search(_TIMESCALE, text) is not None


# ---------------------------------------------------- monitoring, owner, plan

_MEASUREMENT = any_of(
    r"\bmeasur(?:e|es|ed|ing|ement|ements|able)\b",
    r"\bmonitor(?:s|ed|ing)?\b",
    r"\breport(?:s|ed|ing)?\b",
    r"\bkpis?\b", r"\bkey\s+performance\s+indicators?\b",
    r"\bevaluat(?:e|es|ed|ing|ion|ions)\b",
    r"\bsurvey(?:s|ed|ing)?\b", r"\bquestionnaires?\b", r"\bbaselines?\b",
    r"\boutcomes?\s+stars?\b", r"\bwemwbs\b", r"\bwarwick[-\s]edinburgh\b",
    r"\b(?:loneliness|wellbeing|well-being|confidence)\s+(?:scale|scales|score|scores|questions?"
    r"|measure)\b",
    r"\btrack(?:s|ed|ing)?\b(?!\s+record)",
    r"(?<!track\s)(?<!criminal\s)\brecord(?:s|ed|ing)?\b(?!\s+(?:number|numbers|levels?|high|"
    r"low|year|time|breaking)\b)(?!-breaking)",
    r"\bregisters?\b", r"\bsign-?in\s+(?:sheets?|book|forms?)\b",
    r"\battendance\s+(?:sheets?|logs?|lists?|records?|figures?)\b",
    r"\blog(?:s|ged|ging)?\b(?!\s+(?:in|on)\b)",
    r"\bdata\b(?!\s+protection)",
    r"\bdashboards?\b", r"\baudit(?:s|ed|ing)?\b",
    r"\bfollow-?up\s+(?:calls?|surveys?|contact|questionnaires?|interviews?)\b",
    r"\bfeedback\s+(?:forms?|surveys?|cards?)\b",
    r"\bcollect(?:s|ed|ing)?\s+(?:feedback|data|evidence|information|figures|numbers)\b",
    r"\bcase\s+studies\b",
    r"\bprogress\s+(?:reports?|meetings?|reviews?|updates?)\b",
    r"\breview\s+meetings?\b",
    r"\b(?:quarterly|monthly|annual)\s+(?:returns?|reviews?|updates?)\b",
)
_OWNER = any_of(
    r"\b(?:led|managed|overseen|owned|co-?ordinated|supervised|run|championed|delivered)\s+by\b",
    r"\bresponsib(?:le|ility)\b", r"\baccountab(?:le|ility)\b",
    r"(?<!contract\s)(?<!contracts\s)\bmanagers?\b",
    r"\bco-?ordinators?\b", r"\bdirectors?\b", r"\bofficers?\b", r"\bchief\s+executive\b",
    r"(?-i:\bCEO\b)", r"\btrustees?\b", r"\bboard\b", r"\bchampions?\b", r"\bsupervisors?\b",
    r"\bhead\s+of\b", r"\bteam\s+leaders?\b", r"\bchair\b", r"\bcaseworkers?\b",
    r"\b(?:our|the|a|named|dedicated|social\s+value|project|programme|service|volunteering|"
    r"volunteer|youth|operations|delivery|team|site|hub|partnership|safeguarding|designated|"
    r"befriending|employment|training)\s+leads?\b",
    r"\bwill\s+lead\b(?!\s+to\b)", r"\bleads?\s+(?:on|this|our)\b",
)
_PLAN_WORDS = any_of(
    r"\bmilestones?\b", r"\b(?:delivery|action|project|implementation|mobilisation|"
    r"mobilization|work)\s+plans?\b", r"\bworkplans?\b", r"\bmobili[sz]ation\b",
    r"\btimelines?\b", r"\btimetables?\b", r"\bgantt\b", r"\broadmap\b",
    r"\b(?:phase|stage|step)s?\s+(?:\d+|one|two|three|four|five)\b",
    r"\b(?:month|week|year|quarter)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\b",
    r"(?-i:\bQ[1-4]\b)",
    r"\b(?:first|second|third|final)\s+(?:month|quarter|year)\b",
    rf"\bwithin\s+(?:the\s+first\s+)?(?:\d+|{_NUMWORD}|one)\s+(?:weeks?|months?)\s+of\s+"
    r"(?:<<contract_start>>|<<the_contract>>|(?:the\s+)?(?:contract|start|award|go-live)\b)",
    r"\bcontingency\b", r"\bif\s+(?:we\s+)?(?:fall|are|get)\s+behind\b",
    r"\bif\s+(?:a\s+|any\s+|we\s+miss\s+a\s+)?targets?\s+(?:is|are)\s+(?:missed|not\s+met)\b",
)
_DATED_STEP = any_of(
    r"\b(?:by|from|in|before|until|starting|during|after)\s+(?:(?:early|mid|late|the\s+end\s+of"
    rf"|the\s+start\s+of)[\s-]+)?(?-i:(?:{_MONTHS_NOT_MAY}|May))(?:\s+\d{{4}})?\b",
    r"\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b",
    rf"\b(?:by|within|after|in)\s+(?:the\s+first\s+)?(?:\d+|{_NUMWORD}|one)\s+"
    r"(?:weeks?|months?)\b",
)


def measurement(text: str) -> list[Span]:
    """Monitoring, measurement or reporting: ``we will report quarterly``, ``a
    loneliness scale``, ``attendance registers``, ``KPIs``; not ``track record``."""
    return find_spans(_MEASUREMENT, text)


def has_measurement(text: str) -> bool:
    return search(_MEASUREMENT, text) is not None


def owners(text: str) -> list[Span]:
    """A responsible person or role: ``led by``, ``our Volunteer Coordinator``,
    ``the social value lead``, ``responsible for``; not ``will lead to``."""
    return find_spans(_OWNER, text)


def has_owner(text: str) -> bool:
    return search(_OWNER, text) is not None


def has_plan(text: str) -> bool:
    """Plan words (``milestones``, ``Month 3``, ``Phase 1``) or at least two dated steps
    (``by June 2026 … from September 2026 …``)."""
    if search(_PLAN_WORDS, text):
        return True
    steps = {m.group().lower() for m in matches(_DATED_STEP, text)}
    return len(steps) >= 2


# ----------------------------------------------------- beneficiaries, places

_BENEFICIARIES = any_of(
    r"\byoung\s+(?:people|person|adults?|carers|women|men|parents)\b", r"\bchildren\b",
    r"\bpupils\b", r"\bstudents\b", r"\bschool\s+leavers\b", r"\bteenagers\b",
    r"\bolder\s+(?:people|residents|adults|person|men|women|neighbours)\b", r"\belderly\b",
    r"\bpensioners\b", r"\bresidents\b", r"\bfamilies\b", r"\bhouseholds\b", r"\bparents\b",
    r"\bcarers\b", r"\bcare\s+leavers\b", r"\blooked[-\s]after\b", r"\bcare[-\s]experienced\b",
    r"(?-i:\bNEETs?\b)", r"\bnot\s+in\s+education,?\s+employment\b", r"\bveterans\b",
    r"\bex-service\b", r"\bdisabled\b", r"\bdisabilit(?:y|ies)\b", r"\bautistic\b",
    r"\bautism\b", r"\bneurodivergent\b", r"\bmental\s+(?:health|ill-health|illness)\b",
    r"\brefugees\b", r"\basylum\s+seekers\b", r"\bmigrants\b", r"\bex-offenders\b",
    r"\bprison\s+leavers\b", r"\bleaving\s+prison\b", r"\bhomeless(?:ness)?\b",
    r"\brough\s+sleep(?:ers|ing)\b", r"\bunemployed\b", r"\bjob\s?seekers\b",
    r"\bout\s+of\s+work\b", r"\beconomically\s+inactive\b", r"\blong-term\s+(?:unemployed|sick"
    r"|health\s+conditions?|conditions?)\b", r"\bwomen\b", r"\bgirls\b", r"\bboys\b",
    r"\blgbt\w*\b", r"\bethnic\s+minorit\w*\b", r"\bminority\s+ethnic\b", r"(?-i:\bBAME\b)",
    r"\btenants\b", r"\bpatients\b", r"\bdementia\b", r"\bapprentices\b", r"\btrainees\b",
    r"\bgraduates\b", r"\bvolunteers\b", r"\blocal\s+(?:businesses|suppliers|firms|charities|"
    r"groups|people)\b", r"\bsmall\s+businesses\b", r"(?-i:\bSMEs?\b)", r"(?-i:\bVCSEs?\b)",
    r"\bcommunity\s+groups\b", r"\bschools\b", r"\bcolleges\b",
    r"\b(?:people|those|residents|adults)\s+(?:facing|with)\s+(?:barriers|disabilities|"
    r"learning)\b", r"\bfurthest\s+from\s+(?:work|employment|the\s+labour\s+market)\b",
    r"\blow[-\s]incomes?\b", r"\bin\s+poverty\b", r"\bon\s+benefits\b",
    r"\buniversal\s+credit\b", r"\bisolated\b", r"\blonely\b", r"\bliving\s+alone\b",
    r"\bvulnerable\b", r"\bbereaved\b", r"\bjob\s+centre\b", r"\bjobcentre\b",
)
_PLACE_NOUNS = any_of(
    r"\bwards?\b", r"\bborough\b", r"\bestates?\b", r"\btown\s+centre\b", r"\bvillages?\b",
    r"\bneighbourhoods?\b", r"\bcounty\b", r"\bdistricts?\b", r"\bparish(?:es)?\b",
    r"\bcity\b", r"\bpostcodes?\b", r"\bhigh\s+street\b", r"\blocal\s+area\b",
)
_PLACE_AFTER = re.compile(
    r"\b(?:in|across|around|throughout|within|near|of|from|at)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|and\s+[A-Z][\w'’-]+))*)")
_NOT_PLACES = {m.lower() for m in _MONTHS} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english",
    "welsh", "year", "month", "week", "phase", "stage", "our", "the", "this", "we", "i",
    "social", "it", "these", "those", "they", "total", "all", "each", "every", "its",
}


def beneficiaries(text: str) -> list[Span]:
    """Named groups of people: ``older people``, ``care leavers``, ``households``…"""
    return find_spans(_BENEFICIARIES, text)


def has_beneficiaries(text: str) -> bool:
    return search(_BENEFICIARIES, text) is not None


def places(text: str, area_words: Iterable[str] = ()) -> list[Span]:
    """Named places: a capitalised name after ``in``/``across``/``of``… (``in
    Millbrook``), place words (``wards``, ``estate``), or the organisation's own
    area names."""
    found = find_spans(_PLACE_NOUNS, text)
    for match in matches(_PLACE_AFTER, text):
        name = match.group(1)
        first = name.split()[0].lower()
        if first in _NOT_PLACES:
            continue
        found.append((match.start(1), match.end(1)))
    for word in area_words:
        if len(word) >= 3:
            found.extend(find_spans(re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE), text))
    return sorted(found)


def area_words_from(area_served: str) -> list[str]:
    """Place names in an organisation's "area served": its capitalised words."""
    words = re.findall(r"\b[A-Z][\w'’-]{2,}", area_served or "")
    return [w for w in dict.fromkeys(words) if w.lower() not in _NOT_PLACES
            and w.lower() not in {"and", "the", "wards", "ward", "borough", "council"}]


# --------------------------------------------------------------- commitments

COMMITMENT_CUE = any_of(
    r"\b(?:we|we'll|we’ll)\s+(?:will|shall|commit|pledge|guarantee|promise|are\s+committing)\b",
    r"\bwe['’]ll\b", r"\bour\s+commitment\s+is\b",
)
COUNTABLE_ACTION = any_of(
    r"\b(?:recruit|employ|hire|create|train|offer|provide|deliver|run|hold|host|support|help|"
    r"reach|reduce|cut|save|increase|plant|donate|spend|divert|mentor|place|upskill|engage|"
    r"give|fund|buy|purchase|open|organise|organize|arrange|visit|serve|distribute|collect)\b",
)


def additionality_markers() -> re.Pattern[str]:
    return _ADDITIONAL


_ADDITIONAL = any_of(
    r"\badditional(?:ly)?\b", r"\bextra\b", r"\bnew\b", r"\bexpand\w*\b", r"\bextend\w*\b",
    r"\bmore\s+than\b", r"\bincreas\w*\b", r"\bonly\s+(?:if|because)\b", r"\bon\s+top\s+of\b",
    r"\bbeyond\b", r"\bover\s+and\s+above\b", r"\bin\s+addition\b", r"\babove\b",
    r"\b<<this_contract>>\s+(?:will\s+)?(?:fund|allow|let|pay|add|mean)\w*\b",
    r"\bfunded\s+(?:by|through|from|under)\s+<<this_contract>>",
    r"\b(?:with|through|under|because\s+of|thanks\s+to)\s+<<this_contract>>",
    r"\bfrom\s+[\d,]+\s+to\s+[\d,]+\b",
    r"\bdouble\w*\b", r"\bsecond\b",
)
