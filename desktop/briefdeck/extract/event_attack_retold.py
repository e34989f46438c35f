"""A toll with no day or place of its own that names "the attack" it counts: the toll of
the attack told before (event_toll_targets.TollTargets._attack_told), paragraphs on.

"Three U.S. troops were also wounded in the attack" names it after the toll; "The attack
killed one airman and wounded nine other people" opens with it, often after a quote or two
that stand between the lead and its toll, further than the next sentences are read against
(event_followups.last_told).
"""

from __future__ import annotations

import re

# "... were also wounded in the attack": the happening named after the toll
_IN_THE_ATTACK = re.compile(
    r"[^.;]{0,40}?\b(?:in|during|by)\s+the\s+(?:[\w-]+\s+)?(?:attack|"
    r"strike|raid|barrage|assault|bombing|explosion|blast)\b"
)
# "The attack killed ...", "The drone strike had wounded ...": the happening named by "the" as
# the subject of the toll's verb, opening the sentence (a word for its place or day would
# have made a clause of its own)
_THE_ATTACK_DID = re.compile(
    r"[\"“]?The\s+(?:[\w-]+\s+)?(?:attack|strike|assault|bombing|"
    r"barrage)\s+(?:had\s+|also\s+)?(?:killed|wounded|injured|left)\s"
)


def names_the_attack(
    text: str, sent_start: int, toll_start: int, toll_end: int, sent_end: int
) -> bool:
    """Does the sentence name "the attack" its toll (text[toll_start:toll_end]) counts?"""
    return _IN_THE_ATTACK.match(text, toll_end, sent_end) is not None or (
        text.startswith(("The ", '"The ', "“The "), sent_start)
        and _THE_ATTACK_DID.match(text, sent_start, toll_start) is not None
    )
