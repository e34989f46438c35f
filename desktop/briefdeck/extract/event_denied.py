"""A happening told only as a report that is denied, or as a post's words, is no event.

"The Corps denies the report published on 26 November that an adviser was killed in a strike
near X" tells what others reported and the teller rejects: a reader would not brief the strike
or its dead from it. The clause is read as no happening, and its toll as nobody's. So is a
post's caption quoted ("'Iran's missiles hit the base tonight', reads the caption of a video
posted on November 15"): the words of a claim being checked, however dated and placed. So is
hearsay ("Heard from someone who should know that jets hit the launch sites", "Also seeing on X
that one of the wounded died"): a forum's or a chat's rumour, told with no one standing by it.
"""

from __future__ import annotations

import re

# "denies the report ... that", "rejected claims that", "dismissed as baseless reports that"
_DENIED_REPORT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"dismiss(?:es|ed|ing)?(?:\s+as\s+[\w-]+)?)\s+(?:the\s+|a\s+|these\s+|such\s+|any\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:reports?|claims?|allegations?|accounts?|rumou?rs?|"
    r"assertions?)\b[^;:\"“”]{0,120}?\bthat\s", re.I)


def _told_in(pattern: re.Pattern[str], cues: tuple[str, ...], text: str, start: int,
             end: int) -> bool:
    """Does `pattern` match in text[start:end]? A cheap look for its cue words first: most
    clauses have none."""
    head = text[start:end].lower()
    return any(cue in head for cue in cues) and pattern.search(text, start, end) is not None


def denied_report(text: str, sent_start: int, t_start: int) -> bool:
    """True when the clause's verb is told inside a report its teller denies."""
    return _told_in(_DENIED_REPORT, ("den", "reject", "refut", "dismiss"), text,
                    max(sent_start, t_start - 240), t_start)


# "...," reads the caption of a video; "...," the post claimed
_POSTED = re.compile(
    r"[\"”’']?\s*,?\s*[\"”’']?\s*(?:reads?|read|claims?|claimed|says|said)\s+(?:the\s+|a\s+)?"
    r"(?:caption|post|tweet|video|message|headline|text|description|clip|graphic)\b", re.I)
_CLOSE = re.compile(r"[\"”]")


def posted_claim(text: str, t_start: int, sent_end: int) -> bool:
    """Is the quote around t_start a post's caption or claim, as the sentence tells?"""
    close = _CLOSE.search(text, t_start, sent_end)
    return close is not None and _POSTED.match(text, close.start(), sent_end) is not None


# "heard from someone who should know that", "heard that", "seeing on X that", "rumours that":
# what reached the teller second hand, from no one named (a plain "heard the blast" tells what
# the hearer witnessed and is no hearsay: "that" must follow)
_HEARSAY = re.compile(
    r"\b(?:(?:I\s+)?(?:heard|hearing)(?:\s+from\s+(?:someone|somebody|a\s+friend|a\s+guy|"
    r"people|a\s+contact|a\s+source)\b[^,;:.\"“”]{0,40}?)?|(?:also\s+)?(?:seeing|saw|seen|reading)"
    r"\s+on\s+(?:X|Twitter|Telegram|TikTok|Facebook|social\s+media)|rumou?rs?(?:\s+(?:say|said))?)"
    r"\s+that\s", re.I)


_HEARSAY_CUES = ("hear", " on ", "rumo")


def hearsay(text: str, sent_start: int, t_start: int) -> bool:
    """True when the clause's verb is told as a rumour the teller only heard or saw posted."""
    return _told_in(_HEARSAY, _HEARSAY_CUES, text, max(sent_start, t_start - 160), t_start)


def opens_with_hearsay(text: str, start: int, end: int) -> bool:
    """Does the sentence open by telling a rumour ("Also seeing on X that one of the wounded
    died")? Its counts are nobody's toll."""
    return _told_in(_HEARSAY, _HEARSAY_CUES, text, start, min(end, start + 60))
