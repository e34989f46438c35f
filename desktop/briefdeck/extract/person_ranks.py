"""Ranks, services and titles as reports write them before a name: "Marine Gen.", "Lt Col",
"Staff Maj. Gen. Pilot", "Defence Secretary", "Sheikh", "U.S. Attorney", "MAJ" in capitals.
Kept apart from the sentence shapes (person_patterns.py) that put them before a name: the long
lists of grades and offices are one idea, read by people, attributions and titles alike.
"""

from __future__ import annotations

# Ranks with or without full stops: British style writes "Brig Gen", "Lt Col", "Cdr".
# US enlisted and warrant grades add a class or a number: "Sgt. 1st Class", "Petty Officer
# 2nd Class", "Chief Warrant Officer 3", "Airman 1st Class".
RANK = (
    r"(?:(?:Lt\.?|Lieut\.?|Maj\.?|Brig\.?|Vice|Rear|Staff|Master|First|Command|Chief|Petty|"
    r"Sgt\.?|Lieutenant|Major|Brigadier|Air|Wing|Group|Flight|Lance|Senior|Warrant|Second|"
    r"1st|2nd)\s+)*"
    r"(?:Gen\.?|General|Adm\.?|Admiral|Col\.?|Colonel|Maj\.?|Major|Capt\.?|Captain|Lt\.?|"
    r"Lieutenant|Sgt\.?|Sergeant|Cpl\.?|Corporal|Pvt\.?|Private|Pte\.?|Spc\.?|Specialist|"
    r"Pfc\.?|PFC|Cmdr\.?|Cdr\.?|Commander|Commodore|Cdre\.?|Brigadier|"
    # RAF grades as the British press shortens them: "Air Cdre", "Gp Capt", "Wg Cdr", "Sqn Ldr"
    r"(?:Gp|Wg|Sqn|Flt)\s+(?:Capt|Cdr|Ldr|Lt)\.?|"
    r"Air\s+(?:Vice[- ]|Chief\s+)?Marshal|Marshal|Squadron\s+Leader|Airman|Seaman|Officer|"
    # South Asian armies' grades: "Naik", "Havildar", "Sepoy", "Subedar"; British "Rifleman"
    r"Naik|Havildar|Sepoy|Subedar|Rifleman|Trooper|"
    # US staff papers and slides write grades in capitals before a full name: "MAJ Jane Roe"
    # (the Navy's junior officers too: "LT Jane Roe", "LTJG", "ENS")
    r"(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|SGM|CSM|MSG|1SG|SFC|SSG|SGT|ADM|VADM|"
    r"RADM|CAPT|CDR|LCDR|LTJG|LT|ENS)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]|"
    # or a surname alone, closing the brackets that name an action's owner: "(MAJ Roe)"
    r"\s+[A-Z][a-z][\w'’-]*\)))"
    r"(?:\s+(?:1st|2nd|3rd|First|Second|Third)\s+Class|\s+[1-5](?=\s+[A-Z]))?(?![\w-])"
    r"(?:\s+\((?:res|ret|Res|Ret)\.?\))?"  # reservist or retired: "Staff Sergeant (res.)"
    # Arab armies put the officer's branch or degree after the grade, before a name of two
    # words or more: "Staff Maj. Gen. Pilot Jane Roe", "Brig. Gen. Engineer John Doe".
    # Gulf armies' staff-qualified officers put "Staff" there too: "Brigadier General Staff
    # Jane Roe Smith" (a name of two words or more after it, so "General Staff Chief" is no one).
    r"(?:\s+(?:Pilot|Engineer|Eng\.|Dr\.?|Staff)(?=\s+[A-Z][\w'’-]+\s+(?:al-|el-)?[A-Z][\w'’-]+"
    r"(?![\w'’-]|\s+(?:Directorate|Command|Department|Office|Division)\b)))?"
)
SERVICE = r"(?:Marine|Army|Air\s+Force|Navy|Space\s+Force|Marine\s+Corps|Coast\s+Guard)"
NATION = (
    r"(?:Iranian|Iraqi|U\.S\.|American|British|Syrian|Russian|Israeli|Kurdish|Turkish|"
    r"Saudi|French|German|Afghan|Lebanese|Jordanian|Qatari|Emirati|Pakistani|Chinese)"
)
_TITLE = (
    r"(?:(?:Defen[cs]e|Foreign|Interior|Prime|Principal|[Dd]eputy|Vice|Acting|former|then-|"
    r"Army|Navy|"  # ("Principal Deputy Press Secretary": a White House grade of an office)
    r"Homeland\s+Security|State|Iraqi|Iranian|U\.S\.|"
    # whose spokesperson, in lower case: "government spokesman Jane Roe"
    r"(?:government|military|ministry|police|presidential)(?=\s+spokes))\s+)*"
    r"(?:Secretary[- ]General|Secretary(?:\s+of\s+(?:Defen[cs]e|State|the\s+Army|the\s+Navy|"
    r"the\s+Air\s+Force))?|"
    r"Minister(?:\s+of\s+[A-Z][a-z]+)?|President|Prime\s+Minister|Ambassador|Senator|Sen\.|"
    r"Rep\.|Gov\.|Governor|Mayor|Chairman|Director|Supreme\s+Leader|spokesman|"
    # a member of Congress and a British knight or dame, before a full name
    r"(?:Congress(?:wo)?man|Representative|Sir|Dame)(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # an adviser by office, and a country's general in lower case ("the Iranian general Jane
    # Roe"), before a full name
    # (not before a rank: "Press Advisor Rear Admiral Jane Roe" is the rank's to title)
    r"(?:(?:National\s+)?Security\s+)?Advis[eo]r(?=\s+[A-Z][a-z]+\s+[A-Z])"
    r"(?!\s+(?:Rear|Vice|Brig|Maj|Lt|Gen|Col|Adm|Capt|Air)\b)|"
    r"(?:(?<=Iranian\s)|(?<=Iraqi\s)|(?<=Syrian\s)|(?<=Israeli\s)|(?<=Russian\s)|"
    r"(?<=Turkish\s)|(?<=American\s))general(?=\s+[A-Z][a-z]+\s+[A-Z][a-z])|"
    r"(?:Grand\s+)?Ayatollah|Sheikh|Hojj?atoleslam|Mullah|"
    # a Kurdish fighter named as his statement names him, the force as his rank: "Peshmerga
    # Jane Ahmed Roe" (a full three-part name; not "Peshmerga Affairs Minister X")
    r"Peshmerga(?=(?:\s+(?!(?:Affairs|Ministry|Minister|Forces?|General|Command|Commander|"
    r"Units?|Brigades?|Regions?|Front|Day|Headquarters|Official|Officials)\b)[A-Z][a-z]+){3}"
    r"(?!\s+[A-Z]))|"
    # the Iranian press's title for a Revolutionary Guards commander: "Sardar Jane Roe"; after
    # a role word ("commander Sardar John Doe") it opens the name, as in South Asia
    r"(?<!commander\s)(?<!leader\s)(?<!chief\s)(?<!elder\s)Sardar(?=\s+[A-Z][\w'’-]+\s+[A-Z])|"
    # a UN envoy before a full name: "Special Envoy Jane Roe", "Deputy Special Envoy John Doe"
    r"(?:Special\s+)?Envoy(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # US justice offices before a full name: "U.S. Attorney Jane Roe", "Assistant Attorney
    # General John Doe", "Special Agent in Charge Jane Roe" (of the FBI), "Judge John Doe"
    r"(?:(?:Assistant|Trial|District)\s+)?(?:U\.S\.\s+)?Attorney(?:\s+General)?"
    r"(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # a prosecutor by the docket's initials: "AUSA Jane Q. Roe" (an Assistant U.S. Attorney)
    r"AUSA(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    r"(?:(?:Supervisory\s+)?Special\s+Agent|Assistant\s+Director)(?:\s+in\s+Charge)?"
    r"(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    r"(?:(?:U\.S\.\s+)?(?:District|Magistrate|Chief)\s+)?Judge(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # a monarch or royal heir, named with a father's name or a regnal number ("King John bin
    # Jack", "Crown Prince Jack bin John Al Roe", "King John II"); not the bases and airports
    # named after one ("Prince John Air Base", "Queen Jane International Airport")
    r"(?:King|Queen|Crown\s+Prince|Prince|Emir|Amir|Sultan)(?=\s+[A-Z][a-z]+\s+(?:bin|ibn|bint|"
    r"I{1,3}|IV|V|VI)\b)|"  # Shia and Sunni clerics' titles
    r"Leader|leader|"  # "North Korean leader Kim Jong Un", "opposition leader Jane Roe"
    r"MP(?=\s+[A-Z][\w'’-]+\s+[A-Z])|lawmaker|Lawmaker|"
    # a parliament's presiding officer before a full name: "Parliament Speaker Jane Roe"
    r"(?:(?:Parliament|House|Assembly)\s+)?Speaker(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # "PM" for a prime minister, before a name (not a clock's "3 PM Baghdad time")
    r"(?<![\d:])(?<!\d\s)PM(?=\s+(?:al-|el-)?[A-Z][a-z])|"  # "MP Jane Roe", "lawmaker John Doe"
    r"governor|mayor|"  # "Kursk regional governor Jane Roe", "city mayor John Doe"
    r"spokeswoman|spokesperson|Spokesman|Spokeswoman|Spokesperson|[Pp]ress\s+secretary|Head|"
    r"Chief|Press\s+Secretary|Del\.|Delegate|Prof\.|Professor|"  # "Del.": a delegate to Congress
    # a military chaplain, his grade in brackets after the office: "Chaplain (Capt.) Jane Roe"
    r"Chaplain(?:\s+\((?:Lt\.?\s+Col|Col|Maj|Capt|1st\s+Lt)\.?\))?(?=\s+[A-Z][a-z])|"
    r"Mr\.|Ms\.|Mrs\.|Dr\.|(?:Mr|Ms|Mrs|Dr)(?=\s+[A-Z])|"  # British: no stop
    r"(?:Shri|Smt|Sri|Kumari)\.?(?=\s+[A-Z])(?!\s+Lank))"  # Indian honorifics, as Mr/Mrs/Ms
    # (not the country: "a Sri Lankan sailor")
)
# Letters after a British name ("Jane Roe MP", "John Doe OBE"): not part of it.
POST_NOMINALS = r"(?:MP|MSP|MEP|OBE|CBE|MBE|KCB|KBE|DSO|MC|KC|QC|PhD)\b"
