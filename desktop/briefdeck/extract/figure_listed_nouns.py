"""One count over a list of nouns: "1,087 missiles, drones and uncrewed surface vessels",
"about 310 employees and subcontractor personnel".

A number before a list of plural nouns with no number of their own counts them all together;
kept to its first noun ("1,087 missiles") it would say something false. The list is kept
whole as what is counted. Only nouns and their modifiers may sit in the list: "four vehicles,
and that no injuries ...", "killed 14 people and wounded ..." go on with a new clause.
"""

from __future__ import annotations

import re

# A plural noun ("vessels", not "debris" or "wounds"), or a collective one.
# (a verb of the next clause is no noun: "14 refuelling missions and has flown ...")
_NOUN = (
    r"(?!(?:does|goes|gets|says|makes|takes|comes|seems|needs|remains|includes|"
    r"continues|holds|keeps|means|adds|denies|states|warns)\b)"
    r"(?:[a-z][a-z-]{2,}(?<![su]s)(?<!is)s|personnel|people|staff)"
)
# A modifier: a plain word that is no function word, number, verb form or injury word
# ("recovered weapons", "downed debris" are what was done next, not more of the counted).
_MODIFIER = (
    r"(?!(?:that|this|these|those|which|who|no|not|and|or|the|a|an|its|their|his|"
    r"her|our|other|others|more|also|then|later|all|some|many|several|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|among|them|"
    r"including|mostly|mainly|both|each|with|without|in|on|at|of|for|by|from|to|as|"
    r"plus|such|like|while|when|where|was|were|is|are|has|have|had)\b)"
    r"(?:armou?red|uncrewed|unmanned|crewed|guided|allied|[a-z][a-z-]+(?<!ed)(?<!ing))"
)
_ITEM = rf"(?:{_MODIFIER}\s){{0,2}}(?!(?:wounds|injuries|burns|others)\b){_NOUN}"
# ", drones" (up to three more), then "and" or "or" and the last noun; the phrase must end
# there (not "... of").
# Two nouns alone ("radars and spare parts") are one count only when the second is people or
# kit of the same run: a crew and its staff, trucks and armored vehicles, missiles and drones.
_SECOND = (
    r"(?:personnel|people|staff|[a-z-]*(?:workers|contractors|employees|fighters|soldiers|"
    r"sailors|troops|officers|civilians|vehicles|vessels|boats|drones|missiles|rockets|"
    r"launchers|sites))"
)
_LIST_TAIL = re.compile(
    rf"(?:(?:,\s{_ITEM}){{1,3}},?\s(?:and|or)\s{_ITEM}"
    rf"|\s(?:and|or)\s(?:{_MODIFIER}\s){{0,2}}{_SECOND})\b"
    r"(?![\s-]+(?:of|from|to|who)\b)"
)


def listed_nouns(text: str, phrase_end: int, sent_end: int) -> str:
    """The list's tail right after a counted plural noun (", drones and ... vessels"), or ""."""
    if text[phrase_end : phrase_end + 1] not in (",", " "):
        return ""
    tail = _LIST_TAIL.match(text, phrase_end, sent_end)
    return text[phrase_end : tail.end()] if tail else ""
