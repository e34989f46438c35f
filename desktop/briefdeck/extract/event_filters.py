"""Is this clause a happening? Clauses that name, count, deny or imagine happenings are not.

"condemned the strike" names one; "the second attack this week" counts them; "had not carried
out any strike" denies one; "troops could leave" imagines one; "since the war began" is the
background of the news, not the news. A clause that tells a toll is kept all the same.
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import first_chars, word_gated
from briefdeck.extract.event_accords import opinion_agreed
from briefdeck.extract.event_any_moves import move_of_any, origin_of_told
from briefdeck.extract.event_market_rules import market_condition

HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|possible|possibly|considering|if|"
                          r"can|cannot|should|unless|"
                          # "had stopped targeting", "denied attacking": did not happen
                          r"stopped|halted|ceased|suspended|denied|never|no\s+longer|not)\b")
HYPOTHETICAL = word_gated(HYPOTHETICAL)  # (tried only where one of its words can start)
MOVES = ("withdrawal", "handover", "deployment")  # a modal word makes these plans, dated or not
# "In a separate attack ..." / "An earlier strike ...": a different event, not more of the last.
# "a second security source told ...", "another official said": another teller of the same
# happening, not another happening
_TELLER = (r"\s+(?:[\w-]+\s+)?(?:sources?|officials?|statements?|spokes(?:man|woman|person)|"
           r"witness(?:es)?)\b")
ANOTHER = re.compile(
    # ("one was killed and another wounded": another person, not another happening)
    # ("an earlier statement put the toll at 12": another telling, not another happening)
    r"\b(?:(?:separate|earlier|previous)(?!\s+(?:[\w-]+\s+)?(?:statements?|reports?|tolls?|"
    r"counts?|tall(?:y|ies)|figures?|estimates?|bulletins?|updates?|versions?)\b"
    # ("had earlier put the toll at eight": the same toll told earlier)
    r"|(?<=earlier)\s+(?:put|gave|given|reported|said|counted|announced)\b)|"
    r"another(?!\s+(?:was\s+|were\s+)?(?:\w+ly\s+)?(?:killed|wounded|injured|"
    r"hurt|died)\b|" + _TELLER + r")|similar|"
    # ("a second soldier had been treated": another of the wounded, not another happening)
    # ("when the second drone hit": the second of the drones just counted, not another)
    r"second(?!" + _TELLER + r"|(?<=[Tt]he\ssecond)\s+(?:[\w-]+\s+)?(?:drones?|rockets?|"
    r"missiles?|projectiles?|UAVs?)\b|\s+(?:[\w-]+\s+)?(?:soldiers?|service\s+members?|sailors?|"
    r"marines?|airm[ae]n|"
    r"persons?|people|civilians?|victims?|crew\s+members?|workers?|m[ae]n|wom[ae]n|child)\b)|"
    # ("other 2 -> near flightline", "the other two hit": the rest of those just counted)
    r"other(?!\s+(?:\d{1,3}|two|three|four|five|six)\b|"
    r"\s+(?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|troops|service|members|"
    r"fighters|personnel|residents|crew|passengers|children|officers|guards|workers)\b))"
    r"\b", re.I)  # "seven other people": more of the toll, not another happening


def _word_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """pattern, tried only at a word start with a letter it can begin with: most words of a
    sentence are skipped at once (the same matches, a fraction of the time)."""
    chars = first_chars(pattern, flags)
    if not chars:
        return re.compile(pattern, flags)
    if flags & re.I:
        chars |= {c.swapcase() for c in chars}
    return re.compile(rf"\b(?=[{''.join(sorted(chars))}])(?:{pattern})", flags)


# "since the war in Gaza began", "amid fighting in Sudan": background, never the attack's place.


BACKGROUND = _word_gated(
    r"\b(?:since|amid(?:st)?|during|throughout|as|because\s+of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:war|wars|conflict|fighting|invasion|crisis|tensions|campaign|"
    r"hostilities|occupation|uprising|insurgency|offensive|outbreak)\b"
    r"[^,;.]*"
    # "since the group paused its maritime campaign in October 2025": the campaign's pause or
    # start, recalled as the start of a period, not a happening of the report
    r"|\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:paused|halted|suspended|"
    r"ended|began|started|launched|resumed|stopped|declared)\s+(?:its|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:war|campaign|attacks|offensive|operations|truce|ceasefire)\b"
    r"[^,;.]*"
    # "died of wounds sustained when his unit came under attack": the cause of a death
    # told, the attack told elsewhere
    r"|\b(?:wounds|injuries)\s+(?:sustained|suffered|received)\s+(?:when|in|during)\b[^,;.]*"
    # "after the embassy attack in Baghdad", "since the Oct. 7 attack on Israel"
    r"|\b(?:since|after|following|before|in\s+(?:retaliation|response|revenge)\s+(?:for|to)|"
    r"to\s+avenge|in\s+the\s+wake\s+of|within\s+(?:days|hours|weeks)\s+of)\s+"
    r"(?:the|an?|last\s+\w+(?:'s|’s)?|\w+day(?:'s|’s))\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombings?|raids?|killings?|assassination|invasion|barrages?|"
    r"shelling|clash(?:es)?)\b"
    # "after a one-way attack drone struck", "after the strike group entered": a weapon or
    # a fleet, and the happening told in full
    r"(?!\s+(?:drones?|helicopters?|aircraft|jets?|submarines?|craft|boats?|group|force|"
    r"fighters?|package|team|wing)\b)[^,;]*?"
    # (to the clause's end: "killed three U.S. soldiers and wounded 40" runs past "U.S.")
    r"(?=[,;]|(?<!\b[A-Z])\.\s|\.$|$)"
    # "since the strike on the outpost in 2024, which killed three soldiers": the toll told in
    # a relative clause is that earlier attack's own, never the news's
    r"(?:,\s*(?:which|that)\s+(?:[\w-]+\s+){0,2}?(?:killed|wounded|injured|left|claimed)\b"
    r"[^;]*?(?=[,;]|(?<!\b[A-Z])\.\s|\.$|$))?", re.I)
# "It was the second attack on the base this week", "the latest in a series of strikes":
# a tally of happenings already told, not one more.
TALLY = re.compile(r"\b(?:(?:it|this|that|which|(?:the|this|that|\w+day(?:'s|’s))\s+"
                   r"(?:[\w-]+\s+)?(?:attack|strike|clash|raid|incident|assault|barrage|shooting|"
                   r"bombing)e?s?)\s+(?:was|is|marked|became)|marks?|marked)\s+"
                   # ("it became the most capable air defense": the most of a thing, no happening)
                   r"(?!(?:the\s+)?(?:most|least)\s+[\w-]+\s+(?!(?:attack|strike|clash|raid|"
                   r"incident|assault|barrage|shooting|bombing)e?s?\b)[\w-])"
                   r"(?:the\s+|at\s+least\s+the\s+)?(?:\w+th|first|second|third|latest|"
                   r"\w+est|(?:\w+-)?\w+st|\w+nd|\w+rd)\b|"
                   # ("for the first time": a new happening, not one more of a series)
                   r"\bfor\s+the\s+(?:second|third|\w+th)\s+time\b", re.I)
# "called the strikes a violation", "claimed the attack", "more than 160 attacks on": the
# happening is named, not told; a count of many is a tally.
REFERENCE = re.compile(
    # "claimed the attack" names one told; "claiming a strike on a bulk carrier" tells one
    r"\bclaim\w*\s+(?:responsibility\s+for\s+)?(?!an?\s)(?:[\w-]+\s+){0,3}$|"
    # "no comment from the army on that strike": a comment asked about one told
    r"\bcomment\w*\s+(?:[\w.-]+\s+){0,5}?(?:on|about|regarding)\s+(?:the|these|those|this|"
    r"that|its|their)\s+(?:[\w-]+\s+){0,2}$|"
    # "issued a press release regarding an attack on the base": a filing's or a notice's
    # line naming what a telling was about; the day is the telling's, not the happening's
    r"\b(?:press\s+release|news\s+release|statement|notice|announcement|filing|report)s?\s+"
    r"(?:regarding|concerning|about|relating\s+to|in\s+connection\s+with)\s+(?:an?|the|this|"
    r"that)\s+(?:[\w-]+\s+){0,2}$|"
    # "at the time of the strike", "the facts of the attack": one told, named as a moment
    r"\b(?:time|facts)\s+of\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}$|"
    r"\b(?:call(?:ed|s|ing)?|condemn\w*|denounc\w*|prais\w*|defend\w*|"
    r"describ\w*|blam\w*|investigat\w*|den(?:y|ied|ies)|planning|plotting|preparing|"
    # "threatened further attacks", "vowed new strikes", "warned of attacks": not yet made
    r"threaten\w*|vow\w*|warn\w*\s+(?:of|that)|"
    r"responsible\s+for|protest\w*\s+(?:over|against|about))\s+"
    r"(?:responsibility\s+for\s+)?(?:the|these|those|this|that|its|"
    # ("condemned the latest wave of Israeli strikes": a series named)
    r"their|such)?\s*(?:(?:latest|last|new|recent|renewed)\s+(?:round|wave|spate)\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}$", re.I)
COUNTED = re.compile(r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+|dozens|scores|hundreds|"
                     # "details of recent attacks on them": happenings in general, none told
                     r"recent|repeated|frequent|numerous)\s+"
                     r"(?:[\w-]+\s+){0,2}$", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
TIMES = re.compile(r"[\w\s-]{0,40}?\b(?:\d[\d,]*|dozens\s+of|hundreds\s+of|scores\s+of|"
                    r"several|many|multiple)\s+times\b", re.I)
PLURAL_HAPPENINGS = re.compile(r"(?:air\s?)?(?:attacks|strikes|raids|incidents)\b", re.I)
# "the strike came as ...", "The attacks follow ...": the happening just told, named again
RECALLED = re.compile(r"(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|assault|bombing|barrages?|"
                      r"shelling|clash(?:es)?|shooting|fighting)\s+"
                      r"(?:came|comes|come|followed|follows|follow|was\s+the|were\s+the|is\s+the|"
                      r"marked|marks)\b", re.I)
# "premiums will stay high while missile attacks continue": attacks as a state that goes on,
# no one happening told
GOING_ON = re.compile(r"(?:[\w-]+\s+)?(?:attacks|strikes|raids)\s+(?:continue|persist|go\s+on)\b",
                      re.I)
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.I)
# "had not carried out any strike", "no attack was reported": did not happen, dated or not
NEGATED = re.compile(r"\b(?:not|never|no|nothing|nobody|no\s+one)\s+(?:[\w-]+\s+){0,3}$", re.I)
NONE_OF = re.compile(r"(?:Neither|None)\s+of\b|No\s+(?:[\w-]+\s+)?(?:was|were)\b")  # opening
# "These strikes were conducted in response to ...": the strikes just told, named again
DEMONSTRATIVE = re.compile(r"\b(?:these|those)\s+(?:[a-z][\w-]*\s+)?$", re.I)
HAPPENING_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|barrages?|assault|"
                             r"shelling|offensive|bombing)\b", re.I)
HABIT = re.compile(r"\b(?:regularly|routinely|frequently|often|repeatedly|usually|"
                   r"periodically|occasionally|typically)\b", re.I)
_HAVE_DIED = (r"\b(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?(?:killed|wounded|injured|hurt|died|"
              r"martyred)\b")  # "strikes have martyred more than 350": an outlet's word for killed
# "between 9 and 12 May", not "fighting between rebels and the army"
_BETWEEN_DAYS = (r"\bbetween\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                 r"\.?\s)")
# "has killed 24 people since Tuesday": a toll of the happening that began that day, not a
# running tally ("since January", "since the offensive began" are tallies)
# ("one man has died since the impact": the toll of one blast, counted from its moment)
_SINCE = (r"\bsince\b(?!\s+(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday|Sunday|yesterday|last\s+night|this\s+morning|dawn|daybreak)\b|"
          r"\s+the\s+(?:[\w-]+\s+)?(?:impact|blast|explosion)\b)")
# "have killed 28 since January", "between 9 and 12 May have killed 28": a tally over a period
# "Over the past day, troops struck 20 villages, killing four": the day's tally across
# places (a governor's morning post), told again place by place
# ("an initial toll of three killed in the day's strikes": the same, counted across them)
DAY_TALLY = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+"
                       r"(?:day|24\s*(?:hours|hrs?|h))\b|"
                       r"\bin\s+the\s+day['’]s\s+(?:strikes|attacks|raids|shelling)\b", re.I)
CUMULATIVE = re.compile(rf"{_HAVE_DIED}[^.;]{{0,80}}{_SINCE}|"
                        rf"(?:{_SINCE}|\bover\s+the\s+(?:past|last)\b|{_BETWEEN_DAYS})[^.;]{{0,80}}"
                        rf"{_HAVE_DIED}|"
                        # "Before Tuesday's strike they had killed at least four": the tally so far
                        r"\b[Bb]efore\s+(?:the|this|that|\w+day(?:'s|’s))\b[^.;]{0,80}\bhad\b|"
                        r"\b(?:so\s+far|to\s+date|in\s+total|altogether|cumulative)\b|"
                        # "... in the same period", "over that period": the span a tally covers
                        r"\b(?:in|during|over|for)\s+(?:the\s+same|that|this|the\s+whole)\s+"
                        r"(?:period|time\s+span|span)\b|"
                        # "the fighting has killed some 470 people, according to an AFP tally"
                        r"\b(?:according\s+to\s+an?|by\s+an?)\s+(?:[\w-]+\s+){0,2}?tally\b|"
                        r"\bthe\s+(?:fighting|war|conflict|violence|hostilities)\s+(?:has|have)\s+"
                        r"(?:now\s+)?killed\b", re.I)
# "militias have attacked U.S. forces at least 92 times, injuring 66": attacks counted over a
# span, no one attack, their toll summed
TIMES_TALLY = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:attacked|struck|targeted|hit|"
                         r"shelled|fired\s+on)\b[^;]{0,80}?\b(?:\d[\d,]*|dozens\s+of|"
                         r"hundreds\s+of)\s+times\b", re.I)

# "conducted 31 operations against ISIS in January, killing 17", "at least 14 attacks have
# targeted our troops since March 1, wounding 11": many happenings counted (ten or more), their
# toll summed; no one happening's. (A few counted, "two airstrikes killed 12", may be one raid.)
MANY_COUNTED = re.compile(r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+|dozens\s+of|scores\s+of|"
                          r"hundreds\s+of)\s+(?:[\w-]+\s+){0,2}?(?:operations|raids|strikes|"
                          r"air\s?strikes|attacks|missions|sorties|engagements|incidents)\b",
                          re.I)
# the span such a count covers: "since March 1", "during January", "in 2026", "this year"
_SPAN = re.compile(r"\b(?:since|during|throughout|over\s+the\s+(?:past|last)|so\s+far|"
                   r"(?:this|that|last)\s+(?:week|month|year|quarter)|(?:month|year)\s+of|"
                   r"in\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:days|weeks?|months?|year)\b|"
                   r"in\s+(?:19|20)\d\d\b)", re.I)

# "So far this month we have logged 9 attacks, against 14 in October": happenings counted by
# whoever keeps the log, over a span (a few as well as many): a tally, no happening told
# ("There were three attacks on U.S. positions in the last week": a few counted over a span,
# as a question or a summary puts it, not one of them told)
_LOGGED = re.compile(r"\b(?:logged|recorded|counted|documented|tallied|registered|"
                     r"there\s+(?:were|have\s+been|had\s+been))\s+"
                     r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?(?:\d[\d,]*|two|three|"
                     r"four|five|six|seven|eight|nine)\s+(?:[\w-]+\s+){0,2}$", re.I)


def many_counted(text: str, start: int, end: int) -> bool:
    """Are ten or more happenings counted over a span between start and end ("conducted 31
    operations during January", "14 attacks since March 1")? ("the Oct. 26 strikes" is a day.)"""
    if not _SPAN.search(text, start, end):
        return False
    return any(not _MONTH_BEFORE.search(text, max(0, m.start() - 11), m.start())
               for m in MANY_COUNTED.finditer(text, start, end))


# "plans to cut its troops ..., pulling out of a base", "calls for forces to leave the base
# by March 31": a move told as an infinitive or a participle under a word of intent is a
# plan, not a move made (whatever date its deadline carries). "Forces are to leave the base by
# September" stays: the corpus asks such an agreed timetable as the month's withdrawal. (A bare
# "would" or "will" is left to the modal test of the clause: "said it would respond, sending
# two destroyers on Tuesday" tells a deployment.)
_INTENT = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|"
                     r"aiming|calls?\s+for|called\s+for|calling\s+for|proposes?|proposed|"
                     r"(?:is|are|was|were)\s+(?:set|scheduled|due|expected|slated|poised|"
                     r"supposed|required|ordered)\s+to)\b",
                     re.I)
_UNFINISHED_MOVE = re.compile(r"\w+ing\b")
_TO_BEFORE = re.compile(r"\bto\s+$")
# "is pulling out", "began to withdraw": a move under way, told whatever was planned before
_UNDER_WAY = re.compile(r"\b(?:is|are|was|were|been|began|begun|begin|begins|started|starts|"
                        r"continued|continues|finished|completed)\s+(?:to\s+)?$", re.I)


def planned_move(text: str, sent_start: int, t_start: int) -> bool:
    """Is a move (withdrawal, handover, deployment) at t_start only intended: an infinitive
    ("to leave") or a participle ("pulling out") after a word of intent in its sentence, or
    one of "any" ("notify ... before the transfer of any installation")?"""
    if move_of_any(text, sent_start, t_start):
        return True
    if not (_UNFINISHED_MOVE.match(text, t_start) or
            _TO_BEFORE.search(text, max(sent_start, t_start - 4), t_start)):
        return False
    if _UNDER_WAY.search(text, max(sent_start, t_start - 14), t_start):
        return False
    return _INTENT.search(text, sent_start, t_start) is not None


_FIRED_SINCE = re.compile(r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+|dozens|scores|hundreds)\s+(?:[\w-]+\s+)"
                          r"{0,2}?(?:rockets|missiles|drones|projectiles|shells|mortars|rounds|"
                          r"UAVs)\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+been\s+(?:fired|"
                          r"launched|shot\s+down|intercepted)\b[^.;]{0,60}?\bsince\b", re.I)
# a fact sheet's or dashboard's figure on its own line, its label on the next
_FIGURE_ABOVE = re.compile(r"(?:^|\n)[ \t]*[~≈<>]?\d[\d,.]*\+?[ \t]*\n\s*$")
# "once U.S. forces withdraw", "once the troops leave": a present verb after "once" is a
# move still to come (a done one is told in the past: "once they withdrew")
_ONCE_SUBJECT = re.compile(r"\bonce\s+(?:[\w.'’-]+\s+){1,4}$")
_BARE_MOVE = re.compile(r"(?:withdraw|leave|pull\s+out|hand\s+over|deploy|arrive|redeploy)\b")
# "withdrawing now would hand the militias a victory": a move as the subject of a modal
_GERUND_SUBJECT = re.compile(r"\w+ing\b(?:\s+[\w-]+){0,4}?\s+(?:would|could|might|will)\b")


# "The requester asks: (a) how many ...; (b) who conducted the attack on X on Sunday night and
# whether ...", "reporters asked who carried out the raid": a question put in reported words
# (an asking verb, then a clause opening with a question word) asks about a happening, told or
# not; the answer, or the report, tells it. ("the group, who conducted the attack": a relative
# "who" follows a noun, not an asking verb, a colon, a semicolon or a list mark.)
_ASKING = re.compile(r"\b(?:asks?|asked|asking|inquires?|inquired|enquires?|enquired|wonders?|"
                     r"wondered|wants?\s+to\s+know|wanted\s+to\s+know)\b", re.I)
_ASKED_CLAUSE = re.compile(r"(?:\b(?:asks?|asked|asking|inquire[sd]?|enquire[sd]?|"
                           r"wonder(?:s|ed)?|to\s+know)|[:;])[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+)?"
                           r"(?:who|whom|whose|which|what|whether|how|when|where|why)\s+"
                           r"(?:[\w'’-]+\s+){0,6}?$", re.I)
_ASKING_WORDS = ("ask", "ASK", "Ask", "quire", "QUIRE", "onder", "ONDER", "know", "KNOW")


def asked_about(text: str, sent_start: int, t_start: int) -> bool:
    """Is the happening at t_start inside a question told in reported words (the requester
    asks: "who conducted the attack on X")?"""
    head = text[sent_start:t_start]
    if not any(w in head for w in _ASKING_WORDS) or not _ASKING.search(head):
        return False  # no asking verb before it: most sentences
    return _ASKED_CLAUSE.search(text, max(sent_start, t_start - 90), t_start) is not None


def named_only(text: str, c_start: int, t_start: int) -> bool:
    """"condemned the strikes", "claimed the attack", "an official responsible for planning
    attacks": the happening is named, not told (its toll is that of the clause around it)."""
    return bool(REFERENCE.search(text, max(c_start, t_start - 60), t_start))


# "a unit that arrived", "troops who had left": a relative clause telling a move in the past
# (where or when it came named right after: "arrived at Harir", "arrived last week"; a
# transcript's "arrived in erbil" leaves the place unknown, and a borrowed one would be wrong)
_NAMED_AFTER = re.compile(r"\w+\s+(?:(?:at|in|to)\s+(?:the\s+)?[A-Z]|(?:last|earlier|this)\s)")
_RELATIVE_PAST = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?=\w+ed\b)")


def not_told(text: str, sent_start: int, c_start: int, t_start: int, c_end: int, *,
             modal_from: int, imagined: bool, quoted: bool) -> bool:
    """Does a clause with no toll of its own fail to tell a happening? It imagines one (when
    imagined may apply: undated, or a move), counts them ("the second attack this week",
    "attacked 166 times"), recalls one just told ("the strikes came as", "these strikes"),
    tells a habit, is only quoted, or denies one."""
    if (rel := _RELATIVE_PAST.search(text, max(modal_from, t_start - 12), t_start + 30)) \
            is not None and rel.end() == t_start and _NAMED_AFTER.match(text, t_start):
        modal_from = rel.end()  # "would not say whether a unit that arrived ...": the modal
        # governs the saying; the relative clause tells the arrival as done
    if imagined and HYPOTHETICAL.search(text, modal_from, t_start):
        return True  # "troops could then leave Iraq in April": a possibility, dated or not
    if imagined and "once " in text[max(sent_start, t_start - 60):t_start] and \
            _ONCE_SUBJECT.search(text, max(sent_start, t_start - 60), t_start) and \
            _BARE_MOVE.match(text, t_start):
        return True  # "what will remain once U.S. forces withdraw": a move still to come
    if imagined and _GERUND_SUBJECT.match(text, t_start):
        return True  # "argued that withdrawing now would hand them a victory": an argument
    if asked_about(text, sent_start, t_start):
        return True  # "asks: who conducted the attack on X": a question, not a telling
    if market_condition(text, sent_start, t_start):
        return True  # "resolves Yes if CENTCOM announces ...": a market's condition
    if origin_of_told(text, sent_start, t_start):
        return True  # "the UAS were launched from X": where the told attack came from
    if TALLY.search(text, c_start, c_end) or opinion_agreed(text, c_start, t_start):
        return True  # (or "analysts agreed that": a view shared, not an accord)
    if "since" in text[t_start:c_end] and _FIRED_SINCE.search(text, c_start, c_end):
        return True  # "more than 60 rockets have been fired since Friday": a running count
    count = PLURAL_HAPPENINGS.match(text, t_start) and \
        COUNTED.search(text, max(c_start, t_start - 40), t_start)
    # ("the Oct. 26 strikes": a day of the month, not 26 strikes)
    counted = count and not _MONTH_BEFORE.search(text, max(0, count.start() - 11),
                                                  count.start()) or TIMES.match(text, t_start)
    if count is None and PLURAL_HAPPENINGS.match(text, t_start) and _LOGGED.search(
            text, max(c_start, t_start - 50), t_start) and _SPAN.search(text, sent_start, c_end):
        return True
    if t_start == sent_start and text[t_start:t_start + 1].islower() and \
            PLURAL_HAPPENINGS.match(text, t_start) and \
            _FIGURE_ABOVE.search(text, max(0, t_start - 20), t_start):
        return True  # "14 \n attacks on U.S. positions since Sept. 1": a fact box's count
    if GOING_ON.match(text, t_start):
        return True
    recalled = RECALLED.match(text, t_start) and \
        DEFINITE_BEFORE.search(text, max(c_start, t_start - 30), t_start)
    return bool(recalled or counted or quoted or HABIT.search(text, c_start, t_start)
                or NEGATED.search(text, max(c_start, t_start - 40), t_start)
                or NONE_OF.match(text, sent_start)
                or (DEMONSTRATIVE.search(text, max(c_start, t_start - 25), t_start)
                    and HAPPENING_NOUN.match(text, t_start)))
