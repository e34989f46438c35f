"""Words the organization rules share: a country's adjective, the words a body's name ends
in, days and months (never a name), a leading "the"."""

from __future__ import annotations

import re

# "Syrian", "Lebanese", "Israeli": a country's adjective.
DEMONYM = (r"(?:[A-Z][a-z]+(?:ian|ish|ese|ean|ani|an)|Israeli|Iraqi|Saudi|Kuwaiti|Emirati|"
           r"Yemeni|Omani|Qatari|Bahraini|Somali|Bangladeshi|Nepali|Thai)")
DAYS_MONTHS = (r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
               r"March|April|May|June|July|August|September|October|November|December")
CAP = r"(?:U\.S\.|U\.K\.|U\.N\.|[A-Z][A-Za-z'’-]+)"
THE = re.compile(r"^(?:[Tt]he)\s+")
# The words a body's name ends in: "Missile Defense Agency", "Ambrey Risk".
GENERIC_TAILS = (
    r"Command|Forces?|Services?|Ministry|Agency|Department|Council|Brigades?|Party|Army|Corps|"
    r"Guards?|Militia|Front|Movement|Committee|Directorate|Battalion|Regiment|Division|Group|"
    r"(?<!Oval\s)Office|Organi[sz]ation|Units|Unit|Network|Alliance|Fleet|Cell|Project|Consultants|"
    r"Maritime|Institute|Staff|Observatory|Monitor|Commission|Mission|Programme|Watch|"
    r"Foundation|Association|Federation|Authority|Studies|Tracker|Forum|Government|Navy|"
    # a state body of that name ("General Administration of Customs"), not a president's term
    r"(?<![Tt]rump\s)(?<![Bb]iden\s)(?<![Oo]bama\s)(?<![Bb]ush\s)(?<![Cc]linton\s)Administration|"
    # police forces and rescue services ("Border Police", "Syria Civil Defence"), air wings
    r"Police|Civil\s+Defen[cs]e|Wing|"
    # a joint headquarters that commands operations ("Permanent Joint Headquarters")
    r"(?<=Joint\s)Headquarters|"
    # a navy's standing deployment ("Regional Maritime Security Patrol"), not an air patrol
    r"(?<=Security\s)Patrol|"
    # military districts and zones ("Southern Military District", "Eastern Military Zone")
    r"Military\s+(?:District|Zone|Region)|"
    # broadcasters ("Al Mamlaka TV", "Sham FM radio"; "Iran FM" is a foreign minister)
    r"TV|Television|FM(?=\s+radio)|"
    r"Conference(?=\s+(?:on|of|for)\s+[A-Z])|"
    r"(?:Policy|Research|Strategic|Peace|Analysis|Media|Intelligence|Information|Operations|"
    r"Coordination|Fusion|Situation|Communications?)\s+Cent(?:er|re)|"
    # a council's or an alliance's staff ("GCC General Secretariat"), a country's mission
    # abroad ("the Indian Embassy in Kuwait")
    r"Secretariat|(?<=[a-z]\s)Embassy|"
    # peace teams and rescue teams ("Community Peacemaker Teams", "Emergency Response Teams")
    r"(?<=[a-z]\s)Teams|"
    # think tanks and research groups ("Ararat Policy Lab", "Digital Forensic Research Lab"),
    # congressional panels
    r"Labs?|Laborator(?:y|ies)|Subcommittee|"
    # companies: "Ambrey Risk", "Northfleet Shipping Ltd", "BAE Systems"
    # (free-zone and foreign company forms: "Jane Roe Electronics FZE", "Roe GmbH")
    r"Ltd|Limited|Inc|LLC|FZE|FZCO|FZC|DMCC|GmbH|JSC|PLC|plc|Corp|Corporation|Shipping|Systems|Risk|Security|Holdings|"
    r"Lines|Tankers|Navigation|Aerospace|Dynamics|Industries|Technologies|Analytics|Brokers|"
    r"Airlines|Airways|"  # carriers ("Middle East Airlines cancelled nine flights")
    r"Shipmanagement|"  # one word in ship managers' names ("Pelagos Shipmanagement")
    r"Consultancy|Insurance|Petroleum|Energies|"
    # contractors: "Northway Cargo Solutions", "Harlan Gulf Engineering" (not a discipline:
    # "Mechanical Engineering")
    r"Solutions|(?<=[a-z]\s)(?<!Mechanical\s)(?<!Electrical\s)(?<!Civil\s)(?<!Chemical\s)"
    r"(?<!Software\s)(?<!Nuclear\s)(?<!Aerospace\s)Engineering|"
    # ship managers: "Lyra Tanker Management", "Aegeas Bulk Management"
    r"(?:(?<=Tanker\s)|(?<=Bulk\s)|(?<=Ship\s)|(?<=Shipping\s)|(?<=Marine\s)|(?<=Maritime\s))"
    r"Management"
)
# "the General Staff of the Army", "the Department of the Navy": the service closes a longer
# body's name (found whole by GENERIC_RE), no body of its own.
BODY_OF_BEFORE = re.compile(rf"\b(?:{GENERIC_TAILS})\s+of\s+the\s+$")
