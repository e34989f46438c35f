"""What kind of source the words naming it are: a named official, an unnamed one, a
spokesperson (an office, command or agency speaking), a document, another outlet or another
source (analysts, monitors, named members of the public).

`classify` reads the words of one sourcing ("three U.S. defense officials", "a memo seen by
Reuters", "the Syrian Observatory"); `person_kind` a named person by their title (in
person_kinds.py); `org_kind` an institution that speaks. Split from attributions.py, which
finds the sourcings in the text.
"""

from __future__ import annotations

import re

from briefdeck.extract.institutions import BODY
from briefdeck.extract.numbers import word_value
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.person_kinds import person_kind

# News outlets cited as the source of a claim ("The Washington Post reported"). State news
# agencies that report a government's claims (KCNA, Xinhua, TASS, IRNA, WAFA) are outlets
# too: the claim is the government's, the words the agency's.
OUTLETS = (
    r"The\s+Washington\s+Post|The\s+New\s+York\s+Times|The\s+Wall\s+Street\s+Journal|"
    r"(?:The\s+)?Associated\s+Press|Reuters|AFP|Agence\s+France-Presse|AP|CNN|Fox\s+News|"
    r"NBC\s+News|ABC\s+News|CBS\s+News|Politico|Al\s+Jazeera|BBC|Axios|Bloomberg|"
    r"The\s+Guardian|Al-Monitor|Defense\s+News|Military\s+Times|Stars\s+and\s+Stripes|"
    r"The\s+Times(?:\s+of\s+Israel)?|Times\s+of\s+Israel|Sky\s+News|Al\s+Arabiya|The\s+Financial\s+Times|"
    r"Financial\s+Times|The\s+Economist|Haaretz|The\s+Jerusalem\s+Post|Middle\s+East\s+Eye|"
    r"Breaking\s+Defense|The\s+War\s+Zone|Defense\s+One|Task\s+&\s+Purpose|Janes|Jane's|"
    r"The\s+Telegraph|The\s+Independent|Le\s+Monde|Der\s+Spiegel|Rudaw|Kurdistan\s*24|"
    r"Shafaq\s+News|Al-Sumaria|The\s+National|Semafor|The\s+Hill|NPR|Voice\s+of\s+America|"
    r"Radio\s+Free\s+Europe(?:/Radio\s+Liberty)?|Deutsche\s+Welle|France\s*24|Kyiv\s+Independent|"
    r"KCNA|Korean\s+Central\s+News\s+Agency|Yonhap|Kyodo|Xinhua|TASS|RIA\s+Novosti|IRNA|"
    r"Tasnim|Anadolu|WAFA|Ukrinform|"
    r"state\s+media|state\s+television|local\s+media|"
    # any country's press by its adjective: "Turkish media", "Lebanese state television"
    r"[A-Z][a-z]+(?:an|ish|ese|i)\s+(?:state\s+)?(?:media|television|news\s+agency)"
)
SOURCE_NOUN = (
    r"officials?|sources?|spokes(?:man|woman|person)|diplomats?|officers?|captain|sergeant|"
    r"lieutenant|colonel|commanders?|aides?|advis[eo]rs?|staffers?|"
    # who carries a party's or the UN's messages, unnamed: "said a U.N. envoy"
    r"envoys?|mediators?|negotiators?|"
    # a cable's word for the officials it talks to: "JAF interlocutors told us"
    r"interlocutors?|"
    # a weapon's crew member heard by an investigation: "The M-LIDS 1 gunner stated"
    r"gunners?|"
    # the unnamed staff who brief a visiting delegation: "briefers said the ship had fired"
    r"briefers|"
    # a staff officer who plans operations, unnamed: "A Central Command planner briefed"
    r"planners?|"
    # a reporter's or an analyst's own informant: "our Asayish contact says" (not a radio's)
    r"contact(?<!radio\scontact)(?<!lost\scontact)(?<!eye\scontact)s?(?=\s+(?:says?|said|told|"
    r"tells|confirm(?:s|ed)|"
    r"reports?|reported)\b|\s*$)|"
    # unnamed members of a parliament: "two lawmakers from the ruling bloc said"
    r"lawmakers?|legislators?|politicians?|executives|"
    # an industry's or a firm's spokesman, unnamed: "one industry representative told us"
    r"(?:(?<=industry\s)|(?<=company\s)|(?<=trade\s))representatives?|"
    r"people\s+familiar\s+with\s+[\w\s.'’-]{3,40}?|person\s+familiar\s+with\s+[\w\s.'’-]{3,40}?"
)
DOCUMENT = (
    r"statement|report|document|memo(?:randum)?|assessment|filing|release|data|figures|statistics|"
    # one number handed on ("a Navy figure shared with lawmakers"), not a person ("a senior
    # Hamas figure")
    r"figure(?=\s+(?:shared|provided|released|given|published|compiled|cited|seen|obtained)\b)|"
    r"fact\s+sheet|estimates?|analysis|survey|polls?|briefing|letter|cable|tally|count|records?|video|post|"
    r"documents|reports|memos|assessments|filings|surveys|letters|cables|notes?|database|"
    r"budget|request|slides?|presentation|testimony|transcript|study|review|audit|dossier|"
    r"matrix|dataset|dashboard|index|"  # "IOM's Displacement Tracking Matrix"
    r"log(?:book)?s?"  # a record kept as things happen: "according to the incident log"
    r"|notifications?|notices?"  # "a DOD notification to Congress"
    r"|calculations?"  # "according to TASS calculations": the outlet's own working
    r"|announcements?"  # "according to the announcement": the notice as published
    # material gathered rather than said: "according to radio intercepts", "satellite imagery"
    r"|intercepts?|recordings?|imagery|footage|logs"
    # what a court holds: "according to the indictment", "the complaint alleges"
    r"|indictments?|affidavits?|complaint|court\s+(?:papers|filings)"
    # the facts both sides of a court-martial agree in writing: "the stipulation of fact"
    r"|stipulations?(?:\s+of\s+(?:fact|expected\s+testimony))?"
    # what a body sent a parliament's committee: "the Department's written evidence"
    r"|written\s+(?:evidence|submissions?|answers?)"
)
# Watchdogs, monitors and the UN count their own tolls: neither a party's officials nor the
# press ("the Syrian Observatory for Human Rights said", "a war monitor"). An aid agency telling
# what it does (MSF, the Red Cross, UNICEF) is that agency speaking: a spokesperson.
MONITOR_RE = re.compile(
    r"\b(?:[Oo]bservatory|[Mm]onitor(?:ing\s+group)?|Watch|Tracker|Amnesty|"
    r"United\s+Nations|U\.N\.|UN|ACLED|SOHR|Airwars|[Ww]atchdog|[Rr]ights\s+group|Human\s+Rights)\b"
)
# A document seen by the reporter: "a note seen by", "an assessment obtained by".
SEEN_BY = re.compile(r"\b(?:seen|reviewed|obtained|viewed|released|published|issued|prepared|"
                      r"compiled)\s+by\b|\bshared\s+with\b|\bprovided\s+to\b")


_OUTLET_ONLY = re.compile(rf"^(?:{OUTLETS})$")
# The region's state agencies and channels, by the bare names the press cites them by ("per
# INA", "according to Al Mayadeen"): outlets when they are the whole source.
REGIONAL_PRESS = re.compile(r"^(?:Al[\s-]Mayadeen|Al[\s-]Masirah|SANA|INA|Petra|KUNA|QNA|WAM|"
                            r"BNA|NNA|Baghdad\s+Today)$")
_REGIONAL_PRESS = REGIONAL_PRESS
# "Xinhua news agency", "KCNA news agency": a named outlet with what it is after it.
_AGENCY_NAMED = re.compile(rf"^(?:{OUTLETS})\s+(?:news\s+agency|agency|newspaper|"
                           r"broadcaster|channel)$")
OUTLET_IN = re.compile(rf"(?<![\w-])(?:{OUTLETS})(?![\w-])")
# A UN body speaking for itself ("the UN migration agency", "the UN peacekeeping force") is
# a spokesperson; the UN's counts of the dead make it a monitor.
# ("the UN Support Mission in Libya", "UN Interim Force": a mission's own name, capitalised)
# ... as does the UN named alone: "according to the United Nations" (a count it names is its
# figures, a document; a monitor's "UN-backed" name stays a monitor)
_UN_ALONE = re.compile(r"^(?:[Tt]he\s+)?(?:United\s+Nations|UN|U\.N\.)$")
_UN_BODY = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:[A-Za-z-]+\s+){0,2}(?i:agency|"
                      r"agencies|force|mission|office|envoy|peacekeep\w*|secretary|spokes\w+|"
                      # "the Office of the United Nations High Commissioner for Human Rights"
                      r"high\s+commissioner)\b")


# The UN's sanctions experts and investigators speak through their reports.
_UN_EXPERTS = re.compile(r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:[\w-]+\s+)?(?:experts|"
                         r"investigators)|(?:[Pp]anel|[Gg]roup)\s+of\s+[Ee]xperts)\b")


_PLURAL_SOURCE = re.compile(r"\b(?:officials|sources|diplomats|officers|people|contacts|"
                            r"spokes\w+s)\b", re.I)


def singular(noun: str) -> str:
    """The singular: 'officials' -> 'official', 'witnesses' -> 'witness'."""
    noun = " ".join(noun.split())
    if noun.endswith(("sses", "shes", "ches")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _year(word: str) -> bool:
    """'2026' in "the 2026 budget law": a year, never how many sources there are."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def count_of(who: str) -> int | None:
    first = who.split()[0].lower()
    if first in ("a", "an", "one", "another"):
        return 1
    if first.isdigit():
        return None if _year(first) else int(first)
    if first == "the" and len(who.split()) > 1:
        second = who.split()[1].lower()
        value = None if _year(second) else word_value(second)
        if value is not None:  # "the two officials"
            return int(value)
        return None if _PLURAL_SOURCE.search(who) else 1  # "the official" is one
    if first in ("the", "several", "multiple", "other"):
        return None
    if first in ("our", "my") and len(who.split()) > 1:  # "our contact": one, "our sources"
        return None if _PLURAL_SOURCE.search(who) else 1
    if who.endswith(" contact") or who == "contact":  # "police contact told him": one
        return 1
    value = word_value(first)
    if value is None and _BARE_ONE.match(who.strip()):
        return 1  # "Security source told X": a feed's or a headline's "a" dropped
    return int(value) if value is not None else None


# One unnamed source set without its article: "Security source", "Iraqi military official".
_BARE_ONE = re.compile(r"[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:source|official|officer|"
                       r"diplomat)$")


# Numbers a party's own institution gives out: "Navy figures", "Defence Ministry data",
# "figures provided by the army" (not "the SDF's own figures", a count it keeps itself).
_INSTITUTION_WORD = (r"Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Pentagon|Ministry|"
                     r"Command|[Mm]ilitary|[Mm]inistry|[Pp]olice|[Gg]overnment|[Aa]rmy|[Nn]avy")
_OFFICIAL_FIGURES = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}(?:{_INSTITUTION_WORD})\s+(?:figures|data|"
    # ("Pentagon figures released last year")
    rf"statistics|numbers)(?:\s+(?:released|published|issued|provided|given)\b.{{0,40}})?$|^(?:figures|data|statistics|numbers)\s+(?:provided|released|"
    rf"published|given|issued|announced)\s+by\s+the\s+(?:[A-Z][\w.-]*\s+){{0,2}}"
    # ("figures provided by the Pentagon in January", "... announced by the Pentagon last year")
    rf"(?:{_INSTITUTION_WORD})(?:\s+(?:in|on|last|this|earlier)\b[\w\s]{{0,20}})?$"
    # "the Pentagon's latest count": the body's own running count, given out
    rf"|^(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}(?:{_INSTITUTION_WORD})(?:'s|’s)\s+"
    rf"(?:(?:latest|last|updated|official|initial)\s+)?(?:count|tally|figures)$"
    # "figures the General Command released in April": the body gave them out itself
    rf"|^(?:figures|data|statistics|numbers)\s+(?:that\s+)?the\s+(?:[A-Z][\w.-]*\s+){{0,2}}"
    rf"(?:{_INSTITUTION_WORD})\s+(?:released|published|gave|issued|provided)(?:\s+[\w\s]{{0,30}})?$"
    # "a tally kept by the Pentagon": the body's own running count
    rf"|^(?:an?|the)\s+(?:[a-z]+\s+)?(?:tally|count|list)\s+(?:kept|compiled|maintained)\s+by\s+"
    rf"the\s+(?:[A-Z][\w.-]*\s+){{0,2}}(?:{_INSTITUTION_WORD})$"
)


# ... but a health ministry's figures are its record of the dead and wounded, kept from the
# hospitals' returns: a document ("according to Health Ministry figures").
HEALTH_RECORD = re.compile(r"\b(?:[Hh]ealth\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:Public\s+)?"
                            r"[Hh]ealth)\b")


# (compiled once: classify runs for every candidate source)
_OWNER_WORDS = re.compile(r"^(?:[Tt]he\s+)?(?:(?:official|state|state-run|state-owned|"
                          r"government-run|pro-government)\s+)*")
# What a body puts out in its own name speaks for it as a statement does: "a CENTCOM press
# release", "the embassy's security alert", "a ministry readout".
_STATEMENT_NOUN = re.compile(r"\b(?:statements?|(?:press\s+)?releases?|readouts?|communiqu[eé]s?|"
                             r"(?:security\s+)?alerts?)\b")
# A body of data at the head of the words naming a source: what speaks is the data.
_COMPILED_HEAD = re.compile(r"(?:an?|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:dataset|"
                            r"database|data\s+set|tally|tracker|count)\b")
# the document a source kept, named before its keepers: "a count by local officials"
_COMPILED_BY = re.compile(r"\b(?:tally|count|estimates?|figures|data|records|database|dataset)"
                          r"\s+(?:by|from|of|compiled\s+by|kept\s+by)\s+")
_ANONYMOUS = re.compile(r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)\b")
_PUBLIC = re.compile(r"\b(?:residents?|witness(?:es)?|villagers?|relatives?|neighbou?rs?|"
                     r"survivors?|farmers?|shopkeepers?|brokers?|traders?)\b")
# A name the text first describes as the press: "the state news agency X", "the daily Y".
_PRESS_DESCRIBED = re.compile(r"^(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?i:news\s+agency|"
                              r"newspaper|broadcaster|daily|news\s+(?:site|website))\s+[A-Z]")
_DOCUMENT_NOUN = re.compile(rf"\b(?:{DOCUMENT})\b")
_QUOTED_IN_PRESS = re.compile(r"^(?:[\w.'’-]+\s+){0,5}?(?:officials?|sources?|diplomats?|"
                              r"officers?|commanders?|aides?)\s+(?:quoted|cited)\s+(?:in|by)\b")
# A title with its year: a yearbook or an annual report ("The Military Balance 2026").
_YEARBOOK = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w-]*){0,4}"
                       r"\s+(?:19|20)\d{2}$")
_SOURCE_NOUN_RE = re.compile(rf"\b(?:{SOURCE_NOUN})\b")
_ADMINISTRATORS = re.compile(r"\badministrators?\b")
# "official" as the adjective of a paper, not a person: "official figures", "official data".
_OFFICIAL_PAPER = re.compile(rf"\bofficial\s+(?=(?:{DOCUMENT})\b)")
# The one holder of a named command's top post, unnamed ("The NAVCENT commander said"):
# the command speaking through its head, as a spokesperson does (not an anonymous officer).
_ONE_HOLDER = re.compile(r"[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:commander|commandant|"
                         r"superintendent)$")
# Reports with no owner, at the head of a sentence ("First reports spoke of one hurt"): the
# press's first word, not a body's.
UNOWNED_REPORTS = re.compile(r"(?i:first|early|initial|earlier)\s+reports(?:\Z|$)")
_CAPITAL_NAME = re.compile(r"(?:the\s+)?[A-Z]")
_THE = re.compile(r"^[Tt]he\s+")


def classify(who: str, people: PeopleIndex, start: int = -1) -> tuple[str, int | None]:
    """(kind, count) for the words naming a source; start locates them for person lookup."""
    low = who.lower()
    person = people.mention_at(start, start + len(who)) if start >= 0 else None
    if person:
        return person_kind(person[2], people), 1
    if "anonym" in low and _ANONYMOUS.search(low) and not _PUBLIC.search(low):
        # "an Army budget analyst who spoke on condition of anonymity": whatever the post,
        # an unnamed insider
        return "anonymous official", count_of(who)
    if ("quoted" in low or "cited" in low) and _QUOTED_IN_PRESS.match(low):
        # "a U.S. official quoted in press reports": the official is the source, the press
        # only carried the words
        return "anonymous official", count_of(who)
    if who.strip() in _OFFICE_SHORTHAND:
        return "named official", 1
    if _PRESS_DESCRIBED.match(who.strip()):  # "the state news agency Petra": the press
        return "other outlet", 1
    # ("the official Korean Central News Agency": an outlet, whatever its owner)
    bare = _OWNER_WORDS.sub("", who.strip())
    if _REGIONAL_PRESS.match(bare):  # "per INA": one agency, named
        return "other outlet", 1
    if _OUTLET_ONLY.match(who.strip()) or (bare[:1].isupper() and (
            _OUTLET_SHAPE.search(bare) or _AGENCY_NAMED.match(bare))) \
            or PRESS_REPORTS.search(who.strip()):
        return "other outlet", None
    if _OUTLET_FEATURE.match(bare):  # "the X News Fleet Tracker": one thing an outlet runs
        return "other outlet", 1
    if "spokes" in low:
        return "spokesperson", count_of(who) or 1
    if _ONE_HOLDER.match(who.strip()):  # "the NAVCENT commander": the office speaks
        return "spokesperson", 1
    if UNOWNED_REPORTS.match(who.strip()):  # "First reports spoke of": the press, unnamed
        return "other outlet", None
    if "statement" in low and _COMPILED_HEAD.match(low):  # "a dataset compiled by the
        return "document", 1  # authors from ministry statements": the dataset speaks
    if ("statement" in low or "rele" in low or "readout" in low or "communiq" in low or
            "alert" in low) and _STATEMENT_NOUN.search(low):
        return "spokesperson", 1
    document = _DOCUMENT_NOUN.search(low)
    if document and _OFFICIAL_FIGURES.search(who) and not HEALTH_RECORD.search(who):
        return "document", 1  # "Navy figures", "a tally kept by the Pentagon": its record
    if document and SEEN_BY.search(who):
        return "document", 1  # "a note seen by the Institute": the reporter read it
    if document and OUTLET_IN.search(who):
        return "other outlet", 1  # "a tally by AFP", "a Reuters count": the outlet's own work
    compiled = _COMPILED_BY.search(who) if document and "by " in who else None
    if compiled and _PRESS_DESCRIBED.match(who[compiled.end():]):
        return "other outlet", 1  # "a count by the state news agency Petra": the same
    if document and "official " in low and _OFFICIAL_PAPER.search(low) and \
            not _SOURCE_NOUN_RE.search(_OFFICIAL_PAPER.sub(" ", low)):
        return "document", 1  # "according to official figures": the figures, no official
    if _SOURCE_NOUN_RE.search(low) or "administrator" in low and _ADMINISTRATORS.search(low):
        # ("according to camp administrators": the people who run it, unnamed officials)
        compiled = _COMPILED_BY.search(who) if document else None
        if compiled:  # "a tally by U.S. officials": the officials' own number, untold
            who = who[compiled.end():]
        return "anonymous official", count_of(who.replace("one of the", "one"))
    if document:  # "United Nations figures", "a tally by the Syria Conflict Tracker"
        return "document", count_of(who)
    if _UN_EXPERTS.search(who):  # "according to UN experts": their panel's report
        return "document", 1
    if MONITOR_RE.search(who) and not _UN_BODY.search(who) and not _UN_ALONE.match(who.strip()):
        return "other", 1
    if _YEARBOOK.match(who.strip()):  # "The Military Balance 2026": a publication, by title
        return "document", 1
    if _CAPITAL_NAME.match(who.strip()) or _BODY_WORD.search(low) or _CLAIM_OF.match(who):
        return "spokesperson", 1  # "the military", "local authorities", "the hospital"
    return "other", count_of(who)


# A body named by what it is speaks for itself, as a proper name does.
# (and a town's or a province's own service: "the local health committee", "the village
# council", as "local authorities")
# (an airport speaks through its operator: "flights resumed, per the airport")
_BODY_WORD = re.compile(rf"\b(?:{BODY}|staff|hospital|clinic|medical\s+cent(?:er|re)|airport|"
                        rf"municipality|(?:health|local|municipal|village|town|city|district|"
                        rf"provincial)\s+(?:health\s+)?(?:committee|council|directorate|"
                        rf"department|office))\b")
# A party's own account, named by what it is: "the claim of the Front", "the account of the
# command"; a mission or task force named by its noun alone: "according to the mission".
_CLAIM_OF = re.compile(r"(?:[Tt]he\s+)?(?:claims?|account|version)\s+of\s+(?:the\s+)?(?:[A-Z]|"
                       r"(?:[a-z]+\s+)?(?:command|ministry|military|army|militia|group)\b)"
                       r"|[Tt]he\s+(?:[a-z]+\s+)?(?:mission|task\s+force|detachment|contingent)$"
                       # what a named body passed on: "initial information from the X Centre"
                       # ("information gathered by the Office of X")
                       r"|(?:[a-z]+\s+){0,2}information\s+(?:from|(?:gathered|collected|"
                       r"compiled|received)\s+by)\s+(?:the\s+)?[A-Z]")
# The press, unnamed: "Hebrew media reports", "local press accounts", "Iranian media".
PRESS_REPORTS = re.compile(r"(?i)\b(?:media|press|news)\s+(?:reports?|reporting|accounts?)\b|"
                           r"^(?:the\s+)?(?:(?!social\b)[\w-]+\s+){0,2}?(?:media|press)$")


# A firm that studies events for clients speaks as an outside analyst, not for a party:
# "according to maritime security firm X", and "X said" later.
_ANALYST_FIRM = r"(?:security|intelligence|risk|analytics|consultancy|consulting|research)"
_ANALYST_FIRM_RE = re.compile(rf"\b{_ANALYST_FIRM}\s+(?:firm|company|consultancy|group)\b", re.I)


_FIRM_NAMED = re.compile(rf"\b(?i:{_ANALYST_FIRM}\s+(?:firm|company|consultancy))\s+"
                         rf"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})")


def firm_names(text: str) -> set[str]:
    """Names the text gives analyst firms ("security firm Ambrey"), read once per article."""
    return {m.group("name") for m in _FIRM_NAMED.finditer(text)} if "firm" in text or \
        "compan" in text or "consultanc" in text else set()


# The maritime risk firms shipping reports cite by name alone ("Ambrey first reported"): firms
# that advise clients, whatever the text calls them.
_KNOWN_RISK_FIRMS = re.compile(r"(?:Ambrey|Dryad\s+Global|EOS\s+Risk(?:\s+Group)?|Vanguard\s+Tech|"
                               r"Diaplous|Control\s+Risks|Risk\s+Intelligence)(?:\s+(?:Risk|"
                               r"Intelligence|Analytics|Group))?$")


def analyst_firm(who: str, firms: set[str]) -> bool:
    name = _THE.sub("", who.strip())
    return _ANALYST_FIRM_RE.search(who) is not None or name in firms or \
        _KNOWN_RISK_FIRMS.match(name) is not None


# A name shaped like a newspaper or a channel: "the Kyiv Post", "Israel's Channel 12".
_OUTLET_SHAPE = re.compile(
    r"\b(?:Post|Times|Journal|News|Herald|Gazette|Telegraph|Tribune|Daily|Radio|TV|Television|"
    r"Magazine|Chronicle|Inquirer|Express|Mail|Mirror|Standard|Today|Channel\s+\d{1,3}|"
    r"Advertiser|Press|"  # ("North Press reported": an agency known by its short name)
    r"(?:News|Press)\s+Agency)$"  # "Iraqi News Agency", "Saudi Press Agency"
    # with its initials or its name after it: "the National News Agency (NNA)", "the state
    # news agency WAM", "the Jordan News Agency, Petra"
    r"|\b(?i:news|press)\s+(?i:agency)(?:,?\s+[A-Z][\w-]*)?(?:\s+\([A-Z]{2,6}\))?$"
)


# The office holders a pool report names by their office's shorthand: one known person each.
# (a court's own papers write "the Court" for the judge presiding: "The Court stated on the
# record" is the judge speaking)
_OFFICE_SHORTHAND = frozenset(("POTUS", "VPOTUS", "SecDef", "SECDEF", "SecState",
                               "SECSTATE", "Court"))


def org_kind(who: str) -> str:
    """An institution speaking: an outlet, a monitor or a party's spokesperson."""
    name = _THE.sub("", who.strip())
    if name in _OFFICE_SHORTHAND:
        return "named official"  # "POTUS said": the President, by name in all but letters
    if _OUTLET_ONLY.match(who.strip()) or _OUTLET_ONLY.match(name) or \
            _OUTLET_SHAPE.search(name) or REGIONAL_PRESS.match(name):
        return "other outlet"  # ("Al Masirah reported": the channel, not the party)
    return "other" if MONITOR_RE.search(who) and not _UN_BODY.search(who) and \
        not _UN_ALONE.match(name) else "spokesperson"
# A regular feature an outlet runs, named after it: "the X News Fleet Tracker", "the Y Times
# Poll".
_OUTLET_FEATURE = re.compile(r"(?:[A-Z][\w.-]*\s+){1,3}(?:News|Post|Times|Journal|Herald|Gazette|"
                             r"Telegraph|Tribune)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
