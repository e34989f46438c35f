"""Action words of happenings without a toll: accords, truces taking effect, formal
requests, meetings, envoys summoned, dated letters, a body's word of a move it will make,
units ordered somewhere, responsibility handed over.

Each is narrow on purpose: the verb told as done ("agreed that", "formally asked", "took
effect") with the thing agreed, asked or handed named, so "analysts agreed that ...", "would
ask" or "it would respond" draft nothing; the clause still needs a date of its own to become
an event (events.py). Kinds follow the corpus conventions: accords, truces, summonses,
letters and a body's word are announcements; requests and meetings "other"; a unit ordered
to a place a deployment; responsibility handed to another a handover.
"""

from __future__ import annotations

import re

_PACT = r"(?:ceasefire|cease-fire|truce|armistice|agreement|accord|deal|pact)"
ACCORD_TRIGGERS: list[tuple[str, str]] = [
    # "Baghdad and Washington agreed that the mission would end", "agreed on a timetable to",
    # "under a plan agreed with the government in July"
    ("announcement", r"\bagreed\s+(?:on\s+)?(?:that\b|an?\s+(?:[\w-]+\s+)?(?:plan|timetable|"
                     r"schedule|roadmap|framework)\b)|"
                     r"\b(?:plan|timetable|schedule|roadmap|framework)\s+agreed\s+(?:with|"
                     r"between|by|upon)\b|"
                     # "a ceasefire took effect", "the truce came into force on Monday"
                     rf"\b{_PACT}s?\s+(?:[\w-]+\s+){{0,4}}?(?:took|takes|came|comes|went|"
                     r"goes|entered)\s+(?:into\s+)?(?:effect|force)\b"),
    # "the government formally asked Washington for two batteries", "a formal request from
    # Kuwait in January" (a request made, not "would ask")
    ("other", r"\bformally\s+(?:asked|requested|applied)\b|"
              r"\bformal\s+request\s+(?:from|by|to)\b"),
    # "the prime minister chaired an extended meeting of the military committee on
    # Saturday", "convened the security council", "lawmakers were briefed on the plan
    # Wednesday": a meeting of its day (a news conference is a statement, told elsewhere)
    ("other", r"\b(?:chaired|convened|hosted)\s+(?:[\w,/]+\s+){0,4}?(?:an?\s+|the\s+|its\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:meeting|session|summit)\s+of\b|"
              r"\b(?:chaired|convened)\s+(?:on\s+[\w,/]+\s+(?:[\d/]+,?\s+)?)?(?:an?\s+|the\s+|its\s+)"
              r"(?:[\w-]+\s+){0,2}?(?:meeting|session|summit)\b|"
              r"\bbriefed(?:(?<=were\sbriefed)|(?<=was\sbriefed))\s+(?:on|about)\b|"
              # "the ceasefire committee met on Tuesday at its headquarters in Naqoura": a
              # meeting told with its day and venue ("met with reporters" names neither)
              r"\bmet\s+(?=(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:at|in)\s+"
              r"(?:the\s+)?[A-Z])"),
    # "Baghdad summoned the American chargé d'affaires on Monday": a protest lodged, the news
    # of its day
    ("announcement", r"\bsummon(?:ed|s)\s+(?:the\s+|its\s+|an?\s+)?(?:[\w'’.-]+\s+){0,4}?"
                     r"(?:ambassadors?|envoys?|charg[ée]s?|diplomats?)\b"),
    # "asked the Pentagon in a letter sent Monday", "the memo, dated April 28": a written
    # demand or order, the news of the day it went out
    ("announcement", r"\b(?:letter|memo|memorandum|directive|diplomatic\s+note),?\s+(?:sent|dated|"
                     r"delivered|issued)\b|\b(?:sent|wrote|delivered)\s+(?:an?\s+|the\s+)?"
                     r"(?:[\w-]+\s+)?letter\s+to\b"),
    # "handed responsibility for training at the academy to the ministry" (the thing handed
    # named: "handed him a letter" drafts nothing)
    ("handover", r"\bhand(?:ed|s)\s+(?:over\s+)?(?:full\s+|formal\s+)?(?:responsibility|control|"
                 r"command|authority|security)\s+(?:for|of|over)\b"),
    # "the Pentagon said on Wednesday it would send two more batteries": a body's word of a
    # move it will make, the news of that day ("it" is a body; "he said he would" is not;
    # "it would respond" names no act)
    # ("On Thursday, the Pentagon said it would send ...": the day may open the sentence)
    ("announcement", r"\bsaid\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
                     r"(?:that\s+)?"
                     r"it\s+(?:would|will)\s+(?:(?:also|soon|now)\s+)?(?:send|deploy|withdraw|"
                     r"move|open|close|bring|buy|spend|extend|end|cut|reduce|station|build|"
                     r"suspend|halt|resume|deliver|hand|transfer|pull|add|double|triple|"
                     r"increase|begin|start|establish|set\s+up|station|rotate|relocate)\b"),
    # "ordered a second Patriot battery to Kuwait", "ordered 1,500 troops into the region":
    # a unit sent by an order
    ("deployment", r"\bordered\s+(?:an?\s+|the\s+|its\s+)?(?:[\w,.-]+\s+){0,3}?(?:batter(?:y|ies)|"
                   r"troops|soldiers|Marines|squadrons?|jets|warships|destroyers|carriers?|"
                   r"(?:strike\s+)?groups?|brigades?|battalions?|units?|launchers|interceptors|"
                   r"personnel|reinforcements)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+"
                   r"(?:the\s+)?[A-Z]"),
]

# "analysts agreed that ...", "most experts agree on a plan": a view shared, not an accord
_OPINION_HOLDERS = re.compile(
    r"\b(?:analysts|experts|observers|critics|commentators|scholars|researchers|economists|"
    r"pundits|historians|many|most|some|few|everyone|people|residents|witnesses|readers|"
    r"voters)\s+(?:[a-z]+\s+){0,2}$", re.I)


def opinion_agreed(text: str, c_start: int, t_start: int) -> bool:
    """Is the "agreed" at t_start a view shared by commentators rather than an accord?"""
    return text.startswith("agreed", t_start) and \
        _OPINION_HOLDERS.search(text, max(c_start, t_start - 60), t_start) is not None
