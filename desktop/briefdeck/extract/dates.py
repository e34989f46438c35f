"""Dates as reporters write them, resolved against the publication date.

"on Wednesday evening" in a story published Monday 2020-03-16 is 2020-03-11; "in January" is
2020-01; "late December" is 2019-12. Each mention keeps its wording and a precision (day, month,
year) so the analyst sees how sure the date is. A weekday with no "next" is taken as the most
recent such day on or before publication (AP style names the weekday even for the same day).

The ways a date is written are in date_ways.py, the fast whole-text scan in date_scan.py and the
resolving against publication in date_resolve.py; this module reads each mention's context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from briefdeck.extract.date_resolve import _offset_days, _resolve
from briefdeck.extract.date_scan import _scan_for
from briefdeck.extract.date_ways import _MONTH, _YEAR, IMPLICIT_DAYS, WEEKDAY

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
# "attacks on shipping, November 2023 to October 2026": two months with their years joined by
# "to" are the edges of the span a study or tally covers, neither a month of its own happening
_MONTH_SPAN_NEXT = re.compile(rf"[ \t]+(?:to|until|through|till)[ \t]+{_MONTH}[ \t]+{_YEAR}\b")
_MONTH_SPAN_BEFORE = re.compile(rf"\b{_MONTH}[ \t]+{_YEAR}[ \t]+(?:to|until|through|till)[ \t]+$")
# "in the night from 12.11. to 13.11.2026": one night, dated by its first day (the second
# day, its morning, stays the end of a span)
_NIGHT_BEFORE = re.compile(r"\bnight\s+(?:from|of|between)\s+$", re.I)
# "less than a week before U.S. forces handed the base over": the gap's bound, not its length
_BOUND_BEFORE = re.compile(r"\b(?:less|more|fewer)\s+than\s+$|\b(?:under|over|within)\s+$",
                           re.I)
_AND_DAY = re.compile(r"\s+and\s+\d")  # "12 and 27 October": two days, not a span
# "Update 3 – 4 December, 16:30", "Part 2 - 5 May": a numbered heading's number, a dash, then
# the day it was filed; the number is no first day of a span
_NUMBER_LABEL = re.compile(r"\b(?:Update|UPDATE|Part|PART|Entry|Item|Message|Post|No\.|Issue|"
                           r"Bulletin|Edition|Section|Chapter|Step|Phase|Round)[ \t]+$")
# a trial's words just before its days: "was tried at a general court-martial at X,"
_TRIED = re.compile(r"\b(?:tried|court-martial|court\s+martial)\b[^.;]{0,100}$", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[^,;]{1,30}\s+(?:and|to)\s+)?$", re.I)
# ("We expect Cape routings to dominate December fixtures": a forecast's month lies ahead)
_FUTURE_HINT = re.compile(r"\b(?:will|plans? to|expects?|scheduled|expected to|is to|are to|"
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
# "The March 3 attack": an article opening the sentence, and a common noun after the day, make
# it a date (the same words mid-sentence are read already; "The March 14 Alliance" stays a name)
_ARTICLE_LED = re.compile(r"\b(?:The|A|An)[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
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


# ", on " between a reckoned day and the date that names it
_APPOSED_DAY = re.compile(r",\s*(?:on\s+)?")


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
            if _BOUND_BEFORE.search(text, max(start, m.start() - 14), m.start()):
                continue  # "less than a week before": a bound on the gap, no day
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
                _NAME_BEFORE.search(text, max(start, m.start("md_mon") - 30), m.start("md_mon")) \
                and not (_ARTICLE_LED.search(text, max(start, m.start("md_mon") - 4),
                                             m.start("md_mon")) and
                         _LOWER_AFTER.match(text, m.end())):
            continue
        rel = m.group(_SAID_YEAR_GROUP[m.lastgroup]) if m.lastgroup in _SAID_YEAR_GROUP else None
        named_year = _year_named_before(text, m.start()) \
            if rel and rel.lower() not in ("last", "this", "next") else None
        resolved = _resolve(m, pub, is_future, named_year)
        if resolved and not is_future and rel is None and m.lastgroup in _NEAR_AHEAD_WAYS and \
                not m.group(_YEAR_GROUPS[m.lastgroup][0]):
            resolved = _near_ahead(text, m.start(), resolved, pub)
        begin = m.start()
        if m.lastgroup == "cal":  # "since 1 Farvardin 1405", "the month of Rajab"
            led = _CAL_LEAD.search(text, max(start, begin - 22), begin)
            begin = led.start() if led else begin
        if m.lastgroup in ("md", "dm", "num", "cal") and last_kind == "wd" and found and \
                re.fullmatch(r",?\s*", text[found[-1].end:m.start()]):
            found.pop()  # "on Sunday, Feb. 25": the date says which Sunday
        if m.lastgroup in ("md", "dm") and last_kind == "offset" and found and \
                _APPOSED_DAY.fullmatch(text, found[-1].end, m.start()) and resolved and \
                resolved[1] == "day":
            found.pop()  # "Two weeks earlier, on October 11,": the day itself, told twice
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
        if m.lastgroup == "dm" and m.group("dm_to") and \
                text[m.end("dm_day"):m.start("dm_to")].strip() in ("-", "–") and \
                _NUMBER_LABEL.search(text, max(start, m.start() - 10), m.start()):
            found += find_dates(text, pub, m.start("dm_to"), m.end(), future)
            last_kind = "dm"
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
        if resolved and resolved[1] == "day" and m.lastgroup in ("md", "dm") and \
                _days_spanned(m) > 1 and _TRIED.search(text, max(start, m.start() - 120),
                                                       m.start()):
            # "tried at a court-martial at Camp X, Nov. 9-13": a trial is dated by its last
            # day, when findings and sentence close it, not read as a period of no happening
            last = m.group(f"{m.lastgroup}_to") or m.group("md_to2") if m.lastgroup == "md" \
                else m.group("dm_to")
            found.append(DateMention(begin, m.end(), text[begin:m.end()],
                                     f"{resolved[0][:8]}{int(last):02d}", "day"))
            continue
        if resolved:
            period = bool(_BETWEEN.search(text, max(start, m.start() - 40), m.start())) or \
                _days_spanned(m) > 2 or bool(_RANGE_NEXT.match(text, m.end())) or \
                bool(_RANGE_BEFORE.search(text, max(start, m.start() - 20), m.start())) or \
                resolved[1] == "month" and (
                    bool(_MONTH_SPAN_NEXT.match(text, m.end())) or
                    bool(_MONTH_SPAN_BEFORE.search(text, max(start, m.start() - 24), m.start())))
            found.append(DateMention(begin, m.end(), text[begin:m.end()], *resolved,
                                     is_period_end=period))
    return found


_NEAR_AHEAD = 21  # days after publication a day with no year may lie and keep its year
_NEAR_AHEAD_WAYS = frozenset({"md", "dm", "mil", "ord"})


def _near_ahead(text: str, pos: int, resolved: tuple[str, str], pub: date) -> tuple[str, str]:
    """"through the 30 September transfer" in a memo of 14 September, "2 December" under an
    update stamped the day before: a day a few weeks after publication is a plan or a close
    stamp, not that day almost a year back (a writer gives that one its year), unless the text
    has just named the year before ("In 2026 ...: 14 January" on a page of early 2027)."""
    iso, precision = resolved
    if precision != "day" or int(iso[:4]) != pub.year - 1:
        return resolved
    try:
        ahead = date(pub.year, int(iso[5:7]), int(iso[8:10]))
    except ValueError:  # (29 February)
        return resolved
    if not 0 < (ahead - pub).days <= _NEAR_AHEAD or \
            _year_named_before(text, pos) not in (None, pub.year):
        return resolved
    return ahead.isoformat(), precision


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
