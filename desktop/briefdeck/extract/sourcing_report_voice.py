"""A report's own voice and what it rests on: a UN panel's, a commission's, a monitor's.

"The Panel documented 27 attacks", "the Panel assesses": the body that wrote the report (the
one it is the report "of") speaks in its own voice, and is no source of its own. What it rests
on is: "launch data provided by a Member State" (an unnamed government, an anonymous official
source), "estimated by the ship manager" (a company's figure, another source), "The Panel's
incident database draws on reporting from ..." (a document).
"""

from __future__ import annotations

import re

from briefdeck.geo.textnorm import at_word_start

# The text is the report itself only when it says so: "the final report of the Panel", "the
# present report of the Commission" (a story citing "a report of the Army" is not the Army's).
_REPORT_OF = re.compile(r"\b(?:[Ff]inal|[Pp]resent|[Ii]nterim|[Mm]id-?term|[Aa]nnual|[Tt]his)\s+"
                        r"report\s+of\s+the\s+(?P<who>[A-Z][a-z]+)\b")
_HEAD = 4000  # the cover and the letter of transmittal name the author

_COUNT = r"(?P<n>a|an|one|two|three|four|five|several)"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_PROVIDED_BY = re.compile(
    r"\b(?:(?:[a-z-]+\s+)?(?:data|information|imagery|intelligence|evidence|material|"
    r"details|records))\s+(?:provided|shared|supplied|communicated|submitted)\s+"
    rf"(?:to\s+the\s+[A-Z][a-z]+\s+)?by\s+{_COUNT}\s+(?:Member\s+States?|[Gg]overnments?|"
    r"(?:[a-z]+\s+)?intelligence\s+services?)\b")
_PROVIDED_VERBS = ("provided", "shared", "supplied", "communicated", "submitted")
# (the patterns below open on literals, not on \b: a scan of a whole long text jumps to
# their letters instead of trying each position)
_BY_SHIP = re.compile(
    at_word_start("estimated", "assessed", "put", "valued", "reported", "confirmed") +
    r"\s+by\s+the\s+(?:ship|vessel)"
    r"(?:['’]s)?\s+(?:manager|owner|operator|master|"
    r"captain|insurer)s?\b")
_DATABASE = re.compile(
    r"[Tt](?<!\w.)he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z-]+\s+){0,2}"
    r"(?:database|dataset|tracker)\s+"
    r"(?:draws|drew|relies|relied|is\s+based|was\s+based)\s+on\b")


def own_voice(text: str) -> re.Pattern[str] | None:
    """The author speaking ("the Panel documented"), if the text is the report of a body."""
    m = _REPORT_OF.search(text, 0, _HEAD)
    if not m:
        return None
    return re.compile(rf"[Tt]he\s+{m.group('who')}\s+(?!of\b|on\b)[a-z]")


# A diplomatic cable's own voice: "Post assesses", "Post recommends" (the embassy writing, a
# bare "Post" with no article; the newspaper is always "the Post").
_MISSION_VOICE = re.compile(r"Post\s+(?:assesses|assessed|believes|recommends|judges|comments|"
                            r"notes|understands|expects|requests|concludes|will|has|is)\b")


def mission_voice(text: str, start: int) -> bool:
    """Whether the sourcing at text[start:] is a cable's "Post assesses": no source."""
    return text.startswith("Post", start) and _MISSION_VOICE.match(text, start) is not None \
        and not text[max(0, start - 4):start].lower().endswith("the ")


def rests_on(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source a report says it rests on."""
    if " by " not in text and "database" not in text and "dataset" not in text and \
            "tracker" not in text:
        return []
    out: list[tuple[int, int, str, int | None]] = []
    # (each match holds one of these verbs: a cheap test before a scan tried at every word)
    provided = any(verb in text for verb in _PROVIDED_VERBS)
    for m in _PROVIDED_BY.finditer(text) if provided else ():
        n = m.group("n").lower()
        count = _COUNTS.get(n)
        out.append((m.start(), m.end(), "anonymous official", count))
    out += [(m.start(), m.end(), "other", 1) for m in _BY_SHIP.finditer(text)]
    out += [(m.start(), m.end(), "document", 1) for m in _DATABASE.finditer(text)]
    return out
