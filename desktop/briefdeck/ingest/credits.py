"""Who wrote an article and who published it, from the credits that reporting prints.

Bylines ("By ...", "Name, Senior Fellow", "Name Defence correspondent"), agency and staff
credits, the line beside a byline ("Outlet | date"), a release's issuer ("From: Ministry of
...", the masthead over "Release No."), copyright lines and an article's words about itself
("... print edition of Outlet", "Name is a writer at Outlet").

Every finder takes the article's non-blank lines as (stripped line, inside boilerplate).
"""

from __future__ import annotations

import re

Lines = list[tuple[str, bool]]

AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "ani": "ANI",
    "pti": "PTI",
    "press trust of india": "PTI",
    "efe": "EFE",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
}
OUTLET_WORD = re.compile(
    r"\b(?:news|times|post|press|journal|herald|tribune|agency|reuters|"
    r"media|radio|television|network|magazine|gazette|daily|review|wire|"
    r"online|monitor|observer|telegraph|guardian|independent)\b",
    re.IGNORECASE,
)
# Words that make a name an organisation's: issuers of releases, institutes, desks.
_ORG_WORD = re.compile(
    r"\b(?:ministry|department|office|agency|command|task force|forces?|service|council|"
    r"authority|government|embassy|headquarters|institute|institution|centre|center|"
    r"directorate|secretariat|commission|police|army|navy|air force|marines?|guard|"
    r"coalition|alliance|nato|mission|programme|program|foundation|university|"
    r"desk|bureau|unit|group|association|organi[sz]ation|committee|staff)\b",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b(?:correspondents?|reporters?|editors?|writers?|contributors?|columnists?|"
    r"analysts?|producers?|fellows?|researchers?|director|professor|lecturer|"
    r"journalists?|associate|chief|bureau)\b",
    re.IGNORECASE,
)
_LIVE_TURN = re.compile(r"\s*\((?:now|earlier|later|previously|before)\)", re.IGNORECASE)
_NAME_TOKEN = r"(?:[A-Z][\w'’-]*\.?|(?:de|da|del|van|von|bin|ibn|al|el|la|le|al-\w+))"
_PERSON = re.compile(rf"[A-Z][\w'’-]+(?:\s+{_NAME_TOKEN}){{1,3}}")
_INITIAL = re.compile(r"^[A-Z]\.$|^(?:de|da|del|van|von|bin|ibn|al|el|la|le)$")
SEPARATOR = re.compile(r"\s*[|•·—–]\s*")
# "By Reuters Staff", "By Staff Writer", "By Guardian staff and agencies", "By News Desk"
_STAFF_CREDIT = re.compile(
    r"^(?:(?:the\s+)?(?P<org>.+?)\s+)?(?:staff|news\s*desk|web\s+desk|digital\s+desk|"
    r"newsroom|wire\s+services?|wire\s+reports?)(?:\s+(?:writers?|reporters?|reports?))?"
    r"(?:\s+(?:and|with|&)\s+(?:agencies|wires?|wire\s+services?))?$",
    re.IGNORECASE,
)
_AND_AGENCIES = re.compile(r"\s+(?:and|with|&)\s+agencies$", re.IGNORECASE)


def agency(name: str) -> str:
    """The agency's usual name when `name` is a news agency, else ''."""
    return AGENCIES.get(" ".join(name.lower().split()).strip(" .,"), "")


def is_outlet_initials(byline: str, outlet: str) -> bool:
    """"JT" (or "Jt") over a story in The Jordan Times: the paper's initials, a desk credit
    naming no writer."""
    word = byline.strip(" .")
    if not 2 <= len(word) <= 5 or not word.isalpha() or " " in word:
        return False
    initials = "".join(w[0] for w in outlet.split() if w[:1].isupper() and w != "The")
    return len(initials) >= 2 and word.upper() == initials.upper()


def split_credit(names: str) -> tuple[str, str]:
    """(person names, outlet) of a byline: an agency or staff credit names no person.

    "AFP" -> ("", "AFP"); "Reuters Staff" -> ("", "Reuters"); "Staff and agencies" -> ("", "");
    "Ana Flores" -> ("Ana Flores", "").
    """
    names = names.strip(" ,;|")
    found = agency(names) or agency(_AND_AGENCIES.sub("", names))
    if found:
        return "", found
    # "Ana Flores with AFP": the agency contributed; the byline is the reporter's.
    m = re.match(r"^(.+?)\s+(?:with|and|&)\s+(?:the\s+)?([\w .-]+)$", names, re.IGNORECASE)
    if m and agency(m.group(2)):
        names = m.group(1)
    m = _STAFF_CREDIT.match(names)
    if m:
        org = (m.group("org") or "").strip()
        return "", agency(org) or org
    return names, ""


# Capitalised words that start a title, a label or a count, never a person's name.
_NOT_A_NAME = frozenset(
    "senior former chief deputy acting top the our your live breaking latest key more most "
    "related read watch listen share editor editors reporting photo photos video opinion "
    "analysis updated published by from two three four five several many some all".split()
)
# A role phrase has no verb: "Jane Doe says the analyst was wrong" is a standfirst.
_VERB = re.compile(
    r"\b(?:says?|said|is|are|was|were|has|have|had|will|would|to|warns?|claims?|told|tells|"
    r"calls?|urges?|wants?)\b",
    re.IGNORECASE,
)


def _role_phrase(rest: str, live_turn: bool = True) -> bool:
    """True when what follows a name is its role: "Senior Fellow", ", Middle East
    correspondent", "(now)"."""
    if live_turn and _LIVE_TURN.match(rest):
        return True
    words = rest.strip(" ,|•·—–").split()
    return 1 <= len(words) <= 8 and bool(_ROLE.search(rest)) and not _VERB.search(rest)


def _person(part: str) -> tuple[str, str]:
    """(name, the rest) when `part` starts with a person's name, else ('', part)."""
    m = _PERSON.match(part)
    if not m:
        return "", part
    tokens = m.group(0).split()
    rest = part[m.end() :]
    if not re.match(r"\s*(?:[,(|•·—–]|$)", rest):
        # "Rosa Kettering Middle East correspondent": with nothing between name and role,
        # a name is two words (three with a middle initial or a particle).
        keep = 3 if len(tokens) > 2 and _INITIAL.match(tokens[1]) else 2
        rest = " ".join(tokens[keep:]) + rest
        tokens = tokens[:keep]
    name = " ".join(tokens)
    if tokens[0].lower() in _NOT_A_NAME or any(
        pattern.search(name) for pattern in (_ROLE, OUTLET_WORD, _ORG_WORD)
    ):
        return "", part
    return name, rest


def author_line(line: str) -> str:
    """The names in a byline printed without 'By': "Jane Doe, Senior Fellow, and John Roe,
    Research Analyst", "Jane Doe Defence correspondent", "Jane Doe (now) and John Roe
    (earlier)" (a live blog's turns). '' when the line is anything else."""
    if len(line.split()) > 30 or re.search(r"[.!?\"”]$", line) or ":" in line:
        return ""
    # A second author starts at "and" followed by a name, not at "Defence and security editor".
    parts = re.split(r",?\s+(?:and|&)\s+(?=[A-Z][\w'’-]+\s+[A-Z])", line)
    names = []
    for part in parts:
        name, rest = _person(part)
        if not name or not _role_phrase(rest):
            return ""
        names.append(name)
    return " and ".join(names)


_LISTED_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.|"
                               r"(?:al|el)-[A-Z]?[a-z'’]+|bin|ibn|de|van|von|der|da|del|la|le)$")


def names_list(line: str) -> str:
    """Writers listed on a line of their own without roles: "Nora Halvorsen, Amir Tabrizi,
    Caleb Munro and Lydia Ferraro" (three names or more: two could be places); '' when the
    line is anything else."""
    if "," not in line or len(line.split()) > 24:
        return ""
    parts = [p for p in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", line) if p]
    names = []
    for part in parts:
        name, rest = _person(part)
        if not name or rest.strip() or not 2 <= len(name.split()) <= 4 or not all(
                _LISTED_NAME_WORD.match(w) for w in name.split()):
            return ""  # "Site HSE Supervisor", "Rig NWS-12": no one's name
        names.append(name)
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) >= 3 else ""


def name_over_role(line: str, below: str) -> str:
    """A name alone on its line, its role on the next: "Jane Doe" / "Security correspondent"
    (or "BBC Security correspondent, BBC News": the role ends before any outlet)."""
    name, rest = _person(line)
    role = below.split(",")[0]
    if not name or rest.strip() or not role[:1].isupper() or below.count(",") > 1:
        return ""
    last = role.split()[-1] if role.split() else ""
    return name if _role_phrase(role, live_turn=False) and _ROLE.fullmatch(last) else ""


# --- outlets -----------------------------------------------------------------------------

_DATE_WORDS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b|\b(?:published|updated|posted|modified)\b|\d",
    re.IGNORECASE,
)


def credit_beside_byline(lines: Lines, at: int, text: str) -> str:
    """The outlet on the line under (or over) a byline: "Outlet | May 20, 2024",
    "Outlet • date", or the agency alone ("Associated Press")."""
    for near in (at + 1, at - 1):
        if not 0 <= near < len(lines):
            continue
        segments = [s for s in SEPARATOR.split(lines[near][0]) if s]
        for segment in segments:
            segment = segment.strip(" ,")
            if _DATE_WORDS.search(segment) or not segment[:1].isupper():
                continue
            words = segment.split()
            if not 1 <= len(words) <= 6 or re.search(r"[.!?:;]$", segment):
                continue
            if agency(segment):
                return agency(segment)
            dated = len(segments) > 1 and any(_DATE_WORDS.search(s) for s in segments)
            if dated and (OUTLET_WORD.search(segment) or (len(words) > 1 and cited(segment, text))):
                return segment
    return ""


def cited(name: str, text: str) -> bool:
    """True when the story names `name` the way an outlet names itself: "told Outlet",
    "reviewed by Outlet", "for Outlet", "© 2024 Outlet" (a section, "Middle East", is not)."""
    name = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:told|by|for|to|from|with)\s+{name}(?![\w-])|©\s*(?:\d{{4}}\s+)?{name}\b"
            rf"|\b{name}\s+(?:has|had)\s+(?:learned|reported|obtained|seen|reviewed)\b",
            text,
        )
    )


def _title_case(name: str) -> bool:
    """An organisation's name: every longer word capitalised ("Ministry of Defence")."""
    words = re.findall(r"[\w'’.-]+", name)
    small = {"of", "for", "and", "the", "on", "in", "at", "to", "de"}
    return bool(words) and len(words) <= 10 and all(w[:1].isupper() or w in small for w in words)


_FROM = re.compile(r"^From:?\s+(?:the\s+)?(.+)$", re.IGNORECASE)
# "From A1", "From Page 3", "FROM THE FRONT": a story's jump line or a column's name, no issuer.
_PAGE_NAME = re.compile(r"^(?:page\s+)?(?:[A-Z]{0,2}\d{1,3}|one|front(?:\s+page)?)$", re.IGNORECASE)
_HONORIFIC = re.compile(
    r"^(?:the\s+)?(?:rt\.?\s+hon|hon|sir|dame|lord|lady|baroness|baron|dr|mr|mrs|ms)\b"
    r"|\b(?:MP|MSP|MS|MLA|QC|KC|KCB|CBE|OBE|MBE)$",
    re.IGNORECASE,
)
_PRESS_OFFICE = re.compile(
    r"(?:,?\s+(?:office\s+of\s+)?(?:public\s+affairs|press|media|communications|news)"
    r"(?:\s+(?:office|desk|team|operations|relations|section|branch|division))*)+$",
    re.IGNORECASE,
)


# "From the Command Sergeant Major", "From the Chaplain's Desk": a newsletter's column headed
# by the person who writes it, whose title may hold an organisation's word ("Command")
_COLUMN_WRITER = re.compile(
    r"\b(?:major|sergeant|commander|chaplain|editor|colonel|captain|lieutenant|general|chief|"
    r"president|chair(?:man|woman|person)?|director|secretary|officer|adviser|advisor|"
    r"ombudsman|publisher|mayor|governor|superintendent|principal|leader|coordinator|"
    r"counsel|commandant|adjutant|admiral)(?:'s(?:\s+(?:desk|corner|chair|notes?))?)?$",
    re.IGNORECASE,
)


def issuer_from_line(line: str) -> str:
    """The organisation a release is from: "From: Ministry of Defence and The Rt Hon Jane
    Doe MP" -> "Ministry of Defence"; "From Joint Command Public Affairs" -> "Joint Command"."""
    m = _FROM.match(line)
    if not m or len(line.split()) > 25 or line.endswith(".") or _PAGE_NAME.match(m.group(1)):
        return ""
    if ":" not in line[:6] and _COLUMN_WRITER.search(m.group(1)):
        return ""  # a column's heading, not a sender's field
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])", m.group(1)):
        part = part.strip()
        if _HONORIFIC.search(part):
            continue  # a minister or official credited beside the department
        trimmed = _PRESS_OFFICE.sub("", part).strip(" ,")
        if _title_case(trimmed) and (_ORG_WORD.search(trimmed) or trimmed.isupper()):
            return trimmed
        return ""
    return ""


_RELEASE_LABEL = re.compile(
    r"^(?:(?:press|news|media)\s+)?releases?(?:\s+(?:no\.?|number|#)?\s*[\w./-]*\d[\w./-]*)?$",
    re.IGNORECASE,
)


def masthead_over_release(lines: Lines, headline: str) -> str:
    """The issuer named beside a release label: "Combined Task Force East" over "Release
    20240101-02" or "News Release"."""
    for i, (line, _) in enumerate(lines):
        if not any(_RELEASE_LABEL.match(s.strip()) for s in SEPARATOR.split(line)):
            continue
        for near in (i - 1, i + 1):
            if not 0 <= near < len(lines):
                continue
            candidate = lines[near][0]
            words = candidate.split()
            if (
                candidate != headline
                and 2 <= len(words) <= 12
                and not _DATE_WORDS.search(candidate)
                and not re.search(r"[.!?:;,]$", candidate)
                and _ORG_WORD.search(candidate)
                and sum(w[:1].isupper() for w in words) >= len(words) / 2
            ):
                return candidate
    return ""


_PREPARED_BY = re.compile(
    r"^(?:prepared|produced|compiled|issued|published)\s+by\s+(?:the\s+)?([^.;]{3,80})",
    re.IGNORECASE,
)


def preparer(line: str) -> str:
    """ "Prepared by the Press Desk, Regional Office." -> "Press Desk, Regional Office"."""
    m = _PREPARED_BY.match(line)
    found = m.group(1).strip(" ,") if m else ""
    return found if _ORG_WORD.search(found) and _title_case(found) else ""


_COPYRIGHT = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?)?"
    r"\s*(.*?)(?:[.,]?\s*all rights reserved.*)?\.?$",
    re.IGNORECASE,
)
_TRAILING_YEAR = re.compile(r",?\s+\d{4}(?:\s*[-–]\s*\d{4})?$")
# "© 2026 Foo   Terms   Privacy", "© 2026 Foo · Terms · Help": a site footer puts its menu
# cells on the copyright line, set apart by a wide gap or a separator; the holder ends there.
# "© Stichting Bellingcat 2026": a foundation's legal form written before its name
_LEGAL_FORM_FIRST = re.compile(
    r"^(?:Stichting|Fondation|Fondazione|Fundaci[oó]n|Funda[cç][aã]o)\s+(?=\S)"
)
_MENU_CELL = re.compile(r"\s{2,}|\s[|·•∙]\s")
_COMPANY = re.compile(
    r"(?:,?\s+(?:ltd|limited|inc|llc|plc|corp|corporation|co|gmbh|ag|s\.a|group|holdings|"
    r"publishing|company|media|news\s*(?:&|and)\s*media|or its affiliated companies|"
    r"and its affiliates|or its affiliates|its licensors)\.?)+$",
    re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"^(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(\d{4})\b(?!\s*[-–])")


# The Crown (UK government pages) is nobody's outlet; a footer's "Copyright Policy" or
# "Copyright Information" link names no holder.
_NOT_HOLDERS = frozenset({"crown", "the crown", "policy", "information", "notice", "statement",
                          "terms", "infringement", "complaints", "guidelines"})


def copyright_holder(line: str) -> str:
    """The publisher a copyright line names, without its year and company form: "© 2024
    Harbor Ledger Media Ltd. All rights reserved." -> "Harbor Ledger"."""
    m = _COPYRIGHT.match(line)
    if not m:
        return ""
    holder = _MENU_CELL.split(m.group(1).strip(), 1)[0]
    holder = _TRAILING_YEAR.sub("", holder.strip(" .,|"))
    holder = re.sub(r"\s+copyright$", "", holder, flags=re.IGNORECASE)
    holder = _LEGAL_FORM_FIRST.sub("", holder)
    shorter = _COMPANY.sub("", holder).strip(" .,")
    holder = shorter if shorter else holder
    if not 0 < len(holder.split()) <= 6 or holder.lower() in _NOT_HOLDERS:
        return ""
    return holder


def copyright_year(line: str) -> str:
    """The single year of a copyright line ('' for a range or none)."""
    m = _COPYRIGHT_YEAR.match(line)
    return m.group(1) if m else ""


def _bare(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w&'’-]+", name.lower()) if w != "the"]


def masthead_for(holder: str, lines: Lines) -> str:
    """The masthead at the top of the page that a copyright holder names: "The Harbor
    Ledger" for "Harbor Ledger" (the company's name drops the paper's "The")."""
    for line, _ in lines[:15]:
        if line != holder and _bare(line) == _bare(holder):
            return holder if line.isupper() else line  # a masthead set in capitals
    return holder


_SELF_REFERENCE = (
    # "This article appears in the April 2024 print edition of Outlet."
    re.compile(
        r"\bappear(?:s|ed)\s+in\s+(?:the\s+)?(?:[\w ]{0,30}\s)?(?:print|online)?\s*"
        r"(?:edition|issue)\s+of\s+((?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
    ),
    # "This update is published by the Gulf Security Monitor, an independent project."
    re.compile(
        r"^This\s+(?:update|report|brief|briefing|newsletter|assessment|bulletin|digest|"
        r"article|analysis)\s+(?:is|was)\s+(?:published|produced|prepared|written|compiled)\s+"
        r"by\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,5})"
    ),
)


def self_reference(line: str) -> str:
    for pattern in _SELF_REFERENCE:
        m = pattern.search(line)
        if m:
            return m.group(1)
    return ""


def author_bio_outlet(line: str, byline: str) -> str:
    """ "Jane Doe is a staff writer at Outlet who covers ..." -> "Outlet" (for the byline's
    first author)."""
    first = byline.split(" and ")[0].strip()
    if not first or not line.startswith(first):
        return ""
    m = re.match(
        r"\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:writer|reporter|correspondent|editor|"
        r"columnist|contributor|journalist|fellow|analyst)\s+(?:at|for|with)\s+"
        r"((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*){0,4})",
        line[len(first) :],
    )
    return m.group(1).rstrip(".") if m else ""
