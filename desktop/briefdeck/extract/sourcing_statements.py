"""Where a body's words were issued: "said in a statement", "In a statement posted on its
Telegram channel, the group said", "A Pentagon statement said", "CENTCOM's statement on
Monday says". A statement is new words from its owner, and the channel it was carried on is
part of the sourcing (bodies speaking use WHERE_ISSUED after their verb)."""

from __future__ import annotations

import re

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
CARRIED_BY = (r"(?:\s+(?:carried|published|posted|broadcast|aired|relayed|released|issued)\s+"
              r"(?:by|on|via|through)\s+"
              r"[^,;.\"“”]{2,50}?(?=[,;.]|\s+(?:saying|that)\b))?")
STATEMENT_RE = re.compile(  # (the speaker opens with a name or "the", never "of the")
    r"(?P<who>\b(?=[A-Z]|[Tt]he\s)(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+|of\s+(?:the\s+)?|[a-z]+\s+(?=of\b)){1,7}?)"
    r"(?:,[^,;]{3,70},\s+)?(?:\w+\s+){0,4}?(?:said|says|announced|stated|added|condemned)?"
    r"[^.;\"“”]{0,60}?\bin\s+a\s+(?:short\s+|brief\s+|separate\s+|written\s+|joint\s+|"
    r"emailed\s+)?statement\b"
    rf"{CARRIED_BY}"
)
# Where the words were issued, after the verb and maybe its object: "said in a statement",
# "claimed the attack in a statement on its Telegram channel", "said in its notice", "said on
# its Telegram channel".
WHERE_ISSUED = (
    r"(?:(?:\s+(?!that\b)(?:[a-z][\w-]*|[A-Z][a-z]+day(?:'s|’s)?)"  # "claimed Sunday's attack"
    r"(?:\s+(?!that\b)[\w'’-]+){0,5}?)?"
    r"\s+(?:(?:in|on|via)\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|notice|advisory|release|bulletin|readout|video|channel|account|"
    # or the platform alone: "claimed the attack on Telegram", "said on X"
    r"website)|(?:on|via)\s+(?:Telegram|Twitter|Facebook|Instagram|YouTube|X(?![\w-])))\b(?:\s+(?:on|via)\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:channel|account|page|website|feed)|X|Telegram|Twitter|Facebook|Instagram|YouTube)\b)?"
    rf"{CARRIED_BY}(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)?)?"
)

# A statement issued in someone's name: "The following statement is attributable to the
# Spokesperson for ..." (UN notes, DoD readouts).
ATTRIBUTABLE_RE = re.compile(
    r"(?:\b(?:[Tt]he\s+following(?:\s+statement)?|[Tt]his\s+statement)\s+is\s+attribut(?:able|ed)"
    # a readout's opening line: "Attributed to Pentagon Press Secretary Jane Roe:"
    r"|(?<![^\n])(?:Statement\s+)?[Aa]ttribut(?:able|ed))\s+to\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^.:;\n\"“”]{1,80}?)(?=\s*(?:[.:;\n]|$))")

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
    r"third|final|own|official|separate|joint|updated)\s+)?"
    # (how it was given out: "The Navy's first public statement")
    r"(?:(?:public|written)\s+)?(?:statement|communiqu[eé]|readout)"
    r"(?:,[^,;\"“”]{2,40},)?\s+(?:(?:initially|later|also|first|earlier)\s+)?(?:said|says|"
    # ('described "two sailors with minor cuts"': its own words, quoted)
    r"reported|stated|claimed|put|gave|added|confirmed|described(?=\s+[\"“]))\b")
