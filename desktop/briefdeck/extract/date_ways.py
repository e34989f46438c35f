"""The ways reporters write a date: the words and one pattern alternative per way.

"March 3", "3 March 2026", "2026-03-03", "03/03", "031400Z MAR 26", "on Wednesday evening",
"the day before", "late December", "1 Ramadan 1447": each way is a named group of DATE_WAYS, so
the resolver (dates.py) knows which way matched and how sure the date it gives is.
"""

from __future__ import annotations

from briefdeck.extract import calendars

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
