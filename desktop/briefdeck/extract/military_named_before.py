"""'the military said' / 'the army said', with no country before it: the state's armed force
the text named last ("The IDF said ... '...,' the military said" is the IDF speaking).

Left bare, the speaker would be the common noun "military", which names no one; the analyst
reads it as the force just named. Non-state armed groups are passed over (the group is "the
group" or "the militia"), and so is a force named only inside quotation marks.
"""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import KNOWN_RE, armed_group, known_organization
from briefdeck.extract.named_before import LOOKBACK

_BARE_FORCE = frozenset({"military", "army", "armed forces"})
# A known body that is a state's armed force, by the last word of its name.
_FORCE_NAME = re.compile(r"\b(?:Forces|Army|Military|Navy)$")


def military_named_before(speaker: str, text: str, pos: int) -> str:
    """The armed force named last before pos when speaker is the bare "military" or "army",
    else speaker unchanged."""
    if speaker.lower() not in _BARE_FORCE:
        return speaker
    found = ""
    for m in KNOWN_RE.finditer(text, max(0, pos - LOOKBACK), pos):
        name = known_organization(m.group(0))
        if name and _FORCE_NAME.search(name) and not armed_group(name):
            found = name
    return found or speaker
