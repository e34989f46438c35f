"""People speaking for themselves, unnamed: residents, witnesses, doctors, analysts
("Residents said", "two witnesses told AFP"), and commentators and market sources
("Russian milbloggers claimed", "two insurance brokers said"). Neither officials nor
bodies, they are a kind of source of their own."""

from __future__ import annotations

import re

from briefdeck.extract.sourcing_unnamed_officials import SOURCE_COUNT

# Unnamed commentators and market sources speaking for themselves: "Russian milbloggers
# claimed", "two insurance brokers said", "a pro-Kremlin blogger wrote".
COMMENTATOR_SAID_RE = re.compile(
    # (the noun may open the sentence: "Underwriters in Athens said")
    rf"\b(?P<who>(?:(?i:{SOURCE_COUNT})\s+)?(?:[\w-]+\s+){{0,2}}?(?i:(?:mil)?(?:bloggers?|brokers?|"
    rf"commentators?|insurers?|underwriters?)))(?:\s+(?:at|in|from|with|(?:affiliated|associated|"
    rf"linked|close)\s+(?:with|to))\s+[^,;\"“”]{{2,40}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:said|say|says|told|claimed|claim|claims|"
    rf"wrote|reported|posted|alleged|argued|warned)\b"
)

# People speaking for themselves, unnamed: "Residents said", "two witnesses told AFP",
# "A doctor at the hospital, who declined to be named, said": no officials, no bodies.
THE_PUBLIC = (
    r"residents?|witness(?:es)?|eyewitness(?:es)?|villagers?|locals|doctors?|medics?|nurses?|"
    r"paramedics?|activists?|survivors?|relatives?|neighbou?rs?|farmers?|shopkeepers?|"
    r"analysts?|experts?|journalists?|fishermen|fisherman|passengers?|drivers?|students?|"
    r"teachers?|(?:aid|humanitarian|relief)\s+workers?|rescuers?|"
    # a casualty's family, people at a market or on a road speak for themselves
    r"family\s+members|family|families|traders?|merchants?|motorists?|"
    # an aid group's staff hired where it works speak for themselves, not for the group
    r"(?:national|local)\s+staff(?:\s+members)?|"
    # a firm's clients telling it what befell them ("several clients have told us")
    r"clients|customers"
)
PUBLIC_SAID_RE = re.compile(
    rf"(?<!['’])\b(?P<who>(?:(?i:{SOURCE_COUNT})\s+)?(?:of\s+the\s+)?"
    # (words before the noun describe it: "comments by residents" starts at the residents;
    # an owner too: "one of the firm's drivers")
    rf"(?:(?!\d|(?:said|says|told|by|to|with|from|among)\b)[\w-]+(?:['’]s)?\s+)"
    rf"{{0,2}}?(?i:{THE_PUBLIC}))"
    # (the aside may hold a number: "Residents of X, a city of about 250,000 people, said")
    rf"(?:\s+(?:at|in|of|from|near)\s+(?:the\s+)?[^,;\"“”]{{2,40}}?"
    # ... or where they live: "two drivers who live in Tel Kafra told"
    rf"|\s+who\s+(?:live|lives)\s+(?:in|at|near)\s+[^,;\"“”]{{2,40}}?)?"
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

PUBLIC_WORD = re.compile(rf"(?i)\b(?:{THE_PUBLIC})\b")
