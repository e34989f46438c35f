"""Institutions written in lower case, as reports name the bodies that speak.

"the Israeli military", "Iran's foreign ministry", "the Houthi-run health ministry",
"the Kurdistan region's counter-terrorism service": an owner (a possessive or a national or
"-run" adjective), up to two lower-case words and the kind of body. Later the report says only
"the ministry" or "the Observatory": `back_reference` finds the body meant. Shared by quotes
(who said it) and attributions (how a claim is sourced).
"""

from __future__ import annotations

import re

# Kinds of body that speak for themselves ("the ministry said").
BODY = (
    r"armed\s+forces|air\s+force|task\s+force|general\s+staff|news\s+agency|security\s+forces|"
    r"ministry|military|army|navy|government|service|agency|department|command|police|"
    r"forces|group|militia|coalition|embassy|office|presidency|authorities|administration|"
    r"monitor|observatory|council|parliament|cabinet|directorate|movement|spokesman's\s+office"
)
# Lower-case words between the owner and the body ("foreign", "counter-terrorism").
BODY_MOD = _MOD = (
    r"(?!(?:the|a|an|of|to|in|on|at|for|and|or|but|that|which|who|said|says|has|had|have|"
    r"was|were|is|are|it|its|their|his|her)\b)[a-z][\w-]*"
)
# A capitalised word of an owner's name; sentence-initial function words are none.
CAP_WORD = _CAP = (
    r"(?!(?:A|An|The|In|On|At|But|And|As|If|When|After|It|He|She|They|We|This|That|Its|"
    r"Their|His|Her|Our|One|Some|Many|Each|Another|Other|Most|All|Both|No|Any)\b)"
    r"(?:U\.S\.|U\.K\.|[A-Z][\w.-]*)"
)
OWNER = (
    rf"(?:[Tt]he\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+region)?(?:'s|’s|s'|s’)"  # Iran's, Houthis'
    rf"|(?:[Tt]he\s+)?(?:{_CAP}\s+){{0,2}}{_CAP}"  # the Israeli, the Houthi-run, U.S.
)
INSTITUTION = rf"(?:{OWNER})\s+(?:{_MOD}\s+){{0,2}}(?:{BODY})\b"
# A ministry named in lower case after its owner: "the regional government's ministry of
# peshmerga affairs", "Iraq's ministry of the interior".
_MINISTRY_OF = (r"(?<=ministry)\s+of\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}affairs|defen[cs]e|"
                r"interior|health|justice|finance|information|transport)\b")
INSTITUTION_RE = re.compile(
    rf"(?P<inst>\b(?P<owner>{OWNER})\s+(?:{_MOD}\s+){{0,2}}(?P<body>{BODY})(?:{_MINISTRY_OF})?)\b"
)
# "the ministry", "the Observatory", "the Task Force": a body named before.
BACK_REFERENCE_RE = re.compile(
    rf"^\s*[Tt]he\s+(?:(?:{_MOD})\s+)?(?P<noun>(?i:{BODY}))\s*$"
)
_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.]*-based\s+)?")
# A capitalised name that holds the noun: "Syrian Observatory for Human Rights".
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|in\s+|for\s+|and\s+|the\s+)?[A-Z][\w'’.-]*)*"
_LOOKBACK = 4000  # characters: a back reference points a few paragraphs up at most


def strip_lead(name: str) -> str:
    """'The Britain-based Syrian Observatory' -> 'Syrian Observatory'."""
    return _LEAD.sub("", " ".join(name.split()), count=1)


def institution_in(who: str) -> str:
    """The institution the words name ('In Tehran, Iran's foreign ministry' -> "Iran's foreign
    ministry"), or ''."""
    found = list(INSTITUTION_RE.finditer(who))
    return strip_lead(found[-1].group("inst")) if found else ""


def back_reference(who: str, text: str, pos: int) -> str:
    """For 'the ministry' / 'the Observatory' before pos: the full name of the body last named
    with that noun ("Syrian Observatory for Human Rights"), or '' when who is no such phrase or
    nothing before matches."""
    m = BACK_REFERENCE_RE.match(who)
    if not m:
        return ""
    noun = " ".join(m.group("noun").split())
    window_start = max(0, pos - _LOOKBACK)
    window = text[window_start:pos]
    best: tuple[int, str] | None = None
    if noun[0].isupper():
        runs = re.finditer(rf"\b{_NAME_RUN}", window)
        for run in runs:
            if re.search(rf"\b{re.escape(noun)}\b", run.group(0)) and run.group(0) != noun and \
                    not run.group(0).startswith(("The " + noun, "the " + noun)):
                best = (run.start(), run.group(0))
    else:
        for inst in INSTITUTION_RE.finditer(window):
            if " ".join(inst.group("body").split()).casefold() == noun.casefold():
                best = (inst.start(), inst.group("inst"))
    return strip_lead(best[1]) if best else ""
