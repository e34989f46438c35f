"""Institutions speaking: a body named ("the Jordan Armed Forces said", "Iran's foreign
ministry condemned") or named by what it is ("the ministry said", "a war monitor said",
"local authorities say"), in the passive ("confirmed by the health ministry"), a ship's
company, and the labels a body puts on events. The longest of the sourcing shapes, since a
body's verbs of saying, counting and reacting are many; whether a reaction is sourcing at
all depends on its quoted words (REACTION_VERBS)."""

from __future__ import annotations

import re

from briefdeck.extract.institutions import BODY, BODY_MOD, CAP_WORD, INSTITUTION
from briefdeck.extract.sourcing_named_people import POSITION_SAYING
from briefdeck.extract.sourcing_statements import WHERE_ISSUED
from briefdeck.extract.sourcing_unnamed_officials import SAID_TO_BE, TALLIED

# A body revising its count: "raised the toll", "has revised its count" (a claim of its own).
# ("raised that number to four", "revised this to four", a headline's "X revises toll")
# ("raised the day's toll": a possessive inside)
REVISED_COUNT = (r"(?:raise[sd]|revise[sd]|lower(?:ed|s)|update[sd]|increased)\s+(?:(?:the|its|"
                 r"that|this)\s+(?:[a-z]+(?:'s|’s)?\s+){0,2}(?:toll|number|count|tally)|toll\b|"
                 # its own earlier word: "revised that account", "has revised the figures"
                 r"(?<=revise[sd]\s)(?:that|its|the)\s+(?:earlier\s+|first\s+)?(?:account|"
                 r"figures)|"
                 r"(?:this|that|it)\s+(?:up\s+|down\s+)?to\s+(?:\d|one|two|three|four|five|"
                 r"six|seven|eight|nine|ten)\b)")
# A live blog tells its news in the present: "the IDF says", "the agency reports", "the
# council names him as". (Naming or identifying someone "as" is the body's own word.)
# (a statement in translation speaks in the present: "the Corps announces that ...")
SPEAKS_NOW = (r"says|reports(?!\s+(?:of|from|by|about|were|are|have|had)\b)|tells|"
              r"announces(?=\s+that\b)|"
              # ("Houthi claims run high", "Unsourced claims will be moved": the noun)
              r"claims(?!\s+(?:of|from|by|about|were|are|have|had|run|ran|remain|will|would|"
              r"can|could|may|might|must|should)\b)|confirms|denies|adds|(?:names?|named|identifie[sd])"
              r"(?=\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+as\b)")
# Bodies that care for the wounded give their own tolls: "the hospital says".
_CARE = r"hospital|clinic|medical\s+cent(?:er|re)|municipality"

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
    rf"(?:\s+in\s+[A-Z][\w'’-]+(?=,|\s+(?:said|says|reported|announced|confirmed|condemned|"
    rf"denounced|rejected)\b))?"
    rf"|{_NAME_WORD}"
    rf"(?:(?:\s+(?:of|for|in|on|and)\s+|\s+[–-]\s+|\s+)(?:the\s+)?{_NAME_WORD}){{0,7}}"
    rf"(?:\s+\d{{1,3}}\b)?(?:\s+\([A-Z][\w-]{{1,9}}\))?"
    # a branch of a body named just before: "The Joint Staff of the ministry says"
    rf"(?:\s+of\s+the\s+(?:ministry|army|navy|military|government|agency|command))?"
    rf"(?:\s+(?:[a-z][\w-]*\s+)?(?:{BODY}|"
    # a party named by its side, as translated remarks do: "the American side says"
    rf"(?<=[a-z]\s)side(?=\s+(?:has\s+)?(?:said|says|stated|claimed|claims|confirmed|"
    rf"denied|denies|reported|reports|told|insists|insisted)\b)|"
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
    # ... or what others say of it: ", which U.S. officials say leads the umbrella group,"
    rf"|,\s+which\s+(?:[\w.'’-]+\s+){{1,3}}(?:say|says|said|believe|believes)\s+[^,;\"“”]{{2,70}},"
    # "as did the GCC's secretariat, which said": the body speaks in a relative clause
    rf"|,\s+which(?=\s+(?:said|says|stated|added|warned)\b))?"
    rf"\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?:(?:also|later|earlier|previously|first|now|again|initially|separately|subsequently|publicly|"
    rf"(?<=has\s)since|"  # "has since revised the figures"
    rf"overnight|yesterday|"
    rf"at\s+first|on\s+[A-Z][a-z]+day)\s+)?"
    rf"(?P<verb>said(?!{SAID_TO_BE})|{SPEAKS_NOW}|"
    rf"{TALLIED}|"
    rf"announced(?!\s+(?:a|an|its|their|his|her|plans?)\b)|confirmed(?!\s+by\b)|quoted|"
    # (what it told the families is news it broke to them, not its word to the press)
    rf"told(?!\s+(?:the\s+|their\s+|its\s+)?(?:famil(?:y|ies)|relatives|next\s+of\s+kin)\b)|"
    # ("Attacks claimed by X", "confirmed by X": a passive, its agent after "by")
    rf"reported|condemned|rejected|denounced|claimed(?!\s+by\b)|alleged|stated|denied|"
    # what it owns up to or answers: "the army acknowledged that", "responded that"
    # (not a stance: "faster than Washington has publicly acknowledged.")
    rf"(?:acknowledged|admitted|responded)(?=\s+that\b)|"
    # a plural name in the present: "The Houthis claim to have downed", "the Kurds say that"
    rf"(?<=s\s)claim(?=\s+(?:to\s+have|that)\b)|(?<=s\s)say(?=\s+(?:that|they)\b)|"
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
    # a post whose words follow: "UNIFIL posted this morning:", "the army posted on X."
    rf"posted(?=(?:\s+(?:this\s+(?:morning|afternoon|evening)|overnight|tonight|today|earlier|"
    rf"on\s+(?:X|Telegram|Twitter|Facebook|Instagram)))?\s*[.:](?:\s|$))|"
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
    # a health ministry's or an authority's order given out: "has instructed that water be
    # boiled"
    rf"instructed(?=\s+that\b)|"
    # 'expressed its "strong condemnation"', 'described the blasts as "sabotage"': reactions
    rf"expressed(?=\s+(?:its|their)\b)|described(?!\s+as\b)|"
    rf"estimated(?=\s+(?:the|that|its|a|an)\b)|"  # "DOD has estimated the cost at"
    # a body's stated position or its toll: "Hamas praised what it called", "the ministry
    # initially put the death toll at seven"
    rf"praised|hailed|blamed|"
    # ... or "later put the figure at three", "put the wounded at two"
    # ("put the Bajil toll at 11": the place it counts)
    rf"puts?\s+(?:the|its)\s+(?:[A-Z][\w-]*\s+)?(?:(?:death|final|overall|total|own)\s+)?(?:toll|figure|number|count|"
    rf"tally|dead|wounded|injured|casualties)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:dead|wounded|injured|"  # ("the number of SDF dead": whose dead, named)
    rf"killed|casualties|deaths|injuries))?"
    # (what the toll is of: "put the toll from both strikes at two killed")
    rf"(?:(?<=toll)\s+(?:from|in|for)\s+(?:the\s+|both\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    rf"\s+at|"  # "put the number of injured at three"
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
    rf"(?P<assess>assess(?:es|ed))|(?P<saying>{POSITION_SAYING}))\b{WHERE_ISSUED}"
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
    rf"(?:said(?!{SAID_TO_BE})|{SPEAKS_NOW}|"
    rf"say|tell|report(?=\s+that\b)|"  # plural: "the police say", "emergency services say"
    rf"announced(?!\s+(?:a|an|its|their)\b)|confirmed|reported|stated|acknowledged|added|"
    rf"disclosed|told|(?P<verb>condemned|rejected|denounced)|(?P<assess>assess(?:ed|es))|"
    # its count revised: "the ministry raised the toll to three" (a new claim of its own)
    rf"{REVISED_COUNT})\b{WHERE_ISSUED}"
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

# The ship's own company speaking: "The vessel's London-based operator said".
SHIP_FIRM_RE = re.compile(
    r"(?:\b[Tt]he\s+(?:ship|vessel|tanker|carrier|freighter)(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:manager|owner|operator|charterer)s?(?:,\s+(?P<name>[A-Z][^,;\"“”]{2,60}),)?\s+"
    # ... or "Her manager, Athens-based X Tanker Management, said": the ship left unsaid, the
    # firm named by a shipping company's name
    r"|\b(?:[Tt]he|[Hh]er|[Ii]ts)\s+(?:manager|owner|operator|charterer)s?,\s+(?P<firm>[A-Z]"
    r"[^,;\"“”]{2,60}?\s(?:Management|Shipping|Maritime|Tankers?|Navigation|Marine|Carriers|"
    r"Lines?|Ltd\.?|Inc\.?|S\.A\.|GmbH|Corp\.?)),\s+"
    # ... or an oil or gas field's, a plant's operator: "The field's operator, X Gas Company,
    # said" (the whole phrase its sourcing)
    r"|\b[Tt]he\s+(?:field|plant|refinery|terminal|pipeline|facility|mine)(?:'s|’s)\s+"
    r"(?:[\w-]+\s+)?(?:manager|owner|operator)s?,\s+[A-Z][^,;\"“”]{2,60},\s+)"
    # ("The ship's managers deny it had any link to Israel": the firm's own account)
    rf"(?:said|says|say|confirmed|stated|reported|deny|denies|denied)\b"
    rf"(?:\s+on\s+[A-Z][a-z]+day)?{WHERE_ISSUED}"
)

# A label a source put on events: 'what U.S. Central Command described as "..."', 'what
# the ministry called' (the one describing is the source).
WHAT_CALLED_RE = re.compile(
    r"\bwhat\s+(?P<who>(?:the\s+)?(?:U\.S\.|[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?(?:U\.S\.|"
    # ("the UK Maritime Trade Operations (UKMTO) centre": its initials and a noun after)
    r"[A-Z][\w.'’-]*)){0,5}(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:centre|center|agency|office|"
    r"command|ministry|authority))?|the\s+(?:[a-z][\w-]*\s+)?(?:ministry|military|army|command|police|"
    r"government|group|militia|agency))\s+(?:described|called|termed|characteri[sz]ed|"
    # ("calls" in the present, only with its quoted words: "what the Army calls counter-drone
    # systems" is the Army's term for a thing, no account of events)
    r"labell?ed|branded|describes|calls(?=\s+[^.;,\"“”]{0,30}[\"“]))\b(?:\s+as)?")

# Words relayed from a sister body, the usage of UN and aid briefings: "our colleagues at the
# World Food Programme tell us that", "our humanitarian colleagues in the field report".
COLLEAGUES_RE = re.compile(
    r"\b[Oo]ur\s+(?:[a-z]+\s+)?colleagues\s+(?:at|in|from|with)\s+(?:the\s+)?"
    r"[A-Z][^,;:.\"“”]{1,90}?\s+(?:tell\s+us|told\s+us|inform(?:ed)?\s+us|say|said|report(?:ed)?)\b")

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
