"""Hospitals, airports and a landmark that notices and advisories name where casualties are
taken and crews fly through; border villages GeoNames' town file lacks; a city's quarter said
of a name after a comma; a hospital name two cities share. Sentences written for these tests;
each place must be found within 25 km of where it lies."""

import pytest

from briefdeck.geo.towns import km


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


@pytest.mark.parametrize("text,written,lat,lon", [
    ("The relief crew will fly in through King Hussein International Airport on Friday.",
     "King Hussein International Airport", 29.61, 35.02),
    ("Officials met the returning sailors at Ninoy Aquino International Airport.",
     "Ninoy Aquino International Airport", 14.51, 121.02),
    ("The injured docker died later at Al-Adan Hospital.", "Al-Adan Hospital", 29.14, 48.11),
    ("A cook was treated at the Galilee Medical Center for cuts.", "Galilee Medical Center",
     33.02, 35.10),
    ("Tour groups still climb to the Erbil Citadel in the evening.", "Erbil Citadel",
     36.19, 44.01),
    ("Water was cut in Moshav Betzet overnight.", "Moshav Betzet", 33.07, 35.13),
    ("Two farmers from Ibl al-Saqi saw the drone.", "Ibl al-Saqi", 33.37, 35.62),
    ("The envoy drove to Ain el-Tineh to see the Speaker.", "Ain el-Tineh", 33.89, 35.49),
    ("Police held two men at the Habur border gate.", "Habur border gate", 37.13, 42.58),
    ("Rockets were fired from South Hwanghae Province.", "South Hwanghae Province", 38.2, 125.5),
])
def test_sites_and_villages_are_found_by_their_full_names(gaz, text, written, lat, lon):
    entry = found(gaz, text)[written]
    assert km(entry.lat, entry.lon, lat, lon) <= 25


def test_king_hussein_airport_is_not_the_mafraq_air_base(gaz):
    entry = found(gaz, "Flights resumed at King Hussein International Airport.")[
        "King Hussein International Airport"]
    assert entry.name != "King Hussein Air Base"


def test_a_hospital_name_two_cities_share_goes_with_the_city_named_around(gaz):
    aqaba = found(gaz, "Debris fell in Aqaba overnight. Two porters were taken to Prince "
                       "Hashem Hospital.")["Prince Hashem Hospital"]
    zarqa = found(gaz, "A heater exploded in Zarqa overnight. Two porters were taken to Prince "
                       "Hashem Hospital.")["Prince Hashem Hospital"]
    assert aqaba.lat < 30 < zarqa.lat


def test_a_city_quarter_said_after_a_comma_is_the_place(gaz):
    got = found(gaz, "Erbil is calm. Ainkawa, the lively quarter north of the centre, has cafes.")
    assert "Ainkawa" in got
    got = found(gaz, "Erbil is calm. Ainkawa residents queued for fuel.")
    assert "Ainkawa" not in got  # no cue: the town layer needs one


def test_a_towns_own_reservoir_names_the_town(gaz):
    got = found(gaz, "Israeli officials said a drone exploded beside the Kabri reservoir.")
    assert "Kabri" in got
    assert "Kabri" not in found(gaz, "Israeli officials said Kabri was quiet.")  # no cue
