"""Numbers that name or place a thing, not count it: "Tower 22", "Release No. 24", "the 444
Brigade", "3-43 ADA", "told 14 News", "a 2S1 howitzer", "a 3D radar", "16th Regiment",
"107mm", a street number ("1000 Defense Pentagon") and a position ("36.77, 42.15",
"15°48'N")."""

from __future__ import annotations

import re

from briefdeck.extract.not_figure_dates import counted_next, in_digits
from briefdeck.extract.numbers import Quantity

# ("row 8 is a duplicate", "paragraph 4": a place in a table or a document, not a count;
# "rule 37 of the rules of procedure", "article 51", "resolution 2254": a numbered provision)
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\bNo\.|\bno\.|#|\bpages?|\bp\.|\brow|"
                          r"\bparagraphs?|\bparas|\brules?|\barticles?|\bresolutions?|"
                          r"\bsections?|\bclauses?|\bchapters?)\s?$")
_FUNCTION_WORDS = frozenset(
    "a an all the only another about some nearly at more over roughly approximately by in on and "
    "but with of to from for than just almost around".split()
)
_QUALIFIER_WORDS = frozenset(
    "about around approximately roughly some nearly almost more less fewer over under up least "
    "as many much an estimated than from between to and".split()
)
# A memo's or an order's imperative before its count ("Request 40 interceptors", "Deploy two
# batteries"), not a name with a number in it ("Tower 22").
_ORDER_VERBS = frozenset("request deploy send provide move procure allocate assign transfer "
                         "position dispatch add retain replace "
                         # an order's task opens with its verb: "Emplace 12 concrete bunkers"
                         "emplace install build construct deliver issue erect relocate "
                         "reposition dig".split())
_TIMES_AFTER = re.compile(r"\s+times\b")
_CALIBRE_AFTER = re.compile(r"^\s*(?:mm|millimet(?:er|re)s?|cm|caliber|calibre)\b", re.I)
_DESIGNATION_AFTER = re.compile(r"[A-Za-z]{1,3}\d")
# "a 3D radar", "5G masts": a dimension or a network generation, never a count
_DIMENSION_AFTER = re.compile(r"[DG](?![\w-])")
# "the 444 Brigade", "3 Commando Brigade": a unit's number, never a count of brigades.
_FORMATION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Brigade|Battalion|Regiment|Division|"
                              r"Corps|Squadron|Wing|Group|Fleet|Company|Battery|Flotilla|"
                              r"Detachment|Commando|Task\s+Force)\b")
# "C/2-44 ADA", "3-43 ADA", "2-8 CAV": an Army battalion (and its company before the slash),
# written like a range, its branch's initials after.
_BATTALION_BRANCH_AFTER = re.compile(r" (?:ADA|FA|IN|INF|AR|CAV|AVN|EN|SF|MI|MP|SIG|BEB|BSB)\b")
# "his family told 14 News": a TV station's brand, its channel number and "News".
_STATION_AFTER = re.compile(r" (?:Action |Eyewitness )?News(?:\b(?!-)|Channel)")
# A position, "15°48'N 042°18'E" or "14 56N 042 18E": the minutes after a degree sign or
# before a prime, a number glued to its hemisphere, and the degrees before such minutes.
_COORDINATE_AFTER = re.compile(r"\s?['′’″\"]\s?(?:[NSEW]\b|\d)|[NSEW](?![\w'’])|"
                               r"\s\d{1,2}(?:\.\d+)?['′’]?[NSEW](?![\w'’])")
# A position written as a pair: decimal degrees ("36.771, 42.153", "-33.86 151.21"), with
# hemispheres after or before ("36.77 N, 42.15 E", "N 36.77 E 42.15") or labelled
# ("lat 36.77"). Either half is a coordinate, never a distance or a count.
_LAT_LON = re.compile(
    r"(?<![\w.])[-−]?\d{1,2}\.\d{3,}°?\s?[,/;]?\s?[-−]?\d{1,3}\.\d{3,}(?!\.?\d)"
    # (a tracking page's "11.6214 N / 43.1207 E": the halves split by a slash)
    r"|(?<![\w.])\d{1,2}(?:\.\d+)?\s?°?\s?[NS]\s?[,/]?\s?\d{1,3}(?:\.\d+)?\s?°?\s?[EW](?![A-Za-z])"
    r"|\b[NS]\s?\d{1,2}(?:\.\d+)?°?,?\s?[EW]\s?\d{1,3}(?:\.\d+)?"
    r"|\b(?:[Ll]at(?:itude)?|[Ll]ong?(?:itude)?|[Ll]ng)\.?\s?[:=]?\s?[-−]?\d{1,3}(?:\.\d+)?")
_HEMISPHERE_AFTER = re.compile(r"\s?°?\s?[NSEW](?![A-Za-z])")
_COORDINATE_REACH = 32  # longer than the other half of a pair and its label
# "1000 Defense Pentagon", "1600 Pennsylvania Avenue NW", "10 Downing Street": a street
# number of an address (its postcode follows a capital, and names are left out already);
# "2 Harbor Campus, Suite 300": an office park's.
_STREET_AFTER = re.compile(r" (?:[A-Z][\w.'’-]*\s){0,3}?(?:Street|St\.|Avenue|Ave\.?|Road|"
                           r"Rd\.|Boulevard|Blvd\.?|Drive|Lane|Way|Plaza|Place|Court|Square|"
                           r"Parkway|Highway|Pentagon|Campus|"
                           # (a form's address in capitals: "1200 ELM BLVD STE 900")
                           r"STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|DRIVE|DR|LANE|PKWY|"
                           r"HWY)(?![\w-])")
# A count a log writes after a word in capitals ("STRUCK 4 KM E OF", "REPORT 2X SUSPECTS"): a
# distance's unit or the multiplier glued to the count, which no name with a number has.
_COUNTED_AFTER = re.compile(r"X\s+[A-Z]{2}|\s+(?:KM|NM)\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|ST|ND|RD|TH)\b")
# Government and Army style writes "2d" and "3d" for second and third ("2d Session", "3d
# Infantry Division"): an ordinal too (a lower-case d only: "3D radar" is a dimension).
_SHORT_ORDINAL = re.compile(r"d\b")


def a_name_or_position(text: str, q: Quantity, sent_start: int, sent_end: int) -> bool:
    """Is q part of a name, a designation, a unit's number, an address or a position?"""
    if q.value_high is not None and not q.money and _BATTALION_BRANCH_AFTER.match(text, q.end) \
            and re.fullmatch(r"\d{1,2}-\d{1,3}", q.text):
        return True  # "3-43 ADA": 3rd Battalion, 43rd Air Defense Artillery, not 3 to 43
    if q.text.isdigit() and text[q.end:q.end + 2] == " N" and _STATION_AFTER.match(text, q.end):
        return True  # "told 14 News": a station's name
    if q.text[-1:].isdigit() and (text[q.start - 1:q.start] in ("°", "º") or
                                  _COORDINATE_AFTER.match(text, q.end)):
        return True  # part of a position in degrees and minutes
    if q.text[-1:].isdigit() and not q.money and _coordinate(text, q):
        return True  # "36.7714, 42.1529": half of a position
    if q.text.isdigit() and text[q.end:q.end + 2][-1:].isupper() and \
            _STREET_AFTER.match(text, q.end):
        return True  # "1000 Defense Pentagon": a street number, not a count
    after = text[q.end : min(sent_end, q.end + 20)]
    if q.text[-1:].isdigit() and _DESIGNATION_AFTER.match(after):
        return True  # "a 2S1 howitzer", "9K720": a designation that starts with a digit
    if len(q.text) == 1 and q.text in "2345" and _DIMENSION_AFTER.match(after):
        return True
    if _CALIBRE_AFTER.match(after):
        return True
    if q.text[-1:].isdigit() and not q.money and not q.percent and \
            _FORMATION_AFTER.match(text, q.end):
        return True
    if _ORDINAL_AFTER.match(after) or (q.text[-1:] in "23" and _SHORT_ORDINAL.match(after)):
        return True  # "16th Regiment", "(4TH)": an ordinal, never a count
    if in_digits(q):
        before = text[max(sent_start, q.start - 12) : q.start]
        first_word = q.text.split()[0].lower()
        name = _NAME_BEFORE.search(before)
        if first_word not in _QUALIFIER_WORDS and name and \
                not _COUNTED_AFTER.match(text, q.end) and \
                name.group(0).strip().lower() not in _FUNCTION_WORDS and \
                name.group(0).strip().lower() not in _ORDER_VERBS:
            # "Tower 22", "IE 11", "Release No. 24": a name with a number in it
            if not before.rstrip().endswith((",", ":")) and not (
                    before[-1:] in "\t\n" and counted_next(text, q.end)) and \
                    not _TIMES_AFTER.match(text, q.end):  # ("in Iraq and Syria 14 times")
                return True  # (a label's cell, "Casualties<tab>3 killed", names no number)
    return False


def _coordinate(text: str, q: Quantity) -> bool:
    """Is q one half of a latitude-longitude pair? Looked at only for a number with decimals
    or a hemisphere letter after it, or one a label may name, which few numbers have."""
    if "." not in q.text and not _HEMISPHERE_AFTER.match(text, q.end):
        before = text[max(0, q.start - 12):q.start].lower()
        if "lat" not in before and "lon" not in before and "lng" not in before:
            return False
    digits = q.end - len(q.text.rsplit(None, 1)[-1])  # ("approximately 36.77, 42.15")
    for m in _LAT_LON.finditer(text, max(0, digits - _COORDINATE_REACH),
                               min(len(text), q.end + _COORDINATE_REACH)):
        if m.start() <= digits and q.end <= m.end():
            return True
    return False
