"""Action words of a government naming someone a terrorist or putting a price on them.

"the Treasury designated al-X as a Specially Designated Global Terrorist", "the State
Department is offering a reward of up to $10 million for information on": a designation
or a reward offer is the news of its day, an announcement (the corpus kind for sanctions).
Narrow on purpose: the designation needs the object and the list it names ("as a ...
Terrorist"), so "a designated area" or "designated as a priority" drafts nothing; a reward
needs the verb of the offer ("offering a reward", "announced a reward"), not "a reward
of $5 million was on his head".
"""

from __future__ import annotations

SANCTION_TRIGGERS: list[tuple[str, str]] = [
    (
        "announcement",
        r"\bdesignated\s+(?:[\w'’.-]+\s+){1,5}?as\s+(?:an?\s+)?(?:Specially\s+"
        r"Designated|Foreign\s+Terrorist|(?:global\s+)?terrorist)|"
        # (the verb itself: "is offering" would try every "is" of the text)
        r"\boffering\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,2}?reward\b|"
        r"\b(?:offered|announced|posted)\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,2}?"
        r"reward\s+(?:of|for)\b",
    ),
]
