"""The named table: the weapon and defence systems reports name, each with its category and
the words reports write it in.

One entry a system, tried in order at word starts (systems.py compiles them into one set of
alternatives); REFINED tells apart the kinds one entry reads by the words it matched. Kept apart
from the reading in systems.py because it grows with every round of reports, not the logic.
"""

from __future__ import annotations

import re

# Navies' ship prefixes (US, UK, Commonwealth, Philippine, Japanese, Turkish, Korean ...) and
# the merchant "MV": a capitalised name after one is a ship.
SHIP_PREFIXES = (r"USS|USNS|HMS|HMCS|HMAS|HMNZS|RFA|INS|FS|ITS|BRP|JS|TCG|ROKS|ROCS|KRI|PNS|"
                 r"HTMS|RSS|BAP|NRP|ESPS|FGS|HNLMS|HDMS|HNoMS|HSwMS|ORP|RFS|MV|M/V|M/T")
# A weapon word naming the site it is kept, made or launched at ("drone storage facilities",
# "missile and drone storage", "a drone workshop", "drone launch sites"): a target, no weapon.
_SITE_AFTER = (r"\s+(?:(?:and|or)\s+(?:missile|rocket|weapons?)\s+)?(?:storage|depots?|"
               r"facilit(?:y|ies)|factor(?:y|ies)|workshops?|warehouses?|assembly|production|"
               r"manufactur\w+|plants?|sites?|launch\s+(?:sites?|points?|pads?|positions?))\b")
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
     r"C-RAMs?\b(?:,?\s+or\s+counter[- ]rocket,\s+artillery,?\s+and\s+mortar\s+systems?|"
     r"\s+gun\s+systems?\b)?|"  # ("a C-RAM gun system": its own noun, not a second system)
     # (spelled out, maybe with its initials inside: "Counter-Rocket, Artillery and Mortar, or
     # C-RAM, systems")
     r"[Cc]ounter[- ][Rr]ocket,\s+[Aa]rtillery,?\s+(?:and|&)\s+[Mm]ortar(?:,?\s+or\s+C-RAM,?)?"
     r"(?:\s+systems?)?"),
    ("THAAD", "air defence", r"THAAD\b(?:\s+(?:batter(?:y|ies)|systems?))?|Terminal\s+High\s+"
                             r"Altitude\s+Area\s+Defen[cs]e(?:\s+\(THAAD\))?"),
    ("Iron Dome", "air defence", r"Iron\s+Dome\b"),
    # a US base's outdoor mass-notification loudspeakers, which sound the attack alarm
    ("Giant Voice", "warning system", r"Giant\s+Voice\b"),
    # Rafael's counter-drone system, Israel's partner of Iron Dome (before the "drones" class)
    ("Drone Dome", "air defence", r"Drone\s+Dome\b(?:\s+(?:units?|systems?|batter(?:y|ies)))?"),
    ("NASAMS", "air defence", r"NASAMS\b"),
    # the Army's air and missile defence battle command system, which links Patriot and the
    # short-range systems' sensors and launchers
    ("IBCS", "air defence", r"IBCS\b|Integrated\s+(?:Air\s+and\s+Missile\s+Defen[cs]e\s+)?"
                            r"Battle\s+Command\s+System\b"),
    ("S-400", "air defence", r"S-400s?\b"),
    ("S-300", "air defence", r"S-300s?\b"),
    # (bare "Avenger" only beside another air defence it is listed with: "Avenger or M-SHORAD")
    # ... or as the unit moved in: "an Avenger unit reached Conoco", "Avenger flown in from Kuwait"
    ("Avenger", "air defence", r"Avenger\s+(?:air[- ]defen[cs]e\s+)?(?:systems?|units?|"
                               r"batter(?:y|ies)|platoons?|sections?|teams?)\b|"
                               r"Avengers?(?=\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                               r"(?:flown|moved|deployed|rushed|brought)\s+(?:in|into|to|from)\b)|"
                               r"Avengers?(?=,?\s+(?:and|or)\s+(?:M-SHORAD|Stingers?|NASAMS|"
                               r"C-RAM|Patriots?|Coyotes?)\b)"),
    # the Army's mobile counter-drone system at CENTCOM's bases
    ("M-LIDS", "air defence", r"M(?:obile)?-LIDS\b|Mobile[- ]Low,\s+Slow,?\s+Small[- ]Unmanned\s+"
                              r"Aircraft\s+Integrated\s+Defeat\s+Systems?"),
    # ... and its fixed-site sibling at the bases themselves
    ("FS-LIDS", "air defence", r"FS-LIDS\b|Fixed[- ]Site\s+Low,\s+Slow,?\s+Small\s+"
                               r"(?:UAS|Unmanned\s+Aircraft(?:\s+Systems?)?)\s+Integrated\s+"
                               r"Defeat\s+Systems?"),
    # ... and the family's own name, written out or in initials (after both: "M-LIDS" first)
    ("LIDS", "air defence", r"LIDS\b|Low,\s+Slow,?\s+Small[- ](?:[Uu]nmanned|UAS)\s+Aircraft\s+"
                            r"Integrated\s+Defeat\s+Systems?"),
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
    ("F-15", "aircraft", r"F-15(?:EX|[A-Z])?s?\b"),
    ("A-10", "aircraft", r"A-10s?\b(?:\s+Warthogs?)?"),
    ("B-52", "aircraft", r"B-52s?\b"),
    ("B-1B", "aircraft", r"B-1Bs?\b(?:\s+bombers?)?"),
    ("AC-130", "aircraft", r"AC-130[JUW]?s?\b(?:\s+gunships?)?"),
    ("A400M", "aircraft", r"A400Ms?\b(?:\s+Atlas)?"),  # Europe's airlifter and tanker
    # Raytheon's small interceptor of drones; the bare word may be the animal or a name
    # (or bare, where it brings down drones: "shot down by a Coyote", "on the Coyote side we
    # have 26 interceptors", a log's "engaged 2nd UAS w/ Coyote")
    ("Coyote", "interceptor", r"Coyote(?:s?\s+(?:Block\s+\d\w*|interceptors?|intercepts?|"
                              r"(?:counter-)?drones?|missiles?|systems?|launchers?)\b)|"
                              r"(?:(?<=by a )|(?<=with a )|(?<=by )|(?<=w/ ))Coyote\b|"
                              # (named after the gun it is listed with: "by C-RAM and Coyote")
                              r"(?:(?<=C-RAM and )|(?<=C-RAM or )|(?<=C-RAM, ))Coyote\b|"
                              # (the make, bracketed after its class: "counter-UAS systems
                              # (Coyote)")
                              r"(?:(?<=systems \()|(?<=system \()|(?<=interceptors \())"
                              r"Coyote(?=\))|"
                              r"Coyotes?\b(?=[^.\n]{0,60}\b(?:interceptors|C-RAM)\b)"),
    # the Army's short-range air-defence radar (AN/MPQ-64F1 Sentinel is its usual set)
    ("Forward Area Air Defense radar", "radar",
     r"(?:Forward\s+Area\s+Air\s+Defen[cs]e(?:\s+\(FAAD\))?|FAAD)\s+radars?\b"),
    # the Army's air-defence radar; bare only where it senses ("the Sentinel picks them up")
    ("Sentinel radar", "radar", r"(?:AN/MPQ-64\s+)?Sentinel(?:\s+radars?\b|(?=\s+(?:picks?|picked|"
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
    # A warship known only by its radio callsign in VHF traffic (Red Sea, Gulf of Aden):
    # "Coalition Warship 71", "Indian Warship 45": a navy or coalition word, the capitalised
    # "Warship" and a number; each callsign is its own ship.
    ("warship", "vessel", r"(?:Coalition|Allied|Foreign|NATO|EU|Indian|French|British|Italian|"
                          r"Greek|Chinese|Japanese|U\.?S\.?)\s+Warship\s+[1-9]\d{0,2}\b"),
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
    # (not the job: "crews aren't doing C-UAS", "a C-UAS mission" name the trade, no kit)
    ("counter-UAS systems", "air defence",
     r"(?<!doing )(?<!do )(?:counter-(?:small\s+)?unmanned\s+aircraft\s+systems?|"
     r"C-s?UAS\b(?:\s+systems?)?|counter-UAS(?:\s+systems?)?)"
     # (whole words: "systems mission" may not be read as "system" + "s mission")
     r"\b(?!\s+(?:missions?|roles?|training|operations|tasks?|duty|duties)\b)"),
    # counter-drone kit by what it does to a drone's radio links: sensors that find a drone by
    # its emissions, and the handheld or fixed jammers that cut them
    ("RF detection sensors", "sensor", r"(?:RF|[Rr]adio[- ]frequency)\s+detection\s+"
                                       r"(?:sensors?|systems?)\b|RF\s+(?:sensors|detectors)\b"),
    ("RF defeat devices", "electronic warfare",
     r"(?:RF|[Rr]adio[- ]frequency)\s+(?:defeat|jamming)\s+(?:devices?|systems?|guns?)\b"),
    # the guns and interceptors that defend bases against rockets, by what they do (C-RAM
    # when the report names it)
    ("counter-rocket systems", "air defence",
     r"counter-rocket(?:\s+(?:defen[cs]e\s+)?systems?|\s+defen[cs]es?)\b"),
    ("counter-drone systems", "air defence",
     r"(?:counter|anti)-drone\s+(?:systems?|defen[cs]es)"),
    # the Houthis' and navies' sea-skimming missile against ships, by its own class
    ("anti-ship cruise missiles", "cruise missile", r"[Aa]nti-ship\s+cruise\s+missiles?\b"),
    # (a card's or a table's type line opens on the capital: "Cruise missile, ship hit")
    ("cruise missiles", "cruise missile", r"[Cc]ruise\s+missiles?"),
    # the Houthis' missile against ships, a kind of its own beside the plain ballistic one
    # (the tally a tracker keeps: "anti-ship ballistic missile" at one ship, "a ballistic
    # missile" at a port)
    ("anti-ship ballistic missiles", "ballistic missile",
     r"[Aa]nti-ship\s+ballistic\s+missiles?\b"),
    ("anti-ship missiles", "anti-ship missile", r"anti-ship\s+missiles?\b"),
    # drones built to ram or shoot down other drones, a cheaper interceptor
    ("interceptor drones", "interceptor", r"interceptor\s+drones?\b"),
    # first-person-view attack drones, the short-range kind both sides fly in Ukraine
    ("FPV drones", "drone", r"(?:[Ff]irst-person[- ]view\s+(?:\(FPV\)\s+)?|FPV\s+)drones?\b"),
    # ("OWA": military shorthand for one-way attack, never a system's own name)
    # ("a counter-drone role", "anti-drone measures": the defence against drones, not drones;
    # "drone storage facilities", "a drone workshop": a site struck, not a drone in the story)
    ("drones", "drone", r"(?<![Cc]ounter-)(?<![Aa]nti-)"
                         r"(?:armed\s+|attack\s+|suicide\s+|[Oo]ne-way\s+attack\s+|OWA\s+|"
                         r"explosive-laden\s+|(?:small\s+)?commercial\s+)?drones?\b"
                         rf"(?!\s+strikes?|{_SITE_AFTER})|"
                         r"UAVs?\b|(?:one-way\s+(?:attack\s+)?|OWA\s+)?(?<!-)UAS\b|"
                         r"(?:one-way\s+(?:attack\s+)?)?unmanned\s+aerial\s+(?:vehicles?|systems?)|"
                         r"(?:one-way\s+(?:attack\s+)?)?unmanned\s+aircraft(?:\s+systems?)?"),
    # the weapon in any of its words ("mortar fire", "a mortar round", "mortar and artillery
    # rounds"), not the men or places named after it ("the mortar team", "mortar positions")
    # nor the builder's ("brick-and-mortar shops")
    ("mortars", "artillery", r"(?<!-)(?<!brick\sand\s)(?<!bricks\sand\s)[Mm]ortars?\b"
                             r"(?!\s+(?:teams?|crews?|units?|positions?|platoons?|sections?|"
                             r"squads?|men|pits?)\b|-)"),
    ("IEDs", "explosive", r"IEDs?\b|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?"),
    # the marksman's weapon, named by its class ("a sniper rifle with a thermal sight")
    ("sniper rifles", "gun", r"sniper\s+rifles?\b"),
    # rockets said to be guided to their target, the kind Israel says Hezbollah stores apart
    # from its unguided ones ("a site used to store precision-guided rockets")
    ("precision-guided rockets", "rocket", r"precision[-\s]guided\s+rockets?\b"),
    # artillery rockets by their calibre ("3 x 107mm rockets", "107mm and 122mm rockets"):
    # each calibre its own system, named "107mm rockets" (systems.py spells the name)
    ("calibre rockets", "rocket",
     r"\d{2,3}(?:\s?|-)mm(?:\s+rockets?\b|"
     r"(?=,?\s+(?:and|or)\s+\d{2,3}(?:\s?|-)mm\s+rockets?\b))|"
     # (a log's terse cell, indirect fire by its count and a rocket calibre: "IDF x3 107mm";
     # 60, 81, 82 and 120 mm are the mortars', so only the rockets' calibres)
     r"(?:(?<=\bIDF\s)|(?<=\bIDF\sx\d\s)|(?<=\bIDF\sx\d\d\s))(?:107|122|240)\s?mm\b"),
    # (one rocket after "a": "a rocket landed", not "a rocket attack" or "a rocket team")
    # ("a rocket attack", "rocket attacks": the weapon of the attack, as "a drone attack")
    # ("rocket x2": a tracker's weapon cell, the singular noun and its count in shorthand)
    ("rockets", "rocket", r"rockets\b|rocket\s+launchers?\b|rocket(?=\s+attacks?\b)|"
                          r"rocket(?=\sx[1-9]\d?\b)|"
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
    # ("wounded by artillery fire": the guns that did the harm; other "artillery fire" is the
    # shelling told as an act)
    ("artillery", "artillery", r"artillery\b(?:(?!\s+(?:fire|units?|regiment|brigade|"
                               r"battalion|positions?|officers?|crews?|soldiers)\b)"
                               r"|(?<=\bby\sartillery)(?=\s+fire\b))"),
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
# Kinds one table entry reads, told apart by the words matched (one entry each would be tried
# at every word opening with its letter): name pattern -> (words, name, category).
REFINED: dict[str, list[tuple[re.Pattern[str], str, str]]] = {
    # the long-range kind states and militias fly into targets
    # (military reporting's own term kept as it writes it: "one-way attack UAS")
    "drones": [(re.compile(r"^one-way\s+attack\s+UAS$"), "one-way attack UAS", "drone"),
               (re.compile(r"^one-way\s+attack\s+unmanned\s+aerial\s+systems?$"),
                "one-way attack unmanned aerial system", "drone"),
               (re.compile(r"^one-way\s+attack\s+unmanned\s+aircraft\s+systems?$"),
                "one-way attack unmanned aircraft systems", "drone"),
               # (the shorthand alone is read in plain words; where the report spells out
               # "one-way attack UAS" too, the two are one system under that name: FOLDED)
               (re.compile(r"^OWA\s+UAS$"), "one-way attack drones", "drone"),
               # (a hobby quadcopter over the wire, not an attack drone)
               (re.compile(r"^(?:small\s+)?commercial\s+drones?$"), "commercial drones", "drone"),
               # ("One-way attack drone threat ...": a headline's capital)
               (re.compile(r"^[Oo]ne-way\s+attack|^OWA"), "one-way attack drones", "drone")],
    "rockets": [(re.compile(r"launchers?$"), "rocket launchers", "artillery")],
    # a fighter's variant letter says which aircraft: an F-15E strike jet is not an F-15C
    "F-15": [(re.compile(r"^F-15EX"), "F-15EX", "aircraft"),
             (re.compile(r"^F-15E"), "F-15E", "aircraft"),
             (re.compile(r"^F-15C"), "F-15C", "aircraft")],
    "F-35": [(re.compile(r"^F-35A"), "F-35A", "aircraft"), (re.compile(r"^F-35B"), "F-35B",
                                                            "aircraft"),
             (re.compile(r"^F-35C"), "F-35C", "aircraft")],
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
