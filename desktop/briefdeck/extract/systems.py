"""Weapon and defence systems: one fact per system, with its category and status.

"Patriot", "Patriots", "Patriot batteries" and "Patriot systems" are one system. Status comes
from the words nearest each mention: already moved / deployed, plans to move in / in the
coming days (arriving), requested, fired at us (used by adversary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.extract.alternatives import Alternatives, word_gated
from briefdeck.extract.sentences import Document
from briefdeck.extract.system_sides import FLOWN_OR_DRONE, ours_to_restate
from briefdeck.extract.systems_generic import (
    GENERIC_RE,
    KIT_CATEGORY,
    NOUN_WORDS,
    PROGRAMMES,
    RARE_WORDS,
    SHAPE_WORDS,
    acronymed_systems,
    generic_matches,
    generic_system,
    has_word,
    word_positions,
    written_shapes,
)
from briefdeck.model import Provenance, System

# Navies' ship prefixes (US, UK, Commonwealth, Philippine, Japanese, Turkish, Korean ...) and
# the merchant "MV": a capitalised name after one is a ship.
SHIP_PREFIXES = (r"USS|USNS|HMS|HMCS|HMAS|HMNZS|RFA|INS|FS|ITS|BRP|JS|TCG|ROKS|ROCS|KRI|PNS|"
                 r"HTMS|RSS|BAP|NRP|ESPS|FGS|HNLMS|HDMS|HNoMS|HSwMS|ORP|RFS|MV|M/V|M/T")
# name, category, pattern. Specific systems first: the first alternative matching wins.
SYSTEMS: list[tuple[str, str, str]] = [
    # ("Patriot PAC-3 MSE": the interceptor is a designator of its own, in systems_generic)
    # the Patriot's hit-to-kill interceptor, spelled out (its short form is a designator)
    ("PAC-3 MSE", "air defence",
     r"(?:Patriot\s+)?Advanced\s+Capability-3\s+Missile\s+Segment\s+Enhancement"
     r"(?:\s+(?:interceptors?|missiles?))?"),
    # the Navy's Standard Missile by its number: "Standard Missile-6" is the SM-6
    ("SM", "air defence", r"Standard\s+Missile[- ]?[1-6]\b"),
    ("Patriot", "air defence",
     r"Patriot(?:s|\s+(?:air[- ]defen[cs]e\s+)?(?:missile\s+)?(?:batter(?:y|ies)|systems?|"
     r"missiles?|interceptors?|launchers?))?\b"),
    ("C-RAM", "air defence",
     r"C-RAMs?\b(?:,?\s+or\s+counter[- ]rocket,\s+artillery,?\s+and\s+mortar\s+systems?)?|"
     # (spelled out, maybe with its initials inside: "Counter-Rocket, Artillery and Mortar, or
     # C-RAM, systems")
     r"[Cc]ounter[- ][Rr]ocket,\s+[Aa]rtillery,?\s+(?:and|&)\s+[Mm]ortar(?:,?\s+or\s+C-RAM,?)?"
     r"(?:\s+systems?)?"),
    ("THAAD", "air defence", r"THAAD\b(?:\s+(?:batter(?:y|ies)|systems?))?|Terminal\s+High\s+"
                             r"Altitude\s+Area\s+Defen[cs]e(?:\s+\(THAAD\))?"),
    ("Iron Dome", "air defence", r"Iron\s+Dome\b"),
    ("NASAMS", "air defence", r"NASAMS\b"),
    ("S-400", "air defence", r"S-400s?\b"),
    ("S-300", "air defence", r"S-300s?\b"),
    # (bare "Avenger" only beside another air defence it is listed with: "Avenger or M-SHORAD")
    ("Avenger", "air defence", r"Avenger\s+(?:air[- ]defen[cs]e\s+)?systems?|"
                               r"Avengers?(?=,?\s+(?:and|or)\s+(?:M-SHORAD|Stingers?|NASAMS|"
                               r"C-RAM|Patriots?|Coyotes?)\b)"),
    # the Army's mobile counter-drone system at CENTCOM's bases
    ("M-LIDS", "air defence", r"M(?:obile)?-LIDS\b|Mobile[- ]Low,\s+Slow,?\s+Small[- ]Unmanned\s+"
                              r"Aircraft\s+Integrated\s+Defeat\s+Systems?"),
    # ... and its fixed-site sibling at the bases themselves
    ("FS-LIDS", "air defence", r"FS-LIDS\b|Fixed[- ]Site\s+Low,\s+Slow,?\s+Small\s+"
                               r"(?:UAS|Unmanned\s+Aircraft(?:\s+Systems?)?)\s+Integrated\s+"
                               r"Defeat\s+Systems?"),
    ("Katyusha rockets", "rocket",
     r"(?:\d{2,3}(?:\s?|-)mm\s+)?Katyusha(?:-type)?(?:\s+rockets?)?"),
    ("HIMARS", "artillery", r"HIMARS\b"),
    # Soviet and Russian self-propelled guns by their GRAU index ("2S1", "2S19 Msta-S",
    # "2S7M"): the index is the name (see find_system_mentions)
    ("2S", "artillery", r"2S\d{1,2}M?\d?\b"),
    ("ATACMS", "ballistic missile", r"ATACMS\b"),
    ("Tomahawk", "cruise missile", r"Tomahawk(?:\s+(?:cruise\s+)?missiles?)?"),
    ("Fateh-110", "ballistic missile", r"Fateh-110s?\b"),
    # ("Shahed-type Samad drones": the type another named drone is likened to, not a Shahed)
    ("Shahed", "drone", r"Shahed(?!-(?:type|style|like)\s+[A-Z])(?:-\d+)?(?:\s+drones?)?"),
    # Houthi and Iraqi militia drone families; "Samad" alone is also a given name, so only
    # with a model number, "-type", or a drone word after it; Yafa is also Jaffa's Arabic name
    ("Samad", "drone", r"Samad(?:-\d\b|(?:-type)?(?=\s+(?:drones?|UAVs?|family|variant)\b)|"
                       r"-type\b)(?:\s+drones?)?"),
    ("Yafa drone", "drone", r"Yafa\s+drones?\b"),
    # the guns, or their fire as witnesses hear it ("heard anti-aircraft fire")
    ("anti-aircraft guns", "air defence", r"anti-aircraft\s+(?:fire|guns?|artillery)\b"),
    # guns that defend against drones and missiles, named by how they aim or what they stop
    ("radar-guided guns", "air defence", r"radar-guided\s+(?:anti-aircraft\s+)?guns?\b"),
    ("counter-drone guns", "air defence", r"(?:counter|anti)-drone\s+guns?\b"),
    # a warship's last-ditch gun (Phalanx, Type 730) by its class
    ("close-in weapon system", "air defence", r"close-in\s+weapons?\s+systems?\b|CIWS\b"),
    # the class of missile ground forces and warships fire at aircraft and drones
    ("surface-to-air missiles", "air defence", r"surface-to-air\s+missiles?\b|SAMs\b"),
    # the kit that jams a drone's links or navigation ("jammers and radar-guided guns")
    ("jammers", "electronic warfare", r"jammers?\b"),
    ("MQ-9 Reaper", "drone", r"MQ-9(?:\s+Reapers?)?|Reaper\s+drones?"),
    # the Army's Gray Eagle is the MQ-1C, a different aircraft from the Air Force's Predator
    ("MQ-1C Gray Eagle", "drone", r"MQ-1C(?:\s+Gr[ae]y\s+Eagles?)?|Gr[ae]y\s+Eagle\s+drones?"),
    ("MQ-1 Predator", "drone", r"MQ-1(?![A-Za-z0-9])(?:\s+Predators?)?|Predator\s+drones?"),
    ("F-35", "aircraft", r"F-35[ABC]?s?\b"),
    ("F-16", "aircraft", r"F-16s?\b"),
    ("F-15", "aircraft", r"F-15[A-Z]?s?\b"),
    ("A-10", "aircraft", r"A-10s?\b(?:\s+Warthogs?)?"),
    ("B-52", "aircraft", r"B-52s?\b"),
    ("B-1B", "aircraft", r"B-1Bs?\b(?:\s+bombers?)?"),
    ("AC-130", "aircraft", r"AC-130[JUW]?s?\b(?:\s+gunships?)?"),
    ("A400M", "aircraft", r"A400Ms?\b(?:\s+Atlas)?"),  # Europe's airlifter and tanker
    # Raytheon's small interceptor of drones; the bare word may be the animal or a name
    # (or bare, where it brings down drones: "shot down by a Coyote", "on the Coyote side we
    # have 26 interceptors")
    ("Coyote", "interceptor", r"Coyote(?:s?\s+(?:Block\s+\d\w*|interceptors?|intercepts?|"
                              r"(?:counter-)?drones?|missiles?|systems?|launchers?)\b)|"
                              r"(?:(?<=by a )|(?<=with a ))Coyote\b|"
                              r"Coyotes?\b(?=[^.\n]{0,60}\b(?:interceptors|C-RAM)\b)"),
    # the Army's air-defence radar; bare only where it senses ("the Sentinel picks them up")
    ("Sentinel", "radar", r"(?:AN/MPQ-64\s+)?Sentinel(?:\s+radars?\b|(?=\s+(?:picks?|picked|"
                          r"detect(?:s|ed)?|track(?:s|ed)?|sees|saw)\b))"),
    ("AH-64 Apache", "helicopter", r"(?:AH-64[DE]?\s+)?Apache(?:\s+(?:attack\s+)?helicopters?)\b"),
    ("UH-60 Black Hawk", "helicopter", r"(?:UH-60[ALMV]?\s+)?Black\s?Hawk(?:\s+helicopters?)?"),
    ("CH-47 Chinook", "helicopter", r"(?:CH-47[DFG]?\s+)?Chinook(?:\s+helicopters?)?"),
    # the US Army's eight-wheeled armoured vehicle (a bare "Stryker" may be a surname)
    ("Stryker", "vehicle", r"Stryker(?:s\b|[- ]mounted\b|\s+(?:(?:armou?red|combat)\s+)?"
                           r"vehicles?\b)"),
    ("M1 Abrams", "vehicle", r"(?:M1(?:A\d)?(?:\s+SEP(?:\s?v\d)?)?\s+)?Abrams(?:\s+tanks?)?"),
    # (a bare "Bradley" is as often a person: the model number, the plural or the noun)
    ("Bradley", "vehicle", r"M[23](?:A\d)?\s+Bradleys?\b(?:\s+(?:[Ii]nfantry\s+)?"
                           r"[Ff]ighting\s+[Vv]ehicles?\b)?|Bradley(?:s\b|\s+(?:[Ii]nfantry\s+)?"
                           r"(?:[Ff]ighting\s+)?[Vv]ehicles?\b)"),
    ("MRAP", "vehicle", r"MRAPs?\b|[Mm]ine-resistant(?:,?\s+ambush-protected)?\s+"
                        r"(?:vehicles?|trucks?)"),
    # (named as navies and maritime agencies name it; "drone boat" is the press's word)
    ("uncrewed surface vessel", "vessel", r"(?:explosive-laden\s+)?(?:drone|unmanned|uncrewed)\s+"
                                          r"(?:boats?|surface\s+vessels?)|USVs?\b"),
    # the fast boats that shadow or board merchant ships
    ("small craft", "vessel", r"small\s+craft\b"),
    ("car bombs", "explosive", r"car\s+bombs?"),
    # the military term, kept when the report uses it (a truck bomb is one too)
    ("VBIED", "explosive", r"(?:suicide\s+)?truck\s+bombs?|VBIEDs?\b|vehicle-borne\s+"
                           r"(?:improvised\s+)?explosive\s+devices?"),
    # A ship named with its navy's prefix: "USS Ralph Johnson", "HMCS Ville de Québec",
    # (not a line in capitals: "MAY NOT BE IN ITS FINAL FORM AND MAY ...")
    # "BRP Sierra Madre", "JS Teruzuki", "MV Rubymar" (the hull number after it is no part).
    # (not a web page's "RSS Receive this alert as RSS feed")
    ("warship", "vessel", rf"(?:{SHIP_PREFIXES})\s+(?!(?:Receive|Feeds?|Reader|Subscribe)\b)"
                          rf"(?!(?:[A-Z]{{2,}}\s+){{2}}[A-Z]{{2,}}\b)"
                          r"[A-Z][\w.'’-]*"
                          r"(?:\s(?:(?:de|del|da|do|dos|di|van|von|der|la|le|du|of|the)\s)?"
                          r"[A-Z][\w.'’-]*){0,3}"),
    ("Javelin", "anti-tank missile", r"Javelin(?:s|\s+missiles?)?\b"),
    ("anti-tank guided missiles", "anti-tank missile",
     r"anti-tank\s+guided\s+missiles?|anti-tank\s+missiles?|ATGMs?\b"),
    ("Stinger", "air defence", r"Stinger(?:s|\s+missiles?)?\b"),
    # the Evolved Sea Sparrow Missile, a warship's shorter-range interceptor
    ("ESSM", "air defence", r"ESSMs?\b|Evolved\s+Sea\s+Sparrow(?:\s+[Mm]issiles?)?"),
    ("close-range ballistic missiles", "ballistic missile",
     r"close-range\s+ballistic\s+missiles?|CRBMs?\b"),
    ("Iskander", "ballistic missile", r"Iskander(?:-M)?(?:\s+(?:ballistic\s+)?missiles?)?"),
    # a missile known by its speed class ("a new hypersonic missile")
    ("hypersonic missile", "ballistic missile",
     r"hypersonic\s+(?:ballistic\s+|cruise\s+|glide\s+)?missiles?\b"),
    ("ballistic missiles", "ballistic missile", r"ballistic\s+missiles?"),
    ("glide bombs", "bomb", r"(?:guided\s+)?glide\s+bombs?"),
    # the DoD's own term, spelled out or as initials: "counter-small unmanned aircraft
    # systems (C-sUAS)"
    ("counter-UAS systems", "air defence",
     r"counter-(?:small\s+)?unmanned\s+aircraft\s+systems?|C-s?UAS\b(?:\s+systems?)?|"
     r"counter-UAS(?:\s+systems?)?"),
    # the guns and interceptors that defend bases against rockets, by what they do (C-RAM
    # when the report names it)
    ("counter-rocket systems", "air defence",
     r"counter-rocket(?:\s+(?:defen[cs]e\s+)?systems?|\s+defen[cs]es?)\b"),
    ("counter-drone systems", "air defence",
     r"counter-drone\s+(?:systems?|defen[cs]es)"),
    ("cruise missiles", "cruise missile", r"cruise\s+missiles?"),
    # ("anti-ship ballistic missiles" are read from "ballistic", a class of their own)
    ("anti-ship missiles", "anti-ship missile", r"anti-ship\s+missiles?\b"),
    # drones built to ram or shoot down other drones, a cheaper interceptor
    ("interceptor drones", "interceptor", r"interceptor\s+drones?\b"),
    # first-person-view attack drones, the short-range kind both sides fly in Ukraine
    ("FPV drones", "drone", r"(?:[Ff]irst-person[- ]view\s+(?:\(FPV\)\s+)?|FPV\s+)drones?\b"),
    # ("OWA": military shorthand for one-way attack, never a system's own name)
    ("drones", "drone", r"(?:armed\s+|attack\s+|suicide\s+|[Oo]ne-way\s+attack\s+|OWA\s+|"
                         r"explosive-laden\s+)?drones?\b"
                         r"(?!\s+strikes?)|UAVs?\b|(?:one-way\s+(?:attack\s+)?|OWA\s+)?(?<!-)UAS\b|"
                         r"(?:one-way\s+(?:attack\s+)?)?unmanned\s+aerial\s+(?:vehicles?|systems?)|"
                         r"unmanned\s+aircraft(?:\s+systems?)?"),
    # the weapon in any of its words ("mortar fire", "a mortar round", "mortar and artillery
    # rounds"), not the men or places named after it ("the mortar team", "mortar positions")
    # nor the builder's ("brick-and-mortar shops")
    ("mortars", "artillery", r"(?<!-)(?<!brick\sand\s)(?<!bricks\sand\s)[Mm]ortars?\b"
                             r"(?!\s+(?:teams?|crews?|units?|positions?|platoons?|sections?|"
                             r"squads?|men|pits?)\b|-)"),
    ("IEDs", "explosive", r"IEDs?\b|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?"),
    # the marksman's weapon, named by its class ("a sniper rifle with a thermal sight")
    ("sniper rifles", "gun", r"sniper\s+rifles?\b"),
    # (one rocket after "a": "a rocket landed", not "a rocket attack" or "a rocket team")
    # ("a rocket attack", "rocket attacks": the weapon of the attack, as "a drone attack")
    ("rockets", "rocket", r"rockets\b|rocket\s+launchers?\b|rocket(?=\s+attacks?\b)|"
                          r"rocket(?<=\b[Aa]\srocket)\b"
                          r"(?![\s-]+(?:fire|strikes?|barrages?|salvos?|sirens?|alerts?|launch(?:ers?|es|ing)?|propelled|"
                          r"teams?|units?|forces?|engines?|scientists?|boosters?)\b)"),
    # the improvised launchers militias leave behind ("security forces found the launch
    # rail"), not the metaphor ("a launching platform for attacks"); a "launch pad" is left
    # out: reports use it of whole areas ("used as launch pads") as often as of the device
    ("launch rails", "launcher", r"[Ll]aunch(?:ing)?\s+rails?\b"),
    ("launch platforms", "launcher", r"[Ll]aunch(?:ing)?\s+platforms?\b(?!\s+for\b)"),
    # Classes of weapon and equipment that reports name without a model: combat jets, the
    # water cannon of coast-guard confrontations, militias' armed pickups, infantry weapons.
    ("fighter jets", "aircraft", r"(?:[Ff]ighter|[Cc]ombat)\s+jets?\b|"
                                 r"fighter(?:-bomber)?\s+aircraft\b"),
    ("warplanes", "aircraft", r"war\s?planes?\b"),
    # a warship named by its class and navy only ("a US Navy destroyer", "the guided-missile
    # destroyer"); a ship named close by is read by its name ("two destroyers, USS X and ...")
    ("destroyer", "warship", r"(?:(?<=Navy\s)|(?<=guided-missile\s))destroyers?\b"
                             rf"(?!\s+[A-Z]|[^.;\"“]{{0,60}}\b(?:{SHIP_PREFIXES})\s+[A-Z])"),
    # (as the destroyer: "two frigates in the Red Sea", "one of its frigates"; not one named)
    ("frigates", "warship", r"(?<![A-Z0-9]\s)frigates?\b"
                            rf"(?!\s+[A-Z]|[^.;\"“]{{0,60}}\b(?:{SHIP_PREFIXES})\s+[A-Z])"),
    ("water cannon", "non-lethal", r"[Ww]ater\s+cannons?\b"),
    ("technicals", "vehicle", r"technical\s+(?:vehicles?|trucks?)|(?<=armed\s)technicals?\b"),
    ("small arms", "gun", r"[Ss]mall[- ]arms\b"),
    # (the plural alone is the defending weapons, "air defences shot down"; the singular is
    # often the mission, "air defence forces", "an air defence officer", kept only where it
    # does the shooting down: see _as_agent)
    ("air defence systems", "air defence", r"[Aa]ir[- ]defen[cs]e(?:\s+(?:systems?|"
                                           r"batter(?:y|ies))|s\b|\b(?![-/]))"),
    # the sensor as a piece of kit ("two radars", "radar systems", "a radar and four
    # launchers"), not the sensing ("tracked by radar", "avoid radar", "radar coverage")
    ("radars", "radar", r"radars\b|radar\s+systems?\b|radar(?<=\b[Aa]\sradar)"
                        r"(?=\s*(?:[,;.)]|and\b|or\b|was\b|is\b|to\b|at\b|in\b))|"
                        r"radar(?<=\b[Aa]\ssingle\sradar)"
                        r"(?=\s*(?:[,;.)]|and\b|or\b|was\b|is\b|to\b|at\b|in\b))"),
    # combat aircraft by the bare word ("Israeli jets struck"), not airliners or private jets
    ("jets", "aircraft", r"(?<![Pp]assenger\s)(?<![Pp]rivate\s)(?<![Bb]usiness\s)"
                         r"(?<![Cc]ommercial\s)(?<![Jj]umbo\s)(?<![Aa]irline\s)"
                         r"(?<![Cc]ivilian\s)(?<![Cc]orporate\s)(?<![Ww]ater\s)jets\b"),
    # ... and by "aircraft" where they strike ("its aircraft struck a building"): elsewhere the
    # word is as often an airliner, a carrier or a hangar
    ("aircraft", "aircraft", r"aircraft(?=\s+(?:(?:had|have|has)\s+)?(?:struck|hit|bombed|"
                             r"attacked|targeted|carried\s+out)\b)"),
    # Infantry and ground weapons that wire reports name in ambushes and shelling, and the
    # destroyer gun (the Mk 45 five-inch gun) that US naval reporting names.
    ("rocket-propelled grenades", "rocket", r"rocket[- ]propelled\s+grenades?(?:\s+launchers?)?|"
                                            r"RPG(?:-7)?s?\b(?:\s+launchers?)?"),
    ("Kalashnikov rifles", "gun", r"Kalashnikov(?:\s+(?:assault\s+)?rifles?|s\b)?|AK-47s?\b"),
    # what a suicide attacker wears or drives: "suicide vests", "an explosive-laden car"
    ("suicide vests", "explosive",
     r"suicide\s+(?:vests?|belts?)\b|explosives?(?:\s+(?:vests?|belts?)|[- ]laden\s+(?:vehicles?|"
     r"cars?|trucks?|pickups?(?:\s+trucks?)?))\b"),
    ("machine guns", "gun", r"(?:heavy\s+)?machine[- ]guns?\b"),
    # a gun that defends a base (C-RAM is one): "no C-RAM or other gun system"
    ("gun system", "air defence", r"(?<!machine\s)(?<![-\w])gun\s+systems?\b"),
    ("land mines", "explosive", r"land\s*mines?\b|anti-(?:personnel|tank)\s+mines?\b"),
    ("grenades", "explosive", r"(?:hand\s+|stun\s+)?grenades?\b"),
    ("multiple rocket launchers", "artillery", r"multiple\s+(?:launch\s+)?rocket\s+"
                                               r"(?:launchers?|systems?)"),
    # (read back from "missile": a table entry opening on "p" would be tried at every "p")
    ("precision-guided missiles", "missile", r"missiles(?<=precision-guided\smissiles)\b|"
                                             r"missile(?<=precision-guided\smissile)\b"),
    # the class of guided bomb and missile air forces report dropping ("PGMs")
    ("precision-guided munitions", "munition",
     r"munitions(?<=precision[-\s]guided\smunitions)\b|munition(?<=precision[-\s]guided\smunition)\b|"
     r"PGMs?\b"),
    # a missile said to be guided, of no named kind ("struck the tank with a guided missile")
    ("guided missiles", "missile", r"(?<!-)guided\s+missiles?\b"),
    # a missile of no named kind ("a missile landed", "drones and missiles"), not the words
    # it names ("missile defence", "a missile base", "guided-missile destroyer")
    ("missiles", "missile", r"(?<!-)[Mm]issiles?\b(?![\s-]+(?:defen[cs]es?|attacks?|strikes?|"
                            r"launch\w*|bases?|sites?|fragments?|debris|program\w*|units?|"
                            r"forces?|brigades?|boats?|ships?|destroyers?|frigates?|cruisers?|"
                            r"corvettes?|systems?|batter\w+|tests?|fire|barrages?|salvos?|"
                            r"alerts?|sirens?|warnings?|threats?|technology|capabilit\w+|"
                            r"arsenals?|stockpiles?|production|factor\w+|parts?|components?|"
                            r"engines?|warheads?|interceptors?|shield|range|silos?|crews?|"
                            r"troops|experts?|commands?|and\s+drone\s+\w+|and\s+air\b|"
                            r"[A-Z])\b|-)"),
    ("artillery", "artillery", r"artillery\b(?!\s+(?:fire|units?|regiment|brigade|"
                               r"battalion|positions?|officers?|crews?|soldiers)\b)"),
    ("helicopters", "helicopter", r"helicopters?\b"),
    ("five-inch gun", "gun", r"(?:five|5)-inch\s+(?:deck\s+)?guns?\b"),
    # the beam weapons by their plural ("lasers and interceptor drones"): the singular is as
    # often a rangefinder or a guidance ("laser-guided", "a laser designator")
    ("lasers", "directed energy", r"(?<!-)lasers\b"),
    # weapons that defeat drones with a beam, named as the report writes them ("high-power
    # microwave weapons", "a laser weapon", "directed energy"; not "directed energy research")
    ("directed-energy weapons", "directed energy",
     r"(?:high[- ]power(?:ed)?\s+|high[- ]energy\s+)?(?:microwave|laser)(?:\s+directed[- ]energy)?"
     r"\s+weapons?\b|directed[- ]energy(?:\s+weapons?\b|(?=\s+(?:can|could|will|would|is|was|"
     r"are|has|have|and|or)\b|[,.;)]))"),
]
# "the rockets" after "107 mm Katyusha rockets" are those rockets: folded into the named one.
# Drones are not: "Shahed" and "drones" are often different ones (FPV, decoys,
# reconnaissance), and reports name both.
GENERIC = {"rockets": "rocket"}
# A class that is one named system when the report names it: "C-RAM ... the counter-rocket
# system".
FOLDED = {"counter-rocket systems": "c-ram"}
# Classes that add nothing once the report names systems of their kind: "fighter jets" in a
# report on F-16s and F-35s are those jets. (Air defences are not folded so: "air defences"
# beside a Patriot are the base's defences as a whole, briefed as a system of their own.)
COVERED = {"fighter jets": "aircraft", "warplanes": "aircraft", "jets": "aircraft",
           "aircraft": "aircraft"}
# Tankers, airlifters and surveillance planes: named beside "fighter jets", they are not those
# jets ("a Luftwaffe A400M refuels coalition fighter jets").
_SUPPORT_AIRCRAFT = re.compile(r"A400M|Voyager|KC-|C-\d|E-\d|P-8|Y-9|KJ-|Airbus|Boeing|"
                               r"Shadow\s+R1")
# The singular "air defence" is a system where it does the shooting down ("brought down by
# Ukrainian air defence", "air defence intercepted two drones"); elsewhere it is the mission.
_BY_AGENT = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,2}$")
_AGENT_VERB = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:intercept(?:ed|s)?|down(?:ed|s)?|"
                         r"shot|brought\s+down|destroy(?:ed|s)?|engag(?:ed|es))\b")
# Classes that only a system named by its make covers: "artillery" beside K9
# howitzers, "helicopters" beside Black Hawks (not beside "multiple rocket launchers").
COVERED_BY_NAMED = {"artillery": "artillery", "helicopters": "helicopter"}
_NAMED = re.compile(r"[A-Z0-9]")
# Kinds one table entry reads, told apart by the words matched (one entry each would be tried
# at every word opening with its letter): name pattern -> (words, name, category).
REFINED: dict[str, list[tuple[re.Pattern[str], str, str]]] = {
    # the long-range kind states and militias fly into targets
    # (military reporting's own term kept as it writes it: "one-way attack UAS")
    "drones": [(re.compile(r"^one-way\s+attack\s+UAS$"), "one-way attack UAS", "drone"),
               (re.compile(r"^one-way\s+attack\s+unmanned\s+aerial\s+systems?$"),
                "one-way attack unmanned aerial system", "drone"),
               (re.compile(r"^OWA\s+UAS$"), "one-way attack UAS", "drone"),
               # ("One-way attack drone threat ...": a headline's capital)
               (re.compile(r"^[Oo]ne-way\s+attack|^OWA"), "one-way attack drones", "drone")],
    "rockets": [(re.compile(r"launchers?$"), "rocket launchers", "artillery")],
    "rocket-propelled grenades": [(re.compile(r"launchers?$"),
                                   "rocket-propelled grenade launchers", "rocket")],
    # a roadside bomb is one kind of IED; reports name it so
    "IEDs": [(re.compile(r"^roadside\s+bombs?$"), "roadside bomb", "explosive"),
             # (the report's own words where it does not say "improvised")
             (re.compile(r"^explosive\s+devices?$"), "explosive device", "explosive")],
    "suicide vests": [(re.compile(r"laden"), "explosive-laden vehicle", "explosive")],
    "air defence systems": [(re.compile(r"defen[cs]es?$"), "air defences", "air defence")],
    # the non-lethal kind, told apart from hand grenades
    "grenades": [(re.compile(r"^stun"), "stun grenades", "explosive")],
    # the gun as the report spells its calibre
    "five-inch gun": [(re.compile(r"^5"), "5-inch gun", "gun")],
}
# The report's own words for a class the table folds together, kept as the name when the
# report uses them ("unmanned aerial system", "anti-tank missile"): still one system with
# the table's class (_key), so a later "drones" is the same fact.
AS_WRITTEN: dict[str, re.Pattern[str]] = {
    "drones": re.compile(r"unmanned\s+aerial\s+(?:system|vehicle)s?"),
    "anti-tank guided missiles": re.compile(r"anti-tank\s+missiles?"),
    "counter-UAS systems": re.compile(r"counter-(?:small\s+)?unmanned\s+aircraft\s+systems?"),
    "anti-aircraft guns": re.compile(r"anti-aircraft\s+(?:fire|guns?|artillery)"),
}
_SAME_AS: dict[str, str] = {"unmanned aerial system": "drones",
                            "unmanned aerial systems": "drones",
                            "unmanned aerial vehicle": "drones",
                            "unmanned aerial vehicles": "drones",
                            "anti-tank missile": "anti-tank guided missiles",
                            "anti-tank missiles": "anti-tank guided missiles",
                            **{f"counter-{small}unmanned aircraft system{s}": "counter-UAS systems"
                               for small in ("", "small ") for s in ("", "s")}}
# Kinds of weapon rather than named systems: a name written before one is the system.
CLASSES = frozenset({"guided missiles", "unmanned aerial system", "unmanned aerial systems",
                     "unmanned aerial vehicle", "unmanned aerial vehicles", "rockets", "drones",
                     "missiles", "warplanes", "ballistic missiles",
                     "cruise missiles", "anti-ship missiles", "mortars",
                     "close-range ballistic missiles", "glide bombs", "fighter jets",
                     "air defence systems", "air defences", "artillery", "helicopters",
                     "precision-guided munitions", "counter-rocket systems",
                     "hypersonic missile", "jets", "aircraft", "radar-guided guns",
                     "counter-drone guns", "close-in weapon system", "surface-to-air missiles",
                     *KIT_CATEGORY})

# Tried only at word starts, and there only the systems that can begin with its letter.
SYSTEM_ALTERNATIVES = Alternatives([pattern for _, _, pattern in SYSTEMS], prefix=r"\b")
_TABLE_NAMES = frozenset(name for name, _, _ in SYSTEMS + PROGRAMMES)

_SPACES = re.compile(r"[ \t]+")
# Between a system's name and its class noun: "Sky Sabre ground-based air defence system".
# "Sea Viper ... is the main air defence system of the Type 45s": a class noun said of what a
# thing is, not a weapon of the story.
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was)\s+(?:the|an?)\s+(?:(?:main|primary|principal|"
                               r"standard|only)\s+)?$")
_OWN_NOUN = re.compile(r"[ \t]+(?:[a-z]+-[a-z]+[ \t]+)?")

# Status cues and the status they give, searched near each mention.
STATUS_CUES: list[tuple[str, str]] = [
    ("used by adversary",
     r"\bfired\b|\blaunched\b|\bhits?\b|\bstruck\b|\bslam(?:s|med)\b|\blanded\b|\bimpacted\b|"
     r"\btargeted\b|\battack(?:ed|s)?\b|\bbarrage\b|\bvolley\b|\bdetonat\w+|\bexplod\w+|"
     r"\bcrashed\s+into\b"),
    ("arriving",
     r"\bplans?\s+to\s+(?:move|send|deploy|bring)\b|\bin\s+the\s+coming\s+(?:days|weeks)\b|"
     r"\bwill\s+(?:soon\s+)?(?:have|get|receive|arrive|deploy|be\s+deployed|be\s+sent)\b|"
     r"\bmoving\s+in\b|\bon\s+(?:the|their)\s+way\b|\ben\s+route\b|\barriv\w+|\bto\s+be\s+sent\b|"
     r"\bto\s+be\s+(?:positioned|deployed|moved|based)\b|\bwill\s+rotate\b"),
    ("deployed",
     r"\balready\s+(?:moved|deployed|installed|sent|in\s+place)\b|\bdeployed\b|\binstalled\b|"
     r"\bstationed\b|\bhas\s+moved\b|\bhave\s+moved\b|\bnow\s+(?:in\s+place|operational)\b"),
    ("requested", r"\brequest(?:ed|s|ing)?\b|\basked\s+for\b|\bseeking\b|\bwants?\b|"
                  r"\bcalls?\s+for\b"),
]
STATUS_RE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(STATUS_CUES)))
STATUS_RANK = ["used by adversary", "deployed", "arriving", "requested", "mentioned"]
NEAR = 60  # characters either side of a mention in which a cue counts
# "American F-15Es ... attack": our own aircraft are not an adversary's weapon.
OURS = re.compile(r"\b(?:U\.S\.|US|American|coalition|Coalition|British|RAF|allied|Allied|"
                  r"NATO|Israeli|French|our)\s+(?:[\w-]+\s+){0,2}$")
# "targeted the base with a one-way attack drone": the weapon of the verb well before it.
WIELDED = re.compile(r"\b(?:with|using)\s+(?:[\w-]+\s+){0,3}$")
FRIENDLY_ACTOR = re.compile(r"\bU\.S\.|\bAmerican\b|\b[Cc]oalition\b|\bIsraeli\b|\bBritish\b|"
                            r"\bPentagon\b|\bCENTCOM\b|\bCentral\s+Command\b")
# "deployed to Kuwait", "arriving in Erbil": where the system is.
WHERE_CUE = re.compile(r"\b(?:to|in|at|into|from)\s+(?:the\s+)?$")


# Kit that is fired in defence ("fired 187 Coyote interceptors", "launched Patriots"): firing
# it is no attack, so it is never an adversary's weapon by a firing cue.
_DEFENDING = ("air defence", "interceptor", "vessel")


@dataclass
class SystemMention:
    name: str
    category: str
    start: int
    end: int
    status: str


def _status_near(text: str, sent_start: int, sent_end: int, start: int, end: int,
                 category: str, theirs: bool = True) -> str:
    """theirs=False: the system is ours (system_sides.py), so no firing cue makes it theirs."""
    lo, hi = max(sent_start, start - NEAR), min(sent_end, end + NEAR)
    best, best_gap = "mentioned", NEAR + 1
    for m in STATUS_RE.finditer(text, lo, hi):
        status = STATUS_CUES[int(m.lastgroup[1:])][0]  # type: ignore[index]
        if status == "used by adversary" and not theirs:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end
        if m.start() < end and m.end() > start:
            continue  # the cue is part of the name
        if status == "used by adversary" and category not in _DEFENDING and \
                m.end() <= start and gap > 12 and \
                WIELDED.search(text, max(sent_start, start - 40), start) and \
                not FRIENDLY_ACTOR.search(text, sent_start, m.start()):
            pass  # "militants targeted the base with a drone": their weapon
        elif status == "used by adversary" and (category in _DEFENDING or (
                m.end() <= start and gap > 12)):
            continue  # "fired" well before the weapon is seldom about it
        if status == "used by adversary" and category in ("aircraft", "helicopter") and \
                OURS.search(text, max(sent_start, start - 40), start):
            continue
        if gap < best_gap:
            best, best_gap = status, gap
    return best


# A model named by a word and a number, with no noun after it ("a new variant of the
# Hwasong-16B", "fired a Fattah-1"): a system in a sentence about missiles or launches.
_MODEL = re.compile(r"\b(?!(?:Tower|Route|Highway|Camp|Block|Type|Covid|COVID|Level|Phase|"
                    r"Group|Unit|Task|Force|Page|Section|Article|Resolution)\b)"
                    r"[A-Z][a-z]{3,}-\d{1,3}[A-Z]{0,2}\b(?![-/]\w)")
_WEAPON_WORD = word_gated(re.compile(r"\b(?:missiles?|rockets?|launch(?:ed|es|er|ers)?|warheads?|"
                                     r"test-fired)\b"))


# "the Greek frigate Hydra", "the destroyer Carney": a ship named after its class (not a day
# or a month: "the destroyer Monday", AP's order).
_SHIP_CLASSES = ("frigate", "destroyer", "corvette", "cruiser", "warship")
_NAMED_SHIP = re.compile(r"\b(?:frigate|destroyer|corvette|cruiser|warship)\s+(?!(?:Monday|"
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
                        not doc.text[start - 13:start - 12].isalpha():
                    # "operating short-range air defense": the Army's SHORAD tier, the kit
                    start -= 12
                    name = " ".join(doc.text[start:m.end()].split()).lower()
                elif not _as_agent(doc.text, m.start(), m.end()):
                    continue  # "cooperation on air defence": the mission
            if name in CLASSES and len(found) > first and found[-1].name not in CLASSES and \
                    _SPACES.fullmatch(doc.text, found[-1].end, m.start()):
                continue  # "Iron Dome air defence system": the named system's own noun
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
    found.sort(key=lambda f: f.start)
    if any(f.status == "used by adversary" and f.category in FLOWN_OR_DRONE for f in found):
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


def _placed(doc: Document, m: SystemMention, places: list) -> str:
    """The place a deployed or arriving system is named at in its own sentence."""
    if m.status not in ("deployed", "arriving") or not places:
        return ""
    sent = doc.sentence_at(m.start)
    if sent is None:
        return ""
    for p in places:
        if sent.start <= p.start < sent.end and not getattr(p, "locator", False) and \
                WHERE_CUE.search(doc.text, max(sent.start, p.start - 12), p.start):
            return p.name
    return ""


# The singular "air defence" naming a body or a trade: "by the 43rd Air Defense Artillery
# Regiment", "air defence officers", "air defence fire" (that is "anti-aircraft fire").
_MISSION_AFTER = re.compile(r"\s+(?:[A-Z]|(?:artillery|command|forces?|brigades?|regiments?|"
                            r"battalions?|units?|detachments?|officers?|commanders?|fire|"
                            r"teams?|crews?|network)\b)")
# ("our ground-based air defence", "Iraq's own ground-based air defence": someone's kit; a bare
# "Ground-based air defense has been the most visible area of change" is the field)
# "missiles and drones were fired from Iraq toward Israel": launched from somewhere at a target.
_LAUNCHED_AT = re.compile(r"\b(?:fired|launched)\s+(?:from|toward|towards|at)\b")
_GBAD_BEFORE = re.compile(r"(?:\b(?:our|their|its|his|her)|['’]s|\bown)\s+ground-based\s$", re.I)


def _as_agent(text: str, start: int, end: int) -> bool:
    """Air defences named as those that did the shooting down."""
    return bool(_BY_AGENT.search(text, max(0, start - 30), start) or
                _AGENT_VERB.match(text, end))


def extract_systems(doc: Document, mentions: list[SystemMention] | None = None,
                    places: list | None = None) -> list[System]:
    """One System per distinct system; a generic 'rockets' folds into a named rocket, and a
    class covered by named systems of its kind is dropped. places (PlaceMention list) fills
    where a deployed or arriving system is, and keeps place names out of systems' names."""
    mentions = find_system_mentions(doc) if mentions is None else mentions
    if places:  # "the Metula rocket strike": a place before the noun, not a system's name
        place_names = {p.name.casefold() for p in places}
        mentions = [m for m in mentions if m.name.casefold() not in place_names or
                    m.category == "vessel" or m.name in _TABLE_NAMES]
    where: dict[str, str] = {}
    for m in mentions:
        if places and _key(m.name) not in where:
            found = _placed(doc, m, places)
            if found:
                where[_key(m.name)] = found
    # A generic "rockets" folds into the one named rocket of the report; with two named kinds
    # ("Katyusha rockets and Burkan heavy rockets") it could be either, and stays a class.
    kinds: dict[str, set[str]] = {}
    for m in mentions:
        if m.name not in GENERIC:
            kinds.setdefault(m.category, set()).add(_key(m.name))
    named = {m.category: _key(m.name) for m in reversed(mentions)
             if m.name not in GENERIC and len(kinds[m.category]) == 1}
    covered = {m.category for m in mentions if m.name not in CLASSES and
               not _SUPPORT_AIRCRAFT.match(m.name)}
    named_kinds = {m.category for m in mentions if m.name not in CLASSES and _NAMED.search(m.name)}
    # a bare "missiles" beside any missile or interceptor the report names is one of those
    # (but not missiles launched at us beside only our interceptors: "missiles and drones
    # were fired toward Israel" in a report on Patriot interceptors)
    missile_named = any("missile" in m.category and m.name != "missiles" for m in mentions) or \
        any(m.category == "air defence" for m in mentions) and not any(
            m.name == "missiles" and m.status == "used by adversary" and
            _LAUNCHED_AT.search(doc.text, m.end, min(len(doc.text), m.end + 60))
            for m in mentions)
    mentions = [m for m in mentions if COVERED.get(m.name) not in covered and
                COVERED_BY_NAMED.get(m.name) not in named_kinds and
                not (m.name == "missiles" and missile_named)]
    merged: dict[str, SystemMention] = {}
    keys = {_key(m.name) for m in mentions}
    for m in mentions:
        key = _key(m.name)
        if FOLDED.get(m.name) in keys:
            key = FOLDED[m.name]
            if key not in merged:
                continue
        elif m.name in GENERIC and GENERIC[m.name] == m.category and m.category in named:
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
               place=where.get(_key(m.name), "") if m.status in ("deployed", "arriving") else "",
               provenance=Provenance(source="src-1", start=m.start, end=m.end))
        for i, m in enumerate(merged.values(), 1)
    ]
