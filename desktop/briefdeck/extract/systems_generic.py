"""Systems not in the named table, recognised by how reports write them.

The shapes: a model designator with its block or variant ("B-1", "MQ-9", "SM-3 Block IIA"),
a well-known programme name ("CAMM", "Storm Shadow"), a defence programme named "... System"
or "... Capability" ("Guam Defense System"), a capitalised name before an equipment noun ("the
Sky Sabre air defence system", "Samad drones", a "Zulfiqar" missile in quotation marks), a
named ship ("the Liberian-flagged Marlin Star", "the tanker Sea Crest", "the Chinese carrier
Liaoning") and a ship known by its hull number ("China Coast Guard vessel 5303"). Only used
where the named table in systems.py found nothing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.system_programmes import _DESIGNATOR, _PREFIX_CATEGORY, PROGRAMMES
from briefdeck.extract.system_unit_codes import crew_or_spot_code

# Words that open a sentence or a clause, never a programme's name.
_NOT_NAME_HEAD = (r"(?:The|A|An|Its|Their|His|Her|Our|This|That|These|Those|Both|And|But|Or|"
                  r"Under|With|For|From|In|On|At|After|Before|When|While|If|As|By|New|Army|"
                  r"Navy|Air\s+Force|Marine|Space\s+Force)\b")
# Equipment nouns after a capitalised name, with the category they give.
_NOUNS: list[tuple[str, str]] = [
    ("air defence", r"air[- ]defen[cs]e(?:\s+(?:missile\s+)?(?:systems?|batter(?:y|ies)|"
                    r"missiles?|units?))?|surface-to-air\s+missiles?|interceptors?"),
    ("radar", r"radars?"),
    # a beam weapon by its make: "Silent Hunter laser systems"
    ("directed energy", r"laser\s+(?:systems?|weapons?)"),
    # a beam weapon by its make: "two Leonidas high-power microwave prototypes"
    ("directed energy", r"high[- ]power(?:ed)?\s+microwave"
                        r"(?:\s+(?:weapons?|systems?|prototypes?))?"),
    # counter-drone kit named by its make: "a Dronebuster handheld jammer", "the Bukovel
    # jamming system", "SkyWall anti-drone guns"
    ("electronic warfare", r"jammers?|jamming\s+(?:systems?|guns?|devices?|stations?)|"
                           r"(?:counter|anti)-drone\s+(?:guns?|rifles?|jammers?)"),
    ("anti-ship missile", r"anti-ship\s+(?:ballistic\s+|cruise\s+)?missiles?"),
    ("ballistic missile", r"ballistic\s+missiles?"),
    ("cruise missile", r"cruise\s+missiles?"),
    ("missile", r"missiles?"),
    ("drone", r"(?:attack\s+|suicide\s+|kamikaze\s+)?drones?|UAVs?"),
    ("aircraft", r"(?:fighter\s+)?jets?|fighter\s+aircraft|aircraft|bombers?|"
                 r"gunships?"),
    ("helicopter", r"helicopters?"),
    ("rocket", r"rockets?|rocket\s+launchers?"),
    ("artillery", r"howitzers?|launchers?"),
    ("bomb", r"bombs"),  # "Paveway IV bombs" (a bare "X bomb" is often an attack's name)
    ("vehicle", r"bulldozers?"),  # the armoured bulldozers of raids in the West Bank
    # a gun named by its make: "the M61A1 cannon", "Vulcan cannons"
    ("gun", r"cannons?"),
    # (one tank by its make, "a Merkava tank", not a store: "Fuel tank", "Think tank")
    ("vehicle", "".join(rf"(?<!{w}\s)" for w in "Fuel Water Oil Gas Think Septic Storage".split())
                + r"tank(?![\w-]|\s+(?:landing|farms?|crews?|units?|battalions?|brigades?|"
                  r"regiments?|commanders?|drivers?|rounds?|shells?|fire)\b)"),
    ("vehicle", r"tanks|armou?red\s+(?:vehicles?|personnel\s+carriers?)|"
                r"infantry\s+fighting\s+vehicles?"),
]
# Capitalised words that are never a system's name: nations, parties, sentence openers.
_NOT_NAME = (
    # wire slugs ("EXCLUSIVE-", "UPDATE 2-") and countries' initials ("US interceptor shots")
    r"(?:EXCLUSIVE|UPDATE|BREAKING|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|REFILE|CORRECTED|"
    r"US|USA|UK|EU|UN|SOF|GPS|GNSS|"  # (special operations forces: "a SOF raid")
    r"The|A|An|Its|Their|With|Without|For|From|In|On|At|After|Before|When|While|If|As|But|"
    r"And|Or|Unlike|Like|Against|By|Of|To|Into|Than|Then|So|Yet|Only|Even|Also|His|Her|Our|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|"
    r"Hundreds|Dozens|Every|Each|Any|Several|Many|Some|Enemy|Allied|Western|"
    # qualifiers of a count opening a sentence: "About 40 rockets", "Nearly 30 drones"
    r"About|Around|Nearly|Almost|Roughly|Approximately|Over|Under|Up|Just|Least|Another|"
    r"Soviet|Houthi|Houthis|Hezbollah|Hamas|Coalition|NATO|Navy|Army|Air|Force|Military|Iraq|"
    r"Iran|Syria|Yemen|Israel|Russia|Ukraine|China|Turkey|Jordan|Saudi|Gaza|Red|Black|"
    # regions and seas, whose weapons or specialists they are, not which: "Gulf air defences"
    r"Gulf|Arab|Baltic|Pacific|Atlantic|Arctic|Mediterranean|Caribbean|"
    r"Ballistic|Cruise|Attack|Armed|Unmanned|Explosive|Guided|Anti|Combat|Fighter|Such|These|"
    r"Those|Other|More|No|New|Older|Modern|Advanced|Western-made|Cheap|Long|Short|Medium|"
    r"Hostile|Incoming|Both|All|Most|Further|Additional|Two-|Monday|Tuesday|Wednesday|"
    # what kind of weapon, not which: "Unidentified drones", "Small commercial drones"
    r"Multiple|Numerous|Various|Countless|Repeated|Successive|Separate|Simultaneous|Initial|"
    r"Unidentified|Unknown|Suspected|Suspicious|Mysterious|Commercial|Civilian|Small|Large|"
    r"Heavy|Light|Low-flying|Unmarked|Foreign|Local|Rogue|Military-grade|Homemade|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|[A-Z][a-z]+(?:ian|ish|ese|ean|ani|i|stan)|"
    # a month as trackers and cables shorten it: "the 9 Nov drone attack"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    # nations in "-an" by name: a bare "-an" ending is also "Burkan" or "Toufan" rockets
    r"American|Mexican|German|Afghan|Cuban|Moroccan|Libyan|Venezuelan|Japan|Taiwan|Sudan|"
    r"French|Dutch|Czech|Greek|Thai|Swiss|"
    r"Oman|Azerbaijan|Bhutan|"
    # the last word of a site's name: "the Erbil Air Base drone attack" says where, not which
    r"Base|Airbase|Airfield|Airport|Camp)\b(?!-\d)"
)
# The name a designator is known by, when running text goes on after it: "B-1B Lancer
# bombers", "GBU-39 Small Diameter Bombs" (not a title-case headline: "F-16 Jets Arrive").
_NICK_NOT = (r"(?:The|A|An|And|Or|But|In|On|At|To|From|For|With|By|Of|As|Into|After|Before|"
             r"When|While|Air|Base|Airbase|Airfield|Camp|Monday|Tuesday|Wednesday|Thursday|"
             r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
             r"September|October|November|December|[A-Z][a-z]+(?:ian|ish|ese|ean|stan))\b")
_NICK = (rf"(?P<nick>(?:[^\S\t]+(?!{_NICK_NOT})[A-Z][a-z]+){{1,4}}"
         r"(?=[^\S\t]*[,.;:)]|[^\S\t]+[a-z]))?")
# "the Palestine-2 hypersonic ballistic missile": what kind, between the name and the noun.
_ADJECTIVES = (r"(?:hypersonic|supersonic|subsonic|long-range|short-range|medium-range|"
               r"precision-guided|guided|solid-fuel(?:led|ed)?|liquid-fuel(?:led|ed)?|upgraded|"
               r"new|naval|mobile|advanced|decoy|kamikaze|loitering|reconnaissance|kinetic|"
               r"surveillance|heavy|light|unguided|self-propelled|towed|wheeled|tracked|"
               r"armou?red|stealth|strategic|handheld|hand-held|portable|man-portable|"
               r"vehicle-mounted|truck-mounted|"
               # a compound adjective: "Burkan heavy-warhead rockets", "Zelzal long-range"
               r"[a-z]{3,}-[a-z]{3,})")
# ("AN/TPY-2 radar": the US joint designation keeps its "AN/")
# (a unit's designator is no make: "CVW-1 aircraft" are a carrier air wing's, "VFA-32 jets" a
# squadron's)
# (a count written in capitals for stress, "says TWO drones", is no make either)
_CAP_NAME = (rf"(?!{_NOT_NAME})(?!(?:CVW|VFA|VMFA|VAQ|HSC|HSM|CTF|MEU)-\d)"
             r"(?!(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|TWENTY|"
             r"DOZENS|HUNDREDS|SEVERAL|MULTIPLE|NO|ALL|BOTH|MORE|FEWER)\b)"
             r"(?:AN/)?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
             r"(?:[^\S\t]+[A-Z0-9][A-Za-z0-9-]*)?")
# (a number may end a ship's name, "Unaizah May 3", unless it is a distance, a weight or a day)
_SHIP_NAME = (
    r"(?!(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|"
    r"Off|Near|Was|Which|That|Carrying|Sailing)\b)[A-Z][A-Za-z0-9'’-]*"
    r"(?:\s+(?!(?:In|On|At|Off|Near|Was|Which|That|And|Or)\b)[A-Z][A-Za-z0-9'’-]*){0,2}"
    r"(?:\s\d{1,3}(?![\d,.:]|\s*(?:%|km|kilomet|mi|miles?|nautical|met(?:er|re)s?|tons?|"
    r"tonnes?|feet|knots|GMT|UTC|a\.m|p\.m|[A-Z][a-z]{2})\b))?"
)
_SHIP_NOUN = (
    r"(?:(?:oil|crude|chemical|products?|LPG|LNG|gas|fuel)\s+)?(?:tanker|bulk\s+carrier|"
    r"cargo\s+ship|container\s+ship|merchant\s+(?:ship|vessel)|commercial\s+(?:ship|vessel)|"
    r"vessel|freighter|bulker|destroyer|frigate|cruiser|corvette|patrol\s+ship|"
    r"(?:(?:re)?supply|patrol|fishing|rescue|research|survey|landing)\s+(?:boat|ship|vessel|craft)|"
    r"cutter|trawler|dhow|tugboat|submarine|minesweeper|icebreaker|aircraft\s+carrier|"
    r"amphibious\s+(?:assault\s+)?ship)"
)
# "the Chinese carrier Liaoning", "the Russian frigate Admiral Gorshkov": whose ship it is,
# between "the" and the noun (a bare "carrier" is a ship only with a navy's nation before it).
_NATION = r"(?:[A-Z][a-z]+(?:ese|ian|ish|an|i|ch)|U\.S\.|US|UK)"
# "China Coast Guard vessel 5303", "frigate 572": a ship known by its hull number.
_HULL = (r"(?P<hull>(?:[A-Z][\w-]*\s+){0,3}(?:vessel|ship|cutter|boat|frigate|destroyer|"
         r"corvette|submarine)\s+(?:No\.\s*)?(?!(?:19|20)\d\d\b)\d{3,5})"
         r"(?![\d,.]\d|\s*(?:%|km|kilomet|miles?|nautical|nm|m|met(?:er|re)s?|yards?|tons?|"
         r"tonnes?|feet|ft|knots|hours?|minutes?|days?|people|crew|sailors|passengers)\b)\b")
# A ship or tank class by its "Type" number: China's three-digit ones ("Type 052D destroyers",
# "a Type 093 submarine") on their own, others with the noun ("Type 45 destroyer").
_TYPE_NOUN = (r"(?:destroyer|frigate|corvette|submarine|cruiser|aircraft\s+carrier|carrier|"
              r"landing\s+(?:ship|dock)|assault\s+ship|tank)")
_TYPE = (rf"(?P<typ>Type\s+(?:0\d{{2}}[A-Z]{{0,2}}\b|\d{{2,3}}[A-Z]?(?=\s+{_TYPE_NOUN}s?\b)))"
         rf"(?:\s+(?P<typnoun>{_TYPE_NOUN})s?\b)?")
# A maker's brand in capitals before the kit it names ("18 SKYWARDEN systems", "vehicle-mounted
# SKYWARDEN-M units", "SKYWARDEN integrated counter-drone systems"): six letters or more, so
# not an acronym of a class ("C-UAS", "SHORAD", "MANPADS" are named apart).
_BRAND = (r"(?P<brand>(?!(?:MANPADS|SHORAD|VSHORAD|CENTCOM|AFRICOM|EUCOM|INDOPACOM|NORTHCOM|"
          r"SOUTHCOM|SOCOM|USSOCOM|NAVCENT|AFCENT|ARCENT|MARCENT|SOCCENT|UPDATE|BREAKING|"
          r"EXCLUSIVE|ANALYSIS|FACTBOX|REFILE|CORRECTED|UNCLASSIFIED|SECRET|RESTRICTED)\b)"
          r"[A-Z][A-Z0-9]{5,}(?:-[A-Z0-9]{1,3})?)"
          r"(?=[^\S\t]+(?:[a-z][a-z-]*[^\S\t]+){0,3}?(?:systems?|units?|launchers?|"
          r"interceptors?|radars?)\b)")
# Programme names: a capitalised name ending in "System" or "Capability" with a word of air
# and missile defence or fires in it ("Guam Defense System", "Aegis Guam System", "Indirect
# Fire Protection Capability"); "Global Positioning System" or "Federal Reserve System" are not.
_DEFENCE_WORD = (r"(?:Defen[cs]e|Missile|Fire|Fires|Combat|Weapons?|Strike|Aegis|Radar|"
                 r"Interceptor|Sensor|Battle|Artillery|Rocket|Counter-\w+)")
_PROGRAMME_NAME = (rf"(?P<sysname>(?:(?!{_NOT_NAME_HEAD})[A-Z][\w-]*\s+(?:and\s+)?){{0,5}}?"
                   rf"{_DEFENCE_WORD}\s+(?:[A-Z][\w-]*\s+){{0,3}}?(?:System|Capability))\b")

# A class of weapon opening a sentence, capitalised only for that ("Drone struck the base",
# "Rockets hit the airport"): the table's lower-case "drones" and "rockets", in its shapes
# ("Drone strikes" is the attack's name; "Drone Wars UK" a name of its own).
_CLASS_OPENER = (r"(?P<opener>(?:Drones?|Rockets)\b(?!\s+strikes?\b)|Rocket(?=\s+attacks?\b))"
                 r"(?![^\S\n]+[A-Z][a-z])")
_OPENER_CLASS = {"D": ("drones", "drone"), "R": ("rockets", "rocket")}


def _generic_source(nouned: bool) -> str:
    """GENERIC_RE's source; without `nouned`, its capitalised-name-and-noun shape never
    matches (the same groups, so a match reads the same)."""
    never = "" if nouned else "(?!)"
    return (  # all but one shape start with a capital: test that first
    rf"\b(?:(?=[A-Z])(?:{_DESIGNATOR}{_NICK}"
    rf"|(?P<prog>{'|'.join(f'(?:{p})' for _, _, p in PROGRAMMES)})\b"
    rf"|{_TYPE}|{_BRAND}|{_CLASS_OPENER}"
    rf"|(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+-(?:flagged|owned|operated|registered|managed)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{_SHIP_NOUN}|ship)\s+)?(?:the\s+)?(?P<ship1>{_SHIP_NAME})"
    # (a name and its noun never straddle a table cell: "Camp Lima<tab>rocket attack")
    rf"|{never}(?<![-/])(?P<cap>{_CAP_NAME})(?P<quoted>[\"”])?[^\S\t]+(?:{_ADJECTIVES}\s+){{0,2}}"
    rf"(?P<noun>{'|'.join(f'(?:{p})' for _, p in _NOUNS)})\b)"
    # ("the RNO vessel Al Rahmani": the navy's initials; "the tanker, Sea Lantern, ...")
    rf"|(?<=\b[Tt]he\s)(?:(?:(?:{_NATION}|[A-Z]{{2,5}})\s+)?(?:guided-missile\s+)?{_SHIP_NOUN}|"
    rf"{_NATION}\s+carrier)(?:\s+|,\s(?={_SHIP_NAME},))(?P<ship2>{_SHIP_NAME})"
    r")"
    )


GENERIC_RE = re.compile(_generic_source(True))
# The capitalised-name shape ends on one of _NOUNS, each holding one of these words: in a
# sentence with none of them (a bisect, see word_positions) it cannot match, and the regex
# without it, trying fewer shapes at each capital, finds the same.
NOUN_WORDS = ("air", "interceptor", "radar", "laser", "high", "jam", "drone", "missile", "UAV",
              "jet", "aircraft", "bomber", "gunship", "helicopter", "rocket", "howitzer",
              "launcher", "bombs", "bulldozer", "cannon", "tank", "armo", "vehicle")
_UNNOUNED_RE = re.compile(_generic_source(False))
# Two rarer shapes, each tried only in sentences with its telltale word: a programme name
# ("... System", "... Capability") and a ship's hull number (a digit after "vessel").
PROGRAMME_NAME_RE = re.compile(rf"\b(?=[A-Z]){_PROGRAMME_NAME}")
HULL_RE = re.compile(rf"\b{_HULL}")
_HULL_WORDS = ("vessel", "ship", "cutter", "boat", "frigate", "destroyer", "corvette",
               "submarine")


RARE_WORDS = ("System", "Capability", *_HULL_WORDS)


def word_positions(text: str, words: tuple[str, ...]) -> list[int]:
    """Where words are in text, in order: looked up once per report, so a sentence without
    one costs a bisect (str.find: a regex of alternatives over a report costs more)."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def has_word(positions: list[int], start: int, end: int) -> bool:
    """Whether a position from word_positions falls in [start, end)."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def generic_matches(text: str, start: int, end: int,
                    rare_at: list[int] | None = None,
                    noun_at: list[int] | None = None) -> list[re.Match[str]]:
    """The GENERIC_RE shapes in text[start:end], a programme name or hull number first where
    one covers the same words ("Aegis Guam System", not the programme "Aegis"). rare_at:
    word_positions(text, RARE_WORDS), to skip the rare shapes where none of their words is;
    noun_at: word_positions(text, NOUN_WORDS), the same for the capitalised name's noun."""
    generic = GENERIC_RE if noun_at is None or has_word(noun_at, start, end) else _UNNOUNED_RE
    rare: list[re.Match[str]] = []
    if rare_at is not None and not has_word(rare_at, start, end):
        return list(generic.finditer(text, start, end))
    if text.find("System", start, end) >= 0 or text.find("Capability", start, end) >= 0:
        rare += PROGRAMME_NAME_RE.finditer(text, start, end)
    if any(text.find(w, start, end) >= 0 for w in _HULL_WORDS):
        rare += HULL_RE.finditer(text, start, end)
    if not rare:
        return list(generic.finditer(text, start, end))
    out = rare + [m for m in generic.finditer(text, start, end)
                  if not any(r.start() < m.end() and m.start() < r.end() for r in rare)]
    return sorted(out, key=lambda m: m.start())


_NOT_OWNER = frozenset("The A An Its Their Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday Early Late Last Later On In At By When As".split())
_NOUN_RES = [(category, re.compile(rf"(?:{p})$")) for category, p in _NOUNS]
_PROGRAMME_RES = [(name, category, re.compile(p)) for name, category, p in PROGRAMMES]


# Programmes whose numbered variants are different weapons: "Arrow 2"/"Arrow 3",
# "Aster 15"/"Aster 30".
_BY_VARIANT = frozenset({"Arrow", "Aster"})
_VARIANT = re.compile(r"^\w+[- ](\d+)")
# Staff sections numbered 1 to 9 (J-3 operations, S-2 intelligence): no aircraft or missile
# of those prefixes has a one-digit number in service.
_STAFF_SECTION = re.compile(r"[JS]-\ds?")
_ARMS_AFTER = re.compile(r"\s+(?:rockets?|missiles?|fighters?|jets?|aircraft|drones?|launchers?|"
                         r"interceptors?)\b")  # ("S-8 rockets", "J-7 fighters")
# The US services' pay grades (enlisted, warrant, officer) share an aircraft's designator
# shape; after a rank or the word "grade" they are the grade ("Staff Sergeant (E-6)").
_PAY_GRADE = re.compile(r"[EWO]-(?:[1-9]|10)")
_RANK_BEFORE = re.compile(r"(?:\b(?:[Ss]ergeant|Sgt\.?|SSG|SFC|[Ss]pecialist|Spc\.?|[Cc]orporal|"
                          r"Cpl\.?|[Pp]rivate|Pvt\.?|[Oo]fficer|[Aa]irman|[Ss]eaman|"
                          r"[Ll]ieutenant|[Cc]aptain|[Mm]ajor|[Cc]olonel|[Cc]hief|[Mm]ate|"
                          r"[Cc]lass)\s*\(|\b(?:[Pp]ay\s+)?[Gg]rade(?::|\s+of)?\s+|\bRank\b[^\n]{0,25}|"
                          r"\b(?:reduc(?:ed|tion)|demot(?:ed|ion)|promot(?:ed|ion))\s+to\s+)$")
# ("reduction to the grade of E-1", "reduced to E-4": a court-martial's sentence)
# The person an equipment noun describes: "an air-defence specialist", "missile experts".
_PERSON_AFTER = re.compile(r"[^\S\t]+(?:specialists?|experts?|analysts?|researchers?|"
                           r"officials?|officers?|planners?|engineers?|commanders?|chiefs?)\b")
_HOW_BASED = re.compile(r"[A-Z][a-z]+-(?:based|launched|borne|mounted|made|built)")
# "counter-small UAS interceptors": the initials name the threat the kit counters, no make;
# "the HAB helicopter landing zone": a place on a base, no helicopter.
_COUNTERED_BEFORE = re.compile(r"(?:[Cc]ounter|[Aa]nti)-(?:small[^\S\t]+)?$")
_SITE_AFTER = re.compile(r"[^\S\t]+(?:landing[^\S\t]+(?:zone|pad|site)|pad)\b")
# A force or body that owns the weapon: "the Kuwait Army air defences", "Jordan Armed Forces".
# ("Air Self-Defense Force fighter jets": Japan's forces are named "... Force")
_SERVICE_OWNER = re.compile(r"\b(?:Army|Navy|Force|Forces|Guards?|Corps|Marines|"
                            r"Command|Ministry)$")
# An air force by its initials ("IAF aircraft", "USAF jets", "RSAF fighters"): whose, not which.
_AIR_FORCE = re.compile(r"[A-Z][A-Za-z]{0,3}AF")
_OPENS_ITEM = re.compile(r"(?:^|\n|:[^\S\n]+|[•*][^\S\n]+)$")


# A programme's class word alone before "System": "Weapon System", "Missile System".
_CLASS_ONLY = re.compile(rf"{_DEFENCE_WORD} (?:System|Capability)")
# A budget justification book's exhibits ("P-1 Line Item", "P-5 Cost Analysis", "R-2"):
# Pentagon forms, which share an aircraft's designator shape.
_EXHIBIT_AFTER = re.compile(r"\s+(?:Line\s+Item|Cost\s+Analysis|Exhibit|Budget\s+Item|"
                            r"Program\s+Element)\b|,\s+Cost\s+Analysis\b")
_FOLDED = str.maketrans("łŁøØđĐ", "lLoOdD")


def as_written(name: str, written: str) -> str:
    """The name as the article spells it: "Wisla" where it drops the Polish letter of
    "Wisła" (a reader searching the article finds its own spelling)."""
    head = written[:len(name)]
    folded = unicodedata.normalize("NFKD", name.translate(_FOLDED))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return head if head == plain else name


def generic_system(m: re.Match[str], sentence_start: int) -> tuple[str, str, int, int] | None:
    """(name, category, start, end) for one generic_matches match, None when it is no system."""
    groups = m.groupdict()
    if groups.get("sysname"):
        name = " ".join(m.group("sysname").split())
        if _CLASS_ONLY.fullmatch(name):
            return None  # "Gross/Weapon System Cost": a class in a table's label, no name
        category = "air defence" if re.search(r"Defen|Missile|Aegis|Intercept", name) else \
            "programme"
        return name, category, m.start("sysname"), m.end("sysname")
    if groups.get("des"):
        des = m.group("des")
        if _STAFF_SECTION.fullmatch(des) and not groups.get("nick") and \
                not _ARMS_AFTER.match(m.string, m.end("des")):
            return None  # "Director for Operations (J-3)": a staff section, not a J-3 jet
        if _PAY_GRADE.fullmatch(des) and _RANK_BEFORE.search(
                m.string, max(0, m.start("des") - 30), m.start("des")):
            return None  # "Staff Sergeant (E-6)", "pay grade O-4": a rank's grade, no aircraft
        if crew_or_spot_code(m.string, m.start("des"), m.end("des")):
            return None  # a dispatch record's "E-21" engine, a base map's "ZONE F-4"
        if des[:2] in ("P-", "R-", "O-") and (_EXHIBIT_AFTER.match(m.string, m.end("des")) or
                                              m.string[m.start("des") - 8:m.start("des")] ==
                                              "Exhibit "):
            return None  # "Exhibit P-5", "P-1 Line Item": a budget exhibit's form, no aircraft
        category = _PREFIX_CATEGORY.get(des.split("-")[0], "aircraft")
        if groups.get("nick"):  # one system: "GBU-31 Joint Direct Attack Munitions"
            if des[-1] == "s" and des[-2].isdigit():
                des = des[:-1]
            nick = re.sub(r"(?<=[a-rt-z])s$", "", " ".join(m.group("nick").split()))  # singular
            return f"{des} {nick}", category, m.start("des"), m.end("nick")
        return des, category, m.start("des"), m.end("des")
    if groups.get("prog"):
        for name, category, pattern in _PROGRAMME_RES:  # which one: same words, same end
            found = pattern.match(m.string, m.start("prog"))
            if found and found.end() == m.end("prog"):
                variant = _VARIANT.search(found.group(0)) if name in _BY_VARIANT else None
                if variant:  # "Arrow-3" and "Arrow 2" are two systems
                    name = f"{name} {variant.group(1)}"
                elif not name.isascii():
                    name = as_written(name, found.group(0))
                return name, category, m.start("prog"), m.end("prog")
        return None
    if groups.get("typ"):
        name = " ".join(m.group("typ").split())
        noun = groups.get("typnoun")
        if noun:
            name = f"{name} {' '.join(noun.split())}"
        category = "vehicle" if noun == "tank" else "vessel"
        return name, category, m.start("typ"), m.end("typnoun" if noun else "typ")
    if groups.get("brand"):
        if known_organization(m.group("brand")):
            return None  # "NATOAIR units": a body's, not a make
        return m.group("brand"), "", m.start("brand"), m.end("brand")
    if groups.get("opener"):
        start = m.start("opener")
        if start != sentence_start and not _OPENS_ITEM.search(
                m.string, max(sentence_start, start - 3), start):
            return None  # "Drone" inside a sentence: a title's or a name's capital
        name, category = _OPENER_CLASS[m.group("opener")[0]]
        return name, category, start, m.end("opener")
    if groups.get("hull"):
        start = m.start("hull")
        for word in re.finditer(r"\S+", m.group("hull")):
            if word.group(0) not in _NOT_OWNER:
                start += word.start()
                break  # "The frigate 572": the number names the ship, "The" does not
        return " ".join(m.string[start:m.end("hull")].split()), "vessel", start, m.end("hull")
    for group in ("ship1", "ship2"):
        if groups.get(group):
            name = " ".join(m.group(group).split())
            return name, "vessel", m.start(group), m.end(group)
    cap, noun = m.group("cap"), m.group("noun")
    if groups.get("quoted") and m.string[m.start("cap") - 1:m.start("cap")] not in ('"', "“"):
        return None  # a quotation's last word, not a name in quotation marks
    if _PERSON_AFTER.match(m.string, m.end("noun")):
        return None  # "a Hollis air-defence specialist": a person's field, not a weapon
    if _COUNTERED_BEFORE.search(m.string, max(0, m.start("cap") - 16), m.start("cap")) or \
            _SITE_AFTER.match(m.string, m.end("noun")):
        return None
    if _HOW_BASED.fullmatch(cap):
        return None  # where or how a weapon is based, not which: "Ground-based air defence"
    if known_organization(cap) or _SERVICE_OWNER.search(cap) or _AIR_FORCE.fullmatch(cap):
        return None  # "SDF drones", "IRGC missiles", "Kuwait Army air defences": whose
    first, _, rest = cap.partition(" ")
    start = m.start("cap")
    if rest and known_organization(first):
        cap, start = rest, start + len(first) + 1  # "RAF Typhoon jets": the Typhoon
    if not cap or (m.start("cap") == sentence_start or _OPENS_ITEM.search(
            m.string, max(sentence_start, m.start("cap") - 3), m.start("cap"))) and \
            not re.search(r"[\d-]|[A-Z]{2}", cap):
        return None  # "Missiles hit ...", "Feb. 10: Claimed drone attack ...": the capital of
        # a sentence, a line or a list item after its label, not a name
    category = next((c for c, p in _NOUN_RES if p.match(noun)), "")
    if cap.endswith("-type") and len(cap) > 7:
        cap = cap[:-5]  # "Samad-type aircraft": the Samad, of whatever airframe
    return " ".join(cap.split()), category, start, m.end("noun")
