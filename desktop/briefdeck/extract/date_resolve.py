"""Resolving a date's wording against the publication date.

"on Wednesday" is the most recent Wednesday on or before publication (the next one when the
sentence is about the future), "in January" the nearest January, "the day after" one day on,
"4/3/2026" day-first or month-first by which reading is possible and nearest publication.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from briefdeck.extract import calendars
from briefdeck.extract.date_order import month_first
from briefdeck.extract.date_ways import MONTHS, SMALL_NUMBERS, WEEKDAYS, _ordinal_day


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
                             int(m.group("num_year")), month_first(m.string))
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


def _numeric_date(pub: date, a: int, b: int, year: int,
                  first: bool | None = None) -> tuple[str, str] | None:
    """Day or month first as the numbers allow, else as the text's other dates show
    (date_order.py), else the reading nearer publication."""
    readings = []
    orders = ((a, b), (b, a)) if first is None else (((b, a),) if first else ((a, b),))
    for day, month in orders:
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
