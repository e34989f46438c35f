"""People named with a rank or title, and named speakers ("Jane Doe said").

"Marine Gen. Frank McKenzie, commander of U.S. Central Command" gives the name Frank McKenzie
and the title "Marine Gen., commander of U.S. Central Command". Later references by surname
("McKenzie said") resolve to the same person through `PeopleIndex`; a surname that speaks
alone ("Hale said") finds the full name written before it ("Martin Hale, assistant secretary
of ..."). Titles may be chained ("Chairman Rep."), follow the place an office runs ("Kiryat
Shmona Mayor") or be a body and a job ("MDA paramedic"). Hard-wrapped text (a PDF pasted) is
read with its lines joined again by the sentence splitter.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.sentences import Document
from briefdeck.model import Person, Provenance

# Ranks with or without full stops: British style writes "Brig Gen", "Lt Col", "Cdr".
# US enlisted and warrant grades add a class or a number: "Sgt. 1st Class", "Petty Officer
# 2nd Class", "Chief Warrant Officer 3", "Airman 1st Class".
_RANK = (
    r"(?:(?:Lt\.?|Lieut\.?|Maj\.?|Brig\.?|Vice|Rear|Staff|Master|First|Command|Chief|Petty|"
    r"Sgt\.?|Lieutenant|Major|Brigadier|Air|Wing|Group|Flight|Lance|Senior|Warrant|Second|"
    r"1st|2nd)\s+)*"
    r"(?:Gen\.?|General|Adm\.?|Admiral|Col\.?|Colonel|Maj\.?|Major|Capt\.?|Captain|Lt\.?|"
    r"Lieutenant|Sgt\.?|Sergeant|Cpl\.?|Corporal|Pvt\.?|Private|Pte\.?|Spc\.?|Specialist|"
    r"Pfc\.?|PFC|Cmdr\.?|Cdr\.?|Commander|Commodore|Brigadier|"
    r"Air\s+(?:Vice[- ]|Chief\s+)?Marshal|Marshal|Squadron\s+Leader|Airman|Seaman|Officer)"
    r"(?:\s+(?:1st|2nd|3rd|First|Second|Third)\s+Class|\s+[1-5](?=\s+[A-Z]))?(?![\w-])"
    r"(?:\s+\((?:res|ret|Res|Ret)\.?\))?"  # reservist or retired: "Staff Sergeant (res.)"
)
_SERVICE = r"(?:Marine|Army|Air\s+Force|Navy|Space\s+Force|Marine\s+Corps|Coast\s+Guard)"
_NATION = (
    r"(?:Iranian|Iraqi|U\.S\.|American|British|Syrian|Russian|Israeli|Kurdish|Turkish|"
    r"Saudi|French|German|Afghan|Lebanese|Jordanian|Qatari|Emirati|Pakistani|Chinese)"
)
_TITLE = (
    r"(?:(?:Defen[cs]e|Foreign|Interior|Prime|Deputy|Vice|Acting|former|then-|Army|Navy|"
    r"Homeland\s+Security|State|Iraqi|Iranian|U\.S\.)\s+)*"
    r"(?:Secretary[- ]General|Secretary(?:\s+of\s+(?:Defen[cs]e|State|the\s+Army|the\s+Navy|"
    r"the\s+Air\s+Force))?|"
    r"Minister(?:\s+of\s+[A-Z][a-z]+)?|President|Prime\s+Minister|Ambassador|Senator|Sen\.|"
    r"Rep\.|Gov\.|Governor|Mayor|Chairman|Director|Ayatollah|Sheikh|Supreme\s+Leader|spokesman|"
    r"Leader|leader|"  # "North Korean leader Kim Jong Un", "opposition leader Jane Roe"
    r"spokeswoman|spokesperson|Spokesman|Spokeswoman|Spokesperson|press\s+secretary|Head|Chief|"
    r"Press\s+Secretary|Del\.|Delegate|Prof\.|Professor|"  # "Del.": a delegate to Congress
    r"Mr\.|Ms\.|Mrs\.|Dr\.|(?:Mr|Ms|Mrs|Dr)(?=\s+[A-Z]))"  # British: no stop
)
# Letters after a British name ("Jane Roe MP", "John Doe OBE"): not part of it.
_POST_NOMINALS = r"(?:MP|MSP|MEP|OBE|CBE|MBE|KCB|KBE|DSO|MC|KC|QC|PhD)\b"
# Letters of names, accented ones included: "Agata Sowińska", "Łukasz", "José Müller" (Latin-1
# and Latin Extended-A; the extended block mixes cases, so it sits in both classes).
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_FIRST = rf"[{_UP}][{_LOW}]+"  # a capitalised given name
_NAME_WORD = (rf"(?:(?:al-|el-|bin\s|ibn\s|Abu\s|de\s|van\s|von\s|Mc|Mac|O')?"
              rf"[{_UP}][{_UP}{_LOW}'’-]+)")
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,2}}"
_ROLE_WORDS = (
    r"commander|head|chief|leader|spokesman|spokeswoman|spokesperson|director|secretary|"
    r"minister|chairman|ambassador|deputy\s+commander|press\s+secretary|president|founder|"
    r"top\s+commander|senior\s+adviser|adviser|envoy|aide|coordinator|representative|"
    r"commissioner|administrator"
)
_ORG = (
    r"(?:the\s+)?(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’.-]*)"
    r"(?:\s+(?:of\s+|for\s+|and\s+)?(?:U\.S\.|[A-Z][A-Za-z'’.-]*|\d+(?:st|nd|rd|th)))*"
)
# An institution named by what it is: "a spokesman for the ministry".
_BODY = (
    r"ministry|military|army|navy|air\s+force|government|group|company|coalition|militia|"
    r"movement|rebels|police|command|embassy|agency|firm|department|service|task\s+force"
)
_ORG_OR_BODY = rf"(?:{_ORG}|the\s+(?:{_BODY}))"
_APPOSITIVE = (
    rf",\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?:{_ROLE_WORDS})\s+(?:of|for|at|in)\s+{_ORG_OR_BODY})"
)

# The office named before the title, as a noun phrase: "Kharkiv City Mayor", "Odesa Regional
# Governor", "Donetsk Oblast Military Administration Head", "Northern Group of Forces
# spokesperson". Read just before a titled match (cheaper than a prefix of TITLED_RE, tried at
# every capital); the first word is no sentence opener ("The Army Gen." is the rank's).
_OPENER = (r"(?!(?:The|A|An|In|On|At|But|And|As|If|When|After|It|This|That|Its|Their|Our|One|"
           r"Some|Many|Each|Another|Other|Most|All|Both|No|Any)\b)")
_LOCAL_OFFICE = re.compile(
    rf"(?<![\w.'’-])(?:{_OPENER}[A-Z][\w-]+\s+(?:(?:of\s+(?:the\s+)?)?[A-Z][\w-]+\s+){{0,4}}?"
    r"(?:of\s+(?:the\s+)?)?)?"
    r"(?:City|Regional|Oblast|Provincial|County|District|Administration|Forces|Group|Command|"
    r"Ministry|Council|Directorate|Agency|Office|Service|Department|Brigade|Corps|Police|"
    r"Guard)\s+$"
)
# The place an elected or appointed head runs, named before the title: "Kiryat Shmona Mayor",
# "Texas Gov." (a capitalised run that opens no sentence and is no month or nationality).
_JURISDICTION_TITLE = re.compile(r"(?:Deputy\s+)?(?:Mayor|Governor|Gov\.|Prefect)$")
_JURISDICTION = re.compile(
    rf"(?<![\w.'’-]){_OPENER}(?!(?:Deputy|Former|Acting|Then)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}"
    r"\s+$"
)
# A title opens a word, with a capital or one of the lower-case openers (retired, former,
# then-, spokes-, press): a cheap first test at each position, which is most of the cost.
TITLED_RE = re.compile(
    rf"(?<![\w'’])(?=[A-Zrsptfl])"
    rf"(?P<title>(?:[Rr]etired\s+)?(?:{_NATION}\s+)?(?:{_SERVICE}\s+)?(?:{_RANK}|{_TITLE})"
    rf"(?:\s+(?:{_RANK}))?)\s+(?P<name>{_NAME})(?:{_APPOSITIVE})?"
)
# "Frank McKenzie, commander of U.S. Central Command," without a rank in front.
APPOSED_RE = re.compile(rf"\b(?P<name>{_FIRST}(?:\s+{_NAME_WORD}){{1,2}}){_APPOSITIVE}")
# A word of an organisation's or a place's name: "Harakat al-Nujaba", "Deir el-Zour".
_ORG_WORD = r"(?:(?:al-|el-|an-|ad-|as-|ash-)?[A-Z][\w'’.-]*)"
# "the mayor of the town": a place the report has just named.
_LOCALITY = r"town|city|village|province|district|region|county|municipality|camp"
# "the coalition's spokesman, Colonel Dale Prentiss," - the role first, then the name.
REVERSED_RE = re.compile(
    rf"(?P<role>\b(?:[A-Za-z][\w'’.-]*\s+){{0,4}}?(?i:spokes(?:man|woman|person)|commander|"
    rf"minister|secretary|chief|head|director|ambassador|envoy|leader|adviser|governor|mayor|"
    rf"president|analyst|researcher|official)(?:\s+(?:of|for|in|at)\s+(?:the\s+)?{_ORG_WORD}"
    rf"(?:\s+(?:of\s+|and\s+)?{_ORG_WORD}){{0,4}}(?:\s+[a-z][\w-]*){{0,2}}?"
    rf"|\s+for\s+the\s+(?:{_BODY})|\s+of\s+the\s+(?:{_LOCALITY}))?),\s+"
    rf"(?P<rank>(?:{_SERVICE}\s+)?{_RANK}\s+)?(?:(?:Sir|Dame|Lord|Lady)\s+)?"
    rf"(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?:\s+{_POST_NOMINALS})?(?=,|\s+(?:said|says|told))"
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
    r"economist|lecturer|academic|consultant|specialist|member|[\w-]+-year-old"
)
_DESCRIBED = (
    rf"[^,;\"“”()]{{0,60}}?\b(?:{_ROLE_WORDS}|{_PERSON_NOUNS})\b[^,;\"“”()]{{0,70}}?"
)
# Verbs of speaking, and the ones that report words ("called the strike 'an assault'").
_SPEAKS = (r"(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|"
           r"recalled|explained|called|described|urged|insisted|denied|accused|argued|posted)\b")
# "Jane Doe, the head of research at a risk firm, said": name first, a described role, a verb.
# A single name needs "a"/"an" before a person noun: "Karim, a 40-year-old driver, said".
NAME_FIRST_RE = re.compile(
    rf"\b(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+"
    rf"(?P<role>(?:the|a|an|its|their)\s+{_DESCRIBED}),\s+{_SPEAKS}"
    rf"|\b(?P<single>[A-Z][a-z]{{2,}}),\s+(?P<srole>(?:a|an)\s+{_DESCRIBED}),\s+{_SPEAKS}"
)
# '..., said Nils Berg, the head of marine at a broker.': the role after a speaker.
SAID_NAME_ROLE_RE = re.compile(
    rf"\b(?:said|says|added|according\s+to|quoted|quoting|cited|citing)\s+"
    rf"(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?"
    rf"{_NAME_WORD}){{1,2}}),\s+(?P<role>(?:the|a|an|its)\s+{_DESCRIBED})(?=\s*[.,;]|\s*$)"
)
# "Lt. Col. Jane Roe, an Army spokesperson." / "..., a spokesperson for the agency, said": a
# role after a titled name, up to the end of the clause.
_TRAILING_ROLE = re.compile(
    rf",\s+(?P<role>(?:the|a|an|its)\s+[^,;\"“”()]{{0,50}}?\b(?:{_ROLE_WORDS})\b"
    rf"(?:\s+(?:of|for|at|in|with)\s+[^,;\"“”()]{{2,70}}?)?)"
    rf"(?=\s*[.;]|\s*$|,\s+(?:has\s+|had\s+)?{_SPEAKS})"
)
# A kunya with a family name: "Abu Mahdi al-Muhandis", "Umm Ahmad al-Tamimi" (the "al-" part
# keeps places such as Abu Kamal or Umm Qasr out).
KUNYA_RE = re.compile(
    rf"\b(?P<name>(?:Abu|Umm)\s+{_FIRST}(?:\s+{_FIRST})?\s+(?:al-|el-)[{_UP}][\w'’-]+)"
)
# The role just before a kunya: "a senior commander known as", "one of its leaders,".
_ROLE_BEFORE_NAME = re.compile(
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
    rf"\b(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+(?:aged\s+)?"
    rf"\d{{1,2}},\s+[a-z]"
)
_AGE_CHEAP = re.compile(r",\s+(?:aged\s+)?\d{1,2},")
# "Jane Roe, who runs the village clinic, said": a who-clause between the name and the verb.
NAME_WHO_RE = re.compile(
    rf"\b(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+who\s+"
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
# The description before the ", who asked to be identified": "A resident of Al-Bukamal".
_WHO_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>[^,;\"“”()]{3,90}),\s+whom?\b")
# "a commander, whom the group named as Hussein Kassem": the name someone else gives a person
# (two words at least: "named as Chief" is a post, not a name).
NAMED_AS_RE = re.compile(
    rf"\bnamed\s+(?:(?:him|her|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?as\s+"
    rf"(?P<name>{_FIRST}(?:\s+{_NAME_WORD}){{1,2}})\b"
)
# "Defence expert Jan Roe of the Institute of X said", "analyst Jane Doe told": a non-official
# described before the name, maybe with the body they work at after it.
_EXPERT = (r"expert|analyst|researcher|professor|economist|historian|commentator|fellow|scholar|"
           r"(?:mil)?blogger|observer|correspondent")  # "milblogger Jan Roe claimed"
_NOT_DESCRIPTOR = (r"(?!(?:said|says|told|added|wrote|according|to|the|a|an|and|or|of|by|"
                   r"with|for|from|in|on|at|as|is|was|were|are|who|that)\b)")
DESCRIPTOR_RE = re.compile(
    rf"(?<![\w-])(?P<role>(?:{_NOT_DESCRIPTOR}[A-Za-z][a-z-]+\s+){{0,2}}?(?i:{_EXPERT}))\s+"
    rf"(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|"
    rf"and\s+|the\s+)*[A-Z][\w'’.-]*){{0,6}})(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)?"
    rf"(?=\s+(?:has\s+|had\s+)?(?:said|says|told|wrote|added|warned|argued|noted|claimed|"
    rf"stated|posted|reported|suggested|assessed)\b|,)"
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
    rf"{_FORMER_ROLE})\s+(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?=\s+(?:has\s+|had\s+)?(?:said|says|told|wrote|added|warned|argued|noted)\b|[,.])"
)
# "Jane Roe, whom the army describes as a senior commander": the role someone else gives.
DESCRIBED_AS_RE = re.compile(
    rf"\b(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}),\s+(?:whom|who)\s+"
    rf"(?:[\w'’-]+\s+){{1,4}}?(?:describe[sd]?|call(?:s|ed)|identifie[sd]|name[sd])\s+as\s+"
    rf"(?P<role>(?:the|a|an|its|their)\s+{_DESCRIBED})(?=\s*[.,;]|\s*$)"
)
# "said MDA paramedic Jane Roe", "Hamas official John Doe told": where the person works and what
# they do there, written before the name without a comma.
_WORK_NOUNS = (r"paramedic|medic|doctor|surgeon|nurse|official|rescuer|volunteer|negotiator|"
               r"aide|adviser|coordinator|representative|engineer|pilot|journalist|lawyer|"
               r"director|head|chief|commander|spokes(?:man|woman|person)")
_WORK_BEFORE_NAME = re.compile(rf"\b(?:{_WORK_NOUNS})\s+[{_UP}]")
_WHEN_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\s+")
BODY_ROLE_NAME_RE = re.compile(
    rf"(?<![\w.'’-])(?P<role>{_OPENER}(?:[A-Z][\w.&'’-]*\s+){{1,3}}(?:[a-z][\w-]*\s+)?"
    rf"(?:{_WORK_NOUNS}))\s+(?P<name>{_FIRST}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}?)"
    rf"(?=\s+(?:has\s+|had\s+)?{_SPEAKS}|\s*[,.;]|\s*$)"
)
# "Hale said" with no title or role where he speaks: a surname alone, of a person the text
# named in full before ("Martin Hale, assistant secretary of ...") without a title to find.
# (Found from the verb, the cheaper scan, then the word before or after it.)
_LONE_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|noted|argued|warned|"
                        r"testified|acknowledged)\b")
_LONE_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<name>[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]+)?)"
                          rf"\s+(?:has\s+|had\s+)?(?:also\s+)?$")
_LONE_AFTER = re.compile(rf"\s+(?P<name>[{_UP}][{_LOW}]{{2,}})(?=\s*[.,;])")
SPEAKER_RE = re.compile(
    rf"\b(?P<name>{_FIRST}(?:\s+{_NAME_WORD}){{1,2}}),?\s+(?:said|says|told|tells|wrote|writes|"
    rf"added|adds|stated)\b"
    # ("said Red Cross paramedic Jane Roe": the body she works for is no name)
    rf"|\b(?:said|says|added|wrote)\s+(?P<name2>{_FIRST}(?:\s+{_NAME_WORD}){{1,2}})\b"
    rf"(?!\s+(?:{_WORK_NOUNS})\s+[A-Z])"
)
_EXPERT_BEFORE_NAME = re.compile(rf"\b(?i:{_EXPERT})\s+[{_UP}]")  # a cheap test first
_ROLE_WORD = re.compile(r"\b(?:spokes|commander|minister|secretary|chief|head|director|ambassador|"
                        r"envoy|leader|adviser|governor|mayor|president|analyst|researcher|"
                        r"official|expert|professor|economist|historian|commentator|fellow|"
                        r"scholar|milblogger|blogger|observer|correspondent)", re.I)
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|"
                          r"recalled|explained|"
                          r"quoted|quoting|cited|citing|"
                          r"according|called|described|urged|insisted|denied|accused|argued|"
                          r"posted)\b")
_NOT_FIRST = frozenset(
    """The A An This That These Those But And As After Once When While Some Many Other
    Another Iraqi Syrian Iranian American Kurdish British U.S. Pentagon Department Operation
    Air Camp Defense Defence State White Central Marine Army Navy President Secretary General
    Coalition In On At For From With By Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November
    December Islamic United Joint Combined Counter Iran Iraq Syria Israel Russia NBC CNN
    Rear Vice Brig Maj Lt Gen Col Capt Sgt Adm Rep Sen Gov Mr Ms Mrs Dr Staff Master Chief
    Colonel Major Captain Lieutenant Admiral Sergeant Brigadier Commander Cdr Cmdr Pte Commodore
    Marshal Squadron Flight Wing Defence Foreign Prime Minister Ministry Class Officer
    Warrant Petty Airman Seaman Senior Spc Pfc Cpl Pvt Sergeant""".split()
)


# A person's name never ends like an institution or a company ("Northfleet Shipping said").
_ORG_TAIL = re.compile(r"\b(?:Fleet|Command|Force|Forces|Army|Navy|Corps|Service|Ministry|"
                      r"Agency|Department|Council|Brigades?|Party|Group|Office|Committee|News|"
                      r"Times|Post|Journal|Press|Inc|Ltd|Limited|LLC|PLC|plc|Corp|Corporation|"
                      r"Company|Co|Holdings|Shipping|Maritime|Lines|Logistics|Systems|Risk|"
                      r"Carriers|Freight|Navigation|Ferries|Cargo|"
                      r"Security|Securities|Partners|Associates|Analytics|Intelligence|Consulting|"
                      r"Industries|Technologies|Aerospace|Defence|Defense|Dynamics|Tankers|Energy|"
                      r"Oil|Petroleum|Bank|Airlines|Airways|International|Global|Research|"
                      r"Institute|Observatory|Monitor|Foundation|Centre|Center|Network|Media|"
                      r"Agency|Authority|Operations|Guard|Guards|Brigade|Regiment|Division|"
                      r"Battalion|Squadron|Wing|University|Hospital|Council|Affairs|Rights|"
                      r"Relief|Aid|Development|Studies|Ltd|Programme|Commission|Mission|Watch|"
                      r"Policy|Project|Tracker|Initiative|Fund|Trust|Society|Union|League|Front|"
                      r"Movement|Alliance|Coalition|Assembly|Parliament|Embassy|Consulate|"
                      r"Directorate|Staff|Headquarters|Secretariat|Administration|Clinic)$")


# "General Security Service", "Major Crimes Directorate": a rank-like word opening a body's
# name; no surname is a word like these.
_BODY_TAIL = re.compile(r"\s(?:Service|Command|Agency|Ministry|Directorate|Forces|Police|"
                        r"Authority|Department)$")


_OUTLET = re.compile(
    r"(?:The\s+)?(?:Associated\s+Press|Al\s+Jazeera|Al\s+Arabiya|Sky\s+News|Fox\s+News|"
    r"[A-Z][a-z]+\s+(?:News|Times|Post|Journal|Press|Radio|Television|TV|Agency|Herald|Gazette|"
    r"Telegraph|Tribune|Monitor|Review|Daily|Weekly|Magazine))"
)


@dataclass
class _Found:
    name: str
    title: str
    organization: str
    start: int
    end: int


_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


# Arabic family names are written with and without the article: "al-Sudani", "Sudani".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ad|as|ash|ar|at|az)-", re.I)


def _core_words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _GENERATION:
        words.pop()
    return words


def surname(name: str) -> str:
    """'Lloyd J. Austin III' -> 'Austin'."""
    return _core_words(name)[-1]


# A role word as later references write it, and the ways titles write it.
_ROLE_FORMS = {
    "general": r"\bGen\b|\bGeneral\b", "admiral": r"\bAdm\b|\bAdmiral\b",
    "colonel": r"\bCol\b|\bColonel\b", "major": r"\bMaj\b|\bMajor\b",
    "captain": r"\bCapt\b|\bCaptain\b", "lieutenant": r"\bLt\b|\bLieutenant\b",
    "sergeant": r"\bSgt\b|\bSergeant\b", "commander": r"\bCmdr\b|\bCdr\b|\bcommander\b",
    "secretary": r"\bsecretary\b", "minister": r"\bminister\b",
    "spokesman": r"\bspokes\w+", "spokeswoman": r"\bspokes\w+", "spokesperson": r"\bspokes\w+",
    "governor": r"\bGov\b|\bgovernor\b", "mayor": r"\bmayor\b", "ambassador": r"\bambassador\b",
}


# "the colonel said", "the spokeswoman added": a person named before, by rank or role.
ROLE_REFERENCE_RE = re.compile(r"^[Tt]he\s+(?P<role>" + "|".join(_ROLE_FORMS) + r")$")


class PeopleIndex:
    """Named people in order of appearance, findable by full name or surname, with every
    place they are mentioned (titled spans start at the title: "Rear Adm. Marcus Delaney")."""

    def __init__(self, found: list[_Found], doc: Document | None = None,
                 titled: list[tuple[int, int, str]] | None = None):
        self.found = found
        self.by_key: dict[str, _Found] = {}
        self._written: set[str] = set()  # the keys as the text writes them
        for person in found:
            last = surname(person.name)
            bare = _ARTICLE_PREFIX.sub("", last)  # "al-Sudani" is also written "Sudani"
            for key in (person.name, last, bare if len(bare) > 3 else last):
                self.by_key.setdefault(key.casefold(), person)
                self._written.add(key)
        self.mentions: list[tuple[int, int, str]] = []  # (start, end, full name)
        if doc is not None and found:
            keys = sorted(self._written, key=len, reverse=True)
            names_re = re.compile(r"\b(?:" + "|".join(  # "Jane\nRoe" in wrapped text too
                re.escape(k).replace("\\ ", r"\s+") for k in keys) + r")(?!\w)")
            for sent in doc.sentences:
                for m in names_re.finditer(doc.text, sent.start, sent.end):
                    full = self.resolve(" ".join(m.group(0).split()))
                    if full:
                        self.mentions.append((m.start(), m.end(), full))
            for start, end, name in titled or []:
                self.mentions.append((start, end, name))
            self.mentions.sort()

    def mention_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The widest person mention inside [start, end), earliest first."""
        best = None
        lo = bisect.bisect_left(self.mentions, (start, -1, ""))
        hi = bisect.bisect_right(self.mentions, (end, end, "\uffff"))
        for m in self.mentions[lo:hi]:
            if start <= m[0] and m[1] <= end:
                if best is None or m[0] < best[0] or (m[0] == best[0] and m[1] > best[1]):
                    best = m
        return best

    def titled_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The widest mention (with its title) that covers [start, end)."""
        lo = bisect.bisect_left(self.mentions, (start - 120, -1, ""))
        hi = bisect.bisect_right(self.mentions, (start, end + 1, "\uffff"))
        spans = [(s, e) for s, e, _ in self.mentions[lo:hi] if s <= start and end <= e]
        return min(spans, key=lambda se: se[0]) if spans else None

    def by_role(self, role: str, pos: int) -> str | None:
        """'the colonel said': the person last mentioned before pos whose title holds that
        rank or role (Col., Colonel; spokeswoman), or None."""
        forms = _ROLE_FORMS.get(role.lower(), rf"\b{re.escape(role)}\b")
        i = bisect.bisect_left(self.mentions, (pos, -1, ""))
        for _start, _end, name in reversed(self.mentions[max(0, i - 40):i]):
            person = self.by_key.get(name.casefold())
            if person and re.search(forms, person.title, re.I):
                return name
        return None

    def resolve(self, name: str) -> str | None:
        person = self.by_key.get(name.casefold()) or self.by_key.get(
            surname(name).casefold()
        )
        return person.name if person else None

    def last_before(self, pos: int) -> tuple[int, str] | None:
        """(offset, name) of the person mentioned most recently before pos ('he said')."""
        i = bisect.bisect_left(self.mentions, (pos, -1, ""))
        if i == 0:
            return None
        start, _end, name = self.mentions[i - 1]
        return (start, name)


# Words just before a run that make it the tail of a longer name ("Institute for", "Bint").
_INSIDE_NAME = re.compile(r"(?:\b(?:of|for|at|in|and|the)|[A-Z][\w.'’-]*)\s+$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_HAS_RANK = re.compile(rf"^(?:{_NATION}\s+)?(?:{_SERVICE}\s+)?{_RANK}")


def _rank_and_role(title: str) -> tuple[str, str]:
    head, _, rest = title.partition(", ")
    if _HAS_RANK.fullmatch(head):
        return head, rest
    return "", title


def _merged_title(old: str, new: str) -> str:
    """Two mentions of one person: 'Army Maj. Gen.' and 'the commander of the task force'
    give 'Army Maj. Gen., the commander of the task force': a rank kept, the longer role."""
    if not new or new in old:
        return old
    if not old or old in new:
        return new
    rank_old, role_old = _rank_and_role(old)
    rank_new, role_new = _rank_and_role(new)
    role = role_new if len(role_new) > len(role_old) else role_old
    return ", ".join(part for part in (rank_old or rank_new, role) if part)


_HONORIFIC = re.compile(r"^(?:Sir|Dame|Lord|Lady)\s+(?=\S+\s)")
_POST_NOMINAL_TAIL = re.compile(rf"(?:\s+{_POST_NOMINALS})+$")


def _title_parts(title: str, role: str | None) -> tuple[str, str]:
    title = " ".join(title.split())
    organization = ""
    if role:
        role = " ".join(role.split()).rstrip(",.")
        title = f"{title}, {role}" if title else role
        # the body's capitalised name, up to the words that describe the person again ("at
        # the Hudson Institute who tracks ..."), or a body in lower case ("for the ministry")
        org = re.search(rf"\b(?:of|for|at|with|in)\s+(?:the\s+)?({_ORG_RUN})", role) or \
            re.search(rf"\b(?:of|for|at)\s+the\s+((?:[a-z][\w-]*\s+)?(?:{_BODY}))$", role)
        if org:
            name = _POSSESSIVE.sub("", org.group(1))
            organization = known_organization(name) or name
    return title, organization


_ORG_RUN = (r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|on|in)\s+(?:the\s+)?)?"
            r"(?:[A-Z][\w'’.&-]*|\d+(?:st|nd|rd|th)))*")


_ROLE_NOUN = re.compile(r"(?i:spokes|commander|minister|secretary|chief|head|director|"
                        r"ambassador|envoy|leader|adviser|governor|mayor|president|analyst|"
                        r"researcher|official)")
_ROLE_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:'s|’s))\s")


def _role_from_article(role: str) -> str:
    """'drone killed a senior commander of X' -> 'a senior commander of X': the words before
    the role's own article belong to the sentence, not to the title."""
    noun = _ROLE_NOUN.search(role)
    if not noun:
        return role
    starts = [m.start() for m in _ROLE_DETERMINER.finditer(role, 0, noun.start())]
    return role[starts[-1]:] if starts else role


def _plausible(name: str, is_place) -> bool:
    words = name.split()
    if words[0].rstrip(".") in _NOT_FIRST or any(
            w in ("Base", "Air", "Airfield", "Camp") for w in words):
        return False
    if known_organization(name) or (is_place and is_place(name)) or _OUTLET.fullmatch(name):
        return False  # "Al Jazeera said": a broadcaster, not a person
    if _ORG_TAIL.search(name) or _PLACE_TAIL.search(name):
        return False
    return True


# Nor like a place ("in Syunik Province, the head of the ... said").
_PLACE_TAIL = re.compile(r"\b(?:Province|Region|District|Governorate|Oblast|County|Prefecture|"
                         r"Valley|River|Mountains?|Islands?|Strait|Sea|Bay|Gulf|Desert|Peninsula|"
                         r"City|Village|Square|Street|Road|Bridge|Port|Airport|Crossing)$")


_RESERVE_TAIL = re.compile(r"\((?:res|ret|Res|Ret)\.\)$")


def find_people(doc: Document, is_place=None) -> PeopleIndex:
    """Titled people first, then named speakers; each name once, first mention's span."""
    text = doc.text
    found: dict[str, _Found] = {}
    spans: list[tuple[int, int]] = []
    titled: list[tuple[int, int, str]] = []

    def add(name: str, title: str, org: str, start: int, end: int) -> str:
        """Record a person (or add to the one already found); their name as recorded."""
        name = _HONORIFIC.sub("", _POST_NOMINAL_TAIL.sub("", _POSSESSIVE.sub("", name)))
        name = " ".join(name.split())  # "Jane\nRoe" in hard-wrapped text
        end = start + len(name) if text.startswith(name, start) else end
        if re.search(r"\b(?:Jr|Sr)$", name) and text[end:end + 1] == ".":
            name, end = name + ".", end + 1  # "Robert T. Hale Jr."
        key = name.casefold()
        words = _core_words(key)
        for other in found.values():  # "McKenzie" after "Frank McKenzie" is the same man
            theirs = _core_words(other.name.casefold())
            shorter, longer = sorted((words, theirs), key=len)
            short_text, long_text = sorted((key, other.name.casefold()), key=len)
            if longer[-len(shorter):] == shorter and (len(shorter) == 1 or len(
                    shorter) >= len(longer) - 1) or long_text.endswith("-" + short_text):
                # "Karim Mahdi" read inside "Abdul-Karim Mahdi" is him too
                if key.endswith("-" + other.name.casefold()):
                    other.name, other.start, other.end = name, start, end
                other.title = _merged_title(other.title, title)
                other.organization = other.organization or org
                return other.name
        found[key] = _Found(name, title, org, start, end)
        spans.append((start, end))
        return name

    sentences = doc.sentences
    for i, sent in enumerate(sentences):
        # The splitter may end a sentence after "(res.)": the name is in the next piece.
        reach = sentences[i + 1].end if _RESERVE_TAIL.search(sent.text) and i + 1 < len(
            sentences) else sent.end
        pos, chain = sent.start, None
        while (m := TITLED_RE.search(text, pos, reach)) is not None:
            pos = m.end()
            start = chain[1] if chain and chain[0] == m.start() else m.start()
            name = m.group("name")
            title, org = _title_parts(m.group("title"), m.group("role"))
            if name.split()[0] in _NOT_FIRST or " " not in name and _ORG_TAIL.search(name) or \
                    _BODY_TAIL.search(name):
                # "General Command": a body, not a general; "Chairman Rep. Jane Roe": the
                # second title opens the match to read, after the first
                pos = m.start("name")
                chain = (pos, start)
                continue
            chain = None
            if start < m.start():  # "Press Secretary Air Force Brig. Gen.": both titles
                title = f"{' '.join(text[start:m.start()].split())} {title}"
            office = _LOCAL_OFFICE.search(text, max(sent.start, start - 80), start)
            if not office and _JURISDICTION_TITLE.match(m.group("title")):
                office = _JURISDICTION.search(text, max(sent.start, start - 40), start)
                if office and any(w in _NOT_FIRST for w in office.group(0).split()):
                    office = None  # "On Tuesday Mayor ...", "Iraqi Governor ..."
            if not office and m.group("title") in ("Head", "Chief"):
                continue  # "Head" or "Chief" is a title only after the office it heads
            title_start = office.start() if office else start
            if office:
                title = f"{text[office.start():start]}{title}"
            trailing = None if m.group("role") else _TRAILING_ROLE.match(text, m.end(), sent.end)
            if trailing:  # "Lt. Col. Jane Roe, a Navy spokesperson": the role after the name
                title = f"{title}, {' '.join(trailing.group('role').split())}"
            name = add(name, title, org, m.start("name"), m.end("name"))
            titled.append((title_start, m.end("name"), name))
        # Cheap tests first: each pattern below needs one of these words to match at all.
        roles = _ROLE_WORD.search(text, sent.start, sent.end) is not None
        speaks = _SPEECH_WORD.search(text, sent.start, sent.end) is not None
        for m in REVERSED_RE.finditer(text, sent.start, sent.end) if roles else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            raw_role = _role_from_article(m.group("role"))
            role = " ".join(raw_role.split())
            rank = " ".join((m.group("rank") or "").split())
            title = f"{rank}, {role}" if rank else role
            name = add(name, title, "", m.start("name"), m.end("name"))
            # "The government's spokesman, Jane Roe": a role with its own article is part of
            # the mention (words the sentence put before it are not)
            role_start = m.end("role") - len(raw_role) if _ROLE_DETERMINER.match(raw_role) \
                else m.start("rank") if m.group("rank") else m.start("name")
            titled.append((role_start, m.end("name"), name))
        described_first = roles and _EXPERT_BEFORE_NAME.search(text, sent.start, sent.end)
        for m in DESCRIPTOR_RE.finditer(text, sent.start, sent.end) if described_first else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            org = m.group("org") or ""
            role = " ".join(m.group("role").split())
            name = add(name, role, known_organization(org) or org, m.start("name"),
                       m.end("name"))
            titled.append((m.start("role"), m.end("name"), name))
        for m in FORMER_RE.finditer(text, sent.start, sent.end) if "etired " in sent.text or \
                "ormer " in sent.text else ():  # either case: "Former", "retired"
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            name = add(name, " ".join(m.group("role").split()), "", m.start("name"),
                       m.end("name"))
            titled.append((m.start("role"), m.end("name"), name))
        for m in KUNYA_RE.finditer(text, sent.start, sent.end) if "Abu " in sent.text or \
                "Umm " in sent.text else ():
            if is_place and is_place(m.group("name")):
                continue
            before = _ROLE_BEFORE_NAME.search(text, max(sent.start, m.start() - 80), m.start())
            add(m.group("name"), " ".join(before.group("role").split()) if before else "", "",
                m.start("name"), m.end("name"))
        for m in NAMED_AS_RE.finditer(text, sent.start, sent.end) if "named" in sent.text \
                else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            described = list(_WHO_DESCRIBED.finditer(text, sent.start, m.start()))
            title = _role_from_article(" ".join(described[-1].group("role").split())) \
                if described else ""
            add(name, title, "", m.start("name"), m.end("name"))
        for m in APPOSED_RE.finditer(text, sent.start, sent.end):
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role"))
            add(name, title, org, m.start("name"), m.end("name"))
        for m in [*NAME_FIRST_RE.finditer(text, sent.start, sent.end),
                  *SAID_NAME_ROLE_RE.finditer(text, sent.start, sent.end)] if speaks else ():
            group = "name" if m.group("name") else "single"
            name = m.group(group)
            if not _plausible(name, is_place):
                continue
            title, org = _title_parts("", m.group("role") or m.group("srole"))
            add(name, title, org, m.start(group), m.end(group))
        aged = _AGE_CHEAP.search(sent.text) is not None
        for m in NAME_AGE_RE.finditer(text, sent.start, sent.end) if aged else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in NAME_WHO_RE.finditer(text, sent.start, sent.end) if speaks and \
                ", who " in sent.text else ():
            name = m.group("name")
            if not _plausible(name, is_place) or _INSIDE_NAME.search(
                    text, max(sent.start, m.start("name") - 30), m.start("name")):
                continue
            add(name, "", "", m.start("name"), m.end("name"))
        for m in IDENTIFIED_AS_RE.finditer(text, sent.start, sent.end) if "identified" in \
                sent.text else ():
            if _plausible(m.group("name"), is_place):
                add(m.group("name"), "", "", m.start("name"), m.end("name"))
        for m in IDENTIFIED_RE.finditer(text, sent.start, sent.end) if "identified" in \
                sent.text or "name" in sent.text else ():
            name = m.group("name")
            if not _plausible(name, is_place):
                continue
            described = list(_WHO_DESCRIBED.finditer(text, sent.start, m.start()))
            title = " ".join(described[-1].group("role").split()) if described else ""
            name = add(name, title, "", m.start("name"), m.end("name"))
            titled.append((m.start(), m.end("name"), name))
        for m in SPEAKER_RE.finditer(text, sent.start, sent.end) if speaks else ():
            group = "name" if m.group("name") else "name2"
            name = m.group(group)
            if not _plausible(name, is_place) or _INSIDE_NAME.search(
                    text, max(sent.start, m.start(group) - 30), m.start(group)):
                continue  # "... Institute for Near East Policy, told": the end of a name
            after = ROLE_AFTER_RE.match(text, m.end(group), sent.end) if group == "name2" \
                else None  # "said Jane Roe, a senior fellow at the X Institute."
            title, org = _title_parts("", after.group("role")) if after else ("", "")
            add(name, title, org, m.start(group), m.end(group))
        for m in DESCRIBED_AS_RE.finditer(text, sent.start, sent.end) if ", who" in \
                sent.text and " as " in sent.text else ():
            if _plausible(m.group("name"), is_place):
                title, org = _title_parts("", m.group("role"))
                add(m.group("name"), title, org, m.start("name"), m.end("name"))
        for m in BODY_ROLE_NAME_RE.finditer(text, sent.start, sent.end) if \
                _WORK_BEFORE_NAME.search(sent.text) else ():
            name = m.group("name")
            lead = _WHEN_WORD.match(text, m.start("role"))  # "Monday Hamas official ..."
            if _plausible(name, is_place):
                role_start = lead.end() if lead else m.start("role")
                name = add(name, " ".join(text[role_start:m.end("role")].split()), "",
                           m.start("name"), m.end("name"))
                titled.append((role_start, m.end("name"), name))
    _full_names_of_surnames(doc, found, add, is_place)
    ordered = sorted(found.values(), key=lambda f: f.start)
    index = PeopleIndex(ordered, doc, [(s, e, n) for s, e, n in titled])
    return index


def _full_names_of_surnames(doc: Document, found: dict[str, _Found], add, is_place) -> None:
    """'Hale said': a surname that speaks alone, not yet anyone's, is the person named in full
    last before it ('Martin Hale'), with the role set after that name."""
    text = doc.text
    surnames = {surname(f.name).casefold() for f in found.values()}
    tried: set[str] = set()
    for verb in _LONE_VERB.finditer(text):
        m = _LONE_BEFORE.search(text, max(0, verb.start() - 40), verb.start()) or (
            _LONE_AFTER.match(text, verb.end()) if verb.group(0) in ("said", "says", "added")
            else None)
        if m is None:
            continue
        group = "name"
        name = m.group(group)
        key = name.casefold()
        if key in surnames or key in tried or not doc.is_reporting(m.start(group), m.end()):
            continue
        tried.add(key)
        if name in _NOT_FIRST or is_place and is_place(name) or known_organization(name):
            continue
        full = None
        for said in re.compile(rf"\b{re.escape(name)}\b(?!\s+[A-Z])").finditer(
                text, max(0, m.start(group) - _INTRO_REACH), m.start(group)):
            first = _FIRST_BEFORE.search(text, max(0, said.start() - 30), said.start())
            if first and doc.is_reporting(first.start(), said.end()):
                full = (first.start(), said.end())  # the last one before wins
        if not full or not _plausible(text[full[0]:full[1]], is_place):
            continue
        where = doc.sentence_at(full[0])
        role = ROLE_AFTER_RE.match(text, full[1], where.end) if where else None
        title, org = _title_parts("", role.group("role")) if role else ("", "")
        add(" ".join(text[full[0]:full[1]].split()), title, org, full[0], full[1])
        surnames.add(key)


_INTRO_REACH = 20_000  # characters: a person is introduced in full within a few pages
_FIRST_BEFORE = re.compile(rf"(?<![\w.'’-]){_FIRST}\s+(?:[A-Z]\.\s+)?$")


def people_facts(index: PeopleIndex) -> list[Person]:
    return [
        Person(id=f"pe-{i}", name=p.name, title=p.title, organization=p.organization,
               provenance=Provenance(source="src-1", start=p.start, end=p.end))
        for i, p in enumerate(index.found, 1)
    ]
