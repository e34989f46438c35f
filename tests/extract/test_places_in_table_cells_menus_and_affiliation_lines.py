"""Place words a report uses otherwise: a town after a table's date cell, a private's given
name with a middle initial, the holiday bird, an author's numbered affiliation line; and a
town GeoNames lists only under a joint council's name. Every text is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

_DRAFTS = Drafts("2026-12-07", heading="Test report")


def _places(text: str) -> dict[str, str]:
    return {p.name: p.role for p in _DRAFTS.facts(text).places}


def test_a_village_after_a_date_cell_is_not_a_surname():
    text = (
        "Row\tDate\tLocality\tKilled\n"
        "4\t3 Nov\tAitaroun\t2\n\n"
        "A council member in Aitaroun told our team that both dead were farmers."
    )
    assert "Aitaroun" in _places(text)


def test_a_private_named_with_a_middle_initial_is_no_country():
    text = (
        "Pvt. Jordan K. Marsh, an Army cook, was tried at Fort Bliss for larceny.\n\n"
        "Pvt. Jordan K. Marsh pleaded guilty to every charge."
    )
    assert "Jordan" not in _places(text)


def test_the_bird_on_a_holiday_menu_is_no_country():
    text = (
        "Mortars landed near the gate at dawn.\n\n"
        "Turkey, mashed potatoes, cranberry sauce and pecan pie at the DFAC tonight."
    )
    assert "Turkey" not in _places(text)


def test_the_country_acting_in_a_sentence_is_still_read():
    text = "Troops crossed from Turkey into northern Iraq overnight, officials said."
    assert "Turkey" in _places(text)


def test_places_on_a_numbered_affiliation_line_are_the_authors_not_the_reports():
    text = (
        "S2-04 Drone debris at desert airfields\n\n"
        "Hana Qasem, Paul Irwin3\n\n"
        "3 Gulf Strategy Forum, Abu Dhabi, UAE\n\n"
        "We count 40 debris strikes at Muwaffaq Salti Air Base in 2026."
    )
    places = _places(text)
    assert "UAE" not in places and "Abu Dhabi" not in places
    assert "Muwaffaq Salti Air Base" in places


def test_a_numbered_finding_with_a_place_is_kept():
    text = "2 Convoys from Kuwait, Erbil and Baghdad were delayed by the storm on Monday."
    assert "Erbil" in _places(text)


def test_binyamina_named_alone_is_the_town():
    text = "A drone hit a training base near Binyamina in October 2024, killing four soldiers."
    assert "Binyamina" in _places(text)


def test_a_log_in_capitals_names_a_base_as_it_writes_it():
    text = (
        "0410 | ALPHA 6 | TOC | CONVOY SP FROM QASRAK, 4X VEH. OVER. | ROGER\n"
        "0415 | TOC | ALPHA 6 | ACK. REPORT AT RP. | ROGER"
    )
    assert "Qasrak" in _places(text)
