"""Counts written with times: "4 x 107mm rockets", "attacked 170 times", "shared 4,800 times".

A multiplication sign counts munitions or aircraft by their model; the word "times" counts
attacks after a verb of attack, meetings after "has met", a post's shares or views after
"shared" or "viewed", and fighters' scrambles. "Three times as many", "dozens of times" and
other repeats are no tally.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_nouns import PLURAL, unit_after
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence
from briefdeck.extract.vague_amounts import BOUNDED_DOZEN

# ("struck 14 times by aircraft" stays "times": blows on a target, often one side's air
# strikes, not attacks to add to a tally of attacks on bases)
# ("U.S." and "since Oct. 17: 41 times in Iraq" have no full stop)
_ATTACKED_BEFORE = re.compile(r"\b(?:attacked|targeted|fired\s+on)\b"
                              r"(?:[^.;]|(?<=\b[A-Z])\.|\.(?=\s+\d))*$")
# "the garrison had been struck at least four times since September": a site struck again
# and again, a tally of attacks on it; not when the striker follows ("struck 14 times by
# aircraft" stays "times", as above). ("has been hit more than a dozen times" is left as
# "times", as the corpus asks it.)
_STRUCK_BEFORE = re.compile(r"\b(?:been|was|were)\s+struck\s+(?:at\s+least\s+|more\s+than\s+|"
                            r"about\s+|nearly\s+|some\s+|over\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")
# "shared more than 4,800 times", "viewed 1.2 million times": a post's reach.
# "scrambled more than 320 times": how often fighters were sent up, a count of scrambles.
_SPREAD_BEFORE = re.compile(r"\b(shared|viewed|watched|retweeted|reposted|liked|downloaded|"
                            r"scrambled|sortied)\s+$", re.I)
_TIMES_WORD = re.compile(r"\s+times\b")  # the unit after the count, however it is spaced
_MULTIPLIER_AFTER = re.compile(r"\s+(?:as|more|less|fewer|the|higher|lower|larger|bigger|"
                               r"greater|faster|cheaper|costlier|that|what|over|an?|per)\b")
_SPREAD_UNITS = {"shared": "shares", "viewed": "views", "watched": "views",
                 "retweeted": "retweets", "reposted": "reposts", "liked": "likes",
                 "downloaded": "downloads", "scrambled": "scrambles", "sortied": "sorties"}
# "Rockets (4 x 107mm)", "4 x 107mm rockets": a count of munitions written as a multiplication.
_TIMES_SIGN = re.compile(r"\s*[x×]\s+(?=\S*\d)")
_NOUN_BEFORE_PAREN = re.compile(r"([A-Za-z][a-z-]{2,}s)\s*\(\s*$")
_MET_BEFORE = re.compile(r"\b(?:has|have|had)\s+met\s+$")
# A model alone inside the bracket of a count: "(2 x UH-60)".
_MODEL_IN_BRACKET = re.compile(r"([A-Z][A-Za-z]{0,5}-?\d[\w-]*)\)")


def multiplied_unit(text: str, q: Quantity, sent: Sentence) -> str | None:
    """What a count written as a multiplication counts ("4 x 107mm rockets": rockets); ""
    when it names nothing countable, None when q is no such count."""
    times = _TIMES_SIGN.match(text, q.end, sent.end) if q.text[-1:].isdigit() else None
    if not times:
        return None
    after = unit_after(text, text.find(" ", times.end(), sent.end) + 1 or sent.end,
                       sent.end)[0] if " " in text[times.end():sent.end] else ""
    paren = _NOUN_BEFORE_PAREN.search(text, max(sent.start, q.start - 30), q.start)
    unit = after if PLURAL.fullmatch(after or "-") else \
        paren.group(1).lower() if paren else ""
    if not paren and (model := _MODEL_IN_BRACKET.match(text, times.end(), sent.end)):
        unit = model.group(1)  # "MEDEVAC (2 x UH-60)": two of that model
        # (not the next word, "departs", which the bracket has closed off)
    return unit


def counted_times(text: str, q: Quantity, start: int, phrase: str) -> tuple[str, str] | None:
    """The unit and phrase of a count of "times" (the sentence from start): attacks,
    meetings, shares; None when it is no tally."""
    if not q.vague and _MET_BEFORE.search(text, max(start, q.start - 12), q.start):
        return "meetings", ""  # "the council has met six times"
    # "attacked more than 170 times": a count of attacks; "dozens of times" and
    # other vague repeats stay out
    times = _TIMES_WORD.match(text, q.end)
    # ("attacked ... at least 170 times ..., and about 60 more times": the sentence's verb)
    more = phrase[:5].lower() == "more "
    attacked = _ATTACKED_BEFORE.search(text, start if more else max(start, q.start - 80),
                                       q.start) or (
        times and _STRUCK_BEFORE.search(text, max(start, q.start - 30), q.start) and
        not _BY_AFTER.match(text, times.end()))
    if q.vague and not BOUNDED_DOZEN.match(q.text) or \
            times and _MULTIPLIER_AFTER.match(text, times.end()) or \
            not re.search(r"\d", q.text) and q.qualifier == "exact" and not attacked:
        return None  # ("three times as many", "two times": no tally; "targeted at
        # least nine times" is one, in words; so is "more than a dozen times")
    if attacked:
        return "attacks", ""
    elif spread := _SPREAD_BEFORE.search(text, max(start, q.start - 16), q.start):
        # "shared more than 4,800 times": how far a post travelled
        return _SPREAD_UNITS[spread.group(1).lower()], ""
    return "times", phrase
