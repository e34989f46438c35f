"""How reports write people: ranks, titles and offices, names, and the sentence shapes that
name someone ("Marine Gen. X, commander of ...", "X, a spokesperson for ...", "said X")."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.extract.alternatives import word_gated

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
    r"(?:GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|SGM|CSM|MSG|SFC|SSG|SGT|ADM|VADM|"
    r"RADM|CAPT|CDR|LCDR)(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]|"
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
    r"Mr\.|Ms\.|Mrs\.|Dr\.|(?:Mr|Ms|Mrs|Dr)(?=\s+[A-Z])|"  # British: no stop
    r"(?:Shri|Smt|Sri|Kumari)\.?(?=\s+[A-Z])(?!\s+Lank))"  # Indian honorifics, as Mr/Mrs/Ms
    # (not the country: "a Sri Lankan sailor")
)
# Letters after a British name ("Jane Roe MP", "John Doe OBE"): not part of it.
POST_NOMINALS = r"(?:MP|MSP|MEP|OBE|CBE|MBE|KCB|KBE|DSO|MC|KC|QC|PhD)\b"
# Letters of names, accented ones included: "Agata Sowińska", "Łukasz", "José Müller" (Latin-1
# and Latin Extended-A; the extended block mixes cases, so it sits in both classes).
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
FIRST = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"  # a capitalised given name ("Ali-Reza")
# A family name as a name found in running text is written ("al-Roe", "McRoe", "O'Roe").
SURNAME = r"(?:(?:al-|el-|Mc|Mac|O')?[A-Z][a-zA-Z'’-]+)"
# ("Al " before a Gulf family name: "Hamad bin Isa Al Khalifa", "Jane Al Roe")
# ("al " too, as Gulf transliterations write the article: "Khalfan al Roe")
_NAME_WORD = (rf"(?:(?:al-|el-|bin\s|bint\s|ibn\s|Abu\s|[Aa]l\s(?=[A-Z][a-z])|de\s|van\s|von\s|"
              rf"Mc|Mac|O')?"
              rf"[{_UP}][{_UP}{_LOW}'’-]+)")
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,2}}"
_ROLE_WORDS = (
    r"commander|head|chief|leader|spokesman|spokeswoman|spokesperson|director|secretary|"
    r"minister|chairman|ambassador|deputy\s+commander|press\s+secretary|president|founder|"
    r"top\s+commander|senior\s+adviser|adviser|envoy|aide|coordinator|representative|"
    r"commissioner|administrator|mayor|governor|"
    r"co-chair(?:man|woman|person)?|chair(?:woman|person)?"  # "the co-chair of the council"
)
_ORG = (
    r"(?:the\s+)?(?:U\.S\.|U\.K\.|[A-Z][A-Za-z0-9'’.-]*)"
    r"(?:\s+(?:of\s+|for\s+|and\s+)?(?:U\.S\.|[A-Z][A-Za-z0-9'’.-]*|\d+(?:st|nd|rd|th)))*"
)
# An institution named by what it is: "a spokesman for the ministry".
BODY_NOUNS = (
    r"ministry|military|army|navy|air\s+force|government|group|company|coalition|militia|"
    r"movement|rebels|police|command|embassy|agency|firm|department|service|task\s+force"
)
# ("head of the regional administration", "chief of the local police": one lower-case word
# may qualify the body)
_ORG_OR_BODY = (rf"(?:{_ORG}|the\s+(?:[a-z]{{3,}}\s+)?(?:{BODY_NOUNS}|administration|authority|"
                r"council|directorate|committee|municipality)\b)")
# British appointments named after the rank: "Wing Commander Jane Roe, Officer Commanding
# No. 9 Squadron", "Lt Col John Doe, Commanding Officer of 4th Regiment Royal Artillery".
APPOINTMENT = (r"(?:Air\s+)?Officer\s+Commanding|(?:Deputy\s+)?Commanding\s+Officer|"
               r"(?:Station|Detachment|Squadron|Battery|Company)\s+Commander|Chief\s+of\s+Staff")
# A numbered unit: "No. 9 Squadron", "4th Regiment Royal Artillery", "IX Squadron", "Air Group".
UNIT = (r"(?:the\s+)?(?:No\.?\s+)?(?:\d{1,3}(?:st|nd|rd|th)?|[IVX]{1,4})\s+[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*){0,4}")
_APPOSITIVE = (
    # (capitalised as an office too: "Jane Roe, Deputy Commander of Joint Operations")
    rf",\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?i:(?:(?:deputy|vice|acting|assistant)\s+)?(?:{_ROLE_WORDS}))"
    # ("vice president for radar programs at Acme": the portfolio, then the firm)
    rf"(?:-[Gg]eneral)?(?:\s+for(?:\s+[\w-]+){{1,3}}?(?=\s+at\s))?\s+(?:of|for|at|in)\s+{_ORG_OR_BODY}"
    rf"|(?:{APPOINTMENT})(?:\s+(?:of|at))?\s+(?:{UNIT}|{_ORG_OR_BODY}))"
)

# The office named before the title, as a noun phrase: "Kharkiv City Mayor", "Odesa Regional
# Governor", "Donetsk Oblast Military Administration Head", "Northern Group of Forces
# spokesperson". Read just before a titled match (cheaper than a prefix of TITLED_RE, tried at
# every capital); the first word is no sentence opener ("The Army Gen." is the rank's).
_OPENER = (r"(?!(?:The|A|An|In|On|At|But|And|As|If|When|After|It|This|That|Its|Their|Our|One|"
           r"Some|Many|Each|Another|Other|Most|All|Both|No|Any)\b)")
LOCAL_OFFICE = re.compile(
    rf"(?<![\w.'’-])(?:{_OPENER}[A-Z][\w-]+\s+(?:(?:of\s+(?:the\s+)?)?[A-Z][\w-]+\s+){{0,4}}?"
    r"(?:of\s+(?:the\s+)?)?)?"
    r"(?:City|Regional|Oblast|Provincial|County|District|Administration|Forces|Group|Command|"
    r"Ministry|Council|Directorate|Agency|Office|Service|Department|Brigade|Corps|Police|"
    r"Guard)\s+$"
)
# The place an elected or appointed head runs, named before the title: "Kiryat Shmona Mayor",
# "Texas Gov." (a capitalised run that opens no sentence and is no month or nationality).
JURISDICTION_TITLE = re.compile(r"(?:Deputy\s+)?(?:Mayor|Governor|Gov\.|Prefect)$")
JURISDICTION = re.compile(
    rf"(?<![\w.'’-]){_OPENER}(?!(?:Deputy|Former|Acting|Then)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}"
    r"\s+$"
)
# A title opens a word, with a capital or one of the lower-case openers (retired, former,
# then-, spokes-, press): a cheap first test at each position, which is most of the cost.
TITLED_RE = re.compile(
    rf"(?<![\w'’])(?=[A-Z12rsptflgmd])"  # ("1LT Jane Roe", "1st Lt. John Doe")
    rf"(?P<title>(?:[Rr]etired\s+)?(?:{NATION}\s+)?(?:{SERVICE}\s+)?(?:{RANK}|{_TITLE})"
    rf"(?:\s+(?:{RANK}))?)\s+(?P<name>{_NAME})(?:{_APPOSITIVE})?"
)
# "Frank McKenzie, commander of U.S. Central Command," without a rank in front.
APPOSED_RE = re.compile(rf"\b(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}}){_APPOSITIVE}")
# A cabinet office set off after the name, capitalised, whatever the verb: "Jane Roe, the
# Defence Secretary, is understood to have approved ...".
NAME_THEN_OFFICE_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}}),\s+the\s+(?P<role>(?:[A-Z][a-z]+\s+){{1,3}}"
    r"(?:Secretary|Minister|Chancellor|Adviser|Advisor|Ambassador|Envoy))(?=,)")
# A word of an organisation's or a place's name: "Harakat al-Nujaba", "Deir el-Zour".
_ORG_WORD = r"(?:(?:al-|el-|an-|ad-|as-|ash-)?[A-Z][\w'’.-]*)"
# "the mayor of the town": a place the report has just named.
_LOCALITY = r"town|city|village|province|district|region|county|municipality|camp"
# "the coalition's spokesman, Colonel Dale Prentiss," - the role first, then the name.
REVERSED_RE = re.compile(
    rf"(?P<role>\b(?:[A-Za-z][\w'’.-]*\s+){{0,4}}?(?i:spokes(?:man|woman|person)|commander|"
    rf"minister|secretary|chief|head|director|ambassador|envoy|leader|adviser|governor|mayor|"
    rf"president|analyst|researcher|official|commissioner|magistrate|superintendent|member|"
    rf"representative|coordinator)"
    # ("a member of the parliamentary Defense Committee": an adjective before the name)
    rf"(?:\s+(?:of|for|in|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?{_ORG_WORD}"
    rf"(?:\s+(?:of\s+|and\s+)?{_ORG_WORD}){{0,4}}(?:\s+[a-z][\w-]*){{0,2}}?"
    rf"|\s+for\s+the\s+(?:{BODY_NOUNS})|\s+of\s+the\s+(?:{_LOCALITY})"
    rf"|,\s+[A-Z][\w'’-]+(?=,))?),\s+"  # "The Deputy Commissioner, Poonch, Ms X": the district
    rf"(?P<rank>(?:{SERVICE}\s+)?{RANK}\s+)?"
    rf"(?:(?:Sir|Dame|Lord|Lady|Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?"
    rf"(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?:\s+{POST_NOMINALS})?(?=,|\s+(?:said|says|told)|:\s*[\"“])"  # (or a colon, then words)
)
# "an MDA paramedic, Jane Roe, told": a rescuer or medic named after what they do (tried only
# where MEDIC_COMMA finds such a word before a comma).
MEDIC_COMMA = re.compile(r"(?:medic|doctor|surgeon|nurse|rescuer),\s")
MEDIC_NAME_RE = re.compile(
    rf"\b(?P<role>(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+)?"
    rf"(?:paramedic|medic|doctor|surgeon|nurse|rescuer)),\s+(?P<rank>)"
    rf"(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)(?=,|\s+(?:said|says|told))"
)
# What a quoted non-official is: "a shepherd who lives near ...", "a 34-year-old teacher".
_PERSON_NOUNS = (
    r"analyst|researcher|official|officer|expert|fellow|professor|manager|executive|captain|"
    r"owner|resident|shepherd|farmer|teacher|student|father|mother|man|woman|doctor|nurse|"
    r"surgeon|medic|paramedic|driver|worker|engineer|journalist|reporter|activist|lawyer|"
    r"veteran|shopkeeper|merchant|trader|fisherman|mechanic|contractor|villager|survivor|"
    r"witness|refugee|cleric|imam|priest|elder|businessman|businesswoman|pilot|sailor|"
    r"seafarer|soldier|fighter|volunteer|rescuer|neighbou?r|relative|brother|sister|son|"
    r"daughter|wife|husband|uncle|cousin|grandfather|grandmother|employee|scholar|historian|"
    r"economist|lecturer|academic|consultant|specialist|member|"
    r"figure|notable|dignitary|"  # "a local tribal figure", "a town notable"
    # a rank as what someone is: "a retired Army air defense colonel"
    r"colonel|general|admiral|lieutenant|sergeant|"
    r"[\w-]+-year-old"
)
_DESCRIBED = (
    rf"[^,;\"“”()]{{0,60}}?\b(?:{_ROLE_WORDS}|{_PERSON_NOUNS})\b[^,;\"“”()]{{0,110}}?"
)
# Verbs of speaking, and the ones that report words ("called the strike 'an assault'"), maybe
# after an adverb ("has previously said", "also told").
_SPEAKS = (r"(?:has\s+|had\s+)?(?:(?:also|[a-z]{3,}ly)\s+)?"
           r"(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|"
           r"recalled|explained|called|described|urged|insisted|denied|accused|argued|posted|"
           r"agreed|agrees|noted|notes|cautioned|cautions|welcomed|welcomes)\b")
# "Jane Doe, the head of research at a risk firm, said": name first, a described role, a verb.
# A single name needs "a"/"an" before a person noun: "Karim, a 40-year-old driver, said".
NAME_FIRST_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+"
    rf"(?P<role>(?:the|a|an|its|their)\s+{_DESCRIBED}|(?:{_ROLE_WORDS})\s+(?:of|for|at|in)\s+"
    rf"[^,;\"“”()]{{2,70}}?),\s+{_SPEAKS}"  # (or an office with no article: "head of a union")
    # (never a seat after a party's letter: "Rep. Jane Roe, R-Texas, a member of ...")
    rf"|\b(?<![-‐])(?<!\bal\s)(?<!\bbin\s)(?P<single>[A-Z][a-z]{{2,}}),\s+(?P<srole>(?:a|an)\s+{_DESCRIBED}),"
    rf"\s+{_SPEAKS}"
)
# '..., said Nils Berg, the head of marine at a broker.': the role after a speaker.
SAID_NAME_ROLE_RE = re.compile(
    rf"\b(?:said|says|added|according\s+to|quoted|quoting|cited|citing)\s+"
    rf"(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?"
    rf"{_NAME_WORD}){{1,2}}),\s+(?P<role>(?:the|a|an|its)\s+{_DESCRIBED})(?=\s*[.,;]|\s*$)"
    # a given name alone, as a resident who withholds the family name gives it: 'said Ahmed,
    # a resident of the town,' (a person described with "a"/"an" after it)
    rf"|\b(?:said|says|added)\s+(?P<single>[A-Z][a-z]{{2,}}),\s+(?P<srole>(?:a|an)\s+"
    rf"{_DESCRIBED})(?=\s*[.,;]|\s*$)"
)
# "Lt. Col. Jane Roe, an Army spokesperson." / "..., a spokesperson for the agency, said": a
# role after a titled name, up to the end of the clause.
TRAILING_ROLE = re.compile(
    rf",\s+(?P<role>(?:the|a|an|its)\s+[^,;\"“”()]{{0,50}}?\b(?:{_ROLE_WORDS})\b"
    rf"(?:\s+(?:of|for|at|in|with)\s+[^,;\"“”()]{{2,70}}?)?)"
    rf"(?=\s*[.;]|\s*$|,\s+(?:has\s+|had\s+)?{_SPEAKS})"
)
# A kunya with a family name: "Abu Mahdi al-Muhandis", "Umm Ahmad al-Tamimi" (the "al-" part
# keeps places such as Abu Kamal or Umm Qasr out).
KUNYA_RE = re.compile(
    rf"\b(?P<name>(?:Abu|Umm)\s+{FIRST}(?:\s+{FIRST})?\s+(?:al-|el-)[{_UP}][\w'’-]+)"
)
# The role just before a kunya: "a senior commander known as", "one of its leaders,".
ROLE_BEFORE_NAME = re.compile(
    rf"\b(?P<role>(?:one\s+of\s+)?(?:an?|the|its|their|[\w'’-]+(?:'s|’s))\s+"
    rf"(?:(?!(?:an?|the|its|their)\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_ROLE_WORDS}|commanders|leaders|officials?|officer)s?)"
    rf"(?:,\s*|\s+(?:known|identified|named)\s+as\s+)$"
)
# A role set after a name, to the next comma or the end of the sentence (match it with the
# sentence's end as endpos): ", a senior fellow at the X Institute", ", an Army spokesperson".
# Without an article the role opens with its noun, maybe after an office's name or a few
# lower-case words: ", head of the local council", ", AFRICOM director of operations".
ROLE_AFTER_RE = re.compile(
    rf",\s+(?P<role>(?:the|a|an|its|their)\s+[^,;\"“”()]{{0,60}}?\b(?i:{_ROLE_WORDS}|"
    rf"{_PERSON_NOUNS})\b[^,;\"“”()]{{0,100}}?"  # "the Humanitarian Coordinator for X"
    rf"|(?:[A-Z][\w.'’&-]*\s+)?(?:(?!(?:and|or|who|which|said|says)\b)[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:{_ROLE_WORDS})(?:\s+(?:of|for|at|in|to|with)\s+[^,;\"“”()]{{2,100}}?)?)"
    rf"(?=\s*[,;:]|[.!?]?\s*$)"
)
# "Jane Roe, 52, said" / "In the town, Jane Roe, 52, watched": a name with an age is a person.
NAME_AGE_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+(?:aged\s+)?"
    rf"\d{{1,2}},\s+[a-z]"
)
AGE_CHEAP = re.compile(r",\s+(?:aged\s+)?\d{1,2},")
# "Jane Roe, who runs the village clinic, said": a who-clause between the name and the verb.
NAME_WHO_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+who\s+"
    rf"(?P<role>[^,;\"“”()]{{3,90}}),\s+{_SPEAKS}"
)
# "A resident, who asked to be identified only as Abu Ahmad, said": a partial name given.
IDENTIFIED_RE = re.compile(
    rf"\b(?:identified\s+(?:only\s+)?(?:as|"
    rf"by\s+(?:his|her)\s+(?:first\s+name|nickname|"
    rf"kunya),?)|gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+)?name(?:\s+as|,))\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\b"
)
# "The command identified the commander as Jane Roe": a name given by someone else, which is
# no sourcing (so not part of IDENTIFIED_RE, which attributions read too).
IDENTIFIED_AS_RE = re.compile(
    rf"\bidentified\s+(?:him|her|the\s+[a-z]+)\s+as\s+"
    rf"(?P<name>{_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)\b"
)
# "Jane Roe alias Umm Ali": a name and the other name the person goes by.
ALIAS_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}})\s+(?:alias|a\.k\.a\.?|aka)\s+"
    rf"(?P<alias>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)
# "the man killed in the strike was Jane Roe, who ...": the dead named by the sentence's
# complement (a name of two words at least, described after it).
KILLED_WAS_RE = re.compile(
    rf"\b(?:killed|slain|dead|victim)\b[^.;,\"“”]{{0,60}}?\s+(?:was|were)\s+"
    rf"(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?:who|a|an|the|aged|\d)\b"
)
# The description before the ", who asked to be identified": "A resident of Al-Bukamal".
WHO_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>[^,;\"“”()]{3,90}),\s+whom?\b")
# "a commander, whom the group named as Hussein Kassem": the name someone else gives a person
# (two words at least: "named as Chief" is a post, not a name).
NAMED_AS_RE = re.compile(
    rf"\bnamed\s+(?:(?:him|her|the\s+[a-z]+(?:\s+[a-z]+)?|locally|publicly)\s+)?as\s+"
    rf"(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}})\b"
)
# The names after the first of a list so named: "named them as Jane Roe, John Doe and Ann Poe".
NAMED_AS_MORE = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)"
                           rf"(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}})"
                           rf"(?=\s*[,.;]|\s+and\s|\s*$)")
# "Defence expert Jan Roe of the Institute of X said", "analyst Jane Doe told": a non-official
# described before the name, maybe with the body they work at after it.
_EXPERT = (r"expert|analyst|researcher|professor|economist|historian|commentator|fellow|scholar|"
           r"(?:mil)?blogger|observer|correspondent")  # "milblogger Jan Roe claimed"
_NOT_DESCRIPTOR = (r"(?!(?:said|says|told|added|wrote|according|to|the|a|an|and|or|of|by|"
                   r"with|for|from|in|on|at|as|is|was|were|are|who|that)\b)")
# (a party may lead it: "Green Party defense expert Jane Roe")
DESCRIPTOR_RE = re.compile(
    rf"(?<![\w-])(?P<role>(?:(?:[A-Z][a-z]+\s+){{1,2}}Party\s+)?"
    rf"(?:{_NOT_DESCRIPTOR}[A-Za-z][a-z-]+\s+){{0,2}}?(?i:{_EXPERT}))\s+"
    rf"(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|"
    rf"and\s+|the\s+)*[A-Z][\w'’.-]*){{0,6}})(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)?"
    rf"(?=\s+(?:has\s+|had\s+)?(?:said|says|told|wrote|added|warned|argued|noted|claimed|"
    rf"stated|posted|reported|reports|suggested|assessed|as\s+saying)\b|,|"  # "as saying"
    rf"(?<=\w)\.?\s*$|\.(?=\s)|"  # (or the sentence's end: '"...," said analyst Jane Roe.')
    # (or the words that bring on the quote: 'analyst Jane Roe put it this way: "..."')
    rf"\s+[a-z][^.:;\"“”\n]{{0,40}}:\s*[\"“])"
)
# A guest's or contributor's note opening on their name: "Jane Roe is a senior fellow at the X
# Institute." (a researcher, not the reporter: "is a correspondent" bios are the byline's).
BIO_RE = re.compile(  # (after a label, maybe: "Guest: Jane Roe is ...")
    rf"(?:[A-Z][a-z]{{2,12}}:\s+)?(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}})\s+is\s+an?\s+"
    rf"(?P<role>(?:[a-z][\w-]+\s+){{0,2}}?(?:expert|analyst|researcher|professor|economist|"
    rf"historian|fellow|scholar|lecturer)(?:\s+(?:at|with|of|in)\s+(?:the\s+)?"
    rf"[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+|on\s+)*[A-Z][\w'’.-]*){{0,6}})?)"
    rf"(?=[\s,.;])"
)
# Out of office, described in lower case before the name: "retired major general Jan Roe",
# "defence analyst and former deputy minister Jan Roe".
_FORMER_ROLE = (
    r"(?:(?:lieutenant|major|brigadier|rear|vice|air|staff|master|chief|senior|deputy|"
    r"defen[cs]e|army|navy|military|intelligence|foreign|interior|prime|police)\s+){0,2}"
    r"(?:general|admiral|colonel|major|captain|lieutenant|brigadier|commander|sergeant|officer|"
    r"ambassador|minister|diplomat|official|envoy|adviser|director|chief|commodore|marshal|"
    r"spokes(?:man|woman|person))"
)
FORMER_RE = re.compile(
    rf"(?<![\w-])(?P<role>(?:(?:{_NOT_DESCRIPTOR}[A-Za-z][a-z-]+\s+){{0,2}}?"
    rf"(?i:{_EXPERT})\s+and\s+)?(?:[Rr]etired|[Ff]ormer)\s+(?:[A-Z][\w.-]*\s+){{0,2}}"
    rf"{_FORMER_ROLE})\s+(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?=\s+(?:has\s+|had\s+)?(?:said|says|told|wrote|added|warned|argued|noted)\b|[,.])"
)
# "Jane Roe, whom the army describes as a senior commander": the role someone else gives.
DESCRIBED_AS_RE = re.compile(
    rf"\b(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+(?:whom|who)\s+"
    rf"(?:[\w'’-]+\s+){{1,4}}?(?:describe[sd]?|call(?:s|ed)|identifie[sd]|name[sd])\s+as\s+"
    rf"(?P<role>(?:the|a|an|its|their)\s+{_DESCRIBED})(?=\s*[.,;]|\s*$)"
)
# "said MDA paramedic Jane Roe", "Hamas official John Doe told": where the person works and what
# they do there, written before the name without a comma.
_WORK_NOUNS = (r"paramedic|medic|doctor|surgeon|nurse|official|rescuer|volunteer|negotiator|"
               r"aide|adviser|coordinator|representative|engineer|pilot|journalist|lawyer|"
               r"director|head|chief|commander|spokes(?:man|woman|person)")
WORK_BEFORE_NAME = word_gated(re.compile(rf"\b(?:{_WORK_NOUNS})\s+[{_UP}]"))
WHEN_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\s+")
BODY_ROLE_NAME_RE = re.compile(
    rf"(?<![\w.'’-])(?P<role>{_OPENER}(?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:[a-z][\w-]*\s+)?"
    rf"(?:{_WORK_NOUNS}))\s+(?P<name>{FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    # (or a place or time after the name: "Guards commander Jane Roe in Baghdad")
    rf"(?=\s+(?:has\s+|had\s+)?{_SPEAKS}|\s*[,.;]|\s*$|\s+(?:in|at|on|and|who|was|is)\s)"
)
# "Hale said" with no title or role where he speaks: a surname alone, of a person the text
# named in full before ("Martin Hale, assistant secretary of ...") without a title to find.
# (Found from the verb, the cheaper scan, then the word before or after it.)
LONE_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|noted|argued|warned|"
                        r"testified|acknowledged)\b")
LONE_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<name>[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)"
                          rf"\s+(?:has\s+|had\s+)?(?:also\s+)?$")
LONE_AFTER = re.compile(rf"\s+(?P<name>[{_UP}][{_LOW}]{{2,}})(?=\s*[.,;])")
SPEAKER_RE = re.compile(
    # ("Jane Roe's office said": the one whose office speaks is a person too)
    rf"\b(?P<name>{FIRST}(?:\s+{_NAME_WORD}){{1,2}})(?:(?<!Mayor)(?<!Governor)(?<!Minister)"
    rf"(?<!President)(?<!Director)(?<!Chief)(?<!Secretary)['’]s\s+(?:office|spokes(?:man|woman|"
    rf"person)|aides?))?,?\s+(?:said|says|told|tells|wrote|writes|added|adds|stated)\b"
    # ("said Red Cross paramedic Jane Roe": the body she works for is no name)
    rf"|\b(?:said|says|added|wrote)\s+(?P<name2>{FIRST}(?:\s+{_NAME_WORD}){{1,2}})\b"
    rf"(?!\s+(?:{_WORK_NOUNS})\s+[A-Z])"
)
EXPERT_BEFORE_NAME = re.compile(rf"\b(?i:{_EXPERT})\s+[{_UP}]")  # a cheap test first
ROLE_WORD = re.compile(r"\b(?:spokes|commander|minister|secretary|chief|head|director|ambassador|"
                        r"envoy|leader|adviser|governor|mayor|president|analyst|researcher|"
                        r"official|expert|professor|economist|historian|commentator|fellow|"
                        r"scholar|milblogger|blogger|observer|correspondent|commissioner|magistrate|"
                        r"superintendent|member|representative|coordinator)", re.I)
SPEECH_WORD = word_gated(re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|"
    r"recalled|explained|"
    r"quoted|quoting|cited|citing|"
    r"according|called|described|urged|insisted|denied|accused|argued|"
    r"posted|agreed|agrees|noted|notes|cautioned|cautions|welcomed|welcomes)\b"))
# (the verbs at the end: a title-case headline's verb after a title, "Commander Visits Kuwait";
# a record's field after its post, "Nominee for Secretary of the Navy Submitted to ...")
NOT_FIRST = frozenset(
    """The A An This That These Those But And As After Once When While Some Many Other
    Another Iraqi Syrian Iranian American Kurdish British U.S. Pentagon Department Operation
    Air Camp Defense Defence State White Central Marine Army Navy President Secretary General
    Coalition In On At For From With By Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Islamic United Joint Combined Counter Iran Iraq Syria Israel Russia NBC CNN
    Rear Vice Brig Maj Lt Gen Col Capt Sgt Adm Rep Sen Gov Mr Ms Mrs Dr Staff Master Chief
    Chairman Chairwoman Congressman Congresswoman Under Deputy Assistant Acting
    Colonel Major Captain Lieutenant Admiral Sergeant Brigadier Commander Cdr Cmdr Pte Commodore
    Marshal Squadron Flight Wing Defence Foreign Prime Minister Ministry Class Officer
    Warrant Petty Airman Seaman Senior Spc Pfc Cpl Pvt Sergeant Commanding Regiment Battery
    Visits Meets Tours Arrives Hosts Holds Calls Says Warns Urges Welcomes Receives Discusses
    Addresses Attends Travels Signs Announces Thanks Praises Honors Honours Speaks Briefs
    Leads Joins Returns Departs Reviews Inspects Congratulates Condemns
    Submitted Prepared Dated Received Approved Released Signed""".split()
)


# A person's name never ends like an institution or a company ("Northfleet Shipping said").
ORG_TAIL = re.compile(r"\b(?:Fleet|Command|Force|Forces|Army|Navy|Corps|Service|Ministry|"
                      r"Agency|Department|Council|Brigades?|Party|Group|Office|Committee|News|"
                      r"Times|Post|Journal|Press|Inc|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|"
                      r"Company|Co|FZE|FZCO|FZ-LLC|GmbH|JSC|Holdings|Shipping|Maritime|Lines|Logistics|Systems|Risk|"
                      r"Carriers|Freight|Navigation|Ferries|Cargo|Management|Services|Solutions|"
                      r"Enterprises|Ventures|Trading|Contracting|Engineering|Offshore|"
                      r"Security|Securities|Partners|Associates|Analytics|Intelligence|Consulting|"
                      r"Industries|Technologies|Aerospace|Defence|Defense|Dynamics|Tankers|Energy|"
                      r"Energies|Resources|Oil|Petroleum|Bank|Airlines|Airways|International|"
                      r"Global|Research|"
                      r"Institute|Observatory|Monitor|Foundation|Centre|Center|Network|Media|"
                      r"Agency|Authority|Government|Operations|Guard|Guards|"
                      r"Brigade|Regiment|Division|"
                      r"Battalion|Squadron|Wing|University|Hospital|Council|Affairs|Rights|"
                      r"Relief|Aid|Development|Studies|Ltd|Programme|Commission|Mission|Watch|"
                      r"Policy|Project|Tracker|Initiative|Fund|Trust|Society|Union|League|Front|"
                      r"Movement|Alliance|Coalition|Assembly|Parliament|Embassy|Consulate|"
                      r"Directorate|Staff|Headquarters|Secretariat|Administration|Clinic|Cell|Unit|Bureau|"
                      # "Director of ... Public Relations", "... of the Capital Police"
                      r"Relations|Communications|Guidance|Police|Gendarmerie)$")


# "General Security Service", "Major Crimes Directorate": a rank-like word opening a body's
# name; no surname is a word like these.
BODY_TAIL = re.compile(r"\s(?:Service|Command|Agency|Ministry|Directorate|Forces|Police|"
                        r"Authority|Department)$")


OUTLET = re.compile(
    r"(?:The\s+)?(?:Associated\s+Press|Al\s+Jazeera|Al\s+Arabiya|Sky\s+News|Fox\s+News|"
    r"[A-Z][a-z]+\s+(?:News|Times|Post|Journal|Press|Radio|Television|TV|Agency|Herald|Gazette|"
    r"Telegraph|Tribune|Monitor|Review|Daily|Weekly|Magazine))"
)

# Translated wire style names the office in full before the name: "Secretary-General of the
# Ministry of Defence Jane Roe", "Minister of Foreign Affairs John Doe". The name is the last
# two words of the capitalised run (a particle may join the second: "Zeid al-Rawi").
OFFICE_OF_GATE = re.compile(r"(?:General|Minister|Director|Chairman|Head|Governor|Ambassador|"
                            r"President|Chief|Secretary)\s+of\s")
OFFICE_OF_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<title>(?:(?:Deputy|Assistant|Acting|Under|Principal)\s+)?"
    r"(?:Secretary[- ]General|Minister|Director(?:[- ]General)?|Chairman|Head|Governor|"
    r"Ambassador|President|Chief|"
    r"Secretary)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,6}?)"
    # an engineer's or doctor's title before the name, in neither the office nor the name:
    # "Governor of X Eng. Jane Roe Smith" (then a name may run to four words: no office's)
    r"(?P<hon>(?:Eng|Dr)\.\s+)?"
    rf"(?P<name>{FIRST}\s+(?:al-|el-|bin\s+|Abu\s+)?[{_UP}][{_LOW}'’-]+"
    rf"(?(hon)(?:\s+(?:al-|el-|bin\s+|Abu\s+)?[{_UP}][{_LOW}'’-]+){{0,2}}))"
    r"(?<!\bEng)(?<!\bDr)(?![\w'’-]|\s+(?:al-|el-)?[A-Z])"
)

# A place named after someone: "the General Jane Roe Training Area", "Marshal X Barracks".
NAMED_FACILITY_AFTER = re.compile(r"\s+(?:Training\s+)?(?:Area|Base|Air\s+Base|Camp|Range|"
                                  r"Barracks|Airfield|Airport|Garrison|Academy|Bridge|Street|"
                                  r"Square|Avenue|Road|Stadium)\b")
# A list of the dead or hurt, one person a line with their age: "Jane Doe Roe, 46" (a list:
# two such lines at least, so a stray "Camp Smith, 12" is no one).
LISTED_WITH_AGE = re.compile(rf"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<name>{FIRST}(?:[ \t]+{_NAME_WORD})"
                             rf"{{1,3}}),[ \t]+\d{{1,3}}\b(?![.,]\d|\s*(?:km|miles|%|per))")

# A broadcast or briefing transcript labels a speaker's first turn with name and role, all in
# capitals: "JANE ROE, DEFENCE MINISTRY SPOKESPERSON: ...", "GEN. JOHN DOE (RET.), NETWORK
# ANALYST: ..."; later turns carry the surname alone ("ROE: ...").
TRANSCRIPT_LABEL_RE = re.compile(
    r"\n(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?(?P<rank>(?:[A-Z]{2,5}\.[ \t]+){0,2})"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'’-]+){1,3})"
    r"(?P<reserve>[ \t]+\((?:RET|RES)\.?\))?,[ \t]+(?P<role>[A-Z][A-Z0-9 .,'’&/()-]{2,80}?):[ \t]")
# The broadcaster's own journalists, who put the questions: their turns are not sourcing.
JOURNALIST_ROLE = re.compile(r"\b(?:ANCHOR|CO-ANCHOR|CORRESPONDENT|REPORTER|HOST|CO-HOST|"
                             r"PRESENTER|PRODUCER|MODERATOR)\b")
# A title that makes its holder the page's own journalist ("Our Iraq correspondent"): their
# words are the report, not a source's.
_REPORTER_TITLE = re.compile(r"(?i)\b(?:correspondent|reporter|anchor|presenter|columnist|"
                             r"(?:news|foreign|defen[cs]e|security)\s+editor)\b")


def reporter(people: Any, name: str) -> bool:
    """Whether the person the text names so is titled as a journalist."""
    person = people.by_key.get(name.casefold())
    return person is not None and _REPORTER_TITLE.search(person.title) is not None


# A briefing's header names its speaker in full on a line of their own, "Jane Roe, Deputy
# Spokesperson", whom the turns then label by surname ("MS. ROE: ...").
HEADER_NAME_ROLE_RE = re.compile(
    rf"\n(?P<name>{FIRST}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z'’-]+){{1,2}}),[ \t]+"
    r"(?P<role>[A-Z][^\n,:;.]{2,60}?)[ \t]*(?=\n)")
# Any capitals speaker label opening a line, with a courtesy title or rank maybe ("MR. ROE:").
CAPS_TURN = re.compile(r"\n(?:[A-Z]{2,5}\.[ \t]+)?[A-Z][A-Z'’-]{2,}:[ \t]")
# British style writes high offices in lower case before a full name: "Iraqi prime minister
# Jane Roe", "the country's foreign minister John Doe" (read only where " minister " stands).
LOWER_OFFICE_RE = re.compile(
    rf"(?P<title>(?:{NATION}\s+)?(?:prime|foreign|defen[cs]e)\s+minister)\s+"
    rf"(?P<name>{FIRST}\s+{_NAME})")
