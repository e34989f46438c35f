"""DATE_RE opens each way of writing a date behind a lookahead for its first few characters
(its openings). That gate must find exactly the dates the first-letter gate found."""

import re
import sys

import pytest

from briefdeck.extract import date_scan as dates
from briefdeck.extract.date_scan import DATE_RE, _starting_letters
from briefdeck.extract.date_ways import _DATE_WAYS
from briefdeck.extract.pattern_openings import openings


def _first_letter_gated() -> re.Pattern[str]:
    """The scan as it was before: each way behind a lookahead for its first letters only."""
    body = _DATE_WAYS[_DATE_WAYS.index("(?:\n") + 4 : _DATE_WAYS.rindex(")")]
    ways = body.split("\n  | ")
    return re.compile(r"\b" + _starting_letters(_DATE_WAYS) + "\n    (?:\n" + "\n  | ".join(
        _starting_letters(way) + way for way in ways) + "\n    )", re.X)


_ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1)
                          if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("text", [
    "ON Jan. 5, 2024 and SINCE 17 OCT the unit stayed; 151930Z NOV 23 was logged.",
    "in the Last Days of March and In mid-April of LAST year, talks stalled on Monday night.",
    "Two days later, over the weekend, rockets fell; the 3rd of March and 26/9/2025 too.",
    "New Year's Eve was quiet. Earlier this week and a few days ago, yesterday, it was not.",
    "ſince 5 January, İn 2019 and on\u00a0Friday; by\u2009March 3, on\u3000Tuesday; "
    "the\u2003tenth of May",
    "قصف يوم 12/3/2024 في بغداد، on ١٢ March; 東京 2023年 on 5 May 2024; Qa'im's 3 Nov.",
    "Ayn al-Asad’s runway, re-opened 4-5 June; Hasakah's co-ordinated raid Dec. 7–8, 2023.",
    "Zürich, São Paulo and Kraków on 1.2.2025; 29.10.2026; twenty-first of June; the 21st of it",
    "an hour after the strike, hours later, minutes before that, the following month, "
    "one day before, a week after it; 2 weeks ago; A DAY AFTER; the same night.",
    "", "   ", "no dates here at all, only words", "123 456 7890 1/2/3 2024-13-45",
])
def test_opening_gated_scan_finds_the_dates_the_first_letter_gate_found(text):
    old = _first_letter_gated()
    assert [(m.span(), m.lastgroup) for m in DATE_RE.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in old.finditer(text)]
    for start in range(len(text)):  # and from every offset, as find_dates scans a sentence
        assert [m.span() for m in DATE_RE.finditer(text, start, len(text) - start % 3)] == \
            [m.span() for m in old.finditer(text, start, len(text) - start % 3)]


def test_case_blind_letters_are_spelled_as_escaped_folds():
    for c in map(chr, range(0x20, 0x7F)):
        matched = set(re.findall("(?i)" + re.escape(c), _ALL_CHARACTERS))
        assert {re.escape(m) for m in matched} == dates._folds(c, True), c


def test_every_way_has_its_openings_spelled_out():
    body = _DATE_WAYS[_DATE_WAYS.index("(?:\n") + 4 : _DATE_WAYS.rindex(")")]
    for way in body.split("\n  | "):
        assert dates._way_heads(way), way[:40]  # (else that way falls back to first letters)


def test_openings_stop_where_the_pattern_is_not_spelled_out():
    heads = openings(list(dates.P.parse(r"(?i:on)\s+\w+|19\d", re.X)), 3, dates._spell)
    assert {h for h, _ in heads} == {
        (o, n, r"\s") for o in ("o", "O") for n in ("n", "N")} | {("1", "9")}
