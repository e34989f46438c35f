"""Numbers that tell when, not how many: a day of a month in any calendar ("15 Nov",
"26 Jumada al-Awwal", "1447 AH"), a year ("by 2030"), a decade ("the 1990s"), a week's
number ("wk 46") and a time of day ("9:30 p.m.", "0600Z", "at 1800", "the 1300 call")."""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.calendars import HIJRI_MONTH, JALALI_MONTH
from briefdeck.extract.figure_nouns import PLURAL, STOP
from briefdeck.extract.numbers import Quantity

# "over 2025 and 2026", "by 2030": a year after a qualifier word is still a year.
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_TIME_AFTER = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EST|EDT|BST|CET|CEST|"
                         r"AST|EET|EEST|IST|Zulu|local\s+time|o'clock|hours?\s+GMT|hrs\b))", re.I)
# "since 5 November", "between 8 and 13\nNovember": a day of a month, even where a hard line
# break (text pasted from a PDF) has cut the sentence after the number.
_MONTH_AFTER = re.compile(r"\s*(?:(?:and|to|-|–)\s*\d{1,2}\s*)?(?:January|February|March|April|"
                          r"May|June|July|August|September|October|November|December|Jan\.|"
                          r"Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
                          # "23 FEB 25", "4 Mar 2025": military and European short forms
                          r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b|"
                          # "3 DECEMBER 2026": a subject line or a heading in capitals
                          r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|"
                          r"OCTOBER|NOVEMBER|DECEMBER)\b|"
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
# "0600Z", "141530ZMAR25": a Zulu time or a date-time group, glued to its "Z".
# "13:05 JST", "0800 KST": a clock time followed by any zone abbreviation ending in T.
_ZONE_AFTER = re.compile(r"\s*[A-Z]{1,3}[SD]?T\b")
_ZULU_AFTER = re.compile(r"Z(?:[A-Z]{3}\d{2})?\b")
# "on November 12 and 13": the second day of a month named before.
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                           r"Dec\.)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|or|through|-|–)\s*$")
# "a man in his 60s", "the 1990s": a decade, written with the "s" on the number.
_DECADE = re.compile(r"0s\b")
# "0710", "at 1430 EAT", "2200 local": a military clock time (a leading zero, or a zone after).
_CLOCK = re.compile(r"(?<![\d,.])(?:0\d|1\d|2[0-3])[0-5]\d$")
_CLOCK_ZONE_AFTER = re.compile(r"\s*(?:[A-Z]{1,4}T|Z|L|UTC|hrs?|local(?:\s+time)?|LOCAL)\b"
                               r"(?!\s+[a-z]+s\b)")
# "1230  ERBIL -- Security council briefing": a daybook's or a schedule's time slot, a clock
# time opening its line before a column gap or a capitalised dateline and its dash.
_SLOT_AFTER = re.compile(r"[^\S\n]{2,}(?=\S)|\t|[^\S\n]+[A-Z]{3,}(?:[^\S\n]+[A-Z]{2,}){0,2}"
                         r"[^\S\n]+(?:--|—|–)")
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
_WORD_NEXT = re.compile(r"\s+([A-Za-z]+)")
# "customers asking about 2029 deliveries": "about" as the topic of a talk, not a hedge.
_ABOUT_TOPIC_BEFORE = re.compile(r"\b(?:ask|asking|asked|talk|talking|talked|think|thinking|"
                                 r"worried|worry|conversation|questions?|hear|heard|"
                                 r"know|care)\s+$", re.I)


def in_dates(q: Quantity, dates: list[tuple[int, int]]) -> bool:
    """Does q fall inside a date the dates module read (dates: sorted, non-overlapping)?"""
    i = bisect.bisect_left(dates, (q.start, q.start)) - 1
    return any(s < q.end and q.start < e for s, e in dates[max(i, 0) : i + 3])


def a_date_or_time(text: str, q: Quantity, sent_start: int, sent_end: int) -> bool:
    """Is q a day, a month's day in another calendar, a year, a week or a time of day?"""
    after = text[q.end : min(sent_end, q.end + 20)]
    if q.text[-1:].isdigit() and not q.money and not q.percent:
        clock = _CLOCK.search(q.text)
        if clock and (clock.group(0)[0] == "0" or _CLOCK_ZONE_AFTER.match(text, q.end) or
                      _ZONE_LETTER.match(text, q.end) or (
                          _AT_CLOCK.search(text, max(sent_start, q.start - 24), q.start) and
                          not counted_next(text, q.end)) or _named_by_the_time(text, q) or (
                          (q.start == 0 or text[q.start - 1] == "\n") and
                          _SLOT_AFTER.match(text, q.end))):
            return True  # "1930C", "review after 1800C", "c. 1800", "1230  ERBIL --": a time
    if _TIME_AFTER.match(after) or (q.text[-1:].isdigit() and _ZULU_AFTER.match(after)):
        return True
    if q.text[-1:].isdigit() and not q.money and not q.percent and \
            text[q.start - 1:q.start] == ":" and _ZONE_AFTER.match(text, q.end):
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
            and not counted_next(text, q.end):
        return True  # "wk 46", "Week 12": a week's number ("this week 40 people" a count)
    if _DECADE.match(text, q.end - 1) and q.text[-1:].isdigit():
        return True
    written = written_digits(q)
    if written is not None:
        plain, digits = written
        if len(digits) == 4 and "," not in plain and 1900 <= int(digits) <= 2100 and not q.money:
            return True  # a year
        if len(digits) == 4 and 1300 <= int(digits) <= 1500 and _HIJRI_YEAR_AFTER.match(after):
            return True  # "1447 AH", "1404 SH": a Hijri or Iranian year
    if not q.money and q.value_high is None and " " in q.text and \
            _YEAR_WORD.fullmatch(q.text.rsplit(None, 1)[-1]) and not counted_next(text, q.end):
        return True  # "over 2025", "by about 2030": a year after a word, not a count
    if not q.money and q.value_high is None and q.text[:6].lower() == "about " and \
            _YEAR_WORD.fullmatch(q.text[6:]) and _ABOUT_TOPIC_BEFORE.search(
                text, max(sent_start, q.start - 16), q.start):
        return True  # "asking about 2029 deliveries": the year a talk is about, no count
    return False


def counted_next(text: str, pos: int) -> bool:
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


def written_digits(q: Quantity) -> tuple[str, str] | None:
    """(the number as written without its currency, its digits: the first number's of a
    range, as "20 to 30" is no year 2030), for a number written in digits; else None."""
    if not in_digits(q):
        return None
    digits = _NOT_DIGIT.sub("", q.text)
    plain = q.text.lstrip("$£€US ")
    if q.value_high is not None:
        first = _FIRST_NUMBER.search(plain)
        digits = first.group(0).replace(",", "") if first else digits
    return plain, digits


def in_digits(q: Quantity) -> bool:
    """Is q written in digits ("$1,200", "14"), not in words ("fourteen")?"""
    return q.text.lstrip("$£€US ").replace(",", "")[:1].isdigit()


_NOT_DIGIT = re.compile(r"\D")
_FIRST_NUMBER = re.compile(r"\d[\d,]*")
