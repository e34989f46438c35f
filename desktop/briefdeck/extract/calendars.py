"""Dates of the Islamic (Hijri) and Iranian solar (Jalali) calendars, as Gulf, Yemeni and
Iranian outlets print them ("02 Jumada al-Akhirah 1448 AH", "Aban 12, 1405"), turned into the
Gregorian day they name. The arithmetic is left to maintained libraries: hijridate (the Umm
al-Qura calendar Saudi Arabia and most Gulf agencies use) and jdatetime. Both are imported
only when such a date turns up, so English-only reporting pays nothing for them.
"""

from __future__ import annotations

import re
from datetime import date

# Month names as transliterated in English copy: "Rabi' al-Awwal", "Rabi ul Akhir",
# "Jumada Al-Oula", "Jumada II", "Sha'ban", "Dhul-Hijjah", "Dhu al-Qi'dah".
_Q = r"[’'ʿʾ`]?"
_AL = r"(?:[\s-]*(?:al|ul|el|as|ath)[\s-]*|\s+)"
_FIRST = r"(?:Awwal|Awal|Ula|Oula|Oola|I)"
_SECOND = r"(?:Thani|Thaani|Akhir|Akhira|Akhirah|Akhar|Thaniya|Thaniyah|II)"
# (a capital first letter, as names are printed: "more", "order", "safe" open no date)
HIJRI_MONTH = (
    rf"(?:M(?i:uharram)|S(?i:afar|ha{_Q}ban|haw+al)|R(?i:abi{_Q}{_AL}(?:{_FIRST}|{_SECOND})|"
    rf"ajab|ama[dz]h?an)|J(?i:umad[ai]{_AL}(?:{_FIRST}|{_SECOND}))|"
    rf"D(?i:hu{_Q}[\s-]*(?:al|l)[\s-]*(?:Qa{_Q}d(?:ah?|a)|Qi{_Q}dah?|Hij+ah?)))"
)
JALALI_MONTH = (r"(?:F(?i:arvardin)|O(?i:rdibehesht)|K(?i:hordad)|T(?i:ir)|A(?i:mordad|ban|zar)|"
                r"M(?i:ordad|ehr)|S(?i:hahrivar)|D(?i:ey|ei)|B(?i:ahman)|E(?i:sfand))")

_JALALI = ("farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr",
           "aban", "azar", "dey", "bahman", "esfand")
_HIJRI_KEYS = (  # (month, the letters its name starts with once folded)
    (1, "muharram"), (2, "safar"), (7, "rajab"), (8, "shaban"), (9, "rama"), (10, "shaw"),
    (11, "dhulq"), (12, "dhulh"),
)
_LETTERS = re.compile(r"[^a-z]")
_SECOND_OF_PAIR = re.compile(r"(?:tha+ni\w*|akh\w*|\bII)$", re.I)


def month_of(name: str) -> tuple[str, int] | None:
    """("hijri" or "jalali", month number) for a month name as printed; None if unknown."""
    word = _LETTERS.sub("", name.lower())
    if word.startswith(("amordad", "dhual")):
        word = word[1:] if word[0] == "a" else "dhul" + word[5:]
    if word == "dei":
        word = "dey"
    if word in _JALALI:
        return "jalali", _JALALI.index(word) + 1
    for month, key in _HIJRI_KEYS:
        if word.startswith(key):
            return "hijri", month
    for base, key in ((3, "rabi"), (5, "jumad")):
        if word.startswith(key):  # the first or the second of the pair
            return "hijri", base + (1 if _SECOND_OF_PAIR.search(name) else 0)
    return None


def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian day; None for a day the calendar has not (or the library cannot
    convert: hijridate covers 1343-1500 AH, 1924-2077)."""
    try:
        if calendar == "hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()  # type: ignore[no-any-return]
        import jdatetime

        return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]
    except (ValueError, OverflowError):
        return None


def month_in_gregorian(calendar: str, year: int, month: int) -> str | None:
    """'YYYY-MM' of the Gregorian month holding most of that month (its 15th day)."""
    day = to_gregorian(calendar, year, month, 15)
    return day.isoformat()[:7] if day else None


def year_of_month(calendar: str, month: int, pub: date, future: bool) -> int | None:
    """The year of the last such month begun on or before pub (the next when future)."""
    try:
        if calendar == "hijri":
            from hijridate import Gregorian

            now = Gregorian(pub.year, pub.month, pub.day).to_hijri()
        else:
            import jdatetime

            now = jdatetime.date.fromgregorian(date=pub)
    except (ValueError, OverflowError):
        return None
    if future:
        return now.year if month >= now.month else now.year + 1
    return now.year if month <= now.month else now.year - 1
