"""Systems not in the named table, recognised by how reports write them.

Four shapes: a model designator ("B-1", "Su-34", "MQ-9"), a well-known programme name
("CAMM", "Storm Shadow"), a capitalised name before an equipment noun ("the Sky Sabre air
defence system", "Samad drones") and a named ship ("the Liberian-flagged Marlin Star", "the
tanker Sea Crest"). Only used where the named table in systems.py found nothing.
"""

from __future__ import annotations

import re

from briefdeck.extract.organizations import known_organization

# Designator prefix -> category ("F-16" is an aircraft, "MQ-9" a drone).
_PREFIX_CATEGORY = {
    "F": "aircraft", "B": "aircraft", "A": "aircraft", "C": "aircraft", "KC": "aircraft",
    "E": "aircraft", "P": "aircraft", "V": "aircraft", "Su": "aircraft", "MiG": "aircraft",
    "Tu": "aircraft", "Il": "aircraft", "J": "aircraft", "MQ": "drone", "RQ": "drone",
    "AH": "helicopter", "UH": "helicopter", "CH": "helicopter", "MH": "helicopter",
    "HH": "helicopter", "Mi": "helicopter", "Ka": "helicopter", "SM": "air defence",
    "KAB": "bomb", "FAB": "bomb", "BMP": "vehicle", "BMD": "vehicle", "BTR": "vehicle",
    "S": "air defence", "Kh": "cruise missile", "BM": "artillery", "T": "vehicle",
}
_DESIGNATOR = (
    r"(?P<des>(?:KAB|FAB|KC|MQ|RQ|AH|UH|CH|MH|HH|SM|Su|MiG|Mi|Ka|Tu|Il|Kh|BMP|BMD|BTR|BM|"
    r"[FBACEPVJS])-\d{1,4}(?:[A-Z]{1,3}\d?)?"  # "Tu-95MS", "Tu-22M3", "F-15EX"
    r"|T-\d{2,3}(?:[A-Z]\d?)?)s?\b"
    r"(?!\s*(?:air\s*base|airbase|base|airfield|airport|camp|Camp|Air\s+Base)\b"
    # "the E-50 Pokrovsk-Pavlohrad highway": a road number, not an aircraft
    r"|(?:\s+[A-Z][\w-]*){0,2}\s+(?:highway|road|motorway|route|expressway|freeway)\b)"
)
# Programme names everyone in the trade knows, with their category.
PROGRAMMES: list[tuple[str, str, str]] = [
    ("CAMM", "air defence", r"CAMM(?:-ER)?"),
    ("Sky Sabre", "air defence", r"Sky\s+Sabre"),
    ("IRIS-T", "air defence", r"IRIS-T(?:\s+SLM)?"),
    ("SAMP/T", "air defence", r"SAMP/T"),
    ("Starstreak", "air defence", r"Starstreak"),
    ("Rapier", "air defence", r"Rapier"),
    ("Phalanx", "air defence", r"Phalanx"),
    ("Sea Viper", "air defence", r"Sea\s+Viper"),
    ("Sea Ceptor", "air defence", r"Sea\s+Ceptor"),
    ("Aster", "air defence", r"Aster(?:\s+\d\d)?(?=\s+(?:missiles?|interceptors?))"),
    ("GMLRS", "artillery", r"GMLRS"),
    ("MLRS", "artillery", r"MLRS"),
    ("Storm Shadow", "cruise missile", r"Storm\s+Shadow"),
    ("SCALP", "cruise missile", r"SCALP(?:-EG)?"),
    ("Harpoon", "anti-ship missile", r"Harpoon"),
    ("Brimstone", "missile", r"Brimstone"),
    ("Hellfire", "missile", r"Hellfire"),
    ("Kinzhal", "ballistic missile", r"Kinzhal"),
    ("Kalibr", "cruise missile", r"Kalibr"),
    ("Typhoon", "aircraft", r"(?:Eurofighter\s+)?Typhoons?(?=\s+(?:jets?|fighters?|aircraft))|"
                            r"Eurofighter\s+Typhoons?"),
    ("Rafale", "aircraft", r"Rafales?"),
    ("Gripen", "aircraft", r"Gripens?"),
    ("Bayraktar TB2", "drone", r"Bayraktar(?:\s+TB2)?"),
    ("Lancet", "drone", r"Lancet(?:\s+drones?)"),
    ("Aegis Ashore", "air defence", r"Aegis\s+Ashore"),
    ("Wisła", "air defence", r"Wis[łl]a(?=\s+(?:system|programme|program|batter|air)|/|\))"
                             r"|(?<=Patriot/)Wis[łl]a"),
    ("Narew", "air defence", r"Narew(?=\s+(?:system|programme|program|batter|air))"),
    ("Aegis", "air defence", r"Aegis(?:\s+(?:combat\s+)?system)?"),
    ("Arrow", "air defence", r"Arrow(?:[- ][23])(?:\s+(?:interceptors?|system))?"),
    ("David's Sling", "air defence", r"David(?:'s|’s)\s+Sling"),
]
# Equipment nouns after a capitalised name, with the category they give.
_NOUNS: list[tuple[str, str]] = [
    ("air defence", r"air[- ]defen[cs]e(?:\s+(?:missile\s+)?(?:systems?|batter(?:y|ies)|"
                    r"missiles?|units?))?|surface-to-air\s+missiles?|interceptors?"),
    ("radar", r"radars?"),
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
    ("vehicle", r"tanks|armou?red\s+(?:vehicles?|personnel\s+carriers?)|"
                r"infantry\s+fighting\s+vehicles?"),
]
# Capitalised words that are never a system's name: nations, parties, sentence openers.
_NOT_NAME = (
    # wire slugs ("EXCLUSIVE-", "UPDATE 2-") and countries' initials ("US interceptor shots")
    r"(?:EXCLUSIVE|UPDATE|BREAKING|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|REFILE|CORRECTED|"
    r"US|USA|UK|EU|UN|"
    r"The|A|An|Its|Their|With|Without|For|From|In|On|At|After|Before|When|While|If|As|But|"
    r"And|Or|Unlike|Like|Against|By|Of|To|Into|Than|Then|So|Yet|Only|Even|Also|His|Her|Our|"
    r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|"
    r"Hundreds|Dozens|Every|Each|Any|Several|Many|Some|Enemy|Allied|Western|"
    r"Soviet|Houthi|Houthis|Hezbollah|Hamas|Coalition|NATO|Navy|Army|Air|Force|Military|Iraq|"
    r"Iran|Syria|Yemen|Israel|Russia|Ukraine|China|Turkey|Jordan|Saudi|Gaza|Red|Black|"
    r"Ballistic|Cruise|Attack|Armed|Unmanned|Explosive|Guided|Anti|Combat|Fighter|Such|These|"
    r"Those|Other|More|No|New|Older|Modern|Advanced|Western-made|Cheap|Long|Short|Medium|"
    r"Hostile|Incoming|Both|All|Most|Further|Additional|Two-|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|[A-Z][a-z]+(?:ian|ish|ese|ean|ani|i|an))\b(?!-\d)"
)
# "the Palestine-2 hypersonic ballistic missile": what kind, between the name and the noun.
_ADJECTIVES = (r"(?:hypersonic|supersonic|subsonic|long-range|short-range|medium-range|"
               r"precision-guided|guided|solid-fuel(?:led|ed)?|liquid-fuel(?:led|ed)?|upgraded|"
               r"new|naval|mobile|advanced|decoy|kamikaze|loitering|reconnaissance|"
               r"surveillance)")
# ("AN/TPY-2 radar": the US joint designation keeps its "AN/")
_CAP_NAME = (rf"(?!{_NOT_NAME})(?:AN/)?[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
             r"(?:[^\S\t]+[A-Z0-9][A-Za-z0-9-]*)?")
_SHIP_NAME = (
    r"(?!(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|"
    r"Off|Near|Was|Which|That|Carrying|Sailing)\b)[A-Z][A-Za-z0-9'’-]*"
    r"(?:\s+(?!(?:In|On|At|Off|Near|Was|Which|That|And|Or)\b)[A-Z][A-Za-z0-9'’-]*){0,2}"
)
_SHIP_NOUN = (
    r"(?:(?:oil|crude|chemical|products?|LPG|LNG|gas|fuel)\s+)?(?:tanker|bulk\s+carrier|"
    r"cargo\s+ship|container\s+ship|merchant\s+(?:ship|vessel)|commercial\s+(?:ship|vessel)|"
    r"vessel|freighter|bulker|destroyer|frigate|cruiser|corvette|patrol\s+ship)"
)
GENERIC_RE = re.compile(  # all but one shape start with a capital: test that first
    rf"\b(?:(?=[A-Z])(?:{_DESIGNATOR}"
    rf"|(?P<prog>{'|'.join(f'(?:{p})' for _, _, p in PROGRAMMES)})\b"
    rf"|(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+-(?:flagged|owned|operated|registered|managed)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{_SHIP_NOUN}|ship)\s+)?(?:the\s+)?(?P<ship1>{_SHIP_NAME})"
    # (a name and its noun never straddle a table cell: "Camp Lima<tab>rocket attack")
    rf"|(?<![-/])(?P<cap>{_CAP_NAME})[^\S\t]+(?:{_ADJECTIVES}\s+){{0,2}}"
    rf"(?P<noun>{'|'.join(f'(?:{p})' for _, p in _NOUNS)})\b)"
    rf"|(?<=\b[Tt]he\s)(?:guided-missile\s+)?{_SHIP_NOUN}\s+(?P<ship2>{_SHIP_NAME}))"
)
_NOUN_RES = [(category, re.compile(rf"(?:{p})$")) for category, p in _NOUNS]
_PROGRAMME_RES = [(name, category, re.compile(p)) for name, category, p in PROGRAMMES]


def generic_system(m: re.Match[str], sentence_start: int) -> tuple[str, str, int, int] | None:
    """(name, category, start, end) for one GENERIC_RE match, None when it is not a system."""
    if m.group("des"):
        des = m.group("des")
        prefix = des.split("-")[0]
        return des, _PREFIX_CATEGORY.get(prefix, "aircraft"), m.start("des"), m.end("des")
    if m.group("prog"):
        for name, category, pattern in _PROGRAMME_RES:  # which one: same words, same end
            found = pattern.match(m.string, m.start("prog"))
            if found and found.end() == m.end("prog"):
                return name, category, m.start("prog"), m.end("prog")
        return None
    for group in ("ship1", "ship2"):
        if m.group(group):
            name = " ".join(m.group(group).split())
            return name, "vessel", m.start(group), m.end(group)
    cap, noun = m.group("cap"), m.group("noun")
    if known_organization(cap):
        return None  # "SDF drones", "IRGC missiles": whose, not which
    first, _, rest = cap.partition(" ")
    start = m.start("cap")
    if rest and known_organization(first):
        cap, start = rest, start + len(first) + 1  # "RAF Typhoon jets": the Typhoon
    if not cap or m.start("cap") == sentence_start and not re.search(r"[\d-]|[A-Z]{2}", cap):
        return None  # "Missiles hit ..." opening a sentence: an ordinary capital letter
    category = next((c for c, p in _NOUN_RES if p.match(noun)), "")
    return " ".join(cap.split()), category, start, m.end("noun")
