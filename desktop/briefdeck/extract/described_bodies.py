"""Bodies named beside the words that say what they are, whatever their names end in: outlets
and firms, "a group calling itself X", "the Erbil health directorate", "Anbar police said",
"UAE MoD", "Unit 8200", "the EU naval mission Aspides"."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.embassies import EMBASSY_ISSUER_RE, EMBASSY_RE, ISSUER_BEFORE
from briefdeck.extract.known_organizations import KNOWN_RE, known_organization
from briefdeck.extract.media_and_firms import (
    _EMPLOYED_CHEAP,
    _MEDIA_WORD,
    _OUTLET_TAIL,
    EMPLOYER_RE,
    FIRM_RE,
    OUTLET_BEFORE_RE,
    OUTLET_DESCRIBED_RE,
    OUTLET_NAMED_RE,
    UNIVERSITY_RE,
    _firm_cue,
)
from briefdeck.extract.org_found import is_country, is_place
from briefdeck.extract.org_words import DAYS_MONTHS, DEMONYM

# A legislature's standing committee written in lower case: "parliament's security and
# defense committee", "the parliamentary foreign relations committee".
PANEL_RE = re.compile(r"(?P<firm>\b(?:[Pp]arliament['’]s|[Pp]arliamentary)\s+"
                      r"(?:[a-z]+,?\s+(?:and\s+)?){1,4}?committee)\b")
# A governorate's administration speaking through its spokesman: "a spokesman for the Erbil
# governorate" (the body, not the province).
SPOKEN_FOR_RE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
                           r"(?P<firm>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[Gg]overnorate"
                           r"(?:\s+office)?)\b")
# Secret services' and militias' units known by a number: "Unit 8200", "Hezbollah's Unit
# 4400", "the Quds Force's Unit 840" (not a reactor's "Unit 2" or a flat's "unit 12").
NUMBERED_UNIT_RE = re.compile(r"\bUnit\s+\d{3,5}\b(?![.,]\d|\s*(?:of|at)\s)")
MISSION_RE = re.compile(
    r"\b(?:peacekeeping|stabili[sz]ation|monitoring|observer|training|naval|regional|"
    r"intervention)\s+(?:mission|force)\s+"
    rf"(?P<firm>(?!(?:{DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And)\b)"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"(?=\s*[,;.)]|\s+(?:said|says|has|had|have|is|was|which|reported|announced|confirmed)\b)")
_MISSION_WORD = word_gated(re.compile(r"\b(?:mission|force)\s+[A-Z]"))
_BODY_NOUN = (r"(?:group|organi[sz]ation|network|charity|collective|initiative|committee|"
              r"coalition|alliance|outfit|association)")
DESCRIBED_BODY_RE = re.compile(
    rf"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){{0,3}}{_BODY_NOUN},\s+(?:the\s+)?"
    r"(?P<firm>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){1,6})(?=\s*[,(])")
# (the comma first, the cheap scan; then the noun before it)
_DESCRIBED_CHEAP = re.compile(",(?:" + "|".join(
    f"(?<={w},)" for w in ("group", "organization", "organisation", "network", "charity",
                           "collective", "initiative", "committee", "coalition", "alliance",
                           "outfit", "association")) + r")\s")
# "a group calling itself Saraya X", "a faction known as the Y Brigades": a body named by
# what it calls itself, whatever its name ends in (often a transliteration).
SELF_NAMED_RE = re.compile(
    r"\b(?:group|militia|faction|organi[sz]ation|movement|outfit|cell|network|coalition|"
    r"alliance)\s+(?:(?:calling|that\s+calls|which\s+calls)\s+itself|called|named|known\s+as)"
    r"\s+(?:the\s+)?(?P<firm>(?!(?:The|A|An|It|Its|He|She|They|This|That)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el|wa|wal|bin|of|the|for)\s+|(?:al|el|an|ad|as|ash|ar|at)-)?"
    r"[A-Z][\w'’-]*){0,5})")  # (the article joined too: "Saraya al-Kahf")
# "Saraya Thar al-Muhandis", "Liwa Fatemiyoun", "Jaish al-Adl": an armed group named by the
# Arabic word for what it is (companies, brigade, army, movement) and its own name after it.
_ARABIC_ARTICLE = r"(?:(?:al|el|wa|wal|bin|ibn)\s+|(?:al|el|an|ad|as|ash|ar|at|ath|adh|az)-)?"
ARABIC_GROUP_RE = re.compile(
    r"\b(?P<firm>(?:Saraya|Kata(?:['’]|a)?ib|Liwa|Alwiya|Harakat|Jaysh|Jaish|Tansiqiyat|Usbat|"
    r"Ashab)\s+" + _ARABIC_ARTICLE + r"[A-Z][\w'’-]*(?:\s+" + _ARABIC_ARTICLE +
    r"[A-Z][\w'’-]*){0,3})")
_ARABIC_GROUP_CHEAP = re.compile(r"Saraya|Kata|Liwa|Alwiya|Harakat|Jaysh|Jaish|Tansiqiyat|Usbat|"
                                 r"Ashab")
_SELF_NAMED_CUE = word_gated(re.compile(r"\b(?:itself|called|named|known\s+as)\s+(?:the\s+)?[A-Z]"))
# "the Erbil health directorate": a town's or province's own service, written in lower case.
LOCAL_SERVICE_RE = re.compile(
    r"(?<=\b[Tt]he\s)(?P<firm>(?P<place>[A-Z][a-z]+)"
    # ("the Dohuk province's intelligence directorate": the place's own, possessive)
    r"(?:\s+(?:region|province|governorate)(?:['’]s)?|['’]s)?\s+(?:health|education|police|"
    r"security|water|electricity|agriculture|counter-?terrorism|intelligence)\s+"
    r"(?:directorate|department|authority))\b")
# "the Red Sea State health ministry", "the Khartoum state health ministry": a federal state's
# or a province's own ministry, in lower case after the region's name.
REGIONAL_MINISTRY_RE = re.compile(
    r"(?<=\b[Tt]he\s)(?P<firm>(?P<place>(?!(?:Federal|National|Central|Transitional|Interim|"
    r"Islamic|Provisional|Sovereign|Unity)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+"
    r"(?P<region>[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate)(?:['’]s)?\s+"
    r"(?:health|education|interior|finance|agriculture|water|information|culture|"
    r"social\s+(?:affairs|development)|infrastructure)\s+ministry)\b")
# "Anbar police said", "Kirkuk police first reported": a province's or a city's police force
# speaking, named by its place in lower case.
PLACE_POLICE_RE = re.compile(
    r"(?<![\w'’-])(?P<firm>(?P<place>(?!(?:The|A|An|In|On|At|But|And|Local|Iraqi|Military|"
    r"Traffic|Border|State|Federal|National)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+police)"
    r"(?=,?\s+(?:(?:first|initially|also|later|earlier|have|has|had)\s+)?(?:said|says|reported|"
    r"told|stated|announced|confirmed|arrested|added)\b"
    # ("Anbar police spokesman Major X said": the force speaks through its spokesman)
    r"|\s+spokes(?:man|woman|person)\s+[A-Z])")
# "the IRGC Ground Force's Quds Base said": a force's regional headquarters, named as its own
# (an air or naval base named after its owner is a place: "CENTCOM's Al Udeid Air Base").
HQ_RE = re.compile(
    r"\b(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+"
    r"(?P<firm>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?<!Air)(?<!Naval)(?<!Army)(?<!Military)(?<!Operating)(?<!Logistics)(?<!Support)"
    r"(?<!Patrol)(?<!Forward)(?<!Main)(?<!Home)(?<!Joint)(?<!Marine)\s+(?:Base|Headquarters))\b"
    r"(?!\s+(?:in|near|at|outside)\b)")
# A ministry by its country and usual initials: "UAE MoD", "the UK MOD", "Israeli MoD".
# (the country checked after: any capitalised word may stand before)
COUNTRY_MINISTRY_RE = re.compile(
    r"\b(?P<firm>(?P<country>U\.S\.|U\.K\.|[A-Z]{2,3}|[A-Z][a-z]+)\s+"
    r"(?:MoD|MOD|MoI|MOI|MFA|MoFA|MOFA))\b")
_COUNTRY_INITIALS = frozenset({"US", "U.S.", "UK", "U.K.", "UAE", "KSA"})


def described_spans(text: str, start: int, end: int, st: str) -> list[tuple[int, int]]:
    """Spans of the bodies so named in one sentence (st is its text), each rule behind a
    cheap test; earlier rules win where spans overlap."""
    outlets = [(m.start("firm"), m.end("firm")) for m in FIRM_RE.finditer(
        text, start, end)] if _firm_cue(st) else []
    if _OUTLET_TAIL.search(st):
        outlets += [m.span("firm") for m in OUTLET_NAMED_RE.finditer(text, start, end)
                    if not known_organization(m.group("firm"))]
        outlets += [m.span("firm") for m in OUTLET_DESCRIBED_RE.finditer(text, start, end)
                    if not known_organization(m.group("firm"))]
    if _DESCRIBED_CHEAP.search(st):
        outlets += [m.span("firm") for m in DESCRIBED_BODY_RE.finditer(text, start, end)
                    if not is_place(m.group("firm"))]
    if _SELF_NAMED_CUE.search(st):
        outlets += [m.span("firm") for m in SELF_NAMED_RE.finditer(text, start, end)
                    if not is_place(m.group("firm"))]
    if _ARABIC_GROUP_CHEAP.search(st):
        outlets += [m.span("firm") for m in ARABIC_GROUP_RE.finditer(text, start, end)
                    if not known_organization(m.group("firm"))]
    if "directorate" in st or "department" in st or "authority" in st:
        outlets += [m.span("firm") for m in LOCAL_SERVICE_RE.finditer(text, start, end)
                    if is_place(m.group("place"))]
    if "ministry" in st and ("tate" in st or "rovince" in st or "egion" in st or
                             "overnorate" in st):
        outlets += [m.span("firm") for m in REGIONAL_MINISTRY_RE.finditer(text, start, end)
                    if is_place(m.group("place")) or
                    is_place(f"{m.group('place')} {m.group('region')}")]
    if "Universit" in st:
        outlets += [m.span("firm") for m in UNIVERSITY_RE.finditer(text, start, end)
                    if m.group("firm") != "University"]
    if "MoD" in st or "MOD" in st or "MFA" in st or "MoI" in st or "MOI" in st or \
            "OFA" in st or "oFA" in st:
        outlets += [m.span("firm") for m in COUNTRY_MINISTRY_RE.finditer(text, start, end)
                    if (c := m.group("country")) in _COUNTRY_INITIALS or
                    re.fullmatch(DEMONYM, c) or c.istitle() and is_country(c)]
    if "spokes" in st and "overnorate" in st:
        outlets += [m.span("firm") for m in SPOKEN_FOR_RE.finditer(text, start, end)]
    if "committee" in st:
        outlets += [m.span("firm") for m in PANEL_RE.finditer(text, start, end)]
    if " police " in st:
        outlets += [m.span("firm") for m in PLACE_POLICE_RE.finditer(text, start, end)
                    if is_place(m.group("place"))]
    if ("Base" in st or "Headquarters" in st) and "s " in st:
        outlets += [m.span("firm") for m in HQ_RE.finditer(text, start, end)
                    if KNOWN_RE.search(m.group("owner"))]
    if "mbassy" in st or "Consulate" in st:
        outlets += [m.span("firm") for m in EMBASSY_RE.finditer(text, start, end)]
    if "Embassy" in st or "Consulate" in st:
        outlets += [m.span("firm") for m in EMBASSY_ISSUER_RE.finditer(text, start, end)
                    if ISSUER_BEFORE.search(text, max(start, m.start() - 40), m.start())]
    if " at " in st and _EMPLOYED_CHEAP.search(st):
        outlets += [m.span("firm") for m in EMPLOYER_RE.finditer(text, start, end)
                    if not is_place(m.group("firm"))]
    if "Unit " in st:
        outlets += [m.span() for m in NUMBERED_UNIT_RE.finditer(text, start, end)]
    if _MISSION_WORD.search(st):
        outlets += [m.span("firm") for m in MISSION_RE.finditer(text, start, end)]
    if _MEDIA_WORD.search(st):  # (a cheap test first: the scan starts anywhere)
        outlets += [(m.start("firm") + 4 * m.group("firm").startswith("The "), m.end("firm"))
                    for m in OUTLET_BEFORE_RE.finditer(text, start, end)
                    if not known_organization(m.group("firm"))]
    return outlets
