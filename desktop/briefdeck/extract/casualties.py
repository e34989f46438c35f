"""Killed and wounded counts with the party each belongs to.

"killing two American service members and a British medic" -> killed U.S. 2, U.K. 1;
"Three U.S. Army reservists are killed and more than 40 troops are wounded" -> killed 3,
wounded 40. Vague counts ("several militants") are left out of totals rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefdeck.extract.alternatives import first_chars
from briefdeck.extract.numbers import word_value

_SMALL = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
          r"sixty|seventy|eighty|ninety)(?:-\w+)?")
# "one hundred and seventy", "two thousand five hundred", "a hundred"
_LARGE = (rf"(?:(?:a|{_SMALL})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SMALL}"
          r"(?:\s+hundred)?)*)")
_NUM = (
    r"(?:(?:at\s+least|more\s+than|about|nearly|some|up\s+to|as\s+many\s+as|around|"
    r"approximately|roughly|a\s+further|a\s+total\s+of|another|an\s+additional)\s+)?"
    rf"(?:\d[\d,]*\d|\d|{_LARGE}|a\s+dozen|(?:a\s+)?few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|"
    r"thirty(?:-\w+)?|forty(?:-\w+)?|fifty(?:-\w+)?|a\s+dozen|dozens|several|scores|"
    r"hundreds|(?:a\s+)?few)"
)
_NOUN = (
    r"(?:service\s?members?|soldiers?|troops|Marines?|sailors?|airm[ae]n|personnel|"
    r"contractors?|civilians?|people|persons?|medics?|guards?|officers?|police(?:m[ae]n)?|"
    r"fighters?|militants?|members?|commanders?|reservists?|Americans?|Iraqis?|Syrians?|"
    r"Iranians?|Britons?|Kurds?|children|women|men|workers?|crew(?:\s+members)?|pilots?|"
    r"others?|employees?|staff|citizens?|nationals?|passengers?|journalists?|diplomats?|"
    r"leaders?|operatives?|insurgents?|gunmen|gunman|troopers?|cadets?|recruits?|"
    r"servicem[ae]n|paramedics?|doctors?|nurses?|students?|villagers?|residents?|farmers?|"
    r"interpreters?|translators?|drivers?|engineers?|firefighters?|fishermen|shepherds?|"
    r"seafarers?|mariners?|crewmen|militiamen|Peshmerga|teenagers?|boys?|girls?|babies|"
    r"infants?|relatives|family\s+members|bystanders?|pedestrians?|worshippers?|"
    r"rescuers?|aid\s+workers?|security\s+forces|gendarmes?|conscripts?|SMs?|"
    r"peacekeepers?|neighbou?rs?|guardsm[ae]n|policem[ae]n|sailors?|seam[ae]n|woman|man|"
    r"elderly|pensioners?|teachers?|hunters?|herders?|labou?rers?|pilgrims?|traders?|"
    r"vendors?|merchants?|smugglers?|attackers?|assailants?|jihadists?|extremists?|rebels?|"
    r"truckers?|miners?|volunteers?|refugees?|migrants?|detainees?|prisoners?|hostages?|"
    r"specialists?|sergeants?|corporals?|privates?|lieutenants?|captains?|majors?|"
    r"Palestinians?|Israelis?|Lebanese|Yemenis?|Ukrainians?|Russians?|Jordanians?|Afghans?|"
    r"Somalis?|Kenyans?|Egyptians?|Libyans?|Sudanese|Pakistanis?|Saudis?|Emiratis?|"
    r"officials?|associates?|bodyguards?|terrorists?|combatants?|patients?|tourists?|"
    r"visitors?|holidaymakers?|shoppers?|spectators?|picnickers?|hikers?|campers?|guests?|"
    r"mourners?|protesters?|demonstrators?|comrades?(?:-in-arms)?)"
)
# A word of the group's description; a number only as an age ("a 64-year-old woman").
# (lower case only: "an IS official" is the Islamic State's, not a verb)
_WORD = (r"(?!(?-i:and|or|with|from|in|at|of|on|the|were|was|are|is|after|before|since|days|"
         r"that|which|who|whom|said|says|"
         r"weeks|hours|months|years|minutes|ago|later|earlier)\b|\d(?!\d?-year-old)|"
         # ("in 2024 three soldiers": a count starts the group, the number before it is not one)
         r"(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
         # ("3 PKK/KCK militants": a paired acronym, written with a slash)
         r"[\w.'’-]+(?:(?<=[A-Za-z])/[A-Za-z][\w'’-]*)?")
# "two of its soldiers", "dozens of others": a part of a group still counts.
_OF = r"(?:of\s+(?:(?:its|their|the|his|her|our|those|these)\s+)?)?"
# "five members of the pro-government National Defense Forces": whose, after the noun.
_WHOSE = (r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[A-Z][\w'’-]+"
          # ("one member of the Syrian Democratic Forces, which guard the site, was killed")
          r"(?=\s+(?:were|was|who|that)\b|,\s+(?:which|who)\s)"
          # "three members of a family were killed", 'two members of a "cell" were killed'
          r"|\s+of\s+(?:a|an|the)\s+[\"“]?(?:[\w'’-]+\s+){0,2}?[\w'’-]+[\"”]?"
          # ("one member of the fire crew suffered burns")
          r"(?=\s+(?:were|was|suffered|sustained)\s)"
          # "a man in Jericho is killed": where they were, between the group and its verb
          r"|\s+(?:in|near|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
          r"(?=\s+(?:is|are|were|was|who|that)\b))?")
# "two fighters who guard the perimeter were killed": a short relative clause before the verb
_RELATIVE = (r"(?:\s+(?:who|that)\s+(?!(?:is|are|was|were|had|have|has)\b)"
             r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:is|are|was|were|have|has|had)\s))?")
# The characters a count can begin with: the scan skips other words at once.
_COUNT_STARTS = "(?=[" + "".join(sorted(first_chars(_NUM, re.I) or set("0123456789"))) + "])"
# "two Kurdish security officials said": who tells the toll, not part of it
ITEM = (rf"\b{_COUNT_STARTS}(?P<num>{_NUM})\s+{_OF}(?P<np>(?:{_WORD}\s+){{0,4}}{_NOUN})\b"
        r"(?!\s+(?:said|say|says|told|added|confirmed|reported|stated))"
        rf"(?:\s+from\s+[A-Z][\w-]+)?{_WHOSE}")
ITEM_RE = re.compile(ITEM, re.I)
# Between two counted groups, tried in order: a list, then a name in apposition
# ("a senior commander, Mushtaq al-Saidi, along with one other member").
SEPARATORS = [
    re.compile(r"\s*,\s*(?:and\s+|along\s+with\s+)?|\s+(?:and|along\s+with|as\s+well\s+as)\s+"),
    re.compile(r"(?:\s+of\s+[^,]{1,40})?,\s*[^,]{1,60},\s*(?:and\s+|along\s+with\s+|"
               r"as\s+well\s+as\s+)"),
    # "a senior commander of Kataib Hezbollah and a second member": whose, then the next group
    re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;.]{1,40}?\s+(?:and|along\s+with)\s+"),
    # "a commander who officials say directed the attacks, along with two others"
    re.compile(r"\s+(?:who|whom)\s+[^,;]{1,80},\s*(?:and\s+|along\s+with\s+|"
               r"as\s+well\s+as\s+)"),
    # "an IS official responsible for planning attacks and two of his associates"
    re.compile(r"\s+(?:responsible\s+for|in\s+charge\s+of|known\s+as|accused\s+of|"
               r"involved\s+in|linked\s+to|wanted\s+for)\s+[^,;.]{1,60}?\s+(?:and|along\s+with)\s+"),
]
# A named person killed: "the U.S. killed Iranian Maj. Gen. Qassem Soleimani".
NAMED_KILLED_RE = re.compile(
    r"\b(?:killed|kills|killing|assassinated)\s+(?P<np>(?:(?:Iranian|Iraqi|Syrian|senior|top|"
    r"the)\s+)*(?:(?:Maj\.|Lt\.|Brig\.|Gen\.|Col\.|Capt\.|General|Colonel|commander)\s+)+"
    r"[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+"
    # "killed Kamel Abbas Srour, whom ...": a person's name of two words or more, no rank
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3}(?=\s*[,.;]|\s+(?:who|whom|in|on|near)\b))"
)
# "Two dock workers were killed and four were wounded"; "killing nine people and wounding 43".
ELLIPTIC_RE = re.compile(
    # "16 people were killed and 25 wounded": the copula may be left out after the first verb
    # ("... were killed and about 30 soldiers wounded": a group of its own may be named)
    rf"\band\s+(?P<num>{_NUM}|another)(?:\s+others?|\s+(?P<np>(?:{_WORD}\s+){{0,2}}{_NOUN}))?"
    r"(?:\s*,[^,;]{1,50},)?\s+"
    r"(?:(?:were|was|are|is)\s+)?(?:also\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt|(?-i:KIA|WIA))\b",
    re.I,
)
BARE_RE = re.compile(r"(?P<num>(?:(?:about|around|nearly|some|at\s+least|more\s+than|over|"
                     r"approximately|roughly|up\s+to)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?))"
                     # ("wounded more than 40 in January": the count, then when or where)
                     r"(?=\s*(?:[,.;]|\s+and\b|\s+of\s+(?:them|those)\b|$|"
                     r"\s+(?:in|on|at|during|near|when|after)\s))", re.I)
ACTIVE_RE = re.compile(
    # "received the bodies of 11 civilians and 13 soldiers": the dead a hospital counts
    # ("the raid martyred six civilians": how some sides' media tell their dead)
    r"\b(?P<verb>kill(?:ing|ed|s)?|wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)|bodies\s+of|"
    r"martyr(?:ing|ed|s))\s+(?=\S)",
    re.I
)
# "two soldiers guarding the gate were hurt", "... guarding the base's outer gate": a short
# participle phrase between ("working at a nearby poultry farm": up to five words).
_PARTICIPLE = r"(?:\s+[a-z]+ing(?:\s+(?!(?:is|are|was|were|and|that)\b)[\w'’-]+){0,5}?)?"
# "the blast wounded its driver", "killed the truck's driver": one person, named by role
_ONE_ROLE = re.compile(r"(?P<det>its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:driver|pilot|"
                       r"co-pilot|guard|gunner|operator|navigator)\b(?![\w-])", re.I)
_LONG_PARTICIPLE = (r"(?:\s+[a-z]+ing(?:\s+(?!(?:is|are|was|were|and|had|have|has)\b)"
                    r"[\w'’-]+){0,7}?)?")
# "and his son": one relative beside the group counted, hurt with it ("and their families":
# how many is not said)
_ONE_KIN = re.compile(r"son|daughter|wife|husband|brother|sister|father|mother|child|baby|"
                      r"nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|"
                      r"grandmother|fianc[ée]e?", re.I)
_KIN_AFTER = re.compile(rf"\s+and\s+(?:his|her|their)\s+(?:{_ONE_KIN.pattern})\b", re.I)
PASSIVE_RE = re.compile(
    # "Three soldiers, all Army reservists from Georgia, were killed": an aside between
    # "460 patients and their companions were killed": the group with those beside it
    rf"{ITEM}(?:\s+and\s+(?:their|his|her|its)\s+(?P<beside>[\w-]+))?{_RELATIVE}(?:,[^,;]{{1,60}},)?"
    rf"{_PARTICIPLE}(?:\s+(?:who|that))?\s+(?:is|are|was|were|"
    # ("had since been moved", "had also been hurt": an adverb before "been")
    r"(?:have|has|had)\s+(?:since\s+|later\s+|also\s+)?been)\s+(?:being\s+)?"
    # ("was initially reported wounded": the first count, a later one may revise it)
    r"(?:(?:initially|originally|first)\s+)?"
    r"(?:(?:later|also|reportedly|seriously|critically|slightly|lightly|badly|severely|"
    r"moderately|fatally|mortally|reported(?:ly)?)\s+)?"
    # ("martyred", "neutralised", "sent to hell": how some armies' releases tell their dead)
    r"(?P<verb>killed|wounded|injured|hurt|(?-i:KIA|WIA)|martyred|neutrali[sz]ed|"
    r"sent\s+to\s+hell|treated\s+for\s+(?:minor\s+)?(?:injuries|wounds)|"
    # "three people had been treated at Al-Jahra Hospital": the hurt, counted by the hospital
    r"treated\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?))\b",
    re.I,
)
# PASSIVE_RE needs one of its verbs: a cheap test first, on the lower-cased sentence.
_PASSIVE_VERBS = ("killed", "wounded", "injured", "hurt", "kia", "wia", "martyred", "neutrali",
                  "sent", "treated")
# A toll told with no verb, as a table cell or a message gives it: "1 crew killed, 2 injured.",
# "Two soldiers wounded." (the whole sentence or cell is the toll; "the 12 soldiers killed in
# the attack were buried" is not one of these)
_TERSE_CUE = re.compile(r"\b(?=[kwihdKWIHD])(?i:killed|wounded|injured|hurt|dead)"
                        r"(?=\s*(?:[.;|,]|$))")
_AUX_BEFORE = re.compile(r"\b(?:were|was|been|are|is|be)\s+(?:\w+ly\s+)?$", re.I)
_TERSE_LEADS = re.compile(r"[|:;\"“]\s*")  # where a cell, a quoted message or a part begins
TERSE_RE = re.compile(
    rf"\s*{ITEM}\s+(?P<verb>killed|wounded|injured|hurt|dead)"
    rf"(?=\s*(?:[.;|]|,\s*(?:and\s+)?(?:{_NUM})\s+(?:killed|wounded|injured|hurt)\b|$))", re.I)
# "| 3 killed, 5 wounded |": the same with no group named, in a cell or alone
TERSE_BARE_RE = re.compile(r"\s*(?P<num>\d{1,4}|(?i:one|two|three|four|five|six|seven|eight|nine|"
                           r"ten))\s+(?P<np>(?P<verb>killed|wounded|injured|dead))"
                           r"(?=\s*(?:[.;|,]|$))", re.I)
# "...; 26 were wounded", "Four were killed.": a count with no group opening a clause of its
# own (the group is the one the report is telling of)
CLAUSE_RE = re.compile(
    rf"\s*(?P<num>(?!an?\s|a\s+few\b|few\b)(?i:{_NUM}))(?P<np>)\s+(?:were|have\s+been|had\s+been)"
    r"\s+(?:also\s+|later\s+|reportedly\s+)?(?P<verb>killed|wounded|injured|hurt)\b")
_CLAUSE_LEADS = re.compile(r";\s*")
_TERSE_NEXT = re.compile(rf",\s*(?:and\s+)?(?P<num>{_NUM})\s+(?P<verb>killed|wounded|injured|hurt)"
                         r"\b", re.I)
# "a second crew member was injured", "a third soldier has died": the count so far, by its
# ordinal (the whole toll of that kind, not one more on top of it)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_CUE = re.compile(r"\b[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                          r"tenth)\s")
ORDINAL_RE = re.compile(
    r"\b[Aa]\s+(?P<num>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    rf"(?P<np>(?:{_WORD}\s+){{0,2}}{_NOUN})\s+(?:(?:was|has\s+been|had\s+been|has|had)\s+)?"
    r"(?:also\s+|later\s+|since\s+)?"
    # ("a second soldier had also been treated": hurt too, the count so far two)
    r"(?:(?<=\b(?:has|had)\s)(?:also\s+|later\s+)?been\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt|died|treated)\b", re.I)
# "and two people were wounded": the group after a list's joint has a verb of its own
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                       r"(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt)\b")
# "medics treated a 54-year-old man for shrapnel wounds": one wounded
TREATED_RE = re.compile(
    rf"\btreat(?:ed|ing)\s+{ITEM}\s+for\s+(?:[\w-]+\s+){{0,3}}?(?:injur(?:y|ies)|wounds?|"
    r"burns|shock\s+and\s+injuries)\b", re.I)
# "eight khwarij were sent to hell": a verb that tells only of the dead counts whoever the
# group is, a word the noun list lacks too
DEAD_VERB_RE = re.compile(
    rf"\b{_COUNT_STARTS}(?P<num>(?i:{_NUM}))\s+(?P<np>(?:more\s+|other\s+)?[a-z][\w-]+)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?P<verb>martyred|neutrali[sz]ed|sent\s+to\s+hell)\b")
_DEAD_CUE = re.compile(r"(?i:martyr|neutrali|to\s+hell)")
# "4 militants who opened fire on our posts near the border were neutralized": a verb that
# tells only of the dead may follow a long "who" clause (a comma or a full stop ends it)
DEAD_WHO_RE = re.compile(
    # ("4 militants spotted in caves ... had been neutralized": a participle opens it too; a
    # clause with a count or a "said" of its own is another sentence's, not this group's)
    rf"{ITEM}\s+(?:who\s+|(?=[a-z]+(?:ed|ing)\s))"
    r"(?:(?!\d|\b(?:said|says|told|stated|and)\b)[^,;.:()\n]){1,150}?"
    r"\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?P<verb>martyred|neutrali[sz]ed)\b", re.I)
# "nine people had died", "two fishermen died in the blast": the dead, told intransitively
# ("two of the wounded later died" moves the wounded, _FROM_WOUNDED's; "have died since
# October" is a running tally, dropped with the others of a period)
DIED_RE = re.compile(
    rf"{ITEM}(?:,[^,;]{{1,50}},)?\s+(?:(?:have|has|had)\s+)?(?:(?:later|since|also|all)\s+)?"
    r"(?P<verb>died)\b(?!\s+(?:of|from)\s+(?:natural|old|illness|disease|covid))", re.I)
# Military shorthand in digests and tables: "5 U.S. SM and 2 contractors WIA".
ACRONYM_RE = re.compile(rf"{ITEM}\s+(?P<verb>KIA|WIA)\b")
# A table cell's shorthand needs no noun: "1 HaD KIA, 1 WIA", "3 enemy KIA" (KIA and WIA
# tell a toll whatever group comes before them; upper case only).
# ("five KIA" in a brief's prose: the count may be a word)
SHORTHAND_RE = re.compile(rf"\b(?P<num>\d{{1,4}}|(?i:{_SMALL}))\s+"
                          rf"(?P<np>(?:(?!and\b|or\b)[A-Za-z][\w.'’-]*\s+){{0,2}}?)"
                          r"(?P<verb>KIA|WIA)\b")
# A sitrep's count by "x": "2 x contractors (Filipino) - minor shrapnel injuries",
# "1 x guard: KIA" (the group, an aside, a dash or colon, then what befell them)
TIMES_X_RE = re.compile(
    rf"\b(?P<num>\d{{1,3}})\s*[x×]\s+(?P<np>(?:{_WORD}\s+){{0,3}}{_NOUN})\b"
    r"(?:\s*\([^()\n]{0,60}\))?\s*[-–—:]\s*(?:[\w-]+\s+){0,3}?"
    r"(?P<verb>injur(?:y|ies|ed)|wounds?|wounded|hurt|killed|dead|KIA|WIA)\b", re.I)
# "leaving more than 100 U.S. troops with brain injuries", "leaving three dead", "left 20
# personnel with minor injuries"
LEAVING_RE = re.compile(
    rf"\b(?:leaving|left|leaves|reported|reports|confirmed|confirms)\s+{ITEM}\s+(?P<verb>dead|wounded|injured|with\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:injur(?:y|ies)|wounds|burns|concussions))\b", re.I)
INJURIES_TO_RE = re.compile(rf"\binjur(?:y|ies)\s+to\s+{ITEM}", re.I)
# "Four sailors suffered burns", "two soldiers were diagnosed with traumatic brain injuries".
SUFFERED_RE = re.compile(
    # "two contractors working inside the coalition's part of the airport had sustained ..."
    rf"{ITEM}(?:,[^,;]{{1,50}},)?{_LONG_PARTICIPLE}\s+(?:who\s+)?(?:(?:is|are|was|were|have\s+been|has\s+been|"
    r"had\s+been|have|has|had)\s+)?(?:being\s+)?(?:later\s+|also\s+|all\s+)?(?:suffered|sustained|received|"
    # ("were evaluated and treated for": the DoD's wording of a count of the hurt)
    r"diagnosed\s+with|(?:(?:evaluated|examined|assessed)\s+and\s+)?treated\s+for|evaluated\s+for|suffering|sustaining)\s+"
    # ("evaluated for possible brain injuries": not yet counted as hurt)
    r"(?:(?!(?:possible|suspected|potential)\b)[\w-]+\s+){0,4}?(?:injur(?:y|ies)|wounds?|burns|concussions?|shrapnel\s+wounds)\b",
    re.I,
)
# "a missile hit the base, causing eight minor injuries": the injuries counted, one each
CAUSING_RE = re.compile(
    rf"\b(?:caus(?:ing|ed|es)|inflict(?:ing|ed|s)|result(?:ing|ed|s)\s+in)\s+(?P<num>{_NUM})\s+"
    r"(?P<np>(?:(?:minor|light|slight|serious|severe|moderate|shrapnel|non-life-threatening)\s+)?"
    r"(?:injuries|wounds))\b", re.I)
_CAUSE_CUE = re.compile(r"(?i:caus|inflict|result|led\s+to|leading\s+to)")
# "resulted in the injury of two soldiers", "led to the martyrdom of three fighters" (the
# wording of translated Arabic wires; gated by the cue, so "... the killing of one attacker and
# the injury of two officers" reads its second harm too)
HARM_OF_RE = re.compile(
    r"\b(?:caus(?:ing|ed|es)|result(?:ing|ed|s)\s+in|le(?:d|ads|ading)\s+to|and)\s+the\s+"
    r"(?P<verb>injury|injuries|injuring|wounding|death|deaths|killing|martyrdom)\s+of\s+"
    rf"{ITEM}", re.I)
# "wounded several soldiers, with four later evaluated for brain injuries": the count of the
# group told vaguely before it
WITH_COUNT_RE = re.compile(
    rf"\bwith\s+(?P<num>{_NUM})(?P<np>(?:\s+of\s+them)?)\s+(?:later\s+|also\s+|since\s+)?"
    r"(?:being\s+)?(?:evaluated|treated|diagnosed|hospitali[sz]ed)\s+(?:for|with)\s+"
    r"(?:(?!(?:possible|suspected|potential)\b)[\w-]+\s+){0,4}?(?:injur(?:y|ies)|wounds?|"
    r"concussions?)\b", re.I)
# "Rescuers pulled six bodies from the rubble": the dead, counted by those who found them.
BODIES_RE = re.compile(
    rf"\b(?:pulled|recovered|found|retrieved|removed)\s+(?:the\s+)?(?P<num>{_NUM})\s+"
    r"(?P<np>bodies|dead\b)", re.I)
# A hospital's or a monitor's count: "medics said 24 dead and 67 wounded", "were treating 40
# wounded", "received 12 bodies" (not "an injured man": a number is needed)
HOSPITAL_RE = re.compile(
    r"(?:\b(?:treat(?:ing|ed)|admitted|receiv(?:ed|ing)|counted|recorded|said|says|saying|"
    r"reported|reporting|gave|giving|listed)(?:\s+that)?(?:\s+there\s+(?:were|had\s+been))?|:)\s+"
    rf"(?P<num>(?!an?\s){_NUM})\s+(?P<np>(?P<verb>dead|wounded|injured)\b"
    # ("said 24 wounded three more": a verb; "24 dead soldiers": a group named after)
    rf"(?!\s+(?:{_NOUN}|{_NUM}|the|his|her|their|its)\b)|bodies\b)", re.I)
# A new total: "the death toll rose to 12", "the number of wounded had risen to six", "raised
# the number of injured to six", "revised the toll of the March 9 strike to 16 killed and 24
# injured", "raising the Armenian toll to three dead".
# ("the number of Americans hurt": a group named before its kind)
_TOLL_NOUN = (r"(?:(?:death|fatality)\s+)?(?:toll|count)|number\s+of\s+(?:the\s+)?"
              r"(?:[\w-]+\s+)?(?:dead|killed|deaths|wounded|injured|hurt|casualties)|"
              # "the number of US service members wounded": our own side's whole count (not
              # "the number of armed associates killed", one group of the dead)
              r"number\s+of\s+(?:U\.?S\.?|American|coalition|British|French)\s+(?:[\w-]+\s+){1,2}?"
              r"(?:killed|wounded|injured|hurt)|"
              r"(?:wounded|injured|injury|casualty)\s+(?:toll|count)")
TOLL_RISE_RE = re.compile(
    rf"\b(?P<noun>{_TOLL_NOUN}|number\s+of\s+(?:[\w-]+\s+){{2,3}}?(?:killed|wounded|injured|"
    r"hurt)(?=\s+(?:in|at|during)\s)|"
    # "the number of our staff injured is now three": a group of two words, then "now"
    r"number\s+of\s+(?:[\w-]+\s+){1,2}?(?:killed|dead|wounded|injured|hurt)"
    r"(?=\s+(?:is|are)\s+now\b))"
    # "the number of troops wounded in Tuesday's drone attack on the base has risen to six"
    # ("the death toll of the strike which hit a car near X yesterday, has risen to four")
    r"(?:\s+(?:in|at|during|from|of)\s+[^,.;:()]{1,150}?)?"
    r",?\s+(?:had\s+|has\s+|have\s+)?(?:now\s+)?(?:rose|risen|climbed|"
    r"increased|grew|reached|jumped|stood\s+at|stands\s+at|was\s+revised\s+to|"
    r"(?:is|are)\s+now(?:\s+at)?)\s+(?:to\s+)?"
    rf"(?=(?P<num>{_NUM})\b)", re.I)
TOLL_SET_RE = re.compile(
    r"\b(?:rais(?:es|ed|ing)|revis(?:es|ed|ing)|updat(?:es|ed|ing)|lower(?:s|ed|ing)|"
    r"brings?|brought|bringing|takes|took|taking|puts?|putting|push(?:es|ed|ing))\s+the\s+"
    rf"(?P<whose>(?:[\w-]+(?:'s|’s)?\s+){{0,2}}?)(?P<noun>{_TOLL_NOUN}|figure|tally)"
    r"(?:\s+(?:from|of|in)\s+(?:[\w.-]+\s+){1,11}?)?\s*(?:to|(?:(?<=toll\s)|(?<=dead\s)|(?<=killed\s)|(?<=wounded\s)|(?<=injured\s)|"
    # ("put the number of injured at five": a count set, as "put the toll at" is)
    r"(?<=deaths\s)|(?<=hurt\s)|(?<=casualties\s))at)\s+(?=\d|[a-z])"
    # no verb, but the kind said after the number: "the toll of the raid to 16 killed"
    r"|\bthe\s+(?P<noun2>(?:death\s+)?toll)(?:\s+(?:from|of|in)\s+(?:[\w.-]+\s+){1,8}?)?\s*to\s+"
    r"(?=\d[\d,]*\s+(?:killed|dead)\b)", re.I)
# the verbs of a new total that can only raise a count ("revised to" may lower it)
_RISE = re.compile(r"\b(?:rose|risen|climbed|increased|grew|jumped|rais(?:es|ed|ing)|"
                   r"push(?:es|ed|ing)|brings?|brought|bringing)\b", re.I)
_UPDATE_CUE = re.compile(r"(?i:toll|number|count|died|succumb|martyr|revis|correct|updat|now|"
                         r"figure|rais|tally|later|initial|original|at first)")
_UPDATE_WORDS = ("toll", "number", "count", "died", "succumb", "martyr", "revis", "correct",
                 "updat", "now", "figure", "rais", "tally", "later", "initial", "original",
                 "at first")  # _UPDATE_CUE's words
_HURT_NOUN = re.compile(r"wounded|injur|casualty|hurt", re.I)  # a toll of the wounded, not the dead
# "the toll", "the Pentagon's count", "the tally": a total that does not say whose it counts,
# the dead or the wounded (the event's earlier toll tells; toll_updates.merge_tolls)
_KIND_NOUN = re.compile(r"death|fatal|dead|kill|wound|injur|casualt", re.I)
# "16 killed and 24 injured", "three dead": a count with its kind said after it
_COUNT_KIND = re.compile(rf"(?P<num>{_NUM})\s+(?P<verb>killed|dead|deaths|wounded|injured|hurt)\b",
                         re.I)
_BARE_COUNT = re.compile(rf"(?P<num>{_NUM})\b(?!\s*(?:%|percent|per\s+cent|times)\b)", re.I)
_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
# "one of the wounded soldiers had died", "has died of his wounds": a wounded man now dead
DIED_OF_WOUNDS = re.compile(
    rf"\b(?P<num>{_NUM})\s+of\s+(?:the|those|them)\s+(?:[\w-]+\s+){{0,2}}?(?:wounded|injured|"
    r"hurt)\b[^.;]{0,100}?\b(?:(?:later|subsequently|since|had|has|have)\s+)*(?:died|succumbed)\b"
    r"|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?P<pron>his|her)\s+(?:wounds|injuries)\b", re.I)
# "one of the drivers who was badly injured died overnight", "a sailor wounded in the blast was
# martyred on Monday": someone counted hurt, now dead (a clause break, "and", a comma, ends it:
# "a guard was hurt and a cook died" are two people; "a shell wounded two" is no subject hurt)
DIED_AFTER_HURT = re.compile(
    rf"\b(?:(?P<num>{_NUM})\s+of\s+(?:the|those)\s+[\w-]+(?:\s+[\w-]+)?\s+who\s+(?:was|were|"
    r"had\s+been)\s+|(?:a|an)\s+(?:[\w-]+\s+){1,2}?(?:who\s+(?:was|had\s+been)\s+)?)"
    r"(?:[\w-]+ly\s+)?(?:wounded|injured|hurt)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a|an|the|his|her|their|several|dozens?|many|scores)\b)"
    r"(?:(?!\b(?:and|but|while|whereas|who)\b)[^.;,]){0,100}?"
    r"\b(?:(?:later|subsequently|since|had|has|have|was|also)\s+)*(?P<verb>died|succumbed|martyred)\b",
    re.I)
# "AFRICOM now assesses that the strike killed five": a revised toll replaces the first one
REVISED = re.compile(r"\b(?:now\s+(?:assesses|assessed|says|said|believes|estimates|puts|"
                     r"reports|counts)|revised|corrected|updated\s+(?:its|the|their)\s+"
                     r"(?:toll|count|figures?|assessment))\b", re.I)
# "a hospital official later told reporters that three people had been treated": the count of
# everyone hurt as it stood later, after a first one ("later said two attackers were killed"
# counts a group of its own, not everyone)
LATER_COUNT = re.compile(r"\blater\s+(?:told|said|reported|confirmed|put|gave|updated)\b"
                         r"(?![^.;]*\b(?:also|more|another|further|additional)\b)", re.I)
_EVERYONE = re.compile(r"\s*(?:\S+\s+){0,3}?(?:people|persons|others)\b|\s*(?:were|had|have)\b",
                       re.I)
_SUFFER_CUE = re.compile(r"\b(?=[sdtreSDTRE])(?i:suffer|sustain|diagnos|treat|evaluated|"
                         r"received)")
PARTIES: list[tuple[str, str]] = [
    ("U.S.", r"\bU\.S\.|\bUS\b|\bAmericans?\b"),
    ("U.K.", r"\bBritish\b|\bBritons?\b|\bU\.K\.|\bUK\b"),
    ("Iraq", r"\bIraqis?\b"),
    ("Syria", r"\bSyrians?\b"),
    ("Iran", r"\bIranians?\b"),
    ("Israel", r"\bIsraelis?\b"),
    ("Jordan", r"\bJordanians?\b"),
    ("Ukraine", r"\bUkrainians?\b"),
    ("Russia", r"\bRussians?\b"),
    ("Turkey", r"\bTurk(?:s|ish)\b"),
    ("Lebanon", r"\bLebanese\b"),
    ("Palestinian", r"\bPalestinians?\b"),
    ("Yemen", r"\bYemenis?\b"),
    ("Kurdish", r"\bKurd(?:s|ish)?\b|\bPeshmerga\b"),
    ("Coalition", r"\b[Cc]oalition\b"),
    ("SDF", r"\bSDF\b|\bSyrian\s+Democratic\s+Forces\b"),
    ("civilian", r"\bcivilians?\b"),
    ("contractor", r"\bcontractors?\b"),
]
_FLOOR = re.compile(r"(?:at\s+least|more\s+than|over|as\s+many\s+as|dozens|scores|hundreds|"
                    r"several|(?:a\s+)?few)\b", re.I)
_PARTITIVE = re.compile(r"\bof\s+(?:the|those|these|them)\b", re.I)
# ("two other fighters were wounded": others than those counted before, more of the toll)
_ADDED = re.compile(r"\b(?:another|additional|further|more|other)\b(?!\s+than)", re.I)
# "a guard had also been hurt", "were also killed": more of the toll told before
_ALSO_VERB = re.compile(r"(?:,[^,;]{1,60},)?\s+(?:(?:is|are|was|were|have|has|had)\s+)?"
                        r"also\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt)\b",
                        re.I)
_DEMONYM = re.compile(r"\b(?!(?:Christian|Muslim|Sunni|Shiite|Shia|Reserve|Guardian|Veteran)\b)"
                      r"[A-Z][a-z]{2,}(?:ian|ese|ish|ani|ali|ino|ina|ean|i)\b")
_PARTY_RES = [(name, re.compile(p)) for name, p in PARTIES]


@dataclass(frozen=True)
class Casualty:
    start: int  # the words giving the count
    end: int
    kind: str  # "killed" or "wounded"
    count: int | None  # None when vague ("several militants")
    party: str
    wording: str = ""  # the count as written: "more than 40", "dozens"
    added: bool = False  # "two more contractors", "another soldier": on top of those told
    partitive: bool = False  # "one of the service members": part of a group already counted
    total: bool = False  # "the death toll rose to 12": the whole count so far
    from_wounded: bool = False  # "one of the wounded later died": moved from wounded to killed
    kind_unsaid: bool = False  # "the count rose to five": a total whose noun names no kind
    rise: bool = False  # "rose to six", "raising the toll to three": a total that only grows
    # "three Americans were hurt; the Pentagon later put the number at four": a total of one
    # party's count, replacing that party's rows only
    party_total: bool = False

    @property
    def is_floor(self) -> bool:
        """'more than 40', 'at least 12', 'dozens': a lower bound a later tally may raise."""
        return self.count is None or bool(_FLOOR.match(self.wording))

    @property
    def is_total(self) -> bool:
        """'the death toll rose to 12': the whole count so far, replacing earlier ones."""
        return self.total


def _count(num: str) -> int | None:
    words = num.lower().split()
    core = " ".join(w for w in words if w not in ("at", "least", "more", "than", "about",
                                                    "nearly", "some", "up", "to", "as",
                                                    "many", "around", "approximately",
                                                    "roughly", "further", "total", "of",
                                                    "another", "additional"))
    if core in ("a", "an") or (not core and words[-1:] in (["another"], ["additional"])):
        return 1  # "one killed and another wounded"
    if core.startswith(("a hundred", "a thousand")):
        core = "one" + core[1:]
    if core.startswith(("a ", "an ")) and core not in ("a dozen", "a few"):
        core = core.split(" ", 1)[1]  # "a further three" -> three
    if not core:
        return None
    if core.replace(",", "").isdigit():
        return int(core.replace(",", ""))
    if core in ("several", "dozens", "scores", "hundreds", "few", "a few"):
        return None
    value = word_value(core)
    return int(value) if value is not None else None


def _party(np: str) -> str:
    for name, pattern in _PARTY_RES:
        if pattern.search(np):
            return name
    other = _DEMONYM.search(np)  # "Filipino crew members", "Somali soldiers"
    return other.group(0) if other else "unspecified"


def _kind(verb: str) -> str:
    return "killed" if verb.lower().startswith(("kill", "kia", "dead", "death", "died", "bodies",
                                                 "martyr", "neutrali", "sent")) else "wounded"


_OTHER_ONLY = re.compile(r"\bother\b", re.I)
_LATER_REPORTS = re.compile(r"\s*(?:Later|Updated|Subsequent|Revised|More\s+recent)\s+"
                            r"(?:reports?|reporting|figures|information|accounts?)\b")


def _other_than_told(text: str, found: list[Casualty]) -> list[Casualty]:
    """"one guard was killed and four other people were injured": "other" sets the hurt apart
    from the dead just counted in the sentence, not on top of a count told before."""
    out = []
    for c in found:
        if c.added and c.kind == "wounded" and _OTHER_ONLY.search(text, c.start, c.end) and \
                not re.search(r"\b(?:another|additional|further|more)\b", text[c.start:c.end],
                              re.I) and any(b.kind == "killed" and b.count and b.end <= c.start
                                            for b in found):
            c = replace(c, added=False)
        out.append(c)
    return out


def _next_item(text: str, pos: int, end: int) -> int | None:
    for sep in SEPARATORS:
        m = sep.match(text, pos, end)
        if m and ITEM_RE.match(text, m.end(), end):
            return m.end()
    return None


# Every way of telling a toll has one of these words: most sentences are skipped at once.
# (a word's start and its first letter first: the engine skips the other words at once)
ANY_TOLL = re.compile(r"\b(?=[kwihdbtcsreamnKWIHDBTCSREAMN])(?i:kill|wound|injur|hurt|dead|bodies|"
                       r"toll|casualt|wia|kia|suffer|burns|sustain|diagnos|treated|evaluated|"
                       r"received|assassinat|died|succumb|martyr|neutrali|sent\s+to\s+hell|"
                       r"th(?:at|is)\s+(?:(?:number|figure|count|tally)\s+)?to\s)")


def find_casualties(text: str, start: int, end: int) -> list[Casualty]:
    """Casualty counts in text[start:end] (offsets absolute)."""
    found: list[Casualty] = []
    if not ANY_TOLL.search(text, start, end):
        return found
    for m in ACTIVE_RE.finditer(text, start, end):
        kind = _kind(m.group("verb"))
        pos = m.end()
        while True:
            item = ITEM_RE.match(text, pos, end)
            if not item:
                bare = BARE_RE.match(text, pos, end) if pos == m.end() else None
                if bare and _count(bare.group("num")):
                    found.append(Casualty(bare.start(), bare.end(), kind,
                                          _count(bare.group("num")), "unspecified",
                                          bare.group("num")))
                elif pos == m.end() and (one := _ONE_ROLE.match(text, pos, end)):
                    found.append(Casualty(one.start(), one.end(), kind, 1,
                                          _party(one.group(0)), one.group("det")))
                break
            count = _count(item.group("num"))
            kin = _KIN_AFTER.match(text, item.end(), end) if count else None
            # "wounding a woman and her child": one more hurt
            found.append(Casualty(item.start(), kin.end() if kin else item.end(), kind,
                                  count + 1 if kin and count else count,
                                  _party(item.group("np")), item.group("num")))
            pos = _next_item(text, found[-1].end, end)
            if pos is None or _OWN_VERB.match(text, ITEM_RE.match(text, pos, end).end(), end):
                break  # "killing one person, and two people were wounded": a verb of its own
    for m in NAMED_KILLED_RE.finditer(text, start, end):
        if not any(c.start <= m.start("np") < c.end for c in found):
            found.append(Casualty(m.start("np"), m.end("np"), "killed", 1, _party(m.group("np"))))
    suffered = _SUFFER_CUE.search(text, start, end) is not None  # a cheap test first
    chunk = text[start:end]
    shorthand = "KIA" in chunk or "WIA" in chunk
    dead_verb = _DEAD_CUE.search(text, start, end) is not None
    caused = _CAUSE_CUE.search(chunk) is not None  # (one test for both patterns it gates)
    low = chunk.lower()  # (ASCII only: re.I folds a few other letters onto a-z)
    passive = not chunk.isascii() or any(w in low for w in _PASSIVE_VERBS)
    verb_after: list[Casualty] = []  # groups whose verb follows them: "X and Y were hurt"
    for pattern in (PASSIVE_RE if passive else None, INJURIES_TO_RE,
                    SUFFERED_RE if suffered else None,
                    TREATED_RE if suffered else None, WITH_COUNT_RE if suffered else None,
                    CAUSING_RE if caused else None, HARM_OF_RE if caused else None,
                    BODIES_RE, ACRONYM_RE if shorthand else None,
                    SHORTHAND_RE if shorthand else None, LEAVING_RE, HOSPITAL_RE,
                    DEAD_VERB_RE if dead_verb else None,
                    DEAD_WHO_RE if dead_verb else None,
                    DIED_RE if "died" in chunk else None,
                    TIMES_X_RE if " x " in chunk or "×" in chunk else None):
        for m in pattern.finditer(text, start, end) if pattern else ():
            if any(c.start <= m.start("num") < c.end for c in found):
                continue
            if pattern is DIED_RE and _HURT_BEFORE.search(m.group("np")):
                continue  # "two of the wounded soldiers died": counted as moved, not new
            verb = m.groupdict().get("verb") or (
                "killed" if pattern in (BODIES_RE, HOSPITAL_RE) else "injured")
            party = _party(m.group("np"))
            if pattern is WITH_COUNT_RE:  # the vague group it counts: "several U.S. troops"
                party = next((c.party for c in reversed(found) if c.count is None
                              and c.end <= m.start()), party)
            count = _count(m.group("num"))
            if pattern is PASSIVE_RE and count and _ONE_KIN.fullmatch(m.group("beside") or ""):
                count += 1  # "a farmer and his son were wounded": one more hurt
            found.append(Casualty(m.start("num"), m.end("np"), _kind(verb),
                                  count, party, m.group("num")))
            if pattern in (PASSIVE_RE, SUFFERED_RE, ACRONYM_RE, SHORTHAND_RE):
                verb_after.append(found[-1])
    if dead_verb:
        found = _named_dead(text, start, end, found)
    found += _listed_before(text, start, found, verb_after)
    found += _terse(text, start, end, found)
    found += _clause_counts(text, start, end, found)
    if "more" in chunk or _BARE_SUBJECT.match(text, start, end):
        found += _bare_counts(text, start, end, found)
    found = [replace(c, added=bool(_ADDED.search(text, c.start, c.end) or (
                     "also" in chunk and _ALSO_VERB.match(text, c.end, end))),
                     partitive=bool(_PARTITIVE.search(text, c.start, c.end))) for c in found]
    if " other " in chunk:
        found = _other_than_told(text, found)
    if found and _LATER_REPORTS.match(text, start, end):
        # "Later reporting from the ministry states that one was killed and four injured":
        # the whole toll as now known, replacing a first count (not more on top of it)
        found = [replace(c, total=True) if c.count and not (
            c.added or c.partitive or c.from_wounded or c.is_floor) else c for c in found]
    found = _with_updates(text, start, end, found)
    for m in ELLIPTIC_RE.finditer(text, start, end):
        if any(c.start <= m.start("num") < c.end for c in found):
            continue  # "and 11 others were wounded", already read as a group of its own
        if any(c.total and c.kind == _kind(m.group("verb")) and m.end() <= c.start
               for c in found):
            continue  # "one killed and two wounded; later revised to three wounded"
        before = [c for c in found if c.end <= m.start()]
        # "two soldiers were killed and four were wounded": the same group; "and three
        # others": not said whose
        party = _party(m.group("np")) if m.group("np") else before[-1].party if before and \
            "other" not in m.group(0) else "unspecified"
        found.append(Casualty(m.start("num"), m.end("num"), _kind(m.group("verb")),
                              _count(m.group("num")), party, m.group("num")))
    if _ORDINAL_CUE.search(chunk):
        found = _ordinal(text, start, end, found)
    if found and _PERIOD_CUE.search(chunk):  # (a sentence that tells of a period)
        found = [c for c in found if not _RUNNING.match(text, c.start, end)]
    if found and "across" in chunk:  # "nine killed across all the incidents": a sum
        found = [c for c in found if not _ACROSS_ALL.match(text, c.start, end)]
    if found and _DENIED_CUE.search(chunk):
        found = _not_denied(text, end, found)
    if any(1900 <= (c.count or 0) <= 2099 for c in found):
        found = [c for c in found if not _is_year(text, c)]
    if len(found) > 2:
        found = _broken_down(text, found)
    return found


# "four people, three soldiers and a contractor": a count, then who they were
_BREAKDOWN_OPEN = re.compile(r"\s*(?:[,:;]|[–—-]{1,2})\s*(?:including\s+|namely\s+)?")
_BREAKDOWN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _broken_down(text: str, found: list[Casualty]) -> list[Casualty]:
    """A count followed at once by the parties it is made of ("put the number of injured
    at three, two contractors and a soldier") counts those people once, not twice: the
    parties stand for a plain count; a total ("the toll rose to five: ...") keeps its
    total and the parties go, so it still replaces the earlier count."""
    rows = sorted(found, key=lambda c: c.start)
    drop: set[int] = set()
    for i, whole in enumerate(rows):
        if whole.party != "unspecified" or whole.is_floor or (whole.count or 0) < 2:
            continue
        opened = _BREAKDOWN_OPEN.match(text, whole.end)
        parts: list[Casualty] = []
        pos = opened.end() if opened else -1
        for c in rows[i + 1:]:
            if c.start != pos or c.kind != whole.kind or c.count is None or c.total:
                break
            parts.append(c)
            join = _BREAKDOWN_JOIN.match(text, c.end)
            pos = join.end() if join else -1
        if len(parts) < 2 or sum(c.count or 0 for c in parts) != whole.count:
            continue
        drop |= {id(c) for c in parts} if whole.total else {id(whole)}
    return [c for c in found if id(c) not in drop] if drop else found


# "the group named six 'martyrs'", "later mourned four of its fighters as martyrs": the dead a
# group itself counts; told "later", its count replaces the one told before it (in the same
# sentence: no update of an earlier happening)
NAMED_DEAD_RE = re.compile(
    rf"\b(?P<later>later\s+)?(?:named|identified|mourned|eulogi[sz]ed)\s+(?P<num>{_NUM})\s+"
    r"(?:of\s+its\s+(?:own\s+)?)?(?:[\"“'‘]?martyrs\b|(?:fighters|members)\s+as\s+[\"“'‘]?martyrs\b)",
    re.I)


def _named_dead(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    for m in NAMED_DEAD_RE.finditer(text, start, end):
        count = _count(m.group("num"))
        if count is None or any(c.start <= m.start("num") < c.end for c in found):
            continue
        if m.group("later"):
            found = [c for c in found if not (c.kind == "killed" and c.end <= m.start())]
        found.append(Casualty(m.start("num"), m.end(), "killed", count, "unspecified",
                              m.group("num")))
    return found


# "Initial reports that a guard had been wounded were later corrected": a count told as a
# report, then taken back in the same sentence, counts no one
_DENIED_CUE = re.compile(r"(?i:corrected|denied|retracted|withdrawn|false|untrue|wrong|incorrect)")
_REPORT_THAT = re.compile(r"\b(?:reports?|claims?|accounts?|rumou?rs?)\s+(?:\w+\s+){0,3}?that\s+"
                          r"[^;]*$", re.I)
_TAKEN_BACK = re.compile(r"[^;.]*?\b(?:were|was|have\s+been|has\s+been|had\s+been|proved|proven)"
                         r"\s+(?:later\s+|since\s+|subsequently\s+|quickly\s+|officially\s+)?"
                         r"(?:corrected|denied|retracted|withdrawn|(?:to\s+be\s+)?(?:false|untrue|"
                         r"wrong|incorrect|unfounded))\b", re.I)


def _not_denied(text: str, end: int, found: list[Casualty]) -> list[Casualty]:
    return [c for c in found if not (
        _REPORT_THAT.search(text, max(0, c.start - 80), c.start)
        and _TAKEN_BACK.match(text, c.end, end))]


# "In January 2024 three soldiers were killed": a year after a month or "in" is no toll.
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|by|of|during|early|late|mid|spring|summer|"
                          r"autumn|fall|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|"
                          r"Dec)[a-z]*\.?|\d)[\s-]*$", re.I)


def _is_year(text: str, c: Casualty) -> bool:
    if not (1900 <= (c.count or 0) <= 2099 and c.wording.strip(" ,").isdigit()):
        return False
    return bool(_YEAR_BEFORE.search(text, max(0, c.start - 12), c.start))


# "nine people were killed and seven wounded across all incidents this week": a sum over many
# happenings, no one happening's toll
_ACROSS_ALL = re.compile(r"[^.;]{0,120}?\bacross\s+(?:all\s+(?:of\s+)?|the\s+|these\s+|those\s+)"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:incidents|attacks|strikes|raids|"
                         r"assaults|events)\b")


# "62 personnel had suffered minor injuries in attacks since October 17", "three soldiers have
# been wounded since January", "as of today 46 were hurt in those attacks": a running tally
# over a period, no one attack's toll ("has killed 24 since Tuesday" counts the happening
# that began that day; "the deadliest since 2020" has no perfect tense and no attacks counted)
_PERIOD_CUE = re.compile(r"(?i:since|as\s+of)\b")
_RUNNING = re.compile(
    r"[^.;]{0,120}?(?:\b(?:in|during|from)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents|raids|assaults)|"
    r"\b(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?[a-z]+ed\b[^.;]{0,80}?)\s+since\s+"
    # ("had since returned to duty": 'since' as an adverb, no period counted)
    r"(?!(?:been|[a-z]+ed)\b)"
    r"(?!(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|last\s+night|this\s+morning|dawn|daybreak)\b)|"
    # "as of today 46 personnel have been injured in those attacks": the sum over the attacks
    # of the period ("three were killed in those strikes" alone may be one day's strikes)
    r"[^.;]{0,120}?\b(?:in|during|from)\s+(?:all\s+(?:of\s+)?)?(?:those|these)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|raids|incidents|assaults)\b")


# "Three were injured in the first strike", said as an answer: a bare count, the sentence's
# subject; "and two more reported symptoms of concussion": more hurt, told the same way
_BARE_SUBJECT = re.compile(
    rf"\W*(?P<num>{_NUM})\s+(?P<np>(?:more\s+)?)(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\b", re.I)
_BARE_MORE = re.compile(
    rf"\b(?P<num>{_NUM})\s+(?P<np>more)\s+(?:later\s+)?(?:(?:were|was)\s+)?(?:reported|"
    r"suffered|showed|developed|diagnosed\s+with)\s+(?:symptoms\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<verb>injur(?:y|ies)|concussions?|wounds)\b", re.I)


def _bare_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """Counts with no group named: the sentence's bare subject, and "N more" hurt."""
    out: list[Casualty] = []
    m = _BARE_SUBJECT.match(text, start, end)
    ms = [m] if m else []
    ms += list(_BARE_MORE.finditer(text, start, end))
    for m in ms:
        if any(c.start <= m.start("num") < c.end for c in found) or not _count(m.group("num")):
            continue
        out.append(Casualty(m.start("num"), m.end("np"), _kind(m.group("verb")),
                            _count(m.group("num")), "unspecified", m.group("num"),
                            added=bool(m.group("np"))))
    return out


def kinds_resolved(known: list[Casualty], later: list[Casualty]) -> list[Casualty]:
    """later, with a total whose noun names no kind ("the count had risen to five") read as
    a count of the wounded when only the wounded have been counted so far: a revised count of
    the hurt must never turn them into dead. Otherwise it stays a toll of the dead."""
    if not any(c.kind_unsaid for c in later):
        return later
    told = [c for c in (*known, *later) if c.count and not c.kind_unsaid]
    if any(c.kind == "killed" for c in told) or not any(c.kind == "wounded" for c in told):
        return later
    return [replace(c, kind="wounded") if c.kind_unsaid else c for c in later]


_DEATH_WORD = re.compile(r"\b(?:kill|dead|death|died|dies|fatal|bodies)", re.I)


def _hurt_in_sentence(text: str, start: int, end: int, totals: list[Casualty]) -> list[Casualty]:
    """totals, with a count whose noun names no kind read as the wounded when its sentence
    speaks only of the hurt ("said there were no injuries, then raised the count to four
    troops treated for concussion"): a revised count of injuries never makes dead."""
    if not any(c.kind_unsaid for c in totals):
        return totals
    if not _HURT_NOUN.search(text, start, end) or _DEATH_WORD.search(text, start, end):
        return totals
    return [replace(c, kind="wounded", kind_unsaid=False) if c.kind_unsaid else c
            for c in totals]


def _with_updates(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """found, with the news that changes an earlier toll: new totals (replacing the counts
    they restate), the dead who had been counted wounded, and counts given as a revision."""
    totals: list[Casualty] = []
    chunk = text[start:end]  # (ASCII: the cue's words found in the lower-cased copy, cheaper)
    if not (any(w in chunk.lower() for w in _UPDATE_WORDS) if chunk.isascii()
            else _UPDATE_CUE.search(text, start, end)):
        return found  # no toll, death or revision word: most sentences
    for m in TOLL_RISE_RE.finditer(text, start, end):  # "the death toll rose to 12"
        hurt = bool(_HURT_NOUN.search(m.group("noun")))
        unsaid = not _KIND_NOUN.search(m.group("noun"))
        said = _said_after(text, m.start("num"), end) if unsaid else None
        if said:  # "the count had risen to five U.S. troops wounded": kind and group said after
            hurt, unsaid = said[0] != "killed", False
        totals.append(Casualty(m.start("num"), m.end("num"), "wounded" if hurt else "killed",
                               _count(m.group("num")), said[1] if said else "unspecified",
                               m.group("num"),
                               total=True, kind_unsaid=unsaid,
                               rise=bool(_RISE.search(m.group(0)))))
        # "had risen to four, along with a civilian contractor": one more of that kind
        more = _ALONG_WITH.match(text, m.end("num"), end)
        if more:
            totals.append(Casualty(more.start("num"), more.end("np"), totals[-1].kind,
                                   _count(more.group("num")), _party(more.group("np")),
                                   more.group("num"), added=True))
    for m in _THAT_NUMBER.finditer(text, start, end):
        # "raised that number to five": the count just told, of the kind it counted (none
        # told just before: a count of something else, troops or sorties)
        kinds = _KIND_BEFORE.findall(text, max(0, m.start() - 250), m.start())
        if kinds:
            kind = _kind(kinds[-1])
            # the count it restates, told in this sentence: that group's new count
            told = next((c for c in reversed(found) if c.kind == kind and c.end <= m.start()
                         and c.party != "unspecified"), None)
            g = "num" if m.group("num") else "num2"
            totals.append(Casualty(m.start(g), m.end(g), kind,
                                   _count(m.group(g)), told.party if told else "unspecified",
                                   m.group(g), total=True,
                                   rise=bool(_RISE.search(m.group(0))),
                                   party_total=told is not None))
    for m in TOLL_SET_RE.finditer(text, start, end):
        # "raises the toll to two American soldiers and three Somalis", "to 16 killed and 24
        # injured": the first group replaces its kind, the rest add to it
        noun = m.group("noun") or m.group("noun2")
        hurt = bool(_HURT_NOUN.search(noun))
        whose = _party(m.group("whose")) if m.group("whose") else "unspecified"
        pos: int | None = m.end()
        first = True
        while pos is not None:
            told = _COUNT_KIND.match(text, pos, end)
            item = None if told else ITEM_RE.match(text, pos, end)
            # "raised the number of injured to six": the kind is the toll's
            got = told or item or (_BARE_COUNT.match(text, pos, end) if first else None)
            if got is None:
                break
            kind = _kind(told.group("verb")) if told else ("wounded" if hurt else "killed")
            after = _KIND_AFTER.match(text, item.end(), end) if item else None
            if after:  # "raised the toll to two civilians injured": the kind said after
                kind = _kind(after.group("verb"))
            party = _party(item.group("np")) if item else whose
            totals.append(Casualty(got.start(), got.end(), kind, _count(got.group("num")), party,
                                   got.group("num"), total=first or told is not None,
                                   kind_unsaid=not (told or _KIND_NOUN.search(noun)),
                                   rise=bool(_RISE.match(m.group(0)))))
            first = False
            nxt = _AND_NEXT.match(text, got.end(), end)
            pos = nxt.end() if nxt and nxt.end() > got.end() else None
    if totals:  # a total is the count it restates ("to 16 killed and 24 injured")
        found = [c for c in found if not any(t.start <= c.start < t.end or c.start <= t.start <
                                             c.end for t in totals)]
        totals = kinds_resolved(found, totals)  # "wounding three, ... the count rose to five"
        totals = _hurt_in_sentence(text, start, end, totals)
        # "raised the count to four": read as a set total and as "that count", once
        totals = [t for t in totals if not any(
            o is not t and o.start == t.start and o.count == t.count and o.end > t.end
            for o in totals)]
        # "killing three, and by Thursday the toll had risen to five": the total replaces
        # the count of its kind told before it, as a later sentence's would
        found = [c for c in found if not any(t.total and t.kind == c.kind and c.end <= t.start
                                             for t in totals)]
    found += totals
    for m in DIED_OF_WOUNDS.finditer(text, start, end):
        count = 1 if m.group("pron") else _count(m.group("num"))
        # "a man who was wounded ... has died": the same man, now counted dead
        found = [c for c in found if not (c.kind == "wounded" and c.count == count and
                                          m.start() - 160 <= c.start < m.start())]
        found.append(Casualty(m.start(), m.end(), "killed", count, "unspecified",
                              m.group("num") or "", from_wounded=True))
    chunk = text[start:end]
    if "died" in chunk or "succumb" in chunk or "martyr" in chunk:
        for m in DIED_AFTER_HURT.finditer(text, start, end):
            count = _count(m.group("num")) if m.group("num") else 1
            # the main verb ("was martyred") told this death already: it moves, not adds
            if any(c.from_wounded and m.start() <= c.start < m.end() for c in found):
                continue  # "... has died of his wounds": read above
            told = [c for c in found if c.kind == "killed" and c.count == count
                    and m.start() <= c.start < m.end()]
            party = told[0].party if told else "unspecified"
            found = [c for c in found if c not in told]
            # (placed at its verb, as "died of his wounds" is: the death is news of now)
            found.append(Casualty(m.start("verb"), m.end(), "killed", count, party,
                                  m.group("num") or "", from_wounded=True))
    revised = REVISED.search(text, start, end)
    if revised:  # "now assesses that the strike killed five": the new count of its kind
        found = [replace(c, total=True) if c.start >= revised.end() else c for c in found]
    later = LATER_COUNT.search(text, start, end) if not revised else None
    if later:
        found = [replace(c, total=True) if c.start >= later.end() and _EVERYONE.match(
            text, c.start + len(c.wording), c.end + 8) else c for c in found]
    first = _FIRST_SAID.search(text, start, end)
    if first:
        # "The army initially said one soldier was hurt; an official later said two were":
        # the first count, told again in the same sentence, gives way to the newer one
        newer = {c.kind for c in found if c.start > first.end() and not c.added}
        found = [c for c in found if not (
            first.end() <= c.start and c.kind in newer and not c.added and any(
                d.kind == c.kind and d.start > c.end and not d.added for d in found))]
    return found


# "initially said one", "said at first that two": a count as it was first given
_FIRST_SAID = re.compile(r"\b(?:initially|originally|at\s+first)\b", re.I)


def _terse(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'1 crew killed, 2 injured.': a toll with no verb, opening its sentence or cell."""
    more: list[Casualty] = []
    if not any(not _AUX_BEFORE.search(text, max(start, m.start() - 20), m.start())
               for m in _TERSE_CUE.finditer(text, start, end)):
        return more  # no toll word ending a phrase without its verb: most sentences
    for at in [start] + [m.end() for m in _TERSE_LEADS.finditer(text, start, end)]:
        m = TERSE_RE.match(text, at, end) or TERSE_BARE_RE.match(text, at, end)
        if m is None or any(c.start <= m.start("num") < c.end for c in found):
            continue
        more.append(Casualty(m.start("num"), m.end("np"), _kind(m.group("verb")),
                             _count(m.group("num")), _party(m.group("np")) if m.re is TERSE_RE
                             else "unspecified", m.group("num")))
        nxt = _TERSE_NEXT.match(text, m.end(), end)
        if nxt:
            more.append(Casualty(nxt.start("num"), nxt.end("num"), _kind(nxt.group("verb")),
                                 _count(nxt.group("num")), more[-1].party, nxt.group("num")))
    return more


def _clause_counts(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'; 26 were wounded': a bare count opening a clause after a semicolon, or a sentence
    in figures ("Two were hurt." opening a sentence is as often a part of a group told)."""
    more: list[Casualty] = []
    if text.find(";", start, end) < 0 and not text[start:start + 1].isdigit():
        return more
    for at in [start] + [m.end() for m in _CLAUSE_LEADS.finditer(text, start, end)]:
        m = CLAUSE_RE.match(text, at, end)
        if m is None or any(c.start <= m.start("num") < c.end for c in found) or \
                at == start and not m.group("num")[:1].isdigit():
            continue
        more.append(Casualty(m.start("num"), m.end("num"), _kind(m.group("verb")),
                             _count(m.group("num")), "unspecified", m.group("num")))
    return more


def _ordinal(text: str, start: int, end: int, found: list[Casualty]) -> list[Casualty]:
    """'a second crew member was injured': the toll of its kind so far is two."""
    for m in ORDINAL_RE.finditer(text, start, end):
        kind = "killed" if m.group("verb").lower() in ("killed", "died") else "wounded"
        found = [c for c in found if not (m.start() <= c.start < m.end() + 12)]
        found.append(Casualty(m.start("num"), m.end("np"), kind, _ORDINALS[m.group("num").lower()],
                              _party(m.group("np")), m.group("num"), total=True))
    for m in NEXT_OF_GROUP_RE.finditer(text, start, end):
        # "two guards were killed and a third was wounded": one more of that group, hurt
        # otherwise; the ordinal must follow the group's count ("a third" after two)
        before = [c for c in found if c.end <= m.start()]
        if before and before[-1].count == _ORDINALS[m.group("num").lower()] - 1 and \
                m.start() - before[-1].end <= 40 and not any(
                    m.start() <= c.start < m.end() for c in found):
            found.append(Casualty(m.start("num"), m.end("num"), _kind(m.group("verb")), 1,
                                  before[-1].party, m.group("num")))
    return found


# "... and a third was wounded": the ordinal alone, one more of the group just counted
NEXT_OF_GROUP_RE = re.compile(
    r"\band\s+a\s+(?P<num>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:(?:one\s+)?(?:was|has\s+been|had\s+been)\s+)(?:\w+ly\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\b", re.I)


_ALONG_WITH = re.compile(rf"\s*,?\s+(?:along\s+with|as\s+well\s+as|plus)\s+{ITEM}", re.I)
_KIND_AFTER = re.compile(r"\s+(?:(?:were|was)\s+)?(?:[a-z]+ly\s+)?"
                         r"(?P<verb>killed|dead|wounded|injured|hurt)\b")


def _said_after(text: str, pos: int, end: int) -> tuple[str, str] | None:
    """The kind a count names after its group, and the group ("five U.S. service members
    wounded": wounded, U.S.), or None."""
    item = ITEM_RE.match(text, pos, end)
    if item is None:
        return None
    after = _KIND_AFTER.match(text, item.end(), end)
    return (_kind(after.group("verb")), _party(item.group("np"))) if after else None


_THAT_NUMBER = re.compile(
    r"\b(?:rais(?:es|ed|ing)|revis(?:es|ed|ing)|lower(?:s|ed|ing)|updat(?:es|ed|ing)|"
    # "officials first said three were hurt; the Pentagon later put the number at four"
    # ("On Monday it raised that to four": the count just told, its noun left out)
    r"puts?|putting)\s+(?:(?:that|this)(?:\s+(?:number|figure|count|tally))?|"
    r"the\s+(?:number|figure|count|tally))\s+(?:to|at)\s+"
    # ("raised that to five percent": a measure, not a count of people)
    rf"(?P<num>{_NUM})\b(?!\s*(?:%|percent|per\s+cent|million|billion|times|years|months|"
    r"days|weeks|hours|minutes|km|kilomet|miles|met(?:er|re)s|dollars))"
    # "six wounded, a figure it raised to eight": the same, told as an aside on the count
    r"|\ba\s+(?:number|figure|count|tally)\s+(?:that\s+|which\s+)?(?:it|they|he|she|officials|"
    r"the\s+\w+)\s+(?:later\s+)?(?:raised|revised|lowered|updated|put)\s+(?:to|at)\s+"
    rf"(?P<num2>{_NUM})\b"
    r"(?!\s+(?:percent|per\s+cent|troops|soldiers|personnel|aircraft|jets|sorties)\b)", re.I)
_KIND_BEFORE = re.compile(r"\b(?:killed|dead|died|wounded|injured|injury|injuries|hurt)\b",
                          re.I)
_HURT_BEFORE = re.compile(r"wound|injur|hurt", re.I)
# "two soldiers from the 10th Mountain Division and an interpreter": a unit named after a
# group of the list, before the joint
# (the group's own match may have taken "from the" already)
_UNIT_JOINT = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?|(?<=\sthe)\s+|(?<=\sfrom)\s+)"
                         r"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,4}(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _listed_before(text: str, start: int, found: list[Casualty],
                   verb_after: list[Casualty]) -> list[Casualty]:
    """'three SDF fighters and a civilian contractor were wounded': the passive verb follows
    the last group only; the groups listed before it share it."""
    more: list[Casualty] = []
    for c in verb_after:
        head = c.start
        while True:
            prev = None
            for item in ITEM_RE.finditer(text, max(start, head - 120), head):
                sep = next((m for m in (s.fullmatch(text, item.end(), head)
                                        for s in (SEPARATORS[0], _UNIT_JOINT)) if m), None)
                if sep:
                    prev = item
            if prev is None or any(o.start < prev.end() and prev.start() < o.end
                                   for o in found + more):
                break
            more.append(Casualty(prev.start(), prev.end(), c.kind, _count(prev.group("num")),
                                 _party(prev.group("np")), prev.group("num")))
            head = prev.start()
    return more
