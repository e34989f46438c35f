"""A country written as its people's adjective before "border": "the Syrian border".

The gazetteer knows "Syria", not "Syrian"; a border named by its demonym is that country's,
shown under the country's own name.
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import at_word_start

DEMONYM_BORDER = re.compile(
    "(?P<dem>" + at_word_start(*"Syrian Iraqi Iranian Turkish Jordanian Kuwaiti Saudi Lebanese "
                               "Israeli Afghan Pakistani Yemeni Omani".split()) + r")\s+border\b"
)
DEMONYM_COUNTRY = {
    "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran", "Turkish": "Turkey",
    "Jordanian": "Jordan", "Kuwaiti": "Kuwait", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon",
    "Israeli": "Israel", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Yemeni": "Yemen",
    "Omani": "Oman",
}
