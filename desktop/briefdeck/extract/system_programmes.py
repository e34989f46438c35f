"""The names the trade writes a system in with no noun after it: a model designator ("F-16",
"MQ-9", "SM-3 Block IIA", "T-72") whose prefix gives the category, and the programme names
everyone in the trade knows ("CAMM", "Storm Shadow", "Pantsir").

Both are lists that grow with the reports; systems_generic.py builds its shapes from them.
"""

from __future__ import annotations

# Designator prefix -> category ("F-16" is an aircraft, "MQ-9" a drone).
_PREFIX_CATEGORY = {
    "F": "aircraft", "B": "aircraft", "A": "aircraft", "C": "aircraft", "KC": "aircraft",
    "E": "aircraft", "P": "aircraft", "V": "aircraft", "Su": "aircraft", "MiG": "aircraft",
    "Tu": "aircraft", "Il": "aircraft", "An": "aircraft",  # "An-12BK": an Antonov cargo type
    "J": "aircraft", "MQ": "drone", "RQ": "drone",
    "AH": "helicopter", "UH": "helicopter", "CH": "helicopter", "MH": "helicopter",
    "HH": "helicopter", "Mi": "helicopter", "Ka": "helicopter", "SM": "air defence",
    "KAB": "bomb", "FAB": "bomb", "BMP": "vehicle", "BMD": "vehicle", "BTR": "vehicle",
    "S": "air defence", "Kh": "cruise missile", "BM": "artillery", "T": "vehicle",
    "PAC": "air defence", "FA": "aircraft", "F/A": "aircraft",
    # US munition designators: guided bombs, air-to-ground and air-to-air missiles
    "GBU": "bomb", "CBU": "bomb", "AGM": "missile", "AIM": "missile",
    "KN": "ballistic missile",  # the US names for North Korea's missiles: "KN-23", "KN-25"
}
_DESIGNATOR = (
    # (not the tail of a contract number: "W31P4Q-24-C-0057")
    # ("F/A-18": the fighter/attack prefix keeps its slash, never "A-18")
    r"(?<![\w]-)(?P<des>(?:GBU|CBU|AGM|AIM|KN|KAB|FAB|KC|MQ|RQ|AH|UH|CH|MH|HH|SM|Su|MiG|Mi|Ka|Tu|Il|An|Kh|BMP|BMD|BTR|BM|PAC|"
    r"F/A|FA|[FBACEPVJS])-\d{1,4}(?:[A-Z]{1,3}\d?)?"  # "Tu-95MS", "Tu-22M3", "F-15EX"
    r"(?:(?<=\d[A-Z])/[A-Z](?![\w/-]))?"  # a pair of variants: "F-16C/D", "F/A-18E/F"
    # a production block or variant is part of the name: "SM-3 Block IIA", "PAC-3 MSE"
    r"(?:\s+Block\s+(?:[IVX]+|\d+)[A-Z]?\b|(?<=PAC-\d)\s+(?:MSE|CRI|GEM(?:-T)?)\b)?"
    r"|T-\d{2,3}(?:[A-Z]\d?)?)s?\b"
    r"(?!-\d)"  # "FOIA Request FA-26-0412": a case or file number runs on, no aircraft
    r"(?!\s*(?:air\s*base|airbase|base|airfield|airport|camp|Camp|Air\s+Base)\b"
    # "the E-50 Pokrovsk-Pavlohrad highway": a road number, not an aircraft
    r"|(?:\s+[A-Z][\w-]*){0,2}\s+(?:highway|road|motorway|route|expressway|freeway)\b)"
)
# Programme names everyone in the trade knows, with their category.
PROGRAMMES: list[tuple[str, str, str]] = [
    ("CAMM", "air defence", r"CAMM(?:-ER)?"),
    # the Patriot's Guidance Enhanced Missile-Tactical interceptor
    ("GEM-T", "air defence", r"GEM-T"),
    # the US Army's Stryker-mounted short-range air defence
    ("M-SHORAD", "air defence", r"M-SHORAD|Maneuver[- ]Short[- ]Range\s+Air\s+Defen[cs]e"),
    ("Sky Sabre", "air defence", r"Sky\s+Sabre"),
    ("IRIS-T", "air defence", r"IRIS-T(?:\s+SLM)?"),
    ("SAMP/T", "air defence", r"SAMP/T"),
    ("Starstreak", "air defence", r"Starstreak"),
    ("Rapier", "air defence", r"Rapier"),
    ("Phalanx", "air defence", r"Phalanx"),
    ("Sea Viper", "air defence", r"Sea\s+Viper"),
    ("Sea Ceptor", "air defence", r"Sea\s+Ceptor"),
    # (the MBDA variants are named by their number alone: "Aster 15 and Aster 30 missiles")
    ("Aster", "air defence", r"Aster\s+(?:15|30)\b|Aster(?=\s+(?:missiles?|interceptors?))"),
    # the Franco-Italian multi-mission frigate class
    ("FREMM frigate", "warship", r"FREMM(?:\s+frigates?)?\b"),
    # Leonardo's 76 mm naval gun and its guided round against drones and missiles
    ("76 mm Super Rapido", "gun", r"(?:76\s?mm\s+)?Super\s+Rapido"),
    ("DART", "munition", r"DART(?=\s+(?:guided\s+)?(?:rounds?|ammunition|munitions?|shells?)\b)|"
                         r"(?<=rounds\slike\s)DART\b"),
    ("GMLRS", "artillery", r"GMLRS"),
    ("MLRS", "artillery", r"MLRS"),
    ("Storm Shadow", "cruise missile", r"Storm\s+Shadow"),
    ("SCALP", "cruise missile", r"SCALP(?:-EG)?"),
    ("Harpoon", "anti-ship missile", r"Harpoon"),
    ("Brimstone", "missile", r"Brimstone"),
    ("Hellfire", "missile", r"Hellfire"),
    ("Kinzhal", "ballistic missile", r"Kinzhal"),
    ("Kalibr", "cruise missile", r"Kalibr"),
    # (a bare "Typhoon" may be a storm: a mark, the maker, "RAF" or the noun after it decides)
    ("Typhoon", "aircraft", r"(?:Eurofighter\s+)?Typhoons?(?:\s+(?:FGR|T)\.?\s?\d)?"
                            r"(?=\s+(?:jets?|fighters?|aircraft|missions|sorties))|Eurofighter\s+Typhoons?|"
                            r"Typhoons?\s+FGR\.?\s?4s?|(?<=RAF\s)Typhoons?|"  # ("two FGR4s")
                            # what only jets do: "Typhoons from RAF Akrotiri shot down three
                            # drones" (a storm strikes, it never shoots down or scrambles)
                            r"Typhoons?(?=\s+(?:from\s+RAF|(?:have\s+|had\s+|also\s+)?(?:shot\s+"
                            r"down|intercepted|downed|scrambled|engaged)\b))"),
    # the RAF's A330 tanker-transport
    ("Voyager", "aircraft", r"Voyagers?(?=\s+(?:air-to-air\s+|refuell?ing\s+)*"
                            r"(?:tankers?|aircraft|transport))|"
                            r"(?<=RAF\s)Voyagers?"),
    ("Voyager KC2/KC3", "aircraft", r"Voyagers?\s+KC\.?\s?[23](?:/KC\.?\s?[23])?"),
    ("Rafale", "aircraft", r"Rafales?"),
    ("Shadow R1", "aircraft", r"Shadow\s+R\.?\s?1"),  # the RAF's surveillance aircraft
    # the airliners of civil aviation reporting ("operated by an Airbus A320")
    ("Airbus A320", "aircraft", r"Airbus\s+A32[01](?:neo)?"),
    ("Boeing 737", "aircraft", r"Boeing\s+737(?:\s+MAX(?:\s+[89]|\s+10)?)?"),
    # air-launched missiles and bombs of European air forces, and the UK's laser weapon
    ("ASRAAM", "missile", r"ASRAAMs?"),
    # NASAMS's extended-range missile: a missile of its own, not the air-to-air AMRAAM
    ("AMRAAM-ER", "missile", r"AMRAAM-ERs?\b"),
    ("AMRAAM", "missile", r"AMRAAMs?"),
    ("Meteor", "missile", r"Meteor(?=\s+(?:missiles?|air-to-air))"),
    ("AASM Hammer", "bomb", r"AASM(?:\s+Hammer)?"),
    ("DragonFire", "laser", r"DragonFire"),
    # Israel's laser interceptor and Rheinmetall's gun system against drones
    ("Iron Beam", "laser", r"Iron\s+Beam"),
    ("Skynex", "air defence", r"Skynex"),
    # Russian and South Korean short-range air defences sold in the region
    ("Pantsir", "air defence", r"Pantsir(?:-S1|-SM)?"),
    # the Gulf's older short-range layers: Oerlikon's gun fire control and Thales's missile
    ("Skyguard", "air defence", r"Skyguard"),
    ("Crotale", "air defence", r"Crotale(?:\s+NG)?"),
    ("Gepard", "air defence", r"Gepards?"),  # Germany's anti-aircraft gun tank
    # Russian and Chinese medium- and long-range air defences named by their marks
    ("Buk", "air defence", r"Buk-M\d[\w-]*|Buk(?=\s+(?:systems?|missiles?|launchers?|batter))"),
    ("Tor", "air defence", r"Tor-M\d\w*"),
    ("HQ-9", "air defence", r"HQ-9[A-Z]?"),
    ("KM-SAM", "air defence", r"KM-SAM(?:\s+Block\s+I{1,2})?"),
    # the Houthis' drone family beside the Samad ("Qasef-2K")
    ("Qasef-2K", "drone", r"Qasef-?\s?2K"),
    ("Qasef", "drone", r"Qasef(?:-\d)?(?=\s+(?:drones?|UAVs?))"),
    # Chinese military drones and aircraft Japan's and Taiwan's defence ministries report
    ("TB-001", "drone", r"TB-001"),
    ("BZK-005", "drone", r"BZK-005"),
    ("Y-9", "aircraft", r"Y-9(?:\s+(?:early[- ]warning|reconnaissance|patrol)\s+aircraft)?"),
    ("KJ-500", "aircraft", r"KJ-500"),
    # a pickup with a weapon mounted: a technical, often named by its make
    ("technical", "vehicle", r"(?:Toyota\s+)?(?:Hilux|Land\s+Cruiser)\s+technicals?"),
    ("Gripen", "aircraft", r"Gripens?"),
    ("Bayraktar TB2", "drone", r"Bayraktar(?:\s+TB2)?"),
    ("Lancet", "drone", r"Lancet(?:\s+drones?)"),
    ("Aegis Ashore", "air defence", r"Aegis\s+Ashore"),
    ("Wisła", "air defence", r"Wis[łl]a(?=\s+(?:system|programme|program|batter|air)|/|\))"
                             r"|(?<=Patriot/)Wis[łl]a"),
    ("Narew", "air defence", r"Narew(?=\s+(?:system|programme|program|batter|air))"),
    ("Aegis", "air defence", r"Aegis(?:\s+(?:combat\s+)?system)?"),
    # (the family unnumbered only before its own noun: "its Arrow system intercepted")
    ("Arrow", "air defence", r"Arrow(?:[- ][23])(?:\s+(?:interceptors?|system))?"
                             r"|Arrow(?=\s+(?:interceptors?|system|missile\s+defen[cs]e|"
                             r"batter(?:y|ies))\b)"),
    ("David's Sling", "air defence", r"David(?:'s|’s)\s+Sling"),
]
