"""Organizations named as an expert's employer ("an analyst at X in Y"), the peshmerga in
lower case, a pan-Arab daily; and a warship named only by navy and class ("a US Navy
destroyer"). Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")


def _orgs(text: str) -> list[str]:
    return [o.name for o in DRAFTS.facts(text).organizations]


def test_an_analysts_firm_is_an_organization():
    text = ("The costs will keep rising, said Dana Holt, a defence analyst at Bluewater Risk "
            "Partners in London.")
    assert "Bluewater Risk Partners" in _orgs(text)


def test_a_fellows_think_tank_with_of_and_for_in_its_name_is_an_organization():
    text = ("The strikes were predictable, said Omar Reyes, a senior fellow at the Institute "
            "for Study of Gulf Security.")
    assert "Institute for Study of Gulf Security" in _orgs(text)


def test_an_analyst_at_a_place_gives_no_organization():
    text = "An analyst at Baghdad said the drones came from the west."
    assert not any("Baghdad" in name for name in _orgs(text))


def test_lower_case_peshmerga_is_the_force():
    text = "British trainers had worked with Kurdish peshmerga units near the city for a year."
    assert "Peshmerga" in _orgs(text)


def test_the_pan_arab_daily_is_an_outlet():
    text = "A security source told Al-Araby Al-Jadeed that the rockets fell short of the base."
    assert "Al-Araby Al-Jadeed" in _orgs(text)


def test_a_navy_destroyer_without_a_name_is_a_system():
    text = "The embassy said a US Navy destroyer had helped bring down the drones."
    assert "destroyer" in DRAFTS.systems(text)


def test_a_destroyer_named_close_by_is_read_by_its_name_only():
    text = ("Two US Navy destroyers, USS Mason and USS Carney, fired interceptors at the "
            "missiles.")
    assert "destroyer" not in DRAFTS.systems(text)


def test_typhoon_missions_are_the_jet():
    text = "Britain will keep flying Typhoon missions over the desert from its base in Cyprus."
    assert "Typhoon" in DRAFTS.systems(text)


def test_a_bare_civil_defence_service_is_an_organization():
    text = "Civil Defence crews put out the fire and the police closed the road."
    assert "Civil Defence" in _orgs(text)


def test_a_countrys_civil_defence_keeps_its_whole_name():
    text = "Rescuers from the Syria Civil Defence pulled two men from the rubble."
    assert "Civil Defence" not in _orgs(text)


def test_a_regions_own_counterterrorism_directorate_is_an_organization():
    text = ("The Kurdistan region's counterterrorism directorate said the drone had been shot "
            "down before it reached the airport.")
    assert any("counterterrorism directorate" in name for name in _orgs(text))
