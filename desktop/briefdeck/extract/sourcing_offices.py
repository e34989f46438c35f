"""Office holders the report does not name, speaking for their office: "the regional governor
said", "his office said", "the representative of Chile said", "the Master of a bulk
carrier reported". The post is the source; whoever holds it stays unnamed."""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated

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

OFFICE_WORD = word_gated(re.compile(
    r"\b(?:governor|mayor|minister|president|ambassador|envoy|prosecutor|"
    r"police\s+chief|premier|head|chief|chairman|chairwoman|director|"
    r"press\s+secretary|(?:security|humanitarian|resident)\s+coordinator)\b"))

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
    r"press\s+secretary|(?:(?<=security\s)|(?<=humanitarian\s)|(?<=resident\s))coordinator|"
    # a ministry's head by its full title, unnamed: "The Minister of Supply said"
    r"(?<=[Tt]he\s)Minister(?=\s+(?:of|for)\s+[A-Z])|"
    # ... or by the title alone, as a government's own readout writes it: "the Prime Minister
    # said" (a holder the text names is counted at the name: see unnamed_sources.py)
    r"(?<=[Tt]he\s)(?:Prime\s+Minister|President|Vice\s+President|Governor|Mayor)"
    r"(?=\s+(?:said|says|told|added|informed)\b))|"
    r"(?P<head>head|chief|chairman|chairwoman|director)(?=\s+of\b))"
    r"(?:\s+(?:of|(?<=Minister\s)for)\s+(?:the\s+)?(?P<office>[^,;.\"“”]{2,50}?))?)\s+"
    r"(?:has\s+|had\s+)?(?:also\s+)?(?:said(?!\s+to\s+(?:be|have)\b)|says|told|tells|"
    r"announced|stated|confirmed|added|"
    # a minister reporting to the cabinet: "The Minister of Water informed the Council"
    r"informed(?=\s+(?:the\s+)?[A-Z]))\b"
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
