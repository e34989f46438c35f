"""The sentence shapes that tell a toll with a verb: "killing two soldiers", "three guards
were wounded", "suffered burns", "5 SM WIA", "medics received 12 bodies".

Kept apart from find_casualties so the reading order there stays short to follow."""

from __future__ import annotations

import re

from briefdeck.extract.toll_words import (
    COUNT_STARTS,
    GROUP_NOUN,
    GROUP_WORD,
    ITEM,
    NUM,
    RELATIVE,
    SMALL_NUMBER,
)

# A named person killed: "the U.S. killed Iranian Maj. Gen. Qassem Soleimani".
NAMED_KILLED_RE = re.compile(
    r"\b(?:killed|kills|killing|assassinated)\s+(?P<np>(?:(?:Iranian|Iraqi|Syrian|senior|top|"
    r"the)\s+)*(?:(?:Maj\.|Lt\.|Brig\.|Gen\.|Col\.|Capt\.|General|Colonel|commander|"
    # ("killing Sgt. Tomas Rivera Ortiz, 26,": an enlisted rank names one of the dead too)
    r"(?:Staff|Master|Gunnery|First|Lance)\s+(?:Sgt\.|Sergeant|Cpl\.)|Sgt\.|Sergeant|1st\s+Class|"
    r"Cpl\.|Corporal|Pfc\.|Pvt\.|Spc\.|Specialist|(?:Chief\s+)?Petty\s+Officer|Cmdr\.|"
    r"Adm\.)\s+)+"
    r"[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+"
    # "killed Kamel Abbas Srour, whom ...": a person's name of two words or more, no rank
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    # ("Hussein Ali al-Amiri": an Arabic surname's article joined by a hyphen)
    r"[A-Z][a-z]+(?:\s+(?:(?:al|el|ad|ash|as|an|ar|at|az)-)?[A-Z][a-z'’-]+){1,3}"
    r"(?=\s*[,.;]|\s+(?:who|whom|in|on|near)\b))"
)
# "killed Omar Haddad, 61, and his son Sami, 24,": one more of the dead, a kinsman named with him
AND_KIN_NAMED = re.compile(
    r"(?:,\s+\d{1,3})?(?:,\s+(?:an?|the)\s+[\w -]{1,30}?)?,?\s+and\s+(?:his|her)\s+"
    r"(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin)\s+"
    r"[A-Z][a-z'’-]+(?=[\s,.;])")
# "Two dock workers were killed and four were wounded"; "killing nine people and wounding 43".
ELLIPTIC_RE = re.compile(
    # "16 people were killed and 25 wounded": the copula may be left out after the first verb
    # ("... were killed and about 30 soldiers wounded": a group of its own may be named)
    # ("one was killed and two more were wounded": more than the dead, the same toll)
    rf"\band\s+(?P<num>{NUM}|another)(?:\s+others?|\s+more|"
    rf"\s+(?P<np>(?:{GROUP_WORD}\s+){{0,2}}{GROUP_NOUN}))?"
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
    # ("troops neutralized six militants": an army's word for its enemy dead, told actively)
    r"martyr(?:ing|ed|s)|neutrali[sz](?:ing|ed|es))\s+(?=\S)",
    re.I
)
# "the blast wounded its driver", "killed the truck's driver": one person, named by role
ONE_ROLE = re.compile(r"(?P<det>its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:driver|pilot|"
                      r"co-pilot|guard|gunner|operator|navigator)\b(?![\w-])", re.I)
# "two soldiers guarding the gate were hurt", "serving with the UN mission in Lebanon": a
# participle phrase between, of up to seven words ("adding that nine others were wounded"
# tells another count)
# ("a guard posted at the perimeter was also wounded": where the one hit served)
_PARTICIPLE = (r"(?:\s+(?:[a-z]+ing|posted|stationed|deployed|based|assigned)"
               r"(?:\s+(?!(?:is|are|was|were|and|that|had|have|has)\b)[\w'’-]+){0,7}?)?")
# "two soldiers at a nearby border post were wounded": where those hit stood, told without
# a participle
# ("a guard at the airport's outer gate": a place's name and a word of its own before it)
# ("two colleagues at Kestrel Air Base in Ruritania were hurt": a named base, and its country)
_POSTED_AT = (r"(?:\s+(?:at|in)\s+(?:(?:a|an|the)\s+(?:nearby\s+)?(?:[a-z'’-]+\s+){0,2}?"
              r"(?:post|checkpoint|outpost|position|base|camp|gate)\b|"
              r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:Air\s+)?Base(?:\s+in\s+[A-Z][a-z]+)?)\b))?")
_LONG_PARTICIPLE = (r"(?:\s+[a-z]+ing(?:\s+(?!(?:is|are|was|were|and|had|have|has)\b)"
                    r"[\w'’-]+){0,7}?)?")
# "and his son": one relative beside the group counted, hurt with it ("and their families":
# how many is not said)
ONE_KIN = re.compile(r"son|daughter|wife|husband|brother|sister|father|mother|child|baby|"
                     r"nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|"
                     r"grandmother|fianc[ée]e?", re.I)
# ("and her adult son", "and his elderly father", "and his 12-year-old son": one word or an
# age may describe the relative)
KIN_AFTER = re.compile(rf"\s+and\s+(?:his|her|their)\s+(?:[a-z]+\s+|\d{{1,2}}-year-old\s+)?"
                       rf"(?:{ONE_KIN.pattern})\b",
                       re.I)
PASSIVE_RE = re.compile(
    # "Three soldiers, all Army reservists from Georgia, were killed": an aside between
    # "460 patients and their companions were killed": the group with those beside it
    rf"{ITEM}(?:\s+and\s+(?:their|his|her|its)\s+(?:(?:[a-z]+|\d{{1,2}}-year-old)\s+"
    rf"(?=(?:{ONE_KIN.pattern})\b))?(?P<beside>[\w-]+))?{RELATIVE}(?:,[^,;]{{1,60}},)?"
    # ("a camp resident (an Iraqi national) was shot dead": an aside in brackets)
    r"(?:\s*\([^()\n]{1,60}\))?"
    # ("serving with the UN mission in Lebanon (UNIFIL) were hurt": a longer participle, and
    # the mission's initials in brackets after it)
    rf"{_POSTED_AT}{_PARTICIPLE}(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?:who|that))?\s+(?:is|are|was|were|"
    # ("had since been moved", "had also been hurt": an adverb before "been")
    r"(?:have|has|had)\s+(?:since\s+|later\s+|also\s+)?been)\s+(?:being\s+)?"
    # ("was initially reported wounded": the first count, a later one may revise it)
    r"(?:(?:initially|originally|first)\s+)?"
    # ("were reported lightly injured", "was more seriously hurt": two such words)
    r"(?:(?:later|also|more|less|reportedly|seriously|critically|slightly|lightly|badly|severely|"
    r"moderately|fatally|mortally|reported(?:ly)?)\s+){0,2}"
    # ("martyred", "neutralised", "sent to hell": how some armies' releases tell their dead)
    r"(?P<verb>killed|wounded|injured|hurt|(?-i:KIA|WIA)|martyred|neutrali[sz]ed|"
    r"sent\s+to\s+hell|treated\s+for\s+(?:minor\s+)?(?:injuries|wounds)|"
    # ("was shot dead", "stabbed to death", "gunned down": killed, told by how)
    r"(?:shot|stabbed|beaten|hacked)\s+(?:dead|to\s+death)|gunned\s+down|"
    # "three people had been treated at Al-Jahra Hospital": the hurt, counted by the hospital
    r"treated\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?)|"
    # "two workers had been taken to hospital": the hurt, carried off to be treated
    r"(?:taken|rushed|evacuated|admitted)\s+to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"hospitals?)\b",
    re.I,
)
# PASSIVE_RE needs one of its verbs: a cheap test first, on the lower-cased sentence.
PASSIVE_VERBS = ("killed", "wounded", "injured", "hurt", "kia", "wia", "martyred", "neutrali",
                 "sent", "treated", "hospital", " dead", "death", "gunned")
# "and two people were wounded": the group after a list's joint has a verb of its own
OWN_VERB = re.compile(r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                      r"(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt)\b")
# "medics treated a 54-year-old man for shrapnel wounds": one wounded
TREATED_RE = re.compile(
    rf"\btreat(?:ed|ing)\s+{ITEM}\s+for\s+(?:[\w-]+\s+){{0,3}}?(?:injur(?:y|ies)|wounds?|"
    r"burns|shock\s+and\s+injuries)\b", re.I)
# "eight khwarij were sent to hell": a verb that tells only of the dead counts whoever the
# group is, a word the noun list lacks too
DEAD_VERB_RE = re.compile(
    rf"\b{COUNT_STARTS}(?P<num>(?i:{NUM}))\s+(?P<np>(?:more\s+|other\s+)?[a-z][\w-]+)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?P<verb>martyred|neutrali[sz]ed|sent\s+to\s+hell)\b")
DEAD_CUE = re.compile(r"(?i:martyr|neutrali|to\s+hell)")
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
# ("three (3) WIA": a memo's count in words and figures)
SHORTHAND_RE = re.compile(rf"\b(?P<num>\d{{1,4}}|(?i:{SMALL_NUMBER}))(?:\s+\(\d{{1,4}}\))?\s+"
                          rf"(?P<np>(?:(?!and\b|or\b)[A-Za-z][\w.'’-]*\s+){{0,2}}?)"
                          r"(?P<verb>KIA|WIA)\b")
# A sitrep's count by "x": "2 x contractors (Filipino) - minor shrapnel injuries",
# "1 x guard: KIA" (the group, an aside, a dash or colon, then what befell them)
TIMES_X_RE = re.compile(
    rf"\b(?P<num>\d{{1,3}})\s*[x×]\s+(?P<np>(?:{GROUP_WORD}\s+){{0,3}}{GROUP_NOUN})\b"
    r"(?:\s*\([^()\n]{0,60}\))?\s*[-–—:]\s*(?:[\w-]+\s+){0,3}?"
    r"(?P<verb>injur(?:y|ies|ed)|wounds?|wounded|hurt|killed|dead|KIA|WIA)\b", re.I)
# "leaving more than 100 U.S. troops with brain injuries", "leaving three dead", "left 20
# personnel with minor injuries" ("the head count found three persons injured": a count)
LEAVING_RE = re.compile(
    rf"\b(?:leaving|left|leaves|reported|reports|confirmed|confirms|found|finds)\s+{ITEM}\s+(?P<verb>dead|wounded|injured|with\s+(?:[\w-]+\s+){{0,3}}?"
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
    # ("causing minor damage and two light injuries": the damage told first, then the hurt)
    rf"\b(?:caus(?:ing|ed|es)|inflict(?:ing|ed|s)|result(?:ing|ed|s)\s+in)\s+"
    rf"(?:[\"“]?(?:[\w-]+\s+){{0,2}}?(?:damage|fires?)[\"”]?\s+and\s+)?(?P<num>{NUM})\s+"
    r"(?P<np>(?:(?:minor|light|slight|serious|severe|moderate|shrapnel|non-life-threatening)\s+)?"
    r"(?:injuries|wounds))\b", re.I)
CAUSE_CUE = re.compile(r"(?i:caus|inflict|result|led\s+to|leading\s+to)")
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
    rf"\bwith\s+(?P<num>{NUM})(?P<np>(?:\s+of\s+them)?)\s+(?:later\s+|also\s+|since\s+)?"
    r"(?:being\s+)?(?:evaluated|treated|diagnosed|hospitali[sz]ed)\s+(?:for|with)\s+"
    r"(?:(?!(?:possible|suspected|potential)\b)[\w-]+\s+){0,4}?(?:injur(?:y|ies)|wounds?|"
    r"concussions?)\b", re.I)
# "Rescuers pulled six bodies from the rubble": the dead, counted by those who found them.
BODIES_RE = re.compile(
    rf"\b(?:pulled|recovered|found|retrieved|removed)\s+(?:the\s+)?(?P<num>{NUM})\s+"
    r"(?P<np>bodies|dead\b)", re.I)
# A hospital's or a monitor's count: "medics said 24 dead and 67 wounded", "were treating 40
# wounded", "received 12 bodies" (not "an injured man": a number is needed)
HOSPITAL_RE = re.compile(
    r"(?:\b(?:treat(?:ing|ed)|admitted|receiv(?:ed|ing)|counted|recorded|said|says|saying|"
    r"reported|reporting|gave|giving|listed)(?:\s+that)?(?:\s+there\s+(?:were|had\s+been))?"
    # ("said the same evening 17 killed": when it was said, between the verb and its count)
    r"(?:\s+the\s+same\s+(?:day|evening|night|morning|afternoon))?|:)\s+"
    rf"(?P<num>(?!an?\s){NUM})\s+(?P<np>(?P<verb>dead|wounded|injured|"
    # ("gave 21 killed and 64 wounded": the pair of a toll, so "killed" is the count's kind)
    rf"killed(?=\s+and\s+(?:{NUM})\s+(?:wounded|injured|hurt)\b))\b"
    # ("said 24 wounded three more": a verb; "24 dead soldiers": a group named after)
    rf"(?!\s+(?:{GROUP_NOUN}|{NUM}|the|his|her|their|its)\b)|bodies\b)", re.I)
SUFFER_CUE = re.compile(r"\b(?=[sdtreSDTRE])(?i:suffer|sustain|diagnos|treat|evaluated|"
                        r"received)")
PARTITIVE = re.compile(r"\bof\s+(?:the|those|these|them)\b", re.I)
# ("two other fighters were wounded": others than those counted before, more of the toll)
ADDED = re.compile(r"\b(?:another|additional|further|more|other)\b(?!\s+than)", re.I)
# "a guard had also been hurt", "were also killed": more of the toll told before
ALSO_VERB = re.compile(r"(?:,[^,;]{1,60},)?"
                       # ("a guard posted at the perimeter was also wounded", "one member of
                       # the airport police was also wounded", "two soldiers at a nearby post
                       # were also hurt")
                       r"(?:\s+(?:posted|stationed|deployed|based|assigned|of|at|[a-z]+ing)"
                       r"(?:\s+(?!(?:is|are|was|were|and)\b)[\w'’-]+){0,6}?)?"
                       r"\s+(?:(?:is|are|was|were|have|has|had)\s+)?"
                       # ("a contractor working on the base also suffered minor injuries")
                       r"also\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt|"
                       r"suffered|sustained)\b",
                       re.I)
HURT_BEFORE = re.compile(r"wound|injur|hurt", re.I)
# "was one of three U.S. service members wounded when ...", "among the four soldiers hurt": the
# whole group counted, one of them named
ONE_OF_RE = re.compile(
    rf"\b(?:was|is|were|are)\s+(?:one|two|among)\s+(?:of\s+)?(?:the\s+)?"
    rf"{COUNT_STARTS}(?P<num>{NUM})\s+(?P<np>(?:{GROUP_WORD}\s+){{0,4}}{GROUP_NOUN})\s+"
    r"(?:(?:seriously|critically|slightly|lightly|badly|severely)\s+)?"
    r"(?P<verb>killed|wounded|injured|hurt)\b", re.I)
