"""Dates as reporters write them, resolved against the publication date.

"on Wednesday evening" in a story published Monday 2020-03-16 is 2020-03-11; "in January" is
2020-01; "late December" is 2019-12. Each mention keeps its wording and a precision (day, month,
year) so the analyst sees how sure the date is. A weekday with no "next" is taken as the most
recent such day on or before publication (AP style names the weekday even for the same day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from re import _constants as C  # noqa: N812 (the parser's own names)
from re import _parser as P  # noqa: N812

from dateutil.relativedelta import relativedelta

from briefdeck.extract import calendars
from briefdeck.extract.alternatives import first_chars
from briefdeck.extract.pattern_openings import Opening, folds, openings, trie

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # short names in notes ("Tue night", "early Thu")
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
IMPLICIT_DAYS = frozenset({"overnight", "today", "tonight", "earlier today", "this morning",
                           "this afternoon", "this evening", "the past day", "the last day",
                           "the past 24 hours", "the last 24 hours"})
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3,
}

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_YEAR = r"(?:19|20)\d\d"
# "of last year", "of that year": a year said in words, after a month or a day
_SAID_YEAR = r"(?i:last|this|next|that|that\ same|the\ same)"
_OTHER_MONTH = rf"(?:{calendars.HIJRI_MONTH}|{calendars.JALALI_MONTH})"
_OTHER_YEAR = r"1[34]\d\d"  # 1300-1499 AH or SH (1882-2120 AD)
# (DATE_RE is verbose: a space in it must be written \s)
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)"
_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split(), 1)}
_ORDINAL = r"(?:twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" \
    r"thirtieth|thirty-first|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + \
    r"|\d{1,2}(?:st|nd|rd|th))"


def _ordinal_day(word: str) -> int:
    """"tenth" -> 10, "twenty-first" -> 21, "3rd" -> 3."""
    word = word.lower()
    if word[0].isdigit():
        return int(word[:-2])
    if word.startswith("thirt"):
        return 30 if word == "thirtieth" else 31
    if word.startswith("twenty-"):
        return 20 + _ORDINALS[word[7:]]
    return _ORDINALS[word]


# "April 13-14", "10 and 11 November", "the night of 17/18 November": a night or two days,
# dated by the first; a longer span ("1-6 August") is a period ("Jan. 12 and 13 people": after
# the month, only a dash or a slash joins days)
_DAYS_AFTER = r"(?:\s*[-–]\s*(?P<md_to>\d{1,2})(?:st|nd|rd|th)?\b|/(?P<md_to2>\d{1,2})\b(?!/))?"
_DAYS_BEFORE = r"(?:(?:\s*[-–]\s*|\s+(?:and|to)\s+|/)(?P<dm_to>\d{1,2})(?:st|nd|rd|th)?)?"

# One named alternative per way of writing a date (first match at a position wins).
_DATE_WAYS = (  # every way starts at a word boundary: test that once, first
    rf"""
    (?:
    (?P<iso>\b(?P<iso_v>{_YEAR}-\d\d-\d\d)\b)
  | (?P<md>(?:\b(?i:on|since|by|until)\s+)?\b(?P<md_mon>{_MONTH})\s+(?P<md_day>\d{{1,2}})
        (?:st|nd|rd|th)?\b{_DAYS_AFTER}(?:,?\s+(?P<md_year>{_YEAR})\b|
        \s+of\s+(?P<md_rel>{_SAID_YEAR})\s+year\b)?)
  # a military date-time group: "151930Z NOV 23", "151930ZNOV23", "15 1930Z Nov 23",
  # "DTG: 151015Z" (day, hour, minute, a time-zone letter; the month and year may be left
  # out in a report's own month): a day, never a count
  # (not N or S: "151200N" is more often a latitude in degrees, minutes and seconds)
  | (?P<dtg>\b(?P<dtg_day>0[1-9]|[12]\d|3[01])\ ?(?:[01]\d|2[0-3])[0-5]\d[A-MO-RT-Z]
        (?:\ ?(?P<dtg_mon>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))(?![a-z])
         (?:\ ?(?P<dtg_year>(?:19|20)?\d\d)\b)?)?\b)
  # a numeric date with a full year, "26/9/2025", "09/26/2025": day or month first as
  # the numbers allow, else the reading nearer publication
  | (?P<num>(?<![\d/.])(?P<num_a>\d{{1,2}})/(?P<num_b>\d{{1,2}})/(?P<num_year>(?:19|20)\d\d)
        (?![\d/]))
  # a European dotted date, day first: "29.10.2026"; with no year only as the first day of
  # a span whose second has one ("from 12.11. to 13.11.2026")
  | (?P<dot>(?<![\d.,])(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d{{1,2}})\.(?:(?P<dot_year>(?:19|20)\d\d)
        (?!\d|\.\d)|(?=\s*(?:to|until|and|[-–])\s*\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)))
  # a sitrep's or table's military form: "23 FEB 25", "4 MAR 2025", "15NOV", "since 17 OCT"
  # (upper case only; no year: the one nearest publication, as for "15 Nov")
  | (?P<mil>(?:\b(?i:on|since|by|until)\s+)?\b(?P<mil_day>\d{{1,2}})\ ?
        (?P<mil_mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?![A-Za-z])
        (?:\s+(?P<mil_year>(?:19|20)?\d\d)\b)?)
  | (?P<dm>(?:\b(?i:on|since|by|until)\s+)?\b(?P<dm_day>\d{{1,2}}){_DAYS_BEFORE}
        \s+(?P<dm_mon>{_MONTH})
        (?:,?\s+(?:of\s+)?(?P<dm_year>{_YEAR}))?\b
        # "31 December of last year": the year said in words
        (?:\s+of\s+(?P<dm_rel>{_SAID_YEAR})\s+year\b)?)
  # "on the tenth of last April", "the 3rd of March": a day told by its ordinal (British
  # and translated wording)
  | (?P<ord>(?:\b(?i:on|since|by|until)\s+)?\b(?i:the)\s+(?P<ord_day>(?i:{_ORDINAL}))\s+of\s+
        (?:(?i:last|this)\s+)?(?P<ord_mon>{FULL_MONTH})\b(?:,?\s+(?P<ord_year>{_YEAR})\b)?
        (?:\s+of\s+(?P<ord_rel>{_SAID_YEAR})\s+year\b)?)
  | (?P<my>(?:\b(?i:in|since|during|until|through|by|of)\s+)?
        (?:\b(?P<my_part>early|mid|late|the\ end\ of|the\ beginning\ of|the\ middle\ of|
           the\ start\ of|the\ (?:last|final|first|second|third|closing|opening)
           \ (?:week|weeks|days)\ of)[\s-]+)?
        # (a sitrep's or a slide's "completed in OCT 2026": upper case, with its year)
        \b(?P<my_mon>{FULL_MONTH}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)
           (?=\s+(?:19|20)\d\d\b))\b(?!\s+\d{{1,2}}\b)
        (?:,?\s+(?P<my_year>{_YEAR})\b|\s+of\s+(?P<my_year2>{_YEAR})\b)?
        # "in January of last year", "in May of that year": the year said in words
        (?:\s+of\s+(?P<my_rel>{_SAID_YEAR})\s+year\b)?)
  # a Hijri or Iranian date: "02 Jumada al-Akhirah 1448 AH", "Aban 12, 1405", "Ramadan
  # 1447", "the month of Mordad" (a year is needed where the month's name comes alone).
  # (It opens only at a digit or a month's name: a lead "since" is read after the match.)
  | (?P<cal>(?:\b(?P<cal_d>[0-9][0-9]?)\s\s*(?P<cal_m>{_OTHER_MONTH}),?\s+(?P<cal_y>{_OTHER_YEAR})
        |\b(?P<cal_m2>{_OTHER_MONTH})\s+(?P<cal_d2>\d{{1,2}}),\s+(?P<cal_y2>{_OTHER_YEAR})
        |\b(?P<cal_m3>{_OTHER_MONTH}),?\s+(?P<cal_y3>{_OTHER_YEAR})
        |(?<=month\ of\ )(?P<cal_m4>{_OTHER_MONTH}))\b
        (?:\s?(?:AH|SH|H)\b|\s?A\.H\.|\s?S\.H\.)?)
  | (?P<wd>(?:\b(?i:on|since|by|until)\s+)?(?:\b(?P<wd_rel>(?i:last|this|next|early|late|later|
        earlier))\s+)?
        \b(?P<wd_day>{WEEKDAY}|
        # a note's "hit Tue night", "early Thu", "Sat 28 Nov": the short name, where only a
        # day can be meant
        (?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b
        (?:(?<=early\ ...)|(?<=early\ ....)|(?<=early\ .....)|(?<=late\ ...)|(?<=late\ ....)
         |(?<=late\ .....)|(?<=last\ ...)|(?<=last\ ....)|(?<=last\ .....)
         |(?=\ (?:morning|afternoon|evening|night)\b|\ \d{{1,2}}\ [A-Z][a-z]{{2}})))
        # "Monday the 9th", "Tuesday the ninth.": the day of the month says which one (not
        # "Tuesday, the 40th such attack": a count goes on with its noun)
        (?:,?\ the\ (?P<wd_ord>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b|(?i:{_ORDINAL})(?=[,.;:!?]))
         (?!\s+(?:of\b|(?!(?:at|in|on|near|and|when|as|after|before|to|was|were)\b)[a-z])))?
        {DAY_PART}\b)
  | (?P<newyear>\bNew\ Year(?:'s|’s)?(?:\ (?P<ny_eve>Eve)|\ Day|\ holiday)?\b)
  | (?P<rel>\b(?i:(?P<rel_day>yesterday|today|tonight|last\ night|overnight|earlier\ today|
        the\ (?:past|last)\ (?:day|24\ hours)|
        this\ (?:morning|afternoon|evening))
        |(?P<rel_this>(?:earlier|later)\ this|this|last|earlier\ last|late\ last|next|early\ next)
         \s+(?P<rel_unit>week|month|year)
        |(?P<ago_n>{_COUNT})\s+(?P<ago_unit>day|week|month|year)s?\s+ago)\b)
  | (?P<weekend>\b(?:over|during|at)\s+the\s+weekend\b|\blast\s+weekend\b)
  | (?P<offset>\b(?P<off_n>(?i:a|one|two|three|four|five)|\d+)\s+(?P<off_unit>day|week|night)s?\s+
        (?P<off_dir>after|before|earlier|later)\b|\bthe\s+same\s+(?:day|night)\b|
        \b(?:[Hh]ours|[Mm]inutes)\s+later\b|\blater\s+that\s+(?:day|night|evening)\b|
        # "35 minutes earlier", "two hours later": the same day as the time told before
        \b{_COUNT}\s+(?:hours?|minutes?)\s+(?:later|earlier)\b|
        \b[Tt]he\s+(?P<off_rel>previous|following|next)\s+(?:day|night|evening|morning|
        (?P<off_month>month))\b|
        \b[Tt]he\s+(?:day|night|evening)\s+(?P<off_rel2>before|after)\b|
        # "(less than an) hour after the drone attack": the day of the attack named
        \b(?:[Hh]ours?|[Mm]inutes?)\s+(?:after|before)(?=\s+(?:the|this|that)\b))
  | (?P<year>\b(?:in|since|during|by|until)\s+(?:(?:early|mid|late)[\s-]+)?(?P<yr>{_YEAR})\b)
    )"""
)


def _starting_letters(pattern: str) -> str:
    """A lookahead for the characters a date can begin with (in either case), so the scan
    skips at once the words no way of writing a date starts with; none when unknown."""
    chars = first_chars(pattern, re.X)
    if not chars:
        return ""
    chars |= {c.swapcase() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


# Sharper than the first letter: the first few characters a way can begin with ("Jan",
# "sin", "the", "on ", "19"), as a lookahead that `re` walks character by character. Most
# words start with a letter some way starts with, but few with one of these openings.
_HEAD_SIZE = 3


def _folds(c: str, blind: bool) -> set[str] | None:
    chars = folds(c, blind)
    return None if chars is None else {re.escape(f) for f in chars}


def _class_items(av, blind: bool, first: bool) -> set[str] | None:  # noqa: ANN001 (parser)
    """A character class as items (each escaped character, \\s whole); None if too wide."""
    items: set[str] = set()
    for o, a in av:
        if o is C.LITERAL:
            more = _folds(chr(a), blind)
        elif o is C.RANGE and a[1] - a[0] < 40 and chr(a[1]).isascii():
            more = {f for c in range(a[0], a[1] + 1) for f in _folds(chr(c), blind)}
        elif o is C.CATEGORY and a is C.CATEGORY_DIGIT and first:
            more = set("0123456789")  # (ASCII: the first-letter gate reads \d so)
        elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
            more = {r"\s"}
        else:
            return None
        if more is None:
            return None
        items |= more
    return items


def _spell(op, av, blind: bool, first: bool) -> set[str] | None:  # noqa: ANN001 (parser)
    """A character or class as regex items (an escaped character, or \\s), folded where the
    group is case-blind."""
    return _folds(chr(av), blind) if op is C.LITERAL else _class_items(av, blind, first)


def _way_heads(way: str) -> set[Opening] | None:
    """The openings a match of way begins with, kept to those the first-letter gate lets
    through (so the gate's answer is unchanged); None when some opening is unknown."""
    heads = {s for s, _ in openings(list(P.parse(way, re.X)), _HEAD_SIZE, _spell)}
    letters = first_chars(way, re.X)
    if () in heads or not letters:
        return None
    letters = {re.escape(c) for c in letters | {c.swapcase() for c in letters}}
    return {h for h in heads if h[0] in letters}


def _guard(heads: set[Opening] | None, way: str) -> str:
    return f"(?={trie(heads)})" if heads else _starting_letters(way)


def _each_way_guarded(ways: str) -> str:
    """The ways again, each behind a lookahead for its own openings: at a word the scan
    drops the ways that cannot start there at one test, instead of trying each one's
    optional lead words ("on", "since", "in the last days of") first. Same matches."""
    body = ways[ways.index("(?:\n") + 4 : ways.rindex(")")]
    each = body.split("\n  | ")
    heads = [_way_heads(way) for way in each]
    opening = _starting_letters(ways) if None in heads else \
        _guard(set().union(*heads), ways)
    return opening + "\n    (?:\n" + "\n  | ".join(
        _guard(h, way) + way for h, way in zip(heads, each, strict=True)) + "\n    )"


DATE_RE = re.compile(r"\b" + _each_way_guarded(_DATE_WAYS), re.X)


def _without_way(ways: str, name: str) -> str:
    """The ways of writing a date less the one named."""
    head, body = ways[: ways.index("(?:\n") + 4], ways[ways.index("(?:\n") + 4 : ways.rindex(")")]
    kept = [w for w in body.split("\n  | ") if not w.startswith(f"(?P<{name}>")]
    return head + "\n  | ".join(kept) + ways[ways.rindex(")"):]


# The same scan without the Hijri and Iranian way, for a text with no year of theirs (13xx,
# 14xx) and no "month of": most reporting, which so pays nothing for that way.
_GREGORIAN_RE = re.compile(r"\b" + _each_way_guarded(_without_way(_DATE_WAYS, "cal")), re.X)
_OTHER_YEAR_SIGN = re.compile(r"1[34]\d\d")  # (a literal first: scanned at C speed)
_last_scanned: list[tuple[str, re.Pattern[str]]] = []  # the text last read, and its scan


def _scan_for(text: str) -> re.Pattern[str]:
    """DATE_RE where the text may hold another calendar's date, else the Gregorian scan
    (decided once per text: find_dates is called sentence by sentence)."""
    last = _last_scanned[-1] if _last_scanned else None  # (read once: threads may share it)
    if last is not None and last[0] is text:
        return last[1]
    other = bool(_OTHER_YEAR_SIGN.search(text)) or "month of" in text
    scan = DATE_RE if other else _GREGORIAN_RE
    _last_scanned[:] = [(text, scan)]
    return scan


_MONTH_ONLY_NEEDS = re.compile(r"^(?:in|since|during|until|through|by|of)\b|"
                               r"^(?:early|mid|late|the)",
                               re.I)
_NIGHT_OF = re.compile(r"\b(?:overnight|night)\s+(?:from|of|between)\s+"
                       r"(?P<second>[A-Z][a-z]+(?:\s+(?:night|evening))?\s+(?:to|into|and)\s+)?$")
# (a dateline's dash opens the story: "WASHINGTON — Today, the department ...")
_OPENS_SENTENCE = re.compile(r"[.!?:\"“]\s*$|[A-Z]{3,}\s+[—–-]{1,2}\s+$")
# where a sitrep's "15 NOV" with no year stands: a line, cell or bracket opening it, a
# preposition before it, or punctuation after it
_MIL_DAY_BEFORE = re.compile(r"(?:^|[\t(\[\n/–-]|\b(?i:of|from|to|and|between|through|till|"
                             r"after|before|late|early|night|dated|as\s+at)\s)[ ]*$")
_MIL_DAY_AFTER = re.compile(r"[ ]*(?:[\t\n.,;:)\]/–-]|$)")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]?\d\d\s*(?:GMT|UTC|Z|ET|EST|EDT|BST|CET)\s*$")
# "Reporting period: 29 March - 4 April 2027": two days joined by a dash are a period's edges
_RANGE_NEXT = re.compile(rf"[ \t]*[-–—][ \t]*(?:\d{{1,2}}[ \t]+{_MONTH}|"
                         rf"{_MONTH}[ \t]+\d)")
_RANGE_BEFORE = re.compile(rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})"
                           r"(?:,?[ \t]+\d{4})?[ \t]*[-–—][ \t]*$")
# "in the night from 12.11. to 13.11.2026": one night, dated by its first day (the second
# day, its morning, stays the end of a span)
_NIGHT_BEFORE = re.compile(r"\bnight\s+(?:from|of|between)\s+$", re.I)
_AND_DAY = re.compile(r"\s+and\s+\d")  # "12 and 27 October": two days, not a span
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[^,;]{1,30}\s+(?:and|to)\s+)?$", re.I)
_FUTURE_HINT = re.compile(r"\b(?:will|plans? to|scheduled|expected to|is to|are to|"
                          r"intends?\s+to|due\s+to|set\s+to)\b")
# "had left by March 31": a deadline already past; otherwise a deadline lies ahead.
_PAST_BEFORE = re.compile(r"\b(?:had|has|have|was|were|been|did|ago|last)\b", re.I)
# "will send troops, the minister said on Tuesday": what is said is said before publication
_SPOKEN_BEFORE = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|added|"
                            r"wrote|stated)\s+$")
# "a Sunday at the end of January": the weekday lies in the month named right after it.
# "the boat Unaizah May 3", "Operation March 8": a word that is a month, inside a name
_NAME_BEFORE = re.compile(r"\b(?!(?:On|In|By|Since|Until|Early|Late|Mid|Through|From|"
                          rf"{WEEKDAY[3:-1]})\b)[A-Z][a-z]+[ \t]+$")
# between one day's two dates: "1448 AH - 12 November", "2027 | 29 Rajab", "AH, corresponding
# to", a masthead's "18 November 2025 - 10:42 | 27 Jumada al-Awwal 1447"
_BOTH_CALENDARS = re.compile(r"[ \t]*(?:AD|CE|A\.D\.)?[ \t]*(?:[-–—|,][ \t]*\d{1,2}:\d\d[ \t]*)?"
                             r"(?:[-–—|/,(][ \t]*)?"
                             r"(?:(?:corresponding|corresponds|equivalent)[ \t]+to[ \t]+)?")
_CAL_LEAD = re.compile(r"\b(?:(?i:on|since|by|until)\s+|(?i:the)\s+(?:holy\s+)?month\s+of\s)$")
# The future is read only for dates it can move: a written year or "yesterday" it cannot.
_TENSE_BLIND = frozenset({"iso", "num", "rel", "offset", "year", "weekend"})
_YEAR_GROUPS = {"md": ("md_year",), "dm": ("dm_year",), "mil": ("mil_year",),
                "ord": ("ord_year",), "my": ("my_year", "my_year2"), "dot": ("dot_year",),
                "dtg": ("dtg_year",), "cal": ("cal_y", "cal_y2", "cal_y3")}
_SAID_YEAR_GROUP = {"md": "md_rel", "dm": "dm_rel", "ord": "ord_rel", "my": "my_rel"}
_GREGORIAN_DAYS = frozenset({"iso", "md", "dm", "num", "dot", "mil", "ord"})
_WEEKDAY_IN_MONTH = re.compile(r"^[\s,]*(?:at|in|toward|towards|near)?\s*$")


@dataclass(frozen=True)
class DateMention:
    start: int  # absolute offsets of the words
    end: int
    text: str
    iso: str  # YYYY-MM-DD, YYYY-MM or YYYY ('' for an offset)
    precision: str  # day, month, year; "offset" when relative to another event
    offset_days: int = 0  # "a day after" an event dated elsewhere: -1
    offset_months: int = 0  # "the following month": +1 from the month last named

    is_period_end: bool = False  # "between Oct. 17 and Oct. 24"

    @property
    def implicit(self) -> bool:
        """'overnight', 'today', 'this morning': the day of publication, unless the sentence
        names a date of its own ('an overnight raid on Jan. 3')."""
        return self.text.lower() in IMPLICIT_DAYS

    @property
    def opens_period(self) -> bool:
        """'since July 14', 'until March': the start or end of a period, not a happening."""
        return self.is_period_end or self.text.lower().startswith(
            ("since", "until", "by ", "through"))


def _offset_days(m: re.Match[str]) -> int:
    rel = m.group("off_rel") or m.group("off_rel2")
    if rel:  # "the previous night", "the day after": one day before or after
        return -1 if rel.lower() in ("previous", "before") else 1
    if not m.group("off_unit"):
        return 0  # "the same day"
    n = m.group("off_n").lower()
    count = int(n) if n.isdigit() else SMALL_NUMBERS.get(n, 1)
    days = count * (7 if m.group("off_unit") == "week" else 1)
    # "It came a day after <this event>": this event is a day before the one dated.
    return days if m.group("off_dir") == "later" else -days


def _month_number(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _closest_year(pub: date, month: int, day: int | None = None, future: bool = False) -> int:
    """The year of month (and day) nearest publication: the last one on or before it,
    or the next one on or after it when the wording is about the future."""
    here = (month, day or 0)
    now = (pub.month, pub.day if day else 0)
    if future:
        return pub.year if here >= now else pub.year + 1
    return pub.year if here <= now else pub.year - 1


def _weekday(pub: date, weekday: int, rel: str | None, future: bool) -> date:
    rel = rel.lower() if rel else None
    if rel == "next" or (future and rel != "last"):
        ahead = (weekday - pub.weekday()) % 7 or 7
        return pub + timedelta(days=ahead)
    back = (pub.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _relative(m: re.Match[str], pub: date) -> tuple[str, str]:
    day_word = m.group("rel_day")
    if day_word:
        # "the past day" of a morning report is the day before it was filed
        shift = 1 if day_word.lower() in ("yesterday", "last night") or \
            day_word.lower().startswith("the") else 0
        return (pub - timedelta(days=shift)).isoformat(), "day"
    if m.group("ago_unit"):
        n = " ".join(m.group("ago_n").lower().split())
        count = int(n) if n.isdigit() else SMALL_NUMBERS.get(n, 1)
        unit = m.group("ago_unit").lower()
        if unit == "day" and n in ("several", "a few"):
            return (pub - timedelta(days=count)).isoformat()[:7], "month"  # no one day
        if unit == "day":
            return (pub - timedelta(days=count)).isoformat(), "day"
        if unit == "week":
            return (pub - timedelta(weeks=count)).isoformat()[:7], "month"
        if unit == "month":
            return (pub - relativedelta(months=count)).isoformat()[:7], "month"
        return str(pub.year - count), "year"
    this, unit = m.group("rel_this").lower(), m.group("rel_unit").lower()
    back = 1 if this.endswith("last") else -1 if this.endswith("next") else 0
    if unit == "week":
        return (pub - timedelta(weeks=back)).isoformat()[:7], "month"
    if unit == "month":
        return (pub - relativedelta(months=back)).isoformat()[:7], "month"
    return str(pub.year - back), "year"


def _said_year(word: str, pub: date, named_year: int | None, otherwise: int) -> int:
    """"of last year" from publication; "of that year" is the year the text named last
    (otherwise the year nearest publication, as if no year were said)."""
    word = word.lower()
    if word in ("last", "this", "next"):
        return pub.year + {"last": -1, "this": 0, "next": 1}[word]
    return named_year or otherwise


def _other_calendar(m: re.Match[str], pub: date, future: bool) -> tuple[str, str] | None:
    """A Hijri or Iranian date as the Gregorian day (or month) it names."""
    name = m.group("cal_m") or m.group("cal_m2") or m.group("cal_m3") or m.group("cal_m4")
    found = calendars.month_of(name)
    if not found:
        return None
    calendar, month = found
    year_text = m.group("cal_y") or m.group("cal_y2") or m.group("cal_y3")
    day_text = m.group("cal_d") or m.group("cal_d2")
    if day_text and year_text:
        day = calendars.to_gregorian(calendar, int(year_text), month, int(day_text))
        return (day.isoformat(), "day") if day else None
    year = int(year_text) if year_text else calendars.year_of_month(calendar, month, pub, future)
    iso = calendars.month_in_gregorian(calendar, year, month) if year else None
    return (iso, "month") if iso else None


def _resolve(m: re.Match[str], pub: date, future: bool,
             named_year: int | None = None) -> tuple[str, str] | None:
    kind = m.lastgroup
    if kind == "iso":
        return m.group("iso_v"), "day"
    if kind == "dot":
        day, month = int(m.group("dot_d")), int(m.group("dot_m"))
        if not 1 <= month <= 12:
            return None
        year = int(m.group("dot_year")) if m.group("dot_year") else _closest_year(
            pub, month, day, future)
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "num":
        return _numeric_date(pub, int(m.group("num_a")), int(m.group("num_b")),
                             int(m.group("num_year")))
    if kind == "dtg" and not m.group("dtg_mon"):
        return _day_in_month(pub, int(m.group("dtg_day")))
    if kind in ("md", "dm", "mil", "dtg", "ord"):
        month = _month_number(m.group(f"{kind}_mon"))
        day = _ordinal_day(m.group("ord_day")) if kind == "ord" else int(m.group(f"{kind}_day"))
        year_text = m.group(f"{kind}_year")
        year = int(year_text) if year_text else _closest_year(pub, month, day, future)
        said_year = m.group(f"{kind}_rel") if kind in ("dm", "ord", "md") else None
        if said_year and not year_text:
            year = _said_year(said_year, pub, named_year, year)
        year += 2000 if year < 100 else 0  # "23 FEB 25"
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "my":
        month = _month_number(m.group("my_mon"))
        year_text = m.group("my_year") or m.group("my_year2")
        year = int(year_text) if year_text else _closest_year(pub, month, None, future)
        if m.group("my_rel") and not year_text:
            year = _said_year(m.group("my_rel"), pub, named_year, year)
        return f"{year:04d}-{month:02d}", "month"
    if kind == "cal":
        return _other_calendar(m, pub, future)
    if kind == "wd" and m.group("wd_ord"):
        return _weekday_the_nth(pub, WEEKDAYS[m.group("wd_day").lower()],
                                _ordinal_day(m.group("wd_ord").lower()), future)
    if kind == "wd":
        day = _weekday(pub, WEEKDAYS[m.group("wd_day").lower()], m.group("wd_rel"), future)
        return day.isoformat(), "day"
    if kind == "rel":
        return _relative(m, pub)
    if kind == "year":
        return m.group("yr"), "year"
    if kind == "newyear":
        if m.group("ny_eve"):
            year = pub.year - 1 if pub.month < 12 else pub.year
            return f"{year}-12-31", "day"
        year = pub.year if pub.month <= 6 or not future else pub.year + 1
        return f"{year}-01-01", "day"
    if kind == "weekend":
        return (pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)).isoformat()[:7], "month"
    return None


def _numeric_date(pub: date, a: int, b: int, year: int) -> tuple[str, str] | None:
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    return min(readings, key=lambda d: abs((pub - d).days)).isoformat(), "day"


def _weekday_the_nth(pub: date, weekday: int, day: int,
                     future: bool | None) -> tuple[str, str] | None:
    """"Monday the 9th": the 9th that falls on a Monday, the last one before publication
    within a month or so, else the coming one (the coming one first when the sentence looks
    ahead); a weekday that fits no 9th near publication gives way to the 9th alone."""
    first = pub.replace(day=1)
    fits = []
    for months in (-2, -1, 0, 1):
        try:
            candidate = (first + relativedelta(months=months)).replace(day=day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            fits.append(candidate)
    ahead = [d for d in fits if d >= pub]
    past = [d for d in fits if d <= pub]
    if past and (pub - past[-1]).days <= 35 and not (future and ahead):
        return past[-1].isoformat(), "day"
    if ahead or past:
        return (ahead or past)[0 if ahead else -1].isoformat(), "day"
    return _day_in_month(pub, day)


def _day_in_month(pub: date, day: int) -> tuple[str, str] | None:
    """A day of the month with no month ("DTG: 151015Z"): the last such day on or before
    publication, in its month or the one before."""
    first = pub.replace(day=1)
    for month_start in (first, first - relativedelta(months=1), first - relativedelta(months=2)):
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            continue
        if candidate <= pub:
            return candidate.isoformat(), "day"
    return None


def find_dates(text: str, pub: date, start: int = 0, end: int | None = None,
               future: bool | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], offsets absolute. future=None guesses from wording."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    # (no cheap test first: DATE_RE's scan, gated on each way's openings, is as cheap)
    last_kind = ""  # the way the previous mention was written
    for m in _scan_for(text).finditer(text, start, end):
        if m.lastgroup == "my" and not (m.group("my_year") or m.group("my_year2")):
            lead = m.group(0)
            if not _MONTH_ONLY_NEEDS.search(lead) and m.group("my_mon") in ("May", "March"):
                continue  # "May" and "March" alone are too often not months
        if m.lastgroup == "mil" and not m.group("mil_year") and m.group(0)[0].isdigit() and \
                not _MIL_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
                not _MIL_DAY_AFTER.match(text, m.end()):
            continue  # "call sign 4 MAY reported in": a sitrep's day stands at a line's or
            # cell's start, after "on", "of", "from" ..., or before punctuation
        if m.lastgroup == "num" and "\t" in text[max(0, m.start() - 1):m.end() + 1]:
            continue  # a table's date cell: its table reads day or month first for all rows
        if m.lastgroup == "wd" and _CLOCK_BEFORE.search(text, max(start, m.start() - 16),
                                                        m.start()):
            continue  # "shortly after midnight (2100 GMT Tuesday)": the clock elsewhere
        if m.group(0) == "Today" and m.start() > start and text[m.start() - 1] != "\n" and \
                not _OPENS_SENTENCE.search(text, max(start, m.start() - 9), m.start()):
            continue  # "L'Orient Today", "USA Today": a name, not the day
        is_future = future
        if is_future is None and (m.lastgroup in _TENSE_BLIND or any(
                m.group(g) for g in _YEAR_GROUPS.get(m.lastgroup or "", ()))):
            is_future = False  # (a date whose reading does not depend on it: no search)
        if is_future is None:
            is_future = bool(_FUTURE_HINT.search(text, max(start, m.start() - 80), m.start())) \
                and not _SPOKEN_BEFORE.search(text, max(start, m.start() - 30), m.start())
            if not is_future and m.lastgroup in ("md", "dm", "my", "mil") and \
                    m.group(0)[:3].lower() == "by " and not _PAST_BEFORE.search(
                        text, max(start, m.start() - 60), m.start()):
                is_future = True  # "leave by March 31" in January: the coming March
        if m.lastgroup == "offset":
            last_kind = "offset"
            months = 0
            if m.group("off_month"):  # "the following month": from the month last named
                months = -1 if m.group("off_rel").lower() == "previous" else 1
            days = 0 if months else _offset_days(m)
            if m.group("off_dir") == "after" and (
                    m.start() == start or _OPENS_SENTENCE.search(text, max(start, m.start() - 3),
                                                                 m.start())):
                days = -days  # "A day after the raid, gunmen struck": the gunmen a day later
                # ("A day before the raid, X": X a day before it, as in the middle)
            found.append(DateMention(m.start(), m.end(), m.group(0), "", "offset", days,
                                     offset_months=months))
            continue
        if m.lastgroup == "md" and m.group("md_mon") in ("May", "March") and \
                _NAME_BEFORE.search(text, max(start, m.start("md_mon") - 30), m.start("md_mon")):
            continue
        rel = m.group(_SAID_YEAR_GROUP[m.lastgroup]) if m.lastgroup in _SAID_YEAR_GROUP else None
        named_year = _year_named_before(text, m.start()) \
            if rel and rel.lower() not in ("last", "this", "next") else None
        resolved = _resolve(m, pub, is_future, named_year)
        begin = m.start()
        if m.lastgroup == "cal":  # "since 1 Farvardin 1405", "the month of Rajab"
            led = _CAL_LEAD.search(text, max(start, begin - 22), begin)
            begin = led.start() if led else begin
        if m.lastgroup in ("md", "dm", "num", "cal") and last_kind == "wd" and found and \
                re.fullmatch(r",?\s*", text[found[-1].end:m.start()]):
            found.pop()  # "on Sunday, Feb. 25": the date says which Sunday
        if (last_kind == "cal" and m.lastgroup in _GREGORIAN_DAYS or
                m.lastgroup == "cal" and last_kind in _GREGORIAN_DAYS) and found and \
                _BOTH_CALENDARS.fullmatch(text, found[-1].end, m.start()):
            # "2 Jumada al-Akhirah 1448 AH, corresponding to 12 November 2026": one day
            # printed in two calendars; the Gregorian one stands (Gulf states sight the
            # moon a day apart, so a conversion may miss by one)
            if m.lastgroup == "cal":
                continue
            found.pop()
        if resolved and m.lastgroup == "my" and last_kind == "wd" and found and \
                _WEEKDAY_IN_MONTH.match(text[found[-1].end:m.start()]):
            weekday = found.pop()
            found.append(_weekday_in_month(text, weekday, m, resolved[0]))
            last_kind = "my"
            continue
        last_kind = m.lastgroup or ""
        night = _NIGHT_OF.search(text, max(start, m.start() - 45), m.start()) \
            if m.lastgroup == "wd" else None
        if night:  # "overnight from Monday to Tuesday": the night ends on the second day
            if not night.group("second"):
                continue
            found.append(DateMention(m.start(), m.end(), m.group(0), *resolved))
            last_kind = "wd"
            continue
        if resolved and m.lastgroup == "dot" and \
                _NIGHT_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            found.append(DateMention(begin, m.end(), text[begin:m.end()], *resolved))
            continue
        if resolved and m.lastgroup == "dm" and m.group("dm_to") and resolved[1] == "day" and \
                _days_spanned(m) > 2 and _AND_DAY.match(text, m.end("dm_day")) and \
                not _BETWEEN.search(text, max(start, m.start() - 40), m.start()):
            # "on 12 and 27 October": two days of their own (a span reads "12 to 27 October"
            # or "between 12 and 27 October")
            first = m.end("dm_day")
            found.append(DateMention(begin, first, text[begin:first], *resolved))
            second = f"{resolved[0][:8]}{int(m.group('dm_to')):02d}"
            found.append(DateMention(m.start("dm_to"), m.end(), text[m.start("dm_to"):m.end()],
                                     second, "day"))
            continue
        if resolved:
            period = bool(_BETWEEN.search(text, max(start, m.start() - 40), m.start())) or \
                _days_spanned(m) > 2 or bool(_RANGE_NEXT.match(text, m.end())) or \
                bool(_RANGE_BEFORE.search(text, max(start, m.start() - 20), m.start()))
            found.append(DateMention(begin, m.end(), text[begin:m.end()], *resolved,
                                     is_period_end=period))
    return found


def _year_named_before(text: str, pos: int) -> int | None:
    """The last year written in the text before pos (within a few paragraphs)."""
    years = _HAS_YEAR.findall(text, max(0, pos - 1500), pos)
    return int(years[-1]) if years else None


def _days_spanned(m: re.Match[str]) -> int:
    """How many days "April 13-14" (2) or "1-6 August" (6) covers; 1 for a single day."""
    kind = m.lastgroup
    last = m.group(f"{kind}_to") or (m.group("md_to2") if kind == "md" else None) \
        if kind in ("md", "dm") else None
    if not last:
        return 1
    return int(last) - int(m.group(f"{kind}_day")) + 1


def _weekday_in_month(text: str, weekday: DateMention, m: re.Match[str],
                      month_iso: str) -> DateMention:
    """'a Sunday at the end of January': that weekday in January's last (or first) week when
    the month's part says which; else the month alone (month precision)."""
    year, month = int(month_iso[:4]), int(month_iso[5:7])
    wanted = date.fromisoformat(weekday.iso).weekday()
    part = (m.group("my_part") or "").lower()
    iso, precision = month_iso, "month"
    if part in ("late", "the end of") or "last" in part or "final" in part or "closing" in part:
        last = date(year, month, 1) + relativedelta(months=1) - timedelta(days=1)
        iso, precision = (last - timedelta(days=(last.weekday() - wanted) % 7)).isoformat(), "day"
    elif part in ("early", "the beginning of", "the start of") or "first" in part or \
            "opening" in part:
        first = date(year, month, 1)
        iso, precision = (first + timedelta(days=(wanted - first.weekday()) % 7)).isoformat(), "day"
    return DateMention(weekday.start, m.end(), text[weekday.start:m.end()], iso, precision)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
# "Jan. 4", or a sitrep's "4 JAN" / "4JAN" (upper case, no letter either side)
_NAMES_MONTH = re.compile(rf"\b{_MONTH}|(?<![A-Za-z])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
                          r"NOV|DEC)(?![A-Za-z])")


def carry_years(mentions: list[DateMention], pub: date,
                paragraph_of: Callable[[int], int] = lambda pos: 0,
                opens_line: Callable[[int], bool] = lambda pos: False) -> list[DateMention]:
    """'Oct. 17, 2023: ... Jan. 4: ...': a month-day without a year takes the year of the full
    date just before it (same paragraph, or the timeline entry before when both head their
    lines) when that puts it at most four months later: a chronicle running forward. Else, as
    before, the publication date decides. Never past publication."""
    out: list[DateMention] = []
    last: date | None = None  # the last full date (day, month, year) the text gave
    last_at = (-1, False)  # its paragraph, and whether it heads a timeline line
    for d in mentions:
        where = (paragraph_of(d.start), opens_line(d.start))
        if last is not None and where[0] != last_at[0] and not (where[1] and last_at[1]):
            last = None  # another paragraph: a year written there says nothing here
        if d.precision not in ("day", "month") or not _NAMES_MONTH.search(d.text):
            out.append(d)
            continue
        parts = [int(x) for x in d.iso.split("-")]
        here = date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        if _HAS_YEAR.search(d.text):
            last = here if d.precision == "day" else None  # "January 2020" is no chronicle
            last_at = where
        elif last is not None:
            carried = _carried(last, here)
            if carried is not None and 0 <= (carried - last).days <= 122 and carried <= pub:
                if carried != here:
                    iso = carried.isoformat() if d.precision == "day" else carried.isoformat()[:7]
                    d = DateMention(d.start, d.end, d.text, iso, d.precision, d.offset_days,
                                    d.is_period_end)
                last, last_at = carried, where
            else:
                last = None
        out.append(d)
    return out


def _carried(last: date, here: date) -> date | None:
    """here's month and day in last's year, or the next year when that would go backwards."""
    for year in (last.year, last.year + 1):
        try:
            candidate = here.replace(year=year)
        except ValueError:  # 29 February
            continue
        if candidate >= last:
            return candidate
    return None
