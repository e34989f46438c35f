"""An embassy or consulate as a body: when it speaks, sets rules for its staff or heads the
alert it issues (organizations.py drafts it; places.py then drafts no compound there)."""

from __future__ import annotations

import re

# An embassy is a compound when it is hit and a body when it speaks: "the French Embassy in
# Beirut said", "UK Embassy Amman (X, 3 May):" over its post; "the Turkish embassy in Baghdad
# said" in lower case too, after its nation's adjective; "US Embassy Baghdad restricted travel".
SPEAKER_AFTER = (r"(?=(?:\s*\([^()]{1,60}\))?\s*:|,?\s+(?:(?:also|later|earlier|has|had)\s+)?"
                 r"(?:said|says|posted|wrote|tweeted|stated|urged|warned|announced|condemned|"
                 r"called|issued|advised|told|added|denied|confirmed|reiterated|"
                 # what it knows of its citizens: "the Consulate General is not aware of any"
                 r"is\s+(?:not\s+)?aware|"
                 # its own rules for its staff: "Embassy Baghdad has restricted travel"
                 r"restricted|suspended|ordered|authori[sz]ed|instructed|recommended|"
                 r"reminded|encouraged)\b)")
EMBASSY_RE = re.compile(
    r"\b(?P<firm>(?!(?:The|A|An|This|That|Its|Their)\s)(?:U\.S\.|U\.K\.|[A-Z][A-Za-z]+)\s+"
    r"(?:[Ee]mbassy|Consulate(?:\s+General)?)(?:\s+in)?(?:\s+[A-Z][a-z]+)?)" + SPEAKER_AFTER)

# "Security Alert - U.S. Embassy Baghdad, Iraq", "Message for U.S. Citizens: U.S. Embassy
# Kyiv": a mission heading the notice it issues is the body too; so is one its citizens are
# told to turn to ("should contact the U.S. Consulate General in Erbil").
ISSUER_BEFORE = re.compile(r"\b(?:Alert|Advisory|Notice|Message(?:\s+for\s+[\w. ]{1,20}Citizens)?|"
                           r"Statement)\s*[-–—:]\s*$|\b(?:[Cc]ontact|[Ee]-?mail|[Cc]all)\s+"
                           r"(?:the\s+)?$")
EMBASSY_ISSUER_RE = re.compile(
    r"(?P<firm>(?:U\.S\.|U\.K\.|US|UK|[A-Z][a-z]+)\s+(?:Embassy|Consulate(?:\s+General)?)"
    r"(?:\s+(?:in\s+)?[A-Z][a-z]+)?)")
