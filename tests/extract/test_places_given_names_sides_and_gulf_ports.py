"""A small town's name used as a person's given name, two countries naming a conflict between
them, and the northern Gulf's ports and Iraq's military academy as curated places."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-02-10", "Gulf update")


def _places(text: str) -> dict[str, tuple[float, float]]:
    return {p.name: (p.lat, p.lon) for p in DRAFTS.facts(text).places}


def test_a_given_name_introduced_with_its_surname_is_not_a_town():
    names = _places("Our guest Rania Belkadi tracks rocket fire. Rania Belkadi is an analyst "
                    "at a monitoring group in Beirut.\n\nHOST: Rania, what happened in Erbil?")
    assert "Rania" not in names
    assert "Erbil" in names


def test_two_countries_naming_their_conflict_are_not_places():
    names = _places("Drones struck a base near Erbil, the latest strike in the Iran–United States "
                    "proxy conflict, and officials recalled the Iran-Iraq war.")
    assert "Iran" not in names and "Iraq" not in names
    assert "Erbil" in names


def test_a_border_between_two_countries_still_names_them():
    names = _places("Shelling hit villages along the Israel-Lebanon border on Monday.")
    assert "Lebanon" in names


def test_northern_gulf_ports_are_placed_at_the_ports():
    places = _places("A drone hit a crane at Shuwaikh port on Sunday; a tanker off Khor "
                     "al-Zubair reported a second one, and Mubarak Al-Kabeer Port closed.")
    assert abs(places["Shuwaikh port"][0] - 29.35) < 0.1
    assert abs(places["Khor al-Zubair"][0] - 30.19) < 0.1
    assert abs(places["Mubarak Al-Kabeer Port"][1] - 48.27) < 0.1


def test_iraqs_officer_academy_is_a_place_in_baghdad():
    places = _places("Advisers handed over training at the Iraqi Military Academy on Monday.")
    lat, lon = places["Iraqi Military Academy"]
    assert abs(lat - 33.26) < 0.1 and abs(lon - 44.51) < 0.1
