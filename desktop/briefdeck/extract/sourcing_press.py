"""The press as a source: outlets named or unnamed ("a pro-government newspaper said",
"Western media have claimed"), an outlet's own reporters as witnesses, what a broadcaster
aired, and the outlet that could not verify a claim. Another outlet's report is sourcing of
its own kind, told apart from officials and bodies."""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import OUTLETS

# "the newspaper Al-Sabah reported", "Syria's state news agency SANA said": a name the report
# says is the press, with that description.
# (a nationality first is part of it: "Kurdish broadcaster X", "the Saudi-owned daily Y")
PRESS_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.-]*(?:'s|’s)\s+)?(?:\b(?:[Tt]he|[Aa]n?)\s+)?"
    r"(?:\b[A-Z][a-z]+(?:ish|ian|ese|i|an|ic)(?:-[a-z]+)?\s+)?(?:\b[a-z][\w-]*\s+){0,2}?"
    r"\b(?i:newspaper|daily|broadcaster|outlet|channel|news\s+(?:site|website|agency)|"
    r"television|radio\s+station|weekly|wire\s+service|"
    # the trade press, described by its trade: "the shipping publication X reported"
    r"publication|magazine|journal|trade\s+paper)\s+$")

PRESS_WORD = re.compile(r"\b(?:outlet|newspaper|broadcaster|news|daily|tv|television|radio|"
                         r"tabloid|weekly)\b")

# "A Syrian opposition outlet reported", "a pro-government newspaper said": the press, unnamed.
PRESS_SAID_RE = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:outlet|newspaper|broadcaster|"
    r"news\s+(?:site|website|agency|channel|portal)|daily|(?:TV|television)\s+(?:channel|station)|"
    r"radio\s+station|tabloid|weekly))\s+(?:has\s+|had\s+)?(?:also\s+)?(?:reported|said|says)\b"
)
# The outlet's own reporters as witnesses: "AFP correspondents saw", "a Reuters reporter at the
# scene counted".
OWN_REPORTERS_RE = re.compile(
    rf"\b(?:(?P<one>[Aa]n?)\s+)?(?:{OUTLETS})\s+(?:correspondents?|reporters?|journalists?|"
    r"photographers?|cameram[ae]n|videographers?)(?:\s+(?:at|in|on)\s+(?:the\s+)?"
    r"[\w-]+)?\s+(?:also\s+)?(?:saw|see|heard|hear|witnessed|counted|observed|reported|"
    r"found|confirmed|described|visited|filmed|photographed|said|says)\b")
REPORTER_WORD = re.compile(r"correspondent|reporter|journalist|photographer|camera|videographer")
# A named outlet, with what it is, showing or carrying the news: "the Houthi-run Al-Masirah
# television broadcast footage", "Al Mamlaka TV aired", "the Tasnim news agency published".
# (The owner's adjective before the name is not the source.)
MEDIUM_SHOWED_RE = re.compile(
    r"\b(?P<who>(?!(?:The|A|An|Its|Their|State|Local|National)\s|[A-Z]\w*-(?:run|backed|owned|"
    r"affiliated|aligned|controlled|funded|linked|based)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2}\s+(?:television|TV|radio|satellite\s+channel|news\s+agency|"
    r"newspaper|broadcaster))\s+(?:also\s+|later\s+)?"
    r"(?:broadcast|aired|showed|shows|carried|published|ran|screened)\b"
    # ... or saying it after the news it gave: "killing three, the Houthi-run Al Masirah
    # television said" (a wire's closing attribution, after a comma)
    r"|(?<=,\s)(?:the\s+)?(?:[A-Z][\w-]*-(?:run|backed|owned|affiliated|aligned)\s+)?"
    r"(?P<said>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:television|TV|radio|satellite\s+"
    r"channel|newspaper|broadcaster))\s+(?:said|reported)\b")
SHOWED_WORD = re.compile(r"\b(?:broadcast|aired|showed|shows|carried|published|ran|screened|"
                         r"said|reported)\b")

OUTLET_RE = re.compile(
    rf"\b(?P<who>{OUTLETS})\s+(?:first\s+|also\s+|previously\s+|has\s+|had\s+)?"
    r"(?:reported|reports|said|cited|quoted|admitted|acknowledged)\b"
)

# "Reuters could not independently verify the report": the outlet that publishes the story.
OWN_OUTLET_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:could\s+not|cannot|"
    r"can\s+not|was\s+unable\s+to|has\s+not\s+been\s+able\s+to|was\s+not\s+able\s+to)\s+"
    r"(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm)\b")

# The press of a country or camp, unnamed: "Western media have claimed", "Iranian and Iraqi
# media reported" (another outlet, uncounted; social media is no press).
MEDIA_SAID_RE = re.compile(
    # (a party's own media: "the group's media outlets", "the YPG/PKK's media")
    r"\b(?!(?:[Ss]ocial|[Nn]ew|[Tt]he|[Ii]n|[Bb]y|[Tt]o)\b)(?P<who>(?:[A-Z][\w/-]+(?:'s|’s)?|state|local|"
    r"foreign|international|mainstream|official|opposition)(?:\s+and\s+[A-Z][\w-]+)?"
    r"\s+(?:news\s+)?media(?:\s+outlets)?)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|widely\s+|"
    r"previously\s+|initially\s+|first\s+|later\s+|earlier\s+)?(?:claimed|reported|said|say|says|claim|report|quoted|cited|"
    # what the press put out: "State media carried the names of the two soldiers"
    r"denied|denies|confirmed|carried|aired|broadcast|published)\b")

# Press reports a speaker has seen: "I have seen media reports of strikes": other outlets.
SEEN_REPORTS_RE = re.compile(r"\b(?:seen|read|heard|saw)\s+(?:the\s+|some\s+)?(?:media|press|news)"
                             r"\s+reports\b(?:\s+(?:of|that)\b)?")
