"""Places: gazetteer mentions in reporting text, one fact per distinct place, with a role.

The role comes from the words around the mention in its sentence: troops leaving or handing
over a base -> "withdrawal" (only when the place is what is left: "remove troops from X", not
"leaves them exposed to X"); forces, jets or air defences moved, rotated, deployed, stationed or
spread there -> "reinforcement"; fired at, hit, attacked -> "attack target", but never the
attacker ("Iran fired at X", "Iran's barrage") nor the place they came from (read in
place_roles.py). Anything else is "mentioned". A place that only locates another
("Qayyarah Airfield West near Mosul", "Camp Taji, Iraq") is "mentioned". A dateline
("WASHINGTON -") is where the reporter filed from: no mention.

A country or region that only qualifies someone ("Iran-backed", "US-led", "led by France", "UK
Maritime Trade Operations") or names a weapon ("Palestine-2") or a medium ("Xinhua news
agency") is no place of the report; nor is a city a missile is named after ("the Khorramshahr
missile"), a country a sea is named after ("the Sea of Oman"), or a witness's first name ("who
gave only his first name, Ahmad"). A town the gazetteer does not know still counts when the
text says what it is and where: "the village of X in Tulcea County" is placed at Tulcea (at
that place's precision, or "province" for "County"), "the X district of eastern Baghdad" at
Baghdad, "X, a coalition outpost north of Y" at Y; "the village of X" with no place after it at
the province its sentence opens with ("In Quneitra province, ..."); a named plant ("the Bazan
oil refinery in the city's bay area") at the place the text puts it in. Countries listed after
an actor's "by" ("shot down by Israel, the UK and France") are all actors; a place's word after
a rank ("Spc. Jordan Pike") or as the lone subject of "said" when a full name ends in it ("...
Khalid Sindi." "Sindi said") is a person's. A warship named after a city ("the frigate Linyi",
place_ships.py), a helper's given name ("our driver Ahmad") and a book's imprint ("Abingdon:
Routledge, 2026", place_not_places.py) are no places; "the southern Red Sea" places the sea at
that part (place_sea_parts.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefdeck.extract.embassies import ISSUER_BEFORE, SPEAKER_AFTER
from briefdeck.extract.government_seats import (
    CLAUSE_OPENER,
    GOVERNMENT_SEATS,
    SEAT_ACTS_AFTER,
    SEAT_ADDRESSED_BEFORE,
    SEAT_OWNS_AFTER,
)
from briefdeck.extract.place_anchors import (
    ADJ_DISTRICT,
    DISTRICT_AFTER,
    OBLAST_AFTER,
    OBLAST_COUNTRIES,
    URBAN_REACH,
    anchored_unknowns,
    in_named_city,
    shared_head_sites,
)
from briefdeck.extract.place_institutions import institution_names, town_said
from briefdeck.extract.place_not_places import (
    helper_named,
    home_government,
    idiom_place,
    imprint_city,
    in_spans,
    speaker_lines,
)
from briefdeck.extract.place_outliers import read_weakly, weak_town, without_far_namesakes
from briefdeck.extract.place_roles import _RANK, BLOCKER, _role
from briefdeck.extract.place_sea_parts import sea_part
from briefdeck.extract.place_ships import is_ship, ship_names
from briefdeck.extract.sentences import Document
from briefdeck.geo.places import AIRFIELD_CODES
from briefdeck.geo.textnorm import CAPITAL_AT_WORD_START, at_word_start
from briefdeck.model import Place, Provenance

# What stands between a place and the one it locates ("X near Y", "X, north of Y", "X, Iraq").
LOCATOR = re.compile(r",\s*|(?:\s+(?:compound|base|air\s+base|airfield|airport|headquarters|"
                     r"camp|garrison|outpost|site|facility|complex|district|area|port|"
                     r"town|village|city))?"
                     r",?\s*(?:near|in|outside|of|just\s+outside|close\s+to|"
                     r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
                     r"(?:(?:north|south|east|west)\w*\s+)?")
LIST_GLUE = re.compile(r"^(?:[^.;]{0,50}?)(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
                       r"(?:(?:from|to|at|in|near|on)\s+)?(?:the\s+)?"
                       r"(?:possibly\s+|perhaps\s+|maybe\s+)?$")
# "X was transferred on March 19, followed by Y": Y shares X's role.
FOLLOW_GLUE = re.compile(r"(?:,\s*|\s+)(?:followed\s+by|then|as\s+well\s+as|along\s+with)\s+"
                         r"(?:the\s+)?$")
DATELINE_LEAD = re.compile(  # "KYIV, June 3 (Agency) - ", "BAGHDAD (Reuters) - ", "WASHINGTON -"
    r"[A-Z][A-Z .'-]{2,}(?:,[^\n—–]{0,60}?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
)
# The credit of a dateline, "SANA'A, Dec. 03 (Saba) -": the outlet, named again in the sign-off.
DATELINE_CREDIT = re.compile(r"[A-Z]{2}[^\n()]{0,60}\(([A-Z][\w' ]{1,30})\)\s*[-—–]")
DEMONYM_BORDER = re.compile(
    "(?P<dem>" + at_word_start(*"Syrian Iraqi Iranian Turkish Jordanian Kuwaiti Saudi Lebanese "
                               "Israeli Afghan Pakistani Yemeni Omani".split()) + r")\s+border\b"
)
DEMONYM_COUNTRY = {
    "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran", "Turkish": "Turkey",
    "Jordanian": "Jordan", "Kuwaiti": "Kuwait", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon",
    "Israeli": "Israel", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Yemeni": "Yemen",
    "Omani": "Oman",
}
BROAD_KINDS = ("country", "province", "region")
ORG_AFTER = re.compile(r"\s+(?:Operations\s+Command|Command|Council|Brigades?|Division|Corps|"
                       r"Police|University|Governorate\s+Council|Provincial\s+Council)\b")
# A place opening a longer name that ends in a body's word: "UK Maritime Trade Operations",
# "United States European Command", "Iraq Body Count Project".
ORG_NAME_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,4}?\s+(?:Operations|Command|Agency|Ministry|Forces?|Service|"
    r"Authority|Office|Company|Corporation|Institute|Centre|Center|Committee|Commission|"
    r"Directorate|"
    r"Observatory|Network|Group|Airways|Airlines|News|Post|Times|Fund|Bank|Foundation|"
    r"University|Council|Department|Guards?|Corps|Army|Navy|Party|Project|Television|Radio|"
    r"Society|Association|Federation|League|Red\s+Crescent|Red\s+Cross|Senate|Congress|"
    r"Parliament|House\s+of\s+Representatives|Government)\b")
# "local partner Basra Technical Services", "Erbil Shipping LLC": a firm named after a place.
FIRM_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’&.-]*){0,2}?\s+(?:Services|Trading|Contracting|Holdings?|Ltd|LLC|Inc|"
    r"Industries|Logistics|Shipping|Engineering|Solutions|Technologies|Enterprises)\b")
# "the Kurdistan CTD said", a table's source cell "Kurdistan CTD": a region's body by its
# acronym, speaking or cited as the source, not the region.
BODY_ACRONYM_AFTER = re.compile(r" [A-Z]{2,5}(?:\s*$|\s*\n|,?\s+(?:said|says|reported|stated|"
                                r"announced|statement|spokes\w+|media\s+office)\b)", re.M)
# "three operations: Euphrates Shield (2016), Olive Branch (2018)": operation names with their
# years, in a sentence about operations.
YEAR_PAREN_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)")
OPERATIONS_BEFORE = re.compile(r"\b[Oo]perations?\b")
# "At its peak the UK had more than 1,000 personnel in Iraq": the forces it keeps, wherever
# the clause stands.
FORCES_HELD_AFTER = re.compile(
    r"\s+(?:has|had|have|keeps|kept|maintains|maintained)\s+(?:(?:about|some|roughly|nearly|"
    r"around|more\s+than|fewer\s+than|at\s+least|an\s+estimated)\s+)?[\d,]+\s+(?:troops|"
    r"soldiers|service\s+members|personnel|forces)\b")
# 'a drone of the "Yafa" type', "an Ohio-class submarine": a model named after a place.
TYPE_AFTER = re.compile(r"[\"”]?(?:\s+|-)(?:type|class)\b")
# "Iran-backed militias", "US-led coalition": the place qualifies someone, it is no place of
# the report. "Palestine-2", "Quds-1": a digit after a hyphen makes a weapon's name.
QUALIFIER_AFTER = re.compile(r"-(?:aligned|backed|linked|allied|supported|sponsored|made|led|"
                             r"funded|armed|trained|affiliated|controlled|run)\b|-\d")
# "a battle group led by France", "intercepted by Israel": a country acting, not a place.
ACTOR_BEFORE = re.compile(r"\b(?:led|backed|funded|supplied|provided|claimed|operated|"
                          r"commanded|intercepted|sponsored|supported|organi[sz]ed|announced|"
                          r"proposed|brokered|shot\s+down|downed|launched|fired|"
                          r"carried\s+out|conducted)\s+by\s+(?:the\s+)?$")
# "militias aligned with Iran", "groups loyal to Turkey": the country as whom someone sides
# with, as in "Iran-aligned"; not where anything happens.
ALIGNED_BEFORE = re.compile(r"\b(?:aligned|allied|affiliated|linked|tied|loyal|close)\s+"
                            r"(?:with|to)\s+(?:the\s+)?$")
# "France plans to shrink ...", "Turkey and Iraq agreed ...": a country opening its
# sentence as the one who acts is an actor, like "led by France", not a place of the report.
# Also a reported clause's subject: "an official said the United States had told them".
# And a subordinate clause's subject: "..., as the United States carried out strikes".
SUBJECT_BEFORE = re.compile(r"(?:^|[\"“:]\s*|\s[-—–]+\s+|\b(?:said|says|added|stated|noted)"
                            r"(?:\s+that)?\s+|"
                            r"(?<!such )\b(?:as|while|whereas|because|that|whether)\s+)"
                            r"(?:[Tt]he\s+)?$")  # (after a dateline)
ACTS_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+"
    r"[\"“]?(?:(?:also|now|still|has|have|had|will|would|does|did|later|then)\s+)?"
    r"(?:cannot|can't|must|plans?|planned|intends?|intended|agreed|agrees|remains?\s+committed|wants?|wanted|"
    r"said|says|announced|decided|signed|pledged|vowed|warned|urged|accused|denied|rejected|"
    r"welcomed|condemned|approved|expects?|expected|hopes?|insists?|insisted|demanded|"
    r"respond|retaliate|"  # "the United States will respond"
    r"demands|threatened|threatens|imposed|declined|refused|refuses|responded|retaliated|"
    r"given|told|offered|assured|promised|carried\s+out|conducted|contributed|joined|join|"
    # "The United States has moved a Patriot battery", "has spent 2026 taking apart": a
    # government doing something, not where anything happened
    r"moved|spent|sent|deployed|withdrew|withdrawn|pulled|shifted|redeployed|"
    # "France has about 1,000 troops in Chad": its forces, kept elsewhere
    r"(?:has|had|have|keeps|kept|maintains|maintained)\s+(?:(?:about|some|roughly|nearly|around|"
    r"more\s+than|fewer\s+than|at\s+least|an\s+estimated)\s+)?[\d,]+\s+(?:troops|soldiers|"
    r"service\s+members|personnel|forces))\b")
# "a Washington think tank", "Post recommends Washington agencies", "told a Washington outlet":
# a capital naming its political world before a noun, no place where anything happens.
SEAT_WORLD_AFTER = re.compile(r" (?:think[\s-]tanks?|agencies|outlets?|bureau|insiders|"
                              r"establishment|policymakers|policy\s+circles|circles|lobbyists|"
                              r"consensus|elite|elites)\b")
DIPLOMATIC = re.compile(r"\b(?:Embassy|Consulate)\b", re.I)
SPEAKS_AFTER = re.compile(SPEAKER_AFTER)  # the same test organizations makes
# "posts in Arabic, Persian and English", "a Persian-language caption": a language, which
# GeoNames also lists as a town (Parsian, Iran) once the text names the country.
LANGUAGES = frozenset(
    "Persian Farsi Arabic English Kurdish Sorani Kurmanji Turkish Hebrew Urdu Pashto Dari "
    "Russian French German Spanish Chinese Mandarin Aramaic Syriac Turkmen Armenian Azeri "
    "Amharic Somali Swahili Hindi Baluchi Balochi Ukrainian Italian Portuguese".split())
# "told Al Mayadeen", "Al Mayadeen's correspondent in Hasakah", "Al Mayadeen English": a
# channel named after a town, used as the channel (the curated town stays a place elsewhere).
_TOLD_WORDS = frozenset({"told", "tells", "telling", "to", "with"})  # TOLD_BEFORE's last words
# Also "said in a statement to Saba", "According to Al Mayadeen, ...": the outlet told, or
# the one a report is credited to (a place is never "according to").
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|speaking\s+to|interview\s+with|"
                         r"(?:statements?|remarks|comments|interview)\s+to|[Aa]ccording\s+to)\s+$")
OUTLET_USE_AFTER = re.compile(r"(?:['’]s\s+(?:own\s+)?(?:correspondent|reporter|bureau|"
                              r"website|channel|anchor|presenter|camera\s+crew)|"
                              r"\s+(?:English|correspondent|reporter)\b)")
# "Deputy Assistant Secretary of State for Iraq and Iran", "the envoy for Syria": the
# official's brief, a title, not a place of the report.
PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Secretary|Envoy|envoy|Minister|minister|Representative|Coordinator|Director|"
    r"Adviser|Advisor|Commissioner|Officer|Ambassador)(?:\s+(?:of|for)\s+[A-Z][a-z]+)?"
    r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+))?"
    r"(?:the\s+)?$")
MEDIA_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|television|TV|radio|"
                         r"broadcaster|channel|news\s+(?:site|outlet|website))\b")
NAME_HYPHEN_AFTER = re.compile(r"-[A-Z][a-z]")
# "the Iran–United States proxy conflict", "Iran-Iraq war": two sides naming what is between
# them (a war, talks, a deal), not where anything happened. Not "the Israel-Lebanon border".
_BETWEEN = (r"(?:proxy\s+)?(?:conflict|war|relations|rivalry|tensions|talks|deal|agreement|accord|"
            r"dispute|ceasefire|truce|standoff|summit)\b")
SIDES_AFTER = re.compile(rf"[-–](?:[A-Z][\w.]*\s+){{0,2}}[A-Z][\w.]*\s+{_BETWEEN}")
SIDE_LAST_AFTER = re.compile(rf"\s+{_BETWEEN}")
# "US/UK strikes on the port": two countries joined by a slash are the ones striking.
_JOINT_ACTS = r"\s+(?:air\s?|joint\s+|naval\s+)?(?:strikes|raids|operations|attacks)\b"
JOINT_FIRST_AFTER = re.compile(r"/[A-Z][\w.]*" + _JOINT_ACTS)
JOINT_LAST_AFTER = re.compile(_JOINT_ACTS)
# "Brent crude", "Basra Heavy futures": an oil grade or benchmark named after a place.
COMMODITY_AFTER = re.compile(r"\s+(?:crude|oil\s+(?:futures|price|prices|benchmark)|futures|"
                             r"(?:Light|Heavy|Medium)\s+(?:crude|futures|grade|oil))\b")
# Once a report names "Brent crude", a bare "Brent climbs" in its headline is the benchmark too;
# a place word before it ("oil exports from Basra") still makes it the city.
PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|of|city|port)\s+$",
                               re.I)
# "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah": a base's short alias inside a chain of Arabic
# name parts is part of a person's name.
NAME_CHAIN_AFTER = re.compile(r"\s+(?:Al|al|El|el|bin|bint|ibn|Bin)[-\s][A-Z]")
SPOKESMAN_FOR_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$")
SITE_WORD_END = re.compile(r"(?i:base|airbase|airfield|airport|camp|garrison|station|field)$")
# "Ana R. Moreno", "Capt. Ana Moreno": a given name (and initial) or a rank before a surname.
# (Patterns read over the whole text open on literals, not \b: see at_word_start.)
_SHORT_RANKS = "Pvt Pfc Spc Cpl Sgt Lt Capt Maj Col Gen Adm Cmdr Ens Amn Sen Rep Gov Amb".split()
FULL_NAME = re.compile(  # the capital first: both ways open on one (a rank: its other letters)
    rf"{CAPITAL_AT_WORD_START}(?:[a-z]+\s+(?:[A-Z]\.\s+)+|"
    + "(?:" + "|".join(f"(?<={w[0]}){w[1:]}" for w in _SHORT_RANKS) + ")"
    + r"\.\s+(?:[A-Z][a-z]+\s+)?(?![A-Z][a-z]+\s+[A-Z]\.))([A-Z][a-z][\w'’-]+)\b")
# "Staff Sergeant Onur Kaya", "Private First Class Ana Moreno": ranks spelled out (as translated
# statements and hometown papers write them), a given name, then the surname.
_RANK_WORDS = ("Staff Master First Chief Senior Specialist Private Corporal Sergeant Lieutenant "
               "Captain Major Colonel General Admiral Class").split()
RANK_NAME = re.compile(at_word_start(*_RANK_WORDS) + rf"\s+(?:(?:{'|'.join(_RANK_WORDS)})\s+)*"
                       r"[A-Z][a-z]+\s+([A-Z][a-z][\w'’-]+)\b")
# "Haruto Ishii, a professor ...", "Jae-won Moon said": a given name, a surname, then an
# appositive or a speech verb. The surname is a person's in the whole article, even where it
# stands alone ("Ishii said"), though a small town somewhere bears it.
PERSON_NAMED = re.compile(rf"({CAPITAL_AT_WORD_START}[a-z]+(?:-[a-z]+)?)\s+([A-Z][a-z][\w'’-]+)"
                          r"(?:,\s+(?:a|an|the)\s+[a-z]|,?\s+(?:said|says|told|added|wrote|noted)\b)")
_NOT_GIVEN = frozenset(
    "In At Near From On Of To For By The And But Outside Around Inside Across Into Toward "
    "Towards Northern Southern Eastern Western Central North South East West Greater Old New "
    "Downtown Upper Lower While When After Before Since Meanwhile Both Also Then Officials "
    "Residents Police Troops Sources Reports Witnesses Authorities".split())
# Only small towns: a title-case headline ("Drone Hits Erbil, the ...") must not unmake a city.
_PERSON_TOWN_MAX = 100_000
# "Dana Voss is a researcher at ...": a given name and a surname introduced as a person. The
# given name, wherever it stands alone ("Dana, tell us ..."), is hers, not a small town's.
PERSON_IS = re.compile(rf"({CAPITAL_AT_WORD_START}[a-z]+)\s+[A-Z][a-z][\w'’-]+,?\s+"
                       r"(?:is|was)\s+(?:a|an)\s+[a-z]")
# "Spc. Jordan Pike", "Sgt. Israel Ortiz", "Dr. Georgia Mills": a rank or title, then the place's
# word, then a capitalised word: a given name, not the country.
TITLE_BEFORE = re.compile(r"\b(?:Pvt|Pfc|Spc|Cpl|Sgt|Lt|Capt|Maj|Col|Gen|Adm|Cmdr|Cdr|Ens|Amn|"
                          r"SrA|SSgt|TSgt|MSgt|PO[1-3]?|Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Rev)\.?\s+$")
CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
# A given name right before the mention and an appositive or speech verb after it.
PERSON_AFTER = re.compile(r",\s+(?:a|an|the)\s+[a-z]|,?\s+(?:said|says|told|added|wrote|noted)\b")
GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
# "Rebwar Hama Salih" alone on a line (a commenter, a signature): a place's word between a
# given name and a surname is a middle name.
SURNAME_ENDS_LINE = re.compile(r" [A-Z][a-z]+[ \t]*(?:\n|$)")
# "Sindi said": a lone capitalised word as the subject of a speech verb. With the same word after
# another name elsewhere ("Hoshyar Khalid Sindi"), it is a person's surname, not a small town.
SAID_ALONE = re.compile(r"([A-Z][a-z][\w'’-]+)\s+(?:said|says|told|added|wrote|noted)\b")
# Words that open a place's name, not a given name: "Mount Sinjar", "Camp Dodge".
_PLACE_OPENERS = frozenset("Mount Mt Lake Camp Fort Port Cape Saint St San Santa Al El Tel Tal "
                           "Kafr Deir Ras Jebel Jabal Wadi Ain Bir Beit Khan Umm Abu Qasr Tell "
                           "Bab Sheikh Greater Little Great".split())
FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed|based)\b")
# Between two actors of one list: "by Israel, the US, the UK, France and Jordan". A skipped
# list member ("the US") may stand between.
ACTOR_LIST = re.compile(r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:and\s+)?(?:the\s+)?"
                        r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?){0,3}?"
                        r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")
# "the Khorramshahr missile", "Fateh, Zolfaghar and Dezful missiles", "a Yafa drone": a city a
# weapon is named after, not a place of the report; "the Kharkiv missile strike" still is one.
WEAPON_AFTER = re.compile(
    r"(?:-\d+\w*)?(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"{0,4}\s+(?:(?:ballistic|cruise|hypersonic|anti-ship|surface-to-surface|air-to-surface|"
    r"medium-range|long-range|short-range|solid-fuel(?:ed)?|precision-guided|new|upgraded)\s+)*"
    r"(?:missiles?|drones?)\b(?!\s+(?:strikes?|attacks?|barrages?|alerts?|fire|launch(?:es)?|defen[cs]es?|"
    r"warnings?|sirens?)\b)")
# "Iran's Revolutionary Guard", "Israel's Foreign Ministry": a country's own body, named by
# its owner; the country is no place of the report there.
# "Iran's foreign ministry", "Syria's army" in lower case: the same; "Iran's allies" too.
OWNED_BODY_AFTER = re.compile(
    r"['’]s(?:" + ORG_NAME_AFTER.pattern + r"|\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|"
    r"army|navy|military|embassy|cabinet|parliament|leadership|delegation|envoy|delegate|"
    r"representative|ambassador|speaker|"
    r"spokes(?:man|woman|person)|allies|proxies|partners|backers|clients|surrogates)\b)")
# "Iran and Iran-backed groups", "Russia and its proxies": the country with the ones it
# backs (the country's own name stands as \0 here).
PROXIES_AFTER = re.compile(r" and (?:its (?:proxies|allies|partners|affiliates)\b|(?:the )?\0-"
                           r"(?:backed|aligned|allied|linked|sponsored|supported)\b)")
# "Ukraine - 4,120, of which destroyed: 3,002": a loss list's heading names the side whose
# equipment it counts, not a place of the report.
SIDE_TALLY_AFTER = re.compile(r"\s*[-–—:]\s*\d[\d,]*\s*,\s*of\s+which\b")
# "a United States soldier", "Jordan officials": the country names whose people they are.
NATIONALS_AFTER = re.compile(
    # also "the UK training team", "UK air defence systems", "the UK presence": whose
    r"\s+(?:(?:training|advisory|liaison|military|special\s+forces|air\s+defen[cs]e)\s+)?"
    r"(?:soldiers?|troops|service\s*(?:members?|men|women|personnel)|personnel|officials?|diplomats?|"
    r"citizens?|nationals?|contractors?|sailors?|marines?|airmen|pilots?|officers?|"
    r"commanders?|envoys?|lawmakers?|forces|presence|contingent|contribution|teams?|units?|"
    r"systems|jets|warplanes|warships|staff|posture|footprint|ambassadors?|"
    r"(?:[Dd]efen[cs]e\s+|[Mm]ilitary\s+)?[Aa]ttach[eé]s?)\b")
# "the representative of France said", "speaking on behalf of Denmark and Greece", "several
# speakers, including those of Latvia": a member state speaking in a body (UN, NATO, EU), no
# place where anything happens. (Not "missions from Jordan": the jets' flights.)
DELEGATION_BEFORE = re.compile(
    r"\b(?:(?:[Rr]epresentatives?|[Dd]elegates?|[Dd]elegations?|[Aa]mbassadors?|[Ee]nvoys?|"
    r"[Ss]peakers?)(?:,?\s+(?:including|such\s+as)\s+(?:those|that))?|"
    r"(?:on|in)\s+behalf)\s+(?:of|for|from)\s+(?:the\s+)?$")
# "the delegate of Kenya, speaking for a group comprising also Ghana and Gabon": the group's
# other members speak through that delegate.
GROUP_MEMBERS_BEFORE = re.compile(r"\b(?:comprising|comprised\s+of|made\s+up\s+of|including|"
                                  r"joined\s+by|together\s+with|along\s+with)\s+(?:also\s+)?"
                                  r"(?:the\s+)?$")
# "Read: Drone strike kills two in Tyre", "Related: ...": a link to another story, whose
# places are not this report's.
RELATED_LINK = re.compile(r"(?:Read|Read\s+more|Also\s+read|Read\s+also|Related|See\s+also)"
                          r"\s*:\s")
# "Useful summary, Rania.": a person addressed by name at a sentence's end.
ADDRESSED_AFTER = re.compile(r"[.!](?:\s|$)")
# "a specialist at the Hollis Institute in London", "a fellow at London's Hollis Institute":
# where someone's employer sits, not a place of the report.
_ROLE_AT = (r"\b(?:analyst|researcher|fellow|professor|expert|specialist|director|lecturer|"
            r"scholar|economist|associate|strategist|adviser|advisor)s?\s+(?:[\w-]+\s+){0,3}?"
            r"(?:at|of|with|from)\s+(?:the\s+)?")
_BODY_WORD = (r"(?:Institute|University|Center|Centre|Forum|Foundation|College|School|Council|"
              r"Initiative|Programme|Program|Society|Academy|Endowment|Studies|Affairs|Policy)")
_BODY_OF = (r"(?:\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:and|of|for)\s+)?){0,4}?"
            r"[A-Z][\w'’&.-]*)?")  # "Institute for Near East Policy"
EMPLOYER_BEFORE = re.compile(_ROLE_AT + r"(?:[A-Z][\w'’&.-]*\s+|(?:for|of|on|and|the)\s+){0,8}?"
                             + _BODY_WORD + _BODY_OF + r"\s+in\s+$")
EMPLOYER_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’&.-]*\s+|(?:for|of|on|and|the)\s+){0,6}?"
                            + _BODY_WORD + r"\b")
EMPLOYER_ROLE_BEFORE = re.compile(_ROLE_AT + r"$")
# "Lt. Gen. Jo Doe, USA, Deputy Commander": the US Army after an officer's name (as USAF, USMC
# and USN stand for the other services), not the country.
SERVICE_AFTER_NAME = re.compile(r"\b(?:Gen|Lt|Maj|Col|Capt|Adm|Brig|Sgt|Cpl|Spc|Pvt|CWO|Cmdr|Cdr|"
                                r"Ens|Amn|(?i:general|colonel|admiral|captain|commander))\.?\s+"
                                r"(?:[A-Z][\w.'’-]*\s+){1,4}?[A-Z][\w'’-]+,\s*$")
# "Q: Dana Reyes, Al Hurra." — a reporter named in a briefing transcript, then the outlet.
OUTLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*Q:\s+(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’.-]*,\s+$")
# "Tal" of "Tal Baydar", "Ain" of "Ain Issa": the first word of a longer name the gazetteer
# lacks is never the place (GeoNames lists a village "Tal" near Damascus).
_OPENER_OF_NAME = re.compile(r" [A-Z][a-z]")
# "the Sea of Oman", "the Gulf of Oman": a sea named after a country is not the country.
SEA_OF_BEFORE = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+(?:the\s+)?$")
# "who gave only his first name, Ahmad", "identified only as Jordan": a person, not a town.
GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:(?:(?:first|given|last|family)\s+name|surname|nickname|pseudonym)(?:\s+as)?|"
    r"identified\s+(?:(?:him|her|them)(?:sel(?:f|ves))?\s+)?(?:only\s+)?"
    r"(?:by\s+\w+\s+\w+\s+name\s+)?as|(?:his|her|their)\s+name\s+(?:as|was|is))\s*,?\s+$")
POSSIBLE_AFTER = re.compile(r"\bas\s+a\s+possible\b|\bmay\s+be\s+(?:closed|vacated|handed)")
POSSIBLY = re.compile(r"\b(?:possibly|perhaps|maybe|potentially)\s+$")


@dataclass
class PlaceMention:
    """One mention of a place in reporting text (kept for events and the narrative)."""

    key: str  # the gazetteer entry's name: one per distinct place
    name: str  # as written
    start: int
    end: int
    kind: str
    country: str
    lat: float | None
    lon: float | None
    precision: str
    role: str  # a Place role, or "stationed" (forces based there: a weak reinforcement)
    locator: bool
    possibly: bool
    label: bool = False  # the mention is a whole line by itself: a section label or heading
    part: tuple[float, float] | None = None  # the point of a sea's part named ("the southern
    # Red Sea"), which places the sea (extract_places) where the report's ships are


def _gazetteer():  # imported late: the geo package loads its data on first use
    from briefdeck.geo.gazetteer import Gazetteer

    return Gazetteer.default()



def _list_head(found: list[PlaceMention], text: str, sent_start: int,
               start: int) -> PlaceMention | None:
    """The place this one is listed after, in the same sentence, if any."""
    for prev in reversed(found):
        if prev.start < sent_start:
            return None
        if prev.locator:
            continue
        glue = text[prev.end:start]
        if BLOCKER.search(glue):
            return None
        if (start - prev.end <= 70 and LIST_GLUE.match(glue)) or (
                start - prev.end <= 120 and FOLLOW_GLUE.search(glue)):
            return prev
        return None
    return None


def _dateline_end(text: str, doc: Document, pos: int) -> int:
    """End of the dateline ("KYIV, Ukraine - ") opening the paragraph at pos, else -1."""
    sent = doc.sentence_at(pos)
    if sent is None or (sent.start > 0 and text[sent.start - 1] != "\n"):
        return -1
    m = DATELINE_LEAD.match(text, sent.start, sent.end)
    return m.end() if m and pos < m.end() else -1


_OWNED_AIRFIELD = re.compile(r"['’]s\s+(airport|air\s?base|airfield)\b")
_AIRFIELD_OF = re.compile(r"\b(airport|air\s?base|airfield)\s+(?:of|in)\s+$")


def _owned_airfield(text: str, gaz, r: tuple) -> tuple:
    """"Erbil's airport", "the airport of Erbil": the city's named airport when the gazetteer
    knows it, else the city."""
    start, end, entry, written = r
    if entry.kind != "city":
        return r
    if text[end : end + 1] in "'’" and (m := _OWNED_AIRFIELD.match(text, end)):
        site = gaz.lookup(f"{written} {m.group(1)}", fuzzy=False)
        if site is not None and site.kind == "installation":
            return start, m.end(), site, text[start : m.end()]
    elif text[start - 4 : start] in (" of ", " in ") and \
            text.find("air", max(0, start - 20), start) >= 0 and \
            (m := _AIRFIELD_OF.search(text, max(0, start - 20), start)):
        site = gaz.lookup(f"{written} {m.group(1)}", fuzzy=False)
        if site is not None and site.kind == "installation":
            return m.start(), end, site, text[m.start() : end]
    return r


def find_place_mentions(doc: Document, gazetteer=None) -> list[PlaceMention]:
    gaz = gazetteer or _gazetteer()
    text = doc.text
    raw = [(m.start, m.end, m.entry, m.matched_text) for m in gaz.find_mentions(text)]
    for m in DEMONYM_BORDER.finditer(text):
        entry = gaz.lookup(DEMONYM_COUNTRY[m.group("dem")], fuzzy=False)
        if entry is not None:
            raw.append((m.start(), m.end(), entry, m.group(0)))
    raw = [r for r in raw if r[3] not in _PLACE_OPENERS or not _OPENER_OF_NAME.match(text, r[1])]
    raw = [_owned_airfield(text, gaz, r) for r in raw]
    raw = shared_head_sites(text, raw, gaz)
    raw += anchored_unknowns(text, raw)
    raw.sort(key=lambda r: r[0])
    starts = {r[0] for r in raw}
    raw_at = {r[0]: r[2] for r in raw}
    surnames = {m.group(1) for m in FULL_NAME.finditer(text)}
    surnames.update(m.group(1) for m in RANK_NAME.finditer(text))
    named = {m.group(2) for m in PERSON_NAMED.finditer(text) if m.group(1) not in _NOT_GIVEN}
    said_alone = {m.group(1) for m in SAID_ALONE.finditer(text)}
    given_names = {m.group(1).casefold() for m in PERSON_IS.finditer(text)
             if m.group(1) not in _NOT_GIVEN and m.group(1) not in _PLACE_OPENERS}
    credits = {m.group(1) for m in DATELINE_CREDIT.finditer(text, 0, 4000)} \
        if text.find(") ", 0, 4000) >= 0 else ()
    ships = ship_names(text, [(r[0], r[1], r[3]) for r in raw if r[2].kind == "city"])
    benchmarks = {w for _, e, _, w in raw
                  if text[e : e + 1] == " " and COMMODITY_AFTER.match(text, e)}
    labels = speaker_lines(text)
    institutions = institution_names(text, raw) if "ospital" in text or "chool" in text or \
        "niversity" in text or "osque" in text or "inistry" in text or "linic" in text or \
        "ollege" in text or "hurch" in text else ()
    found: list[PlaceMention] = []
    weak: set[int] = set()  # starts of world-gazetteer towns that may be mere namesakes
    prev_end = -10
    actor_end = -10  # end of the last country skipped as an actor ("intercepted by Israel")
    delegate_end = -10  # end of the last member state skipped as speaking in a body
    for start, end, entry, written in raw:
        sent = doc.sentence_at(start)
        if sent is None or end > sent.end:
            continue  # boilerplate, captions, page furniture
        if text[sent.start] in "RAS" and RELATED_LINK.match(text, sent.start):
            continue  # "Read: Drone strike kills two in Tyre": another story's headline
        if entry.source == "curated" and 3 <= len(written) <= 5 and written.isupper() and \
                written.isalpha() and _not_spelled(written, entry):
            continue  # "EBL" read as the code "EBBL": initials and codes match only as spelled
        if written in institutions and not town_said(text, start):
            continue  # "Al-Thawra hospital in Hodeidah", then "to Al-Thawra": the hospital
        if ORG_AFTER.match(text, end):
            continue  # "Nineveh Operations Command" is a headquarters, not the province
        if MEDIA_AFTER.match(text, end):
            continue  # "Xinhua news agency", "Baghdad TV": a medium, not a place
        if entry.kind == "city" and written in ships and is_ship(text, start, written, ships):
            continue  # "the frigate Linyi", then "the Linyi": a warship named after a city
        if FLAG_AFTER.match(text, end):
            continue  # "the Panama-flagged carrier": where it is registered, not where it is
        if entry.source != "curated" and _is_outlet(written) and \
                not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
            continue  # "told Xinhua", "Source: Xinhua": the news agency, not a town
        if written in credits and entry.source != "curated" and \
                not _TOWN_BEFORE.search(text, max(sent.start, start - 14), start):
            continue  # "(Saba) -" in the dateline, "Saba" again at the end: the outlet
        if text[end : end + 1] == " " and COMMODITY_AFTER.match(text, end):
            continue  # "Brent crude futures": an oil benchmark
        if written == "Palestine" and text[max(0, start - 9):start] == "occupied ":
            continue  # "occupied Palestine": the axis's word for Israel, no place of the report
        if written in LANGUAGES and entry.source != "curated":
            continue  # "in Arabic, Persian and English": a language
        if entry.kind == "city" and (
                (text[end : end + 1] in "'’" or text[end + 1 : end + 2] in "Ecr")
                and OUTLET_USE_AFTER.match(text, end) or text[start - 1 : start] == " "
                and _last_word(text, max(sent.start, start - 16), start - 1) in _TOLD_WORDS
                and TOLD_BEFORE.search(text, max(sent.start, start - 16), start)):
            continue  # "told Al Mayadeen", "Al Mayadeen's correspondent": the channel
        if entry.kind in BROAD_KINDS and text.find(" for ", max(sent.start, start - 70),
                                                   start) >= 0 and \
                PORTFOLIO_BEFORE.search(text, max(sent.start, start - 70), start):
            continue  # "Assistant Secretary of State for Iraq and Iran": a title's brief
        if written in benchmarks and entry.kind == "city" and not PLACE_WORD_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "Brent climbs" in a report on Brent crude: the benchmark
        if entry.kind == "installation" and NAME_CHAIN_AFTER.match(text, end) and \
                not SITE_WORD_END.search(written):
            continue  # "Meshal Al-Ahmad Al-Jaber Al-Sabah": a person's name
        if entry.kind == "province" and SPOKESMAN_FOR_BEFORE.search(
                text, max(sent.start, start - 30), start):
            continue  # "a spokesman for the Erbil governorate": its administration speaking
        if QUALIFIER_AFTER.match(text, end):
            continue  # "Iran-backed", "Palestine-2"
        if (text[end : end + 1] in "\"”-" or text.startswith(" type", end)) and \
                TYPE_AFTER.match(text, end):
            continue  # 'a drone of the "Yafa" type', "an Ohio-class submarine": a model's name
        if entry.kind == "country" and (
                (text[end : end + 1] in "-–" and SIDES_AFTER.match(text, end))
                or (text[start - 1 : start] in "-–" and start > 1 and text[start - 2].isalpha()
                    and SIDE_LAST_AFTER.match(text, end))):
            continue  # "the Iran–United States proxy conflict": the two sides of it
        if entry.kind == "country" and (
                text[end : end + 1] == "/" and JOINT_FIRST_AFTER.match(text, end)
                or text[start - 1 : start] == "/" and start > 1 and text[start - 2].isalpha()
                and JOINT_LAST_AFTER.match(text, end)):
            continue  # "US/UK strikes": the two sides striking, not where
        if NAME_HYPHEN_AFTER.match(text, end) and end + 1 not in starts:
            continue  # "Agence France-Presse"; not "the Israel-Lebanon border"
        if entry.kind == "city" and entry.source != "curated" and \
                (text.find("issile", end, end + 120) > 0 or text.find("drone", end, end + 60) > 0) \
                and WEAPON_AFTER.match(text, end):
            continue  # "the Khorramshahr missile", "a Yafa drone": a weapon's name
        if entry.kind in BROAD_KINDS and SEA_OF_BEFORE.search(text, max(0, start - 16), start):
            continue  # "the Sea of Oman"
        if (text.find("name", max(0, start - 60), start) >= 0
                or text.find("identified", max(0, start - 60), start) >= 0) \
                and GIVEN_NAME_BEFORE.search(text, max(0, start - 60), start):
            continue  # "gave only his first name, Ahmad"
        if entry.kind == "city" and text[start - 1 : start] == " " and \
                helper_named(text, start):
            continue  # "our driver Ahmad says": a person's given name
        if labels and in_spans(labels, start):
            continue  # "Duarte, Ivan CPT USARMY (USA)   0:03:12": who speaks, no place
        if text[end : end + 1] == ":" and imprint_city(text, end):
            continue  # "(Abingdon: Routledge for the IISS, 2026)": where a book was published
        if _in_byline(text, start):
            continue  # "By Jordan Pike": the writer's name
        if idiom_place(text, start):
            continue  # "a martyr on the road to Jerusalem": an idiom, no place of the report
        if (written in surnames or written.isupper() and written.title() in surnames) and \
                entry.kind == "city" and entry.source != "curated":
            continue  # "Spc. Ana R. Moreno ... Moreno's mother": a person's name, not the town
            # (and "Ambassador R. Hartley ... HARTLEY": the cable's signature in capitals)
        if written in named and entry.kind == "city" and entry.source != "curated" \
                and (entry.population or 0) < _PERSON_TOWN_MAX:
            continue  # "Haruto Ishii, a professor ... Ishii said": not Ishii, Tokushima
        if given_names and written.casefold() in given_names and entry.kind == "city" \
                and entry.source != "curated" and (entry.population or 0) < _PERSON_TOWN_MAX:
            continue  # "Dana Voss is an analyst ... DANA VOSS: ...": her given name
        if written in said_alone and entry.kind == "city" \
                and (entry.population or 0) < _PERSON_TOWN_MAX and _full_name_of(text, written):
            continue  # "... Hoshyar Khalid Sindi. ... Sindi said": not Sindi, India
        if entry.kind == "city" and PERSON_AFTER.match(text, end):
            given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if given and given.group(1) not in _NOT_GIVEN:
                continue  # "An SDF commander, Rezan Kobani, said": this mention is a person
        if entry.kind == "city" and SURNAME_ENDS_LINE.match(text, end):
            given = GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if given and given.group(1) not in _NOT_GIVEN and given.group(1) not in \
                    _PLACE_OPENERS and text[given.start() - 1 : given.start()] in ("\n", ""):
                continue  # "Rebwar Hama Salih" on a line of its own: a person's name
        if text[end + 1 : end + 2].isupper() and CAPITALISED_AFTER.match(text, end) and \
                TITLE_BEFORE.search(text, max(0, start - 8), start):
            continue  # "Spc. Jordan Pike": a given name
        if entry.kind in BROAD_KINDS and (ORG_NAME_AFTER.match(text, end) or
                                          BODY_ACRONYM_AFTER.match(text, end)):
            continue  # "UK Maritime Trade Operations", "the Kurdistan CTD said"
        if text[end + 1 : end + 2].isupper() and FIRM_AFTER.match(text, end):
            continue  # "Basra Technical Services": a firm bearing the place's name
        if entry.source != "curated" and YEAR_PAREN_AFTER.match(text, end) and \
                OPERATIONS_BEFORE.search(text, sent.start, start):
            continue  # "operations: Euphrates Shield (2016), Olive Branch (2018)": names of
            # operations listed with their years, not Olive Branch, Mississippi
        if entry.kind == "country" and text.startswith("s ", end + 1) \
                and OWNED_BODY_AFTER.match(text, end):
            continue  # "Iran's Revolutionary Guard": the body, not the country
        if entry.kind == "country" and text.startswith(" and ", end) and PROXIES_AFTER.match(
                text[end : end + 60].replace(written, "\0")):
            continue  # "attacks by Iran and Iran-backed groups": a side, not a place
        if entry.kind == "country" and text[end + 1 : end + 2] in "hkm" and \
                FORCES_HELD_AFTER.match(text, end):
            continue  # "the UK had more than 1,000 personnel in Iraq": its forces, kept there
        if entry.kind == "country" and NATIONALS_AFTER.match(text, end):
            continue  # "a United States soldier": whose soldier, not where
        if entry.kind == "country" and SIDE_TALLY_AFTER.match(text, end):
            continue  # "United States - 2, of which: destroyed: 2": whose losses, not where
        if text.startswith(" in ", start - 4) and EMPLOYER_BEFORE.search(
                text, max(sent.start, start - 160), start):
            continue  # "a specialist at the Hollis Institute in London": an employer's seat
        if text.startswith("s ", end + 1) and EMPLOYER_AFTER.match(text, end) and \
                EMPLOYER_ROLE_BEFORE.search(text, max(sent.start, start - 80), start):
            continue  # "a fellow at London's Hollis Institute"
        if written == "USA" and SERVICE_AFTER_NAME.search(text, max(0, start - 60), start):
            continue  # "Lt. Gen. Jo Doe, USA": the US Army
        if text.startswith(", ", start - 2) and OUTLET_BEFORE.search(
                text, max(0, start - 60), start):
            continue  # "Q: Dana Reyes, Al Hurra": the reporter's outlet
        if entry.kind == "country" and (
                (text[start - 3 : start] in ("of ", "or ", "om ") or
                 text[start - 4 : start] == "the ") and
                DELEGATION_BEFORE.search(text, max(sent.start, start - 44), start)
                or (delegate_end >= sent.start and start - delegate_end < 90 and
                    GROUP_MEMBERS_BEFORE.search(text, max(delegate_end, start - 36), start))):
            actor_end = delegate_end = end  # a member state speaking, and its list
            continue
        if entry.kind == "city" and text[start - 2 : start] == ", " and entry.source != \
                "curated" and (entry.population or 0) < _PERSON_TOWN_MAX and \
                ADDRESSED_AFTER.match(text, end) and \
                re.search(r"\b" + re.escape(written) + r" [A-Z][a-z]", text):
            continue  # "Thanks, Dana." where "Dana Voss" wrote: the person addressed
        if entry.kind == "country" and ALIGNED_BEFORE.search(text, max(sent.start, start - 24),
                                                              start):
            continue  # "militias aligned with Iran": whom they side with
        if entry.kind in BROAD_KINDS and (
                ACTOR_BEFORE.search(text, max(sent.start, start - 30), start)
                or (actor_end >= sent.start and ACTOR_LIST.fullmatch(text, actor_end, start))):
            actor_end = end  # "intercepted by Israel, the US, the UK and France": all actors
            continue
        if entry.kind == "country" and home_government(text, start, entry.name, sent.start):
            continue  # "the United States would respond": the government acting
        if entry.kind == "country" and ACTS_AFTER.match(text, end) \
                and SUBJECT_BEFORE.search(text[sent.start:start]):
            actor_end = end  # "Turkey and Iraq agreed": both actors
            continue
        if written in GOVERNMENT_SEATS and SEAT_ACTS_AFTER.match(text, end) and (
                CLAUSE_OPENER.search(text, max(sent.start, start - 12), start)
                or not text[sent.start:start].strip()):  # (^ never matches at a sentence's start)
            continue  # "because Tehran told them to be quiet": the government acting
        if written in GOVERNMENT_SEATS and text[end + 1 : end + 2].islower() and \
                SEAT_WORLD_AFTER.match(text, end):
            continue  # "a Washington think tank", "Washington agencies": its political world
        if written in GOVERNMENT_SEATS and SEAT_ADDRESSED_BEFORE.search(
                text, max(sent.start, start - 12), start):
            continue  # "asking Washington for cheaper guns": the government addressed
        if written in GOVERNMENT_SEATS and text.startswith("s ", end + 1) \
                and SEAT_OWNS_AFTER.match(text, end):
            continue  # "Washington's refusal to leave": the government's, not the city's
        if entry.kind == "country" and written.endswith("s") and text[end : end + 1] in "'’" \
                and SEAT_OWNS_AFTER.match(text[end] + "s" + text[end + 1 : end + 60]):
            continue  # "the United States' commitment": the government's, not the land's
        if entry.kind == "installation" and DIPLOMATIC.search(written) and (
                SPEAKS_AFTER.match(text, end) or
                ISSUER_BEFORE.search(text, max(sent.start, start - 40), start)):
            continue  # the embassy speaking or heading its alert: an organization
        if _inside_name(text, sent.start, sent.end, start, end):
            continue  # "United Kingdom Maritime Trade Operations": a body, not the country
        if _named_body(text, sent.start, start, end):
            continue  # "developed by Norway's Kongsberg": the firm, not its home town
        if _dateline_end(text, doc, start) > 0:
            continue  # where the reporter filed from; a place again only if named in the body
        if entry.kind == "city" and entry.source != "curated" and \
                ADJ_DISTRICT.search(written) and DISTRICT_AFTER.match(text, end):
            # "the Kyivskyi district": a raion or city district named with an adjective, which
            # GeoNames also lists as a 'city' somewhere else; it lies in the city named before
            city = next((f for f in reversed(found) if f.kind == "city" and f.lat is not None
                         and start - f.end <= URBAN_REACH), None)
            if city is None:
                continue
            entry = replace(entry, country=city.country or entry.country, lat=city.lat,
                            lon=city.lon, precision="city")
        if entry.kind == "city" and entry.source != "curated" and entry.lat is not None:
            entry = in_named_city(text, end, entry, raw_at)
        if entry.kind == "city" and entry.country in OBLAST_COUNTRIES and entry.source != \
                "curated" and (oblast := OBLAST_AFTER.match(text, end)):
            # "Russia's Samara region": the oblast named after its centre, shown at the centre
            end = oblast.end()
            written = text[start:end]
            entry = replace(entry, name=f"{entry.name} {oblast.group(1).lower()}",
                            kind="province", precision="province")
        if text[start - 1 : start] == "/" and found and found[-1].end == start - 1 and \
                _same_site(found[-1], entry):
            # "the Kharab al-Jir/Rmeilan base": two names of one site, a slash between them
            first = found[-1]
            found.append(replace(first, name=written, start=start, end=end))
            prev_end = end
            continue
        before = text[max(sent.start, prev_end) : start] if prev_end >= sent.start else ""
        locator = bool(before) and len(before) <= 22 and bool(LOCATOR.fullmatch(before))
        if locator and before.strip() == "," and entry.kind not in BROAD_KINDS:
            locator = False  # "al-Qaim, Qayyarah": a list, not "Camp Taji, Iraq"
        if locator and entry.kind == "province" and entry.country == "United States" and \
                before == ", " and found and found[-1].country == "United States":
            prev_end = end  # "Tucson, Arizona": the state only locates the town before it
            continue
        role = "mentioned" if locator else _role(text, sent.start, sent.end, start, end,
                                                    entry.kind)
        listed = _list_head(found, text, sent.start, start)
        if role == "mentioned" and not locator and listed is not None:
            role = listed.role  # "al-Qaim, Qayyarah Airfield West and possibly K-1"
        alias_of = found[-1] if found and found[-1].start >= sent.start else None
        if role == "mentioned" and alias_of is not None and alias_of.key == entry.name and \
                start - alias_of.end <= 30:
            role = alias_of.role  # "Qayyarah Airfield West, also known as Q-West"
        possibly = bool(POSSIBLY.search(text, max(sent.start, start - 20), start)
                        or POSSIBLE_AFTER.search(text, end, min(sent.end, end + 60)))
        part = sea_part(text, start, entry.name) if entry.kind == "region" else None
        if weak_town(entry) and read_weakly(text, start, end, written, entry, raw_at):
            weak.add(start)  # a namesake spelled loosely or named with no place word before
        found.append(PlaceMention(
            entry.name, written, start, end, entry.kind, entry.country or "",
            entry.lat, entry.lon, entry.precision, role, locator, possibly,
            _whole_line(text, start, end), part,
        ))
        prev_end = end
    return without_far_namesakes(found, weak)


SAME_SITE_KM = 30  # two bases' points this close may be one airstrip under two names


def _not_spelled(written: str, entry) -> bool:
    """Is a word in capitals none of the entry's names, only folded onto one ("EBL", "EBBL")?"""
    low = written.casefold()
    return low != entry.name.casefold() and all(low != a.casefold() for a in entry.aliases)


def _same_site(first: PlaceMention, entry) -> bool:
    """Are two installations written "A/B" one site (their points close together)?"""
    if first.kind != "installation" or entry.kind != "installation" or first.lat is None \
            or entry.lat is None:
        return False
    from briefdeck.geo.towns import km

    return km(first.lat, first.lon, entry.lat, entry.lon) <= SAME_SITE_KM


def _full_name_of(text: str, surname: str) -> bool:
    """True when surname follows a given name somewhere in text ("Khalid Sindi")."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text):
        if m.group(1) not in _NOT_GIVEN and m.group(1) not in _PLACE_OPENERS:
            return True
    return False


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when [start, end) is a line by itself ("Kurdistan" as a site's section label)."""
    if start and text[start - 1] != "\n":
        return False
    line_end = text.find("\n", end)
    return not text[end:line_end if line_end >= 0 else len(text)].strip()


def _in_byline(text: str, start: int) -> bool:
    """True when the mention opens a byline's name ("By Jordan Pike, Staff")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() not in ("By", "BY"):
        return False
    from briefdeck.ingest.boilerplate import is_byline

    line_end = text.find("\n", start)
    return is_byline(text[line_start : line_end if line_end >= 0 else len(text)].strip())


_NAME_AROUND = re.compile(r"(?:\s+|-)[A-Z]")  # "Agence France-Presse" too
_NAME_BEFORE = re.compile(r"\b(?:of|for|in)\s+(?:the\s+)?$")


def _inside_name(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """True when a known organization's name covers [start, end) ("Government of Iraq")."""
    if not (_NAME_AROUND.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 12),
                                                                  start)):
        return False  # only a place with more name around it can be inside one
    from briefdeck.extract.known_organizations import KNOWN_ALTERNATIVES

    lo = max(sent_start, start - 60)
    for m in KNOWN_ALTERNATIVES.finditer(text, lo, min(sent_end, end + 60)):  # KNOWN_RE's
        if m.start() > start:
            return False  # the rest start after the place: none covers it
        if end <= m.end() and m.end() - m.start() > end - start:
            return True
    return False


# Words before a town that make it the town even when a firm bears its name ("in Kongsberg").
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|inside|across|into|towards?|"
                          r"town\s+of|city\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _named_body(text: str, sent_start: int, start: int, end: int) -> bool:
    """True when [start, end) is exactly a known organization's name ("Kongsberg", a firm
    and a Norwegian town) and nothing before it says it is the place."""
    from briefdeck.extract.known_organizations import KNOWN_RE

    if not KNOWN_RE.fullmatch(text, start, end):
        return False
    if text[max(0, start - 4) : start] == "the " and text[end : end + 1] == " " and \
            text[end + 1 : end + 2].islower():
        return True  # "at the Kongsberg chalet": the firm's, a town takes no article
    return not _TOWN_BEFORE.search(text, max(sent_start, start - 14), start)


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end] (a cheap test before a regex on it)."""
    words = text[start:end].rsplit(None, 1)
    return words[-1] if words else ""


# Broadcasters whose Arabic names fold onto towns ("Al-Manar" ~ Mannar, "Al-Mayadeen" ~
# Mayadin): in a report they are the channel that carried a claim, never a place.
_BROADCASTER = re.compile(r"(?i:al)[- ]?(?:Manar|Mayadeen|Masirah|Alam|Ahd|Hadath|Sumaria|"
                          r"Sharqiya|Rasheed|Iraqiya|Ekhbariya)")


def _is_outlet(written: str) -> bool:
    """Is the name exactly a news outlet's ("Xinhua", "Anadolu", "Al-Manar")?"""
    from briefdeck.extract.attribution_kinds import _OUTLET_ONLY

    return bool(_OUTLET_ONLY.match(written) or _BROADCASTER.fullmatch(written))


def extract_places(mentions: list[PlaceMention]) -> list[Place]:
    """One Place per gazetteer entry: first mention's words (a site's fullest name), strongest
    role, and as evidence the span of the mention that gave that role (a reader checking "Jordan
    -- attack target" must see the sentence of the attack, not the first naming)."""
    merged: dict[str, PlaceMention] = {}
    roles: dict[str, str] = {}
    told: dict[str, PlaceMention] = {}  # the mention whose sentence gave the role: its evidence
    parts: dict[str, set] = {}  # "the southern Red Sea": that part's point places the sea,
    for m in mentions:  # unless the report names two of its parts
        if m.part is not None:
            parts.setdefault(m.key, set()).add(m.part)
    for m in mentions:
        if m.key not in merged:
            merged[m.key], roles[m.key], told[m.key] = m, m.role, m
            continue
        if merged[m.key].label and not m.label:
            merged[m.key] = m  # a section label names it in short: the prose's words win
        elif m.kind in ("installation", "region", "province") and \
                _words(m.name) > _words(merged[m.key].name):
            merged[m.key] = m  # "Shaddadi base" in a headline, then "Mission Support Site
            # Shaddadi": a site's fullest name as the report writes it
        if _RANK.index(m.role) < _RANK.index(roles[m.key]):
            roles[m.key], told[m.key] = m.role, m
    places = []
    for i, (key, m) in enumerate(merged.items(), 1):
        if len(parts.get(key, ())) == 1:
            (lat, lon), = parts[key]
            m = replace(m, lat=lat, lon=lon)
        kind = m.kind if m.kind in ("installation", "city", "province", "region", "country") \
            else "other"
        precision = m.precision if m.precision in ("installation", "city", "province",
                                                   "country") else "unknown"
        places.append(Place(
            id=f"pl-{i}", name=_display_name(m), kind=kind,  # type: ignore[arg-type]
            country=m.country, lat=m.lat, lon=m.lon,
            precision=precision,
            role="reinforcement" if roles[key] == "stationed" else roles[key],  # type: ignore
            provenance=Provenance(source="src-1", start=told[key].start, end=told[key].end),
        ))
    return places


def _display_name(m: PlaceMention) -> str:
    """The report's own spelling, except for a demonym ("Syrian border" is Syria)."""
    if DEMONYM_BORDER.fullmatch(m.name) or (m.name.isupper() and (
            len(m.name) > 4 or m.name.casefold() == m.key.casefold())):
        return m.key  # and a dateline's "BAGHDAD" or a headline's "IRAQ" is Baghdad, Iraq
    if m.kind == "installation" and m.name in AIRFIELD_CODES:
        return m.key  # an airfield's ICAO code ("OJAI"): a map label gives its name
    return m.name


def _words(name: str) -> int:
    return name.count(" ") + 1
