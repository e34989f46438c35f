"""Papers a report cites by what identifies them rather than by who speaks: their number
("Notice No. 12/2026 reported two injured"), their date and sender ("a March 3 memorandum
from the Logistics Command"), the report a figure rests on ("on the basis of the master's
first report"), the recipient of a report a figure was given in ("estimated the loss in a
report to the ministry at $2 million") and a government's travel advisory by its level ("the
Foreign Office advisory for Harrania remains at Level 3"). Each is a document.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_NAME = r"[A-Z][\w.&'’-]*(?:[ \t-]+(?:of[ \t]+|for[ \t]+|the[ \t]+)*[A-Z][\w.&'’-]*){0,6}"

# "Notice No. 12/2026 reported", "Bulletin No. 4 of 2 May said": the paper by its number.
_NUMBERED = re.compile(
    r"\b(?:Notice|Bulletin|Circular|Advisory|Report|Update|Memorandum|Directive|Instruction|"
    r"Sitrep|SITREP)[ \t]+No\.?[ \t]*\d[\w/.-]*"
    rf"(?:[ \t]+of[ \t]+\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?)?"
    r"[ \t]+(?:reported|said|stated|gave|listed|recorded|counted|noted|warned|put)\b")
# "a March 3 memorandum from the Logistics Command": a dated paper and its sender.
_DATED_FROM = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})"
    r"(?:,?[ \t]+\d{4})?[ \t]+(?:memorandum|memo|letter|directive|circular|notice|cable)"
    rf"[ \t]+from[ \t]+(?:the[ \t]+)?{_NAME}")
# "on the basis of the master's initial report": the report a figure rests on.
_ON_THE_BASIS = re.compile(
    r"\bon[ \t]+the[ \t]+basis[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+|its[ \t]+|their[ \t]+)?"
    # (never the paper itself: "no action should be taken on the basis of this report")
    r"(?!(?:this|that|these|those|such|any|our|my)\b)"
    r"(?:[\w-]+['’]s[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?(?:report|assessment|survey|findings|"
    r"log|records)\b")
# "estimated the damage in a report to the ministry": the report a figure was given in.
_REPORT_TO = re.compile(
    r"\b(?:estimated|put|valued|assessed|gave|listed)[ \t]+(?:[\w$-]+[ \t]+){0,3}?in[ \t]+"
    r"(?:a|an|its|their)[ \t]+(?:written[ \t]+|preliminary[ \t]+|initial[ \t]+|formal[ \t]+)?"
    r"(?:report|letter|submission|filing|memo(?:randum)?)[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"[\w-]+(?:[ \t]+[A-Z][\w-]*){0,3}")
# "the Foreign Office advisory for Harrania remains at Level 3": an advisory by its level.
_ADVISORY_LEVEL = re.compile(
    r"\b(?:[Tt]he[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){1,4}(?:[Tt]ravel[ \t]+)?[Aa]dvisory[ \t]+"
    r"for[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+(?:remains|is|stays|stands|was[ \t]+"
    r"(?:raised|lowered)[ \t]+to|has[ \t]+been[ \t]+(?:raised|lowered)[ \t]+to)"
    r"(?:[ \t]+at)?[ \t]+Level[ \t]+\d")


def cited_papers(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, 'document', 1) of each paper cited by its number, date, basis or level."""
    found = []
    if " No" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _NUMBERED.finditer(text)]
    if "emo" in text or "etter" in text or "irective" in text or "ircular" in text or \
            "otice" in text or "able" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _DATED_FROM.finditer(text)]
    if "basis of" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _ON_THE_BASIS.finditer(text)]
    if " in a" in text or " in its" in text or " in their" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _REPORT_TO.finditer(text)]
    if "dvisory for" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _ADVISORY_LEVEL.finditer(text)]
    return found
