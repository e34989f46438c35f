"""A speaker naming the next things to count: "The other thing is bunkers. We've got twelve."

In a spoken meeting a speaker names a subject, then gives bare counts of it in the sentences
after ("twelve on the south side, four more coming"). Only a noun for things one counts on
the ground lends itself so: kit, structures, places and people. "The other issue is costs.
We've got twelve on the books" counts no costs (nor "funds", "delays", "numbers").
"""

from __future__ import annotations

import re

TOPIC_SENTENCE = re.compile(r"(?:The\s+)?(?:(?i:other|next|last|final|first|second|third)\s+)?"
                            r"(?i:thing|issue|point|item|question)\s+(?:is|was)\s+"
                            r"([a-z][a-z-]{2,}s)\.")
# Things counted on the ground: kit, structures and sites, people.
COUNTABLE_TOPICS = frozenset(
    # kit
    "shelters bunkers launchers radars sensors drones rockets missiles interceptors mortars "
    "guns jammers cameras generators vehicles trucks tanks humvees ambulances boats ships "
    "vessels aircraft jets helicopters planes batteries weapons rifles rounds munitions "
    "barriers containers trailers tents beds radios "
    # structures and sites
    "bases outposts checkpoints sites positions towers bridges hangars buildings compounds "
    "airfields runways camps crossings roads gates walls "
    # people
    "troops soldiers personnel guards contractors advisers advisors casualties detainees "
    "prisoners hostages wounded refugees evacuees medics pilots crews teams patrols squads "
    "platoons companies".split()
)


def topic_noun(sentence: str) -> str | None:
    """The countable thing a speaker's sentence names as the next subject, if it does."""
    m = TOPIC_SENTENCE.fullmatch(sentence)
    if m and m.group(1).lower() in COUNTABLE_TOPICS:
        return m.group(1).lower()
    return None
