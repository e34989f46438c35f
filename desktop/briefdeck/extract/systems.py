"""Weapon and defence systems: one fact per system, with its category and status.

"Patriot", "Patriots", "Patriot batteries" and "Patriot systems" are one system. Status comes
from the words nearest each mention: already moved / deployed, plans to move in / in the
coming days (arriving), requested, fired at us (used by adversary).

This module reads and merges; the named table is in system_table.py, the classes and how
they fold in system_classes.py, the status cues in system_status.py, and systems named
without the table in systems_generic.py and system_shapes.py.
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import Alternatives, word_gated
from briefdeck.extract.sentences import Document
from briefdeck.extract.system_c2_products import c2_products
from briefdeck.extract.system_capital_lines import makes_in_capitals
from briefdeck.extract.system_classes import (
    _NAMED,
    _SAME_AS,
    _SUPPORT_AIRCRAFT,
    AS_WRITTEN,
    CLASSES,
    COVERED,
    COVERED_BY_NAMED,
    FOLDED,
    GENERIC,
    named_heads,
)
from briefdeck.extract.system_components import part_mentions
from briefdeck.extract.system_design_threats import designed_against
from briefdeck.extract.system_merchant_ships import merchant_ships
from briefdeck.extract.system_places import COARSE, in_order, names, refines, system_place
from briefdeck.extract.system_shapes import SHAPE_WORDS, acronymed_systems, written_shapes
from briefdeck.extract.system_ship_classes import fold_classes_into_named_ships
from briefdeck.extract.system_sides import SIDED, ours_to_restate
from briefdeck.extract.system_status import (
    STATUS_RANK,
    SystemMention,
    _status_near,
)
from briefdeck.extract.system_strike_drones import strike_drones
from briefdeck.extract.system_table import REFINED, SHIP_PREFIXES, SYSTEMS
from briefdeck.extract.systems_generic import (
    GENERIC_RE,
    NOUN_WORDS,
    PROGRAMMES,
    RARE_WORDS,
    generic_matches,
    generic_system,
    has_word,
    word_positions,
)
from briefdeck.model import Provenance, System

# The singular "air defence" is a system where it does the shooting down ("brought down by
# Ukrainian air defence", "air defence intercepted two drones"); elsewhere it is the mission.
_BY_AGENT = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,2}$")
_AGENT_VERB = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:intercept(?:ed|s)?|down(?:ed|s)?|"
                         r"shot|brought\s+down|destroy(?:ed|s)?|engag(?:ed|es))\b")

# Tried only at word starts, and there only the systems that can begin with its letter.
SYSTEM_ALTERNATIVES = Alternatives([pattern for _, _, pattern in SYSTEMS], prefix=r"\b")
_TABLE_NAMES = frozenset(name for name, _, _ in SYSTEMS + PROGRAMMES)

_SPACES = re.compile(r"[ \t]+")
_KIND_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$")
# Between a system's name and its class noun: "Sky Sabre ground-based air defence system".
# "Sea Viper ... is the main air defence system of the Type 45s": a class noun said of what a
# thing is, not a weapon of the story.
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was)\s+(?:the|an?)\s+(?:(?:main|primary|principal|"
                               r"standard|only)\s+)?$")
_OWN_NOUN = re.compile(r"[ \t]+(?:[a-z]+-[a-z]+[ \t]+)?")


# A model named by a word and a number, with no noun after it ("a new variant of the
# Hwasong-16B", "fired a Fattah-1"): a system in a sentence about missiles or launches.
_MODEL = re.compile(r"\b(?!(?:Tower|Route|Highway|Camp|Block|Type|Covid|COVID|Level|Phase|"
                    r"Group|Unit|Task|Force|Page|Section|Article|Resolution)\b)"
                    r"[A-Z][a-z]{3,}-\d{1,3}[A-Z]{0,2}\b(?![-/]\w)")
_WEAPON_WORD = word_gated(re.compile(r"\b(?:missiles?|rockets?|launch(?:ed|es|er|ers)?|warheads?|"
                                     r"test-fired)\b"))


# "the Greek frigate Hydra", "the destroyer Carney": a ship named after its class (not a day
# or a month: "the destroyer Monday", AP's order).
# "the bulk carrier Corran Bay", "the tanker Sounion": a merchant ship named after its type.
_SHIP_CLASSES = ("frigate", "destroyer", "corvette", "cruiser", "warship", "bulk carrier",
                 "tanker", "freighter")
_NAMED_SHIP = re.compile(r"\b(?:frigate|destroyer|corvette|cruiser|warship|bulk\s+carrier|tanker|"
                         r"freighter)\s+(?!(?:Monday|"
                         r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|"
                         r"The|This|That|In|On|At|And|But)\b)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)"
                         r"\b(?![-'’])")


def _named_ships(doc: Document, found: list[SystemMention]) -> list[SystemMention]:
    """Ships named after their class word, found from the word (a substring search, not a
    scan per sentence), outside boilerplate and clear of the mentions already found."""
    text, ships = doc.text, []
    for word in _SHIP_CLASSES:
        at = text.find(word)
        while at != -1:
            m = _NAMED_SHIP.match(text, at)
            sent = doc.sentence_at(at) if m else None
            if m and sent and m.end() <= sent.end and not any(
                    f.start < m.end(1) and m.start(1) < f.end for f in found):
                status = _status_near(text, sent.start, sent.end, m.start(1), m.end(1), "vessel")
                ships.append(SystemMention(m.group(1), "vessel", m.start(1), m.end(1), status))
            at = text.find(word, at + len(word))
    return ships


def _after_named(text: str, m: re.Match[str], named: list[tuple[int, int]],
                 end: int) -> re.Match[str] | None:
    """A make read from the words after a named system that a capitalised name ran over:
    "a Patriot PAC-3 interceptor" is the Patriot and the PAC-3."""
    cap = m.groupdict().get("cap")
    if not cap or " " not in cap.strip():
        return None
    rest = m.start("cap") + cap.index(" ") + 1
    if any(s < m.end() and rest < e for s, e in named):
        return None
    again = GENERIC_RE.match(text, rest, end)
    return again if again and (again.groupdict().get("des") or again.groupdict().get("prog")) \
        else None


def find_system_mentions(doc: Document) -> list[SystemMention]:
    found = []
    shape_at = word_positions(doc.text, SHAPE_WORDS)  # a bisect per sentence, not a search
    rare_at = word_positions(doc.text, RARE_WORDS)
    noun_at = word_positions(doc.text, NOUN_WORDS)
    for sent in doc.sentences:
        first = len(found)
        for m in SYSTEM_ALTERNATIVES.finditer(doc.text, sent.start, sent.end):
            name, category, _ = SYSTEMS[SYSTEM_ALTERNATIVES.which(m)]
            for words, kind, kind_category in REFINED.get(name, ()):
                if words.search(m.group(0)):
                    name, category = kind, kind_category
                    break
            start = m.start()
            if name == "air defences" and m.group(0)[-1] in "eE":
                if _MISSION_AFTER.match(doc.text, m.end()):
                    continue  # "an air defence officer", "air defence units": the field
                if _GBAD_BEFORE.search(doc.text, max(sent.start, start - 20), start):
                    # "our ground-based air defence": the Army's name for the kit (GBAD)
                    name, start = "ground-based air defence", start - 13
                elif doc.text[start - 12:start].lower() == "short-range " and \
                        not doc.text[start - 13:start - 12].isalpha() and (
                        _FIELDED_BEFORE.search(doc.text, max(sent.start, start - 50),
                                               start - 12)
                        or _as_agent(doc.text, start - 12, m.end())):
                    # "operating short-range air defense": the Army's SHORAD tier, the kit
                    # ("treating short-range air defense as a job", "had lost its short-range
                    # air defence": the tier as a field, or the kit the report names)
                    start -= 12
                    name = " ".join(doc.text[start:m.end()].split()).lower()
                elif not _as_agent(doc.text, m.start(), m.end()):
                    continue  # "cooperation on air defence": the mission
            if category == "drone" and (name in CLASSES or name.startswith("one-way")) and \
                    _FORMATION_AFTER.match(doc.text, m.end()):
                continue  # "the militia's unmanned aerial systems unit": a formation, no kit
            if name in CLASSES and len(found) > first and found[-1].name not in CLASSES and \
                    (_SPACES.fullmatch(doc.text, found[-1].end, m.start()) or
                     m.group(0).isupper() and doc.text[m.end():m.end() + 1] == ")" and
                     doc.text[found[-1].end:m.start()] == " ("):
                continue  # "Iron Dome air defence system": the named system's own noun;
                # "one-way attack unmanned aircraft systems (UAS)": its short form
            if name in CLASSES and m.group(0)[-1] != "s" and _PREDICATE_BEFORE.search(
                    doc.text, max(sent.start, start - 30), start):
                continue  # "it is the main air defence system": what something is
            if name in AS_WRITTEN and AS_WRITTEN[name].fullmatch(m.group(0)):
                name = " ".join(m.group(0).split()).lower()
            if name == "SM":
                name = "SM-" + m.group(0)[-1]  # "Standard Missile-6": the SM-6
            if name == "2S" or name == "Shahed" and m.group(0)[6:7] == "-" or \
                    name == "Samad" and m.group(0)[6:7].isdigit():
                name = m.group(0).split()[0]  # "2S19", "Shahed-136": the model as written
            if " " in name and (variant := _variant(name, m.group(0))):
                name = variant  # "M1A2 SEPv3 Abrams": the model the text names
            if name == "warship" or name == "directed-energy weapons":
                name = " ".join(m.group(0).split()).rstrip(".")  # each ship is its own system
            if name == "calibre rockets" and m.group(0).endswith("t") and _KIND_BEFORE.search(
                    doc.text, max(sent.start, start - 30), start):
                continue  # "APKWS, the laser-guided 70 mm rocket": what a named one is
            if name == "calibre rockets":
                name = re.match(r"\d+", m.group(0)).group(0) + "mm rockets"
            if name == "Katyusha rockets":
                calibre = re.match(r"(\d{2,3})(?:\s?|-)mm", m.group(0))
                if calibre:
                    name = f"{calibre.group(1)} mm Katyusha rockets"
            status = _status_near(doc.text, sent.start, sent.end, start, m.end(), category)
            found.append(SystemMention(name, category, start, m.end(), status))
        named = [(f.start, f.end) for f in found[first:] if f.name not in CLASSES]
        for m in generic_matches(doc.text, sent.start, sent.end, rare_at, noun_at):
            if any(s < m.end() and m.start() < e for s, e in named):
                m = _after_named(doc.text, m, named, sent.end)
                if m is None:
                    continue  # the named table already has it
            got = generic_system(m, sent.start)
            if got is None:
                continue
            name, category, start, end = got
            # "the Palestine-2 hypersonic ballistic missile": the name, not the class; "the Sky
            # Sabre (ground-based) air defence system": the named system's own noun
            found[first:] = [f for f in found[first:]
                             if not (f.name in CLASSES and (f.start < end and start < f.end or
                                     f.category == "air defence" and f.start >= end and
                                     _OWN_NOUN.fullmatch(doc.text, end, f.start)))]
            status = _status_near(doc.text, sent.start, sent.end, start, end, category)
            found.append(SystemMention(name, category, start, end, status))
        for name, category, start, end in acronymed_systems(doc.text, sent.start, sent.end):
            found[first:] = [f for f in found[first:]
                             if not (f.start < end and start < f.end and f.name in CLASSES)]
            if not any(f.start < end and start < f.end for f in found[first:]):
                status = _status_near(doc.text, sent.start, sent.end, start, end, category)
                found.append(SystemMention(name, category, start, end, status))
        shapes = written_shapes(doc.text, sent.start, sent.end) \
            if has_word(shape_at, sent.start, sent.end) else ()
        taken = [(f.start, f.end) for f in found[first:]] if shapes else []
        for name, category, start, end in shapes:
            if not any(a < end and start < b for a, b in taken):
                status = _status_near(doc.text, sent.start, sent.end, start, end, category)
                found.append(SystemMention(name, category, start, end, status))
        if "-" in sent.text and _WEAPON_WORD.search(sent.text):
            taken = [(f.start, f.end) for f in found[first:]]
            for m in _MODEL.finditer(doc.text, sent.start, sent.end):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    status = _status_near(doc.text, sent.start, sent.end, m.start(), m.end(),
                                          "missile")
                    found.append(SystemMention(m.group(0), "missile", m.start(), m.end(),
                                               status))
    found += _named_ships(doc, found)
    found += merchant_ships(doc, found)  # "the NOL Vireo (IMO 9814470)", then the "NOL Tern"
    found += strike_drones(doc, found)  # "Drone strike on a car": the report's one drone
    found += part_mentions(doc)  # "bought 38 two-stroke engines": a procurement case's parts
    found += makes_in_capitals(doc, found)  # a log's "1X DESTROYED BY COYOTE"
    found += c2_products(doc, found)  # "BASTION-C2 sites": a vendor's C2 software
    found.sort(key=lambda f: f.start)
    found = [f for f in found if not designed_against(doc.text, f)]  # "built to stop a truck bomb"
    if any(f.status == "used by adversary" and f.category in SIDED for f in found):
        for f, sent in ours_to_restate(doc, found):  # "U.S. F-15E jets ... struck": ours
            f.status = _status_near(doc.text, sent.start, sent.end, f.start, f.end,
                                    f.category, theirs=False)
    # Later bare mentions ("the Abrams") are the variant named first, not another system.
    variants = {_family(f.name): f.name for f in reversed(found) if _family(f.name) != f.name}
    if variants:
        found = [SystemMention(variants[f.name], f.category, f.start, f.end, f.status)
                 if f.name in variants else f for f in found]
    return found


# The designator of a family ("M1", "AH-64") and a variant's longer one ("M1A2", "AH-64E"),
# with an upgrade package after it ("SEPv3", "Block III").
_VARIANT = re.compile(r"([A-Z]{1,3}-?\d{1,3}[A-Z]\d?[A-Z]?"
                      r"(?:\s+(?:SEP\s?v\d|Block\s+[IVX\d]+))?)\s+")
_FAMILIES: dict[str, str] = {}  # variant name -> family name, filled as variants are read


def _variant(name: str, written: str) -> str:
    """The variant named in written when it refines the family's designator: "M1A2 SEPv3
    Abrams tanks" of "M1 Abrams" is "M1A2 SEPv3 Abrams"; "Abrams tanks" is no variant."""
    family, _, rest = name.partition(" ")
    m = _VARIANT.match(written)
    if m is None or not m.group(1).startswith(family) or m.group(1) == family:
        return ""
    variant = f"{' '.join(m.group(1).split())} {rest}"
    _FAMILIES[variant] = name
    return variant


def _family(name: str) -> str:
    return _FAMILIES.get(name, name)


def _key(name: str) -> str:
    if "Katyusha" in name:
        return "katyusha"
    name = _SAME_AS.get(name, name)
    first, _, rest = name.partition(" ")
    if first in _SHIP_PREFIX_WORDS and rest[:1].isupper():
        name = rest  # ("MV Kestrel Bay" and "the bulk carrier Kestrel Bay": one ship)
    return name.casefold()


_SHIP_PREFIX_WORDS = frozenset(SHIP_PREFIXES.split("|"))


# A drone class naming the group's formation that flies them ("the commander of the militia's
# unmanned aerial systems unit", "a drone cell"): a body of men, not a weapon of the story.
_FORMATION_AFTER = re.compile(r"[ \t]+(?:unit|cell|commander)\b")
# The singular "air defence" naming a body or a trade: "by the 43rd Air Defense Artillery
# Regiment", "air defence officers", "air defence fire" (that is "anti-aircraft fire").
_MISSION_AFTER = re.compile(r"\s+(?:[A-Z]|(?:artillery|command|forces?|brigades?|regiments?|"
                            r"battalions?|units?|detachments?|officers?|commanders?|fire|"
                            r"teams?|crews?|network)\b)")
# ("our ground-based air defence", "Iraq's own ground-based air defence": someone's kit; a bare
# "Ground-based air defense has been the most visible area of change" is the field)
# "missiles and drones were fired from Iraq toward Israel": launched from somewhere at a target.
_LAUNCHED_AT = re.compile(r"\b(?:fired|launched)\s+(?:from|toward|towards|at)\b")
# "Houthi missile hits bulk carrier": an interceptor never hits a merchant ship, so a missile
# that hits one is the attacker's, whatever air defences the report names elsewhere.
_HITS_SHIP = re.compile(r"\s+(?:hits?|struck|strikes?)\s+(?:an?\s+|the\s+)?(?:[\w-]++\s+){0,2}"
                        r"(?:ship|vessel|(?:bulk\s+|cargo\s+)?carrier|tanker|freighter|merchant)"
                        r"s?\b")
# A unit operating or sending the SHORAD tier ("operating short-range air defense", "has
# operated Patriot and short-range air defense"): the kit itself.
_FIELDED_BEFORE = re.compile(r"\b(?:operat(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|field(?:s|ed|ing)?|"
                             r"deploy(?:s|ed|ing)?)\s+(?:[A-Z][\w-]*\s+(?:and|or)\s+)?$")
_GBAD_BEFORE = re.compile(r"(?:\b(?:our|their|its|his|her)|['’]s|\bown)\s+ground-based\s$", re.I)


def _as_agent(text: str, start: int, end: int) -> bool:
    """Air defences named as those that did the shooting down."""
    return bool(_BY_AGENT.search(text, max(0, start - 30), start) or
                _AGENT_VERB.match(text, end))


def _row(text: str, at: int) -> tuple[int, int] | None:
    """The pipe-table or CSV row (line) holding at, None in prose. A CSV row is a line of at
    least five cells run together by bare commas ("LI-0410,2026-11-20,Ain al-Asad,...,rocket
    x2,0,0"); prose puts a space after its commas."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if text.startswith("|", start):
        return start, end
    line = text[start:end]
    if line.count(",") - line.count(", ") >= 4:
        return start, end
    return None


def _rows_named(text: str, mentions: list[SystemMention],
                named: dict[str, str]) -> dict[str, set[tuple[int, int] | None]]:
    """The rows each named system of `named` is written in."""
    keys = set(named.values())
    rows: dict[str, set[tuple[int, int] | None]] = {}
    for m in mentions:
        if _key(m.name) in keys:
            rows.setdefault(_key(m.name), set()).add(_row(text, m.start))
    return rows


def _other_row(text: str, m: SystemMention, rows) -> bool:
    """A tracker's row is an incident of its own: "4x rockets" in one row and "1x 107mm
    rocket" in another are two salvos, the first of no known calibre, not folded into it."""
    row = _row(text, m.start)
    return row is not None and row not in rows


def _lone_drone(text: str, mentions: list[SystemMention]) -> str:
    """The key of the one drone a report names by its make, where the report writes the class
    only in the singular ("the Houthis say they downed a U.S. drone" beside "MQ-9 Reaper"):
    that one drone, told again. Plural "drones" may be others (FPV, decoys), and stay a class;
    so does a drone that attacks beside our own named one ("a drone attack on al-Tanf" in a
    report on MQ-9 Reapers flying from Jordan)."""
    made = [m for m in mentions
            if m.category == "drone" and m.name not in CLASSES and _NAMED.search(m.name)]
    theirs = any(m.status == "used by adversary" for m in made)
    if len({_key(m.name) for m in made}) != 1 or any(
            m.name == "drones" and (not _SINGULAR.search(text, m.start, m.end) or
                                    m.status == "used by adversary" and not theirs)
            for m in mentions):
        return ""
    return _key(made[0].name)


_SINGULAR = re.compile(r"(?:drone|UAV)$")


def extract_systems(doc: Document, mentions: list[SystemMention] | None = None,
                    places: list | None = None) -> list[System]:
    """One System per distinct system; a generic 'rockets' folds into a named rocket, and a
    class covered by named systems of its kind is dropped. places (PlaceMention list) fills
    where a deployed or arriving system is, and keeps place names out of systems' names."""
    mentions = find_system_mentions(doc) if mentions is None else mentions
    mentions = fold_classes_into_named_ships(doc.text, mentions)  # "destroyer" = "USS Mason"
    if places:  # "the Metula rocket strike": a place before the noun, not a system's name
        place_names = {p.name.casefold() for p in places}
        mentions = [m for m in mentions if m.name.casefold() not in place_names or
                    m.category == "vessel" or m.name in _TABLE_NAMES]
    where: dict[str, list] = {}
    if places and any(m.status in ("deployed", "arriving") for m in mentions):
        ordered = in_order(places)
        moving = {doc.sentence_index(m.start) for m in mentions
                  if m.status in ("deployed", "arriving")}
        for m in mentions:
            key = _key(m.name)
            old = where.get(key)
            if m.status not in ("deployed", "arriving") or old and not all(
                    p.kind in COARSE for p in old):
                continue  # placed at a site already: the first telling stands
            found = system_place(doc, m.status, m.start, ordered, moving)
            if found and (not old or refines(old, found)):
                where[key] = found
    # A generic "rockets" folds into the one named rocket of the report; with two named kinds
    # ("Katyusha rockets and Burkan heavy rockets") it could be either, and stays a class;
    # but beside calibres only ("107mm and 122mm rockets", Katyusha and Grad being such
    # calibres by name) it is one of those: the first named.
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.name not in GENERIC:
            kinds.setdefault(m.category, set()).add(_key(m.name))
    calibres = {c for c, ks in kinds.items()
                if all(k.endswith("mm rockets") or k in ("katyusha", "grad") for k in ks)}
    named = {m.category: _key(m.name) for m in reversed(mentions)
             if m.name not in GENERIC and (len(kinds[m.category]) == 1 or m.category in calibres)}
    covered = {m.category for m in mentions if m.name not in CLASSES and
               not _SUPPORT_AIRCRAFT.match(m.name)}
    named_kinds = {m.category for m in mentions if m.name not in CLASSES and _NAMED.search(m.name)}
    # a bare "missiles" beside any missile or interceptor the report names is one of those
    # (but not missiles launched at us beside only our interceptors: "missiles and drones
    # were fired toward Israel" in a report on Patriot interceptors)
    missile_named = any("missile" in m.category and m.name != "missiles" for m in mentions) or \
        any(m.category == "air defence" for m in mentions) and not any(
            m.name == "missiles" and m.status == "used by adversary" and
            (_LAUNCHED_AT.search(doc.text, m.end, min(len(doc.text), m.end + 60)) or
             _HITS_SHIP.match(doc.text, m.end))
            for m in mentions)
    mentions = [m for m in mentions if COVERED.get(m.name) not in covered and
                COVERED_BY_NAMED.get(m.name) not in named_kinds and
                not (m.name == "missiles" and missile_named)]
    merged: dict[str, SystemMention] = {}
    keys = {_key(m.name) for m in mentions}
    heads = named_heads(mentions) if any(m.name == "drones" for m in mentions) else {}
    named_rows = _rows_named(doc.text, mentions, named) if "|" in doc.text or \
        "," in doc.text else {}
    lone = _lone_drone(doc.text, mentions) if any(m.name == "drones" for m in mentions) else ""
    for m in mentions:
        key = _key(m.name)
        if FOLDED.get(m.name) in keys:
            key = FOLDED[m.name]
            if key not in merged:
                continue
        elif heads and m.name == "drones" and doc.text[m.start:m.end].isupper() and (
                head := heads.get(doc.text[m.start:m.end].casefold().rstrip("s"))):
            key = head  # "3x UAS" in a table of "one-way attack UAS": that drone in short
            if key not in merged:
                continue
        elif lone and m.name == "drones":
            key = lone  # "downed a U.S. drone" in a report on one MQ-9: that drone
            if key not in merged:
                continue
        elif m.name in GENERIC and GENERIC[m.name] == m.category and m.category in named and \
                not _other_row(doc.text, m, named_rows.get(named[m.category], ())):
            key = named[m.category]
            if key not in merged:  # the generic word came first: the named one leads
                continue
        if key not in merged:
            merged[key] = SystemMention(m.name, m.category, m.start, m.end, m.status)
            continue
        kept = merged[key]
        if "mm" in m.name and "mm" not in kept.name or \
                kept.name in AS_WRITTEN and _SAME_AS.get(m.name) == kept.name and \
                " ".join(doc.text[kept.start:kept.end].split()).lower().rstrip("s") != \
                kept.name.lower().rstrip("s"):
            kept.name = m.name  # the calibre, or the report's words over initials ("C-sUAS")
        if STATUS_RANK.index(m.status) < STATUS_RANK.index(kept.status):
            kept.status = m.status
    return [
        System(id=f"sy-{i}", name=m.name, category=m.category,
               posture=m.status,  # type: ignore[arg-type]
               place=names(where.get(_key(m.name), []))
               if m.status in ("deployed", "arriving") else "",
               provenance=Provenance(source="src-1", start=m.start, end=m.end))
        for i, m in enumerate(merged.values(), 1)
    ]
