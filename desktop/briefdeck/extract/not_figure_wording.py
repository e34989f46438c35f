"""Numbers the wording shows count nothing new: an age ("a woman aged 62", "Eitan Mizrahi,
34,"), a group counted before and named again ("the two sites"), a correction's superseded
count ("three, not two"), an adjective ("three-star", "45-year-old"), a temperature, a
ranking ("two of the most powerful"), a sense of scale ("multi-million", "several million")
and a lone "one" ("one official")."""

from __future__ import annotations

import re

from briefdeck.extract.figure_asides import describes
from briefdeck.extract.figure_measures import CLIP_LENGTH, MEASURE_ADJECTIVE
from briefdeck.extract.not_figure_dates import counted_next
from briefdeck.extract.numbers import Quantity

_AGE_AFTER_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+Jr\.?)?(?:,|\s*\()\s*$")
# "a man aged 57", "men aged 48 and 71", "aged between 18 and 60": ages, never counts.
_AGED = re.compile(r"\baged\s+(?:between\s+|about\s+|around\s+)?(?:\d+\s*(?:,|and|or|to)\s*)*$",
                   re.I)
# "the two sites", "those three bases", "the same two groups", "all three": a group already
# counted, named again.
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all)\s+(?:same\s+)?$", re.I)
# "four of the six", "all of the seven": a part, before the whole it is taken from
_PART_OF = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|all|"
                      r"some|most|none|each)\s+of\s+(?:the|those|these)\s+$", re.I)
_TEMPERATURE_AFTER = re.compile(r"\s*(?:°|degrees?\b(?!\s+of\b))", re.I)
# "two of the most powerful groups": a ranking that describes, not a count that reports.
_SUPERLATIVE_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:most|least|biggest|largest|"
                             r"strongest|best|worst|larger|bigger|smaller|more|better)\b")
# "now THREE, not two", "four rather than two": the superseded count of a correction.
# (", not two" and "(not 3)": the earlier count a correction sets aside; "most of one battery
# and not two": the count an estimate rules out)
_CORRECTED_BEFORE = re.compile(r"(?:,\s*not|\(\s*not|\band\s+not|\brather\s+than|"
                               r"\binstead\s+of)\s+$", re.I)
# ("three Kh-101 cruise missiles and one ...": a model's designator and a lower-case class
# word may sit between; "four SDF fighters and one U.S. soldier" is a toll's breakdown)
# ("two anti-ship cruise missiles and", "four SM-2s and": two modifiers, or a model's plural)
# ("two Houthi one-way attack drones and one ...": a side's name before weapons, not people)
_COUNT_LISTED_BEFORE = re.compile(r"\b(?i:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                  r"(?:(?:[A-Za-z][\w-]*\d[\w-]*\s+)?(?:[a-z][a-z-]*\s+){0,2}"
                                  r"(?i:[a-z-]{3,}s)|[A-Z][\w-]*\d[\w-]*s|[A-Z][a-z]+\s+"
                                  r"(?:[a-z][a-z-]*\s+){0,3}(?:drones|missiles|rockets|UAVs))"
                                  r"\s+(?i:and)\s+$")
# "one additional Patriot battery": a deployment counted by the unit, one as much as two.
_ONE_BATTERY = re.compile(r"\s+(?:(?:additional|more|extra)\s+)?(?:[A-Z][\w-]+\s+){0,2}"
                          r"(?:battery|squadron)\b(?!\s+[a-z]+s\b)")  # ("battery departs")
# "most of one battery", "part of one squadron": a share of one unit, no deployment counted
_SHARE_OF = re.compile(r"\b(?:most|part|half|much)\s+of\s+$", re.I)
_ONE_DISTANCE = re.compile(r"\s+(?:nautical\s+miles?|miles?|kilomet(?:er|re)s?|km|"
                           r"met(?:er|re)s?)\b(?!-)")
_DIGIT_OF_WORD = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                  "eight": "8", "nine": "9", "ten": "10"}
# A toll told, then the wrong count it replaces: "were wounded, not four Americans".
_TOLL_NOT_BEFORE = re.compile(r"\b(?:were|was)\s+(?:wounded|killed|injured|hurt),\s*not\s+$",
                              re.I)
# The rounding note under a table of percentages ("may not add up to 100%").
# ("add up to 100%" is read as "up to 100%", so the "to" may be the number's own)
_ADD_UP_TO = re.compile(r"\b(?:add|adds|sum|total)(?:\s+up)?\s+(?:to\s+)?$", re.I)


def counts_nothing_new(text: str, q: Quantity, sent_start: int, sent_end: int) -> bool:
    """Does the wording around q show it is no new count (an age, a recount, an adjective)?"""
    if q.text[:1].isalpha() and text[q.start - 6:q.start].lower() in ("multi-", " multi"):
        return True  # "multi-million dollar missiles": an adjective of scale, no amount
    if q.text.lower() in ("million", "billion") and \
            text[max(0, q.start - 8):q.start].lower() in ("several ", " a few ", "  many "):
        return True  # "a missile worth several million dollars": a sense of cost, no amount
    if describes(text, q, sent_start):
        return True  # an age, a name's number word, a section's number
    after = text[q.end : min(sent_end, q.end + 20)]
    if text[q.start - 1:q.start] == " " and text[q.start - 5:q.start - 1] in (
            "not", " not", "(not", "than", "d of") and \
            _CORRECTED_BEFORE.search(text, max(sent_start, q.start - 14), q.start) and \
            not counted_next(text, q.end):
        return True  # "is now three, not two": the count the report corrects
    if text[q.start - 5:q.start] == " not " and \
            _TOLL_NOT_BEFORE.search(text, max(sent_start, q.start - 40), q.start):
        return True  # "three soldiers and one guard were wounded, not four Americans": the
        # toll a reader had wrong, which the writer corrects
    if after.startswith("-") and len(after) > 1 and after[1].isalpha() and \
            not MEASURE_ADJECTIVE.match(after) and not CLIP_LENGTH.match(after) and \
            not after.startswith("-strong "):  # ("the 22-strong crew": how many they are)
        return True  # "three-star", "107-mm", "45-year-old": an adjective, not a count
    if q.percent and q.value == 100 and _ADD_UP_TO.search(text, max(sent_start, q.start - 16),
                                                          q.start):
        return True  # "Figures may not add to 100% because of rounding": a table's note on
        # its rounding, no share of anything
    if _TEMPERATURE_AFTER.match(after) or \
            text[max(sent_start, q.start - 6):q.start].lower().endswith("minus ") and \
            not text[max(sent_start, q.start - 14):q.start].lower().endswith("plus or minus "):
        return True  # "minus 30", "40 degrees": a temperature, not a count (a poll's "plus
        # or minus 3.2 percentage points" is its margin of error)
    if _AGE_AFTER_NAME.search(text, max(sent_start, q.start - 30), q.start) and \
            re.match(r"\s*[,)]", text[q.end:q.end + 2]) and q.value < 120 and not q.percent:
        return True  # "Eitan Mizrahi, 34, from Haifa": an age
    if not q.percent and not q.money and _AGED.search(text, max(sent_start, q.start - 30),
                                                      q.start):
        return True  # "a woman aged 62"
    if q.value == 1 and not q.money and not q.percent and (
            q.qualifier == "exact" or not re.search(r"\d", q.text)) and not (
            q.value_high is not None and " or " not in q.text) and not (
            text[q.start - 4:q.start] == "and " and
            _COUNT_LISTED_BEFORE.search(text, max(sent_start, q.start - 50), q.start)) and \
            not _ONE_DISTANCE.match(text, q.end) and (
                text[q.start - 5:q.start] == "even " or not _ONE_BATTERY.match(text, q.end) or
                _SHARE_OF.search(text, max(sent_start, q.start - 8), q.start)):
        return True  # "one official", "in more than one place": not worth a figure (but
        # "two drones and one rocket" lists the weapons of one attack, each counted, and
        # "landed approximately one nautical mile from the ship" is how close it came, and
        # "one additional Patriot battery" a deployment; "even one battery" is a wish, and
        # "most of one battery" a share of one; "delays of one to three hours" a range)
    if q.value <= 3 and not q.money and _SUPERLATIVE_OF.match(text, q.end):
        return True
    if q.value <= 10 and q.text.isalpha() and (definite := _DEFINITE.search(
            text, max(sent_start, q.start - 13), q.start)):
        part_of = _PART_OF.search(text, max(sent_start, q.start - 32), q.start)
        if (q.value <= 3 or not part_of) \
                and not (definite.group(0)[:3].lower() == "all" and
                         not _written_before(text, q)) and not _first_count(text, q) and \
                not (part_of and not _counted_before(text, q)):
            return True  # "at the two sites", "the four injuries": the ones counted before
        # ("four of the six missiles": the whole a part is taken from is counted; "All five
        # Chinese crew members are safe" counts them first, when no five came before)
    return False


# the noun a definite count counts: "the three rockets" -> "rockets"
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{2,20})\b")


def _first_count(text: str, q: Quantity) -> bool:
    """ "Rockets were fired at the airport ... The three rockets landed in an empty lot": a
    definite count of things the paragraph named only uncounted is their first count. It is
    one when the paragraph (a line) names the noun before without the number, and neither the
    paragraph nor the report wrote the number before with that noun. (Never "the two": two
    things named side by side are "the two sites", "the two sides", a pair already told.)"""
    if q.value < 3:
        return False
    noun = _NOUN_AFTER.match(text, q.end)
    para = text.rfind("\n", 0, q.start) + 1
    if noun is None or q.start - para > 2000:
        return False
    word = noun.group(1)
    stem = word[:-1] if word.endswith("s") else word
    before = text[para:q.start]
    if not re.search(rf"\b(?i:{re.escape(stem)})", before) or _number_in(before, q.text):
        return False
    word = q.text.lower()
    number = rf"(?i:{word}|{_DIGIT_OF_WORD.get(word, word)})"
    return re.search(rf"\b{number}\s+(?i:{re.escape(stem)})", text[:q.start]) is None


_TOLL_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?(?i:wounded|injured|hurt|dead|killed|casualties|"
                         r"victims|fatalities)\b")


def _counted_before(text: str, q: Quantity) -> bool:
    """ "shot down two of the three drones": the whole a part is taken from is a first count
    unless the report counted the same things with that number before ("three drones")."""
    noun = _NOUN_AFTER.match(text, q.end)
    if noun is None or _TOLL_AFTER.match(text, q.end):
        return True  # "two of the three": the whole was named before, or nothing is counted;
        # "one of the three wounded Soldiers": a toll told again, which the event holds
    word, stem = q.text.lower(), noun.group(1)[:4]
    number = rf"(?i:{word}|{_DIGIT_OF_WORD.get(word, word)})"
    return re.search(rf"\b{number}\s+(?:[\w-]+\s+)?(?i:{re.escape(stem)})", text[:q.start]) \
        is not None


def _written_before(text: str, q: Quantity) -> bool:
    """Whether the report wrote q's number (a word up to ten, or its digits) before it."""
    return _number_in(text[:q.start], q.text)


def _number_in(text: str, number: str) -> bool:
    """Whether text writes the number (a word up to ten, or its digits)."""
    word = number.lower()
    digits = _DIGIT_OF_WORD.get(word, "")
    pattern = rf"\b(?i:{word})\b"
    if digits:
        pattern += rf"|(?<![\w.,]){digits}(?![\w]|[.,]\d)"
    return re.search(pattern, text) is not None
