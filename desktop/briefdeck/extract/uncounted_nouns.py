"""Nouns whose count is no figure of the story: spans of time, sources, points of argument.

"two days", "three officials said", "people familiar with the planning", "two questions":
who speaks or how long, not what happened (a disruption's length stays: "halted for 14 hours").
"""

from __future__ import annotations

import re

# Nouns that say the number is a span of time, a sourcing count or a repetition.
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights time min mins h hr hrs "
    # a career counted in spells of duty ("served two tours in Iraq"), not a reported count
    "tour tours stint stints "
    # a coach's or a player's seasons ("coached for three seasons"): a span of a life
    "season seasons".split()
)
# "about forty seconds before impact", "90 seconds' warning": the warning an attack gave, a
# fact of the attack, unlike other spans of time.
WARNING_UNITS = frozenset("seconds minutes".split())
WARNING_AFTER = re.compile(r"\s+(?:seconds|minutes)(?:['’]|\s+of)?\s+(?:warning\b|(?:before|"
                           r"ahead\s+of)\s+(?:the\s+|its\s+)?(?:impact|it\s+(?:hit|struck|landed)))")
OUTAGE_UNITS = frozenset("minutes hours days weeks".split())
HALTED_FOR = re.compile(r"\b(?:suspended|closed|halted|shut|shut\s+down|disrupted|grounded|"
                         r"stopped|paused|interrupted|blocked)\s+for\s+$")
# "a gap of almost nine hours" (a transponder's silence), "resumed after about five hours": how
# long an outage lasted, named by the gap or told by what came back after it.
# ("delays of one to three hours": how late flights leave after an attack)
GAP_OF = re.compile(r"\b(?:gap|outage|blackout|halt|suspension|closure|shutdown|interruption|"
                    r"delays?)\s+"
                    r"of\s+$", re.I)
RESUMED_AFTER = re.compile(r"\b(?:resumed|reopened|restored|restarted|back\s+(?:up|on|online))"
                           r"\b[^.;:\n]{0,40}?\s+after\s+$", re.I)
# "report within 15 days": a deadline set, a fact of the report unlike other spans of time.
# ("Not later than 90 days after the date of enactment": a bill's deadline, the same bound)
WITHIN = re.compile(r"\b(?:within|[Nn]o(?:t)?\s+later\s+than)\s+(?:the\s+next\s+)?$")
# "burned for more than five hours", "repairs could take at least two days", "stay in the region
# for at least three months", "over the next 90 days": how long an incident, a patrol, a repair
# or a deployment lasts (not a history's years, "partners for ten years", nor a wait)
SPAN_UNITS = frozenset("minutes hours days weeks months".split())
LASTED_FOR = re.compile(r"\b(?:(?:for|over|in)\s+the\s+next|takes?|took|lasted|lasting|"
                        # ("expects to run from tents for four to six months": how long a
                        # site works around the damage)
                        # ("sheltered for 40 to 50 minutes": how long an alert kept people down)
                        r"(?:burn|rag|stay|remain|deploy|search|circl|patrol|hover|orbit|loiter|"
                        r"shelter|"
                        r"run|operat|fought|battl|clash)\w*(?:\s+[\w-]+){0,3}?\s+for|"
                        # ("a deployment of roughly nine months": how long a unit is away)
                        r"\b(?:deployment|tour|rotation)s?\s+of|"
                        # ("expects to stay nine to 12 months": the length of a deployment)
                        r"\b(?:stay|remain)(?:s|ed|ing)?)\s+[\"“]?$", re.I)
# "about ten days of fuel left": how long a hospital or a garrison can hold out, a fact of the
# report unlike other spans of time.
SUPPLY_AFTER = re.compile(r"\s+(?:hours|days|weeks|months)(?:['’]|\s+of|\s+worth\s+of)\s+"
                          r"(?:[a-z]+\s+)?(?:fuel|food|water|supplies|stocks?|ammunition|"
                          r"medicines?|oxygen|diesel|reserves?)\b")
SOURCING = frozenset(
    "official officials source sources spokesperson spokesman spokeswoman diplomat diplomats "
    "broker brokers witness witnesses analyst analysts lawmaker lawmakers staffer staffers "
    "aide aides "
    # the outlets that carried a claim ("two channels reposted it"): who reports, not what
    "channel channels outlet outlets".split()
)
# "two congressional staffers said", "three residents told us": a few people counted as the
# ones speaking are a sourcing (an attribution), not a figure of the story; where they are
# may sit between ("two Iraqi officers at the base told a channel").
# ("two participants from industry said": where the speakers come from, then the verb)
SPEAKING_AFTER = re.compile(r"(?:,[^,.;]{1,40},|\s+(?:at|in|on|from)\s+(?:the\s+)?[\w'’-]+)?"
                            r"\s+(?:also\s+)?(?:said|say|says|told|recalled|warned|explained|"
                            r"described(?!\s+as\b))\b")  # ("two drones described as ..." counts)
# Things a speaker counts in an argument, not on the ground: "two questions that keep
# colliding", "three reasons", "two ways".
ABSTRACT = frozenset(
    "question questions issue issues thing things way ways reason reasons point points option "
    "options factor factors idea ideas topic topics aspect aspects lesson lessons priority "
    "priorities goal goals scenario scenarios principle principles theme themes message "
    "messages concern concerns problem problems challenge challenges respect respects "
    # a plan's parts, not things on the ground: "a withdrawal in two phases", "three steps"
    "phase phases stage stages step steps "
    # a study's or a Q&A page's own parts: "three findings stand out", "2 Answers"
    "finding findings answer answers".split()
)
# The length of a piece of writing ("letters of up to 200 words", "a 280-character post"): how
# long a text may be, never a count of the story. (A memo's pages stay: "a 14-page memo".)
WRITING = frozenset("word words character characters".split())
# "three people familiar with the planning said": sources, counted as an attribution.
FAMILIAR = re.compile(r"\s+(?:[\w.-]+\s+){0,2}?(?:people|persons|sources)\s+(?:familiar|briefed|"
                       r"with\s+(?:direct\s+)?knowledge|close\s+to|aware)\b")
# "testimony from two senior officers", "briefed by three officials": who speaks, a sourcing.
HEARD_FROM = re.compile(r"\b(?:testimony|testified|briefing|briefed|heard|interviews?|"
                         r"interviewed)\s+(?:from|by|with)\s+$", re.I)
# Sounds witnesses heard ("two loud bangs", "two to three bursts", "heard three explosions"):
# what it was like on the ground, not a count of strikes or weapons the report tallies.
SOUNDS = frozenset("bang bangs boom booms burst bursts thud thuds".split())
HEARD_SOUNDS = frozenset("explosions blasts".split())
HEARD = re.compile(r"\b(?:heard|hear|hearing|sound|sounds|loud)\b", re.I)
