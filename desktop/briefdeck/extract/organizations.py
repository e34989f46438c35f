"""Organizations: known names with their aliases merged into one fact, plus generic names.

A table of well-known actors lists every way reports write them (ISIS / Islamic State / Daesh);
anything else that looks like a proper name ending in Command, Force, Service, Ministry and the
like is picked up generically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    "Kataib Hezbollah": [r"Kata[i']?ib\s+Hez?bollah", r"Kata'ib\s+Hizballah"],
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
    "Syrian Democratic Forces": [r"Syrian\s+Democratic\s+Forces", r"SDF"],
    "Peshmerga": [r"Peshmerga"],
    "Houthis": [r"Houthis?", r"Ansar\s+Allah"],
    "Hamas": [r"Hamas"],
    "Taliban": [r"Taliban"],
    "al-Qaeda": [r"[Aa]l[- ]Qa[e']?ida"],
    "al-Shabaab": [r"[Aa]l[- ]Shabaab"],
    "NATO": [r"NATO", r"North\s+Atlantic\s+Treaty\s+Organi[sz]ation"],
    "United Nations": [r"United\s+Nations", r"U\.N\.", r"UN(?=\s+[A-Z]|\s+(?:mission|envoy))"],
    "European Union": [r"European\s+Union", r"EU"],
    "Coalition": [r"(?<=the\s)Coalition", r"[Gg]lobal\s+Coalition(?:\s+to\s+Defeat\s+ISIS)?",
                  r"coalition(?=\s+(?:troops|forces|partners|members|bases))"],
    "U.S. Army": [r"U\.S\.\s+Army"],
    "U.S. Marine Corps": [r"(?:U\.S\.\s+)?Marine\s+Corps"],
    "U.S. Air Force": [r"U\.S\.\s+Air\s+Force"],
    "U.S. Navy": [r"U\.S\.\s+Navy"],
    "CIA": [r"CIA", r"Central\s+Intelligence\s+Agency"],
    "Islamic Resistance in Iraq": [r"Islamic\s+Resistance\s+in\s+Iraq"],
    "Harakat al-Nujaba": [r"Harakat\s+al-Nujaba", r"al-Nujaba", r"Nujaba"],
    "Kremlin": [r"Kremlin"],
    "Royal Navy": [r"Royal\s+Navy"],
    "U.S. Fifth Fleet": [r"(?:U\.S\.\s+|Navy's\s+|Navy’s\s+)?Fifth\s+Fleet", r"5th\s+Fleet"],
    "Air Forces Central": [r"Air\s+Forces\s+Central", r"AFCENT"],
    "Iraqi Army": [r"Iraqi\s+[Aa]rmy"],
    "Government of Iraq": [r"Government\s+of\s+Iraq", r"Iraqi\s+government"],
    "United Kingdom Maritime Trade Operations": [
        r"United\s+Kingdom\s+Maritime\s+Trade\s+Operations", r"UKMTO"],
    "Army Reserve": [r"(?:U\.S\.\s+)?Army\s+Reserve"],
}
# Institutions written with a possessive or in lower case: "Jordan's armed forces",
# "Ukraine's general staff", "the Odesa regional administration".
INSTITUTION_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+Region)?(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:armed\s+forces|navy|air\s+force|"
    r"army|general\s+staff|intelligence\s+agency|ministry|parliament|department|directorate)\b"
    r"|\b[A-Z][a-z]+\s+regional\s+(?:military\s+)?administration\b"
)
# Acronyms shown next to the canonical name when the text uses them.
GENERIC_TAILS = (
    r"Command|Forces?|Service|Ministry|Agency|Department|Council|Brigades?|Party|Army|Corps|"
    r"Guards?|Militia|Front|Movement|Committee|Directorate|Battalion|Regiment|Division|Group|"
    r"Office|Organi[sz]ation|Units|Unit|Network|Alliance|Fleet|Cell|Project|Consultants|"
    r"Maritime|Institute|Staff"
)
_CAP = r"(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’-]+)"
GENERIC_RE = re.compile(
    rf"\b(?:{_CAP}\s+(?:(?:of|for|and|the)\s+)?){{1,5}}(?:{GENERIC_TAILS})\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}})?"
    rf"|\bMinistry\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,2}}"
)
# Leading words that are not part of a name.
_LEAD = re.compile(
    r"^(?:(?:The|A|An|This|That|These|Those|Both|Its|Their|His|Her|Our|But|And|As|After|"
    r"Once|When|While|Some|Many|Other|Another|Iraqi|Syrian|Iranian|American|Kurdish|"
    r"Israeli|Russian|Turkish|British|U\.S\.|U\.K\.|Marine|Army|Navy|Air|Gen\.|Col\.)\s+)+"
)
_NOT_GENERIC = re.compile(r"^(?:Air|Task|Special|Joint|Security|Quick|Reaction|Response)\s")

# One word-boundary test up front: the alternatives are only tried where a word starts.
KNOWN_RE = re.compile(
    r"(?:\b|(?<=\s))(?=[\w.])(?:" + "|".join(
        rf"(?P<k{i}>(?:{'|'.join(forms)})\b)" for i, forms in enumerate(KNOWN.values())
    ) + ")"
)
_KNOWN_NAMES = list(KNOWN)


@dataclass
class _Found:
    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)


def _generic_name(raw: str) -> tuple[int, str] | None:
    """Strip leading non-name words; (offset into raw, name) or None when nothing is left."""
    lead = _LEAD.match(raw)
    cut = lead.end() if lead else 0
    name = raw[cut:]
    words = name.split()
    if len(words) < 2 or _NOT_GENERIC.match(name) and len(words) < 3:
        return None
    if len(words) == 2 and words[0] in ("National", "Security", "Special", "Military"):
        return None
    return cut, name


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8


def extract_organizations(doc: Document) -> list[Organization]:
    found: dict[str, _Found] = {}
    text = doc.text
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []
        for m in KNOWN_RE.finditer(text, sent.start, sent.end):
            name = _KNOWN_NAMES[int(m.lastgroup[1:])]  # type: ignore[index]
            written = " ".join(m.group(0).split())
            taken.append((m.start(), m.end()))
            entry = found.setdefault(name, _Found(name, m.start(), m.end()))
            if written != name and written not in entry.aliases:
                entry.aliases.append(written)
        for m in INSTITUTION_RE.finditer(text, sent.start, sent.end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            key = m.group(0).casefold()
            if key not in found:
                found[key] = _Found(m.group(0), m.start(), m.end())
        if _title_case(sent.text):
            continue  # a headline: every word is capitalised, names cannot be told apart
        for m in GENERIC_RE.finditer(text, sent.start, sent.end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            cleaned = _generic_name(m.group(0))
            if cleaned is None:
                continue
            cut, name = cleaned
            key = name.casefold()
            if key not in found:
                found[key] = _Found(name, m.start() + cut, m.end())
    ordered = sorted(found.values(), key=lambda f: f.start)
    return [
        Organization(id=f"or-{i}", name=f.name, aliases=f.aliases,
                     provenance=Provenance(source="src-1", start=f.start, end=f.end))
        for i, f in enumerate(ordered, 1)
    ]


def known_organization(name: str) -> str | None:
    """The canonical name when name is one of the known ways of writing an organization."""
    m = KNOWN_RE.fullmatch(name.strip())
    return _KNOWN_NAMES[int(m.lastgroup[1:])] if m else None  # type: ignore[index]
