"""Action words of law enforcement told in court papers and export cases: a defendant's
arrest and a shipment seized.

"Defendant was arrested yesterday at John F. Kennedy International Airport", "Customs and
Border Protection seized a further shipment of 40 servo actuators at Newark last week": each
is a happening of its day and place, kind "other" (as the corpus keeps arrests and
seizures). Narrow on purpose: the arrest needs the case's own words for its subject
("defendant", "the accused"), so "he was arrested in 2019" in a profile, or suspects
arrested in a raid told on (event_triggers.py reads "arrested four suspects"), draft
nothing here; the seizure needs a shipment, consignment or cargo (weapons seized in a raid are
told by event_triggers.py).
"""

from __future__ import annotations

LAW_TRIGGERS: list[tuple[str, str]] = [
    (
        "other",
        r"\b(?:(?:[Cc]o-)?[Dd]efendants?|[Tt]he\s+accused)\s+(?:was|were)\s+"
        r"(?:later\s+|subsequently\s+)?arrested\b|"
        r"\b(?:seized|confiscated|impounded)\s+(?:an?\s+|the\s+|two\s+|three\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:shipments?|consignments?|cargo(?:es)?)\b",
    ),
]
