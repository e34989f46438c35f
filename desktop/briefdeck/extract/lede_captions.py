"""Sentences at a document's top that are its apparatus, not its news, and so no lede:

* a form's row, its label and value cells apart ("Details<TAB>Lead vehicle ... damaged");
* a dataset row's id opening a change note ("LI-2026-0412 (al-Tanf, 24 Nov): ...");
* a sworn statement's formula ("I, the undersigned, ... declare them true");
* a current report's formula about its own items and exhibits ("issued a press release
  regarding ...", "is furnished as Exhibit 99.1", "shall not be deemed filed");
* a corrections column's sentence about its own error ("An article on Saturday ...
  misstated when ...");
* a viral post's claim that a fact-check page asks about ("A post on X ... claims that ...");
* a correction's "X, not Y" (the wrong figure beside the right one).

With none of these the BLUF opens on the report's own news, or on the incident and its toll.
"""

from __future__ import annotations

import re

# "LI-2026-0412 (", "INC-26-114:": a record's id, then what changed in it
_RECORD_ID = re.compile(r"^(?:[-*•]\s+)?[A-Z]{2,6}-\d{2,4}-\d{2,6}\b\s*[(:]")
# "were wounded, not three service members,": a correction's "X, not Y" (the wrong figure)
# "The article also said ...", "A headline and article on Nov. 19 said ...": what the story said
_STORY_SAID = re.compile(
    r"^(?:An?|The)\s+(?:[\w.]+\s+){0,5}?(?:article|story|headline)\s+"
    r"(?:[\w.]+\s+){0,3}?(?:also\s+)?(?:said|reported|stated)\b"
)
# "In their statement ... they said", "Also adds ...": leaning on what came before
_LEANS_BACK = re.compile(r"^(?:In\s+(?:their|his|her|its)\s|Also\s)")
_NOT_Y = re.compile(
    r",\s+not\s+(?:[^,;.\n\d]{0,30}?\s)?(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a\s+dozen|dozens|hundreds|early|late|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day)\b)"
)
_SWORN = re.compile(r"^I,\s+(?:the\s+undersigned|[A-Z])")
_FILING = re.compile(
    r"\b(?:Item\s+\d{1,2}\.\d{2}\b|Exhibit\s+\d{2}(?:\.\d{1,2})?\b|"
    r"issued\s+a\s+(?:press|news)\s+release\s+(?:regarding|concerning|about|"
    r"announcing)|is\s+(?:being\s+)?furnished\s+(?:as|herewith)|"
    r"deemed\s+[\"“]?filed)"
)
# a publication's error about its own story: the column's words, not what happened
_OWN_ERROR = re.compile(
    r"\b(?:misstated|misreported|misidentified|misspelled|misquoted|"
    r"incorrectly\s+(?:said|stated|reported|identified)|"
    r"erroneously\s+(?:said|stated|reported))\b"
)
_OWN_STORY = re.compile(
    r"^(?:An?|The)\s+(?:\w+\s+){0,2}(?:article|story|report|headline|"
    r"caption|photo\s+caption|graphic|editorial)\b",
    re.IGNORECASE,
)
_VIRAL = re.compile(
    r"^(?:An?|The)\s+(?:viral\s+|widely[- ]shared\s+)?(?:post|tweet|video|"
    r"message|meme|image|clip|claim)\b[^.;]{0,160}?\bclaim(?:s|ed)?\s+that\b"
)


def corrected_figure(words: str) -> bool:
    """A correction's "X, not Y" ("will pay $4.2 million, not $42 million")."""
    return _NOT_Y.search(words) is not None


# "Corrections and clarifications", "Correction:": a corrections column, whose sentences tell
# the paper's errors; its news is the incidents it sets right, with their corrected tolls
CORRECTIONS_TITLE = re.compile(
    r"^(?:Corrections?|Clarifications?)\b(?:\s+and\s+"
    r"(?:corrections?|clarifications?))?\s*(?:[:,|–—-]|$)",
    re.I,
)
# "Master's Statement of Facts", "Record of Proceedings": a title naming the document's kind
_KIND_OF = re.compile(
    r"^(?:[A-Z][\w'’]*\s+){0,3}(?:Statement|Report|Declaration|Affidavit|"
    r"Record|Minutes|Notes?|Log|Journal)\s+of\s+(?:the\s+)?[A-Z]"
)


def kind_title(headline: str) -> bool:
    """A title that names the document's kind ("Master's Statement of Facts and Note of
    Protest"), no statement of the news."""
    return _KIND_OF.match(headline) is not None


_SWORN_SUBJECT = re.compile(
    r"I,\s+the\s+undersigned,\s+(?P<who>[^,\n]{3,80}),\s+(?P<role>[^,\n]{3,100}?),\s+"
    r"(?:state|declare|solemnly\s+declare|affirm)\s+(?:the\s+following\s+)?(?:facts\s+)?"
    r"(?:concerning|regarding|about|relating\s+to|in\s+respect\s+of)\s+"
    r"(?P<subject>the\s[^.;\n]{10,250}?)(?:,\s+and\s+(?:declare|affirm|swear)\b|[.;])"
)
_VESSEL = re.compile(
    r"^(?:Master|Captain|Chief\s+Officer)\s+of\s+(?:the\s+)?"
    r"(?P<ship>(?:M/[VT]|MV|MT|SS)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$"
)


def sworn_subject(text: str) -> str:
    """A sworn statement's subject said as the news: "The attack on the M/V X in the southern
    Red Sea on ... 24 November 2026, in the sworn statement of Captain Y, Master of the M/V
    X." ('' when the text opens no such formula)."""
    if "undersigned" not in text[:4000]:
        return ""
    m = _SWORN_SUBJECT.search(text, 0, 4000)
    if not m:
        return ""
    subject, role = " ".join(m.group("subject").split()), " ".join(m.group("role").split())
    ship = _VESSEL.match(role)
    if ship:  # "the vessel" is the master's own ship
        subject = re.sub(
            r"\b(on|against|aboard)\s+the\s+(?:vessel|ship)\b",
            rf"\1 the {ship.group('ship')}",
            subject,
            count=1,
        )
    return (
        f"{subject[:1].upper()}{subject[1:]}, in the sworn statement of "
        f"{' '.join(m.group('who').split())}, {role}."
    )


def apparatus(words: str) -> bool:
    """Is the sentence a form's row, a record's id, a sworn formula, a filing's formula, a
    column's note on its own error or a viral claim: no lede?"""
    if "\t" in words[:80]:
        return True
    first = words[:1]
    if (first.isupper() or first in "-*•") and _RECORD_ID.match(words):
        return True
    if first == "I" and _SWORN.match(words):
        return True
    if (
        "Item" in words or "xhibit" in words or "release" in words or "filed" in words
    ) and _FILING.search(words):
        return True
    if first in "AT" and _OWN_ERROR.search(words) and _OWN_STORY.match(words):
        return True
    if first in "AT" and _STORY_SAID.match(words) or first in "IA" and _LEANS_BACK.match(words):
        return True
    if ", not " in words and _NOT_Y.search(words):
        return True
    return first in "AT" and "claim" in words and _VIRAL.match(words) is not None
