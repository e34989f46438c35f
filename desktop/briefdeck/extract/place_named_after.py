"""Things named after a place: bodies, firms, weapons, oil grades, languages, employers.

"UK Maritime Trade Operations", "Iran's Revolutionary Guard", "Erbil Shipping LLC", "the
Khorramshahr missile", "an Ohio-class submarine", "Brent crude", "posts in Persian", "a fellow
at the Hollis Institute in London", "Government of Iraq": the place's word is part of
something else's name, or only says where an employer sits, so it is no place of the report.
"""

from __future__ import annotations

import re

from briefdeck.extract.embassies import SPEAKER_AFTER

# (also with whose body it is between: "Kobani Women's Council"; and an event held there and
# named after it, "the Baghdad International Fair", "Erbil Book Fair": the event, no place)
ORG_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+['’]s)?\s+(?:Operations\s+Command|Command|Council|"
                       r"Brigades?|Division|Corps|Police|University|Governorate\s+Council|"
                       r"Provincial\s+Council)\b|"
                       r"(?:\s+International)?(?:\s+Book|\s+Trade)?\s+(?:Fair|Exhibition|Expo|"
                       r"Festival)\b")
# "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA": the court's district in a case
# caption, where the case is filed, no place of the report.
COURT_BEFORE = re.compile(r"\b[Cc](?:ourt|OURT)\s+(?:for|FOR|of|OF)\s+(?:the\s+|THE\s+)?$")
# "Knights of Columbus", "Our Lady of Guadalupe", "Sisters of Mercy": a fraternal order's or a
# devotion's name ends in a place's word; the place is none of the report's.
DEVOTED_BEFORE = re.compile(r"\b(?:Knights|Our\s+Lady|Daughters|Sons|Sisters|Brothers|Shrine)"
                            r"\s+of\s+$")
# A place opening a longer name that ends in a body's word: "UK Maritime Trade Operations",
# "United States European Command", "Iraq Body Count Project".
ORG_NAME_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,4}?\s+(?:Operations|Command|Agency|Ministry|Forces?|Service|"
    r"Authority|Office|Company|Corporation|Institute|Centre|Center|Committee|Commission|"
    r"Directorate|"
    r"Observatory|Network|Group|Airways|Airlines|News|Post|Times|Fund|Bank|Foundation|"
    r"University|Council|Department|Guards?|Corps|Army|Navy|Party|Project|Television|Radio|"
    r"Society|Association|Federation|League|Red\s+Crescent|Red\s+Cross|Senate|Congress|"
    r"Parliament|House\s+of\s+Representatives|Government)\b")
# "local partner Basra Technical Services", "Erbil Shipping LLC": a firm named after a place.
FIRM_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’&.-]*){0,2}?\s+(?:Services|Trading|Contracting|Holdings?|Ltd|LLC|Inc|"
    r"Industries|Logistics|Shipping|Engineering|Solutions|Technologies|Enterprises)\b")
# "the Kurdistan CTD said", a table's source cell "Kurdistan CTD": a region's body by its
# acronym, speaking or cited as the source, not the region.
# ("Kurdistan Region CTD: one guard wounded": the body's label before what it said)
BODY_ACRONYM_AFTER = re.compile(r" [A-Z]{2,5}(?:\s*$|\s*\n|:\s|,?\s+(?:said|says|reported|stated|"
                                r"announced|statement|spokes\w+|media\s+office)\b)", re.M)
# "three operations: Euphrates Shield (2016), Olive Branch (2018)": operation names with their
# years, in a sentence about operations.
YEAR_PAREN_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)")
OPERATIONS_BEFORE = re.compile(r"\b[Oo]perations?\b")
# 'a drone of the "Yafa" type', "an Ohio-class submarine": a model named after a place.
TYPE_AFTER = re.compile(r"[\"”]?(?:\s+|-)(?:type|class)\b")
DIPLOMATIC = re.compile(r"\b(?:Embassy|Consulate)\b", re.I)
SPEAKS_AFTER = re.compile(SPEAKER_AFTER)  # the same test organizations makes
# "posts in Arabic, Persian and English", "a Persian-language caption": a language, which
# GeoNames also lists as a town (Parsian, Iran) once the text names the country.
LANGUAGES = frozenset(
    "Persian Farsi Arabic English Kurdish Sorani Kurmanji Turkish Hebrew Urdu Pashto Dari "
    "Russian French German Spanish Chinese Mandarin Aramaic Syriac Turkmen Armenian Azeri "
    "Amharic Somali Swahili Hindi Baluchi Balochi Ukrainian Italian Portuguese".split())
# "Brent crude", "Basra Heavy futures": an oil grade or benchmark named after a place.
COMMODITY_AFTER = re.compile(r"\s+(?:crude|oil\s+(?:futures|price|prices|benchmark)|futures|"
                             r"(?:Light|Heavy|Medium)\s+(?:crude|futures|grade|oil))\b")
# Once a report names "Brent crude", a bare "Brent climbs" in its headline is the benchmark too;
# a place word before it ("oil exports from Basra") still makes it the city.
PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|of|city|port)\s+$",
                               re.I)
# "the Khorramshahr missile", "Fateh, Zolfaghar and Dezful missiles", "a Yafa drone": a city a
# weapon is named after, not a place of the report; "the Kharkiv missile strike" still is one.
WEAPON_AFTER = re.compile(
    r"(?:-\d+\w*)?(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"{0,4}\s+(?:(?:ballistic|cruise|hypersonic|anti-ship|surface-to-surface|air-to-surface|"
    r"medium-range|long-range|short-range|solid-fuel(?:ed)?|precision-guided|new|upgraded)\s+)*"
    r"(?:missiles?|drones?)\b(?!\s+(?:strikes?|attacks?|barrages?|alerts?|fire|launch(?:es)?|defen[cs]es?|"
    r"warnings?|sirens?)\b)")
# "Iran's Revolutionary Guard", "Israel's Foreign Ministry": a country's own body, named by
# its owner; the country is no place of the report there.
# "Iran's foreign ministry", "Syria's army" in lower case: the same; "Iran's allies" too.
OWNED_BODY_AFTER = re.compile(
    r"['’]s(?:" + ORG_NAME_AFTER.pattern + r"|\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|"
    r"army|navy|military|embassy|cabinet|parliament|leadership|delegation|envoy|delegate|"
    r"representative|ambassador|speaker|"
    r"spokes(?:man|woman|person)|allies|proxies|partners|backers|clients|surrogates)\b)")
# "a specialist at the Hollis Institute in London", "a fellow at London's Hollis Institute":
# where someone's employer sits, not a place of the report.
_ROLE_AT = (r"\b(?:analyst|researcher|fellow|professor|expert|specialist|director|lecturer|"
            r"scholar|economist|associate|strategist|adviser|advisor)s?\s+(?:[\w-]+\s+){0,3}?"
            r"(?:at|of|with|from)\s+(?:the\s+)?")
_BODY_WORD = (r"(?:Institute|University|Center|Centre|Forum|Foundation|College|School|Council|"
              r"Initiative|Programme|Program|Society|Academy|Endowment|Studies|Affairs|Policy)")
_BODY_OF = (r"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|for)\s+)?){0,4}?"
            r"[A-Z][\w'’&.-]*)?")  # "Institute for Near East Policy"
EMPLOYER_BEFORE = re.compile(_ROLE_AT + r"(?:[A-Z][\w'’&.-]*\s+|(?:for|of|on|and|the)\s+){0,8}?"
                             + _BODY_WORD + _BODY_OF + r"\s+in\s+$")
EMPLOYER_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’&.-]*\s+|(?:for|of|on|and|the)\s+){0,6}?"
                            + _BODY_WORD + r"\b")
EMPLOYER_ROLE_BEFORE = re.compile(_ROLE_AT + r"$")
_NAME_AROUND = re.compile(r"(?:\s+|-)[A-Z]")  # "Agence France-Presse" too
_NAME_BEFORE = re.compile(r"\b(?:of|for|in|OF|FOR|IN)\s+(?:the\s+|THE\s+)?$")


def _inside_name(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """True when a known organization's name covers [start, end) ("Government of Iraq")."""
    if not (_NAME_AROUND.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 12),
                                                                  start)):
        return False  # only a place with more name around it can be inside one
    from briefdeck.extract.known_organizations import KNOWN_ALTERNATIVES

    lo = max(sent_start, start - 60)
    if text[start:end].isupper() and end - start > 3 and text[start - 3:start] == "IN ":
        from briefdeck.extract.org_capital_lines import covered_in_capitals

        # a log in capitals: "ISLAMIC RESISTANCE IN IRAQ CLAIMED", the body's name
        return covered_in_capitals(text, lo, min(sent_end, end + 60), start, end)
    for m in KNOWN_ALTERNATIVES.finditer(text, lo, min(sent_end, end + 60)):  # KNOWN_RE's
        if m.start() > start:
            return False  # the rest start after the place: none covers it
        if end <= m.end() and m.end() - m.start() > end - start:
            return True
    return False


# Words before a town that make it the town even when a firm bears its name ("in Kongsberg").
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|inside|across|into|towards?|"
                          r"town\s+of|city\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _named_body(text: str, sent_start: int, start: int, end: int) -> bool:
    """True when [start, end) is exactly a known organization's name ("Kongsberg", a firm
    and a Norwegian town) and nothing before it says it is the place."""
    from briefdeck.extract.known_organizations import KNOWN_ALTERNATIVES

    if not KNOWN_ALTERNATIVES.fullmatch(text, start, end):  # (KNOWN_RE's, faster)
        return False
    if text[max(0, start - 4) : start] == "the " and text[end : end + 1] == " " and \
            text[end + 1 : end + 2].islower():
        return True  # "at the Kongsberg chalet": the firm's, a town takes no article
    return not _TOWN_BEFORE.search(text, max(sent_start, start - 14), start)
