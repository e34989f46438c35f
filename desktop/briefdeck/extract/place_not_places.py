"""Place names that stand for something else: a person introduced by a role, a publisher's city.

- "our driver Ahmad says", "the fixer Omar", "my colleague Jordan": a role that only a person
  holds, right before a capitalised word, makes that word a given name (Ahmad is also a village
  in Kuwait).
- "(Abingdon: Routledge for the IISS, 2026)", "London: Hurst, 2019": a book's place of
  publication in a note or a reference list, no place of the report.
- "Duarte, Ivan CPT USARMY CJTF-OIR (USA)   0:03:12": a meeting transcript's speaker line
  (surname, given name, rank, unit, country, time into the call) names a person, never a place.
- "the United States would respond": the home government acting, no place of the report
  unless something is in it, goes to it or comes from it.
- "who rose as a martyr on the road to Jerusalem": a mourning formula's idiom (Hezbollah's for
  its dead fighters) says what they died for, not where; the place is no place of the report.
- "Turkey, ham, the fake crab legs, pumpkin pie.": the bird on a menu (a sentence's first word
  is capitalised), not the country.
"""

from __future__ import annotations

import bisect
import re

HELPER_BEFORE = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa])\s+(?:local\s+|own\s+)?"
    r"(?:driver|fixer|translator|interpreter|guide|colleague|friend|neighbou?r|cousin|"
    r"brother|sister|son|daughter|wife|husband|uncle|aunt|nephew|niece|contact|guard|"
    r"cook|landlord|housekeeper|bodyguard|assistant|stringer|cameraman|photographer)\s+$")
# "City: Publisher[ for Someone], Year" (a reference's imprint).
IMPRINT_AFTER = re.compile(r":\s+[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and|for|the))"
                           r"{0,8}?,\s+(?:19|20)\d\d\b")


def helper_named(text: str, start: int) -> bool:
    """Is the word at start a given name after a person's role ("our driver Ahmad")?"""
    return bool(HELPER_BEFORE.search(text, max(0, start - 30), start))


# "martyr on the road to Jerusalem", "martyred on the path to al-Quds"
MARTYR_ROAD_BEFORE = re.compile(r"\bmartyr\w*\s+(?:[\w-]+\s+){0,2}?on\s+the\s+(?:road|path|way)\s+"
                                r"(?:to|of)\s+$", re.I)


def idiom_place(text: str, start: int) -> bool:
    """Is the place at start named only in a mourning idiom ("martyr on the road to X")?"""
    return text.find("artyr", max(0, start - 60), start) >= 0 and \
        MARTYR_ROAD_BEFORE.search(text, max(0, start - 60), start) is not None


# The reporting country's own government: "the United States would respond", "the United
# States has enforced the zone since 2017", "the United States and its partners are spending":
# in these reports it is nearly always the one acting, a place only where something is in it,
# goes to it or comes from it ("troops flown back to the United States").
HOME_GOVERNMENT = "United States"
LOCATIVE_BEFORE = re.compile(r"\b(?:in|into|to|from|across|inside|within|throughout|at|on|"
                             r"outside|around|toward|towards|reach(?:ed|es)?|enter(?:ed|s)?|"
                             r"visit(?:ed|s|ing)?|left|leave|leaving|and|or)\s+"
                             r"(?:the\s+)?(?:continental\s+|mainland\s+)?$", re.I)


def home_government(text: str, start: int, name: str, sent_start: int) -> bool:
    """Is the country at start the United States as an actor, not a place of the report?"""
    return name == HOME_GOVERNMENT and \
        not LOCATIVE_BEFORE.search(text, max(sent_start, start - 30), start)


def imprint_city(text: str, end: int) -> bool:
    """Is the place ending at end a book's place of publication ("Abingdon: Routledge, 2026")?"""
    return text[end : end + 1] == ":" and bool(IMPRINT_AFTER.match(text, end, end + 120))


# "Surname, Given RANK UNIT (USA)   0:00:19" on a line of its own (Teams, Zoom exports), or
# "... (USA) started transcription".
SPEAKER_LINE = re.compile(r"^[ \t]*[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?, [A-Z][\w'’.-]+"
                          r"[^\n]{0,80}?[ \t](?:\d{1,2}:\d\d(?::\d\d)?|(?:started|stopped) "
                          r"(?:transcription|recording))[ \t]*$", re.M)


# What makes such a line a speaker's and not a live page's "Beirut, Lebanon 10:45": a tag in
# brackets ("(USA)", "(Contractor)"), a stamp with seconds, or the recording's own words.
_SPEAKER_MARK = re.compile(r"\([A-Z][\w .&-]{1,30}\)|\d:\d\d:\d\d|transcription|recording")


def speaker_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a transcript's speaker lines, in order (none in most texts: a cheap probe)."""
    if ":0" not in text and ":1" not in text and " transcription" not in text:
        return []
    return [m.span() for m in SPEAKER_LINE.finditer(text)
            if _SPEAKER_MARK.search(text, m.start(), m.end())]


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Does one of the sorted spans hold pos?"""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# "01:14 a.m. KSA", "0300 hrs UAE", "0300 UAE": a country's code after a time written as a clock
# is the time zone; after a count ("1,500 UK troops", "1500 UK troops") it is whose.
_CLOCK_BEFORE = re.compile(r"(?<![\d,.])(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|h)?|"
                           r"\d{3,4}\s*(?:[ap]\.?m\.?|hrs|h)|0\d{3})\s+\(?$", re.I)


def time_zone(text: str, start: int, written: str) -> bool:
    """Is the country's code at start the zone of the clock time before it?"""
    return written.isupper() and len(written) <= 4 and text[start - 1 : start] in " (" and \
        bool(_CLOCK_BEFORE.search(text, max(0, start - 16), start))


# A classification's release marking: "REL TO USA, JOR", "RELEASABLE TO USA, GBR AND AUS",
# "//REL TO USA, FVEY": the countries whose officials may read the document, no place of it.
_RELEASABLE_TO = re.compile(r"\bREL(?:EASABLE)?\s+TO\s+(?:[A-Z]{2,4}(?:\s*,\s*|\s+AND\s+|\s+))*$")


def release_marking(text: str, start: int, written: str) -> bool:
    """Is the country code at start one of a release marking's ("REL TO USA, JOR")?"""
    return written.isupper() and text.find("REL", max(0, start - 40), start) >= 0 and \
        _RELEASABLE_TO.search(text, max(0, start - 40), start) is not None


# Dishes and meals around "Turkey" at a sentence's start: "Turkey, ham, pumpkin pie", "Turkey
# and stuffing at the DFAC". The capital comes from the sentence, the word is the bird.
_MENU_WORDS = re.compile(r"\b(?:ham|pie|stuffing|gravy|cranberr\w*|dinner|lunch|roast\w*|"
                         r"potato\w*|yams?|sandwich\w*|leftovers|carved|drumsticks?|dressing|"
                         r"mashed|Thanksgiving|dessert|feast|meal|DFAC|mess hall)\b")


def menu_bird(text: str, start: int, end: int, written: str, sent_start: int,
              sent_end: int) -> bool:
    """Is "Turkey" at a sentence's start the dish ("Turkey, ham, pumpkin pie.")?"""
    return written == "Turkey" and not text[sent_start:start].strip(" \"'“‘(") and \
        _MENU_WORDS.search(text, end, min(sent_end, end + 160)) is not None
