"""The words that make a clause an event, and where a sentence is cut into clauses.

A sentence is cut at its action words ("struck", "withdrew", "handed over"): each clause runs
from the last break (a comma, "and", "after" ...) before its action word to the next clause.
The kind of the clause is that of its action word; an attack by our side is a strike.
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import Alternatives
from briefdeck.extract.event_accords import ACCORD_TRIGGERS
from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.event_joint_subject import joint_subject, named_antecedent
from briefdeck.extract.event_law_triggers import LAW_TRIGGERS
from briefdeck.extract.event_move_triggers import MOVE_TRIGGERS
from briefdeck.extract.event_sanction_triggers import SANCTION_TRIGGERS
from briefdeck.extract.event_story_award_triggers import AWARD_TRIGGERS
from briefdeck.extract.event_strike_noun import ours_hurt_after, state_strike
from briefdeck.extract.event_visits import relative_arrived
from briefdeck.extract.sentences import Sentence

_RANKED_NAME = (
    r"(?:(?:Iranian|Iraqi|senior|top|the)\s+)*(?:(?:Maj\.|Lt\.|Brig\.)\s+)?(?:Gen\.|General|"
    r"commander|leader|Col\.)?\s*[A-Z][a-z]+(?:\s+[A-Z][\w-]+)"
)
CAPTURE_KIND = "capture"  # an attack once a place is found to follow its word
# kind, pattern: the words that make a clause an event.
TRIGGERS: list[tuple[str, str]] = [
    ("strike", r"\b(?:air\s?strikes?|precision\s+strikes?|retaliatory\s+strikes?)\b"),
    ("attack", r"\b(?:drone|missile)\s+strikes?\b"),  # whose: decided by FRIENDLY
    # "launched its own naval mission": a deployment, not a launch of weapons
    ("deployment", r"\blaunched\s+(?:its|their|a|an|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
                   r"mission\b"),
    ("strike", rf"\b(?:kill(?:ed|s)|assassinat\w+)\s+(?={_RANKED_NAME})"),
    # a test or an exercise: "test-fired a missile", "fired live rounds at the range", "held a
    # joint air drill south of the island" (a happening of its day, not an attack)
    ("other", r"\btest-?fir(?:ed|es|ing)\b|\bfired\s+live\s+(?:rounds|ammunition|fire)\b|"
              r"\b(?:held|conducted|staged|carried\s+out)\s+(?:an?\s+|its\s+|their\s+)?"
              r"(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|maneuvers|manoeuvres)\b|"
              r"\b(?:drills?|exercises?)\s+(?:was\s+|were\s+)?(?:held|conducted|staged)\b|"
              # "the coalition's mission in Iraq formally ended in September", "the UN
              # mission's mandate expired on 31 December": a milestone
              r"\b(?:mission|mandate)\s+(?:in\s+(?:[\w-]+\s+){1,6}?)?(?:formally\s+|officially\s+)?"
              r"(?:ended|concluded|expired)\b"),
    ("attack", r"\bfired\s+(?:[\w-]+\s+){0,6}?(?:at|on|into|towards?|upon)\b|"
               r"\b(?:is|are|was|were)\s+fired\b|"
               # shooting told in any tense: "fires 14 missiles at", "firing on", "opened fire"
               r"\b(?:fires|firing)\s+(?:on|at|into|upon)\b|\b(?:fires|firing|launch(?:es|ing))\s+"
               r"(?:[\w-]+\s+){0,5}?(?:missiles?|rockets?|drones?|shells?|mortars?|projectiles?|"
               r"munitions|salvos?|barrages?|cannons?|grenades?|rounds|UAVs|SM-\d\w*)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:at|on|into|toward|towards|against)\b|"
               # "an explosion in close proximity to the vessel": a near miss at sea
               r"\bexplosions?\s+(?:in\s+(?:close\s+)?proximity\s+to|close\s+to|alongside|"
               r"near\s+(?:the|a|an)\s+(?:vessel|ship|tanker|carrier))\b|"
               # "a missile impacted the water near the ship" (not "impacted morale")
               # "a roadside bomb went off near a convoy" (not "sirens went off"; "a device
               # went off" is as often a detail of a raid or a mishap as an attack)
               r"\b(?:bombs?|IEDs?)\s+went\s+off\b|"
               # "a missile impact in Rishon LeZion", "since the impact": where a weapon came
               # down (not "the impact of the sanctions"; "treating casualties at the impact
               # site" tells the toll of an impact, event_scenes.py)
               r"\b(?:missile|rocket|drone|mortar|direct)\s+impacts?\b(?!\s+sites?\b)|"
               r"\b(?:since|after|following)\s+the\s+impact\b(?!\s+(?:of|on)\b)|"
               # "an ambulance was damaged by shrapnel near Bajil": harm done by a weapon
               r"\b(?:damaged|hit|struck)\s+by\s+(?:shrapnel|fragments|(?:an?\s+)?(?:drone|"
               r"missile|rocket|shell|mortar|air\s?strike)s?)\b|"
               # ("irnpacted": a scanned page read by OCR, "m" as "rn")
               r"\b[Oo]pen(?:ed|s)?\s+fire\b|\bi(?:m|rn)pacted\s+(?:the\s+)?(?:water|sea|ground|near|"
               r"inside|within|close|in\s+(?:an?\s+)?open|"
               # ("two rockets impacted an empty field south of the airport": a near miss)
               r"an?\s+(?:empty|open|unoccupied|vacant|uninhabited)\s+(?:field|area|lot|plot))\b|"
               # "the third impacted about two hundred meters from the yard": a near miss
               r"\bimpacted\s+(?:about\s+|some\s+|roughly\s+|approximately\s+|around\s+|"
               r"only\s+|just\s+)?(?:[\w-]+\s+){1,3}?(?:meters|metres|yards|feet|m|km|"
               r"kilometers|kilometres|miles)\s+(?:from|of|short|away)\b|"
               r"\bshots\s+(?:were\s+)?fired\b|"
               r"\b[Ee]xchang\w*\s+(?:of\s+)?(?:fire|gunfire|shots)\b|\b[Ff]irefights?\b|"
               r"\b[Gg]un\s?battles?\b|\b[Cc]lash(?:es|ed)?\b(?!\s+(?:over|about)\b)|"
               # "heavy fighting was reported": fighting as a happening, not "forces fighting IS"
               r"\b(?:[Hh]eavy|[Ff]ierce|[Ii]ntense|[Rr]enewed|[Ff]resh)\s+fighting\b|"
               r"\b[Ff]ighting\s+(?:erupted|broke\s+out|flared|raged)\b"),
    # "the RSF took control of the town", "captured the village": a place changing hands
    ("other", r"\b(?:took|taken|takes|seized|gained|wrested|assumed)\s+(?:full\s+)?control\s+"
              r"of\s+(?=[A-Z]|the\s+(?:[\w-]+\s+)?(?:town|city|village|base|airport|airfield|"
              r"capital|district|settlement|port|garrison|area|region|crossing)\b)|"
              r"\b(?:captured|overran|overrun|seized|took)\s+(?:the\s+)?(?:town|city|"
              r"village|base|airport|airfield|capital|district|settlement|port|garrison)\b"),
    # ("a second attack, on the base at X, had been attempted": its target set off by a comma)
    ("attack", r"\b(?:attack|(?<!\bof\s)attacks|attacked),?\s+(?:on|at|against)\b|\battacked\b|"
               # "took part in a coordinated operation ... against two facilities"
               # "carried out two drone operations overnight against US bases"
               r"\b(?:coordinated|joint|combined|military|air|special|drone|missile|rocket)\s+"
               r"operations?\s+"
               r"(?:[\w()-]+\s+){0,8}?against\b|"
               r"\b(?:rocket|mortar|drone|missile|suicide|bomb)\s+attacks?\b|"
               # "Attack was last night around 22:40, drones": a note's attack told by its
               # time, no article (not "attack was the third this month"; "the attack came
               # late Sunday" dates the happening told before it, event_dates.py TOOK_PLACE)
               r"(?:^|(?<=[.:]\s)|(?<=[\n\t]))Attack\s+was\s+"
               r"(?=(?:last|late|early|overnight|around|about|shortly|just\s+after|"
               r"on\s+\w+day)\b)|"
               # "troops came under attack", "the convoy came under heavy rocket fire"
               r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}?(?:attack|fire|"
               r"shelling|bombardment)\b"),
    # "an unexploded 107mm rocket was found outside the perimeter": a weapon fired at the
    # place that failed to go off (not "unexploded ordnance": war's leftovers of any year)
    ("attack", r"\b(?:unexploded|undetonated)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|mortars?|"
               r"missiles?|drones?|UAVs?|UAS|projectiles?)\s+(?:was|were|had\s+been|has\s+been|"
               r"have\s+been)\s+(?:found|discovered|recovered|located)\b"),
    # "security forces found the launcher in an orchard": a find of its own day, where the
    # fire came from (not the attack itself, told on its own day)
    ("other", r"\b(?:found|discovered|located|seized)\s+(?:the|a|an|two|three|\d{1,2})\s+"
              r"(?:[\w-]+\s+){0,2}?(?:rocket\s+)?launch(?:ers?|ing\s+(?:sites?|rails?|pads?))\b"),
    # "a string of strikes", "a wave of attacks on": a kind of happening, not one of them
    ("attack", r"\b(?:hits?|struck|strike(?!\s+(?:group|force|fighter|package|drone|aircraft|"
               r"team|capabilit))|(?<!\bof\s)strikes|target(?:ed|ing)|"
               r"targets\s+(?=the\b|an?\b|U\.S\.|[Aa]merican|[Cc]oalition)|slammed\s+into|landed|shelled|detonated|"
               r"bombed|ambushed|raided|stormed|(?<![Dd]ust\s)(?<![Ss]and\s)storm|explod\w+|intercept(?:ed|s)|"
               r"shot\s+down|knocked\s+down|brought\s+down|downed|downing\s+of|"
               # "engaged and destroyed two one-way attack drones": an interception
               r"(?<!intercepted\sand\s)destroyed\s+(?:an?|two|three|four|five|six|several|both|all|\d{1,3})\s+"
               # ("destroyed a second drone", "two of the drones": more of a salvo told)
               r"(?:(?!of\b|the\b|second\b|third\b|other\b|more\b|further\b|remaining\b)"
               r"[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets?|projectiles?)|"
               # ("a Shahed variant launched from Iraq", "drones launched by militia groups in
               # Iraq": the weapon described, not a launch; "launched by X toward Y" is one)
               # ("the number of troops fell from about 2,000 to fewer than 500": a figure)
               r"fell(?!\s+(?:from|by|to)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|around\s+|"
               r"(?:fewer|less)\s+than\s+|under\s+)?\d)|launched(?!\s+from\b)(?!\s+by\s+(?:(?!toward|towards|at|on|against)"
               r"[\w'’-]+\s+){1,5}?in\s)|(?:(?<=was\s)|(?<=were\s)|(?<=been\s))launched|"
               r"offensive|shelling|barrage|assault\s+on|"
               # "an improvised explosive device (IED) damaged a truck": a weapon that did harm
               # "a drone damaged a hangar", "two rockets destroyed a vehicle" too; "saw two
               # rockets land near the embassy", "Rockets land inside base": a landing told
               # in the present or reported
               r"(?:IEDs?|devices?|bombs?|mines?|drones?|rockets?|missiles?|mortars?|shells?|"
               # ("three drones approached the garrison": the attack told from its start;
               # "unmanned aircraft systems (UAS) approached": an order's name for drones;
               # "two drones flew at the camp": their flight at it)
               r"UAVs?|UAS|aircraft\s+systems?|projectiles?)(?:\s*\([A-Z]{2,6}\))?\s+(?:damaged|destroyed|"
               r"approached\s+(?=the\b|an?\b|[A-Z])|flew\s+(?:at|into)\s+(?=the\b|[A-Z])|"
               # ("reports of a rocket landing near the embassy")
               r"(?:lands?|landing)\s+(?=near|on|in|inside|at|close))|"
               # "a drone of unknown origin crashed near a border post", "a drone carrying
               # explosives crashed into farmland": a weapon come down, harm or none (not "a
               # plane crashed": an accident)
               r"(?:drones?|UAVs?|rockets?|missiles?|projectiles?)\s+(?:[\w-]+\s+){0,4}?"
               r"crashed\s+(?=in|into|near|on|inside|outside|close)|"
               # "the first drone of the season came in low over the airport", "the drone
               # arrived at about 1:30 in the morning": a weapon's coming is its attack (a
               # drone arriving at a place, not at an hour, may be a deployment's)
               # ("2 rockets came down by the airport road": a weapon's landing, gated on the
               # weapon as subject; "came down" alone is prices, numbers, rain)
               r"(?:drones?|UAVs?|missiles?|rockets?)\s+(?:[\w-]+\s+){0,4}?(?:came\s+in|"
               r"came\s+down(?=\s+(?:near|on|in|inside|at|by|close|outside|beside))|"
               r"arrived\s+(?=at\s+(?:night|dawn|dusk|midnight|about|around|roughly|"
               r"approximately|\d)))|"
               # "the tanker reported an explosion about a mile off its beam", "reported two
               # missiles splashing near it": a near miss at sea, as the ship told it
               r"reported\s+(?:an?|two|three|several)\s+(?:explosions?|projectiles?|"
               r"missiles?)\s+(?:[\w.-]+\s+){0,3}?(?:near\s+(?:it|its)|off|astern|landing|"
               r"splashing)\b|"
               r"raids?(?!\s+(?:sirens?|shelters?|alerts?|warnings?))|sank|sunk)\b"),
    # "a drone entered Polish airspace", "opened talks in January": happenings, not attacks
    # "coast guard vessels entered restricted waters off Kinmen", "a drone circled Pratas
    # Island": an incursion
    ("other", r"\b(?:entered|crossed\s+into|violated|strayed\s+into|flew\s+into|"
              r"intruded\s+into)\s+(?:[\w'’-]+\s+){0,2}?(?:airspace|waters)\b|"
              r"\b(?:circled|loitered\s+over|hovered\s+over)\s+(?=(?:the\s+)?[A-Z])|"
              r"\b(?:opened|began|launched|started|held|resumed)\s+(?:[\w-]+\s+){0,2}?talks\b"),
    # "police detained seven suspects in a raid near X", "arrested 4 cell members": an arrest
    # operation, a happening of its day and place (a count of people, not "detained him")
    ("other", r"\b(?:detained|arrested|apprehended)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|"
              r"some\s+|nearly\s+|another\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|"
              r"ten|eleven|twelve|several|dozens\s+of|a\s+number\s+of)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:suspects?|operatives?|members?|militants?|fighters?|people|persons|men|"
              r"insurgents|gunmen|individuals|smugglers|jihadists|terrorists)\b|"
              # "a force seized two drones prepared for launch near X": weapons taken in an
              # operation of its own day and place
              r"\b(?:seized|confiscated)\s+(?:an?\s+|\d{1,3}\s+|two\s+|three\s+|four\s+|five\s+|"
              r"six\s+|several\s+|dozens\s+of\s+)(?:[\w-]+\s+){0,2}?(?:drones?|rockets?|"
              r"launchers?|IEDs?|missiles)\b"),
    # "drones were spotted over the base on Sunday", "objects flying over the range": a
    # sighting, a happening of its night (a drone that hits is an attack, above)
    ("other", r"\b(?:drones?|UAVs?|unmanned\s+aircraft|quadcopters?|balloons?|objects?)\s+"
              r"(?:(?:were|was)\s+(?:seen|spotted|sighted|observed)|flew\s+over|"
              r"(?:flying|hover(?:ed|ing)|circling)\s+(?:over|above|in|near)|"
              r"hovered\s+over)\b|"
              # "strategic bombers flew over the Sea of Japan in a joint flight": a flight near
              # another country, a happening of its day (not "jets flew over the parade": only
              # bombers and patrol or spy planes)
              r"\b(?:bombers|(?:patrol|reconnaissance|surveillance|spy)\s+(?:aircraft|planes))\s+"
              r"(?:also\s+)?(?:flew|flying)\s+(?:over|near|through|close\s+to|around)\b"),
    *MOVE_TRIGGERS,  # withdrawals, handovers, deployments (event_move_triggers.py)
    # "seized Saraqeb", "entered western Aleppo", "had \"liberated\" Kimoka": ground changing
    # hands, when a place follows (CAPTURE_KIND: events.py checks the place)
    (CAPTURE_KIND, r"\b(?:captured|seized|overran|recaptured|retook|re-took|entered|stormed|"
                   r"liberated|took)[\"“”']?\s+[\"“”']?(?=(?:the\s+)?(?:(?:[a-z]+ern|central|"
                   r"(?:outskirts|centre|center)\s+of)\s+)?[A-Z])"),
    # "said in a statement last week that ...": a dated statement is an announcement
    # ("the hospital announced the death of a man": a happening's toll, no news of its own)
    ("announcement", r"\bannounc(?:e|ed|es|ing)\b"
                     r"(?!\s+(?:(?:on\s+)?\w+day\s+)?(?:the\s+)?deaths?\s+of\b)|"
                     r"\bsaid\s+in\s+a\s+statement\s+(?=(?:on\s+)?"
                     r"(?:last\s+(?:week|month)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|"
                     # "On Sunday the command issued a second statement": a statement of its day
                     r"\bissued\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[ée]|"
                     r"clarification|correction)\b|"
                     r"\b(?:had|has|have)\s+(?:also\s+)?(?:agreed\s+to|"
                     r"approved|decided\s+to|authori[sz]ed)\b|"
                     # "the Bundestag extended the mandate until 2027": a mission prolonged
                     r"\bextend(?:ed|s)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:mandate|"
                     r"mission|deployment|contribution)\b|"
                     # ("revealed the details of a rocket attack": the telling of the attack)
                     # ("As disclosed in the press release, one was killed": where the
                     # toll was told before, an aside, no disclosure of its own)
                     r"(?<![Aa]s\s)\b(?:disclosed|revealed)\b(?![^.;]{0,60}?\bdetails\s+of\b)|"
                     r"\b(?:approv(?:ed|ing)|authori[sz](?:ed|ing)|ordered|directed)\s+(?:the|a|an|its|"
                     r"their|plans?)\s+(?:[\w$.,-]+\s+){0,4}?(?:deployment|withdrawal|drawdown|"
                     r"[Ss]ale|transfer|package|mission|moves?|request|plan|contract|purchase|"
                     r"extension|funding|return)\b|"
                     # "approved findings 1 through 9": an investigation's findings made final
                     # "the governor on Thursday ordered flags lowered to half-staff": a flag
                     # order (a proclamation's news) is the announcement of its day
                     r"\b(?:ordered|directed)\s+(?:that\s+)?(?:[\w.-]+\s+){0,4}?flags\b|"
                     r"\b(?:approv(?:ed|ing)|endorsed|accepted)\s+(?:the\s+|its\s+)?"
                     r"(?:investigation(?:'s|’s)\s+)?(?:findings|recommendations)\b|"
                     # "Today, OFAC is sanctioning four individuals", "imposed sanctions on":
                     # sanctions are the news of the day they are imposed
                     r"\b(?:is|are|has|have|had)\s+(?:also\s+)?(?:sanction(?:ed|ing)|"
                     r"designat(?:ed|ing))\s+(?!as\b)(?=[\w\d])|"
                     r"\b(?:impos(?:ed|es|ing)|announc(?:ed|es|ing))\s+(?:new\s+)?sanctions\s+"
                     r"(?:on|against)\b|"
                     # "which the secretary approved Friday": the approval and its day
                     r"\bapproved\s+(?=(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                     r"Saturday|Sunday|last\s+\w+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                     r"Dec)[a-z]*\.?\s+\d))|"
                     # "awarded Lockheed a $2.9 billion contract", "received an Army contract"
                     r"\b(?:award(?:ed|s)|receiv(?:ed|es)|won|wins|landed|secured)\s+"
                     r"(?:[\w$.,'’-]+\s+){0,6}?contract\b|"
                     # "said it had stopped targeting U.S. forces": a declared halt
                     r"\b(?:stopp(?:ed|ing)|suspend(?:ed|ing)|halt(?:ed|ing)|paus(?:ed|ing))\s+"
                     r"(?:its\s+|their\s+|all\s+|military\s+)*(?:attacks|targeting|strikes|"
                     r"operations)\b|"
                     r"\b(?:agreement|deal|accord)\s+(?:was\s+)?(?:reached|signed|struck)\b|"
                     r"\bsigned\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:agreement|deal|accord)\b"),
    # "This final rule is effective on December 1, 2026", "the order takes effect on ...": a
    # regulator's rule comes into force on its day (a rule's DATES line, a ministry's order)
    ("announcement", r"\b(?:rule|regulation|order|amendment|directive|prohibition|ban|"
                     r"restriction|decree)\s+(?:is|becomes|became|was)\s+effective\s+"
                     r"(?=(?:on|from|as\s+of)\s)|"
                     r"\b(?:rule|regulation|order|amendment|directive|prohibition|ban|"
                     r"restriction|decree)\s+(?:takes|took)\s+effect\s+(?=(?:on|from|as\s+of)\s)"),
    *ACCORD_TRIGGERS,
    *AWARD_TRIGGERS,  # "the $40 million award on May 2" (event_story_award_triggers.py)
    *SANCTION_TRIGGERS,  # designations and reward offers (event_sanction_triggers.py)
    *LAW_TRIGGERS,  # a defendant's arrest, a shipment seized (event_law_triggers.py)
]
# Every action word starts a word: tried only where one starts, with its possible letters.
TRIGGER_ALTERNATIVES = Alternatives([p for _, p in TRIGGERS], prefix=r"\b")
TRIGGER_RE = TRIGGER_ALTERNATIVES.regex
# (the comma of "the Nov 26, 2026 drone attack" is a date's, no break)
BOUNDARY_RE = re.compile(r",\s+(?!(?:19|20)\d\d\b)|;\s+|:\s+|"
                         r"\s+(?:and|but|after|while|when|before|once)\s+|"
                         r"\s+(?=(?:in\s+(?:retaliation|response|revenge)\s+(?:for|to)|"
                         r"following|to\s+avenge|in\s+the\s+wake\s+of)\s)")
FRIENDLY = re.compile(r"\bU\.S\.|\bUS\b|\bAmericans?\b|\b[Cc]oalition\b|\bIsraeli\b|\bBritish\b|"
                      r"\bPresident\b|\border(?:s|ed)\b|"
                      r"\bjets?\b|\bbombers?\b|\baircraft\b|\bwarplanes?\b|\bCENTCOM\b|"
                      r"\bCent[Cc]om\b|\bCentral\s+Command\b")
# "KYIV, June 3 (Agency) -", "DUBAI/MANILA, Sept 12 (Reuters) -": where and when it was filed


_OFFSET_LEAD = re.compile(r",\s+(?=(?:a|one|two|three|four|five|six|seven|\d)\s+(?:days?|weeks?)$)",
                          re.I)


def clauses(text: str, sent: Sentence) -> list[tuple[str, int, int, int]]:
    """(kind, clause start, trigger start, clause end) for each action word in a sentence.
    Violent action words with no break between them tell one happening: "a drone strike on a
    car killed the commander", "a rocket fired from Lebanon slammed into a house" are one
    clause (a strike when either word says so)."""
    triggers = []
    for m in TRIGGER_ALTERNATIVES.finditer(text, sent.start, sent.end):
        kind = TRIGGERS[TRIGGER_ALTERNATIVES.which(m)][0]
        triggers.append((kind, m.start(), m.end()))
    starts = []
    prev_end = sent.start
    for _kind, t_start, _t_end in triggers:
        clause = prev_end
        for b in BOUNDARY_RE.finditer(text, prev_end, t_start):
            before, clause = clause, b.end()
            if b.group(0).strip() == "and" and (before > prev_end or prev_end == sent.start) \
                    and joint_subject(text, before, b.start(), t_start):
                clause = before  # "U.S. and British aircraft struck": one subject
                continue
            if b.group(0).startswith(",") and text.startswith("who ", clause) and \
                    (before > prev_end or prev_end == sent.start) and \
                    (named := named_antecedent(text, before, b.start())) is not None:
                clause = named  # "Lt. Col. Alvarado, who takes command today": whom it tells
            # "hit X on Tuesday, a day after a drone struck Y": the offset dates the clause it
            # opens, not the one before it
            if b.group(0) == " after " and (lead := _OFFSET_LEAD.search(
                    text, max(prev_end, b.start() - 24), b.start())) is not None:
                clause = lead.end()
        starts.append(clause)
        prev_end = _t_end
    scopes: list[tuple[str, int, int, int]] = []
    for i, (kind, t_start, _t_end) in enumerate(triggers):
        end = max(starts[i + 1] if i + 1 < len(triggers) else sent.end, _t_end)
        semi = text.find(";", _t_end, end)  # "...; destroyers fire SM-3s": another clause
        end = semi if semi > 0 else end
        # "said that ... over Friday's attack near X, and that two drones were seized in Y":
        # another thing said, its places not this clause's
        that = text.find(", and that ", _t_end, end)
        end = that if that > 0 else end
        if scopes and kind in VIOLENT and scopes[-1][0] in VIOLENT and \
                starts[i] == triggers[i - 1][2]:  # no break since the last action word
            last = scopes[-1]
            scopes[-1] = ("strike" if "strike" in (kind, last[0]) else "attack",
                          last[1], last[2], end)
            continue
        scopes.append((kind, starts[i], t_start, end))
    return scopes


def event_kind(kind: str, text: str, clause_start: int, trigger_start: int,
                subject: tuple[int, int] | None = None) -> str:
    """An attack by us is a strike. A clause with no subject of its own ("U.S. bombers, with
    other aircraft, strike ...") takes the sentence's subject: the words before its first
    action word. Shooting down what was fired at us is no strike, nor is an attack our side
    was hurt in ("Americans were reported hurt in the strike on the base")."""
    if kind == "deployment" and relative_arrived(text, clause_start, trigger_start):
        return "other"  # "Mom arrived last night": a visit
    if kind == "strike" and ours_hurt_after(text, trigger_start):
        return "attack"  # "A strike hit the base, wounding three U.S. service members"
    if kind != "attack" or _INTERCEPT.match(text, trigger_start):
        return kind
    if _our_hurt(text, clause_start, trigger_start):
        return kind
    if state_strike(text, clause_start, trigger_start):
        return "strike"
    if _ours(text, clause_start, trigger_start):
        return "strike"
    if subject and not re.search(r"\w", text[clause_start:trigger_start]) and \
            _ours(text, *subject) and not _our_hurt(text, *subject):
        return "strike"
    if subject and subject[0] < clause_start and trigger_start == subject[1] and \
            text.endswith(" and ", 0, clause_start) and _ours(text, *subject) and \
            not _our_hurt(text, *subject) and not _BEEN.search(text, clause_start, trigger_start):
        return "strike"  # "U.S. F-15E fighter jets and MQ-9 Reaper drones struck": one subject
    return kind


# "U.S. forces in Iraq and Syria have been targeted": the subject is the target
_BEEN = re.compile(r"\b(?:been|were|was|are|is|being)\s+(?:\w+ly\s+)?$")


def _ours(text: str, start: int, end: int) -> bool:
    """Is our side the actor between start and end (not a source: "US officials said")?"""
    return any(not _theirs(text, us, start, end) and not _SOURCE.match(text, us.end(), end)
               for us in FRIENDLY.finditer(text, start, end))


def _our_hurt(text: str, start: int, end: int) -> bool:
    return any(_VICTIMS.match(text, us.end(), end) for us in FRIENDLY.finditer(text, start, end))


# "shot down a missile fired towards it", "intercepted seven drones": defence, not a strike;
# "troops came under attack": attacked, not striking
_INTERCEPT = re.compile(r"(?:intercept|shot\s+down|knocked\s+down|brought\s+down|downed|"
                        r"downing|(?:came|come|comes|coming)\s+under)", re.I)
# "US officials said", "a U.S. defense official says": who told it, not who acted
_SOURCE = re.compile(r"\s+(?:(?:defen[cs]e|military|administration|government|security)\s+)?"
                     r"officials?\b")


# "The aircraft, a model of the kind Iran-aligned militias fly": a craft of theirs, not ours
_CRAFT = ("aircraft", "jet", "jets")
_HOSTILE = re.compile(r"\b(?:militias?|Houthis?|Hezbollah|Hamas|Iran-(?:aligned|backed)|"
                      r"insurgents?|one-way|Shahed)\b")


def _theirs(text: str, us: re.Match[str], start: int, end: int) -> bool:
    return us.group(0).lower() in _CRAFT and _HOSTILE.search(text, start, end) is not None


# "Two U.S. soldiers were wounded after a drone ...": our side hurt, not acting
_VICTIMS = re.compile(r"[\w\s.'’-]{0,30}?\b(?:(?:were|was|have\s+been|had\s+been)\s+"
                      r"(?:\w+\s+){0,2}?"
                      r"(?:wounded|injured|hurt|killed|evaluated|treated|hospitali[sz]ed)\b|"
                      # "service members wounded in the drone attack", "suffered minor
                      # injuries in", "came under attack"
                      r"(?:wounded|injured|hurt|killed)\s+in\b|suffered\s+(?:\w+\s+)?"
                      r"(?:injuries|wounds)\b|(?:came|come|comes|coming)\s+under\b)",
                      re.I)

