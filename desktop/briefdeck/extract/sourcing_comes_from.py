"""A claim said to come from its sources: "the reporting points to X, that's from two separate
Iraqi security sources", "this comes from a senior official". Briefers speak this way: the
sources stand after "from", with no verb of saying of their own, and they are counted as
"according to" would count them.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import classify
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.sourcing_draft import SourcingDraft

# (what comes from them: "that's", "this is", "it came", "the reporting comes")
_COMES_FROM = re.compile(
    r"\b(?:(?:[Tt]hat|[Tt]his|[Ii]t|[Ww]hich)(?:['’]s|\s+is|\s+was|\s+comes|\s+came)|"
    r"(?:reporting|information|intelligence|report|claim|figure|number)\s+(?:comes|came|is|was))"
    r"\s+(?:(?:all|also|only|partly)\s+)?from\s+"
    r"(?P<who>(?:a|an|one|two|three|four|five|several|multiple|\d+)\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:sources?|officials?|officers?|diplomats?))\b")


def sources_it_comes_from(d: SourcingDraft, sent: Sentence, low: str) -> None:
    """The sources a claim is said to come from, counted as their words say."""
    if " from " not in low or "source" not in low and "official" not in low and \
            "officer" not in low and "diplomat" not in low:
        return
    for m in _COMES_FROM.finditer(d.text, sent.start, sent.end):
        kind, count = classify(m.group("who"), d.people)
        if kind == "anonymous official":
            d.add(m.start("who"), m.end(), kind, count)
