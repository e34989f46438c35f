"""What kind of source a named person is, by their title or the role the sourcing gives them:
an office holder, an officer or a spokesperson is a named official; a former official, an
analyst, a relative, a student, a club's officer or a junior soldier speaks for themselves
(another source). Split from attribution_kinds.py, which types every other sourcing.
"""

from __future__ import annotations

import re

from briefdeck.extract.club_officers import CLUB_TITLE
from briefdeck.extract.org_found import is_country
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_patterns import RANK

OFFICIAL_TITLE = re.compile(
    r"\b(?:Gen|Adm|Col|Maj|Capt|Lt|Sgt|Cmdr|Cdr|Cdre|Ldr|Brig)\b\.?|General|Admiral|Colonel|Commodore|"
    r"Congress(?:wo)?man|"
    r"Marshal|Captain|Brigadier|"
    r"[Ss]ecretary|[Mm]inister|[Ss]pokes|President|[Cc]ommander|Rep\.|Sen\.|Senator|Gov\.|"
    r"\bvice\s+president\b|\b[Cc]o-chair|"  # a firm's vice president, a council's co-chair
    r"\bpresident\s+(?:of|and)\b|"  # "president of X Tours": a firm's or nonprofit's head
    # ... or the body's head set after its owner: "the foundation's president", "our crewing
    # manager" (the writer's own firm)
    r"(?:\b[a-z]+['’]s|\b[Oo]ur)\s+(?:[a-z-]+\s+)?(?:president|chair(?:man|woman|person)?|"
    r"manager)\b|"
    # a company's officer in charge of a country or a site: "the Insured's country manager"
    r"\b(?i:country|general|regional|area|operations|site|project|program|programme|plant|"
    r"station)\s+manager\b|"
    r"Del\.|[Dd]elegate|[Cc]oordinator|[Cc]ommissioner|\b[Aa]ide\b|[Rr]epresentative|"
    r"[Mm]agistrate|\bC[EFO]O\b|"  # a company's officers: "the firm's CFO"
    # a prosecutor's and an investigator's offices: "U.S. Attorney", "Special Agent in Charge"
    r"\bAttorney\b|\bAUSA\b|\bAgent\s+in\s+Charge\b|[Pp]rosecutor|\bJudge\b|\bSheriff\b|"
    # a parliament's presiding officer: "Parliament Speaker X", "the Speaker of the House"
    r"\b(?:Parliament(?:ary)?|House|Assembly)\s+Speaker\b|\bSpeaker\s+of\b|"
    r"[Aa]mbassador|[Dd]irector|[Oo]fficial|[Cc]hief|[Pp]ress\s+secretary|Ayatollah|[Ee]nvoy|"
    r"[Mm]ayor|[Gg]overnor|[Gg]eneral|[Ll]eader|[Ll]awmaker|[Ll]egislator|\bMP\b|"
    # a party's spokesperson in parliament; the chair of a parliament's committee
    r"\b(?:defen[cs]e|foreign\s+affairs|security)\s+critic\b|"
    # a party's speaker on a field in parliament: "Green Party defense expert"
    r"\b(?:Party|Movement)\s+(?:[a-z-]+\s+){1,2}(?:expert|spokes\w+)\b|"
    r"\b[Cc]ommittee\s+chair(?:man|woman)?\b|"
    # a seat in a party's or a state's leading body: "Houthi political bureau member X"
    r"\b(?:[Pp]olitical\s+[Bb]ureau|[Pp]olitburo|[Cc]ouncil|[Cc]abinet)\s+member\b|"
    r"\bHead$|\bHead(?=,)|"  # "Regional Administration Head": the office before the title
    r"\b(?:district|provincial|municipal|regional|council|village|county)\s+head\b|"
    # the staff of a named emergency service: "an MDA paramedic", "a Red Crescent medic"
    r"\b(?:[A-Z]{2,}|Red\s+(?:Cross|Crescent)|Civil\s+Defen[cs]e)\s+(?:paramedic|medic|"
    r"rescuer|doctor|nurse|surgeon)\b|"
    # ... or set after the post: "an orthopaedic surgeon working with MSF"
    r"\b(?:paramedic|medic|rescuer|doctor|nurse|surgeon)\s+(?:working\s+)?(?:with|for)\s+"
    r"(?:the\s+)?(?:[A-Z]{2,}\b|Red\s+(?:Cross|Crescent)|Civil\s+Defen[cs]e)|"
    # "the head of the local council", "a member of the group's executive council"
    # "an adviser to the region's interior ministry", "an adviser to the prime minister"
    r"\b[Aa]dvis[eo]r\s+(?:to|at|in)\s+[^,;]{0,50}?\b(?:ministry|Ministry|minister|Minister|president|"
    r"President|government|Government|governor|Governor|cabinet|presidency|Presidency)\b|"
    r"\b(?:[Hh]ead|[Mm]ember|[Cc]hair(?:man|woman)?)\s+of\s+[^,;]{0,50}?\b(?:council|committee|"
    r"bureau|politburo|parliament|assembly|cabinet|government|ministry|municipality|"
    r"administration|authority|leadership|mission|agency|office|delegation|department|"
    r"directorate|service|command|Council|Committee|Bureau|Parliament|Assembly|Mission|Agency|"
    r"Administration|Authority|Ministry|Government|Municipality|Office|Directorate|Command|"
    # a party's or a force's press desk: "head of the SDF media centre" (a think tank's
    # "Center" stays out: its head speaks as an analyst)
    r"(?:[Mm]edia|[Pp]ress|[Ii]nformation)\s+[Cc]ent(?:re|er))\b"
)
# Out of office: "a former Pentagon official", "retired Gen.": speaking as an analyst.
FORMER = re.compile(r"(?:^|,\s+|\b(?:a|an|the|and)\s+)(?:former|retired|ex-)|"
                     r"\((?:ret|retd|retired)\.?\)", re.I)  # "Lt. Col. (ret.)"
# A post in a civil group holds no authority: "a coordinator with a local aid group".
# A post at a university, a polling centre or a think tank holds no public office: "director
# of the Center for Public Affairs Research" speaks as an analyst does.
_RESEARCH_POST = re.compile(r"\b(?:[Cc]ent(?:er|re)|[Ii]nstitute)\s+(?:for|of)\s+[^,;]{0,50}?"
                            r"\b(?:Research|Studies|Study|Policy|Analysis)\b|\bUniversity\b|"
                            r"\b[Pp]oll\b|\bthink\s+tank\b")
_CIVIL_GROUP = re.compile(r"\b(?:aid|relief|charity|volunteer)\s+(?:group|organi[sz]ation|"
                          r"network)\b|\bcharity\b|\bNGO\b")
# The junior enlisted ranks hold no authority: a private, a specialist or an airman quoted speaks
# as a witness or for themselves, as a resident does (the rank alone, no office after it).
_JUNIOR_RANK = re.compile(r"(?:Pvt|Pfc|PFC|Spc|SPC|Specialist|Private(?:\s+(?:First|1st)\s+Class)?|"
                          r"(?:Senior\s+)?Airman(?:\s+(?:First|1st)\s+Class)?|"
                          r"Seaman(?:\s+(?:Apprentice|Recruit))?|Lance\s+(?:Cpl|Corporal))\.?$")
# A student's post at an academy or school ("cadet commander", "student body president").
_STUDENT = re.compile(r"\b(?:cadet|midshipman|student)\b(?!\s+Command)")
_MILITARY_RANK = re.compile(rf"\b{RANK}")  # "Squadron Leader", "Lt Cdr": in authority too
# A relative of someone in the story, as the title the people index gives: "mother", "sister".
_KIN = re.compile(r"\b(?:mother|father|wife|husband|sister|brother|son|daughter|widow|"
                  r"parents?|grandmother|grandfather|fianc[eé]e?)$")
# ... or first, whatever post follows: "Marcus's wife and the leader of the family group"
_KIN_FIRST = re.compile(r"^[A-Z][\w'’-]*['’]s\s+(?:mother|father|wife|husband|sister|brother|son|"
                        r"daughter|widow|parents?|grandmother|grandfather|fianc[eé]e?)\b")


def person_kind(name: str, people: PeopleIndex, role: str = "") -> str:
    """A named person by their title, or by the role the sourcing gives ("said Jane Roe, a
    ministry spokeswoman") when the title has none or names no office (an honorific: "Sheikh
    Jane Roe, a member of parliament, said")."""
    person = people.by_key.get(name.casefold())
    title = person.title if person else ""
    if not title and " " in name and name[:1].isupper() and is_country(name):
        return "spokesperson"  # "Saudi Arabia said", read as a first and last name: a state
    title = f"{title}, {role}" if role and not title else title
    if title.isupper() and not OFFICIAL_TITLE.search(title):  # "JANE ROE, GOVERNOR"
        title = title.title()  # (the office in capitals; "MP" stays as it is)
    if FORMER.search(title) or role and title.endswith(role) and _CIVIL_GROUP.search(role):
        return "other"  # a former official; "a coordinator with a local aid group"
    if title and ("esearch" in title or "tud" in title or "olicy" in title or "nalysis" in title
                  or "niversity" in title or "oll" in title or "tank" in title) and \
            _RESEARCH_POST.search(title):
        return "other"  # a poll's or a think tank's director: an analyst, no office
    if title and (_KIN.search(title) or _KIN_FIRST.match(title)):
        return "other"  # "Sgt. Roe's mother": a relative speaks for herself, whatever his rank
    if title and _STUDENT.search(title):
        return "other"  # "the squadron's cadet commander": a student's post, no office
    if title and CLUB_TITLE.match(title):
        return "other"  # "Post Commander Jane Roe": a club's officer, no public office
    if title and _JUNIOR_RANK.match(title):
        return "other"  # "Spc. Jane Roe, 22, said she had packed": a soldier, no office
    official = OFFICIAL_TITLE.search(title) or _MILITARY_RANK.search(title)
    if not official and role and role not in title and not FORMER.search(role):
        official = OFFICIAL_TITLE.search(role)
    words = name.split()
    if not official and not title and len(words) >= 3:  # a title read as part of the name:
        official = OFFICIAL_TITLE.search(words[0])  # "Undersecretary Jane Roe"
    return "named official" if official else "other"
