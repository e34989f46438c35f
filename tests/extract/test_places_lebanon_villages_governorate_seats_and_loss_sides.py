"""Places: south Lebanon's towns under their local spellings, a governorate at its seat, the
northern Gulf of Aqaba, and countries that name a side or a body's owner rather than a place.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _places(text: str) -> dict[str, tuple[float, float]]:
    facts = draft_briefing(Article(text=text), published="2026-03-02").facts
    return {p.name: (p.lat, p.lon) for p in facts.places}


def _near(point, lat, lon, tol=0.1) -> bool:
    return point is not None and abs(point[0] - lat) < tol and abs(point[1] - lon) < tol


def test_saida_is_sidon_in_a_report_on_lebanon():
    places = _places("Families fled north from Nabatieh to Saida and Beirut, Lebanese officials "
                     "said on Monday.")
    assert _near(places.get("Saida"), 33.56, 35.37)


def test_upper_nabatieh_is_its_own_town_not_nabatieh():
    places = _places("An Israeli drone struck a house in Nabatieh al-Fawqa in south Lebanon.")
    assert _near(places.get("Nabatieh al-Fawqa"), 33.385, 35.5, 0.03)


def test_a_pumping_station_named_after_its_springs_is_placed():
    places = _places("Shelling damaged the Wazzani water pumping station in south Lebanon, "
                     "cutting supply to Marjayoun.")
    assert _near(places.get("Wazzani water pumping station"), 33.26, 35.62, 0.05)


def test_a_village_named_for_its_hospital_is_placed():
    places = _places("In southern Lebanon, medics took the wounded to Tebnine hospital.")
    assert _near(places.get("Tebnine"), 33.19, 35.41, 0.05)


def test_a_saudi_border_town_under_a_short_spelling():
    places = _places("Debris fell on a neighbourhood of Ahad Al-Masarha in Jazan, Saudi Arabia.")
    assert _near(places.get("Ahad Al-Masarha"), 16.71, 42.95, 0.05)


@pytest.mark.parametrize("written, lat, lon", [
    ("Erbil governorate", 36.19, 44.01), ("Najaf province", 32.03, 44.35)])
def test_a_governorate_named_after_its_seat_sits_at_the_seat(written, lat, lon):
    places = _places(f"Drone wreckage was photographed in {written}, Iraqi police said.")
    assert _near(places.get(written), lat, lon)


def test_the_gulf_of_aqaba_is_placed_at_its_northern_end():
    places = _places("A drone was shot down over the Gulf of Aqaba as it flew towards Eilat.")
    assert _near(places.get("Gulf of Aqaba"), 29.3, 34.85, 0.2)


def test_a_loss_lists_side_heading_is_no_place():
    text = ("Losses since October are listed by side.\n\nUnited States - 2, of which: "
            "destroyed: 2\n\n- 1 MQ-9 Reaper: (1, destroyed, Marib governorate)")
    assert "United States" not in _places(text)


def test_a_countrys_revolutionary_guards_are_no_place():
    places = _places("Iran's Revolutionary Guards warned Washington against a strike on "
                     "al-Tanf Garrison.")
    assert "Iran" not in places and "al-Tanf Garrison" in places
