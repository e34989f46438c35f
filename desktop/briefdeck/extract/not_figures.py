"""Numbers that are not figures: names, dates, times, positions, notes and page furniture.

"Tower 22", "9:30 p.m.", "0600Z", "15 Nov", "36.77, 42.15", "1000 Defense Pentagon", "[17]",
"44.6 MB", "a woman aged 62": a number in these is no count of anything the report tells,
so a figure drafted from it would be false.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.calendars import HIJRI_MONTH, JALALI_MONTH
from briefdeck.extract.figure_asides import describes
from briefdeck.extract.figure_measures import (
    CLIP_LENGTH,
    MEASURE_ADJECTIVE,
    PRICE_PER,
    priced_by,
)
from briefdeck.extract.figure_nouns import PLURAL, STOP
from briefdeck.extract.figure_tolls import TOLL_WORD
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
# ("row 8 is a duplicate", "paragraph 4": a place in a table or a document, not a count;
# "rule 37 of the rules of procedure", "article 51", "resolution 2254": a numbered provision)
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\bNo\.|\bno\.|#|\bpages?|\bp\.|\brow|"
                          r"\bparagraphs?|\bparas|\brules?|\barticles?|\bresolutions?|"
                          r"\bsections?|\bclauses?|\bchapters?)\s?$")
# "3 Shahed-136: (1, destroyed) (link) (2, destroyed)": a loss list's item numbers, each
# the serial of one loss with its fate, never a count.
_LOSS_SERIAL_AFTER = re.compile(r",\s*(?:destroyed|damaged|captured|abandoned|sunk|shot\s+down|"
                                r"scuttled)\b[^()\n]{0,30}\)")
# A file's size on a page ("Download (44.6 MB)") and a shop's discount ("15% off at ..."):
# page furniture, never a figure of the report.
_FILE_SIZE_AFTER = re.compile(r"\s?(?:[KMGT]B|[kKMG]iB|kb)\b")
_DISCOUNT_AFTER = re.compile(r"\s+off\b(?!\s+(?:the|its|their|a|an)\b)", re.I)
# "(2) multiyear procurement ...; (3) extension of ...": a list's item numbers, told by the
# item before ("(1)") a little earlier.
_ENUMERATOR_REACH = 600
# "over 2025 and 2026", "by 2030": a year after a qualifier word is still a year.
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_TIME_AFTER = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EST|EDT|BST|CET|CEST|"
                         r"AST|EET|EEST|IST|Zulu|local\s+time|o'clock|hours?\s+GMT|hrs\b))", re.I)
_CALIBRE_AFTER = re.compile(r"^\s*(?:mm|millimet(?:er|re)s?|cm|caliber|calibre)\b", re.I)
# "since 5 November", "between 8 and 13\nNovember": a day of a month, even where a hard line
# break (text pasted from a PDF) has cut the sentence after the number.
_MONTH_AFTER = re.compile(r"\s*(?:(?:and|to|-|–)\s*\d{1,2}\s*)?(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December|Jan\.|"
                          r"Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
                          # "23 FEB 25", "4 Mar 2025": military and European short forms
                          r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b|"
                          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))(?![\w-])")
# "26 Jumada al-Awwal 1447", "12 Farvardin", "3 Tishrei": a day of another calendar's month
# (Hijri, Iranian, Hebrew), as Arabic, Persian and Israeli outlets stamp and date reports.
# (Iranian months as printed, capitalised: "30 Aban", "1 Mehr", "10 Dey" are days, never units)
_OTHER_MONTH_AFTER = re.compile(
    r"\s*(?:(?:and|to|-|–)\s*\d{1,2}\s*)?(?:" + HIJRI_MONTH + "|" + JALALI_MONTH +
    r"(?![\w-])|(?i:Muharram|Safar|Rabi[\w'’ -]{0,4}(?:Awwal|Thani|"
    r"Akhir)|Jumad[ai][\w'’ -]{0,5}(?:Awwal|Ula|Oula|Akhira|Akhirah|Thani|Thaniya)|Rajab|"
    r"Sha[’']?ban|Ramadan|Ramadhan|Shawwal|Dhu[ -]?al[ -]?(?:Qa[’']?dah?|Qi[’']?dah|"
    r"Hijjah?)|Farvardin|Ordibehesht|Khordad|Mordad|Shahrivar|Azar|Bahman|Esfand|Tishrei|"
    r"Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Elul)\b)")
_HIJRI_YEAR_AFTER = re.compile(r"\s?(?:AH|A\.H\.|SH|S\.H\.|H)(?![\w.])")
_DESIGNATION_AFTER = re.compile(r"[A-Za-z]{1,3}\d")
# "a 3D radar", "5G masts": a dimension or a network generation, never a count
_DIMENSION_AFTER = re.compile(r"[DG](?![\w-])")
_TEMPERATURE_AFTER = re.compile(r"\s*(?:°|degrees?\b(?!\s+of\b))", re.I)
# "0600Z", "141530ZMAR25": a Zulu time or a date-time group, glued to its "Z".
# "13:05 JST", "0800 KST": a clock time followed by any zone abbreviation ending in T.
_ZONE_AFTER = re.compile(r"\s*[A-Z]{1,3}[SD]?T\b")
# "the 444 Brigade", "3 Commando Brigade": a unit's number, never a count of brigades.
_FORMATION_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Brigade|Battalion|Regiment|Division|"
                              r"Corps|Squadron|Wing|Group|Fleet|Company|Battery|Flotilla|"
                              r"Detachment|Commando|Task\s+Force)\b")
# "two of the most powerful groups": a ranking that describes, not a count that reports.
_SUPERLATIVE_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:most|least|biggest|largest|"
                             r"strongest|best|worst|larger|bigger|smaller|more|better)\b")
_ZULU_AFTER = re.compile(r"Z(?:[A-Z]{3}\d{2})?\b")
# "on November 12 and 13": the second day of a month named before.
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                           r"Dec\.)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|or|through|-|–)\s*$")
# "a man in his 60s", "the 1990s": a decade, written with the "s" on the number.
_DECADE = re.compile(r"0s\b")
# (scanned from its first digit, which the regex engine finds fast, then widened back over
# "(" and "+": an optional opening makes it try every character of the text)
PHONE = re.compile(r"\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")
# "+44 20 3880 1177", "+49 (0)331 123-456": an international number, "+" and a country code
# then at least two more groups of digits.
INTL_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]\d{1,5}){2,4}(?![\w,.]\d)")
# "14548 Schwielowsee", "75007 Paris": a postal code before its town, a line of an address.
# (matched from the line break before it, a literal the regex engine scans for fast)
POSTCODE_LINE = re.compile(r"\n(\d{4,5}[ \t]+[A-ZÄÖÜÉ][\w'’.-]+(?:[ -][A-ZÄÖÜÉ][\w'’.-]+)?)"
                           r"[ \t]*$", re.M)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers, postal-code lines and "24/7": no figure is read inside them."""
    spans = [(phone_start(text, m.start()), m.end()) for m in PHONE.finditer(text)]
    if "+" in text:
        spans += [(m.start(), m.end()) for m in INTL_PHONE.finditer(text)]
    spans += [(m.start(1), m.end(1)) for m in POSTCODE_LINE.finditer(text)]
    if "24/7" in text:  # "a 24/7 operations centre": round the clock, no count
        spans += [(m.start(), m.end()) for m in re.finditer(r"\b24/7\b", text)]
    return spans
_FUNCTION_WORDS = frozenset(
    "a an all the only another about some nearly at more over roughly approximately by in on and "
    "but with of to from for than just almost around".split()
)
_QUALIFIER_WORDS = frozenset(
    "about around approximately roughly some nearly almost more less fewer over under up least "
    "as many much an estimated than from between to and".split()
)
# "2 DOD, \"Statement ...,\" October 21, 2023." or "4 U.S. Central Command, statement, ...": a
# note's number opening a line, then the source cited (a name, a comma or a year), no toll
_NOTE_SOURCE = re.compile(r" [A-Z][\w.&'’-]*(?: (?:(?:of|the|for|and|on) )?[A-Z][\w.&'’-]*){0,4}"
                          r"(?:,|\s+press\s+releases?\b)")
_NOTE_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bFY\d")
# "0710", "at 1430 EAT", "2200 local": a military clock time (a leading zero, or a zone after).
_CLOCK = re.compile(r"(?<![\d,.])(?:0\d|1\d|2[0-3])[0-5]\d$")
_CLOCK_ZONE_AFTER = re.compile(r"\s*(?:[A-Z]{1,4}T|Z|L|UTC|hrs?|local(?:\s+time)?|LOCAL)\b"
                               r"(?!\s+[a-z]+s\b)")
# "wk 46", "week 12": the number of a week in the year (or of a tracker's week).
_WEEK_BEFORE = re.compile(r"(?<![\w-])(?:[Ww]k|WK|[Ww]eek|WEEK)\.?\s$")
# "1800C", "0410Z": a military time with its zone letter glued on.
_ZONE_LETTER = re.compile(r"[A-Z](?![\w-])")
# "at 1800", "c. 1800", "until 2200": a time of day when no counted noun follows.
# ("at about 1400", "by around 0900": a hedge between the preposition and the time)
_AT_CLOCK = re.compile(r"(?:\b(?:at|by|until|till|after|before|from)(?:\s+(?:about|around|"
                       r"approximately|roughly|just|exactly))?|\bc\.|\bca\.|"
                       r"\bapprox\.)\s+$", re.I)
# "the 1300 client call", "the 0900 update": a time of day naming an event, when neither of
# the two words after it is a plural noun ("the 1900 coalition troops" stays a count).
_THE_BEFORE = re.compile(r"(?:^|[^\w])(?:the|The|a|A)\s+$")
_TWO_WORDS_NEXT = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([A-Za-z][a-z-]*))?")
_NOT_NOUNS = frozenset("were was are is have had has will would could who which that remain "
                       "remained still more others".split())
# "release 26-1107", "Order 24-0315": a document's number written like a range (a short
# series, then a long serial), never a count
_SERIAL_RANGE = re.compile(r"\d{2}-\d{4}$")
# A FOIA exemption after a redaction ("(b)(6)") and a slashed date ("11/10/26"): the number
# ends a code, never a count.
_CODE_PART = re.compile(r"\([a-z]\)\(\d{1,2}\)|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:release|releases|report|bulletin|order|memo|statement|"
                              r"directive|resolution|case|file|ref|reference|no\.|number)\s+$",
                              re.I)
# ("three Kh-101 cruise missiles and one ...": a model's designator and a lower-case class
# word may sit between; "four SDF fighters and one U.S. soldier" is a toll's breakdown)
# ("two anti-ship cruise missiles and", "four SM-2s and": two modifiers, or a model's plural)
_COUNT_LISTED_BEFORE = re.compile(r"\b(?i:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                  r"(?:(?:[A-Za-z][\w-]*\d[\w-]*\s+)?(?:[a-z][a-z-]*\s+){0,2}"
                                  r"(?i:[a-z-]{3,}s)|[A-Z][\w-]*\d[\w-]*s)\s+(?i:and)\s+$")
_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)")
# "2.1 Mogadishu: ...", "3.4 Outlook": a section's number opening a line of a brief.
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?$")
# "... the United States.9 2.2 Status of ISIS": a PDF's heading run onto the paragraph
# before it, a short title to the line's end with no full stop or comma.
_RUN_ON_HEADING = re.compile(r" [A-Z][\w'’-]*(?: [\w'’-]+){0,7}[ \t]*(?:\n|$)")
SENTENCE_END_BEFORE = re.compile(r"[.!?][\"”’)]?(?:\d{1,3})? $")
# "1 The UK presence", "2 The transition timetable": a report's numbered section heading,
# a short title on a line of its own, told by the heading numbered one less before it.
_HEADING_TITLE = re.compile(r" [A-Z][\w'’-]*(?: [\w'’-]+){0,9}[ \t]*(?:\n|$)")
# "26.4 OIR 011", "FY26 RFI 014": a reference code, its serial number after an acronym.
_REFERENCE_AFTER = re.compile(r" [A-Z]{2,6}[ -]\d{3,}(?!\w|[,.]\d)")
# A position, "15°48'N 042°18'E" or "14 56N 042 18E": the minutes after a degree sign or
# before a prime, a number glued to its hemisphere, and the degrees before such minutes.
_COORDINATE_AFTER = re.compile(r"\s?['′’″\"]\s?(?:[NSEW]\b|\d)|[NSEW](?![\w'’])|"
                               r"\s\d{1,2}(?:\.\d+)?['′’]?[NSEW](?![\w'’])")
# A position written as a pair: decimal degrees ("36.771, 42.153", "-33.86 151.21"), with
# hemispheres after or before ("36.77 N, 42.15 E", "N 36.77 E 42.15") or labelled
# ("lat 36.77"). Either half is a coordinate, never a distance or a count.
_LAT_LON = re.compile(
    r"(?<![\w.])[-−]?\d{1,2}\.\d{3,}°?\s?[,/;]?\s?[-−]?\d{1,3}\.\d{3,}(?!\.?\d)"
    r"|(?<![\w.])\d{1,2}(?:\.\d+)?\s?°?\s?[NS],?\s?\d{1,3}(?:\.\d+)?\s?°?\s?[EW](?![A-Za-z])"
    r"|\b[NS]\s?\d{1,2}(?:\.\d+)?°?,?\s?[EW]\s?\d{1,3}(?:\.\d+)?"
    r"|\b(?:[Ll]at(?:itude)?|[Ll]ong?(?:itude)?|[Ll]ng)\.?\s?[:=]?\s?[-−]?\d{1,3}(?:\.\d+)?")
_HEMISPHERE_AFTER = re.compile(r"\s?°?\s?[NSEW](?![A-Za-z])")
_COORDINATE_REACH = 32  # longer than the other half of a pair and its label
# "1000 Defense Pentagon", "1600 Pennsylvania Avenue NW", "10 Downing Street": a street
# number of an address (its postcode follows a capital, and names are left out already).
_STREET_AFTER = re.compile(r" (?:[A-Z][\w.'’-]*\s){0,3}?(?:Street|St\.|Avenue|Ave\.?|Road|"
                           r"Rd\.|Boulevard|Blvd\.?|Drive|Lane|Way|Plaza|Place|Court|Square|"
                           r"Parkway|Highway|Pentagon)(?![\w-])")
PAGE_COUNTERS = frozenset("reposts retweets likes views comments replies shares bookmarks "
                           "quotes followers votes reactions downloads photos words pages".split())
# "now THREE, not two", "four rather than two": the superseded count of a correction.
# (", not two" and "(not 3)": the earlier count a correction sets aside)
_CORRECTED_BEFORE = re.compile(r"(?:,\s*not|\(\s*not|\brather\s+than|\binstead\s+of)\s+$", re.I)
# A count glued to K or M ("31.6K", "1.2M") with nothing counted after it, or only a page's
# counter ("12K views"): the reach of a post, not a fact of the report.
_SOCIAL_COUNT = re.compile(r"[KkM](?![\w-])(?:\s*(?i:" + "|".join(sorted(PAGE_COUNTERS)) +
                           r"|following|subscribers|members|impressions|plays|watching)\b|"
                           r"(?!\s*[A-Za-z]))")  # ("63.7K Followers" on a profile card)
# "@handle · 52m": a post's age on a social feed, in minutes, hours or days.
_POST_AGE = re.compile(r"(?:s|m|h|d|w|min|mins|hr|hrs)(?![\w-])")
# "call 999", "dial 112": an emergency or hotline number, not a count.
_DIALLED_BEFORE = ("call ", "dial ", "Call ", "Dial ")


def _counted_next(text: str, pos: int) -> bool:
    """Does a noun that could be counted follow ("at 1800 troops"), not "at 1800 on Monday"
    or "at 1400 saying ..." (a participle)?"""
    word = _WORD_NEXT.match(text, pos)
    if not word:
        return False
    w = word.group(1).lower()
    return w not in STOP and w not in ("hours", "hrs", "hr", "h", "tonight", "local") and \
        not (w.endswith("ing") and len(w) > 5)


def _named_by_the_time(text: str, q: Quantity) -> bool:
    """"the 1300 client call": a time of day before what happens then, no plural after it."""
    if not _THE_BEFORE.search(text, max(0, q.start - 6), q.start):
        return False
    words = _TWO_WORDS_NEXT.match(text, q.end)
    if not words or words.group(1) in _NOT_NOUNS:
        return False
    return not any(w and PLURAL.fullmatch(w.lower()) for w in words.groups())


def _is_note(text: str, pos: int) -> bool:
    """Is the line from pos on a note citing its source ("DOD, FY2024 budget request")?"""
    line_end = text.find("\n", pos)
    line = text[pos: line_end if line_end >= 0 else len(text)]
    first = line.split(". ", 1)[0]
    return bool(_NOTE_SOURCE.match(line)) and bool(_NOTE_YEAR.search(line)) and \
        not TOLL_WORD.search(first)


def _numbered_heading(text: str, q: Quantity) -> bool:
    """Does a heading-shaped line numbered one less (or one more) stand near q?"""
    n = int(q.value)
    for m in re.finditer(rf"(?:^|\n)({n - 1}|{n + 1}) ", text[max(0, q.start - 4000):q.end + 4000]):
        at = max(0, q.start - 4000) + m.end(1)
        if _HEADING_TITLE.match(text, at):
            return True
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


# "4m 58s", "1h 05m": a recording's or a call's length as a player shows it, no count.
# "customers asking about 2029 deliveries": "about" as the topic of a talk, not a hedge.
_ABOUT_TOPIC_BEFORE = re.compile(r"\b(?:ask|asking|asked|talk|talking|talked|think|thinking|"
                                 r"worried|worry|conversation|questions?|hear|heard|"
                                 r"know|care)\s+$", re.I)
# "A1871/26": a NOTAM's (or a file's) serial and the year after its slash, never a count.
_SERIAL_BEFORE_SLASH = re.compile(r"(?<![\w/])[A-Z]{1,2}\d{2,5}$")
# "C/2-44 ADA", "3-43 ADA", "2-8 CAV": an Army battalion (and its company before the slash),
# written like a range, its branch's initials after.
_BATTALION_BRANCH_AFTER = re.compile(r" (?:ADA|FA|IN|INF|AR|CAV|AVN|EN|SF|MI|MP|SIG|BEB|BSB)\b")
# "his family told 14 News": a TV station's brand, its channel number and "News".
_STATION_AFTER = re.compile(r" (?:Action |Eyewitness )?News(?:\b(?!-)|Channel)")
_CLOCK_LENGTH_AFTER = re.compile(r"[hm]\s?\d{1,2}[ms]\b")
_CLOCK_LENGTH_BEFORE = re.compile(r"\d[hm]\s?$")


def excluded(text: str, q: Quantity, sent_start: int, sent_end: int,
              dates: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(dates, (q.start, q.start)) - 1  # dates: sorted, non-overlapping
    if any(s < q.end and q.start < e for s, e in dates[max(i, 0) : i + 3]):
        return True
    if text[q.start - 1:q.start] == "[" and text[q.end:q.end + 1] == "]":
        return True  # "[17]": a note marker
    if q.text.isdigit() and text[q.start - 1:q.start] in ("(", "/") and \
            any(m.start() < q.start and q.end <= m.end()
                for m in _CODE_PART.finditer(text, max(0, q.start - 6), q.end + 6)):
        return True  # "(b)(6)", "11/10/26": part of a redaction code or a date
    if q.text.isdigit() and text[q.start - 1:q.start] == "-" and \
            text[q.start - 2:q.start - 1].isdigit():
        return True  # "AR 15-6": a regulation's paragraph (no range: the finder read none)
    if text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")" and \
            q.text.isdigit() and 1 < q.value <= 30 and \
            f"({int(q.value) - 1})" in text[max(0, q.start - _ENUMERATOR_REACH):q.start]:
        return True  # "(2) procurement ...": an item's number in a list, after "(1)"
    if text[q.start - 1:q.start] == "(" and text[q.end:q.end + 2] == ") " and \
            q.text.isdigit() and text[q.start - 2:q.start - 1] in ("\n", ""):
        return True  # "(3) FORM.--The report ...": a paragraph's number opening its line
    if q.text.isdigit() and text[q.end:q.end + 1] in ("h", "m", "s") and (
            _CLOCK_LENGTH_AFTER.match(text, q.end) or
            _CLOCK_LENGTH_BEFORE.search(text, max(0, q.start - 5), q.start)):
        return True  # "4m 58s": a call's length
    if q.text[-1:].isdigit() and not q.money and _FILE_SIZE_AFTER.match(text, q.end):
        return True  # "44.6 MB": a file's size
    if q.value_high is not None and not q.money and _SERIAL_RANGE.search(q.text) and (
            "-" in q.text[:3] or _DOCUMENT_BEFORE.search(text, max(sent_start, q.start - 12),
                                                          q.start)):
        return True  # "CENTCOM release 26-1107": a document's serial, not 26 to 1,107
    if text[q.start - 1:q.start] == "/" and q.text[:1].isdigit() and (
            text[q.start - 2:q.start - 1].isupper() and q.value_high is not None or
            _SERIAL_BEFORE_SLASH.search(text, max(0, q.start - 9), q.start - 1)):
        return True  # "A1871/26": a serial's year; "C/2-44": a company of a battalion
    if q.value_high is not None and not q.money and _BATTALION_BRANCH_AFTER.match(text, q.end) \
            and re.fullmatch(r"\d{1,2}-\d{1,3}", q.text):
        return True  # "3-43 ADA": 3rd Battalion, 43rd Air Defense Artillery, not 3 to 43
    if q.text.isdigit() and text[q.end:q.end + 2] == " N" and _STATION_AFTER.match(text, q.end):
        return True  # "told 14 News": a station's name
    if text[q.start - 1:q.start] == "(" and q.text.isdigit() and \
            _LOSS_SERIAL_AFTER.match(text, q.end):
        return True
    if q.text[:1].isalpha() and text[q.start - 6:q.start].lower() in ("multi-", " multi"):
        return True  # "multi-million dollar missiles": an adjective of scale, no amount
    if q.text.lower() in ("million", "billion") and \
            text[max(0, q.start - 8):q.start].lower() in ("several ", " a few ", "  many "):
        return True  # "a missile worth several million dollars": a sense of cost, no amount
    if q.percent and q.value == 0 and q.value_high is None:
        return True  # "0% finance": nothing to count (an advert's offer)
    if q.percent and _DISCOUNT_AFTER.match(text, q.end):
        return True  # "15% off": a promotion's discount
    if q.text[-1:].isdigit() and (text[q.start - 1:q.start] in ("°", "º") or
                                  _COORDINATE_AFTER.match(text, q.end)):
        return True  # part of a position in degrees and minutes
    if q.text[-1:].isdigit() and not q.money and _coordinate(text, q):
        return True  # "36.7714, 42.1529": half of a position
    if q.text.isdigit() and text[q.end:q.end + 2][-1:].isupper() and \
            _STREET_AFTER.match(text, q.end):
        return True  # "1000 Defense Pentagon": a street number, not a count
    if describes(text, q, sent_start):
        return True  # an age, a name's number word, a section's number
    after = text[q.end : min(sent_end, q.end + 20)]
    if text[q.start - 1:q.start] == " " and text[q.start - 5:q.start - 1] in (
            "not", " not", "(not", "than", "d of") and \
            _CORRECTED_BEFORE.search(text, max(sent_start, q.start - 14), q.start) and \
            not _counted_next(text, q.end):
        return True  # "is now three, not two": the count the report corrects
    if after[:1] in ("K", "k", "M") and q.text[-1:].isdigit() and not q.money and \
            _SOCIAL_COUNT.match(after):
        return True  # "👁 31.6K", "12K views": a post's reach, shorthand for thousands
    if q.text[-1:].isdigit() and not q.money and not q.percent:
        if text[q.start - 2:q.start] == "· " and _POST_AGE.match(text, q.end):
            return True  # "@handle · 52m": how long ago a post went up
        if q.text.isdigit() and text[q.start - 5:q.start] in _DIALLED_BEFORE and \
                not text[q.start - 6:q.start - 5].isalpha():
            return True  # "call 999 immediately": a number to ring
        if q.text[-1] == "0" and q.value == 0 and q.text.strip() == "0":
            return True  # "0" in a table's cell: nothing happened, nothing to count
        clock = _CLOCK.search(q.text)
        if clock and (clock.group(0)[0] == "0" or _CLOCK_ZONE_AFTER.match(text, q.end) or
                      _ZONE_LETTER.match(text, q.end) or (
                          _AT_CLOCK.search(text, max(sent_start, q.start - 24), q.start) and
                          not _counted_next(text, q.end)) or _named_by_the_time(text, q)):
            return True  # "1930C", "review after 1800C", "c. 1800": a time of day
        if _SECTION_NUMBER.fullmatch(q.text) and (q.start == 0 or text[q.start - 1] == "\n" or (
                SENTENCE_END_BEFORE.search(text, max(0, q.start - 6), q.start) and
                _RUN_ON_HEADING.match(text, q.end))):
            return True
        if text[q.end:q.end + 1] == " " and text[q.end + 1:q.end + 2].isupper() and \
                _REFERENCE_AFTER.match(text, q.end):
            return True  # "26.4 OIR 011": a reference code, not a count
        if q.value < 30 and q.text.isdigit() and (q.start == 0 or text[q.start - 1] == "\n") \
                and _HEADING_TITLE.match(text, q.end) and _numbered_heading(text, q):
            return True
        if q.value < 100 and q.text.isdigit() and (q.start == 0 or text[q.start - 1] == "\n") \
                and _is_note(text, q.end):
            return True
    if after.startswith("-") and len(after) > 1 and after[1].isalpha() and \
            not MEASURE_ADJECTIVE.match(after) and not CLIP_LENGTH.match(after) and \
            not after.startswith("-strong "):  # ("the 22-strong crew": how many they are)
        return True  # "three-star", "107-mm", "45-year-old": an adjective, not a count
    if q.text[-1:].isdigit() and _DESIGNATION_AFTER.match(after):
        return True  # "a 2S1 howitzer", "9K720": a designation that starts with a digit
    if len(q.text) == 1 and q.text in "2345" and _DIMENSION_AFTER.match(after):
        return True
    if _TEMPERATURE_AFTER.match(after) or \
            text[max(sent_start, q.start - 6):q.start].lower().endswith("minus "):
        return True  # "minus 30", "40 degrees": a temperature, not a count
    if _TIME_AFTER.match(after) or _CALIBRE_AFTER.match(after) or \
            (q.text[-1:].isdigit() and _ZULU_AFTER.match(after)):
        return True
    if q.text[-1:].isdigit() and not q.money and not q.percent and (
            _FORMATION_AFTER.match(text, q.end) or
            (text[q.start - 1:q.start] == ":" and _ZONE_AFTER.match(text, q.end))):
        return True
    if not q.money and not q.percent and (q.value_high or q.value) <= 31 and \
            q.text[-1:].isdigit() and (_MONTH_AFTER.match(text, q.end) or
                                       _MONTH_BEFORE.search(text, max(0, q.start - 24), q.start)):
        return True  # a day of the month the dates module did not take
    if q.text[-1:].isdigit() and not q.money and (q.value_high or q.value) <= 31 and \
            _OTHER_MONTH_AFTER.match(text, q.end):
        return True  # a Hijri, Iranian or Hebrew date: a day, never a count
    if q.text[:1].isdigit() and text[q.start - 1:q.start] == ":" and \
            text[q.start - 2:q.start - 1].isdigit():
        return True  # "10:42": the minutes of a clock time (or a ratio), never a count
    if q.text.isdigit() and _WEEK_BEFORE.search(text, max(sent_start, q.start - 6), q.start) \
            and not _counted_next(text, q.end):
        return True  # "wk 46", "Week 12": a week's number ("this week 40 people" a count)
    if _DECADE.match(text, q.end - 1) and q.text[-1:].isdigit():
        return True
    digits = re.sub(r"\D", "", q.text)
    if re.match(r"(?:st|nd|rd|th|ST|ND|RD|TH)\b", after):
        return True  # "16th Regiment", "(4TH)": an ordinal, never a count
    if q.money and re.search(r"\.\d\d$", q.text) and q.value < 100 and \
            text[q.end:q.end + 1] not in ("B", "b") and not PRICE_PER.match(text, q.end) and \
            not priced_by(text, q.start) and not _PRICE_MOVE.search(text, max(0, q.start - 8),
                                                                     q.start):
        return True  # "$4.99": a price on page furniture, not a reported sum ("$1.25B" is a
        # sum; "$72.41 a barrel" a market's price)
    if digits and q.text.lstrip("$£€US ").replace(",", "")[:1].isdigit():
        plain = q.text.lstrip("$£€US ")
        if q.value_high is not None:
            first = re.search(r"\d[\d,]*", plain)  # "20 to 30" is no year 2030
            digits = first.group(0).replace(",", "") if first else digits
        if len(digits) == 4 and "," not in plain and 1900 <= int(digits) <= 2100 and not q.money:
            return True  # a year
        if len(digits) == 4 and 1300 <= int(digits) <= 1500 and _HIJRI_YEAR_AFTER.match(after):
            return True  # "1447 AH", "1404 SH": a Hijri or Iranian year
        if len(digits) >= 7 and "," not in plain:
            return True  # an id or a phone number
        before = text[max(sent_start, q.start - 12) : q.start]
        first_word = q.text.split()[0].lower()
        name = _NAME_BEFORE.search(before)
        if first_word not in _QUALIFIER_WORDS and name and \
                name.group(0).strip().lower() not in _FUNCTION_WORDS and \
                name.group(0).strip().lower() not in _ORDER_VERBS:
            # "Tower 22", "IE 11", "Release No. 24": a name with a number in it
            if not before.rstrip().endswith((",", ":")) and not (
                    before[-1:] in "\t\n" and _counted_next(text, q.end)) and \
                    not _TIMES_AFTER.match(text, q.end):  # ("in Iraq and Syria 14 times")
                return True  # (a label's cell, "Casualties<tab>3 killed", names no number)
    if not q.money and q.value_high is None and " " in q.text and \
            _YEAR_WORD.fullmatch(q.text.rsplit(None, 1)[-1]) and not _counted_next(text, q.end):
        return True  # "over 2025", "by about 2030": a year after a word, not a count
    if not q.money and q.value_high is None and q.text[:6].lower() == "about " and \
            _YEAR_WORD.fullmatch(q.text[6:]) and _ABOUT_TOPIC_BEFORE.search(
                text, max(sent_start, q.start - 16), q.start):
        return True  # "asking about 2029 deliveries": the year a talk is about, no count
    if _AGE_AFTER_NAME.search(text, max(sent_start, q.start - 30), q.start) and \
            re.match(r"\s*[,)]", text[q.end:q.end + 2]) and q.value < 120 and not q.percent:
        return True  # "Eitan Mizrahi, 34, from Haifa": an age
    if not q.percent and not q.money and _AGED.search(text, max(sent_start, q.start - 30),
                                                      q.start):
        return True  # "a woman aged 62"
    if q.value == 1 and not q.money and not q.percent and (
            q.qualifier == "exact" or not re.search(r"\d", q.text)) and not (
            text[q.start - 4:q.start] == "and " and
            _COUNT_LISTED_BEFORE.search(text, max(sent_start, q.start - 40), q.start)) and \
            not _ONE_DISTANCE.match(text, q.end) and (
                text[q.start - 5:q.start] == "even " or not _ONE_BATTERY.match(text, q.end)):
        return True  # "one official", "in more than one place": not worth a figure (but
        # "two drones and one rocket" lists the weapons of one attack, each counted, and
        # "landed approximately one nautical mile from the ship" is how close it came, and
        # "one additional Patriot battery" a deployment; "even one battery" is a wish)
    if q.value <= 3 and not q.money and _SUPERLATIVE_OF.match(text, q.end):
        return True
    if q.value <= 10 and q.text.isalpha() and (definite := _DEFINITE.search(
            text, max(sent_start, q.start - 13), q.start)):
        if (q.value <= 3 or not _PART_OF.search(text, max(sent_start, q.start - 32), q.start)) \
                and not (definite.group(0)[:3].lower() == "all" and
                         not _written_before(text, q)):
            return True  # "at the two sites", "the four injuries": the ones counted before
        # ("four of the six missiles": the whole a part is taken from is counted; "All five
        # Chinese crew members are safe" counts them first, when no five came before)
    return False


# "one additional Patriot battery": a deployment counted by the unit, one as much as two.
_ONE_BATTERY = re.compile(r"\s+(?:(?:additional|more|extra)\s+)?(?:[A-Z][\w-]+\s+){0,2}"
                          r"(?:battery|squadron)\b(?!\s+[a-z]+s\b)")  # ("battery departs")
_ONE_DISTANCE = re.compile(r"\s+(?:nautical\s+miles?|miles?|kilomet(?:er|re)s?|km|"
                           r"met(?:er|re)s?)\b(?!-)")
_DIGIT_OF_WORD = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                  "eight": "8", "nine": "9", "ten": "10"}


def _written_before(text: str, q: Quantity) -> bool:
    """Whether the report wrote q's number (a word up to ten, or its digits) before it."""
    word = q.text.lower()
    digits = _DIGIT_OF_WORD.get(word, "")
    pattern = rf"\b(?i:{word})\b"
    if digits:
        pattern += rf"|(?<![\w.,]){digits}(?![\w]|[.,]\d)"
    return re.search(pattern, text[:q.start]) is not None


_TIMES_AFTER = re.compile(r"\s+times\b")
# A market's move: "futures were up $1.62", "crude rose $1.48" (a price's change, reported)
_PRICE_MOVE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|slid)\s+$")
# A notes section of a brief or tracker ("Notes", "Endnotes", "Footnotes" on a line of its
# own): each note opens with its number, then a capital ("2 Initial reporting: ...").
# A PDF's footnotes sit under a rule of underscores instead.
NOTES_HEADING = re.compile(r"^(?:(?:Notes|Endnotes|End\s+notes|Footnotes|Source\s+notes)\s*:?|"
                            r"_{8,})\s*$", re.M)
_NOTE_OPENING = re.compile(r" [A-Z\"“]")
# A memo's or an order's imperative before its count ("Request 40 interceptors", "Deploy two
# batteries"), not a name with a number in it ("Tower 22").
_ORDER_VERBS = frozenset("request deploy send provide move procure allocate assign transfer "
                         "position dispatch add retain replace".split())


def note_marker(text: str, q: Quantity) -> bool:
    """Is q a note's number: a small bare number opening a line or following a full stop
    (PDF text runs notes together), then a capital?"""
    if not q.text.isdigit() or q.value >= 100:
        return False
    before = text[max(0, q.start - 2):q.start]
    # ('... to go."9 Table 1.': a marker glued to the quote that ends a sentence)
    return (q.start == 0 or before.endswith("\n") or before in (". ", ".\n", '."', ".”")) and \
        bool(_NOTE_OPENING.match(text, q.end))


def phone_start(text: str, start: int) -> int:
    """A phone number's start, with its "(" and "+" before the first digits."""
    if text[start - 1:start] == "(":
        start -= 1
    return start - 1 if text[start - 1:start] == "+" else start

