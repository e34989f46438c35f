"""A quote after 'X said that Y had reported' is Y's words: X, a report of a report, relays."""

from __future__ import annotations

import re

from briefdeck.extract.quote_patterns import PRONOUNS

# A report of a report: 'UKMTO said ... that the master had reported "..."'. The one whose
# report the quote is the object of said the words, the first only relays them. (A pronoun
# there is the first speaker again: 'X said that it had "..."', read as before.)
_NESTED_REPORT = re.compile(r"that\s+(?P<who>(?:the|a|an|its|his|her|their|one)\s+"
                            r"(?:[\w-]+\s+){0,2}?[\w-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:had\s+|has\s+)?"
                            r"(?:reported|said|radioed|described|warned|told\s+(?:us|them|him|her|"
                            r"reporters))(?:\s+(?:of|that))?\s*$")


# The same, the clause's verb a claim whose words follow after ", saying": 'the Managers told
# me that the militia's spokesman had claimed the attack in a statement, saying the ship was
# "..."': the spokesman's words, not the ones who told of the claim.
_NESTED_CLAIM = re.compile(r"that\s+(?P<who>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+|"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:had\s+|has\s+)?"
                           r"(?:claimed|said|announced|stated|declared)\b[^\"“”;.]{0,200}?,\s+"
                           r"saying\b[^\"“”;.]{0,120}$")


# The same with "that" left out, right after a verb of saying: 'X, which tracks attacks, said
# the captain reported "..."' (an unnamed reporter by its noun: the words are the captain's).
_BARE_NESTED = re.compile(r"\b(?:said|says|told\s+[\w.-]+)\s+(?P<who>(?:the|a|an|its|one)\s+"
                          r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+(?:had\s+|has\s+)?"
                          r"(?:reported|radioed|described)\s*$")


def _nested_reporter(text: str, verb_end: int, quote_start: int) -> tuple[int, int] | None:
    """The span of the subject of a clause of reporting, opened by "that" after the sentence's
    verb, whose verb the quote right after is the object of; or None."""
    if "that " not in text[verb_end:quote_start] and text.endswith(
            ("reported ", "radioed ", "described "), verb_end, quote_start):
        bare = _BARE_NESTED.search(text, max(verb_end, quote_start - 80), quote_start)
        return (bare.start("who"), bare.end("who")) if bare else None
    at = text.rfind("that ", verb_end, quote_start)
    if at < 0 or quote_start - at > 300:
        return None
    m = _NESTED_REPORT.match(text, at, quote_start) if quote_start - at <= 80 else None
    if m is None and "saying" in text[at:quote_start]:
        m = _NESTED_CLAIM.match(text, at, quote_start)
    if not m or m.group("who").split()[0].lower() in PRONOUNS:
        return None
    return m.start("who"), m.end("who")
