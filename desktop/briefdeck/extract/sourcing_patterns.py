"""The sentence shapes of sourcing: who said, reported, assessed or was seen by whom, in the
words reports use ("according to three U.S. officials", "said in a statement on its Telegram
channel", "a memo seen by Reuters"). attributions.py reads the report with them.

Here are the shapes that name a source after a preposition ("according to", "per", "citing")
and the cheap test of the verbs the others end on; the others are split by who speaks:
unnamed officials (sourcing_unnamed_officials.py), the public and commentators
(sourcing_public.py), office holders (sourcing_offices.py), bodies (sourcing_bodies.py, with
what is no body in sourcing_not_bodies.py), statements and where they were issued
(sourcing_statements.py), channels and accounts (sourcing_channels.py), the press
(sourcing_press.py), documents and data (sourcing_documents.py), named people
(sourcing_named_people.py) and a source named again (sourcing_named_again.py).
"""

from __future__ import annotations

import re

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.quote_patterns import ABBR_DOT
from briefdeck.extract.sourcing_unnamed_officials import SOURCE_COUNT

# ("..., per the duty officer": the clipped "according to" of notes; notes also set it in
# brackets or after a dash, "(per ministry statement)", "- per INA", and open a line with it,
# "Per the embassy alert:"; never "$3 per barrel")
ACCORDING_RE = re.compile(
    # (or mid-clause before a name: "arrived from Fort Bliss per Army statement")
    rf"(?:\b[Aa]ccording\s+to|(?:(?<=, )|(?<=\()|(?<=[;—–] )|(?<= - )|"
    rf"(?<=[a-z] )(?=per\s+(?:the\s+|an?\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}\s+"
    rf"(?:statement|release|readout|figures|data|tally|count|report|briefing|alert)s?\b|"
    # or before a body's voice: "at least three per the SDF media centre", "per X spokesman Y"
    rf"(?=per\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}}\s+(?:media\s+(?:centre|"
    rf"center|office)|press\s+office|spokes(?:man|woman|person))\b)|"
    # or before an unnamed official: "no casualties per a US official quoted by AP"
    rf"(?=per\s+(?:an?|one|two|three|four)\s+(?:[A-Z][\w.-]*\s+){{0,3}}(?:[a-z]+\s+)?"
    rf"(?:officials?|sources?|spokes(?:man|woman|person))\b|"
    # or before officials named by their country alone: "on 19 Nov per US officials"
    rf"per\s+(?:[A-Z][\w.-]*\s+){{1,3}}(?:[a-z]+\s+)?(?:officials|sources)\b)))"
    rf"(?P<per>[Pp]er)|"
    rf"(?<![^\s\"“(])(?P<cap_per>Per)|"
    # "By a tally kept by the Pentagon, militias have attacked ...": a count's keeper
    rf"\b[Bb]y(?=\s+(?:an?|the|its|their|our|one)\s+(?:[\w-]+\s+)?(?:tally|count|reckoning)\b))"
    rf"\s+"
    rf"(?P<who>(?:[^,.;:\"“”()]|{ABBR_DOT}|(?<=\s)\([A-Z][A-Za-z-]{{1,8}}\)(?=[\s,;:])){{2,90}})"
)
# "according to the officials and a congressional aide": two sources, each counted alone.
AND_ANOTHER = re.compile(rf"\s+and\s+(?=(?i:{SOURCE_COUNT})\s)")
# "SANA, citing a military source, said": the source behind the source.
# (a full stop inside initials is no end: "quoting two U.S. officials")
CITING_RE = re.compile(r"\b(?:citing|quoting)\s+(?P<who>(?:[^,.;:\"“”()]|(?<=\b[A-Z])\.(?=[A-Z]\.|"
                       r"\s+[a-z])|(?<=\b[A-Z]\.[A-Z])\.){3,80})")
# Every verb SAID_RE, ORG_SAID_RE, BODY_SAID_RE, PRESS_SAID_RE and OFFICE_SAID_RE end on: a
# cheap test before them.
ANY_VERB = word_gated(re.compile(
    r"\b(?:sa(?:id|ys?)|told|believes?|confirmed|added|stated|noted|caution(?:ed)?|warn(?:ed)?|"
    r"worried|acknowledged|attributed|blamed|estimated?|assess(?:ed)?|expect(?:ed)?|"
    r"fear(?:ed)?|raised|expressed|announced|reported|condemned|claimed|alleged|denied|described|"
    r"recalled|found|finds|concluded?s?|shows?|showed|warns|disclosed|revealed|assesses|tells|reports?|"
    r"saying|reporting|claims|confirms|denies|adds|announces|tell|issued|counts|counted|tallie[sd]|lists|listed|names?|named|identifie[sd]|verified|documented|"
    r"quoted|praised|hailed|puts?|gave(?=\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}toll)|questioned|argued|"
    r"received|affirmed|called|revise[sd]|lower(?:ed|s)|update[sd]|raises|increased|given|provided|shared|"
    r"suggested|rejected|denounced|notified|informed|assured|instructed|published|posted|released|aware|"
    r"responded|admitted|claim|mourned|indicate[sd]|made(?=\s+a\s+determination))\b"
))
