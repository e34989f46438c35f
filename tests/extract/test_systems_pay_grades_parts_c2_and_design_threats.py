"""Systems a court listing, a vendor's notes or a book review names: pay grades that share an
aircraft's designator, stolen spare parts, a C2 product in capitals, the SHORAD tier as a field
and a bomb a base was designed against. Every text is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

_DRAFTS = Drafts("2026-12-07", heading="Test report")


def test_a_sentence_reducing_to_a_pay_grade_names_no_aircraft():
    text = (
        "Sentence: confinement for 10 months, reduction to the grade of E-1 and a "
        "bad-conduct discharge. A second soldier was reduced to E-3."
    )
    names = _DRAFTS.systems(text)
    assert "E-1" not in names and "E-3" not in names


def test_stolen_spare_parts_counted_in_a_theft_case_are_components():
    text = (
        "The sergeant took 9 circuit-card assemblies and two thermal camera modules from the "
        "battery's stock and sold them to a broker for about $20,000."
    )
    names = _DRAFTS.systems(text)
    assert "circuit-card assemblies" in names
    assert "thermal camera modules" in names


def test_a_c2_product_in_capitals_and_ibcs_are_systems():
    text = (
        "The update applies to every HALBERD-C2 site. When the Patriot feed through IBCS "
        "drops, the console shows a stale track."
    )
    names = _DRAFTS.systems(text)
    assert "HALBERD-C2" in names and "IBCS" in names


def test_a_ticket_id_shaped_like_a_c2_name_is_none():
    names = _DRAFTS.systems("Fixed in ticket HC2-4410: the console froze after a restart.")
    assert not any("C2" in n for n in names)


def test_the_shorad_tier_treated_as_a_job_is_no_system():
    text = "The author wants the Army to stop treating short-range air defense as an afterthought."
    assert "short-range air defense" not in _DRAFTS.systems(text)


def test_a_battalion_operating_short_range_air_defense_names_the_kit():
    text = (
        "The battalion has operated Patriot and short-range air defense at the base since "
        "June, officials said."
    )
    assert "short-range air defense" in _DRAFTS.systems(text)


def test_a_truck_bomb_a_base_was_built_to_stop_is_no_weapon_of_the_report():
    text = (
        '"The outpost was built to stop a truck bomb at the gate," the author writes, "not a '
        'drone at night."'
    )
    assert "VBIED" not in _DRAFTS.systems(text)


def test_a_truck_bomb_that_struck_is_still_a_weapon():
    text = "A truck bomb struck the checkpoint on Tuesday, killing three guards."
    assert "VBIED" in _DRAFTS.systems(text)
