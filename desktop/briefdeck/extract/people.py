"""People named with a rank or title, and named speakers ("Jane Doe said").

"Marine Gen. Frank McKenzie, commander of U.S. Central Command" gives the name Frank McKenzie
and the title "Marine Gen., commander of U.S. Central Command". Later references by surname
("McKenzie said") resolve to the same person through `PeopleIndex`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.organizations import known_organization
from briefdeck.extract.sentences import Document
from briefdeck.model import Person, Provenance

# Ranks with or without full stops: British style writes "Brig Gen", "Lt Col", "Cdr".
_RANK = (
    r"(?:(?:Lt\.?|Lieut\.?|Maj\.?|Brig\.?|Vice|Rear|Staff|Master|First|Command|Chief|Petty|"
    r"Sgt\.?|Lieutenant|Major|Brigadier|Air|Wing|Group|Flight|Lance)\s+)*"
    r"(?:Gen\.?|General|Adm\.?|Admiral|Col\.?|Colonel|Maj\.?|Major|Capt\.?|Captain|Lt\.?|"
    r"Lieutenant|Sgt\.?|Sergeant|Cpl\.?|Corporal|Pvt\.?|Private|Pte\.?|Spc\.?|Specialist|"
    r"Cmdr\.?|Cdr\.?|Commander|Commodore|Brigadier|Air\s+(?:Vice[- ]|Chief\s+)?Marshal|"
    r"Marshal|Squadron\s+Leader|Airman|Seaman|Officer)(?![\w-])"
)
_SERVICE = r"(?:Marine|Army|Air\s+Force|Navy|Space\s+Force|Marine\s+Corps|Coast\s+Guard)"
_NATION = (
    r"(?:Iranian|Iraqi|U\.S\.|American|British|Syrian|Russian|Israeli|Kurdish|Turkish|"
    r"Saudi|French|German|Afghan|Lebanese|Jordanian|Qatari|Emirati|Pakistani|Chinese)"
)
_TITLE = (
    r"(?:(?:Defen[cs]e|Foreign|Interior|Prime|Deputy|Vice|Acting|former|then-|Army|Navy|"
    r"Homeland\s+Security|State|Iraqi|Iranian|U\.S\.)\s+)*"
    r"(?:Secretary(?:\s+of\s+(?:Defen[cs]e|State|the\s+Army|the\s+Navy|the\s+Air\s+Force))?|"
    r"Minister(?:\s+of\s+[A-Z][a-z]+)?|President|Prime\s+Minister|Ambassador|Senator|Sen\.|"
    r"Rep\.|Gov\.|Mayor|Chairman|Director|Ayatollah|Sheikh|Supreme\s+Leader|spokesman|"
    r"spokeswoman|spokesperson|Spokesman|Spokeswoman|Spokesperson|press\s+secretary|"
    r"Press\s+Secretary|Mr\.|Ms\.|Mrs\.|Dr\.)"
)
# Letters after a British name ("Jane Roe MP", "John Doe OBE"): not part of it.
_POST_NOMINALS = r"(?:MP|MSP|MEP|OBE|CBE|MBE|KCB|KBE|DSO|MC|KC|QC|PhD)\b"
_NAME_WORD = r"(?:(?:al-|el-|bin\s|ibn\s|Abu\s|de\s|van\s|von\s|Mc|Mac|O')?[A-Z][a-zA-Z'’-]+)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,2}}"
_ROLE_WORDS = (
    r"commander|head|chief|leader|spokesman|spokeswoman|spokesperson|director|secretary|"
    r"minister|chairman|ambassador|deputy\s+commander|press\s+secretary|president|founder|"
    r"top\s+commander|senior\s+adviser|adviser|envoy"
)
_ORG = (
    r"(?:the\s+)?(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’.-]*)"
    r"(?:\s+(?:of\s+|for\s+|and\s+)?(?:U\.S\.|[A-Z][A-Za-z'’.-]*))*"
)
_ORG_OR_BODY = (
    rf"(?:{_ORG}|the\s+(?:ministry|military|army|navy|air\s+force|government|group|company|"
    rf"coalition|militia|movement|rebels|police|command|embassy|agency|firm))"
)
_APPOSITIVE = (
    rf",\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?:{_ROLE_WORDS})\s+(?:of|for|at)\s+{_ORG_OR_BODY})"
)

TITLED_RE = re.compile(
    rf"(?P<title>(?:{_NATION}\s+)?(?:{_SERVICE}\s+)?(?:{_RANK}|{_TITLE})"
    rf"(?:\s+(?:{_RANK}))?)\s+(?P<name>{_NAME})(?:{_APPOSITIVE})?"
)
# "Frank McKenzie, commander of U.S. Central Command," without a rank in front.
APPOSED_RE = re.compile(rf"\b(?P<name>[A-Z][a-z]+(?:\s+{_NAME_WORD}){{1,2}}){_APPOSITIVE}")
# "the coalition's spokesman, Colonel Dale Prentiss," - the role first, then the name.
REVERSED_RE = re.compile(
    rf"(?P<role>\b(?:[A-Za-z][\w'’.-]*\s+){{0,4}}?(?i:spokes(?:man|woman|person)|commander|"
    rf"minister|secretary|chief|head|director|ambassador|envoy|leader|adviser|governor|mayor|"
    rf"president|analyst|researcher|official)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    rf"(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){{0,4}})?),\s+"
    rf"(?P<rank>(?:{_SERVICE}\s+)?{_RANK}\s+)?(?:(?:Sir|Dame|Lord|Lady)\s+)?"
    rf"(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?:\s+{_POST_NOMINALS})?(?=,|\s+(?:said|says|told))"
)
# "Jane Doe, the head of research at a risk firm, said": name first, a described role, a verb.
NAME_FIRST_RE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+"
    rf"(?P<role>(?:the|a|an|its|their)\s+[^,;\"“”()]{{0,60}}?\b(?:{_ROLE_WORDS}|analyst|researcher|"
    rf"official|officer|expert|fellow|professor|manager|executive|captain|owner)\b"
    rf"[^,;\"“”()]{{0,70}}?),\s+(?:has\s+|had\s+)?(?:said|says|told|added|wrote|warned)\b"
)
# '..., said Nils Berg, the head of marine at a broker.': the role after a speaker.
SAID_NAME_ROLE_RE = re.compile(
    rf"\b(?:said|says|added|according\s+to)\s+(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?"
    rf"{_NAME_WORD}){{1,2}}),\s+(?P<role>(?:the|a|an|its)\s+[^,;\"“”()]{{0,60}}?\b(?:{_ROLE_WORDS}|"
    rf"analyst|researcher|official|officer|expert|fellow|professor|manager|executive|captain|"
    rf"owner)\b[^,;\"“”()]{{0,70}}?)(?=\s*[.,;]|\s*$)"
)
SPEAKER_RE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+(?:\s+{_NAME_WORD}){{1,2}}),?\s+(?:said|says|told|wrote|added)\b"
    rf"|\b(?:said|says|added|wrote)\s+(?P<name2>[A-Z][a-z]+(?:\s+{_NAME_WORD}){{1,2}})\b"
)
_NOT_FIRST = frozenset(
    """The A An This That These Those But And As After Once When While Some Many Other
    Another Iraqi Syrian Iranian American Kurdish British U.S. Pentagon Department Operation
    Air Camp Defense Defence State White Central Marine Army Navy President Secretary General
    Coalition In On At For From With By Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Islamic United Joint Combined Counter Iran Iraq Syria Israel Russia NBC CNN
    Rear Vice Brig Maj Lt Gen Col Capt Sgt Adm Rep Sen Gov Mr Ms Mrs Dr Staff Master Chief
    Colonel Major Captain Lieutenant Admiral Sergeant Brigadier Commander Cdr Cmdr Pte Commodore
    Marshal Squadron Flight Wing Lance Defence Foreign Prime Minister Ministry""".split()
)


# A person's name never ends like an institution or a company ("Northfleet Shipping said").
_ORG_TAIL = re.compile(r"\b(?:Fleet|Command|Force|Forces|Army|Navy|Corps|Service|Ministry|"
                      r"Agency|Department|Council|Brigades?|Party|Group|Office|Committee|News|"
                      r"Times|Post|Journal|Press|Inc|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|"
                      r"Company|Co|Holdings|Shipping|Maritime|Lines|Logistics|Systems|Risk|"
                      r"Security|Securities|Partners|Associates|Analytics|Intelligence|Consulting|"
                      r"Industries|Technologies|Aerospace|Defence|Defense|Dynamics|Tankers|Energy|"
                      r"Oil|Petroleum|Bank|Airlines|Airways|International|Global|Research|"
                      r"Institute|Observatory|Monitor|Foundation|Centre|Center|Network|Media|"
                      r"Agency|Authority|Operations|Guard|Guards|Brigade|Regiment|Division|"
                      r"Battalion|Squadron|Wing|University|Hospital|Council|Affairs|Rights|"
                      r"Relief|Aid|Development|Studies|Ltd|Programme|Commission|Mission)$")


_OUTLET = re.compile(
    r"(?:The\s+)?(?:Associated\s+Press|Al\s+Jazeera|Al\s+Arabiya|Sky\s+News|Fox\s+News|"
    r"[A-Z][a-z]+\s+(?:News|Times|Post|Journal|Press|Radio|Television|TV|Agency|Herald|Gazette|"
    r"Telegraph|Tribune|Monitor|Review|Daily|Weekly|Magazine))"
)


@dataclass
class _Found:
    name: str
    title: str
    organization: str
    start: int
    end: int


class PeopleIndex:
    """Named people in order of appearance, findable by full name or surname, with every
    place they are mentioned (titled spans start at the title: "Rear Adm. Marcus Delaney")."""

    def __init__(self, found: list[_Found], doc: Document | None = None,
                 titled: list[tuple[int, int, str]] | None = None):
        self.found = found
        self.by_key: dict[str, _Found] = {}
        for person in found:
            self.by_key.setdefault(person.name.casefold(), person)
            self.by_key.setdefault(person.name.split()[-1].casefold(), person)
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, full name)
        if doc is not None and found:
            keys = sorted({k for p in found for k in (p.name, p.name.split()[-1])},
                          key=len, reverse=True)
            names_re = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
            for sent in doc.sentences:
                for m in names_re.finditer(doc.text, sent.start, sent.end):
                    full = self.resolve(m.group(0))
                    if full:
                        self.mentions.append((m.start(), m.end(), full))
            for start, end, name in titled or []:
                self.mentions.append((start, end, name))
            self.mentions.sort()

    def mention_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The widest person mention inside [start, end), earliest first."""
        best = None
        lo = bisect.bisect_left(self.mentions, (start, -1, ""))
        hi = bisect.bisect_right(self.mentions, (end, end, "\uffff"))
        for m in self.mentions[lo:hi]:
            if start <= m[0] and m[1] <= end:
                if best is None or m[0] < best[0] or (m[0] == best[0] and m[1] > best[1]):
                    best = m
        return best

    def titled_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The widest mention (with its title) that covers [start, end)."""
        lo = bisect.bisect_left(self.mentions, (start - 120, -1, ""))
        hi = bisect.bisect_right(self.mentions, (start, end + 1, "\uffff"))
        spans = [(s, e) for s, e, _ in self.mentions[lo:hi] if s <= start and end <= e]
        return min(spans, key=lambda se: se[0]) if spans else None

    def resolve(self, name: str) -> str | None:
        person = self.by_key.get(name.casefold()) or self.by_key.get(
            name.split()[-1].casefold()
        )
        return person.name if person else None

    def last_before(self, pos: int) -> tuple[int, str] | None:
        """(offset, name) of the person mentioned most recently before pos ('he said')."""
        i = bisect.bisect_left(self.mentions, (pos, -1, ""))
        if i == 0:
            return None
        start, _end, name = self.mentions[i - 1]
        return (start, name)


_HONORIFIC = re.compile(r"^(?:Sir|Dame|Lord|Lady)\s+(?=\S+\s)")
_POST_NOMINAL_TAIL = re.compile(rf"(?:\s+{_POST_NOMINALS})+$")


def _title_parts(title: str, role: str | None) -> tuple[str, str]:
    title = " ".join(title.split())
    organization = ""
    if role:
        role = " ".join(role.split()).rstrip(",.")
        title = f"{title}, {role}" if title else role
        org = re.search(r"\b(?:of|for|at|with)\s+(?:the\s+)?([A-Z].*)$", role) or re.search(
            r"\b(?:of|for|at)\s+(?:the\s+)?(.+)$", role)
        if org:
            organization = known_organization(org.group(1)) or org.group(1)
    return title, organization


def _plausible(name: str, is_place) -> bool:
    words = name.split()
    if words[0].rstrip(".") in _NOT_FIRST or any(
            w in ("Base", "Air", "Airfield", "Camp") for w in words):
        return False
    if known_organization(name) or (is_place and is_place(name)) or _OUTLET.fullmatch(name):
        return False  # "Al Jazeera said": a broadcaster, not a person
    if _ORG_TAIL.search(name):
        return False
    return True


def find_people(doc: Document, is_place=None) -> PeopleIndex:
    """Titled people first, then named speakers; each name once, first mention's span."""
    text = doc.text
    found: dict[str, _Found] = {}
    spans: list[tuple[int, int]] = []
    titled: list[tuple[int, int, str]] = []

    def add(name: str, title: str, org: str, start: int, end: int) -> None:
        name = _HONORIFIC.sub("", _POST_NOMINAL_TAIL.sub("", name))
        key = name.casefold()
        surname = name.split()[-1].casefold()
        for other in found.values():  # "McKenzie" after "Frank McKenzie" is the same man
            if other.name.split()[-1].casefold() == surname and (
                len(name.split()) == 1 or len(other.name.split()) == 1
                or key == other.name.casefold()
            ):
                if len(title) > len(other.title):
                    other.title, other.organization = title, org or other.organization
                return
        found[key] = _Found(name, title, org, start, end)
        spans.append((start, end))

    for sent in doc.sentences:
        for m in TITLED_RE.finditer(text, sent.start, sent.end):
            name = m.group("name")
            title, org = _title_parts(m.group("title"), m.group("role"))
            if name.split()[0] in _NOT_FIRST:
                continue
            add(name, title, org, m.start("name"), m.end("name"))
            titled.append((m.start("title"), m.end("name"), name))
        for m in REVERSED_RE.finditer(text, sent.start, sent.end):
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            role = " ".join(m.group("role").split())
            rank = " ".join((m.group("rank") or "").split())
            title = f"{rank}, {role}" if rank else role
            add(name, title, "", m.start("name"), m.end("name"))
            titled.append((m.start("rank") if m.group("rank") else m.start("name"),
                           m.end("name"), name))
        for m in APPOSED_RE.finditer(text, sent.start, sent.end):
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role"))
            add(name, title, org, m.start("name"), m.end("name"))
        for m in [*NAME_FIRST_RE.finditer(text, sent.start, sent.end),
                  *SAID_NAME_ROLE_RE.finditer(text, sent.start, sent.end)]:
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role"))
            add(name, title, org, m.start("name"), m.end("name"))
        for m in SPEAKER_RE.finditer(text, sent.start, sent.end):
            group = "name" if m.group("name") else "name2"
            name = m.group(group)
            if not _plausible(name, is_place):
                continue
            add(name, "", "", m.start(group), m.end(group))
    ordered = sorted(found.values(), key=lambda f: f.start)
    index = PeopleIndex(ordered, doc, [(s, e, n) for s, e, n in titled])
    return index


def people_facts(index: PeopleIndex) -> list[Person]:
    return [
        Person(id=f"pe-{i}", name=p.name, title=p.title, organization=p.organization,
               provenance=Provenance(source="src-1", start=p.start, end=p.end))
        for i, p in enumerate(index.found, 1)
    ]
