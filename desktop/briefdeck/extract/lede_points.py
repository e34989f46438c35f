"""Whether an event's summary reads as a key point, or only as the raw text it came from.

A key point quotes an event's summary only when it is the report's own clean sentence. It is
not when it is:
- a table's row ("240215C NOV 26 Harir AB, IZ UAS x2 OWA NIL Both engaged by C-RAM"): the
  cells run together, no reader's sentence;
- cut short ("... including a civilian…"): the point would stop mid-thought;
- clipped at its head ("Same confusion that preceded the attack ..." out of "the outpost, the
  same confusion that ...", "Whose mission ended ...", "Was flown out ..."): it starts inside
  someone else's sentence.
Such an event is told as the timeline tells it instead: date, kind on place, toll.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede_furniture import table_row

# A list's bullet left at the summary's head ("- The Houthis say ...").
BULLET = re.compile(r"^[-•*▪–—]\s+")
# A log's date-time group or serial opening a row ("240215C NOV 26 ...", "0930Z ..."); not a
# plain number counting the sentence's subject ("2000 troops arrived ...").
_ROW_CODE = re.compile(r"^\d{4,6}[A-Z]?\b(?!\s+[a-z])")
# The word before a clipped head: an article, a determiner or a preposition of the same
# sentence ("the same confusion", "of the attack"). (Not "that", "and", "but": a reported or a
# joined clause after them is a whole sentence: "said that a drone had been intercepted".)
_LINKING = frozenset("the a an of this these those its their his her our to by in on at for "
                     "from with which who".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# After "and", "that", "but", "as" a head is a clause of its own when it opens on its subject
# ("and a second drone crashed", "said that two drones fell"), not on a verb or an adverb
# ("and detained four men", "and will conclude", "and again since ...").
_JOINING = frozenset("and that but or as".split())
_SUBJECT_OPENING = frozenset("a an the one two three four five six seven eight nine ten eleven "
                             "twelve several some about more another at least dozens".split())
# A head that needs what came before it: a relative word ("Whose mission ended ...", "Under
# which the coalition ...") or a verb whose subject was cut off ("Has killed a contractor ...").
# ("Claimed a drone attack on ...": the claimant was cut off)
_CLIPPED_HEAD = re.compile(r"(?:Of\s|Whose|Which|Whom|(?:Under|In|By|Through|From|With|At|On|"
                           r"For)\s+(?:which|whom|whose)|(?:Has|Have|Had|Was|Were)\s+(?:been\s+)?"
                           r"[a-z]{3,}|(?:Claimed|Denied|Said|Told|Announced|Confirmed|Reported)"
                           r"\s+(?:a|an|the|that|responsibility|credit)\b)\b")


def raw_summary(summary: str, text: str, start: int | None) -> bool:
    """True when the summary (told near `start` in the text) is no clean sentence of its own."""
    words = BULLET.sub("", summary.strip())
    if not words or words.endswith(("…", "...")) or _ROW_CODE.match(words) or \
            _CLIPPED_HEAD.match(words):
        return True
    if start is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if table_row(line):
        return True
    # where the summary's opening words are in the report, and the word before them
    head = words[:24].lower()
    window = text[max(0, start - 600): start + 600]
    at = window.lower().find(head)
    if at <= 0:
        return False
    before = _WORD_BEFORE.search(window, max(0, at - 20), at)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _JOINING:  # (the report's own first word: lower case unless a name or number)
        first = window[at:].split(None, 1)[0]
        return first[:1].islower() and first.lower() not in _SUBJECT_OPENING
    return word in _LINKING
