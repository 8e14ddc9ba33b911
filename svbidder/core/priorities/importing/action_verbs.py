"""The words an action in a council's plan opens with, and the test for them.

Lists of actions ("Improve the use of leisure …", "procure innovative works …",
"Investing in prevention …") often reach the importer without their bullets or
numbers. The verb an action opens with is what is left to tell it from a theme's
name or a paragraph, so several passes share this one test.
"""

from __future__ import annotations

import re

from .lines import first_word

ACTION_SHARE = 0.75  # of a list's lines, those opening with an action: the rest are other kinds

# Verbs an action in a council's plan opens with, in the form a list gives them (not
# those that open a theme's name as often: "Value for money", "Open spaces")
_VERBS = """
accelerate achieve address adopt advance advocate agree align answer apply approve assess
assist attract be
become boost bring build carry celebrate champion close co-ordinate collaborate commission commit
complete
communicate connect consider consult continue contribute coordinate create cut define deliver
demonstrate design determine develop double drive educate eliminate embed embrace empower enable
encourage engage enhance ensure equip establish evaluate expand explore extend facilitate
finalise focus foster generate give grow harness help identify implement improve increase
influence inform inspire integrate introduce invest involve issue keep launch lead listen lobby
maintain make manage maximise meet minimise mitigate modernise monitor nurture offer optimise
pilot plan prepare prevent prioritise procure produce progress promote protect provide publish
put raise rebuild recruit reduce reform refresh regenerate renew require respond restore retain
review revitalise safeguard schedule secure shape share sign simplify streamline strengthen
support
sustain tackle take transform understand undertake unlock upgrade use utilise welcome widen
work"""
ACTION_VERBS = frozenset(_VERBS.split())


def opens_with_an_action(text: str) -> bool:
    """Whether a line opens with an action's verb ("Improve …", "Working with …")."""
    word = first_word(text).rstrip(",;:")
    if word in ACTION_VERBS:
        return True
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return stem in ACTION_VERBS or stem + "e" in ACTION_VERBS or (
        stem[-1:] == stem[-2:-1] and stem[:-1] in ACTION_VERBS)  # "planning" → "plan"


# "-ing" words that open a paragraph as a noun ("Housing remains …", "Funding for …")
_NOUNS = """
according being bring building during evening everything funding housing king learning
morning nothing parking planning something spending spring string thing training wellbeing
well-being wording"""
_ING_NOUNS = frozenset(_NOUNS.split())
# "Working with partners, we will:" has its subject later: a sentence leading in
_A_SUBJECT = re.compile(r"\b(?:we|they|you|i) (?:will|would|shall|can|are|aim|want|need|plan)\b",
                        re.IGNORECASE)
# the second word of a paragraph whose "-ing" word is its subject ("Housing is …")
_VERBS_AFTER = "is are was were has have had will can could should may must remains continues"
_SUBJECT_VERBS = frozenset(_VERBS_AFTER.split())


def opens_with_an_ing_action(text: str) -> bool:
    """Whether a line opens with an action's '-ing' form ("Implementing our workforce
    strategy to:"), so names what is done rather than leading into a sentence."""
    first, second = (text.casefold().split() + [""])[:2]
    return first.endswith("ing") and len(first) >= 6 and first.isalpha() and \
        first not in _ING_NOUNS and second not in _SUBJECT_VERBS and \
        not _A_SUBJECT.search(text[:300])
