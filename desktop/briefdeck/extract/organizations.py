"""Organizations: known names with their aliases merged into one fact, plus generic names.

The table of well-known actors (known_organizations.py) lists every way reports write them;
anything else that looks like a proper name ending in Command, Force, Service, Ministry and the
like is picked up generically. Besides: initials the report defines for itself win over the
table's; numbered units, outlets named before what they are ("its Al-Manar television"), a
region's own forces ("Jubaland State forces") and hospitals that speak for their wounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract import institutions
from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.embassies import EMBASSY_ISSUER_RE, EMBASSY_RE, ISSUER_BEFORE
from briefdeck.extract.known_organizations import (
    KNOWN_ALTERNATIVES,
    KNOWN_NAMES,
    KNOWN_RE,
    known_organization,
)
from briefdeck.extract.org_initials import (
    _BRACKETED,
    _SHARED_INITIALS,
    _defined_otherwise,
    _glossary_terms,
    _initials_meaning,
)
from briefdeck.extract.sentences import Document, finditer_near
from briefdeck.extract.systems import SHIP_PREFIXES, SYSTEMS
from briefdeck.extract.systems_generic import PROGRAMMES
from briefdeck.model import Organization, Provenance

# "Syrian", "Lebanese", "Israeli": a country's adjective.
_DEMONYM = (r"(?:[A-Z][a-z]+(?:ian|ish|ese|ean|ani|an)|Israeli|Iraqi|Saudi|Kuwaiti|Emirati|"
            r"Yemeni|Omani|Qatari|Bahraini|Somali|Bangladeshi|Nepali|Thai)")
# Capitalised words before "brigade" that are no unit's name.
_NOT_UNIT_NAME = (r"The|A|An|Each|Every|One|Another|That|This|Its|Their|His|Her|Our|Marine|Army|"
                  r"Navy|Special|Mechani[sz]ed|Airborne|Infantry|Tank|Armou?red|Assault|Artillery|"
                  r"Guards|Motori[sz]ed|Rifle|Reserve|Territorial|Defen[cs]e|Border|Naval|Air|"
                  r"National|Mountain|Commando|Light|Heavy|Separate|Rapid|Logistics|Engineer")
# Institutions written with a possessive or in lower case: "Jordan's armed forces",
# "Ukraine's general staff", "the Odesa regional administration".
INSTITUTION_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+Region)?(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:armed\s+forces|navy|air\s+force|"
    r"Air\s+Force|Navy|"
    r"army|general\s+staff|intelligence\s+agency|ministry|parliament|department|directorate)\b"
    # "the Odesa regional administration", "Kharkiv Regional Military Administration",
    # "Donetsk Oblast Military Administration", "Kyiv City State Administration"
    r"|\b[A-Z][a-z]+\s+(?:regional\s+(?:military\s+)?(?:administration|police)|"
    r"(?:Regional|Oblast|City|Raion)\s+(?:Military\s+|State\s+)?Administration)\b"
)
# INSTITUTION_RE needs "'s" or a regional office's word: a cheap test first (spelled out in
# extract_organizations).
# "South Africa's defence ministry": a country named in two words keeps both (looked at
# only before a match: an optional word in the pattern slowed its scan of every sentence).
_COUNTRY_FIRST_WORD = re.compile(r"\b(?:South|North|Saudi|Sri|New|Burkina|Sierra|Costa|El)\s$")
# Bodies found by their last words, the name then read backwards (one cheap scan):
# "the regional police said" and "the civil defence agency" (the body of the place reported
# on), "a Syrian army officer" (a country's service), "the Navy said" (the report's own
# country's) and "the Givati brigade" (a named unit written in lower case).
_BODY_WORD = re.compile(r"\b(?:army|navy|air\s+force|brigade|battalion|regiment|"
                        r"regional\s+(?:police|(?:military\s+)?administration)|"
                        r"civil\s+defen[cs]e\s+(?:agency|service|directorate|authority)|"
                        r"Navy|Army|Air\s+Force|Coast\s+Guard)\b")


def _body_cue(s: str) -> bool:
    """_BODY_WORD needs one of these ("air force" holds "force"): a cheap test first (spelled
    out: a chain of `in` tests costs less than any() over a tuple, on every sentence)."""
    return ("army" in s or "navy" in s or "force" in s or "brigade" in s or "battalion" in s or
            "regiment" in s or "regional" in s or "civil" in s or "Navy" in s or "Army" in s or
            "Force" in s or "Coast" in s)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DEMONYM_BEFORE = re.compile(rf"\b{_DEMONYM}\s+$")
_UNIT_NAME_BEFORE = re.compile(rf"\b(?!{_DEMONYM}\b|(?:{_NOT_UNIT_NAME})\b)[A-Z][a-z]+\s+$")
_AND_BARE_SERVICE = re.compile(r"\sand\s+(?:Navy|Army|Air\s+Force|Marines?|Coast\s+Guard)$")
_SYSTEM_WORDS = frozenset(n.split()[0] for n, _, _ in [*SYSTEMS, *PROGRAMMES] if n[:1].isupper())
_NAME_AFTER = re.compile(r"\s+[A-Z]|\s+(?:base|airfield)\b")
# "the Army's General Staff said": the staff named speaks, not the service.
# A legislature's standing committee written in lower case: "parliament's security and
# defense committee", "the parliamentary foreign relations committee".
PANEL_RE = re.compile(r"(?P<firm>\b(?:[Pp]arliament['’]s|[Pp]arliamentary)\s+"
                      r"(?:[a-z]+,?\s+(?:and\s+)?){1,4}?committee)\b")
# A governorate's administration speaking through its spokesman: "a spokesman for the Erbil
# governorate" (the body, not the province).
SPOKEN_FOR_RE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
                           r"(?P<firm>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[Gg]overnorate"
                           r"(?:\s+office)?)\b")
_STAFF_AFTER = re.compile(r"['’]s\s+(?:General\s+Staff|Chief\s+of\s+Staff|[A-Z][a-z]+\s+Command)\b")


def _lower_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _BODY_WORD.finditer(text, start, end):
        word, lo = m.group(0), max(start, m.start() - 40)
        if word[0].isupper() or word.startswith(("regional", "civil")):
            ok = _THE_BEFORE.search(text, lo, m.start()) and not (
                word[0].isupper() and (_NAME_AFTER.match(text, m.end(), end)
                                       or _STAFF_AFTER.match(text, m.end(), end)
                                       or _BODY_OF_BEFORE.search(text, lo, m.start())))
            if ok:
                out.append((m.start(), m.end()))
            continue
        if word in ("brigade", "battalion", "regiment"):
            name = _UNIT_NAME_BEFORE.search(text, lo, m.start())
            if name and _is_place(name.group(0).strip()):
                continue  # "the Iowa brigade": where it is from, not its name
            if name and name.group(0).strip() in _SYSTEM_WORDS:
                continue  # "a Patriot battalion": the weapon it fires, no unit's name
        elif _NAME_AFTER.match(text, m.end(), end) and text[m.end() + 1:m.end() + 2].islower():
            continue  # "the Syrian army base": a place
        else:
            name = _DEMONYM_BEFORE.search(text, lo, m.start())
            if name and (w := _NAME_WORD_BEFORE.search(text, lo, name.start())) and \
                    text[start:w.start()].strip():
                continue  # "the Port Sudan army": a city's name ends there, no country's army
        if name:
            out.append((name.start(), m.end()))
    return out


# Secret services' and militias' units known by a number: "Unit 8200", "Hezbollah's Unit
# 4400", "the Quds Force's Unit 840" (not a reactor's "Unit 2" or a flat's "unit 12").
NUMBERED_UNIT_RE = re.compile(r"\bUnit\s+\d{3,5}\b(?![.,]\d|\s*(?:of|at)\s)")
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:\n] )\b(?!(?:The|A|An)\s)[A-Z][a-z]+\s+$")
# "the Israeli military said", "Iran's foreign ministry said in a statement": a body written
# in lower case is an organization of the report when it speaks.
_BODY_INST = (
    rf"(?P<inst>\b(?:{institutions.OWNER})\s+(?:{institutions.BODY_MOD}\s+){{0,2}}"
    rf"(?:ministry|military|army|navy|air\s+force|armed\s+forces|general\s+staff|"
    rf"(?:[\w-]+\s+)?service|news\s+agency|embassy|presidency|police)"
    rf"|(?<=\b[Tt]he\s)general\s+staff)\b"  # "the general staff said": no owner needed
)
SPEAKING_BODY = re.compile(
    _BODY_INST + r"(?=(?:,[^,]{1,60},)?\s+(?:(?:also|later|earlier|had|has|have)\s+)?"
    r"(?:said|says|reported|announced|confirmed|denied|told|added|stated|claimed)\b)")
# "Iraqi JOC has said", "the Syrian MoD said": a country's body by its initials, speaking.
# (found by its initials and verb first, the adjective checked after: a cheaper scan)
_ACRONYM_SPEAKS = re.compile(
    r"(?<=[a-z] )(?!(?:PM|FM|DM|MP|VP|CEO|TV)\b)[A-Z][A-Za-z]?[A-Z]{1,4}(?=\s+(?:(?:has|have|had|"
    r"also|later)\s+)?(?:said|says|reported|announced|confirmed|denied|stated|claimed)\b)")
DEMONYM_ACRONYM_RE = re.compile(
    rf"(?P<inst>\b{_DEMONYM}\s+(?!(?:PM|FM|DM|MP|VP|CEO|TV)\b)[A-Z][A-Za-z]?[A-Z]{{1,4}})\b")
# Where SPEAKING_BODY's body can stand: its matches open at most eight words before one.
_SPEAKING_NOUN = re.compile(r"ministry|military|army|navy|air\s|armed\s|general\s|service|"
                            r"news\s|embassy|presidency|police")
# "according to the Ukrainian air force": the same bodies, cited rather than speaking.
# ("per the Indian embassy in Djibouti": a mission is named with its seat)
CITED_BODY = re.compile(r"\b(?:[Aa]ccording\s+to|per)\s+" + _BODY_INST +
                        r"(?P<seat>(?<=embassy)\s+in\s+[A-Z][a-z]+)?(?=\s*[,.;)]|\s*$)")
_THE = re.compile(r"^(?:[Tt]he)\s+")
_SPEECH = re.compile(r"\b(?:said|says|reported|announced|confirmed|denied|told|added|stated|"
                     r"claimed|[Aa]ccording|per\s+the)\b")
# Acronyms shown next to the canonical name when the text uses them.
GENERIC_TAILS = (
    r"Command|Forces?|Services?|Ministry|Agency|Department|Council|Brigades?|Party|Army|Corps|"
    r"Guards?|Militia|Front|Movement|Committee|Directorate|Battalion|Regiment|Division|Group|"
    r"Office|Organi[sz]ation|Units|Unit|Network|Alliance|Fleet|Cell|Project|Consultants|"
    r"Maritime|Institute|Staff|Observatory|Monitor|Commission|Mission|Programme|Watch|"
    r"Foundation|Association|Federation|Authority|Studies|Tracker|Forum|Government|Navy|"
    # police forces and rescue services ("Border Police", "Syria Civil Defence"), air wings
    r"Police|Civil\s+Defen[cs]e|Wing|"
    # military districts and zones ("Southern Military District", "Eastern Military Zone")
    r"Military\s+(?:District|Zone|Region)|"
    # broadcasters ("Al Mamlaka TV", "Sham FM radio"; "Iran FM" is a foreign minister)
    r"TV|Television|FM(?=\s+radio)|"
    r"Conference(?=\s+(?:on|of|for)\s+[A-Z])|"
    r"(?:Policy|Research|Strategic|Peace|Analysis|Media|Intelligence|Information|Operations|"
    r"Coordination|Fusion|Situation|Communications?)\s+Cent(?:er|re)|"
    # a council's or an alliance's staff ("GCC General Secretariat"), a country's mission
    # abroad ("the Indian Embassy in Kuwait")
    r"Secretariat|(?<=[a-z]\s)Embassy|"
    # peace teams and rescue teams ("Community Peacemaker Teams", "Emergency Response Teams")
    r"(?<=[a-z]\s)Teams|"
    # think tanks and research groups ("Ararat Policy Lab", "Digital Forensic Research Lab"),
    # congressional panels
    r"Labs?|Laborator(?:y|ies)|Subcommittee|"
    # companies: "Ambrey Risk", "Northfleet Shipping Ltd", "BAE Systems"
    r"Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|Shipping|Systems|Risk|Security|Holdings|"
    r"Lines|Tankers|Navigation|Aerospace|Dynamics|Industries|Technologies|Analytics|Brokers|"
    r"Consultancy|Insurance|Petroleum|Energies|"
    # ship managers: "Lyra Tanker Management", "Aegeas Bulk Management"
    r"(?:(?<=Tanker\s)|(?<=Bulk\s)|(?<=Ship\s)|(?<=Shipping\s)|(?<=Marine\s)|(?<=Maritime\s))"
    r"Management"
)
_CAP = r"(?:U\.S\.|U\.K\.|U\.N\.|[A-Z][A-Za-z'’-]+)"
# "the General Staff of the Army", "the Department of the Navy": the service closes a longer
# body's name (found whole by GENERIC_RE), no body of its own.
_BODY_OF_BEFORE = re.compile(rf"\b(?:{GENERIC_TAILS})\s+of\s+the\s+$")
_DAYS_MONTHS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                r"March|April|May|June|July|August|September|October|November|December")
GENERIC_RE = re.compile(
    rf"\b(?:{_CAP}\s+(?:(?:of|for|and|the)\s+)?){{1,5}}(?:{GENERIC_TAILS})\b"
    # ("European Union Mission in Armenia": a mission is named after where it serves)
    rf"(?:(?:\s+(?:of|for|on(?!\s+(?:{_DAYS_MONTHS})\b))|(?<=Mission)\s+(?:in|to)|"
    r"(?<=Embassy)\s+in)"
    rf"\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+|and\s+)?{_CAP}){{0,4}})?"
    rf"|\bMinistry\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,2}}"
    rf"|\b(?:Office|Committee|Council|Agency|Commission|Mission|Programme|Observatory|"
    rf"Cent(?:er|re)|Institute)\s+"
    rf"(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+|and\s+)?{_CAP}){{0,4}}"
    # a legislature's standing panel: "Committee on Foreign Affairs"
    rf"|\b(?:Sub[Cc]|C)ommittee\s+on\s+(?!(?:{_DAYS_MONTHS})\b)(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:of\s+|and\s+)?{_CAP}){{0,3}}"
)
# Numbered units ("16th Regiment Royal Artillery", "the 82nd Airborne Division") and named
# operations ("Operation Prosperity Guardian").
UNIT_RE = re.compile(
    # ('the 91st "Galilee" Division': a nickname in quotes is part of the name)
    r"\b(?=[\dOT]|No\.?\s|[IVX]{1,4}\s)(?:\d{1,3}(?:st|nd|rd|th)\s+(?:(?:[\"“]?[A-Z][\w-]*[\"”]?\s+){0,3}(?:Regiment|"
    r"Brigade|"
    r"Division|Battalion|Squadron|Wing|Fleet|Corps|Army|Group|Infantry|Artillery|"
    r"Marine\s+Regiment|Expeditionary\s+Unit|Commando|Cavalry|Armoured|Armored|Airborne|Signals)\b"
    r"(?:\s+(?:Royal\s+[A-Z][a-z]+(?:\s+Regiment)?|Combat\s+Team|Task\s+Force|"
    r"(?:Infantry|Airborne|Armou?red|Cavalry)\s+(?:Division|Regiment|Brigade))\b)?"
    # "the 41st CAA", "3rd ID": a numbered formation by its initials (kept in _formations)
    r"|[A-Z]{2,5}\b(?![-'’/]))"
    # British air and artillery units by a bare number: "No. 9 Squadron", "83 Expeditionary Air
    # Group", "4 Regiment Royal Artillery"; and by a Roman one: "II Squadron RAF Regiment"
    r"|(?:No\.?\s+|(?<![-/.,]))\d{1,3}\s+(?:(?!(?:" + _DAYS_MONTHS + r")\b)[A-Z][a-z]+\s+){0,2}"
    r"(?:Squadron|Wing|Group|Regiment)\b(?!\s+\d)"
    r"|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})(?:\s*\([A-Z]{1,3}\))?\s+Squadron\b"
    r"(?:\s+(?:RAF\s+Regiment|Royal\s+[A-Z][a-z]+(?:\s+Regiment)?))?"
    r"|Operation\s+(?!Inherent\s+Resolve\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    # a task force named by words, not a number: "Task Force Lone Star", "Task Force Red Bull"
    r"|Task\s+Force\s+(?!(?:" + _DAYS_MONTHS + r"|The|In|On|At|And|For|Of)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
)
_OPERATION_AREA = re.compile(r"\s+(?:zone|area|region|territory|pocket|corridor)s?\b")
# Units numbered after their name, the US Navy's and joint style: "Carrier Air Wing 5",
# "Task Force 51", "Combined Task Force 153", "Destroyer Squadron 60".
NUMBER_AFTER_RE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|Of|For|And|With|From|By|To|Its|Their|Our|His|Her)\b)"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:Wing|Group|Squadron|Force|Flotilla|Brigade|Regiment|Fleet)"
    r"\s+\d{1,3}\b(?![\d,.:/-])")
_UNIT_NUMBER = re.compile(r"(?:Wing|Group|Squadron|Force|Flotilla|Brigade|Regiment|Fleet) \d")
_UNIT_NO = re.compile(r"^no\.?\s+(?=\d)")
_MEDIA_WORD = re.compile(r"television|satellite|radio|newspaper|daily|news|broadcaster|media")
_FORCES_WORD = re.compile(r"\b(?:forces|units|troops)\b")
_ACRONYM_UNIT = re.compile(r"(\d{1,3}(?:st|nd|rd|th)) ([A-Z]{2,5})")
_NUMBERED = re.compile(r"\d{1,3}(?:st|nd|rd|th) (.+)")
# Initials of formations every report abbreviates, known without the long form in the text.
_FORMATION_INITIALS = frozenset({
    "CAA", "ID", "AD", "CD", "MEF", "MEU", "MEB", "BCT", "ABCT", "IBCT", "SBCT", "CAB",
    "SFG", "SFAB", "ACR", "FA", "ADA", "TA", "GTA", "MRD", "MRB", "VDV",
})
# "maritime security firm Ambrey", "the consultancy Castle Brokers": named by what they are.
# And news media: "told Ukrainian outlet Suspilne", "the newspaper Haaretz".
FIRM_RE = re.compile(
    r"\b(?:(?:security|risk|maritime|shipping|consultancy|consulting|defen[cs]e|intelligence|"
    r"analytics|insurance|tracking|data|research|engineering|energy|oil|arms)\s+"
    r"(?:firm|company|consultancy|contractor|group|manufacturer|maker|insurer|broker|agency)|"
    r"outlet|broadcaster|newspaper|tabloid|magazine|news\s+(?:site|website|agency|portal)|"
    r"(?:TV|television|news|satellite|Telegram|YouTube)\s+channel|television\s+station|"
    r"radio\s+station)\s+"
    rf"(?P<firm>(?!(?:{_DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And)\b)"
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
_EMPLOYED_CHEAP = re.compile(r"(?:analyst|fellow|researcher|economist|strategist|scholar|"
                             r"professor|lecturer)s?\s+at\s")
EMPLOYER_RE = re.compile(
    r"\b(?:analyst|fellow|researcher|economist|strategist|scholar|professor|lecturer)s?\s+at\s+"
    rf"(?:the\s+)?(?P<firm>(?!(?:{_DAYS_MONTHS}|The|This|That|Its|His|Her|Their)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+(?:(?:for|of|on|and|&)\s+(?:the\s+)?)?[A-Z][\w&'’-]*){0,5})"
    r"(?=\s*[,;.)]|\s+(?:in|and|who|which|said|says|told|wrote)\b|\s*$)")
# "the UN peacekeeping mission MINUSCA", "the EU naval mission Aspides said": a mission named
# after what it is (set off by a comma or a verb: "a regional force Kenya leads" names Kenya).
MISSION_RE = re.compile(
    r"\b(?:peacekeeping|stabili[sz]ation|monitoring|observer|training|naval|regional|"
    r"intervention)\s+(?:mission|force)\s+"
    rf"(?P<firm>(?!(?:{_DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And)\b)"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"(?=\s*[,;.)]|\s+(?:said|says|has|had|have|is|was|which|reported|announced|confirmed)\b)")
_MISSION_WORD = re.compile(r"\b(?:mission|force)\s+[A-Z]")
# "its Al-Manar television", "the Kommersant newspaper": an outlet named before what it is.
# (a country's possessive before it is the owner: "Israel's Channel 12 television")
OUTLET_BEFORE_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:'s|’s)\s+)?"
    rf"(?P<firm>(?!(?:{_DAYS_MONTHS}|The|On|In|At|That|This|It|He|She|They|We|But|And|State|"
    rf"Public|National|Local|Arabic|English|Hebrew|Persian|Pan-Arab|{_DEMONYM})"
    r"\s+(?:television|TV|satellite|radio|newspaper|daily|news|broadcaster)\b"
    # "the Houthi-run Al-Masirah television": the owner's adjective is no part of the name
    r"|(?:The\s+)?[A-Z][\w]*-(?:run|backed|owned|based|affiliated|aligned|controlled|funded|linked)\b)"
    # ("Roya TV": a capitalised TV is part of the name, found with the other bodies)
    r"[A-Z][\w&-]*(?:[- ][A-Z0-9][\w&-]*){0,2})\s+(?:television|satellite\s+channel|"
    r"radio|newspaper|daily|news\s+agency|news\s+website|broadcaster|"
    # "through its Amaq news agency", "its Az-Zallaqa media arm": a group's propaganda outlet
    r"media\s+(?:arm|wing|office|foundation|outlet))\b(?!\s+[A-Z])")
# A hospital is a place where the wounded are taken, and a body when it speaks for them: "the
# Ziv Medical Center in Safed says", "taken to the Galilee Medical Center, the hospital said".
# ("al-Kindi Teaching Hospital": a lower-case Arabic article opens the name)
HOSPITAL_RE = re.compile(
    r"\b(?P<name>(?:(?:al|el)-)?(?:(?!(?:The|A|An|At|In|To|From)\b)[A-Z][\w'’.-]*\s+){1,4}(?:Medical\s+"
    r"Cent(?:er|re)|Hospital|Clinic|Infirmary))\b(?P<where>\s+in\s+[A-Z][\w'’-]*)?")
_HOSPITAL_SPEAKS = re.compile(r"(?:,[^,]{1,60},)?\s+(?:says|said|reported|told|confirmed|"
                              r"stated|added|announced)\b")
_HOSPITAL_SAID = re.compile(r"\bthe\s+(?:hospital|medical\s+cent(?:er|re))\s+(?:says|said)\b",
                            re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# Leading words that are not part of a name.
_LEAD = re.compile(
    r"^(?:(?:The|A|An|This|That|These|Those|Both|Its|Their|His|Her|Our|Your|My|But|And|As|After|"
    # a question's opening verb: "Does the Department intend ..."
    r"Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|How|Why|What|"
    r"Once|When|While|Some|Many|Other|Another|Iraqi|Syrian|Iranian|American|Kurdish|"
    r"Israeli|Russian|Turkish|British|U\.S\.|U\.K\.|Marine|Army|Navy|Air|Gen\.|Col\.|"
    r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned|affiliated|linked|allied|run|"
    r"controlled|sponsored|supported|held))\s+)+"
)
_OWNER_HEAD = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)\s+(?=[A-Z])")
# A ship's name runs into its group: "the USS Dwight D. Eisenhower Carrier Strike Group".
_SHIP_BEFORE = re.compile(rf"\b(?:{SHIP_PREFIXES})\s+"
                          r"(?:[A-Z][\w.'’-]*\s+){0,3}$")
# "Defense Ministry", "Health Ministry": a government's body that needs its country.
_BARE_MINISTRY = re.compile(r"[A-Z][a-z]+\s+Ministry")
# "Andersen Air Force Base", "Naval Air Station": a place named after a body.
_PLACE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Air\s+)?(?:Base|Station|Airfield|"
                          r"Airport|Barracks|Camp|Site|Outpost)\b")
# "the Chief of the General Staff": a title, naming a person rather than the staff.
_TITLE_OF = re.compile(r"\b(?:Chief|Chiefs|Head|Director)\s+of\s+(?:the\s+)?$")
# "the Minister for the Armed Forces", "Secretary of State for Defence": a portfolio in a title.
_PORTFOLIO_OF = re.compile(r"\b(?:Minister|Ministers|Secretary|Secretaries)(?:\s+of\s+State)?"
                           r"\s+for\s+(?:the\s+)?$")
# "the Integrated Air and Missile Defense Battle Command System": a programme, not a command.
_SYSTEM_AFTER = re.compile(r"\s+(?:System|Capability|Program|Programme)\b")
# "High Mobility Artillery Rocket Systems": a weapon spelled out, not a firm's "Systems".
_WEAPON_SYSTEMS = re.compile(r"(?:Rocket|Artillery|Missile|Launch(?:er|ing)?|Gun|Weapons?)\s+"
                             r"Systems?$")
_BYLINE = re.compile(r"(?:^|\n)By\s")
# "ISIS-Somalia", "IS-Sahel", "ISIS-K": the provinces and affiliates of the global groups.
_HAS_BRANCHES = frozenset({"Islamic State", "al-Qaeda"})
_BRANCH = re.compile(r"-(?:[A-Z][a-z]+|[A-Z])\b(?!-)")
# A known name opening a longer one is another body ("Joint Staff Office", "UN Conference on
# Trade and Development"), but "Houthi Forces" or "Coalition Forces" are the same fighters.
_FORCE_TAIL = re.compile(r"\b(?:Forces?|Army|Fighters|Militia|Troops)$")
# Capitalised words before "forces" that name no region.
_NOT_REGION = (r"Security|Partner|Our|Their|Government|Opposition|Rebel|Special|Allied|Enemy|"
               r"Western|Foreign|Local|Tribal|Regime|Ground|Border|Elite|Federal|National|Naval|"
               r"Coalition|Patriot|Friendly|Hostile|Armed|Proxy|Militia|Some|Many|Other|These|"
               r"Those|Both|Remaining|Reserve|Regular|Joint|Combined|Several|Israel|Iran|Iraq|"
               r"Russia|Ukraine|Syria|Turkey|Jordan|Lebanon|Yemen|Army|Navy|Marine|Air|Allies|"
               r"Corps|Guard|Police|Rapid|Response|Reaction|Defen[cs]e|Peacekeeping|"
               r"Expeditionary|Airborne|Mechani[sz]ed|Armou?red|Infantry|Assault|Commando|"
               r"Kremlin|Militant|Insurgent|Jihadist|Islamist|Shiite|Sunni|"
               r"Kurdish|Arab|Christian|Druze|Alawite|Houthi|Pro|Anti|"
               r"French|Dutch|Greek|Swiss|Czech|"  # nationals the demonym pattern misses
               rf"{_DAYS_MONTHS}|[A-Z][a-z]+s")
# "Jubaland State forces", "Puntland forces", "Tigray units": a region's own forces.
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")
_REGION_FORCES = re.compile(
    rf"\b(?!{_DEMONYM}\b|(?:{_NOT_REGION})\b)(?P<region>[A-Z][a-z]{{3,}})"
    r"(?:\s+(?:State|Region|regional|state))?\s+(?:forces|units|troops)\b")
# "allied Wazalendo militias", "Mai-Mai militiamen", "ADF rebels": a group named before what
# it is (not a faith, a people, a side or a sponsor: "Shiite militias", "Iran-aligned militias").
_NOT_GROUP_NAME = (r"Shiite|Shia|Sunni|Christian|Druze|Alawite|Arab|Kurdish|Islamist|Jihadist|"
                   r"Allied|Rival|Local|Tribal|Armed|Rebel|Militia|Government|Opposition|State|"
                   r"Pro|Anti|Former|Separatist|Ethnic|Village|Community|Loyalist|Several|Some|"
                   r"Many|Other|These|Those|Both|The|A|An|Two|Three|Four|Five|Dozens|Hundreds|"
                   r"Foreign|Western|Regime|Militant|Insurgent|Maoist|Communist|"
                   # peoples whose men the militias are, not the militias' names
                   r"Hutu|Tutsi|Fulani|Tuareg|Baloch|Pashtun|Hazara|Amhara|Oromo|Hema|Lendu|"
                   r"Dinka|Nuer|Masalit|Zaghawa|Yazidi|Turkmen|Bedouin|Anglophone|Francophone|"
                   rf"{_DAYS_MONTHS}")
_NAMED_GROUP = re.compile(
    rf"(?<![\w'’-])(?=[A-Z])(?!(?:{_NOT_GROUP_NAME}|{_DEMONYM})\b)"
    r"(?P<name>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)*)\s+(?:militias?|militiamen|armed\s+groups?|"
    r"paramilitar(?:y\s+group|ies))\b"
    # rebels are as often named by their land ("Tigray rebels"): only by initials ("ADF rebels")
    r"|(?<![\w'’-])(?!(?:US|UK|EU|UN|USA)\b)(?P<initials>[A-Z]{2,6}(?:-[A-Z]+)?)\s+"
    r"(?:rebels|insurgents|jihadists)\b")
_GROUP_WORD = re.compile(r"militia|rebels|insurgents|jihadists|armed group|paramilitar")
_NOT_GENERIC = re.compile(r"^(?:Air|Task|Special|Joint|Security|Quick|Reaction|Response)\s")



# "Jordan's army" and "the Jordanian Armed Forces" in one report are one military; so are
# "Bahrain's armed forces" and the "Bahrain Defence Force".
_OWNED_FORCES = re.compile(r"(?P<country>[A-Z][a-z]{3,})(?:'s|’s) (?:army|military|armed forces)")
_NAMED_FORCES = re.compile(r"(?:the )?(?P<adj>[A-Z][a-z]{3,}) (?:Armed Forces|[Aa]rmy|military|"
                           r"Defen[cs]e Forces?)")


def _country_forces(found: dict) -> None:
    named = {}
    for key, f in found.items():
        m = _NAMED_FORCES.fullmatch(f.name)
        if m:
            named[m.group("adj")] = key
    for key, f in list(found.items()):
        m = _OWNED_FORCES.fullmatch(f.name)
        if not m:
            continue
        stem = m.group("country")[:-1]  # "Jordan" -> "Jorda": Jordanian; "Syria": Syrian
        same = [k for adj, k in named.items() if adj.startswith(stem) and k != key]
        if same:
            target = found[same[0]]
            if f.name not in target.aliases:
                target.aliases.append(f.name)
            del found[key]


@dataclass
class _Found:
    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)


# ("the Indian Embassy in Kuwait": whose embassy it is, a nation's adjective, stays)
_TITLED_NAME = re.compile(rf"(?:{GENERIC_TAILS})\s+(?:of|for)\s+[A-Z]|Embassy\s+in\s+[A-Z]")
_ARTICLE = re.compile(r"^(?:(?:The|A|An|This|That|Its|Their|But|And|"
                      r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned|affiliated|"
                      r"linked|allied|run|controlled|sponsored|supported|held))\s+)+")
_CONNECTOR = re.compile(r"(?:and|of|for|the)\s+")
_JOINED = re.compile(rf"^(.+?\b(?:{GENERIC_TAILS}))\s+and\s+(.+\b(?:{GENERIC_TAILS}))$")


_SERVICES = frozenset({"Army", "Navy", "Air Force", "Coast Guard"})
# A document's title names a body's field, not a body: "Code of Conduct for ...".
_DOCUMENT_NAME = re.compile(r"\b(?:Practices|Guidelines|Guidance|Principles|Standards|"
                            r"Procedures|Regulations|Rules|Code|Manual|Handbook)\s+(?:for|of|on)\b")


def _generic_names(raw: str) -> list[tuple[int, str]]:
    """'Ambrey Risk and Northfleet Shipping Ltd' is two names; each as in _generic_name."""
    joined = _JOINED.match(raw)
    if not joined:
        one = _generic_name(raw)
        return [one] if one else []
    out = []
    for group in (1, 2):
        got = _generic_name(joined.group(group))
        if got:
            out.append((joined.start(group) + got[0], got[1]))
    return out


def _generic_name(raw: str) -> tuple[int, str] | None:
    """Strip leading non-name words; (offset into raw, name) or None when nothing is left."""
    if "\t" in raw:  # cells of a table row ("Hasakah<TAB>Al-Hol<TAB>Security"): the last only
        tab = raw.rindex("\t") + 1
        got = _generic_name(raw[tab:])
        return (tab + got[0], got[1]) if got else None
    # "Syrian Observatory for Human Rights": a full title keeps its national adjective
    lead = _ARTICLE.match(raw) if _TITLED_NAME.search(raw) else _LEAD.match(raw)
    cut = lead.end() if lead else 0
    if raw.endswith(" Air Force") and raw[cut:] == "Force":
        cut -= 4  # "the Israeli Air Force": "Air" opens the service's name
    name = raw[cut:]
    joint = _CONNECTOR.match(name)  # "Navy and Aerospace Force": the lead was a list's item
    if joint and cut:
        cut += joint.end()
        name = raw[cut:]
    if _DOCUMENT_NAME.search(name):
        return None  # "Best Management Practices for Maritime Security": guidance, no body
    if name in _SERVICES and lead:  # "the Iranian Navy": the country's adjective is the name
        owner = re.search(rf"\b{_DEMONYM}\s+$", raw[:cut])
        if owner:
            cut = owner.start()
            name = raw[cut:]
    words = name.split()
    if _POST_OF.match(name):
        return None
    if len(words) < 2 or _NOT_GENERIC.match(name) and len(words) < 3:
        return None
    if len(words) == 2 and words[0] in ("National", "Security", "Special", "Military", "State"):
        return None
    if len(words) == 2 and words[1] == "Government" and re.fullmatch(_DEMONYM, words[0]):
        return None  # "the Lebanese Government": the country's, as "the Iraqi government"
    return cut, name


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split() if w[0].isupper())


def _formations(found: dict[str, _Found]) -> None:
    """'41st CAA' -> '41st Combined Arms Army' when the report spells the initials out for any
    formation ('2nd Combined Arms Army (CAA)'); dropped when the initials are neither spelled
    out nor a formation's usual ones ('the 3rd IED attack')."""
    spelled: dict[str, str] = {}
    for f in found.values():
        m = _NUMBERED.fullmatch(f.name)
        if m and " " in m.group(1):
            spelled.setdefault(_initials(m.group(1)), m.group(1))
    for key, f in list(found.items()):
        m = _ACRONYM_UNIT.fullmatch(f.name)
        if not m:
            continue
        long = spelled.get(m.group(2))
        if long is None:
            if m.group(2) not in _FORMATION_INITIALS:
                del found[key]
            continue
        full = f"{m.group(1)} {long}"
        del found[key]
        entry = found.setdefault(full.casefold(), _Found(full, f.start, f.end))
        entry.start = min(entry.start, f.start)
        if f.name not in entry.aliases:
            entry.aliases.append(f.name)


_LONG_WORD = re.compile(r"(?<!\S)[^\W\d_]\S{3,}")  # words of four letters or more
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3,}")


def _title_case(line: str) -> bool:
    """Most longer words capitalised (two regex counts: this runs on every sentence); a
    sentence with its full stop is prose crowded with names, not a headline."""
    if line.endswith(".") and not line.endswith("..."):
        return False
    words = len(_LONG_WORD.findall(line))
    return words >= 3 and (words - len(_LOWER_WORD.findall(line))) / words > 0.8


_TITLE_OPENER = re.compile(r"[\"“‘'](?:Statement|Report|Remarks|Readout|Transcript|Fact\s+Sheet|"
                           r"Briefing|Update|Assessment|Testimony|Press\s+Release)\b")


def _document_title(quoted: str) -> bool:
    """A quoted title of a cited document: in title case, opening on a document's word or
    long ('"Statement on the Transition of the Coalition Mission in Iraq,"')."""
    inner = quoted.strip("\"“”‘’' ").rstrip(",.")
    return _title_case(inner) and (bool(_TITLE_OPENER.match(quoted)) or
                                   len(_LONG_WORD.findall(inner)) >= 6)


_STATION_PLACE = re.compile(r"\s([A-Z][a-z]{3,})\b(?!\s+[A-Z])")  # not "IDF Gaza Division"
# "the Chief of Defence Forces", "Head of the Border Force": a post named after its body.
_POST_OF = re.compile(r"^(?:Chiefs?|Heads?|Commanders?|Directors?|Ministers?)\s+of\s+(?!.*\b"
                      r"(?:Committee|Council|Office|Staff\s+Committee)$)")
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
_SELF_NAMED_CUE = re.compile(r"\b(?:itself|called|named|known\s+as)\s+(?:the\s+)?[A-Z]")
# "the Erbil health directorate": a town's or province's own service, written in lower case.
LOCAL_SERVICE_RE = re.compile(
    r"(?<=\b[Tt]he\s)(?P<firm>(?P<place>[A-Z][a-z]+)"
    # ("the Dohuk province's intelligence directorate": the place's own, possessive)
    r"(?:\s+(?:region|province|governorate)(?:['’]s)?|['’]s)?\s+(?:health|education|police|"
    r"security|water|electricity|agriculture|counter-?terrorism|intelligence)\s+"
    r"(?:directorate|department|authority))\b")
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
_OUTLET_TAIL = re.compile(r"(?:News|Radio|TV|Times|Post|Herald|Tribune|Gazette)\b")
_WAR_AFTER = re.compile(r"\s+(?:war|conflict)\b")

# A university is the body its scholars speak from: "Kuwait University", "the University of
# Ottawa", "American University of Beirut".
UNIVERSITY_RE = re.compile(
    r"(?P<firm>(?:(?!(?:The|A|An|At|Of|In|From|By|For|And|But)\b)[A-Z][\w'’.-]*\s+){0,3}"
    r"University(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)")
# A ministry by its country and usual initials: "UAE MoD", "the UK MOD", "Israeli MoD".
# (the country checked after: any capitalised word may stand before)
COUNTRY_MINISTRY_RE = re.compile(
    r"\b(?P<firm>(?P<country>U\.S\.|U\.K\.|[A-Z]{2,3}|[A-Z][a-z]+)\s+"
    r"(?:MoD|MOD|MoI|MOI|MFA|MoFA|MOFA))\b")
_COUNTRY_INITIALS = frozenset({"US", "U.S.", "UK", "U.K.", "UAE", "KSA"})
# A body of the country reported on, in lower case with no owner, when it speaks or is cited:
# "the interior ministry said", "according to a statement from the presidency".
_BARE_BODY = (r"(?P<inst>(?:foreign|interior|defen[cs]e|health|justice|finance|information|"
              r"oil|electricity|transport|education)\s+ministry|presidency)")
BARE_BODY_RE = re.compile(
    r"(?P<cited>\b(?:[Aa]ccording\s+to|statement\s+(?:from|by))\s+)?\b[Tt]he\s+" + _BARE_BODY +
    r"(?P<speaks>(?=(?:,[^,]{1,60},)?\s+(?:(?:also|later|earlier|had|has|have)\s+)?(?:said|says|"
    r"reported|announced|confirmed|denied|told|added|stated|claimed|condemned|urged|warned)\b))?"
    r"\b")


def _bare_bodies_known(found: dict, bare: list) -> None:
    """Add a bare body unless the report names it with its owner ("Kuwait's interior
    ministry", "Ministry of Interior"): then it is that one, no other."""
    for f in bare:
        stems = [w[:5] for w in f.name.casefold().split()]
        if any(all(st in g.name.casefold() for st in stems) for g in found.values()):
            continue
        found.setdefault(f.name.casefold(), f)


# "Department of Safety and Security (UNDSS)" defined in a header, then "UNDSS assesses": the
# body acts by its initials alone. Only names an office's word heads (or ends, when no "of"
# joins a post to the body).
_OFFICE_WORDS = frozenset({"Department", "Ministry", "Office", "Agency", "Service", "Council",
                           "Directorate", "Command", "Authority", "Commission", "Committee",
                           "Bureau", "Mission", "Programme", "Security"})


def _acting_initials(text: str, defined: dict[str, str], found: dict) -> None:
    for short, long in defined.items():
        words = long.split()
        if long.casefold() in found or not (words[0] in _OFFICE_WORDS or (
                words[-1] in _OFFICE_WORDS and " of " not in long)):
            continue  # ("Secretary-General of the ... Council (GCC)": a post, read amiss)
        if any(f.name == short or short in f.aliases for f in found.values()):
            continue
        acts = re.search(rf"(?<![\w-]){re.escape(short)}\s+(?:has|have|had|is|was|said|says|"
                         rf"[a-z]+s)\b", text)
        if acts:
            found[long.casefold()] = _Found(long, acts.start(), acts.start() + len(short),
                                            [short])


def _known_names(text: str, start: int, end: int, defined: dict[str, str],
                 found: dict[str, _Found], taken: list[tuple[int, int]],
                 hits: dict[str, int], bracketed: frozenset[str],
                 glossary: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The table's names in one sentence; (start, end, name) of each, for _generic_bodies."""
    known = []
    for m in KNOWN_ALTERNATIVES.finditer(text, start, end):
        name = KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)]
        written = " ".join(m.group(0).split())
        if written == "coalition" and (q := _COALITION_KIND.search(text, max(start, m.start()
                                                                             - 16), m.start())):
            written = q.group(1) + " coalition"  # "the international coalition", as written
        if written in _SHARED_INITIALS:
            name = _initials_meaning(text, written)
        own = defined.get(written)
        if own and known_organization(own) != name:
            # "Armed Forces of the Philippines (AFP)": the report's own initials
            taken.append((m.start(), m.end()))
            entry = found.setdefault(own.casefold(), _Found(own, m.start(), m.end()))
            if written not in entry.aliases:
                entry.aliases.append(written)
            known.append((m.start(), m.end(), own.casefold()))  # ("IRGC Navy" opens with it)
            hits[own.casefold()] = hits.get(own.casefold(), 0) + 1
            continue
        if written in glossary or written in bracketed and _defined_otherwise(text, written,
                                                                               name):
            taken.append((m.start(), m.end()))
            continue  # "Reporters Without Borders (RSF)": not the table's meaning, unnamed
        station = _STATION_PLACE.match(text, m.end(), end) if written.isupper() else None
        if station and _is_place(station.group(1)):
            taken.append((m.start(), station.end()))
            continue  # "RAF Lakenheath": a station named by its place, not the service
        if text[m.start() - 1:m.start()] == "-" and _WAR_AFTER.match(text, m.end(), end):
            taken.append((m.start(), m.end()))
            continue  # "since the Israel-Hamas war": the war's name, no actor of the report
        if name in _HAS_BRANCHES and _MISSION_AGAINST.search(text, max(start, m.start() - 40),
                                                             m.start()):
            taken.append((m.start(), m.end()))
            continue  # "Counter Daesh", "the Global Coalition against Daesh": whom a mission
            # or coalition is named against, inside its name, no actor of the report
        branch = _BRANCH.match(text, m.end(), end) if name in _HAS_BRANCHES else None
        if branch:  # "ISIS-Somalia", "IS-Sahel": a branch is a group of its own
            full = text[m.start():branch.end()]
            taken.append((m.start(), branch.end()))
            found.setdefault(full.casefold(), _Found(full, m.start(), branch.end()))
            continue
        taken.append((m.start(), m.end()))
        known.append((m.start(), m.end(), name))
        hits[name] = hits.get(name, 0) + 1
        entry = found.setdefault(name, _Found(name, m.start(), m.end()))
        if written != name and written not in entry.aliases:
            entry.aliases.append(written)
    return known


_COALITION_KIND = re.compile(r"\b([Ii]nternational|[Mm]ultinational|[Aa]nti-IS(?:IS)?)\s$")
_MISSION_AGAINST = re.compile(r"(?:\b(?:Counter|Defeat)[\s-]|\bCoalition\s+(?:[Aa]gainst|to\s+"
                              r"(?:Defeat|Counter))\s+(?:the\s+)?)$")


# "Fars News Agency's Defense Group", "the Political Desk of Tasnim": a news agency's desk,
# the outlet's staff writing, no body of the report.
_NEWS_DESK = re.compile(r"(?:^|['’]s\s)(?:Defen[cs]e|Politic(?:al|s)|Economic|Economy|"
                        r"International|Foreign|Sports?|Cultur(?:e|al)|Social|Military|"
                        r"Provinces?|World|Security)\s+(?:Group|Desk)(?:\s+of\s|$)")


def _news_desk(text: str, name: str) -> bool:
    return ("Group" in name or "Desk" in name) and bool(_NEWS_DESK.search(name)) and (
        "ews Agency" in text or "ews agency" in text)


def _generic_bodies(text: str, start: int, end: int, found: dict[str, _Found],
                    taken: list[tuple[int, int]], known: list[tuple[int, int, str]],
                    hits: dict[str, int]) -> None:
    """Capitalised names ending in a body's word ("Missile Defense Agency")."""
    for m in GENERIC_RE.finditer(text, start, end):
        # "NATO's Allied Air Command": the owner is a name of its own, the rest one too;
        # but "Armenia's Defense Ministry" keeps its country, which the name does not say
        owner = _OWNER_HEAD.match(m.group(0))
        if owner and " " in owner.group(0).strip() and not known_organization(
                _THE.sub("", owner.group(0).strip()[:-2].rstrip("'’"))):
            owner = None  # "Kharkiv Regional Prosecutor's Office": one name, not an owner
        head = m.start() + (owner.end() if owner else 0)
        if owner and _BARE_MINISTRY.fullmatch(text, head, m.end()) and \
                not known_organization(owner.group(0)[:-3].rstrip("'’ ")):
            head = m.start()
        if _SHIP_BEFORE.search(text, max(start, m.start() - 40), m.start()) or \
                _PLACE_AFTER.match(text, m.end(), end) or \
                _SYSTEM_AFTER.match(text, m.end(), end) or m.group(0).endswith("Staff") and \
                _TITLE_OF.search(text, max(start, m.start() - 16), m.start()) or \
                _BYLINE.match(text, max(0, m.start() - 1), m.start() + 3) or \
                text.find(" for ", m.start() - 9, m.start()) >= 0 and \
                _PORTFOLIO_OF.search(text, max(start, m.start() - 40), m.start()):
            continue  # a ship's group, "Andersen Air Force Base", "By TOI Staff", a portfolio
        for cut, name in _generic_names(text[head:m.end()]):
            a, b = head + cut, head + cut + len(name)
            if _WEAPON_SYSTEMS.search(name) and not known_organization(name.split()[0]):
                continue  # (but "Raytheon Missile Systems" is the firm's division)
            if _AND_BARE_SERVICE.search(name):
                continue  # "THAAD and Navy destroyer coverage": two things, no one name
            if _news_desk(text, name):
                owner = name.find("'s ") if "'s " in name else name.find("’s ")
                if owner < 0 or " " not in name[:owner]:
                    continue  # "the Defense Group of Fars": the agency's desk
                name, b = name[:owner], a + owner  # "Fars News Agency's Defense Group"
            key = name.casefold()
            inside = [k for k in known if a <= k[0] and k[1] < b]
            if key in found:  # (named already, as its initials' meaning: "UN Office for the
                if len(inside) == 1 and inside[0][0] == a and \
                        [(s, e) for s, e in taken if s < b and a < e] == [inside[0][:2]]:
                    hits[inside[0][2]] -= 1  # Coordination of ... (OCHA)"): no bare "UN"
                continue
            # "Joint Staff Office", "U.S. Army Space and Missile Defense Command": a known
            # name opening a longer body's name is that body, not the known one
            # ("IRGC Ground Force": a word between the name and "Force" names a branch)
            # ("the Department of State's Travel Advisory": a possessive owns, never extends)
            extends = len(inside) == 1 and inside[0][0] == a and not (
                _FORCE_TAIL.search(name) and " " not in text[inside[0][1]:b].strip()) and \
                text[inside[0][1]:inside[0][1] + 2] not in ("'s", "’s")
            clash = [(s, e) for s, e in taken if s < b and a < e]
            if extends and clash == [inside[0][:2]]:
                hits[inside[0][2]] -= 1
                found[key] = _Found(name, a, b)
            elif not clash:
                found[key] = _Found(name, a, b)


def _regional_forces(text: str, start: int, end: int, found: dict[str, _Found],
                     taken: list[tuple[int, int]]) -> None:
    """"Jubaland State forces", "Puntland forces": a region's or state's own forces (not a
    country's: "Russian forces", "Israel forces" are the country's military)."""
    for m in _REGION_FORCES.finditer(text, start, end):
        word = m.group("region")
        if any(s < m.end() and m.start() < e for s, e in taken) or \
                not text[start:m.start()].strip("\"“'‘ ") or \
                _CAPITAL_BEFORE.search(text, max(start, m.start() - 30), m.start()) or \
                known_organization(word) or _is_country(word):
            # (a sentence's first word; the end of a longer name, "Security Force units")
            continue
        taken.append((m.start(), m.end()))
        key = f"forces of {word.casefold()}"
        entry = found.setdefault(key, _Found(m.group(0), m.start(), m.end()))
        if m.group(0) != entry.name and m.group(0) not in entry.aliases:
            entry.aliases.append(m.group(0))


def _named_groups(text: str, start: int, end: int, found: dict[str, _Found],
                  taken: list[tuple[int, int]]) -> None:
    for m in _NAMED_GROUP.finditer(text, start, end):
        group = "name" if m.group("name") else "initials"
        name, (a, b) = m.group(group), m.span(group)
        if any(s < b and a < e for s, e in taken) or known_organization(name) or \
                _is_place(name):  # "Kivu militias": where, not who
            continue
        taken.append((a, b))
        found.setdefault(name.casefold(), _Found(name, a, b))


def _speaking_hospitals(text: str, start: int, end: int, found: dict[str, _Found],
                        taken: list[tuple[int, int]]) -> None:
    said = _HOSPITAL_SAID.search(text, start, end)
    for m in HOSPITAL_RE.finditer(text, start, end):
        a, b = m.span("name")
        speaks = _HOSPITAL_SPEAKS.match(text, m.end(), end) or \
            _ACCORDING.search(text, max(start, a - 20), a) or (said and said.start() > b)
        taken.append((a, b))  # spoken for or not, no other body's name
        if speaks:
            name = " ".join(m.group("name").split())
            found.setdefault(name.casefold(), _Found(name, a, b))


def _is_place(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    return Gazetteer.default().lookup(word, fuzzy=False) is not None


def _is_country(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    entry = Gazetteer.default().lookup(word, fuzzy=False)
    return entry is not None and entry.kind == "country"


def extract_organizations(doc: Document) -> list[Organization]:
    found: dict[str, _Found] = {}
    text = doc.text
    # ("Update The Maritime Security Force (MSF)": a line above can run into the name)
    defined = {short: long.rsplit(" The ", 1)[-1]
               for short, long in (defined_acronyms(text) if "(" in text else {}).items()}
    hits: dict[str, int] = {}  # mentions of each known name not inside a longer name
    bracketed = frozenset(_BRACKETED.findall(text))  # "(RSF)": initials the report defines
    glossary = _glossary_terms(text) if "bbreviations" in text or "lossary" in text or \
        "cronyms" in text else frozenset()
    titles = [(a, b) for a, b in doc.quoted if b - a > 24 and text[a + 1:a + 2].isupper() and
              _document_title(text[a:b])]
    bare: list[_Found] = []  # lower-case bodies with no owner, added last (_bare_bodies_known)
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []
        known = _known_names(text, sent.start, sent.end, defined, found, taken, hits, bracketed,
                             glossary)
        st = sent.text
        spans = [m.span() for m in INSTITUTION_RE.finditer(text, sent.start, sent.end)] if (
            "'s" in st or "’s" in st or "egional" in st or "Oblast" in st or "City" in st or
            "Raion" in st) else []
        spans = [(first.start() if (first := _COUNTRY_FIRST_WORD.search(
            text, max(sent.start, a - 9), a)) else a, b) for a, b in spans]
        for a, b in [*spans, *(_lower_bodies(text, sent.start, sent.end)
                               if _body_cue(sent.text) else ())]:
            if any(s < b and a < e for s, e in taken):
                continue
            taken.append((a, b))
            key = text[a:b].casefold()
            if key not in found:
                found[key] = _Found(text[a:b], a, b)
        speaks = _SPEECH.search(text, sent.start, sent.end)  # a cheap test first
        cited = [*finditer_near(SPEAKING_BODY, _SPEAKING_NOUN, text, text, sent.start,
                                sent.end, 10),
                 *CITED_BODY.finditer(text, sent.start, sent.end)] if speaks else []
        if speaks:  # "Iraqi JOC has said nothing": a country's body by its initials
            cited += [named for m in _ACRONYM_SPEAKS.finditer(text, sent.start, sent.end)
                      if (named := DEMONYM_ACRONYM_RE.match(
                          text, max(sent.start, text.rfind(" ", sent.start, m.start() - 1) + 1),
                          m.end()))]
        for m in cited:
            inst = m.group("inst")  # "the Houthi-run health ministry": the ministry, not
            body_start = m.end("inst") - len(inst.split()[-1])  # the Houthis, speaks
            if any(s < m.end("inst") and body_start < e for s, e in taken):
                continue
            name = _THE.sub("", " ".join(inst.split()))
            taken.append((m.start("inst"), m.end("inst")))
            end_at = m.end("inst")
            if m.re is CITED_BODY and m.group("seat"):
                name, end_at = name + " " + " ".join(m.group("seat").split()), m.end("seat")
            found.setdefault(name.casefold(), _Found(name, end_at - len(name), end_at))
        outlets = [(m.start("firm"), m.end("firm")) for m in FIRM_RE.finditer(
            text, sent.start, sent.end)] if _firm_cue(sent.text) else []
        if _OUTLET_TAIL.search(sent.text):
            outlets += [m.span("firm") for m in OUTLET_NAMED_RE.finditer(text, sent.start, sent.end)
                        if not known_organization(m.group("firm"))]
            outlets += [m.span("firm") for m in OUTLET_DESCRIBED_RE.finditer(
                text, sent.start, sent.end) if not known_organization(m.group("firm"))]
        if _DESCRIBED_CHEAP.search(sent.text):
            outlets += [m.span("firm") for m in DESCRIBED_BODY_RE.finditer(
                text, sent.start, sent.end) if not _is_place(m.group("firm"))]
        if _SELF_NAMED_CUE.search(sent.text):
            outlets += [m.span("firm") for m in SELF_NAMED_RE.finditer(text, sent.start, sent.end)
                        if not _is_place(m.group("firm"))]
        if _ARABIC_GROUP_CHEAP.search(sent.text):
            outlets += [m.span("firm") for m in ARABIC_GROUP_RE.finditer(
                text, sent.start, sent.end) if not known_organization(m.group("firm"))]
        if "directorate" in sent.text or "department" in sent.text or "authority" in sent.text:
            outlets += [m.span("firm") for m in LOCAL_SERVICE_RE.finditer(
                text, sent.start, sent.end) if _is_place(m.group("place"))]
        if "Universit" in sent.text:
            outlets += [m.span("firm") for m in UNIVERSITY_RE.finditer(text, sent.start, sent.end)
                        if m.group("firm") != "University"]
        if "MoD" in sent.text or "MOD" in sent.text or "MFA" in sent.text or \
                "MoI" in sent.text or "MOI" in sent.text or "OFA" in sent.text or \
                "oFA" in sent.text:
            outlets += [m.span("firm") for m in COUNTRY_MINISTRY_RE.finditer(
                text, sent.start, sent.end)
                if (c := m.group("country")) in _COUNTRY_INITIALS or
                re.fullmatch(_DEMONYM, c) or c.istitle() and _is_country(c)]
        if "ministry" in sent.text or "presidency" in sent.text:
            bare += [_Found(m.group("inst"), m.start("inst"), m.end("inst"))
                     for m in BARE_BODY_RE.finditer(text, sent.start, sent.end)
                     if (m.group("speaks") is not None or m.group("cited")) and
                     not any(s < m.end("inst") and m.start("inst") < e for s, e in taken)]
        if "spokes" in sent.text and "overnorate" in sent.text:
            outlets += [m.span("firm") for m in SPOKEN_FOR_RE.finditer(text, sent.start, sent.end)]
        if "committee" in sent.text:
            outlets += [m.span("firm") for m in PANEL_RE.finditer(text, sent.start, sent.end)]
        if " police " in sent.text:
            outlets += [m.span("firm") for m in PLACE_POLICE_RE.finditer(
                text, sent.start, sent.end) if _is_place(m.group("place"))]
        if ("Base" in sent.text or "Headquarters" in sent.text) and "s " in sent.text:
            outlets += [m.span("firm") for m in HQ_RE.finditer(text, sent.start, sent.end)
                        if KNOWN_RE.search(m.group("owner"))]
        if "mbassy" in sent.text or "Consulate" in sent.text:
            outlets += [m.span("firm") for m in EMBASSY_RE.finditer(text, sent.start, sent.end)]
        if "Embassy" in sent.text or "Consulate" in sent.text:
            outlets += [m.span("firm") for m in EMBASSY_ISSUER_RE.finditer(
                text, sent.start, sent.end)
                if ISSUER_BEFORE.search(text, max(sent.start, m.start() - 40), m.start())]
        if " at " in sent.text and _EMPLOYED_CHEAP.search(sent.text):
            outlets += [m.span("firm") for m in EMPLOYER_RE.finditer(text, sent.start, sent.end)
                        if not _is_place(m.group("firm"))]
        if "Unit " in sent.text:
            outlets += [m.span() for m in NUMBERED_UNIT_RE.finditer(text, sent.start, sent.end)]
        if _MISSION_WORD.search(sent.text):
            outlets += [m.span("firm") for m in MISSION_RE.finditer(text, sent.start, sent.end)]
        if _MEDIA_WORD.search(sent.text):  # (a cheap test first: the scan starts anywhere)
            outlets += [(m.start("firm") + 4 * m.group("firm").startswith("The "), m.end("firm"))
                        for m in OUTLET_BEFORE_RE.finditer(text, sent.start, sent.end)
                        if not known_organization(m.group("firm"))]
        for a, b in outlets:
            if any(s < b and a < e for s, e in taken):
                continue
            taken.append((a, b))
            name = text[a:b].rstrip(".")
            found.setdefault(name.casefold(), _Found(name, a, a + len(name)))
        units = list(UNIT_RE.finditer(text, sent.start, sent.end))
        if _UNIT_NUMBER.search(sent.text):
            units += NUMBER_AFTER_RE.finditer(text, sent.start, sent.end)
        for m in units:  # (a body named inside the unit's name stays: "RAF" in "II Squadron
            # RAF Regiment")
            if any(s < m.end() and m.start() < e and not m.start() <= s < e <= m.end()
                   for s, e in taken):
                continue
            if m.group(0).startswith("Operation") and _OPERATION_AREA.match(text, m.end()):
                taken.append((m.start(), m.end()))
                continue  # "the Operation Peace Spring zone": the area an operation took
            taken.append((m.start(), m.end()))
            name = " ".join(m.group(0).replace('"', "").replace("“", "").replace("”", "").split())
            key = _UNIT_NO.sub("", name.casefold())  # "No. 6 Squadron" is "6 Squadron"
            found.setdefault(key, _Found(name, m.start(), m.end()))
        if _GROUP_WORD.search(sent.text):
            _named_groups(text, sent.start, sent.end, found, taken)
        if _FORCES_WORD.search(sent.text):
            _regional_forces(text, sent.start, sent.end, found, taken)
        if "Hospital" in sent.text or "Medical" in sent.text or "Clinic" in sent.text:
            _speaking_hospitals(text, sent.start, sent.end, found, taken)
        # ('"Statement on the Transition of the Coalition Mission in Iraq"': a document's
        # title, cited; the bodies it names are its subject, not a name to draft)
        taken += [t for t in titles if t[0] < sent.end and sent.start < t[1]]
        if not _title_case(sent.text):  # (a headline: every word capitalised, no names)
            _generic_bodies(text, sent.start, sent.end, found, taken, known, hits)
    _bare_bodies_known(found, bare)
    for name, count in hits.items():
        if not count and name in found:
            del found[name]  # only ever part of a longer name ("Joint Staff Office")
    _formations(found)
    _country_forces(found)
    if defined:
        _acting_initials(text, defined, found)
    initials = {long.casefold(): short for short, long in defined.items()}
    for f in found.values():  # "Missile Defense Agency (MDA)": the initials are an alias
        short = initials.get(f.name.casefold())
        if short and short not in f.aliases:
            f.aliases.append(short)
    ordered = sorted(found.values(), key=lambda f: f.start)
    return [
        Organization(id=f"or-{i}", name=f.name, aliases=f.aliases,
                     provenance=Provenance(source="src-1", start=f.start, end=f.end))
        for i, f in enumerate(ordered, 1)
    ]
