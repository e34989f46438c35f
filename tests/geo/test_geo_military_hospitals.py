"""Hospitals where the wounded are taken (Erbil, Amman, San Antonio, Kaiserslautern), found by
their full names in sentences written for these tests and placed within 25 km; the bare
surnames they carry are no place."""

import pytest

from briefdeck.geo.towns import km


def found(gaz, text):
    return {m.matched_text: m.entry for m in gaz.find_mentions(text)}


CASES = [
    ("An injured porter was driven to Rizgary Hospital downtown.", "Rizgary Hospital",
     36.19, 44.01),
    ("Two airmen remain at King Hussein Medical Center tonight.",
     "King Hussein Medical Center", 31.98, 35.83),
    ("The sergeant was moved on to Brooke Army Medical Center last week.",
     "Brooke Army Medical Center", 29.45, -98.43),
    ("Nurses at BAMC said the burns were healing.", "BAMC", 29.45, -98.43),
    ("The shepherd dog is recovering at the Holland Military Working Dog Hospital.",
     "Holland Military Working Dog Hospital", 29.38, -98.62),
    ("Vets at Dog Center Europe stitched the wound.", "Dog Center Europe", 49.44, 7.77),
]


@pytest.mark.parametrize(("text", "name", "lat", "lon"), CASES)
def test_hospital_named_in_full_is_placed(gaz, text, name, lat, lon):
    hits = found(gaz, text)
    assert name in hits, (name, sorted(hits))
    entry = hits[name]
    assert km(entry.lat, entry.lon, lat, lon) < 25, (entry.name, entry.lat, entry.lon)


def test_bare_surnames_of_hospitals_are_no_place(gaz):
    hits = found(gaz, "Brooke Tanner and Dan Holland spoke from home.")
    sites = {n for n, entry in hits.items() if entry.kind == "installation"}
    assert "Brooke" not in sites and "Holland" not in sites
