"""A long list of names (a table of attendees) is read in one pass, with the same matches as a
flat list of the names tried longest first."""

from __future__ import annotations

import re

from briefdeck.extract.people_index import _names_regex
from briefdeck.extract.plausible_names import outlet_name

_KEYS = {"Jo Ames", "Jo", "Ames", "Amesbury", "al-Sudani", "Sudani", "O'Neil", "J.D. Vance",
         "Vance", "Roe Jr.", "Roe"}
_TEXT = ("Jo Ames met Jo  Ames and Jo\nAmesbury; Jo Amesx left. al-Sudani and Sudani spoke, "
         "O'Neil too, J.D. Vance and Mr. Roe Jr. with Roe Jr.x.")


def _flat(keys: set[str]) -> re.Pattern[str]:
    ordered = sorted(keys, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(
        re.escape(k).replace("\\ ", r"\s+") for k in ordered) + r")(?!\w)")


def _spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(_TEXT)]


def test_names_regex_matches_the_longest_name_like_a_flat_list() -> None:
    assert _spans(_names_regex(_KEYS)) == _spans(_flat(_KEYS))
    assert "Jo\nAmesbury" not in [m.group(0) for m in _names_regex(_KEYS).finditer(_TEXT)]
    assert [m.group(0) for m in _names_regex({"Jo", "Jo Ames"}).finditer("Jo Amesx, Jo Ames")] \
        == ["Jo", "Jo Ames"]


def test_names_with_odd_blanks_keep_the_flat_list() -> None:
    keys = _KEYS | {"Jane\tRoe", "Jo  Ames"}
    assert _spans(_names_regex(keys)) == _spans(_flat(keys))


def test_outlet_name_reads_each_text_afresh() -> None:
    assert outlet_name("Jane Roe said. Jane Roe  News Agency reported.", "Jane Roe")
    assert not outlet_name("Jane Roe said. Jane Roe reported.", "Jane Roe")
    assert outlet_name("Al Roe\nOil said so; Al Roe", "Al Roe")
