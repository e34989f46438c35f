"""Organizations: known names with their aliases merged into one fact, plus generic names.

A table of well-known actors lists every way reports write them (ISIS / Islamic State / Daesh);
anything else that looks like a proper name ending in Command, Force, Service, Ministry and the
like is picked up generically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.extract import institutions
from briefdeck.extract.alternatives import Alternatives
from briefdeck.extract.sentences import Document
from briefdeck.model import Organization, Provenance

# Canonical name -> the ways it is written (regex alternatives, case-sensitive).
KNOWN: dict[str, list[str]] = {
    "Combined Joint Task Force Operation Inherent Resolve": [
        r"Combined\s+Joint\s+Task\s+Force[\s-]+Operation\s+Inherent\s+Resolve",
        r"CJTF-OIR", r"Operation\s+Inherent\s+Resolve", r"OIR",
    ],
    "U.S. Central Command": [
        r"(?:U\.S\.\s+)?Central\s+Command", r"CENTCOM", r"CentCom",
    ],
    "U.S. European Command": [r"(?:U\.S\.\s+)?European\s+Command", r"EUCOM"],
    "U.S. Africa Command": [r"(?:U\.S\.\s+)?Africa\s+Command", r"AFRICOM"],
    "Department of Defense": [
        r"Pentagon", r"(?:U\.S\.\s+)?Department\s+of\s+Defen[cs]e", r"Defen[cs]e\s+Department",
        r"DoD", r"DOD",
    ],
    "State Department": [r"State\s+Department", r"Department\s+of\s+State"],
    "White House": [r"White\s+House"],
    "Islamic State": [
        r"Islamic\s+State(?:\s+(?:in|of)\s+Iraq\s+and\s+(?:Syria|the\s+Levant))?",
        r"ISIS", r"ISIL", r"Daesh", r"IS(?=\s+(?:fighters|militants|cells?)\b)",
    ],
    "Iraqi Security Forces": [r"Iraqi\s+[Ss]ecurity\s+[Ff]orces", r"ISF"],
    "Counter Terrorism Service": [
        r"(?:Iraqi\s+)?Counter[\s-]+Terrorism\s+Service", r"CTS",
    ],
    "Kataib Hezbollah": [r"Kata(?:[i']?i|e)b\s+Hez?bollah", r"Kata'ib\s+Hizballah"],
    "Asaib Ahl al-Haq": [r"Asa[i']?ib\s+Ahl\s+al-Haq"],
    "Hezbollah": [r"Hez?bollah", r"Hizballah"],
    "Popular Mobilization Forces": [
        r"Popular\s+Mobili[sz]ation\s+(?:Forces|Units)", r"PMF", r"PMU", r"Hashd\s+al-Shaabi",
    ],
    "Islamic Revolutionary Guard Corps": [
        r"Islamic\s+Revolutionary\s+Guard\s+Corps", r"Revolutionary\s+Guards?(?:\s+Corps)?",
        r"IRGC",
    ],
    "Quds Force": [r"Quds\s+Force", r"IRGC-QF"],
    "Radwan Force": [r"Radwan\s+[Ff]orces?", r"Radwan\s+unit"],
    "Syrian Democratic Forces": [r"Syrian\s+Democratic\s+Forces", r"SDF"],
    "Syrian National Army": [r"Syrian\s+National\s+Army"],
    "Peshmerga": [r"Peshmerga"],
    "Houthis": [r"Houthis?", r"Ansar\s+Allah"],
    "Hamas": [r"Hamas"],
    "Palestinian Islamic Jihad": [r"(?:Palestinian\s+)?Islamic\s+Jihad"],
    "Taliban": [r"Taliban"],
    "al-Qaeda": [r"[Aa]l[- ]Qa[e']?ida"],
    "al-Shabaab": [r"[Aa]l[- ]Shabaa?b"],  # AP and most US outlets write "al-Shabab"
    "NATO": [r"NATO", r"North\s+Atlantic\s+Treaty\s+Organi[sz]ation"],
    # UN bodies before the United Nations itself, so "UN Interim Force" is the force.
    "UNIFIL": [r"UNIFIL", r"(?:United\s+Nations|UN|U\.N\.)\s+Interim\s+Force\s+in\s+Lebanon"],
    "International Organization for Migration": [
        r"International\s+Organi[sz]ation\s+for\s+Migration", r"IOM",
        r"(?:UN|U\.N\.|United\s+Nations)\s+migration\s+agency"],
    "UNHCR": [r"UNHCR", r"(?:UN|U\.N\.|United\s+Nations)\s+refugee\s+agency",
              r"(?:UN|U\.N\.|United\s+Nations)\s+High\s+Commissioner\s+for\s+Refugees"],
    "UNICEF": [r"UNICEF", r"(?:UN|U\.N\.|United\s+Nations)\s+children['’]?s\s+(?:agency|fund)"],
    "OCHA": [r"OCHA", r"(?:UN|U\.N\.|United\s+Nations)\s+humanitarian\s+(?:office|agency)"],
    "World Food Programme": [r"World\s+Food\s+Program(?:me)?", r"WFP"],
    "International Atomic Energy Agency": [
        r"International\s+Atomic\s+Energy\s+Agency", r"IAEA",
        r"(?:UN|U\.N\.|United\s+Nations)\s+nuclear\s+watchdog"],
    "UNRWA": [r"UNRWA"],
    "United Nations": [r"United\s+Nations", r"U\.N\.", r"UN(?=\s+[A-Z]|\s+(?:mission|envoy))"],
    "European Union": [r"European\s+Union", r"EU"],
    "Coalition": [r"(?<=the\s)Coalition", r"[Gg]lobal\s+Coalition(?:\s+to\s+Defeat\s+ISIS)?",
                  r"coalition(?=\s+(?:troops|forces|partners|members|bases))"],
    "U.S. Army": [r"U\.S\.\s+Army", r"US\s+Army"],
    "U.S. Marine Corps": [r"(?:U\.S\.\s+)?Marine\s+Corps"],
    "U.S. Air Force": [r"U\.S\.\s+Air\s+Force", r"US\s+Air\s+Force"],
    "U.S. Navy": [r"U\.S\.\s+Navy", r"US\s+Navy"],
    "CIA": [r"CIA", r"Central\s+Intelligence\s+Agency"],
    "Islamic Resistance in Iraq": [r"Islamic\s+Resistance\s+in\s+Iraq"],
    "Harakat al-Nujaba": [r"Harakat\s+al-Nujaba", r"al-Nujaba", r"Nujaba"],
    "Kremlin": [r"Kremlin"],
    "Joint Staff": [r"(?:U\.S\.\s+)?Joint\s+Staff", r"Joint\s+Chiefs(?:\s+of\s+Staff)?"],
    "SANA": [r"SANA", r"Syrian\s+Arab\s+News\s+Agency"],
    "Magen David Adom": [r"Magen\s+David\s+Adom", r"MDA(?=\s+(?:said|says|paramedics))"],
    "Royal Navy": [r"Royal\s+Navy"],
    "U.S. Fifth Fleet": [r"(?:U\.S\.\s+|Navy's\s+|Navy’s\s+)?Fifth\s+Fleet", r"5th\s+Fleet"],
    "Air Forces Central": [r"Air\s+Forces\s+Central", r"AFCENT"],
    "Iraqi Army": [r"Iraqi\s+[Aa]rmy"],
    "Government of Iraq": [r"Government\s+of\s+Iraq", r"Iraqi\s+government"],
    "United Kingdom Maritime Trade Operations": [
        r"United\s+Kingdom\s+Maritime\s+Trade\s+Operations", r"UKMTO"],
    "Army Reserve": [r"(?:U\.S\.\s+)?Army\s+Reserve"],
    "British Army": [r"British\s+Army"],
    "Royal Air Force": [r"Royal\s+Air\s+Force", r"RAF"],
    "Royal Marines": [r"Royal\s+Marines"],
    "Israel Defense Forces": [r"Israel(?:i)?\s+Defen[cs]e\s+Forces", r"IDF"],
    # Defence firms that reports name without a company suffix.
    "BAE Systems": [r"BAE(?:\s+Systems)?"],
    "Lockheed Martin": [r"Lockheed(?:\s+Martin)?"],
    "Raytheon": [r"Raytheon(?:\s+Technologies)?", r"RTX"],
    "Northrop Grumman": [r"Northrop(?:\s+Grumman)?"],
    "General Dynamics": [r"General\s+Dynamics"],
    "Boeing": [r"Boeing"],
    "MBDA": [r"MBDA"],
    "Rafael Advanced Defense Systems": [r"Rafael(?=\s+(?:Advanced|said|says|has|which))"
                                        r"(?:\s+Advanced\s+Defen[cs]e\s+Systems)?"],
    "Elbit Systems": [r"Elbit(?:\s+Systems)?"],
    "Thales": [r"Thales"],
    "Saab": [r"Saab"],
    "Rheinmetall": [r"Rheinmetall"],
    "Diehl Defence": [r"Diehl(?:\s+Defen[cs]e)?"],
    "Kongsberg": [r"Kongsberg"],
    "L3Harris": [r"L3Harris"],
    "Anduril": [r"Anduril(?:\s+Industries)?"],
}
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
# Bodies found by their last words, the name then read backwards (one cheap scan):
# "the regional police said" and "the civil defence agency" (the body of the place reported
# on), "a Syrian army officer" (a country's service), "the Navy said" (the report's own
# country's) and "the Givati brigade" (a named unit written in lower case).
_BODY_WORD = re.compile(r"\b(?:army|navy|air\s+force|brigade|battalion|regiment|"
                        r"regional\s+(?:police|(?:military\s+)?administration)|"
                        r"civil\s+defen[cs]e\s+(?:agency|service|directorate|authority)|"
                        r"Navy|Army|Air\s+Force|Coast\s+Guard)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DEMONYM_BEFORE = re.compile(rf"\b{_DEMONYM}\s+$")
_UNIT_NAME_BEFORE = re.compile(rf"\b(?!{_DEMONYM}\b|(?:{_NOT_UNIT_NAME})\b)[A-Z][a-z]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]|\s+(?:base|airfield)\b")


def _lower_bodies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _BODY_WORD.finditer(text, start, end):
        word, lo = m.group(0), max(start, m.start() - 40)
        if word[0].isupper() or word.startswith(("regional", "civil")):
            ok = _THE_BEFORE.search(text, lo, m.start()) and not (
                word[0].isupper() and _NAME_AFTER.match(text, m.end(), end))
            if ok:
                out.append((m.start(), m.end()))
            continue
        if word in ("brigade", "battalion", "regiment"):
            name = _UNIT_NAME_BEFORE.search(text, lo, m.start())
        elif _NAME_AFTER.match(text, m.end(), end) and text[m.end() + 1:m.end() + 2].islower():
            continue  # "the Syrian army base": a place
        else:
            name = _DEMONYM_BEFORE.search(text, lo, m.start())
        if name:
            out.append((name.start(), m.end()))
    return out
# "the Israeli military said", "Iran's foreign ministry said in a statement": a body written
# in lower case is an organization of the report when it speaks.
_BODY_INST = (
    rf"(?P<inst>\b(?:{institutions.OWNER})\s+(?:{institutions.BODY_MOD}\s+){{0,2}}"
    rf"(?:ministry|military|army|navy|air\s+force|armed\s+forces|general\s+staff|"
    rf"(?:[\w-]+\s+)?service|news\s+agency|embassy|presidency)"
    rf"|(?<=\b[Tt]he\s)general\s+staff)\b"  # "the general staff said": no owner needed
)
SPEAKING_BODY = re.compile(
    _BODY_INST + r"(?=(?:,[^,]{1,60},)?\s+(?:(?:also|later|earlier|had|has|have)\s+)?"
    r"(?:said|says|reported|announced|confirmed|denied|told|added|stated|claimed)\b)")
# "according to the Ukrainian air force": the same bodies, cited rather than speaking.
CITED_BODY = re.compile(r"\b[Aa]ccording\s+to\s+" + _BODY_INST + r"(?=\s*[,.;)]|\s*$)")
_THE = re.compile(r"^(?:[Tt]he)\s+")
_SPEECH = re.compile(r"\b(?:said|says|reported|announced|confirmed|denied|told|added|stated|"
                     r"claimed|[Aa]ccording)\b")
# Acronyms shown next to the canonical name when the text uses them.
GENERIC_TAILS = (
    r"Command|Forces?|Service|Ministry|Agency|Department|Council|Brigades?|Party|Army|Corps|"
    r"Guards?|Militia|Front|Movement|Committee|Directorate|Battalion|Regiment|Division|Group|"
    r"Office|Organi[sz]ation|Units|Unit|Network|Alliance|Fleet|Cell|Project|Consultants|"
    r"Maritime|Institute|Staff|Observatory|Monitor|Commission|Mission|Programme|Watch|"
    r"Foundation|Association|Federation|Authority|Studies|Tracker|Forum|Government|Navy|"
    # military districts and zones ("Southern Military District", "Eastern Military Zone")
    r"Military\s+(?:District|Zone|Region)|"
    # broadcasters ("Al Mamlaka TV", "Sham FM radio"; "Iran FM" is a foreign minister)
    r"TV|Television|FM(?=\s+radio)|"
    r"Conference(?=\s+(?:on|of|for)\s+[A-Z])|"
    r"(?:Policy|Research|Strategic|Peace|Analysis|Media|Intelligence)\s+Cent(?:er|re)|"
    # companies: "Ambrey Risk", "Northfleet Shipping Ltd", "BAE Systems"
    r"Ltd|Limited|Inc|LLC|PLC|plc|Corp|Corporation|Shipping|Systems|Risk|Security|Holdings|"
    r"Lines|Tankers|Navigation|Aerospace|Dynamics|Industries|Technologies|Analytics|Brokers|"
    r"Consultancy|Insurance"
)
_CAP = r"(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’-]+)"
_DAYS_MONTHS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                r"March|April|May|June|July|August|September|October|November|December")
GENERIC_RE = re.compile(
    rf"\b(?:{_CAP}\s+(?:(?:of|for|and|the)\s+)?){{1,5}}(?:{GENERIC_TAILS})\b"
    rf"(?:\s+(?:of|for|on(?!\s+(?:{_DAYS_MONTHS})\b))\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:of\s+|and\s+)?{_CAP}){{0,4}})?"
    rf"|\bMinistry\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,2}}"
    rf"|\b(?:Office|Committee|Council|Agency|Commission|Mission|Programme|Observatory|"
    rf"Cent(?:er|re)|Institute)\s+"
    rf"(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+|and\s+)?{_CAP}){{0,4}}"
)
# Numbered units ("16th Regiment Royal Artillery", "the 82nd Airborne Division") and named
# operations ("Operation Prosperity Guardian").
UNIT_RE = re.compile(
    r"\b(?=[\dO])(?:\d{1,3}(?:st|nd|rd|th)\s+(?:(?:[A-Z][\w-]*\s+){0,3}(?:Regiment|Brigade|"
    r"Division|Battalion|Squadron|Wing|Fleet|Corps|Army|Group|Infantry|Artillery|"
    r"Marine\s+Regiment|Expeditionary\s+Unit|Commando|Cavalry|Armoured|Armored|Airborne|Signals)\b"
    r"(?:\s+(?:Royal\s+[A-Z][a-z]+(?:\s+Regiment)?|Combat\s+Team|Task\s+Force|"
    r"(?:Infantry|Airborne|Armou?red|Cavalry)\s+(?:Division|Regiment|Brigade))\b)?"
    # "the 41st CAA", "3rd ID": a numbered formation by its initials (kept in _formations)
    r"|[A-Z]{2,5}\b(?![-'’/]))"
    r"|Operation\s+(?!Inherent\s+Resolve\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
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
# Leading words that are not part of a name.
_LEAD = re.compile(
    r"^(?:(?:The|A|An|This|That|These|Those|Both|Its|Their|His|Her|Our|Your|My|But|And|As|After|"
    r"Once|When|While|Some|Many|Other|Another|Iraqi|Syrian|Iranian|American|Kurdish|"
    r"Israeli|Russian|Turkish|British|U\.S\.|U\.K\.|Marine|Army|Navy|Air|Gen\.|Col\.|"
    r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned))\s+)+"
)
_OWNER_HEAD = re.compile(r"[A-Z][\w.-]*(?:'s|’s)\s+(?=[A-Z])")
# A ship's name runs into its group: "the USS Dwight D. Eisenhower Carrier Strike Group".
_SHIP_BEFORE = re.compile(r"\b(?:USS|HMS|HMCS|HMAS|USNS|RFA|INS|FS|ITS|HNLMS|HDMS)\s+"
                          r"(?:[A-Z][\w.'’-]*\s+){0,3}$")
_NOT_GENERIC = re.compile(r"^(?:Air|Task|Special|Joint|Security|Quick|Reaction|Response)\s")

# Only tried where a word starts, and there only the names that can begin with its letter.
KNOWN_ALTERNATIVES = Alternatives([rf"(?:{'|'.join(forms)})\b" for forms in KNOWN.values()],
                                  prefix=r"(?:\b|(?<=\s))")
KNOWN_RE = KNOWN_ALTERNATIVES.regex
_KNOWN_NAMES = list(KNOWN)


@dataclass
class _Found:
    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)


_TITLED_NAME = re.compile(rf"(?:{GENERIC_TAILS})\s+(?:of|for)\s+[A-Z]")
_ARTICLE = re.compile(r"^(?:(?:The|A|An|This|That|Its|Their|But|And|"
                      r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned))\s+)+")
_JOINED = re.compile(rf"^(.+?\b(?:{GENERIC_TAILS}))\s+and\s+(.+\b(?:{GENERIC_TAILS}))$")


_SERVICES = frozenset({"Army", "Navy", "Air Force", "Coast Guard"})


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
    # "Syrian Observatory for Human Rights": a full title keeps its national adjective
    lead = _ARTICLE.match(raw) if _TITLED_NAME.search(raw) else _LEAD.match(raw)
    cut = lead.end() if lead else 0
    name = raw[cut:]
    if name in _SERVICES and lead:  # "the Iranian Navy": the country's adjective is the name
        owner = re.search(rf"\b{_DEMONYM}\s+$", raw[:cut])
        if owner:
            cut = owner.start()
            name = raw[cut:]
    words = name.split()
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
    """Most longer words capitalised (two regex counts: this runs on every sentence)."""
    words = len(_LONG_WORD.findall(line))
    return words >= 3 and (words - len(_LOWER_WORD.findall(line))) / words > 0.8


def extract_organizations(doc: Document) -> list[Organization]:
    found: dict[str, _Found] = {}
    text = doc.text
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []
        for m in KNOWN_RE.finditer(text, sent.start, sent.end):
            name = _KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)]
            written = " ".join(m.group(0).split())
            taken.append((m.start(), m.end()))
            entry = found.setdefault(name, _Found(name, m.start(), m.end()))
            if written != name and written not in entry.aliases:
                entry.aliases.append(written)
        spans = [m.span() for m in INSTITUTION_RE.finditer(text, sent.start, sent.end)]
        for a, b in [*spans, *_lower_bodies(text, sent.start, sent.end)]:
            if any(s < b and a < e for s, e in taken):
                continue
            taken.append((a, b))
            key = text[a:b].casefold()
            if key not in found:
                found[key] = _Found(text[a:b], a, b)
        speaks = _SPEECH.search(text, sent.start, sent.end)  # a cheap test first
        cited = [*SPEAKING_BODY.finditer(text, sent.start, sent.end),
                 *CITED_BODY.finditer(text, sent.start, sent.end)] if speaks else []
        for m in cited:
            inst = m.group("inst")  # "the Houthi-run health ministry": the ministry, not
            body_start = m.end("inst") - len(inst.split()[-1])  # the Houthis, speaks
            if any(s < m.end("inst") and body_start < e for s, e in taken):
                continue
            name = _THE.sub("", " ".join(inst.split()))
            taken.append((m.start("inst"), m.end("inst")))
            found.setdefault(name.casefold(), _Found(name, m.end("inst") - len(name),
                                                     m.end("inst")))
        for m in FIRM_RE.finditer(text, sent.start, sent.end):
            if any(s < m.end() and m.start("firm") < e for s, e in taken):
                continue
            taken.append((m.start("firm"), m.end("firm")))
            name = m.group("firm").rstrip(".")
            found.setdefault(name.casefold(), _Found(name, m.start("firm"),
                                                     m.start("firm") + len(name)))
        for m in UNIT_RE.finditer(text, sent.start, sent.end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            name = " ".join(m.group(0).split())
            found.setdefault(name.casefold(), _Found(name, m.start(), m.end()))
        if _title_case(sent.text):
            continue  # a headline: every word is capitalised, names cannot be told apart
        for m in GENERIC_RE.finditer(text, sent.start, sent.end):
            # "NATO's Allied Air Command": the owner is a name of its own, the rest one too
            owner = _OWNER_HEAD.match(m.group(0))
            start = m.start() + (owner.end() if owner else 0)
            if any(s < m.end() and start < e for s, e in taken) or _SHIP_BEFORE.search(
                    text, max(sent.start, m.start() - 40), m.start()):
                continue
            for cut, name in _generic_names(text[start:m.end()]):
                key = name.casefold()
                if key not in found:
                    found[key] = _Found(name, start + cut, start + cut + len(name))
    _formations(found)
    ordered = sorted(found.values(), key=lambda f: f.start)
    return [
        Organization(id=f"or-{i}", name=f.name, aliases=f.aliases,
                     provenance=Provenance(source="src-1", start=f.start, end=f.end))
        for i, f in enumerate(ordered, 1)
    ]


# Non-state armed groups among the known names: what "the group" or "the militia" refers to.
ARMED_GROUPS = frozenset({
    "Islamic State", "Kataib Hezbollah", "Asaib Ahl al-Haq", "Hezbollah", "Houthis", "Hamas",
    "Taliban", "al-Qaeda", "Palestinian Islamic Jihad", "al-Shabaab",
    "Islamic Resistance in Iraq", "Harakat al-Nujaba",
    "Popular Mobilization Forces", "Syrian Democratic Forces", "Radwan Force",
    "Syrian National Army",
})


def armed_group(written: str) -> str | None:
    """The canonical name when the words are one of the known armed groups, else None."""
    name = known_organization(written)
    return name if name in ARMED_GROUPS else None


def known_organization(name: str) -> str | None:
    """The canonical name when name is one of the known ways of writing an organization."""
    m = KNOWN_RE.fullmatch(name.strip())
    return _KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)] if m else None
