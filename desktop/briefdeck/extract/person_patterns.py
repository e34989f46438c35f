"""How reports write people: ranks, titles and offices, names, and the sentence shapes that
name someone ("Marine Gen. X, commander of ...", "X, a spokesperson for ...", "said X").

The ranks and titles are in person_ranks.py, the letters of names in person_name_words.py, what
is no name in person_not_names.py, transcript speaker labels in person_speaker_labels.py; the
sentence shapes that put them together are here."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.person_name_words import _LOW, _NAME, _NAME_WORD, _UP
from briefdeck.extract.person_name_words import FIRST as FIRST
from briefdeck.extract.person_name_words import SURNAME as SURNAME
from briefdeck.extract.person_not_names import BODY_TAIL as BODY_TAIL
from briefdeck.extract.person_not_names import NAMED_FACILITY_AFTER as NAMED_FACILITY_AFTER
from briefdeck.extract.person_not_names import NOT_FIRST as NOT_FIRST
from briefdeck.extract.person_not_names import ORG_TAIL as ORG_TAIL
from briefdeck.extract.person_not_names import OUTLET as OUTLET
from briefdeck.extract.person_ranks import _TITLE, NATION, RANK, SERVICE
from briefdeck.extract.person_ranks import POST_NOMINALS as POST_NOMINALS
from briefdeck.extract.person_speaker_labels import CAPS_TURN as CAPS_TURN
from briefdeck.extract.person_speaker_labels import HEADER_NAME_ROLE_RE as HEADER_NAME_ROLE_RE
from briefdeck.extract.person_speaker_labels import JOURNALIST_ROLE as JOURNALIST_ROLE
from briefdeck.extract.person_speaker_labels import TRANSCRIPT_LABEL_RE as TRANSCRIPT_LABEL_RE
from briefdeck.extract.person_speaker_labels import reporter as reporter

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
    rf"(?P<role>\b(?:[A-Za-z][\w'’.-]*\s+){{0,4}}?(?i:(?P<spk>spokes(?:man|woman|person))|commander|"
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
    rf"(?:\s+{POST_NOMINALS})?(?=,|\s+(?:said|says|told)|:\s*[\"“]"  # (or a colon, then words)
    # (or the sentence's end, after a spokesperson: "a statement from the ministry's
    # spokesman, Jane Roe.")
    rf"|(?(spk)\.(?=\s|$)|(?!)))"
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
    # (or the firm's own post: "said Jane Roe, Acme's site manager for the port")
    rf"{_NAME_WORD}){{1,2}}),\s+(?P<role>(?:the|a|an|its|[A-Z][\w&-]*['’]s)\s+{_DESCRIBED})"
    rf"(?=\s*[.,;]|\s*$)"
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
# sentence's end as endpos): ", a senior fellow at the X Institute", ", an Army spokesperson",
# ", our chief operating officer" (a company's own page naming its officer).
# Without an article the role opens with its noun, maybe after an office's name or a few
# lower-case words: ", head of the local council", ", AFRICOM director of operations".
ROLE_AFTER_RE = re.compile(
    rf",\s+(?P<role>(?:the|a|an|its|their|our)\s+[^,;\"“”()]{{0,60}}?\b(?i:{_ROLE_WORDS}|"
    rf"{_PERSON_NOUNS})\b[^,;\"“”()]{{0,100}}?"  # "the Humanitarian Coordinator for X"
    # (a firm's name of a few words owns the role: ", Acme Ridge's vice president for ...")
    rf"|(?:(?:[A-Z][\w.&-]*\s+){{1,2}}[A-Z][\w.&-]*['’]s\s+|[A-Z][\w.'’&-]*\s+)?"
    rf"(?:(?!(?:and|or|who|which|said|says)\b)[a-z][\w-]*\s+){{0,3}}?"
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

# A list of the dead or hurt, one person a line with their age: "Jane Doe Roe, 46" (a list:
# two such lines at least, so a stray "Camp Smith, 12" is no one).
LISTED_WITH_AGE = re.compile(rf"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<name>{FIRST}(?:[ \t]+{_NAME_WORD})"
                             rf"{{1,3}}),[ \t]+\d{{1,3}}\b(?![.,]\d|\s*(?:km|miles|%|per))")
# British style writes high offices in lower case before a full name: "Iraqi prime minister
# Jane Roe", "the country's foreign minister John Doe" (read only where " minister " stands).
LOWER_OFFICE_RE = re.compile(
    rf"(?P<title>(?:{NATION}\s+)?(?:prime|foreign|defen[cs]e)\s+minister)\s+"
    rf"(?P<name>{FIRST}\s+{_NAME})")
