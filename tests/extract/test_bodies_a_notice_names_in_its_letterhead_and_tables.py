"""A notice's letterhead in capitals names the body that issues it ("... PORTS AUTHORITY |
..."); a table's "Grantee" column names bodies whatever their names end with. Texts written
for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-10")


def _organizations(text: str) -> set[str]:
    return {o.name for o in DRAFTS.facts(text).organizations}


def test_a_letterhead_in_capitals_names_the_issuing_body():
    got = _organizations(
        "DUNMORE HARBOUR AUTHORITY | NORTH QUAY | PILOTAGE SECTION\n\n"
        "NOTICE TO MARINERS No. 12/2026\n\n"
        "The north quay is closed to small craft until further notice after a drone fell in "
        "the basin on Sunday. The Authority will review the closure on Friday.\n")
    assert "Dunmore Harbour Authority" in got


def test_a_letterhead_without_a_bodys_word_adds_nothing():
    got = _organizations("HARBOUR NEWS | WINTER EDITION\n\nThe quay was busy in December.\n")
    assert not {"Harbour News", "Winter Edition"} & got


def test_the_grantee_column_of_a_table_names_bodies():
    got = _organizations(
        "The Tarnwell Trust announced two grants on Monday.\n\n"
        "Grantee\n\nLocation\n\nAmount\n\n"
        "Kelby Valley Trauma Unit\n\nKelby\n\n$400,000\n\n"
        "Harrowgate Rescue Volunteers\n\nHarrowgate\n\n$250,000\n\n"
        "The grants follow a year of drone attacks near the border.\n")
    assert {"Kelby Valley Trauma Unit", "Harrowgate Rescue Volunteers"} <= got


def test_a_grantee_column_on_one_line_a_row():
    got = _organizations(
        "Awards made this quarter:\n\nGrantee | Amount\nKelby Valley Trauma Unit | $400,000\n"
        "Harrowgate Rescue Volunteers | $250,000\n\nMore awards follow in spring.\n")
    assert {"Kelby Valley Trauma Unit", "Harrowgate Rescue Volunteers"} <= got
