"""The sentence shapes of sourcing: who said, reported, assessed or was seen by whom, in the
words reports use ("according to three U.S. officials", "said in a statement on its Telegram
channel", "a memo seen by Reuters"). attributions.py reads the report with them."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.attribution_kinds import OUTLETS, SOURCE_NOUN
from briefdeck.extract.institutions import BODY, BODY_MOD, CAP_WORD, INSTITUTION
from briefdeck.extract.person_patterns import POST_NOMINALS
from briefdeck.extract.quote_patterns import ABBR_DOT

# Own data: "Our database records", "ACLED data show", "the tally shows".
DATA_RE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*)\s+(?:own\s+)?(?:database|data|dataset|tally|"
    # ("the Displacement Tracking Matrix (DTM) recorded": a data system that counts)
    r"count|records|[Tt]racker|figures|(?:[Tt]racking\s+)?[Mm]atrix(?:\s+\([A-Z]{2,6}\))?)\s+"
    r"(?:records|recorded|shows?|showed|indicates?|suggests?|"
    r"lists?|counts?|counted)\b"
)
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|two\s+other|"
    r"(?<![\d:.,])\d+|the|other|another)"  # not the minutes of a "11:15" time stamp
)
_MODIFIER = (  # ("a General Security Service (GSS) official": the body's initials between;
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
_PASSIVE = r"\s+to\s+(?:be|have)\b"  # "forces said to be massing": not a source speaking
# ("..., per the duty officer": the clipped "according to" of notes; notes also set it in
# brackets or after a dash, "(per ministry statement)", "- per INA", and open a line with it,
# "Per the embassy alert:"; never "$3 per barrel")
ACCORDING_RE = re.compile(
    rf"(?:\b[Aa]ccording\s+to|(?:(?<=, )|(?<=\()|(?<=[;—–] )|(?<= - ))(?P<per>[Pp]er)|"
    rf"(?<![^\s\"“(])(?P<cap_per>Per)|"
    # "By a tally kept by the Pentagon, militias have attacked ...": a count's keeper
    rf"\b[Bb]y(?=\s+(?:an?|the|its|their|our|one)\s+(?:[\w-]+\s+)?(?:tally|count|reckoning)\b))"
    rf"\s+"
    rf"(?P<who>(?:[^,.;:\"“”()]|{ABBR_DOT}|(?<=\s)\([A-Z][A-Za-z-]{{1,8}}\)(?=[\s,;:])){{2,90}})"
)
SAID_RE = re.compile(  # ("a single-source report": a kind of report, no source speaking)
    # ("Iraqi and US officials"; not "sources inside Iraq and a source ...": a place ends
    # the first source, the second is its own)
    rf"(?<![\w'’-])(?P<who>(?:(?i:{_COUNT})\s+)?(?:of\s+the\s+)?(?:(?<!inside\s)(?<!in\s)"
    rf"(?<!from\s)(?<!near\s)(?<!at\s)[A-Z][\w.]*\s+and\s+)?"
    rf"(?:{_MODIFIER}\s+){{0,4}}(?:{SOURCE_NOUN}|Officials|Sources|Diplomats)"
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
    rf"(?:\s+(?:province|governorate|district|region|county))?)?"
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
    rf"(?:now|still)\s+(?=(?:say|says|said|tell|tells|told|confirm|confirmed)\b))?"
    rf"(?P<verb>said(?!{_PASSIVE})|say|says|told|tells|tell(?=\s+(?:(?:the\s+)?[A-Z]|reporters\b|us\b))|adds|reported|reports?|believe|believes|"
    rf"confirmed|added|stated|noted|caution|claimed|revealed|{TALLIED}|"
    # (in the present, as live blogs and feeds tell it: "a militia spokesman claims")
    rf"claims|confirms|denies|"
    # "as one officer put it to us": the words are the source's own
    rf"put\s+it(?:\s+to\s+(?:us|me|reporters))?(?=[\s,.:])|"
    # "officials later put the wounded at four": a count of their own
    rf"put(?=\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:toll|number|wounded|dead|injured|"
    rf"casualties|count|figure|losses)\s+at\b)|"
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
    rf"(?:{_MODIFIER}\s+){{0,4}}?(?:officials?|sources?|diplomats?|officers?|envoys?|mediators?|"
    rf"negotiators?|spokes(?:man|woman|person))(?:\s+(?:in|at|with|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})?)"
    rf"(?=\s*[.,;]|\s+(?:who|speaking|familiar|briefed)\b)"
)
# An unnamed source whose anonymity is its sourcing, with no verb of saying after it: "An army
# officer in the north, who asked not to be named because ..., was less sure."
ANONYMITY_ASIDE_RE = re.compile(
    rf"\b(?P<who>(?i:{_COUNT})\s+(?:{_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN})"
    r"(?:\s+(?:in|at|from|with|of|for|on)\s+(?:the\s+)?[^,;\"“”]{2,50}?)?),\s+who\s+"
    r"(?:asked|requested|spoke|declined|were|was)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
    r"on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|to\s+be\s+named|not\s+"
    r"authori[sz]ed)")
# "according to the officials and a congressional aide": two sources, each counted alone.
AND_ANOTHER = re.compile(rf"\s+and\s+(?=(?i:{_COUNT})\s)")
# "a Telegram channel close to Kataib Hezbollah posted": a group's own outlet speaks for it.
CHANNEL_RE = re.compile(
    r"(?P<who>\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:Telegram|WhatsApp|Facebook|"
    r"YouTube|X|Twitter|TikTok|social\s+media|online)\s+(?:channel|account|page|feed)s?\s+"
    r"(?:close\s+to|linked\s+to|tied\s+to|affiliated\s+with|associated\s+with|run\s+by|"
    r"belonging\s+to|used\s+by|aligned\s+with|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+(?:of\s+|in\s+)?"
    r"(?:al-|el-)?[A-Z][\w'’-]*){0,4}"
    # ("close to Iran-aligned factions": no group named, so the channel is an outlet)
    r"|(?P<generic>(?:[\w'’-]+\s+){1,2}?(?:factions|militias|groups|militants|fighters|rebels|"
    r"insurgents|jihadists|resistance))))(?:,[^,;\"“”]{2,90},|(?<=\w),(?=\s+[a-z]))?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:posted|said|published|wrote|shared|claimed|reported|released|announced|carried)\b"
)
# The channel's name set before it: "Sabereen News, a Telegram channel close to ...".
CHANNEL_NAMED_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))"
                                  r"(?!(?:In|On|At|From|After|Near|By|For|With|Meanwhile|Later)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+$")
# "In a post on X, the Border Guards' official account shared": the body's own account speaks.
ACCOUNT_RE = re.compile(
    r"(?:\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:post|message|statement|video|tweet)\b"
    r"[^,\"“”]{0,40},\s+)?"
    r"(?P<who>\b(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}?[A-Z][\w.-]*?"
    r"(?:'s|’s|'|’)\s+(?:(?:official|own|verified)\s+)?(?:(?:Telegram|X|Twitter|Facebook|"
    r"Instagram|YouTube|WhatsApp|TikTok)\s+)?(?:account|channel|page|feed))\s+(?:has\s+|had\s+)?"
    r"(?:also\s+)?(?:posted|shared|said|wrote|published|announced|reported|claimed|released)\b"
)
# Unnamed commentators and market sources speaking for themselves: "Russian milbloggers
# claimed", "two insurance brokers said", "a pro-Kremlin blogger wrote".
COMMENTATOR_SAID_RE = re.compile(
    # (the noun may open the sentence: "Underwriters in Athens said")
    rf"\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:[\w-]+\s+){{0,2}}?(?i:(?:mil)?(?:bloggers?|brokers?|"
    rf"commentators?|insurers?|underwriters?)))(?:\s+(?:at|in|from|with|(?:affiliated|associated|"
    rf"linked|close)\s+(?:with|to))\s+[^,;\"“”]{{2,40}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:said|say|says|told|claimed|claim|claims|"
    rf"wrote|reported|posted|alleged|argued|warned)\b"
)
# A country's seat at a council or an assembly speaks for its government, unnamed, as the
# UN's meeting coverage reports debates: "The representative of Chile said", "Kenya's
# delegate urged", "the speaker for Norway, on behalf of the Nordic countries, said".
DELEGATE_SAID_RE = re.compile(
    r"\b(?:[Tt]he\s+(?:representative|delegate|speaker)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
    r"|(?<![\w'’-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+(?:representative|delegate))"
    # (an aside between: ", speaking also for X,", "— speaking for the group —")
    r"(?:,[^,;\"“”]{3,90},|\s+[—–]\s*[^—–;]{3,120}?\s*[—–])?\s+(?:also\s+)?"
    r"(?:said|says|told|urged|called\s+(?:for|on)|condemned|stressed|warned|noted|added|"
    r"welcomed|rejected|denounced|emphasi[sz]ed|underlined|expressed)\b")
# "I'm told by two Western diplomats that", "was told by a senior official": the passive.
TOLD_BY_RE = re.compile(
    # ("heard from an Iraqi police source that ...": the same source, named after the hearing)
    rf"\b(?:(?:told|informed|briefed|assured)\s+by|(?:heard|learned|learnt)\s+from)\s+"
    rf"(?P<who>(?i:{_COUNT})\s+(?:{_MODIFIER}\s+){{0,4}}?(?:{SOURCE_NOUN}))"
)
# "the newspaper Al-Sabah reported", "Syria's state news agency SANA said": a name the report
# says is the press, with that description.
PRESS_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.-]*(?:'s|’s)\s+)?(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:\b[a-z][\w-]*\s+){0,2}?"
    r"\b(?i:newspaper|daily|broadcaster|outlet|channel|news\s+(?:site|website|agency)|"
    r"television|radio\s+station|weekly|wire\s+service)\s+$")
# Cheap tests before the patterns below: the nouns they need.
DOC_WORD = re.compile(r"\b(?:report|assessment|memo|document|stud|analys|review|audit|cable|"
                       r"letter|budget|dossier|paper|estimates)")
PRESS_WORD = re.compile(r"\b(?:outlet|newspaper|broadcaster|news|daily|tv|television|radio|"
                         r"tabloid|weekly)\b")
OFFICE_WORD = word_gated(re.compile(
    r"\b(?:governor|mayor|minister|president|ambassador|envoy|prosecutor|"
    r"police\s+chief|premier|head|chief|chairman|chairwoman|director|"
    r"press\s+secretary|(?:security|humanitarian|resident)\s+coordinator)\b"))
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
# "..., his office said": a named office holder's staff speak for the office, unnamed.
OWN_OFFICE_SAID_RE = re.compile(
    # ("the Iraqi prime minister's office condemned": an office named by its holder's post,
    # which speaks, condemning or saying, for the holder)
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)|(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:prime\s+minister|"
    r"president|governor|mayor|premier|minister|chancellor)(?:'s|’s)|"
    # ... or by the holder's post and name: "President Jane Roe's office"
    r"(?:Prime\s+Minister|President|Governor|Mayor|Premier|Chancellor)(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w.'’-]*){1,4}"
    r"(?<=['’]s))\s+"
    r"(?:press\s+|private\s+|media\s+)?office\s+"
    r"(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|announced|stated|confirmed|added|condemned|"
    # a stance in the office's words: "called it a violation", "described the raid as"
    r"denied|called(?=\s+(?:it|the\s+\w+|this|that)\s+(?:an?|the)\b)|described|rejected|"
    r"denounced)\b"
)
# "the regional governor said", "the head of the village council said": an office holder the
# report does not name speaks for the office (a head, chief or director with what they head);
# so does their office ("the office of the prime minister said", staff).
OFFICE_SAID_RE = re.compile(
    r"\b(?P<who>(?P<staff>[Tt]he\s+(?:press\s+|media\s+|private\s+)?office\s+of\s+)?"
    r"(?:[Tt]he|(?:[Tt]he\s+)?[\w-]+(?:'s|’s))\s+"  # "Iran's", "the army's"
    # a nationality or a body's initials: "the Iraqi prime minister", "the UN coordinator"
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,4})\s+(?=[a-z]))?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:(?P<role>governor|mayor|prime\s+minister|"
    r"president|minister|ambassador|envoy|prosecutor|police\s+chief|premier|"
    r"press\s+secretary|(?:(?<=security\s)|(?<=humanitarian\s)|(?<=resident\s))coordinator)|"
    r"(?P<head>head|chief|chairman|chairwoman|director)(?=\s+of\b))"
    r"(?:\s+of\s+(?:the\s+)?(?P<office>[^,;.\"“”]{2,50}?))?)\s+"
    r"(?:has\s+|had\s+)?(?:also\s+)?(?:said(?!\s+to\s+(?:be|have)\b)|says|told|tells|"
    r"announced|stated|confirmed|added)\b"
)
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
    r"(?:broadcast|aired|showed|shows|carried|published|ran|screened)\b")
SHOWED_WORD = re.compile(r"\b(?:broadcast|aired|showed|shows|carried|published|ran|screened)\b")
# "SANA, citing a military source, said": the source behind the source.
# (a full stop inside initials is no end: "quoting two U.S. officials")
CITING_RE = re.compile(r"\b(?:citing|quoting)\s+(?P<who>(?:[^,.;:\"“”()]|(?<=\b[A-Z])\.(?=[A-Z]\.|"
                       r"\s+[a-z])|(?<=\b[A-Z]\.[A-Z])\.){3,80})")
OUTLET_RE = re.compile(
    rf"\b(?P<who>{OUTLETS})\s+(?:first\s+|also\s+|previously\s+|has\s+|had\s+)?"
    r"(?:reported|reports|said|cited|quoted|admitted|acknowledged)\b"
)
# "Iraq's Security Media Cell, which speaks for ..., said in a statement": an institution speaking.
IN_A_STATEMENT = re.compile(r"\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
                             r"emailed\s+)?statement\b")
# A sentence opening on where the words were issued, the speaker after it: "In a statement
# posted on its Telegram channel on Tuesday, the group said ...".
STATEMENT_FIRST_RE = re.compile(
    r"In\s+a\s+(?:[a-z]+\s+)?statement\s+(?:posted|published|carried|issued|released|shared|"
    r"broadcast|read\s+out)\s+(?:on|by|via|through|in)\s+[^,;\"“”]{2,80}?,\s+"
    r"(?P<who>[^,;\"“”]{2,60}?)\s+(?:also\s+)?(?:said|says|claimed|announced|added|stated|"
    # (the body's stance, whatever its verb, is what the statement says: "In a statement
    # issued on Wednesday, the ministry considered the attack a flagrant violation")
    r"accused|denied|warned|considered|condemned|affirmed|stressed|reported|"
    r"described|urged|rejected|reiterated|expressed|welcomed|blamed|insisted|vowed|"
    r"demanded|called\s+(?:on|for))\b")
# Who carried the words: "in a statement carried by its Al-Manar television".
# ("released through its media arm", "issued via its news agency")
_CARRIED = (r"(?:\s+(?:carried|published|posted|broadcast|aired|relayed|released|issued)\s+"
            r"(?:by|on|via|through)\s+"
            r"[^,;.\"“”]{2,50}?(?=[,;.]|\s+(?:saying|that)\b))?")
STATEMENT_RE = re.compile(  # (the speaker opens with a name or "the", never "of the")
    r"(?P<who>\b(?=[A-Z]|[Tt]he\s)(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?|[a-z]+\s+(?=of\b)){1,7}?)"
    r"(?:,[^,;]{3,70},\s+)?(?:\w+\s+){0,4}?(?:said|says|announced|stated|added|condemned)?"
    r"[^.;\"“”]{0,60}?\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
    r"emailed\s+)?statement\b"
    rf"{_CARRIED}"
)
# Where the words were issued, after the verb and maybe its object: "said in a statement",
# "claimed the attack in a statement on its Telegram channel", "said in its notice", "said on
# its Telegram channel".
_IN_STATEMENT = (
    r"(?:(?:\s+(?!that\b)(?:[a-z][\w-]*|[A-Z][a-z]+day(?:'s|’s)?)"  # "claimed Sunday's attack"
    r"(?:\s+(?!that\b)[\w'’-]+){0,5}?)?"
    r"\s+(?:(?:in|on|via)\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|notice|advisory|release|bulletin|readout|video|channel|account|"
    # or the platform alone: "claimed the attack on Telegram", "said on X"
    r"website)|(?:on|via)\s+(?:Telegram|Twitter|Facebook|Instagram|YouTube|X(?![\w-])))\b(?:\s+(?:on|via)\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:channel|account|page|website|feed)|X|Telegram|Twitter|Facebook|Instagram|YouTube)\b)?"
    rf"{_CARRIED}(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)?)?"
)
# A body revising its count: "raised the toll", "has revised its count" (a claim of its own).
REVISED_COUNT = (r"(?:raised|revised|lowered|updated|increased)\s+(?:the|its)\s+(?:[a-z]+\s+)"
                 r"{0,2}(?:toll|number|count|tally)")
# A live blog tells its news in the present: "the IDF says", "the agency reports", "the
# council names him as". (Naming or identifying someone "as" is the body's own word.)
_SPEAKS_NOW = (r"says|reports(?!\s+(?:of|from|by|about|were|are|have|had)\b)|tells|"
               r"claims(?!\s+(?:of|from|by|about|were|are|have|had)\b)|confirms|denies|adds|(?:names?|named|identifie[sd])"
               r"(?=\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+as\b)")
# Bodies that care for the wounded give their own tolls: "the hospital says".
_CARE = r"hospital|clinic|medical\s+cent(?:er|re)|municipality"
_SPEECH = (
    r"said|says|told|wrote|added|claimed|acknowledged|posted|tweeted|confirmed|condemned|announced|"
    r"welcomed|critici[sz]ed|denied|warned|described|stated|called|accused|insisted|urged|"
    r"noted|explained|"
    r"argued|estimated|reported|listed(?!\s+as\b)|"  # "X, head of Y, listed the casualties"
    # thanks or praise in the speaker's own quoted words: 'X thanked the unit for a "smooth" ...'
    r"(?:thanked|praised|commended|hailed)(?=[^.;\"“”]{0,120}[\"“])|"
    r"tells|adds|writes|claims|confirms|denies|warns|notes|insists|explains|argues|posts|"  # live
    # a request made in writing: "asked the ministry in a letter", "urged ... in a letter"
    r"(?:asked|urged|pressed)(?=[^.;\"“”]{0,60}?\bin\s+an?\s+(?:[\w-]+\s+)?letter\b)|"
    # a count a person gives, as a body does: "the spokesman had put the weekly figure at nine"
    r"put\s+(?:the|its|his|her|their)\s+(?:(?:death|final|overall|total|weekly|daily|latest|"
    r"official)\s+)?(?:toll|figure|number|count|tally)\s+at"
)
NAMED_AFTER = re.compile(
    rf"(?:\s+{POST_NOMINALS})?(?:\s+\([^()\"“”]{{1,25}}\))?"  # "Rep. Jane Roe (D-Calif.)"
    # "Jan Roe of the Institute of X in Krakow said": where the person works, then the verb
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;\"“”]{{2,70}}?(?=\s+(?:{_SPEECH})\b))?"
    # an aside of up to three parts: ", commander of 1st Battalion, 5th Group, said"
    rf"(?:,[^,;\"“”]{{2,100}}(?:,[^,;\"“”]{{2,50}}){{0,2}},|,)?\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:{_SPEECH})\b(?:(?<=told)\s+(?:reporters|journalists|state\s+(?:media|television|TV)|"
    rf"(?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|"
    rf"Satur|Sun)day\b)?)?"  # "told Reuters on Monday"
    # where it was said: "said in a statement", "condemned the attack in a post on X"
    # ("said in the same answer": a parliamentary answer named before)
    rf"(?:(?:\s+the\s+[a-z]+)?\s+in\s+(?:an?|the\s+same)\s+(?:(?:phone|telephone|televised|written|"
    rf"brief)\s+)?(?:interview|statement|post(?:\s+on\s+(?:X|Telegram|Facebook))?|speech|"
    rf"address|briefing|message|readout|answer|reply)\b)?"
    # when or where it was said: "said after the briefing", 'posted the message on X'
    rf"(?:\s+after\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:briefing|meeting|hearing|"
    rf"session|call|talks|vote)\b|(?<=posted)\s+(?:the|a|this|that|his|her|their)\s+"
    rf"(?:message|post|video|statement|comments?|photos?)(?:\s+on\s+(?:X|Telegram|Facebook|"
    rf"Instagram|YouTube|social\s+media)\b)?)?"
)
# A position stated, then its words: "gave a different account, saying" (a body too).
_POSITION_SAYING = (r"(?:gave|issued|released|published|put\s+out|offered|rejected|disputed|"
                    r"denied|dismissed|accused|blamed|defended|responded|reacted|welcomed|"
                    r"condemned|critici[sz]ed|protested|warned)\b(?:\s+(?!(?:that|who|which)\b)"
                    r"[\w'’.-]+){0,7}?,\s+(?:saying|adding|claiming|insisting|arguing)")
# The subject of a sentence who speaks at the end of its clause: "Jane Roe did not confirm the
# figure but said ...", "Jane Roe (R-Ala.) opened by saying".
_THEN_SAYS = (r"(?:(?!(?:that|who|which|and|or|is|was|were|are)\b)[a-z][\w-]*"
              # (an aside may sit between: "declined to give numbers, citing security, but said")
              r"(?:,?\s+(?!(?:that|who|which)\b)[\w'’.-]+){0,11}?,?"
              r"(?:\s+by\s+saying|\s+(?:and|but)\s+(?:also\s+)?(?:said|told|added|says))"
              rf"|{_POSITION_SAYING})")
SUBJECT_SAYS_LATER = re.compile(rf"(?:\s+\([^()\"“”]{{1,25}}\))?\s+{_THEN_SAYS}\b")
# What may stand before such a subject: nothing, an introduction ("On Tuesday,"), a title.
SUBJECT_HEAD = re.compile(r"\s*(?:[A-Z][^,;\"“”]{0,40},\s*)?(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,3})"
                          # "Army spokesman Col. X": the post is part of the sourcing
                          r"(?P<post>(?:press\s+)?spokes(?:man|woman|person)\s+)?")
# "said Jane Roe"; "the agency quoted Jane Roe as saying": the outlet that quotes her is a
# source of its own, so her sourcing starts at her name (group "relay").
NAMED_BEFORE = re.compile(r"\b(?:said|says|according\s+to|(?P<relay>quoted|quoting|cited|"
                          r"citing))\s+$")
# "was reported on Telegram by the head of the regional administration, Jane Roe": the
# passive names its source after "by" (the title between "by" and the name).
NAMED_BY = re.compile(r"\b(?:reported|announced|posted|stated|written|shared|confirmed|said)"
                      r"(?:\s+(?:on|in|via)\s+[\w-]+(?:\s+[\w-]+)?)?\s+$")
# A body named again but bringing new words: a statement, or an assessment of its own.
# A clause that opens on the document a body speaks in, just before it: "In its release of
# May 2, the command said" (new words, though the body was counted before).
IN_ITS_DOCUMENT = re.compile(r"\b(?:In|On)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                             r"release|readout|bulletin|update|post|notice)\b[^,;.\"“”]{0,40},\s+$")
# (a post on a platform is a new statement too: "the ministry said on X" after "the Defence
# Ministry said on Monday")
NEW_WORDS = re.compile(r"\b(?:statement|readout|assess(?:ed|es)|estimated|posts?|posted|"
                       r"raised|revised|lowered|updated|"  # a count revised: a new claim
                       r"on\s+(?:X|Twitter|Telegram|Facebook|Instagram))\b")
# A person who speaks only as "he" or "she": named shortly before, not as an object ("killed
# in a strike on Jane Roe's house", "a funeral for John Doe").
PRONOUN_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|told|"
                           r"added|recalled|explained)\b")
PRONOUN_REACH = 400  # characters: the sentence before, or two
OBJECT_BEFORE = re.compile(r"\b(?:for|to|of|with|by|against|from|about|on|at|after|killed|"
                            r"named|as)\s+(?:the\s+late\s+)?$")
# "The army said Kassem was responsible": the name opens the reported clause, nobody speaks.
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|did|"
                                r"may|might|must|should|can)\b")
# An institution speaking: a proper name ("The Jordan Armed Forces", "the Romanian Ministry of
# National Defence", "The UK Maritime Trade Operations agency (UKMTO)", "Magen David Adom
# emergency service") or a body in lower case ("Iran's foreign ministry", "the Israeli
# military"), an aside allowed, then a verb with an adverb or two ("at first said").
# (no quantifier or negation opening a sentence: "Several claims ...", "Not confirmed by")
_NAME_WORD = (rf"(?:(?!(?:Several|Few|Such|These|Those|Not|Only|Neither|Nor)\b)"
              rf"(?:al-|el-)?{CAP_WORD})")
# A ministry named in lower case, by what it runs, just before it speaks: "the Region's
# ministry of natural resources said", "the ministry of Peshmerga said" (up to three words).
_MINISTRY_OF = (r"(?<=ministry)\s+of\s+(?:the\s+)?[\w-]+(?:\s+(?:and\s+(?!the\b))?[\w-]+){0,2}?"
                r"(?=\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|reported|stated)\b)")
ORG_SAID_RE = re.compile(
    # (not "Zor" of "Deir ez-Zor": no body starts inside a hyphenated word but after "al-")
    rf"(?P<who>\b(?=[A-Z]|the\s|al-|el-)(?:(?<!-)|(?<=al-)|(?<=el-))"
    # the body's owner: "Armenia's Defense Ministry", "the army's Northern Command"
    # ... named in full: "The SDF's media center", "the Ministry of Interior's X Department"
    rf"(?:(?:[Tt]he\s+[a-z][\w-]*|(?:[Tt]he\s+)?{_NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?"
    rf"{_NAME_WORD}){{0,3}})(?:'s|’s)\s+(?=[A-Z]|media\s+(?:cent|office)))?(?:[Tt]he\s+)?(?:(?P<inst>{INSTITUTION}(?:{_MINISTRY_OF})?|(?<=[Tt]he\s)ministry"
    rf"{_MINISTRY_OF})"
    # where the body sits: "the Houthi-run health ministry in Sanaa said"
    rf"(?:\s+in\s+[A-Z][\w'’-]+(?=,|\s+(?:said|says|reported|announced|confirmed)\b))?"
    rf"|{_NAME_WORD}"
    rf"(?:(?:\s+(?:of|for|in|on|and)\s+|\s+[–-]\s+|\s+)(?:the\s+)?{_NAME_WORD}){{0,7}}"
    rf"(?:\s+\d{{1,3}}\b)?(?:\s+\([A-Z][\w-]{{1,9}}\))?"
    # a branch of a body named just before: "The Joint Staff of the ministry says"
    rf"(?:\s+of\s+the\s+(?:ministry|army|navy|military|government|agency|command))?"
    rf"(?:\s+(?:[a-z][\w-]*\s+)?(?:{BODY}|"
    # "the SDF media centre": a body's press office; "the Gulf Shipping (GSO) centre": a
    # centre named by its initials
    rf"(?<=media\s)cent(?:re|er)|(?<=\)\s)cent(?:re|er)|"
    # ... or a watch centre by its task: "the UK Maritime Trade Operations centre reported"
    rf"(?<=Operations\s)cent(?:re|er)|(?<=Information\s)cent(?:re|er)|"
    rf"(?<=Coordination\s)cent(?:re|er)|"
    # ... or by its initials after it: "the UK Maritime Trade Operations center (UKMTO)"
    rf"cent(?:re|er)(?=\s+\([A-Z][\w-]{{1,9}}\))))?"
    # ("Syria Civil Defence (the White Helmets) said": a name known by, in brackets)
    rf"(?:\s+\((?:[A-Z][\w-]{{1,9}}|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\))?"
    rf"|[Tt]he\s+general\s+staff|(?<=['’]s\s)media\s+(?:cent(?:re|er)|office)))"
    # an aside, or what the body does: ", which notifies Congress of such sales,"
    rf"(?:,(?!\s+which\b)[^,;\"“”]{{2,120}},|,\s+which\s+(?:is|was|are|were|made|[a-z]+s|"
    rf"guard|hold|control|run|lead|operate|patrol|man)\b"  # (a plural body: "which guard")
    rf"[^,;\"“”]{{2,70}},|,(?=\s+gave\s+(?:a|an)\s+(?:[a-z]+\s+){{0,2}}toll\b)"
    # "as did the GCC's secretariat, which said": the body speaks in a relative clause
    rf"|,\s+which(?=\s+(?:said|says|stated|added|warned)\b))?"
    rf"\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:(?:also|later|earlier|previously|first|now|again|initially|separately|subsequently|publicly|"
    rf"overnight|yesterday|"
    rf"at\s+first|on\s+[A-Z][a-z]+day)\s+)?"
    rf"(?P<verb>said(?!{_PASSIVE})|{_SPEAKS_NOW}|"
    rf"{TALLIED}|"
    rf"announced(?!\s+(?:a|an|its|their|his|her|plans?)\b)|confirmed(?!\s+by\b)|told|quoted|"
    # ("Attacks claimed by X", "confirmed by X": a passive, its agent after "by")
    rf"reported|condemned|rejected|denounced|claimed(?!\s+by\b)|alleged|stated|denied|"
    # what it owns up to or answers: "the army acknowledged that", "responded that"
    # (not a stance: "faster than Washington has publicly acknowledged.")
    rf"(?:acknowledged|admitted|responded)(?=\s+that\b)|"
    # a plural name in the present: "The Houthis claim to have downed", "the Kurds say that"
    rf"(?<=s\s)claim(?=\s+(?:to\s+have|that)\b)|(?<=s\s)say(?=\s+that\b)|"
    # what it does not know of: "the consulate is not aware of any injuries"
    rf"(?:is|are)\s+not\s+aware\s+of|"
    # said, not put in place: "the ministry added that", not "the army added air defenses"
    rf"added(?=\s*(?:[,.:;\"“”]|$)|\s+(?:that|in|on|via|later)\b)|"
    rf"disclosed|"
    # a translated release's verbs: "the Headquarters indicates that", "MDA updated that"
    rf"(?:indicated|indicates|updated)(?=\s+that\b)|"
    # what the body let someone know: "the department notified the committee that"
    rf"(?:notified|informed)(?=\s+(?:the\s+|my\s+|our\s+|its\s+|their\s+)?[\w-]+"
    rf"(?:\s+[A-Z][\w-]*){{0,4}}\s+(?:that|of)\b)|"
    # what the body put out on its channel: "the group published mourning notices on Telegram"
    rf"(?:published|posted|released)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:statements?|notices?|videos?|posts?|messages?|footage|photos|images)(?=\s+(?:on|via)\s+"
    rf"(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|its|their)\b)|"
    # a notice the body put out: "the embassy issued a security alert", "put out a statement"
    rf"(?:issued|put\s+out)(?=\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:statement|(?:security\s+)?alert|claim(?=\s+(?:on|via|in)\b)|"
    # (not a navigational warning or notice to mariners: an act, not words on events)
    rf"advisory|bulletin|update|communiqu[eé])\b)|"
    rf"attributed(?!\s+to\b)|"  # "the army attributed the blast to a mine": its account
    rf"verified|documented|"
    # a group mourning or naming its dead announces them: "X later mourned one of the two",
    # "X named the three on its channel" (a capital mourning victims is no source: see
    # bodies_speaking.py); an arms-sale notice's formula: "has made a determination approving"
    rf"mourned\s+(?:(?:one|two|three|four|five|six|\d+)\s+of\s+(?:the|them|its|their)"
    rf"(?:\s+(?:two|three|four|five|six|\d+|dead|fighters|men))?|(?:its|their)\s+(?:own\s+)?"
    rf"(?:fighters?|members?|commanders?|men|martyrs?)|(?:a|the)\s+(?:fighter|member|"
    rf"commander|martyr))(?![\w-])|"
    # ... or in its own words: 'mourned "three martyrs who fell"'
    rf"mourned(?=\s+[\"“][^\"”]{{0,40}}?\b(?:martyrs?|heroes|fighters)\b)|"
    rf"named\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})"
    rf"(?:\s+[\"“]?(?:dead|men|fighters|members|victims|killed|martyrs)[\"”]?)?"
    rf"(?=\s*(?:[,.;]|$)|\s+(?:on|in|as|and)\b)|"
    rf"made\s+a\s+determination(?:\s+approving\s+(?:a|an|the)\s+(?:possible\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?(?:[Ss]ale|[Tt]ransfer|[Ee]xport|[Ll]icen[cs]e)\b"
    rf"|(?=\s+(?:that|to)\b))|"
    # translated wire style ("the General Command affirmed that"); "called" is a reaction,
    # sourcing only with its quoted words
    rf"affirmed(?=\s+that\b)|called|"
    # 'expressed its "strong condemnation"', 'described the blasts as "sabotage"': reactions
    rf"expressed(?=\s+(?:its|their)\b)|described(?!\s+as\b)|"
    rf"estimated(?=\s+(?:the|that|its|a|an)\b)|"  # "DOD has estimated the cost at"
    # a body's stated position or its toll: "Hamas praised what it called", "the ministry
    # initially put the death toll at seven"
    rf"praised|hailed|blamed|"
    # ... or "later put the figure at three", "put the wounded at two"
    rf"put\s+(?:the|its)\s+(?:(?:death|final|overall|total)\s+)?(?:toll|figure|number|count|"
    rf"tally|dead|wounded|injured|casualties)(?:\s+of\s+(?:the\s+)?(?:dead|wounded|injured|"
    rf"killed|casualties|deaths|injuries))?\s+at|"  # "put the number of injured at three"
    # a body revising its count or telling more: "the Pentagon has raised the number of
    # wounded", "the command has given more detail" (live blogs)
    rf"{REVISED_COUNT}|(?:gave|given|provided|shared)\s+(?:more\s+|further\s+|"
    rf"new\s+|fresh\s+)?details?|"
    # a plural body in the present: "the armed forces say", "Kurdish authorities say"
    rf"(?<=[Ff]orces\s)say|(?<=[Aa]uthorities\s)say|"
    # "gave a higher toll of 31": a body's own count
    rf"gave\s+(?:a|an)\s+(?:[a-z]+\s+){{0,2}}toll|"
    # a body passing on what it was told: "UKMTO has received a report of an incident"
    rf"received\s+(?:a|an|several|multiple)?\s*reports?(?=\s+(?:of|that)\b)|"
    rf"(?P<assess>assess(?:es|ed))|(?P<saying>{_POSITION_SAYING}))\b{_IN_STATEMENT}"
    # when, against the claim it answers: "said about an hour later"
    rf"(?:\s+(?:about|some|nearly|roughly|only|just)?\s*(?:an?|one|two|three|several|\d+)\s+"
    rf"(?:minutes?|hours?|days?)\s+later\b)?"
)
# "the ministry said", "The group said", "a war monitor said", "the hospital says": a body
# named by what it is.
BODY_SAID_RE = re.compile(
    # (a place's own body: "the city's fire service said", "the province's health office")
    rf"\b(?P<who>[Tt]he\s+(?:[a-z][\w-]*(?:'s|’s)\s+)?(?:{BODY_MOD}\s+){{0,2}}"
    # (a business gives its own account: "the airline said", "the airport says")
    # ("the coalition (CJTF-OIR) says": the body's initials after its noun)
    rf"(?P<noun>{BODY}|{_CARE}|company|firm|airport|airline)(?:\s+\([A-Z][\w-]{{1,9}}\))?"
    # where it sits, and what it is: "the health ministry in Sanaa, which is run by the
    # Houthis, said"
    rf"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    rf"|[Aa]n?\s+"
    rf"(?:[a-z][\w-]*\s+)?(?:monitor|watchdog|monitoring\s+group|rights\s+group)|"
    # authorities need no article: ", regional authorities said", "Local authorities say"
    # ... nor does a police force named by its level: "provincial police said"
    rf"(?:[Ll]ocal|[Rr]egional|[Pp]rovincial|[Dd]istrict|[Cc]ity|[Mm]unicipal|[Ss]tate|"
    rf"[Mm]ilitary|[Hh]ealth|[Cc]ivil|[Bb]order|[Ff]ederal|[Nn]ational)\s+(?:authorities|"
    rf"police)|"
    # forces named by what they guard: "security forces said", "Government forces say"
    rf"(?:[Ss]ecurity|[Gg]overnment)\s+forces)"
    # (what it is, between commas: "the health ministry in Sanaa, which is run by X, said")
    rf"(?:,\s+(?:which|that)\s+[^,;\"“”]{{3,60}},)?\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:(?:also|later|now|initially|first|earlier|previously|publicly)\s+)?"
    rf"(?:said(?!{_PASSIVE})|{_SPEAKS_NOW}|"
    rf"say|tell|report(?=\s+that\b)|"  # plural: "the police say", "emergency services say"
    rf"announced(?!\s+(?:a|an|its|their)\b)|confirmed|reported|stated|acknowledged|added|"
    rf"disclosed|told|(?P<verb>condemned|rejected|denounced)|(?P<assess>assess(?:ed|es))|"
    # its count revised: "the ministry raised the toll to three" (a new claim of its own)
    rf"{REVISED_COUNT})\b{_IN_STATEMENT}"
)
# A body's reaction is its sourcing when it carries its own quoted words in the same clause
# ("the ministry rejected \"the use of ...\"", "condemned the raid as \"...\""); a bare "Qatar
# and Bahrain condemned the attack" reports a stance, not a source.
REACTION_VERBS = frozenset({"condemned", "rejected", "denounced", "called", "expressed",
                            "described", "blamed"})
# Blame that names who is to blame is a claim, words quoted or not: "officials have blamed
# the strikes on militias", "blamed the group for the attack".
BLAMED_ON = re.compile(r"[^,;.\"“”]{1,80}?\s+(?:on|for)\s+")
# (the words may follow a participle: 'condemned the strikes, calling them "..."')
QUOTE_IN_CLAUSE = re.compile(r"[^,;.\"“”]{0,80}?(?:,\s+(?:calling|describing|saying|terming|"
                             r"branding|labell?ing)\b[^,;.\"“”]{0,40}?)?[\"“]")
# "The report, published by a think tank, said", "An internal assessment reviewed by the Post
# warns", "Budget documents submitted to Congress request": a document speaking.
_DOC_NOUN = (r"report|assessment|memo(?:randum)?|document|study|analysis|review|audit|cable|"
             r"letter|budget\s+request|dossier|(?:reports|assessments|memos|documents|studies|"
             r"cables|letters|papers)|"
             # a body's own estimates, by its name: "IISS estimates suggest"
             r"(?<=[A-Z]\s)estimates|"
             # a paper by what it is ("a ministry paper"; "the paper" alone is a newspaper)
             r"(?:ministry|policy|white|position|briefing|discussion|strategy|working|"
             r"internal|planning|concept|options)\s+paper")
_HANDLED = (r"seen|reviewed|obtained|viewed|submitted|sent|released|published|prepared|filed|"
            r"presented|shared|provided|leaked|compiled|issued|circulated|drafted")
_DOC_VERB = (r"said|says|say|found|finds|find|concluded|concludes|conclude|estimated|estimates|"
             r"estimate|shows?|showed|warned|warns|warn|requests?|requested|lists?|listed|"
             r"predicts?|predicted|recommends?|recommended|proposes?|proposed|calls?\s+for|"
             r"called\s+for|describes?|described|states?|stated|notes|noted|puts?|outlines?|"
             r"outlined|asks?\s+for|asked\s+for|seeks|sought|"
             r"indicates?|indicated|suggests?|suggested|"  # "initial damage assessments indicate"
             r"(?:is|was)\s+that")  # "the command's initial assessment is that"
DOCUMENT_SAID_RE = re.compile(
    rf"\b(?P<who>(?:[Tt]he|[Aa]n?|[A-Z][\w-]*(?:'s|’s)?)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{_DOC_NOUN}))"
    # (who handled it may come first: "the budget request the Pentagon sent to lawmakers sought")
    rf"(?:\s+(?:(?:that\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?(?:{_HANDLED})\b"
    rf"[^,;\"“”]{{2,60}}?)?"
    # (its date: "a ministry paper from October, which X has reviewed, lists")
    rf"(?:\s+(?:from|dated|of)\s+(?:last\s+)?[A-Z\d][\w]*(?:\s+\d{{4}})?(?=,))?"
    rf"(?:,[^,;\"“”]{{3,90}},)?\s+"
    rf"(?:{_DOC_VERB})\b"
)
# People speaking for themselves, unnamed: "Residents said", "two witnesses told AFP",
# "A doctor at the hospital, who declined to be named, said": no officials, no bodies.
_PUBLIC = (
    r"residents?|witness(?:es)?|eyewitness(?:es)?|villagers?|locals|doctors?|medics?|nurses?|"
    r"paramedics?|activists?|survivors?|relatives?|neighbou?rs?|farmers?|shopkeepers?|"
    r"analysts?|experts?|journalists?|fishermen|fisherman|passengers?|drivers?|students?|"
    r"teachers?|(?:aid|humanitarian|relief)\s+workers?|rescuers?|"
    # a casualty's family, people at a market or on a road speak for themselves
    r"family\s+members|family|families|traders?|merchants?|motorists?"
)
PUBLIC_SAID_RE = re.compile(
    rf"(?<!['’])\b(?P<who>(?:(?i:{_COUNT})\s+)?(?:of\s+the\s+)?"
    # (words before the noun describe it: "comments by residents" starts at the residents;
    # an owner too: "one of the firm's drivers")
    rf"(?:(?!\d|(?:said|says|told|by|to|with|from|among)\b)[\w-]+(?:['’]s)?\s+)"
    rf"{{0,2}}?(?i:{_PUBLIC}))"
    # (the aside may hold a number: "Residents of X, a city of about 250,000 people, said")
    rf"(?:\s+(?:at|in|of|from|near)\s+(?:the\s+)?[^,;\"“”]{{2,40}}?)?"
    # (what they did that lets them speak: "Analysts who reviewed the debris photographs said")
    rf"(?:\s+who\s+(?:have\s+|had\s+)?[a-z]+ed\s+[^,;\"“”.]{{2,70}}?(?=\s+(?:said|say|told)\b))?"
    rf"(?:,(?:[^,;\"“”]|(?<=\d),(?=\d{{3}})){{3,90}},)?"
    # ("comments by residents of the district, some of whom said": those who spoke, a share)
    rf"(?:,\s+(?:some|many|most|several|one|two|three|a\s+few)\s+of\s+whom|,?\s+who)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:said|say|says|told|described|recalled|"
    # ("drivers reported to the clinic": they went there, they did not speak)
    rf"reported(?!\s+(?:to|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:clinic|hospital|"
    rf"base|camp|gate|checkpoint|station|unit|post|duty|work|sick\s+call)\b)|"
    rf"questioned|question|argued|argue|warned|warn|noted|suggested|suggest|estimated?)\b"
)
# Every verb SAID_RE, ORG_SAID_RE, BODY_SAID_RE, PRESS_SAID_RE and OFFICE_SAID_RE end on: a
# cheap test before them.
ANY_VERB = word_gated(re.compile(
    r"\b(?:sa(?:id|ys?)|told|believes?|confirmed|added|stated|noted|caution(?:ed)?|warn(?:ed)?|"
    r"worried|acknowledged|attributed|blamed|estimated?|assess(?:ed)?|expect(?:ed)?|"
    r"fear(?:ed)?|raised|expressed|announced|reported|condemned|claimed|alleged|denied|described|"
    r"recalled|found|finds|concluded?s?|shows?|showed|warns|disclosed|revealed|assesses|tells|reports?|"
    r"saying|reporting|claims|confirms|denies|adds|announces|tell|issued|counts|counted|tallie[sd]|lists|listed|names?|named|identifie[sd]|verified|documented|"
    r"quoted|praised|hailed|put|gave(?=\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}toll)|questioned|argued|"
    r"received|affirmed|called|revised|lowered|updated|increased|given|provided|shared|"
    r"suggested|rejected|denounced|notified|informed|published|posted|released|aware|"
    r"responded|admitted|claim|mourned|indicate[sd]|made(?=\s+a\s+determination))\b"
))
# The nouns SAID_RE and PUBLIC_SAID_RE need, to skip sentences without them at once.
SOURCE_WORD = re.compile(r"(?i)\b(?:officials?|sources?|spokes|diplomats?|officers?|captain|"
                          r"aides?|advis|sergeant|lieutenant|colonel|commanders?|people|person|"
                          r"staffers?|envoys?|mediators?|negotiators?|lawmakers?|legislators?|politicians?|"
                          r"interlocutors?|gunners?)")
PUBLIC_WORD = re.compile(rf"(?i)\b(?:{_PUBLIC})\b")
# A person's title is no institution: "the Defence Secretary has announced".
PERSON_TITLE_END = re.compile(
    r"\b(?:Secretary|Minister|President|Commander|General|Chief|Governor|Mayor|Ambassador|"
    r"Director|Chairman|Spokesman|Spokeswoman|Spokesperson|Envoy|Leader|Senator)$"
)
# Subjects that are no institution: "If confirmed", "None reported", "February said".
NOT_ORG = re.compile(
    r"^(?:It|He|She|They|This|That|We|I|You|Officials|Analysts|Admiral|General|Official|"
    r"Commanders|Officers|Sources|Diplomats|Soldiers|Troops|Residents|Witnesses|Experts|"
    r"Minister|Commander|Spokesman|Spokeswoman|If|None|Nothing|No|Who|What|Which|Once|Unless|"
    r"Nobody|Somebody|Someone|Anyone|Anybody|Everyone|Everybody|"  # "Nobody has claimed"
    r"Although|Though|Yet|But|And|So|Still|Now|Then|"
    # a determiner or adjective before a plural noun read as a verb: "Such claims", "Initial
    # reports put", "Other reports say"
    r"Such|Initial|Early|Earlier|Later|Similar|Other|Further|Many|Some|Most|These|Those|Both|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$"
)
# ... but "General" opens the name of a body too: "The General Staff of the Armed Forces".
GENERAL_BODY = re.compile(r"^(?:[Tt]he\s+)?General\s+(?:Staff|Command|Directorate|Secretariat|"
                           r"Assembly|Authority|Administration|Intelligence|Security)\b")
# The real subject is earlier: "a group calling itself the Islamic Resistance in Iraq claimed".
NAMED_BY_OTHERS = re.compile(r"\b(?:itself|themselves|known\s+as|called|dubbed)\s+$")
# Words before a name that make it part of a longer phrase: "the commander of the Iraqi
# army's 7th Division said" is the commander speaking, not the division.
# (an owner in the possessive only after a preposition: "the Iraqi government's Joint
# Operations Command said" is the command speaking; "a faction within the X denied" is
# not X speaking)
PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|at|of|from|near|to|on|by|for|with|within|inside|"
                                 r"among|off|outside|along|across|over|beyond|towards?)|"
                                 r"\b(?:in|at|of|from|near|to|on|by|for|with)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:'s|’s)|"
                                 r"\b\d+(?:st|nd|rd|th))\s+$")
# ... unless the phrase is a part of a body, which speaks for it: "The armed wing of X, the Y
# Brigades, said", "the media office of the X said".
PART_OF = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:wing|arm|branch|affiliate|"
                      r"faction|office|bureau)\s+of\s+(?:the\s+)?$")


# A document named again: "the review" after "a Navy review obtained by ...".
_DOC_HEAD = r"report|assessment|memo|document|study|analysis|review|audit|cable|letter|dossier"
CONJUNCTION = re.compile(r"(?:But|And|Or|So|Yet|Then|Now|Still|As|[Tt]hough|[Aa]lthough|[Ww]hile|"
                         r"[Ww]hereas)\s+")
# Nouns that name a source, to tell a later "the official said" it repeats one already counted.
HEAD_NOUN = re.compile(rf"\b(?:official|source|diplomat|officer|spokes(?:man|woman|person)|"
                        rf"{_DOC_HEAD}|aide|adviser|advisor|staffer|"
                        rf"{BODY}|{_PUBLIC})s?\b", re.I)
REPEATED = re.compile(rf"^[Tt]he\s+(?:(?:two|three|four|five|same|other)\s+)?"
                       rf"(?P<noun>(?:official|source|diplomat|officer|{_DOC_HEAD}|aide|staffer|"
                       rf"adviser|advisor)s?|{BODY}|{_PUBLIC})$")


# The ship's own company speaking: "The vessel's London-based operator said".
SHIP_FIRM_RE = re.compile(
    r"(?:\b[Tt]he\s+(?:ship|vessel|tanker|carrier|freighter)(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:manager|owner|operator|charterer)s?(?:,\s+(?P<name>[A-Z][^,;\"“”]{2,60}),)?\s+"
    # ... or "Her manager, Athens-based X Tanker Management, said": the ship left unsaid, the
    # firm named by a shipping company's name
    r"|\b(?:[Tt]he|[Hh]er|[Ii]ts)\s+(?:manager|owner|operator|charterer)s?,\s+(?P<firm>[A-Z]"
    r"[^,;\"“”]{2,60}?\s(?:Management|Shipping|Maritime|Tankers?|Navigation|Marine|Carriers|"
    r"Lines?|Ltd\.?|Inc\.?|S\.A\.|GmbH|Corp\.?)),\s+)"
    # ("The ship's managers deny it had any link to Israel": the firm's own account)
    rf"(?:said|says|say|confirmed|stated|reported|deny|denies|denied)\b"
    rf"(?:\s+on\s+[A-Z][a-z]+day)?{_IN_STATEMENT}"
)
# A ship's master speaks for the ship, unnamed: "the Master of a bulk carrier in position
# 12°N 043°E reported", "The vessel's captain said" (maritime notices capitalise the post).
SHIP_MASTER_RE = re.compile(
    r"\b(?P<who>[Tt]he\s+(?:(?:ship|vessel|tanker)(?:'s|’s)\s+)?(?:[Mm]aster|[Cc]aptain|"
    r"[Cc]hief\s+[Oo]fficer)(?:\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:vessel|ship|"
    r"tanker|carrier|freighter|bulker|dhow|boat|trawler))?)"
    r"(?:\s+in\s+position\s+[^,;\"“”]{2,40}?|,[^,;\"“”]{2,60},)?\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:reported|said|says|stated|confirmed|told)\b")
# A post held by someone unnamed, written as a body's name: "The Company Security Officer
# (CSO) has confirmed", "The Master reported": an anonymous official, not the body.
POST_HEAD = re.compile(r"^[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}(?:Officer|Master|Captain|Manager|"
                       r"Skipper)(?:\s+\([A-Z]{2,6}\))?$")
# "Reuters could not independently verify the report": the outlet that publishes the story.
OWN_OUTLET_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:could\s+not|cannot|"
    r"can\s+not|was\s+unable\s+to|has\s+not\s+been\s+able\s+to|was\s+not\s+able\s+to)\s+"
    r"(?:immediately\s+)?(?:independently\s+)?(?:verify|confirm)\b")
# The spokesperson of a transcript's heading: "Press briefing by Defence Spokesman Col. X".
# ("a statement read by the spokesman, Brig. Gen. X": X's words; "held ... by Press and Public
# Relations Advisor X": an office of several words before the rank)
BRIEFING_BY = re.compile(r"\b(?:(?:[Bb]riefing|[Rr]emarks|[Tt]ranscript|[Ii]nterview|"
                         r"[Cc]onference)\b[^.\n\"“”]{0,80}?|[Ss]tatement\s+(?:read(?:\s+out)?|"
                         r"delivered|signed|given)\s+)\bby\s+(?:(?:[A-Z][\w.'’-]*|and)\s+){0,6}$")

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
# A label a source put on events: 'what U.S. Central Command described as "..."', 'what
# the ministry called' (the one describing is the source).
WHAT_CALLED_RE = re.compile(
    r"\bwhat\s+(?P<who>(?:the\s+)?(?:U\.S\.|[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?(?:U\.S\.|"
    r"[A-Z][\w.'’-]*)){0,5}|the\s+(?:[a-z][\w-]*\s+)?(?:ministry|military|army|command|police|"
    r"government|group|militia|agency))\s+(?:described|called|termed|characteri[sz]ed|"
    r"labell?ed|branded|describes|calls)\b(?:\s+as)?")
# A claim of an attack made on a channel: "claimed the attack on Telegram", "claimed
# responsibility in a statement" (the claimant speaks, whoever it is).
CLAIMED_ON_RE = re.compile(
    r"\bclaimed\s+(?:responsibility(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|it|them|"
    # ("claimed the attack", "claimed Saturday's attack": what was claimed, by its day)
    r"(?:the|an|a|both|two|three|[A-Z][a-z]+day(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
    r"strikes?|bombings?|operations?|ambush|raid|assault|shooting))\s+(?:on|in|via|through)\s+"
    r"(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+)?(?:Telegram|X|Twitter|social\s+media|"
    r"statement|channel|post|video|website)\b"
    # the channel first: "claimed on Telegram an attack on ...", "claimed on Telegram that it
    # had targeted"; or in the passive, the claimant after it: "was claimed on Telegram by X"
    r"|\bclaimed\s+(?:on|in|via)\s+(?:(?:a|its|their)\s+)?(?:Telegram|X|Twitter|social\s+media)"
    r"(?:\s+(?:post|channel|statement))?\s+(?:that\b|(?:an?|the|two|three)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|operations?|ambush|raid|assault)\b)"
    r"|(?<=was\s|ere\s|een\s)claimed\s+(?:on|in|via)\s+(?:Telegram|X|Twitter|social\s+media)"
    r"\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|in|for|the|[A-Z][\w'’-]*)){0,6}")
# A body speaking on its own channel, whoever the subject ("a group calling itself X, which
# says it is part of Y, said in a post on Telegram", "... said on its Telegram channel").
SAID_ON_CHANNEL_RE = re.compile(
    r"\b(?:said|says|announced|warned|stated)\s+(?:in\s+an?\s+(?:post|statement|video|message)\s+)?"
    r"on\s+(?:its|their|a|an)?\s*(?:official\s+)?(?:Telegram|X)(?:\s+(?:channel|account|page))?\b")
# Words relayed from a sister body, the usage of UN and aid briefings: "our colleagues at the
# World Food Programme tell us that", "our humanitarian colleagues in the field report".
COLLEAGUES_RE = re.compile(
    r"\b[Oo]ur\s+(?:[a-z]+\s+)?colleagues\s+(?:at|in|from|with)\s+(?:the\s+)?"
    r"[A-Z][^,;:.\"“”]{1,90}?\s+(?:tell\s+us|told\s+us|inform(?:ed)?\s+us|say|said|report(?:ed)?)\b")
# A statement issued in someone's name: "The following statement is attributable to the
# Spokesperson for ..." (UN notes, DoD readouts).
ATTRIBUTABLE_RE = re.compile(
    r"(?:\b(?:[Tt]he\s+following(?:\s+statement)?|[Tt]his\s+statement)\s+is\s+attribut(?:able|ed)"
    # a readout's opening line: "Attributed to Pentagon Press Secretary Jane Roe:"
    r"|(?<![^\n])(?:Statement\s+)?[Aa]ttribut(?:able|ed))\s+to\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^.:;\n\"“”]{1,80}?)(?=\s*(?:[.:;\n]|$))")
# Press reports a speaker has seen: "I have seen media reports of strikes": other outlets.
SEEN_REPORTS_RE = re.compile(r"\b(?:seen|read|heard|saw)\s+(?:the\s+|some\s+)?(?:media|press|news)"
                             r"\s+reports\b(?:\s+(?:of|that)\b)?")
# A claim put out by a group: "a claim of responsibility posted online by a group calling
# itself X".
CLAIM_BY_RE = re.compile(
    r"\bclaims?\s+of\s+responsibility\s+(?:posted|published|issued|released|carried|made)\s+"
    r"(?:online\s+|on\s+(?:Telegram|X|social\s+media)\s+)?by\s+(?:a\s+group\s+calling\s+itself\s+)?"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|in|for|the|[A-Z][\w'’-]*)){0,6}")
# "an official said, speaking on condition of anonymity": why the source is unnamed belongs
# to its sourcing.
ANONYMITY_AFTER = re.compile(r",\s+speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b")

# A body's account in the passive: "reports of a wounded guard were later corrected by the
# regional authorities", "the toll has been confirmed by the health ministry".
# ("its wreckage was shown by the Israeli military": the body shows what it claims; "the loss
# was confirmed by a US official to a wire agency": an unnamed official, and whom he told)
PASSIVE_BODY_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<said>(?:(?:later|subsequently|"
    r"since|also|initially|officially|publicly|independently)\s+)?(?:confirmed|denied|corrected|"
    # ("the Committee was informed by the UK Maritime Trade Operations (UKMTO) centre")
    r"disputed|contradicted|revised|announced|shown|informed|briefed|notified|advised)\s+by\s+"
    r"(?P<who>(?:the\s+)?(?:[a-z]+\s+(?=[a-z]))?(?:[A-Z][\w'’.-]*\s+"
    r"(?:of\s+(?:the\s+)?)?){0,5}(?:[A-Z][\w'’.-]*|authorities|ministry|government|military|army|"
    r"police|command|forces)(?:\s+\([A-Z][\w-]{1,9}\))?(?:\s+cent(?:re|er)\b)?|an?\s+(?:[A-Z][\w.-]*\s+){0,3}(?:[a-z]+\s+)?(?:official|officer|"
    r"source|diplomat)))\b(?:\s+to\s+(?:reporters|journalists|(?:an?|the)\s+(?:wire\s+|news\s+)?"
    r"(?:agency|service|newspaper|outlet))\b)?")
# A body's statements or posts of a day, the subject of their clause: "CENTCOM's statement on
# Monday says", "militia posts on Saturday did not mention" (what they said is the body's).
BODY_DOCS_RE = re.compile(
    r"(?m:^|(?<=[.!?:;,]\s)|(?<=\band\s)|(?<=\bbut\s))(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*){0,4}?)(?:'s|’s)?\s+(?:(?:initial|first|latest|later|own|official)\s+)?"
    r"(?:statements?|posts|communiqu[eé]s?|bulletins?)\s+on\s+(?:[A-Z][a-z]+day|Telegram|X|"
    r"Facebook)(?:\s+(?:morning|afternoon|evening|night))?"
    # (a verb follows, no participle: "KH statements on Telegram naming coalition sites" is a
    # thing to watch for, a noun phrase, not statements made)
    r"(?=\s+(?![a-z]+ing\b)[a-z])")
# A body's statement speaking: "A Pentagon statement said", "An SDF statement initially
# reported", "the coalition's first statement, on Saturday, said" (the owner is the source).
OWNED_STATEMENT_RE = re.compile(
    # (a note's shorthand drops the article before a body's initials: "JAF statement says")
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+|(?<![\w.&'’-])(?=[A-Z][A-Z0-9-]{1,7}\s+statement\s))"
    r"(?:(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:'s|’s)?|"
    r"(?P<lower>[a-z][\w-]*)(?:'s|’s))\s+(?P<new>(?:first|initial|latest|earlier|later|new|second|"
    r"third|final|own|official|separate|joint|updated)\s+)?(?:statement|communiqu[eé]|readout)"
    r"(?:,[^,;\"“”]{2,40},)?\s+(?:(?:initially|later|also|first|earlier)\s+)?(?:said|says|"
    r"reported|stated|claimed|put|gave|added|confirmed)\b")
