"""The words of forces and ships moving: withdrawals, handovers, deployments and a warship's
passage. Part of the trigger table of event_triggers.py, kept in its place there (order matters:
the table is tried in order), in a module of its own because the moves are one idea.
"""

from __future__ import annotations

# kind, pattern: the words that make a clause a move of forces.
MOVE_TRIGGERS: list[tuple[str, str]] = [
    # "the departure of the last coalition personnel from the air base on March 30",
    # "troops vacated the outpost"
    ("withdrawal", r"\bdeparture\s+of\s+(?:[\w-]+\s+){0,5}?from\b|\bvacat(?:ed|ing)\s+"
                   r"(?=(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:base|outpost|camp|garrison|airfield|"
                   r"facility|compound|positions?)\b|[A-Z])|\bwithdr[ae]w\w*"
                   # ("owners withdrew tonnage from Suez-routed business": shipping's trade
                   # word for ships offered for hire, no forces moving)
                   r"(?!\s+(?:(?:their|its|some|all|the)\s+)?(?:tonnage|capacity|"
                   r"(?:war[\s-]risk\s+)?cover|business|bids?|offers?|quotes?|quotations|"
                   r"cargo(?:es)?)\b)|"
                   r"\bpull(?:ed|ing|s)?\s+(?:out|back)\b|"
                   # "pulled the last launcher off the pad at X", "pulled its troops from X"
                   # "had pulled nearly all of the 700 troops then in the country out in
                   # January"
                   # ("pulled two wounded soldiers from the wreck": a rescue)
                   r"\bpull(?:ed|ing|s)?\s+(?!(?:[\w.,-]+\s+){0,8}?(?:wounded|injured|dead|"
                   r"trapped|hurt)\b)(?:[\w.,-]+\s+){0,8}?(?:troops|forces|soldiers|"
                   r"personnel|launchers?|batter(?:y|ies)|units?|assets|aircraft|jets|"
                   r"equipment|systems?|Marines|advisers|advisors)\s+(?:[\w-]+\s+){0,4}?"
                   r"(?:out\b|off\b|from\b)|"
                   # "the outpost was emptied Sunday": a site left
                   r"\b(?:was|were|been)\s+(?:emptied|vacated)\b|"
                   # "the battery returned to the United States in December": home again
                   r"\b(?:returned|redeployed)\s+(?:home\b|to\s+(?:the\s+United\s+States|"
                   r"(?:its|their)\s+home\s+(?:base|station|port))\b)|"
                   r"\bremov(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}troops\b|\bdraw(?:ing|s)?\s+"
                   r"(?:down|out)\b|"
                   # ("forces are consolidated at two bases": where they are, not a move)
                   r"(?<!\bare\s)(?<!\bis\s)(?<!\bremain\s)\bconsolidat\w+|\bre-?position\w*|\b(?:leav(?:e|es|ing)|left)\s+"
                   r"(?=Iraq|Syria|the\s+country|the\s+bases?|"
                   # "leave Ain al-Asad Air Base", "left Kabul by August": a base, a deadline
                   r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:Air\s+Base|Airbase|[Bb]ase|"
                   r"Airfield|[Gg]arrison)\b|[A-Z][\w'’-]+\s+by\b)|"
                   # "ends the mission by September"; "agreed to end the mission": a plan
                   # "began to move armored vehicles and generators out of the base"
                   r"\bmov(?:e|ed|es|ing)\s+(?!on\b|in\b|up\b)(?:[\w,-]+\s+){1,8}?out\s+of\b|"
                   # "the coalition left Baghdad and the federal bases in September"
                   # (the word first, the subject looked back at: cheap to try)
                   r"left(?:(?<=[Cc]oalition\sleft)|(?<=troops\sleft)|(?<=[Ff]orces\sleft)|"
                   r"(?<=soldiers\sleft)|(?<=\shad\sleft)|(?<=units\sleft)|(?<=U\.S\.\sleft)|"
                   r"(?<=\bUS\sleft))\s+(?=[A-Z]|(?:its|their)\s+(?:[\w-]+\s+)?"
                   r"(?:bases|outposts|positions|garrisons)\b)|"
                   # "the last contingent of troops flew out of the base on Tuesday"
                   r"\b(?:flew|were\s+flown|was\s+flown)\s+out\s+of\b|"
                   r"\bconvoys?\s+(?:of\s+(?:[\w-]+\s+){1,8}?)?(?:out\s+of|left|departed)\b|(?<!\bto\s)wind(?:s|ing)?\s+"
                   r"down\b|(?<!\bto\s)\bend(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:mission|presence)\b"),
    # "sailed through the Taiwan Strait", "transited the strait": a warship's passage
    # ("the bill sailed through the Senate": a vote, not a voyage)
    ("other", r"\b(?:sailed|steamed|transited|sailing|steaming|transiting)\s+(?:through|between|"
              r"across|past)\b(?!\s+(?:the\s+)?(?:Senate|House|[Pp]arliament|[Cc]ongress|"
              r"votes?|committee|confirmation|exams?)\b)|\btransited\s+the\b|\bmade\s+an?\s+(?:[\w-]+\s+){0,2}?transit\s+"
              r"(?:of|through)\b"),
    # "was handed to the army on Jan. 22", "took over base defense at the airfield"
    # "the handover ceremony was held on Sunday", "the handover took place": the handover done
    # "handed the outpost to the army", "handed Camp X, a former airfield, to the SDF" (not
    # "handed him a letter"; "handed the X gas field site to": three words name a site);
    # "the handover of Camp X in August": the handover done
    # ("the transfer from the capital had been received": a payment's, not a site's)
    ("handover", r"\bhand(?:ed|ing|s)?\s+(?:over|back)\b|\btransferr?(?:ed|ing)\b|"
                 r"\btransfers?\b(?![^.;]{0,40}?\b(?:had|has|have|was|were)\s+been\s+received\b)|"
                 r"\bhanded\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:base|outpost|camp|garrison|"
                 r"airfield|airport|facility|compound|site|installation)\b[^.;]{0,30}?\bto\s|"
                 r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}[^.;]{0,80}?\bto\s+(?:the\s+)?[A-Z])|"
                 r"\bhand-?over\s+of\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:base|outpost|camp|"
                 r"garrison|airfield|facility|compound|site)\b|[A-Z])|"
                 r"\bhand-?over\s+(?:ceremony\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+"
                 r"(?:held|completed|conducted|carried\s+out|finali[sz]ed)|took\s+place)\b|"
                 # "Harir AB handover to Peshmerga completed in OCT 2026", "the handover on 12
                 # January of the advisory site": the handover done, on its day
                 r"\bhand-?over\s+(?:to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
                 r"(?:was\s+)?completed\b|"
                 r"\bhand-?over\s+on\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+of\b|[A-Z][a-z]+\.?\s+\d{1,2}\s+of\b)|"
                 # "The handover to the army on Nov. 18 covered the north only": a dated
                 # handover told in the past (a clarification's partial handover is done)
                 r"\bhand-?over\s+(?:to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+)?on\s+"
                 r"(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
                 r"[^.;]{0,6}\s+(?:covered|included|involved|went|was|took|saw|ended)\b)|"
                 r"\b(?:was|were|been|being)\s+(?:handed|turned\s+over)\s+to\b|"
                 # "who takes command today", "relinquished command of the battalion": a
                 # change of command, its day the ceremony's (not a biography's "assumed
                 # command in 2024": only one told as news of its day)
                 r"\b(?:takes|took|assumes|assumed|relinquish(?:es|ed))\s+command\b(?=[^.;]{0,60}?"
                 r"\b(?:today|yesterday|this\s+morning|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
                 r"Sun)day)\b)|"
                 r"\bturned\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:base|facility|camp|"
                 r"compound|airfield|site|installation|responsibility|control)\s+to\b|"
                 # ("took over the Sky Sabre air defence mission": a system named before it)
                 r"\b(?:took|takes|taking|taken)\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                 r"(?:mission|defen[cs]e|security|responsibility|duties)\b|"
                 # "the air base ..., received by the Jazira Operations Command on Wednesday":
                 # a site taken over by a command of the army receiving it
                 r"\breceived\s+by\s+(?:the\s+)?(?:Commander\s+of\s+the\s+)?"
                 r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Command|Division|Brigade|Forces|Army|Regiment)\b"),
    ("deployment", r"\bdeploy(?:ed|ing|s)?\s+(?:to|into)\b|\bmov(?:e|ed|ing)\s+in\b|"
                   r"\bmoved\s+(?:[\w,.-]+\s+){0,6}?into\b|\bsen(?:d|ds|t|ding)\s+"
                   r"(?:[\w.$,-]+\s+){0,8}?(?:troops|forces|soldiers|Marines|sailors|airmen|jets|"
                   r"aircraft|batter(?:y|ies)|squadrons?|units?|carriers?|warships|ships|"
                   r"destroyers|personnel|reinforcements|systems|weapons|interceptors|"
                   r"launchers)\b|"
                   # "arrived over the weekend", "arrived at the base": not "arrived at a decision"
                   # ("the drone arrived at night from the south", "at about 1:30 in the
                   # morning": a time of day, no place)
                   # ("the film shows the full count arriving over the next day": news, no unit)
                   r"(?<!count\s)(?<!toll\s)(?<!tally\s)(?<!news\s)(?<!word\s)(?<!figures\s)"
                   # ("arrived at the medical center six days after she was wounded": the hurt
                   # reaching care, no move of forces)
                   r"(?<!reports\s)\barriv(?:e|ed|es|ing)\b(?!\s+at\s(?:[^.;,]|(?<=\s[A-Z])\.){0,70}?\b(?:[Hh]ospital|"
                   r"[Mm]edical\s+[Cc]ent(?:er|re)|[Cc]linic)\b)(?=\s+(?:at(?!\s+(?:(?:night|dawn|dusk|midnight|noon|"
                   r"daybreak|nightfall|sunset|sunrise|about|around|roughly|approximately)\b|"
                   r"\d))|in|on|over|last|this|early|late|"
                   r"earlier|yesterday|today)\b(?!\s+(?:an?|the\s+same)\s+(?:decision|agreement|"
                   r"conclusion|time))"
                   r"|\s*[.;])|"
                   # "the first two launchers reached Muwaffaq Salti on Nov. 21": a unit or its
                   # weapons arriving at a place named (not "the toll reached ten")
                   r"\b(?:launchers|batter(?:y|ies)|troops|soldiers|squadrons?|units?|brigades?|"
                   r"battalions?|personnel|jets|fighters|interceptors|reinforcements)\s+"
                   r"(?:(?:had|has|have)\s+)?(?:finally\s+|already\s+)?reached\s+"
                   r"(?=(?:the\s+)?[A-Z])|"
                   # "since its arrival on 2 November": the unit's arrival, on that day
                   r"\b(?:its|their)\s+arrival\b(?=\s+(?:on|in|at)\b)|"
                   r"\b(?:entered|sailed\s+into)\s+the\s+(?:[A-Z][\w-]+\s+)+(?:Sea|Gulf|Ocean)\b|"
                   r"\breinforc\w+|"
                   # "a detachment deployed in February 2026": its move, dated by the month
                   # "the battalion mobilized at Camp Dodge in June": a Guard unit called up at
                   # its station, the start of its deployment
                   r"\bmobili[sz]ed\s+(?:at|from)\s+(?:the\s+)?[A-Z]|"
                   r"\bdeployed\s+(?=in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|"
                   r"April|May|June|July|August|September|October|November|December)\b)|"
                   # "a Patriot battery ... was flown to Kuwait in late February", "a unit had
                   # been flown in from Kuwait" (not "the wounded were flown to Germany": a
                   # unit or its weapons moved)
                   r"\b(?:batter(?:y|ies)|troops|squadrons?|units?|launchers|jets|fighters|"
                   r"aircraft|systems|brigades?|battalions?|companies|interceptors|"
                   # ("interceptors were being flown to the base": the move under way)
                   r"personnel)\b(?=[^.;]{0,80}?\b(?:(?:was|were|is|are)\s+being|was|"
                   r"were|been)\s+(?:(?:flown|airlifted|shipped|moved|relocated|redeployed)\s+"
                   r"(?:back\s+)?(?:(?:to|into|from)\s|in\s+(?:from|on|over|last|this|early|late)\b)"
                   # ("two of the troops were flown to a city for treatment": the hurt carried)
                   r"(?![^.;]{0,40}?\bfor\s+(?:medical\s+)?(?:treatment|care)\b)|"
                   # "a second Patriot battery was ordered to Saudi Arabia": sent there (not
                   # "ordered to withdraw": an order to do, not a place)
                   r"ordered\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]|"
                   # "the battery was reported operational on 26 February": set up at its base
                   r"(?:reported|declared)\s+(?:fully\s+)?operational\b)|"
                   # "a Patriot battery moved from Kuwait to Erbil in June": the unit the subject
                   # ("A battery moved there from Asad in September": to the base just named)
                   # ("a Patriot battery had moved from X to Y on 12 November": the same move)
                   r"\s+(?:(?:had|has|have)\s+)?(?:moved|relocated|redeployed)\s+(?:back\s+|"
                   r"there\s+)?(?:from|to|into)\s|"
                   # "the battery that sat at Asad went up to Erbil in January": moved there
                   r"(?:\s+(?:that|which)\s[^.;,]{0,50}?)?\s+went\s+(?:up\s+|over\s+|back\s+)?to\s+"
                   r"(?:the\s+)?[A-Z](?![^.;]{0,40}?\bto\s+(?:testify|meet|attend|talk|speak|"
                   r"visit)\b))|"
                   # "reached initial operating capability at Erbil on Monday": a unit set up
                   # and working at its new base
                   r"\b(?:reached|achieved|declared)\s+(?:initial|full)\s+operat(?:ing|ional)\s+"
                   r"capability\b|"
                   # "has moved a Patriot battery from Kuwait to Erbil", "relocating two
                   # squadrons to Jordan": a unit sent to a new base ("moved the meeting to
                   # Friday": no unit)
                   r"\b(?:mov|relocat)(?:e|ed|es|ing)\s+(?:[\w.,'’-]+\s+){0,7}?(?:batter(?:y|ies)|"
                   r"troops|forces|soldiers|Marines|squadrons?|units?|jets|aircraft|launchers|"
                   r"brigades?|battalions?|personnel|interceptors|warships|destroyers|"
                   r"carriers?|radars|C-RAMs?|THAAD|NASAMS)\s+(?:[\w-]+\s+){0,4}?(?:from|to|into)\s|"
                   # "deployed an additional Patriot battery to Jordan": the unit sent there
                   r"\bdeploy(?:ed|ing|s)?\s+(?:an?\s+|two\s+|three\s+|its\s+|their\s+)"
                   r"(?:[\w-]+\s+){0,3}?(?:batter(?:y|ies)|squadrons?|brigades?|battalions?|"
                   r"units?|troops|jets|aircraft|warships|destroyers)\s+(?:to|into)\s|"
                   # "the base got a Patriot battery last month": a unit received at a base
                   r"\b(?:got|received|gained)\s+(?:an?|another|two|three|its\s+first|"
                   r"(?:an?\s+)?(?:additional|second|third|new))\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:batter(?:y|ies)|squadrons?)\b(?!\s+of\s+(?:questions|tests))|"
                   # "the Air Force added a Coyote counter-drone system there in October": a
                   # weapon system set up at the base just named (not "added a clause")
                   r"\badded\s+(?:an?|another|two|three|its\s+first|a\s+second|a\s+new)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:systems?|batter(?:y|ies)|launchers)\s+(?=there\b|at\s+"
                   r"(?:the\s+)?[A-Z])|"
                   # "a transport ship docked at the port of Hanko on Feb. 3": a ship's arrival
                   # ("the aircraft touched down at the base on Friday": a flight's)
                   r"\b(?:docked|berthed|moored|touched\s+down)\s+(?:at|in)\b|"
                   # "one battery reached Erbil Air Base in February": a unit at its new base
                   r"\breached\s+(?:the\s+)?(?:(?:[A-Z]|a[ln]-)[\w'’-]*\s+){1,3}(?:Air\s+Base|Air\s+Station|"
                   r"Base|Airfield|Naval\s+Station|Naval\s+Base)\b|"
                   # "an Avenger unit reached Conoco on 28 Nov": a unit come to a named place
                   # (not "talks reached Geneva")
                   r"\b(?:batter(?:y|ies)|units?|troops|squadrons?|detachments?|"
                   r"battalions?|platoons?)\s+(?:ha[sd]\s+)?reached\s+(?:the\s+)?"
                   r"(?:[A-Z]|a[ln]-)|"
                   # "the carrier strike group was operating in the Philippine Sea on Monday"
                   r"\b(?:was|were|is|are)\s+operating\s+in\b|"
                   # "the carrier left Yokosuka in May for its second patrol", "the task force
                   # left the port of Zhanjiang with the destroyer Zibo": a ship sailing from
                   # its home port on deployment (a ship that merely left a port is no news)
                   r"\b(?:left|departed|sailed\s+from)\s+(?=(?:its|their)\s+home\s*port\b|(?:the\s+)?"
                   r"(?:[a-z]+\s+){0,3}?[A-Z][^.;]{0,80}?"
                   r"\b(?:for\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:patrols?|deployments?|"
                   r"cruise)|(?:for\s+an?|on\s+(?:its|their|an?))\s+(?:[\w-]+\s+){0,3}?"
                   r"deployment|with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:destroyers?|frigates?|cruisers?|"
                   r"corvettes?|warships?))\b)"),
]
