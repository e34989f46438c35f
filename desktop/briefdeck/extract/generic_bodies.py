"""Capitalised names ending in a body's word ("Missile Defense Agency", "Ambrey Risk"), read
back to where the name opens, with the known table's names inside them weighed."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found
from briefdeck.extract.org_words import CAP, DAYS_MONTHS, DEMONYM, GENERIC_TAILS, THE
from briefdeck.extract.systems import SHIP_PREFIXES

# "told our Defense Forum on Dec. 3": a date after the name, never part of it
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
# (every shape opens on a capital: the lookahead passes the other word starts at once)
GENERIC_RE = re.compile(
    r"\b(?=[A-Z])(?:"
    rf"\b(?:{CAP}\s+(?:(?:of|for|and|the)\s+)?){{1,5}}(?:{GENERIC_TAILS})\b"
    # ("European Union Mission in Armenia": a mission is named after where it serves)
    rf"(?:(?:\s+(?:of|for|on(?!\s+(?:{DAYS_MONTHS})\b|\s+{_MONTH_ABBR}))|"
    r"(?<=Mission)\s+(?:in|to)|"
    r"(?<=Embassy)\s+in)"
    rf"\s+(?:the\s+)?{CAP}(?:\s+(?:of\s+|and\s+)?{CAP}){{0,4}})?"
    rf"|\bMinistry\s+of\s+(?:the\s+)?{CAP}(?:\s+(?:and\s+)?{CAP}){{0,2}}"
    # a UN sanctions committee's experts: "the Panel of Experts on Yemen"
    rf"|\bPanel\s+of\s+Experts(?:\s+(?:on|for)\s+(?:the\s+)?{CAP}(?:\s+{CAP}){{0,2}})?"
    rf"|\b(?:Office|Committee|Council|Agency|Commission|Mission|Programme|Observatory|Department|"
    rf"Cent(?:er|re)|Institute)\s+"
    rf"(?:of|for)\s+(?:the\s+)?{CAP}(?:\s+(?:of\s+|and\s+)?{CAP}){{0,4}}"
    # a legislature's standing panel: "Committee on Foreign Affairs"; a think tank named for
    # its field: "Council on Foreign Relations"
    rf"|\b(?:(?:Sub[Cc]|C)ommittee|Council)\s+on\s+(?!(?:{DAYS_MONTHS})\b)(?:the\s+)?{CAP}"
    rf"(?:\s+(?:of\s+|and\s+)?{CAP}){{0,3}}"
    r")"
)
# Leading words that are not part of a name.
_LEAD = re.compile(
    r"^(?:(?:The|A|An|This|That|These|Those|Both|Its|Their|His|Her|Our|Your|My|But|And|As|After|"
    # a question's opening verb: "Does the Department intend ..."
    r"Does|Do|Did|Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|How|Why|What|"
    r"Once|When|While|Some|Many|Other|Another|Iraqi|Syrian|Iranian|American|Kurdish|"
    # a clause's opening conjunction: "Since the Council last considered this item"
    r"Since|Until|Before|If|Because|Although|Though|Unless|Whereas|Whether|"
    # ("Air Defense Artillery Association": "Air" opens a body named for air defence)
    r"Israeli|Russian|Turkish|British|U\.S\.|U\.K\.|Marine|Army|Navy|Air(?!\s+Defen[cs]e\b)|"
    r"Gen\.|Col\.|"
    r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned|affiliated|linked|allied|run|"
    r"controlled|sponsored|supported|held))\s+)+"
)
_OWNER_HEAD = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)\s+(?=[A-Z])")
# A government department owning an office: "Department of the Treasury's Office of Foreign
# Assets Control" names both (the department's own name read whole, its possessive off).
_DEPARTMENT_OWNER = re.compile(r"(?P<owner>(?:Department|Ministry)\s+of\s+(?:the\s+)?"
                               r"[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,2})['’]s\s+(?=[A-Z])")
_AIRCRAFT_AFTER = re.compile(r"\s+One\b")
# "the deputy director of the", "head of": a post held in a body's department.
_POST_IN_BEFORE = re.compile(r"\b(?:[Dd]irector|[Hh]ead|[Cc]hief|[Dd]eputy)\s+of\s+(?:the\s+)?$")
# An owner whose last word says it is a body: "the Pakistan Navy's", "the Foreign Ministry's".
_BODY_OWNER = re.compile(r"\b(?:Navy|Army|Ministry|Force|Forces|Command|Department|"
                         r"Government|Corps|Guard|Police)['’]s\s+$")
# A ship's name runs into its group: "the USS Dwight D. Eisenhower Carrier Strike Group".
_SHIP_BEFORE = re.compile(rf"\b(?:{SHIP_PREFIXES})\s+"
                          r"(?:[A-Z][\w.'’-]*\s+){0,3}$")
# "Defense Ministry", "Health Ministry": a government's body that needs its country.
_BARE_MINISTRY = re.compile(r"[A-Z][a-z]+\s+Ministry")
# "Andersen Air Force Base", "Naval Air Station": a place named after a body.
_PLACE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Air\s+)?(?:Base|Station|Airfield|"
                          r"Airport|Barracks|Camp|Site|Outpost|"
                          # (an installation: "Anniston Army Depot", "Pine Bluff Arsenal")
                          r"Depot|Arsenal|Proving\s+Grounds?|Ammunition\s+Plant)\b")
# "the Chief of the General Staff": a title, naming a person rather than the staff.
_TITLE_OF = re.compile(r"\b(?:Chief|Chiefs|Head|Director)\s+of\s+(?:the\s+)?$")
# "JAF Chief of Staff", "Deputy Chief of Staff": one officer's post (the plural "Joint Chiefs
# of Staff" is a body).
_CHIEF_OF_STAFF = re.compile(r"\bChief\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?Staff$")
# "the Minister for the Armed Forces", "Secretary of State for Defence": a portfolio in a title.
_PORTFOLIO_OF = re.compile(r"\b(?:Minister|Ministers|Secretary|Secretaries)(?:\s+of\s+State)?"
                           r"\s+for\s+(?:the\s+)?$")
# "the Integrated Air and Missile Defense Battle Command System": a programme, not a command.
_SYSTEM_AFTER = re.compile(r"\s+(?:System|Capability|Program|Programme)\b")
# "High Mobility Artillery Rocket Systems": a weapon spelled out, not a firm's "Systems".
_WEAPON_SYSTEMS = re.compile(r"(?:Rocket|Artillery|Missile|Launch(?:er|ing)?|Gun|Weapons?)\s+"
                             r"Systems?$")
_BYLINE = re.compile(r"(?:^|\n)By\s")
_AND_BARE_SERVICE = re.compile(r"\sand\s+(?:Navy|Army|Air\s+Force|Marines?|Coast\s+Guard)$")
# A known name opening a longer one is another body ("Joint Staff Office", "UN Conference on
# Trade and Development"), but "Houthi Forces" or "Coalition Forces" are the same fighters.
_FORCE_TAIL = re.compile(r"\b(?:Forces?|Army|Fighters|Militia|Troops)$")
_NOT_GENERIC = re.compile(r"^(?:Air|Task|Special|Joint|Security|Quick|Reaction|Response)\s")
# ("the Indian Embassy in Kuwait": whose embassy it is, a nation's adjective, stays)
_TITLED_NAME = re.compile(rf"(?:{GENERIC_TAILS})\s+(?:of|for)\s+[A-Z]|Embassy\s+in\s+[A-Z]")
_ARTICLE = re.compile(r"^(?:(?:The|A|An|This|That|Its|Their|But|And|Since|Until|Before|"
                      r"[A-Z][\w.]*-(?:based|backed|aligned|led|funded|made|owned|affiliated|"
                      r"linked|allied|run|controlled|sponsored|supported|held))\s+)+")
_CONNECTOR = re.compile(r"(?:and|of|for|the)\s+")
_JOINED = re.compile(rf"^(.+?\b(?:{GENERIC_TAILS}))\s+and\s+(.+\b(?:{GENERIC_TAILS}))$")


_SERVICES = frozenset({"Army", "Navy", "Air Force", "Coast Guard"})
# A document's title names a body's field, not a body: "Code of Conduct for ...".
_DOCUMENT_NAME = re.compile(r"\b(?:Practices|Guidelines|Guidance|Principles|Standards|"
                            r"Procedures|Regulations|Rules|Code|Manual|Handbook)\s+(?:for|of|on)\b")

# "Food Security", "Energy Security": fields (a relief update's sector headings, an analysis'
# themes), where "Ambrey Security" is a firm.
_SECURITY_FIELDS = frozenset({"Food", "Energy", "Water", "Human", "Cyber", "Health", "Nuclear",
                              "Climate", "Economic", "Environmental", "Collective", "Regional",
                              "Global", "Aviation"})

# The "of (the)" before a known name that ends a longer body's name.
_OF_THE_END = re.compile(rf"(?:{GENERIC_TAILS})\s+of\s+(?:the\s+)?$")

# "the Chief of Defence Forces", "Head of the Border Force": a post named after its body.
_POST_OF = re.compile(r"^(?:Chiefs?|Heads?|Commanders?|Directors?|Ministers?)\s+of\s+(?!.*\b"
                      r"(?:Committee|Council|Office|Staff\s+Committee)$)")


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


# "Read the Safety and Security section", "Review the Country Security Report": advice to read
# a document, whose title ends in a body's word; no body of the report.
_READ_ADVICE = re.compile(r"^(?:Read|Review|Check|Download|View)\s+(?:the\s+|our\s+)?[A-Z]")


def _american_town(word: str) -> bool:
    from briefdeck.geo.gazetteer import Gazetteer  # loaded on first use

    entry = Gazetteer.default().lookup(word, fuzzy=False)
    return entry is not None and entry.kind == "city" and entry.country == "United States"


def _generic_name(raw: str) -> tuple[int, str] | None:
    """Strip leading non-name words; (offset into raw, name) or None when nothing is left."""
    if raw[:1] in "RCDV" and _READ_ADVICE.match(raw):
        return None
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
        owner = re.search(rf"\b{DEMONYM}\s+$", raw[:cut])
        if owner:
            cut = owner.start()
            name = raw[cut:]
    words = name.split()
    if _POST_OF.match(name):
        return None
    if len(words) < 2 or _NOT_GENERIC.match(name) and len(words) < 3:
        return None
    if len(words) == 2 and words[0] in ("National", "Security", "Special", "Military", "State") \
            and name != "National Guard":  # (the Guard is a force of its own)
        return None
    if len(words) == 2 and words[1] == "Guard" and _american_town(words[0]):
        return None  # "Zanesville Guard soldier": a Guard soldier from the town (the Guard
        # is the state's)
    if len(words) == 2 and words[1] == "Security" and words[0] in _SECURITY_FIELDS:
        return None  # "Food Security": a relief sector's heading, a field, not a firm
    if len(words) == 2 and words[1] == "Government" and re.fullmatch(DEMONYM, words[0]):
        return None  # "the Lebanese Government": the country's, as "the Iraqi government"
    return cut, name


# "Fars News Agency's Defense Group", "the Political Desk of Tasnim": a news agency's desk,
# the outlet's staff writing, no body of the report.
_NEWS_DESK = re.compile(r"(?:^|['’]s\s)(?:Defen[cs]e|Politic(?:al|s)|Economic|Economy|"
                        r"International|Foreign|Sports?|Cultur(?:e|al)|Social|Military|"
                        r"Provinces?|World|Security)\s+(?:Group|Desk)(?:\s+of\s|$)")


def _news_desk(text: str, name: str) -> bool:
    return ("Group" in name or "Desk" in name) and bool(_NEWS_DESK.search(name)) and (
        "ews Agency" in text or "ews agency" in text)


def generic_bodies(text: str, start: int, end: int, found: dict[str, Found],
                   taken: list[tuple[int, int]], known: list[tuple[int, int, str]],
                   hits: dict[str, int]) -> None:
    """Capitalised names ending in a body's word ("Missile Defense Agency")."""
    for m in GENERIC_RE.finditer(text, start, end):
        # "NATO's Allied Air Command": the owner is a name of its own, the rest one too;
        # but "Armenia's Defense Ministry" keeps its country, which the name does not say
        owner = _OWNER_HEAD.match(m.group(0))
        if owner and " " in owner.group(0).strip() and not known_organization(
                THE.sub("", owner.group(0).strip()[:-2].rstrip("'’"))) and \
                not _BODY_OWNER.search(owner.group(0)):
            owner = None  # "Kharkiv Regional Prosecutor's Office": one name, not an owner
            # (but "the Pakistan Navy's Regional Maritime Security Patrol": a body owns it)
        head = m.start() + (owner.end() if owner else 0)
        inner = _DEPARTMENT_OWNER.match(m.group(0)) if not owner else None
        if inner:  # "the Department of the Treasury's Office of ...": two bodies
            owner_name = inner.group("owner")
            if owner_name.casefold() not in found and not known_organization(owner_name) and \
                    not any(s < m.start() + len(owner_name) and m.start() < e for s, e in taken):
                found[owner_name.casefold()] = Found(owner_name, m.start(),
                                                     m.start() + len(owner_name))
            head = m.start() + inner.end()
        if m.group(0).endswith("Air Force") and _AIRCRAFT_AFTER.match(text, m.end(), end):
            continue  # "aboard Air Force One": the President's aircraft, no air force
        if owner and _BARE_MINISTRY.fullmatch(text, head, m.end()) and \
                not known_organization(owner.group(0)[:-3].rstrip("'’ ")):
            head = m.start()
        if _SHIP_BEFORE.search(text, max(start, m.start() - 40), m.start()) or \
                _PLACE_AFTER.match(text, m.end(), end) or \
                _SYSTEM_AFTER.match(text, m.end(), end) or m.group(0).endswith("Staff") and \
                (_TITLE_OF.search(text, max(start, m.start() - 16), m.start()) or
                 _CHIEF_OF_STAFF.search(m.group(0))) or \
                _BYLINE.match(text, max(0, m.start() - 1), m.start() + 3) or \
                text.find(" for ", m.start() - 9, m.start()) >= 0 and \
                _PORTFOLIO_OF.search(text, max(start, m.start() - 40), m.start()):
            continue  # a ship's group, "Andersen Air Force Base", "By TOI Staff", a portfolio
        stop = m.end()
        if owner and head > m.start() and _BODY_OWNER.search(owner.group(0)) and \
                _POST_IN_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            head, stop = m.start(), m.start() + len(owner.group(0).rstrip()) - 2
            # "deputy director of the Foreign Ministry's Department of ...": a post's desk
            # inside the body, which is the one the report names
        for cut, name in _generic_names(text[head:stop]):
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
            # "the General Command of the JAF": a body of the known one, named as written;
            # the known name is still mentioned in its own right
            ending = [k[:2] for k in known if a < k[0] and k[1] == b]
            owned = len(ending) == 1 and _OF_THE_END.search(text, a, ending[0][0]) is not None
            if extends and clash == [inside[0][:2]]:
                hits[inside[0][2]] -= 1
                found[key] = Found(name, a, b)
            elif not clash or owned and clash == ending:
                found[key] = Found(name, a, b)


_OWNED_NAME = re.compile(rf"(?P<head>.+\b(?:{GENERIC_TAILS}))\s+of\s+(?:the\s+)?(?P<owner>.+)")


def fold_owned_heads(found: dict[str, Found]) -> None:
    """"the General Command of the JAF said ... The General Command added": one body, the
    short form an alias of the name as first written."""
    for f in list(found.values()):
        m = _OWNED_NAME.fullmatch(f.name)
        if not m or m.group("head").casefold() not in found or \
                not known_organization(m.group("owner")):
            continue
        short = found.pop(m.group("head").casefold())
        f.aliases.append(short.name)
