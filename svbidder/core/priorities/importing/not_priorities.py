"""Lists that are not the priorities, and lists that show which one is.

A council's page holds many lists beside its priorities. These passes of
:func:`.shapes.apply_shapes` turn into prose the ones that are plainly something
else, from their lead-in or their items:

* past work ("a track record of … including:"), what people said when asked, a
  body's legal duties, how to use the document, a vision's or values' points;
* questions, an agenda, a committee's decisions and recommendations;
* lists whose lead-in states no intent ("examples include:", "difficulties:");
* when a sentence announces or names the list, the other lists, unless their
  lead-in names aims of their own ("In addition, the Plan includes a theme …").

They also tell which lists are the priorities: labelled items ("Priority 1: …")
and a list named inside another list. Patterns have bounded repetition, so the
passes are linear in the length of the text.
"""

from __future__ import annotations

import itertools
import re

from ...text.search import fold
from .announced import (
    INTRODUCES,
    NAMING,
    POINTS_BACK,
    STATEMENT,
    VISION_LEAD,
    announced_count,
    last_sentence,
    speaks_of_values,
)
from .furniture import (
    WEB_DEBRIS,
)
from .lines import (
    _contact_reason,
    _Line,
    _words,
    continues_item,
    following_lines,
    generic_heading,
    line_before,
    next_lines,
)
from .named import (
    DOCUMENT_KINDS,
    split_pair,
)
from .plain_headings import (
    in_a_list,
    list_end,
    names_the_priorities,
    set_in_under,
)

# A list after "a track record of … including:" shows past work, not what the council wants.
_PAST_LEAD = re.compile(r"\btrack[- ]record\b|"
                        # what people said when asked: "The broad areas they highlighted were:"
                        r"\b(?:they|you|people|residents|staff|respondents|participants) "
                        r"(?:highlighted|raised|mentioned|told us|said)\b|"
                        r"\b(?:has|have|had) (?:already |either )?"
                        r"(?:achieved|delivered)\b|\bmade (?:good |some |significant )?progress "
                        r"(?:against|on|towards)\b|"
                        r"\bour (?:successes|achievements)\b|\bcase stud|"
                        # "Achievements identified in the report include:"
                        r"^(?:the |key |main |notable )?(?:successes|achievements)\b|"
                        # "Our ambition is built on our proud history of global impact:"
                        r"\bbuilt on (?:our|a|its) (?:proud |long |strong )?(?:history|heritage|"
                        r"track record|legacy)\b|"
                        # "The Strong Foundations we’ve built:"
                        r"\bwe(?:['’]ve| have) (?:already )?(?:built|laid|put in place)\b",
                        re.IGNORECASE)
_PAST_HEADING = re.compile(r"\b(?:successes|achievements|(?:key |our )strengths|so far|"
                           r"what we have (?:done|achieved)|case stud(?:y|ies)|highlights)\b|"
                           # "Gloucestershire’s context", "Background": the place as it is
                           r"^(?:[\w-]+['\u2019]s |our |the |local |strategic )?(?:context|"
                           r"background|key facts|facts and figures)$",
                           re.IGNORECASE)

# What the law asks of a body, told in the third person ("The PSB had to do this by:",
# "The council has a statutory duty to:"): its duties, not the priorities it chose (what
# a body "is required to" set out in its plan may be its aims, and is not caught)
_DUTY_LEAD = re.compile(r"^(?!.*\b(?:we|our|us)\b).*\b(?:(?:had|has|have) to|(?:a|its|their) "
                        r"(?:statutory |legal )?duty to|"
                        # "… Act 2014, which sets out a requirement that:"
                        r"(?:sets?|lays?) out (?:a|the) (?:statutory |legal )?requirements? "
                        r"(?:that|to|for))\b", re.IGNORECASE)

# "NHS Grampian is an anchor organisation because:": the reasons it is one, not its aims
_REASONS_LEAD = re.compile(r"\bbecause\s?:$", re.IGNORECASE)

# "The Framework can be used in many ways:", "How to use this toolkit:", "Additional
# documents:": about the document or what comes with it.
_USAGE_LEAD = re.compile(r"\b(?:can be used|how to use|ways to use|use (?:this|the) "
                         r"(?:framework|toolkit|guide|document|policy)|purpose of (?:this|the) "
                         r"(?:report|paper|document|meeting))\b|^(?:additional |related |"
                         r"relevant |supporting |background )?(?:documents|downloads|attachments|"
                         r"papers|links)\b|^(?:related|relevant|linked|supporting) (?:strategies|"
                         r"policies|plans|publications)\b|"
                         r"^(?:view|read|download|see|find|visit|explore) (?:our|the|"
                         r"all|more)\b|"
                         # "… contribute to a discussion about:": the topics of a talk
                         r"\b(?:discussions?|conversations?|debate|survey|questionnaire|"
                         r"questions|views) (?:about|on|around)\s?:$", re.IGNORECASE)


def a_list_named_inside_a_list(lines: list[_Line]) -> bool:
    """A summary's bullets, one of which names the priorities and leads into a list set
    in under it ("• Our Improvement Objectives for 2024/25 were:" / "    - People: …" /
    "• Of 56 indicators used to track progress:" / "    - 87% were achieved"): that
    list is the priorities; the summary's other bullets, and what is set in under
    them, are its prose. Returns whether one was found."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or not NAMING.search(line.text) or (
                not line.text.endswith(":") and not names_the_priorities(line)) or \
                _leads_to_no_priorities(line.text) or \
                _words(line.text) <= 2 and line.text.endswith(":"):
            continue  # ("o Objectives:" labels the points of the aim above)
        following = next_lines(lines, index + 1, most=1)
        if not following or lines[following[0]].kind != "item" or \
                not set_in_under(lines[following[0]], line) or lines[following[0]].heading:
            continue
        start = index
        while start > 0 and in_a_list(lines[start - 1]):
            start -= 1
        end = list_end(lines, index + 1)
        last = next((at for at in range(following[0], end) if lines[at].kind == "item"
                     and not set_in_under(lines[at], line)), end)  # the named list's end
        for at in range(start, end):
            if lines[at].kind != "item":
                continue
            if following[0] <= at < last:
                lines[at].announced = True
            else:
                lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent,
                                  settled=True)
        return True
    return False


LOOK_BACK = 40  # lines: how far back the lead-in of a list is looked for
STATEMENT_LIST = "a list under the vision or mission"


def questions_and_vision_lists(lines: list[_Line], *, statements_kept: bool = False) -> None:
    """Lists of questions, or under a vision statement, are not priorities: make them prose.
    With ``statements_kept``, a list under the vision or mission stays (never the values)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind != "item" or line.heading:
            index += 1
            continue
        end = index
        # (a link left out as debris, "Local Plan (PDF, 2 MB)", does not end the list)
        while end < len(lines) and (
                lines[end].kind == "blank" or lines[end].reason == WEB_DEBRIS or (
                lines[end].kind == "item" and not lines[end].heading
                and lines[end].sig[:1] == line.sig[:1]) or (  # "2. Next theme" ends "- …"
                lines[end].kind == "prose" and continues_item(lines[end]))):
            end += 1
        run = [i for i in range(index, end) if lines[i].kind == "item"]
        # (back past links left out as debris: "Relevant strategies:" / "- Culture Strategy
        # (PDF, 8 MB)" / … / "- Local Plan")
        before = list(itertools.islice(
            (lines[i] for i in range(index - 1, max(-1, index - LOOK_BACK), -1)
             if lines[i].kind != "blank" and lines[i].reason != WEB_DEBRIS), 2))
        lead = before[0] if before else None
        questions = all(lines[i].text.rstrip().endswith("?") for i in run) or \
            _answer_scale([lines[i] for i in run])
        # "… based around the following six principles" / "We will:": a short lead-in
        # carries on the sentence before it (not one that ends with its own colon:
        # "Additional documents:" / "RESOLVED: That Council:")
        leads = before[:2] if lead is not None and _words(lead.text) <= 4 and \
            len(before) > 1 and before[1].kind == "prose" and \
            not before[1].text.rstrip().endswith(":") and \
            not NAMING.search(lead.text) else before[:1]  # "Our priorities are:" says itself
        # ("Our vision is that we become a High Quality Organisation." / "That means:"
        # spells out, part by part, what the organisation will do)
        vision = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                  and any(_leads_to_no_priorities(line.text) for line in leads)
                  and not _MEANS.match(lead.text))
        # "Our values" / "In everything we do we aim to:", "Our draft Vision:" / "We will:":
        # the heading says what the list is
        # (not "Our Purpose" / "… Our aim is to:": the lead-in names the list)
        vision = vision or (lead is not None and lead.kind == "prose" and
                            lead.text.endswith(":") and len(before) > 1 and
                            _words(before[1].text) <= 5 and
                            bool(STATEMENT.match(before[1].text)) and
                            not NAMING.search(lead.text) and not NAMING.search(before[1].text)
                            and not _OUR_AIM.search(last_sentence(lead.text))
                            and not _MISSION_AIMS.match(last_sentence(lead.text))
                            and not (_AIM_TO.search(lead.text)
                                     and _MISSION_OR_PURPOSE.search(before[1].text)))
        # a list straight under a heading "Our values", "Our vision", "Our mission", or
        # "Our successes so far"
        vision = vision or (lead is not None and lead.kind in ("prose", "item")
                            and _words(lead.text) <= 5 and not lead.text.endswith((".", ":"))
                            and bool(STATEMENT.match(lead.text)
                                     or _PAST_HEADING.search(lead.text)))
        vision = vision or _values_explained(lead, lines, index)
        past = (lead is not None and lead.kind == "prose" and lead.text.endswith(":")
                and bool(_PAST_LEAD.search(lead.text) or _DUTY_LEAD.search(
                    last_sentence(lead.text)) or _REASONS_LEAD.search(lead.text)))
        items = [lines[i] for i in run]
        # ("Improvement Objective 3 • We will …" under "PEOPLE Achievements 2015-16":
        # items labelled as objectives say what they are, whatever the heading)
        vision = vision and not all(item.sig[:1] == ("label",) and item.hint == "outcome"
                                    for item in items) and not _each_item(_NAMED_MISSION, items)
        statement = vision and not _about_values(before)  # the vision's or mission's list
        vision = (vision and not (statements_kept and statement)) or \
            _each_item(_WE_ARE_VALUE, items)
        if questions or vision or past or _decisions(lead, items) or _agenda(items):
            # (a statement's list is remembered, for a second reading when nothing else is
            # a list)
            reason = STATEMENT_LIST if statement and not (questions or past) else ""
            for i in run:
                lines[i] = _Line("prose", lines[i].text, indent=lines[i].indent, settled=True,
                                 reason=reason)
        index = max(end, index + 1)


# A survey question's answers: "very positive" … "very negative", "Strongly agree" …
_SCALE_WORD = re.compile(r"^(?:(?:very|fairly|quite|strongly|somewhat|mostly|slightly|not|"
                         r"neither|nor|no|don['\u2019]?t|not at all) )*(?:positive|negative|"
                         r"neutral|agree|disagree|satisfied|dissatisfied|good|poor|excellent|"
                         r"important|unimportant|likely|unlikely|know|sure|yes|no|"
                         r"(?:neither )?agree nor disagree)\.?$", re.IGNORECASE)
SCALE_POINTS = 3


def _answer_scale(items: list[_Line]) -> bool:
    """Whether a list is a survey question's scale of answers, three or more points."""
    return len(items) >= SCALE_POINTS and all(
        _SCALE_WORD.match(" ".join(item.text.split())) for item in items)


_VALUES_HEADING = re.compile(r"^(?:our |the )?(?:[\w'’-]+ )?values$", re.IGNORECASE)
_VALUES_WORD = re.compile(r"\bvalues\b", re.IGNORECASE)


# "Patient mission: To provide …" / "People mission: …": a mission each, named by its own
# label, so the list is several missions (the priorities), not one mission statement
_NAMED_MISSION = re.compile(r"^(?:[\w'’&-]+ ){1,3}(?:mission|ambition)\s?[:–—-]",
                            re.IGNORECASE)
# "We are empathetic: To care …" / "We are open – …": values in the first person
_WE_ARE_VALUE = re.compile(r"^we are (?:[\w'’-]+ )?[\w'’-]+\s?[:–—-]", re.IGNORECASE)


def _about_values(before: list[_Line]) -> bool:
    """Whether the lines before a list speak of the values ("Our values", "… we value:")."""
    return any(_VALUES_WORD.search(line.text) or speaks_of_values(line.text)
               for line in before)


def _each_item(pattern: re.Pattern[str], items: list[_Line]) -> bool:
    """Whether a list of two or more items all open with ``pattern``."""
    return len(items) >= 2 and all(pattern.match(item.text) for item in items)


def _values_explained(lead: _Line | None, lines: list[_Line], index: int) -> bool:
    """Whether the list at ``index`` follows a sentence about the values under a heading
    "Our values" ("Our values" / "The word GREAT" / "The Council has a set of GREAT values
    to help us achieve this vision and priorities." / the list): the values, not more
    priorities."""
    if lead is None or lead.kind != "prose" or not lead.text.rstrip().endswith(".") or \
            not _VALUES_WORD.search(lead.text):
        return False
    above = [lines[at] for at in range(index - 1, max(-1, index - 8), -1)
             if lines[at].kind != "blank"][1:4]
    return any(_VALUES_HEADING.match(line.text.strip()) for line in above)


# "Mission Statement" / "… In particular to:": what the mission is to do, item by item
_MISSION_AIMS = re.compile(r"^(?:in particular|specifically|th(?:is|at) means|that is),? "
                           r"(?:we will )?(?:to|we will):$", re.IGNORECASE)

# "Our Mission" / "… As a centre of excellence we aim to:": the mission's aims, one by one
# (under "Our values", "In everything we do we aim to:" gives the values)
_AIM_TO = re.compile(r"\b(?:aim|aims|seek|seeks) to:$", re.IGNORECASE)
_MISSION_OR_PURPOSE = re.compile(r"\b(?:mission|purpose)\b", re.IGNORECASE)
_MEANS = re.compile(r"^th(?:is|at) means:$", re.IGNORECASE)


def a_lone_item_over_a_named_list(lines: list[_Line]) -> None:
    """A bullet standing alone just above a heading that names the list under it ("• To
    develop travel and transport solutions for Shetland …" / "Strategic Objectives:" /
    "• To underpin …" / "• To support …"): the vision a news item sets apart, not one
    more priority."""
    for index, line in enumerate(lines):
        if line.kind != "item" or line.heading or line.sig[:1] != ("bullet",):
            continue
        before = line_before(lines, index)
        after = next_lines(lines, index + 1, most=3)
        if (before is not None and lines[before].kind == "item") or len(after) < 3:
            continue
        name, first, second = (lines[at] for at in after)
        if name.kind == "prose" and generic_heading(name.text) and \
                all(item.kind == "item" and item.sig == line.sig for item in (first, second)):
            lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)


# "Our aim is to:", "Our main objective is to:": one word for the list that follows
_OUR_AIM = re.compile(r"^our (?:\w+ )?(?:aim|objective|goal|priority|ambition) (?:is|will be)\b",
                      re.IGNORECASE)

_DECIDED = re.compile(r"\b(?:resolved|agreed|decided|recommended)\b", re.IGNORECASE)
_DECISION_VERBS = frozenset(("note", "notes", "noted", "agree", "agreed", "approve", "approved",
                             "delegate", "delegated", "endorse", "endorsed", "authorise",
                             "authorised", "recommend", "request", "ask", "instruct", "adopt",
                             "receive", "received", "consider", "support"))


# A meeting's standing items: "1. SEDERUNT AND APOLOGIES", "2. Declarations of interest",
# "3. Minutes of the last meeting", "Any other business", "Date of next meeting"
_AGENDA_ITEM = re.compile(r"^(?:sederunt|apologies|declarations? of (?:interests?|pecuniary)|"
                          r"minutes? of (?:the )?(?:(?:last|previous) )?meeting|(?:any )?other "
                          r"(?:competent |urgent )?business|date (?:and time )?of (?:the )?next "
                          r"meeting|urgent (?:business|items?)|exclusion of (?:the )?(?:press|"
                          r"public)|welcome and (?:introductions|apologies))\b", re.IGNORECASE)
AGENDA_ITEMS = 2


def _agenda(items: list[_Line]) -> bool:
    """A meeting's agenda: two or more of its items are the standing items every
    meeting has, so the list is what was discussed, not what the council will do."""
    return sum(1 for item in items if _AGENDA_ITEM.match(item.text)) >= AGENDA_ITEMS


def _decisions(lead: _Line | None, items: list[_Line]) -> bool:
    """A committee's decisions ("Cabinet resolved to:" / "(i) Note the positive impact
    …" / "(ii) Note the intention …"): every item starts with what was decided, so the
    list records the meeting, not the priorities."""
    if items and all(_RESOLUTION.match(item.text) for item in items):
        return True  # "That approval be given to the Social Value Policy."
    if _recommendations(items) or (
            lead is not None and lead.kind == "prose" and lead.settled and lead.text.endswith(":")
            and fold(lead.text).split(maxsplit=1)[0] in _RECOMMENDATION_VERBS):
        return True  # (or what a recommendation lists: "4. Delegate … publish:" / "(a) …")
    if lead is None or lead.kind != "prose" or not _DECIDED.search(lead.text[:300]) or \
            not items:
        return False
    return all(fold(item.text).split(maxsplit=1)[0] in _DECISION_VERBS
               for item in items if item.text.strip())


# What a committee is asked to do, with no lead-in: "1. Note the feedback …", "2. Endorse
# the revised Vision …", "4. Delegate authority to …" (not "Support", "Adopt": aims too)
_RECOMMENDATION_VERBS = frozenset(("note", "agree", "endorse", "delegate", "authorise",
                                   "approve", "receive"))
RECOMMENDATIONS = 3
RECOMMENDATION_SHARE = 0.75  # ("5. (b) an updated … Report": a sub-item the copy numbered)


def _recommendations(items: list[_Line]) -> bool:
    """A report's numbered recommendations without their lead-in: three or more items,
    nearly all starting with what the committee is asked to do."""
    firsts = [fold(item.text).split(maxsplit=1)[0] for item in items if item.text.strip()]
    asked = sum(word in _RECOMMENDATION_VERBS for word in firsts)
    return len(firsts) >= RECOMMENDATIONS and asked >= RECOMMENDATION_SHARE * len(firsts)


# A recommendation in a committee's words: "That the ‘Keep It Local’ principles be adopted."
# … or in a report's: "Leaders' Committee is asked to note the main text of …"
_RESOLUTION = re.compile(r"^that\b[^.;:]{0,200}?\bbe (?:\w+ )?(?:approved|adopted|noted|given|"
                         r"agreed|endorsed|delegated|authorised|received|accepted|considered)\b|"
                         r"^[^.;:]{0,80}?\b(?:is|are) (?:asked|recommended|invited|requested) to "
                         r"(?:note|agree|approve|endorse|consider|comment)\b",
                         re.IGNORECASE)


_STATES_ITSELF = re.compile(r"^(?:our|the|its) (?:vision|mission|purpose)(?: statement)? "
                            r"(?:is|are)\b", re.IGNORECASE)


def statement_items(lines: list[_Line]) -> None:
    """List items that state the vision, mission or values ("Our Mission: Protecting
    communities…") are not priorities, whatever list they sit in."""
    for index, line in enumerate(lines):
        if line.kind == "item" and (not line.heading or line.sig[:1] == ("label",)) and \
                _STATES_ITSELF.match(line.text):
            # "MISSION: Our mission is to build …", its label already read
            lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)
        elif line.kind == "item" and not line.heading and STATEMENT.match(line.text):
            pair = split_pair(line.text)
            if pair is not None and STATEMENT.match(pair[0]):
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)


def _leads_to_no_priorities(lead: str) -> bool:
    """Whether a lead-in introduces the values, how to use the document or the vision.

    A paragraph whose last sentence names what follows ("… how we will work with
    others … The five strategic priorities in the Borough Plan are:") is judged by
    that sentence alone: the values or vision it spoke of earlier are not the list."""
    last = last_sentence(lead)
    if last != lead.strip() and NAMING.search(last):
        lead = last
    if speaks_of_values(lead) or _USAGE_LEAD.search(lead):
        return True
    return bool(VISION_LEAD.search(lead)) and not announced_count(lead)


_INTENT = re.compile(r"\b(?:aims?|priorit\w*|outcomes?|benefits?|objectives?|goals?|achieve|"
                     r"ambitions?|aspirations?|commit\w*|want|will|pledge\w*|focus\w*|themes?|principles|"
                     r"look to)\b",  # ("The strategy should look to:")
                     re.IGNORECASE)
POINTER_WORDS = 4  # "They are:", "These include:", "The key ones are:"
_POINTER = re.compile(r"^(?:these|they|those|this|each|which|all|both)\b", re.IGNORECASE)


# A lead-in offering examples or choices: "This could be:", "for example:", "such as:"
_EXAMPLES = re.compile(r"(?:\b(?:this|these|that|it|they|which) (?:could|can|may|might) "
                       r"(?:be|include)|\bfor (?:example|instance)|\bsuch as|\be\.g\.?)\s*:$",
                       re.IGNORECASE)
# A consultation's questions: "we are particularly keen to know if:", "Tell us:"
_ASKS = re.compile(r"\b(?:(?:keen|like|want|wish) to (?:know|hear)|tell us|let us know|"
                   r"your views)\b[^:]{0,60}:$", re.IGNORECASE)
# A list that says what the framework's words mean ("Themes: the overarching …")
_DEFINES_A_LEVEL = re.compile(r"^(?:themes?|outcomes?|measures?|objectives?|priorit(?:y|ies)|"
                              r"indicators?|targets?|actions?|goals?)\s?[:\u2013\u2014-]\s",
                              re.IGNORECASE)


def _states_intent(lead: str, items: list[str]) -> bool:
    """Whether a lead-in and its list state aims or priorities: not when the lead-in
    offers examples ("This could be:") or the items say what the framework's own words
    mean ("Themes: the overarching strategic themes …", "Outcomes: …")."""
    if _EXAMPLES.search(lead.rstrip()) or _ASKS.search(lead[-120:].rstrip()):
        return False
    if sum(1 for item in items if _DEFINES_A_LEVEL.match(item)) >= 2:
        return False
    last = lead.rstrip().rsplit(". ", 1)[-1]  # (after "… over 2025/26.", too)
    if _DIFFICULTIES.search(last) and not _INTENT.search(last):
        return False  # "… This will require us to … These issues include:"
    if _INTENT.search(last):
        return True
    # A last sentence that says what its list is, with no aim in it ("Other activities
    # … included:"), is not made a list of aims by the paragraph before it ("… voice
    # their key priorities …"); "They are:" or "These come from our core policies:"
    # points back to that paragraph.
    return last != lead.strip() and bool(_INTENT.search(lead)) and (
        _words(last) <= POINTER_WORDS or _POINTER.match(last) is not None)


# What a list of the difficulties ahead is called: "These issues include:"
_DIFFICULTY_WORDS = r"(?:issues|challenges|risks|pressures|threats|barriers)\b"
_DIFFICULTIES = re.compile(rf"\b{_DIFFICULTY_WORDS}", re.IGNORECASE)
# A sentence about them: "The health improvement challenges for the city are great."
_ABOUT_DIFFICULTIES = re.compile(rf"^(?:the |our |these |key |main )?(?:[\w'’-]+ ){{0,3}}?"
                                 rf"{_DIFFICULTY_WORDS}", re.IGNORECASE)


# A lead-in over the bodies a partnership is made of: "membership consists of:", "The
# Board's members are:" ("Members are asked to:" is a report's recommendation)
_MEMBERS_LEAD = re.compile(r"\b(?:membership (?:consists of|comprises|includes|is)|"
                           r"members (?:are|include|comprise|consist of))\s?:$", re.IGNORECASE)


def lists_without_intent(lines: list[_Line]) -> None:
    """Of several lists each after a lead-in sentence, those whose lead-in says nothing of
    aims or priorities ("We spend £150 million a year on:"), offers examples, or whose
    items define the framework's words, are not priorities, when another's lead-in does
    state them ("we aim to deliver the following benefits:")."""
    lists: list[tuple[bool, list[int], int]] = []  # intent, items, the heading over them
    examples: list[list[int]] = []  # the lists offered as examples ("… of 33%, e.g:")
    heading = -1
    index = 0
    while index < len(lines):
        lead = lines[index]
        if lead.kind == "item" and lead.heading:
            heading = index
        if lead.kind == "prose" and lead.text.endswith(":") and not lead.settled and \
                not _contact_reason(lead.text):  # ("For more information, please visit:")
            run = _list_after(lines, index + 1)
            if run and _MEMBERS_LEAD.search(lead.text):
                _to_prose(lines, run)  # a partnership's members are never its priorities
                index = run[-1]
            elif run:
                lists.append((_states_intent(lead.text, [lines[at].text for at in run]), run,
                              heading))
                if _EXAMPLES.search(lead.text.rstrip()):
                    examples.append(run)
                index = run[-1]
        elif lead.kind == "prose" and lead.text.rstrip().endswith(".") and not lead.settled:
            # "… support Dartmoor's businesses." / "• are the planning authority …": a
            # list carrying on a sentence the copy lost ("As an Authority we:") says
            # what the body does, not what it aims to do
            # ("The health challenges for the borough are significant." over figures:
            # the difficulties the body faces, not its aims)
            run = _list_after(lines, index + 1)
            last = last_sentence(lead.text)
            if run and (lines[run[0]].text[:1].islower() or (
                    _ABOUT_DIFFICULTIES.match(last) and not _INTENT.search(last))):
                lists.append((False, run, heading))
                index = run[-1]
        index += 1
    if not any(intent for intent, _, _ in lists) and 0 < len(examples) < len(lists):
        # (none states aims: a list offered as examples gives way to the others)
        lists = [(run not in examples, run, under) for _, run, under in lists]
    if len(lists) < 2 or len({intent for intent, _, _ in lists}) < 2:
        return
    sections = {under for _, _, under in lists} - {-1}
    named = {under for intent, _, under in lists
             if intent and under >= 0 and _INTENT.search(lines[under].text)}
    for intent, run, under in lists:
        if intent or (len(sections) >= 2 and not (
                named and under >= 0 and not _INTENT.search(lines[under].text))):
            # (lists under two or more headings are each heading's own, unless a heading
            # names its list as the aims and this one's heading does not: "Recognising
            # Our Impact" and its awards beside "Our Aspirations" and its focus)
            continue
        _to_prose(lines, run)


def _to_prose(lines: list[_Line], run: list[int]) -> None:
    """Make a list's items settled prose, so no later pass reads them as a list again."""
    for at in run:
        lines[at] = _Line("prose", lines[at].text, indent=lines[at].indent, settled=True)


LABELLED_IN_A_LIST = 2


def unlabelled_beside_labelled(lines: list[_Line]) -> None:
    """One list whose later items are labelled and numbered from one ("• Priority 1 – A
    police service …", "• Priority 2 – …") after items with no label ("• Serving the
    public – services work for the public"): the labelled ones are the priorities; the
    others, before them, are what the list set out first (the principles)."""
    meaningful = [at for at, line in enumerate(lines) if line.kind != "blank"]
    kinds = [lines[at].sig if lines[at].kind == "item" and not lines[at].heading else None
             for at in meaningful]  # one list's items, blank lines between them or none
    runs = [[meaningful[i] for i in group]
            for kind, group in itertools.groupby(range(len(kinds)), key=kinds.__getitem__)
            if kind is not None]
    run_length = {at: len(run) for run in runs for at in run}
    for run in runs:
        labelled = [at for at in run if lines[at].hint and lines[at].ref]
        first = run.index(labelled[0]) if labelled else 0
        if len(labelled) < LABELLED_IN_A_LIST or first == 0 or \
                labelled != run[first:] or lines[labelled[0]].ref != "1":
            continue
        over = line_before(lines, run[0])
        if over is not None and run_length.get(over) == 1 and not lines[over].hint:
            run = [over, *run]  # ("Principles to deliver policing …" over them: their name)
            first += 1
        _to_prose(lines, run[:first])


def _list_after(lines: list[_Line], start: int) -> list[int]:
    """The plain list items (not headings, not announced) straight after ``start``."""
    run: list[int] = []
    for at in following_lines(lines, start):
        if lines[at].kind != "item" or lines[at].heading or lines[at].announced:
            break
        run.append(at)
    return run


# "Local Outcome 1: …", "Priority 2 – …" written inside a list item.
ITEM_LABEL = re.compile(r"^(?:[A-Z][a-z]{1,15}\s)?(?:outcome|objective|priority|theme|aim|"
                        r"goal|ambition|commitment|pledge)\s(?P<ref>\d{1,2}|[A-Z])\s?"
                        r"[:\u2013\u2014-]\s+(?=\S)", re.IGNORECASE)


def labelled_items(lines: list[_Line]) -> bool:
    """Two or more list items that carry a priority's label ("• Local Outcome 1: …")
    name the priorities as surely as a lead-in that counts them. Returns whether found."""
    labelled = [line for line in lines if line.kind == "item" and not line.heading
                and ITEM_LABEL.match(line.text)]
    if len(labelled) < 2:
        return False
    for line in labelled:
        line.announced = True
    return True


def other_lists_to_prose(lines: list[_Line]) -> None:
    """Once a lead-in has announced the priorities, other lists after a sentence are prose.

    "We guarantee an interview for the following groups:" then "care leavers"
    is an example, not a priority. Lists under headings are kept.
    """
    previous: _Line | None = None
    before: _Line | None = None  # the line before ``previous``
    in_sentence_list = own_list = False
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "item" and not line.heading and not line.announced:
            if previous is not None and previous.kind in ("prose", "skip") and \
                    not continues_item(previous):
                # ("Strategic aims" over its list: a heading the paste kept as a line)
                one_more = previous.kind == "prose" and \
                    _ONE_MORE.match(previous.text.strip()) is not None
                if one_more:
                    previous.kind, previous.reason = "skip", INTRODUCES
                own_list = one_more or _names_its_own_aims(previous.text) or (
                    previous.kind == "prose" and not previous.text.endswith(":")
                    and generic_heading(previous.text)) or _counted_before(previous, before)
                in_sentence_list = not own_list
            # "(2) Delegated authority …" after the counted list inside "(1) … below:": a
            # number that cannot start a list of its own goes on the list around it
            after_counted = previous is not None and previous.announced and \
                line.ref not in ("", "1", "a", "A", "i", "I")
            if own_list:
                line.announced = True  # counted among the priorities with the announced
            elif in_sentence_list or after_counted:
                lines[index] = _Line("prose", line.text, indent=line.indent, settled=True)
                continue
        elif line.kind == "item":
            in_sentence_list = own_list = False
        elif line.kind == "prose" and not continues_item(line):
            in_sentence_list = in_sentence_list and previous is not None and \
                previous.kind == "item"
            own_list = False
        previous, before = line, previous


def _counted_before(lead: _Line, before: _Line | None) -> bool:
    """Whether a bare "They are:" follows a paragraph that counts the priorities ("… the
    plan has ten key objectives. Whilst all ten …" / "They are:"): the list after it is
    those priorities, not an example beside the ones counted earlier."""
    text = lead.text.strip()
    found = POINTS_BACK.match(text)
    return found is not None and text[found.end():] == "" and text.endswith(":") and \
        before is not None and before.kind == "prose" and announced_count(before.text) > 0


# A lead-in naming the document's own aims: "The focus of this Strategy is:", "This
# policy aims to:", "The objectives of this plan are:"
# ("These five year outcomes include:", "Our priority areas are:": the priorities named
# as such, a few words from "these", "the" or "our")
_OWN_AIMS = re.compile(rf"^(?:the (?:focus|aims?|objectives?|priorities) of this "
                       rf"(?:{DOCUMENT_KINDS}) (?:is|are)|this (?:{DOCUMENT_KINDS}) "
                       rf"(?:aims|will focus on|focuses on)|(?:these|our|the) (?:[\w'’-]+ ){{0,3}}"
                       rf"(?:outcomes|priorities|objectives|aims|goals|ambitions) "
                       # ("The office's Strategic Aims as outlined in the Plan are:")
                       rf"(?:as (?:set out|outlined|described) in (?:the|this|our) "
                       rf"(?:{DOCUMENT_KINDS}) )?"
                       rf"(?:are|include))\s*:$", re.IGNORECASE)

# "In addition, the Plan includes a theme relating to the Council itself:": one more list
# of priorities beside the counted one, its lead-in left out as the counted one's is
_ONE_MORE = re.compile(rf"^(?:in addition|additionally|also),? (?:the|this|our) "
                       rf"(?:{DOCUMENT_KINDS}) (?:also )?(?:includes|has|sets out) (?:a|an|one|"
                       rf"two|three|further|other) (?:(?:further|additional|other) )?"
                       rf"(?:themes?|priorit(?:y|ies)|objectives?|outcomes?|aims?|goals?)\b"
                       rf"[^.:;]{{0,80}}:$", re.IGNORECASE)


def _names_its_own_aims(lead: str) -> bool:
    """Whether a lead-in gives the document's own aims (the list after it is the
    strategy's priorities beside the council-wide ambitions another lead-in counts)."""
    # (after a sentence ending in a number too: "… between 2012 and 2017. These …")
    return bool(_OWN_AIMS.match(last_sentence(lead.strip()).rpartition(". ")[2]))
