"""Outlets, firms, think tanks and universities named by what they are: "maritime security firm
Ambrey", "quoted by Pinnacle News", "its Al-Manar television", "an analyst at Northgate Risk"."""

from __future__ import annotations

import re

from briefdeck.extract.org_words import DAYS_MONTHS, DEMONYM

_MEDIA_WORD = re.compile(r"television|satellite|radio|newspaper|daily|news|broadcaster|media")
# "maritime security firm Ambrey", "the consultancy Castle Brokers": named by what they are.
# And news media: "told Ukrainian outlet Suspilne", "the newspaper Haaretz".
FIRM_RE = re.compile(
    r"\b(?:(?:security|risk|maritime|shipping|consultancy|consulting|defen[cs]e|intelligence|"
    r"analytics|insurance|tracking|data|research|engineering|energy|oil|arms)\s+"
    r"(?:firm|company|consultancy|contractor|group|manufacturer|maker|insurer|broker|agency)|"
    r"outlet|broadcaster|newspaper|tabloid|magazine|news\s+(?:site|website|agency|portal)|"
    r"(?:TV|television|news|satellite|Telegram|YouTube)\s+channel|television\s+station|"
    r"radio\s+station)\s+"
    rf"(?P<firm>(?!(?:{DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
)


def _firm_cue(s: str) -> bool:
    """FIRM_RE needs one of its nouns ("website" holds "site"): a cheap test first."""
    return ("firm" in s or "company" in s or "consultancy" in s or "contractor" in s or
            "group" in s or "manufacturer" in s or "maker" in s or "insurer" in s or
            "broker" in s or "agency" in s or "outlet" in s or "broadcaster" in s or
            "newspaper" in s or "tabloid" in s or "magazine" in s or "site" in s or
            "portal" in s or "channel" in s or "station" in s)


# An expert's employer: "an analyst at Northgate Risk in Dubai", "a senior fellow at the
# Institute for Gulf Studies" (a firm or think tank the report names only there).
# (and the market's: "a war-risk broker at Weatherstone Marine", "head of commodities
# strategy at Nordfjell Bank": a broker's or a bank's desk names the firm)
_EMPLOYER_ROLES = (r"analyst|fellow|researcher|economist|strategist|scholar|professor|lecturer|"
                   r"broker|underwriter|trader|banker|strategy|research")
_EMPLOYED_CHEAP = re.compile(rf"(?:{_EMPLOYER_ROLES})s?\s+at\s")
EMPLOYER_RE = re.compile(
    rf"\b(?:{_EMPLOYER_ROLES})s?\s+at\s+"
    rf"(?:the\s+)?(?P<firm>(?!(?:{DAYS_MONTHS}|The|This|That|Its|His|Her|Their)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+(?:(?:for|of|on|and|&)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){0,5})"
    r"(?=\s*[,;.)]|\s+(?:in|and|who|which|said|says|told|wrote)\b|\s*$)")
# "the UN peacekeeping mission MINUSCA", "the EU naval mission Aspides said": a mission named
# after what it is (set off by a comma or a verb: "a regional force Kenya leads" names Kenya).
# "its Al-Manar television", "the Kommersant newspaper": an outlet named before what it is.
# (a country's possessive before it is the owner: "Israel's Channel 12 television")
OUTLET_BEFORE_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:'s|’s)\s+)?"
    rf"(?P<firm>(?!(?:{DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And|State|"
    rf"Public|National|Local|Arabic|English|Hebrew|Persian|Pan-Arab|{DEMONYM})"
    r"\s+(?:television|TV|satellite|radio|newspaper|daily|news|broadcaster)\b"
    # "the Houthi-run Al-Masirah television": the owner's adjective is no part of the name
    r"|(?:The\s+)?[A-Z][\w]*-(?:run|backed|owned|based|affiliated|aligned|controlled|funded|linked)\b"
    # "an Urdu-language daily": the language it is written in, no name
    r"|[A-Z][a-z]+-language\b)"
    # ("Roya TV": a capitalised TV is part of the name, found with the other bodies)
    r"[A-Z][\w&-]*(?:[- ][A-Z0-9][\w&-]*){0,2})\s+(?:television|satellite\s+channel|"
    r"radio|newspaper|daily|news\s+agency|news\s+website|broadcaster|"
    # "through its Amaq news agency", "its Az-Zallaqa media arm": a group's propaganda outlet
    r"media\s+(?:arm|wing|office|foundation|outlet))\b(?!\s+[A-Z])")


# "quoted by Pinnacle News", "told Sahel Radio": an outlet named by its own name.
OUTLET_NAMED_RE = re.compile(
    r"\b(?:quoted\s+by|reported\s+by|cited\s+by|according\s+to|told|interview\s+with|"
    # where a body's words were put out: "in a statement on Sepah News", "carried by X News"
    r"(?:carried|published|broadcast|aired|posted|tally|count)\s+(?:by|on)|"
    r"(?:statement|interview|message)\s+on)\s+"
    r"(?P<firm>(?!(?:The|A|An|Reuters)\b)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s+"
    r"(?:News|Radio|TV|Times|Post|Herald|Tribune|Gazette))\b")
# "Sabereen News, a Telegram channel close to ...": an outlet named, then said to be one.
OUTLET_DESCRIBED_RE = re.compile(
    r"\b(?P<firm>(?!(?:The|A|An)\b)[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s+"
    r"(?:News|Radio|TV|Times|Post|Herald|Tribune|Gazette)),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:channel|outlet|website|site|agency|broadcaster|newspaper|station)\b")
# "A local volunteer group, the El Obeid Emergency Response Room,": a body named after what
# it is described as, whatever its name ends in.
_OUTLET_TAIL = re.compile(r"(?:News|Radio|TV|Times|Post|Herald|Tribune|Gazette)\b")

# A university is the body its scholars speak from: "Kuwait University", "the University of
# Ottawa", "American University of Beirut".
UNIVERSITY_RE = re.compile(
    r"(?P<firm>(?:(?!(?:The|A|An|At|Of|In|From|By|For|And|But)\b)[A-Z][\w'’.-]*\s+){0,3}"
    r"University(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)")
