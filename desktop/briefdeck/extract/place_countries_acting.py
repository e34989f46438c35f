"""A country acting, siding, speaking or qualifying someone: an actor, not a place.

"led by France", "Iran-backed militias", "militias aligned with Iran", "France plans to
shrink ...", "US/UK strikes", "the Iran-Iraq war", "a United States soldier", "the
representative of France said", "the envoy for Syria": the country names who does something,
whose people they are or whom someone sides with, not where anything happens. A report's
places are where things happen, so these shapes keep the country out of them.
"""

from __future__ import annotations

import re

# "At its peak the UK had more than 1,000 personnel in Iraq": the forces it keeps, wherever
# the clause stands.
FORCES_HELD_AFTER = re.compile(
    r"\s+(?:has|had|have|keeps|kept|maintains|maintained)\s+(?:(?:about|some|roughly|nearly|"
    r"around|more\s+than|fewer\s+than|at\s+least|an\s+estimated)\s+)?[\d,]+\s+(?:troops|"
    r"soldiers|service\s+members|personnel|forces)\b")
# "Iran-backed militias", "US-led coalition": the place qualifies someone, it is no place of
# the report (a signal's capitals too: "IRAN-ALIGNED MILITIA"). "Palestine-2", "Quds-1",
# a quoted '"Palestine 2"': a digit after the name makes a weapon's name. "Palestine Street",
# "Haifa Street": a street of the town the report is in, not the country or city it is named for.
QUALIFIER_AFTER = re.compile(r"-(?i:aligned|backed|linked|allied|supported|sponsored|made|led|"
                             r"funded|armed|trained|affiliated|controlled|run)\b|-\d|"
                             r" \d{1,2}[\"”]| (?:Street|Avenue)\b")
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
    # "France condemns the attack", "Syria asks the Council": a delegation's present tense
    r"condemns|rejects|welcomes|urges|deplores|reaffirms|asks|calls\s+(?:on|upon|for)|maintain|"
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
# "Deputy Assistant Secretary of State for Iraq and Iran", "the envoy for Syria": the
# official's brief, a title, not a place of the report.
PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Secretary|Envoy|envoy|Minister|minister|Representative|Coordinator|Director|"
    r"Adviser|Advisor|Commissioner|Officer|Ambassador)(?:\s+(?:of|for)\s+[A-Z][a-z]+)?"
    r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+))?"
    r"(?:the\s+)?$")
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
FLAG_AFTER = re.compile(r"-(?:flagged|registered|owned|operated|managed|based)\b")
# Between two actors of one list: "by Israel, the US, the UK, France and Jordan". A skipped
# list member ("the US") may stand between.
ACTOR_LIST = re.compile(r"(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:and\s+)?(?:the\s+)?"
                        r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?){0,3}?"
                        r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")
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
    r"(?:[Dd]efen[cs]e\s+|[Mm]ilitary\s+)?[Aa]ttach[eé]s?|"
    # "To the United States government:", "the Iraq administration": whose government
    r"government|administration|authorities)\b")
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
# "a day before Washington confirmed that the troops would move": a capital reporting a
# decision ("confirmed that", "acknowledged it") is its government speaking, wherever the
# clause opens; the city is no place of the report.
SEAT_REPORTS_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|later|also|then|quickly|publicly|officially)\s+)?(?:confirmed|"
    r"acknowledged|admitted|conceded|disclosed|revealed|stressed|maintained|insisted|"
    r"announced|denied|said|says)\s+(?:that|it|on|in\s+a)\b")
# "as Baghdad and Washington continue talks", "a message to both Washington and Baghdad": the
# capitals as the governments that negotiate or are addressed, no place of the report.
SEAT_TALKS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:continue|continued|held|hold|"
                              r"resumed?|opened|began|begin)\s+(?:their\s+)?(?:talks|"
                              r"negotiations|consultations)\b")
SEAT_MESSAGE_BEFORE = re.compile(r"\bmessages?\s+to\s+(?:both\s+)?(?:[A-Z][\w'’-]+\s+and\s+)?$")


# A capital standing for its country's government: "Baghdad's government spokesman called it
# ...", "Tehran's proxies", "Moscow's envoy". The seat speaks or owns, no place of the report.
# (Only national capitals: "Erbil's governor" and "Beirut's southern suburbs" are places.)
SEATS_OF_GOVERNMENT = frozenset(
    "Baghdad Damascus Beirut Amman Tehran Riyadh Ankara Cairo Sanaa Doha Manama Muscat Kyiv "
    "Moscow Washington London Paris Berlin Beijing Taipei Tokyo Seoul Pyongyang Baku Yerevan "
    "Tbilisi Islamabad Kabul Khartoum Tripoli Mogadishu Brussels Jerusalem".split())
SEAT_OWNS_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:government|cabinet|leadership|envoy|"
                             r"ambassador|allies|proxies|backers|spokes(?:man|woman|person)|"
                             r"foreign\s+(?:ministry|minister)|(?:prime\s+)?minister)\b")
