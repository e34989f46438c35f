"""Organizations: known names with their aliases merged into one fact, plus generic names.

The table of well-known actors (known_organizations.py) lists every way reports write them;
anything else that looks like a proper name ending in Command, Force, Service, Ministry and the
like is picked up generically (generic_bodies.py). Besides: initials the report defines for
itself win over the table's; bodies in lower case (lower_case_bodies, speaking_bodies), bodies
named by what they are (described_bodies), numbered units (military_units), a region's own
forces and named militias (forces_and_militias) and hospitals that speak for their wounded.
"""

from __future__ import annotations

import re

from briefdeck.extract.acronyms import defined_acronyms
from briefdeck.extract.bare_services import fold_bare_services
from briefdeck.extract.committee_letterheads import letterhead_committees
from briefdeck.extract.described_bodies import described_spans
from briefdeck.extract.document_titles import document_title, title_case
from briefdeck.extract.forces_and_militias import (
    FORCES_WORD,
    GROUP_WORD,
    merge_country_forces,
    named_groups,
    regional_forces,
)
from briefdeck.extract.generic_bodies import fold_owned_heads, generic_bodies
from briefdeck.extract.known_organizations import (
    KNOWN_ALTERNATIVES,
    KNOWN_NAMES,
    known_organization,
)
from briefdeck.extract.letterhead_companies import letterhead_companies
from briefdeck.extract.lower_case_bodies import lower_case_bodies
from briefdeck.extract.military_units import numbered_units, spell_out_formations
from briefdeck.extract.org_addressed_missions import addressed_missions
from briefdeck.extract.org_capital_lines import known_in_capitals
from briefdeck.extract.org_capital_records import bodies_in_capitals
from briefdeck.extract.org_caption_parties import caption_parties
from briefdeck.extract.org_court_captions import court_captions
from briefdeck.extract.org_defined_bodies import defined_bodies
from briefdeck.extract.org_described_firms import described_firms
from briefdeck.extract.org_described_owners import drop_described_owners
from briefdeck.extract.org_directorates import place_directorates
from briefdeck.extract.org_distribution_lists import distribution_offices
from briefdeck.extract.org_embassy_offices import embassy_offices
from briefdeck.extract.org_executive_owners import executive_owners
from briefdeck.extract.org_forwarded_channels import forwarded_parties
from briefdeck.extract.org_found import Found, is_place
from briefdeck.extract.org_government_offices import government_offices
from briefdeck.extract.org_initials import (
    _BRACKETED,
    _SHARED_INITIALS,
    _defined_otherwise,
    _glossary_terms,
    _initials_meaning,
)
from briefdeck.extract.org_job_titles import drop_job_titles, drop_service_posts
from briefdeck.extract.org_layout_misreads import drop_layout_names
from briefdeck.extract.org_legal_names import legal_names
from briefdeck.extract.org_lettered_units import lettered_units
from briefdeck.extract.org_letterhead_bodies import letterhead_bodies
from briefdeck.extract.org_letterhead_initials import letterhead_initials
from briefdeck.extract.org_lower_case_speakers import lower_case_speakers
from briefdeck.extract.org_misreads import drop_misread_names
from briefdeck.extract.org_missions import formal_bodies
from briefdeck.extract.org_named_firms import named_firms
from briefdeck.extract.org_own_labels import drop_own_labels
from briefdeck.extract.org_press_offices import press_office_aliases
from briefdeck.extract.org_relief_bodies import relief_bodies
from briefdeck.extract.org_speaking_leagues import speaking_leagues
from briefdeck.extract.org_statement_owners import national_statement_owners, statement_owners
from briefdeck.extract.org_table_parties import table_parties
from briefdeck.extract.org_tickers import ticker_companies
from briefdeck.extract.people_groups import letterhead_groups, people_groups
from briefdeck.extract.sentences import Document
from briefdeck.extract.speaking_bodies import (
    add_bare_bodies,
    bare_bodies,
    defence_ministry_by_initials,
    speaking_bodies,
)
from briefdeck.extract.speaking_hospitals import speaking_hospitals
from briefdeck.model import Organization, Provenance

# GROUP_WORD's words, when it is words alone: tested as substrings, not by a regex's scan
_GROUP_WORDS = tuple(GROUP_WORD.pattern.split("|")) if re.fullmatch(
    r"[\w |]+", GROUP_WORD.pattern) else ()
# "ISIS-Somalia", "IS-Sahel", "ISIS-K": the provinces and affiliates of the global groups.
_HAS_BRANCHES = frozenset({"Islamic State", "al-Qaeda"})
_BRANCH = re.compile(r"-(?:[A-Z][a-z]+|[A-Z])\b(?!-)")
_STATION_PLACE = re.compile(r"\s([A-Z][a-z]{3,})\b(?!\s+[A-Z])")  # not "IDF Gaza Division"
_WAR_AFTER = re.compile(r"\s+(?:war|conflict)\b")
# A record's line of fields, "Assigned group: NOC Arifjan (Quillon Systems) | Assignee: ...":
# its capitals are labels and names, not a headline's.
_RECORD_FIELDS = re.compile(r"[a-z]: [^|\n]{1,80}(?:\||[ \t]{3})[ \t]*[A-Z][\w ]{1,25}: ")


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
            found[long.casefold()] = Found(long, acts.start(), acts.start() + len(short),
                                            [short])


def _known_names(text: str, start: int, end: int, defined: dict[str, str],
                 found: dict[str, Found], taken: list[tuple[int, int]],
                 hits: dict[str, int], bracketed: frozenset[str],
                 glossary: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The table's names in one sentence; (start, end, name) of each, for generic_bodies."""
    known = []
    for m in KNOWN_ALTERNATIVES.finditer(text, start, end):
        name = KNOWN_NAMES[KNOWN_ALTERNATIVES.which(m)]
        written = " ".join(m.group(0).split())
        if written == "coalition" and (q := _COALITION_KIND.search(text, max(start, m.start()
                                                                             - 16), m.start())):
            written = q.group(1) + " coalition"  # "the international coalition", as written
        if written == "coalition" and _SITE_AFTER.match(text, m.end(), end):
            taken.append((m.start(), m.end()))
            continue  # "the coalition base at Erbil": whose base, a place's word, no actor
        if written in _SHARED_INITIALS:
            name = _initials_meaning(text, written)
        own = defined.get(written)
        if own and known_organization(own) != name:
            # "Armed Forces of the Philippines (AFP)": the report's own initials
            taken.append((m.start(), m.end()))
            entry = found.setdefault(own.casefold(), Found(own, m.start(), m.end()))
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
        if station and is_place(station.group(1)):
            taken.append((m.start(), station.end()))
            continue  # "RAF Lakenheath": a station named by its place, not the service
        if text[m.start() - 1:m.start()] == "-" and text[m.start() - 4:m.start() - 1] in (
                "Non", "non"):
            taken.append((m.start(), m.end()))
            continue  # "a Major Non-NATO Ally": what a country is not a member of
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
            found.setdefault(full.casefold(), Found(full, m.start(), branch.end()))
            continue
        taken.append((m.start(), m.end()))
        known.append((m.start(), m.end(), name))
        hits[name] = hits.get(name, 0) + 1
        entry = found.setdefault(name, Found(name, m.start(), m.end()))
        if written != name and written not in entry.aliases:
            entry.aliases.append(written)
    return known


_SITE_AFTER = re.compile(r"\s+(?:base|bases|camp|facility|outpost|airfield|compound)\b")
_COALITION_KIND = re.compile(r"\b([Ii]nternational|[Mm]ultinational|[Aa]nti-IS(?:IS)?)\s$")
_MISSION_AGAINST = re.compile(r"(?:\b(?:Counter|Defeat)[\s-]|\bCoalition\s+(?:[Aa]gainst|to\s+"
                              r"(?:Defeat|Counter))\s+(?:the\s+)?)$")


def extract_organizations(doc: Document) -> list[Organization]:
    found: dict[str, Found] = {}
    text = doc.text
    # ("Update The Maritime Security Force (MSF)": a line above can run into the name)
    defined = {short: long.rsplit(" The ", 1)[-1]
               for short, long in (defined_acronyms(text) if "(" in text else {}).items()}
    hits: dict[str, int] = {}  # mentions of each known name not inside a longer name
    bracketed = frozenset(_BRACKETED.findall(text))  # "(RSF)": initials the report defines
    glossary = _glossary_terms(text) if "bbreviations" in text or "lossary" in text or \
        "cronyms" in text else frozenset()
    titles = [(a, b) for a, b in doc.quoted if b - a > 24 and text[a + 1:a + 2].isupper() and
              document_title(text[a:b])]
    long_forms = {long.casefold() for long in defined.values()}
    bare: list[Found] = []  # lower-case bodies with no owner, added last (add_bare_bodies)
    for sent in doc.sentences:
        taken: list[tuple[int, int]] = []
        known = _known_names(text, sent.start, sent.end, defined, found, taken, hits, bracketed,
                             glossary)
        st = sent.text
        for a, b in lower_case_bodies(text, sent.start, sent.end, st):
            if any(s < b and a < e for s, e in taken):
                continue
            taken.append((a, b))
            key = text[a:b].casefold()
            if key not in found:
                found[key] = Found(text[a:b], a, b)
        speaking_bodies(text, sent.start, sent.end, found, taken)
        if "oalition" in st or "ivil defen" in st:
            lower_case_speakers(text, sent.start, sent.end, st, found, taken)
        formal_bodies(text, sent.start, sent.end, st, found, taken)
        if "directorate" in st:
            place_directorates(text, sent.start, sent.end, found, taken)
        if "MOD" in st or "MoD" in st:
            defence_ministry_by_initials(text, sent.start, sent.end, found, taken)
        outlets = described_spans(text, sent.start, sent.end, st)
        bare += bare_bodies(text, sent.start, sent.end, st, taken)
        if "ministry's" in st or "ministry’s" in st:
            bare += statement_owners(text, sent.start, sent.end, taken)
        if "ministry s" in st:  # "a Qatari defence ministry statement"
            national_statement_owners(text, sent.start, sent.end, found, taken)
        for a, b in outlets:
            if any(s < b and a < e for s, e in taken):
                continue
            taken.append((a, b))
            name = text[a:b].rstrip(".")
            found.setdefault(name.casefold(), Found(name, a, a + len(name)))
        numbered_units(text, sent.start, sent.end, st, found, taken)
        lettered_units(text, sent.start, sent.end, st, found, taken)  # "Bravo Battery"
        people_groups(text, sent.start, sent.end, st, found, taken)
        if any(w in st for w in _GROUP_WORDS) if _GROUP_WORDS else GROUP_WORD.search(st):
            named_groups(text, sent.start, sent.end, found, taken)
        # (the words first: a substring test is cheaper than the regex's scan)
        if ("forces" in st or "units" in st or "troops" in st) and FORCES_WORD.search(st):
            regional_forces(text, sent.start, sent.end, found, taken)
        if "Hospital" in st or "Medical" in st or "Clinic" in st:
            speaking_hospitals(text, sent.start, sent.end, found, taken)
        # ('"Statement on the Transition of the Coalition Mission in Iraq"': a document's
        # title, cited; the bodies it names are its subject, not a name to draft)
        taken += [t for t in titles if t[0] < sent.end and sent.start < t[1]]
        if not title_case(st) or ": " in st and _RECORD_FIELDS.search(st):  # (a headline:
            # every word capitalised, no names; not a record's "Group: NOC (Quillon Systems) |")
            generic_bodies(text, sent.start, sent.end, found, taken, known, hits)
        elif defined and "(" in st:  # ... save those it defines initials for: a header's
            # "Originator: Joint Regional Assessment Cell (JRAC)" names the body
            headed: dict[str, Found] = {}
            generic_bodies(text, sent.start, sent.end, headed, taken, known, dict(hits))
            for key, f in headed.items():
                if key in long_forms and key not in found:
                    found[key] = f
    add_bare_bodies(found, bare)
    fold_owned_heads(found)
    forwarded_parties(text, found, hits)  # (a header line the page flags as furniture)
    if "\n" in text:
        letterhead_companies(text, found)
        letterhead_initials(text, found)  # "Juniper Aid Collective | ...", then "JAC staff"
        named_firms(text, found, is_place)  # "Owner/operator: X Air Cargo", "manager, X of Y"
        letterhead_groups(text, found)
        letterhead_committees(text, found)
        known_in_capitals(text, found)  # a log's "ASAYISH REPORT 2X SUSPECTS DETAINED"
        bodies_in_capitals(text, found)  # a record's "PER 386 EMDG", "KUWAITI MOD STATEMENT"
    legal_names(text, found)  # "Northgate Base Services LLC", "Aldermoor Syndicate 2217"
    if "\n" in text:
        letterhead_bodies(text, found)  # "DUNMORE HARBOUR AUTHORITY | NORTH QUAY"
    government_offices(text, found)  # "the Prime Minister's office", "X Representation in Y"
    described_firms(text, found)  # "Tarvan, the national water company, said"
    if "\n" in text:
        table_parties(text, found)  # a "Grantee" or "Contractor" column's bodies
    relief_bodies(text, found)  # "X Relief staff and volunteers", "Chief Executive, X Relief"
    speaking_leagues(text, found)  # "The X Football League said it would ..."
    executive_owners(text, found)  # "said Dana Holt, Quillmark's chief executive"
    ticker_companies(text, found)  # a broker's note: "Fenwick Avionics (FNAV) stays Buy"
    distribution_offices(text, found)  # "Distribution: XYZ-HQ Plans Division; ..."
    embassy_offices(doc, found)  # "the embassy put out a statement", "the RSO"
    addressed_missions(text, found)  # a note's "presents its compliments to the Embassy of"
    for name, count in hits.items():
        if not count and name in found:
            del found[name]  # only ever part of a longer name ("Joint Staff Office")
    spell_out_formations(found)
    merge_country_forces(found)
    fold_bare_services(found)
    for name in [k for k in hits if k in found and k.casefold() != k]:
        twin = found.get(name.casefold())  # ("Operation Aspides" as the table's name and as
        if twin is not None:  # an operation's shape: one body, first written where named)
            entry = found[name]
            if twin.start < entry.start:
                entry.start, entry.end = twin.start, twin.end
            entry.aliases += [a for a in twin.aliases if a not in entry.aliases and a != name]
            del found[name.casefold()]
    if defined:
        _acting_initials(text, defined, found)
        defined_bodies(text, defined, found)  # "Euphrates Health Partnership (EHP)", then "EHP"
    initials = {long.casefold(): short for short, long in defined.items()}
    for f in found.values():  # "Missile Defense Agency (MDA)": the initials are an alias
        short = initials.get(f.name.casefold())
        if short and short not in f.aliases:
            f.aliases.append(short)
    press_office_aliases(text, found)  # "the SDF media centre": the SDF speaking
    court_captions(text, found)  # a filing's court, not its division line
    caption_parties(text, found)  # a decision's "X INSURANCE COMPANY, / Carrier."
    if "Journal" in text or " Log" in text:
        _drop_form_names(text, found)
    if ")(" in text:
        _drop_redacted_units(text, found)
    if "Terrorist" in text:
        _drop_designations(text, found)
    if "Security " in text:
        drop_job_titles(text, found)
    if "Armed Forces" in text:
        drop_service_posts(text, found)
    drop_misread_names(text, found)  # "Rayburn House Office Building", "Two Army officials"
    drop_described_owners(text, found)  # "a British navy office called UKMTO": UKMTO's owner
    drop_layout_names(text, found)  # "Budget    Committee" headers, "119th Congress"
    drop_own_labels(text, found)  # "CLIN 0004, Base Support Services", "told our Forum"
    ordered = sorted(found.values(), key=lambda f: f.start)
    return [
        Organization(id=f"or-{i}", name=f.name, aliases=f.aliases,
                     provenance=Provenance(source="src-1", start=f.start, end=f.end))
        for i, f in enumerate(ordered, 1)
    ]


# A legal designation a body is given, "designated ... as a Foreign Terrorist Organization",
# "a Specially Designated Global Terrorist": what the body is called by law, no body itself.
_DESIGNATION = re.compile(r"(?:Foreign\s+)?Terrorist\s+Organi[sz]ations?|Specially\s+"
                          r"Designated\s+Global\s+Terrorists?")
_ARTICLE_BEFORE = re.compile(r"\b(?:as\s+)?an?\s+$")


def _drop_designations(text: str, found: dict[str, Found]) -> None:
    for key, f in list(found.items()):
        if _DESIGNATION.fullmatch(f.name) and _ARTICLE_BEFORE.search(
                text, max(0, f.start - 8), f.start):
            del found[key]


# A FOIA release's redacted unit: "1st Battalion, (b)(6) Infantry Regiment" names neither the
# regiment (its number withheld) nor which battalion of it, so neither part is a body to brief.
_REDACTED_BEFORE = re.compile(r"\([a-z]\)\(\d{1,2}\)\s*$")
_REDACTED_AFTER = re.compile(r",?\s*\([a-z]\)\(\d{1,2}\)")
_SUBUNITS = ("Battalion", "Company", "Squadron", "Battery", "Platoon", "Troop")


# A form's or a log's name holds words a body's name ends in: "Daily Staff Journal", "Duty
# Officer's Log". A "body" written only as the head of such a name is none.
_FORM_AFTER = re.compile(r"\s+(?:Journal|Log|Logbook)\b")


def _drop_form_names(text: str, found: dict[str, Found]) -> None:
    for key, f in list(found.items()):
        if f.aliases or not _FORM_AFTER.match(text, f.end):
            continue
        name = re.compile(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])")
        if all(_FORM_AFTER.match(text, m.end()) for m in name.finditer(text)):
            del found[key]


def _drop_redacted_units(text: str, found: dict[str, Found]) -> None:
    for key, f in list(found.items()):
        if _REDACTED_BEFORE.search(text, max(0, f.start - 10), f.start) or (
                f.name.endswith(_SUBUNITS) and _REDACTED_AFTER.match(text, f.end)):
            del found[key]
