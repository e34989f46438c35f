"""More well-known bodies, written as reports write them (known_organizations.py merges them in;
that table is full). Each name with the ways reports write it, as there.
"""

from __future__ import annotations

MORE_KNOWN: dict[str, list[str]] = {
    # the Army office that buys its air and missile defences (Patriot, LIDS, Coyote)
    "Program Executive Office Missiles and Space": [
        r"Program\s+Executive\s+Office\s+(?:for\s+)?Missiles\s+and\s+Space",
        r"PEO\s+Missiles\s+and\s+Space",
        r"PEO\s+MS\b",
    ],
    # A base's force-protection operations centre, which runs its alarms and its defences
    # ("BDOC reports alarm red", "per BDOC"): base logs and tickets cite it by its initials.
    "Base Defense Operations Center": [r"Base\s+Defen[cs]e\s+Operations?\s+Cent(?:er|re)", r"BDOC"],
    # the partner force at al-Tanf, named whole (its "Syrian" is the name's, no demonym to
    # strip; its initials also abbreviate the Strategic Framework Agreement, so not them)
    "Syrian Free Army": [r"Syrian\s+Free\s+Army"],
    # Kuwait's fire and rescue service, which answers the bases there for mutual aid.
    "Kuwait Fire Force": [r"Kuwait(?:i)?\s+Fire\s+Force"],
}
