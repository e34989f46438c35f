"""Unnamed officials and sources speaking: "two U.S. officials said", "said one senior NATO
official", "an officer, who asked not to be named, ...", "I'm told by two diplomats".
Reports keep most of their sourcing anonymous, and the count and description of who spoke
("three U.S. officials") is itself what a reader weighs; the shapes of counting and
describing such a source are shared with the public's (sourcing_public.py) and with
bodies' tallies (sourcing_bodies.py)."""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import SOURCE_NOUN

SOURCE_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|two\s+other|"
    r"(?<![\d:.,])\d+|the|other|another)"  # not the minutes of a "11:15" time stamp
)
SOURCE_MODIFIER = (  # ("a General Security Service (GSS) official": the body's initials between;
    # an article is no modifier: "evening a U.S. official said" starts at "a")
    r"(?:[A-Z][\w.-]*(?:['’]s)?|\([A-Z][\w-]{1,8}\)|(?!(?:a|an|and|or|but|that|which|who|the|of|in|on|at|to|for|with|by|from|as|"
    r"said|says|is|was|were|are|have|has|had|not|also|it|he|she|they|what)\b)[a-z][\w-]*)"
)

# A source's own tally: "the command counts at least 14 attacks since August", "officials
# counted 11 attacks" (ORG_SAID_RE and SAID_RE).
TALLIED = (r"(?:counts|counted|tallies|tallied|lists|listed)(?=\s+(?:at\s+least|more\s+than|nearly|"
           r"about|some|over|roughly|almost|\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
           r"a\s+dozen)\b)[^.;]{0,24}?\b(?:attacks?|strikes?|incidents?|"
           r"launches|violations|deaths|casualties|drones|rockets|missiles)\b)")
SAID_TO_BE = r"\s+to\s+(?:be|have)\b"  # "forces said to be massing": not a source speaking

SAID_RE = re.compile(  # ("a single-source report": a kind of report, no source speaking)
    # ("Iraqi and US officials"; not "sources inside Iraq and a source ...": a place ends
    # the first source, the second is its own)
    rf"(?<![\w'’-])(?P<who>(?:(?i:{SOURCE_COUNT})\s+)?(?:of\s+the\s+)?"
    # the body it works for, in lower case: "the forum's area advisor said"
    rf"(?:(?<=[Tt]he\s)[a-z][\w-]*['’]s\s+(?=(?:[a-z][\w-]*\s+){{0,2}}(?:{SOURCE_NOUN})\b))?"
    rf"(?:(?<!inside\s)(?<!in\s)"
    rf"(?<!from\s)(?<!near\s)(?<!at\s)[A-Z][\w.]*\s+and\s+)?"
    rf"(?:{SOURCE_MODIFIER}\s+){{0,4}}(?:{SOURCE_NOUN}|Officials|Sources|Diplomats)"
    rf"(?:\s+(?:for|at|with|of|in|to)\s+(?:the\s+)?(?:U\.S\.|[A-Z][\w.'’-]*)(?:\s+(?:of\s+(?:the\s+)?)?"
    rf"(?:U\.S\.|[A-Z][\w.'’-]*)){{0,4}}(?:(?<=['’]s)(?:\s+[a-z]+){{1,2}}?"
    # "a spokesperson for the Erbil health directorate": a place's service in lower case
    # "two officials with the Iraqi security forces": a country's service in lower case
    rf"|\s+(?:[a-z]+\s+)?(?:directorate|department|ministry|authority|administration|forces|"
    rf"services|police|army))?"
    # "a spokesperson for the embassy", the body in lower case
    rf"|\s+(?:for|at|of)\s+the\s+(?:[a-z]+\s+)?(?:embassy|consulate|ministry|army|military|"
    rf"police|government|company|council|command|agency|mission|division|brigade|regiment|"
    rf"battalion|task\s+force)\b)?)"
    # "in occupied X", "in Deir ez-Zor"
    # ("officials at one base", "a source in a militia")
    rf"(?:\s+(?:in|at|from|with|on)\s+(?:(?:the|one|a|an|each|several)\s+)?[\w.-]+"
    rf"(?:\s+(?:[a-z]{{1,3}}-)?[A-Z][\w.-]+)?"
    # ("a local official in Duhok province told": the place's kind in lower case)
    # ("a medical official at Haditha hospital told us": the place's site in lower case)
    rf"(?:\s+(?:province|governorate|district|region|county|hospital|clinic|airport))?)?"
    rf"(?:\s+who\s+[^,;\"“”]{{3,90}}?,?)?"
    # "an official interviewed by the authors in Amman on 20 February said"
    rf"(?:\s+(?:interviewed|speaking|briefed|familiar|quoted|cited|contacted|reached|based|"
    rf"stationed|involved|operating|serving|deployed|fighting|close(?=\s+to\b))\b"
    rf"[^,;\"“”]{{3,70}}?)?"
    # (why they stay unnamed may take long: ", who spoke on condition of anonymity because
    # he was not authorised to discuss ...,")
    # an intelligence report's source: "a human source with good past access (graded B2)"
    rf"(?:\s+with\s+(?:[a-z-]+\s+){{0,3}}?(?:access|knowledge|insight|reporting)\b)?"
    rf"(?:\s+\((?:graded|grade|rated)\s+[A-F][1-6]\))?"
    rf"(?:,[^,;\"“”]{{3,90}},|,\s+who\s+[^,;\"“”]{{3,160}}?,|,\s+who"
    # (why they stay unnamed, set between commas: ", speaking on condition of anonymity
    # because they were not authorized to discuss the investigation,")
    rf"|,\s+speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b[^,;\"“”]{{0,140}}?,)?\s+"
    rf"(?:have\s+|had\s+|has\s+)?(?:long\s+|also\s+|initially\s+|first\s+|earlier\s+|"
    rf"later\s+|privately\s+|previously\s+|separately\s+|repeatedly\s+|publicly\s+|"
    # ("officials now say": a revised account; not "officials now expect", a plan)
    rf"(?:now|still)\s+(?=(?:say|says|said|tell|tells|told|confirm|confirmed)\b)|"
    # "a spokesperson would only say": what little the source gave is its own
    rf"would\s+(?:only\s+|not\s+)?(?=say\b))?"
    rf"(?P<verb>said(?!{SAID_TO_BE})|say|says|told|tells|tell(?=\s+(?:(?:the\s+)?[A-Z]|reporters\b|us\b))|adds|reported|reports?|believe|believes|"
    rf"confirmed|added|stated|noted|caution|claimed|revealed|{TALLIED}|"
    # a promise made to a body, which the report passes on: "officials had assured the
    # embassy that the radars would stay"
    rf"(?:assured|informed)(?=\s+(?:the\s+)?[A-Z])|"
    # (in the present, as live blogs and feeds tell it: "a militia spokesman claims")
    rf"claims|confirms|denies|"
    # "as one officer put it to us": the words are the source's own
    rf"put\s+it(?:\s+to\s+(?:us|me|reporters))?(?=[\s,.:])|"
    # "put the cost problem bluntly:": the source's own words follow
    rf"put\s+(?:it|this|that|the\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:bluntly|plainly|simply|"
    rf"starkly|succinctly|frankly|candidly)(?=[\s,.:])|"
    # "officials later put the wounded at four": a count of their own
    rf"put(?=\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:toll|number|wounded|dead|injured|"
    rf"casualties|count|figure|losses)(?:\s+of\s+[^,;.\"“”]{{2,50}}?)?\s+at\b)|"
    # "with informed sources reporting that": a participle in an absolute clause
    rf"(?<=sources\s)reporting(?=\s+that\b)|"
    rf"cautioned|warn|worried|acknowledged|warned|attributed|blamed|estimated?|assessed|"
    rf"assess|expect|expected|fear|feared|raised\s+concerns?|expressed\s+concern|"
    # (a reaction counts only with its own words quoted: see REACTION_VERBS)
    rf"denied|condemned|rejected|denounced|"
    # 'described the claim as "..."': the source's own words (a reaction, quoted)
    rf"described(?=\s+(?:the|it|them|this|that|its|their)\b[^,;.\"“”]{{0,60}}?\s+as\b)|"
    # 'what one official described to the IISS as "well over 30"': its words, the object
    # fronted by "what"
    rf"described(?=(?:\s+to\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)?\s+as\s+[\"“])|"
    # 'called the raid "a crime"': what the source named it, in its own words
    rf"called(?=\s+(?:it|them|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)\s+[\"“])|"
    # a spokesperson's word for it, quoted or not: "the spokesman has called the drawdown a
    # sign of sovereignty" (speaking is the office's work)
    rf"(?:(?<=man\s)|(?<=son\s)|(?<=man\shas\s)|(?<=son\shas\s))called(?=\s+(?:it|them|this|that|"
    rf"the\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+)\s+(?:an?\s+|the\s+)?[\w\"“]))\b"
    rf"(?:\s+in\s+a\s+statement)?",
)
# '..." said one senior NATO official.': the verb before an unnamed source.
SAID_SOURCE_RE = re.compile(
    rf"\b(?:said|says|added)\s+(?P<who>(?:a|an|one|another|two|three|four)\s+"
    rf"(?:{SOURCE_MODIFIER}\s+){{0,4}}?(?:officials?|sources?|diplomats?|officers?|envoys?|mediators?|"
    # ("said a spokesperson for the 386th Air Expeditionary Wing": the body it speaks for,
    # a unit's number first; "for the ministry" in lower case)
    rf"negotiators?|spokes(?:man|woman|person))(?:\s+(?:in|at|with|from|for)\s+(?:the\s+)?"
    rf"(?:\d{{1,4}}(?:st|nd|rd|th)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
    rf"|\s+for\s+the\s+(?:ministry|embassy|army|military|police|command|wing|brigade|"
    rf"division|regiment|battalion|squadron|group|militia|movement|agency|company|firm))?)"
    rf"(?=\s*[.,;]|\s+(?:who|speaking|familiar|briefed)\b)"
)
# An unnamed source whose anonymity is its sourcing, with no verb of saying after it: "An army
# officer in the north, who asked not to be named because ..., was less sure."
ANONYMITY_ASIDE_RE = re.compile(
    rf"\b(?P<who>(?i:{SOURCE_COUNT})\s+(?:{SOURCE_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN})"
    r"(?:\s+(?:in|at|from|with|of|for|on)\s+(?:the\s+)?[^,;\"“”]{2,50}?)?),\s+who\s+"
    r"(?:asked|requested|spoke|declined|were|was)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
    r"on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|to\s+be\s+named|not\s+"
    r"authori[sz]ed)")

# "I'm told by two Western diplomats that", "was told by a senior official": the passive.
TOLD_BY_RE = re.compile(
    # ("heard from an Iraqi police source that ...": the same source, named after the hearing)
    rf"\b(?:(?:told|informed|briefed|assured)\s+by|(?:heard|learned|learnt)\s+from)\s+"
    rf"(?P<who>(?i:{SOURCE_COUNT})\s+(?:{SOURCE_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN})|"
    # ... or uncounted, in the plural: "Families were told by unit officers that"
    rf"(?:{SOURCE_MODIFIER}\s+){{0,3}}?(?:officials|officers|sources|diplomats|commanders|aides)"
    rf"\b(?!\s+(?:of|for|at|with|to|not)\b))"  # (not an order: "told by officers to leave")
)

# "three officials I spoke to pointed to X", "two officers we interviewed": the reporter's own
# unnamed sources, counted as the reporter met them (no verb of saying needed).
SPOKE_TO_RE = re.compile(
    rf"\b(?P<who>(?i:{SOURCE_COUNT})\s+(?:{SOURCE_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN}))\s+"
    r"(?:(?:whom|who|that)\s+)?(?:I|we)\s+(?:(?:have\s+)?(?:spoke|spoken|talked)\s+(?:to|with)|"
    r"interviewed|reached)\b")

# "Initial reporting from police sources indicated": unnamed sources behind early reports.
REPORTING_FROM_RE = re.compile(
    r"\b(?:(?:[Ii]nitial|[Ee]arly|[Pp]reliminary|[Ll]ocal)\s+)?[Rr]eport(?:ing|s)\s+from\s+"
    r"(?:[a-z]+\s+){0,2}sources\b")
# "Initial reports from Kurdish authorities said", "later reporting from the X Cell": the
# first or a later account, sourced to whoever gave it (a timing word leads in, so "reports
# from the front" is no sourcing).
REPORTS_FROM_BODY_RE = re.compile(
    r"\b(?:[Ii]nitial|[Ee]arly|[Ee]arlier|[Pp]reliminary|[Ll]ater|[Ff]irst|[Ss]ubsequent|"
    r"[Ll]atest)\s+report(?:s|ing)?\s+from\s+(?P<who>(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?:authorities|officials|sources|police|military|army|ministry|media|[A-Z][\w.'’-]*)\b"
    r"(?!\s+[A-Z]|\s+media\b|[.'’-]\w))")  # ("reports from Kurdish media": the press)

# The nouns SAID_RE and PUBLIC_SAID_RE need, to skip sentences without them at once.
SOURCE_WORD = re.compile(r"(?i)\b(?:officials?|sources?|spokes|diplomats?|officers?|captain|"
                          r"aides?|advis|sergeant|lieutenant|colonel|commanders?|people|person|"
                          r"staffers?|envoys?|mediators?|negotiators?|lawmakers?|legislators?|politicians?|"
                          r"interlocutors?|gunners?|contacts?|briefers|executives|representatives?)")

# "an official said, speaking on condition of anonymity": why the source is unnamed belongs
# to its sourcing.
ANONYMITY_AFTER = re.compile(r",\s+speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b")
