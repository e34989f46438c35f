"""Sourcing in notes and chats: a statement its owner heads a line with, a statement "from" or
"by" a body, a body's updated statement, a post whose words follow, a party named by its side,
"per" an unnamed official or an airport."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-12-01")
_sources = DRAFTS.sources


def _found(text: str) -> list[tuple[str, int | None, str]]:
    return _sources(text)


def test_a_statement_headed_by_its_owner_is_the_bodys_sourcing():
    got = _found("Border Guard Directorate statement just out (09:15 local): one guard hurt, "
                 "no damage.\n\nPort Police statement (Telegram) denies any boarding.\n")
    texts = [t for _, _, t in got]
    assert any(t.startswith("Border Guard Directorate statement just out (09:15 local)")
               for t in texts)
    assert any(t.startswith("Port Police statement (Telegram)") for t in texts)
    assert all(kind == "spokesperson" for kind, _, _ in got)


def test_a_statement_before_a_link_is_a_reading_list_item_not_a_source():
    assert _found("Links:\n- Navy Command statement: https://example.org/statement\n") == []


def test_a_statement_from_an_office_names_the_office_as_the_source():
    got = _found("Careful, that is a statement from the office of the prime-minister, with no "
                 "name on it.\n")
    assert ("spokesperson", 1, "a statement from the office of the prime-minister") in got


def test_a_bodys_updated_statement_is_a_new_sourcing():
    got = _found("The interior ministry said two were killed. Its updated statement at 9 am "
                 "raises that to four.\n")
    assert any(t.startswith("Its updated statement at 9 am") for _, _, t in got)


def test_a_post_whose_words_follow_is_the_bodys_sourcing():
    got = _found("UNDOF posted this morning. It reads in full:\n\nPeacekeepers saw two "
                 "strikes.\n")
    assert ("spokesperson", 1, "UNDOF posted this morning") in got


def test_a_party_named_by_its_side_speaks_for_itself():
    got = _found("The Turkish side says three drones crossed the border on Sunday.\n")
    assert ("spokesperson", 1, "The Turkish side says") in got


def test_per_an_unnamed_official_or_the_airport_is_a_source():
    got = _found("No casualties per a US official quoted by Reuters. Flights resumed at noon, "
                 "per the airport.\n")
    assert ("anonymous official", 1, "per a US official quoted by Reuters") in got
    assert ("spokesperson", 1, "per the airport") in got


def test_a_media_office_heading_a_line_with_its_claim_is_a_source():
    got = _found("Rockets at the depot\nSDF media centre: two guards wounded, no other "
                 "casualties.\n")
    assert any(t.startswith("SDF media centre: two guards wounded") for _, _, t in got)
